"""Hand-made indicator observations shaped like ``kg indicators --format json`` (CONTRACT.md), for
the dossier's charts: three targets against three results for GDP growth (one missed), a ceiling
(CPI 以内, one missed), a 左右 band, and an indicator with targets only."""

from __future__ import annotations

CITY = "张家界市"


def observation(indicator, label, report, year, kind, value, unit="%", measure="growth", qualifier=None, sentence=None):
    return {
        "indicator": indicator, "label": label, "city": CITY, "report": report, "year": year, "kind": kind,
        "measure": measure, "value": value, "unit": unit, "qualifier": qualifier,
        "sentence": sentence or f"{label}{'增长' if measure == 'growth' else ''}{value}{unit}{qualifier or ''}。",
        "start": 100 + year, "end": 110 + year,
    }


def figures() -> list[dict]:
    return [
        # GDP: 2021 target met (actual in the 2023 report's review of 2022? no: of 2021 is missing), 2023 met, 2024 missed
        observation("gdp", "地区生产总值", "zhangjiajie-2021", 2021, "target", 8.0, qualifier="以上"),
        observation("gdp", "地区生产总值", "zhangjiajie-2023", 2022, "actual", 2.1),
        observation("gdp", "地区生产总值", "zhangjiajie-2023", 2023, "target", 6.5, qualifier="左右"),
        observation("gdp", "地区生产总值", "zhangjiajie-2024", 2023, "actual", 6.3),
        observation("gdp", "地区生产总值", "zhangjiajie-2024", 2024, "target", 6.0, qualifier="以上"),
        observation("gdp", "地区生产总值", "zhangjiajie-2025", 2024, "actual", 4.8),
        observation("gdp", "地区生产总值", "zhangjiajie-2025", 2025, "target", 6.0, qualifier="以上"),
        # CPI: a ceiling
        observation("cpi", "居民消费价格", "zhangjiajie-2023", 2023, "target", 3.0, qualifier="以内"),
        observation("cpi", "居民消费价格", "zhangjiajie-2024", 2023, "actual", 0.6),
        observation("cpi", "居民消费价格", "zhangjiajie-2024", 2024, "target", 3.0, qualifier="以内"),
        observation("cpi", "居民消费价格", "zhangjiajie-2025", 2024, "actual", 3.4),
        # tourism revenue as a level in 亿元, with a report restating the result later (the first wins)
        observation("tourism_revenue", "旅游总收入", "zhangjiajie-2023", 2023, "target", 900.0, "亿元", "level", "以上"),
        observation("tourism_revenue", "旅游总收入", "zhangjiajie-2024", 2023, "actual", 956.0, "亿元", "level"),
        observation("tourism_revenue", "旅游总收入", "zhangjiajie-2025", 2023, "actual", 1.0, "亿元", "level"),
        # results without any target: no chart
        observation("grain_output", "粮食产量", "zhangjiajie-2024", 2023, "actual", 31.2, "万吨", "level"),
        # injected markup in a label and a sentence stays text
        observation(None, "<img src=x onerror=alert(1)>指标", "zhangjiajie-2024", 2024, "target", 5.0,
                    qualifier="以上", sentence="<script>window.pwned=1</script>增长5%以上。"),
    ]

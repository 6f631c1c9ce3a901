"""Stated figures (kg/extractors/indicators.py): one test per rule on sentences of the seeds and
of other cities' reports, the year each figure is about, the Data Cube triples (SHACL, riot), the
saved query targets_vs_results and ``kg indicators`` end to end."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ROOT, run_kg

from kg.extractors.indicators import IndicatorExtractor, figure_year, load_indicators


@pytest.fixture(scope="module")
def figures():
    extractor = IndicatorExtractor()

    def run(sentence: str, section: str = "review") -> list:
        return [(sentence[f.start : f.end], f) for f in extractor.sentence_figures(sentence, section)]

    return run


def brief(found) -> list[tuple]:
    return [(f.label, f.code, f.kind, f.measure, f.value, f.unit, f.qualifier) for _text, f in found]


# -- one clause, one figure ------------------------------------------------------------------


def test_growth_level_and_share(figures):
    found = figures("预计，全市实现地区生产总值1360亿元，增长9.4%；城镇登记失业率3.5%。")  # 马鞍山 2016
    assert brief(found) == [
        ("地区生产总值", "gdp", "actual", "level", 1360.0, "亿元", None),
        ("地区生产总值", "gdp", "actual", "growth", 9.4, "%", None),  # the clause opening with its verb
        ("城镇登记失业率", "unemployment", "actual", "share", 3.5, "%", None),
    ]


def test_a_fall_is_negative(figures):
    [(_, figure)] = figures("全市安全事故死亡人数下降10.3%。")  # 张家界 2025
    assert (figure.measure, figure.value) == ("growth", -10.3)


def test_normalised_values(figures):
    found = figures("全年接待游客 4830 万人次、实现旅游总收入 550 亿元。")  # 张家界 2021
    assert [(f.code, f.normalised, f.base_unit) for _, f in found] == [
        ("tourist_arrivals", 4.83e7, "人次"), ("tourism_revenue", 5.5e10, "元")]


def test_qualifiers_before_and_after_the_number(figures):
    found = figures("全年接待入境游客超180万人次；地区生产总值增长 8% 以上。")
    assert [(text.strip(), f.qualifier) for text, f in found] == [("超180万人次", "超"), ("8% 以上", "以上")]


def test_the_span_is_the_figure_in_the_sentence(figures):
    sentence = "落实粮食安全党政同责，确保粮食播种面积191万亩以上、粮食产量64万吨以上。"  # 张家界 2025
    found = figures(sentence, "plan")
    assert [text for text, _ in found] == ["191万亩以上", "64万吨以上"]
    assert [f.label for _, f in found] == ["粮食播种面积", "粮食产量"]  # the second starts after the first


def test_unknown_indicators_keep_their_label_and_no_code(figures):
    [(_, figure)] = figures("快递业务量增长37.89%，位居全省第二。")  # 张家界 2025
    assert (figure.label, figure.code) == ("快递业务量", None)


def test_variants_give_the_standard_code():
    indicators = load_indicators()
    assert indicators.code("规上工业增加值") == "industry_value_added"
    assert indicators.code("全社会固定资产投资") == "fixed_asset_investment"
    assert indicators.code("万元GDP能耗") == "energy_intensity"
    assert indicators.code("城镇居民人均可支配收入") == "urban_income"
    assert indicators.code("生猪出栏") is None


# -- what is not a figure --------------------------------------------------------------------


def test_milestones_and_descriptions_are_not_figures(figures):
    found = figures("地区生产总值跨越5000亿元，达5600亿元，增长14%以上。")  # 长沙 2012
    assert [(f.label, f.value) for _, f in found] == [("地区生产总值", 5600.0), ("地区生产总值", 14.0)]
    assert figures("实施3000万元以上工业项目75个。") == []  # 泰兴 2010: a class of projects
    assert figures("连续跨越3000亿元、4000亿元两个台阶。") == []  # 岳阳 2022


def test_counts_of_people_need_an_indicator(figures):
    assert figures("救治救助重症精神病患者1405人。") == []  # 张家界 2025
    [(_, figure)] = figures("城镇新增就业1206万人。")  # 2023 national report
    assert figure.code == "new_jobs"


def test_a_list_names_one_indicator(figures):
    [(_, figure)] = figures("新增城镇就业、农村劳动力转移就业 10 万人。")  # 张家界 2021
    assert figure.code == "new_jobs"


# -- coordinations ---------------------------------------------------------------------------


def test_coordination_of_a_list(figures):
    found = figures("带动全市游客接待量、旅游总收入分别增长9.5%、10%。")  # 张家界 2025
    assert [(f.code, f.value, f.rule) for _, f in found] == [
        ("tourist_arrivals", 9.5, "indicators.coordination"), ("tourism_revenue", 10.0, "indicators.coordination")]


def test_coordination_with_he_and_four_labels(figures):
    sentence = "全市GDP增长8.3%，规模工业增加值、固定资产投资、社会消费品零售总额、一般公共预算收入分别增长7.6%、10.6%、9.3%和6.6%。"
    found = figures(sentence)  # 岳阳 2019
    assert [(f.code, f.value) for _, f in found] == [
        ("gdp", 8.3), ("industry_value_added", 7.6), ("fixed_asset_investment", 10.6), ("retail_sales", 9.3),
        ("budget_revenue", 6.6)]


def test_a_word_that_stands_for_two_indicators(figures):
    found = figures("城乡居民人均可支配收入分别增长 8% 以上、10% 以上。", "plan")  # 张家界 2021
    assert [(f.code, f.value, f.qualifier) for _, f in found] == [("urban_income", 8.0, "以上"), ("rural_income", 10.0, "以上")]


def test_coordination_of_the_figures_before(figures):
    found = figures("城镇居民人均可支配收入达17840元，农民人均纯收入达8150元，分别增长11.5%和10.8%。")  # 泰兴 2010
    assert [(f.code, f.measure, f.value) for _, f in found][2:] == [("urban_income", "growth", 11.5), ("rural_income", "growth", 10.8)]
    assert found[2][1].rule == "indicators.coordination-previous"


# -- kind and year ---------------------------------------------------------------------------


def test_a_plan_states_targets(figures):
    found = figures("全市经济社会发展的主要预期目标是：地区生产总值增长 8% 以上；居民消费价格涨幅 3% 以内。", "plan")
    assert [(f.kind, f.measure, f.year_ref) for _, f in found] == [("target", "growth", "plan"), ("target", "growth", "plan")]


def test_target_words_in_a_review(figures):
    found = figures("主要预期目标是：生产总值增长6%左右，粮食产量保持在180万吨以上。")  # 咸阳 2023, no section known
    assert {f.kind for _, f in found} == {"target"}
    # 三个确保 earlier in a review sentence sets no target for a later clause (张家界 2021)
    [(_, figure)] = figures("明确三个确保工作要求，紧急转移安置群众 10.45 万人次。")
    assert figure.kind == "actual"


def test_five_year_targets_are_about_the_end_year(figures):
    found = figures("十四五时期，努力实现地区生产总值年均增速 7.5% 以上、旅游总收入达到 1200 亿元的增长目标。", "plan")
    assert [(f.code, f.year_ref) for _, f in found] == [("gdp", "plan-end:2025"), ("tourism_revenue", "plan-end:2025")]


def test_written_years_and_changes(figures):
    found = figures("预计全市地区生产总值从2011年的1091.18亿元增加到2016年的1650亿元，年均增长9.3%；人均GDP从24433元增加到36700元。")
    assert [(f.value, f.year_ref) for _, f in found] == [
        (1091.18, "explicit:2011"), (1650.0, "explicit:2016"), (9.3, "review"), (24433.0, "review-start"), (36700.0, "review")]
    found = figures("城乡居民人均可支配收入分别由 19473 元、7094 元增加到 28151 元、11213 元。")  # 张家界 2021
    assert [(f.code, f.year_ref) for _, f in found] == [
        ("urban_income", "review-start"), ("rural_income", "review-start"), ("urban_income", "review"), ("rural_income", "review")]
    [(_, figure)] = figures("2016 至 2019 年期间，旅游总收入年均增长 19.55%。")
    assert figure.year_ref == "explicit:2019"


def test_figure_year():
    assert figure_year("review", 2021, tuple(range(2016, 2021)), tuple(range(2021, 2026))) == 2020
    assert figure_year("plan", 2021, tuple(range(2016, 2021)), tuple(range(2021, 2026))) == 2021
    assert figure_year("plan-end", 2021, tuple(range(2016, 2021)), tuple(range(2021, 2026))) == 2025
    assert figure_year("review-start", 2021, tuple(range(2016, 2021)), ()) == 2015
    assert figure_year("review", 2024, (), ()) == 2023  # without a manifest: the year before
    assert figure_year("explicit:2019", 2021, (), ()) == 2019


def test_traditional_text_through_the_pipeline(tmp_path):
    from kg.documents import DocumentMeta, load_document

    path = tmp_path / "report.txt"
    path.write_text(
        "政府工作報告\n過去一年，全市經濟穩中向好，各項改革扎實推進，重點項目建設加快，民生保障持續加強。"
        "全市實現地區生產總值333億元，同比增長13%；社會消費品零售總額98.6億元，增長17.5%。\n",
        encoding="utf-8")
    document = load_document(path, DocumentMeta(city="泰兴市", year=2010, reviewed_years=(2009,), initial_section="review"))
    assert [(o.text, o.figure.code, o.year) for o in document.observations] == [
        ("333億元", "gdp", 2009), ("13%", "gdp", 2009), ("98.6億元", "retail_sales", 2009), ("17.5%", "retail_sales", 2009)]
    assert all(document.text[o.start : o.end] == o.text for o in document.observations)


# -- the graph and the command line ----------------------------------------------------------


def test_kg_indicators_on_the_seeds(built):
    items = json.loads(run_kg("indicators", "--store", str(built.store), "--format", "json").stdout)
    assert items and set(items[0]) >= {"indicator", "label", "city", "report", "year", "kind", "measure", "value",
                                       "unit", "qualifier", "sentence", "start", "end"}
    gdp_2021 = [i for i in items if i["indicator"] == "gdp" and i["report"] == "zhangjiajie-2021" and i["kind"] == "target"]
    assert {(i["year"], i["value"], i["qualifier"]) for i in gdp_2021} == {(2021, 8.0, "以上"), (2025, 7.5, "以上")}
    texts = {path.stem: path.read_text(encoding="utf-8") for path in (ROOT / "seeds").glob("*.txt")}
    for item in items:
        assert item["sentence"][0] and texts[item["document"]][item["start"] : item["end"]].strip()
    targets = json.loads(run_kg("indicators", "--store", str(built.store), "--format", "json", "--kind", "target",
                                "--city", "张家界", "--indicator", "tourism_revenue").stdout)
    assert targets and {(i["kind"], i["indicator"], i["city"]) for i in targets} == {("target", "tourism_revenue", "张家界市")}
    table = run_kg("indicators", "--store", str(built.store), "--indicator", "gdp").stdout
    assert "地区生产总值" in table and table.rstrip().endswith("rows)")
    rows = list(csv.DictReader(io.StringIO(run_kg("indicators", "--store", str(built.store), "--format", "csv").stdout)))
    assert len(rows) == len(items) and rows[0]["sentence"]


def test_kg_indicators_bad_input(built):
    result = run_kg("indicators", "--store", str(built.store), "--indicator", "nonsense", check=False)
    assert result.returncode != 0 and "unknown indicator code 'nonsense'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_data_cube_triples_conform_and_parse_in_jena(built, tmp_path):
    """The observations and their data set in Turtle of their own: pyshacl against the shapes
    (with the rest of the graph they point to) and Apache Jena's riot."""
    from kg.api import validate

    conforms, report = validate(built.store)
    assert conforms, report
    store = ox.Store.read_only(str(built.store))
    cube = store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { { ?s a <https://w3id.org/govreport-kg/ontology#IndicatorObservation> } "
        "UNION { ?s a <http://purl.org/linked-data/cube#DataSet> } ?s ?p ?o }",
        use_default_graph_as_union=True)
    path = tmp_path / "cube.ttl"
    with path.open("wb") as handle:
        ox.serialize(cube, handle, format=ox.RdfFormat.TURTLE)
    with path.open("rb") as handle:
        triples = list(ox.parse(handle, format=ox.RdfFormat.TURTLE))
    assert len(triples) > 500
    from test_reliability import jena_classpath

    classpath = jena_classpath(tmp_path)
    result = subprocess.run(["java", "-cp", classpath, "riotcmd.riot", "--validate", str(path)],
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0 and "ERROR" not in result.stderr and "WARN" not in result.stderr, result.stderr


def test_targets_against_results(tmp_path):
    """A target of one year's report and the result of the next year's review: met, missed, unknown."""
    reports = tmp_path / "reports"
    reports.mkdir()
    filler = "全市上下坚持稳中求进，推进改革发展，加快项目建设，实施民生工程，深化改革创新，提升治理水平。"
    (reports / "a-2023.txt").write_text(
        f"2023年工作安排\n{filler}今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，"
        "社会消费品零售总额增长8%以上，城镇调查失业率控制在5.5%以内，固定资产投资增长10%。\n", encoding="utf-8")
    (reports / "a-2024.txt").write_text(
        f"2023年工作回顾\n{filler}全市地区生产总值增长6.2%，社会消费品零售总额增长7.1%，城镇调查失业率5.1%。\n",
        encoding="utf-8")
    (reports / "manifest.csv").write_text(
        "file,city,province,report_year,part,reviewed_years,planned_years,initial_section\n"
        "a-2023.txt,常德市,湖南省,2023,1,2022,2023,plan\na-2024.txt,常德市,湖南省,2024,1,2023,2024,review\n",
        encoding="utf-8")
    store = tmp_path / "store"
    run_kg("build", str(reports), "--out", str(tmp_path / "out"), "--store", str(store))
    rows = json.loads(run_kg("query", "--store", str(store), "--name", "targets_vs_results", "--format", "json").stdout)
    bindings = rows["results"]["bindings"]
    status = {(b["indicator"]["value"], b["year"]["value"]): (b["status"]["value"], b.get("difference", {}).get("value"))
              for b in bindings}
    assert status[("gdp", "2023")][0] == "met"  # 6.2 is within half a point of 6.5 左右
    assert float(status[("gdp", "2023")][1]) == pytest.approx(-0.3)
    assert status[("retail_sales", "2023")][0] == "missed"  # 7.1 < 8 以上
    assert status[("unemployment", "2023")][0] == "met"  # 5.1 ≤ 5.5 以内
    assert status[("fixed_asset_investment", "2023")][0] == "unknown"  # no result stated


def test_every_code_is_a_concept_of_the_indicator_scheme():
    """patterns/indicators.toml and ontology/kg.ttl list the same codes and preferred labels."""
    graph = ox.Store()
    with (ROOT / "ontology" / "kg.ttl").open("rb") as handle:
        graph.load(handle, format=ox.RdfFormat.TURTLE)
    rows = graph.query(
        "SELECT ?code ?label WHERE { ?c <http://www.w3.org/2004/02/skos/core#inScheme> "
        "<https://w3id.org/govreport-kg/ontology#IndicatorScheme> ; <http://www.w3.org/2004/02/skos/core#notation> ?code ; "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label FILTER(LANG(?label) = 'zh') }")
    assert {(r["code"].value, r["label"].value) for r in rows} == set(load_indicators().labels.items())


def test_variants_are_the_alternative_labels_of_the_concepts():
    graph = ox.Store()
    with (ROOT / "ontology" / "kg.ttl").open("rb") as handle:
        graph.load(handle, format=ox.RdfFormat.TURTLE)
    rows = graph.query(
        "SELECT ?code ?alt WHERE { ?c <http://www.w3.org/2004/02/skos/core#notation> ?code ; "
        "<http://www.w3.org/2004/02/skos/core#altLabel> ?alt }")
    found = {(r["code"].value, r["alt"].value) for r in rows}
    indicators = load_indicators()
    expected = {(code, variant) for variant, code in indicators.variants if variant != indicators.labels[code]}
    assert found == expected


def test_one_value_for_several_indicators(figures):
    found = figures("旅游接待人次、旅游总收入分别增长 40%左右。", "plan")  # 张家界 2023
    assert [(f.code, f.value, f.qualifier) for _, f in found] == [("tourist_arrivals", 40.0, "左右"), ("tourism_revenue", 40.0, "左右")]
    assert found[0][1].start == found[1][1].start


def test_a_comparison_speaks_of_the_indicator_before(figures):
    found = figures("常住人口城镇化率达 51%，较十二五末提高 6.4 个百分点。")  # 张家界 2021
    assert [(f.code, f.measure, f.value) for _, f in found] == [("urbanisation", "share", 51.0), ("urbanisation", "growth", 6.4)]


def test_the_previous_clause_names_the_indicator(figures):
    found = figures("辖内财政收入迈过千亿大关，达1330亿元，增长28.55%。")  # 长沙 2012
    assert [(f.code, f.value) for _, f in found] == [("budget_revenue", 1330.0), ("budget_revenue", 28.55)]
    found = figures("新增市场主体 1.5 万户，总量突破 10 万户，增长 10.4%。")  # 张家界 2021: not the figure before
    assert [f.label for _, f in found] == ["总量"]


def test_pinyin_glosses_are_read_past(figures):
    sentence = "预（yù）计（jì），全市实（shí）现（xiàn）地区（qū）生产（chǎn）总值1360亿元，增长9.4%。"  # 马鞍山 2016, as copied
    found = figures(sentence)
    assert [(text, f.code, f.value) for text, f in found] == [("1360亿元", "gdp", 1360.0), ("9.4%", "gdp", 9.4)]
    found = figures("增速提高 1.8个（gè）百分点（diǎn）。")  # 珠海 2014: the span stops before the last gloss
    assert [text for text, _ in found] == ["1.8个（gè）百分点"]


def test_pieces_give_the_same_figures_as_the_whole_document():
    """A long file read in pieces (kg.documents.CHUNK_CHARS) states the same figures at the same
    offsets of the original text."""
    from kg.documents import load_document

    for path in sorted((ROOT / "seeds").glob("zhangjiajie-202[15].txt")):
        whole = {(o.start, o.end, o.figure.label, o.figure.value, o.year) for o in load_document(path).observations}
        pieces = load_document(path, chunk_chars=4000)
        assert {(o.start, o.end, o.figure.label, o.figure.value, o.year) for o in pieces.observations} == whole
        assert all(pieces.text[o.start : o.end] == o.text for o in pieces.observations)


def test_approximate_numbers_and_a_figure_before_its_circumstance(figures):
    [(text, figure)] = figures("城镇新增就业年均1270多万人。")  # 2023 national report
    assert (text, figure.code, figure.value, figure.qualifier) == ("1270多万人", "new_jobs", 1270.0, "多")
    [(_, figure)] = figures("在一季度经济总量负增长3.9%的情况下，经济运行持续回升。")  # 马鞍山 2021
    assert (figure.label, figure.code, figure.value) == ("一季度经济总量", "gdp", -3.9)


def test_kg_eval_indicators_on_the_excerpts(tmp_path):
    """The gold figures of the other-city excerpts: floors below the measured scores
    (docs/evaluation.md), so that a change that loses figures fails."""
    # only the dev excerpts: a held-out set is scored once, by hand, never by a test run
    dev = sorted(str(p) for p in (ROOT / "gold/indicators/texts").glob("dev-*.txt"))
    sources = [arg for path in [*dev, "seeds"] for arg in ("--sources", path)]
    result = json.loads(run_kg("eval-indicators", "gold/indicators", *sources, "--format", "json").stdout)
    splits = result["splits"]
    assert splits["dev"]["precision"] >= 0.99 and splits["dev"]["recall"] >= 0.98
    assert splits["seed"]["precision"] >= 0.95 and splits["seed"]["recall"] >= 0.93
    bad = run_kg("eval-indicators", str(tmp_path), "--sources", "gold/indicators/texts", check=False)  # no gold in it
    assert bad.returncode != 0 and "no gold figure files" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


# -- round 2: qualified indicators, average annual growth, shared units, bare 万 -------------------


def test_a_modifier_before_a_standard_label_makes_another_indicator(figures):
    found = figures("工业固定资产投资增长13%，民间投资增长9%，全社会固定资产投资增长10.7%。")  # 张家界 2025
    assert [(f.label, f.code) for _, f in found] == [
        ("工业固定资产投资", None), ("民间投资", None), ("全社会固定资产投资", "fixed_asset_investment")]
    codes = load_indicators()
    assert codes.code("乡村旅游收入") is None and codes.code("技改投资") is None
    assert codes.code("农村居民人均可支配收入") == "rural_income"  # a variant that holds a modifier
    assert codes.code("旅游总收入") == "tourism_revenue"


def test_a_share_of_a_standard_indicator_is_not_it():
    codes = load_indicators()
    assert codes.code("民营经济占地区生产总值比重") is None  # 宜宾 2017
    assert codes.code("园区规模工业增加值占全部规模以上工业增加值比重") is None  # 张家界 2021
    assert codes.code("地区生产总值") == "gdp"


def test_average_annual_growth_is_its_own_measure(figures):
    found = figures("2016至2019年期间，旅游总收入年均增长 19.55%。")  # 张家界 2021
    assert brief(found) == [("旅游总收入", "tourism_revenue", "actual", "average_growth", 19.55, "%", None)]
    found = figures("人均GDP从24433元增加到36700元，年均增长9.2%；地区生产总值增长7.5%。")  # 宜宾 2017
    assert [(f.label, f.measure) for _, f in found][-2:] == [("人均GDP", "average_growth"), ("地区生产总值", "growth")]
    [(_, level)] = figures("城镇新增就业年均1270多万人。")  # a yearly average level stays a level
    assert level.measure == "level"


def test_a_unit_written_once_after_a_coordination(figures):
    found = figures("城镇和农村居民人均可支配收入占比分别提高4个、2.9个百分点。")
    assert [(f.value, f.unit, f.measure) for _, f in found] == [(4.0, "个百分点", "growth"), (2.9, "个百分点", "growth")]
    found = figures("游客接待量、旅游总收入分别增长8、10%。")
    assert [(f.code, f.value, f.unit) for _, f in found] == [("tourist_arrivals", 8.0, "%"), ("tourism_revenue", 10.0, "%")]
    assert [f.unit for _, f in figures("地区生产总值分别达3、5亿元。")] == ["亿元", "亿元"]


def test_a_bare_wan_is_a_unit(figures):
    [(_, figure)] = figures("全年旅居人数达389.75万，增长12%以上。")[:1]
    assert (figure.label, figure.value, figure.unit, figure.normalised) == ("旅居人数", 389.75, "万", 3897500.0)


def test_a_run_of_milestones_is_not_figures(figures):
    assert figures("2016至2019年期间，接待游客连破 6000万、7000万、8000万大关。") == []  # 张家界 2021


def test_a_five_year_average_is_never_compared_with_a_year(tmp_path):
    """targets_vs_results keeps 年均 targets apart from one year's growth."""
    reports = tmp_path / "reports"
    reports.mkdir()
    filler = "全市上下坚持稳中求进，推进改革发展，加快项目建设，实施民生工程，深化改革创新，提升治理水平。"
    (reports / "a-2023.txt").write_text(
        f"2023年工作安排\n{filler}今年全市经济社会发展的主要预期目标是：地区生产总值年均增长9%，"
        "社会消费品零售总额增长8%以上。\n", encoding="utf-8")
    (reports / "a-2024.txt").write_text(
        f"2023年工作回顾\n{filler}全市地区生产总值增长6.2%，社会消费品零售总额增长8.1%。\n", encoding="utf-8")
    (reports / "manifest.csv").write_text(
        "file,city,province,report_year,part,reviewed_years,planned_years,initial_section\n"
        "a-2023.txt,常德市,湖南省,2023,1,2022,2023,plan\na-2024.txt,常德市,湖南省,2024,1,2023,2024,review\n",
        encoding="utf-8")
    store = tmp_path / "store"
    run_kg("build", str(reports), "--out", str(tmp_path / "out"), "--store", str(store))
    rows = json.loads(run_kg("query", "--store", str(store), "--name", "targets_vs_results", "--format", "json").stdout)
    status = {(b["indicator"]["value"], b["measure"]["value"]): b["status"]["value"] for b in rows["results"]["bindings"]}
    assert status == {("gdp", "average_growth"): "unknown", ("retail_sales", "growth"): "met"}


# -- round 3: years, gaps, rates per thousand ------------------------------------------------


def test_a_multiple_of_a_base_year_is_about_the_sentence_year(figures):
    found = figures("2015年，全区完成地区生产总值（GDP）32.1亿元，为2010年的1.91倍，年均增长11.6%。")  # 南岳 2017
    assert [(f.value, f.unit, f.year_ref) for _, f in found] == [
        (32.1, "亿元", "explicit:2015"), (1.91, "倍", "explicit:2015"), (11.6, "%", "explicit:2015")]
    # without a year opening the sentence, the multiple is about the reviewed year (石峰 2016)
    [_level, (_, multiple), _growth] = figures("实现一般公共预算收入18.7亿元，是2010年的2.6倍，年均增长20.6%。")
    assert (multiple.value, multiple.year_ref) == (2.6, "review")
    # a year before a level is still the level's year
    [(_, start), _end] = figures("地区生产总值从2011年的1091.18亿元增加到2016年的1650亿元。")
    assert start.year_ref == "explicit:2011"


def test_a_year_opening_the_sentence_carries_past_its_comma(figures):
    [(_, figure)] = figures("2020年，全市地区生产总值完成4726.3亿元，在全国城市的排位跃升至47位。")  # 南宁 2021
    assert figure.year_ref == "explicit:2020"
    [(_, figure)] = figures("全市地区生产总值完成4726.3亿元，2020年是极不平凡的一年。")
    assert figure.year_ref == "review"  # a year later in the sentence opens nothing


def test_a_named_five_year_plan_gives_its_end_year(figures):
    found = figures("主要预期目标是：城乡居民人均收入分别增长10%和11%；万元GDP综合能耗下降3.7%，"
                    "全面完成“十二五”减排任务。", "plan")  # 湘潭 2015
    assert {f.year_ref for _, f in found} == {"plan-end:2015"}
    assert figure_year("plan-end:2015", 2015, (2014,), (2015,)) == 2015
    assert figure_year("plan-end:2015", 2016, (2015,), (2016,)) == 2016  # a plan already over: the plan year
    assert figure_year("plan-end:2020", 2016, (2015,), (2016,)) == 2020


def test_a_gap_to_another_place_is_not_a_figure(figures):
    found = figures("财政收入达到117亿元，增长12.2%，高于全省2.7个百分点，排全省第5位。")  # 邵阳 2015
    assert [(f.value, f.unit) for _, f in found] == [(117, "亿元"), (12.2, "%")]
    found = figures("人均地区生产总值5.18万元，比上年增加0.17万元，比全省高1.18万元。")  # 六盘水 2019
    assert [(f.value, f.unit) for _, f in found] == [(5.18, "万元"), (0.17, "万元")]
    found = figures("实现地区生产总值1261.6亿元，增长10.8%，高于上年0.6个百分点。")  # 邵阳 2015
    assert [f.value for _, f in found] == [1261.6, 10.8, 0.6]  # a gap to the year before is the place's own


def test_rates_per_thousand_and_growth_rates_as_nouns(figures):
    found = figures("城镇登记失业率3%；人口自然增长率7‰；居民消费价格上涨2%。")  # 合肥 2015
    assert [(f.label, f.measure, f.value, f.unit) for _, f in found] == [
        ("城镇登记失业率", "share", 3, "%"), ("人口自然增长率", "share", 7, "‰"), ("居民消费价格", "growth", 2, "%")]


def test_sectors_are_not_ranks(figures):
    [(_, figure)] = figures("三次产业结构调整为15.2∶46.8∶38.0，第三产业比重提高1.5个百分点。")  # 衡阳 2015
    assert (figure.label, figure.measure, figure.value) == ("第三产业比重", "growth", 1.5)
    [(_, figure)] = figures("三次产业结构调整为0.6:84.5:14.9，第三产业比2010年提升2.2个百分点。")  # 石峰 2016
    assert (figure.measure, figure.value, figure.unit) == ("growth", 2.2, "个百分点")
    assert not figures("旅游收入增速居全省第2位。")  # a rank is still no figure


def test_figures_run_together_without_punctuation(figures):
    found = figures("一般公共预算收入增长10.7%规上工业增加值增长19%左右固定资产投资增长3.5%左右"
                    "社消零总额增长11%以上城镇登记失业率2.81%。")  # 合肥 2022, as copied
    assert [(f.code, f.value) for _, f in found] == [
        ("budget_revenue", 10.7), ("industry_value_added", 19), ("fixed_asset_investment", 3.5),
        ("retail_sales", 11), ("unemployment", 2.81)]
    assert not figures("引进10亿元以上项目投资达50亿元。")[:-1]  # a class of projects still describes them


def test_average_growth_after_a_coordination_speaks_of_the_figures_before(figures):
    found = figures("2015年，全区接待游客784.98万人次，实现门票收入3.16亿元，旅游总收入63.45亿元，"
                    "分别为2010年的1.89倍、1.71倍、2.29倍，年均分别增长13.6%、11.3%和18%。")  # 南岳 2017
    assert [(f.label, f.measure, f.value) for _, f in found][-3:] == [
        ("接待游客", "average_growth", 13.6), ("门票收入", "average_growth", 11.3), ("旅游总收入", "average_growth", 18)]
    assert {f.year_ref for _, f in found} == {"explicit:2015"}


# -- round 4: page debris, news graphics, ranges, carried years, news items, numerals -----------


def _document(tmp_path, text: str, **meta):
    from kg.documents import DocumentMeta, load_document

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    given = {"city": "赣州市", "year": 2024, "reviewed_years": (2023,), "planned_years": (2024,), "initial_section": "review"}
    return load_document(path, DocumentMeta(**{**given, **meta}))


def test_a_heading_run_into_its_first_sentence_sets_the_section():
    from kg.sections import heading_section

    # 赣州 2021: the plan pattern (2020年工作…) must not win over the heading's own 回顾
    assert heading_section("一、2020年工作和”十三五”发展回顾 2020年是极不平凡、极为不易的一年。在省委、省政府的坚强领导下，全市经济社会保持平稳健康发展。") == "review"
    assert heading_section("二、2024年工作安排 今年是全面贯彻党的二十大精神的关键之年，做好政府工作意义重大，要坚持稳中求进。") == "plan"
    assert heading_section("一、过去一年工作回顾 过去一年，面对复杂严峻的外部环境，全县上下攻坚克难，经济运行稳中有进。") == "review"


def test_a_heading_run_into_the_review_gives_actual_figures(tmp_path):
    document = _document(tmp_path, "一、2023年工作和五年发展回顾 2023年是极不平凡的一年。全年地区生产总值增长5.1%，"
                                   "一般公共预算收入增长4.4%，固定资产投资增长3.2%。\n")
    assert {(o.figure.kind, o.year) for o in document.observations} == {("actual", 2023)}
    assert len(document.observations) == 3


def test_a_page_number_inside_a_coordination_is_dropped(figures):
    found = figures("全年GDP增长4.2%，城镇、农村居民人均可支配收入分别增长2、6.3%、9.2%，增幅全省第一；")  # 赣州 2021
    assert [(f.code, f.value) for _, f in found] == [("gdp", 4.2), ("urban_income", 6.3), ("rural_income", 9.2)]
    found = figures("规模以上工业增加值、固定资产投资分别增长15、8.1%、10.4%。")  # invented
    assert [(f.code, f.value) for _, f in found] == [("industry_value_added", 8.1), ("fixed_asset_investment", 10.4)]
    found = figures("旅游接待人次、旅游总收入分别增长8、10%。")  # as many values as labels: no page number
    assert [f.value for _, f in found] == [8.0, 10.0]


def test_ranges_give_both_bounds(figures):
    found = figures("地区生产总值增长8%-8.5%；城镇居民人均可支配收入增长9%。", "plan")  # 桂林 2016
    assert [(f.code, f.value, f.measure, f.kind) for _, f in found] == [
        ("gdp", 8.0, "growth", "target"), ("gdp", 8.5, "growth", "target"), ("urban_income", 9.0, "growth", "target")]
    found = figures("规模以上工业增加值增长9～9.5%，单位GDP能耗下降2%-3%。", "plan")  # invented
    assert [(f.code, f.value, f.unit) for _, f in found] == [
        ("industry_value_added", 9.0, "%"), ("industry_value_added", 9.5, "%"), ("energy_intensity", -2.0, "%"),
        ("energy_intensity", -3.0, "%")]
    found = figures("地区生产总值增长8%至10%，财政收入增长7至8%，城镇化率由55%提高至58%。", "plan")  # invented
    assert [(f.code, f.value, f.rule) for _, f in found] == [
        ("gdp", 8.0, "indicators.clause"), ("gdp", 10.0, "indicators.range"), ("budget_revenue", 7.0, "indicators.clause"),
        ("budget_revenue", 8.0, "indicators.range"), ("urbanisation", 55.0, "indicators.clause"),
        ("urbanisation", 58.0, "indicators.previous")]  # 提高至 is a change, not a range


def test_a_year_opening_a_sentence_carries_to_the_rest_of_its_paragraph(tmp_path):
    document = _document(  # 南宁 2021: the template years of the copy say 2017–2021
        tmp_path, "一、过去五年工作回顾\n——经济实力提升进位。2020年，全市地区生产总值完成4726.3亿元。"
                  "经济总量占全区比重由2015年的20.3%提升至21.3%。\n全市财政收入增长5%。\n",
        city="南宁市", year=2021, reviewed_years=(2017, 2018, 2019, 2020, 2021), planned_years=(2022,))
    assert [(o.figure.value, o.year) for o in document.observations] == [(4726.3, 2020), (20.3, 2015), (21.3, 2020), (5.0, 2021)]
    document = _document(tmp_path, "一、过去五年工作回顾\n2016年，全市旅游总收入增长15%。全市城镇化率提高1.2个百分点。"  # invented
                                   "五年来，地区生产总值达到3100亿元。\n", year=2021, reviewed_years=(2016, 2017, 2018, 2019, 2020))
    assert [(o.figure.value, o.year) for o in document.observations] == [(15.0, 2016), (1.2, 2016), (3100.0, 2020)]


def test_a_news_graphic_gives_one_figure_per_line(tmp_path):
    document = _document(tmp_path, "全力扩需求、稳增长，加快推进项目建设，推动经济发展回升向好\n全年GDP\n增长5.3%左右\n一般公共预算收入增长4.4%\n实际利用外资\n增长5%以上\n"  # 赣州 2024
                                   "进出口增长3.2%左右\n城镇和农村居民人均可支配收入\n分别增长4.5%、8.5%左右\n")
    assert [(o.figure.code, o.figure.value, o.figure.qualifier) for o in document.observations] == [
        ("gdp", 5.3, "左右"), ("budget_revenue", 4.4, None), ("foreign_investment", 5.0, "以上"), ("trade", 3.2, "左右"),
        ("urban_income", 4.5, None), ("rural_income", 8.5, "左右")]
    document = _document(tmp_path, "堅持穩中求進，加快推進項目建設，推動經濟社會高質量發展\n地區生產總值增長7.7%\n規上工業增加值增長11.7%\n完成地方一般公共預算收入33.2億元\n增長10.5%\n")  # 宜都 2025
    assert [(o.figure.code, o.figure.value) for o in document.observations] == [
        ("gdp", 7.7), ("industry_value_added", 11.7), ("budget_revenue", 33.2), ("budget_revenue", 10.5)]


def test_a_line_ending_with_a_percentage_ends_its_entry():
    from kg.text import clean

    assert clean("社会消费品零售总额增长6%以上\n进出口增长3.2%左右\n").text.split("\n")[:2] == [
        "社会消费品零售总额增长6%以上", "进出口增长3.2%左右"]
    money = ("五年来综合实力实现历史性跨越\n经济总量跃上万亿元台阶\n国家中心城市建设阔步前行\n2020年国内生产总值完成12003亿元\n"
             "地方财政一般公共预算收入1259.2亿元\n进入中国城市综合竞争力20强\n形成超百亿级企业13家\n"
             "城乡居民收入稳步增长\n民生保障持续加强\n")  # 郑州 2021: a narrow layout whose lines are joined
    assert "地方财政一般公共预算收入1259.2亿元\n进入中国城市综合竞争力20强" in clean(money).text
    broken = "（一）经济发展稳中提质。预计，全市地区生产总值增长\n7.5%，规模工业增加值增长8.2%，固定资产投资增长\n10%。\n"  # 永州 2020
    assert clean(broken).text == "（一）经济发展稳中提质。预计，全市地区生产总值增长7.5%，规模工业增加值增长8.2%，固定资产投资增长10%。"
    assert clean("全县旅游总收入增长\n12%左右。\n").text == "全县旅游总收入增长12%左右。"  # invented
    narrow = "过去一年全市上下\n坚持稳中求进总基调\n加快推进项目建设\n全市规上工业增长\n了百分之十左右\n地区生产总值增长10%\n以上，固定资产投资\n增长8.5%，社会消费品\n零售总额增长6%。\n"
    assert "地区生产总值增长10%以上，固定资产投资增长8.5%，社会消费品零售总额增长6%。" in clean(narrow).text  # a qualifier goes on


def test_levels_after_an_average_growth_coordination(figures):
    found = figures("五年来，我市生产总值（预计，下同）、财政总收入、全社会固定资产投资年均分别增长14.1%、22.1%和26.8%，"
                    "达4270亿元、500.36亿元和1573亿元。")  # 泉州 2012
    assert [(f.code, f.measure, f.value) for _, f in found] == [
        ("gdp", "average_growth", 14.1), ("budget_revenue", "average_growth", 22.1),
        ("fixed_asset_investment", "average_growth", 26.8), ("gdp", "level", 4270.0), ("budget_revenue", "level", 500.36),
        ("fixed_asset_investment", "level", 1573.0)]
    found = figures("地区生产总值、一般公共预算收入分别增长6.5%、5.2%，达到2860亿元、198亿元。")  # invented
    assert [(f.code, f.measure, f.value) for _, f in found] == [
        ("gdp", "growth", 6.5), ("budget_revenue", "growth", 5.2), ("gdp", "level", 2860.0), ("budget_revenue", "level", 198.0)]


def test_a_coordination_after_a_milestone_clause_takes_its_indicators(figures):
    found = figures("地区生产总值、一般公共预算收入迈上4000亿、300亿两大台阶，分别达到4026.6亿元、303.4亿元，增长4.3%、3.8%。")  # 九江 2023
    assert [(f.code, f.measure, f.value) for _, f in found] == [
        ("gdp", "level", 4026.6), ("budget_revenue", "level", 303.4), ("gdp", "growth", 4.3), ("budget_revenue", "growth", 3.8)]
    found = figures("全市地区生产总值、旅游总收入迈上2000亿元、500亿元台阶，分别达到2150亿元、560亿元。")  # invented
    assert [(f.code, f.value) for _, f in found] == [("gdp", 2150.0), ("tourism_revenue", 560.0)]


def test_square_kilometres_and_changes_since_a_base_year(figures):
    found = figures("中心城区建成区面积161.5平方公里、城镇化率59.5%，分别比2006年增加81.5平方公里和11.5个百分点。")  # 泉州 2012
    assert [(f.value, f.unit, f.measure) for _, f in found] == [
        (161.5, "平方公里", "level"), (59.5, "%", "share"), (81.5, "平方公里", "level"), (11.5, "个百分点", "growth")]
    [(_, figure)] = figures("全县森林面积达到1.2万平方公里。")  # invented
    assert (figure.value, figure.normalised, figure.base_unit) == (1.2, 12000.0, "平方公里")


def test_a_news_item_alone_is_read_as_a_review(tmp_path):
    document = _document(  # 黄山 2007
        tmp_path, "记者从黄山市旅游部门获悉，去年该市旅游业“四大指标”均居全省首位。\n2006年，黄山市共接待入境旅游人数54.5万人，"
                  "旅游总收入84.31亿元。\n据了解，黄山市已敲定今年新的旅游发展目标：全年接待游客1500万人次，实现旅游总收入100亿元。\n",
        city="黄山市", year=2007, reviewed_years=(2006,), planned_years=(2007,))
    assert [(o.figure.value, o.figure.kind, o.year) for o in document.observations] == [
        (54.5, "actual", 2006), (84.31, "actual", 2006), (1500.0, "target", 2007), (100.0, "target", 2007)]
    beside = _document(tmp_path, "一、过去一年工作回顾\n全市地区生产总值增长6%。\n本报讯 记者从市统计局获悉，全市社会消费品零售总额增长9%。\n",
                       year=2024)  # news printed beside a report stays out
    assert [o.figure.value for o in beside.observations] == [6.0]


def test_a_milestone_passed_on_the_way_and_thresholds_are_not_figures(figures):
    found = figures("预计全市生产总值突破2000亿元，达2085亿元，提前实现规划目标。")  # 贵阳 2014
    assert [(f.code, f.value) for _, f in found] == [("gdp", 2085.0)]
    found = figures("全县旅游总收入超过80亿元，达到86.5亿元。")  # invented
    assert [(f.code, f.value) for _, f in found] == [("tourism_revenue", 86.5)]
    found = figures("公共财政预算收入176.15亿元，增长24.2%，县县财政收入过10亿元。")  # 九江 2014
    assert [f.value for _, f in found] == [176.15, 24.2]
    found = figures("步行街开街单日客流超10万人次，全年接待游客3200万人次。")  # invented
    assert [f.value for _, f in found] == [3200.0]


def test_spelled_out_numerals(figures):
    from kg.extractors.numerals import numeral_value

    assert [numeral_value(t) for t in ("八", "十五", "一千二百", "八点五", "二十", "一百零五")] == [8, 15, 1200, 8.5, 20, 105]
    found = figures("全年地区生产总值增长百分之八，财政收入一千二百亿元，城镇化率提高两个百分点。")  # invented
    assert [(text, f.code, f.value, f.unit) for text, f in found] == [
        ("百分之八", "gdp", 8.0, "%"), ("一千二百亿元", "budget_revenue", 1200.0, "亿元"), ("两个百分点", "urbanisation", 2.0, "个百分点")]
    found = figures("居民消费价格涨幅控制在百分之三左右，打通最后一公里，第一产业增加值增长百分之三点五。", "plan")  # invented
    assert [(text, f.value, f.qualifier) for text, f in found] == [("百分之三左右", 3.0, "左右"), ("百分之三点五", 3.5, None)]
    assert figures("粮食产量一万三千斤。") == []  # a numeral with 万 inside is left alone, not misread


def test_traditional_script_and_full_width_digits_through_the_cleaner(figures):
    from kg.text import to_simplified

    text = to_simplified("規模以上工業增加值增長10%以上，城鎮化率提高1.5個百分點，接待遊客1200萬人次，實現旅遊總收入130億元。")
    assert [(f.code, f.value, f.unit, f.qualifier) for _, f in figures(text)] == [
        ("industry_value_added", 10.0, "%", "以上"), ("urbanisation", 1.5, "个百分点", None),
        ("tourist_arrivals", 1200.0, "万人次", None), ("tourism_revenue", 130.0, "亿元", None)]
    found = figures(to_simplified("全市生產總值增長８．５％，財政收入達到１２０億元。"))
    assert [(text, f.code, f.value) for text, f in found] == [("８．５％", "gdp", 8.5), ("１２０亿元", "budget_revenue", 120.0)]


def test_growth_rate_nouns_falls_and_target_words(figures):
    found = figures("地区生产总值增速达到7.2%，固定资产投资增幅为9.1%，社会消费品零售总额同比增长6%。")  # invented
    assert [(f.code, f.measure, f.value) for _, f in found] == [
        ("gdp", "growth", 7.2), ("fixed_asset_investment", "growth", 9.1), ("retail_sales", "growth", 6.0)]
    found = figures("居民消费价格涨幅回落到2%，工业用电量回落3.2%，万元GDP能耗下降4%。")  # invented
    assert [(f.code, f.measure, f.value) for _, f in found] == [
        ("cpi", "growth", 2.0), (None, "growth", -3.2), ("energy_intensity", "growth", -4.0)]
    found = figures("预期地区生产总值增长6%左右，力争财政收入增长5%，确保城镇调查失业率控制在5.5%以内。")  # in a review: targets
    assert [(f.code, f.kind, f.qualifier) for _, f in found] == [
        ("gdp", "target", "左右"), ("budget_revenue", "target", "力争"), ("unemployment", "target", "以内")]


def test_run_together_lines_and_bracketed_notes(figures):
    found = figures("全市实现旅游总收入120亿元增长15%。")  # invented: a level run into its growth
    assert [(f.code, f.measure, f.value) for _, f in found] == [("tourism_revenue", "level", 120.0), ("tourism_revenue", "growth", 15.0)]
    found = figures("是全面建设现代化强市的开局之年综合实力再攀新高全市地区生产总值增长6.5%。")  # invented: a run-on label
    assert [(f.label, f.code, f.value) for _, f in found] == [("地区生产总值", "gdp", 6.5)]
    found = figures("全市地区生产总值（初步核算，下同）增长6.2%，财政收入增长4%。")  # invented: a comma inside brackets
    assert [(f.label, f.value) for _, f in found] == [("地区生产总值", 6.2), ("财政收入", 4.0)]


def test_a_count_before_a_rate_is_cut_from_the_label(figures):
    found = figures("这一年，生态环境持续走在前列，52 个国控省控断面水质优良率100%，全市空气质量优良率 94.8%；")  # 永州 2026
    assert [(f.label, f.value) for _, f in found] == [("国控省控断面水质优良率", 100.0), ("空气质量优良率", 94.8)]
    found = figures("全市12个县市区城市生活垃圾无害化处理率达到100%，新建项目76个。")  # invented: the count of projects stays out
    assert [(f.label, f.value) for _, f in found] == [("县市区城市生活垃圾无害化处理率", 100.0)]


def test_a_figure_before_an_ellipsis(figures):
    found = figures("粮食产量保持在1.3万亿斤以上……一组组振奋人心的数字，勾勒出中国经济发展的态势。", "plan")  # 2023 national report (news)
    assert [(f.code, f.value, f.unit, f.qualifier) for _, f in found] == [("grain_output", 1.3, "万亿斤", "以上")]
    found = figures("城镇新增就业1200万人左右……全年地区生产总值增长5%左右……", "plan")  # invented
    assert [(f.label, f.value) for _, f in found] == [("城镇新增就业", 1200.0), ("地区生产总值", 5.0)]


def test_volumes_of_goods_in_ten_thousands(figures):
    [(text, figure), _] = figures("消费品以旧换新销售410.7万台，带动消费额增长12%。")  # 郑州 2026
    assert (text, figure.value, figure.normalised, figure.base_unit) == ("410.7万台", 410.7, 4107000.0, "台")
    found = figures("全市新能源汽车产量30万辆，增长25%，新增公交车200台。")  # invented: 200台 is a count of things
    assert [(f.value, f.unit) for _, f in found] == [(30.0, "万辆"), (25.0, "%")]


# -- round 5 (round 4's held-out set as dev) ------------------------------------------------------


def test_a_table_printed_one_cell_per_line(tmp_path):
    document = _document(  # 绍兴 2019 (a plan-execution report): 指标名称 / 目标 / 全年实绩
        tmp_path, "表1:2018年全市国民经济和社会发展目标完成情况\n\n指标名称\n\n目标\n\n全年实绩\n\n地区生产总值\n\n7%左右\n\n预计7%左右\n\n"
                  "一般公共预算收入\n\n9%\n\n16.2%\n\n外贸出口总额\n\n保持全国份额基本稳定\n\n预计占比12.4‰\n\n"
                  "生态环境和公共设施投资\n\n10%以上\n\n预计-3%左右\n\n全年经济运行总体平稳，主要目标较好完成。\n\n全市财政收入增长5%。\n",
        city="绍兴市", year=2019, reviewed_years=(2018,), planned_years=(2019,))
    assert [(o.figure.label, o.figure.kind, o.year, o.figure.value, o.text) for o in document.observations] == [
        ("地区生产总值", "target", 2018, 7.0, "7%左右"), ("地区生产总值", "actual", 2018, 7.0, "7%左右"),
        ("一般公共预算收入", "target", 2018, 9.0, "9%"), ("一般公共预算收入", "actual", 2018, 16.2, "16.2%"),
        ("外贸出口总额保持全国份额基本稳定预计占比", "actual", 2018, 12.4, "12.4‰"),
        ("生态环境和公共设施投资", "target", 2018, 10.0, "10%以上"), ("生态环境和公共设施投资", "actual", 2018, -3.0, "-3%左右"),
        ("财政收入", "actual", 2018, 5.0, "5%")]  # prose ends the table
    document = _document(  # invented: the result column first, each column with its year
        tmp_path, "主要指标\n\n指标\n\n2023年完成\n\n2024年目标\n\n地区生产总值增长\n\n5.2%\n\n5.5%左右\n\n城镇调查失业率\n\n5%\n\n5.5%以内\n",
        city="某市", year=2024, reviewed_years=(2023,), planned_years=(2024,))
    assert [(o.figure.kind, o.year, o.figure.value) for o in document.observations] == [
        ("actual", 2023, 5.2), ("target", 2024, 5.5), ("actual", 2023, 5.0), ("target", 2024, 5.5)]


def test_a_paragraph_on_the_period_its_review_heading_looks_back_on_stays_in_the_review(tmp_path):
    document = _document(  # 襄阳 2016
        tmp_path, "一、“十二五”时期经济社会发展回顾\n“十二五”时期是我市发展进程中极不平凡的五年。\n"
                  "地区生产总值跃上3000亿元台阶，预计年突破3400亿元，是2010年的2.2倍。\n",
        city="襄阳市", year=2016, reviewed_years=(2011, 2012, 2013, 2014, 2015), planned_years=(2016,))
    assert [(o.figure.kind, o.year, o.figure.value) for o in document.observations] == [("actual", 2015, 3400.0), ("actual", 2015, 2.2)]
    document = _document(  # invented: the next plan's period opens an outlook
        tmp_path, "一、“十三五”时期发展回顾\n“十三五”时期，全市地区生产总值年均增长7%。\n二、“十四五”时期主要目标\n“十四五”时期，全市地区生产总值年均增长6%左右。\n",
        year=2021, reviewed_years=(2016, 2017, 2018, 2019, 2020), planned_years=(2021, 2022, 2023, 2024, 2025))
    assert [(o.figure.kind, o.figure.value) for o in document.observations] == [("actual", 7.0), ("target", 6.0)]


def test_a_list_of_indicators_before_a_rank_heads_the_coordination(figures):
    found = figures("地方公共财政预算收入、规模以上工业总产值跃居全省第二位，分别达到339.1亿元和6000亿元，分别是2010年的6.6倍和2.6倍。")  # 襄阳 2016
    assert [(f.label, f.value, f.unit) for _, f in found] == [
        ("地方公共财政预算收入", 339.1, "亿元"), ("规模以上工业总产值", 6000.0, "亿元"),
        ("地方公共财政预算收入", 6.6, "倍"), ("规模以上工业总产值", 2.6, "倍")]
    found = figures("进出口总额、实际利用外资位居全省第三，分别达到120亿美元、8亿美元。")  # invented
    assert [(f.code, f.value) for _, f in found] == [("trade", 120.0), ("foreign_investment", 8.0)]


def test_a_past_year_in_a_plan_reports_results(tmp_path):
    document = _document(  # 襄阳 2023, a news item on the plan (traditional script)
        tmp_path, "2023年襄陽經濟總量力爭實現6400億元，同比增長7.5%左右。\n2022年，襄陽經濟回穩向好，預計全年地區生產總值增長6%左右，總量突破5800億元。"
                  "全年新引進億元以上項目1403個，規模以上工業總産值突破8000億元。\n",
        city="襄阳市", year=2023, reviewed_years=(2022,), planned_years=(2023,), initial_section="plan")
    assert [(o.figure.kind, o.year, o.figure.value) for o in document.observations] == [
        ("target", 2023, 6400.0), ("target", 2023, 7.5), ("actual", 2022, 6.0), ("actual", 2022, 5800.0), ("actual", 2022, 8000.0)]
    document = _document(  # invented: a target word keeps a past year's figure a target
        tmp_path, "2023年，全市地区生产总值增长5.5%，2023年的预期目标是增长6%。\n",
        year=2024, reviewed_years=(2023,), planned_years=(2024,), initial_section="plan")
    assert [(o.figure.kind, o.year, o.figure.value) for o in document.observations] == [("actual", 2023, 5.5), ("target", 2023, 6.0)]


def test_plan_indicators_and_targets_after_a_colon(figures):
    found = figures("扬州提出了今年经济社会发展的预期性指标，其中，地区生产总值增长6%以上，一般公共预算收入增长4.5%左右。")  # 扬州 2021
    assert [(f.code, f.kind, f.value) for _, f in found] == [("gdp", "target", 6.0), ("budget_revenue", "target", 4.5)]
    found = figures("各地也亮出了新的目标：2023年，四市地区生产总值增长目标均锁定在5%左右。")  # 江苏 2023
    assert [(f.code, f.kind, f.value) for _, f in found] == [("gdp", "target", 5.0)]
    found = figures("全市确定今年的预期指标：城镇新增就业3万人，居民人均可支配收入增长6%。")  # invented
    assert [(f.code, f.kind) for _, f in found] == [("new_jobs", "target"), ("income", "target")]
    from kg.text import clean

    found = figures(clean("今年計劃：地區生產總值增長6%左右，一般公共預算收入增長5%。").text)  # invented, traditional script
    assert [(f.code, f.kind) for _, f in found] == [("gdp", "target"), ("budget_revenue", "target")]


def test_the_rest_of_a_run_that_is_no_figure(figures):
    found = figures("平均低保标准提高31.5%，沿河、沿江地区65个市级经济薄弱村集体经营性收入全部达45万元、55万元。")  # 扬州 2021
    assert [(f.value, f.unit) for _, f in found] == [(31.5, "%")]
    found = figures("粮食产量增长2%，新建高标准农田项目12个、18个。")  # invented
    assert [(f.code, f.value) for _, f in found] == [("grain_output", 2.0)]


def test_a_sentence_cut_at_its_semicolon_lends_its_indicator(tmp_path):
    document = _document(  # 天水 2016 (a long sentence is cut at its semicolon)
        tmp_path, "一、市六届政府工作回顾\n预计2016年，全市实现生产总值601.7亿元，经济总量由2011年的全省第5位上升到去年的第3位；"
                  "年均增长10.3%，增速由2011年的全省第13位上升到去年的第2位，综合实力大幅提升，发展后劲明显增强。\n",
        city="天水市", year=2016, reviewed_years=(2012, 2013, 2014, 2015, 2016), planned_years=(2017,))
    assert [(o.figure.code, o.figure.measure, o.figure.value) for o in document.observations] == [
        ("gdp", "level", 601.7), ("gdp", "average_growth", 10.3)]
    document = _document(  # invented
        tmp_path, "一、过去一年工作回顾\n全年完成固定资产投资1250亿元，总量跃居全省第4位，民间投资占比持续提高；"
                  "比上年增长9.6%，其中工业投资增长12%，基础设施投资保持较快增长，重大项目建设扎实推进，"
                  "为全年经济平稳运行和高质量发展提供了有力支撑。\n")
    assert [(o.figure.code, o.figure.value) for o in document.observations] == [
        ("fixed_asset_investment", 1250.0), ("fixed_asset_investment", 9.6), (None, 12.0)]


def test_gaps_to_the_target_are_not_figures(figures):
    found = figures("其中，生产总值增幅低于预期0.5个百分点，其他主要预期目标如期完成。")  # 绍兴 2014
    assert found == []
    found = figures("社会消费品零售总额同比增长3.4%，地方一般公共预算收入可比增长13.2%，增速分别高于全省平均水平0.6、4.7个百分点。")  # 襄阳 2023
    assert [f.value for _, f in found] == [3.4, 13.2]
    found = figures("全市居民人均可支配收入增长8%，高出目标2个百分点。")  # invented
    assert [f.value for _, f in found] == [8.0]
    found = figures("地区生产总值增长5.8%，高于年度目标0.3个百分点。")  # invented (a plan-execution report)
    assert [f.value for _, f in found] == [5.8]


def test_thousands_separators_and_a_calculation_basis(figures):
    found = figures("全市地区生产总值达到3,456.7亿元，按可比价格计算，比上年增长6.8%。")  # invented
    assert [(f.code, f.value) for _, f in found] == [("gdp", 3456.7), ("gdp", 6.8)]
    found = figures("地区生产总值3417.9亿元，按可比价计算增长13%；财政总收入713.4亿元、增长46.8%；")  # 南通 2011
    assert [(f.code, f.value) for _, f in found] == [("gdp", 3417.9), ("gdp", 13.0), ("budget_revenue", 713.4), ("budget_revenue", 46.8)]

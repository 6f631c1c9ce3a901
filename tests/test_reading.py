"""kg.reading: a report file is decoded whatever its encoding, and anything that is not text is
refused with a one-line :class:`InputError` that names the file.

The sample paragraphs are copied verbatim from the seed files in ``seeds/``.
"""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from kg.reading import InputError, SourceText, read_source

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

# seeds/zhangjiajie-2021.txt: Chinese with ASCII digits, spaces and a per-cent sign.
PARAGRAPH = (
    "强力推进项目攻坚，安慈高速慈利至石门段建成通车，张吉怀高铁加快建设，桑龙、炉慈、张官高速开工建设，"
    "中国翠谷植物提取产业园、新松机器人欢乐城等一批重大产业项目加快实施；26 个省重大项目完成投资 70 亿元，"
    "完成目标任务的 150%；141 个市重点项目完成投资 286 亿元。"
)

# (bytes of PARAGRAPH, the encoding name SourceText reports)
ENCODINGS = {
    "utf-8": (PARAGRAPH.encode("utf-8"), "utf-8"),
    "utf-8 with BOM": (codecs.BOM_UTF8 + PARAGRAPH.encode("utf-8"), "utf-8-bom"),
    "gb18030": (PARAGRAPH.encode("gb18030"), "gb18030"),
    # GBK is a subset of GB18030: GBK files are read as GB18030.
    "gbk": (PARAGRAPH.encode("gbk"), "gb18030"),
    "utf-16 le with BOM": (codecs.BOM_UTF16_LE + PARAGRAPH.encode("utf-16-le"), "utf-16"),
    "utf-16 be with BOM": (codecs.BOM_UTF16_BE + PARAGRAPH.encode("utf-16-be"), "utf-16"),
    "utf-16 le without BOM": (PARAGRAPH.encode("utf-16-le"), "utf-16-le"),
    "utf-16 be without BOM": (PARAGRAPH.encode("utf-16-be"), "utf-16-be"),
}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_refused(path: Path, *words: str) -> InputError:
    with pytest.raises(InputError) as caught:
        read_source(path)
    message = str(caught.value)
    assert "\n" not in message, f"not one line: {message!r}"
    assert path.name in message
    for word in words:
        assert word in message
    return caught.value


# --- Encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("label", list(ENCODINGS))
def test_every_supported_encoding_decodes_to_the_same_text(tmp_path, label):
    data, encoding = ENCODINGS[label]
    source = read_source(write(tmp_path, "report.txt", data))
    assert isinstance(source, SourceText)
    assert source.text == PARAGRAPH
    assert source.encoding == encoding
    assert source.path == tmp_path / "report.txt"


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path):
    for label in ("utf-8 with BOM", "utf-16 le with BOM", "utf-16 be with BOM"):
        text = read_source(write(tmp_path, "bom.txt", ENCODINGS[label][0])).text
        assert not text.startswith("\ufeff"), label


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_whole_seed_reports_survive_a_round_trip_through_each_encoding(tmp_path, seed, encoding):
    original = seed.read_text(encoding="utf-8")
    source = read_source(write(tmp_path, seed.name, original.encode(encoding)))
    assert source.text == original
    assert source.encoding == encoding


def test_the_seed_files_themselves_are_utf8():
    for seed in SEED_FILES:
        assert read_source(seed).encoding == "utf-8", seed.name


@pytest.mark.parametrize(
    "paragraph",
    [
        # seeds/zhangjiajie-2024.txt: refused as 'unknown text encoding'
        "坚决当好执行者、行动派、实干家，努力建设让党放心、让人民满意的政府。",
        # seeds/zhangjiajie-2023-part1.txt: silently decoded as GB18030 mojibake
        "推动殡仪馆、公墓等设施建设。",
    ],
    ids=["refused", "mojibake"],
)
def test_a_pure_chinese_paragraph_in_utf16_le_without_bom_is_decoded(tmp_path, paragraph):
    source = read_source(write(tmp_path, "report.txt", paragraph.encode("utf-16-le")))
    assert (source.text, source.encoding) == (paragraph, "utf-16-le")


def test_a_quoted_heading_in_utf16_le_without_bom_is_decoded(tmp_path):
    heading = "（一）加快建设“122”现代化产业体系，夯实高质量发展根基"  # seeds/zhangjiajie-2025.txt
    source = read_source(write(tmp_path, "report.txt", heading.encode("utf-16-le")))
    assert (source.text, source.encoding) == (heading, "utf-16-le")


# --- What is not a report ----------------------------------------------------------------------


def test_an_empty_file_is_refused(tmp_path):
    assert_refused(write(tmp_path, "empty.txt", b""), "empty")


@pytest.mark.parametrize(
    "data",
    [b"   \n\t\r\n  ", "\u3000\u3000\n\n".encode("utf-8"), codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")],
    ids=["ascii", "ideographic-space", "utf-16"],
)
def test_a_file_of_whitespace_only_is_refused(tmp_path, data):
    assert_refused(write(tmp_path, "blank.txt", data), "whitespace")


@pytest.mark.parametrize(
    "name, data, what",
    [
        ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        ("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\x00", "PNG"),
        ("report.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml", "zip"),
    ],
)
def test_binary_formats_are_named_in_the_refusal(tmp_path, name, data, what):
    assert_refused(write(tmp_path, name, data), what, "not a text file")


def test_random_binary_bytes_with_nuls_are_refused(tmp_path):
    rng = random.Random(0)
    for n in range(20):
        data = b"\x00\x01" + rng.randbytes(rng.randrange(64, 4096))
        assert_refused(write(tmp_path, f"blob{n}.bin", data), "not a text file")


def test_text_full_of_control_characters_is_refused(tmp_path):
    data = ("政府工作报告" + "\x01\x02\x03\x04\x05\x06\x07\x08" * 10).encode("utf-8")
    assert_refused(write(tmp_path, "controls.txt", data), "control characters")


def test_a_missing_file_is_refused(tmp_path):
    error = assert_refused(tmp_path / "no-such-report.txt", "cannot read")
    assert error.__cause__ is None  # raised "from None": the CLI prints one line, no traceback chain


def test_a_directory_is_refused(tmp_path):
    folder = tmp_path / "a-folder.txt"
    folder.mkdir()
    assert_refused(folder, "cannot read")


def test_input_error_is_a_value_error():
    assert issubclass(InputError, ValueError)


def test_utf8_cut_off_in_the_middle_of_a_character_is_refused_not_read_as_gb18030(tmp_path):
    # A print-out cut off mid-character (seeds/zhangjiajie-2025.txt is cut off at ▶▶(下转3版)) must
    # not come back as GB18030 mojibake.
    data = PARAGRAPH.encode("utf-8")[:-1]
    assert_refused(write(tmp_path, "cut.txt", data), "encoding")

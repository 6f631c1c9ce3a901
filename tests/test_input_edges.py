"""Input edges: special files (named pipes, devices, sockets), symbolic link loops, folders with
entries kg does not read, and files whose bytes mix encodings. Each is refused or reported in one
line that says what the path is, or where in the file the bytes go wrong."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from conftest import SEEDS, run_kg

from kg.reading import InputError, decode_bytes, path_problem, read_source

SEED = SEEDS / "zhangjiajie-2021.txt"


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def specials(tmp_path) -> dict[str, Path]:
    """A named pipe, a socket, a device, a symbolic link loop and a broken link."""
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    sock = tmp_path / "socket.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock))
    (tmp_path / "loop-a.txt").symlink_to(tmp_path / "loop-b.txt")
    (tmp_path / "loop-b.txt").symlink_to(tmp_path / "loop-a.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "device.txt").symlink_to("/dev/zero")
    yield {
        "pipe": pipe, "socket": sock, "device": tmp_path / "device.txt",
        "loop": tmp_path / "loop-a.txt", "broken": tmp_path / "broken.txt",
    }
    server.close()


EXPECTED = {
    "pipe": "a named pipe (FIFO), not a regular file",
    "socket": "a socket, not a regular file",
    "device": "a character device, not a regular file",
    "loop": "a loop of symbolic links",
    "broken": "a symbolic link to",
}


def test_path_problem_names_what_a_path_is(specials):
    for name, path in specials.items():
        assert EXPECTED[name] in path_problem(path).message, name
    assert path_problem(SEED) is None


def test_reading_a_special_file_is_refused_at_once(specials):
    for name, path in specials.items():
        with pytest.raises(InputError, match=EXPECTED[name].replace("(", r"\(").replace(")", r"\)")):
            read_source(path)


@pytest.mark.e2e
def test_every_command_refuses_special_files_in_one_line(specials, tmp_path):
    """``kg extract`` on a named pipe waited for a writer forever; a loop said 'no such file'."""
    store, out = tmp_path / "store", tmp_path / "out"
    for name, path in specials.items():
        for args in (
            ["extract", str(path)],
            ["build", str(path), "--out", str(out), "--store", str(store)],
            ["query", "-f", str(path), "--store", str(store)],
        ):
            result = run_kg(*args, check=False)
            assert result.returncode == 1, (args, result.stderr)
            assert EXPECTED[name] in one_line(result.stderr), (args, result.stderr)
    assert not out.exists() and not store.exists()
    run_kg("build", str(SEED), "--out", str(out), "--store", str(store))
    result = run_kg("add", str(specials["pipe"]), "--out", str(out), "--store", str(store), check=False)
    assert result.returncode == 1 and EXPECTED["pipe"] in one_line(result.stderr)


@pytest.mark.e2e
def test_entries_skipped_in_a_folder_are_listed_in_one_line(specials, tmp_path):
    folder = specials["pipe"].parent
    (folder / "zhangjiajie-2021.txt").write_bytes(SEED.read_bytes())
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "old").mkdir()
    (folder / ".hidden.txt").write_text("x")
    result = run_kg("build", str(folder), "--out", str(tmp_path / "out"), "--store", str(tmp_path / "store"))
    skipped = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(skipped) == 1, result.stderr
    line = skipped[0]
    assert line.startswith(f"kg: skipped {folder}: 8 entries not read"), line
    for part in ("pipe.txt (named pipe (FIFO))", "socket.txt (socket)", "device.txt (character device)",
                 "loop-a.txt (symbolic link loop)", "broken.txt (broken link)", "old (folder)",
                 "scan.pdf (not *.txt, *.text or *.md)"):
        assert part in line
    assert ".hidden" not in line
    assert "reports: 1 (zhangjiajie-2021) from 1 file" in result.stdout


# -- mixed and stray encodings ------------------------------------------------------------------


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines(keepends=True)


def test_a_gb18030_paragraph_in_utf8_text_is_located():
    lines = seed_lines()
    head = "".join(lines[:10]).encode()
    data = head + lines[10].encode("gb18030") + "".join(lines[11:]).encode()
    with pytest.raises(InputError) as error:
        decode_bytes(data, "mixed.txt")
    message = str(error.value)
    assert message.startswith("mixed.txt: mixed or stray text encoding: UTF-8 text, but line 11, byte ")
    offset = int(message.split("byte ")[1].split()[0])
    assert len(head) <= offset < len(head) + len(lines[10].encode("gb18030"))
    assert "is not UTF-8" in message and "\n" not in message


def test_a_utf8_paragraph_in_gb18030_text_is_located():
    lines = seed_lines()
    head = "".join(lines[:20]).encode("gb18030")
    data = head + lines[20].encode() + "".join(lines[21:]).encode("gb18030")
    with pytest.raises(InputError, match=r"GB18030 text, but line 21, byte \d+ \(.*\) is not GB18030"):
        decode_bytes(data, "mixed.txt")


def test_a_stray_byte_is_located():
    data = SEED.read_bytes()
    cut = data.index("\n".encode(), 5000) + 1  # at the start of a line
    line = data[:cut].count(b"\n") + 1
    with pytest.raises(InputError, match=rf"UTF-8 text, but line {line}, byte {cut} \(ff .*\) is not UTF-8"):
        decode_bytes(data[:cut] + b"\xff" + data[cut:], "stray.txt")


def test_bytes_in_no_encoding_still_say_where():
    with pytest.raises(InputError, match=r"unknown text encoding \(tried UTF-8, UTF-16, GB18030; as .*, line 1, byte 0 is the first"):
        decode_bytes(bytes(range(0x80, 0x100)) * 20, "noise.bin")


def test_a_bad_byte_after_a_bom_gives_the_line():
    data = "\ufeff".encode() + "第一行\n第二行\n".encode() + b"\xff" + "第三行".encode()
    with pytest.raises(InputError, match=r"at byte 23 \(line 3\)"):
        decode_bytes(data, "bom.txt")


def test_a_manifest_row_with_an_unquoted_comma_is_a_one_line_error(tmp_path):
    from kg.documents import read_manifest

    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "file,city,province,report_year,quirks\n"
        "a-2024.txt,钦州市,广西壮族自治区,2024,a news item, quoting the report\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"manifest.csv:2: .*more cells than the header"):
        read_manifest(manifest)


def test_a_manifest_id_must_be_a_slug(tmp_path):
    from kg.documents import read_manifest

    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,city,report_year,id\nyichun.txt,伊春市,2023,伊春-2023\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest.csv:2: bad manifest row \(id '伊春-2023' is not lower-case"):
        read_manifest(manifest)


def test_two_divisions_whose_names_make_one_report_id_need_a_manifest_id(tmp_path):
    """伊春市 (黑龙江) and 宜春市 (江西) are both ``yichun`` in pinyin: built together, their reports
    would become one report node. The build refuses in one line until the manifest's ``id`` column
    tells them apart, and then builds both."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, city in (("heilongjiang.txt", "伊春市"), ("jiangxi.txt", "宜春市")):
        (folder / name).write_text(f"{city}2023年政府工作报告\n过去一年，全市经济运行稳中向好。\n", encoding="utf-8")
    rows = "heilongjiang.txt,伊春市,黑龙江省,2023,{}\njiangxi.txt,宜春市,江西省,2023,\n"
    manifest = folder / "manifest.csv"
    manifest.write_text("file,city,province,report_year,id\n" + rows.format(""), encoding="utf-8")
    out, store = tmp_path / "out", tmp_path / "store"
    refused = run_kg("build", str(folder), "--out", str(out), "--store", str(store), check=False)
    assert refused.returncode != 0
    assert "both make report id yichun-2023: give one of them an id in the manifest's id column" in one_line(refused.stderr)
    assert not store.exists()
    manifest.write_text("file,city,province,report_year,id\n" + rows.format("yichunhlj-2023"), encoding="utf-8")
    run_kg("build", str(folder), "--out", str(out), "--store", str(store))
    graphs = run_kg("query", "--store", str(store), "--format", "csv",
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g").stdout
    assert "graph/report/yichun-2023" in graphs and "graph/report/yichunhlj-2023" in graphs

"""Reading report files: encoding detection and refusal of what is not text.

Every failure is a :class:`InputError` whose message is one line naming the file, so that the CLI
can print it as is and go on with the other files.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

#: Magic numbers of binary formats people hand in by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (docx/xlsx?)"),
    (b"\xd0\xcf\x11\xe0", "an OLE document (doc/xls?)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"\x84\x31\x95\x33", "gb18030"),  # U+FEFF in GB18030
)

#: Texts larger than this are refused rather than read whole into memory.
MAX_BYTES = 64 * 1024 * 1024


class InputError(ValueError):
    """Bad input; ``str(error)`` is a one-line message that names the file."""


@dataclass(frozen=True)
class SourceText:
    """A decoded report file. Offsets everywhere in kg point into ``text``."""

    path: Path
    text: str
    encoding: str
    sha256: str = ""  # of the bytes read: ``kg add`` knows an unchanged file by it


@dataclass(frozen=True)
class PathProblem:
    """Why a path is not a readable regular file: ``kind`` is short (for a list of skipped folder
    entries), ``message`` is what a one-line error says after the path."""

    kind: str
    message: str


_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "named pipe (FIFO)"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
)


def special_kind(mode: int) -> str | None:
    """The kind of a special file (one that reading could block on or never end), else None."""
    return next((kind for test, kind in _SPECIAL_KINDS if test(mode)), None)


def path_problem(path: str | Path) -> PathProblem | None:
    """None for a regular file (or a symbolic link to one), else what it is instead."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return _stat_problem(Path(path), error)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return PathProblem("folder", "a folder, not a file")
    kind = special_kind(mode) or "special file"
    return PathProblem(kind, f"a {kind}, not a regular file: kg reads only regular files")


def _stat_problem(path: Path, error: OSError) -> PathProblem:
    if error.errno == errno.ELOOP:
        return PathProblem("symbolic link loop", "a loop of symbolic links (following them never reaches a file)")
    if error.errno == errno.ENOENT and os.path.islink(path):
        return PathProblem("broken link", f"a symbolic link to {os.readlink(path)}, which does not exist")
    if error.errno == errno.ENOENT:
        return PathProblem("missing", "no such file or folder")
    return PathProblem("unreadable", f"cannot read ({error.strerror or error})")


def refuse_unreadable(path: str | Path) -> None:
    """Raise :class:`InputError` unless ``path`` is a regular file (before opening it: a named
    pipe would block the open, a device could be read forever)."""
    problem = path_problem(path)
    if problem:
        raise InputError(f"{path}: {problem.message}")


def read_source(path: str | Path) -> SourceText:
    """Read and decode one report file, or raise :class:`InputError`."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a named pipe returns at once (and is then refused) instead of
        # waiting for a writer; fstat judges the file actually opened.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        problem = path_problem(path)  # a loop, a broken link or a socket says so
        if problem and problem.kind not in ("missing", "unreadable", "folder"):
            raise InputError(f"{path}: {problem.message}") from None
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: cannot read (it is a folder)")
        kind = special_kind(info.st_mode) or "special file"
        raise InputError(f"{path}: a {kind}, not a regular file: kg reads only regular files")
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > MAX_BYTES:
            raise InputError(f"{path}: {info.st_size} bytes is over the {MAX_BYTES} byte limit for one report")
        try:
            data = handle.read()
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    text, encoding = decode_bytes(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: the file is empty or holds only whitespace")
    return SourceText(path=path, text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode report bytes; returns (text, encoding name)."""
    if not data:
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, name), encoding.replace("-sig", "-bom")
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: this is {what}, not a text file")
    utf16 = _sniff_utf16(data)
    if utf16:
        return _decode(data, utf16, name), utf16
    if b"\x00" in data:
        raise InputError(f"{name}: binary data (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _refuse_control_characters(text, name)
        return text, "utf-8"
    # GB18030 decodes nearly any bytes, so it competes with UTF-16 (which, for all-Chinese text,
    # has no zero bytes to give it away) on how Chinese the result reads.
    encodings = ["gb18030", "utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else ["gb18030"]
    scored = []
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((chinese_share(text), encoding, text))
    if scored:
        share, encoding, text = max(scored, key=lambda item: (item[0], item[1] == "gb18030"))
        if share >= 0.3:
            _refuse_control_characters(text, name)
            return text.removeprefix("\ufeff"), encoding
    raise InputError(f"{name}: {_encoding_failure(data)}")


def _encoding_failure(data: bytes) -> str:
    """Why no encoding reads ``data``, and where: the encoding that leaves the fewest lines it
    cannot read (a UTF-8 report with a pasted GB18030 paragraph or a stray byte has one), with
    the byte offset and line of the first unreadable byte."""
    candidates = []
    for encoding, label in (("utf-8", "UTF-8"), ("gb18030", "GB18030")):
        try:
            data.decode(encoding)
        except UnicodeDecodeError as error:
            lines = data.decode(encoding, errors="replace").splitlines()
            bad = sum(1 for line in lines if "\ufffd" in line)
            candidates.append((bad / max(1, len(lines)), bad, error.start, label, encoding))
    if not candidates:  # each decodes, but none reads as Chinese
        return "unknown text encoding (tried UTF-8, UTF-16, GB18030)"
    share, bad, start, label, encoding = min(candidates)
    where = f"line {_line_at(data, start, encoding)}, byte {start}"
    if share <= 0.25 and bad:
        more = "" if bad == 1 else f" ({bad} lines in all)"
        return (
            f"mixed or stray text encoding: {label} text, but {where} ({data[start:start + 4].hex(' ')}) "
            f"is not {label}{more}; save the whole file in one encoding"
        )
    return f"unknown text encoding (tried UTF-8, UTF-16, GB18030; as {label}, {where} is the first unreadable byte)"


def _line_at(data: bytes, offset: int, encoding: str) -> int:
    return data[:offset].decode(encoding, errors="replace").count("\n") + 1


#: Python's whitespace (``str.isspace``); CJK ideographs and punctuation, full-width forms.
_WHITESPACE = re.compile(r"\s")
_CHINESE_CHARACTER = re.compile("[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’…—]")


#: The characters ``\s`` matches (all below U+3100), as code points.
_WHITESPACE_CODES = tuple(ord(match.group()) for match in _WHITESPACE.finditer("".join(map(chr, range(0x3100)))))
#: The ranges and single characters of :data:`_CHINESE_CHARACTER`, as code points.
_CHINESE_RANGES = ((0x4E00, 0x9FFF), (0x3000, 0x303F), (0xFF00, 0xFFEF))
_CHINESE_SINGLES = tuple(map(ord, "“”‘’…—"))


def chinese_share(text: str) -> float:
    """Share of CJK ideographs and CJK punctuation among the non-space characters (of the first
    20,000 characters), counted over the code points at once."""
    import numpy  # here: the commands that never read a report do not load it

    codes = numpy.frombuffer(text[:20000].encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    kept = ~numpy.isin(codes, _WHITESPACE_CODES)
    total = int(kept.sum())
    if not total:
        return 0.0
    chinese = numpy.isin(codes, _CHINESE_SINGLES)
    for low, high in _CHINESE_RANGES:
        chinese |= (codes >= low) & (codes <= high)
    return int((chinese & kept).sum()) / total


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        # utf-8-sig counts from after the BOM; the offset is the file's
        start = error.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)
        raise InputError(f"{name}: not valid {encoding} at byte {start} (line {_line_at(data, start, encoding)})") from None
    text = text.removeprefix("\ufeff")
    _refuse_control_characters(text, name)
    return text


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: one of each pair of bytes is mostly zero for ASCII-heavy text, and
    CJK text in UTF-16 has no zero bytes but decodes to CJK code points in one byte order only."""
    sample = data[: 4096 - (min(len(data), 4096) % 2)]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        return "utf-16-be"
    if not (odd_zeros or even_zeros) or len(data) % 2:
        return None
    scores = {enc: _text_likeness(sample, enc) for enc in ("utf-16-le", "utf-16-be")}
    best = max(scores, key=lambda enc: (scores[enc], enc))
    return best if scores[best] > 0.95 else None


def _text_likeness(sample: bytes, encoding: str) -> float:
    """Share of decoded characters that are CJK, CJK punctuation or printable ASCII."""
    text = sample.decode(encoding, errors="replace")
    good = sum(
        1
        for ch in text
        if ch.isprintable() and (ch < "\u0080" or "\u2000" <= ch <= "\u206f" or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
        or ch in "\n\r\t"
    )
    return good / max(1, len(text))


#: Control characters other than \t \n \v \f \r (code points below 32).
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1f]")


def _refuse_control_characters(text: str, name: str) -> None:
    sample = text[:65536]
    controls = len(sample) - len(_CONTROL_CHARACTER.sub("", sample))
    if controls > max(8, len(sample) // 200):
        raise InputError(f"{name}: binary data (control characters), not a text file")

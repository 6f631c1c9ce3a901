"""Reading report files: encoding detection and refusal of what is not text.

Every failure is a :class:`InputError` whose message is one line naming the file, so that the CLI
can print it as is and go on with the other files.
"""

from __future__ import annotations

import codecs
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


def read_source(path: str | Path) -> SourceText:
    """Read and decode one report file, or raise :class:`InputError`."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size} bytes is over the {MAX_BYTES} byte limit for one report")
        data = path.read_bytes()
    except InputError:
        raise
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    text, encoding = decode_bytes(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: the file is empty or holds only whitespace")
    return SourceText(path=path, text=text, encoding=encoding)


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
    raise InputError(f"{name}: unknown text encoding (tried UTF-8, UTF-16, GB18030)")


def chinese_share(text: str) -> float:
    """Share of CJK ideographs and CJK punctuation among the non-space characters (of the first
    20,000 characters)."""
    sample = [ch for ch in text[:20000] if not ch.isspace()]
    if not sample:
        return 0.0
    chinese = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’…—")
    return chinese / len(sample)



def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not valid {encoding} at byte {error.start}") from None
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


def _refuse_control_characters(text: str, name: str) -> None:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(8, len(sample) // 200):
        raise InputError(f"{name}: binary data (control characters), not a text file")

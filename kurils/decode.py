"""Bytes to clean Unicode text: encoding detection with a named reason for what cannot be read,
repair of mojibake and invisible characters, quote-straightened copies for matching, spaces."""

from __future__ import annotations

import html
import re
import unicodedata

__all__ = [
    "DecodeError",
    "decode_bytes",
    "for_matching",
    "normalise_whitespace",
    "repair_unicode",
]


class DecodeError(ValueError):
    """Raised when raw bytes are not usable text (empty, binary, undecodable)."""


# --------------------------------------------------------------------------- decoding
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_LETTER_RUN = re.compile(rb"[A-Za-z\x80-\xff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode a file's bytes; return the text and the encoding used.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; UTF-16 without a BOM
    is recognised by its NUL pattern. Other bytes are read as a legacy single-byte code page,
    cp1251 when the non-ASCII letters form whole words (Cyrillic), else cp1252. Raises
    `DecodeError` naming the problem for empty, whitespace-only, binary or undecodable input.
    """
    if not raw:
        raise DecodeError("empty file (0 bytes)")
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if encoding is None and b"\x00" in raw:
        encoding = _utf16_without_bom(raw)
        if encoding is None:
            raise DecodeError("binary file: contains NUL bytes")
    if encoding is None:
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(raw)
    else:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as error:
            raise DecodeError(f"undecodable as {encoding}: {error.reason}") from None
    if not text.strip():
        raise DecodeError("whitespace only: no text")
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise DecodeError(
            f"undecodable: {controls} control characters in {len(text)} decoded as {encoding}"
            " (binary data?)"
        )
    return text, encoding


def _utf16_without_bom(raw: bytes) -> str | None:
    if len(raw) % 2:
        return None
    even_nuls, odd_nuls = raw[0::2].count(0), raw[1::2].count(0)
    half = len(raw) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    """Cyrillic words are all high bytes in cp1251; Western words have a few in cp1252."""
    words = [w for w in _LETTER_RUN.findall(raw) if any(b >= 0xC0 for b in w)]
    share_high = sum(sum(b >= 0xC0 for b in w) / len(w) for w in words) / len(words) if words else 0
    order = ("cp1251", "cp1252") if share_high > 0.6 else ("cp1252", "cp1251")
    for encoding in order:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1"), "latin-1"


# --------------------------------------------------------------------------- unicode repair
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# What shows nothing: a soft hyphen, zero-width characters, a byte order mark, and an emoji's
# variation selectors (the picture perhaps lost: "\ufe0f According to observers, …")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufe0e\ufe0f\ufeff]")
_FFFD_BETWEEN_SPACES = re.compile(r"(?<= )\ufffd(?= )")
_STRAIGHTENED_DASH = re.compile(r'(?<= )â€"(?= )')
_FFFD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\ufffd(?=(?:s|t|d|m|ll|re|ve)\b)")
# A question mark a page's encoding put for a character it could not write (a no-break space):
# opening a line before a capital ("?The works are carried out …") or after a sentence's full
# stop closing one ("… in the Sakhalin-Kuril area.?"; not an abbreviation's: "… from the U.S.?")
_LOST_CHARACTER = re.compile(r"^\?+(?=[A-Z“\"])|(?<=[a-z]{2}\.)\?+$", re.MULTILINE)
_MOJIBAKE_HINT = re.compile(r"[ÃÂâÐÑ][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]")
# UTF-8 read as Shift_JIS (cp932) on a Japanese site's English page: "the group窶冱 activities"
# ("’s"), "ﾃｩ" ("é"); a run that encodes back to cp932 and decodes as UTF-8 with no CJK left.
_CP932_MOJIBAKE = re.compile(r"[窶ﾃﾂ][\u3000-\u30ff\u4e00-\u9fff\uff61-\uff9f]{1,5}")
_CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff61-\uff9f]")
# A double quotation mark typed as two, as wire copy and old pages print it: ``…'' (TeX's),
# ``…″ (AP's, its closing pair made a double prime), ''…'' (Kyodo's)
_TWO_MARKS = re.compile(r"``|''|″")
_OPENS_BEFORE = re.compile(r"(?:^|(?<=[\s(\[—–-]))''(?=\S)")


# An HTML character reference left in a page's text: "ancestors&apos; graves", "&quot;", "&#8217;"
_CHARACTER_REFERENCE = re.compile(
    r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
)


def _unescape_one(match: re.Match[str]) -> str:
    character = html.unescape(match.group(0))
    readable = character and (character.isprintable() or character == "\xa0")
    return character if readable else match.group(0)


def _unescape(text: str) -> str:
    """`text` with its HTML character references read ("&apos;" → "'"), escaped twice or not
    ("&amp;quot;"); an unknown name or a control character's number stays as written."""
    while (unescaped := _CHARACTER_REFERENCE.sub(_unescape_one, text)) != text:
        text = unescaped
    return text


def _undo_cp932(match: re.Match[str]) -> str:
    try:
        text = match.group(0).encode("cp932").decode("utf-8")
    except UnicodeError:
        return match.group(0)
    return match.group(0) if _CJK.search(text) or text.isascii() else text


def repair_unicode(text: str) -> str:
    """Repair mojibake, odd spaces, invisible characters and replacement characters; NFC.

    HTML character references left in the text are read ("ancestors&apos; graves").
    A dash's mojibake whose last byte, a quote mark, was straightened ("HOKKAIDO â€\" Yoi")
    becomes "—"; UTF-8 read as Shift_JIS in English text ("the group窶冱 activities") is read
    again. A replacement character between spaces stood for a dash and becomes "—"; one
    between a letter and "s", "t", "ll" … stood for an apostrophe and becomes "’"; any other is
    dropped, and so is a question mark put for a lost character where none can stand (opening a
    line before a capital, or after a full stop closing one). A double quotation mark typed as
    two (``…'', ''…'') becomes one (“…”).
    Quotes are not straightened here (see `for_matching`). Repairing twice changes nothing.
    """
    repaired = _repair_once(text)
    # Removing an invisible character can join the bytes of more mojibake ("\xadÂ\x80").
    for _ in range(3):
        if not _MOJIBAKE_HINT.search(repaired) or (again := _repair_once(repaired)) == repaired:
            break
        repaired = again
    return repaired


def _repair_once(text: str) -> str:
    if _MOJIBAKE_HINT.search(text):
        import ftfy

        text = ftfy.fix_encoding(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and ";" in text:  # a page's character references: "ancestors&apos; graves"
        text = _unescape(text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    cp932 = "窶" in text or "ﾃ" in text or "ﾂ" in text
    if cp932 and len(_CJK.findall(text)) <= 4 + len(text) // 20:  # English text, not Japanese
        text = _CP932_MOJIBAKE.sub(_undo_cp932, text)
    if "â€" in text:  # a dash's mojibake whose closing byte's quote was straightened: "… â€" …"
        text = _STRAIGHTENED_DASH.sub("—", text)
    if "``" in text or "''" in text:
        text = _two_mark_quotes(text)
    if "?" in text:
        text = _LOST_CHARACTER.sub("", text)
    if "\ufffd" in text:
        text = _FFFD_BETWEEN_SPACES.sub("—", text)
        text = _FFFD_APOSTROPHE.sub("’", text).replace("\ufffd", "")
    return unicodedata.normalize("NFC", text)


def _two_mark_quotes(text: str) -> str:
    """``…'', ``…″ and ''…'' as “…”: '' opens before a word and closes after one; a double
    prime closes only a quote `` opened in its paragraph (else it is inches or seconds)."""
    pieces, last, opened = [], 0, -1
    for match in _TWO_MARKS.finditer(text):
        mark, at = match.group(), match.start()
        if mark == "``" or (mark == "''" and _OPENS_BEFORE.match(text, at)):
            replacement, opened = "“", at
        elif mark == "''" or (opened >= 0 and "\n\n" not in text[opened:at]):
            replacement, opened = "”", -1
        else:
            continue
        pieces += [text[last:at], replacement]
        last = match.end()
    return "".join(pieces) + text[last:]


_MATCHING = str.maketrans("‘’‚‛′`“”„‟″«»–—−", '\'\'\'\'\'\'"""""""---')


def for_matching(text: str) -> str:
    """A copy of `text` with curly quotes, guillemets and dashes made ASCII, character for
    character, so offsets found in the copy are offsets in `text`."""
    return text.translate(_MATCHING)


_RUNS_OF_SPACE = re.compile(r" {2,}")


def normalise_whitespace(line: str) -> str:
    """Collapse runs of spaces and strip the ends of one line."""
    return _RUNS_OF_SPACE.sub(" ", line).strip()

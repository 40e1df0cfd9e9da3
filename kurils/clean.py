"""Pure cleaning steps for scraped pages: decoding, Unicode repair, page furniture, whitespace.

Each step is a small named function; `clean_article` composes them (with the line rules of
`kurils.furniture` and the headline and dateline of `kurils.layout`) and reports removed lines."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from kurils import patterns
from kurils.furniture import (
    LINE_RULES,
    MAX_FURNITURE_WORDS,
    TERMINAL,
    city_line,
    is_body,
    is_copyright_notice,
    is_credit_label,
    is_label,
    is_link_label,
    is_photo_caption,
    line_key,
    n_words,
    script_of,
)
from kurils.layout import (
    Dateline,
    archive_toolbar,
    body_key,
    find_headline,
    is_author_description,
    is_author_note,
    is_footnote,
    is_headline_like,
    is_sentence_headline,
    is_title_bar,
    repeats_body,
    split_dateline,
    unwrap,
)

__all__ = [
    "CleanArticle",
    "DecodeError",
    "Removed",
    "clean_article",
    "decode_bytes",
    "for_matching",
    "language_problem",
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
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_FFFD_BETWEEN_SPACES = re.compile(r"(?<= )\ufffd(?= )")
_FFFD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\ufffd(?=(?:s|t|d|m|ll|re|ve)\b)")
_MOJIBAKE_HINT = re.compile(r"[ÃÂâÐÑ][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]")


def repair_unicode(text: str) -> str:
    """Repair mojibake, odd spaces, invisible characters and replacement characters; NFC.

    A replacement character between spaces stood for a dash and becomes "—"; one between a
    letter and "s", "t", "ll" … stood for an apostrophe and becomes "’"; any other is dropped.
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
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    if "\ufffd" in text:
        text = _FFFD_BETWEEN_SPACES.sub("—", text)
        text = _FFFD_APOSTROPHE.sub("’", text).replace("\ufffd", "")
    return unicodedata.normalize("NFC", text)


_MATCHING = str.maketrans("‘’‚‛′`“”„‟″«»–—−", '\'\'\'\'\'\'"""""""---')


def for_matching(text: str) -> str:
    """A copy of `text` with curly quotes, guillemets and dashes made ASCII, character for
    character, so offsets found in the copy are offsets in `text`."""
    return text.translate(_MATCHING)


_RUNS_OF_SPACE = re.compile(r" {2,}")


def normalise_whitespace(line: str) -> str:
    """Collapse runs of spaces and strip the ends of one line."""
    return _RUNS_OF_SPACE.sub(" ", line).strip()


# --------------------------------------------------------------------------- composition
@dataclass(frozen=True)
class Removed:
    """One line taken out of an article: its 1-based line number, the rule, and the line."""

    line_no: int
    rule: str
    text: str


@dataclass
class CleanArticle:
    """A cleaned article: headline, body paragraphs, the report of what was removed, the
    dateline and the headline's 1-based line number."""

    headline: str | None
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    dateline: Dateline | None = None
    headline_line: int | None = None

    @property
    def text(self) -> str:
        """Headline and body paragraphs, separated by a blank line."""
        return "\n\n".join(([self.headline] if self.headline else []) + self.paragraphs)


# The commonest English function words: 24-50% of the words of English news (the seeds and the
# fixtures), under 3% of German, French, Spanish or Italian news.
_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was at by it from be has have were are this an "
    "which its not or but will would their they he his had been said".split()
)
_LETTER_WORDS = re.compile(r"[^\W\d_]+")
MIN_ENGLISH_SHARE = 0.10
LANGUAGE_SAMPLE = 5000
_SCRIPT_NAMES = {
    "CYRILLIC": "Cyrillic script",
    "CJK": "Chinese or Japanese script",
    "HANGUL": "Korean script",
    "ARABIC": "Arabic script",
    "MIXED": "mixed scripts",
}


def language_problem(text: str) -> str | None:
    """Why `text` is not an English-language article (another script, or too few English
    function words in 30 or more words), or None when it reads as English. Judged on the first
    `LANGUAGE_SAMPLE` characters."""
    sample = text[:LANGUAGE_SAMPLE]
    script = script_of(sample)
    if script not in ("LATIN", None):
        name = _SCRIPT_NAMES.get(script, script)
        return f"written in {name}, not English: kurils analyses English-language articles"
    found = _LETTER_WORDS.findall(sample)
    if len(found) >= 30:
        share = sum(map(_FUNCTION_WORDS.__contains__, map(str.lower, found))) / len(found)
        if share < MIN_ENGLISH_SHARE:
            return (
                f"does not read as English: {share:.0%} of its words are English function words"
                f" (English news: 24-50%)"
            )
    return None


# What follows a standfirst in a page header: its date, byline, share bar or reading time.
_UNDER_STANDFIRST = frozenset({"date_stamp", "byline", "navigation", "page_counter"})


def _header_end(kept: list[tuple[int, str]], first_body: int, removed: dict[int, str]) -> int:
    """Where the header ends: at the first body paragraph, or after it when it is a standfirst
    that the page's date, byline or share bar follows before the next paragraph ("Moscow's
    position has hardened …" / "Dmitri Trenin" / "January 29, 2019" / "Share")."""
    after = [i for i in range(first_body + 1, len(kept)) if is_body(kept[i][1])]
    if not after:
        return first_body
    start, end = kept[first_body][0], kept[after[0]][0]
    if any(removed.get(n) in _UNDER_STANDFIRST for n in range(start + 1, end)):
        return after[0]
    return first_body


def clean_article(text: str) -> CleanArticle:
    """Clean one decoded article: repair Unicode, remove page furniture, keep the headline once.

    Returns a `CleanArticle` whose `removed` lists every line taken out with the rule that took
    it: the `LINE_RULES`, `foreign_script` (UI strings in another script than the article's),
    `title_bar` and `repeated_headline`, `caption` (short lines beside a photo credit, and
    captions of any length that end in a bracketed credit: "FILE - In this … (AP Photo/…)"),
    `repeated_in_body` (a standfirst or caption repeated in a body paragraph), and
    `header_furniture` / `footer_furniture` (short non-sentence lines before the headline, names
    alone on a line between it and the body, short non-sentence lines after the last body
    paragraph, and outlet sign-offs after it), `author_note` (a closing "NAME is a professor at
    …" on the byline's author), `dateline` (the "TOKYO, March 20. /TASS/." prefix of a
    paragraph, or a city alone on its line between headline and body), `footnote` (the "[1] …"
    notes that close a page) and `archive_toolbar` (the Wayback Machine's, above an archived
    page). No other body paragraph is ever removed. A hard-wrapped text is first joined into
    its paragraphs (`kurils.layout.unwrap`); a joined paragraph has its first line's number.
    """
    lines = [normalise_whitespace(line) for line in repair_unicode(text).split("\n")]
    numbered = unwrap(lines)
    text_of = dict(numbered)
    removed: dict[int, str] = {}

    script = script_of(" ".join(line for _, line in numbered))
    for line_no, line in numbered:
        rule = None
        if n_words(line) <= MAX_FURNITURE_WORDS:  # longer: a paragraph, or a long caption
            rule = next((name for name, test in LINE_RULES if test(line)), None)  # type: ignore[operator]
            if rule is None and script not in (None, "MIXED") and not is_body(line):
                own = script_of(line)
                if own is not None and own != script:
                    rule = "foreign_script"
        if rule is None and is_photo_caption(line):
            rule = "caption"
        elif rule is None and is_copyright_notice(line):
            rule = "copyright"
        if rule:
            removed[line_no] = rule

    removed.update(dict.fromkeys(archive_toolbar(numbered), "archive_toolbar"))
    for (line_no, line), (next_no, next_line) in pairwise(numbered):
        if is_credit_label(line) and n_words(next_line) <= 8 and not is_body(next_line):
            removed[next_no] = "photo_credit"  # the credit, not the page's outlet
        elif is_link_label(line) and n_words(next_line) <= 20 and not is_body(next_line):
            removed.setdefault(line_no, "cross_link")  # "DW RECOMMENDS"
            removed[next_no] = "cross_link"  # the linked headline
    position = {n: i for i, (n, _) in enumerate(numbered)}
    credits = [position[n] for n, rule in removed.items() if rule == "photo_credit"]
    kept = [(n, line) for n, line in numbered if n not in removed]
    body_texts = [line for _, line in kept if is_body(line)]
    body = body_key(body_texts)
    first_headline_like = next((n for n, line in kept if is_headline_like(line)), None)
    counts = Counter(line_key(line) for _, line in kept if not is_body(line))
    for line_no, line in kept:
        if line_no != first_headline_like and repeats_body(line, body):
            removed[line_no] = "repeated_in_body"
        elif not is_body(line) and n_words(line) <= 25 and credits:
            distance = min(abs(position[line_no] - c) for c in credits)
            repeated = counts[line_key(line)] > 1
            if (distance == 1 or (distance == 2 and repeated)) and (
                line_no != first_headline_like or repeated
            ):
                removed[line_no] = "caption"
    kept = [(n, line) for n, line in kept if n not in removed]
    first_body = next((i for i, (_, line) in enumerate(kept) if is_body(line)), len(kept))
    lead = [line_key(line) for line in body_texts[:5]]
    following = {n: removed.get(m) for (n, _), (m, _) in pairwise(numbered)}
    headline_at = find_headline(
        [line for _, line in kept[:first_body]],
        lead,
        [following.get(n) == "byline" for n, _ in kept[:first_body]],
    )
    if (
        headline_at is None
        and first_body + 1 < len(kept)
        and is_sentence_headline(kept[first_body][1])
        and any(is_body(line) for _, line in kept[first_body + 1 : first_body + 4])
    ):  # a quotation for a headline, perhaps with a standfirst and a date under it
        headline_at, first_body = first_body, first_body + 1
    headline_no, headline = kept[headline_at] if headline_at is not None else (None, None)
    headline_key = line_key(headline) if headline else None
    header_end = _header_end(kept, first_body, removed) if headline_at is not None else first_body
    # a database export's fields ("Length: 341 words") make every line above its body its own
    export = "export_field" in removed.values()

    for i, (line_no, line) in enumerate(kept):
        if i == headline_at or is_body(line):
            continue
        key = line_key(line)
        if headline_key and key == headline_key:
            removed[line_no] = "repeated_headline"
        elif headline_key and is_title_bar(line, headline_key):
            removed[line_no] = "title_bar"
        elif headline_at is not None and (
            i < headline_at
            or (i < header_end and (is_label(line) or export))
            or (headline_at < i < header_end and is_author_description(line, kept[i - 1][1]))
        ):
            removed[line_no] = "header_furniture"
        elif (
            headline_at is not None
            and i > headline_at
            and n_words(line) <= 2
            and is_label(line)
            and removed.get(numbered[position[line_no] - 1][0]) == "date_stamp"
        ):
            removed[line_no] = "date_stamp"  # the place printed under the date: "Tokyo"

    body_lines = [(n, line) for n, line in kept if n not in removed and n != headline_no]
    last_body = max((i for i, (_, line) in enumerate(body_lines) if is_body(line)), default=-1)
    for line_no, line in body_lines[last_body + 1 :]:
        count = n_words(line)
        if (count <= 15 and not TERMINAL.search(line)) or (
            count <= 10 and patterns.known_outlets(line)
        ):
            removed[line_no] = "footer_furniture"

    for line_no, line in [(n, line) for n, line in body_lines if n not in removed][:0:-1]:
        if not is_footnote(line):
            break
        removed[line_no] = "footnote"  # "[1] Kremlin, "Press statements …", January 22, 2019."
    bylines = [line for n, line in numbered if removed.get(n) in ("byline", "header_furniture")]
    for line_no, line in [(n, line) for n, line in body_lines if n not in removed][:0:-1][:3]:
        if not is_author_note(line, bylines):
            break
        removed[line_no] = "author_note"  # from the end: a bio, then where it first appeared

    paragraphs = [line for n, line in body_lines if n not in removed]
    paragraph_lines = [n for n, _ in body_lines if n not in removed]
    datelines: dict[int, Dateline] = {}
    for i, paragraph in enumerate(paragraphs[:3]):
        found = split_dateline(paragraph)
        if found is not None:
            datelines[paragraph_lines[i]] = found
            removed[paragraph_lines[i]] = "dateline"
            paragraphs[i] = paragraph[found.end :]
    # "TOKYO" or "NAGATO, Yamaguchi —" alone between headline and body, the last of the lines
    # there that are no rule's furniture ("USDJPY" above "JAPANESE YEN SPOT" is a ticker)
    header = kept[headline_at + 1 : first_body] if headline_at is not None else []
    labels = [n for n, _ in header if removed.get(n) == "header_furniture"]
    if not datelines and labels and (city := city_line(text_of[labels[-1]])):
        line = text_of[labels[-1]]
        datelines[labels[-1]] = Dateline(city, None, None, line, len(line))
        removed[labels[-1]] = "dateline"
    report = [
        Removed(n, removed[n], datelines[n].text if n in datelines else text_of[n])
        for n in sorted(removed)
    ]
    dateline = next(iter(datelines.values()), None)
    return CleanArticle(headline, paragraphs, report, dateline, headline_no)

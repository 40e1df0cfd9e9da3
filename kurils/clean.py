"""Pure cleaning steps for scraped pages: decoding, Unicode repair, page furniture, whitespace.

Each step is a small named function; `clean_article` composes them and reports removed lines."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from kurils import patterns

__all__ = [
    "CleanArticle",
    "DecodeError",
    "Removed",
    "clean_article",
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
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_FFFD_BETWEEN_SPACES = re.compile(r"(?<= )\ufffd(?= )")
_FFFD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\ufffd(?=(?:s|t|d|m|ll|re|ve)\b)")
_MOJIBAKE_HINT = re.compile(r"[ÃÂâÐÑ][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]")


def repair_unicode(text: str) -> str:
    """Repair mojibake, odd spaces, invisible characters and replacement characters; NFC.

    A replacement character between spaces stood for a dash and becomes "—"; one between a
    letter and "s", "t", "ll" … stood for an apostrophe and becomes "’"; any other is dropped.
    Quotes are not straightened here (see `for_matching`).
    """
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


# --------------------------------------------------------------------------- line rules
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_TERMINAL = re.compile(r"[.!?…:;\"”'’»)\]]$")

# Words that make up site navigation, share bars and UI prompts, and nothing else.
_NAV_WORDS = frozenset(
    """home news all latest search topics topic tags tag use filter currency converter menu
    share tweet print email e-mail facebook twitter x telegram vk whatsapp linkedin reddit ok
    subscribe login log in sign up register more show load read see comments comment add rate
    it this article partner other media related popular most video videos photo photos gallery
    world politics economy business sport sports society science culture opinion analysis
    multimedia top stories story feed previous next back to page main content skip copy link
    listen audio live blog blogs contact about us privacy policy terms cookies cookie settings
    accept advertisement advertising sponsored newsletter newsletters follow rss app download
    weather markets on the our your and of for a editor's picks recommended trending coverage
    """.split()
)
_CROSS_LINK = re.compile(
    r"^(?:read (?:more|also|next)|also read|see also|related(?: articles?| stories| news)?|"
    r"more(?: on this| news)?|recommended|watch|listen|editor'?s picks?|you may also like|"
    r"continue reading|further reading|more from \w+)\s*[:|»›>–—-]\s*\S",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"^(?:share (?:this|on|via)|subscribe\b|sign up\b|follow (?:us|@)|join (?:us|our)\b|"
    r"click here|download (?:our|the) app|get (?:our|the) (?:newsletter|app)|"
    r"(?:if you (?:find|found|notice|see)|to report) an? (?:error|mistake|typo)|"
    r"please (?:select|highlight)|(?:all )?rights reserved|we use cookies|"
    r"this (?:site|website) uses cookies|"
    r"by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website))",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(
    r"^(?:(?:©|\(c\)\s|copyright\b).*(?:photo|image|picture|getty|/)|(?:photo(?:graph)?|image|picture|illustration|video)\s*"
    r"(?::|by\b|credit|courtesy)|credit\s*:|source\s*:\s*(?:getty|reuters|ap|afp|tass|ria|"
    r"sputnik|epa|kyodo|jiji)|\[?(?:ap|afp|epa|reuters|tass|kyodo|jiji|sputnik|ria novosti|"
    r"getty images|anadolu)(?: photo| images)?\s*/\s*\S)",
    re.IGNORECASE,
)
_PAGE_COUNTER = re.compile(
    r"^(?:\d+\s+pages?\s+in\s+this\s+(?:article|story)|page\s+\d+\s*(?:of|/)\s*\d+|"
    r"\d+\s*(?:of|/)\s*\d+|\d+\s+min(?:ute)?s?\s+read|reading time:?\s*\d+\s*min\w*|"
    r"(?:updated|published|posted)?\s*(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+)?"
    r"(?:ago|just now))\.?$",
    re.IGNORECASE,
)
_CREDITS = re.compile(
    r"^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b.*\)?$", re.IGNORECASE
)
_BYLINE = re.compile(
    r"^(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,3})*$"
)
_CITY_WORDS = re.compile(r"\b[A-Z][A-Z.\-]{2,}\b")


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


@lru_cache(maxsize=65_536)
def _n_words(line: str) -> int:
    return len(_WORD.findall(line))


def _is_navigation(line: str) -> bool:
    words = [w.lower() for w in _words(line)]
    return (
        0 < len(words) <= 8 and not _TERMINAL.search(line) and all(w in _NAV_WORDS for w in words)
    )


_SOURCE_WORDS = frozenset(["the", "news", "agency", "by", "source", "via", "from", "and", "with"])


def _is_source_line(line: str) -> bool:
    """A line that only names an outlet ("KYODO", "Ministry of Foreign Affairs of Japan")."""
    if _n_words(line) > 8:
        return False
    for _, pattern in patterns.OUTLETS:
        match = pattern.search(line.strip())
        if match is not None:
            rest = line[: match.start()] + " " + line[match.end() :]
            return all(w.lower() in _SOURCE_WORDS for w in _words(rest))
    return False


def _is_date_stamp(line: str) -> bool:
    if _n_words(line) > 14:
        return False
    match = patterns.FULL_DATE.search(line)
    if match is None:
        return False
    rest = line[: match.start()] + " " + line[match.end() :]
    rest = patterns.TIME_OF_DAY.sub(" ", rest)
    rest = _CITY_WORDS.sub(" ", patterns.DATE_LINE_WORDS.sub(" ", rest))
    return not re.search(r"[^\W\d_]", rest)


_LETTERS = re.compile(r"[^\W\d_]+")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_SCRIPTS = (
    ("CYRILLIC", re.compile(r"[\u0400-\u052f]")),
    ("CJK", re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")),
    ("HANGUL", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("ARABIC", re.compile(r"[\u0600-\u06ff]")),
)


def _script_of(text: str) -> str | None:
    """The script of at least 80% of the letters of `text` ("MIXED" if none; None if < 3)."""
    total = sum(map(len, _LETTERS.findall(text)))
    if total < 3:
        return None
    others = "".join(_NON_LATIN_LETTER.findall(text))
    if total - len(others) >= 0.8 * total:
        return "LATIN"
    for script, pattern in _SCRIPTS:
        if len(pattern.findall(others)) >= 0.8 * total:
            return script
    return "MIXED"


# Line rules in the order they are tried: name, test. Each is general page furniture, and none
# applies to a line of more than MAX_FURNITURE_WORDS words.
MAX_FURNITURE_WORDS = 30
LINE_RULES: tuple[tuple[str, object], ...] = (
    ("navigation", _is_navigation),
    ("cross_link", lambda line: bool(_CROSS_LINK.search(line))),  # ≤ 30 words, like all
    ("prompt", lambda line: _n_words(line) <= 30 and bool(_PROMPT.search(line))),
    ("photo_credit", lambda line: _n_words(line) <= 15 and bool(_PHOTO_CREDIT.search(line))),
    ("copyright", lambda line: _n_words(line) <= 25 and bool(_COPYRIGHT.search(line))),
    ("source_line", _is_source_line),
    ("page_counter", lambda line: bool(_PAGE_COUNTER.search(line))),
    ("credits", lambda line: _n_words(line) <= 25 and bool(_CREDITS.search(line))),
    ("byline", lambda line: _n_words(line) <= 12 and bool(_BYLINE.search(line))),
    ("date_stamp", _is_date_stamp),
)


# --------------------------------------------------------------------------- composition


@dataclass(frozen=True)
class Removed:
    """One line taken out of an article: its 1-based line number, the rule, and the line."""

    line_no: int
    rule: str
    text: str


@dataclass
class CleanArticle:
    """A cleaned article: headline, body paragraphs and the report of what was removed."""

    headline: str | None
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    dateline: Dateline | None = None

    @property
    def text(self) -> str:
        """Headline and body paragraphs, separated by a blank line."""
        return "\n\n".join(([self.headline] if self.headline else []) + self.paragraphs)


_NON_WORD = re.compile(r"[\W_]+")


def _key(line: str) -> str:
    """A line's words, case-folded, one space apart: lines equal up to case and punctuation."""
    return _NON_WORD.sub(" ", line.casefold()).strip()


def _is_body(line: str) -> bool:
    n_words = _n_words(line)
    return n_words >= 40 or (n_words >= 8 and bool(_TERMINAL.search(line)))


def _is_headline_like(line: str) -> bool:
    n_words = _n_words(line)
    first = line[:1]
    return (
        3 <= n_words <= 30
        and (first.isupper() or first.isdigit() or first in "\"“‘'")
        and (not line.endswith((",", ";", "-", "–", "—")))
    )


def clean_article(text: str) -> CleanArticle:
    """Clean one decoded article: repair Unicode, remove page furniture, keep the headline once.

    Returns a `CleanArticle` whose `removed` lists every line taken out with the rule that took
    it: the `LINE_RULES`, `foreign_script` (UI strings in another script than the article's),
    `title_bar` and `repeated_headline`, `caption` (short lines printed more than once),
    `repeated_in_body` (a standfirst or caption repeated in a body paragraph), and
    `header_furniture` / `footer_furniture` (short non-sentence lines before the headline or
    after the last body paragraph, and outlet sign-offs after it), and `dateline` (the
    "TOKYO, March 20. /TASS/." prefix of a paragraph). Body paragraphs are never removed.
    """
    lines = [normalise_whitespace(line) for line in repair_unicode(text).split("\n")]
    numbered = [(i + 1, line) for i, line in enumerate(lines) if line]
    removed: dict[int, str] = {}

    script = _script_of(" ".join(line for _, line in numbered))
    for line_no, line in numbered:
        if _n_words(line) > MAX_FURNITURE_WORDS:
            continue  # a paragraph: no furniture rule applies
        rule = next((name for name, test in LINE_RULES if test(line)), None)  # type: ignore[operator]
        if rule is None and script not in (None, "MIXED") and not _is_body(line):
            own = _script_of(line)
            if own is not None and own != script:
                rule = "foreign_script"
        if rule:
            removed[line_no] = rule

    position = {n: i for i, (n, _) in enumerate(numbered)}
    credits = [position[n] for n, rule in removed.items() if rule == "photo_credit"]
    kept = [(n, line) for n, line in numbered if n not in removed]
    body_keys = [_key(line) for _, line in kept if _is_body(line)]
    first_headline_like = next((n for n, line in kept if _is_headline_like(line)), None)
    counts = Counter(_key(line) for _, line in kept if not _is_body(line))
    for line_no, line in kept:
        if _repeats_body(line, body_keys):
            removed[line_no] = "repeated_in_body"
        elif not _is_body(line) and _n_words(line) <= 25 and credits:
            distance = min(abs(position[line_no] - c) for c in credits)
            repeated = counts[_key(line)] > 1
            if (distance == 1 or (distance == 2 and repeated)) and (
                line_no != first_headline_like or repeated
            ):
                removed[line_no] = "caption"
    kept = [(n, line) for n, line in kept if n not in removed]
    first_body = next((i for i, (_, line) in enumerate(kept) if _is_body(line)), len(kept))
    headline_at = _find_headline([line for _, line in kept[:first_body]], body_keys[:5])
    headline_no, headline = kept[headline_at] if headline_at is not None else (None, None)
    headline_key = _key(headline) if headline else None

    for i, (line_no, line) in enumerate(kept):
        if i == headline_at or _is_body(line):
            continue
        key = _key(line)
        if headline_key and key == headline_key:
            removed[line_no] = "repeated_headline"
        elif headline_key and _is_title_bar(line, headline_key):
            removed[line_no] = "title_bar"
        elif headline_at is not None and i < headline_at:
            removed[line_no] = "header_furniture"

    body_lines = [(n, line) for n, line in kept if n not in removed and n != headline_no]
    last_body = max((i for i, (_, line) in enumerate(body_lines) if _is_body(line)), default=-1)
    for line_no, line in body_lines[last_body + 1 :]:
        n_words = _n_words(line)
        if (n_words <= 15 and not _TERMINAL.search(line)) or (
            n_words <= 10 and patterns.known_outlets(line)
        ):
            removed[line_no] = "footer_furniture"

    paragraphs = [line for n, line in body_lines if n not in removed]
    paragraph_lines = [n for n, _ in body_lines if n not in removed]
    datelines: dict[int, Dateline] = {}
    for i, paragraph in enumerate(paragraphs[:3]):
        found = split_dateline(paragraph)
        if found is not None:
            datelines[paragraph_lines[i]] = found
            removed[paragraph_lines[i]] = "dateline"
            paragraphs[i] = paragraph[found.end :]
    report = [
        Removed(n, removed[n], datelines[n].text if n in datelines else lines[n - 1])
        for n in sorted(removed)
    ]
    return CleanArticle(headline, paragraphs, report, next(iter(datelines.values()), None))


def _repeats_body(line: str, body_keys: list[str]) -> bool:
    """A standfirst or caption printed again inside a body paragraph."""
    key = _key(line)
    return (
        not _TERMINAL.search(line)
        and len(key) >= 20
        and any(k != key and key in k for k in body_keys)
    )


def _content(key: str) -> set[str]:
    return {word.rstrip("s") for word in key.split() if len(word) > 3}


def _find_headline(candidates: list[str], body_keys: list[str]) -> int | None:
    """Index of the headline among the lines before the first body paragraph.

    Headline-like lines that are a title bar of a later line are skipped. A line printed twice
    (page title and headline) wins; otherwise the line sharing most content words with the body
    (a site tagline shares few); ties go to the earliest.
    """
    keys = [_key(line) for line in candidates]
    body_words = _content(" ".join(body_keys))
    best, best_score = None, -1.0
    for i, line in enumerate(candidates):
        if not _is_headline_like(line):
            continue
        if any(_is_title_bar(line, later) for later in keys[i + 1 :] if later) or any(
            _is_title_bar(other, keys[i], sides=(-1,)) for other in candidates
        ):
            continue  # a page title, or the site name that ends one
        words = _content(keys[i])
        if keys.count(keys[i]) > 1 or any(
            _is_title_bar(other, keys[i], sides=(0,)) for other in candidates if other != line
        ):
            score = 2.0
        else:
            score = len(words & body_words) / len(words) if words else 0.0
        if score > best_score:
            best, best_score = i, score
    return best


_TITLE_SEPARATOR = re.compile(r"\s+(?:[/|»:]{1,2}|[-–—]{1,2})\s+")


def _is_title_bar(line: str, headline_key: str, *, sides: tuple[int, ...] = (0, -1)) -> bool:
    """True for an HTML-title line: the headline plus site segments ("H / News / Site"), with
    the headline at one of `sides` (first or last segment)."""
    segments = _TITLE_SEPARATOR.split(line)
    return len(segments) > 1 and any(_key(segments[side]) == headline_key for side in sides)


@dataclass(frozen=True)
class Dateline:
    """The dateline that opened a paragraph: city, the agency or source in brackets or slashes,
    the date as printed, and where the body text starts after it."""

    city: str
    source: str | None
    date: str | None
    text: str
    end: int


def split_dateline(paragraph: str) -> Dateline | None:
    """Recognise a dateline at the start of a paragraph ("TOKYO, March 20. /TASS/.",
    "MOSCOW (Reuters) -", "TOKYO (Pakistan Point News / Sputnik - 03rd July, 2020)")."""
    for pattern in patterns.DATELINES:
        match = pattern.match(paragraph)
        if match is None:
            continue
        groups = match.groupdict()
        city = groups["city"].strip()
        source = groups.get("slash") or groups.get("paren")
        if city.upper() in patterns.NOT_CITIES or len(city) < 3:
            return None
        if not city.isupper() and not (source and patterns.known_outlets(source)):
            return None
        described = source and (patterns.known_outlets(source) or patterns.FULL_DATE.search(source))
        if source and not described and len(_words(source)) > 4:
            return None
        return Dateline(city, source, groups.get("date"), match.group(0).strip(), match.end())
    return None

"""Is a text an English-language article? The script most of its letters are written in, and
the share of English function words among its words."""

from __future__ import annotations

import re

__all__ = [
    "LANGUAGE_SAMPLE",
    "MIN_ENGLISH_SHARE",
    "is_foreign_line",
    "language_problem",
    "latin_head",
    "mostly_latin",
    "other_script_word",
    "script_of",
]

_LETTERS = re.compile(r"[^\W\d_]+")
_THREE_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){2}")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_SCRIPTS = (
    ("CYRILLIC", re.compile(r"[\u0400-\u052f]")),
    ("CJK", re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")),
    ("HANGUL", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("ARABIC", re.compile(r"[\u0600-\u06ff]")),
)


def script_of(text: str) -> str | None:
    """The script of at least 80% of the letters of `text` ("MIXED" if none; None if < 3)."""
    others = "".join(_NON_LATIN_LETTER.findall(text))
    if not others:  # the common case, decided without counting every letter
        return "LATIN" if _THREE_LETTERS.search(text) else None
    total = sum(map(len, _LETTERS.findall(text)))
    if total < 3:
        return None
    if total - len(others) >= 0.8 * total:
        return "LATIN"
    for script, pattern in _SCRIPTS:
        if len(pattern.findall(others)) >= 0.8 * total:
            return script
    return "MIXED"


# The commonest English function words: 24-50% of the words of English news (the seeds and the
# fixtures), under 3% of German, French, Spanish or Italian news.
_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was at by it from be has have were are this an "
    "which its not or but will would their they he his had been said".split()
)
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
    found = _LETTERS.findall(sample)
    if len(found) >= 30:
        share = sum(map(_FUNCTION_WORDS.__contains__, map(str.lower, found))) / len(found)
        if share < MIN_ENGLISH_SHARE:
            return (
                f"does not read as English: {share:.0%} of its words are English function words"
                f" (English news: 24-50%)"
            )
    return None


# Function words of the other languages of European news pages; none is an English word.
_FOREIGN_FUNCTION_WORDS = frozenset(
    "le la les du des une et est sur dans pour avec au aux en "  # French
    "der die das und ist nicht mit ein eine auf dem den zu "  # German
    "el los las del y con por una es que "  # Spanish
    "il di della che per non sono".split()  # Italian
)


_ENGLISH_HINT = re.compile(r"\b(?:" + "|".join(sorted(_FUNCTION_WORDS)) + r")\b", re.IGNORECASE)


def mostly_latin(text: str) -> bool:
    """Whether more than half the letters of `text` are Latin ("- Habomai rocks (Russian:
    острова Хабомаи)/Habomai Islands (Japanese: 歯舞諸島)", names quoted in their scripts)."""
    others = sum(map(len, _NON_LATIN_LETTER.findall(text)))
    return 2 * others < sum(map(len, _LETTERS.findall(text)))


def other_script_word(line: str) -> bool:
    """Whether the letters of `line`, one or two (too few for `script_of`), are all in a script
    other than Latin: a word of a Japanese page's interface ("本文"), or a count in it ("287語")."""
    return (
        _NON_LATIN_LETTER.search(line) is not None
        and sum(map(len, _LETTERS.findall(line))) < 3
        and not re.search(r"[A-Za-z\u00c0-\u024f]", line)
    )


def latin_head(text: str) -> str:
    """`text` up to its first letter in a script other than Latin ("… said in its announcement.
    - ремонт квартир" → "… said in its announcement. - ")."""
    found = _NON_LATIN_LETTER.search(text)
    return text[: found.start()] if found else text


def is_foreign_line(line: str) -> bool:
    """A line in Latin script that is not English: five or more words, no English function word
    and at least two of French, German, Spanish or Italian ("Lecture du Monde en cours sur un
    autre appareil.", a paywall's notice on an English page)."""
    if _ENGLISH_HINT.search(line):  # the common case, decided in one search
        return False
    found = [w.lower() for w in _LETTERS.findall(line)]
    return (
        len(found) >= 5
        and not any(w in _FUNCTION_WORDS for w in found)
        and sum(w in _FOREIGN_FUNCTION_WORDS for w in found) >= 2
    )

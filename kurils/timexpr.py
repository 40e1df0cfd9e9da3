"""Time expressions of one document: found by pattern and resolved against the publication
date or the narrative (the last date the text named)."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date, timedelta
from typing import NamedTuple

from kurils import patterns

__all__ = ["PATTERNS", "Expression", "document_expressions"]

_MONTH_CAP = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_YEAR = r"(?:1[89]\d\d|20[0-4]\d)"
_NOT_BEFORE = r"(?<![\w$¥€£#.,+/:-])"
_NOT_AFTER = r"(?![\w+]|[.,:]\d|\s*(?:%|percent|per cent|km|kilometers|kilometres|miles|tons|tonnes"
_NOT_AFTER += r"|troops|soldiers|people|residents|yen|rubles|roubles|dollars|meters|metres)\b)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Patterns in priority order: at overlapping places the earlier, then the longer, wins.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("full_date", patterns.FULL_DATE),
    (  # "December 2016", and a range of its days: "December 15-16, 2016"
        "month_year",
        re.compile(
            rf"\b(?P<month>{_MONTH_CAP})\s+(?:of\s+|[0-3]?\d\s*[-–]\s*[0-3]?\d,?\s+)?"
            rf"(?P<year>{_YEAR})\b"
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"\b(?:(?P<m1>{_MONTH_CAP})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_CAP}))(?![\w,]*\s*\d)\b"
        ),
    ),
    (
        "span",
        re.compile(rf"{_NOT_BEFORE}(?P<y1>{_YEAR})\s*[-–—]\s*(?P<y2>{_YEAR}|\d\d){_NOT_AFTER}"),
    ),
    (
        "century",
        re.compile(
            r"\b(?:the\s+)?(?:(?:early|mid|late|middle of the)[- ]?)?(?P<n>\d{1,2})(?:st|nd|rd|th)"
            r"[- ]century\b",
            re.IGNORECASE,
        ),
    ),
    (
        "decade",
        re.compile(r"\b(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?P<decade>(?:1[89]|20)\d0)['’]?s\b"),
    ),
    (  # a year counted on from the last year the text named: "the following year", "a year
        # later", "later that year" (not "in the next year", "over the next year": from now; nor
        # "the previous year", which a report's figures mostly count from its own year)
        "year_sequence",
        re.compile(
            r"\b(?:[Tt]he(?<![Ii]n the)(?<![Ww]ithin the)(?<![Oo]ver the)(?<![Dd]uring the)"
            r"(?<![Ff]or the)\s+"
            r"(?P<after>following|next)\s+year|(?:[Aa]|[Oo]ne)\s+year\s+(?P<later>later)|"
            r"(?:(?:[Ll]ater|[Ee]arlier)\s+(?:that|the\s+same)|[Tt]hat\s+same)\s+year)\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:(?P<late>late|early|earlier|later)\s+)?(?P<which>last|this|next|past)\s+"
            r"(?P<unit>year|month|week)\b|\b(?P<day>today|yesterday|tomorrow)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    (  # (not the weekday of the date after it: "Thursday, July 14")
        "weekday",
        re.compile(
            rf"\b(?:(?P<next>next|last|this)\s+|on\s+)?(?P<weekday>{_WEEKDAY})\b"
            rf"(?!,?\s+(?:{_MONTH_CAP}\s+[0-3]?\d|[0-3]?\d\s+{_MONTH_CAP})\b)"
        ),
    ),
    (  # a day counted from the last day the text named: "the following day", "the day before"
        "sequence",
        re.compile(
            r"\bthe\s+(?:(?P<after>following|next)|(?P<before>previous|preceding))\s+day\b|"
            r"\bthe\s+day\s+(?:(?P<after2>after)|(?P<before2>before))\b(?!\s+(?:yesterday|today))",
            re.IGNORECASE,
        ),
    ),
    (
        "bare_month",
        re.compile(
            rf"\b(?P<prep>(?:[Ll]ater|[Ee]arlier|[Tt]hen)\s+in|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Ff]or|"
            rf"[Ee]arly|[Ll]ate|[Mm]id|[Tt]his|[Ll]ast|[Nn]ext)(?:\s+|-)(?P<month>{_MONTH_CAP})"
            rf"(?!\s*\d)\b"
        ),
    ),
    ("year", re.compile(rf"{_NOT_BEFORE}(?P<year>{_YEAR}){_NOT_AFTER}")),
)
# The words every "year_sequence" holds, whatever their case
_YEAR_ON = ("ollowing year", "ext year", "year later", "hat year", "ame year")
_NARRATIVE_CUE = re.compile(r"^(?:later|earlier|then)\s+in$", re.IGNORECASE)
# The year a month or "Month day" is of, named after it: "in December last year"
_WHICH_YEAR = re.compile(r"\s+(?P<which>last|this|next)\s+year\b", re.IGNORECASE)
# … or the year the text named last: "continued to early September that year", "in December of
# the same year"
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
# A year before the noun it names ("the 1956 declaration", "its 1945 surrender", "the 2016 poll"),
# or the bound of a span ("since 2012", "by 2023"): not when the story happens
_NAMING_YEAR = re.compile(
    r"[ \t]+(?!(?:and|or|but|to|the|a|an|when|after|before|as|with|in|on|at|of|for|by|from|"
    r"until|that|which|while|was|were|is|are|had|has|have|will|would|it|he|she|they|we|its|"
    r"their|his|her|there|then|than|so|if|because|since|during|through|under|over|against|"
    r"onwards?|up|alone|only|did|also)\b)[a-z]"
)
_SINCE = re.compile(r"\b(?:since|from|until|till|by|before|after)\s+$", re.IGNORECASE)
# Future tense in the clause before a month, a "Month day" or a weekday: "will visit on Friday",
# "agreed to hold a meeting in February", "is scheduled to", "said he would", "scheduled in".
_FUTURE = re.compile(
    r"\b(?:will|shall|would|won't|wouldn't)\b|['’]ll\b|\bupcoming\b|"
    r"\b(?:plan|plans|planned|planning|intend|intends|intended|aim|aims|agreed|agree|agrees|"
    r"hope|hopes|expected|scheduled|due|slated|preparing|prepares|set)\s+to\s+(?!the\b|an?\b)\w|"
    # … or what is scheduled for a month or a day: "Abe's visit to Russia scheduled in April"
    # (not what was: "had originally been scheduled for June")
    r"(?<!been\s)(?<!was\s)(?<!were\s)(?<!originally\s)\b(?:scheduled|slated|due)\s*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r".*(?:[.!?]['\"”’]?\s|[,;:\n])", re.DOTALL)


# A "Month day" this many days after publication or fewer is the coming one, whatever the tense
_SOON_DAYS = 62


def _future(text: str, start: int) -> bool:
    """True when the clause that ends at `start` speaks of the future (see `_FUTURE`)."""
    before = text[max(0, start - 150) : start]
    clause = before[end.end() :] if (end := _CLAUSE_END.match(before)) else before
    return _FUTURE.search(clause) is not None


class Expression(NamedTuple):
    """One time expression: surface text, offsets, ISO-like value, granularity, anchor."""

    text: str
    start: int
    end: int
    value: str | None
    granularity: str
    anchor: str


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Non-overlapping matches: an earlier pattern wins over a later one, then a longer match
    over a shorter; returned in text order."""
    found = []
    for priority, (kind, pattern) in enumerate(PATTERNS):
        if kind == "year_sequence" and not any(words in text for words in _YEAR_ON):
            continue  # (a quick test first: few texts count a year on)
        for match in pattern.finditer(text):
            found.append((priority, match.start() - match.end(), match.start(), kind, match))
    found.sort(key=lambda c: c[:3])
    taken: list[tuple[int, int]] = []
    chosen = []
    for _, _, start, kind, match in found:
        if all(match.end() <= s or start >= e for s, e in taken):
            taken.append((start, match.end()))
            chosen.append((start, match.end(), kind, match))
    return sorted(chosen, key=lambda c: c[0])


def document_expressions(text: str, published: date | None) -> list[Expression]:
    """Find and resolve the time expressions of one document (see `time_expressions`)."""
    expressions: list[Expression] = []
    anchor: tuple[int, int | None] | None = None  # (year, month or None) of the last date
    year_at = 0  # where the last date that is a year alone was named
    anchor_at = 0  # where the last date was named
    last_day: date | None = None  # the last day the text named, for "the following day"
    last_year: int | None = None  # the year of the last date or year named, for "that year"
    future_end, future_kind = -1, ""  # where the last date the future tense spoke of ended
    for start, end, kind, match in _candidates(text):
        if anchor is not None and anchor[1] is None and "\n\n" in text[year_at:start]:
            anchor = None  # a year alone sets the narrative of its own paragraph only
        surface = text[start:end]
        value, granularity, how = None, "day", "absolute"
        if kind == "full_date":
            day = patterns.full_date_value(match)
            if day is None:
                continue
            value, anchor, anchor_at = day.isoformat(), (day.year, day.month), start
        elif kind == "month_year":
            month, year = patterns.month_number(match["month"]), int(match["year"])
            value, granularity, anchor = _month_value(year, month), "month", (year, month)
            anchor_at = start
        elif kind == "span":
            first = match["y1"]
            second = match["y2"] if len(match["y2"]) == 4 else first[:2] + match["y2"]
            if int(second) <= int(first):
                continue
            split = start + match.start("y2") - match.start()
            expressions.append(Expression(first, start, start + 4, first, "year", "absolute"))
            expressions.append(Expression(match["y2"], split, end, second, "year", "absolute"))
            continue
        elif kind == "century":
            value, granularity = f"{int(match['n']) - 1:02d}XX", "century"
        elif kind == "decade":
            value, granularity = match["decade"][:3] + "X", "decade"
        elif kind == "sequence":
            if last_day is None:
                value, how = None, "unresolved"
            else:
                step = 1 if (match["after"] or match["after2"]) else -1
                value, how = (last_day + timedelta(days=step)).isoformat(), "narrative"
        elif kind == "year_sequence":
            granularity = "year"
            if last_year is None:
                how = "unresolved"
            else:
                step = 1 if match["after"] or match["later"] else 0  # 0: "later that year"
                value, how = f"{last_year + step:04d}", "narrative"
                anchor, year_at = (last_year + step, None), start  # the narrative's year now
                anchor_at = start
        elif kind == "year":
            value, granularity = match["year"], "year"
            # a bare year does not end a month narrative; nor does a year that names a thing
            # ("the 1956 declaration", "its 1945 surrender") or starts a span ("since 2012")
            if (anchor is None or anchor[1] is None) and not (
                _NAMING_YEAR.match(text, end) or _SINCE.search(text, max(0, start - 8), start)
            ):
                anchor, year_at = (int(match["year"]), None), start
                anchor_at = start
        elif kind == "month_day" and published is None:
            # no publication date: the year of a date named before it in its paragraph ("On 19
            # October 1956, …" / "On 12 December, it entered into force": 1956-12-12)
            # (not a day of every year, nor after the start of a span: "Since February 2022, …"
            # / "… adopted on January 10")
            month, day = patterns.month_day_value(match)
            near = (
                anchor
                if anchor is not None
                and "\n\n" not in text[anchor_at:start]
                and not _SINCE.search(text, max(0, anchor_at - 8), anchor_at)
                and not _EVERY_YEAR.search(text, max(0, start - 20), min(len(text), end + 20))
                else None
            )
            value, how = _in_the_year_of(near, month, day)
        elif kind in ("month_day", "bare_month") and _THAT_YEAR.match(text, end):
            # "in September that year": of the year named last, wherever it was
            value, granularity, how = _in_year(kind, match, last_year, "narrative")
            if value is not None:
                anchor, anchor_at = (int(value[:4]), int(value[5:7])), start
        elif kind in ("month_day", "bare_month") and (which := _WHICH_YEAR.match(text, end)):
            # "in December last year", "on Dec. 15 this year": that year's, from publication
            offset = {"last": -1, "this": 0, "next": 1}[which["which"].lower()]
            year = None if published is None else published.year + offset
            value, granularity, how = _in_year(kind, match, year, "document_date")
            if value is not None:
                anchor, anchor_at = (int(value[:4]), int(value[5:7])), start
        else:
            future = kind in ("month_day", "weekday", "bare_month") and (
                _future(text, start)
                or (
                    kind == future_kind
                    and _LISTED_AFTER.fullmatch(text, future_end, start) is not None
                )
            )
            future_end, future_kind = (end, kind) if future else (-1, "")
            value, granularity, how = _relative(kind, match, published, anchor, future)
            if value is not None and granularity in ("day", "month"):
                anchor, anchor_at = (int(value[:4]), int(value[5:7])), start
        if value is not None and granularity == "day":
            last_day = date.fromisoformat(value)
        if value is not None and granularity in ("day", "month", "year"):
            last_year = int(value[:4])
        expressions.append(Expression(surface, start, end, value, granularity, how))
    return expressions


# What lies between a date the future tense spoke of and the next one of its kind listed after it
# in its sentence, no verb in the past tense among them: "upcoming events -- the G8 summit in
# Canada in June, another meeting in Russia in September and an APEC conference in Japan in
# November" (not "… on March 20, Inada told reporters after a meeting on March 17")
_LISTED_AFTER = re.compile(r"(?:(?!\b(?:\w+ed|said|told|met|held|began|saw)\b)[^.;!?\n]){1,80}")
# A day of every year: "held annually on February 7", "on Feb. 7 every year"
_EVERY_YEAR = re.compile(r"\b(?:annually|yearly|every year|each year)\b", re.IGNORECASE)


def _in_the_year_of(
    anchor: tuple[int, int | None] | None, month: int, day: int
) -> tuple[str | None, str]:
    """A "Month day" in the narrative's year (`anchor`: the year and month, or None, of the last
    date named), the next year's when its month comes before the anchor's; value and how."""
    if anchor is None:
        return None, "unresolved"
    year = anchor[0] + (anchor[1] is not None and month < anchor[1])
    with suppress(ValueError):  # "February 29" of a year that has none
        return date(year, month, day).isoformat(), "narrative"
    return None, "unresolved"


def _in_year(kind: str, match: re.Match[str], year: int | None, how: str):
    """A month or "Month day" (`kind`) in `year`, the year the words after it name ("in
    September that year", "in December last year"): value, granularity and `how`; unresolved
    with no year, or no such day ("February 29" of a year that has none)."""
    granularity = "day" if kind == "month_day" else "month"
    if year is None:
        return None, granularity, "unresolved"
    if kind == "bare_month":
        return _month_value(year, patterns.month_number(match["month"])), granularity, how
    month, day = patterns.month_day_value(match)
    with suppress(ValueError):
        return date(year, month, day).isoformat(), granularity, how
    return None, granularity, "unresolved"


def _relative(kind: str, match: re.Match[str], published: date | None, anchor, future: bool):
    """Resolve a relative expression: value, granularity, anchor kind. A month, "Month day" or
    weekday is the latest on or before publication, or the next after it when `future`; a
    "Month day" in the two months after publication is that one whatever the tense ("Putin's
    visit to Japan on Dec. 15" on December 3, not a year before)."""
    if kind == "relative":
        if match["day"]:
            if published is None:
                return None, "day", "unresolved"
            delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[match["day"].lower()]
            return (published + timedelta(days=delta)).isoformat(), "day", "document_date"
        unit, which = match["unit"].lower(), match["which"].lower()
        if published is None:
            return None, unit, "unresolved"
        delta = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "year":
            return f"{published.year + delta:04d}", "year", "document_date"
        if unit == "week":  # the ISO week: "2020-W27"
            year, week, _ = (published + timedelta(weeks=delta)).isocalendar()
            return f"{year:04d}-W{week:02d}", "week", "document_date"
        return (
            _month_value(*_shift_month(published.year, published.month, delta)),
            "month",
            "document_date",
        )
    if kind == "ago":
        if published is None:
            return None, match["unit"].lower().replace("week", "day"), "unresolved"
        words = "a an one two three four five six seven eight nine ten".split()
        n = int(match["n"]) if match["n"].isdigit() else max(words.index(match["n"].lower()) - 1, 1)
        unit = match["unit"].lower()
        if unit in ("day", "week"):
            return (
                (published - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(),
                "day",
                "document_date",
            )
        if unit == "month":
            return (
                _month_value(*_shift_month(published.year, published.month, -n)),
                "month",
                "document_date",
            )
        return f"{published.year - n:04d}", "year", "document_date"
    if kind == "month_day":
        month, day = patterns.month_day_value(match)
        if published is None:
            return None, "day", "unresolved"
        days = []
        for year in (published.year - 1, published.year, published.year + 1):
            with suppress(ValueError):  # "February 29" of a year that has none
                days.append(date(year, month, day))
        coming = next((day for day in days if day >= published), None)
        past = next((day for day in reversed(days) if day <= published), None)
        soon = coming is not None and (coming - published).days <= _SOON_DAYS
        chosen = coming if future or soon else past
        if chosen is None:
            return None, "day", "unresolved"
        return chosen.isoformat(), "day", "document_date"
    if kind == "weekday":
        if published is None:
            return None, "day", "unresolved"
        target = patterns.WEEKDAYS.index(match["weekday"].lower())
        back = (published.weekday() - target) % 7
        which = (match["next"] or "").lower()
        if which == "next" or (future and which != "last"):
            day = published + timedelta(days=(target - published.weekday()) % 7 or 7)
        elif which == "last" and back == 0:
            day = published - timedelta(days=7)
        else:
            day = published - timedelta(days=back)
        return day.isoformat(), "day", "document_date"
    # A bare month: the most recent such month on or before publication (the next one on or
    # after it when the clause speaks of the future), unless the narrative (the last date in the
    # text) leads to the same month or there is no publication date.
    month = patterns.month_number(match["month"])
    prep = re.sub(r"\s+", " ", match["prep"])
    narrative = None
    if anchor is not None:
        year, anchor_month = anchor
        if anchor_month is None or month >= anchor_month:
            narrative = (year, month)
        else:
            narrative = (year + 1, month)
    if prep.lower() in ("next", "this", "last") and published is not None:
        delta = {"next": 1, "this": 0, "last": -1}[prep.lower()]
        year = published.year + delta if prep.lower() != "this" else published.year
        return _month_value(year, month), "month", "document_date"
    if published is not None:
        year = published.year if month <= published.month else published.year - 1
        if future:
            year = published.year if month >= published.month else published.year + 1
        if narrative == (year, month) or (_NARRATIVE_CUE.match(prep) and narrative):
            return _month_value(*narrative), "month", "narrative"
        return _month_value(year, month), "month", "document_date"
    if narrative is not None:
        return _month_value(*narrative), "month", "narrative"
    return None, "month", "unresolved"

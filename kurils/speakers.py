"""Who speaks: the words that name a speaker ("X said", "according to X") and their resolution
through the codebook (names, dated roles, countries), for quotations and stance sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kurils.codebook import Actor, Codebook
from kurils.decode import for_matching
from kurils.text import ABBREVIATIONS

__all__ = [
    "ADVERB",
    "ASIDE",
    "INSTITUTION",
    "NAME",
    "ROLE",
    "SOMEONE",
    "SPEECH_SUBJECT",
    "VERBS",
    "WHO",
    "Speaker",
    "actor_patterns",
    "clause_subject",
    "latest_subject",
    "opening_name",
    "resolve_speaker",
    "speech_subjects",
]

VERBS = (
    r"(?:said|says|say|added|adds|told|tells|noted|notes|stressed|stresses|stated|states|"
    r"explained|wrote|asked|insisted|insists|warned|warns|emphasi[sz]ed|declared|continued|"
    r"remarked|replied|argued|announced|announces|urged|underlined|underscored|pointed out|"
    r"commented|confirmed|claimed|recalled|reiterated|acknowledged|admitted|believes|"
    r"complained|conceded|observed|vowed|promised|suggested|cautioned|went on|goes on|spoke|"
    r"was quoted|were quoted|is quoted|reads)"  # "…," the statement reads.
)
_CAP = r"[A-Z][\w'’.\-]*"
_LINK = r"(?:of|the|for|and|de|von|al|bin)"
_TITLE_WORD = r"(?:spokesman|spokeswoman|spokesperson|minister|ambassador|envoy|official)"
# Words of a name or role are one space apart: never across a paragraph break ("Title\n\nRussia")
NAME = rf"(?:[Tt]he )?{_CAP}(?: (?:{_LINK} |{_TITLE_WORD} )?{_CAP}){{0,7}}"
_ROLE_NOUN = (
    r"(?:minister|president|premier|prime minister|diplomat|spokesman|spokeswoman|spokesperson|"
    r"official|officials|ambassador|ministry|government|leader|secretary|governor|envoy|"
    r"chancellor|senator|lawmaker|source|sources|analyst|expert|kremlin|statement|officer|"
    r"director|chairman|chairwoman|mayor|representative|aide|adviser|advisor|professor|chief|"
    r"head|command|embassy|agency|committee|office|department|service|council|administration|"
    r"district)"
)
# "the foreign minister", "Japan's top government spokesman"
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)"
ROLE = (
    rf"(?:{_DETERMINER}|[A-Z][a-z]+['’]s) (?:(?!{_DETERMINER} )[\w'’\-]+ ){{0,5}}?"
    rf"(?i:{_ROLE_NOUN})(?: {_ROLE_NOUN})?"  # "an agency official", "the embassy spokesman"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
_PORTFOLIO = r"(?:(?:foreign|defen[cs]e)\s+)?"
# "the minister", "the foreign ministry", "the statement": the speaker named before them
_BARE_ROLE = re.compile(rf"(?:the|his|her)\s+{_PORTFOLIO}{_ROLE_NOUN}")
# an institution that speaks for its country: "Russia said … the foreign ministry said"
INSTITUTION = re.compile(rf"the\s+{_PORTFOLIO}(?:ministry|government|statement)")
# A title in lower case before a name, without an article: "ministry spokesman Mikhail Kamynin"
_TITLED = rf"(?:[a-z][\w'’\-]* ){{0,2}}{_ROLE_NOUN} {_CAP}(?: {_CAP}){{0,2}}"
# Someone unnamed: "one of them told the rally", "one of the residents said", "said one
# 81-year-old man in Nemuro"
SOMEONE = (
    r"(?:[Oo]ne of (?:them|those|the [\w'’\-]+)|(?:[Oo]ne|[Aa]n?|[Aa]nother) (?:[\w'’\-]+ ){0,3}?"
    r"(?:man|woman|resident|islander|fisherman|participant|protester|voter|student|teacher|"
    r"veteran)(?: (?:in|from) [A-Z][\w'’\-]*)?)"
)
# Where an unnamed speaker works or whom they speak for, after the role: "an official at the
# Japanese Embassy in Moscow said", "a spokesman for the ministry said"
_QUALIFIER = r"(?: (?:at|of|for|from|in|with) (?:the |an? )?[\w'’\-]+(?: [\w'’\-]+){0,4}?)?"
WHO = rf"\b(?P<who>(?:{SOMEONE}|{ROLE}){_QUALIFIER}|{NAME}|{_TITLED}|{_PRONOUN})"  # not "the said"
# ", speaking at a news conference," or ", who visited Tokyo last week," between a speaker and
# the verb
ASIDE = r"(?:\s*,[^,\"“”\n]{1,80},)?"
ADVERB = r"(?:also\s+|then\s+|later\s+|has\s+|had\s+|have\s+|earlier\s+|repeatedly\s+)?"

SPEECH_SUBJECT = re.compile(rf"{WHO}{ASIDE}\s+{ADVERB}{VERBS}\b")
_WHO = re.compile(WHO)
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")
# The full stop after a name at a sentence's end, not an initial's or a title's ("Mr.", "U.S.")
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.$")
# … or inside the words, the next sentence's first word after it ("Zakharov. Legitimate"), but
# after a title's abbreviation ("Gen. Smith")
_NAME_ENDS = re.compile(r"(?<=[a-z]{2})\. (?=[A-Z])")
_TITLE_ABBREVIATIONS = ABBREVIATIONS | {"hon", "rev", "amb"}

COUNTRIES = {
    "japan": ("Japan", "japan"),
    "tokyo": ("Japan", "japan"),
    "the japanese government": ("Japan", "japan"),
    "japanese government": ("Japan", "japan"),
    "russia": ("Russia", "russia"),
    "moscow": ("Russia", "russia"),
    "the russian government": ("Russia", "russia"),
    "russian government": ("Russia", "russia"),
}
# … or the side of the body or region they speak for: "the Chairman of the State Duma", "the
# Governor of the Sakhalin Region", "a Hokkaido prefectural official"
_ADJECTIVE_SIDE = (
    ("japan", re.compile(r"\b(?:Japan(?:ese|'s|’s)?|Hokkaido|Nemuro|Kantei)\b")),
    ("russia", re.compile(r"\b(?:Russia(?:n|'s|’s)?|Kremlin|Soviet|Duma|Sakhalin|Kamchatka)\b")),
)


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the name to report, the side, and how it was resolved."""

    name: str | None
    side: str
    how: str


def resolve_speaker(
    who: str, codebook: Codebook, published: date | None, previous: Speaker | None
) -> Speaker:
    """Resolve the words naming a speaker.

    A codebook name inside them wins ("Prime Minister Fumio Kishida" → Fumio Kishida); then a
    dated role ("the Japanese foreign minister" in 2017 → Fumio Kishida); a pronoun or a bare
    "the minister" takes the previous speaker; a country or capital speaks for its side;
    anything else keeps its surface form, its side read from the first "Japanese" / "Russian" in
    it.
    """
    text = for_matching(" ".join(who.split()))  # "Japan’s" matches the codebook's "Japan's"
    if (end := _NAME_ENDS.search(text)) and text[: end.start()].rsplit(" ", 1)[-1].lower() not in (
        _TITLE_ABBREVIATIONS
    ):  # '…", — said Zakharov. Legitimate sovereignty …': the name ends at the stop
        text = text[: end.start()]
    text = _SENTENCE_STOP.sub("", text)  # '…," said Vera.' ends a sentence: not "Vera."
    lowered = text.lower()
    any_alias, actors = actor_patterns(codebook)
    if any_alias.search(lowered):
        for pattern, actor in actors:
            if pattern.search(lowered):
                return Speaker(actor.name, actor.side, "name")
    for role, forms in codebook.roles.items():
        if any(form.lower() in lowered for form in forms):
            holder = codebook.holder(role, published)
            if holder is not None:
                return Speaker(holder.name, holder.side, "role")
            return Speaker(text, role.split("_")[0] if "_" in role else "other", "role_unresolved")
    bare = re.sub(r"^(?:the|a|an)\s+", "", lowered)
    if re.fullmatch(_PRONOUN, text) or (_BARE_ROLE.fullmatch(lowered) and previous is not None):
        if previous is not None and previous.name is not None:
            return Speaker(previous.name, previous.side, "pronoun")
        return Speaker(None, "none", "pronoun_unresolved")
    if bare in COUNTRIES or lowered in COUNTRIES:
        name, side = COUNTRIES.get(lowered) or COUNTRIES[bare]
        return Speaker(name, side, "country")
    # the side named first: "an official of the Russian Embassy in Japan" is Russia's
    sides = [(m.start(), side) for side, pattern in _ADJECTIVE_SIDE if (m := pattern.search(text))]
    return Speaker(text, min(sides)[1] if sides else "other", "surface")


@lru_cache(maxsize=8)
def actor_patterns(
    codebook: Codebook,
) -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], Actor]]]:
    """One regex for any actor alias, and each alias's regex with its actor, longest first."""
    aliases = {alias.lower() for actor in codebook.actors for alias in actor.aliases}
    ordered = [a for a in sorted(codebook.terms, key=len, reverse=True) if a in aliases]
    actors = [
        (re.compile(rf"\b{re.escape(alias)}\b"), codebook.actor(codebook.terms[alias]))
        for alias in ordered
    ]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b"), actors


def speech_subjects(text: str) -> list[tuple[int, str]]:
    """Offsets and words of every "X said" in the text, for resolving later pronouns."""
    return [(m.start(), m.group("who")) for m in SPEECH_SUBJECT.finditer(text) if m.group("who")]


def clause_subject(clause: str, codebook: Codebook, published: date | None) -> str | None:
    """Who a clause says speaks ("…," she said at a briefing" → "she"), else the first speaker
    it names as a name, role or country ("On Monday, Prime Minister Naoto Kan blasted the
    visit" → "Prime Minister Naoto Kan", not "On Monday"), outside its quotations; or None."""
    clause = _QUOTED.sub(lambda q: " " * len(q.group()), clause)
    if said := SPEECH_SUBJECT.search(clause):
        return said.group("who")
    for match in _WHO.finditer(clause):
        speaker = resolve_speaker(match.group("who"), codebook, published, None)
        if speaker.how in ("name", "role", "country"):
            return match.group("who")
    return None


def opening_name(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    before: int,
    codebook: Codebook,
    published: date | None,
) -> Speaker | None:
    """The codebook actor who opens an earlier sentence of the same paragraph ("Foreign Ministry
    spokeswoman Maria Zakharova went further."), when no one is said to speak after it: the
    one a later "she said" refers to."""
    paragraph_start = text.rfind("\n\n", 0, before) + 1
    any_alias, _ = actor_patterns(codebook)
    for start, _end in reversed(
        [span for span in sentences if paragraph_start <= span[0] < before]
    ):
        head = for_matching(text[start : start + 60])
        if head[:1] in "\"'":
            continue  # a sentence that opens with a quotation names its speaker after it
        if SPEECH_SUBJECT.search(text, start, before):
            return None  # someone is said to speak after this sentence's opening
        match = any_alias.search(head.lower())
        if match is not None and match.start() <= 40:
            return resolve_speaker(head[match.start() : match.end()], codebook, published, None)
    return None


def latest_subject(
    subjects: list[tuple[int, str]],
    before: int,
    codebook: Codebook,
    published: date | None,
    *,
    countries: bool = False,
) -> Speaker | None:
    """The latest named speaker ("Igor Morgulov said …", or an unnamed one of a known side: "A
    senior Japanese government official … said") before an offset, for pronouns; with
    `countries`, a country or capital too ("Russia said …"), for the institutions that speak
    for it."""
    hows = ("name", "role", "country") if countries else ("name", "role")
    for offset, who in reversed(subjects):
        if offset < before:
            speaker = resolve_speaker(who, codebook, published, None)
            # "A senior Japanese government official … said": unnamed, but of a side
            if speaker.how in hows or (speaker.how == "surface" and speaker.side != "other"):
                return speaker
    return None

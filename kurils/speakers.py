"""Who speaks: the words that name a speaker ("X said", "according to X") and their resolution
through the codebook (names, dated roles, countries), for quotations and stance sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kurils.codebook import Actor, Codebook
from kurils.decode import for_matching
from kurils.text import ABBREVIATIONS

__all__ = [
    "ACCORDING_TO",
    "ADVERB",
    "APPOSED_SUBJECT",
    "ASIDE",
    "INSTITUTION",
    "NAME",
    "OBJECT_PRONOUNS",
    "PERSON_AGAIN",
    "POST",
    "PRONOUN",
    "QUALIFIER",
    "ROLE",
    "SAID_BY",
    "SECOND_VERB",
    "SOMEONE",
    "SPEECH_SUBJECT",
    "VERBS",
    "WHO",
    "Speaker",
    "actor_patterns",
    "apposed",
    "blank_quotations",
    "body_named",
    "clause_subject",
    "introduced",
    "is_person",
    "latest_subject",
    "named_person",
    "namesake",
    "of_a_side",
    "opening_name",
    "opening_subject",
    "post_holder",
    "resolve_speaker",
    "sentence_opener",
    "speech_subjects",
]

VERBS = (
    r"(?:said|says|say|added|adds|told|tells|noted|notes|stressed|stresses|stated|states|"
    r"explained|wrote|asked|insisted|insists|warned|warns|emphasi[sz]ed|declared|continued|"
    r"remarked|replied|argued|announced|announces|urged|underlined|underscored|pointed out|"
    r"commented|confirmed|claimed|claims(?= that\b)|recalled|reiterated|reiterates|acknowledged|"
    r"admitted|believes|complained|conceded|observed|vowed|promised|suggested|cautioned|went on|"
    r"goes on|spoke|"
    r"posted|tweeted|highlighted|outlined|writes|write|"  # "Medvedev posted on his X account, "…""
    r"responded|responds|reaffirmed|reaffirms|recommended|recommends|quipped|joked|exclaimed|"
    r"predicted|predicts|explains|asserted|asserts|indicated|voiced|lamented|laments|"
    r"was quoted|were quoted|is quoted|reads|read)"  # "…," the statement reads.
)
_CAP = r"[A-Z][\w'’.\-]*"
_LINK = r"(?:of|the|for|and|de|von|al|bin)"
_TITLE_WORD = r"(?:spokesman|spokeswoman|spokesperson|minister|ambassador|envoy|official)"
# Words of a name or role are one space apart: never across a paragraph break ("Title\n\nRussia")
# … and a capitalised word that opens a sentence is no name ("How said Ushakov", "It said"),
# nor a conjunction or adverb before one ("But Russia insists": Russia), nor a day ("… on
# Tuesday suggested", "…, said Tuesday.")
_NOT_A_NAME = (
    r"(?!(?:How|What|Why|When|Where|Which|Who|This|That|These|Those|It|Its|There|Here|Such|Some|"
    r"Many|Most|Both|All|Each|Thus|So|As|But|And|Yet|While|Now|Meanwhile|However|Recently|"
    r"Earlier|Later|Then|Also|Still|Previously|Instead|Moreover|Furthermore|Finally|"
    r"Consequently|Hence|Therefore|Again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Today|Yesterday|Tomorrow)\b)"
)
NAME = rf"{_NOT_A_NAME}(?:[Tt]he )?{_CAP}(?: (?:{_LINK} |{_TITLE_WORD} )?{_CAP}){{0,7}}"
_ROLE_NOUNS = (
    "minister|president|premier|prime minister|diplomat|spokesman|spokeswoman|spokesperson|"
    "official|officials|ambassador|ministry|government|leader|secretary|governor|envoy|"
    "chancellor|senator|lawmaker|source|sources|analyst|expert|kremlin|statement|officer|"
    "director|chairman|chairwoman|mayor|representative|aide|adviser|advisor|professor|chief|"
    "head|command|embassy|agency|committee|office|department|service|council|administration|"
    "district|document|decree|communique|communiqué|memorandum|parliamentarian|politician|"
    "legislator|commander"
).split("|")
_ROLE_NOUN = "(?:" + "|".join(_ROLE_NOUNS) + ")"
# … and with its words capitalised, as some translations print them: "the foreign Minister"
_ROLE_NOUN_ANY_CASE = (
    "(?:"
    + "|".join(re.sub(r"\b([a-z])", lambda m: f"[{m[1].upper()}{m[1]}]", n) for n in _ROLE_NOUNS)
    + ")"
)
# … and a paper that speaks, not for the last speaker as a bare "the document" (a role noun above)
# does: "…," the report said; "the 1956 declaration reads"; "…," the (white) paper read
_DOCUMENT = r"(?:report|resolution|declaration|letter|note|paper)"
# "the foreign minister", "Japan's top government spokesman"
# ("One Japanese Foreign Ministry press official even said", "Another senior official said")
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother)"
ROLE = (
    rf"(?:{_DETERMINER}|[A-Z][a-z]+['’]s) "
    # (a second determiner only after a preposition: "the message from the press service", not
    # "his address the Prime Minister"), then the role: "an agency official", "the embassy
    # spokesman"
    rf"(?:(?:of|from|for|at|in|with|on) {_DETERMINER} |(?!{_DETERMINER} )[\w'’\-]+ ){{0,5}}?"
    rf"(?:{_ROLE_NOUN_ANY_CASE}|{_DOCUMENT})(?: {_ROLE_NOUN})?"
)
PRONOUN = r"(?:he|she|they|it|He|She|They|It)"
_PORTFOLIO = r"(?:(?:foreign|defen[cs]e)\s+)?"
# "the minister", "the foreign ministry", "the statement": the speaker named before them
_BARE_ROLE = re.compile(rf"(?:the|his|her)\s+{_PORTFOLIO}{_ROLE_NOUN}")
# A post one person holds, named again: "the minister", "the governor" ("the official" may be
# anyone)
POST = re.compile(
    r"the\s+(?:(?:russian|japanese|soviet)\s+)?(?:(?:first\s+)?(?:deputy|vice)\s+)?"
    r"(?:(?:foreign|defen[cs]e|prime)\s+)?"
    r"(?:minister|president|premier|governor|"
    r"spokes(?:man|woman|person)|ambassador|envoy|secretary|chairman|chairwoman|mayor|leader|"
    r"chancellor|diplomat)"
)
# A person named again by what they do, of no one post: "the politician" (not "the official": as
# often an unnamed one, "a Russian official said"; "the diplomat" is a `POST`)
PERSON_AGAIN = re.compile(r"the\s+(?:politician|parliamentarian|legislator|lawmaker|senator)")
# an institution that speaks for its country: "Russia said … the foreign ministry said"
INSTITUTION = re.compile(rf"the\s+{_PORTFOLIO}(?:ministry|government|statement|document)")
# A title in lower case before a name, without an article: "ministry spokesman Mikhail Kamynin",
# "chief Cabinet spokesman Yoshito Sengoku"
_TITLED = (
    rf"(?:[a-z][\w'’\-]* ){{0,2}}(?:[A-Z][\w'’\-]* ){{0,2}}{_ROLE_NOUN} {_CAP}(?: {_CAP}){{0,2}}"
)
# Someone unnamed: "one of them told the rally", "one of the residents said", "said one
# 81-year-old man in Nemuro"
_PERSON_NOUN = (
    r"(?:man|woman|resident|islander|fisherman|participant|protester|voter|student|teacher|"
    r"veteran|user|reader|blogger|commenter|member)"
)
SOMEONE = (
    r"(?:[Oo]ne of (?:them|those|the [\w'’\-]+)|(?:[Oo]ne|[Aa]n?|[Aa]nother) (?:[\w'’\-]+ ){0,3}?"
    rf"{_PERSON_NOUN}(?: (?:in|from) [A-Z][\w'’\-]*)?|"
    # … or many of a side: "Japanese officials said", "Russian regional authorities said", or
    # of where they work ("officials at the Japanese consulate told Interfax")
    r"(?:Japanese|Russian|Soviet) (?:[a-z]+ ){0,2}(?:officials|diplomats|sources|authorities)|"
    r"(?:[Oo]fficials|[Dd]iplomats)(?= (?:at|of|from|in|with) ))"
)
# Where an unnamed speaker works or whom they speak for, after the role: "an official at the
# Japanese Embassy in Moscow said", "a spokesman for the ministry said"
QUALIFIER = (  # (not a relative clause: "a 1956 declaration in which the Soviet Union said")
    r"(?: (?:at|of|for|from|in|with|close to) (?!which\b|whom\b)(?:the |an? )?"
    r"(?!(?:the|an?)\b)[\w'’\-]+"  # (no article alone: "… in the claimed zone")
    r"(?: (?!(?:has|have|had|is|was|were|are|will|would|not)\b)[\w'’\-]+){0,4}?)?"
)
# (a name after an article and a word in lower case is the name: "a tired Mr. Gorbachev told")
WHO = (
    rf"\b(?:(?:[Aa]n?|[Tt]he) [a-z][\w\-]+ (?=(?:Mr|Ms|Mrs)?\.? ?[A-Z]))??"
    rf"(?P<who>(?:{SOMEONE}|{ROLE}){QUALIFIER}|{NAME}|{_TITLED}|{PRONOUN})"  # not "the said"
)
# ", speaking at a news conference," or ", who visited Tokyo last week," between a speaker and
# the verb, perhaps after their age in brackets ("Kimio Waki (79), the chairman of …, said")
# and where they come from ("Kimio Waki (83) from Kunashir Island said")
ASIDE = (
    r"(?:\s*\(\d{1,3}\)(?: (?:from|of) [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3})?)?"
    r"(?:\s*,[^,\"“”\n]{1,120},)?"
)
ADVERB = (
    r"(?:also\s+|then\s+|later\s+|has\s+|had\s+|have\s+|earlier\s+|repeatedly\s+|even\s+|"
    r"still\s+|again\s+|once again\s+|"  # "Moscow still claims that …"
    r"(?:on|for) (?:his|her|its|their) part\s+|"  # "Kono on his part said"
    # "Putin simply said", "Moscow reportedly urged" (not a noun: "the family said")
    r"(?!(?:family|assembly|rally|ally|supply|anomaly|monopoly|bully|belly|jelly)\b)[a-z]{2,}ly\s+|"
    # "Lavrov on Monday called the Japanese reaction …", "Putin on Tuesday said"
    r"(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\s+)"
    r"{0,2}"  # two of them: "Russia has basically said", "Lavrov also on Monday said"
)

# … not a possessive ("Russia's continued drills") and not a passive ("islands claimed by Japan"
# but "Medvedev was quoted by the agency as saying")
SPEECH_SUBJECT = re.compile(
    rf"{WHO}(?:\s+who|{ASIDE})(?<!['’]s)\s+{ADVERB}{VERBS}\b(?:(?<=quoted)|(?!\s+by\b))"
)


# … or a name of two words or more after a comma, its apposition, a person's post, left unclosed
# before the verb: "…, Yoshihide Suga, the Secretary General of the cabinet told a news
# conference" (not "…, Taro Kono, the news outlet added"; the name in a group of its own,
# `apposed`, for the words after a quotation)
_PERSONS_POST = (
    r"(?:minister|president|premier|secretary|spokes(?:man|woman|person)|ambassador|envoy|"
    r"chairman|chairwoman|governor|mayor|leader|head|chief|director|senator|lawmaker|aide|"
    r"adviser|advisor)"
)


def apposed(group: str) -> str:
    """The pattern of a name its title follows, unclosed, before the verb (see above)."""
    return (
        rf"(?P<{group}>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){{1,3}}),\s+(?:the|a|an)\s"
        rf"(?=[^,\"“”\n]{{0,80}}?\b(?i:{_PERSONS_POST})\b)[^,\"“”\n]{{1,80}}?\s+{ADVERB}{VERBS}\b"
    )


APPOSED_SUBJECT = re.compile(rf",\s+{apposed('who')}")
# … and the speaker after a verb that takes no object, after the words said and a comma, the
# clause ending there: "…, said an official of Shimane prefecture." (not "told Putin", nor
# "the draft says Russia, through the war, …")
SAID_BY = re.compile(
    r"[,\"”»’]\s(?:said|says|added|adds|noted|stressed|stated|explained|continued|"
    r"remarked|replied|commented|insisted|reads)\s+"
    rf"(?P<who>(?:{SOMEONE}|{ROLE}){QUALIFIER}|{NAME})(?=\s*[.,;:)]|\s*$)"
)
# The one whose account a sentence gives: "According to the president, …", "According to him, …",
# "According to Secretary-General of the Cabinet of Ministers of Japan, …"
ACCORDING_TO = (
    rf"[Aa]ccording to\s+(?P<who>(?:{ROLE}|{NAME})(?:\s+of\s+[^,\"“”«»\n]{{1,80}}?)?|him|her|them)"
    r"\s*,"
)
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_WHO = re.compile(WHO)
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")
# The full stop after a name at a sentence's end, not an initial's or a title's ("Mr.", "U.S.")
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.$")
# … or inside the words, the next sentence's first word after it ("Zakharov. Legitimate"), but
# after a title's abbreviation ("Gen. Smith")
_NAME_ENDS = re.compile(r"(?<=[a-z]{2})\. (?=[A-Z])")
_TITLE_ABBREVIATIONS = ABBREVIATIONS | {"hon", "rev", "amb"}
# The words of a post, a body or a person that an unnamed speaker's words hold
_SPEAKING_NOUN = re.compile(
    rf"\b(?:{_ROLE_NOUN}|{_PERSON_NOUN}|pm|guard|forces|navy|army|fleet|association|league|"
    r"union|staff|cent(?:re|er)|police|military|authorities)\b",
    re.IGNORECASE,
)
_INSTITUTION_WORD = re.compile(
    r"\b(?:ministry|kremlin|government|embassy|agency|office|service|council|administration|"
    r"command|committee|department)\b",
    re.IGNORECASE,
)

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
# (a ministry's department named for the country it deals with is not that country's: "the
# Foreign Ministry's Russian Division", "an official in the Foreign Ministry's Russia bureau")
_NOT_A_DESK = r"(?! (?i:division|department|affairs|desk|section|bureau)\b)"
# … nor is the country an envoy is sent to ("the country's ambassador to Japan, Nikolay Nozdrev",
# but "according to Japanese Defense Minister Itsunori Onodera")
_NOT_A_HOST = r"(?<!\bto )"
# … nor a compound of both sides' names or of a place ("the director of the Kuril-Japanese
# centre", "the Japan-Russia Friendship Society"; but "the All-Russia … Center")
_NOT_A_COMPOUND = (r"(?<!(?<!\bAll)[-‐–])", r"(?![-‐–]\w)")
# … or the side of the body or region they speak for: "the Chairman of the State Duma", "the
# Governor of the Sakhalin Region", "an official of Shimane prefecture" (Japan's prefectures,
# Russia's oblasts and krais)
_ADJECTIVE_SIDE = (
    (
        "japan",
        re.compile(
            rf"{_NOT_A_COMPOUND[0]}\b(?:Japanese|{_NOT_A_HOST}Japan(?:'s|’s)?|Hokkaido|Nemuro|"
            rf"Kantei|[Pp]refecture)\b{_NOT_A_COMPOUND[1]}{_NOT_A_DESK}|"
            # the islands' Japanese, expelled after the war: "a former resident of Etorofu"
            r"\bformer (?:island )?residents? of (?:the )?(?:Etorofu|Kunashiri|Shikotan|Habomai|"
            r"(?:disputed |four |northern )islands|Northern Territories)\b|\bformer islanders?\b"
        ),
    ),
    (
        "russia",
        re.compile(
            rf"{_NOT_A_COMPOUND[0]}\b(?:Russian|{_NOT_A_HOST}Russia(?:'s|’s)?|Kremlin|Soviet|Duma|"
            rf"Sakhalin|Kamchatka|Oblast|Krai)\b{_NOT_A_COMPOUND[1]}{_NOT_A_DESK}"
        ),
    ),
)

# … or, for an institution, the capital it sits in
_SEAT = (("japan", re.compile(r"\bTokyo\b")), ("russia", re.compile(r"\bMoscow\b")))


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the name to report, the side, and how it was resolved."""

    name: str | None
    side: str
    how: str


# Two persons by surname: "Obuchi and Yeltsin"
_TWO_NAMES = re.compile(r"[A-Z][\w'’\-]+ and [A-Z][\w'’\-]+")
# A name a body or a place is named after ("the Gorbachev Foundation"), blanked before the
# codebook's names are looked for (offsets kept)
_NAMED_AFTER = re.compile(
    r"\b[\w.'’-]+ (?:foundation|fund|institute|museum|library|prize|airport|university|"
    r"street|avenue)\b"
)


def resolve_speaker(
    who: str, codebook: Codebook, published: date | None, previous: Speaker | None
) -> Speaker:
    """Resolve the words naming a speaker.

    Someone "close to" another speaks for the other's side ("a source close to the Kremlin": the
    words, "russia"). A codebook name inside them wins ("Prime Minister Fumio Kishida" → Fumio
    Kishida; not one a body is named after: "a spokesman for the Gorbachev Foundation"), a
    body's post over the body ("Kremlin spokesman" → its holder on the day), but two of opposite
    sides together speak for neither ("Putin and Abe said": the words, "other"), nor two
    surnames, one the codebook does not know ("Obuchi and Yeltsin");
    then a dated role ("the Japanese foreign minister" in 2017 → Fumio Kishida); a pronoun or a
    bare "the minister" takes the previous speaker; a country or capital speaks for its side;
    anything else keeps its surface form, its side read from the first "Japanese" / "Russian" in
    it.
    """
    text = for_matching(" ".join(who.split()))  # "Japan’s" matches the codebook's "Japan's"
    if stops := _sentence_stops(text):  # '…", — said Zakharov. Legitimate sovereignty …'
        text = text[: stops[0].start()]  # the name ends at the stop
    text = _SENTENCE_STOP.sub("", text)  # '…," said Vera.' ends a sentence: not "Vera."
    head, close, near = text.partition(" close to ")
    if head and close:  # "a source close to the Kremlin": for the Kremlin's side, not the Kremlin
        return Speaker(text, resolve_speaker(near, codebook, published, None).side, "surface")
    lowered = _NAMED_AFTER.sub(lambda named: " " * len(named[0]), text.lower())
    any_alias, actors = actor_patterns(codebook)
    if any_alias.search(lowered):
        if " and " in lowered:
            named = [actor for pattern, actor in actors if pattern.search(lowered)]
            if len({actor.side for actor in named}) > 1:
                return Speaker(text, "other", "surface")  # both sides' ("Putin and Abe said")
            if len(named) == 1 and _TWO_NAMES.fullmatch(text):
                return Speaker(text, "other", "surface")  # … or another's too ("Obuchi and
                # Yeltsin reaffirmed": a surname the codebook does not know alone)
        found = _first_actor(lowered, codebook)
        if found is not None and _INSTITUTION_WORD.search(found.name):
            # a person the words name is the one speaking, not the body they speak for
            # ("Russian Foreign Ministry spokeswoman Maria Zakharova", "Kremlin spokesman
            # Peskov")
            found = next(
                (
                    actor
                    for pattern, actor in actors
                    if not _INSTITUTION_WORD.search(actor.name) and pattern.search(lowered)
                ),
                found,
            )
            if _INSTITUTION_WORD.search(found.name) and (
                person := _full_name(text, 0, len(text))
            ):  # … one the codebook does not know, for that body's side ("Japanese Foreign
                # Ministry spokesman Takeshi Osuga")
                return Speaker(person.group(), found.side, "introduced")
            if _INSTITUTION_WORD.search(found.name) and (
                (post := _role(text, lowered, codebook, published)) is not None
                and post.how == "role"
            ):  # … or the holder of the body's post on the day ("Kremlin spokesman": Peskov)
                return post
        if found is not None:
            return Speaker(found.name, found.side, "name")
    if (post := _role(text, lowered, codebook, published)) is not None:
        return post
    bare = re.sub(r"^(?:the|a|an)\s+", "", lowered)
    if re.fullmatch(PRONOUN, text) or (_BARE_ROLE.fullmatch(lowered) and previous is not None):
        if previous is not None and previous.name is not None:
            return Speaker(previous.name, previous.side, "pronoun")
        return Speaker(None, "none", "pronoun_unresolved")
    if bare in COUNTRIES or lowered in COUNTRIES:
        name, side = COUNTRIES.get(lowered) or COUNTRIES[bare]
        return Speaker(name, side, "country")
    # the side named first: "an official of the Russian Embassy in Japan" is Russia's
    side = _first_side(text, _ADJECTIVE_SIDE)
    if side is None and (_INSTITUTION_WORD.search(text) or lowered.startswith("officials ")):
        # "the Foreign Ministry in Moscow", "officials in Moscow" (but "a diplomat in Tokyo" may
        # be anyone's)
        side = _first_side(text, _SEAT)
    return Speaker(text, side or "other", "surface")


def _first_side(words: str, patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The side `patterns` find first in `words`, or None."""
    sides = [(m.start(), side) for side, pattern in patterns if (m := pattern.search(words))]
    return min(sides)[1] if sides else None


# A surname alone, perhaps after an honorific or a title in lower case: "Naryshkin", "Mr.
# Suzuki", "spokesman Taniguchi" (not a transcript's label in capitals: "Q", "INSKEEP")
_SURNAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.? |[a-z][\w'’\-]+ )?(?P<surname>[A-Z][^\W\d_A-Z][\w'’\-]+)"
)
# … after a given name, not a title, an honorific or a side ("Director Naryshkin", "Mr.
# Suzuki", "Russian Naryshkin")
_NOT_GIVEN = re.compile(
    rf"(?i:{_ROLE_NOUN}|chair|mr|mrs|ms|dr|gen|col|lt|capt|adm|sen|rep|prof|deputy|general|colonel|"
    r"captain|admiral|foreign|defen[cs]e|vice|former|acting|prime|state|affairs|"
    r"japan(?:ese|'s|’s)?|russia(?:n|'s|’s)?|soviet)\.?"
)
# The words before a name in its clause that may introduce it: from the last verb or
# preposition of another's action ("met", "told", "by") or another person's ("… and") on ("…
# told Japan's special envoy for relations with Russia Chikahito Harada" → "Japan's special
# envoy for relations with Russia"; "… between Russian president Boris Yeltsin and Japanese
# prime minister Ryutaro Hashimoto" → "Japanese prime minister")
_INTRO_CUT = re.compile(
    r"^.*\b(?:said|says|told|tells|met|meets|by|over|from|than|as|at|after|before|between|"
    r"against|when|while|that|whom|and|or|but|[a-z]+ed)\s",
    re.DOTALL,
)
# … where the words after an "and" are the end of a portfolio's name, of no side, the title
# goes on before it ("Japanese Minister for Okinawa and Northern Territories Affairs Tetsuma
# Esaki", "Russian Industry and Energy Minister Viktor Khristenko"; not "Japanese Prime Minister
# Shinzo Abe and Energy Minister Alexander Novak")
_PORTFOLIO_NAME = (
    r"(?:Affairs|Development|Industry|Trade|Energy|Resources|Policy|Security|Defen[cs]e|"
    r"Technology|Relations|Cooperation|Issues|Economy|Science|Education|Agriculture|Fisheries|"
    r"Forestry|Transport|Tourism|Health|Labou?r|Welfare|Justice|Finance)"
)
_PORTFOLIO_AND = re.compile(
    rf"(?:\b(?:for|of) (?:[A-Z][\w'’\-]* ){{1,3}}|\b{_PORTFOLIO_NAME} )(?:and|or)\s$"
)
_PORTFOLIO_END = re.compile(rf"(?:[A-Z][\w'’\-]* ){{0,3}}{_PORTFOLIO_NAME}(?: [A-Z][\w'’\-]*)? ?")


def _title(words: str) -> str:
    """The words of a name's title: `words` from their last cut (`_INTRO_CUT`) on, or from the
    cut before where that cut is a portfolio's "and"."""
    cut = _INTRO_CUT.match(words)
    if cut is None:
        return words
    title = words[cut.end() :]
    if (
        _PORTFOLIO_END.fullmatch(title)
        and _PORTFOLIO_AND.search(cut.group())
        and _first_side(title, _ADJECTIVE_SIDE) is None
    ):
        return f"{_title(cut.group()[:-1])} {title}"
    return title


# A description after the name (after any age), a noun phrase: "Hiroshi Tajima, a minister of
# the Japanese Embassy in Moscow,"; "Sergay Kvasov, a 63-year-old Russian resident of Etorofu";
# "Muneo Suzuki, head of the Hokkaido-based New Party Daichi"; a title in capitals: "Dmitry
# Grigorenko, Russian Deputy Prime Minister and Chief of the Government Staff," (not "Noboru
# Sakashita, remains in Russian custody", nor "…, who visited Japan", nor "…, Russian officials
# said")
_ROLE_TITLE = "(?:" + "|".join(noun.title() for noun in _ROLE_NOUNS) + ")"
_DESCRIPTION = re.compile(
    rf",(?: \d{{1,3}},)? (?P<description>(?:(?:(?:a|an|the|one of the) (?:[\w'’\-]+ ){{0,3}}?|"
    rf"(?:former|deputy|first|vice) )?(?:{_ROLE_NOUN}|{_PERSON_NOUN})|"
    rf"(?:[A-Z][\w'’\-]* ){{0,3}}?{_ROLE_TITLE})\b[^,.;:\"“”\n]{{0,100}})"
)

# … or the body they work for, right after the name: "Tomohiko Taniguchi at the Japanese Foreign
# Ministry says" (a body's name, not a meeting's: "Kono at talks with Russian officials")
_WORKPLACE = re.compile(
    r" (?:at|of|from) the (?P<description>(?:[A-Z][\w'’\-]* ){1,4}"
    r"(?:Ministry|Embassy|Office|Agency|Council|Committee|Government|Administration))\b"
)


_ARTICLES = frozenset(("The", "A", "An"))  # no given name: "The President"


def introduced(speaker: Speaker, text: str, codebook: Codebook, published: date | None) -> Speaker:
    """The speaker a surname alone stands for, from the text's first mention of it with a given
    name (before it, or after it in the Japanese order: "Shii Kazuo") that names them: that
    person, when the codebook knows them, or the full name with the side the mention's title
    or description names ("Naryshkin" after "Russian foreign intelligence chief Sergei
    Naryshkin" is Sergei Naryshkin, Russia's; "Tajima" after "Hiroshi Tajima, a minister of
    the Japanese Embassy in Moscow," is Japan's). An unnamed speaker of a body ("an agency
    official", "the embassy", "the press service") takes the side the body's full names in the
    text give, when they give one ("Japan's Fisheries Agency", "the press service of the
    Sakhalin region", "the Federal Security Service's regional border department": the codebook's
    actor; not "the Japanese Foreign Ministry" and "the Russian Foreign Ministry").
    A surname no mention gives a side is its full name, when the text gives one, of no side
    ("Waki" after "Kimio Waki, 75, a retired teacher"); any other speaker is returned as it is."""
    if speaker.how != "surface" or speaker.side != "other" or speaker.name is None:
        return speaker
    alone = _SURNAME.fullmatch(speaker.name)
    if alone is None and (bodies := _INSTITUTION_WORD.findall(speaker.name)):
        sides = {
            _first_side(m.group(), _ADJECTIVE_SIDE)
            or _actor_side(m.group(), codebook)  # "the Federal Security Service's department"
            for m in _body_names(bodies[-1], text)
        }
        sides.discard(None)
        return Speaker(speaker.name, sides.pop(), "introduced") if len(sides) == 1 else speaker
    if (
        alone is None
        and " and " not in speaker.name  # (not two: "Vladimir Putin and Shinzo Abe")
        and (full := _full_name(speaker.name, 0, len(speaker.name)))
        and full.group().lower() not in codebook.terms  # (a place: "Northern Territories")
    ):  # a person's full name, a description after it: "Yasukatsu Imai, a Nemuro official"
        mentions = re.finditer(rf"\b{re.escape(full.group())}\b", text)
        side = next(filter(None, (_introduced_side(text, m) for m in mentions)), None)
        return speaker if side is None else Speaker(full.group(), side, "introduced")
    if alone is None or alone["surname"].lower() in codebook.terms:  # a place: "Shikotan"
        return speaker
    surname = re.escape(alone["surname"])  # (a given name, not a sentence's end: "Hayashi. Has")
    # … the given name before it, or after it in the Japanese order ("Chair Shii Kazuo")
    before = re.finditer(rf"(?P<given>{_NOT_A_NAME}[A-Z][\w'’\-]*) {surname}\b", text)
    after = re.finditer(rf"\b{surname} (?P<given>{_NOT_A_NAME}[A-Z][a-z]+)\b(?! [A-Z])", text)
    mentions = sorted(
        (m for m in (*before, *after) if not _NOT_GIVEN.fullmatch(m["given"])),
        key=lambda m: m.start(),
    )
    names = set()  # the full names no codebook actor has
    for mention in mentions:
        full = resolve_speaker(mention.group(), codebook, published, None)
        if full.how == "name":  # the actor of that name, not of a word by it ("Ishiba Suzuki")
            actor = codebook.actor(full.name or "")
            if actor is not None and any(
                alone["surname"].lower() in alias.lower().split() for alias in actor.aliases
            ):
                return full
            continue
        if (side := _introduced_side(text, mention)) is not None:
            return Speaker(mention.group(), side, "introduced")
        if mention["given"] not in _ARTICLES:
            names.add(mention.group())
    # no mention gives a side: the full name still, when the text gives only one ("Waki" after
    # "Kimio Waki, 75, a retired teacher in Sapporo")
    return Speaker(names.pop(), "other", "surface") if len(names) == 1 else speaker


def namesake(words: str, speaker: Speaker, text: str, codebook: Codebook) -> Speaker:
    """The person a surname alone that names a codebook actor stands for when the text gives
    someone else of that surname in full and never the actor ("Hajime Hayashi, head of the
    Japanese Ministry of Foreign Affairs' European division" / "…, a ministry official quoted
    Hayashi as saying": Hajime Hayashi, Japan's, not Yoshimasa Hayashi); else `speaker`."""
    alone = _SURNAME.fullmatch(words)
    actor = codebook.actor(speaker.name or "") if speaker.how == "name" else None
    full = [alias.split() for alias in actor.aliases if " " in alias] if actor else []
    if alone is None or not full:  # (a person's, who has a full name: not "Kremlin")
        return speaker
    for names in full:  # the actor in full, either order: "Hayashi Yoshimasa"
        either = "|".join(re.escape(" ".join(order)) for order in (names, names[::-1]))
        if re.search(rf"\b(?:{either})\b", text):
            return speaker
    surname = re.escape(alone["surname"])
    # (not the actor's given name spelt another way: "Mariya Zakharova", "Dmitriy Peskov")
    spellings = {names[0][:3].lower() for names in full}
    for mention in re.finditer(rf"(?P<given>{_NOT_A_NAME}[A-Z][a-z'’\-]+) {surname}\b", text):
        given = mention["given"]
        if not _NOT_GIVEN.fullmatch(given) and given[:3].lower() not in spellings:
            side = _introduced_side(text, mention) or "other"
            return Speaker(mention.group(), side, "introduced")
    return speaker


def _first_actor(lowered: str, codebook: Codebook) -> Actor | None:
    """The codebook actor words in lower case name, the longest alias first, or None."""
    return next(
        (actor for pattern, actor in actor_patterns(codebook)[1] if pattern.search(lowered)), None
    )


def _actor_side(words: str, codebook: Codebook) -> str | None:
    """The side of the codebook actor `words` name (`_first_actor`), or None."""
    actor = _first_actor(for_matching(words).lower(), codebook)
    return actor.side if actor is not None and actor.side in ("japan", "russia") else None


def _body_names(body: str, text: str) -> Iterator[re.Match[str]]:
    """The text's full names of a body: capitalised words before the word, two in lower case at
    most between ("Japan's Fisheries Agency", "the Russian Embassy", "the Sakhalin coast guard
    department") or a capitalised name after it ("the press service of the Sakhalin region",
    "the department of Russia's border guard service")."""
    word = rf"(?:press )?(?i:{re.escape(body)})\b"
    return re.finditer(
        rf"(?:[A-Z][\w'’\-]* ){{0,4}}(?:[a-z][\w'’\-]* ){{0,2}}{word}"
        rf"(?: of (?:the )?(?:[A-Z][\w'’\-]* ?){{1,4}})?",
        text,
    )


_SCHOLAR = re.compile(
    r"\b(?:expert|analyst|professor|scholar|specialist|researcher|academic|historian|"
    r"commentator|observer|lecturer|fellow)s?\b",
    re.IGNORECASE,
)


def _introduced_side(text: str, mention: re.Match[str]) -> str | None:
    """The side a name's title before it or description after it names, or None."""
    clause_start = max(text.rfind(mark, 0, mention.start()) for mark in ',;:("“\n.')
    title = _title(text[clause_start + 1 : mention.start()])
    if not text[clause_start + 1 : mention.start()].strip() and text[clause_start] == ",":
        # the title before a comma, the name in apposition after it: "…, First Deputy Chairman
        # of the Russian upper house's International Affairs Committee, Vladimir Dzhabarov told"
        before = max(text.rfind(mark, 0, clause_start) for mark in ',;:("“\n.')
        clause = text[before + 1 : clause_start]
        if all(pattern.search(clause) for _, pattern in _ADJECTIVE_SIDE):
            return None  # both sides' ("The defense ministers of Japan and Russia, Tomomi Inada")
        title = _title(clause)
    described = _DESCRIPTION.match(text, mention.end()) or _WORKPLACE.match(text, mention.end())
    words = f"{title} {described['description'] if described else ''}"
    if _SCHOLAR.search(words):
        return None  # the country an expert studies: "a Russia expert at Temple University"
    return _first_side(words, _ADJECTIVE_SIDE)


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
    """Offsets and words of every "X said" and "said X" in the text, for resolving later
    pronouns. Words run on from the sentence before are not the subject: in "… between Japan
    and Russia. He said" it is "He"."""
    subjects = []
    for match in SPEECH_SUBJECT.finditer(text):
        who, start = match.group("who"), match.start("who")
        if stops := _sentence_stops(who):
            who, start = who[stops[-1].end() :], start + stops[-1].end()
        subjects.append((start, who))
    for match in APPOSED_SUBJECT.finditer(text):  # "…, Yoshihide Suga, the … told"
        subjects.append((match.start("who"), match.group("who")))
    for match in SAID_BY.finditer(text):  # "…, said an official of Shimane prefecture."
        who = match.group("who")
        if stops := _sentence_stops(who):
            who = who[: stops[0].start()]
        subjects.append((match.start("who"), who))
    return sorted(subjects)


def _sentence_stops(words: str) -> list[re.Match[str]]:
    """The sentence stops inside the words naming a speaker: not a title's ("Gen. Smith")."""
    return [
        stop
        for stop in _NAME_ENDS.finditer(words)
        if words[: stop.start()].rsplit(" ", 1)[-1].lower() not in _TITLE_ABBREVIATIONS
    ]


def blank_quotations(words: str) -> str:
    """The words with those inside each pair of quotation marks blanked, offsets kept: a
    speaker is never found inside a quotation ('"… repeat what Russia says," a member said')."""
    return _QUOTED.sub(lambda q: q[0][0] + " " * (len(q[0]) - 2) + q[0][-1], words)


def clause_subject(clause: str, codebook: Codebook, published: date | None) -> str | None:
    """Who a clause says speaks ("…," she said at a briefing" → "she"), else the pronoun it
    opens on ("He dismissed the protests" → "He"), else the first speaker it names as a name,
    role or country ("On Monday, Prime Minister Naoto Kan blasted the visit" → "Prime Minister
    Naoto Kan", not "On Monday"), outside its quotations; or None."""
    clause = blank_quotations(clause)
    if said := SPEECH_SUBJECT.search(clause):
        return said.group("who")
    if opening := re.match(rf"\s*({PRONOUN})\s", clause):
        return opening.group(1)  # "He dismissed the protests, saying: …"
    for match in _WHO.finditer(clause):
        speaker = resolve_speaker(match.group("who"), codebook, published, None)
        if speaker.how in ("name", "role", "country"):
            return match.group("who")
    return None


def opening_name(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    subjects: list[tuple[int, str]],
    before: int,
    codebook: Codebook,
    published: date | None,
) -> Speaker | None:
    """The codebook actor, or the person by full name, who opens an earlier sentence of the same
    paragraph ("Foreign Ministry spokeswoman Maria Zakharova went further."), when none of the
    text's `subjects` (`speech_subjects`) is said to speak after it: the one a later "she said"
    refers to."""
    paragraph_start = text.rfind("\n\n", 0, before) + 1
    for start, _end in reversed(
        [span for span in sentences if paragraph_start <= span[0] < before]
    ):
        if for_matching(text[start : start + 1]) in "\"'":
            continue  # a sentence that opens with a quotation names its speaker after it
        if any(  # "he said", "the diplomat noted" may be the one it opens on
            not (re.fullmatch(PRONOUN, who) or POST.fullmatch(who.lower()))
            for offset, who in subjects
            if start <= offset < before
        ):
            return None  # someone is said to speak after this sentence's opening
        opener = sentence_opener(text, start, codebook, published)
        if not is_person(opener) and (mention := _opening_person(text, start)):
            # a person the codebook does not know, perhaps after a body it knows ("Deputy
            # Chairman of the Russian Duma Committee Ivan Petrovsky, who …")
            opener = _person(mention, text, codebook, published)
        if opener is not None:
            return opener
    return None


# A person's full name, given names and a surname, closing the words of a mention after any
# title: "Deputy Speaker of the Russian Federation Council Konstantin Kosachev", "Hiroshi Tokuno"
_FULL_NAME = re.compile(r"(?<![\w'’\-])(?:[A-Z][a-z'’\-]+ ){1,2}[A-Z][a-z'’\-]+$")
# … not a word of a body's, a document's, a paper's or a place's name
_NOT_A_PERSON = re.compile(
    r"The|A|An|Of|(?:Japan|Russia|Soviet|America|Chin)[a-z]*|(?i:ministry|kremlin|government|"
    r"embassy|agency|office|service|council|administration|command|committee|department|treaty|"
    r"declaration|agreement|pact|shimbun|times|news|post|press|daily|journal|herald|tribune|"
    r"gazette|cent(?:re|er)|party|islands?|sea|strait|bay|cape|day|war|union|federation|"
    r"republic|region|prefecture|oblast|krai|university|institute|foundation|fund|bank|group|"
    r"corporation|company|forum|club|museum|league|association|society|airport|fleet|army|navy)"
)
# The capitalised words a sentence opens on ("Deputy Speaker of the Russian Federation Council
# Konstantin Kosachev, who met …")
_OPENING_WORDS = re.compile(
    rf"{_NOT_A_NAME}[A-Z][\w'’\-]*(?: (?:(?:of|the|for) )*[A-Z][\w'’\-]*){{0,10}}"
)


def _full_name(text: str, start: int, end: int) -> re.Match[str] | None:
    """The full name the text's words from `start` to `end` close on, their title's words left
    out ("Colonel-General Sergei Surovikin" → "Sergei Surovikin"), or None: not a body's name
    ("the Foreign Ministry") nor a titled post ("Chief Cabinet Secretary")."""
    match = _FULL_NAME.search(text[start:end])
    if match is None:
        return None
    names = match.group().split()
    while names and (
        _NOT_GIVEN.fullmatch(names[0])
        or _INSTITUTION_WORD.search(names[0])
        or names[0].lower() in COUNTRIES  # "Ambassador to Moscow Akira Muto"
    ):
        names.pop(0)
    if len(names) < 2 or any(_NOT_A_PERSON.fullmatch(name) for name in names):
        return None
    name = " ".join(names)
    return re.compile(re.escape(name)).match(text, end - len(name))


def _opening_person(text: str, start: int) -> re.Match[str] | None:
    """The person the sentence at `start` opens on by full name, after a title ("Japanese
    Communist Party Chair Shii Kazuo at a news conference …") or before a description ("Hiroshi
    Tokuno, 81, from Shikotan, …"), or None ("The Yomiuri Shimbun reports")."""
    if (opening := _OPENING_WORDS.match(text, start)) is None or (
        mention := _full_name(text, start, opening.end())
    ) is None:
        return None
    title = text[start : mention.start()].split()
    if text.startswith(",", mention.end()) or any(_NOT_GIVEN.fullmatch(word) for word in title):
        return mention
    return None


# A sentence that closes on its speaker, after the verb: '… "Russia 1" said the special
# correspondent VGTRK Sergei Mingazhev.'
_SAID_CLOSING = re.compile(rf"\b{VERBS}\s+(?P<who>[^\"“”«».!?\n]{{3,120}}?)[.!?]?\s*$")


def _paragraph_before(text: str, before: int) -> int:
    """Where the paragraph before the one holding `before` begins (its break), or 0."""
    own = text.rfind("\n\n", 0, before)
    return max(text.rfind("\n\n", 0, own), 0) if own > 0 else 0


def named_person(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    subjects: list[tuple[int, str]],
    before: int,
    codebook: Codebook,
    published: date | None,
) -> Speaker | None:
    """Whom a "he" or "she" no codebook actor stands for refers to: the person the last speaker
    named ("Minako Usui, who runs a small business in Nemuro, said …"), the last sentence
    opening on a person ("Hiroshi Tokuno, 81, from Shikotan, remembers …") or closing on one
    after a verb of speech ("…, said the special correspondent Sergei Mingazhev.") in the paragraph
    before `before` or the one before it, by full name (a surname alone said to speak when the
    text gave the full name before it: "Inada told reporters"), with the side their title or
    description gives; None when the last speaker is no person ("…, the group said")."""
    start = _paragraph_before(text, before)
    found: list[tuple[int, re.Match[str] | None]] = []
    for offset, who in subjects:
        if start <= offset < before and not re.fullmatch(PRONOUN, who):
            mention = _full_name(text, offset, offset + len(who))
            if mention is None and (surname := _SURNAME.fullmatch(who)):
                given = rf"{_NOT_A_NAME}[A-Z][a-z'’\-]+ {re.escape(surname['surname'])}\b"
                mention = re.search(given, text[:offset])
            found.append((offset, mention))
    for sentence_start, sentence_end in sentences:
        if not start <= sentence_start < before:
            continue
        if mention := _opening_person(text, sentence_start):
            found.append((sentence_start, mention))
        elif (closing := _SAID_CLOSING.search(text, sentence_start, sentence_end)) and (
            mention := _full_name(text, closing.start("who"), closing.end("who"))
        ):
            found.append((mention.start(), mention))
    if not found or (mention := max(found, key=lambda f: f[0])[1]) is None:
        return None
    return _person(mention, text, codebook, published)


def _person(
    mention: re.Match[str], text: str, codebook: Codebook, published: date | None
) -> Speaker:
    """The person a full name in the text names: the codebook's, else the name with the side
    its title or description gives."""
    speaker = resolve_speaker(mention.group(), codebook, published, None)
    if speaker.how != "surface":
        return speaker
    return Speaker(mention.group(), _introduced_side(text, mention) or "other", "introduced")


# A sentence's second verb of speech, after another of its subject's ("Russia has protested …
# and accused Kishida of …", "The Russian prime minister on Monday visited the islands and said
# …"), and the subject opening the sentence, perhaps after its day ("On Monday, Russia has …")
SECOND_VERB = re.compile(
    r"\b(?:and|but)\s+(?:also\s+)?(?:said|added|noted|stressed|warned|insisted|accused)\b"
)
_OPENING_SUBJECT = re.compile(
    rf"\s*(?:(?:On|In|At|Later|Earlier) [^,\"“”]{{1,40}},\s*)?{WHO}(?!['’]s)\b"
)
_RELATIVE = re.compile(r",\s*(?:who|which)\b")


def opening_subject(
    sentence: str, verb: re.Match[str], codebook: Codebook, published: date | None
) -> re.Match[str] | None:
    """The subject opening `sentence` (its "who") that its second `verb` of speech speaks for
    (`SECOND_VERB`): a name, a country, a body named again by its kind ("The ministry did not
    release the name, but said …") or a role of up to two words in lower case ("Japan's
    foreign minister", not "The two leaders"), no relative clause between ("…, who called …
    and warned" is another's); or None."""
    opening = _OPENING_SUBJECT.match(sentence)
    if (
        opening is None
        or _RELATIVE.search(sentence, opening.end(), verb.start())
        or sum(word[:1].islower() for word in opening["who"].split()) > 2
    ):
        return None
    if _BODY_AGAIN.fullmatch(" ".join(opening["who"].split())):
        return opening
    how = resolve_speaker(opening["who"], codebook, published, None).how
    return opening if how in ("name", "role", "country") else None


def sentence_opener(
    text: str, start: int, codebook: Codebook, published: date | None
) -> Speaker | None:
    """The codebook actor named in the first 40 characters of the sentence at `start`, or None;
    a possessive only as the sentence's first word ("Abe's intentions …, but … he said", not
    "In reference to Putin's remark, he said")."""
    head = for_matching(text[start : start + 60])
    match = actor_patterns(codebook)[0].search(head.lower())
    if match is None or match.start() > 40:
        return None
    if match.start() > 0 and head.startswith("'s", match.end()):
        return None
    return resolve_speaker(head[match.start() : match.end()], codebook, published, None)


def _role(text: str, lowered: str, codebook: Codebook, published: date | None) -> Speaker | None:
    """The holder on the day of a dated post the words name ("the Japanese foreign minister"),
    the post's side when its holder is not known, or None."""
    for role, forms in codebook.roles.items():
        if any(form.lower() in lowered for form in forms):
            holder = codebook.holder(role, published)
            if holder is not None:
                return Speaker(holder.name, holder.side, "role")
            return Speaker(text, role.split("_")[0] if "_" in role else "other", "role_unresolved")
    return None


def of_a_side(speaker: Speaker) -> bool:
    """Whether an unnamed speaker speaks for one known side: words that name a post, a body or a
    person of it ("a senior Japanese government official", "the Japan Coast Guard", "a Russian
    resident"), not a place or a people alone ("Hokkaido", "the Japanese") nor both sides ("the
    leaders of Russia and Japan")."""
    if speaker.how != "surface" or speaker.side not in ("japan", "russia") or not speaker.name:
        return False
    both = all(pattern.search(speaker.name) for _, pattern in _ADJECTIVE_SIDE)
    return not (both and " and " in speaker.name) and bool(_SPEAKING_NOUN.search(speaker.name))


def is_person(speaker: Speaker | None) -> bool:
    """Whether "he" or "she" can refer to the speaker: a named actor or a role's holder, not a
    country or an institution ("Kremlin", "Russian Foreign Ministry")."""
    return (
        speaker is not None
        and speaker.name is not None
        and speaker.how in ("name", "role", "pronoun", "introduced")
        and not _INSTITUTION_WORD.search(speaker.name)
    )


# A body named again by its kind: "the ministry", "the foreign ministry", "the government", "the
# ministry's statement"; or its statement alone: "the statement"
_BODY_AGAIN = re.compile(
    r"the\s+(?:(?:(?:foreign|defen[cs]e)\s+)?(?P<body>ministry|government)(?:['’]s)?"
    r"(?:\s+statement)?|(?P<statement>statement))",
    re.IGNORECASE,
)
# … the body that issued the statement: "The Russian Foreign Ministry (later) issued a statement",
# "Japan's Foreign Ministry's statement", "the Foreign Ministry said in a press release", "the
# Kremlin press service reported"
_ISSUER = re.compile(
    r"(?P<body>(?:[Tt]he )?(?:[A-Z][\w'’\-]* ){0,4}[A-Z][\w\-]*?)(?:(?:\s+(?:[a-z]+\s+)?"
    r"(?:issued|released|published|put out)\s+(?:a|an|its)|['’]s)\s+(?:[\w\-]+\s+)?statement\b|"
    r"\s+said\s+in\s+(?:a|its)\s+(?:press\s+release|statement)\b|"
    r"\s+press\s+service\s+(?:said|reported|announced)\b)"
)


def body_named(
    who: str,
    text: str,
    before: int,
    codebook: Codebook,
    published: date | None,
    words: str = "",
) -> Speaker | None:
    """Whom a body named again by its kind ("the ministry said") stands for: the last full name
    the text gives a body of that kind before `before` that names an actor or a side ("the
    Russian Foreign Ministry said …" / "…, the ministry said": the Russian Foreign Ministry, not
    the spokesman quoted between), else the one the quoted `words` open on ('"The Russian Foreign
    Ministry expresses its deep regret …," the ministry said'); for "the statement", the last
    body said to issue one ("The Russian Foreign Ministry issued a statement"); or None."""
    if (again := _BODY_AGAIN.fullmatch(" ".join(who.split()))) is None:
        return None
    if again["statement"]:
        mentions = [m["body"] for m in _ISSUER.finditer(text, 0, before)]
    else:
        kind = again["body"].lower()
        names = rf"(?:[A-Z][\w'’\-]* ){{1,4}}(?:(?i:foreign|defen[cs]e) )?(?i:{kind})\b"
        mentions = [m.group() for m in re.finditer(names, text[:before])]
        if opening := re.match(names, words):
            mentions.insert(0, opening.group())  # (a name before the words goes first)
    for mention in reversed(mentions):
        speaker = resolve_speaker(mention, codebook, published, None)
        if speaker.how in ("name", "country") or speaker.side in ("japan", "russia"):
            return speaker
    return None


_DEPUTY = frozenset({"deputy", "vice", "first"})


def post_holder(
    post: str, text: str, before: int, codebook: Codebook, published: date | None
) -> Speaker | None:
    """Whom a bare post ("the ambassador", "the Russian foreign minister") stands for: the last
    name the text gives that post (of that side) before `before`, in its paragraph or the one
    before ("Maehara summoned Russian Ambassador Mikhail Bely" / "The ambassador responded …":
    Bely, not Maehara), anywhere before for a post of a side or a deputy's ("Japan's Foreign
    Minister Fumio Kishida …" / … / "The Japanese foreign minister underlined …"), or None."""
    *qualifiers, noun = post.replace("defence", "defense").split()[1:]
    noun = re.escape(noun)
    side = _first_side(post.title(), _ADJECTIVE_SIDE)  # "the Russian foreign minister": Russia's
    # (the post's other words are its holder's title's, a deputy's only a deputy's: "the prime
    # minister" is no "Foreign Minister …" and no "Deputy Prime Minister …")
    qualifiers = {q for q in qualifiers if _first_side(q.title(), _ADJECTIVE_SIDE) is None}
    # (a side's post or a deputy's is looked for anywhere before: "the deputy prime minister"
    # four paragraphs under "Deputy Prime Minister Sergey Ivanov")
    start = _paragraph_before(text, before) if side is None and not qualifiers & _DEPUTY else 0
    # (the post's portfolio between: "Minister for Okinawa and Northern Territories Affairs
    # Hitoshi Kikawada")
    holders = re.compile(
        rf"(?:[A-Z][\w'’\-]* )*(?i:{noun})"
        rf"(?: (?:for|of)(?: (?:and|[A-Z][\w'’\-]*)){{1,6}}?)? {NAME}"
    )
    for holder in reversed(list(holders.finditer(text, start, before))):
        at = holder.start() + re.search(noun, holder.group(), re.IGNORECASE).start()
        title = set(text[max(0, at - 30) : at].lower().replace("defence", "defense").split()[-3:])
        if not qualifiers <= title or (title & _DEPUTY) - qualifiers:
            continue
        speaker = resolve_speaker(holder.group(), codebook, published, None)
        if speaker.how in ("role_unresolved", "surface") and (
            mention := _full_name(text, holder.start(), holder.end())
        ):  # a holder the codebook does not know: "Japanese Defense Minister Itsunori Onodera"
            speaker = _person(mention, text, codebook, published)
        if side is None or speaker.side == side:
            return speaker
    return None


def latest_subject(
    text: str,
    subjects: list[tuple[int, str]],
    before: int,
    codebook: Codebook,
    published: date | None,
    *,
    countries: bool = False,
) -> Speaker | None:
    """The latest named speaker of the text ("Igor Morgulov said …", a surname the text gave
    in full before: "Ivanov said", or an unnamed one of a known side: "A senior Japanese
    government official … said") before an offset, for pronouns; with `countries`, a country or
    capital too ("Russia said …"), for the institutions that speak for it."""
    hows = ("name", "role", "introduced") + (("country",) if countries else ())
    for offset, who in reversed(subjects):
        if offset < before:
            speaker = introduced(
                resolve_speaker(who, codebook, published, None), text, codebook, published
            )
            # (a body the text names in full is no speaker's name: "the ministry")
            known = speaker.how in hows and (speaker.how != "introduced" or is_person(speaker))
            # "A senior Japanese government official … said": unnamed, but of a side
            if known or of_a_side(speaker):
                return speaker
    return None

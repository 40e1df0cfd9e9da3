"""Page layout: the headline among the lines above the body, the title bar, the dateline that
opens a paragraph, and the notes that close a page. `kurils.clean` composes them."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from kurils import outlets, patterns
from kurils.furniture import (
    INSTITUTION,
    MAX_FURNITURE_WORDS,
    ends_a_sentence,
    is_body,
    is_city_name,
    is_data_row,
    is_navigation,
    line_key,
    line_rule,
    n_words,
    words,
)
from kurils.text import ABBREVIATIONS

__all__ = [
    "ARCHIVED_URL",
    "DIGEST_NOTE",
    "PUBLICATION_NOTE",
    "TITLE_FIELD",
    "TITLE_SEPARATOR",
    "Dateline",
    "archive_toolbar",
    "bar_cells",
    "bar_rows",
    "body_key",
    "closes_on_email",
    "credited_prefix",
    "crumb_titles",
    "cut_from",
    "dated_city",
    "find_headline",
    "glued_title",
    "goes_on",
    "infobox",
    "interview_portrait",
    "is_author_bio",
    "is_author_description",
    "is_author_name",
    "is_author_note",
    "is_footnote",
    "is_headline_like",
    "is_name_and_place",
    "is_photographers_name",
    "is_sentence_headline",
    "is_title_bar",
    "joined_across",
    "markdown_table",
    "portrait_between",
    "portrait_caption",
    "quoted_words",
    "rejoin_broken_lines",
    "repeats_body",
    "restates",
    "sections_suffix",
    "shares_half",
    "shares_subject",
    "site_suffix",
    "split_dateline",
    "tagline_suffix",
    "title_cased",
    "unwrap",
    "wire_prefix",
]


# A publication's note on itself: "Sputnik India is a news and analysis outlet.", "MEGAFISHNET.com
# is a global fish and seafood marketplace …"
PUBLICATION_NOTE = re.compile(
    r"(?P<publication>(?-i:[A-Z][\w.&'’ -]{0,40})) is an? (?:[\w-]+,? ){0,4}(?:outlet|publication|"
    r"magazine|newspaper|website|blog|news service|marketplace|portal)\b",
    re.IGNORECASE,
)
# The contributor note that closes an opinion piece: "James Brown is an associate professor …",
# "The author is …", "The views expressed … are the author's own.", "The views of the authors are
# their own …", "Chatham House does not express opinions of its own."
_AUTHOR_NOTE = re.compile(
    r"^\*?\s*(?:about the authors?:|"
    # the publication's: "The Interpreter is published by the Lowy Institute, …", "Sputnik
    # India is a news and analysis outlet."
    r"(?-i:[A-Z][\w.&'’ -]{0,40}) is (?:published|produced|edited) by\b|"
    + PUBLICATION_NOTE.pattern
    + r"|"
    r"(?P<name>(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4})) (?:is|was|are) |"
    r"(?:the )?(?:author|writer|columnist)s? (?:is|are|was)\b|"
    r"the (?:views|opinions)(?: expressed)?(?: herein| (?:in|of) [\w' ]{2,40}?)? "
    r"(?:are|is|do not)\b|"
    # a copy's notice: "The post Japan protests … first appeared on Defence Blog."
    r"the post .{1,200}? (?:first appeared|appeared first) on\b|"
    # "Statement: This article represents the views of the author."
    r"(?:statement:\s*)?this (?:article|story|piece|commentary) (?:only )?(?:represents|reflects) "
    r"the (?:views|opinions) of (?:the|its) authors?\b|"
    r"(?:a version of )?this (?:article|story|piece|commentary|editorial) (?:first |originally )?"
    r"(?:appeared|appears|was "
    r"(?:first |originally )?published|is (?:part|an? \w+ version))\b|"
    # "Vox Populi, Vox Dei is a popular daily column that …"
    r"(?:[\w ,]{2,40} is a (?:\w+ ){0,2}(?:daily|weekly|regular|monthly) column\b)|"
    r"(?:this )?(?:commentary|analysis|article|report|piece|document|paper|brief|interview) "
    r"(?:is|was) (?:produced|published|written|prepared|conducted) by\b|"
    r"(?-i:[A-Z][\w&.'’ -]{0,40}) does not (?:take|express|hold) (?:\w+ )?(?:policy )?"
    r"(?:positions|opinions|views)\b)",
    re.IGNORECASE,
)


_FOOTNOTE = re.compile(r"^\[\d{1,3}\]\s*\S")
# A paper's list of references run into one line after its label: "References:[1] Modern …"
_REFERENCE_LIST = re.compile(r"^(?i:references|bibliography|works cited)\s*:?\s*\[1\]\s*\S")


def is_footnote(line: str) -> bool:
    """A numbered note ("[1] Kremlin, "Press statements …", January 22, 2019."), up to 80 words;
    or a list of them run into one line after its label ("References:[1] … [2] …")."""
    if line[:1] == "[":
        return bool(_FOOTNOTE.match(line)) and n_words(line) <= 80
    return line[:1] in "RrBbWw" and bool(_REFERENCE_LIST.match(line))


# The citation marks a summary cut off the end of one sentence and left opening the next: "[5]
# However, …", "[7][13] In 2011, …", "[citation needed] On 7 February 1953, …"
_OPENING_MARKS = re.compile(r"^(?:\[(?:\d{1,3}|citation needed|[a-z]{1,2})\]\s*)+[A-Z\"“]")


def marks_glued_to_sentences(paragraphs: list[str]) -> bool:
    """Whether paragraphs opening on citation marks (`_OPENING_MARKS`) stand amid the story in
    two places or more, paragraphs opening on none before and after each run of them (a summary
    of an encyclopedia's article): then the last paragraphs opening on a mark are the story's
    too, not its notes (which stand in one run, perhaps over a bio)."""
    marked = [bool(_OPENING_MARKS.match(paragraph)) for paragraph in paragraphs]
    runs = [
        at
        for at in range(1, len(marked) - 1)
        if marked[at] and not marked[at - 1] and not all(marked[at:])
    ]
    return len(runs) >= 2


# A site's note on its reporter, no byline needed: "Jane Roe is the World News reporter for Globe
# Live Media. She covers …"
_STAFF_NOTE = re.compile(
    r"(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,4}(?:reporter|writer|editor|correspondent|journalist|"
    r"columnist) (?:for|at|with) [A-Z]"
)


def is_author_note(line: str, bylines: list[str]) -> bool:
    """A closing paragraph on the piece rather than its subject: its author ("James Brown is
    …", the name as in one of the `bylines`, or the site's reporter: `_STAFF_NOTE`; "The author
    is …") or where it appeared ("This article first appeared in …"), at most 60 words."""
    match = _AUTHOR_NOTE.match(line)
    if match is None or n_words(line) > 60:
        return False
    name = match["name"]
    return (
        name is None
        or any(f" {_name_key(name)} " in f" {_name_key(b)} " for b in bylines)
        or _STAFF_NOTE.match(line, match.end("name") + 1) is not None
    )


def _name_key(name: str) -> str:
    """A name's words, lower-cased, its initials left out: "Jeffrey W. Hornung" and "Jeffrey
    Hornung" are one author."""
    return " ".join(word for word in line_key(name).split() if len(word.strip(".")) > 1)


_FIRST_NAME_NOTE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+) (?:(?:is|was) (?:an? |the )|(?:started|began) (?:his|her) career )"
)


def is_author_bio(line: str, bylines: list[str]) -> bool:
    """A note on the author opening the body, under the byline: `is_author_note`, or by the
    first or last name alone ("Bruce is the senior research fellow for Northeast Asia …" under
    "Bruce Klingner", "Robert started his career as a … writer"); up to 40 words, naming an
    author's role."""
    if n_words(line) > 40 or not _AUTHOR_ROLES.search(line):
        return False
    if is_author_note(line, bylines):
        return True
    match = _FIRST_NAME_NOTE.match(line)
    return bool(match) and any(
        _is_name(b) and match["name"].lower() in line_key(b).split() for b in bylines
    )


def is_author_name(line: str, closing: list[str]) -> bool:
    """A name alone on its line ("James D.J. Brown") that opens an author's note among the
    `closing` paragraphs ("James D.J. Brown is an associate professor …"): a byline. Not an
    outlet's name ("Sputnik India" / "Sputnik India is a news and analysis outlet.")."""
    if not _is_name(line) or outlets.known_outlets(line):
        return False
    notes = (_AUTHOR_NOTE.match(paragraph) for paragraph in closing if n_words(paragraph) <= 60)
    return any(
        note and note["name"] and _name_key(note["name"]) == _name_key(line) for note in notes
    )


_AUTHOR_ROLES = re.compile(
    r"\b(?:professor|director|head|fellow|member|editor|correspondent|researcher|doctor|"
    r"chair(?:man|woman)?|analyst|lecturer|writer|columnist|scholar|expert|employee|"
    r"candidate of (?:\w+ )?sciences)\b",  # a Russian degree: "candidate of historical sciences"
    re.IGNORECASE,
)


# An academic journal's label over the author's post: "Affiliation:"
_AFFILIATION_LABEL = re.compile(r"(?i:(?:author )?affiliations?):?")
_INSTITUTION = re.compile(rf"\b{INSTITUTION}\b")


# The author's e-mail addresses closing the description, perhaps as a site hides them
# ("[email protected]")
_CLOSING_EMAILS = re.compile(
    r"(?:[;,]?\s*(?:e-?mail\s*:?\s*)?(?:\[email\s+protected\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))+$",
    re.IGNORECASE,
)


def closes_on_email(line: str) -> bool:
    """Whether `line` ends in e-mail addresses, perhaps hidden by the site ("… Doctor of Law;
    [email protected]")."""
    return ("@" in line or "protected]" in line) and _CLOSING_EMAILS.search(line) is not None


def is_author_description(line: str, above: str) -> bool:
    """Who the author named on the line `above` is, in a header ("Dmitry Streltsov" / "Doctor
    of History, Head of the Department of Oriental Studies at MGIMO University", or under
    "Affiliation:"), or where the author works, under the name or the author's post alone ("Mari
    Koyano" / "Professor" / "Graduate School of Law, Hokkaido University"): up to 30 words with a
    role or an institution, not a sentence; or in brackets under the name ("A.A. Kurmazov" / "(The
    Russian-Japanese Commission on … fishery, Tokyo, Japan)"). E-mail addresses closing it count
    for nothing."""
    if closes_on_email(line):  # "… Doctor of Law; [email protected]; …"
        line = _CLOSING_EMAILS.sub("", line)
    post_above = n_words(above) <= 4 and not ends_a_sentence(above) and _AUTHOR_ROLES.search(above)
    if line[:1] == "(" and line[-1:] == ")" and "." not in line[:-2]:
        return n_words(line) <= 30 and _is_name(above)
    return (
        (_is_name(above) or bool(post_above) or _AFFILIATION_LABEL.fullmatch(above) is not None)
        and n_words(line) <= 30
        and not ends_a_sentence(line)
        and bool(_AUTHOR_ROLES.search(line) or _INSTITUTION.search(line))
    )


_LEADING_SYMBOLS = re.compile(r"^[^\w\"“‘'\[(]+")


# How a line that is no title ends: mid-sentence, introducing the next, a table's cell (" |") or a
# kicker's place ("Kurile Islands, Russia//")
_NO_TITLE_ENDINGS = (",", ";", ":", "-", "–", "—", " |", "/")


def is_headline_like(line: str) -> bool:
    """3–30 words, starting like a title (after any emoji: "📄 Comment by …") but not on a time
    of day (a clock: "13:28 GMT +3 13 November 2019"), not ending mid-sentence, on a colon (a
    line introducing the next: "Agency Jiji.com quotes Prime Minister Shinzo Abe:"), on a
    table cell's bar (an old page's caption: "Koizumi has championed a more assertive … |") or
    on a slash (a kicker's place: "Kurile Islands, Russia//")."""
    count = n_words(line)
    first = _LEADING_SYMBOLS.sub("", line)[:1]
    # "[Editorial] …", "(LEAD) …"
    starts_like_a_title = first.isupper() or first.isdigit() or first in "\"“‘'[("
    return (
        3 <= count <= 30
        and starts_like_a_title
        and not line.endswith(_NO_TITLE_ENDINGS)
        and not (first.isdigit() and patterns.TIME_OF_DAY.match(line))
    )


# A newspaper archive's headline, its section and its deck: "Gorbachev Leaves Tokyo, and Kaifu
# Says … : Diplomacy: Japan's premier feels he won … The Soviet leader flies to South Korea."
_HEADLINE_SECTION_DECK = re.compile(r"[A-Z][^:]{10,150}[^\s:] : [A-Z][\w'’ -]{1,30}: [A-Z\"“‘']")


# An archive's headline, its deck and its reporter: "Ainu people lay ancient claim to Kurile
# Islands: The hunters and fishers who lost their land … demand their rights, reports Terry
# McCarthy"
_HEADLINE_DECK_REPORTER = re.compile(
    r"[A-Z][^:]{10,150}[^\s:]: [A-Z][^.!?:]{10,300}, (?:reports|writes) "
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}$"
)


def is_sentence_headline(line: str) -> bool:
    """A headline that `is_body` takes for a sentence: a question or a quotation without a full
    stop ("Will Tokyo and Moscow ever sign a treaty?", "… 'without preconditions'"), or an
    archive's headline with its section and deck ("… Near Future : Diplomacy: Japan's premier
    feels … The Soviet leader flies to South Korea."), or a document's title closing on a
    bracket ("Prime Minister Vladimir Putin's interview to … (The Nikkei)")."""
    if is_headline_like(line) and (
        (n_words(line) <= 20 and not line.rstrip("\"”'’»)]").endswith((".", "…", ":", ";", ",")))
        or (_DOCUMENT_TITLE.match(line) is not None and not line.endswith("."))
    ):
        return True
    return n_words(line) <= 60 and _HEADLINE_SECTION_DECK.match(line) is not None


# A title glued to the lead with no space between: "… at Irkutsk SummitMoscow said Monday …"
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TITLE_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())


def glued_title(paragraph: str) -> int | None:
    """Where a title in title case (4–20 words, no stop) ends that is glued to the lead's first
    sentence (ten words or more, many in lower case): "Russia Says No Deal With Japan on Kuril
    Islands at Irkutsk SummitMoscow said Monday that …". None for no such title."""
    for glue in _GLUE.finditer(paragraph, 0, 200):
        title, lead = paragraph[: glue.start()], paragraph[glue.start() :]
        title_words = words(title)
        if not 4 <= len(title_words) <= 20 or re.search(r"[.!?:;]", title):
            continue
        lead_words = words(re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0])
        if (
            all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in title_words)
            and len(lead_words) >= 10
            and sum(w[0].islower() for w in lead_words) >= len(lead_words) // 3
        ):
            return glue.start()
    return None


def body_key(paragraphs: list[str]) -> str:
    """The `line_key` of each paragraph, one per line."""
    return "\n".join(map(line_key, paragraphs))


def repeats_body(line: str, body: str, *, sentence: bool = False) -> bool:
    """A standfirst, caption or pull quote printed again inside a longer body paragraph, up to
    case and punctuation (`body`: the paragraphs' `body_key`). A line that ends as a sentence
    does only when `sentence` is set (a standfirst that the lead paragraph repeats)."""
    # a pull quote, the quotation alone: "“Russia's response is extremely unfair”"
    if ends_a_sentence(line.strip("\"“”'‘’«»")) and not sentence:
        return False
    key = line_key(line)
    if len(key) < 20:
        return False
    at = body.find(key)
    while at >= 0:
        end = at + len(key)
        whole_words = (at == 0 or body[at - 1] in " \n") and (
            end == len(body) or body[end] in " \n"
        )
        line_start, line_end = body.rfind("\n", 0, at) + 1, body.find("\n", end)
        longer = (line_end if line_end >= 0 else len(body)) - line_start > len(key)
        if whole_words and longer:
            return True  # inside a longer paragraph, not the paragraph itself
        at = body.find(key, at + 1)
    return False


def cut_from(line: str, paragraph: str) -> bool:
    """Whether `line` is the opening of `paragraph` (after its dateline), 80 characters or more,
    cut off short of its end: a page's description above the story ("The foreign ministers …
    has blocked the sign" over "ROME – The foreign ministers … has blocked the signing …")."""
    key, lead = line_key(line), line_key(paragraph)
    at = lead.find(key) if len(key) >= 80 else -1
    return 0 <= at <= 40 and len(lead) > at + len(key)


def _content(key: str) -> set[str]:
    return {word.rstrip("s") for word in key.split() if len(word) > 3}


def shares_half(line: str, text: str) -> bool:
    """Whether `text` holds half `line`'s words of four letters or more, or more: a picture's alt
    text and its caption ("Kuril Kunashir island, Medvedev" / "Kunashir Island, one of the Kuril
    islands …")."""
    content = _content(line_key(line))
    return 2 * len(content & _content(line_key(text))) >= len(content)


def shares_subject(line: str, text: str) -> bool:
    """Whether `line` and `text` share a word of four letters or more ("Paper version not
    known" shares none with a disclaimer)."""
    return bool(_content(line_key(line)) & _content(line_key(text)))


def restates(line: str, paragraph: str) -> bool:
    """Whether `paragraph` holds three in four of `line`'s words of four letters or more (and at
    least four): a caption over the lead that tells what the lead does ("Prime Minister Koizumi
    delivers an address at the 2003 National Rally …" / "Prime Minister Junichiro Koizumi
    attended the 2003 National Rally …")."""
    content = _content(line_key(line))
    return len(content) >= 4 and 4 * len(content & _content(line_key(paragraph))) >= 3 * len(
        content
    )


# Words nearly every article on the dispute uses: a line of no other content words is a
# section's title ("Japan and Russia" over "Shinzo Abe's hopes of a deal … are fading").
_TOPIC_WORDS = frozenset("japan japanese russia russian tokyo moscow".split())
# Words of four letters or more that say nothing of a line's subject.
_FUNCTION_WORDS = frozenset(
    "from with that this have been will over into after about their they them were".split()
)


# Between the headline and the site's segments in a page title: "H / News / Site", "H | Site".
TITLE_SEPARATOR = re.compile(r"\s+(?:[/|»:]{1,2}|[-–—]{1,2})\s+")
# The bar or slash between a site's sections: "National / Media | MEDIA MIX"
_SECTIONS = re.compile(r"\s[/|»]\s")
# A site's name as a web address before its tagline: "Sakhalin.info — News of Sakhalin and …".
_SITE_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?i:[a-z]{2,4})" + TITLE_SEPARATOR.pattern)


# The title of a government transcript or document page ("Press Conference by Foreign Minister
# HAYASHI Yoshimasa", "Extraordinary Press Conference by …"): it shares few words with the body,
# unlike the topic headings below it.
_DOCUMENT_TITLE = re.compile(  # perhaps after whose it is: "Prime Minister Vladimir Putin's …"
    r"^(?:(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.-]*[’']s\s+)?"
    r"(?i:(?:(?:joint|opening|closing|extraordinary|regular|special|emergency|online) )?"
    r"(?:press conference|press briefing|news conference|"
    r"briefing|remarks|statement|speech|address|interview|transcript|message|comment)s?\s+"
    r"(?:by|of|with|at|from|to)\s+(?:the\s+)?)[A-Z]"
)
# A numbered section's heading under the title of a document: "1. Peace Treaty Negotiations",
# "(2) Economic Cooperation", "IV. Conclusion", "3.1. Indigenous People of the Kurile Islands"
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}\.(?:\d{1,2}\.?){0,3}|\(\d{1,2}\)|[IVX]{1,4}\.)\s+[A-Z]")


def _opens_an_echo(key: str, echoes: frozenset[str]) -> bool:
    """Whether a caption opens on the line `key`, of five words or more: the page's title printed
    again before its picture's caption ("Putin's Closest Ally: … Harakiri" A photo of …)."""
    return key.count(" ") >= 4 and any(echo.startswith(f"{key} ") for echo in echoes)


def _held(inner: str, outer: str) -> bool:
    """Whether the line key `inner`, four words or more, is printed within the key `outer` after
    other words ("Title" in "name title print e mail")."""
    return inner.count(" ") >= 3 and f" {inner} " in f"{outer} "


def find_headline(
    candidates: list[str],
    body_keys: list[str],
    bylined: list[bool] | None = None,
    dated: list[bool] | None = None,
    under_date: list[bool] | None = None,
    echoes: frozenset[str] = frozenset(),
) -> int | None:
    """Index of the headline among the lines before the first body paragraph.

    Headline-like lines (or one in lower case that a byline follows, or an archive's headline
    with its deck and its reporter, "…: The hunters and fishers …, reports NAME", or a blog
    post's title of two words under the page's date that shares a word with the body) are the
    candidates; those that are a title bar of a later line, or a numbered section's heading
    under a title that a date follows ("1. Peace Treaty Negotiations"), or the story's topics
    printed twice under it ("Russia Ukraine War Japan"), are skipped. A line printed twice (page
    title and headline, or headline and a picture's caption: `echoes`, the keys of the page's
    captions, or the opening of one: `_opens_an_echo`) wins, but for a section's name printed
    just above and just below another title;
    then a document title ("Press Conference by …", "Statement by …");
    otherwise the line sharing most content words with the body (a site tagline shares few; a
    line in capitals, half as much when other lines are not), ties going to the line a byline
    follows, else to the one sharing more words, else to the earliest — unless the line just
    above it shares words of its subject too (not only "Russia" or "from", as "Independent News
    From Russia" does), is no longer, and a byline's name sits just below, or a date or byline
    stands between the two, or the page's date stands just above it and it has five words or
    more (a blog's date, its title, then the title of the piece it reprints), or the best one is
    said again by a paragraph after the lead and the line above it, of five words or more, is not
    (a standfirst: "The visit will continue until October 30"): then that line is the headline
    and the best one its standfirst ("Why Putin and Abe failed …" / "The Nagato summit produced
    …" / "ALEXEI LOSSAN"); `bylined` marks the candidates that a removed byline
    follows ("By MASAMI ITO"), `dated` those that a removed date or byline follows,
    `under_date` those that a removed date precedes.
    """
    keys = [line_key(line) for line in candidates]
    body_words = _content(" ".join(body_keys))
    # a line printed just above and just below another title: the site's section around the
    # headline ("Russian Politics & Diplomacy" / headline / "Russian Politics & Diplomacy")
    framing = {
        keys[j]
        for j in range(len(keys) - 2)
        if keys[j] and keys[j] == keys[j + 2] != keys[j + 1] and is_headline_like(candidates[j + 1])
    }
    best, best_score, best_shared, best_bylined = None, -1.0, 0, False
    scores: dict[int, float] = {}
    sections: set[int] = set()  # numbered sections' headings under the title, skipped
    for i, line in enumerate(candidates):
        titled = (
            is_headline_like(line)
            or (  # a title in lower case above its byline
                bool(bylined and bylined[i])
                and 3 <= n_words(line) <= 30
                and not ends_a_sentence(line)
                and not line.endswith(_NO_TITLE_ENDINGS)
            )
            or bool(_HEADLINE_DECK_REPORTER.match(line))  # an archive's, over 30 words
            or (  # a blog post's title of two words under its date: "Occupied Territory"
                bool(under_date and under_date[i])
                and n_words(line) == 2
                and line.istitle()
                and not line.endswith(_NO_TITLE_ENDINGS)
                and bool(_content(keys[i]) & body_words)
            )
        )
        if (
            not titled
            or _SITE_NAME.match(line)
            or (_CITY_DATE.match(line) and dateline_alone(line))  # "Moscow, July 30" over the lead
            or _standfirst_bullet(candidates, i)
        ):
            continue
        if any(
            is_title_bar(line, later) and not _ends_in_site_name(line, later)
            for later in keys[i + 1 :]
            if " " in later
        ) or (
            any(_ends_title_bar(other, keys[i]) for other in candidates)
            and not _section_under_its_page_title(candidates, i)
        ):
            continue  # a page title (its headline two words or more: not "… - Putin" over a
            # picture's "Putin"), or the site name that ends one
        if (
            dated
            and any(dated[:i])
            and (_SECTION_NUMBER.match(line) or (keys.count(keys[i]) > 1 and _SLUG.fullmatch(line)))
        ):
            continue  # a numbered section's heading, or the topics printed twice, under a date
        if (
            i
            and _SECTION_NUMBER.match(line)
            and (i - 1 in sections or is_headline_like(candidates[i - 1]))
            and (i - 1 in sections or not _SECTION_NUMBER.match(candidates[i - 1]))
        ):
            sections.add(i)
            continue  # a numbered section's heading right under the page's title ("Overview of
            # awareness-raising projects" / "1. Promotion of the Campaign for …"), or under such
            # a section's ("3. The Territorial Dispute …" / "3.1. Indigenous People …")
        content = _content(keys[i])
        shared = len(content & body_words)
        if (
            (keys.count(keys[i]) > 1 and keys[i] not in framing)
            or keys[i] in echoes
            or _opens_an_echo(keys[i], echoes)
            or any(
                is_title_bar(other, keys[i], sides=(0,)) for other in candidates if other != line
            )
        ):
            score = 2.0
        elif _DOCUMENT_TITLE.match(_LEADING_SYMBOLS.sub("", line)):
            score = 1.5
        elif content <= _TOPIC_WORDS:
            score = 0.0
        else:
            score = shared / len(content)
            if len(content) == 1:
                score /= 2  # one word of a subject: a section's name ("War in Ukraine")
            if line.isupper() and not all(map(str.isupper, candidates)):
                score /= 2  # a section in capitals ("ASIA & JAPAN WATCH") above the headline
        scores[i] = score
        # a byline, or a name alone, under it ("Jeffrey Hornung")
        above_byline = bool(bylined and bylined[i]) or (
            i + 1 < len(candidates) and _is_name(candidates[i + 1])
        )
        # a tie goes to the line a byline follows, else to the one sharing more words ("Ministry
        # of Defense" over "Russian Federation Armed Forces' exercises on the Northern …")
        tie = score == best_score and best is not None
        if (
            score > best_score
            or (tie and above_byline)
            or (tie and shared > best_shared and not best_bylined)
        ):
            best, best_score, best_shared, best_bylined = i, score, shared, above_byline
    if best is not None:  # the title printed again alone under a longer line holding it after
        # other words: "NAME Title Print E-mail" / (its date) / "Title" (not a title and its day,
        # "Title in October 2009" / "Title": the title that day)
        best = next(
            (j for j in range(best + 1, len(keys)) if j in scores and _held(keys[j], keys[best])),
            best,
        )
        best_score = scores[best]
    if best is not None and best_score < 1.5 and 0 < scores.get(best - 1, 0) < 1.5:
        above, below = candidates[best - 1], candidates[best + 1 : best + 2]
        subject = _content(keys[best - 1]) - _TOPIC_WORDS - _FUNCTION_WORDS
        if not subject & body_words:  # a tagline ("Independent News From Russia")
            return best
        if _held(keys[best], keys[best - 1]):
            return best  # the title printed again within a longer line: "NAME Title Print E-mail"
        by_name = (below and _is_name(below[0])) or (bylined and bylined[best])
        if (
            n_words(above) <= n_words(candidates[best])
            and by_name
            and not _SECTIONS.search(above)
            and not (above.isupper() and not candidates[best].isupper())
        ):
            return best - 1  # the headline above its standfirst, the byline under both (not the
            # site's sections above the headline: "National / Media | MEDIA MIX", nor its
            # kicker in capitals: "G8 SUMMIT 2008")
        if dated and dated[best - 1]:
            return best - 1  # the headline, its date or byline, then its standfirst
        if (
            under_date
            and under_date[best - 1]
            and n_words(above) >= 5
            and not above.isupper()
            and not TITLE_SEPARATOR.search(above)  # no page title: "… | NHK WORLD-JAPAN News"
        ):
            return best - 1  # the page's date, its title, then a second title (a reprint's)
        if any(
            mark(candidates[best]) and not above_mark(above)
            for mark, above_mark in (
                (_ATTRIBUTED_QUOTE.match, _ATTRIBUTED_QUOTE.match),
                (_SAYS.search, _SAID.search),
                (_ON_WEEKDAY.search, _ON_WEEKDAY.search),
                (_OPENS_ON_A_DAY.match, _OPENS_ON_A_DAY.match),
            )
        ):  # the headline over its standfirst, someone's words ("… Minister said", "… new prime
            # minister says he expects frank talks …", "… Ambassador to Japan Mikhail Galuzin
            # added"), who reported it ("Japan's Kyodo news agency reported that …") or the day
            # ("… arrived in Iturup on Friday", "On September 4-6, Abe will visit …"), the
            # headline in a headline's present tense ("Senator says Russia should leave …" over
            # "Vladimir Dzhabarov said that …")
            return best - 1
        if (
            scores[best - 1] >= 0.75
            and best_score - scores[best - 1] <= 0.15
            and n_words(above) >= 5
        ):
            return best - 1  # two lines that both tell the story: the headline is the upper
        if (
            n_words(above) >= 5
            and not above.isupper()
            and not restates(candidates[best], body_keys[0])
            and any(restates(candidates[best], key) for key in body_keys[1:])
            and not any(restates(above, key) for key in body_keys)
        ):  # a standfirst that a paragraph after the lead says again ("The visit will continue
            # until October 30" / "… Their visit will continue until October 30.") under the
            # headline
            return best - 1
        length = n_words(candidates[best])
        if (
            length >= 15
            and 5 <= n_words(above) <= 0.75 * length
            and not TITLE_SEPARATOR.search(above)  # a section's line: "March 2023 | Letter from …"
        ):
            return best - 1  # a standfirst runs longer than a headline (a kicker above is shorter)
    return best


# A story's topics as the AP prints them under the date, twice: "Russia Ukraine War Japan"
_SLUG = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*){1,5}")
_SAYS = re.compile(r"\b(?:says|said|tells|told|added|noted|reported)\b")
_SAID = re.compile(r"\b(?:said|told|added|noted|reported)\b")  # … in a sentence's past tense
_ON_WEEKDAY = re.compile(rf"\bon {patterns.WEEKDAY}\b")
# A sentence opening on its day, then a comma: "On September 4-6, Abe will visit …"
_OPENS_ON_A_DAY = re.compile(
    rf"(?:On|In|From|Since|By|Until) (?:{patterns.MONTH}|{patterns.WEEKDAY}|\d)[^,]{{0,25}}, "
)
# Someone's words and who said them: '"President Putin has confirmed many times, Russia adheres to
# this document," Foreign Minister said'
_ATTRIBUTED_QUOTE = re.compile(
    r"[\"“«](?P<words>[^\"“”«»]{10,})[\"”»],?\s+(?:[\w.'’-]+\s+){0,6}"
    r"(?:said|says|stated|noted|stressed)\b"
)


def quoted_words(line: str) -> str:
    """The words that a line of someone's words and who said them quotes, else the line: what a
    standfirst repeats of the body ('"Russia adheres to this document," Foreign Minister said'
    over '"… Russia adheres to this document," he said.')."""
    quote = _ATTRIBUTED_QUOTE.match(line)
    return quote["words"] if quote else line


# A known outlet's name in capitals glued after a title by a space, as a reading list prints its
# source ("… annual salmon fishing talks NHK"), after no word that would make it the title's own
# ("… interview to NHK", "…, says TASS"), or after a word in capitals ("… after WWII NHK")
_GLUED_ACRONYM = re.compile(
    r"(?<=[a-z]) (?P<name>[A-Z]{2,6})$|(?<=[A-Z0-9]) (?P<after>[A-Z]{2,6})$"
)
_OWN_BEFORE_A_NAME = frozenset(
    "to by on with from for of at in via and or says said tells told".split()
)


def site_suffix(headline: str) -> int | None:
    """Where the site's name begins in a page title kept as the headline ("Japan and Russia
    agree … | Reuters", "… - World news - The Guardian"): its last segment names a known outlet,
    any segments between that and the headline are sections in navigation words or other known
    outlets ("… | RIA NOVOSTI / VIA REUTERS"); or a known outlet's name in capitals glued on by a
    space ("… fishing talks NHK"), after a word in capitals too in a title in mixed case ("…
    after WWII NHK"). None when the line ends in no such name."""
    cuts = list(TITLE_SEPARATOR.finditer(headline))
    if not cuts:
        glued = _GLUED_ACRONYM.search(headline) if headline[-1:].isupper() else None
        name = glued and (glued["name"] or glued["after"])
        if (
            glued is None
            or not outlets.known_outlets(name)
            or (glued["after"] and not any(c.islower() for c in headline))
        ):
            return None
        before = headline[: glued.start()].rsplit(" ", 1)[-1]
        return None if before in _OWN_BEFORE_A_NAME else glued.start()
    if not outlets.known_outlets(headline[cuts[-1].end() :]):
        return None
    at = len(cuts) - 1
    while at > 0 and (
        is_navigation(segment := headline[cuts[at - 1].end() : cuts[at].start()])
        or outlets.known_outlets(segment)  # the agency over the site: "… | RIA NOVOSTI / VIA …"
    ):
        at -= 1
    return cuts[at].start()


# The label of a story's page of readers' comments, closing its title: "… - Comments"
_COMMENTS_PAGE = re.compile(r"(?i:(?:\d[\d,]* |readers?'? )?comments(?: \(\d[\d,]*\))?)")


def sections_suffix(headline: str) -> int | None:
    """Where the site's sections begin in a page title kept as the headline, two or more after
    it in navigation words alone ("… the Russian Kuril Islands | news | news"), or the label of
    its page of readers' comments ("What makes Japan cling to …? - Comments"), the title of three
    words or more; else None (one such word may be the title's own: "… - media")."""
    cuts = list(TITLE_SEPARATOR.finditer(headline))
    if (
        cuts
        and _COMMENTS_PAGE.fullmatch(headline[cuts[-1].end() :].strip())
        and n_words(headline[: cuts[-1].start()]) >= 3
    ):
        return cuts[-1].start()
    at = len(cuts)
    while at > 0 and is_navigation(
        headline[cuts[at - 1].end() : cuts[at].start() if at < len(cuts) else None].strip()
    ):
        at -= 1
    if len(cuts) - at < 2 or n_words(headline[: cuts[at].start()]) < 3:
        return None
    return cuts[at].start()


# A site's tagline of news after the title: "… by force – Russia news today", "… – Latest News"
_NEWS_TAGLINE = re.compile(
    r"(?i:(?:latest|breaking|top) (?:[\w.'’-]+ )?news(?: (?:today|now|online|live|updates?))?|"
    r"(?:[\w.'’-]+ ){0,2}news (?:today|now|online|live|updates?))"
)


def tagline_suffix(headline: str) -> int | None:
    """Where a site's news tagline begins after a page title kept as the headline, its last
    segment ("… by force – Russia news today"), the title of three words or more; not a known
    outlet's name ("… — Kyodo News": the story's source). None when there is no such tagline."""
    cuts = list(TITLE_SEPARATOR.finditer(headline))
    if not cuts or n_words(headline[: cuts[-1].start()]) < 3:
        return None
    tail = headline[cuts[-1].end() :].strip()
    if not _NEWS_TAGLINE.fullmatch(tail) or outlets.known_outlets(tail):
        return None
    return cuts[-1].start()


# A wire's slug before its headline: "UPDATE 2-", "REFILE-UPDATE 1-", "ANALYSIS-", "FACTBOX-";
# Kyodo's "LEAD:", "URGENT:" (its version, not its genre: "FOCUS: …" stays)
_WIRE_PREFIX = re.compile(
    r"(?:(?:UPDATE|REFILE|CORRECTED|EXCLUSIVE|WRAPUP|ANALYSIS|FACTBOX|INSIGHT|PREVIEW|TIMELINE|"
    r"EXPLAINER|RPT|BREAKINGVIEWS|COLUMN|INTERVIEW|SPECIAL REPORT)(?: \d{1,2})?-)+"
    r"(?=[A-Z0-9\"'‘“])|(?:LEAD|URGENT|BULLETIN|FLASH)(?: \d{1,2})?:\s+(?=[A-Z0-9\"'‘“])"
)


def wire_prefix(headline: str) -> int | None:
    """Where the headline begins after a wire's slug ("UPDATE 2-Russia quits …"), or None."""
    match = _WIRE_PREFIX.match(headline)
    return match.end() if match else None


# A known outlet's name before a headline and a colon, as a forum or a blog credits the copy it
# posts: "AFP: In landmark move, …", "Kyodo News: …"; words that go with a name besides it
_CREDIT = re.compile(r"(?P<name>[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,3}):\s+(?=[A-Z0-9\"'‘“])")
_NAME_WORDS = frozenset("the news agency world online press service english wire".split())


def credited_prefix(headline: str) -> int | None:
    """Where the headline begins after the name of the known outlet it credits ("AFP: In
    landmark move, Japan to recognise …"): the name alone before the colon, up to four words
    ("Kyodo News", not "Asahi Glass" nor "Russia"), a headline of three words or more after it;
    or None."""
    match = _CREDIT.match(headline)
    if not match or n_words(headline[match.end() :]) < 3:
        return None
    rest = outlets.ANY_OUTLET.sub(" ", match["name"])
    if rest == match["name"] or not outlets.known_outlets(match["name"]):
        return None
    return match.end() if set(rest.lower().split()) <= _NAME_WORDS else None


def _ends_in_site_name(line: str, key: str) -> bool:
    """Whether the title bar `line` is a headline and the site's name `key` ("Japan and Russia
    agree to resume talks - Border Herald" over the site's "Border Herald"): the bar is the
    headline."""
    segments = TITLE_SEPARATOR.split(line)
    return _ends_title_bar(line, key) and is_headline_like(" ".join(segments[:-1]))


def _section_under_its_page_title(candidates: list[str], at: int) -> bool:
    """Whether `candidates[at]` is a section's heading printed under the page's title that ends
    in it, the title opening on its topic of a word or two, no headline ("Kuril Islands -
    Current Situation and The Economy" / "Current Situation and The Economy"): the heading is
    no site's name."""
    if at == 0 or not _ends_title_bar(candidates[at - 1], line_key(candidates[at])):
        return False
    segments = TITLE_SEPARATOR.split(candidates[at - 1])
    return len(segments) == 2 and not is_headline_like(segments[0])


def _ends_title_bar(line: str, key: str) -> bool:
    """Whether `key` is the last segment of a title bar, as a site's name ends one ("H | Site"),
    not as a headline ends one that opens with a known outlet ("People's Daily Online -- H") or
    a site's name and section ("Job Website - Ranking of countries - Who supervised the Kuril
    Islands in history?": a site's name has up to five words and no stop)."""
    segments = TITLE_SEPARATOR.split(line)
    return (
        len(segments) > 1
        and line_key(segments[-1]) == key
        and not outlets.known_outlets(segments[0])
        and n_words(segments[-1]) <= 5
        and not segments[-1].endswith(("?", "."))
    )


# Words of a document's type, printed as a label under its title ("PRESS STATEMENT"): no name's
_DOCUMENT_TYPE_WORDS = frozenset(
    "press statement release briefing readout remarks transcript news analysis opinion "
    "editorial commentary interview update exclusive feature report media note conference "
    "statements releases briefings reports notes conferences".split()
)


_CRUMB_MARKS = frozenset("»›>|")
_PLACE_WORDS = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


def is_name_and_place(line: str) -> bool:
    """A reporter's name and the city filed from, as a byline over the outlet's name prints them
    ("Bernard Lagan, Sydney" / "The Times"): a name (two to four capitalised words), a comma and
    one or two capitalised words."""
    name, comma, place = line.partition(", ")
    return bool(comma) and _is_name(name) and _PLACE_WORDS.fullmatch(place) is not None


def _is_name(line: str) -> bool:
    """Two to four capitalised words and nothing else: a byline's name ("ALEXEI LOSSAN"), not a
    document's type ("PRESS STATEMENT") nor a breadcrumb ("World » Asia")."""
    found = words(line)
    return (
        2 <= len(found) <= 4
        and not ends_a_sentence(line)
        and not _CRUMB_MARKS.intersection(line)
        and all(w[0].isupper() for w in found)
        and not _DOCUMENT_TYPE_WORDS.issuperset(w.lower() for w in found)
    )


def is_photographers_name(line: str) -> bool:
    """Two or three capitalised words and nothing else, a photographer's credit alone under a
    picture's caption ("Kirill Kudryavtsev")."""
    return n_words(line) <= 3 and _is_name(line) and not any(map(str.isdigit, line))


def is_title_bar(line: str, headline_key: str, *, sides: tuple[int, ...] = (0, -1)) -> bool:
    """True for an HTML-title line: the headline plus site segments ("H / News / Site"), with
    the headline at one of `sides` (first or last segment)."""
    segments = TITLE_SEPARATOR.split(line)
    return len(segments) > 1 and any(line_key(segments[side]) == headline_key for side in sides)


# The Wayback Machine's toolbar above an archived page: "The Wayback Machine - https://web.
# archive.org/web/20101103021512/http://…", "69 captures", "02 Nov 2010 - 14 Jun 2019" (the
# captures, not the publication), "About this capture", …, "TIMESTAMPS"; archive.today's:
# "archive.today", "webpage capture", "Saved from https://…", the capture's time, …, "report
# bug or abuse"; Google's cache: "This is Google's cache of https://…. It is a snapshot of the
# page as it appeared on …", …, "Tip: To quickly find your search term on this page, …".
ARCHIVED_URL = re.compile(
    r"(?:web\.archive\.org/web/\d{8,14}[a-z_]*/|^Saved from\s+|^This is Google's cache of\s+)"
    r"(?P<url>https?://\S+?|\S+\.\S+?)(?=\.?(?:\s|$))",
    re.IGNORECASE,
)
_ARCHIVE_TITLE = re.compile(
    r"^(?:The )?Wayback Machine\b|^archive\.(?:today|ph|is|li|vn|fo|md)$", re.IGNORECASE
)
# A clipping's title field, above its other fields: "Title: …", "Headline: …", a journal's
# "Article Title: …"
TITLE_FIELD = re.compile(
    r"^(?:(?:(?:article |document )?title|headline)\s*:|\[title\])\s*(?=\S)", re.IGNORECASE
)
_TOOLBAR_END = re.compile(
    r"^(?:TIMESTAMPS|report bug or abuse|Tip: To quickly find your search term\b.*)$"
)


# A Markdown table's rule under its header row: "---|---|", "| :--- | ---: |"
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")


def markdown_table(numbered: list[tuple[int, str]]) -> list[int]:
    """The line numbers of each table that a copy renders in Markdown: its rule ("---|---|"),
    the header row just above it and the rows under it, lines with a bar of up to 60 words, each
    on the line after the one before ("Total population | |" / "---|---|" / "109 (official
    Russian Census 2010) | |"), and a label of up to four words over the header row ("Long
    name:")."""
    found: list[int] = []
    for at, (_, line) in enumerate(numbered):
        if "---" not in line or not _TABLE_RULE.fullmatch(line):
            continue
        start = at - 1 if at and _row_next_to(numbered[at - 1], numbered[at]) else at
        label = numbered[start - 1] if start else (-2, "")
        if label[0] == numbered[start][0] - 1 and label[1].endswith(":") and n_words(label[1]) <= 4:
            start -= 1  # its label, its value a cell of the table: "Long name:" / "| |"
        end = at + 1
        while end < len(numbered) and _row_next_to(numbered[end], numbered[end - 1]):
            end += 1
        found += [n for n, _ in numbered[start:end]]
    return found


def _closes_on_a_stop(text: str) -> bool:
    """Whether `text` closes on a full stop, a question or an exclamation mark, perhaps inside
    quotation marks or a bracket ("… officials said.", '… "no deal."'): a sentence, no cell."""
    return text.rstrip("\"'”’)")[-1:] in (".", "!", "?")


def bar_rows(numbered: list[tuple[int, str]], taken: Container[int]) -> list[int]:
    """The line numbers of a table's rows that a copy prints with no rule, three or more in a
    row, each closing on a bar with up to 60 words ("Are you aware …? (closed-ended question, …)
    | |" / "| Total respondents |" / "Yes, I am aware | 79 |"), but for those some rule took
    (`taken`: a menu's, a date line's)."""
    found: list[int] = []
    run: list[tuple[int, str]] = []
    for row in [*numbered, (-2, "")]:
        if row[1].endswith("|") and (not run or _row_next_to(row, run[-1])):
            run.append(row)
            continue
        if len(run) >= 3:
            found += [n for n, _ in run if n not in taken]
        run = [row] if row[1].endswith("|") else []
    return found


def bar_cells(numbered: list[tuple[int, str]], taken: Container[int]) -> list[int]:
    """The line numbers of a table's cells that a copy prints a cell a line, each bar alone on the
    line between them: a cell of up to three words and no sentence next to a bar alone, on the
    line just above or below it ("Facts:" / "|" / "Animals" / "|"), but for those some rule took
    (`taken`: a byline's, a date line's)."""
    bars = {line_no for line_no, line in numbered if line == "|"}
    if not bars:
        return []  # the quick answer for nearly every page
    return [
        line_no
        for line_no, line in numbered
        if line != "|"
        and line_no not in taken
        and {line_no - 1, line_no + 1} & bars
        and n_words(line) <= 3
        and (line[-1:] == ":" or not ends_a_sentence(line))  # a label's colon: "Facts:"
    ]


def data_table(numbered: list[tuple[int, str]], taken: Container[int]) -> list[int]:
    """The line numbers of a data table printed a row a line, its cells run together: a row of
    numbers (`is_data_row`: "1994 10 4 13 22 55.8 …") and the lines above and below it up to a
    blank line or a sentence, each of up to 20 words (its headings: "Year Mo Dy Hr Mn …",
    "Deaths Missing Injuries …"), but for those some rule took (`taken`)."""
    found: set[int] = set()
    for at, (line_no, line) in enumerate(numbered):
        if line_no in found or not is_data_row(line):
            continue
        found.add(line_no)
        for step in (-1, 1):
            near, next_no = at + step, line_no
            while 0 <= near < len(numbered) and numbered[near][0] == next_no + step:
                next_no, text = numbered[near]
                if n_words(text) > 20 or _closes_on_a_stop(text):
                    break
                found.add(next_no)
                near += step
    return sorted(n for n in found if n not in taken)


# An infobox's field, its label glued to its value: "LocationPacific Ocean", "Total islands56",
# "Population19,434 (as of 2010)"
_GLUED_FIELD = re.compile(r"[A-Z][a-z]{2,}(?: [a-z]{2,})?(?=[A-Z0-9])")
_GLUED_FIELD_LINE = re.compile(r"^" + _GLUED_FIELD.pattern, re.MULTILINE)


def infobox(numbered: list[tuple[int, str]], text: str, taken: Container[int]) -> list[int]:
    """The line numbers of an encyclopedia's infobox that a copy prints as lines under its lead
    or its title (not the title itself): a run of lines of up to 20 words, no paragraph among
    them but for fields, four or more of them fields whose label is glued to the value
    (`_GLUED_FIELD`: "LocationPacific Ocean", "Area10,503.2 km2 (2,595,400 acres; …)"), over the
    lines no rule took (`taken`: the line numbers of those some rule took); `text`: the page's
    lines, one a line."""
    if len(_GLUED_FIELD_LINE.findall(text)) < 4:
        return []  # the quick answer for nearly every page
    numbered = [(n, line) for n, line in numbered if n not in taken]
    found: list[int] = []
    run: list[tuple[int, str]] = []
    after_paragraph = False  # else the page's title opens the run, over the box
    for line_no, line in [*numbered, (0, "")]:
        if line and n_words(line) <= 20 and (not is_body(line) or _GLUED_FIELD.match(line)):
            run.append((line_no, line))
            continue
        if sum(_GLUED_FIELD.match(text) is not None for _, text in run) >= 4:
            found += [n for n, _ in run[0 if after_paragraph else 1 :]]
        run, after_paragraph = [], True
    return found


# A table's label cell, its bar after it: "Research Abstract |", "Co-Investigator(Kenkyū-buntansha)
# |"
_LABEL_CELL = re.compile(r"[A-Z][^|.!?:;]{1,50}[^\s|] \|")


# A post or an institution cut short, closing a name and post, no sentence: "… Asso. Prof."
# (the tokeniser's abbreviations, and a university's)
_POST_ABBREVIATIONS = ABBREVIATIONS | {"asso", "assoc", "univ", "fac", "inst"}
_LAST_WORD = re.compile(r"(\w+)\.$")


def table_cells(numbered: list[tuple[int, str]], taken: Container[int]) -> list[int]:
    """The line numbers of a two-column table that a copy prints a cell a line: each label cell
    of up to five words ("Research Abstract |"), and the lines of its value under it, up to a bar
    alone, a blank line or the next label, when each has up to 20 words and ends no sentence (the
    investigators of a research project, a name and post a line); the label alone over a
    paragraph. Lines some rule took (`taken`: "By Jane Doe |", a byline) are no label."""
    found: list[int] = []
    for at, (line_no, line) in enumerate(numbered):
        if (
            not line.endswith(" |")
            or n_words(line) > 5
            or line_no in taken
            or not _LABEL_CELL.fullmatch(line)
        ):
            continue
        found.append(line_no)
        value: list[int] = []
        for (before, _), (value_no, text) in pairwise(numbered[at:]):
            if value_no != before + 1 or text == "|" or _LABEL_CELL.fullmatch(text):
                break
            abbreviated = (last := _LAST_WORD.search(text)) and last[
                1
            ].lower() in _POST_ABBREVIATIONS
            if n_words(text) > 20 or (_closes_on_a_stop(text) and not abbreviated):
                value = []  # a paragraph, not a name and post ("… Asso. Prof.", "… (70113537)")
                break
            value.append(value_no)
        found += value
    return found


# An encyclopedia's infobox labels, each alone on its line over its value in a mirror's copy
_INFOBOX_LABELS = frozenset(
    (
        "total population|regions with significant populations|languages|language|religion|"
        "related ethnic groups|population|area|capital|country|coordinates|elevation|"
        "highest elevation|highest point|archipelago|administration|demonym|time zone|"
        "ethnic groups|official languages|government|location|adjacent to|total islands|"
        "major islands|length|width|density|born|died|nationality|occupation|political party|"
        "spouse|preceded by|succeeded by|in office|signed|effective|parties|signatories|type|"
        "region|website|governor|flag|administered by|claimed by|districts|subprefecture|"
        "geography|demographics|date|result|belligerents|commanders and leaders|units involved|"
        "strength|casualties and losses|territorial changes"
    ).split("|")
)


_INFOBOX_FIRST_WORDS = frozenset(label.split()[0] for label in _INFOBOX_LABELS)


def _infobox_field(line: str) -> bool:
    """Whether `line` is an infobox's label alone or its label and value on one line ("Capital
    Sapporo", "Population (1 October 2010)"): up to ten words, the first one to three a label."""
    return len(line) <= 60 and n_words(line) <= 10 and _opens_on_label(line)


def _opens_on_label(line: str) -> bool:
    """Whether `line`'s first one to three words are an infobox's label."""
    found = line.lower().split(maxsplit=3)
    return (
        bool(found)
        and found[0] in _INFOBOX_FIRST_WORDS
        and any(" ".join(found[:k]) in _INFOBOX_LABELS for k in (1, 2, 3))
    )


def _infobox_row(line: str, last: bool) -> bool:
    """Whether `line` may stand in an infobox's run: up to 20 words and no stop at its end,
    unless it opens on a label ("Coordinates Lua error in package.lua …: module 'strict' not
    found.") or is the run's last line, a picture's caption of up to 12 words ("Matua Island as
    seen from Raikoke.")."""
    return n_words(line) <= 20 and (
        line[-1:] not in ".!?" or _opens_on_label(line) or (last and n_words(line) <= 12)
    )


# A field of an infobox that a dump prints as a list under its label: "- Population: 300 (2021
# census)", "- Langs: Russian, …"
_DUMP_FIELD = re.compile(r"[-•*]\s*[A-Za-z][\w ]{0,25}:\s*\S")


def infobox_lines(numbered: list[tuple[int, str]], title: str | None = None) -> list[int]:
    """The line numbers of an encyclopedia's infobox printed a label or value a line: a run of
    six lines or more, no blank line among them and none of more than 20 words or ending in a
    stop (`_infobox_row`; a quarter of them may, when five or more are fields), three or more of
    them a label alone or its label and value (`_infobox_field`: "Total population", "Languages",
    "Capital Sapporo"), its pictures' captions with it; or a dump's "Infobox", or the box's title
    (`title`: the dump's title, "= 1994 Kuril Islands earthquake =", printed again over its box),
    and its fields under it ("- Group: Ainu", "- Timestamp: 1994-10-05")."""
    found: list[int] = []
    for at, (line_no, line) in enumerate(numbered):
        if (len(line) == 7 and line.lower() == "infobox") or (at > 0 and line == title):
            fields = [line_no]
            for field_no, field in numbered[at + 1 :]:
                if field_no != fields[-1] + 1 or not _DUMP_FIELD.match(field):
                    break
                fields.append(field_no)
            found += fields if len(fields) > 2 else []
    if sum(_infobox_field(line) for _, line in numbered) < 3:
        return found  # the quick answer for nearly every page
    run: list[tuple[int, str]] = []
    for line_no, line in [*numbered, (-2, "")]:
        if run and line_no == run[-1][0] + 1 and line:
            run.append((line_no, line))
            continue
        fields = sum(_infobox_field(text) for _, text in run) if len(run) >= 6 else 0
        odd = [not _infobox_row(text, at == len(run) - 1) for at, (_, text) in enumerate(run)]
        if fields >= 3 and (
            not any(odd)  # or a long box, a few of its values sentences: "Territorial changes" /
            # "Karafuto Prefecture is annexed by the Soviet Union …."
            or (fields >= 5 and 4 * sum(odd) <= len(run) and all(n_words(t) <= 20 for _, t in run))
        ):
            found += [n for n, _ in run]
        run = [(line_no, line)]
    return found


def _row_next_to(row: tuple[int, str], other: tuple[int, str]) -> bool:
    """Whether `row`, on the line just above or below `other`, is a table's row: a bar and 60
    words or fewer."""
    return abs(row[0] - other[0]) == 1 and "|" in row[1] and n_words(row[1]) <= 60


def archive_toolbar(numbered: list[tuple[int, str]]) -> list[int]:
    """Line numbers of a web archive's toolbar when a page opens with it (within its first
    three lines): from its title to its last words ("TIMESTAMPS" on the Wayback Machine, "report
    bug or abuse" on archive.today, "Tip: To quickly find your search term …" on Google's cache;
    40 lines at most), or the title alone."""
    for i, (_, line) in enumerate(numbered[:3]):
        if ARCHIVED_URL.search(line) or _ARCHIVE_TITLE.match(line):
            window = numbered[i : i + 40]
            end = next((j for j, (_, text) in enumerate(window) if _TOOLBAR_END.match(text)), 0)
            return [n for n, _ in window[: end + 1]]
    return []


_CONTINUES = re.compile(r"^[\"“‘'(]?[a-z]")  # a line that goes on a sentence: "territorial …"
_MARK_OPENING = re.compile(r"[,.;:](?:\s|$)")  # a line that a link broke off: ", they cleared …"
_LABELLED = re.compile(r"^[A-Z][\w-]*(?: [\w-]+)?:\s")  # "From: …", "Date: …"
MIN_WRAPPED_BREAKS = 3
MIN_WRAPPED_LINE = 40  # characters: a line wrapped inside prose, not a menu item


_WORD_END = re.compile(r"[^\W\d_]+-$")
_WORD_START = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _is_word(word: str) -> bool:
    from simplemma import is_known

    return is_known(word, lang="en")


def _join_hyphenated(text: str, line: str) -> str:
    """`text`, which ends in a hyphen, joined to the `line` that goes on its last word: the
    hyphen dropped when it broke a word in two ("nego-" "tiations": "negotiations", a word of
    simplemma's English dictionary, its halves not both words), kept when it joins two words
    ("so-" "called", "Russian-" "held")."""
    head, tail = _WORD_END.search(text), _WORD_START.match(line)
    if head and tail:
        first, second = head.group(0)[:-1].lower(), tail.group(0).lower()
        if _is_word(first + second) and not (_is_word(first) and _is_word(second)):
            return text[:-1] + line
    return text + line


# A dateline's city alone on its line ("TEHRAN,") and the agency opening the next ("Young
# Journalists Club (YJC) - The talks …")
_CITY_AND_COMMA = re.compile(r"[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{2,})?,")
_AGENCY_OPENING = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,4}\([A-Z]{2,8}\)\s*[-–—]\s+")
# A note on where and when a piece first appeared, a line each: "published by" / "Voice of
# Russia's Morning Show" / "on February 22, 2013" (a think tank's page for a colleague's interview)
_PUBLISHED_BY = re.compile(r"(?i:(?:first |originally )?published (?:by|in|on))")
_ON_THE_DAY = re.compile(rf"on {patterns.WRITTEN_DATE}\.?")
# The verb of a sentence's attribution that a link broke off onto lines of its own: '… deal
# with,"' / "Kyodo News" / "reported."
_BROKEN_OFF_VERB = re.compile(r"(?:reported|reports|said|says|wrote|writes|added)\.")
# Who said it, on a line of its own under a quotation that ends in a comma, after a dash, as a
# post translated from Russian sets it: "… this is Russia," / "- the politician declared.",
# "… with just one sentence," / "- Baijiahao analysts write."
_DASHED_SOURCE = re.compile(
    r"[-–—] ?(?:[A-Za-z][\w'’-]*,? ){0,5}(?:said|says|declared|declares|stated|states|wrote|writes|"
    r"write|noted|notes|stressed|added|explained|told|emphasized|emphasised)\b[^.!?]{0,60}\."
)
# A title broken after a word no title ends on: "Statement of the Governor against the Russian
# Government’s" / "Announcement on the Four-Island Exchanges and Free Visits"
_TITLE_GOES_ON = frozenset("of the a an and or on to for in with by at from against".split())


# A document's title in capitals over the lines that go on with it, each opening on a small
# word: "MOSCOW DECLARATION" / "on Establishing a Creative Partnership" / "between Japan and …"
_CAPITALS_TITLE = re.compile(r"(?:\d{1,2}\.\s+)?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,5}")
_TITLE_GOES_ON_BELOW = re.compile(r"(?:on|of|between|by|for|concerning|regarding|with) [A-Za-z]")


def _title_goes_on(line: str) -> bool:
    """Whether `line` ends on a word no title ends on, or a possessive ("… Government’s")."""
    return line.endswith(("'s", "’s")) or line.rpartition(" ")[2].lower() in _TITLE_GOES_ON


def title_cased(line: str) -> bool:
    """Whether most of the words of four letters or more in `line` open on a capital."""
    long_words = [word for word in words(line) if len(word) >= 4]
    return bool(long_words) and 2 * sum(w[0].isupper() for w in long_words) > len(long_words)


# A citation's page broken off by the page's end: "… (Zinberg, 1997, p." / "89). The dispute …",
# "… (Hasegawa, 1998, p. 7-" / "8)."
_CITED_PAGE_BROKEN = re.compile(r".*\(.*\b(?:p|pp)\.(?: \d{1,4}[-–])?$")
_CITED_PAGE_GOES_ON = re.compile(r"\d{1,4}(?:[-–]\d{1,4})?\)")
# An official's post alone on its line, the name that goes on with it broken off onto the next
# by a link: "Japanese Prime Minister" / "Fumio Kishida has said he will …"
_POST_ALONE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){0,4}(?:Minister|President|Premier|Secretary|Ambassador|Spokesman|"
    r"Spokeswoman|Spokesperson|Governor|Chancellor|Chairman|Mayor|Envoy|Adviser|Advisor)"
)
_NAME_GOES_ON = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},? [a-z(]")
# An official's post and name alone, a portrait's caption: "Japanese Ambassador to Russia
# Masaharu Kono"
_POST_AND_NAME = re.compile(
    _POST_ALONE.pattern
    + r"(?: (?:to|of|for) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?"
    + r" (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})"
)


def portrait_caption(line: str, lead: str) -> bool:
    """Whether `line` is an official's post and name alone ("Japanese Ambassador to Russia
    Masaharu Kono") and the lead names that person: the caption of a portrait over the lead."""
    found = _POST_AND_NAME.fullmatch(line) if n_words(line) <= 10 else None
    return found is not None and found["name"] in lead


def portrait_between(line: str, above: str, below: str) -> bool:
    """Whether `line` is a name alone ("Fumio Kishida") between two paragraphs, the one above
    naming that person after their post ("… Japanese Foreign Minister Fumio Kishida said …"):
    the caption of a portrait inside the story, not a heading (a heading names whom the
    paragraph below is about)."""
    return (
        len(line) <= 60  # the quick answer for nearly every line
        and _is_name(line)
        and is_body(above)
        and is_body(below)
        and re.search(rf"{_POST_ALONE.pattern} {re.escape(line)}\b", above) is not None
    )


# An interview's labels: "Q: What is …?" / "A: The Russian government …"
_QUESTION = re.compile(r"Q\s?[:.]\s")
_ANSWER = re.compile(r"A\s?[:.]\s")


def interview_portrait(line: str, above: str, below: str, page: str) -> bool:
    """Whether `line` is a name alone between an interview's question and its answer ("Q: What
    is …?" / "Alexei Nakamura" / "A: The Russian government …"), a name the `page` gives
    elsewhere too: the caption of the interviewee's portrait, the answer labelled already."""
    return (
        _QUESTION.match(above) is not None
        and _ANSWER.match(below) is not None
        and _is_name(line)
        and page.count(line) > 1
    )


# A sum broken at its decimal point: "… to pay up to 313 million Yen ($2." / "4 million) …"
_BROKEN_SUM = re.compile(r"(?:^|.*[\s($€£¥])\d{1,3}\.$")
_SUM_GOES_ON = re.compile(
    r"\d{1,3}\s*(?:million|billion|trillion|thousand|percent|per cent|%|tons?|tonnes|yen|"
    r"dollars|rubles|roubles)\b"
)


# Words no sentence ends on
_SENTENCE_GOES_ON = _TITLE_GOES_ON | frozenset(
    "about than that which whose as into between over under nor but its their his her is are "
    "was were be been will would".split()
)


def joined_across(line: str, below: str) -> str | None:
    """`line` and `below` as one paragraph when a page broke a sentence between them: after a
    word no sentence ends on (`goes_on`, joined by a space), or at a hyphen ending a line of
    eight words or more ("… are the bane of Russo-" / "Japanese relations (…)", a PDF's text:
    `_join_hyphenated`); else None."""
    if goes_on(line, below):
        return f"{line} {below}"
    if (
        line[-1:] == "-"
        and line[-2:-1].isalpha()
        and below[:1].isalpha()
        and n_words(line) >= 8
        and n_words(below) >= 3
    ):
        return _join_hyphenated(line, below)
    return None


# A verb of speech opening a paragraph in lower case: the rest of a sentence a page broke after
# the speaker's name ("… team leader Iwasaki Tadaaki" / "said, “We'll do our utmost …”")
_SPEECH_GOES_ON = re.compile(r"(?:said|says|told|added|stressed|noted|stated|explained)\b[,:]?\s")


# A day or a month opening the rest of a sentence broken after "on", "in", "since" …: "… its
# foreign ministry said on" / "Monday, citing …"
_DAY_GOES_ON = re.compile(rf"(?:{patterns.WEEKDAY}|{patterns.MONTH})\b")
_BEFORE_A_DAY = frozenset("on in since until by".split())


def goes_on(line: str, below: str) -> bool:
    """Whether `line`, of eight words or more, ends on a word no sentence ends on, or on a name
    that `below` goes on from with a verb of speech (`_SPEECH_GOES_ON`), or after a sentence
    ends in it ("… of the island. During the visit to Shikotan"), or on a comma after a word,
    and `below` goes on with it in lower case, or with a day or a month after "on", "in" …: a
    sentence a page broke into two paragraphs ("… the most skeptical G-7 nation about" / "the
    effectiveness of …", "… its ministry said on" / "Monday, citing …")."""
    last, first = line.rsplit(" ", 1)[-1], below.split(" ", 1)[0]
    return (
        (
            (
                line[-1:].isalpha()
                and (
                    last in _SENTENCE_GOES_ON
                    or (line[-1:].islower() and _SPEECH_GOES_ON.match(below) is not None)
                    # prose that stops mid-sentence after a sentence: "… of the island. During
                    # the visit to Shikotan" / "managed to visit …"
                    or (". " in line and below[:1].islower())
                )
            )
            # … or on a comma, a picture between: "… towards a formal postwar peace treaty," /
            # "Photo: EPA" / "which is being held up by disputes …" (not over a list's labelled
            # item: "fisheries — a new pier …")
            or (
                line[-1:] == ","
                and line[-2:-1].isalpha()
                and below[len(first) : len(first) + 3] not in (" — ", " – ")
            )
        )
        and (
            below[:1].islower() or (last in _BEFORE_A_DAY and _DAY_GOES_ON.match(below) is not None)
        )
        and n_words(line) >= 8
        and n_words(below) >= 5
        and not below.startswith(("by ", "http", "www."))
    )


_BULLETS = ("• ", "· ")


def _standfirst_bullet(lines: list[str], at: int) -> bool:
    """Whether `lines[at]` is one of two bulleted lines or more right under a title of five
    words or more: the headline's standfirst in points ("Russian coastguards kill Japanese
    fisherman in disputed waters" / "· Shooting reignites row over chain of islands" / "· Tokyo
    demands release of three other men seized")."""
    first = at
    while first > 0 and lines[first - 1][:2] in _BULLETS:
        first -= 1
    last = at
    while last + 1 < len(lines) and lines[last + 1][:2] in _BULLETS:
        last += 1
    return (
        lines[at][:2] in _BULLETS
        and last > first > 0
        and n_words(lines[first - 1]) >= 5
        and is_headline_like(lines[first - 1])
    )


def _bulleted_wrap_end(numbered: list[tuple[int, str]], at: int) -> int | None:
    """Where a run of four bulleted lines or more from `at` ends, a blank line at most between
    two, when three in four of them go on in lower case or in digits on the next: a video's
    subtitles printed as a list ("• In August 2015, Japan protested Russia’s decision to send an
    official into" / "• mutually disputed territory. …"); else None."""
    end = at + 1
    while (
        end < len(numbered)
        and numbered[end][1][:2] in _BULLETS
        and numbered[end][0] - numbered[end - 1][0] <= 2
    ):
        end += 1
    if end - at < 4:
        return None
    going_on = sum(
        numbered[i][1][2:3].islower() or numbered[i][1][2:3].isdigit() for i in range(at + 1, end)
    )
    return end if 4 * going_on >= 3 * (end - at - 1) else None


def _sentences_of(run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The bulleted lines of `run` joined, without their bullets, into paragraphs that end where
    a line ends a sentence and the next opens on a capital; each has its first line's number."""
    paragraphs: list[tuple[int, str]] = []
    start, parts = 0, []
    for i, (line_no, line) in enumerate(run):
        if not parts:
            start = line_no
        parts.append(line[2:].strip())
        below = run[i + 1][1][2:3] if i + 1 < len(run) else ""
        if not below or (ends_a_sentence(line) and below.isupper()):
            paragraphs.append((start, " ".join(parts)))
            parts = []
    return paragraphs


def _broken_off(numbered: list[tuple[int, str]]) -> set[int]:
    """Where a page whose lines an editor broke at random, three times or more, breaks a sentence:
    the indices of the lines of three words or more that end on no stop, a word going on in lower
    case on the very next line, of three words or more ("A Japanese foreign ministry" / "official
    was accompanying the body …", "A Russian prosecutor on" / "the island of Sakhalin" / "has
    said only …")."""
    found = {
        at
        for at, ((line_no, line), (below_no, below)) in enumerate(pairwise(numbered))
        if below[:1].islower()  # the rarest first
        and line[-1:].isalpha()
        and below_no == line_no + 1
        and line.count(" ") >= 2  # three words or more: no menu's words, a line each
        and below.count(" ") >= 2  # ("President's" / "website")
        and below.split(" ", 1)[0].isalpha()
        and not below.startswith(("by ", "and more"))
    }
    return found if len(found) >= 3 else set()


def _join_run(
    numbered: list[tuple[int, str]],
    at: int,
    goes_on: Callable[[int], bool],
    joined: list[tuple[int, str]],
) -> int:
    """Append to `joined` line `at` and the lines under it while `goes_on` holds of the line above
    (its index), as one line under the first one's number; the index after the run."""
    parts = [numbered[at][1]]
    end = at
    while goes_on(end):
        end += 1
        parts.append(numbered[end][1])
    joined.append((numbered[at][0], " ".join(parts)))
    return end + 1


def _wrapped_on(numbered: list[tuple[int, str]], at: int) -> bool:
    """Whether line `at`, of five words or more, goes on on the very next line, in lower case or
    in digits, across a small word that ends it or opens the next, or after a comma that ends it:
    a hard-wrapped sentence in a page of one-line paragraphs ("…, the lack of" / "basic
    conveniences mean that few are prepared to settle" / "on the Kuril islands"; "… (Sakhalin
    Region) in" / "2016-2025 …"; "… which Japan calls the Northern Territories," / "known as the
    Southern Kuriles in Russia."), the next line three words or more, or two that end the sentence
    ("… designated for" / "their safety.")."""
    line_no, line = numbered[at]
    if at + 1 == len(numbered) or numbered[at + 1][0] != line_no + 1:
        return False
    below = numbered[at + 1][1]
    last, first = line.rsplit(" ", 1)[-1], below.split(" ", 1)[0]
    return (
        (
            (  # not over a numbered clause ("1. Calls on …") or a list's labelled item
                # ("Energy — grid and new power," / "social — construction of hospitals, …")
                line[-1:] == ","
                and first.isalpha()
                and first.islower()
                and below[len(first) : len(first) + 3] not in (" — ", " – ")
                # not a line of furniture: a share button's "share with facebook"
                and (n_words(below) > MAX_FURNITURE_WORDS or line_rule(below) is None)
            )
            or (
                line[-1:].isalpha()
                and (last in _TITLE_GOES_ON or (first in _TITLE_GOES_ON and below[:1].islower()))
            )
        )
        and (below[:1].islower() or below[:1].isdigit())  # "… (Sakhalin Region) in" / "2016-…"
        and n_words(line) >= 5
        and (n_words(below) >= 3 or (n_words(below) == 2 and ends_a_sentence(below)))
        and not below.startswith(("by ", "http", "www."))  # a byline or an address under a title
    )


# A breadcrumb that closes on the page's title: "HOME > The Hokkaido government's views on the
# Northern Territories issue", "Home > News > … > Courtesy Call from the Liaison Council …"
_CRUMB = re.compile(r"(?:[^>»›\n]{1,40}\s[>»›]\s)+(?P<title>[^>»›\n]{10,200})")


def crumb_titles(lines: list[str]) -> frozenset[str]:
    """The `line_key` of each page title a breadcrumb among `lines` closes on."""
    return frozenset(
        line_key(crumb["title"])
        for line in lines
        if (" > " in line or " » " in line or " › " in line) and (crumb := _CRUMB.fullmatch(line))
    )


def _marks_glued_back(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`numbered` with each line that opens on a comma, a stop, a semicolon or a colon joined to
    the line just above it, with no space: a page that broke its lines at each link ("… evacuated
    Korea" / "and Manchuria" / ", they cleared out …", "… islands of Japan" / ".")."""
    if not any(line[:1] in ",.;:" and _MARK_OPENING.match(line) for _, line in numbered):
        return numbered
    glued: list[tuple[int, str]] = []
    last = 0  # the number of the line the last entry ends on
    for line_no, line in numbered:
        if (
            glued
            and _MARK_OPENING.match(line)
            and last + 1 == line_no
            and glued[-1][1][-1:].isalnum()
        ):
            glued[-1] = (glued[-1][0], glued[-1][1] + line)
        else:
            glued.append((line_no, line))
        last = line_no
    return glued


# The rest of a word broken off onto the next line, a piece no word is: "d to security. …"
_WORD_BROKEN_OFF = re.compile(r"([a-z]{1,2})(?:[ ,;:]|\.(?:\s|$))")
# two-letter words, and abbreviations and units that may open a line ("vs. Russia", "km north")
_SMALL_WORDS = frozenset(
    """a am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we vs pm
    km kg cm mm mr dr""".split()
)


def rejoin_broken_lines(
    numbered: list[tuple[int, str]], titles: frozenset[str]
) -> list[tuple[int, str]]:
    """`numbered` with each quotation that ends in a comma joined again to the source and the verb
    that a link broke off onto lines of their own ('"… deal with,"' / "Kyodo News" / "reported."):
    one paragraph under the quotation's line number; and a note on where and when a piece first
    appeared ("published by" / "Voice of Russia's …" / "on February 22, 2013"); and the speaker a
    dash sets under it ("… this is Russia," / "- the politician declared."); and a dateline's city
    alone on its line joined to the paragraph under it that opens on the agency ("TEHRAN," / "Young
    Journalists Club (YJC) - The talks …"); a sum broken at its decimal point joined whole ("… up to
    313 million Yen ($2." / "4 million) depending on …"), and a citation's page broken off the same
    way ("… (Zinberg, 1997, p." / "89). The dispute …"); and a title broken after a word no title
    ends on, on the next line ("… against the Russian Government’s" / "Announcement on the
    Four-Island Exchanges and Free Visits"; or one blank line below, but after a possessive: "The
    Northern Territories/Southern Kuriles and the" / "" / "Treaties …"), and a document's title in
    capitals with the lines under it that go on with it ("MOSCOW DECLARATION" / "on Establishing a
    Creative Partnership"), or in capitals broken after a word no title ends on ("… BODY AFTER" /
    "SHOOTING"), and the title a breadcrumb closes on broken over two lines (`titles`:
    the page's `crumb_titles`); and an official's post alone on its line joined to the sentence
    under it that opens on the name ("Japanese Prime Minister" / "Fumio Kishida has said …"); and
    a sentence hard-wrapped in a page of one-line paragraphs (`_wrapped_on`), or in a list of
    bullets (a video's subtitles: `_bulleted_wrap_end`), or broken at random by an editor
    (`_broken_off`)."""
    joined: list[tuple[int, str]] = []
    broken = _broken_off(numbered)
    at = 0
    while at < len(numbered):
        line_no, line = numbered[at]
        if at in broken:  # "A Japanese foreign ministry" / "official was accompanying …"
            at = _join_run(numbered, at, broken.__contains__, joined)
            continue
        if titles and at + 1 < len(numbered):
            both = f"{line} {numbered[at + 1][1]}"  # the title a breadcrumb closes on, broken:
            if line_key(both) in titles:  # "The Hokkaido government's views on the" / "…"
                joined.append((line_no, both))
                at += 2
                continue
        if (
            line[-3:].lower() in (" by", " in", " on")
            and _PUBLISHED_BY.fullmatch(line)
            and at + 2 < len(numbered)
            and n_words(numbered[at + 1][1]) <= 8
            and _ON_THE_DAY.fullmatch(numbered[at + 2][1])
        ):  # "published by" / "Voice of Russia's Morning Show" / "on February 22, 2013"
            joined.append((line_no, " ".join(text for _, text in numbered[at : at + 3])))
            at += 3
            continue
        if (
            _CITY_AND_COMMA.fullmatch(line)
            and at + 1 < len(numbered)
            and _AGENCY_OPENING.match(numbered[at + 1][1]) is not None
        ):
            joined.append((line_no, f"{line} {numbered[at + 1][1]}"))
            at += 2
            continue
        if (
            line.endswith((',"', ",”"))
            and at + 2 < len(numbered)
            and _BROKEN_OFF_VERB.fullmatch(numbered[at + 2][1])
            and 1 <= n_words(source := numbered[at + 1][1]) <= 4
            and source[:1].isupper()
            and not ends_a_sentence(source)
        ):
            joined.append((line_no, f"{line} {source} {numbered[at + 2][1]}"))
            at += 3
            continue
        if (
            line.endswith((",", ',"', ",”", ",»"))
            and at + 1 < len(numbered)
            and _DASHED_SOURCE.fullmatch(numbered[at + 1][1])
        ):
            joined.append((line_no, f"{line} {numbered[at + 1][1]}"))  # "… Russia," / "- the …"
            at += 2
            continue
        if (
            at + 1 < len(numbered)
            and (  # the next line, no blank line between; or one, after a word no title ends on
                numbered[at + 1][0] == line_no + 1
                or (numbered[at + 1][0] == line_no + 2 and line[-2:] not in ("'s", "’s"))
            )
            and _title_goes_on(line)
            and n_words(line) >= 5
            and title_cased(line)
            and title_cased(numbered[at + 1][1])
            and is_headline_like(line)
            and (  # the rest of it, or its last word or two ("… the" / "Russian-Japanese
                is_headline_like(below := numbered[at + 1][1])  # Relationship"), no outlet's
                or (
                    below[:1].isupper() and n_words(below) <= 2 and not outlets.known_outlets(below)
                )
            )
            and not ends_a_sentence(numbered[at + 1][1])
            and not re.search(r"\d", numbered[at + 1][1])  # no date line: "March 20, 2017, …"
            and n_words(line) + n_words(numbered[at + 1][1]) <= 30
        ):
            joined.append((line_no, f"{line} {numbered[at + 1][1]}"))  # "… Government’s" / "…"
            at += 2
            continue
        if (
            _CAPITALS_TITLE.fullmatch(line)
            and at + 1 < len(numbered)
            and numbered[at + 1][0] == line_no + 1
            and line.rpartition(" ")[2].lower() in _TITLE_GOES_ON | {"after"}
            and (below := numbered[at + 1][1]).isupper()
            and n_words(below) <= 6
            and not ends_a_sentence(below)
        ):  # a title in capitals broken after a word no title ends on: "… BODY AFTER" / "SHOOTING"
            joined.append((line_no, f"{line} {below}"))
            at += 2
            continue
        if _CAPITALS_TITLE.fullmatch(line):
            end = at + 1
            while (
                end < min(len(numbered), at + 4)
                and numbered[end][0] == numbered[end - 1][0] + 1  # no blank line between
                and _TITLE_GOES_ON_BELOW.match(below := numbered[end][1])
                and n_words(below) <= 12
                and not ends_a_sentence(below)
            ):
                end += 1
            if end > at + 1:  # "MOSCOW DECLARATION" / "on Establishing …" / "between Japan …"
                joined.append((line_no, " ".join(text for _, text in numbered[at:end])))
                at = end
                continue
        if line[:2] in _BULLETS and (end := _bulleted_wrap_end(numbered, at)):
            joined += _sentences_of(numbered[at:end])  # a transcript's lines as bullets, each
            at = end  # breaking a sentence: "• … so. The" / "• two countries have been …"
            continue
        if _wrapped_on(numbered, at):  # "…, the lack of" / "basic conveniences mean …"
            at = _join_run(numbered, at, lambda i: _wrapped_on(numbered, i), joined)
            continue
        if (
            line[-1:].islower()
            and at + 1 < len(numbered)
            and numbered[at + 1][0] == line_no + 1
            and _POST_ALONE.fullmatch(line)
            and _NAME_GOES_ON.match(below := numbered[at + 1][1])
            and is_body(below)
        ):  # "Japanese Prime Minister" / "Fumio Kishida has said he will …"
            joined.append((line_no, f"{line} {below}"))
            at += 2
            continue
        if (
            line[-1:] in ".-–"
            and at + 1 < len(numbered)
            and _CITED_PAGE_GOES_ON.match(numbered[at + 1][1])
            and _CITED_PAGE_BROKEN.fullmatch(line)
        ):
            space = "" if line[-1:] in "-–" else " "  # "p." / "89)", "p. 7-" / "8)"
            joined.append((line_no, line + space + numbered[at + 1][1]))
            at += 2
            continue
        if (
            line[-1:] == "."
            and at + 1 < len(numbered)
            and _SUM_GOES_ON.match(numbered[at + 1][1])
            and _BROKEN_SUM.match(line)
        ):
            joined.append((line_no, line + numbered[at + 1][1]))  # "($2." / "4 million) …"
            at += 2
            continue
        if (
            line[-1:].isalpha()
            and at + 1 < len(numbered)
            and numbered[at + 1][0] == line_no + 1
            and (rest := _WORD_BROKEN_OFF.match(numbered[at + 1][1])) is not None
            and rest[1] not in _SMALL_WORDS
            and n_words(line) >= 5
        ):  # a word broken in two: "… interested in issues relate" / "d to security. …"
            joined.append((line_no, line + numbered[at + 1][1]))
            at += 2
            continue
        joined.append((line_no, line))
        at += 1
    return joined


def _wrapped_blocks(lines: list[str]) -> list[tuple[int, str]]:
    """The non-empty lines with their 1-based line numbers, in a page of one-line paragraphs,
    each hard-wrapped run inside a block (lines not a blank line apart) joined into its
    paragraph: in a block with `MIN_WRAPPED_BREAKS` lines or more of `MIN_WRAPPED_LINE`
    characters going on in lower case on the next ("… headed by Ryosuke Yamashita," /
    "then-chairman of …"), that many lines or more in a row near the widest of those and ending
    no sentence, with the line after them (not a line or two broken once inside a paragraph)."""
    numbered: list[tuple[int, str]] = []
    at = 0
    while at < len(lines):
        if not lines[at]:
            at += 1
            continue
        end = at
        while end + 1 < len(lines) and lines[end + 1]:
            end += 1
        block = lines[at : end + 1]
        widths = [
            len(a)
            for a, b in pairwise(block)
            if MIN_WRAPPED_LINE <= len(a) <= 100 and _CONTINUES.match(b) and not ends_a_sentence(a)
        ]
        width = max(widths, default=0)
        near = [
            len(widths) >= MIN_WRAPPED_BREAKS
            and 0.75 * width <= len(line) <= width + 10
            and not ends_a_sentence(line)
            for line in block
        ]
        offset = 0
        while offset < len(block):
            run = offset
            while run < len(block) and near[run]:
                run += 1
            if run - offset >= MIN_WRAPPED_BREAKS:  # the run, then the paragraph's last line
                last = min(run, len(block) - 1)
                numbered.append((at + offset + 1, " ".join(block[offset : last + 1])))
                offset = last + 1
            else:
                numbered.append((at + offset + 1, block[offset]))
                offset += 1
        at = end + 1
    return numbered


def _single_spaced(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A double-spaced hard-wrapped text (a blank line after each wrapped line, two between
    paragraphs: "… As one of Japans" / "" / "citizens, I would like …") with its single blank
    lines taken out and its longer gaps made one, and each line's 1-based number in `lines`; or
    None for any other text: one with many lines not a blank line apart, or too few breaks
    across one blank line that go on a sentence (`MIN_WRAPPED_BREAKS`, and a quarter of those
    breaks; half of them when no paragraphs are two blank lines apart: one blank line between
    each, as a cleaned text prints them, is no double spacing, and a copy that lost the second
    blank line leaves the paragraphs' ends to `unwrap`)."""
    if sum(bool(a and b) for a, b in pairwise(lines)) > max(2, sum(map(bool, lines)) // 10):
        return None  # lines not a blank line apart, but for a few (a page's menu)
    blank, seen, two_apart = 0, False, False  # paragraphs two blank lines apart (one blank line
    for line in lines:  # between each, as a cleaned text prints them, is no double spacing)
        if not line.strip():
            blank += 1
            continue
        if seen and blank >= 2:
            two_apart = True
            break
        seen, blank = True, 0
    gaps = [
        (a, b)
        for a, gap, b in zip(lines, lines[1:], lines[2:], strict=False)
        if a and b and not gap
    ]
    wrapped = sum(
        len(a) >= MIN_WRAPPED_LINE and bool(_CONTINUES.match(b)) and not ends_a_sentence(a)
        for a, b in gaps
    )
    if wrapped < MIN_WRAPPED_BREAKS or wrapped < (0.25 if two_apart else 0.5) * len(gaps):
        return None
    compact: list[str] = []
    numbers: list[int] = []
    for i, line in enumerate(lines):
        single = 0 < i < len(lines) - 1 and not line and lines[i - 1] and lines[i + 1]
        if line or (not single and compact and compact[-1]):
            compact.append(line)
            numbers.append(i + 1)
    return compact, numbers


def unwrap(lines: list[str]) -> list[tuple[int, str]]:
    """The non-empty lines with their 1-based line numbers, the lines of a hard-wrapped text
    (an e-mail, a plain-text export at ~70 characters a line) joined into their paragraphs.

    A text is hard-wrapped when at least `MIN_WRAPPED_BREAKS` and a quarter of the breaks inside its
    blocks (lines not separated by a blank line) go on a sentence — a line of `MIN_WRAPPED_LINE`
    characters or more, the next starting in lower case — and hardly any line is longer than the
    longest such line (the wrap width). Then, inside a block, a line joins the one before when it
    starts in lower case or the one before is near the wrap width (not far beyond it: a title of its
    own; nor a sentence's end with room for the line's first word, under the width and under the
    shortest line and word the wrapper broke apart: a paragraph's end, in a proportional font too),
    opens a quotation it does not close or ends on a possessive ("Russia's" / "President
    Vladimir Putin has arrived …"), or, ending no sentence, on a small word (five words or more:
    "… include the" / "Steller's sea lion …") or over a line opening on a bracket (three or more:
    "… and red fox" / "(Vulpes vulpes) prey on …"), or, of five words or more, on a comma or,
    under a sentence's end, a word in lower case (no paragraph ends there: "… Eduard
    Shevardnadze, visited" / "Japan in January 1986 …"), unless it is a field ("Date: …") and not
    words with a colon going on with a paragraph wrapped already ("… and Japan" / "Northern
    territories: the …"), or the one before ends on a table cell's bar (" |"); a word hyphenated
    across a break is joined whole (`_join_hyphenated`). A joined paragraph keeps the number of its
    first line. Text whose paragraphs are one line each, as web pages are scraped, and a menu of
    lower-case words are returned line by line, but for a hard-wrapped run among them
    (`_wrapped_blocks`) and a line that opens on a comma or a stop, glued back to the line above
    it, hard-wrapped or not (`_marks_glued_back`: a page that broke its lines at each link)."""
    if spaced := _single_spaced(lines):  # a double-spaced text: its lines, their own numbers
        compact, numbers = spaced
        return [(numbers[number - 1], text) for number, text in unwrap(compact)]
    breaks = [(a, b) for a, b in pairwise(lines) if a and b]  # lines not a blank line apart
    wrapped = [
        (a, b)
        for a, b in breaks
        if len(a) >= MIN_WRAPPED_LINE and _CONTINUES.match(b) and not ends_a_sentence(a)
    ]
    numbered = [(i + 1, line) for i, line in enumerate(lines) if line]
    if len(wrapped) < MIN_WRAPPED_BREAKS:
        return _marks_glued_back(numbered)
    width = max(len(a) for a, _ in wrapped)
    # the shortest line and word the wrapper broke apart: a sentence's end with room for the next
    # line's first word under this and the width was a paragraph's end, even in a proportional font
    room = min(width, *(len(a) + len(b.split(" ", 1)[0]) for a, b in wrapped))
    if len(wrapped) < 0.25 * len(breaks) or (
        sum(len(line) > width + 10 for _, line in numbered) > 0.1 * len(numbered)
    ):  # paragraphs of one line each, a few blocks among them hard-wrapped
        return _marks_glued_back(_wrapped_blocks(lines))
    joined: list[tuple[int, str]] = []
    previous = ""
    carried = False  # whether the paragraph being joined runs over two lines or more already
    for i, line in enumerate(lines):
        first = line.split(" ", 1)[0]
        # a field ("Date: …") stands on its own, but for words with a colon that go on with a
        # paragraph already wrapped ("… calls the Southern Kurils and Japan" / "Northern
        # territories: the Islands of …")
        field = _LABELLED.match(line) and not (carried and previous[-1:].isalpha())
        if (
            line
            and previous
            and not field
            and not previous.endswith(" |")  # a table cell's end: "… (19-20 September 2002) |"
            and (
                _CONTINUES.match(line)
                or _MARK_OPENING.match(line)
                or (
                    0.75 * width <= len(previous) <= width + 10
                    and not (ends_a_sentence(previous) and len(previous) + len(first) < room)
                )
                or previous.count("“") > previous.count("”")  # a quotation going on: "“The …"
                or previous.endswith(("'s", "’s"))  # a possessive: "Russia's" / "President …"
                or (  # a bracket or a small word no paragraph starts or ends on: "… and red fox"
                    # / "(Vulpes vulpes) prey on …", "… include the" / "Steller's sea lion …"
                    not ends_a_sentence(previous)
                    and (
                        (line[:1] == "(" and n_words(previous) >= 3)
                        or (
                            previous.rpartition(" ")[2] in _TITLE_GOES_ON and n_words(previous) >= 5
                        )
                    )
                )
                or (  # a line no paragraph ends on: after a comma, or a word in lower case
                    # under a sentence's end (no title: "… the USSR and Japan." / "… Eduard
                    # Shevardnadze, visited" / "Japan in January 1986, …")
                    (line[:1].isalnum() or line[:1] in "\"“‘'")
                    and (
                        previous[-1:] == ","
                        or (
                            (last := previous.rsplit(" ", 1)[-1]).isalpha()
                            and last.islower()
                            and i >= 2
                            and ends_a_sentence(lines[i - 2])
                        )
                    )
                    and n_words(previous) >= 5
                )
            )
        ):
            number, text = joined[-1]
            if text.endswith("-") and text[-2:-1].isalpha():
                joined[-1] = (number, _join_hyphenated(text, line))
            elif _MARK_OPENING.match(line):
                joined[-1] = (number, text + line)  # "… and Manchuria" / ", they cleared …"
            else:
                joined[-1] = (number, text + " " + line)
            carried = True
        elif line:
            joined.append((i + 1, line))
            carried = False
        previous = line
    return joined


@dataclass(frozen=True)
class Dateline:
    """The dateline that opened a paragraph: city (None when only an agency and a date are
    printed: "Jan. 22 (UPI) --"), the agency or source in brackets or slashes, the date as
    printed, and where the body text starts after it."""

    city: str | None
    source: str | None
    date: str | None
    text: str
    end: int


_WITH_YEAR = re.compile(r"\d{4}$")  # a dateline's date that ends on its year


def split_dateline(paragraph: str) -> Dateline | None:
    """Recognise a dateline at the start of a paragraph ("TOKYO, March 20. /TASS/.",
    "MOSCOW (Reuters) -", "TOKYO (Pakistan Point News / Sputnik - 03rd July, 2020)", "Reporting
    from Seoul —", "Jan. 22 (UPI) --", a site's address: "atynews.com –"), the same city's
    printed twice as one ("TOKYO — TOKYO -- …": an archive's over the story's own), or a second
    agency in brackets after it ("VLADIVOSTOK, Jan. 20 (AP) - (Kyodo)—": an aggregator's over the
    copy's own, which is its source), or a digest's note on the paper it translates, its source
    ("(By … The New Times, Nov. 28, 2016, p. 10. Complete text:)")."""
    if note := DIGEST_NOTE.match(paragraph):
        return Dateline(None, note["source"], note["date"], note.group(0).strip(), note.end())
    found = _split_one_dateline(paragraph)
    if found is not None and found.city is None and found.source:
        # the agency's label over its copy quoted with its own dateline: "ITAR-TASS:
        # “VLADIVOSTOK, February 28 (Itar-Tass) — …"
        opening = len(paragraph) - len(paragraph[found.end :].lstrip())
        if paragraph[opening : opening + 1] in ("“", '"'):
            quoted = _split_one_dateline(paragraph[opening + 1 :])
            if quoted is not None and quoted.city is not None:
                end = opening + 1 + quoted.end
                source = quoted.source or found.source
                return Dateline(quoted.city, source, quoted.date, paragraph[:end].strip(), end)
    if found is None or found.city is None:
        return found
    if (
        found.source is None
        and (credit := _AGENCY_AND_REPORTER.match(paragraph, found.end))
        and _names_an_agency(credit["agency"])
    ):  # "TOKYO, February 14 — RIA Novosti, Ivan Zakharchenko. Japan protested …"
        end = credit.end()
        return Dateline(found.city, credit["agency"], found.date, paragraph[:end].strip(), end)
    again = _split_one_dateline(paragraph[found.end :])
    if again is not None and again.city is None and again.date is None and found.source:
        end = found.end + again.end  # "(Kyodo)—"
        return Dateline(found.city, again.source, found.date, paragraph[:end].strip(), end)
    if again is None or (again.city or "").upper() != found.city.upper():
        return found
    end = found.end + again.end
    source, date = found.source or again.source, found.date or again.date
    return Dateline(found.city, source, date, paragraph[:end].strip(), end)


# A digest's note on the paper it translates, opening the translation, as the Current Digest of
# the Russian Press prints it: "(By special correspondent Vasily Golovnin in Tokyo. The New Times,
# Nov. 28, 2016, p. 10. Complete text:)", "(Izvestia, May 5, 2016, p. 2. Condensed text:)"
DIGEST_NOTE = re.compile(
    r"\((?:[^()\n]{0,200}?\.\s+)?(?P<source>[A-Z][^(),.\n]{1,60}?),\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})(?:,\s+pp?\.\s*[\d\-–]+)?\.\s+"
    r"(?:Complete text|Condensed text|Excerpts):\)\s*"
)
# The agency after the dateline's dash, perhaps its reporter's name, then a stop, as RIA Novosti
# prints it: "TOKYO, February 14 — RIA Novosti, Ivan Zakharchenko. Japan protested …"
_AGENCY_AND_REPORTER = re.compile(
    r"\s*(?P<agency>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
    r"(?:,\s*[A-Z][\w'’-]+ [A-Z][\w'’-]+)?\.\s+(?=[A-Z\"“])"
)
_DIGIT = re.compile(r"\d")
# How a dateline alone on its line opens, a quick test before `dateline_alone`: a place, then a
# day and month ("Moscow, 30 July") or a month and day ("TOKYO, April 19 Kyodo")
_CITY_DATE = re.compile(r"[A-Z][^,\d]{1,40},?\s+(?:\d{1,2}\s+[A-Z]|[A-Z][a-z]{2,8}\.?\s+\d)")


def dateline_alone(line: str) -> Dateline | None:
    """A whole dateline alone on its line, over the lead: one with its separator ("TOKYO, April
    19 Kyodo —"), or a city and its date without one ("Moscow, July 30", "TOKYO, April 19
    Kyodo"); else None."""
    found = split_dateline(line)
    if found is not None and found.end == len(line):
        return found
    if not _DIGIT.search(line):
        return None  # a city alone is left to `city_line`
    found = split_dateline(f"{line} —")
    if found is None or found.date is None or found.end < len(line):
        return None
    return Dateline(found.city, found.source, found.date, line, len(line))


@lru_cache(maxsize=4096)
def _names_an_agency(name: str) -> bool:
    """Whether `name` is a news agency's name and nothing more ("ITAR-TASS", "KYODO")."""
    return any(
        pattern.fullmatch(name) for agency, pattern in outlets.OUTLETS if agency in outlets.AGENCIES
    )


def _split_one_dateline(paragraph: str) -> Dateline | None:
    """`split_dateline` for one dateline."""
    for pattern in patterns.DATELINES:
        match = pattern.match(paragraph)
        if match is None:
            continue
        groups = match.groupdict()
        if paragraph[match.end() : match.end() + 1] == ",":
            continue  # a region taken for the agency: "NAKASHIBETSU (Hokkaido, Japan), 18 Jul — …"
        if groups.get("site"):  # "atynews.com – …"
            return Dateline(None, groups["site"], None, match.group(0).strip(), match.end())
        if (
            groups.get("agency")
            and not outlets.known_outlets(groups["agency"])
            and not (  # an outlet kurils does not know after a date with its year: "…, Sep 2,
                # 2020, Pan Pacific Agency. …"
                _WITH_YEAR.search(groups.get("date") or "")
                and groups["agency"].split()[0].lower() not in patterns.WEEKDAYS
            )
        ):
            continue  # "TOKYO, July 3, Tuesday"
        source = (
            groups.get("slash")
            or groups.get("unclosed")
            or groups.get("paren")
            or groups.get("agency")
        )
        if groups.get("city") is None:  # "Jan. 22 (UPI) --": only a known agency will do, or a
            # full date alone: "17 November 2005 --"
            dated = source is None and bool(patterns.FULL_DATE.fullmatch(groups.get("date") or ""))
            if not dated and not (source and outlets.known_outlets(source)):
                return None
            return Dateline(None, source, groups.get("date"), match.group(0).strip(), match.end())
        city = groups["city"].strip()
        if city.upper() in patterns.NOT_CITIES or len(city) < 3:
            return None
        if " " in city and city.rpartition(" ")[2].upper() in ("WRITES", "REPORTS"):
            # a columnist's name opening the piece, no place: "JANE ROE WRITES – For the …"
            return Dateline(None, None, None, match.group(0).strip(), match.end())
        if city.isupper() and _names_an_agency(city):
            # an agency's name, not a city: "ITAR-TASS:", "KYODO:" (not an interviewer's:
            # "Izvestia: Mr Ambassador, …")
            return Dateline(None, city, groups.get("date"), match.group(0).strip(), match.end())
        if groups.get("bare") and city.title() not in patterns.KNOWN_CITIES:
            continue  # "KAKADU could be closed …", a lead's first word in capitals
        kicker = " " in city and match.group(0).rstrip().endswith(":")
        if (
            kicker
            and not (groups.get("date") or source)
            and city.title() not in patterns.KNOWN_CITIES
        ):
            return None  # a caption's kicker: "WATCHING OVER SHIPS: A lighthouse on …"
        alone = match.end() == len(paragraph) and not (groups.get("date") or source)
        if alone and city.title() not in patterns.KNOWN_CITIES:
            return None  # a city alone on its line ("Singapore:") must be known: not "KURILS:"
        if patterns.SPEAKER_WORDS.intersection(w.upper() for w in words(city.replace(".", " "))):
            return None
        if city.title() not in patterns.KNOWN_CITIES and not any(
            c.islower() for c in paragraph[match.end() :]
        ):  # a title in capitals, a word and a dash opening it: "JAPAN- TERRITORIAL DISPUTES …"
            return None
        reporting = match.group(0).startswith("Reporting from ")
        known = bool(source) and bool(outlets.known_outlets(source))
        # a place kurils does not know, in title case, with its date and a dash: "Staunton, Nov. 4
        # – There are …", or in square brackets: "[Nemuro City, 15th Reuters]–"
        placed = (
            bool(groups.get("date"))
            and (match.group(0).rstrip()[-1:] in "-–—" or paragraph[:1] == "[")
            and city.lower() not in patterns.WEEKDAYS
        )
        if (
            not city.replace(" and ", " ").isupper()  # or cities listed: "MOSCOW, BEIJING and …"
            and not reporting
            and not known
            and not placed
            and city not in patterns.KNOWN_CITIES
        ):
            return None  # "Washington, meanwhile, …"; but "Tokyo: Russia said Monday …"
        described = known or (source and patterns.FULL_DATE.search(source))
        if source and not described and len(words(source)) > 4:
            return None
        return Dateline(city, source, groups.get("date"), match.group(0).strip(), match.end())
    return None


_STAMP_CITY = re.compile(
    r"(?P<city>[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+){0,2})(?:,|\s+(?:--|—|–)|(?= ))\s*"
)


def dated_city(stamp: str) -> Dateline | None:
    """The dateline of a date line that opens with its city: "TOKYO, December 16, 2016 20:32
    IST" (The Hindu prints its dateline so, above the body), "SINGAPORE -- Nov 14, 2018, 5:53 AM
    ET" (ABC News), "MOSCOW Mar 21, 2022 - 6:14 pm GMT+3" (Daily Sabah)."""
    match = _STAMP_CITY.match(stamp)
    if match is None or not patterns.FULL_DATE.match(stamp, match.end()):
        return None
    city = match["city"]
    if not is_city_name(city) or patterns.DATE_LINE_WORDS.search(city) or city.startswith("BY "):
        return None  # "UPDATED, December 16, …", "PUBLISHED WED, SEP 12 2018 6:04 AM EDT"
    return Dateline(city, None, stamp[match.end() :], stamp, len(stamp))

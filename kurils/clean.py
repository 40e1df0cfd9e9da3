"""Cleaning a decoded page: `clean_article` applies the line rules of `kurils.furniture` and
`kurils.notices` and the headline and dateline of `kurils.layout`, and reports removed lines."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import islice, pairwise

from kurils import outlets, patterns
from kurils.decode import normalise_whitespace, repair_unicode
from kurils.furniture import (
    BULLETED_HANDLE,
    COMMENTER_SAYS,
    GLUED_END_MARK,
    LIKE_BUTTON,
    MARKUP_LINE,
    MAX_FURNITURE_WORDS,
    MEDIA_LENGTH,
    NAME_AND_ADDRESS,
    READER_HANDLE,
    city_line,
    closes_on_abbreviation,
    ends_a_sentence,
    glued_sign_off,
    glued_source_and_author,
    is_archive_citation,
    is_body,
    is_city_name,
    is_headline_ticker,
    is_icon_sprite,
    is_keyword_list,
    is_label,
    line_key,
    line_rule,
    n_words,
    words,
)
from kurils.language import (
    is_foreign_line,
    latin_head,
    mostly_latin,
    other_script_word,
    script_of,
)
from kurils.layout import (
    TITLE_FIELD,
    TITLE_SEPARATOR,
    Dateline,
    archive_toolbar,
    bar_cells,
    bar_rows,
    body_key,
    closes_on_email,
    credited_prefix,
    crumb_titles,
    cut_from,
    data_table,
    dated_city,
    dateline_alone,
    find_headline,
    glued_title,
    infobox,
    infobox_lines,
    interview_portrait,
    is_author_bio,
    is_author_description,
    is_author_name,
    is_author_note,
    is_footnote,
    is_headline_like,
    is_name_and_place,
    is_photographers_name,
    is_sentence_headline,
    is_title_bar,
    joined_across,
    markdown_table,
    marks_glued_to_sentences,
    portrait_between,
    portrait_caption,
    quoted_words,
    rejoin_broken_lines,
    repeats_body,
    restates,
    sections_suffix,
    shares_half,
    shares_subject,
    site_suffix,
    split_dateline,
    table_cells,
    tagline_suffix,
    title_cased,
    unwrap,
    wire_prefix,
)
from kurils.notices import (
    ends_in_a_date,
    ends_in_picture_credit,
    ends_in_piped_credit,
    has_caption_words,
    is_comment_form_notice,
    is_comments_heading,
    is_contents_label,
    is_copyright_notice,
    is_credit_label,
    is_credited_line,
    is_disclosure,
    is_disclosure_label,
    is_doubled_caption,
    is_embedded_post,
    is_expired_notice,
    is_highlights_label,
    is_link_label,
    is_no_comments_notice,
    is_photo_caption,
    is_site_notice,
    is_tags_label,
    labelled_photographer,
    places_someone,
    reports_speech,
)

__all__ = [
    "CleanArticle",
    "Removed",
    "clean_article",
]


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


# A caption closing on the month the picture was taken: "A fishing boat in Nemuro, Japan, April
# 2016."
_PICTURES_MONTH = re.compile(rf",\s+{patterns.MONTH}\.?\s+(?:19|20)\d\d\.$")


def _above_its_credit(at: int, numbered: list[tuple[int, str]], removed: dict[int, str]) -> bool:
    """A caption that reads as a sentence ("Prime Minister Fumio Kishida speaks at a national
    rally in Tokyo on Wednesday.") above its credit ("The Yomiuri Shimbun", "Getty Images"), with
    the body going on below: caption words, or the picture's month closing it ("…, April
    2016."), and up to 25 words (40 ending in the picture's date: "…, August 22, 2015."). A
    credit that closes the page ("Reuters" under the last paragraph) takes nothing with it."""
    line = numbered[at][1]
    return (
        at + 1 < len(numbered)
        and removed.get(numbered[at + 1][0]) in ("photo_credit", "source_line")
        and n_words(line) <= (40 if ends_in_a_date(line) else 25)
        and ends_a_sentence(line)  # a headline above "KYODO" ends in no stop
        and (has_caption_words(line) or _PICTURES_MONTH.search(line) is not None)
        and any(is_body(later) for _, later in numbered[at + 2 :])
    )


def _caption_across(at: int, numbered: list[tuple[int, str]], removed: dict[int, str]) -> bool:
    """Whether the line on the other side of the photo credit next to line `at` is the caption
    rather than this one: it has caption words, this one has none (a standfirst above "Photo by:
    Reuters", "… Medvedev inspects a port station …" below it), or the credit opens with it (a
    standfirst above "Mikhail Gorbachev Sergei Bobylev/TASS", "Mikhail Gorbachev" below)."""
    if has_caption_words(numbered[at][1]):
        return False
    below = at + 1 < len(numbered) and removed.get(numbered[at + 1][0]) == "photo_credit"
    step = 1 if below else -1
    across = at + step
    while 0 <= across < len(numbered) and removed.get(numbered[across][0]) == "photo_credit":
        across += step
    if not 0 <= across < len(numbered):
        return False
    other, credit = numbered[across][1], numbered[at + step][1]
    return has_caption_words(other) or (n_words(other) >= 2 and credit.startswith(other + " "))


_SEEN = re.compile(r"\b(?:is|are) seen\b|\bpictured\b|\bpos(?:es|ing)\b")
# Reuters' caption, closing on the picture's place, country and date: "… in the far eastern city
# of Yuzhno-Sakhalinsk, Russia, September 3, 2023."
_PLACE_DATE_CAPTION = re.compile(rf"[a-z], [A-Z][a-z]+, {patterns.WRITTEN_DATE}\.$")
# A file picture's caption, closing on the day it was taken: "… in Nemuro, Hokkaido, on April 10,
# 2021."
_ON_A_DAY = re.compile(rf"\bon {patterns.WRITTEN_DATE}\.$")
_ON_A_DAY_UNSTOPPED = re.compile(rf"\bon {patterns.WRITTEN_DATE}$")


def _below_its_credit(at: int, numbered: list[tuple[int, str]], removed: dict[int, str]) -> bool:
    """A caption that reads as a sentence under its credit ("Yomiuri Shimbun file photo" / "A
    lighthouse is seen on Kaigarajima island …", "The Yomiuri Shimbun" / "Northern territory is
    seen from above Nemuro …"), with the body going on below: caption words, no one's words
    reported ("said") and up to 25 words; or, up to 60, closing on the picture's place, country
    and date ("… Yuzhno-Sakhalinsk, Russia, September 3, 2023.", under a photo credit) or, under
    a file picture's credit, on the day it was taken ("Yomiuri Shimbun file photo" / "…
    Nemuro, Hokkaido, on April 10, 2021."); or, under a photo credit or an outlet's name printed
    over each of the page's pictures, one sentence closing on its day over a lead half as long
    again ("Courtesy of the Defense Ministry/Jiji Press" / "A Russian … destroyer sails in waters
    off southern Hokkaido on Thursday.", "The Yomiuri Shimbun" / "Kombu is landed at a port in
    Nemuro, Hokkaido, on June 15.")."""
    line = numbered[at][1]
    credit = removed.get(numbered[at - 1][0]) if at > 0 else None
    # an outlet's name printed over each of the page's pictures ("The Yomiuri Shimbun", twice):
    # their credit, not the source line over the lead
    pictures = credit == "photo_credit" or (
        credit == "source_line" and sum(text == numbered[at - 1][1] for _, text in numbered) > 1
    )
    placed = credit == "photo_credit" and (
        _PLACE_DATE_CAPTION.search(line) is not None
        or ("file photo" in numbered[at - 1][1].lower() and _ON_A_DAY.search(line) is not None)
    )
    dated = (  # one sentence closing on its day, over a lead half as long again at least
        pictures
        and ". " not in line
        and _ON_A_DAY_CLOSING.search(line) is not None
        and at + 1 < len(numbered)
        and is_body(numbered[at + 1][1])
        and 2 * n_words(numbered[at + 1][1]) >= 3 * n_words(line)
    )
    return (
        # under an outlet's name ("The Yomiuri Shimbun"), only a picture's own words: a lead
        # under "KYODO" may well say someone "visits"
        (
            credit == "photo_credit"
            or (credit == "source_line" and (dated or _SEEN.search(line) is not None))
        )
        and n_words(line) <= (60 if placed else 25)
        and ends_a_sentence(line)
        and (placed or dated or has_caption_words(line))
        and not reports_speech(line)
        and any(is_body(later) for _, later in numbered[at + 1 :])
    )


def _inside_the_story(
    numbered: list[tuple[int, str]], first: int, last: int, removed: dict[int, str]
) -> bool:
    """Whether a body paragraph no rule took stands above line `first` and another below line
    `last`."""
    return any(n < first and n not in removed and is_body(line) for n, line in numbered) and any(
        n > last and n not in removed and is_body(line) for n, line in numbered
    )


# A reader's handle of one plain word: "Yubaru"
_PLAIN_HANDLE = re.compile(r"[A-Za-z][a-z]{2,29}")


def _handle_under_rights(line: str, below: list[tuple[int, str]]) -> bool:
    """Whether `line`, under the story's copyright, is a reader's handle over a comment: one
    with a digit or an underscore or of capitalised words run together ("Asiaman7"), or one
    plain word ("Yubaru") when such a handle follows further down ("oldman_13")."""
    return bool(READER_HANDLE.fullmatch(line)) or (
        _PLAIN_HANDLE.fullmatch(line) is not None
        and any(READER_HANDLE.fullmatch(later) for _, later in below)
    )


# A transcript's programme: a part's label, then who speaks in it, the name in capitals and the
# post after it ("Introduction:" / "RICHARD BUSH Senior Fellow and Director …")
_ROSTER_LABEL = re.compile(
    r"(?:introduction|introductions|opening remarks|welcome|featured speakers?|keynote speakers?|"
    r"speakers?|moderators?|panel(?:ists)?|discussants?|presenters?|chairs?|participants)\s*:",
    re.IGNORECASE,
)
_TRANSCRIBED_BY = re.compile(
    r"(?:proceedings|transcript|transcription)s? (?:prepared|transcribed|produced|provided)"
    r"(?: from (?:a|an|the) (?:audio |video )?recording)? by\s*:",
    re.IGNORECASE,
)
_REPORTER_NAME = re.compile(r"[A-Z][A-Z&'’.-]+(?: [A-Z][A-Z&'’.-]+)+\b")
_ROSTER_ENTRY = re.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3},? [A-Z][a-z]")


# A gallery's counter over each picture's caption: "1 / 12"
_SLIDE_COUNTER = re.compile(r"\d{1,3}\s*(?:/|of)\s*\d{1,3}")


def _gallery_captions(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of a gallery's captions, each of up to 30 words right under its
    picture's counter ("1 / 12" / "Shpanberg Lighthouse in Kurils Nature Reserve …"), in a page
    with two counters or more."""
    under = [
        (line_no, below_no)
        for (line_no, line), (below_no, below) in pairwise(numbered)
        if below_no == line_no + 1
        and removed.get(line_no) == "page_counter"
        and below_no not in removed
        and _SLIDE_COUNTER.fullmatch(line)
        and n_words(below) <= 30
    ]
    return [below_no for _, below_no in under] if len(under) >= 2 else []


# A picture's alt text numbered after the page's title: "Japan-Russia … Meeting) 1", or named in
# brackets after it: "Japan-Russia Foreign Ministers’ Meeting(handshake)"
_PICTURE_NUMBER = re.compile(r"(?P<text>\S.{2,200}?)\s+(?P<n>\d{1,2})$")
_PICTURE_LABEL = re.compile(r"(?P<text>\S.{2,200}?[^\s(])\s?\((?P<label>[a-z][\w ,'’-]{0,30})\)$")


def _picture_tag(line: str) -> tuple[str, str] | None:
    """A gallery's alt text and its number or label: ("… Meeting", "2"), or none."""
    if line[-1:].isdigit() and (match := _PICTURE_NUMBER.fullmatch(line)):
        return match["text"], match["n"]
    if line[-1:] == ")" and (match := _PICTURE_LABEL.fullmatch(line)):
        return match["text"], match["label"]
    return None


def _numbered_pictures(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of a gallery's alt texts: one text of 3 to 30 words numbered 1, 2, … on
    consecutive lines ("… (“2+2” Ministerial Meeting) 1" / "… 2" / "… 3"), or told apart by a
    word in brackets in lower case ("… Meeting(greeting)" / "… Meeting(handshake)"), two or
    more (not a list's "Phase 1" / "Phase 2")."""
    found: list[int] = []
    run: list[int] = []
    text = ""
    tags: set[str] = set()
    for line_no, line in numbered:
        picture = _picture_tag(line)
        if picture and run and line_no == run[-1] + 1 and picture[0] == text:
            tag = picture[1]
            numbers = "1" in tags  # the next number, or a label not seen yet
            if tag == str(len(run) + 1) if numbers else not (tag in tags or tag.isdigit()):
                run.append(line_no)
                tags.add(tag)
                continue
        if len(run) >= 2:
            found += run
        run, text, tags = [], "", set()
        if (
            picture
            and (picture[1] == "1" or not picture[1].isdigit())
            and 3 < n_words(line) <= 30
            and line_no not in removed
        ):
            run, text, tags = [line_no], picture[0], {picture[1]}
    return found + (run if len(run) >= 2 else [])


# A PDF's running head, the author's name or the short title and the page's number: "McHenry 2"
_RUNNING_HEAD = re.compile(r"(?P<head>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}) (?P<n>\d{1,3})")
# Words that number a document's own parts, not its pages: "Article 9", "Phase 2"
_PART_WORDS = frozenset(
    "article chapter section part phase step figure fig table appendix annex day round stage "
    "point item no paragraph clause volume vol issue".split()
)


# A printed edition's page break in its web copy, mid-sentence or alone: "[Page 217]" (the State
# Department's Foreign Relations of the United States)
_PRINTED_PAGE = re.compile(r"\s*\[Page \d{1,4}\]\s*")


def _running_heads(numbered: list[tuple[int, str]]) -> tuple[list[int], dict[int, int]]:
    """A PDF's running head, alone on its line ("McHenry 2") or glued to the line the page ended
    on ("… (Australian National University, 2018) McHenry 3"): words printed above it (the
    author's name or the title, a line of up to six words) and a number, twice or more, growing
    from one head alone to the next. The line numbers of the heads alone, and where each glued
    one starts."""
    alone: dict[str, list[tuple[int, int]]] = {}
    for line_no, line in numbered:
        if (
            line[-1:].isdigit()
            and (match := _RUNNING_HEAD.fullmatch(line))
            and match["head"].split()[0].lower() not in _PART_WORDS
        ):
            alone.setdefault(match["head"], []).append((line_no, int(match["n"])))
    heads: list[int] = []
    glued: dict[int, int] = {}
    for head, found in alone.items():
        numbers = [page for _, page in found]
        if numbers != sorted(set(numbers)) or not any(
            n < found[0][0] and n_words(line) <= 6 and f" {head} " in f" {line} "
            for n, line in numbered
        ):
            continue
        tail = re.compile(rf"\s{re.escape(head)} (?P<n>\d{{1,3}})$")
        ends = {
            line_no: match.start()
            for line_no, line in numbered
            if line[-1:].isdigit() and (match := tail.search(line)) and match.start()
        }
        if len(found) + len(ends) >= 2:
            heads += [n for n, _ in found]
            glued.update(ends)
    return heads, glued


def _given_at(line: str, above_no: int, removed: dict[int, str]) -> bool:
    """Whether `line`, under the author's name or affiliation (`above_no`, taken as header
    furniture), names the meeting the paper was given at, with its year: "Midwest Slavic
    Conference 2019"."""
    return (
        removed.get(above_no) == "header_furniture"
        and bool(re.search(r"\b(?:19|20)\d\d\b", line))
        and _MEETING.fullmatch(line) is not None
    )


def _emoji_menu(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of an app's menu: three lines or more, each an icon and up to four words
    ("🔄 Update App" / "🔍 Check for Updates" / "📰 Fetch NHK News"), perhaps a label of up to
    three words between them ("Test Notification")."""
    found: list[int] = []
    run: list[int] = []
    for line_no, line in numbered:
        if (
            line_no not in removed
            and line[:1] > "\u2000"
            and unicodedata.category(line[0]) == "So"
            and n_words(line) <= 5
        ):
            run.append(line_no)
        elif not (run and n_words(line) <= 3 and not ends_a_sentence(line)):
            found += run if len(run) >= 3 else []
            run = []
    return found + (run if len(run) >= 3 else [])


def _wiki_captions(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of a wiki page's picture captions between its title and its lead, the
    paragraph that names the title in its first sentence ("Kuril Islands dispute" / "The Kuril
    Islands with Russian names. Borders … shown in red." / … / "The Kuril Islands dispute, known
    as …, is …"): up to six lines of up to 60 words, on a page the wiki's own links mark
    ("(Redirected from …)", "From Wikipedia, the free encyclopedia", its coordinates); and, below
    the lead, up to three lines of 4 to 60 words that end no sentence between a section's
    heading (up to four words, under a paragraph) and its first paragraph."""
    if not any(
        rule == "navigation" and ("°" in line or "edirected from" in line or "Wikipedia" in line)
        for line_no, line in numbered
        if (rule := removed.get(line_no))
    ):
        return []
    kept = [(n, line) for n, line in numbered if n not in removed]
    if not kept or n_words(kept[0][1]) > 12:
        return []
    title = kept[0][1].casefold()
    lead = next(
        (
            at
            for at, (_, line) in enumerate(kept[1:8], 1)
            if is_body(line) and title in line[:150].casefold().split(".")[0]
        ),
        None,
    )
    if lead is None:
        return []
    between = kept[1:lead]
    if any(n_words(line) > 60 or line.casefold() == title for _, line in between):
        return []  # not captions: an infobox under the title printed again
    found = [n for n, _ in between]
    for at in range(lead + 1, len(kept) - 2):  # under a section's heading, over its paragraph:
        # "Background" / "Dates shown indicate approximate time that …" / "Japanese Iturup
        # residents … at a riverside picnic in 1933" / "The first Russo-Japanese agreement …"
        heading = kept[at][1]
        if n_words(heading) > 4 or ends_a_sentence(heading) or not is_body(kept[at - 1][1]):
            continue
        end = at + 1
        while end < min(len(kept), at + 4) and (
            4 <= n_words(kept[end][1]) <= 60 and not ends_a_sentence(kept[end][1])
        ):
            end += 1
        if end > at + 1 and end < len(kept) and is_body(kept[end][1]):
            found += [n for n, _ in kept[at + 1 : end]]
    return found


def _alt_texts(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of pictures' alt texts over their caption printed twice: up to twelve
    words, half their words or more the caption's ("Kuril Kunashir island, Medvedev" / "Kunashir
    Island, one of the Kuril islands … Photograph: AP", twice), the headline after the captions
    (a title-like line, not a sentence; else the line over the picture is the page's title)."""
    found = []
    for at in range(len(numbered) - 2):
        (line_no, line), (caption_no, caption), (twice_no, twice) = numbered[at : at + 3]
        if (
            line_no in removed
            or caption != twice
            or removed.get(caption_no) != "caption"
            or removed.get(twice_no) != "caption"
            or not 2 <= n_words(line) <= 12
            or ends_a_sentence(line)
        ):
            continue
        if not shares_half(line, caption):
            continue
        after = next((text for n, text in numbered[at + 3 :] if n not in removed), "")
        if is_headline_like(after) and not ends_a_sentence(after):
            found.append(line_no)
    return found


def _same_or_dated(paragraph: str, other: str) -> bool:
    """Whether `paragraph` is `other`, or `other` after a dateline ("TOKYO, March 20. /TASS/.
    …")."""
    if not paragraph.endswith(other):
        return False
    if len(paragraph) == len(other):
        return True
    dateline = split_dateline(paragraph)
    return dateline is not None and paragraph[dateline.end :] == other


# The agency and photographer closing a picture's caption: "… REUTERS/Thomas Peter"
_CLOSING_CREDIT_TAIL = re.compile(
    r"(?<=[.!?\"”])\s+[A-Z]{2,}/[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}$"
)


def _nearly_same(paragraph: str, other: str) -> bool:
    """Whether two paragraphs of 20 words or more open alike and differ by a word in twenty or
    less: a standfirst and the lead that prints it again with a word lost ("… a violation of the
    country's sovereignty." / "… a violation of country's sovereignty.")."""
    if paragraph[:40] != other[:40] or abs(len(paragraph) - len(other)) > len(paragraph) // 20:
        return False
    ours, theirs = paragraph.split(), other.split()
    return len(ours) >= 20 and SequenceMatcher(None, ours, theirs, autojunk=False).ratio() >= 0.95


def _capitalised(line: str) -> bool:
    """Whether every word of `line` opens on a capital or a digit ("… To Recognize Ww2 Result")."""
    return all(word[0].isupper() or word[0].isdigit() for word in words(line))


def _deck(at: int, numbered: list[tuple[int, str]], removed: dict[int, str]) -> bool:
    """Whether the line at `at`, over a credited caption, is a deck just under the title (the
    line above is kept and headline-like, with no stop) and the caption below a whole one of ten
    words or more ("Strawberries and uni: Japan eyes ventures …" / "Territory's status still
    unresolved but Abe and Putin will affirm …" / "Four disputed islands have prevented … (Photo
    by …)"), not a caption's first part over its credited end ("Russia Pacific Missiles.
    Picture: PA", as LBC prints it)."""
    if at == 0 or at + 1 >= len(numbered) or numbered[at - 1][0] in removed:
        return False
    above = numbered[at - 1][1]
    return (
        is_headline_like(above)
        and not ends_a_sentence(above)
        and n_words(numbered[at + 1][1]) >= 10
    )


def _cut_short(key: str, headline_key: str) -> bool:
    """Whether a line's `key` is the headline's cut short, five words or more and over half of
    it ("Russia Cancels Visa-free Travel For Japanese To Disputed", a picture's text)."""
    return (
        headline_key.startswith(key + " ")
        and n_words(key) >= 5
        and 2 * n_words(key) > n_words(headline_key)
    )


def _headline_label(line: str, headline: str) -> bool:
    """Whether `line` is the headline's words before its colon, alone, as a picture's alt text
    prints them ("Lavrov to Kishida" under "Lavrov to Kishida: Russia not to return …")."""
    label, colon, _ = headline.partition(":")
    return bool(colon) and line_key(line) == line_key(label)


# A picture's caption closing on its source in brackets: "… Kuril Island Group (source: flickr/
# j.emelyanova)"
_SOURCED_CAPTION = re.compile(r"[^()]{3,200}\((?i:source|photo|image|picture|credit)s?\s*:[^()]*\)")


def _headline_and_caption(line: str, headline: str) -> bool:
    """Whether `line` is the headline printed again with its picture's caption glued to it,
    closing on the picture's source ("Russian president hails … Kurils Kunashir Island, Kuril
    Island Group (source: flickr/ j.emelyanova)")."""
    return (
        line.startswith(headline + " ")
        and n_words(line) - n_words(headline) <= 30
        and _SOURCED_CAPTION.fullmatch(line, len(headline) + 1) is not None
    )


# A date printed after the headline on its line: " Sunday, October 18, 2009", " - 18.10.2009"
_WEEKDAY = re.compile(rf"\b{patterns.WEEKDAY}\b")
_DATE_AFTER = re.compile(rf"[\s,|–—-]+(?:{patterns.WEEKDAY},?\s+)?$")


def _date_after(headline: str, line: str) -> bool:
    """Whether `headline` is `line` with a date printed after it ("Day 578 { Japan And Russia }
    Sunday, October 18, 2009" / "Day 578 { Japan And Russia }")."""
    if not headline.startswith(line + " "):
        return False
    found = patterns.FULL_DATE.search(headline, len(line))
    return (
        found is not None
        and found.end() == len(headline)
        and _DATE_AFTER.fullmatch(headline[len(line) : found.start()]) is not None
    )


def _glued_to(paragraph: str, headline: str) -> bool:
    """Whether `paragraph` opens with `headline` (in any case, of four words or more) glued to
    its first sentence: "Japan raps Medvedev visit to disputed Kunashiri IslandJapan lodged …"."""
    end = len(headline)
    return (
        len(paragraph) > end + 1
        and paragraph[end - 1 : end].isalnum()
        and paragraph[end].isupper()
        and paragraph[:end].casefold() == headline.casefold()
        and n_words(headline) >= 4
    )


_STORIES_LABEL = re.compile(
    r"(?i:top|latest|more|popular|recent|other) (?i:news|stories|videos|articles)$"
)
_BULLET_MARKS = "-–•*·▪"  # a list item's mark, opening its line
_BULLETED = re.compile(rf"[{_BULLET_MARKS}]\s+\S")  # "- Ukraine: A Pawn in the Geopolitical Game?"
_BULLETED_TITLE = re.compile(rf"[{_BULLET_MARKS}]\s+(?=[A-Z\"“‘'])")  # (the mark alone)


def _closing_link_list(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The lines of a list of other stories closing the page, from its label on ("Top news" /
    "Dmitry Simes: The alarming evolution …" / its teaser, "… To understand the U.S. view …" /
    "World" / "Yesterday, 22:09"): after two body paragraphs or more, the last label whose every
    later line is a title, a section, a time or a teaser cut short ("…"), one at least a teaser,
    or else two bulleted titles at least ("Latest Videos" / "- Ukraine: A Pawn …?" / …); none
    when a sentence follows it."""
    seen_body, label, teasers, bullets = 0, None, 0, 0
    for at, (line_no, line) in enumerate(numbered):
        if line_no in removed and removed[line_no] not in ("navigation", "cross_link"):
            continue
        if (
            seen_body >= 2
            and n_words(line) <= 6
            and (is_link_label(line) or _STORIES_LABEL.match(line))
        ):
            label, teasers, bullets = at, 0, 0
        elif label is not None and line.endswith(("...", "…")):
            teasers += 1
        elif label is not None and _BULLETED.match(line) and n_words(line) <= 20:
            bullets += 1
        elif label is not None and not (
            (n_words(line) <= 20 and not ends_a_sentence(line)) or line_no in removed
        ):
            label = None  # a sentence: the story goes on
        seen_body += line_no not in removed and is_body(line)
    if label is None or not (teasers or bullets >= 2):
        return []
    return [line_no for line_no, _ in numbered[label:]]


def _bulleted_titles(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The lines of a list of other stories' titles inside the story, each bulleted, one after
    another: three or more of 5–20 words, each opening on a capital and none ending like a
    sentence, after a paragraph of the story that introduces no list (TASS's "- Rearmament of
    Russian army units on Kurils to be completed by September — minister" / …)."""
    found: list[int] = []
    run: list[int] = []
    for at, (line_no, line) in enumerate([*numbered, (0, "")]):
        if (
            line[:1] in _BULLET_MARKS
            and line_no not in removed
            and _BULLETED_TITLE.match(line)
            and 5 <= n_words(line) <= 20
            and not ends_a_sentence(line)
        ):
            run.append(at)
            continue
        if len(run) >= 3 and run[0] > 0:
            above = numbered[run[0] - 1][1]
            if is_body(above) and not above.endswith(":"):
                found += [numbered[i][0] for i in run]
        run = []
    return found


# A heading's marks: Markdown's ("## Background", "# Title #") or a wiki's ("= Title =",
# "==Tsunami==")
_HEADING_MARKS = re.compile(
    r"(?P<mark>#{1,6}(?=\s)|(?P<wiki>={1,6}))\s*(?P<text>[^#=\s].*?)\s*(?(wiki)(?P=wiki)|#*)"
)
# An entry's number in a table of contents: "16. Reassessing the Kuril Islands Dispute …"
_NUMBERED_ENTRY = re.compile(r"^\d{1,2}\.\s+")


_ROMAN_NUMBERED = re.compile(r"^[IVX]{1,5}\.\s+[A-Z]")


def _numbered_section(above: int, line_no: int, line: str) -> bool:
    """Whether `line` is the page's own numbered section past a blank line under a link's label
    or link, not a linked headline ("Related Information" / "" / "2. Japan-Russia Relations"), or
    one numbered in Roman figures anywhere ("Related Information (Press Release)" / "II. Foreign
    Minister Nakasone's visit to Okinawa")."""
    return (line_no > above + 1 and _NUMBERED_ENTRY.match(line) is not None) or (
        line[:1] in "IVX" and _ROMAN_NUMBERED.match(line) is not None
    )


def _is_contents_entry(line: str) -> bool:
    """An entry in a table of contents: up to ten words and no sentence, or numbered or
    bulleted, up to 25 words and no stop ("14. Infrastructure and Preparedness: What Changed
    Post-Disaster?", a transcript's "1. Opening Statement: Visit to Japan by Mr. …, Minister of …
    of Cuba", "- The Kuril Islands: A Remote Archipelago on the Edge of Fire and Ice")."""
    if number := _NUMBERED_ENTRY.match(line):
        return n_words(line[number.end() :]) <= 25 and not line.endswith(".")
    if line[:1] in _BULLET_MARKS:
        return n_words(line) <= 25 and not line.endswith(".")
    return n_words(line) <= 10 and not ends_a_sentence(line)


# A section heading's number: "I. ", "12. ", "(3) "
_SECTION_NUMBER = re.compile(r"^(?:[IVX]{1,5}\.|\d{1,2}\.|\(\d{1,2}\))\s+")


# Two cells glued where the first ends and the second begins: "Embassy of Japan, MoscowEmbassy of
# Russia, Tokyo"
_GLUED_CELLS = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _paired_fields(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of an encyclopedia's infobox on two countries' relations over the lead,
    each field's label alone on its line and its two values glued on the next, the halves
    alike, sharing a word of five letters or more ("Diplomatic mission" / "Embassy of Japan,
    MoscowEmbassy of Russia, Tokyo"; "Envoy" / "… Ambassador to Russia Toyohisa KodzukiRussian
    Ambassador to Japan …"); or none."""
    kept = [(n, line) for n, line in numbered if n not in removed]
    found: list[int] = []
    for (label_no, label), (line_no, line) in pairwise(kept):
        if is_body(line) or is_body(label):
            break  # the lead: the box stands over it
        if not (label.replace(" ", "").isalpha() and n_words(label) <= 3 and n_words(line) <= 20):
            continue
        halves = [half for half in _GLUED_CELLS.split(line) if half]
        if len(halves) == 2:
            first, second = ({w.lower() for w in words(h) if len(w) >= 5} for h in halves)
            if first & second:
                found += [label_no, line_no]
    return found


def _list_entry(line: str, number: int) -> str | None:
    """The text of `line` as the `number`-th entry of a list, without its bullet or number
    ("- The visit to Sakhalin", "2. The visit to Sakhalin"), or None."""
    if line[:1] in _BULLET_MARKS:
        return line.lstrip(_BULLET_MARKS + " ")
    prefix = f"{number}. "
    return line[len(prefix) :] if line.startswith(prefix) else None


def _unlabelled_contents(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of a run of entries with no label over them, bulleted or numbered from
    1, printed again further down as the page's sections, perhaps numbered (all of a run of two,
    the first of a longer one: "- Foreign Minister Nakasone's Diet speech highlights" / "- …
    visit to Okinawa" … "I. Foreign Minister Nakasone's Diet speech highlights"): the page's
    table of contents; or none."""
    kept = [(n, line) for n, line in numbered if n not in removed]
    for at, (line_no, line) in enumerate(kept):
        bulleted = line[:1] in _BULLET_MARKS
        if not (bulleted or line.startswith("1. ")) or (
            bulleted and at and kept[at - 1][1][:1] in _BULLET_MARKS
        ):
            continue  # a run's first entry only
        run = [(line_no, line)]
        for next_no, next_line in kept[at + 1 :]:
            entry = _list_entry(next_line, len(run) + 1)
            if (
                next_no != run[-1][0] + 1
                or entry is None
                or (next_line[:1] in _BULLET_MARKS) != bulleted
            ):
                break
            run.append((next_no, next_line))
        if len(run) < 2 or any(n_words(text) > 40 or text[-1:] == "." for _, text in run):
            continue  # no paragraph: a line of a sentence or more
        later = {
            line_key(_SECTION_NUMBER.sub("", other))
            for n, other in kept
            if n > run[-1][0] and n_words(other) <= 25
        }
        keys = [line_key(_list_entry(text, i) or "") for i, (_, text) in enumerate(run, 1)]
        if all(key in later for key in keys[: 2 if len(run) == 2 else 1]):
            return [n for n, _ in run]
    return []


def _widget_sentences(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """Short sentences of a sign-up widget above the story, beside its prompts, one after
    another, none naming the dispute ("Nice work! Enjoy the show!" / "You’re busy. We get it." /
    "Stay on top of the news with our Editor’s Picks newsletter.")."""
    first_body = next(
        (i for i, (_, line) in enumerate(numbered) if n_words(line) >= 15 and is_body(line)),
        len(numbered),
    )
    taken: set[int] = set()
    grew = True
    while grew:
        grew = False
        for at, (line_no, line) in enumerate(numbered[:first_body]):
            beside = [numbered[j][0] for j in (at - 1, at + 1) if 0 <= j < first_body]
            if (
                line_no not in removed
                and line_no not in taken
                and n_words(line) <= 8
                and line.endswith((".", "!"))
                and any(removed.get(n) == "prompt" or n in taken for n in beside)
                and not _of_the_dispute(line)
            ):
                taken.add(line_no)
                grew = True
    return sorted(taken)


def _list_goes_on(numbered: list[tuple[int, str]], last: int) -> bool:
    """Whether the bullets under a highlights label at `last` go on, on the next line (perhaps a
    blank line apart, as a cleaned text prints it), with a paragraph bulleted alike: the page's
    own list under its heading ("Key points" / "- The island separates …" / "- The chain is part
    of … many hot springs."), which a summary of the story is not."""
    if last + 1 >= len(numbered):
        return False
    line, next_line = numbered[last][1], numbered[last + 1][1]
    return bool(_BULLETED.match(line)) and next_line[:2] == line[:2] and is_body(next_line)


# A note that a summary was made by a machine: "Disclaimer:The above summary was generated by
# Tridge's proprietary AI model …"
_GENERATED = re.compile(
    r"\bsummar(?:y|ies)\b[^.]{0,80}\bgenerated\b|\bgenerated\b[^.]{0,40}\b(?:AI|artificial "
    r"intelligence)\b",
    re.IGNORECASE,
)


def _machine_summary(lines: list[tuple[int, str]]) -> bool:
    """Whether the two lines under a summary's label are a paragraph and the note that a machine
    made it ("Tridge summary" / "The Japanese government has agreed …" / "Disclaimer:The above
    summary was generated by … AI model …")."""
    return len(lines) == 2 and is_body(lines[0][1]) and bool(_GENERATED.search(lines[1][1]))


def _closing_summary(at: int, numbered: list[tuple[int, str]], removed: dict[int, str]) -> bool:
    """Whether the highlights label at `at` closes the story with a summary of it: two body
    paragraphs or more above it, one paragraph of up to 100 words under it ("Summary" /
    "Japanese fishers prepare for the annual salmon season …")."""
    if at + 1 >= len(numbered) or numbered[at + 1][0] in removed:
        return False
    above = sum(is_body(line) for n, line in numbered[:at] if n not in removed)
    summary = numbered[at + 1][1]
    return above >= 2 and is_body(summary) and n_words(summary) <= 100


def _is_topic_list(line: str) -> bool:
    """Topics on one line, comma-separated, under their label ("Keywords" / "Kuril Islands,
    Northern Territories, Japan-Russia relations"): up to five words each, no sentence."""
    items = line.split(",")
    return (
        len(items) > 1
        and n_words(line) <= 30
        and not ends_a_sentence(line)
        and all(0 < n_words(item) <= 5 for item in items)
    )


# Where one sentence ends and another begins within a line: "… in flux. Tokyo …"
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")


def _sentence_bullets(lines: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The numbers of a summary's bullets written as sentences under its label ("Key points" /
    "Putin proposed that Russia and Japan sign a peace treaty by the end of the year." / …): two
    to six lines of one sentence of at most 30 words each, taken only when a paragraph of more
    words or more sentences follows them; else none (one such sentence is a standfirst, kept
    unless the lead repeats it)."""
    bullets = []
    for line_no, line in lines:
        if line_no in removed:
            break
        if n_words(line) <= 30 and ends_a_sentence(line) and not _SENTENCE_BREAK.search(line):
            bullets.append(line_no)
        else:
            return bullets if 2 <= len(bullets) <= 6 and is_body(line) else []
    return []


# A link to another page embedded between paragraphs, its title and its site's name: "Historical
# and Geopolitical Background of Kuril Islands dispute - Sinosphere"
_LINK_CARD = re.compile(
    r"(?P<title>.{20,160}?)\s[-–—|]\s(?P<site>[A-Z][\w.'’&]*(?:\s[A-Z][\w.'’&]*){0,2})"
)


def _is_link_card(line: str) -> bool:
    """A linked page's title and its site's name (not a news agency's: a caption's credit)."""
    card = _LINK_CARD.fullmatch(line)
    return (
        card is not None
        and n_words(card["title"]) >= 4
        and not ends_a_sentence(card["title"])
        and not outlets.AGENCIES & set(outlets.known_outlets(card["site"]))
    )


# A picture's caption that only names what it shows, between paragraphs: "Kunashiri Island.",
# "Shinzo Abe." (not a short sentence: "Not Russia.", "Thank You.", "Why Now.")
_NAMED_PICTURE = re.compile(r"[A-Z][\w'’-]+(?: (?:of|the|de|[A-Z][\w'’-]+)){1,4}\.")
_SENTENCE_WORDS = frozenset(
    "this that these those it its not no yes and but so or thank why what how who when where "
    "never only just even here there we they he she i you your our my all very too now then "
    "well good great enough".split()
)


def _names_a_picture(line: str) -> bool:
    """A caption of two to five capitalised words and a stop, naming a place or a person."""
    return (
        line.endswith(".")
        and _NAMED_PICTURE.fullmatch(line) is not None
        and not _SENTENCE_WORDS & set(line[:-1].lower().split())
    )


def _is_picture_card(lines: list[tuple[int, str]], at: int) -> bool:
    """A link to another story, one line each: its picture's caption closing on the agency's name
    (a caption's credit), its section and its title ("Atlasova Volcano, Kuril Islands - Sputnik
    International" / "Russia" / "Tokyo Preparing Business Mission to Kurils"), the story going
    on under it."""
    card = _LINK_CARD.fullmatch(lines[at][1])
    if card is None or not outlets.AGENCIES & set(outlets.known_outlets(card["site"])):
        return False
    card_lines = lines[at : at + 4]
    return (
        len(card_lines) == 4
        and [n for n, _ in card_lines] == list(range(card_lines[0][0], card_lines[0][0] + 4))
        and n_words(card_lines[1][1]) <= 3
        and is_label(card_lines[1][1])
        and is_headline_like(card_lines[2][1])
        and n_words(card_lines[2][1]) <= 20
        and not ends_a_sentence(card_lines[2][1])
        and is_body(card_lines[3][1])
    )


# A caption, in the present tense, of what the picture shows on a day: "A lighthouse on Kaigara
# Island … is seen painted white on Thursday.", "… is seen on Aug. 12." (a story says "was seen")
_SEEN_ON_A_DAY = re.compile(rf"\b(?:is|are) seen\b.*{patterns.ON_A_DAY_CLOSING}")


def _seen_on_a_day(line: str) -> bool:
    """A caption of up to 25 words of what the picture shows on a day (`_SEEN_ON_A_DAY`)."""
    return "seen" in line and n_words(line) <= 25 and _SEEN_ON_A_DAY.search(line) is not None


# The day a picture was taken closing its caption's one sentence: "… on November 15."
_ON_A_DAY_CLOSING = re.compile(patterns.ON_A_DAY_CLOSING)
# What a picture shows, in the present tense, someone unnamed doing something: "A woman pushes a
# child on a tricycle at sunset in …" (not "A Japanese fishing boat was seized …")
_SOMEONE_PICTURED = re.compile(r"An? (?:[A-Za-z'’-]+ ){1,3}(?!(?:was|has|is|does)\b)[a-z]{3,}s\b")
# … or its full date after a comma, as a wire's caption prints it: "… fishing boat, Aug. 16, 2006."
_COMMA_FULL_DATE = re.compile(rf",\s+{patterns.WRITTEN_DATE}\.$")


def _caption_atop(
    kept: list[tuple[int, str]],
    numbered: list[tuple[int, str]],
    position: dict[int, int],
    removed: dict[int, str],
) -> bool:
    """Whether the page's first line is a caption of one sentence in a picture's words closing
    on its day, over the story's date line and a lead opening on its dateline, the headline lost
    above it ("Participants … pray for their ancestors aboard a ship on Monday." / "5:00 JST,
    August 30, 2023" / "SAPPORO (Jiji Press) — A program started …")."""
    (line_no, line), (lead_no, lead) = kept[0], kept[1]
    between = [n for n, _ in numbered[position[line_no] + 1 : position[lead_no]]]
    return (
        line[-1:] == "."
        and n_words(line) <= 30
        and line.count(". ") == 0
        and _ON_A_DAY_CLOSING.search(line) is not None
        and (has_caption_words(line, plural=True) or places_someone(line))
        and bool(between)
        and all(removed.get(n) == "date_stamp" for n in between)
        and split_dateline(lead) is not None
    )


def _credit_under(at: int, kept: list[tuple[int, str]]) -> bool:
    """Whether the line under `kept[at]` is a photographer's name alone over a paragraph
    ("Kirill Kudryavtsev" / "Japanese Prime Minister Shinzo Abe will meet …")."""
    return (
        at + 2 < len(kept) and is_photographers_name(kept[at + 1][1]) and is_body(kept[at + 2][1])
    )


def _shown_over_the_lead(at: int, kept: list[tuple[int, str]]) -> bool:
    """A caption of one sentence and up to 25 words, in a picture's words ("stands", "visits"),
    closing on the day it was taken, over a lead at least twice as long (perhaps under its
    dateline alone on its line), or of any length under the photographer's name alone: "A
    Japanese soldier stands on the flight deck of … ship … on November 15."; or one of up to 40
    words closing on that day's full date after a comma, as a wire's caption does, over any lead
    and under no paragraph ("Acting Ambassador …, surrounded by reporters in Tokyo …, Aug. 16,
    2006."); or one of up to 30 words of someone unnamed doing
    something in the present tense over a lead opening on its dateline ("A woman pushes a child
    … at sunset …" / "KUNASHIR, Kuril Islands — …"). (Looked for right under the headline.)"""
    line = kept[at][1]
    if line[-1:] != ".":  # each closes on a stop
        return False
    someone = _SOMEONE_PICTURED.match(line) is not None and n_words(line) <= 30
    dated = _COMMA_FULL_DATE.search(line)
    on_a_day = (
        n_words(line) <= 25
        and _ON_A_DAY_CLOSING.search(line) is not None
        and (has_caption_words(line, plural=True) or places_someone(line))
    )
    if not (someone or dated or on_a_day) or reports_speech(line):
        return False  # the quick answer for nearly every line
    lead = at + 1
    if credited := _credit_under(at, kept):
        lead += 1  # the photographer's name alone under the caption: "Kirill Kudryavtsev"
    if lead < len(kept) and dateline_alone(kept[lead][1]) is not None:
        lead += 1  # the lead under its dateline, alone on its line: "TOKYO, April 19 Kyodo"
    if lead >= len(kept) or not is_body(kept[lead][1]):
        return False
    if someone and ". " not in line and split_dateline(kept[lead][1]) is not None:
        return True  # "A woman pushes a child on a tricycle at sunset …" / "KUNASHIR, … — …"
    if dated is not None:  # under a title, not a paragraph
        return (
            n_words(line) <= 40
            and line.count(". ", 0, dated.start()) == 0
            and not any(is_body(above) for _, above in kept[max(0, at - 2) : at])
        )
    return (
        on_a_day
        and line.count(". ") == 0
        and (credited or n_words(kept[lead][1]) >= 2 * n_words(line))
    )


def _block_printed_again(paragraphs: list[tuple[int, str]]) -> list[int]:
    """The line numbers of the first two or three paragraphs printed again right after
    themselves (up to a dateline: the undated copy goes), or none."""
    tails = [text[-40:] for _, text in paragraphs]
    if len(set(tails)) == len(tails):
        return []  # no paragraph printed twice: the quick answer for nearly every page
    for at in range(len(paragraphs)):
        for size in (2, 3):
            block, before = paragraphs[at : at + size], paragraphs[at - size : at]
            if (
                at >= size
                and len(block) == size
                and all(
                    _same_or_dated(a, b) or _same_or_dated(b, a)
                    for (_, a), (_, b) in zip(block, before, strict=True)
                )
            ):
                dated = sum(len(a) for _, a in block) > sum(len(b) for _, b in before)
                return [n for n, _ in (before if dated else block)]
    return []


# A capitalised word of a name or place, as an alt text and its caption share them
_ALT_NAME = re.compile(r"\b[A-Z][\w'’\-]+")


def _alt_text_of(line: str, caption: str) -> bool:
    """Whether `line`, over a caption, is the picture's alt text in words of its own: up to
    twelve, no stop, a picture's words, and every name in it the caption's ("Dmitry Medvedev
    pictured at the Kremlin" over "… Dmitry Medvedev takes part in a meeting at the Kremlin …")."""
    names = set(_ALT_NAME.findall(line))
    return (
        n_words(line) <= 12
        and not ends_a_sentence(line)
        and has_caption_words(line)
        and bool(names)
        and names <= set(_ALT_NAME.findall(caption))
    )


def _printed_again(numbered: list[tuple[int, str]], at: int) -> list[int]:
    """The line numbers of the copy of line `at` printed just after it, on one line or across
    two, up to spacing: a caption under the picture that its alternative text printed ("Putin (L)
    and Koizumi (R) pledgedto resolve …" / "Putin (L) and Koizumi (R) pledged" / "to resolve
    …")."""
    key = line_key(numbered[at][1]).replace(" ", "")
    joined = ""
    for count, (_, line) in enumerate(numbered[at + 1 : at + 3], 1):
        joined += line_key(line).replace(" ", "")
        if joined == key:
            return [n for n, _ in numbered[at + 1 : at + 1 + count]]
        if not key.startswith(joined):
            break
    return []


def _cites(paragraphs: list[str], title_end: str) -> bool:
    """Whether the outlet that ends a page title is one the story reports from ("… may meet in
    Munich — Kyodo News" over "…, Kyodo News reported on Tuesday", "… off Kunashir – Kyodo" over
    "…, Japan’s Kyodo news agency reported on Monday"): the title's, not the site's."""
    name = re.escape(TITLE_SEPARATOR.sub("", title_end, count=1).strip())
    cited = re.compile(
        rf"\b{name}(?: (?i:news))?(?: (?i:news agency|agency|newspaper|daily|broadcaster|"
        rf"television|tv))? (?:reported|reports|said|says|quoted|cited)\b|"
        rf"according to (?:the )?{name}\b"
    )
    return any(cited.search(paragraph) for paragraph in paragraphs)


# A picture's caption of what it shows during an event: "Russian Pacific Fleet warships during a
# naval parade in …", "Shinzo Abe and Vladimir Putin during talks in Moscow"
_DURING_CAPTION = re.compile(
    r"(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,6}(?:[a-z][\w'’-]*\s+){0,2}during\s"
)


# A mirror's label over famous quotes that share words with the section's title, closing the
# page: "Famous quotes containing the words current, situation and/or economy:"
_QUOTES_LABEL = re.compile(r"famous quotes containing the words? [^.!?]{1,120}:", re.IGNORECASE)


def _quotes_block(numbered: list[tuple[int, str]]) -> list[int]:
    """The lines of a mirror's quotes block: its label and every line after it to the page's
    end (the quotes, their authors)."""
    at = next((i for i, (_, line) in enumerate(numbered) if _QUOTES_LABEL.fullmatch(line)), None)
    return [] if at is None else [n for n, _ in numbered[at:]]


# Who provided a paper to an aggregator, no stop closing it: "provided by MCSER Journals Online …"
_PROVIDED_BY = re.compile(r"provided by [A-Z][^.!?]{2,150}(?:\.\.\.|…)?", re.IGNORECASE)
# A picture's subject, then where it is seen from, after a comma: "Kunashiri Island, a pale view
# from Rausu Town", "Habomai islets, as seen from Cape Nosappu", "…, viewed from …"
_VIEW_CAPTION = re.compile(
    r", (?:(?:an?|the) )?(?:[a-z]+ )?(?:view (?:of|from)|(?:as )?(?:seen|viewed) from) "
)


def _standfirst_words(line: str) -> str:
    """What a line above the body might repeat of it: all its words, or those it quotes."""
    return line if is_body(line) else quoted_words(line)


def _find_headline(
    candidates: list[tuple[int, str]],
    lead: list[str],
    around: dict,
    echoes: frozenset[str] = frozenset(),
) -> int | None:
    """`find_headline` over numbered lines, marking those a removed byline or date follows or a
    removed date precedes (`around`: the rules of the lines before and after each line);
    `echoes`: the keys of the page's captions."""
    before = [around.get(n, (None, None))[0] for n, _ in candidates]
    after = [around.get(n, (None, None))[1] for n, _ in candidates]
    return find_headline(
        [line for _, line in candidates],
        lead,
        [rule == "byline" for rule in after],
        [rule in ("byline", "date_stamp") for rule in after],
        [rule == "date_stamp" for rule in before],
        echoes,
    )


# Words of a speaker's label in a transcript ("Prime Minister:", "Question:", "Mr. Peskov:")
_SPEAKER_WORDS = frozenset(
    "minister president secretary spokesperson spokesman spokeswoman ambassador governor mayor "
    "chairman chair moderator question answer questioner reporter journalist interviewer mr mrs "
    "ms dr q a".split()
)


# A label in sentence case, two or three words ("Wikipedia article:"), and the words that make
# such a line someone's words introduced ("He said:", "The minister added:")
_SENTENCE_CASE_LABEL = re.compile(r"[A-Z][\w'’-]*(?: [a-z][\w'’-]*){1,2}:")
_INTRODUCING_WORDS = frozenset(
    "said says told tells added adds asked asks wrote writes noted notes explained replied "
    "stated answered declared continued commented recalled insisted warned the he she they we "
    "i it you".split()
)


def _colon_label(line: str) -> bool:
    """Whether `line` is a label of two to five words with its colon ("News Snapshot:"), or of
    two or three in sentence case that introduce no one's words ("Wikipedia article:", not "He
    said:"), not a speaker's ("Prime Minister:", "Mr. Peskov:")."""
    return (
        line[-1:] == ":"
        and 2 <= n_words(line) <= 5
        and (
            is_label(line[:-1])
            or (
                _SENTENCE_CASE_LABEL.fullmatch(line) is not None
                and not _INTRODUCING_WORDS & set(line_key(line).split())
            )
        )
        and not _SPEAKER_WORDS & set(line_key(line).split())
    )


def _among_header_bullets(kept: list[tuple[int, str]], at: int) -> bool:
    """Whether `kept[at]` is a short bulleted line that is no sentence, next to another bulleted
    line: the page's details under the headline ("• March 3, 2022" / "• , All national papers" /
    "• JMH Summary")."""
    line = kept[at][1]
    return (
        line[:1] in _BULLETS
        and n_words(line) <= 8
        and not ends_a_sentence(line)
        and any(kept[j][1][:1] in _BULLETS for j in (at - 1, at + 1) if 0 <= j < len(kept))
    )


_BULLETS = "•·▪"


def _title_printed_again(
    lead: str, lead_no: int, removed: dict[int, str], text_of: dict[int, str]
) -> int | None:
    """The line number of the first copy of `lead` (the first paragraph, on line `lead_no`)
    when the page opens on it printed three times, no other line above it, and it is one
    sentence of up to 25 words: a site's title, stop and all, as its page title and its headings
    print it ("Readers of Japanese media reacted emotionally to … ." three times; not a lead
    printed twice, as a page's description prints it again: "… on Monday." / "… this week" /
    "… on Monday."); or None."""
    above = [n for n in text_of if n < lead_no]
    copies = [n for n in above if removed.get(n) == "repeated_in_body" and text_of[n] == lead]
    if len(copies) < 2 or len(copies) < len(above) or n_words(lead) > 25:
        return None
    return None if re.search(r"[.!?…][\"”’']?\s", lead) else copies[0]


def _teaser_of(teaser: str, paragraph: str) -> bool:
    """Whether `teaser`, of eight words or more, is `paragraph` cut short: its start, then "…"
    or two stops or more ("NEMURO, Japan: Yoi Hasegawa still remembers … surrender and tried…"
    over the whole)."""
    if not teaser.endswith(("…", "..")) or n_words(teaser) < 8:
        return False
    start = teaser.rstrip("….").rstrip()
    return len(start) < len(paragraph) and paragraph.startswith(start)


def _remove_attribution(below: list[tuple[int, str]], removed: dict[int, str]) -> None:
    """Mark as `repeated_in_body` the name under a pull quote that a comma closes, or a dash
    opens, and the post under it, of up to five words each: "Taro Aso," / "Japanese foreign
    minister"."""
    if not below or below[0][0] in removed:
        return
    name = below[0][1]
    if n_words(name) > 5 or not (name.endswith(",") or name[:1] in "-–—"):
        return
    removed[below[0][0]] = "repeated_in_body"
    if len(below) > 1 and below[1][0] not in removed:
        post = below[1][1]
        if n_words(post) <= 5 and not ends_a_sentence(post) and post[:1].isupper():
            removed[below[1][0]] = "repeated_in_body"


def _two_word_title(line: str, lead: list[str]) -> bool:
    """Whether `line` is a title of two words in sentence case, both in the lead (`lead`: its
    paragraphs' keys): "Yeltsin visit" (a topic's tag is in title case: "Kuril Islands")."""
    first, _, second = line.partition(" ")
    return (
        first[:1].isupper()
        and second.isalpha()
        and second.islower()
        and set(line_key(line).split()) <= set(" ".join(lead).split())
    )


def _first_body(kept: list[tuple[int, str]]) -> int:
    """The index of the first line of `kept` that reads as a paragraph (not a title printed twice,
    `_title_twice`), or its length."""
    return next(
        (i for i, (_, line) in enumerate(kept) if is_body(line) and not _title_twice(i, kept)),
        len(kept),
    )


def _title_twice(at: int, kept: list[tuple[int, str]]) -> bool:
    """Whether `kept[at]`, the page's first line that reads as a sentence, is a title closing on
    an ellipsis ("Power creates conditions, and the rest will be determined by business ...")
    that the page prints again further down (its picture's caption): up to 20 words."""
    line = kept[at][1]
    return (
        at == 0
        and line.endswith(("...", "…"))
        and n_words(line) <= 20
        and any(other == line for _, other in kept[at + 2 :])
    )


def _entry_title(kept: list[tuple[int, str]], first_body: int) -> bool:
    """Whether the line right above the first body paragraph is an encyclopedia's or a
    profile's title of one or two capitalised words that the paragraph names in its first twelve
    words ("Kuril Islands" / "The Kuril Islands or Kurile Islands … is a volcanic archipelago
    …"), or that the paragraph calls "It", one of the next two naming it ("Cape Nosappu" / "It is
    located where …" / "The Cape Nosappu Lighthouse is …"): too short for `find_headline`, but
    the entry's title."""
    if not 0 < first_body < len(kept):
        return False
    title, lead = kept[first_body - 1][1], kept[first_body][1]
    names = set(line_key(title).split())
    if not (0 < len(names) <= 2 and _capitalised(title) and not ends_a_sentence(title)):
        return False
    if names <= set(line_key(" ".join(lead.split()[:12])).split()):
        return True
    # or a summary's lead that opens on the entry as "It" ("It is located where …"), a paragraph
    # after it naming the entry ("The Cape Nosappu Lighthouse is …")
    after = " ".join(line for _, line in kept[first_body + 1 : first_body + 3])
    return lead.startswith(("It ", "Its ")) and names <= set(line_key(after).split())


# A sentence's stop, then the next sentence's capital
_NEXT_SENTENCE = re.compile(r"[a-z][.!?][\"”’']?\s+[A-Z]")


def _headline_below_a_sentence(
    kept: list[tuple[int, str]], first_body: int, around: dict
) -> tuple[int | None, int]:
    """When no headline stands above the first body line, that line may be a section's blurb
    or a standfirst ("ARGUMENT" / "An expert's point of view on a current event." / headline):
    look again above the next paragraph of 15 or more words, for a headline with no stop (a
    sentence there is the story's: "The programme was drafted by …."; so are two sentences of more
    than 20 words, the last one's stop lost: "… said earlier. The introduction … he noted"), and
    none under a first line of two sentences and 30 words or more (the lead, no blurb), nor
    under a question opening the page (its title: "Treaty of the Month: What … this month?").
    Returns the headline's index (or None) and the index of the first body line below it."""
    if (
        first_body == 0 < len(kept)
        and kept[0][1].endswith("?")
        and is_sentence_headline(kept[0][1])
        and not TITLE_SEPARATOR.search(kept[0][1])  # a page title: "Site - Who ruled …?"
    ):
        return None, first_body  # a question opening the page: its title ("Treaty of the …?")
    later = next(
        (
            i
            for i, (_, line) in enumerate(kept)
            if i > first_body and n_words(line) >= 15 and is_body(line)
        ),
        None,
    )
    if later is None:
        return None, first_body
    lead = [line_key(line) for _, line in kept[later:] if is_body(line)][:5]  # not themselves
    found = _find_headline(kept[:later], lead, around)
    if (
        found is None
        or found <= first_body
        or kept[found][1].rstrip("\"”'’").endswith(".")  # a paragraph's sentence, no headline
        # a lead of two sentences and 30 words or more above it, no blurb: the story's own, and
        # the line a subheading ("A significant earthquake … . The seismic event …" / "Immediate
        # Warnings Issued")
        or any(
            n_words(line) >= 30 and _NEXT_SENTENCE.search(line)
            for _, line in kept[first_body:found]
        )
        or (n_words(kept[found][1]) > 20 and _AFTER_A_WORD_STOP.search(kept[found][1]))
        # a lead of one sentence of 20 words or more above it, and the story's next subheading
        # further down, between its paragraphs: the line is the first of them ("Japan's Air
        # Force scrambled … ." / "Tokyo's response to the incident" / … / "Russian Defense
        # Ministry's statement")
        or (
            any(n_words(line) >= 20 and is_body(line) for _, line in kept[first_body:found])
            and _subheading_below(kept, later)
        )
        # more words above it than in the story under it, and none of their subject: the
        # story above, its page's notes below ("The Southern Kuriles dispute …" / "Paper
        # version not known" / "Disclaimer: All third-party content …")
        or (
            sum(n_words(line) for _, line in kept[first_body:found])
            > sum(n_words(line) for _, line in kept[found + 1 :] if is_body(line))
            and not shares_subject(kept[found][1], " ".join(lead))
        )
    ):
        return None, first_body
    return found, next(i for i in range(found + 1, later + 1) if is_body(kept[i][1]))


def _subheading_below(kept: list[tuple[int, str]], at: int) -> bool:
    """Whether a subheading (up to ten words, headline-like, no stop) stands between two body
    paragraphs of `kept` after index `at`."""
    return any(
        n_words(line) <= 10
        and is_headline_like(line)
        and not ends_a_sentence(line)
        and is_body(kept[i - 1][1])
        and is_body(kept[i + 1][1])
        for i, (_, line) in enumerate(kept[at + 1 : -1], start=at + 1)
    )


def _titled_over_the_story(line: str, body_texts: list[str]) -> bool:
    """Whether `line`, by a picture's credit, is a story's title rather than its caption: eight
    words or more in title case, no stop, no caption words, sharing the subject of the story's
    lead ("Moscow, Tokyo Still Largely Disagree on Peace Treaty Issue - Russian Deputy FM" over
    "© Sputnik / …", under a video's title)."""
    return (
        n_words(line) >= 8
        and not ends_a_sentence(line)
        and _in_title_case(line)
        and not has_caption_words(line.lower())  # "… Shake Hands …" as "… shake hands …"
        and bool(body_texts)
        and shares_subject(line, " ".join(body_texts[:2]))
    )


def _kept_after(numbered: list[tuple[int, str]], at: int, removed: dict[int, str]) -> list[str]:
    """The next two lines after `numbered[at]` that no rule took."""
    return list(islice((line for n, line in numbered[at + 1 :] if n not in removed), 2))


def _one_line_each(tail: list[tuple[int, str]], removed: dict[int, str]) -> bool:
    """Whether the lines of `tail` that no rule took are readers' handles after bullets ("•
    velmpoll"), each with one comment at most under it, to the page's end (more paragraphs than
    handles are the story's own; a shorter line, furniture a later rule takes, counts for
    neither)."""
    kept = [line for n, line in tail if n not in removed]
    handles = sum(bool(BULLETED_HANDLE.fullmatch(line)) for line in kept)
    return sum(is_body(line) for line in kept) <= handles


# Where one sentence ends and the next begins, after a word in lower case: "… said earlier. The …"
_AFTER_A_WORD_STOP = re.compile(r"\b[a-z]{3,}\.\s+[A-Z]")
# A caption's kicker in capitals: "WATCHING OVER SHIPS: A lighthouse on Cape Nosappu …"
_KICKER = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,4}: (?=[A-Z])")
# A photo's caption glued before the lead: "Prime Minister Junichiro Koizumi (file photo) (AFP) "
_LEAD_CAPTION = re.compile(r"[^()]{3,120}\((?:file )?photo\)\s*(?:\([^()]{2,30}\)\s*)?(?=\S)")
# A line in a paragraph's markup that the page did not render: "<p>Yasuji Tsunoka, … look at
# photos from their home islands</p>" (a picture's caption, printed again under it as text)
_IN_PARAGRAPH_TAGS = re.compile(r"<(?P<tag>p|figcaption)>(?P<inner>[^<>]{10,400})</(?P=tag)>")
# A caption closing on its kind, glued to the dateline's city in capitals: "Minister … Alexei
# Chekunkov. Archival photoMOSCOW, January 19 …"
_GLUED_PHOTO_CAPTION = re.compile(r"[^()]{3,200}?\b(?:Archival|Archive|File) photo(?=[A-Z]{3,}\b)")
# A site's appeal for money, from its heading to its closing sentence, perhaps glued to the lead
_APPEAL_OPENING = re.compile(
    r"(?i:your support helps us\b|support (?:our|independent) journalism\b)"
)
_APPEAL_CLOSING = re.compile(r"(?i:your support makes all the difference)\.\s*")


def _appeal(numbered: list[tuple[int, str]]) -> tuple[list[int], tuple[int, int]] | None:
    """A site's appeal for money: its heading and its paragraphs, up to six lines ("Your support
    helps us to tell the story" / "From reproductive rights to …"), and its closing sentence's
    line and where that sentence ends ("Your support makes all the difference.Russia says …")."""
    for at, (_, line) in enumerate(numbered):
        if n_words(line) <= 12 and _APPEAL_OPENING.match(line):
            for below, (next_no, next_line) in enumerate(numbered[at + 1 : at + 8], at + 1):
                # the heading, up to six lines, then the closing
                if closing := _APPEAL_CLOSING.match(next_line):
                    lines = [n for n, _ in numbered[at:below]]
                    return lines, (next_no, closing.end())
            return None
    return None


# An advert's notice left inside a paragraph: "The story goes on under the ad “All these years
# later …", "… the islands. Story continues below advertisement For these …"
_INLINE_AD_NOTE = re.compile(
    r"(?:^|(?<=[.!?”\"’'] ))(?:the )?(?:story|article) (?:goes on|continues) (?:under|below)"
    r"(?: the)? (?:ad|advert|advertisement)\b\s*",
    re.IGNORECASE,
)
# A link's label glued to a paragraph's end, an excerpt's: "… occurred in 2008. Read more", "…
# volcanic edifice. […] Continue reading →", "… “illegal occupation”. (Read More)", "… the
# islands’ ownership …read more"
_GLUED_READ_MORE = re.compile(
    r"(?:(?<=[.!?”\"’'…\])])\s+|(?<=…)|(?<=\.\.\.))(?:\[(?:…|\.\.\.)\]\s*)?\(?"
    r"(?:read more|continue reading|read (?:the )?(?:full|whole|rest of the) (?:story|article))"
    r"\s*(?:»|›|→|…|\.\.\.)?\)?$",
    re.IGNORECASE,
)
# Another story's title glued to a paragraph's last sentence, no space after its stop, the title
# no sentence: "… the minister said.Chekunkov told when they can adopt a law on special regime in
# the Kuriles"
_GLUED_LINK_TITLE = re.compile(r"(?<=[a-z]{2}[.!?])[A-Z][^.!?…]{15,150}(?<![\"”’'):;,])$")
# A link's label glued to a paragraph's start: "More ShortsWhile no immediate casualties …" (under
# its widget's heading, "Impact Shorts")
_GLUED_LINK_LABEL = re.compile(
    r"(?:More|Also [Rr]ead|Read [Aa]lso|Read [Mm]ore|See [Aa]lso|Related)(?: [A-Z][a-z]+)?"
    r"(?<=[a-z])(?=[A-Z][a-z])"
)
# A source note glued to a paragraph's start: "Compiled from Kyodo, AP Foreign Ministry officials
# arrived …" (its agencies, then the paragraph)
_COMPILED_FROM = re.compile(r"(?:compiled|adapted) from ", re.IGNORECASE)
_SOURCES_JOIN = re.compile(r"(,\s*|\s+and\s+|\s*&\s*)")


# A bullet or an arrow before the headline: "▼ ", "► ", "■ ", "• ", "» "
_BULLET = re.compile(r"^[\u2190-\u21ff\u25a0-\u25ff\u2022\u00bb\u203a*]+\s+")
# A wire's copyright notice glued to a paragraph's last sentence: "… of their visit.© KYODO", "…
# news conference.© (c) Copyright Thomson Reuters 2022."
_GLUED_COPYRIGHT = re.compile(
    r"(?<=[.!?\"”’)])\s*©\s*(?:\([cC]\)\s*)?(?:[Cc]opyright\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?P<holder>[A-Z][A-Za-z.&'’ -]{1,40}?)(?:\s+(?:19|20)\d\d)?\.?\s*$"
)


# A repository's cover sheet: its title's field, no colon, over its authors' ("Title The …" /
# "Author(s) Buntilov, Georgy")
_COVER_TITLE = re.compile(r"Title\s+(?=\S)")
_COVER_AUTHORS = re.compile(r"Author\(s\)\s+[A-Z]")
# A place in brackets: "(Hyogo Prefecture)", "(Tokyo, Japan)"
_PLACE_IN_BRACKETS = re.compile(r"\([A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}\)")


# RIA Novosti's summary of the story closing on the outlet and the day: "Readers of … are
# outraged by … resolved. RIA Novosti, 23.10.2021"
_GLUED_OUTLET_DAY = re.compile(
    r"(?<=[.!?])\s+(?P<outlet>[A-Z][\w.&'’ -]{1,40}?),\s*\d{1,2}\.\d{1,2}\.(?:19|20)\d\d$"
)


def _glued_outlet_day(line: str) -> int | None:
    """Where a known outlet's name and a day, glued after the line's last sentence, begin."""
    if not line[-1:].isdigit() or (day := _GLUED_OUTLET_DAY.search(line)) is None:
        return None
    return day.start() if outlets.known_outlets(day.group("outlet")) else None


# A directory's notice on the content it lists, glued to the last sentence, perhaps after the rest
# of its disclaimer, its name a link that is gone: "… this time around? neither hosts nor alters
# podcast files. All content © its respective owners."
_GLUED_OWNERS = re.compile(
    r"(?<=[.!?])\s+(?:[a-z][^.!?]{0,100}\.\s+)?"
    r"All [\w ,]{0,60}© (?:its|their) respective owners\.?$"
)


# A site's name after a dash closing a related story's picture card: "Kuril Islands - Sputnik
# International"
_CARD_SITE = re.compile(r"\s[-–—]\s(?P<site>[A-Z][\w.&'’ ]{1,40})$")
# The site's name after a caption's stop, on a site's picture card: "… on the Kuril Islands. -
# Sputnik International"
_SITE_CARD = re.compile(r"(?<=[.!?])\s+[-–—]\s+(?P<site>[A-Z][\w.&'’ ]{1,40})$")


def _card_caption(line: str) -> str:
    """`line` without the name of a known outlet after its stop that a picture card prints ("… on
    the Kuril Islands. - Sputnik International"); else `line`."""
    card = _SITE_CARD.search(line, max(0, len(line) - 50)) if line[-1:].isalpha() else None
    return line[: card.start()] if card and outlets.known_outlets(card["site"]) else line


# A paragraph's closing tag, broken, after its last sentence: "… worthy of better
# implementation.“ p>"
# An HTML tag, as a comment form lists those it allows: "<a href="" title="">", "<strong>"
_MARKUP_TAG = re.compile(r"</?[a-z]+\b[^<>]{0,80}>")
_BROKEN_CLOSING_TAG = re.compile(r"(?<=[.!?\"”“’])\s*<?/?(?:p|div|span|em|strong)>$")
# … and what is left of an opening one, glued before a paragraph's first word: ">Japan
# persevered …"
_BROKEN_OPENING_TAG = re.compile(r">(?=[A-Z\"“‘'])")


# … or in square brackets, perhaps after the wire's end mark: "… she said. END [Copyright The
# Jiji Press, Ltd.]"
_GLUED_BRACKETED_RIGHTS = re.compile(
    r"(?<=[.!?\"”’)])\s*(?:END\s*)?\[(?:[Cc]opyright|©)\s+(?P<holder>[^\[\]]{2,60})\]$"
)


def _glued_copyright(line: str) -> int | None:
    """Where a known outlet's copyright notice, or a directory's on what it lists, glued to the
    line's last sentence begins."""
    notice = _GLUED_COPYRIGHT.search(line) if "©" in line else None
    if notice is None and line[-1:] == "]":
        notice = _GLUED_BRACKETED_RIGHTS.search(line, max(0, len(line) - 80))
    if notice is not None and outlets.known_outlets(notice.group("holder")):
        return notice.start()
    owners = _GLUED_OWNERS.search(line) if "respective owners" in line[-40:] else None
    return owners.start() if owners else None


def _compiled_from(paragraph: str) -> int | None:
    """Where a source note naming known agencies, glued to the paragraph's start, ends."""
    note = _COMPILED_FROM.match(paragraph)
    if note is None:
        return None
    at = note.end()
    parts = _SOURCES_JOIN.split(paragraph[at : at + 200])
    for name, join in zip(parts[::2], [*parts[1::2], ""], strict=True):
        if join and outlets.known_outlets(name):
            at += len(name) + len(join)  # "Kyodo, "
            continue
        glued = name.split(" ")  # the last agency, then the paragraph: "AP Foreign Ministry …"
        for size in range(1, min(4, len(glued) - 1) + 1):
            if outlets.known_outlets(" ".join(glued[:size])) and glued[size][:1].isupper():
                return at + len(" ".join(glued[:size])) + 1
        return None
    return None


# A date stamp, perhaps after the source, printed after the headline on its line: "… (AFP)
# Updated: 2005-11-14 10:17"
_TITLE_STAMP = re.compile(
    r"\s+(?:\([A-Z][\w .&/-]{1,30}\)\s+)?(?i:updated|published|posted)\s*:\s*(?P<when>[^:]{6,40}"
    r"(?::\d\d)?)$"
)
# … or its weekday, date and perhaps time: "… on Kuril Islands Friday, September 3, 2021 12:00 PM"
_TITLE_WEEKDAY_STAMP = re.compile(
    rf"\s+(?P<when>{patterns.WEEKDAY},?\s+{patterns.WRITTEN_DATE}"
    r"(?:,?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]M)?)?)$"
)
# … or its date in ISO form after a dash, as an archive prints it: "Japan Protests Russia Issuing
# Fishing Permits for Kuril Islands - 2001-08-20" (after a bar, an event's date: "… Tsunami |
# 1994-10-04")
_TITLE_ISO_STAMP = re.compile(r"\s+[-–—]\s+(?P<when>(?:19|20)\d\d-[01]\d-[0-3]\d)$")
# … or its date without the year and its time: "… Fine payment … Released December 24 10:50",
# "… at Foreign Minister Level 6 September 5:11"
_TITLE_TIME_STAMP = re.compile(
    r"\s+(?:(?:released|updated|published|posted)\s+)?"
    rf"(?P<when>(?:{patterns.MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{patterns.MONTH}),?"
    r"\s+\d{1,2}:\d\d)$",
    re.IGNORECASE,
)
# … or its time alone, as a listing prints it: "Japan found Putin's words unacceptable 06:38" (not
# a time the title tells of: "… talks resume at 15:00")
_TITLE_CLOCK = re.compile(
    r"(?<!\bat)(?<!\bby)(?<!\buntil)(?<!\bfrom)(?<!\bto)\s+(?P<when>(?:[01]?\d|2[0-3]):[0-5]\d)$"
)
_DATELINE_FIELD = re.compile(
    r"^(?i:dateline)\s*:\s*(?P<city>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2})"
    r"(?:,\s*(?P<date>.+))?$"
)
# A site's badge on a story, in lower case under its headline: "new", "updated"
_BADGES = frozenset("new updated breaking exclusive live premium".split())
# A table of contents' dot leader and page number: "Purpose ...... 1"
_DOT_LEADERS = re.compile(r"\.{4,}\s*\d{1,3}\b")
# The meeting a paper was given at, under its author: "Midwest Slavic Conference 2019", "2019
# Annual Convention of the Japan Studies Association"
_MEETING = re.compile(
    r"(?:(?:19|20)\d\d )?(?:[A-Z][\w'’&.-]* ){0,6}(?:Annual )?(?:Conference|Symposium|Congress|"
    r"Convention|Colloquium|Workshop|Meeting)(?: (?:of|on|for) (?:the )?[A-Z][\w'’&.-]*"
    r"(?: [A-Z][\w'’&.-]*){0,5})?(?:,? (?:19|20)\d\d)?"
)
# The AP's slug for a picture, its topics' names capitalised: "Russia Pacific Missiles"
_AP_SLUG = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*){1,4}")
# A place and a year alone: "Waterloo, Ontario, Canada, 2007"
_PLACE_AND_YEAR = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?(?:, [A-Z][\w.'’-]*){0,3},? (?:19|20)\d\d"
)
# The place's field under a transcript's date: "Place: In front of the Ministers' Room"
_PLACE_FIELD = re.compile(r"(?:Place|Venue|Location):\s+[^.!?]{3,80}$")
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]+){0,3}:\s")

# The rules of the lines of a list of topics after the body
_TOPIC_RULES = frozenset({"footer_furniture", "navigation", "tags"})
# Furniture that a page may print again glued to a paragraph's end (no body's sentence repeated)
_GLUED_FURNITURE = frozenset(
    {"foreign_script", "prompt", "navigation", "copyright", "footer_furniture", "header_furniture"}
)
# A share button's words, printed before the headline that it shares: "SHARE Yeltsin, …"
_SHARE_WORDS = frozenset({"share", "tweet", "email", "print"})
# What follows a standfirst in a page header: its date, byline, share bar, reading time or a
# picture's credit.
_UNDER_STANDFIRST = frozenset(
    {"date_stamp", "byline", "navigation", "page_counter", "photo_credit"}
)


def _after_share_word(key: str) -> str:
    """A line's key after a share button's word that the page printed before it ("share …")."""
    first, _, rest = key.partition(" ")
    return rest if first in _SHARE_WORDS else ""


# A tag of what a link brings, opening it: "(Video) Press Conference by Foreign Minister Hayashi"
_MEDIA_OPENING = re.compile(r"[(\[](?i:videos?|audio|photos?|podcast)[)\]]\s+")


def _after_media_tag(line: str) -> str:
    """The key of `line` after a tag of what its link brings that opens it ("(Video) Press
    Conference by …": the story's video, titled as the story is), or ""."""
    tag = _MEDIA_OPENING.match(line) if line[:1] in "([" else None
    return line_key(line[tag.end() :]) if tag else ""


_PICTURE_LABELS = ("Photo", "photo", "Picture", "picture", "Image", "image")


def _before_picture_label(line: str) -> str:
    """The key of `line` before a picture's credit label that closes it, its credit lost ("… on
    Kuril islands Photo:", the picture's alternative text), or ""."""
    if not line.removesuffix(":").endswith(_PICTURE_LABELS):
        return ""  # the quick answer for nearly every line
    rest, _, last = line_key(line).rpartition(" ")
    return rest if last in ("photo", "picture", "image") else ""


# A wiki mirror's templates it could not run, printed before the lead: "Template:Short description
# Script error: No such module "Infobox".Template:Template otherScript error: No such module …"
_TEMPLATE_OPENINGS = ("Template:", "Script error")
_TEMPLATE_ERRORS = re.compile(
    r'(?:Template:[A-Z][a-z]*(?: [a-z]+)*\s*|Script error: No such module "[^"\n]{1,60}"\.\s*)+'
    r'(?<=\.\s)(?=[A-Z"“])'
)
# A PDF's page number and its running header in another script, where a page broke a sentence:
# "- 123 - 帝京国際文化 第 16 号 improve the rigid method of …"
_PAGE_BREAK = re.compile(
    r"[-–—]\s*\d{1,4}\s*[-–—]\s+(?:[^\x00-\x7f][^\x00-\x7f ]*(?:\s+\d+|\s+[^\x00-\x7f]\S*)*\s+)?"
    r"(?=[a-z])"
)
# A wiki's link to edit the section, glued to its first line in a mirror's copy: "[edit]Ainu have"
_EDIT_LINK = re.compile(r"\[edit\]\s*(?=\S)")
# An aggregator's alt text for the story's picture, glued before the lead: "Cover picture for the
# articleTokyo [Japan], June 24 (ANI/Sputnik): …"
_ARTICLE_PICTURE = re.compile(r"(?:Cover )?(?i:picture|photo|image) for the article(?=[A-Z\s])\s*")
# A summary's label glued before it: "TLDRThis video delves into …", "TL;DR: …", "Abstract : Both
# Russia and Japan …" (a paper's page)
_SUMMARY_LABEL = re.compile(
    r"TL;?DR\b:?\s*|TLDR(?=[A-Z][a-z])|(?:Abstract|Summary)\s*:\s*(?=[A-Z][a-z])"
)
# A site's address glued before the lead, no space between (the credit of a picture the copy lost):
# "www.example.comMOSCOW: Called the Kurils by Russia …"
_GLUED_ADDRESS = re.compile(r"www\.[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|org|net|ru|jp|info)(?=[A-Z])")
# A parliament's record's mark opening each paragraph, before a word or the time alone (not a
# section's number: "§ 2. The parties …"): "§ To draw the attention of …", "§ 2.39 p.m."
_PARAGRAPH_MARK = re.compile(r"§\s+(?=[^\d\s]|\d{1,2}[.:]\d\d\s*[ap]\.m\.$)")
# The site's account glued before a lead in Cyrillic: "@example_ruПервый самолет …"
_GLUED_HANDLE = re.compile(r"@[A-Za-z\d_]{2,30}(?=[А-ЯЁ])")
# The page's date and time, its site and perhaps its section, glued before the lead: "February
# 14, 2023, 19:46 – BLiTZ – News Russian Foreign Ministry spokeswoman …"
_GLUED_DATE_SITE = re.compile(
    rf"{patterns.WRITTEN_DATE},?\s+\d{{1,2}}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*[–—-]\s*"
    r"[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,2}\s*[–—-]\s*"
    r"(?:(?:News|World|Politics|Asia|Europe|Business|Opinion|Analysis)\s+)?(?=[A-Z\"“])"
)

# An archive's date field glued before the page's first line: "date 2017-05-15 Former residents
# …", "Date: 2022-03-21 Russia halts …" (then the headline), "date 2022-03-22 Tokyo, 22 Mar …",
# "date 2024-07-12 (Bloomberg) -- Russia said …"
_GLUED_DATE_FIELD = re.compile(r"[Dd]ate:?\s+(?:19|20)\d\d-[01]\d-[0-3]\d\s+(?=[A-Z\"“‘']|\([A-Z])")


def _opens_a_sentence(rest: str) -> bool:
    """Whether `rest` opens on an article or a preposition in capitals, or on two capitalised
    words ("The Japanese and …", "Prime Minister …"): a lead, not a name going on ("Agency
    reported …")."""
    first, _, after = rest.partition(" ")
    return first in ("The", "A", "An", "In", "On", "At", "After") or after[:1].isupper()


def _header_end(kept: list[tuple[int, str]], first_body: int, removed: dict[int, str]) -> int:
    """Where the header ends: at the first body paragraph, or after it when it is a standfirst
    that the page's date, byline, share bar or a picture's credit follows before the next
    paragraph ("Moscow's position has hardened …" / "Dmitri Trenin" / "January 29, 2019" /
    "Share")."""
    after = [i for i in range(first_body + 1, len(kept)) if is_body(kept[i][1])]
    if not after:
        return first_body
    start, end = kept[first_body][0], kept[after[0]][0]
    if any(removed.get(n) in _UNDER_STANDFIRST for n in range(start + 1, end)):
        return after[0]
    return first_body


def _signs_off(line: str) -> bool:
    """A known outlet's name alone, in up to four words, signing a story off: "Russkiy Mir",
    "- Kyodo News"."""
    return n_words(line) <= 4 and not ends_a_sentence(line) and bool(outlets.known_outlets(line))


def _under_the_story(line_no: int, removed: dict[int, str], text_of: dict[int, str]) -> bool:
    """Whether the line above `line_no` is a paragraph of the story that no rule took."""
    above_no = max((n for n in text_of if n < line_no), default=None)
    return above_no is not None and above_no not in removed and is_body(text_of[above_no])


def _is_footer_like(line: str) -> bool:
    """A short non-sentence line, another story's title (up to 30 words in title case, no stop:
    "Sex Crime Perpetrators Linked to U.S. Military in 166 Cases …"; or closing on a stop:
    `_stopped_title`), a short line naming an outlet, or one word, stop and all ("University.",
    left over from a line the page broke): furniture after the body (a sentence with an outlet's
    sign-off glued on is not: "… in 1945. Jiji Press")."""
    if glued_sign_off(line) is not None:
        return False
    count = n_words(line)
    if not ends_a_sentence(line) and (count <= 15 or (count <= 30 and _in_title_case(line))):
        return True
    return (
        (count <= 10 and bool(outlets.known_outlets(line)))
        or _stopped_title(line)
        or count == 1  # a word left over from a line the page broke: "University."
    )


def _last_paragraph(body_lines: list[tuple[int, str]]) -> int:
    """The index of the last line of `body_lines` that is a paragraph and no other story's title
    (`_stopped_title`), or -1."""
    return next(
        (
            i
            for i in range(len(body_lines) - 1, -1, -1)
            if is_body(body_lines[i][1]) and not _stopped_title(body_lines[i][1])
        ),
        -1,
    )


def _stopped_title(line: str) -> bool:
    """Another story's title closing on a stop, as a bulletin prints its titles: up to 15 words
    in title case (each word capitalised, short words such as "for" aside) or capitals, one
    sentence, no quotation ("Yeltsin Departs for Norway.", "COLLECTIVE SECURITY TREATY SHRINKS,
    GUAM SET TO GROW."; not "On Monday, Abe left for Moscow.")."""
    return (
        line.endswith(".")
        and not line.endswith("..")
        and 3 <= n_words(line) <= 15
        and ". " not in line
        and not any(mark in line for mark in '"“”«»')
        and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_JOINERS for w in words(line))
    )


# A site's section over a linked headline between a story's paragraphs: "Asia" / "Russian
# Foreign Ministry Slams Tokyo for Putting Kurils on Map of Japan"
_SECTIONS = frozenset(
    "world asia europe africa americas politics economy business society science culture opinion "
    "analysis military".split()
)


def _section_teasers(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of each site's section and the linked headline under it, in title case
    and of 4 to 20 words, between two paragraphs of the story."""
    if not any(len(line) < 10 and line.lower() in _SECTIONS for _, line in numbered):
        return []  # the quick answer for nearly every page
    kept = [(n, line) for n, line in numbered if n not in removed]
    found: list[int] = []
    for at in range(1, len(kept) - 2):
        section, title = kept[at][1], kept[at + 1][1]
        if (
            section.lower() in _SECTIONS
            and 4 <= n_words(title) <= 20
            and is_headline_like(title)
            and not ends_a_sentence(title)
            and _in_title_case(title)
            and is_body(kept[at - 1][1])
            and is_body(kept[at + 2][1])
        ):
            found += [kept[at][0], kept[at + 1][0]]
    return found


def _teaser_runs(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of each run of three linked headlines or more between two paragraphs of
    the story, the site's teasers for other stories ("Caught in a landslide, gored to death: the
    fates of plant-hunters …" / "Steve McQueen: ‘It was always …’" / …): lines of 5 to 25 words
    that end no sentence and open on no digit or bullet (a timeline's or a list's items do)."""
    kept = [(n, line) for n, line in numbered if n not in removed]
    found: list[int] = []
    start = 1
    while start < len(kept) - 1:
        end = start
        while end < len(kept) - 1 and _teaser_like(kept[end][1]):
            end += 1
        if end - start >= 3 and is_body(kept[start - 1][1]) and is_body(kept[end][1]):
            found += [n for n, _ in kept[start:end]]
        start = end + 1
    return found


# A line its site cut short, the dots run into its last word: "… innovation is a constant,...",
# "Unlock the Power of..."
_CUT_SHORT = re.compile(r"[\w,’'\")]\.\.\.$|[\w,]…$")


def _cut_teasers(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of each run of three lines or more, one under another (removed lines and
    a dateline alone aside), of up to 30 words each, that the site cut short ("Introducing
    deBridge Finance: Bridging..." / "In the dynamic landscape of …, innovation is a
    constant,..." / …): a block of teasers for other pages, wherever it stands."""
    found: list[int] = []
    run: list[int] = []
    for line_no, line in [*numbered, (0, "")]:
        if line_no in removed or (run and dateline_alone(line) is not None):
            continue  # (a dateline alone on its line goes later)
        if line.endswith(("...", "…")) and n_words(line) <= 30 and _CUT_SHORT.search(line):
            run.append(line_no)
            continue
        if len(run) >= 3:
            found += run
        run = []
    return found


# Where a picture's alternative text runs into a paragraph's first word: "Orthodox Cross on the
# Kuril islandsIn September 2014 …" (three words or more, up to twelve)
_GLUED_ALT_TEXT = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){2,11}?[a-z](?=[A-Z][a-z ])")


def _glued_alt_texts(paragraphs: list[str]) -> list[tuple[int, int]]:
    """The paragraphs (their index, and where their own words start) that open on the same
    picture's alternative text, run into their first word, two paragraphs or more: "Orthodox
    Cross on the Kuril islandsIn September 2014 …" / "Orthodox Cross on the Kuril islandsOn the
    granite basis …"."""
    openings = Counter(paragraph[:16] for paragraph in paragraphs)  # the quick test first
    cuts = [
        (i, found.end())
        for i, paragraph in enumerate(paragraphs)
        if openings[paragraph[:16]] > 1 and (found := _GLUED_ALT_TEXT.match(paragraph)) is not None
    ]
    texts = Counter(paragraphs[i][:cut] for i, cut in cuts)
    return [(i, cut) for i, cut in cuts if texts[paragraphs[i][:cut]] >= 2]


def _teaser_like(line: str) -> bool:
    """A line that may be a linked headline among others: 5 to 25 words, no sentence's end, not
    opening on a digit or a bullet (`_teaser_runs`)."""
    return (
        5 <= n_words(line) <= 25
        and not ends_a_sentence(line)
        and not line[:1].isdigit()
        and line[:1] not in _BULLET_MARKS
    )


# A topic as a page's metadata lists it, in lower case: "bilateral relations", "kuril islands"
_LOWER_TOPIC = re.compile(r"[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2}")


def _topic_runs(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of each run of three topics or more, one a line, in lower case and up to
    three words each ("world" / "japan" / "russia" / "bilateral relations" / "kuril islands"):
    a page's tags printed as text."""
    kept = [(n, line) for n, line in numbered if n not in removed]
    found: list[int] = []
    start = 0
    while start < len(kept):
        end = start
        while end < len(kept) and _LOWER_TOPIC.fullmatch(kept[end][1]):
            end += 1
        if end - start >= 3:
            found += [n for n, _ in kept[start:end]]
        start = end + 1
    return found


# A mirror's preview of a linked article: its title, its years and what it is, in lower case ("World
# War II 1939–1945 global war", "Soviet Union 1922–1991 country in Europe and Asia")
_LINK_PREVIEW = re.compile(
    r"(?P<name>[A-Z][^\d.!?]{1,60}?) (?:c\. )?\d{3,4}(?:\s?[–-]\s?\d{2,4})? [a-z][^.!?]{1,60}"
)


def _link_previews(numbered: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of each preview of a linked article that a mirror prints inside the text:
    its title line (`_LINK_PREVIEW`) and the paragraph under it, perhaps past a line that is no
    paragraph, that opens on the title's name ("World War II, also known as …", "The Soviet
    Union, officially …")."""
    kept = [(n, line) for n, line in numbered if n not in removed]
    found: list[int] = []
    for at, (title_no, title) in enumerate(kept):
        if n_words(title) > 14 or not (match := _LINK_PREVIEW.fullmatch(title)):
            continue
        name = match["name"]
        lead_no, lead = next(((n, t) for n, t in kept[at + 1 : at + 3] if is_body(t)), (0, ""))
        if lead.startswith((name, f"The {name}")):
            found += [title_no, lead_no]
    return found


def _in_title_case(line: str) -> bool:
    """Whether three quarters of the words of `line` or more are capitalised or numbers, short
    words such as "to", "of" and "over" aside."""
    found = [w for w in words(line) if w.lower() not in _TITLE_JOINERS]
    return sum(w[0].isupper() or w[0].isdigit() for w in found) >= 0.75 * len(found)


_TITLE_JOINERS = frozenset("a an and as at by for from in of on or over the to with".split())


# A line that goes on from the one above: three words or more in lower case, perhaps after a
# dash ("- the Russian politician declared then." under "… this is Russia,"; not "japan," in a
# list of topics)
_CONTINUING = re.compile(r"[-–—]?\s*[a-z]")


# A site's teaser for one of its features, after the story: "Here is a collection of first-hand
# accounts by “hibakusha” atomic bomb survivors.", "A peek through the music industry’s …"
_FEATURE_TEASER = re.compile(
    r"(?i:here is a collection of|a peek (?:through|into|inside|behind))\b"
)


def _story_printed_again(paragraphs: list[tuple[int, str]], removed: dict[int, str]) -> list[int]:
    """The line numbers of a second copy of two or more of the story's paragraphs in a row, below
    furniture (a line of `removed`) further down the page, or closing the page, or none: a copy
    page printing the story again under its footer and headline, cut short, its lead under the
    dateline; a blog's "Related:" teaser of the same post; a page that starts the story over
    under its last paragraph."""
    if len({text[-40:] for _, text in paragraphs}) == len(paragraphs):
        return []  # no paragraph printed twice: the quick answer for nearly every page
    for at in range(2, len(paragraphs) - 1):
        copy = paragraphs[at][1]
        below_furniture = any(
            n in removed for n in range(paragraphs[at - 1][0] + 1, paragraphs[at][0])
        )
        if not below_furniture and not any(
            _same_or_dated(text, copy) or _same_or_dated(copy, text) for _, text in paragraphs[:at]
        ):
            continue
        for start in range(at - 1):
            first = paragraphs[start][1]
            if _same_or_dated(copy, first) or _same_or_dated(first, copy):
                size = 1
                while (
                    start + size < at
                    and at + size < len(paragraphs)
                    and _same_or_dated(paragraphs[start + size][1], paragraphs[at + size][1])
                ):  # (the first copy's lead under its dateline, the second's without)
                    size += 1
                if size >= 2 and (below_furniture or at + size == len(paragraphs)):
                    return [n for n, _ in paragraphs[at : at + size]]
    return []


def _drop_paragraphs_printed_twice(
    numbered: list[tuple[int, str]], removed: dict[int, str]
) -> None:
    """Mark a paragraph printed twice in a row (the lines between not paragraphs, or removed) as
    `repeated_in_body`: the copy with a picture's credit after it (a gallery's caption: "…
    residents." / "… residents. REUTERS/Thomas Peter"), else the first copy, or the one without
    its dateline (`_same_or_dated`, `_nearly_same`); and a paragraph that the next opens on,
    word for word, then goes on (a standfirst that the lead prints again)."""
    previous: tuple[int, str, str] | None = None
    for line_no, line in numbered:
        if line_no in removed:
            continue
        plain = _CLOSING_CREDIT_TAIL.sub("", line) if "/" in line else line
        if not (is_body(line) or (plain != line and is_body(plain))):
            continue
        if previous:
            previous_no, previous_line, previous_plain = previous
            credited, previous_credited = plain != line, previous_plain != previous_line
            if plain == previous_plain and credited != previous_credited:
                copy = line_no if credited else previous_no
            elif _same_or_dated(plain, previous_plain) or _nearly_same(plain, previous_plain):
                copy = previous_no
            elif _same_or_dated(previous_plain, plain):
                copy = line_no
            elif (
                plain[len(previous_plain) : len(previous_plain) + 1] == " "
                and plain.startswith(previous_plain)
                and ends_a_sentence(previous_plain)
            ):
                copy = previous_no  # its opening sentences printed first: "This is …" / "This is
                # … case. I should say …" (a standfirst the lead prints again)
            else:
                copy = None
            if copy is not None:
                removed[copy] = "repeated_in_body"
            if copy == line_no:
                continue
        previous = (line_no, line, plain)


def _drop_teasers_of_the_story(numbered: list[tuple[int, str]], removed: dict[int, str]) -> None:
    """Mark the story's own teaser as `repeated_in_body`: its title, a stop, then its lead cut
    short ("The feat of the winners. In honor of the 80th anniversary … fallen heroes.."), the
    title and the lead standing whole on lines of their own."""
    kept = [line for n, line in numbered if n not in removed]
    for line_no, line in numbered:
        if line_no in removed or not line.endswith(("..", "…")):
            continue
        title, stop, cut = line.partition(". ")
        cut = cut.rstrip(".… ")
        if (
            stop
            and n_words(cut) >= 8
            and title in kept
            and any(other != line and other.startswith(cut) for other in kept)
        ):
            removed[line_no] = "repeated_in_body"


def _drop_blocks_printed_again(numbered: list[tuple[int, str]], removed: dict[int, str]) -> None:
    """Mark two or three paragraphs printed again after themselves, once at a time, and a second
    copy of the story's paragraphs below furniture further down (`_story_printed_again`), as
    `repeated_in_body`."""
    while copy := _block_printed_again(
        [(n, line) for n, line in numbered if n not in removed and is_body(line)]
    ):
        removed.update(dict.fromkeys(copy, "repeated_in_body"))
    paragraphs = [(n, line) for n, line in numbered if n not in removed and is_body(line)]
    copy = _story_printed_again(paragraphs, removed)
    removed.update(dict.fromkeys(copy, "repeated_in_body"))


# Words a paragraph of a story on the dispute names and a site's teaser for another story does not.
# The dispute's words: its parties, and its islands, territories and treaty
_JAPAN_WORDS = frozenset("japan japanese tokyo".split())
_RUSSIA_WORDS = frozenset("russia russian moscow soviet".split())
_ISLAND_WORDS = frozenset(
    "island islands islanders kuril kurils kurile kuriles territory territories treaty".split()
)
_DISPUTE_WORDS = _JAPAN_WORDS | _RUSSIA_WORDS | _ISLAND_WORDS


def _of_the_dispute(line: str) -> bool:
    """Whether `line` names a party to the dispute or its islands."""
    return not _DISPUTE_WORDS.isdisjoint(line_key(line).split())


def _tells_of_the_dispute(line: str) -> bool:
    """Whether `line` names the islands, the territories or the treaty, or both parties: a line
    of the story, not a site's teaser that names one of them ("… a book on life in Russia")."""
    found = set(line_key(line).split())
    return bool(found & _ISLAND_WORDS) or (
        bool(found & _JAPAN_WORDS) and bool(found & _RUSSIA_WORDS)
    )


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOSING_CREDITS = frozenset({"source_line", "credits"})
_SOURCE = re.compile(r"(?i:sources?)\s*:")
_ADVERT_LINKS = frozenset({"prompt", "footer_furniture", "navigation"})


def _closing_advert(
    body_lines: list[tuple[int, str]], removed: dict[int, str], text_of: dict[int, str]
) -> list[int]:
    """The one or two lines that no rule took after the page's dated copyright notice ("©2025
    GPlusMedia Inc."), below three lines of the story or more and over its own links ("Register
    Today", "Click Here"): an advert at the page's end ("How to Buy a Home in Japan as a
    Foreigner" / "Learn how to buy a home …")."""
    dated = [n for n, rule in removed.items() if rule == "copyright" and _A_YEAR.search(text_of[n])]
    if not dated:
        return []
    after = [n for n, _ in body_lines if n > max(dated) and n not in removed]
    story = [n for n, _ in body_lines if n < max(dated) and n not in removed]
    links = [n for n, rule in removed.items() if rule in _ADVERT_LINKS and after and n > after[-1]]
    return after if 0 < len(after) <= 2 and len(story) >= 3 and links else []


# A site's letter to its readers under its label, at the page's end: "A Message from The Moscow
# Times:" / "Dear readers," / "We are facing unprecedented challenges. …" / …
_MESSAGE_FROM = re.compile(r"a message from .{2,40}:$", re.IGNORECASE)
_SALUTATION = re.compile(r"dear (?:readers?|friends|subscribers|supporters)\b.{0,20},?$", re.I)
_ADDRESSED = re.compile(r"\b(?:we|our|us|you|your)\b", re.IGNORECASE)
# A site's appeal for its readers' money or help: "Independent journalism isn’t dead. You can help
# keep it alive."
_APPEAL = re.compile(r"\b(?:support|help|contribut\w*|donat\w*)\b", re.IGNORECASE)


def _appeal_letter(
    body_lines: list[tuple[int, str]], removed: dict[int, str], text_of: dict[int, str]
) -> list[int]:
    """The lines of a site's letter to its readers after the story: the letter under its label
    (`_labelled_letter`), else the lines under the site's appeal (`_lines_under_appeal`)."""
    prompts = [n for n, rule in removed.items() if rule == "prompt"]
    return _labelled_letter(prompts, removed, text_of) or _lines_under_appeal(
        prompts, body_lines, removed, text_of
    )


def _labelled_letter(
    prompts: list[int], removed: dict[int, str], text_of: dict[int, str]
) -> list[int]:
    """A letter's salutation ("Dear readers,") under its label ("A Message from …:"), then the
    lines that speak to the reader or for the site ("we", "our", "your": "We are facing
    unprecedented challenges. …"), up to 15; a link label above it may have taken its salutation
    for a link (`prompts`: the lines removed as prompts)."""
    label = max((n for n in prompts if _MESSAGE_FROM.match(text_of[n])), default=None)
    if label is None:
        return []
    after = [
        n for n in sorted(text_of) if n > label and removed.get(n, "cross_link") == "cross_link"
    ]
    if not after or not _SALUTATION.match(text_of[after[0]]):
        return []
    letter = after[:1]
    for line_no in after[1:16]:
        if not _ADDRESSED.search(text_of[line_no]):
            break  # the story's
        letter.append(line_no)
    return letter


def _lines_under_appeal(
    prompts: list[int],
    body_lines: list[tuple[int, str]],
    removed: dict[int, str],
    text_of: dict[int, str],
) -> list[int]:
    """After the site's appeal for support under two paragraphs or more ("Independent
    journalism isn’t dead. You can help keep it alive."), the lines to the page's end, up to 15,
    when each speaks to the reader or for the site ("… Our exclusives …", "… without your
    support.")."""
    appeal = max((n for n in prompts if _APPEAL.search(text_of[n])), default=None)
    if appeal is None:
        return []
    kept = [n for n, _ in body_lines if n not in removed]
    after = [n for n in kept if n > appeal]
    closing = 0 < len(after) <= 15 and len(kept) - len(after) >= 2
    return after if closing and all(_ADDRESSED.search(text_of[n]) for n in after) else []


def _teaser_printed_twice(
    last: tuple[int, str], removed: dict[int, str], text_of: dict[int, str]
) -> bool:
    """Whether the page's last paragraph is a site's teaser for another story, printed twice
    under its title: under a line a rule took, naming nothing of the dispute, its first copy
    taken as `repeated_in_body` ("FAO: Fertiliser Costs …" / "Many developing countries …" /
    "FAO: Fertiliser Costs …" / "Many developing countries …")."""
    line_no, line = last
    above = max((n for n in text_of if n < line_no), default=None)
    return (
        above in removed
        and not _of_the_dispute(line)
        and any(
            rule == "repeated_in_body" and text_of.get(n) == line
            for n, rule in removed.items()
            if n < line_no
        )
    )


# A site's line on itself closing the page: "A weblog highlighting financial topics making news in
# the international media."
_SITE_BLURB = re.compile(
    r"An? (?:weblog|blog|website|web site|site|newsletter|podcast|portal|news site)\b[^.!?]{0,60}?"
    r"\b(?:highlighting|about|dedicated to|covering|devoted to|focusing on|focused on|featuring)"
    r"\b[^.!?]{0,120}[.!]?"
)


def _remove_footer(
    body_lines: list[tuple[int, str]],
    removed: dict[int, str],
    text_of: dict[int, str],
    cut_short: set[int],
) -> None:
    """Mark the `_is_footer_like` lines after the last body paragraph as `footer_furniture`, and the
    last lines ending in a colon (over a paper's notes too), but for a line that the next goes on
    from; and a site's teasers for its features among the last six lines, after a paragraph of the
    story: from the first, the lines of up to 30 words that name nothing of the dispute (a line that
    does is the story's); and a line that is no sentence and names nothing of the dispute between
    two footer lines (a site's blurb); and, after three body paragraphs or more, or an excerpt cut
    short ("… and we are ...", or with its link, taken off: `cut_short`, their line numbers), and
    the story's sources ("SOURCE: Agencies", or the outlet's name alone: "Russkiy Mir"; `text_of`:
    each line's text), up to six lines that name nothing of the dispute (a site's teasers; under a
    section's label of up to four words, "News by subject", they may name one party, not both nor
    the islands: `_tells_of_the_dispute`); and a site's letter to its readers (`_appeal_letter`),
    and its line on itself closing the page (`_SITE_BLURB`)."""
    if letter := _appeal_letter(body_lines, removed, text_of):
        removed.update(dict.fromkeys(letter, "prompt"))
        body_lines = [(n, line) for n, line in body_lines if n not in removed]
    if body_lines and _SITE_BLURB.fullmatch(body_lines[-1][1]):
        removed[body_lines[-1][0]] = "footer_furniture"  # "A weblog highlighting financial …"
        body_lines = body_lines[:-1]
    if body_lines and _teaser_printed_twice(body_lines[-1], removed, text_of):
        removed[body_lines[-1][0]] = "footer_furniture"  # "FAO: Fertiliser Costs …" / "Many …"
        body_lines = body_lines[:-1]
    teaser = next(
        (
            at
            for at in range(max(1, len(body_lines) - 6), len(body_lines))
            if _FEATURE_TEASER.match(body_lines[at][1])
            and not _of_the_dispute(body_lines[at][1])
            and any(is_body(line) for _, line in body_lines[:at])  # after the story
        ),
        None,
    )
    if teaser is not None:
        end = teaser + 1
        while end < len(body_lines) and not _of_the_dispute(line := body_lines[end][1]):
            if n_words(line) > 30:
                break
            end += 1
        removed.update(dict.fromkeys((n for n, _ in body_lines[teaser:end]), "footer_furniture"))
        body_lines = body_lines[:teaser] + body_lines[end:]
    notes = len(body_lines)  # (above the paper's notes, removed later: "[1] …")
    while notes and is_footnote(body_lines[notes - 1][1]):
        notes -= 1
    while (
        notes and body_lines[notes - 1][1].endswith(":") and n_words(body_lines[notes - 1][1]) <= 15
    ):
        removed[body_lines[notes - 1][0]] = "footer_furniture"  # "Explore what … can do for
        body_lines = body_lines[: notes - 1] + body_lines[notes:]  # you:", and any such line
        notes -= 1  # left last then
    last_body = _last_paragraph(body_lines)
    credits = [n for n, rule in removed.items() if rule in _CLOSING_CREDITS]
    credited = max(  # "SOURCE: Agencies", or the outlet's name alone signing the story off
        (
            n
            for n in credits
            if _SOURCE.match(text_of[n])
            or (_signs_off(text_of[n]) and _under_the_story(n, removed, text_of))
        ),
        default=None,
    )
    after = [(n, line) for n, line in body_lines if credited is not None and n > credited]
    above = [(n, line) for n, line in body_lines if credited is not None and n < credited]
    # a section's label first, in up to four words, no sentence ("News by subject"), perhaps one
    # a rule took ("MORE Society NEWS"): what it brings in is the site's, whatever it names
    label = (
        "" if credited is None else next((text_of[n] for n in sorted(text_of) if n > credited), "")
    )
    labelled = bool(after) and n_words(label) <= 4 and not ends_a_sentence(label)
    if (  # the story closed on its sources ("SOURCE: Agencies"), then a site's teasers that name
        after  # nothing of the dispute, up to six
        and len(after) <= 6
        and (
            sum(is_body(line) for _, line in above) >= 3
            or any(n in cut_short or line.endswith(("…", "...")) for n, line in above[-1:])
        )
        and not _of_the_dispute(after[0][1])
        and not any(
            (_tells_of_the_dispute if labelled else _of_the_dispute)(line) for _, line in after
        )
    ):
        removed.update(dict.fromkeys((n for n, _ in after), "footer_furniture"))
        body_lines = [(n, line) for n, line in body_lines if n not in removed]
        last_body = _last_paragraph(body_lines)
    tail = body_lines[last_body + 1 :]
    if last_body >= 0 and body_lines[last_body][1].endswith(":"):
        # the list the story's last paragraph brings in: "Key precautionary measures include:" /
        # "- Moving to higher ground immediately" / …
        listed = 0
        while listed < len(tail) and tail[listed][1][:1] in _BULLET_MARKS and listed < 12:
            listed += 1
        tail = tail[listed:]
    for i, (line_no, line) in enumerate(tail):
        after = tail[i + 1][1] if i + 1 < len(tail) else ""
        continued = _CONTINUING.match(after) and n_words(after) >= 3
        colon = line[-1:] == ":" and n_words(line) <= 15  # "News Snapshot:", after the story
        if (_is_footer_like(line) or colon) and not continued:
            removed[line_no] = "footer_furniture"
        elif (
            i >= 2
            and removed.get(tail[i - 1][0]) == removed.get(tail[i - 2][0]) == "footer_furniture"
            and not ends_a_sentence(line)
        ):
            # under two footer lines, a line that ends no sentence is the site's too: a teaser
            # cut short, or run into the next one's title ("… 5 млн пассажиров в год.На …")
            removed[line_no] = "footer_furniture"
    for (above, _), (line_no, line), (below, _) in zip(tail, tail[1:], tail[2:], strict=False):
        if (  # a site's blurb between its footer's lines, no sentence: "This website is created
            line_no not in removed  # to observe … you can read here"
            and removed.get(above) == removed.get(below) == "footer_furniture"
            and not ends_a_sentence(line)
            and not _of_the_dispute(line)
        ):
            removed[line_no] = "footer_furniture"


def clean_article(text: str) -> CleanArticle:
    """Clean one decoded article: repair Unicode, remove page furniture, keep the headline once.

    Returns a `CleanArticle` whose `removed` lists every line taken out with the rule that took it:
    the `LINE_RULES`, `foreign_script` (UI strings in another script than the article's),
    `title_bar` and `repeated_headline`, `caption` (short lines beside a photo credit, captions of
    any length that end in a bracketed credit: "FILE - In this … (AP Photo/…)", and, below the first
    headline-like line, a line of up to 25 words that is no sentence and ends in one or that has
    caption words and its credit under it, and a caption printed in its markup, "<p>…</p>", then as
    text), `disclosure` (an author's disclosure of interests, with its label), `highlights` (a
    summary in bullets under its label, "Story highlights", which repeats the body, or two to six
    one-sentence bullets under "Key points" above a longer paragraph), `tags` (the topics listed
    under their label, "Tags", one per line or comma-separated on one, and a known outlet's name
    among the topics after the body: "Foreign Policy"), `contents` (a table of contents' entries
    under their label, or run into one line with their dot leaders: "1. Introduction ...... 1 …"),
    `comments` (readers' comments, from their heading, "12 Comments", after two body paragraphs
    or more, or from a reader's handle under the story's copyright, "Asiaman7", or after a bullet,
    "• velmpoll", each such handle over one comment at most, or from a blog's "NAME says:" over
    its date, to the page's end),
    `cross_link` (a link's label and the linked headlines under it, up to five),
    `repeated_in_body` (a standfirst or caption repeated in a body paragraph, a pull quote with
    the name and post under it), and
    `header_furniture` / `footer_furniture` (short non-sentence lines before the headline, names
    alone on a line between it and the body, short non-sentence lines after the last body paragraph,
    and outlet sign-offs after it), `author_note` (a closing "NAME is a professor at …" on the
    byline's author, a closing note on the publication or the piece, "This document was prepared by
    …", and a note on the author opening the body under the byline: "Bruce is the senior research
    fellow …"), `dateline` (the "TOKYO, March 20. /TASS/." prefix of a paragraph, or a city alone on
    its line between headline and body, or opening a date line there), `footnote` (the "[1] …" notes
    that close a page, before or after the author's notes), `table` (a table rendered in Markdown:
    its rule, "---|---|", with the rows above and under it) and `archive_toolbar` (the Wayback
    Machine's or archive.today's, above an archived page); `prompt` also covers a cookie-consent
    wall or a paywall's notice of any length. `field_label` is the label taken off a clipping's
    title field ("Title: …") or a summary's ("TLDRThis video …"), the line itself kept,
    `heading_mark` the marks taken off a heading in Markdown or a wiki's markup ("## Background",
    "==Tsunami=="), `template_code` too the templates a wiki's mirror could not run, taken off a
    line's start ("Template:Short description Script error: No such module …"), `site_name` the
    site's name taken off a page title that is the only headline ("… | Reuters", "… fishing talks
    NHK"), `wire_prefix` a wire's slug taken off the headline ("UPDATE 2-", "ANALYSIS-"),
    `source_line` the known outlet a forum's post credits before its headline ("AFP: In landmark
    move, …") and `list_mark` the mark of a bulleted list the headline was taken from ("- Island
    task: …", a breadcrumb's last item). A lead that repeats the headline word for word is
    `repeated_headline` too (the sentence stays, as the headline), as is a title with a date after
    it over the same title alone (the latter is the headline: "… } Sunday, October 18, 2009" /
    "… }"), a sentence printed twice in a row goes once (`repeated_in_body`), as does a lead
    printed twice, each under its own dateline, a post embedded with its signature ("— Kyodo News
    (@kyodo_english) November 22, 2019") is a `social_post` of any length, and what is glued to a
    paragraph comes off it and is reported: the headline before the lead (`repeated_headline`), a
    caption before it (`caption`: "… (file photo) (AFP)", or "… Archival photo" glued to the
    dateline's city), an outlet's name after the last sentence (`source_line`: "… islets. Jiji
    Press"), a wire's copyright after it (`copyright`: "… visit.© KYODO"), a wire's end mark after
    it (`end_mark`: "… soon. (end of excerpt)-ends-"), what is left of a tag before the first
    word (`template_code`: ">Japan persevered …") and a date stamp after the headline
    (`date_stamp`: "… (AFP) Updated: 2005-11-14 10:17", "… Friday, September 3, 2021 12:00:41
    PM"); an earlier paragraph printed again, cut short, closing the page goes
    (`repeated_in_body`), and a sentence the page opens on three times is its headline, its
    copies `repeated_in_body` and `repeated_headline`; and, taken off a line's start before
    anything else is read, a republished piece's source and author (`source_line`, `byline`:
    "Source: East Asia Forum Author: …"), the page's date, site and section (`date_stamp`:
    "February 14, 2023, 19:46 – BLiTZ – News") or an archive's date field ("date 2017-05-15"), an
    aggregator's alt text for its picture (`caption`: "Cover picture for the article") and a
    PDF's page number and running header where a page broke a sentence (`page_counter`: "- 123 -
    帝京国際文化 第 16 号"), and a PDF's running head, the author's name and the page's number
    (`page_counter`: "McHenry 2", alone or at the end of the page's last line). A hard-wrapped
    sentence in a page of one-line paragraphs is joined (`kurils.layout.rejoin_broken_lines`),
    and so is a sentence a page broke into two paragraphs (`kurils.layout.joined_across`). No
    other body paragraph is ever removed. A hard-wrapped text is first joined into its paragraphs
    (`kurils.layout.unwrap`); a joined paragraph has its first line's number.
    """
    lines = [normalise_whitespace(line) for line in repair_unicode(text).split("\n")]
    crumbs = (  # the page's title, in its breadcrumb
        crumb_titles(lines) if ">" in text or "»" in text or "›" in text else frozenset()
    )
    numbered = rejoin_broken_lines(unwrap(lines), crumbs)
    fields: dict[int, str] = {}
    for i, (line_no, line) in enumerate(numbered[:5]):  # a clipping's "Title: …" field, or a
        cover = any(_COVER_AUTHORS.match(below) for _, below in numbered[i + 1 : i + 3])
        # a repository's cover sheet's ("Title The …" over "Author(s) Buntilov, Georgy")
        if label := TITLE_FIELD.match(line) or (cover and _COVER_TITLE.match(line)):
            numbered[i] = (line_no, line[label.end() :])
            fields[line_no] = label.group(0).strip()
            break
    marks: dict[int, str] = {}
    opened: list[Removed] = []  # what opens (or a running head closes) a line, taken off first
    for i, (line_no, line) in enumerate(numbered):  # a heading's marks, in Markdown or a wiki's
        if line[:1] in "#=" and (heading := _HEADING_MARKS.fullmatch(line)):  # "## Background"
            numbered[i] = (line_no, heading["text"])
            marks[line_no] = heading["mark"]
            continue
        # (each test opens on a substring test: a body line costs a few of those)
        if line.startswith(_TEMPLATE_OPENINGS) and (found := _TEMPLATE_ERRORS.match(line)):
            rule = "template_code"  # a wiki mirror's broken templates
        elif line[:1] in "-–—" and (found := _PAGE_BREAK.match(line)):
            rule = "page_counter"  # a PDF's page number and running header, mid-sentence
        elif " for the article" in line[:40] and (found := _ARTICLE_PICTURE.match(line)):
            rule = "caption"  # an aggregator's alt text: "Cover picture for the article"
        elif line[:2] in ("TL", "Ab", "Su") and (found := _SUMMARY_LABEL.match(line)):
            rule = "field_label"  # a summary's label: "TLDRThis video delves into …"
        elif line[:4] == "www." and (found := _GLUED_ADDRESS.match(line)):
            rule = "photo_credit"  # "www.example.comMOSCOW: …", a picture's credit glued on
        elif line[:1] == "§" and (found := _PARAGRAPH_MARK.match(line)):
            rule = "symbols"  # "§ To draw the attention …", a parliament's record's
        elif line[:1] == "@" and (found := _GLUED_HANDLE.match(line)):
            rule = "navigation"  # "@example_ruПервый …", the site's account
        elif line[:6] == "[edit]" and (found := _EDIT_LINK.match(line)):
            rule = "navigation"  # a wiki's link to edit the section: "[edit]Ainu have been …"
        elif ":" in line[:30] and (found := _GLUED_DATE_SITE.match(line)):
            rule = "date_stamp"  # "February 14, 2023, 19:46 – BLiTZ – News …"
        elif i == 0 and line[:4] in ("date", "Date") and (found := _GLUED_DATE_FIELD.match(line)):
            rule = "date_stamp"  # "date 2017-05-15 Former residents …", an archive's field
        elif line[:7] == "Source:" and (labels := glued_source_and_author(line)):
            source, author, cut = labels  # "Source: East Asia Forum Author: Dmitry …, … Russo-…"
            numbered[i] = (line_no, line[cut:])
            opened += [Removed(line_no, "source_line", source), Removed(line_no, "byline", author)]
            continue
        else:
            continue
        if found.end() < len(line):
            numbered[i] = (line_no, line[found.end() :])
            opened.append(Removed(line_no, rule, found.group(0).strip()))
    heads, glued_heads = _running_heads(numbered)
    for i, (line_no, line) in enumerate(numbered):  # "… (… University, 2018) McHenry 3"
        if line_no in glued_heads:
            numbered[i] = (line_no, line[: glued_heads[line_no]])
            opened.append(Removed(line_no, "page_counter", line[glued_heads[line_no] :].strip()))
        elif "[Page " in line and (rest := _PRINTED_PAGE.sub(" ", line).strip()) != line:
            if rest:  # a printed edition's page, mid-sentence: "… comparatively [Page 217] …"
                numbered[i] = (line_no, rest)
                opened += [
                    Removed(line_no, "page_counter", mark.group(0).strip())
                    for mark in _PRINTED_PAGE.finditer(line)
                ]
            else:
                heads.append(line_no)  # "[Page 217]" alone on its line
    text_of = dict(numbered)
    removed: dict[int, str] = dict.fromkeys(heads, "page_counter")

    joined = "\n".join(line for _, line in numbered)
    script = script_of(joined)
    if script == "MIXED" and mostly_latin(joined):  # an English story under a menu in another
        script = "LATIN"  # script or several: the lines in those are the site's
    for line_no, line in numbered:
        rule = None
        # longer: a paragraph, or a long caption; not one token (an address, an encoded name)
        if n_words(line) <= MAX_FURNITURE_WORDS or (line.isascii() and " " not in line):
            rule = line_rule(line)
            # a short sentence in another script is a site's too: "Мы рассказываем честно …
            # Скачайте приложение." (an English page's promotion of its Russian app)
            other = rule is None and script not in (None, "MIXED")
            if other and (n_words(line) <= 12 or not is_body(line)):
                own = script_of(line)
                if own == "MIXED" and script == "LATIN":  # a sentence, an advert glued on: "…
                    sentence = is_body(latin_head(line).rstrip(" -–—|"))  # said. - ремонт …"
                    # or names in their own scripts: "- Habomai rocks (Russian: острова Хабомаи)"
                    # (not HTML tags' names: "Можно использовать следующие HTML-теги: <a …>")
                    latin = mostly_latin(_MARKUP_TAG.sub(" ", line))
                    own = script if sentence or latin else own
                if (own is not None and own != script) or (
                    own is None and script == "LATIN" and other_script_word(line)
                ):
                    rule = "foreign_script"
            if rule is None and script == "LATIN" and is_foreign_line(line):
                rule = "foreign_language"
        if rule is None and is_photo_caption(line):
            rule = "caption"
        elif rule is None and is_archive_citation(line):
            rule = "credits"  # "\"Record of … Talks, 8 October 1973,\" …, Digital Archive, …"
        elif rule is None and is_copyright_notice(line):
            rule = "copyright"
        elif rule is None and is_site_notice(line):
            rule = "prompt"
        elif rule is None and is_embedded_post(line):
            rule = "social_post"
        elif rule is None and is_disclosure(line):
            rule = "disclosure"
        elif rule is None and line[:1] in '<"' and MARKUP_LINE.match(line):
            rule = "template_code"
        elif rule is None and "icon" in line and is_icon_sprite(line):
            rule = "navigation"
        elif rule is None and " • " in line and is_headline_ticker(line):
            rule = "navigation"  # "UN condemns … • U.S. stocks waver … • …"
        elif rule is None and line[:1] in "KkIiP" and is_keyword_list(line):
            rule = "tags"
        if rule:
            removed[line_no] = rule

    for at, (line_no, line) in enumerate(numbered[1:], 1):  # a newsletter's blurb under its
        above_no = numbered[at - 1][0]  # sign-up, the page's last line but its notices ("Sign up
        if (  # for Meduza's daily newsletter" / "A digest of Russia's investigative reports …"),
            # or naming the newsletter itself, up to 60 words ("Our weekly newsletter contains …")
            removed.get(above_no) == "prompt"
            and "newsletter" in text_of[above_no].lower()
            and line_no not in removed
            and n_words(line) <= 60
        ):
            story_above = any(n not in removed and is_body(a) for n, a in numbered[: at - 1])
            below = next((text for n, text in numbered[at + 1 :] if n not in removed), None)
            if (
                story_above  # after the story: not its only paragraph
                and ((n_words(line) <= 25 and below is None) or "newsletter" in line.lower())
            ) or (  # above the story, the lead under it opening on its dateline ("An exclusive
                not story_above  # report …" / "Aug. 24 (UPI) -- A Russian decision …")
                and n_words(line) <= 25
                and below is not None
                and split_dateline(below) is not None
            ):
                removed[line_no] = "prompt"
    removed.update(dict.fromkeys(_widget_sentences(numbered, removed), "prompt"))
    removed.update(dict.fromkeys(_quotes_block(numbered), "cross_link"))
    for (above_no, above), (line_no, line) in pairwise(numbered):  # a picture's alt text and its
        if (  # file's name, then its caption: "… in 1946 Japanese Soldiers … 1946.jpg" / "… 1946"
            removed.get(above_no) == "image_link"
            and line_no not in removed
            and n_words(line) >= 4
            and above.startswith(line)
        ):
            removed[line_no] = "caption"
        elif (  # the paper's source under an open-access aggregator's banner: "brought to you by
            removed.get(above_no) == "prompt"  # CORE" / "provided by MCSER Journals Online …"
            and above.lower().endswith(("by core", "core.ac.uk"))
            and _PROVIDED_BY.fullmatch(line)
        ):
            removed[line_no] = "prompt"
    appeal = _appeal(numbered)
    appeal_glued = None
    if appeal is not None:  # "Your support helps us to tell the story" … "Your support makes …"
        lines, (line_no, cut) = appeal
        removed.update(dict.fromkeys(lines, "prompt"))
        if cut < len(text_of[line_no]):  # "… all the difference.Russia says it has built …"
            appeal_glued = Removed(line_no, "prompt", text_of[line_no][:cut].strip())
            text_of[line_no] = text_of[line_no][cut:]
            numbered = [(n, text_of[n]) for n, _ in numbered]
        else:
            removed[line_no] = "prompt"
    glued_rights = []  # a wire's copyright notice glued to a paragraph: "… visit.© KYODO"
    glued_tails = []  # an outlet and its day ("… RIA Novosti, 23.10.2021"), an end mark ("… (END)")
    for line_no, line in numbered:
        if line_no in removed:
            continue
        if ("©" in line or line[-1:] == "]") and (cut := _glued_copyright(line)):
            glued_rights.append(Removed(line_no, "copyright", line[cut:].strip()))
            text_of[line_no] = line[:cut]
            # what it was glued to may be a site's own line: "Editor: See related story here."
            if n_words(line[:cut]) <= MAX_FURNITURE_WORDS and (rule := line_rule(line[:cut])):
                removed[line_no] = rule
        elif cut := _glued_outlet_day(line):
            glued_tails.append(Removed(line_no, "date_stamp", line[cut:].strip()))
            text_of[line_no] = line[:cut]
        elif line[-1:] in ")-" and (mark := GLUED_END_MARK.search(line, max(0, len(line) - 40))):
            glued_tails.append(Removed(line_no, "end_mark", mark.group(0).strip()))
            text_of[line_no] = line[: mark.start()]
        elif line[-1:] == ">" and (tag := _BROKEN_CLOSING_TAG.search(line, max(0, len(line) - 12))):
            glued_tails.append(Removed(line_no, "template_code", tag.group(0).strip()))
            text_of[line_no] = line[: tag.start()]
        if line[:1] == ">" and (tag := _BROKEN_OPENING_TAG.match(text_of[line_no])):
            glued_tails.append(Removed(line_no, "template_code", tag.group(0)))  # ">Japan …"
            text_of[line_no] = text_of[line_no][tag.end() :]
    glued_links = []  # a link's label glued to a line's end: "… the islands’ ownership …read more"
    glued_titles = []  # another story's title glued to one: "… the minister said.Chekunkov told …"
    for line_no, line in numbered:
        if (
            line_no not in removed
            and ("ead" in line[-40:] or "eading" in line[-25:])
            and (link := _GLUED_READ_MORE.search(line, max(0, len(line) - 50)))
        ):
            glued_links.append(Removed(line_no, "navigation", link.group(0).strip()))
            text_of[line_no] = line[: link.start()]
        elif (
            line_no not in removed
            and (title := _GLUED_LINK_TITLE.search(line, max(0, len(line) - 160)))
            and 4 <= n_words(title.group(0)) <= 20
            and is_body(line[: title.start()])
        ):
            glued_titles.append(Removed(line_no, "cross_link", title.group(0)))
            text_of[line_no] = line[: title.start()]
    if glued_rights or glued_tails or glued_links or glued_titles:
        numbered = [(n, text_of[n]) for n, _ in numbered]
    cut_short = {r.line_no for r in glued_links}  # an excerpt's paragraphs, their links gone
    removed.update(dict.fromkeys(archive_toolbar(numbered), "archive_toolbar"))
    removed.update(dict.fromkeys(markdown_table(numbered), "table"))
    removed.update(dict.fromkeys(infobox(numbered, joined, removed), "table"))
    removed.update(dict.fromkeys(_paired_fields(numbered, removed), "table"))
    removed.update(dict.fromkeys(table_cells(numbered, removed), "table"))
    dump_title = numbered[0][1] if numbered and marks.get(numbered[0][0], "")[:1] == "=" else None
    removed.update(dict.fromkeys(infobox_lines(numbered, dump_title), "table"))
    if "|\n" in joined or joined.endswith("|"):  # a table's rows, each closing on a bar
        removed.update(dict.fromkeys(bar_rows(numbered, removed), "table"))
        removed.update(dict.fromkeys(bar_cells(numbered, removed), "table"))  # "Facts:" / "|"
    if "table" in removed.values():  # a row of numbers: the table round it
        removed.update(dict.fromkeys(data_table(numbered, removed), "table"))
    tagged = {  # "<p>… look at photos …</p>", and the same without its markup on the page
        match["inner"]: line_no
        for line_no, line in numbered
        if line[:1] == "<" and (match := _IN_PARAGRAPH_TAGS.fullmatch(line))
    }
    for line_no, line in numbered if tagged else ():
        if line in tagged:
            removed[line_no] = removed[tagged[line]] = "caption"
    removed.update(dict.fromkeys(_gallery_captions(numbered, removed), "caption"))
    removed.update(dict.fromkeys(_numbered_pictures(numbered, removed), "caption"))
    removed.update(dict.fromkeys(_emoji_menu(numbered, removed), "navigation"))
    removed.update(dict.fromkeys(_wiki_captions(numbered, removed), "caption"))
    piped = [  # perhaps once after a bullet
        (n, line.lstrip(_BULLET_MARKS + " "))
        for n, line in numbered
        if "|" in line and ends_in_piped_credit(line)
    ]
    for line_no, line in piped:  # a caption printed twice, apart: over the headline and in the
        if sum(line == other for _, other in piped) > 1:  # page's gallery ("… | REUTERS")
            removed[line_no] = "caption"
    removed.update(dict.fromkeys(_alt_texts(numbered, removed), "caption"))
    first_kept = next((n for n, _ in numbered if n not in removed), None)
    for (above_no, above), (below_no, below) in pairwise(numbered):
        if (  # the picture's alt text right over the ABC's caption, not the page's first line:
            below_no == above_no + 1  # "Wadeye community" / "… banned.(ABC News: Jane Roe)"
            and removed.get(below_no) == "caption"
            and above_no not in removed
            and above_no != first_kept
            and n_words(above) <= 20
            and labelled_photographer(below)
        ):
            removed[above_no] = "caption"
            continue
        # a caption printed twice, once with its credit ("… on Dec 16, 2016. PHOTO: AFP") or
        # both times ("… vertical landings - Kyodo News", twice)
        if above == below and above_no not in removed and is_doubled_caption(above):
            removed[above_no] = removed[below_no] = "caption"
            continue
        if (  # one short sentence printed twice on the very next line inside the story, the
            above == below  # picture's alt text over its caption ("Japan and Russia remain in
            and below_no == above_no + 1  # dispute over the Kuril Islands.", twice)
            and above_no not in removed
            and n_words(above) <= 20
            and ends_a_sentence(above)
            and not reports_speech(above)
            and _inside_the_story(numbered, above_no, below_no, removed)
        ):
            removed[above_no] = removed[below_no] = "caption"
            continue
        for (short_no, short), (full_no, full) in (
            ((above_no, above), (below_no, below)),
            ((below_no, below), (above_no, above)),
        ):  # the caption without its credit, above or below the one with it, or the picture's
            if (  # alt text: "Vladimir Putin and Abe Shinzō" / "A meeting between Vladimir …",
                # or a few words in lower case: "northern territories" / "The northern …"
                removed.get(full_no) == "caption"
                and short_no not in removed
                and (
                    (
                        (n_words(short) >= 5 or (n_words(short) >= 2 and short.islower()))
                        and (
                            full.startswith(short)
                            or f" {line_key(short)} " in f" {line_key(full)} "
                        )
                    )
                    or (short_no == full_no - 1 and _alt_text_of(short, full))
                )
                and short_no not in (numbered[0][0], first_kept)  # the page's title, that the
                # caption echoes (under the page's date: "Oct 15, 2021" / "Japanese Foreign …")
            ):
                removed[short_no] = "caption"
                break
    triples = zip(numbered, numbered[1:], numbered[2:], strict=False)
    for (_, above), (line_no, line), (_, below) in triples:
        if (
            line_no not in removed
            and (
                (  # a name alone between an interview's question and its answer: "Q: …?" /
                    above[:1] == "Q"  # "Alexei Nakamura" / "A: The Russian government has …"
                    and below[:1] == "A"
                    and interview_portrait(
                        line, above, below, "\n".join(text for _, text in numbered)
                    )
                )
                or (  # or under a paragraph naming that official: "… Foreign Minister
                    line[:1].isupper()  # Fumio Kishida said …" / "Fumio Kishida" / "“Taking …"
                    and portrait_between(line, above, below)
                )
            )
        ):
            removed[line_no] = "caption"
    for at, ((line_no, line), (title_no, title)) in enumerate(pairwise(numbered)):
        if (  # a related story's card inside the story: its picture's caption and the site's name
            line_no not in removed  # ("Kuril Islands - Sputnik International"), then its title
            and title_no not in removed  # ("New Growth Project for Russian Kurils to …")
            and line[-1:].isalpha()
            and (card := _CARD_SITE.search(line)) is not None
            and outlets.known_outlets(card["site"])
            and n_words(line[: card.start()]) <= 12
            and not ends_a_sentence(line[: card.start()])
            and is_headline_like(title)
            and n_words(title) >= 5
            and title_cased(title)  # a linked story's title, not the story's own heading
            and any(n not in removed and is_body(above) for n, above in numbered[:at])
            and any(n not in removed and is_body(below) for n, below in numbered[at + 2 :])
        ):
            removed[line_no], removed[title_no] = "caption", "cross_link"
    for line_no, line in numbered:  # a site's picture card, its caption printed elsewhere too
        if line_no not in removed and (caption := _card_caption(line)) != line:
            key = f" {line_key(caption)} "  # ("© Sputnik / … mediabankRussian President …" /
            if any(n != line_no and key in f" {line_key(other)} " for n, other in numbered):
                removed[line_no] = "caption"  # "Russian President …. - Sputnik International")
    bylined = {n for (n, _), (m, _) in pairwise(numbered) if removed.get(m) == "byline"}
    linked: dict[int, tuple[int, str]] = {}  # the first line under each that no rule took
    kept_below: tuple[int, str] | None = None
    for line_no, line in reversed(numbered):
        if kept_below is not None:
            linked[line_no] = kept_below
        if line_no not in removed:
            kept_below = (line_no, line)
    for (line_no, line), (next_no, next_line) in pairwise(numbered):
        if (
            (
                is_credit_label(line)
                or (removed.get(line_no) == "photo_credit" and line.upper().endswith("SOURCE:"))
            )
            and n_words(next_line) <= 8
            and not is_body(next_line)
        ):
            removed[next_no] = "photo_credit"  # the credit, not the page's outlet; a graphic's
            # source under it ("… / THE GLOBE AND MAIL, SOURCE:" / "NATURAL EARTH DATA")
        elif is_disclosure_label(line) and is_disclosure(next_line, labelled=True):
            removed[line_no] = removed[next_no] = "disclosure"  # "Disclosure statement" / "…"
        elif (
            next_no == line_no + 1
            and removed.get(next_no) == "caption"
            and line_no not in removed
            and _AP_SLUG.fullmatch(line)
            and next_line.endswith(("AP)", "AP Photo)"))
        ):
            removed[line_no] = "caption"  # the AP's slug over its picture's caption: "Russia
            # Pacific Missiles" / "Bastion missile launchers move … (… via AP)"
        elif (
            removed.get(line_no) == "date_stamp"
            and next_no == line_no + 1
            and next_no not in removed
            and _PLACE_FIELD.match(next_line)
        ):
            removed[next_no] = "date_stamp"  # a transcript's place under its date: "Date: …" /
            # "Place: In front of the Ministers' Room"
        elif (
            next_no == line_no + 1
            and removed.get(next_no) == "source_line"
            and line_no not in removed
            and is_name_and_place(line)
        ):
            removed[line_no] = "byline"  # a reporter's name and city over the outlet's name:
            # "Bernard Lagan, Sydney" / "The Times"
        elif (
            removed.get(line_no) == "credits"
            and next_no not in removed
            and _PLACE_AND_YEAR.fullmatch(next_line)
        ):
            removed[next_no] = "credits"  # a thesis's place and year under its cover's statement
            # ("A thesis presented to …" / "Waterloo, Ontario, Canada, 2007")
        elif (
            next_no == line_no + 1
            and removed.get(next_no) == "prompt"
            and MEDIA_LENGTH.match(next_line)
            and line_no not in removed
            and line_no != numbered[0][0]  # the page's title over its video
            and n_words(line) <= 15
            and not ends_a_sentence(line)
        ):
            removed[line_no] = "prompt"  # a video's title over its length: "CNN's … presents an
            # overview of the summit" / "2 min. 30 sec. VXtreme video"
        elif is_link_label(line):
            removed.setdefault(line_no, "cross_link")  # "DW RECOMMENDS"; or its links gone with
            link = linked.get(line_no, (next_no, next_line))  # the copy: "FEATURED STORIES"
            if (
                n_words(link[1]) <= 20
                and not is_body(link[1])
                and link[0] not in bylined
                and not _numbered_section(line_no, *link)
            ):
                removed[link[0]] = "cross_link"  # the linked headline, past a prompt between (not
                # the headline under "Top Stories", its byline below, nor the page's numbered
                # section past a blank line: "Related Information" / "" / "2. Japan-Russia …")
    position = {n: i for i, (n, _) in enumerate(numbered)}
    for at, (line_no, line) in enumerate(numbered):
        if is_highlights_label(line) and at + 1 < len(numbered):
            bullets = []  # "Story highlights", then up to six bullets
            for next_no, next_line in numbered[at + 1 : at + 7]:
                if next_no != (bullets[-1] if bullets else line_no) + 1 or next_no in removed:
                    break  # a blank line or furniture ends the bullets
                if is_body(next_line):
                    break  # and so does a paragraph
                bullets.append(next_no)
            if not bullets and _machine_summary(numbered[at + 1 : at + 3]):
                bullets = [n for n, _ in numbered[at + 1 : at + 3]]  # the summary and its note
            if not bullets:  # no short bullets: perhaps a sentence each
                bullets = _sentence_bullets(numbered[at + 1 : at + 8], removed)
                if not bullets and _closing_summary(at, numbered, removed):
                    bullets = [numbered[at + 1][0]]  # "Summary" and its paragraph, after the body
            if not bullets or not _list_goes_on(numbered, position[bullets[-1]]):
                removed[line_no] = "highlights"  # else the page's own list under its heading
                removed.update(dict.fromkeys(bullets, "highlights"))
    for line_no in [n for n, rule in removed.items() if rule == "cross_link"]:
        # a list of linked headlines under its label ("Most Read from Bloomberg"): up to five,
        # each perhaps with its date ("Putin arrives in Japan for island talks" / "September 3,
        # 2000")
        links, above = 0, line_no
        for next_no, next_line in numbered[position[line_no] + 1 : position[line_no] + 11]:
            if removed.get(next_no) in ("date_stamp", "symbols"):  # or a dash between links
                continue
            if links and next_no not in removed and next_line.endswith(("…", "...")):
                removed[next_no] = "cross_link"  # a link's teaser, cut short: "Exposure to …"
                continue
            if (
                links == 5
                or next_no in removed
                or n_words(next_line) > 25
                or (ends_a_sentence(next_line) and not closes_on_abbreviation(next_line))
                or not is_headline_like(next_line)
                or _numbered_section(above, next_no, next_line)
            ):
                break
            removed[next_no] = "cross_link"
            links, above = links + 1, next_no
    seen_body = 0
    rights = {n for n, rule in removed.items() if rule == "copyright"}
    glued = {r.line_no for r in glued_rights}  # on the story's last paragraph: "… 2022."
    rights.update(glued)
    gone = any(rule == "prompt" and is_expired_notice(text_of[n]) for n, rule in removed.items())
    for at, (line_no, line) in enumerate(numbered):  # readers' comments, after the story
        start = None
        # no heading: a reader's handle under the story's copyright ("© KYODO" / "Asiaman7" /
        # "Missing from this …") or after a bullet ("• velmpoll")
        handle = seen_body >= (2 if numbered[at - 1][0] in glued else 3) and (
            (numbered[at - 1][0] in rights and _handle_under_rights(line, numbered[at + 1 :]))
            or (BULLETED_HANDLE.fullmatch(line) and _one_line_each(numbered[at:], removed))
        )
        if seen_body >= 2 and ("omment" in line or "oment" in line) and is_no_comments_notice(line):
            removed[line_no] = "comments"  # "No comments:", under a post of a listing page too
            continue
        # (or after a notice that the story has expired: only its comments are left)
        # no heading: a blog's "Ivan Petrov says:" over its comment's date ("March 3, 2019 at
        # 4:12 pm")
        says = (
            seen_body >= 2
            and line[-1:] == ":"
            and COMMENTER_SAYS.fullmatch(line)
            and at + 1 < len(numbered)
            and removed.get(numbered[at + 1][0]) == "date_stamp"
        )
        if (
            ((seen_body >= 2 or gone) and is_comments_heading(line))
            or (seen_body and line[:1] in "Yy" and is_comment_form_notice(line))
            or says
            or (handle and any(is_body(after) for after in _kept_after(numbered, at, removed)))
        ):  # the comment under the handle, perhaps under its greeting ("Dear Japan..."), past
            # furniture a rule took
            start = at
        elif seen_body >= 3 and LIKE_BUTTON.fullmatch(line):  # under each comment, no heading:
            start = max(i for i, (n, _) in enumerate(numbered[:at]) if n not in removed)
        if start is not None:  # the comment above the first button opens them
            for later_no, _ in numbered[start:]:
                if removed.get(later_no, "date_stamp") in ("date_stamp", "byline", "source_line"):
                    removed[later_no] = "comments"  # a comment's date, author or source
            break
        seen_body += line_no not in removed and is_body(line)
    kept_now = [(n, line) for n, line in numbered if n not in removed]
    for (label_no, label), (line_no, line) in pairwise(kept_now):  # an event's programme over
        if label[-1:] != ":":  # its transcript, the next line a rule has not taken: "Featured
            continue  # Speaker:" / "TADAATSU MOHRI CNAPS Visiting Fellow, Japan"
        if (
            _ROSTER_LABEL.fullmatch(label)
            and _ROSTER_ENTRY.match(line)
            and n_words(line) <= 25
            and not ends_a_sentence(line)
        ):
            removed[label_no] = removed[line_no] = "header_furniture"
        elif _TRANSCRIBED_BY.fullmatch(label):  # and who transcribed it, wherever it stands:
            removed[label_no] = "credits"  # "Proceedings prepared from a recording by:" /
            if (  # "ANDERSON COURT REPORTING 706 Duke Street, …"
                _REPORTER_NAME.match(line) and n_words(line) <= 30 and not ends_a_sentence(line)
            ):
                removed[line_no] = "credits"
    for line_no in _closing_link_list(numbered, removed):
        if removed.get(line_no, "navigation") == "navigation":
            removed[line_no] = "cross_link"
    removed.update(dict.fromkeys(_bulleted_titles(numbered, removed), "cross_link"))
    removed.update(dict.fromkeys(_cut_teasers(numbered, removed), "cross_link"))
    for at, (line_no, line) in enumerate(numbered):  # "Tags", then "Japan", "Shinzo Abe" …
        contents = is_contents_label(line)  # or "Table of contents", then its entries
        if contents or is_tags_label(line):
            if contents:
                removed.setdefault(line_no, "contents")
            entries = [line_no]
            for next_no, next_line in numbered[at + 1 : at + (41 if contents else 13)]:
                entry = (
                    _is_contents_entry(next_line)
                    if contents
                    else (is_label(next_line) and n_words(next_line) <= 4)
                    or (entries == [line_no] and _is_topic_list(next_line))
                )
                # a blank line or a longer line ends the list; one blank line may stand over it,
                # under "Contents" or over bullets ("Subjects" / "" / "• Borderlands")
                gap = next_no - entries[-1]
                bulleted = contents or next_line.lstrip()[:1] in _BULLET_MARKS
                if not entry or (gap != 1 and not (bulleted and entries == [line_no] and gap == 2)):
                    break
                entries.append(next_no)
            if len(entries) > (2 if contents else 1):  # one line under "Contents": the title
                for entry_no in entries:
                    removed.setdefault(entry_no, "contents" if contents else "tags")
    removed.update(dict.fromkeys(_unlabelled_contents(numbered, removed), "contents"))
    for line_no, line in numbered:  # a table of contents run into one line: "Table of Contents
        # 1. Introduction ...... 1 1.1. Purpose ...... 1 1.2. Research question ...... 3 …"
        if "...." in line and line_no not in removed and len(_DOT_LEADERS.findall(line)) >= 3:
            removed[line_no] = "contents"
    _drop_teasers_of_the_story(numbered, removed)
    _drop_paragraphs_printed_twice(numbered, removed)
    _drop_blocks_printed_again(numbered, removed)
    paragraph_nos = [n for n, line in numbered if n not in removed and is_body(line)] or [0]
    remaining = [(n, line) for n, line in numbered if n not in removed]
    for at, (line_no, line) in enumerate(remaining):  # a caption printed twice between paragraphs
        if line_no in removed or is_body(line) or line_no >= paragraph_nos[-1]:
            continue
        between = paragraph_nos[0] < line_no
        copies = _printed_again(remaining, at) if between else None
        if between and 3 <= n_words(line) <= 30 and copies and not removed.keys() & copies:
            removed.update(dict.fromkeys([line_no, *copies], "caption"))
        elif between and _is_link_card(line):
            removed[line_no] = "cross_link"
        elif _is_picture_card(numbered, card := position[line_no]):  # over the lead too, its
            removed[line_no] = "caption"  # section a rule's perhaps ("A village in … - Sputnik
            for n, _ in numbered[card + 1 : card + 3]:  # International" / "World" / "Special
                removed.setdefault(n, "cross_link")  # Legal Regime …")
        elif between and _names_a_picture(line):
            removed[line_no] = "caption"
    for (above, over), (line_no, line) in pairwise(numbered):  # the picture's card under its
        # credit and caption: "© Sputnik / … / Go to the mediabankNew airport opens on Iturup …"
        # / "New airport opens on Iturup … - Sputnik International"
        if (
            removed.get(above) in ("caption", "photo_credit")
            and line_no not in removed
            and (card := _CARD_SITE.search(line))
            and len(title := line[: card.start()]) >= 20
            and over.endswith(title)
            and outlets.known_outlets(card["site"])
        ):
            removed[line_no] = "caption"
        elif (  # an author's box: the name glued to its address, then what it says of itself
            removed.get(above) == "url"  # ("UK Time Newshttps://…" / "UK Time News is your …")
            and line_no not in removed
            and (named := NAME_AND_ADDRESS.fullmatch(over))
            and line.startswith(f"{named['name']} ")
            and n_words(line) <= 60
        ):
            removed[line_no] = "author_note"
        elif (  # a linked story between paragraphs, its day and time over its title: "October 7,
            removed.get(above) == "date_stamp"  # 16:34" / "The Rada recognized the South …"
            and line_no not in removed
            and n_words(line) <= 20
            and not ends_a_sentence(line)
            and patterns.TIME_OF_DAY.search(over) is not None
            and is_headline_like(line)
            and sum(text == line for _, text in numbered) == 1  # not the headline again
            and any(n < above and n not in removed and is_body(text) for n, text in numbered)
            and any(n > line_no and n not in removed and is_body(text) for n, text in numbered)
        ):
            removed[line_no] = "cross_link"
    credits = [position[n] for n, rule in removed.items() if rule == "photo_credit"]
    credited = {  # captions ending in their credit: "… Missiles. Picture: PA"
        position[n]
        for n, rule in removed.items()
        if rule == "caption" and ends_in_picture_credit(text_of[n])
    }
    kept = [(n, line) for n, line in numbered if n not in removed]
    body_texts = [line for _, line in kept if is_body(line)]
    body = body_key(body_texts)
    first_headline_like = next((n for n, line in kept if is_headline_like(line)), None)
    counts = Counter(line_key(line) for _, line in kept if not is_body(line))
    # a standfirst that the lead repeats, set apart from it by furniture (a byline, a date)
    body_nos = [n for n, line in kept if is_body(line)]
    # or by its label above it ("Synopsis")
    set_apart = len(body_nos) > 1 and (
        any(n in removed for n in range(*body_nos[:2]))
        or removed.get(body_nos[0] - 1) == "highlights"
    )
    if (set_apart and repeats_body(body_texts[0], body_key(body_texts[1:3]), sentence=True)) or (
        # or one printed again word for word further down, set apart from the headline by
        # furniture (a picture's caption): "… Picture: PA" / "The deployment followed …"
        body_texts[:1]
        and body_texts[0] in body_texts[2:]
        and n_words(body_texts[0]) <= 40
        and first_headline_like is not None
        and any(
            removed.get(n, "repeated_in_body") != "repeated_in_body"
            for n in range(first_headline_like + 1, body_nos[0])
        )
    ):
        removed[body_nos[0]] = "repeated_in_body"
    # "James D.J. Brown" above the body (or under its standfirst), "James D.J. Brown is …" below
    for line_no, line in kept:
        if body_nos and line_no < body_nos[:2][-1] and is_author_name(line, body_texts[-3:]):
            removed[line_no] = "byline"
    for (above_no, _), (line_no, line) in pairwise(numbered):  # the author's place, bracketed,
        if (  # under the byline: "by Ryosuke Tanaka" / "(Hyogo Prefecture)"
            line_no == above_no + 1
            and removed.get(above_no) == "byline"
            and line_no not in removed
            and _PLACE_IN_BRACKETS.fullmatch(line)
        ):
            removed[line_no] = "byline"
    # the publisher's name above the body that its copyright line or a closing note on the piece
    # names ("Northern Territories Issue Association" … "Copyright (C) Northern Territories Issue
    # Association. …", "The views expressed … should not be attributed to …"): the site's name,
    # never the headline
    closing = {n for n, _ in numbered[-3:]}
    naming = [
        f" {line_key(line)} "
        for n, line in numbered
        if removed.get(n) == "copyright" or (n in closing and is_author_note(line, []))
    ]
    for line_no, line in kept:
        key = f" {line_key(line)} "
        above_body = body_nos and line_no < body_nos[0] and not is_body(line)
        if above_body and n_words(line) >= 2 and any(key in n and n != key for n in naming):
            removed[line_no] = "header_furniture"
    over_lead = max((n for n, _ in kept if body_nos and n < body_nos[0]), default=None)
    kept_at = {n: at for at, (n, _) in enumerate(kept)}
    if (
        len(kept) > 1
        and kept[0][0] not in removed
        and _caption_atop(kept, numbered, position, removed)
    ):
        removed[kept[0][0]] = "caption"  # no other rule's line relabelled
    for line_no, line in kept:
        under_headline = first_headline_like is not None and line_no > first_headline_like
        if (
            (  # not a section's heading of three words or fewer: "Northern Territories issue", nor
                # a subheading of five or fewer inside the story: "Mixed reaction in Japan"
                line_no != first_headline_like
                and n_words(line) > (5 if body_nos and line_no > body_nos[0] else 3)
                and not (crumbs and line_key(line) in crumbs)
                and repeats_body(_standfirst_words(line), body)
            )
            or (body_nos and line_no < body_nos[0] and cut_from(line, body_texts[0]))
            or (  # a paragraph printed again as a pull quote or a standfirst, its stop lost (the
                # lead alone may be printed as the headline)
                not is_body(line)
                and n_words(line) >= 12
                and f"\n{line_key(line)}\n" in f"\n{body}\n"
                and (line_no != first_headline_like or line_key(line) != line_key(body_texts[0]))
            )
        ):
            removed[line_no] = "repeated_in_body"
        elif (
            (
                under_headline
                and (
                    _above_its_credit(position[line_no], numbered, removed)
                    or _below_its_credit(position[line_no], numbered, removed)
                )
            )
            or (  # a caption closing on its place and date is no headline, wherever it stands
                line.endswith(".")
                and _PLACE_DATE_CAPTION.search(line)
                and _below_its_credit(position[line_no], numbered, removed)
            )
            or (  # below the headline, or under a body paragraph on a page with no headline
                is_credited_line(line)  # ("Southern Kuril Islands (Japan Kyodo News)")
                and (
                    under_headline
                    or any(
                        n not in removed and is_body(above)
                        for n, above in numbered[: position[line_no]]
                    )
                )
            )
        ):
            removed[line_no] = "caption"  # "Vladimir Putin and Shinzo Abe in Moscow ( Reuters )"
        elif (
            body_nos
            and _ON_A_DAY_UNSTOPPED.search(line)
            and (has_caption_words(line) or has_caption_words(line.lower()))
            and n_words(line) <= 30
            and (
                line_no > body_nos[0]
                or under_headline
                or any(line_no < n < body_nos[0] and is_headline_like(other) for n, other in kept)
            )
        ):  # a caption closing on the day, year and all, that its picture was taken, with no
            # stop, between paragraphs, under the headline or over it: "… Meets his Japanese
            # counterpart … on January 14, 2019"
            removed[line_no] = "caption"
        elif (
            under_headline
            and (
                (_seen_on_a_day(line) and not reports_speech(line))
                or (  # right under the headline, or under a dateline alone there
                    kept_at[line_no] <= kept_at[first_headline_like] + 2
                    and _shown_over_the_lead(kept_at[line_no], kept)
                    and all(
                        dateline_alone(between) is not None
                        for _, between in kept[kept_at[first_headline_like] + 1 : kept_at[line_no]]
                    )
                )
            )
        ):
            removed[line_no] = "caption"  # "A lighthouse … is seen painted white on Thursday."
            if _credit_under(kept_at[line_no], kept):  # and its photographer's name under it
                removed[kept[kept_at[line_no] + 1][0]] = "photo_credit"
        elif (
            first_headline_like is not None
            and first_headline_like < line_no == over_lead
            and not is_body(line)
            and not reports_speech(line)
            and n_words(line) <= 30
            and (
                (has_caption_words(line) and restates(line, body_texts[0]))
                or _DURING_CAPTION.match(line) is not None
            )
            and any(
                first_headline_like <= n < line_no
                and is_headline_like(above)
                and restates(above, body_texts[0])
                for n, above in kept
            )
        ):  # a picture's caption with no stop over the lead that tells the same, in the past, or
            # that shows something during an event, a headline that tells the lead above it:
            # "Prime Minister Koizumi delivers an address at …", "Russian Pacific Fleet warships
            # during a naval parade …"
            removed[line_no] = "caption"
        elif (
            first_headline_like is not None
            and first_headline_like < line_no == over_lead
            and not is_body(line)
            and n_words(line) <= 20
            and _VIEW_CAPTION.search(line)
        ):  # a caption over the lead, under the headline, telling where its picture is seen from,
            # though the lead tells of something else: "Kunashiri Island, a pale view from …"
            removed[line_no] = "caption"
        elif (
            _KICKER.match(line)
            and is_body(line)  # a sentence, no headline: "EXCLUSIVE: Russia to …"
            and line_no != first_headline_like
            and any(removed.get(n) == "date_stamp" for n, _ in numbered[position[line_no] :][1:4])
        ):
            removed[line_no] = "caption"  # "WATCHING OVER SHIPS: A lighthouse …" / "Dec 30, 2015"
        elif (
            not is_body(line)
            and position[line_no] + 1 in credited
            and line_no != first_headline_like
            and not reports_speech(line)  # a standfirst: "… new PM says he is confident …"
            and not _deck(position[line_no], numbered, removed)
        ):
            removed[line_no] = "caption"  # a caption above another caption that ends in a credit
        elif (
            not is_body(line)
            and line[-1:] != ","  # a sentence a picture broke, no caption: "… peace treaty,"
            and n_words(line) <= (30 if has_caption_words(line) else 25)
            and credits
            and not _caption_across(position[line_no], numbered, removed)
        ):
            distance = min(abs(position[line_no] - c) for c in credits)
            repeated = counts[line_key(line)] > 1
            if repeated and line_no == first_headline_like:  # the page's title printed again as
                repeated = any(  # the picture's alt text, a blank line apart, is still the title
                    line_key(text_of.get(n, "")) == line_key(line)
                    for n in (line_no - 1, line_no + 1)
                )
            if (
                (distance == 1 or (distance == 2 and repeated))
                and (line_no != first_headline_like or repeated)
                and not _titled_over_the_story(line, body_texts)
            ):
                removed[line_no] = "caption"
    for line_no in [n for n, rule in removed.items() if rule == "repeated_in_body"]:
        if text_of[line_no][:1] in '"“':  # a pull quote, the name and post under it: '"We must
            _remove_attribution(numbered[position[line_no] + 1 :], removed)  # …"' / "Taro Aso,"
    kept = [(n, line) for n, line in kept if n not in removed]
    first_body = _first_body(kept)
    affiliations = [  # the author's affiliation in brackets under the name, over the lead (no
        # paragraph, however long): "A.A. Kurmazov" / "(The Russian-Japanese Commission on …
        # fishery, Tokyo, Japan)", or closing on the author's e-mail ("… Doctor of Law;
        # [email protected]")
        n
        for (_, above), (n, line) in pairwise(kept[: first_body + 1])
        if (line[:1] == "(" or closes_on_email(line)) and is_author_description(line, above)
    ]
    if affiliations:
        removed.update(dict.fromkeys(affiliations, "header_furniture"))
        kept = [(n, line) for n, line in kept if n not in removed]
        first_body = _first_body(kept)
    # (a paper's notes, removed below, tell nothing of its title: "[1] …", "References:[1] …")
    lead = [line_key(line) for line in [x for x in body_texts if not is_footnote(x)][:5]]
    rules = [None, *(removed.get(n) for n, _ in numbered), None]
    around = {n: (rules[i], rules[i + 2]) for i, (n, _) in enumerate(numbered)}
    echoes = crumbs | {line_key(text_of[n]) for n, rule in removed.items() if rule == "caption"}
    headline_at = _find_headline(kept[:first_body], lead, around, echoes)
    if (
        headline_at is None
        or (  # a mirror's own line above the entry's title that the lead opens on, as an
            # encyclopedia's does, the line sharing no word with the lead ("Recent from talks" /
            # "Kurilsk" / "Kurilsk (Russian: …) is …")
            headline_at < first_body - 1
            and first_body < len(kept)
            and kept[first_body][1].startswith(kept[first_body - 1][1] + " ")
            # printed once: not an author's name over the bio ("Jane Roe" / "Jane Roe is a …")
            and sum(line == kept[first_body - 1][1] for _, line in kept) == 1
            and not set(line_key(kept[headline_at][1]).split())
            & set(line_key(kept[first_body][1]).split())
        )
    ) and _entry_title(kept, first_body):
        headline_at = first_body - 1  # an entry's title of a word or two, its lead naming it
    if headline_at is None:  # a short sentence above the headline: "An expert's point of view …"
        above = first_body
        headline_at, first_body = _headline_below_a_sentence(kept, first_body, around)
        title = kept[headline_at][1] if headline_at is not None else ""
        for line_no, line in kept[above : headline_at or 0]:
            # a summary of the story, that tells what its headline does, stays
            if n_words(line) < 30 or not is_body(line) or not restates(title, line):
                removed[line_no] = "header_furniture"  # a section's blurb, above the headline
    if (
        headline_at is None
        and first_body + 1 < len(kept)
        and (
            is_sentence_headline(kept[first_body][1])
            or (  # a title with a stop over the date: "Mr. Putin answered an interview …."
                first_body == 0  # (not a lead under its dateline: "TOKYO, March 20. /TASS/. …")
                and n_words(kept[0][1]) <= 20
                and (  # or over the lead's dateline ("Russians consider the … dispute settled …."
                    around.get(kept[0][0], (None, None))[1] == "date_stamp"  # / "MOSCOW, …")
                    or split_dateline(kept[1][1]) is not None
                    or (  # or a blank line above a lead twice as long that says half of it
                        # again ("Russian authorities take 5 Japanese fishing boats to …." / "A
                        # Russian official said that five fishing boats … were taken to …")
                        n_words(kept[0][1]) <= 14
                        and kept[1][0] > kept[0][0] + 1
                        and ". " not in kept[0][1]
                        and n_words(kept[1][1]) >= 2 * n_words(kept[0][1])
                        and shares_half(kept[0][1], kept[1][1])
                    )
                )
                and split_dateline(kept[0][1]) is None
                and not _WEEKDAY.search(kept[0][1])  # a caption's or a lead's day: "… bid
            )  # farewell Sunday to their hosts …"
            or (  # … or such a title over the lead's dateline under a site's labels alone:
                # "Printer Friendly" / "LEAD: Hatoyama hopes for …." / "TOKYO, Nov. 18 Kyodo"
                first_body > 0
                and all(n_words(line) <= 3 and not is_body(line) for _, line in kept[:first_body])
                and n_words(kept[first_body][1]) <= 20
                and split_dateline(kept[first_body + 1][1]) is not None
                and split_dateline(kept[first_body][1]) is None
            )
            or (  # a long title with no stop over its date, under a site's labels alone: "Dmitry
                # Medvedev will visit …, where he will take part in … (Sakhalin-2 project)" /
                # "February 16, 2009" (the Kremlin's)
                n_words(kept[first_body][1]) <= 40
                and not kept[first_body][1].endswith((".", "!", "?"))
                and around.get(kept[first_body][0], (None, None))[1] == "date_stamp"
                and all(n_words(line) <= 3 and not is_body(line) for _, line in kept[:first_body])
                and split_dateline(kept[first_body][1]) is None
            )
        )
        and any(is_body(line) for _, line in kept[first_body + 1 : first_body + 6])
    ):  # a quotation or a dated title for a headline, perhaps with a standfirst, a date or a
        # transcript's section headings under it
        headline_at, first_body = first_body, first_body + 1
    following = next(  # the first body line after the first body line's
        (j for j in range(first_body + 1, min(first_body + 5, len(kept))) if is_body(kept[j][1])),
        None,
    )
    if (  # a show's or a site's name over the piece's title, a question, and its date or other
        # furniture: "Monocle 24: The Foreign Desk" / "Explainer 149: The Kuril Islands dispute
        # …?" / "Jan. 23, 2019"; "Peer reviewed analysis from …" / "Can Abe and Putin …?" /
        # "Reading Time: 5 mins" / "In Brief"
        headline_at is not None
        and following is not None
        and around.get(kept[first_body][0], (None, None))[1] is not None
        and kept[first_body][1].endswith("?")
        and is_sentence_headline(kept[first_body][1])
        and shares_subject(
            kept[first_body][1], " ".join(line for _, line in kept[following : following + 2])
        )
        and not shares_subject(kept[headline_at][1], " ".join(body_texts[:3]))
    ):
        headline_at, first_body = first_body, following
    if headline_at is None and first_body > 0 and _two_word_title(kept[0][1], lead):
        headline_at = 0  # "Yeltsin visit", over the body that tells of Yeltsin's visit
    headline_no, headline = kept[headline_at] if headline_at is not None else (None, None)
    headline_key = line_key(headline) if headline else None
    header_end = _header_end(kept, first_body, removed) if headline_at is not None else first_body
    # a database export's fields ("Length: 341 words") make every line above its body its own
    export = "export_field" in removed.values()

    for i, (line_no, line) in enumerate(kept):
        if i == headline_at:
            continue
        if headline and _headline_and_caption(line, headline):
            removed[line_no] = "repeated_headline"  # printed again, its picture's caption glued
            if i == first_body:  # no lead: the lines under it up to the lead are the header's
                first_body = next(
                    (j for j in range(i + 1, len(kept)) if is_body(kept[j][1])), len(kept)
                )
            continue
        if is_body(line):
            if i == first_body and line_key(line) == headline_key:  # the lead, printed as the
                removed[line_no] = "repeated_headline"  # headline too
            elif line == headline and line.endswith(("...", "…")):  # a title closing on an
                removed[line_no] = "repeated_headline"  # ellipsis, printed again by its picture
            elif headline_key and _before_picture_label(line) == headline_key:
                removed[line_no] = "repeated_headline"  # "… on Kuril islands Photo:", its alt
            continue
        key = line_key(line)
        if headline and _date_after(headline, line):  # the headline with its date, then alone
            removed[headline_no] = "repeated_headline"  # (a blog's title printed twice)
            headline_no, headline, headline_key = line_no, line, key
        elif key == headline_key and _capitalised(headline) and not _capitalised(line):
            # the headline in title case, then as written: "… Recognize Ww2 Result" / "…
            # recognize WW2 result" (the latter is the headline)
            removed[headline_no] = "repeated_headline"
            headline_no, headline = line_no, line
        elif headline_key and (
            key == headline_key
            or _after_share_word(key) == headline_key
            or (
                (tagged := _after_media_tag(line))
                and (tagged == headline_key or _cut_short(tagged, headline_key))
            )
            or _before_picture_label(line) == headline_key
            or _cut_short(key, headline_key)
            or (headline_at < i < first_body and _headline_label(line, headline))
        ):
            removed[line_no] = "repeated_headline"  # "SHARE Yeltsin, Hashimoto bolster ties …"
        elif headline_key and is_title_bar(line, headline_key):
            removed[line_no] = "title_bar"
        elif headline_at is not None and (
            i < headline_at
            or (i < header_end and (is_label(line) or export or line.casefold() in _BADGES))
            # no word, only numbers over the lead: a bulletin's issue, "137 (1710)"
            or (headline_at < i < first_body and not any(map(str.isalpha, line)))
            # a label with its colon between the headline and the lead: "News Snapshot:"
            or (headline_at < i < first_body < len(kept) and _colon_label(line))
            or (headline_at < i < header_end and is_author_description(line, kept[i - 1][1]))
            or (headline_at < i < first_body and _given_at(line, kept[i - 1][0], removed))
            or (headline_at < i < first_body and _among_header_bullets(kept, i))
            # a portrait's caption, the post and name of someone the lead names
            or (
                headline_at < i < first_body < len(kept)
                and portrait_caption(line, kept[first_body][1])
            )
            # a dateline alone on its line over the lead ("Moscow, July 30"), read below
            or (headline_at < i < first_body and dateline_alone(line) is not None)
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
        elif (
            headline_at is not None
            and headline_at < i < first_body
            and n_words(line) <= 6
            and not ends_a_sentence(line)
            and removed.get(numbered[position[line_no] - 1][0]) == "source_line"
            and outlets.known_outlets(text_of[numbered[position[line_no] - 1][0]])
        ):
            removed[line_no] = "caption"  # a picture's caption under its outlet's credit, over
            # the lead: "The Yomiuri Shimbun" / "Northern territories off Hokkaido"
        elif (
            headline_at is None
            and i < first_body
            and all(n in removed for n, _ in kept[:i])
            and (
                (n_words(line) <= 3 and not ends_a_sentence(line))
                or dateline_alone(line) is not None  # "TOKYO, April 19 Kyodo", read below
            )
        ):  # no headline, the page's first lines: "Newsfrom Japan" over the lead, "Mari Koyano"
            removed[line_no] = "header_furniture"  # / "Professor"

    # a site's section and a linked headline between paragraphs, and a mirror's preview of a
    # linked article, read once the headline printed again is gone from between their lines
    removed.update(dict.fromkeys(_section_teasers(numbered, removed), "cross_link"))
    removed.update(dict.fromkeys(_link_previews(numbered, removed), "cross_link"))
    removed.update(dict.fromkeys(_teaser_runs(numbered, removed), "cross_link"))
    removed.update(dict.fromkeys(_topic_runs(numbered, removed), "tags"))
    body_lines = [(n, line) for n, line in kept if n not in removed and n != headline_no]
    _remove_footer(body_lines, removed, text_of, cut_short)
    _drop_blocks_printed_again(numbered, removed)  # a site's teaser taken off from between them
    _drop_paragraphs_printed_twice(numbered, removed)  # and those a block's copy stood between
    footer = {line_key(text_of[n]) for n, rule in removed.items() if rule == "footer_furniture"}
    lead_no = next((n for n, line in body_lines if is_body(line)), 0)
    for line_no, line in body_lines:  # an advert's line under the headline and again under the
        if (  # story: "pCloud Premium"
            line_no < lead_no
            and line_no not in removed
            and n_words(line) <= 5
            and not is_body(line)
            and line_key(line) in footer
        ):
            removed[line_no] = "header_furniture"
    bylines = [  # with the date stamps, which may print the byline: "Joshua Kucera Dec 18, 2018"
        line
        for n, line in numbered
        if removed.get(n) in ("byline", "header_furniture", "date_stamp")
    ]
    notes = 0  # from the end: the notes ("[1] Kremlin, "Press statements …", January 22,
    # 2019."), a bio, where it first appeared (up to three of those); the topics listed between
    # them ("Japan" / "Russia") and their label ("Notes") are footer furniture, removed below
    story = [(n, line) for n, line in body_lines if n not in removed]
    glued_marks = marks_glued_to_sentences([line for _, line in story if is_body(line)])
    for line_no, line in story[:0:-1]:
        if is_footnote(line) and not glued_marks:
            removed[line_no] = "footnote"
        elif notes < 3 and is_author_note(line, bylines):
            removed[line_no] = "author_note"
            notes += 1
        elif notes == 3 or is_body(line) or not _is_footer_like(line):
            break
    # a note on the author under the byline, above the body ("Bruce is the senior research
    # fellow …" under "Bruce Klingner")
    opening = [(n, line) for n, line in body_lines if n not in removed][:2]
    if len(opening) == 2 and is_author_bio(opening[0][1], bylines):
        removed[opening[0][0]] = "author_note"
    # what the notes closed the body off from: a letter's signature above its disclaimer
    kept_lines = [(n, line) for n, line in body_lines if n not in removed]
    _remove_footer(kept_lines, removed, text_of, cut_short)
    removed.update(dict.fromkeys(_closing_advert(body_lines, removed, text_of), "footer_furniture"))
    # a known outlet's name among the topics listed after the body ("Japan" / "Russia" /
    # "Politics" / "Foreign Policy") is a topic, not the story's source
    last = max((n for n, t in body_lines if n not in removed and is_body(t)), default=len(lines))
    for at in range(2, len(numbered)):
        above, line_no = numbered[at - 2 : at], numbered[at][0]
        if (
            line_no > last
            and removed.get(line_no) == "source_line"
            and all(removed.get(n) in _TOPIC_RULES for n, _ in above)
            and all(is_label(topic) and n_words(topic) <= 3 for _, topic in above)
        ):
            removed[line_no] = "tags"

    paragraphs = [line for n, line in body_lines if n not in removed]
    paragraph_lines = [n for n, _ in body_lines if n not in removed]
    for i in range(len(paragraphs) - 2, -1, -1):  # a sentence broken into two paragraphs, one
        # under the other or with furniture or a blank line between: "… nation about" / "the
        # effectiveness of …", "… the bane of Russo-" / "Japanese relations …"
        if (joined := joined_across(paragraphs[i], paragraphs[i + 1])) is not None:
            paragraphs[i] = joined
            del paragraphs[i + 1], paragraph_lines[i + 1]
    taken_off = []  # what glued to paragraphs is taken off them (or a repeat that hid behind it)
    widget_headings = []  # over a paragraph with a link's label glued on: "Impact Shorts"
    glued = None  # the headline glued to the lead ("… Kunashiri IslandJapan lodged a protest …")
    if headline and paragraphs and _glued_to(paragraphs[0], headline):
        glued = Removed(paragraph_lines[0], "repeated_headline", paragraphs[0][: len(headline)])
        paragraphs[0] = paragraphs[0][len(headline) :]
    elif paragraphs and (
        caption := _LEAD_CAPTION.match(paragraphs[0]) or _GLUED_PHOTO_CAPTION.match(paragraphs[0])
    ):
        glued = Removed(paragraph_lines[0], "caption", caption.group(0).strip())
        paragraphs[0] = paragraphs[0][caption.end() :]
    elif headline is None and paragraphs and (cut := glued_title(paragraphs[0])):
        headline, headline_no = paragraphs[0][:cut], paragraph_lines[0]  # "… SummitMoscow said"
        paragraphs[0] = paragraphs[0][cut:]
    elif (
        headline is None
        and len(paragraphs) > 1
        and (top := _title_printed_again(paragraphs[0], paragraph_lines[0], removed, text_of))
    ):  # "Readers … reacted emotionally to reports about … exercises." three times at the top
        headline, headline_no = paragraphs[0], top
        del removed[top]
        removed[paragraph_lines[0]] = "repeated_headline"
        del paragraphs[0], paragraph_lines[0]
    for i, paragraph in enumerate(paragraphs):
        if paragraph.startswith(">> "):  # a transcript's mark of a new speaker: ">> Russia has …"
            taken_off.append(Removed(paragraph_lines[i], "symbols", ">>"))
            paragraphs[i] = paragraph = paragraph[3:]
        if (" ad" in paragraph or " advert" in paragraph) and _INLINE_AD_NOTE.search(paragraph):
            for note in _INLINE_AD_NOTE.finditer(paragraph):
                taken_off.append(Removed(paragraph_lines[i], "prompt", note.group(0).strip()))
            paragraphs[i] = paragraph = _INLINE_AD_NOTE.sub("", paragraph)
        if paragraph[:1] in "CcAa" and (cut := _compiled_from(paragraph)):
            taken_off.append(Removed(paragraph_lines[i], "source_line", paragraph[:cut].strip()))
            paragraphs[i] = paragraph = paragraph[cut:]
        if paragraph[:1] in "MARS" and (label := _GLUED_LINK_LABEL.match(paragraph)):
            taken_off.append(Removed(paragraph_lines[i], "navigation", label.group(0)))
            paragraphs[i] = paragraph[label.end() :]
            if i and n_words(paragraphs[i - 1]) <= 3 and not ends_a_sentence(paragraphs[i - 1]):
                widget_headings.append(i - 1)
    for i in reversed(widget_headings):
        removed[paragraph_lines[i]] = "navigation"
        del paragraphs[i], paragraph_lines[i]
    for i, cut in _glued_alt_texts(paragraphs):
        taken_off.append(Removed(paragraph_lines[i], "caption", paragraphs[i][:cut]))
        paragraphs[i] = paragraphs[i][cut:]
    # a line of furniture that the page prints again glued to a paragraph's end: "… said in a
    # statement. - услуги фрилансеров от 500 руб." (an advertisement, alone on the first line)
    furniture = {
        text_of[n]: rule
        for n, rule in removed.items()
        if rule in _GLUED_FURNITURE and n_words(text_of[n]) >= 3
    }
    for i, paragraph in enumerate(paragraphs):
        for text, rule in furniture.items():
            if paragraph.endswith(" " + text) and ends_a_sentence(
                kept_part := paragraph[: -len(text)].rstrip()
            ):
                taken_off.append(Removed(paragraph_lines[i], rule, text))
                paragraphs[i] = kept_part
                break
    # a source line or byline printed again at the start of the lead: "The Yomiuri Shimbun" /
    # "The Yomiuri Shimbun The Japanese and Russian governments are …" (not a longer name:
    # "Kyodo News" / "Kyodo News Agency reported …")
    for n, rule in removed.items():
        if (
            paragraphs
            and n < paragraph_lines[0]
            and rule in ("source_line", "byline")
            and n_words(text := text_of[n]) >= 2
            and paragraphs[0].startswith(text + " ")
            and _opens_a_sentence(paragraphs[0][len(text) + 1 :])
        ):
            taken_off.append(Removed(paragraph_lines[0], rule, text))
            paragraphs[0] = paragraphs[0][len(text) + 1 :]
            break
    for i in range(len(paragraphs) - 1, 0, -1):  # a paragraph that, its glued furniture taken
        if paragraphs[i] == paragraphs[i - 1]:  # off, prints the one above it again
            taken_off.append(Removed(paragraph_lines[i], "repeated_in_body", paragraphs[i]))
            del paragraphs[i], paragraph_lines[i]
        elif _teaser_of(paragraphs[i - 1], paragraphs[i]):  # or its teaser, cut short, over it
            taken_off.append(Removed(paragraph_lines[i - 1], "repeated_in_body", paragraphs[i - 1]))
            del paragraphs[i - 1], paragraph_lines[i - 1]
    if (  # an earlier paragraph printed again, cut short, closing the page: "President Dmitry
        len(paragraphs) > 2  # Medvedev landed on Kunashiri Island, … it is part of a gro"
        and n_words(last := paragraphs[-1]) >= 8
        and not ends_a_sentence(last)
        and any(len(p) > len(last) and p.startswith(last) for p in paragraphs[:-1])
    ):
        taken_off.append(Removed(paragraph_lines[-1], "repeated_in_body", last))
        del paragraphs[-1], paragraph_lines[-1]
    datelines: dict[int, Dateline] = {}
    # a transcript's speakers, "JUDY WOODRUFF: …" opening two paragraphs or more, are no datelines
    speakers = sum(bool(_SPEAKER_LABEL.match(p)) for p in paragraphs) > 1
    opening, end = 0, 0  # the first three paragraphs, not counting a dateline alone on its line
    while end < len(paragraphs) and opening < 3:  # ("Sep. 6 (EUROPA PRESS) –" over the lead)
        found = split_dateline(paragraph := paragraphs[end])
        # in a transcript, a speaker's label opens the paragraph: no dateline, even when a
        # quoted dateline follows it ("ITAR-TASS: “KURILSK, …")
        if found is not None and not (speakers and _SPEAKER_LABEL.match(paragraph)):
            datelines[paragraph_lines[end]] = found
            removed[paragraph_lines[end]] = "dateline"
            paragraphs[end] = paragraph = paragraph[found.end :]
        opening += bool(paragraph)
        end += 1
    for i in range(end - 1, 0, -1):  # the lead printed twice in a row, one or each under its own
        dated = paragraph_lines[i] in datelines or paragraph_lines[i - 1] in datelines  # dateline
        if dated and paragraphs[i] == paragraphs[i - 1]:  # ("TOKYO, … /TASS/." / "NEMURO —"),
            taken_off.append(Removed(paragraph_lines[i], "repeated_in_body", paragraphs[i]))
            del paragraphs[i], paragraph_lines[i]  # perhaps once lines between them went
    if paragraphs and (signed := glued_sign_off(paragraphs[-1])) is not None:
        sign_off = (paragraph_lines[-1], paragraphs[-1][signed:].strip(" -–—"))
        paragraphs[-1] = paragraphs[-1][:signed]
    else:
        sign_off = None
    paragraphs = [p for p in paragraphs if p]  # "NAGATO, December 15. /TASS/." alone on its line
    # "TOKYO", "NAGATO, Yamaguchi —" or "AFP, TOKYO" alone between headline and body, the last of
    # the lines there that are no rule's furniture ("USDJPY" above "JAPANESE YEN SPOT" is a ticker);
    # with no headline, only an agency and its city ("Reuters, TOKYO" opening a copy's text)
    top = headline_at + 1 if headline_at is not None else 0
    labels = [
        n
        for n, _ in kept[top : max(first_body, header_end)]
        if removed.get(n) == "header_furniture"
    ]
    if (
        not datelines
        and labels
        and (found := city_line(text_of[labels[-1]]))
        and (headline_at is not None or found[1] is not None)
    ):
        line = text_of[labels[-1]]
        datelines[labels[-1]] = Dateline(found[0], found[1], None, line, len(line))
        removed[labels[-1]] = "dateline"
    if not datelines and labels:  # a whole dateline alone there: "TOKYO, April 19 Kyodo —",
        line = text_of[labels[-1]]  # "Moscow, July 30"
        if (found := dateline_alone(line)) is not None:
            datelines[labels[-1]] = found
            removed[labels[-1]] = "dateline"
    for line_no in sorted(n for n, rule in removed.items() if rule == "export_field"):
        field = _DATELINE_FIELD.match(text_of[line_no])  # an export's "DATELINE: TOKYO, April 19"
        if not datelines and field and is_city_name(field["city"]):
            line = text_of[line_no]
            datelines[line_no] = Dateline(field["city"], None, field["date"], line, len(line))
            removed[line_no] = "dateline"
    if not datelines and headline_no is not None and paragraph_lines:
        # "TOKYO, December 16, 2016 20:32 IST": a date line between headline and body
        for line_no in range(headline_no + 1, paragraph_lines[0]):
            if removed.get(line_no) == "date_stamp" and (found := dated_city(text_of[line_no])):
                datelines[line_no] = found
                removed[line_no] = "dateline"
                break
    report = [
        Removed(n, removed[n], datelines[n].text if n in datelines else text_of[n])
        for n in sorted(removed)
    ]
    report += [Removed(n, "field_label", label) for n, label in fields.items()]
    report += [Removed(n, "heading_mark", mark) for n, mark in marks.items()]
    report += opened
    report += [appeal_glued] if appeal_glued else []
    report += glued_rights
    report += glued_tails
    report += glued_links
    report += glued_titles
    report += [glued] if glued else []
    report += taken_off
    if sign_off:  # "… group of islets. Jiji Press"
        report.append(Removed(sign_off[0], "source_line", sign_off[1]))
    half = len(headline) // 2 if headline else 0
    if headline and headline[half : half + 1] == " " and headline[:half] == headline[half + 1 :]:
        report.append(Removed(headline_no, "repeated_headline", headline[half + 1 :]))
        headline = headline[:half]  # a PDF's title printed twice on its line: "Past and … Past …"
    if headline and (bullet := _BULLET.match(headline)):  # "▼ Japan Lawmaker Who Made …"
        report.append(Removed(headline_no, "symbols", bullet.group(0).strip()))
        headline = headline[bullet.end() :]
    if headline and headline[-1:] == "+" and headline[-2:-1].isalpha():  # a wire's mark glued
        report.append(Removed(headline_no, "symbols", "+"))  # to its headline: "… details+"
        headline = headline[:-1]
    suffix = site_suffix(headline) if headline else None
    if suffix and not _cites(paragraphs[:3], headline[suffix:]):  # "… talks | Reuters"
        report.append(Removed(headline_no, "site_name", headline[suffix:]))
        headline = headline[:suffix]
    elif headline and (suffix := sections_suffix(headline)):  # "… Kuril Islands | news | news"
        report.append(Removed(headline_no, "navigation", headline[suffix:]))
        headline = headline[:suffix]
    elif headline and (suffix := tagline_suffix(headline)):  # "… by force – Russia news today"
        report.append(Removed(headline_no, "site_name", headline[suffix:]))
        headline = headline[:suffix]
    stamp = None
    if headline:  # a full date ("… (AFP) Updated: 2005-11-14 10:17"), or a time after the date
        stamp = (
            _TITLE_STAMP.search(headline)
            or _TITLE_WEEKDAY_STAMP.search(headline)
            or _TITLE_ISO_STAMP.search(headline)
        )
        if not (stamp and patterns.FULL_DATE.search(stamp["when"])):  # ("… December 24 10:50")
            stamp = _TITLE_TIME_STAMP.search(headline)
        if stamp is None and n_words(headline) >= 5:
            stamp = _TITLE_CLOCK.search(headline)
    if stamp:
        report.append(Removed(headline_no, "date_stamp", headline[stamp.start() :].strip()))
        headline = headline[: stamp.start()]
    if headline and (start := wire_prefix(headline)):  # "UPDATE 2-Putin, Abe fail to …"
        report.append(Removed(headline_no, "wire_prefix", headline[:start]))
        headline = headline[start:]
    elif headline and (start := credited_prefix(headline)):  # "AFP: In landmark move, …"
        report.append(Removed(headline_no, "source_line", headline[:start].strip()))
        headline = headline[start:]
    elif headline and (mark := _BULLETED_TITLE.match(headline)):  # a bulleted breadcrumb's
        report.append(Removed(headline_no, "list_mark", mark.group().strip()))  # last item
        headline = headline[mark.end() :]
    report.sort(key=lambda entry: entry.line_no)
    dateline = next(iter(datelines.values()), None)
    return CleanArticle(headline, paragraphs, report, dateline, headline_no)

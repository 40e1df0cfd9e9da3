"""Metadata read from an article's own text: dateline city, publication date, outlet, address.

What the text does not state stays missing: these functions never invent a value."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from kurils import outlets, patterns
from kurils.clean import CleanArticle
from kurils.furniture import CITY_CLOCK, REPUBLISHED, URL_LINE, line_key, n_words
from kurils.layout import ARCHIVED_URL, DIGEST_NOTE, PUBLICATION_NOTE, TITLE_SEPARATOR

__all__ = ["ArticleMetadata", "extract_metadata", "find_outlet", "find_published", "find_url"]

_PUBLISHED_FIRST = re.compile(r"\b(?:published|posted|created|date)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b", re.IGNORECASE)
# A date line's year glued to the word after it: "by Feb 8, 2024Featured Article, News"
_YEAR_GLUED = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-Z][a-z])")
_SOURCE_LABEL = re.compile(r"\bsour[cs]e\s*:", re.IGNORECASE)  # "Sourse:" too
# Dates of the copy or of a correction, not of its publication: "Retrieved 2019-06-14",
# "Accessed on …", "Correction: Jan. 24, 2019"; or the site's clock: "Today: Thursday, 23 May
# 2024 year".
_NOT_PUBLISHED = re.compile(
    rf"\b(?:{'|'.join(patterns.COPY_DATE_WORDS)}|downloaded|scraped|fetched|crawled|archived|"
    r"printed|correction|corrected|render date|rendered|joined|member since)\b|"
    r"^today\s*(?::|is\b)",
    re.IGNORECASE,
)
# A forum member card's label over the day the member joined: "Joined" / "May 29, 2014"
_JOINED_LABEL = re.compile(r"(?:joined|member since|registered)\s*:?", re.IGNORECASE)
_HEADER_RULES = frozenset({"header_furniture", "source_line", "title_bar", "url"})
_PRICE = re.compile(r"[€$£¥₽]|\d[\d,.]*\s*(?:EUR|USD|RUB|JPY)\b")


def _names_a_site(segment: str) -> bool:
    """Whether the last part of a page title may be its site's name: capitalised or an address,
    no price ("Iturup Island of Kuril | od 4,350 €": a tour's)."""
    return (segment[:1].isupper() or "." in segment) and not _PRICE.search(segment)


_TEASER_RULES = frozenset({"footer_furniture", "cross_link"})
# A heading over a list of other stories: "More videos", "Related stories", "Most read"
_LIST_HEADING = re.compile(
    r"(?:more|related|latest|other|top|popular|recommended|trending)(?: [a-z]+)?|"
    r"most (?:read|viewed|popular|shared)|you may also like|editor(?:'|’)?s picks?",
    re.IGNORECASE,
)
_CUT_SHORT = re.compile(r"(?:…|\.\.\.)\s*(?i:read more)?$")
_WEEKDAY = re.compile(rf"\b({'|'.join(patterns.WEEKDAYS)})\b")  # in a lower-cased lead
# A document's title dated in brackets, or closing on its place and date: "… Taro Kono, Moscow,
# January 14, 2019"
_DATED_TITLE = re.compile(
    rf"\([^()]*\)$|,\s*[A-Z][\w.'’ -]{{1,30}},\s*{patterns.WRITTEN_DATE}$|"
    rf"^{patterns.DATED_DOCUMENT}{patterns.WRITTEN_DATE}$"  # "Press Conference, 29 January 2009"
)
# The outlet that wrote the copy: "By AFP", "Author: …, The Sankei Shimbun", "The Yomiuri
# Shimbun/Asia News Network" (on The Straits Times' page)
_BY_OUTLET = re.compile(
    r"^(?:by|authors?:|writers?:|text by:|[•·]?\s*compiled from)\s|/\s*Asia News Network$",
    re.IGNORECASE,
)
# A pitch for the site's own app or newsletter: "Download The Times of India News App"; or its
# notice on its own machine translation: "EastRussia is not responsible for any mistakes in …";
# or its plea to ad blockers: "… please include The Japan Times on your ad-blocker's list …"
_OWN_PITCH = re.compile(
    r"\b(?:download|get|install)\b.*\bapp\b|\bnewsletters?\b|\bsubscribe to\b|^a message from\b|"
    r"^support\b|"  # "Support The Moscow Times!"
    r"^stay up to date with notifications from\b|"  # "… from The Independent"
    r"^(?:the )?[\w.'’ -]{2,40} is trusted by\b|"  # a plea for donations: "… is trusted by readers"
    r"\bis not responsible for (?:any )?(?:mistakes|errors) in the translat|"  # its own translation
    r"\bplease include\b.{2,60}\bon your ad[- ]?blocker",  # "… include The Japan Times on your …"
    re.IGNORECASE,
)
# A site's pointer to its own story, its domain for a label: "Also on rt.com A bridge to …"
_ALSO_ON = re.compile(r"also on (?P<site>(?:[\w-]+\.)+[a-z]{2,6})\s", re.IGNORECASE)
# A syndicated copy's note names the site's staff: "(This story has not been edited by Business
# Standard staff and is auto-generated from a syndicated feed.)"
_OWN_STAFF = re.compile(
    r"\b(?:edited|reworked) by (?:the )?(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}) staff\b"
)
# A newsletter's closing pitch names it: "Thanks for reading Eurasia Notes! Subscribe for free …"
_THANKS_FOR_READING = re.compile(r"^Thanks for reading (?P<name>[A-Z][^!?.]{1,60})!")
# A publication's or an institution's name of two to six words: "Modern Diplomacy", "ORIENTAL
# REVIEW", "The Tokyo Foundation for Policy Research", "Sakhalin Oblast Government" (not a
# section: "Asia Pacific", "Government")
_MASTHEAD = re.compile(
    # not a section: "Europe News", "World News"
    r"(?!(?i:(?:world|europe|asia|africa|americas|middle east|business|local|national|"
    r"international|top|latest|breaking|politics|sports)\s+news$))"
    r"(?=.*\b(?i:times|news|post|herald|journal|daily|tribune|gazette|observer|review|diplomacy|"
    r"foundation|institute|council|centre|center|forum|monitor|chronicle|telegraph|insider|"
    r"magazine|weekly|shimbun|ilbo|express|government|ministry|embassy|administration|parliament|"
    r"assembly|commission|university|college|association|league|society|committee)\b)"
    r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|on|for|and|&|the|in)){1,5}"
)
# "Le Monde with AFP", "By Euronews with AP": the outlet wrote it, with the agency's copy
_WITH_AGENCY = re.compile(r"\s+with\s+(?:agencies|[A-Z][\w.-]*)$")
# "(with AFP)" closing RFI's story: the page's outlet wrote it with the agency's copy
_WITH_ONLY = re.compile(r"^\(?with\s+[A-Z][\w.-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w.-]*)*\)?$")
# The holder a copyright line names, when it is an organisation: a web address or a name with a
# word such as Media, Press, Times or Inc. ("© 2000–2023 Sakhalin.info.", "©2021 GPlusMedia Inc.")
_COPYRIGHT_HOLDER = re.compile(
    r"^(?i:copyright\s*)?(?:©|\([cC]\))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?"
    r"(?i:by\s+)?(?P<holder>[A-Z][\w&'’-]*(?:\.[a-z]{2,4}\b)?"
    r"(?:\s+(?!(?i:all rights)\b)(?:[A-Z&][\w&'’-]*|of|and)){0,5})"
)
_ORGANISATION = re.compile(
    r"\.[a-z]{2,4}$|\b(?:Inc|Ltd|Limited|Corporation|Company|Group|Media|News|Press|Times|Post|"
    r"Herald|Tribune|Journal|Gazette|Daily|Shimbun|Agency|Network|Broadcasting|Radio|TV|"
    r"Television|Publishing|Publications|Institute|Center|Centre|Foundation|Ministry|Association|"
    r"League|Society|Committee|University)\b"
)
_OFFICIAL_SITE = re.compile(
    r"^(?P<site>[A-Z][\w&'’. -]{2,60}?) (?i:official (?:web ?site|site|home ?page))$|"
    r"^(?i:(?:the )?official (?:web ?site|site|portal) of (?:the )?)"
    r"(?P<site2>[A-Z][\w&'’. -]{2,60})$"
)
# A disclaimer naming its publisher: "… do not represent those of the Sasakawa Peace Foundation.",
# "Chatham House does not express opinions of its own."
_DISCLAIMER_HOLDER = re.compile(
    r"\b(?:positions?|views?|opinions?|polic(?:y|ies)|those) of (?:the )?"
    r"(?P<holder>[A-Z][\w&'’.-]*(?: (?:of |for |and |on )?[A-Z][\w&'’.-]*){1,6})\.?$|"
    r"^(?P<holder2>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){1,5}) does not (?:take|express|hold)\b"
)
# Where a copy first appeared: "The post … first appeared on Defence Blog.", "This article
# first appeared in The Diplomat.", "Read the original article on The New Voice of Ukraine"
_FIRST_APPEARED = re.compile(
    r"\b(?:first appeared|appeared first|originally appeared|was (?:first |originally )?"
    r"published|[Rr]ead the original (?:article|story|post)) (?:on|in|at) (?:the website of )?"
    r"(?P<site>[A-Z][\w&'’.-]*(?: (?:(?:of|for|and|the) )?[A-Z][\w&'’.-]*){0,5})\.?$"
)
# A publication's field: "Publication: Monitor Volume: 3 Issue: 205"
_ISSUE_DATE = re.compile(r"issue date\s", re.IGNORECASE)
_PUBLICATION_FIELD = re.compile(
    r"^(?i:publication)\s*:\s*(?P<name>.+?)(?:\s+(?i:volume|vol\.|issue|no\.)\s*:?\s*\d.*)?$"
)
# A newspaper edition's line under the headline on a press-reader site: its title, its date
# (perhaps left blank), its section and perhaps its byline: "NT News - - OPINION -",
# "The Washington Post - 2018-11-15 - FRONT PAGE - BY ANTON TROIANOVSKI"
_EDITION_LINE = re.compile(
    r"(?P<name>[A-Z][^-–—|:]{1,48}?) - (?:\d{4}-\d{2}-\d{2} )?- "
    r"[A-Z][A-Z0-9 &,.'’/]{1,40} -(?: .+)?"
)
_SECTIONS_AFTER = re.compile(r":\s+|\s+[|/»>]{1,2}\s+")
_COMPANY_SUFFIX = re.compile(r",?\s+(?:Inc|Ltd|Limited|Corp|Co)$")


@dataclass(frozen=True)
class ArticleMetadata:
    """Values read from the text, each with the line it came from (None when not stated)."""

    headline: str | None
    dateline: str | None
    published: date | None
    published_evidence: str | None
    outlet: str | None
    outlet_evidence: str | None
    url: str | None = None


def _listed(article: CleanArticle) -> set[int]:
    """The lines right under a heading over a list of other stories, below the headline: another
    story's source and date ("More videos" / "Sky News 15 Oct 2019 21:27 CEST" / its title)."""
    top = article.headline_line or 0
    headings = [
        r.line_no for r in article.removed if r.line_no > top and _LIST_HEADING.fullmatch(r.text)
    ]
    return {line + step for line in headings for step in (1, 2)}


def _month_day(text: str) -> tuple[int, int] | None:
    """The month and day of the one full date `text` gives, or None."""
    match = patterns.FULL_DATE.search(text)
    value = patterns.full_date_value(match) if match else None
    return (value.month, value.day) if value else None


def find_published(article: CleanArticle) -> tuple[date | None, str | None]:
    """The publication date the page states, and the text it was read from.

    Looks, in order, at the dateline ("TOKYO (Sputnik - 03rd July, 2020)", a digest's note on the
    paper it translates: "(… Nov. 28, 2016, p. 10. Complete text:)"), then at the page's
    date lines ("March 20, 2017, 11:44 UTC+3 TOKYO", "Published: 15 December 2016"; not today's
    date over the site's world clock: "18 November 2019" / "Moscow: 00:02"), preferring
    a "published" line over an "updated" one, then one not among the teasers after the story
    ("… Enters Sea of Japan" / "Sept. 04 2018"), then one of the dateline's day ("TOKYO, Dec. 13,
    Kyodo": "23:04 13 December 2016", not the site's clock), then one under the headline over
    one above it, then at other furniture above the headline
    ("Source: Xinhua| 2019-01-22 23:20:14|Editor: yan"), then at a date in brackets closing a
    document's title ("Press Conference by … (09:59-10:14 A.M. February 5, 2021)") or after its
    place ("Foreign Minister Sergey Lavrov's statement …, Moscow, January 14, 2019") and the
    page's address (".../news/2022/03/22/..."). A date such as "01/11/2010" or "03-07-2020",
    which reads both as day/month and month/day, is taken only when the dateline's month and day
    decide it, or when a weekday the lead paragraph names ("on Friday") is that of one reading
    only (else the day before one reading only; the lead: the first two paragraphs, as the first
    may be a standfirst). Dates in body sentences are events, not the publication date, and are
    never used; nor is the date a copy was retrieved or saved, nor the day a forum's member joined
    ("Joined" / "May 29, 2014"), nor another story's under a list's heading ("More videos" / "Sky
    News 15 Oct 2019 21:27 CEST").
    """
    sources: list[str] = []
    if article.dateline is not None:
        sources.append(article.dateline.text)
    printed = patterns.MONTH_DAY.search(article.dateline.date or "") if article.dateline else None
    hint = patterns.month_day_value(printed) if printed else None
    # a date line of the dateline's day ("TOKYO, Dec. 13, Kyodo": "23:04 13 December 2016", not
    # the site's clock, "December 14, 2016 1:10"); one under the headline before one above it
    # ("Tuesday, 02 January 2024 12:17 GMT" over the headline, "2025-07-31 04:34:25" under it)
    top = article.headline_line if article.headline_line is not None else 0
    clocks = {r.line_no for r in article.removed if CITY_CLOCK.fullmatch(r.text)}
    # a date among the teasers after the story ("Largest Russian Naval Deployment …" / "Sept. 04
    # 2018"): after the page's other dates; and one under a teaser's title (four words or more),
    # or over a teaser cut short ("22 May 2012" / "" / "… along the east co…READ MORE")
    # below the headline is that story's, never the page's (not under an editor's initials,
    # "ds/ja", nor a post's "edited 10:15"; nor one labelled the publication date)
    teasers = {r.line_no for r in article.removed if r.rule in _TEASER_RULES}
    titles = {
        r.line_no for r in article.removed if r.rule in _TEASER_RULES and n_words(r.text) >= 4
    }
    cut = {  # a teaser cut short: "… along the east co…READ MORE"
        r.line_no for r in article.removed if r.rule in _TEASER_RULES and _CUT_SHORT.search(r.text)
    }
    joined = {r.line_no + 1 for r in article.removed if _JOINED_LABEL.fullmatch(r.text)}
    listed = _listed(article)
    stamps = [
        (r.line_no < top, r.text, bool(teasers & {r.line_no - 2, r.line_no - 1, r.line_no + 1}))
        for r in article.removed
        if r.rule == "date_stamp"
        and r.line_no not in joined  # the day a forum's member joined: "Joined" / "May 29, 2014"
        and r.line_no not in listed  # another story's, under "More videos"
        and not clocks & {r.line_no + 1, r.line_no + 2}
        and not (
            r.line_no > top
            and (titles & {r.line_no - 2, r.line_no - 1} or cut & {r.line_no + 1, r.line_no + 2})
            and not _PUBLISHED_FIRST.search(r.text)  # "Publication date: …" under its sections
        )
    ]
    both_sides = len({above for above, _, _ in stamps}) == 2
    stamps.sort(
        key=lambda stamp: (
            not _PUBLISHED_FIRST.search(stamp[1]),
            bool(_UPDATED.search(stamp[1])),
            stamp[2],
            hint is not None and _month_day(stamp[1]) not in (hint, None),
            both_sides and stamp[0],
        )
    )
    sources.extend(_YEAR_GLUED.sub(" ", text) for _, text, _ in stamps)
    sources.extend(r.text for r in article.removed if r.rule in _HEADER_RULES)
    sources.extend(  # a repository's cover sheet: "Issue Date 2020-03-31"
        r.text for r in article.removed if r.rule == "export_field" and _ISSUE_DATE.match(r.text)
    )
    if article.headline and (dated := _DATED_TITLE.search(article.headline)):
        sources.append(dated.group(0))  # "Press Conference by … (… A.M. February 5, 2021)"
    lead = " ".join(article.paragraphs[:2]).lower()  # a standfirst may come first
    weekdays = {patterns.WEEKDAYS.index(day) for day in _WEEKDAY.findall(lead)}
    for text in sources:
        if _NOT_PUBLISHED.search(text):
            continue
        # "Updated: 05:36 GMT, Nov 13, 2017 | Published: 05:21 GMT, Nov 12, 2017": the second
        label = _PUBLISHED_FIRST.search(text) if _UPDATED.search(text) else None
        match = (label and patterns.FULL_DATE.search(text, label.end())) or (
            patterns.FULL_DATE.search(text)
        )
        if match is None:
            continue
        if (value := patterns.full_date_value(match)) is not None:
            return value, text
        # "01/11/2010" is 1 November or 11 January: the dateline's "November 1" decides, or
        # else the weekday the lead names
        options = patterns.slashed_dates(match)
        for option in options:
            if (option.month, option.day) == hint:
                return option, text
        for lag in (0, 1):
            fitting = [option for option in options if (option.weekday() - lag) % 7 in weekdays]
            if len(fitting) == 1:
                return fitting[0], text
    return None, None


def find_outlet(article: CleanArticle) -> tuple[str | None, str | None]:
    """The outlet that published the article, and the text that names it.

    Read from the dateline's agency ("/TASS/", "(Reuters)", "(… / Sputnik - …)": a republisher such
    as Pakistan Point News gives way to the agency it names; a name two outlets go by, "(CNA)", is
    the one the page names most; the paper a digest translates, "(By … The New Times, Nov. 28,
    2016, p. 10. Complete text:)"), then from a byline naming an outlet ("By AFP" on another site's
    page; "Le Monde with AFP": Le Monde; "(with AFP)" closing a story names the agency whose copy
    the outlet used, never the outlet) or a news agency named alone under the headline or in the
    copyright line (the wire that wrote the copy), then from the page title bar ("… / News / News
    agency Inforos", or the site's name taken off a headline: "… | Reuters"), then from a copyright
    line naming a known outlet, then from a masthead (a line of up to four words above the headline:
    "Sputnik India"), then from a pitch for the site's own app or newsletter that names a known
    outlet ("Download The Times of India News App") or its notice on its own machine translation
    ("EastRussia is not responsible for any mistakes in the translated text") or its pointer to
    its own story ("Also on rt.com A bridge to Far East: …") or its note on a
    syndicated copy ("… not been edited by Business Standard staff …"), then, for an outlet kurils
    does not know, from a header line "Nemuro City Official Website" ("Official website of the
    Sakhalin Region Government") or the publisher a think tank's disclaimer names ("… do not reflect
    the position of the Valdai Discussion Club."), or where a copy first appeared ("This article
    first appeared in The Diplomat.", "Read the original article on The New Voice of Ukraine",
    "Published on openDemocracy /oD Russia, by NAME, 19 January 2012."), or a newspaper edition's
    line under the headline on a press-reader site ("NT News - - OPINION -"), or its closing note on
    itself ("MEGAFISHNET.com is a global fish and seafood marketplace …"), or the copyright's holder
    when it is an organisation ("© 2000–2023 Sakhalin.info."), or a newsletter's "Thanks for reading
    NAME!", or, last, the page's first line (menus aside) when it names a publication or an
    institution kurils does not know ("Modern Diplomacy", "The Tokyo Foundation for Policy
    Research") or when the page names it again (its copyright's holder: "DER SPIEGEL" … "© DER
    SPIEGEL 2010"; an institution's name closing the page: "ROSCONGRESS" … "Roscongress
    Foundation"). A section named like a known outlet under another outlet's masthead ("Foreign
    Policy" under "Russia Profile.org") does not count. A "Source: Xinhua" line above the headline
    counts as a source line; the page's address ("https://tass.com/…", or the page the Wayback
    Machine archived) is read before the title bar. Body sentences that merely mention an agency are
    not evidence of the outlet, nor is another story's source under a list's heading ("More
    videos" / "Sky News 15 Oct 2019 21:27 CEST").
    """
    if article.dateline is not None and article.dateline.source:
        named = outlets.known_outlets(article.dateline.source)
        if len(named) > 1 and len(outlets.names_found(article.dateline.source)) == 1:
            # one name, two outlets: "Taipei, March 22 (CNA)" under "Focus Taiwan" is the outlet
            # the page names most often of those it may mean, the earlier listed on a tie
            mentions = Counter(n for r in article.removed for n in outlets.known_outlets(r.text))
            named = sorted(named, key=lambda name: -mentions[name])
        outlet = _preferred(named)
        if outlet:
            return outlet, article.dateline.text
        source = re.escape(article.dateline.source)
        if re.search(
            rf"(?:19|20)\d\d,\s*{source}\.?$", article.dateline.text
        ) or DIGEST_NOTE.fullmatch(article.dateline.text):
            # an outlet kurils does not know, after the date and its year: "YUZHNO-SAKHALINSK,
            # Sep 2, 2020, Pan Pacific Agency."; or the paper a digest translates: "(By … The
            # New Times, Nov. 28, 2016, p. 10. Complete text:)"
            return article.dateline.source, article.dateline.text
    below_headline = article.headline_line or 0
    first = next((r for r in article.removed if r.line_no == 1), None)
    masthead = _preferred(outlets.known_outlets(first.text)) if first else None
    listed = _listed(article)  # another story's source under "More videos": never the page's
    for removed in article.removed:
        if removed.rule == "byline" and (agency := _WITH_AGENCY.search(removed.text)):
            named = _preferred(outlets.known_outlets(removed.text[: agency.start()]))
            if named:
                return named, removed.text
    for removed in article.removed:  # "By AFP" on The Moscow Times' page: AFP wrote the copy
        by_outlet = removed.rule in ("source_line", "byline") and _BY_OUTLET.search(removed.text)
        # "Reuters" alone under the headline on the South China Morning Post's page, "©2016
        # Kyodo" under Japan Today's
        under_headline = (
            removed.rule in ("source_line", "date_stamp")
            and removed.line_no > below_headline > 0
            and removed.line_no not in listed
            and not _WITH_ONLY.match(removed.text)
        )
        if by_outlet or under_headline or removed.rule == "copyright":
            named = _preferred(outlets.known_outlets(removed.text))
            if named and (by_outlet or named in outlets.AGENCIES):
                return named, removed.text
    for removed in article.removed:
        if _WITH_ONLY.match(removed.text) or removed.line_no in listed:
            continue
        if removed.rule in ("source_line", "date_stamp") or (
            removed.rule == "header_furniture" and _SOURCE_LABEL.search(removed.text)
        ):
            outlet = _preferred(outlets.known_outlets(removed.text))
            if outlet and masthead not in (None, outlet) and 1 < removed.line_no < below_headline:
                continue  # a section named like an outlet ("Foreign Policy") under the masthead
            if outlet:
                return outlet, removed.text
    for removed in article.removed:  # "Publication: Monitor Volume: 3 Issue: 205"
        if removed.rule == "export_field" and (field := _PUBLICATION_FIELD.match(removed.text)):
            return _preferred(outlets.known_outlets(field["name"])) or field["name"], removed.text
        if removed.line_no >= below_headline and (edition := _EDITION_LINE.fullmatch(removed.text)):
            name = edition["name"]  # a press reader's edition line: "NT News - - OPINION -"
            return _preferred(outlets.known_outlets(name)) or name, removed.text
    for removed in article.removed:
        if removed.rule == "url" or (
            removed.rule == "archive_toolbar" and ARCHIVED_URL.search(removed.text)
        ):
            outlet = _preferred(outlets.known_outlets(removed.text))
            if outlet:
                return outlet, removed.text
    for removed in article.removed:  # the page title's site name: "H | Reuters", "H NHK"
        if removed.rule in ("title_bar", "site_name"):
            segments = TITLE_SEPARATOR.split(removed.text)[1:]
            if not segments and removed.rule == "site_name":
                segments = [removed.text]  # glued on, no separator: "… graves NHK"
            for segment in reversed(segments):
                outlet = _preferred(outlets.known_outlets(segment))
                if outlet:
                    return outlet, removed.text
            if (
                segments
                and _names_a_site(name := segments[-1].strip())
                # not the headline, the page title its topic's and the heading's: "Kuril Islands
                # - Current Situation and The Economy" / "Current Situation and The Economy"
                and line_key(name) != line_key(article.headline or "")
            ):
                return name, removed.text
    for removed in article.removed:  # "Nemuro City Official Website"
        if removed.rule == "header_furniture" and (site := _OFFICIAL_SITE.match(removed.text)):
            return site["site"] or site["site2"], removed.text
    copyrights = [removed for removed in article.removed if removed.rule == "copyright"]
    for removed in copyrights:
        outlet = _preferred(outlets.known_outlets(removed.text))
        if outlet:
            return outlet, removed.text
    for removed in article.removed:  # the masthead above the headline: "Sputnik India",
        # "BBC News Online: World: Asia-Pacific" (its sections after it)
        head = _SECTIONS_AFTER.split(removed.text, maxsplit=1)[0]
        if (
            removed.rule == "header_furniture"
            and removed.line_no < below_headline
            and n_words(head) <= 4
            and (outlet := _preferred(outlets.known_outlets(head)))
        ):
            return outlet, removed.text
    for removed in article.removed:  # a pitch for the site's own app or newsletter
        if removed.rule == "prompt" and _OWN_PITCH.search(removed.text):
            outlet = _preferred(outlets.known_outlets(removed.text))
            if outlet:  # "Download The Times of India News App for Latest World News"
                return outlet, removed.text
    for removed in article.removed:  # a site's pointer to its own story: "Also on rt.com …"
        own = _ALSO_ON.match(removed.text) if removed.rule == "cross_link" else None
        if own and (outlet := _preferred(outlets.known_outlets(own["site"]))):
            return outlet, removed.text
    for removed in article.removed:  # a syndicated copy's note: "… edited by NAME staff …"
        if removed.rule == "credits" and (staff := _OWN_STAFF.search(removed.text)):
            return _preferred(outlets.known_outlets(staff["name"])) or staff["name"], removed.text
    for removed in article.removed:  # a think tank kurils does not know, named in its disclaimer
        if removed.rule == "author_note" and (named := _DISCLAIMER_HOLDER.search(removed.text)):
            return (named["holder"] or named["holder2"]).rstrip("."), removed.text
    for removed in article.removed:  # where a copy first appeared: "… first appeared on NAME.",
        # "Read the original article on NAME" (a syndicated copy's footer)
        if removed.rule in ("author_note", "footer_furniture") and (
            first := _FIRST_APPEARED.search(removed.text)
        ):
            site = first["site"].rstrip(".")
            return _preferred(outlets.known_outlets(site)) or site, removed.text
    for removed in article.removed:  # a copy's note: "Published on openDemocracy /oD Russia, by
        # Ksenya Semenova, 19 January 2012."
        if removed.rule == "source_line" and (note := REPUBLISHED.match(removed.text)):
            site = note["site"].split(" /")[0].strip()
            return _preferred(outlets.known_outlets(site)) or site, removed.text
    for removed in article.removed:  # a publication's note on itself: "MEGAFISHNET.com is a
        # global fish and seafood marketplace …"
        if removed.rule == "author_note" and (note := PUBLICATION_NOTE.match(removed.text)):
            site = note["publication"].strip()
            return _preferred(outlets.known_outlets(site)) or site, removed.text
    for removed in copyrights:  # an outlet kurils does not know, named as the holder
        match = _COPYRIGHT_HOLDER.match(removed.text)
        if match and _ORGANISATION.search(match["holder"]):
            return _COMPANY_SUFFIX.sub("", match["holder"]), removed.text
    for removed in article.removed:  # a newsletter kurils does not know, in its pitch
        if removed.rule == "prompt" and (thanks := _THANKS_FOR_READING.match(removed.text)):
            return thanks["name"], removed.text
    header = [r for r in article.removed if r.rule == "header_furniture"]
    if (  # a masthead kurils does not know, the page's first line but menus: "Modern Diplomacy"
        header and header[0].line_no < below_headline and _MASTHEAD.fullmatch(header[0].text)
    ):  # or one it knows, with more words: "The New York Times Archives"
        return _preferred(outlets.known_outlets(header[0].text)) or header[0].text, header[0].text
    if header and header[0].line_no < below_headline:  # a masthead the page names again: "DER
        # SPIEGEL" … "© DER SPIEGEL 2010", "ROSCONGRESS" … "Roscongress Foundation"
        name = header[0].text.casefold()
        for removed in copyrights:
            if (match := _COPYRIGHT_HOLDER.match(removed.text)) and match[
                "holder"
            ].casefold() == name:
                return header[0].text, removed.text
        for removed in article.removed:
            if (
                removed.rule == "footer_furniture"
                and _MASTHEAD.fullmatch(removed.text)
                and name in removed.text.casefold().split()
            ):
                return removed.text, removed.text
    return None, None


def find_url(article: CleanArticle) -> str | None:
    """The address of the page, when a line of the text is one ("Source: https://…"), or the
    address of the page the Wayback Machine archived."""
    for removed in article.removed:
        if removed.rule == "url" and (match := URL_LINE.match(removed.text)):
            return match.group("url")
    for removed in article.removed:
        if removed.rule == "archive_toolbar" and (match := ARCHIVED_URL.search(removed.text)):
            return match.group("url")
    return None


def _preferred(names: list[str]) -> str | None:
    originals = [name for name in names if name not in outlets.REPUBLISHERS]
    return (originals or names or [None])[0]


def extract_metadata(article: CleanArticle) -> ArticleMetadata:
    """Headline, dateline city (upper case), publication date, outlet and address of a cleaned
    article."""
    published, published_evidence = find_published(article)
    outlet, outlet_evidence = find_outlet(article)
    city = article.dateline.city if article.dateline is not None else None
    city = city.upper() if city else None
    return ArticleMetadata(
        headline=article.headline,
        dateline=city,
        published=published,
        published_evidence=published_evidence,
        outlet=outlet,
        outlet_evidence=outlet_evidence,
        url=find_url(article),
    )

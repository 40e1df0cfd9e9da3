"""Compiled date, time and dateline patterns and word lists shared by the cleaner, metadata and
chronology (known outlets: `kurils.outlets`); no logic beyond turning a match into a value."""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # Russian month names, genitive ("31 мая 2019") and nominative ("31 май 2019", a
    # template's), for pages of Russian outlets.
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
}

_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_RU_MONTH = (
    r"(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]"
    r"|октябр[ья]|ноябр[ья]|декабр[ья])"
)
MONTH = rf"(?:{_EN_MONTH}|{_RU_MONTH})"
_DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

# Full dates as news pages print them; each alternative names its groups.
FULL_DATE = re.compile(
    rf"""
    (?<![\w-])(?:
      (?P<d1>{_DAY})(?:\s+(?:of\s+)?|-)(?P<m1>{MONTH})(?:\s*,\s*|\s+|-)(?P<y1>{_YEAR}) # 22-Mar-2022
    | (?P<m2>{MONTH})(?:\s+|\s*,\s*)(?P<d2>{_DAY})(?:\s*,\s*|\s+)(?P<y2>{_YEAR})
                                                  # May 12,2009; a forum's Sep, 12 2005
    | (?P<y3>{_YEAR})-(?P<m3>0?[1-9]|1[0-2])-(?P<d3>[0-3]?\d)(?!\d)           # 2016-12-15
    | (?P<y5>{_YEAR})/\s?(?P<m5>0?[1-9]|1[0-2])/\s?(?P<d5>[0-3]?\d)(?!\d)   # 2016/ 12/ 15
    | (?P<d4>[0-3]?\d)\.(?P<m4>0?[1-9]|1[0-2])\.(?P<y4>{_YEAR})(?!\d)         # 15.12.2016
    | (?P<y6>{_YEAR})\s?[年년]\s?(?P<m6>[01]?\d)\s?[月월]\s?(?P<d6>[0-3]?\d)\s?[日일]
                                            # 2016年12月15日, "2016년 12월 15일" (Korean)
    | (?P<y7>{_YEAR})\.(?P<m7>0?[1-9]|1[0-2])\.(?P<d7>[0-3]?\d)(?!\d)         # 2016.12.15
    | (?P<a8>[0-3]?\d)/\s?(?P<b8>[0-3]?\d)/\s?(?P<y8>{_YEAR}|\d\d)(?![\d/])   # 07/ 02/ 2007
    | (?P<a9>[0-3]?\d)-(?P<b9>[0-3]?\d)-(?P<y9>{_YEAR})(?![\d-])              # 03-07-2020
    | (?P<d10>{_DAY})\s+(?P<m10>{MONTH})\s+(?P<y10>\d\d)(?=\s+\d{{1,2}}:\d\d)
                          # the BBC's, its year in two digits before the time: 18 February 09 09:28
    | (?P<d11>[0-3]?\d)(?P<m11>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?P<y11>{_YEAR}|\d\d)
                                   # written close, an archive's way: 27Jul17, 05DEC2016
    | (?P<y12>{_YEAR})\s+(?P<m12>{MONTH})\s+(?P<d12>{_DAY})(?=\s+\d{{1,2}}:\d\d)
                      # the year first, the time after: a port news site's 2023 March 20 10:32
    | (?P<m13>{_EN_MONTH})(?<=\.)(?P<d13>{_DAY})\s+[-–]\s+(?P<y13>{_YEAR})
                                                  # the day glued to its month: Jan.30 - 2024
    )(?:(?![\w])|(?=\d{{1,2}}:\d\d)|(?=T\d\d:\d\d))  # a time glued on: "20192:34 AM", "…-23T06:12"
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A date written out, as a caption or a document's title closes on it: "01 Nov 2010", "August
# 22, 2015", "Jan. 14 2019" (a pattern's text, to be anchored where it is used)
WRITTEN_DATE = r"(?:\d{1,2} [A-Z][a-z]{2,8}\.?,? |[A-Z][a-z]{2,8}\.? \d{1,2},? )(?:19|20)\d\d"

# A document's title of its kind, perhaps with whose it is, before its date: "Press Conference,
# 29 January 2009", "Press Conference by the Deputy Press Secretary, 10 June 2010" (a ministry's
# transcript; a pattern's text, to be anchored where it is used)
DATED_DOCUMENT = (
    r"(?i:(?:press |news )?(?:conference|briefing|release|statement))(?: by [^,]{3,80})?,\s+"
)

# Month and day without a year, as TASS and Reuters datelines print them ("March 20", "Dec 16").
MONTH_DAY = re.compile(
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{MONTH}))(?![\w])",
    re.IGNORECASE,
)

TIME_OF_DAY = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*hrs\b)?"  # "05:30am hrs" (India's)
    r"|\b(?:UTC|GMT)\s*[+-−]?\s*\d{0,2}(?::?\d{2})?\b"
    r"|\b\d{4}\s*(?=(?:GMT|UTC|HKT|JST|MSK|ET)\b)"  # "0413 GMT (1213 HKT)"
    r"|(?<![\w+−-])[+−]\d{2}:?\d{2}\b"  # a UTC offset: "20:51 +0900 (JST)"
    r"|\b(?:JST|MSK|EST|EDT|CET|CEST|EET|EEST|BST|ET|PT|PST|PDT|HKT|KST|SGT|AEST|AEDT|MYT|IST|"
    r"GST|PHT|ICT|WIB|CST|CDT|MST|MDT|NZST|NZDT|AWST)\b",
    re.IGNORECASE,
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Where something is in a picture, as only a caption says it: "…, with the Nemuro Peninsula seen
# in the lower left" (a pattern's text)
PICTURE_PLACE = (
    r"seen (?:in|at|on) the (?:(?:lower|upper|bottom|top|far) )?(?:left|right|background|"
    r"foreground|distance|centre|center)"
)
# A weekday's name as a caption or a lead writes it ("on Friday"; a pattern's text)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# The day closing a picture's caption: "… on Thursday.", "… on Aug. 12.", "… on June 15, 2024."
ON_A_DAY_CLOSING = rf"\bon (?:{WEEKDAY}|{MONTH}\.? [0-3]?\d(?:, (?:19|20)\d\d)?)\.$"

# Words that date a copy of a page, not its publication: "Retrieved 2019-06-14", "Saved
# November 15, 2018 · 4 min read" (a read-later app's copy).
COPY_DATE_WORDS = ("retrieved", "accessed", "saved", "captured", "collected")

# Words that may stand beside a date on a page's date line and carry nothing else.
DATE_LINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|modified|edited|created|date|time|on|at|am|pm|ago|online|"
    # "Age: 6 years", "6 minutes ago"
    r"(?:age:?\s*)?\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)(?:\s+ago)?|"
    # a print edition: "Newspaper "Kommersant" No. 12 of 23.01.2019, p. 1", "(… evening edition)"
    r"newspaper|no\.?\s*\d+\s+(?:of|from|dated)|p\.\s*\d+|morning|evening|edition|"
    r"\d+\s+comments?|"  # "July 10, 2020 Valdai Discussion Club 0 Comments"
    + "|".join(COPY_DATE_WORDS)
    + r"|\d+\s+min(?:ute)?s?\s+read|"
    r"(?:from )?(?:\w+ )?wire (?:reports|services)|"  # "November 2, 1997 | From Times Wire Reports"
    # a Russian site's year: "29.03.2017 г.", translated: "13 March 2005 y., Sunday", "… g."
    r"г|года?|y|g|" + "|".join(WEEKDAYS) + r"|mon|tue|wed|thu|fri|sat|sun)\b",
    re.IGNORECASE,
)

# A dateline city: upper-case words ("TOKYO", "ST. PETERSBURG", "YUZHNO-SAKHALINSK",
# "SINGAPORE/SEOUL", "TOKYO / MOSCOW").
_CITY_UPPER = r"[A-Z][A-Z'’\-]*\.?(?:(?:[ \-/]| / )[A-Z][A-Z'’\-]*\.?){0,3}"
_CITY_TITLE = r"[A-Z][a-z'’\-]+\.?(?:[ \-][A-Z][a-z'’\-]+){0,2}"
# "_": the AP's wire dash ("KUNASHIR, … (AP) _ With …"); ">>": the Honolulu Star-Advertiser's
# ("MOSCOW >> The administration …"); "//": The National's ("BEIJING // The Kuril Islands …")
_DASH = r"(?:-{1,2}|–{1,2}|—{1,2}|:|_|>>|//)"
# A month in a dateline, in any case: a machine translation prints "TOKYO, may 11. /TASS/."
_DATELINE_MONTH = rf"(?i:{MONTH})"
# "Japan", "RUSSIA", a US state as the AP abbreviates it: "Ga.", a Japanese prefecture as Jiji
# and Kyodo abbreviate it: "Yamaguchi Pref.", "SHIMANE PREF."
_COUNTRY = (
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|(?:[A-Z][a-z]+ Pref|[A-Z]{3,} PREF)\.|"
    r"[A-Z]{3,}(?: [A-Z]{3,})?|[A-Z][a-z]{1,4}\.)"
)
# Where a city lies, in slashes or brackets after it: "/Sakhalin Region/", "(Iturup Island)",
# "(Hokkaido, Japan)"
_REGION = r"(?:/[A-Z][\w -]{2,40}/|\([A-Z][\w ,-]{2,40}\))"

DATELINES: tuple[re.Pattern[str], ...] = (
    # Overseas Network, May 28. According to …   China News Service, Jan. 21, Dmitry Peskov …   (a
    # Chinese outlet's dateline in translation: its name where the city would be, then the day;
    # a known outlet only, see `split_dateline`)
    re.compile(
        rf"^(?P<agency>{_CITY_TITLE}),\s*(?P<date>{_DATELINE_MONTH}\s+{_DAY})[.,]\s+"
        r"(?=[A-Z\"“‘'])"
    ),
    # TOKYO, March 20. /TASS/.   MOSCOW, Dec 16 (Reuters) -   Tokyo, Feb. 7 (Kyodo) --
    # Tokyo [Japan], March 26 (ANI):   ITURUP /Sakhalin Region/, July 26. /TASS/.
    # MOSCOW, July 26. /TASS/. /TASS/. (the agency printed twice)
    # TOKYO, June 18. /Offset. TASS Cyril Agafonov. (a machine translation of "/Корр. ТАСС …/."
    # that lost its closing slash)
    re.compile(
        rf"^(?P<city>{_CITY_UPPER}|{_CITY_TITLE})(?:\s*\[{_COUNTRY}\]|\s*{_REGION})?[,.]\s*"
        rf"(?:{_COUNTRY},\s*)?"
        rf"(?P<date>{_DATELINE_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
        rf"|{_DAY}\s+{_DATELINE_MONTH}(?:,?\s+{_YEAR})?)\s*[.,]?\s*"
        rf"(?:/(?P<slash>[^/\n]{{2,40}})/|\((?P<paren>[^)\n]{{2,80}})\)|"
        r"/(?P<unclosed>[A-Z][a-z]+\. (?:ITAR-)?TASS(?: [A-Z][a-z]+){1,3})\.(?=\s+[A-Z]))\s*\.?\s*"
        rf"(?:/(?P=slash)/\s*\.?\s*)?{_DASH}?\s*"
    ),
    # TOKYO (Pakistan Point News / Sputnik - 03rd July, 2020)   MOSCOW (Reuters) -
    # YUZHNO-KURILSK, Russia (Reuters) -   KURILSK (Iturup Island) (UrduPoint news / Sputnik - …)
    # TOKYO, (Reuters) -
    re.compile(
        rf"^(?P<city>{_CITY_UPPER}|{_CITY_TITLE})(?:,\s*{_COUNTRY}|\s*{_REGION}(?=\s*\())?,?"
        rf"\s*\((?P<paren>[^)\n]{{2,80}})\)\s*{_DASH}?\s*"
    ),
    # MOSCOW, 23 Jan - RIA Novosti.   MOSCOW, January 23 - Sputnik.   NAKASHIBETSU (Hokkaido,
    # Japan), 18 Jul — RIA Novosti.
    re.compile(
        rf"^(?P<city>{_CITY_UPPER})(?:\s*{_REGION})?[,.]\s*"
        rf"(?P<date>{_DATELINE_MONTH}\s+{_DAY}|{_DAY}\s+{_DATELINE_MONTH})\s*{_DASH}\s*"
        rf"(?P<slash>RIA Novosti|Sputnik|Interfax|Prime|TASS)\.\s*"
    ),
    # TOKYO, March 20 -   YUZHNO-SAKHALINSK, March 21. The …   Moscow, 22 January: …
    # Moscow 6 September : …   Moscow [Russia], May 5: …   (no agency)
    re.compile(
        rf"^(?P<city>{_CITY_UPPER}|{_CITY_TITLE})(?:\s*\[{_COUNTRY}\])?(?:,\s*|\s+(?=\d))"
        rf"(?:{_COUNTRY},\s*)?"
        rf"(?P<date>{_DATELINE_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
        rf"|{_DAY}\s+{_DATELINE_MONTH}(?:,?\s+{_YEAR})?)"
        # (the lead glued to the stop: "MOSCOW, May 27.Recognition of …", its space lost)
        rf"\s*(?:[.,]?\s*{_DASH}\s*|\.(?:\s+|(?=[A-Z][a-z]))(?=[A-Z\"“‘'])"
        r"(?![A-Z]{4,}(?:\.RU\b|-)))"
    ),
    # TOKYO, July 3, Kyodo (alone on its line, as Kyodo printed it; "TOKYO, April 19 Kyodo" in
    # its 1990s wire; "YUZHNO-SAKHALINSK, Russia, Feb. 18 Kyodo -")   YUZHNO-SAKHALINSK, Dec 15,
    # PrimaMedia. Residents …   Moscow. July 26. INTERFAX-A peace treaty …   OSAKA, May 14, 2019,
    # Japan Today. An opposition …   Moscow. 18 Nov. INTERFAX.RU Press Secretary …   (the agency
    # must be a known outlet, but after a date with its year: see `split_dateline`)
    re.compile(
        rf"^(?P<city>{_CITY_UPPER}|{_CITY_TITLE})[,.]\s*(?:{_COUNTRY},\s*)?"
        rf"(?P<date>{_DATELINE_MONTH}\s+{_DAY}(?:,\s+{_YEAR})?|{_DAY}\s+{_DATELINE_MONTH})"
        r"(?:[,.]\s*|\s+)(?P<agency>[A-Z][\w-]*(?:\.RU)?(?: [A-Z][\w-]*){0,2})"
        rf"\s*(?:{_DASH}\s*|\.\s+(?=[A-Z\"“‘'])|\.?$|(?<=\.RU)\s+(?=[A-Z]))"
    ),
    # Tokyo, 22 Mar The …   (EFE's copy: no stop or dash after the date; after the agency's
    # pattern above, so that "TOKYO, April 19 Kyodo" keeps its agency)   MOSCOW, January 19The …
    # (a copy that lost the space after the day)
    re.compile(
        rf"^(?P<city>{_CITY_UPPER}|{_CITY_TITLE}),\s*"
        rf"(?P<date>{_DAY}\s+{_DATELINE_MONTH}|{_DATELINE_MONTH}\s+{_DAY})"
        r"(?:\s+|(?<=\d)(?=[A-Z][a-z]))"
        rf"(?!(?i:{'|'.join(WEEKDAYS)})\b)(?=[A-Z\"“‘'])"  # not "TOKYO, April 19 Tuesday"
    ),
    # Tehran, IRNA - Russia has …   Moscow/Sputnik: Japan's …   (the agency must be a known
    # outlet: see `split_dateline`)
    re.compile(
        rf"^(?P<city>{_CITY_UPPER}|{_CITY_TITLE})(?:,\s*|\s?/\s?)(?P<agency>[A-Z][A-Za-z-]+)"
        rf"\s*{_DASH}\s+"
        r"(?=[A-Z\"“‘'])"
    ),
    # RBC, 19.05.2010, Moscow 14:49:01.The … (RBC's wire: the agency, the day, the city and the
    # time; the agency must be a known outlet, but for a date with its year: see `split_dateline`)
    re.compile(
        rf"^(?P<agency>[A-Z][\w-]*(?: [A-Z][\w-]*){{0,2}}),\s*"
        rf"(?P<date>{_DAY}\.[01]?\d\.{_YEAR}),\s*(?P<city>{_CITY_UPPER}|{_CITY_TITLE})\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\.?\s*"
    ),
    # Jan. 22 (UPI) -- … (UPI prints no city)   Dec. 15, 2016 (EIRNS)—
    re.compile(
        rf"^(?P<date>{_DATELINE_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?)\s*\((?P<paren>[^)\n]{{2,40}})\)"
        rf"\s*{_DASH}\s*"
    ),
    # [Nemuro City, 15th Reuters]–Mr. … (a translation of Reuters' Japanese dateline, "[根室市 15日
    # ロイター]": the city, the day and the agency in square brackets)
    re.compile(
        rf"^\[(?P<city>{_CITY_TITLE}|{_CITY_UPPER}),?\s+(?P<date>{_DAY})\s+"
        rf"(?P<paren>[^\]\n]{{2,40}})\]\s*{_DASH}?\s*(?=[A-Z\"“‘'])"
    ),
    # (Reuters) - Here are …   (MENAFN) Kremlin spokesperson …   (no dash: the agency must be a
    # known outlet)
    re.compile(rf"^\((?P<paren>[^)\n]{{2,40}})\)(?:\s*{_DASH}\s*|\s+(?=[A-Z\"“]))"),
    # [TOKYO] Japanese Prime Minister …   (the Business Times: the city in square brackets)
    re.compile(rf"^\[(?P<city>{_CITY_UPPER})\]\s+(?=[A-Z\"“])"),
    # [REGNUM] On August 18, Russia …   (a repost's agency in square brackets; a known outlet only)
    re.compile(rf"^\[(?P<paren>[^\]\n]{{2,40}})\](?:\s*{_DASH}\s*|\s+(?=[A-Z\"“]))"),
    # atynews.com – Japan has …   (the site's address opening the lead, as an agency's name)
    re.compile(
        r"^(?P<site>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\."
        r"(?:com|net|org|info|news|ru|jp|in|pk|uk|tv))"
        rf"\s*{_DASH}\s+(?=[A-Z\"“])"
    ),
    # /NOVOSTIVL/ Ruling and opposition parties …   (the site's name in capitals, in slashes)
    re.compile(r"^/(?P<site>[A-Z][A-Z0-9.&'’-]{1,30})/\s*[.:]?\s+(?=[A-Z\"“])"),
    # 17 November 2005 -- Japanese Prime Minister …   (RFE/RL: a full date, no city or agency)
    re.compile(
        rf"^(?P<date>{_DAY}\s+{_DATELINE_MONTH}\s+{_YEAR}|{_DATELINE_MONTH}\s+{_DAY},\s+{_YEAR})"
        r"\s*(?:--|—)\s+(?=[A-Z\"“])"
    ),
    # 2015-12-02  While Putin was …   (a blog's ISO date opening the lead)
    re.compile(r"^(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)\s+(?=[A-Z\"“])"),
    # PanARMENIAN.Net - Japanese Prime Minister …   (a known outlet only: see `split_dateline`)
    re.compile(r"^(?P<agency>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) [-–—] (?=[A-Z\"“‘'])"),
    # OREANDA-NEWS. China hopes …   (an agency's name in capitals and a stop opening the lead; a
    # known outlet only)
    re.compile(r"^(?P<agency>[A-Z][A-Z-]{2,30})\.\s+(?=[A-Z\"“‘'])"),
    # Reporting from Seoul — Japan on Tuesday … (the Los Angeles Times)
    re.compile(rf"^Reporting from (?P<city>{_CITY_TITLE}|{_CITY_UPPER})\s*{_DASH}\s*"),
    # Nemuro, Japan | Genki Rambashi says …   (The Australian Financial Review: a bar after the
    # city and its country)
    re.compile(rf"^(?P<city>{_CITY_UPPER}|{_CITY_TITLE}),\s*{_COUNTRY}\s+\|\s+(?=[A-Z\"“'‘])"),
    # MOSCOW, BEIJING and TOKYO — Russian and Chinese warships …   (the cities listed)
    re.compile(
        r"^(?P<city>[A-Z][A-Z'’\-]+(?:, [A-Z][A-Z'’\-]+)* and [A-Z][A-Z'’\-]+)"
        rf"\s*{_DASH}\s+(?=[A-Z\"“'‘])"
    ),
    # NAGATO • Russian President …   (The Straits Times: a bullet after the city in capitals)
    re.compile(rf"^(?P<city>{_CITY_UPPER})(?:,\s*{_COUNTRY})? • (?=[A-Z\"“'‘])"),
    # TOKYO A major undersea earthquake …   (an archive's copy that lost the dash: a known city
    # only, see `split_dateline`, then a capitalised word and one in lower case: not "MOSCOW
    # Mayor Sergei …" in a lead that prints its first word in capitals)
    re.compile(
        r"^(?P<city>[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]{2,})?)(?P<bare> )(?=[A-Z][\w'’-]* [a-z])"
    ),
    # TOKYO -- Japan's ...   MOSCOW — ...   NAGATO, Japan -- ...   Tokyo: Russia said …
    # Singapore: (alone on its line, NDTV)
    re.compile(
        rf"^(?P<city>{_CITY_UPPER}|{_CITY_TITLE})(?:,\s*{_COUNTRY})?\s*"
        rf"(?:{_DASH}\s+(?=[A-Z\"“'‘])|(?:--|—)(?=[A-Z])|{_DASH}\s*$)"
    ),
)

# A dateline printed alone on its line above the body: "NAGATO, Yamaguchi —", "TOKYO --".
CITY_ALONE = re.compile(
    rf"(?P<city>{_CITY_UPPER}|{_CITY_TITLE})(?:,\s*{_COUNTRY})?\s*(?:-{{1,2}}|–|—)"  # "Moscow —"
)
# The agency, then the city, alone on a line under the headline: "AFP, TOKYO" (the Taipei
# Times), "Reuters | , Tokyo" (the Hindustan Times).
SOURCE_CITY = re.compile(
    rf"(?P<source>[A-Z][\w.&'’ -]{{0,40}}?)\s*[,|/][\s,|]*(?P<city>{_CITY_UPPER}|{_CITY_TITLE})"
)

# Upper-case words that open a paragraph like a city but are not one.
NOT_CITIES = frozenset(
    """UPDATE BREAKING EXCLUSIVE ANALYSIS OPINION WATCH VIDEO PHOTOS PHOTO EDITORIAL COMMENT NOTE
    CORRECTION INTERVIEW FACTBOX EXPLAINER NATO UN US USA UK EU G7 G20 ASEAN APEC WWII TASS RIA AP
    AFP NHK Q A QUESTION ANSWER FILE LEAD URGENT FOCUS FEATURE BULLETIN FLASH ADVISORY ROUNDUP
    REFILE""".split()
)

# Cities that datelines of news on the dispute name, written in title case by some outlets
# ("Tokyo: Russia said …", "Moscow, 22 January: …"): a title-case opener is a dateline only when
# it names one of these (an upper-case one may name any city).
KNOWN_CITIES = frozenset(
    name.strip()
    for name in """Tokyo|Osaka|Kyoto|Sapporo|Nemuro|Kushiro|Hakodate|Nagato|Hiroshima|Nagasaki|
    Naha|Fukuoka|Wakkanai|Abashiri|Rausu|Nakashibetsu|Iturup|Kunashir|Shikotan|Etorofu|Kunashiri|
    Moscow|St Petersburg|St. Petersburg|Saint Petersburg|Vladivostok|
    Yuzhno-Sakhalinsk|Khabarovsk|Yuzhno-Kurilsk|Kurilsk|Severo-Kurilsk|Petropavlovsk-Kamchatsky|
    Magadan|Irkutsk|Novosibirsk|Murmansk|Kaliningrad|Sochi|Kazan|Beijing|Shanghai|Hong Kong|
    Taipei|Seoul|Pyongyang|Singapore|Bangkok|Manila|Jakarta|Kuala Lumpur|Hanoi|Phnom Penh|Yangon|
    Ulaanbaatar|New Delhi|Delhi|Mumbai|Islamabad|Karachi|Lahore|Dhaka|Kabul|Tehran|Dubai|
    Abu Dhabi|Riyadh|Doha|Ankara|Istanbul|Cairo|Jerusalem|Tel Aviv|Kyiv|Kiev|Minsk|Warsaw|Berlin|
    Paris|London|Brussels|Geneva|Vienna|Rome|Madrid|Helsinki|Stockholm|Oslo|Davos|Munich|
    Washington|New York|Ottawa|Canberra|Sydney|Wellington|Astana|Almaty|Tashkent|Bishkek|Tbilisi|
    Yerevan|Baku|Nairobi|Johannesburg|Brasilia|Buenos Aires|Mexico City|Lima|Havana""".split("|")
)

# Words of a title or role: an upper-case opener holding one ("PRIME MINISTER ABE:", "MR. PESKOV:")
# is a transcript's speaker label, not a dateline city.
SPEAKER_WORDS = frozenset(
    """MINISTER PRESIDENT SECRETARY SPOKESMAN SPOKESWOMAN SPOKESPERSON AMBASSADOR CHAIRMAN
    MODERATOR REPORTER CORRESPONDENT INTERVIEWER HOST MR MRS MS DR""".split()
)


def month_number(name: str) -> int:
    """Month number of an English or Russian month name or abbreviation ("Dec." → 12)."""
    return MONTHS[name.lower().rstrip(".")]


def month_day_value(match: re.Match[str]) -> tuple[int, int]:
    """Month and day of a month-and-day match with groups m1/d1 or d2/m2 ("Nov. 1", "1st May")."""
    return month_number(match["m1"] or match["m2"]), int(
        re.sub(r"\D", "", match["d1"] or match["d2"])
    )


def full_date_value(match: re.Match[str]) -> date | None:
    """The calendar date of a `FULL_DATE` match, or None when it names no real day (31 Feb) or
    is a day/month/year that could be read either way ("01/11/2010": see `slashed_dates`)."""
    if match["y8"] is not None or match["y9"] is not None:
        options = slashed_dates(match)
        return options[0] if len(options) == 1 else None
    groups = match.groupdict()
    for i in (1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13):
        year = groups.get(f"y{i}")
        if year is None:
            continue
        if len(year) == 2:  # "18 February 09 09:28": 1970-2069, as `slashed_dates` reads it
            year = str(int(year) + (2000 if int(year) < 70 else 1900))
        month_text = groups[f"m{i}"]
        month = int(month_text) if month_text.isdigit() else month_number(month_text)
        day = int(re.sub(r"\D", "", groups[f"d{i}"]))
        try:
            return date(int(year), month, day)
        except ValueError:
            return None
    return None


def slashed_dates(match: re.Match[str]) -> list[date]:
    """The real days a `FULL_DATE` match printed with slashes or hyphens ("12/16/2016",
    "01/11/2010", "03-07-2020") can be: month/day (American) and day/month (European, Russian)
    readings, one when they agree. A two-digit year ("12/15/16") is 1970-2069."""
    i = "8" if match["y8"] is not None else "9" if match["y9"] is not None else None
    if i is None:
        return []
    first, second, year = (int(match[f"{group}{i}"]) for group in "aby")
    if year < 100:  # "12/15/16": 1970-2069
        year += 2000 if year < 70 else 1900
    options = []
    for month, day in ((first, second), (second, first)):
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        if value not in options:
            options.append(value)
    return options

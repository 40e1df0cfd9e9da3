"""Metadata from the text alone: headline, dateline city, publication date, outlet."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kurils import outlets, patterns
from kurils.clean import clean_article
from kurils.metadata import extract_metadata
from tests.conftest import FIXTURES, seed_text

BODY = "Japan and Russia agreed to continue talks on a peace treaty, officials said on Monday."


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("03rd July, 2020", date(2020, 7, 3)),
        ("16th February, 2020", date(2020, 2, 16)),
        ("March 20, 2017, 11:44 UTC+3", date(2017, 3, 20)),
        ("Dec. 15, 2016", date(2016, 12, 15)),
        ("Sept 5, 2019", date(2019, 9, 5)),
        ("Sep, 12 2005 @ 02:54 PM", date(2005, 9, 12)),  # a forum's, a comma after the month
        ("2016-12-15", date(2016, 12, 15)),
        ("2016/12/15", date(2016, 12, 15)),
        ("2016/ 12/ 15", date(2016, 12, 15)),  # a blog's, spaced
        ("15 December 2016", date(2016, 12, 15)),
        ("1st of May, 2005", date(2005, 5, 1)),
        ("15.12.2016", date(2016, 12, 15)),
        ("2016年12月15日", date(2016, 12, 15)),
        ("2016년 12월 15일", date(2016, 12, 15)),  # in Korean, its parts apart
        ("2016.12.15", date(2016, 12, 15)),
        ("15 декабря 2016", date(2016, 12, 15)),
        ("09:35, 31 май 2019", date(2019, 5, 31)),  # a Russian template's month, nominative
        ("1 март 2020", date(2020, 3, 1)),
        ("January 27, 1960", date(1960, 1, 27)),
        ("Updated 13:05, 22-Mar-2022", date(2022, 3, 22)),
        ("Updated: 16-12-2016 11:03 IST", date(2016, 12, 16)),
        ("22 January ,2019: 08:02 PM GST", date(2019, 1, 22)),
        ("2022-03-26T15:04:00+09:00", date(2022, 3, 26)),  # ISO 8601, a time glued on
        ("27Jul17", date(2017, 7, 27)),  # an archive's, written close
        ("05DEC2016", date(2016, 12, 5)),
        ("Jan.30 - 2024 7:18 PM CET", date(2024, 1, 30)),  # the day glued to its month
    ],
)
def test_full_dates_in_the_forms_news_sites_print(printed, value):
    match = patterns.FULL_DATE.search(f"Published: {printed} by the desk")
    assert match is not None and patterns.full_date_value(match) == value


@pytest.mark.parametrize(
    "text",
    [
        "2+2 format",
        "1,000 troops",
        "31 February 2020",
        "May 2019",
        "page 12 of 2016",
        "UTC+3",
        "in 1956",
        "the F35Jun2019 drill",  # glued to a word: no date
        "32Jan2019",
        "in 2023 March 20 talks",  # the year first, no time after it
    ],
)
def test_things_that_are_not_full_dates(text):
    match = patterns.FULL_DATE.search(text)
    assert match is None or patterns.full_date_value(match) is None


@pytest.mark.parametrize(
    ("page", "published", "outlet", "url"),
    [
        (
            f"https://www.japantimes.co.jp/news/2022/03/22/national/talks/\nTalks go on\n{BODY}",
            date(2022, 3, 22),
            "The Japan Times",
            "https://www.japantimes.co.jp/news/2022/03/22/national/talks/",
        ),
        (
            f"Talks go on\n{BODY}\nSource: https://tass.com/politics/1037839",
            None,
            "TASS",
            "https://tass.com/politics/1037839",
        ),
        (  # the day the copy was saved is not the day it was published
            f"Talks go on\n{BODY}\nURL: https://asia.nikkei.com/Politics/talks\n"
            "Retrieved 2019-06-14",
            None,
            "Nikkei",
            "https://asia.nikkei.com/Politics/talks",
        ),
        (f"Talks go on\n{BODY}\nAccessed on 14 June 2019", None, None, None),
        (f"Talks go on\n{BODY} See https://tass.com/politics/1037839 for more.", None, None, None),
        # a picture's address, dated in its path, is not the page's
        (f"Talks go on\nhttps://news.rambler.ru/img/2020/07/02/1946.jpg\n{BODY}", None, None, None),
    ],
)
def test_the_page_address_names_the_outlet_and_may_date_it(page, published, outlet, url):
    meta = extract_metadata(clean_article(page))
    assert (meta.published, meta.outlet, meta.url) == (published, outlet, url)
    assert meta.headline == "Talks go on"


@settings(max_examples=100, deadline=None)
@given(
    st.from_regex(
        r"https?://(www\.)?[a-z]{2,12}\.(com|ru|jp|org)(/[A-Za-z0-9_.%-]{1,20}){0,5}/?",
        fullmatch=True,
    ),
    st.sampled_from(["", "Source: ", "URL: ", "Link: "]),
)
def test_an_address_line_is_read_whole_and_never_kept_as_text(url, label):
    assume(not re.search(r"\.(?:jpe?g|png|gif|webp|svg|bmp)$", url, re.IGNORECASE))  # a picture
    article = clean_article(f"Talks go on\n{BODY}\n{label}{url}")
    assert extract_metadata(article).url == url
    assert article.paragraphs == [BODY]


@pytest.mark.parametrize(
    ("page", "dateline", "published", "outlet"),
    [
        (
            f"Talks go on\nTOKYO (Pakistan Point News / Sputnik - 03rd July, 2020) {BODY}",
            "TOKYO",
            date(2020, 7, 3),
            "Sputnik",
        ),
        (
            f"Talks go on\nMarch 20, 2017, 11:44 UTC+3 TOKYO\nTOKYO, March 20. /TASS/. {BODY}",
            "TOKYO",
            date(2017, 3, 20),
            "TASS",
        ),
        (f"Talks go on\nMOSCOW, Dec 16 (Reuters) - {BODY}", "MOSCOW", None, "Reuters"),
        (
            f"Talks go on\nST. PETERSBURG, October 14. /TASS/. {BODY}",
            "ST. PETERSBURG",
            None,
            "TASS",
        ),
        (
            f"Talks go on\nUpdated: 16 December 2016\nPublished: 15 December 2016\n{BODY}",
            None,
            date(2016, 12, 15),
            None,
        ),
        (  # both on one line, the update first
            f"Talks go on\nUpdated: 05:36 GMT, Nov 13, 2017 | Published: 05:21 GMT, Nov 12, 2017 |"
            f"\n{BODY}",
            None,
            date(2017, 11, 12),
            None,
        ),
        (
            f"Talks go on\n{BODY}\nIn 1956 the two signed a declaration on 19 October 1956.",
            None,
            None,
            None,
        ),
        (
            f"Talks go on / Politics / The Moscow Times\nTalks go on\n{BODY}",
            None,
            None,
            "The Moscow Times",
        ),
        (f"Talks go on\nKYODO\n2019-01-22\n{BODY}", None, date(2019, 1, 22), "Kyodo"),
        (f"Talks go on\n{BODY}\n© 2018 Reuters. All rights reserved.", None, None, "Reuters"),
        (f"Talks go on\n{BODY}\n© AAP 2024\nCONTACT US", None, None, "AAP"),  # a wire's copy
        # an outlet kurils does not know: the holder of the copyright, if an organisation
        (
            f"Talks go on\n{BODY}\n© 2000–2023 Sakhalin.info. Reproduction …",
            None,
            None,
            "Sakhalin.info",
        ),
        (f"Talks go on\n{BODY}\n©2021 GPlusMedia Inc.", None, None, "GPlusMedia"),
        (f"Talks go on\n{BODY}\n© Hiroshi Tanaka 2019", None, None, None),  # a person
        (
            f"Talks go on\n{BODY}\nCopyright 2019 Kuril News All Rights Reserved",
            None,
            None,
            "Kuril News",
        ),
        (f"Nemuro City Official Website\nTalks go on\n{BODY}", None, None, "Nemuro City"),
        (f"Talks go on\nNAGATO, Japan -- {BODY}", "NAGATO", None, None),
        (f"Talks go on\nTOKYO: {BODY}", "TOKYO", None, None),
        (f"Talks go on\nISTANBUL (AA) – {BODY}", "ISTANBUL", None, "Anadolu Agency"),
        (f"Talks go on\nAA rating kept for Japan\n{BODY}", None, None, None),  # not the agency
        # an outlet's name where the city would be: a Chinese outlet's dateline in translation,
        # an agency's name in capitals and a stop
        (f"Talks go on\nOverseas Network, May 28. {BODY}", None, None, "Overseas Network"),
        (f"Talks go on\nChina News Service, Jan. 21, {BODY}", None, None, "China News Service"),
        (f"Talks go on\nOREANDA-NEWS. {BODY}", None, None, "Oreanda"),
        # RBC's wire: the agency, the day, the city and the time
        (
            f"Talks go on\nRBC, 19.05.2010, Moscow 14:49:01.{BODY}",
            "MOSCOW",
            date(2010, 5, 19),
            "RBC",
        ),
        # the outlet's address in brackets after its writer's name
        (
            f"Talks go on\nBy Wang Hui (chinadaily.com.cn)\nUpdated: 2010-11-05 09:09\n{BODY}",
            None,
            date(2010, 11, 5),
            "China Daily",
        ),
        (f"Talks go on\nPRIME MINISTER ABE: {BODY}", None, None, None),  # a speaker label
        (f"Talks go on\nMR. PESKOV: {BODY}", None, None, None),
        (
            f"Source: Xinhua| 2019-01-22 23:20:14|Editor: yan\nTalks go on\n{BODY}",
            None,
            date(2019, 1, 22),
            "Xinhua",
        ),
        (f"Talks go on\n{BODY}\nRelated: Talks stall 2019-01-22 | Xinhua", None, None, None),
        (f"Talks go on\n{BODY}\nSourse: sputniknews.com", None, None, "Sputnik"),  # misspelt
        # the agency and its reporter after the dateline's dash, as RIA Novosti prints them
        (
            f"Talks go on\nTOKYO, February 14 — RIA Novosti, Ivan Petrov. {BODY}",
            "TOKYO",
            None,
            "RIA Novosti",
        ),
        (f"Talks go on\n{BODY}\nStars & Stripes", None, None, "Stars and Stripes"),
        # an archive's date field glued to the page's first line, the headline
        (f" date 2017-05-15 Talks go on\n{BODY}", None, date(2017, 5, 15), None),
        (
            f"date 2017-05-15 Talks go on\nTOKYO (Kyodo) -- {BODY}",
            "TOKYO",
            date(2017, 5, 15),
            "Kyodo",
        ),
        (
            f"Talks go on\nHOKKAIDO, Feb 03 (News On Japan) - {BODY}",
            "HOKKAIDO",
            None,
            "News On Japan",
        ),
        (
            f"Talks go on\nTOKYO, Jan 12 (Jiji Press) -- {BODY}\nKyodo News reported the same.",
            "TOKYO",
            None,
            "Jiji Press",
        ),
    ],
)
def test_metadata_as_the_text_states_it(page, dateline, published, outlet):
    meta = extract_metadata(clean_article(page))
    assert (meta.dateline, meta.published, meta.outlet) == (dateline, published, outlet)
    assert meta.headline == "Talks go on"


SEEDS_EXPECTED = {
    "000_4ca8bce62f210e05": (
        "Japan Says to Continue Peace Treaty Talks as Russians Support Constitutional Amendments",
        "TOKYO",
        date(2020, 7, 3),
        "Sputnik",
    ),
    "001_a2c7dbf802da13aa": (
        "Japan to continue peace treaty talks with Russia",
        None,
        None,
        "Inforos",
    ),
    "002_f77b3d046b306322": (
        "Japanese Foreign Minister Notes Positive Changes In Russia-Japan Dialogue On Peace Treaty",
        "TOKYO",
        date(2020, 2, 16),
        "Sputnik",
    ),
    "003_eea530126d1362db": (
        "Tokyo to pursue peace treaty with Moscow despite strained ties: PM",
        None,
        None,
        None,
    ),
    "004_001ad3390d2de21d": (
        "Tokyo, Moscow to continue close work on peace treaty",
        "TOKYO",
        date(2017, 3, 20),
        "TASS",
    ),
}


@pytest.mark.parametrize("stem", sorted(SEEDS_EXPECTED))
def test_seed_metadata_from_the_text_alone(stem):
    meta = extract_metadata(clean_article(seed_text(stem)))
    assert (meta.headline, meta.dateline, meta.published, meta.outlet) == SEEDS_EXPECTED[stem]


HEADLINE_FIXTURE = "Japan and Russia agree to keep talking on islands"
BODY_FIXTURE = (
    "Japan and Russia agreed on Monday to continue talks on a peace treaty, the foreign ministers"
    " of both countries said after their meeting in Moscow."
)

FIXTURES_EXPECTED = {
    "reuters_2018": (
        "Japan's Abe, Putin agree to speed up island talks on basis of 1956 deal",
        "SINGAPORE",
        date(2018, 11, 14),
        "Reuters",
    ),
    "kyodo_2016": (
        "Putin, Abe fail to reach deal on disputed isles at Nagato summit",
        "NAGATO",
        date(2016, 12, 15),
        "Kyodo",
    ),
    "japantimes_2022": (  # "KYODO" under the headline: Kyodo wrote the copy
        "Russia suspends peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "Kyodo",
    ),
    "tass_2019_nodate": (
        "Lavrov says Kuril Islands are Russian territory under UN Charter",
        "MOSCOW",
        None,
        "TASS",
    ),
    "nhk_page": (
        "Japan protests Russian military drills on Northern Territories",
        None,
        date(2023, 1, 23),
        "NHK",
    ),
    "kremlin_page": (
        "Telephone conversation with Prime Minister of Japan Yoshihide Suga",
        None,
        date(2020, 9, 29),
        "President of Russia",
    ),
    "moscowtimes_page": (
        "Russia Pulls Out of Peace Treaty Talks With Japan",
        None,
        date(2022, 3, 21),
        "The Moscow Times",
    ),
    "mainichi_page": (
        "Kishida vows to continue efforts to resolve territorial dispute with Russia",
        "TOKYO",
        date(2023, 2, 7),
        "The Mainichi",
    ),
    "rt_page": (
        "Russia's Medvedev says Kuril Islands talks with Japan are over",
        None,
        date(2022, 3, 26),
        "RT",
    ),
    "asahi_2022": (
        "Russia scraps visa-free visits to Northern Territories",
        None,
        date(2022, 9, 8),
        "The Asahi Shimbun",
    ),
    "guardian_2019": (
        "Russia says Japan must accept its sovereignty over Kuril islands",
        None,
        date(2019, 1, 14),
        "The Guardian",
    ),
    "interfax_2023": (
        "Moscow says Japan's position on peace treaty makes talks impossible",
        "MOSCOW",
        date(2023, 8, 24),
        "Interfax",
    ),
    "kantei_2018": (
        "Press Conference by the Prime Minister following the Japan-Russia Summit Meeting",
        None,
        date(2018, 11, 15),
        "Prime Minister's Office of Japan",
    ),
    "nikkei_2016": (
        "Japan, Russia agree to joint economic activities on disputed isles",
        "NAGATO",
        date(2016, 12, 16),
        "Nikkei",
    ),
    "xinhua_2019": (
        "Russia, Japan agree to continue peace treaty talks",
        "MOSCOW",
        date(2019, 1, 22),
        "Xinhua",
    ),
    "ap_2020": (
        "Japan protests Russian missile deployment on disputed islands",
        "TOKYO",
        date(2020, 12, 7),
        "Associated Press",
    ),
    "kyodo_2005": (
        "Putin arrives in Tokyo for talks with Koizumi",
        "TOKYO",
        date(2005, 11, 20),
        "Kyodo",
    ),
    "midru_2019": (
        "Foreign Minister Sergey Lavrov's remarks and answers to media questions following talks "
        "with Foreign Minister of Japan Taro Kono, Moscow, January 14, 2019",
        None,
        date(2019, 1, 14),
        "Ministry of Foreign Affairs of Russia",
    ),
    "rferl_2022": (
        "Russia Bars Japanese From Visa-Free Visits To Kuril Islands",
        None,
        date(2022, 9, 5),
        "Radio Free Europe/Radio Liberty",
    ),
    "rg_2018": (
        "Putin: Russia ready to seek solution to Kuril issue with Japan",
        None,
        date(2018, 9, 5),
        "Rossiyskaya Gazeta",
    ),
    "yomiuri_2018": (  # a headline ending in a quotation, read as a sentence by `is_body`
        "Putin proposes signing peace treaty by year-end 'without preconditions'",
        "VLADIVOSTOK",
        date(2018, 9, 13),
        "The Yomiuri Shimbun",
    ),
    "bbc_2016": (  # "Image copyright / AFP" is a photo credit, not the outlet
        "Putin and Abe fail to make breakthrough on Kuril islands",
        None,
        date(2016, 12, 16),
        "BBC",
    ),
    "sputnik_2018": (
        "Putin, Abe Agree to Speed Up Peace Treaty Talks on Basis of 1956 Declaration",
        "SINGAPORE",
        date(2018, 11, 14),
        "Sputnik",
    ),
    "aljazeera_2022": (
        "Russia halts peace treaty talks with Japan over Ukraine sanctions",
        None,
        date(2022, 3, 22),
        "Al Jazeera",
    ),
    "cnn_2019": (
        "Japan and Russia still at odds over disputed islands after Abe-Putin talks",
        "HONG KONG",
        date(2019, 1, 23),
        "CNN",
    ),
    "ria_2010": (  # "01/11/2010" read day/month because the dateline says November 1
        "Medvedev visits disputed Kuril island despite Japanese protests",
        "YUZHNO-KURILSK",
        date(2010, 11, 1),
        "RIA Novosti",
    ),
    "itartass_2006": (
        "Japanese fishing boat detained near Kuril Islands, one crewman killed",
        "MOSCOW",
        date(2006, 8, 16),
        "TASS",
    ),
    "diplomat_2019": (
        "Japan-Russia Peace Treaty: Why Abe's Gamble Is Failing",
        None,
        date(2019, 2, 19),
        "The Diplomat",
    ),
    "mofa_press_2022": (
        "Press Conference by Foreign Minister HAYASHI Yoshimasa",
        None,
        date(2022, 3, 22),
        "Ministry of Foreign Affairs of Japan",
    ),
    "japantoday_2021": (
        "Russia to set up tax-free zone on disputed islands, angering Japan",
        "TOKYO",
        date(2021, 9, 3),
        "Japan Today",
    ),
    "kommersant_2016": (  # "12/16/2016": month/day, the only reading
        "Russia and Japan to discuss joint economic activity on the Kurils",
        None,
        date(2016, 12, 16),
        "Kommersant",
    ),
    "reuters_2010": (  # "YUZHNO-KURILSK, Russia (Reuters) -": a country before the agency
        "Russia's Medvedev visits disputed island, Japan protests",
        "YUZHNO-KURILSK",
        date(2010, 11, 1),
        "Reuters",
    ),
    "kremlin_2016": (
        "News conference following Russian-Japanese talks",
        None,
        date(2016, 12, 16),
        "President of Russia",
    ),
    "nhk_2019": (
        "Japan, Russia foreign ministers discuss peace treaty",
        None,
        date(2019, 1, 14),
        "NHK",
    ),
    "moscowtimes_2022": (  # "By AFP": the agency wrote the copy The Moscow Times prints
        "Russia Quits WWII Peace Treaty Talks With Japan Over Sanctions",
        None,
        date(2022, 3, 22),
        "AFP",
    ),
    "eastasiaforum_2020": (  # the site's name, printed again in the closing note, is no headline
        "Abe's Russia policy has run aground",
        None,
        date(2020, 1, 29),
        "East Asia Forum",
    ),
    "wapo_ap_2019": (
        "Japan's Abe, Russia's Putin say peace treaty will take time",
        "MOSCOW",
        date(2019, 1, 22),
        "Associated Press",
    ),
    "japanforward_2021": (
        "[Editorial] Mishustin's Visit to Etorofu Tramples on Japan's Sovereignty",
        None,
        date(2021, 7, 27),
        "Japan Forward",
    ),
    "mainichi_2019": (
        "Japan, Russia fail to narrow gap on islands at foreign ministers' talks",
        "MOSCOW",
        date(2019, 1, 15),
        "The Mainichi",
    ),
    "ap_2018": (  # the "FILE - In this … photo" caption above the dateline is no dateline
        "Putin offers Japan peace treaty 'without any preconditions'",
        "VLADIVOSTOK",
        date(2018, 9, 12),
        "Associated Press",
    ),
    "japantimes_2018": (
        "Abe and Putin agree to accelerate talks on peace treaty based on 1956 declaration",
        "SINGAPORE",
        date(2018, 11, 14),
        "The Japan Times",
    ),
    "kyodo_2020": (
        "Japan protests Russia's constitutional amendment banning territorial cessions",
        None,
        date(2020, 7, 3),
        "Kyodo",
    ),
    "tass_2022": (  # "MOSCOW, March 21. /TASS/." and nothing else gives the year: undated
        "Russia will not continue peace treaty talks with Japan — MFA",
        "MOSCOW",
        None,
        "TASS",
    ),
    "asahi_2009": (  # "IHT/Asahi: May 12,2009": no space after the comma
        "Putin in Tokyo: Islands dispute still unresolved",
        None,
        date(2009, 5, 12),
        "The Asahi Shimbun",
    ),
    "embassy_2019": (  # the site's name is not the headline; "08.02.2019" is day.month
        'Comment by the Press Secretary of the Embassy regarding statements on the "Northern '
        'Territories"',
        None,
        date(2019, 2, 8),
        "Embassy of Russia in Japan",
    ),
    "kantei_2008": (
        "Address by Prime Minister Yasuo Fukuda at the National Rally to Demand the Return of "
        "the Northern Territories",
        None,
        date(2008, 2, 7),
        "Prime Minister's Office of Japan",
    ),
    "pravda_2006": ("Japan wants its islands back", None, date(2006, 12, 5), "Pravda"),
    "ria_2007": (  # "07/ 02/ 2007", read by the dateline's "February 7"
        "Russia rejects Japanese claims to Kuril Islands",
        "MOSCOW",
        date(2007, 2, 7),
        "RIA Novosti",
    ),
    "voiceofrussia_2012": (
        "Medvedev makes second visit to Kuril Islands",
        None,
        date(2012, 7, 3),
        "Voice of Russia",
    ),
    "factiva_reuters_2018": (  # a Factiva export: word count, time, source code, language
        "Japan, Russia agree to step up peace treaty talks on basis of 1956 deal",
        "SINGAPORE",
        date(2018, 11, 14),
        "Reuters",
    ),
    "lexisnexis_japantimes_2018": (  # a LexisNexis export: the Load-Date is not the date
        "Abe, Putin agree to speed up peace talks based on 1956 declaration",
        "SINGAPORE",
        date(2018, 11, 15),
        "The Japan Times",
    ),
    "bloomberg_2018": (  # a ticker ("USDJPY", "113.62 JPY") between headline and body
        "Abe, Putin Agree to Accelerate Talks on Disputed Islands",
        None,
        date(2018, 11, 14),
        "Bloomberg",
    ),
    "dw_2019": (  # "Author NAME (AFP, Reuters)" is a byline, not a dateline with agencies
        "Abe and Putin make no progress on Kuril Islands dispute",
        None,
        date(2019, 1, 22),
        "Deutsche Welle",
    ),
    "newsweek_2016": (  # "BY NAME ON 12/15/16 AT 7:50 AM EST": a two-digit year
        "Putin Arrives Late for Japan Summit on Disputed Islands",
        None,
        date(2016, 12, 15),
        "Newsweek",
    ),
    "scmp_2019": (  # "Reuters" alone under the headline: the agency wrote the copy
        "Japan, Russia fail to make breakthrough on disputed islands as Abe and Putin meet in "
        "Moscow",
        None,
        date(2019, 1, 22),
        "Reuters",
    ),
    "upi_2005": ("Japan, Russia fail to settle island row", "TOKYO", date(2005, 11, 21), "UPI"),
    "yonhap_2018": (  # "(LEAD)" before the headline, two cities in the dateline
        "(LEAD) Abe, Putin agree to accelerate peace treaty talks",
        "SINGAPORE/SEOUL",
        date(2018, 11, 15),
        "Yonhap",
    ),
    "straitstimes_2020": (  # the caption glued to its credit: "… land.PHOTO: AFP"
        "Russia's constitution amendment bans handing over territory, dimming Japan's hopes for "
        "islands",
        "TOKYO",
        date(2020, 7, 4),
        "Reuters",
    ),
    "voa_2016": (  # "FILE - …" caption without a credit in brackets
        "Putin, Abe End Summit With No Deal on Disputed Islands",
        None,
        date(2016, 12, 16),
        "Voice of America",
    ),
    "hokkaido_2019": (  # "01/23 19:15" and no year anywhere: undated, not guessed
        "Former islanders disappointed as Abe-Putin summit yields no progress",
        None,
        None,
        "The Hokkaido Shimbun",
    ),
    "meduza_2019": (
        "Lavrov says Japan must recognize Russian sovereignty over the Kuril Islands before talks"
        " can progress",
        None,
        date(2019, 1, 14),
        "Meduza",
    ),
    "mofa_2013": (  # a breadcrumb "Top Page > Foreign Policy > …" is not the headline
        "Japan-Russia Summit Meeting",
        None,
        date(2013, 4, 29),
        "Ministry of Foreign Affairs of Japan",
    ),
    "reuters_2005": (
        "Putin, Koizumi fail to bridge island dispute",
        "TOKYO",
        date(2005, 11, 21),
        "Reuters",
    ),
    "abc_2018": (  # "Photo: … (AP: Vyacheslav Prokofyev)", a caption of 19 words
        "Japan and Russia agree to speed up peace talks to formally end World War II",
        None,
        date(2018, 11, 14),
        "ABC News",
    ),
    "france24_2022": (  # "Issued on: 22/03/2022 - 07:22", "… © Mikhail Klimentyev, Sputnik/AFP"
        "Russia quits peace talks with Japan over Ukraine sanctions",
        "MOSCOW",
        date(2022, 3, 22),
        "AFP",
    ),
    "japannews_2022": (  # "4:42 JST, March 23, 2022": the time first
        "Russia halts peace treaty talks in retaliation for Japan sanctions",
        None,
        date(2022, 3, 23),
        "The Yomiuri Shimbun",
    ),
    "japantimes_2005": (  # "The Japan Times: Tuesday, Nov. 22, 2005", "Staff writer" alone
        "Putin, Koizumi agree to disagree on isles",
        None,
        date(2005, 11, 22),
        "The Japan Times",
    ),
    "jiji_2019": (  # "2019/01/23-10:21"; the dateline's "Jan. 22" has no year
        "Abe, Putin Fail to Narrow Gap on Territorial Row",
        "MOSCOW",
        date(2019, 1, 23),
        "Jiji Press",
    ),
    "nippon_2019": (  # "[2019.01.23]"; Jiji wrote the copy
        "Japan-Russia Talks Fail to Bridge Gap over Islands",
        "MOSCOW",
        date(2019, 1, 23),
        "Jiji Press",
    ),
    "asahi_2016": (  # "Photo/Illutration … (Pool)": a caption of 22 words
        "Putin, Abe agree on joint economic activities on disputed isles",
        None,
        date(2016, 12, 17),
        "The Asahi Shimbun",
    ),
    "csis_2019": (  # the think tank's name above the title; its disclaimer and a footnote below
        "Abe's Russia Gamble Hits the Wall",
        None,
        date(2019, 1, 25),
        "Center for Strategic and International Studies",
    ),
    "japantoday_2016": (  # "NAGATO, Yamaguchi —" alone on its line; "©2016 Kyodo" at the end
        "Abe, Putin fail to reach territorial deal",
        "NAGATO",
        date(2016, 12, 16),
        "Kyodo",
    ),
    "kyodo_2022": (  # "KYODO NEWS - Mar 22, 2022 - 10:21 | World, All"
        "Russia suspends peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "Kyodo",
    ),
    "rt_2019": (  # "Published time: 14 Jan, 2019 14:45"
        "Japan must accept WWII results, Lavrov says after talks with Kono",
        None,
        date(2019, 1, 14),
        "RT",
    ),
    "tass_2019": (
        "Lavrov: peace treaty with Japan impossible without recognition of WWII results",
        "MOSCOW",
        date(2019, 1, 14),
        "TASS",
    ),
    "midru_2022": (  # a document number "518-21-03-2022" under the date
        "Statement by the Russian Foreign Ministry on Russian-Japanese relations",
        None,
        date(2022, 3, 21),
        "Ministry of Foreign Affairs of Russia",
    ),
    "reuters_update_2022": (  # "(Adds … comments, paragraphs 6-7)" above the dateline
        "Russia quits peace treaty talks with Japan, freezes Kuril projects",  # "UPDATE 2-" off
        "MOSCOW",
        date(2022, 3, 21),
        "Reuters",
    ),
    "interfax_2019": (  # "MOSCOW. Jan 22 (Interfax) -"
        "Putin, Abe agree to continue work toward peace treaty",
        "MOSCOW",
        date(2019, 1, 22),
        "Interfax",
    ),
    "japantimes_opinion_2019": (  # "by NAME" in lower case; a bio and a subscription pitch
        "Abe's Russia policy has reached a dead end",
        None,
        date(2019, 2, 5),
        "The Japan Times",
    ),
    "sputnik_2022": (
        "Russia Withdraws From Peace Treaty Talks With Japan Over Sanctions",
        "MOSCOW",
        date(2022, 3, 21),
        "Sputnik",
    ),
    "ap_local_2019": (  # The Seattle Times carrying AP
        "Japan's Abe, Russia's Putin make little headway on island dispute",
        "MOSCOW",
        date(2019, 1, 22),
        "Associated Press",
    ),
    "kantei_ccs_2022": (  # "[Provisional Translation]"; "REPORTER:" / "CHIEF CABINET SECRETARY …:"
        "Press Conference by the Chief Cabinet Secretary",
        None,
        date(2022, 3, 22),
        "Prime Minister's Office of Japan",
    ),
    "bbc_2012": (  # "3 July 2012 Last updated at 06:35 GMT" above the headline
        "Japan anger at Russian PM Medvedev's Kuril islands visit",
        None,
        date(2012, 7, 3),
        "BBC",
    ),
    "nyt_2016": (  # the date inside the byline; no outlet printed on the page: none invented
        "Putin and Abe Meet, but Dispute Over Islands Remains Unresolved",
        "TOKYO",
        date(2016, 12, 16),
        None,
    ),
    "cnn_2010": (  # "Tokyo, Japan (CNN) --"; "November 1, 2010 -- Updated 1022 GMT (1822 HKT)"
        "Russian president visits disputed islands, angering Japan",
        "TOKYO",
        date(2010, 11, 1),
        "CNN",
    ),
    "moscowtimes_2012": (  # "04 July 2012 | Issue 4921"
        "Medvedev Stirs Japanese Ire With Kuril Visit",
        None,
        date(2012, 7, 4),
        "The Moscow Times",
    ),
    "xinhua_2012": (
        "Japan protests Russian PM's visit to disputed island",
        "TOKYO",
        date(2012, 7, 3),
        "Xinhua",
    ),
    "ria_2012": (  # "18:34 03/07/2012": the dateline's "July 3" decides day/month
        "Medvedev Visits Kuril Islands, Again",
        "YUZHNO-KURILSK",
        date(2012, 7, 3),
        "RIA Novosti",
    ),
    "russiabeyond_2016": (  # headline, standfirst (more words shared with the body), byline
        "Why Putin and Abe failed to agree on the Kurils",
        None,
        date(2016, 12, 19),
        "Russia Beyond",
    ),
    "kyodo_2024": (  # "KYODO NEWS - Apr 5, 2024 - 21:13 | World, All", "==Kyodo"
        "Japan, Russia reach deal on salmon fishing quotas despite strained ties",
        None,
        date(2024, 4, 5),
        "Kyodo",
    ),
    "tass_2023": (  # "Zakharova: …" is a headline, not a transcript turn
        "Zakharova: Japan's anti-Russian course makes peace treaty talks impossible",
        "MOSCOW",
        date(2023, 2, 8),
        "TASS",
    ),
    "nhk_2023": (  # "Feb. 7 19:06 JST" and no year anywhere: undated, not guessed
        "Japan marks Northern Territories Day amid frozen talks with Russia",
        None,
        None,
        "NHK",
    ),
    "nikkei_2023": (
        "Russia says it will build military facilities on Kuril Islands",
        "TOKYO",
        date(2023, 2, 17),
        "Nikkei",
    ),
    "reuters_2009": (  # "Fri Feb 13, 2009 3:38am EST"
        "Japan PM Aso, Russia's Medvedev to meet in Sakhalin",
        "TOKYO",
        date(2009, 2, 13),
        "Reuters",
    ),
    "japantimes_2007": (  # "Kyodo News" under the headline: Kyodo wrote the copy
        "Aso wants talks on isles to move forward",
        None,
        date(2007, 2, 3),
        "Kyodo",
    ),
    "bbc_2005": (  # "Last Updated: Monday, 21 November 2005, 10:25 GMT"
        "Putin fails to settle Japan row",
        None,
        date(2005, 11, 21),
        "BBC",
    ),
    "kremlin_2005": (  # the date, then the place alone on its line
        "Press Statements and Answers to Questions Following Russian-Japanese Talks",
        None,
        date(2005, 11, 21),
        "President of Russia",
    ),
    "mofa_2005": (  # "November 2005": a month, no day, so no date
        "Japan-Russia Summit Meeting (Overview)",
        None,
        None,
        "Ministry of Foreign Affairs of Japan",
    ),
    "pravda_2005": (
        "Putin and Koizumi fail to reach agreement on Kuril Islands",
        None,
        date(2005, 11, 21),
        "Pravda",
    ),
    "japantimes_2008": (
        "Fukuda, Medvedev agree to speed up isles talks",
        "TOYAKO",
        date(2008, 7, 12),
        "The Japan Times",
    ),
    "asahi_2005": (
        "Koizumi, Putin make no headway on isles",
        None,
        date(2005, 11, 22),
        "The Asahi Shimbun",
    ),
    "izvestia_2021": (  # a quotation for a headline, a standfirst and a date under it
        '"We are ready to work with Japan on the islands"',
        None,
        date(2021, 9, 6),
        "Izvestia",
    ),
    "mofa_statement_2022": (
        "Statement by Foreign Minister HAYASHI Yoshimasa on the Announcement by Russia Regarding "
        "the Japan-Russia Peace Treaty Negotiations",
        None,
        date(2022, 3, 22),
        "Ministry of Foreign Affairs of Japan",
    ),
    "yomiuri_editorial_2022": (
        "Russia's suspension of treaty talks an outrageous shifting of blame",
        None,
        date(2022, 3, 24),
        "The Yomiuri Shimbun",
    ),
    "reuters_analysis_2019": (  # no date printed anywhere: none invented
        "Abe's Russia gamble falters as Putin digs in on islands",  # "ANALYSIS-" off
        "TOKYO/MOSCOW",
        None,
        "Reuters",
    ),
    "jt_liveblog_2022": (  # times alone above each entry
        "Japan-Russia ties: latest updates",
        None,
        date(2022, 3, 22),
        "The Japan Times",
    ),
    "proquest_kyodo_2010": (
        "Medvedev visits disputed isle, Japan lodges protest",
        "MOSCOW",
        date(2010, 11, 1),
        "Kyodo",
    ),
    "guardian_2010": (  # "guardian.co.uk, Monday 1 November 2010 11.05 GMT"
        "Russian president visits disputed Kuril Islands",
        None,
        date(2010, 11, 1),
        "The Guardian",
    ),
    "telegraph_2010": (
        "Japan recalls ambassador to Russia over Kuril Islands visit",
        None,
        date(2010, 11, 2),
        "The Telegraph",
    ),
    "nyt_2010": (
        "Russian Leader's Visit to Disputed Island Angers Japan",
        "MOSCOW",
        date(2010, 11, 1),
        "The New York Times",
    ),
    "economist_2019": (
        "Shinzo Abe’s hopes of a deal over the Kurils are fading",
        None,
        date(2019, 1, 24),
        "The Economist",
    ),
    "npr_2016": (
        "Putin Visits Japan For Talks On Disputed Islands",
        None,
        date(2016, 12, 15),
        "NPR",
    ),
    "ft_2022": (
        "Japan expels Russian diplomats as peace talks collapse",
        None,
        date(2022, 3, 22),
        "Financial Times",
    ),
    "sakhalin_2023": (
        "Kuril residents mark anniversary without Japanese visitors",
        "YUZHNO-SAKHALINSK",
        date(2023, 3, 21),
        "Sakhalin.info",
    ),
    # An AFP story on The Korea Herald's page: the agency wrote it
    "koreaherald_2019": (
        "Japan, Russia fail to narrow gaps in island talks",
        "MUNICH",
        date(2019, 2, 17),
        "AFP",
    ),
    "afp_yahoo_2025": (
        "Japan PM vows to resolve island row with Russia despite frozen talks",
        None,
        date(2025, 2, 7),
        "AFP",
    ),
    "kyodo_2025": (
        "Ishiba urges Russia to resume island visits for former residents",
        "TOKYO",
        date(2025, 2, 7),
        "Kyodo",
    ),
    "daily_yomiuri_2008": (
        "Fukuda, Putin agree to speed up territorial talks",
        "MOSCOW",
        date(2008, 4, 28),
        "The Yomiuri Shimbun",
    ),
    "carnegie_2019": (
        "Why Russia Won't Give Japan the Kurils",
        None,
        date(2019, 1, 29),
        "Carnegie Endowment for International Peace",
    ),
    "novaya_2023": (
        "Kuril residents tired of waiting for the Japanese",
        None,
        date(2023, 2, 14),
        "Novaya Gazeta",
    ),
    "dpa_2018": (
        "Putin and Abe agree to speed up peace treaty talks",
        "SINGAPORE",
        date(2018, 11, 14),
        "dpa",
    ),
    "riac_2020": (
        "Russia–Japan: The Constitution and the Islands",
        None,
        date(2020, 7, 10),
        "Russian International Affairs Council",
    ),
    # A digest e-mail wrapped at 70 characters: dated by its "Date:" header
    "wrapped_email_2016": (
        "ABE AND PUTIN FAIL TO REACH DEAL ON DISPUTED ISLANDS",
        "TOKYO",
        date(2016, 12, 17),
        "Kyodo",
    ),
    # The Wayback Machine's capture: its toolbar's dates are the captures', not the page's
    "wayback_japantimes_2010": (
        "Medvedev visit to isle riles Tokyo",
        None,
        date(2010, 11, 2),
        "The Japan Times",
    ),
    # Text extracted from a PDF: page headers, page numbers, lines wrapped at the column; no date
    "bluebook_pdf_2019": (
        "(1) Japan-Russia Peace Treaty Negotiations",
        None,
        None,
        "Ministry of Foreign Affairs of Japan",
    ),
    "ria_2014": (
        "Russia Ready to Discuss Kurils With Japan – Lavrov",
        "MOSCOW",
        date(2014, 4, 17),
        "RIA Novosti",
    ),
    "nemuro_2018": (
        "Former islanders visit graves on Kunashiri and Etorofu",
        None,
        date(2018, 12, 3),
        "Nemuro City",
    ),
    "bbcmonitoring_2019": (  # "Moscow, 22 January: …", a title-case dateline
        "Russia rules out handing over islands before Japan accepts war results",
        "MOSCOW",
        date(2019, 1, 23),
        "BBC",
    ),
    "amp_japantimes_2021": (
        "Japan lodges protest over Russian military drills on disputed islands",
        None,
        date(2021, 12, 3),
        "Kyodo",
    ),
    # A Telegram post: emoji before the title, the account's handle, the views
    "telegram_mfa_2023": (
        "📄 Comment by Foreign Ministry Spokeswoman Maria Zakharova on Japan's \"Northern "
        'Territories Day"',
        None,
        date(2023, 2, 8),
        "Ministry of Foreign Affairs of Russia",
    ),
    "reuters_explainer_2022": (
        "Explainer: Why Russia and Japan have never signed a WW2 peace treaty",
        "TOKYO",
        date(2022, 3, 22),
        "Reuters",
    ),
    "globaltimes_2019": (
        "Russia, Japan talks on islands show no breakthrough",
        None,
        date(2019, 1, 23),
        "Global Times",
    ),
    "cgtn_2022": (
        "Russia quits peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "CGTN",
    ),
    # The Sankei Shimbun's editorial on JAPAN Forward: "By The Sankei Shimbun" names who wrote it
    "japanforward_2025": (
        "[Editorial] 80 Years On, Russia Must Return the Northern Territories",
        None,
        date(2025, 8, 29),
        "The Sankei Shimbun",
    ),
    "hokkaido_2024": (
        "Nemuro fishermen worry as Russia tightens rules near disputed islands",
        "NEMURO",
        date(2024, 6, 14),
        "The Hokkaido Shimbun",
    ),
    # Round 24, all right on the first run. The editorial prints "Feb. 8" without a year: undated
    "asahi_editorial_2025": (
        "EDITORIAL: Japan must keep door open to dialogue with Russia on isles",
        None,
        None,
        "The Asahi Shimbun",
    ),
    "embassy_release_2024": (
        'On the so-called "Northern Territories Day"',
        None,
        date(2024, 2, 7),
        "Embassy of Russia in Japan",
    ),
    "interfax_live_2018": (  # "MOSCOW. May 26 (Interfax)": no year, so no date
        "Putin, Abe hold press conference after talks in Moscow",
        "MOSCOW",
        None,
        "Interfax",
    ),
    "mofa_faq_2020": (
        "Northern Territories Issue: Q&A",
        None,
        None,
        "Ministry of Foreign Affairs of Japan",
    ),
    "nhkworld_2025": (
        "Ishiba: Japan seeks resumption of grave visits to Russian-held islands",
        None,
        date(2025, 2, 7),
        "NHK",
    ),
    "sputnik_2025": (
        "Russia Not Discussing Kuril Islands With Japan, Kremlin Says",
        "MOSCOW",
        date(2025, 2, 7),
        "Sputnik",
    ),
    # Round 25, all right on the first run
    "guardian_2022": (  # the page never names its outlet
        "Russia pulls out of peace talks with Japan over Ukraine sanctions",
        None,
        date(2022, 3, 22),
        None,
    ),
    "japantimes_2025": (
        "Takaichi says Japan will not give up on Northern Territories",
        None,
        date(2025, 11, 25),
        "The Japan Times",
    ),
    "jiji_2023": (
        "Japan Protests Russian Deployment on Northern Isle",
        "TOKYO",
        None,
        "Jiji Press",
    ),
    "kremlin_2018": (
        "Meeting with Prime Minister of Japan Shinzo Abe",
        None,
        date(2018, 11, 14),
        "President of Russia",
    ),
    "scmp_2025": (  # "Reuters" alone under the story on the South China Morning Post's page
        "Japan, Russia fishing talks end without deal amid frozen relations",
        None,
        date(2025, 4, 18),
        "Reuters",
    ),
    "independent_2019": (  # "Independent" alone on its masthead line
        "Japan and Russia fail to make progress over disputed islands as Abe meets Putin for 25th "
        "time",
        None,
        date(2019, 1, 22),
        "The Independent",
    ),
    "conversation_2022": (  # the author's affiliation and disclosure under the headline
        "Ukraine war: why Russia's dispute with Japan over the Kuril Islands just got more "
        "dangerous",
        None,
        date(2022, 3, 24),
        None,  # the page names The Conversation only in the disclosure of a partner's funding
    ),
    "jamestown_2020": (  # "March 10, 2020 04:56 PM Age: 6 years"
        "Russia's Constitutional Amendments Close the Door on Kuril Islands Compromise",
        None,
        date(2020, 3, 10),
        "Jamestown Foundation",
    ),
    "euronews_2023": (  # "Published on 06/12/2023": 6 December, as "on Wednesday" says
        "Russia deploys missile launchers to disputed Kuril island near Japan",
        None,
        date(2023, 12, 6),
        "Euronews",
    ),
    "taipeitimes_2016": (  # "AFP, TOKYO" alone under the headline: AFP wrote the copy
        "Putin, Abe agree on joint activities",
        "TOKYO",
        date(2016, 12, 17),
        "AFP",
    ),
    "arabnews_2018": (
        "Japan, Russia agree to speed up peace treaty talks",
        "SINGAPORE",
        date(2018, 11, 14),
        "AFP",
    ),
    "times_2019": (  # a caption above "ALEXANDER ZEMLIANICHENKO/AP", then the body
        "Putin and Abe edge no closer to deal on Kuril Islands",
        None,
        date(2019, 1, 23),
        "The Times",
    ),
    "dailymail_2018": (
        "Japan's Abe says will resolve territorial row with Russia, sign peace treaty",
        "SINGAPORE",
        date(2018, 11, 14),
        "Reuters",
    ),
    "lemonde_2022": (  # "Le Monde with AFP"; "Published on …, updated on …"; a line in French
        "Russia halts peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "Le Monde",
    ),
    "time_2016": (
        "Vladimir Putin Heads to Japan With a Disputed Island Chain on the Agenda",
        None,
        date(2016, 12, 15),
        "Time",
    ),
    "japannews_2024": (  # a caption that reads as a sentence, above its credit
        "Japan Holds Rally Demanding Return of Northern Territories; Kishida Vows to Continue "
        "Efforts",
        None,
        date(2024, 2, 7),
        "The Yomiuri Shimbun",
    ),
    "sputnikindia_2024": (  # the outlet only on the masthead ("Sputnik India")
        "Japan's Claims on Kuril Islands 'Groundless' – Zakharova",
        None,
        date(2024, 2, 7),
        "Sputnik",
    ),
    "nikkeiasia_2022": (
        "Russia suspends peace treaty talks with Japan over sanctions",
        "TOKYO",
        date(2022, 3, 22),
        "Nikkei",
    ),
    "mainichi_2023": (
        "Former islanders mark Northern Territories Day as Russia keeps graves off-limits",
        None,
        date(2023, 2, 7),
        "The Mainichi",
    ),
    "rbth_2019": (  # the terms of reuse ("… always provide an active hyperlink …") at the end
        "Why Russia will never give the Kuril Islands back to Japan",
        None,
        date(2019, 1, 25),
        "Russia Beyond",
    ),
    "asahi_2019": (  # "ASIA & JAPAN WATCH" above the headline, a byline under it
        "Abe fails to secure concessions on isles from Putin",
        "MOSCOW",
        date(2019, 1, 23),
        "The Asahi Shimbun",
    ),
    "kyodo_2018": (
        "Abe, Putin agree to speed up peace talks based on 1956 declaration",
        "SINGAPORE",
        date(2018, 11, 15),
        "Kyodo",
    ),
    "rt_2022": (  # "21 Mar, 2022 16:19 / Updated 2 years ago"
        "Russia scraps peace talks with Japan",
        None,
        date(2022, 3, 21),
        "RT",
    ),
    "bloomberg_2022": (  # "Most Read from Bloomberg" and two linked headlines mid-story
        "Russia Ends Peace Treaty Talks With Japan Over Ukraine Sanctions",
        None,
        date(2022, 3, 21),
        "Bloomberg",
    ),
    "xinhua_2010": (
        "Japan protests Medvedev's visit to disputed island",
        "TOKYO",
        date(2010, 11, 1),
        "Xinhua",
    ),
    "upi_2019": (  # "Jan. 22 (UPI) --": a dateline with no city, taken off the paragraph
        "Putin, Abe agree to continue talks on disputed Kuril Islands",
        None,
        date(2019, 1, 22),
        "UPI",
    ),
    "mofa_2019": (
        "Japan-Russia Summit Meeting",
        None,
        date(2019, 1, 22),
        "Ministry of Foreign Affairs of Japan",
    ),
    "kyivindependent_2022": (  # a support pitch naming the site, which the masthead also does
        "Zelensky signs decree recognizing Russian-occupied Kuril Islands as Japanese territory",
        None,
        date(2022, 10, 7),
        "The Kyiv Independent",
    ),
    "sakhalin_gov_2017": (  # "Official website of the Sakhalin Region Government"
        "Governor: joint economic activity on the Kurils must follow Russian law",
        None,
        date(2017, 9, 11),
        "Sakhalin Region Government",
    ),
    "ap_2010": (  # no date on the page but the copyright's year
        "Japan summons Russian envoy over Medvedev island trip",
        "TOKYO",
        None,
        "Associated Press",
    ),
    "pravdaru_2018": (
        "Japan wants islands back, but Russia has other plans",
        None,
        date(2018, 11, 15),
        "Pravda",
    ),
    "wion_2022": (  # "Story highlights" and two bullets under the byline
        "Russia pulls out of peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "WION",
    ),
    "hindustantimes_2022": (  # "Reuters | , Tokyo" under the headline
        "Japan protests Russian military drills on disputed islands",
        "TOKYO",
        date(2022, 3, 26),
        "Reuters",
    ),
    "jiji_2016": (  # "Tokyo, Dec. 16 (Jiji Press)--": no year
        "Abe, Putin Agree to Start Talks on Joint Economic Activities",
        "TOKYO",
        None,
        "Jiji Press",
    ),
    "cao_2020": (
        "February 7 is Northern Territories Day",
        None,
        date(2020, 2, 7),
        "Cabinet Office of Japan",
    ),
    "valdai_2019": (  # the publisher's disclaimer closes the page
        "The Kuril Issue: Why Compromise Remains Elusive",
        None,
        date(2019, 1, 23),
        "Valdai Discussion Club",
    ),
    "csmonitor_2010": (  # "Moscow —" alone under the standfirst and the date
        "Medvedev visit to disputed Kuril island angers Japan",
        "MOSCOW",
        date(2010, 11, 1),
        "The Christian Science Monitor",
    ),
    "latimes_2010": (  # "Reporting from Seoul — Japan on Tuesday …"
        "Japan recalls ambassador to Russia over island visit",
        "SEOUL",
        date(2010, 11, 2),
        "Los Angeles Times",
    ),
    "spf_2021": (
        "Russia's Constitution and the Northern Territories Issue",
        None,
        date(2021, 3, 15),
        "Sasakawa Peace Foundation",
    ),
    "japantimes_2016": (  # "… shake hands in Tokyo on Friday. | KYODO"
        "Abe and Putin agree on joint economic activities, visa-free visits for ex-residents",
        None,
        date(2016, 12, 16),
        "The Japan Times",
    ),
    "chathamhouse_2022": (
        "Ukraine war pushes Japan and Russia further apart",
        None,
        date(2022, 3, 24),
        "Chatham House",
    ),
    "abcau_2022": (  # "By North Asia correspondent James Oaten"
        "Russia withdraws from peace talks with Japan over Ukraine sanctions",
        None,
        date(2022, 3, 22),
        "ABC News",
    ),
    "asiatimes_2019": (
        "Abe's Kuril gamble runs aground in Moscow",
        None,
        date(2019, 1, 24),
        "Asia Times",
    ),
    "hokkaido_pref_2018": (
        "Visa-free Exchange Program in 2018",
        None,
        date(2018, 9, 3),
        "Hokkaido Government",
    ),
    "joongang_2019": (  # "AP" alone under the story: the agency wrote it
        "Putin and Abe fail to bridge gap over islands",
        "MOSCOW",
        date(2019, 1, 23),
        "Associated Press",
    ),
    "msn_reuters_2022": (  # "• 2y": only the story's age, no date
        "Japan says Russian drills on disputed islands are unacceptable",
        "TOKYO",
        None,
        "Reuters",
    ),
    "yahoo_kyodo_2019": (
        "Japan, Russia foreign ministers fail to narrow gap on isles",
        "MUNICH",
        date(2019, 2, 16),
        "Kyodo",
    ),
    "jt_kyodo_2022": (  # the headline above "KYODO", a section above it
        "Russia scraps visa-free visits to disputed isles",
        None,
        date(2022, 9, 6),
        "Kyodo",
    ),
    "kremlin_2010": (
        "Dmitry Medvedev visited the Kuril Islands",
        None,
        date(2010, 11, 1),
        "President of Russia",
    ),
    "mofa_ru_2019": (
        "Press release on Foreign Minister Sergey Lavrov's talks with Foreign Minister of"
        " Japan Taro Kono",
        None,
        date(2019, 1, 14),
        "Ministry of Foreign Affairs of Russia",
    ),
    "nhk_2016": (
        "Abe, Putin hold talks in Nagato",
        None,
        date(2016, 12, 15),
        "NHK",
    ),
    "rferl_2019": (
        "Putin, Abe Say Peace Deal Will Take Time As Island Dispute Lingers",
        None,
        date(2019, 1, 22),
        "Radio Free Europe/Radio Liberty",
    ),
    "telegraph_2016": (  # a caption ending "CREDIT: AFP" between headline and byline
        "Vladimir Putin arrives late for Japan summit as Shinzo Abe hopes for island breakthrough",
        None,
        date(2016, 12, 15),
        "The Telegraph",
    ),
    "trtworld_2022": (  # "AFP" under the standfirst, "Source: AFP" at the end
        "Japan protests as Russia holds drills on disputed islands",
        None,
        date(2022, 3, 26),
        "AFP",
    ),
    "anadolu_2022": (  # "MOSCOW" alone; the subscription notice at the end
        "Russia halts peace treaty talks with Japan over sanctions",
        "MOSCOW",
        date(2022, 3, 22),
        "Anadolu Agency",
    ),
    "thehill_2022": (  # the masthead, not the copyright's holder (Nexstar Media)
        "Russia ends peace treaty talks with Japan",
        None,
        date(2022, 3, 21),
        "The Hill",
    ),
    "straitstimes_2019": (
        "Putin, Abe fail to make breakthrough on islands dispute",
        "MOSCOW",
        date(2019, 1, 22),
        "Reuters",
    ),
    "japantoday_2019": (  # "©2019 AFP"; the login prompts after it
        "Abe, Putin vow to keep pushing on peace treaty, but no breakthrough",
        "MOSCOW",
        date(2019, 1, 23),
        "AFP",
    ),
    "rt_2010": (
        "Medvedev visits Kuril Islands despite Japanese protests",
        None,
        date(2010, 11, 1),
        "RT",
    ),
    "itartass_2016": (  # the dateline alone on its line
        "Putin says no territorial dispute with Japan, only peace treaty issue",
        "NAGATO",
        date(2016, 12, 15),
        "TASS",
    ),
    "japantimes_2010": (
        "Medvedev visits disputed isle",
        None,
        date(2010, 11, 2),
        "The Japan Times",
    ),
    "mainichi_2010": (
        "Medvedev's isle visit draws Japanese protest",
        None,
        date(2010, 11, 2),
        "The Mainichi",
    ),
    "nikkei_2005": (  # "Nov. 21, 2005 (Nihon Keizai Shimbun Monday evening edition)"
        "Koizumi, Putin Fail To Narrow Gap Over Isles",
        "TOKYO",
        date(2005, 11, 21),
        "Nikkei",
    ),
    "voa_2022": (  # "By Associated Press" on VOA's page
        "Russia Drops Peace Treaty Talks With Japan Over Sanctions",
        "MOSCOW",
        date(2022, 3, 21),
        "Associated Press",
    ),
    "nationalinterest_2019": (
        "Why Japan and Russia Can't Make Peace",
        None,
        date(2019, 1, 28),
        "The National Interest",
    ),
    "foreignpolicy_2022": (  # a section's blurb, a sentence, above the headline
        "Putin Just Killed Japan's Dream of Getting Its Islands Back",
        None,
        date(2022, 3, 23),
        "Foreign Policy",
    ),
    "eurasiareview_2020": (  # the page's own outlet; Valdai is named as the first publisher
        "Russia's Constitutional Amendment And The Kuril Islands – Analysis",
        None,
        date(2020, 7, 10),
        "Eurasia Review",
    ),
    "usembassy_2022": (
        "Statement on Northern Territories Day",
        None,
        date(2022, 2, 7),
        "U.S. Embassy in Japan",
    ),
    "aljazeera_2010": (
        "Japan anger at Russia island visit",
        None,
        date(2010, 11, 1),
        "Al Jazeera",
    ),
    "bbc_2019": (
        "Putin and Abe fail to break Kuril islands deadlock",
        None,
        date(2019, 1, 22),
        "BBC",
    ),
    "nyt_2005": (
        "Putin's Visit to Japan Ends Without Deal on Islands",
        "TOKYO",
        date(2005, 11, 22),
        "The New York Times",
    ),
    "iht_2008": (
        "Medvedev and Fukuda agree to seek island deal",
        "TOYAKO",
        date(2008, 7, 7),
        "International Herald Tribune",
    ),
    "washingtontimes_2016": (
        "Putin, Abe make little headway on disputed islands",
        "TOKYO",
        date(2016, 12, 16),
        "Associated Press",
    ),
    "foxnews_ap_2013": (
        "Japan, Russia agree to restart talks on disputed islands",
        "MOSCOW",
        date(2013, 4, 29),
        "Associated Press",
    ),
    "yomiuri_2005": (  # "(Nov. 22, 2005)" under the story
        "Koizumi, Putin fail to narrow isle gap",
        None,
        date(2005, 11, 22),
        "The Yomiuri Shimbun",
    ),
    "mofa_2007": (  # an undated pamphlet page
        "Japan's Northern Territories",
        None,
        None,
        "Ministry of Foreign Affairs of Japan",
    ),
    "tass_2010": (
        "Medvedev visits Kuriles, says they are important Russian region",
        "YUZHNO-KURILSK",
        date(2010, 11, 1),
        "TASS",
    ),
    "sputnik_2016": (
        "Putin: Russia Has No Territorial Dispute With Japan",
        "MOSCOW",
        date(2016, 12, 13),
        "Sputnik",
    ),
    "japantimes_2019": (  # "… attend a joint news conference … | REUTERS"
        "Abe-Putin summit ends with no progress on territorial dispute",
        "MOSCOW",
        date(2019, 1, 23),
        "The Japan Times",
    ),
    "interfax_2010": (  # "MOSCOW. Nov 1 (Interfax)": no year
        "Lavrov: Kuril Islands are Russian territory",
        "MOSCOW",
        None,
        "Interfax",
    ),
    "wsj_2022": (
        "Russia Suspends Peace Talks With Japan Over Sanctions",
        "TOKYO",
        date(2022, 3, 21),
        "The Wall Street Journal",
    ),
    "japanforward_2022": (  # "Author: Editorial Board, The Sankei Shimbun"
        "[Editorial] Russia's Suspension of Peace Talks Exposes Its True Face",
        None,
        date(2022, 3, 23),
        "The Sankei Shimbun",
    ),
    "rg_2016": (  # "Russian Gazeta, Federal issue No. 7155 (286)"
        "Putin: Russia and Japan must first build trust",
        None,
        date(2016, 12, 16),
        "Rossiyskaya Gazeta",
    ),
    "kyodo_2012": (  # "TOKYO, July 3, Kyodo" alone on its line: no year
        "Medvedev visits disputed isle again, Japan protests",
        "TOKYO",
        None,
        "Kyodo",
    ),
    "ap_2022": (
        "Russia withdraws from WWII peace treaty talks with Japan",
        "MOSCOW",
        date(2022, 3, 21),
        "Associated Press",
    ),
    "embassy_jp_2020": (
        "Ambassador's message on Northern Territories Day",
        None,
        date(2020, 2, 7),
        "Embassy of Japan in Russia",
    ),
    "izvestia_2019": (
        "Kuril compromise: what Moscow wants from Tokyo",
        None,
        date(2019, 1, 22),
        "Izvestia",
    ),
    "guardian_2016": (
        "Putin and Abe fail to make breakthrough on disputed Kuril islands",
        None,
        date(2016, 12, 16),
        "The Guardian",
    ),
    "nippon_2022": (  # "Read in other languages"; "(Originally published in Japanese. …)"
        "Russia's Invasion of Ukraine Ends Japan's Hopes for the Northern Territories",
        None,
        date(2022, 4, 8),
        "Nippon.com",
    ),
    "moscowtimes_2019": (  # "By Reuters" on The Moscow Times' page
        "Russia, Japan Make No Progress on Kurils After Putin-Abe Talks",
        None,
        date(2019, 1, 22),
        "Reuters",
    ),
    "mofa_press_2019": (
        "Press Conference by Foreign Minister Taro Kono",
        None,
        date(2019, 1, 15),
        "Ministry of Foreign Affairs of Japan",
    ),
    "tass_2024": (  # "MOSCOW, February 7. /TASS/.": no year
        "Russia sees no prospects for peace treaty talks with Japan — Zakharova",
        "MOSCOW",
        None,
        "TASS",
    ),
    "japantoday_2024": (  # "© KYODO"
        "Kishida vows to keep seeking return of Russian-held isles",
        "TOKYO",
        date(2024, 2, 7),
        "Kyodo",
    ),
    "usnews_reuters_2018": (  # a standfirst the lead repeats; "|" between byline and date
        "Japan's Abe, Russia's Putin Agree to Speed Up Peace Treaty Talks",
        "SINGAPORE",
        date(2018, 11, 14),
        "Reuters",
    ),
    "cna_2019": (  # "MOSCOW:"; "Source: AFP/zl" at the foot
        "No breakthrough on islands row as Abe meets Putin in Moscow",
        "MOSCOW",
        date(2019, 1, 22),
        "AFP",
    ),
    "barents_2020": (
        "Russia deploys S-300V4 air defence to disputed Kuril island",
        None,
        date(2020, 12, 1),
        "The Barents Observer",
    ),
    "thehindu_2016": (  # "TOKYO, December 16, 2016 20:32 IST" above the body; "AP" below it
        "Japan, Russia agree to joint economic activities on disputed islands",
        "TOKYO",
        date(2016, 12, 16),
        "Associated Press",
    ),
    "devdiscourse_2020": (  # "03-07-2020": 3 July, as "on Friday" says; a syndicated-feed note
        "Japan protests Russian constitution's ban on ceding territory",
        None,
        date(2020, 7, 3),
        "Devdiscourse",
    ),
    "bangkokpost_afp_2022": (  # "WRITER: AFP"
        "Russia halts peace treaty talks with Japan over sanctions",
        "MOSCOW",
        date(2022, 3, 22),
        "AFP",
    ),
    "starsandstripes_2022": (  # "Stars and Stripes • March 28, 2022"; "… in this image released by"
        "Russia stages drills on disputed islands as Japan objects",
        "TOKYO",
        date(2022, 3, 28),
        "Stars and Stripes",
    ),
    "koreatimes_2019": (  # "Posted : 2019-01-22 22:17 | Updated : …"
        "Abe, Putin fail to narrow gap over islands",
        None,
        date(2019, 1, 22),
        "The Korea Times",
    ),
    "axios_2022": (  # "Why it matters:" and the other labelled paragraphs are body
        "Russia walks away from WWII peace treaty talks with Japan",
        None,
        date(2022, 3, 21),
        "Axios",
    ),
    "alarabiya_afp_2019": (  # "AFP, Moscow"; "Published: 22 January ,2019: 08:02 PM GST"
        "Putin and Abe see 'painstaking work' ahead on peace treaty",
        "MOSCOW",
        date(2019, 1, 22),
        "AFP",
    ),
    "vladnews_2005": (  # "15.11.2005"
        "Putin's Tokyo visit brings no deal on islands",
        None,
        date(2005, 11, 15),
        "Vladivostok News",
    ),
    "siberiantimes_2021": (  # "By The Siberian Times reporter"; "… Picture: NAME" captions
        "Tax breaks for investors on the Kuril Islands come into force",
        None,
        date(2021, 12, 22),
        "The Siberian Times",
    ),
    "iiss_2022": (  # "29th March 2022"; the author's name and title under it
        "Russia, Japan and the end of the peace-treaty process",
        None,
        date(2022, 3, 29),
        "International Institute for Strategic Studies",
    ),
    "marketscreener_reuters_2019": (  # "01/22/2019 | 11:02am EST": only month/day is a real day
        "Putin, Abe see no quick fix to island dispute",
        "MOSCOW",
        date(2019, 1, 22),
        "Reuters",
    ),
    "mofa_press_contents_2009": (  # a title of its kind and its date: "Press Conference, 12 …"
        "Press Conference, 12 March 2009",
        None,
        date(2009, 3, 12),
        None,
    ),
    "mofa_press_numbered_2010": (  # "Press Conference by the Deputy Press Secretary, 17 …"
        "Press Conference by the Deputy Press Secretary, 17 June 2010",
        None,
        date(2010, 6, 17),
        None,
    ),
    "mod_press_2021": (  # a title dated in brackets: the headline and the date, not a date line
        "Press Conference by the Defense Minister Kishi (09:59-10:14 A.M. February 5, 2021)",
        None,
        date(2021, 2, 5),
        "Ministry of Defense of Japan",
    ),
    "eastrussia_2019": (  # "12.03.2019"; "Source: EastRussia"
        "New airport terminal to open on Iturup",
        None,
        date(2019, 3, 12),
        "EastRussia",
    ),
    "rand_2019": (  # "This commentary originally appeared on The Diplomat on February 6, 2019."
        "Putin and Abe: Why the Islands Deal Is Further Away Than It Looks",
        None,
        date(2019, 2, 7),
        "RAND Corporation",
    ),
    "ani_2022": (  # "Tokyo [Japan], March 26 (ANI):"
        "Japan lodges protest over Russian military drills on disputed islands",
        "TOKYO",
        date(2022, 3, 26),
        "ANI",
    ),
    "peoplesdaily_2019": (  # "(Xinhua) 09:01, January 23, 2019" over "MOSCOW, Jan. 22 (Xinhua)"
        "Putin, Abe pledge to continue peace treaty talks",
        "MOSCOW",
        date(2019, 1, 23),
        "Xinhua",
    ),
    "khaleejtimes_afp_2018": (  # "(AFP)" then "Singapore" alone: title case, not a dateline
        "Putin, Abe agree to step up talks on island row",
        None,
        date(2018, 11, 14),
        "AFP",
    ),
    "bernama_2019": (  # "(Bernama-Sputnik)": Sputnik's copy
        "Russia, Japan to continue talks on peace treaty - Lavrov",
        "MOSCOW",
        date(2019, 1, 14),
        "Sputnik",
    ),
    "thestar_reuters_2016": (  # "10:35 PM MYT" under the date
        "Japan, Russia agree to joint economic activity on disputed isles",
        "TOKYO",
        date(2016, 12, 16),
        "Reuters",
    ),
    "bignewsnetwork_ians_2019": (  # "IANS" alone under the headline; "Tokyo, Jan 22 (IANS)"
        "Abe, Putin to speed up peace treaty talks",
        "TOKYO",
        date(2019, 1, 22),
        "IANS",
    ),
    "chinaorg_2010": (  # "Xinhua, November 1, 2010"; "Adjust font size:"
        "Medvedev visits disputed island, Japan protests",
        None,
        date(2010, 11, 1),
        "Xinhua",
    ),
    "primamedia_2016": (  # "YUZHNO-SAKHALINSK, Dec 15, PrimaMedia."
        "Sakhalin residents hope Nagato summit brings investment, not territorial concessions",
        "YUZHNO-SAKHALINSK",
        date(2016, 12, 15),
        "PrimaMedia",
    ),
    "globeandmail_reuters_2019": (  # "REUTERS NEWS SERVICE"; a newsletter's pitch after the body
        "Japan's Abe says treaty talks with Russia to go on despite differences",
        None,
        date(2019, 1, 22),
        "Reuters",
    ),
    "irishtimes_2019": (  # "Reuters" alone after the body
        "Russia and Japan make no headway on disputed islands",
        None,
        date(2019, 1, 22),
        "Reuters",
    ),
    "nzherald_ap_2016": (  # "… Putin. Photo / AP" under the date; "- AP" closing the story
        "Japan and Russia agree on island projects, no deal on sovereignty",
        None,
        date(2016, 12, 16),
        "Associated Press",
    ),
    "sptimes_2005": (  # "Issue #1120 (90), Tuesday, November 22, 2005" under the masthead
        "Putin Leaves Tokyo Without Island Deal",
        "TOKYO",
        date(2005, 11, 22),
        "The St. Petersburg Times",
    ),
    "moscownews_2010": (
        "Medvedev's island trip angers Tokyo",
        None,
        date(2010, 11, 2),
        "The Moscow News",
    ),
    "nippon_jiji_2021": (  # "Tokyo, Feb. 16 (Jiji Press)--"; "[Copyright The Jiji Press, Ltd.]"
        "Japan Protests Russian Missile Drills near Northern Territories",
        "TOKYO",
        date(2021, 2, 16),
        "Jiji Press",
    ),
    "straitstimes_ann_2019": (  # "The Yomiuri Shimbun/Asia News Network": the Yomiuri's copy
        "Japan, Russia foreign ministers hold talks on peace treaty",
        "MUNICH",
        date(2019, 2, 17),
        "The Yomiuri Shimbun",
    ),
    "inquirer_afp_2018": (  # "Agence France-Presse / 08:14 PM November 14, 2018"
        "Putin, Abe agree to accelerate peace talks",
        "SINGAPORE",
        date(2018, 11, 14),
        "AFP",
    ),
    "cfr_2016": (  # an unknown masthead naming an institution; "Blog Post by NAME"
        "Abe and Putin: No Deal on the Islands, Yet",
        None,
        date(2016, 12, 16),
        "Council on Foreign Relations",
    ),
    "iht_asahi_2005": (  # "IHT/Asahi: November 22, 2005" above the headline
        "EDITORIAL/ Putin visit",
        None,
        date(2005, 11, 22),
        "The Asahi Shimbun",
    ),
    "moderndiplomacy_2021": (
        "Kurils: Why Moscow Is in No Hurry",
        None,
        date(2021, 1, 12),
        "Modern Diplomacy",
    ),
    "orientalreview_2019": (  # the masthead as printed, in capitals, above its tagline
        "Why Russia Will Not Give Up the Kurils",
        None,
        date(2019, 1, 25),
        "ORIENTAL REVIEW",
    ),
    "tokyofoundation_2016": (
        "The Nagato Summit and the Future of Japan-Russia Relations",
        None,
        date(2016, 12, 26),
        "The Tokyo Foundation for Policy Research",
    ),
    "wilsoncenter_2019": (  # named by its disclaimer
        "Abe's Russia Gamble After the Moscow Summit",
        None,
        date(2019, 1, 28),
        "Wilson Center",
    ),
    "archiveph_reuters_2019": (  # archive.today's toolbar: "Saved from https://www.reuters.com/…"
        "Putin, Abe make no breakthrough on island dispute",
        "MOSCOW",
        date(2019, 1, 22),
        "Reuters",
    ),
    "instapaper_nikkei_2018": (  # "Saved November 15, 2018 · 4 min read": not the publication
        "Russia and Japan agree to speed up peace treaty talks",
        "SINGAPORE",
        None,
        "Nikkei",
    ),
    "clipping_kyodo_2019": (  # "Title: …", "Source: Kyodo News", "Date: …", "Collected: …"
        "Abe, Putin agree to step up talks on peace treaty",
        None,
        date(2019, 1, 22),
        "Kyodo",
    ),
    "printfriendly_japantimes_2016": (
        "Abe, Putin agree on joint economic activities for disputed isles",
        None,
        date(2016, 12, 16),
        "The Japan Times",
    ),
    "readermode_tass_2020": (  # "MOSCOW, July 2. /TASS/.": no year
        "Russia's new Constitution rules out giving away Kurils — Kremlin",
        "MOSCOW",
        None,
        "TASS",
    ),
    "clipping_asahi_2023": (  # "Headline: …", "Publication: …", "Published: …"
        "Kishida vows to keep pressing for return of islands",
        None,
        date(2023, 2, 7),
        "The Asahi Shimbun",
    ),
    "highbeam_japantimes_2005": (  # "Article from: The Japan Times", "Article date: …"
        "Putin, Koizumi fail to bridge isle gap",
        None,
        date(2005, 11, 22),
        "The Japan Times",
    ),
    "mainichi_editorial_2019": (  # "January 23, 2019 (Mainichi Japan)"; "Japanese version"
        "Editorial: Abe must not rush into an islands deal that Japanese cannot accept",
        None,
        date(2019, 1, 23),
        "The Mainichi",
    ),
    "kantei_speech_2023": (  # "[Provisional Translation]" under the date
        "Address by Prime Minister Kishida at the 2023 National Rally to Demand the Return of the"
        " Northern Territories",
        None,
        date(2023, 2, 7),
        "Prime Minister's Office of Japan",
    ),
    "russiadirect_2016": (  # the author's note after the body
        "The Nagato summit: What Russia and Japan really agreed",
        None,
        date(2016, 12, 19),
        "Russia Direct",
    ),
    "hokkaidoshimbun_editorial_2022": (  # "(Translated from the March 23 editorial)"
        "Editorial: Russia's suspension of talks betrays former islanders",
        None,
        date(2022, 3, 23),
        "The Hokkaido Shimbun",
    ),
    "japantimes_pullquote_2022": (  # a pull quote the body repeats
        "Kishida calls Russia's halt to treaty talks 'extremely unfair'",
        None,
        date(2022, 3, 22),
        "The Japan Times",
    ),
    "nyt_correction_2019": (  # "Correction: Jan. 24, 2019" and the correction below the body
        "Putin and Abe Meet, but the Islands Stay Russian",
        "MOSCOW",
        date(2019, 1, 22),
        "The New York Times",
    ),
    "moscowtimes_tweet_2022": (  # "— MFA Russia (@mfa_russia) March 21, 2022" under its text
        "Russia Pulls Out of Peace Treaty Talks With Japan",
        None,
        date(2022, 3, 21),
        "The Moscow Times",
    ),
    "kyodo_gallery_2019": (  # "Photo 1 of 3" and the photo's caption, "… pray at … (Kyodo)"
        "Former islanders visit ancestral graves on Etorofu",
        None,
        date(2019, 8, 21),
        "Kyodo",
    ),
    "reuters_updatenote_2023": (  # "Updated 2 years ago"; "UPDATE: This story has been updated …"
        "Russia says talks with Japan on peace treaty impossible",
        "MOSCOW",
        date(2023, 2, 7),
        "Reuters",
    ),
    "aljazeera_explainer_2022": (  # the questions that head its sections stay, as body
        "What are the Kuril Islands and why do Russia and Japan dispute them?",
        None,
        date(2022, 3, 22),
        "Al Jazeera",
    ),
    "bbc_2006": (  # "Last Updated: Wednesday, 16 August 2006, 10:43 GMT 11:43 UK" above it all
        "Russia kills Japanese fisherman",
        None,
        date(2006, 8, 16),
        "BBC",
    ),
    "guardian_2006": (  # "Justin McCurry in Tokyo / Thursday August 17, 2006 / The Guardian"
        "Japan protests after Russian patrol kills fisherman",
        None,
        date(2006, 8, 17),
        "The Guardian",
    ),
    "nyt_ap_2006": (  # "By THE ASSOCIATED PRESS / Published: August 16, 2006"
        "Russian Patrol Kills Japanese Fisherman",
        "TOKYO",
        date(2006, 8, 16),
        "Associated Press",
    ),
    "japantimes_2006": (  # "The Japan Times: Thursday, Aug. 17, 2006"; "Kyodo News" under it
        "Russia kills Hokkaido crabber, holds crew",
        "NEMURO",
        date(2006, 8, 17),
        "Kyodo",
    ),
    "cnn_2006": (  # "POSTED: 0458 GMT (1258 HKT), August 16, 2006"; "Find this article at:"
        "Japan fisherman killed by Russian patrol",
        "TOKYO",
        date(2006, 8, 16),
        "CNN",
    ),
    "rian_2006": (  # "16/ 08/ 2006"
        "Russian border guards detain Japanese fishing boat, one killed",
        "YUZHNO-SAKHALINSK",
        date(2006, 8, 16),
        "RIA Novosti",
    ),
    "mid_2005": (  # the document number, "Unofficial translation from Russian", the date at the end
        "Russian MFA Spokesman Mikhail Kamynin Answers a Russian Media Question Regarding the"
        " Results of the Visit of Vladimir Putin to Japan",
        None,
        date(2005, 11, 22),
        "Ministry of Foreign Affairs of Russia",
    ),
    "embassyru_2019": (  # "07.02.2019"
        "Commentary of the Embassy regarding the Northern Territories Day",
        None,
        date(2019, 2, 7),
        "Embassy of Russia in Japan",
    ),
    "mofa_maehara_2010": (  # numbered paragraphs
        "Statement by Minister for Foreign Affairs Seiji Maehara on the Visit to Kunashiri Island"
        " by President Dmitry Medvedev of the Russian Federation",
        None,
        date(2010, 11, 1),
        "Ministry of Foreign Affairs of Japan",
    ),
    "kremlin_kunashir_2010": (  # "November 1, 2010 13:30 Kunashir Island"
        "Dmitry Medvedev visited Kunashir Island",
        None,
        date(2010, 11, 1),
        "President of Russia",
    ),
    "kantei_koizumi_2005": (  # "Monday, November 21, 2005 / Prime Minister's Official Residence"
        "Press Conference by Prime Minister Junichiro Koizumi Following the Japan-Russia Summit"
        " Meeting",
        None,
        date(2005, 11, 21),
        "Prime Minister's Office of Japan",
    ),
    "sakhalin_2010": (  # an unknown masthead: "Sakhalin Oblast Government" over "Official website"
        "Governor welcomes President's visit to Kunashir",
        None,
        date(2010, 11, 2),
        "Sakhalin Oblast Government",
    ),
    "asahi_voxpopuli_2019": (  # "Asia & Japan Watch" above it; the column's note below
        "VOX POPULI: Former islanders' dream of going home fades with age",
        None,
        date(2019, 1, 24),
        "The Asahi Shimbun",
    ),
    "kyodo_focus_2020": (
        "FOCUS: Russia's constitution change deals blow to Japan's hopes on islands",
        None,
        date(2020, 7, 3),
        "Kyodo",
    ),
    "ft_paywall_2022": (  # one paragraph, then the paywall's pitch
        "Russia ends peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "Financial Times",
    ),
    "nikkeiasia_paywall_2023": (  # "To read the full story, subscribe now."
        "Japan and Russia fishing talks stall as ties sour",
        "TOKYO",
        date(2023, 4, 14),
        "Nikkei",
    ),
    "rt_cyrillic_2019": (  # Russian words quoted in Cyrillic inside an English paragraph
        "'Kurils are Russian land': Islanders reject talk of handover",
        None,
        date(2019, 1, 24),
        "RT",
    ),
    "nhk_japaneseui_2021": (  # the site's Japanese menu and share label
        "Russian missile deployment on disputed islands draws protest",
        None,
        date(2021, 12, 3),
        "NHK",
    ),
    "nyt_1993": (  # "By DAVID E. SANGER, Special to The New York Times"
        "Yeltsin and Hosokawa Sign Declaration on Islands",
        "TOKYO",
        date(1993, 10, 14),
        "The New York Times",
    ),
    "latimes_1997": (  # "November 2, 1997 | From Times Wire Reports"
        "Yeltsin, Hashimoto Set 2000 Goal for Peace Treaty",
        "KRASNOYARSK",
        date(1997, 11, 2),
        "Los Angeles Times",
    ),
    "bbc_2001": (  # "Sunday, 25 March, 2001, 10:24 GMT 11:24 UK" under the masthead
        "Putin and Mori fail to resolve island row",
        None,
        date(2001, 3, 25),
        "BBC",
    ),
    "upi_1991": (
        "Gorbachev arrives in Japan for historic visit",
        "TOKYO",
        date(1991, 4, 18),
        "UPI",
    ),
    "chicagotribune_1993": (  # "By Teresa Watanabe, Los Angeles Times.": the Times' copy
        "YELTSIN SAYS 1956 PACT STILL VALID",
        "TOKYO",
        date(1993, 10, 13),
        "Los Angeles Times",
    ),
    "washingtonpost_1998": (  # "Sunday, April 19, 1998; Page A24"; "KAWANA, Japan, April 18 —"
        "Yeltsin, Hashimoto Hold Talks at Seaside Resort",
        "KAWANA",
        date(1998, 4, 19),
        "The Washington Post",
    ),
    "chinadaily_2019": (  # "By Zhang Yunbi | China Daily | Updated: 2019-01-23 07:15"
        "Abe, Putin vow to continue talks despite differences",
        None,
        date(2019, 1, 23),
        "China Daily",
    ),
    "kbsworld_2022": (  # "Write: 2022-03-26 14:21:05 Update: …"
        "Japan Protests Russia's Military Drills on Disputed Islands",
        None,
        date(2022, 3, 26),
        "KBS",
    ),
    "cgtn_video_2022": (  # a video's length ("02:15") and its editor
        "Russia suspends peace treaty talks with Japan",
        None,
        date(2022, 3, 22),
        "CGTN",
    ),
    "jakartapost_afp_2022": (  # "Agence France-Presse" and "Moscow, Russia ● Tue, March 22, 2022"
        "Russia halts peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "AFP",
    ),
    "arirang_2019": (  # the reporter's sign-off, "Kim Min-ji, Arirang News."
        "Japan, Russia leaders agree to speed up peace treaty talks",
        None,
        date(2019, 1, 23),
        "Arirang",
    ),
    "ukrinform_2022": (  # "© 2015-2022 Ukrinform."; the editor's initials "ol" close the story
        "Zelensky signs decree recognizing Southern Kurils as Japanese territory",
        None,
        date(2022, 10, 7),
        "Ukrinform",
    ),
    "milru_2016": (  # the masthead "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION"
        "Coastal missile systems Bal and Bastion deployed on Iturup and Kunashir islands",
        None,
        date(2016, 11, 22),
        "Ministry of Defense of Russia",
    ),
    "economictimes_pti_2018": (  # "PTI | Last Updated: …"; a "Synopsis" the lead repeats
        "Japan, Russia agree to speed up peace treaty talks",
        "SINGAPORE",
        date(2018, 11, 14),
        "PTI",
    ),
    "prensalatina_2021": (  # "Moscow, Jul 26 (Prensa Latina) Russia rejected …"
        "Russia rejects Japan's protest over Mishustin visit to Kurils",
        "MOSCOW",
        date(2021, 7, 26),
        "Prensa Latina",
    ),
    "mosnews_2005": (  # "Created: 20.11.2005 15:44 MSK (GMT +3), Updated: 16:02 MSK"
        "Putin Arrives in Tokyo for Talks on Disputed Islands",
        None,
        date(2005, 11, 20),
        "MosNews",
    ),
    "presidentua_2022": (  # "Official website of the President of Ukraine"
        "Volodymyr Zelenskyy signed a decree on the Northern Territories of Japan",
        None,
        date(2022, 10, 7),
        "President of Ukraine",
    ),
    "asiatimes_2004": (  # "(Copyright 2004 Asia Times Online Ltd. …)"
        "Russia-Japan: Island-hopping diplomacy",
        "TOKYO",
        date(2004, 11, 19),
        "Asia Times",
    ),
    "bbc_2000": (  # "BBC News Online: World: Asia-Pacific"; "You are in: …"; "Internet links:"
        "Putin and Mori fail to agree on islands",
        None,
        date(2000, 9, 4),
        "BBC",
    ),
    "cnn_2000": (  # "CNN.com - H - September 4, 2000"; links, each with its date
        "Putin, Mori fail to resolve islands dispute",
        "TOKYO",
        date(2000, 9, 4),
        "CNN",
    ),
    "irkutsk_pdf_2001": (  # a PDF's text: wrapped lines, page numbers "- 1 -"; no date line
        "Irkutsk Statement by the Prime Minister of Japan and the President of the Russian"
        " Federation on Further Continuation of Negotiations on the Issue of a Peace Treaty",
        None,
        None,
        None,
    ),
    "japantimes_2003": (  # "MOSCOW (Kyodo)"; "The Japan Times: Jan. 11, 2003" closing the page
        "Koizumi, Putin adopt action plan",
        "MOSCOW",
        date(2003, 1, 11),
        "Kyodo",
    ),
    "peoplesdaily_2004": (  # "People's Daily Online -- H", the site first; "Source: Xinhua"
        "Russia ready to hand over two islands to Japan: Lavrov",
        None,
        date(2004, 11, 15),
        "Xinhua",
    ),
    "efe_2022": (  # "Moscow, Mar 21 (EFE).-"
        "Russia withdraws from peace treaty talks with Japan",
        "MOSCOW",
        date(2022, 3, 21),
        "EFE",
    ),
    "focustaiwan_2022": (  # "Taipei, March 22 (CNA)" under "Focus Taiwan": not Channel NewsAsia
        "Taiwan watching Russia-Japan tensions over Kuril Islands: MOFA",
        "TAIPEI",
        date(2022, 3, 22),
        "Central News Agency",
    ),
    "hankyoreh_2019": (  # headline, "Posted on : …", then a standfirst longer in content words
        "Japan and Russia fail to make progress on Kuril Islands dispute",
        None,
        date(2019, 1, 23),
        "The Hankyoreh",
    ),
    "pbs_transcript_2016": (  # a transcript: "JUDY WOODRUFF:" is a speaker, not a dateline
        "Putin visits Japan, but no deal on disputed islands",
        None,
        date(2016, 12, 15),
        "PBS",
    ),
    "russiaprofile_2010": (  # "Foreign Policy", a section; "11/02/2010", "on Monday"
        "Medvedev's Kuril Visit Strains Ties With Tokyo",
        None,
        date(2010, 11, 2),
        "Russia Profile",
    ),
    "smh_reuters_2010": (  # "TOKYO:"; "Reuters" closing the story
        "Japan protests as Medvedev visits disputed island",
        "TOKYO",
        date(2010, 11, 1),
        "Reuters",
    ),
    "europarl_2005": (  # "Texts adopted", "Thursday, 7 July 2005 - Strasbourg"
        "European Parliament resolution on relations between the EU, China and "
        "Taiwan and security in the Far East",
        None,
        date(2005, 7, 7),
        "European Parliament",
    ),
    "gazetaru_2012": (  # "03.07.2012, 14:22"; "Text: Gazeta.ru"
        "Medvedev visits Kunashir again, angering Tokyo",
        None,
        date(2012, 7, 3),
        "Gazeta.ru",
    ),
    "googlecache_reuters_2019": (  # "This is Google's cache of https://www.reuters.com/…"
        "Japan's Abe says no quick deal with Russia on islands",
        "TOKYO",
        date(2019, 1, 28),
        "Reuters",
    ),
    "pressreader_japantimes_2019": (  # a PressReader copy; "Kyodo" under the date
        "Abe, Putin make little headway on isles",
        "MOSCOW",
        date(2019, 1, 23),
        "Kyodo",
    ),
    "substack_2023": (  # "Thanks for reading Eurasia Notes! Subscribe for free …"
        "The Kurils after Ukraine: why Tokyo stopped talking",
        None,
        date(2023, 2, 7),
        "Eurasia Notes",
    ),
    "cbsnews_ap_2010": (  # "Updated on: November 1, 2010 / 8:14 AM / AP"
        "Russian president visits islands claimed by Japan",
        "MOSCOW",
        date(2010, 11, 1),
        "Associated Press",
    ),
    "chosun_2019": (  # "The Chosun Ilbo"; "Copyright © Chosunilbo & Chosun.com"
        "Japan, Russia Make No Headway on Island Dispute",
        None,
        date(2019, 1, 23),
        "The Chosun Ilbo",
    ),
    "dawn_afp_2019": (  # "AFP" over "Published …"; "Published in Dawn, January 23rd, 2019"
        "Putin, Abe fail to make breakthrough on island dispute",
        "MOSCOW",
        date(2019, 1, 22),
        "AFP",
    ),
    "roscongress_2018": (  # "ROSCONGRESS" … "Roscongress Foundation"
        "Vladimir Putin proposes signing peace treaty with Japan without preconditions",
        None,
        date(2018, 9, 12),
        "Roscongress Foundation",
    ),
    "spiegel_2010": (  # "DER SPIEGEL" … "© DER SPIEGEL 2010"; "11/02/2010", "on Monday"
        "Medvedev's Island Trip: Kremlin Provokes Tokyo in Kuril Dispute",
        None,
        date(2010, 11, 2),
        "Der Spiegel",
    ),
    "thenational_afp_2022": (  # "Agence France-Presse" under the standfirst
        "Russia pulls out of peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "AFP",
    ),
    "factbox_reuters_2016": (  # "(Reuters) - " with no city; bullets
        "Japan, Russia's decades-old island dispute",  # "FACTBOX-" off
        None,
        date(2016, 12, 15),
        "Reuters",
    ),
    "japantoday_comments_2019": (  # readers' comments under "12 Comments" / "Login to comment"
        "Abe, Putin fail to bridge gap over islands",
        "MOSCOW",
        date(2019, 1, 23),
        "Kyodo",
    ),
    "kyivpost_2022": (  # "War in Ukraine", a section of one subject word, above the headline
        "Zelensky recognizes Kuril Islands as Japanese territory",
        None,
        date(2022, 10, 7),
        "Kyiv Post",
    ),
    "letter_japantimes_2016": (  # a letter: its signature above the disclaimer that closes it
        "Islands deal would be a mistake",
        None,
        date(2016, 12, 20),
        "The Japan Times",
    ),
    "qa_nippon_2021": (  # "Interview by Nippon.com staff"; "Q:" / "IWASHITA:" are speakers
        "Why the Northern Territories Talks Stalled: An Interview with Iwashita Akihiro",
        None,
        date(2021, 4, 14),
        "Nippon.com",
    ),
    "rfa_2022": (  # "2022.12.05"; "Copyright © 1998-2022, RFA."
        "Russia deploys missiles on disputed Kuril island",
        None,
        date(2022, 12, 5),
        "Radio Free Asia",
    ),
    "interfax_avn_2016": (  # "MOSCOW. Nov 22 (Interfax-AVN) -"
        "Bastion, Bal missile systems deployed on Kuril Islands",
        "MOSCOW",
        date(2016, 11, 22),
        "Interfax",
    ),
    "interfax_nexis_2012": (  # "YUZHNO-KURILSK. July 3 (Interfax) -" in a database export
        "Medvedev visits Kunashir island",
        "YUZHNO-KURILSK",
        date(2012, 7, 3),
        "Interfax",
    ),
    "itartass_2005": (  # "TOKYO, November 21 (Itar-Tass) --"; "21.11.2005 11:31"
        "Putin arrives in Japan for official visit",
        "TOKYO",
        date(2005, 11, 21),
        "TASS",
    ),
    "jen_kyodo_1998": (  # a database export; "TOKYO, April 19 Kyodo" alone on its line
        "Hashimoto, Yeltsin wrap up Kawana summit",
        "TOKYO",
        date(1998, 4, 19),
        "Kyodo",
    ),
    "jiji_2010": (  # "TOKYO, Nov. 1 (Jiji Press)--"; "(2010/11/01-18:22)"
        "Japan protests Medvedev's visit to disputed island",
        "TOKYO",
        date(2010, 11, 1),
        "Jiji Press",
    ),
    "xinhua_2005": (  # "TOKYO, Nov. 21 (Xinhuanet) --"; "Editor: Sun Yunlong"
        "Putin, Koizumi fail to make progress on territorial dispute",
        "TOKYO",
        date(2005, 11, 21),
        "Xinhua",
    ),
    "mofa_pdf_2019": (  # a PDF's text: "The nego-" / "tiations" joined whole; page numbers
        "Japan-Russia Foreign Ministers' Meeting",
        None,
        date(2019, 1, 14),
        "Ministry of Foreign Affairs of Japan",
    ),
    "todayinhistory_ap_2020": (  # a digest of dated items, read as one page
        "Today in History: Oct. 19",
        None,
        date(2020, 10, 19),
        "Associated Press",
    ),
    "youtube_nhk_2022": (  # a video page: "15,234 views  Mar 22, 2022", "1.2M subscribers"
        "Russia suspends peace treaty talks with Japan",
        None,
        date(2022, 3, 22),
        "NHK",
    ),
    "japannews_2023": (  # a caption "… in this image released by …" above its credit
        "Russia holds drills on disputed islands",
        None,
        date(2023, 3, 21),
        "The Yomiuri Shimbun",
    ),
    "kyodonews_2023": (  # "KYODO NEWS - Mar 21, 2023 - 19:36 | World, All"
        "Russia deploys coastal missile system to Kuril island near Hokkaido",
        None,
        date(2023, 3, 21),
        "Kyodo",
    ),
    "mofa_presscon_2022": (  # "Reporter:" / "Minister Hayashi:" speakers; "None." stays
        "Press Conference by Foreign Minister HAYASHI Yoshimasa",
        None,
        date(2022, 3, 22),
        "Ministry of Foreign Affairs of Japan",
    ),
    "zakharova_briefing_2019": (  # "Table of contents" and its entries go
        "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, January 17, 2019",
        None,
        date(2019, 1, 17),
        "Ministry of Foreign Affairs of Russia",
    ),
    "guardian_title_2010": (  # "H | World news | The Guardian" the only headline
        "Russian president's visit to disputed island angers Japan",
        None,
        date(2010, 11, 1),
        "The Guardian",
    ),
    "isodate_nhk_2022": (  # "2022-03-26T15:04:00+09:00"
        "Japan protests Russian drills on Northern Territories",
        None,
        date(2022, 3, 26),
        "NHK",
    ),
    "statedept_2022": (  # "PRESS STATEMENT" under the headline is no byline's name
        "Russia's Suspension of Peace Treaty Negotiations with Japan",
        None,
        date(2022, 3, 22),
        "U.S. Department of State",
    ),
    "titleonly_reuters_2019": (  # the page title the only headline: "H | Reuters"
        "Japan's Abe, Russia's Putin agree to speed up talks on island dispute",
        "MOSCOW",
        date(2019, 1, 22),
        "Reuters",
    ),
    "chishimarenmei_2019": (  # a former islanders' association; "2019.02.07"
        "Former islanders call for return of islands at Northern Territories Day rally",
        None,
        date(2019, 2, 7),
        "Chishima and Habomai Islands Residents Association",
    ),
    "hokudai_2020": (  # "Hokkaido University", a university's masthead
        "Study traces Ainu place names on the Kuril Islands",
        None,
        date(2020, 6, 15),
        "Hokkaido University",
    ),
    "hoppou_explainer": (  # the masthead its copyright line names is no headline; no date
        "What are the Northern Territories?",
        None,
        None,
        "Northern Territories Issue Association",
    ),
    "jiia_2020": (  # a subtitle its closing disclaimer names; "NAME (Professor, …)"
        "Russia's Constitutional Amendment and the Northern Territories",
        None,
        date(2020, 7, 28),
        "The Japan Institute of International Affairs",
    ),
    "aspi_strategist_2022": (  # "The Strategist", ASPI's blog; "24 Mar 2022|"
        "Russia's exit from peace talks ends Japan's hopes for the Kurils",
        None,
        date(2022, 3, 24),
        "Australian Strategic Policy Institute",
    ),
    "moscowtimes_2023": (  # "Read more" and its linked headline inside the story
        "Russia to Build Military Base on Disputed Kuril Island",
        None,
        date(2023, 3, 28),
        "The Moscow Times",
    ),
    "warontherocks_2019": (  # a tie at no shared word goes to the line a name follows
        "The Kurils Are Not for Sale: Why Abe's Russia Gamble Failed",
        None,
        date(2019, 2, 12),
        "War on the Rocks",
    ),
    "stratfor_2016": (  # "Highlights" in three sentences; "Editor's Note: This assessment was …"
        "Japan, Russia: A Summit Without Islands",
        None,
        date(2016, 12, 16),
        "Stratfor",
    ),
    "duma_2019": (  # the outlet only in its copyright line: "© State Duma of the Federal …"
        "Vyacheslav Volodin: there can be no talk of transferring the Kuril Islands",
        None,
        date(2019, 1, 22),
        "State Duma",
    ),
    "cnbc_2018": (  # "PUBLISHED WED, SEP 12 2018 …" is no dateline; "KEY POINTS" in sentences
        "Putin offers Japan a peace treaty 'by the end of the year, without any preconditions'",
        None,
        date(2018, 9, 12),
        "CNBC",
    ),
    "lowy_2019": (  # "The Interpreter"; the byline under a standfirst; the publisher's note closing
        "Japan's Kuril gamble is running out of road",
        None,
        date(2019, 2, 25),
        "Lowy Institute",
    ),
    "toi_2018": (  # "TOI.in / Agencies | Updated: …"; "Europe News" is a section, not a masthead
        "Japan, Russia agree to speed up peace treaty talks based on 1956 declaration",
        "SINGAPORE",
        date(2018, 11, 14),
        "The Times of India",
    ),
    "governmentru_2018": (  # a meeting's transcript; the place under the date; a CC licence
        "Dmitry Medvedev's meeting with Prime Minister of Japan Shinzo Abe",
        None,
        date(2018, 11, 14),
        "The Russian Government",
    ),
    "nbcnews_2022": (  # "By Associated Press" under the date: AP wrote the copy
        "Russia walks away from peace talks with Japan over sanctions",
        "TOKYO",
        date(2022, 3, 22),
        "Associated Press",
    ),
    "gulfnews_afp_2019": (  # "AFP" under "Published: …"; "Tokyo:", a title-case dateline
        "Japan's Abe to visit Moscow as island deal remains elusive",
        "TOKYO",
        date(2019, 1, 20),
        "AFP",
    ),
    "medium_2019": (  # no outlet named; "Foreign Policy" among the topics after the body is one
        "Why the Kuril Islands Dispute Will Outlast Abe",
        None,
        date(2019, 2, 7),
        None,
    ),
    "eurasianet_2019": (  # "Joshua Kucera Dec 18, 2018"; a caption ending "(photo: …)"
        "Russia digs in over Kurils as Japan presses for deal",
        None,
        date(2018, 12, 18),
        "Eurasianet",
    ),
    "apjjf_2012": (  # a journal's abstract, keywords, notes, author's note and citation
        "The Kuril Islands Dispute after Medvedev's Visit",
        None,
        date(2012, 9, 3),
        "The Asia-Pacific Journal: Japan Focus",
    ),
    "express_2019": (  # a headline ending in a quoted phrase, "- 'NO DEAL'", is no sentence
        "Russia news: Putin's warning to Japan over disputed islands - 'NO DEAL'",
        None,
        date(2019, 1, 16),
        "Daily Express",
    ),
    "eadaily_2019": (  # the date above the headline; "Tags: …" on one line
        "Lavrov: Russia and Japan still far from agreement on peace treaty",
        None,
        date(2019, 2, 18),
        "EADaily",
    ),
    "dailysabah_2022": (  # "MOSCOW Mar 21, 2022 - 6:14 pm GMT+3" under "by Agence France-Presse"
        "Russia halts peace treaty talks with Japan, freezes Kuril projects",
        "MOSCOW",
        date(2022, 3, 21),
        "AFP",
    ),
    "modjapan_2021": (  # "(Provisional Translation)"; the masthead shares fewer words with the body
        "Russian Federation Armed Forces' exercises on the Northern Territories",
        None,
        date(2021, 3, 26),
        "Ministry of Defense of Japan",
    ),
    "seattletimes_ap_2005": (  # "By Mari Yamaguchi" / "The Associated Press"; "More … headlines..."
        "Putin, Koizumi fail to resolve island dispute",
        "TOKYO",
        date(2005, 11, 21),
        "Associated Press",
    ),
    "crs_2019": (  # a CRS report: masthead, author's role, "Author Information", the disclaimer
        "Japan-Russia Relations: Implications for the United States",
        None,
        date(2019, 2, 11),
        "Congressional Research Service",
    ),
    "sankei_2010": (  # "2010.11.2 03:10"; "(Translated from the Nov. 2 editorial)"
        "Sankei Editorial: Medvedev's visit to Kunashiri is an outrage",
        None,
        date(2010, 11, 2),
        "The Sankei Shimbun",
    ),
    "moscowtimes_2005": (  # "Issue 3297" / "Page 1" above the headline; "Top Stories" below
        "Putin Leaves Tokyo Without Deal on Islands",
        "TOKYO",
        date(2005, 11, 21),
        "The Moscow Times",
    ),
    "nhkworld_2010": (  # "Monday, November 01, 2010 20:51 +0900 (JST)": a UTC offset
        "Japan protests Medvedev's visit to Kunashiri",
        None,
        date(2010, 11, 1),
        "NHK",
    ),
    "ukrainskapravda_2022": (  # Ukrainska Pravda, not Pravda; "Source:", "Details:" open paragraphs
        "Zelensky signs decree recognising Southern Kuril Islands as Japanese territory occupied"
        " by Russia",
        None,
        date(2022, 10, 7),
        "Ukrainska Pravda",
    ),
    "presstv_2022": (  # "[ Last Update: … ]"; the site's mirrors listed after the body
        "Japan says Russia's move to end peace talks 'unacceptable'",
        None,
        date(2022, 3, 22),
        "Press TV",
    ),
    "nikkei_2025": (  # the date and "Nikkei staff writers" under the body
        "Japan and Russia agree to resume fishing talks near disputed isles",
        "TOKYO",
        date(2025, 4, 24),
        "Nikkei",
    ),
    "rada_2022": (  # the parliament's masthead, "Official web portal", shares words with the body
        "The Verkhovna Rada recognised the Northern Territories of Japan as occupied by Russia",
        None,
        date(2022, 10, 7),
        "Verkhovna Rada of Ukraine",
    ),
    "gulftimes_2019": (  # "AFP/Moscow" under the date; "Moscow:", a title-case dateline
        "Japan, Russia fail to bridge gap on islands",
        "MOSCOW",
        date(2019, 1, 22),
        "AFP",
    ),
    "thenews_2016": (  # "AFP" alone under the headline; "TOKYO:"
        "Putin, Abe agree on joint economic activities on disputed islands",
        "TOKYO",
        date(2016, 12, 17),
        "AFP",
    ),
    "osc_2019": (  # an OSC translation: "Document Type:", "(Description of Source: …)"
        "Lavrov Says Japan Must Recognize WWII Outcome Before Peace Treaty",
        "MOSCOW",
        date(2019, 1, 14),
        "Interfax",
    ),
    "arabnews_2022": (  # "Updated 22 March 2022" / "AFP" / "March 22, 2022 00:31"; "Tokyo:"
        "Russia halts peace treaty talks with Japan over sanctions",
        "TOKYO",
        date(2022, 3, 22),
        "AFP",
    ),
    "brookings_2018": (  # "Order from Chaos" / "Commentary" above; "Related Content" below
        "Abe and Putin: Another summit, another delay on the islands",
        None,
        date(2018, 11, 16),
        "Brookings Institution",
    ),
    "nbr_2019": (  # "An Interview with Yoko Hirose"; "This interview was conducted by …"
        "Japan-Russia Relations after the Singapore Summit",
        None,
        date(2019, 2, 5),
        "The National Bureau of Asian Research",
    ),
    "eeas_2022": (  # "EEAS Press Team"; the spokesperson's name and title closing the page
        "Russia: Statement by the Spokesperson on the suspension of peace treaty negotiations"
        " with Japan",
        None,
        date(2022, 3, 22),
        "European External Action Service",
    ),
    "heritage_2016": (  # the author's bio above the body: "Bruce is the senior research fellow …"
        "Japan-Russia Summit: No Breakthrough, but No Harm to the Alliance",
        None,
        date(2016, 12, 19),
        "The Heritage Foundation",
    ),
    "rss_kyodo_2018": (  # an RSS item saved as text: the feed's title and address, the item's date
        "Abe, Putin agree to accelerate peace treaty talks based on 1956 declaration",
        None,
        date(2018, 11, 14),
        "Kyodo",
    ),
    "consent_independent_2019": (  # a cookie-consent wall above the masthead
        "Russia rejects Japan's claim to islands as Abe heads to Moscow",
        None,
        date(2019, 1, 21),
        "The Independent",
    ),
    "dw_2022": (  # "Listen to article" / "02:41 min"; "ab/fb (AFP, Reuters)"; "Date 22.03.2022"
        "Russia quits peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "Deutsche Welle",
    ),
    "asahi_2023": (  # a paywall's notice after two paragraphs
        "Kishida vows to keep seeking return of Northern Territories",
        None,
        date(2023, 2, 7),
        "The Asahi Shimbun",
    ),
    "mofa_announcement_2019": (  # the visit's dates in the body are not the release's
        "Visit to Russia by Mr. Taro Kono, Minister for Foreign Affairs",
        None,
        date(2019, 1, 10),
        "Ministry of Foreign Affairs of Japan",
    ),
    "obituary_hokkaido_2021": (  # an obituary: the birth date in the standfirst is not the page's
        "Former Habomai islander who campaigned for return dies at 91",
        "NEMURO",
        date(2021, 8, 14),
        "The Hokkaido Shimbun",
    ),
    "reuters_update_2019": (  # "UPDATE 2-" comes off the headline; "Updated 6 years ago"
        "Putin, Abe fail to make breakthrough on island dispute",
        "MOSCOW",
        date(2019, 1, 22),
        "Reuters",
    ),
    "yahoo_relative_2024": (  # "· 2 days ago" only: no date invented from the copyright year
        "Japan protests Russian military drills on disputed islands",
        None,
        None,
        "Kyodo",
    ),
    "ndtv_2018": (  # "Singapore:" alone on its line above the lead; "… | Agence France-Presse | …"
        "Japan, Russia To Accelerate Peace Talks: Shinzo Abe",
        "SINGAPORE",
        date(2018, 11, 14),
        "AFP",
    ),
    "antara_2019": (  # "Moscow (ANTARA) -"; "Reporter: Xinhua" / "Editor: …" closing
        "Japan, Russia agree to continue talks on disputed islands",
        "MOSCOW",
        date(2019, 1, 22),
        "Antara",
    ),
    "rfi_2022": (  # "Text by: RFI"; "(with AFP)" closing the story is no outlet
        "Russia pulls out of WWII peace treaty talks with Japan",
        None,
        date(2022, 3, 21),
        "RFI",
    ),
    "irna_2022": (  # "Tehran, IRNA -": a title-case city and an agency; "News ID: …"
        "Russia suspends peace talks with Japan",
        "TEHRAN",
        date(2022, 3, 22),
        "IRNA",
    ),
    "ria_2019": (  # "MOSCOW, January 22 - RIA Novosti."; "14:47 22.01.2019 (updated: …)"
        "Kremlin: Putin and Abe instructed foreign ministers to continue work on peace treaty",
        "MOSCOW",
        date(2019, 1, 22),
        "RIA Novosti",
    ),
    "japantimes_2024": (  # a caption with a piped credit; "BY … / STAFF WRITER"; "KEYWORDS"
        "Russia says it sees no chance of resuming treaty talks with Japan",
        None,
        date(2024, 2, 8),
        "The Japan Times",
    ),
    "kremlin_2022": (  # "Publication date: …" and "Direct link: …" under the body
        "Meeting with Security Council permanent members",
        None,
        date(2022, 3, 25),
        "President of Russia",
    ),
    "vnexpress_2019": (  # "By AFP   January 23, 2019 | …"; a caption ending "Photo by AFP"
        "Japan, Russia make no headway on island dispute",
        None,
        date(2019, 1, 23),
        "AFP",
    ),
    "koreajoongang_2022": (  # "Published: 22 Mar. 2022, 09:31"; "AP" alone after the body
        "Russia ends peace treaty talks with Japan over sanctions",
        None,
        date(2022, 3, 22),
        "Associated Press",
    ),
    "copysite_shortcodes_2019": (  # a copy site's "[ad_1]" / "[ad_2]" shortcodes and "Source link"
        "Kuril Islands: no breakthrough as Abe meets Putin again",
        None,
        None,
        None,
    ),
    "tasnim_copy_2019": (  # "- source : Tasnim" closing a copy
        "Russia and Japan vow to build trust ahead of treaty talks",
        None,
        None,
        "Tasnim News Agency",
    ),
    "aggregator_defenceblog_2024": (  # "Date:", "Box 1", "… pic", "The post … first appeared on …"
        "Japan objects to Russian firing drills near disputed isles",
        None,
        None,
        "Defence Blog",
    ),
    "tass_longstandfirst_2016": (  # a standfirst of 27 words under the headline, no stop
        "Lavrov: the war's outcome closed the question of the islands",
        "MOSCOW",
        None,
        "TASS",
    ),
    "yomiuri_filephoto_2022": (  # "Yomiuri Shimbun file photo" above its caption
        "Government protests Russian drills planned around northern territories",
        None,
        None,
        None,
    ),
    "itartass_doubledash_2011": (  # "YUZHNO-KURILSK, August 6 (Itar-Tass) ——": a doubled dash
        "Japanese group visits Iturup under visa-free exchanges",
        "YUZHNO-KURILSK",
        None,
        "TASS",
    ),
    "tasscopy_lowercasemonth_2018": (  # "MEDIA: …" headline; "TOKYO, may 11. /TASS/."
        "MEDIA: first Japanese group of the year sets off for South Kurils without visas",
        "TOKYO",
        None,
        "TASS",
    ),
    "manila_jiji_signoff_2018": (  # "… claimed by Japan. Jiji Press": a sign-off glued on
        "Former Islanders Leave for Etorofu under Visa-Free Exchanges",
        "NEMURO",
        date(2018, 6, 1),
        "Jiji Press",
    ),
    "tass_timecity_2018": (  # "June 01, 11:47 UTC+3 TOKYO" under the headline
        "Japanese visitors head to Iturup Island under visa-free programme",
        "TOKYO",
        None,
        "TASS",
    ),
    "tass_captions_2017": (  # a headline of 15 words above a standfirst of 26
        "Former residents of the South Kuril Islands leave on a visa-free trip to Russia",
        "TOKYO",
        None,
        "TASS",
    ),
    "brief_rightsnotice_2022": (  # "This material may not be published, …" (the AP's)
        "Russia Ends Peace Treaty Talks With Japan Over Sanctions",
        None,
        None,
        None,
    ),
    "aggregator_repeatedlead_2025": (  # the lead printed as the headline too
        "Addressing parliament on Friday, Japan's prime minister said Tokyo still aims to sign a"
        " peace treaty with Russia",
        None,
        None,
        None,
    ),
    "efe_nodash_2022": (  # "Tokyo, 22 Mar The Japanese prime minister …": no stop or dash
        'Kishida calls Moscow\'s halt to treaty talks "totally unacceptable"',
        "TOKYO",
        None,
        None,
    ),
    "glued_headline_2012": (  # the headline glued to the lead: "… to KunashiriJapan lodged …"
        "Japan Protests Medvedev Trip To Kunashiri",
        None,
        None,
        None,
    ),
    "blog_whowhat_2010": (  # a caption ending "Photo - AP Photo/…"
        "Japan recalls envoy over Medvedev's Kuril trip",
        None,
        date(2010, 11, 2),
        None,
    ),
    "xinhua_copy_positioned_2010": (  # a caption placing "Medvedev (R)", ending in a bar
        "Japan's envoy reports to foreign minister on Medvedev's visit",
        None,
        None,
        None,
    ),
    "voa_doubledcaption_2010": (  # a caption printed twice ("…, left, visits …")
        "Japan Protests Medvedev's Visit to Kuril Island",
        None,
        None,
        None,
    ),
    "sputnik_doubledlead_2010": (  # the lead printed twice in a row
        "Medvedev's Kuril trip sparks diplomatic row with Japan (Wrapup 1)",
        None,
        None,
        "Sputnik",
    ),
    "jt_countrycaps_2016": (  # "VLADIVOSTOK, RUSSIA –"; a subscription's commenting terms
        "Abe and Putin set December summit in Nagato",
        "VLADIVOSTOK",
        None,
        None,
    ),
    "st_reuters_doubledcaption_2016": (  # a caption printed twice, once with "PHOTO: AFP"
        "Abe and Putin end summit with little progress on islands",
        "TOKYO",
        None,
        "Reuters",
    ),
    "eir_pressrelease_2016": (  # "Dec. 15, 2016 (EIRNS)—"
        "First Results of the Putin-Abe Summit in Nagato",
        None,
        date(2016, 12, 15),
        "Executive Intelligence Review",
    ),
    "panarmenian_prefix_2016": (  # "PanARMENIAN.Net - " opening the lead
        "Abe, Putin end talks with little to show on islands",
        None,
        None,
        "PanARMENIAN.Net",
    ),
    "pravdanetwork_topnews_2024": (  # "Top news" and teasers after the body; a quote
        '"In one sentence": Zakharova answers Tokyo on the Kuril Islands',
        None,
        None,
        None,
    ),
    "interfax_copy_comments_2021": (  # "Moscow. July 26. INTERFAX-"; "Comments [2]", a date
        "Kremlin says a peace treaty with Japan could close the question of the southern Kurils",
        "MOSCOW",
        None,
        "Interfax",
    ),
    "mofa_translationnote_2019": (  # "This is a provisional translation by …" above the body
        "Press Conference by Foreign Minister Taro Kono",
        None,
        date(2019, 1, 15),
        None,
    ),
    "chinadaily_titlestamp_2005": (  # "… (AFP) Updated: 2005-11-14 10:17" after the headline
        "Ties with Russia can grow before islands row ends: Koizumi",
        None,
        date(2005, 11, 14),
        "AFP",
    ),
    "jt_compiledfrom_2004": (  # "• Compiled From Kyodo, Staff Reports"; "SEA ISLAND, Ga. —"
        "Putin to visit Japan early next year",
        "SEA ISLAND",
        None,
        "Kyodo",
    ),
    "rferl_leadcaption_2005": (  # "… (file photo) (AFP) 17 November 2005 --" opening the lead
        "Japan, Russia See No Deal On Kuriles",
        None,
        date(2005, 11, 17),
        "dpa",
    ),
    "kremlin_officialsite_2005": (  # "Official website of the President of Russia"
        "President Vladimir Putin held talks with Japanese Prime Minister Junichiro Koizumi",
        None,
        date(2005, 11, 21),
        "President of Russia",
    ),
    "moscowtimes_apcaption_2005": (  # "APPutin smiling as …, left, signs …": a caption
        "Putin and Koizumi stress trust on Kurils",
        "TOKYO",
        None,
        None,
    ),
    "jt_doubledpipedcaption_2023": (  # a caption twice, "… in 2017 | KYODO", no stop
        "Kishida puts grave visits first in talks with Moscow",
        None,
        None,
        None,
    ),
    "aggregator_nocomments_2025": (  # "No comments yet...", related stories; "… for you:" last
        "Memorial services at sea planned off the disputed islands",
        None,
        None,
        None,
    ),
    "yomiuri_ranking_2024": (  # other stories' titles in title case after the body
        "Kishida Meets Descendants of Former Islanders; Vows to Resolve Territorial Issue",
        None,
        date(2024, 7, 31),
        None,
    ),
    "journal_bulletbyline_2020": (  # "• By Dr. Jane Doe & Capt John Roe, USAF": a bulleted byline
        "Quiet in the North?: The Japan-Russia Island Dispute",
        None,
        None,
        None,
    ),
    "asiaone_longcaption_2015": (  # a caption of 38 words ending in its date over its credit
        "Japan rebukes Russia as Medvedev lands on disputed island",
        "MOSCOW",
        None,
        None,
    ),
    "trt_standfirstcredit_2015": (  # a standfirst, "Photo by: Reuters" twice, then the caption
        "Russian PM visits disputed island",
        None,
        None,
        None,
    ),
    "diplomatic_embeddedpost_2019": (  # a post glued to its signature "— Kyodo News … 2019"
        "Lavrov: Tokyo must first recognise Russia's sovereignty",
        None,
        None,
        None,
    ),
    "lbc_pa_caption_2021": (  # a caption over another that ends "Picture: PA"
        "Russia moves missile systems to island near Japan",
        None,
        date(2021, 12, 2),
        None,
    ),
    "copysite_imagelink_2020": (  # a picture's address with a date in its path, no page address
        "Senator: amendment settles the Kuril question for good",
        None,
        None,
        None,
    ),
    "urdupoint_minutesago_2020": (  # "Faizan Hashmi 6 minutes ago Fri 19th June 2020 | 05:40 PM"
        "Japan Watches Russian Vote On Constitution, Says Foreign Minister",
        "TOKYO",
        date(2020, 6, 19),
        "Sputnik",
    ),
    "monitor_publicationfield_1997": (  # "Publication: Monitor Volume: 3 Issue: 205"
        "Krasnoyarsk talks hailed as a success",
        None,
        None,
        "Monitor",
    ),
    "database_bracketfields_1993": (  # a database's "[Title]", "[Date]", "[Source] http://…" fields
        "Tokyo Declaration on Japan-Russia Relations",
        None,
        date(1993, 10, 13),
        "Ministry of Foreign Affairs of Japan",
    ),
    "mypaper_kickercaption_2015": (  # "WATCHING THE STRAIT: A lighthouse …" over the date
        "Nemuro's former islanders keep waiting",
        None,
        date(2015, 12, 30),
        None,
    ),
    "moscowtimes_appeal_2011": (  # a donation appeal above the headline; "A Message from …:"
        "Kremlin Promises More Money for the Kurils",
        "REIDOVO",
        None,
        "The Moscow Times",
    ),
    "eastrussia_translationnote_2016": (  # a machine translation's notices above the headline
        'Sakhalin governor: "We will keep our promises"',
        None,
        None,
        "EastRussia",  # its notice on its own translation names it
    ),
    "japannews_outletcredit_2022": (  # a caption "… is seen …" under "The Yomiuri Shimbun"
        "Bluebook draft calls islands illegally occupied",
        "TOKYO",
        None,
        "Jiji Press",
    ),
    "ap_photographercaption_2022": (  # a caption closing "(Vadim Savitsky/… via AP)" mid-body
        "Japan protests Russian drills with China on disputed islands",
        "TOKYO",
        None,
        None,
    ),
    "vestnikkavkaza_signoff_2016": (  # "Vestnik Kavkaza" alone after the body
        "Abe to raise the Kurils with Putin",
        None,
        None,
        "Vestnik Kavkaza",
    ),
    "newsonjapan_sourcedash_2022": (  # "NHK -- Apr 23" under the headline
        "Japan and Russia settle salmon quota talks",
        None,
        None,
        "NHK",
    ),
    "etools_summary_2022": (  # "Summary" and its paragraph after the body; the page's "URL:";
        "Japan and Russia settle salmon quota talks",  # its source glued on: "… talks NHK"
        None,
        date(2022, 4, 23),
        "NHK",
    ),
    "pravdanetwork_loading_2026": (  # "Read on the website"; "Loading ..." after the body
        "Moscow says Tokyo's steps left relations at a point of no return",
        "MOSCOW",
        None,
        "TASS",
    ),
    "independent_follow_1997": (  # "Click to follow"; "- Reuters" after the last sentence
        "Yeltsin and Hashimoto aim for treaty by 2000",
        None,
        None,
        "Reuters",
    ),
    "deseret_share_1997": (  # "SHARE" before the headline printed again
        "Russia and Japan pledge closer ties at riverside summit",
        None,
        None,
        None,
    ),
    "mofa_summit_sections_2000": (  # a numbered section's heading under the dated title
        "Japan-Russia Summit Meeting (Summary)",
        None,
        date(2000, 9, 5),
        None,
    ),
    "tass_region_2021": (  # "ITURUP /Sakhalin Region/, July 26. /TASS/."
        "Kurils may become duty-free zone, prime minister says",
        "ITURUP",
        None,
        "TASS",
    ),
    "urdupoint_place_2021": (  # "KURILSK (Iturup Island) (UrduPoint news / Sputnik - …)"
        "Russian Premier Says Tax Breaks for Kuril Businesses Discussed with Putin",
        "KURILSK",
        date(2021, 7, 26),
        "Sputnik",
    ),
    "urdupoint_handle_2022": (  # the poster's handle in brackets, "(@FahadShabbir)"
        "Japan Puts Visa-Free Visits To Disputed Islands On Hold",
        "TOKYO",
        date(2022, 4, 27),
        "Sputnik",
    ),
    "seafoodnews_paywall_2022": (  # "To Read Full Story Login Below." after a cut-off paragraph
        "Japanese Crews Left Waiting as Russia Stalls Fishing Talks Near Kurils",
        None,
        None,
        None,
    ),
    "aljazeera_caption_twice_2005": (  # a caption twice between paragraphs, once on two lines
        "Ainu ask for a voice in island talks",
        None,
        None,
        None,
    ),
    "blog_reprint_title_2019": (  # a blog's date, its title, then the reprinted piece's title
        "Ainu voices in the island dispute, a reading note",
        None,
        date(2019, 12, 5),
        None,
    ),
    "chelorg_glued_credit_2017": (  # "© RIA Novosti / Name" opening a glued caption: no outlet
        "Sakhalin offers Japan fish farming projects on the Kurils",
        None,
        None,
        None,
    ),
    "eurasiantimes_linkcard_2021": (  # a linked page's title and site between paragraphs
        "Tokyo Voices Alarm Over Russian Exercises Near The Kurils",
        None,
        None,
        None,
    ),
    "atynews_siteaddress_2018": (  # the site's address opening the lead, "atynews.com –"
        "Tokyo protests Russian fighter jets on Iturup",
        None,
        None,
        None,
    ),
    "wikimirror_contents_1956": (  # "Contents" above the title alone
        "Soviet–Japanese Joint Declaration of 1956",
        None,
        None,
        None,
    ),
    "sputnik_clock_caption_2018": (  # the page's clock; the AP's caption above the headline
        "Tokyo Lodges Protest Over Russian Fighters on Iturup",
        "TOKYO",
        None,
        "Sputnik",
    ),
    "mid_transcript_copy_2019": (  # a transcript's title closing on its place and date
        "Foreign Minister Sergey Lavrov’s remarks to the press following talks with Foreign"
        " Minister of Japan Taro Kono, Moscow, January 14, 2019",
        None,
        date(2019, 1, 14),
        None,
    ),
    "buzb_repeated_block_2025": (  # two paragraphs printed again after themselves
        "Tokyo restates aim of peace treaty with Moscow",
        None,
        None,
        None,
    ),
    "menafn_paren_agency_2025": (  # "(MENAFN) The Kremlin said …": a known agency, no dash
        "Kremlin says treaty talks with Tokyo impossible for now",
        None,
        None,
        "MENAFN",
    ),
    "eastrussia_caption_echo_2020": (  # the title printed again as the picture's caption
        "Islands of fire and fog",
        None,
        None,
        "EastRussia",
    ),
    "syndicated_writtenby_2018": (  # a title in lower case above "- Written by NAME, ROLE"
        "the long wait of the island families",
        None,
        None,
        None,
    ),
    "magazine_textcredit_2021": (  # "TEXT: IVAN SOKOLOV", a magazine's credit: no headline
        None,
        None,
        None,
        None,
    ),
    "manila_videolist_2018": (  # "Latest Videos" and bulleted titles; "… Jiji Press" signing off
        "Abe and Putin to Speed Up Treaty Talks",
        "SINGAPORE",
        date(2018, 11, 15),
        "Jiji Press",
    ),
    "copysite_shopad_2018": (  # a shop's advertisement after the body ("back in stock")
        "Tokyo and Moscow Agree to Speed Up Island Talks",
        None,
        None,
        None,
    ),
    "japanforward_captions_2023": (  # captions closing on "(© Kyodo)"; a map's caption, "Map of …"
        "EDITORIAL | Russia's Hold on the Northern Territories Is an International Concern",
        None,
        None,
        None,
    ),
    "dunya_commadateline_2023": (  # "TOKYO, (Reuters) -": a comma before the agency
        "Japan's Matsuno: Tokyo protests Russian missile drills near islands",
        "TOKYO",
        date(2023, 4, 17),
        "Reuters",
    ),
    "janes_paywall_2021": (  # "Looking to read the full article?" / "Gain unlimited access …"
        "Tokyo voices concern over Russian naval drills off the Kurils",
        None,
        None,
        None,
    ),
    "topwar_colonquote_2016": (  # no headline: "… Quotes … Shinzo Abe:" introduces the quote
        None,
        None,
        None,
        None,
    ),
    "baltsun_datebyline_1991": (  # "April 19, 1991|By NAME | NAME,Tokyo Bureau of The Sun"
        "Gorbachev and Kaifu end summit without island deal",
        "TOKYO",
        date(1991, 4, 19),
        None,
    ),
    "tass_captionacross_2019": (  # a standfirst above "NAME PHOTOGRAPHER/TASS", "NAME" below it
        "Gorbachev Foundation calls Kyodo report on 1988 islands remarks untrue",
        "MOSCOW",
        None,
        "TASS",
    ),
    "wordpress_authorbox_2021": (  # a blog theme's author box: "Photo of author", "By admin"
        "Kuril programme reviewed after five years",
        None,
        None,
        None,
    ),
    "kantei_gallery_2013": (  # a gallery's numbered 'Photograph of …' captions
        "The Prime Minister Addresses the National Convention on the Northern Territories",
        None,
        date(2013, 2, 7),
        None,
    ),
    "residence_caption_2004": (  # a caption with no stop over the lead that tells it
        "Prime Minister Attends 2004 Convention Calling for the Return of the Northern Territories",
        None,
        date(2004, 2, 7),
        None,
    ),
    "tribune_rferl_2016": (  # 'Special to' / the source; 'Iturup Island.' names a picture
        "Russia fields new coastal missiles on two disputed Kurile Islands",
        None,
        None,
        "Radio Free Europe/Radio Liberty",
    ),
    "blog_comment_form_it_2016": (  # 'in Category by'; an Italian comment form
        "Abe and Putin weigh a peace treaty at a hot-spring inn",
        None,
        None,
        None,
    ),
    "nhub_description_2018": (  # a description cut short over the lead; 'SECTION/Title…' last
        None,
        "ROME",
        None,
        None,
    ),
    "piped_photo_credit_2022": (  # a caption ending '.| Photo: EFE / EPA / …' opens the page
        None,
        None,
        None,
        None,
    ),
    "tass_title_cites_kyodo_2019": (  # '… — Kyodo News' closes a title the body cites Kyodo for
        "Japanese and Russian ministers could hold talks in Munich — Kyodo News",
        "TOKYO",
        None,
        "TASS",
    ),
    "tass_quote_standfirst_2016": (  # a standfirst of someone's words under the headline
        "Lavrov: a peace treaty must come first under the 1956 declaration",
        "MOSCOW",
        None,
        "TASS",
    ),
    "agencies_credit_2010": (  # '(Agencies/Xinhua)' under the headline names the source
        "Japan summons Russian envoy over president's island trip",
        "TOKYO",
        date(2010, 11, 1),
        "Xinhua",
    ),
    "photo_credit_brackets_2010": (  # a caption closing '(photo credit: Associated Press)'
        "Japan calls envoy home after Medvedev's island trip",
        "TOKYO",
        None,
        None,
    ),
    "ap_topics_twice_2022": (  # the AP's topics printed twice under byline and date
        "Japan says Russia's annexation of Ukrainian regions can never be accepted",
        None,
        date(2022, 10, 1),
        None,
    ),
    "lead_printed_twice_2022": (  # the lead printed twice, a word lost the second time
        "Kishida tells Zelenskyy Japan condemns annexation of Ukrainian regions",
        None,
        date(2022, 9, 30),
        None,
    ),
    "credits_above_captions_2022": (  # '… photo by NAME.' over captions ('look at', 'A view of')
        "The war in Ukraine has ended the hopes of Japan's last islanders",
        "NEMURO",
        None,
        None,
    ),
    "tass_month_day_line_2017": (  # 'November 2' alone under the section: a date stamp
        "Sakhalin expects first joint projects on the Kurils within two years",
        "YUZHNO-SAKHALINSK",
        None,
        "TASS",
    ),
    "comments_count_brackets_2018": (  # 'All comments' / 'Show new comments (0)' close the page
        "Japanese former islanders fly to the Kurils to visit family graves",
        None,
        None,
        None,
    ),
    "caption_during_event_2016": (  # a caption with no stop, 'ships during a parade', over the lead
        "Russian military studies a Pacific Fleet base on Matua Island in the Kurils",
        None,
        None,
        None,
    ),
    "read_full_article_at_2016": (  # 'Read Full Article at RT.com' names the copy's source
        "Russian military surveys Kuril island for a new naval base",
        None,
        None,
        "RT",
    ),
    "home_slash_breadcrumb_2018": (  # Home / World / …; a caption ends KYODO NEWS/GETTY IMAGES
        "Abe and Putin agree to speed up talks on a peace treaty",
        None,
        date(2018, 11, 16),
        "China Daily",
    ),
    "named_credit_caption_2019": (  # a caption ending in a named credit: '(Daily News)'
        "Abe and Putin hold three hours of talks in the Kremlin",
        None,
        None,
        None,
    ),
    "kiodo_source_2022": (  # 'Source: Kiodo Tsusin Agency', Kyodo's name from the Russian
        "Japan calls the Kurils illegally occupied again",
        None,
        None,
        "Kyodo",
    ),
    "standfirst_over_credited_caption_2020": (  # a standfirst that says, over a credited caption
        "Suga and Putin agree to keep working toward a peace treaty",
        "TOKYO",
        None,
        None,
    ),
    "site_handle_date_line_2020": (  # 'Site | @handle | date Print'; 'Moscow/Sputnik:'
        "Suga holds his first phone talks with Putin",
        "MOSCOW",
        date(2020, 9, 29),
        "Sputnik",
    ),
    "two_city_dateline_pull_quote_2020": (  # 'TOKYO / MOSCOW -'; a paragraph again as a pull quote
        "Suga tells Putin he wants progress toward a peace treaty",
        "TOKYO / MOSCOW",
        date(2020, 9, 29),
        "Xinhua",
    ),
    "broken_attribution_cover_note_2020": (  # '…,"' / 'Kyodo News' / 'reported.'; '(Cover: …)'
        "Suga raises island dispute in first call with Putin",
        None,
        None,
        "CGTN",
    ),
    "archive_headline_deck_1991": (  # 'Headline : Section: deck.' over 'TIMES STAFF WRITER'
        "Kaifu Hails Gorbachev Visit as a First Step on the Islands : Diplomacy: Tokyo says the"
        " Soviet leader's agreement to name the four islands is significant."
        " Aid talks will follow.",
        None,
        None,
        None,
    ),
    "no_headline_site_label_2025": (  # no headline: the site's label 'Newsfrom Japan' over the lead
        None,
        "TOKYO",
        None,
        "Jiji Press",
    ),
    "blog_like_buttons_2022": (  # readers' comments, each over 'LikeLiked by 1 person'
        "Former islanders may need visas to visit family graves",
        None,
        date(2022, 5, 21),
        "Kyodo",
    ),
    "ap_caption_via_credit_2022": (  # a caption dated 'May 2019.' twice over 'Kyodo News via AP'
        "Japan and Russia agree on this year's salmon catch",
        "TOKYO",
        None,
        "Associated Press",
    ),
    "tass_weekday_standfirst_2019": (  # a standfirst on Friday; a caption closing 'NAME/POOL/TASS'
        "Kuril Islands are Russia's own land, PM says, shrugging off Tokyo's protest",
        "ITURUP",
        None,
        "TASS",
    ),
    "tass_standfirst_again_2015": (  # a standfirst with no stop printed again as a paragraph
        "Tokyo protests a Russian envoy's visit to Iturup",
        "TOKYO",
        None,
        "TASS",
    ),
    "blog_reading_time_twice_2019": (  # the header twice: '0 comments | 5 shares', 'reading time'
        "How Tokyo Stopped Calling the Islands Its Inherent Territory",
        None,
        date(2019, 8, 14),
        None,
    ),
    "advert_line_twice_2020": (  # an advert's line under the headline and again under the story
        "Tsunami alert prompts evacuation of a northern Kuril town after a strong quake",
        None,
        None,
        None,
    ),
    "media_network_city_2025": (  # 'Coastline Media Network - Moscow' over the lead
        None,
        "MOSCOW",
        None,
        None,
    ),
    "site_clock_over_headline_2025": (  # the site's clock over the headline, the date under it
        "Tsunami hits northern Kurils after strong quake",
        None,
        date(2025, 7, 30),
        "MENAFN",
    ),
    "kyodo_clock_and_story_date_2016": (  # the site's clock and the story's date over the headline
        "Putin says Japan must be flexible on a peace treaty",
        "TOKYO",
        date(2016, 12, 14),
        "Kyodo",
    ),
    "press_service_caption_2016": (  # a caption ending '. Kremlin Press Service'; a donation appeal
        "Putin Says Russia Has No Territorial Dispute With Japan",
        None,
        None,
        "The Moscow Times",
    ),
    "title_with_stop_over_date_2016": (  # a title ending in a stop over the date
        "Putin gave an interview on the peace treaty with Japan.",
        None,
        date(2016, 12, 14),
        None,
    ),
    "possessive_document_title_2009": (  # 'Putin's interview to … (The Nikkei)', 24 words
        "Prime Minister Vladimir Putin's interview to the Japanese news agency Kyodo, the public"
        " broadcaster NHK and the business daily Nihon Keizai Shimbun (The Nikkei)",
        None,
        date(2009, 5, 12),
        None,
    ),
    "journal_landing_page_2012": (  # a journal's page: render date, 'Published online by …', fields
        "Islands and Identity: How Nemuro Lives with the Northern Territories Dispute",
        None,
        date(2012, 3, 15),
        "Cambridge University Press",
    ),
    "tass_paraphrased_standfirst_2018": (  # a standfirst the body tells again in other words
        "Japan and Russia to hold two-plus-two talks of foreign and defense ministers — media",
        "TOKYO",
        None,
        "TASS",
    ),
    "date_with_photo_credit_2017": (  # 'March 20, 2017 (Photo Credit: …)' over the lead
        "Japan and Russia discuss security and the islands",
        "TOKYO",
        date(2017, 3, 20),
        None,
    ),
    "split_dateline_yjc_2017": (  # 'TEHRAN, March 17, YJC -'; 'TEHRAN,' alone over its paragraph
        None,
        "TEHRAN",
        None,
        "Young Journalists Club",
    ),
    "seen_on_a_day_captions_2023": (  # captions with no credit: 'is seen … on Wednesday.'
        "Russian flag raised over disused lighthouse off Nemuro",
        "NEMURO",
        date(2023, 8, 3),
        None,
    ),
    "description_lines_again_2021": (  # the page's description, its second line with no stop, again
        None,
        None,
        None,
        None,
    ),
    "asianews_dateline_2021": (  # 'Moscow (AsiaNews) -' names the outlet
        "Moscow wants tax-free Kurils to draw investors",
        "MOSCOW",
        date(2021, 7, 27),
        "AsiaNews",
    ),
    "aggregator_statement_note_2025": (  # 'Statement: This article represents the views of …'
        "Russian Foreign Ministry: Dialogue with Japan Only After Tokyo Drops Its Sanctions",
        None,
        None,
        None,
    ),
    "ap_underscore_dateline_1999": (  # the AP's archive: 'SHIKOTAN, Kuril Islands (AP) _ With …'
        "Kuril Islanders Talk of Leasing Land to Japan",
        "SHIKOTAN",
        date(1999, 1, 4),
        "Associated Press",
    ),
    "title_echoed_by_credited_caption_2017": (  # the title again with '© Photo: …' glued on
        "Media: Tokyo and Moscow swap plans for joint projects on the Kurils",
        None,
        None,
        None,
    ),
    "caption_is_shown_credit_2018": (  # '… is shown in this aerial picture taken …' (Mainichi/NAME)
        "Russians oppose handing the islands to Japan, polls find",
        "MOSCOW",
        None,
        None,
    ),
    "sentence_under_label_no_headline_2016": (  # a sentence under 'Reference' is the story's
        None,
        None,
        None,
        None,
    ),
    "picture_credit_site_address_2014": (  # captions ending 'Picture: site.ru', a site's address
        None,
        None,
        None,
        None,
    ),
    "glued_title_piped_menu_2001": (  # a title glued to its lead; a piped menu ending on a bar
        "Moscow Denies Any Accord With Tokyo on Two Islands After Irkutsk Talks",
        None,
        date(2001, 5, 17),
        None,
    ),
    "breadcrumb_title_check_also_2021": (  # breadcrumb to the title; an ad glued on; Check Also
        "Missile crews take up watch on a central Kuril island (VIDEO)",
        None,
        None,
        None,
    ),
    "document_kind_outline_2001": (  # '(Summary)', the document's kind, under its title
        "Foreign Ministers' Meeting in Moscow",
        None,
        date(2001, 1, 14),
        None,
    ),
    "dateline_day_month_colon_2022": (  # 'Moscow 6 September :'; the headline cut short below
        "Moscow Ends Visa-free Trips For Former Japanese Islanders",
        "MOSCOW",
        None,
        None,
    ),
    "syndicated_staff_note_2019": (  # 'reworked by NAME staff', a syndicated copy's note
        None,
        None,
        None,
        "Eurasia Wire Daily",
    ),
    "title_case_headline_twice_2019": (  # the headline in title case ('Ww2'), then as written
        "Lavrov tells Japan again to accept WW2 outcome over islands",
        None,
        None,
        None,
    ),
    "caption_istock_courtesy_2017": (  # captions ending 'Photo: iStock / Getty', 'Photo courtesy'
        None,
        None,
        None,
        None,
    ),
    "reading_aid_summary_of_results_2004": (  # a reading aid's controls; '(Summary of Results)'
        "Foreign Ministers' Meeting at the ASEAN Regional Forum",
        None,
        date(2004, 7, 1),
        None,
    ),
    "compiled_from_glued_wikipedia_2006": (  # 'Compiled from Kyodo, AP' glued on; ' - Wikimedia'
        None,
        None,
        None,
        "Kyodo",
    ),
    "blog_place_dateline_breadcrumb_2023": (  # 'Lexington, Nov. 4 –', a place kurils does not know
        "Moscow Accuses Tokyo of Playing the Ainu Card Over the Southern Kurils",
        "LEXINGTON",
        date(2023, 11, 6),
        None,
    ),
    "wrapped_open_quotation_2017": (  # a hard-wrapped line opening a quotation goes on below
        None,
        None,
        None,
        None,
    ),
    "appeal_block_glued_lead_2018": (  # a site's appeal for money, its closing glued to the lead
        "Moscow moves troops into new barracks on disputed islands, angering Tokyo",
        None,
        None,
        None,
    ),
    "captions_twice_iso_date_2015": (  # captions twice, ' - Kyodo News' and no credit; an ISO date
        "Russia Builds on the Disputed Islands",
        None,
        date(2015, 12, 2),
        None,
    ),
    "dated_agency_dateline_2019": (  # 'OSAKA, May 14, 2019, Japan Today.'; 'LATEST WORLD STORIES'
        "Lawmaker quits party over remark on fighting Russia for the islands",
        "OSAKA",
        date(2019, 5, 14),
        "Japan Today",
    ),
    "sum_broken_at_decimal_2023": (  # a sum broken at its decimal point: '($2.' / '4 million) …'
        "Japan and Russia settled this year's quota for Russian-born salmon caught in Japan's"
        " exclusive economic zone, the fisheries agency said on Friday",
        "TOKYO",
        date(2023, 3, 24),
        "Sputnik",
    ),
    "dated_unknown_agency_caption_2020": (  # '…, 2020, Far East Wire.' dateline; two people placed
        "All our islands stay with us, says former Russian premier",
        "YUZHNO-SAKHALINSK",
        date(2020, 9, 2),
        "Far East Wire",
    ),
    "standfirst_added_appeal_2018": (  # a title over a standfirst closing '… added'; an appeal
        "Moscow has no requests to mediate between Tokyo and Pyongyang",
        "MOSCOW",
        None,
        "TASS",
    ),
    "deck_over_credited_caption_2018": (  # a deck under the headline, over a credited caption
        "Sea urchins and greenhouses: Tokyo studies ventures on the islands",
        "TOKYO",
        None,
        None,
    ),
    "title_broken_after_possessive_2022": (  # a title broken after '… Government’s', on two lines
        "Statement of the Governor on the Russian Government’s Decision to End the Four-Island"
        " Exchanges and Free Visits",
        None,
        date(2022, 10, 14),
        None,
    ),
    "says_headline_said_standfirst_2019": (  # "X says …" over a standfirst "Y said that …"
        "Senator says Moscow should leave opposition politician's remark unanswered",
        "MOSCOW",
        None,
        "TASS",
    ),
    "standfirst_reported_2019": (  # a standfirst that tells who reported it, under the headline
        "This year’s second group of former islanders embarks on voyage to Shikotan",
        "TOKYO",
        None,
        "TASS",
    ),
    "glued_copyright_comment_2023": (  # '… in 2022.© KYODO' then readers' comments under handles
        "Former Hokkaido mayor says he will visit Sakhalin despite government advice",
        None,
        None,
        "Kyodo",
    ),
    "archive_headline_deck_reporter_1993": (  # an archive's headline, its deck and '…, writes NAME'
        "Fishermen of Nemuro count the cost of a frozen border: Crews who once worked the rich"
        " fishing grounds off the four islands now watch Russian boats take the catch, writes"
        " Helen Marsh",
        None,
        date(1993, 9, 14),
        None,
    ),
    "abstract_with_site_notes_2007": (  # an abstract, then the site's notes and a legal notice
        None,
        None,
        None,
        None,
    ),
    "menu_headline_crumb_2018": (  # a menu over the headline, a breadcrumb under it, its alt text
        "Tokyo promises no American bases on two returned islands",
        None,
        None,
        "Pravda",
    ),
    "abcnews_ap_2018": (  # "SINGAPORE -- Nov 14, 2018, 5:53 AM ET" under "By The Associated Press"
        "Abe, Putin agree to speed up talks on island dispute",
        "SINGAPORE",
        date(2018, 11, 14),
        "Associated Press",
    ),
    "tass_2021": (
        "Lavrov: Russia, Japan to continue peace treaty talks despite differences",
        "MOSCOW",
        None,
        "TASS",
    ),
    "mofa_2001": (
        "Irkutsk Statement by the Prime Minister of Japan and the President of the "
        "Russian Federation on Further Negotiations on the Issue of a Peace Treaty",
        None,
        date(2001, 3, 25),
        "Ministry of Foreign Affairs of Japan",
    ),
    "cdpsp_2016": (  # a digest's translation: the paper and its date in its note on the source
        "MISSILES ON THE KURILES ARRIVE BEFORE THE SUMMIT",
        None,
        date(2016, 11, 29),
        "The Evening Courier",
    ),
}


@pytest.mark.parametrize("stem", sorted(FIXTURES_EXPECTED))
def test_metadata_of_other_outlets_page_layouts(stem):
    text = (FIXTURES / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
    meta = extract_metadata(clean_article(text))
    assert (meta.headline, meta.dateline, meta.published, meta.outlet) == FIXTURES_EXPECTED[stem]


@pytest.mark.parametrize(
    ("stem", "n_paragraphs", "first", "last"),
    [
        ("bbc_2016", 4, "Russian President Vladimir Putin", "The dispute has prevented"),
        ("sputnik_2018", 4, "Russian President Vladimir Putin", "Putin said the sides"),
        ("aljazeera_2022", 4, "Moscow says it will not", "Japanese Prime Minister Fumio"),
        ("cnn_2019", 3, "Japanese Prime Minister Shinzo", "Russia and Japan never signed"),
        ("ria_2010", 4, "Russian President Dmitry Medvedev", "The Kremlin says the islands"),
        ("itartass_2006", 3, "A Russian border guard", "Tokyo lodged a strong protest"),
        ("diplomat_2019", 4, "The Japanese prime minister's", "For Tokyo, that demand"),
        ("mofa_press_2022", 5, "Russia's announcement on peace", "Minister Hayashi: There is"),
        ("japantoday_2021", 3, "Japan on Friday protested", "Russian President Vladimir"),
        ("kommersant_2016", 3, "Vladimir Putin and Shinzo Abe", "Japanese officials insist"),
        ("eastasiaforum_2020", 3, "Prime Minister Shinzo Abe has", "Moscow now insists"),
        ("japanforward_2021", 3, "Russian Prime Minister Mikhail", "Japan must not return"),
        ("kremlin_2016", 6, "Vladimir Putin and Prime", "We agreed that a special"),
        ("mainichi_2019", 3, "Foreign Minister Taro Kono", "Kono declined to comment"),
        ("moscowtimes_2022", 3, "Russia said Monday", "Japan's Prime Minister Fumio"),
        ("nhk_2019", 4, "Japanese Foreign Minister Kono", "Japan maintains that"),
        ("reuters_2010", 3, "Dmitry Medvedev became", "Medvedev, who toured"),
        ("wapo_ap_2019", 3, "Russian President Vladimir", "Abe said he was determined"),
        ("ap_2018", 5, "Russian President Vladimir", "Japan has insisted"),
        ("japantimes_2018", 4, "Prime Minister Shinzo Abe", "The move could mean"),
        ("kyodo_2020", 3, "Japan on Friday lodged", '"We will continue'),
        ("tass_2022", 4, "The Russian foreign ministry", "The ministry also said"),
        ("asahi_2009", 3, "Russian Prime Minister Vladimir", '"We want to solve'),
        ("embassy_2019", 3, "We have noted the statements", "Such rhetoric does not"),
        ("kantei_2008", 3, "Ladies and gentlemen, today,", "I look forward to"),
        ("pravda_2006", 3, "Japanese Foreign Minister Taro", "Russian officials said"),
        ("ria_2007", 3, "Russia's Foreign Ministry said", "He added that Moscow"),
        ("voiceofrussia_2012", 3, "Russian Prime Minister Dmitry", "Medvedev said the islands"),
        ("factiva_reuters_2018", 3, "Japanese Prime Minister Shinzo", "The declaration says"),
        ("lexisnexis_japantimes_2018", 3, "Prime Minister Shinzo Abe", "Critics say the move"),
        ("proquest_kyodo_2010", 2, "Russian President Dmitry", "Japan lodged a protest"),
        ("guardian_2010", 4, "Japan summons Russian", "The dispute over the islands"),
        ("telegraph_2010", 3, "Japan has temporarily", "Russia said the trip"),
        ("nyt_2010", 2, "President Dmitry A. Medvedev", '"It is extremely regrettable'),
        ("bloomberg_2018", 6, "Leaders agree to use 1956", "Abe said he would visit"),
        ("newsweek_2016", 4, "Russian President Vladimir Putin", "But Putin said before"),
        ("scmp_2019", 6, "Leaders say negotiations", "Tokyo has seen a series"),
        ("upi_2005", 5, "Japanese Prime Minister Junichiro", "Putin's three-day visit"),
        ("yonhap_2018", 4, "Japanese Prime Minister Shinzo", "South Korea is watching"),
        ("straitstimes_2020", 4, "Japan's hopes of regaining", "Russia calls the islands"),
        ("voa_2016", 4, "Russian President Vladimir Putin", "Putin said the most important"),
        ("hokkaido_2019", 4, "Former residents of the", "The Nemuro city government"),
        ("mofa_2013", 4, "1. On April 29", "4. Following the meeting"),
        ("reuters_2005", 4, "Russian President Vladimir Putin", "The two leaders signed"),
        ("abc_2018", 4, "Japanese Prime Minister Shinzo", '"I want to put an end'),
        ("france24_2022", 4, "Russia said Monday", "The two countries have never"),
        ("japantimes_2005", 4, "Prime Minister Junichiro", "Japan insists that"),
        ("asahi_2016", 4, "Prime Minister Shinzo Abe", "Former islanders welcomed"),
        ("csis_2019", 4, "Japanese prime minister Shinzo", "For Tokyo, a deal"),
        ("japantoday_2016", 3, "Prime Minister Shinzo Abe", "Abe told reporters"),
        ("rt_2019", 4, "Japan must recognize", "The talks between Lavrov"),
        ("midru_2022", 4, "Given the obviously unfriendly", "All responsibility for"),
        ("reuters_update_2022", 4, "Russia said on Monday", "Japanese Prime Minister Fumio"),
        ("japantimes_opinion_2019", 3, "Prime Minister Shinzo Abe's", "The government should stop"),
        ("ap_local_2019", 3, "Russian President Vladimir Putin", "Abe said he was determined"),
        ("nyt_2016", 4, "President Vladimir V. Putin", "Mr. Putin said that a peace"),
        ("bbc_2012", 4, "Russian Prime Minister Dmitry", "The Soviet Union seized"),
        ("moscowtimes_2012", 3, "Prime Minister Dmitry Medvedev", "Analysts said the visit"),
        ("nhk_2023", 3, "Japan has marked", "Former islanders, whose"),
        ("kyodo_2024", 3, "Japan and Russia have agreed", "Russia halted peace treaty"),
        ("mofa_2005", 3, "1. Prime Minister Junichiro", "3. The two leaders signed"),
        ("bbc_2005", 4, "Russian President Vladimir Putin", "The dispute has prevented"),
        ("izvestia_2021", 7, "Russian Ambassador to Japan", "Mikhail Galuzin: As soon"),
        ("jt_liveblog_2022", 3, "Prime Minister Fumio Kishida", "Russia's Foreign Ministry"),
        ("economist_2019", 5, "Vladimir Putin is in no hurry", "Public opinion in Russia"),
        ("ft_2022", 5, "Moscow ends negotiations", "Analysts said the decision"),
        ("sakhalin_2023", 5, "For the second year", "Local residents said"),
        ("koreaherald_2019", 5, "The foreign ministers of", "Japan claims the four"),
        ("afp_yahoo_2025", 6, "Japanese Prime Minister Shigeru", "Russia's foreign ministry said"),
        ("kyodo_2025", 4, "Prime Minister Shigeru Ishiba on", "Russia unilaterally suspended"),
        ("daily_yomiuri_2008", 5, "Prime Minister Yasuo Fukuda and", "The meeting was the first"),
        ("carnegie_2019", 5, "Moscow's position has hardened", "Putin has said that the 1956"),
        ("novaya_2023", 5, "Islanders say they have been", "In March 2022, Russia's"),
        ("dpa_2018", 4, "Russian President Vladimir Putin", "Soviet troops occupied"),
        ("riac_2020", 3, "The amendments to Russia's", "In Moscow, however,"),
        ("wrapped_email_2016", 4, "Prime Minister Shinzo Abe and", "Former residents of the"),
        ("wayback_japantimes_2010", 5, "Kan calls trip to Kunashiri", "Medvedev became the first"),
        ("bluebook_pdf_2019", 3, "The biggest pending issue", "Prime Minister Abe stated"),
        ("ria_2014", 4, "Russia is ready to continue", "The two countries never"),
        ("nemuro_2018", 3, "Nemuro City, Hokkaido, is", "The city of Nemuro continues"),
        ("bbcmonitoring_2019", 3, "The Kremlin believes that", "He added that the talks"),
        ("amp_japantimes_2021", 4, "Japan has lodged a protest", "Japan and Russia have not"),
        ("telegram_mfa_2023", 3, "💬 On February 7, Tokyo", "\"Tokyo's anti-Russian course"),
        ("reuters_explainer_2022", 7, "Russia said on Monday it was", "Experts say the talks"),
        ("globaltimes_2019", 3, "Talks between Russian President", "Putin said after the talks"),
        ("cgtn_2022", 3, "Russia on Monday announced it", "Japanese Prime Minister Fumio"),
        ("japanforward_2025", 4, "Moscow's occupation of the", "The government of Prime"),
        ("hokkaido_2024", 4, "Fishermen in Nemuro, eastern", "The Fisheries Agency said"),
        ("asahi_editorial_2025", 4, "Former residents of the", "At the same time, Japan"),
        ("embassy_release_2024", 2, "On February 7, Japan once", "The sovereignty of the"),
        ("interfax_live_2018", 4, "Russian President Vladimir", "Putin: There is no easy"),
        ("mofa_faq_2020", 6, "Q1. What are the Northern", "A3. In November 2018"),
        ("nhkworld_2025", 3, "Japanese Prime Minister Ishiba", "Russia suspended the visits"),
        ("sputnik_2025", 3, "Russia is not holding any", "Peskov added that Russia's"),
        ("guardian_2022", 4, "Moscow also ends visa-free", "Japan's prime minister, Fumio"),
        ("japantimes_2025", 3, "Prime Minister Sanae Takaichi", "Russia has refused to discuss"),
        ("jiji_2023", 3, "The Japanese government has", "\"Russia's military buildup"),
        ("kremlin_2018", 4, "Vladimir Putin met with Prime", "Prime Minister of Japan Shinzo"),
        ("scmp_2025", 4, "Tokyo and Moscow have failed", "Relations between the two"),
        ("tass_2021", 4, "Sergey Lavrov noted that", "The minister also said that"),
        ("independent_2019", 7, "Leaders agree to continue", "Russian foreign minister Sergei"),
        ("conversation_2022", 5, "On March 21, Russia's foreign", "The danger now is military."),
        ("jamestown_2020", 3, "The amendments to the Russian", "But Russian commentators say"),
        ("euronews_2023", 4, "Russia has deployed coastal", "Russia pulled out of peace"),
        ("taipeitimes_2016", 4, "Japan and Russia yesterday", "Putin said the most important"),
        ("arabnews_2018", 5, "Japanese Prime Minister Shinzo", "The islands were seized by"),
        ("times_2019", 4, "The leaders of Russia and", "Mr Putin was more guarded."),
        ("dailymail_2018", 3, "Japanese Prime Minister Shinzo", "The 1956 declaration said"),
        ("lemonde_2022", 5, "Moscow said it was not", "Japan's Prime Minister Fumio"),
        ("time_2016", 4, "Russian President Vladimir Putin", "The islands, which Japan calls"),
        ("japannews_2024", 3, "Prime Minister Fumio Kishida said", "Former islanders and their"),
        ("sputnikindia_2024", 3, "Tokyo's so-called Northern", "She added that Tokyo's"),
        ("nikkeiasia_2022", 5, "Kishida calls move", '"This whole situation has been'),
        ("mainichi_2023", 4, "Former residents of the", "Prime Minister Fumio Kishida told"),
        ("rbth_2019", 4, "The Kuril Islands have been", "Polls show that most Russians"),
        ("asahi_2019", 4, "Prime Minister Shinzo Abe's 25th", "But Russian officials have"),
        ("kyodo_2018", 3, "Japanese Prime Minister Shinzo", '"I want to settle this issue'),
        ("rt_2022", 4, "The move was prompted by", "Moscow will also end visa-free"),
        ("bloomberg_2022", 4, "Russia said it would halt", "The talks, which never produced"),
        ("xinhua_2010", 3, "Japan's Foreign Minister Seiji", "Medvedev became the first"),
        ("upi_2019", 3, "Russian President Vladimir Putin", "Abe said he wanted to settle"),
        ("mofa_2019", 4, "On January 22, commencing at", "3. Prime Minister Abe stated"),
        (
            "kyivindependent_2022",
            3,
            "President Volodymyr Zelensky",
            "Japan has demanded the return",
        ),
        ("sakhalin_gov_2017", 3, "Sakhalin Governor Oleg", "The governor said aquaculture"),
        ("ap_2010", 3, "Japan summoned Russia's ambassador", "Medvedev toured Kunashir, one"),
        ("pravdaru_2018", 3, "The agreement between Vladimir", "Experts say that any deal"),
        ("wion_2022", 3, "Russia on Monday announced", "Japan's Prime Minister Fumio"),
        ("hindustantimes_2022", 3, "Japan has protested to Russia", '"We have lodged a protest'),
        ("jiji_2016", 3, "Japanese Prime Minister Shinzo", "Abe said the agreement was"),
        ("cao_2020", 3, "February 7 was designated", "The Government of Japan will"),
        ("valdai_2019", 3, "The meeting between Vladimir", "Public opinion in both"),
        ("csmonitor_2010", 4, "Russian President Dmitry Medvedev", "Experts in Moscow say"),
        ("latimes_2010", 2, "Japan on Tuesday temporarily", "Prime Minister Naoto Kan"),
        ("spf_2021", 2, "The revised Russian Constitution", "However, Russian officials"),
        ("japantimes_2016", 3, "Prime Minister Shinzo Abe and", '"This is an important step'),
        ("chathamhouse_2022", 4, "Moscow's decision to end", "Japan is now likely to align"),
        ("abcau_2022", 3, "Russia has withdrawn from peace", "Japanese Prime Minister Fumio"),
        ("asiatimes_2019", 4, "Japan's prime minister bet on", "For Abe, who has met"),
        ("hokkaido_pref_2018", 3, "Under the visa-free exchange", "Former residents have also"),
        ("joongang_2019", 3, "Russian President Vladimir Putin", "The dispute concerns four"),
        ("msn_reuters_2022", 2, "Japan has lodged a protest", "Russia's military said more"),
        ("yahoo_kyodo_2019", 3, "Foreign Minister Taro Kono and", "Kono declined to comment on"),
        ("jt_kyodo_2022", 3, "Russia has scrapped an agreement", "Japan's top government"),
        ("kremlin_2010", 3, "During his visit to Kunashir", "The President noted that the"),
        ("mofa_ru_2019", 3, "On January 14, Foreign Minister", "The sides also discussed joint"),
        ("nhk_2016", 4, "Japanese Prime Minister Shinzo Abe", "The talks will continue in"),
        ("rferl_2019", 2, "Russian President Vladimir Putin", "Speaking after talks in Moscow"),
        ("telegraph_2016", 4, "Vladimir Putin arrived nearly", "Mr Putin has said Russia"),
        ("trtworld_2022", 4, "Tokyo calls the military", "Russia's military said more"),
        ("anadolu_2022", 4, "Moscow also withdraws from", "Japan and Russia have never"),
        ("thehill_2022", 3, "Russia said on Monday that", "The two countries never signed"),
        ("straitstimes_2019", 3, "Russian President Vladimir Putin", "Mr Abe said the two"),
        ("japantoday_2019", 2, "Russian President Vladimir Putin", '"We are determined to put'),
        ("rt_2010", 4, "Dmitry Medvedev has become the", "Tokyo has called the visit"),
        ("itartass_2016", 3, "Russia has no territorial problem", "Putin arrived in Nagato for"),
        ("japantimes_2010", 4, "Kan calls Russian leader's trip", "Foreign Minister Seiji Maehara"),
        ("mainichi_2010", 3, "Japan protested to Russia on", "Former islanders in Nemuro,"),
        ("nikkei_2005", 2, "Prime Minister Junichiro Koizumi", "The two leaders signed a"),
        ("voa_2022", 3, "Russia said Monday it was", "Japanese Prime Minister Fumio"),
        ("nationalinterest_2019", 4, "The Kuril Islands dispute is", "The dispute, in short, is"),
        ("foreignpolicy_2022", 6, "Russia's withdrawal from peace", "The dream of getting the"),
        ("eurasiareview_2020", 3, "The new wording of the", "However, the provision does"),
        ("usembassy_2022", 3, "On Northern Territories Day,", "We stand with the people"),
        ("aljazeera_2010", 4, "Medvedev becomes first Russian", "Medvedev spent several hours"),
        ("bbc_2019", 3, "Russian President Vladimir Putin", "Japan claims the four"),
        ("nyt_2005", 3, "President Vladimir V. Putin of", '"We will continue negotiations,"'),
        ("iht_2008", 3, "Prime Minister Yasuo Fukuda and", '"We want to find a'),
        ("washingtontimes_2016", 2, "The leaders of Russia and", "Russian President Vladimir"),
        ("foxnews_ap_2013", 3, "Japan's prime minister and", '"It is abnormal that we'),
        ("yomiuri_2005", 3, "Prime Minister Junichiro Koizumi", "Koizumi said both sides"),
        ("mofa_2007", 4, "For a relationship of genuine", "In the Tokyo Declaration of"),
        ("tass_2010", 3, "Russian President Dmitry Medvedev,", "The president visited a"),
        ("sputnik_2016", 3, "Russia has no territorial", "Putin is expected to arrive"),
        ("japantimes_2019", 3, "Prime Minister Shinzo Abe and", '"We will work together to'),
        ("interfax_2010", 3, "Foreign Minister Sergei Lavrov", "He described Japan's reaction"),
        ("wsj_2022", 3, "Moscow says it won't negotiate", "Japanese Prime Minister Fumio"),
        ("japanforward_2022", 3, "Russia has announced that it", "The Northern Territories are"),
        ("rg_2016", 3, "Vladimir Putin said at a", "The two countries agreed to"),
        ("kyodo_2012", 2, "Russian Prime Minister Dmitry", "Foreign Minister Koichiro Gemba"),
        ("ap_2022", 3, "Russia said Monday it was", "Japanese Prime Minister Fumio"),
        ("embassy_jp_2020", 2, "Today, February 7, is Northern", "The Government of Japan will"),
        ("izvestia_2019", 3, "Moscow expects Tokyo to", "According to the source, the"),
        ("guardian_2016", 3, "Shinzo Abe and Vladimir Putin", '"Even if we just talk'),
        ("nippon_2022", 3, "Russia's announcement on March", "With Russia's invasion of"),
        ("moscowtimes_2019", 2, "Russian President Vladimir", '"There is painstaking work'),
        ("mofa_press_2019", 3, "Minister Kono: I held talks", "Minister Kono: I will refrain"),
        ("tass_2024", 4, "Tokyo's anti-Russian course", "Zakharova added that Russia's"),
        ("japantoday_2024", 3, "Prime Minister Fumio Kishida", "Russia suspended the talks in"),
        ("usnews_reuters_2018", 4, "Japanese Prime Minister Shinzo", "The islands, known in Japan"),
        ("cna_2019", 4, "Russian President Vladimir", "Moscow has insisted that"),
        ("barents_2020", 5, "The long-range missile", "Tokyo has repeatedly"),
        ("thehindu_2016", 4, "Japanese Prime Minister Shinzo", "Putin said the activities"),
        ("devdiscourse_2020", 4, "Japan's top government", "The amendment, approved"),
        ("bangkokpost_afp_2022", 5, "Russia said Monday it was", "Russia withdrew as well"),
        ("starsandstripes_2022", 4, "Russia said Saturday that", "The Soviet Union seized"),
        ("koreatimes_2019", 3, "Japanese Prime Minister Shinzo", "Diplomatic observers in"),
        ("axios_2022", 4, "Russia announced Monday", "The big picture:"),
        ("alarabiya_afp_2019", 4, "Russian President Vladimir", "The dispute concerns"),
        ("vladnews_2005", 4, "Residents of the Southern", '"People here want roads'),
        ("abcnews_ap_2018", 4, "The leaders of Japan and", '"I want to put an end'),
        ("menu_headline_crumb_2018", 3, "Japan's prime minister told", "The two leaders agreed"),
        ("archive_headline_deck_reporter_1993", 3, "THE harbour at Nemuro", "Talks on a fishing"),
        ("abstract_with_site_notes_2007", 1, "Sixty years after the", "Sixty years after the"),
        ("glued_copyright_comment_2023", 5, "A former mayor of", "Visits by former residents"),
        (
            "standfirst_reported_2019",
            6,
            "Hokkaido's regional broadcaster reported",
            "Russia and Japan have",
        ),
        ("title_broken_after_possessive_2022", 2, "In March, the Russian", "The decision has hurt"),
        (
            "deck_over_credited_caption_2018",
            4,
            "Sovereignty is still unsettled,",
            "The team will travel",
        ),
        ("standfirst_added_appeal_2018", 5, "Moscow and Tokyo must", "Russia and Japan need"),
        ("dated_unknown_agency_caption_2020", 2, "The amendments to Russia's", "He said he first"),
        ("sum_broken_at_decimal_2023", 3, "Japan and Russia settled", "Talks on the quota"),
        ("dated_agency_dateline_2019", 3, "An opposition lawmaker said", "The lawmaker had joined"),
        ("appeal_block_glued_lead_2018", 4, "Japan says about 3,500", "Russia also plans heated"),
        (
            "captions_twice_iso_date_2015",
            3,
            "While the world watched",
            "About 19,000 Russians live",
        ),
        ("blog_place_dateline_breadcrumb_2023", 3, "Only a few hundred", "How Tokyo could make"),
        ("wrapped_open_quotation_2017", 4, "On Monday the defence", "She said she hoped"),
        (
            "compiled_from_glued_wikipedia_2006",
            5,
            "Former residents of the",
            "Coast guard officials sailed",
        ),
        (
            "caption_istock_courtesy_2017",
            4,
            "Japanese and Russian officials",
            "Tourism was also on",
        ),
        (
            "reading_aid_summary_of_results_2004",
            4,
            "The Foreign Minister met",
            "The ministers agreed that",
        ),
        (
            "syndicated_staff_note_2019",
            4,
            "Russia's foreign minister said",
            "The two ministers held",
        ),
        (
            "title_case_headline_twice_2019",
            3,
            "Russia's foreign minister has",
            "Japan says the islands",
        ),
        ("dateline_day_month_colon_2022", 4, "Russia scraps a deal", "The foreign ministry first"),
        (
            "glued_title_piped_menu_2001",
            1,
            "The Russian Foreign Ministry",
            "The Russian Foreign Ministry",
        ),
        (
            "breadcrumb_title_check_also_2021",
            4,
            "The island sits halfway",
            "A correspondent who visited",
        ),
        (
            "document_kind_outline_2001",
            7,
            "The Foreign Minister held",
            "The ministers welcomed the",
        ),
        ("sentence_under_label_no_headline_2016", 4, "Part of the state", "The concept of the"),
        (
            "picture_credit_site_address_2014",
            4,
            "Iturup's new airport opens",
            "Japan claims the southern",
        ),
        ("caption_is_shown_credit_2018", 2, "Two opinion polls show", "In one poll of"),
        ("ap_underscore_dateline_1999", 3, "With the fish plants", "“Without Japan we could"),
        (
            "title_echoed_by_credited_caption_2017",
            2,
            "Japan and Russia have",
            "The Russian side offered",
        ),
        (
            "aggregator_statement_note_2025",
            3,
            "Maria Zakharova, the Russian",
            "She said the unfriendly",
        ),
        (
            "description_lines_again_2021",
            3,
            "Russia's prime minister visited",
            "Mishustin toured a hospital",
        ),
        ("asianews_dateline_2021", 4, "The government plans to", "Japan lodged a protest"),
        (
            "tass_paraphrased_standfirst_2018",
            4,
            'The last "two-plus-two" talks',
            "Japan's top military officers",
        ),
        (
            "date_with_photo_credit_2017",
            3,
            "The foreign and defense",
            "North Korea's missile launches",
        ),
        ("split_dateline_yjc_2017", 5, "Tokyo wants to build", "Moscow and Tokyo have"),
        ("seen_on_a_day_captions_2023", 4, "A Russian flag has", "The lighthouse stands 3.7"),
        ("journal_landing_page_2012", 3, "This article examines how", "The dispute over the"),
        (
            "kyodo_clock_and_story_date_2016",
            2,
            "Russian President Vladimir Putin",
            "Putin said the 1956",
        ),
        ("press_service_caption_2016", 3, 'Russia has "no territorial', '"It is Japan that'),
        (
            "title_with_stop_over_date_2016",
            3,
            "Before his visit to",
            "The journalists asked mostly",
        ),
        (
            "possessive_document_title_2009",
            3,
            "From an interview to",
            '"Our economies complement each',
        ),
        ("blog_reading_time_twice_2019", 2, "In January 2019 Prime", "The change passed almost"),
        ("advert_line_twice_2020", 3, "Residents of Severo-Kurilsk, a", "Children from the town's"),
        ("media_network_city_2025", 3, "A powerful earthquake in", "A fish processing plant"),
        ("site_clock_over_headline_2025", 3, "A tsunami struck the", "No one was hurt,"),
        ("ap_caption_via_credit_2022", 4, "Fishermen had feared the", "The quota of 2,050"),
        (
            "tass_weekday_standfirst_2019",
            4,
            "Russian Prime Minister Dmitry",
            "Tokyo earlier expressed its",
        ),
        ("tass_standfirst_again_2015", 3, "Japan has lodged a", "The Russian embassy in"),
        (
            "archive_headline_deck_1991",
            3,
            "Prime Minister Toshiki Kaifu",
            "Gorbachev ended his four-day",
        ),
        ("no_headline_site_label_2025", 3, "Prime Minister Sanae Takaichi", "The visits have been"),
        ("blog_like_buttons_2022", 4, "Former Japanese residents of", "Russia suspended the peace"),
        (
            "standfirst_over_credited_caption_2020",
            4,
            "After their first call,",
            "The two leaders agreed",
        ),
        ("site_handle_date_line_2020", 3, "Japan's new Prime Minister", "Suga has already spoken"),
        (
            "two_city_dateline_pull_quote_2020",
            4,
            "Japan's new Prime Minister",
            "Japan and Russia have",
        ),
        (
            "broken_attribution_cover_note_2020",
            3,
            "Prime Minister Yoshihide Suga",
            "Putin said he was",
        ),
        ("home_slash_breadcrumb_2018", 3, "The leaders of Japan", "Under the declaration, Moscow"),
        ("named_credit_caption_2019", 3, "Japanese Prime Minister Shinzo", "Putin said the two"),
        ("kiodo_source_2022", 3, "Japan has returned to", "Japan claims Iturup, Kunashir,"),
        (
            "tass_month_day_line_2017",
            4,
            "A Japanese business delegation",
            "The delegation looked at",
        ),
        ("comments_count_brackets_2018", 3, "A charter plane carrying", "The flights were agreed"),
        ("caption_during_event_2016", 3, "The Russian Defense Ministry", '"The main aim of'),
        ("read_full_article_at_2016", 1, "Russia may open a", "Russia may open a"),
        ("ap_topics_twice_2022", 4, "Prime Minister Fumio Kishida", "He said Japan would"),
        ("lead_printed_twice_2022", 3, "Prime Minister Fumio Kishida", "He said the government"),
        ("credits_above_captions_2022", 4, "Soldiers came to Kiyoshi", "Russia broke off the"),
        ("agencies_credit_2010", 3, "Japan summoned the Russian", "Maehara told reporters the"),
        ("photo_credit_brackets_2010", 5, "Tokyo says the recall", "The dispute has kept"),
        ("nhub_description_2018", 4, "The foreign ministers of", "The meeting came days"),
        ("piped_photo_credit_2022", 4, "Russia said on Monday", "Japan last week froze"),
        ("tass_title_cites_kyodo_2019", 3, "Tokyo has begun final", "The two ministers last"),
        ("tass_quote_standfirst_2016", 4, "Carrying out the 1956", "Russia and Japan have"),
        ("kantei_gallery_2013", 4, "Prime Minister Shinzo Abe", "He added that the"),
        ("residence_caption_2004", 3, "Prime Minister Junichiro Koizumi", "In his address the"),
        ("tribune_rferl_2016", 4, "Russia has put coastal", "Japan, which claims the"),
        ("blog_comment_form_it_2016", 2, "Prime Minister Shinzo Abe", "The two leaders were"),
        (
            "wordpress_authorbox_2021",
            2,
            "The Sakhalin regional government",
            "Officials say more schools,",
        ),
        ("baltsun_datebyline_1991", 3, "Mikhail S. Gorbachev and", '"We have not yet'),
        (
            "tass_captionacross_2019",
            5,
            "The former president's foundation",
            "According to Kyodo, the",
        ),
        ("dunya_commadateline_2023", 4, "Matsuno said Moscow had", "Moscow said last week"),
        ("janes_paywall_2021", 3, "Japan is increasingly worried", "The defence minister said"),
        ("topwar_colonquote_2016", 4, "Launched on the Kuril", "Backing sanctions against Russia"),
        ("japanforward_captions_2023", 5, "Russia's hold on the", "The prime minister should"),
        ("manila_videolist_2018", 3, "Prime Minister Shinzo Abe", "Abe told reporters he"),
        ("copysite_shopad_2018", 3, "Prime Minister Shinzo Abe", "The two countries have"),
        ("eastrussia_caption_echo_2020", 3, "Kunashir and Shikotan bid", "The plan for new"),
        ("syndicated_writtenby_2018", 3, "Former residents of the", "The families say they"),
        ("magazine_textcredit_2021", 5, "THE SOUTHERN KURILS ARE", "Local legend says the"),
        ("buzb_repeated_block_2025", 4, "Japan still intends to", "Since 2022 Moscow has"),
        ("menafn_paren_agency_2025", 3, "The Kremlin said on", "Japan's foreign ministry repeated"),
        ("mid_transcript_copy_2019", 4, "Ladies and gentlemen,", "We reminded our partners"),
        ("atynews_siteaddress_2018", 3, "Japan has protested to", "Earlier this year a"),
        ("wikimirror_contents_1956", 3, "The Soviet Union stayed", "Article 9 of the"),
        ("sputnik_clock_caption_2018", 3, "Japan has protested against", "Tokyo says any Russian"),
        (
            "eurasiantimes_linkcard_2021",
            4,
            "Japan's defence minister visited",
            "Tokyo lodged a protest",
        ),
        (
            "aljazeera_caption_twice_2005",
            7,
            "Representatives of the Ainu,",
            "Putin told reporters that",
        ),
        ("blog_reprint_title_2019", 4, "Ainu elder tells Russians", "Then an Ainu elder"),
        (
            "chelorg_glued_credit_2017",
            3,
            "The Sakhalin regional government",
            "Japanese firms were also",
        ),
        ("urdupoint_handle_2022", 3, "Japan will not send", "Russia withdrew from the"),
        (
            "seafoodnews_paywall_2022",
            3,
            "Russia has declined to",
            "The annual negotiations normally",
        ),
        ("independent_follow_1997", 2, "The Russian president, Boris", "The four islands seized"),
        ("deseret_share_1997", 4, "Boris Yeltsin and Ryutaro", "Russia and Japan have"),
        ("mofa_summit_sections_2000", 6, "1. Peace Treaty Negotiations", "(2) The two leaders"),
        ("tass_region_2021", 3, "Businesses working on the", '"This is a good'),
        ("urdupoint_place_2021", 4, "Russian Prime Minister Mikhail", "Tokyo said on Monday"),
        (
            "pravdanetwork_loading_2026",
            3,
            "Zakharova said the rallies",
            '"They keep connecting this',
        ),
        (
            "newsonjapan_sourcedash_2022",
            3,
            "Japanese fishers are preparing",
            "The talks drew attention",
        ),
        ("etools_summary_2022", 3, "Japanese fishers are preparing", "The talks drew attention"),
        (
            "vestnikkavkaza_signoff_2016",
            2,
            "Japan's prime minister said",
            "The Kremlin's spokesman confirmed",
        ),
        ("ap_photographercaption_2022", 3, "Japan has protested to", "The chief cabinet secretary"),
        ("japannews_outletcredit_2022", 3, "The Foreign Ministry says", "It is the first"),
        ("moscowtimes_appeal_2011", 3, "Moscow will spend another", "The money will go"),
        ("eastrussia_translationnote_2016", 3, "The governor of the", "- It is an"),
        ("mypaper_kickercaption_2015", 3, "IT WAS freezing when", '"I thought we were'),
        ("monitor_publicationfield_1997", 3, "Two days of informal", "The leaders also reached"),
        ("database_bracketfields_1993", 2, "Based upon the recognition", "The Prime Minister of"),
        (
            "copysite_imagelink_2020",
            3,
            "The constitutional amendments finally",
            "Japan says its position",
        ),
        (
            "urdupoint_minutesago_2020",
            2,
            "Foreign Minister Toshimitsu Motegi",
            "Motegi declined to comment",
        ),
        ("lbc_pa_caption_2021", 3, "The move follows a", "The systems can hit"),
        ("diplomatic_embeddedpost_2019", 3, "Japan must recognise Russia's", '"We are guided by'),
        (
            "asiaone_longcaption_2015",
            3,
            "Prime Minister Dmitry Medvedev",
            "Medvedev last visited the",
        ),
        (
            "trt_standfirstcredit_2015",
            3,
            "Protests triggered in Japan",
            "Medvedev landed on Iturup,",
        ),
        ("journal_bulletbyline_2020", 3, "Japan has disputed Russian", "At the end of"),
        (
            "jt_doubledpipedcaption_2023",
            3,
            "Prime Minister Fumio Kishida",
            "Russia scrapped the visa-free",
        ),
        ("aggregator_nocomments_2025", 3, "Former residents of the", "The ship will leave"),
        ("yomiuri_ranking_2024", 3, "Prime Minister Fumio Kishida", "He said the resumption"),
        ("chinadaily_titlestamp_2005", 3, "Settling the 60-year-old row", '"I am optimistic in'),
        ("jt_compiledfrom_2004", 3, "President Vladimir Putin told", "Putin said he had"),
        ("rferl_leadcaption_2005", 3, "Prime Minister Junichiro Koizumi", "The dispute has kept"),
        ("kremlin_officialsite_2005", 3, "The two leaders continued", "The President invited Mr"),
        ("moscowtimes_apcaption_2005", 3, "The leaders of Russia", '"We agreed to seek'),
        ("interfax_copy_comments_2021", 3, "A peace treaty could", "Peskov declined to say"),
        ("mofa_translationnote_2019", 2, "Mr. Taro Kono, Minister", "I would like to"),
        (  # the quote and, on its own line, the dash and who said it: one paragraph
            "pravdanetwork_topnews_2024",
            4,
            "Russian Foreign Ministry spokeswoman",
            'These are not "disputed territories", this is Russia, - the Russian politician',
        ),
        ("jt_countrycaps_2016", 2, "Prime Minister Shinzo Abe", "“The development of the"),
        ("st_reuters_doubledcaption_2016", 3, "Prime Minister Shinzo Abe", "The two sides agreed"),
        ("eir_pressrelease_2016", 3, "Prime Minister Shinzo Abe", "The leaders also discussed"),
        ("panarmenian_prefix_2016", 3, "Prime Minister Shinzo Abe", "The islands, called the"),
        ("glued_headline_2012", 3, "Japan lodged a protest", "Medvedev first set foot"),
        ("blog_whowhat_2010", 4, "Who: Japan's ambassador to", "When: The visit came"),
        (
            "xinhua_copy_positioned_2010",
            3,
            "Japan's ambassador to Russia",
            "Maehara warned Russian leaders",
        ),
        (
            "voa_doubledcaption_2010",
            3,
            "Japan reacted angrily to",
            "Russia's ambassador was summoned",
        ),
        (
            "sputnik_doubledlead_2010",
            3,
            "Russian President Dmitry Medvedev",
            "Japan's foreign minister said",
        ),
        (
            "brief_rightsnotice_2022",
            3,
            "Russia's Foreign Ministry said",
            "Prime Minister Fumio Kishida",
        ),
        ("aggregator_repeatedlead_2025", 2, '"Relations are difficult, but', "Moscow has said the"),
        ("efe_nodash_2022", 1, "The Japanese prime minister", "The Japanese prime minister"),
        ("itartass_doubledash_2011", 4, "Forty Japanese arrived on", "More than 18,000 Japanese"),
        ("tasscopy_lowercasemonth_2018", 3, "A group of 60", "Former residents, their relatives,"),
        ("manila_jiji_signoff_2018", 4, "Sixty-five Japanese left the", "The four islands were"),
        ("tass_timecity_2018", 3, "The first group this", "Nine delegations from Japan"),
        ("tass_captions_2017", 4, "Putin and Abe agreed", "The group is expected"),
        ("copysite_shortcodes_2019", 4, "Talks between the Russian", "The leaders agreed last"),
        ("tasnim_copy_2019", 4, "Russia and Japan agreed", "The two countries never"),
        ("aggregator_defenceblog_2024", 1, "Tokyo has lodged a", "Tokyo has lodged a"),
        ("tass_longstandfirst_2016", 6, "According to the Russian", '"Japan is a great'),
        ("yomiuri_filephoto_2022", 3, "The government has protested", "The government also voiced"),
        ("vnexpress_2019", 3, "Japanese Prime Minister Shinzo", "Abe said he and"),
        ("koreajoongang_2022", 3, "Russia said Monday it", "Japan's Prime Minister Fumio"),
        ("ria_2019", 3, "Russian President Vladimir Putin", "According to him, the"),
        ("japantimes_2024", 4, "Russia sees no possibility", "The talks have been"),
        ("kremlin_2022", 2, "Vladimir Putin held an", "The participants discussed the"),
        ("ndtv_2018", 4, "Japanese Prime Minister Shinzo", "The 1956 declaration stipulated"),
        ("antara_2019", 2, "Japanese Prime Minister Shinzo", "The two countries have"),
        ("rfi_2022", 3, "Russia said Monday it", "Tokyo has joined Western"),
        ("irna_2022", 3, "Russia has suspended peace", "Japan and Russia have"),
        ("mofa_announcement_2019", 3, "1. Mr. Taro Kono,", "3. Minister Kono will"),
        ("obituary_hokkaido_2021", 5, "Born on Shibotsu Island", '"I want to go'),
        ("reuters_update_2019", 3, "Russian President Vladimir Putin", "Abe said he and"),
        ("yahoo_relative_2024", 3, "Japan has lodged a", '"The exercises are unacceptable'),
        ("rss_kyodo_2018", 3, "Japanese Prime Minister Shinzo", "The agreement signals a"),
        ("consent_independent_2019", 4, "Lavrov says Tokyo must", "Shinzo Abe has made"),
        ("dw_2022", 4, "Russia has said it", "Japanese Prime Minister Fumio"),
        ("asahi_2023", 2, "Prime Minister Fumio Kishida", "\"The government's policy of"),
        ("brookings_2018", 3, "Prime Minister Shinzo Abe's", "The question for Washington"),
        ("nbr_2019", 5, "In November 2018, Prime", "Moscow has welcomed the"),
        ("eeas_2022", 3, "Russia's decision to withdraw", "The EU will continue"),
        ("heritage_2016", 3, "Japanese Prime Minister Shinzo", "For the United States,"),
        ("gulftimes_2019", 4, "Russia and Japan failed", "The islands were seized"),
        ("thenews_2016", 3, "Russian President Vladimir Putin", "Putin said a peace"),
        ("osc_2019", 3, "Russian Foreign Minister Sergei", '"This is a fundamental'),
        ("arabnews_2022", 4, "Russia said Monday it", "The two countries never"),
        (
            "ukrainskapravda_2022",
            5,
            "Ukraine's President Volodymyr Zelensky",
            "Background: Japan claims the",
        ),
        ("presstv_2022", 4, "Japan has denounced as", "The two countries have"),
        ("nikkei_2025", 4, "Deal on salmon quotas", "Relations between the two"),
        ("rada_2022", 3, "The Verkhovna Rada of", "The document was supported"),
        ("seattletimes_ap_2005", 4, "Russian President Vladimir Putin", '"We were unable to'),
        ("crs_2019", 6, "Japanese Prime Minister Shinzo", "Russian officials have raised"),
        ("sankei_2010", 3, "Russian President Dmitry Medvedev", "Foreign Minister Seiji Maehara"),
        ("moscowtimes_2005", 4, "President Vladimir Putin ended", "Japan claims the four"),
        ("nhkworld_2010", 4, "Japan has lodged a", "Prime Minister Naoto Kan"),
        ("apjjf_2012", 4, "Dmitry Medvedev's visits to", "This ambiguity was not"),
        ("express_2019", 5, "VLADIMIR PUTIN has dashed", "Japan's government has said"),
        ("eadaily_2019", 3, "Moscow and Tokyo remain", "Kono, for his part,"),
        ("dailysabah_2022", 4, "Russia said Monday it", "The two countries have"),
        ("modjapan_2021", 3, "1. On March 23,", "3. The Ministry of"),
        ("governmentru_2018", 4, "The meeting took place", "Shinzo Abe (retranslated): Thank"),
        ("nbcnews_2022", 5, "Moscow said it would", "The islands, which the"),
        ("gulfnews_afp_2019", 5, "Abe has met Putin", "The two leaders are"),
        # the author's bio under "Written by NAME" / "120 Followers" stays: a short sentence
        ("medium_2019", 5, "Every February 7, Japan", "Writer on East Asian"),
        ("eurasianet_2019", 4, "A new missile deployment", "Russian analysts said the"),
        ("stratfor_2016", 3, "Russian President Vladimir Putin's", "The summit also showed"),
        ("duma_2019", 5, "The Chairman of the", "Vyacheslav Volodin also proposed"),
        ("cnbc_2018", 4, "Russian President Vladimir Putin", "Abe, who has met"),
        ("lowy_2019", 5, "Abe has staked his", "For Canberra, the lesson"),
        ("toi_2018", 4, "Japanese Prime Minister Shinzo", "The two countries have"),
        ("aspi_strategist_2022", 3, "When Russia announced on", "For Tokyo, the lesson"),
        ("moscowtimes_2023", 3, "Russia plans to build", "Japan has repeatedly protested"),
        ("warontherocks_2019", 3, "Shinzo Abe bet that", "For now, the best"),
        ("chishimarenmei_2019", 3, "Former residents of the", "The association will continue"),
        ("hokudai_2020", 2, "A team of researchers", "The database covers more"),
        ("hoppou_explainer", 6, "The Northern Territories are", "Japan will continue to"),
        ("jiia_2020", 3, "On July 4, Russia's", "Japan should nonetheless keep"),
        ("guardian_title_2010", 3, "Dmitry Medvedev became the", "Japan's foreign minister, Seiji"),
        ("isodate_nhk_2022", 2, "Japan's government has lodged", "Russia's military said about"),
        ("statedept_2022", 2, "The United States stands", "We support Japan's position"),
        ("titleonly_reuters_2019", 3, "Japanese Prime Minister Shinzo", "The islands were seized"),
        ("mofa_pdf_2019", 3, "On January 14, commencing", "The two ministers agreed"),
        ("todayinhistory_ap_2020", 7, "Today is Monday, Oct.", "Ten years ago: Japan"),
        ("youtube_nhk_2022", 2, "Russia says it will", "Japan's Prime Minister Kishida"),
        ("japannews_2023", 3, "Russia's military said Tuesday", "The Japanese government lodged"),
        ("kyodonews_2023", 2, "Russia has deployed a", "The deployment is part"),
        ("mofa_presscon_2022", 6, "None.", "Minister Hayashi: Japan's policy"),
        (
            "zakharova_briefing_2019",
            3,
            "We have noted statements",
            "Maria Zakharova: The declaration",
        ),
        ("interfax_avn_2016", 3, "Coastal missile systems Bastion", "The deployment was planned"),
        ("interfax_nexis_2012", 2, "Russian Prime Minister Dmitry", "Medvedev will inspect the"),
        ("itartass_2005", 3, "Russian President Vladimir Putin", "The Russian president last"),
        ("jen_kyodo_1998", 3, "Prime Minister Ryutaro Hashimoto", "Yeltsin said he would"),
        ("jiji_2010", 3, "Japan lodged a protest", "Kan told reporters that"),
        ("xinhua_2005", 3, "Russian President Vladimir Putin", "The territorial dispute over"),
        ("factbox_reuters_2016", 5, "Russian President Vladimir Putin", "* TALKS: A 1956"),
        ("japantoday_comments_2019", 3, "Japanese Prime Minister Shinzo", "The two leaders have"),
        (
            "kyivpost_2022",
            3,
            "Ukrainian President Volodymyr Zelensky",
            "Russia, which has controlled",
        ),
        ("letter_japantimes_2016", 3, "Regarding the Dec. 17", "Tokyo must insist on"),
        ("qa_nippon_2021", 5, "The negotiations between Tokyo", "IWASHITA: Not in the"),
        ("rfa_2022", 3, "Russia has deployed coastal", "Japan, which claims the"),
        ("cbsnews_ap_2010", 3, "President Dmitry Medvedev on", "Japan's prime minister, Naoto"),
        ("chosun_2019", 3, "Japanese Prime Minister Shinzo", "Experts in Seoul say"),
        ("dawn_afp_2019", 3, "Russian President Vladimir Putin", "Abe said it would"),
        ("roscongress_2018", 3, "Russian President Vladimir Putin", "Shinzo Abe, who was"),
        ("spiegel_2010", 3, "Russian President Dmitry Medvedev's", "The Kremlin insists that"),
        ("thenational_afp_2022", 4, "Moscow also ends visa-free", "Japan called the decision"),
        ("europarl_2005", 4, "– having regard to", "3. Instructs its President"),
        ("gazetaru_2012", 3, "Prime Minister Dmitry Medvedev", "Medvedev first visited Kunashir"),
        ("googlecache_reuters_2019", 3, "Japanese Prime Minister Shinzo", "Abe and Putin agreed"),
        ("pressreader_japantimes_2019", 3, "Prime Minister Shinzo Abe", "The two leaders have"),
        ("substack_2023", 4, "A year on, the", "None of this means"),
        ("asiatimes_2004", 3, "Russian Foreign Minister Sergei", "Putin is expected to"),
        ("bbc_2000", 3, "Russian President Vladimir Putin", "Mr Putin said he"),
        ("cnn_2000", 3, "Russian President Vladimir Putin", "The two leaders agreed"),
        ("irkutsk_pdf_2001", 3, "The Prime Minister of", "The Prime Minister of"),
        ("japantimes_2003", 4, "Islands row remains but", "Koizumi is the first"),
        (
            "peoplesdaily_2004",
            2,
            "Russian Foreign Minister Sergei",
            "The 1956 Soviet-Japanese declaration",
        ),
        ("efe_2022", 3, "Russia on Monday withdrew", "The decision also ends"),
        ("focustaiwan_2022", 3, "Taiwan's Ministry of Foreign", "Russia said on Monday"),
        ("hankyoreh_2019", 4, "Abe and Putin agree", "Observers say the talks"),
        (
            "pbs_transcript_2016",
            4,
            "JUDY WOODRUFF: Russian President",
            "WILLIAM BRANGHAM: Judy, the",
        ),
        ("russiaprofile_2010", 4, "Japan Recalls its Ambassador", "Analysts say the visit"),
        ("smh_reuters_2010", 3, "Japan lodged a protest", "The islands, which Russia"),
        ("ukrinform_2022", 4, "President of Ukraine Volodymyr", "Earlier, the Verkhovna Rada"),
        ("milru_2016", 3, "Coastal missile divisions", "The deployment was carried"),
        ("economictimes_pti_2018", 3, "Japanese Prime Minister Shinzo", "The two leaders have"),
        ("prensalatina_2021", 3, "Russia rejected on Monday", "The Russian Prime Minister"),
        ("mosnews_2005", 3, "Russian President Vladimir", "Putin's visit is his first"),
        ("presidentua_2022", 3, "President of Ukraine Volodymyr", "The decree comes into force"),
        ("chinadaily_2019", 3, "Japanese Prime Minister", '"The gap on sovereignty'),
        ("kbsworld_2022", 3, "Japan has lodged a protest", "Russia earlier this week"),
        ("cgtn_video_2022", 2, "Russia said on Monday", "Japan's Prime Minister"),
        ("jakartapost_afp_2022", 3, "Russia said on Monday", "Japan's Prime Minister"),
        ("arirang_2019", 2, "Japanese Prime Minister", "But the two sides"),
        ("nyt_1993", 3, "President Boris N. Yeltsin", "Mr. Yeltsin also apologized"),
        ("latimes_1997", 3, "Russian President Boris", "The islands dispute has"),
        ("bbc_2001", 3, "Japanese Prime Minister Yoshiro", "Under that declaration"),
        ("upi_1991", 3, "Soviet President Mikhail", "Gorbachev is to hold"),
        ("chicagotribune_1993", 3, "Russian President Boris", "Japanese officials welcomed"),
        ("washingtonpost_1998", 3, "Russian President Boris", "Yeltsin said he was"),
        ("asahi_voxpopuli_2019", 3, "The faces of the former", "Each summit between"),
        ("kyodo_focus_2020", 3, "Russia's constitutional", '"The amendments make'),
        ("ft_paywall_2022", 1, "Russia has withdrawn", "Russia has withdrawn"),
        ("nikkeiasia_paywall_2023", 3, "Tokyo and Moscow fail", "The talks, which usually"),
        ("rt_cyrillic_2019", 3, "Residents of the Kuril", '"We were born here'),
        ("nhk_japaneseui_2021", 2, "Japan has protested", "Chief Cabinet Secretary"),
        ("mid_2005", 3, "Question: How would you", "As regards the peace"),
        ("embassyru_2019", 3, "The Embassy has taken", "Attempts to question"),
        ("mofa_maehara_2010", 3, "1. Today, President Dmitry", "3. I summoned the Russian"),
        ("kremlin_kunashir_2010", 3, "Dmitry Medvedev visited Kunashir,", '"The Kurils are an'),
        (
            "kantei_koizumi_2005",
            4,
            "Prime Minister Koizumi: President",
            "Prime Minister Koizumi: It",
        ),
        ("sakhalin_2010", 2, "Sakhalin Governor Alexander", "The governor said the"),
        ("bbc_2006", 4, "A Japanese fisherman has", "It is the first such death"),
        ("guardian_2006", 3, "Japan demanded an apology", "Russia said the boat"),
        ("nyt_ap_2006", 3, "A Russian patrol boat opened", "Japan's Foreign Ministry"),
        ("japantimes_2006", 3, "A Russian border patrol", "Tokyo protested strongly"),
        ("cnn_2006", 3, "A Russian patrol boat fired", "Japan's chief government"),
        ("rian_2006", 3, "Russian border guards fired", "The three surviving crew"),
        ("japantimes_pullquote_2022", 4, "Prime Minister Fumio Kishida", "The move is likely"),
        ("nyt_correction_2019", 2, "President Vladimir V. Putin", "Mr. Abe has made"),
        ("moscowtimes_tweet_2022", 5, "Russia said Monday it was", "The two countries have"),
        ("kyodo_gallery_2019", 2, "A group of former residents", "The 63 participants"),
        ("reuters_updatenote_2023", 2, "Russia said on Tuesday", "The foreign ministry said"),
        ("aljazeera_explainer_2022", 7, "Moscow has pulled out", "Analysts say the dispute"),
        ("highbeam_japantimes_2005", 3, "Prime Minister Junichiro", '"Regrettably, we could'),
        ("mainichi_editorial_2019", 3, "Prime Minister Shinzo Abe", "The government must"),
        ("kantei_speech_2023", 3, "Today, I am pleased", "I also intend to"),
        ("russiadirect_2016", 3, "The summit in Nagato", "But without a clear"),
        ("hokkaidoshimbun_editorial_2022", 3, "Russia has unilaterally", "Visa-free exchanges"),
        ("archiveph_reuters_2019", 3, "Russian President Vladimir", "Abe said the two sides"),
        ("instapaper_nikkei_2018", 3, "Japanese Prime Minister", "Abe told reporters"),
        ("clipping_kyodo_2019", 3, "Prime Minister Shinzo Abe", "Abe said he wanted"),
        (
            "printfriendly_japantimes_2016",
            3,
            "Prime Minister Shinzo Abe",
            "Abe said the activities",
        ),
        ("readermode_tass_2020", 3, "The amendments to the", "Japan has said the"),
        ("clipping_asahi_2023", 3, "Prime Minister Fumio Kishida", "Former residents of"),
        ("cfr_2016", 3, "Japanese Prime Minister Shinzo", "For Abe, the summit"),
        ("iht_asahi_2005", 3, "Putin's three-day visit", "Both governments now"),
        ("moderndiplomacy_2021", 3, "Moscow has little reason", "For Japan, the lesson"),
        ("orientalreview_2019", 3, "The Russian-Japanese summit", "Tokyo's alliance with"),
        ("tokyofoundation_2016", 3, "The summit between Prime", "Japan must be careful"),
        ("wilsoncenter_2019", 3, "Shinzo Abe's 25th meeting", "The gap between the two"),
        ("sptimes_2005", 3, "President Vladimir Putin", '"The islands are Russian'),
        ("moscownews_2010", 4, "President Dmitry Medvedev", "Foreign Minister Sergei"),
        ("nippon_jiji_2021", 3, "Japan has lodged a protest", "Russia has been deploying"),
        ("straitstimes_ann_2019", 3, "Foreign Minister Taro Kono", "Lavrov has insisted"),
        ("inquirer_afp_2018", 3, "Russian President Vladimir", '"We agreed to accelerate'),
        ("bignewsnetwork_ians_2019", 3, "Japanese Prime Minister", "Japan claims four islands"),
        ("chinaorg_2010", 3, "Russian President Dmitry", '"This is our important'),
        ("primamedia_2016", 4, "Residents of Sakhalin", "The regional government"),
        ("globeandmail_reuters_2019", 3, "Japanese Prime Minister", "The dispute over islands"),
        ("irishtimes_2019", 3, "Russian president Vladimir", "The islands, which Russia"),
        ("nzherald_ap_2016", 3, "Japan and Russia agreed", "Putin said the most"),
        ("ani_2022", 4, "Japan has lodged a protest", "Russia earlier this week"),
        ("peoplesdaily_2019", 3, "Russian President Vladimir", "Putin said that the two"),
        ("khaleejtimes_afp_2018", 3, "Russian President Vladimir", "Abe said negotiations"),
        ("bernama_2019", 3, "Russia and Japan will", '"There are still'),
        ("thestar_reuters_2016", 3, "Japan and Russia agreed on", "Putin said the two"),
        ("siberiantimes_2021", 5, "Companies registered on", "Officials in Yuzhno-Sakhalinsk"),
        ("iiss_2022", 4, "Russia's decision to suspend", "For Japan, the strategic"),
        (
            "marketscreener_reuters_2019",
            3,
            "Russian President Vladimir",
            "Abe said the two leaders",
        ),
        ("mod_press_2021", 7, "1. Announcements", "A: We will continue"),
        # its contents unlabelled, each printed again as a section numbered in Roman figures; the
        # boxes of links, what they link to in brackets
        ("mofa_press_contents_2009", 7, "I. Foreign Minister's visit", "That's all from me."),
        # numbered from 1, the first printed again (the page's list, its numbers run on)
        ("mofa_press_numbered_2010", 6, "1. Visit to Japan by", "Deputy Press Secretary: The"),
        ("eastrussia_2019", 3, "The airport on Iturup", "The islands, which Japan"),
        ("rand_2019", 3, "Shinzo Abe has made a peace", "Tokyo cannot accept that"),
    ],
)
def test_held_out_pages_keep_their_body_and_lose_their_furniture(stem, n_paragraphs, first, last):
    """Captions, share counters, promotions, tags, the time and place under a date, links to
    the Japanese original and the author's and publication notes are gone; the standfirst, the
    dateline's paragraph and the transcript's topic heading stay."""
    text = (FIXTURES / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
    paragraphs = clean_article(text).paragraphs
    assert len(paragraphs) == n_paragraphs
    assert paragraphs[0].startswith(first) and paragraphs[-1].startswith(last)


@pytest.mark.parametrize(
    ("printed", "dateline", "published"),
    [
        ("12/16/2016", None, date(2016, 12, 16)),  # only month/day is a real day
        ("16/12/2016", None, date(2016, 12, 16)),  # only day/month is
        ("05/05/2016", None, date(2016, 5, 5)),  # both readings agree
        ("01/11/2010", None, None),  # 1 November or 11 January: not guessed
        ("01/11/2010", "MOSCOW, November 1 (RIA Novosti) - ", date(2010, 11, 1)),
        ("01/11/2010", "MOSCOW, January 11 (RIA Novosti) - ", date(2010, 1, 11)),
        ("01/11/2010", "MOSCOW, March 3 (RIA Novosti) - ", None),
    ],
)
def test_slashed_dates_are_read_only_when_one_reading_fits(printed, dateline, published):
    text = f"Talks go on after summit\n{printed}\n{dateline or ''}{BODY}\n"
    assert extract_metadata(clean_article(text)).published == published


@pytest.mark.parametrize(
    ("above", "outlet"),
    [
        ("Modern Diplomacy", "Modern Diplomacy"),
        (
            "Menu\nThe Tokyo Foundation for Policy Research",
            "The Tokyo Foundation for Policy Research",
        ),
        ("ORIENTAL REVIEW\nOpen dialogue about the Greater Eurasia", "ORIENTAL REVIEW"),
        ("Sakhalin Oblast Government\nOfficial website", "Sakhalin Oblast Government"),
        ("Asia Pacific", None),  # a section
        ("Government", None),  # a section: a masthead has two words or more
        ("Academic rigour, journalistic flair", None),  # a tagline
        ("Breaking\nDaily Review", None),  # not the first line
        ("The New York Times Archives", "The New York Times"),  # a known outlet, more words
        ("European Parliament", "European Parliament"),
        ("Hokkaido University", "Hokkaido University"),
        ("Europe News", None),  # a section
    ],
)
def test_an_unknown_masthead_that_names_a_publication_is_the_outlet(above, outlet):
    text = f"{above}\nTalks go on after summit\n{BODY}\n"
    assert extract_metadata(clean_article(text)).outlet == outlet


def test_a_sections_heading_under_the_page_title_ending_in_it_names_no_site():
    top = "Southern Kurils - Population and Livelihoods\nPopulation and Livelihoods"
    article = clean_article(f"{top}\n{BODY}\n")
    assert article.headline == "Population and Livelihoods"
    assert extract_metadata(article).outlet is None


@pytest.mark.parametrize(("masthead", "outlet"), [("RFI\n", "RFI"), ("", None)])
def test_with_an_agency_closing_the_story_names_the_agencys_copy_not_the_outlet(masthead, outlet):
    text = f"{masthead}Talks go on after summit\nText by: RFI\n{BODY}\n(with AFP)\n"
    assert extract_metadata(clean_article(text)).outlet == outlet


@pytest.mark.parametrize(
    ("pitch", "outlet"),
    [
        ("Download The Times of India News App for Latest World News", "The Times of India"),
        ("Sign up for The Moscow Times newsletter", "The Moscow Times"),
        ("Stay up to date with notifications from The Independent", "The Independent"),
        (  # a plea for donations, the site its subject
            "Your support helps us to tell the story\nThe Independent is trusted by readers across"
            " the political spectrum.\nYour support makes all the difference.",
            "The Independent",
        ),
        ("Sign up for our newsletter", None),
        (  # its plea to readers who block its ads
            "To enjoy our content, please include The Moscow Times on your ad-blocker's list of"
            " approved sites.",
            "The Moscow Times",
        ),
    ],
)
def test_a_pitch_for_the_sites_own_app_or_newsletter_names_the_outlet(pitch, outlet):
    text = f"World News\nTalks go on after summit\n{BODY}\n{pitch}\n"
    assert extract_metadata(clean_article(text)).outlet == outlet


@pytest.mark.parametrize(("site", "outlet"), [("rt.com", "RT"), ("example.com", None)])
def test_a_sites_pointer_to_its_own_story_names_the_outlet(site, outlet):
    pointer = f"Also on {site} A bridge to Far East: Russia to link Sakhalin Island with mainland"
    text = f"World News\nTalks go on after summit\n{BODY}\n{pointer}\nJapan claims four islands.\n"
    article = clean_article(text)
    assert [r.rule for r in article.removed if r.text == pointer] == ["cross_link"]
    assert extract_metadata(article).outlet == outlet


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        (
            "(This story has not been edited by Business Standard staff and is auto-generated"
            " from a syndicated feed.)",
            "Business Standard",
        ),
        (
            "(Only the headline of this report may have been reworked by the Eurasia Wire staff;"
            " the rest of the content is auto-generated from a syndicated feed.)",
            "Eurasia Wire",
        ),
        ("(This story has not been edited by our staff and is from a syndicated feed.)", None),
    ],
)
def test_a_syndicated_copys_note_names_the_sites_staff_the_outlet(note, outlet):
    text = f"Talks go on after summit\n{BODY}\n{note}\n"
    article = clean_article(text)
    assert [r.rule for r in article.removed] == ["credits"]
    assert extract_metadata(article).outlet == outlet


@pytest.mark.parametrize(
    ("note", "outlet", "published"),
    [
        (
            "Published on openDemocracy /oD Russia, by Anna Petrova, 19 January 2012.",
            "openDemocracy",
            date(2012, 1, 19),
        ),
        ("First published in The Moscow Times, 3 March 2015", "The Moscow Times", date(2015, 3, 3)),
        ("Published on Monday, the survey of islanders found little change.", None, None),
        (  # a line each: a think tank's page for an interview on a radio's show
            "published by\nRadio Hokkaido's Evening Hour\n on 22 February 2013",
            "Radio Hokkaido's Evening Hour",
            date(2013, 2, 22),
        ),
        ("published by\nRadio Hokkaido's Evening Hour\n on the island", None, None),
    ],
)
def test_a_copys_note_on_where_and_when_it_first_appeared_names_and_dates_it(
    note, outlet, published
):
    article = clean_article(f"Life on the islands\n{note}\n{BODY}\n")
    metadata = extract_metadata(article)
    assert (metadata.outlet, metadata.published) == (outlet, published)


@pytest.mark.parametrize(
    ("edition", "outlet", "published"),
    [
        ("Nemuro Weekly - - OPINION -", "Nemuro Weekly", None),
        (
            "The Washington Post - 2018-11-15 - FRONT PAGE - BY ANNA PETROVA",
            "The Washington Post",
            date(2018, 11, 15),
        ),
        ("Talks - and more talks - on the islands", None, None),
    ],
)
def test_a_press_readers_edition_line_names_and_dates_the_newspaper(edition, outlet, published):
    article = clean_article(f"Friends across the strait\n{edition}\n{BODY}\n")
    metadata = extract_metadata(article)
    assert (metadata.outlet, metadata.published) == (outlet, published)


@pytest.mark.parametrize(
    ("source", "outlet"),
    [("• , AERA , p. 66-67", "AERA"), ("(Sankei: February 8, 2016 – p. 2)", "The Sankei Shimbun")],
)
def test_a_translations_source_with_its_pages_names_the_outlet(source, outlet):
    text = f"Russian envoy: Japan should distance from West\n• April 1, 2019\n{source}\n{BODY}\n"
    assert extract_metadata(clean_article(text)).outlet == outlet


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        (
            "Fishnet.com is a global fish and seafood marketplace with approved suppliers.",
            "Fishnet.com",
        ),
        ("Sputnik India is a news and analysis outlet.", "Sputnik"),
        ("Nemuro is a fishing port on the eastern tip of Hokkaido.", None),  # the story's
    ],
)
def test_a_publications_closing_note_on_itself_names_the_outlet(note, outlet):
    text = f"Talks go on after summit\n{BODY}\n{note}\n"
    assert extract_metadata(clean_article(text)).outlet == outlet


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Read the original article on The New Voice of Ukraine", "The New Voice of Ukraine"),
        ("Read the original article on Business Insider", "Business Insider"),
        ("Read the original article on The Moscow Times", "The Moscow Times"),
        ("Read the original article on our website", None),
    ],
)
def test_a_syndicated_copys_footer_names_where_it_first_appeared(footer, outlet):
    text = f"Talks go on after summit\n{BODY}\n{footer}\n"
    article = clean_article(text)
    assert [r.rule for r in article.removed] == ["footer_furniture"]
    assert extract_metadata(article).outlet == outlet


@pytest.mark.parametrize(
    ("printed", "weekday", "published"),
    [
        ("03-07-2020", "Friday", date(2020, 7, 3)),  # 3 July 2020 a Friday, 7 March a Saturday
        ("03-07-2020", "Thursday", date(2020, 7, 3)),  # the day before 3 July only
        ("03-07-2020", "Monday", None),  # neither reading
        ("06/12/2023", "Wednesday", date(2023, 12, 6)),  # 6 December; 12 June was a Monday
        ("06/12/2023", "Monday", date(2023, 6, 12)),
        ("01/11/2010", "Monday", None),  # 1 November and 11 January 2010 were both Mondays
    ],
)
def test_an_ambiguous_date_is_read_by_the_weekday_the_lead_names(printed, weekday, published):
    lead = f"Japan and Russia agreed on {weekday} to continue talks on a peace treaty."
    text = f"Talks go on after summit\n{printed}\n{lead}\n"
    assert extract_metadata(clean_article(text)).published == published


def test_the_weekday_may_be_named_in_the_paragraph_after_a_standfirst():
    standfirst = "Japan recalls its ambassador after the president's trip"
    lead = "The president's visit to the islands on Monday strained ties with Tokyo."
    text = f"Medvedev visit strains ties\n{standfirst}\n11/02/2010\n{lead}\n{BODY}\n"
    assert extract_metadata(clean_article(text)).published == date(2010, 11, 2)


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Focus Taiwan\nCNA English News", "Central News Agency"),  # Taiwan's agency
        ("CNA", "Channel NewsAsia"),  # a tie: the outlet listed first
        ("", "Channel NewsAsia"),
    ],
)
def test_a_dateline_name_two_outlets_go_by_is_the_one_the_page_names(masthead, outlet):
    text = f"{masthead}\nTalks go on after summit\nTaipei, March 22 (CNA) {BODY}\n"
    assert extract_metadata(clean_article(text)).outlet == outlet


def test_a_dateline_naming_two_agencies_keeps_the_list_order():
    text = f"Bernama\nTalks go on after summit\nMOSCOW, Jan 14 (Bernama-Sputnik) -- {BODY}\n"
    assert extract_metadata(clean_article(text)).outlet == "Sputnik"


@pytest.mark.parametrize(
    ("above", "outlet"),
    [
        ("BBC News Online: World: Asia-Pacific", "BBC"),  # a masthead, its sections after it
        ("Russia Profile.org\nPolitics\nForeign Policy", "Russia Profile"),  # a section
        ("Foreign Policy", "Foreign Policy"),  # the magazine's masthead
    ],
)
def test_a_masthead_is_read_before_its_sections(above, outlet):
    text = f"{above}\nTalks go on after summit\n{BODY}\n"
    assert extract_metadata(clean_article(text)).outlet == outlet


@pytest.mark.parametrize(
    ("masthead", "below", "outlet"),
    [
        ("KOMETA", "© KOMETA 2015", "KOMETA"),  # the copyright's holder
        ("PACIFICA", "Pacifica Foundation", "Pacifica Foundation"),  # an institution's name
        ("PACIFICA", "Pacifica", None),  # no institution's word
        ("KOMETA", "© Zvezda 2015", None),  # another holder
    ],
)
def test_a_one_word_masthead_the_page_names_again_is_the_outlet(masthead, below, outlet):
    text = f"{masthead}\nTalks go on after summit\n{BODY}\n{below}\n"
    assert extract_metadata(clean_article(text)).outlet == outlet


@pytest.mark.parametrize(
    ("bar", "outlet"),
    [
        ("Iturup in summer | Daily Example", "Daily Example"),  # a site kurils does not know
        ("Iturup in summer | dailyexample.com", "dailyexample.com"),
        ("Iturup in summer | from 4,350 €", None),  # a tour's price, no site
        ("Iturup in summer | 120 USD per person", None),
        ("Iturup in summer | tours", None),  # a section in lower case
    ],
)
def test_the_site_after_a_page_title_over_its_headline_is_the_outlet(bar, outlet):
    article = clean_article(f"{bar}\nIturup in summer\n{BODY}\n")
    assert [r.rule for r in article.removed] == ["title_bar"]
    assert extract_metadata(article).outlet == outlet


@pytest.mark.parametrize(
    ("title", "headline", "outlet"),
    [
        ("Talks go on after summit | Reuters", "Talks go on after summit", "Reuters"),
        (
            "Talks go on after summit | World news | The Guardian",
            "Talks go on after summit",
            "The Guardian",
        ),
        ("Abe - Putin talks go on | Reuters", "Abe - Putin talks go on", "Reuters"),
        ("Talks go on after summit | Analysis", "Talks go on after summit | Analysis", None),
        ("Talks go on after summit NHK", "Talks go on after summit", "NHK"),  # glued on
    ],
)
def test_a_page_title_kept_as_the_headline_loses_the_sites_name(title, headline, outlet):
    article = clean_article(f"{title}\n{BODY}\n")
    metadata = extract_metadata(article)
    assert (metadata.headline, metadata.outlet) == (headline, outlet)
    assert [r.rule for r in article.removed] == (["site_name"] if outlet else [])


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(1850, 1, 1), max_value=date(2099, 12, 31)),
    st.booleans(),
    st.sampled_from("/-"),
)
def test_slashed_date_readings_hold_the_printed_day(value, day_first, separator):
    first, second = (value.day, value.month) if day_first else (value.month, value.day)
    printed = f"{first:02d}{separator}{second:02d}{separator}{value.year}"
    match = patterns.FULL_DATE.search(f"on {printed} at noon")
    assert match is not None and value in patterns.slashed_dates(match)
    assert patterns.full_date_value(match) in (value, None)
    if value.day > 12 or value.day == value.month:
        assert patterns.full_date_value(match) == value


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(1850, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(
        [
            "{d} {B} {Y}",
            "{B} {d}, {Y}",
            "{B} {d},{Y}",
            "{Y}-{m:02d}-{d:02d}",
            "{dd}th {B}, {Y}",
            "{b}. {d}, {Y}",
            "{d:02d}-{b}-{Y}",
            "{d:02d}{b}{Y}",
        ]
    ),
)
def test_full_date_round_trip(value, form):
    printed = form.format(
        d=value.day,
        dd=value.day,
        B=value.strftime("%B"),
        b=value.strftime("%b"),
        Y=value.year,
        m=value.month,
    )
    match = patterns.FULL_DATE.search(printed)
    assert match is not None and patterns.full_date_value(match) == value


@pytest.mark.parametrize(
    ("date_line", "published", "outlet"),
    [
        ("December 16, 20192:34 AM UTCUpdated ago", date(2019, 12, 16), None),
        ("Updated 3:14 AM GMT+9, January 23, 2023", date(2023, 1, 23), None),
        ("23 Jan, 2023 10:44", date(2023, 1, 23), None),
        ("January 23, 2023 at 18:30 JST", date(2023, 1, 23), None),
        ("Monday, January 23, 2023", date(2023, 1, 23), None),
        ("January 23, 2023 15:00 The Kremlin, Moscow", date(2023, 1, 23), None),
        ("Posted on 2023-01-23 by admin", date(2023, 1, 23), None),
        ("By Linda Sieg | January 23, 2023", date(2023, 1, 23), None),
        ("Jan 23 2023 (Kyodo)", date(2023, 1, 23), "Kyodo"),
        ("Last updated: 23 January 2023 - 10:44 JST", date(2023, 1, 23), None),
        ("2023年1月23日 12:05", date(2023, 1, 23), None),
        ("Published 2023년 1월 23일", date(2023, 1, 23), None),  # a Korean site's
        ("23 JAN, 10:44", None, None),  # no year: not invented
        ("BY DAMIEN SHARKEY ON 12/15/16 AT 7:50 AM EST", date(2016, 12, 15), None),
        # 1 February or 2 January 2016: the lead's "on Monday" (BODY) is 1 February's weekday
        ("By Ann Lee on 01/02/16 at 7:50 AM EST", date(2016, 2, 1), None),
        ("2018/11/15 10:31", date(2018, 11, 15), None),
        ("18 February 09 09:28 GMT", date(2009, 2, 18), None),  # a year in two digits, the BBC's
        ("18 February 09", None, None),  # no time after it: no year
        ("2023 March 20 10:32", date(2023, 3, 20), None),  # the year first, the time after
        ("2023 March 20", None, None),  # no time after it: a year and a day, or a count
        ("Information | Archive\n27Jul17", date(2017, 7, 27), None),  # an archive's, close
        ("29.03.2017 г.", date(2017, 3, 29), None),  # a Russian site's, its year marked
        ("29.03.2017 g.", date(2017, 3, 29), None),  # … and translated
        ("13 March 2005 y., Sunday", date(2005, 3, 13), None),
        # a publishing system's article info around it
        (
            "Category: World Published on Thursday, 07 October 2021 23:00 Hits: 2",
            date(2021, 10, 7),
            None,
        ),
        ("Category: World Hits: 2", None, None),
        # a blog theme's post meta, the author left empty, the categories glued after the year
        ("by Feb 8, 2024Featured Article, News", date(2024, 2, 8), None),
        # the desk editor's name and the story's age before it
        ("Jane Roe 16 seconds ago Wed 06th November 2019 | 10:10 AM", date(2019, 11, 6), None),
        ("Saved November 15, 2018 · 4 min read", None, None),  # a read-later app's copy
        ("Correction: Jan. 24, 2019", None, None),  # a correction's date
        ("On January 23, 2023 Putin met Abe in Moscow to sign a deal", None, None),  # a sentence
    ],
)
def test_page_date_lines_of_many_sites(date_line, published, outlet):
    meta = extract_metadata(clean_article(f"Talks go on after summit\n{date_line}\n{BODY}\n"))
    assert (meta.published, meta.outlet) == (published, outlet)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bTASS\b|\btass\.(?:com|ru)\b", [r"\bTASS\b", r"\btass\.(?:com|ru)\b"]),
        (r"\bAgence France[- ]Presse\b|^DW$", [r"\bAgence France[- ]Presse\b", "^DW$"]),
        (r"(?:a|b)[|]c\|d|e", [r"(?:a|b)[|]c\|d", "e"]),
    ],
)
def test_alternatives_split_only_at_the_top_level(pattern, expected):
    assert outlets.alternatives(pattern) == expected


@pytest.mark.parametrize(
    ("disclaimer", "outlet"),
    [
        (
            "The views expressed are those of the author and do not reflect the position of the"
            " Hokkaido Institute for Border Studies.",
            "Hokkaido Institute for Border Studies",
        ),
        ("Pacific Forum Research does not take institutional positions.", "Pacific Forum Research"),
    ],
)
def test_a_disclaimer_names_a_publisher_kurils_does_not_know(disclaimer, outlet):
    text = f"{HEADLINE_FIXTURE}\n{BODY_FIXTURE}\n{BODY_FIXTURE} Again.\n{disclaimer}\n"
    article = clean_article(text)
    assert article.removed[-1].rule == "author_note"
    assert extract_metadata(article).outlet == outlet


def test_every_outlet_pattern_starts_at_a_word_start():
    # ANY_OUTLET tests the word start once for all outlets: a pattern that could match inside a
    # word would be found by its own pattern but missed by ANY_OUTLET.
    for name, pattern in outlets.OUTLETS:
        for part in outlets.alternatives(pattern.pattern):
            assert part.startswith((r"\b", "^")), (name, part)


_OUTLET_PIECES = st.sampled_from(
    [
        "Ministry of Foreign Affairs of Japan",
        "Reuters",
        "Japan Times",
        "AP",
        "tass",
        ".com",
        "Kyodo",
        "RIA",
        "Novosti",
        "x",
        "the",
        "By",
        " ",
        " ",
        "-",
        "(",
        ")",
        "/",
        "©",
        "\n",
        "DW",
        "Russian Embassy in Tokyo",
        "Prime Minister's Office of Japan",
        "nytimes.com",
        "é",
        "Ukrainska ",
        "Pravda",
    ]
)


@pytest.mark.parametrize(
    ("line", "outlet", "side"),
    [
        ("Ukrainska Pravda", "Ukrainska Pravda", "other"),  # Ukraine's, not Russia's Pravda
        ("PRAVDA.Ru", "Pravda", "russia"),
        (
            "© State Duma of the Federal Assembly of the Russian Federation, 2019",
            "State Duma",
            "russia",
        ),
        ("Japan Ministry of Defense", "Ministry of Defense of Japan", "japan"),
        ("Verkhovna Rada of Ukraine", "Verkhovna Rada of Ukraine", "other"),
        ("TEHRAN, Jul. 26 (MNA) –", "Mehr News Agency", "other"),  # its initials, in capitals
        ("The Japan News", "The Yomiuri Shimbun", "japan"),  # its English paper's name, alone
    ],
)
def test_an_outlet_is_named_by_its_own_name_and_sides_with_its_country(line, outlet, side):
    assert outlets.known_outlets(line)[0] == outlet
    assert outlets.outlet_side(outlet) == side


@given(st.lists(_OUTLET_PIECES, max_size=12).map("".join))
def test_any_outlet_finds_what_the_outlet_patterns_find(line):
    found = [name for name, pattern in outlets.OUTLETS if pattern.search(line)]
    assert (outlets.ANY_OUTLET.search(line) is not None) == bool(found)
    if outlets.ANY_OUTLET.search(line.strip()) is not None:
        assert outlets.known_outlets(line) == [
            name for name, pattern in outlets.OUTLETS if pattern.search(line.strip())
        ]


def test_a_pages_render_date_does_not_date_it():
    header = (
        "Hostname: page-component-1 Render date: 2025-02-11T04:18:43.280Z Has data issue: false"
    )
    second = "The two countries have never signed a peace treaty because of the island dispute."
    lines = [header, "Japan and Russia agree to keep talking", BODY, second]
    assert extract_metadata(clean_article("\n".join(lines) + "\n")).published is None


@pytest.mark.parametrize(
    ("card", "published"),
    [
        (["Joined", "May 29, 2014", "Messages", "24,960"], None),  # a forum member's card
        (["Joined: May 29, 2014", "Messages: 24,960"], None),
        (["Posted", "May 29, 2014"], date(2014, 5, 29)),  # the post's own day
    ],
)
def test_the_day_a_forum_member_joined_does_not_date_the_page(card, published):
    second = "The two countries have never signed a peace treaty because of the island dispute."
    lines = ["Japan and Russia agree to keep talking", "Jane Roe", *card, BODY, second]
    assert extract_metadata(clean_article("\n".join(lines) + "\n")).published == published


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Today: Thursday, 23 May 2024 year", None),  # the site's clock
        ("Published: Thursday, 23 May 2018", date(2018, 5, 23)),
    ],
)
def test_the_sites_clock_does_not_date_the_page(stamp, published):
    second = "The two countries have never signed a peace treaty because of the island dispute."
    lines = [stamp, "Japan and Russia agree to keep talking", BODY, second]
    assert extract_metadata(clean_article("\n".join(lines) + "\n")).published == published


@pytest.mark.parametrize(
    ("own", "published"), [("Sept. 12 2018 - 10:09", date(2018, 9, 12)), ("", None)]
)
def test_a_date_among_the_teasers_after_the_story_does_not_date_it(own, published):
    second = "The two countries have never signed a peace treaty because of the island dispute."
    teaser = ["Largest Russian Naval Deployment Since Cold War Enters Sea of Japan", "News"]
    lines = [own, "Japan and Russia agree to keep talking", BODY, second]
    lines += [*teaser, "Sept. 04 2018", teaser[0]]
    article = extract_metadata(clean_article("\n".join(lines) + "\n"))
    assert article.published == published
    # nor the dates under the titles of a list of other stories, the story dating none
    others = ["Other stories", "Ferry to Shikotan will sail twice a week", "17.02.2025 13:56"]
    others += ["New air link opens between Nemuro and Sakhalin", "16.02.2025 09:41"]
    lines = [own, "Japan and Russia agree to keep talking", BODY, second, "", *others]
    assert extract_metadata(clean_article("\n".join(lines) + "\n")).published == published
    # nor the dates over a blog's teasers of older posts, a blank line apart, each cut short
    older = ["22 May 2012", "", "Paramushir is known for its otters. We worked our way …READ MORE"]
    lines = [own, "Japan and Russia agree to keep talking", BODY, second, "", *older]
    assert extract_metadata(clean_article("\n".join(lines) + "\n")).published == published
    # nor a video's source and date under "More videos", over its title: nor is its source the
    # page's outlet
    videos = ["More videos", "", "Sky News 15 Oct 2019 21:27 CEST", "", "UK airports expand"]
    lines = [own, "Japan and Russia agree to keep talking", BODY, second, "", *videos]
    article = extract_metadata(clean_article("\n".join(lines) + "\n"))
    assert (article.published, article.outlet) == (published, None)


@pytest.mark.parametrize(
    ("clocks", "published"),
    [
        (["Moscow: 00:02", "London: 21:02"], date(2019, 10, 10)),  # today's date: the title's
        ([], date(2019, 11, 18)),  # the page's date line, over the title's
    ],
)
def test_todays_date_over_the_sites_world_clock_does_not_date_the_page(clocks, published):
    title = "Foreign Minister's remarks at a news conference, Ashgabat, October 10, 2019"
    second = "The two countries have never signed a peace treaty because of the island dispute."
    lines = ["18 November 2019", *clocks, "", title, "", BODY, second]
    assert extract_metadata(clean_article("\n".join(lines) + "\n")).published == published


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("TOKYO, Dec. 13, Kyodo", date(2016, 12, 13)),  # the date line of the dateline's day
        ("TOKYO, Kyodo", date(2016, 12, 14)),  # no day: the first date line
    ],
)
def test_the_date_line_of_the_datelines_day_dates_the_page(dateline, published):
    lines = [
        "December 14, 2016 1:10",
        "23:04 13 December 2016",
        "Putin says there is no territorial issue with Japan",
        dateline,
        "Russian President Vladimir Putin denied that a territorial dispute with Japan exists, in"
        " an interview with Japanese television released on Tuesday.",
        "Putin said it was only Japan that believed it had a territorial problem with Russia.",
    ]
    assert extract_metadata(clean_article("\n".join(lines) + "\n")).published == published


@pytest.mark.parametrize(
    ("above", "below", "published"),
    [
        # the site's clock over the headline, the story's date under it
        ("Tuesday, 02 January 2024 12:17 GMT", "2025-07-30 18:02:11", date(2025, 7, 30)),
        ("Tuesday, 02 January 2024 12:17 GMT", None, date(2024, 1, 2)),  # a blog's date
        (None, "2025-07-30 18:02:11", date(2025, 7, 30)),
    ],
)
def test_a_date_line_under_the_headline_comes_before_one_above_it(above, below, published):
    lines = [above, "Tsunami hits northern Kurils after strong quake", below]
    body = [
        "A tsunami struck the northern Kuril Islands after a strong earthquake in the Pacific,"
        " and the authorities moved the residents of Severo-Kurilsk to higher ground.",
        "The first wave reached the town shortly after the quake, the governor said on Wednesday.",
    ]
    text = "\n".join([line for line in lines if line] + body) + "\n"
    assert extract_metadata(clean_article(text)).published == published


@pytest.mark.parametrize(
    ("title", "published"),
    [
        (
            "Foreign Minister Sergey Lavrov's statement following talks with Foreign Minister of"
            " Japan Taro Kono, Moscow, January 14, 2019",
            date(2019, 1, 14),
        ),
        ("Remarks at the opening of the talks, Tokyo, 19 October 2016", date(2016, 10, 19)),
        ("Japan recalls the declaration signed on October 19, 1956", None),  # no place: an event
    ],
)
def test_a_document_title_closing_on_its_place_and_date_dates_the_page(title, published):
    article = clean_article(f"{title}\n\n{BODY}\n\n{BODY}\n")
    assert article.headline == title
    assert extract_metadata(article).published == published

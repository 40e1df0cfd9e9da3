"""Time expressions: forms, relative resolution, narrative anchoring, guards; the timeline."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import kurils
from kurils.timexpr import document_expressions

FRI = date(2020, 7, 3)  # a Friday
SUN = date(2020, 2, 16)  # a Sunday

# sentence, publication date, expected (surface, value, granularity, anchor) of every expression
CASES = [
    # full dates
    (
        "It was signed on March 20, 2017.",
        None,
        [("March 20, 2017", "2017-03-20", "day", "absolute")],
    ),
    ("It was signed on 20 March 2017.", None, [("20 March 2017", "2017-03-20", "day", "absolute")]),
    (
        "Published 03rd July, 2020 in Tokyo.",
        None,
        [("03rd July, 2020", "2020-07-03", "day", "absolute")],
    ),
    (
        "Talks on Dec. 15, 2016 went well.",
        None,
        [("Dec. 15, 2016", "2016-12-15", "day", "absolute")],
    ),
    ("The summit (2016-12-15) ended.", None, [("2016-12-15", "2016-12-15", "day", "absolute")]),
    (
        "A memorandum dated January 27, 1960 said so.",
        None,
        [("January 27, 1960", "1960-01-27", "day", "absolute")],
    ),
    (
        "On 19 October 1956 they signed.",
        None,
        [("19 October 1956", "1956-10-19", "day", "absolute")],
    ),
    (
        "Sept. 8, 1951 saw the San Francisco treaty.",
        None,
        [("Sept. 8, 1951", "1951-09-08", "day", "absolute")],
    ),
    (
        "The treaty of February 7, 1855 set the border.",
        None,
        [("February 7, 1855", "1855-02-07", "day", "absolute")],
    ),
    (
        "It happened on 1st of May, 2005.",
        None,
        [("1st of May, 2005", "2005-05-01", "day", "absolute")],
    ),
    # month and year
    (
        "In November 2018, Abe and Putin met.",
        None,
        [("November 2018", "2018-11", "month", "absolute")],
    ),
    ("in March 2022 Moscow refused.", None, [("March 2022", "2022-03", "month", "absolute")]),
    (
        "By August of 1945 troops had landed.",
        None,
        [("August of 1945", "1945-08", "month", "absolute")],
    ),
    ("Since Dec. 2016 nothing moved.", None, [("Dec. 2016", "2016-12", "month", "absolute")]),
    # years
    ("in 1956 they signed a declaration.", None, [("1956", "1956", "year", "absolute")]),
    ("the 1956 Joint Declaration", None, [("1956", "1956", "year", "absolute")]),
    ("for the first time since 2003.", None, [("2003", "2003", "year", "absolute")]),
    ("In 1855 the Treaty of Shimoda drew the line.", None, [("1855", "1855", "year", "absolute")]),
    ("The 2001 Irkutsk statement", None, [("2001", "2001", "year", "absolute")]),
    ("as agreed in 1993 in Tokyo", None, [("1993", "1993", "year", "absolute")]),
    # decades, centuries, spans
    ("in the 1990s the talks revived.", None, [("the 1990s", "199X", "decade", "absolute")]),
    ("During the 1950s relations thawed.", None, [("the 1950s", "195X", "decade", "absolute")]),
    ("since the mid-20th century", None, [("the mid-20th century", "19XX", "century", "absolute")]),
    (
        "since the middle of the 20th century",
        None,
        [("the middle of the 20th century", "19XX", "century", "absolute")],
    ),
    ("in the 19th century", None, [("the 19th century", "18XX", "century", "absolute")]),
    ("the 21st century", None, [("the 21st century", "20XX", "century", "absolute")]),
    (
        "the war of 1904-1905",
        None,
        [("1904", "1904", "year", "absolute"), ("1905", "1905", "year", "absolute")],
    ),
    (
        "the war of 1904–05",
        None,
        [("1904", "1904", "year", "absolute"), ("05", "1905", "year", "absolute")],
    ),
    # relative to the publication date
    ("Motegi said on Friday.", FRI, [("on Friday", "2020-07-03", "day", "document_date")]),
    ("Morgulov said on Thursday.", FRI, [("on Thursday", "2020-07-02", "day", "document_date")]),
    ("They met on Saturday.", SUN, [("on Saturday", "2020-02-15", "day", "document_date")]),
    ("They met on Monday.", SUN, [("on Monday", "2020-02-10", "day", "document_date")]),
    ("They will meet next Tuesday.", FRI, [("next Tuesday", "2020-07-07", "day", "document_date")]),
    ("He said today.", FRI, [("today", "2020-07-03", "day", "document_date")]),
    ("He said yesterday.", FRI, [("yesterday", "2020-07-02", "day", "document_date")]),
    ("They meet tomorrow.", FRI, [("tomorrow", "2020-07-04", "day", "document_date")]),
    # a day counted from the last day the text named
    (
        "Putin arrived on Dec. 15, 2016. The following day they met; the day before, Abe spoke.",
        FRI,
        [
            ("Dec. 15, 2016", "2016-12-15", "day", "absolute"),
            ("The following day", "2016-12-16", "day", "narrative"),
            ("the day before", "2016-12-15", "day", "narrative"),
        ],
    ),
    (
        "Motegi said on Friday talks would resume the next day.",
        FRI,
        [
            ("on Friday", "2020-07-03", "day", "document_date"),
            ("the next day", "2020-07-04", "day", "narrative"),
        ],
    ),
    ("They met the following day.", FRI, [("the following day", None, "day", "unresolved")]),
    ("Lavrov said last week.", FRI, [("last week", "2020-W26", "week", "document_date")]),
    (
        "They meet next week.",
        date(2020, 12, 31),
        [("next week", "2021-W01", "week", "document_date")],
    ),
    ("as agreed this year", FRI, [("this year", "2020", "year", "document_date")]),
    ("as agreed last year", FRI, [("last year", "2019", "year", "document_date")]),
    (
        "the resolve shown late last year",
        date(2017, 3, 20),
        [("late last year", "2016", "year", "document_date")],
    ),
    ("visits planned next year", FRI, [("next year", "2021", "year", "document_date")]),
    ("talks held last month", FRI, [("last month", "2020-06", "month", "document_date")]),
    (
        "talks held last month",
        date(2020, 1, 10),
        [("last month", "2019-12", "month", "document_date")],
    ),
    (
        "talks set for next month",
        date(2020, 12, 10),
        [("next month", "2021-01", "month", "document_date")],
    ),
    (
        "as foreign minister in September",
        FRI,
        [("in September", "2019-09", "month", "document_date")],
    ),
    (
        "In December, Putin sent a message.",
        SUN,
        [("In December", "2019-12", "month", "document_date")],
    ),
    ("a vote held in July", FRI, [("in July", "2020-07", "month", "document_date")]),
    ("a visit since May", FRI, [("since May", "2020-05", "month", "document_date")]),
    ("a deal struck two years ago", FRI, [("two years ago", "2018", "year", "document_date")]),
    ("talks held three days ago", FRI, [("three days ago", "2020-06-30", "day", "document_date")]),
    ("a visit a month ago", FRI, [("a month ago", "2020-06", "month", "document_date")]),
    ("in mid-September", FRI, [("mid-September", "2019-09", "month", "document_date")]),
    ("in the early 2000s", None, [("the early 2000s", "200X", "decade", "absolute")]),
    # narrative
    (
        "In March 2022 Moscow left. Later in April, Japan protested. In October, Moscow spoke.",
        date(2023, 1, 23),
        [
            ("March 2022", "2022-03", "month", "absolute"),
            ("Later in April", "2022-04", "month", "narrative"),
            ("In October", "2022-10", "month", "narrative"),
        ],
    ),
    (
        "In March 2022 Moscow left. Later in April, Japan protested.",
        None,
        [
            ("March 2022", "2022-03", "month", "absolute"),
            ("Later in April", "2022-04", "month", "narrative"),
        ],
    ),
    (
        "In November 2018 they met. In January, they met again.",
        None,
        [
            ("November 2018", "2018-11", "month", "absolute"),
            ("In January", "2019-01", "month", "narrative"),
        ],
    ),
    (
        "In December 2016 Putin visited. In December, he sent a message.",
        SUN,
        [
            ("December 2016", "2016-12", "month", "absolute"),
            ("In December", "2019-12", "month", "document_date"),
        ],
    ),
    (  # a range of days in one month: that month, the narrative's
        "On December 15-16, 2016, Putin visited Japan. In February, the talks went on.",
        None,
        [
            ("December 15-16, 2016", "2016-12", "month", "absolute"),
            ("In February", "2017-02", "month", "narrative"),
        ],
    ),
    (  # a year alone anchors its paragraph's months
        "In 2016, Abe went to Sochi in May.",
        None,
        [("2016", "2016", "year", "absolute"), ("in May", "2016-05", "month", "narrative")],
    ),
    (  # a month and day with no publication date: the year of its paragraph's date before it
        "On 19 October 1956, the two signed the declaration. On 12 December, it came into force.",
        None,
        [
            ("19 October 1956", "1956-10-19", "day", "absolute"),
            ("12 December", "1956-12-12", "day", "narrative"),
        ],
    ),
    (  # … the next year's when its month comes before that date's
        "The talks began on December 15, 2016. On April 27, Abe flew to Moscow.",
        None,
        [
            ("December 15, 2016", "2016-12-15", "day", "absolute"),
            ("April 27", "2017-04-27", "day", "narrative"),
        ],
    ),
    # unresolved: nothing to anchor them; a year alone in another paragraph, one that names a
    # thing or starts a span is not when the story happens; a day of every year
    (
        "The day was adopted in 1981. Rallies are held annually on February 7.",
        None,
        [("1981", "1981", "year", "absolute"), ("February 7", None, "day", "unresolved")],
    ),
    (
        "Since February 2022, Japan has imposed sanctions. The latest came on January 10.",
        None,
        [
            ("February 2022", "2022-02", "month", "absolute"),
            ("January 10", None, "day", "unresolved"),
        ],
    ),
    (
        "The treaty was signed on 19 October 1956.\n\nThe talks resumed on 12 December.",
        None,
        [
            ("19 October 1956", "1956-10-19", "day", "absolute"),
            ("12 December", None, "day", "unresolved"),
        ],
    ),
    (
        "The islands were seized in 1945.\n\nAbe will visit Moscow in May.",
        None,
        [("1945", "1945", "year", "absolute"), ("in May", None, "month", "unresolved")],
    ),
    (
        "Under the 1956 declaration, two islands would go back. Talks resumed in May.",
        None,
        [("1956", "1956", "year", "absolute"), ("in May", None, "month", "unresolved")],
    ),
    (
        "It is the tenth meeting since 2012. A poll in May showed little hope.",
        None,
        [("2012", "2012", "year", "absolute"), ("in May", None, "month", "unresolved")],
    ),
    ("He said on Friday.", None, [("on Friday", None, "day", "unresolved")]),
    ("as agreed last year", None, [("last year", None, "year", "unresolved")]),
    ("as minister in September", None, [("in September", None, "month", "unresolved")]),
    ("He said today.", None, [("today", None, "day", "unresolved")]),
    # false positives that must not be found
    ("Japan may protest, officials said.", FRI, []),
    ("Protesters march in Tokyo.", FRI, []),
    ("The 2+2 format of talks", FRI, []),
    ("about 1,000 troops", FRI, []),
    ("some 2000 troops are based there", FRI, []),
    ("at 11:44 UTC+3 in Tokyo", None, []),
    # month and day: the most recent such day on or before publication
    (
        "Moscow invaded Ukraine on Feb. 24.",
        date(2022, 3, 22),
        [("Feb. 24", "2022-02-24", "day", "document_date")],
    ),
    (
        "They agreed on April 29 to restart talks.",
        date(2013, 4, 30),
        [("April 29", "2013-04-29", "day", "document_date")],
    ),
    (
        "a summit on 15 December",
        date(2017, 3, 1),
        [("15 December", "2016-12-15", "day", "document_date")],
    ),
    # the future in the clause before them: the next such day or month on or after publication
    (
        "Abe said the two leaders agreed to hold a foreign ministers' meeting in February.",
        date(2019, 1, 22),
        [("in February", "2019-02", "month", "document_date")],
    ),
    (
        "Putin will visit Japan in January, the Kremlin said on Monday.",
        date(2016, 11, 30),  # a Wednesday
        [
            ("in January", "2017-01", "month", "document_date"),
            ("on Monday", "2016-11-28", "day", "document_date"),
        ],
    ),
    (
        "Lavrov is scheduled to arrive in Tokyo on Friday.",
        date(2016, 11, 30),
        [("on Friday", "2016-12-02", "day", "document_date")],
    ),
    (
        "He said the talks would resume on Dec. 15.",
        date(2016, 11, 30),
        [("Dec. 15", "2016-12-15", "day", "document_date")],
    ),
    (  # what is scheduled for a month, not what had been
        "They planned Abe's visit to Russia scheduled in April.",
        date(2017, 3, 20),
        [("in April", "2017-04", "month", "document_date")],
    ),
    (
        "The visit had been scheduled for June, but was cancelled.",
        date(2017, 8, 20),
        [("for June", "2017-06", "month", "document_date")],
    ),
    # a weekday naming the date after it is that date's
    (
        "Thursday, July 14 (Tokyo time)",
        date(2022, 8, 17),
        [("July 14", "2022-07-14", "day", "document_date")],
    ),
    # … and the months listed after one it spoke of, no verb in the past tense between them
    (
        "They agreed to meet at upcoming events -- the G8 summit in Canada in June, another"
        " meeting in Russia in September and an APEC conference in Japan in November.",
        date(2010, 4, 15),
        [
            ("in June", "2010-06", "month", "document_date"),
            ("in September", "2010-09", "month", "narrative"),
            ("in November", "2010-11", "month", "narrative"),
        ],
    ),
    (
        "The summit will be held in June, a year after the talks collapsed in September.",
        date(2010, 4, 15),
        [
            ("in June", "2010-06", "month", "document_date"),
            ("in September", "2009-09", "month", "document_date"),
        ],
    ),
    (
        "Kono will meet Lavrov on March 20, Inada told reporters after a cabinet meeting on"
        " March 17.",
        date(2017, 3, 17),
        [
            ("March 20", "2017-03-20", "day", "document_date"),
            ("March 17", "2017-03-17", "day", "document_date"),
        ],
    ),
    # … the year the words after a month name ("last year"), from publication, whatever the
    # narrative (not 1855's)
    (
        "It was signed on Feb. 7, 1855. Abe handed letters to Putin in December last year.",
        date(2017, 2, 8),
        [
            ("Feb. 7, 1855", "1855-02-07", "day", "absolute"),
            ("in December", "2016-12", "month", "document_date"),
            ("last year", "2016", "year", "document_date"),
        ],
    ),
    (
        "It was signed on Feb. 7, 1855. Abe handed letters to Putin in December last year.",
        None,
        [
            ("Feb. 7, 1855", "1855-02-07", "day", "absolute"),
            ("in December", None, "month", "unresolved"),
            ("last year", None, "year", "unresolved"),
        ],
    ),
    # a year counted on from the year the text named last, not from publication
    (
        "The treaty was signed in 1855. The next year, envoys arrived; a year later, more came.",
        date(2005, 11, 25),
        [
            ("1855", "1855", "year", "absolute"),
            ("The next year", "1856", "year", "narrative"),
            ("a year later", "1857", "year", "narrative"),
        ],
    ),
    (
        "The war ended in 1945. Later that year, troops landed.",
        date(2005, 11, 25),
        [("1945", "1945", "year", "absolute"), ("Later that year", "1945", "year", "narrative")],
    ),
    (
        "The following year, envoys arrived.",
        None,
        [("The following year", None, "year", "unresolved")],
    ),
    (  # … but "in the next year" is from publication
        "Abe hopes to sign a treaty in the next year.",
        date(2005, 11, 25),
        [("next year", "2006", "year", "document_date")],
    ),
    # … or "that year": the year the text named last, not publication's
    (
        "The operation started on Aug. 18, 1945, and went on to early September that year.",
        date(2005, 11, 25),
        [
            ("Aug. 18, 1945", "1945-08-18", "day", "absolute"),
            ("early September", "1945-09", "month", "narrative"),
        ],
    ),
    (
        "The 1956 declaration was signed in Moscow. On December 12 of the same year it entered"
        " into force.",
        date(2016, 12, 3),
        [
            ("1956", "1956", "year", "absolute"),
            ("December 12", "1956-12-12", "day", "narrative"),
        ],
    ),
    (
        "In September that year, troops landed.",
        date(2005, 11, 25),
        [("In September", None, "month", "unresolved")],
    ),
    (
        "The museum opens on Dec. 15 this year.",
        date(2017, 2, 8),
        [
            ("Dec. 15", "2017-12-15", "day", "document_date"),
            ("this year", "2017", "year", "document_date"),
        ],
    ),
    # … and a day in the two months after publication, whatever the tense; later, the past's
    (
        "Kishida is here to prepare for Putin's visit to Japan on Dec. 15.",
        date(2016, 12, 3),
        [("Dec. 15", "2016-12-15", "day", "document_date")],
    ),
    (
        "The talks were held on Dec. 15.",
        date(2017, 10, 3),
        [("Dec. 15", "2016-12-15", "day", "document_date")],
    ),
    (
        "It came on February 29.",
        date(2021, 1, 10),
        [("February 29", "2020-02-29", "day", "document_date")],
    ),
    (
        "The two sides agreed to the plan in October.",  # "agreed to" + a noun: past
        date(2016, 11, 30),
        [("in October", "2016-10", "month", "document_date")],
    ),
    ("TOKYO, March 20 -", None, [("March 20", None, "day", "unresolved")]),
    ("page 12 of 40", None, []),
    ("a 15% rise in 3500 cases", None, []),
    ("It cost $1956 in total.", None, []),
    ("May we continue?", FRI, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_time_expressions(text, published, expected):
    found = [
        (text[e.start : e.end], e.value, e.granularity, e.anchor)
        for e in document_expressions(text, published)
    ]
    assert found == expected


def test_there_are_at_least_sixty_cases():
    assert len(CASES) >= 60


SEED_CASES = [
    ("000_4ca8bce62f210e05", "in September", "2019-09", "document_date"),
    ("000_4ca8bce62f210e05", "on Friday", "2020-07-03", "document_date"),
    ("002_f77b3d046b306322", "In December", "2019-12", "document_date"),
    ("002_f77b3d046b306322", "on Saturday", "2020-02-15", "document_date"),
    ("004_001ad3390d2de21d", "late last year", "2016", "document_date"),
    ("003_eea530126d1362db", "Later in April", "2022-04", "narrative"),
    ("003_eea530126d1362db", "In October", "2022-10", "narrative"),
    ("001_a2c7dbf802da13aa", "January 27, 1960", "1960-01-27", "absolute"),
    ("001_a2c7dbf802da13aa", "the mid-20th century", "19XX", "absolute"),
]


@pytest.mark.parametrize(("doc_id", "surface", "value", "anchor"), SEED_CASES)
def test_seed_expressions_by_hand(seed_corpus, doc_id, surface, value, anchor):
    table = kurils.time_expressions(seed_corpus)
    row = table[(table["doc_id"] == doc_id) & (table["text"] == surface)].iloc[0]
    assert (row["value"], row["anchor"]) == (value, anchor)
    text = seed_corpus.docs.set_index("doc_id").loc[doc_id, "text"]
    assert text[row["start"] : row["end"]] == surface and surface in row["sentence"]


def test_the_1956_declaration_is_one_event_across_the_seeds(seed_corpus):
    events = kurils.timeline(seed_corpus).set_index("event_id")
    declaration = events.loc["joint_declaration_1956"]
    # Three seeds date it (000 "signed in 1956", 001 "the 1956 Joint Declaration", 004 "In 1956 …
    # a declaration"); 002 and 003 never mention the year.
    assert declaration["doc_ids"].split(";") == [
        "000_4ca8bce62f210e05",
        "001_a2c7dbf802da13aa",
        "004_001ad3390d2de21d",
    ]
    assert not declaration["conflict"]
    assert events.loc["singapore_2018", "n_docs"] == 2
    texts = seed_corpus.docs.set_index("doc_id")["text"]
    for item in declaration["evidence"].split(";"):
        doc_id, span = item.rstrip("]").split("[")
        start, end = map(int, span.split(":"))
        assert "1956" in texts[doc_id][start:end]


def test_conflicting_dates_for_one_event_are_flagged():
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "published": pd.to_datetime(["2020-01-01", "2021-01-01"]),
            "text": [
                "The Joint Declaration was signed on October 19, 1956.",
                "The Joint Declaration was signed on December 12, 1956.",
            ],
        }
    )
    event = kurils.timeline(docs).set_index("event_id").loc["joint_declaration_1956"]
    assert event["conflict"] and event["n_docs"] == 2


@pytest.mark.parametrize(
    ("published", "text", "event"),
    [
        # a day apart, a word of the event's: the same event, its date in conflict
        (
            "2022-03-23",
            "Kishida said on Tuesday the decision to suspend the talks was unfair.",
            True,
        ),
        # months apart, the same word: another event of the year
        ("2022-06-10", "Russia said on Wednesday it would suspend a fishing agreement.", False),
        (
            "2022-10-01",
            "Kishida told the president of Ukraine on Friday Japan stood by him.",
            False,
        ),
    ],
)
def test_a_conflicting_date_dates_an_event_near_it_or_by_its_name(published, text, event):
    docs = pd.DataFrame({"doc_id": ["a"], "published": pd.Timestamp(published), "text": [text]})
    ids = list(kurils.event_mentions(docs)["event_id"])
    assert len(ids) == 1
    assert (ids[0] in ("talks_suspended_2022", "ukraine_invasion_2022")) is event


def test_the_visits_and_turns_of_the_dispute_since_2010_are_reference_events():
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "published": pd.to_datetime(["2010-11-02", "2021-07-27", "2022-09-06", "2019-01-20"]),
            "text": [
                "President Dmitry Medvedev landed on Kunashir on Monday, the first such visit.",
                "Prime Minister Mikhail Mishustin toured a fish plant on Iturup on Monday.",
                "Russia on Monday ended the agreement on visa-free visits by former residents.",
                "A 1998 agreement on fishing rights lets Japan catch octopus near the islands.",
            ],
        }
    )
    events = kurils.timeline(docs).set_index("event_id")
    assert list(events.index) == [
        "fishing_agreement_1998",
        "medvedev_kunashir_2010",
        "mishustin_iturup_2021",
        "visa_free_ended_2022",
    ]
    assert list(events["label"]) == [
        "Agreement on safe fishing near the islands",
        "Medvedev visits Kunashir",
        "Mishustin visits Iturup",
        "Russia ends the visa-free visits agreement",
    ]


def test_a_day_a_document_names_again_is_the_reference_event_it_named_that_day():
    text = (
        "Abe and Putin agreed in Singapore on Wednesday to speed up the talks.\n\n"
        "Fishing boats left Nemuro.\n\n"
        "Wednesday's agreement between Abe and Putin surprised Tokyo.\n\n"
        "On Wednesday, a typhoon hit Okinawa."  # the same day, another subject
    )
    docs = pd.DataFrame({"doc_id": ["a"], "published": pd.Timestamp("2018-11-16"), "text": [text]})
    mentions = kurils.event_mentions(docs)
    assert list(mentions["event_id"]) == ["2018-11-14#2", "singapore_2018", "singapore_2018"]
    # a conflicting date (another day of the same year) is not passed on
    late = text.replace("Singapore on Wednesday", "Singapore on November 12")
    docs["text"] = [late]
    assert list(kurils.event_mentions(docs)["event_id"]).count("singapore_2018") == 1


def test_a_week_is_a_time_expression_but_dates_no_event():
    docs = pd.DataFrame(
        {
            "doc_id": ["a"],
            "published": pd.to_datetime(["2020-07-03"]),
            "text": ["Lavrov said last week that talks with Motegi would go on in October."],
        }
    )
    assert list(kurils.time_expressions(docs)["value"]) == ["2020-W26", "2020-10"]
    assert list(kurils.event_mentions(docs)["value"]) == ["2020-10"]
    assert list(kurils.timeline(docs)["value"]) == ["2020-10"]


def test_same_date_mentions_merge_only_when_they_share_key_terms():
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "published": pd.to_datetime(["2020-07-03"] * 3),
            "text": [
                "Motegi spoke at a press conference on Friday.",
                "Motegi told a press conference on Friday that talks go on.",
                "A typhoon hit Okinawa on Friday.",
            ],
        }
    )
    events = kurils.timeline(docs)
    assert sorted(events["n_docs"]) == [1, 2]
    assert list(kurils.timeline(docs, min_docs=2)["n_docs"]) == [2]


def test_same_date_mentions_chain_through_shared_terms_and_take_the_first_mention_id():
    # a and b share no term; c shares one with each: all three are one event, named after a.
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "published": pd.to_datetime(["2020-07-03"] * 4),
            "text": [
                "Motegi spoke on Friday.",
                "Lavrov answered on Friday.",
                "Motegi and Lavrov met on Friday.",
                "A typhoon hit Okinawa on Friday.",
            ],
        }
    )
    mentions = kurils.event_mentions(docs)
    by_doc = mentions.set_index("doc_id")["event_id"]
    assert by_doc["a"] == by_doc["b"] == by_doc["c"] == "2020-07-03#0"
    assert by_doc["d"] == "2020-07-03#3"


def test_timeline_from_given_mentions_is_the_timeline_of_the_corpus(seed_corpus):
    mentions = kurils.event_mentions(seed_corpus)
    pd.testing.assert_frame_equal(
        kurils.timeline(seed_corpus, mentions=mentions), kurils.timeline(seed_corpus)
    )
    # The mentions are used as given: without the 1956 mentions there is no 1956 event.
    fewer = mentions[mentions["event_id"] != "joint_declaration_1956"]
    assert "joint_declaration_1956" not in set(
        kurils.timeline(seed_corpus, mentions=fewer)["event_id"]
    )

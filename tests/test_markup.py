"""Saved web pages: HTML to text lines, the page's own date and site name, loading .html files."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kurils
from kurils.markup import html_to_text, looks_like_html
from tests.conftest import FIXTURES, SEEDS

HTML = FIXTURES / "html"


def test_a_page_becomes_one_line_per_block_without_scripts_or_styles():
    lines = html_to_text((HTML / "reuters_2018.html").read_text()).split("\n")
    assert lines[:3] == [
        "Reuters",  # og:site_name
        "Published: 2018-11-14",  # article:published_time
        "Japan, Russia agree to speed up peace treaty talks | Reuters",  # <title>
    ]
    assert "By Kiyoshi Takenaka" in lines  # inline links stay inside their line
    assert "“We agreed to accelerate negotiations,” Abe told reporters after the meeting." in lines
    assert any(
        line.endswith(
            "a territorial dispute — one that has prevented the two from signing a treaty."
        )
        for line in lines
    )
    text = "\n".join(lines)
    assert "tracking" not in text and "color:red" not in text and "@type" not in text


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta property="article:published_time" content="2019-01-22T10:00:00Z">', "2019-01-22"),
        ('<meta name="pubdate" content="2019-01-22">', "2019-01-22"),
        ('<meta itemprop="datePublished" content="2019-01-22">', "2019-01-22"),
        (
            '<script type="application/ld+json">{"datePublished": "2019-01-22T09:00"}</script>',
            "2019-01-22",
        ),
        ('<meta property="article:modified_time" content="2019-01-23">', None),
        ("", None),
    ],
)
def test_the_publication_day_the_page_states(head, published):
    text = html_to_text(f"<html><head>{head}</head><body><p>Talks go on.</p></body></html>")
    assert text.split("\n")[0] == (f"Published: {published}" if published else "Talks go on.")


def test_a_time_element_dates_the_page_when_no_meta_tag_does():
    page = '<body><time datetime="2020-07-03T08:00">July 3</time><p>Talks go on.</p></body>'
    assert html_to_text(page).split("\n")[0] == "Published: 2020-07-03"


def test_plain_articles_are_not_taken_for_html():
    for path in [*SEEDS.glob("*.txt"), *(FIXTURES / "articles").glob("*.txt")]:
        assert not looks_like_html(path.read_text(errors="replace")), path
    assert not looks_like_html("Abe said the <b>treaty</b> matters, and 2 < 3 > 1.")
    assert looks_like_html((HTML / "tass_fragment.txt").read_text())  # a fragment, no <html>
    assert looks_like_html("<!-- saved -->\n<!DOCTYPE html><p>x</p>")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="<&", blacklist_categories=("Cs",))))
def test_the_text_of_a_paragraph_survives_with_its_spaces_collapsed(text):
    expected = " ".join(text.split())
    assert html_to_text(f"<p>{text}</p>") == expected


def test_html_pages_and_html_in_txt_files_load_with_their_metadata():
    corpus = kurils.load_corpus(HTML, cache=False)
    docs = corpus.docs.set_index("doc_id")
    assert dict(docs["outlet"]) == {
        "ld_json": "Kyodo",
        "nhk_2020": "NHK",  # held out: og:site_name "NHK WORLD", a <time> element
        "reuters_2018": "Reuters",
        "reuters_2022": "Reuters",  # held out: JSON-LD, <nav>, a linked byline, a <footer>
        "tass_fragment": "TASS",
    }
    assert dict(docs["published"].dt.date) == {
        "ld_json": date(2023, 2, 7),
        "nhk_2020": date(2020, 12, 16),
        "reuters_2018": date(2018, 11, 14),
        "reuters_2022": date(2022, 3, 21),
        "tass_fragment": date(2022, 3, 21),
    }
    assert docs.loc["reuters_2022", "dateline"] == "MOSCOW"
    assert docs.loc["reuters_2022", "text"].split("\n\n")[1].startswith("Russia said on Monday")
    assert docs.loc["reuters_2022", "text"].endswith("standoff over the islands.")
    assert (
        docs.loc["nhk_2020", "headline"] == "Japan, Russia foreign ministers discuss peace treaty"
    )
    assert docs.loc["tass_fragment", "headline"] == (
        "Lavrov: peace treaty talks with Japan impossible under sanctions"
    )
    assert 'Tokyo\'s "openly unfriendly" sanctions' in docs.loc["tass_fragment", "text"]
    assert "<" not in "".join(docs["text"])
    assert set(corpus.notes["note"].str[:5]) == {"HTML:"} and len(corpus.notes) == 5
    rules = corpus.cleaning.query("doc_id == 'reuters_2018'").set_index("text")["rule"]
    assert rules["Published: 2018-11-14"] == "date_stamp"
    assert rules["© 2018 Reuters. All rights reserved."] == "copyright"

"""The cleaner: decoding, Unicode repair, each furniture rule, and whole seed articles."""

from __future__ import annotations

from datetime import date
from itertools import accumulate, pairwise

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kurils import patterns
from kurils.clean import Removed, clean_article
from kurils.decode import (
    DecodeError,
    decode_bytes,
    for_matching,
    normalise_whitespace,
    repair_unicode,
)
from kurils.furniture import n_words
from kurils.language import language_problem
from kurils.layout import split_dateline
from kurils.metadata import extract_metadata
from tests.conftest import SEEDS, seed_text

BODY = (
    "Japan and Russia agreed on Monday to continue talks on a peace treaty, the foreign "
    "ministers of both countries said after their meeting in Moscow."
)
BODY2 = (
    "The two countries have never signed a peace treaty because of the dispute over four "
    "islands that Russia calls the Southern Kurils and Japan the Northern Territories."
)
HEADLINE = "Japan, Russia agree to continue peace treaty talks"


# ----------------------------------------------------------------------------- decoding
@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        ("Kunashir – “island”".encode(), "Kunashir – “island”", "utf-8"),
        (b"\xef\xbb\xbfTokyo", "Tokyo", "utf-8-sig"),
        ("Итуруп island".encode("utf-16"), "Итуруп island", "utf-16"),
        ("Habomai islets".encode("utf-16-le"), "Habomai islets", "utf-16-le"),
        (
            "Сообщение об ошибке на острове Итуруп".encode("cp1251"),
            "Сообщение об ошибке на острове Итуруп",
            "cp1251",
        ),
        (
            "Müller visited Etorofu in the café".encode("cp1252"),
            "Müller visited Etorofu in the café",
            "cp1252",
        ),
    ],
)
def test_decode_bytes_reads_each_supported_encoding(raw, text, encoding):
    assert decode_bytes(raw) == (text, encoding)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t \r\n", "whitespace only"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (bytes(range(1, 32)) * 20, "undecodable"),
    ],
)
def test_decode_bytes_names_the_problem(raw, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(raw)


# ----------------------------------------------------------------------------- unicode
@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("peace\u00a0treaty", "peace treaty"),
        ("Kishida.\u00a0", "Kishida. "),
        ("soft\u00adhyphen and zero\u200bwidth", "softhyphen and zerowidth"),
        ("\ufe0f According to observers", " According to observers"),  # an emoji's selector
        ("four Kuril islands \ufffd Iturup", "four Kuril islands — Iturup"),
        ("Japan\ufffds position", "Japan’s position"),
        ("Russia\u00e2\u20ac\u2122s aggression", "Russia’s aggression"),  # UTF-8 read as cp1252
        ("line one\r\nline two", "line one\nline two"),
        ("\u00adÂ\u0080]", "€]"),  # the soft hyphen hid mojibake (found by hypothesis)
        (
            'NEMURO, HOKKAIDO â€" Yoi',
            "NEMURO, HOKKAIDO — Yoi",
        ),  # its last byte's quote straightened
        ('"â€" is how the page prints it', '"â€" is how the page prints it'),  # not between spaces
        ("the group窶冱 activities at the cafﾃｩ", "the group’s activities at the café"),  # as cp932
        ("北方領土の窶れた港", "北方領土の窶れた港"),  # Japanese text, left as it is
        # HTML character references left in a page's text, escaped twice or not
        ("their ancestors&apos; graves", "their ancestors' graves"),
        ("&quot;Yes,&quot; she said&#8217;s", '"Yes," she said’s'),
        ("peace&nbsp;treaty", "peace treaty"),
        ("AT&amp;amp;T", "AT&T"),
        ("&madeup; and &#1; stay", "&madeup; and &#1; stay"),  # no such name; a control character
        ("R&D and Q&A sessions", "R&D and Q&A sessions"),
        # a double quotation mark typed as two, as wire copy and old pages print it
        ("said, ``I want it.'' He left", "said, “I want it.” He left"),
        ("``We survive,″ said one. A 5″ screen", "“We survive,” said one. A 5″ screen"),
        (
            "''I want talks,'' Hatoyama said of the ''Sakhalin-2'' deal",
            "“I want talks,” Hatoyama said of the “Sakhalin-2” deal",
        ),
        ("a 5″ screen and 12″ of snow", "a 5″ screen and 12″ of snow"),  # inches, no quote
        ("``Open.\n\nNo mark closes it.″", "“Open.\n\nNo mark closes it.″"),  # not a paragraph on
        # a question mark put for a character the page's encoding could not write
        ("in the area.?\n?The works go on.", "in the area.\nThe works go on."),
        ("Is it from the U.S.?\nWhy? Who knows?", "Is it from the U.S.?\nWhy? Who knows?"),
    ],
)
def test_repair_unicode(dirty, clean):
    assert repair_unicode(dirty) == clean
    assert repair_unicode(clean) == clean


def test_for_matching_keeps_offsets():
    text = "“We agreed,” he said — ‘firmly’."
    assert for_matching(text) == "\"We agreed,\" he said - 'firmly'."
    assert len(for_matching(text)) == len(text)


# ----------------------------------------------------------------------------- line rules
@pytest.mark.parametrize(
    ("above", "below", "headline"),
    [
        # the standfirst shares more words with the body, but the byline sits under both
        ("Why the talks stalled again", "ALEXEI LOSSAN", "Why the talks stalled again"),
        # without a byline under it, the line sharing most words wins
        ("Why the talks stalled again", "", None),
        # a site tagline above shares no words with the body: never the headline
        ("Independent news from everywhere", "ALEXEI LOSSAN", None),
        # a byline the rules remove counts too ("By MASAMI ITO", "Staff writer")
        (
            "Why the talks stalled again",
            "By MASAMI ITO\nStaff writer",
            "Why the talks stalled again",
        ),
        # but not under a tagline that shares only "Russia" and "from" with the body
        ("Independent News From Russia", "By MASAMI ITO", None),
        # nor under the story's kicker in capitals
        ("PEACE TALKS 2019", "Staff writer", None),
    ],
)
def test_a_headline_above_its_standfirst_and_byline(above, below, headline):
    standfirst = "Japan and Russia agree to continue peace treaty talks in Moscow"
    text = f"{above}\n{standfirst}\n{below}\n{BODY}\n{BODY2}\n"
    assert clean_article(text).headline == (headline or standfirst)


@pytest.mark.parametrize(
    ("furniture", "rule"),
    [
        ("Rate it", "navigation"),
        ("Add comment", "navigation"),
        ("Show more", "navigation"),
        ("Show original", "navigation"),  # a machine translation's link to its source
        ("print dictionary print", "navigation"),  # a paper's toolbar, its word look-up
        ("Share - WeChat", "navigation"),  # a share button for a Chinese network
        ("Back to Contents of Issue: May 2004", "navigation"),  # a link back
        ("« Back to top", "navigation"),
        ("List of past newsletters", "navigation"),  # a link to the site's listing
        ('2 results for "6b3a79cbfd"', "navigation"),  # a site search's header
        (">>64514153", "navigation"),  # an image board's link to a post
        ("Last updated", "empty_field"),  # its date left out
        ("Updated on", "empty_field"),
        ("Show Summary Details", "navigation"),  # a toggle
        ("Already have an account?", "prompt"),  # a paywall's sign-in prompt
        ("Click to see full-size image", "prompt"),  # a picture's link
        ("Based on reporting by AP, dpa, and TASS", "credits"),
        (  # a site's warning to its readers in one country
            "If you are in Russia and hold a Russian passport, please note that you could face"
            " fines or imprisonment for sharing, liking, commenting on, or saving our content.",
            "prompt",
        ),
        # a repository's cover page
        ("Follow this and additional works at: https://works.example.edu/theses", "prompt"),
        ('Recommended Citation Roe, Jane, "Karafuto 1945" (2015). Honors Theses. 2557.', "credits"),
        ("Jane Roe Western University, [email protected]", "byline"),  # its address hidden
        ("• Jane RoeJane RoeFaculty of Humanities, Yamagata University, JAPAN", "byline"),
        ("The Annual Review of Migration Studies, (18), 2012, pp.101-119.", "credits"),
        ("Review by Jane Roe", "byline"),
        (  # a reviewed book's details
            "By Jane Roe, Example Shinsho, 2009, 211 pages, 735 yen, ISBN-10: 4004312078",
            "credits",
        ),
        ("• en-GB1 ru-RU1", "navigation"),  # a language switcher
        ("00:00 / 00:00", "navigation"),  # a media player's time
        ("INTERNATIONAL > Europe & Eurasia", "navigation"),  # a section and its part
        ("Share episode", "navigation"),
        ("No votes yet.", "prompt"),  # a rating widget
        ("We’re sorry, this feature is currently unavailable. Please try again later.", "prompt"),
        ("This was published 19 years ago", "prompt"),  # an archive's notice
        ("By Jane Doe BBC regional correspondent |", "byline"),  # a table cell's bar after it
        ("August 28, 2004|Jane Doe | Times Staff Writer", "date_stamp"),  # the name alone
        ("Tokyo, Nov 20 | Updated: Nov 21 2005, 05:30am hrs", "date_stamp"),  # its dateline
        # the outlet before the date, the desk editor's handle after it (Xinhua's, under the title)
        ("Source: Xinhua | 2018-02-03 04:52:56 | Editor: huaxia", "date_stamp"),
        # a journal's: the time, the date and the author with the post, after a bullet
        (
            "10:13 15.06.2024 • Ivan Petrov , Associate Professor, Example State University, "
            "Department of History",
            "date_stamp",
        ),
        ("June 15, 2024 • Ivan Petrov, Senior Fellow at the Example Institute", "date_stamp"),
        ("SOURCE: Agencies", "credits"),
        ("(Agencies)", "credits"),  # under China Daily's title
        ("Theme:", "empty_field"),  # a label with nothing after it
        ("Showing posts with label Darwin. Show all posts", "navigation"),  # a blog's listing
        ("Video of day", "navigation"),  # a video widget's label between paragraphs
        ("Read our exclusive Interview in Russian", "prompt"),  # a link to its other version
        ("aBHdBX kbaARvXzWaZRQgSkivhnySp iBtnuHlRgUlswIB,Qwn LmLpVukGLrfwPCldAk", "template_code"),
        # the story's sources, no sentence (Ukrainska Pravda's)
        ("Source: the president's evening speech on 7 October; Decree No. 692/2022", "credits"),
        ("Reported by: Jane Roe (Hokkaido University)", "byline"),
        ("Written by Jane Roe", "byline"),
        ("Date of Birth 31 January 1946", "export_field"),  # a person's profile
        ("2 Harbour Road, Nemuro City, Hokkaido 087-0001", "export_field"),  # a postal address
        ("Yuzhno-Kurilsk, Sakhalin Oblast, Russia 694500", "export_field"),
        ("Place of Birth Ashoro, Hokkaido", "export_field"),
        ("- JANE ROE jane.roe@news.example.com", "byline"),  # the reporter's address after the name
        ("Please wait...", "prompt"),
        (  # a cookie notice, over 30 words
            "This website uses cookies so that we can give you the best experience we can. Cookie"
            " information is stored in your browser and lets us recognise you when you come back"
            " to our site and shows our team which sections you find most useful.",
            "prompt",
        ),
        (  # … its notice after the site's own first sentence, over 30 words, and its label
            "Please be sure to read the user guide before using this site. This website uses"
            " cookies to make the site easier to use. By continuing to browse this site, you give"
            " your permission for the use of cookies.",
            "prompt",
        ),
        ("Enabling cookies", "prompt"),
        ("What are you thinking?", "prompt"),  # a comment box's question
        ("Stay up-to-date with the latest on the talks, with our exclusive coverage.", "prompt"),
        ("in World Affairs3 months ago", "page_counter"),  # a forum's community and the age
        ("12 Punto 14 Punto 16 Punto 18 Punto", "navigation"),  # a font-size picker
        ("Example.az reports citing Russian media.", "credits"),  # a site's note on its source
        # an ad blocker's notice
        ("Unable to view this article?", "prompt"),
        ("It looks like you're using an ad blocker.", "prompt"),
        ("This could be due to a conflict with your ad-blocking or security software.", "prompt"),
        ("Please add example.com and example.net to your list of allowed sites.", "prompt"),
        (
            "If this does not resolve the issue or you are unable to add the domains to your"
            " allowlist, please see this FAQ.",
            "prompt",
        ),
        ("We humbly apologize for the inconvenience.", "prompt"),
        ("Thank you for supporting our journalism.", "prompt"),
        ("Video screenshot of the governor at a news conference in Sapporo in 2019", "caption"),
        ("new to monocle?", "prompt"),  # a podcast site's
        ("Subscriptions start from £120.", "prompt"),
        ("Xinhua, February 18, 2017 Adjust font size:", "date_stamp"),  # a reading aid after it
        ("In other media", "navigation"),
        ("Facebook Twitter Email", "navigation"),
        ("Read more: Top Russian official criticizes US-Japan statement", "cross_link"),
        ("READ ALSO | Lavrov to visit Tokyo", "cross_link"),
        ("See also: Japan protests military drills on Kunashir", "cross_link"),
        ("Also see this from the Japanese press: Envoy rebuffs Tokyo on the islands", "cross_link"),
        ("Must read", "cross_link"),
        ("READ Tokyo weighs new fishing talks? Crews wait in Nemuro", "cross_link"),
        ("Interfax [3]", "source_line"),  # a page printed with its links numbered below
        # a paywall's offer, line by line
        ("Free trial", "prompt"),
        ("14-day free trial, then $4.99", "prompt"),
        ("per month.", "prompt"),
        ("$49.90 per year, save $10 compared to monthly billing.", "prompt"),
        ("Japan Maritime Self-Defense Force via Flickr", "photo_credit"),
        ("Posted by Jane Roe on", "byline"),  # its date lost
        ("• Last edited 13:48", "date_stamp"),  # a time alone under its label, bulleted
        ("by Jane Roe | Feb 8, 2024 | Featured, News", "date_stamp"),  # a theme's post meta
        # an embedded post's links and day, its author's name lost
        ("https://t.co/Ab12Cd pic.twitter.com/Ef34Gh March 3, 2022", "social_post"),
        # a machine summary's notice
        (
            "This is AI generated summarization, which may have errors. For context, always refer"
            " to the full article.",
            "prompt",
        ),
        ("This summary was generated by AI.", "prompt"),
        ("Don't be shy, get in touch. We love meeting interesting people.", "prompt"),
        ("Sourse: sputniknews.com", "source_line"),  # the label misspelt, as mirrors print it
        # another story in a site's list: its section glued to its title, then day and time
        ("Ferry to Shikotan cancelled again this weekWorld March 3, 14:20", "cross_link"),
        ("Nemuro crab prices climb as quotas shrinkBusiness & Economy 9:05", "cross_link"),
        ("Example Newshttps://www.example.com", "url"),  # a name glued to its address
        # a parliament's record: its note on other formats, its toolbar (each button's label
        # glued to its icon's), its pager and its page in print
        (
            "Note: Where available, the PDF/Word icon below is provided to view the complete and"
            " fully formatted document",
            "prompt",
        ),
        (
            "Download Current HansardDownload Current Hansard View Or Save XMLView/Save XML",
            "navigation",
        ),
        ("Download Full Day's HansardDownload Full Day's Hansard", "navigation"),  # apostrophe
        ("Courtesy of the Defense Ministry/Jiji Press", "photo_credit"),  # a lender and an agency
        ("Previous Fragment Next Fragment", "navigation"),
        ("Page: 4123", "page_counter"),
        ("— Update: 10:55", "date_stamp"),  # the time it was updated, under its date
        ("tucsonpost.com", "url"),  # an aggregator's source, its address alone
        # a video page's hashtags, its channel's prompts and a blog's view counter
        ("#Gravitas #Japan #Russia", "tags"),
        # a tag list printed twice, its first tags again, no punctuation between (a copy's)
        ("Sergei Lavrov Japan Russia diplomacy islands talks Sergei Lavrov Japan Russia", "tags"),
        ("Please keep discussions on this channel clean and respectful, no slurs.", "prompt"),
        ("Check out our website:", "prompt"),
        ("(Visited 1 times, 1 visits today)", "page_counter"),
        ("Download the image above.(PDF:4.4MB)", "prompt"),  # a link to the page's picture
        ("Source: ianslive", "source_line"),  # a source kurils does not know, under its label
        ("More on Jamaipanese.com: Nobunaga's Ambition Sphere Of Influence", "cross_link"),
        # the story's source, its link gone; a comment form's fields
        ("Read more in the BLiTZ article.", "cross_link"),
        ("Please enter your comment!", "prompt"),
        ("Please enter your name here", "prompt"),
        ("You are replying to: .", "prompt"),  # whose comment, left empty
        # a cross-link's label alone, its links gone with the copy
        ("FEATURED STORIES", "cross_link"),
        ("Trending now", "cross_link"),
        ("Sign up for our daily briefing on Asia", "prompt"),
        ("If you find an error, please select it and press Ctrl+Enter", "prompt"),
        ("© AP Photo/Pavel Golovkin", "photo_credit"),
        ("Photo: Sputnik / Sergey Guneev", "photo_credit"),
        ("Photo from the family archive", "photo_credit"),
        ("Reuters: Toru Hanai", "photo_credit"),  # as the ABC prints its pictures' credits
        ("(Supplied: Clayton Hunter)", "photo_credit"),
        (  # a picture's licence, its addresses not counted as words
            "Photo: Example.org [CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) or "
            "CC BY-SA 3.0 (http://creativecommons.org/licenses/by-sa/3.0)], via Wikimedia Commons",
            "photo_credit",
        ),
        ("REUTERS/Kim Kyung-Hoon", "photo_credit"),
        ("Jane Roe / Flickr (CC BY 2.0)", "photo_credit"),  # the photo site and the licence
        # a series' note and its link to the other part
        ("This is the second in a two-part series. You can read part one here", "prompt"),
        ("Read Part 1 here.", "prompt"),
        # a picture's file name in Japanese, percent-encoded: 36 "words", one token
        (
            "%e5%8c%97%e6%96%b9%e9%a0%98%e5%9c%9f%e5%95%8f%e9%a1%8c%e3%81%ae%e6%ad%b4%e5%8f%b2"
            "%e3%81%a8%e4%ba%a4%e6%b8%89",
            "image_link",
        ),
        ("Ivan Petrov / Wikimedia Commons", "photo_credit"),
        ("Example.org (CC BY-SA 4.0)", "photo_credit"),
        ("JANE DOE / THE DAILY GLOBE, SOURCE:", "photo_credit"),  # a graphic's, in capitals
        ("SOURCE: NATURAL EARTH DATA", "photo_credit"),
        (
            "Photo/Illutration Kunashiri Island seen from Nemuro (Asahi Shimbun file photo)",
            "photo_credit",
        ),
        ("Abe and Putin in Nagato, Yamaguchi Prefecture (Kyodo photo)", "photo_credit"),
        ("© 2019 Kyodo News. All rights reserved.", "copyright"),
        ("1 pages in this article", "page_counter"),
        ("Page 2 of 3", "page_counter"),
        ("Updated 5 hours ago", "page_counter"),
        ("(Reporting by Linda Sieg; Editing by Clarence Fernandez)", "credits"),
        ("(Report by Anna Lee, Tom Brown; edited by Jane Doe)", "credits"),
        ("To contact the reporter on this story: Anna Lee in Tokyo at alee@example.net", "credits"),
        ("By Linda Sieg and Kiyoshi Takenaka", "byline"),
        ("By DAISUKE KIKUCHI/ Staff Writer", "byline"),
        ("RYO NAKAMURA, Nikkei staff writer", "byline"),
        ("Anna LeeTokyo correspondent", "byline"),  # the name glued to the post
        ("Yuri Ivanov, Moscow correspondent", "byline"),
        ("March 20, 2017, 11:44 UTC+3 TOKYO", "date_stamp"),
        ("Published: 15 December 2016", "date_stamp"),
        ("Mon 16 Dec 2019 10.02 GMT", "date_stamp"),
        ("https://tass.com/politics/1037839", "url"),
        ("Source: https://www.japantimes.co.jp/news/2022/03/22/national/", "url"),
        ("DOI: https://doi.org/10.30564/abcd.v2i2.1250", "url"),  # a paper's address
        ("KYODO", "source_line"),
        ("THE ASAHI SHIMBUN", "source_line"),
        ("Выделенный текст слишком длинный.", "foreign_script"),
        # a comment form's note in another script, the HTML tags it allows in Latin letters
        (
            'Можно использовать следующие HTML-теги и атрибуты: <a href="" title=""> <abbr'
            ' title=""> <acronym title=""> <b> <blockquote cite=""> <cite> <code> <del'
            ' datetime=""> <em> <i> <q cite=""> <strike> <strong>',
            "foreign_script",
        ),
        ("Image caption", "photo_credit"),
        ("Get short URL", "navigation"),
        ("Tags:", "navigation"),
        ("Tags: peace treaty, Kuril Islands, Shinzo Abe", "cross_link"),
        ("Enjoying this article? Click here to subscribe for full access.", "prompt"),
        ("0 21", "page_counter"),
        ("14:25 GMT 14.11.2018 (updated 16:02 GMT 14.11.2018)", "date_stamp"),
        ("Updated 0413 GMT (1213 HKT) January 23, 2019", "date_stamp"),
        (
            "Tuesday, March 22, 2022, 9:18 a.m. Press Conference Room, Ministry of Foreign Affairs",
            "date_stamp",
        ),
        ("11:39 01/11/2010", "date_stamp"),
        ("18:30", "date_stamp"),
        ("Story continues below advertisement", "navigation"),
        ("[Sponsored]", "navigation"),
        ("Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.", "credits"),
        ("(Japanese original by Shu Hirose, Moscow Bureau)", "credits"),
        ("Japanese version", "prompt"),
        ("Author: James D.J. Brown, Temple University Japan", "byline"),
        ("Author: Dmitry Filippov, University of Sheffield", "byline"),  # "of" in its name
        ("458 words", "export_field"),
        ("By Julian Ryall in Tokyo", "byline"),
        ("Kyodo, Staff Report", "byline"),  # the wire and the paper's staff credited together
        ("• AFP-JIJI, Reuters", "byline"),
        ("Article history", "navigation"),
        ("Section: NATIONAL; Pg. 1", "export_field"),
        ("Length: 612 words", "export_field"),
        ("Load-Date: November 15, 2018", "export_field"),
        ("End of Document", "export_field"),
        ("Document LBA0000020181114eebe00abc", "export_field"),
        # a university repository's cover sheet
        ("Author(s) Sato, Kenji", "export_field"),
        ("Issue Date 1993", "export_field"),
        ("Doc URL http://hdl.handle.net/1234/5678", "export_field"),
        ("File Information KJ00000012345.pdf", "export_field"),
        # … and a refugee agency's record of a news story it holds
        ("Publisher Radio Free Europe/Radio Liberty", "export_field"),
        (
            "Cite as Example News, Russia frees boat, 1 September 2015, available at:"
            " https://www.example.org/docid/12345.html [accessed 5 June 2023]",
            "credits",
        ),
        (
            "DisclaimerThis is not an Example publication. Example is not responsible for, nor"
            " does it necessarily endorse, its content.",
            "prompt",
        ),
        ("113.62 JPY", "market_data"),
        ("+0.03 +0.03%", "market_data"),
        ("(END)", "end_mark"),
        ("###", "end_mark"),
        ("- END -", "end_mark"),
        ("-ends-", "end_mark"),  # a press release's
        ("I N C O N T E X T", "symbols"),  # a box's label, its letters spaced out
        ("ii Abstract", "page_counter"),  # a PDF's page number before a front-matter heading
        ("Click to skip the local menu", "navigation"),  # a page's accessibility links
        (  # where a book's chapter comes from
            "This is a preprint excerpt from Asian Disputes: An Introduction. You can download the"
            " book free of charge.",
            "credits",
        ),
        ("Here is the local menu", "navigation"),
        ("Episode Notes:", "navigation"),  # a podcast's label over its description
        ("Tag Archives: kurils-2014", "navigation"),  # a blog's archive of a tag's posts
        ("View on Wikipedia", "navigation"),  # a mirror's link to the encyclopedia's page
        ("Nothing was collected or created yet.", "prompt"),  # a list's empty state
        ("Newsletter Signup Register / Login", "navigation"),  # a site's account links
        ("• Post category:Analysis", "navigation"),  # a blog theme's post meta, with its value
        ("Read on: your complete guide to Kuril settlements…", "navigation"),
        ("Coordinates: 43°N 142°E / 43°N 142°E / 43; 142", "navigation"),  # a wiki's
        ("43°42′N 145°33′E / 43.700°N 145.550°E / 43.700; 145.550", "navigation"),  # unlabelled
        (
            "This is an old revision of this page, as edited by Jane (talk | contribs) at 02:52,"
            " 15 September 2021. The present address (URL) is a permanent link to this revision.",
            "prompt",
        ),
        ("[Full text]", "field_label"),  # a database record's label over its text
        ("130 60 4MB", "page_counter"),  # a download page's counts and file size
        ("English Pages 296 [292] Year 2008", "page_counter"),
        ("Citation preview", "prompt"),
        (  # a newsletter's appeal
            "Dear Reader, if you find this email interesting, please do consider forwarding it to"
            " your friends and encouraging them to subscribe. Thank you.",
            "prompt",
        ),
        ("global menu starts from here", "navigation"),
        ("the begining of this page", "navigation"),
        (
            "Dear readers! Please observe community rules and respect each other. We do not"
            " practice censorship.",
            "prompt",
        ),
        ("iv Table of Contents", "page_counter"),
        (  # a subscriber's billing warning over the story
            "We have noticed that there is an issue with your subscription billing details.",
            "prompt",
        ),
        ("Please update your payment information", "prompt"),
        ("Your subscription will end shortly", "prompt"),
        ("2 min. 30 sec. VXtreme video", "prompt"),  # a video's length
        ("ENDS", "end_mark"),
        ("(end of excerpt)", "end_mark"),  # a trade site's copy of a wire story
        ("Keywords Japan, Russia, Kuril islands, peace treaty", "cross_link"),
        ("Related Subjects Russia, Japan, Vladimir Putin, Shinzo Abe", "cross_link"),
        ("Send Facebook Twitter Google+ Tumblr VKontakte Weibo", "navigation"),
        ("Feedback: Send us your feedback.", "prompt"),
        ("Why you can trust SCMP", "prompt"),
        ("Author Alexander Pearson (AFP, Reuters)", "byline"),
        ("01/23 19:15", "date_stamp"),
        ("Feb. 7 19:06 JST", "date_stamp"),
        ("November 2005", "date_stamp"),
        ("PRAVDA.Ru", "source_line"),
        ("2 min", "page_counter"),
        ("1 Comment", "page_counter"),
        ("518-21-03-2022", "document_number"),
        ("(Adds Japanese prime minister's comments, paragraphs 6-7)", "credits"),
        ("[Provisional Translation]", "prompt"),
        ("By subscribing, you can help us get the story right.", "prompt"),
        ("by Shigeki Hakamada", "byline"),
        ("Continue reading the main story", "prompt"),
        ("Like this story? Share it with a friend!", "prompt"),
        ("Staff writer", "byline"),
        ("Top Page > Foreign Policy > Countries & Regions > Europe > Russia", "navigation"),
        ("Join ST's Telegram channel and get the latest breaking news delivered to you.", "prompt"),
        ("Some information for this report came from AP, Reuters and AFP.", "credits"),
        ("BY DAMIEN SHARKEY ON 12/15/16 AT 7:50 AM EST", "date_stamp"),
        ("Main | News | Politics | Economy | Society | Incidents", "navigation"),
        ("Text size", "navigation"),
        ("Comments (0)", "page_counter"),
        ("(no votes)", "page_counter"),  # a rating widget's count
        ("(12 votes)", "page_counter"),
        ("Обсудить (0)", "page_counter"),  # "Discuss (0)", a Russian page's comment count
        ("Listen · 3:42", "page_counter"),
        ("3-Minute Listen", "page_counter"),
        ("Only registered users can comment.", "prompt"),
        ("Kana Inagaki in Tokyo and Max Seddon in Riga", "byline"),
        ("Text by Irina Kravtsova. Translated by Anna Petrova.", "credits"),
        ("If you liked this article, please support independent journalism.", "prompt"),
        ("(votes: 2)", "page_counter"),
        ("[Translated from Russian]", "credits"),
        ("@MFARussia", "navigation"),
        ("(@FahadShabbir)", "navigation"),
        ("Short link to the article: russiancouncil.ru/en/1234", "url"),
        (
            "Please use the sharing tools found via the share button at the top or side of "
            "articles. Copying articles to share with others is a breach of FT.com T&Cs and "
            "Copyright Policy. Email licensing@ft.com to buy additional rights.",
            "copyright",
        ),
        ("This story has been viewed 2914 times.", "page_counter"),
        ("--With assistance from Emi Nobuhiro.", "credits"),
        ("(Read the editorial in Japanese.)", "prompt"),
        ("Read in other languages", "prompt"),
        (
            "(Originally published in Japanese. Banner photo: Abe Shinzō and Vladimir Putin in"
            " Vladivostok, September 2019. © Reuters.)",
            "credits",
        ),
        ("Russian Gazeta, Federal issue No. 7155 (286)", "page_counter"),
        (
            "Prime Minister Shinzo Abe and Russian President Vladimir Putin attend a joint news"
            " conference in Moscow on Tuesday. | REUTERS",
            "caption",
        ),
        (
            "By James D.J. Brown, an associate professor of political science at Temple"
            " University, Japan Campus.",
            "byline",
        ),
        ("July 10, 2020 Valdai Discussion Club 0 Comments", "date_stamp"),
        ("Login to leave a comment", "prompt"),
        ("Use your Facebook account to login or register with JapanToday.", "prompt"),
        ('Newspaper "Kommersant" No. 12 of 23.01.2019, p. 1', "date_stamp"),
        ("Nov. 21, 2005 (Nihon Keizai Shimbun Monday evening edition)", "date_stamp"),
        (
            "Anadolu Agency website contains only a portion of the news stories offered to"
            " subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please"
            " contact us for subscription options.",
            "copyright",
        ),
        ("By North Asia correspondent James Oaten", "byline"),
        ("• 2y", "page_counter"),
        ("Vladimir Putin arrived in Japan on Thursday CREDIT: AFP", "caption"),
        (
            "Prime Minister Shinzo Abe and Russian President Vladimir Putin shake hands in Tokyo on"
            " Friday. | KYODO",
            "caption",
        ),
        ("Similar Readings (5 items)", "cross_link"),  # a list of other stories, counted
        (  # TRT World's: the credit after a bar, the caption a sentence reporting speech
            "The deal will be formally signed on Monday, the Japanese fishing agency says."
            " / Reuters",
            "caption",
        ),
        (
            "We've been working hard to bring you independent, locally-sourced news from Ukraine."
            " Consider supporting the Kyiv Independent.",
            "prompt",
        ),
        ("Share or comment on this article:", "prompt"),
        ("share with facebook", "prompt"),  # a share button's words, the network in lower case
        # a closed live blog's pointer to the next, and its pointer to the site's coverage
        ("This blog file is now closed. For the latest developments, head over here.", "prompt"),
        ("For all our coverage, visit our Ukraine war page.", "prompt"),
        ("UPDATES ON TWITTER: kurilwatch", "prompt"),  # a blog's pointers to its feeds
        # a community hub's furniture over a wiki's copy
        ("8 pages, 0 posts", "page_counter"),
        # a blog's teaser of an older post, cut short, its link glued on
        (
            "Paramushir is known for its otters. We worked our way along the east co…READ MORE",
            "cross_link",
        ),
        ("Be the first to start a discussion here.", "prompt"),
        ("from Wikipedia", "navigation"),
        ("Open search", "navigation"),
        ("Community hub", "navigation"),
        ("Shikotan IslandShikotan IslandMain", "navigation"),  # its tabs glued: title, "Main"
        ("KURILWATCH PODCASTS now on iTunes, subscribe free", "prompt"),
        ("You can share this story on social media:", "prompt"),
        ("View metadata, citation and similar papers at core.ac.uk", "prompt"),
        (  # a sponsor's note under the story
            "About Sponsored Content This content was commissioned by the paper's Business Bureau.",
            "prompt",
        ),
        ("Doi:10.1234/jnb.2019.v3n2p45", "export_field"),  # a paper's DOI alone
        ("Do you think your friends would be interested? Share this story!", "prompt"),
        # a site's pointer to another of its stories, its domain for a label
        ("Also on kurilnews.example.ru Ferry to Shikotan resumes after the storm", "cross_link"),
        ("Contact us at letters@time.com.", "prompt"),
        ("ALEXANDER ZEMLIANICHENKO/AP", "photo_credit"),
        ("Kazuhiro Nogi/AFP via Getty Images", "photo_credit"),
        ("21 Mar, 2022 16:19 / Updated 2 years ago", "date_stamp"),
        (
            "Published on March 22, 2022, at 5:45 am (Paris), updated on March 22, 2022, at"
            " 9:12 am",
            "date_stamp",
        ),
        ("Le Monde with AFP", "byline"),
        ("Lecture du Monde en cours sur un autre appareil.", "foreign_language"),
        (
            "If using any of Russia Beyond's content, partly or in full, always provide an active"
            " hyperlink to the original material.",
            "copyright",
        ),
        ("Updated 11:05", "date_stamp"),
        ("March 10, 2020 04:56 PM Age: 6 years", "date_stamp"),
        ("By Euronews with AP", "byline"),
        ("By Linda Sieg with agencies", "byline"),
        ("James D.J. Brown, Temple University", "byline"),
        ("Stephen Nagy, International Christian University", "byline"),
        ("X (Twitter)", "navigation"),
        ("View all partners", "prompt"),
        (
            "Republish our articles for free, online or in print, under Creative Commons licence.",
            "prompt",
        ),
        ("CC BY-ND 4.0", "copyright"),
        (
            "This article is republished from The Conversation under a Creative Commons license."
            " Read the original article.",
            "copyright",
        ),
        (
            "James D.J. Brown does not work for, consult, own shares in or receive funding from any"
            " company or organisation that would benefit from this article, and has disclosed no"
            " relevant affiliations beyond their academic appointment.",
            "disclosure",
        ),
        ("|", "symbols"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
        ("The rights to this material belong to", "copyright"),
        ("The material is placed by the copyright holder in the public domain", "copyright"),
        ("This is a provisional translation by an external company for reference only.", "prompt"),
        ("To find out more, click here.", "prompt"),
        ("Enjoying ad-free content?", "prompt"),
        (
            "This commitment costs us $10,000 a month. Your support can help us fill the gap.",
            "prompt",
        ),
        (
            "Our journalism is banned in Russia. We need your help to keep providing the truth.",
            "prompt",
        ),
        ("This text is translated into Russian by google automatic neural machine.", "prompt"),
        ("Please refer to the text in Russian as a source.", "prompt"),
        (  # a site's note on its own machine translation
            "The English and Japanese versions are automatically generated by the AI. So there"
            " may still be inaccuracies in translating.",
            "prompt",
        ),
        ("A Message from The Moscow Times:", "prompt"),
        ("Loading ...", "prompt"),
        ("Read on the website", "prompt"),
        ("Click to follow", "prompt"),
        ("Twitter Facebook Myspace Yahoo! Linkedin Mixx", "navigation"),  # an old share bar
        ("Support The Moscow Times!", "prompt"),  # a site's appeal
        ("STORY CONTINUES BELOW THESE DAILY EXAMPLE VIDEOS", "prompt"),  # over a video player
        ("1890km to Beijing", "page_counter"),  # a broadcaster's: how far the story is from it
        ("Fisheries Markets & trade Processing +4 more", "navigation"),  # tags cut short
        ("Anna Sato thumbnail", "byline"),  # the author's picture
        ("Courtesy our friends at Nemuro Surf Club", "photo_credit"),  # a picture's lender
        ("Printer-friendly version", "navigation"),
        ("Remind me later.", "prompt"),  # a site's appeal's button
        ("time4 days ago", "page_counter"),  # a clock icon's alt text glued to the story's age
        ("Courtesy of the Sakhalin Regional Museum", "photo_credit"),
        ("Article continues after this advertisement", "prompt"),
        ('Watch on YouTube: "A morning at Nemuro harbour"', "prompt"),  # the video's link
        ("No time to read?", "prompt"),  # an aggregator's summary button
        ("Get a summary", "prompt"),
        ("The Diplomat's map of the week shows a striking picture of trends.", "prompt"),
        ("Let's connect!!", "prompt"),  # over a site's social links
        ("Ask about this article", "prompt"),  # an aggregator's question box
        ("Stay on top of the news with our Daily Brief newsletter.", "prompt"),
        ("Thanks for signing up!", "prompt"),
        ("Intl. Edition", "navigation"),  # an edition switcher
        ("Answer for your question of the article will be displayed here ...", "prompt"),
        ("Check against delivery", "prompt"),  # a speech's text
        ("News from Japan. Stay tuned for updates on politics, trade and more.", "prompt"),
        ("(As prepared for delivery)", "prompt"),
        ("Speech delivered by Chief Minister Jane Doyle", "byline"),
        ("You've read 3 of 5 free articles. Subscribe to continue.", "prompt"),  # a paywall's
        ("Gift 5 articles to anyone you choose each month when you subscribe.", "prompt"),
        ("Already a subscriber?", "prompt"),
        ("Don't miss out on what's happening!", "prompt"),  # a newsletter's pitch
        ("Stay in touch with top news, as it happens, conveniently in your inbox.", "prompt"),
        ("Want seafood news sent to your inbox?", "prompt"),
        ("You may unsubscribe from our mailing list at any time.", "prompt"),
        ("As reported by Radio Free Europe/Radio Liberty", "source_line"),
        ("Download file", "prompt"),  # a document page's links
        ("Watch on Youtube", "prompt"),
        ("Stay up to date with the latest news!", "prompt"),
        ("La Russophobe has moved!", "prompt"),  # a blog that moved, and its banner
        ("You should be automatically redirected in 6 seconds. If not, visit", "prompt"),
        ("Take action now to save Darfur", "prompt"),
        ("Article excerpt", "prompt"),  # a library's label over the start of a piece
        (
            "Protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
            "prompt",
        ),
        (
            "Stories about how you got help from the state, and what came of it, email it to",
            "prompt",
        ),
        ("Tips on the islands? Send them to tips@example.org", "prompt"),
        ("Stay up to date with notifications from The Independent", "prompt"),
        ("Sorry, but your browser needs Javascript to use this site.", "prompt"),
        ("Posted by On 2:23 AM", "date_stamp"),  # a blog's time of posting, no author's name
        ("Putin and Abe shake hands in Tokyo. 63210.jpeg", "image_link"),  # alt text, file name
        ("The leading Far East shipping site online. All the news from the ports!", "prompt"),
        ("Now is the time to support independent reporting from Russia!", "prompt"),
        ("Contribute Today", "prompt"),
        ("(Redirected from Habomai)", "navigation"),  # a wiki's links
        ("Jump to navigation Jump to search", "navigation"),
        ("From Wikipedia, the free encyclopedia", "navigation"),
        ("File:Location of Yuzhno-Kurilsky District (Sakhalin Oblast).svg", "image_link"),
        (":format(jpeg)/cdn.example.com/tgam/ZXXLBKGOV.jpg)", "image_link"),  # a copy's leftover
        ("(Outline)", "prompt"),  # a document's kind under its title
        ("(Summary of Results)", "prompt"),
        ("Select font Arial Times New Roman", "navigation"),  # a reading aid's controls
        ("Character spacing (Kerning): Standard Medium Large", "navigation"),
        ("Help | Sitemap | Archive | Advanced Search | Mirror in USA |", "navigation"),
        (
            "Home » News » 2+2 Tokyo talks: Foreign & defense ministers of Russia, Japan meet",
            "navigation",
        ),
        (
            "/ Главная / Russkiy Mir Foundation / News / First tourists from Japan visit Kunashir",
            "navigation",
        ),
        (
            "Home / World / Russia deploys coastal missiles on a central Kuril island (VIDEO)",
            "navigation",
        ),
        ("Independent journalism isn’t dead. You can help keep it alive.", "prompt"),
        (
            "To have fuller access to the Kyodo News website, it is necessary to subscribe.",
            "prompt",
        ),
        (  # a paywall's notice, of any length
            "The material on this page is available to ExampleLit subscribers. If you are a "
            "subscriber or are from a subscribing organisation, please log in to gain full "
            "access. To explore options for subscribing, please contact us or find out more.",
            "prompt",
        ),
        ("Special to", "byline"),
        ("TIMES STAFF WRITER", "byline"),
        ("TIMES STAFF WRITERS", "byline"),  # two or more, in capitals
        ("Daijiworld Media Network - Moscow", "byline"),
        ("Affiliation:", "byline"),
        ("Rights & Permissions [Opens in a new window]", "prompt"),
        ("Published online by Cambridge University Press: 02 July 2010", "date_stamp"),
        ("March 20, 2017 (Photo Credit: Issei Kato/Pool via AP)", "date_stamp"),
        ("Estimated reading time: 5 minutes", "page_counter"),
        ("0 comments | 3 shares", "page_counter"),
        ("(photo credit: Associated Press)", "photo_credit"),
        ("Kyodo News via AP", "photo_credit"),
        ("Washington Post photo by Michelle Ye Hee Lee.", "photo_credit"),
        ("(Agencies/Xinhua)", "source_line"),
        ("Read Full Article at RT.com", "source_line"),
        ("Source: Kiodo Tsusin Agency", "source_line"),
        ("Home / World / Asia-Pacific", "navigation"),
        ("Just Earth News | @justearthnews | 29 Sep 2020, 05:32 am Print", "date_stamp"),
        ("October 31", "date_stamp"),
        ("31 October", "date_stamp"),
        ("Source: Al Jazeera and news agencies", "source_line"),
        ("Special to The Japan Times", "byline"),
        ("in BreakingNews @en by", "byline"),
        (
            "GRASP/Japan Taro Kono discusses territorial dispute with Lavrov at meeting in...",
            "navigation",
        ),
        ("Posted in World News by", "byline"),
        ("Connect with us", "prompt"),
        ("Looking to read the full article?", "prompt"),
        ("Gain unlimited access to Janes news and more...", "prompt"),
        ("Our vitamin pack is back in stock! Order today with free shipping!", "prompt"),
        (
            'RFE/RL has been declared an "undesirable organization" by the Russian government.',
            "prompt",
        ),
        ("• Compiled From Kyodo, Staff Reports", "byline"),
        ("• Compiled From Jiji, Staff Report", "byline"),  # one report
        ("[personal profile] tokyo_notes", "byline"),  # a journal's poster (Dreamwidth)
        ("tokyo_notes: (Default)", "byline"),  # and the alt text of the poster's icon
        ("[info]tokyo_notes", "byline"),  # LiveJournal's
        ("Read original source.", "cross_link"),  # an aggregator's link to the copy it took
        # a ministry's box of links, what it links to in brackets
        ("Related Information (Policy Speech by the Foreign Minister to the Diet)", "cross_link"),
        ("• By Dr. Jane Doe & Capt John Roe, USAF", "byline"),
        ("• Kyodo", "source_line"),
        ("NHK -- Apr 23", "source_line"),
        ("Publication: Monitor Volume: 3 Issue: 205", "export_field"),
        ("[Source] http://www.mofa.go.jp/region/europe/russia/index.html", "url"),
        ("https://news.example.ru/img/2020/07/02/194654.jpg", "image_link"),
        ("Faizan Hashmi 6 minutes ago Fri 19th June 2020 | 05:40 PM", "date_stamp"),
        ("Official website of the President of Russia", "source_line"),
        (
            "With your current subscription plan you can comment on stories. However, before"
            " writing your first comment, please create a display name in the Profile section.",
            "prompt",
        ),
        ("June 01, 11:47 UTC+3 TOKYO", "date_stamp"),
        ("[ad_1]", "template_code"),
        ('<p class = "story-text" type = "text">Related video: the talks', "template_code"),
        ('"data-reactid =" 28 ">Watch news and more on the site.', "template_code"),
        ("![](https://example.com/images/2018/09/12/photo-1536.jpg?itok=EEpo3Xql)", "image_link"),
        ('[caption id="attachment_12" align="alignnone"]', "template_code"),
        ("spot_img", "template_code"),
        ("Box 2", "template_code"),
        ("Date:", "empty_field"),
        ("Posted by:", "empty_field"),
        ("- Author:", "empty_field"),  # as a list's item
        ("• Post author:", "empty_field"),  # a blog theme's, the author's name a link lost
        ("Share post:", "navigation"),
        ("Russian Navy pic", "photo_credit"),
        ("Yomiuri Shimbun file photo", "photo_credit"),
        ("News ID: 84692017", "document_number"),
        ("Story Code : 804512", "document_number"),
        ("By Agencies in Moscow and Tokyo", "byline"),  # the wires, where they wrote from
        ("By Agencies in Moscow and Tokyo | Daily Post | Updated: 2012-07-04", "date_stamp"),
        (
            "Track Latest News Live on NDTV.com and get news updates from India and around the"
            " world.",
            "prompt",
        ),
        ("· 2 days ago", "page_counter"),
        ("02:41 min", "page_counter"),  # an audio player's length under "Listen to article"
        ("An Interview with Yoko Hirose", "byline"),
        ("AFP/Moscow", "source_line"),  # the agency and the city it wrote from (Gulf Times)
        (
            "(Description of Source: Moscow Interfax in English -- Nonofficial information agency"
            " known for its extensive economic and political coverage)",
            "credits",
        ),
        (
            "Journalists fight on their own frontline. Support Ukrainska Pravda or become our"
            " patron!",
            "prompt",
        ),
        ("Press TV's website can also be accessed at the following alternate addresses:", "prompt"),
        ("More Nation & World headlines...", "prompt"),
        ("Monday, November 01, 2010 20:51 +0900 (JST)", "date_stamp"),
        ("Article ID 3819", "document_number"),
        (
            'Recommended citation: Kimie Hara, "The Kuril Islands Dispute after Medvedev\'s Visit,"'
            " The Asia-Pacific Journal, Vol. 10, Issue 36, No. 2, September 3, 2012.",
            "credits",
        ),
        ("(Provisional Translation)", "prompt"),
        ("Link copied", "navigation"),
        (
            "We will use your email address only for sending you newsletters. Please see our"
            " Privacy Notice for details of your data protection rights.",
            "prompt",
        ),
        (
            "Editor's Note: This assessment was updated to include details of the agreements.",
            "credits",
        ),
        ("Data is a real-time snapshot *Data is delayed at least 15 minutes.", "copyright"),
        ("TOI.in / Agencies | Updated: Nov 14, 2018, 19:42 IST", "date_stamp"),
        ("Akihiro Iwashita (Professor, Hokkaido University)", "byline"),
        ("2022-03-26T15:04:00+09:00", "date_stamp"),
        ("1.2M subscribers", "page_counter"),
        ("Comments 213", "page_counter"),
        ("15,234 views Mar 22, 2022", "date_stamp"),
        ("Show less", "navigation"),
        ("Interview by Nippon.com staff", "byline"),
        (
            "(Originally written in Japanese. Banner photo: Kunashiri Island seen from Shiretoko.)",
            "credits",
        ),
        ("Published in Dawn, January 23rd, 2019", "source_line"),
        (
            "A version of this article appears in print on Nov. 2, 2010, on Page A4 of the New York"
            " edition.",
            "credits",
        ),
        (
            "Follow Dawn Business on Twitter, LinkedIn, Instagram and Facebook for insights on"
            " business.",
            "prompt",
        ),
        (
            "Thanks for reading Eurasia Notes! Subscribe for free to receive new posts and support"
            " my work.",
            "prompt",
        ),
        ("Type your email...", "prompt"),
        ("Note: Pages will open in a new browser window", "prompt"),
        ("External sites are not endorsed by CNN Interactive.", "prompt"),
        ("The BBC is not responsible for the content of external internet sites", "prompt"),
        ("Links to more Asia-Pacific stories are at the foot of the page.", "prompt"),
        ("Terms under which this service is provided to you.", "prompt"),
        ("Read our privacy guidelines.", "prompt"),
        ("Questions or comments? Write to us!", "prompt"),
        ("Please direct questions or comments to [english@hani.co.kr]", "prompt"),
        ("Web posted at: 6:12 a.m. EDT (1012 GMT)", "date_stamp"),
        ("- 1 -", "page_counter"),
        ("You are in: World: Asia-Pacific", "navigation"),
        ("(By Joseph Yeh)", "byline"),
        ("PTI | Last Updated: Nov 14, 2018, 07:25 PM IST", "date_stamp"),
        ("Created: 20.11.2005 15:44 MSK (GMT +3), Updated: 16:02 MSK", "date_stamp"),
        (
            "(Catch all the Business News, Breaking News Events and Latest News Updates on The"
            " Economic Times.)",
            "prompt",
        ),
        ("Download The Economic Times News App to get Daily Market Updates.", "prompt"),
        (
            "When citing and using any materials on the Internet, hyperlinks not lower than the"
            " first paragraph are mandatory.",
            "prompt",
        ),
        (
            "If you want to report an error, highlight it with the mouse and press Ctrl+Enter",
            "prompt",
        ),
        ("By DAVID E. SANGER, Special to The New York Times", "byline"),
        ("November 2, 1997 | From Times Wire Reports", "date_stamp"),
        ("--The Asahi Shimbun, Jan. 24", "source_line"),
        ("Try unlimited access", "prompt"),
        ("Only $1 for 4 weeks", "prompt"),
        (
            "Then $75 per month. Complete digital access to quality FT journalism on any device."
            " Cancel anytime during your trial.",
            "prompt",
        ),
        ("To read the full story, subscribe now.", "prompt"),
        ("To Read Full Story Login Below.", "prompt"),
        ("Unofficial translation from Russian", "prompt"),
        ("Find this article at:", "prompt"),
        ("Photo 1 of 3", "page_counter"),
        ("Updated 2 years ago", "page_counter"),
        (
            "An earlier version of this article misstated the number of islands in dispute. There"
            " are four, not three.",
            "credits",
        ),
        ("UPDATE: This story has been updated to add the ministry's comments.", "credits"),
        ("— MFA Russia (@mfa_russia) March 21, 2022", "social_post"),
        (
            "Former residents of the Russian-held islands pray at a cemetery on Etorofu Island on"
            " Aug. 21, 2019. (Kyodo)",
            "caption",
        ),
        ("(Translated from the March 23 editorial)", "credits"),
        ("Source: Kyodo News", "source_line"),
        ("Source: Voice of Sakhalin's Morning Show", "source_line"),  # a show, in title case
        ("Saved November 15, 2018 · 4 min read", "date_stamp"),
        ("Blog Post by Sheila A. Smith", "byline"),
        ("Creative Commons: Some rights reserved.", "copyright"),
        ("The Yomiuri Shimbun/Asia News Network", "source_line"),
        ("Adjust font size:", "prompt"),
        ("3 minutes to read", "page_counter"),
        (
            "Our Morning Update and Evening Update newsletters are written by Globe editors, giving"
            " you a concise summary of the day's most important headlines. Sign up today.",
            "prompt",
        ),
        (
            "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin. Photo / AP",
            "caption",
        ),
        ("- AP", "source_line"),
        ("(Web editor: Xian Jiangnan, Liang Jun)", "credits"),
        ("10:35 PM MYT", "date_stamp"),
        ("ANI | Updated: Mar 26, 2022 14:10 IST", "date_stamp"),
        ("By The Siberian Times reporter", "byline"),
        ("Iturup island. Picture: Sergei Krasnoukhov", "caption"),
        ("Stars and Stripes • March 28, 2022", "date_stamp"),
        ("Published: 22 January ,2019: 08:02 PM GST", "date_stamp"),
        (
            "Russian troops take part in exercises on the Kuril Islands in this image released by"
            " the Russian Defense Ministry. (Russian Defense Ministry)",
            "caption",
        ),
        ("WRITER: AFP", "byline"),
        ("TEXT: IVAN SOKOLOV", "byline"),
        ("By admin", "byline"),
        ("Photo of author", "byline"),
        ("April 19, 1991|By Mary K. Lawson | Mary K. Lawson,Tokyo Bureau of The Sun", "date_stamp"),
        (
            "- Written by Anna Petrova, Lecturer in History, School of Social Sciences, Hokkaido"
            " University",
            "byline",
        ),
        ("Do you like the content of this article?", "prompt"),
        (
            "(This story has not been edited by Devdiscourse staff and is auto-generated from a"
            " syndicated feed.)",
            "credits",
        ),
        (
            "(Only the headline and picture of this report may have been reworked by the Business"
            " Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
            "credits",
        ),
        ("Source: AFP/zl", "source_line"),  # the story's source and its editor's initials
        ("• , AERA , p. 66-67", "source_line"),  # a translation's source, with its pages
        (
            "All trademarks shown on this site are the property of their respective owners.",
            "copyright",
        ),
        ("Source: AFP/Alexander Nemenov", "photo_credit"),  # a photographer's
        ("Devdiscourse News Desk | Tokyo | Updated: 03-07-2020 11:03 IST", "date_stamp"),
        (
            "Copyright (c) 2018 Yonhap News Agency prohibits its content from being redistributed"
            " or reprinted without consent, and forbids the content from being used for AI"
            " learning and technology.",
            "copyright",
        ),
        (  # a repository's notice, more than a furniture line's words
            "This Honors Thesis-Open Access is brought to you for free and open access by the Lee"
            " Honors College at ScholarWorks at WMU. It has been accepted for inclusion in Honors"
            " Theses by an authorized administrator. For more information, please contact the"
            " library.",
            "prompt",
        ),
        (
            "Printed from Oxford Research Encyclopedias, Asian History. Under the terms of the"
            " licence agreement, an individual user may print out a single article for personal"
            " use (for details see Privacy Policy and Legal Notice).",
            "prompt",
        ),
        ("This article is more than 12 years old", "prompt"),  # a newspaper's age warning
        (  # a site's warning over what Russia's media say
            "The reports from Russian and Belarusian media outlets or government representatives"
            " are often propaganda-infused. They form an integral part of the information warfare"
            " employed by the Russian Federation.",
            "prompt",
        ),
        ("Spring 2014", "date_stamp"),  # a thesis's term
        ("2006 Volume 146", "export_field"),  # a journal's volume
        ("Vol. 12, No. 3, 2019", "export_field"),
        ("UDC 001.83 (100): 639.2/.3", "export_field"),  # a paper's classification
        ("author={A. Petrova},", "export_field"),  # a citation's BibTeX field
        ("JEL Codes: F51, F53", "export_field"),
        ("article-image", "image_link"),  # a picture's placeholder
        ("A map of the Kuril Islands", "image_link"),  # a map's alt text where it stood
        ("Photo ITAR-TASS/ Vladimir Sergeev", "photo_credit"),  # the agency, no colon
        # pictures' alt texts, as a ministry's old pages print them
        (
            "photo(Foreign Minister Machimura and Foreign Minister Lavrov) photo(The meeting)",
            "image_link",
        ),
        ("World13 hours ago", "page_counter"),  # the story's age, its section glued on
        ("… we have a small favor to ask.", "prompt"),  # a donation appeal's opening
        ("Subtitles section Play video", "navigation"),  # a video player's buttons
        ("By Riyaz ul Khaliq", "byline"),  # a particle between the names
        ("By Ursula von der Leyen", "byline"),
        ("Please enter a valid URL.", "prompt"),  # a form's own words
        ("By submitting your comment you agree to the site's Terms and Policies.", "prompt"),
        ("Loading version...", "prompt"),
        ("Loading content, please wait...", "prompt"),
        ("本文", "foreign_script"),  # a word of a Japanese page's interface, and a count in it
        ("287語", "foreign_script"),
        (  # a blog's fair-use note
            "The content, information and multimedia posted on this blog copyrights to their"
            " original owners and herein blogged in good faith for the purpose of commentary.",
            "copyright",
        ),
        ("Autumn Semester 2019", "date_stamp"),
        ("This story is over a year old", "prompt"),
        # a widget's error notice, whole or a line of it
        ("Oops! Something went wrong. Please try again later.", "prompt"),
        ("• Oops!", "prompt"),
        ("Something went wrong.", "prompt"),
        (  # a picture library's credit closing a caption that is a sentence
            "Russia calls them the Kurils and Japan says they are its Northern Territories, but"
            " they have divided the two nations for 77 years. (Getty)",
            "caption",
        ),
        ("Fishing boats in the port of Yuzhno-Kurilsk. (Jane Roe / EPA)", "caption"),
        ("The port of Severo-Kurilsk was hit by the tsunami - Photo: AFP", "caption"),
        ("2023-02-07T15:54+0000", "date_stamp"),  # a page's metadata: ISO 8601
        ("Shinzo Abe and Vladimir Putin Kremlin.ru", "caption"),  # its credit, a site
        ("The Kuril Island's caldera, Yankicha. Wikimedia Commons", "caption"),  # … a library
        ("Kunashiri seen from Cape Shiretoko - Wikimedia Commons", "caption"),
        (  # its credit handed on by an agency
            "Ukraine's president speaks in Kyiv on March 15, 2022. Presidential Press Office"
            " via AP",
            "caption",
        ),
        ("An old ship on a beach in the Kurile Islands, as seen on March 16, 2019.", "caption"),
        ("Protest at the embassy in Tokyo - Sputnik International, 1920, 07.02.2023", "caption"),
        # a comment form's fields and notices, and its editor's buttons
        ("Your e-mail (optional)", "prompt"),
        ("Website (optional)", "prompt"),
        ("You have commented 361 times on Example.", "prompt"),
        ("Sorry. Comments have been closed on this article.", "prompt"),
        (
            "Bold Italic Underline Strike Bullet Blockquote Small Big Link Squish Photo",
            "navigation",
        ),
        ("Direct Translation via Google Translate. Edited.", "credits"),  # a repost's note
        ("Yuri Andropov, 1982", "caption"),  # a portrait's: the sitter and the year
        ("Photographs by Jane Roe.", "photo_credit"),  # a magazine's, under its story
        (  # a site's disclaimer over the documents it publishes
            "The maps on this site were drawn for a research project. The contents of this"
            " website do not reflect the views of the ministry.",
            "prompt",
        ),
        ("12 March 1975[2]", "date_stamp"),  # a record's date, a footnote's mark after it
        ("2021-05-04 10:12 04 May Moscow, Russia", "date_stamp"),  # the day printed twice
        ("2019 May 29 - June 4 [DIPLOMACY]", "date_stamp"),  # a weekly's issue and section
        ("2019 May 29 - June 4 TOP3 [DIPLOMACY]", "date_stamp"),  # … the story's rank in it
        (  # the page's timestamps in ISO 8601 run into its date line
            "By IANS | Updated: May 4, 2021 10:12 IST2021-05-04T10:02:11+5:30"
            "2021-05-04T10:12:40+5:30",
            "date_stamp",
        ),
        ("SocialTwist Tell-a-Friend Print this Page COMMENT", "navigation"),  # a share bar
        (  # an archive's citation of the record it prints
            '"Memorandum of Conversation with the Soviet Ambassador, 4 May 1972," May 04, 1972,'
            " Foreign Ministry Archive, file 12, folder 3, pages 1-9. Obtained by the Cold War"
            " Records Project and translated by its staff.",
            "credits",
        ),
        (  # its disciplines
            "Part of the European History Commons, History of the Pacific Islands Commons, and"
            " the Military History Commons",
            "tags",
        ),
    ],
)
def test_each_furniture_rule_removes_its_line_and_reports_it(furniture, rule):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{furniture}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [(rule, furniture)]
    assert article.paragraphs == [BODY, BODY2]
    assert article.headline == HEADLINE


def test_a_caption_over_the_story_closing_on_an_agencys_credit_after_a_bar_is_no_headline():
    caption = (
        "Fishermen repair nets on the shore of the Okhotsk Sea on island of Kunashiri in the"
        " disputed Northern Territories, which are known as the Southern Kurils by Moscow. |"
        " REUTERS"
    )
    article = clean_article(f"  • {caption}\n{BODY}\n{BODY2}\n")
    assert article.headline is None
    assert [(r.rule, r.text) for r in article.removed] == [("caption", f"• {caption}")]
    assert article.paragraphs == [BODY, BODY2]


def test_a_caption_asking_for_the_librarys_credit_is_a_caption_however_long():
    caption = (
        "Kunashiri island, part of an archipelago under Russian control, visible from the Rausu"
        " Kunashiri Observatory Deck in Rausu, Hokkaido prefecture. - Four of the islands known as"
        " the Northern Territories in Japan and the southern Kuril islands in Russia are disputed"
        " and remain a bitter sticking point between Tokyo and Moscow, preventing them from"
        " signing a formal peace treaty.(Photo credit should read KAZUHIRO NOGI/AFP via Getty"
        " Images)"
    )
    article = clean_article(f"{caption}\n{HEADLINE}\n{BODY}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [("caption", caption)]
    assert article.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    "sentence",
    [
        BODY,
        "Russia said on Thursday it would not discuss the islands.",  # short, but a sentence
        "The first of a two-part series of summits opened in Moscow on Monday.",  # no note
        "By the end of 2018, Abe and Putin had met more than twenty times, officials said.",
        "Share prices rose in Tokyo after the two leaders agreed to keep talking, traders said.",
        "Troops were seen in this image released by the ministry (its first in a year) on Monday.",
        "Published in Tokyo, the report covers the talks from 1945 to 2019.",
        "This post is over 100 years old, the museum said.",
        "When using the materials Tokyo provided, Russian officials said the islands were theirs.",
        "The ministry said it was not responsible for the content of the leaflets.",
        "Follow-up talks on the islands will be held in Moscow, the ministry said.",
        '"We and our partners use every channel to store goodwill," Lavrov said of the talks.',
        "This article is for the islanders, the governor wrote in a letter to the newspaper.",
        '"We need your help to rebuild the port," the governor told the islanders on Monday.',
        "Your support can help, the mayor told residents who had lost their homes, officials said.",
        "The fund asked islanders to support independent reporting on Kunashir, officials said.",
        "The best site on the island for a port, the survey found, was the bay of Yuzhno-Kurilsk.",
        "Stay up to date with the latest news from the talks, the governor told the islanders.",
        "Islanders who find a seal in trouble should email it to the reserve, rangers said.",
        "The border has moved, the governor told the islanders, and the fleet must follow it.",
        "Take action now, the mayor told the town's council on Friday, or lose the ferry.",
        "Don't miss out on the ferry, the mayor told the islanders, it leaves at noon.",
        "TASS reported.",  # an attribution on a line of its own, not a source line
        "Delivered by hand to the embassy, the note demanded the release of the crew.",
        "Officials asked islanders to stay tuned for updates on the ferry to Nemuro.",
        "Photos from the island show the new pier in Yuzhno-Kurilsk, officials said.",
        "Back to the top of the agenda went the islands, the ministers said on Friday.",
        "Tokyo • Moscow • Beijing • Seoul all sent envoys to the talks, officials said.",
        "Please wait for the ministers to arrive, the spokesman told reporters on Friday.",
        "TOKYO > MOSCOW flights resumed on Friday after a two-year pause, officials said.",
        "The speech was checked against delivery by the ministry's staff on Monday.",
        "The story continues below the surface, where the two navies watch each other's boats.",
        "Watch on YouTube the governor's speech, the islanders were told by the town's council.",
        "No time to read the treaty, the deputy said, so he voted against it on Friday.",
        "The ferry is 1890km to Beijing and back, the company said of the new route on Friday.",
        "Anna Sato thumbnail sketches of the islanders were shown in Nemuro, officials said.",
        "Courtesy of the governor, the islanders got a new ferry to Nemuro on Friday.",
        "Time 4 days ago was short for the talks, the minister said in Tokyo on Friday.",
        "Write to the council at islands@nemuro.example.jp, the mayor told residents on Friday.",
        "The ministers met in Tokyo on Friday. (Update: Talks Resume)",
        "Date of birth records were lost in the war, the islanders said on Friday.",
        "Place of birth matters little to the islanders, the mayor said on Friday.",
        "Reported by Kyodo, the talks went on for three hours on Friday.",
        "See also the minister's answer: Tokyo will not drop its claim to the islands.",
        "READ the treaty first, the minister told the islanders at the meeting on Friday.",
        "June 15, 2024 • Ivan Petrov, who teaches at Example University, says the talks failed.",
        "Date: 2017-05-15 The ministers met in Moscow on Friday, officials said.",  # not the top
        "Something went wrong in the talks, officials said on Friday in Moscow.",
        "Please try again later, the ferry company told the islanders on Friday.",
        '"We will not give up the islands," Putin said in Moscow on Friday. (Getty Images)',
        "Comments are closed to the public at the summit, officials said on Friday in Moscow.",
        "Big link, small image: the bold quote was italic in print, the editor said on Friday.",
        "Translation by Google of the statement differed, officials said on Friday in Tokyo.",
        '"We saw the ship there," he said of the beach, as seen on March 16, 2019.',
        "Read the full statement of the ministry at mofa.go.jp",
        "We apologize for the inconvenience to the islanders, the ferry company said on Friday.",
        "Thank you for supporting our journalism, the editor wrote to readers in Nemuro.",
        "Screenshots of the video were shared widely in Tokyo on Friday, officials said.",
        "The ministry's website uses cookies to track visitors, the regulator said on Friday.",
        "Nemuro, Hokkaido, sent 200 boats to the islands in 2019, officials said on Friday.",
        '"What are you thinking?" the minister asked the reporters in Tokyo on Friday.',
        "Kyodo reports citing Russian media that the ferry to Shikotan will sail on Friday.",
        "12 boats, 14 boats and 16 boats left Nemuro on Friday, officials said.",
        "The ministers met in Moscow on Friday, officials said. Reported via AP",
        "Also on rt.com the talks were reported as a success, officials said on Friday.",
        "Provided by Japan, the aid reached Shikotan on Friday, officials said.",
        "The content of the note was produced by the ministry, officials said on Friday.",
        "Doi Suthep's monks prayed for the islanders on Friday, officials said.",
        "The talks with the islanders were hosted by MacArthur at 14:20",
        "$40 a month is what the ferry to Kunashir costs islanders, officials said.",
        "Free trial flights to Etorofu begin in June, officials said on Friday.",
        "Posted by Russian border guards on the shore, the sign warns fishermen off.",
        "By Feb 8, 2024 the ferry to Shikotan had stopped, Officials Said",
        "This is AI generated, the ministry said of the picture of the islands on Friday.",
        "Officials said so. This website uses data from the ministry, the agency said on Friday.",
    ],
)
def test_body_sentences_are_never_removed(sentence):
    article = clean_article(f"{HEADLINE}\n{BODY2}\n{sentence}\n{BODY2} Again.\n")
    assert sentence in article.paragraphs


def test_a_headline_saying_its_words_twice_is_no_tag_list():
    headline = "Russia talks to Japan as Russia talks to China"
    article = clean_article(f"{headline}\n{BODY}\n{BODY2}\n")
    assert (article.headline, article.paragraphs) == (headline, [BODY, BODY2])


def test_an_editors_pointer_to_a_related_story_goes_its_glued_copyright_naming_the_outlet():
    closing = "Editor: See related story here.© KYODO"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{closing}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("cross_link", "Editor: See related story here."),
        ("copyright", "© KYODO"),
    ]
    assert extract_metadata(article).outlet == "Kyodo"


def test_other_stories_under_a_most_read_label_go_past_the_dashes_between_them():
    titles = [
        "Ferry Operators on Hokkaido Weigh New Routes to Sakhalin; Talks With Russian Side Stall"
        " Again as Fishing Season Nears",  # over 20 words
        "Nemuro Asks Ferry Firms to Keep Offices Open until Just before 10 P.M.",  # its stop
        "Kelp Harvest Starts Late off Cape Nosappu",
    ]
    lines = ['"Politics" POPULAR ARTICLE', "-", titles[0], "-", titles[1], "-", titles[2]]
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, *lines]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert {r.text: r.rule for r in article.removed}[titles[1]] == "cross_link"


def test_a_courtesy_call_in_the_headline_is_no_pictures_lender():
    headline = "Courtesy Call from the Russian Ambassador"
    article = clean_article(f"{headline}\n{BODY}\n{BODY2}\n")
    assert (article.headline, article.paragraphs) == (headline, [BODY, BODY2])


@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_data_tables_rows_and_headings_go_and_a_sentence_under_them_stays(blank):
    table = [
        "Date Quake Cause Location",
        "Max Height",
        "Year Mo Dy Hr Mn Country Latitude Longitude",
        "1994 10 4 13 22 RUSSIA S. KURIL ISLANDS 43.773 147.321 10.40 113 2",
        "evid",
    ]
    counted = (
        "1994 saw 10 ships, 4 boats, 13 piers, 22 people, 55 houses, 8 roads and 3 bridges lost."
    )
    text = "\n".join([HEADLINE, "", *table, blank + BODY, counted, BODY2]) + "\n"
    article = clean_article(text)
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, counted, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("table", line) for line in table]


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("Ferry Terminal timetable, live map, fares, news", True),  # a port page's tabs
        ("Island guide, hotels, ferries, photos", True),
        ("Salmon, trout, crab, kelp", False),  # no tab closes it: a deck's list
        ("Fish, crab, kelp and news", False),
        ("Salmon, trout, crab, more", False),
    ],
)
def test_a_pages_tabs_written_as_a_list_under_its_title_go(line, gone):
    article = clean_article(f"{HEADLINE}\n{line}\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert ((line, "navigation") in [(r.text, r.rule) for r in article.removed]) is gone
    assert (line in article.paragraphs) is not gone


def test_headline_repeated_at_the_top_is_kept_once():
    text = f"{HEADLINE} / News / Some Site\nRate it\n{HEADLINE}\n\n{HEADLINE.upper()}\n{BODY}\n"
    article = clean_article(text)
    assert article.headline == HEADLINE
    assert [r.rule for r in article.removed] == ["title_bar", "navigation", "repeated_headline"]
    assert article.text == f"{HEADLINE}\n\n{BODY}"


@pytest.mark.parametrize(("pulled", "removed"), [(True, True), (False, False)])
def test_a_pull_quote_repeated_in_the_body_is_removed(pulled, removed):
    quote = '"Russia\'s response is extremely unfair and absolutely unacceptable"'
    said = quote[:-1] + ',"' + " Kishida told a parliamentary committee on Tuesday."
    text = f"{HEADLINE}\n{BODY}\n{quote}\n{BODY2}\n{said if pulled else BODY}\n"
    article = clean_article(text)
    assert (quote not in article.paragraphs) is removed
    # the name under it, closed by a comma, and the post under that go with it
    text = f"{HEADLINE}\n{BODY}\n{quote}\nFumio Kishida,\nPrime minister\n{BODY2}\n{said}\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2, said]


def test_a_sites_teasers_after_the_storys_sources_are_footer():
    teasers = [
        "The anatomy of a city's lynch mobs",
        "With violence at a fever pitch, victims ask why so few arrests were made.",
        "The rise of a country's 'burger' generation",
    ]
    text = "\n".join([HEADLINE, BODY, BODY2, BODY, "SOURCE: Agencies", *teasers]) + "\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2, BODY]
    assert [r.rule for r in article.removed] == ["credits", *["footer_furniture"] * 3]
    # a line after the sources that names the dispute is the story's: all stay
    story = "Japan still claims the islands it calls the Northern Territories, officials said."
    text = "\n".join([HEADLINE, BODY, BODY2, BODY, "SOURCE: Agencies", teasers[1], story]) + "\n"
    assert clean_article(text).paragraphs == [BODY, BODY2, BODY, teasers[1], story]


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        # the outlet's name alone under the story, a section's label, then its teaser: all go,
        # though the teaser names a party to the dispute
        (["Russkiy Mir", "News by subject", "A new book on life in Russia is out in Italy."], 0),
        # no label: a line naming the dispute is the story's
        (["Russkiy Mir", "Japan still claims the islands, officials said on Friday."], 1),
        # under a label, a paragraph naming the islands is the story's still: a subheading
        (["Russkiy Mir", "Background", "Russia has held the islands since 1945, it said."], 2),
    ],
)
def test_the_outlets_name_signing_the_story_off_closes_it(after, kept):
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, BODY, *after]) + "\n")
    assert article.paragraphs == [BODY, BODY2, BODY, *after[len(after) - kept :]][: 3 + kept]
    assert extract_metadata(article).outlet == "Russkiy Mir"


def test_an_outlets_name_among_the_topics_is_no_sign_off():
    # "Foreign Policy" among the topics, not under a paragraph: the author's note stays
    topics = ["Japan", "Politics", "Foreign Policy", "Written by Jane Roe"]
    bio = "Writer on East Asian politics."
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, BODY, *topics, bio]) + "\n")
    assert article.paragraphs[-1] == bio


def test_an_excerpt_cut_short_with_its_link_then_its_source_and_the_sites_footer():
    excerpt = (
        "Officials from both countries will meet in Tokyo next week to discuss joint projects "
        "on the islands. However, the question of who owns them …"
    )
    text = "\n".join(
        [
            HEADLINE,
            "By Anna Petrova and John Smith",
            f"{excerpt}read more",
            "",
            "Source: Geopolitical Futures",
            "",
            "Think tank digest",
            "",
            "This page collects what research institutes around the world write about Europe.",
            "More about the project you can read here",
            "Share This",
        ]
    )
    article = clean_article(text + "\n")
    assert article.paragraphs == [excerpt]
    assert extract_metadata(article).outlet == "Geopolitical Futures"
    assert clean_article(article.text).paragraphs == [excerpt]  # and so once cleaned
    assert [(r.rule, r.text) for r in article.removed][1:5] == [
        ("navigation", "read more"),
        ("source_line", "Source: Geopolitical Futures"),
        ("footer_furniture", "Think tank digest"),
        (
            "footer_furniture",
            "This page collects what research institutes around the world write about Europe.",
        ),
    ]


def test_a_sites_letter_to_its_readers_under_its_label_goes_to_the_pages_end():
    letter = [
        "Dear readers,",
        "Authorities in Russia have labelled our paper a foreign agent for what we publish.",
        "Our reporters will not stop covering Russia and its neighbours, Japan among them.",
        "Please support us with a small monthly gift. It takes a minute to set up.",
    ]
    label = "A Message from The Daily Example:"
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, label, *letter]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["prompt"] * 5
    # with no salutation under it, the lines under the label stay
    article = clean_article("\n".join([HEADLINE, BODY, label, *letter[1:], BODY2]) + "\n")
    assert article.paragraphs == [BODY, *letter[1:], BODY2]
    # a link label over the letter takes no line of it
    article = clean_article(
        "\n".join([HEADLINE, BODY, BODY2, "Related articles:", label, *letter]) + "\n"
    )
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["cross_link", *["prompt"] * 5]
    # and a line under the letter that speaks neither to the reader nor for the site is the story's
    article = clean_article("\n".join([HEADLINE, label, *letter, BODY, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]


def test_the_lines_under_a_sites_appeal_after_the_story_go_when_each_speaks_for_the_site():
    appeal = "Independent journalism isn’t dead. Help us keep it going."
    pitch = [
        "The Daily Example's reporters were first on the islands. Our maps are used in schools.",
        "Our reports are read and shared by diplomats in Tokyo and Moscow.",
        "We could not do this work without your support.",
    ]
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, appeal, *pitch]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["prompt"] * 4
    # a line that speaks neither to the reader nor for the site: the lines stay
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, appeal, *pitch, BODY]) + "\n")
    assert article.paragraphs == [BODY, BODY2, *pitch, BODY]
    # the appeal over the story, not after it: the story stays
    quoted = '"We will not give up the islands," the governor told our reporter.'
    article = clean_article("\n".join([HEADLINE, appeal, quoted, BODY2]) + "\n")
    assert article.paragraphs == [quoted, BODY2]


def test_a_subheading_inside_the_story_stays_though_the_next_paragraph_repeats_it():
    subheading = "Mixed reaction in Tokyo"
    below = "The lawmaker's trip to Moscow met with a mixed reaction in Tokyo, his office said."
    article = clean_article("\n".join([HEADLINE, BODY, subheading, below]) + "\n")
    assert article.paragraphs == [BODY, subheading, below]
    # a longer line printed again inside the story is a pull quote
    pulled = "The lawmaker's trip to Moscow met with a mixed reaction"
    article = clean_article("\n".join([HEADLINE, BODY, pulled, below]) + "\n")
    assert article.paragraphs == [BODY, below]


def test_the_authors_name_and_place_under_a_standfirst_over_a_credited_picture_are_header():
    standfirst = "After ten glasses of cognac, the lawmaker said he was immune from arrest."
    picture = ["A lawmaker at a committee meeting in Tokyo", "Photo by Jane Roe/Daily Example"]
    lines = [HEADLINE, standfirst, "Anna Sato", "Brooklyn, US", *picture, BODY, BODY2]
    article = clean_article("\n".join(lines) + "\n")
    assert article.paragraphs == [standfirst, BODY, BODY2]
    assert [r.rule for r in article.removed] == [
        "header_furniture",
        "header_furniture",
        "caption",
        "photo_credit",
    ]
    # no credited picture under them: the lines stay, a subheading's and the story's
    article = clean_article("\n".join([HEADLINE, standfirst, "Anna Sato", BODY, BODY2]) + "\n")
    assert article.paragraphs == [standfirst, "Anna Sato", BODY, BODY2]


@pytest.mark.parametrize(("end", "titled"), [(" (Sakhalin-2 project)", True), (".", False)])
def test_a_long_title_with_no_stop_over_its_date_under_a_sites_labels_is_the_headline(end, titled):
    title = (
        "The President will visit Yuzhno-Sakhalinsk on February 18, where he will take part in"
        f" opening the first liquefied natural gas plant of the country{end}"
    )
    lines = ["Site colours:", "Images", title, "February 16, 2009", BODY, BODY2]
    article = clean_article("\n".join(lines) + "\n")
    assert (article.headline == title) is titled
    assert (title in article.paragraphs) is not titled


def test_a_list_of_other_stories_titles_inside_the_story_goes():
    titles = [
        "- Russia invites Japan to join building projects on the islands",
        "- Army units on the islands to be rearmed by September — minister",
        "- Tokyo asks Moscow to call off a visit to the islands — Kyodo",
    ]
    article = clean_article("\n".join([HEADLINE, BODY, *titles, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["cross_link"] * 3
    # a list the story introduces, or of two items only, is the story's
    intro = "The programme the government adopted on Monday sets the islands three tasks:"
    article = clean_article("\n".join([HEADLINE, BODY, intro, *titles, BODY2]) + "\n")
    assert article.paragraphs == [BODY, intro, *titles, BODY2]
    article = clean_article("\n".join([HEADLINE, BODY, *titles[:2], BODY2]) + "\n")
    assert article.paragraphs == [BODY, *titles[:2], BODY2]


def test_an_agency_and_its_city_opening_a_page_with_no_headline_are_the_dateline():
    article = clean_article(f"Reuters, TOKYO\n\n{BODY}\n\n{BODY2}\n")
    assert (article.dateline.city, article.dateline.source) == ("TOKYO", "Reuters")
    assert article.paragraphs == [BODY, BODY2]
    assert extract_metadata(article).outlet == "Reuters"
    # a city alone there, no agency, is no dateline without a headline over it
    assert clean_article(f"TOKYO\n\n{BODY}\n\n{BODY2}\n").dateline is None


def test_caption_beside_a_photo_credit_and_standfirst_repeated_in_body_are_removed():
    standfirst = "Japan and Russia agreed on Monday to continue talks on a peace treaty"
    text = f"{HEADLINE}\n{standfirst}\nForeign Minister Fumio Kishida\n© AP Photo/Someone\n{BODY}\n"
    rules = {r.text: r.rule for r in clean_article(text).removed}
    assert rules == {
        standfirst: "repeated_in_body",
        "Foreign Minister Fumio Kishida": "caption",
        "© AP Photo/Someone": "photo_credit",
    }


@pytest.mark.parametrize(
    ("standfirst", "repeated"),
    [
        ("Japan and Russia agreed on Monday to continue talks on a peace treaty.", True),
        ("Moscow and Tokyo will keep talking despite the dispute, ministers said.", False),
    ],
)
def test_a_standfirst_sentence_the_lead_paragraph_repeats_is_removed(standfirst, repeated):
    byline = "By Reuters\n|\nNov. 14, 2018"
    text = f"{HEADLINE}\n{standfirst}\n{byline}\nTOKYO (Reuters) - {BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert article.paragraphs == ([] if repeated else [standfirst]) + [BODY, BODY2]
    rules = {r.text: r.rule for r in article.removed}
    assert rules.get(standfirst) == ("repeated_in_body" if repeated else None)
    assert rules["|"] == "symbols"


def test_a_standfirst_under_a_caption_printed_again_further_down_goes_once():
    caption = "Missile launchers are moved to their positions on the island. Picture: PA"
    standfirst = (
        "The move followed a series of steps by Moscow to build up its forces on the islands."
    )
    lead = "Russia moved coastal missile systems to a deserted island in the chain, it said."
    page = [HEADLINE, caption, standfirst, lead, BODY, standfirst, BODY2]
    article = clean_article("\n\n".join(page) + "\n")
    assert article.paragraphs == [lead, BODY, standfirst, BODY2]
    assert ("repeated_in_body", standfirst) in [(r.rule, r.text) for r in article.removed]
    # right under the headline, a paragraph the story prints again is not told from its own
    article = clean_article("\n\n".join([HEADLINE, *page[2:]]) + "\n")
    assert article.paragraphs == page[2:]


@pytest.mark.parametrize(
    "above",
    [
        "Japan and Russia",  # a section's title of words every article on the dispute uses
        "Sakhalin.info — News of Sakhalin and the Kuril Islands",  # a site's address and tagline
    ],
)
def test_a_section_title_or_site_name_above_the_headline_is_not_taken_for_it(above):
    headline = "Abe's hopes of a deal over the Kurils fade as Putin refuses"
    body = (
        "Shinzo Abe has staked much on a deal over the Kuril islands with Vladimir Putin, who "
        "refuses to hand back land, news from Sakhalin shows. Japan and Russia met in Moscow."
    )
    article = clean_article(f"{above}\n{headline}\n{body}\n{BODY}\n")
    assert article.headline == headline
    assert [(r.rule, r.text) for r in article.removed] == [("header_furniture", above)]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Press Conference by the Defense Minister Kishi (09:59-10:14 A.M. February 5, 2021)",
            True,
        ),
        ("Updated 09:59 A.M. (February 5, 2021)", False),  # a date line
    ],
)
def test_a_title_dated_in_brackets_is_the_headline_not_a_date_line(line, headline):
    article = clean_article(f"{line}\n{BODY}\n{BODY2}\n")
    assert (article.headline == line) is headline
    assert ({r.text: r.rule for r in article.removed}.get(line) == "date_stamp") is not headline


@pytest.mark.parametrize("note", [True, False])
def test_a_name_alone_whose_note_closes_the_page_is_the_byline(note):
    name = "James D.J. Brown"
    bio = f"{name} is an associate professor of political science at Temple University."
    text = f"{HEADLINE}\nSeptember 02, 2020\n{name}\n{BODY}\n{BODY2}\n" + (bio if note else "")
    article = clean_article(text)
    rules = {r.text: r.rule for r in article.removed}
    assert article.paragraphs == [BODY, BODY2]
    assert (rules.get(name) == "byline") is note
    assert rules.get(bio) == ("author_note" if note else None)


def test_site_tagline_before_the_headline_is_not_taken_for_it():
    text = (
        "Exclusive news, data and analytics for financial market professionals\n"
        f"{HEADLINE}\n{BODY}\n{BODY2}\n"
    )
    article = clean_article(text)
    assert article.headline == HEADLINE
    assert [r.rule for r in article.removed] == ["header_furniture"]


@pytest.mark.parametrize(
    ("paragraph", "city", "source", "rest"),
    [
        (
            "TOKYO (Pakistan Point News / Sputnik - 03rd July, 2020) Tokyo will continue.",
            "TOKYO",
            "Pakistan Point News / Sputnik - 03rd July, 2020",
            "Tokyo will continue.",
        ),
        (
            "TOKYO, March 20. /TASS/. Japan and Russia are ready.",
            "TOKYO",
            "TASS",
            "Japan and Russia are ready.",
        ),
        ("MOSCOW, Dec 16 (Reuters) - Russia said.", "MOSCOW", "Reuters", "Russia said."),
        ("Tokyo [Japan], March 26 (ANI): Japan protested.", "Tokyo", "ANI", "Japan protested."),
        (  # where the city lies, in slashes or brackets
            "ITURUP /Sakhalin Region/, July 26. /TASS/. Investors may get tax breaks.",
            "ITURUP",
            "TASS",
            "Investors may get tax breaks.",
        ),
        (
            "KURILSK (Iturup Island) (UrduPoint news / Sputnik - 26th July, 2021) Mishustin said.",
            "KURILSK",
            "UrduPoint news / Sputnik - 26th July, 2021",
            "Mishustin said.",
        ),
        ("Tokyo, Jan 22 (IANS) Abe and Putin met.", "Tokyo", "IANS", "Abe and Putin met."),
        (
            "YUZHNO-SAKHALINSK, Dec 15, PrimaMedia. Residents are watching.",
            "YUZHNO-SAKHALINSK",
            "PrimaMedia",
            "Residents are watching.",
        ),
        ("ST. PETERSBURG, October 14. /TASS/. The talks.", "ST. PETERSBURG", "TASS", "The talks."),
        (
            "NAGATO, Japan, Dec. 15 (Kyodo) -- Abe and Putin met.",
            "NAGATO",
            "Kyodo",
            "Abe and Putin met.",
        ),
        (
            "Tokyo, Feb. 7 (Jiji Press)--Japan marked the day.",
            "Tokyo",
            "Jiji Press",
            "Japan marked the day.",
        ),
        ("YUZHNO-SAKHALINSK (AP) — Residents said.", "YUZHNO-SAKHALINSK", "AP", "Residents said."),
        ("TOKYO -- Japan's government said.", "TOKYO", None, "Japan's government said."),
        ("MOSCOW. Jan 23 (Interfax) - Russia said.", "MOSCOW", "Interfax", "Russia said."),
        ("MOSCOW, 23 Jan - RIA Novosti. Russia said.", "MOSCOW", "RIA Novosti", "Russia said."),
        ("SEOUL, Jan. 23 (Yonhap) -- Seoul said.", "SEOUL", "Yonhap", "Seoul said."),
        ("TOKYO, January 23 /ITAR-TASS/. Japan said.", "TOKYO", "ITAR-TASS", "Japan said."),
        ("TOKYO, Jan. 23 (Xinhua) -- Japan said.", "TOKYO", "Xinhua", "Japan said."),
        ("NAGATO, Japan -- Abe and Putin met.", "NAGATO", None, "Abe and Putin met."),
        ("YUZHNO-SAKHALINSK, March 21. The talks.", "YUZHNO-SAKHALINSK", None, "The talks."),
        ("MOSCOW--Prime Minister Fukuda said.", "MOSCOW", None, "Prime Minister Fukuda said."),
        ("Singapore (dpa) - Putin and Abe agreed.", "Singapore", "dpa", "Putin and Abe agreed."),
        ("Jan. 22 (UPI) -- Putin and Abe agreed.", None, "UPI", "Putin and Abe agreed."),
        ("atynews.com – Japan has protested.", None, "atynews.com", "Japan has protested."),
        ("/DAILYEXAMPLE/ Japan has protested.", None, "DAILYEXAMPLE", "Japan has protested."),
        # an island of the dispute as the city, an agency kurils does not know, no dash
        (
            "Shikotan, Oct 17 (Example Agency) A group left.",
            "Shikotan",
            "Example Agency",
            "A group",
        ),
        ("(MENAFN) The Kremlin said.", None, "MENAFN", "The Kremlin said."),
        ("[REGNUM] Russia marked the day.", None, "REGNUM", "Russia marked the day."),
        ("[TOKYO] Japan protested.", "TOKYO", None, "Japan protested."),  # the city in brackets
        ("TOKYO, (Reuters) - Japan protested.", "TOKYO", "Reuters", "Japan protested."),
        ("TOKYO, July 3, Kyodo -- Japan protested.", "TOKYO", "Kyodo", "Japan protested."),
        # title case, no agency: only a city kurils knows (`patterns.KNOWN_CITIES`)
        ("Tokyo: Russia said Monday it was halting talks.", "Tokyo", None, "Russia said"),
        ("Moscow, 22 January: The Kremlin said.", "Moscow", None, "The Kremlin said."),
        ("Moscow 6 September : Russia ended it.", "Moscow", None, "Russia ended it."),
        ("Tokyo [Japan], May 5: Japan protested.", "Tokyo", None, "Japan protested."),
        ("MATSUE, SHIMANE PREF. - A boat was seized.", "MATSUE", None, "A boat was seized."),
        ("2015-12-02 While Putin was away, Moscow built.", None, None, "While Putin was away"),
        (
            "OSAKA, May 14, 2019, Japan Today. A lawmaker quit.",
            "OSAKA",
            "Japan Today",
            "A lawmaker",
        ),
        (  # a region in brackets, with a comma, then the date and the agency
            "NAKASHIBETSU (Hokkaido, Japan), 18 Jul — RIA Novosti. Planes left.",
            "NAKASHIBETSU",
            "RIA Novosti",
            "Planes left.",
        ),
        # Reuters' Japanese dateline translated: the city, the day and the agency in brackets
        (
            "[Nemuro City, 15th Reuters]–Mr. Sato was held for a year.",
            "Nemuro City",
            "Reuters",
            "Mr. Sato",
        ),
        # an outlet kurils does not know, after the date and its year
        (
            "NEMURO, Sep 2, 2020, Far East Wire. Boats left.",
            "NEMURO",
            "Far East Wire",
            "Boats left.",
        ),
        # a place kurils does not know, with its date and a dash
        ("Staunton, Nov. 4 – There are few Ainu.", "Staunton", None, "There are few Ainu."),
        ("Yuzhno-Sakhalinsk -- Residents said.", "Yuzhno-Sakhalinsk", None, "Residents said."),
        ("Tehran, IRNA - Russia has suspended talks.", "Tehran", "IRNA", "Russia has suspended"),
        ("Tokyo, 22 Mar The Japanese premier spoke.", "Tokyo", None, "The Japanese premier"),
        ("MOSCOW, January 19The tax regime starts.", "MOSCOW", None, "The tax regime starts."),
        ("MOSCOW, May 27.Recognition was withheld.", "MOSCOW", None, "Recognition was withheld."),
        ("VLADIVOSTOK, RUSSIA – Abe and Putin met.", "VLADIVOSTOK", None, "Abe and Putin met."),
        ("Dec. 15, 2016 (EIRNS)—Abe and Putin met.", None, "EIRNS", "Abe and Putin met."),
        ("PanARMENIAN.Net - Abe and Putin met.", None, "PanARMENIAN.Net", "Abe and Putin met."),
        # an aggregator's agency, then the copy's own: its source
        ("VLADIVOSTOK, Jan. 20 (AP) - (Kyodo)—Abe met.", "VLADIVOSTOK", "Kyodo", "Abe met."),
        ("Moscow. July 26. INTERFAX-Peskov spoke.", "Moscow", "INTERFAX", "Peskov spoke."),
        ("Moscow. 18 Nov. INTERFAX.RU Peskov spoke.", "Moscow", "INTERFAX.RU", "Peskov spoke."),
        ("SEA ISLAND, Ga. — Putin agreed.", "SEA ISLAND", None, "Putin agreed."),
        ("17 November 2005 -- Koizumi spoke.", None, None, "Koizumi spoke."),
        # a machine translation's month in lower case; a doubled dash
        ("TOKYO, may 11. /TASS/. A group left.", "TOKYO", "TASS", "A group left."),
        ("MOSCOW, July 26. /TASS/. /TASS/. A group left.", "MOSCOW", "TASS", "A group left."),
        ("Nemuro, Japan | A group left.", "Nemuro", None, "A group left."),  # a bar after them
        ("MOSCOW >> A group left.", "MOSCOW", None, "A group left."),  # the Star-Advertiser's
        ("ABU DHABI // A group left.", "ABU DHABI", None, "A group left."),  # The National's
        ("NAGATO • A group left.", "NAGATO", None, "A group left."),  # The Straits Times's
        ("TOKYO — TOKYO -- A group left.", "TOKYO", None, "A group left."),  # an archive's too
        ("Sep. 6 (EUROPA PRESS) – A group left.", None, "EUROPA PRESS", "A group left."),
        ("Nagato, Yamaguchi Pref., Dec. 15 (Jiji Press)--A group.", "Nagato", "Jiji Press", "A"),
        ("TOKYO, SEOUL and BEIJING — A group left.", "TOKYO, SEOUL and BEIJING", None, "A group"),
        ("KURILSK, August 6 (Itar-Tass) —— A group came.", "KURILSK", "Itar-Tass", "A group came."),
        ("MOSCOW A group left.", "MOSCOW", None, "A group left."),  # an archive's, its dash lost
        ("KYODO: A group left.", None, "KYODO", "A group left."),  # an agency's label, no city
        ("OREANDA-NEWS. A group left.", None, "OREANDA-NEWS", "A group left."),  # and a stop
        # a Chinese outlet's dateline in translation: its name where the city would be
        ("Overseas Network, May 28. A group left.", None, "Overseas Network", "A group left."),
        ("China News Service, Jan. 21, Dmitry Peskov spoke.", None, "China News Service", "D"),
        # RBC's wire: the agency, the day, the city and the time, glued to the lead
        ("RBC, 21.03.2012, Moscow 09:05:12.A group left.", "Moscow", "RBC", "A group left."),
        # a blog's label over the agency's copy, quoted with its dateline
        ("ITAR-TASS: “KURILSK, May 6 (Itar-Tass) — A group came.", "KURILSK", "Itar-Tass", "A"),
        # a digest's note on the paper it translates (the Current Digest of the Russian Press)
        (
            "(By Ivan Petrov. The Evening Courier, Nov. 29, 2016, p. 4. Complete text:) A group"
            " left.",
            None,
            "The Evening Courier",
            "A group left.",
        ),
        ("(Izvestia, May 5, 2016, p. 2. Condensed text:) A group left.", None, "Izvestia", "A"),
        # a machine translation of TASS's own reporter's, its closing slash lost
        (
            "TOKYO, June 18. /Corr. TASS Ivan Petrov. A group left.",
            "TOKYO",
            "Corr. TASS Ivan Petrov",
            "A",
        ),
    ],
)
def test_dateline_prefix_is_removed_and_kept_in_the_report(paragraph, city, source, rest):
    article = clean_article(f"{HEADLINE}\n{paragraph}\n{BODY}\n")
    assert article.dateline is not None
    assert (article.dateline.city, article.dateline.source) == (city, source)
    assert article.paragraphs[0].startswith(rest)
    assert [r.rule for r in article.removed] == ["dateline"]


def test_a_place_and_a_credit_alone_under_a_body_paragraph_is_a_caption_not_a_dateline():
    # under a body paragraph, on a page with no headline: a caption, no dateline, and no agency
    # taken for the outlet
    for place in ("Southern Kuril Islands (Japan Kyodo News)", "Iturup, Kurils (Sputnik)"):
        article = clean_article(f"{BODY} {BODY2}\n\n{place}\n\n{BODY}\n")
        assert [(r.rule, r.text) for r in article.removed] == [("caption", place)]
        assert article.dateline is None
        assert extract_metadata(article).outlet is None
    # with its dash, the dateline alone on its line over the lead
    article = clean_article(f"{BODY} {BODY2}\n\nIturup, Kurils (Sputnik) —\n\n{BODY}\n")
    assert article.dateline is not None and article.dateline.source == "Sputnik"
    assert article.paragraphs == [f"{BODY} {BODY2}", BODY]


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO (the alliance) said on Friday it was watching the drills closely, officials said.",
        "Japan (population 125 million) has asked for the islands since 1945, officials said.",
        "UPDATE -- The ministers met in Moscow on Friday to discuss the islands, officials said.",
        "PRIME MINISTER ABE: I have just held a summit meeting with President Putin.",
        "MR. PESKOV: The Kremlin has nothing to add on the islands.",
        "FOREIGN MINISTER LAVROV -- We are ready to talk about a peace treaty.",
        "March 20 (a Monday) - the two ministers met in Moscow to discuss the islands, it said.",
        "TOKYO, March 3, Tuesday. The ministers met in Moscow to discuss the islands, it said.",
        "Abe: I have just held a summit meeting with President Putin in Moscow on the islands.",
        "Sakhalin: the governor said on Friday that talks with Japan on the islands would go on.",
        "Moscow, however, has hardened its position on the islands since the summit, it said.",
        "Washington, Tokyo - both capitals said on Friday they would keep talking about it.",
        "Tokyo, may 11 islanders return? Officials said on Friday they would decide next week.",
        "Japan and Russia - The two neighbours never signed a peace treaty, officials said.",
        "WATCHING OVER SHIPS: A lighthouse on Cape Nosappu, the easternmost end of Japan.",
        "17 November -- Koizumi and Putin met in Tokyo to discuss the islands, officials said.",
        "Tokyo 2020 - the Olympic year - brought no talks on the islands, officials said.",
        "2015-12-02 is when the talks opened in Tokyo on the islands, officials said.",
        "Monday, Nov. 4 – the day of the talks – brought nothing new on the islands, it said.",
        "Staunton, Nov. 4 is the day the talks open in Tokyo on the islands, officials said.",
        "Gov.uk - the British government's site - said nothing of the islands, officials said.",
        "(Corrects date) The ministers met in Moscow on Friday to discuss the islands, it said.",
        "[Update] The ministers met in Moscow on Friday to discuss the islands, it said.",
        "Nagato • the summit's town • saw the ministers meet on Friday on the islands, it said.",
        "TOKYO and MOSCOW — both capitals said on Friday they would keep talking, it said.",
        # a lead's first word printed in capitals: a place kurils does not know, or a name
        "KAKADU Rangers say the park has had fewer visitors since the talks stalled.",
        "MOSCOW Mayor Sergei Sobyanin said on Friday the city had no view on the islands.",
        "TOKYO, June 18. /Corr. Reuters Ivan Petrov. The ministers met in Moscow, it said.",
        "/ASAP/ is what the ministry asked of Tokyo on the islands, officials said on Friday.",
        "Shikotan, the smallest of the inhabited islands, has a new school, officials said.",
        "Izvestia: Mr Ambassador, how do you assess the state of the peace treaty talks?",
        "Showing posts from the islands, the ministry said the talks would go on.",
        "Source: the ministry said on Friday; the talks would resume in Tokyo next month.",
        "McDonald, MacArthur and DeMarcus met YouTube staff in Tokyo, officials said.",
        "Read the original treaty in Russian, the minister told the deputies on Friday.",
        # a name and a day, or a label in capitals and a stop, that is no outlet kurils knows
        "Golden Week, May 3. The ministers met in Moscow on the islands, officials said.",
        "Victory Day, May 9, The ministers met in Moscow on the islands, officials said.",
        "NOTE. The ministers met in Moscow on Friday on the islands, officials said.",
        # a day and a time in a sentence, no agency opening it
        "On Friday, 21.03.2012, Moscow time 09:05 the ministers met on the islands, it said.",
        # a title in capitals, a word and a dash opening it (a PDF's, a word lost after the dash)
        "JAPAN- TERRITORIAL DISPUTES AND NORTHEAST ASIAN STABILITY",
    ],
)
def test_dateline_look_alikes_are_body(paragraph):
    article = clean_article(f"{HEADLINE}\n{paragraph}\n{BODY}\n")
    assert article.dateline is None
    assert article.paragraphs[0] == paragraph


def test_a_headline_closing_on_a_stop_over_an_outlets_dateline_is_the_headline():
    # a translated Chinese page: its headline a sentence, its lead under the outlet's dateline
    headline = "Russian guards inspected a Japanese trawler, and its 14 crew were taken away."
    lead = "According to NHK, the trawler was fishing off Wakkanai on the 28th, officials said."
    page = f"{headline}\n\nOverseas Network, May 28. {lead}\n\n{BODY}\n"
    article = clean_article(page)
    assert article.headline == headline
    assert article.paragraphs == [lead, BODY]
    assert article.dateline is not None and article.dateline.source == "Overseas Network"


@pytest.mark.parametrize(
    "label", ["Justin McCurry in Tokyo", "Yevgeny Shestakov", "By RFE/RL", "Politics & Government"]
)
def test_a_name_alone_between_headline_and_body_is_furniture(label):
    article = clean_article(f"{HEADLINE}\n{label}\n{BODY}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] in (
        [("header_furniture", label)],
        [("source_line", label)],
    )
    assert (article.headline, article.paragraphs) == (HEADLINE, [BODY, BODY2])


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "FILE - In this Dec. 15, 2016, file photo, Russian President Vladimir Putin, left, and "
            "Japanese Prime Minister Shinzo Abe shake hands before their talks in Nagato, western "
            "Japan. (Alexander Zemlianichenko/Pool Photo via AP, File)",
            True,
        ),
        (
            "Photo taken from a Japanese plane shows Kunashiri Island, one of the disputed "
            "islands. (Kyodo)",
            True,
        ),
        ("A poll published on Monday shows support for the talks fell to 30 percent.", False),
        ("Abe met Putin in Nagato, where the talks ran late into the night (Kyodo).", False),
        (
            "FILE - Russian President Vladimir Putin, left, and Japanese Prime Minister Shinzo Abe"
            " shake hands in Nagato, Japan, Dec. 15, 2016.",
            True,
        ),
        (
            "Russian President Vladimir Putin has signed amendments that prohibit ceding Russian"
            " land.PHOTO: AFP",
            True,
        ),
        ("The file was sent to Tokyo, officials said, and the photo was published: AFP", False),
        (
            "Photo: Shinzo Abe and Vladimir Putin met on the sidelines of the ASEAN summit in"
            " Singapore. (AP: Vyacheslav Prokofyev)",
            True,
        ),
        (
            "Russian President Vladimir Putin in Moscow on March 18, 2022 © Mikhail Klimentyev,"
            " Sputnik/AFP",
            True,
        ),
        ("The treaty text is protected © by law, officials said.", False),
        (  # the AP's: the picture's place, weekday and date
            "Su-35 jets of the Russian Falcons perform during an air show in Zhukovsky, outside"
            " Moscow, Russia, Friday, July 21, 2017",
            True,
        ),
        ("The air show near Moscow opened, the organisers said on Friday, July 21, 2017.", False),
        (  # the AP's file picture, named so, and the story it goes with, dated
            "A lighthouse stands on a cape of Shikotan Island in this undated file photo. A strong"
            " earthquake shook the southern Kuril islands on Tuesday night, Oct. 4, 1994.",
            True,
        ),
        (  # the picture named in a sentence that reports someone's words
            "The mayor, pictured in this 2019 photo, said the town was rebuilt by Oct. 4, 1994.",
            False,
        ),
        ("Townscape of Shana, Etorofu Island, on February 2, 2023. (© Kyodo)", True),
        ("The ministry printed the full text of the declaration (© the ministry).", False),
        ("Map of the four islands. Hokkaido's Nemuro Peninsula is to the left.", True),
        ("A map of the islands was handed to the minister in Moscow, officials said.", False),
        ("Photograph of the Prime Minister delivering an address at the rally 2", True),
        ("• Photograph of the leaders shaking hands (2)", True),  # a gallery's bulleted list
        (  # an agency's name alone in square brackets after a caption placing a person
            "Japan's Foreign Minister Nobutaka Machimura (R) delivers a joint statement with"
            " Russia's Foreign Minister Sergei Lavrov at the foreign ministry's guest house in"
            " Tokyo May 31, 2005. Lavrov is in Tokyo on a two-day visit to discuss with Japanese"
            " officials a decades-old territorial row and the timing of a visit by Putin."
            " [Reuters]",
            True,
        ),
        ("The ministers did not agree on the islands, officials said. [Reuters]", False),
        ("• A map of the islands was handed to the minister in Moscow, officials said.", False),
        ("Medvedev talks to residents of Kunashiri (photo credit: Associated Press)", True),
        ("Abe and Putin attend a joint press conference (Daily News)", True),
        ("Shikotan – one of the bigger Kuril Islands. Photo: iStock / Getty", True),
        (  # two people placed, in a sentence
            "Prime Minister Fumio Kishida, center, answers questions from Renho of the opposition,"
            " right, during a session of the upper house budget committee on Thursday.",
            True,
        ),
        ("The Southern Kurils seen from the International Space Station - Wikipedia", True),
        ("The islands' article on Wikipedia was edited after the summit, officials said.", False),
        ("The governor meets the Japanese delegation. Photo courtesy of the regional office", True),
        (
            "The governor said the photo was a courtesy of the regional office, officials said.",
            False,
        ),
        ("Flights will go to Khabarovsk at first. Pictures: airports-example.ru", True),
        ("Flights will go to Khabarovsk, officials said. Pictures follow at example", False),
        (
            "Shikotan is shown in this aerial picture taken on Dec. 2, 2016. (Mainichi/Jane Doe)",
            True,
        ),
        ("Tokyo and Moscow swap plans for the Kurils© Photo: Russian geographical society", True),
        ("Putin speaks in the Kremlin in Moscow, Russia. Kremlin Press Service", True),
        ("The statement came from the Kremlin Press Service", False),
        ("Russian Prime Minister Dmitry Medvedev  Ivan Petrov/POOL/TASS", True),
        # a stop before the credit: a reporter's sign-off, but for the picture's agency and the
        # one that sent it
        ("Prime Minister Dmitry Medvedev met the island's reporters. Ivan Petrov/TASS", False),
        ("The ministers met in Moscow on Friday. Ivan Petrov / TASS", False),
        (
            "Japan calls the four islands off Hokkaido its Northern Territories."
            " Kim J. Ho / AP / TASS",
            True,
        ),
        ("Putin meets Abe at the Kremlin. Ivan Petrov/POOL/TASS", True),
        # the ABC's: the outlet and its photographer glued to the stop, or a source's picture
        ("Ferries to the islands are cancelled for the winter.(ABC News: Jane Roe)", True),
        ("Ferries to the islands are cancelled. (Supplied: Department of Defence)", True),
        ("The ministers met in Tokyo on Friday. (Update: Talks Resume)", False),
        ("(Photo 1) Foreign Ministers shaking hands", True),  # the picture's number (MOFA)
        ("Volodymyr Zelenskyy (Photo:Office of the President)", True),  # a name, then the credit
        # the East Asia Forum's: the credit in brackets, then the stop
        ("Putin and Abe meet in Moscow, Russia, 22 January 2019 (Photo: Reuters/Jane Roe).", True),
        ("The ministers met in Tokyo (photo: the talks were long).", False),
        # two sentences: a paragraph, its picture's credit glued on, stays
        ("The ministers met in Tokyo. They will meet again in Moscow (Photo: Reuters).", False),
        ("(Photos were not released, officials said.)", False),
        # China Daily's credit in square brackets
        ("A sign in Nemuro asks for the islands back, on April 14, 2017. [Photo/Agencies]", True),
        ("Shikotan harbour - Courtesy Jane Roe at Example Photos", True),  # its lender after a dash
        ("Talks went on - courtesy of both sides, officials said.", False),
        ("Ferries to Shikotan run twice a week. [Photo provided to China Daily]", True),
        ("The ministry said the talks would go on [see the photo/video section].", False),
        (  # over 25 words, its credit a file picture's
            "Abe meets Putin at a hot spring resort in Nagato, Japan, in December 2016. The two"
            " leaders agreed to joint economic activities on the islands. File Pool Photo by Ivan"
            " Petrov/EPA",
            True,
        ),
        ("Abe met Putin in Nagato. File photos by the ministry were shown, officials said.", False),
        ("(Cover: Prime Minister Yoshihide Suga (L) and President Vladimir Putin.)", True),
        ("(Cover story: the talks went on for three hours.)", False),
        ("Abe and Putin discussed the islands for an hour (Daily News)", False),
        ("Abe and Putin shake hands in Singapore on Wednesday. KYODO NEWS/GETTY IMAGES", True),
        (  # a picture library's name alone, closing a caption in the present tense
            "Dmitry Medvedev takes part in a meeting at the Kremlin in Moscow. He suggested"
            " officials should... GETTY IMAGES",
            True,
        ),
        ("Japan takes part in the talks in Moscow, the ministry said on Tuesday.", False),
        ("The talks ended without a deal on Wednesday. TASS/RIA", False),
        ("Putin and Abe met in 2019.| Photo: EFE / EPA / SERGEY GUNEEV / KREMLIN POOL", True),
        ("Putin and Abe fail to agree on islands | Photos: Reuters", False),  # a page title
        ("Photographs of the islands were shown to the press in Tokyo, officials said.", False),
        (
            "Prime Minister Shigeru Ishiba speaks at a national rally calling for the return of the"
            " islands in Tokyo on Feb. 7, 2025. (Kyodo)",
            True,
        ),
        (
            "Photo/Illutration Prime Minister Shinzo Abe, right, and Russian President Vladimir"
            " Putin at a joint news conference in Tokyo on Dec. 16 (Pool)",
            True,
        ),
        (
            "Russia has deployed new coastal missile systems to the disputed Kuril Islands, the"
            " defense ministry said. (photo: Russian Ministry of Defense)",
            True,
        ),
        ("Tokyo protested after the ministry released a video (photo and text below).", False),
        (
            "Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe attend a press"
            " conference in Moscow on January 22, 2019. Photo by AFP",
            True,
        ),
        (
            "Abe met Putin in Moscow. Photos by Kremlin staff were released later, officials said.",
            False,
        ),
        (  # a bar and a credit, no stop: over 15 words
            "A crab fishing boat is seen at the port in Nemuro on the eastern tip of Hokkaido in"
            " April 2016 | AP",
            True,
        ),
        (  # a press service's credit after the stop, over 25 words
            "Moscow and Tokyo's dispute over the islands has kept them from signing a formal peace"
            " treaty since the end of World War II. Press service of the Russian Defense Ministry"
            " / TASS",
            True,
        ),
        # a name and its credit after a slash, a site's address
        ("Deputy Minister Ivan Petrov / Photo: example.ru", True),
        ("Talks resumed in Moscow / Photo: the first of many talks, officials said.", False),
        # a slide's description, its credit after the stop
        (
            "A closer look at the landslide scarp near Malokurilskoe, Shikotan Island. View is to"
            " the north. Photo credit: J. Roe",
            True,
        ),
        # its credit in square brackets, the label closed by a colon or, mistyped, a stop
        ("A landslide near the river on Kunashir Island. [Photo credit: J. Roe.]", True),
        ("A cracked wall inside the school on Shikotan. [Photo credit. J. Roe.]", True),
        (
            "The ministers met in Moscow on Friday. [Photo credits were lost, officials said.]",
            False,
        ),
        # a lender's and an agency's credit opening the caption
        ("Courtesy of the Coast Guard / Kyodo A patrol boat is spotted off Nemuro.", True),
        ("Courtesy of the Coast Guard, a patrol boat was sent to Nemuro on Tuesday.", False),
        ("The Habomai islets. (Hokkaido University, 2017)", True),  # a paper's figure
        ("Fishing grounds around Shikotan. (Sato, 2009a)", True),
        ("The islands were seized in August and September of 1945. (Sato, 2009)", False),
        ("Vladimir Burkanov Vladimir Burkanov Photo: Chris Burkard", True),  # alt text, caption
        # an agency's name glued to the caption's first word, the picture's day closing it
        ("Ria-NovostiPresident Putin shares a joke with Abe in Vladivostok on Tuesday.", True),
        ("Ria-NovostiPresident Putin said Japan must recognize the outcome on Tuesday.", False),
        # one sentence, its picture's month and year in brackets after its stop
        ("Former residents visited their families' graves on Kunashiri. (September 2017)", True),
        ("The talks ended. Both sides will meet again in Tokyo. (September 2017)", False),
        ('"We will return," a former resident told reporters. (September 2017)', False),
    ],
)
def test_photo_captions_of_any_length_are_removed(line, caption):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{BODY2}\n")
    assert (line not in article.paragraphs) is caption
    assert [p for p in article.paragraphs if p != line] == [BODY, BODY2]


@pytest.mark.parametrize(
    ("label", "rule"),
    [
        ("Read also", "navigation"),
        ("DW RECOMMENDS", "cross_link"),
        ("Check Also", "cross_link"),
        ("LATEST NATIONAL STORIES", "cross_link"),
        ("Featured Post", "cross_link"),
        ("Related readings:", "cross_link"),
        ("Read our in-depth coverage:", "cross_link"),  # a live blog's
    ],
)
def test_a_link_label_takes_the_linked_headline_with_it(label, rule):
    link = "Japan's sanctions against Russia: what is known"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{label}\n{link}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [(rule, label), ("cross_link", link)]
    assert article.paragraphs == [BODY, BODY2]


def test_a_credit_under_its_label_is_the_credit_not_the_outlet():
    text = f"{HEADLINE}\nImage copyright\nAFP\nImage caption\nMr Putin arrived late\n{BODY}\n"
    article = clean_article(text)
    assert [(r.rule, r.text) for r in article.removed] == [
        ("photo_credit", "Image copyright"),
        ("photo_credit", "AFP"),
        ("photo_credit", "Image caption"),
        ("caption", "Mr Putin arrived late"),
    ]
    assert extract_metadata(article).outlet is None


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("TOKYO", "TOKYO"),
        ("YUZHNO-SAKHALINSK", "YUZHNO-SAKHALINSK"),
        ("ANALYSIS", None),
        ("NATIONAL", None),
        ("KYODO", None),
        ("NAGATO, Yamaguchi —", "NAGATO"),
        ("TOKYO --", "TOKYO"),
        ("ANALYSIS —", None),
        ("AFP, TOKYO", "TOKYO"),  # the agency, then the city (the Taipei Times)
        ("Reuters, MOSCOW", "MOSCOW"),
        ("Reuters | , Tokyo", "Tokyo"),
        ("Moscow —", "Moscow"),
        ("Reuters | World News", None),  # a section, not a city
        ("Staff writer, TAIPEI", None),  # a byline, not an outlet and a city
    ],
)
def test_a_city_alone_between_headline_and_body_is_the_dateline(line, city):
    article = clean_article(f"{HEADLINE}\n{line}\n{BODY}\n{BODY2}\n")
    assert (article.dateline.city if article.dateline else None) == city
    assert (article.headline, article.paragraphs) == (HEADLINE, [BODY, BODY2])


@pytest.mark.parametrize(
    ("stamp", "city"),
    [
        ("TOKYO, December 16, 2016 20:32 IST", "TOKYO"),  # The Hindu's dateline
        ("NEW DELHI, March 22, 2022 12:59 IST", "NEW DELHI"),
        ("SINGAPORE -- Nov 14, 2018, 5:53 AM ET", "SINGAPORE"),  # ABC News
        ("December 16, 2016 20:32 IST", None),  # a date line, no city
        ("UPDATED, December 16, 2016 20:32 IST", None),
        ("REUTERS, December 16, 2016", None),
        ("MOSCOW Mar 21, 2022 - 6:14 pm GMT+3", "MOSCOW"),  # Daily Sabah: no comma
        ("BY TOM PARFITT March 21, 2022", None),  # a byline
        ("UPDATED Mar 21, 2022", None),
    ],
)
def test_a_date_line_that_opens_with_its_city_is_the_dateline(stamp, city):
    article = clean_article(f"{HEADLINE}\n{stamp}\n{BODY}\n{BODY2}\n")
    assert (article.dateline.city if article.dateline else None) == city
    assert (article.headline, article.paragraphs) == (HEADLINE, [BODY, BODY2])
    assert extract_metadata(article).published == patterns.full_date_value(
        patterns.FULL_DATE.search(stamp)
    )


def test_the_agency_before_a_city_alone_is_the_outlet():
    article = clean_article(f"Taipei Times\n{HEADLINE}\nAFP, TOKYO\n{BODY}\n{BODY2}\n")
    assert article.dateline.source == "AFP"
    assert extract_metadata(article).outlet == "AFP"


@pytest.mark.parametrize(
    ("label", "statement"),
    [
        (
            "Disclosure statement",
            "Anna Kireeva has received funding from the Russian Science Foundation.",
        ),
        ("Partners", "Temple University provides funding as a member of The Conversation US."),
        (
            "Conflicts of interest:",
            "The author is a member of the Japan-Russia Friendship Society.",
        ),
    ],
)
def test_a_disclosure_under_its_label_is_furniture(label, statement):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{label}\n{statement}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [
        ("disclosure", label),
        ("disclosure", statement),
    ]
    assert article.paragraphs == [BODY, BODY2]


def test_a_funding_sentence_without_a_disclosure_label_is_body():
    sentence = "The institute receives funding from the Japanese government, its director said."
    article = clean_article(f"{HEADLINE}\n{BODY}\nPartners in Tokyo\n{sentence}\n{BODY2}\n")
    assert sentence in article.paragraphs


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Vladimir Putin and Shinzo Abe in Moscow ( Reuters )", True),
        ("Residents of Shikotan Island (Kyodo)", True),
        ("Ainu in traditional clothes at a museum (Source: Jane Roe, WikiCommons)", True),
        ("Ainu in traditional clothes at a museum (Source of pride)", False),  # no credit's label
        ("Taro Kono | Kyodo", True),  # a name, then a known outlet after a bar
        ("Vladimir Putin | RIA NOVOSTI / VIA REUTERS", True),
        ("Taro Kono | Friends", False),  # no outlet
        ("Abe met Putin in Moscow on Tuesday (Reuters).", False),  # a sentence
        (
            "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin met in"
            " Moscow on Tuesday for their 25th summit since 2012, but no breakthrough on the"
            " islands that both claim was in sight (Reuters)",
            False,
        ),  # over 25 words
    ],
)
def test_a_short_line_ending_in_a_credit_below_the_headline_is_a_caption(line, caption):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{BODY2}\n")
    assert (line not in article.paragraphs) is caption
    assert article.headline == HEADLINE
    if caption:  # above the body, the same line is the headline: "Kuril Dispute | Reuters"
        assert clean_article(f"{line}\n{BODY}\n{BODY2}\n").headline is not None


def test_a_table_in_markdown_is_taken_out_whole():
    table = [
        "Total population | |",
        "---|---|",
        "About 100 (census of 2010) | |",
        "Languages | |",
        "Russian, formerly Ainu | |",
    ]
    article = clean_article("\n".join([HEADLINE, BODY, *table, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("table", row) for row in table]
    # a line with a bar that no table's rule joins stays, and so does one after a blank line
    barred = "The talks | which began in 1956 | went on in Moscow on Friday, officials said."
    after = "Census | figures for the islands were not published in 2010, officials said."
    article = clean_article("\n".join([HEADLINE, BODY, barred, *table, "", after]) + "\n")
    assert article.paragraphs == [BODY, barred, after]
    # its label over it, its value the table's cells ("Long name:" / "| |"); not a sentence's
    labelled = ["Full title:", "| |", *table[1:]]
    article = clean_article("\n".join([HEADLINE, BODY, *labelled, BODY2]) + "\n")
    assert [(r.rule, r.text) for r in article.removed] == [("table", row) for row in labelled]
    said = "The ministry listed the figures as follows:"
    article = clean_article("\n".join([HEADLINE, BODY, said, *table, BODY2]) + "\n")
    assert article.paragraphs == [BODY, said, BODY2]


@pytest.mark.parametrize(
    "line",
    [
        "Le Monde and AFP reported the talks on Tuesday.",  # English function words
        "Kunashir, Iturup, Shikotan, Habomai: une histoire",  # one French function word
        "Vladimir Putin, Sergei Lavrov, Dmitry Peskov, Maria Zakharova",  # names only
    ],
)
def test_english_lines_and_lists_of_names_are_not_foreign_language(line):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{BODY2}\n")
    assert "foreign_language" not in [r.rule for r in article.removed]


def test_a_caption_that_reads_as_a_sentence_goes_with_its_credit_below_the_headline():
    caption = "Prime Minister Fumio Kishida speaks at a national rally in Tokyo on Wednesday."
    text = f"{HEADLINE}\n{caption}\nThe Yomiuri Shimbun\n{BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert ("caption", caption) in [(r.rule, r.text) for r in article.removed]
    assert (article.headline, article.paragraphs) == (HEADLINE, [BODY, BODY2])
    # the last paragraph above a closing credit stays, caption words or not
    last = "Putin meets Abe again in Vladivostok in September, officials said."
    article = clean_article(f"{HEADLINE}\n{BODY}\n{last}\nReuters\n")
    assert article.paragraphs == [BODY, last]


def test_a_list_of_linked_headlines_goes_with_its_label_and_a_sentence_after_it_stays():
    links = ["Stocks Slide as Fed Signals Faster Hikes", "Oil Jumps After EU Debates Russian Ban"]
    after = "Abe had made the talks a priority"  # no stop, but no headline either: stays
    text = f"{HEADLINE}\n{BODY}\nMost Read from Bloomberg\n" + "\n".join(links)
    article = clean_article(f"{text}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [
        ("cross_link", line) for line in ["Most Read from Bloomberg", *links]
    ]
    article = clean_article(f"{HEADLINE}\n{BODY}\nRead also\n{links[0]}\n{BODY2}\n{after}.\n")
    assert article.paragraphs == [BODY, BODY2, f"{after}."]


def test_a_summary_a_machine_made_goes_with_its_label_and_note():
    summary = "Japan and Russia agreed to keep talking about a peace treaty, ministers said."
    note = "Disclaimer:The above summary was generated by the site's AI model for information."
    text = "\n".join([HEADLINE, "Newsroom summary", summary, note, "Original content", BODY])
    article = clean_article(text + "\n")
    assert article.paragraphs == [BODY]
    assert [r.rule for r in article.removed][:3] == ["highlights"] * 3
    # a paragraph under the label with no such note is the story's
    text = "\n".join([HEADLINE, "Newsroom summary", summary, BODY])
    assert clean_article(text + "\n").paragraphs == [summary, BODY]


def test_after_an_excerpt_cut_short_and_its_source_the_sites_prompts_go():
    excerpt = f"{BODY} The ministry added that “the talks will go on, and we are ..."
    prompts = ["Would you like more in-depth insights?", "Gain access to detailed analysis."]
    article = clean_article("\n".join([HEADLINE, excerpt, "Source: Kvedomosti", *prompts]) + "\n")
    assert article.paragraphs == [excerpt]
    assert [r.rule for r in article.removed] == ["credits", "footer_furniture", "footer_furniture"]


def test_the_only_paragraph_under_a_newsletters_sign_up_is_the_story_not_its_blurb():
    sign_up = "Stay on top of the news with our Daily Brief newsletter."
    article = clean_article(f"{HEADLINE}\n{sign_up}\n{BODY}\n")
    assert article.paragraphs == [BODY]
    blurb = "A digest of the week's reports and analysis. If it matters, we sum it up."
    article = clean_article(f"{HEADLINE}\n{BODY}\n{sign_up}\n{blurb}\n")
    assert article.paragraphs == [BODY]


def test_a_sign_up_widgets_short_sentences_beside_its_prompts_go():
    sign_up = "Stay on top of the news with our Daily Brief newsletter."
    widget = ["Nice work! Enjoy the show!", "You’re busy. We get it.", sign_up]
    article = clean_article("\n".join([*widget, f">> {BODY}", BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        *[("prompt", line) for line in widget],
        ("symbols", ">>"),  # a transcript's mark of a new speaker
    ]
    # a short sentence there that names the dispute is the story's
    standfirst = "Japan wants its islands back."
    article = clean_article("\n".join([HEADLINE, standfirst, sign_up, BODY]) + "\n")
    assert article.paragraphs == [standfirst, BODY]


def test_a_links_label_takes_the_headline_under_it_past_a_prompt_between():
    prompt = "Stay on top of the news with our Daily Brief newsletter."
    links = ["Putin arrives in Japan", "Abe leaves Moscow"]
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, "Most Read", prompt, *links]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["navigation", "prompt", "cross_link", "cross_link"]
    # and cleaned again, with the prompt gone, the same
    assert clean_article(article.text).paragraphs == [BODY, BODY2]


def test_a_linked_headline_may_carry_its_teaser_cut_short():
    links = ["1. Scientists map the seabed off the Kuril chain for the first time", "Sep 28, 25"]
    teaser = "A survey ship spent three weeks charting the trench east of the islands, and found…"
    text = "\n".join([HEADLINE, BODY, BODY2, "What's New?", *links, teaser, "Read more"])
    article = clean_article(text + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["cross_link"] * 4 + ["navigation"]


def test_story_highlights_go_up_to_the_first_blank_line_or_paragraph():
    bullets = "Russia said it would not continue the talks\nMoscow also ended visa-free travel"
    text = f"{HEADLINE}\n\nStory highlights\n{bullets}\n\n{BODY}\n\nShort line\n\n{BODY2}\n"
    article = clean_article(text)
    assert [r.text for r in article.removed if r.rule == "highlights"] == [
        "Story highlights",
        *bullets.split("\n"),
    ]
    assert article.paragraphs == [BODY, "Short line", BODY2]


def test_a_kicker_ending_on_slashes_is_no_headline_and_a_bracketed_place_joins_the_byline():
    text = f"Kuril Islands, Russia//\n\n{HEADLINE}\n\nby Jane Doe\n(Hyogo Prefecture)\n{BODY}\n"
    article = clean_article(text)
    assert extract_metadata(article).headline == HEADLINE
    assert article.paragraphs == [BODY]
    rules = {r.text: r.rule for r in article.removed}
    assert rules["by Jane Doe"] == rules["(Hyogo Prefecture)"] == "byline"
    # a bracketed line under a paragraph is the story's
    article = clean_article(f"{HEADLINE}\n{BODY}\n(Hyogo Prefecture)\n{BODY2}\n")
    assert "(Hyogo Prefecture)" in article.paragraphs
    # nor is the kicker a title in lower case over the byline, under the headline and a question
    question = "Would you like more in-depth insights?"
    text = f"{HEADLINE}\n\n{question}\nKuril Islands, Russia//\nby Jane Doe\n{BODY}\n{BODY2}\n"
    assert extract_metadata(clean_article(text)).headline == HEADLINE


def test_a_repositorys_cover_sheet_gives_the_title_and_the_issue_date():
    title = "The territorial dispute and visa-free exchange with the disputed islands"
    fields = ["Author(s) Doe, Jane", "Issue Date 2020-03-31", "Doc URL http://hdl.handle.net/1/2"]
    article = clean_article("\n\n".join([f"Title {title}", *fields, BODY]) + "\n")
    metadata = extract_metadata(article)
    assert (metadata.headline, metadata.published) == (title, date(2020, 3, 31))
    assert ("field_label", "Title") in [(r.rule, r.text) for r in article.removed]
    # no authors' field under it: a headline that opens on the word
    headline = "Title race heats up as Japan and Russia meet"
    article = clean_article(f"{headline}\n\n{BODY}\n")
    assert extract_metadata(article).headline == headline


@pytest.mark.parametrize("mark", ["1. ", "- "])  # numbered or bulleted
def test_a_tables_numbered_entries_under_its_label_and_a_blank_line_go(mark):
    titles = [
        "A Night of Fury: The Tsunami That Struck the Islands in October",
        "Politics of the Frontier: What Moscow and Tokyo Said in 1994",
        "Rebuilding After the Wave: What Changed on the Islands Afterwards?",
    ]
    entries = [mark.replace("1", str(i)) + title for i, title in enumerate(titles, start=1)]
    text = "\n".join([HEADLINE, "", "Table of Contents", "", *entries, "", entries[0], BODY])
    article = clean_article(text + "\n")
    assert article.paragraphs == [entries[0], BODY]
    assert [r.rule for r in article.removed] == ["contents"] * 4


def test_a_headings_marks_in_markdown_or_a_wikis_markup_come_off_and_are_reported():
    last = "Both sides said the talks would go on next year in Tokyo."
    text = f"# {HEADLINE}\n\n{BODY}\n\n==The islands==\n\n{BODY2}\n\n### Talks #\n\n{last}\n"
    article = clean_article(text)
    assert extract_metadata(article).headline == HEADLINE
    assert article.paragraphs == [BODY, "The islands", BODY2, "Talks", last]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("heading_mark", "#"),
        ("heading_mark", "=="),
        ("heading_mark", "###"),
    ]
    # a hashtag is no heading's mark
    article = clean_article(f"{HEADLINE}\n{BODY}\n#Kurils #Japan\n{BODY2}\n")
    assert "heading_mark" not in {r.rule for r in article.removed}


def test_a_list_under_a_highlights_label_that_goes_on_in_paragraphs_is_the_pages_own():
    bullets = [
        "- The islands lie between the Sea of Okhotsk and the Pacific.",
        "- The southern four are claimed by Japan and held by Russia.",
        "- Soviet troops took the chain in 1945, and the Japanese who lived there were sent "
        "home, their villages and fishing ports resettled by families brought over from the "
        "mainland in the course of the following years.",
    ]
    text = "\n".join([BODY, "Key points", *bullets]) + "\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, "Key points", *bullets]
    assert article.removed == []
    # and so once cleaned, its paragraphs a blank line apart
    assert clean_article(article.text).paragraphs == article.paragraphs
    # bullets that stop before a paragraph are a summary of the story: they go
    summary = ["- Japan claims the southern four islands", "- Russia holds them since 1945"]
    text = "\n".join([HEADLINE, "Key points", *summary, BODY, BODY2]) + "\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["highlights"] * 3


@pytest.mark.parametrize("label", ["Tags", "Read more news on", "Topics:"])
def test_topics_listed_under_their_label_go_up_to_a_blank_line_or_a_longer_line(label):
    text = f"{HEADLINE}\n{BODY}\n{BODY2}\n{label}\nJapan\nRussia\nShinzo Abe\n\nKuril Islands\n"
    article = clean_article(text)
    assert [r.text for r in article.removed if r.rule == "tags"] == [
        "Japan",
        "Russia",
        "Shinzo Abe",
    ]
    after = "Both sides said the talks would go on."
    article = clean_article(f"{HEADLINE}\n{BODY}\nTags\nJapan\n{after}\n{BODY2}\n")
    assert article.paragraphs == [BODY, after, BODY2]


def test_a_synopsis_the_lead_repeats_goes_and_one_it_does_not_stays():
    synopsis = "Japan and Russia agreed on Monday to continue talks on a peace treaty."
    text = f"{HEADLINE}\nSynopsis\n{synopsis}\nTOKYO: {BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert ("repeated_in_body", synopsis) in [(r.rule, r.text) for r in article.removed]
    assert article.paragraphs == [BODY, BODY2]
    other = "The two foreign ministers met for the first time in a year."
    article = clean_article(f"{HEADLINE}\nSynopsis\n{other}\nTOKYO: {BODY}\n{BODY2}\n")
    assert article.paragraphs == [other, BODY, BODY2]


def test_links_under_their_label_may_each_carry_a_date():
    links = ["Putin arrives in Japan for island talks", "Japan, Russia remain at odds over islands"]
    text = (
        f"{HEADLINE}\n{BODY}\n{BODY2}\nRELATED STORIES:\n{links[0]}\nSeptember 3, 2000\n"
        f"{links[1]}\nApril 29, 2000\nRELATED SITES:\nMinistry of Foreign Affairs of Japan\n"
    )
    article = clean_article(text)
    assert [r.text for r in article.removed if r.rule == "cross_link"] == [
        *links,
        "RELATED SITES:",
        "Ministry of Foreign Affairs of Japan",
    ]
    assert article.paragraphs == [BODY, BODY2]


def test_a_title_bar_that_opens_with_a_known_outlet_ends_with_the_headline():
    text = f"People's Daily Online -- {HEADLINE}\nHome >> World\n{HEADLINE}\n{BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    ("last", "headline"),
    [
        ("Who ruled the Kuril Islands in history?", True),  # a question: the title
        ("Why the islands still divide Tokyo and Moscow", True),  # six words or more
        ("Asia Answers", False),  # a site's name: "H | Site" over the site's name
    ],
)
def test_a_title_bar_closing_on_a_long_title_printed_below_is_no_headline(last, headline):
    title = "Island Answers - History questions"
    text = f"{title} - {last}\n\n{last}\n\n{BODY}\n{BODY2}\n"
    assert (clean_article(text).headline == last) is headline


def test_a_columnists_name_opening_the_piece_is_no_dateline():
    article = clean_article(f"{HEADLINE}\nJANE ROE WRITES – {BODY}\n{BODY2}\n")
    assert article.dateline.city is None and extract_metadata(article).dateline is None
    assert article.paragraphs == [BODY, BODY2]


def test_a_picture_caption_opening_on_its_place_and_day_in_capitals_is_no_dateline():
    caption = (
        "KUNASHIR ISLAND, RUSSIA - MAY 12, 2019: Border guards patrol the coast of the island."
        " Photographer/TASS"
    )
    article = clean_article(f"{HEADLINE}\n{caption}\nTOKYO, May 13. /TASS/. {BODY}\n{BODY2}\n")
    assert ("caption", caption) in [(r.rule, r.text) for r in article.removed]
    assert article.dateline.city == "TOKYO"
    assert article.paragraphs == [BODY, BODY2]


def test_a_transcripts_speakers_are_no_datelines():
    second = "WILLIAM BRANGHAM: Judy, officials on both sides played down hopes of a breakthrough."
    article = clean_article(f"{HEADLINE}\nJUDY WOODRUFF: {BODY}\n{second}\n")
    assert article.dateline is None
    assert article.paragraphs == [f"JUDY WOODRUFF: {BODY}", second]
    article = clean_article(f"{HEADLINE}\nNEW DELHI: {BODY}\n{BODY2}\n")
    assert article.dateline.city == "NEW DELHI"


@pytest.mark.parametrize(
    ("above", "headline"),
    [
        ("Radio Hour 7: The World Desk", "question"),  # a show's name: the question is the title
        (HEADLINE, "above"),  # the story's title over a question for a standfirst
    ],
)
def test_a_question_over_its_date_under_a_shows_name_is_the_headline(above, headline):
    question = "Episode 12: Will Japan ever get the islands back?"
    text = f"{above}\n\n{question}\n\nFeb. 4, 2020\n\n{BODY2}\n\n{BODY}\n"
    article = clean_article(text)
    assert article.headline == (question if headline == "question" else above)
    assert article.paragraphs[-2:] == [BODY2, BODY]


@pytest.mark.parametrize(
    ("above", "headline"),
    [
        ("Sharp commentary by people who know the region", "question"),  # a site's tagline
        (HEADLINE, "above"),  # the story's title over a question for a standfirst
    ],
)
def test_a_question_over_furniture_under_a_sites_tagline_is_the_headline(above, headline):
    question = "Could a summit settle what Japan and Russia still disagree on about islands?"
    furniture = ["Reading time: 4 min", "", "Summary"]
    lead = "Japan and Russia still disagree about the islands, and about what a summit can do."
    lines = [above, "", question, "", *furniture, "", BODY, "", lead]
    article = clean_article("\n".join(lines) + "\n")
    assert article.headline == (question if headline == "question" else above)
    assert article.paragraphs[-2:] == [BODY, lead]


def test_a_wires_version_tag_comes_off_a_title_with_a_stop_over_the_datelines_line():
    title = "Japan, Russia agree to continue peace treaty talks."
    text = f"Print this page\n\nLEAD: {title}\n\nTOKYO, Nov. 18 Kyodo\n\n{BODY}\n\n{BODY2}\n"
    article = clean_article(text)
    assert (article.headline, article.dateline.city) == (title, "TOKYO")
    assert article.paragraphs == [BODY, BODY2]


def test_a_question_opening_the_page_over_short_lines_is_its_title():
    question = "Book of the Week: Which history of the islands kept me reading this week?"
    below = ["Ministry building in Moscow", "This Week: Peace Treaty Talks"]  # a caption, a deck
    lines = [question, "", *below, "", BODY, BODY2]
    article = clean_article("\n".join(lines) + "\n")
    assert article.headline == question
    assert article.paragraphs[-2:] == [BODY, BODY2]


def test_a_title_printed_within_a_longer_line_over_the_date_is_the_headline_printed_alone():
    title = "Tokyo's Policy Towards Moscow: Domestic Factors"
    decorated = f"Roe J. {title}"  # its author's name before it ("NAME Title Print E-mail")
    text = f"{decorated}\n12.05.2018\n\n{title}\n\n{BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert article.headline == title
    assert article.paragraphs == [BODY, BODY2]


def test_the_headline_is_the_line_above_the_date_its_standfirst_below():
    headline = "Japan and Russia fail to make progress on Kuril Islands dispute"
    standfirst = "Japan and Russia agree to continue talks on peace treaty"
    text = f"{headline}\nPosted on : 2019-01-23 16:41 KST\n{standfirst}\n{BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert article.headline == headline
    assert article.paragraphs == [standfirst, BODY, BODY2]


def test_googles_cache_banner_goes_and_its_snapshot_date_is_not_the_pages():
    banner = (
        "This is Google's cache of https://www.reuters.com/article/idUSKCN1PM0BX. It is a"
        " snapshot of the page as it appeared on 30 Jan 2019 08:14:22 GMT. The current page could"
        " have changed in the meantime. Learn more."
    )
    tip = (
        "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use"
        " the find bar."
    )
    text = f"{banner}\nFull version\nText-only version\nView source\n{tip}\n{HEADLINE}\n{BODY}\n"
    article = clean_article(text)
    assert [r.rule for r in article.removed] == ["archive_toolbar"] * 5
    assert article.headline == HEADLINE
    metadata = extract_metadata(article)
    assert metadata.url == "https://www.reuters.com/article/idUSKCN1PM0BX"
    assert (metadata.outlet, metadata.published) == ("Reuters", None)


@pytest.mark.parametrize(
    "heading",
    [
        "12 Comments",
        "Login to comment",
        "Comments (3)",
        "Comments [2]",
    ],
)
def test_readers_comments_after_the_story_go_to_the_pages_end(heading):
    comment = "Abe should just accept that Putin will never return the islands."
    text = (
        f"{HEADLINE}\n{BODY}\n{BODY2}\n{heading}\nYubaru\n27.07.2021 05:35\n{comment}\n"
        "7 ( +10 / -3 )\n"
    )
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2]
    assert ("comments", comment) in [(r.rule, r.text) for r in article.removed]
    # a comment's date is no date of the page
    assert ("comments", "27.07.2021 05:35") in [(r.rule, r.text) for r in article.removed]
    assert extract_metadata(article).published is None
    # a comment count in the share bar above the story takes nothing
    article = clean_article(f"{HEADLINE}\n{heading}\n{BODY}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]


def test_a_letters_signature_above_its_closing_disclaimer_goes():
    disclaimer = (
        "The opinions expressed in this letter to the editor are the writer's own and do not"
        " necessarily reflect the policies of The Japan Times."
    )
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\nJOHN SMITH\nSapporo\n{disclaimer}\n")
    assert article.paragraphs == [BODY, BODY2]


def test_an_agency_dateline_may_have_no_city():
    article = clean_article(f"{HEADLINE}\n(Reuters) - {BODY}\n{BODY2}\n")
    assert (article.dateline.city, article.dateline.source) == (None, "Reuters")
    assert article.paragraphs == [BODY, BODY2]
    article = clean_article(f"{HEADLINE}\n(Updated) - {BODY}\n{BODY2}\n")  # no agency
    assert article.dateline is None


def test_a_section_of_one_subject_word_loses_to_the_headline_under_it():
    headline = "Zelensky recognizes Kuril Islands as Japanese territory"
    lead = "Zelensky recognized the Kuril Islands as Japanese territory in a decree on Ukraine."
    article = clean_article(f"War in Ukraine\n{headline}\nby Kyiv Post\n{lead}\n{BODY}\n")
    assert article.headline == headline


@pytest.mark.parametrize(
    ("header", "city", "source"),
    [
        ("TOKYO, April 19 Kyodo", "TOKYO", "Kyodo"),  # a whole dateline alone on its line
        ("NEMURO, Japan, Feb. 7 Kyodo -", "NEMURO", "Kyodo"),  # with the country after the city
        ("TOKYO, April 19 Tuesday", None, None),  # no agency
        ("Moscow, July 30", "Moscow", None),  # a city and its date, no separator
        ("LENGTH: 312 words\nDATELINE: TOKYO, April 19", "TOKYO", None),  # an export's field
        ("DATELINE: NATIONAL", None, None),  # a section, not a city
    ],
)
def test_a_dateline_under_the_headline_alone_or_in_an_exports_field(header, city, source):
    article = clean_article(f"{HEADLINE}\n{header}\n{BODY}\n{BODY2}\n")
    found = article.dateline
    assert ((found.city, found.source) if found else (None, None)) == (city, source)
    assert article.paragraphs[-2:] == [BODY, BODY2]


@pytest.mark.parametrize(
    ("top", "city"),
    [
        ("Moscow, July 30", "Moscow"),  # a copy's first line: no headline
        ("TOKYO, April 19 Kyodo", "TOKYO"),
        ("Moscow, Tokyo agree to talk on July 30", None),  # a headline
        ("TOKYO, April 19 Kyodo\nMoscow, July 30", "Moscow"),  # two: the one over the lead
    ],
)
def test_a_dateline_alone_over_the_lead_is_no_headline(top, city):
    article = clean_article(f"{top}\n{BODY}\n{BODY2}\n")
    assert article.headline == (None if city else top)
    assert (article.dateline.city if article.dateline else None) == city
    assert article.paragraphs == [BODY, BODY2]
    assert clean_article(article.text).text == article.text


@pytest.mark.parametrize(
    ("end", "start", "joined"),
    [
        ("The nego-", "tiations went on", "The negotiations went on"),  # a word broken in two
        ("the so-", "called Northern Territories", "the so-called Northern Territories"),
        ("the Russian-", "held islands", "the Russian-held islands"),  # not a word whole
    ],
)
def test_a_word_hyphenated_across_a_wrapped_line_is_joined_whole(end, start, joined):
    lines = [
        "Japan and Russia agreed on Monday to continue their talks on a",
        f"peace treaty, the foreign ministers said after meeting. {end}",
        f"{start} for three hours in Moscow on the basis of the 1956 joint",
        "declaration, and both ministers agreed to meet again in the spring",
        "to prepare for the summit meeting of their leaders in January.",
    ]
    article = clean_article(f"{HEADLINE}\n\n" + "\n".join(lines) + "\n")
    assert f" {joined} " in article.paragraphs[0]


def test_a_table_of_contents_goes_with_its_label():
    text = (
        f"{HEADLINE}\nTable of contents\nRussia-Japan relations\nAnswers to media questions\n"
        f"{BODY}\n{BODY2}\n"
    )
    article = clean_article(text)
    assert [r.rule for r in article.removed] == ["contents"] * 3
    assert article.paragraphs == [BODY, BODY2]


def test_a_caption_of_an_image_released_by_a_source_above_its_credit_goes():
    caption = (
        "Russian soldiers take part in a drill on Etorofu Island in this image released by the"
        " Russian Defense Ministry."
    )
    credit = "Russian Defense Ministry / Reuters"
    article = clean_article(f"{HEADLINE}\n{caption}\n{credit}\n{BODY}\n{BODY2}\n")
    assert ("caption", caption) in [(r.rule, r.text) for r in article.removed]
    assert article.paragraphs == [BODY, BODY2]


def test_a_documents_type_under_its_title_is_no_bylines_name():
    text = f"U.S. DEPARTMENT of STATE\n{HEADLINE}\nPRESS STATEMENT\n{BODY}\n{BODY2}\n"
    assert clean_article(text).headline == HEADLINE


@pytest.mark.parametrize(
    "closing",
    [
        "Copyright (C) Northern Territories Issue Association. All Rights Reserved.",
        "The views expressed in this piece are the author's own and should not be attributed to"
        " the Northern Territories Issue Association.",
    ],
)
def test_a_publishers_name_that_the_page_closes_with_is_no_headline(closing):
    masthead = "Northern Territories Issue Association"
    headline = "What are the Northern Territories?"
    article = clean_article(f"{masthead}\n{headline}\n{BODY}\n{BODY2}\n{closing}\n")
    assert article.headline == headline
    assert extract_metadata(article).outlet == masthead
    # a headline the last paragraph repeats stays the headline
    last = f"{BODY2} Northern Territories Issue Association members agreed."
    article = clean_article(f"{masthead}\n{BODY}\n{last}\n")
    assert article.headline == masthead


@pytest.mark.parametrize(
    ("closing", "note"),
    [
        (
            "Jane Roe is the World News reporter for Example Live Media. She covers the major"
            " events of the world. Bookmark her author page.",
            True,
        ),
        ("Jane Roe is the mayor of Nemuro and has met the islanders many times.", False),
    ],
)
def test_a_sites_note_on_its_reporter_closing_the_page_is_an_authors_note(closing, note):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{closing}\n")  # no byline
    assert ({r.text: r.rule for r in article.removed}.get(closing) == "author_note") is note


def test_an_authors_note_matches_the_byline_with_or_without_a_middle_initial():
    note = "Jeffrey W. Hornung is a political scientist at the RAND Corporation."
    article = clean_article(f"{HEADLINE}\nJeffrey Hornung\n{BODY}\n{BODY2}\n{note}\n")
    assert ("author_note", note) in [(r.rule, r.text) for r in article.removed]
    assert article.paragraphs == [BODY, BODY2]
    other = "Jeffrey Smith is a political scientist at the RAND Corporation."  # another author
    article = clean_article(f"{HEADLINE}\nJeffrey Hornung\n{BODY}\n{BODY2}\n{other}\n")
    assert article.paragraphs == [BODY, BODY2, other]


def test_headlines_sharing_no_word_with_the_body_tie_to_the_one_a_name_follows():
    headline = "Not for Sale: Why the Gamble Failed"
    article = clean_article(f"War on the Rocks\nCommentary\n{headline}\nJeffrey Hornung\n{BODY}\n")
    assert article.headline == headline


LONG_LEAD = (
    "Russian President Vladimir Putin on Wednesday proposed that Russia and Japan sign a peace "
    "treaty by the end of the year without any preconditions, a move that caught his Japanese "
    "counterpart by surprise on stage at an economic forum in Vladivostok."
)


def test_a_summary_in_sentences_under_its_label_goes_when_a_longer_paragraph_follows():
    bullets = [
        "Putin proposed that Russia and Japan sign a peace treaty by the end of the year.",
        "The two countries never formally ended World War Two hostilities.",
        "Abe did not respond publicly to the proposal at the forum.",
    ]
    lines = "\n".join(bullets)
    article = clean_article(f"{HEADLINE}\nKEY POINTS\n{lines}\n{LONG_LEAD}\n{BODY2}\n")
    assert [r.text for r in article.removed if r.rule == "highlights"] == ["KEY POINTS", *bullets]
    assert article.paragraphs == [LONG_LEAD, BODY2]
    # short one-sentence paragraphs all the way down: no summary to tell from the body
    article = clean_article(f"{HEADLINE}\nKEY POINTS\n{lines}\n{BODY}\n{BODY2}\n")
    assert article.paragraphs == [*bullets, BODY, BODY2]


def test_a_name_under_the_standfirst_is_the_byline_its_note_and_the_publishers_go():
    standfirst = (
        "Abe has staked his legacy on a deal with Putin, but Moscow keeps raising the price."
    )
    note = "James D.J. Brown is an associate professor at Temple University, Japan Campus."
    publisher = (
        "The Interpreter is published by the Lowy Institute, an independent, nonpartisan "
        "international policy think tank based in Sydney."
    )
    text = (
        f"{HEADLINE}\n{standfirst}\nJames D.J. Brown\nPublished 25 Feb 2019 10:00\n{BODY}\n"
        f"{BODY2}\n{note}\nJapan\nRussia\n{publisher}\n"
    )
    article = clean_article(text)
    rules = {r.text: r.rule for r in article.removed}
    assert rules["James D.J. Brown"] == "byline"
    assert rules[note] == rules[publisher] == "author_note"
    assert rules["Japan"] == rules["Russia"] == "footer_furniture"
    assert article.paragraphs == [standfirst, BODY, BODY2]


def test_an_outlets_name_among_the_topics_after_the_body_is_a_topic_not_the_source():
    topics = "Japan\nRussia\nPolitics\nForeign Policy\n"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{topics}")
    assert ("tags", "Foreign Policy") in [(r.rule, r.text) for r in article.removed]
    # the source line under the body, before any topic, is the source
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\nReuters\n{topics}")
    assert ("source_line", "Reuters") in [(r.rule, r.text) for r in article.removed]


def test_the_authors_note_is_found_by_the_name_printed_with_the_date():
    note = "Joshua Kucera is the Turkey/Caucasus editor at Eurasianet."
    text = f"{HEADLINE}\nJoshua Kucera Dec 18, 2018\n{BODY}\n{BODY2}\n{note}\n"
    article = clean_article(text)
    assert ("author_note", note) in [(r.rule, r.text) for r in article.removed]
    assert article.paragraphs == [BODY, BODY2]


def test_a_title_ending_in_a_quoted_phrase_is_no_sentence_but_a_quote_after_a_stop_is():
    title = "Russia news: Putin's warning to Japan over disputed islands - 'NO DEAL'"
    standfirst = "Putin has dashed Japan's hopes of regaining the islands, saying there is no deal."
    tagline = "Home of the Daily and Sunday Express"
    text = f"Express\n{tagline}\nWorld\n{title}\n{standfirst}\nBy Tom Parfitt\n{BODY}\n"
    article = clean_article(text)
    assert article.headline == title
    assert article.paragraphs == [standfirst, BODY]
    quoted = 'Lavrov said: "Our Japanese neighbours must accept the results of the war."'
    article = clean_article(f"{HEADLINE}\n{BODY}\n{quoted}\n{BODY2}\n")
    assert article.paragraphs == [BODY, quoted, BODY2]


def test_a_headline_closing_on_its_speaker_over_a_one_word_alt_text_is_no_page_title():
    title = "Russia seeks ties with Japan within its constitution - Putin"
    article = clean_article(f"{title}\n\nPutin\n\n{BODY}\n\n{BODY2}\n")
    assert article.headline == title
    assert article.paragraphs == [BODY, BODY2]


def test_the_headline_under_a_link_label_with_its_byline_below_is_no_link():
    title = "Putin offers Japan peace treaty without any preconditions"
    article = clean_article(f"AP NEWS\nTop Stories\n{title}\nBy VLADIMIR ISACHENKOV\n{BODY}\n")
    assert article.headline == title
    # the label goes all the same, one not made of navigation's words too, so that cleaning the
    # cleaned text, its byline gone, does not take the line for a link
    text = f"{HEADLINE}\n{BODY}\nWhat's New?\n(Hyogo Prefecture)\nby Jane Doe\n{BODY2}\n"
    once = clean_article(text)
    assert ("cross_link", "What's New?") in [(r.rule, r.text) for r in once.removed]
    assert clean_article(once.text).text == once.text
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\nTop Stories\n{title}\n")
    assert ("cross_link", title) in [(r.rule, r.text) for r in article.removed]


def test_topics_on_one_line_under_their_label_are_tags():
    topics = (
        "Kuril Islands, Northern Territories, San Francisco Peace Treaty, Japan-Russia relations"
    )
    article = clean_article(f"{HEADLINE}\n{BODY}\nKeywords\n{topics}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [("tags", "Keywords"), ("tags", topics)]
    assert article.paragraphs == [BODY, BODY2]


def test_notes_and_the_authors_note_after_them_close_the_page_in_any_order():
    note = "Kimie Hara is Renison Research Professor at the University of Waterloo."
    footnotes = "[1] Treaty of Peace with Japan, Article 2(c), September 8, 1951."
    text = f"{HEADLINE}\nKimie Hara\n{BODY}\n{BODY2}\nNotes\n{footnotes}\n{note}\n"
    article = clean_article(text)
    rules = {r.text: r.rule for r in article.removed}
    assert (rules["Notes"], rules[footnotes], rules[note]) == (
        "footer_furniture",
        "footnote",
        "author_note",
    )
    assert article.paragraphs == [BODY, BODY2]


def test_of_two_headlines_sharing_all_their_words_with_the_body_the_one_sharing_more_wins():
    title = "Russian Federation Armed Forces' exercises on the Northern Territories"
    lead = (
        "1. The Russian Federation Armed Forces announced exercises on the Northern Territories,"
        " the Ministry of Defense said."
    )
    text = f"Ministry of Defense\nPress Conference\nPress Releases\n{title}\n{lead}\n{BODY2}\n"
    assert clean_article(text).headline == title


@pytest.mark.parametrize(
    ("opening", "removed"),
    [
        (
            "Bruce is the senior research fellow for Northeast Asia at the Asian Studies Center.",
            True,
        ),
        ("Bruce Klingner is a senior research fellow at The Heritage Foundation.", True),
        (  # a Russian institute's employee, a Russian degree
            "Bruce Klingner is the leading employee of an institute of strategic research, the"
            " candidate of historical sciences.",
            True,
        ),
        (  # a content site's bio, on the career
            "Bruce started his career as a freelance writer. Now he runs an agency.",
            True,
        ),
        # not the author, or no author's role
        ("Putin is the head of a state that has never signed a peace treaty with Japan.", False),
        ("Bruce is the name of the Nagato summit's official mascot, organisers said.", False),
        ("Putin started his career in the KGB, and the analyst says it shows.", False),
    ],
)
def test_a_note_on_the_author_under_the_byline_above_the_body_goes(opening, removed):
    text = f"{HEADLINE}\nBruce Klingner\nSenior Research Fellow\n{opening}\n{BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert (opening not in article.paragraphs) is removed
    assert article.paragraphs[-2:] == [BODY, BODY2]


CONSENT = (
    "We value your privacy. We and our partners store and/or access information on a device,"
    " such as cookies, and process personal data, such as unique identifiers and standard"
    " information sent by a device for personalised advertising and content, advertising and"
    " content measurement, and audience insights, as well as to develop and improve products."
)
PAYWALL = (
    "To continue reading, please subscribe to The Asahi Shimbun Digital. Subscribers can read"
    " all articles, including this one, for a monthly fee. If you are already a subscriber,"
    " please log in."
)


@pytest.mark.parametrize(
    "line",
    [
        "Page: 4123 of the report says the islands were seized in 1945, the senator said.",
        "Japan and Russia signed the Joint Declaration in 1956, the senator told the chamber.",
        "Islands Talks Islands Talks",  # words doubled with a space: no glued label
        # a repository's record field as a sentence's first word
        "Publisher Hiroshi Sato said the paper would print the map of the islands.",
    ],
)
def test_a_parliaments_furniture_look_alikes_stay(line):
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{line}\n\n{BODY2}\n")
    assert line in article.paragraphs


def test_a_cookie_wall_and_a_paywall_of_any_length_are_site_notices():
    text = (
        f"{CONSENT}\nI Accept\n{HEADLINE}\n{BODY}\n{BODY2}\n"
        f"This article is for our subscribers.\n{PAYWALL}\n"
    )
    article = clean_article(text)
    assert (article.headline, article.paragraphs) == (HEADLINE, [BODY, BODY2])
    rules = {r.text: r.rule for r in article.removed}
    assert rules[CONSENT] == rules[PAYWALL] == "prompt"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("UPDATE 2-Putin, Abe fail to make breakthrough on island dispute", "UPDATE 2-"),
        ("REFILE-UPDATE 1-Japan protests Russian drills on islands", "REFILE-UPDATE 1-"),
        ("ANALYSIS-Abe's Russia gamble falters as Putin digs in", "ANALYSIS-"),
        ("G7-Japan summit ends without word on the islands", None),  # no slug
        ("UPDATE: Japan protests Russian drills on the islands", None),
        ("Update 2-Japan protests Russian drills on the islands", None),  # slugs are capitals
    ],
)
def test_a_wires_slug_comes_off_the_headline_and_is_reported(title, slug):
    article = clean_article(f"{title}\nMOSCOW (Reuters) - {BODY}\n{BODY2}\n")
    assert article.headline == (title.removeprefix(slug) if slug else title)
    assert [r.text for r in article.removed if r.rule == "wire_prefix"] == ([slug] if slug else [])


def test_a_headline_taken_from_a_bulleted_breadcrumb_loses_its_mark():
    title = "Island task: Russia is ready for a dialogue with the new Japanese authorities"
    article = clean_article(f"- Articles\n- World\n- {title}\n{title}\n{BODY}\n{BODY2}\n")
    assert (article.headline, article.paragraphs) == (title, [BODY, BODY2])
    assert [r.text for r in article.removed if r.rule == "list_mark"] == ["-"]


@pytest.mark.parametrize(("line", "city"), [("Singapore:", "Singapore"), ("KURILS:", None)])
def test_a_known_city_alone_on_its_line_above_the_lead_is_the_dateline(line, city):
    standfirst = "Abe said he agreed with Putin to speed up negotiations on a peace treaty."
    article = clean_article(f"{HEADLINE}\n{standfirst}\nAFP | November 14, 2018\n{line}\n{BODY}\n")
    assert (article.dateline.city if article.dateline else None) == city
    assert (line in article.paragraphs) is (city is None)


@pytest.mark.parametrize(
    ("credit", "line", "caption"),
    [
        ("Kyodo file photo", "A lighthouse is seen on Suisho island, of the Habomai islets.", True),
        (
            "Kyodo file photo",
            "Kishida visits Nemuro on Monday to meet islanders, officials said.",
            False,
        ),
        # under an outlet's name, only a picture's own words: a lead that says someone visits is
        # the lead
        ("The Yomiuri Shimbun", "A northern territory island is seen from Nemuro, Hokkaido.", True),
        (
            "The Yomiuri Shimbun",
            "Prime Minister Kishida visits Nemuro on Monday to meet them.",
            False,
        ),
        # no caption words, one sentence closing on its day under a lender's credit, over a lead
        # half as long again
        ("Courtesy of the Coast Guard/Kyodo", "A patrol boat sails off Nemuro on Tuesday.", True),
        (
            "Courtesy of the Coast Guard/Kyodo",
            "A patrol boat sails off Nemuro, where the crab fishing season began for the boats, on"
            " Tuesday.",
            False,  # its words more than two thirds of the lead's: the lead
        ),
    ],
)
def test_a_sentence_under_a_credit_is_its_caption_unless_it_reports(credit, line, caption):
    article = clean_article(f"{HEADLINE}\n{credit}\n{line}\n{BODY}\n{BODY2}\n")
    assert {r.text: r.rule for r in article.removed}.get(line) == ("caption" if caption else None)
    assert (line in article.paragraphs) is not caption


@pytest.mark.parametrize(
    ("above", "below", "headline"),
    [
        (  # a standfirst of 22 words under a headline of 7: the short line is the headline
            "Lavrov: the war closed the islands question",
            "According to the minister, there can be no settlement of the peace treaty talks"
            " unless Japan recognises the results of the war",
            "above",
        ),
        (  # a line of 18 words above one of 21, too close in length: the line sharing more words
            "Why the long search for a settlement between two old neighbours keeps failing after"
            " every summit in Asia",
            "Japan and Russia agree to continue peace treaty talks and meet again in Moscow next"
            " month after the summit, ministers say",
            "below",
        ),
    ],
)
def test_a_headline_above_a_much_longer_standfirst(above, below, headline):
    article = clean_article(f"{above}\n{below}\n{BODY}\n{BODY2}\n")
    assert article.headline == {"above": above, "below": below}[headline]


@pytest.mark.parametrize(
    ("above", "headline"),
    [
        ("Japanese MP in Moscow stresses the value of dialogue", "above"),
        ("March 2023 | Letter from Tokyo on dialogue", "below"),  # a section's line
    ],
)
def test_a_headline_over_a_standfirst_of_15_words_or_more_that_the_body_tells_again(
    above, headline
):
    below = (
        "The lawmaker will meet the deputy speaker of the upper house of parliament in Moscow"
        " this week"
    )
    body = (
        "TOKYO, October 3. /TASS/. A Japanese lawmaker said dialogue with Russia mattered even"
        " after he was criticised at home for the trip."
    )
    body2 = "He will meet the deputy speaker of the upper house of parliament on Thursday, he said."
    article = clean_article(f"{above}\n{below}\n{body}\n{body2}\n")
    assert article.headline == {"above": above, "below": below}[headline]


SEIZED = (
    "The four islands were seized by Soviet troops in the closing days of World War II and are"
    " claimed by Japan."
)


@pytest.mark.parametrize(
    ("last", "kept", "sign_off"),
    [
        (
            "The islands were seized in 1945. Jiji Press",
            "The islands were seized in 1945.",
            "Jiji Press",
        ),
        ('"We will talk again," he said. - AFP', '"We will talk again," he said.', "AFP"),
        # run into the stop, the agency that relayed the copy and the one that wrote it
        (
            "The islands were seized in 1945.–Bernama-Kyodo",
            "The islands were seized in 1945.",
            "Bernama-Kyodo",
        ),
        (f"{SEIZED[:-1]} in 1945.–Tokyo-Moscow", None, None),  # two cities, no outlets
        # a paragraph of 16 words or more, cut off (short, it would be footer furniture)
        (f"{SEIZED} Japan", None, None),  # no outlet
        (f"{SEIZED} Putin", None, None),
        (f"{SEIZED[:-1]}, said Kyodo", None, None),  # no stop before it
    ],
)
def test_an_outlets_name_glued_after_the_last_sentence_is_its_sign_off(last, kept, sign_off):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{last}\n")
    assert article.paragraphs[-1] == (kept or last)
    assert [(r.rule, r.text) for r in article.removed] == (
        [("source_line", sign_off)] if sign_off else []
    )


@pytest.mark.parametrize("lead", [f"{HEADLINE}.", f"{HEADLINE} on Monday."])
def test_a_lead_that_repeats_the_headline_word_for_word_is_removed(lead):
    article = clean_article(f"{HEADLINE}\n{lead}\n{BODY}\n{BODY2}\n")
    repeated = lead == f"{HEADLINE}."
    assert article.paragraphs == ([] if repeated else [lead]) + [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == (
        [("repeated_headline", lead)] if repeated else []
    )


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Dmitry Medvedev, right, visits a family on Kunashir, Russia, 01 Nov 2010", True),
        ("President Medvedev (R) and the governor walk past a church on Kunashiri Island. |", True),
        ("Medvedev on Kunashiri Island on Monday. Photo - AP Photo/RIA Novosti, pool", True),
        (
            "Chinese troops march at a firing range in Russia's Far East, on Aug. 31, 2022."
            " (Vadim Savitsky/Russian Defense Ministry Press Service via AP)",
            True,
        ),
        ("A meeting between the two leaders in Sochi. Courtesy of Kremlin.ru.", True),
        ("A fisherman from Nemuro, pictured at the port on Monday. Anna Lee", True),
        ("A volunteer lifts a stove off a truck. (Photographed on March 18 in Nemuro)", True),
        ("Shikotan seen from Cape Nosappu.Images by Jane Doe/The Daily Globe and Mail", True),
        ("Tokyo said the talks would go on next year. Shinzo Abe", False),  # no caption words
        # the photographer's credit in square brackets, perhaps for a file picture
        ("Fishing boats in the harbour of Kurilsk [Pavel Orlov/Al Jazeera]", True),
        ("Iturup island [File: Kim Sun-ho/Reuters]", True),
        ("The Yalta deal settled it in 1945 [see Potsdam/Cairo].", False),
        # a person placed, but words reported; no caption words, bar or date
        ("Medvedev, right, visits the island, officials said on Monday.", False),
        ("Senator Smith (R) wants Japan and Russia to settle the dispute over the islands.", False),
        # a thing placed in the picture, no sentence
        ("The islands, with Cape Nosappu seen in the lower right", True),
        ("Cover art for The Foreign Desk", True),  # a podcast's picture
        # a press service's picture an agency sends, over 25 words
        (
            "Missile launchers move to their positions on the island of Matua, part of the Kuril"
            " chain, in Russia on Dec. 2, 2021 (Russian Defense Ministry Press Service via AP)",
            True,
        ),
        ("Kunashiri is seen in the background of the photo, officials said.", False),
        # its credit cut off after its label
        ("Geothermal landscape and volcanic caldera, Kuril Islands, Russia (source:", True),
        # a credit in brackets that says it is a picture's
        ("Putin (right) and Abe make a joint statement in Moscow. (Reuters pic)", True),
        ("Ministers spoke to reporters, the agency said (see the Reuters report).", False),
        # an outlet's initials, then its photographer
        ("Nationalists shout slogans at the embassy in Tokyo. (ANJ/Pierre Dupont)", True),
        (  # Reuters' note of the day the picture was taken, a credit after it
            "Boats sit on stilts at a port in Nemuro, Hokkaido, April 12, 2022. Picture taken"
            " April 12, 2022. (AFP)",
            True,
        ),
        # a news agency, then its photographer or the picture agency
        ("Anglers fish through the ice near Nemuro on February 7, 2015. (Xinhua/SIPA)", True),
        ("Crowds gather at the port of Korsakov. (Xinhua/Jane Roe)", True),
        ("The ministry confirmed the talks on Friday, the agency said (Xinhua/TASS).", False),
        ("Russians rally in Moscow against the talks. File photo: AFP", True),  # the SCMP's
        ("The archive kept it. File photo: the islands in 1945 were shown.", False),
        ("The talks went on, officials said (UN/OSCE).", False),
        # where the picture was taken from
        (
            "The northern territories as seen from above the Nemuro Peninsula of Hokkaido on"
            " January 2019",
            True,
        ),
        ("Matua Island as seen from Raikoke.", True),
        ("The dispute as seen from Moscow has a simple answer: the islands are Russian.", False),
        # an agency's name after the caption's stop
        ("A Russian border guards' tower is seen on Kunashir Island, one of the islands. AP", True),
        ("The talks on the islands went on in Moscow on Friday. AP", False),
        (  # the agency in capitals
            "A view shows the Russian flag over a port on Kunashir Island, Russia May 24, 2018."
            " REUTERS",
            True,
        ),
        ("The talks on the islands went on in Moscow on Friday. REUTERS", False),
        (  # the AP's opening, its stop lost
            "In this Aug. 29, 2017, file photo, troops practise with interceptors at a base on the"
            " outskirts of Tokyo",
            True,
        ),
        ("In this picture of the talks, officials see hope, the minister said.", False),
        # a map's: what it includes, or its legend naming its coloured areas
        ("Map including Habomai Shotō (DMA, 1990)", True),
        (
            "Yuzhno-Kurilsky District. The bottom left of the red-shaded area is the Habomai"
            " Islands. The dark grey area is Hokkaido, while the light grey area is Kamchatka.",
            True,
        ),
        ("The red-shaded area on the ministry's map is Russian, the senator said.", False),
        # a place alone, then an agency's credit in brackets
        ("Southern Kuril Islands (Japan Kyodo News)", True),
        ("Japan-Russia Summit Meeting (Overview)", False),
        # who stands where in the picture
        (
            "At the airport in Dalian. From left to right: Commander of the Far Eastern Front"
            " K.A. Meretskov and Commander of the Trans-Baikal Front R.Ya. Malinovsky. August 1945",
            True,
        ),
        ("Ministers Lavrov and Kono (from left) at the talks in Moscow", True),
        ("The text reads from left to right: it said the talks would go on.", False),
        # a wire's caption: the picture's day and year inside its sentence, its credit after
        (
            "Former islanders board a chartered plane at Nakashibetsu airport on July 22, 2018,"
            " to visit graves on Kunashiri. (Kyodo)",
            True,
        ),
        ("Abe said on January 22, 2019, that the talks would go on. (Kyodo)", False),
        ("The leaders met on January 22, 2019. They talked about the islands. (Kyodo)", False),
        (  # Reuters' note of when its picture was taken, with or without the credit after it
            "Signs demanding the return of the islands stand at a port in Nemuro, Hokkaido April"
            " 12, 2022. Picture taken April 12, 2022.",
            True,
        ),
        (
            "Fishing boats stand on land in Nemuro, Hokkaido April 11, 2022. Picture taken April"
            " 11, 2022. REUTERS/Kim Kyung-Hoon",
            True,
        ),
        ("The picture taken April 12, 2022 shows signs at a port, the ministry said.", False),
        (  # a stock picture's, in a sentence, its credit in brackets
            "Navy vessels take part in joint drills off Hokkaido, March 12, 2025. Illustrative"
            " photo. (Source: Getty Images)",
            True,
        ),
        ("Navy vessels take part in joint drills off Hokkaido, officials said.", False),
        # two people placed, with no verb and no stop: the people in the picture and the place
        (
            "Foreign Minister Taro Kono (L), Deputy Minister Eiji Sato (C) and Sergei Lavrov,"
            " Moscow",
            True,
        ),
        # a caption's sentence with no stop, an agency's name in square brackets after it
        ("Moscow and Tokyo have not signed a peace treaty since the war [Reuters]", True),
        ("Moscow and Tokyo have not signed a peace treaty since the war. [Reuters]", False),
        # the photographer's name alone in brackets after the caption's stop
        ("The governor speaks to reporters in Nemuro on Feb. 7. (Taro Yamada)", True),
        ("The talks will go on in the spring, the ministry said. (Taro Yamada)", False),
    ],
)
def test_a_caption_placing_a_person_or_ending_in_a_dashed_credit(line, caption):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{BODY2}\n")
    assert {r.text: r.rule for r in article.removed}.get(line) == ("caption" if caption else None)


def test_a_paragraph_the_next_opens_on_word_for_word_is_its_copy():
    lead = f"{BODY} {BODY2}"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{lead}\n{BODY2}\n")
    assert article.paragraphs == [lead, BODY2]
    assert [(r.line_no, r.rule) for r in article.removed] == [(2, "repeated_in_body")]


@pytest.mark.parametrize(
    ("first", "second", "gone"),
    [
        (BODY, BODY, 2),
        (f"TOKYO, March 20. /TASS/. {BODY}", BODY, 3),
        (BODY, f"TOKYO -- {BODY}", 2),
        (f"{BODY[:70].rstrip()}…", BODY, 2),  # its teaser, cut short, over it
        (f"{BODY[:70].rstrip()}..", BODY, 2),  # after two stops
        (BODY, f"{BODY} REUTERS/Anna Petrova", 3),  # a gallery's caption, again with its credit
        (f"{BODY} AFP/Kenji Sato", BODY, 2),
        (f"{BODY} AFP/Kenji Sato", f"TOKYO, March 20. /TASS/. {BODY}", 2),  # and its dated copy
    ],
)
def test_a_paragraph_printed_twice_in_a_row_is_kept_once(first, second, gone):
    article = clean_article(f"{HEADLINE}\n{first}\n{second}\n{BODY2}\n{BODY}\n")
    assert article.paragraphs == [BODY, BODY2, BODY]  # not twice in a row: kept
    assert article.dateline is None or article.dateline.city == "TOKYO"
    assert [(r.line_no, r.rule) for r in article.removed if r.rule != "dateline"] == [
        (gone, "repeated_in_body")
    ]


@pytest.mark.parametrize(
    ("glued", "lead"),
    [
        (f"{HEADLINE.lower()}Japan and Russia met.", "Japan and Russia met."),
        (f"{HEADLINE} Japan and Russia met.", None),  # a space: perhaps the lead's own words
        ("Japan and Russia agreedThe talks went on.", None),  # not the headline
    ],
)
def test_the_headline_glued_to_the_lead_is_taken_off(glued, lead):
    article = clean_article(f"{HEADLINE}\n{glued}\n{BODY}\n")
    assert article.paragraphs[0] == (lead or glued)


@pytest.mark.parametrize("credited_first", [True, False])
def test_a_caption_printed_twice_once_with_its_credit_goes_twice(credited_first):
    caption = "Vladimir Putin speaks as Shinzo Abe listens during a lunch in Tokyo on Dec 16, 2016."
    pair = [caption, f"{caption} PHOTO: AFP"][:: -1 if credited_first else 1]
    article = clean_article("\n".join([HEADLINE, *pair, BODY, BODY2]))
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["caption", "caption"]


@pytest.mark.parametrize(
    ("copy", "caption"),
    [
        ("Soviet troops took the islands in 1945", True),
        ("Soviet troops took the islands", False),  # its first words only: no copy
    ],
)
def test_a_caption_printed_twice_between_paragraphs_goes_twice(copy, caption):
    line = "Soviet troops took the islands in 1945"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{copy}\n{BODY2}\n")
    assert (article.paragraphs == [BODY, BODY2]) is caption


@pytest.mark.parametrize("split", [True, False])
def test_a_caption_printed_again_across_two_lines_goes(split):
    glued = "Putin (L) and Koizumi (R) shook handsat the start of the talks"
    copy = "Putin (L) and Koizumi (R) shook hands\nat the start of the talks"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{glued}\n{copy if split else glued}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    printed = (
        copy.replace("\n", " ") if split else glued
    )  # the two lines joined: "… hands" / "at …"
    assert [(r.rule, r.text) for r in article.removed] == [("caption", glued), ("caption", printed)]


def test_a_caption_opening_on_its_photographers_credit_is_no_copyright_notice():
    line = (
        "© RIA Novosti / Ivan Petrov Fishing boats in the harbour of Kunashir. Archival photo"
        "Sakhalin offers Japan fish farming projects© RIA Novosti / Ivan Petrov to the photobank"
    )
    article = clean_article(f"{HEADLINE}\n{line}\n{BODY}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [("caption", line)]
    assert extract_metadata(article).outlet is None  # the picture's credit, not the page's


@pytest.mark.parametrize(
    ("line", "card"),
    [
        ("What the Kuril Islands dispute is about - Sinosphere", True),
        ("Japan and Russia: the talks explained | Asia Times", True),
        ("Russian troops take part in drills on Iturup - Reuters", False),  # a caption's credit
        ("The talks will go on, he said. - Officials", False),  # a sentence
    ],
)
def test_a_linked_pages_title_and_site_between_paragraphs_is_a_cross_link(line, card):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{BODY2}\n")
    assert (("cross_link", line) in [(r.rule, r.text) for r in article.removed]) is card


@pytest.mark.parametrize(
    ("section", "title", "linked"),
    [
        ("Asia", "Tokyo Plans Business Mission to the Islands", True),
        (None, "Tokyo Plans Business Mission to the Islands", True),  # no section (Sputnik, 2016)
        (None, "A business mission", False),  # short, in sentence case: the story's own heading
        ("Asia", "Tokyo plans a business mission to the islands.", False),  # a sentence
    ],
)
def test_a_linked_storys_picture_section_and_title_between_paragraphs_go(section, title, linked):
    card = ["Fishing boats off Kunashir Island - Sputnik International", section, title]
    lines = "\n".join(line for line in card if line)
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{lines}\n{BODY2}\n\n{BODY}x\n")
    gone = [(r.rule, r.text) for r in article.removed]
    assert (("cross_link", title) in gone) is linked
    assert (("caption", card[0]) in gone) is linked
    assert any(p.startswith(BODY2) for p in article.paragraphs)


def test_a_pages_clock_above_the_headline_is_no_headline():
    credit = "© AP Photo / Ivan Sekretarev"  # not the caption of the picture: the headline
    article = clean_article(f"13:28 GMT +313 November 2019\n{HEADLINE}\n{credit}\n{BODY}\n")
    assert article.headline == HEADLINE


@pytest.mark.parametrize(("entries", "listed"), [(1, False), (3, True)])
def test_one_line_under_contents_is_the_headline_not_a_list(entries, listed):
    lines = [HEADLINE, "Territorial provisions", "Later negotiations"][:entries]
    article = clean_article("Contents\n" + "\n".join(lines) + f"\n{BODY}\n{BODY2}\n")
    assert (article.headline is None) is listed
    assert [r.rule for r in article.removed] == ["contents"] * (1 + entries * listed)


@pytest.mark.parametrize(
    ("order", "kept"),
    [
        ("ABCBC", "ABC"),  # two paragraphs printed again after themselves
        ("ABCDBCD", "ABCD"),  # three
        ("ABCABD", "ABCABD"),  # not right after themselves, the story going on
        ("ABCAB", "ABC"),  # not right after themselves, but closing the page: started over
        ("ABEB", "AB"),  # the copy under its dateline stays, its dateline taken off
    ],
)
def test_paragraphs_printed_again_after_themselves_go(order, kept):
    texts = {
        "A": BODY,
        "B": BODY2,
        "C": "The ministers agreed to meet again in Tokyo later this year, the ministry said.",
        "D": "Neither side gave a date for the next round of the talks, officials said on Friday.",
        "E": f"TOKYO, March 20. /TASS/. {BODY}",
    }
    article = clean_article("\n".join([HEADLINE, *(texts[key] for key in order)]) + "\n")
    assert article.paragraphs == [texts[key] for key in kept]


@pytest.mark.parametrize(
    ("title", "gone"),
    [
        ("Russian Foreign Ministry Slams Tokyo for Putting Kurils on Map of Japan", True),
        # a subhead over its own paragraphs: no title, or not in title case
        ("Tokyo protested on Monday, the ministry said.", False),
        ("What the ministry said in reply", False),
        ("Moscow, July 30", False),  # a place and a day: no headline
    ],
)
def test_a_sites_section_and_a_linked_headline_between_paragraphs_go(title, gone):
    article = clean_article(f"{HEADLINE}\n{BODY}\nAsia\n{title}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == (
        [("cross_link", "Asia"), ("cross_link", title)] if gone else []
    )


def test_a_two_column_tables_cells_a_line_go_but_a_paragraph_in_a_cell():
    # a research project's page: the investigators, a name and post a line, then its abstract
    people = [
        "ROE Jane Hokkaido Univ., Grad. School of Fis., Prof., 教授 (70112233)",
        "DOE John Sapporo Univ., Fac. of Law, Asso. Prof.",
    ]
    text = "\n".join(["Co-Investigator |", *people, "|", "Research Abstract |", BODY, BODY2])
    article = clean_article(text + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["table"] * 3 + ["symbols", "table"]
    # a byline before a bar is no label
    article = clean_article(f"{HEADLINE}\nBy Jane Doe |\n{BODY}\n")
    assert [r.rule for r in article.removed] == ["byline"]


@pytest.mark.parametrize("email", ["[email protected]", "a.petrova@example.ru", None])
def test_a_paper_served_by_an_open_access_aggregator_loses_its_banner_and_header(email):
    banner = ["View metadata, citation and similar papers at core.ac.uk", "brought to you by CORE"]
    source = "provided by Northern Studies Online Journals (Sapporo Society of..."
    post = (
        "Associate Professor of International Law, Sakhalin State University (Yuzhno-Sakhalinsk,"
        " Russia). Ph.D. in Law" + (f"; {email}" if email else "")
    )
    abstract = (
        "The paper reviews the fishing agreements around the disputed islands and the quotas they"
        " set for Japanese boats since 1998."
    )
    lines = [
        *banner,
        source,
        "ISSN 1234-5678 (online) Journal of Northern Borders Vol 3 No 2 January 2019",
        "Fishing Rights around the Southern Kurils",
        "Anna Petrova",
        post,
        "Doi:10.1234/jnb.2019.v3n2p45",
        "Abstract",
        abstract,
        "1. Introduction",
        BODY,
    ]
    article = clean_article("\n\n".join(lines) + "\n")
    assert article.headline == "Fishing Rights around the Southern Kurils"
    assert article.paragraphs == [abstract, "1. Introduction", BODY]
    removed = {r.text: r.rule for r in article.removed}
    assert [removed[line] for line in [*banner, source]] == ["prompt"] * 3
    assert removed["Doi:10.1234/jnb.2019.v3n2p45"] == "export_field"
    assert removed[post] == "header_furniture"


@pytest.mark.parametrize(
    ("bar", "below", "headline", "removed"),
    [
        (  # a mirror's page title, its topic and the section, then the section's heading
            "Southern Kurils - Population and Livelihoods",
            "Population and Livelihoods",
            "Population and Livelihoods",
            [("title_bar", "Southern Kurils - Population and Livelihoods")],
        ),
        (  # a page title, the headline and the site's name, then the site's name alone: the
            # title is the headline (an unknown site's name is not taken off it)
            "Japan and Russia agree to resume island talks - Border Herald",
            "Border Herald",
            "Japan and Russia agree to resume island talks - Border Herald",
            [("header_furniture", "Border Herald")],
        ),
    ],
)
def test_a_page_title_over_the_segment_it_ends_in(bar, below, headline, removed):
    lead = (
        "As of 2010, about 19,000 people lived on the islands, most of them in fishing villages on"
        " Iturup and Kunashir."
    )
    article = clean_article(f"{bar}\n\n{below}\n\n{lead}\n\n{BODY}\n")
    assert article.headline == headline
    assert [(r.rule, r.text) for r in article.removed] == removed
    assert article.paragraphs == [lead, BODY]


@pytest.mark.parametrize("labelled", [True, False])
def test_a_mirrors_quotes_block_closing_the_page_goes(labelled):
    quote = (
        "    A treaty is a promise between peoples, and like every promise it is worth what the"
        " keeping of it costs."
    )
    label = "Famous quotes containing the word treaty:" if labelled else ""
    tail = ["Read more about this topic:  Southern Kurils", label, quote, "—Anonymous"]
    article = clean_article("\n\n".join([HEADLINE, BODY, BODY2, *tail]) + "\n")
    rules = {r.text.strip(): r.rule for r in article.removed}
    assert rules["Read more about this topic: Southern Kurils"] == "cross_link"
    # with no label over it, a quotation closing the page is the story's
    assert article.paragraphs == ([BODY, BODY2] if labelled else [BODY, BODY2, quote.strip()])


def test_a_papers_key_words_after_their_label_are_tags_however_many():
    items = (
        "Japan, the Soviet-Japanese War, prisoners of war, internees, the Joint Declaration of "
        "1956, the Potsdam Declaration, the State Defense Committee, Joseph Stalin, Harry Truman, "
        "the Kuril Islands, the peace treaty"
    )
    line = f"Key words: {items}."
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [("tags", line)]
    sentence = "Key words: the ministers agreed that the talks on the treaty would go on next year."
    assert clean_article(f"{HEADLINE}\n{BODY}\n{sentence}\n{BODY2}\n").removed == []


def test_a_subjects_label_over_a_blank_line_and_its_bulleted_entries_are_tags():
    entries = ["  • Borderlands", "  • Central Asia", "  • Japan"]
    article = clean_article("\n".join([HEADLINE, BODY, "Subjects", "", *entries, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    # the label alone is navigation, as "Tags" is: so the entries read the same when a line
    # that goes later (a headline printed again) stood between
    assert [r.rule for r in article.removed] == ["navigation"] + ["tags"] * 3
    # an empty label over a blank line and the headline in capitals: no tags
    title = "YELTSIN CALLS MIYAZAWA, SCUTTLES VISIT"
    article = clean_article("\n".join(["Filed under:", "", title, "", BODY, BODY2]) + "\n")
    assert article.headline == title


def test_a_name_glued_to_itself_is_a_byline_only_with_an_affiliation():
    card = "Jane RoeJane RoeFaculty of Humanities, Yamagata University, JAPAN"
    article = clean_article(f"{HEADLINE}\n{card}\n{BODY}\n")
    assert [(r.rule, r.text) for r in article.removed] == [("byline", card)]
    # a wiki mirror's title printed twice and glued to its menu stays no byline
    glued = "Habomai IslandsHabomai IslandsMain"
    assert "byline" not in {r.rule for r in clean_article(f"{glued}\n{BODY}\n").removed}


def test_a_pictures_caption_under_its_alt_text_and_file_name_goes():
    caption = "Former residents wait to board a ship at Nemuro, Hokkaido, in 1992"
    page = [HEADLINE, f"{caption} Former Residents at Nemuro 1992.jpg", caption, BODY, BODY2]
    article = clean_article("\n".join(page) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["image_link", "caption"]


@pytest.mark.parametrize("above", [[], ["Skip to main content"]])
def test_a_pictures_alt_text_over_its_caption_printed_twice_goes(above):
    caption = "The Habomai islets seen from Nemuro, Hokkaido. Photograph: Kyodo"
    page = [*above, "Habomai islets, Nemuro", caption, caption, "", HEADLINE, "", BODY, BODY2]
    article = clean_article("\n".join(page) + "\n")
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, BODY2]
    assert [r.text for r in article.removed if r.rule == "caption"] == [page[-8], caption, caption]


def test_a_page_title_over_its_pictures_caption_printed_twice_stays_the_headline():
    title = "Habomai islets seen from Nemuro"
    caption = "The Habomai islets seen from Nemuro, Hokkaido. Photograph: Kyodo"
    article = clean_article("\n".join([title, caption, caption, "", BODY, BODY2]) + "\n")
    assert article.headline == title
    assert article.paragraphs == [BODY, BODY2]


def test_a_papers_running_head_goes_alone_or_glued_to_the_pages_last_line():
    page = [
        "Fishing Rights off the Kurils",
        "Jane Roe",
        "Hokkaido University",
        "Kushiro Studies Workshop 2018",
        BODY,
        "Roe 2",
        BODY2,
        "Map of the fishing zones. (Sato, 2009) Roe 3",
        "Fishermen in Nemuro depend on the waters around the islands for most of their catch.",
    ]
    article = clean_article("\n".join(page) + "\n")
    assert article.headline == page[0]
    assert article.paragraphs == [BODY, BODY2, page[-1]]
    assert sorted((r.rule, r.text) for r in article.removed) == [
        ("caption", "Map of the fishing zones. (Sato, 2009)"),
        ("header_furniture", "Hokkaido University"),
        ("header_furniture", "Jane Roe"),
        ("header_furniture", "Kushiro Studies Workshop 2018"),
        ("page_counter", "Roe 2"),
        ("page_counter", "Roe 3"),
    ]


def test_an_authors_affiliation_in_brackets_under_the_name_goes():
    affiliation = "(The Japan-Russia Fisheries Commission, Tokyo, Japan)"
    page = ["Fishing Rights off the Kurils", "Jane Roe", affiliation, BODY, BODY2]
    article = clean_article("\n".join(page) + "\n")
    assert article.headline == page[0]
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("header_furniture", "Jane Roe"),
        ("header_furniture", affiliation),
    ]


def test_an_apps_menu_of_icons_goes_and_is_no_headline():
    menu = ["🔄 Update App", "🔍 Check for Updates", "Test Notification", "📰 Fetch NHK News"]
    article = clean_article("\n".join([*menu, BODY, BODY2]) + "\n")
    assert article.headline is None
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed if r.text != "Test Notification"] == ["navigation"] * 3


def test_a_sites_line_on_itself_closing_the_page_goes_with_its_name():
    page = [HEADLINE, BODY, BODY2, "Nemuro Notes", "A blog about life on the Nemuro peninsula."]
    article = clean_article("\n".join(page) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("footer_furniture", page[3]),
        ("footer_furniture", page[4]),
    ]


@pytest.mark.parametrize("label", ["TLDR", "Abstract : ", "Summary: "])
def test_a_summarys_label_glued_before_it_comes_off(label):
    article = clean_article(f"{HEADLINE}\n{label}{BODY}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("field_label", label.strip())]


@pytest.mark.parametrize("subtitles", [True, False])
def test_a_videos_subtitles_printed_as_bullets_are_joined_into_sentences(subtitles):
    if subtitles:  # each line breaks a sentence, as the video's subtitles ran
        lines = [
            "• In August 2015, Japan protested against the visit of a Russian official to",
            "• the disputed islands. Tokyo said that Moscow must seek its permission",
            "• to visit them, while Moscow said it needs no one's permission for",
            "• trips across its own territory. Japan and Russia have argued about them since",
            "• the end of World War Two.",
        ]
    else:  # a list, each item its own sentence
        lines = [f"• {BODY}", f"• {BODY2}", f"• {BODY}", f"• {BODY2}"]
    article = clean_article("\n\n".join([HEADLINE, *lines]) + "\n")
    if subtitles:
        assert article.paragraphs == [" ".join(line[2:] for line in lines)]
    else:
        assert article.paragraphs == lines[:2]  # the items printed again go


def test_a_standfirst_a_later_paragraph_says_again_is_no_headline():
    headline = "Second business mission from Japan arrives on the islands"
    standfirst = "The visit will continue until October 30"
    lead = (
        "A business delegation from Japan arrived on Kunashir on Friday to study joint projects"
        " on the islands, officials said."
    )
    later = "An adviser to the prime minister leads it. Its visit will continue until October 30."
    page = [headline, standfirst, f"YUZHNO-SAKHALINSK, October 27. /TASS/. {lead}", later, BODY2]
    article = clean_article("\n".join(page) + "\n")
    assert article.headline == headline
    assert article.paragraphs == [standfirst, lead, later, BODY2]


def test_a_documents_numbered_parts_are_no_running_head():
    page = ["Joint Declaration of 1956", "Article 9", BODY, "Article 10", BODY2]
    article = clean_article("\n".join(page) + "\n")
    assert "Article 10" in article.paragraphs


@pytest.mark.parametrize(
    ("end", "below", "joined"),
    [
        ("p.", "89). The dispute goes on.", "p. 89). The dispute goes on."),
        ("p. 7-", "8).", "p. 7-8)."),
    ],
)
def test_a_citations_page_broken_off_by_the_pages_end_joins_its_sentence(end, below, joined):
    line = f"The islands were seized in 1945 (Sato, 2009, {end}"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n\n{below}\n{BODY2}\n")
    assert article.paragraphs == [
        BODY,
        f"The islands were seized in 1945 (Sato, 2009, {joined}",
        BODY2,
    ]


def test_a_wiki_pages_picture_captions_over_its_lead_go():
    lead = (
        "The Habomai Islands dispute, known as the Habomai question in Japan, is a dispute"
        " between Japan and Russia over a group of islets off Hokkaido."
    )
    captions = [
        "The Habomai islets on a map. Borders of 1855 shown in red.",
        "Islets in question: Suisho, Yuri, Akiyuri, Shibotsu and Taraku",
    ]
    page = ["Habomai Islands dispute", "(Redirected from Habomai question)", *captions, lead, BODY2]
    article = clean_article("\n".join(page) + "\n")
    assert article.headline == page[0]
    assert article.paragraphs == [lead, BODY2]
    assert [r.text for r in article.removed if r.rule == "caption"] == captions
    # and a section's pictures, under its heading, over its first paragraph
    section = ["Fishing rights", "Fishermen from Nemuro at the harbour of Shibotsu in 1935", BODY]
    article = clean_article("\n".join([*page, *section]) + "\n")
    assert article.paragraphs == [lead, BODY2, "Fishing rights", BODY]
    assert [r.text for r in article.removed if r.rule == "caption"] == [*captions, section[1]]


def test_the_lead_printed_twice_once_a_preview_between_went_goes_once():
    preview = [
        "World War II 1939–1945 global war",
        "World War II, also known as the Second World War, was a global war from 1939 to 1945.",
    ]
    page = [HEADLINE, f"TOKYO, March 20 (Xinhua) -- {BODY}", *preview, BODY, BODY2]
    article = clean_article("\n".join(page) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert clean_article(article.text).text == article.text


@pytest.mark.parametrize(
    ("title", "lead", "gone"),
    [
        # a mirror's preview of a linked article: its title, years and what it is, its lead
        (
            "World War II 1939–1945 global war",
            "World War II, also known as the Second World "
            "War, was a global war that lasted from 1939 to 1945.",
            True,
        ),
        (
            "Soviet Union 1922–1991 country in Europe and Asia",
            "The Soviet Union, officially "
            "the USSR, was a socialist state in Eurasia that existed from 1922 to 1991.",
            True,
        ),
        # a subhead over the story's paragraph on it
        ("Soviet Union", "The Soviet Union, officially the USSR, was a socialist state.", False),
        ("World War II 1939–1945 global war", BODY2, False),
    ],
)
@pytest.mark.parametrize("between", [[], [HEADLINE]])  # or a line that is no paragraph between
def test_a_mirrors_preview_of_a_linked_article_goes(title, lead, gone, between):
    article = clean_article("\n".join([HEADLINE, BODY, title, *between, lead, BODY2]) + "\n")
    assert (article.paragraphs == [BODY, BODY2]) is gone


THIRD = "The ministers agreed to meet again in Tokyo later this year, the ministry said."
FOURTH = "Neither side gave a date for the next round of the talks, officials said on Friday."
LAST = "Fishermen in Nemuro said they would wait for the outcome before planning the season."


@pytest.mark.parametrize(
    ("between", "copy", "gone"),
    [
        # a copy page's footer, then the story again under its title, cut short, its lead
        # under the dateline
        (f"Back to Top\n{HEADLINE}", f"TOKYO, March 20 (Xinhua) -- {BODY}\n{BODY2}", True),
        ("Related:", f"{BODY2}\n{THIRD}", True),  # a blog's teaser of the same post
        ("", f"{BODY2}\n{THIRD}", True),  # no furniture between, but closing the page: the page
        # starts the story over under its end
        ("", f"{BODY2}\n{THIRD}\n{LAST}", False),  # no furniture, the story going on: both stay
        ("Related:", BODY2, False),  # one paragraph: a quotation may be printed again
    ],
)
def test_the_story_printed_again_below_its_furniture_goes(between, copy, gone):
    story = [BODY, BODY2, THIRD, FOURTH]
    text = "\n".join([HEADLINE, f"TOKYO, March 20 (Xinhua) -- {BODY}", *story[1:], between, copy])
    paragraphs = clean_article(text + "\n").paragraphs
    assert paragraphs == story if gone else paragraphs[:4] == story and len(paragraphs) > 4


@pytest.mark.parametrize("echo", [True, False])
def test_a_title_that_a_pictures_caption_repeats_is_the_headline(echo):
    title, standfirst = "Islands of fire and fog", "Japan and Russia to continue peace treaty talks"
    caption = f"{title}\nPhoto: shutterstock\n" if echo else ""
    article = clean_article(f"{title}\n{standfirst}\n{BODY}\n{caption}{BODY2}\n")
    assert article.headline == (title if echo else standfirst)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("April 19, 1991|By Mary K. Lawson | Mary K. Lawson,Tokyo Bureau of The Sun", True),
        ("April 19, 1991 | Soviet-Japanese talks fail to resolve islands dispute", False),
        # a section, then the byline after a dash
        ("April 19, 1991, 8:54 p.m. | Asia and Pacific — by Reuters", True),
        ("April 19, 1991 | Talks fail — by a wide margin, the islanders say", False),
    ],
)
def test_a_date_and_bylines_between_bars_is_a_date_line(line, stamp):
    article = clean_article(f"{HEADLINE}\n{line}\n{BODY}\n{BODY2}\n")
    assert (("date_stamp", line) in [(r.rule, r.text) for r in article.removed]) is stamp
    assert (extract_metadata(article).published == date(1991, 4, 19)) is stamp


@pytest.mark.parametrize(
    "heading",
    [
        "Lascia un commento",  # a blog theme's "Leave a Reply" in Italian
        "Laisser un commentaire",
        "Show new comments (0)",
        "Comments are closed.",  # none: the story ends there
        "No comments:",  # a blog's, over its form
        "Your email address will not be published. Required fields are marked *",
    ],
)
def test_a_comment_forms_heading_or_notice_closes_the_story(heading):
    text = f"{HEADLINE}\n{BODY}\n{BODY2}\n{heading}\nYour email address will not be published.\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2]
    assert ("comments", heading) in [(r.rule, r.text) for r in article.removed]


@pytest.mark.parametrize(
    ("notice", "closes"),
    [
        ("Your email address will not be published.", True),
        ("12 Comments", False),  # a heading may stand over a story of one paragraph
    ],
)
def test_a_comment_forms_notice_closes_a_story_of_one_paragraph(notice, closes):
    comment = "Great summary, but Tokyo will never accept two islands, in my opinion as a reader."
    article = clean_article(f"{HEADLINE}\n{BODY}\n\nLeave a Reply\n{notice}\n{comment}\n")
    assert article.paragraphs[0] == BODY
    assert (article.paragraphs == [BODY]) is closes


@pytest.mark.parametrize(
    ("notice", "gone"),
    [
        (
            "The requested article has expired, and is no longer available. Any related articles,"
            " and user comments are shown below.",
            True,
        ),
        ("The content of the treaty has expired, the ministry said on Friday.", False),
    ],
)
def test_only_readers_comments_are_left_under_a_notice_that_the_story_expired(notice, gone):
    comments = ["Login to comment", "What a big loss for Russia, the islands were never theirs."]
    article = clean_article("\n".join([HEADLINE, notice, *comments, "9 ( +13 / -4 )"]) + "\n")
    assert article.headline == HEADLINE
    rules = {r.text: r.rule for r in article.removed}
    assert (rules.get(notice), rules.get(comments[1])) == (
        ("prompt", "comments") if gone else (None, None)
    )
    assert (article.paragraphs == []) is gone


def test_a_story_paragraph_closing_on_its_place_weekday_and_date_is_no_caption():
    lead = (
        ">Tokyo has protested once more over the islands. This time the protest went to Moscow "
        "over a visit that is still contested between the two countries. The president landed "
        "briefly on the island, Monday, November 1, 2010."
    )
    caption = "Russia's president greets islanders in Yuzhno-Kurilsk, Russia, Monday, Nov. 1, 2010."
    article = clean_article("\n\n".join([lead, caption, BODY, BODY2]) + "\n")
    assert article.paragraphs == [lead[1:], BODY, BODY2]  # the tag's remnant off, the caption
    assert [(r.rule, r.text) for r in article.removed] == [  # gone
        ("template_code", ">"),
        ("caption", caption),
    ]


def test_an_earlier_paragraph_printed_again_cut_short_closing_the_page_goes():
    third = "Islanders said the visit would not change their lives in the coming years."
    cut = BODY2[: BODY2.index("Southern") + 5]  # "… that Russia calls the South"
    article = clean_article("\n\n".join([HEADLINE, BODY, BODY2, third, cut]) + "\n")
    assert article.paragraphs == [BODY, BODY2, third]
    assert [(r.rule, r.text) for r in article.removed] == [("repeated_in_body", cut)]
    article = clean_article("\n\n".join([HEADLINE, BODY, BODY2, third, cut + "."]) + "\n")
    assert article.paragraphs[-1] == cut + "."  # a sentence of its own: the story's


@pytest.mark.parametrize(
    ("line", "pitch"),
    [
        (
            "Find top stories and features from the Far East. Keep updated on major political "
            "stories from the region. All you want to know about Sakhalin, the Kurils and Japan.",
            True,
        ),
        ("Get the latest news from the islands, live coverage and analysis.", True),
        ("All you want to know about the Kurils is in this book, the author said.", False),
        ("Find out more about the islands.", False),
        ("Russia and Japan agreed to talk. Find top stories on the talks here.", False),
        ("Stay updated with news from the talks, the governor told the islanders.", False),
    ],
)
def test_a_sections_pitch_of_its_own_coverage_is_the_sites(line, pitch):
    from kurils.notices import is_coverage_pitch

    assert is_coverage_pitch(line) is pitch


def test_a_related_storys_card_over_the_lead_goes_with_its_section_and_title():
    page = [
        "- Example Agency Online",
        "Asia",
        "Find top stories and features from Asia and the Pacific region. Keep updated on major "
        "political stories from the region.",
        "",
        HEADLINE,
        "",
        "A harbour on Shikotan Island at dawn - Sputnik International",
        "World",
        "Tokyo Weighs New Rules for Fishing Boats Near the Islands",
        f"MOSCOW (Sputnik) — {BODY}",
        "",
        BODY2,
    ]
    article = clean_article("\n".join(page) + "\n")
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, BODY2]
    assert article.dateline is not None and article.dateline.city == "MOSCOW"
    rules = {r.text: r.rule for r in article.removed}
    assert rules[page[2]] == "prompt"
    assert (rules[page[6]], rules[page[8]]) == ("caption", "cross_link")


@pytest.mark.parametrize(
    ("title", "prints", "headline"),
    [
        ("Islanders in Japan's north watched the Russian drills with alarm.", 3, True),
        ("Islanders in Japan's north watched the Russian drills with alarm.", 2, False),
        # two sentences: a lead, however often printed
        ("Islanders watched the drills with alarm. Tokyo protested.", 3, False),
    ],
)
def test_a_sentence_the_page_opens_on_three_times_is_its_title(title, prints, headline):
    article = clean_article("\n\n".join([title] * prints + [BODY, BODY2]) + "\n")
    assert (article.headline == title) is headline
    assert article.paragraphs == ([BODY, BODY2] if headline else [title, BODY, BODY2])
    assert [r.rule for r in article.removed].count("repeated_headline") == headline


@pytest.mark.parametrize(
    "heading",
    [
        "Comments have been disabled You can no longer respond to this thread.",
        "You can no longer reply to this discussion.",
    ],
)
def test_a_closed_thread_over_the_comments_it_kept_opens_the_comment_section(heading):
    comments = [
        "Nobody will come, the islands were never theirs to give away.",
        "17 ( +32 / -15 )",
        "Tokyo needs to accept the outcome of the war.",
    ]
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, heading, *comments]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert {r.rule for r in article.removed} == {"comments"}


@pytest.mark.parametrize(  # in a blog theme's other languages too
    "notice",
    ["No comments:", "Comments are closed.", "Komentar ditutup.", "Les commentaires sont fermés."],
)
def test_a_notice_of_no_comments_opens_no_comment_section(notice):
    later = "A second post on the page tells of the ferry to Kunashiri, which runs twice a week."
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, notice, later]) + "\n")
    assert article.paragraphs == [BODY, BODY2, later]  # a listing page's next post
    assert [(r.rule, r.text) for r in article.removed] == [("comments", notice)]
    assert clean_article(article.text).text == article.text
    form = "If you have a comment regarding the post above, please feel free to leave it here."
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, notice, form]) + "\n")
    assert article.paragraphs == [BODY, BODY2]  # a blog's form, inviting one


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Kunashiri Island.", True),
        ("Shinzo Abe.", True),
        ("Island of Iturup.", True),
        ("Not Russia.", False),  # a short sentence
        ("Thank You.", False),
        ("Kunashiri Island", False),  # a section's heading
    ],
)
def test_a_line_that_only_names_a_picture_between_paragraphs_is_its_caption(line, caption):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{BODY2}\n")
    assert (("caption", line) in [(r.rule, r.text) for r in article.removed]) is caption
    assert (line in article.paragraphs) is not caption


@pytest.mark.parametrize("title_restates_lead", [True, False])
def test_a_caption_with_no_stop_over_the_lead_that_tells_it_goes(title_restates_lead):
    title = (
        "Prime Minister Attends National Rally on the Northern Territories"
        if title_restates_lead
        else "Official Residence News"
    )
    caption = "Prime Minister Koizumi delivers an address at the National Rally on the Territories"
    lead = (
        "Prime Minister Junichiro Koizumi attended the National Rally on the Northern Territories,"
        " held in Tokyo."
    )
    article = clean_article(f"{title}\nFriday, February 7, 2003\n{caption}\n{lead}\n{BODY}\n")
    # with no headline above that tells the lead too, the line is the headline
    assert article.headline == (title if title_restates_lead else caption)
    assert article.paragraphs == [lead, BODY]


@pytest.mark.parametrize("cut", [True, False])
def test_a_description_cut_short_over_the_lead_is_no_headline(cut):
    lead = (
        "ROME – The foreign ministers of Japan and Russia met in Rome on Friday and pledged to work"
        " together toward a peace treaty."
    )
    # the lead's opening cut short (a page's description), or a headline of its first words
    top = lead[7:99] if cut else "The foreign ministers of Japan and Russia met"
    article = clean_article(f"{top}\n{lead}\n{BODY}\n")
    assert article.headline == (None if cut else top)
    assert (("repeated_in_body", top) in [(r.rule, r.text) for r in article.removed]) is cut


@pytest.mark.parametrize(
    ("outlet", "citation"),
    [
        (" — Kyodo News", " Kyodo News reported on Tuesday."),
        (" – Kyodo", " Japan's Kyodo news agency reported on Tuesday."),  # the agency, named so
        (" — Kyodo News", None),
    ],
)
def test_an_outlet_closing_the_title_that_the_story_cites_stays_in_the_headline(outlet, citation):
    title = f"Japanese and Russian ministers could meet in Munich{outlet}"
    lead = (
        "Tokyo has begun final preparations for talks between the two foreign ministers in Munich,"
        + (citation or " officials said on Tuesday.")
    )
    article = clean_article(f"{title}\n{lead}\n{BODY}\n")
    assert article.headline == (title if citation else title.removesuffix(outlet))


def test_a_standfirst_of_someones_words_under_the_headline_is_no_headline():
    title = "Lavrov: a peace treaty must come first under the 1956 declaration"
    words = "Russia remains committed to this document, as President Putin has said many times,"
    lead = (
        f'MOSCOW, December 3. /TASS/. "{words}" Foreign Minister Sergei Lavrov said after talks'
        " with his Japanese counterpart on Saturday."
    )
    article = clean_article(f'{title}\n"{words}" the minister said\n{lead}\n{BODY}\n')
    assert article.headline == title
    # the body quotes the same words: the standfirst goes
    assert ("repeated_in_body", f'"{words}" the minister said') in [
        (r.rule, r.text) for r in article.removed
    ]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("twice", [True, False])
def test_a_paragraph_printed_again_with_a_word_lost_goes(twice):
    lead = (
        "Prime Minister Fumio Kishida told Ukrainian President Volodymyr Zelenskyy on Friday that"
        " Japan condemns the annexation as a violation of the country's sovereignty and of law."
    )
    # the same with "the" lost, or another sentence that opens alike
    other = (
        lead.replace("of the country's", "of country's")
        if twice
        else lead[:60] + " said Japan would join new sanctions against Russia with its partners."
    )
    article = clean_article(f"{HEADLINE}\n{lead}\nAdvertisement\n{other}\n{BODY}\n")
    assert article.paragraphs == ([other, BODY] if twice else [lead, other, BODY])


@pytest.mark.parametrize("dated", [True, False])
def test_topics_printed_twice_under_the_date_are_no_headline(dated):
    topics = "Russia Ukraine War Japan"
    stamp = "Saturday 01 October 2022 02:15\n" if dated else ""
    article = clean_article(f"{HEADLINE}\n{stamp}{topics}\n{topics}\n{BODY}\n{BODY2}\n")
    # with no date between, the line printed twice is the headline (a page title, then the h1)
    assert article.headline == (HEADLINE if dated else topics)
    assert article.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Pacific Fleet ships during a naval parade in Vladivostok marking Navy Day", True),
        ("Shinzo Abe and Vladimir Putin during talks in Moscow", True),
        ("The ministry will decide on the base during the summer", False),  # a standfirst
    ],
)
def test_a_caption_of_something_during_an_event_over_the_lead_goes(line, caption):
    title = "Russian military studies a Pacific Fleet base on Matua Island in the Kurils"
    lead = (
        "The Russian Defense Ministry is studying whether to build a naval base for the Pacific"
        " Fleet on Matua Island in the Kuril chain, a commander said on Friday."
    )
    article = clean_article(f"{title}\n{line}\n{lead}\n{BODY}\n")
    assert article.headline == title
    assert (line in article.paragraphs) is not caption


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Etorofu Island, a hazy view from the Shiretoko coast", True),
        ("The Habomai islets, as seen from Cape Nosappu", True),
        ("Etorofu Island, viewed from a fishing boat", True),
        ("A long wait on the Shiretoko coast for the islands' return", False),  # a deck: it stays
    ],
)
def test_a_caption_telling_where_the_picture_is_seen_from_is_no_headline(line, caption):
    # the lead tells of the journey there, not of the picture
    title = "Hokkaido’s border towns: Memories of former residents"
    lead = (
        "The road across the peninsula climbs to the pass in the forest and is closed from late"
        " November until April, a local official said."
    )
    article = clean_article(f"{title}\n\n{line}\n\n{lead}\n\n{BODY}\n")
    assert article.headline == title
    assert [(r.rule, r.text) for r in article.removed] == ([("caption", line)] if caption else [])
    assert article.paragraphs == ([lead, BODY] if caption else [line, lead, BODY])


@pytest.mark.parametrize("broken", [True, False])
def test_an_attribution_a_link_broke_off_is_joined_again(broken):
    quote = 'Suga said the row "should not be left for the next generation,"'
    lines = [quote, "Kyodo News", "reported."] if broken else [quote, "Kyodo News", "Reported"]
    article = clean_article("\n".join([HEADLINE, BODY, *lines, BODY2]) + "\n")
    joined = f"{quote} Kyodo News reported."
    assert (joined in article.paragraphs) is broken


def test_a_headline_over_its_date_a_share_bar_and_a_deck_is_the_headline():
    title = "Foreign ministers will meet on the WWII dispute"
    deck = "Japan and Russia agree to continue peace treaty talks after meeting in Moscow"
    lines = [title, "By ANNA LEE | Daily Post | Updated: 2019-01-16 07:20", "Share"]
    article = clean_article("\n".join([*lines, "Share - WeChat", deck, BODY, BODY2]) + "\n")
    assert article.headline == title


@pytest.mark.parametrize(
    ("caption", "gone"),
    [
        ("Foreign Minister Sergei Lavrov Meets his Japanese counterpart on January 14, 2019", True),
        ("Foreign Minister Sergei Lavrov Meets his Japanese counterpart in January", False),
    ],
)
def test_a_caption_in_title_case_closing_on_its_day_over_the_headline_goes(caption, gone):
    article = clean_article(f"{caption}\n\n{HEADLINE}\n\n{BODY}\n\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert (("caption", caption) in [(r.rule, r.text) for r in article.removed]) is gone
    between = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{caption}\n\n{BODY2}\n")  # or paragraphs
    assert (("caption", caption) in [(r.rule, r.text) for r in between.removed]) is gone
    under = clean_article(f"{HEADLINE}\n\n{caption}\n\n{BODY}\n\n{BODY2}\n")  # or the headline
    assert (("caption", caption) in [(r.rule, r.text) for r in under.removed]) is gone


@pytest.mark.parametrize(
    ("quote", "source", "joined"),
    [
        (
            "The islands are Russian territory and that will not change,",
            "- the senator stated.",
            True,
        ),
        ('"Nobody will hand over the islands,"', "— Lavrov told reporters in Moscow.", True),
        ("The talks ended without an agreement,", "- Kommersant writes.", True),
        ("The talks ended without an agreement.", "- Kommersant writes.", False),  # a sentence
        ("The ministry listed three demands,", "- the return of all four islands.", False),
    ],
)
def test_a_speaker_set_under_a_quotation_after_a_dash_is_joined_to_it(quote, source, joined):
    article = clean_article("\n".join([HEADLINE, BODY, quote, source, BODY2]) + "\n")
    assert (f"{quote} {source}" in article.paragraphs) is joined


@pytest.mark.parametrize(
    ("after", "joined"),
    [
        ("4 million) depending on the catch, the agency said.", True),
        ("4 other boats were seized later that week, the agency said.", False),
    ],
)
def test_a_sum_broken_at_its_decimal_point_is_joined_again(after, joined):
    before = "Japan will pay up to 313 million yen ($2."
    article = clean_article("\n".join([HEADLINE, BODY, before, "", after, BODY2]) + "\n")
    whole = f"{before}{after}"
    assert article.paragraphs == ([BODY, whole, BODY2] if joined else [BODY, before, after, BODY2])


@pytest.mark.parametrize(
    ("lead", "city", "source"),
    [
        (
            "TOKYO / MOSCOW - Japan's prime minister spoke with Putin on Tuesday.",
            "TOKYO / MOSCOW",
            None,
        ),
        ("KUNASHIR, Kuril Islands (AP) _ With the fish factories shuttered, …", "KUNASHIR", "AP"),
        (
            "Moscow/Sputnik: Japan's prime minister spoke with Putin on Tuesday.",
            "Moscow",
            "Sputnik",
        ),
        ("Moscow/Tuesday: Japan's prime minister spoke with Putin.", None, None),  # no agency
    ],
)
def test_datelines_of_two_cities_or_a_city_and_its_agency(lead, city, source):
    dateline = split_dateline(lead)
    got = (dateline.city, dateline.source) if dateline else (None, None)
    assert got == (city, source)


@pytest.mark.parametrize("second", [True, False])
def test_a_line_over_the_body_that_a_later_paragraph_prints_whole_is_no_headline(second):
    line = BODY2.removesuffix(".")
    paragraphs = [BODY, BODY2] if second else [BODY2, BODY]
    article = clean_article("\n".join([line, *paragraphs]) + "\n")
    # the lead alone may be printed as the headline; a later paragraph is not
    assert article.headline == (None if second else line)


def test_a_paragraph_printed_again_as_a_pull_quote_goes():
    quote = BODY.removesuffix(".")
    article = clean_article(f"{HEADLINE}\n{BODY}\n{quote}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert ("repeated_in_body", quote) in [(r.rule, r.text) for r in article.removed]


@pytest.mark.parametrize("handle", ["IslandWatcher", "kurilfan7"])
def test_a_readers_comment_under_a_wires_dated_notice_glued_to_the_story_goes(handle):
    notice = "© (c) Copyright Thomson Reuters 2022."
    comment = "Why ask Russia for anything while backing every sanction against it, I wonder."
    text = "\n".join([BODY, BODY2 + notice, handle, "Dear Japan...", comment]) + "\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2]
    assert {(r.rule, r.text) for r in article.removed} == {
        ("copyright", notice),
        ("comments", handle),
        ("comments", "Dear Japan..."),
        ("comments", comment),
    }
    assert extract_metadata(article).outlet == "Reuters"


@pytest.mark.parametrize("later", ["islandfan_9", "Hokkaido"])
def test_a_readers_plain_handle_under_a_wires_copyright_goes_when_a_handle_follows(later):
    notice = "© KYODO"
    comment = "Why ask Russia for anything while backing every sanction against it, I wonder."
    reply = "Because the islands are Japanese, and the former residents want to go home."
    lines = [HEADLINE, BODY, BODY2 + notice, "Tanuki", comment, later, reply]
    article = clean_article("\n".join(lines) + "\n")
    gone = later != "Hokkaido"  # a plain word, no handle after it: perhaps the page's own line
    assert article.paragraphs[:2] == [BODY, BODY2]
    assert (("comments", "Tanuki") in [(r.rule, r.text) for r in article.removed]) is gone
    assert (comment in article.paragraphs) is not gone


def test_one_short_sentence_printed_twice_inside_the_story_is_a_caption():
    alt = "Japan and Russia still dispute the four islands."
    article = clean_article("\n".join([HEADLINE, BODY, alt, alt, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("caption", alt)] * 2
    # over the story, or apart: not a picture's alt text and caption
    for lines in ([HEADLINE, alt, alt, BODY, BODY2], [HEADLINE, BODY, alt, "", alt, BODY2]):
        assert alt in clean_article("\n".join(lines) + "\n").paragraphs


@pytest.mark.parametrize(
    ("handle", "comment"),
    [
        ("  • kurilfan", True),
        ("  • Jane Roe", True),  # a reader's first and last names
        ("  • Kunashir", False),  # one word: a place
        ("kurilfan", False),
    ],
)
def test_readers_comments_under_a_bulleted_handle_go(handle, comment):
    spam = "Make $500 a day from home with our trading system, just search for it and see."
    third = "The ministers said they would meet again in Tokyo before the end of the year."
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{third}\n{handle}\n{spam}\n")
    assert article.paragraphs[:3] == [BODY, BODY2, third]
    assert (spam in article.paragraphs) is not comment
    assert (("comments", spam) in [(r.rule, r.text) for r in article.removed]) is comment
    # two paragraphs under one such line: the story's own, kept
    longer = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{third}\n{handle}\n{spam}\n{BODY}\n")
    assert "comments" not in [r.rule for r in longer.removed]


@pytest.mark.parametrize("between", ["© AP Photo/Pavel Golovkin", "Read Part 1 here."])
def test_a_readers_comment_under_a_bulleted_handle_past_furniture_goes(between):
    spam = "Make $500 a day from home with our trading system, just search for it and see."
    third = "The ministers said they would meet again in Tokyo before the end of the year."
    page = f"{HEADLINE}\n{BODY}\n{BODY2}\n{third}\n  • kurilfan\n{between}\n{spam}\nAsia\n"
    article = clean_article(page)
    assert article.paragraphs == [BODY, BODY2, third]  # the furniture between, a section after
    assert ("comments", spam) in [(r.rule, r.text) for r in article.removed]
    assert clean_article(article.text).text == article.text


def test_a_caption_with_a_piped_credit_printed_twice_once_after_a_bullet_goes():
    caption = (  # no caption words: only its copy tells
        "A gull circles over the sea near Shikotan, one of four islands known as the Southern"
        " Kurils in Russia and the Northern Territories in Japan. | REUTERS"
    )
    article = clean_article(f"  • {caption}\n    {caption}\n\n{BODY}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.line_no for r in article.removed if r.rule == "caption"] == [1, 2]


def test_a_caption_with_a_piped_credit_printed_twice_apart_goes():
    caption = "The president has linked the dispute to the alliance with the U.S. | REUTERS"
    text = f"{HEADLINE}\n{caption}\n{BODY}\n{BODY2}\nPhotos\n{caption}\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2]
    assert [r.line_no for r in article.removed if r.rule == "caption"] == [2, 6]
    once = clean_article(f"{HEADLINE}\n{BODY}\n{caption}\n{BODY2}\n")  # once: no rule says
    assert [r.rule for r in once.removed if r.text == caption] == []


@pytest.mark.parametrize("buttons", [True, False])
def test_readers_comments_each_over_a_like_button_go(buttons):
    comment = "Moscow will never give the islands back, and Japan should stop asking."
    button = "LikeLiked by 1 person" if buttons else "Liked the story"
    third = "The ministers said they would meet again in Tokyo before the end of the year."
    body = f"{BODY}\n{BODY2}\n{third}"
    article = clean_article(f"{HEADLINE}\n{body}\n{comment}\n{button}\n")
    assert (comment in article.paragraphs) is not buttons
    assert (("comments", comment) in [(r.rule, r.text) for r in article.removed]) is buttons


@pytest.mark.parametrize(("dated", "comments"), [(True, True), (False, False)])
def test_a_blogs_comment_under_its_readers_name_and_date_goes(dated, comments):
    comment = "The islands are Russian and will stay Russian, whatever Tokyo says about it."
    date_line = "March 3, 2019 at 4:12 pm\n" if dated else ""  # undated: a quotation's speaker
    page = f"{HEADLINE}\n{BODY}\n{BODY2}\nIvan Petrov says:\n{date_line}{comment}\nReply\n"
    article = clean_article(page)
    assert (comment in article.paragraphs) is not comments
    assert ([r.rule for r in article.removed] == ["comments"] * 4) is comments


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Kaifu Hails Visit as a First Step : Diplomacy: Tokyo says the talks helped."
            " Aid follows.",
            True,
        ),
        ("Kaifu hailed the visit : he said it helped.", False),
    ],
)
def test_an_archives_headline_with_its_section_and_deck(line, headline):
    article = clean_article(f"{line}\n{BODY}\n{BODY2}\n")
    assert (article.headline == line) is headline


@pytest.mark.parametrize("dated", [True, False])
def test_a_caption_closing_on_its_month_above_its_credit_goes(dated):
    caption = "Fishing boats in the port of Rausu, Hokkaido" + (", May 2019." if dated else ".")
    article = clean_article(f"{HEADLINE}\n{caption}\nKyodo News via AP\n{BODY}\n{BODY2}\n")
    assert (caption in article.paragraphs) is not dated


@pytest.mark.parametrize(
    ("title", "headline_is_title"),
    [
        # "— media": a word the body does not share, so the standfirst shares a little more
        (
            "Japan and Russia to hold two-plus-two talks of foreign and defense ministers — media",
            True,
        ),
        ("Weekly digest of news from the Far Eastern region", False),  # shares few words
    ],
)
def test_of_two_lines_that_both_tell_the_story_the_upper_is_the_headline(title, headline_is_title):
    standfirst = 'The last "two-plus-two" talks were held in Tokyo in March 2017'
    lead = (
        "TOKYO, May 21. /TASS/. The foreign and defense ministers of Japan and Russia will hold"
        ' another "two-plus-two" round of talks before the end of the year, Nikkei wrote.'
    )
    second = (
        'The last "two-plus-two" talks were held in the Japanese capital in March 2017, and the'
        " next are expected in Russia in the autumn, Nikkei's sources said."
    )
    article = clean_article(f"{title}\n{standfirst}\n{lead}\n{second}\n")
    assert article.headline == (title if headline_is_title else standfirst)


@pytest.mark.parametrize(
    ("standfirst", "day"),
    [
        ("Russian Prime Minister Dmitry Medvedev arrived in Iturup on Friday", True),
        ("On August 2, Russian Prime Minister Dmitry Medvedev arrived in Iturup", True),
        ("Russian Prime Minister Dmitry Medvedev arrived in Iturup", False),
    ],
)
def test_a_standfirst_naming_the_day_is_no_headline(standfirst, day):
    title = "Kuril Islands are Russia's own land, PM says, shrugging off protest"
    lead = (
        "ITURUP, August 2. /TASS/. The Russian government is not alarmed by the protests of the"
        " Japanese side over visits to the Kuril Islands, Prime Minister Dmitry Medvedev, who"
        " arrived in Iturup on Friday, told journalists."
    )
    article = clean_article(f"{title}\n{standfirst}\n{lead}\n{BODY}\n")
    # with no day named, the line sharing more of the body's words wins
    assert (article.headline == title) is day


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("The lighthouse is seen from Cape Nosappu on Aug. 1.", True),
        ("A patrol boat is seen near the islet on Thursday.", True),
        ("A patrol boat was seen near the islet on Thursday.", False),  # the story's past tense
        ("The lighthouse is seen as a symbol of the dispute.", False),
    ],
)
def test_a_caption_of_what_is_seen_on_a_day_goes(line, caption):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{BODY2}\n")
    assert (line in article.paragraphs) is not caption


GLUED_TITLE = "Moscow Denies Any Accord on Two Islands After Irkutsk Talks"
GLUED_LEAD = (
    "The Russian Foreign Ministry said on Wednesday that no deal was reached at the meeting."
)
YOUTUBE_TITLE = "Abe And Putin Meet In YouTube Video Seen By Millions Of Viewers In Japan"


@pytest.mark.parametrize(
    ("first", "headline", "lead"),
    [
        (GLUED_TITLE + GLUED_LEAD, GLUED_TITLE, GLUED_LEAD),
        (  # a brand's name in a sentence, no title
            "Engineers in Tokyo said the iPhone maker would open an office in Sakhalin, he said.",
            None,
            "Engineers in Tokyo said the iPhone maker would open an office in Sakhalin, he said.",
        ),
        (YOUTUBE_TITLE, YOUTUBE_TITLE, BODY),  # a brand's name in a title, whole
    ],
)
def test_a_title_glued_to_the_lead_is_the_headline(first, headline, lead):
    article = clean_article(f"{first}\n{BODY}\n")
    assert (article.headline, article.paragraphs[0]) == (headline, lead)


@pytest.mark.parametrize(
    ("words", "tag", "removed"),
    [(9, "", True), (4, "", False), (9, "(Video) ", True), (12, "[VIDEO] ", True)],
)
def test_the_headline_cut_short_and_printed_again_is_removed(words, tag, removed):
    # … or a link to its video, titled as the story is
    headline = "Russia Cancels Visa-free Travel For Japanese Former Residents To Disputed Islands"
    short = tag + " ".join(headline.split()[:words])
    article = clean_article(f"{headline}\n{BODY}\n{short}\n{BODY2}\n")
    assert (short not in article.paragraphs) is removed
    assert [r.rule for r in article.removed] == ["repeated_headline"] * removed


@pytest.mark.parametrize(
    ("first", "second", "headline"),
    [
        (  # in title case, then as written: the latter
            "Lavrov Urges Japan Again To Recognize Ww2 Result",
            "Lavrov urges Japan again to recognize WW2 result",
            "Lavrov urges Japan again to recognize WW2 result",
        ),
        (  # as written, then in title case: the former
            "Lavrov urges Japan again to recognize WW2 result",
            "Lavrov Urges Japan Again To Recognize Ww2 Result",
            "Lavrov urges Japan again to recognize WW2 result",
        ),
    ],
)
def test_a_headline_printed_in_title_case_and_as_written_is_the_latter(first, second, headline):
    article = clean_article(f"{first}\n{second}\n{BODY}\n")
    assert article.headline == headline
    assert [(r.rule, r.text) for r in article.removed] == [
        ("repeated_headline", first if first != headline else second)
    ]
    assert article.paragraphs == [BODY]


@pytest.mark.parametrize(
    ("paragraph", "note"),
    [
        (f"Compiled from Kyodo, AP {BODY2}", "Compiled from Kyodo, AP"),
        (f"Compiled from Reuters and AFP reports {BODY2}", None),  # no agency glued to a sentence
        (f"Compiled from official data, {BODY2}", None),
    ],
)
def test_a_source_note_glued_to_a_paragraph_is_removed(paragraph, note):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{paragraph}\n")
    assert [(r.rule, r.text) for r in article.removed] == ([("source_line", note)] if note else [])
    assert article.paragraphs == [BODY, BODY2 if note else paragraph]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (  # a credit after a dash, 20 words or more
            "Japan's new defence plan calls for refitting a helicopter carrier into one that can"
            " deploy F-35B fighters capable of short take-offs - Kyodo News",
            True,
        ),
        ("The coast of Kunashir is seen in this undated photo taken from a ship.", True),
        (
            "Japan will have to postpone talks with Russia over the Kuril Islands - Kyodo News",
            False,
        ),
        ("Putin speaks at a forum in Vladivostok on the future of the Kuril Islands", False),
    ],
)
def test_a_line_printed_twice_in_a_row_is_a_caption_when_it_reads_as_one(line, caption):
    article = clean_article(f"{line}\n{line}\n{BODY}\n{BODY2}\n")  # a caption, or page title
    rules = [r.rule for r in article.removed]  # and headline ("… - Kyodo News": its site)
    assert (rules == ["caption", "caption"]) is caption
    assert (article.headline is None) is caption
    assert article.paragraphs == [BODY, BODY2]


def test_a_sites_appeal_for_money_is_removed_and_its_closing_taken_off_the_lead():
    appeal = [
        "Your support helps us to tell the story",
        "Our reporters are where the news happens, and every donation helps keep them there.",
    ]
    text = "\n".join([HEADLINE, *appeal, f"Your support makes all the difference.{BODY}", BODY2])
    article = clean_article(text + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("prompt", appeal[0]),
        ("prompt", appeal[1]),
        ("prompt", "Your support makes all the difference."),
    ]
    unclosed = clean_article("\n".join([HEADLINE, *appeal, BODY, BODY2]) + "\n")
    assert unclosed.paragraphs == [appeal[1], BODY, BODY2]  # no closing: the heading alone


def test_a_paragraph_a_glued_note_hid_as_a_repeat_goes_once_the_note_is_off():
    article = clean_article(f"{HEADLINE}\n{BODY2}\nCompiled from Kyodo, AP {BODY2}\n")
    assert article.paragraphs == [BODY2]
    assert clean_article(article.text).text == article.text  # cleaning again changes nothing


def test_an_adverts_notice_inside_a_paragraph_is_taken_out():
    note = "The story goes on under the ad"
    article = clean_article(f"{HEADLINE}\n{note} {BODY} {note} {BODY2}\n")
    assert article.paragraphs == [f"{BODY} {BODY2}"]
    assert [(r.rule, r.text) for r in article.removed] == [("prompt", note)] * 2
    kept = f"{BODY} The story goes on under the admiral's flag, officials said."
    assert clean_article(f"{HEADLINE}\n{kept}\n").paragraphs == [kept]


@pytest.mark.parametrize(
    "link",
    ["Read more", "[…] Continue reading →", "Read More »", "(Read More)", "read full story"],
)
def test_a_links_label_glued_to_a_paragraphs_end_is_taken_off(link):
    article = clean_article(f"{HEADLINE}\n{BODY} {link}\n{BODY2} {link}\n")
    assert article.paragraphs == [BODY, BODY2]
    # taken off before the lines are read, so that a teaser cut short reads the same cleaned again
    teaser = "The ministers will meet again. However, the question of who owns the islands …"
    lines = [HEADLINE, "Dear Japan...", "# Japan and Russia meet", "", teaser + link, BODY, BODY2]
    once = clean_article("\n".join(lines).replace("…[…] ", "…"))
    assert clean_article(once.text).text == once.text
    assert [(r.rule, r.text) for r in article.removed] == [("navigation", link)] * 2
    kept = f"{BODY} Officials said they would read more of the files"  # no stop before it
    assert clean_article(f"{HEADLINE}\n{kept}\n").paragraphs == [kept]


def test_an_advert_printed_again_on_a_paragraph_s_end_is_removed_there_too():
    advert = "- ремонт квартир под ключ недорого"
    sentence = "The crews will keep watch over the straits, the military command said."
    article = clean_article(f"{advert}\n{HEADLINE}\n{BODY}\n{sentence} {advert}\n{BODY2}\n")
    assert article.paragraphs == [BODY, sentence, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("foreign_script", advert)] * 2
    alone = clean_article(f"{HEADLINE}\n{BODY}\nремонт квартир под ключ, tel.\n{BODY2}\n")
    assert alone.paragraphs == [BODY, BODY2]  # mostly another script, no sentence first


def test_a_menu_in_another_script_over_an_english_story_goes_though_a_fifth_of_the_page():
    menu = [
        "Дальневосточная звезда интернет газета",
        "Доска объявлений",
        "Желаете познакомиться через интернет ? Желаете познакомиться через интернет ?",
        "Красота и здоровье Красота и здоровье",
        "Все о туризме Все о туризме",
        "Автоновости Автоновости Новости спорта Новости спорта",
    ]
    article = clean_article("\n".join([*menu, HEADLINE, BODY, BODY2]) + "\n")
    assert article.headline == HEADLINE and article.paragraphs == [BODY, BODY2]
    assert {r.rule for r in article.removed} == {"foreign_script"}


@pytest.mark.parametrize("bullet", ["▼", "►", "■", "•", "»", "→"])
def test_a_bullet_before_the_headline_is_taken_off_it(bullet):
    article = clean_article(f"{bullet} {HEADLINE}\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert [(r.line_no, r.rule, r.text) for r in article.removed] == [(1, "symbols", bullet)]


@pytest.mark.parametrize("tail", ["+", " +", "++"])
def test_a_wires_plus_glued_to_the_headline_is_taken_off_it(tail):
    article = clean_article(f"{HEADLINE}{tail}\n{BODY}\n{BODY2}\n")
    glued = tail == "+"  # glued to the last word; apart, or doubled, it is the title's own
    assert article.headline == (HEADLINE if glued else HEADLINE + tail)
    assert (("symbols", "+") in [(r.rule, r.text) for r in article.removed]) is glued


def test_a_sites_blurb_between_its_footers_lines_is_footer():
    blurb = "This website is made to follow what the world's press writes, more about us here"
    footer = ["Source: Some News Network", "World press review", blurb, "Terms & conditions"]
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, *footer]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert (
        [(r.rule, r.text) for r in article.removed]
        == [
            ("credits", footer[0]),  # an outlet kurils does not know, by its name alone
            *[("footer_furniture", t) for t in footer[1:]],
        ]
    )
    # a line there that names the dispute stays
    line = (
        "Japan still claims all of the four islands off Hokkaido that it calls its"
        " Northern Territories"
    )
    article = clean_article("\n".join([HEADLINE, BODY2, *footer[:2], line, footer[3]]) + "\n")
    assert article.paragraphs == [BODY2, line]


@pytest.mark.parametrize(
    ("last", "taken"),
    [
        # cut short inside, and run into the next teaser's title: no sentence ends it
        (
            "It opened on August 7 and takes ... a year. It serves 5 million people.A mall opens",
            True,
        ),
        ("It opened on August 7 and serves 5 million passengers a year.", False),  # a sentence
    ],
)
def test_what_ends_no_sentence_under_two_footer_lines_after_the_story_is_footer(last, taken):
    footer = ["Share the good news with your friends", "More on this topic"]
    teaser = "A new ferry terminal opens in Vladivostok"
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, *footer, teaser, last]) + "\n")
    assert article.paragraphs[:2] == [BODY, BODY2]
    assert (last in article.paragraphs) is not taken
    assert (("footer_furniture", last) in [(r.rule, r.text) for r in article.removed]) is taken


def test_another_storys_title_glued_to_a_paragraphs_last_sentence_goes():
    title = "Lavrov explained when the ferry to Shikotan may sail again"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}{title}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("cross_link", title)]
    # the story's own next sentence glued on, whole or cut short by an excerpt, stays
    for glued in (
        "Lavrov said the ferry to Shikotan may sail again.",
        "Lavrov said the ferry to Shikotan may sail again…",
    ):
        assert clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}{glued}\n").paragraphs[-1] == (
            BODY2 + glued
        )


def test_a_paywalls_offer_over_the_headline_leaves_the_headline_found():
    offer = [
        "Exclusive digital coverage",
        "Ad-free reading NEW",
        "Free trial",
        "30-days free access, then $2.90",
        "per month.",
        "$19.90 per year, save $14.90 compared to monthly billing.save $14.90.",  # its button too
        "Subscribe to the Tokyo Ledger",
    ]
    article = clean_article("\n".join([*offer, HEADLINE, BODY, BODY2]) + "\n")
    assert (article.headline, article.paragraphs) == (HEADLINE, [BODY, BODY2])


def test_a_title_in_title_case_by_the_pictures_credit_under_a_videos_title_is_the_headline():
    video = "Putin And Abe Hold Joint Press Conference"
    title = "Tokyo, Moscow Still Far Apart on Peace Treaty Terms - Deputy Minister"
    page = f"{video}\n{title}\n© Sputnik / Jane Roe\n{BODY}\n{BODY2}\n"
    assert clean_article(page).headline == title
    # in a picture's words, title case or not, it is the picture's caption
    caption = "Foreign Ministers Kono And Lavrov Shake Hands Before Peace Treaty Talks"
    page = f"{video}\n{caption}\n© Sputnik / Jane Roe\n{BODY}\n{BODY2}\n"
    article = clean_article(page)
    assert ("caption", caption) in [(r.rule, r.text) for r in article.removed]


def test_a_sites_teaser_printed_twice_under_its_title_closing_the_page_goes():
    title = "WHO: Fertiliser Costs Could Prolong Global Food Crisis"
    deck = "Many poorer countries will cut food imports as prices rise."
    page = f"{HEADLINE}\n{BODY}\n{BODY2}\n{title}\n{deck}\n{title}\n{deck}\n"
    article = clean_article(page)
    assert article.paragraphs == [BODY, BODY2]
    assert ("footer_furniture", deck) in [(r.rule, r.text) for r in article.removed]
    # a paragraph of the story's printed again under it stays once
    page = f"{HEADLINE}\n{BODY}\n{BODY2}\n{title}\n{BODY2}\n"
    assert clean_article(page).paragraphs[-1] == BODY2


def test_a_pointer_to_the_full_story_numbered_as_a_printed_link_is_footer():
    page = f"{HEADLINE}\n{BODY}\n{BODY2}\nFull article here [1]\n"
    article = clean_article(page)
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("footer_furniture", "Full article here [1]")
    ]
    # a sentence closing on a link's number stays
    sentence = "The ministry gave the full text of the note on Friday. [1]"
    assert (
        clean_article(f"{page[: -len('Full article here [1]') - 1]}{sentence}\n").paragraphs[-1]
        == sentence
    )


def test_a_sites_teasers_for_its_features_after_the_story_are_footer():
    teasers = [
        "Here is a collection of letters written by survivors of the great flood.",
        "A peek behind the scenes at the chefs who cook for the Diet's members.",
        "Travel writers and photographers share the routes they love in Hokkaido.",
        "A series on the ferries that link the islands of Japan",  # no sentence: footer anyway
    ]
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, *teasers]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("footer_furniture", t) for t in teasers]
    # the story goes on under a teaser: its paragraphs name the dispute (a hypothesis run of the
    # idempotence check found them taken with the teaser)
    article = clean_article("\n".join([HEADLINE, BODY, teasers[0], BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.text for r in article.removed] == [teasers[0]]
    long = (  # a last paragraph of the story's, over 30 words
        "A peek into the ministry's files shows that the offer was made twice, in 1956 and again"
        " in 2001, and that both times Tokyo turned it down, the historians wrote in their report."
    )
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, long]) + "\n")
    assert article.paragraphs == [BODY, BODY2, long]


@pytest.mark.parametrize(
    ("after", "moved"),
    [(" Sunday, October 18, 2009", True), (" October 18, 2009", True), (" in October 2009", False)],
)
def test_a_title_printed_with_its_date_then_alone_is_the_headline_without_it(after, moved):
    # a blog's post date, its title with the date of the day it tells of, the title again
    article = clean_article(f"Thursday, October 22, 2009\n{HEADLINE}{after}\n{HEADLINE}\n{BODY}\n")
    assert article.headline == (HEADLINE if moved else HEADLINE + after)
    repeated = 2 if moved else 3
    assert [(r.line_no, r.rule) for r in article.removed] == [
        (1, "date_stamp"),
        (repeated, "repeated_headline"),
    ]


_BROKEN_ABOVE = "During the talks the Russian side was interested in issues"


@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        (f"{_BROKEN_ABOVE} relate", "d to the islands. Tokyo wants talks.", True),  # "related"
        (f"{_BROKEN_ABOVE} quiet", "ly, officials said. Tokyo wants talks.", True),  # "quietly"
        (_BROKEN_ABOVE, "vs. Moscow, officials said. Tokyo wants talks.", False),  # a word
        (_BROKEN_ABOVE, "e.g. the islands, officials said. Tokyo wants talks.", False),
        (_BROKEN_ABOVE, "to the islands. Tokyo wants talks.", False),  # a word: no break in one
    ],
)
def test_a_word_broken_in_two_across_lines_is_joined_again(above, below, joined):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{above}\n{below}\n{BODY2}\n")
    assert ((above + below) in article.paragraphs) is joined
    assert article.paragraphs[0] == BODY and article.paragraphs[-1] == BODY2


def test_a_sentence_hard_wrapped_in_a_page_of_one_line_paragraphs_is_joined():
    wrapped = [
        "Despite the clean air and the views, the lack of",
        "basic services means that few people choose to settle",
        "on the islands for good",
        "The plan covers the years 2016 to 2025 for the islands in",
        "2016-2025 prices, the ministry said on Friday.",
    ]
    article = clean_article("\n".join([HEADLINE, BODY, *wrapped, BODY2]) + "\n")
    assert article.paragraphs == [
        BODY,
        " ".join(wrapped[:3]),
        " ".join(wrapped[3:]),
        BODY2,
    ]
    kept = ["by Reiji Yoshida", "asia.nikkei.com", "Tokyo said on Friday the talks would go on."]
    for below in kept:  # a byline, an address, a line in capitals under a title
        article = clean_article(f"{HEADLINE}\n{below}\n{BODY}\n{BODY2}\n")
        assert article.headline == HEADLINE


def test_a_lead_printed_twice_each_under_its_own_dateline_goes_once():
    # cleaning the cleaned text must change nothing (a hypothesis run of the idempotence check)
    twice = f"TOKYO, March 20. /TASS/. {BODY}\nNEMURO, Hokkaido — {BODY}\n{BODY2}\n"
    article = clean_article(f"{HEADLINE}\n{twice}")
    assert article.paragraphs == [BODY, BODY2]
    assert article.dateline.city == "TOKYO"
    assert clean_article(article.text).text == article.text


def test_a_newsletters_blurb_under_its_sign_up_at_the_pages_end_goes():
    sign_up = "Sign up for our daily newsletter"
    blurb = "A digest of the week's reports on the islands. If it matters, we sum it up."
    notice = "Protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, sign_up, blurb, notice]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("prompt", sign_up),
        ("prompt", blurb),
        ("prompt", notice),
    ]
    article = clean_article("\n".join([HEADLINE, BODY, sign_up, blurb, BODY2]) + "\n")
    assert article.paragraphs == [BODY, blurb, BODY2]  # the story goes on under it
    named = (  # the blurb names the newsletter: longer, and wherever it stands
        "Our weekly newsletter contains a hand-picked selection of news, features, analysis and"
        " more from the islands. You will receive it in your mailbox every Friday."
    )
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, sign_up, named, BODY]) + "\n")
    assert [(r.rule, r.text) for r in article.removed][:2] == [
        ("prompt", sign_up),
        ("prompt", named),
    ]


def test_a_newsletters_blurb_under_its_sign_up_above_a_lead_on_its_dateline_goes():
    sign_up = "Sign up for our weekly Far East newsletter"
    blurb = "A weekly report putting the news from the islands in perspective."
    lead = f"March 3 (UPI) -- {BODY}"
    article = clean_article("\n".join([HEADLINE, sign_up, blurb, lead, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed][:2] == [
        ("prompt", sign_up),
        ("prompt", blurb),
    ]
    # a lead with no dateline under it: the line may be the story's standfirst, and stays
    article = clean_article("\n".join([HEADLINE, sign_up, blurb, BODY, BODY2]) + "\n")
    assert article.paragraphs == [blurb, BODY, BODY2]


def test_a_line_printed_twice_after_the_last_paragraph_is_no_caption():
    label = "Russia Report by e-mail"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{label}\n{label}\n")
    assert "caption" not in [r.rule for r in article.removed]


@pytest.mark.parametrize(
    ("after", "taken"),
    [
        ("Top news\nJapan protests drills\nThe drills began on Tuesday near the islands...", True),
        ("Related\nJapan protests drills\nTokyo", False),  # no teaser: the rules as before
        ("Top news\nJapan protests drills\nThe drills began on Tuesday, it said.", False),
        ("Latest Videos\n- INSIDE THE ARMS RACE\n- Is the Arctic next? Will Moscow move?", True),
        ("Latest Videos\n- Is the Arctic next? Will Moscow move?", False),  # one title: no list
    ],
)
def test_a_list_of_stories_with_teasers_closing_the_page_is_a_cross_link(after, taken):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{after}\n")
    rules = {r.text: r.rule for r in article.removed}
    assert all(rules.get(line) == "cross_link" for line in after.split("\n")) is taken
    assert article.paragraphs[:2] == [BODY, BODY2]


def test_a_short_quote_that_the_next_line_attributes_is_no_footer():
    quote, said = 'These are not "disputed territories", this is Russia,', "- the politician said."
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{quote}\n{said}\nJapan\n")
    assert article.paragraphs == [BODY, BODY2, f"{quote} {said}"]


@pytest.mark.parametrize(
    ("stamp", "off", "published"),
    [
        (" (AFP) Updated: 2005-11-14 10:17", True, date(2005, 11, 14)),
        (" Updated: soon", False, None),
        (" Friday, September 3, 2021 12:00:41 PM", True, date(2021, 9, 3)),  # weekday, date, time
        (" Friday, September 3, 2021", True, date(2021, 9, 3)),
        (" on September 3, 2021", False, None),  # no weekday: the title's own words
        (" December 24 10:50", True, None),  # no year, but a time: an NHK page's
        (" 6 September 5:11", True, None),  # the day first
        (" Released December 24 10:50", True, None),  # and its label
        (" on December 24", False, None),
        (" 06:38", True, None),  # a listing's time alone
        (" to resume at 15:00", False, None),  # the title's own time
        (" - 2001-08-20", True, date(2001, 8, 20)),  # an archive's date in ISO form after a dash
        (" | 1994-10-04", False, None),  # after a bar: an event's date, as a history site's
    ],
)
def test_a_date_stamp_after_the_headline_on_its_line_comes_off(stamp, off, published):
    article = clean_article(f"{HEADLINE}{stamp}\n{BODY}\n{BODY2}\n")
    assert article.headline == (HEADLINE if off else HEADLINE + stamp)
    assert extract_metadata(article).published == published
    assert [r.rule for r in article.removed] == (["date_stamp"] if off else [])


def test_a_links_label_glued_to_a_paragraphs_start_comes_off_with_its_widgets_heading():
    text = f"{HEADLINE}\n{BODY}\nImpact Shorts\nMore Shorts{BODY2}\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("navigation", "Impact Shorts"),
        ("navigation", "More Shorts"),
    ]
    # a section's heading over a paragraph with no label glued on stays, and so do the words
    more = "More Japanese boats sailed to the islands' waters on Friday, officials said."
    article = clean_article(f"{HEADLINE}\n{BODY}\nFishing rights\n{more}\n")
    assert article.paragraphs == [BODY, "Fishing rights", more]


def test_a_republished_pieces_source_and_author_glued_before_the_lead_come_off():
    labels = "Source: East Asia Forum Author: Dmitry Filippov, University of Sheffield"
    article = clean_article(f"{HEADLINE}\n\n{labels} {BODY}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("source_line", "Source: East Asia Forum"),
        ("byline", "Author: Dmitry Filippov, University of Sheffield"),
    ]
    assert extract_metadata(article).outlet == "East Asia Forum"
    # a source's label alone opening a sentence stays
    sentence = f"Source: East Asia Forum analysts say {BODY}"
    assert clean_article(f"{HEADLINE}\n\n{sentence}\n\n{BODY2}\n").paragraphs[0] == sentence


def test_a_pictures_alt_text_in_lower_case_over_its_caption_goes_with_it():
    alt = "northern territories"
    caption = (
        "The northern territories seen from the Nemuro Peninsula on Jan. 5, 2019 | FILE PHOTO:"
        " The Japan News/Asia News Network"
    )
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{alt}\n\n{caption}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("caption", alt), ("caption", caption)]
    # a subhead in capitals over it stays
    article = clean_article(
        f"{HEADLINE}\n\n{BODY}\n\nNorthern Territories\n\n{caption}\n\n{BODY2}\n"
    )
    assert article.paragraphs == [BODY, "Northern Territories", BODY2]


def test_the_pages_date_and_site_glued_before_the_lead_come_off_and_date_it():
    stamp = "February 14, 2023, 19:46 – BLiTZ – News"
    article = clean_article(f"{HEADLINE}\n\n{stamp} {BODY}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("date_stamp", stamp)]
    assert extract_metadata(article).published == date(2023, 2, 14)
    # a sentence that opens on a date and a time stays whole
    sentence = f"February 14, 2023, 19:46 – the talks began in Moscow – {BODY}"
    assert clean_article(f"{HEADLINE}\n\n{sentence}\n\n{BODY2}\n").paragraphs[0] == sentence


@pytest.mark.parametrize(
    ("field", "rest", "headline", "dateline"),
    [
        ("date 2017-05-15", BODY, None, None),  # over the lead
        ("Date: 2017-05-15", HEADLINE, HEADLINE, None),  # over the headline
        ("date 2017-05-15", f"TOKYO (Kyodo) -- {BODY}", None, "TOKYO"),  # over the dateline
        ("date 2017-05-15", f"(Bloomberg) -- {BODY}", None, None),  # over the agency's
    ],
)
def test_an_archives_date_field_glued_to_the_first_line_comes_off_and_dates_it(
    field, rest, headline, dateline
):
    article = clean_article(f" {field} {rest}\n\n{BODY2}\n")
    assert article.headline == headline
    assert article.paragraphs == ([BODY2] if headline else [BODY, BODY2])
    assert ("date_stamp", field) in [(r.rule, r.text) for r in article.removed]
    meta = extract_metadata(article)
    assert (meta.published, meta.dateline) == (date(2017, 5, 15), dateline)
    # a sentence on the date stays whole
    sentence = f"Date 2017-05-15 was set for the talks, and {BODY[0].lower()}{BODY[1:]}"
    assert clean_article(f"{HEADLINE}\n\n{sentence}\n").paragraphs == [sentence]


@pytest.mark.parametrize(
    "opening",
    [
        "February 14, 2023, 19:46 – BLiTZ – News ",
        "date 2017-05-15 ",
        "Cover picture for the articleTokyo [Japan], June 24 (ANI/Sputnik): ",
        "Source: East Asia Forum Author: Dmitry Filippov, University of Sheffield ",
    ],
)
def test_what_opens_the_lead_comes_off_before_a_copy_of_the_lead_is_looked_for(opening):
    # found by a hypothesis run of the idempotence check: taken off later, the opening hid the
    # lead printed again under a short line, which the second cleaning then found
    article = clean_article(f"{HEADLINE}\n{opening}{BODY}\nBelligerents\n{BODY}\n")
    assert clean_article(article.text).text == article.text


@pytest.mark.parametrize(
    ("above", "title", "headline"),
    [
        ("Monday, November 01, 2010", "Disputed Islands", True),  # a blog post's, under its date
        ("Monday, November 01, 2010", "Asia Pacific", False),  # a section: no word of the story
        ("", "Disputed Islands", False),  # no date above: a section's heading
    ],
)
def test_a_two_word_title_under_the_posts_date_is_the_headline(above, title, headline):
    article = clean_article(f"{above}\n\n{title}\n\n{BODY2}\n\n{BODY}\n")
    assert (article.headline == title) is headline
    assert article.paragraphs[-2:] == [BODY2, BODY]


@pytest.mark.parametrize(("copies", "title"), [(2, True), (1, True), (2, False)])
def test_the_storys_own_teaser_its_title_and_its_lead_cut_short_goes(copies, title):
    teaser = f"{HEADLINE}. {BODY[:90].rstrip()}.."
    top = "\n\n".join([teaser] * copies + [HEADLINE] * title)
    article = clean_article(f"{top}\n\n{BODY}\n\n{BODY2}\n")
    assert (article.paragraphs == [BODY, BODY2]) is title
    assert (article.headline == HEADLINE) is title
    # without the title alone, the teaser is no copy of anything the page shows whole
    assert (teaser in article.paragraphs) is not title


@pytest.mark.parametrize(
    ("opening", "credit"),
    [
        ("www.example-travels.comMOSCOW: ", True),  # a picture's credit, glued on
        ("www.example.com MOSCOW: ", False),  # a space between: not glued
    ],
)
def test_a_sites_address_glued_before_the_dateline_comes_off(opening, credit):
    article = clean_article(f"{HEADLINE}\n\n{opening}{BODY}\n\n{BODY2}\n")
    gone = [(r.rule, r.text) for r in article.removed]
    assert (("photo_credit", "www.example-travels.com") in gone) is credit
    assert (article.paragraphs[0] == BODY) is credit
    assert (article.dateline is not None and article.dateline.city == "MOSCOW") is credit


@pytest.mark.parametrize(("space", "glued"), [("", True), (" ", False)])
def test_a_sites_account_glued_before_a_lead_in_cyrillic_comes_off(space, glued):
    lead = "Министр иностранных дел Японии прибыл в Москву для переговоров о мирном договоре."
    more = "Стороны обсудили совместную хозяйственную деятельность на островах."
    article = clean_article(f"Министр прибыл в Москву\n\n@example_ru{space}{lead}\n\n{more}\n")
    assert (article.paragraphs[0] == lead) is glued
    assert (("navigation", "@example_ru") in [(r.rule, r.text) for r in article.removed]) is glued


@pytest.mark.parametrize(
    "rows", [["| All respondents |", "Yes | 61 |", "No | 30 |"], ["Yes | 61 |"]]
)
def test_three_rows_closing_on_bars_are_a_table_with_no_rule(rows):
    question = (
        "Should Russia and Japan sign a peace treaty? (closed-ended question, one answer) | |"
    )
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, question, *rows, BODY]) + "\n")
    table = len(rows) >= 2  # the question's row and two more at least
    assert (question in article.paragraphs) is not table
    assert article.paragraphs[:2] == [BODY, BODY2] and article.paragraphs[-1] == BODY
    assert [r.text for r in article.removed if r.rule == "table"] == [question, *rows] * table


def test_the_headline_printed_again_as_a_pictures_alt_text_with_its_label_goes():
    article = clean_article(f"{HEADLINE}\n\n{HEADLINE} Photo:\n\n{BODY}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("repeated_headline", f"{HEADLINE} Photo:")
    ]


@pytest.mark.parametrize("apart", [True, False])
def test_the_headline_printed_again_as_the_alt_text_over_a_credit_stays_the_headline(apart):
    title = "Tokyo protests the deputy premiers' visit to Iturup"
    credit = "Photos courtesy of the Institute of Volcanology"
    gap = "\n\n" if apart else "\n"
    text = f"Oct 15, 2021\n\n{title}{gap}{title}\n{credit}\n\n{BODY}\n\n{BODY2}\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2]
    # a blank line apart: the page's title, then the picture's alt text; on the next line: the
    # picture's alt text and caption, both
    assert article.headline == (title if apart else None)


LONG_CAPTION = (
    "Russian President Vladimir Putin shakes hands with Japanese Prime Minister Shinzo Abe after a"
    " plenary session of the Eastern Economic Forum in Vladivostok, Russia September 5, 2019"
)


@pytest.mark.parametrize("site", ["Sputnik International", "Nowhere Weekly"])
@pytest.mark.parametrize(
    # a long one too, of over 160 characters
    "caption",
    ["A new ferry terminal opens on Kunashir Island of the Kuril Islands", LONG_CAPTION],
)
def test_a_pictures_card_under_its_credit_and_caption_goes_with_them(site, caption):
    card = f"{caption} - {site}"
    credit = f"© Sputnik / Jane Roe / Go to the mediabank{caption}"
    article = clean_article(f"{HEADLINE}\n\n{credit}\n{card}\nSubscribe\n{BODY}\n\n{BODY2}\n")
    known = site == "Sputnik International"  # the card closes on a site kurils knows
    assert (card in article.paragraphs) is not known
    assert (("caption", card) in [(r.rule, r.text) for r in article.removed]) is known


@pytest.mark.parametrize(
    ("alt", "goes"),
    [
        ("Dmitry Medvedev pictured at the Kremlin", True),
        ("Fumio Kishida pictured in Tokyo", False),  # a name the caption does not have
        ("Dmitry Medvedev at the Kremlin", False),  # no picture's words
    ],
)
def test_a_pictures_alt_text_over_its_caption_goes_with_it(alt, goes):
    caption = (
        "Russian Security Council Deputy Chairman Dmitry Medvedev takes part in a meeting at the"
        " Kremlin on September 20, 2022, in Moscow, Russia. GETTY IMAGES"
    )
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{alt}\n{caption}\n\n{BODY2}\n")
    assert (alt in article.paragraphs) is not goes
    assert caption not in article.paragraphs


def test_a_printed_editions_page_marks_come_out_alone_or_mid_sentence():
    # the State Department's Foreign Relations of the United States prints them in its web copy
    broken = BODY2.replace(" dispute over ", " dispute [Page 217] over ")
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n[Page 216]\n\n{broken}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert sorted((r.rule, r.text) for r in article.removed) == [
        ("page_counter", "[Page 216]"),
        ("page_counter", "[Page 217]"),
    ]
    # a page a sentence names, no brackets round it, stays
    cited = f"{BODY} The report's Page 217 lists them."
    assert clean_article(f"{HEADLINE}\n\n{cited}\n").paragraphs == [cited]


@pytest.mark.parametrize("breaks", [3, 2])
def test_a_page_an_editor_broke_at_random_three_times_or_more_is_joined_again(breaks):
    pieces = [
        ("A Japanese foreign ministry", "official said on Friday that the talks would go on."),
        ("The two countries", "have never signed a peace treaty since the war, he said."),
        ("A Russian prosecutor on", "the island of Sakhalin has said the captain will be charged."),
    ][:breaks]
    lines = [line for piece in pieces for line in piece]
    article = clean_article(
        "\n".join(["RUSSIA HANDS OVER FISHERMAN'S BODY AFTER", "SHOOTING", *lines])
    )
    assert article.headline == "RUSSIA HANDS OVER FISHERMAN'S BODY AFTER SHOOTING"
    whole = [f"{above} {below}" for above, below in pieces]
    assert article.paragraphs == (whole if breaks >= 3 else lines)


@pytest.mark.parametrize(
    ("title", "linked"),
    [
        ("Protest held outside the embassy in Moscow (VIDEO)", True),  # no sentence, its tag aside
        ("Islanders marched through Yuzhno-Kurilsk on Monday, officials said. (VIDEO)", False),
    ],
)
def test_a_linked_storys_title_closing_on_its_media_tag_goes_with_its_link(title, linked):
    alt = "Protesters gather outside the embassy."  # the linked story's picture
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\nRead more\n{alt}\n{title}\n\n{BODY2}\n")
    assert (title in article.paragraphs) is not linked
    assert article.paragraphs[0] == BODY and article.paragraphs[-1] == BODY2


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("Coalition Partner Loses Seat; Cabinet to Be Reshuffled (Update 1)", False),
        ("Ruling Bloc Keeps Its Majority (UPDATE 2)", False),
        ("Ruling Bloc Keeps Its Majority (Updated)", False),
        ("The ministry said the talks would resume in spring. (Update 1)", True),
        ("The vote was close (an update followed)", True),  # a bracket of the sentence's own
    ],
)
def test_a_wires_update_tag_closing_a_line_decides_nothing(line, sentence):
    from kurils.furniture import ends_a_sentence

    assert ends_a_sentence(line) is sentence


def test_a_popular_list_whose_first_title_carries_an_update_tag_goes_whole():
    titles = [
        "Coalition Partner Loses Seat in Vote; Party Forced to Rethink Its Course (Update 1)",
        "Parliament Likely to Convene Next Week; Lawmakers to Pick a Premier",
        "Prime Minister Keeps His Post After Winning the Runoff",
    ]
    furniture = ['"Politics" POPULAR ARTICLE'] + [x for title in titles for x in ("-", title)]
    third = "Visits by former islanders to family graves were halted in 2020 by the pandemic."
    page = [HEADLINE, BODY, BODY2, third, *furniture]
    article = clean_article("\n".join(page) + "\n")
    assert article.paragraphs == [BODY, BODY2, third]


@pytest.mark.parametrize(
    ("title", "headline", "outlet"),
    [
        ("AFP: Tokyo to honour islanders' memory", "Tokyo to honour islanders' memory", "AFP"),
        ("Kyodo News: Abe to visit Moscow next month", "Abe to visit Moscow next month", "Kyodo"),
        # a company named like a paper, a country, a speaker: no outlet credited
        ("Asahi Glass: Profits Rise in Russia", "Asahi Glass: Profits Rise in Russia", None),
        ("Russia: Japan Must Drop Its Claim", "Russia: Japan Must Drop Its Claim", None),
        ("Putin: The Islands Will Stay Russian", "Putin: The Islands Will Stay Russian", None),
    ],
)
def test_a_known_outlet_a_forum_credits_before_the_headline_is_the_source(title, headline, outlet):
    article = clean_article(f"\n{title}\n{BODY} {BODY2}\n")
    assert article.headline == headline
    assert extract_metadata(article).outlet == outlet


@pytest.mark.parametrize("label", ["MORE Society NEWS", ""])
def test_teasers_under_a_section_label_a_rule_took_after_the_sources_are_footer(label):
    # under a label, teasers naming one party go too; with none, they might be the story's
    third = "Fishing boats from Nemuro have worked the waters near the islands for decades."
    teasers = [
        "Osaka City has ordered residents to stop feeding pigeons in its parks.",
        "Youngsters in Japan are embracing cosmetics, a survey of schools found.",
    ]
    labels = [label] if label else []
    page = [HEADLINE, BODY, BODY2, third, "Source: Example Wire", *labels, *teasers]
    article = clean_article("\n".join(page) + "\n")
    assert article.paragraphs == [BODY, BODY2, third] + teasers * (not label)


@pytest.mark.parametrize(
    ("bio", "taken"),
    [
        ("Example News is your daily dose of news from Asia and the world.", True),
        ("The site is your daily dose of news from Asia and the world.", False),  # not named
    ],
)
def test_an_authors_box_its_name_glued_to_its_address_then_its_bio_goes(bio, taken):
    article = clean_article(
        f"{HEADLINE}\nExample Newshttps://www.example.com\n{bio}\n{BODY}\n{BODY2}\n"
    )
    assert ("url", "Example Newshttps://www.example.com") in [
        (r.rule, r.text) for r in article.removed
    ]
    assert (bio in article.paragraphs) is not taken
    assert article.paragraphs[-2:] == [BODY, BODY2]


@pytest.mark.parametrize(("stamp", "linked"), [("March 7, 16:34", True), ("March 7, 2019", False)])
def test_a_linked_storys_day_and_time_over_its_title_between_paragraphs_go(stamp, linked):
    title = "Moscow protests Tokyo's new fishing rules near the islands"
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n{stamp}\n\n{title}\n\n{BODY2}\n")
    assert ("date_stamp", stamp) in [(r.rule, r.text) for r in article.removed]
    assert (("cross_link", title) in [(r.rule, r.text) for r in article.removed]) is linked
    assert article.paragraphs == [BODY] + [title] * (not linked) + [BODY2]


def test_a_gallerys_card_over_the_lead_is_a_caption():
    # the picture's number, its caption and a link, after bars, under the headline
    card = "2 of 5 | Fishing boats are moored at the port in Nemuro. Photo by J. Roe | Buy Photo"
    article = clean_article(f"{HEADLINE}\n\n{card}\n\nMarch 15 (UPI) -- {BODY}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert ("caption", card) in [(r.rule, r.text) for r in article.removed]


def test_a_parliament_records_paragraph_marks_come_off_but_a_sections_number_stays():
    section = "§ 2. The parties agree to continue the talks."
    article = clean_article(f"§ 2.39 p.m.\n§ {BODY}\n§ {BODY2}\n{section}\n")
    assert article.paragraphs == [BODY, BODY2, section]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("date_stamp", "2.39 p.m."),  # the time the question was taken, alone once unmarked
        *[("symbols", "§")] * 3,
    ]


def test_a_paywalls_get_access_button_is_navigation():
    article = clean_article(f"{HEADLINE}\n\nGet access\n\nSummary\n\n{BODY}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert ("navigation", "Get access") in [(r.rule, r.text) for r in article.removed]


def test_an_aggregators_alt_text_glued_before_the_dateline_comes_off():
    article = clean_article(
        f"{HEADLINE}\n\nCover picture for the articleTokyo [Japan], June 24 (ANI/Sputnik): {BODY}\n"
    )
    assert article.paragraphs == [BODY]
    assert article.dateline is not None and article.dateline.city == "Tokyo"
    assert ("caption", "Cover picture for the article") in [
        (r.rule, r.text) for r in article.removed
    ]


@pytest.mark.parametrize(
    ("first", "caption"),
    [
        ("A Japanese soldier stands on the deck of a ship near Okinawa on November 15.", True),
        ("Former islanders pray at a cemetery on Kunashiri on Tuesday.", True),  # plural
        ("Kishida said he visits Nemuro on February 7.", False),  # someone's words
        ("Kishida visits Nemuro. The talks stall on February 7.", False),  # two sentences
        ("Japan and Russia held talks in Moscow on November 15.", False),  # no picture's words
        # someone placed in the picture, in no picture's words
        ("Foreign Minister Kono (left) and Sergei Lavrov met in Moscow on November 15.", True),
        # a wire's caption, the full date after a comma closing it, over any lead
        (
            "Deputy Foreign Minister Igor Morgulov, surrounded by reporters in Tokyo after "
            "meeting Japanese officials to discuss the seized fishing boat, Aug. 16, 2006.",
            True,
        ),
        ("Morgulov said talks would resume in Tokyo, Aug. 16, 2006.", False),  # someone's words
        ("Morgulov met Kono. Talks resume in Tokyo, Aug. 16, 2006.", False),  # two sentences
    ],
)
def test_a_one_sentence_caption_closing_on_its_day_over_a_longer_lead_goes(first, caption):
    article = clean_article(f"{HEADLINE}\n\n{first}\n\n{BODY} {BODY2}\n")
    assert (first not in article.paragraphs) is caption


@pytest.mark.parametrize(
    ("first", "dated", "caption"),
    [
        ("A man mends a fishing net at dawn on the shore of Shikotan island.", True, True),
        ("A man mends a fishing net at dawn on the shore of Shikotan island.", False, False),
        ("A Japanese fishing boat was seized off Kunashir by border guards.", True, False),
    ],
)
def test_someone_unnamed_pictured_over_a_datelined_lead_is_a_caption(first, dated, caption):
    lead = f"TOKYO, March 3 (Kyodo) -- {BODY}" if dated else BODY
    article = clean_article(f"{HEADLINE}\n\n{first}\n\n{lead}\n\n{BODY2}\n")
    assert (first not in article.paragraphs) is caption


@pytest.mark.parametrize("above", [True, False])
def test_a_caption_over_the_lead_goes_with_a_dateline_alone_on_either_side(above):
    caption = "Foreign Minister Kono (left) and Sergei Lavrov met in Moscow on November 15."
    dateline = "TOKYO, April 19 Kyodo"
    header = [dateline, caption] if above else [caption, dateline]
    article = clean_article("\n".join([HEADLINE, *header, f"{BODY} {BODY2}"]) + "\n")
    assert article.paragraphs == [f"{BODY} {BODY2}"]
    assert article.dateline is not None and article.dateline.city == "TOKYO"
    assert clean_article(article.text).paragraphs == article.paragraphs


def test_a_pictures_alt_text_run_into_two_paragraphs_comes_off_both():
    alt = "Memorial stone on the Habomai shore"
    first = "A stone was laid on the shore in the summer, officials said on Monday."
    second = "Its text names the former residents of the islets, the organisers said."
    article = clean_article(f"{HEADLINE}\n{alt}{first}\n{alt}{second}\n{BODY}\n")
    assert article.paragraphs == [first, second, BODY]
    assert [(r.rule, r.text) for r in article.removed] == [("caption", alt)] * 2
    # once only: perhaps the paragraph's own words ("… islandsIn" is no proof alone)
    once = clean_article(f"{HEADLINE}\n{alt}{first}\n{BODY}\n")
    assert once.paragraphs[0] == alt + first


def test_a_caption_glued_before_the_lead_comes_off():
    article = clean_article(f"{HEADLINE}\nKoizumi (file photo) (AFP) {BODY}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("caption", "Koizumi (file photo) (AFP)")
    ]


@pytest.mark.parametrize(
    ("source", "paragraph", "lead"),
    [
        (
            "The Yomiuri Shimbun",
            "The Yomiuri Shimbun The two governments agreed on flights to the islands.",
            "The two governments agreed on flights to the islands.",
        ),
        (
            "By Hiroshi Tanaka",
            "By Hiroshi Tanaka Prime Minister Abe met Putin in Moscow on Friday.",
            "Prime Minister Abe met Putin in Moscow on Friday.",
        ),
        # a longer name that opens on the source's: the lead, whole
        (
            "Kyodo News",
            "Kyodo News Agency reported on Friday that the talks would go on.",
            "Kyodo News Agency reported on Friday that the talks would go on.",
        ),
    ],
)
def test_a_source_line_printed_again_at_the_start_of_the_lead_comes_off(source, paragraph, lead):
    article = clean_article(f"{HEADLINE}\n\n{source}\n\n{paragraph}\n\n{BODY}\n")
    assert article.paragraphs == [lead, BODY]
    taken = [r.text for r in article.removed if r.text == source]
    assert len(taken) == (1 if lead == paragraph else 2)
    assert clean_article(article.text).paragraphs == article.paragraphs


def test_a_caption_printed_in_its_markup_then_as_text_goes_twice():
    caption = "Former residents of the islands look at photos of their homes in Nemuro"
    article = clean_article(f"{HEADLINE}\n<p>{caption}</p>\n\n{caption}\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("caption", f"<p>{caption}</p>"),
        ("caption", caption),
    ]
    # the text copy further down, a paragraph between (found by a hypothesis run of the
    # idempotence check: cleaning the cleaned text brought the two together)
    article = clean_article(f"{HEADLINE}\n<p>{caption}</p>\n{BODY}\n{caption}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]


def test_a_caption_glued_to_the_leads_dateline_comes_off_and_the_dateline_too():
    caption = "Sakhalin Governor Valery Limarenko. Archival photo"
    article = clean_article(f"{HEADLINE}\n{caption}MOSCOW, January 19{BODY}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("dateline", "MOSCOW, January 19"),
        ("caption", caption),
    ]
    assert article.dateline.city == "MOSCOW"
    said = f"{HEADLINE}\nThe file photo shows the port.{BODY}\n{BODY2}\n"  # no city in capitals
    assert clean_article(said).paragraphs[0] == f"The file photo shows the port.{BODY}"


def test_a_title_longer_than_the_wrap_width_takes_no_line_under_it():
    wrapped = [
        "Japan and Russia agreed on Monday to continue talks on a peace treaty, the",
        "foreign ministers of both countries said after their meeting in Moscow, and",
        "the two sides will meet again in Tokyo before the end of the year, officials",
        "said.",
        "The two countries have never signed a peace treaty because of the dispute",
        "over four islands that Russia calls the Southern Kurils and Japan calls the",
        "islands it claims the Northern Territories, officials said. The islands were",
        "seized by Soviet troops in the closing days of World War II, and Japan has",
        "asked for their return ever since, officials said.",
    ]
    title = (
        "Japan and Russia agree to keep talking on a peace treaty: officials (AFP) Updated today"
    )
    article = clean_article("\n".join([title, *wrapped]))
    assert article.headline == title
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        # another story's title in title case, however long; a prompt ending in a colon last
        ("Local Governments Across Japan Struggle to Fill Posts as Retirements Outpace Hiring", []),
        ("Explore what our new AI features can do for you:", []),
        # a bulletin's next title closing on a stop, in title case or capitals
        ("Lavrov Flies to Tokyo for Talks.", []),
        ("FISHERIES TALKS TO RESUME IN MOSCOW, OFFICIALS SAY.", []),
        ("On Monday, Abe left for Moscow.", None),  # a sentence: a word in lower case
        ("Department.", []),  # one word left over from the author's note the page broke
        # a sentence of more than 15 words cut short at the page's end is no title
        (
            "the visits are unlikely to resume soon as relations with Moscow remain frozen over"
            " the war in Ukraine and",
            None,
        ),
    ],
)
def test_furniture_after_the_body(after, kept):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{after}\n")
    assert article.paragraphs == [BODY, BODY2] + ([after] if kept is None else kept)


def test_a_block_of_teasers_cut_short_over_the_story_is_no_story():
    teasers = [
        "Fishing Quotas for the Season: What the...",
        "The agency set the quotas for the coming season in a statement that said the catch,...",
        "Ferry Timetable Changes on the...",
        "Ten Things to See on a Trip to the...",
    ]
    page = [*teasers, "", HEADLINE, "", HEADLINE, "", BODY, "", BODY2]
    article = clean_article("\n".join(page) + "\n")
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed if r.text in teasers] == ["cross_link"] * 4
    # two lines cut short are no block: the story's own, left as they are
    quoted = [f"{BODY[:-1]}...", f"{BODY2[:-1]}..."]
    assert clean_article("\n".join([HEADLINE, *quoted, BODY]) + "\n").paragraphs == [
        *quoted,
        BODY,
    ]


def test_a_sites_teasers_cut_short_after_two_stops_are_no_sentences():
    teasers = [
        "Governor thanks the city council for the new ferry to the isla ..",
        "Governor thanks the city council for the new ferry to the islands",
        "7 hours ago",
        "Fishermen in Nemuro welcome an early start to the kelp season on the coa ..",
        "Fishermen in Nemuro welcome an early start to the kelp season on the coast",
    ]
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, *teasers]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    # an ellipsis of three stops after the story is the story's
    cut = f"{BODY2[:-1]} ..."
    assert clean_article("\n".join([HEADLINE, BODY, cut]) + "\n").paragraphs == [BODY, cut]


@pytest.mark.parametrize("top", [[HEADLINE], []])  # under the headline, or opening the page
def test_a_caption_closing_on_its_place_and_date_under_its_credit_goes(top):
    credit = "Sputnik/Jane Roe/Pool via Reuters"
    caption = (
        "The governor lays flowers at a memorial in the far eastern city of Yuzhno-Sakhalinsk,"
        " Russia, September 3, 2023."
    )
    article = clean_article("\n".join([*top, credit, caption, BODY, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed][-2:] == [
        ("photo_credit", credit),
        ("caption", caption),
    ]
    # under no credit, the same ending is the story's
    signed = "The declaration was signed in the Kremlin in Moscow, Russia, October 19, 1956."
    article = clean_article("\n".join([*top, BODY, signed, BODY2]) + "\n")
    assert signed in article.paragraphs


@pytest.mark.parametrize(
    ("credit", "gone"),
    [
        ("Yomiuri Shimbun file photo", True),  # a file picture's credit, its caption dating it
        ("Yomiuri Shimbun", False),  # an outlet's name over a lead closing on a day
    ],
)
def test_a_file_pictures_caption_closing_on_its_day_under_its_credit_goes(credit, gone):
    caption = (
        "Families on the quay see off the boats leaving for the first salmon catch of the year"
        " at a port in Nemuro, Hokkaido, on April 10, 2021."
    )
    article = clean_article("\n".join([HEADLINE, credit, caption, BODY, BODY2]) + "\n")
    assert (caption in article.paragraphs) is not gone


def test_captions_closing_on_their_day_under_an_outlets_name_over_each_picture_go():
    top = "Boats leave Nemuro for the first kelp harvest off Kaigara Island on June 15."
    inside = "Kelp is landed at the port of Nemuro, Hokkaido, on June 15."
    lines = [HEADLINE, "The Yomiuri Shimbun", top, BODY, "The Yomiuri Shimbun", inside, BODY2]
    article = clean_article("\n".join(lines) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed if r.rule == "caption"] == [
        ("caption", top),
        ("caption", inside),
    ]
    # the outlet's name once, over the lead: a source line, the short lead under it stays
    article = clean_article("\n".join([HEADLINE, "The Yomiuri Shimbun", top, BODY, BODY2]) + "\n")
    assert article.paragraphs == [top, BODY, BODY2]


def test_a_caption_printed_twice_with_a_credit_after_a_bar_goes():
    caption = "Shikotan, one of the four Russian-held islands off Hokkaido, in 2017 | KYODO"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{caption}\n{caption}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["caption", "caption"]


def test_the_caption_is_the_line_across_the_credit_with_caption_words():
    standfirst = "Protests in Japan over the Russian prime minister's visit to the islands"
    caption = "Dmitry Medvedev inspects a port on Iturup, one of the four islands"
    text = f"{HEADLINE}\n{standfirst}\nPhoto by: Reuters\n{caption}\n{BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert article.paragraphs == [standfirst, BODY, BODY2]
    assert {r.text: r.rule for r in article.removed}[caption] == "caption"


def test_a_long_caption_ending_in_its_date_above_its_credit():
    caption = (
        "Russia's Prime Minister Dmitry Medvedev takes pictures at a port in the settlement of"
        " Kitovyi as he visits Iturup Island, one of the four islands called the Southern Kurils"
        " in Russia, August 22, 2015."
    )
    article = clean_article(f"{HEADLINE}\n{caption}\nPHOTO: Reuters\n{BODY}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    ("post", "embedded"),
    [
        (
            "The ministers agree to start joint projects on the islands next year as a step"
            " toward a treaty.https://t.co/sUbHvDEYVq #japan — Kyodo News | Japan"
            " (@kyodo_english) November 22, 2019",
            True,
        ),
        # a handle quoted in the story's own sentence, no signature with its date
        (
            "The ministry posted the statement on its account (@mfa_russia) on Monday, it said.",
            False,
        ),
    ],
)
def test_a_post_embedded_with_its_signature_is_a_social_post(post, embedded):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{post}\n{BODY2}\n")
    assert {r.text: r.rule for r in article.removed}.get(post) == (
        "social_post" if embedded else None
    )


def test_a_caption_above_a_caption_ending_in_its_credit():
    caption = "Coastal missile launchers are driven to their positions on the island of Matua"
    credited = "Russia Pacific Missiles. Picture: PA"
    article = clean_article(f"{HEADLINE}\n{caption}\n{credited}\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE  # the headline above is no caption
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["caption", "caption"]


@pytest.mark.parametrize(
    ("first", "joined"),
    [
        ("Statement of the Governor against the Russian Government’s", True),
        ("Statement of the Governor Against Russia", False),  # no word a title cannot end on
        ("The rights to this material belong to", False),  # no title: a notice cut short
    ],
)
def test_a_title_broken_after_a_word_no_title_ends_on_is_joined(first, joined):
    second = "Announcement on the Four-Island Exchanges and Free Visits"
    article = clean_article(f"{first}\n{second}\n\n{BODY}\n{BODY2}\n")
    assert (article.headline == f"{first} {second}") is joined


@pytest.mark.parametrize(
    ("first", "joined"),
    [
        ("The Southern Kuriles and the", True),  # a PDF's title, a blank line between its lines
        ("Statement of the Governor of Hokkaido’s", False),  # a possessive: not across a line
    ],
)
def test_a_title_broken_after_a_word_no_title_ends_on_is_joined_across_a_blank_line(first, joined):
    second = "Treaties That Shaped the Territorial Dispute"
    article = clean_article(f"Stockholm University\n\n{first}\n\n{second}\n\n{BODY}\n{BODY2}\n")
    assert (article.headline == f"{first} {second}") is joined
    # its last word or two alone below, a journal's title field over it; not an outlet's name
    for last, joined_too in (("Japanese-Russian Relations", joined), ("Kyodo News", False)):
        page = f"Article Title: {first}\n\n{last}\n\nAuthor(s): Jane Roe\n\n{BODY}\n{BODY2}\n"
        assert (clean_article(page).headline == f"{first} {last}") is joined_too


def test_a_table_of_contents_run_into_one_line_goes():
    contents = (
        "Table of Contents 1. Introduction ...... 1 1.1. Purpose ...... 2 2. Background ...... 7"
        " 2.1. History ...... 7"
    )
    article = clean_article(f"{HEADLINE}\n{contents}\n{BODY}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [("contents", contents)]
    assert article.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    ("below", "headline"),
    [  # a document's title in capitals, the lines under it going on with it
        (
            "on Building a New Partnership\nbetween Japan and the Russian Federation",
            "2. JOINT STATEMENT on Building a New Partnership between Japan and the Russian"
            " Federation",
        ),
        ("by the Prime Minister of Japan", "2. JOINT STATEMENT by the Prime Minister of Japan"),
        ("\non Building a New Partnership", "2. JOINT STATEMENT"),  # a blank line between
        ("on Monday the two sides met in Tokyo.", "2. JOINT STATEMENT"),  # a sentence
    ],
)
def test_a_title_in_capitals_is_joined_to_the_lines_that_go_on_with_it(below, headline):
    article = clean_article(f"2. JOINT STATEMENT\n{below}\n\n{BODY}\n{BODY2}\n")
    assert article.headline == headline
    assert article.paragraphs[-2:] == [BODY, BODY2]


@pytest.mark.parametrize(
    "last",
    [
        "Ministers wrap up their meeting, affirm multilateralism",
        "Jobless rate rises by 0.4 pct in Aug.",  # one in four may close on a stop
    ],
)
def test_other_stories_headlines_run_together_are_navigation_of_any_length(last):
    headlines = [
        "UN condemns recent attacks in the region",
        "Stocks waver narrowly ahead of the holiday in New York",
        "Three soldiers killed in a blast",
        "Arctic Council cooperation faces more uncertainty as the situation worsens",
        "Exchange rate of the euro to other currencies",
    ]
    line = " • ".join([*headlines, last])
    assert n_words(line) > 30  # past the line rules' limit
    article = clean_article(f"{line}\n{HEADLINE}\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert [(r.rule, r.text) for r in article.removed] == [("navigation", line)]
    # sentences run together, a bullet between them, are no ticker
    said = " • ".join(f"{text} on Friday, officials said." for text in [*headlines, last])
    article = clean_article(f"{HEADLINE}\n{BODY}\n{said}\n{BODY2}\n")
    assert said in article.paragraphs


def test_short_bulleted_lines_between_headline_and_body_are_header():
    details = ["• March 3, 2022", "• , All national papers", "• Media Summary"]
    article = clean_article("\n".join([HEADLINE, *details, BODY, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.text for r in article.removed] == details
    # bulleted sentences there are the story's points: they stay
    points = ["• The ministers met in Moscow on Friday, officials said.", "• They will meet again."]
    article = clean_article("\n".join([HEADLINE, *points, BODY, BODY2]) + "\n")
    assert article.paragraphs == [*points, BODY, BODY2]


def test_a_headlines_points_in_bullets_under_it_are_not_the_headline():
    # (each point shares more of its few words with the story than the headline does)
    points = ["· Foreign ministers of both countries meet", "· Peace treaty talks continue"]
    article = clean_article("\n".join([HEADLINE, *points, BODY, BODY2]) + "\n")
    assert article.headline == HEADLINE
    assert [r.text for r in article.removed] == points
    # a single bulleted line under a site's name of fewer words may still be the title
    article = clean_article("\n".join(["Home", "· Peace treaty talks continue", BODY]) + "\n")
    assert article.headline == "Peace treaty talks continue"


def test_a_sentence_broken_into_two_paragraphs_across_a_blank_line_is_joined():
    upper = "Japan is the most doubtful of the seven about"
    lower = "the use of aid to Russia, it said."
    for blank in ("\n", ""):  # or the one right under the other
        article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{upper}\n{blank}{lower}\n\n{BODY2}\n")
        assert article.paragraphs == [BODY, f"{upper} {lower}", BODY2]
    # a paragraph that ends a sentence, or a next one that opens on a capital, stays apart
    for first, second in ((upper + ".", lower), (upper, "The " + lower)):
        article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{first}\n\n{second}\n")
        assert article.paragraphs == [BODY, first, second]


def test_a_line_a_link_broke_off_at_a_comma_or_a_stop_is_joined_back():
    # a page that broke its lines at each link: a comma or a stop opens a line
    lines = [
        "The evacuation started under the threat of Soviet invasion. As civilians left Korea",
        ", they cleared out of the Karafuto and Kurile Islands according to the terms of the"
        " Potsdam Declaration, and Japanese sovereignty would be limited to the Home Islands",
        ".",
    ]
    article = clean_article("\n".join([HEADLINE, "", *lines, "", BODY]) + "\n")
    assert article.paragraphs[0].startswith("The evacuation started")
    assert "left Korea, they cleared" in article.paragraphs[0]
    assert article.paragraphs[0].endswith("Home Islands.")
    assert article.paragraphs[1:] == [BODY]
    # the same, hard-wrapped at 70 characters
    wrapped = [
        "The evacuation started under the threat of Soviet invasion. As civilians",
        "left Korea and Manchuria, they cleared out of the Karafuto and Kurile",
        "islands according to the terms of the Potsdam Declaration, and the",
        "sovereignty of Japan would be limited to the Home Islands of Honshu",
        ", Hokkaido and such minor islands as the Allies determined",
        ".",
    ]
    article = clean_article("\n".join([HEADLINE, "", *wrapped]) + "\n")
    assert len(article.paragraphs) == 1
    assert "Islands of Honshu, Hokkaido and" in article.paragraphs[0]
    assert article.paragraphs[0].endswith("the Allies determined.")


def test_a_pdfs_page_number_and_running_header_mid_sentence_come_off_and_the_halves_join():
    upper = "The deputy was arrested in 2002, and his intention to"
    lower = "improve the rigid method of the negotiations was appropriate, the author argues."
    page = f"{HEADLINE}\n\n{BODY}\n\n{upper}\n\n- 123 - 帝京国際文化 第 16 号 {lower}\n\n{BODY2}\n"
    article = clean_article(page)
    assert article.paragraphs == [BODY, f"{upper} {lower}", BODY2]
    assert ("page_counter", "- 123 - 帝京国際文化 第 16 号") in [
        (r.rule, r.text) for r in article.removed
    ]
    # a dash, a number and a dash opening a sentence in capitals stay
    sentence = "- 2 - The ministers met twice in Moscow in 2019, officials said on Friday."
    assert clean_article(f"{HEADLINE}\n\n{BODY}\n\n{sentence}\n").paragraphs[-1] == sentence


def test_a_title_printed_twice_on_its_line_is_the_headline_once():
    title = "The Northern Territory Problem, Past and Present"
    article = clean_article(f"{title} {title}\n\nHaruko Saito\n\n{BODY}\n\n{BODY2}\n")
    assert article.headline == title
    assert ("repeated_headline", title) in [(r.rule, r.text) for r in article.removed]


def test_a_sentence_broken_before_its_last_two_words_is_joined():
    upper = "The secretary called on people to move to buildings designated for"
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{upper}\ntheir safety.\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, f"{upper} their safety.", BODY2]
    # two words that end no sentence: apart
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{upper}\ntheir safety\n\n{BODY2}\n")
    assert f"{upper} their safety" not in article.paragraphs


def test_a_sentence_broken_after_a_comma_is_joined_but_not_over_a_numbered_item_or_a_field():
    upper = "Etorofu is the largest of the four islands off Hokkaido, which Russia administers,"
    lower = "known in Japan as part of the Northern Territories."
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{upper}\n{lower}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, f"{upper} {lower}", BODY2]
    # a numbered clause, or a field of an export, under the comma: apart
    for below in (
        "1. Calls on both governments to resume talks.",
        "journal={Asian Survey},",
        "fisheries — a new pier and a fish plant on Shikotan.",  # a list's labelled item
        "share with facebook",  # furniture: a share button's words
    ):
        article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{upper}\n{below}\n\n{BODY2}\n")
        assert f"{upper} {below}" not in article.paragraphs
        assert article.headline == HEADLINE


def test_a_sentence_a_pictures_credit_broke_after_a_comma_is_joined():
    upper = "Putin and Abe instructed their foreign ministers to intensify work on a peace treaty,"
    lower = "which is being held up by disputes over who owns the four islands."
    page = f"{HEADLINE}\n\n{BODY}\n\n{upper}\n\nPhoto: EPA\nPhoto: EPA\n\n{lower}\n\n{BODY2}\n"
    article = clean_article(page)
    assert article.paragraphs == [BODY, f"{upper} {lower}", BODY2]
    # … but a comma after a number, or a paragraph opening on a capital, stays apart
    for first, second in ((upper[:-1] + " 2,", lower), (upper, "Which " + lower[6:])):
        article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{first}\n\nPhoto: EPA\n\n{second}\n")
        assert article.paragraphs[1:] == [first, second]


def test_an_officials_post_broken_from_the_name_opening_the_next_line_is_joined():
    lower = "Sergei Lavrov said on Friday that the talks on the islands would go on in Tokyo."
    article = clean_article(f"{HEADLINE}\n\n{BODY}\nRussian Foreign Minister\n{lower}\n{BODY2}\n")
    assert article.paragraphs == [BODY, f"Russian Foreign Minister {lower}", BODY2]
    # a blank line between, a name alone under it (a portrait's caption), or a heading over a
    # sentence that opens on no name: apart
    for page in (
        f"{BODY}\nRussian Foreign Minister\n\n{lower}\n{BODY2}",
        f"{BODY}\nRussian Foreign Minister\nSergei Lavrov\n{BODY2}",
        f"{BODY}\nThe Role of the Prime Minister\nThe office was set up in 1885, it said.\n{BODY2}",
    ):
        assert not any(
            "Minister " in p for p in clean_article(f"{HEADLINE}\n\n{page}\n").paragraphs
        )


def test_the_headline_printed_again_with_its_pictures_caption_glued_comes_off():
    title = "Governor tours new geothermal plant on Kunashir"
    glued = f"{title} Yuzhno-Kurilsk harbour at dusk (source: flickr/ a.ivanova)"
    article = clean_article(f"{title}\n\n{glued}\nJane Roe 3 Sep 2012\n\n{BODY}\n\n{BODY2}\n")
    assert (article.headline, article.paragraphs) == (title, [BODY, BODY2])
    assert ("repeated_headline", glued) in [(r.rule, r.text) for r in article.removed]
    # a label under it, over the lead, goes as the header's (the same the second time)
    article = clean_article(f"{title}\n\n{glued}\n\nFull story:\n{BODY}\n")
    assert article.paragraphs == [BODY]
    assert clean_article(article.text).text == article.text
    # the headline going on as a sentence, no picture's source closing it: kept
    lead = f"{title} as officials said on Friday the talks would go on in Tokyo (see above)."
    assert lead in clean_article(f"{title}\n\n{lead}\n\n{BODY}\n").paragraphs


def test_the_sites_sections_over_the_headline_and_its_byline_are_no_headline():
    title = "Lawmaker's remark on the islands puts the exchange visits in the spotlight"
    lead = (
        "A lawmaker was criticised on Monday for his remark on the islands during an exchange"
        " visit, officials said."
    )
    later = "The media in Japan rarely question whether the islands will ever be returned at all."
    page = (
        f"National / Media | MEDIA MIX\n\n{title}\n\nby Jane Roe\n\n{lead}\n\n{BODY}\n\n{later}\n"
    )
    assert clean_article(page).headline == title
    # a headline over its standfirst, the byline under both: the upper line
    standfirst = "The exchange visits will go on, the ministry said"
    page = f"Exchange visits to resume\n\n{standfirst}\n\nby Jane Roe\n\n{lead}\n\n{BODY}\n"
    assert clean_article(page).headline == "Exchange visits to resume"


def test_a_directorys_notice_on_what_it_lists_glued_to_the_last_sentence_comes_off():
    lead = "The envoys met in Moscow this week. What will come of their talks on the islands?"
    for notice in (
        " lists but neither hosts nor alters audio files. All content © its respective owners.",
        " All podcasts, episodes and artwork © their respective owners.",
    ):
        article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{lead}{notice}\n")
        assert article.paragraphs == [BODY, lead]
        assert ("copyright", notice.strip()) in [(r.rule, r.text) for r in article.removed]
    # "respective owners" in a sentence of the story: kept
    owners = f"{lead} The boats went back to their respective owners."
    assert clean_article(f"{HEADLINE}\n\n{BODY}\n\n{owners}\n").paragraphs == [BODY, owners]


def test_a_tables_cells_printed_a_line_each_with_its_bars_alone_go():
    page = f"Reserve\nFacts:\n|\nBirds\n|\n{BODY}\n{BODY2}\n"
    article = clean_article(page)
    assert article.paragraphs == [BODY, BODY2]
    assert ("table", "Facts:") in [(r.rule, r.text) for r in article.removed]
    assert ("table", "Birds") in [(r.rule, r.text) for r in article.removed]
    # a byline next to a bar alone keeps its own rule, and a sentence stays
    page = f"{HEADLINE}\nBy Jane Roe\n|\n{BODY}\n|\nIt rained.\n{BODY2}\n"
    article = clean_article(page)
    assert ("byline", "By Jane Roe") in [(r.rule, r.text) for r in article.removed]
    assert "It rained." in article.paragraphs


def test_a_portraits_caption_naming_the_official_the_lead_names_goes():
    caption = "Russian Ambassador to Japan Nikolai Nozdrev"
    lead = "Russian envoy Nikolai Nozdrev was summoned to the ministry in Tokyo on Friday, it said."
    article = clean_article(f"{HEADLINE}\n\n{caption}\n\n{lead}\n\n{BODY}\n")
    assert article.paragraphs == [lead, BODY]
    assert ("header_furniture", caption) in [(r.rule, r.text) for r in article.removed]
    # a lead that names someone else: the line stays
    article = clean_article(f"{HEADLINE}\n\n{caption}\n\n{BODY}\n\n{BODY2}\n")
    assert caption in article.paragraphs


def test_a_name_alone_between_an_interviews_question_and_answer_is_a_portraits_caption():
    intro = (
        "Speaking to the paper, Olga Ivanova, who heads a fishermen's union on Shikotan, agreed."
    )
    question = "Q: How has the fishing season gone on the island this year?"
    answer = "A: The catch was good, but the cannery needs new boats and more workers."
    lines = [HEADLINE, BODY, intro, question, "Olga Ivanova", answer]
    article = clean_article("\n\n".join(lines) + "\n")
    assert article.paragraphs == [BODY, intro, question, answer]
    assert ("caption", "Olga Ivanova") in [(r.rule, r.text) for r in article.removed]
    # a name the page gives nowhere else, or a speaker's label over an unlabelled answer, stays
    for name, reply in (("Pavel Orlov", answer), ("Olga Ivanova", answer[3:])):
        article = clean_article("\n\n".join([HEADLINE, BODY, intro, question, name, reply]) + "\n")
        assert name in article.paragraphs


def test_a_name_alone_under_a_paragraph_naming_that_official_is_a_portraits_caption():
    lead = (
        "Tokyo handed Moscow its plans for joint projects on the islands, Japanese Foreign"
        " Minister Taro Sato told reporters after the talks on Monday."
    )
    quote = "“We have given our partners a full package of proposals,” he said."
    article = clean_article("\n\n".join([HEADLINE, lead, "Taro Sato", quote, BODY]) + "\n")
    assert article.paragraphs == [lead, quote, BODY]
    assert ("caption", "Taro Sato") in [(r.rule, r.text) for r in article.removed]
    # a name the paragraph above gives without a post, or someone else's: a heading, it stays
    plain = lead.replace("Japanese Foreign Minister ", "")
    for above, name in ((plain, "Taro Sato"), (lead, "Ivan Petrov")):
        article = clean_article("\n\n".join([HEADLINE, above, name, quote, BODY]) + "\n")
        assert name in article.paragraphs


def test_bullets_printed_again_as_the_pages_sections_are_its_contents_others_stay():
    bullets = ["- The visit to Sakhalin", "- Aid for flood relief"]
    sections = ["I. The visit to Sakhalin", BODY, "II. Aid for flood relief", BODY2]
    article = clean_article("\n".join([HEADLINE, *bullets, *sections]) + "\n")
    assert article.paragraphs == sections
    assert [r.rule for r in article.removed] == ["contents", "contents"]
    # a list whose entries the page does not print again is the story's
    other = ["- The visit to Sakhalin", "- Aid for the fishermen of Nemuro"]
    article = clean_article("\n".join([HEADLINE, *other, *sections]) + "\n")
    assert article.paragraphs[:2] == other
    # numbered from 1, three or more: the first printed again is enough
    listed = ["1. The visit to Sakhalin", "2. Aid for flood relief", "3. The fisheries talks"]
    article = clean_article("\n".join([HEADLINE, *listed, *sections]) + "\n")
    assert article.paragraphs == sections
    unlisted = ["1. A new ferry for Kunashir", *listed[1:]]
    article = clean_article("\n".join([HEADLINE, *unlisted, *sections]) + "\n")
    assert article.paragraphs[:3] == unlisted


def test_a_caption_under_the_headline_over_its_photographers_name_goes_with_it():
    caption = (
        "Russia's President Vladimir Putin shakes hands with Japan's Prime Minister Shinzo Abe"
        " during a meeting in Moscow on April 29, 2013."
    )
    lead = (
        "Japanese Prime Minister Shinzo Abe will meet Russian President Vladimir Putin in Moscow"
        " on Monday for the first such visit in a decade."
    )
    article = clean_article("\n\n".join([HEADLINE, caption, "Ivan Petrov", lead, BODY]) + "\n")
    assert article.paragraphs == [lead, BODY]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("caption", caption),
        ("photo_credit", "Ivan Petrov"),
    ]
    # with no name under it, a caption as long as half the lead stays (a standfirst may read so)
    article = clean_article("\n\n".join([HEADLINE, caption, lead, BODY]) + "\n")
    assert article.paragraphs == [caption, lead, BODY]


def test_a_relations_infobox_its_two_values_glued_under_each_label_goes():
    title = "Mongolia-Japan relations"
    box = [
        "Map indicating locations of Japan and Mongolia",
        "Diplomatic mission",
        "Embassy of Japan, UlaanbaatarEmbassy of Mongolia, Tokyo",
        "Envoy",
        "Ambassador Taro SatoAmbassador Bat Erdene",
    ]
    article = clean_article("\n".join([title, *box, BODY, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed if r.text in box] == ["caption", *["table"] * 4]
    # two halves with no word in common are no pair of values: the line stays
    odd = "Embassy of Japan, UlaanbaatarConsulate in Tokyo"
    article = clean_article("\n".join([title, *box[:2], odd, BODY, BODY2]) + "\n")
    assert odd in [article.headline, *article.paragraphs]


@pytest.mark.parametrize("tag", [" p>", "</p>", " /div>"])
def test_a_broken_closing_tag_after_a_paragraphs_last_sentence_comes_off(tag):
    article = clean_article(f"{HEADLINE}\n\n{BODY}{tag}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("template_code", tag.strip())]


def test_a_wires_end_mark_and_bracketed_copyright_glued_to_the_last_sentence_come_off():
    glued = " END [Copyright The Jiji Press, Ltd.]"
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}{glued}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("copyright", glued.strip())]
    # an unknown holder's: the paragraph stays as it is
    other = " [Copyright Ivan Petrov]"
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{BODY2}{other}\n")
    assert article.paragraphs[-1] == BODY2 + other


def test_a_caption_opening_the_page_over_its_date_line_and_dateline_lead_goes():
    caption = "Former residents of the islands pray for their ancestors aboard a ship on Monday."
    stamp = "5:00 JST, August 30, 2023"
    lead = "SAPPORO (Jiji Press) — A program started Monday to let former residents pray at sea."
    article = clean_article("\n".join([caption, stamp, lead, BODY]) + "\n")
    assert article.paragraphs[0].startswith("A program started Monday")
    assert ("caption", caption) in [(r.rule, r.text) for r in article.removed]
    # with no date line between them, a sentence over the dateline lead may be a standfirst
    article = clean_article("\n".join([caption, lead, BODY]) + "\n")
    assert caption in [article.headline, *article.paragraphs]


def test_a_wiki_mirrors_entry_under_its_own_lines_and_its_edit_links():
    lead = (
        "Malokurilskoye (Japanese: Shakotan) is a village on Shikotan Island, the administrative"
        " centre of the island, home to a fish cannery."
    )
    section = "Fishing has been the village's trade since the 1950s, when the cannery opened."
    page = (
        f"Recent from forums\nNothing was collected or created yet.\nMalokurilskoye\n"
        f"View on Wikipedia\n{lead}\nHistory\n[edit]{section}\n"
    )
    article = clean_article(page)
    assert article.headline == "Malokurilskoye"
    assert article.paragraphs[0] == lead
    assert section in article.paragraphs
    assert ("navigation", "[edit]") in [(r.rule, r.text) for r in article.removed]


def test_a_sites_picture_card_its_caption_printed_elsewhere_too_goes():
    caption = "Russian border guards patrol the coast of Kunashir Island in the spring."
    card = f"{caption} - Sputnik International"
    page = f"{HEADLINE}\n© Sputnik / Jane Roe{caption}\n{card}\n{BODY}\n{card}\n{BODY2}\n"
    article = clean_article(page)
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed].count(("caption", card)) == 2
    # a paragraph signed off with the outlet's name, printed once: the paragraph stays
    signed = f"{BODY2} - Sputnik International"
    assert BODY2 in clean_article(f"{HEADLINE}\n{BODY}\n{signed}\n").paragraphs


def test_a_lead_over_a_subheading_on_a_page_with_no_headline_is_the_lead():
    page = (
        f"\n{BODY} {BODY2}\nImmediate Warnings Issued\n{BODY}\nRegional Seismic Activity\n{BODY2}\n"
    )
    article = clean_article(page)
    assert article.headline is None
    assert article.paragraphs[:3] == [f"{BODY} {BODY2}", "Immediate Warnings Issued", BODY]
    # a blurb of one sentence over the headline: the headline under it
    blurb = "An expert's point of view on a current event."
    article = clean_article(
        f"ARGUMENT\n{blurb}\nWhy the islands matter to Moscow\n{BODY}\n{BODY2}\n"
    )
    assert article.headline == "Why the islands matter to Moscow"
    # a lead of one long sentence, a subheading under it and another further down: the lead
    lead = (
        "The foreign ministers of Japan and Russia met in Moscow on Monday for the first time in "
        "two years to discuss the stalled talks on a peace treaty."
    )
    subheading = "How the ministers saw the talks"
    page = f"{lead}\n{subheading}\n{BODY}\n{BODY2}\nWhat Moscow said\n{BODY}\n"
    article = clean_article(page)
    assert article.headline is None
    assert article.paragraphs[:2] == [lead, subheading]
    assert not article.removed
    # a blurb of under 20 words: the line under it the headline, subheadings below or not
    page = f"{blurb}\nWhy the islands matter to Moscow\n{BODY}\n{subheading}\n{BODY2}\n"
    assert clean_article(page).headline == "Why the islands matter to Moscow"


def test_a_sentence_broken_after_the_speakers_name_is_joined():
    upper = "During a ceremony held on Etorofu, the group's leader Iwasaki Tadaaki"
    lower = 'said, "We will keep asking for the islands to be returned."'
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{upper}\n\n\n{lower}\n\n{BODY2}\n")
    assert article.paragraphs == [BODY, f"{upper} {lower}", BODY2]
    # no verb of speech below, or an acronym or a short line above: apart
    for first, second in (
        (upper, 'saying, "We will keep asking for the islands to be returned."'),
        ("During a ceremony held on Etorofu, the group's leader spoke to NATO", lower),
        ("Iwasaki Tadaaki", lower),
    ):
        article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{first}\n\n{second}\n")
        assert article.paragraphs == [BODY, first, second]


@pytest.mark.parametrize(
    ("lines", "tags"),
    [
        (["japan", "russia", "bilateral relations", "kuril islands"], True),  # a page's tags
        (["japan", "russia"], False),  # two: too few to tell
    ],
)
def test_a_run_of_topics_in_lower_case_is_the_pages_tags(lines, tags):
    article = clean_article("\n".join([HEADLINE, BODY, *lines, BODY2]) + "\n")
    assert [r.text for r in article.removed if r.rule == "tags"] == (lines if tags else [])


TEASERS = [
    "Caught in a storm, lost at sea: the fates of the whalers who sailed the northern route",
    "Jane Roe: ‘It was always the sea and her father. So there was this bond’",
    "Best known as one half of a comedy duo, John Doe was a soulful presence on stage",
]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (TEASERS, False),  # three linked headlines between two paragraphs: the site's teasers
        (TEASERS[:2], True),  # two may be the story's: a heading and a title it cites
        (  # a timeline's items open on their years
            [f"19{year} {title}" for year, title in zip((45, 56, 91), TEASERS, strict=True)],
            True,
        ),
    ],
)
def test_a_run_of_linked_headlines_between_paragraphs_is_the_sites_teasers(lines, kept):
    article = clean_article("\n".join([HEADLINE, BODY, *lines, BODY2]) + "\n")
    assert article.paragraphs == ([BODY, *lines, BODY2] if kept else [BODY, BODY2])
    if not kept:
        assert {r.rule for r in article.removed} == {"cross_link"}


@pytest.mark.parametrize(
    ("upper", "joined"),
    [
        ("The museum will use what it found on its tours. During the visit to Shikotan", True),
        # no sentence before it: a heading's line, however long
        ("During the long visit to the island of Shikotan last year", False),
    ],
)
def test_prose_stopping_mid_sentence_goes_on_in_lower_case_below(upper, joined):
    lower = "the staff saw the Japanese cemeteries and the lighthouse, officials said."
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{upper}\n\n{lower}\n\n{BODY2}\n")
    middle = [f"{upper} {lower}"] if joined else [upper, lower]
    assert article.paragraphs == [BODY, *middle, BODY2]


@pytest.mark.parametrize(
    ("lower", "joined"),
    [
        ("Monday, citing Japan's unfriendly positions toward Russia.", True),
        ("March 21, citing Japan's unfriendly positions toward Russia.", True),
        ("Moscow, citing Japan's unfriendly positions toward Russia.", False),  # no day: apart
    ],
)
def test_a_sentence_broken_before_its_day_across_a_blank_line_is_joined(lower, joined):
    upper = "Russia will not continue peace treaty talks, its foreign ministry said on"
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{upper}\n\n{lower}\n\n{BODY2}\n")
    middle = [f"{upper} {lower}"] if joined else [upper, lower]
    assert article.paragraphs == [BODY, *middle, BODY2]


@pytest.mark.parametrize(
    ("upper", "lower", "joined"),
    [  # a PDF's text, broken at a hyphen across a blank line: a compound keeps it, a word not
        (
            "The four islands are still the bane of Russo-",
            "Japanese relations, the author argues.",
            "Russo-Japanese",
        ),
        (
            "The talks were stalled last year by the nego-",
            "tiations over the islands, it said.",
            "negotiations",
        ),
        ("The talks went on in Tokyo for the whole week -", "said the minister.", None),  # a dash
    ],
)
def test_a_sentence_broken_at_a_hyphen_across_a_blank_line_is_joined(upper, lower, joined):
    article = clean_article(f"{HEADLINE}\n\n{BODY}\n\n{upper}\n\n{lower}\n\n{BODY2}\n")
    if joined:
        assert len(article.paragraphs) == 3 and joined in article.paragraphs[1]
    else:
        assert article.paragraphs == [BODY, upper, lower, BODY2]


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Treaty talks", True),  # two words in sentence case, both in the lead
        ("Peace Treaty", False),  # a topic's tag, in title case
        ("Treaty news", False),  # "news" is not in the lead
    ],
)
def test_a_title_of_two_words_that_the_lead_repeats_is_the_headline(title, headline):
    article = clean_article(f"{title}\n\nClick to follow\n\nTOKYO (AFP) - {BODY}\n{BODY2}\n")
    assert article.headline == (title if headline else None)
    assert article.paragraphs == [BODY, BODY2]


def test_the_title_a_breadcrumb_closes_on_is_the_headline_even_broken_or_repeated():
    title = "Courtesy Call from the Council of Municipalities near the Northern Territories"
    lead = (
        "On Monday the prime minister received a courtesy call from the Council of"
        " Municipalities near the Northern Territories at his office."
    )
    crumb = f"Home > News > The Prime Minister in Action > {title}"
    text = f"{crumb}\nThe Prime Minister in Action\n{title}\n{lead}\n{BODY}\n"
    article = clean_article(text)
    assert article.headline == title  # though the lead repeats its words
    assert article.paragraphs == [lead, BODY]
    # broken over two lines, it is joined
    first, second = "The government's views on the", "Northern Territories issue"
    text = f"HOME > {first} {second}\n\n{first}\n{second}\n\n{BODY}\n{BODY2}\n"
    assert clean_article(text).headline == f"{first} {second}"


def test_a_dateline_alone_on_its_line_is_not_one_of_the_first_three_paragraphs():
    lead = "The group returned on Monday from the islands, officials said."
    dateline = "Sep. 6 (EUROPA PRESS) –"
    text = f"{HEADLINE}\n{dateline}\n{BODY}\n{BODY2}\nNEMURO, Hokkaido (Kyodo) {lead}\n"
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2, lead]
    assert clean_article(article.text).text == article.text  # a hypothesis run found it not so


def test_a_table_cells_caption_ending_on_its_bar_is_no_headline():
    cell = "The prime minister has championed a more assertive foreign policy |"
    article = clean_article(f"{cell}\n{BODY}\n{BODY2}\n")
    assert article.headline is None


def test_a_headline_naming_two_places_is_no_byline_of_two_reporters():
    title = "Putin Arrives in Tokyo With Gas, Fish in Mind"  # not "NAME in CITY and NAME in CITY"
    article = clean_article(f"Advertisement\n\n{title}\n\nShare\nTIMES STAFF WRITER\n\n{BODY}\n")
    assert article.headline == title
    assert [r.rule for r in article.removed] == ["navigation", "navigation", "byline"]


def test_a_deck_under_the_headline_over_a_whole_credited_caption_stays():
    deck = "Sovereignty is still unsettled, but the two leaders will back joint projects"
    credited = "The islands have kept Japan and Russia from ending the war. (Photo by Taro Yamada)"
    article = clean_article(f"{HEADLINE}\n{deck}\n{credited}\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert article.paragraphs == [deck, BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("caption", credited)]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("WATCHING OVER SHIPS: A lighthouse on Cape Nosappu, the easternmost end of Japan.", True),
        ("EXCLUSIVE: Russia to deploy more troops to the disputed islands", False),  # a headline
    ],
)
def test_a_caption_under_its_kicker_above_the_pages_date(line, caption):
    above = f"{HEADLINE}\n" if caption else ""  # the headline above the caption
    article = clean_article(f"{above}{line}\nDec 30, 2015\n{BODY}\n{BODY2}\n")
    assert {r.text: r.rule for r in article.removed}.get(line) == ("caption" if caption else None)
    assert article.headline == (HEADLINE if caption else line)


@pytest.mark.parametrize("after_body", [True, False])
def test_a_summary_under_its_label_after_the_body_goes(after_body):
    summary = "Japan and Russia agreed to keep talking, and will meet again in Tokyo next month."
    block = f"Summary\n{summary}"
    text = (
        f"{HEADLINE}\n{BODY}\n{BODY2}\n{block}\n"
        if after_body
        else f"{HEADLINE}\n{block}\n{BODY}\n"
    )
    article = clean_article(text)
    assert (summary in article.paragraphs) is not after_body


@pytest.mark.parametrize("button", ["SHARE", "Share", "Tweet"])
def test_the_headline_after_a_share_button_is_the_headline_again(button):
    text = f"Facebook Twitter\n\n{HEADLINE}\n\n{button} {HEADLINE}\n\n{BODY}\n\n{BODY2}\n"
    article = clean_article(text)
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, BODY2]
    assert (5, "repeated_headline") in [(r.line_no, r.rule) for r in article.removed]


def test_a_numbered_section_under_a_dated_title_is_no_headline():
    text = (
        "Japan-Russia Summit (Summary)\n\nSeptember 5, 2000\n\n1. Peace Treaty Negotiations\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    article = clean_article(text)
    assert article.headline == "Japan-Russia Summit (Summary)"
    assert article.paragraphs == ["1. Peace Treaty Negotiations", BODY, BODY2]


def test_media_opening_a_headline_is_no_photo_credit():
    headline = "MEDIA: first Japanese group of the year sets off for the islands"
    assert clean_article(f"{headline}\n{BODY}\n{BODY2}\n").headline == headline


def test_a_date_line_opening_with_published_and_its_weekday_is_no_dateline():
    text = f"{HEADLINE}\nPUBLISHED WED, SEP 12 2018 6:04 AM EDT\n{BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert article.dateline is None
    assert [r.rule for r in article.removed] == ["date_stamp"]


def test_a_headline_below_a_sections_one_sentence_blurb_is_found():
    blurb = "An expert's point of view on a current event."  # reads as a sentence
    standfirst = "Russia's withdrawal from peace talks ends a decades-long effort."
    text = f"ARGUMENT\n{blurb}\n{HEADLINE}\n{standfirst}\n{BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert article.headline == HEADLINE
    assert ("header_furniture", blurb) in [(r.rule, r.text) for r in article.removed]
    assert article.paragraphs == [standfirst, BODY, BODY2]


def test_a_dateline_alone_on_its_line_leaves_no_empty_paragraph():
    article = clean_article(f"{HEADLINE}\nNAGATO, December 15. /TASS/.\n{BODY}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert (article.dateline.city, article.dateline.source) == ("NAGATO", "TASS")


def test_a_page_title_with_caption_words_and_a_piped_outlet_stays_the_headline():
    title = "Abe and Putin attend summit in Moscow | NHK"
    article = clean_article(f"{title}\n{BODY}\n{BODY2}\n")
    assert article.headline == "Abe and Putin attend summit in Moscow"  # the site's name apart
    assert [(r.rule, r.text) for r in article.removed] == [("site_name", " | NHK")]


@pytest.mark.parametrize(
    ("title", "site_name"),
    [
        (
            "Japan and Russia agree to hold talks | RIA NOVOSTI / VIA REUTERS",
            " | RIA NOVOSTI / VIA REUTERS",
        ),
        ("Japan, Russia reach agreement on salmon fishing talks NHK", " NHK"),
        ("Veterans mark the Kuril landing 80 years after WWII NHK", " NHK"),  # a word in capitals
        ("VETERANS MARK THE KURIL LANDING AFTER WWII NHK", None),  # a title in capitals: its own
        ("Abe gives an interview to NHK", None),  # the title's own words
        ("Islands talks stall, says TASS", None),
        ("Japan and Russia discuss the islands with NATO", None),
        ("Japan and Russia discuss the islands UN", None),  # no outlet's name
    ],
)
def test_an_outlets_name_glued_after_the_title_by_a_space_comes_off(title, site_name):
    article = clean_article(f"{title}\n{BODY}\n{BODY2}\n")
    assert article.headline == title.removesuffix(site_name or "")
    assert [r.text for r in article.removed if r.rule == "site_name"] == [site_name] * bool(
        site_name
    )


@pytest.mark.parametrize(
    ("title", "sections"),
    [
        ("Japan and Russia discuss the Kuril Islands | news | news", " | news | news"),
        ("Japan and Russia discuss the Kuril Islands | World | Politics", " | World | Politics"),
        ("New army to be created in Russia - media", None),  # one word: the title's own
        # the label of the story's page of readers' comments
        ("What makes Japan cling to the Kuril Islands? - Comments", " - Comments"),
        ("Japan and Russia discuss the islands | 12 Comments", " | 12 Comments"),
        ("Kurils | news | news", None),  # a title of three words or more before them
        ("Kuril Islands - Comments", None),
    ],
)
def test_the_sites_sections_after_the_title_come_off(title, sections):
    article = clean_article(f"{title}\n{BODY}\n{BODY2}\n")
    assert article.headline == title.removesuffix(sections or "")
    assert [r.text for r in article.removed if r.rule == "navigation"] == [sections] * bool(
        sections
    )
    assert extract_metadata(article).outlet is None


@pytest.mark.parametrize(
    ("title", "tagline"),
    [
        ("Tokyo urged to buy back the Kuril Islands – Russia news today", " – Russia news today"),
        ("Tokyo urged to buy back the Kuril Islands | Latest News", " | Latest News"),
        (
            "Tokyo urged to buy back the Kuril Islands - Breaking World News",
            " - Breaking World News",
        ),
        ("Islanders tell of their life under Moscow - Sakhalin news", None),  # no "today", "latest"
        ("Japanese and Russian ministers meet — the news", None),
        ("Kurils – news today", None),  # a title of three words or more before it
    ],
)
def test_a_sites_news_tagline_after_the_title_comes_off(title, tagline):
    article = clean_article(f"{title}\n{BODY}\n{BODY2}\n")
    assert article.headline == title.removesuffix(tagline or "")
    assert [r.text for r in article.removed if r.rule == "site_name"] == [tagline] * bool(tagline)


def test_a_caption_with_its_credit_after_a_dash_over_the_lead_is_no_headline():
    caption = "The port of Severo-Kurilsk was hit by the tsunami - Photo: AFP"
    article = clean_article(f"{caption}\n{BODY}\n{BODY2}\n")
    assert (article.headline, article.paragraphs) == (None, [BODY, BODY2])
    assert extract_metadata(article).outlet is None  # the picture's agency, not the page's


def test_a_headline_above_its_agency_stays_the_headline():
    headline = "Russia scraps visa-free visits to disputed isles"  # "visits": a caption word
    article = clean_article(f"NATIONAL / POLITICS\n{headline}\nKYODO\n{BODY}\n{BODY2}\n")
    assert article.headline == headline


def test_a_headline_ending_in_a_credit_stays_the_headline():
    headline = "Japan protests Russian drills on disputed islands (Reuters)"
    article = clean_article(f"{headline}\n{BODY}\n{BODY2}\n")
    assert article.headline == headline


def test_a_ticker_above_other_labels_is_not_a_dateline_city():
    article = clean_article(f"{HEADLINE}\nIn this article\nUSDJPY\nJAPANESE YEN SPOT\n{BODY}\n")
    assert article.dateline is None
    assert [r.rule for r in article.removed] == ["navigation", *["header_furniture"] * 2]


@pytest.mark.parametrize(
    ("byline", "last", "removed"),
    [
        (
            "By James Brown",
            "James Brown is an associate professor at Temple University, Japan Campus.",
            True,
        ),
        ("By James Brown", "The author is a senior fellow at a Tokyo think tank.", True),
        (
            "By James Brown",
            "Sergey Lavrov is a seasoned diplomat who has held the post since 2004.",
            False,
        ),
        ("", "James Brown is an associate professor at Temple University, Japan Campus.", False),
        (
            "",
            "Commentary is produced by the Center for Strategic and International Studies (CSIS),"
            " a private, tax-exempt institution.",
            True,
        ),
        (
            "",
            "Carnegie does not take institutional positions on public policy issues; the views "
            "represented herein are those of the author(s).",
            True,
        ),
        ("", "About the author: Dmitry Streltsov is a professor at MGIMO University.", True),
        (
            "",
            "The views of the authors are their own and do not necessarily reflect the position"
            " of the Valdai Discussion Club.",
            True,
        ),
        ("", "Chatham House does not express opinions of its own.", True),
        (
            "",
            "Vox Populi, Vox Dei is a popular daily column that covers a wide range of topics,"
            " including culture, arts and social trends and developments.",
            True,
        ),
        ("", "The opinions expressed herein are solely those of the author.", True),
        ("", "This document was prepared by the Congressional Research Service (CRS).", True),
        ("", "This interview was conducted by Joshua Ward, a Project Associate at NBR.", True),
        ("", "Statement: This article represents the views of the author.", True),
        ("", "This article reflects the views of the ministry, the spokesman said.", False),
        ("", "The document was prepared by officials of both ministries last year.", False),
        ("", "The views of Russian officials have hardened since the invasion began.", False),
    ],
)
def test_a_closing_note_on_the_author_is_furniture(byline, last, removed):
    article = clean_article(f"{HEADLINE}\n{byline}\n{BODY}\n{BODY2}\n{last}\n")
    assert (last not in article.paragraphs) is removed
    assert article.paragraphs[:2] == [BODY, BODY2]


def test_names_under_a_standfirst_with_the_date_and_share_bar_are_header():
    standfirst = "Moscow's position has hardened since the Singapore summit, the Kremlin says."
    note = "Dmitri Trenin is director of the Carnegie Moscow Center."
    text = (
        f"{HEADLINE}\n{standfirst}\nDmitri Trenin\nJanuary 29, 2019\nShare\nMore Commentary\n"
        f"{BODY}\n{BODY2}\n{note}\n"
    )
    article = clean_article(text)
    assert article.paragraphs == [standfirst, BODY, BODY2]  # the standfirst stays
    assert [(r.rule, r.text) for r in article.removed] == [
        ("byline", "Dmitri Trenin"),  # the author of the closing note
        ("date_stamp", "January 29, 2019"),
        ("navigation", "Share"),
        ("header_furniture", "More Commentary"),
        ("author_note", note),  # the name under the standfirst is the byline
    ]
    # without the date or share bar, a short line after the first paragraph is the body's
    kept = clean_article(f"{HEADLINE}\n{standfirst}\nMore Commentary\n{BODY}\n")
    assert kept.paragraphs == [standfirst, "More Commentary", BODY]


def test_an_author_description_under_the_byline_name_is_header():
    description = "Doctor of History, Head of the Department of Oriental Studies at MGIMO"
    article = clean_article(f"{HEADLINE}\nDmitry Streltsov\n{description}\n{BODY}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.text for r in article.removed] == ["Dmitry Streltsov", description]


def test_a_tags_markup_left_as_text_goes_however_long():
    markup = '<p class = "canvas-atom-canvas-text Mb (1.0em) Mb (0) – smt Mt (0.8em) – sm" type ='
    line = f'{markup} "text" content = "Related video: {BODY}" data-reactid =" 25 ">{BODY}'
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{line}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("template_code", line)]


def test_a_sites_icon_names_run_together_go_however_long():
    icons = " ".join(["icon bookmark-bicon bookmarkicon cameraicon checkicon downicon"] * 4)
    article = clean_article(f"{icons}\n{HEADLINE}\n{HEADLINE}\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, BODY2]
    assert ("navigation", icons) in [(r.rule, r.text) for r in article.removed]
    icon = "The icon of the saint was carried around the church on Kunashir, officials said."
    assert clean_article(f"{HEADLINE}\n{BODY}\n{icon}\n").paragraphs == [BODY, icon]


def test_a_section_printed_above_and_below_the_headline_is_not_the_headline():
    section = "Russian Politics & Diplomacy"
    article = clean_article(f"{section}\n{HEADLINE}\n{section}\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    ("notice", "gone"), [("©2025 Example Media Inc.", True), ("© KYODO", False)]
)
def test_one_or_two_lines_after_the_pages_dated_copyright_are_an_advert(notice, gone):
    third = "The ministers said they would meet again in Tokyo before the end of the year."
    advert = [
        "How to Buy a Home as a Foreigner",
        "Learn how to buy a home. The webinar is on Monday.",
    ]
    lines = [HEADLINE, BODY, BODY2, third, notice, *advert, "Register Today"]
    article = clean_article("\n".join(lines) + "\n")
    assert article.paragraphs[:3] == [BODY, BODY2, third]
    rules = {r.text: r.rule for r in article.removed}
    assert all(rules.get(line) == "footer_furniture" for line in advert) is gone
    # three lines after it, or two with no links under them: the story's own
    longer = clean_article("\n".join([*lines[:5], BODY, *advert]) + "\n")
    assert advert[1] in longer.paragraphs
    closing = clean_article("\n".join([*lines[:5], *advert]) + "\n")
    assert advert[1] in closing.paragraphs


def test_a_graphics_source_under_its_credit_goes_with_it():
    credit, source = "JANE DOE / THE DAILY GLOBE, SOURCE:", "NATURAL EARTH DATA"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{credit}\n{source}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("photo_credit", credit),
        ("photo_credit", source),
    ]


def test_a_pictures_alt_text_over_its_credited_caption_goes_with_it():
    alt = "Vladimir Putin and Shinzo Abe in Sochi"
    caption = f"A meeting between {alt}. Courtesy of Kremlin.ru."
    article = clean_article(f"{HEADLINE}\n{alt}\n{caption}\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("caption", alt), ("caption", caption)]


@pytest.mark.parametrize("spaced", [True, False])
def test_a_pictures_alt_text_right_over_the_abcs_caption_goes_with_it(spaced):
    alt = "Shikotan harbour, Kuril Islands"
    caption = "Ferries to the islands are cancelled for the winter.(ABC News: Jane Roe)"
    pictured = f"{alt}\n{caption}\n"
    if spaced:  # the picture under the headline and in the story
        article = clean_article(f"{HEADLINE}\n\n{pictured}\n{BODY}\n{pictured}{BODY2}\n")
        assert article.headline == HEADLINE
        assert [r.text for r in article.removed] == [alt, caption] * 2
    else:  # a headline right over the caption: no alt text, the headline stays
        article = clean_article(f"Skip to main content\n{HEADLINE}\n{caption}\n\n{BODY}\n{BODY2}\n")
        assert article.headline == HEADLINE
        assert [r.text for r in article.removed] == ["Skip to main content", caption]
    assert article.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    "summary",
    [
        "A new tsunami warning was issued for Russia's Kuril Islands after a strong earthquake,"
        " and residents of the coast were told to move to higher ground while officials watched"
        " the sea.",
        # as long, but no summary of the story: the site's notice
        "The documents and materials published on this website were collected and prepared with"
        " advice from experts as part of a project, and the contents of this website do not"
        " represent the views of the government.",
        "News and views from the islands, every day of the week.",
    ],
)
def test_a_summary_over_the_headline_stays_and_a_sections_blurb_goes(summary):
    title = "Russia Earthquake Triggers New Tsunami Warning for Kuril Islands Residents"
    article = clean_article(f"{summary}\n{title}\n{BODY}\n{BODY2}\n")
    assert article.headline == title
    kept = "tsunami" in summary  # a summary of the story; a blurb or notice is its site's
    assert article.paragraphs == ([summary] if kept else []) + [BODY, BODY2]


@pytest.mark.parametrize("introduced", [True, False])
def test_a_list_the_last_paragraph_brings_in_is_the_storys(introduced):
    last = "Residents were told of the measures they should take at once" + (
        ":" if introduced else "."
    )
    items = ["- Moving to higher ground", "- Staying away from beaches"]
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, last, *items]) + "\n")
    assert (article.paragraphs[-2:] == items) is introduced


def test_an_outlet_and_its_day_glued_to_a_summary_come_off_and_date_the_page():
    summary = "Readers of a Hokkaido newspaper were outraged by the state of the island talks."
    article = clean_article(f"{HEADLINE}\n{summary} RIA Novosti, 23.10.2021\n{BODY}\n{BODY2}\n")
    assert article.paragraphs == [summary, BODY, BODY2]
    day = "RIA Novosti, 23.10.2021"
    assert [(r.rule, r.text) for r in article.removed] == [("date_stamp", day)]
    assert extract_metadata(article).published == date(2021, 10, 23)
    said = f"{summary} Officials met on 23.10.2021"  # no outlet's name: the sentence's own day
    assert clean_article(f"{HEADLINE}\n{said}\n{BODY}\n").paragraphs == [said, BODY]


@pytest.mark.parametrize(
    ("credit", "caption"), [("The Yomiuri Shimbun", True), ("Northern Territories Desk", False)]
)
def test_a_short_line_under_an_outlets_credit_over_the_lead_is_a_caption(credit, caption):
    lead = f"TOKYO (Jiji Press) — {BODY}"
    line = "Northern territories off Hokkaido"
    article = clean_article("\n".join([HEADLINE, "", credit, line, "", lead, BODY2]) + "\n")
    assert (("caption", line) in [(r.rule, r.text) for r in article.removed]) is caption
    assert article.paragraphs[-2:] == [BODY, BODY2]


@pytest.mark.parametrize(("below", "byline"), [("The Times", True), ("Harbour Walks", False)])
def test_a_reporters_name_and_city_over_the_outlets_name_are_a_byline(below, byline):
    line = "Jane Roe, Sydney"
    article = clean_article("\n".join([HEADLINE, "", line, below, "", BODY, BODY2]) + "\n")
    assert article.headline == HEADLINE
    assert (("byline", line) in [(r.rule, r.text) for r in article.removed]) is byline
    assert article.paragraphs[-2:] == [BODY, BODY2]


@pytest.mark.parametrize(("badge", "gone"), [("new", True), ("updated", True), ("islands", False)])
def test_a_sites_badge_in_lower_case_under_the_headline_goes(badge, gone):
    article = clean_article("\n".join([HEADLINE, badge, "", BODY, BODY2]) + "\n")
    assert (("header_furniture", badge) in [(r.rule, r.text) for r in article.removed]) is gone
    assert article.paragraphs == ([BODY, BODY2] if gone else [badge, BODY, BODY2])


@pytest.mark.parametrize(("line", "gone"), [("Tokyo to Moscow", True), ("Tokyo and Moscow", False)])
def test_the_headlines_words_before_its_colon_alone_under_it_go(line, gone):
    headline = "Tokyo to Moscow: the islands are not for sale"
    deck = "Japan's minister said there can be no compromise on the return of the four islands"
    article = clean_article("\n".join([headline, "", deck, line, "", BODY, BODY2]) + "\n")
    assert article.headline == headline
    # not the headline's words, the line is a label over the lead all the same
    rule = "repeated_headline" if gone else "header_furniture"
    assert [(r.rule, r.text) for r in article.removed] == [(rule, line)]
    assert article.paragraphs == [deck, BODY, BODY2]


def test_a_title_printed_again_before_its_pictures_caption_is_the_headline():
    title = "Putin's ally says the Kuril Islands are Russian territory and always will be"
    deck = '"Russia must accept its control over the islands"'
    caption = f"{title} A photo posted by Dmitry Medvedev on his X account. [Image source=X]"
    article = clean_article("\n".join([title, "", deck, "", caption, "", BODY, BODY2]) + "\n")
    assert article.headline == title
    assert ("caption", caption) in [(r.rule, r.text) for r in article.removed]
    assert article.paragraphs == [deck, BODY, BODY2]


@pytest.mark.parametrize(
    ("slug", "gone"),
    [("Russia Pacific Missiles", True), ("Missiles on the islands", False)],  # a subhead stays
)
def test_the_aps_slug_over_its_pictures_caption_goes_with_it(slug, gone):
    caption = (
        "Bastion missile launchers move to their positions on Matua Island in Russia on Dec. 2,"
        " 2021 (Russian Defense Ministry Press Service via AP)"
    )
    article = clean_article("\n".join([HEADLINE, BODY, "", slug, caption, "", BODY2]) + "\n")
    assert [r.text for r in article.removed if r.rule == "caption"] == (
        [slug, caption] if gone else [caption]
    )


def test_a_theses_cover_statement_place_and_declaration_go():
    statement = (
        "A thesis presented to the University of Waterloo in fulfillment of the thesis"
        " requirement for the degree of Master of Arts in History"
    )
    declaration = (
        "I hereby declare that I am the sole author of this thesis. This is a true copy of the"
        " thesis, including any required final revisions."
    )
    lines = [HEADLINE, "", statement, "", "Waterloo, Ontario, Canada, 2007", ""]
    lines += ["Author’s Declaration", "", declaration, "", BODY, BODY2]
    article = clean_article("\n".join(lines) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["credits", "credits", "disclosure", "disclosure"]
    # a place and a year under no cover's statement, a declaration under no label: the body's
    kept = clean_article(f"{HEADLINE}\n{BODY}\nWaterloo, Ontario, Canada, 2007\n{declaration}\n")
    assert kept.paragraphs[1:] == ["Waterloo, Ontario, Canada, 2007", declaration]


def test_the_pages_title_over_a_videos_length_stays_the_headline():
    article = clean_article(f"{HEADLINE}\n2 min. 30 sec. VXtreme video\n{BODY}\n{BODY2}\n")
    assert article.headline == HEADLINE
    assert [(r.rule, r.text) for r in article.removed] == [
        ("prompt", "2 min. 30 sec. VXtreme video")
    ]


@pytest.mark.parametrize("length", ["2 min. 30 sec. VXtreme video", "3 min video", None])
def test_a_videos_title_over_its_length_goes_with_it(length):
    title = "A correspondent presents an overview of the summit"
    lines = [HEADLINE, BODY, title, length, BODY2] if length else [HEADLINE, BODY, title, BODY2]
    article = clean_article("\n".join(lines) + "\n")
    assert [(r.rule, r.text) for r in article.removed] == (
        [("prompt", title), ("prompt", length)] if length else []
    )
    assert (title in article.paragraphs) is (length is None)  # no length: a subhead


@pytest.mark.parametrize("mark", ["(end of excerpt)-ends-", "(END)", "- ends -", "(End of story)"])
def test_a_wires_end_mark_glued_to_the_last_sentence_comes_off(mark):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2} {mark}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("end_mark", mark)]
    for kept in (  # no sentence's end before it, or a word ending in "-ends-"
        f"{BODY} The talks (END)",
        f"{BODY} Officials discussed the islands' odds-and-ends-",
    ):
        assert clean_article(f"{HEADLINE}\n{kept}\n").paragraphs == [kept]


@pytest.mark.parametrize("slides", [3, 1])
def test_a_galleries_captions_under_their_counters_go(slides):
    captions = ["Shpanberg lighthouse on Shikotan Island.", "A sunset on Kunashir Island."] * 2
    gallery = [f"{at} / {slides}\n{caption}" for at, caption in enumerate(captions[:slides], 1)]
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, *gallery]) + "\n")
    kept = [p for p in article.paragraphs if p not in (BODY, BODY2)]
    assert kept == ([] if slides > 1 else captions[:1])  # one counter: no gallery


@pytest.mark.parametrize(
    ("label", "pictures"),
    [
        ("Japan-Russia Foreign and Defense Ministerial Consultation (2+2 Meeting)", 3),
        ("Japan-Russia Foreign and Defense Ministerial Consultation (2+2 Meeting)", 1),  # alone
        ("Phase", 3),  # a list's short labels
    ],
)
def test_a_galleries_alt_texts_numbered_after_one_title_go(label, pictures):
    alts = [f"{label} {n}" for n in range(1, pictures + 1)]
    article = clean_article("\n".join([HEADLINE, "July 31, 2018", *alts, BODY, BODY2]) + "\n")
    gone = pictures > 1 and label != "Phase"
    assert [r.text for r in article.removed if r.rule == "caption"] == (alts if gone else [])


@pytest.mark.parametrize(
    ("labels", "gone"),
    [
        (["arrival", "handshake", "talks"], True),
        (["arrival"], False),  # alone: perhaps the page's title
        (["arrival", "arrival"], False),  # the same line twice: not a gallery's
    ],
)
def test_a_galleries_alt_texts_told_apart_by_a_word_in_brackets_go(labels, gone):
    alts = [f"Japan-Russia Vice-Ministerial Consultations({label})" for label in labels]
    article = clean_article("\n".join([HEADLINE, "July 31, 2018", *alts, BODY, BODY2]) + "\n")
    assert [r.text for r in article.removed if r.rule == "caption"] == (alts if gone else [])
    assert article.paragraphs[-2:] == [BODY, BODY2]


@pytest.mark.parametrize(
    ("line", "foreign"),
    [
        ("Мы рассказываем честно не только про войну. Скачайте приложение.", True),  # an app's
        (  # a long paragraph in another script: the story's own, quoted whole
            "Министр иностранных дел заявил, что переговоры о мирном договоре продолжатся в"
            " Токио в следующем месяце, несмотря на разногласия по островам.",
            False,
        ),
    ],
)
def test_a_short_sentence_in_another_script_is_a_sites(line, foreign):
    article = clean_article(f"{HEADLINE}\n{BODY}\n{line}\n{BODY2}\n")
    assert ({r.text: r.rule for r in article.removed}.get(line) == "foreign_script") is foreign


_ENTRY_LEAD = (
    "The Kuril Islands or Kurile Islands is a volcanic archipelago that stretches from Hokkaido"
    " to Kamchatka, and Japan claims the four southernmost of its islands."
)


@pytest.mark.parametrize(
    ("title", "lead", "entry"),
    [
        ("Kuril Islands", _ENTRY_LEAD, True),
        ("Shikotan", "Shikotan is the largest island of the Lesser Kurils off Hokkaido.", True),
        ("Hokkaido", _ENTRY_LEAD, False),  # named, but later: no entry's title
        ("Contents", _ENTRY_LEAD, False),
        # a summary's lead calling the entry "It", the next paragraph naming it
        ("Cape Soya", "It looks out over the strait to Sakhalin.", True),
        ("Cape Erimo", "It looks out over the strait to Sakhalin.", False),  # not named after
    ],
)
def test_an_entrys_title_of_a_word_or_two_over_a_lead_naming_it_is_the_headline(title, lead, entry):
    named = "The lighthouse on Cape Soya was built in 1897, the town said."
    article = clean_article(f"{title}\n{lead}\n{named}\n{BODY}\n")
    assert (article.headline == title) is entry
    assert article.paragraphs[-3:] == [lead, named, BODY]


@pytest.mark.parametrize("fields", [4, 3])
def test_an_infobox_printed_as_lines_is_a_table(fields):
    glued = {  # each field's label glued to its value, as a copy prints the box
        "Location": "Pacific Ocean",
        "Coordinates": "46°30′N 151°30′E",
        "Area": "10,503.2 km2 (2,595,400 acres; 4,055.3 sq mi)",
        "Population": "19,434 (as of 2010)",
    }
    box = ["Disputed islands", *(k + v for k, v in list(glued.items())[:fields]), "Russia"]
    article = clean_article("\n".join([HEADLINE, BODY, *box, BODY2]) + "\n")
    if fields >= 4:
        assert article.paragraphs == [BODY, BODY2]
        assert {r.rule for r in article.removed} == {"table"}
        # right under the page's title, the box goes and the title stays the headline
        article = clean_article("\n".join(["Kuril Islands", *box, _ENTRY_LEAD, BODY2]) + "\n")
        assert (article.headline, article.paragraphs) == ("Kuril Islands", [_ENTRY_LEAD, BODY2])
    else:  # three fields: perhaps the story's own short lines
        assert "table" not in {r.rule for r in article.removed}


@pytest.mark.parametrize("labels", [3, 2])
def test_an_infobox_printed_a_label_or_value_a_line_is_a_table(labels):
    # a mirror's copy of an encyclopedia's article: the box's labels and values, then its
    # pictures' captions, over the lead; two labels alone may be the story's own short lines
    box = [
        "Total population",
        "300 (official census 2021)[1]",
        "Languages",
        "Russian, formerly Ainu languages",
        "Religion" if labels == 3 else "Beliefs",
        "Russian Orthodox and Shamanism",
        "Kuril Ainu people within their traditional dwelling, 1903",
    ]
    article = clean_article("\n".join([HEADLINE, "", *box, "", BODY, BODY2]) + "\n")
    assert (article.paragraphs == [BODY, BODY2]) is (labels == 3)
    assert ({r.rule for r in article.removed} == {"table"}) is (labels == 3)


def test_an_infobox_printed_a_label_and_its_value_a_line_is_a_table():
    box = ["Flag", "Country Japan", "Capital Sapporo", "Area", "  Total 83,453.57 km2"]
    box += ["Population (1 October 2010)", "  Total 5,507,456[1]", "Website www.example.jp"]
    article = clean_article("\n".join([HEADLINE, "", *box, "", BODY, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert {r.rule for r in article.removed} == {"table"}


@pytest.mark.parametrize(
    ("line", "table"),
    [
        # a mirror's template error printed as the field's value, ending in a stop
        ("Coordinates Lua error in package.lua at line 80: module 'strict' not found.", True),
        ("The islands were seized by Soviet troops in 1945.", False),  # a sentence: no box
    ],
)
def test_an_infobox_with_a_field_ending_in_a_stop_and_its_caption_under_it_is_a_table(line, table):
    box = ["Administered by", "Russia", "Claimed by", "Japan", line, "Highest point Alaid"]
    box += ["Population 19,434 (as of 2010)", "Shikotan as seen from Kunashiri."]
    article = clean_article("\n".join([HEADLINE, "", *box, "", BODY, BODY2]) + "\n")
    assert (article.paragraphs == [BODY, BODY2]) is table
    assert ({r.rule for r in article.removed} == {"table"}) is table


def test_a_wiki_mirrors_broken_templates_before_the_lead_come_off():
    errors = (
        'Template:Short description Script error: No such module "Infobox".Template:Template'
        ' otherScript error: No such module "Check for unknown parameters".'
    )
    lead = "The Habomai Islands are a group of uninhabited islets in the southernmost Kurils."
    article = clean_article(f"Habomai Islands\n\n{errors} {lead}\n\n{BODY}\n")
    assert article.headline == "Habomai Islands"  # the entry's title over a lead naming it
    assert article.paragraphs == [lead, BODY]
    assert [(r.rule, r.text) for r in article.removed] == [("template_code", errors)]
    # a sentence that opens on the word stays whole
    sentence = "Template: the ministry sent a form letter to the islanders, the archive shows."
    assert clean_article(f"{HEADLINE}\n\n{sentence}\n\n{BODY}\n").paragraphs[0] == sentence


def test_a_battles_infobox_a_few_of_its_values_sentences_is_a_table_and_dates_nothing():
    box = ["Date11–25 August 1945", "Location", "Sakhalin", "Result Soviet victory"]
    box += ["Territorial changes", "Karafuto Prefecture is annexed by the Soviet Union."]
    box += ["Belligerents", "Soviet Union Japan", "Commanders and leaders", "Maksim Purkayev"]
    box += ["Strength", "100,000 men", "Casualties and losses", "616–1,191+ killed"]
    article = clean_article("\n".join([HEADLINE, "", *box, "", BODY, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert {r.rule for r in article.removed} == {"table"}
    assert extract_metadata(article).published is None  # the battle's date, not the page's
    # half its lines sentences: no box
    sentences = [f"{line} The islands were seized in 1945." for line in box[::2]]
    article = clean_article("\n".join([HEADLINE, "", *sentences, "", BODY]) + "\n")
    assert "table" not in {r.rule for r in article.removed}


def test_a_dumps_infobox_and_its_fields_are_a_table():
    fields = ["- Group: Ainu", "- Population: 300 (2021 census)", "- Langs: Russian, Ainu"]
    article = clean_article("\n".join([HEADLINE, "", "Infobox", *fields, "", BODY, BODY2]) + "\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [r.rule for r in article.removed] == ["table"] * 4


def test_a_dumps_infobox_under_its_title_printed_again_is_a_table_and_no_date():
    title = "2016 Kunashir earthquake"
    fields = ["- Timestamp: 2016-03-14", "- Magnitude: 6.1", "- Depth: 40 km"]
    page = "\n".join([f"= {title} =", "", title, *fields, "", BODY, "", BODY2]) + "\n"
    article = clean_article(page)
    assert article.headline == title
    assert article.paragraphs == [BODY, BODY2]
    assert extract_metadata(article).published is None  # the quake's day, not the page's
    # the title printed again over such fields on a page that is no dump: a date field there
    article = clean_article("\n".join([title, "", title, *fields, "", BODY, "", BODY2]) + "\n")
    assert extract_metadata(article).published == date(2016, 3, 14)


def test_a_line_of_names_in_their_own_scripts_is_no_foreign_line():
    item = "- Habomai rocks (Russian: острова Хабомаи)/Habomai Islands (Japanese: 歯舞諸島)"
    article = clean_article(f"{HEADLINE}\n{BODY}\n{item}\n{BODY2}\n")
    assert item in article.paragraphs
    native = "Native name: Курильские острова"  # mostly another script: the page's label
    article = clean_article(f"{HEADLINE}\n{BODY}\n{native}\n{BODY2}\n")
    assert [(r.rule, r.text) for r in article.removed] == [("foreign_script", native)]


@pytest.mark.parametrize("twice", [True, False])
def test_a_title_closing_on_an_ellipsis_printed_again_by_its_picture_is_the_headline(twice):
    title = "Power creates conditions, and the rest will be decided by business ..."
    lines = [title, BODY, *([title] if twice else []), BODY2]
    article = clean_article("\n".join(lines) + "\n")
    if twice:
        assert article.headline == title
        assert article.paragraphs == [BODY, BODY2]
        assert [(r.rule, r.text) for r in article.removed] == [("repeated_headline", title)]
    else:  # printed once: perhaps a teaser's sentence, cut short
        assert article.headline is None


def test_short_lines_that_open_a_page_with_no_headline_are_header():
    article = clean_article(f"Kenji Sato\nProfessor\n{BODY}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("header_furniture", "Kenji Sato"),
        ("header_furniture", "Professor"),
    ]
    assert clean_article(article.text).text == article.text


def test_a_short_sentence_over_the_leads_dateline_is_the_title():
    title = "Russians consider the island dispute settled and oppose any transfer to Japan."
    article = clean_article(f"{title}\nMOSCOW, January 28, 2019. {BODY}\n{BODY2}\n")
    assert article.headline == title
    assert article.paragraphs == [BODY, BODY2]
    plain = clean_article(f"{title}\n{BODY}\n{BODY2}\n")  # no dateline under it: the story's
    assert plain.headline is None and plain.paragraphs == [title, BODY, BODY2]
    # a caption's day: "… said goodbye Sunday to …" is news prose, not a title
    caption = "Former islanders said goodbye Sunday to their Russian hosts on Kunashiri Island."
    captioned = clean_article(f"{caption}\nNEMURO, Hokkaido (Kyodo) {BODY}\n{BODY2}\n")
    assert captioned.headline is None
    assert captioned.paragraphs == [caption, BODY, BODY2]


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Japan and Russia agree to continue peace treaty talks.", True),
        ("Fishermen in Nemuro were watching the news closely.", False),  # the next says none of it
    ],
)
def test_a_short_sentence_a_blank_line_over_a_lead_that_says_half_of_it_is_the_title(first, title):
    article = clean_article(f"{first}\n\n{BODY}\n\n{BODY2}\n")
    assert (article.headline == first) is title
    assert article.paragraphs == ([BODY, BODY2] if title else [first, BODY, BODY2])
    glued = clean_article(f"{first}\n{BODY}\n{BODY2}\n")  # no blank line: the story's lead
    assert glued.headline is None


@pytest.mark.parametrize(
    ("label", "gone"),
    [
        ("News Snapshot:", True),  # a site's label over the lead
        ("Encyclopedia article:", True),  # a mirror's label, in sentence case
        ("He said:", False),  # someone's words introduced
        ("The envoy added:", False),
        ("Minister:", False),  # a speaker's, as the turn below: one word
        ("Prime Minister:", False),  # a speaker's words
    ],
)
def test_a_label_with_its_colon_over_the_lead_goes_but_a_speakers_stays(label, gone):
    article = clean_article(f"{HEADLINE}\n{label}\n{BODY}\nMinister:\n{BODY2}\n")
    assert (label in article.paragraphs) is not gone
    assert (("header_furniture", label) in [(r.rule, r.text) for r in article.removed]) is gone


def test_a_line_of_numbers_alone_between_the_headline_and_the_lead_is_header():
    article = clean_article(f"{HEADLINE}\n137 (1710)\n{BODY}\n{BODY2}\n")  # a bulletin's issue
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("header_furniture", "137 (1710)")]


def test_a_lead_under_its_dateline_over_a_date_is_no_title():
    lead = "The ministers met in Moscow on Friday, officials said."
    article = clean_article(f"TOKYO, March 20. /TASS/. {lead}\n18 November 2019\n{BODY}\n")
    assert article.headline is None
    assert article.paragraphs == [lead, BODY]
    assert clean_article(article.text).text == article.text


def test_a_sections_heading_that_the_paragraph_under_it_repeats_stays():
    heading = "Northern Territories issue"
    paragraph = "We discussed the Northern Territories issue at length, the prime minister said."
    article = clean_article(f"{HEADLINE}\n{BODY}\n{heading}\n{paragraph}\n{BODY2}\n")
    assert article.paragraphs == [BODY, heading, paragraph, BODY2]


def test_two_sentences_that_lost_their_stop_are_no_headline_under_the_lead():
    lead = (
        "The free customs zone that Russian officials are now discussing for the Kuril Islands will"
        " lead to more investment in the region, the governor of the Sakhalin Region told reporters"
        " on Monday after the meeting."
    )
    unstopped = (  # a paragraph that lost its stop reads as a title
        "The option is under discussion now, the prime minister said earlier. Introducing the"
        " regime could help companies import the equipment and other goods that they require, he"
        " noted"
    )
    article = clean_article(f"MOSCOW, July 26. /TASS/. {lead}\n{unstopped}\n{BODY2}\n")
    assert article.paragraphs == [lead, unstopped, BODY2]
    assert article.headline is None


def test_where_the_author_works_under_the_name_and_post_is_header():
    lines = ["Kenji Sato", "Associate Professor", "Faculty of Law, Northern Coast University"]
    article = clean_article(f"{HEADLINE}\n" + "\n".join(lines) + f"\n{BODY}\n{BODY2}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("header_furniture", x) for x in lines]


def test_numbered_notes_that_close_a_page_are_footnotes():
    notes = [
        '[1] Kremlin, "Press statements following Russian-Japanese talks," January 22, 2019.',
        "[2] Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 2019, chapter 2.",
    ]
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n" + "\n".join(notes))
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("footnote", n) for n in notes]
    run_in = "References:" + " ".join(notes)  # a paper's page: the list run into one line
    article = clean_article(f"{HEADLINE}\n{BODY}\n{BODY2}\n{run_in}\n")
    assert article.paragraphs == [BODY, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [("footnote", run_in)]


def test_citation_marks_a_summary_left_opening_its_sentences_make_no_footnotes():
    # the marks cut off the sentence before open paragraphs amid the story, and the last ones
    third = "[7][13] In 2011, the ministers met again in Tokyo and agreed to keep on talking."
    fourth = "[14] Neither side gave a date for the next round of the talks."
    story = [BODY, f"[5] {BODY2}", THIRD, f"[citation needed] {FOURTH}", BODY, third, fourth]
    article = clean_article("\n".join([HEADLINE, *story]) + "\n")
    assert article.paragraphs == story
    # the same last paragraphs after a story with no marks amid it are its notes
    article = clean_article("\n".join([HEADLINE, BODY, BODY2, third, fourth]) + "\n")
    assert [r.rule for r in article.removed] == ["footnote", "footnote"]


@pytest.mark.parametrize("kind", ["", "Extraordinary ", "Regular "])
def test_a_document_title_is_the_headline_over_a_topic_heading(kind):
    title = f"{kind}Press Conference by Foreign Minister HAYASHI Yoshimasa"
    text = (
        f"Press Conferences\n{title}\n"
        "Tuesday, March 22, 2022, 9:18 a.m. Press Conference Room, Ministry of Foreign Affairs\n"
        "Opening Remarks\n"
        "Russia ends peace treaty negotiations\n"
        "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs: Russia says it will end peace"
        " treaty negotiations. That is extremely unjust.\n"
        f"{BODY}\n"
    )
    article = clean_article(text)
    assert article.headline == title
    assert article.paragraphs[0] == "Russia ends peace treaty negotiations"


@pytest.mark.parametrize("above", ["Overview of awareness-raising projects", "7 Russia"])
def test_a_numbered_section_right_under_the_pages_title_is_no_headline(above):
    section = "1. Promotion of the Campaign for the Return of the Northern Territories"
    lead = (
        "The Association supports the campaign for the return of the Northern Territories with"
        " lectures, petition campaigns and the distribution of materials."
    )
    article = clean_article(f"{above}\n{section}\n{lead}\n{BODY}\n")
    # a title over it; under a short section's label, the numbered heading is the headline
    assert article.headline == (above if above.startswith("Overview") else section)
    # and its subsection's heading under it, numbered on: no headline either
    subsection = "1.1. Lectures in Schools of the Prefecture"
    article = clean_article(f"{above}\n{section}\n{subsection}\n{lead}\n{BODY}\n")
    assert article.headline == (above if above.startswith("Overview") else section)


def test_a_transcripts_programme_and_its_transcribers_credit_go():
    title = "THE KURIL ISLANDS AND REGIONAL SECURITY"
    programme = [
        "Proceedings prepared from a recording by:",
        "HARBOR COURT REPORTING 12 Dock Street, Suite 4 Boston, MA 02110 Phone (617) 555-0100",
        "Introduction:",
        "ANNA PETROVA Senior Fellow and Director Center for Pacific Studies",
        "Featured Speakers:",
        "KENJI SATO Visiting Fellow, Japan",
    ]
    opening = f"ANNA PETROVA: Welcome, everyone. {BODY}"
    article = clean_article("\n\n".join([title, *programme, opening, BODY2]) + "\n")
    assert article.paragraphs == [opening, BODY2]
    assert [r.rule for r in article.removed] == ["credits"] * 2 + ["header_furniture"] * 4
    # a label's line that reads as a sentence is the story's; the transcript's label alone goes
    said = "KENJI SATO said the talks would go on. Officials agreed."
    article = clean_article("\n\n".join([title, "Speakers:", said, programme[0], BODY2]) + "\n")
    assert said in article.paragraphs
    assert ("credits", programme[0]) in [(r.rule, r.text) for r in article.removed]


def test_a_transcripts_place_under_its_date_is_no_headline():
    title = "Who supervised the Kuril Islands in history?"
    lines = [
        title,
        "",
        "Date: Friday, February 20, 2009, 8:49 a.m.",
        "Place: In front of the Ministers' Room in the House",
        BODY,
    ]
    article = clean_article("\n".join(lines) + "\n")
    assert article.headline == title
    assert article.paragraphs == [BODY]


def test_a_transcripts_place_topics_and_link_label_go_and_its_sections_stay():
    first, second = "1. Visit to Japan by the Foreign Minister of Cuba", "2. Japan-Russia Relations"
    question = "Question: Was the summit committed to the return of the four islands?"
    text = "\n".join(
        [
            "Press Conference by Minister for Foreign Affairs Hirofumi Nakasone",
            "",
            "Date: Friday, February 20, 2009, 8:49 a.m.",
            "Place: In front of the Ministers' Room in the House",
            "",
            "Main topics:",
            "",
            f"  {first}",
            f"  {second}",
            "",
            first,
            BODY,
            "",
            "Related Information (Press Release)",
            "",
            second,
            question,
            BODY2,
        ]
    )
    article = clean_article(text + "\n")
    assert article.paragraphs == [first, BODY, second, question, BODY2]
    assert [(r.rule, r.text) for r in article.removed] == [
        ("date_stamp", "Date: Friday, February 20, 2009, 8:49 a.m."),
        ("date_stamp", "Place: In front of the Ministers' Room in the House"),
        ("navigation", "Main topics:"),
        ("contents", first),
        ("contents", second),
        ("cross_link", "Related Information (Press Release)"),
    ]
    # a linked headline under the label, its line right under it, still goes
    linked = clean_article(text.replace("Release)\n\n", "Release)\nPutin visits Tokyo\n\n"))
    assert ("cross_link", "Putin visits Tokyo") in [(r.rule, r.text) for r in linked.removed]


@pytest.mark.parametrize(
    "headline",
    [
        "Will Tokyo and Moscow ever sign a peace treaty after the war?",
        "Putin proposes signing peace treaty by year-end 'without preconditions'",
        'Lavrov says Japan must accept "the results of World War II"',
    ],
)
def test_a_headline_that_reads_as_a_sentence_is_still_the_headline(headline):
    article = clean_article(f"Politics\n{headline}\n{BODY}\n{BODY2}\n")
    assert (article.headline, article.paragraphs) == (headline, [BODY, BODY2])


def test_without_a_headline_the_first_sentence_stays_body():
    article = clean_article(f"{BODY}\n{BODY2}\n")
    assert (article.headline, article.paragraphs) == (None, [BODY, BODY2])


FRENCH = (
    "Le Japon et la Russie ont convenu lundi de poursuivre les négociations sur un traité de "
    "paix, ont indiqué des responsables. Le différend sur les îles Kouriles empêche la signature "
    "d'un traité depuis 1945. Le gouvernement à Tokyo a déclaré qu'il continuerait à négocier."
)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (FRENCH, "does not read as English: 2% of its words are English function words"),
        (
            "日露平和条約交渉。安倍首相とプーチン大統領は交渉を継続することで合意した。",
            "Chinese or Japanese",
        ),
        ("МОСКВА, 16 декабря. Россия и Япония договорились продолжить переговоры.", "Cyrillic"),
        (FRENCH[:80], None),  # too short to judge
        (f"{HEADLINE}\n{BODY}\n{BODY2}", None),
        (f"{BODY} «Курилы — территория России», the ministry said.", None),
    ],
)
def test_language_problem(text, problem):
    found = language_problem(text)
    assert found == problem if problem is None else problem in found


def test_every_seed_reads_as_english():
    assert all(language_problem(path.read_text()) is None for path in SEEDS.glob("*.txt"))


# ----------------------------------------------------------------------------- seeds
SEED_EXPECTED = {
    "000_4ca8bce62f210e05": ({"repeated_headline", "repeated_in_body", "dateline"}, 7),
    "001_a2c7dbf802da13aa": ({"title_bar", "navigation", "repeated_headline", "foreign_script"}, 7),
    "002_f77b3d046b306322": ({"dateline"}, 7),
    "003_eea530126d1362db": ({"cross_link"}, 10),
    "004_001ad3390d2de21d": (
        {
            "navigation",
            "header_furniture",
            "date_stamp",
            "repeated_in_body",
            "page_counter",
            "photo_credit",
            "dateline",
        },
        9,
    ),
}


@pytest.mark.parametrize("stem", sorted(SEED_EXPECTED))
def test_seed_cleaning_keeps_every_body_paragraph_and_reports_every_removal(stem):
    raw = seed_text(stem)
    article = clean_article(raw)
    rules, n_paragraphs = SEED_EXPECTED[stem]
    assert {r.rule for r in article.removed} == rules
    assert len(article.paragraphs) == n_paragraphs
    # Every body paragraph (a sentence-like line of 8+ words) survives, apart from its dateline.
    for line in repair_unicode(raw).splitlines():
        line = normalise_whitespace(line)
        if len(line.split()) >= 12 and line.endswith((".", '"', "”")):
            assert any(line.endswith(p) for p in article.paragraphs), line
    # Every removed line is accounted for: kept lines + removed lines = all non-empty lines.
    kept = {article.headline, *article.paragraphs}
    for line in repair_unicode(raw).splitlines():
        line = normalise_whitespace(line)
        if line and line not in kept:
            assert any(r.text == line or line.startswith(r.text) for r in article.removed), line


def test_seed_furniture_is_gone_from_the_text(seed_corpus):
    text = "\n".join(seed_corpus.docs["text"])
    for furniture in (
        "Rate it",
        "Add comment",
        "Show more",
        "Read more:",
        "In other media",
        "AP Photo",
        "1 pages in this article",
        "Currency converter",
        "Сообщите",
    ):
        assert furniture not in text
    assert len(list(SEEDS.glob("*.txt"))) == len(seed_corpus.docs)


# ----------------------------------------------------------------------------- properties
@settings(max_examples=300, deadline=None)
@given(st.text())
def test_cleaning_never_raises_and_is_idempotent(text):
    once = clean_article(text).text
    assert clean_article(once).text == once


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                HEADLINE,
                BODY,
                BODY2,
                "Rate it",
                "Read more: x y",
                "",
                "© AP Photo/X",
                "TOKYO, March 20. /TASS/. " + BODY,
                "The ministers agreed to meet again in Tokyo later this year, the ministry said.",
            ]
        ),
        max_size=12,
    )
)
@example(  # a block printed again stood between a paragraph and its dated copy
    [
        "The ministers agreed to meet again in Tokyo later this year, the ministry said.",
        BODY2,
        "The ministers agreed to meet again in Tokyo later this year, the ministry said.",
        BODY,
        HEADLINE,
        HEADLINE,
        "The ministers agreed to meet again in Tokyo later this year, the ministry said.",
        BODY2,
        "TOKYO, March 20. /TASS/. " + BODY,
    ]
)
@example(  # the story started over at the page's end, its lead without the first's dateline
    [
        BODY2,
        "TOKYO, March 20. /TASS/. " + BODY,
        "The ministers agreed to meet again in Tokyo later this year, the ministry said.",
        BODY2,
        BODY,
    ]
)
@example(  # the same, the copy opening on the dated lead's words
    [
        "TOKYO, March 20. /TASS/. " + BODY,
        "The ministers agreed to meet again in Tokyo later this year, the ministry said.",
        BODY2,
        BODY,
        "The ministers agreed to meet again in Tokyo later this year, the ministry said.",
    ]
)
def test_cleaning_article_like_text_is_idempotent(lines):
    once = clean_article("\n".join(lines)).text
    assert clean_article(once).text == once


@pytest.mark.parametrize(
    "lines",
    [
        [  # a label over the lead beside other header lines
            "Share\nShare - WeChat",
            "News Snapshot:",
            "137 (1710)",
            BODY,
        ],
        [  # two lines ending in a colon left last, one after the other
            BODY,
            BODY2,
            "By ANNA LEE | Daily Post | Updated: 2019-01-16 07:20",
            "Minister:",
            "News Snapshot:",
            "Foreign Minister Sergei Lavrov Meets his Japanese counterpart on January 14, 2019",
        ],
        [f"{BODY} REUTERS/Anna Petrova", f"TOKYO, March 20. /TASS/. {BODY}"],  # credit, dateline
        [  # a caption over the lead, the lead printed again under its dateline further down
            "Leave a Reply\nYour email address will not be published.",
            "Foreign Minister Sergei Lavrov Meets his Japanese counterpart on January 14, 2019",
            BODY,
            "",
            "Share\nShare - WeChat",
            "Fishing boats taken to the northern territory.",
            BODY2,
            "By ANNA LEE | Daily Post | Updated: 2019-01-16 07:20",
            f"TOKYO, March 20. /TASS/. {BODY}",
        ],
        [  # a line ending in a colon over the paper's notes
            BODY,
            "By ANNA LEE | Daily Post | Updated: 2019-01-16 07:20",
            "News Snapshot:",
            "Foreign Minister Sergei Lavrov Meets his Japanese counterpart on January 14, 2019",
            "",
            "References:[1] Kimura H. The Kurillian Knot. Stanford, 2008.",
        ],
    ],
)
def test_cleaning_pages_the_property_tests_found_is_idempotent(lines):
    once = clean_article("\n".join([HEADLINE, "", *lines])).text
    assert clean_article(once).text == once


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(patterns.KNOWN_CITIES)), st.sampled_from([":", " --", " —"]))
def test_a_known_city_in_title_case_opening_the_lead_is_its_dateline(city, mark):
    article = clean_article(f"{HEADLINE}\n{city}{mark} {BODY}\n{BODY2}\n")
    assert article.dateline is not None and article.dateline.city == city
    assert article.paragraphs == [BODY, BODY2]


@given(
    st.lists(st.sampled_from(["UPDATE 2-", "REFILE-", "ANALYSIS-", "EXCLUSIVE-"]), max_size=3),
    st.sampled_from([HEADLINE, '"Unacceptable": Japan protests Russia\'s exit from talks']),
)
def test_a_wires_slugs_all_come_off_the_headline_and_nothing_else(slugs, title):
    article = clean_article(f"{''.join(slugs)}{title}\nMOSCOW (Reuters) - {BODY}\n{BODY2}\n")
    assert article.headline == title
    assert [r.text for r in article.removed if r.rule == "wire_prefix"] == (
        ["".join(slugs)] if slugs else []
    )


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_returns_text_or_raises_decode_error(raw):
    try:
        text, _ = decode_bytes(raw)
    except DecodeError:
        return
    assert text.strip()


@given(st.text(alphabet=st.sampled_from(list("ab .,!?…:;\"”'’»)](\n"))))
def test_a_line_ends_a_sentence_in_a_stop_or_in_quotes_after_one(line):
    import re

    from kurils.furniture import ends_a_sentence

    # the definition; ends_a_sentence decides it from the last characters, without a regex; two
    # stops after a space close a teaser cut short ("… salary incre ..")
    definition = re.search(r"(?:[.!?…:;)\]]|(?<=[.!?…,:;)\]])[\"”'’»]+)$", line)
    teaser = line.removesuffix("\n").endswith(" ..")
    assert ends_a_sentence(line) is (definition is not None and not teaser)


@given(st.lists(st.text(alphabet=st.characters(exclude_characters="\n")), max_size=5))
def test_line_keys_are_the_words_up_to_case_and_punctuation(lines):
    import re

    from kurils.furniture import line_key
    from kurils.layout import body_key

    def by_regex(line):  # the definition; line_key computes it without a regex
        return re.sub(r"[\W_]+", " ", line.casefold()).strip()

    assert [line_key(line) for line in lines] == [by_regex(line) for line in lines]
    assert body_key(lines) == "\n".join(by_regex(line) for line in lines)


_WAYBACK_TOOLBAR = [
    "The Wayback Machine - https://web.archive.org/web/20101103021512/http://search."
    "japantimes.co.jp/cgi-bin/nn20101102a1.html",
    "69 captures",
    "02 Nov 2010 - 14 Jun 2019",
    "About this capture",
    "COLLECTED BY",
    "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.",
    "TIMESTAMPS",
]
_ARCHIVE_TODAY_TOOLBAR = [
    "archive.today",
    "webpage capture",
    "Saved from https://www.reuters.com/article/us-russia-japan-putin-idUSKCN1PG1KL",
    "search",
    "23 Jan 2019 18:05:07 UTC",
    "All snapshots from host www.reuters.com",
    "share",
    "report bug or abuse",
]


@pytest.mark.parametrize(
    ("toolbar", "outlet", "url"),
    [
        (
            _WAYBACK_TOOLBAR,
            "The Japan Times",
            "http://search.japantimes.co.jp/cgi-bin/nn20101102a1.html",
        ),
        (
            _ARCHIVE_TODAY_TOOLBAR,
            "Reuters",
            "https://www.reuters.com/article/us-russia-japan-putin-idUSKCN1PG1KL",
        ),
    ],
)
def test_a_web_archives_toolbar_is_furniture_and_never_dates_the_page(toolbar, outlet, url):
    article = clean_article("\n".join([*toolbar, HEADLINE, BODY, BODY2]))
    assert (article.headline, article.paragraphs) == (HEADLINE, [BODY, BODY2])
    assert [(r.rule, r.text) for r in article.removed] == [("archive_toolbar", t) for t in toolbar]
    meta = extract_metadata(article)
    assert (meta.published, meta.outlet) == (None, outlet)  # the captures' dates are not it
    assert meta.url == url


@pytest.mark.parametrize("label", ["Title", "Headline", "TITLE", "Article Title"])
def test_a_clippings_title_field_is_its_headline(label):
    fields = "Source: Kyodo News\nDate: 2019-01-22\nCollected: 2019-02-03"
    text = f"{label}: {HEADLINE}\n{fields}\n\n{BODY}\n{BODY2}\n"
    article = clean_article(text)
    assert (article.headline, article.paragraphs) == (HEADLINE, [BODY, BODY2])
    assert article.removed[0] == Removed(1, "field_label", f"{label}:")
    meta = extract_metadata(article)
    assert (meta.published, meta.outlet) == (date(2019, 1, 22), "Kyodo")  # not the collection date


def test_a_database_exports_fields_and_publication_above_its_body_are_header():
    text = (
        f"{HEADLINE}\nBBC Monitoring Former Soviet Union - Political\nJanuary 23, 2019 Wednesday"
        "\nLength: 341 words\nBody\nText of report by Russian state news agency RIA Novosti\n"
        f"{BODY}\n{BODY2}\n"
    )
    article = clean_article(text)
    assert article.paragraphs == [BODY, BODY2]
    assert "BBC Monitoring Former Soviet Union - Political" in [r.text for r in article.removed]


# ----------------------------------------------------------------------------- hard wraps
WRAPPED = """Subject: Abe and Putin fail to reach deal on disputed islands
From: Japan Digest <digest@example.org>

ABE AND PUTIN FAIL TO REACH DEAL ON DISPUTED ISLANDS

TOKYO, Dec. 16 (Kyodo) -- Prime Minister Shinzo Abe and Russian
President Vladimir Putin failed Friday to make progress on the
territorial dispute that has kept their countries from signing a
peace treaty.

"We have agreed to start consultations on joint economic activities
under a special system," Abe told a joint press conference in Tokyo.

--
To unsubscribe, reply with UNSUBSCRIBE in the subject line.
"""


def test_a_hard_wrapped_text_is_read_paragraph_by_paragraph():
    article = clean_article(WRAPPED)
    assert article.headline == "ABE AND PUTIN FAIL TO REACH DEAL ON DISPUTED ISLANDS"
    assert article.paragraphs == [
        "Prime Minister Shinzo Abe and Russian President Vladimir Putin failed Friday to make "
        "progress on the territorial dispute that has kept their countries from signing a peace "
        "treaty.",
        '"We have agreed to start consultations on joint economic activities under a special '
        'system," Abe told a joint press conference in Tokyo.',
    ]
    # a joined paragraph keeps its first line's number in the report
    assert [(r.line_no, r.rule) for r in article.removed] == [
        (1, "export_field"),
        (2, "export_field"),
        (6, "dateline"),
        (14, "end_mark"),
        (15, "prompt"),
    ]


def test_a_hard_wrapped_line_goes_on_over_a_bracket_or_after_a_small_word():
    lines = [
        "Brown bears roam the island in numbers, more than on",
        "any other island, rangers say. Smaller mammals there",
        "include the mountain hare and a field mouse, and the",
        "sable and the red fox",  # short: the bracket pushed on
        "(Vulpes vulpes) hunt them.",
        "Seals gather at the mouths of the rivers in summer",
        "and feed on the salmon there. Rare animals off the",
        "rocky coast of Kunashir include the",  # short: a name pushed on
        "Steller sea lion and a kind of harbor seal, they said.",
    ]
    article = clean_article("Bears of the island\n\n" + "\n".join(lines) + "\n")
    assert article.paragraphs == [" ".join(lines[:5]), " ".join(lines[5:])]


_WORD_POOL = st.sampled_from(
    "the talks on islands peace treaty were held in tokyo and moscow but no deal was reached "
    "Japan Russia Abe Putin said would continue".split()
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(_WORD_POOL, min_size=30, max_size=80), min_size=1, max_size=4),
    st.integers(min_value=50, max_value=90),
    st.booleans(),
)
def test_unwrap_restores_the_paragraphs_of_a_wrapped_text(paragraphs, width, double):
    import textwrap

    from kurils.layout import unwrap

    texts = [" ".join(words) + "." for words in paragraphs]
    single = "\n\n".join(textwrap.fill(t, width) for t in texts).split("\n")
    # double-spaced: a blank line after each wrapped line, two between paragraphs
    lines = (
        "\n\n\n".join("\n\n".join(textwrap.wrap(t, width)) for t in texts).split("\n")
        if double
        else single
    )
    pairs = [(a, b) for a, b in pairwise(single) if a and b]
    breaks = sum(1 for _, b in pairs if b[0].islower())
    joined = [text for _, text in unwrap(lines)]
    # enough lines going on a sentence to tell a wrapped text (double spacing of one paragraph,
    # no two blank lines apart: half its breaks, to tell it from a cleaned text's one blank line)
    share = 0.5 if double and len(texts) == 1 else 0.25
    if breaks >= 3 and breaks >= share * len(pairs):
        assert joined == texts
    else:
        assert joined == [line for line in lines if line]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.lists(_WORD_POOL, min_size=4, max_size=20), min_size=1, max_size=4),
        min_size=2,
        max_size=4,
    ),
    st.integers(min_value=50, max_value=90),
)
def test_a_wrapped_paragraph_of_several_sentences_is_split_only_between_paragraphs(
    paragraphs, width
):
    import textwrap

    from kurils.layout import unwrap

    texts = [
        " ".join(" ".join(words).capitalize() + "." for words in sentences)
        for sentences in paragraphs
    ]
    lines = "\n".join(textwrap.fill(t, width) for t in texts).split("\n")  # no blank lines
    pairs = list(pairwise(lines))
    breaks = [(a, b) for a, b in pairs if len(a) >= 40 and b[0].islower() and a[-1] != "."]
    if len(breaks) >= 3 and len(breaks) >= 0.25 * len(pairs):
        # joined back whole: a paragraph is never split at a sentence's end inside it (one the
        # wrapper ended with room for a word below it, as far as the text shows, ends it)
        joined = [text for _, text in unwrap(lines)]
        assert " ".join(joined) == " ".join(texts)
        ends = set(accumulate(len(t) + 1 for t in texts))
        assert set(accumulate(len(t) + 1 for t in joined)) <= ends


def test_a_wrapped_sentences_end_with_room_for_the_next_word_ends_its_paragraph():
    from kurils.layout import unwrap

    lines = [  # wrapped in a proportional font: no one width in characters
        "Moscow on Tuesday handed back three fishermen held since their",
        "boat was stopped near the islands last month, in a case that drew",
        "protests from Tokyo, a ministry official told reporters.",
        "The men reached Nemuro by patrol boat in the evening and spoke",
        "briefly to the press before going home to their families.",
        "A fourth man, the captain, stays in custody for now.",
        "Tokyo says the boat was in Japanese waters when it was stopped, and",
        "it has asked Moscow to free him and the boat as soon as it can.",
    ]
    assert [text for _, text in unwrap(lines)] == [
        " ".join(lines[:3]),
        " ".join(lines[3:5]),
        lines[5],
        " ".join(lines[6:]),
    ]


def test_words_with_a_colon_go_on_with_a_wrapped_paragraph_but_a_field_stands_alone():
    from kurils.layout import unwrap

    lines = [
        "As is known, Tokyo and Moscow have not signed a peace treaty since",
        "the war because they disagree over the islands, which Russia calls",
        "the Southern Kurils and what Japan has long called its",
        "Northern territories: the islands of Iturup, Kunashir and Shikotan.",
        "",
        "Date: 20 March 2017",
        "Talks between the two foreign ministers were held in Tokyo on the",
        "islands, and the next round is planned for the autumn in Moscow.",
    ]
    assert (
        [text for _, text in unwrap(lines)]
        == [
            " ".join(lines[:4]),
            lines[5],  # a field, on a paragraph's first line: alone
            " ".join(lines[6:]),
        ]
    )


def test_a_wrapped_line_ending_on_a_comma_or_a_word_in_lower_case_goes_on_below():
    from kurils.layout import unwrap

    lines = [  # a blog wrapped by hand, at no one width: the break before a capital goes on too
        "Of the islands, the foreign minister wrote in his memoirs only this,",
        "“We did not go to Tokyo to sell the islands; a meeting",
        "of ministers is not a market.”",
        "Yes, the dispute over the Southern Kurils",
        "was raised by the Americans, he wrote.",
        "His deputy, Igor Rogachev, visited",
        "Japan in January 1989, and he met the Japanese minister in September of",
        "the same year, both times in New York.",
        "Chapter 2 Japan's Foreign Policy in the World",
        "The talks went on in Moscow for two more years without a result.",
    ]
    assert [text for _, text in unwrap(lines)] == [
        " ".join(lines[:3]),
        " ".join(lines[3:5]),
        " ".join(lines[5:8]),
        lines[8],  # a title: its last word is capitalised
        lines[9],
    ]


def test_a_double_spaced_wrapped_text_is_joined_into_its_paragraphs():
    from kurils.layout import unwrap

    first = [  # a blank line after each wrapped line, two between paragraphs
        "The governor thanked the former islanders for their work over many years and said",
        "their hope of going home had not faded. The visits were halted in 2020, and",
        "the governor asked the national government to press Moscow once again for",
        "their early resumption.",
    ]
    second = ["We will not give up.", "The ministry said it would study the request."]
    lines = [*"\n\n".join(first).split("\n"), "", "", second[0], "", "", second[1]]
    assert unwrap(lines) == [(1, " ".join(first)), (10, second[0]), (13, second[1])]
    # one-line paragraphs a blank line apart, none going on below: each its own
    spaced = [BODY, "", BODY2, "", BODY, ""]
    assert unwrap(spaced) == [(1, BODY), (3, BODY2), (5, BODY)]
    # the wrapped lines a blank line apart, no paragraphs two apart (a copy that lost the second
    # blank line): joined, the paragraphs' ends read as in a single-spaced text
    copied = [*"\n\n".join(first).split("\n"), "", BODY]
    assert [text for _, text in unwrap(copied)] == [" ".join(first), BODY]
    # a cleaned text's paragraphs, one blank line apart, none going on below: each its own
    cleaned = [BODY, "", second[1], "", BODY2]
    assert [text for _, text in unwrap(cleaned)] == [BODY, second[1], BODY2]


def test_a_hard_wrapped_block_among_one_line_paragraphs_is_joined():
    from kurils.layout import unwrap

    long_ = [f"{BODY} {BODY2} {BODY}", f"{BODY2} {BODY} {BODY2}", f"{BODY} {BODY}"]
    wrapped = [
        "On March 28, 1972, a petition group headed by Ryosuke Yamashita,",
        "then-chairman of the League of Residents of Chishima and Habomai",
        "Islands, petitioned the Diet for the first time to promote the",
        "return of the islands, presenting a signature ledger containing",
        "the wishes of one million people nationwide. Since that year,",
        "signatures have been submitted to both houses as a petition.",
    ]
    lines = [long_[0], "", "Petition to the Diet", *wrapped, "", long_[1], "", long_[2]]
    assert [text for _, text in unwrap(lines)] == [
        long_[0],
        "Petition to the Diet",  # a heading over the block, short: its own
        " ".join(wrapped),
        long_[1],
        long_[2],
    ]
    # one line going on in lower case in the block: the lines stay as they are
    lines = [long_[0], "", wrapped[0], "Then-chairman Yamashita spoke.", long_[1], long_[2]]
    assert [text for _, text in unwrap(lines)] == [line for line in lines if line]


def test_a_wrapped_table_cells_end_is_no_paragraph_going_on():
    from kurils.layout import unwrap

    lines = [
        "Peace Action Seeks Return of All Four Islands (19-20 September) |",
        "RENGO held its peace action in Nemuro on September 19 and 20, and",
        "the main slogan was the return of all four islands to Japan, with",
        "seminars and a lecture on the state of the talks with Moscow held",
        "on the first day and a peace rally at Cape Nosappu on the second.",
    ]
    assert [text for _, text in unwrap(lines)] == [lines[0], " ".join(lines[1:])]


def test_a_wrapped_line_ending_on_a_possessive_goes_on_with_the_next():
    from kurils.layout import unwrap

    lines = [
        "Japan's",
        "Prime Minister arrived in Moscow for a two-day summit with the Russian",
        "leader, his first visit there in three years, and both sides hope to",
        "make progress over the islands.",
        "The",
        "talks had been set up despite the fact that Japan, like other G-7",
        "countries, keeps its sanctions against Russia in place for now.",
    ]
    assert [text for _, text in unwrap(lines)] == [
        " ".join(lines[:4]),
        " ".join(lines[4:]),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        [HEADLINE, "Kyodo", BODY, BODY2, "Related: islands", "Read more"],
        ["home", "news", "world", "politics", "business", HEADLINE, BODY, BODY2],  # a menu
        [  # one line per paragraph, three of them broken inside
            HEADLINE,
            BODY,
            "Abe and Putin met for the twenty-fifth time in Moscow and",
            "made no progress on the islands.",
            "Japan and Russia agreed on Monday to continue talks on a",
            "peace treaty, the ministers said.",
            BODY2,
            "The two countries have never signed a peace treaty because of",
            "the dispute over four islands.",
            BODY,
            BODY2,
            BODY,
            BODY2,
        ],
    ],
)
def test_one_line_per_paragraph_is_never_joined(lines):
    from kurils.layout import unwrap

    assert unwrap(lines) == list(enumerate(lines, start=1))

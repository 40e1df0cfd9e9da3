"""Direct quotations: their spans, the rules that tie each to its speaker, and the quotes table;
who the words name is resolved in `kurils.speakers`, and nothing is guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from kurils import outlets, patterns
from kurils.codebook import Codebook, load_codebook
from kurils.distributed import is_dask, map_documents
from kurils.speakers import (
    ACCORDING_TO,
    ADVERB,
    ASIDE,
    INSTITUTION,
    NAME,
    OBJECT_PRONOUNS,
    PERSON_AGAIN,
    POST,
    PRONOUN,
    QUALIFIER,
    ROLE,
    SECOND_VERB,
    SOMEONE,
    SPEECH_SUBJECT,
    VERBS,
    WHO,
    Speaker,
    apposed,
    body_named,
    clause_subject,
    introduced,
    is_person,
    latest_subject,
    named_person,
    namesake,
    opening_name,
    opening_subject,
    post_holder,
    resolve_speaker,
    speech_subjects,
)
from kurils.tables import frame_from_rows
from kurils.text import document_frame, document_sentences, iter_documents

if TYPE_CHECKING:
    from kurils.corpus import Corpus

__all__ = ["Quote", "document_quotes", "quotes", "transcript_turns"]

# A title in lower case before a name, a word that is no preposition: "forecaster Hara"
_TITLE_BEFORE = (
    r"(?:(?!(?:in|on|at|to|of|for|by|with|from|after|before|during|as)\b)[a-z][\w'’\-]+ )?"
)
# "…," said Lavrov; "…", — said Zakharova (the Russian way, a dash after the comma); "…,"
# Yoshihide Suga, the secretary-general of Tokyo's cabinet told … (a name of two words or more,
# its apposition left unclosed)
_AFTER = re.compile(
    rf"^\s*,?\s*(?:[-–—]\s*)?"
    rf"(?:{WHO}{ASIDE}\s+{ADVERB}{VERBS}\b|"
    # "…," said he (a translation's); "…," warns forecaster Hara (a name after its title)
    # (a post's body to the clause's end: "said the general secretary of the Cabinet of
    # Ministers of Japan, calling …"; "said a local man in his 50s, an immigrant …")
    rf"{VERBS}\s+(?P<who2>(?:{SOMEONE}|{ROLE}){QUALIFIER}(?=\s*[.,;:)]|\s*$)|{SOMEONE}|{ROLE}|"
    rf"{_TITLE_BEFORE}{NAME}|{PRONOUN}\b)|"
    rf"{apposed('who3')})"
)
# Who said the words, in brackets closing their paragraph: "… (the editor of the newspaper "Red
# lighthouse")."
_BRACKETED_SPEAKER = re.compile(r"\s*\((?P<who>[^()\n]{3,100})\)[.!?]?\s*$")
# An attribution that introduces the next quotation rather than closing this one: '"…
# territory." He added, "…"'
_INTRODUCES_NEXT = re.compile(r"\s*[,:]\s*[\"“]")
# … or quotes in the sentence it opens: '"…." Natalya Timakova said the prime minister "…"'
_QUOTES_ON = re.compile(r"[^.!?\"“”«»\n]+[\"“«]")
_ACCORDING = re.compile(rf"^\s*,?\s*according to\s+(?P<who>{ROLE}|{NAME})")
_POSSESSIVE_END = re.compile(r"['’]s$")
# … or as the one another quoted: '"…," the press service of the Sakhalin region quoted
# Kozhemyako.', '"…," Tass cited a diplomatic source from Japan's embassy as saying.', '"…,"
# Russia's Interfax news agency quoted him as saying.'
_QUOTED_AFTER = re.compile(
    rf"^\s*,?\s*(?:[-–—]\s*)?[^\"“”«»\n.!?]{{1,80}}?\s+(?:quoted|cited)\s+"
    rf"(?P<who>{ROLE}|{_TITLE_BEFORE}{NAME}|(?:him|her|them)(?=\s+as\s+saying))"
    rf"(?:(?:\s+[\w'’\-]+){{0,4}}?\s+as\s+saying)?\s*[.,;]"
)
# … or with no verb, as translations from Russian and Ukrainian print it: '"…," the head of state
# in his video address on Friday night.', '"…," Medvedev on his Telegram channel.'
_VERBLESS_AFTER = re.compile(
    rf"^\s*,?\s*(?:[-–—]\s*)?{WHO}\s+(?:in|on)\s+(?:his|her|its|their|an?)\s+"
    r"(?:[\w'’\-]+\s+){0,3}?(?:address|speech|interview|statement|remarks|message|post|article|"
    r"column|blog|channel|account|page)\b"
)
# … or before it: 'According to the president, "only in this way …"', 'According to him, "…"'
_ACCORDING_BEFORE = re.compile(rf"\b{ACCORDING_TO}\s*$")
# … or opening the sentence the words close, no other quotation on the way: 'According to Putin,
# after both countries ratified the document, «Japan has refused to implement these agreements.»'
_ACCORDING_OPENS = re.compile(rf"^\s*{ACCORDING_TO}[^\"“”«»\n]*$")
# The speaker before the words, up to twelve words after the verb: "Medvedev posted on his X
# (formerly Twitter) account the previous day, "…""
_BEFORE = re.compile(
    rf"{WHO}{ASIDE}\s+{ADVERB}{VERBS}\b(?:\s+[\w'’,\-()]+){{0,12}}?"
    rf"\s*(?::|,|\bthat(?:\s+the)?|\bas\s+saying)\s*$"
)
# "Interfax quoted Peskov as saying:" (the one quoted speaks, not the agency)
_QUOTED_AS_SAYING = re.compile(
    rf"\bquoted\s+(?P<who>{ROLE}|{NAME})\s+as\s+saying\b(?:\s+that)?\s*[:,]?\s*$"
)
# "Kishida called the decision "extremely unfair"", "Lavrov described the move as "…"", "the
# ministry accused Tokyo of "militarization"", "praised him for his "significant contribution"",
# "Tokyo, which called the visit "regrettable"": the speaker's own words for an act. Naming the
# islands ("Japan calls them the "Northern Territories"") quotes a term, not speech.
_CHARACTERISED = re.compile(
    rf"{WHO}(?:,?\s+(?:who|which)|{ASIDE})\s+{ADVERB}(?:called|calling|described|describing|"
    r"branded|branding|labell?ed|termed|dubbed|denounced|slammed|condemned|accused|blamed|praised|"
    r"critici[sz]ed|expressed|voiced|"
    # (in the present tense, but a verb that may be a noun: "the government describes Russia's
    # invasion as "…"", not "in Judo terms"; calling for something is no calling it: "The
    # declaration calls for a "creative partnership"")
    r"calls(?!\s+(?:for|on|upon)\b)|describes|dubs|denounces|slams|condemns|accuses|blames|"
    r"praises|critici[sz]es|expresses)\s+"
    rf"(?!(?:[\w'’\-]+\s+){{0,6}}?(?:islands?|islets?|territor\w*|kurils?|them|chain)\b)"
    # (nor words the one criticised said: "criticizes Russia for claiming that a "…"")
    r"(?!(?:[\w'’\-]+\s+){0,4}?(?:for|of)\s+(?:saying|claiming|calling|describing|insisting|"
    r"stating|arguing)\b)"
    rf"(?:[\w'’\-]+\s+){{0,8}}?(?:as\s+)?$"
)
# A participle after the main clause speaks for that clause's subject: "Kan blasted the visit
# to Kunashiri Island, one of four islands, calling it "…"", "Maehara summoned the ambassador
# to lodge a protest, saying: "…"", "…, telling reporters that the decree was "…""; or for its
# own ("Japan criticized the deployment, with Yoshihide Suga saying it was "…"")
_SAYING = (
    r"(?:saying|adding|insisting|noting|stressing|warning|declaring|telling|critici[sz]ing|"
    r"accusing|stating|asserting|explaining|arguing|emphasi[sz]ing|urging|replying|answering|"
    r"responding)"
)
_PARTICIPLE = re.compile(  # (an adverb perhaps before it: "…, often replying “We don't know”")
    rf"(?:,\s*(?:(?:often|also|then|again|[a-z]+ly)\s+)?(?:{_SAYING}|calling|describing|branding|"
    rf"terming)|\bwith\s+{WHO}\s+{_SAYING}|"
    rf"(?<=[a-z])\s+saying)"  # (its comma left out: "… rejected Tokyo's attempts saying he …")
    r"\b(?:\s+[\w'’\-]+){0,8}?\s*(?:as|that)?\s*[:,]?\s*$"
)
# A second verb of the sentence's subject, saying the words: "Hideo Fukuzawa, 85, attended the
# event with his grandchildren and said, "…""; the name the sentence opens on
_AND_SAID = re.compile(
    r"\b(?:and|then)\s+(?:also\s+)?(?:said|added|declared|stressed|told [\w ]{1,30}?)\s*[,:]\s*$"
)
# … or of words it reports in its own: "Foreign Minister Makiko Tanaka expressed regret … and
# said Japan will continue to demand "sincere responses"", "Russia has protested … and accused
# Prime Minister Fumio Kishida of placing his country "…"" (`opening_subject`)
_AND_SAID_ON = re.compile(rf"{SECOND_VERB.pattern}[^\"“”«»\n]*$")
_OPENING_NAME = re.compile(rf"\s*{NAME}(?=,| [a-z])")
# "the so-called "National Rally …"": a name held at a distance, not speech; so is a quotation
# after an article that does not end a sentence ("the "Kuril development programme" that …")
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|an?|its|their|his|her|our|this)\s*$", re.IGNORECASE)
# … and a name for a thing, not the sentence's speaker's words: "Moscow drew attention to the
# new requirement …, which seek to designate the Southern Kuril Islands as "primordially Japanese
# territories.""
_NAMED_AS = re.compile(
    r"\b(?:designat\w*|call\w*|refer\w* to|known|label\w*|dub\w*|term\w*|name[sd]?)\b"
    r"[^.!?\"“”«»]{0,80}?\bas\s*$",
    re.IGNORECASE,
)
# "X said the decision was "extremely unfair"", "X …, adding that "painstaking work" lay ahead":
# a two-word fragment of X's words, in the clause after X's verb when nothing names or labels on
# the way.
_THAT_BEFORE = re.compile(r"\bthat\s*$")
_NAMING = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed)?|known as|refer(?:s|red)? to|label(?:s|led)?|"
    r"term(?:s|ed)?|name[sd]?)\b",
    re.IGNORECASE,
)
# The rest of a sentence that closes on who said it ("…, Putin told reporters after the talks.",
# not "…, Putin said that Russia …"), with no other quotation on the way
_SENTENCE_CLOSES_ON_SPEAKER = re.compile(
    rf"[^\"“”«»\n]{{0,300}}?,\s*{WHO}{ASIDE}\s+{ADVERB}{VERBS}\b(?!\s+that\b)"
    r"(?:\s+[^\s\"“”«»,]+){0,8}[.!?]?\s*$"
)
_BETWEEN = re.compile(r"[^\"“”«»\n]*")
# A paragraph's first quotation mark closing a quotation of three words or more, glued to its
# stop or comma, before the speaker: its opening mark was dropped
_UNOPENED = re.compile(r"(?<=\w[,.!?])[\"”](?= \w)")
_UNOPENED_MARKS = '"”'
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_ONE_SENTENCE = re.compile(r"[^.!?]*[.!?]?\s*")
_OPEN, _CLOSE, _BOTH = "“«„", "”»", '"'
# … and in single marks, an apostrophe between letters inside ('hurt Japanese people's feelings')
_SINGLE = re.compile(
    r"(?<![\w’'])[‘'](?P<body>(?:[^'‘’\"“”\n]|(?<=[^\W\d_])['’](?=[^\W\d_])){2,200}?)[’'](?![\w])"
)
_TERMINAL = re.compile(r"[.!?…]\W*$")
_WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Quote:
    """A quotation: offsets of its inside in the text, speech or not, speaker, rule."""

    start: int
    end: int
    speech: bool
    speaker: Speaker
    attribution: str


def _spans(paragraph: str, offset: int) -> list[tuple[int, int, bool]]:
    """Double-quoted spans of one paragraph (offsets of the inside); True when the quote is
    still open at the paragraph's end."""
    spans, opened = [], None
    for i, char in enumerate(paragraph):
        if (
            char in _UNOPENED_MARKS
            and opened is None
            and not spans
            and _UNOPENED.match(paragraph, i)
            and len(_WORDS.findall(paragraph, 0, i)) >= 3
        ):
            # its opening mark dropped: '… over to Japan," the statement reads. "As many …'
            spans.append((offset + len(paragraph) - len(paragraph.lstrip()), offset + i, False))
        elif opened is None and (char in _OPEN or char == _BOTH):
            opened = i + 1
        elif opened is not None and (char in _CLOSE or char == _BOTH):
            spans.append((offset + opened, offset + i, False))
            opened = None
        elif opened is not None and char in _OPEN:
            opened = i + 1  # a stray opening mark restarts the quote
    if opened is not None and len(paragraph) - opened > 1:
        spans.append((offset + opened, offset + len(paragraph), True))
    return spans


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """All quotation spans; a quote left open at a paragraph's end continues into the next
    paragraph when that one opens with a quotation mark (the news convention)."""
    paragraphs = []
    start = 0
    for match in re.finditer(r"\n\s*\n", text):
        paragraphs.append((start, match.start()))
        start = match.end()
    paragraphs.append((start, len(text)))
    spans: list[tuple[int, int]] = []
    carrying: tuple[int, int] | None = None  # an open quote waiting for the next paragraph
    for p_start, p_end in paragraphs:
        found = _spans(text[p_start:p_end], p_start)
        if carrying is not None:
            if found and found[0][0] == p_start + 1:
                found[0] = (carrying[0], found[0][1], found[0][2])
            else:
                spans.append(carrying)
        carrying = None
        for q_start, q_end, still_open in found:
            if still_open:
                carrying = (q_start, q_end)
            else:
                spans.append((q_start, q_end))
    if carrying is not None:
        spans.append(carrying)
    for match in _SINGLE.finditer(text):
        if not any(s <= match.start() < e for s, e in spans):
            spans.append((match.start("body"), match.end("body")))
    return sorted(spans)


# A transcript's speaker label opening a paragraph: "Sergey Lavrov:", "PRIME MINISTER ABE:", "Q:",
# "President of Russia Vladimir Putin:", "Prime Minister of Japan Shinzo Abe (retranslated):",
# "STEVE INSKEEP, HOST:" (a broadcast transcript: a role after the name), "Mr. Fumio Kishida,
# Minister for Foreign Affairs:" (a ministry's).
_LABEL = re.compile(
    r"(?:^|(?<=\n\n))(?P<who>[A-Z][\w'’.\-]*"
    r"(?:[ \t]+(?:(?:of|the|for|and)[ \t]+)?[A-Z][\w'’.\-]*){0,7}"  # a label never spans lines
    # (a title after the name: "Mikhail Galuzin, Ambassador Extraordinary and Plenipotentiary of
    # Russian Federation to Japan:")
    r"(?:,[ \t]+[A-Z][\w'’.\-]*"
    r"(?:[ \t]+(?:(?:of|the|for|and|to|in)[ \t]+){0,2}[A-Z][\w'’.\-]*){0,7})?)"
    # (or alone on its line, or glued to the words: "…, Minister for Foreign Affairs:Today, …")
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:(?:[ \t]+|[ \t]*\n\n|(?=[A-Z]))(?=\S)"
)
_ASKERS = frozenset("question q answer a reporter journalist correspondent moderator host".split())
# A person's name alone, as a transcript labels a journalist: "Alexander Gamov:"
_PERSONS_NAME = re.compile(r"[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,3}")


def transcript_turns(
    text: str, published: date | None = None, codebook: Codebook | None = None
) -> list[tuple[int, int, Speaker]]:
    """The turns of a transcript (government sites print "Sergey Lavrov: I have already said …"):
    offsets of each turn's words, from after its label to the next label's paragraph (or the end
    of the text), and its speaker. A label counts when it names a codebook actor or role, holds a
    title ("PRIME MINISTER ABE", "Mr. Peskov") or marks a question; an outlet ("Izvestia: …")
    or a name in capitals ("INSKEEP:", "ELISE HU, BYLINE:": a broadcast's host and reporter)
    or a person's name alone ("Alexander Gamov:", a journalist's) takes a turn when such labels
    make the text a transcript. A headline such as "Putin: Russia ready to talk" (the first
    paragraph, no sentence) paraphrases, it does not quote: no turn."""
    codebook = codebook or load_codebook()
    labels, interviewers = [], []
    for match in _LABEL.finditer(text):
        # the first paragraph's label is a headline's ("Putin: Russia ready to talk") unless what
        # follows it ends a sentence ("Vladimir Putin: Good evening everyone. If you have …")
        if match.start() == 0 and not _TERMINAL.search(text.split("\n\n", 1)[0]):
            continue
        who = match.group("who")
        speaker = resolve_speaker(who, codebook, published, None)
        if speaker.how == "surface":  # "STEVE INSKEEP, HOST": the name, not the role
            speaker = replace(speaker, name=who.split(",")[0])
        titled = patterns.SPEAKER_WORDS.intersection(w.upper() for w in _WORDS.findall(who))
        if speaker.how in ("name", "role") or titled or who.lower() in _ASKERS:
            labels.append((match.start(), match.end(), speaker))
        elif outlets.known_outlets(who) or who.isupper() or _PERSONS_NAME.fullmatch(who):
            # a journalist asks for no side ("Hokkaido Shimbun, Araya:", "NHK, Iwasawa:")
            interviewers.append((match.start(), match.end(), replace(speaker, side="other")))
    if labels:  # "Izvestia: …" asks the questions of an interview, not of a news digest
        labels = sorted(labels + interviewers)
    turns = []
    for i, (_, start, speaker) in enumerate(labels):
        end = labels[i + 1][0] if i + 1 < len(labels) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        turns.append((start, end, speaker))
    return turns


def document_quotes(
    text: str, published: date | None = None, codebook: Codebook | None = None
) -> list[Quote]:
    """The quotations of one document with their speakers (see `quotes`)."""
    codebook = codebook or load_codebook()
    sentences = document_sentences(text)
    subjects = speech_subjects(text)
    turns = transcript_turns(text, published, codebook)
    found = [Quote(start, end, True, who, f"transcript:{who.how}") for start, end, who in turns]
    previous: Speaker | None = None
    last_speech_end, previous_rule = -1, None
    for start, end in _quote_spans(text):
        if any(t_start <= start < t_end for t_start, t_end, _ in turns):
            continue  # quoted inside a turn: the turn's speaker is the one speaking
        inside = text[start:end]
        after = text[end + 1 : end + 160].split("\n", 1)[0] if end < len(text) else ""
        sentence_start = next((s for s, e in sentences if s <= start - 1 < e), start)
        before = text[sentence_start : max(start - 1, sentence_start)]
        n_words = len(_WORDS.findall(inside))
        who, rule, reported, split = None, None, False, False
        named_at = start  # where the speaker is named, for the holder of a post named before it
        if (match := _AFTER.match(after)) and not (
            _TERMINAL.search(inside)
            and (_INTRODUCES_NEXT.match(after, match.end()) or _QUOTES_ON.match(after, match.end()))
        ):  # ('…territory." He added, "…"': "he added" is the next quotation's, and so is
            # '…people." Medvedev's spokesperson said the prime minister "determines …"')
            who = match.group("who") or match.group("who2") or match.group("who3")
            rule = "after_quote"
            # the first part of a quotation the attribution splits: '"And," warns forecaster
            # Hara, "it's going to get worse."'
            split = _INTRODUCES_NEXT.match(after, match.end()) is not None
        elif match := _ACCORDING.match(after):
            # the one whose press conference or statement it was: "according to Mori's
            # post-meeting press conference"
            who, rule = _POSSESSIVE_END.sub("", match.group("who")), "according_to"
        elif (match := _QUOTED_AFTER.match(after)) or (match := _VERBLESS_AFTER.match(after)):
            # ('"…," Interfax quoted him as saying': "he", the one named last)
            who = OBJECT_PRONOUNS.get(match.group("who"), match.group("who"))
            rule = "after_quote"
        elif (
            text[start - 2 : start - 1] in ("", "\n")  # the paragraph opens on the words
            and (match := _BRACKETED_SPEAKER.match(after))
        ):  # '"… needs to be addressed" (the editor of the newspaper "Red lighthouse").'
            who, rule = match.group("who"), "after_quote"
        elif (match := _ACCORDING_BEFORE.search(before)) or (
            # (not when someone is said to speak after it: "According to the ministry, Suzuki
            # told Rudenko: "…"")
            not _BEFORE.search(before) and (match := _ACCORDING_OPENS.match(before))
        ):
            who = OBJECT_PRONOUNS.get(match.group("who"), match.group("who"))
            rule = "according_to"
            reported = True  # the account that follows is theirs: 'Tokyo is "fully committed"'
        elif (match := _QUOTED_AS_SAYING.search(before)) or (match := _BEFORE.search(before)):
            who, rule = match.group("who"), "before_quote"
            reported = bool(_THAT_BEFORE.search(before))  # "…, adding that "painstaking work""
        elif (match := _PARTICIPLE.search(before)) and (
            subject := match["who"] or _clause_subject(before[: match.start()], codebook, published)
        ):
            who, rule = subject, "participle"
            reported = True  # "…, saying the visit "hurts the feelings …""
        elif (match := _AND_SAID.search(before)) and (
            subject := clause_subject(before[: match.start()], codebook, published)
            or (opening.group() if (opening := _OPENING_NAME.match(before)) else None)
        ):  # "Hideo Fukuzawa, 85, …, attended the event … and said, "…""
            who, rule = subject, "before_quote"
        elif match := _CHARACTERISED.search(before):
            who, rule = match.group("who"), "characterised"
        elif subjects_here := list(SPEECH_SUBJECT.finditer(before)):
            # "X added that Tokyo "bears full responsibility"": a fragment of X's words
            who, rule = subjects_here[-1].group("who"), "same_sentence"
            clause = before[subjects_here[-1].end() :]
            reported = not _NAMING.search(clause)
        elif (
            (match := _AND_SAID_ON.search(before))
            and not _QUOTE_MARKS.search(before)
            and (opening := opening_subject(before, match, codebook, published))
        ):  # "Russia has protested … and accused Kishida of placing his country "on a path …""
            who, rule = opening["who"], "same_sentence"
            reported = not _NAMING.search(before, match.end())
        elif (
            len(inside.split()) >= 3
            and not _TERMINAL.search(inside)  # the sentence goes on after the quotation
            and (
                match := _SENTENCE_CLOSES_ON_SPEAKER.match(
                    text, end + 1, next((e for s, e in sentences if s <= end < e), len(text))
                )
            )
        ):  # "… there is "painstaking work ahead" and any deal must …, Putin told reporters."
            who, rule = match.group("who"), "same_sentence"
        if rule is None and previous is not None and 0 <= start - last_speech_end <= 240:
            between = text[last_speech_end : start - 1]
            # "…," he said. "…"; "…," said James Brown, a Russia expert at Temple University. "…";
            # "…," Medvedev said. / "…" (the next paragraph opening on the speaker's words)
            head, paragraph_break, rest = between.partition("\n\n")
            if paragraph_break and not rest.strip():
                between = head.rstrip()
            # the attribution's sentence ("…," Ushakov told reporters after a head-to-head
            # meeting between Putin and Abe in Nagano on Thursday. / "…")
            one_sentence = previous_rule == "after_quote" and _ONE_SENTENCE.fullmatch(between)
            limit, reach = (24, 240) if one_sentence else (8, 80)
            if (
                _BETWEEN.fullmatch(between)
                and len(_WORDS.findall(between)) <= limit
                and len(between) <= reach
            ):
                rule = "continuation"
        if rule is None and (said := _said_in_the_paragraph_before(text, start, end, sentences)):
            (who, named_at), rule = said, "paraphrase_before"  # 'X said …. / "…"'
        speech = (
            rule is not None
            and not _SO_CALLED.search(before)
            and not (rule in ("same_sentence", "according_to") and _NAMED_AS.search(before))
            # a name after an article ("the "Kuril development programme" that …"), not a
            # speaker's words in lower case ("to achieve a "constructive and amicable resolution"")
            and not (
                _DETERMINER.search(before)
                and not _TERMINAL.search(inside)
                and not (inside[:1].islower() and rule in ("same_sentence", "characterised"))
            )
            and (
                n_words >= 3
                # called it "(extremely) regrettable", calling them "unacceptable"
                or (rule in ("characterised", "participle") and n_words <= 2)
                or (n_words == 2 and reported and inside[:1].islower())
                or (bool(_TERMINAL.search(inside)) and rule != "same_sentence")
                # … or close on the comma the attribution after them takes: 'were "totally
                # unacceptable," Abe told reporters'
                or (rule == "after_quote" and inside.rstrip().endswith(","))
                or split
            )
        )
        if not speech:
            found.append(Quote(start, end, False, Speaker(None, "none", "scare"), "scare_quote"))
            continue
        if rule == "continuation":
            speaker = previous
        else:
            context = latest_subject(text, subjects, start, codebook, published)
            if previous is not None and "\n\n" not in text[last_speech_end:start]:
                context = previous  # "…," she said, adding that Japan would "…""
            elif (
                who.lower() == "it"
                and previous is not None
                and previous.how == "name"
                and not is_person(previous)
                and text.count("\n\n", last_speech_end, start) == 1
                and not any(
                    text.rfind("\n\n", 0, start) <= offset < start for offset, _ in subjects
                )
            ):
                context = previous  # a body's words, then its words in the next paragraph: "…,"
                # the ministry said. / "…," it said
            elif (
                named := opening_name(text, sentences, subjects, start, codebook, published)
            ) is not None:
                context = named  # "Maria Zakharova went further. "…," she said"
            elif re.fullmatch(PRONOUN, who) and (
                (context is None and previous is None)
                or (who.lower() in ("he", "she") and not is_person(context or previous))
            ):
                # "he" the one the paragraph before opens on: in the paper's first quotation
                # ("Former Russian President Dmitry Medvedev on Tuesday suggested …" / "…," he
                # wrote on X), or when a body spoke last ("…," the foreign ministry said. /
                # However, Hirokazu Matsuno … criticized the decision. / He said it was "…"")
                opener = opening_name(
                    text, sentences, subjects, text.rfind("\n\n", 0, start), codebook, published
                )
                context = opener if is_person(opener) else context
            if context is None and previous is None and INSTITUTION.fullmatch(who.lower()):
                context = latest_subject(text, subjects, start, codebook, published, countries=True)
            holder = (
                post_holder(who.lower(), text, named_at, codebook, published)
                if POST.fullmatch(who.lower())
                else None
            )  # "The ambassador said" after "Russian Ambassador Mikhail Bely"
            speaker = body_named(
                who, text, start, codebook, published, text[start:end]
            ) or resolve_speaker(who, codebook, published, holder or context or previous)
            if speaker.how in ("role_unresolved", "surface") and is_person(holder):
                # a post on a page with no date, or one the codebook does not know ("the
                # Japanese minister"), its holder named before it
                speaker = holder
            if (speaker.how == "pronoun_unresolved" and who.lower() in ("he", "she")) or (
                speaker.how == "surface" and PERSON_AGAIN.fullmatch(who.lower())
            ):  # ("According to the politician, …": the one named before)
                person = named_person(text, sentences, subjects, start, codebook, published)
                speaker = person or speaker
            speaker = introduced(speaker, text, codebook, published)
            speaker = namesake(who, speaker, text, codebook)
            if (
                speaker.how == "pronoun"
                and (told := _TOLD.match(after))
                and speaker.name
                == introduced(
                    resolve_speaker(told["whom"], codebook, published, None),
                    text,
                    codebook,
                    published,
                ).name
            ):  # "he" is not the one he told ('"…," he told Hosokawa' after Hosokawa's words):
                # the one the paragraph before opens on ("Yeltsin's spontaneous atonement …")
                opener = opening_name(
                    text, sentences, subjects, text.rfind("\n\n", 0, start), codebook, published
                )
                unknown = Speaker(None, "none", "pronoun_unresolved")
                speaker = opener if is_person(opener) and opener != speaker else unknown
        found.append(Quote(start, end, True, speaker, f"{rule}:{speaker.how}"))
        previous, last_speech_end, previous_rule = speaker, end + 1, rule
    return sorted(found, key=lambda q: q.start)


# "he told NAME" after the words: the one told is not the one speaking
_TOLD = re.compile(rf"\s*,?\s*(?:[-–—]\s*)?{PRONOUN}\s+told\s+(?P<whom>{NAME})")


# A clause after a contrast, its own subject's: "Japan voiced its concerns …, but Medvedev
# rejected Tokyo's attempts …, saying …"
_CONTRAST = re.compile(r"(?:,\s*(?:but|while|whereas)|;)\s+")


def _clause_subject(clause: str, codebook: Codebook, published: date | None) -> str | None:
    """`clause_subject` of the clause's last part after a contrast ("…, but Medvedev rejected
    …"), else of the whole clause."""
    last = _CONTRAST.split(clause)[-1]
    return (last != clause and clause_subject(last, codebook, published)) or clause_subject(
        clause, codebook, published
    )


# "… said the Director of the Third Asian Department Lyudmila Vorobyeva." (the verb first, the
# speaker closing the sentence)
_SAID_WHO = re.compile(rf"\b{VERBS}\s+(?P<who>(?:{ROLE}|{NAME})(?: [\w'’.\-]+){{0,12}}?)[.:]?$")


# What follows words that close their sentence: a stop perhaps, then the line's end, the text's,
# or the next sentence (the words ending on their own stop: '"… progress." Tokyo has …')
_CLOSES_SENTENCE = re.compile(r"\.?(?:[ \t]*(?:\n|$)|[ \t]+(?P<next>[A-Z“\"«]))")


def _said_in_the_paragraph_before(
    text: str, start: int, end: int, sentences: tuple[tuple[int, int], ...]
) -> tuple[str, int] | None:
    """Who the sentence before says speaks when the quotation is a paragraph of its own and the
    paragraph before quotes nobody: 'Lavrov said the islands were Russian. / "We will never give
    them up."' (the words the paraphrase leads to), its last sentence; or when the quotation is a
    sentence of its own after one that quotes nobody in its paragraph: 'The minister underlined
    the need to resolve the dispute. "This year we would like to achieve progress."'; with where
    the sentence names them."""
    closing = _CLOSES_SENTENCE.match(text, end + 1)
    if closing is None or (
        closing["next"] and text[end + 1 : end + 2] != "." and not _TERMINAL.search(text[start:end])
    ):
        return None  # the words' sentence goes on
    own = text.rfind("\n\n", 0, start)  # the break that opens the quotation's paragraph
    opening = next((s for s, e in sentences if s <= start - 1 < e), start - 1)
    if own >= 0 and not text[own + 2 : start - 1].strip():  # a paragraph of its own
        before = text.rfind("\n\n", 0, own)
        before, until = (before + 2 if before >= 0 else 0), own
    elif opening == start - 1 and own + 2 < opening:  # a sentence of its own in its paragraph
        before, until = (own + 2 if own >= 0 else 0), opening
    else:
        return None
    if _QUOTE_MARKS.search(text, before, until):
        return None  # it quotes someone: `continuation` decides
    last = next((s for s, _ in reversed(sentences) if before <= s < until), before)
    sentence = text[last:until].rstrip()
    said = list(SPEECH_SUBJECT.finditer(sentence)) or list(_SAID_WHO.finditer(sentence))
    return (said[-1].group("who"), last + said[-1].start("who")) if said else None


def quotes(corpus: Corpus | pd.DataFrame, *, codebook: Codebook | None = None) -> pd.DataFrame:
    """Direct quotations and their speakers.

    Returns
    -------
    DataFrame
        doc_id, quote (``docs.text[start:end]``, without the quotation marks), speaker (canonical
        codebook name, or the surface words when unknown, a surname alone as the text gives it in
        full: "Kimio Waki" for "Waki"; empty for scare quotes), side (japan /
        russia / other / none), start, end, attribution (``rule:resolution``: the rule that found
        the speaker — after_quote (also in brackets closing the paragraph: ""…" (the editor of
        the paper).", and the one another quoted: ""…," the press service quoted
        Kozhemyako."), before_quote (also a second verb of the sentence's subject: "X
        attended the event and said, "…""), according_to (after the words, or before them:
        "According to the president, "…""), same_sentence (a fragment of "X added that
        …", or of a sentence that closes on ", X told reporters"), characterised ("X called the move
        "…""), participle ("X blasted the visit, calling it "…"", "…, saying the visit "…""),
        continuation, paraphrase_before (a paragraph of quoted words after one whose last sentence
        says who speaks: "Lavrov said the islands were Russian." / "…"), transcript (a "Sergey
        Lavrov: …" turn, see `transcript_turns`) — and how the words were resolved — name, role,
        pronoun, country, introduced (a surname alone, by the side a mention of the full name
        gives in its title or description: "Naryshkin" after "Russian foreign intelligence chief
        Sergei Naryshkin", see `speakers.introduced`), surface; ``scare_quote`` for quoted terms
        that are not speech), speech (bool). One or two quoted words are speech only when they
        end a sentence or close on the comma of the attribution after them ("totally
        unacceptable," Abe said), follow "called", or are a lower-case fragment of the clause after
        a speaker's verb ("… said the decision was "extremely unfair""); otherwise they are a
        scare quote.
    """
    if is_dask(document_frame(corpus)):
        return map_documents(document_frame(corpus), quotes, codebook=codebook)
    codebook = codebook or load_codebook()
    rows = (
        _row(doc_id, text, quote)
        for doc_id, pub, text in iter_documents(document_frame(corpus), "quotes")
        for quote in document_quotes(text, pub, codebook)
    )
    columns = ["doc_id", "quote", "speaker", "side", "start", "end", "attribution", "speech"]
    return frame_from_rows(rows, columns)


def _row(doc_id: str, text: str, q: Quote) -> tuple:
    """One row of `quotes`."""
    quote, speaker = text[q.start : q.end], q.speaker
    return (doc_id, quote, speaker.name, speaker.side, q.start, q.end, q.attribution, q.speech)

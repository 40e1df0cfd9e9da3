"""Stance: cooperation–confrontation scores per quotation and narrative sentence, tone and
framing, every number with its cues (the shift over time: `kurils.shift`).

Scores follow Lowe, Benoit, Mikhaylov & Laver (2011): log((coop + 0.5) / (conf + 0.5))."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from kurils.codebook import Codebook, load_codebook
from kurils.decode import for_matching
from kurils.distributed import is_dask, map_documents, to_pandas
from kurils.progress import progress
from kurils.quotes import document_quotes
from kurils.speakers import (
    ACCORDING_TO,
    APPOSED_SUBJECT,
    INSTITUTION,
    OBJECT_PRONOUNS,
    PERSON_AGAIN,
    POST,
    SAID_BY,
    SECOND_VERB,
    SPEECH_SUBJECT,
    WHO,
    Speaker,
    actor_patterns,
    blank_quotations,
    body_named,
    introduced,
    is_person,
    latest_subject,
    namesake,
    of_a_side,
    opening_subject,
    post_holder,
    resolve_speaker,
    sentence_opener,
    speech_subjects,
)
from kurils.tables import frame_from_rows
from kurils.text import document_frame, document_sentences

if TYPE_CHECKING:
    from kurils.corpus import Corpus

__all__ = [
    "MILESTONES",
    "cue_counts",
    "cue_matrix",
    "document_stance",
    "evidence",
    "framing",
    "logit_scale",
    "stance_scores",
    "tone",
]

# Dates marked on stance-over-time figures.
MILESTONES = {
    "2016-12-15": "Nagato summit",
    "2018-11-14": "Singapore agreement",
    "2022-02-24": "Invasion of Ukraine",
    "2022-03-21": "Russia suspends talks",
}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_NOBODY = Speaker(None, "none", "unresolved")  # a subject named, but by nothing known
_WHO_PATTERN = re.compile(WHO)
# A sentence's words that run into a quotation: no colon, comma or dash introduces it
_RUNS_INTO = re.compile(r"\w[^\w:,;\-–—]*$")
# A sentence that opens on whose account it gives: "According to the Russian deputy, such
# statements undermine …"
_ACCORDING = re.compile(rf"[\"“«(]?{ACCORDING_TO}")
# "…, where he spoke of …", "… slammed Japan's prime minister after he said …": the pronoun of a
# clause inside the sentence names someone the sentence has named
_SUBORDINATE = re.compile(
    r"\b(?:where|when|after|before|as|because|since|while|although|though|if|and|but)\s*$",
    re.IGNORECASE,
)
_SCORE_COLUMNS = [
    "doc_id",
    "unit",
    "start",
    "end",
    "speaker",
    "side",
    "published",
    "cooperation",
    "tone",
    "cues",
]


def logit_scale(cooperative: float, confrontational: float) -> float:
    """Lowe et al. (2011) position: log((cooperative + 0.5) / (confrontational + 0.5))."""
    return math.log((cooperative + 0.5) / (confrontational + 0.5))


@lru_cache(maxsize=8)
def _cue_patterns(
    codebook: Codebook,
) -> tuple[list[tuple[str, int, re.Pattern[str], str]], re.Pattern, re.Pattern]:
    """One regex per cue (its words may be up to three words apart: "continue peace treaty
    talks" is "continue talks"), with its sign and first word, longest cue first; the negator
    pattern; and a pattern of the cues' first words."""
    cues, first_words = [], set()
    for kind, sign in (("cooperative", 1), ("confrontational", -1)):
        for cue in codebook.cues[kind]:
            words = [
                re.escape(w) + r"(?:s|es|ed|d|ing)?" for w in for_matching(cue.lower()).split()
            ]
            gap = r"(?:\W+\w+){0,3}?\W+"
            pattern = re.compile(r"\b" + gap.join(words) + r"\b", re.IGNORECASE)
            cues.append((cue, sign, pattern, for_matching(cue.lower()).split()[0]))
            first_words.add(words[0])
    # a negator's words may be two words apart: "failed on Monday to resolve"
    negators = "|".join(
        r"(?:\W+\w+){0,2}?\W+".join(map(re.escape, n.split()))
        for n in sorted(codebook.cues["negators"], key=len, reverse=True)
    )
    # "No. 31" numbers a boat or a resolution, "not only … but" adds: neither negates
    negation = re.compile(
        rf"(?:\b(?:{negators})\b(?!\.\s*\d)(?!\s+(?:only|just)\b)|n't)(?:\W+\w+){{0,3}}?\W*$",
        re.IGNORECASE,
    )
    # Every cue starts with one of these words: a text with none of them has no cue.
    any_cue = re.compile(rf"\b(?:{'|'.join(sorted(first_words))})\b", re.IGNORECASE)
    return sorted(cues, key=lambda c: -len(c[0])), negation, any_cue


def cue_counts(text: str, codebook: Codebook | None = None) -> tuple[int, int, list[str]]:
    """Cooperative and confrontational cue counts of a text and the cues that fired.

    A cue with at most three words between a negator and it ("not", "no longer", "n't", "walking
    away from", "failed on Monday to" …; "no chance of a breakthrough") counts for the other
    side and is listed as ``not <cue>``.
    Longer cues are matched first, a span is counted once, and capitalised words inside a
    sentence (names such as "Black Sea Economic Cooperation") are not cues. Returns
    (cooperative, confrontational, cues as "+cue" / "-cue").
    """
    codebook = codebook or load_codebook()
    cues, negation, any_cue = _cue_patterns(codebook)
    matchable = for_matching(text)
    present = {match.group().lower() for match in any_cue.finditer(matchable)}
    if not present:
        return 0, 0, []
    taken: list[tuple[int, int]] = []
    hits = []
    for cue, sign, pattern, first in cues:
        if not any(word.startswith(first) for word in present):
            continue  # its first word is not in the text (in any of its forms)
        for match in pattern.finditer(matchable):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            if _in_a_name(matchable, match.start()):
                continue  # "Treaty of Mutual Cooperation", "Black Sea Economic Cooperation"
            taken.append((match.start(), match.end()))
            negated = negation.search(matchable[max(0, match.start() - 40) : match.start()])
            hits.append(
                (match.start(), -sign if negated else sign, f"not {cue}" if negated else cue)
            )
    hits.sort()
    cooperative = sum(1 for _, sign, _ in hits if sign > 0)
    labels = [("+" if sign > 0 else "-") + label for _, sign, label in hits]
    return cooperative, len(hits) - cooperative, labels


def _in_a_name(text: str, start: int) -> bool:
    """A capitalised word inside a sentence is part of a proper name, not a cue."""
    before = text[:start].rstrip()
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:;\"'([-"


@lru_cache(maxsize=1)
def _vader():
    """NLTK's VADER with the lexicon the pinned vaderSentiment package ships (read here: NLTK's
    loader refuses hard-linked files, which is how uv installs packages), and a linear-time
    word split: NLTK builds every word x punctuation string of each sentence to find the words
    with punctuation attached (two thirds of the time of scoring); this finds them directly and
    gives the same words, hence the same scores (tested against NLTK's own)."""
    import string
    from importlib.resources import files

    from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants

    punctuation = frozenset(VaderConstants.PUNC_LIST)

    class _SentiText(SentiText):
        def _words_and_emoticons(self) -> list[str]:
            # NLTK maps "p+word" and "word+p" (p in PUNC_LIST; word: a token of the text with
            # its ASCII punctuation removed, longer than one character) to the word.
            words = set(self.REGEX_REMOVE_PUNCTUATION.sub("", self.text).split())
            result = []
            for token in self.text.split():
                if len(token) < 2:
                    continue
                after, before = token.rstrip(string.punctuation), token.lstrip(string.punctuation)
                if token[len(after) :] in punctuation and len(after) > 1 and after in words:
                    token = after
                elif token[: -len(before) or None] in punctuation and len(before) > 1:
                    token = before if before in words else token
                result.append(token)
            return result

    class _Analyzer(SentimentIntensityAnalyzer):
        def __init__(self, lexicon: str) -> None:
            self.lexicon_file = lexicon
            self.lexicon = self.make_lex_dict()
            self.constants = VaderConstants()

        def polarity_scores(self, text: str) -> dict[str, float]:
            # NLTK 3.10's polarity_scores (the pinned version), with `_SentiText`.
            sentitext = _SentiText(
                text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION
            )
            words = sentitext.words_and_emoticons
            first_index: dict[str, int] = {}
            for index, word in enumerate(words):
                first_index.setdefault(word, index)
            sentiments: list[float] = []
            for item in words:
                i = first_index[item]
                if (
                    i < len(words) - 1 and item.lower() == "kind" and words[i + 1].lower() == "of"
                ) or item.lower() in self.constants.BOOSTER_DICT:
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(words, sentiments)
            return self.score_valence(sentiments, text)

    lexicon = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    return _Analyzer(lexicon.strip())


def tone(text: str) -> float:
    """VADER compound score of a text, from -1 (negative) to 1 (positive)."""
    return _vader().polarity_scores(text)["compound"]


def _document_units(doc_id, published, text: str, codebook: Codebook) -> list[tuple]:
    pub = None if pd.isna(published) else pd.Timestamp(published).date()
    sentences = document_sentences(text)
    speech, quoted = [], {}  # the quotations that are units; a sentence's fragment's speaker
    for q in document_quotes(text, pub, codebook):
        if not q.speech:
            continue
        spans = [s for s, e in sentences if s < q.end and q.start < e]
        if len(spans) == 1 and _RUNS_INTO.search(text, spans[0], max(q.start - 1, spans[0])):
            # words the sentence's own run into, no colon or comma between ("Kishida said the
            # decision was "extremely unfair" and …"): the sentence is the unit, so that the
            # words around them count too
            quoted.setdefault(spans[0], q.speaker)
        else:
            speech.append(q)
    units: list[tuple[int, int, str, Speaker | None]] = [
        (q.start, q.end, "quote", q.speaker) for q in speech
    ]
    for start, end in sentences:
        if not any(q.start < end and start < q.end for q in speech):
            units.append((start, end, "narrative", quoted.get(start)))
    units.sort(key=lambda u: u[:2])
    breaks = [match.end() for match in _PARAGRAPH_BREAK.finditer(text)]
    heard: tuple[int, Speaker | None] = (0, None)  # the last unit with a speaker, and where
    openers: list[int] = []  # the sentences since, which name no speaker but may open on one

    def recall(before: int) -> Speaker | None:
        """Whom a "he" or "she" at `before` names: the last person a sentence opened on since
        the last speaker ("Lavrov met Kono in Moscow. He said …"), else that speaker if a
        person; nobody from before the paragraph before."""
        found = heard if is_person(heard[1]) else (0, None)
        for at in reversed(openers):
            if is_person(opener := sentence_opener(text, at, codebook, pub)):
                found = (at, opener)
                break
        near = bisect_right(breaks, before) - bisect_right(breaks, found[0]) <= 1
        return found[1] if near else None

    rows = []
    for start, end, unit, speaker in units:
        if unit == "narrative":
            narrator = _narrator(text, (start, end), codebook, pub, recall)
            # (the speaker of the words it quotes when it names none it knows: "Tokyo, which
            # called the visit "regrettable", summoned the ambassador")
            if narrator is not None and (narrator is not _NOBODY or speaker is None):
                speaker = narrator
        if speaker is not None or unit == "quote":
            heard, openers = (start, speaker), []
        else:
            openers.append(start)
        unit_text = text[start:end]
        cooperative, confrontational, cues = cue_counts(unit_text, codebook)
        rows.append(
            (
                doc_id,
                unit,
                start,
                end,
                None if speaker is None else speaker.name,
                "none" if speaker is None else speaker.side,
                published,
                logit_scale(cooperative, confrontational),
                tone(unit_text),
                "; ".join(cues),
            )
        )
    return rows


def _narrator(
    text: str,
    span: tuple[int, int],
    codebook: Codebook,
    published: date | None,
    recall: Callable[[int], Speaker | None],
) -> Speaker | None:
    """Who a narrative sentence says speaks: an actor, a role or a country ("Russia insists …"),
    an unnamed speaker of a known side ("a Japanese government source said"), the one whose
    account it opens on ("According to the Russian deputy, …"), or whom its "he said", "the
    minister said" or "the ministry said" names; None for no subject, `_NOBODY` for a subject
    that resolves to nothing known.

    "He" or "she" is the last person the sentence names before a "where he", "after she"
    ("Mishustin visited Iturup, where he spoke of …"), else the one `recall` gives for the
    sentence (a person who spoke or opened a sentence in this paragraph or the one before)
    unless the sentence names them as someone else ("Abe will visit Moscow, he said"). "The
    minister" and "the politician" are that one too; "the official" is nobody known; "the
    ministry" is the country or institution said to speak last.
    """
    start, end = span
    # (not words inside its quotation marks: '"… repeat what Russia says," a member said')
    sentence = blank_quotations(text[start:end])
    subject = (
        SPEECH_SUBJECT.search(sentence)
        or SAID_BY.search(sentence)
        or APPOSED_SUBJECT.search(sentence)
        or _ACCORDING.match(sentence)
        # "Medvedev ordered officials to stay alert … and said that Russia would …"
        or (
            (verb := SECOND_VERB.search(sentence))
            and opening_subject(sentence, verb, codebook, published)
        )
    )
    if not subject:
        return None
    who = OBJECT_PRONOUNS.get(subject.group("who"), subject.group("who"))
    lowered = who.lower()
    at = start + subject.start()
    clause = text[start:at]
    previous = holder = None
    if lowered in ("he", "she"):
        if _SUBORDINATE.search(clause):
            previous = _last_person(clause, codebook, published)
        if previous is None and (antecedent := recall(start)) is not None:
            previous = None if _names(clause, antecedent, codebook) else antecedent
    elif body := body_named(who, text, start, codebook, published):
        return body
    elif INSTITUTION.fullmatch(lowered):  # rare: the subjects before it are found only then
        subjects = speech_subjects(text[:at])
        previous = latest_subject(text, subjects, at, codebook, published, countries=True)
    elif POST.fullmatch(lowered):
        holder = post_holder(lowered, text, start, codebook, published)
        previous = holder or recall(start)
    elif PERSON_AGAIN.fullmatch(lowered):
        previous = recall(start)
    speaker = resolve_speaker(who, codebook, published, previous)
    if speaker.how in ("role_unresolved", "surface") and is_person(holder):
        speaker = holder  # a post (on a page with no date) its holder was named with before
    speaker = namesake(who, introduced(speaker, text, codebook, published), text, codebook)
    if (
        (speaker.how in ("name", "role", "country", "pronoun", "introduced") and speaker.name)
        or of_a_side(speaker)
        # a post of one side its holder on the day is not known for ("the top government
        # spokesman" on a page with no date; not "The Prime Minister of Japan and I")
        or (
            speaker.how == "role_unresolved"
            and speaker.side in ("japan", "russia")
            and " and " not in (speaker.name or "")
        )
    ):
        return speaker
    return _NOBODY


def _last_person(clause: str, codebook: Codebook, published: date | None) -> Speaker | None:
    """The last person a clause names, by a codebook name or a dated role."""
    found = None
    for match in _WHO_PATTERN.finditer(clause):
        speaker = resolve_speaker(match.group("who"), codebook, published, None)
        if speaker.how in ("name", "role") and is_person(speaker):
            found = speaker
    return found


def _names(clause: str, speaker: Speaker, codebook: Codebook) -> bool:
    """Whether a clause names the speaker's actor by one of its aliases."""
    actor = codebook.actor(speaker.name or "")
    lowered = for_matching(clause).lower()
    return actor is not None and any(
        named is actor and pattern.search(lowered) for pattern, named in actor_patterns(codebook)[1]
    )


def stance_scores(
    corpus: Corpus | pd.DataFrame, *, codebook: Codebook | None = None
) -> pd.DataFrame:
    """One row per unit: each direct quotation, and each sentence outside them; a sentence whose
    words run into a quotation, no colon or comma before it ("Kishida said the decision was
    "extremely unfair" and …"), is one narrative unit with it, its speaker the quotation's
    unless the sentence names one.

    Returns
    -------
    DataFrame
        doc_id, unit (quote / narrative), start, end (offsets into ``docs.text``), speaker
        (the quotation's speaker; for a narrative sentence, the actor, role, country or unnamed
        post or body of one side that is its speaking subject, "Russia insists …", "the Japan
        Coast Guard said …", a person its first full mention gives a side, "Naryshkin said …"
        after "Russian foreign intelligence chief Sergei Naryshkin", or whom its "he said"
        names, else empty), side (japan / russia /
        other / none), published, cooperation (`logit_scale` of the cue counts; 0 when no cue
        fired), tone (VADER compound), cues (the cues that fired, "+" cooperative, "-"
        confrontational). The unit's text is ``docs.text[start:end]`` (`evidence` adds it for
        the rows it shows): a copy in every row would double the memory a large corpus needs.
    """
    if is_dask(document_frame(corpus)):
        return map_documents(document_frame(corpus), stance_scores, codebook=codebook)
    codebook = codebook or load_codebook()
    docs = document_frame(corpus)
    documents = zip(docs["doc_id"], docs["published"], docs["text"], strict=True)
    rows = (
        row
        for doc_id, published, text in progress(documents, len(docs), "stance")
        for row in _document_units(doc_id, published, text, codebook)
    )
    return frame_from_rows(rows, _SCORE_COLUMNS)


def document_stance(scores: pd.DataFrame) -> pd.DataFrame:
    """Per document: doc_id, published, n_units, cooperative, confrontational (cue counts over
    all units), cooperation (`logit_scale` of the sums), tone (mean). Sorted by cooperation."""
    signs = scores["cues"].fillna("").str.split("; ")
    table = scores.assign(
        cooperative=[sum(c.startswith("+") for c in cues if c) for cues in signs],
        confrontational=[sum(c.startswith("-") for c in cues if c) for cues in signs],
    )
    grouped = table.groupby("doc_id", sort=True).agg(
        published=("published", "first"),
        n_units=("unit", "size"),
        cooperative=("cooperative", "sum"),
        confrontational=("confrontational", "sum"),
        tone=("tone", "mean"),
    )
    grouped["cooperation"] = [
        logit_scale(a, b)
        for a, b in zip(grouped["cooperative"], grouped["confrontational"], strict=True)
    ]
    columns = ["published", "n_units", "cooperative", "confrontational", "cooperation", "tone"]
    return (
        grouped[columns]
        .reset_index()
        .sort_values(["cooperation", "doc_id"], ascending=[False, True])
    )


def framing(corpus: Corpus | pd.DataFrame, *, codebook: Codebook | None = None) -> pd.DataFrame:
    """How each document names and frames the islands: doc_id, published, frame, side (whose
    position the frame echoes), count, share (of the document's framing terms), terms (as
    printed). Documents using no framing term have no row."""
    if is_dask(document_frame(corpus)):
        return map_documents(document_frame(corpus), framing, codebook=codebook)
    codebook = codebook or load_codebook()
    patterns = sorted(codebook.framing.items(), key=lambda item: -len(item[0]))
    compiled = [
        (re.compile(rf"\b{re.escape(term)}\b", re.IGNORECASE), frame, side)
        for term, (frame, side) in patterns
    ]
    docs = document_frame(corpus)
    rows = []
    for doc_id, published, text in zip(
        docs["doc_id"], docs["published"], docs["text"], strict=True
    ):
        matchable = for_matching(text)
        taken: list[tuple[int, int]] = []
        found: dict[tuple[str, str], list[str]] = {}
        for pattern, frame, side in compiled:
            for match in pattern.finditer(matchable):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                found.setdefault((frame, side), []).append(text[match.start() : match.end()])
        total = sum(len(v) for v in found.values())
        for (frame, side), printed in sorted(found.items()):
            rows.append(
                (
                    doc_id,
                    published,
                    frame,
                    side,
                    len(printed),
                    len(printed) / total,
                    "; ".join(sorted(set(printed))),
                )
            )
    columns = ["doc_id", "published", "frame", "side", "count", "share", "terms"]
    return pd.DataFrame(rows, columns=columns)


def evidence(scores: pd.DataFrame, corpus: Corpus | pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The `n` most cooperative and `n` most confrontational units of `scores` that fired a cue,
    with their text taken from `corpus`: extreme (cooperative / confrontational), the
    `stance_scores` columns, then text (``docs.text[start:end]``)."""
    cued = scores[scores["cues"].fillna("") != ""]
    top = cued.sort_values(["cooperation", "doc_id", "start"], ascending=[False, True, True])
    bottom = cued.sort_values(["cooperation", "doc_id", "start"], ascending=[True, True, True])
    shown = pd.concat(
        [
            top.head(n).assign(extreme="cooperative"),
            bottom.head(n).assign(extreme="confrontational"),
        ]
    )[["extreme", *_SCORE_COLUMNS]].reset_index(drop=True)
    docs = document_frame(corpus)
    wanted = docs[docs["doc_id"].isin(sorted(set(shown["doc_id"])))][["doc_id", "text"]]
    texts = dict(to_pandas(wanted).itertuples(index=False))
    shown["text"] = [
        texts[doc_id][start:end]
        for doc_id, start, end in zip(shown["doc_id"], shown["start"], shown["end"], strict=True)
    ]
    return shown


def cue_matrix(scores: pd.DataFrame) -> pd.DataFrame:
    """How often each cue fired in each document: rows doc_id, columns "+cue" / "-cue"
    (sorted by total count, most frequent first)."""
    rows = [
        (doc_id, cue)
        for doc_id, cues in zip(scores["doc_id"], scores["cues"].fillna(""), strict=True)
        for cue in cues.split("; ")
        if cue
    ]
    table = pd.DataFrame(rows, columns=["doc_id", "cue"])
    if table.empty:
        return pd.DataFrame(index=pd.Index(sorted(set(scores["doc_id"])), name="doc_id"))
    matrix = pd.crosstab(table["doc_id"], table["cue"])
    order = matrix.sum().sort_values(ascending=False, kind="stable").index
    return matrix[order].reindex(sorted(set(scores["doc_id"]))).fillna(0).astype(int)

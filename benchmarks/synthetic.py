"""Deterministic synthetic news corpus for benchmarks: realistic vocabulary, dates, quotations,
page furniture. `python benchmarks/synthetic.py OUT_DIR N_ARTICLES` writes N .txt files."""

from __future__ import annotations

import itertools
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SEED_WORDS = """japan russia peace treaty talks islands kuril southern northern territories tokyo
moscow minister foreign prime president negotiations dispute sovereignty declaration joint
economic activity sanctions ukraine invasion cooperation dialogue relations summit meeting
agreement government official ministry defence military drills missiles fishing visa-free
visits former residents border coast guard ambassador embassy protest statement spokesman
spokeswoman conference reporters parliament diet election policy security alliance""".split()
NAMES = [
    "Vladimir Putin",
    "Shinzo Abe",
    "Fumio Kishida",
    "Sergey Lavrov",
    "Taro Kono",
    "Toshimitsu Motegi",
    "Maria Zakharova",
    "Yoshihide Suga",
    "Dmitry Medvedev",
    "Shigeru Ishiba",
    "Dmitry Peskov",
    "Yoshimasa Hayashi",
]
PLACES = [
    "Iturup",
    "Etorofu",
    "Kunashir",
    "Kunashiri",
    "Shikotan",
    "the Habomai islets",
    "the Kuril Islands",
    "the Southern Kurils",
    "the Northern Territories",
    "Sakhalin",
]
FUNCTION = (
    "the of and to in a that on for with as by at from is was said has have will "
    "would not it its their they be been this which an or but also after over"
).split()
FURNITURE_TOP = ["Home", "News", "World", "Share", "Tweet", "Currency converter", "All news"]
FURNITURE_BOTTOM = [
    "Read more: {h}",
    "Show more",
    "In other media",
    "Add comment",
    "© {y} Example News Agency. All rights reserved.",
    "Subscribe to our newsletter",
]
CITIES = ["TOKYO", "MOSCOW", "YUZHNO-SAKHALINSK", "VLADIVOSTOK", "SINGAPORE"]
AGENCIES = ["TASS", "Reuters", "Kyodo", "Sputnik", "Interfax"]
ONSETS = "b c d f g h j k l m n p r s t v z ch sh st tr pl gr".split()
VOWELS = "a e i o u ai ou ee".split()


def _vocabulary(rng: random.Random, size: int = 40_000) -> list[str]:
    words = set(SEED_WORDS)
    while len(words) < size:
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 4)))
        words.add(word + rng.choice(["", "", "s", "ed", "ing", "tion", "ly"]))
    ordered = SEED_WORDS + sorted(words - set(SEED_WORDS))
    rng.shuffle(ordered[len(SEED_WORDS) :])
    return ordered


def _sentence(rng: random.Random, vocab: list[str], weights: list[float]) -> str:
    """A sentence mixing function words, names, places and Zipf-distributed vocabulary;
    `weights` are cumulative."""
    words = []
    for _ in range(rng.randint(8, 30)):
        roll = rng.random()
        if roll < 0.45:
            words.append(rng.choice(FUNCTION))
        elif roll < 0.5:
            words.append(rng.choice(NAMES))
        elif roll < 0.54:
            words.append(rng.choice(PLACES))
        else:
            words.append(rng.choices(vocab, cum_weights=weights)[0])
    if rng.random() < 0.15:
        words.insert(rng.randint(0, len(words)), f"in {rng.randint(1855, 2025)}")
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def article(rng: random.Random, vocab: list[str], weights: list[float]) -> str:
    """One article page: furniture, headline, dateline with date, paragraphs, quotes, footer."""
    published = date(2005, 1, 1) + timedelta(days=rng.randint(0, 7300))
    headline = " ".join(rng.choices(vocab[:3000], k=rng.randint(5, 11))).capitalize()
    lines = [*rng.sample(FURNITURE_TOP, rng.randint(0, 4)), headline, ""]
    lines.append(
        f"{published:%B} {published.day}, {published.year}, 10:{rng.randint(10, 59)} UTC+3"
    )
    agency = rng.choice(AGENCIES)
    first = _sentence(rng, vocab, weights)
    lines.append(f"{rng.choice(CITIES)}, {published:%B} {published.day}. /{agency}/. {first}")
    for _ in range(rng.randint(4, 14)):
        paragraph = " ".join(_sentence(rng, vocab, weights) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.3:
            quote = _sentence(rng, vocab, weights)
            paragraph += f' "{quote[:-1]}," {rng.choice(NAMES)} said on {published:%A}.'
        lines += ["", paragraph]
    lines += [""] + [
        f.format(h=headline, y=published.year)
        for f in rng.sample(FURNITURE_BOTTOM, rng.randint(0, 3))
    ]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, n_articles: int, seed: int = 1956) -> Path:
    """Write `n_articles` synthetic articles to `folder` (same seed → same bytes)."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    weights = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(vocab))))  # Zipf
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_articles):
        (folder / f"synthetic_{i:07d}.txt").write_text(article(rng, vocab, weights), "utf-8")
    return folder


if __name__ == "__main__":
    write_corpus(Path(sys.argv[1]), int(sys.argv[2]))

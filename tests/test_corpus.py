"""load_corpus: folders and tables, bad input, duplicates, the metadata sidecar, the seeds."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

import kurils
from kurils.corpus import DOC_COLUMNS
from tests.conftest import FIXTURES, SEEDS


def test_seed_corpus_has_the_documented_columns_and_types(seed_corpus):
    docs = seed_corpus.docs
    assert list(docs.columns) == DOC_COLUMNS
    assert list(docs["doc_id"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert str(docs["published"].dtype) == "datetime64[ns]"
    assert docs["published"].notna().all()
    assert list(docs["published_source"]) == ["text", "metadata", "text", "metadata", "text"]
    assert list(docs["outlet"].fillna("")) == ["Sputnik", "Inforos", "Sputnik", "", "TASS"]
    assert seed_corpus.rejected.empty and seed_corpus.notes.empty
    assert (docs["n_words"] > 250).all()
    # Paragraphs are separated by one blank line; the headline is the first paragraph.
    for headline, text in zip(docs["headline"], docs["text"], strict=True):
        assert text.startswith(headline + "\n\n") and "\n\n\n" not in text


def test_bad_folder_raises_corpus_error_naming_the_folder_and_reasons():
    with pytest.warns(kurils.CorpusWarning), pytest.raises(kurils.CorpusError) as error:
        kurils.load_corpus(FIXTURES / "bad")
    message = str(error.value)
    assert str(FIXTURES / "bad") in message and "no usable document" in message


def test_bad_inputs_are_rejected_with_their_reason():
    with pytest.warns(kurils.CorpusWarning):
        corpus = kurils.load_corpus(FIXTURES / "mixed")
    reasons = {path.split("/")[-1]: reason for path, reason in corpus.rejected.values}
    assert reasons == {"empty.txt": "empty file (0 bytes)"}
    with pytest.warns(kurils.CorpusWarning) as caught, pytest.raises(kurils.CorpusError):
        kurils.load_corpus(FIXTURES / "bad")
    messages = "\n".join(str(w.message) for w in caught)
    for name, reason in [
        ("empty.txt", "empty file"),
        ("whitespace.txt", "whitespace only"),
        ("binary.txt", "binary file"),
        ("undecodable.txt", "undecodable"),
        ("furniture_only.txt", "no text left"),
        ("notes.pdf", "not an article file: .txt or .html"),
        ("russian_cp1251.txt", "written in Cyrillic script, not English"),
        ("german_latin1.txt", "does not read as English: 0% of its words"),
    ]:
        assert f"{name}: {reason}" in messages


def test_mixed_folder_decodes_every_encoding_and_flags_duplicates_and_missing_dates():
    with pytest.warns(kurils.CorpusWarning):
        corpus = kurils.load_corpus(FIXTURES / "mixed")
    docs = corpus.docs.set_index("doc_id")
    assert dict(docs["encoding"]) == {
        "cp1251": "cp1251",
        "latin1": "cp1252",
        "reuters": "utf-8",
        "reuters_copy": "utf-8",
        "undated": "utf-8",
        "utf16": "utf-16",
        "utf8_bom": "utf-8-sig",
    }
    assert docs.loc["cp1251", "headline"] == "Lavrov: Kurils are Russian territory"
    assert "«Курилы — территория России» (“the Kurils" in docs.loc["cp1251", "text"]
    assert (
        "Tokyo’s daily Nihon Keizai called “prudent” … while critics in Sapporo’s cafés"
        in (docs.loc["latin1", "text"])
    )
    assert docs.loc["reuters_copy", "duplicate_of"] == "reuters"
    assert pd.isna(docs.loc["reuters", "duplicate_of"])
    notes = set(map(tuple, corpus.notes[["doc_id", "note"]].values))
    assert ("reuters_copy", "duplicate: same text as reuters") in notes
    assert ("undated", "no publication date in the text or the metadata") in notes
    assert ("cp1251", "not UTF-8: decoded as cp1251") in notes


def test_a_page_left_with_its_headline_alone_is_kept_and_noted(tmp_path):
    (tmp_path / "ok.txt").write_text((FIXTURES / "articles" / "kyodo_2016.txt").read_text())
    expired = [
        "Tokyo protests minister's visit to disputed islands",
        "The requested article has expired, and is no longer available. Any related articles,"
        " and user comments are shown below.",
        "Login to comment",
        "The islands were taken by force and everybody knows it.",
        "12 ( +15 / -3 )",
    ]
    (tmp_path / "expired.txt").write_text("\n".join(expired) + "\n")
    corpus = kurils.load_corpus(tmp_path, cache=False)
    docs = corpus.docs.set_index("doc_id")
    assert docs.loc["expired", "text"] == expired[0]
    notes = set(map(tuple, corpus.notes[["doc_id", "note"]].values))
    assert ("expired", kurils.corpus.HEADLINE_ONLY_NOTE) in notes
    assert not any(doc_id == "ok" and "headline only" in note for doc_id, note in notes)


def test_a_page_of_several_scripts_is_judged_on_what_cleaning_leaves(tmp_path):
    statement = (
        "In March this year, the Russian Government unilaterally announced the suspension of the"
        " Four-Island Exchange Program and the Free Visit Program. It is extremely unjust and"
        " unacceptable that they announced the suspension of the agreement regarding the four"
        " islands. The Hokkaido Government will promptly and strongly protest against it."
    )
    menu = [
        "한국어 ≫ 4개 섬 교류 및 자유 방문에 관한 러시아 정부 발표에 대한 지사 담화",
        "繁体中文 ≫ 知事就俄羅斯政府關於四島交流及自由訪問公告發表講話",
        "русский ≫ Комментарии губернатора Хоккайдо в ответ на заявление Правительства России",
        "日本語 ≫ 四島交流及び自由訪問に関するロシア政府の発表に対する知事談話",
    ]
    title = "Statement of the Governor on the Four-Island Exchanges"
    (tmp_path / "menu.txt").write_text("\n\n".join([*menu, title, statement]) + "\n")
    # a story mostly in another script, an English paragraph in it: not an English article
    russian = (
        "Губернатор Хоккайдо заявил протест против решения правительства России. Он сказал, что"
        " решение несправедливо и неприемлемо для бывших жителей островов и их семей."
    )
    (tmp_path / "half.txt").write_text("\n\n".join([title, russian, statement, russian]) + "\n")
    with pytest.warns(kurils.CorpusWarning, match="half.txt: written in mixed scripts"):
        corpus = kurils.load_corpus(tmp_path, cache=False)
    docs = corpus.docs.set_index("doc_id")
    assert list(docs.index) == ["menu"]
    assert docs.loc["menu", "text"] == f"{title}\n\n{statement}"


def test_files_over_the_size_limit_are_rejected(tmp_path):
    (tmp_path / "ok.txt").write_text((FIXTURES / "articles" / "kyodo_2016.txt").read_text())
    (tmp_path / "huge.txt").write_text("Peace treaty talks continue. " * 2000)
    with pytest.warns(kurils.CorpusWarning, match="huge.txt: too large"):
        corpus = kurils.load_corpus(tmp_path, max_bytes=20_000)
    assert list(corpus.docs["doc_id"]) == ["ok"]


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_table_sources_give_the_same_documents(suffix):
    with pytest.warns(kurils.CorpusWarning, match="row without text"):
        corpus = kurils.load_corpus(FIXTURES / "tables" / f"articles.{suffix}")
    docs = corpus.docs.set_index("doc_id")
    assert sorted(docs.index) == ["kyodo_2016", "reuters_2018", "tass_2019_nodate"]
    assert corpus.rejected["path"].str.endswith("#row=3").all()
    # Given columns win over the text; missing ones are read from the text.
    assert docs.loc["kyodo_2016", "outlet"] == "Kyodo News"
    assert docs.loc["reuters_2018", "outlet"] == "Reuters"
    assert docs.loc["tass_2019_nodate", "published"] == pd.Timestamp("2019-01-14")
    assert docs.loc["tass_2019_nodate", "published_source"] == "metadata"
    assert docs.loc["kyodo_2016", "published"] == pd.Timestamp("2016-12-15")
    assert docs.loc["kyodo_2016", "published_source"] == "text"
    assert docs.loc["reuters_2018", "url"] == "https://example.org/reuters_2018"


def test_metadata_sidecar_overrides_the_text_and_reports_unmatched_rows(tmp_path):
    sidecar = pd.DataFrame(
        {
            "file": ["kyodo_2016.txt", "missing.txt"],
            "published": ["2016-12-16", "2000-01-01"],
            "outlet": ["", "X"],
        }
    )
    corpus = kurils.load_corpus(FIXTURES / "articles", metadata=sidecar)
    docs = corpus.docs.set_index("doc_id")
    assert docs.loc["kyodo_2016", "published"] == pd.Timestamp("2016-12-16")
    assert docs.loc["kyodo_2016", "published_source"] == "metadata"
    assert docs.loc["kyodo_2016", "outlet"] == "Kyodo"
    assert ("missing", "metadata row matches no document") in set(
        map(tuple, corpus.notes[["doc_id", "note"]].values)
    )


def test_metadata_csv_in_the_folder_is_used_unless_switched_off(seed_corpus):
    plain = kurils.load_corpus(SEEDS, metadata=False)
    assert plain.docs["published"].isna().sum() == 2
    assert set(plain.notes["note"]) == {"no publication date in the text or the metadata"}
    assert seed_corpus.docs["published"].notna().all()


@pytest.mark.parametrize(
    ("path", "message"),
    [("does/not/exist", "no such file or folder"), ("pyproject.toml", "unsupported corpus type")],
)
def test_unusable_paths_raise_a_clear_error(path, message):
    with pytest.raises(kurils.CorpusError, match=message):
        kurils.load_corpus(path)


def test_table_without_text_column_names_the_file(tmp_path):
    table = tmp_path / "articles.csv"
    table.write_text("doc_id,body\na,hello\n")
    with pytest.raises(kurils.CorpusError, match=r"articles.csv: no 'text' column"):
        kurils.load_corpus(table)


def test_overview_tables(seed_corpus):
    documents = kurils.document_table(seed_corpus)
    assert len(documents) == 5 and documents["n_removed_lines"].sum() == len(seed_corpus.cleaning)
    summary = kurils.cleaning_summary(seed_corpus).set_index("doc_id")
    assert summary.loc["004_001ad3390d2de21d", "navigation"] == 7
    assert summary.loc["003_eea530126d1362db", "cross_link"] == 2
    assert (summary["total"] == documents.set_index("doc_id")["n_removed_lines"]).all()


def test_loading_in_flushed_chunks_gives_the_same_corpus(monkeypatch):
    import warnings

    from kurils.corpus import Loader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", kurils.CorpusWarning)
        whole = kurils.load_corpus(FIXTURES / "mixed")
        monkeypatch.setattr(Loader, "FLUSH_ROWS", 2)  # a duplicate, a reject, undated: spread out
        chunked = kurils.load_corpus(FIXTURES / "mixed")
    assert len(whole.docs) > 4
    for name in ("docs", "rejected", "cleaning", "notes"):
        pd.testing.assert_frame_equal(getattr(whole, name), getattr(chunked, name))


@pytest.mark.parametrize("folder", ["mixed", "bad_and_good"])
def test_a_prepared_corpus_is_the_loaded_one_and_skips_cleaning(folder, tmp_path, monkeypatch):
    import sys
    import warnings

    source = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "mixed", source)
    if folder == "bad_and_good":
        for bad in (FIXTURES / "bad").iterdir():
            shutil.copy(bad, source / bad.name)
    cache = tmp_path / "cache"
    with warnings.catch_warnings(record=True) as first_warnings:
        warnings.simplefilter("always")
        loaded = kurils.load_corpus(source, cache=cache)
    # The second load reads the tables: cleaning an article now would fail.
    corpus_module = sys.modules["kurils.corpus"]
    with monkeypatch.context() as patch:
        patch.setattr(corpus_module, "clean_article", None)
        with warnings.catch_warnings(record=True) as again_warnings:
            warnings.simplefilter("always")
            again = kurils.load_corpus(source, cache=cache)
    for name in ("docs", "rejected", "cleaning", "notes"):
        pd.testing.assert_frame_equal(getattr(again, name), getattr(loaded, name))
    assert [str(w.message) for w in again_warnings] == [
        str(w.message) for w in first_warnings if issubclass(w.category, kurils.CorpusWarning)
    ]
    # A changed file is a new entry, loaded and cleaned again.
    (source / "reuters_copy.txt").write_text("TOKYO, June 1 (Reuters) - A new text.\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        changed = kurils.load_corpus(source, cache=cache)
    assert "A new text." in changed.docs.set_index("doc_id").loc["reuters_copy", "text"]
    assert len([p for p in cache.iterdir() if not p.name.startswith(".")]) == 2


def test_the_cache_folder_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KURILS_CACHE", str(tmp_path / "cache"))
    kurils.load_corpus(FIXTURES / "articles")
    assert len(list((tmp_path / "cache").iterdir())) == 1
    kurils.load_corpus(FIXTURES / "articles", cache=False)
    assert len(list((tmp_path / "cache").iterdir())) == 1


def test_held_out_pages_in_a_legacy_code_page_or_with_mojibake_load_clean():
    """Written after the decoder: The Japan Times in cp1252 (curly quotes as 0x93/0x94) and a
    Kyodo page whose apostrophes and quotes were read as cp1252 and saved as UTF-8 again."""
    corpus = kurils.load_corpus(FIXTURES / "encodings", cache=False)
    docs = corpus.docs.set_index("doc_id")
    assert dict(docs["encoding"]) == {
        "japantimes_2010_cp1252": "cp1252",
        "kyodo_2016_mojibake": "utf-8",
    }
    assert dict(docs["outlet"]) == {
        "japantimes_2010_cp1252": "The Japan Times",
        "kyodo_2016_mojibake": "Kyodo",
    }
    text = "".join(docs["text"])
    assert "Medvedev’s visit" in text and "“very regrettable”" in text
    assert "Japan’s northernmost territories" in text and "“regrettable.”" in text
    assert not any(mark in text for mark in ("â€", "Ã", "\ufffd"))
    assert list(corpus.notes["note"]) == ["not UTF-8: decoded as cp1252"]

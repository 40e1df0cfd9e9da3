"""Progress bars: on stderr for long loads and analyses, never for short ones or when turned off."""

from __future__ import annotations

from kurils.progress import MIN_DOCUMENTS, progress


def test_a_bar_for_many_documents_on_stderr(capsys, monkeypatch):
    monkeypatch.delenv("KURILS_PROGRESS", raising=False)
    items = list(range(MIN_DOCUMENTS))
    assert list(progress(items, len(items), "loading")) == items
    assert f"loading:   0%|          | 0/{MIN_DOCUMENTS}" in capsys.readouterr().err


def test_no_bar_for_few_documents_or_when_turned_off(capsys, monkeypatch):
    few = list(range(MIN_DOCUMENTS - 1))
    assert progress(few, len(few), "loading") is few
    monkeypatch.setenv("KURILS_PROGRESS", "0")
    many = list(range(MIN_DOCUMENTS))
    assert progress(many, len(many), "loading") is many
    assert capsys.readouterr().err == ""

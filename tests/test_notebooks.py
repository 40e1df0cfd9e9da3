"""Notebooks: committed without outputs, parameterised, and executed for real with papermill."""

from __future__ import annotations

import json

import papermill
import pytest

from kurils.runner import list_notebooks
from tests.conftest import FIXTURES, ROOT, SEEDS

NOTEBOOKS = list_notebooks()


def _execute(name: str, tmp_path, corpus, **parameters):
    """Run a notebook with papermill in a real kernel into `tmp_path`; its output folder."""
    out = tmp_path / name
    papermill.execute_notebook(
        str(ROOT / "notebooks" / f"{name}.ipynb"),
        str(tmp_path / "executed.ipynb"),
        parameters={"corpus_dir": str(corpus), "output_dir": str(out), **parameters},
        cwd=str(ROOT / "notebooks"),
        progress_bar=False,
        kernel_name="python3",
    )
    return out


def test_there_is_one_notebook_per_analysis():
    assert [nb.stem for nb in NOTEBOOKS] == [
        "00_corpus",
        "01_term_frequency",
        "02_stance_shift",
        "03_chronology",
    ]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_clean_with_a_parameters_cell(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert all(not c["outputs"] and c["execution_count"] is None for c in code)
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    source = "".join(tagged[0]["source"])
    assert 'corpus_dir = "../seeds"' in source and "output_dir = " in source
    # Notebooks stay thin: no function or class definitions.
    assert not any(
        line.lstrip().startswith(("def ", "class ")) for c in code for line in c["source"]
    )


@pytest.mark.slow
@pytest.mark.parametrize("corpus", [SEEDS, FIXTURES / "articles"], ids=["seeds", "fixtures"])
def test_corpus_notebook_runs_in_a_real_kernel(tmp_path, corpus):
    out = _execute("00_corpus", tmp_path, corpus)
    figures = sorted(p.name for p in (out / "figures").iterdir())
    assert figures == [
        "document_lengths.png",
        "document_lengths.svg",
        "publication_timeline.png",
        "publication_timeline.svg",
    ]
    tables = sorted(p.name for p in (out / "tables").iterdir())
    assert tables == [
        "cleaning_summary.csv",
        "documents.csv",
        "notes.csv",
        "rejected.csv",
        "removed_lines.csv",
    ]
    documents = (out / "tables" / "documents.csv").read_text(encoding="utf-8")
    assert documents.count("\n") == 1 + len(list(corpus.glob("*.txt")))


@pytest.mark.slow
@pytest.mark.parametrize("corpus", [SEEDS, FIXTURES / "articles"], ids=["seeds", "fixtures"])
def test_term_frequency_notebook_runs_in_a_real_kernel(tmp_path, corpus):
    out = _execute("01_term_frequency", tmp_path, corpus, keyword="Kuril Islands")
    figures = {p.stem for p in (out / "figures").glob("*.svg")}
    assert figures == {"top_terms", "term_heatmap", "keyness", "dispersion", "place_naming"}
    assert {p.stem for p in (out / "figures").glob("*.png")} == figures
    tables = {p.stem for p in (out / "tables").iterdir()}
    assert tables == {
        "term_frequencies",
        "document_term_matrix",
        "distinctive_terms",
        "keyness",
        "collocations",
        "kwic",
        "dispersion",
        "place_naming",
    }
    kwic = (out / "tables" / "kwic.csv").read_text(encoding="utf-8")
    assert "Kuril" in kwic


@pytest.mark.slow
def test_chronology_notebook_runs_in_a_real_kernel(tmp_path):
    out = _execute("03_chronology", tmp_path, SEEDS, min_docs=2)
    figures = {p.name for p in (out / "figures").iterdir()}
    assert figures == {
        f"{n}.{x}" for n in ("timeline", "invoked_past", "coverage_matrix") for x in ("png", "svg")
    }
    timeline = (out / "tables" / "timeline.csv").read_text(encoding="utf-8")
    assert "joint_declaration_1956" in timeline and "2023-01-23" not in timeline  # min_docs=2


@pytest.mark.slow
def test_stance_notebook_runs_in_a_real_kernel(tmp_path):
    out = _execute("02_stance_shift", tmp_path, SEEDS, split_date="2020-06-01")
    figures = {p.stem for p in (out / "figures").glob("*.svg")}
    assert figures == {"stance_over_time", "cue_heatmap", "framing_shares", "stance_shift"}
    tables = {p.stem for p in (out / "tables").iterdir()}
    assert tables == {
        "quotations",
        "stance_scores",
        "cue_matrix",
        "framing",
        "stance_shift",
        "stance_by_year",
        "evidence",
    }
    shift = (out / "tables" / "stance_shift.csv").read_text(encoding="utf-8").splitlines()
    assert shift[0] == "side,before,after,shift,ci_low,ci_high,n_before,n_after"

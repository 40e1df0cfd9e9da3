"""The headless runner and the `kurils` command: layout, manifest, atomic replacement."""

from __future__ import annotations

import contextlib
import hashlib
import json

import pytest

from kurils.cli import main
from tests.conftest import FIXTURES, SEEDS


def _sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_kurils_run_writes_the_documented_layout_and_a_truthful_manifest(tmp_path):
    out = tmp_path / "outputs"
    assert main(["run", "--corpus", str(SEEDS), "--out", str(out), "--only", "00"]) == 0
    folder = out / "00_corpus"
    assert (folder / "00_corpus.ipynb").is_file()
    html = (folder / "00_corpus.html").read_text(encoding="utf-8")
    assert "data:image/png;base64" in html  # figures embedded: the report is self-contained
    assert (out / "index.html").is_file()
    manifest = json.loads((out / "manifest.json").read_text())
    corpus_files = {f["path"]: f["sha256"] for f in manifest["corpus"]["files"]}
    assert corpus_files["000_4ca8bce62f210e05.txt"] == _sha256(SEEDS / "000_4ca8bce62f210e05.txt")
    entry = manifest["notebooks"]["00_corpus"]
    assert entry["status"] == "ok"
    for written in entry["files"]:
        assert _sha256(out / written["path"]) == written["sha256"]
    assert {"python", "pandas", "papermill", "kurils"} <= set(manifest["versions"])
    assert not list(tmp_path.glob(".outputs*")), "the staging folder is gone"


@pytest.mark.slow
def test_failed_run_leaves_the_previous_outputs_untouched(tmp_path, capsys):
    out = tmp_path / "outputs"
    out.mkdir()
    (out / "keep.txt").write_text("earlier results")
    code = main(
        [
            "run",
            "--corpus",
            str(SEEDS),
            "--out",
            str(out),
            "--only",
            "00",
            "-p",
            "output_dir",
            "/proc/forbidden",
        ]
    )
    assert code == 1
    assert (out / "keep.txt").read_text() == "earlier results"
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    message = capsys.readouterr().err
    assert "notebook 00_corpus failed in code cell" in message
    assert (tmp_path / "failed-outputs" / "00_corpus" / "00_corpus.ipynb").is_file()


@pytest.mark.parametrize(
    ("corpus", "message"),
    [("missing-folder", "no such file or folder"), (FIXTURES / "bad", "no usable document")],
)
def test_unusable_corpus_fails_before_any_kernel_starts(tmp_path, capsys, corpus, message):
    out = tmp_path / "outputs"
    with pytest.warns(UserWarning) if "bad" in str(corpus) else contextlib.nullcontext():
        assert main(["run", "--corpus", str(corpus), "--out", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unknown_notebook_is_named(tmp_path, capsys):
    assert main(["run", "--out", str(tmp_path / "o"), "--only", "99_nothing"]) == 1
    assert "unknown notebook 99_nothing" in capsys.readouterr().err

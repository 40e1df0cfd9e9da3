"""The headless runner and the `kurils` command: parameters, layout, manifest, atomic
replacement, incremental runs, reproducible bytes, escaped reports."""

from __future__ import annotations

import contextlib
import hashlib
import json

import pytest

from kurils.cli import main
from tests.conftest import FIXTURES, SEEDS


def _sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(folder):
    return {p.relative_to(folder).as_posix(): _sha256(p) for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "nope", "1"], "unknown parameter 'nope'"),
        (["-p", "top_n", "many"], "notebook 01_term_frequency: parameter top_n expects an integer"),
        (["-p", "output_dir", "/tmp/x"], "parameter output_dir is set by the runner"),
        (
            ["-p", "dask", "local"],
            "parameter dask is set by the runner: use --corpus / --out / --dask",
        ),
        (["--only", "99_nothing"], "unknown notebook 99_nothing"),
    ],
)
def test_bad_parameters_and_names_fail_before_any_kernel(tmp_path, capsys, args, message):
    out = tmp_path / "outputs"
    assert main(["run", "--corpus", str(SEEDS), "--out", str(out), *args]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob(".outputs*"))


@pytest.mark.parametrize(
    ("corpus", "message"),
    [("missing-folder", "no such file or folder"), (FIXTURES / "bad", "no usable document")],
)
def test_unusable_corpus_fails_before_any_kernel_starts(tmp_path, capsys, corpus, message):
    out = tmp_path / "outputs"
    expected_warning = (
        pytest.warns(UserWarning) if "bad" in str(corpus) else contextlib.nullcontext()
    )
    with expected_warning:
        assert main(["run", "--corpus", str(corpus), "--out", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_list_shows_notebooks_and_their_parameters(capsys):
    assert main(["list"]) == 0
    printed = capsys.readouterr().out
    assert "01_term_frequency\n" in printed and "    top_n = 20\n" in printed
    assert "corpus_dir" not in printed


@pytest.mark.slow
def test_run_layout_manifest_incremental_and_reproducible_bytes(tmp_path, capsys):
    out = tmp_path / "outputs"
    params = tmp_path / "params.yaml"
    params.write_text("top_n: 12\nsplit_date: 2020-06-01\n")
    args = [
        "run",
        "--corpus",
        str(SEEDS),
        "--out",
        str(out),
        "--only",
        "00",
        "01",
        "--params",
        str(params),
    ]
    assert main(args) == 0
    first = _snapshot(out)
    for name in ("00_corpus", "01_term_frequency"):
        assert f"{name}/{name}.ipynb" in first and f"{name}/{name}.html" in first
    report = (out / "01_term_frequency" / "01_term_frequency.html").read_text(encoding="utf-8")
    assert "data:image/png;base64" in report  # figures embedded: self-contained
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["notebooks"]["01_term_frequency"]["parameters"]["top_n"] == 12
    assert manifest["notebooks"]["01_term_frequency"]["parameters"]["split_date"] == "2020-06-01"
    assert {"sha256", "path"} <= set(manifest["codebook"]) and manifest["stopwords"]["n_words"]
    files = {f["path"]: f["sha256"] for f in manifest["corpus"]["files"]}
    assert files["000_4ca8bce62f210e05.txt"] == _sha256(SEEDS / "000_4ca8bce62f210e05.txt")
    for entry in manifest["notebooks"].values():
        for written in entry["files"]:
            assert _sha256(out / written["path"]) == written["sha256"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "01_term_frequency/figures/top_terms.png" in index and "keyness.csv" in index

    # Unchanged inputs: nothing runs again, the outputs stay byte for byte.
    capsys.readouterr()
    assert main(args) == 0
    assert "skipped: 00_corpus, 01_term_frequency" in capsys.readouterr().err
    again = _snapshot(out)
    assert {p: h for p, h in again.items() if p != "manifest.json"} == {
        p: h for p, h in first.items() if p != "manifest.json"
    }
    manifest = json.loads((out / "manifest.json").read_text())
    assert all(entry["skipped"] for entry in manifest["notebooks"].values())

    # --force runs again: tables and SVG figures come out byte-identical.
    assert main([*args, "--force"]) == 0
    second = _snapshot(out)
    reproducible = [p for p in first if p.endswith((".csv", ".svg", ".png"))]
    assert len(reproducible) > 20
    assert {p: first[p] for p in reproducible} == {p: second[p] for p in reproducible}


@pytest.mark.slow
def test_failed_run_leaves_the_previous_outputs_byte_identical(tmp_path, capsys):
    out = tmp_path / "outputs"
    assert main(["run", "--corpus", str(SEEDS), "--out", str(out), "--only", "00"]) == 0
    before = _snapshot(out)
    code = main(
        [
            "run",
            "--corpus",
            str(SEEDS),
            "--out",
            str(out),
            "--only",
            "01",
            "-p",
            "split_date",
            "not-a-date",
        ]
    )
    assert code == 1
    assert _snapshot(out) == before
    message = capsys.readouterr().err
    assert "notebook 01_term_frequency failed in code cell 7" in message
    assert (tmp_path / "failed-outputs" / "01_term_frequency" / "01_term_frequency.ipynb").is_file()


@pytest.mark.slow
def test_corpus_text_is_escaped_in_every_report(tmp_path):
    out = tmp_path / "outputs"
    assert (
        main(
            ["run", "--corpus", str(FIXTURES / "hostile"), "--out", str(out), "--only", "00", "02"]
        )
        == 0
    )
    for page in [out / "index.html", *out.glob("*/*.html")]:
        text = page.read_text(encoding="utf-8")
        assert '<script>alert("headline")' not in text and "<img src=x onerror" not in text
        assert "<b>without</b>" not in text
    report = (out / "00_corpus" / "00_corpus.html").read_text(encoding="utf-8")
    assert "keep talking &lt;script" in report  # shown, as text


@pytest.mark.slow
def test_run_on_a_local_dask_cluster_writes_the_same_tables_and_figures(tmp_path):
    single, spread = tmp_path / "single", tmp_path / "dask"
    assert main(["run", "--corpus", str(SEEDS), "--out", str(single)]) == 0
    assert main(["run", "--corpus", str(SEEDS), "--out", str(spread), "--dask", "local"]) == 0
    first, second = _snapshot(single), _snapshot(spread)
    reproducible = sorted(p for p in first if p.endswith((".csv", ".svg", ".png")))
    assert len(reproducible) > 40 and sorted(p for p in second if p in first) == sorted(first)
    assert {p: first[p] for p in reproducible} == {p: second[p] for p in reproducible}
    manifest = json.loads((spread / "manifest.json").read_text())
    assert manifest["engine"] == {"name": "dask", "scheduler": "local"}
    assert manifest["corpus"]["documents"] == 5
    executed = (spread / "02_stance_shift" / "02_stance_shift.ipynb").read_text()
    assert 'dask = \\"tcp://127.0.0.1:' in executed  # the notebooks got the cluster's address


def test_notebooks_read_the_corpus_the_runner_prepared(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("KURILS_CACHE", str(cache))
    out = tmp_path / "outputs"
    assert main(["run", "--corpus", str(SEEDS), "--out", str(out), "--only", "00"]) == 0
    (entry,) = cache.iterdir()  # stored by the runner's corpus check
    # ... and read by the notebook's load_corpus, which marks it used.
    assert entry.stat().st_mtime_ns > (entry / "complete").stat().st_mtime_ns
    # Without KURILS_CACHE the run prepares the corpus in a folder of its own, removed after.
    monkeypatch.delenv("KURILS_CACHE")
    assert main(["run", "--corpus", str(SEEDS), "--out", str(out), "--force", "--only", "00"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "outputs"]


def _write_notebook(path, *sources):
    """A notebook of code cells for the python3 kernel, the first tagged `parameters`."""
    import nbformat

    cells = [nbformat.v4.new_code_cell(source) for source in sources]
    cells[0].metadata["tags"] = ["parameters"]
    kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": kernel}), path)
    return path


@pytest.mark.parametrize(
    "death",
    ["Kernel died before replying to kernel_info", "Kernel didn't respond in 60 seconds"],
)
@pytest.mark.parametrize(("deaths", "runs"), [(1, True), (3, False)])
def test_a_kernel_that_dies_before_it_starts_is_started_again(
    tmp_path, monkeypatch, deaths, runs, death
):
    # the ports of a kernel started beside another can be taken before it binds them: it dies
    # before answering, or the client's wait for it runs out (papermill issue #511); here its
    # first deaths are staged, the kernel started after them is real
    import nbformat
    import papermill

    from kurils import runner

    notebook = _write_notebook(tmp_path / "tiny.ipynb", "x = 1", "x * 2")
    real, calls = papermill.execute_notebook, []

    def starting(*args, **kwargs):
        calls.append(args)
        if len(calls) <= deaths:
            raise RuntimeError(death)
        return real(*args, **kwargs)

    monkeypatch.setattr(papermill, "execute_notebook", starting)
    target = tmp_path / "out" / "tiny.ipynb"
    target.parent.mkdir()
    if runs:
        runner._execute(str(notebook), str(target), {"x": 3}, str(tmp_path), False)
        assert nbformat.read(target, as_version=4).cells[-1].outputs[0]["data"]["text/plain"] == "6"
        assert target.with_suffix(".html").is_file()
    else:
        with pytest.raises(RuntimeError, match="Kernel d"):
            runner._execute(str(notebook), str(target), {"x": 3}, str(tmp_path), False)
    assert len(calls) == min(deaths + 1, runner.KERNEL_START_ATTEMPTS)


def test_a_failing_cell_is_not_run_again(tmp_path, monkeypatch):
    import papermill

    from kurils import runner

    notebook = _write_notebook(tmp_path / "broken.ipynb", "x = 1", "1 / 0")
    real, calls = papermill.execute_notebook, []
    monkeypatch.setattr(
        papermill, "execute_notebook", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    with pytest.raises(papermill.PapermillExecutionError):
        runner._execute(str(notebook), str(tmp_path / "broken.out.ipynb"), {}, str(tmp_path), False)
    assert len(calls) == 1

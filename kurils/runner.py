"""Run the analysis notebooks headlessly with papermill into an outputs folder, atomically.

Knows notebooks, parameters, files and provenance; knows nothing about the analyses."""

from __future__ import annotations

import hashlib
import html
import json
import os
import platform
import shutil
import subprocess
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from importlib import metadata as importlib_metadata
from pathlib import Path

from kurils import config

__all__ = ["NotebookFailed", "RunError", "RunResult", "list_notebooks", "run"]

KEY_PACKAGES = (
    "kurils",
    "pandas",
    "numpy",
    "matplotlib",
    "nltk",
    "ftfy",
    "papermill",
    "nbconvert",
    "ipykernel",
    "pyarrow",
    "pyyaml",
)


class RunError(Exception):
    """Raised before any kernel starts when a run cannot begin (corpus, notebooks, parameters)."""


class NotebookFailed(RunError):
    """Raised when a notebook fails; names the notebook, the cell and the error's last line."""


@dataclass
class RunResult:
    """What a successful run wrote: the outputs folder, the manifest, per-notebook seconds."""

    out: Path
    manifest: dict
    seconds: dict[str, float] = field(default_factory=dict)


def list_notebooks(folder: Path | None = None) -> list[Path]:
    """The analysis notebooks (``NN_name.ipynb``) in run order."""
    return sorted((folder or config.NOTEBOOKS_DIR).glob("[0-9][0-9]_*.ipynb"))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _execute(notebook: str, target: str, parameters: dict, cwd: str) -> float:
    """Execute one notebook with papermill in a real kernel; return the seconds it took."""
    import papermill

    started = time.perf_counter()
    papermill.execute_notebook(
        notebook,
        target,
        parameters=parameters,
        cwd=cwd,
        progress_bar=False,
        kernel_name="python3",
        log_output=False,
    )
    return time.perf_counter() - started


def _failure_message(name: str, executed: Path, error: BaseException) -> str:
    """Name the failing cell (its number among code cells) and the error's last line."""
    cell, last_line = "?", str(error).strip().splitlines()[-1:] or [type(error).__name__]
    if executed.is_file():
        import nbformat

        notebook = nbformat.read(executed, as_version=4)
        code_cells = [c for c in notebook.cells if c.cell_type == "code"]
        for number, code in enumerate(code_cells, start=1):
            errors = [o for o in code.get("outputs", []) if o.get("output_type") == "error"]
            if errors:
                cell = str(number)
                last_line = [f"{errors[0]['ename']}: {errors[0]['evalue']}"]
                break
    return f"notebook {name} failed in code cell {cell}: {last_line[0]}"


def _export_html(executed: Path) -> Path:
    """Write the executed notebook next to itself as a self-contained HTML report."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", embed_images=True)
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    target = executed.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target


def _versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for package in KEY_PACKAGES:
        try:
            versions[package] = importlib_metadata.version(package)
        except importlib_metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return versions


def _git_commit() -> str | None:
    if not (config.PROJECT_ROOT / ".git").exists():
        return None
    try:
        result = subprocess.run(
            ["git", "-C", str(config.PROJECT_ROOT), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip()


def _corpus_files(corpus: Path) -> list[dict[str, str]]:
    files = [corpus] if corpus.is_file() else sorted(p for p in corpus.rglob("*") if p.is_file())
    return [
        {
            "path": p.relative_to(corpus.parent if corpus.is_file() else corpus).as_posix(),
            "sha256": _sha256(p),
        }
        for p in files
    ]


def _check_corpus(corpus: Path, log) -> dict:
    from kurils.corpus import CorpusError, load_corpus

    try:
        loaded = load_corpus(corpus)
    except CorpusError as error:
        raise RunError(f"corpus: {error}") from None
    log(f"corpus {corpus}: {len(loaded.docs)} documents accepted, {len(loaded.rejected)} rejected")
    for path, reason in zip(loaded.rejected["path"], loaded.rejected["reason"], strict=True):
        log(f"  rejected {path}: {reason}")
    return {
        "path": str(corpus),
        "documents": len(loaded.docs),
        "rejected": len(loaded.rejected),
        "files": _corpus_files(corpus),
    }


def run(
    corpus: str | Path | None = None,
    out: str | Path | None = None,
    *,
    only: list[str] | None = None,
    parameters: dict | None = None,
    jobs: int | None = None,
    log=print,
) -> RunResult:
    """Execute the notebooks over `corpus` into `out`, replacing `out` only when all succeed.

    Parameters
    ----------
    corpus
        Corpus folder or table file (default: the project's ``seeds/``).
    out
        Outputs folder (default: the project's ``outputs/``).
    only
        Notebook names (``00_corpus`` or ``00``) to run; default all.
    parameters
        Extra parameters for every notebook that declares them.
    jobs
        Notebooks run at once (default: cores, at most the number of notebooks).

    Returns
    -------
    RunResult
        The outputs folder and the manifest written to ``out/manifest.json``.

    Raises
    ------
    RunError
        Before any kernel starts, for a missing or empty corpus or an unknown notebook.
    NotebookFailed
        When a notebook raises; the previous outputs are left untouched and the executed
        notebook is kept in ``failed-<out name>/`` beside `out`.
    """
    corpus = Path(corpus or config.SEEDS_DIR).resolve()
    out = Path(out or config.OUTPUTS_DIR).resolve()
    notebooks = _select(list_notebooks(), only)
    corpus_info = _check_corpus(corpus, log)
    staging = out.parent / f".{out.name}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    plans = {}
    for notebook in notebooks:
        folder = staging / notebook.stem
        folder.mkdir()
        plans[notebook.stem] = (
            notebook,
            folder / notebook.name,
            {"corpus_dir": str(corpus), "output_dir": str(folder), **(parameters or {})},
        )
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(plans)))
    log(f"running {len(plans)} notebooks with {jobs} at a time")
    seconds: dict[str, float] = {}
    try:
        _execute_all(plans, jobs, seconds, log)
    except NotebookFailed:
        failed = out.parent / f"failed-{out.name}"
        shutil.rmtree(failed, ignore_errors=True)
        staging.rename(failed)
        log(f"executed notebooks kept in {failed}; previous outputs in {out} untouched")
        raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    manifest = _write_manifest(staging, plans, seconds, corpus_info)
    _write_index(staging, manifest)
    _replace(staging, out)
    log(f"outputs written to {out}")
    return RunResult(out=out, manifest=manifest, seconds=seconds)


def _select(notebooks: list[Path], only: list[str] | None) -> list[Path]:
    if not notebooks:
        raise RunError(f"no notebooks found in {config.NOTEBOOKS_DIR}")
    if not only:
        return notebooks
    chosen = [
        nb
        for nb in notebooks
        if any(
            nb.stem == n or nb.stem.startswith(f"{n}_") or nb.stem.split("_", 1)[-1] == n
            for n in only
        )
    ]
    unknown = [
        n
        for n in only
        if not any(
            nb.stem == n or nb.stem.startswith(f"{n}_") or nb.stem.split("_", 1)[-1] == n
            for nb in notebooks
        )
    ]
    if unknown:
        names = ", ".join(nb.stem for nb in notebooks)
        raise RunError(f"unknown notebook {', '.join(unknown)} (notebooks: {names})")
    return chosen


def _execute_all(plans: dict, jobs: int, seconds: dict[str, float], log) -> None:
    from tqdm.auto import tqdm

    def finish(name: str, future_or_seconds) -> None:
        _, target, _ = plans[name]
        try:
            seconds[name] = (
                future_or_seconds() if callable(future_or_seconds) else future_or_seconds
            )
        except Exception as error:  # papermill raises PapermillExecutionError and others
            raise NotebookFailed(_failure_message(name, target, error)) from error
        _export_html(target)
        log(f"  {name}: {seconds[name]:.1f} s")

    with tqdm(total=len(plans), desc="notebooks", unit="nb", disable=None) as bar:
        if jobs == 1:
            for name, (notebook, target, params) in plans.items():
                finish(
                    name,
                    lambda n=notebook, t=target, p=params: _execute(
                        str(n), str(t), p, str(t.parent)
                    ),
                )
                bar.update()
            return
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {
                pool.submit(_execute, str(nb), str(t), p, str(t.parent)): name
                for name, (nb, t, p) in plans.items()
            }
            for future in as_completed(futures):
                finish(futures[future], future.result)
                bar.update()


def _files_written(folder: Path) -> list[dict[str, str]]:
    return [
        {"path": p.relative_to(folder.parent).as_posix(), "sha256": _sha256(p)}
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]


def _write_manifest(staging: Path, plans: dict, seconds: dict, corpus_info: dict) -> dict:
    from kurils import __version__

    manifest = {
        "kurils_version": __version__,
        "git_commit": _git_commit(),
        "versions": _versions(),
        "corpus": corpus_info,
        "notebooks": {
            name: {
                "notebook": notebook.name,
                "notebook_sha256": _sha256(notebook),
                "parameters": {
                    k: v for k, v in params.items() if k not in ("corpus_dir", "output_dir")
                },
                "status": "ok",
                "seconds": round(seconds[name], 2),
                "files": _files_written(staging / name),
            }
            for name, (notebook, _, params) in plans.items()
        },
    }
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def _write_index(staging: Path, manifest: dict) -> None:
    """One page linking every report, figure and table; all text escaped."""
    esc = html.escape
    corpus = manifest["corpus"]
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>kurils outputs</title>",
        "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}"
        "img{max-width:22em;border:1px solid #ccc;margin:.3em}</style></head><body>",
        "<h1>kurils outputs</h1>",
        f"<p>Corpus <code>{esc(corpus['path'])}</code>: {corpus['documents']} documents, "
        f"{corpus['rejected']} rejected. kurils {esc(manifest['kurils_version'])}.</p>",
    ]
    for name, entry in manifest["notebooks"].items():
        params = ", ".join(f"{esc(k)}={esc(repr(v))}" for k, v in entry["parameters"].items())
        parts.append(
            f"<h2>{esc(name)}</h2><p>status {esc(entry['status'])}, "
            f"{entry['seconds']} s; parameters: {params or 'defaults'}. "
            f"<a href='{esc(name)}/{esc(name)}.html'>Report</a></p>"
        )
        files = [f["path"] for f in entry["files"]]
        figures = [f for f in files if f.endswith(".png")]
        tables = [f for f in files if f.endswith(".csv")]
        parts += [
            f"<a href='{esc(f)}'><img src='{esc(f)}' alt='{esc(Path(f).stem)}'></a>"
            for f in figures
        ]
        if tables:
            parts.append(
                "<ul>"
                + "".join(f"<li><a href='{esc(f)}'>{esc(Path(f).name)}</a></li>" for f in tables)
                + "</ul>"
            )
    parts.append("</body></html>\n")
    (staging / "index.html").write_text("\n".join(parts), encoding="utf-8")


def _replace(staging: Path, out: Path) -> None:
    """Swap the finished staging folder in for `out` (two renames, old folder removed last)."""
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)

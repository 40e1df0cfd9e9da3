"""Run the analysis notebooks headlessly with papermill into an outputs folder, atomically.

Knows notebooks, parameters, files and provenance; knows nothing about the analyses."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import re
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kurils import config
from kurils.parameters import ParameterError, check_parameters
from kurils.report import (
    export_html,
    files_written,
    provenance,
    sha256,
    write_index,
    write_manifest,
)

__all__ = ["NotebookFailed", "RunError", "RunResult", "list_notebooks", "run"]


class RunError(Exception):
    """Raised before any kernel starts when a run cannot begin (corpus, notebooks, parameters)."""


class NotebookFailed(RunError):
    """Raised when a notebook fails; names the notebook, the cell and the error's last line."""


@dataclass
class RunResult:
    """What a successful run wrote: the outputs folder, the manifest, what ran and what not."""

    out: Path
    manifest: dict
    seconds: dict[str, float] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def list_notebooks(folder: Path | None = None) -> list[Path]:
    """The analysis notebooks (``NN_name.ipynb``) in run order."""
    return sorted((folder or config.NOTEBOOKS_DIR).glob("[0-9][0-9]_*.ipynb"))


# A kernel that dies before it answers, or never answers: the ports jupyter_client picked for it
# were taken in the meantime, by a kernel another worker started at the same moment (papermill
# issue #511; the kernel's "Address already in use", then the client's wait running out). No cell
# has run; the notebook is started again, with fresh ports, up to KERNEL_START_ATTEMPTS times.
_KERNEL_START_FAILED = re.compile(
    r"Kernel died before replying to kernel_info|Kernel didn't respond in \d+ seconds"
)
KERNEL_START_ATTEMPTS = 3


def _execute(notebook: str, target: str, parameters: dict, cwd: str, verbose: bool) -> float:
    """Execute one notebook with papermill in a real kernel and export it to HTML (in the
    worker, so exports overlap too); return the seconds the execution took. A kernel that dies
    or never answers before any cell runs is started again (`KERNEL_START_ATTEMPTS`)."""
    import papermill

    previous = os.environ.get("KURILS_PROGRESS")
    os.environ["KURILS_PROGRESS"] = "0"  # the kernel inherits it: no timings in the notebook
    started = time.perf_counter()
    try:
        for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
            try:
                papermill.execute_notebook(
                    notebook,
                    target,
                    parameters=parameters,
                    cwd=cwd,
                    progress_bar=verbose,
                    kernel_name="python3",
                    log_output=False,
                    # The kernel's own warnings (e.g. "running over TCP without encryption",
                    # about its local connection) are noise in a run's log; cell errors still
                    # reach the notebook.
                    extra_arguments=["--log-level=ERROR"],
                )
                break
            except RuntimeError as error:
                if (
                    not _KERNEL_START_FAILED.fullmatch(str(error))
                    or attempt == KERNEL_START_ATTEMPTS
                ):
                    raise
    finally:
        if previous is None:
            del os.environ["KURILS_PROGRESS"]
        else:
            os.environ["KURILS_PROGRESS"] = previous
    seconds = time.perf_counter() - started
    export_html(Path(target))
    return seconds


def _failure_message(name: str, executed: Path, error: BaseException) -> str:
    """Name the failing cell (its number among code cells) and the error's last line."""
    cell, last_line = "?", (str(error).strip().splitlines() or [type(error).__name__])[-1]
    if executed.is_file():
        import nbformat

        notebook = nbformat.read(executed, as_version=4)
        code_cells = [c for c in notebook.cells if c.cell_type == "code"]
        for number, code in enumerate(code_cells, start=1):
            errors = [o for o in code.get("outputs", []) if o.get("output_type") == "error"]
            if errors:
                cell, last_line = str(number), f"{errors[0]['ename']}: {errors[0]['evalue']}"
                break
    return f"notebook {name} failed in code cell {cell}: {last_line}"


def _check_corpus(corpus: Path, scheduler: str | None, log) -> dict:
    """Load the corpus once before any kernel starts (on the Dask cluster when given one), so
    an unusable corpus fails fast; its files and their hashes for the manifest."""
    from kurils.corpus import CorpusError, load_corpus

    with contextlib.ExitStack() as stack:
        client = None
        if scheduler:
            from distributed import Client

            client = stack.enter_context(Client(scheduler))
        try:
            loaded = load_corpus(corpus, engine="dask" if client else "pandas", client=client)
            accepted = len(loaded.docs)
        except CorpusError as error:
            raise RunError(f"corpus: {error}") from None
    log(f"corpus {corpus}: {accepted} documents accepted, {len(loaded.rejected)} rejected")
    for path, reason in zip(loaded.rejected["path"], loaded.rejected["reason"], strict=True):
        log(f"  rejected {path}: {reason}")
    files = [corpus] if corpus.is_file() else sorted(p for p in corpus.rglob("*") if p.is_file())
    root = corpus.parent if corpus.is_file() else corpus
    return {
        "path": str(corpus),
        "documents": accepted,
        "rejected": len(loaded.rejected),
        "files": [{"path": p.relative_to(root).as_posix(), "sha256": sha256(p)} for p in files],
    }


def _select(notebooks: list[Path], only: list[str] | None) -> list[Path]:
    if not notebooks:
        raise RunError(f"no notebooks found in {config.NOTEBOOKS_DIR}")

    def named(notebook: Path, name: str) -> bool:
        stem = notebook.stem
        return name in (stem, stem.split("_", 1)[0], stem.split("_", 1)[-1])

    unknown = [n for n in only or [] if not any(named(nb, n) for nb in notebooks)]
    if unknown:
        names = ", ".join(nb.stem for nb in notebooks)
        raise RunError(f"unknown notebook {', '.join(unknown)} (notebooks: {names})")
    return [nb for nb in notebooks if not only or any(named(nb, n) for n in only)]


def _previous(out: Path) -> dict:
    try:
        return json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _unchanged(name: str, entry: dict, previous: dict, out: Path) -> bool:
    """A notebook need not run again when its notebook file, the corpus, its parameters, the
    codebook and kurils are as recorded, and the files it wrote are still there unchanged."""
    old = previous.get("notebooks", {}).get(name)
    if not old or old.get("status") != "ok":
        return False
    same = (
        old.get("notebook_sha256") == entry["notebook_sha256"]
        and old.get("parameters") == entry["parameters"]
        and previous.get("corpus", {}).get("files") == entry["corpus_files"]
        and previous.get("kurils_version") == entry["kurils_version"]
        and previous.get("codebook") == entry["codebook"]
    )
    return same and all(
        (out / f["path"]).is_file() and sha256(out / f["path"]) == f["sha256"]
        for f in old.get("files", [])
    )


def run(
    corpus: str | Path | None = None,
    out: str | Path | None = None,
    *,
    only: list[str] | None = None,
    parameters: dict[str, Any] | None = None,
    jobs: int | None = None,
    force: bool = False,
    verbose: bool = False,
    dask: str | None = None,
    log: Callable[[str], None] = print,
) -> RunResult:
    """Execute the notebooks over `corpus` into `out`, replacing `out` only when all succeed.

    Parameters
    ----------
    corpus
        Corpus folder or table file (default: the project's ``seeds/``).
    out
        Outputs folder (default: the project's ``outputs/``).
    only
        Notebook names (``00_corpus``, ``00`` or ``corpus``) to run; default all.
    parameters
        Parameter values (strings from the command line, or typed values); each is checked
        against the notebooks' ``parameters`` cells and typed like the default.
    jobs
        Notebooks run at once (default: cores, at most the number of notebooks to run).
    force
        Run every notebook, even those whose inputs match the previous manifest.
    verbose
        Show papermill's per-cell progress for each notebook.
    dask
        Run the analyses on Dask: a scheduler address (``tcp://host:8786``), or ``"local"``
        for a cluster of two worker processes on this machine, started for the run. The
        notebooks get the scheduler address as their ``dask`` parameter; their tables are
        the same as without Dask. None (default): each notebook in its own process.

    Returns
    -------
    RunResult
        The outputs folder, the manifest written to ``out/manifest.json``, the seconds each
        notebook took and the notebooks skipped as unchanged.

    Raises
    ------
    RunError
        Before any kernel starts: missing or empty corpus, unknown notebook, unknown parameter
        or a value of the wrong type.
    NotebookFailed
        When a notebook raises; the previous outputs are left untouched and the executed
        notebooks are kept in ``failed-<out name>/`` beside `out`.
    """
    corpus = Path(corpus or config.SEEDS_DIR).resolve()
    out = Path(out or config.OUTPUTS_DIR).resolve()
    notebooks = _select(list_notebooks(), only)
    given = dict(parameters or {})
    if isinstance(given.get("codebook"), str) and Path(given["codebook"]).is_file():
        given["codebook"] = str(Path(given["codebook"]).resolve())
    try:
        effective = check_parameters(notebooks, given)
    except ParameterError as error:
        raise RunError(str(error)) from None
    with _cluster(dask, log) as scheduler, _prepared_corpora(out):
        corpus_info = _check_corpus(corpus, scheduler, log)
        origin = provenance(given.get("codebook"))
        previous = {} if force else _previous(out)
        staging = out.parent / f".{out.name}.partial-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        entries, plans, skipped = {}, {}, []
        for notebook in notebooks:
            name, folder = notebook.stem, staging / notebook.stem
            entries[name] = {
                "notebook": notebook.name,
                "notebook_sha256": sha256(notebook),
                "parameters": effective[name],
            }
            check = {
                **entries[name],
                "corpus_files": corpus_info["files"],
                "kurils_version": origin["kurils_version"],
                "codebook": origin["codebook"],
            }
            if _unchanged(name, check, previous, out):
                shutil.copytree(out / name, folder)
                entries[name].update(
                    status="ok", seconds=previous["notebooks"][name]["seconds"], skipped=True
                )
                skipped.append(name)
                log(f"  {name}: unchanged since the last run, skipped (--force runs it again)")
                continue
            folder.mkdir()
            plans[name] = (
                notebook,
                folder / notebook.name,
                {"corpus_dir": str(corpus), "output_dir": str(folder), "dask": scheduler}
                | effective[name],
            )
        seconds: dict[str, float] = {}
        if plans:
            # Longest first (as the last run measured them): the parallel run finishes soonest.
            last = {n: e.get("seconds", 0) for n, e in _previous(out).get("notebooks", {}).items()}
            plans = dict(sorted(plans.items(), key=lambda item: -last.get(item[0], 0)))
            jobs = max(1, min(jobs or os.cpu_count() or 1, len(plans)))
            log(f"running {len(plans)} notebook(s), {jobs} at a time")
            try:
                # A cluster running in this process has threads: start workers fresh, not forked.
                _execute_all(plans, jobs, seconds, verbose, log, spawn=dask == "local")
            except NotebookFailed:
                failed = out.parent / f"failed-{out.name}"
                shutil.rmtree(failed, ignore_errors=True)
                staging.rename(failed)
                log(f"executed notebooks kept in {failed}; previous outputs in {out} untouched")
                raise
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
        for name, spent in seconds.items():
            entries[name].update(status="ok", seconds=round(spent, 2), skipped=False)
        for name in entries:
            entries[name]["files"] = files_written(staging / name)
        engine = {"name": "dask", "scheduler": dask} if dask else {"name": "pandas"}
        manifest = {**origin, "engine": engine, "corpus": corpus_info, "notebooks": entries}
        write_manifest(staging, manifest)
        write_index(staging, manifest)
        _replace(staging, out)
        log(f"outputs written to {out} (index: {out / 'index.html'})")
        return RunResult(out=out, manifest=manifest, seconds=seconds, skipped=skipped)


@contextlib.contextmanager
def _cluster(dask: str | None, log):
    """The scheduler address for `dask`: a local cluster's for the run's duration, or as given."""
    if dask != "local":
        yield dask
        return
    from kurils.distributed import local_cluster

    with local_cluster() as cluster:
        log(f"Dask: local cluster of 2 worker processes at {cluster.scheduler_address}")
        yield cluster.scheduler_address


@contextlib.contextmanager
def _prepared_corpora(out: Path):
    """Load the corpus once per run: the corpus check stores the prepared corpus and every
    notebook's `load_corpus` reads it (`kurils.prepared`), in the user's ``KURILS_CACHE`` when
    set, else in a folder beside `out` removed after the run."""
    from kurils.prepared import CACHE_ENV

    if os.environ.get(CACHE_ENV):
        yield
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    folder = out.parent / f".{out.name}.corpus-{os.getpid()}"
    os.environ[CACHE_ENV] = str(folder)  # kernels inherit it
    try:
        yield
    finally:
        del os.environ[CACHE_ENV]
        shutil.rmtree(folder, ignore_errors=True)


def _execute_all(
    plans: dict, jobs: int, seconds: dict[str, float], verbose: bool, log, *, spawn: bool
) -> None:
    import nbconvert  # noqa: F401  (imported once here: forked workers inherit them)
    import papermill  # noqa: F401
    from tqdm.auto import tqdm

    def finish(name: str, result) -> None:
        _, target, _ = plans[name]
        try:
            seconds[name] = result()
        except Exception as error:  # papermill raises PapermillExecutionError and others
            raise NotebookFailed(_failure_message(name, target, error)) from error
        log(f"  {name}: {seconds[name]:.1f} s")

    with tqdm(total=len(plans), desc="notebooks", unit="nb", disable=None) as bar:
        if jobs == 1:
            for name, (notebook, target, params) in plans.items():
                finish(
                    name,
                    lambda n=notebook, t=target, p=params: _execute(
                        str(n), str(t), p, str(t.parent), verbose
                    ),
                )
                bar.update()
            return
        context = multiprocessing.get_context("spawn" if spawn else None)
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            futures = {
                pool.submit(_execute, str(nb), str(t), p, str(t.parent), verbose): name
                for name, (nb, t, p) in plans.items()
            }
            for future in as_completed(futures):
                finish(futures[future], future.result)
                bar.update()


def _replace(staging: Path, out: Path) -> None:
    """Swap the finished staging folder in for `out` (two renames; the old one removed last)."""
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)

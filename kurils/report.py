"""What a run leaves behind besides the notebooks' own files: the provenance manifest, the HTML
export of each executed notebook, and the index page linking everything (all text escaped)."""

from __future__ import annotations

import hashlib
import html
import json
import platform
import subprocess
from importlib import metadata as importlib_metadata
from pathlib import Path

from kurils import config

__all__ = ["export_html", "provenance", "sha256", "write_index", "write_manifest"]

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
    "simplemma",
    "stop-words",
    "vadersentiment",
)


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_html(executed: Path) -> Path:
    """Write an executed notebook next to itself as a self-contained HTML report (figures are
    embedded; cell outputs are escaped by nbconvert, tables by pandas)."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", embed_images=True)
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    target = executed.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target


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


def provenance(codebook: str | None = None) -> dict:
    """kurils version and git commit, Python and key package versions, and the hashes of the
    codebook and the stopword list in use."""
    from kurils import __version__
    from kurils.codebook import load_codebook
    from kurils.text import stopwords

    versions = {"python": platform.python_version()}
    for package in KEY_PACKAGES:
        try:
            versions[package] = importlib_metadata.version(package)
        except importlib_metadata.PackageNotFoundError:
            versions[package] = "not installed"
    book = load_codebook(codebook)
    words = "\n".join(sorted(stopwords())).encode("utf-8")
    return {
        "kurils_version": __version__,
        "git_commit": _git_commit(),
        "versions": versions,
        "codebook": {"path": book.path, "sha256": book.sha256},
        "stopwords": {
            "source": f"stop-words {versions['stop-words']} (English)",
            "sha256": hashlib.sha256(words).hexdigest(),
            "n_words": len(stopwords()),
        },
    }


def files_written(folder: Path) -> list[dict[str, str]]:
    """Every file below a notebook's output folder, relative to the run folder, with its hash."""
    return [
        {"path": p.relative_to(folder.parent).as_posix(), "sha256": sha256(p)}
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]


def write_manifest(folder: Path, manifest: dict) -> None:
    """Write ``manifest.json`` (sorted keys, two-space indent, newline at the end)."""
    text = json.dumps(manifest, indent=2, sort_keys=True, default=str) + "\n"
    (folder / "manifest.json").write_text(text, encoding="utf-8")


def write_index(folder: Path, manifest: dict) -> None:
    """One page: the corpus summary, every notebook with its parameters and status, thumbnails
    of every figure, links to every table and report. Every text is HTML-escaped."""
    esc = html.escape
    corpus = manifest["corpus"]
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>kurils outputs</title>",
        "<style>body{font-family:sans-serif;max-width:72em;margin:2em auto;line-height:1.4}"
        "img{width:22em;border:1px solid #ccc;margin:.3em}code{background:#f4f4f4}</style>",
        "</head><body><h1>kurils outputs</h1>",
        f"<p>Corpus <code>{esc(corpus['path'])}</code>: {corpus['documents']} documents "
        f"accepted, {corpus['rejected']} rejected, {len(corpus['files'])} files. kurils "
        f"{esc(manifest['kurils_version'])}, commit {esc(str(manifest['git_commit']))}. "
        "Provenance: <a href='manifest.json'>manifest.json</a>.</p>",
    ]
    for name, entry in manifest["notebooks"].items():
        params = ", ".join(
            f"<code>{esc(k)} = {esc(repr(v))}</code>" for k, v in entry["parameters"].items()
        )
        parts.append(
            f"<h2>{esc(name)}</h2><p>Status: {esc(entry['status'])}, {entry['seconds']} s. "
            f"<a href='{esc(name)}/{esc(name)}.html'>Report</a> · "
            f"<a href='{esc(name)}/{esc(name)}.ipynb'>notebook</a>.</p>"
            f"<p>Parameters: {params or 'none'}</p>"
        )
        files = [f["path"] for f in entry["files"]]
        parts += [
            f"<a href='{esc(f)}'><img src='{esc(f)}' alt='{esc(Path(f).stem)}'></a>"
            for f in files
            if f.endswith(".png")
        ]
        tables = [f for f in files if f.endswith(".csv")]
        if tables:
            parts.append(
                "<ul>"
                + "".join(f"<li><a href='{esc(f)}'>{esc(Path(f).name)}</a></li>" for f in tables)
                + "</ul>"
            )
    parts.append("</body></html>\n")
    (folder / "index.html").write_text("\n".join(parts), encoding="utf-8")

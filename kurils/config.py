"""The one place that owns paths: the project checkout, the default corpus, notebooks, outputs.

Inside a checkout these are the repository's folders; in an installed wheel the notebooks ship
as package data and the other paths are relative to the working directory."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
_IN_CHECKOUT = (PROJECT_ROOT / "pyproject.toml").is_file() and (PROJECT_ROOT / "notebooks").is_dir()

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks" if _IN_CHECKOUT else PACKAGE_DIR / "notebooks"
SEEDS_DIR = PROJECT_ROOT / "seeds" if _IN_CHECKOUT else Path("seeds")
OUTPUTS_DIR = PROJECT_ROOT / "outputs" if _IN_CHECKOUT else Path("outputs")

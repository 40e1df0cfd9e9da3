"""The environment files agree: environment.yml pins what uv.lock installs for pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

import yaml

from tests.conftest import ROOT


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_pins_the_locked_versions_of_every_direct_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    direct = {_name(r) for r in project["project"]["dependencies"]}
    direct |= {_name(r) for r in project["dependency-groups"]["dev"]}
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict))
    pins = {_name(line): line.split("==")[1] for line in pip_section if "==" in line}
    assert set(pins) == direct, "environment.yml and pyproject.toml list different packages"
    installed = {name: metadata.version(name) for name in direct}
    assert pins == installed, "environment.yml pins differ from the versions uv.lock installed"


def test_lock_file_resolves_every_direct_dependency():
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    locked = {package["name"] for package in lock["package"]}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert {_name(r) for r in project["project"]["dependencies"]} <= locked


def test_make_lab_serves_the_notebooks_folder_from_the_project_environment():
    import subprocess

    dry_run = subprocess.run(
        ["make", "--no-print-directory", "-n", "lab"], cwd=ROOT, capture_output=True, text=True
    )
    command = next(line for line in dry_run.stdout.splitlines() if "jupyter lab" in line)
    assert command.startswith(".venv/bin/jupyter lab --ServerApp.root_dir=notebooks")

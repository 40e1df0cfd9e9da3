"""The library on its own: the README example runs as written, and the wheel installed into a
fresh environment outside the checkout analyses a folder of articles."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import FIXTURES, ROOT, SEEDS


def test_readme_example_runs_as_written(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use kurils in your own code", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert (tmp_path / "my_figures" / "top_terms.png").is_file()
    assert (tmp_path / "my_figures" / "top_terms.svg").is_file()
    printed = capsys.readouterr().out
    assert "Fumio Kishida" in printed and "Soviet-Japanese Joint Declaration" in printed


def _uv() -> str:
    found = shutil.which("uv") or str(ROOT / ".tools" / "bin" / "uv")
    if not shutil.os.path.exists(found):
        pytest.skip("uv is not available: `make env` bootstraps it")
    return found


@pytest.mark.slow
def test_wheel_works_outside_the_checkout(tmp_path):
    uv = _uv()
    env = {**shutil.os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    env.pop("VIRTUAL_ENV", None)
    subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(tmp_path / "dist"), str(ROOT)],
        check=True,
        capture_output=True,
        env=env,
    )
    wheel = next((tmp_path / "dist").glob("kurils-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in (
        "kurils/codebook.yaml",
        "kurils/py.typed",
        "kurils/notebooks/00_corpus.ipynb",
        "kurils/notebooks/03_chronology.ipynb",
    ):
        assert data in names, data
    constraints = tmp_path / "constraints.txt"
    subprocess.run(
        [
            uv,
            "export",
            "--frozen",
            "--no-dev",
            "--no-emit-project",
            "--no-hashes",
            "--output-file",
            str(constraints),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env=env,
    )
    venv = tmp_path / "venv"
    subprocess.run(
        [uv, "venv", str(venv), "--python", sys.executable],
        check=True,
        capture_output=True,
        env=env,
    )
    subprocess.run(
        [
            uv,
            "pip",
            "install",
            "--python",
            str(venv / "bin" / "python"),
            "-c",
            str(constraints),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    script = (
        "import kurils; c = kurils.load_corpus(r'%s'); "
        "print(len(c.docs), kurils.load_codebook().terms['etorofu'], kurils.__file__)"
    ) % (FIXTURES / "articles")
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", script],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    n_articles = len(list((FIXTURES / "articles").glob("*.txt")))
    assert result.stdout.startswith(f"{n_articles} Iturup ") and str(venv) in result.stdout
    run = subprocess.run(
        [
            str(venv / "bin" / "kurils"),
            "run",
            "--corpus",
            str(FIXTURES / "articles"),
            "--out",
            str(work / "out"),
            "--only",
            "00",
            "03",
        ],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    assert (work / "out" / "03_chronology" / "tables" / "timeline.csv").is_file()
    assert (work / "out" / "00_corpus" / "00_corpus.html").is_file()

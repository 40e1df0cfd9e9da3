"""Interactive use, as a person sees it: a real JupyterLab server, Debian's Chromium driven by
Playwright, every notebook run top to bottom with its default parameters."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
NOTEBOOKS = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
FIGURES = {"00_corpus": 2, "01_term_frequency": 5, "02_stance_shift": 4, "03_chronology": 3}

# True when the kernel is idle and every code cell has run, or one has failed.
FINISHED_JS = """() => {
  const widget = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  if (!widget || !widget.content || !widget.content.model || !widget.sessionContext) return false;
  const kernel = widget.sessionContext.session && widget.sessionContext.session.kernel;
  if (!kernel || kernel.status !== 'idle') return false;
  const cells = widget.content.model.toJSON().cells.filter(c => c.cell_type === 'code');
  const failed = cells.some(c => (c.outputs || []).some(o => o.output_type === 'error'));
  return failed || cells.every(c => c.execution_count !== null);
}"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _api(base: str, token: str, path: str, method: str = "GET"):
    request = urllib.request.Request(
        f"{base}{path}", method=method, headers={"Authorization": f"token {token}"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
    return json.loads(body) if body else None


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a free loopback port with a random token, over a copy of the
    project's notebooks and seeds (opening a notebook marks it dirty); shut down afterwards."""
    if not Path(CHROMIUM).exists():
        pytest.skip(
            "Chromium is not installed: `apt-get install chromium` (as root) enables "
            "the JupyterLab browser test; .ci/run installs it"
        )
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    settings = root / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    env = {
        **os.environ,
        "HOME": str(root),
        "JUPYTER_CONFIG_DIR": str(root / "config"),
        "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
        "MPLCONFIGDIR": str(root / "mpl"),
        "JUPYTERLAB_SETTINGS_DIR": str(root / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(root / "workspaces"),
    }
    port, token = _free_port(), secrets.token_hex(16)
    base = f"http://127.0.0.1:{port}"
    log = (root / "server.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            "--allow-root",
            f"--port={port}",
            "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root / 'notebooks'}",
            "--expose-app-in-browser",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(120):
            try:
                _api(base, token, "/api/status")
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail(f"JupyterLab did not start: {(root / 'server.log').read_text()[-2000:]}")
        yield base, token, root
    finally:
        try:
            _api(base, token, "/api/shutdown", method="POST")
            server.wait(timeout=15)
        except (OSError, subprocess.TimeoutExpired):
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def browser(lab):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab(lab, browser, tmp_path, name):
    base, token, root = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{base}/lab/tree/{name}.ipynb?reset&token={token}")
        page.wait_for_selector("#jp-main-statusbar >> text=Idle", timeout=90_000)
        page.click("#jp-MainMenu .lm-MenuBar-item >> text=Run")
        page.click('.lm-Menu-item[data-command="runmenu:run-all"]')
        page.wait_for_function(FINISHED_JS, timeout=180_000, polling=500)
        model = page.evaluate("() => window.jupyterapp.shell.currentWidget.content.model.toJSON()")
        code = [c for c in model["cells"] if c["cell_type"] == "code"]
        for number, cell in enumerate(code, start=1):
            for output in cell.get("outputs", []):
                assert output["output_type"] != "error", (
                    f"{name}: code cell {number} failed: {output['ename']}: {output['evalue']}"
                )
        assert all(c["execution_count"] is not None for c in code), f"{name}: not every cell ran"
        images = page.locator(
            ".jp-NotebookPanel:not(.lm-mod-hidden) "
            '.jp-OutputArea-output[data-mime-type="image/png"] img'
        )
        assert images.count() >= FIGURES[name], f"{name}: {images.count()} figures rendered"
        page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
        # Opened from notebooks/ with its defaults, it writes where a headless run writes.
        written = root / "outputs" / name
        assert len(list((written / "figures").glob("*.png"))) == FIGURES[name]
        assert list((written / "tables").glob("*.csv"))
    finally:
        page.close()
        for session in _api(base, token, "/api/sessions") or []:
            _api(base, token, f"/api/sessions/{session['id']}", method="DELETE")

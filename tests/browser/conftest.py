"""One JupyterLab server and one Chromium for the whole browser test module.

Each notebook is visited once (lazily) and the visit is shared by the tests
that check it. JupyterLab, its kernels and the browser are stopped however the
tests end (the ExitStack runs on errors and interrupts too).
"""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from .lab import CHROMIUM, JupyterLabServer, NotebookVisit, open_browser, visit_notebook

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "build" / "screenshots"


class LabSession:
    """Visits notebooks in one browser, each at most once."""

    def __init__(self, browser, server: JupyterLabServer):
        self.browser = browser
        self.server = server
        self.visits: dict[str, NotebookVisit | BaseException] = {}

    def visit(self, name: str) -> NotebookVisit:
        if name not in self.visits:
            try:
                self.visits[name] = visit_notebook(self.browser, self.server, name, SCREENSHOTS)
            except Exception as error:  # keep it, so every test of this notebook reports the same cause
                self.visits[name] = error
        found = self.visits[name]
        if isinstance(found, BaseException):
            pytest.fail(f"could not drive {name} in JupyterLab: {type(found).__name__}: {str(found)[:600]}"
                        f"\nJupyterLab log (end):\n{self.server.log()[-1500:]}")
        return found


@pytest.fixture(scope="module")
def lab():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's Chromium (apt-get install chromium; .ci/run does it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    with contextlib.ExitStack() as stack:
        server = stack.enter_context(JupyterLabServer(REPO / "notebooks", data=REPO / "data"))
        playwright = stack.enter_context(sync_api.sync_playwright())
        browser = open_browser(playwright)
        stack.callback(browser.close)
        yield LabSession(browser, server)

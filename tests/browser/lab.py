"""Drive a real JupyterLab in Debian's Chromium: what a student sees.

``JupyterLabServer`` starts JupyterLab on a free localhost port with a random
token, on a *temporary copy* of the notebooks (so nothing in the repository
changes), with settings that make every cell part of the page and switch
autosave and news off. ``visit_notebook`` opens one notebook, runs all cells
from the Run menu, waits for the kernel, saves it, probes the widgets and takes
a screenshot. Everything here is test support: it never prints cell sources.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

#: JupyterLab user settings for the test: all cells in the page (no virtual
#: scrolling), no autosave, no news or update checks (the network is closed).
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}

#: How a traceback looks once JupyterLab renders an error output.
TRACEBACK = re.compile(r"Traceback \(most recent call last\)|^\s*Cell In\[\d+\], line \d+", re.M)

#: Elements a widget shows its results in (not the controls themselves).
#: (``label.widget-label`` is a control's description; a Label widget is a ``div``.)
RESULT_SELECTOR = ".widget-output, .widget-html-content, div.widget-label, .widget-image"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class JupyterLabServer:
    """A JupyterLab server on a temporary copy of ``notebooks``; use as a context manager."""

    def __init__(self, notebooks: Path, data: Path | None = None, startup_timeout: float = 90):
        self.source = Path(notebooks)
        self.data = data
        self.startup_timeout = startup_timeout
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.process: subprocess.Popen | None = None
        self.scratch: Path | None = None
        self.root: Path | None = None
        self.log_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, notebook_name: str, workspace: str) -> str:
        return f"{self.base_url}/lab/workspaces/{workspace}/tree/{notebook_name}?reset&token={self.token}"

    def __enter__(self) -> "JupyterLabServer":
        self.scratch = Path(tempfile.mkdtemp(prefix="lab-test-"))
        self.root = self.scratch / "notebooks"
        shutil.copytree(self.source, self.root, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        if self.data is not None:
            # The notebooks read ../data/...: the copy sees the repository's data, read-only by convention.
            (self.scratch / "data").symlink_to(self.data, target_is_directory=True)
        environment = self._environment()
        self.log_path = self.scratch / "jupyterlab.log"
        command = [
            sys.executable, "-m", "jupyterlab", "--no-browser",
            f"--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={self.root}",
            "--LabApp.extension_manager=readonly", "--LabApp.news_url=",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--allow-root")  # CI containers run as root
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(command, cwd=self.root, env=environment, stdin=subprocess.DEVNULL, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _environment(self) -> dict:
        settings = self.scratch / "lab-user-settings"
        for name, values in LAB_SETTINGS.items():
            path = settings / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values), encoding="utf-8")
        environment = dict(os.environ)
        environment.update({
            "JUPYTERLAB_SETTINGS_DIR": str(settings),
            "JUPYTERLAB_WORKSPACES_DIR": str(self.scratch / "lab-workspaces"),
            "JUPYTER_CONFIG_DIR": str(self.scratch / "jupyter-config"),
            "JUPYTER_RUNTIME_DIR": str(self.scratch / "jupyter-runtime"),
            "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        })
        return environment

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with code {self.process.returncode}; log:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/api/status?token={self.token}", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            raise TimeoutError(f"JupyterLab did not answer within {self.startup_timeout} s; log:\n{self.log()}")
        # The first kernelspec lookup is slow; a page that opens before it ends asks the user for a kernel.
        with urllib.request.urlopen(f"{self.base_url}/api/kernelspecs?token={self.token}", timeout=60) as reply:
            reply.read()

    def start_kernel_for(self, name: str, kernel: str = "python3") -> None:
        """Start the notebook's kernel session through the REST API, so the page never asks which kernel."""
        body = json.dumps({"path": name, "name": name, "type": "notebook", "kernel": {"name": kernel}}).encode()
        request = urllib.request.Request(f"{self.base_url}/api/sessions?token={self.token}", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as reply:
            reply.read()

    def log(self) -> str:
        if self.log_path and self.log_path.exists():
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
        return ""

    def saved_notebook(self, name: str) -> dict:
        return json.loads((self.root / name).read_text(encoding="utf-8"))

    def stop(self) -> None:
        """Stop the server (and with it its kernels); remove the temporary copy."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()  # SIGTERM: JupyterLab shuts its kernels down, then exits
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)  # the group this test started
                process.wait(timeout=10)
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None

    def __exit__(self, *exc_info) -> None:
        self.stop()


@dataclass
class WidgetProbe:
    """One widget view: what control was changed and whether its results changed."""

    cell: int
    control: str
    responded: bool


@dataclass
class NotebookVisit:
    """What a student would have seen in one notebook."""

    name: str
    seconds: float = 0.0
    finished: bool = False
    unexecuted_cells: list[int] = field(default_factory=list)
    saved_errors: list[str] = field(default_factory=list)  # "cell 7: NameError: ..." (never the source)
    shown_tracebacks: list[int] = field(default_factory=list)  # cell positions
    widget_views_saved: int = 0  # widget outputs in the saved notebook
    widget_views_shown: int = 0  # rendered .jupyter-widgets views in the page
    widget_failures: list[str] = field(default_factory=list)
    probes: list[WidgetProbe] = field(default_factory=list)
    screenshot: Path | None = None
    dialogs: list[str] = field(default_factory=list)  # texts of dialogs that popped up (and were closed)


def open_browser(playwright, timeout_ms: int = 60_000):
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    return browser


def _run_all_cells(page) -> None:
    _menu(page, "Run", "runmenu:run-all")


def _busy_prompts(page) -> int:
    """How many visible input prompts show ``[*]`` (queued or running)."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-InputArea-prompt'))
            .filter(prompt => prompt.textContent.includes('*')).length"""
    )


def _kernel_idle(page) -> bool:
    status = page.evaluate(
        """() => { const el = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
                   return el ? el.getAttribute('data-status') : null; }"""
    )
    return status in (None, "idle")


def wait_for_run(page, timeout_s: float) -> bool:
    """Wait until no cell is queued or running and the kernel is idle; False on timeout."""
    deadline = time.monotonic() + timeout_s
    page.wait_for_timeout(1000)
    while time.monotonic() < deadline:
        if not _busy_prompts(page) and _kernel_idle(page):
            page.wait_for_timeout(1000)  # let late outputs and widget views render
            if not _busy_prompts(page) and _kernel_idle(page):
                return True
        page.wait_for_timeout(500)
    return False


def unexecuted_cells(notebook: dict) -> list[int]:
    """Positions of non-empty code cells without an execution count in a saved notebook.

    (A collapsed cell shows no prompt in the page, so the saved file is the reliable witness.)
    """
    return [index for index, cell in enumerate(notebook.get("cells", []))
            if cell.get("cell_type") == "code" and "".join(cell.get("source", "")).strip()
            and cell.get("execution_count") is None]


def shown_tracebacks(page) -> list[int]:
    """Positions of cells whose output area renders a traceback (stderr text alone is not an error)."""
    texts = page.evaluate(
        """() => Array.from(document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell'))
            .map(cell => Array.from(cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'))
                .map(out => out.innerText).join('\\n'))"""
    )
    return [index for index, text in enumerate(texts) if TRACEBACK.search(text)]


def saved_errors(notebook: dict) -> list[str]:
    """``cell N: Name: value`` for every error output in a saved notebook."""
    found = []
    for index, cell in enumerate(notebook.get("cells", [])):
        for output in cell.get("outputs", []) or []:
            if output.get("output_type") == "error":
                found.append(f"cell {index}: {output.get('ename')}: {str(output.get('evalue'))[:200]}")
    return found


def saved_widget_views(notebook: dict) -> int:
    """How many widget views the kernel displayed (their outputs are saved with the notebook)."""
    return sum(1 for cell in notebook.get("cells", []) for output in cell.get("outputs", []) or []
               if "application/vnd.jupyter.widget-view+json" in (output.get("data") or {}))


_RESULT_SNAPSHOT = """(view) => {
    const parts = Array.from(view.querySelectorAll(%r)).map(el => el.innerText || el.value || '');
    const pictures = Array.from(view.querySelectorAll('img, svg, canvas')).map(el =>
        el.tagName === 'IMG' ? el.src.length + ':' + el.src.slice(-200) : el.outerHTML.length);
    return JSON.stringify([parts, pictures]);
}""" % RESULT_SELECTOR


def _widget_views(page):
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output > .jupyter-widgets, "
                        ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output .widget-container.jupyter-widgets:not(.jupyter-widgets .jupyter-widgets)")


def _cell_index_of(view) -> int:
    return view.evaluate(
        """(el) => { const cell = el.closest('.jp-Cell');
                     return Array.from(cell.parentElement.querySelectorAll(':scope > .jp-Cell')).indexOf(cell); }"""
    )


def _changed(view, before: str, timeout_s: float, page) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        page.wait_for_timeout(300)
        if view.evaluate(_RESULT_SNAPSHOT) != before:
            return True
    return False


def _try_controls(view, page, timeout_s: float) -> tuple[str, bool]:
    """Change the first control of each kind until the results change. Returns (control, responded)."""
    attempts = []
    selects = view.locator("select:not([disabled])")
    if selects.count():
        attempts.append(("dropdown", lambda: _choose_other_option(selects.first)))
    toggles = view.locator(".widget-toggle-buttons button:not(.mod-active):not([disabled])")
    if toggles.count():
        attempts.append(("toggle buttons", lambda: toggles.first.click()))
    sliders = view.locator(".widget-slider .noUi-handle, .widget-hslider .noUi-handle")
    if sliders.count():
        attempts.append(("slider", lambda: (sliders.first.focus(), sliders.first.press("ArrowRight"))))
    checkboxes = view.locator(".widget-checkbox input[type=checkbox]:not([disabled])")
    if checkboxes.count():
        attempts.append(("checkbox", lambda: checkboxes.first.click()))
    buttons = view.locator("button.widget-button:not([disabled])")
    if buttons.count():
        attempts.append(("button", lambda: buttons.first.click()))
    if not attempts:
        return "none", False
    for control, act in attempts:
        before = view.evaluate(_RESULT_SNAPSHOT)
        view.scroll_into_view_if_needed()
        act()
        if _changed(view, before, timeout_s, page):
            return control, True
    return attempts[-1][0], False


def _choose_other_option(select) -> None:
    values = select.evaluate("(el) => Array.from(el.options).map(o => o.value)")
    current = select.evaluate("(el) => el.value")
    others = [value for value in values if value != current]
    if others:
        select.select_option(others[0])


def probe_widgets(page, timeout_s: float = 30) -> tuple[int, list[str], list[WidgetProbe]]:
    """Count rendered widget views, note failures to render, and change one control in each."""
    failures = []
    for text in ("Error displaying widget", "Loading widget...", "Model not found"):
        hits = page.locator(f".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output:has-text({json.dumps(text)})").count()
        if hits:
            failures.append(f"{hits} output(s) show {text!r}")
    views = _widget_views(page)
    probes = []
    for position in range(views.count()):
        view = views.nth(position)
        if not view.locator(RESULT_SELECTOR).count() and not view.locator("img, svg").count():
            continue  # a widget with nothing to show results in (only controls): rendering is what we check
        control, responded = _try_controls(view, page, timeout_s)
        if control != "none":
            probes.append(WidgetProbe(_cell_index_of(view), control, responded))
    return views.count(), failures, probes


def dismiss_dialogs(page) -> list[str]:
    """Close any dialog JupyterLab opened (choosing the default kernel if it asks); return their texts."""
    texts = []
    for _ in range(5):
        dialogs = page.locator(".jp-Dialog")
        if not dialogs.count():
            break
        text = " ".join(dialogs.first.inner_text().split())[:200]
        texts.append(text)
        choices = dialogs.first.locator("select")
        if "kernel" in text.lower() and choices.count() and dialogs.first.locator(".jp-mod-accept").count():
            labels = choices.first.evaluate("(el) => Array.from(el.options).map(o => o.label)")
            python = [label for label in labels if label.lower().startswith("python")]
            if python:
                choices.first.select_option(label=python[0])
            dialogs.first.locator(".jp-mod-accept").first.click()
        else:
            page.keyboard.press("Escape")
        page.wait_for_timeout(500)
    return texts


def wait_for_kernel(page, timeout_s: float) -> list[str]:
    """Wait until the notebook has an idle Python kernel, answering a kernel dialog if one opens."""
    dialogs = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if page.locator(".jp-Dialog").count():
            dialogs += dismiss_dialogs(page)
        name = page.evaluate(
            """() => { const el = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-KernelName');
                       return el ? el.textContent : ''; }"""
        )
        if name.lower().startswith("python") and _kernel_idle(page):
            page.wait_for_timeout(500)
            if not page.locator(".jp-Dialog").count():
                return dialogs
        page.wait_for_timeout(300)
    raise TimeoutError(f"the notebook's Python kernel was not ready within {timeout_s} s (dialogs: {dialogs})")


def _menu(page, menu: str, command: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(rf"^{menu}$")).click()
    page.locator(f'.lm-Menu-item[data-command="{command}"]').click()


def save_notebook(page, timeout_s: float = 30) -> None:
    """File > Save Notebook, then wait until the tab is no longer marked as changed."""
    _menu(page, "File", "docmanager:save")
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and page.locator(".lm-TabBar-tab.jp-mod-current.jp-mod-dirty").count():
        page.wait_for_timeout(300)


def full_screenshot(page, path: Path, max_height: int = 16000) -> None:
    """The whole notebook in one picture: grow the window to the notebook's height first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    height = page.evaluate(
        """() => { const el = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')
                       || document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
                   return el ? el.scrollHeight : 900; }"""
    )
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": max(900, min(int(height) + 250, max_height))})
    page.evaluate("""() => document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')
                             .forEach(el => { el.scrollTop = 0; })""")
    page.wait_for_timeout(1000)
    page.screenshot(path=str(path))


def visit_notebook(browser, server: JupyterLabServer, name: str, screenshots: Path,
                   run_timeout_s: float = 180, widget_timeout_s: float = 30) -> NotebookVisit:
    """Open one notebook in a fresh page, run all cells, check errors and widgets, take a screenshot."""
    visit = NotebookVisit(name)
    started = time.monotonic()
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(60_000)
    try:
        server.start_kernel_for(name)
        page = context.new_page()
        workspace = re.sub(r"\W+", "-", Path(name).stem)
        page.goto(server.url(name, workspace), wait_until="domcontentloaded")
        page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first.wait_for(state="visible", timeout=90_000)
        visit.dialogs += wait_for_kernel(page, timeout_s=90)
        _run_all_cells(page)
        visit.finished = wait_for_run(page, run_timeout_s)
        visit.dialogs += dismiss_dialogs(page)
        visit.shown_tracebacks = shown_tracebacks(page)
        save_notebook(page)
        visit.dialogs += dismiss_dialogs(page)
        saved = server.saved_notebook(name)
        visit.saved_errors = saved_errors(saved)
        visit.unexecuted_cells = unexecuted_cells(saved)
        visit.widget_views_saved = saved_widget_views(saved)
        visit.widget_views_shown, visit.widget_failures, visit.probes = probe_widgets(page, widget_timeout_s)
        visit.screenshot = screenshots / f"{Path(name).stem}.png"
        full_screenshot(page, visit.screenshot)
    finally:
        context.close()
        visit.seconds = time.monotonic() - started
    return visit

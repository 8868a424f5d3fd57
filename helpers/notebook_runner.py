"""Execute the notebook set headless, on any article, into ``build/``.

This is the "main job" of the README: every notebook in ``notebooks/`` is run
top to bottom in a fresh kernel, with the article, date and target injected
after the cell tagged ``parameters`` (the papermill convention, so papermill
users get the same behaviour), and written to ``build/<article>/`` as an
executed notebook and an HTML copy.

>>> folder_name_for("data/articles/russia-wants-a-reset-nato.md")
'russia-wants-a-reset-nato'
"""
from __future__ import annotations

import copy
import functools
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
NOTEBOOKS_DIR = REPO_DIR / "notebooks"
BUILD_DIR = REPO_DIR / "build"
DEFAULT_ARTICLE = "../data/articles/russia-wants-a-reset-nato.md"
#: Seconds one cell may take. Every cell of the set takes well under ten seconds;
#: a generous limit turns a stuck kernel into a visible failure within minutes.
CELL_TIMEOUT = 180


@dataclass
class NotebookRun:
    """The outcome of running one notebook."""

    name: str
    seconds: float
    ok: bool
    notebook_path: str
    html_path: str | None
    error: str | None = None


def list_notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The set's notebooks in teaching order (``00_...`` to ``05_...``)."""
    return sorted(path for path in folder.glob("[0-9][0-9]_*.ipynb"))


def folder_name_for(article: str | Path | None) -> str:
    """A build folder name for an article path (its file name without suffix)."""
    if not article:
        article = DEFAULT_ARTICLE
    stem = Path(str(article)).name
    stem = re.sub(r"\.(md|txt|markdown|html?|text)$", "", stem, flags=re.I)
    return re.sub(r"[^\w.-]+", "-", stem).strip("-") or "article"


def parameter_source(parameters: dict) -> str:
    """Python source for an injected-parameters cell."""
    lines = ["# Parameters injected by the runner (papermill convention)"]
    lines += [f"{name} = {value!r}" for name, value in parameters.items()]
    return "\n".join(lines)


def inject_parameters(notebook, parameters: dict):
    """Return a copy of ``notebook`` with a cell tagged ``injected-parameters``
    right after the cell tagged ``parameters`` (or first, if there is none)."""
    import nbformat

    notebook = copy.deepcopy(notebook)
    if not parameters:
        return notebook
    cell = nbformat.v4.new_code_cell(parameter_source(parameters))
    cell.metadata["tags"] = ["injected-parameters"]
    position = 0
    for index, existing in enumerate(notebook.cells):
        if "parameters" in existing.get("metadata", {}).get("tags", []):
            position = index + 1
            break
    notebook.cells.insert(position, cell)
    return notebook


def notebook_parameters(article=None, published=None, target=None) -> dict:
    """The parameters to inject: only what the user set. Article paths become
    absolute, because the notebooks run from ``notebooks/``."""
    parameters = {}
    if article:
        path = Path(str(article)).expanduser()
        parameters["ARTICLE"] = str(path.resolve()) if path.exists() else str(article)
    if published:
        parameters["PUBLISHED"] = str(published)
    if target:
        parameters["TARGET"] = str(target)
    return parameters


def first_error(notebook) -> str | None:
    """The first error shown in an executed notebook, as one line."""
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return f"{output.get('ename')}: {output.get('evalue')}"
    return None


def poll_kernel_in_short_steps(step: float = 0.2) -> None:
    """Work around missed wake-ups in pyzmq's asyncio ``poll`` (seen with
    pyzmq 27 and nbclient 0.11): a kernel reply that has already arrived is
    sometimes only noticed when the poll times out, which stalls a notebook for
    the whole cell time limit. Polling in short steps notices it within
    ``step`` seconds. Applied only in the process that runs notebooks."""
    from queue import Empty

    from jupyter_client import channels

    if getattr(channels.AsyncZMQSocketChannel.get_msg, "in_short_steps", False):
        return

    async def get_msg(self, timeout: float | None = None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            wait = step if deadline is None else max(0.0, min(step, deadline - time.monotonic()))
            if await self.socket.poll(int(wait * 1000)):
                return await self._recv()
            if deadline is not None and time.monotonic() >= deadline:
                raise Empty

    get_msg.in_short_steps = True
    channels.AsyncZMQSocketChannel.get_msg = get_msg


def run_notebook(path: Path, out_dir: Path, parameters: dict | None = None, timeout: int = CELL_TIMEOUT, html: bool = True) -> NotebookRun:
    """Execute one notebook and write ``out_dir/NAME.ipynb`` (and ``.html``)."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    poll_kernel_in_short_steps()
    started = time.perf_counter()
    notebook = inject_parameters(nbformat.read(path, as_version=4), parameters or {})
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        extra_arguments=["--IPKernelApp.log_level=ERROR"],  # no transport warnings in the job's output
    )
    error = None
    try:
        client.execute()
    except CellExecutionError as failure:
        error = str(failure).strip().splitlines()[-1] if str(failure).strip() else "a cell failed"
    except Exception as failure:  # kernel could not start, timeout ...
        error = f"{type(failure).__name__}: {failure}"
    error = error or first_error(notebook)
    out_dir.mkdir(parents=True, exist_ok=True)
    notebook_path = out_dir / path.name
    nbformat.write(notebook, notebook_path)
    html_path = None
    if html:
        html_path = out_dir / (path.stem + ".html")
        html_path.write_text(notebook_to_html(notebook), encoding="utf-8")
    return NotebookRun(path.stem, time.perf_counter() - started, error is None, str(notebook_path),
                       str(html_path) if html_path else None, error)


_EXPORT_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _html_exporter():
    from nbconvert import HTMLExporter

    return HTMLExporter(template_name="lab")


def notebook_to_html(notebook) -> str:
    """An HTML copy of a notebook (nbconvert's lab template; one exporter per
    process, reused, because setting one up costs more than a conversion)."""
    with _EXPORT_LOCK:
        body, _ = _html_exporter().from_notebook_node(notebook)
    return body


def write_html_copy(notebook_path: str | Path) -> str:
    """Write ``NAME.html`` beside an executed ``NAME.ipynb``; return its path."""
    import nbformat

    notebook_path = Path(notebook_path)
    html_path = notebook_path.with_suffix(".html")
    html_path.write_text(notebook_to_html(nbformat.read(notebook_path, as_version=4)), encoding="utf-8")
    return str(html_path)


#: Seconds one whole notebook may take in its own process before it is stopped
#: and tried once more. A notebook of the set takes 3-15 s; a kernel that stops
#: answering (rare, seen under heavy load) must not stall the job or CI.
NOTEBOOK_TIMEOUT = 300


def run_in_own_process(path: Path, out_dir: Path, parameters: dict | None = None, html: bool = True,
                       timeout: int = NOTEBOOK_TIMEOUT) -> NotebookRun:
    """Run one notebook in a fresh Python process, stopped after ``timeout`` seconds."""
    import json
    import subprocess
    import sys

    command = [sys.executable, "-m", "helpers.notebook_runner", str(path), str(out_dir),
               json.dumps(parameters or {}), "html" if html else "no-html"]
    started = time.perf_counter()
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=str(REPO_DIR))
    except subprocess.TimeoutExpired:
        return NotebookRun(path.stem, time.perf_counter() - started, False, str(out_dir / path.name), None,
                           f"stopped after {timeout} s: the kernel stopped answering")
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        detail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return NotebookRun(path.stem, time.perf_counter() - started, False, str(out_dir / path.name), None,
                           f"the runner process failed: {detail}")
    return NotebookRun(**json.loads(lines[-1]))


#: Failures of the machinery rather than of the notebook: a kernel that stopped
#: answering, or one that died at start (two kernels started at the same moment
#: can pick the same free port). These are worth one more try.
TRANSIENT_FAILURES = ("stopped after", "Kernel died", "kernel_info", "DeadKernelError", "Address already in use")


def is_transient(run: NotebookRun) -> bool:
    """True when a failed run failed for a reason another try may not meet.

    >>> is_transient(NotebookRun("x", 1.0, False, "x.ipynb", None, "RuntimeError: Kernel died before replying"))
    True
    >>> is_transient(NotebookRun("x", 1.0, False, "x.ipynb", None, "ZeroDivisionError: division by zero"))
    False
    """
    return not run.ok and any(sign in (run.error or "") for sign in TRANSIENT_FAILURES)


def _run_with_one_retry(arguments) -> NotebookRun:
    """Run a notebook in its own process (once more after a transient failure),
    then write its HTML copy here, where one exporter serves every notebook."""
    path, out_dir, parameters, html = arguments
    run = run_in_own_process(path, out_dir, parameters, html=False)
    if is_transient(run):
        run = run_in_own_process(path, out_dir, parameters, html=False)
    if html and Path(run.notebook_path).exists():
        run.html_path = write_html_copy(run.notebook_path)
    return run


def run_all(article=None, published=None, target=None, out: Path | None = None,
            notebooks: list[Path] | None = None, workers: int = 2, html: bool = True) -> list[NotebookRun]:
    """Run every notebook on one article into ``build/<article>/``, each in its
    own process (``workers`` at a time), in teaching order."""
    from concurrent.futures import ThreadPoolExecutor

    parameters = notebook_parameters(article, published, target)
    out = Path(out) if out else BUILD_DIR / folder_name_for(article)
    notebooks = notebooks or list_notebooks()
    jobs = [(path, out, parameters, html) for path in notebooks]
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(_run_with_one_retry, jobs))


def _main(arguments: list[str]) -> None:
    """``python -m helpers.notebook_runner NOTEBOOK OUT_DIR PARAMETERS_JSON [html|no-html]``:
    run one notebook and print its ``NotebookRun`` as one JSON line."""
    import dataclasses
    import json

    path, out_dir, parameters = Path(arguments[0]), Path(arguments[1]), json.loads(arguments[2])
    html = len(arguments) < 4 or arguments[3] == "html"
    run = run_notebook(path, out_dir, parameters, html=html)
    print(json.dumps(dataclasses.asdict(run)))


if __name__ == "__main__":
    import sys

    _main(sys.argv[1:])

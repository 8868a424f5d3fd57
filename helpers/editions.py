"""Build the student and instructor editions of the notebook set.

One source, two editions (``python -m helpers.editions [--out build/editions]``):

* the **student edition** drops every cell tagged ``instructor`` and keeps the
  cells tagged ``solution`` collapsed (``jupyter.source_hidden``, outputs
  cleared, so JupyterLab shows a "..." bar the student clicks to open);
* the **instructor edition** keeps every cell, opens the solutions and marks
  each instructor note with a visible banner.

Both are written as ``.ipynb`` and HTML. In the student HTML a solution sits
inside a closed ``<details>`` element ("Solution: open it after you have
tried"), because a static page has no collapsed cells of its own.

The cell transformations are pure functions on plain notebook dictionaries:

>>> notebook = {"cells": [
...     {"cell_type": "markdown", "metadata": {}, "source": "Exercise"},
...     {"cell_type": "markdown", "metadata": {"tags": ["instructor"]}, "source": "Allow 5 minutes."},
...     {"cell_type": "code", "metadata": {"tags": ["solution"]}, "source": "answer = 4", "outputs": []},
... ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
>>> student = student_edition(notebook)
>>> [cell_tags(cell) for cell in student["cells"]]
[[], ['solution']]
>>> student["cells"][1]["metadata"]["jupyter"]
{'source_hidden': True, 'outputs_hidden': True}
>>> instructor = instructor_edition(notebook)
>>> len(instructor["cells"]), instructor["cells"][1]["source"].startswith(INSTRUCTOR_BANNER)
(3, True)
"""
from __future__ import annotations

import argparse
import copy
import html
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

INSTRUCTOR_TAG = "instructor"
SOLUTION_TAG = "solution"
INSTRUCTOR_BANNER = "> **Instructor note** (not in the student edition)\n>\n"
SOLUTION_SUMMARY = "Solution: open it after you have tried the exercise"
EDITIONS = ("student", "instructor")


@dataclass
class EditionFile:
    """One notebook written in one edition."""

    edition: str
    name: str
    notebook_path: Path
    html_path: Path


def cell_tags(cell: dict) -> list[str]:
    """The tags of a cell (``[]`` when it has none).

    >>> cell_tags({"metadata": {"tags": ["solution"]}})
    ['solution']
    """
    return list(cell.get("metadata", {}).get("tags", []) or [])


def is_instructor_cell(cell: dict) -> bool:
    """True for an instructor note (any cell tagged ``instructor``)."""
    return INSTRUCTOR_TAG in cell_tags(cell)


def is_solution_cell(cell: dict) -> bool:
    """True for a solution (any cell tagged ``solution``)."""
    return SOLUTION_TAG in cell_tags(cell)


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def student_edition(notebook: dict) -> dict:
    """A copy without instructor notes, with every solution collapsed and its outputs cleared."""
    notebook = copy.deepcopy(notebook)
    cells = []
    for cell in notebook["cells"]:
        if is_instructor_cell(cell):
            continue
        if is_solution_cell(cell):
            jupyter = cell["metadata"].setdefault("jupyter", {})
            jupyter["source_hidden"] = True
            if cell.get("cell_type") == "code":
                jupyter["outputs_hidden"] = True
                cell["outputs"] = []
                cell["execution_count"] = None
        cells.append(cell)
    notebook["cells"] = cells
    return notebook


def instructor_edition(notebook: dict) -> dict:
    """A copy with every cell: solutions open, instructor notes under a visible banner."""
    notebook = copy.deepcopy(notebook)
    for cell in notebook["cells"]:
        if is_solution_cell(cell):
            jupyter = cell["metadata"].setdefault("jupyter", {})
            jupyter["source_hidden"] = False
            jupyter.pop("outputs_hidden", None)
        if is_instructor_cell(cell) and cell.get("cell_type") == "markdown":
            source = _source(cell)
            if not source.startswith(INSTRUCTOR_BANNER):
                quoted = "\n".join("> " + line if line else ">" for line in source.splitlines())
                cell["source"] = INSTRUCTOR_BANNER + quoted
    return notebook


def solutions_behind_details(notebook: dict) -> dict:
    """For a static page: each solution becomes a closed ``<details>`` block (a markdown cell).

    >>> page = solutions_behind_details({"cells": [
    ...     {"cell_type": "code", "metadata": {"tags": ["solution"]}, "source": "x < 2", "outputs": []}]})
    >>> page["cells"][0]["cell_type"], "x &lt; 2" in page["cells"][0]["source"]
    ('markdown', True)
    """
    notebook = copy.deepcopy(notebook)
    cells = []
    for cell in notebook["cells"]:
        if is_solution_cell(cell):
            body = html.escape(_source(cell))
            block = "pre" if cell.get("cell_type") == "code" else "div"
            replacement = {
                "cell_type": "markdown",
                "metadata": {"tags": cell_tags(cell)},
                "source": f"<details class=\"solution\"><summary>{SOLUTION_SUMMARY}</summary>"
                          f"<{block}>{body}</{block}></details>",
            }
            if "id" in cell:
                replacement["id"] = cell["id"]
            cell = replacement
        cells.append(cell)
    notebook["cells"] = cells
    return notebook


def _as_node(notebook: dict):
    import nbformat

    return nbformat.from_dict(notebook)


def notebook_to_html(notebook: dict) -> str:
    """HTML with nbconvert's lab template (the same look as ``make run``'s copies)."""
    from .notebook_runner import notebook_to_html as lab_html

    return lab_html(_as_node(notebook))


def edition(notebook: dict, name: str) -> dict:
    """The ``student`` or ``instructor`` edition of a notebook."""
    if name == "student":
        return student_edition(notebook)
    if name == "instructor":
        return instructor_edition(notebook)
    raise ValueError(f"unknown edition {name!r}; choose one of {EDITIONS}")


def html_page(notebook: dict, name: str) -> str:
    """The HTML of one edition (``notebook`` is already that edition)."""
    if name == "student":
        notebook = solutions_behind_details(notebook)
    return notebook_to_html(notebook)


def read_notebook(path: Path) -> dict:
    import nbformat

    return nbformat.read(path, as_version=4)


def write_editions(notebook: dict, name: str, out: Path) -> list[EditionFile]:
    """Write both editions of one notebook under ``out/student`` and ``out/instructor``."""
    import nbformat

    written = []
    for edition_name in EDITIONS:
        folder = Path(out) / edition_name
        folder.mkdir(parents=True, exist_ok=True)
        version = edition(notebook, edition_name)
        notebook_path = folder / f"{name}.ipynb"
        html_path = folder / f"{name}.html"
        nbformat.write(_as_node(version), notebook_path)
        html_path.write_text(html_page(version, edition_name), encoding="utf-8")
        written.append(EditionFile(edition_name, name, notebook_path, html_path))
    return written


def executed_copy(path: Path) -> dict:
    """Run a notebook headless (cwd = its folder) and return the executed notebook."""
    from .notebook_runner import run_notebook

    with tempfile.TemporaryDirectory() as scratch:
        run = run_notebook(path, Path(scratch), html=False)
        if not run.ok:
            print(f"  warning: {path.name} stopped with {run.error}", file=sys.stderr)
        return read_notebook(Path(run.notebook_path))


def build_editions(notebooks: list[Path], out: Path, execute: bool = False) -> list[EditionFile]:
    """Both editions of every notebook, as .ipynb and HTML."""
    written = []
    for path in notebooks:
        notebook = executed_copy(path) if execute else read_notebook(path)
        written += write_editions(notebook, path.stem, out)
    return written


def main(argv: list[str] | None = None) -> int:
    from .notebook_runner import BUILD_DIR, NOTEBOOKS_DIR, list_notebooks

    parser = argparse.ArgumentParser(
        prog="python -m helpers.editions",
        description="Build the student edition (no instructor notes, solutions hidden) and the instructor edition.",
    )
    parser.add_argument("--out", default=str(BUILD_DIR / "editions"), help="output folder (default: build/editions)")
    parser.add_argument("--notebooks", default=str(NOTEBOOKS_DIR), help="folder of the source notebooks")
    parser.add_argument("--execute", action="store_true", help="run each notebook first, so the HTML shows outputs")
    arguments = parser.parse_args(argv)
    notebooks = list_notebooks(Path(arguments.notebooks))
    if not notebooks:
        print(f"error: no notebooks (NN_name.ipynb) in {arguments.notebooks}: check the folder", file=sys.stderr)
        return 2
    written = build_editions(notebooks, Path(arguments.out), execute=arguments.execute)
    for edition_name in EDITIONS:
        count = sum(1 for item in written if item.edition == edition_name)
        print(f"{edition_name:<10} {count} notebooks (.ipynb + .html) in {Path(arguments.out) / edition_name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

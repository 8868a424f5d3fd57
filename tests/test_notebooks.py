"""The notebook set: stored clean, built to one teaching standard, and runs headless on both samples."""
from __future__ import annotations

import re

import nbformat
import pytest

from helpers.notebook_runner import NOTEBOOKS_DIR, list_notebooks, run_all

from .conftest import SECOND_SAMPLE

NOTEBOOKS = list_notebooks()


def read(path):
    return nbformat.read(path, as_version=4)


def tags(cell) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def test_the_set_has_its_notebooks_in_order():
    names = [path.stem for path in NOTEBOOKS]
    assert names[:2] == ["00_start_here", "01_article_context"]
    assert all(re.match(r"\d\d_", name) for name in names)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_committed_without_outputs(path):
    # Output policy: the repository keeps notebooks clean; `make run` builds executed copies in build/.
    for cell in read(path).cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{path.name} has stored outputs: clear them"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_has_a_parameters_cell_with_article_date_and_target(path):
    cells = [cell for cell in read(path).cells if "parameters" in tags(cell)]
    assert len(cells) == 1, "exactly one cell tagged 'parameters'"
    for name in ("ARTICLE", "PUBLISHED", "TARGET"):
        assert re.search(rf"^{name}\s*=", cells[0].source, re.M), f"{name} missing from the parameters cell"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_opens_with_objectives_prerequisites_and_times(path):
    header = read(path).cells[0].source
    assert "What you will learn" in header and "Prerequisites" in header and "Time" in header
    objectives = re.findall(r"^\d+\.\s", header.split("What you will learn", 1)[1].split("Prerequisites", 1)[0], re.M)
    assert 1 <= len(objectives) <= 7


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_closes_with_key_points_and_discussion_questions(path):
    text = "\n".join(cell.source for cell in read(path).cells if cell.cell_type == "markdown")
    assert "Key points" in text and "Discussion questions" in text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_solutions_are_hidden_and_checks_exist(path):
    cells = read(path).cells
    solutions = [cell for cell in cells if "solution" in tags(cell)]
    for cell in solutions:
        assert cell.metadata.get("jupyter", {}).get("source_hidden"), "solution cells are collapsed"
    if solutions:
        assert any("check(" in cell.source for cell in cells if cell.cell_type == "code" and "solution" not in tags(cell))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_code_cell_has_a_lead_in(path):
    cells = read(path).cells
    for before, cell in zip(cells, cells[1:]):
        if cell.cell_type == "code" and not {"parameters", "solution"} & set(tags(cell)):
            assert before.cell_type == "markdown" or "solution" in tags(before), \
                f"{path.name}: code cell without a lead-in: {cell.source[:60]!r}"


def test_the_main_job_runs_every_notebook_on_the_default_article(tmp_path):
    runs = run_all(out=tmp_path, html=False)
    failures = [f"{run.name}: {run.error}" for run in runs if not run.ok]
    assert not failures, failures
    assert len(runs) == len(NOTEBOOKS)


def test_the_command_line_runs_the_whole_set_on_another_article(tmp_path):
    # What a reader does with `ARTICLE=... make run`: every notebook, on the second sample, with HTML copies.
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "helpers", "run", "--article", str(SECOND_SAMPLE), "--out", str(tmp_path)],
                            capture_output=True, text=True, cwd=NOTEBOOKS_DIR.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    for path in NOTEBOOKS:
        assert (tmp_path / path.name).exists() and (tmp_path / f"{path.stem}.html").exists()
    executed = read(tmp_path / "01_article_context.ipynb")
    injected = [cell for cell in executed.cells if "injected-parameters" in tags(cell)]
    assert injected and str(SECOND_SAMPLE) in injected[0].source
    assert "Summary of" in result.stdout


def test_a_notebook_that_hangs_is_stopped_and_reported(tmp_path):
    from helpers.notebook_runner import run_in_own_process

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import time\ntime.sleep(60)")])
    path = tmp_path / "99_hangs.ipynb"
    nbformat.write(notebook, path)
    run = run_in_own_process(path, tmp_path / "out", html=False, timeout=8)
    assert not run.ok and run.error.startswith("stopped after 8 s")


def test_a_failing_cell_is_reported_with_its_error(tmp_path):
    from helpers.notebook_runner import run_in_own_process

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")])
    path = tmp_path / "98_fails.ipynb"
    nbformat.write(notebook, path)
    run = run_in_own_process(path, tmp_path / "out", html=False)
    assert not run.ok and "ZeroDivisionError" in run.error

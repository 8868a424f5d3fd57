"""A student's view: every notebook in a real JupyterLab, in Debian's Chromium.

Run alone with ``.venv/bin/pytest tests/browser -p no:cacheprovider -o addopts=""``.
Screenshots of each notebook land in ``build/screenshots/``. Failure messages
give cell positions and error names, never cell sources (no solution is printed).
"""
from __future__ import annotations

import pytest

from helpers.notebook_runner import list_notebooks

NOTEBOOKS = [path.name for path in list_notebooks()]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_cell_runs_to_the_end(lab, name):
    visit = lab.visit(name)
    assert visit.finished, f"{name}: cells were still running after the time limit"
    assert visit.unexecuted_cells == [], f"{name}: Run All stopped before cells {visit.unexecuted_cells}"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_no_cell_shows_an_error(lab, name):
    visit = lab.visit(name)
    assert visit.saved_errors == [], f"{name}: error outputs {visit.saved_errors}"
    assert visit.shown_tracebacks == [], f"{name}: a traceback is shown under cells {visit.shown_tracebacks}"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_widget_renders(lab, name):
    visit = lab.visit(name)
    assert visit.widget_failures == [], f"{name}: {visit.widget_failures}"
    assert visit.widget_views_shown >= visit.widget_views_saved, (
        f"{name}: the kernel displayed {visit.widget_views_saved} widgets, the page shows {visit.widget_views_shown}")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_changing_a_control_changes_what_the_widget_shows(lab, name):
    visit = lab.visit(name)
    silent = [f"cell {probe.cell} ({probe.control})" for probe in visit.probes if not probe.responded]
    assert silent == [], f"{name}: changing a control did not change the figure, table or text in {silent}"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_screenshot_is_saved(lab, name):
    visit = lab.visit(name)
    assert visit.screenshot is not None and visit.screenshot.stat().st_size > 10_000, f"{name}: no screenshot"


def test_the_set_has_working_widgets(lab):
    if not NOTEBOOKS:
        pytest.skip("no notebooks yet")
    visits = [lab.visit(name) for name in NOTEBOOKS]
    assert sum(visit.widget_views_shown for visit in visits) > 0, "no notebook shows a widget"


def test_a_dropdown_changes_a_figure_or_table(lab):
    if not NOTEBOOKS:
        pytest.skip("no notebooks yet")
    dropdowns = [probe for name in NOTEBOOKS for probe in lab.visit(name).probes if probe.control == "dropdown"]
    assert any(probe.responded for probe in dropdowns), "no notebook has a dropdown whose change shows a new result"

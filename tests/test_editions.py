"""The student and instructor editions (python -m helpers.editions).

Failure messages name cells by notebook and position only: a check must never
print a solution.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from helpers import editions
from helpers.notebook_runner import list_notebooks

REPO = Path(__file__).resolve().parent.parent
SECRET_SOLUTION = "answer = 'SOLUTION-TEXT-42'"
SECRET_NOTE = "Students often forget the date (INSTRUCTOR-NOTE-7)."


def synthetic_notebook():
    """A tiny notebook with every kind of cell the editions care about."""
    new = nbformat.v4
    solution = new.new_code_cell(SECRET_SOLUTION)
    solution.metadata["tags"] = ["solution"]
    solution.metadata["jupyter"] = {"source_hidden": True}
    solution.outputs = [new.new_output("stream", name="stdout", text="SOLUTION-OUTPUT-9\n")]
    note = new.new_markdown_cell(SECRET_NOTE)
    note.metadata["tags"] = ["instructor"]
    parameters = new.new_code_cell('ARTICLE = "../data/articles/a.md"\nPUBLISHED = None\nTARGET = "NATO"')
    parameters.metadata["tags"] = ["parameters"]
    return new.new_notebook(cells=[
        new.new_markdown_cell("# A lesson"),
        parameters,
        note,
        new.new_markdown_cell("Exercise: set `answer`."),
        new.new_code_cell("answer = None"),
        solution,
    ])


@pytest.fixture()
def notebook_folder(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nbformat.write(synthetic_notebook(), folder / "07_lesson.ipynb")
    return folder


def positions(notebook, predicate):
    return [index for index, cell in enumerate(notebook["cells"]) if predicate(cell)]


def test_student_edition_has_no_instructor_notes():
    student = editions.student_edition(synthetic_notebook())
    assert positions(student, editions.is_instructor_cell) == []


def test_student_edition_keeps_solutions_but_hides_them():
    student = editions.student_edition(synthetic_notebook())
    solutions = positions(student, editions.is_solution_cell)
    visible = [i for i in solutions if not student["cells"][i]["metadata"]["jupyter"].get("source_hidden")]
    assert len(solutions) == 1 and visible == []


def test_student_edition_drops_solution_outputs():
    student = editions.student_edition(synthetic_notebook())
    with_outputs = [i for i in positions(student, editions.is_solution_cell) if student["cells"][i]["outputs"]]
    assert with_outputs == []


def test_student_edition_keeps_the_lesson_cells_in_order():
    original = synthetic_notebook()
    student = editions.student_edition(original)
    expected = [cell["source"] for cell in original["cells"] if not editions.is_instructor_cell(cell)]
    same = [cell["source"] for cell in student["cells"]] == expected
    assert same, "the student edition should only drop instructor cells"


def test_instructor_edition_keeps_every_cell():
    original = synthetic_notebook()
    instructor = editions.instructor_edition(original)
    assert [cell["cell_type"] for cell in instructor["cells"]] == [cell["cell_type"] for cell in original["cells"]]


def test_instructor_edition_opens_the_solutions():
    instructor = editions.instructor_edition(synthetic_notebook())
    hidden = [i for i in positions(instructor, editions.is_solution_cell)
              if instructor["cells"][i]["metadata"].get("jupyter", {}).get("source_hidden")]
    assert hidden == []


def test_instructor_notes_are_visibly_marked():
    instructor = editions.instructor_edition(synthetic_notebook())
    unmarked = [i for i in positions(instructor, editions.is_instructor_cell)
                if not instructor["cells"][i]["source"].startswith(editions.INSTRUCTOR_BANNER)]
    assert unmarked == []


def test_marking_instructor_notes_twice_adds_one_banner():
    twice = editions.instructor_edition(editions.instructor_edition(synthetic_notebook()))
    banners = [twice["cells"][i]["source"].count("**Instructor note**") for i in positions(twice, editions.is_instructor_cell)]
    assert banners == [1]


def test_editions_do_not_change_the_source_notebook():
    original = synthetic_notebook()
    before = nbformat.writes(original)
    editions.student_edition(original)
    editions.instructor_edition(original)
    assert nbformat.writes(original) == before


def test_both_editions_are_written_as_notebook_and_html(notebook_folder, tmp_path):
    out = tmp_path / "editions"
    assert editions.main(["--notebooks", str(notebook_folder), "--out", str(out)]) == 0
    for edition_name in editions.EDITIONS:
        for suffix in (".ipynb", ".html"):
            path = out / edition_name / f"07_lesson{suffix}"
            assert path.is_file() and path.stat().st_size > 0, f"missing {edition_name}/{path.name}"


def test_student_html_has_no_instructor_note(notebook_folder, tmp_path):
    out = tmp_path / "editions"
    editions.main(["--notebooks", str(notebook_folder), "--out", str(out)])
    leaked = "INSTRUCTOR-NOTE-7" in (out / "student" / "07_lesson.html").read_text(encoding="utf-8")
    assert not leaked, "an instructor note is in the student HTML"


def test_student_html_puts_solutions_in_a_closed_details_block(notebook_folder, tmp_path):
    out = tmp_path / "editions"
    editions.main(["--notebooks", str(notebook_folder), "--out", str(out)])
    page = (out / "student" / "07_lesson.html").read_text(encoding="utf-8")
    closed = '<details class="solution"><summary>' in page and "<details open" not in page
    outside = page.replace(page[page.find('<details class="solution">'):page.find("</details>")], "")
    leaked = "SOLUTION-TEXT-42" in outside or "SOLUTION-OUTPUT-9" in page
    assert closed and not leaked, "the solution should only appear inside a closed <details> block"


def test_instructor_html_shows_notes_and_solutions(notebook_folder, tmp_path):
    out = tmp_path / "editions"
    editions.main(["--notebooks", str(notebook_folder), "--out", str(out)])
    page = (out / "instructor" / "07_lesson.html").read_text(encoding="utf-8")
    shown = "INSTRUCTOR-NOTE-7" in page and "SOLUTION-TEXT-42" in page and "Instructor note" in page
    assert shown, "the instructor HTML should show every note and solution"


def test_an_empty_folder_is_a_clear_error(tmp_path, capsys):
    assert editions.main(["--notebooks", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "no notebooks" in capsys.readouterr().err


@pytest.fixture(scope="module")
def real_editions(tmp_path_factory):
    notebooks = list_notebooks()
    if not notebooks:
        pytest.skip("no notebooks in notebooks/ yet")
    out = tmp_path_factory.mktemp("editions")
    editions.build_editions(notebooks, out)
    return notebooks, out


def test_real_student_editions_have_no_instructor_cell_and_hidden_solutions(real_editions):
    notebooks, out = real_editions
    problems = []
    for path in notebooks:
        student = nbformat.read(out / "student" / path.name, as_version=4)
        problems += [f"{path.stem}: cell {i} is an instructor note" for i in positions(student, editions.is_instructor_cell)]
        problems += [f"{path.stem}: solution cell {i} is not hidden" for i in positions(student, editions.is_solution_cell)
                     if not student.cells[i].metadata.get("jupyter", {}).get("source_hidden")]
    assert problems == []


def test_real_instructor_editions_keep_every_cell(real_editions):
    notebooks, out = real_editions
    counts = {path.stem: (len(nbformat.read(path, as_version=4).cells),
                          len(nbformat.read(out / "instructor" / path.name, as_version=4).cells)) for path in notebooks}
    assert {name: pair for name, pair in counts.items() if pair[0] != pair[1]} == {}


def test_real_editions_have_html_copies(real_editions):
    notebooks, out = real_editions
    missing = [f"{edition_name}/{path.stem}.html" for path in notebooks for edition_name in editions.EDITIONS
               if not (out / edition_name / f"{path.stem}.html").is_file()]
    assert missing == []

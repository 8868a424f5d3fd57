"""Friendly errors for bad input.

Every problem with what a user gives us (a missing file, an empty text, a
binary file, a date that is not a date ...) is raised as an ``InputProblem``
whose message names the problem *and* the fix in one short line. The command
line prints that line and exits with code 2; notebooks show it as a note
instead of a traceback.

>>> problem = InputProblem("the file is empty", "paste an article into it or choose another file")
>>> str(problem)
'the file is empty: paste an article into it or choose another file'
"""
from __future__ import annotations


class InputProblem(ValueError):
    """Something is wrong with the user's input; ``str()`` says what and how to fix it."""

    def __init__(self, problem: str, fix: str = ""):
        self.problem = problem
        self.fix = fix
        super().__init__(f"{problem}: {fix}" if fix else problem)

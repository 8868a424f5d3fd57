"""Offline self-checks for the notebooks' exercises.

``check(exercise, answer)`` answers with a hint when the answer is not right yet and a
short explanation when it is. It never prints the solution. Each notebook's
exercises live in their own module (``nb01.py``, ``nb02.py`` ...) as functions
registered with ``@exercise("nb02-add-verb")``.

>>> from helpers.exercises import Feedback, exercise, check
>>> @exercise("demo-sum")
... def _demo(answer):
...     if answer == 4:
...         return Feedback(True, "Yes: two plus two.")
...     return Feedback(False, "Count again: how much is 2 + 2?")
>>> check("demo-sum", 5)
Not yet. Hint: Count again: how much is 2 + 2?
>>> check("demo-sum", 4)
Correct! Yes: two plus two.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

_CHECKS: dict[str, Callable] = {}
_MODULES = ("nb00", "nb01", "nb02", "nb03", "nb04", "nb05")


@dataclass
class Feedback:
    correct: bool
    message: str

    def __str__(self) -> str:
        return ("Correct! " if self.correct else "Not yet. Hint: ") + self.message

    __repr__ = __str__  # a notebook shows the feedback as the cell's result


def exercise(name: str):
    """Register a checker function under ``name``."""

    def register(function):
        _CHECKS[name] = function
        return function

    return register


def _load_all() -> None:
    for module in _MODULES:
        try:
            importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{module}":
                raise


def check(name: str, answer=None, **context) -> Feedback:
    """Check an exercise answer offline and return the feedback (shown as the cell's result).

    ``context`` passes what the checker needs to know, such as ``article=article``
    when the right answer depends on the article the notebook runs on.
    """
    if name not in _CHECKS:
        _load_all()
    if name not in _CHECKS:
        feedback = Feedback(False, f"there is no exercise called {name!r}; check the spelling in the exercise cell.")
    else:
        try:
            feedback = _CHECKS[name](answer, **context)
        except Exception as error:  # a student's answer must never crash the check
            feedback = Feedback(False, f"the check could not read your answer ({type(error).__name__}: {error}). Look at the expected form in the exercise text.")
    return feedback

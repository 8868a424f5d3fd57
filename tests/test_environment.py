"""The set-up files agree, so pip, conda and Binder users get the same versions."""
from __future__ import annotations

import re

from .conftest import REPO


def pins(text: str) -> dict[str, str]:
    found = {}
    for line in text.splitlines():
        match = re.match(r"^\s*(?:-\s+)?([A-Za-z0-9_.\-]+)==([\w.]+)\s*$", line.split("#")[0])
        if match:
            found[match.group(1).lower()] = match.group(2)
    return found


def test_environment_yml_lists_the_same_pins_as_the_requirements_files():
    requirements = pins((REPO / "requirements.txt").read_text()) | pins((REPO / "requirements-dev.txt").read_text())
    conda = pins((REPO / "environment.yml").read_text())
    assert requirements and conda == requirements


def test_every_requirement_is_pinned_exactly():
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (REPO / name).read_text().splitlines():
            line = line.split("#")[0].strip()
            if line and not line.startswith("-r"):
                assert "==" in line, f"{name}: {line} is not pinned"


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make run" in readme
    assert "make test" in (REPO / ".ci" / "run").read_text()

"""Check that a machine is ready for the notebook set (notebook 00).

Each check says what it looked at, whether it is fine, and, when it is not,
exactly what to do.

>>> results = check_setup()
>>> all(isinstance(result.ok, bool) for result in results)
True
"""
from __future__ import annotations

import importlib
import platform
import sys
from dataclasses import dataclass
from importlib import metadata

from .resources import DATA_DIR

REQUIREMENTS_FILE = DATA_DIR.parent / "requirements.txt"
FIX_INSTALL = "run `make setup` (or `make run`) in the project folder, then restart the kernel"


@dataclass
class SetupCheck:
    """The outcome of one set-up check."""

    name: str
    ok: bool
    detail: str
    fix: str = ""


def pinned_versions() -> dict[str, str]:
    """Package -> version pinned in requirements.txt."""
    pins = {}
    if REQUIREMENTS_FILE.exists():
        for line in REQUIREMENTS_FILE.read_text(encoding="utf-8").splitlines():
            line = line.split("#")[0].strip()
            if "==" in line:
                name, version = line.split("==", 1)
                pins[name.strip()] = version.strip()
    return pins


def check_python() -> SetupCheck:
    version = platform.python_version()
    ok = sys.version_info >= (3, 10)
    return SetupCheck("Python", ok, f"Python {version} at {sys.executable}",
                      "" if ok else "install Python 3.10 or newer and rerun the set-up")


def check_packages() -> list[SetupCheck]:
    results = []
    for name, wanted in pinned_versions().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            results.append(SetupCheck(name, False, "not installed", FIX_INSTALL))
            continue
        ok = installed == wanted
        results.append(SetupCheck(name, ok, f"{installed} (pinned {wanted})",
                                  "" if ok else f"your environment has another version; {FIX_INSTALL}"))
    return results


def check_vader() -> SetupCheck:
    from .resources import sentiment_analyzer

    try:
        analyzer = sentiment_analyzer()
    except Exception as error:  # shown to the user as a fix, not a traceback
        return SetupCheck("VADER lexicon", False, f"could not load: {error}", FIX_INSTALL)
    return SetupCheck("VADER lexicon", True, f"{len(analyzer.lexicon):,} words, from the vaderSentiment package (no download)")


def check_sentences() -> SetupCheck:
    from .resources import sentence_splitter

    sentences = sentence_splitter().tokenize("Gen. Smith met U.S. officials. They talked.")
    ok = len(sentences) == 2
    return SetupCheck("sentence splitter", ok, f"{len(sentences)} sentences found in a two-sentence test",
                      "" if ok else "data/lexicons/abbreviations.txt may be damaged; restore it from the repository")


def check_widgets() -> SetupCheck:
    try:
        widgets = importlib.import_module("ipywidgets")
    except ImportError:
        return SetupCheck("ipywidgets", False, "not installed", FIX_INSTALL)
    return SetupCheck("ipywidgets", True, f"version {widgets.__version__}; a slider should appear below if your browser shows widgets")


def check_matplotlib() -> SetupCheck:
    try:
        import matplotlib
    except ImportError:
        return SetupCheck("matplotlib", False, "not installed", FIX_INSTALL)
    return SetupCheck("matplotlib", True, f"version {matplotlib.__version__}, backend {matplotlib.get_backend()}")


def check_data() -> SetupCheck:
    needed = ["articles", "lexicons", "dev-articles"]
    missing = [name for name in needed if not (DATA_DIR / name).is_dir()]
    ok = not missing
    return SetupCheck("data folder", ok, f"{DATA_DIR}" + (f" (missing: {', '.join(missing)})" if missing else ""),
                      "" if ok else "the data/ folder is incomplete; clone the repository again")


def check_setup() -> list[SetupCheck]:
    """All checks, in the order a student should fix them."""
    return [check_python(), *check_packages(), check_vader(), check_sentences(), check_widgets(), check_matplotlib(), check_data()]


def setup_report(results: list[SetupCheck]) -> str:
    """One line per check, with the fix where something is wrong."""
    lines = []
    for result in results:
        mark = "ok " if result.ok else "FIX"
        lines.append(f"[{mark}] {result.name}: {result.detail}" + (f"\n      -> {result.fix}" if result.fix else ""))
    problems = sum(not result.ok for result in results)
    lines.append("Everything is ready." if not problems else f"{problems} thing(s) to fix before you go on.")
    return "\n".join(lines)

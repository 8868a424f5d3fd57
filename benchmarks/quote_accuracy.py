"""Print the quote finder's accuracy on the development articles and the seed.

Usage: python benchmarks/quote_accuracy.py [--set dev|heldout|blind|final] [--misses]

``--set heldout`` scores the invented held-out-style articles in
``tests/fixtures/heldout/`` instead of the dev articles and the seed; ``--set blind``
the later blind batches in ``tests/fixtures/blind/``; ``--set final`` the final blind batches in
``tests/fixtures/blind_final/``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.quote_evaluation import evaluate_all, format_table  # noqa: E402


def main() -> None:
    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv[:-1] else "dev"
    rows, total = evaluate_all(which)
    print(format_table(rows))
    if "--misses" in sys.argv:
        print()
        for miss in total.misses:
            print(f"{miss['article'][:28]:28} {miss['problem']:22} gold={miss['gold_speaker']!s:25} found={miss['found_speaker']!s:25} {miss['text']!r}")


if __name__ == "__main__":
    main()

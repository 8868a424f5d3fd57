"""Stance accuracy: per-speaker agreement with the human key, and macro-F1 on targeted sentences.

Run from the project folder:  .venv/bin/python benchmarks/stance_accuracy.py

The public benchmark named in issue 4 (NewsMTSC: news sentences with a marked target
person and reader labels) cannot be used here: only PyPI/apt/npm are reachable, and the
PyPI package NewsSentiment (1.2.28) ships lexicons but not the NewsMTSC data files.
The sentence benchmark therefore uses the project's own labelled set,
data/sentiment-dev/targeted_sentences.jsonl (dev/test split; report the test split).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.stance_evaluation import (accuracy, format_confusion, seed_sentence_agreement, speaker_agreement,  # noqa: E402
                                       speaker_report, targeted_benchmark)


def main() -> None:
    places = {"dev": "dev articles + seed", "heldout": "held-out style set (tests/fixtures/stance_heldout)",
              "blind": "later blind batches (tests/fixtures/blind)",
              "final": "final blind batches (tests/fixtures/blind_final)"}
    for keyset in places:
        for mode in ("gold", "pipeline"):
            report = speaker_report(speaker_agreement(quotes=mode, keyset=keyset))
            where = places[keyset]
            print(f"Per-speaker stance toward NATO, {where}, quotes from the {'human key' if mode == 'gold' else 'quotes module'}: "
                  f"{report['accuracy']:.1%} of {report['n']} speakers agree")
            print(format_confusion(report["confusion"]))
            for judgement in report["disagreements"]:
                print(f"  {judgement.article[:28]:28}  {judgement.speaker:32} human={judgement.gold:17} tool={judgement.predicted} (n={judgement.n})")
            print()
    rows = seed_sentence_agreement()
    print(f"Seed sentences mentioning NATO: {accuracy([r[1] for r in rows], [r[2] for r in rows]):.1%} of {len(rows)} agree\n")
    for split in ("dev", "test"):
        result = targeted_benchmark(split)
        print(f"Targeted sentences ({split}, n={result['n']}): macro-F1 tool {result['tool_macro_f1']:.3f}, "
              f"whole-sentence VADER {result['vader_macro_f1']:.3f}")
    print(format_confusion(targeted_benchmark("test")["tool_confusion"]))


if __name__ == "__main__":
    main()

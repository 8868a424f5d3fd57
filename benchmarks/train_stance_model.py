"""Train the second reader (helpers/stance_model.py) on every labelled speaker, and cross-validate it.

Run from the project folder:

    .venv/bin/python benchmarks/train_stance_model.py            # cross-validate, then write the model
    .venv/bin/python benchmarks/train_stance_model.py --cv-only  # cross-validate only

tests/test_stance_model.py checks that the shipped model is what this script fits.

Cross-validation leaves out one group at a time (the dev articles, the held-out style set, or one
annotator's blind batch), fits on the rest, and labels the group left out. That is the honest figure
for the model. The rules' column is not honest in the same way: the rules were written while looking
at most of these groups (the README says which batches each rule round had seen).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.stance_evaluation import training_examples  # noqa: E402
from helpers.stance_model import (CROSS_VALIDATION_FILE, MODEL_FILE, HeldOutGroup, combined_label,  # noqa: E402
                                  cross_validation_summary, format_cross_validation, format_stance_model,
                                  train_stance_model)

#: The annotators' batches that no rule of helpers/stance.py was written against (tests/fixtures/blind_final/README.md):
#: the rules' column is an honest first-sight figure only on these.
UNTOUCHED_BY_RULES = frozenset("K L M N O P Q R S T U V W X".split())


def _pairs(examples):
    return [(example.features, example.label) for example in examples]


def cross_validate(examples) -> list[HeldOutGroup]:
    """Each group left out in turn: how many of its speakers the rules alone, and the rules with a second reader
    fitted on the other groups, label as the human did."""
    rows = []
    for group in sorted({example.group for example in examples}):
        model = train_stance_model(_pairs([e for e in examples if e.group != group]))
        held = [e for e in examples if e.group == group]
        right = sum(combined_label(e.rule_label, model.predict(e.features).label) == e.label for e in held)
        rows.append(HeldOutGroup(group, len(held), sum(e.rule_label == e.label for e in held), right,
                                 group.split()[-1] not in UNTOUCHED_BY_RULES))
    return rows


def note_for(examples) -> str:
    groups = sorted({example.group.split()[0] for example in examples})
    articles = len({example.article for example in examples})
    return (f"The second reader of helpers/stance_model.py: one weight per label for each feature.\n"
            f"Fitted by benchmarks/train_stance_model.py to {len(examples)} human-labelled speakers of {articles} articles\n"
            f"(keysets: {', '.join(groups)}). Do not edit by hand: change the examples and refit.")


def main() -> None:
    examples = training_examples()
    groups = cross_validate(examples)
    print(f"{'left out':16} {'speakers':>8} {'rules':>7} {'rules + second reader':>22}  rules written against it?")
    for g in groups:
        print(f"{g.group:16} {g.speakers:8} {g.rules_right / g.speakers:7.1%} {g.second_reader_right / g.speakers:22.1%}  "
              f"{'yes' if g.rules_seen else 'no'}")
    for name, row in cross_validation_summary(groups).items():
        print(f"{name:16} {row['speakers']:8} {row['rules']:7.1%} {row['second reader']:22.1%}")
    if "--cv-only" in sys.argv:
        return
    CROSS_VALIDATION_FILE.parent.mkdir(parents=True, exist_ok=True)
    CROSS_VALIDATION_FILE.write_text(format_cross_validation(groups), encoding="utf-8")
    model = train_stance_model(_pairs(examples), note=note_for(examples))
    MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
    MODEL_FILE.write_text(format_stance_model(model), encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(Path.cwd()) if MODEL_FILE.is_relative_to(Path.cwd()) else MODEL_FILE}: "
          f"{len(model.weights)} features")


if __name__ == "__main__":
    main()

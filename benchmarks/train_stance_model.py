"""Train the second reader (helpers/stance_model.py) on every labelled speaker, and cross-validate it.

Run from the project folder:

    .venv/bin/python benchmarks/train_stance_model.py            # cross-validate, then write the model
    .venv/bin/python benchmarks/train_stance_model.py --cv-only  # cross-validate only
    .venv/bin/python benchmarks/train_stance_model.py --check    # does the shipped model match a refit?

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
from helpers.stance_model import (CROSS_VALIDATION_FILE, MODEL_FILE, combined_label, format_stance_model,  # noqa: E402
                                  read_stance_model, train_stance_model)

#: The annotators' batches that no rule of helpers/stance.py was written against (tests/fixtures/blind_final/README.md):
#: the rules' column is an honest first-sight figure only on these.
UNTOUCHED_BY_RULES = frozenset("K L M N O P Q R S T U V W X".split())


def _pairs(examples):
    return [(example.features, example.label) for example in examples]


def cross_validate(examples) -> list[tuple[str, int, int, int]]:
    """(group, speakers, rules right, rules + second reader right), leaving each group out in turn."""
    rows = []
    for group in sorted({example.group for example in examples}):
        model = train_stance_model(_pairs([e for e in examples if e.group != group]))
        held = [e for e in examples if e.group == group]
        right = sum(combined_label(e.rule_label, model.predict(e.features).label) == e.label for e in held)
        rows.append((group, len(held), sum(e.rule_label == e.label for e in held), right))
    return rows


def note_for(examples) -> str:
    groups = sorted({example.group.split()[0] for example in examples})
    articles = len({example.article for example in examples})
    return (f"The second reader of helpers/stance_model.py: one weight per label for each feature.\n"
            f"Fitted by benchmarks/train_stance_model.py to {len(examples)} human-labelled speakers of {articles} articles\n"
            f"(keysets: {', '.join(groups)}). Do not edit by hand: change the examples and refit.")


def main() -> None:
    examples = training_examples()
    if "--check" in sys.argv:
        shipped = read_stance_model()
        refit = train_stance_model(_pairs(examples), note=note_for(examples))
        worst = max(abs(a - b) for name in refit.weights for a, b in zip(refit.weights[name], shipped.weights.get(name, (9,) * 4)))
        same = set(refit.weights) == set(shipped.weights)
        print(f"features: {'same' if same else 'DIFFERENT'}; largest weight difference {worst:.5f}")
        sys.exit(0 if same and worst < 1e-3 else 1)
    rows = cross_validate(examples)
    print(f"{'left out':16} {'speakers':>8} {'rules':>7} {'rules + second reader':>22}  rules written against it?")
    lines = ["# Cross-validation of the second reader (benchmarks/train_stance_model.py): each group left out in turn.",
             "# rules_right: the rules alone; second_reader_right: rules + second reader fitted without the group.",
             "# rules_seen: whether rules were written while looking at the group (then the rules' column is a fit).",
             "group\tspeakers\trules_right\tsecond_reader_right\trules_seen"]
    for group, n, rules, model in rows:
        seen = group.split()[-1] not in UNTOUCHED_BY_RULES
        print(f"{group:16} {n:8} {rules / n:7.1%} {model / n:22.1%}  {'yes' if seen else 'no'}")
        lines.append(f"{group}\t{n}\t{rules}\t{model}\t{'yes' if seen else 'no'}")
    for name, chosen in (("all", rows), ("no rule written against them", [r for r in rows if r[0].split()[-1] in UNTOUCHED_BY_RULES])):
        n = sum(row[1] for row in chosen)
        print(f"{name:16} {n:8} {sum(r[2] for r in chosen) / n:7.1%} {sum(r[3] for r in chosen) / n:22.1%}")
    if "--cv-only" in sys.argv:
        return
    CROSS_VALIDATION_FILE.parent.mkdir(parents=True, exist_ok=True)
    CROSS_VALIDATION_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = train_stance_model(_pairs(examples), note=note_for(examples))
    MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
    MODEL_FILE.write_text(format_stance_model(model), encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(Path.cwd()) if MODEL_FILE.is_relative_to(Path.cwd()) else MODEL_FILE}: "
          f"{len(model.weights)} features")


if __name__ == "__main__":
    main()

"""The fast paths of the performance pass give exactly the results of the plain ones."""
from __future__ import annotations

import random

from helpers.stance import _cue_matcher, read_stance_cues


def _cue_texts(count: int = 3000, seed: int = 7) -> list[str]:
    """Texts made of cue words (with endings, capitals, hyphens and odd letters such as the long s)."""
    rng = random.Random(seed)
    words = [cue.cue.replace("*", rng.choice(["", "ing", "ed", "s", "-x"])) for cue in read_stance_cues()]
    words += ["the", "NATO", "\u017fupport", "\u212aremlin", "\u00e9", "-", "_", "'", "pro-", "anti", "co"]
    texts = []
    for _ in range(count):
        chosen = [rng.choice(words) for _ in range(rng.randint(1, 12))]
        chosen = [w.upper() if rng.random() < 0.2 else w.title() if rng.random() < 0.2 else w for w in chosen]
        texts.append("".join(w + rng.choice([" ", " ", "-", "", ", ", "  ", "_", "'"]) for w in chosen))
    return texts


def test_cue_matcher_finds_what_the_single_pattern_finds():
    matcher = _cue_matcher(read_stance_cues())
    texts = _cue_texts() + ["", "Russia would retaliate against NATO troop deployments.", "\u017fanction the \u212aremlin"]
    found = 0
    for text in texts:
        expected = [(m.start(), m.end(), m.lastgroup) for m in matcher.pattern.finditer(text)]
        assert [(m.start(), m.end(), m.lastgroup) for m in matcher.finditer(text)] == expected, text
        found += len(expected)
    assert found > 1000

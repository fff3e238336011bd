"""The parser scored against hand-written answers: the development set (../shared/plans-dev)
and the corpus of plans it was not developed on (tests/data/plans). See tests/parse_score.py."""

from __future__ import annotations

import pytest
from parse_score import CORPUS_DIR, DEV_DIR, overall, score_dir, table

SETS = {"dev": DEV_DIR, "corpus": CORPUS_DIR}

# The share of checks each set must keep. corpus: 95.8 % on its first thirteen plans; the seven
# plans added for issue 10 (c06–c08, p01–p03, s05) scored 87.9 % before any parser change for them,
# the whole corpus 92.9 % (446/480, main at 2ba080b, 2026-11-30; tests/data/plans/BASELINE.md).
# The parser work on issue 10 raises this floor back to 0.95.
FLOORS = {"dev": 0.95, "corpus": 0.925}


@pytest.mark.parametrize("name", sorted(SETS))
def test_share_of_checks_passing(name, capsys):
    directory = SETS[name]
    if not (directory / "expected.json").is_file():
        pytest.skip(f"{directory} is not here")
    scores = score_dir(directory)
    assert sum(len(s.checks) for s in scores) >= 150        # a real set, not an empty one
    for s in scores:
        for c in s.checks:
            assert c.passed or c.reason, f"{s.file}: failed check {c.kind} {c.what} has no reason"
    with capsys.disabled():
        print(f"\n== {name}\n{table(scores)}")
    failed = [f"{c.plan[:14]} {c.kind} {c.what}: {c.reason}" for s in scores for c in s.checks if not c.passed]
    assert overall(scores) >= FLOORS[name], "\n".join(failed)

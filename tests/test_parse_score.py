"""The parser scored against hand-written answers: the development set (../shared/plans-dev),
the corpus (tests/data/plans), the first held-out plans (tests/data/plans-heldout, a tuning set
since round 2 of the parser work), the fresh plans (tests/data/plans-fresh, tuned on since round
3) and the unseen plans, the next never-tuned set (tests/data/plans-unseen: share reported, only a
floor asserted). See tests/parse_score.py."""

from __future__ import annotations

import pytest
from parse_score import CORPUS_DIR, DEV_DIR, overall, score_dir, table

SETS = {"dev": DEV_DIR, "corpus": CORPUS_DIR}

# The share of checks each set must keep. corpus: 95.8 % on its first thirteen plans; the nine
# plans added for issue 10 (c06–c08, p01–p05, s05) scored 84.8 % before any parser change for them,
# the whole corpus 91.4 % (466/510, main at 2ba080b, 2026-11-30; tests/data/plans/BASELINE.md).
# After the parser work on issue 10 (branch parser, with the title checks it added: before 89.7 %
# corpus / 94.9 % dev, after 98.1 % / 97.9 %) the floors sit just under what it reaches.
FLOORS = {"dev": 0.97, "corpus": 0.975}


@pytest.mark.parametrize("name", sorted(SETS))
def test_share_of_checks_passing(name, capsys):
    directory = SETS[name]
    if not (directory / "expected.json").is_file():
        pytest.skip(f"{directory} is not here")
    scores = score_dir(directory)
    assert sum(len(s.checks) for s in scores) >= 150        # a real set, not an empty one
    failed = _failed_checks(scores)
    with capsys.disabled():
        print(f"\n== {name}\n{table(scores)}")
    assert overall(scores) >= FLOORS[name], "\n".join(failed)


def _failed_checks(scores) -> list[str]:
    """Every failed check as one line; a failed check without a reason is itself a failure."""
    for s in scores:
        for c in s.checks:
            assert c.passed or c.reason, f"{s.file}: failed check {c.kind} {c.what} has no reason"
    return [f"{c.plan[:14]} {c.kind} {c.what}: {c.reason}" for s in scores for c in s.checks if not c.passed]


HELDOUT_DIR = CORPUS_DIR.parent / "plans-heldout"
# The first held-out plans (tests/data/plans-heldout/README.md) scored 71.4 % before any parser
# change for issue 10 (105/147, main at 2ba080b; BASELINE.md) and 71.0 % after round 1, which was
# tuned on other plans (110/155 with the title checks, main at 881ca40). Since round 2 the parser IS
# tuned on them: their share no longer measures unseen plans (tests/data/plans-fresh does). Round 2
# reaches 97.4 % (151/155); the floor is that less two points.
HELDOUT_FLOOR = 0.954


def test_heldout_share_is_reported(capsys):
    if not (HELDOUT_DIR / "expected.json").is_file():
        pytest.skip(f"{HELDOUT_DIR} is not here")
    scores = score_dir(HELDOUT_DIR)
    assert len(scores) >= 6 and sum(len(s.checks) for s in scores) >= 100   # a real set
    failed = _failed_checks(scores)
    share = overall(scores)
    with capsys.disabled():
        print(f"\n== plans-heldout (tuned on since round 2): {share * 100:.1f} % of checks pass\n"
              f"{table(scores, verbose=True)}")
    below = f"held-out share {share * 100:.1f} % below the floor {HELDOUT_FLOOR * 100:.1f} %"
    assert share >= HELDOUT_FLOOR, below + "\n" + "\n".join(failed)


FRESH_DIR = CORPUS_DIR.parent / "plans-fresh"
# Fresh plans (tests/data/plans-fresh/README.md): the second never-tuned set. First scored at 85.1 %
# (137/161, main at 881ca40, 2026-11-30; tests/data/plans-fresh/BASELINE.md), 86.3 % (139/161) at
# main af47791 with the same answers. Since round 3 the parser IS tuned on them (the never-tuned set
# is now tests/data/plans-unseen): round 3 reaches 100 % (166/166); the floor is that less two points.
FRESH_FLOOR = 0.98


def test_fresh_share_is_reported(capsys):
    if not (FRESH_DIR / "expected.json").is_file():
        pytest.skip(f"{FRESH_DIR} is not here")
    scores = score_dir(FRESH_DIR)
    assert len(scores) >= 8 and sum(len(s.checks) for s in scores) >= 100   # a real set
    failed = _failed_checks(scores)
    share = overall(scores)
    with capsys.disabled():
        print(f"\n== plans-fresh (tuned on since round 3): {share * 100:.1f} % of checks pass\n"
              f"{table(scores, verbose=True)}")
    below = f"fresh share {share * 100:.1f} % below the floor {FRESH_FLOOR * 100:.1f} %"
    assert share >= FRESH_FLOOR, below + "\n" + "\n".join(failed)


UNSEEN_DIR = CORPUS_DIR.parent / "plans-unseen"
# Unseen plans (tests/data/plans-unseen/README.md): the third never-tuned set, now that the parser is
# tuned on plans-fresh too. Never tune the parser on them. First scored at 84.5 % (82/97, main at
# 14f36e2, 2026-11-30; tests/data/plans-unseen/BASELINE.md). This floor is that share less two
# points, only so a regression shows; the lead raises it.
UNSEEN_FLOOR = 0.825


def test_unseen_share_is_reported(capsys):
    if not (UNSEEN_DIR / "expected.json").is_file():
        pytest.skip(f"{UNSEEN_DIR} is not here")
    scores = score_dir(UNSEEN_DIR)
    assert len(scores) >= 8 and sum(len(s.checks) for s in scores) >= 90   # a real set
    failed = _failed_checks(scores)
    share = overall(scores)
    with capsys.disabled():
        print(f"\n== unseen (never tuned on): {share * 100:.1f} % of checks pass\n{table(scores, verbose=True)}")
    below = f"unseen share {share * 100:.1f} % below the floor {UNSEEN_FLOOR * 100:.1f} %"
    assert share >= UNSEEN_FLOOR, below + "\n" + "\n".join(failed)

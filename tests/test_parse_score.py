"""The parser scored against hand-written answers: the development set (../shared/plans-dev),
the corpus (tests/data/plans), the first held-out plans (tests/data/plans-heldout, a tuning set
since round 2 of the parser work), the fresh plans (tests/data/plans-fresh, tuned on since round
3), the unseen plans (tests/data/plans-unseen, tuned on since round 4), the next plans
(tests/data/plans-next, tuned on since round 5), the local plans (tests/data/plans-local, tuned on
since round 5), the more plans (tests/data/plans-more, tuned on since round 6), the final plans
(tests/data/plans-final, tuned on since round 7) and the last plans (tests/data/plans-last, never tuned on; each
set's status is in SCORED_SETS): shares reported,
only a floor asserted. See tests/parse_score.py."""

from __future__ import annotations

import pytest
from parse_score import CORPUS_DIR, DEV_DIR, overall, score_dir, table

SETS = {"dev": DEV_DIR, "corpus": CORPUS_DIR}

# The share of checks each set must keep. corpus: 95.8 % on its first thirteen plans; the nine
# plans added for issue 10 (c06–c08, p01–p05, s05) scored 84.8 % before any parser change for them,
# the whole corpus 91.4 % (466/510, main at 2ba080b, 2026-11-30; tests/data/plans/BASELINE.md).
# After the parser work on issue 10 (branch parser, with the title checks it added: before 89.7 %
# corpus / 94.9 % dev, after 98.1 % / 97.9 %) the floors sit just under what it reaches.
# corpus 97.0 % after round 31: answers aligned to the units ruling, which the shipped parser (sentence reader off)
# does not read yet
FLOORS = {"dev": 0.97, "corpus": 0.965}


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


# The sets scored once before the parser was tuned on them (each its README.md and BASELINE.md).
# The first held-out plans (plans-heldout) scored 71.4 % before any parser change for issue 10
# (105/147, main at 2ba080b) and 71.0 % after round 1, which was tuned on other plans (110/155 with
# the title checks, main at 881ca40). Since round 2 the parser IS tuned on them; round 2 reaches
# 97.4 % (151/155).
# Fresh plans (plans-fresh), the second never-tuned set: first 85.1 % (137/161, main at 881ca40),
# 86.3 % (139/161) at main af47791 with the same answers. Since round 3 the parser IS tuned on
# them: round 3 reaches 100 % (166/166).
# Unseen plans (plans-unseen), the third never-tuned set: first 84.5 % (82/97, main at 14f36e2), the
# same at e81f46b after round 3. Since round 4 the parser IS tuned on them (by the parser helper
# only): round 4 reaches 100 % (97/97).
# Next plans (plans-next), the fourth never-tuned set (province, city and State Council plans): first
# scored at 73.2 % (153/209, main at d487b93; the same at af2e7af), 78.5 % (164/209) at 1167800 after
# round 4, still never tuned on. Since round 5 the parser IS tuned on them (by the parser2 helper
# only): round 5 reaches 100 % (209/209).
# Local plans (plans-local: a street, towns, counties, districts), the fifth never-tuned set. First
# scored at 57.6 % (80/139, main at af2e7af) on its first twelve plans; with three more, scored once
# each, 65.2 % (120/184, the same main); 66.3 % (122/184) at 1167800 and fb4a3b9 after round 4, still
# never tuned on. Since round 5 the parser IS tuned on them (by the parser3 helper only): round 5
# reaches 99.5 % (183/184).
# More plans (plans-more: flattened task tables, a bureau, a province department, a handling plan,
# plans dense with figures), the sixth never-tuned set, built by corpusC: never tune the parser on them.
# First scored at 77.4 % (206/266, main at 1167800; the same at 1d1d0d5); with two more, scored once
# each, 78.8 % (227/288, main at 1d1d0d5; the same at b7eac5c); 79.9 % (230/288) at ae91416, with
# one transcription mistake in an answer corrected (its BASELINE.md says which and why); the same,
# 79.9 %, at 9a16c2a, still never tuned on. Since round 6 the parser IS tuned on them (by the parser4
# helper only): round 6 reaches 100 % (288/288).
# Final plans (plans-final: twenty plans of any level and style, taken as the searches returned them),
# the never-tuned set of round 6, built by corpusD: never tune the parser on them. Scored once at
# 80.8 % (215/266, main at 9a16c2a); 89.1 % (237/266) at aa378a9 (parser2's and parser3's round-5
# changes); 89.8 % (239/266) at 859f22d and 78044ab (parser4's, robust2's round 6); no answer changed (its
# BASELINE.md has the figures and the failure classes); 89.8 % at 4cd06b3, its last never-tuned figure.
# Since round 7 the parser IS tuned on them (by the parser5 helper only): round 7 reaches 97.0 % (258/266).
# Last plans (plans-last: page openings taken as the searches returned them, and two whole Shanghai documents),
# the last never-tuned set of the session, built by corpusE: never tune the parser on them. First scored at
# 58.3 % (268/460, main at 859f22d; the same, every check, at 78044ab and 4cd06b3). Its BASELINE.md lists
# the classes. 58.3 % at 4d3c957, its last never-tuned figure. Since round 8 the parser IS tuned on them (by the
# parser6 helper only): round 8 reaches 76.7 % (353/460); round 9 (parser8, the remaining classes) 97.6 % (449/460).
# Whole plans (plans-whole: six whole Shanghai plan documents in document text, from 4.7 to 27.6 KB, one with a
# flattened 附件 task table), the never-tuned set of round 8, built by corpusF: never tune the parser on them.
# Scored once at 72.0 % (291/404) with the parser of 4d3c957, the same, every check, at main 17a4502 (only the
# scorer's unit folding changed in between). Its BASELINE.md lists the classes. Since round 9 the parser IS tuned
# on them (by the parser7 helper only): round 9 reaches 100 % (407/407).
# Next whole plans (plans-next2: six whole Shanghai plan documents in document text, two districts and four city
# plans, one with a task table after its body and no 附件 line, one with two attachments), the never-tuned set of
# round 9, built by corpusG: never tune the parser on them. Scored once at 78.6 % (298/379) with the parser of
# main 5246dc1, the same, every check, at main 7a1c093. Its BASELINE.md lists the classes. Since round 10 the parser
# IS tuned on them (by the parser9 helper only): round 10 reaches 100 % (380/380).
# Next plans 3 (plans-next3: twenty-four page openings of plans from outside Shanghai, province to street and
# departments, taken as the searches returned them), the never-tuned set of round 9, built by corpusH. Scored once
# at 80.9 % (212/262) at main 0683334, the same, every check, at main 5246dc1 and a801389. Tuned on from round 10
# by parser10: 98.1 % (257/262); its BASELINE.md lists the classes and what was fixed.
# Next whole plans 4 (plans-next4: six whole town and street plans), the never-tuned set of round 10, built by
# corpusI: 86.9 % (312/359) never tuned. Tuned on from round 11 by parser11: 99.7 % (358/359); see its BASELINE.md.
# Next plans 6 (plans-next6: one whole district plan with a 39-row task table, seven page openings outside
# Shanghai), the never-tuned set of round 11, built by corpusK: 93.5 % (287/307) never tuned. Tuned on from round 12
# by parser13: 99.7 % (306/307); see its BASELINE.md.
# Next whole plans 7 (plans-next7: six whole district and district-bureau plans), the never-tuned set of round 12,
# built by corpusL: 95.4 % (251/263) at main afe57bc, 5440c14 and 352477a. Tuned on from round 15 by parser17:
# 100 % (263/263); its BASELINE.md says what was fixed.
# Next plans 8 (plans-next8: ten whole Shanghai plans, five city and five district, three with task tables),
# the never-tuned set of round 12, built by corpusM: 83.6 % (489/585) at main afe57bc, the same at 5bdb70c.
# Tuned on from round 13 by parser14: 98.1 % (574/585); its BASELINE.md lists the classes and what was fixed.
# Next plans 9 (plans-next9: nine whole plans, seven city-level and two district), the never-tuned set of
# round 12, built by corpusN: 96.9 % (587/606) at main f56f5e4 and fa863d1 (the first eight 96.4 % at c6c541b);
# never tune the parser on them.
# Next plans 10 (plans-next10: ten whole city-level documents, two plans and eight task notices), built by
# corpusO in round 13 and NOT scored by its builder: scored first by the lead after all round 12–13 parser work,
# 95.6 % (496/519). Tuned on from round 15 by parser17: 97.3 % (505/519); two classes left, convention
# questions the tuned sets answer the other way (its BASELINE.md).
# Next plans 11 (plans-next11: 25 page openings from outside Shanghai, province to county, the State Council and
# a ministry), built by corpusP in round 13 and NOT scored by its builder: scored first by the lead after all round
# 12–13 parser work, 79.5 % (178/224); tuned on from round 14 by parser15 (93.8 %, 210/224).
# Next plans 12 (plans-next12: nine page openings of town, township, district and school plans from outside
# Shanghai), built by corpusQ in round 14 without any score and scored first by the lead after round 14's parser
# work: 87.7 % (128/146). Tuned on from round 15 by parser16: 100 % (146/146); its BASELINE.md lists what was fixed.
# Next plans 14 (plans-next14: ten whole Shanghai documents, five city and five district), built blind by corpusS in
# round 15 and scored first by the lead after round 15: 78.6 % (475/604). Tuned on from round 16 by parser19:
# 94.4 % (572/606); its BASELINE.md lists what was fixed.
# Round 15's blind sets plans-next13 (87.6 %, 106/121), plans-next15 (93.2 %, 136/146) and plans-next16
# (92.2 %, 471/511), scored first by the lead after round 15, are tuned on from round 16 by parser20:
# 88.4 % (107/121), 95.2 % (139/146) and 98.2 % (502/511); each BASELINE.md notes what was fixed.
# Each floor is the latest share less two points, only so a regression shows; the lead raises it.
SCORED_SETS = [
    # directory, what it is now, floor, at least this many plans and checks
    ("plans-heldout", "tuned on since round 2", 0.923, 6, 147),
    ("plans-fresh", "tuned on since round 3", 0.98, 8, 161),
    ("plans-unseen", "tuned on since round 4 (never tuned: 84.5 %)", 0.949, 8, 92),
    ("plans-next", "tuned on since round 5 (never tuned: 73.2 %)", 0.98, 15, 201),
    ("plans-local", "tuned on since round 5 (never tuned: 65.2 %)", 0.975, 12, 179),
    ("plans-more", "tuned on since round 6 (never tuned: 77.4 %)", 0.98, 15, 267),
    ("plans-final", "tuned on since round 7 (never tuned: 89.8 %)", 0.972, 15, 261),
    ("plans-last", "tuned on since round 8 (never tuned: 58.3 %)", 0.956, 17, 452),
    ("plans-whole", "tuned on since round 9 (never tuned: 72.0 %)", 0.975, 6, 402),
    # (min checks 375 → 345: Round 68 rulings, Tasks turned — n06's 基本原则／工作目标／范围定义 samples dropped,
    # 380 → 348)
    ("plans-next2", "tuned on since round 10 (never tuned: 78.6 %)", 0.98, 6, 345),
    ("plans-next3", "tuned on since round 10 (never tuned: 80.9 %)", 0.972, 20, 251),
    # (min checks 354 → 335: Round 78 rulings, Tasks and counts governs — w01's scope, definition and closing samples
    # and w04's closing samples dropped, 359 → 335)
    ("plans-next4", "tuned on since round 11 (never tuned: 86.9 %)", 0.966, 6, 335),
    ("plans-next5", "tuned on since round 11 (never tuned: 74.8 %)", 0.961, 24, 256),
    ("plans-next6", "tuned on since round 12 (never tuned: 93.5 %)", 0.965, 8, 310),
    ("plans-next7", "tuned on since round 15 (never tuned: 95.4 %)", 0.98, 6, 258),
    ("plans-next8", "tuned on since round 13 (never tuned: 83.6 %)", 0.977, 10, 580),
    ("plans-next9", "never tuned on (answers aligned to the conventions by reading, no parser run, in round 32: "
     "95.0 % after; 94.9 %, 575/606, after round 34's parser work — one check fewer)", 0.945, 9, 600),
    ("plans-next10", "tuned on since round 15 (never tuned: 95.6 %)", 0.974, 10, 514),
    ("plans-next11", "tuned on since round 14 (never tuned: 79.5 %)", 0.967, 25, 219),
    ("plans-next12", "tuned on since round 15 (never tuned: 87.7 %)", 0.98, 9, 141),
    ("plans-next13", "tuned on since round 16 (never tuned: 87.6 %)", 0.939, 12, 116),
    ("plans-next14", "tuned on since round 16 (never tuned: 78.6 %)", 0.95, 10, 605),
    ("plans-next15", "tuned on since round 16 (never tuned: 93.2 %)", 0.959, 11, 141),
    ("plans-next16", "tuned on since round 16 (never tuned: 92.2 %)", 0.949, 10, 500),
    ("plans-next17", "tuned on since round 17 (never tuned: 95.4 %)", 0.953, 6, 254),
    ("plans-next18", "tuned on since round 17 (never tuned: 72.4 %)", 0.98, 12, 82),
    ("plans-next19", "tuned on since round 18 (never tuned: 89.9 %)", 0.966, 6, 64),
    ("plans-next20", "tuned on since round 19 (never tuned: 87.3 %)", 0.944, 1, 50),
    ("plans-next21", "tuned on since round 20 (never tuned: 85.5 %)", 0.964, 6, 247),
    ("plans-next22", "tuned on since round 20 (never tuned: 80.0 %)", 0.98, 12, 106),
    ("plans-next23", "tuned on since round 20 (never tuned: 88.5 %; parser output seen once before)", 0.967, 12, 74),
    ("plans-next24", "tuned on since round 20 (never tuned: 90.3 %)", 0.965, 6, 328),
    # (min checks 264 → 258: Round 68 rulings, Tasks turned — x25_02's 基本原则 samples 二/1, 二/4 dropped, 269 → 261)
    ("plans-next25", "tuned on since round 20 (never tuned: 87.8 %)", 0.961, 6, 258),
    ("plans-next26", "tuned on since round 21 (never tuned: 79.5 %)", 0.98, 12, 78),
    ("plans-next27", "tuned on since round 21 (never tuned: 95.3 %)", 0.963, 4, 231),
    ("plans-next28", "tuned on since round 22 (never tuned: 86.7 %)", 0.98, 12, 85),
    ("plans-next29", "tuned on since round 22 (never tuned: 83.9 %)", 0.948, 2, 119),
    ("plans-next30", "tuned on since round 23 (never tuned: 90.4 %)", 0.964, 5, 256),
    ("plans-next31", "tuned on since round 23 (never tuned: 81.8 %)", 0.928, 12, 72),
    ("plans-next32", "tuned on since round 23 (never tuned: 91.1 %)", 0.969, 4, 265),
    ("plans-next33", "tuned on since round 23 (never tuned: 99.5 %)", 0.971, 4, 213),
    ("plans-next34", "tuned on since round 23 (never tuned: 86.7 %)", 0.98, 9, 108),
    # (min checks 244 → 210: Round 78 rulings, Tasks and counts governs — x35_01's scope, definition and closing
    # samples dropped, 246 → 210)
    ("plans-next35", "tuned on since round 23 (never tuned: 83.8 %)", 0.945, 4, 210),
    ("plans-next36", "tuned on since round 23 (never tuned: 80.8 %)", 0.905, 3, 150),
    # min checks 246 → 243: "Round 83 rulings, written early" (Tasks and counts, governs; aligned by align83) — x37_02
    # 三/（二）/7 dropped, a catch-all 「完成领导交办的其他…」 last line is text
    # min checks 243 → 239: "Round 84 rulings" (Tasks and counts, governs, p61a-1; aligned by rul84) —
    # x37_02 三/（一）/9 「完成…委托或指派的其他法律事务」 dropped, a catch-all last line is text
    ("plans-next37", "tuned on since round 24 (never tuned: 95.2 %)", 0.952, 4, 239),
    ("plans-next38", "tuned on since round 24 (never tuned: 93.7 %)", 0.98, 12, 74),
    # (min checks 127 → 115: Round 78 rulings, Tasks and counts governs — x39_03's scope samples
    # 一/（一）–（四） dropped, 132 → 115)
    ("plans-next39", "tuned on since round 24 (never tuned: 100 %)", 0.965, 4, 115),
    ("plans-next40", "tuned on since round 25 (never tuned: 67.4 %)", 0.954, 4, 298),
    # (min checks 120 → 113: Round 78 rulings, Tasks and counts governs — x41_03's scope list
    # 四/（一）（三） and closing 六/（五） dropped, 125 → 113)
    ("plans-next41", "tuned on since round 25 (never tuned: 96.0 %)", 0.964, 4, 113),
    ("plans-next42", "tuned on since round 25 (never tuned: 81.6 %)", 0.931, 12, 98),
    ("plans-next43", "tuned on since round 25 (never tuned: 73.0 %)", 0.951, 12, 135),
    ("plans-next44", "tuned on since round 25 (never tuned: 79.1 %)", 0.935, 4, 107),
    ("plans-next45", "tuned on since round 25 (never tuned: 74.4 %)", 0.946, 12, 171),
    ("plans-next46", "tuned on since round 25 (never tuned: 95.2 %)", 0.955, 4, 156),
    # Round 79 (decided, aligned by rul80): x47_01 七/3 (a repeal) no task, its sample's four checks dropped
    # (157 → 153) — 98.0 % after the alignment
    ("plans-next47", "tuned on since round 25 (never tuned: 94.8 %)", 0.915, 4, 153),
    ("plans-next48", "tuned on since round 25 (never tuned: 76.6 %)", 0.919, 12, 192),
    ("plans-next49", "tuned on since round 25 (never tuned: 79.2 %)", 0.92, 4, 111),
    ("plans-next50", "tuned on since round 25 (never tuned: 73.4 %)", 0.946, 4, 171),
    ("plans-next51", "tuned on since round 25 (never tuned: 68.9 %)", 0.863, 12, 192),
    ("plans-next52", "tuned on since round 26 (never tuned: 84.2 %)", 0.935, 4, 172),
    # min checks 403 → 399: "Round 84 rulings" (Tasks and counts, governs, p61a-1; aligned by rul84) —
    # x53_03 第六条/(十三) 「法律、法规、规章规定的其他消防工作职责」 dropped, a catch-all last line is text
    ("plans-next53", "tuned on since round 26 (never tuned: 71.7 %)", 0.951, 4, 399),
    ("plans-next54", "tuned on since round 26 (never tuned: 98.3 %)", 0.963, 4, 112),
    ("plans-next55", "tuned on since round 26 (never tuned: 98.0 %)", 0.975, 4, 200),
    ("plans-next56", "tuned on since round 26 (never tuned: 52.2 %)", 0.966, 3, 64),
    ("plans-next57", "tuned on since round 26 (never tuned: 61.4 %)", 0.866, 5, 162),
    ("plans-next58", "tuned on since round 26 (never tuned: 91.7 %)", 0.948, 4, 149),   # 152 checks since conv26
    ("plans-next59", "tuned on since round 26 (never tuned: 85.3 %)", 0.947, 4, 122),   # 123 checks since conv26
    ("plans-next60", "tuned on since round 27 (never tuned: 91.7 %)", 0.963, 4, 416),
    ("plans-next61", "tuned on since round 27 (never tuned: 85.8 %)", 0.949, 4, 256),
    ("plans-next62", "tuned on since round 27 (never tuned: 96.0 %)", 0.965, 4, 270),
    # (min checks 197 → 188: Round 78 rulings, Tasks and counts governs — x63_01 7.3.1 and x63_03 6.7 (interpretation,
    # entry into force) dropped, 197 → 188)
    ("plans-next63", "tuned on since round 27 (never tuned: 84.8 %)", 0.951, 4, 188),  # Round 72: 总则 samples dropped
    ("plans-next64", "tuned on since round 27 (never tuned: 87.8 %)", 0.975, 4, 198),
    ("plans-next65", "tuned on since round 27 (never tuned: 98.9 %)", 0.969, 4, 167),
    # min checks 167 → 164: "Round 82 rulings" (a 职责分工 section is one task, p60c-1; aligned by align83) — x66_01
    # 三's three samples merged into one, 三
    ("plans-next66", "tuned on since round 27 (never tuned: 68.6 %)", 0.963, 8, 164),
    ("plans-next67", "tuned on since round 27 (never tuned: 93.8 %)", 0.955, 4, 75),
    ("plans-next68", "tuned on since round 28 (never tuned: 97.3 %)", 0.967, 4, 221),
    ("plans-next69", "tuned on since round 28 (never tuned: 96.9 %)", 0.955, 4, 158),
    ("plans-next70", "tuned on since round 28 (never tuned: 84.8 %)", 0.929, 4, 153),
    ("plans-next71", "tuned on since round 28 (never tuned: 77.5 %)", 0.892, 4, 155),
    ("plans-next72", "tuned on since round 28 (never tuned: 77.8 %)", 0.886, 4, 207),
    ("plans-next73", "tuned on since round 28 (never tuned: 65.0 %)", 0.961, 4, 152),
    ("plans-next74", "tuned on since round 28 (never tuned: 83.1 %)", 0.845, 8, 84),
    ("plans-next75", "tuned on since round 28 (never tuned: 100.0 %)", 0.98, 3, 30),
    ("plans-next76", "tuned on since round 29 (never tuned: 96.6 %)", 0.963, 4, 113),
    ("plans-next77", "tuned on since round 29 (never tuned: 93.1 %)", 0.898, 4, 129),
    ("plans-next78", "tuned on since round 29 (never tuned: 95.6 %)", 0.961, 4, 153),
    ("plans-next79", "tuned on since round 29 (never tuned: 97.9 %)", 0.952, 4, 140),
    ("plans-next80", "tuned on since round 29 (never tuned: 97.1 %)", 0.98, 4, 133),
    # (min checks 235 → 212: Round 78 rulings, Tasks and counts governs — x81_01's and x81_03's scope, breach-list and
    # closing samples dropped, 235 → 212)
    ("plans-next81", "tuned on since round 29 (never tuned: 88.8 %)", 0.948, 4, 212),
    ("plans-next82", "tuned on since round 29 (never tuned: 67.0 %)", 0.952, 8, 104),
    ("plans-next83", "tuned on since round 29 (never tuned: 90.0 %)", 0.98, 1, 5),
    ("plans-next84", "tuned on since round 30 (never tuned: 88.8 %)", 0.972, 4, 120),
    ("plans-next85", "tuned on since round 30 (never tuned: 83.5 %)", 0.929, 4, 113),
    ("plans-next86", "tuned on since round 30 (never tuned: 86.2 %)", 0.98, 4, 52),
    ("plans-next87", "tuned on since round 30 (never tuned: 94.6 %)", 0.971, 4, 106),
    # (min checks 149 → 145: Round 78 rulings, Tasks and counts governs — x88_03's scope sample 一/1 dropped, 149 → 145)
    ("plans-next88", "tuned on since round 30 (never tuned: 80.7 %)", 0.936, 4, 145),   # round 36: 197
    # (min checks 161 → 154: Round 78 rulings, Tasks and counts governs — x89_01's scope, breach-list and closing
    # samples dropped, 166 → 154)
    ("plans-next89", "tuned on since round 30 (never tuned: 88.2 %)", 0.944, 4, 154),
    ("plans-next90", "tuned on since round 30 (never tuned: 83.7 %)", 0.964, 8, 118),
    ("plans-next91", "tuned on since round 31 (never tuned: 75.2 % as shipped, 77.0 % reader on)", 0.946, 4, 112),
    # Round 75 (turned, aligned by rul75): x92_04 二、支持政策 the scheme's terms, samples
    # 二/（二）/1/（2）, 二/（四） dropped (162 → 156)
    ("plans-next92", "tuned on since round 31 (never tuned: 91.7 % as shipped, 94.6 % reader on)", 0.968, 4, 156),
    ("plans-next93", "tuned on since round 31 (never tuned: 87.5 % as shipped, 88.5 % reader on)", 0.961, 4, 99),
    ("plans-next94", "tuned on since round 31 (never tuned: 86.6 % as shipped, 87.8 % reader on)", 0.895, 4, 76),
    ("plans-next95", "tuned on since round 31 (never tuned: 90.5 % as shipped, 91.4 % reader on)", 0.939, 4, 190),
    ("plans-next96", "tuned on since round 31 (never tuned: 78.3 % as shipped, 80.7 % reader on)", 0.937, 4, 206),
    ("plans-next97", "tuned on since round 31 (never tuned: 80.7 % as shipped, 83.3 % reader on)", 0.91, 8, 109),
    ("plans-next98", "tuned on since round 32 (never tuned: 90.7 % as shipped, 90.7 % reader on)", 0.954, 4, 71),
    ("plans-next99", "tuned on since round 32 (never tuned: 84.7 % as shipped, 87.0 % reader on)", 0.912, 4, 172),
    ("plans-next100", "tuned on since round 32 (never tuned: 96.5 % as shipped, 96.5 % reader on)", 0.945, 4, 196),
    ("plans-next101", "tuned on since round 32 (never tuned: 88.1 % as shipped, 88.1 % reader on)", 0.899, 4, 185),
    ("plans-next102", "tuned on since round 32 (never tuned: 51.6 % as shipped, 52.2 % reader on)", 0.758, 8, 157),
    ("plans-next103", "tuned on since round 32 (never tuned: 76.1 % as shipped, 78.3 % reader on)", 0.904, 8, 127),
    ("plans-next104", "tuned on since round 33 (never tuned: 92.7 % reader on, as shipped)", 0.956, 4, 77),
    ("plans-next105", "tuned on since round 33 (never tuned: 94.1 % reader on, as shipped)", 0.98, 4, 130),
    ("plans-next106", "tuned on since round 33 (never tuned: 92.4 % reader on, as shipped)", 0.904, 8, 100),
    # Round 75 (turned, aligned by rul75): x107_01 二/（二） rate lines the scheme's terms, two samples
    # dropped (285 → 276)
    ("plans-next107", "tuned on since round 33 (never tuned: 91.2 % reader on, as shipped)", 0.962, 5, 276),
    ("plans-next108", "tuned on since round 33 (never tuned: 59.4 %)", 0.574, 4, 96),
    ("plans-next109", "tuned on since round 33 (never tuned: 76.2 %)", 0.875, 4, 100),
    ("plans-next110", "tuned on since round 33 (never tuned: 83.5 %)", 0.815, 4, 110),
    ("plans-next111", "tuned on since round 33 (never tuned: 93.0 %)", 0.91, 8, 110),
    ("plans-next112", "tuned on since round 33 (never tuned: 89.6 %)", 0.876, 5, 129),
    ("plans-next113", "tuned on since round 33 (never tuned: 90.1 %)", 0.881, 4, 118),   # round 36: 123
    ("plans-next114", "tuned on since round 33 (never tuned: 91.1 %)", 0.891, 5, 118),
    ("plans-next115", "tuned on since round 33 (never tuned: 50.6 %)", 0.486, 8, 82),
    ("plans-next116", "tuned on since round 34 (never tuned: 90.5 %)", 0.885, 4, 132),
    ("plans-next117", "tuned on since round 34 (never tuned: 88.9 %)", 0.868, 4, 121),
    ("plans-next118", "tuned on since round 34 (never tuned: 91.0 %)", 0.889, 4, 117),
    ("plans-next119", "tuned on since round 34 (never tuned: 69.8 %)", 0.677, 4, 91),
    ("plans-next120", "tuned on since round 34 (never tuned: 53.1 %)", 0.51, 8, 142),
    ("plans-next121", "tuned on since round 34 (never tuned: 75.9 %)", 0.738, 8, 82),
    ("plans-next122", "tuned on since round 34 (never tuned: 87.9 %)", 0.859, 4, 112),
    ("plans-next123", "tuned on since round 34 (never tuned: 87.1 %)", 0.851, 4, 96),
    ("plans-next124", "tuned on since round 35 (never tuned: 89.6 %)", 0.876, 4, 129),
    ("plans-next125", "tuned on since round 35 (never tuned: 67.5 %)", 0.655, 4, 115),
    ("plans-next126", "tuned on since round 35 (never tuned: 74.3 %)", 0.723, 8, 108),
    ("plans-next127", "tuned on since round 35 (never tuned: 65.6 %)", 0.636, 8, 91),
    ("plans-next128", "tuned on since round 35 (never tuned: 85.8 %)", 0.838, 4, 101),
    ("plans-next129", "tuned on since round 35 (never tuned: 78.6 %)", 0.766, 4, 93),
    ("plans-next130", "tuned on since round 35 (never tuned: 82.8 %)", 0.808, 4, 117),
    ("plans-next131", "tuned on since round 35 (never tuned: 62.6 %)", 0.606, 8, 118),
    ("plans-next132", "tuned on since round 36 (never tuned: 78.5 %)", 0.765, 4, 139),
    ("plans-next133", "tuned on since round 36 (never tuned: 79.1 %)", 0.771, 4, 105),
    ("plans-next134", "tuned on since round 36 (never tuned: 82.2 %)", 0.802, 4, 85),
    ("plans-next135", "tuned on since round 36 (never tuned: 44.6 %)", 0.426, 4, 78),
    ("plans-next136", "tuned on since round 36 (never tuned: 87.5 %)", 0.855, 4, 123),
    ("plans-next137", "tuned on since round 36 (never tuned: 71.5 %)", 0.695, 8, 118),
    ("plans-next138", "tuned on since round 36 (never tuned: 68.5 %)", 0.665, 8, 122),
    ("plans-next139", "tuned on since round 36 (never tuned: 71.4 %)", 0.694, 8, 142),
    ("plans-next140", "tuned on since round 37 (never tuned: 78.3 %)", 0.763, 4, 133),
    ("plans-next141", "tuned on since round 37 (never tuned: 81.9 %)", 0.799, 4, 122),
    ("plans-next142", "tuned on since round 37 (never tuned: 81.3 %)", 0.793, 4, 118),
    ("plans-next143", "tuned on since round 37 (never tuned: 89.0 %)", 0.87, 4, 83),
    ("plans-next144", "tuned on since round 37 (never tuned: 63.4 %)", 0.614, 4, 129),
    ("plans-next145", "tuned on since round 37 (never tuned: 86.5 %)", 0.845, 8, 91),
    ("plans-next146", "tuned on since round 37 (never tuned: 52.1 %)", 0.501, 8, 114),
    ("plans-next147", "tuned on since round 37 (never tuned: 62.6 %)", 0.606, 8, 118),
    ("plans-next148", "tuned on since round 38 (never tuned: 86.7 %)", 0.847, 4, 153),
    ("plans-next149", "tuned on since round 38 (never tuned: 74.0 %)", 0.72, 4, 91),
    ("plans-next150", "tuned on since round 38 (never tuned: 81.6 %)", 0.796, 4, 98),
    ("plans-next151", "tuned on since round 38 (never tuned: 85.0 %)", 0.83, 4, 108),
    ("plans-next152", "tuned on since round 38 (never tuned: 68.9 %)", 0.669, 8, 85),
    ("plans-next153", "tuned on since round 38 (never tuned: 89.0 %)", 0.87, 8, 86),
    ("plans-next154", "tuned on since round 38 (never tuned: 69.5 %)", 0.675, 8, 123),
    ("plans-next155", "tuned on since round 38 (never tuned: 77.2 %)", 0.752, 8, 96),
    ("plans-next156", "tuned on since round 39 (never tuned: 93.9 %)", 0.919, 4, 127),
    ("plans-next157", "tuned on since round 39 (never tuned: 88.5 %)", 0.865, 4, 91),
    ("plans-next158", "tuned on since round 39 (never tuned: 82.8 %)", 0.808, 4, 94),
    ("plans-next159", "tuned on since round 39 (never tuned: 87.0 %)", 0.85, 4, 118),
    ("plans-next160", "tuned on since round 39 (never tuned: 60.1 %)", 0.581, 8, 138),
    ("plans-next161", "tuned on since round 39 (never tuned: 80.6 %)", 0.786, 8, 93),
    # min checks 119 → 115: "Round 84 rulings" (Tasks and counts, turned, p61d-1; aligned by rul84) —
    # x162_02 三/(一), 三/(二) dropped, the scheme's terms for applicants read as x314_09 (the same text)
    ("plans-next162", "tuned on since round 39 (never tuned: 83.1 %)", 0.811, 8, 115),
    ("plans-next163", "tuned on since round 39 (never tuned: 74.2 %)", 0.722, 8, 119),
    ("plans-next164", "tuned on since round 40 (never tuned: 54.2 %)", 0.522, 4, 113),
    # min checks 135 → 117: "Round 92 rulings" (Tasks and counts, governs, p65d-1; aligned by rul92) — x165_02's
    # attached 细则 (附件4) not counted: its four samples and one duty dropped (140 → 122 checks)
    ("plans-next165", "tuned on since round 40 (never tuned: 76.4 %)", 0.744, 4, 117),
    ("plans-next166", "tuned on since round 40 (never tuned: 85.6 %)", 0.836, 4, 134),
    ("plans-next167", "tuned on since round 40 (never tuned: 88.8 %)", 0.868, 4, 120),
    ("plans-next168", "tuned on since round 40 (never tuned: 80.6 %)", 0.785, 8, 103),
    ("plans-next169", "tuned on since round 40 (never tuned: 56.1 %)", 0.54, 8, 102),
    ("plans-next170", "tuned on since round 40 (never tuned: 83.8 %)", 0.817, 8, 112),
    # min checks 131 → 127: "Round 88 rulings" (Tasks and counts, governs, p63e-1; aligned by rul88) — x171_03 三/3
    # 「对公路养护责任」 dropped, a cut noun fragment prints no verb of work (round 71)
    ("plans-next171", "tuned on since round 40 (never tuned: 86.8 %)", 0.847, 8, 127),
    ("plans-next172", "tuned on from round 42 (never tuned: 96.1 %)", 0.941, 4, 102),
    ("plans-next173", "tuned on from round 42 (never tuned: 73.9 %)", 0.719, 4, 115),
    ("plans-next174", "tuned on from round 42 (never tuned: 95.0 %)", 0.91, 3, 100),
    ("plans-next175", "tuned on from round 42 (never tuned: 85.6 %)", 0.836, 4, 118),
    ("plans-next176", "tuned on from round 42 (never tuned: 58.7 %; answers aligned after it)", 0.567, 8, 71),
    ("plans-next177", "tuned on from round 42 (never tuned: 81.4 %; answers aligned after it)", 0.794, 8, 115),
    ("plans-next178", "tuned on from round 42 (never tuned: 70.6 %; answers aligned after it)", 0.662, 8, 85),
    ("plans-next179", "tuned on from round 42 (never tuned: 78.7 %)", 0.767, 8, 141),
    ("plans-next180", "tuned on from round 43 (never tuned: 93.8 %)", 0.918, 4, 81),
    ("plans-next181", "tuned on from round 43 (never tuned: 87.2 %)", 0.82, 4, 117),
    ("plans-next182", "tuned on from round 43 (never tuned: 90.3 %)", 0.883, 4, 124),
    ("plans-next183", "tuned on from round 43 (never tuned: 86.1 %)", 0.841, 4, 151),
    ("plans-next184", "tuned on from round 43 (never tuned: 90.5 %)", 0.885, 8, 105),
    ("plans-next185", "tuned on from round 43 (never tuned: 86.2 %)", 0.842, 8, 112),
    ("plans-next186", "tuned on from round 43 (never tuned: 52.1 %)", 0.501, 8, 96),
    ("plans-next187", "tuned on from round 43 (never tuned: 74.0 %)", 0.72, 8, 104),
    ("plans-next188", "tuned on from round 44 (never tuned: 86.1 %)", 0.841, 4, 144),
    ("plans-next189", "tuned on from round 44 (never tuned: 73.0 %)", 0.71, 4, 122),
    ("plans-next190", "tuned on from round 44 (never tuned: 90.3 %)", 0.834, 4, 103),  # al44: −5/103 (Round 44)
    ("plans-next191", "tuned on from round 44 (never tuned: 87.4 %)", 0.854, 4, 143),
    ("plans-next192", "tuned on from round 44 (never tuned: 74.6 %)", 0.726, 7, 63),
    ("plans-next193", "tuned on from round 44 (never tuned: 74.5 %)", 0.725, 8, 110),
    ("plans-next194", "tuned on from round 44 (never tuned: 77.3 %)", 0.753, 8, 88),
    ("plans-next195", "tuned on from round 44 (never tuned: 85.2 %)", 0.832, 8, 122),
    ("plans-next196", "tuned on from round 44, third wave (never tuned: 86.4 %)", 0.844, 4, 140),
    # Round 75 (turned, aligned by rul75): x197_03 二/（一）（二） the scheme's terms, two samples dropped (152 → 143)
    ("plans-next197", "tuned on from round 44, third wave (never tuned: 82.9 %)", 0.809, 4, 143),
    ("plans-next198", "tuned on from round 44, third wave (never tuned: 82.9 %)", 0.809, 4, 117),
    ("plans-next199", "tuned on from round 44, third wave (never tuned: 84.7 %)", 0.827, 4, 131),
    ("plans-next200", "tuned on from round 44, third wave (never tuned: 71.1 %)", 0.691, 8, 76),
    ("plans-next201", "tuned on from round 44, third wave (never tuned: 92.5 %)", 0.905, 8, 80),
    ("plans-next202", "tuned on from round 44, third wave (never tuned: 80.7 %)", 0.787, 8, 88),
    ("plans-next203", "tuned on from round 44, third wave (never tuned: 84.9 %)", 0.829, 8, 119),
    ("plans-next204", "tuned on from round 46 (never tuned: 73.3 %)", 0.713, 4, 120),
    ("plans-next205", "tuned on from round 46 (never tuned: 84.2 %)", 0.822, 4, 133),
    ("plans-next206", "tuned on from round 46 (never tuned: 90.7 %)", 0.887, 4, 140),
    ("plans-next207", "tuned on from round 46 (never tuned: 87.0 %)", 0.850, 4, 146),
    ("plans-next208", "tuned on from round 46 (never tuned: 79.0 %)", 0.770, 8, 138),
    ("plans-next209", "tuned on from round 46 (never tuned: 77.2 %)", 0.752, 8, 79),
    ("plans-next210", "tuned on from round 46 (never tuned: 80.9 %)", 0.789, 8, 94),
    ("plans-next211", "tuned on from round 46 (never tuned: 57.1 %)", 0.551, 8, 91),
    ("plans-next212", "tuned on from round 47 (never tuned: 79.5 %)", 0.775, 4, 83),
    ("plans-next213", "tuned on from round 47 (never tuned: 92.8 %)", 0.908, 4, 153),
    ("plans-next214", "tuned on from round 47 (never tuned: 90.1 %)", 0.880, 4, 117),
    ("plans-next215", "tuned on from round 47 (never tuned: 76.9 %)", 0.748, 4, 134),
    ("plans-next216", "tuned on from round 47 (never tuned: 48.6 %)", 0.465, 8, 107),
    ("plans-next217", "tuned on from round 47 (never tuned: 91.8 %)", 0.898, 8, 110),
    ("plans-next218", "tuned on from round 47 (never tuned: 70.7 %)", 0.687, 8, 99),
    ("plans-next219", "tuned on from round 47 (never tuned: 79.5 %)", 0.775, 8, 83),
    ("plans-next220", "tuned on from round 47's second wave (never tuned: 87.3 %)", 0.853, 4, 150),
    ("plans-next221", "tuned on from round 47's second wave (never tuned: 64.7 %)", 0.627, 4, 136),
    ("plans-next222", "tuned on from round 47's second wave (never tuned: 71.2 %)", 0.692, 8, 111),
    ("plans-next223", "tuned on from round 47's second wave (never tuned: 85.6 %)", 0.836, 4, 145),
    ("plans-next224", "tuned on from round 47's second wave (never tuned: 79.2 %)", 0.772, 4, 178),
    ("plans-next225", "tuned on from round 47's second wave (never tuned: 69.9 %)", 0.679, 4, 186),
    ("plans-next226", "tuned on from round 47's second wave (never tuned: 92.8 %)", 0.908, 8, 111),
    # min checks 114 → 110: "Round 88 rulings" (Tasks and counts, governs, p63e-1; aligned by rul88) — x227_07 四/(二)
    # 「在广播、电视、报刊、网络等媒」 dropped, a cut line with no verb of work (round 71)
    ("plans-next227", "tuned on from round 47's second wave (never tuned: 81.6 %)", 0.796, 8, 110),
    ("plans-next228", "tuned on from round 48's second wave (never tuned: 95.2 %)", 0.932, 4, 124),
    ("plans-next229", "tuned on from round 48's second wave (never tuned: 81.0 %)", 0.790, 4, 153),
    ("plans-next230", "tuned on from round 48's second wave (never tuned: 79.9 %)", 0.779, 8, 149),
    ("plans-next231", "tuned on from round 48's second wave (never tuned: 68.8 %)", 0.668, 8, 112),
    ("plans-next232", "tuned on from round 48's second wave (never tuned: 86.5 %)", 0.845, 4, 141),
    ("plans-next233", "tuned on from round 48's second wave (never tuned: 91.7 %)", 0.897, 4, 157),
    ("plans-next234", "tuned on from round 48's second wave (never tuned: 87.0 %)", 0.850, 8, 123),
    ("plans-next235", "tuned on from round 48's second wave (never tuned: 73.2 %)", 0.712, 8, 112),
    ("plans-next236", "tuned on from round 49's second wave (never tuned: 94.4 %)", 0.924, 4, 124),
    ("plans-next237", "tuned on from round 49's second wave (never tuned: 87.4 %)", 0.854, 4, 190),
    ("plans-next238", "tuned on from round 49's second wave (never tuned: 84.4 %)", 0.824, 8, 128),
    ("plans-next239", "tuned on from round 49's second wave (never tuned: 85.7 %)", 0.837, 4, 126),
    ("plans-next240", "tuned on from round 49's second wave (never tuned: 87.5 %)", 0.855, 4, 144),
    ("plans-next241", "tuned on from round 49's second wave (never tuned: 89.5 %)", 0.875, 8, 124),
    ("plans-next242", "tuned on from round 49's second wave (never tuned: 83.5 %)", 0.815, 8, 103),
    ("plans-next243", "tuned on from round 49's second wave (never tuned: 89.3 %)", 0.873, 4, 150),
    ("plans-next244", "tuned on from round 50's second wave (never tuned: 79.0 %)", 0.770, 4, 81),
    ("plans-next245", "tuned on from round 50's second wave (never tuned: 95.0 %)", 0.929, 8, 119),
    ("plans-next246", "tuned on from round 50's second wave (never tuned: 64.2 %)", 0.622, 4, 190),
    ("plans-next247", "tuned on from round 50's second wave (never tuned: 89.5 %)", 0.875, 4, 143),
    ("plans-next248", "tuned on from round 50's second wave (never tuned: 81.9 %)", 0.799, 4, 142),
    ("plans-next249", "tuned on from round 50's second wave (never tuned: 87.8 %)", 0.857, 8, 147),
    ("plans-next250", "tuned on from round 50's second wave (never tuned: 81.9 %)", 0.799, 6, 105),
    ("plans-next251", "tuned on from round 51's second wave (never tuned: 97.8 %)", 0.957, 4, 134),
    ("plans-next252", "tuned on from round 51's second wave (never tuned: 87.4 %)", 0.854, 4, 151),
    ("plans-next253", "tuned on from round 51's second wave (never tuned: 63.9 %)", 0.619, 8, 147),
    ("plans-next254", "tuned on from round 51's second wave (never tuned: 86.3 %)", 0.843, 4, 146),
    ("plans-next255", "tuned on from round 51's second wave (never tuned: 92.2 %)", 0.901, 8, 115),
    ("plans-next256", "tuned on from round 51's second wave (never tuned: 96.4 %)", 0.944, 8, 140),
    ("plans-next257", "tuned on from round 52's second wave (never tuned: 85.4 %)", 0.834, 4, 103),
    ("plans-next258", "tuned on from round 52's second wave (never tuned: 79.1 %)", 0.770, 8, 192),
    ("plans-next259", "tuned on from round 52's second wave (never tuned: 81.9 %)", 0.798, 4, 138),
    ("plans-next260", "tuned on from round 52's second wave (never tuned: 92.8 %)", 0.907, 8, 152),
    ("plans-next261", "tuned on from round 52's second wave (never tuned: 93.7 %)", 0.916, 8, 189),
    ("plans-next262", "tuned on from round 53's second wave (never tuned: 89.2 %)", 0.872, 4, 139),
    ("plans-next263", "tuned on from round 53's second wave (never tuned: 71.1 %)", 0.690, 8, 173),
    ("plans-next264", "tuned on from round 53's second wave (never tuned: 83.4 %)", 0.814, 4, 145),
    ("plans-next265", "tuned on from round 53's second wave (never tuned: 66.1 %)", 0.641, 8, 118),
    ("plans-next266", "tuned on from round 53's second wave (never tuned: 82.1 %)", 0.800, 7, 117),
    ("plans-next267", "tuned on from round 53's second wave (never tuned: 86.5 %)", 0.844, 4, 155),
    ("plans-next268", "tuned on from round 54's second wave (never tuned: 90.3 %)", 0.882, 4, 144),
    ("plans-next269", "tuned on from round 54's second wave (never tuned: 78.6 %)", 0.765, 8, 154),
    ("plans-next270", "tuned on from round 54's second wave (never tuned: 82.7 %)", 0.806, 4, 150),
    ("plans-next271", "tuned on from round 54's second wave (never tuned: 89.3 %)", 0.873, 8, 122),
    ("plans-next272", "tuned on from round 54's second wave (never tuned: 65.1 %)", 0.631, 8, 172),
    ("plans-next273", "tuned on from round 54's second wave (never tuned: 63.0 %)", 0.609, 4, 135),
    ("plans-next274", "tuned on from round 55's wave (never tuned: 79.5 %)", 0.774, 4, 127),
    ("plans-next275", "tuned on from round 55's wave (never tuned: 92.0 %)", 0.899, 8, 137),
    ("plans-next276", "tuned on from round 55's wave (never tuned: 86.7 %)", 0.846, 4, 158),
    ("plans-next277", "tuned on from round 55's wave (never tuned: 91.8 %)", 0.897, 8, 122),
    ("plans-next278", "tuned on from round 55's wave (never tuned: 62.4 %)", 0.603, 8, 109),
    ("plans-next279", "tuned on from round 55's wave (never tuned: 82.8 %)", 0.807, 4, 198),
    ("plans-next280", "tuned on from round 56's wave (never tuned: 83.0 %)", 0.809, 4, 147),
    ("plans-next281", "tuned on from round 56's wave (never tuned: 89.9 %)", 0.878, 3, 149),
    ("plans-next282", "tuned on from round 56's wave (never tuned: 85.6 %)", 0.835, 8, 111),
    ("plans-next283", "tuned on from round 56's wave (never tuned: 65.2 %)", 0.631, 8, 115),
    ("plans-next284", "tuned on from round 56's wave (never tuned: 91.7 %)", 0.896, 4, 193),
    ("plans-next285", "tuned on from round 56's wave (never tuned: 83.0 %)", 0.809, 3, 200),
    ("plans-next286", "tuned on from round 57's wave (never tuned: 91.9 %)", 0.898, 4, 197),
    # Round 70 (turned, aligned by rul73): x287_03 三 one task of fields, due 2026-07-31 — 85.9 % after the alignment
    ("plans-next287", "tuned on from round 57's wave (never tuned: 89.0 %)", 0.858, 3, 127),
    ("plans-next288", "tuned on from round 57's wave (never tuned: 71.1 %)", 0.69, 8, 121),
    ("plans-next289", "tuned on from round 57's wave (never tuned: 82.5 %)", 0.804, 8, 126),
    # Round 70 (turned, aligned by rul73): x290_03 第十三条 no task, its sample's five checks dropped (161 → 156)
    ("plans-next290", "tuned on from round 57's wave (never tuned: 85.1 %)", 0.83, 4, 156),
    ("plans-next291", "tuned on from round 57's wave (never tuned: 86.9 %)", 0.848, 4, 191),
    ("plans-next292", "tuned on from round 58's wave (never tuned: 87.7 %)", 0.856, 4, 138),
    # Round 74 (turned, aligned by rul76): x293_01 2.1 no task, its sample's four checks dropped (175 → 172 with the
    # not-target pair of x293_03 四/（二）/2 and x293_04 四/（四）/10's deadline)
    ("plans-next293", "tuned on from round 58's wave (never tuned: 93.1 %)", 0.91, 4, 172),
    # Round 74 (turned, aligned by rul76): x294_01 三 no task, its sample's three checks dropped (109 → 107 with
    # x294_08 三/(一)'s deadline)
    ("plans-next294", "tuned on from round 58's wave (never tuned: 81.7 %)", 0.795, 9, 107),
    ("plans-next295", "tuned on from round 58's wave (never tuned: 76.5 %)", 0.743, 5, 51),
    ("plans-next296", "tuned on from round 58's wave (never tuned: 94.3 %)", 0.921, 3, 87),
    # Round 74 (turned, governs; aligned by rul76): x297_01 五、13. [项目户管单位, 镇规建办], five undated duties
    # and x297_04 三、(六)1、's band checked as not targets — 90.6 % after the alignment (153 → 160 checks)
    ("plans-next297", "tuned on from round 58's wave (never tuned: 92.8 %)", 0.905, 4, 160),
    # Round 74 continued (turned, aligned by rul76): x298_02 四 names its units, so 一、三 (总体要求 and
    # 工作目标 naming none) are no tasks, their samples' eight checks dropped (58 → 50)
    ("plans-next298", "tuned on from round 58's wave (never tuned: 79.3 %)", 0.772, 3, 50),
    # min checks 185 → 181: "Round 80 rulings" (decided, p59a-1) — x299_02 第十一条/（二） dropped, a ban to the public
    ("plans-next299", "tuned on from round 59's wave (never tuned: 83.8 %)", 0.817, 4, 181),
    # Round 77 (decided, aligned by rul80): x300_02 (一)(二)'s start with no end checked as no deadline (123 → 125
    # checks) — 73.6 % after the alignment
    ("plans-next300", "tuned on from round 59's wave (never tuned: 74.8 %)", 0.727, 8, 125),
    ("plans-next301", "tuned on from round 59's wave (never tuned: 90.3 %)", 0.882, 4, 134),
    # Round 77 (decided, aligned by rul80): x302_01 二、's 不低于1:1 checked as a target ("1:1", 比例; 141 → 142
    # checks) — 84.5 % after the alignment
    ("plans-next302", "tuned on from round 59's wave (never tuned: 85.1 %)", 0.83, 5, 142),
    # min checks 123 → 115: "Round 80 rulings" (turned, p59d-1) — x303_04 一 and x303_06 一 dropped (aims points)
    ("plans-next303", "tuned on from round 59's wave (never tuned: 60.2 %)", 0.581, 8, 115),
    ("plans-next304", "tuned on from round 59's wave (never tuned: 85.8 %)", 0.837, 4, 190),
    ("plans-next305", "tuned on from round 60's wave (never tuned: 83.0 %)", 0.809, 4, 194),
    ("plans-next306", "tuned on from round 60's wave (never tuned: 75.6 %)", 0.735, 8, 127),
    ("plans-next307", "tuned on from round 60's wave (never tuned: 86.9 %)", 0.848, 4, 168),
    # min checks 137 → 133: "Round 81 rulings, written early" (turned, aligned by align81) — x308_04 二/(三) dropped,
    # a standard's state is text
    ("plans-next308", "tuned on from round 60's wave (never tuned: 86.9 %)", 0.848, 11, 133),
    # min checks 200 → 196: "Round 81 rulings, written early" (turned, aligned by align81) — x309_03 四、 dropped,
    # a point that only moves money is the scheme's terms
    ("plans-next309", "tuned on from round 60's wave (never tuned: 91.0 %)", 0.889, 4, 196),
    # min checks 156 → 157: "Round 81 rulings, written early" (decided, aligned by align81) — x310_03 第十一条's
    # 「一般为2年」 checked as not a target
    ("plans-next310", "tuned on from round 60's wave (never tuned: 86.5 %)", 0.844, 4, 157),
    # min checks 168 → 165: "Round 92 rulings" (Tasks and counts, governs, p65d-2; aligned by rul92) — x311_02
    # 第二十三条 one task, its 「监督检查包括以下内容：」 lines the check's scope: the （二） sample dropped, 1 次 added
    ("plans-next311", "tuned on from round 61's wave (never tuned: 77.4 %)", 0.753, 4, 165),
    ("plans-next312", "tuned on from round 61's wave (never tuned: 82.4 %)", 0.803, 9, 125),
    ("plans-next313", "tuned on from round 61's wave (never tuned: 87.1 %)", 0.850, 4, 186),
    # min checks 138 → 130: "Round 83 rulings, written early" (turned, aligned by align83) — x314_11 二/(一)/1
    # dropped (a composition) and 二/(二) dropped (its three items numbered inside one line are the leaves)
    ("plans-next314", "tuned on from round 61's wave (never tuned: 85.5 %)", 0.834, 11, 130),
    # min checks 193 → 194: "Round 83 rulings, written early" (turned, aligned by align83) — x315_01 第十一条's
    # 定期 提供 a sending, its rhythm a duty checked
    ("plans-next315", "tuned on from round 61's wave (never tuned: 71.5 %)", 0.694, 4, 194),
    ("plans-next316", "tuned on from round 61's wave (never tuned: 96.0 %)", 0.939, 3, 151),
    ("plans-next317", "tuned on from round 62's wave (never tuned: 89.3 %)", 0.872, 4, 197),
    # min checks 112 → 68: "Round 85 rulings, written early" (turned, aligned by align85) — x318_07 二's rate lines are
    # the scheme's terms, no tasks (nine samples dropped, seven plan targets checked); floor 0.818 → 0.700: the set's
    # checks changed, and the parser its first score was taken on passes 72.1 % (49/68) of the aligned set — the floor
    # is that share − 0.021, as every blind set's is (the first score, 83.9 % of 112, stands in the status)
    ("plans-next318", "tuned on from round 62's wave (never tuned: 83.9 %)", 0.700, 7, 68),
    # min checks 124 → 125: "Round 85 rulings, written early" (turned, aligned by align85) — x319_02 三/1's daily
    # transmission to the platform checked as a duty
    ("plans-next319", "tuned on from round 62's wave (never tuned: 90.3 %)", 0.882, 4, 125),
    # min checks 123 → 124: "Round 85 rulings, written early" (decided, aligned by align85) — x320_09 八's
    # 「每个家庭有一本」 checked as a target 1 本
    ("plans-next320", "tuned on from round 62's wave (never tuned: 95.1 %)", 0.930, 10, 124),
    ("plans-next321", "tuned on from round 62's wave (never tuned: 90.3 %)", 0.882, 4, 154),
    # min checks 184 → 180: "Round 85 rulings, written early" (turned, aligned by align85) — x322_01 一、（五）/1
    # dropped, a hired site manager's job duties are none
    ("plans-next322", "tuned on from round 62's wave (never tuned: 93.5 %)", 0.914, 4, 180),
    ("plans-next323", "tuned on from round 63's wave (never tuned: 85.9 %)", 0.838, 4, 213),
    # min checks 101 → 95: "Round 87 rulings, written early" (turned, aligned by align87) — x324_03 三/(一)/1/(2)
    # and x324_06 三 dropped (a cut noun fragment, a manner of work: no tasks); x324_01 三/(二) dated 2023-12
    ("plans-next324", "tuned on from round 63's wave (never tuned: 83.2 %)", 0.811, 8, 95),
    # min checks 189 → 186: "Round 87 rulings, written early" (turned, aligned by align87) — x325_01 第二十五条
    # dropped, a general provision; x325_02 第十五条's 备案 an undated duty checked
    ("plans-next325", "tuned on from round 63's wave (never tuned: 91.0 %)", 0.889, 4, 186),
    # min checks 136 → 137: "Round 87 rulings, written early" (turned, aligned by align87) — x326_05's title
    # 「丁湖镇巡河工作具体要求」 from the site's reading bar checked
    ("plans-next326", "tuned on from round 63's wave (never tuned: 75.7 %)", 0.736, 10, 137),
    ("plans-next327", "tuned on from round 63's wave (never tuned: 86.8 %)", 0.847, 4, 159),
    # min checks 168 → 171: "Round 87 rulings, written early" (turned, aligned by align87) — x328_01 第十条's 备案
    # an undated duty, x328_04 四、（二）'s sendings yearly duties by 04-15 and 04-30, checked
    ("plans-next328", "tuned on from round 63's wave (never tuned: 79.2 %)", 0.771, 4, 171),
    ("plans-next329", "tuned on from round 64's wave (never tuned: 89.8 %)", 0.877, 4, 167),
    ("plans-next330", "tuned on from round 64's wave (never tuned: 64.7 %)", 0.626, 7, 85),
    # min checks 167 → 170: "Round 89 rulings, written early" (turned and decided, aligned by align89) — x331_01
    # 三、（四）'s 5 万元 a target, x331_04 第九条's two notices of results undated duties, checked
    ("plans-next331", "tuned on from round 64's wave (never tuned: 91.0 %)", 0.889, 4, 170),
    ("plans-next332", "tuned on from round 64's wave (never tuned: 71.6 %)", 0.695, 9, 134),
    ("plans-next333", "tuned on from round 64's wave (never tuned: 87.9 %)", 0.858, 4, 157),
    # min checks 166 → 167: "Round 89 rulings, written early" (turned, aligned by align89) — x334_03 第十三条（三）'s
    # accident report an undated duty, checked; x334_04 第五条 none → [责任人]
    ("plans-next334", "tuned on from round 64's wave (never tuned: 78.9 %)", 0.768, 4, 167),
    ("plans-next335", "tuned on from round 65's wave (never tuned: 89.5 %)", 0.874, 4, 190),
    ("plans-next336", "tuned on from round 65's wave (never tuned: 74.6 %)", 0.725, 8, 118),
    # min checks 184 → 188: "Round 91 rulings, written early" (turned, aligned by align91) — x337_02 二、（一）分级管理
    # a task [区国资委, 区管企业] (负责 on named bodies under a 原则 heading), a new sample checked
    ("plans-next337", "tuned on from round 65's wave (never tuned: 81.5 %)", 0.794, 4, 188),
    # min checks 165 → 166: "Round 91 rulings, written early" (turned, aligned by align91) — x338_06 一/(三)'s
    # 「15公分以內」 a target 15 公分 (以內 is 以内, round 32's list)
    ("plans-next338", "tuned on from round 65's wave (never tuned: 81.2 %)", 0.791, 9, 166),
    ("plans-next339", "tuned on from round 65's wave (never tuned: 87.2 %)", 0.851, 4, 188),
    ("plans-next340", "tuned on from round 65's wave (never tuned: 91.3 %)", 0.892, 4, 229),
    # min checks 210 → 211: "Round 93 rulings, written early" (turned, aligned by align93) — x341_04 第八条's
    # 「比例为1%」 a target 1 % (round 25's rates over round 30's norm)
    ("plans-next341", "tuned on from round 66's wave (never tuned: 91.4 %)", 0.893, 4, 211),
    ("plans-next342", "tuned on from round 66's wave (never tuned: 94.5 %)", 0.924, 7, 110),
    ("plans-next343", "tuned on from round 66's wave (never tuned: 93.9 %)", 0.917, 4, 180),
    ("plans-next344", "tuned on from round 66's wave (never tuned: 78.5 %)", 0.763, 10, 158),
    # min checks 218 → 224: "Round 93 rulings, written early" (turned and decided, aligned by align93) — x345_02
    # 第三条 分级负责 a task [市局, 局属各单位], a new sample checked; x345_03 第六条（二）'s 容积率 floors
    # targets 2, 3 (unit "")
    # min checks 224 → 228: "Round 94 rulings" (turned, aligned by rul94) — x345_02 第三条 全程管理 a task
    # [市局, 局属各单位], a new sample checked
    ("plans-next345", "tuned on from round 66's wave (never tuned: 88.1 %)", 0.859, 4, 228),
    # min checks 151 → 150: "Round 93 rulings, written early" (turned, aligned by align93) — x346_02 第七条（四）'s
    # 2 次 plan target → not_target (a line of a list of cases; 第七条 no task, so unchecked)
    ("plans-next346", "tuned on from round 66's wave (never tuned: 87.4 %)", 0.853, 3, 150),
    # min checks 206 → 209: "Round 95 rulings, written early" (turned, aligned by p67a) — x347_04 第五、八条's
    # three written notices of the approved and filed plans are undated duties; x347_02 第三条 lead
    # [生态环境部门] ([] accepted)
    # min checks 209 → 210: p67a — x347_02 第八条 is found now (its steps one task), so its not_target 24 位 is checked
    ("plans-next347", "tuned on from round 67's wave (never tuned: 91.3 %)", 0.892, 4, 210),
    # min checks 71 → 77: "Round 95 rulings, written early" (turned, aligned by p67b) — x348_02's lunar-dated days
    # read as 2015's (six deadlines checked: 1 03-06, 2 03-05, 3 03-03, 5 03-02, 7 03-10, 9 03-05);
    # x348_07's count 0 → 1
    ("plans-next348", "tuned on from round 67's wave (never tuned: 93.0 %)", 0.909, 8, 77),
    # min checks 212 → 212: "Round 95 rulings, written early" (turned, aligned by p67c) — x349_02 五、（二）
    # [各街道, 街道]; x349_02 七、（四） 牵头B、C: [居民区党组织, 居委会, 小区业委会]; x349_03 七、3
    # [相关行业主管部门] (old answers accepted)
    # min checks 212 → 214: p67c's case lines ending on the estate 「…的居住小区；」 — x349_02 七、（六） found, its
    # not_targets 2 次, 9 分 checked
    ("plans-next349", "tuned on from round 67's wave (never tuned: 89.6 %)", 0.875, 4, 214),
    # min checks 154 → 143: "Round 95 rulings, written early" (turned, aligned by p67d) — x350_03 二/2 responsible
    # [紧急应急分队] (各应急分队 a pointer); x350_03 三 装备保障 no task (sample dropped); x350_08 4、 text
    # (sample dropped)
    ("plans-next350", "tuned on from round 67's wave (never tuned: 57.8 %)", 0.557, 8, 143),
    ("plans-next351", "tuned on from round 67's wave (never tuned: 93.6 %)", 0.915, 4, 203),
    # min checks 153 → 154: "Round 95 rulings, written early" (turned, aligned by p67e) — x352_01 第五条 text (count 16,
    # 17 accepted); x352_02 第十条's real-time transmission an undated duty (checked); x352_02 第十一条's ±1‰ decided:
    # targets 1 ‰ and 5 ‰ as written
    ("plans-next352", "tuned on from round 67's wave (never tuned: 85.6 %)", 0.835, 3, 154),
    # (min checks 230 → 231: p68i — x353_03 第二十条 is found now (a licensed party's change), so its not_target 30日
    # is checked)
    ("plans-next353", "tuned on from round 68's wave (never tuned: 79.6 %)", 0.775, 4, 231),
    ("plans-next354", "tuned on from round 68's wave (never tuned: 85.5 %)", 0.834, 7, 69),
    # min checks 207 → 208: p68c's drawn-up standard's contents 「…制定…考评标准…。应包括但不限于以下内容：」 — x355_01
    # 五、（三） found, its not_target 1 个月 checked
    ("plans-next355", "tuned on from round 68's wave (never tuned: 79.7 %)", 0.776, 4, 208),
    # min checks 145 → 151: p68d's weighted work lines of an assessment (Round 97's governs on x356_03) — x356_03's six
    # samples found, their not_targets (the lines' 分 weights) checked
    ("plans-next356", "tuned on from round 68's wave (never tuned: 64.8 %)", 0.627, 8, 151),
    # min checks 197 → 193: "Round 97 rulings, written early" (turned, aligned by p68b) — x357_01 四/10 a pointer, text
    ("plans-next357", "tuned on from round 68's wave (never tuned: 93.4 %)", 0.913, 4, 193),
    # min checks 176 → 178: p68e — x358_03 第四条 is found now (its lists folded as the article's text), so its
    # not_targets 3 个月 and 6 个月 are checked
    ("plans-next358", "tuned on from round 68's wave (never tuned: 89.2 %)", 0.871, 3, 178),
    # min checks 237 → 238: p69a — x359_04 第十条 is found now (its lists of buildings the article's text), so its
    # not_target 5000 平方米 is checked
    ("plans-next359", "tuned on from round 69's wave (never tuned: 84.8 %)", 0.827, 4, 238),
    ("plans-next360", "tuned on from round 69's wave (never tuned: 81.6 %)", 0.795, 7, 98),
    ("plans-next361", "tuned on from round 69's wave (never tuned: 88.0 %)", 0.859, 3, 192),
    ("plans-next362", "tuned on from round 69's wave (never tuned: 90.1 %)", 0.880, 8, 151),
    # min checks 177 → 179: p69d — x363_02 五、（二） folded into one task, so its not_target 1公里 is checked, and
    # x363_04 三、 found, so its not_target 198 is
    ("plans-next363", "tuned on from round 69's wave (never tuned: 86.4 %)", 0.843, 4, 179),
    # min checks 149 → 148: "Round 99 rulings, written early" (turned, aligned by the lead in round 69) —
    # x364_01 第十六条's 移送 hands the case on, no duty; x361_02 第八条's 企业（园区） kept whole (count unchanged)
    ("plans-next364", "tuned on from round 69's wave (never tuned: 97.3 %)", 0.952, 3, 148),
    ("plans-next365", "tuned on from round 70's wave (never tuned: 91.4 %)", 0.893, 4, 255),
    # min checks 122 → 120: "Round 102 rulings, written early" (turned, aligned by p70e in round 70) — x366_01's four
    # 正月十五 deadlines checked (2015-03-05, +4), 六/3 responsible [文化馆]; x366_03 二/(一) one task of fields (−6)
    ("plans-next366", "tuned on from round 70's wave (never tuned: 82.0 %)", 0.799, 7, 120),
    # min checks 200 → 201: "Round 101 rulings, written early" (turned, aligned by p70c in round 70) — x367_01
    # 4.1.3 做好保密工作 a task naming none (count 31 → 32, 31 accepted); x367_02 2.2（8） the archive hand-over an
    # undated duty
    ("plans-next367", "tuned on from round 70's wave (never tuned: 70.5 %)", 0.684, 2, 201),
    # min checks 150 → 152: p70f — x368_08's quarter headings 「3、200*年7~9月」 read as items, so 3's not_targets
    # 60周年 and 78周年 are checked
    ("plans-next368", "tuned on from round 70's wave (never tuned: 83.3 %)", 0.812, 8, 152),
    ("plans-next369", "tuned on from round 70's wave (never tuned: 99.3 %)", 0.972, 2, 148),
    # min checks 198 → 200: p70a — the scorer binds x370_02's 6/① … 6/④ (a circled path's digit read as the （1）
    # level where the first words agree), so 6/④'s not_targets 2 级 and 3 级 are checked
    ("plans-next370", "tuned on from round 70's wave (never tuned: 64.6 %)", 0.625, 3, 200),
    # min checks 221 → 228: p71b — x371_02 第六、十六条 found as one task each, their not_targets 100/50/30 米 and the
    # fines checked
    ("plans-next371", "tuned on from round 71's wave (never tuned: 81.9 %)", 0.798, 3, 228),
    # min checks 101 → 102: p71c — x372_05's 一要, 二要 read as points (「会议要求,一要…」), so 二要's not_target
    # 24 小时 is checked; "Round 104 rulings, written early" (turned, aligned by p71c in round 71) moved x372_04's
    # path to 二 (count unchanged)
    ("plans-next372", "tuned on from round 71's wave (never tuned: 68.3 %)", 0.662, 7, 102),
    ("plans-next373", "tuned on from round 71's wave (never tuned: 100.0 %)", 0.979, 1, 71),
    ("plans-next374", "tuned on from round 71's wave (never tuned: 78.4 %)", 0.763, 8, 153),
    ("plans-next375", "tuned on from round 71's wave (never tuned: 88.1 %)", 0.86, 2, 218),
    ("plans-next376", "tuned on from round 71's wave (never tuned: 83.2 %)", 0.811, 3, 185),
]


@pytest.mark.parametrize("name, status, floor, min_plans, min_checks", SCORED_SETS,
                         ids=[s[0] for s in SCORED_SETS])
def test_scored_set_share_is_reported(capsys, name, status, floor, min_plans, min_checks):
    scores = score_dir(CORPUS_DIR.parent / name)
    assert len(scores) >= min_plans and sum(len(s.checks) for s in scores) >= min_checks   # a real set
    failed = _failed_checks(scores)
    share = overall(scores)
    # a never-tuned set prints its share only: its failing checks would tell whoever runs the suite what to tune
    tuned = status.startswith("tuned")
    with capsys.disabled():
        print(f"\n== {name} ({status}): {share * 100:.1f} % of checks pass\n{table(scores, verbose=tuned)}")
    below = f"{name} share {share * 100:.1f} % below the floor {floor * 100:.1f} %"
    assert share >= floor, below + ("\n" + "\n".join(failed) if tuned else "")

"""How well the review's doubt flags (``desktop.core.parse_doubts``) point at the parser's mistakes.

For each rule, over the tuned plan sets scored by ``tests/parse_score.py``:

* rows flagged — (the problems the review showed before: those that tint a row, see
  ``review_edits.tints_row``) the share of all parsed tasks the rule tints (keep it small: a table that is
  all tinted helps no one), and the share of the scored sample tasks it tints;
* checks caught — of the scorer's failed checks about one task (lead, responsible, target,
  deadline, not_target), the share that fall on a row the rule flags; of the failed ``found``
  checks (a task missing, usually run into another or dropped), the share whose opening words
  sit in a flagged row or in a line the rule names.

Two measurements: the parser as it is now (what is left on tuned sets), and each set parsed by
the parser as it was before it was tuned on that set (``BEFORE``: the errors a plan it has never
seen brings; the old parser is taken from git into a temporary directory and run in a
subprocess). Never reads the never-tuned sets (``NEVER_READ``)::

    PYTHONPATH=$PWD python tests/doubt_score.py            # both measurements
    PYTHONPATH=$PWD python tests/doubt_score.py --now      # the parser as it is now only
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_score import CORPUS_DIR, DEV_DIR, score_plan  # noqa: E402

from desktop.core import parse_doubts as D  # noqa: E402
from desktop.core.model import ParsedPlan, Task  # noqa: E402
from desktop.core.parse.normalise import compact  # noqa: E402
from desktop.core.parse.units import looks_like_unit  # noqa: E402
from desktop.core.review_edits import task_problems, tints_row  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
# each tuned set, and the last commit of main whose parser had never been tuned on it
BEFORE = {
    "plans-heldout": "881ca40", "plans-fresh": "881ca40", "plans-unseen": "e81f46b",
    "plans-next": "1167800", "plans-local": "1167800", "plans-more": "9a16c2a",
    "plans-final": "78044ab", "plans-last": "4d3c957", "plans-whole": "17a4502",
    "plans-next2": "7a1c093", "plans-next3": "5246dc1", "plans-next4": "f9bc85f",
    "plans-next5": "f9bc85f", "plans-next6": "f9bc85f", "plans-next8": "afe57bc",
    "plans-next11": "87dd253", "plans-next7": "ea2f5df", "plans-next10": "ea2f5df", "plans-next12": "ea2f5df",
    "plans-next13": "cdf5199", "plans-next14": "cdf5199", "plans-next15": "cdf5199", "plans-next16": "cdf5199",
    "plans-next17": "453fc18", "plans-next18": "453fc18", "plans-next19": "b688e4e",
    "plans-next20": "aab6cd5", "plans-next21": "ac82952", "plans-next22": "ac82952", "plans-next23": "ac82952",
    "plans-next24": "ac82952", "plans-next25": "ac82952", "plans-next26": "cab6774", "plans-next27": "cab6774",
    "plans-next28": "79cef1f", "plans-next29": "79cef1f",
    **dict.fromkeys([f"plans-next{n}" for n in range(30, 37)], "2d9fcde"),
    **dict.fromkeys([f"plans-next{n}" for n in range(37, 40)], "5fe1bf1"),
    **dict.fromkeys([f"plans-next{n}" for n in range(40, 52)], "c48c86d"),
    **dict.fromkeys([f"plans-next{n}" for n in range(52, 60)], "eea3aea"),
    **dict.fromkeys([f"plans-next{n}" for n in range(60, 68)], "52e149d"),
    **dict.fromkeys([f"plans-next{n}" for n in range(68, 76)], "422c7ad"),
    **dict.fromkeys([f"plans-next{n}" for n in range(76, 84)], "fe69cd4"),
    **dict.fromkeys([f"plans-next{n}" for n in range(84, 91)], "fa0bc8f"),
    **dict.fromkeys([f"plans-next{n}" for n in range(91, 98)], "546fdd9"),
    **dict.fromkeys([f"plans-next{n}" for n in range(98, 104)], "0e802fd"),
    **dict.fromkeys([f"plans-next{n}" for n in range(104, 108)], "f361a41"),
    **dict.fromkeys([f"plans-next{n}" for n in range(108, 116)], "d8e4fe16"),
    **dict.fromkeys([f"plans-next{n}" for n in range(116, 124)], "7ea1ddc8"),
    **dict.fromkeys([f"plans-next{n}" for n in range(124, 132)], "fb005d9e"),
    **dict.fromkeys([f"plans-next{n}" for n in range(132, 140)], "07c22725"),
    **dict.fromkeys([f"plans-next{n}" for n in range(140, 148)], "5b80bc70"),
    **dict.fromkeys([f"plans-next{n}" for n in range(148, 156)], "7be112c9"),
    **dict.fromkeys([f"plans-next{n}" for n in range(156, 164)], "bf280a67"),
    **dict.fromkeys([f"plans-next{n}" for n in range(164, 172)], "ba1218ef"),
    **dict.fromkeys([f"plans-next{n}" for n in range(172, 180)], "fbfd516a"),
    **dict.fromkeys([f"plans-next{n}" for n in range(180, 188)], "af81fe92"),
    **dict.fromkeys([f"plans-next{n}" for n in range(188, 196)], "a59d9e50"),
    **dict.fromkeys([f"plans-next{n}" for n in range(196, 204)], "317d8507"),
    **dict.fromkeys([f"plans-next{n}" for n in range(204, 212)], "e442cd08"),
    **dict.fromkeys([f"plans-next{n}" for n in range(212, 220)], "274f0967"),
    **dict.fromkeys([f"plans-next{n}" for n in range(220, 228)], "5ebe7b64"),
    **dict.fromkeys([f"plans-next{n}" for n in range(228, 236)], "e2d7df99"),
    **dict.fromkeys([f"plans-next{n}" for n in range(236, 244)], "3340d4e6"),
    **dict.fromkeys([f"plans-next{n}" for n in range(244, 251)], "8672999e"),
    **dict.fromkeys([f"plans-next{n}" for n in range(251, 257)], "4cec2e9b"),
    **dict.fromkeys([f"plans-next{n}" for n in range(257, 262)], "6f57c240"),
    **dict.fromkeys([f"plans-next{n}" for n in range(262, 268)], "d5c7afda"),
    **dict.fromkeys([f"plans-next{n}" for n in range(268, 274)], "36a15171"),
    **dict.fromkeys([f"plans-next{n}" for n in range(274, 280)], "09ea5521"),
    **dict.fromkeys([f"plans-next{n}" for n in range(280, 286)], "d6f5f9c7"),
    **dict.fromkeys([f"plans-next{n}" for n in range(286, 292)], "e778a649"),
    **dict.fromkeys([f"plans-next{n}" for n in range(292, 299)], "ab04910c"),
    **dict.fromkeys([f"plans-next{n}" for n in range(299, 305)], "0c3fc48c"),
    **dict.fromkeys([f"plans-next{n}" for n in range(305, 311)], "a8958b28"),
    **dict.fromkeys([f"plans-next{n}" for n in range(311, 317)], "82de0766"),
    **dict.fromkeys([f"plans-next{n}" for n in range(317, 323)], "5f8b040a"),
    **dict.fromkeys([f"plans-next{n}" for n in range(323, 329)], "380fe5d3"),
    **dict.fromkeys([f"plans-next{n}" for n in range(329, 335)], "e4021175"),
    **dict.fromkeys([f"plans-next{n}" for n in range(335, 341)], "d14fad22"),
    **dict.fromkeys([f"plans-next{n}" for n in range(341, 347)], "143d866a"),
    **dict.fromkeys([f"plans-next{n}" for n in range(347, 353)], "0deee7e8"),
    **dict.fromkeys([f"plans-next{n}" for n in range(353, 359)], "7b2c036f"),
    **dict.fromkeys([f"plans-next{n}" for n in range(359, 365)], "d10bc137"),
    **dict.fromkeys([f"plans-next{n}" for n in range(365, 371)], "95924b2d"),
    **dict.fromkeys([f"plans-next{n}" for n in range(371, 377)], "3236cef2"),
}
NEVER_READ = ("plans-next9", *(f"plans-next{n}" for n in range(377, 385)))    # never tuned (scored once)
ROW_KINDS = ("lead", "responsible", "target", "deadline", "not_target")


# -- rules tried and dropped (figures in desktop/core/parse_doubts.py): kept here so they can be
# measured again

def units_elsewhere(plan: ParsedPlan, task: Task) -> str | None:
    """Units read from a sentence that is not in the item itself and that gives units to other
    items too (a heading's units line, a units line after a run of items)."""
    if not (task.lead_units or task.responsible_units) or not task.source.strip():
        return None
    source = D.squash(task.source)
    if source in D.squash(task.text) or source in D.squash(task.title):
        return None
    if sum(D.squash(t.source) == source for t in plan.tasks) < 2:
        return None
    return f"units from {task.source[:20]}"


_NOT_UNIT_WORDS = re.compile(r"责任单位|牵头单位|配合单位|负责|推进|落实|开展|完成|加强|做好|组织|按照|根据|以上|以下")


def looks_odd_unit(plan: ParsedPlan, task: Task) -> str | None:
    """A unit name that does not look like one (the parser's ``looks_like_unit``) or holds a verb."""
    for name in [*task.lead_units, *task.responsible_units]:
        if re.search(r"负责|推进|落实|开展|完成|加强|做好|组织|按照|根据|以上|以下", name) or (
                not looks_like_unit(name) and len(name) > 6):
            return f"odd unit {name}"
    return None


_LEAD_WORD = re.compile(r"牵头单位|牵头部门|主办|[^，,、；;（(]{2,20}牵头[，,；;）)]|牵头[:：]")


def lead_word_unread(plan: ParsedPlan, task: Task) -> str | None:
    """The item names a lead (牵头单位, X牵头, 主办) and no lead unit was read."""
    m = None if task.lead_units else _LEAD_WORD.search(task.text + task.source)
    return f"lead word {m.group(0)}" if m else None


def target_fewer(plan: ParsedPlan, task: Task) -> str | None:
    """Two or more figures with a measure word more than targets read."""
    figures = set(D.figures(task.text))
    return "fewer targets" if len(figures) >= len(task.targets) + 2 else None


_YEAR = re.compile(r"(?<!截至)(?<!截止)(?:19|20)\d\d\s*年(?!以来|起)")


def year_no_deadline(plan: ParsedPlan, task: Task) -> str | None:
    """Any year in the item's text and no deadline read (looser than ``deadline_unread``)."""
    return "year, no deadline" if not task.deadline and _YEAR.search(task.text) else None


def no_units(plan: ParsedPlan, task: Task) -> str | None:
    """No unit read, even where no task of the plan has one."""
    return "no units" if not task.lead_units and not task.responsible_units else None


# -- lines of the source no task took -----------------------------------------------------------

_TASK_LINE = re.compile(r"^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[（(][一二三四五六七八九十]{1,3}[)）])"
                        r"|(?:牵头单位|责任单位)\s*[:：]")
_MARK_AT_START = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）])")


@dataclass
class Orphan:
    after: int          # index of the task before it (0 when before every task)
    line: str


def orphan_lines(plan: ParsedPlan) -> list[Orphan]:
    """Source lines that look like task lines (an item marker, ``牵头单位：``) between the first
    and the last task, whose words are in no task, heading or unit line the parser took."""
    if not plan.tasks or not plan.source_text:
        return []
    taken_parts = [D.squash(t.text) + "\n" + D.squash(t.source) + "\n" + D.squash(t.title) for t in plan.tasks]
    taken = "\n".join([*taken_parts, *(D.squash(h.title) for h in plan.headings)])
    lines = compact(plan.source_text).splitlines()
    squashed = [D.squash(line) for line in lines]
    # where each task starts in the source: the first line holding its text's opening words
    starts: list[int] = []
    at = 0
    for task in plan.tasks:
        head = D.squash(task.text)[:12] or D.squash(task.title)[:12]
        found = next((i for i in range(at, len(lines)) if head and head in squashed[i]), None)
        if found is None:
            found = next((i for i in range(len(lines)) if head and head in squashed[i]), at)
        starts.append(found)
        at = max(at, found)
    first, last = min(starts), max(starts)
    out: list[Orphan] = []
    for i in range(first + 1, last):
        line = squashed[i]
        if not line or not _TASK_LINE.search(lines[i]):
            continue
        words = _MARK_AT_START.sub("", line)[:8]
        if len(words) < 4 or words in taken:
            continue
        after = max((n for n, s in enumerate(starts) if s <= i), default=0, key=lambda n: (starts[n], n))
        out.append(Orphan(after, lines[i].strip()))
    return out


DROPPED = {"units_elsewhere": units_elsewhere, "looks_odd_unit": looks_odd_unit,
           "lead_word_unread": lead_word_unread, "target_fewer": target_fewer,
           "year_no_deadline": year_no_deadline, "no_units": no_units}


def tuned_sets() -> list[Path]:
    sets = [DEV_DIR, CORPUS_DIR, *(DATA / name for name in BEFORE)]
    assert not any(s.name in NEVER_READ for s in sets)
    return [s for s in sets if (s / "expected.json").is_file()]


def _dump_script() -> str:
    return ("import json, sys\n"
            "from desktop.core.parse import parse_text\n"
            "paths = json.loads(sys.stdin.read())\n"
            "print(json.dumps([parse_text(open(p, encoding='utf-8').read()).to_json() for p in paths],"
            " ensure_ascii=False))\n")


def parse_with(commit: str | None, paths: list[Path], cache: Path) -> list[ParsedPlan]:
    """The plans as the parser at ``commit`` reads them (None: this tree's parser, in-process)."""
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if commit is None:
        from desktop.core.parse import parse_text
        return [parse_text(t) for t in texts]
    tree = cache / commit
    if not (tree / "desktop").is_dir():
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "desktop"],
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", _dump_script()], input=json.dumps([str(p) for p in paths]),
                         capture_output=True, text=True, check=True, env=env, cwd=tree).stdout
    plans = [ParsedPlan.from_json(d) for d in json.loads(out)]
    for plan, text in zip(plans, texts, strict=True):
        plan.source_text = text
    return plans


@dataclass
class Tally:
    rows: int = 0
    sampled: int = 0
    flagged: int = 0
    flagged_sampled: int = 0
    row_failed: int = 0
    row_caught: int = 0
    found_failed: int = 0
    found_caught: int = 0
    caught_kinds: dict[str, list[int]] = field(default_factory=dict)

    def line(self, name: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}%" if b else "   — "
        return (f"{name:18s} rows {self.flagged:4d}/{self.rows:4d} {pct(self.flagged, self.rows)}"
                f"  sampled {pct(self.flagged_sampled, self.sampled)}"
                f"  row checks caught {self.row_caught:3d}/{self.row_failed:3d} {pct(self.row_caught, self.row_failed)}"
                f"  missing tasks caught {self.found_caught:2d}/{self.found_failed:2d}"
                f"  all {pct(self.row_caught + self.found_caught, self.row_failed + self.found_failed)}")


def _opening(sample: dict) -> str:
    return D.squash(sample["title_starts"])[:6]


def measure(sets: list[Path], before: bool, cache: Path) -> dict[str, Tally]:
    names = ["(existing problems)", *D.TASK_RULES, "(kept doubts)", "(existing + kept doubts)",
             *DROPPED, "orphan_lines"]
    tallies = {name: Tally() for name in names}
    for directory in sets:
        specs = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
        commit = BEFORE.get(directory.name) if before else None
        if before and commit is None:
            continue
        plans = parse_with(commit, [directory / s["file"] for s in specs], cache)
        for spec, plan in zip(specs, plans, strict=True):
            text = plan.source_text
            score = score_plan(spec, text, plan)
            existing = [[p for p in task_problems(plan, t, doubts=False) if tints_row(p)] for t in plan.tasks]
            per_rule = {name: D.plan_doubts(plan, {name: rule}) for name, rule in {**D.TASK_RULES, **DROPPED}.items()}
            orphans = orphan_lines(plan)
            per_rule["orphan_lines"] = [[o.line for o in orphans if o.after == i] for i in range(len(plan.tasks))]
            kept = D.plan_doubts(plan)
            per_rule["(kept doubts)"] = kept
            per_rule["(existing problems)"] = existing
            per_rule["(existing + kept doubts)"] = [a + b for a, b in zip(existing, kept, strict=True)]
            sampled = {c.row for c in score.checks if c.row is not None}
            samples = {"/".join(s["path"]): s for s in spec["samples"]}
            for name, flags in per_rule.items():
                t = tallies[name]
                flagged = {i for i, f in enumerate(flags) if f}
                t.rows += len(plan.tasks)
                t.sampled += len(sampled)
                t.flagged += len(flagged)
                t.flagged_sampled += len(flagged & sampled)
                named = "\n".join(D.squash(o.line) for o in orphans) if name == "orphan_lines" else ""
                for c in score.checks:
                    if c.passed:
                        continue
                    if c.kind in ROW_KINDS and c.row is not None:
                        t.row_failed += 1
                        hit = c.row in flagged
                        t.row_caught += hit
                        t.caught_kinds.setdefault(c.kind, [0, 0])
                        t.caught_kinds[c.kind][0] += hit
                        t.caught_kinds[c.kind][1] += 1
                    elif c.kind == "found":
                        t.found_failed += 1
                        opening = _opening(samples[c.what])
                        t.found_caught += bool(opening) and (opening in named or any(
                            opening in D.squash(plan.tasks[i].text) for i in flagged))
    return tallies


def report(title: str, tallies: dict[str, Tally]) -> str:
    lines = [f"== {title}"]
    for name, t in tallies.items():
        lines.append(t.line(name))
        kinds = "  ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(t.caught_kinds.items()))
        lines.append(f"{'':18s}   by kind: {kinds}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    sets = tuned_sets()
    with tempfile.TemporaryDirectory(prefix="doubt-parsers-") as tmp:
        cache = Path(os.environ.get("DOUBT_PARSERS", tmp))
        print(report("the parser now, tuned sets", measure(sets, False, cache)))
        if "--now" not in argv:
            print(report("each set parsed by the parser before it was tuned on it", measure(sets, True, cache)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

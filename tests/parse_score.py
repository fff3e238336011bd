"""Score the plan parser against hand-written expectations (``expected.json``).

Used by ``tests/test_parse_score.py`` and as a script to iterate on the parser::

    PYTHONPATH=$PWD python tests/parse_score.py            # dev set and tests/data/plans
    PYTHONPATH=$PWD python tests/parse_score.py -v DIR     # one set, every failed check listed

An ``expected.json`` is a list of plans written by a person reading the text (conventions in
``../shared/plans-dev/EXPECTED.md``). Every check is one of:

* ``title``     — the plan's title (the plan's own name where a notice issues it; see ``_title_ok``);
* ``count``     — the number of tasks is the leaf-task count (body, or body plus the rows of an
                  attached task table, or the leaves of the sections that hold tasks);
* ``found``     — a sample task is there (its numbers, or failing that its first words);
* ``lead`` / ``responsible`` — the sample's units (lead ⊆ responsible, as the document lists them);
* ``target``    — each expected ``{number, unit}`` of a sample is among the task's targets;
* ``deadline``  — the sample's resolved deadline (or none where the document names none);
* ``not_target`` — a quantity the document uses as a threshold or name is not taken for a target;
* ``plan_target`` — a plan-level figure is found somewhere in the plan;
* ``phase``     — each schedule phase, with its start and end month;
* ``duty``      — each reporting duty, with its rhythm or date where the document gives one.

Each check yields (passed, reason); a failed check always says why.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = ROOT.parent / "shared" / "plans-dev"
if not DEV_DIR.is_dir():
    DEV_DIR = Path("/work/shared/plans-dev")
CORPUS_DIR = ROOT / "tests" / "data" / "plans"

_CN = "一二三四五六七八九十百"


@dataclass
class Check:
    plan: str
    kind: str
    what: str
    passed: bool
    reason: str = ""
    row: int | None = None         # the index of the parsed task the check is about, if any
    # the answer is "none" (no unit, no deadline; a not_target; a 各…/有关… lead with nothing read),
    # whether the task is found or not: a check passed by reading nothing
    empty: bool = False


@dataclass
class PlanScore:
    file: str
    checks: list[Check] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(c.passed for c in self.checks)

    @property
    def share(self) -> float:
        return self.passed / len(self.checks) if self.checks else 1.0


# ㈠…㈩ stand for the （一） level they enclose (as the parser's normalise reads them): a sample's path 「四/㈠」 names
# the task numbered 四/一. (Circled and bracketed digits ① ⑴ stay heading text: where they sit depends on the line.)
_ENCLOSED = {chr(0x3220 + i): _CN[i] if i < 9 else "十" for i in range(10)}


def _num(part: str) -> str | None:
    """``（一）`` / ``(一)`` / ``一`` / ``1`` / ``（1）`` / ``㈠`` → the bare numeral; None for a heading text."""
    part = _ENCLOSED.get(part.strip(), part)
    bare = re.sub(r"^[（(]\s*|\s*[）)]$", "", part.strip()).rstrip("、.．")
    if re.fullmatch(rf"[{_CN}]+|\d+(?:\.\d+)*", bare):
        return bare
    # a decimal heading with its words 「4.5 信息发布」「5.4.1Ⅳ级应急响应」: the number it prints (round 57, p57c's
    # RULING? 1: such a path had no number and bound the first task holding its first words, another section's)
    if m := re.match(r"(\d+(?:\.\d+)+)\s*(?![\d.．])\S", part.strip()):
        return m.group(1)
    return None


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# a leading bracket heading 「【线索筛查】」 (an article's heading run in before its text:
# 「第九条【线索筛查】 赔偿权利人…」)
_BRACKET_HEAD = re.compile(r"^【[^【】]*】")


def _starts(task, title_starts: str) -> bool:
    """The task's first words are the sample's: its text, title or source and text, read as written, after a leading
    item number 「（一）」「1.」, or after a leading bracket heading 「【…】」 (Round 58 rulings, Titles: read after
    the bracket heading as after （…）)."""
    want = _squash(title_starts)[:6]
    for text in (task.text, task.title, task.source + task.text):
        got = re.sub(r"^[（(]?[\d一二三四五六七八九十]+[)）.、．]?", "", _squash(text))
        if _squash(text).startswith(want) or got.startswith(want) or _BRACKET_HEAD.sub("", got).startswith(want):
            return True
    return any(want[:4] in head[:14] for text in (task.text, task.title)
               for head in (_squash(text), _BRACKET_HEAD.sub("", _squash(text))))


def _article(part: str) -> int | None:
    """``第十五条（区级督查）`` / ``第二十四条 （有效期限）`` → 15 / 24: the number an article's label gives it
    (a text in traditional characters labels it 第N條: the same article)."""
    from desktop.core.parse.normalise import cn_to_int

    m = re.match(rf"第\s*([{_CN}零〇]+|\d+)\s*[条條]", part.strip())
    return cn_to_int(m.group(1)) if m else None


def _in_article(task, article: int) -> bool:
    """The task stands inside article ``article``: it is the article (numbered so), or its path holds the article
    (the article's label, or its number as the parser keeps it: 9/（一） for 第九条's （一）)."""
    if _article(f"第{task.number}条") == article:
        return True
    return any(_article(p) == article or re.fullmatch(r"\d+", p.strip()) and int(p) == article for p in task.path)


# the label a task's path opens with where the parser reads several documents or attachments under one cover
# (文件2 / 附件4 / 附件): Round 41, scorer
_DOC_LABEL = re.compile(r"(?:文件|附件)\s*[\dA-Za-z一二三四五六七八九十]*")


def documents(tasks: list) -> list[list]:
    """The parsed tasks split into the documents and attachments they stand in, in order: a new group wherever the
    label a task's path opens with (文件2 / 附件4 / 附件, or none: the body) changes, and, under one bare 附件
    label, wherever a table's rows are numbered from 1 again (two attachments numbered alike)."""
    groups: list[list] = []
    key: str | None = None
    for t in tasks:
        label = t.path[0] if t.path and _DOC_LABEL.fullmatch(t.path[0]) else ""
        again = label == key == "附件" and len(t.path) == 1 and str(t.number) == "1"
        if label != key or again:
            groups.append([])
            key = label
        groups[-1].append(t)
    return groups


class _Part:
    """One document's tasks, standing for the plan in ``find_task``."""

    def __init__(self, tasks: list) -> None:
        self.tasks = tasks


# a circled digit at a line's start the parser reads as the （1） level (``normalise._circled_lines``)
_CIRCLED = {chr(0x2460 + i): str(i + 1) for i in range(20)}


def _circled_task(plan, sample: dict, want: list[str]):
    """A path ending on a circled digit 「6/①」 names the task numbered 6/1 where the parser read ① at a line's start as
    that level and the task's first words are the sample's too (p70a: x370_02's 6/① bound by its tail 6 to the ⑥ items
    of 4.3 and 4.4 and was missed). The circled digit stays heading text otherwise (a run kept as written, ① inside a
    sentence: mapping it alone moved x163_01's and x171_05's checks, p55c). An article in the path 「第N条/①」 holds the
    candidates, as it does below (Round 58: its want is [], so a task numbered 1 elsewhere with the same first words
    would bind, rv70a); a 附件 path is left to the 附件 rule below."""
    last = sample["path"][-1].strip() if sample["path"] else ""
    if last not in _CIRCLED or sample["path"][0] == "附件":
        return None
    articles = [a for a in (_article(p) for p in sample["path"][:-1]) if a is not None]
    full = [*want, _CIRCLED[last]]
    hits = [t for t in plan.tasks if [n for n in (_num(p) for p in [*t.path, t.number]) if n is not None] == full
            and all(_in_article(t, a) for a in articles) and _starts(t, sample["title_starts"])]
    return hits[0] if len(hits) == 1 else None


def find_task(plan, sample: dict):
    """A sample with ``document`` N (1-based) is looked for among the tasks of the plan's N-th document or attachment
    only (``documents``): the second of two documents under one cover whose articles open alike, the second of two
    attachments numbered alike (Round 41, scorer). Without it, as below.

    The parsed task a sample means: same numbers (heading texts ignored), first words to break ties; a task
    matched by the tail of its numbers only (三/（四）/1 for 四/1) must have the sample's first words too.
    A path whose only number is an article's label (第三章 其他要求 / 第十五条（区级督查）) means the task of
    that article's number, wherever the parser has put it, where its first words are the sample's too or its
    title is the article's label (never the number alone: a wrong task numbered alike would pass); with no
    such task, the first task inside that article whose first words are the sample's (its items, its closing
    paragraph). A path that names an article (第N条, last or above an item) is matched only inside that article:
    no fallback by first words into another article or the plan at large — the sample's task is missing and fails
    (Round 58 rulings, Titles, decided; round 38: paths by first words only where no number stands)."""
    if "document" in sample:
        parts = documents(plan.tasks)
        n = int(sample["document"])
        rest = {k: v for k, v in sample.items() if k != "document"}
        return find_task(_Part(parts[n - 1]), rest) if 1 <= n <= len(parts) else None
    want = [n for n in (_num(p) for p in sample["path"]) if n is not None]
    if (circled := _circled_task(plan, sample, want)) is not None:
        return circled
    by_path = []
    article = _article(sample["path"][-1]) if not want and sample["path"] else None
    if article is not None:
        # the number alone binds to any task numbered alike (一、 of another chapter): the first words must hold
        # the article's own label in the path (第二十四条 （有效期限）) names it as its first words would
        label = _squash(re.sub(rf"^第\s*(?:[{_CN}零〇]+|\d+)\s*条", "", sample["path"][-1].strip()))
        numbered = [t for t in plan.tasks if _article(f"第{t.number}条") == article]
        found = next((t for t in numbered if _starts(t, sample["title_starts"])
                      or label and _squash(t.title) == label), None)
        titled = [t for t in plan.tasks if _in_article(t, article) and _starts(t, sample["title_starts"])]
        return found or (titled[0] if titled else None)
    # an article above the item (第十三条/（五）): only the tasks inside it are candidates (Round 58, decided)
    articles = [a for a in (_article(p) for p in sample["path"][:-1]) if a is not None]
    candidates = [t for t in plan.tasks if all(_in_article(t, a) for a in articles)]
    for t in candidates:
        have = [n for n in (_num(p) for p in [*t.path, t.number]) if n is not None]
        if have == want or (len(have) > len(want) and have[-len(want):] == want and sample["path"][0] != "附件"):
            by_path.append(t)
    if sample["path"][0] == "附件":
        by_path = [t for t in plan.tasks if t.path[:1] == ["附件"] and t.number == want[-1]]
    if len(by_path) == 1:
        # a path matched only by its tail (四/1 against 三/（四）/1) is another item's number unless its first words
        # are the sample's too: then the sample's own task was not made where its number says, and it is looked for
        # by its first words like a path the plan does not number
        only = by_path[0]
        exact = [n for n in (_num(p) for p in [*only.path, only.number]) if n is not None] == want
        if exact or sample["path"][0] == "附件" or _starts(only, sample["title_starts"]):
            return only
        by_path = []
    # 第六条/（三） beside 第五条/（三）: the article the path names holds the candidates (above); without
    # one, the whole plan where no task bears the sample's numbers
    pool = by_path or candidates
    titled = [t for t in pool if _starts(t, sample["title_starts"])]
    return titled[0] if titled else None


def _unit_set(names) -> set[str]:
    # a bracket is one mark in two widths 「各街镇（金山工业区)」/「各街镇（金山工业区）」, in a name as in a title
    # (round 45's fold; CONVENTIONS.md Round 94, p66b's question on x343_01)
    return {_squash(n).rstrip("。等").translate(_HALF_BRACKETS) for n in names}


_MULT = {"万": 10000, "亿": 100000000, "千": 1000}
_ALIAS = {"平米": "平方米", "日": "天"}    # 日 and 天 one measure (Round 54; 工作日 another)


def _norm_target(number, unit: str) -> tuple[list[float], str]:
    """Numbers in base units: ``15 万元`` → 150000 元, ``2 万亿元`` → 2e12 元, ``"3-5"`` → [3, 5].
    A unit in traditional characters is the same measure (``3000 萬元`` is 30,000,000 元): folded
    with the parser's own table before comparing, so the notation of an answer never decides. A ratio kept
    as printed ``"1:1"`` (CONVENTIONS.md Round 77, x302_01 二、) gives its terms, as a range its edges."""
    from desktop.core.parse.script import fold

    unit = _ALIAS.get(fold(unit), fold(unit))
    mult = 1
    while unit and unit[0] in _MULT and unit not in ("千瓦", "千米", "千克", "千伏"):
        mult, unit = mult * _MULT[unit[0]], _ALIAS.get(unit[1:], unit[1:])
    if isinstance(number, str):
        values = [float(x) * mult for x in re.split(r"\s*[-—–~至:：]\s*", number) if x]
    else:
        values = [float(number) * mult]
    return values, unit


def _target_match(targets, number, unit: str) -> bool:
    values, unit = _norm_target(number, unit)
    for t in targets:
        t_values, t_unit = _norm_target(t.value, t.unit)
        if t_unit != unit and not (unit.startswith(t_unit) and t_unit and unit not in ("个月",)):
            continue
        if any(abs(v - w) < 1e-6 * max(1.0, abs(v)) for v in values for w in t_values):
            return True
    return False


def _deadline_ok(got: str | None, want: str | None) -> bool:
    if want is None:
        return got is None
    return bool(got) and got.startswith(want)


def _month_ok(got: str | None, want: str | None, alt: str | None = None) -> bool:
    return got == want or (alt is not None and got == alt)


_RHYTHM = {"weekly": "week", "monthly": "month", "quarter": "quarter", "yearly": "year", "annually": "year"}


def _rhythm(norm: str) -> str | None:
    """The rhythm an answer names FIRST: 「yearly (first quarter)」 is yearly — its note says when in the
    year — and 「quarterly and yearly」 quarterly (the rhythm words were tried in a fixed order, quarter before
    year, so the first answer read as quarterly)."""
    found = [(norm.find(k), v) for k, v in _RHYTHM.items() if k in norm]
    return min(found)[1] if found else None


def _overlap(a: str, b: str, n: int = 4) -> int:
    a, b = re.sub(r"[^\u4e00-\u9fff\w]", "", a), re.sub(r"[^\u4e00-\u9fff\w]", "", b)
    grams = {a[i:i + n] for i in range(max(0, len(a) - n + 1))}
    return sum(1 for i in range(max(0, len(b) - n + 1)) if b[i:i + n] in grams)


def _duty_check(plan, duty: dict) -> tuple[bool, str]:
    scored = sorted(((_overlap(d.text, duty["what"]), i, d) for i, d in enumerate(plan.duties)),
                    key=lambda x: (-x[0], x[1]))
    if not scored or scored[0][0] < 2:
        return False, f"no duty about 「{duty['what'][:30]}」 (have {len(plan.duties)} duties)"
    norm = duty.get("when_norm")
    candidates = [d for score, _i, d in scored if score >= 2]
    if not norm:
        return True, ""
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", norm):
        if any((d.due or "").startswith(norm) for d in candidates):
            return True, ""
        return False, f"duty 「{duty['what'][:20]}」 due {norm}, parser has {[d.due for d in candidates[:3]]}"
    every = _rhythm(norm)
    if every is None or any(d.every == every for d in candidates):
        return True, ""
    return False, f"duty 「{duty['what'][:20]}」 every {every}, parser has {[d.every for d in candidates[:3]]}"


_HALF_BRACKETS = str.maketrans("（）", "()")
_HALF_ANGLES = str.maketrans("＜＞", "<>")
_ISSUER_PAIR = re.compile(r"^(.+?)（(.+)）$")
_NOTICE_IN_BRACKETS = re.compile(r"^(.+?)（([^（）]*(?:（[^（）]*）[^（）]*)*(?:通知|意见|决定|方案|印发))）$")


def _title_ok(got: str, want: str) -> bool:
    """The title as written; where the answer is 「plan（notice）」 (the plan's name, then the notice
    that issues it, with the place name a reader added: 嘉鱼县人民政府办公室 for the document's
    县人民政府办公室) or 「plan（issuer印发）」, either one."""
    # (a full-width hyphen 「－」 is the mark 「-」: the parser folds it, the answer prints it as found)
    got, want = _squash(got).replace("－", "-"), _squash(want).replace("－", "-")
    # (and 「＜」「＞」 are the marks 「<」「>」 in full width: a cover may print the one and its forwarded text the
    # other; CONVENTIONS.md Round 94, p66b's question on x343_03)
    got, want = got.translate(_HALF_ANGLES), want.translate(_HALF_ANGLES)
    # (and a bracket is one mark in two widths 「（2024-2026年）」/「(2024-2026年)」: a title printed twice in a
    # document may use both; round 45, r45b's question on x40_02)
    if got == want or got.translate(_HALF_BRACKETS) == want.translate(_HALF_BRACKETS):
        return True
    m = _NOTICE_IN_BRACKETS.match(want)
    # (or 「plan（issuer＋plan）」 whatever word closes the plan 「…責任書（木卡鄉人民政府…責任書）」: the same
    # pair, the issuer in front — Round 105 on x374_01, the title alone accepted)
    if m is None and (pair := _ISSUER_PAIR.match(want)) and pair.group(2).endswith(pair.group(1)):
        m = pair
    if not m:
        return False
    plan_name, notice = m.groups()
    return got == plan_name or got == notice or notice.endswith(got) and len(notice) - len(got) <= 3


def score_plan(spec: dict, text: str, plan=None) -> PlanScore:
    """The checks of one plan: ``text`` parsed here, or ``plan`` when given (already parsed)."""
    from desktop.core.parse import parse_text

    plan = parse_text(text) if plan is None else plan
    name = spec["file"]
    out = PlanScore(name)
    row: int | None = None

    def add(kind: str, what: str, ok: bool, reason: str, empty: bool = False) -> None:
        out.checks.append(Check(name, kind, what, bool(ok), "" if ok else reason, row, empty))

    if "title" in spec:
        add("title", "title", _title_ok(plan.title, spec["title"]), f"title 「{plan.title}」")

    counts = {spec["leaf_tasks"]}
    if spec.get("attachment_task_rows"):
        counts.add(spec["leaf_tasks"] + spec["attachment_task_rows"])
        if spec.get("task_section_leaves"):
            counts.add(spec["task_section_leaves"] + spec["attachment_task_rows"])
    if spec.get("task_section_leaves"):
        counts.add(spec["task_section_leaves"])
    counts.update(spec.get("count_alternatives", []))
    add("count", "tasks", len(plan.tasks) in counts,
        f"{len(plan.tasks)} tasks, expected one of {sorted(counts)}")

    for sample in spec["samples"]:
        where = "/".join(sample["path"])
        task = find_task(plan, sample)
        row = next((i for i, t in enumerate(plan.tasks) if t is task), None)
        add("found", where, task is not None, f"no task {where} 「{sample['title_starts']}」")
        # whether the answer is "none" is the answer's, found task or not
        lead_want = _unit_set(sample["lead"])
        alt_leads = [_unit_set(x) for x in sample.get("lead_alternatives", [])]
        resp_want = _unit_set(sample["responsible"]) | lead_want
        none_answer = {"lead": not lead_want and not any(alt_leads), "responsible": not resp_want,
                       "deadline": sample.get("deadline_norm", "") is None}
        if task is None:
            for kind in ("lead", "responsible", "deadline"):
                if kind != "deadline" or "deadline_norm" in sample:
                    add(kind, where, False, f"task {where} not found", empty=none_answer[kind])
            for tg in sample["targets"]:
                add("target", f"{where} {tg['number']}{tg['unit']}", False, f"task {where} not found")
            continue
        lead_got = _unit_set(task.lead_units)
        # 各区/有关部门 as the lead, and nothing read: passed by reading nothing as well
        groups_only = lead_want and all(re.match(r"^各|有关", n) for n in lead_want) and not lead_got
        add("lead", where, lead_got == lead_want or bool(groups_only) or lead_got in alt_leads,
            f"lead {sorted(lead_got)} ≠ {sorted(lead_want)}", empty=none_answer["lead"] or bool(groups_only))
        resp_got = _unit_set(task.responsible_units) | lead_got
        # an accepted responsible list goes with any accepted lead (the main one or an alternative):
        # a reading that names another lead names its own list with it
        alt_resps = [_unit_set(x) | lead for x in sample.get("responsible_alternatives", [])
                     for lead in (lead_want, *alt_leads)]
        add("responsible", where, resp_got == resp_want or resp_got in alt_resps,
            f"units {sorted(resp_got)} ≠ {sorted(resp_want)}", empty=none_answer["responsible"])
        for tg in sample["targets"]:
            add("target", f"{where} {tg['number']}{tg['unit']}", _target_match(task.targets, tg["number"], tg["unit"]),
                f"target {tg['number']}{tg['unit']} not among "
                f"{[(t.value, t.unit) for t in task.targets][:8]}")
        for tg in sample.get("quantities_not_targets", []):
            add("not_target", f"{where} {tg['number']}{tg['unit']}",
                not _target_match(task.targets, tg["number"], tg["unit"]),
                f"{tg['number']}{tg['unit']} is a threshold or a name, not a target", empty=True)
        if "deadline_norm" in sample:         # left out where the document's deadline is ambiguous
            add("deadline", where, _deadline_ok(task.deadline, sample["deadline_norm"]),
                f"deadline {task.deadline} ≠ {sample['deadline_norm']} ({sample.get('deadline')})",
                empty=none_answer["deadline"])

    row = None
    every_target = list(plan.plan_targets) + [t for task in plan.tasks for t in task.targets]
    for tg in spec.get("plan_targets", []):
        add("plan_target", f"{tg['number']}{tg['unit']}", _target_match(every_target, tg["number"], tg["unit"]),
            f"plan target {tg['number']}{tg['unit']} not found")

    for ph in spec.get("phases", []):
        found = [p for p in plan.phases if ph["name"] in p.name or p.name in ph["name"] and len(p.name) >= 4]
        if not found:
            add("phase", ph["name"], False, f"no phase {ph['name']} (have {[p.name for p in plan.phases]})")
            continue
        p = found[0]
        ok = _month_ok(p.start, ph["start"], ph.get("start_alt")) and _month_ok(p.end, ph["end"], ph.get("end_alt"))
        add("phase", ph["name"], ok, f"phase {ph['name']} {p.start}→{p.end} ≠ {ph['start']}→{ph['end']}")

    for duty in spec.get("duties", []):
        ok, reason = _duty_check(plan, duty)
        add("duty", duty["what"][:20], ok, reason)
    return out


def score_dir(directory: Path) -> list[PlanScore]:
    specs = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    return [score_plan(s, (directory / s["file"]).read_text(encoding="utf-8")) for s in specs]


def overall(scores: list[PlanScore]) -> float:
    total = sum(len(s.checks) for s in scores)
    return sum(s.passed for s in scores) / total if total else 1.0


def table(scores: list[PlanScore], verbose: bool = False) -> str:
    lines = []
    for s in scores:
        lines.append(f"{s.share * 100:6.1f}%  {s.passed:3d}/{len(s.checks):3d}  {s.file}")
        if verbose:
            for c in s.checks:
                if not c.passed:
                    lines.append(f"          ✗ {c.kind:11s} {c.what}: {c.reason}")
    passed = sum(s.passed for s in scores)
    total = sum(len(s.checks) for s in scores)
    by_kind: dict[str, list[int]] = {}
    for s in scores:
        for c in s.checks:
            by_kind.setdefault(c.kind, [0, 0])
            by_kind[c.kind][0] += c.passed
            by_kind[c.kind][1] += 1
    lines.append(f"{overall(scores) * 100:6.1f}%  {passed:3d}/{total:3d}  overall   "
                 + "  ".join(f"{k} {a}/{b}" for k, (a, b) in by_kind.items()))
    stated = [c for s in scores for c in s.checks if not c.empty]
    lines.append(f"{sum(c.passed for c in stated) / max(len(stated), 1) * 100:6.1f}%  "
                 f"{sum(c.passed for c in stated):3d}/{len(stated):3d}  without the checks whose answer is "
                 "'none' (no lead, no unit, no deadline, not_target: passed by reading nothing)")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    dirs = [Path(a) for a in argv if a != "-v"] or [DEV_DIR, CORPUS_DIR]
    for d in dirs:
        if not (d / "expected.json").is_file():
            continue
        print(f"== {d}")
        print(table(score_dir(d), verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

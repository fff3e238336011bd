"""rv54u's review of round 54 (r54a's re-import matching, r54b's corrections UI): each test here
is a finding — it fails on 36a15171 where the code does the wrong thing, and says in its
docstring what a clerk would meet — but ``test_two_tasks_swapped_keep_their_entries``, a shape
checked that holds. Read-only review: nothing in desktop/ is changed. The pictures: shots/ and
tests/shots_rv54u.py in this worktree (not committed)."""

from __future__ import annotations

import pytest
from helpers_exchange import office_inserts_a_task
from helpers_reimport import JOBS, NEW_TASK, UNITS, entry, entry_on, ids, plan_of, reimport, save

from desktop.core import task_matching as M
from desktop.core.model import ParsedPlan, Task, Unit
from desktop.store import entries as ENT, open_workspace, plans as P, queries as Q


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "w.sqlite")
    yield workspace
    workspace.close()


def sectioned(rows) -> ParsedPlan:
    """A plan of (section, title, text) rows numbered from 1 in each section."""
    tasks, n, section = [], 0, None
    for sec, title, text in rows:
        n = 1 if sec != section else n + 1
        section = sec
        tasks.append(Task([sec], str(n), title, f"{title}。{text}", responsible_units=["市人社局"]))
    return ParsedPlan(title="测试市就业工作方案", doc_number="测政办〔2024〕9号", issuer="测试市人民政府",
                      date="2024-03-01", tasks=tasks, units=[Unit(u) for u in UNITS],
                      source_text="|".join(t.text for t in tasks))


# -- 1. data loss or misplacement -------------------------------------------------------------------

def test_two_tasks_swapped_keep_their_entries(ws):
    plan_id = save(ws, plan_of(JOBS))
    before = ids(ws, plan_id)
    entry(ws, plan_id, before["一.2"], "孵化基地3家")
    entry(ws, plan_id, before["一.3"], "见习青年200人")
    reimport(ws, plan_of([JOBS[0], JOBS[2], JOBS[1], *JOBS[3:]]))
    assert entry_on(ws, "孵化基地3家")[:2] == ("一.3", "支持创业载体建设")
    assert entry_on(ws, "见习青年200人")[:2] == ("一.2", "扩大就业见习补贴范围")


LEAD = "加强组织领导"
LEAD_TEXT = "各地各部门要高度重视，主要负责同志亲自抓，确保各项措施落地见效。"


def test_a_repeated_title_under_every_section_follows_its_section_when_one_section_is_dropped(ws):
    """「加强组织领导」 opens every section with the same sentence. The revision drops section 二
    whole, so 三 becomes 二. Between the anchors the repeated tasks tie, and ``_align``'s ``gain``
    breaks the tie by number: old 二.1 (the dropped section's) takes new 二.1 (old 三's), and old
    三.1's entries go to a withdrawn row while the dropped section's land on 监测's task. The
    section (the heading, or the neighbour 三.2 that anchors to 二.2) says which is which."""
    old = [("一", LEAD, LEAD_TEXT), ("一", "稳定就业岗位", "对不裁员的企业返还失业保险费。"),
           ("二", LEAD, LEAD_TEXT), ("二", "开展职业培训", "面向失业人员开展职业技能培训。"),
           ("三", LEAD, LEAD_TEXT), ("三", "完善统计监测", "按月监测就业形势。")]
    plan_id = save(ws, sectioned(old))
    before = ids(ws, plan_id)
    entry(ws, plan_id, before["二.1"], "培训板块的组织领导")
    entry(ws, plan_id, before["三.1"], "监测板块的组织领导")
    new = [r if r[0] == "一" else ("二", *r[1:]) for r in old if r[0] != "二"]
    reimport(ws, sectioned(new))
    assert entry_on(ws, "监测板块的组织领导")[:2] == ("二.1", LEAD)
    assert entry_on(ws, "培训板块的组织领导")[2] is not None          # its section is gone: withdrawn


def test_a_withdrawn_task_brought_back_keeps_its_corrections(ws):
    """A task dropped by one revision and brought back by the next is revived on its old row
    (``_renumber``'s 'brought back'), with its entries — but ``prepare_reimport`` matched only the
    live tasks, so its corrections were not laid over and saving wipes them (``_store_corrections``
    with none)."""
    plan_id = save(ws, plan_of(JOBS))
    task_id = ids(ws, plan_id)["二.5"]
    P.edit_task(ws, task_id, {"deadline": "2024-10-31"})
    reimport(ws, plan_of([*JOBS[:4], JOBS[5]]))
    reimport(ws, plan_of(JOBS))
    assert ids(ws, plan_id)["二.5"] == task_id
    assert Q.task_detail(ws, task_id)["deadline"] == "2024-10-31"


def test_the_review_does_not_call_a_task_brought_back_new(ws):
    """The review (and ``plan import``) says 「新增任务」 of a task that saving revives with its old
    entries and history — the person is told something other than what happens."""
    plan_id = save(ws, plan_of(JOBS))
    entry(ws, plan_id, ids(ws, plan_id)["二.5"], "召开协调会1次")
    reimport(ws, plan_of([*JOBS[:4], JOBS[5]]))
    prepared = P.prepare_reimport(ws, plan_of(JOBS))
    assert not any("二.5 明确部门组织协调责任：新增任务" in line for line in prepared.changes), prepared.changes


def test_a_new_task_sharing_a_withdrawn_tasks_generic_title_does_not_take_its_entries(ws):
    """二.7 「加强组织领导」 (a 稳就业 task force) is dropped by one revision; a later one adds a new
    「加强组织领导」 under 一 about 创业担保贷款. The review says 「一.2 加强组织领导：新增任务」, but
    saving matches the new tasks against the withdrawn rows (``_renumber``'s 'brought back', where a
    title unique on each side anchors whatever the text says) and revives 二.7's row: its progress
    「召开专班会议3次」 now stands under the new task."""
    lead = ("二", "?", "加强组织领导", "成立稳就业工作专班，每月调度一次。")
    plan_id = save(ws, plan_of([*JOBS, lead]))
    entry(ws, plan_id, ids(ws, plan_id)["二.7"], "召开专班会议3次")
    reimport(ws, plan_of(JOBS))
    other = ("一", "?", "加强组织领导", "把创业担保贷款纳入各区考核，按季通报。")
    prepared, _result = reimport(ws, plan_of([JOBS[0], other, *JOBS[1:]]))
    assert "一.2 加强组织领导：新增任务" in prepared.changes
    assert entry_on(ws, "召开专班会议3次")[2] is not None, entry_on(ws, "召开专班会议3次")


def test_a_number_fixed_in_the_review_of_a_revision_keeps_the_task_its_row(ws):
    """The revised document repeats （三） (the parser says 「任务编号 … 重复出现，请核对原文编号」 and
    keys the second 一.3#2); the person fixes it to 一.4 in the review's 编号 column, as the review
    invites. ``Reimport.matched`` still names the parse's key 一.3#2, which the reviewed plan no longer
    has, so ``_renumber`` drops the pair: 扩大就业见习补贴范围's row is withdrawn with its entries
    (「一.3（已撤销）」) and an empty 一.4 of the same title is created. Matching should follow the
    review's rows (the review never adds or removes one), not the parse's keys."""
    plan_id = save(ws, plan_of(JOBS))
    entry(ws, plan_id, ids(ws, plan_id)["一.3"], "见习青年200人")
    revised = plan_of([JOBS[0], NEW_TASK, *JOBS[1:]])
    revised.tasks[3].number = revised.tasks[2].number
    prepared = P.prepare_reimport(ws, revised)
    assert prepared.matched["一.3"] == "一.3#2"
    prepared.plan.tasks[3].number = "4"                      # the 编号 cell, as ``ReviewModel._change`` sets it
    P.save_reimport(ws, prepared, backup=False)
    assert entry_on(ws, "见习青年200人") == ("一.4", "扩大就业见习补贴范围", None)


def test_saving_a_revision_is_one_transaction(ws, monkeypatch):
    """``save_reimport`` commits ``save_plan``'s transaction, then writes the kept corrections'
    history (``_record_kept``) and the checked rows in transactions of their own: a failure (a
    crash, a full disk) between them leaves the revision stored without them — and importing the
    same file again is then 「unchanged」, so the kept-correction history line is never written."""
    plan_id = save(ws, plan_of(JOBS))
    P.edit_task(ws, ids(ws, plan_id)["一.3"], {"deadline": "2024-10-31"})
    revised = plan_of(JOBS)
    revised.tasks[2].deadline = "2024-12-31"
    revised.source_text += "（修订）"
    prepared = P.prepare_reimport(ws, revised)
    assert prepared.conflicts

    def crash(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(P, "_record_kept", crash)
    with pytest.raises(OSError):
        P.save_reimport(ws, prepared, backup=False)
    source = ws.conn.execute("SELECT source_text FROM plans WHERE id = ?", (plan_id,)).fetchone()[0]
    assert not source.endswith("（修订）"), "the revision was stored though its save failed half-way"


def test_a_submission_in_flight_under_the_old_numbers_is_not_landed_on_the_renumbered_task(world):
    """The office re-imports a revised plan that inserts 二.一.1 (r54a renumbers its rows: 重点任务1
    is now 二.一.2) while a unit's May submission, made under the old numbers, is on its way. The
    office's import resolves tasks by key alone (``submission.read_month``: ``index.tasks.get(e["task"])``;
    the package's ``task_title`` is not looked at; a different plan version is only a warning in
    ``context.check``: 「该单位使用的方案版本与本工作区的不同…」), so 重点任务1's progress lands on
    建设老年食堂 and every later task's on its neighbour. (With indicator values it is refused, but
    blaming a target: 「任务“二.一.1”的指标“新建服务站10个”在本方案中不存在」.) A conflict held over the
    renumbering and resolved 「采用新版本」 later (``merge.resolve_conflict`` re-reads its stored payload
    by key) lands the same way. It should be refused with a Chinese message (send the new plan package
    first), or mapped through the renumbering."""
    from desktop.exchange import importer, plan_package

    u = world.unit(0)
    first = {t.key: t for t in Q.tasks(u.ws, u.plan_id)}
    task = first["二.一.1"]
    ENT.save_entry(u.ws, task.id, u.unit_id, "2024-05", status="in_progress", progress=f"{task.title}进展（无指标值）")
    ENT.submit_month(u.ws, u.unit_id, "2024-05")
    package = u.export(world.tmp / "may.luoshi", "2024-05")
    office_inserts_a_task(world)
    plan_package.export_plan(world.office, world.tmp / "plan2.luoshi")     # sent; the unit has not read it yet
    [outcome] = importer.import_files(world.office, [package])
    rows = world.office.rows(
        "SELECT t.title, e.progress FROM monthly_entries e JOIN tasks t ON t.id = e.task_id")
    wrong = [(r["title"], r["progress"]) for r in rows if r["title"] not in r["progress"]]
    assert outcome.status != "imported" or not wrong, (outcome.line(), wrong[:3])


# -- 2. the review tells the truth ------------------------------------------------------------------

def _many_tasks(n: int) -> list[tuple[str, str, str, str]]:
    words = ["养老", "托育", "就业", "医疗", "教育", "住房", "交通", "环保", "文化", "体育", "农业", "水利",
             "消防", "统计", "审计", "税务", "金融", "科技", "旅游", "商务", "民政", "司法", "应急", "信访",
             "档案", "气象", "粮食", "能源", "人防", "地震"]
    return [("一" if i < n // 2 else "二", str(i + 1), f"推进{words[i]}工作提质",
             f"围绕{words[i]}领域，完成{words[i]}年度目标{i + 3}项。") for i in range(n)]


def test_the_save_message_never_cuts_a_withdrawal_when_the_revision_renumbers(ws):
    """r54b's save message puts withdrawals first by key (``change_lines`` with
    ``queries.withdrawn_task_keys``), but r54a renames a withdrawn row whose number the revision
    reuses to 「二.5（已撤销）」 while the change line still says 「二.5 …」. So the withdrawal is not
    put first — and when the revision renumbers more than ``SHOWN_CHANGES`` tasks (a task dropped
    early in a long plan) it is cut off behind 「……另有 N 处改动」: the clerk never sees it."""
    from desktop.ui.first_run import change_lines

    rows = _many_tasks(30)
    plan_id = save(ws, plan_of(rows))
    _prepared, result = reimport(ws, plan_of(rows[:1] + rows[2:]))           # 一.2 dropped
    assert result.tasks_withdrawn == 1
    shown = change_lines(result.changes, Q.withdrawn_task_keys(ws, plan_id))
    assert any("新方案中没有这项任务" in line for line in shown), shown[-3:]


def test_a_click_on_a_dropped_tasks_line_does_not_go_to_the_task_that_took_its_number(qtbot, tmp_path):
    """The review lists a dropped task under its old key (「二.三.8 加强失能老年人照护：新方案中没有这项任务」)
    while the revision gave 二.三.8 to 推进医养融合发展 (renumbered from 二.三.7): ``go_to_change``
    selects 推进医养融合发展's row — its docstring says a dropped task goes nowhere. The line should
    say 「原二.三.8」 (and the change list's heading count only what the file changed)."""
    import re

    from helpers_seeds import seed_path
    from helpers_ui import FakePrompts, import_through_the_client, open_window

    from desktop.__main__ import main

    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(seed_path("000")), "--db", str(db)]) == 0
    text = seed_path("000").read_text(encoding="utf-8")
    text = re.sub(r"^8\.加强失能老年人照护.*?\n", "", text, flags=re.M)
    text = re.sub(r"^([3-7])\.", lambda m: f"{int(m.group(1)) + 1}.", text, flags=re.M)
    inserted = "3.加强宣传引导。开展敬老爱老宣传，营造老年友好氛围。（牵头单位:市委宣传部）\n\n"
    text = text.replace("4.建立联动机制。", inserted + "4.建立联动机制。", 1)
    revised = tmp_path / "revised.txt"
    revised.write_text(text, encoding="utf-8")
    prompts = FakePrompts()
    window = open_window(qtbot, db, prompts, role="office")
    flow = import_through_the_client(qtbot, window, prompts, revised, until_review=True)
    review = flow.review_dialog
    items = [review.ui.changesList.item(i) for i in range(review.ui.changesList.count())]
    dropped = next(i for i in items if "加强失能老年人照护" in i.text())
    row = review.go_to_change(dropped)
    from desktop.ui.review import COL_TITLE
    title = None if row is None else review.model.index(row, COL_TITLE).data()
    review.undo_stack.setClean()
    review.reject()
    assert row is None or title == "加强失能老年人照护", (dropped.text(), row, title)


MEAL = "将老年食堂纳入一刻钟便民生活圈建设，研究具体举措发展老年助餐服务，加强综合监管。"
MEALS = [("推进老年食堂建设", MEAL), ("加快老年食堂建设", MEAL + "到年底建成老年食堂100个。"),
         ("加快老年食堂和助餐点建设", "将老年食堂和助餐点纳入一刻钟便民生活圈建设，加强综合监管。"
                              "到年底建成老年食堂100个、助餐点200个。")]


def _meal_plan(version: int):
    from desktop.devtools.exchange_plan import make_plan

    plan = make_plan(1)
    title, text = MEALS[version]
    plan.tasks[0].title, plan.tasks[0].text = title, f"{title}。{text}"
    plan.source_text += f"（第{version + 1}稿）"
    return plan


def test_a_unit_that_skips_a_plan_package_keeps_its_task_as_the_office_does(tmp_path):
    """The office re-imports two revisions in turn (v1→v2→v3: each step alike ≥ 0.78, so r54a keeps the
    row) and sends the newest package; a unit that imports only that one matches v3 against its v1
    (alike 0: below ``SAME``), so at the unit the task is withdrawn with its entries and corrections
    and a new empty task takes its number — the office and the unit now disagree on what the task
    did before. The matching is done again in every workspace; the package does not carry the
    office's."""
    from desktop.exchange import importer, plan_package
    from desktop.store.exchange import linked_plan

    office = open_workspace(tmp_path / "office.sqlite")
    P.save_plan(office, _meal_plan(0), backup=False)
    first = plan_package.export_plan(office, tmp_path / "plan1.luoshi").path
    unit = open_workspace(tmp_path / "unit.sqlite")
    [outcome] = importer.import_files(unit, [first])
    assert outcome.status == "imported", outcome.line()
    unit_plan = linked_plan(unit).plan_id
    task = next(t for t in Q.tasks(unit, unit_plan) if t.title == MEALS[0][0])
    unit_id = next(u for u in (Q.unit_id(unit, unit_plan, n) for n in ("测试区0001人民政府", "市民政局")) if u)
    ENT.save_entry(unit, task.id, unit_id, "2024-05", progress="建成老年食堂20个")
    office_id = next(t.id for t in Q.tasks(office, Q.current_plan_id(office)) if t.title == MEALS[0][0])
    reimport(office, _meal_plan(1))
    reimport(office, _meal_plan(2))
    assert next(t.id for t in Q.tasks(office, Q.current_plan_id(office)) if t.title == MEALS[2][0]) == office_id
    third = plan_package.export_plan(office, tmp_path / "plan3.luoshi").path
    [outcome] = importer.import_files(unit, [third])
    assert outcome.status == "imported", outcome.line()
    key, title, withdrawn = entry_on(unit, "建成老年食堂20个")
    office.close()
    unit.close()
    assert (title, withdrawn) == (MEALS[2][0], None), (key, title, withdrawn)


def test_a_kept_title_correction_keeps_its_short_name(tmp_path, capsys):
    """The person renamed 二.二.4 「强化规划引领」 to 「规划引领」 (its short name followed: 规划引领). The
    revision rewords the title too (「强化规划统筹引领」): the review keeps the person's title, as it
    should — but takes the document's new short name, 「规划统筹引领」, for a title the task no longer
    has (the review table and the tree then show 规划引领 / 规划统筹引领 side by side)."""
    from helpers_seeds import seed_path

    from desktop.__main__ import main

    db, v2 = str(tmp_path / "w.sqlite"), tmp_path / "v2.txt"
    assert main(["plan", "import", str(seed_path("000")), "--db", db]) == 0
    assert main(["plan", "edit", "--db", db, "--task", "二.二.4", "--title", "规划引领"]) == 0
    v2.write_text(seed_path("000").read_text(encoding="utf-8").replace("强化规划引领。", "强化规划统筹引领。"),
                  encoding="utf-8")
    assert main(["plan", "import", str(v2), "--db", db]) == 0
    with open_workspace(db) as ws:
        detail = Q.task_detail(ws, ids(ws, Q.current_plan_id(ws))["二.二.4"])
    assert (detail["title"], detail["short_name"]) == ("规划引领", "规划引领")


# -- 4. speed ---------------------------------------------------------------------------------------

def test_matching_a_whole_new_years_plan_of_300_tasks_scores_no_pair(monkeypatch):
    """A city's plan for the new year under last year's title (``find_plan`` matches by title) shares
    no task with the stored one: no anchors. Scoring all n×m pairs took 6–7 s for 300 tasks of 300
    characters (1000 tasks of 80 characters: 44 s) — in ``prepare_reimport`` (the review waits) and
    again in each unit's ``prepare_office_plan``. Pairs that share too few two-character runs cannot
    reach ``SAME``: the index of the new tasks' runs leaves them unscored. The work is counted here
    (the pairs scored), never timed: the machines are noisy."""
    import random

    rng = random.Random(1)
    chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    chars += "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"

    def text(n: int) -> str:
        return "".join(rng.choice(chars) for _ in range(n))

    scored: list[int] = []
    real_alike, real_title = M._alike, M._title_likeness
    monkeypatch.setattr(M, "_alike", lambda a, b: scored.append(1) or real_alike(a, b))
    monkeypatch.setattr(M, "_title_likeness", lambda a, b, need=0.0: scored.append(1) or real_title(a, b, need))
    old = [M.Side(str(i), (text(10),), text(300)) for i in range(300)]
    new = [M.Side(str(i), (text(10),), text(300)) for i in range(300)]
    M.match_tasks(old, new)
    assert scored == []                        # 90,000 pairs, none close enough to be scored
    # (a plan that does share its tasks is still matched: the index leaves the true pairs in)
    same = M.match_tasks(old[:20], [M.Side(s.key, s.titles, s.text) for s in old[:20]])
    assert same.pairs == {s.key: s.key for s in old[:20]}


def test_the_change_lists_heading_counts_tasks_not_the_plans_own_fields(qtbot, ws):
    """A revision that changes only the plan's 文号 gives one line 「（方案）：文号“…”→“…”」, and the
    review's heading (``n = len({line.split("：", 1)[0] …})``) says 「新文件改动了 1 项任务」. The count
    also takes a task only renumbered as a changed task: a heading that said how many were added,
    dropped, changed and only renumbered would tell the clerk what to look at."""
    from helpers_ui import FakePrompts

    from desktop.ui.review import ReviewDialog

    save(ws, plan_of(JOBS))
    revised = plan_of(JOBS)
    revised.doc_number = "测政办〔2024〕10号"
    prepared = P.prepare_reimport(ws, revised)
    assert prepared.changes and all(line.startswith("（方案）") for line in prepared.changes)
    dialog = ReviewDialog(prepared.plan, FakePrompts(), reimport=prepared)
    qtbot.addWidget(dialog)
    assert "项任务" not in dialog.ui.changesLabel.text(), dialog.ui.changesLabel.text()

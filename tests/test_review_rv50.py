"""Round 50's end-of-round review (rv50): failing tests for what the review found in round 50's parser change.

Each test names the finding it reproduces (see the report in tests/rv50_REVIEW.md). Made-up texts in the shapes of the
new rules' classes, each a near miss the new code reads past its class, or an input that makes it slower than linear.
They fail on main at dff34bd0 by design: the review is read-only, the mends are the lead's to assign.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.class_figures import noun_class
from desktop.core.parse.party_steps import party_step
from desktop.core.parse.targets import find_targets


def _figures(text: str, year: int = 2024) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, year, relaxed=True)]


# -- F1 (speed, high): drop_applicant_steps looks over every sibling for every step: steps × siblings ------------

def _steps_plan(n: int) -> str:
    lines = ["关于申报某某补贴的通知", "一、申报程序"]
    lines += [f"{k}、申请单位在6月30日之前填写《第{k}号申请书》，报所在地交通管理部门。" for k in range(1, n + 1)]
    lines.append(f"{n + 1}、区交通管理部门收到申请后，会同区财政局组织验收。")
    return "\n".join(lines)


def test_rv50_applicant_steps_drop_reads_each_parents_children_once(monkeypatch):
    """(4,001 siblings: 16 M sibling checks on main, ~5 s. The calls are counted here — one per parent's run of
    children, not one per step — and the time is the bench's nasty_filing_steps, never timed in a test.)"""
    from desktop.core.parse import tasks as tasks_module

    sizes: list[int] = []
    real = tasks_module.drop_applicant_steps

    def counted(chosen):
        sizes.append(len(chosen))
        return real(chosen)

    monkeypatch.setattr(tasks_module, "drop_applicant_steps", counted)
    plan = parse_text(_steps_plan(4000))
    assert [t.title for t in plan.tasks] == ["区交通管理部门收到申请后，会同区财政局组织验收"]
    assert len(sizes) <= 3


# -- F2 (speed, medium): noun_class reads its whole sentence again for every figure in it -------------------------

def test_rv50_noun_class_reads_a_long_sentence_as_a_short_one():
    # (on main _CLASS_GRANT, the rfind/find for the line and the stop, and _RULE_ON_CLASS scanned the whole of a
    # long sentence per figure: its cost is the bench's nasty_band_sentence, against its floor — never timed here)
    piece = "投资总额100万元及以上或建筑面积300平方米及以上的小型建设工程，由街道建管站负责监管，"
    short = piece * 2
    long = piece * 4000                       # one sentence of ~200 K characters with no 。 or ；
    start = piece.index("300")
    end = start + 3
    assert noun_class(long, start, end, "平方米", "及以上") == noun_class(short, start, end, "平方米", "及以上")


# -- F3 (class, medium): noun_class reads a later clause's modal as a rule over the kind ---------------------------

def test_rv50_objects_a_piece_of_work_picks_are_a_class_whatever_a_later_clause_says():
    # (Round 58 rulings: a band inside the noun of the class a piece of work picks is a class: rv50's narrowed
    # exception for them is gone; a later clause — 发现问题应当立即整改,
    # 检查结果由区应急局负责汇总 — changes nothing)
    bare = _figures("对从业人员50人及以上的企业开展专项检查。")
    assert bare == []
    assert _figures("对从业人员50人及以上的企业开展专项检查，发现问题应当立即整改。") == bare
    assert _figures("对从业人员50人及以上的企业开展专项检查，检查结果由区应急局负责汇总。") == bare
    assert _figures("督促500平方米以上的商场完成消防改造，商场应落实主体责任。") == []


# -- F4 (class, high): party_step reads any subjectless step after a case as a regulated party's own step ------------

def test_rv50_a_bodys_step_after_a_time_clause_is_no_partys_step():
    # (the module: "nor a sentence in which a body of the plan acts" — a placed body read as the case clause)
    assert not party_step("区住建委收到申请后，应当出具审核意见")
    assert not party_step("接到举报后，应当在3个工作日内出具核查意见")
    assert not party_step("发现违法建设的，应当及时办理立案手续")
    # (the class itself stays: an employer's filing after its case)
    assert party_step("单位名称发生变更的，应当自变更之日起30日内向管理部办理变更登记")


def test_rv50_subjectless_articles_of_the_bodies_work_stay_tasks():
    text = ("某区违法建设查处办法\n"
            "第一条 为了加强违法建设查处，制定本办法。\n"
            "第二条 区城管执法局负责全区违法建设的查处工作。\n"
            "第三条 街道办事处负责辖区内违法建设的巡查，发现违法建设的，应当及时制止。\n"
            "第四条 发现违法建设的，应当及时办理立案手续，并在3日内出具查处意见。\n"
            "第五条 对符合条件的困难家庭，应当及时提供帮扶。\n"
            "第六条 区规划资源局负责违法建设的认定。\n"
            "第七条 本办法自2025年1月1日起施行。\n")
    titles = [t.title for t in parse_text(text).tasks]
    # (8e49beeb read 第四条 and 第五条 as tasks; round 50's public_only drops them as "rules for the regulated")
    assert any(t.startswith("发现违法建设的，应当及时办理立案手续") for t in titles)
    assert any(t.startswith("对符合条件的困难家庭") for t in titles)


# -- F5 (class, medium): applicant_steps reads a works plan's project unit drafting its scheme as an applicant --------

def test_rv50_a_project_units_own_work_in_a_works_plan_stays_a_task():
    text = ("某区2025年道路大修工程实施方案\n一、工作安排\n"
            "1、项目建设单位于2025年3月底前编制完成工程实施方案，报区发展改革委审批。\n"
            "2、区建设管理委负责工程质量安全监管。\n"
            "3、区财政局负责资金保障。\n")
    titles = [t.title for t in parse_text(text).tasks]
    # (no application, no 申请书, no 申报材料: the project's own step of work, which 8e49beeb kept)
    assert any(t.startswith("项目建设单位于2025年3月底前编制完成工程实施方案") for t in titles)


# -- F6 (names, low): 深化 added as a name's end cuts a body whose name holds it ------------------------------------

def test_rv50_a_body_named_for_its_reform_keeps_its_name():
    plan = parse_text("某区工作方案\n一、主要任务\n（一）做好统筹工作。区委深化改革办负责统筹协调各项改革任务。\n"
                      "（二）加强督查。区督查室负责督查。\n")
    assert plan.tasks[0].responsible_units == ["区委深化改革办"]

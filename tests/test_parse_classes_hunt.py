"""Classes of the round-24 read-only misfire hunt (/work/wt/prompts/hunt.md), each with made-up wordings of
the hunt's snippets, OTHER wordings of the same class, and near-misses that must not fire.

A. a unit clause joined to the task sentence by a comma (任务甲。县水利局负责，新建… / …，县水利局负责。)
B. a group name followed by 负责 swallowing the sentence (各镇人民政府负责土地流转和矛盾调处)
K. task tables with bare 「|」 (no spaces round the bars, no leading bar)
"""
from __future__ import annotations

from desktop.core.parse import parse_text


def _units(*items: str, head: str = "某县2024年重点工作方案\n一、重点任务\n") -> dict[str, tuple[list[str], list[str]]]:
    marks = "一二三四五六七八九十"
    text = head + "\n".join(f"（{marks[i]}）{t}" for i, t in enumerate(items))
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


# == A. a unit clause joined to the work by a comma ===============================================================

def test_the_hunts_comma_clauses_are_read():
    got = _units("任务甲。县水利局负责，新建堤防5公里。",
                 "任务乙。新建堤防5公里，县水利局负责。",
                 "任务丙。县水利局牵头，县财政局配合，新建堤防5公里。",
                 "任务丁。新建堤防5公里。（责任单位：县水利局）",
                 "任务戊。新建堤防5公里，县水利局牵头，县财政局配合。",
                 "任务己。由县水利局牵头，县财政局配合，新建堤防5公里。",
                 "任务庚。县水利局会同县财政局负责，新建堤防5公里。")
    # 「X负责，…」 opening the work: the one unit that answers for it leads (as at an item's start, round 17);
    # 「…，X负责。」 ending it: responsible, as the sentence 「。X负责。」 is read
    assert got["一.一"] == (["县水利局"], [])
    assert got["一.二"] == ([], ["县水利局"])
    assert got["一.三"] == (["县水利局"], ["县财政局"])
    assert got["一.五"] == (["县水利局"], ["县财政局"])
    assert got["一.六"] == (["县水利局"], ["县财政局"])
    assert got["一.七"] == (["县水利局"], ["县财政局"])


def test_comma_clauses_in_other_wordings():
    got = _units("改造供水管网。县水务局负责，2026年10月底前完成。",
                 "整治河道。全年清淤河道20公里，区水务局负责。",
                 "提升绿化。新增绿地5公顷，区绿化市容局牵头，各街道配合。",
                 "完善救助。落实临时救助制度，区民政局会同区财政局负责。",
                 "控制费用。区卫健委会同区医保局负责，全面推进按病种付费。",
                 "维修路灯。区路灯所、区城管局负责，年底前完成。",
                 "规范摊点。街道城管中队牵头，各居委会协助，清理占道经营。",
                 "开展培训。区人社局具体负责，全年培训3000人次。")
    assert got["一.一"] == (["县水务局"], [])
    assert got["一.二"] == ([], ["区水务局"])
    assert got["一.三"] == (["区绿化市容局"], ["各街道"])
    assert got["一.四"] == (["区民政局"], ["区财政局"])
    assert got["一.五"] == (["区卫健委"], ["区医保局"])
    assert got["一.六"] == ([], ["区路灯所", "区城管局"])
    assert got["一.七"] == (["街道城管中队"], ["各居委会"])
    assert got["一.八"] == (["区人社局"], [])


def test_a_group_of_units_before_the_comma_shares_the_work():
    got = _units("全面摸清底数。各县（区）人民政府负责，4月底前完成未参保人员核查。",
                 "清理卫生死角。各村负责，清理垃圾杂物。",
                 "整治环境。各镇（街道）负责，全面清理卫生死角。",
                 "盘活集体资产。各乡镇负责，到2024年底消除薄弱村。")
    assert got["一.一"] == ([], ["各县（区）人民政府"])
    assert got["一.二"] == ([], ["各村"])
    assert got["一.三"] == ([], ["各镇（街道）"])
    assert got["一.四"] == ([], ["各乡镇"])


def test_the_clause_leaves_the_tasks_text_and_title():
    plan = parse_text("某县方案\n一、重点任务\n（一）整治河道。全年清淤河道20公里，区水务局负责。\n"
                      "（二）新建公厕10座，区城管局负责。\n")
    by_key = {t.key: t for t in plan.tasks}
    assert "区水务局" not in by_key["一.一"].text and by_key["一.一"].title == "整治河道"
    assert by_key["一.二"].responsible_units == ["区城管局"]
    assert "区城管局" not in by_key["一.二"].title


def test_a_comma_clause_in_a_plan_that_labels_no_units_keeps_its_tasks_and_prose_leads():
    # read once the item is a task: the clause does not make the plan one whose tasks name their units, so a
    # 「由X牵头」 item keeps its prose lead and the phases stay as they were
    text = ("某镇安全生产月活动方案\n一、活动内容\n（一）组织应急演练。镇应急办负责，开展消防疏散演练。\n"
            "（二）开展宣传咨询。由镇安委会牵头组织宣传咨询日活动。\n"
            "二、活动步骤\n（一）动员部署（2025年6月1日—6月5日）\n（二）集中开展（2025年6月6日—6月25日）\n")
    plan = parse_text(text)
    by_key = {t.key: t for t in plan.tasks}
    assert by_key["一.一"].lead_units == ["镇应急办"]
    assert by_key["一.二"].lead_units == ["镇安委会"]
    assert {"二.一", "二.二"} <= set(by_key)


def test_a_lead_alone_opening_after_the_title_is_no_declaration():
    # 「居委会牵头，以业主为主体，…」: a lead written alone in prose (no partner, no 负责)
    # round 31: CONVENTIONS.md rule 2 — 「A牵头（负责）」: lead A, wherever the clause stands (plans-next27 x27_01
    # 二/（五）/2 answers lead 居委会 since round 29); the prose lead reader alone would give none
    got = _units("清洁家园。居委会牵头，以业主为主体，组织志愿者开展清洁行动。", "宣传。（责任单位：街道宣传办）")
    assert got["一.一"] == (["居委会"], [])


def test_a_sentence_deep_inside_an_item_follows_the_own_sentence_form():
    # 「。X负责。」 is read as the item's last sentence only: so is 「。X负责，…。」; and not where an earlier
    # sentence already gives work to a unit of its own
    got = _units("加强监管。开展专项检查。县市场监管局负责，开展抽检。各乡镇要加强巡查。",
                 "加强宣传。通过广播、电视等多种形式广泛宣传。县委宣传部负责，组织媒体开展系列报道。",
                 "加强协同。县公安局负责道路巡查。通过广播宣传。县交通局负责，开展路面整治。",
                 "加强监管。县市场监管局负责。开展专项检查。", "落实。（责任单位：县政府办）")
    # round 31: CONVENTIONS.md rule 2 — 「A负责…」 gives A wherever the clause stands in the item, and several
    # clauses all their bodies in order (the own-sentence form read only the last sentence)
    assert got["一.一"] == ([], ["县市场监管局"])          # (各乡镇要加强巡查: 加强 is no verb of rule 2)
    assert got["一.二"] == (["县委宣传部"], [])
    assert got["一.三"] == ([], ["县公安局", "县交通局"])
    assert got["一.四"] == ([], ["县市场监管局"])


def test_a_clause_whose_subject_is_no_unit_names_none():
    got = _units("健全机制。政府负责，部门配合，社会参与，形成合力。",
                 "落实责任。主要领导负责，分管领导具体抓。",
                 "压实责任。党政主要负责人负总责，分管负责人具体负责，确保落实。",
                 "明确分工。各单位要负责做好本单位的排查。",
                 "严格考核。实行目标管理负责制，层层签订责任书。",
                 "落实监管。坚持谁主管谁负责，谁审批谁负责。",
                 "强化保障。镇村干部负责，逐户上门宣传。",
                 "严格落实。明确专人负责，建立工作台账。",
                 "宣传。（责任单位：街道宣传办）")
    # (镇村干部: persons, never a unit — CONVENTIONS.md round 30)
    assert all(got[f"一.{k}"] == ([], []) for k in "一二三四五六七八"), got


def test_a_closing_clause_that_is_no_unit_names_none():
    got = _units("完善机制。形成党委领导，政府负责。", "加强管理。建立台账，确保有专人负责。",
                 "落实责任。严格落实属地管理，谁主管谁负责。", "落实属地。各地各部门要明确责任，各单位负责。",
                 "加强督查。县督查室牵头，对进展缓慢的单位进行通报。", "整治。2023年县水利局负责，新建堤防5公里。",
                 "宣传。（责任单位：街道宣传办）")
    assert all(got[f"一.{k}"] == ([], []) for k in "一二三四"), got
    # round 31: CONVENTIONS.md rule 2 — 「A牵头」 lead A, 「A负责」 responsible A, with a date before the name too
    assert got["一.五"] == (["县督查室"], [])
    assert got["一.六"] == ([], ["县水利局"])


def test_an_opening_principle_at_an_items_start_names_none():
    # 「政府负责，部门配合，…」 at an item's very start: kinds of body in a principle, not units (the opening
    # reader of round 17 took 政府 and 部门)
    got = _units("政府负责，部门配合，社会参与，形成工作合力。", "宣传。（责任单位：街道宣传办）")
    assert got["一.一"] == ([], [])


# == B. a group name followed by 负责 does not take the sentence in ==================================================

def test_a_group_subject_and_its_duty_give_the_group():
    got = _units("区农业农村局负责项目规划设计和组织实施。", "各镇人民政府负责土地流转和矛盾调处。",
                 "各村（社区）负责做好群众工作。", "各街道办事处主要负责属地巡查。",
                 head="某区2024年高标准农田建设实施方案\n二、职责分工\n")
    assert got["二.一"] == ([], ["区农业农村局"])
    assert got["二.二"] == ([], ["各镇人民政府"])
    assert got["二.三"] == ([], ["各村（社区）"])
    assert got["二.四"] == ([], ["各街道办事处"])


def test_a_group_sentence_without_a_unit_word_is_no_unit():
    # 各村（社区）做好群众工作 / 各单位要负责… : a sentence about the group, not a unit's name
    got = _units("区水务局负责河道整治。", "区财政局负责资金保障。", "各村（社区）做好群众工作。",
                 "各单位要负责做好本单位安全工作。", head="某区方案\n二、职责分工\n")
    assert got["二.一"] == ([], ["区水务局"])
    for key in ("二.三", "二.四"):
        assert not any("工作" in n or n.endswith("要") for n in got[key][0] + got[key][1]), got[key]


# == K. tables with bare bars ======================================================================================

_TABLE = ("序号{b}重点任务{b}牵头单位{b}责任单位{b}完成时限\n"
          "1{b}建设智慧停车平台，新增公共停车泊位2000个{b}市交通局{b}市公安局、市城管局{b}2024年10月底\n"
          "2{b}改造农贸市场8个{b}市商务局{b}各县（市、区）人民政府{b}2024年12月底\n"
          "3{b}新增城市绿地面积50公顷{b}市园林局{b}{b}2024年9月30日\n")


def _rows(text: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(t.key, t.lead_units, t.responsible_units, str(t.deadline)) for t in parse_text(text).tasks]


def test_a_table_with_bare_bars_reads_as_the_spaced_one():
    bare = _rows("城区2024年民生项目工作方案\n" + _TABLE.format(b="|"))
    spaced = _rows("城区2024年民生项目工作方案\n" + _TABLE.format(b=" | "))
    assert bare == spaced
    assert [r[1] for r in bare] == [["市交通局"], ["市商务局"], ["市园林局"]]
    assert bare[0][2] == ["市公安局", "市城管局"] and bare[0][3] == "2024-10-31"


def test_a_bare_bar_table_with_its_own_columns_and_a_title():
    text = ("东平县2024年民生实事项目实施方案\n一、项目清单\n序号|项目名称|建设内容及目标|牵头单位|责任单位|完成时限\n"
            "1|城乡供水|新建供水管网85公里|县水利局|县财政局|2024年11月底\n"
            "2|养老服务|新增养老床位500张|县民政局|县卫健局|2024年10月31日前\n")
    plan = parse_text(text)
    assert [t.lead_units for t in plan.tasks] == [["县水利局"], ["县民政局"]]
    assert not any(p.value in (85, 500) for p in plan.plan_targets)


def test_bars_in_prose_or_a_breadcrumb_make_no_table():
    text = ("首页|政务公开|通知公告\n某县2024年工作方案\n一、重点任务\n（一）推进A|B两类改造。（责任单位：县住建局）\n")
    plan = parse_text(text)
    assert [t.key for t in plan.tasks] == ["一.一"]
    assert plan.tasks[0].responsible_units == ["县住建局"]

"""Round 67 (p67d): short village and community pages run together on one line.

- A first point's numeral typed as a dash 「…。—、本村概况…。二、…」 (一 and — look alike): the point 一、, so that the
  points after it go on in order — not a dash with no 二、 after it, nor one where a 一、 point stands already.
- A run of steps whose first number the page lost, cut after its third 「…。2、转移群众:…。3、 转移信号:…」 to the
  text's end: items 2 and 3, each opening with its short label and colon — not unlabelled lines, nor a run whose
  last item goes on far past the cut's reach.
- A one-line page that opens with the site's file name 「…应急预案.doc某县…应急预案根据…」: the title after the file
  name (a 预案 among the kinds a run-on title ends in) — not a file name with no title after it.
- A top point headed by the place's situation 「一、本村概况全村现有人口…」: a section, no task — not one whose text
  names a doer by 负责.
- A first item 「1、」 run in after the stop that ends the preamble's line 「…特制定以下目标。 1、经济发展。…」, its 2、
  opening the next line: item 1 — not a 1、 whose next line goes on with no 2、.
- A numbered line whose short name closes with a full stop and runs into its (1), (2) … 「2、农业生产。(1)…。(2)…」,
  on a page whose numbered lines are its top level: each an item of its own — not a (1) further on in a sentence,
  nor a procedure's step 「1.提出申请。（1）…」 under its part 「（五）…」.
- A page opening inside item 1 of its first section 「…兼任办公室主任。」 over 「2、…」 and the next section 「二、」
  right after it: item 2 is a task (its number as printed) — not a 3、 alone there (a run that lost more than one).
- A body that sets a team up in a later clause of its sentence 「村委会以村民小组为单位,成立巡逻队,负责…」: the
  负责 is the team's, no unit — not the body's own 负责 after its means 「村委会以村民小组为单位,负责组织…」.
- A village's group named by its number 「清理3组内道路」「整修5组的…」: no target — not a count of teams the work
  sets up 「成立3组巡逻队」.
- A group named with its modal and adverb before the verb 「各村要切实加强…」「各村要及时…」: a rule for all, no
  unit named 「各村要切实」 — the item takes its lead-in's body; a group's own duty 「各村民小组承担…」 stays.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import split_inline
from desktop.core.parse.inline_items import split_paragraph_items
from desktop.core.parse.lost_numerals import restore_dash_one
from desktop.core.parse.marks import run_in_first_items
from desktop.core.parse.opening_titles import run_on_title
from desktop.core.parse.prose_units import group_subject
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


def test_dash_typed_for_the_first_numeral() -> None:
    text = "为做好防汛工作,制定本方案。—、本村概况全村现有人口1200人。二、工作任务村委会负责组织巡查。"
    assert "。一、本村概况" in restore_dash_one(text)
    # near misses: no 二、 after the dash; a 一、 point already printed before 二、
    alone = "为做好防汛工作,制定本方案。—、本村概况全村现有人口1200人。"
    assert restore_dash_one(alone) == alone
    printed = "一、总体要求做好防汛。—、本村概况全村现有人口1200人。二、工作任务村委会负责组织巡查。"
    assert restore_dash_one(printed) == printed


_CUT_STEPS = ("三、应急措施传送信息:采用广播、电话等方式及时通知村民。2、转移群众:接到预报后,村两委组织人员迅速转移"
              "受影响的群众。3、 转移信号:规定转移信号为鸣锣,群众听到锣声时应")


def test_lost_run_cut_after_its_third_item() -> None:
    lines = [ln for ln in split_inline(_CUT_STEPS).split("\n") if ln.strip()]
    assert [ln[:2] for ln in lines] == ["三、", "2、", "3、"]
    # near miss: the same run without the labels stays in its point's line
    bare = _CUT_STEPS.replace("转移群众:", "").replace(" 转移信号:", "")
    assert len([ln for ln in split_inline(bare).split("\n") if ln.strip()]) == 1
    # near miss: the last item runs on far past a cut's reach
    long = _CUT_STEPS + "迅速撤离," * 80
    assert len([ln for ln in split_inline(long).split("\n") if ln.strip()]) == 1


def test_title_after_the_sites_file_name() -> None:
    page = ("村级防汛应急预案.doc某县某镇某村防汛应急预案根据《中华人民共和国防洪法》,为做好本村防汛工作,特制定本预案。"
            "一、组织机构成立村防汛工作组,负责全村防汛工作。二、工作措施村委会负责组织巡查,及时发现险情。" * 3)
    assert run_on_title(page, "") == "某县某镇某村防汛应急预案"
    # near miss: the file name and no title after it
    bare = page.replace("某县某镇某村防汛应急预案根据", "根据", 1)
    assert run_on_title(bare, "") == ""


def test_situation_point_is_no_task() -> None:
    text = ("某村环境整治工作方案\n一、本村概况全村现有农户320户,人口1200人,耕地800亩,山林1500亩。\n"
            "二、工作任务\n1、村委会负责清理村道两侧的垃圾。\n2、村卫生室负责做好饮用水消毒。\n")
    tasks = _tasks(text)
    assert "一" not in tasks and tasks["二/1"] == ["村委会"]
    # near miss: a situation point that names a doer by 负责 is a task
    named = text.replace("一、本村概况全村现有农户320户,人口1200人,",
                         "一、本村概况:全村现有农户320户,村委会负责编印人口情况,")
    assert _tasks(named)["一"] == ["村委会"]


def test_first_item_run_in_after_the_preamble() -> None:
    text = ("为使本届村委会的工作落到实处,特制定以下目标。 1、经济发展。全村调整种植面积300亩。\n"
            "2、村容整治。清理沟渠5公里。\n")
    assert run_in_first_items(text).split("\n")[1].startswith("1、经济发展")
    # near miss: no 2、 on the next line
    other = text.replace("\n2、村容整治。", "\n另外,")
    assert run_in_first_items(other) == other
    # near miss: a list the line announces after its colon 「附件：1、…」
    annex = "现印发给你们,请遵照执行。\n附件：1、某村环境整治工作方案\n2、某村环境整治任务分解表\n"
    assert run_in_first_items(annex) == annex


def test_named_line_runs_into_its_bracketed_items() -> None:
    line = "2、农业生产。(1)推广示范田,提供优质服务,粮食收入每年递增10%。(2)全村农业总产值力争达到300万元。"
    assert split_paragraph_items([line]) == ["2、农业生产。", "(1)推广示范田,提供优质服务,粮食收入每年递增10%。",
                                             "(2)全村农业总产值力争达到300万元。"]
    # near miss: the (1) further on in a sentence
    later = "2、农业生产,要推广示范田,做好以下两点。(1)提供优质服务,粮食收入每年递增10%。(2)力争达到300万元。"
    assert split_paragraph_items([later]) == [later]
    # near miss: a step under a part 「（五）…」: the page's top level is above it
    step = "1.提出申请。（1）由业主向业委会提出申请,也可由物业公司提出。（2）业委会向属地管理部门提出确认申请。"
    assert split_paragraph_items(["（五）死亡树木的处置", step]) == ["（五）死亡树木的处置", step]


_VILLAGES = ("某乡森林防火责任书\n一、各村委要认真履行森林防火职责,落实防火措施,实现以下工作目标:\n"
             "1、森林防火实行领导负责制,村长是本村森林防火的第一责任人。\n"
             "2、各村要切实加强森林防火宣传,每村每年组织两次以上宣传活动,知晓率在90%以上。\n")


def test_group_with_modal_and_adverb_names_no_unit() -> None:
    assert group_subject("各村要切实加强森林防火宣传,每村每年组织两次以上宣传活动。") == []
    assert group_subject("各村要及时组织森林防火巡逻,提高应急处置能力。") == []
    assert _tasks(_VILLAGES)["一/2"] == ["各村委"]
    # near miss: a group's own duty with no modal: its unit
    assert group_subject("各镇人民政府承担土地流转的组织工作。") == ["各镇人民政府"]


_PAGE_TWO = ("办公室设在村委会值班室,由村应急办主任兼任办公室主任。\n"
             "2、村委会组织民兵成立巡逻队,负责全村的防汛巡逻工作。\n二、应急措施\n1、预警:村广播要及时发出预警信号。\n2、转移:村委会负责组织群众转移到安全地点。\n"
             "三、善后工作\n村委会负责组织群众回迁,修复受损设施。\n")


def test_page_opening_inside_item_one_keeps_item_two() -> None:
    assert _tasks(_PAGE_TWO)["2"] == ["村委会"]
    # near miss: a 3、 alone over the next section stays the page's opening text
    assert "3" not in _tasks(_PAGE_TWO.replace("\n2、村委会组织民兵", "\n3、村委会组织民兵"))


def test_team_set_up_in_a_later_clause_takes_the_work() -> None:
    assert doer_units("村委会以村民小组为单位,成立护林巡逻队,负责全村的防火巡逻工作。")[1] == []
    # near miss: the body's own 负责 after its means
    assert doer_units("村委会以村民小组为单位,负责组织全村的防火巡逻工作。")[1] == ["村委会"]


def test_village_group_named_by_its_number_is_no_target() -> None:
    text = ("某村整治工作实施方案\n一、整治内容\n1、环境卫生治理。安排清理3组内道路两侧积存垃圾,消除卫生死角。\n"
            "2、基础设施治理。整修5组的破损垃圾收集房,新建垃圾收集房3个。\n3、组建巡逻队。成立3组巡逻队,开展巡逻。\n")
    targets = {t.number: [(x.value, x.unit) for x in t.targets] for t in parse_text(text).tasks}
    assert targets["1"] == [] and targets["2"] == [(3.0, "个")]
    # near miss: teams counted by the work that sets them up
    assert targets["3"] == [(3.0, "组")]

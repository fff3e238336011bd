"""Round 55 (p55a): the task structure of whole rules. Made-up texts of three forms:

- a body of a kind over the requirements its own work keeps to 「X单位应当按照以下要求提供…服务：（一）…」: the items
  are the work's steps and take the lead-in's doer (Round 56 rulings' duty list; ``article_lead_ins._KIND_DUTIES``),
  not a list the party only meets 「应当符合以下要求：」;
- an article whose list is the public's prohibitions under a lead-in naming no doer 「…后，拟征地范围内应当执行下列
  规定：（一）不得…；（二）…的，不得…」: the lines are text, the article one task with its own work (round 36:
  prohibitions to the public are text; ``given_lists._BARE_BAN``); a list of the same prohibitions under a body's
  lead-in stays items;
- an article whose list is costs paid 「还应当补偿下列费用：（一）…费用；（二）…补偿。」: text (rounds 36, 38: a list of
  rates or costs), the article one task.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = ("某市住宅小区停放管理规定\n"
        "第一条  （目的和依据）\n为规范小区停放管理，制定本规定。\n"
        "第二条  （管理部门）\n区房屋管理部门负责本区小区停放的监督管理。\n")
TAIL = "第九条  （施行日期）\n本规定自2031年1月1日起施行。\n"


def _tasks(body: str) -> dict[str, tuple[list[str], list[str]]]:
    plan = parse_text(HEAD + body + TAIL)
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in plan.tasks}


def test_a_kinds_work_by_requirements_gives_its_items_the_doer():
    got = _tasks("第三条  （服务要求）\n停放服务单位应当按照以下要求提供停放管理服务：\n"
                 "（一）公示收费标准；\n（二）建立车辆进出登记制度；\n（三）配备必要的管理人员。\n")
    assert [k for k in got if k.startswith("3")] == ["3/一", "3/二", "3/三"]
    assert all(got[k] == ([], ["停放服务单位"]) for k in ("3/一", "3/二", "3/三"))
    assert got["2"] == ([], ["区房屋管理部门"])


def test_requirements_a_party_only_meets_give_no_doer():
    # (near miss: 「应当符合以下要求」 has no verb of work after the list — the lead-in's party is not carried)
    got = _tasks("第三条  （场地要求）\n停放服务单位的场地应当符合以下要求：\n"
                 "（一）地面平整；\n（二）标识清晰；\n（三）照明充足。\n")
    assert not any(units == ([], ["停放服务单位"]) for k, units in got.items() if k.startswith("3"))


def test_the_publics_prohibitions_under_a_doerless_lead_are_the_articles_text():
    got = _tasks("第三条  （公告后的限制）\n"
                 "项目批准后，区人民政府应当在拟改造范围内发布改造预公告，预公告时间不得少于5个工作日。\n"
                 "预公告后，拟改造范围内应当执行下列规定：\n"
                 "（一）不得新建、改建房屋；\n（二）不得突击装修房屋；\n（三）已取得批准文件但尚未开工的，不得开工。\n")
    assert [k for k in got if k.startswith("3")] == ["3"]
    assert got["3"] == ([], ["区人民政府"])
    assert len(got) == 2            # 第二、三条 only: 第一条 purpose, 第九条 the close


def test_the_same_prohibitions_under_a_bodys_lead_stay_items():
    # (near miss: the lead-in names its doer 「区城管部门应当执行下列规定：」 — the lines bind that body: items)
    got = _tasks("第三条  （执法要求）\n区城管执法部门在执法中应当执行下列规定：\n"
                 "（一）不得擅自扣押车辆；\n（二）不得收取费用；\n（三）发现违规停放的，不得拖延处理。\n")
    assert [k for k in got if k.startswith("3")] == ["3/一", "3/二", "3/三"]


def test_a_list_of_costs_paid_is_the_articles_text():
    got = _tasks("第三条  （其他补偿）\n对于经批准用于经营的房屋，还应当补偿下列费用：\n"
                 "（一）设备搬迁费用；\n（二）无法恢复使用的设备的费用；\n（三）停业损失补偿。\n"
                 "停业损失补偿标准，由区人民政府制定并公布。\n")
    assert [k for k in got if k.startswith("3")] == ["3"]
    assert got["3"] == ([], ["区人民政府"])


# an article printed on one line, its paragraphs joined by blanks, its items run in after a lead-in of duties or work
# 「…具体包括： （一）…； （二）…」 (``inline_items._cn_cuts``): the items are split as if printed on lines of their own
RUN_IN = ("某市公房供后管理实施细则\n"
          "第一条（目的）\n\n为加强管理，制定本细则。\n\n"
          "第二条（实施机构）\n\n市实施机构负责统筹协调。 区实施机构负责组织实施辖区内以下事务性工作，具体包括： "
          "（一）进行合同管理； （二）组织住房回购和转让管理； （三）进行档案管理。 相邻区实施机构应配合开展工作。\n"
          "\n第三条（施行）\n\n本细则自2031年1月1日起施行。\n")


def test_run_in_items_after_a_lead_in_of_work_are_items():
    tasks = {"/".join([*t.path, t.number]): t for t in parse_text(RUN_IN).tasks}
    assert {"2/一", "2/二", "2/三"} <= set(tasks)
    assert tasks["2/二"].responsible_units == ["区实施机构"]
    assert tasks["2/二"].text.startswith("组织住房回购和转让管理")


def test_run_in_conditions_stay_the_articles_text():
    # (near miss: the run-in list is of conditions 「同时符合以下条件的，支付…：」 — no lead-in of duties or work)
    text = RUN_IN.replace("区实施机构负责组织实施辖区内以下事务性工作，具体包括：",
                          "区实施机构应当与购房人签订回购合同。同时符合以下条件的，支付全部回购价款：")
    tasks = {"/".join([*t.path, t.number]) for t in parse_text(text).tasks}
    assert not any(k.startswith("2/") for k in tasks)
    assert "2" in tasks


# a body designated, then its duties 「A是…的行政管理部门，具体职责如下：」 (``article_lead_ins._DESIGNATED``): the
# items are A's; one that opens 「牵头…」 is led by A (``duty_headings._own_openings``)
DESIGNATED = ("某市公房供后管理实施细则\n"
              "第一条（目的）\n\n为加强管理，制定本细则。\n\n"
              "第二条（管理职责）\n\n市保障部门是本市供后管理的主管部门。 "
              "区保障部门是本区供后管理的行政管理部门，具体职责如下： "
              "（一）牵头审核本区房源价格； （二）指导相关单位开展监督检查； （三）作出处理决定。\n"
              "\n第三条（施行）\n\n本细则自2031年1月1日起施行。\n")


def test_a_designated_bodys_duties_are_its_own_and_its_lead_is_where_it_leads():
    tasks = {"/".join([*t.path, t.number]): t for t in parse_text(DESIGNATED).tasks}
    assert (tasks["2/一"].lead_units, tasks["2/一"].responsible_units) == (["区保障部门"], ["区保障部门"])
    assert (tasks["2/二"].lead_units, tasks["2/二"].responsible_units) == ([], ["区保障部门"])
    assert (tasks["2/三"].lead_units, tasks["2/三"].responsible_units) == ([], ["区保障部门"])


def test_a_designation_without_duties_gives_its_items_no_holder():
    # (near miss: the designation is followed by a list of papers 「…，申请材料如下：」, not duties: no items, the
    # run-in lines stay the article's text)
    text = DESIGNATED.replace("区保障部门是本区供后管理的行政管理部门，具体职责如下：",
                              "区保障部门是本区供后管理的行政管理部门，申请材料如下：")
    tasks = {"/".join([*t.path, t.number]) for t in parse_text(text).tasks}
    assert not any(k.startswith("2/") for k in tasks)

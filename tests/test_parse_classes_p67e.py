"""Round 67 (p67e): city rules on signs and on weighing refuse (plans-next352).

- A sending due some days after each calendar month ends 「…应在每个自然月结束后三个工作日内将…数据报送…」: a
  monthly duty — not a sending due once after a campaign ends 「…行动结束后三个工作日内报送总结」.
- Two bodies joined by 和 whose second prints its sister tiers in a bracket 「街道办事处和镇（乡）人民政府应当…」: two
  doers, the bracket kept with its side — not a bracket of another kind 「各区（含开发区）街道」, which keeps the
  name whole as before.
- An article's list announced as the ways a thing is settled 「…应当采用以下方式确定：（一）A采用招投标等方式确定…；
  （二）B按照政府采购程序确定…」 whose lines each give a named body its act: each line a task of its body (Round 95,
  x352_02 第七条) — not lines naming no body 「（一）市管道路采用招投标方式确定；」, still one task.
- The cases an option does not reach 「…可以采取告知承诺方式实施审批，但下列情形除外：（二）超过建筑物4层或者…12米以上
  部位设置」: a figure in a line is the class of case left out, no target — not the limits a thing must keep
  「…应当符合下列要求：（一）高度不得超过4米；」.
- The finding fed back to the one who complained, left unsaid after the complaint received 「有关部门接到投诉、举报后，
  应当…进行处理，并将处理结果予以反馈」: an undated duty — not a finding made public 「…并将处理结果予以公布」.
- The review of an application counted from receiving it 「A应当自受理申请之日起5个工作日内进行审核。符合…的，核发…」:
  the approver's step, A no doer (x346_03 第二十六条) — not other work in that time 「…之日起5个工作日内进行现场检查」.
- A case told to the local government that then acts on it 「…的，应当告知所在地镇（乡）人民政府、街道办事处，由…负责
  指定…」: an undated duty (x346_03 第三十六条) — not a party told 「…的，应当书面告知申请人，由申请人…」.
- The scale of a sanction on a breaker 「…对违规车辆每次按该车核定载重量5倍计入当月垃圾量」: no target (round 32) —
  not a scheme's rate 「…按照基准价格的3倍加收处理费」, a target as before.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _units(text: str) -> dict[str, list[str]]:
    return {t.title: [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks if not t.not_task}


def _rules(*articles: str) -> str:
    head = "某市店招设置管理规定\n第一条（目的）\n为了规范店招设置，制定本规定。\n"
    body = "".join(f"第{n}条（条款{n}）\n{a}\n" for n, a in zip("二三四五六七八", articles, strict=False))
    return head + body + "第九条（施行）\n本规定自2024年1月1日起施行。\n"


def test_each_calendar_month_sending_is_monthly() -> None:
    plan = parse_text(_rules("检测机构应在每个自然月结束后五个工作日内将检测数据报送区市容部门。"))
    assert [d.every for d in plan.duties if "检测数据" in d.text] == ["month"]
    # near miss: a sending due once, after a campaign ends
    plan = parse_text(_rules("检测机构应在专项行动结束后五个工作日内将工作总结报送区市容部门。"))
    assert all(d.every is None for d in plan.duties)


def test_and_with_sister_tier_bracket_names_two_doers() -> None:
    units = _units(_rules("市容部门、街道办事处和镇（乡）人民政府应当加强店招安全巡查。"))
    assert ["市容部门", "街道办事处", "镇（乡）人民政府"] in units.values()
    # near miss: a bracket that is no sister tier keeps the name whole, as before
    units = _units(_rules("区市容局和各区（含开发区）街道应当加强店招安全巡查。"))
    assert ["区市容局和各区（含开发区）街道"] in units.values()


def _tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(t.number, [*t.lead_units, *t.responsible_units]) for t in parse_text(text).tasks if not t.not_task]


def test_lines_each_giving_a_named_body_its_way_are_tasks() -> None:
    tasks = _tasks(_rules("店招检测由检测机构承担，检测机构应当采用以下方式确定：\n"
                          "（一）市容局采用招投标等方式确定市管道路的检测机构；\n"
                          "（二）区市容部门按照政府采购程序确定区管道路的检测机构。"))
    assert ("一", ["市容局"]) in tasks and ("二", ["区市容部门"]) in tasks
    # near miss: lines that name no body stay the article's one task
    tasks = _tasks(_rules("店招检测机构按照以下方式确定：\n（一）市管道路采用招投标方式确定；\n"
                          "（二）区管道路按照政府采购程序确定。"))
    assert ("一", []) not in tasks and len(tasks) == 1


def _figures(text: str) -> list[float]:
    return [x.value for t in parse_text(text).tasks if not t.not_task for x in t.targets]


def test_figures_in_cases_an_option_leaves_out_are_no_targets() -> None:
    assert _figures(_rules("区市容部门可以采取告知承诺方式实施审批，但下列情形除外：\n（一）在风貌保护道路沿线设置；\n"
                           "（二）超过建筑物4层或者在建筑物12米以上部位设置。\n区市容部门应当为设置人提供便利。")) == []
    # near miss: the limits a sign must keep stay targets
    assert _figures(_rules("区市容部门实施审批时，店招应当符合下列要求：\n（一）高度不得超过4米；\n"
                           "（二）面积不得超过12平方米。")) == [4.0, 12.0]


def test_finding_fed_back_after_a_complaint_is_a_duty() -> None:
    text = "任何单位和个人可以向市容部门投诉。有关部门接到投诉、举报后，应当及时进行核实，并将核实结果予以反馈。"
    assert [(d.due, d.every) for d in parse_text(_rules(text)).duties] == [(None, None)]
    # near miss: a finding made public is no duty
    assert parse_text(_rules(text.replace("予以反馈", "予以公布"))).duties == []


def test_review_counted_from_receiving_an_application_names_none() -> None:
    text = ("运输单位应当向区市容部门申请取得处置证。\n区市容部门应当自受理申请之日起5个工作日内进行审核。符合规定的，"
            "核发处置证；不符合规定的，不予核发，并书面告知原因。")
    assert all(units == [] for units in _units(_rules(text)).values())
    # near miss: other work within that time names its body
    text = "运输单位应当向区市容部门申请取得处置证。\n区市容部门应当自受理申请之日起5个工作日内进行现场检查。"
    assert ["区市容部门"] in _units(_rules(text)).values()


def test_case_told_to_the_local_government_that_acts_is_a_duty() -> None:
    text = "堆放责任人无法设置堆放点的，应当告知所在地镇（乡）人民政府、街道办事处，由街道办事处负责指定堆放点。"
    assert [(d.due, d.every) for d in parse_text(_rules(text)).duties] == [(None, None)]
    # near miss: a party told is no duty
    text = "区市容部门作出不予许可决定的，应当书面告知申请人，由申请人自行整改。"
    assert parse_text(_rules(text)).duties == []


def test_multiple_scaling_a_sanction_is_no_target() -> None:
    assert _figures(_rules("发生违规设置等行为的，区市容部门对违规店招每次按该店招核定面积3倍计入当月违规面积，"
                           "并予以通报批评。")) == []
    # near miss: a scheme's own rate stays a target
    assert _figures(_rules("区市容部门对超标企业按照基准价格的3倍加收处理费。")) == [3.0]

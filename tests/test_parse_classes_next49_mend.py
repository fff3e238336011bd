"""Mends of the review of p44 (round 25, helper mr44): made-up wordings other than the review's snippets, and
near-misses that must not fire."""
from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(*items: str, head: str = "某区2024年重点工作方案\n一、重点任务\n"):
    marks = "一二三四五六七八九十"
    text = head + "\n".join(f"（{marks[i]}）{t}" for i, t in enumerate(items))
    return {t.key: t for t in parse_text(text).tasks}


def _units(*items: str) -> dict[str, tuple[list[str], list[str]]]:
    return {k: (t.lead_units, t.responsible_units) for k, t in _tasks(*items).items()}


def _targets(*items: str) -> dict[str, list[tuple[float, str, str | None]]]:
    return {k: [(x.value, x.unit, x.comparator) for x in t.targets] for k, t in _tasks(*items).items()}


# 1. a plan whose own title names a problem list, after its cover notice's signature, is the plan
def test_a_plan_titled_after_a_problem_list_is_kept():
    text = ("关于印发《安全生产隐患清单销号工作办法》的通知\n\n各街道、区级各部门：\n"
            "现将《安全生产隐患清单销号工作办法》印发给你们，请遵照执行。\n一、统一思想。\n二、抓好落实。\n区安委会办公室\n2024年3月2日\n"
            "安全生产隐患清单销号工作办法\n一、主要任务\n（一）建立台账。区应急局负责建立隐患台账。\n"
            "（二）限期销号。各街道负责按期销号。\n二、保障措施\n（一）加强督导。\n")
    titles = [t.title for t in parse_text(text).tasks]
    assert "建立台账" in titles and "统一思想" not in titles


def test_a_problem_list_alone_after_the_signature_is_still_left_out():
    text = ("某区关于开展自查自纠工作的通知\n\n各街道：\n现将有关事项通知如下。\n一、开展自查。各街道负责开展自查。\n"
            "二、按期整改。各街道负责按期整改。\n区民政局\n2024年3月2日\n附件\n常见问题清单\n一、台账不全。\n"
            "二、制度缺失。\n三、公示不到位。\n")
    titles = [t.title for t in parse_text(text).tasks]
    assert "台账不全" not in titles and any("开展自查" in t for t in titles)


# 2. a units sentence a PDF wrapped is joined; a heading line over it and a note line after it are not part of it
def test_a_wrapped_units_sentence_is_joined():
    got = _units("推进雨污分流。完成管网改造。区水务局牵头，区财政局、\n各街道配合。",
                 "推进绿化提升。完成绿化提升。区绿化局牵头，各镇\n配合实施。",
                 "推进道路整治。完成整治。区建管委牵头，各街道配合\n（长期坚持）",
                 "推进菜场改造\n区商务委牵头，各街道配合。")
    assert got["一.一"] == (["区水务局"], ["区财政局", "各街道"])
    assert got["一.二"] == (["区绿化局"], ["各镇"])
    assert got["一.三"] == (["区建管委"], ["各街道"])
    assert got["一.四"] == (["区商务委"], ["各街道"])


# 3. a manner word before the partners' role is no part of their names; alone (no lead) it names no unit
def test_a_manner_word_before_the_partners_role():
    got = _units("推进创建。开展创建。由区文明办牵头，各街道主动配合。",
                 "推进整治。开展整治。区城管执法局牵头，区公安分局、区市场监管局通力配合。",
                 "推进宣传。开展宣传。（区委宣传部牵头，各相关部门积极配合）",
                 "推进协作。开展协作。各相关单位密切配合。")
    assert got["一.一"] == (["区文明办"], ["各街道"])
    assert got["一.二"] == (["区城管执法局"], ["区公安分局", "区市场监管局"])
    assert got["一.三"] == (["区委宣传部"], ["各相关部门"])
    assert got["一.四"] == ([], [])


# 4. a ceiling called a 底线/红线 is no floor; a protected stock is
def test_a_red_line_reads_by_what_it_holds():
    got = _targets("守牢大气质量。确保全区PM10年均浓度50微克/立方米的底线。",
                   "严格用能。坚守全区用能总量80万吨标准煤的控制红线。",
                   "保护湿地。确保全区1.5万亩湿地保护红线。",
                   "守住底线。守住不发生重大事故的底线。")
    assert got["一.一"] == [(50.0, "微克/立方米", "<=")]
    assert got["一.二"] == [(800000.0, "吨", "<=")]
    assert got["一.三"] == [(15000.0, "亩", ">=")]
    assert got["一.四"] == []


# 5. 「N以上的X达到…标准」 names the whole share only for % / 成; a count of people picks out which ones
def test_a_qualifier_before_reaching_a_standard():
    got = _targets("推进规范。推动职工100人以上的单位达到职业健康标准。",
                   "推进改造。到2025年，全区50%以上的小区达到美丽家园建设标准。")
    # (round 30, CONVENTIONS.md thresholds: 「职工100人以上的单位」 is a target by its comparison word)
    assert got["一.一"] == [(100.0, "人", ">=")]
    assert got["一.二"] == [(50.0, "%", ">=")]


# 6. a label read by its shape names units only; a sentence after it is no unit
def test_a_shaped_label_before_a_sentence_names_no_unit():
    got = _units("加强管理。\n各配合单位：结合实际，认真落实。",
                 "开展检查。\n各责任部门：严格按照要求开展检查。",
                 "开展评估。（具体实施单位：各街道）")
    assert got["一.一"] == ([], [])
    assert got["一.二"] == ([], [])
    assert got["一.三"] == ([], ["各街道"])


# 8. a kind-of-body heading takes its paragraph's unit only when that opens it and is of its kind
def test_a_kind_of_body_heading_and_its_paragraph():
    text = ("某区食品安全工作方案\n一、职责分工\n（一）公安机关\n区公安分局负责查处食品犯罪。\n（二）教育部门\n"
            "各中小学负责食堂自查，区教育局负责督查。\n（三）商务部门\n协助区市场监管局开展检查。\n（四）市场监管部门\n"
            "区市场监管局负责日常监管。\n")
    got = {t.title: t.responsible_units for t in parse_text(text).tasks}
    assert got["公安机关"] == ["区公安分局"]
    assert got["教育部门"] == ["教育部门"]
    assert got["商务部门"] == ["商务部门"]
    assert got["市场监管部门"] == ["区市场监管局"]


# 9 / 11. a date before sending for review is the work's; a report's date after the senders named is not
def test_sent_for_review_is_not_a_report():
    got = _tasks("编制方案。2024年9月底前将实施方案初稿送审。",
                 "报送进展。2024年9月底前将工作进展情况送区发改委。",
                 "完成整治。全面完成整治，10月10日前，各街道将整治情况报区生态环境局。")
    assert got["一.一"].deadline == "2024-09-30"
    assert got["一.二"].deadline is None
    assert got["一.三"].deadline is None


# 10. 部门（单位） and 股室 in a label's shape
def test_label_shapes_with_a_bracketed_kind_and_gu():
    got = _units("推进规范。（牵头负责单位：区应急局；协助部门（单位）：区消防救援支队）",
                 "推进改造。（牵头股室：城建股；配合股室：财务股）")
    assert got["一.一"] == (["区应急局"], ["区消防救援支队"])
    assert got["一.二"] == (["城建股"], ["财务股"])


# 11. 「A负责组织落实，B配合」: A answers for the work, B helps
def test_one_answers_for_the_work_with_helpers():
    got = _units("开展巡查。区城管执法局负责组织实施，各街道配合。",
                 "开展巡查。区城管执法局负责，区公安分局协助。")
    assert got["一.一"] == (["区城管执法局"], ["各街道"])
    assert got["一.二"] == (["区城管执法局"], ["区公安分局"])


# 7. 「B为实施单位，下同」 holds in its own top-level part only, not in 保障措施
def test_same_below_stops_at_its_part():
    text = ("某区工作方案\n一、主要任务\n（一）推进改造。（牵头单位：区建管委，各街道为实施单位，下同）\n"
            "（二）推进整治。（牵头单位：区绿化局）\n二、保障措施\n（一）加强领导。（牵头单位：区府办）\n")
    got = {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}
    assert got["一.二"] == (["区绿化局"], ["各街道"])
    assert got["二.一"] == (["区府办"], [])


# 11. units named for their roles in prose
def test_units_named_for_roles_in_prose():
    got = _units("开展培训。区卫健委为牵头单位，各社区卫生服务中心为责任单位。",
                 "开展培训。培训为必修课程，各单位为组织单位。")
    assert got["一.一"] == (["区卫健委"], ["各社区卫生服务中心"])
    assert got["一.二"] == ([], [])


# 12. a case handed on for action is no report; a named set all to be done is the work's scope
def test_hand_off_and_named_scope():
    text = ("某区工作方案\n一、主要任务\n（一）做好移送。发现问题后，将问题线索转交区纪委监委。\n"
            "（二）做好登记。登记完成后，同时转交区档案中心。\n"
            "（三）保护古树。已命名的30株古树名木全部完成挂牌保护。\n（四）巩固提升。巩固已建成的20个小区。\n")
    p = parse_text(text)
    duties = [d.text for d in p.duties]
    assert not any("线索" in d for d in duties) and any("档案中心" in d for d in duties)
    got = {t.key: [(x.value, x.unit) for x in t.targets] for t in p.tasks}
    assert (30.0, "株") in got["一.三"]
    assert got["一.四"] == []

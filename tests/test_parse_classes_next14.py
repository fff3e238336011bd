"""Failure classes of tests/data/plans-next14/BASELINE.md (round 16, parser19), each with made-up
wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text

# class 1: a notice with its own 一、二、三、 points (no unit named), which issues the plan after its
# signature (附件 / title / 一、…（一）…1.…): the plan's items are the tasks, numbered as in the plan
_NOTICE = ("关于开展全区古树名木普查的通知\n\n各街镇、区有关部门：\n\n为摸清家底，现就有关事项通知如下：\n\n"
           "一、提高思想认识\n\n古树名木是珍贵的自然遗产，各单位要高度重视。\n\n"
           "二、明确普查要求\n\n本次普查覆盖全区所有古树名木和后续资源。\n\n"
           "三、加强协同配合\n\n各单位要密切配合。现将《全区古树名木普查工作方案》印发给你们，请认真贯彻执行。\n\n"
           "附件：全区古树名木普查工作方案\n\n某区绿化市容局\n\n2027年3月2日\n\n附件\n\n全区古树名木普查工作方案\n\n"
           "为做好普查工作，制定本方案。\n\n一、普查目标\n\n全面掌握古树名木的数量和生长状况。\n\n"
           "二、普查内容\n\n（一）资源清查\n\n1.外业调查\n\n逐株开展现场调查，记录树种和树龄。\n\n"
           "2.数据建库\n\n建立古树名木数据库，及时更新。\n\n（二）健康评估\n\n对每株古树开展健康评估。\n\n"
           "三、时间安排\n\n（一）准备阶段\n\n2027年4月底前，完成培训。\n\n（二）实施阶段\n\n2027年10月底前，完成调查。\n")


def test_a_notice_over_the_plan_it_issues_reads_the_plan():
    plan = parse_text(_NOTICE)
    keys = [t.key for t in plan.tasks]
    titles = [t.title for t in plan.tasks]
    assert "二.一.1" in keys and "二.二" in keys and "三.二" in keys
    assert not any(t.startswith(("提高思想认识", "明确普查要求", "加强协同配合")) for t in titles)
    assert next(t for t in plan.tasks if t.key == "三.二").deadline == "2027-10-31"


def test_a_notice_without_an_issued_plan_keeps_its_own_points():
    # the same notice that attaches a form, not a plan: its own points stay the tasks
    text = _NOTICE.split("附件：")[0] + "附件：古树名木调查表\n\n某区绿化市容局\n\n2027年3月2日\n"
    plan = parse_text(text.replace("现将《全区古树名木普查工作方案》印发给你们", "请做好填报"))
    titles = [t.title for t in plan.tasks]
    assert titles[:1] == ["提高思想认识"] and len(titles) == 3


# class 2: one notice issuing several plans (附件1 / 附件2, each its title and own 一、二、三、): the items of
# every plan are tasks, numbered under their label, the units and goals of each kept
_ANNEX_PLAN = ("{label}\n\n某区{name}工作方案\n\n为做好{name}工作，制定本方案。\n\n一、工作目标\n\n"
               "到2028年，{name}达标率达到{rate}%以上。\n\n二、重点任务\n\n"
               "（一）摸清底数。开展全面排查，建立台账。（区{a}牵头，各镇配合）\n\n"
               "（二）落实整改。对发现的问题限期整改。（区{b}负责）\n\n三、保障措施\n\n加强督促检查。\n\n")


def test_several_plans_issued_in_one_notice_are_all_read():
    text = ("某区水务局 某区绿化市容局关于印发《某区河道保洁工作方案》等的通知\n\n各镇：\n\n"
            "现将《某区河道保洁工作方案》等印发给你们，请认真执行。\n\n"
            "附件：1.某区河道保洁工作方案\n2.某区绿地养护工作方案\n\n某区水务局\n\n2027年5月6日\n\n"
            + _ANNEX_PLAN.format(label="附件1", name="河道保洁", rate=90, a="水务局", b="城管执法局")
            + _ANNEX_PLAN.format(label="附件2", name="绿地养护", rate=85, a="绿化市容局", b="财政局"))
    plan = parse_text(text)
    keys = {t.key: t for t in plan.tasks}
    assert set(keys) == {"附件1.二.一", "附件1.二.二", "附件2.二.一", "附件2.二.二"}
    assert keys["附件2.二.一"].lead_units == ["区绿化市容局"]
    assert keys["附件2.二.二"].responsible_units == ["区财政局"]
    assert {t.value for t in plan.plan_targets} >= {90.0, 85.0}


def test_one_plan_with_a_form_attached_stays_unlabelled():
    text = ("某区河道保洁工作方案\n\n一、重点任务\n\n（一）摸清底数。开展排查。（区水务局牵头）\n\n"
            "（二）落实整改。限期整改。（区城管执法局负责）\n\n附件2\n\n河道保洁情况统计表\n\n序号 河道 长度\n")
    plan = parse_text(text)
    assert [t.key for t in plan.tasks] == ["一.一", "一.二"]


# class 4: a units bracket whose last clause says how the units carry the work out (结合实际落实) gives
# the unit without those words; a bare bracket naming 区属国企 is the item's own, not the next item's
def test_units_that_carry_the_work_out_are_named_without_the_sentence():
    plan = parse_text("某市加强地下管线安全管理实施方案\n一、重点任务\n"
                      "1.开展管线普查。全面排查老旧管线。（市住房城乡建设管理委牵头，各区住建部门结合实际推进）\n"
                      "2.建立信息平台。汇集管线数据。（市数据局、市水务局按职责分工负责，相关区政府结合本区实际落实）\n")
    first, second = plan.tasks
    assert first.lead_units == ["市住房城乡建设管理委"] and first.responsible_units == ["各区住建部门"]
    assert "相关区政府" in second.responsible_units
    assert not any("结合" in u for t in plan.tasks for u in t.responsible_units)


def test_a_bare_bracket_naming_state_firms_is_its_own_items_units():
    plan = parse_text("某区存量厂房更新行动方案\n一、主要举措\n"
                      "1.推动整体收购。鼓励国有企业收购闲置厂房。（市属国企、各街镇）\n"
                      "2.做强国企平台。发挥国企主力军作用。（区属国企）\n"
                      "3.加强转让监管。完善转让工作机制。（区经委、区市场监管局）\n")
    units = [t.responsible_units for t in plan.tasks]
    assert units == [["市属国企", "各街镇"], ["区属国企"], ["区经委", "区市场监管局"]]


# class 3: a section whose first heading holds numbered items with units and whose other headings of
# the same level carry their work in a paragraph: those headings are tasks too
def test_a_heading_of_work_beside_a_heading_over_labelled_items_is_a_task():
    plan = parse_text("某区闲置校舍盘活工作方案\n一、工作目标\n盘活闲置校舍。\n二、主要内容\n"
                      "（一）出台配套制度\n1.《闲置校舍出租管理办法》（责任单位：区教育局）\n"
                      "2.《闲置校舍收益使用细则》（责任单位：区财政局）\n"
                      "（二）开展校舍清查\n各街镇全面清查闲置校舍，建立台账，摸清产权和使用状况。\n"
                      "（三）探索多元利用\n引入社会力量参与运营，优先用于养老托育。\n"
                      "三、保障措施\n（一）加强组织领导\n各单位要高度重视。\n")
    keys = [t.key for t in plan.tasks if t.key.startswith("二")]     # (三、保障措施 is another rule's)
    assert keys == ["二.一.1", "二.一.2", "二.二", "二.三"]


# class 3 (dated stage items): a schedule item written as lines that open with their dates ends with its
# last step; a stage whose heading gives a window ends with the window, not with a report due inside it
def test_a_schedule_item_of_dated_lines_ends_with_its_last_step():
    plan = parse_text("某区地名普查实施方案\n一、时间安排\n（一）外业普查\n2027年3月前，完成人员培训；\n"
                      "2027年4-9月，逐村开展实地调查；\n2028年1-5月，成果核查与入库。\n"
                      "（二）成果转化\n2027年，编制标准地名录；\n2027年-2028年，推进地名文化宣传。\n")
    first, second = plan.tasks
    assert first.deadline == "2028-05-31"
    assert second.deadline == "2028-12-31"


def test_a_stage_window_in_its_heading_ends_the_stage():
    plan = parse_text("某镇宅基地改革试点工作方案\n一、实施步骤\n（一）启动阶段（2027年5月前）\n制定方案，成立专班。\n"
                      "（二）总结阶段（2028年3月-6月）\n2028年4月底前，形成试点总结报告；全面评估试点成效。\n")
    first, second = plan.tasks
    assert first.deadline == "2027-04-30"
    assert second.deadline == "2028-06-30"


# class 6: targets counted in 组 / 口 and a yearly rate in 毫米/年; 组织 / 口岸 / 人口 stay no counter
def test_sets_wells_and_a_yearly_rate_are_targets():
    from desktop.core.parse.targets import find_targets
    got = find_targets("到2028年，新建水文监测断面4组、观测井12口，河床冲淤变化控制在15厘米/年以内。", 2027,
                       relaxed=True)
    assert [(t.value, t.unit) for t in got] == [(4.0, "组"), (12.0, "口"), (15.0, "厘米/年")]
    assert got[2].comparator == "<="
    assert find_targets("组建3组织架构，开放2口岸，服务5万人口。", 2027, relaxed=True) == []


# class 5: duties written as keeping data in a system (及时录入…平台, 定期…上传), telling problems
# (重大问题要及时反映), sending as required (按时报送), a step's sending stamped with its month, a yearly
# report due on a dated day, and a rhythm of chosen quarters (每年二、三季度最后一个月)
def _duties(text: str):
    from desktop.core.parse.duties import find_duties
    return find_duties(text, 2027)


def test_data_kept_in_a_system_and_problems_told_are_duties():
    got = _duties("新增停车泊位信息及时录入区智慧停车管理系统。\n各街道定期对台账数据进行核对和上传。\n"
                  "试点中发现的突出问题要立即反映。\n运营单位应按要求按时报送监测数据。\n")
    texts = " ".join(d.text for d in got)
    for words in ("录入区智慧停车", "核对和上传", "立即反映", "按时报送"):
        assert words in texts


def test_dated_sendings_and_chosen_quarters():
    got = {d.text[:7]: d for d in _duties(
        "2027年11月，完成成果汇总上报。\n2027年12月底前，形成年度工作报告并报送区政府。\n"
        "各街镇于每年一、三季度末向区住建委报送工作进展。\n")}
    assert got["2027年11"].due == "2027-11-30"
    assert got["2027年12"].due == "2027-12-31" and got["2027年12"].every is None
    assert got["各街镇于每年一"].every == "quarter"

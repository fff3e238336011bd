"""Round 45 (p45b): a childless headed point written as paragraphs each led by its bodies and a colon
(CONVENTIONS.md round 32: a childless section of unit paragraphs is one task, its units the paragraphs' bodies in
printed order), and the purpose article of a rule named 规范 / 条例 / 指引 (a general provision, round 30)."""

from __future__ import annotations

from desktop.core.parse import parse_text

GUIDE = ("某区居住小区绿化管理指导意见\n\n"
         "一、绿化日常养护\n\n"
         "1.修剪。物业公司应按养护标准定期修剪小区树木，并做好记录。\n\n"
         "2.补植。物业公司应及时补植枯死缺株的绿化苗木。\n\n"
         "二、树木迁移审批\n\n"
         "1.申请。业委会应向区绿化市容局提交迁移申请材料。\n\n"
         "2.审批。区绿化市容局应在十个工作日内作出审批决定。\n\n"
         "三、小区内违法搭建绿地的处置\n\n"
         "{para}\n\n"
         "四、本指导意见自印发之日起施行。\n")

LED = ("物业公司：发现占用绿地搭建的，应及时劝阻，劝阻无效的立即上报。\n\n"
       "街道城管中队：接到报告后应当第一时间到场核查，依法责令当事人限期改正。\n\n"
       "区绿化市容局：对情节严重的，会同有关部门依法查处并督促恢复绿地。")


def _task(plan, title_start):
    return next((t for t in plan.tasks if t.title.startswith(title_start)), None)


def test_a_point_of_unit_colon_paragraphs_is_one_task_with_their_units():
    plan = parse_text(GUIDE.format(para=LED))
    task = _task(plan, "小区内违法搭建绿地的处置")
    assert task is not None
    assert task.lead_units + task.responsible_units == ["物业公司", "街道城管中队", "区绿化市容局"]
    assert [t.number for t in plan.tasks if t.path == ["一"]] == ["1", "2"]    # the numbered work as before


def test_one_colon_paragraph_is_no_division_of_the_work():
    # a single 「X：…」 line may be a field: the point stays a section, as before
    plan = parse_text(GUIDE.format(para="物业公司：发现占用绿地搭建的，应及时劝阻，劝阻无效的立即上报。"))
    assert _task(plan, "小区内违法搭建绿地的处置") is None


def test_rates_by_place_and_field_labels_are_no_bodies_given_work():
    rates = ("华亭镇、外冈镇：2万-4万元每亩每年\n\n"
             "马陆镇、安亭镇：3万-5万元每亩每年")
    assert _task(parse_text(GUIDE.format(para=rates)), "小区内违法搭建绿地的处置") is None
    fields = ("牵头部门：区绿化市容局负责统筹协调全区小区违法搭建绿地的处置工作\n\n"
              "配合部门：各街道城管中队配合做好现场核查和劝阻工作")
    plan = parse_text(GUIDE.format(para=fields))
    task = _task(plan, "小区内违法搭建绿地的处置")
    assert task is None or "牵头部门" not in task.lead_units + task.responsible_units


RULE = ("某市轨道交通安检工作规范\n\n"
        "第一条（目的和依据） 为加强轨道交通安检工作，根据有关法律法规，结合本市实际，制定本{doc}。\n\n"
        "第二条（责任主体） 运营企业负责组织实施轨道交通安检工作。\n\n"
        "第三条（监督检查） 市交通委负责对安检工作进行监督检查。\n\n"
        "第四条（施行日期） 本{doc}自2025年5月1日起施行。\n")


def test_the_purpose_article_of_a_rule_named_otherwise_is_no_task():
    for doc in ("规范", "条例", "指引", "办法"):
        plan = parse_text(RULE.format(doc=doc))
        assert [t.number for t in plan.tasks] == ["2", "3"], doc


def test_an_article_that_makes_a_rule_of_its_own_unit_stays_a_task():
    # 「…应当制定本单位安检规范」: work that names a rule of the unit's own, not the document's purpose
    text = RULE.format(doc="规范").replace("运营企业负责组织实施轨道交通安检工作。",
                                           "根据本规范，运营企业应当制定本单位安检操作规程，负责组织实施安检工作。")
    assert "2" in [t.number for t in parse_text(text).tasks]


def test_colon_paragraphs_after_a_lead_in_are_read_as_before():
    # 「各部门要协同配合…」 first: the lead-in rules decide (a lead-in that divides nothing names no units)
    lead_in = "各有关部门要协同配合，做好违法搭建绿地的处置工作。\n\n" + LED
    task = _task(parse_text(GUIDE.format(para=lead_in)), "小区内违法搭建绿地的处置")
    assert task is None or task.lead_units + task.responsible_units == []

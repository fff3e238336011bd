"""Round 54 first wave (p54a): round 64's parser asks — CONVENTIONS.md "Round 64 rulings".

1. 联合 reads as 会同: a subject carried inside one paragraph gives a later clause's 「联合B＋verb」 its lead, after a
   pivot clause on another body too (「A…，督促B开展…，联合C做好…」); a partner named by its kind 「相关部门、单位」
   is a unit as printed, one name; a catch-all with no kind 「有关单位」 none; 联合 as an adjective 「联合执法」 no
   partner verb. A body's short name the document defines 「…指挥部（以下简称市防指）」 is a name where it is printed.
2. A notice that is the plan itself: its childless 责任分工 point whose division stands in an unprinted table
   (「任务分解表见附件」) is read as any childless point, its own instructions a task; a 职责分工 point that divides the
   work among bodies itself stays with the duty readers.
3. A size band inside a noun naming the class of works a rule puts through a filing 「…400万元及以上的…工程…需办理
   合同信息报送」 is a class, no target; a plan's own target with a band stays one.
4. A fund's 支持范围 lines (an article 「（支持范围）」, a point 「二、扶持范围和标准」) are the scheme's terms, no
   tasks, where no line gives work; a fund's heading over lines of work keeps them. 「本通知由A会同B负责解释」 names
   no doer.
5. A works contract's parties named by their side 「发包人」「承包人」 are doers with a verb of doing (Round 62
   rulings); a land sale's 出让人／受让人 stay none as the tuned sets answer them.

Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def article(text: str, head: str = "") -> tuple[list[str], list[str]]:
    doc = ("某市山洪灾害防御工作指南\n"
           "第一条 为做好山洪灾害防御工作，制定本指南。\n"
           "第二条 市防汛指挥部（以下简称市防指）负责全市山洪灾害防御的组织协调。\n"
           f"第三条 {head}{text}\n"
           "第四条 本指南自2026年1月1日起施行。\n")
    task = {t.number: t for t in parse_text(doc).tasks}["3"]
    return task.lead_units, task.responsible_units


# 1. 联合 as 会同, after a pivot clause, the partner named by its kind

def test_join_after_pivot_gives_the_subject_the_lead_and_the_kind_partner_a_unit() -> None:
    lead, resp = article("开展山洪隐患排查。\n市防指结合汛前检查，组织相关部门开展隐患排查，督促各镇开展自查整改，"
                         "联合相关部门、单位做好风险信息共享工作。")
    assert lead == ["市防指"]
    assert resp == ["相关部门、单位"]      # (the lead stands in lead_units, not again among the responsible)


def test_join_in_the_subjects_next_clause_leads() -> None:
    lead, resp = article("区水务局加强汛期巡查，联合区应急局做好抢险物资储备工作。")
    assert lead == ["区水务局"]
    assert resp == ["区应急局"]


def test_join_with_a_catch_all_partner_gives_no_unit() -> None:
    # (a catch-all with no kind 「有关单位」: no unit, the subject still leads)
    lead, resp = article("区水务局加强汛期巡查，联合有关单位做好抢险物资储备工作。")
    assert (lead, resp) in ((["区水务局"], []), ([], ["区水务局"]))     # (「联合有关单位」 never a unit)


def test_joint_enforcement_is_no_partner_verb() -> None:
    # (联合执法 a joint noun: no lead by 联合)
    lead, resp = article("区城管局负责日常巡查，督促各街镇落实整改，组织开展联合执法行动。")
    assert lead == []
    assert resp == ["区城管局"]


def test_defined_short_name_is_read_as_a_name() -> None:
    lead, resp = article("市防指结合汛前检查，组织开展山洪灾害隐患排查。")
    assert resp == ["市防指"]
    assert lead == []


# 2. a notice that is the plan itself: its 责任分工 point over an unprinted table

def notice(second: str) -> str:
    return ("某区人民政府办公室关于做好2026年建议提案办理工作的通知\n"
            "各镇人民政府，区政府各工作部门：\n"
            "为做好2026年建议提案办理工作，现就有关事项通知如下：\n"
            "一、提高思想认识\n"
            "办理建议提案是政府接受监督的重要方式。各承办单位要高度重视，采取有效措施，认真做好办理工作。\n"
            f"{second}"
            "三、工作要求\n"
            "（一）加强组织领导。各承办单位要明确分管领导，落实专人负责办理工作。\n"
            "（二）严格办理时限。各承办单位要按时办结，及时答复代表委员。\n")


def test_division_point_over_an_unprinted_table_is_a_task() -> None:
    plan = parse_text(notice("二、责任分工和办理时限\n"
                             "经审查分解，由相关单位具体承办（任务分解表见附件1）。各承办单位要及时逐件审核，"
                             "各建议、提案须于2026年8月31日前办理完毕并答复代表、委员。\n"))
    tops = {t.number: t for t in plan.tasks if not t.path}
    assert "二" in tops
    assert tops["二"].deadline == "2026-08-31"


def test_division_point_that_divides_the_work_itself_stays_a_section() -> None:
    plan = parse_text(notice("二、职责分工\n"
                             "区政府办负责交办和督办。区考核办负责办理工作的考核。各承办单位负责具体办理。\n"))
    tops = {t.number for t in plan.tasks if not t.path}
    assert "二" not in tops


# 3. a band naming the class of works a rule puts through a filing

def rule_targets(sentence: str) -> list[str]:
    doc = ("某区园林绿化工程建设管理办法\n"
           "第一条 为加强园林绿化工程管理，制定本办法。\n"
           f"第二条 {sentence}\n"
           "第三条 本办法自2026年1月1日起施行。\n")
    task = {t.number: t for t in parse_text(doc).tasks}.get("2")
    return [f"{tg.value}{tg.unit}" for tg in task.targets] if task else []


def test_band_of_works_put_through_a_filing_is_a_class() -> None:
    got = rule_targets("园林绿化工程应当按规定办理合同信息报送。施工合同价在300万元及以上的园林绿化工程，"
                       "在完成承发包交易后需办理相应合同信息报送。")
    assert not any("300" in t for t in got)


def test_plans_own_target_with_a_band_stays_a_target() -> None:
    got = rule_targets("区绿化市容局负责组织实施，全年完成投资300万元以上的绿化工程建设。")
    assert any("300" in t for t in got)


# 4. a fund's 支持范围／扶持标准 lines are the scheme's terms

def fund_rules(fifth: str) -> list[str]:
    doc = ("某区节能减排专项资金管理办法\n"
           "第一条（设立依据）为支持本区节能减排工作，制定本办法。\n"
           "第二条（职责分工）区发展改革委负责专项资金的统筹管理，区财政局负责资金拨付和监督。\n"
           "第三条（项目申报）各行业主管部门应当组织本领域项目申报，并于每年10月底前报区发展改革委。\n"
           "第四条（项目审核）区发展改革委会同区财政局组织专家对申报项目进行评审。\n"
           f"{fifth}"
           "第六条（监督管理）区财政局应当加强对专项资金使用情况的监督检查。\n")
    return [".".join([*t.path, t.number]) for t in parse_text(doc).tasks]


def test_fund_scope_article_lines_are_no_tasks() -> None:
    got = fund_rules("第五条（支持范围）\n1、采用先进节能技术对现有用能设施进行改造的项目；\n"
                     "2、发展绿色建筑、超低能耗建筑的项目；\n3、开展太阳能光伏等新能源技术利用的项目。\n")
    assert not any(t.startswith("5") for t in got)
    assert {"2", "3", "4", "6"} <= set(got)


def test_fund_heading_over_lines_of_work_keeps_them() -> None:
    # (a list of work under a fund's heading: each line gives a body work, tasks as before)
    got = fund_rules("第五条（支持范围）\n1、区发展改革委负责组织节能改造项目的评审；\n"
                     "2、区财政局应当按时拨付补贴资金；\n3、各行业主管部门应当组织项目验收。\n")
    assert any(t.startswith("5") for t in got)


def points_notice(second: str) -> list[str]:
    doc = ("某区关于开展2026年度节能减排扶持资金申报工作的通知\n"
           "各有关单位：\n现将有关事项通知如下：\n"
           "一、申报条件\n申报单位应信用状况良好，项目在本区范围内实施。\n"
           f"{second}"
           "三、申报流程\n区发展改革委负责受理申报材料，并于5月底前组织专家评审。\n"
           "四、工作要求\n各主管部门要于4月底前完成项目初审，区财政局负责资金拨付。\n")
    return [".".join([*t.path, t.number]) for t in parse_text(doc).tasks]


def test_fund_scope_point_lines_are_no_tasks() -> None:
    got = points_notice("二、扶持范围和标准\n（一）产业节能\n对企业实施节能技术改造，年节能量20吨标准煤以上的，"
                        "按每吨标准煤600元给予补贴。\n（二）建筑节能\n对绿色建筑示范项目，按建筑面积每平方米30元给予补贴。\n"
                        "（三）合同能源管理\n由节能服务机构全额投资的合同能源管理项目，按项目投资额的20%给予补贴。\n")
    assert not any(t.startswith("二") for t in got)


def test_closing_interpretation_clause_names_no_doer() -> None:
    # (「本通知由A会同B负责解释」 run into a contact point: who interprets the plan, no doer — a 会同 of work stays)
    assert doer_units("政策咨询：区发展改革委12345678。本通知由区发展改革委会同各主管部门负责解释。") == ([], [])
    assert doer_units("区发展改革委会同各主管部门组织项目评审。") == (["区发展改革委"], ["区发展改革委", "各主管部门"])


# 5. a works contract's parties named by their side are doers (Round 62 rulings: a party named by a kind)

def contract_rule(article: str) -> list[str]:
    doc = ("某区小型建设工程承发包管理细则\n"
           "第一条 为规范本区小型建设工程承发包活动，制定本细则。\n"
           "第二条 区建管委负责本区小型建设工程承发包活动的监督管理。\n"
           f"第三条 {article}\n"
           "第四条 本细则自2026年1月1日起施行。\n")
    task = {t.number: t for t in parse_text(doc).tasks}.get("3")
    return [*task.lead_units, *task.responsible_units] if task else []


def test_employer_named_by_its_side_is_a_doer() -> None:
    assert contract_rule("发包人应当在确定承包商之日起三日内发出承包通知书，并与承包商签订施工合同。") == ["发包人"]


def test_land_sale_party_stays_none() -> None:
    # (near miss: a land sale's 受让人 is answered as none in the tuned sets)
    assert "受让人" not in contract_rule("受让人应当按照出让合同约定的期限缴纳土地出让价款。")

"""Round 48 (r48a): responsible units the parser found none of — the doer after a case clause, the subject carried to
a later clause's rule-2 verb, and an article's lead-in over its numbered parts. Made-up texts in each class's shape,
with near misses that must stay as they were."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.article_lead_ins import article_lead_in
from desktop.core.parse.opening_subjects import lead_in_names, opening_subject


def units(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(t.number, t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


def plan(*items: str) -> str:
    return "某区2025年某项工作实施方案\n一、主要任务\n" + "\n".join(
        f"（{'一二三四五六七八'[i]}）{body}" for i, body in enumerate(items)) + "\n"


# --- a clause with its own subject after a case (Round 49 p46d: 「…的，…」 with a subject of its own is its subject's)

def test_subject_after_a_case_clause_is_a_doer():
    got = units(plan("加强运营管理。站点已建成的，各相关运营企业应加强管理，建立安全运营制度，落实安全防范措施。",
                     "加强场地管理。场地投入使用的，区文旅局要落实日常巡查制度。"))
    assert got == [("一", [], ["各相关运营企业"]), ("二", [], ["区文旅局"])]


def test_agent_of_by_after_a_case_stays_a_contingency():
    # near miss: 「确需调整的，由A负责」 is rule 3's contingency inside an item whose work is something else
    got = units(plan("编制年度计划。区发展改革委负责编制年度计划。确需调整的，由区财政局负责审核。"))
    assert got == [("一", [], ["区发展改革委"])]


def test_subject_after_a_case_without_a_rule_two_verb_names_none():
    # near miss: the subject after the case does no rule-2 work (加强 / 规范 only): no doer
    got = units(plan("规范服务。站点已建成的，各相关运营企业应加强管理，规范服务流程。"))
    assert got == [("一", [], [])]


# --- the subject carried to a later clause's rule-2 verb (round 34), with 坚决, 还需 and no modal

def test_firmly_in_a_later_clause_keeps_the_subject():
    got = units(plan("强化执法处罚。各区应急管理局要严格对标执法，要按照有关要求，坚决落实现场处理措施。"))
    assert got == [("一", [], ["各区应急管理局"])]


def test_also_must_before_a_later_rule_two_verb():
    got = units(plan("做好施工监护。燃气企业应优化管道巡查周期，还需落实闭环管理。"))
    assert got == [("一", [], ["燃气企业"])]


def test_a_subject_with_no_modal_carries_to_a_later_rule_two_verb():
    got = units(plan("加强协同推进。市体育局、市绿化市容局加强指导服务，推进体育公园建设，落实各类要素资源保障。"))
    assert got == [("一", [], ["市体育局", "市绿化市容局"])]


def test_a_pivot_with_no_modal_gives_the_later_verb_to_its_object():
    # near miss: 「A督促B…，落实…」 — the later verb is the object's, A no doer by it (round 30)
    got = units(plan("压实企业责任。区应急局督促各生产经营单位开展自查，落实整改措施。"))
    assert all("区应急局" not in r for _n, _l, r in got)


def test_firm_with_no_object_after_it_is_no_doer_clause():
    # near miss: 「A要坚决落实、统一思想」 — 坚决落实 with no work after it right after the subject is a call
    got = units(plan("加强领导。各相关职能部门要坚决落实、统一思想，充分认识工作的重要性。"))
    assert got == [("一", [], [])]


# --- an article's lead-in over its numbered parts (rule 4; rounds 37, 44)

RULES = ("某区住房贷款受托机构管理办法\n第一条 为规范受托机构管理，制定本办法。\n"
         "第二条 本办法所称受托机构，是指受区住房中心委托办理贷款业务的机构。\n{body}\n"
         "第五条 本办法自2025年1月1日起施行。\n")


def _parts(text: str, article: str) -> list[list[str]]:
    return [t.responsible_units for t in parse_text(text).tasks if t.path[:1] == [article]]


def test_a_work_clause_then_its_parts():
    body = ("第三条 受托机构应当按照委托协议要求做好日常管理工作，包括以下内容：\n（一）做好贷款各业务环节相关工作；\n"
            "（二）做好贷款档案管理工作；\n（三）其他相关工作。\n"
            "第四条 区住房中心应当每年对受托机构开展考核。")
    assert _parts(RULES.format(body=body), "3") == [["受托机构"]] * 3


def test_a_bodys_duties_are_its_parts():
    body = ("第三条 区财政局的主要职责包括：\n（一）审核项目预算；\n（二）拨付项目资金；\n（三）监督资金使用。\n"
            "第四条 区住房中心应当每年对受托机构开展考核。")
    assert _parts(RULES.format(body=body), "3") == [["区财政局"]] * 3


def test_a_procedures_steps_take_its_doer():
    body = ("第三条 区住房中心在收到受托机构的申请后，应当按照下列程序进行：\n"
            "（一）对于申请材料不齐全的，应当一次性告知需要补正的内容；\n"
            "（二）对于申请材料齐全的，应当在五个工作日内作出决定。\n第四条 区住房中心应当每年对受托机构开展考核。")
    assert _parts(RULES.format(body=body), "3") == [["区住房中心"]] * 2


def test_the_duties_of_a_body_the_article_sets_up_name_none():
    # near miss: 「联席会议设办公室，…。联席会议办公室的主要职责包括：」 — a body the article sets up (round 44): the
    # lead-in reader gives none (the article's own first clause is read by another reader, as before)
    line = "第三条 联席会议设办公室，办公室设在区发展改革委。联席会议办公室的主要职责包括："
    assert article_lead_in(line, set(), opening_subject, lead_in_names) == []
    assert article_lead_in("第三条 区财政局的主要职责包括：", set(), opening_subject, lead_in_names) == ["区财政局"]


def test_a_list_of_papers_names_none():
    # near miss: a list of contents 「申请材料包括：」 — no body's work
    body = ("第三条 受托机构提出申请的，申请材料包括：\n（一）申请书；\n（二）营业执照复印件。\n"
            "第四条 区住房中心应当每年对受托机构开展考核。")
    assert all(r == [] for r in _parts(RULES.format(body=body), "3"))


# --- the agent of 由 after a scope the item opens with: the item's whole work is the response (round 30)

def test_agent_after_the_scope_an_item_opens_with_is_a_doer():
    got = units(plan("场所封场。消纳场所消纳量达到备案上限时，由区绿化市容局会同属地街镇对消纳场所进行封场。",
                     "成果处理。测绘成果经检验不合格的，由区规划资源局责令测绘单位补测。"))
    assert got == [("一", ["区绿化市容局"], ["属地街镇"]), ("二", [], ["区规划资源局"])]


def test_agent_after_a_later_case_stays_a_contingency():
    # near miss: a case inside an item whose work is something else (「…；双方有争议的，由A…」) stays rule 3's
    got = units(plan("明确管理边界。车站与毗邻建筑要明确消防安全管理责任边界。双方有争议的，由区应急局协调解决。"))
    assert got == [("一", [], [])]


def test_agent_after_an_opening_breach_stays_as_before():
    # near miss: a breach 「违反…的，由A…」 is a penalty case, not the scope of the item's work
    got = units(plan("规范管理。违反本规定擅自改装车辆的，由区市场监管局依法处理。区交通委要加强日常巡查。"))
    assert all("区市场监管局" not in r for _n, _l, r in got)


def test_by_agent_whose_work_object_holds_a_de_is_a_doer():
    got = units(plan("落实安全检验。属单位自用的，由车辆所属单位督促落实车辆的安全检验。",
                     "开展培训。各街道要组织社区干部参加由区文明办组织的培训。"))
    # near miss: 「参加由A组织的培训」 — A inside a noun's description (round 30), no doer
    assert got[0] == ("一", [], ["车辆所属单位"]) and all("区文明办" not in r for r in got[1][2])


# --- works' parties sharing one head as an article's subject 「建设、施工单位应当…」 (one name as printed, round 31)

def test_works_parties_sharing_one_head_are_one_name():
    import re

    from desktop.core.parse.role_subjects import role_subjects
    doing = re.compile(r"应当")
    assert role_subjects("建设、施工单位应当按照有关规定使用再生产品。", 0, doing) == ["建设、施工单位"]
    assert role_subjects("设计、施工、监理单位应当加强现场管理。", 0, doing) == ["设计、施工、监理单位"]
    # near misses: whole names in a list stay two; a party that only files names none
    assert role_subjects("建设单位、施工单位应当加强现场管理。", 0, doing) == ["建设单位", "施工单位"]
    assert role_subjects("建设、施工单位应当向区建设管理委申请备案。", 0, doing) == []


# --- a pivot without 由 over a described body 「A委托具有…的B对…开展…」 (round 35: A a doer, B not)

def test_commission_of_a_described_body_with_work_on_an_object():
    got = units(plan("开展综合评估。区发展改革委按规定委托具有相应资质的工程咨询单位对可行性研究报告开展综合评估。",
                     "选择咨询单位。区发展改革委委托具有相应资质的工程咨询单位。"))
    # near miss: 「委托…的B」 with no work of B's after it names no doer by the pivot
    assert got == [("一", [], ["区发展改革委"]), ("二", [], [])]


def test_a_case_after_a_sentence_with_a_doer_is_no_opening_scope():
    # near miss: 「A负责…。对…的，由B处罚」 — the item's work is A's; the case after it stays a contingency (rule 3)
    got = units(plan("加强日常监管。区住建委负责日常监管。对擅自占用绿地的，由区城管执法局处以罚款。"))
    assert got == [("一", [], ["区住建委"])]

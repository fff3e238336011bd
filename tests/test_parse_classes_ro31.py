"""Round 31 (ro31): the sentence-unit reader (CONVENTIONS.md "Units written in sentences", rule 2) narrowed by class
before it is switched on — misreadings a user would have to correct in review, each in other wordings than the
class tests that found them, with near misses that must still be read. Made-up texts, not the corpus's."""

from __future__ import annotations

import pytest

import desktop.core.parse.tasks as tasks
from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units

# -- 1. a principle's slogan is no assignment -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "坚持区委领导，区政府负责，部门协同，形成合力。",
    "实行市级统筹，区县负责，年底前完成。",
    "按照属地牵头，行业监管，各街镇具体落实。",
    "遵循政府主导，部门配合，社会参与的思路推进。",
    "本着属地管理，镇村负责，加快整治。",
])
def test_a_principles_slogan_names_no_doer(text):
    assert doer_units(text) == ([], [])


@pytest.mark.parametrize("text,resp", [
    # a principle opened by a rule, not a slogan: the clause after it names the doer
    ("按照属地管理原则，区水务局负责河道保洁。", ["区水务局"]),
    ("坚持问题导向，区住建委负责制定整改方案。", ["区住建委"]),
    # the slogan ends; a clause with its own work after it is still read
    ("坚持政府主导，部门协同。区民政局负责建立台账。", ["区民政局"]),
])
def test_a_doer_after_a_rule_or_a_finished_slogan_is_read(text, resp):
    assert doer_units(text)[1] == resp


# -- 2. a topic before the body; a cost as the topic names a payer -------------------------------------------------

@pytest.mark.parametrize("text,resp", [
    ("宣传发动各街镇负责，设施维护区绿化市容局负责。", ["各街镇", "区绿化市容局"]),
    ("日常养护各村具体负责。", ["各村"]),
    ("队伍组织区应急局负责，场地保障各街道负责。", ["区应急局", "各街道"]),
    ("所需资金区财政局负责。", []),
    ("运行费用各镇负责，每年拨付一次。", []),
])
def test_a_topic_before_the_body_is_no_part_of_its_name(text, resp):
    assert doer_units(text) == ([], resp)


def test_a_body_whose_name_holds_a_topic_word_is_kept_whole():
    assert doer_units("区委组织部负责干部培训。") == ([], ["区委组织部"])
    assert doer_units("市城市管理局负责统筹推进。") == ([], ["市城市管理局"])


# -- 3. role words: the verb decides (rule 2); a name does not run on past its role ------------------------------------

@pytest.mark.parametrize("text,resp", [
    ("由各承办单位分别答复代表和委员。", ["各承办单位"]),     # not 「各承办单位分别答复代表」
    ("由承办单位负责答复。", ["承办单位"]),
    ("由相关责任单位负责落实。", ["相关责任单位"]),
    ("由建设单位负责组织验收。", ["建设单位"]),
    ("由项目实施单位负责日常管理。", ["项目实施单位"]),
    ("由物业服务企业负责清运。", ["物业服务企业"]),
])
def test_a_role_or_a_kind_of_body_with_a_verb_of_rule_two_is_a_doer(text, resp):
    assert doer_units(text) == ([], resp)


@pytest.mark.parametrize("text", [
    "由牵头单位负责汇总。",                                # the plan's column words: whichever unit leads
    "各配合单位分别报送进展。",
    "督促责任单位限期整改。",                              # a pivot's object
])
def test_the_plans_column_words_and_objects_name_no_doer(text):
    assert doer_units(text) == ([], [])


# -- 4. a set-up group's make-up ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "第二督查组：由区发展改革委牵头，区财政局参加，负责督查各街镇。",
    "综合保障专班：由区机管局牵头，负责后勤保障。",
    "现场指挥部：由区应急局牵头组建。",
])
def test_a_groups_make_up_names_no_doer_of_the_item(text):
    assert doer_units(text) == ([], [])


def test_a_bodys_own_colon_line_is_still_read():
    # a body, not a group the item sets up, before the colon; or 由 after a heading that is no group
    got = doer_units("工作要求：由区发展改革委牵头，区财政局配合。")
    assert got == (["区发展改革委"], ["区发展改革委", "区财政局"])


# -- 5. names run into the words around them --------------------------------------------------------------------

@pytest.mark.parametrize("text,resp", [
    ("（区教育局负责，各学校抓好落实）", ["区教育局"]),        # a bracket is no part of a name; 抓好: no verb
    ("（县林业局负责）", ["县林业局"]),
    # (turned: Round 58 rulings (x250_01): 为 with a duty word designates without 明确, round 31 superseded)
    ("区卫健委为牵头单位，各卫生院为实施单位。", ["区卫健委", "各卫生院"]),
    ("实行镇党委牵头，各村落实。", []),                    # 实行 opens no name
    ("县应急局负责，引导企业落实主体责任。", ["县应急局"]),   # 引导/指导 B: B no unit
    ("区市场监管局负责，指导企业整改。", ["区市场监管局"]),
    ("村组干部负责，逐户宣传。", []),                      # cadres are persons
    ("各街镇认真组织实施。", ["各街镇"]),                   # 认真 is no part of a name
    ("由各街镇确认后再组织实施。", ["各街镇"]),              # 确认后再 is none either
    ("由区房管局和属地街道实行联动处置。", ["区房管局", "属地街道"]),
])
def test_a_name_does_not_run_into_its_clause(text, resp):
    assert doer_units(text)[1] == resp
    assert not any(w in n for n in doer_units(text)[1] for w in ("（", "为", "实行", "抓好", "认真", "企业", "确认"))


# -- 6. cases (rule 3) to the sentence's end, and conditions wherever they stand; kinds of objects are no cases --------

@pytest.mark.parametrize("text", [
    "如相关单位对处理意见仍有异议，经协调仍不一致，由区政府办公室报区领导审定。",
    "当车辆驶入专用车道时，系统自动报警，由运营公司引导车辆驶离。",
    "后续若有重大调整，由区建管中心会同设计单位重新论证。",
    "拒不整改的商户报街道城管中队，由街道城管中队依法处置。",
])
def test_a_clause_in_a_case_names_no_doer(text):
    assert doer_units(text) == ([], [])


def test_a_sanction_after_a_named_breaker_names_its_agent():
    # (CONVENTIONS.md Round 60 rulings turned round 31's held condition: a breach and its sanction is the point's own
    # step after a case, its agent a doer — x71_03 二/（四）)
    assert doer_units("对情节严重的违规企业，由区市场监管局依法吊销许可证。")[1] == ["区市场监管局"]


@pytest.mark.parametrize("text,resp", [
    ("对于区属企业，由区国资委会同属地街镇推进。", ["区国资委", "属地街镇"]),
    ("区住建委负责排查，当年完成整治。", ["区住建委"]),          # 当年 opens no case
    ("如需调整，由区发展改革委负责审核。", ["区发展改革委"]),    # (pu30: 如需… alone leaves the next clause read)
    ("涉及多个街镇的，由区住建委统筹，各街镇负责实施。", ["各街镇"]),  # a 的-case covers the clause after it
    ("市道运中心对申请材料认真审查把关，组织执法力量开展现场核查。", ["市道运中心"]),  # 「A对…，组织B＋verb」
    ("由区交通执法大队责令并监督车辆消除违法状态。", ["区交通执法大队"]),
])
def test_a_kind_of_object_is_no_case(text, resp):
    assert doer_units(text)[1] == resp


# -- 7. verbs that are not rule 2's ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "各街镇要积极组织辖区内的广场舞比赛。",                 # 组织＋a thing (…的…)
    "各区要督促施工企业严格落实扬尘管控措施，组织实施专项检查。",  # a pivot's subject
    "各镇、各部门要按照属地管理，分级负责，落实到人的要求。",  # the words of a quoted rule
    "所需费用由各村委会、帮扶单位出资。",                    # a payer
    "构建由属地街道牵头，多部门联合执法的工作格局。",         # a mechanism the item sets up
    "由项目单位自行申报。",                                  # an applicant
    "由养护单位向区绿化市容局办理审批手续。",
])
def test_a_verb_outside_rule_two_names_no_doer(text):
    assert doer_units(text) == ([], [])


@pytest.mark.parametrize("text,resp", [
    ("各村要组织开展巡查。", ["各村"]),
    ("区教育局组织各学校开展消防演练。", ["区教育局"]),
    ("各街镇按照属地管理原则，负责组织实施。", ["各街镇"]),
    ("由区住建委负责督促建设单位整改。", ["区住建委"]),
])
def test_rule_two_verbs_beside_them_are_still_read(text, resp):
    assert doer_units(text)[1] == resp


# -- 8. the switch ------------------------------------------------------------------------------------------------

def test_build_tasks_reads_the_doers_with_the_switch_and_not_without(monkeypatch):
    text = ("某区工作方案\n一、主要任务\n（一）完善机制。坚持政府牵头，部门协同，各街镇具体落实。\n"
            "（二）加强管护。设施管护各街镇负责，区绿化市容局会同区财政局制定管护标准。\n")
    monkeypatch.setattr(tasks, "READ_DOERS", True)
    got = [(t.lead_units, t.responsible_units) for t in parse_text(text).tasks]
    assert got == [([], []), (["区绿化市容局"], ["各街镇", "区财政局"])]
    monkeypatch.setattr(tasks, "READ_DOERS", False)
    assert all(not (t.lead_units or t.responsible_units) or "各街镇" not in t.lead_units
               for t in parse_text(text).tasks)


# -- 9. plans-next92/94 BASELINE classes (reader): 落实 after the rule the subject follows; B after 牵头会同 -----

@pytest.mark.parametrize("text,resp", [
    ("各街镇应按照属地管理职责落实巡查责任。", ["各街镇"]),
    ("区水务局要按照《》要求落实、指导好河道保洁工作。", ["区水务局"]),
    ("各级主管部门要根据《》（沪府办〔2020〕1号）要求，按标准落实管护经费。", ["各级主管部门"]),
    ("区卫健委牵头会同区民政局、区医保局等部门，组织开展联合检查。", ["区卫健委", "区民政局", "区医保局"]),
])
def test_a_rule_between_the_subject_and_its_verb_and_partners_after_the_lead(text, resp):
    assert doer_units(text)[1] == resp


@pytest.mark.parametrize("text", [
    "施工单位应按照《规定》，做好文明施工。",                    # 做好: no verb of rule 2
    "各街镇应按照属地管理职责加强巡查。",
])
def test_a_rule_before_a_verb_outside_rule_two_names_no_doer(text):
    assert doer_units(text) == ([], [])


def test_a_lead_and_its_verb_give_the_lead_in_build_tasks(monkeypatch):
    monkeypatch.setattr(tasks, "READ_DOERS", True)
    got = parse_text("某市方案\n一、主要任务\n（一）编制计划。市发展改革委牵头编制年度资金扶持计划。\n"
                     "（二）宣传。（市委宣传部负责）\n").tasks
    assert (got[0].lead_units, got[0].responsible_units) == (["市发展改革委"], [])


# -- 10. plans-next93/96/97 BASELINE classes and ra31's later notes (reader) -----------------------------------------

@pytest.mark.parametrize("text,resp", [
    ("区农业农村局、各镇要依据各自职责组织人员准时进行核查。", ["区农业农村局", "各镇"]),   # 组织B＋verb after a rule
    ("各属地单位结合辖区实际，制定工作方案，组织力量开展排摸。", ["各属地单位"]),          # 结合… then 组织B＋verb
    ("由管理办形成会议纪要。", ["管理办"]),
    ("各街镇应按照时限要求，加大督促力度，协调区相关部门，落实申请主体。", ["各街镇"]),   # 协调B alone: no pivot
])
def test_a_subject_carried_to_its_verb_of_rule_two(text, resp):
    assert doer_units(text)[1] == resp


@pytest.mark.parametrize("text", [
    "对年底前仍未进行整改的场所，由区城管执法局依法处置。",     # a condition (仍未…的): a case
    "区县政府要发挥协调作用，参照市政府成立专项工作组，统一组织开展整治。",  # 参照 opens no name
    "区住建委要加强统筹，督促各街镇开展排查，落实整改。",        # after a pivot the verbs are B's
    "各街镇要督促物业服务企业按照“谁管理谁负责”的原则，严格落实巡查制度。",  # the pivot's verb comes later
])
def test_a_case_a_rule_word_or_a_pivot_gives_no_wrong_doer(text):
    assert not any(n.startswith("参照") or n in ("区城管执法局", "区住建委", "各街镇") for n in doer_units(text)[1])


@pytest.mark.parametrize("text,resp", [
    ("区城管执法局要切实履行职责，严把渣土运输关，组织执法力量开展夜查。", ["区城管执法局"]),  # 严把…关 is no name
    ("具体标准由各街镇按实际情况制定。", ["各街镇"]),                                     # 按实际 ends the name
    ("区绿化市容局应当积极引导和推进标准化建设，进一步落实责任追究制度。", ["区绿化市容局"]),  # 引导和推进: no pivot
])
def test_a_subject_read_past_a_verb_that_looks_like_a_name_or_a_pivot(text, resp):
    assert doer_units(text)[1] == resp

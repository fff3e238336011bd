"""Round 47 (p47c): units not found — the parties a procedure names by their role as the subjects of articles
(Round 47 rulings, q44c: 记分单位, 检查单位, 招选主体, 项目（法人）单位, 施工图审查机构… are bodies named by a
kind, doers as the subject of a verb of doing in an article; a role adds none in the article that designates
it), with the near misses that stay none (a filing, a sending, a reviewer's review, the one checked); and the
same-form rewrites (经由A → 由A, A双牵头 → A牵头) read by every doer reader (doer_words.doer_text)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.article_subjects import _DOING
from desktop.core.parse.doer_words import doer_text
from desktop.core.parse.role_subjects import role_subjects


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.number: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def _rules(*articles: str) -> str:
    """A short set of rules: a purpose article, the given articles, a closing article."""
    nums = "一二三四五六七八九十"
    body = [f"第{nums[0]}条 为规范某区某类项目的管理，制定本办法。"]
    body += [f"第{nums[i + 1]}条 {a}" for i, a in enumerate(articles)]
    body.append(f"第{nums[len(articles) + 1]}条 本办法自发布之日起施行。")
    return "某区某类项目管理办法\n\n" + "\n\n".join(body) + "\n"


# ---- a procedure's parties named by their role, as the subjects of articles (role_subjects._ROLE) -----------------

def test_a_scoring_unit_that_records_is_a_doer():
    text = _rules("记分单位应在确认违法事实后十五个工作日内将违法情况录入管理系统，实施记分。",
                  "区住建委负责本办法的组织实施。")
    assert _units(text)["2"][1] == ["记分单位"]


def test_two_roles_joined_by_or_are_both_doers():
    # (round 30: 「由A或B…」 names both; the article's subjects 「A或者B应当…」 read alike)
    text = _rules("村集体经济组织作为项目的招选主体，委托代理机构开展招选。",
                  "出现重大变故的，招选主体或者代理机构应当终止招选活动，发布终止公告并说明原因。",
                  "区房管局负责本办法的组织实施。")
    assert _units(text)["3"][1] == ["招选主体", "代理机构"]


def test_a_project_legal_unit_in_brackets_is_one_name():
    text = _rules("项目（法人）单位应当加强项目管理，组织做好工程竣工验收。", "区发改委负责项目的综合协调。")
    assert _units(text)["2"][1] == ["项目（法人）单位"]


def test_a_reviewer_that_answers_for_its_review_is_a_doer():
    text = _rules("施工图审查机构应当对施工图设计文件进行审查，并对审查结果负责。", "区建管委负责监督管理。")
    assert _units(text)["2"][1] == ["施工图审查机构"]


def test_a_reviewer_that_only_reviews_names_none():
    # near miss: the review alone is an approval (rule 3), no work of its own
    text = _rules("施工图审查机构应当按照技术规范要求，强化施工图设计文件相关内容审查。", "区建管委负责监督管理。")
    assert _units(text)["2"] == ([], [])


def test_a_role_that_files_or_sends_names_none():
    # near misses: a sending 「每年上报」, a filing 「通过…申报」, papers drawn up for approval (Round 47 rulings,
    # x159_04)
    text = _rules("实施主体需要每年上报项目运行情况。",
                  "受托单位应当通过网上系统进行申报。",
                  "项目（法人）单位应编制工程可行性研究报告，报行业主管部门审批。",
                  "项目（法人）单位应编制工程可行性研究报告（初步设计深度），经行业主管部门审批后实施。",
                  "区财政局负责资金监督。")
    units = _units(text)
    assert units["2"] == units["3"] == units["4"] == units["5"] == ([], [])


def test_the_one_checked_is_no_checker():
    # near miss: 「被检查单位应限期整改」 — the checked party, not the checking one
    text = _rules("被检查单位应当限期整改并回复整改报告。", "区应急局负责组织检查。")
    assert _units(text)["2"] == ([], [])


def test_a_role_adds_none_in_the_article_that_designates_it():
    # (Round 47 q44c: 「…作为…招选主体」 adds none as a back-reference there; it is a unit where it acts elsewhere)
    text = _rules("村集体经济组织作为项目的招选主体。\n招选主体应当组织编制招选文件，开展招选工作。",
                  "招选主体应当组织编制招选文件，开展招选工作。")
    units = _units(text)
    assert "招选主体" not in units["2"][1]
    assert units["3"][1] == ["招选主体"]


# ---- the same-form rewrites read by every doer reader (doer_words.doer_text) ---------------------------------------

def test_the_same_forms_are_rewritten_for_every_reader():
    assert doer_text("经由区应急局组织评议。") == "由区应急局组织评议。"
    assert doer_text("区住建委和区房管局双牵头，组织开展检查。") == "区住建委和区房管局牵头，组织开展检查。"
    assert doer_text("区物业中心受区房管局委托，负责日常巡查。") == "区物业中心负责日常巡查。"


def test_a_passing_through_is_no_agent():
    # near miss: 经由 inside a clause 「指经由A路所围合的区域」 is a route, left as printed
    assert doer_text("指经由共和新路所围合而成的区域。") == "指经由共和新路所围合而成的区域。"


def test_an_article_with_a_double_lead_reads_both_leads():
    text = _rules("区住建委和区房管局双牵头，组织开展全区房屋安全检查工作。", "区财政局应当保障工作经费。")
    assert _units(text)["2"][0] == ["区住建委", "区房管局"]


def test_role_subjects_reads_the_role_list_at_a_clause_start():
    text = "出现下列情形的，检查单位应当对整改情况组织复核。"
    at = text.index("检查单位")
    assert role_subjects(text, at, _DOING) == ["检查单位"]
    assert role_subjects("被" + text[at:], 1, _DOING) == []


# ---- the same roles read by the sentence reader outside articles (body_names: 申报单位, 检查单位, 实施主体…) ---

def test_roles_named_by_their_step_are_doers_in_sentences():
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("申报单位负责核实项目情况，并提出调整建议。") == ([], ["申报单位"])
    assert doer_units("由检查单位根据工程特点抽取专家，组织开展检查。") == ([], ["检查单位"])



def test_a_bare_role_is_a_name_only_where_the_document_sets_it_up():
    # (Round 47 q44c: 「…作为…招选主体」 — a unit as printed where it acts; 「明确实施主体」「统筹主体确定」 set
    # one up too; a bare role no text sets up names no body — p41e's near miss 「由实施主体负责复核」)
    from desktop.core.parse.role_definitions import defined_roles
    from desktop.core.parse.sentence_units import doer_units
    roles = defined_roles("镇集体经济组织作为项目的招选主体。城市更新项目应当明确实施主体。")
    assert roles >= {"招选主体", "实施主体"}
    assert doer_units("招选主体负责组织招选工作。", roles) == ([], ["招选主体"])
    assert doer_units("由实施主体对批复内容进行公示。", roles) == ([], ["实施主体"])
    # (a bare 实施主体 no text sets up is a unit as printed too: Round 51 rulings (p47c) 「a bare role the plan never
    # sets up … a unit as printed」, as x270_04 七 reads it — w54c)
    assert doer_units("由实施主体对批复内容进行公示。") == ([], ["实施主体"])
    assert doer_units("由统筹主体统筹开展。") == ([], [])


def test_an_article_reads_a_role_the_rules_set_up():
    text = _rules("区政府遴选具备条件的企业作为统筹主体。", "统筹主体应当组织编制区域更新方案。",
                  "区规划资源局负责规划审批。")
    assert _units(text)["3"][1] == ["统筹主体"]
    # near miss: the same article where no text sets the role up
    text = _rules("统筹主体应当组织编制区域更新方案。", "区规划资源局负责规划审批。")
    assert _units(text)["2"] == ([], [])


def test_a_check_or_a_filing_names_no_role():
    # near misses: 检查 and 申报 as verbs 「检查各单位…」「申报材料报A」 name no body
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("检查各单位落实整改情况。") == ([], [])
    assert doer_units("申报材料报区发改委审核。") == ([], [])



# ---- rule 4: a section's opening clause run on after its heading (lead_in_units._run_on_clause) ----

_RUN_ON = ("关于加强某类建设项目竖向设计管理的工作意见\n\n一、总体要求\n坚持规划引领，提升城市空间品质。\n\n"
           "二、主要任务\n"
           "（一）明确方案竖向设计要求。项目建设主体应按照土地出让合同中竖向标高要求，组织开展竖向方案设计。\n"
           "1.合理布局场地与建筑。结合地形特征，进行总平面布局，加强竖向排水设计。\n"
           "2.做好相邻用地竖向衔接。避免出现峭壁式边界，做好边界排水。\n"
           "（二）加强施工图审查。\n1.严格审查竖向设计内容。审查竖向标高是否符合方案批复要求。\n"
           "2.加强竣工验收管理。核查竖向标高落实情况。\n\n三、保障措施\n区规划资源局负责本意见的组织实施。\n")


def test_a_run_on_opening_clause_gives_its_doer_to_the_items():
    units = {(tuple(t.path), t.number): t.responsible_units for t in parse_text(_RUN_ON).tasks}
    assert units[(("二", "一"), "1")] == units[(("二", "一"), "2")] == ["项目建设主体"]


def test_a_heading_alone_on_its_line_gives_nothing():
    # near miss: 「（二）加强施工图审查。」 — a heading with no clause run on after it
    units = {(tuple(t.path), t.number): t.responsible_units for t in parse_text(_RUN_ON).tasks}
    assert units[(("二", "二"), "1")] == units[(("二", "二"), "2")] == []


def test_a_report_sent_to_a_body_names_no_role():
    # (「项目（法人）单位应当及时向申报单位报告情况」: a sending, round 46 — no doer by it)
    text = _rules("项目不能按计划完成的，项目（法人）单位应当及时向申报单位报告情况，说明原因。",
                  "区发改委负责项目的综合协调。")
    assert _units(text)["2"] == ([], [])

"""Round 28 (p70), the classes of plans-next71 and plans-next70 that the parser misread — made-up wordings of each
(none of the sets' words), and the near-misses that must stay as they were."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.declarations import find_declaration
from desktop.core.parse.prose_units import duty_clause_units
from desktop.core.parse.shared_brackets import shared_units
from desktop.core.parse.units import split_units


def _tasks(page: str) -> dict[str, tuple[list[str], list[str], str | None]]:
    return {t.key: (t.lead_units, t.responsible_units, t.deadline) for t in parse_text(page).tasks}


# -- next71 class 2: 一、heading / one paragraph / 「（A、B等部门依职责分工）」 — the departments, as printed ------

_SECTORS = ("某市教育局等四部门关于加强校园周边食品安全管理的通知\n\n各区教育局、卫生健康委、市场监管局：\n"
            "现就有关工作通知如下：\n"
            "一、全面摸排校园周边经营户\n各区有关部门要对学校周边二百米内的食品经营户逐户登记，建立台账，实行动态管理。"
            "（教育、市场监管、卫生健康等部门依职责分工）\n"
            "二、加强日常监督检查\n各区有关部门要加大检查频次，发现问题及时督促整改，依法查处违法行为。"
            "（市场监管、公安部门等依职责分工）\n"
            "三、做好宣传引导\n各学校要通过家长会、班会等形式宣传食品安全知识，引导学生不购买“三无”食品。（教育部门）\n")


def test_a_closing_bracket_sharing_the_work_among_sectors_names_the_items_units():
    got = _tasks(_SECTORS)
    # (the fields under one head are one name as printed, CONVENTIONS.md round 31)
    assert got == {"一": ([], ["教育、市场监管、卫生健康等部门"], None),
                   "二": ([], ["市场监管、公安部门"], None),
                   "三": ([], ["教育部门"], None)}, got


def test_the_sharing_phrase_in_its_other_wordings():
    assert shared_units("区房管局、区建管委等部门按职责分工") == ["区房管局", "区建管委"]
    assert shared_units("发展和改革、财政等部门按照各自职责分工负责") == ["发展和改革、财政等部门"]
    assert shared_units("公安、交通运输部门依职责分工") == ["公安、交通运输部门"]
    # (a tail naming the relevant ones stays the group it was: 等相关部门)
    assert shared_units("区交通委、区公安分局等相关部门依职责分工") == ["区交通委", "区公安分局", "相关部门"]


def test_a_bracket_that_is_no_list_of_departments_names_none():
    # a clause, no names (涉及… / 详见…); sector words with no 部门 said; the phrase alone
    for content in ("涉及财政、税务等部门依职责分工", "不含国防、保密等部门依职责分工", "详见附件，依职责分工",
                    "财政、税务依职责分工", "按职责分工",
                    "各单位要依职责分工"):
        assert shared_units(content) == [], content
    # (not the item's last bracket: a note inside its text, no units of the item)
    assert find_declaration("加强检查（教育、卫生等部门依职责分工）并做好记录，发现问题及时整改。") is None


# -- next71 class 3: 「…等行业主管部门」 kept on the last unit of a label list --------------------------------------

def test_a_category_tail_on_the_last_unit_of_a_list_is_cut():
    assert split_units("区建管委、区水务局等行业主管部门")[0] == ["区建管委", "区水务局"]
    assert split_units("县公安局、县交通运输局等执法部门")[0] == ["县公安局", "县交通运输局"]
    assert split_units("区卫健委等职能部门")[0] == ["区卫健委"]
    assert split_units("市教委、市体育局等业务主管单位")[0] == ["市教委", "市体育局"]
    page = ("某区排水设施改造实施方案\n\n一、主要任务\n（一）管网改造\n1.推进雨污分流。完成老旧小区雨污分流改造10个。\n"
            "（牵头部门：区建管委、区水务局等行业主管部门；实施单位：各街镇）\n"
            "2.更新燃气管线。完成燃气管线更新20公里。\n（牵头部门：区建管委；配合部门：区房管局、区城管执法局等执法部门）\n")
    got = _tasks(page)
    assert got["一.一.1"][:2] == (["区建管委", "区水务局"], ["各街镇"]), got
    assert got["一.一.2"][:2] == (["区建管委"], ["区房管局", "区城管执法局"]), got


def test_a_group_tail_and_names_with_deng_inside_stay():
    assert split_units("区建委、区财政局等相关部门")[0] == ["区建委", "区财政局", "相关部门"]
    assert split_units("各行业主管部门")[0] == ["各行业主管部门"]
    assert split_units("区中等职业学校、区教育局")[0] == ["区中等职业学校", "区教育局"]


# -- next71 class 4: 「…；并于…前将…情况报告…」 the item's only date ------------------------------------------------

def test_a_report_joined_to_the_work_by_bing_dates_it_where_nothing_else_does():
    page = ("某区关于开展燃气安全联合检查的通知\n\n一、开展联合检查\n各街镇要会同有关部门对辖区内餐饮场所开展联合检查，"
            "对违法行为依法查处；并于2025年3月底前将检查情况报送区应急局。（应急、市场监管等部门依职责分工）\n"
            "二、建立长效机制\n各街镇要完善巡查制度，落实日常监管，于2025年5月31日前完成排查，"
            "并于2025年6月5日前将排查情况报送区住建委。（住建、应急等部门依职责分工）\n"
            "三、做好总结\n各街镇要认真总结经验做法。请于2025年12月10日前将工作总结报送区应急局。（应急部门）\n")
    got = _tasks(page)
    assert got["一"][2] == "2025-03-31", got
    assert got["二"][2] == "2025-05-31", got       # the work's own date, the report's a further one
    # (w52d: Round 59 rulings, Dates, x257_01: the item sums its own work up once and sends that summary's result by
    # the day — the sending's day ends it)
    assert got["三"][2] == "2025-12-10", got


# -- next71 class 7: 「X要会同…开展…。A负责…；B负责…；C负责…」 — sentences, no units ----------------------------

def test_duty_clauses_after_work_given_in_a_sentence_name_no_units():
    body = ("严厉打击非法营运。交通运输部门要会同公安、城管执法等部门开展专项整治行动，重点整治车站、医院周边。"
            "城管执法部门负责对占道经营行为进行查处；公安部门负责对交通违法行为进行查处；交通运输部门负责对非法营运车辆进行查处。")
    assert duty_clause_units(body) == []


def test_an_item_that_is_a_division_of_duties_keeps_its_units():
    body = "细化分工。镇党政办负责统筹协调；镇社会事务办负责宣传发动；镇城建中心负责设施建设；镇财政所负责资金保障。"
    assert duty_clause_units(body) == ["镇党政办", "镇社会事务办", "镇城建中心", "镇财政所"]
    assert duty_clause_units("镇党政办负责统筹协调；镇社会事务办负责宣传发动；镇城建中心负责设施建设。") \
        == ["镇党政办", "镇社会事务办", "镇城建中心"]
    # (a lead-in asking all the departments is no work given to one: the division follows it)
    assert duty_clause_units("明确职责分工。各相关部门要密切配合。镇党政办负责统筹协调；镇社会事务办负责宣传发动；"
                             "镇城建中心负责设施建设。") == ["镇党政办", "镇社会事务办", "镇城建中心"]


# -- next70 class 2: 一、主要任务 over one paragraph of work, in a plan naming no units ------------------------------

def _notice(first: str) -> str:
    return ("某市关于开展供热收费自查工作的通知\n\n各区供热主管部门：\n现就有关事项通知如下：\n\n" + first
            + "二、工作安排\n\n1.自查阶段（2025年3月15日前）\n\n"
            "各供热企业要对照清单全面开展自查，梳理存在的问题，建立问题台账。\n\n"
            "2.整改阶段（2025年4月30日前）\n\n各供热企业要对自查发现的问题逐项整改，取消不合理收费项目。\n\n特此通知。\n")


def test_a_task_section_over_one_paragraph_is_a_task():
    got = _tasks(_notice("一、重点任务\n\n严格对照国家有关规定，清理规范供热管网接入收费、初装费及其他不合理收费，"
                         "切实减轻用户负担。\n\n"))
    assert list(got) == ["一", "二.1", "二.2"], got


def test_a_task_section_with_no_paragraph_and_an_aims_section_stay_sections():
    assert list(_tasks(_notice("一、主要任务\n\n"))) == ["二.1", "二.2"]
    got = _tasks(_notice("一、工作目标\n\n通过自查自纠，全面清理规范供热领域不合理收费，切实减轻用户负担。\n\n"))
    assert list(got) == ["二.1", "二.2"], got
    got = _tasks(_notice("一、主要任务\n\n各区、各供热企业的具体任务详见附件《自查任务清单》，请逐项落实。\n\n"))
    assert list(got) == ["二.1", "二.2"], got


# -- next70 class 6: a kind heading over a paragraph naming the kind at two levels ---------------------------------

def _duties(first: str) -> str:
    return ("某市关于加强校车安全管理的通知\n\n一、总体要求\n\n全面落实校车安全管理责任，确保学生乘车安全。\n\n"
            "二、职责分工\n\n"
            "（一）教育部门\n\n" + first + "\n\n（二）学校\n\n1.学校负责建立校车安全管理制度，明确专人负责。\n\n"
            "2.学校负责对学生开展乘车安全教育。\n\n（三）校车服务提供者\n\n1.校车服务提供者负责定期检测车辆。\n\n")


def test_a_kind_heading_whose_paragraph_names_the_kind_at_two_levels_is_the_unit():
    got = _tasks(_duties("市教育部门负责制定校车安全管理办法。区教育部门应加强对辖区学校校车使用的日常监督检查。"))
    assert got["二.一"][1] == ["教育部门"], got


def test_a_kind_heading_over_the_one_body_that_does_the_work_gives_that_body():
    got = _tasks(_duties("市教育局负责统筹全市校车安全管理工作，制定校车安全管理办法，组织开展督导检查。"))
    assert got["二.一"][1] == ["市教育局"], got


# -- next71 class 5: 附件1 a document of rules after an opinion's own tasks ---------------------------------------

def _opinion(annex_title: str) -> str:
    return ("某区人民政府办公室关于印发《某区关于加强餐厨垃圾管理的实施意见》的通知\n\n各街镇，区政府各委、办、局：\n"
            "《某区关于加强餐厨垃圾管理的实施意见》已经区政府同意，现印发给你们，请认真按照执行。\n\n"
            "某区关于加强餐厨垃圾管理的实施意见\n\n一、主要任务\n\n（一）推动源头减量。推行净菜上市，减少餐厨垃圾产生。\n\n"
            "（二）规范收运处置。建立收运台账，实行收运处置全过程监管。\n\n二、保障措施\n\n（一）加强宣传引导。各有关部门要加强宣传。\n\n"
            "附件：1." + annex_title + "\n\n附件1\n\n" + annex_title + "\n\n一、职责分工\n\n"
            "（一）区绿化市容局负责餐厨垃圾收运企业的监督管理。\n\n（二）区市场监管局负责餐饮单位的日常检查。\n\n"
            "二、工作要求\n\n（一）各街镇须每月向区绿化市容局报送餐厨垃圾收运台账。\n\n（二）各街镇加强巡查，及时处置。\n")


def test_the_articles_of_an_attached_document_of_rules_are_no_tasks_but_its_reports_are_duties():
    plan = parse_text(_opinion("某区餐厨垃圾管理细则"))
    assert [t.key for t in plan.tasks] == ["一.一", "一.二", "二.一"], [t.key for t in plan.tasks]
    # (round 32 (p32t): the sender a plan unit — a regulated party's filing is no duty)
    assert any("收运台账" in d.text and d.every == "month" for d in plan.duties), plan.duties

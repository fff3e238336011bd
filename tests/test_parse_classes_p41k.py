"""Round 41 (p41k), over-read units — units the answer does not name. Made-up snippets written the way such plans are
printed, each with the near misses that must not change:

- persons by their post after 各 「各班主任负责组织…」「各公司专管员负责…」 are no units (round 30 / 34: a person's role
  is never a unit), while 各班 / 各村 / 各专业队 stay groups of bodies;
- 「各部门和单位要…」: 和 joins the general call 各部门 and a bare 单位 (round 34 / round 33), no names — alone or after
  a kind 「各乡镇、各部门和单位要…」 (各乡镇 stays).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.units import looks_like_unit

HEAD = "关于做好节日期间安全工作的通知\n\n各乡镇、县直各单位：\n现就有关事项通知如下：\n"


def _units(body: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.number: (t.lead_units, t.responsible_units) for t in parse_text(HEAD + body).tasks}


def test_persons_by_post_after_ge_are_no_units():
    for name in ("各班主任", "各公司专管员", "各村党支部书记", "各校校长", "各社区网格员"):
        assert not looks_like_unit(name), name


def test_groups_of_bodies_after_ge_stay_units():
    for name in ("各班", "各村", "各专业队", "各村委会", "各校", "各小组"):
        assert looks_like_unit(name), name


def test_class_teachers_doing_the_work_give_no_unit():
    got = _units("一、开展视力检测。各班主任负责组织学生参加视力检测，并做好记录。\n"
                 "二、做好复查。县卫健局负责组织复查工作。\n")
    assert got["一"] == ([], [])
    assert got["二"][1] == ["县卫健局"]


def test_departments_and_units_is_a_general_call():
    got = _units("一、开展节前安全大检查。各乡镇、各部门和单位要认真组织开展节前的安全生产大检查，消除隐患。\n"
                 "二、做好宣传教育。各部门和单位要组织开展安全宣传教育活动。\n"
                 "三、加强值班。县应急局和相关单位负责组织节日值班工作。\n")
    assert got["一"][1] == ["各乡镇"]
    assert got["二"] == ([], [])
    assert got["三"][1] == ["县应急局"]


def test_a_kind_joined_to_departments_stays():
    # near miss: a named body 会同 the call keeps the body and the call's own reading (unchanged)
    got = _units("一、加强检查。县教育局会同各有关部门组织开展校园安全检查。\n")
    assert got["一"][0] == ["县教育局"]


# ---- a name that opens with a verb or its adverb 「允许园区平台等专业企业参与…」「制定我市…」「充分调动…」 (no name:
# the clause's verb leaked into it; 制定 / 允许 / 充分 open VERB_START like 建立 / 支持)

PARK = """某区产业用地盘活利用工作方案

一、工作目标
提升产业用地效益。
二、主要任务
（一）支持园区转型。支持存量产业用地转型升级，允许园区平台等专业企业参与盘活利用，由区新型工业化办牵头开展绩效评估。
（二）推进信息化。由区规划资源局负责建设产业用地信息库。
"""


def test_a_name_opening_with_a_verb_is_no_unit():
    from desktop.core.parse.prose_units import VERB_START

    for clause in ("制定我市地名命名规则", "允许园区平台等专业企业", "充分调动各部门"):
        assert VERB_START.match(clause), clause
    for name in ("区新型工业化办", "制造业发展中心", "充电设施管理中心"):
        assert not VERB_START.match(name), name


def test_allowed_parties_are_no_partner_of_the_lead():
    tasks = {t.number: t for t in parse_text(PARK).tasks}
    assert tasks["一"].lead_units == ["区新型工业化办"]
    assert tasks["一"].responsible_units == []
    assert tasks["二"].responsible_units == ["区规划资源局"]


# ---- the catch-all 「相关部门和单位」「各有关部门、单位」 (round 37: a general call), in a sentence: no unit; a named
# body beside it stays, and 「A和相关部门」 without the bare 单位 reads as before

RULES = """某区道路设施管理办法

第一条 为加强道路设施管理，制定本办法。
第二条（职责分工）
管委会相关部门和单位按照职责分工，协调推进有关工作。
建交处承担联席会议办公室的日常工作，负责相关行政审批。
财政处负责对养护经费进行管理和监督。
第三条（宣传引导）
区建管委牵头各有关部门、单位，积极开展宣传引导活动。
第四条（巡查）
区住建委、相关部门和单位负责组织实施道路设施巡查。
第五条（养护）
区住建委和相关部门负责组织实施道路设施养护。
第六条 本办法自印发之日起施行。
"""


def test_catch_all_departments_and_units_is_no_unit():
    from desktop.core.parse.sentence_units import _doers

    assert _doers("管委会相关部门和单位按照职责分工，协调推进有关工作。", any_verb=True)[1] == []
    assert _doers("各有关部门和单位要积极开展宣传。", any_verb=True)[1] == []
    assert _doers("区住建委、相关部门和单位负责组织实施。")[1] == ["区住建委"]
    # near misses: no bare 单位 after the catch-all; persons 负责人 after 单位
    assert _doers("区住建委和相关部门负责组织实施。")[1] == ["区住建委", "相关部门"]
    assert _doers("由区住建委会同相关部门和单位组织实施。")[1] == ["区住建委"]


def test_catch_all_in_regulation_articles():
    tasks = {t.number: t for t in parse_text(RULES).tasks}
    assert tasks["2"].responsible_units == ["建交处", "财政处"]
    assert (tasks["3"].lead_units, tasks["3"].responsible_units) == (["区建管委"], [])
    assert tasks["4"].responsible_units == ["区住建委"]
    assert tasks["5"].responsible_units == ["区住建委", "相关部门"]


# ---- an application sent 分别 or described 「由A、B分别向C提出的资金需求申请，列入年度预算」 (round 30: 由A提出申请 is
# an applicant's, no unit); 「由A负责向B提出申请」 stays a doer (round 41: 负责 makes A one)

def test_an_application_sent_severally_or_described_is_no_doer():
    from desktop.core.parse.sentence_units import _doers

    assert _doers("由区林业站及区属国企分别向区财政部门和企业财务部门提出的资金需求申请，列入年度预算。")[1] == []
    assert _doers("由区林业站分别向区财政部门提出资金需求申请。")[1] == []
    assert _doers("由区林业站负责向区财政局提出申请。")[1] == ["区林业站"]
    assert _doers("由区林业站组织开展养护质量检查。")[1] == ["区林业站"]

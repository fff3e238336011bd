"""Failure classes of tests/data/plans-next20/ (and the same class left in plans-next17 and -next19), round 19,
parser23: units named only as a sentence's subject of a 职责分工 item, each with made-up wordings of the same shape
(the real cases are scored by tests/test_parse_score.py), and subjects that are no units."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.prose_units import defining_units, opening_lead


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


# class 1: 「X是…的责任主体/行政主管部门/管理机构」 opening an item names the units it gives work to; numbered
# duties under a heading so written take the heading's unit
_DUTIES = ("某县河道长效管理工作方案\n\n一、工作目标\n\n到年底，全县河道保洁覆盖率达到95%以上。\n\n"
           "二、职责分工\n\n"
           "（一）县人民政府是全县河道长效管理的责任主体，统筹全县河道管理工作，落实管理经费。\n\n"
           "（二）县水利局是全县河道管理的行政主管部门，主要职责：\n\n"
           "1、制定河道保洁考核办法；\n\n2、组织对各乡镇河道保洁情况进行检查；\n\n3、编制年度河道整治计划。\n\n"
           "（三）各乡镇人民政府、县开发区管委会是辖区河道日常管护的实施主体，负责落实保洁队伍。\n\n"
           "三、资金保障\n\n（一）河道保洁经费列入年度财政预算。\n\n（二）专款专用，不得挪作他用。\n")


def test_unit_defined_as_responsible_body_is_the_items_unit():
    got = _units(_DUTIES)
    assert got["二.一"] == ([], ["县人民政府"])
    assert got["二.三"] == ([], ["各乡镇人民政府", "县开发区管委会"])


def test_numbered_duties_under_a_defining_heading_take_its_unit():
    got = _units(_DUTIES)
    assert got["二.二.1"] == ([], ["县水利局"])
    assert got["二.二.3"] == ([], ["县水利局"])


def test_items_that_define_nothing_stay_without_units():
    got = _units(_DUTIES)
    assert got["三.一"] == ([], [])


def test_other_defining_wordings():
    assert defining_units("3.市城管执法局是本市违法建筑治理的牵头部门。负责统筹协调…") == ["市城管执法局"]
    assert defining_units("（二）区应急管理局是全区安全生产综合监管的责任部门，负责…") == ["区应急管理局"]
    assert defining_units("街道办事处是辖区垃圾分类工作的第一责任主体，负责…") == ["街道办事处"]


def test_subjects_that_are_no_bodies_of_government():
    # an enterprise, a person, a place group, people: answering for work, but no unit of the plan
    assert defining_units("生产经营单位是安全生产的责任主体，要落实全员安全生产责任制。") == []
    assert defining_units("开发企业是项目推进的责任主体，负责办理各项手续。") == []
    assert defining_units("各地是本地区防汛工作的责任主体，要压实责任。") == []
    assert defining_units("我们是这项工作的实施主体，要敢于担当。") == []
    assert defining_units("村（居）民是垃圾分类的实施主体，应当分类投放。") == []
    assert defining_units("镇长是本镇安全生产工作的第一责任人，对…负总责。") == []
    # 是 not naming a body answering for work
    assert defining_units("区政府是本区经济社会发展的重要力量。") == []
    assert defining_units("2024年是三年行动的攻坚之年，要聚焦…的责任主体。") == []


# class 2: 「由X牵头…」 opening an item's work (after its short heading) names its lead, without the plan's
# 保障措施 items being dropped as rules
_LED = ("某镇消防安全宣传月活动方案\n\n一、活动时间\n\n11月1日至11月30日。\n\n二、主要任务\n\n"
        "1. 召开部署会议。由镇消防安全委员会牵头召开宣传月部署会议，明确任务分工。\n"
        "2. 开展入户宣传。组织志愿者深入居民小区发放宣传资料。\n"
        "3. 组织疏散演练。在学校、养老机构开展疏散逃生演练。\n\n"
        "三、保障措施\n\n1. 加强组织领导。成立活动领导小组，统筹推进各项工作。\n"
        "2. 加强经费保障。将活动经费纳入年度预算。\n")


def test_lead_opening_an_items_work():
    got = _units(_LED)
    assert got["二.1"] == (["镇消防安全委员会"], [])
    assert got["二.2"] == ([], [])


def test_safeguard_items_stay_tasks_beside_a_prose_lead():
    got = _units(_LED)
    assert "三.1" in got and "三.2" in got


def test_prose_leads_that_are_no_item_leads():
    # inside a sentence, after a condition: the set's convention reads no label
    assert opening_lead("（4）涉及重大舆情的问题，由区级路长办公室牵头协调，并专报副总路长。") == []
    # a body being named, not the item's lead
    assert opening_lead("由区发展改革委牵头的联席会议负责统筹推进。") == []
    # people, not units
    assert opening_lead("由工作人员牵头组织入户走访。") == []
    assert opening_lead("由分管副镇长牵头组织召开专题会议。") == []
    assert opening_lead("2. 召开推进会。由区商务委、区财政局牵头召开推进会。") == ["区商务委", "区财政局"]


# class 3: a heading whose paragraphs are each headed by a unit before a colon gives its work to those units; a
# heading whose paragraphs are headed by posts (persons) gives it to none
_OFFICES = ("某区河长制工作方案\n\n一、工作目标\n\n全面建立区、镇、村三级河长体系。\n\n二、工作职责\n\n"
            "（一）河长职责\n\n总河长：负责全区河长制工作的组织领导。\n\n区级河长：负责协调解决河道治理的重大问题。\n\n"
            "（二）河长办公室职责\n\n区河长办公室：承担河长制日常工作，督促落实河长确定的事项。\n\n"
            "镇河长办公室：落实区河长办公室交办的工作，定期组织巡河。\n\n"
            "（三）监督考核\n\n区河长办公室每年对各镇河长制工作进行考核。\n")


def test_paragraphs_headed_by_units_before_a_colon():
    got = _units(_OFFICES)
    assert got["二.二"] == ([], ["区河长办公室", "镇河长办公室"])


def test_paragraphs_headed_by_posts_name_no_units():
    got = _units(_OFFICES)
    assert got["二.一"] == ([], [])


# class 4: a units field that ends its sentence and goes on in a bracketed note keeps its last unit
def test_units_field_followed_by_a_bracketed_note():
    text = ("某县“消防宣传月”活动方案\n\n二、活动安排\n\n（一）开展消防宣传咨询日活动\n1.活动时间：11月9日。\n"
            "2.活动内容：设立咨询台，发放宣传资料，解答群众咨询。\n"
            "3.组织单位：县消防救援大队、各乡镇人民政府、县有关部门和单位。（咨询点设在县文化广场。）\n"
            "（二）开展火灾隐患排查\n1.活动时间：11月10日至11月20日。\n2.活动内容：排查整治人员密集场所火灾隐患。\n"
            "3.组织单位：县应急管理局、县住建局。\n")
    got = _units(text)
    # (round 35, field blocks: the activity 二.一 is the task, its 组织单位 field its label)
    assert got["二.一"] == ([], ["县消防救援大队", "各乡镇人民政府", "县有关部门和单位"])


def test_prose_lead_in_a_plan_that_labels_units_stays_a_sentence():
    text = ("某镇活动方案\n\n二、主要任务\n\n1. 召开部署会议。由镇消防安全委员会牵头召开部署会议。\n"
            "2. 开展入户宣传。组织志愿者发放宣传资料。（责任单位：镇宣传办）\n")
    got = _units(text)
    # round 31: CONVENTIONS.md rule 2 — an item with no label takes 「由A牵头」's A as its lead, in a plan that
    # labels its other items too (rule 1 decides only where the item or its heading has a label)
    assert got["二.1"] == (["镇消防安全委员会"], [])
    assert got["二.2"] == ([], ["镇宣传办"])


# class 5: the two halves of a year written as the plan's stages
def test_half_year_stages():
    text = ("某区公路养护体制改革方案\n\n一、目标和进度\n\n按照分步推进的原则，"
            "2015年上半年理顺区、镇养护职责，落实养护资金；下半年建立养护考核制度，实现养护市场化。\n\n二、主要任务\n\n（一）区交通委负责编制养护计划。\n")
    phases = parse_text(text).phases
    assert [(p.name, p.start, p.end) for p in phases] == [
        ("理顺区、镇养护职责", "2015-01", "2015-06"), ("建立养护考核制度", "2015-07", "2015-12")]


def test_half_years_without_a_year_or_the_second_half_are_no_stages():
    text = ("某区方案\n\n一、主要任务\n\n（一）上半年完成摸底调查，形成台账。\n\n"
            "（二）2015年上半年完成清单编制，年底前全面完成整改。\n")
    assert parse_text(text).phases == []


# class 6: a cost band that picks the projects a rule is for is no target; money a verb sets still is
def _targets(body: str) -> list[tuple[float, str]]:
    plan = parse_text("某区工作方案\n\n一、主要任务\n\n（一）" + body + "（区财政局负责）\n")
    return [(t.value, t.unit) for t in plan.tasks[0].targets]


def test_cost_bands_of_projects_are_no_targets():
    # (round 30, CONVENTIONS.md thresholds: 「400万元以下的应当」 a band before 的 is a target; 「400万元以上工程」,
    # 「50万元以上—」 stay unread — listed in tests/data/THRESHOLDS_PENDING.md)
    # (round 31 (mt31), CONVENTIONS.md thresholds: 「50万元以上—」 and 「400万元以上工程」 are joined to 以上 too:
    # targets, each edge of the band)
    # (Round 66 rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects,
    # works, contracts or firms is a class, whatever step follows — no target, the class kept):
    # 「造价在…以下的应当」 is a 的-clause of its own with no noun, a trigger (both edges); 「400万元以上工程」 a class
    assert _targets("规范招标管理，造价在50万元以上—400万元以下的应当邀请招标；400万元以上工程应当公开招标。") == [
        (500000.0, "元"), (4000000.0, "元")]
    # (round 30: 「10万元以上的须经…」 a band before 的 that triggers a step is a target by its comparison word)
    assert _targets("加强资金监管，单笔支出10万元以上的须经集体讨论决定。") == [(100000.0, "元")]


def test_money_a_verb_sets_stays_a_target():
    assert (3000000.0, "元") in _targets("统筹安排专项资金300万元以上，用于村道养护。")


# plans-next17 residuals: a duty's day without a year, a task's one year-opening step, a second rhythm of a kind
_CLOSING = ("某区水务局关于印发安全生产三年行动方案（2025—2027年）的通知\n\n2025年3月10日\n\n"
            "某区水务安全生产三年行动方案（2025—2027年）\n\n一、主要任务\n\n"
            "（一）完善风险防控。健全风险清单管理制度。2025 年，配合全区完成一轮风险评估。\n\n"
            "（二）强化隐患排查。每季度至少召开1次会议，专题研究重大隐患整治。\n\n"
            "二、工作要求\n\n（一）健全工作机制。每季度组织专项工作调度，通报工作进展，分析存在问题。\n\n"
            "（二）各单位要明确专人负责，自2025年4月起，每月25日前向局安委办报送工作情况。5月10日前，各单位向局安委办"
            "上报本单位实施方案。\n")


def test_a_duty_day_takes_the_year_last_written_in_its_paragraph():
    dues = {d.due for d in parse_text(_CLOSING).duties if "实施方案" in d.text}
    assert dues == {"2025-05-10"}


def test_a_year_opening_a_step_dates_the_task():
    got = {t.key: t.deadline for t in parse_text(_CLOSING).tasks}
    assert got["一.一"] == "2025-12-31"


def test_a_second_quarterly_rhythm_is_a_duty_of_its_own():
    texts = [d.text for d in parse_text(_CLOSING).duties if d.every == "quarter"]
    assert any("调度" in t for t in texts) and any("召开" in t for t in texts)


def test_places_and_kinds_of_institution_are_no_units_of_such_items():
    from desktop.core.parse.prose_units import colon_paragraph_units
    assert colon_paragraph_units("分类推进\n中心城区：重点推进垃圾分类达标。\n郊区：重点推进农村生活垃圾治理。") == []
    assert colon_paragraph_units("分类施策\n学校：开展安全教育进课堂。\n医院：开展消防安全演练。") == []
    assert defining_units("学校是校园安全的责任主体，要落实…") == []
    assert defining_units("老旧小区是本次改造的实施主体。") == []
    assert opening_lead("开展宣传。由各社区牵头组织入户宣传。") == []

"""Round 34 structure classes (p34a): childless headed points that give work in a document of headed points, items
numbered inside one paragraph, a one-line page's points marked 「一,」「二。」 (CONVENTIONS.md, "Round 34 ruling,
written early" and "Round 34 rulings" → Tasks). Made-up snippets written the way such notices are written."""

from __future__ import annotations

from desktop.core.parse import parse_text


def keys(plan):
    return ["/".join([*t.path, t.number]) for t in plan.tasks]


def by_key(plan):
    return {"/".join([*t.path, t.number]): t for t in plan.tasks}


NOTICE = ("某市河湖管理局关于做好河道保洁经费管理工作的通知\n\n各区河湖管理部门："
          "\n\n为规范河道保洁经费管理，现将有关事项通知如下。\n\n"
          "一、执行时间\n\n本通知自2025年3月1日起执行。\n\n"
          "二、分级管理\n\n本市实行市、区两级管理，其中：市河湖管理局负责核定市管"
          "河道的保洁经费；各区河湖管理部门负责核定区管河道的"
          "保洁经费。\n\n"
          "三、经费拨付\n\n（一）市管河道的经费由市财政按季度拨付。\n\n（二）区管河道的经费由区财政按季度拨付。\n\n"
          "四、监督检查\n\n各区河湖管理部门要加强对保洁作业单位的日常检查，发现问题及时督促整改。\n\n"
          "五、信息报送\n\n区河湖管理部门应当于每季度末将经费使用情况报送市河湖管理局。\n\n"
          "某市河湖管理局\n\n2025年2月10日\n")


def test_childless_headed_points_that_give_work_are_tasks():
    plan = parse_text(NOTICE)
    got = by_key(plan)
    assert "二" in got
    assert got["二"].responsible_units == ["市河湖管理局", "各区河湖管理部门"]
    # entry into force is no task (general provisions), nor is a point whose work sits in its numbered items
    assert "一" not in got and "三" not in got
    # (a point that instructs 「…要加强…检查，发现问题及时督促整改」 was left as read before in round 34; Round 51
    # rulings "turned": a childless top-level point giving work — a rule-2 doer or an instruction 要／应 — is a task
    # (t49b))
    assert "四" in got


def test_work_plan_of_numbered_items_keeps_its_childless_sections():
    # near miss: most points hold numbered items; the childless 工作目标 / 保障措施 stay sections
    text = ("某区垃圾分类工作方案\n一、工作目标\n到2025年底，全区各街道要全面实现垃圾分类。\n"
            "二、重点任务\n（一）完善收运体系。区绿化市容局负责，2025年6月底前完成。\n"
            "（二）加强宣传引导。区文明办负责，持续开展。\n"
            "三、主要措施\n（一）开展示范创建。各街道负责。\n（二）强化执法检查。区城管执法局负责。\n"
            "四、保障措施\n各部门要加强组织领导，确保各项任务落到实处。\n")
    assert keys(parse_text(text)) == ["二/（一）", "二/（二）", "三/（一）", "三/（二）"] or \
        keys(parse_text(text)) == ["二/一", "二/二", "三/一", "三/二"]


def test_items_numbered_inside_one_paragraph_are_items():
    text = ("某镇农贸市场改造实施意见\n一、指导思想\n以改善群众购物环境为目标，推进农贸市场改造。\n"
            "二、组织领导和职责\n镇政府成立农贸市场改造工作领导小组，统一领导全镇改造工作。"
            "成员单位主要职责是：（1）镇经发办负责改造项目的立项和资金申请。（2）镇规建办负责改造中的规划和建设指导。"
            "（3）镇市场监管所负责市场经营秩序的日常监管。\n")
    plan = parse_text(text)
    units = [t.responsible_units for t in plan.tasks]
    assert len(plan.tasks) == 3
    assert units == [["镇经发办"], ["镇规建办"], ["镇市场监管所"]]


def test_numbers_that_do_not_run_from_one_stay_text():
    # near miss: 「1+2+3」 and 「第3条」 are no items; one task for the point, as before
    text = ("某镇农贸市场改造实施意见\n一、指导思想\n以改善群众购物环境为目标，推进农贸市场改造。\n"
            "二、工作任务\n（一）完善市场设施。按照“1+2+3”的模式改造市场，执行《管理"
            "办法》第3条的规定：2.配齐消防设施。"
            "镇规建办负责。\n（二）规范经营秩序。镇市场监管所负责。\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 2
    assert [t.responsible_units for t in plan.tasks] == [["镇规建办"], ["镇市场监管所"]]


def test_one_line_page_marked_with_commas_and_stops():
    body = ("某市景区公厕建设实施方案,为加快景区公厕建设、全面提升旅游公共服务水平."
            "结合我市实际 制定本方案.一,总体要求。"
            "坚持以人为本的发展理念,以数量充足、干净无味、管理有效为目标,全面加快景"
            "区公厕建设和改造,积极探索市场化运作模式,"
            "进一步提升旅游服务水平,营造文明旅游环境,推动景区公厕建设管理规范化、标"
            "准化、便民化,确保全市旅游业再上新台阶。二。工作目标、从2025年到2026年。"
            "在全市旅游景区、"
            "旅游交通线路、乡村旅游点等共新建和改扩建景区公厕200座.其中新建150座、改"
            "扩建50座。所有景区公厕达到A级以上水平 "
            "一,2025年,共新建和改扩建景区公厕80座,其中新建60座 改扩建20座.基本实现全"
            "市主要旅游线路、重要交通集散点等地公厕数量"
            "充足,达到相关质量等级标准,管理服务水平明显提升,群众满意度不断提高,二。"
            "2026年、共新建和改扩建景区公厕120座 其中新建90座、改扩建30座,全面完成建"
            "设任务。")
    plan = parse_text(body)
    assert keys(plan) == ["二/一", "二/二"]


def test_a_long_line_with_one_odd_number_is_left_alone():
    # near miss: a single 「一,」 with no 「二」 after it is text
    body = ("某市景区公厕建设实施方案,为加快景区公厕建设.结合我市实际 制定本方案.一"
            ",坚持以人为本的发展理念,全面加快景区公厕建设,"
            + "进一步提升旅游服务水平," * 30 + "确保全市旅游业再上新台阶。")
    plan = parse_text(body)
    assert all(t.path[:1] != ["二"] for t in plan.tasks)

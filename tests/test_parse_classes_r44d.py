"""Figures that pick out a class — a grade of accident, persons near a place, a rate's counting unit, projects a
procedure is carried out on — are no targets; the bars beside them stay targets (round 44's sets, rulings of
rounds 30, 31, 38, 43, 45 and 46)."""

from __future__ import annotations

from desktop.core.parse import parse_text


def targets(item: str) -> list[tuple[float, str, str | None]]:
    plan = parse_text("某镇交通安全整治工作方案\n一、主要任务\n（一）" + item + "\n")
    return sorted((t.value, t.unit, t.comparator) for task in plan.tasks for t in task.targets)


def test_a_casualty_band_naming_a_grade_of_accident_is_no_target():
    assert targets("镇交管站要加强隐患排查，使一次死亡3人以上交通事故明显减少。") == []
    assert targets("镇安监办要严防一次死亡3人以上生产安全事故发生。") == []


def test_a_casualty_band_closed_by_de_triggering_a_step_stays_a_target():
    assert targets("镇安监办对死亡3人以上的较大事故信息随时上报。") == [(3.0, "人", ">=")]


def test_a_bar_on_the_casualty_count_itself_stays_a_target():
    assert targets("镇交管站要加强隐患排查，全年道路交通事故死亡人数控制在3人以下。") == [(3.0, "人", "<=")]


def test_a_distance_picking_out_persons_is_no_target():
    assert targets("镇总工会倡导机关职工在距单位2公里范围之内步行上下班。") == []


def test_the_counting_unit_of_a_reward_rate_is_no_target_but_the_rate_is():
    assert targets("镇安监办按每查实隐瞒事故1人奖励2万元的标准兑现奖励。") == [(20000.0, "元", None)]


def test_a_count_reached_each_year_stays_a_target():
    assert (1000.0, "人", None) in targets("镇文化站每年培训1000人。")


def test_a_band_naming_projects_a_procedure_is_carried_out_on_is_no_target():
    assert targets("镇规划办对投资额在200万元及以上的道路工程建设项目实行分类立项。") == []


def test_a_band_picking_the_objects_of_work_is_a_class():
    # round 30's picking line withdrawn for a money band inside a noun of projects — (Round 66 rulings, Targets,
    # governs over round 48; Round 68 rulings: a money band inside a noun naming projects, works, contracts or firms
    # is a class, whatever step follows — no target, the class kept)
    assert targets("镇规划办对投资500万元以上的项目开展检查。") == []


def test_a_class_going_by_named_rules_is_no_target():
    assert targets("投资额不满50万元的道路维修项目，按照《某区小型工程管理办法》执行。") == []


def test_a_project_term_band_naming_a_class_for_a_procedure_is_no_target():
    assert targets("合同工期两年及以上的建设工程，推行施工过程结算。") == []


def test_a_term_band_of_projects_checked_stays_a_target():
    assert (2.0, "年", ">=") in targets("合同工期两年以上的项目开展检查。")


def units_of(items: str) -> list[list[str]]:
    plan = parse_text("某市控辍保学工作方案\n一、主要任务\n" + items)
    return [task.responsible_units for task in plan.tasks]


def test_a_departments_list_closed_by_etc_then_another_body_is_split():
    got = units_of("（一）落实资助政策，做好学生资助工作。（市财政局、市总工会等部门和12个镇人民政府负责）\n"
                   "（二）开展结对帮扶，做好学生返校工作。（市教育局、市民政局等单位和各乡镇人民政府负责）\n")
    assert got == [["市财政局", "市总工会", "12个镇人民政府"], ["市教育局", "市民政局", "各乡镇人民政府"]]


def test_departments_and_units_after_etc_stay_one_category():
    got = units_of("（一）落实资助政策，做好学生资助工作。（市财政局、市总工会等部门和单位负责）\n"
                   "（二）开展结对帮扶，做好学生返校工作。（市教育局负责）\n")
    assert got[0] == ["市财政局", "市总工会等部门和单位"]


def test_a_document_sites_desktop_banner_and_history_box_are_no_title():
    text = ("电脑桌面\n添加某某文库到电脑桌面\n安装后可以在桌面快捷访问\n\n关于开展校园环境整治行动的通知\n\n"
            "各村、各单位：\n一、主要任务\n（一）清理校园周边垃圾。（镇环卫所负责）\n")
    assert parse_text(text).title == "关于开展校园环境整治行动的通知"
    text = ("欢迎来到某某文库\n浏览记录\n关于开展校园环境整治行动的通知\n"
            "一、主要任务\n（一）清理校园周边垃圾。（镇环卫所负责）\n")
    assert parse_text(text).title == "关于开展校园环境整治行动的通知"


def test_a_bracket_saying_where_an_office_sits_names_no_doer():
    plan = parse_text("某市环境日宣传活动方案\n一、活动内容\n"
                      "1、展板宣传。各企业要各制作2块宣传展板送市环委会办公室(设在市生态环境局)。\n"
                      "2、咨询宣传。开展环保咨询活动(市生态环境局)。\n")
    assert [t.responsible_units for t in plan.tasks] == [[], ["市生态环境局"]]

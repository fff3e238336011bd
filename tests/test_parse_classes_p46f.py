"""Round 46 (p46f): targets the older tuned sets missed, by class.

Figures written in Chinese numerals joined to a word of the line (CONVENTIONS.md Thresholds, round 30): floors of a
building 「地下四层及以下」, an area in 万 「三万平方米及以上」, a floor 「不小于一个街坊」, a check with its floor and
where it is held 「至少到现场检查一次」; a person named for the work 「任命一名…」; the teams an item fields for its
work 「组织二十三个巡查组」. Near misses (no word of the line, 层级／层次, teams not fielded) stay none."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets


def figures(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(sentence, 2024)]


def test_floors_of_a_building_in_words_joined_to_a_band():
    assert (4.0, "层") in figures("快充设施不应布置在地下四层及以下。")
    assert (3.0, "层") in figures("社区服务用房宜设在建筑的三层及以下。")
    assert (6.0, "层") in figures("建筑高度不超过六层的住宅可不设电梯。")


def test_floors_near_misses():
    assert figures("构建区、街镇、社区三层级网格体系。") == []
    assert figures("分三层次推进培训工作。") == []
    assert figures("该楼共有三层，底层为商铺。") == []          # no word of the line


def test_an_area_in_wan_joined_to_a_band():
    # (w52d: Round 58 rulings, turned: a band inside the noun naming the class a rule covers is a class, in words as
    # in digits)
    assert (3.0, "万平方米") not in figures("建筑面积三万平方米及以上的新建厂房，应当配备专职安全员。")
    assert (2.0, "万亩") in figures("全镇复垦面积不少于二万亩。")
    assert figures("园区占地约三万平方米，交通便利。") == []        # no word of the line


def test_a_count_with_bu_xiao_yu_as_its_floor():
    assert (1.0, "个") in figures("更新单元原则上不小于一个街坊。")
    assert figures("更新单元一般包括一个街坊。") == []               # an article, no floor


def test_a_check_held_at_a_place_with_its_floor():
    assert (1.0, "次") in figures("对临时搭建的看台，主办单位应当至少到现场检查一次。")
    assert (2.0, "次") in figures("街道每月至少深入一线督查两次。")
    assert figures("检查人员到现场检查一次，发现问题当场整改。") == []   # no floor: a rhythm of the work


def test_a_person_appointed_for_the_work():
    assert (1.0, "名") in figures("监理单位应当任命一名注册监理工程师担任总监理工程师。")
    assert figures("监理单位应当任命注册监理工程师担任总监理工程师。") == []


def test_the_teams_an_item_fields():
    assert (23.0, "个") in figures("区森林防火指挥部组织二十三个巡查组深入到乡镇巡查。")
    assert (5.0, "个") in figures("市场监管局抽调人员，安排五个检查组分片督查。")
    # near misses: teams named, not fielded; a count of one (an article)
    assert figures("全区已有二十三个巡查组。") == []
    assert figures("区里组织一个工作组开展督导。") == []


def test_a_task_reads_the_fielded_teams_in_traditional_script():
    text = ("某区清明森林防火工作方案\n一、工作目标\n确保不发生森林火灾。\n二、工作措施\n"
            "1.加强巡查。區森林防火指揮部組織二十三個巡查組深入到鄉鎮巡查，制止野外用火。\n"
            "2.加强宣传。各街道要在山林入口张贴宣传标语。\n")
    task = next(t for t in parse_text(text).tasks if t.title.startswith("加强巡查"))
    assert (23.0, "个") in [(t.value, t.unit) for t in task.targets]


def test_a_rate_a_scheme_charges_or_pays_by_a_named_base():
    # CONVENTIONS.md Targets (round 25): a scheme's own per-unit rate, here a share or a multiple of its base
    assert (3.0, "倍") in figures("超定额部分按照基准水价的3倍加收水费。")
    assert (1.2, "倍") in figures("超过用水定额的，按照所在村农业水价的1.2倍收取。")
    assert (40.0, "%") in figures("转让方按土地增值收益的40%缴纳调节金。")


def test_rate_near_misses():
    assert figures("按照教练车总数的20%进行配备。") == []                  # a staffing norm
    assert figures("按照上年度任务3倍的比例确定预征对象。") == []          # a selection ratio
    assert figures("力争实现产值倍增。") == []
    assert figures("按土地增值收益的一定比例缴纳调节金。") == []           # no figure


def test_a_term_bounded_by_the_lines_word_before_its_noun():
    got = find_targets("工业用地的最高出让年限为50年。", 2024)
    assert [(t.value, t.unit, t.comparator) for t in got] == [(50.0, "年", "<=")]
    assert [(t.value, t.comparator) for t in find_targets("租赁的最短期限为5年。", 2024)] == [(5.0, ">=")]
    # near misses: the term with no word of the line, a figure's year
    assert figures("工业用地出让年限为50年。") == []
    assert figures("最高出让年限按国家规定执行，自2025年起施行。") == []


def relaxed(sentence: str) -> list[tuple[float, str]]:
    """A task's text is read relaxed (any countable number), as ``tasks`` reads it."""
    return [(t.value, t.unit) for t in find_targets(sentence, 2024, relaxed=True)]


def test_the_places_the_work_is_done_in_are_its_scope():
    # rounds 33 / 38: counts of existing objects are no targets
    assert relaxed("在86个社区居委会开展垃圾分类宣传活动。") == []
    assert relaxed("确保全县行政村卫生厕所普及率达90%以上，其中15个示范村达100%。") == [(90.0, "%"), (100.0, "%")]
    assert relaxed("普及率达90%以上，其中8个特色乡镇和40个试点村达100%。") == [(90.0, "%"), (100.0, "%")]
    # near misses: a verb of making after the places, an approximate count the plan sets, a count to reach
    assert (20.0, "个") in relaxed("在20个村新建健身点。")
    assert (120.0, "个") in relaxed("全市率先在120个左右社区开展先行先试。")
    assert (30.0, "个") in relaxed("完成30个村的环境整治。")


def test_what_there_is_kept_up_or_built_on_is_no_target():
    assert relaxed("巩固提升18家蔬菜基地产能，争取新增基地2家以上。") == [(2.0, "家")]
    assert relaxed("在首批已命名12个示范点的基础上，再培育示范点5个。") == [(5.0, "个")]
    # near miss: a count to reach
    assert relaxed("新建18家蔬菜基地。") == [(18.0, "家")]


def test_units_of_a_figure_the_reader_missed():
    with_cmp = lambda s: [(t.value, t.unit, t.comparator) for t in find_targets(s, 2024, relaxed=True)]  # noqa: E731
    # 公分 (the spoken 厘米) joined to a band; 以N年为限 a term's ceiling; a frequency floor 不低于每N小时一次
    assert with_cmp("摊位之间间隔80公分以上。") == [(80.0, "公分", ">=")]
    assert with_cmp("临时用途原则上以3年为限。") == [(3.0, "年", "<=")]
    assert with_cmp("巡查频率不低于每2小时一次。") == [(2.0, "小时", "<=")]
    # near misses: a year's span with no word of the line; a rhythm without its floor
    assert with_cmp("临时用途使用3年后应当恢复。") == []
    assert with_cmp("保洁员每2小时巡查一次。") == []


def test_the_days_of_the_work_and_the_staff_of_each_day():
    assert (3.0, "天") in relaxed("各校分批集中开展3天的消防安全培训。")
    assert (15.0, "天") in relaxed("加快形成15天的应急储备能力。")
    assert (4.0, "名") in relaxed("每天安排志愿者4名做好秩序疏导工作。")
    # near misses: the time of an event, a staffing norm per place
    assert relaxed("举办为期3天的培训。") == []
    assert relaxed("每个点位安排分拣员1名。") == []


PROJECTS = ("2024年某区重大工程建设计划\n一、年度计划安排\n"
            "2024年共安排市政设施、社会事业、产业发展三大类重大工程项目25个，其中新开工项目10个，"
            "在建项目9个，建成项目6个，完成投资45.6亿元。\n"
            "（一）市政设施类\n1.新开工项目：A路、B路。\n2.建成项目：C路。\n"
            "（二）社会事业类\n1.新开工项目：D学校。\n")


def test_a_plan_of_projects_sums_its_year_in_a_sections_lead_text():
    got = [(t.value, t.unit) for t in parse_text(PROJECTS).plan_targets]
    assert (25.0, "个") in got
    assert any(u == "元" and abs(v - 45.6e8) < 1 for v, u in got)


def test_planned_counts_near_misses():
    from desktop.core.parse.plan_goals import preamble_planned_counts
    # a list of kinds before what is counted stays one clause; a past year's sum is none of this plan's
    assert preamble_planned_counts("2024年共安排道路、桥梁两类项目12个、资金3亿元。", 2024) == [
        ("2024年共安排道路、桥梁两类项目12个", 12.0), ("资金3亿元", 3.0)]
    assert preamble_planned_counts("2023年共安排道路、桥梁两类项目12个。", 2024) == []


def test_a_period_given_by_its_dates_and_hours_open_are_no_targets():
    assert relaxed("试点时间3个月（7月1日至9月30日），由区交通委组织开展试点。") == []
    assert relaxed("绿地不得设置围墙，保障24小时对外开放。") == []
    # near misses: a span with no dates after it; hours of training to reach
    # (「用3个月时间」 is the span the work is given, no target — round 33, as x13 and x272_06 are answered; w54d)
    assert (3.0, "个月") in relaxed("整治时间不超过3个月。")
    assert (40.0, "小时") in relaxed("每名网格员年度培训不少于40小时。")


def test_a_household_named_by_its_size_is_a_kind():
    assert relaxed("2人户的宅基地面积控制在80平方米以内。") == [(80.0, "平方米")]
    # near miss: the size joined to a band picks the households (round 30's line): a target
    assert (4.0, "人") in relaxed("4人户及4人以下户的宅基地面积不超过120平方米。")


RATES = ("某村厕所改造实施方案\n一、目标任务\n2024年全村完成改厕120户。\n二、奖补标准\n"
         "1.新建卫生厕所。以户为单位，每户补助1200元。\n(1)厕屋净高不低于2米；\n(2)安装冲水式便器。\n"
         "2.改造旧厕所。按照标准完成改造。\n(1)加装化粪池盖板；\n(2)更换便器。\n")


def test_a_rate_in_the_text_of_an_item_whose_children_are_tasks_is_the_plans():
    plan = parse_text(RATES)
    assert (1200.0, "元") in [(t.value, t.unit) for t in plan.plan_targets]
    # near miss: the item with no rate gives no plan target of its own
    assert all(t.unit != "元" or t.value == 1200.0 for t in plan.plan_targets)


def test_those_taking_part_counted_are_no_target():
    assert relaxed("区有关部门和辖区80余家商户参加活动。") == []
    # near misses: the item fields them, or sets a floor
    assert (100.0, "名") in relaxed("组织100名志愿者参加活动。")
    assert (50.0, "家") in relaxed("确保不少于50家企业参加展销。")


def test_one_body_only_is_the_rules_count():
    assert (1.0, "家") in figures("小区的日常保洁应当由一家物业服务企业统一承接。")
    # near misses: 一家一户 (households), a body that is no count
    assert figures("由一家一户分散经营转向规模经营。") == []
    assert figures("由区住建委负责统一承接。") == []

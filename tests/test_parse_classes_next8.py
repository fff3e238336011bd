"""Failure classes of tests/data/plans-next8/BASELINE.md (round 13, parser14), each with made-up
wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import deadline_from_words


def _body(title: str = "某区2027年节约用水重点工作安排") -> str:
    return (f"{title}\n一、总体要求\n坚持节水优先，全面提升用水效率。\n二、重点工作\n"
            "（一）推进农业节水。推广喷灌滴灌技术。\n（二）推进工业节水。开展节水型企业创建。\n")


# class 1: a unit column of bare department names (no district prefix) after a 时间进度 column
TIME_TABLE = ("附件\n\n2027年节约用水重点工作任务分工表\n\n序号\n\n重点任务\n\n具体工作\n\n时间进度\n\n责任部门\n\n"
              "一\n\n推进农业节水\n\n"
              "1\n\n推广高效节水灌溉技术，新建喷灌示范点12处\n\n全年推进\n\n农业农村委、水务局、财政局等\n\n"
              "2\n\n开展灌区计量设施改造\n\n二季度完成\n\n水务局\n\n"
              "二\n\n推进工业节水\n\n"
              "3\n\n组织重点用水企业开展水平衡测试\n\n年内完成\n\n经济信息化委（商务委）、水务局\n\n"
              "4\n\n推动园区循环用水，完善再生水利用设施\n\n持续推进\n\n各相关部门、各街镇\n")


def test_bare_department_names_after_a_progress_column_are_the_rows_units():
    plan = parse_text(_body() + "\n" + TIME_TABLE)
    rows = [t for t in plan.tasks if t.path[:1] == ["附件"]]
    assert [t.number for t in rows] == ["1", "2", "3", "4"]
    assert rows[0].responsible_units == ["农业农村委", "水务局", "财政局"]
    assert rows[1].responsible_units == ["水务局"] or rows[1].lead_units == ["水务局"]
    assert set(rows[2].responsible_units) == {"经济信息化委（商务委）", "水务局"}
    assert set(rows[3].responsible_units) == {"各相关部门", "各街镇"}
    assert not any(t.lead_units for t in rows[2:])


def test_a_progress_column_gives_quarter_and_year_deadlines():
    plan = parse_text(_body() + "\n" + TIME_TABLE)
    rows = {t.number: t for t in plan.tasks if t.path[:1] == ["附件"]}
    assert rows["2"].deadline == "2027-06-30"        # 二季度完成
    assert rows["3"].deadline == "2027-12-31"        # 年内完成
    assert rows["4"].deadline is None                # 持续推进: no date


def test_other_progress_and_unit_header_words():
    # 完成时间 before 承担部门, the progress cells 第四季度 / 上半年完成
    table = ("附件\n\n分工表\n\n序号\n\n工作内容\n\n完成时间\n\n承担部门\n\n"
             "1\n\n修订节水管理办法并组织宣贯\n\n第四季度\n\n司法局、水务局\n\n"
             "2\n\n编制年度用水计划\n\n上半年完成\n\n发展改革委\n")
    plan = parse_text(_body("某区2028年节约用水工作安排") + "\n" + table)
    rows = {t.number: t for t in plan.tasks if t.path[:1] == ["附件"]}
    assert set(rows["1"].responsible_units) == {"司法局", "水务局"}
    assert rows["1"].deadline == "2028-12-31"
    assert "发展改革委" in rows["2"].responsible_units + rows["2"].lead_units
    assert rows["2"].deadline == "2028-06-30"


def test_a_quarter_alone_in_a_time_cell_is_its_last_month():
    assert [d.date for d in deadline_from_words("三季度完成", 2030)] == ["2030-09-30"]
    assert [d.date for d in deadline_from_words("一季度", 2030)] == ["2030-03-31"]
    assert deadline_from_words("全年推进", 2030) == []
    assert deadline_from_words("持续推进", 2030) == []


def test_a_list_ending_in_a_group_after_deng_keeps_the_group():
    table = TIME_TABLE.replace("各相关部门、各街镇", "水务局、绿化市容局等各相关部门")
    plan = parse_text(_body() + "\n" + table)
    row = next(t for t in plan.tasks if t.path[:1] == ["附件"] and t.number == "4")
    assert row.responsible_units == ["水务局", "绿化市容局", "各相关部门"]


# class 2: a task table headed 附表2 after an indicator table 附表1, headed 项目编号 | … | 责任部门-like
# words the column list lacks, its unit cells broken over lines
ANNEXED = ("附表1\n\n节水指标表\n\n编号\n\n指标\n\n2027年目标\n\n说明\n\n"
           "1\n\n万元产值用水量下降率\n\n10%\n\n按年度统计\n\n"
           "2\n\n再生水利用率\n\n30%以上\n\n按年度统计\n\n"
           "附表2\n\n重点项目安排表\n\n项目编号\n\n类别\n\n工作内容\n\n承办部门\n\n"
           "1\n\n节水改造\n\n实施老旧供水管网更新改造\n\n相关区政府、市水务局、\n\n市住房城乡建设管理委\n\n"
           "2\n\n推进高耗水行业节水技术改造\n\n市经济信息化委、市水务局、\n\n市生态环境局、\n\n市发展改革委\n\n"
           "3\n\n非常规水利用\n\n建设再生水利用示范工程\n\n各区政府\n")


def test_a_task_table_after_an_indicator_table_with_broken_unit_cells():
    plan = parse_text(_body("某市节约用水实施意见") + "附表：\n1.节水指标表\n2.重点项目安排表\n\n" + ANNEXED)
    rows = {t.number: t for t in plan.tasks if t.path[:1] == ["附件"]}
    assert sorted(rows) == ["1", "2", "3"]                      # 附表1's indicators are no tasks
    assert set(rows["1"].responsible_units) == {"相关区政府", "市水务局", "市住房城乡建设管理委"}
    assert set(rows["2"].responsible_units) == {"市经济信息化委", "市水务局", "市生态环境局", "市发展改革委"}
    assert rows["3"].responsible_units == ["各区政府"]
    assert not any(t.lead_units for t in rows.values())


def test_a_measure_column_named_danwei_is_no_unit_column():
    plan = parse_text("一、主要指标\n1.用水总量控制在规定以内。（市水务局负责）\n附件\n序号\n指标\n计量单位\n数值\n1\n"
                      "再生水利用量\n万立方米\n32\n")
    assert [t.number for t in plan.tasks] == ["1"]


# class 6: targets missed — a rate of change with 以上的 after it, the unit 根, figures sharing the last one's unit
def _targets(text: str, relaxed: bool = False) -> list[tuple[float, str]]:
    from desktop.core.parse.targets import find_targets
    return [(t.value, t.unit) for t in find_targets(text, 2027, relaxed=relaxed)]


def test_a_rate_of_change_before_yishang_de_is_a_target():
    assert (20.0, "%") in _targets("完成老旧小区改造任务，推动居民用水量降低20%以上的节水改造")
    assert (8.0, "%") in _targets("落实上级下达的能耗强度下降8%以上的节能任务")
    # (round 31 (mt31): 「150张以上床位的养老机构」 joined to 以上; supported to grow, the work reaches the class (round
    # 40), a target — as a grant's condition stays one (round 30))
    assert [t[:2] for t in _targets("支持150张以上床位的养老机构发展")] == [(150.0, "张")]


def test_the_unit_gen_counts_posts_and_piles():
    assert (500.0, "根") in _targets("年内新增500根公共充电桩")
    assert (30.0, "根") in _targets("完成路灯灯杆更换不少于30根")
    assert _targets("根据上级要求做好工作") == []


def test_figures_listed_before_one_with_a_unit_share_it():
    assert _targets("到2026、2028年全区储能规模分别达到12、30万千瓦") == [(120000.0, "千瓦"), (300000.0, "千瓦")]
    assert _targets("新建社区食堂3、5、8个") == [(3.0, "个"), (5.0, "个"), (8.0, "个")]
    assert (1.0, "个") not in _targets("推进第1、2个试点建设")


# class 3: thresholds and norms taken as targets — a design rule's ceiling, an exception's condition,
# which things a measure covers by their size
def test_a_design_rule_ceiling_is_no_target():
    # (round 31 (mt31), CONVENTIONS.md thresholds: a standard's ceiling of a share,
    # 「不宜超过…的15%」「不应大于…的30%」, is a target)
    assert [t[:2] for t in _targets("广告牌面积不宜超过建筑立面面积的15%")] == [(15.0, "%")]
    assert [t[:2] for t in _targets("设备用房高度不应大于所在楼层层高的30%", relaxed=True)] == [(30.0, "%")]
    # an aim with 不得 / 应达到 stays a target
    assert (60.0, "%") in _targets("绿色出行比例不得低于60%")


def test_the_condition_of_an_exception_is_a_target_by_the_line():
    # (round 32 (p32t), CONVENTIONS.md comparison words: 大于 joins the line, 「透空率均大于50%的」 is the ruling's)
    assert [t[:2] for t in _targets("对遮阳棚透光率大于40%的，可不计入建筑面积", relaxed=True)] == [(40.0, "%")]


def test_things_picked_out_by_their_size_are_no_targets():
    # (round 31 (mt31), CONVENTIONS.md thresholds: sizes picking the things, joined to 以上 / 达到, are targets)
    assert [t[:2] for t in _targets("推动建筑面积2万平方米以上宾馆开展能源审计", relaxed=True)] == [(20000.0, "平方米")]
    # a measured quantity naming the firms it picks 「年用水量10万立方米以上企业」 is a class since the round-38 ruling
    # (「十株以上的行道树」 a class, round 34; x167_04's 「月用水量5万立方米以上重点监管工业企业」, p41g), no target
    assert _targets("开展年用水量10万立方米以上企业水平衡测试", relaxed=True) == []
    assert [t[:2] for t in _targets("占地面积达到3000平方米的新建厂房按照绿色工业建筑标准建设", relaxed=True)] == [
        (3000.0, "平方米")]
    assert [t[:2] for t in _targets("建成500亩以上郊野林地3个")] == [(500.0, "亩"), (3.0, "个")]
    # the figure a verb sets, and a goal reached by a base of that size, stay targets
    assert (20000.0, "平方米") in _targets("新建2万平方米以上立体绿化")
    assert (30.0, "公顷") in _targets("到2027年形成种植面积达到30公顷的示范基地")
    assert (40.0, "平方公里") in _targets("到2027年底，40平方公里以上建成区达到海绵城市建设要求")


# class 5: reporting duties inside a task table's cells
def test_a_rhythm_sending_in_a_table_cell_is_a_duty_of_the_rows_units():
    table = TIME_TABLE.replace("开展灌区计量设施改造", "开展灌区计量设施改造，每月报送改造进度")
    table = table.replace("组织重点用水企业开展水平衡测试", "组织重点用水企业开展水平衡测试；按季度提供用水统计分析")
    plan = parse_text(_body() + "\n" + table)
    duties = {d.text: d.every for d in plan.duties}
    assert duties.get("水务局：开展灌区计量设施改造，每月报送改造进度") == "month"
    assert any(t.endswith("按季度提供用水统计分析") and "水务局" in t and e == "quarter" for t, e in duties.items())


def test_a_rhythm_without_a_sending_in_a_cell_is_no_duty():
    table = TIME_TABLE.replace("开展灌区计量设施改造", "按季度开展灌区计量设施巡查")
    plan = parse_text(_body() + "\n" + table)
    assert plan.duties == []


# class 8: years in a sentence — a base year is no deadline; a clause opening with its year and aim dates it
def test_a_base_year_is_no_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert find_deadlines("单位产值能耗在2026年的基数上持续下降", 2027) == []
    assert find_deadlines("用水总量在2025年基础上下降5%", 2027) == []
    assert [d.date for d in find_deadlines("在2028年底前完成改造", 2027)] == ["2028-12-31"]


def test_a_clause_opening_with_its_year_and_aim_dates_the_task():
    plan = parse_text("某区2027年节能工作安排\n一、重点工作\n"
                      "（一）推进充电设施建设。在各街镇布点一批公共充电桩，2028年全区充电桩数量力争达到900个。"
                      "（区发展改革委负责）\n"
                      "（二）控制能耗。使人均能耗在2026年的基数上有所下降，新建节能示范项目3个。（区机管局负责）\n")
    assert plan.tasks[0].deadline == "2028-12-31"
    assert plan.tasks[1].deadline is None


# class 9: unit lists — a kind of area as a heading is no unit
def test_headings_naming_kinds_of_area_are_no_units():
    plan = parse_text("某市屋顶绿化导则\n一、分区引导\n（一）滨水景观重点管控地区\n"
                      "应以开敞通透为主，控制屋顶设施高度。\n"
                      "（二）传统风貌协调保护区域\n应延续传统坡屋顶形式。\n（三）一般产业更新片区\n鼓励设置屋顶光伏。\n")
    assert plan.tasks and all(not t.lead_units and not t.responsible_units for t in plan.tasks)



def test_areas_named_whole_before_one_government_word_stay_one_compound():
    from desktop.core.parse.units import split_units
    assert split_units("闵行区、宝山区、金山区政府，市水务局")[0] == ["闵行区、宝山区、金山区政府", "市水务局"]
    assert split_units("吴江县、昆山县政府")[0] == ["吴江县、昆山县政府"]
    # a district as a unit of its own, and groups, are left alone
    assert split_units("市水务局、浦东新区、各区政府")[0] == ["市水务局", "浦东新区", "各区政府"]

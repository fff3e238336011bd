"""Failure classes of tests/data/plans-next5/BASELINE.md (round 11, parser12), each with made-up
wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.columns import unrun_table
from desktop.core.parse.normalise import number_run_in_tasks, strip_empty_markup

# class 1: unnumbered tasks run into one line, each with a units clause after it
RUN_IN = ("2024年重点工作任务分工方案\n"
          "今年市住建局有哪些重点任务?\n"
          "新开工保障性住房3000套 部门分工:市住建局牵头,各区政府配合。 "
          "推进老旧小区改造 工作措施:完成120个小区改造。制定改造导则。 "
          "部门分工:市住建局牵头,市财政局、市规划资源局等配合。 "
          "提升物业服务水平 主要措施:开展物业服务质量评价。 责任分工:市住建局牵头,各街道配合。\n")


def test_run_in_tasks_become_one_task_each():
    plan = parse_text(RUN_IN)
    assert [t.title for t in plan.tasks] == ["新开工保障性住房3000套", "推进老旧小区改造", "提升物业服务水平"]
    assert [t.lead_units for t in plan.tasks] == [["市住建局"]] * 3
    assert plan.tasks[1].responsible_units == ["市财政局", "市规划资源局"]
    assert plan.tasks[2].responsible_units == ["各街道"]
    assert (plan.tasks[0].targets[0].value, plan.tasks[0].targets[0].unit) == (3000, "套")
    assert any("没有编号" in w for w in plan.warnings)


def test_run_in_tasks_cut_at_the_end_keep_the_whole_ones():
    plan = parse_text(RUN_IN.rstrip("\n") + " 推进城市更")
    assert len(plan.tasks) == 4
    assert plan.tasks[-1].title == "推进城市更" and not plan.tasks[-1].lead_units


def test_one_units_clause_in_a_line_is_left_as_written():
    text = "加快推进项目建设 部门分工:市发改委牵头,各区配合。\n"
    assert number_run_in_tasks(text) == (text, 0)


def test_pieces_without_units_between_clauses_are_not_split_into_tasks():
    # a sentence with spaces whose tasks do not each carry units: not a run of tasks
    text = "部门分工:市发改委牵头。 说明 一 二 部门分工:市财政局牵头。\n"
    assert number_run_in_tasks(text)[1] == 0
    text = "甲项工作 乙项工作 部门分工:市发改委牵头。 丙项工作 部门分工:市财政局牵头。\n"
    assert number_run_in_tasks(text)[1] == 2     # 甲项工作乙项工作 is one title with a space in it


def test_numbered_items_run_into_one_line_are_not_renumbered():
    # items with their own numbers (a web page's one-line plan): the numbers are read as they are
    text = ("1.全区生产总值增长6%左右。 责任单位:区发改委 2.严控一般性支出。 责任单位:区财政局 "
            "二、副区长牵头工作 1.推进法治政府建设。 责任单位:区司法局\n")
    assert number_run_in_tasks(text) == (text, 0)
    text = "做好全年工作,确保完成目标。 责任单位:区发改委 加强预算管理。 责任单位:区财政局\n"
    assert number_run_in_tasks(text)[1] == 0      # sentences, not task names


# class 2: a task table flattened with no separators at all
RUN_TABLE = ("2023年为民办实事项目责任分解表\n"
             "序号项目名称工作内容责任领导牵头单位配合单位1改善城乡供水新建供水管网40公里。王建国水利局城投公司各镇"
             "2提升医疗服务建成2家社区卫生服务中心。李红卫健委医保局各社\n"
             "区新增家庭医生团队30个。3扩大停车供给新增公共停车泊位2000个。赵志刚住建局交通运输局"
             "城管局增设智慧停车指引系统。周明公安局\n")


def test_a_table_without_separators_is_read_row_by_row():
    plan = parse_text(RUN_TABLE)
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]
    assert [t.lead_units for t in plan.tasks] == [["水利局"], ["卫健委"], ["住建局", "公安局"]]
    assert plan.tasks[0].responsible_units == ["城投公司", "各镇"]
    assert plan.tasks[1].responsible_units == ["医保局", "各社区"]
    assert plan.tasks[2].responsible_units == ["交通运输局", "城管局"]
    assert [(t.value, t.unit) for t in plan.tasks[2].targets] == [(2000, "个")]
    assert not any("王建国" in u or "李红" in u for t in plan.tasks for u in t.lead_units + t.responsible_units)
    assert any("没有分隔" in w for w in plan.warnings)


def test_a_header_run_in_with_prose_after_it_is_left_alone():
    # a table header's words in a sentence, no rows of units after it
    text = "请按序号项目名称主要内容牵头单位配合单位1份填报,于3月底前报送。\n"
    assert unrun_table(text) == (text, 0)


# class 3: a standing rule inside the first units bracket, in other words than 以下各项工作
def test_a_standing_rule_in_the_first_bracket_reaches_later_items():
    text = ("关于稳定经济运行的若干措施\n一、支持企业发展\n"
            "1.设立专项资金扶持中小企业。(责任单位:市工信局、市财政局,各区人民政府。以下扶持措施均需各区人民政府"
            "落实,不再单独列出)\n2.开展银企对接活动。(责任单位:市金融局)\n3.减免小微企业房租三个月。\n")
    plan = parse_text(text)
    assert [t.responsible_units for t in plan.tasks] == [
        ["市工信局", "市财政局", "各区人民政府"], ["市金融局", "各区人民政府"], ["各区人民政府"]]


# class 4: titles — site chrome before the title, a title line in 《》, a document site's file name
def test_site_chrome_lines_are_not_the_title():
    text = ("欢迎访问某某县人民政府网站\n繁體 | 手机版\n支持IPv6\n当前位置: 首页>政府信息公开\n"
            "某某县人民政府办公室关于做好2024年防汛工作的通知\n各乡镇人民政府:\n"
            "1.落实防汛责任。(责任单位:县水利局)\n")
    assert parse_text(text).title == "某某县人民政府办公室关于做好2024年防汛工作的通知"


def test_a_title_line_in_book_marks_loses_its_marks():
    text = "《关于促进消费恢复的具体实施细则》\n一、稳定汽车消费\n1.发放购车补贴。(责任单位:市商务局)\n"
    assert parse_text(text).title == "关于促进消费恢复的具体实施细则"


def test_a_file_name_title_loses_its_suffix():
    text = "2024年民生实事项目责任分解表.DOCX\n1.新建停车位500个。(牵头单位:区住建局)\n"
    assert parse_text(text).title == "2024年民生实事项目责任分解表"


# class 5: an age in years among a list of indicators is a target like the others
def test_an_age_in_years_is_read_as_a_target():
    text = ("2024年卫生健康工作要点\n一、主要目标\n1.人均预期寿命达83.1岁,居民健康素养水平达40%以上。"
            "(责任单位:市卫健委)\n")
    got = [(t.value, t.unit, t.comparator) for t in parse_text(text).tasks[0].targets]
    assert (83.1, "岁", ">=") in got and (40, "%", ">=") in got
    qualifier = "2024年工作要点\n1.为3岁以下婴幼儿提供托育服务,对80岁以上老人发放补贴。(责任单位:市卫健委)\n"
    assert not [t for t in parse_text(qualifier).tasks[0].targets if t.unit == "岁"]


# class 8: a unit cut by the page end (市协) is no unit
def test_a_unit_name_cut_at_the_page_end_is_dropped():
    text = ("2024年重点工作责任分解\n1.实施富民行动。\n责任单位:市发改委、市农业农村局\n"
            "2.实施扩大税源行动。\n责任单位:市发改委、市财政局、市税务局、区协\n")
    plan = parse_text(text)
    assert plan.tasks[1].responsible_units == ["市发改委", "市财政局", "市税务局"]
    assert any("区协" in w for w in plan.warnings)
    whole = "2024年重点工作\n1.加强统战工作。\n责任单位:市发改委、市委\n"
    assert parse_text(whole).tasks[0].responsible_units == ["市发改委", "市委"]


# class 7: a page wrapper's stray tag led by a list number is no item
def test_a_stray_tag_with_a_list_number_is_no_item():
    text = ("某市人民政府欢迎您\n<tbody id=\"ab1\"></tbody>\n  • <li id=\"ab1\"></li>\n    1. <th id=\"ab1\"></th>\n"
            "关于加快推进产业协同发展的若干措施\n1.共建产业园区。(责任单位:市发改委)\n2.共享人才资源。(责任单位:市人社局)\n")
    plan = parse_text(text)
    assert [t.title for t in plan.tasks] == ["共建产业园区", "共享人才资源"]
    assert strip_empty_markup("1. 见<b>附件</b>\n") == "1. 见<b>附件</b>\n"     # a tag with text stays

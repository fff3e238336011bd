"""Round 37 (p37c): task tables — made-up wordings, each with a near miss that must not change.

1. An unnumbered table printed one row a line whose header names each row (活动名称 | 活动内容 | … | 负责单位): the
   row's name cell is its task's title, the content its text (the name is not dropped).
2. An attached table of other work (附件2 / 一览表 / 序号 主要内容 时间 地点 参加…单位) after a body whose items name
   their units: the rows are tasks under 附件 beside the body's items; the participants' column is a unit column,
   its 时间 the row's date, a unit cell 「各有关单位组织收看」 names 各有关单位.
"""
from __future__ import annotations

from desktop.core.parse import parse_text

# --- 1. a name column before its content ---------------------------------------------------------------------
NAMED = ("某县2024年全民健身月活动方案\n"
         "一、活动目的\n"
         "为推动全民健身，丰富群众文化生活，特制定本方案。\n"
         "二、活动安排\n"
         "活动名称 活动内容 参与对象 负责单位\n"
         "健步走启动 组织干部群众沿滨河步道健步行走 全县干部群众 县体育局、县总工会\n"
         "乒乓球联赛 举办机关单位乒乓球团体比赛 机关干部 县体育局\n"
         "广场舞展演 各乡镇选送队伍集中展演 社区居民 县文化馆\n"
         "三、工作要求\n"
         "各单位要高度重视，认真组织。\n")


def test_name_cell_is_the_rows_title():
    plan = parse_text(NAMED)
    rows = [t for t in plan.tasks if t.path[:1] == ["二"]]
    assert [t.title for t in rows] == ["健步走启动", "乒乓球联赛", "广场舞展演"]
    assert "组织干部群众沿滨河步道健步行走" in rows[0].text
    assert rows[0].responsible_units == ["县体育局", "县总工会"]
    assert rows[2].responsible_units == ["县文化馆"]


# near miss: a header whose name and content are of different things (项目名称 | 工作内容) keeps its reading as before:
# only 工作内容-like content words read under a 项目名称 (an older rule); a 活动形式 column beside is no content
FORMS = NAMED.replace("活动名称 活动内容 参与对象 负责单位", "活动形式 活动内容 参与对象 负责单位").replace(
    "健步走启动 ", "线下 ").replace("乒乓球联赛 ", "线下 ").replace("广场舞展演 ", "线上 ")


def test_a_form_column_is_no_name():
    plan = parse_text(FORMS)
    rows = [t for t in plan.tasks if t.path[:1] == ["二"]]
    assert rows and all(not t.title.startswith(("线下", "线上")) for t in rows)
    assert rows[0].title.startswith("组织干部群众")


# --- 2. an attached list of activities beside the body's items ----------------------------------------------
ACTIVITIES = ("五、有关要求\n"
              "1、各乡镇、各有关单位要高度重视，加强对科普活动月的组织领导。\n"
              "2、县科协牵头，会同县教育局和县文化馆，制定活动方案，统筹安排各项活动。\n"
              "3、2024年科普活动月结束后，县科协负责汇总各单位活动情况，于6月10日前报送县委宣传部。\n"
              "联系人：张某\n"
              "附件2：\n"
              "某县第五届科普活动月主要活动安排表\n"
              "序号 主要内容 时间 地点 参加活动的单位\n"
              "1 科普大篷车进校园 5月12日 县第一中学 县科协、县教育局、县气象局\n"
              "2 科普知识网上竞答 5月20日 网上 各有关单位组织参加\n")


def test_attached_activities_kept_beside_the_body():
    plan = parse_text(ACTIVITIES)
    body = [t for t in plan.tasks if t.path[:1] == ["五"]]
    rows = [t for t in plan.tasks if t.path[:1] == ["附件"]]
    assert len(body) >= 2 and any(t.lead_units == ["县科协"] for t in body)
    assert [t.title for t in rows] == ["科普大篷车进校园", "科普知识网上竞答"]
    assert rows[0].responsible_units == ["县科协", "县教育局", "县气象局"]
    assert rows[0].deadline and rows[0].deadline.endswith("-05-12")
    assert rows[1].responsible_units == ["各有关单位"]


# near miss: an attached table that tables the body's own measures again (its rows repeat the body's words) is read
# as before — the table's rows, not the body's items twice
REPEATED = ("某县2024年科普活动月工作方案\n"
            "一、主要任务\n"
            "1、开展科普大篷车进校园活动，由县科协牵头组织实施。\n"
            "2、开展科普知识网上竞答活动，由县教育局牵头组织实施。\n"
            "附件2：\n"
            "重点任务分解表\n"
            "序号 主要内容 完成时限 牵头单位 责任单位\n"
            "1 开展科普大篷车进校园活动 5月12日 县科协 县教育局\n"
            "2 开展科普知识网上竞答活动 5月20日 县教育局 县科协\n")


def test_attached_table_of_the_body_measures_read_once():
    plan = parse_text(REPEATED)
    titles = [t.title for t in plan.tasks]
    assert sum("大篷车" in t for t in titles) == 1
    assert any(t.lead_units == ["县科协"] and t.responsible_units == ["县教育局"] for t in plan.tasks)


# --- 3. a table's cells run together with no separator -------------------------------------------------------
RUN = ("某省落实《城镇燃气安全条例》工作任务清单\n"
       "责任内容具体任务及措施牵头单位责任单位工作要求\n"
       "一、落实属地责任(一)政府责任\n"
       "1.县级以上人民政府对本行政区域内燃气安全工作负责,建立燃气安全协调机制。\n"
       "市、县两级人民政府市、县两级燃气安全工作领导小组市、县两级人民政府每半年研究一次燃气安全工作。\n"
       "2.乡(镇)人民政府、街道办事处负责辖区燃气安全隐患排查,建立台账。县级人民政府乡(镇)人民政府、街道办事处"
       "乡(镇)人民政府、街道办事处按月报送排查台账。\n"
       "(二)部门责任\n"
       "1.燃气管理部门。负责燃气经营许可和监督检查。\n"
       "省住房城乡建设厅市、县两级燃气管理部门各级燃气管理部门依法查处违法经营行为。\n")


def test_run_together_cells_split_by_the_header():
    plan = parse_text(RUN)
    by_key = {t.key: t for t in plan.tasks}
    assert by_key["一.一.1"].lead_units == ["市、县两级人民政府"]
    assert by_key["一.一.1"].responsible_units == ["市、县两级燃气安全工作领导小组"]
    assert by_key["一.一.2"].lead_units == ["县级人民政府"]
    assert by_key["一.一.2"].responsible_units == ["乡(镇)人民政府", "街道办事处"]
    assert by_key["一.二.1"].lead_units == ["省住房城乡建设厅"]
    assert by_key["一.二.1"].responsible_units == ["市、县两级燃气管理部门"]


# near miss: without the run-together header, a next line opening with one body's name and its work stays prose
PROSE = RUN.replace("责任内容具体任务及措施牵头单位责任单位工作要求\n", "")


def test_no_header_no_cells():
    plan = parse_text(PROSE)
    assert not any(t.lead_units == ["省住房城乡建设厅"] for t in plan.tasks)


# --- 4. a one-cell-a-line table: a name cell over two lines, the last unit line before the progress cell -------
CELLS = ("某市2024年港口数字化重点工作方案\n"
         "一、工作目标\n"
         "推进港口数字化转型。\n"
         "附件\n"
         "重点任务分解表\n"
         "序号\n\n工作事项\n\n主要内容\n\n牵头部门\n\n配合部门\n\n进度计划\n\n"
         "1\n\n一网通查\n\n实现集装箱船舶动态、堆场箱位的在线查询服务。\n\n市交通委\n\n港务集团\n\n市海事局\n\n"
         "三季度：实现动态查询\n\n"
         "2\n\n单证协同\n\n数据互通\n\n推动进口提货单、设备交接单等单证的电子化流转，实现数据共享。\n\n市交通委\n\n"
         "港务集团\n\n市海关\n\n数港科技\n\n四季度完成数据对接\n")


def test_name_over_two_lines_and_last_unit_line():
    plan = parse_text(CELLS)
    row = next(t for t in plan.tasks if "单证" in t.title or "单证" in t.text)
    assert row.lead_units == ["市交通委"]
    assert "数港科技" in row.responsible_units and "单证协同" not in row.responsible_units

"""Round 38 (p38d): tables and unit headings — made-up wordings, each with a near miss that must not change.

1. A task table whose first column names the stage of each row (时间阶段 | 工作内容 | 责任单位): the row's task opens
   with its stage cell 「第一阶段(3-4月)：…」 as the plan prints the row (the stage cell was dropped).
2. Headings read as units, or not (Round 38 rulings, Units):
   - run-in place headings 「（一）临江省。」「（二）乙市。」 over each place's part of the work are unit headings;
   - a heading over items that set up the body it names 「3.乡村道路管护机构。」 / 「（1）设置乡村道路管护机构」 is no
     unit;
   - an article heading that chooses a body 「第四条 选定评估机构」 names no unit;
   - an article heading naming a party 「第六条 施工单位责任」 is the unit of its items (a party named by its verb's
     word);
   - an article headed 「责任单位」 gives the body its text opens with;
   - 「职责划分」 gives out work like 「职责分工」.
3. Paragraphs labelled by their unit and a colon under 职责分工 「镇综治办:负责…」 are the item's units.
"""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import DUTY_HEADING
from desktop.core.parse.unit_headings import place_heading

# --- 1. a stage column ------------------------------------------------------------------------------------------
STAGES = ("某区2025年文明养犬宣传工作方案\n"
          "一、工作目标\n"
          "提升居民文明养犬意识。\n"
          "二、工作安排\n"
          "时间阶段 | 工作内容 | 责任单位 | 备注 |\n"
          "第一阶段(3-4月) | 印发宣传方案,召开动员会议 | 区城管执法局 | 部署任务 |\n"
          "第二阶段(5-8月) | 进社区开展集中宣传 | 各街道办事处 | 覆盖全部小区 |\n"
          "第三阶段(9-10月) | 总结宣传成效 | 区城管执法局 | 形成报告 |\n"
          "三、工作要求\n"
          "各单位要高度重视。\n")


def test_stage_cell_opens_the_rows_task():
    plan = parse_text(STAGES)
    rows = [t for t in plan.tasks if t.path[:1] == ["二"]]
    assert [t.title for t in rows] == ["第一阶段(3-4月)：印发宣传方案,召开动员会议",
                                       "第二阶段(5-8月)：进社区开展集中宣传", "第三阶段(9-10月)：总结宣传成效"]
    assert rows[1].responsible_units == ["各街道办事处"]


# near miss: no stage column (序号 | 工作内容 | 责任单位): the rows read as before
NUMBERED = STAGES.replace("时间阶段 |", "序号 |").replace("第一阶段(3-4月) |", "1 |").replace(
    "第二阶段(5-8月) |", "2 |").replace("第三阶段(9-10月) |", "3 |")


def test_no_stage_column_keeps_the_content_title():
    rows = [t for t in parse_text(NUMBERED).tasks if t.path[:1] == ["二"]]
    assert [t.title for t in rows] == ["印发宣传方案,召开动员会议", "进社区开展集中宣传", "总结宣传成效"]


# --- 2. headings -------------------------------------------------------------------------------------------------
PLACES = ("某流域2024年水质联合监测工作方案\n"
          "一、总体目标\n"
          "建立流域水质联合监测机制。\n"
          "二、任务安排\n"
          "（一）临江省。2024年，完成上游三个断面自动站建设；2025年，实现数据实时共享。\n"
          "（二）平川省。推动中游两个城市纳入联合监测范围，2024年完成站点布设。\n"
          "（三）安和市。完善下游断面监测，2024年底前接入共享平台。\n")


def test_place_headings_are_units():
    plan = parse_text(PLACES)
    units = {t.number: t.responsible_units for t in plan.tasks if t.path[:1] == ["二"]}
    assert units == {"一": ["临江省"], "二": ["平川省"], "三": ["安和市"]}


def test_place_heading_near_misses():
    assert place_heading("临江省。2024年，完成…") == ["临江省"]
    assert place_heading("确定试点城市。各地要…") == []
    assert place_heading("全市。各区要…") == []
    assert place_heading("工业园区。园区管委会要…") == []


SET_UP = ("某区乡村道路管护实施细则\n"
          "一、总则\n"
          "为规范乡村道路管护，制定本细则。\n"
          "二、管理机构与职责\n"
          "1.区交通委。负责全区乡村道路管护的统筹协调。\n"
          "2.区道路中心。负责乡村道路养护计划的审核。\n"
          "3.乡村道路管护机构。\n"
          "（1）设置乡村道路管护机构\n"
          "各镇社区事务中心具体负责乡村道路日常巡查工作。\n"
          "（2）人员经费\n"
          "区道路中心负责核定管护人员补贴。\n")


def test_heading_over_its_set_up_is_no_unit():
    plan = parse_text(SET_UP)
    kids = [t for t in plan.tasks if t.path[-1:] == ["3"]]
    assert kids and all("乡村道路管护机构" not in t.responsible_units for t in kids)
    assert next(t for t in kids if t.number == "2").responsible_units == ["区道路中心"]


# near miss: a unit heading over its duties with no item setting it up keeps its unit
HOLDER = SET_UP.replace("（1）设置乡村道路管护机构", "（1）日常巡查")


def test_unit_heading_over_duties_kept():
    kids = [t for t in parse_text(HOLDER).tasks if t.path[-1:] == ["3"]]
    assert next(t for t in kids if t.number == "1").responsible_units == ["乡村道路管护机构"]


ARTICLES = ("某区建筑工地扬尘管理办法\n"
            "第一条 为加强扬尘管理，制定本办法。\n"
            "第二条 职责划分\n"
            "区建管委负责全区扬尘管控的监督管理。检测机构应当按照规范开展监测工作。\n"
            "第三条 选定评估机构\n"
            "需要开展评估的，由区建管委按照规定选定评估机构。\n"
            "第四条 施工单位责任\n"
            "（一）施工单位应当落实围挡、覆盖等防尘措施；\n"
            "（二）施工单位在土方开挖时，必须及时洒水降尘；\n"
            "（三）渣土运输车辆出场前冲洗干净。\n"
            "第五条 责任单位 街镇城建中心对辖区工地进行日常巡查，发现问题及时报告。\n")


def test_article_headings():
    plan = parse_text(ARTICLES)
    by = {(tuple(t.path), t.number): t for t in plan.tasks}
    third = next(t for k, t in by.items() if "3" in k or "第三条" in k[0])
    assert "选定评估机构" not in third.responsible_units
    under_fourth = [t for t in plan.tasks if "第四条" in t.path or t.path[-1:] == ["4"]]
    assert under_fourth and all(t.responsible_units == ["施工单位"] for t in under_fourth)
    fifth = next(t for t in plan.tasks if t.title.startswith("责任单位") or "街镇城建中心对" in t.title)
    assert fifth.responsible_units == ["街镇城建中心"]


def test_work_headings():
    for heading in ("职责划分", "任务及责任", "强化企业主体责任", "落实政府监管责任", "职责分工"):
        assert DUTY_HEADING.match(heading), heading
    for heading in ("加强安全责任体系", "划分区域", "主体工程", "强化主体责任", "党委政府主体责任"):
        assert not DUTY_HEADING.match(heading), heading


# --- 3. unit-colon paragraphs under 职责分工 ----------------------------------------------------------------------
COLONS = ("某镇2023年汛期安全工作方案\n"
          "一、工作措施\n"
          "（一）加强巡查\n"
          "各村要加强河道巡查。\n"
          "（二）职责分工\n"
          "镇防汛办:负责统筹协调全镇防汛工作;督促各村落实措施。\n"
          "镇派出所:负责维护汛期治安秩序;做好人员转移工作。\n"
          "镇卫生院:负责汛期医疗救护工作。\n")


def test_colon_labelled_paragraphs_are_units():
    plan = parse_text(COLONS)
    item = next(t for t in plan.tasks if t.title.startswith("职责分工"))
    assert set(item.responsible_units) >= {"镇防汛办", "镇派出所", "镇卫生院"}


# near miss: one colon-labelled line is a sentence about that body, not the item's division
ONE_COLON = COLONS.replace("镇派出所:负责维护汛期治安秩序;做好人员转移工作。\n", "").replace(
    "镇卫生院:负责汛期医疗救护工作。\n", "")


def test_one_colon_label_is_no_division():
    plan = parse_text(ONE_COLON)
    item = next(t for t in plan.tasks if t.title.startswith("职责分工"))
    assert "镇卫生院" not in item.responsible_units

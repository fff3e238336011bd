"""Round 41 (p41o), structure of page openings: a notice that numbers nothing of its own gives its work in
unnumbered paragraphs after 「…通知如下：」 (round 38) — an 附件 list after that work
「附件：1、《…》」「2、…」 names attachments and numbers none of the notice's work, so the
paragraphs stay its tasks; a clause opening on the copula 是 「…,是区对镇考核的重要内容」
names no body. Made-up snippets written the way such notices are printed, each with near
misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text

NOTICE = """某镇关于做好村级道路日常巡查工作的通知

各村（居）、镇直有关单位：

为切实加强村级道路管护，经镇交通办研究，现就做好2024年村级道路巡查工作通知如下：

各村要按照所负责的路段落实专人，每周巡查不少于2次，发现路面破损、边沟堵塞等问题要及时登记并组织处理，每次巡查结束后将巡查记录报送镇交通办备案。

按照道路管护考核办法，巡查记录完整是区对镇村道路管护考核的重要内容，请各村务必高度重视，切实落实好巡查责任，镇交通办将每季度末汇总各村巡查情况报镇政府。

附件：1、《某镇村级道路管护考核办法》

2、某镇村级道路名录

3、村级道路巡查记录表

某镇人民政府

2024年3月8日
"""


def _keys(text: str) -> list[str]:
    return [t.key for t in parse_text(text).tasks]


def test_notice_paragraphs_over_an_attachment_list_are_its_tasks() -> None:
    tasks = parse_text(NOTICE).tasks
    assert [t.key for t in tasks] == ["各村要按照所负责的路段落实专人", "按照道路管护考核办法"]
    # the 附件 list's names are no tasks
    assert not any("名录" in t.key or "记录表" in t.key for t in tasks)


def test_attachment_list_without_a_label_first_is_still_numbering() -> None:
    # near miss: numbered lines with no 附件 label before them are the notice's own numbering — no paragraph tasks
    text = NOTICE.replace("附件：1、《某镇村级道路管护考核办法》", "1、《某镇村级道路管护考核办法》")
    assert "各村要按照所负责的路段落实专人" not in _keys(text)


def test_numbered_work_after_an_attachment_label_is_numbering() -> None:
    # near miss: a numbered line after 附件： that is a sentence of work (not an attachment's name) numbers the text
    text = NOTICE.replace("2、某镇村级道路名录", "2、各村要在3月底前完成村级道路名录的核对，并报镇交通办。")
    assert "各村要按照所负责的路段落实专人" not in _keys(text)


def test_a_notice_whose_paragraphs_include_no_work_is_left_whole() -> None:
    # near miss (round 38): one paragraph after the lead-in gives no work — no paragraph tasks, list or no list
    text = NOTICE.replace("各村要按照所负责的路段落实专人，每周巡查不少于2次，发现路面破损、边沟堵塞等问题要及时登记并"
                          "组织处理，每次巡查结束后将巡查记录报送镇交通办备案。",
                          "近年来我镇村级道路里程逐年增加，路网结构不断完善，群众出行条件明显改善，道路管护工作取得了一定成效。")
    assert "按照道路管护考核办法" not in _keys(text)


def test_a_copula_clause_names_no_body() -> None:
    task = next(t for t in parse_text(NOTICE).tasks if t.key == "按照道路管护考核办法")
    assert "是区" not in task.responsible_units
    assert not any(u.startswith("是") for u in task.lead_units + task.responsible_units)


def test_a_body_before_its_verb_is_still_read() -> None:
    # near miss: 「区交通局对…进行考核」 and 「各村要…」 keep their bodies; only a clause opening on 是 names none
    text = NOTICE.replace("巡查记录完整是区对镇村道路管护考核的重要内容，",
                          "区交通局负责对各镇村道路管护情况进行考核，")
    task = next(t for t in parse_text(text).tasks if t.key == "按照道路管护考核办法")
    assert "区交通局" in task.lead_units + task.responsible_units


# a point whose units are written after its sub-items (「（三）开展…演练 / 1、…演练。/ 牵头部门：A」) beside points that
# name their units under themselves: its sub-items are its tasks, with the units written after them
DRILLS = """某区2025年安全生产月活动方案

一、活动时间
6月1日至30日。

二、活动内容
（一）开展一次安全知识宣传活动
在6月上旬，组织各街道在社区广场集中开展安全知识宣传，发放宣传资料，提供现场咨询。
牵头单位：区应急局
参与单位：区消防救援大队、区公安分局等部门。
（二）开展一次隐患排查活动
组织对辖区重点企业开展隐患排查，建立问题台账，限期整改到位。
牵头单位：区安委办
（三）开展一次应急疏散演练
1、6月下旬，集中开展消防应急疏散演练，动员辖区学校、商场等人员密集场所开展人员紧急疏散演练。
牵头部门：区消防救援大队
参与部门：区教育局、区商务局。
"""


def _task(text: str, key: str):  # type: ignore[no-untyped-def]
    return next(t for t in parse_text(text).tasks if t.key == key)


def test_a_lone_sub_item_over_its_points_units_is_a_task() -> None:
    assert _keys(DRILLS) == ["二.一", "二.二", "二.三.1"]
    drill = _task(DRILLS, "二.三.1")
    assert drill.lead_units == ["区消防救援大队"]
    assert drill.responsible_units == ["区教育局", "区商务局"]


def test_two_sub_items_over_their_points_units_are_tasks() -> None:
    text = DRILLS.replace("1、6月下旬，集中开展消防应急疏散演练，动员",
                          "1、6月下旬，集中开展消防应急疏散演练。\n2、组织")
    assert _keys(text) == ["二.一", "二.二", "二.三.1", "二.三.2"]
    assert _task(text, "二.三.2").lead_units == ["区消防救援大队"]


def test_a_point_without_sub_items_is_unchanged() -> None:
    # near miss: the same point with its work as a paragraph is a task itself, as before
    text = DRILLS.replace("1、6月下旬", "6月下旬")
    assert _keys(text) == ["二.一", "二.二", "二.三"]
    assert _task(text, "二.三").lead_units == ["区消防救援大队"]


def test_sub_items_naming_their_own_units_are_unchanged() -> None:
    # near miss: where every point's work is in sub-items with their own units, those sub-items are the tasks
    text = DRILLS.replace("（一）开展一次安全知识宣传活动\n", "（一）开展一次安全知识宣传活动\n1、").replace(
        "（二）开展一次隐患排查活动\n", "（二）开展一次隐患排查活动\n1、")
    assert _keys(text) == ["二.一.1", "二.二.1", "二.三.1"]


# the page stops inside the last unit's bracket 「参与部门：区级各部门(特别是」: the name whole, its cut bracket dropped
def test_a_unit_cut_inside_its_bracket_is_kept_whole() -> None:
    text = DRILLS.replace("参与部门：区教育局、区商务局。", "参与部门：区教育局、区级各部门(特别是")
    drill = _task(text, "二.三.1")
    assert drill.responsible_units == ["区教育局", "区级各部门"]
    assert any("括号中间中断" in w for w in parse_text(text).warnings)


def test_a_closed_bracket_in_a_name_is_kept() -> None:
    # near miss: a bracket the name closes 「区国房局(地震局)」 stays part of it
    text = DRILLS.replace("牵头部门：区消防救援大队", "牵头部门：区国房局(地震局)")
    assert _task(text, "二.三.1").lead_units == ["区国房局(地震局)"]


# headings run in one after another: 「（二）…」 at the end of （一）'s text, 「（三）…」 at the end of （二）'s
RUN_IN = """某县2024年农村人居环境整治行动安排

一、总体要求
以农村垃圾、污水治理和村容村貌提升为主攻方向，全面改善农村人居环境。
二、重点行动
（一）垃圾治理行动。
健全农村生活垃圾收运处置体系，推行垃圾分类减量，实现行政村收运处置全覆盖。（二）污水治理行动。
因地制宜推进农村生活污水治理，优先治理水源保护区和城乡结合部村庄的生活污水。（三）村容提升行动。
开展房前屋后清理，整治乱堆乱放、乱搭乱建，推进村庄绿化美化。
"""


def test_headings_run_in_one_after_another_are_each_split() -> None:
    assert _keys(RUN_IN) == ["二.一", "二.二", "二.三"]


def test_a_number_inside_a_sentence_stays_text() -> None:
    # near miss: 「第（二）、（三）批」 after a word, not a stop — no heading
    text = RUN_IN.replace("实现行政村收运处置全覆盖。（二）污水治理行动。\n",
                          "列入第（二）、（三）批示范村。\n（二）污水治理行动。\n")
    assert _keys(text) == ["二.一", "二.二", "二.三"]
    assert "示范村" in _task(text, "二.一").text


# numbered lines that each hold an activity's own fields 「1、活动内容:…⏎活动时间:…⏎主办:…」: each an activity
# (a task), not one field of the point above; a block written a field a line stays one task (round 35)
RECORDS = """某镇2024年科技活动周工作方案

一、活动主题
科技创新 美好生活

二、具体活动安排
1、活动内容：科技活动周启动仪式
活动时间：5月18日上午9:00
活动地点：镇文化广场
主办：镇科协
2、活动内容：青少年科技创新作品展
活动时间：5月20日至25日
活动地点：镇中心小学
主办：镇教育办

三、工作要求
各村要高度重视，认真组织，确保活动取得实效。
"""


def test_numbered_activity_records_are_tasks() -> None:
    assert _keys(RECORDS)[:2] == ["二.1", "二.2"]
    assert _task(RECORDS, "二.2").lead_units + _task(RECORDS, "二.2").responsible_units == ["镇教育办"]


def test_a_field_a_line_block_is_one_task() -> None:
    # near miss: the activity's fields numbered one a line are one task (round 35 field blocks), as before
    head, _, rest = RECORDS.partition("二、具体活动安排")
    text = head + """二、科技活动周启动仪式
1、活动时间：5月18日上午9:00
2、活动地点：镇文化广场
3、承办单位：镇科协
4、活动内容：启动仪式、科普展板展示和现场咨询

三、""" + rest.partition("三、")[2]
    assert _keys(text)[0] == "二" and "二.1" not in _keys(text)
    assert "镇科协" in _task(text, "二").lead_units + _task(text, "二").responsible_units


# a flattened table whose time column is merged across its rows: the group's month printed once before the number of
# its first row 「3月1.…」「4月1.…」 — set on a line of its own, the rows numbered from 1 again under it
MONTHS = """某县2025年全民健身月活动方案

一、活动时间
2025年3月至4月。

二、活动安排
时间活动内容负责单位
3月1.全民健步走启动仪式县文体局
2.广场舞展演县文化馆
4月1.乡村篮球邀请赛县体育中心
2.老年人门球比赛县老体协
"""


def test_a_merged_month_cell_before_row_numbers_opens_a_group() -> None:
    keys = _keys(MONTHS)
    assert keys.count("二.1") == 2 and keys.count("二.2") == 2
    titles = [t.title for t in parse_text(MONTHS).tasks]
    assert any(t.startswith("乡村篮球邀请赛") for t in titles)
    assert not any("4月" in t for t in titles)


def test_one_month_before_a_row_number_stays_as_written() -> None:
    # near miss: one line alone 「3月1.」 is not a column (it may be a date's words): the text is left as it is
    text = MONTHS.replace("4月1.乡村篮球邀请赛", "3.乡村篮球邀请赛").replace("2.老年人门球比赛", "4.老年人门球比赛")
    assert not any(t.title.startswith("乡村篮球邀请赛") and t.key == "二.1" for t in parse_text(text).tasks)


def test_months_out_of_order_are_no_time_column() -> None:
    # near miss: 「4月1.」 before 「3月1.」 is no run of groups: nothing is split
    text = MONTHS.replace("3月1.全民健步走", "5月1.全民健步走")
    assert not any(t.title.startswith("乡村篮球邀请赛") for t in parse_text(text).tasks)

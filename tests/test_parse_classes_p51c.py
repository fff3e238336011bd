"""Round 51 (p51c): units in page openings and task breakdowns outside Shanghai.

* a barred table whose category cell is merged over its rows on the left: the rows after the first are short by it
  and open with their own number (``row_cells.merged_left``);
* the agent of 由 working under another's guidance, or by a measure, before its verb 「由A在B的指导下组织」
  「由乡镇按县上分配人数确定」 (``body_names.UNDER_GUIDANCE``, ``sentence_names._AFTER_NAME``);
* an adverb of all / too between the listed doers and their modal 「A、B等都要…」 (``sentence_units._ALL_TOO``);
* under a 职责分工 heading, a list of places ending its clause in a kind of place is no doer (``_GIVES_WORK``);
* an item's run-in heading glued to its first body 「…活动镇直各单位要组织…」 (``glued_heads.glued_heading_end``).
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.row_cells import merged_left
from desktop.core.parse.sentence_units import doer_units


def _task(text: str, number: str):
    return next(t for t in parse_text(text).tasks if t.number == number)


# --- a category cell merged over a barred table's rows ------------------------------------------------------------

_HEAD = "类别 | 标准要求 | 工作内容 | 牵头单位 | 配合单位 | 完成期限 |\n"


def test_rows_under_a_merged_category_cell_keep_their_columns():
    text = ("某县创建工作任务表\n" + _HEAD
            + "城 乡 绿 化 | 1、道路绿化达标。 | 完善道路两侧绿带。 | 县住建局 | 县交通局 | 2024年6月底前 |\n"
            + "2、公园布局合理。 | 新建街头游园三处。 | 县住建局 县自然资源局 | 各乡镇 | 2024年9月底前 |\n"
            + "3、河道整治到位。 | 清理河道沿岸垃圾。 | 县水利局 | 各乡镇 | 2024年10月底前 |\n")
    second, third = _task(text, "2"), _task(text, "3")
    assert second.lead_units == ["县住建局", "县自然资源局"]
    assert "各乡镇" in second.responsible_units and "2024年9月底前" not in second.responsible_units
    assert str(second.deadline).startswith("2024-09")
    assert third.lead_units == ["县水利局"]


def test_merged_left_takes_the_full_rows_cells_only_where_the_number_moved():
    header = ["类别", "标准", "内容", "牵头单位", "完成期限"]
    full = ["城乡绿化", "1、道路绿化。", "完善绿带。", "县住建局", "6月底"]
    short = ["2、公园布局。", "新建游园。", "县住建局", "9月底"]
    assert merged_left([header, full, short])[2] == ["城乡绿化", *short]
    # near misses: a short row that opens with no number, and a table whose numbers stand in its first column
    plain = ["新建游园。", "县住建局", "9月底"]
    assert merged_left([header, full, plain])[2] == plain
    first = ["1、道路绿化。", "标准", "完善绿带。", "县住建局", "6月底"]
    assert merged_left([header, first, short])[2] == short


# --- doers named before their verb --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "unit"), [
    ("开展国防教育宣讲(由镇人武部在县人武部的指导下组织)。", "镇人武部"),
    ("具体对象由镇民政办在县民政局统一领导下确定。", "镇民政办"),
    ("城乡低保户65户,具体对象由乡镇按县上分配人数确定。", "乡镇"),
    ("区教育局、区卫健委都要组织开展灭鼠活动。", "区卫健委"),
    ("中小学校、卫生院等也要组织开展灭鼠活动。", "卫生院"),
    ("镇卫生院、镇中心校均应组织开展健康教育。", "镇中心校"),
])
def test_a_doer_before_a_guidance_a_measure_or_an_adverb_of_all(text, unit):
    assert unit in doer_units(text)[1]


@pytest.mark.parametrize("text", [
    "参加由区文明办组织的志愿服务培训。",         # a noun's description after the agent: no doer
    "全镇上下都要高度重视。",                      # no body before 都
    "各级各部门都要高度重视。",                    # a call to all
])
def test_near_misses_name_no_doer(text):
    assert doer_units(text)[1] == []


# --- places before 由 under a 职责分工 heading ----------------------------------------------------------------------

def test_a_list_of_places_given_to_a_keeper_is_no_doer():
    text = ("某街道市容管理方案\n一、职责分工\n(一)城镇道路、广场等公共区域,由环境卫生主管部门负责;\n"
            "(二)公交站点、停车场、集贸市场、公园等公众聚集场所,由对口管理单位负责;\n"
            "(三)区教育局、区卫健委按职责做好校园周边管理。\n")
    assert _task(text, "二").responsible_units == ["对口管理单位"]
    # near miss: bodies under the same heading are still its doers
    assert _task(text, "三").responsible_units == ["区教育局", "区卫健委"]


# --- a run-in heading glued to the item's first body --------------------------------------------------------------

@pytest.mark.parametrize(("text", "unit"), [
    ("广泛开展便民服务活动镇直各单位要组织本单位志愿者开展便民服务。", "镇直各单位"),
    ("组织机构县卫生局应急办负责全县春运期间医疗保障工作的统筹协调。", "县卫生局应急办"),
])
def test_a_run_in_heading_glued_to_its_first_body(text, unit):
    assert doer_units(text)[1] == [unit]


@pytest.mark.parametrize("text", [
    "开展宣传活动各村要高度重视。",                  # the body's clause gives no work
    "组织机构健全,人员配备到位。",                   # a heading word, no body after it
])
def test_near_misses_of_a_glued_heading(text):
    assert doer_units(text)[1] == []


# --- 「A为…牵头责任单位，B、C为协办单位」: a designation without 明确 (Round 58 rulings, x250_01) ---------------------

def test_a_plain_designation_as_lead_and_assisting_units():
    leads, units = doer_units("县住建局为该项工作的牵头责任单位,负责拟定实施方案。县发改委、县财政局为协办单位,"
                              "各单位要互相配合。")
    assert leads == ["县住建局"]
    assert units == ["县住建局", "县发改委", "县财政局"]
    assert doer_units("县民政局、县财政局为配合单位。")[1] == ["县民政局", "县财政局"]
    # (round 31's near miss, turned by the Round 58 rulings: 为 with a duty word designates without 明确)
    assert doer_units("区卫健委为牵头单位，各卫生院为实施单位。") == (["区卫健委"], ["区卫健委", "各卫生院"])


@pytest.mark.parametrize("text", [
    "县住建局为成员单位。",                                                # a member: no duty word
    "建立以县政府为责任主体,县发改委、县财政局为配合部门的管理体系。",       # 为X的Y: the system's description
])
def test_near_misses_of_a_plain_designation(text):
    assert doer_units(text) == ([], [])

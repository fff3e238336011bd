"""Round 27 "one rule in one place" (s27): the rules the parser wrote more than once, now asked of one place — made-up
wordings of each, and the near-misses that must stay."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.units import names_body


def _units(page: str) -> dict[str, list[str]]:
    return {t.key: t.responsible_units for t in parse_text(page).tasks}


# -- a body's name under a section of places (units.names_body, once tasks._BODY_NAME) ------------------------------

def _areas(*heads: str) -> str:
    return "某区商业发展三年行动方案\n\n三、重点区域\n" + "".join(
        f"（{n}）{h}。负责推进区域商业建设，制定年度计划。\n" for n, h in zip("一二三", heads, strict=False))


def test_government_bodies_under_a_section_of_places_keep_their_units():
    got = _units(_areas("区人民政府", "区建设管理委员会", "区政府办公室"))
    assert got == {"三.一": ["区人民政府"], "三.二": ["区建设管理委员会"], "三.三": ["区政府办公室"]}, got


def test_places_ending_as_a_centre_under_a_section_of_places_name_no_units():
    # 中心 ends an organisation's name (units.NAME_END_WORDS) and a place's: under 重点区域 it is the place
    assert all(not names for names in _units(_areas("城市副中心", "陆家嘴金融中心", "新城商业中心")).values())


def test_a_body_ends_as_government_does():
    assert all(names_body(n) for n in ("区商务委", "区规划资源局", "开发区管委会", "街道办事处", "各街镇", "县政府"))
    assert not any(names_body(n) for n in ("滨江商务区", "城市副中心", "临港科创小镇", "商业中心"))


# -- a header cell naming a unit column (columns.unit_column, once four patterns: columns, cell_blocks twice,
# score_tables) --------------------------------------------------------------------------------------------------

def _table(head: str, sep: str, first: str, second: str) -> str:
    cells = ["序号", "工作任务", head, "完成时限", "1", "完成植树造林1000亩", first, "2025年6月底前",
             "2", "开展森林防火巡查", second, "2025年12月底前"]
    return "某县林业局2025年重点工作任务分解表\n\n" + sep.join(cells) + "\n"


def test_an_office_column_the_header_words_do_not_list_names_the_units():
    # 责任股室 / 业务处室 / 业务科室: a unit column in a task table as in a score table (one rule, columns.unit_column)
    for head in ("责任股室", "业务处室", "业务科室"):
        for sep, first, second in (("\n\n", "县林业局造林股", "县林业局防火股"),
                                   ("\n", "县林业局造林处", "县林业局防火处")):
            got = {t.key: (t.responsible_units, t.deadline) for t in parse_text(_table(head, sep, first, second)).tasks}
            assert got == {"1": ([first], "2025-06-30"), "2": ([second], "2025-12-31")}, (head, sep, got)


def test_a_unit_column_in_a_score_table_stays_in_the_row():
    page = ("某县林业局2025年目标考核细则\n\n序号 | 考核内容 | 分值 | 责任股室\n"
            "1 | 河长巡河：每月巡河不少于1次 | 10 | 造林股\n2 | 森林防火：全年无重大火灾 | 20 | 防火股\n")
    assert [t.title for t in parse_text(page).tasks] == ["河长巡河：每月巡河不少于1次：造林股负责",
                                                         "森林防火：全年无重大火灾：防火股负责"]


def test_a_unit_of_measure_column_in_a_score_table_is_no_unit():
    # 单位 | 目标值: 亩 and 亿元 are what the figure counts, not who is responsible (once read as 「亩负责」)
    page = ("某县2025年目标考核细则\n\n序号 | 考核指标 | 单位 | 目标值 | 分值\n1 | 新增造林面积 | 亩 | 1000 | 10\n"
            "2 | 完成固定资产投资 | 亿元 | 20 | 20\n")
    assert [t.title for t in parse_text(page).tasks] == ["新增造林面积：1000", "完成固定资产投资：20"]


def test_stacked_names_join_only_in_a_unit_column():
    from desktop.core.parse.cell_blocks import bar_cells
    from desktop.core.parse.table_heads import unit_column
    lines = ["工作目标任务", "|", "完成时间", "|", "牵头部门", "|", "配合部门", "|", "|",
             "制定年度工作计划。", "|", "年内", "|", "地震局", "财政局", "|", "建设局", "|", "|"]
    got = bar_cells(lines, 0, lambda head: True)   # (it asks table_heads.unit_column)
    assert got is not None and got[0][1] == ["制定年度工作计划。", "年内", "地震局、财政局", "建设局"]
    assert unit_column("牵头部门") and unit_column("实施主体") and unit_column("责任股室") and unit_column("建设单位")
    assert not any(unit_column(x) for x in ("单位", "计量单位", "牵头领导", "完成时间", "工作目标任务"))

"""Round 28 "one rule in one place" (s28): rules the parser wrote more than once, now asked of one place — made-up
wordings of each, and the near-misses that must stay."""
from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.read import table_lines

# -- a header cell naming a unit column in a Word or pipe table (read._find_header asks columns.unit_column, as the
# one-cell-a-line tables, cell_blocks and score_tables do) -----------------------------------------------------------


@pytest.mark.parametrize("head", ["责任股室", "业务股室", "主要部门", "建设单位"])
def test_a_word_tables_office_column_names_the_units(head):
    rows = [["序号", "重点工作", head, "完成时间"], ["1", "完成退化林修复800亩", "营林股", "2025年9月底前"],
            ["2", "开展松材线虫病普查", "森防股", "2025年11月"]]
    assert table_lines(rows) == ["1.完成退化林修复800亩。(责任单位:营林股;完成时限:2025年9月底前)",
                                 "2.开展松材线虫病普查。(责任单位:森防股;完成时限:2025年11月)"]


def test_a_lead_office_then_an_office_column_the_words_do_not_list():
    # 牵头股室 | 配合股室: the words list 牵头 (lead); 配合股室 only unit_column names (responsible)
    rows = [["序号", "工作任务", "牵头股室", "配合股室"], ["1", "修订应急预案", "办公室", "安监股、执法股"]]
    assert table_lines(rows) == ["1.修订应急预案。(牵头单位:办公室;责任单位:安监股、执法股)"]


def test_a_pipe_table_with_an_office_column_gives_its_units():
    page = ("某县农业农村局2025年重点工作任务分解表\n\n序号 | 工作任务 | 责任股室 | 完成时限\n"
            "1 | 新建高标准农田2万亩 | 县农业农村局农田建设股 | 2025年10月底前\n"
            "2 | 开展耕地质量监测 | 县农业农村局土肥站 | 2025年12月底前\n")
    got = {t.key: (t.responsible_units, t.deadline) for t in parse_text(page).tasks}
    assert got == {"1": (["县农业农村局农田建设股"], "2025-10-31"), "2": (["县农业农村局土肥站"], "2025-12-31")}, got


def test_a_measure_unit_column_is_still_no_unit_column():
    # 计量单位 / 单位: what a figure counts (亩, 个) — no task table is found, the rows stay as they are
    for head in ("计量单位", "单位"):
        rows = [["序号", "工作任务", head, "目标值"], ["1", "新增造林", "亩", "1000"]]
        assert table_lines(rows) == ["序号  工作任务  " + head + "  目标值", "1  新增造林  亩  1000"], head


def test_a_score_table_with_an_office_column_stays_a_score_table():
    # its 责任股室 names units for read._find_header too now: the score table is tried first, each unit in its row
    page = ("某县2025年目标考核细则\n\n序号 | 考核项目 | 分值 | 责任股室\n1 | 完成春季植树 | 10 | 营林股\n"
            "2 | 森林火灾受害率低于0.9‰ | 20 | 森防股\n")
    assert [t.title for t in parse_text(page).tasks] == ["完成春季植树：营林股负责",
                                                         "森林火灾受害率低于0.9‰：森防股负责"]

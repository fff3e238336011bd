"""Round 52 first wave (p52b), structure: a task table whose rows carry no number, printed as running text with only
spaces between its cells (``spaced_rows``): the header's column words stand inside a line, the rows run on after
them, each row's task, unit cells (a name the cell wrapped over two pieces is one name), an empty 配合 cell left out
and a time cell. Near misses: a paragraph with spaces, a numbered table's header, a header whose rows do not fit.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def rows(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(t.title, t.lead_units + t.responsible_units, t.deadline) for t in parse_text(text).tasks]


TABLE = ("附件 某县2021年河道保洁行动责任清单 工作任务和内容 责任单位 配合单位 完成时间 负责河道保洁工作的宣传发动,"
         "在广播电视开设专栏,曝光乱倒垃圾行为.\n\n"
         "县委宣传部 持续开展 负责河道保洁工作的督办和考核. 县委县政府 督查室 持续开展 "
         "负责清理河道沿岸垃圾堆放点,建立长效保洁机制. 县水利局 县环卫所 6月底前完成 清理任务 "
         "负责查处向河道倾倒建筑渣土的行为,加强夜间巡查. 县城市 管理局 11月底前 "
         "负责整治沿河养殖污染,督促养殖户建设治污设施")


def test_a_run_on_table_with_no_numbers_gives_a_task_a_row():
    got = rows(TABLE)
    assert [t[0][:8] for t in got] == ["负责河道保洁工作", "负责河道保洁工作", "负责清理河道沿岸", "负责查处向河道倾",
                                       "负责整治沿河养殖"]
    assert got[0][1] == ["县委宣传部"]
    assert got[1][1] == ["县委县政府督查室"]              # a name the cell wrapped: one name
    assert got[2][1] == ["县水利局", "县环卫所"]          # the 配合 cell beside the 责任 cell
    assert got[3][1] == ["县城市管理局"]
    assert got[4][1] == []                                # the last row, cut before its cells


def test_the_time_cell_dates_its_row_with_the_title_year():
    got = rows(TABLE)
    assert got[0][2] is None                              # 持续开展: no date
    assert got[2][2] == "2021-06-30"                      # 6月底前完成 清理任务 (the cell wrapped)
    assert got[3][2] == "2021-11-30"


def test_two_columns_only_task_and_units():
    text = ("某镇防汛责任分工 主要任务 责任单位 配合单位 负责防汛物资的储备和调运工作. 镇应急办 "
            "负责危险地段的巡查和群众转移工作. 镇派出所 各村委会 负责汛期道路的抢通保畅工作. 镇交管站")
    got = rows(text)
    assert [g[1] for g in got] == [["镇应急办"], ["镇派出所", "各村委会"], ["镇交管站"]]


def test_near_miss_a_paragraph_with_spaces_stays_prose():
    text = ("某县河道保洁工作方案\n一、工作任务\n各单位要明确 责任单位 和 完成时间 ,县水利局负责河道巡查,确保按期完成。\n"
            "二、工作要求\n加强督查。")
    tasks = parse_text(text).tasks
    assert len(tasks) == 1 and "各单位要明确责任单位和完成时间,县水利局" in tasks[0].text


def test_near_miss_a_numbered_header_is_not_read_here():
    # 序号 before the column words: a numbered table, the readers of numbered rows take it
    from desktop.core.parse.spaced_rows import spaced_run_table
    line = "序号 主要任务 主要内容 责任单位 1 加强管理 负责巡查工作. 县水利局 2 强化保障 负责经费保障. 县财政局"
    assert spaced_run_table([line], 0) is None


def test_near_miss_a_header_whose_words_are_not_followed_by_rows():
    from desktop.core.parse.spaced_rows import spaced_run_table
    line = "附件 工作任务 责任单位 完成时间 见下表"
    assert spaced_run_table([line, "", "表略"], 0) is None

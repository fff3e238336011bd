"""Round 40 class (plans-next164's BASELINE.md, x164_04): an attached task table (附表 任务分工表) printed one cell a
line whose rows carry no number — each row opens with its task's name, then its content, 牵头部门, 配合部门, 时间节点
— is read as the plan's attached rows (named_rows), beside the body's own items; a numbered list of matters after it
(附录: 序号 / 事项名称 / 事项分类 / 责任处室) no longer takes the body's place. Near misses: a plan whose only
attachment is such a table reads it too; a header with no unit column, or a numbered list of matters alone, is not
read by this reader. Made-up snippets in the style of a city bureau's notice."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.named_rows import matters_header, named_rows

HEAD = ("关于某某局2024年政务服务改革工作的通知\n\n各处室、各直属单位：\n\n现将有关事项通知如下。\n\n"
        "一、主要工作任务\n\n1、优化审批流程。压缩办理时限，推进审批事项全程网办。\n\n"
        "2、加强事中事后监管。对许可事项做到100%的按期监管。\n\n"
        "二、保障措施\n\n1.加强组织领导。明确工作职责，形成工作闭环。\n\n")
TABLE = ("附表：某某局2024年政务服务改革任务分工表\n\n任务名称\n任务内容\n牵头部门\n配合部门\n时间节点\n\n"
         "优化审批流程\n压缩办理时限，推进审批事项全程网办。\n审批处\n信息中心、法规处\n9月底\n\n"
         "加强事中事后监管\n梳理监管事项，形成监管工作制度。\n执法处\n\n全年\n\n"
         "开展政策宣传\n采用政策解读、业务指导等方法开展宣传。\n办公室\n宣传处\n线上，6月底\n\n线下，全年\n\n")
MATTERS = ("附录\n\n某某局高频办件事项清单\n\n序号\n事项名称\n事项分类\n责任处室\n配合部门\n\n"
           "1\n对某类设施设置的许可\n许可\n审批处\n信息中心\n\n2\n对某类树木迁移的许可\n许可\n执法处\n信息中心\n\n"
           "3\n对某类广告设置的审批\n许可\n审批处\n法规处\n")


def test_unnumbered_task_table_read_beside_the_body_and_the_list_of_matters_left():
    plan = parse_text(HEAD + TABLE + MATTERS)
    body = [t for t in plan.tasks if t.path[:1] != ["附件"]]
    rows = [t for t in plan.tasks if t.path[:1] == ["附件"]]
    assert len(body) == 3
    assert [t.title for t in rows] == ["优化审批流程", "加强事中事后监管", "开展政策宣传"]
    assert [t.lead_units for t in rows] == [["审批处"], ["执法处"], ["办公室"]]
    assert rows[0].responsible_units == ["信息中心", "法规处"]
    assert rows[1].responsible_units == []                  # the empty 配合部门 cell, a blank line
    assert rows[0].deadline == "2024-09-30"
    assert rows[2].deadline.startswith("2024")              # 线上，6月底 / 线下，全年: one cell over two blocks
    assert not any("许可" in t.title for t in plan.tasks)   # the matters are no tasks


def test_the_only_attachment_a_task_table_is_read_too():
    plan = parse_text(HEAD + TABLE)
    rows = [t.title for t in plan.tasks if t.path[:1] == ["附件"]]
    assert rows == ["优化审批流程", "加强事中事后监管", "开展政策宣传"]


def test_near_misses_not_read_as_unnumbered_task_rows():
    assert named_rows(MATTERS) == []                        # 序号 first: a numbered list, not this table
    no_units = TABLE.replace("牵头部门\n配合部门\n", "备注\n")
    assert named_rows(no_units) == []                       # no unit column in the header
    one_row = TABLE.split("加强事中事后监管")[0]
    assert named_rows(one_row) == []                        # a single row is no table
    rows = named_rows(TABLE + MATTERS)
    assert [r.number for r in rows] == ["1", "2", "3"]      # the rows stop at 附录


def test_a_table_of_one_task_column_reads_its_rows_and_a_row_without_a_unit_cell_ends_them():
    table = ("附表：任务分工表\n\n工作任务\n责任部门\n完成时限\n\n"
             "完成审批系统升级改造，实现全程网办。\n信息中心\n9月底\n\n"
             "形成监管工作制度，开展专项检查。\n执法处、法规处\n12月底\n\n"
             "附录\n\n办件事项清单\n")
    rows = named_rows(table)
    assert [(r.text[:6], r.resp, r.deadline) for r in rows] == [
        ("完成审批系统", ["信息中心"], "9月底"), ("形成监管工作", ["执法处", "法规处"], "12月底")]


def test_a_catalogue_of_matters_alone_does_not_replace_the_body():
    plan = parse_text(HEAD + MATTERS)
    assert [t.title for t in plan.tasks] == ["优化审批流程", "加强事中事后监管", "加强组织领导"]
    assert "任务是从附件中读出的，请核对。" not in plan.warnings


def test_near_misses_of_the_catalogue_header():
    assert matters_header(["序号", "事项名称", "事项分类", "责任处室", "配合部门"])
    assert not matters_header(["序号", "事项", "工作措施", "责任单位"])          # a column of work beside 事项
    assert not matters_header(["序号", "事项名称", "牵头单位", "完成时限"])      # no kind column, a time column
    assert not matters_header(["序号", "工作任务", "事项分类", "责任单位"])      # the task column is work
    table = ("附件\n\n重点事项清单\n\n序号\n事项\n工作措施\n责任单位\n\n"
             "1\n推进示范工程\n完成3个示范项目建设。\n区发展改革委\n\n"
             "2\n推进屋顶光伏建设\n新增装机容量10兆瓦。\n区建设管理委\n")
    plan = parse_text(HEAD + table)
    assert [t.responsible_units for t in plan.tasks] == [["区发展改革委"], ["区建设管理委"]]   # read as before

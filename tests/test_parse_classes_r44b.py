"""Round 44 classes of whole documents (r44b): unit labels, the sentence reader and names."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.table_heads import column_of, head_column

# an attached task table copied one cell a line, its partner column headed 「配合部门、单位」
TABLE = ("某市推进多式联运发展实施意见\n一、总体要求\n推动多式联运提质增效。\n"
         "附件：重点任务表\n\n序号\n\n具体内容\n\n牵头部门\n\n{head}\n\n"
         "1\n\n编制多式联运场站布局规划，明确建设时序。\n\n市交通委、\n市规划资源局\n\n市发展改革委、市铁路集团等\n\n"
         "2\n\n优化港口作业流程，压缩货物在港时间。\n\n市商务委\n\n市交通委、海关、港务集团\n\n")


@pytest.mark.parametrize("head", ["配合部门、单位", "配合单位、部门", "配合部门/单位"])
def test_a_partner_column_naming_both_kinds_is_no_lead(head):
    tasks = [t for t in parse_text(TABLE.format(head=head)).tasks if t.text.startswith(("编制", "优化"))]
    assert [(t.lead_units, t.responsible_units) for t in tasks] == [
        (["市交通委", "市规划资源局"], ["市发展改革委", "市铁路集团"]),
        (["市商务委"], ["市交通委", "海关", "港务集团"])]


def test_a_header_naming_both_kinds_reads_as_its_first():
    assert column_of("配合部门、单位") == column_of("配合部门") == "resp"
    assert column_of("牵头单位、部门") == "lead"
    # near misses: a list of two columns' words, or a kind after no unit word, is no such header
    assert column_of("牵头、配合") is None
    assert head_column("单位、部门") != "lead"

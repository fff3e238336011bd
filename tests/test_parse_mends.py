"""Patterns made one by the review's mends (issue 10, round 12): where a copy took less than the
others, the one pattern now takes what they all took."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

_TWO_LINE_TITLE = ("某镇农村卫生保健工作规划\n（2021{dash}2025年）及实施意见\n一、主要任务\n"
                   "1.建设卫生室。（镇卫生院负责）\n2.培训村医。（镇卫生院负责）\n")


@pytest.mark.parametrize("dash", ["—", "―", "-", "至"])
def test_a_titles_period_on_its_own_line_joins_it_with_any_dash(dash):
    # dates.YEAR_SPAN: the bracketed period line takes the ― the cut one (2020―2022年）) took
    title = parse_text(_TWO_LINE_TITLE.format(dash=dash)).title
    assert title == f"某镇农村卫生保健工作规划（2021{dash}2025年）及实施意见"


_NOTICE_WITH_LIST = ("某区关于印发重点任务分解的通知\n各街道：\n"
                     "现将《某区重点任务分解表》印发给你们，请认真贯彻落实。\n"
                     "一、提高认识。各单位要高度重视。\n二、按时报送。每月底前报送进展。\n某区人民政府办公室\n2024年3月1日\n"
                     "{label}\n某区重点任务分解表\n1.建设养老服务中心。（区民政局负责）\n2.改造老旧小区。（区住建委负责）\n"
                     "3.新建停车位。（区交通委负责）\n")


@pytest.mark.parametrize("label", ["附件1", "附件 2", "附件一", "附件：", "附件"])
def test_a_notices_list_under_any_annex_label_is_kept_under_the_annex(label):
    # columns.ANNEX_LINE: one label line for the notice's list, the listed appendix and the table reader
    plan = parse_text(_NOTICE_WITH_LIST.format(label=label))
    assert [(t.key, t.path[:1]) for t in plan.tasks] == [
        ("一", []), ("二", []), ("附件.1", ["附件"]), ("附件.2", ["附件"]), ("附件.3", ["附件"])]
    row = {t.key: t for t in plan.tasks}["附件.2"]
    assert row.lead_units + row.responsible_units == ["区住建委"]

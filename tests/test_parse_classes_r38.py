"""Review r38: 「A授权B组织…」 read as 「A委托B组织…」 (CONVENTIONS.md "Filings and commissions"), and 「为所在」 no
所's name."""

from desktop.core.parse.duty_headings import opening_subject
from desktop.core.parse.prose_units import unit_then_verb
from desktop.core.parse.sentence_units import doer_units


def test_authorising_reads_as_entrusting():
    # A a doer, B not by that clause — never 「A授权B」 fused into one name
    assert doer_units("区政府授权区规划资源局组织社区规划师聘任工作。") == ([], ["区政府"])
    assert doer_units("市政府授权市发展改革委负责项目审批。") == ([], ["市政府"])
    assert doer_units("区政府委托区规划资源局组织社区规划师聘任工作。") == ([], ["区政府"])
    # near-miss: 经A授权 is a condition of B's own work — B the doer
    assert doer_units("经区政府授权，区财政局负责管理资金。") == ([], ["区财政局"])


def test_preposition_before_where_it_is_names_no_body():
    assert unit_then_verb("社区规划师为所在街道(镇)梳理社区资源。") == ""
    assert unit_then_verb("各居委会对所在小区开展排查。") == "各居委会"
    # near-miss: a 所's own name before 在 stays one
    assert unit_then_verb("吴泾派出所在街面开展巡查。") == "吴泾派出所"
    assert unit_then_verb("市场监管所在辖区内开展检查。") == "市场监管所"
    # (the article reader's subject too)
    assert opening_subject("社区规划师为所在街道(镇)梳理社区资源。", set()) == []
    assert opening_subject("区公安分局派出所在街面开展巡查。", set()) == ["区公安分局派出所"]


def test_long_run_together_lines_do_not_backtrack():

    from desktop.core.parse.given_lists import _cases_lead
    from desktop.core.parse.text_ends import read_row

    row = "{}.开展专项整治行动，全面排查隐患问题并建立台账(牵头单位:区应急局;责任单位:各街镇)。"
    line = "".join(row.format(i) for i in range(1, 2000)) + "备注"
    body = "有下列情形之一的，" * 5000 + "依法处理" * 3000
    assert not read_row(line) and not _cases_lead(body)     # (their time: the bench's nasty_table_row, nasty_cases)
    # the same answers as before on the forms they read
    assert read_row("1.开展专项整治行动。(牵头单位:区应急局;责任单位:各街镇)")
    assert not read_row("1.开展专项整治行动。(牵头单位:区应急局;责任单位:各街镇)。")
    assert _cases_lead("第十条 有下列情形之一的，依照《条例》追究法律责任；涉嫌犯罪的，依法移送：")
    assert _cases_lead("有下列行为之一的，由区城管局责令改正。有下列情形之一的，依法处理。")
    assert not _cases_lead("有下列情形之一的，依法处理：\n（一）未按规定")

"""Review r38: 「A授权B组织…」 read as 「A委托B组织…」 (CONVENTIONS.md "Filings and commissions"), and 「为所在」 no
所's name."""

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

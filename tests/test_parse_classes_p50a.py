"""Round 50 (p50a): task counts in whole rules — rules for the regulated (CONVENTIONS.md Round 52 rulings on
x239_03's employers: paying in, registering, sealing, choosing are no work of the plan's bodies; Round 54: items that
only name limits, options or powers are text; Round 55's x246_01: a party's step in its own application). An article
whose every sentence of work is an employer's or a person's own filing, payment, application or option is no task
(``party_steps``, read by ``rule_chapters.public_only``); a list of limits or a power over ways is text; a list line
whose binding sentences are a person's own application binds no one (``given_lists._line_binds``)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.party_steps import party_step

HEAD = ("某市职工互助金缴存管理办法\n"
        "第一条 为规范互助金缴存管理，制定本办法。\n"
        "第二条 市互助金中心负责互助金的归集、管理和监督检查。\n"
        "第三条 市互助金中心应当建立缴存明细账，定期对缴存情况进行检查。\n")
TAIL = ("第九条 区管理所应当对单位缴存情况进行核查，并每季度向市互助金中心报告。\n"
        "第十条 本办法自2030年1月1日起施行。有效期三年。\n")


def _numbers(body: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(HEAD + body + TAIL).tasks]


def test_an_employers_own_filing_payment_and_option_are_no_tasks():
    got = _numbers("第四条 单位应当自成立之日起20日内，向市互助金中心办理缴存登记。\n"
                   "第五条 单位名称发生变更的，应当自变更之日起20日内向区管理所办理信息修改。\n"
                   "第六条 单位应当按月足额缴存互助金，不得少缴或者多缴。\n"
                   "第七条 符合下列条件之一的，单位可以申请暂缓缴存：\n（一）连续亏损三年的；\n（二）已停产的。\n"
                   "第八条 职工应当提供本人身份证件。\n")
    assert not any(n.split("/")[0] in {"4", "5", "6", "7", "8"} for n in got)
    assert {"3", "9"} <= set(got)
    assert "10" not in got          # (施行 and 有效期三年: the closing article)


def test_a_body_acting_in_the_article_keeps_it_a_task():
    got = _numbers("第四条 单位应当向区管理所办理缴存登记。区管理所应当在五个工作日内完成审核。\n"
                   "第五条 建设单位应当自行保管一套完整的工程档案。\n")
    assert "4" in got and "5" in got


def test_an_option_with_no_party_named_stays_a_task():
    # (older sets count 「符合下列条件之一的，可提出…申请」: no party printed)
    got = _numbers("第四条 符合下列条件之一的，可提出树木迁移的申请：\n"
                   "（一）严重影响采光的；\n（二）危及房屋安全的。\n")
    assert any(n.split("/")[0] == "4" for n in got)


def test_a_list_of_limits_and_of_a_persons_own_applications_is_text():
    got = _numbers("第四条 每户贷款额度应当同时符合下列限额标准：\n（一）不高于账户余额的十倍；\n"
                   "（二）不高于房屋总价款的七成。\n"
                   "第五条 提取频次及额度应当符合以下规定：\n"
                   "（一）购买住房的，应当在发证之日起3年内提出申请，可以提取一次；\n"
                   "（二）承租住房的，可每月提取一次，提取金额不超过当月房租。\n")
    assert not any(n.startswith(("4/", "5/")) for n in got)


def test_a_bodys_list_of_duties_keeps_its_items():
    got = _numbers("第四条 区管理所应当履行下列职责：\n（一）负责办理缴存登记；\n（二）对单位缴存情况进行检查。\n")
    assert {"4/一", "4/二"} <= set(got)


def test_party_step_reads_the_verb_after_the_party():
    assert party_step("单位应当自设立之日起30日内，向管理部办理账户设立")
    assert party_step("职工与原单位终止劳动关系后被新单位录用的，原单位应当自终止之日起30日内，"
                      "将账户转移到新单位")
    assert party_step("凡符合以下情形之一的，单位应当为职工办理账户封存手续")
    assert not party_step("管理部应当对单位缴存情况进行检查")
    assert not party_step("建设单位应当组织竣工验收")
    assert not party_step("符合下列条件之一的，可提出申请", named=True)

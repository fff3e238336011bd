"""Round 30 (p85), plans-next84/86/89 classes of duties, in made-up wordings: progress followed on a rhythm and a
regular sending with no day (x84 class 2), a liaison list kept up to date, results copied to an office (x86 class 6),
a yearly filing 「每年年底前向…申报」 (x89 class 6); and what must stay no sending (对上报材料…)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dated_sendings import _SEND
from desktop.core.parse.duties import find_duties


def _duties(s: str):
    return [(d.due, d.every, d.kind) for d in find_duties(s, 2025)]


def test_progress_followed_on_a_rhythm_is_a_duty_of_the_first_rhythm():
    assert _duties("区专班建立跟踪调度机制，每周跟踪进度、每月汇总进展。") == [(None, "week", "oversight")]
    assert _duties("领导小组办公室每月调度工作进展，协调解决问题。") == [(None, "month", "oversight")]
    # work done on a rhythm gathers nothing
    assert _duties("区城管局每月开展一次巡查。") == []


def test_a_regular_sending_beside_a_summing_up_is_a_duty():
    assert _duties("各成员单位应定期将工作动态报送区领导小组办公室，区领导小组办公室适时组织开展总结评估。") \
        == [(None, None, "other")]


def test_a_liaison_list_kept_up_to_date_is_a_liaison_duty():
    assert _duties("各街道按照要求更新相关负责人和联络员名单。") == [(None, None, "liaison")]
    assert _duties("各街道更新工作台账。") == []


def test_results_copied_to_an_office_are_a_duty():
    assert _duties("各街道在办理中如有疑问可咨询区应急局，同时将处理结果抄送区应急局和区消防救援支队。") \
        == [(None, None, "other")]


def test_a_yearly_filing_before_the_year_end_is_a_yearly_duty():
    assert _duties("各村应在每年年底前向镇工作小组申报下一年度项目。") == [(None, "year", "other")]
    assert _duties("企业可向区商务委申报。") == []


def test_materials_sent_in_read_by_the_receiver_are_no_sending():
    assert _SEND.search("区住建局对上报材料内容符合要求的企业组织开展现场查看") is None
    assert _SEND.search("对实际情况和上报材料内容符合情况进行检查") is None
    # 核对 then a sending is one
    assert _SEND.search("经核对上报区统计局") is not None
    plan = parse_text("某区2025年核查通知\n一、核查流程\n（一）实地核查。区住建局对上报材料进行审核（2025年4月）。\n")
    assert plan.tasks[0].deadline == "2025-04-30" and plan.duties == []

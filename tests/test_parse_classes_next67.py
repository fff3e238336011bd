"""Failure classes of tests/data/plans-next67/BASELINE.md (round 27, p61), each with made-up wordings of the same
shape and the near misses that must not fire (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.prose_units import duty_paragraphs


# class 3 (x67_02): a division section's one paragraph headed by two units before its colon
def test_one_paragraph_headed_by_two_units_divides_the_work():
    body = "职责分工\n区公安分局、区交警支队:负责设立检查站,依法查处违法行为。"
    assert duty_paragraphs(body) == ([], ["区公安分局", "区交警支队"])
    text = ("某镇春节安全管理工作方案\n一、工作目标\n确保平安。\n二、重点工作\n1、开展排查。\n2、加强巡查。\n"
            "三、职责分工\n镇派出所、镇应急办:负责组织巡查,查处违法行为。\n")
    by_key = {t.key: t for t in parse_text(text).tasks}
    assert by_key["三"].responsible_units == ["镇派出所", "镇应急办"]


def test_one_paragraph_headed_by_one_unit_or_by_no_unit_divides_nothing():
    assert duty_paragraphs("职责分工\n区公安分局:负责设立检查站,依法查处违法行为。") is None
    assert duty_paragraphs("职责分工\n各部门要按照职责分工,密切配合,形成合力。") is None
    assert duty_paragraphs("职责分工\n工作要求、时间安排:另行通知。") is None


# class 1 (x67_04): the quantity a notice's opening sentence is for (完成…N万亩…任务) is the plan's target
def test_the_quantity_a_notice_opens_to_complete_is_the_plans_target():
    text = ("各乡镇人民政府:\n为确保完成2021年全县8万亩高标准农田建设任务,现就有关事项通知如下:\n"
            "一、加快进度\n(一)县农业农村局要于5月底前完成招标。\n(二)各乡镇要做好协调。\n")
    assert [(t.value, t.unit) for t in parse_text(text).plan_targets] == [(80000, "亩")]


def test_work_already_done_or_a_task_with_no_figure_is_no_plans_target():
    for opening in ["去年已完成全县10万亩种植任务,今年继续推进,现就有关事项通知如下:",
                    "为确保完成县里下达的工作任务,现就有关事项通知如下:",
                    "为全面完成2021年脱贫攻坚任务,现就有关事项通知如下:"]:
        text = (f"各乡镇人民政府:\n{opening}\n一、加快进度\n(一)县农业农村局要于5月底前完成招标。\n"
                "(二)各乡镇要做好协调。\n")
        assert parse_text(text).plan_targets == []

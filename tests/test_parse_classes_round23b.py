"""Round 23 (parser35): classes found in plans-next30…-next36, tested on made-up wordings."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

BODY = ("某市农业科技创新行动计划\n一、总体要求\n坚持创新引领，推动农业科技进步。\n二、主要任务\n"
        "（一）加强种业攻关。开展种质资源保护利用，培育优良品种。\n"
        "（二）推进智慧农业。建设数字农场，推广智能农机装备。\n"
        "三、保障措施\n加强组织领导。各部门要密切配合。\n")


def annex(section: str, first: str = "基本原则") -> str:
    return (BODY + "附件\n\n农业科技重点项目\n\n围绕重点领域，组织联合攻关。\n\n"
            f"一、{first}\n\n（一）坚持需求导向。围绕产业需求部署研究。\n\n（二）坚持开放合作。推动协同攻关。\n\n"
            f"二、{section}\n\n（一）耕地质量提升项目\n\n研究盐碱地改良技术，建设示范基地。\n\n"
            "（二）农机装备研发项目\n\n研发丘陵山区适用农机，开展试验示范。\n\n"
            "（三）数字农业应用项目\n\n建设农业大数据平台，推动数据共享。\n")


@pytest.mark.parametrize("section", ["重点项目", "重点任务", "主要任务"])
def test_work_section_of_an_annex_outline_gives_tasks(section):
    plan = parse_text(annex(section))
    got = [[*t.path, t.number] for t in plan.tasks if t.path[:1] == ["附件"]]
    assert got == [["附件", "二", "一"], ["附件", "二", "二"], ["附件", "二", "三"]]


def test_principles_of_an_annex_outline_are_no_tasks():
    plan = parse_text(annex("重点项目"))
    assert not any(t.path[:2] == ["附件", "一"] for t in plan.tasks)


def test_annex_outline_without_a_work_section_gives_no_tasks():
    plan = parse_text(annex("评价标准", first="适用范围"))
    assert not any(t.path[:1] == ["附件"] for t in plan.tasks)


@pytest.mark.parametrize("window,due", [("5 月 6 日-5 月 20 日", "2024-05-20"), ("5月21日至9月30日", "2024-09-30"),
                                        ("5月-6月", "2024-06-30")])
def test_a_stage_written_to_the_day_ends_on_its_day(window, due):
    text = ("2024年某县防范电信诈骗专项行动方案\n一、工作目标\n减少电信诈骗案件发生。\n二、工作步骤\n"
            f"（一）宣传发动阶段（{window}）。各乡镇开展宣传，营造氛围。\n"
            "（二）总结验收阶段（10月1日-10月20日）。各乡镇总结经验。\n")
    plan = parse_text(text)
    assert plan.tasks[0].deadline == due
    assert plan.tasks[1].deadline == "2024-10-20"

"""Round 48 (second wave) page openings outside Shanghai: their structure — points written as run-in paragraphs
「一是…二是…三是…」 in a plan that numbers nothing on its lines."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> list[tuple[list[str], str, list[str]]]:
    return [(t.path, t.number, t.responsible_units) for t in parse_text(text).tasks]


RUN_IN = ("某县开展科普宣传周活动方案\n\n为做好科普宣传周活动,营造良好氛围,现将有关安排如下。\n\n"
          "一是成立活动筹备小组。由县科协主要负责同志任组长,负责活动的统筹协调。\n\n"
          "二是举办科普展览活动。在5月18日上午,由县科协、县教育局联合举办科普展览活动,组织学生参观。\n\n"
          "在展览当天,请专家现场讲解科普知识。\n\n"
          "三是开展科普进社区活动。由县卫健局、县科协联合举办健康咨询活动。\n")


def test_run_in_paragraphs_are_the_points_of_a_plan_that_numbers_nothing() -> None:
    got = _tasks(RUN_IN)
    assert [(p, n) for p, n, _u in got] == [([], "一"), ([], "二"), ([], "三")]
    assert got[1][2] == ["县科协", "县教育局"]
    assert got[2][2] == ["县卫健局", "县科协"]


def test_the_paragraph_after_a_run_in_is_its_body() -> None:
    plan = parse_text(RUN_IN)
    assert "请专家现场讲解" in plan.tasks[1].text and "请专家" not in plan.tasks[2].text


def test_two_run_ins_only_stay_as_written() -> None:
    # (near miss: a notice's two aims 「一是…二是…」 are no numbered points)
    text = ("某县关于做好乡村治理工作的通知\n\n各乡镇:\n\n"
            "一是加强组织领导。各乡镇要把乡村治理摆在重要位置,由乡镇党委负责。\n\n"
            "二是明确目标任务。到年底,乡村治理体系基本建立。\n")
    assert [n for _p, n, _u in _tasks(text)] == []


def test_run_ins_out_of_order_stay_as_written() -> None:
    # (near miss: 一是…三是…二是 — no run of points)
    text = RUN_IN.replace("二是举办", "四是举办")
    assert [(p, n) for p, n, _u in _tasks(text)] != [([], "一"), ([], "四"), ([], "三")]
    assert not any(t.title.startswith("举办科普展览") for t in parse_text(text).tasks)


def test_run_ins_inside_a_numbered_plan_are_not_its_points() -> None:
    # (near miss: a plan with numbered lines of its own keeps its numbering; the run-ins stay the item's text)
    text = ("某县开展科普宣传周活动方案\n一、活动安排\n"
            "一是成立活动筹备小组。由县科协负责活动的统筹协调。\n"
            "二是举办科普展览活动。由县科协、县教育局联合举办科普展览。\n"
            "三是开展科普进社区活动。由县卫健局组织医务人员进社区开展健康咨询。\n"
            "二、工作要求\n各单位要高度重视,由县科协负责督促落实。\n")
    plan = parse_text(text)
    assert [(t.path, t.number) for t in plan.tasks] == [([], "一")]
    assert "二是举办科普展览活动" in plan.tasks[0].text

"""Round 34 (p34i): unit paragraphs and the headings they stand under — made-up wordings.

- A section of another title (保障机制) whose lead-in announces the duties below it (…工作职责如下：) and whose
  paragraphs each open with a unit is a division section (CONVENTIONS.md round 32, a childless section of unit
  paragraphs): one task holding their units, no task a paragraph; the document's 施行 close is none of it.
- Near misses: a plan whose whole work is its division 三、职责分工 keeps a task a unit; a lead-in that announces
  no duties makes no division section."""
from __future__ import annotations

from desktop.core.parse import parse_text

_HEAD = ("某区规范建筑垃圾运输管理意见\n"
         "一、总体要求\n"
         "坚持源头减量、全程监管，规范建筑垃圾运输秩序。\n"
         "二、规范运输\n"
         "（一）车辆管理。区交通委负责运输车辆资质审核，建立车辆台账。\n"
         "（二）线路管理。区公安分局负责核定运输线路和时段，加强路面检查。\n")


def _announced(lead_in: str) -> str:
    return (_HEAD + "三、保障机制\n"
            + lead_in + "\n"
            "区绿化市容局负责建筑垃圾运输的日常管理，加强对运输单位的考核。\n"
            "区城管执法局负责查处违法运输行为，加大执法力度。\n"
            "区生态环境局负责运输扬尘污染的监督检查。\n"
            "区数据局推进各部门运输数据共享。\n"
            "各街镇要落实属地责任，加强日常巡查。\n"
            "本意见自2030年1月1日起施行，有效期3年。\n")


def test_announced_duties_make_one_task_of_the_section():
    plan = parse_text(_announced("为加强组织领导，本区运输管理主要部门工作职责如下："))
    assert [(t.path, t.number) for t in plan.tasks] == [(["二"], "一"), (["二"], "二"), ([], "三")]
    assert plan.tasks[-1].responsible_units[:3] == ["区绿化市容局", "区城管执法局", "区生态环境局"]


def test_no_announced_duties_no_division_section():
    plan = parse_text(_announced("各部门要加强组织领导，推进相关措施落地。"))
    assert "三" not in [t.number for t in plan.tasks]


_ALONE = ("某镇春季动物防疫工作方案\n"
          "一、工作目标\n"
          "确保全镇不发生区域性重大动物疫情。\n"
          "二、职责分工\n"
          "村民委员会：要按照属地管理原则，做好辖区排查工作。\n"
          "农业服务中心：负责疫情上报和消毒工作。\n"
          "财政所：负责防控经费保障。\n")


def test_whole_work_a_division_keeps_a_task_a_unit():
    plan = parse_text(_ALONE)
    assert [t.responsible_units for t in plan.tasks] == [["村民委员会"], ["农业服务中心"], ["财政所"]]

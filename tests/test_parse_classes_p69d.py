"""Round 69 (p69d): a suspension with the cases it does not reach, land a plan holds back, and a distance band naming
a class of area.

- A suspension of the scheme's own work over the cases it does not reach 「过渡期内，除下列情形外，暂停办理…手续：⏎
  1.…可以…⏎2.…允许以下项目：⏎（1）…」, some lines with cases of their own: one task, its lines at every depth its text
  (Round 99's x363_02 五、（一）（二）; Round 78's (b)) — not where a line names a doer of its own 「…由区政府负责…」.
- Land a plan holds back 「战略预留区实施过渡期管控政策」: a zone, no unit (as 禁建区) — a body that names its zone
  「某某开发区管委会」 stays one.
- The work after the basis a childless point's heading rests on 「三、依托…体系，深化…落地」 over 应 sentences: a
  task (Round 84's p61c-1) — not the plan's aims after it 「依托…，明确总体要求」.
- Events named before their rhythm 「演练每年原则上为一次」: 1 次 a target (Round 84's p61e-1) — not a rhythm naming no
  event 「原则上每年一次」.
- Kinds before one 等 head 「机关、企事业等单位」: one name (rounds 31, 32) — a body with a head of its own before it
  「区政府、企事业等单位」 stays apart.
- A described agent of 由 drawing up its plan 「由拟开放的…单位组织编制…方案」: a doer (rule 2's 组织＋verb) — not
  its application 「由…单位提出开放申请」.
- A count of what the work advances 「推进100个以上的…单位附属空间对社会开放」: a target (推进 as 推动, round 58) — a
  class a check picks 「对100个以上的单位开展检查」 stays none.
- A party's plan reviewed 「方案还应先由A审核同意」: no unit (Round 94's turned x240_04) — 「由A负责审核」 names A.
- A described agent working after its plan 「由方案中明确的实施主体按照…方案推进…」: a doer (rule 2) — not its
  payment 「…按照规定缴纳费用」.
- Records entered in the system that gathers them 「…在相应系统内填报」: an undated duty (Round 97's x353_03) — not a
  form filled in with no system named.
- A distance band inside a noun naming a class of area 「沿江1公里范围以外的预留区内现状项目」: no target (round 58)
  — a zone a rule keeps 「学校周边200米范围内禁止…」 stays a target.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.class_figures import picked_class
from desktop.core.parse.unit_shapes import looks_like_unit


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_SUSPENSION = """某市关于加强预留用地管理的若干意见

一、明确管理职责

（一）区政府负责辖区内预留用地的日常巡查，发现问题及时处置。

（二）市规划局负责预留用地的规划审核，每年组织一次评估。

二、规范过渡期管理

（一）规划编制管理。过渡期内，除下列情形外暂停区域内规划的编制：

1.市政、交通等基础设施项目可以根据需要开展专项规划编制。

2.涉及城市安全的项目可以按规定调整详细规划。

（二）项目审批管理。过渡期内，除下列情形外，暂停办理区域内各类项目的审批手续：

1.基础设施项目可以按照规划进行建设，并按规定办理有关手续。

2.对于区域内的现状企业，允许进行以下项目建设：

（1）在原有建筑面积范围内进行技术改造。

（2）经认定的优质项目进行翻建、扩建。

三、加强监督检查

市规划局会同区政府定期开展专项检查，对发现的问题督促整改。
"""


def test_suspension_with_nested_cases_is_one_task() -> None:
    tasks = _tasks(_SUSPENSION)
    assert "二/二" in tasks and not any(k.startswith("二/二/") for k in tasks)
    assert "二/一" in tasks and not any(k.startswith("二/一/") for k in tasks)


def test_lines_naming_a_doer_stay_items() -> None:
    text = _SUSPENSION.replace("（2）经认定的优质项目进行翻建、扩建。", "（2）由区政府负责组织优质项目认定。")
    tasks = _tasks(text)
    assert any(k.startswith("二/二/") for k in tasks)


def test_reserved_land_is_no_unit() -> None:
    assert not looks_like_unit("战略预留区")
    assert not looks_like_unit("预留区")
    assert looks_like_unit("临港开发区管委会")


def test_distance_band_naming_an_area_class() -> None:
    s = "对于中心城、沿江1公里范围以外的预留区内现状项目，可以按规定进行改建。"
    start = s.index("1公里")
    assert picked_class(s, start, start + 3, "公里")
    near = "学校周边200米范围内禁止设置网吧。"
    start = near.index("200")
    assert not picked_class(near, start, start + 4, "米")


_BASIS_POINT = """某区关于加强河道管理的若干意见

一、明确管理要求

（一）加强全区河道的日常巡查，发现问题及时处置。

（二）做好辖区内河道的保洁工作，每月开展一次检查。

二、{head}

区级规划应全面落实河道蓝线管控要求，结合实际深化细化河道保护范围。确需占用河道蓝线的应依法办理审批手续，并同步落实补偿措施。

三、强化监督考核

（一）定期对河道管理工作进行考核。

（二）保障河道管理经费。
"""


def test_work_after_its_basis_in_a_childless_point() -> None:
    tasks = _tasks(_BASIS_POINT.format(head="依托河道规划体系，深化蓝线空间落地"))
    assert "二" in tasks
    # (the plan's aims after its basis stay no task)
    assert "二" not in _tasks(_BASIS_POINT.format(head="依托河道规划体系，明确总体要求"))


def test_events_in_a_rhythm_named_before_it() -> None:
    text = _BASIS_POINT.replace("（二）保障河道管理经费。",
                                "（二）区应急局负责组织防汛演练，演练每年原则上为一次，力求实效。")
    targets = {"/".join([*t.path, t.number]): [(x.value, x.unit) for x in t.targets] for t in parse_text(text).tasks}
    assert (1.0, "次") in targets["三/二"]
    # (「…演练，原则上每年一次」 is p69b's rhythm-held class now — events an item holds in a rhythm, 1 次; the near
    # miss is a rhythm's check closing on its count with no floor, which both classes leave unread)
    near = _BASIS_POINT.replace("（二）保障河道管理经费。", "（二）区应急局负责组织防汛检查，每季度组织联合检查一次。")
    targets = {"/".join([*t.path, t.number]): [(x.value, x.unit) for x in t.targets] for t in parse_text(near).tasks}
    assert (1.0, "次") not in targets["三/二"]


def test_kinds_before_one_etc_head_are_one_name() -> None:
    from desktop.core.parse.sentence_names import read_names
    assert read_names("机关、企事业等单位负责各自单位的方案制定。")[0] == ["机关、企事业等单位"]
    assert read_names("区政府、企事业等单位负责各自单位的方案制定。")[0] == ["区政府", "企事业等单位"]


def test_described_agent_draws_up_its_plan() -> None:
    from desktop.core.parse.sentence_units import doer_units
    assert "机关、企事业等单位" in doer_units("由拟开放的机关、企事业等单位组织编制开放方案。")[1]
    assert not doer_units("由拟开放的机关、企事业等单位提出开放申请。")[1]


def test_count_of_what_the_work_advances() -> None:
    from desktop.core.parse.figure_targets import sentence_targets
    got = [(t.value, t.unit) for t in sentence_targets("至年底，推进100个以上的单位附属空间对社会开放。", None)]
    assert (100.0, "个") in got
    assert not sentence_targets("对100个以上的单位开展检查。", None)


def test_a_partys_plan_reviewed_names_no_one() -> None:
    from desktop.core.parse.sentence_units import doer_units
    assert not doer_units("对涉及改建的项目，方案还应先由市绿化市容局审核同意。")[1]
    assert doer_units("方案由市绿化市容局负责审核。")[1] == ["市绿化市容局"]


def test_described_agent_works_after_its_plan() -> None:
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("由开放方案中明确的实施主体按照备案的开放方案推进实施建设。")[1] == ["实施主体"]
    assert not doer_units("由开放方案中明确的实施主体按照规定缴纳费用。")[1]


def test_records_entered_in_the_system() -> None:
    from desktop.core.parse.duties import find_duties
    assert find_duties("补划等工作按有关规定在相应系统内填报。", 2022)
    assert not find_duties("各区按规定填报相关数据。", 2022)

"""Round 69 (p69d): a suspension with the cases it does not reach, land a plan holds back, and a distance band naming
a class of area.

- A suspension of the scheme's own work over the cases it does not reach 「过渡期内，除下列情形外，暂停办理…手续：⏎
  1.…可以…⏎2.…允许以下项目：⏎（1）…」, some lines with cases of their own: one task, its lines at every depth its text
  (Round 99's x363_02 五、（一）（二）; Round 78's (b)) — not where a line names a doer of its own 「…由区政府负责…」.
- Land a plan holds back 「战略预留区实施过渡期管控政策」: a zone, no unit (as 禁建区) — a body that names its zone
  「某某开发区管委会」 stays one.
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

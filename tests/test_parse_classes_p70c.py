"""Round 70 (p70c): an 应急预案 in decimal headings whose 目录 ends with its 附件 entry.

- A 目录 of decimal headings whose last entry is the annex 「…⏎9.2预案实施⏎附件：成员单位职责分工」, the body starting
  again at 「1.总则」: the 附件 line closes the contents, not the text — the body's items, units and duties are read
  (before, everything after it was the trailer, and only the contents' bare headings stood as tasks). Near miss: the
  body's own 「附件」 line after its last heading, its duty lines numbered 1. 2. anew, still ends the text.
- The 总则 chapter printed with a point 「1.总则」 over 「1.1编制目的」「1.3适用范围（1）…」: its points are
  general provisions, no tasks, as under 「1总则」 (outline_provisions) — not a later chapter's points, and not a
  总则 point that gives a body work.
- A decimal outline's closing point 「8.4预案实施 本预案由A组织实施。本预案自印发之日起实施，有效期为5年。」
  「8.1预案解释 本预案由A负责编制与解释，并报B备案。」「9.3 本预案由A会同相关部门负责具体解释与组织实施。」: the
  plan's holder and its entry into force, no task (outline_provisions) — not the plan's revision 「本预案由A根据
  实际情况，适时评估修订。」, nor a point with work beside the closing words.
- Two full names joined by 或／或者, each with its level 「由区政府、市级应急管理单元或市相关职能部门负责」
  「由镇人民政府或者街道办事处负责」: either doer, both units (round 30's 由A或B; units) — not fields before one
  head 「权属或管理单位」, nor a level shared 「市或区政府」; and a level's emergency management unit 「市级应急
  管理单元」 is a body (area_groups), not a unit of count 「以居委会…为基本单元」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.unit_shapes import looks_like_unit
from desktop.core.parse.units import split_units


def _read(text: str) -> tuple[dict[str, list[str]], list[str]]:
    plan = parse_text(text)
    return ({"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in plan.tasks},
            [d.text for d in plan.duties])


_BODY = """1.总则

1.1编制目的

为做好本县防汛人员撤离工作，制定本预案。

2.组织体系

2.1县防汛指挥部

县防汛指挥部主要职责如下：

（1）发布人员撤离指令；

（2）调度各方力量做好撤离人员运输；

（3）撤离行动完成后，应当及时向县政府报告撤离安置情况。

2.2撤离场所管理单位

撤离场所管理单位主要负责场所内设施的提供和更新，县交通局负责撤离车辆的调度保障。

3.预案管理

3.1预案演练

每年至少组织一次撤离演练。

3.2预案实施

本预案自发布之日起施行。

附件

成员单位职责分工

1.县交通局：负责撤离车辆保障。

2.县卫健委：负责医疗救护。
"""

_CONTENTS = """某县防汛人员撤离预案

目  录

1.总则

1.1编制目的

2.组织体系

2.1县防汛指挥部

2.2撤离场所管理单位

3.预案管理

3.1预案演练

3.2预案实施

附件：撤离工作成员单位职责

"""


def test_contents_annex_entry_does_not_end_the_text():
    tasks, duties = _read(_CONTENTS + _BODY)
    assert tasks["2/2.1/1"] == ["县防汛指挥部"]                # the body's items read with their bodies
    assert tasks["2/2.2"] == ["撤离场所管理单位"]
    assert any("报告撤离安置情况" in d for d in duties)            # and its duties
    assert not any("县卫健委" in u for us in tasks.values() for u in us)   # the body's own 附件 still ends it


def test_body_annex_line_still_ends_the_text():
    tasks, duties = _read("某县防汛人员撤离预案\n\n" + _BODY)
    assert tasks["2/2.1/1"] == ["县防汛指挥部"] and tasks["2/2.2"] == ["撤离场所管理单位"]
    assert any("报告撤离安置情况" in d for d in duties)
    assert not any("县卫健委" in u for us in tasks.values() for u in us)


_OUTLINE = """某县防汛人员撤离预案

1.总则

1.1编制目的

为做好本县防汛人员撤离工作，制定本预案。

1.2适用范围

本预案适用于以下情况：

（1）本县行政区内危险区域人员的撤离；

（2）外县人员转移到本县的安置。

2.组织体系

2.1县防汛指挥部

县防汛指挥部主要职责如下：

（1）发布人员撤离指令；

（2）调度各方力量做好撤离人员运输；

2.2撤离场所管理单位

撤离场所管理单位主要负责场所内设施的提供和更新。

3.预案管理

3.1预案修订

本预案由县应急局根据实际情况，适时评估修订。

3.2预案解释

本预案由县应急局负责编制与解释，并报市应急局备案。

3.3预案实施

本预案由县应急局组织实施。

本预案自印发之日起实施，有效期为5年。

3.4预案宣传

县应急局会同有关部门负责本预案的宣传培训。本预案自印发之日起实施。
"""


def test_general_chapter_printed_with_a_point():
    tasks, _duties = _read(_OUTLINE)
    assert not any(k.startswith("1/") for k in tasks)         # 1.1, 1.2（1）（2）: general provisions
    assert "2/2.1/1" in tasks and "2/2.2" in tasks            # the chapters after it keep their points


def test_general_point_giving_work_stays():
    tasks, _duties = _read(_OUTLINE.replace("为做好本县防汛人员撤离工作，制定本预案。",
                                            "县应急局负责统筹协调全县人员撤离工作。"))
    assert tasks.get("1/1.1") == ["县应急局"]


def test_closing_points_of_an_outline():
    tasks, _duties = _read(_OUTLINE)
    assert "3/3.2" not in tasks and "3/3.3" not in tasks      # the plan's holder, its entry into force
    assert tasks["3/3.1"] == ["县应急局"]                       # its revision: the body's work
    assert "3/3.4" in tasks                                    # work beside the closing words


def test_two_full_names_joined_by_or():
    assert split_units("区政府、市级应急管理单元或市相关职能部门")[0] == [
        "区政府", "市级应急管理单元", "市相关职能部门"]
    assert split_units("镇人民政府或者街道办事处")[0] == ["镇人民政府", "街道办事处"]
    tasks, _duties = _read("某区防汛工作方案\n\n一、信息发布\n\n（一）一般事件的信息发布工作，由区政府、"
                           "市级应急管理单元或市相关职能部门负责。\n")
    assert tasks["一/一"] == ["区政府", "市级应急管理单元", "市相关职能部门"]


def test_fields_or_a_level_before_one_head_stay_one_name():
    assert split_units("权属或管理单位")[0] == ["权属或管理单位"]
    assert split_units("市或区政府")[0] == ["市或区政府"]
    assert looks_like_unit("属地应急管理单元")
    assert not looks_like_unit("基本单元")

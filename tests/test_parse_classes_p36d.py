"""Round 36 unit classes (p36d): under a heading that gives out work every body given work is a unit —
in 「B配合A开展」「A协调／协助B做好」「A牵头协调联系B」「A指导B开展」「会同B做好」「移交B处理」 both A and B;
a body named only as a circumstance 「在A的指导下」, the object of 督促, and an exception clause
「各职能管理部门除…依法履职外」 name none (CONVENTIONS.md, "Round 36 rulings, written early" → Units).
Made-up snippets written the way work plans are written."""

from __future__ import annotations

from desktop.core.parse import parse_text


def by_key(plan):
    return {"/".join([*t.path, t.number]): t for t in plan.tasks}


DUTIES = ("某县城区排涝设施运行管理实施意见\n\n"
          "一、工作职责\n"
          "（一）县水利局负责全县排涝泵站的行业监管，指导各乡镇水利站开展泵站巡查工作。\n"
          "（二）各乡镇水利站具体负责辖区泵站的日常维护，并接受和配合县水利局开展监督检查。\n"
          "（三）县城管局负责城区道路积水的巡查，发现违规占用排水设施的，移交县综合执法大队处理。\n"
          "（四）县应急局负责汛期值守，协调县气象局、县交通局等部门做好预警发布工作。\n"
          "（五）县住建局负责排水管网建设，会同有关部门做好管网普查工作。\n"
          "（六）各职能部门除依照法律法规依法履职外，县财政局负责落实运行维护经费。\n"
          "（七）各村委会要做好村内沟渠清理，在县水利局的指导下建立巡查台账。\n"
          "（八）县水利局负责年度考核，督促各乡镇水利站落实整改。\n")


def test_pivot_objects_under_a_duty_heading_are_units():
    got = by_key(parse_text(DUTIES))
    assert got["一/一"].responsible_units == ["县水利局", "各乡镇水利站"]
    assert got["一/二"].responsible_units == ["各乡镇水利站", "县水利局"]
    assert got["一/三"].responsible_units == ["县城管局", "县综合执法大队"]
    assert got["一/四"].responsible_units == ["县应急局", "县气象局", "县交通局"]
    assert got["一/五"].lead_units == []            # (会同 in a duty paragraph: no lead, round 35)
    assert got["一/五"].responsible_units == ["县住建局", "有关部门"]


def test_exception_clause_guide_and_oversight_name_no_unit():
    got = by_key(parse_text(DUTIES))
    assert got["一/六"].responsible_units == ["县财政局"]
    assert got["一/七"].responsible_units == ["各村委会"]          # (在A的指导下: a circumstance)
    assert got["一/八"].responsible_units == ["县水利局"]          # (the object of 督促: oversight)


PLAIN = ("某县城区排涝设施运行管理实施意见\n\n"
         "一、加强排涝设施管理\n"
         "（一）各乡镇水利站要加强泵站日常维护，配合县水利局开展监督检查。\n"
         "（二）县城管局负责城区道路积水的巡查，协调县气象局做好预警发布工作。\n"
         "二、强化保障\n"
         "（一）县财政局负责落实运行维护经费。\n")


def test_near_miss_without_a_work_heading_is_unchanged():
    got = by_key(parse_text(PLAIN))
    # no heading that gives out work: the pivot's object is not read (round 34's closed list)
    assert got["一/二"].responsible_units == ["县城管局"]

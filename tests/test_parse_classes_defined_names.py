"""A short name the plan defines for a body 「A（以下简称“X”）」 is that body: one unit, X its alias (the store then
keeps one unit, the roster and the dashboard list it once); each task still shows the name as its item prints it."""

from desktop.core.parse import parse_text


def _units(text: str) -> dict[str, list[str]]:
    return {u.name: list(u.aliases) for u in parse_text(text).units}


def test_a_defined_short_name_is_an_alias_of_the_body_before_it():
    plan = parse_text("关于推进街面环境整治的工作方案\n一、主要任务\n"
                      "（一）加强巡查。由区绿化市容管理局（以下简称“区绿化部门”）负责，2025年6月底前完成。\n"
                      "（二）落实保洁。区绿化部门负责组织作业单位落实保洁，2025年9月底前完成。\n"
                      "（三）加强执法。由区城管执法局负责，2025年10月底前完成。\n")
    assert {u.name: list(u.aliases) for u in plan.units} == {"区绿化市容管理局": ["区绿化部门"], "区城管执法局": []}
    assert [t.responsible_units or t.lead_units for t in plan.tasks] == [
        ["区绿化市容管理局"], ["区绿化部门"], ["区城管执法局"]]      # each as its item prints it


def test_the_short_name_met_first_joins_the_full_name_met_later():
    units = _units("关于推进街面环境整治的工作方案\n区河道管理所（简称：区河管所）会同各街镇做好河道保洁。\n"
                   "一、主要任务\n（一）加强巡查。由区河管所负责，2025年6月底前完成。\n"
                   "（二）落实保洁。由区河道管理所负责，2025年9月底前完成。\n")
    assert units == {"区河管所": ["区河道管理所"]}


def test_a_name_no_bracket_defines_stays_its_own_unit():
    # near miss: 区绿化部门 is not defined as 区绿化市容管理局's short name here — two bodies as printed
    units = _units("关于推进街面环境整治的工作方案\n一、主要任务\n"
                   "（一）加强巡查。由区绿化市容管理局负责，2025年6月底前完成。\n"
                   "（二）落实保洁。区绿化部门负责组织作业单位落实保洁，2025年9月底前完成。\n")
    assert units == {"区绿化市容管理局": [], "区绿化部门": []}


def test_a_short_name_for_a_list_of_bodies_joins_none_of_them():
    # near miss: 「A、B及C（以下简称“X”）」 names several bodies; X is no alias of C
    units = _units("关于推进街面环境整治的工作方案\n"
                   "嘉定区建管委、青浦区建管委及临港管委会（以下简称“重点区域建管部门”）按本方案组织实施。\n一、主要任务\n（一）加强巡查。由临港管委会负责，2025年6月底前完成。\n"
                   "（二）落实保洁。由重点区域建管部门负责，2025年9月底前完成。\n")
    assert units == {"临港管委会": [], "重点区域建管部门": []}

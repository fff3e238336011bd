"""Round 45 (s45d): names cut or merged by the plan's own words.

- A name cut inside the field words 城乡建设 (「上海市住房和城乡|建设管理委员会」 read as a township 乡 before the verb
  建设): 城乡／城镇 name no township; a township before a verb 「石门乡建设…」 stays cut.
- A body whose short name a bracket defines 「A（以下简称B）会同C…」: the bracket is no part of A's name.
- A full name and the short name it defines both acting in one item are each given as printed (round 43); an item
  that prints the short name alone keeps it alone.
"""

from desktop.core.parse import parse_text
from desktop.core.parse.prose_units import unit_then_verb

DIVISION = """一、总体要求

做好本市农民工工资专用账户管理。

二、管理职责

江州市住房和城乡建设管理委员会负责本市专用账户的综合协调和监督管理。

江州市人力资源和社会保障局（以下简称市人力资源社会保障局）会同市住房城乡建设管理委做好支付监控工作。

市住房城乡建设管理委、市交通委、市水务局等部门按照职责分工，负责相关专业工程的具体监督管理。

三、其他

本通知自2026年1月1日起施行。
"""

BOTH = """一、总体要求

做好本区工程初步设计审查工作。

二、管理部门

本区建设和管理委员会（以下简称区建设管理委）负责会同本区发展和改革委员会（以下简称区发展改革委）对本区政府投资项目初步设计组织评审。区建设管理委负责技术评审管理工作，区发展改革委负责投资审查管理工作。

三、审查程序

（一）区建设管理委负责受理初步设计申请。

（二）区发展改革委负责审核项目概算。
"""


def _task(text: str, number: str, parent: str | None = None):
    return next(t for t in parse_text(text).tasks
                if t.number == number and (parent is None or t.path[-1:] == [parent]))


def test_field_words_cut_no_name():
    assert unit_then_verb("市住房城乡建设管理委指导各区开展检查") == "市住房城乡建设管理委"
    assert unit_then_verb("青山区住房和城乡建设局组织开展排查") == "青山区住房和城乡建设局"
    assert unit_then_verb("某县城镇规划局组织编制规划") == "某县城镇规划局"


def test_township_before_verb_still_cut():
    assert unit_then_verb("石门乡建设村级服务站") == "石门乡"


def test_defined_short_name_bracket_dropped():
    text = "江州市人力资源和社会保障局（以下简称市人力资源社会保障局）会同市住房城乡建设管理委做好监控工作"
    assert unit_then_verb(text) == "江州市人力资源和社会保障局"
    assert unit_then_verb("区政府（管委会）组织开展排查") == "区政府（管委会）"     # no definition: the bracket stays


def test_division_paragraphs_keep_whole_names():
    units = _task(DIVISION, "二").responsible_units
    assert "江州市住房和城乡建设管理委员会" in units
    assert "江州市人力资源和社会保障局" in units
    assert "市住房城乡建设管理委" in units and "市交通委" in units and "市水务局" in units
    assert not any(u.endswith("城乡") for u in units)


def test_full_and_short_name_both_given():
    task = _task(BOTH, "二")
    assert task.lead_units == ["本区建设和管理委员会"]
    assert set(task.responsible_units) == {"本区发展和改革委员会", "区建设管理委", "区发展改革委"}


def test_short_name_alone_stays_alone():
    assert _task(BOTH, "一", "三").responsible_units == ["区建设管理委"]
    assert _task(BOTH, "二", "三").responsible_units == ["区发展改革委"]


# 「A或B＋verb」 with two kinds of doer: either does the work, both are units (rule 2, 「由A或B指定专人负责」);
# a level or 各 sharing one head 「市或区政府」 stays one name
def test_either_doer_both_units():
    from desktop.core.parse.prose_units import split_joined
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("片区更新平台或开发企业组织设计单位编制实施方案。")[1] == ["片区更新平台", "开发企业"]
    assert split_joined("城市更新综合体或实施主体") == ["城市更新综合体", "实施主体"]


def test_either_shared_head_stays_one():
    from desktop.core.parse.prose_units import split_joined
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("市或区政府负责确定实施主体。")[1] == ["市或区政府"]
    assert split_joined("市或者区绿化管理部门") == ["市或者区绿化管理部门"]
    assert split_joined("各岸段使用或管理单位") == ["各岸段使用或管理单位"]
    assert split_joined("乡镇或街道办事处") == ["乡镇或街道办事处"]

"""Round 42 (p42c), unit names in a list: 「A、B等相关部门及各区」 — a category tail
「等相关部门／等有关部门」 after separately named bodies, followed by 及／和 and a second group 各X, says what
the named bodies are (CONVENTIONS.md 「Names」: 「A、B、C等部门」 with separate heads give A, B, C, the 等… tail
dropped); the group after 及 is a unit of its own. Near misses keep their readings: the tail standing at the
list's end 「A等有关部门负责」 (plans-dev's group), the tail joined to 单位 「A等有关部门和单位」 (a group name),
fields before one head 「人事、卫生等部门及各区」 (one name as printed, round 31). Made-up snippets written the
way such notes are printed."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.units import split_units


def test_category_tail_before_a_group_is_dropped() -> None:
    names = split_units("市林业局、市水务局、市海洋局等相关部门及各县（市、区）")[0]
    assert names == ["市林业局", "市水务局", "市海洋局", "各县（市、区）"]
    names = split_units("省民政厅、省财政厅等有关部门和各市州")[0]
    assert names == ["省民政厅", "省财政厅", "各市州"]


def test_near_misses_keep_their_reading() -> None:
    # the tail ending the list: a group, as plans-dev reads 「海关总署、商务部等有关部门负责」
    assert "有关部门" in split_units("省商务厅、省财政厅等有关部门")[0]
    # the tail joined to 单位: one group name (plans-dev 02 二/（五）)
    assert "有关部门和单位" in split_units("人力资源社会保障厅等有关部门和单位")[0]
    # fields before one head: one name as printed, 各区 apart
    assert split_units("人事、卫生等部门及各区")[0] == ["人事、卫生等部门", "各区"]
    # separate heads with a plain 等部门 tail before 及各区: unchanged
    assert split_units("市科委、市教委等部门及各区")[0] == ["市科委", "市教委", "各区"]


PLAN = """某市外来有害生物防控工作方案
一、重点任务
（一）开展普查。组织开展外来有害生物普查，摸清分布底数。(市农业农村委、市林业局、市海关等相关部门及各区按职责分工负责)
（二）加强监测。布设监测站点，定期开展监测。(市农业农村委、市林业局等有关部门按职责分工负责)
"""


def test_plan_note_names_the_bodies_and_the_group() -> None:
    tasks = parse_text(PLAN).tasks
    assert len(tasks) == 2
    assert list(tasks[0].responsible_units) == ["市农业农村委", "市林业局", "市海关", "各区"]
    assert "有关部门" in list(tasks[1].responsible_units)       # the tail ending the note stays (near miss)


# 「镇、园区」: a level standing alone before 、 names that level's body when a body of another kind follows
# (CONVENTIONS.md round 42: bare names with no shared head after them are one body each); 「市、区水务局」「镇、村两级」
# share a head or are two levels, one name as printed
def test_a_lone_level_before_a_body_of_another_kind_stands_apart() -> None:
    from desktop.core.parse.sentence_names import read_names

    assert read_names("镇、园区按照产业导向组织土地出让")[0] == ["镇", "园区"]
    assert read_names("村、居民区负责落实巡查看护")[0] == ["村", "居民区"]
    assert read_names("市、区水务局负责监督检查")[0] == ["市、区水务局"]      # two levels, one head
    assert read_names("区、街镇负责日常巡查")[0] == ["区、街镇"]              # a level, then 街镇: as printed
    assert read_names("省、自治区人民政府负责组织实施")[0] != ["省", "自治区人民政府"]


TOWN_PLAN = """某区存量工业用地盘活实施方案
一、主要措施
（一）协议收储。镇、园区负责组织认定具有盘活价值的存量工业用地，报区政府同意后实施收储。
（二）加强监管。市、区规划资源部门负责对盘活地块开展跟踪监管。
"""


def test_the_town_and_the_park_are_two_units() -> None:
    tasks = parse_text(TOWN_PLAN).tasks
    assert [list(t.responsible_units) for t in tasks] == [["镇", "园区"], ["市、区规划资源部门"]]


# 「区财政局<区金融办>」: a body's other hat in angle brackets after its name stays as printed (round 42: a
# bracket naming other hats of the same body stays); levels 「各县<市、区>人民政府」 stay as before;
# a role 「<牵头>」 is no name
def test_a_hat_in_angle_brackets_stays_with_the_name() -> None:
    assert split_units("县财政局<县金融办>、县城投集团")[0] == ["县财政局<县金融办>", "县城投集团"]
    assert split_units("区建设管理委〈区交通委〉")[0] == ["区建设管理委〈区交通委〉"]
    assert split_units("各县<市、区>人民政府")[0] == ["各县<市、区>人民政府"]
    assert split_units("区财政局<牵头>")[0] == ["区财政局"]
    assert split_units("区财政局<具体负责资金拨付>")[0] == ["区财政局"]       # a note, not a hat

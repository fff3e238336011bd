"""Round 45 (r45a): the Round 47 rulings read by the parser — 其他部门 a kind (q44a), 拨付／结算 of money a payer's
(decided), a level word as a subject (turned) and 同级 (decided) — each in made-up wordings, with near misses that must
not change."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    plan = parse_text(text)
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in plan.tasks}


# 1. q44a: 其他部门 (bare, 其他有关部门, 其他相关部门) is a kind, a doer with 负责 or after the doers;
# 其他单位 stays a call
@pytest.mark.parametrize("text,want", [
    ("其他有关部门负责配合。", ([], ["其他有关部门"])),
    ("区应急局、区公安分局及其他相关部门负责日常巡查。", ([], ["区应急局", "区公安分局", "其他相关部门"])),
    ("其他单位负责配合。", ([], [])),                                  # near miss: 其他单位 a general call
    ("其他有关单位负责配合。", ([], [])),                              # near miss
    ("由其上级主管部门负责指导。", ([], ["上级主管部门"])),            # near miss: 其 still a pronoun
])
def test_other_departments_are_a_kind(text, want):
    assert doer_units(text) == want


_AFTER_DOERS = """关于推进废旧物资回收网络建设的工作方案
一、主要任务
（一）完善回收网点。各街镇新建一批回收网点。
二、保障措施
由区商务委、区绿化市容局等部门组建工作专班，统筹推进回收网络建设。{who}按照职责分工，参加相关工作，落实部门责任。
"""


@pytest.mark.parametrize("who,want", [
    ("其他部门", ["区商务委", "区绿化市容局", "其他部门"]),
    ("其他相关部门", ["区商务委", "区绿化市容局", "其他相关部门"]),
    ("其他单位", ["区商务委", "区绿化市容局"]),                       # near miss: a general call adds none
])
def test_other_departments_after_the_doers(who, want):
    assert _units(_AFTER_DOERS.format(who=who))["二"][1] == want


_DUTY_ITEMS = """关于加强历史建筑保护管理的实施办法
第一条（目的）为加强历史建筑保护管理，制定本办法。
第二条（部门职责）
（一）区房管局负责历史建筑的日常管理；
（二）{who}按照各自职责，协同做好相关工作。
第三条（施行）本办法自印发之日起施行。
"""


@pytest.mark.parametrize("who,want", [("其他部门", ["其他部门"]), ("其他单位", [])])
def test_other_departments_under_a_duty_heading(who, want):
    assert _units(_DUTY_ITEMS.format(who=who))["2/二"][1] == want


# 2. decided: 由A＋拨付／结算 of money names a payer, no unit; 由A负责拨付 stays work; 拨付 of supplies is work
_FUNDS = """关于历史建筑修缮补助资金的管理办法
第一条（目的）
为规范补助资金管理，制定本办法。
第二条（资金拨付）
补助资金由区财政局拨付至项目实施单位。
第三条（资金拨付）
补助资金由区财政局负责拨付。
第四条（费用结算）
巡查费用由区城管执法局按季度结算。
第五条（物资拨付）
应急物资由区应急局拨付至各街镇。
第六条（施行）
本办法自印发之日起施行。
"""


def test_paying_money_names_a_payer():
    got = _units(_FUNDS)
    assert got.get("2", ([], []))[1] == []
    assert got["3"][1] == ["区财政局"]                                  # near miss: 负责 makes it work
    assert got.get("4", ([], []))[1] == []
    assert got["5"][1] == ["区应急局"]                                  # near miss: no money, work


# 3. turned: a level standing as a subject 「镇级每月组织…」 names that level's bodies, one group as printed;
# 各级 stays a call to all, a range 「县级以上…」 is no level's subject,
# a place speaking of itself 「镇将…」 stays a place
@pytest.mark.parametrize("text,want", [
    ("镇级每月组织联合巡查。", ([], ["镇级"])),
    ("区级负责统筹协调。", ([], ["区级"])),
    ("镇级相关单位每月组织联合巡查。", ([], ["镇级相关单位"])),       # near miss: the level's bodies named
    ("各级每月组织联合巡查。", ([], [])),                              # near miss: a call to all
    ("镇将每月组织联合巡查。", ([], [])),                              # near miss: a place
    ("由县级以上人民政府部门起草。", ([], [])),                        # near miss: a range, no subject
])
def test_a_level_as_the_subject(text, want):
    assert doer_units(text) == want


# 4. decided: 同级 is a level word, the name is printed whole
def test_the_same_level_is_part_of_the_name():
    assert doer_units("由同级国资管理部门进行考核。") == ([], ["同级国资管理部门"])

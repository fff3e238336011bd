"""Round 67 (p67j): run-on site chunks, worded floors and bands, a case's report and a group's roster.

- A site's dot between a run-on title and the text's opening words 「…工作意见 . 为提高…」: the title — not a dot
  before other words.
- 一 joined to 以上 after the clause's aim word 「力争全年一次以上进入…」: a floor, 1 次 (as 两次以上) — not a case
  「发生一次以上事故的」.
- The disaster's own news told up as a step of the response 「…;上报灾情,争取…支持」: an undated duty — not a
  nomination 「上报项目」.
- A point headed by the group it sets up, its roster printed (a post broken over two lines 「组⏎长:…」): the group no
  unit — not a group given work where no roster is printed.
- A party heading under a 责任主体 point over a paragraph it opens 「（二）使用管理单位⏎使用管理单位履行…。…为使用
  管理单位」: its unit — not a zone the point defines 「…范围为X」.
- The ways a fund is raised 「…经费的筹集途径主要包括：⏎1.…自筹资金；」: sources, no items — not lines that give
  bodies work.
- Points of principle each headed 「…原则。」 under 「工作原则」 naming no 负责／牵头／会同, and lines that each score
  a case 「…加1分，上限2分」 with no doer (the point over them no task either): text, no items — not a principle
  that places work, nor lines that give work.
- A band of floors in a rule's case 「村民新建两层或者两层以上农村住房的应…」 or in a list of qualities closed by 等
  「用作经营、三层及以上、人员密集等重点农房」: no target — not the floors the work builds 「新建三层以上农房」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties
from desktop.core.parse.targets import find_targets


def _floors(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, 2024)]


def test_site_dot_after_run_on_title() -> None:
    body = ("某镇人民政府年环境整治工作意见 . 为改善村容村貌,提升群众满意度,结合本镇实际,现提出意见: "
            "一、主要工作 1、深入开展环境整治。各村要清理垃圾,确保村容整洁,全面推进整治工作取得成效。"
            "2、加强巡查管理。镇城管办要加强日常巡查,发现问题及时处理,确保整治成果得到巩固。")
    assert parse_text(body).title == "某镇人民政府年环境整治工作意见"


def test_one_above_after_aim_word() -> None:
    assert (1.0, "次") in _floors("巩固整治成果,力争全年一次以上进入全市先进街道行列。")
    assert (2.0, "次") in _floors("巩固整治成果,力争全年两次以上进入全市先进街道行列。")
    assert _floors("发生一次以上安全事故的,取消评优资格。") == []


def test_disaster_news_told_up() -> None:
    assert find_duties("四、善后工作\n应急结束后,组织灾后重建;上报灾情,争取上级支持,确保群众生活稳定。\n", 2024)
    assert not find_duties("四、善后工作\n应急结束后,组织灾后重建;上报项目,争取上级资金支持。\n", 2024)


_ROSTER = """某村人居环境整治工作实施方案

为改善村容村貌,特制定本方案。

一、整治范围

某村一组

二、组织领导小组

组
长:某某
成员:某某
某某

领导小组全面负责整治工作,指导、监督各组整治工作,布置工作任务,检查整治进展。

三、整治内容

1、清理垃圾。村委会负责清理道路两侧积存垃圾,确保村容整洁。

2、整治乱堆乱放。村委会负责整治房前屋后乱堆乱放现象。
"""


def _units(text: str) -> dict[str, list[str]]:
    return {t.title: [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


def test_group_with_broken_roster_no_unit() -> None:
    units = _units(_ROSTER)
    assert units["组织领导小组"] == []
    # (near miss: the same point with no roster printed keeps the group its sentence names)
    bare = _ROSTER.replace("组\n长:某某\n成员:某某\n某某\n\n", "")
    assert _units(bare)["组织领导小组"] == ["领导小组"]


def test_floors_in_a_case_or_a_list_of_qualities() -> None:
    assert _floors("村民新建两层或者两层以上农村住房的应使用具备资质的设计单位设计。") == []
    assert _floors("重点聚焦用作经营、三层及以上、人员密集、房龄老旧等重点农房,建立隐患台账。") == []
    assert _floors("今年新建三层以上农房。") == [(3.0, "层")]


_PARTIES = """某区加装电梯管理指导意见

一、管理的责任主体

（一）电梯使用管理单位

电梯使用管理单位履行电梯安全管理义务，对日常使用安全负责。所有权人须委托物业服务企业等市场主体为电梯使用管理单位。

（二）电梯维护保养单位

电梯维护保养单位承担电梯维护保养业务，对电梯的安全性能负责。

二、保障措施

区房管局负责指导监督。
"""


def test_party_heading_over_its_paragraph() -> None:
    units = _units(_PARTIES)
    assert units["电梯使用管理单位"] == ["电梯使用管理单位"]
    assert units["电梯维护保养单位"] == ["电梯维护保养单位"]
    # (near miss: a zone the point defines 「…范围为核心控制区」, its paragraph not opened by the name)
    zone = _PARTIES.replace("电梯使用管理单位履行电梯安全管理义务", "道路两侧可视范围为电梯使用管理单位，加强管理")
    assert units != _units(zone)


_FUNDS = """某区老旧小区电梯管理办法

一、经费管理

（一）经费筹集

设立电梯管理经费账户，所有权人应当按照协议自行筹集管理经费。

管理经费的筹集途径主要包括：

1.所有权人自筹资金；

2.专项账户的余额；

3.其他出资方式。

（二）经费使用

所有权人应当按照约定使用管理经费。

二、监督管理

区房管局负责监督检查。
"""


def test_fund_raising_ways_no_items() -> None:
    titles = [t.title for t in parse_text(_FUNDS).tasks]
    assert not any("自筹资金" in t for t in titles)
    # (near miss: lines that each give a body work stay items)
    work = _FUNDS.replace("管理经费的筹集途径主要包括：", "管理经费的筹集工作如下：").replace(
        "1.所有权人自筹资金；", "1.区财政局负责安排补助资金；").replace(
        "2.专项账户的余额；", "2.各街道负责督促所有权人筹集资金；")
    assert any("区财政局" in t.title or "安排补助资金" in t.title for t in parse_text(work).tasks)


_PRINCIPLES = """某区物业服务评价实施意见

一、工作原则

（一）自愿参与原则。符合条件的小区，由物业企业提出申请，经审核通过的纳入评价范围。

（二）公平公正原则。各街道在开展评价工作时应坚持公平公正原则，杜绝人情干扰。

二、工作职责

（一）区房管局。负责全区评价工作的统筹协调。

（二）街道办事处。负责辖区内评价工作的组织实施。

三、评价内容

（一）日常测评

街道对小区物业服务情况进行日常测评。

（二）加分情形

1.物业企业及时完成安全隐患处置的，完成一项加1分，上限2分；

2.被区级以上媒体通报表扬的，区级加1分，市级加2分。
"""


def test_principle_points_and_scoring_lines_no_items() -> None:
    titles = [t.title for t in parse_text(_PRINCIPLES).tasks]
    assert not any("原则" in t for t in titles)
    assert not any("媒体通报表扬" in t or "安全隐患处置" in t or "加分情形" in t for t in titles)
    # (near misses: a principle that places work by 负责, and lines that give a body work, stay items)
    placed = _PRINCIPLES.replace("各街道在开展评价工作时应坚持公平公正原则", "区房管局负责对评价工作进行监督")
    assert any("原则" in t.title for t in parse_text(placed).tasks)
    worked = _PRINCIPLES.replace("1.物业企业及时完成安全隐患处置的，完成一项加1分，上限2分；",
                                 "1.区房管局负责组织复核加分材料；")
    assert any("复核" in t.title for t in parse_text(worked).tasks)
    # (… nor case lines under a lead-in sentence 「…涉及以下情形的，积分相应扣减：」: read as items, round 32)
    led = _PRINCIPLES.replace("（二）加分情形\n", "（二）积分扣减\n\n初始积分为100分，涉及以下情形的，积分相应扣减：\n")
    assert any("安全隐患处置" in t.title for t in parse_text(led).tasks)

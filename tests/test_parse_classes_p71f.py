"""Round 71 (p71f): an article's lead-in handed to its items, a bureau's name with 和 inside it, a work's conditions.

- A body's own filing of listed papers 「A核发证书后，应当按照档案管理要求将申请材料及下列文书及时立卷归档：⏎
  （一）…」: each line takes A, the act's own time clause before the modal 「A核发…后，」 (Round 105 on x376_03
  第十三条; Round 55's listed objects of the lead-in's verb) — not papers a party hands in 「申请人应当将下列材料
  报送…：」.
- A work clause of supervision closing on the colon 「A应当按照…要求，对X进行全过程监管：⏎（一）…」: each line
  A's (round 44's parts of a work clause) — not a lead-in naming no body 「对X进行全过程监管：」.
- A group opened by 各 whose tail is a field 「各区住房保障和房屋管理局」「各区人力资源和社会保障局」: one bureau's
  name with 和 inside it (round 31, as printed) — 「各街镇和区房管局」 stays two.
- The conditions a work must meet 「…的，该地块的配套建设应当满足以下条件：⏎（一）…时，A应当落实…⏎（二）…时，
  …须同步建成」 over lines that each bind: each line a task (Round 87's governs on x328_03; Round 105 on x376_03
  第六条) — not a party's conditions 「申请人应当具备下列条件：⏎（一）具有…」, no task.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_RULES = """某市房屋管理局关于印发《某市商品房交付管理细则》的通知

各有关单位：

现将《某市商品房交付管理细则》印发给你们，请认真按照执行。

某市房屋管理局

2024年3月1日

某市商品房交付管理细则

第一条 为规范商品房交付管理，制定本细则。

第二条 某市房屋管理局（以下简称市房管局）是本市商品房交付的主管部门，负责制定交付管理政策。\
各区住房保障和房屋管理局（以下简称区房管局）负责本区商品房交付证书的核发，业务上接受市房管局的指导。

第三条 区房管局核发交付证书后，应当按照档案管理要求将开发企业提交的申请材料及下列文书及时立卷归档：

（一）商品房交付证书；

（二）现场查验记录表；

（三）查验拍摄的照片。

第四条 区房管局应当按照配套设施与住宅同步交付的要求，对项目建设进行全过程监管：

（一）在开发企业办理规划手续时，告知其必须达到的交付标准；

（二）建立项目台帐，掌握配套设施建设进度。

第五条 商品房分批交付的，该小区的配套建设应当满足以下条件：

（一）配套道路尚未建成时，开发企业应当设置临时通道。

（二）交付户数达到小区总户数的一半时，小区的幼儿园须同步建成。

第六条 本细则自2024年5月1日起施行。
"""

_NEAR = """某市房屋管理局关于印发《某市物业服务企业备案细则》的通知

各有关单位：

现将《某市物业服务企业备案细则》印发给你们，请认真按照执行。

某市房屋管理局

2024年3月1日

某市物业服务企业备案细则

第一条 为规范物业服务企业备案，制定本细则。

第二条 各街镇和区房管局负责本辖区物业服务企业的日常检查。

第三条 申请人应当将下列材料报送区房管局：

（一）备案申请表；

（二）营业执照复印件；

（三）服务人员名册。

第四条 申请备案的物业服务企业应当具备下列条件：

（一）具有独立法人资格；

（二）有固定的办公场所。

第五条 区房管局负责备案的受理。
"""


def test_lead_ins_handed_to_items_and_bureau_name_whole() -> None:
    got = _tasks(_RULES)
    assert got["2"] == ["某市房屋管理局", "各区住房保障和房屋管理局"]
    assert {k: v for k, v in got.items() if k.startswith(("3/", "4/"))} == {
        "3/一": ["区房管局"], "3/二": ["区房管局"], "3/三": ["区房管局"], "4/一": ["区房管局"], "4/二": ["区房管局"]}


def test_work_conditions_read_line_by_line() -> None:
    got = _tasks(_RULES)
    assert "5/一" in got and "5/二" in got and "5" not in got
    assert got["5/一"] == ["开发企业"]


def test_near_misses_keep_old_readings() -> None:
    got = _tasks(_NEAR)
    assert got["2"] == ["各街镇", "区房管局"]
    assert not any(k.startswith("3/") and v for k, v in got.items())
    assert not any(k.startswith("4/") for k in got)

"""Round 63 (p63d): which articles, points and lines of whole rules are tasks.

- A list of papers to hand in whose papers are printed in 《》 or with two brackets, or end in 图／批复
  「（一）《某某登记申请书》（原件）；」「（六）宗地图（原件二份）；」「（七）…批复（复印件）。」: text of the point
  announcing it, one task.
- A compensation scheme's items that only state its terms — rates 「一类：800元/平方米」, formulas 「…计算公式为：」,
  who is entitled 「…按户享受…」, how sums are reckoned, settled and paid 「…应在…期限内予以支付」 — are no tasks,
  where three or more of them are; an item that also gives work 「…由A认定」「具体标准由A…予以明确」 stays; the
  bound figures of the dropped items 「每户低于300元的」 are plan targets.
- Lines under 「…以下列标准审核认定：」 are a standard of reckoning, text of their point.
- Definitions under 「二、相关定义」 with 「本办法所称“X”系指…」 are general provisions, even with an agent inside
  what the term names.
- What a notice or a file must hold 「…公告应包含以下信息：」「…文件应明确以下内容：」 is text of the point.
- A point of a procedure that only leaves its acts to a named party's choice 「二、出让人可…」, sets a stage's time
  「预申请周期一般不少于1个月，具体时间可由出让人确定」 or a party's own step, is no task (its floor a plan target); a
  point with a binding modal stays.
- 「本规定适用于本市以下…活动的管理：」 over its kinds is a scope, no task.
- Articles whose only acts are the public's options 「申请人可通过…提出申请」, cases sorted 「…的，视同放弃…：」,
  a rule to the public carried on with its subject unsaid 「…不得同时申请…。必须待…后，方可申请…」, and an
  article of terms with lines 「（一）原则上…为主；（二）…的可以申请合租」: no tasks.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _keys(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _task(text: str, number: str):  # type: ignore[no-untyped-def]
    return next(t for t in parse_text(text).tasks if "/".join([*t.path, t.number]) == number)


_PAPERS = """某市宅基地房屋登记技术规定

一、申请宅基地使用权首次登记的，申请人应当是村集体经济组织成员。

申请人应当向登记机构提交下列文件：

（一）《某市不动产登记申请书》（原件）；

（二）身份证明（复印件）；

（三）宗地图（原件二份）；

（四）权属调查报告（土地）（原件）；

（五）乡镇人民政府出具的用地批复（复印件）。

收件材料齐全的，登记机构应当受理并核查，方可核准登记。

二、申请宅基地上房屋所有权首次登记的，申请人应当是宅基地使用权人。

申请人应当向登记机构提交下列文件：

（一）《某市不动产登记申请书》（原件）；

（二）不动产权属证书（原件）；

（三）房屋平面图（原件）。

收件材料齐全的，登记机构应当受理并核查，方可核准登记。

三、申请人应当如实提交申请材料，不得提交虚假材料。
"""


def test_paper_lines_in_quotes_and_brackets_are_text() -> None:
    assert _keys(_PAPERS) == ["一", "二", "三"]
    assert "宗地图" in _task(_PAPERS, "一").text


_WORK_LINES = _PAPERS.replace("申请人应当向登记机构提交下列文件：", "登记机构应当做好下列工作：").replace(
    "（一）《某市不动产登记申请书》（原件）；", "（一）组织开展登记人员培训；")


def test_work_lines_stay_items() -> None:
    # (near miss: a lead-in that gives out work keeps its lines as items)
    assert "一/一" in _keys(_WORK_LINES)


_SCHEME = """某县征收集体土地房屋补偿实施办法

一、关于土地使用权基价和价格补贴标准

（一）货币补偿的土地使用权基价标准

一类：800元/平方米建筑面积；

二类：700元/平方米建筑面积。

（二）货币补偿金额计算公式

货币补偿金额计算公式为：（重置单价+基价）×被征收房屋经认定的建筑面积。

二、关于补偿对象和面积认定

（一）安置面积的享受对象

被补偿人选择产权调换方式的，按户享受安置建筑面积。

（二）居住建筑面积认定

被征收房屋的居住建筑面积，由所在地镇人民政府根据宅基地使用权证等认定。

三、关于补助费

（一）搬家补助费

征地事务机构应当对被补偿人发放搬家补助费。发放标准按每平方米6元计算，每户低于300元的，按300元发放。

（二）补偿款的支付

被补偿人的补偿款，征地事务机构应在补偿协议约定的期限内予以支付。

（三）奖励费

征地事务机构应对按期签约的被补偿人给予奖励，奖励费合计每户不得超过3万元。具体标准由征地事务机构在补偿方案中予以明确。
"""


def test_scheme_terms_are_no_tasks() -> None:
    plan = parse_text(_SCHEME)
    keys = ["/".join([*t.path, t.number]) for t in plan.tasks]
    assert keys == ["二/二", "三/三"]
    assert _task(_SCHEME, "三/三").responsible_units == ["征地事务机构"]
    assert [(t.value, t.unit) for t in _task(_SCHEME, "三/三").targets] == [(30000, "元")]
    assert (300, "元") in [(t.value, t.unit) for t in plan.plan_targets]


def test_lone_rate_line_in_a_work_plan_stays() -> None:
    # (near miss: fewer than three items of terms — a work plan's one line of a rate is left as it was read)
    text = """某镇慰问工作方案

一、工作安排

（一）开展走访慰问。镇民政办牵头组织走访困难群众。

（二）慰问标准。每户慰问金500元。
"""
    assert _keys(text) == ["一/一", "一/二"]


_RECKONING = """某区安置面积认定办法

一、安置面积的审核认定

被补偿人应享受的安置建筑面积，由所在地镇人民政府按户为单位，以下列标准审核认定：

1.被征收房屋经认定的建筑面积与可建未建建筑面积之和，予以审核认定。

2.按上述标准审核认定后低于45平方米的，按45平方米予以审核认定。

二、安置房的分配

（一）区房屋管理局负责组织安置房的分配工作。

（二）各镇人民政府负责安置房的交付工作。
"""


def test_reckoning_lines_are_text() -> None:
    assert _keys(_RECKONING) == ["一", "二/一", "二/二"]


_DEFINITIONS = """某区房票安置实施办法（试行）

一、相关定义

（一）房票安置。本办法所称“房票安置”系指由区征收部门与被补偿人在补偿协议中约定以补偿款购买新建商品房的安置方式。

（二）房源库。本办法所称“房源库”系指由开发企业自愿申报、经区建设管理委审核后统一管理的房源库。

二、实施要求

（一）建立房源库。区建设管理委负责建立房源库并动态更新。

（二）资金监管。区财政局负责房票资金的监管。
"""


def test_defined_terms_are_no_tasks() -> None:
    assert _keys(_DEFINITIONS) == ["二/一", "二/二"]


_PROCEDURE = """某市土地出让预申请实施细则

一、出让人应当根据年度出让计划确定预申请地块。

二、出让人可根据地块情况，研究确定预申请形式，并通过交易中心发布预申请公告。

三、交易中心发布预申请公告。预申请公告应包含以下信息：

1.地块的基本情况；

2.活动安排及相关要求；

3.联系方式。

四、预申请周期一般不少于1个月，具体时间可由出让人根据实际情况确定。

五、意向用地人均可向交易中心提出报名申请。

六、交易中心应当在预申请期满后发布结果公告。结果公告应包含以下内容：

1.有效预申请人数；

2.后续出让活动安排。
"""


def test_options_and_contents_are_no_tasks() -> None:
    plan = parse_text(_PROCEDURE)
    assert ["/".join([*t.path, t.number]) for t in plan.tasks] == ["一", "三", "六"]
    assert (1, "个月") in [(t.value, t.unit) for t in plan.plan_targets]


def test_binding_point_stays() -> None:
    # (near miss: a point whose option stands beside a binding modal gives work)
    text = _PROCEDURE.replace("五、意向用地人均可向交易中心提出报名申请。",
                              "五、交易中心应当受理报名，意向用地人可提出报名申请。")
    assert "五" in _keys(text)


_SCOPE = """某市建设用地土壤污染修复评审若干规定

一、适用范围

本规定适用于本市以下建设用地土壤污染修复活动的管理：

（一）用途变更为居住用地的；

（二）列入重点监管单位名录的单位，其用地用途变更的。

二、职责分工

（一）市生态环境局负责全市修复活动的监督管理。

（二）市规划资源局负责修复地块的规划管理。

三、监督管理

各区生态环境局负责组织开展修复效果评审。
"""


def test_scope_kinds_are_no_tasks() -> None:
    assert _keys(_SCOPE) == ["二/一", "二/二", "三"]


_TENANCY = """某区公共租赁住房管理办法

第一条（目的）

为了规范本区公共租赁住房管理，制定本办法。

第二条（管理部门）

区住房保障中心负责本区公共租赁住房的供应管理工作。

第三条（申请方式）

单身申请人（申请家庭）可通过受理窗口或线上提出公共租赁住房申请。

第四条（禁止重复申请）

申请公共租赁住房准入资格的单身申请人（申请家庭），不得同时申请本市其他保障类住房。必须待准入资格审核完成后，方可申请其他类型保障类住房。

第五条（配租标准）

申请人的配租标准：

（一）原则上单身申请以承租一居室为主；

（二）对符合条件的单身申请人，同一就业单位的可以申请合租。

第六条（放弃资格）

符合申请条件的单身申请人（申请家庭）发生以下情况之一的，视同放弃入住资格：

（一）未在规定时间内签订租赁合同的；

（二）其他放弃入住资格的情况。

第七条（日常检查）

区住房保障中心应当对运营机构的工作进行检查，对发现的问题及时提出整改意见。
"""


def test_public_articles_are_no_tasks() -> None:
    assert _keys(_TENANCY) == ["2", "7"]


def test_body_article_among_public_ones_stays() -> None:
    # (near miss: a body's own step in the article keeps it a task)
    text = _TENANCY.replace("必须待准入资格审核完成后，方可申请其他类型保障类住房。",
                            "区住房保障中心应当对重复申请的情况进行核查。")
    assert "4" in _keys(text)

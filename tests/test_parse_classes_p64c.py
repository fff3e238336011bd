"""Round 64 (p64c): which articles, points and lines of a whole rule or document are tasks.

- An article's list that names classes, no work: cases picked by a condition or a class of decisions and
  answered once 「符合下列条件之一的，经A批准，可以结案：」「对拟作出下列处理决定的，A应当集体讨论决定：」, conditions
  picked with the work given once 「符合下列立案条件的，A应当…予以立案：」 (a modal inside a noun's description
  「有依法应当追究法律责任的违法事实」 binds no one), a body's jurisdiction 「A管辖下列案件：」, the kinds a noun
  includes 「符合听证条件的处罚决定包括：」 and one part of a paper the article lists 「…报告应当包括…处理建议等。其中，
  处理建议包括：」 — the article one task; a body's work over its objects 「A负责收集下列档案：」 stays items.
- Articles that give no work: options only 「…的，A可以发出督办通知书」 (not 许可, a noun), being overseen 「…应当接受
  财政、审计部门的监督检查」, a payer bound only to pay 「建设单位应当向…支付迁移费用」 (not 「A应当加强资金的监督
  管理」), a consequence whose case lines hold 应当 inside the thing they name, a fund's scoring sanctions, the worth of
  the thing guarded beside a ban to everyone, a sorting into classes, and the earlier rules yielding 「此前…规定与本办法
  不一致的，以本办法为准」 beside the day it takes effect.
- A fund's scope list 「奖补资金补助范围如下：」 is the article's text.
- Childless headed points of a plan whose duties are headed by their units: the point answering a case through a
  named body, options in its other cases aside 「…的，街道可指定…。…时，由所在街道书面指定…」, and a point of acts
  joined by 同时 「加强…宣传…。同时公布服务电话…」 are tasks; a point of 鼓励 alone is none.
- A point headed as the plan's work itself 「一、目标任务。各单位应…」 is a task, not an aims section, though 各单位 is
  a call; 「二、组织领导。各单位要加强…领导」 stays as read.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.no_work_articles import option_only


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_RULES = """某市城市道路设施违法行为查处办法

第一章　总则

第一条　为了规范本市城市道路设施违法行为的查处，根据有关法律、法规，结合本市实际，制定本办法。

第二条　本办法适用于本市行政区域内城市道路设施违法行为的查处。

第三条　城市道路设施在城市运行中具有重要的作用，应当予以长期保护。任何单位和个人不得损坏或者擅自占用城市道路设施。

第四条　本市道路设施实行分类管理，分为一级和二级两类。一级类包括：

（一）快速路上的道路设施；

（二）主干路上的道路设施。

未纳入一级范围的为二级道路设施。

第五条　道路设施案件由设施所在区道路管理局管辖。

第六条　市道路管理局管辖下列案件：

（一）跨区的道路设施案件；

（二）在全市有重大影响的道路设施案件；

（三）其他依法应由市道路管理局管辖的案件。

第七条　核查后，符合下列立案条件的，道路管理部门应当在五个工作日内予以立案：

（一）有明确的违法行为人；

（二）有依法应当追究法律责任的违法事实；

（三）属于本部门管辖。

第八条　对拟作出下列处理决定的，道路管理部门负责人应当集体讨论决定：

（一）拟作出较大数额罚款的；

（二）认定事实争议较大的；

（三）其他情节复杂的。

第九条　道路管理部门在作出处罚决定前，应当告知当事人享有的权利。

符合听证条件的处罚决定包括：

（一）较大数额的罚款；

（二）没收较大价值的非法财物；

（三）法律、法规规定的其他情形。

第十条　调查终结，承办人员应当撰写终结报告，终结报告应当包括基本情况、违法事实、处理建议等。其中，处理建议包括：

（一）对依法应当给予处罚的，提出给予处罚的建议；

（二）涉嫌犯罪的，应当提出移送公安机关的建议；

（三）经批准终止调查的，应当提出撤案的建议。

第十一条　符合下列条件之一的，经道路管理部门负责人批准，可以结案：

（一）处罚决定执行完毕的；

（二）已经依法申请人民法院强制执行的。

第十二条　区道路管理局对管辖区内的道路设施案件不及时查处的，市道路管理局可以发出督办通知书。

第十三条　当事人到期不缴纳罚款的，道路管理部门可以依法每日按罚款数额的百分之三加处罚款，加处罚款数额不得超出罚款的数额。

第十四条　市道路管理局负责建立道路设施巡查制度，定期组织巡查。

第十五条　道路设施养护经费的使用和管理应当接受财政、审计部门的监督检查。

第十六条　经批准迁移道路设施的，建设单位应当向设施产权单位支付迁移费用。

第十七条　区道路管理局应当加强养护资金的监督管理。

第十八条　单位违反本办法规定，有下列情形之一的，依照国家有关规定追究法律责任：

（一）擅自减免应当收取的占用费的；

（二）截留、挪用应当上缴的占用费的。

第十九条　本办法自2026年1月1日起施行，有效期至2030年12月31日。此前有关道路设施查处规定与本办法不一致的，以本办法为准。
"""

_POINTS = """某区住宅小区供水设施安全管理办法

一、指导思想

以保障居民用水安全为目标，建立健全供水设施安全管理长效机制。

二、部门职责

（一）区水务局：负责供水设施安全的监督管理。

（二）区房管局：负责督促物业服务企业做好供水设施日常维护。

三、常态管理

（一）信息预警。建立供水设施预警信息系统，对使用超过十年的设施及时提示。

（二）隐患整改。当供水设施存在隐患且相关方达不成一致时，组织相关方共同商议，确定整改方案。

四、临时托管

当物业服务企业退出时：小区有业主委员会的，业主委员会可以自行管理;小区无业主委员会的，街道可指定企业提供临时服务。当临时服务企业不能履行职责时，由所在街道书面指定居民委员会临时代行管理职责。

五、新技术运用

鼓励住宅小区应用物联网技术对供水设施开展远程监测。

六、社会宣传

加强供水安全知识宣传，增强居民节水意识。同时公布服务电话，接受居民监督。

七、施行日期

本办法自2026年1月1日起施行。
"""

_NOTICE = """关于开展档案整理专项工作的通知

各区档案局、各派出机构：

为提升档案管理水平，现就有关事项通知如下：

一、目标任务。各单位应全面梳理历史档案，于2026年6月底前完成整理入库。

二、组织领导。各单位要加强对档案整理工作的领导，明确责任人。

三、技术支持。市档案馆会同市信息中心做好档案整理的技术支持。

四、确保安全。对委托第三方机构整理档案的单位，应按照规定签订合同。

某市档案局
2026年1月5日
"""


def test_lists_of_classes_are_the_articles_text() -> None:
    numbers = _numbers(_RULES)
    for article in ("6", "7", "8", "9", "10", "11"):
        assert article in numbers
        assert not any(n.startswith(article + "/") for n in numbers)


def test_articles_that_give_no_work() -> None:
    numbers = _numbers(_RULES)
    for article in ("1", "2", "3", "4", "12", "13", "15", "16", "18", "19"):
        assert article not in numbers
    assert numbers == ["5", "6", "7", "8", "9", "10", "11", "14", "17"]


def test_work_beside_money_and_jurisdiction_stays() -> None:
    tasks = {"/".join([*t.path, t.number]): t for t in parse_text(_RULES).tasks}
    assert tasks["17"].responsible_units == ["区道路管理局"]
    assert tasks["14"].responsible_units == ["市道路管理局"]
    assert tasks["7"].responsible_units == ["道路管理部门"]


def test_objects_of_a_bodys_work_stay_items() -> None:
    text = _RULES.replace("第六条　市道路管理局管辖下列案件：", "第六条　市道路管理局负责收集下列档案：").replace(
        "（一）跨区的道路设施案件；", "（一）道路设施建设档案；").replace(
        "（二）在全市有重大影响的道路设施案件；", "（二）道路设施养护档案；").replace(
        "（三）其他依法应由市道路管理局管辖的案件。", "（三）道路设施巡查档案。")
    numbers = _numbers(text)
    assert ["6/一", "6/二", "6/三"] == [n for n in numbers if n.startswith("6")]


def test_a_licence_is_no_option() -> None:
    assert option_only("区道路管理局不及时查处的，市道路管理局可以发出督办通知书。")
    assert not option_only("对新取得许可的经营者，在经营满一个年度后，依照本办法规定进行考核，并在等级后注明“新许可”。")
    assert not option_only("市道路管理局可以委托第三方机构开展评估，评估结果应当向社会公开。")


def test_fund_scope_list_is_one_article() -> None:
    text = """某市道路养护奖补资金使用细则

第一条　为用好奖补资金，根据有关规定，制定本细则。

第二条　奖补资金补助范围如下：

（一）奖补资金统筹用于农村公路养护项目，项目应纳入本市公路规划。

（二）奖补资金用于普通公路的日常养护支出。

第三条　区交通局应当会同区财政局加强奖补资金的绩效管理。

第四条　市交通局负责组织奖补资金的年度评价。

第五条　未按要求开展绩效评价的，在下一年度评价时予以扣分，情节严重的，后续两年不再安排奖补资金。

第六条　区交通局应会同区财政局及时拨付奖补资金，避免形成结余资金。

第七条　本细则自发布之日起施行。
"""
    assert _numbers(text) == ["2", "3", "4"]


def test_childless_points_beside_unit_headed_duties() -> None:
    assert _numbers(_POINTS) == ["二/一", "二/二", "三/一", "三/二", "四", "六"]


def test_the_work_point_of_a_notice() -> None:
    numbers = _numbers(_NOTICE)
    assert numbers[0] == "一"
    tasks = parse_text(_NOTICE).tasks
    assert tasks[0].deadline == "2026-06-30"
    aims = _NOTICE.replace("一、目标任务。各单位应全面梳理历史档案，于2026年6月底前完成整理入库。",
                           "一、工作目标。到2026年底，历史档案全面完成数字化。")
    assert "一" not in _numbers(aims)

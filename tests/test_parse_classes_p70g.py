"""Round 70 (p70g): surplus task counts — texts the answers read as no tasks (terms, citations, principles, options).

- A point of principle headed by its bare name 「（一）公开透明原则。…」 under a top 「二、工作原则」 heading,
  naming no doer, where a sibling places work by 牵头 (``principle_lists._headed_principle``): no task — not a line
  that opens with the plan's stance 「（一）坚持公开透明原则。…」, read as before.
- A case line of an option's 「有下列情形之一的，A可以…：」 written as the state that stops the work, its 的 left off
  「…导致项目无法继续进行；」 (``no_work_articles._STATE_CASE``): the article only offers the option, no task — not a
  line that binds 「…，项目承担单位应当重新报送计划；」.
- The documents a scheme applies 「三、补偿适用的文件：⏎1、…颁发的《…规定》。」 (``source_points._APPLIED_FILES``):
  citations, no tasks — not a line there that names its doer 「2、镇动迁办公室负责收集…」.
- A point headed by the reckoning alone 「四、房屋建筑面积的计算：」 over doerless lines
  (``reckoning_lists.RECKONING_LEAD``): the lines its text, one leaf — not lines that each name a body by 负责.
- Rates with the unit before the sum 「东片土地使用权基价每平方米1500元，…」 (``rate_lists.per_unit_rates``): text
  of the item over them — not lines naming a doer 「…由村委会负责发放」.
- A scheme's payment terms worded 「由补偿人发给…补助费」「不发给奖励费」 and a verified quantity as an attribute
  「按核定安置面积的…」 (``term_items._TERM``, ``_DESCRIBED``): terms, no tasks.
- A table of prices under its own heading 「1、东片多层层次价格表（单位：元/平方米）⏎层次⏎…⏎2300」
  (``term_items.price_table``): text, no task — not such a heading over a paragraph that gives work.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _keys(text: str) -> list[str]:
    return [t.key for t in parse_text(text).tasks]


_SCHEME = """关于某镇集体土地房屋补偿安置的实施意见

各村、各有关部门：

一、补偿安置对象：

本镇集体土地上房屋的所有人为补偿安置对象。

二、补偿主体：

区人民政府负责本区征地房屋补偿工作，镇动迁办公室负责具体实施。

三、补偿适用的文件：

1、市人民政府颁发的《某市征收集体土地房屋补偿规定》。

2、区人民政府颁发的《某区房屋补偿基价标准》。

四、房屋建筑面积的计算：

1、房屋补偿安置按户进行，以宅基地使用证计户。

2、房屋的建筑面积，以房地产权证的记载为依据。

3、批准搭建的棚舍，不作居住房计算。

五、补偿安置办法：

（一）货币补偿金额计算公式为：（重置单价+土地基价）×建筑面积。

1、东片土地使用权基价每平方米1500元，价格补贴每平方米300元。

2、西片土地使用权基价每平方米1200元，价格补贴每平方米300元。

（二）镇动迁办公室负责在本镇社区内安排安置房源，并与被补偿人协商解决房型不足问题。

六、安置房价格：

（一）层次安排以公证摇号方式确定。

（二）安置房层次价格

1、东片多层层次价格表（单位：元/平方米）

层次

优惠单价

（参照当地市场价确定）

一楼

2300

二楼

2500

2、西片多层层次价格表（单位：元/平方米）

层次

优惠单价

一楼

2100

二楼

2200

七、补偿费的发放：

（一）过渡补助费：被补偿人搬迁后自行过渡的，由补偿人发给过渡补助费，每平方米每月8元。

（二）搬家补助费：按建筑面积每平方米10元计算，每户低于500元的，按500元发放。

（三）奖励费：被补偿人在期限内签约的，按核定安置面积的每平方米50元发给奖励费。超过期限的，不发给奖励费。

（四）设施移装费按区规定标准计算。

八、本意见由镇动迁办公室负责解释。
"""

_SCHEME_NEAR = """关于某镇集体土地房屋补偿安置的实施意见

各村、各有关部门：

一、补偿主体：

区人民政府负责本区征地房屋补偿工作，镇动迁办公室负责具体实施。

二、补偿适用的文件：

1、市人民政府颁发的《某市征收集体土地房屋补偿规定》。

2、镇动迁办公室负责收集整理补偿相关文件，建立补偿档案。

三、房屋建筑面积的计算：

1、区规划资源局负责对房屋建筑面积进行测绘。

2、镇动迁办公室负责对测绘结果进行公示。

四、补贴标准：

1、东片各村按每户300元落实补贴，由村委会负责发放。

2、西片各村按每户200元落实补贴，由村委会负责发放。

五、安置房价格：

1、东片多层层次价格表（单位：元/平方米）

镇动迁办公室负责会同区房管局制定层次价格并向社会公布。

2、西片多层层次价格表（单位：元/平方米）

镇动迁办公室负责组织评估并确定层次价格。
"""

_PRINCIPLES = """某区社区服务评价激励的实施意见

一、工作目标

提升社区服务质量，推动社区治理。

二、工作原则

（一）公开透明原则。相关部门在开展评价工作时需坚持公开透明原则，以多方测评进行综合评分。

（二）务实高效原则。以提高服务水平为导向，激励服务机构改进服务。

（三）上下协同原则。区民政局与各街道按照职责分别牵头落实区级和街道两级评价工作。

三、职责分工

（一）区民政局职责：负责制定评价标准，组织第三方开展满意度测评。

（二）街道职责：负责组织辖区评价工作，汇总评价结果。

四、评价实施

（一）评价方式

评价工作每半年开展一次，形成评价分值。

（二）评价结果

评价结果向社区公开，发现的问题及时整改。
"""

_OPTION = """某区科研项目管理办法

第一章 总则

第一条 为规范本区科研项目管理，制定本办法。

第二条 区科委负责科研项目的归口管理。

第三条 区科委应当组织专家对项目进行评审。

第四条 项目承担单位应当按照合同开展研究。

第五条 局管项目实施中有下列情形之一的，项目承担单位可以向区科委申请项目终止：

（一）项目所需的资金、人员等条件发生变化导致项目无法继续进行；

（二）项目承担单位逾期未提交验收材料的；

（三）项目合同约定的其他情形。

第六条 区科委应当每年对项目进行检查。

第七条 本办法自发布之日起施行。
"""


def test_bare_principle_points_under_a_principles_heading_are_no_tasks() -> None:
    assert _keys(_PRINCIPLES) == ["二.三", "三.一", "三.二", "四.一", "四.二"]


def test_principle_points_opening_with_a_stance_keep_their_reading() -> None:
    text = _PRINCIPLES.replace("（一）公开透明原则。", "（一）坚持公开透明原则。").replace(
        "（二）务实高效原则。", "（二）坚持务实高效原则。")
    assert _keys(text)[:3] == ["二.一", "二.二", "二.三"]


def test_an_option_over_cases_with_a_state_line_is_no_task() -> None:
    assert _keys(_OPTION) == ["2", "3", "4", "6"]


def test_an_option_over_cases_with_a_binding_line_keeps_its_items() -> None:
    text = _OPTION.replace("导致项目无法继续进行；", "导致项目无法继续进行，项目承担单位应当重新报送计划；")
    assert _keys(text) == ["2", "3", "4", "5.一", "5.二", "5.三", "6"]


def test_a_schemes_citations_reckoning_rates_terms_and_price_tables_are_no_tasks() -> None:
    assert _keys(_SCHEME) == ["二", "五.二", "六.一"]


def test_the_same_points_whose_lines_name_doers_keep_their_items() -> None:
    assert _keys(_SCHEME_NEAR) == ["二.2", "三.1", "三.2", "四.1", "四.2", "五.1", "五.2"]

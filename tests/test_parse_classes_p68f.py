"""Round 68 (p68f): articles of a rule that give no work — task counts the answers call too high.

- A principle whose subject is the scheme's own handling 「X基金管理应当坚持…的原则，保障…」「资金的使用遵循…原则」
  (``rule_chapters._WORK_KEEPS``, as 「X工作坚持…的原则」 already read): no task where the tasks name units — not a
  principle with a body's work after it 「…的原则，市绿化局负责制定…」.
- The running costs of a fund kept out of it 「X管理的费用支出，包括…等，纳入…部门预算，不得在X基金中列支」
  (``money_articles``: the money alone as a clause's topic; a ban on charging the fund like 「不得挪作他用」): money
  only, no task — not where a body is bound beside it 「…，市财政局应当加强监督检查」.
- A body's options with the party fronted by 对 「对逾期未退回资金的X单位，A可以依法向人民法院提起诉讼」
  (``no_work_articles._PLAIN_OPTION``): an article of options only, no task — not a matter fronted by 对于 with the
  body's enforcement after it 「对于…的不规范行为，A可以约谈…，并督促…落实改正」 (a task).
- What a price or cost is made of 「第四条（建设价格构成）…主要由…构成。⏎（一）建设成本。按…计取；」
  (``scope_articles._SCOPE_TITLE``): its parts and their reckoning, no task — not parts that each name a body's work
  「（一）区财政局负责审核建设成本；」.
- An article headed by the papers an application takes 「第三条（项目认定申请材料）⏎（一）…请示 原件1份；」, its text
  only their list with the copies asked (``applicant_steps.applicant_papers``): no task — not a line that binds a body
  「（二）由区住房保障局出具…」.
- Whom the scheme's housing may go to 「（供应对象）⏎X可以向以下对象供应：⏎（一）…人才；」 (``given_lists``: the
  lines folded, the article no task, ``recipients_article``) — not after a sentence of a body's work.
- What a party taking part in the scheme's projects must hold 「参与本区X项目建设的开发建设主体应具备…资质」
  (``no_work_articles._HOLDS``, as 「从事…的单位，应当取得…资质」): no task — not with an act beside the holding.
- An article's item that only says what standards the works meet 「（二）…设计需满足…标准的要求。」「（一）…应符合…
  确定的…规划控制指标。符合…技术规范。」 (``no_work_articles.standard_item``): no task — not a line of a duty list
  「建设单位应当履行下列职责：⏎（一）…需满足…要求；」.
- The thing the rules govern set up and named before its definition and scope 「A设立X基金（以下简称“Y”）。Y是指…。
  Y的筹集和使用，适用本实施细则。」 (``rule_chapters._SETS_UP_NAMED``; 适用本实施细则 read as 适用本细则): a general
  provision, no task — not a body set up with its work after a comma 「…成立X工作小组（以下简称…），负责…」.
- A body's option over the cases that allow it 「A已经履行…，但有下列情形之一导致追偿未果的，可以按照程序申请核销：⏎
  （一）…的；」 (``second_lists.CASES_POINTER`` reading 「之一导致…的，」; ``no_work_articles.option_over_cases``): the
  lines folded, the article no task — not a lead-in binding the body 「…的，A应当及时报告…：」 (one task).
- A grant paid into the fund's account 「…确需安排财政临时补助的，A应当按照…规定，及时将财政补助拨到X基金账户。」
  (``money_articles``: 确需 a case, not a modal; 将…拨到…账户 a payer bound to pay): money only, no task — not with a
  body's other work beside it 「…，并加强监督检查」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.money_articles import money_only
from desktop.core.parse.no_work_articles import plain_option_only


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_RULES = """某市城市绿地养护专项基金管理办法

第一条  为了规范城市绿地养护专项基金管理，根据有关规定，制定本办法。

第二条  本办法所称养护基金，是指用于补助城市绿地日常养护的专项资金。

第三条  养护基金管理应当坚持统筹兼顾、公开透明、专款专用的原则，保障养护基金安全运行。

第四条  市绿化局负责养护基金的监督管理，组织编制年度养护计划。

第五条  区绿化管理部门负责本辖区养护基金的申报和使用管理。

第六条  养护基金管理的日常费用支出，包括人员费用、评审费用、审计费用等，纳入市绿化局部门预算，不得在养护基金中列支。

第七条  市养护基金管理中心可以通过协商、调解等方式向违约养护单位追回资金。\
对逾期未退回资金的养护单位，市养护基金管理中心可以依法向人民法院提起诉讼。

第八条  市绿化局应当每年对养护基金使用情况进行检查，并将检查结果报市政府。

第九条  本办法自2024年1月1日起施行。
"""

_NEAR = """某市城市绿地养护专项基金管理办法

第一条  为了规范城市绿地养护专项基金管理，根据有关规定，制定本办法。

第二条  养护基金管理应当坚持公开透明的原则，市绿化局负责制定年度养护计划并组织实施。

第三条  市绿化局负责养护基金的监督管理，组织编制年度养护计划。

第四条  区绿化管理部门负责本辖区养护基金的申报和使用管理。

第五条  养护基金管理的日常费用支出，包括人员费用、评审费用等，纳入部门预算，市财政局应当加强监督检查。

第六条  对于养护过程中的不规范行为，区绿化管理部门可以约谈养护单位，提出改正要求，并督促养护单位落实改正。

第七条  本办法自2024年1月1日起施行。
"""


def test_principle_money_and_option_articles_are_no_tasks() -> None:
    assert _numbers(_RULES) == ["4", "5", "8"]


def test_near_misses_keep_their_tasks() -> None:
    assert _numbers(_NEAR) == ["2", "3", "4", "5", "6"]


def test_fund_costs_kept_out_of_the_fund() -> None:
    assert money_only("养护基金管理的日常费用支出，包括人员费用、审计费用等，纳入部门预算，不得在养护基金中列支。")
    assert not money_only("养护基金管理的日常费用支出，包括人员费用等，纳入部门预算，市财政局应当加强监督检查。")


def test_option_with_fronted_party() -> None:
    assert plain_option_only("对逾期未退回资金的养护单位，市养护基金管理中心可以依法向人民法院提起诉讼。")
    assert not plain_option_only("对于养护过程中的不规范行为，区绿化管理部门可以约谈养护单位，并督促养护单位落实改正。")


_PRICES = """某区人才公寓建设管理办法

第一条（目的和依据）

为了规范本区人才公寓建设管理，根据有关规定，制定本办法。

第二条（职责分工）

区住房保障局负责人才公寓建设的综合管理和协调推进。

第三条（项目认定申请材料）

（一）项目建设单位请示 原件1份；

（二）项目认定申请表 原件2份；

（三）用地规划意见 复印件1份。

第四条（建设价格构成）

人才公寓的建设价格，主要由建设成本、管理费和相关税费构成。

（一）建设成本。按本区有关规定计取；

（二）管理费。按不超过建设成本的2%计取；

（三）相关税费。按国家规定计取。

第五条（供应对象）

人才公寓可以向以下对象供应：

（一）在本区就业的高层次人才；

（二）在本区就业的青年人才。

第六条（项目审核）

区住房保障局应当对项目认定申请进行审核，并在10个工作日内出具审核意见。

第七条（施行日期）

本办法自2024年1月1日起施行。
"""

_PRICES_NEAR = """某区人才公寓建设管理办法

第一条（目的和依据）

为了规范本区人才公寓建设管理，根据有关规定，制定本办法。

第二条（职责分工）

区住房保障局负责人才公寓建设的综合管理和协调推进。

第三条（项目认定申请材料）

（一）项目建设单位请示 原件1份；

（二）由区住房保障局出具审核意见 原件1份。

第四条（建设价格构成）

人才公寓的建设价格，主要由建设成本和管理费构成。

（一）区财政局负责审核建设成本；

（二）区住房保障局负责核定管理费。

第五条（供应对象）

区住房保障局应当做好审核工作。人才公寓可以向以下对象供应：

（一）在本区就业的高层次人才；

（二）在本区就业的青年人才。

第六条（施行日期）

本办法自2024年1月1日起施行。
"""


def test_price_parts_papers_and_recipients_are_no_tasks() -> None:
    assert _numbers(_PRICES) == ["2", "6"]


def test_price_parts_papers_and_recipients_near_misses() -> None:
    assert _numbers(_PRICES_NEAR) == ["2", "3/一", "3/二", "4/一", "4/二", "5"]


_HOLDING = """某区人才公寓建设管理办法

第一条（目的和依据）

为了规范本区人才公寓建设管理，根据有关规定，制定本办法。

第二条（职责分工）

区住房保障局负责人才公寓建设的综合管理和协调推进。

第三条（建设主体资格）

参与本区人才公寓项目建设的开发建设主体应具备三级以上的房地产开发资质。

第四条（建设要求）

（一）人才公寓项目应符合详细规划确定的建筑高度等规划控制指标。符合国家有关住宅设计的技术规范。

（二）公寓户型设计需满足本市保障性住房设计标准的要求。

（三）区住房保障局应当组织开展项目竣工验收。

第五条（施行日期）

本办法自2024年1月1日起施行。
"""

_HOLDING_NEAR = """某区人才公寓建设管理办法

第一条（目的和依据）

为了规范本区人才公寓建设管理，根据有关规定，制定本办法。

第二条（职责分工）

区住房保障局负责人才公寓建设的综合管理和协调推进。

第三条（建设主体资格）

参与本区人才公寓项目建设的开发建设主体应具备三级以上的房地产开发资质，并按照合同约定开展项目建设。

第四条（建设单位职责）

建设单位应当履行下列职责：

（一）公寓户型设计需满足本市保障性住房设计标准的要求；

（二）按期完成项目竣工验收。

第五条（施行日期）

本办法自2024年1月1日起施行。
"""


def test_qualification_and_standard_items_are_no_tasks() -> None:
    assert _numbers(_HOLDING) == ["2", "4/三"]


def test_qualification_and_standard_items_near_misses() -> None:
    assert _numbers(_HOLDING_NEAR) == ["2", "3", "4/一", "4/二"]


_SET_UP = """某市河道保洁基金管理办法

第一条  为了规范河道保洁基金管理，根据有关规定，制定本办法。

第二条  某市人民政府设立某市河道保洁基金（以下简称“保洁基金”）。\
保洁基金是指用于补助河道日常保洁的专项资金。保洁基金的筹集和使用，适用本实施细则。

第三条  市水务局负责保洁基金的监督管理。

第四条  市保洁基金管理中心已经履行催缴程序，但有下列情形之一导致催缴未果的，可以按照程序申请核销：

（一）保洁单位注销超过2年的；

（二）保洁单位依法认定无财产可供追缴的。

第五条  市保洁基金管理中心应当每季度向市水务局报送保洁基金使用情况。

第六条  本办法自2024年1月1日起施行。
"""

_SET_UP_NEAR = """某市河道保洁基金管理办法

第一条  为了规范河道保洁基金管理，根据有关规定，制定本办法。

第二条  某市人民政府成立某市河道保洁工作小组（以下简称“工作小组”），负责协调保洁基金的管理工作。

第三条  市水务局负责保洁基金的监督管理。

第四条  有下列情形之一导致催缴未果的，市保洁基金管理中心应当及时报告市水务局：

（一）保洁单位注销超过2年的；

（二）保洁单位依法认定无财产可供追缴的。

第五条  市保洁基金管理中心应当每季度向市水务局报送保洁基金使用情况。

第六条  本办法自2024年1月1日起施行。
"""


def test_set_up_fund_and_option_over_cases_are_no_tasks() -> None:
    assert _numbers(_SET_UP) == ["3", "5"]


def test_set_up_body_and_bound_cases_keep_their_tasks() -> None:
    assert _numbers(_SET_UP_NEAR) == ["2", "3", "4", "5"]


def test_grant_paid_into_the_fund() -> None:
    assert money_only("根据养护基金收支情况，确需安排财政临时补助的，市财政局应当按照有关规定，"
                      "及时将财政补助拨到养护基金账户。")
    assert not money_only("市财政局应当及时将财政补助拨到养护基金账户，并加强监督检查。")

"""Round 52 second wave (w52b), counts in whole district rules: an article or an item of a fund's rules that only
says where the money comes from, what it pays for, at what rate, who budgets or pays it, or what fee is charged gives
no work (Round 48 rulings, "decided (cost verbs)": a payer is no unit; round 46: terms with no doer and no 要／应;
Round 55's x246_04 第十四条（一）) — no task where the rules' tasks name units. Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.money_articles import money_only

RULES = (
    "某区产业扶持资金管理办法\n"
    "第一条（目的）为规范扶持资金管理，制定本办法。\n"
    "第二条（管理部门）区经委负责扶持资金的申报受理、审核和监督管理。\n"
    "第三条（监督）区财政局负责对资金使用情况进行监督检查。\n"
    "{article}"
    "第五条（验收）区经委应当组织专家对项目进行验收。\n"
    "第六条（施行）本办法自2024年1月1日起施行。\n"
)


def numbers(article: str) -> list[str]:
    return ["/".join([*t.path, t.number or ""]) for t in parse_text(RULES.format(article=article)).tasks]


@pytest.mark.parametrize("article", [
    "第四条（资金来源）扶持资金由区财政局在年度预算中安排，使用范围按照市级规定确定。\n",
    "第四条（支持方式）扶持资金采用无偿资助方式安排使用，主要用于设备购置、技术改造等。扶持资金与市级资金比例为1:1。\n",
    "第四条（工作经费）档案查阅工作经费纳入年度部门预算，保障档案工作的正常进行。\n",
    "第四条（管理费用）区经委通过政府购买服务方式，委托第三方机构开展的项目评估、审计等相关费用纳入部门预算。\n",
    "第四条（收费）区档案馆按照相关规定的收费标准收取资料复制费。\n",
])
def test_an_article_that_only_speaks_of_money_is_no_task(article):
    assert numbers(article) == ["2", "3", "5"]


@pytest.mark.parametrize("article", [
    # near misses: a modal of work, a verb of rule 2, a review before the payment, a body acting beside the money
    "第四条（资金拨付）区财政局应当加强资金监管，按照进度拨付资金。\n",
    "第四条（资金拨付）区经委负责资金拨付工作。\n",
    "第四条（资金拨付）区财政局根据区经委的申请，按照有关规定进行审核后拨付资金。\n",
    "第四条（贴息标准）当贷款利率高于3%时，资金管理单位在贷款利率基础上提供不高于1个百分点的利息补贴。\n",
    "第四条（资金来源）扶持资金由区财政预算安排，由区经委统筹安排使用。\n",
])
def test_an_article_that_gives_work_beside_its_money_stays_a_task(article):
    assert numbers(article) == ["2", "3", "4", "5"]


def test_the_payment_items_of_an_article_are_no_tasks_beside_its_agreement():
    article = ("第四条（资金拨付）\n（一）获得支持的项目，由区经委与项目单位签署框架协议。\n"
               "（二）获得支持的项目，待首款下达后，按照配套部分的40%拨付首款，通过验收后，拨付剩余款项。\n"
               "（三）获得区级支持的项目，项目建设完成并通过验收后，一次性拨付全部款项。\n")
    assert numbers(article) == ["2", "3", "4/一", "5"]


def test_an_item_of_a_body_s_duty_list_that_budgets_money_stays_a_task():
    # near miss: the item is a duty of the body the lead-in names, not the fund's terms
    article = ("第四条（区政府职责）区政府履行下列职责：\n（一）组织制定本区消防规划；\n"
               "（二）在政府预算中安排必要资金，保障公共消防设施建设。\n")
    assert numbers(article) == ["2", "3", "4/一", "4/二", "5"]


@pytest.mark.parametrize("text, only", [
    ("区配套资金与市级资金比例为1:1。", True),
    ("区评审小组办公室可委托专业机构开展初审工作，相关管理费用由区级财政予以保障。", True),
    ("代建管理费实行总额控制，并列入项目建设成本。", True),
    # near misses: a list line naming money, a definition of a cost, a name holding 承担
    ("信托或集合理财产品募集资金；", False),
    ("其他费用。指征收过程中发生的其他费用。", False),
    ("按国家有关规定提取的项目承担单位管理费。", False),
    ("各村需确保村级配套资金及时足额到位。", False),
])
def test_money_only_reads_the_sentences(text, only):
    assert money_only(text) is only


# --- a fund's liability article that opens with its own rules (Round 51 q47b: liability with no agent) -----------


def test_a_liability_article_opening_with_the_fund_s_own_rules_is_no_task():
    article = ("第四条（责任追究）扶持资金必须专款专用。凡获得扶持资金支持的项目，不得擅自改变建设内容。对弄虚作假、"
               "挪用资金的行为，除按照国家规定对项目单位给予相关处罚外，限期收回已拨付的扶持资金，并取消项目单位三年内申报资格。\n")
    assert numbers(article) == ["2", "3", "5"]


@pytest.mark.parametrize("article", [
    # near misses: a named body answers the breach; a bare pointer to the law's penalty (older sets count it)
    "第四条（责任追究）扶持资金必须专款专用。对挪用资金的行为，由区经委收回已拨付的扶持资金，并取消其申报资格。\n",
    "第四条（处罚）违反本办法的相关规定，按照有关规定给予处罚。\n",
])
def test_a_liability_article_with_an_agent_or_a_bare_pointer_stays_a_task(article):
    assert numbers(article) == ["2", "3", "4", "5"]


# --- an article that only sets up a panel (Round 55 on x246_02 第四条) -------------------------------------------


def test_an_article_that_only_sets_up_a_panel_and_seats_its_office_is_no_task():
    article = ("第四条（管理部门）由区经委、区财政局、区科委等部门组成区扶持资金评审小组（以下简称“评审小组”），"
               "负责资金的申报受理和评审工作。评审小组办公室设在区经委。\n")
    assert numbers(article) == ["2", "3", "5"]


def test_a_panel_article_that_gives_named_bodies_their_duties_stays_a_task():
    # near miss: later paragraphs give the members their own duties
    article = ("第四条（管理部门）由区经委、区财政局等部门组成区扶持资金评审小组，负责资金的评审工作。\n"
               "区经委负责编制资金预算、受理项目申报。\n区财政局负责资金的保障和监督检查。\n")
    assert numbers(article) == ["2", "3", "4", "5"]


def test_money_put_into_a_budget_by_someone_stays_work():
    # near miss: 「将…经费纳入财政预算」 disposes of the money (test_parse_classes_next52's article), a topic does not
    assert money_only("按照责任分工将应急物资储备经费纳入财政预算，与公共安全需求相适应。") is False
    assert money_only("应急物资储备经费纳入年度部门预算。") is True

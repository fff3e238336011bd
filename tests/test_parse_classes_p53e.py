"""Round 53, parser helper p53e (made-up snippets): three of the Round 62 rulings' parser asks — an item's own printed
year dates it whatever the page's date (past facts and found facts excepted), a plan's own title line after a cover
keeps whatever issuer's place or body it prints before the cover's whole name, and a size band naming a class a rule
exempts from a procedure is no target. Each with near misses that stay as they were."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets
from desktop.core.parse.titles import find_title
from tests.helpers_parse import cover_then_own_line as _cover


def _deadlines(text: str) -> dict[str, str | None]:
    return {t.title.split("：")[0]: t.deadline for t in parse_text(text).tasks}


def _targets(text: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 2024, relaxed=True)]


# --- 1. an item's own printed year before the page's date (Round 62 rulings, confirmed; round 44) -------------------

_YEARS = ("某镇全面推行河长制实施方案\n为全面推行河长制，制定本方案。\n一、分年度任务\n"
          "（一）2023年重点任务：完成河道基础信息普查，建立一河一档数据库。\n"
          "（二）2024年重点任务：推进水域岸线修复工程，建立水质监测预警系统。\n"
          "（三）2026年重点任务：构建常态化管护机制。\n二、工作措施\n{extra}某镇人民政府\n2025年5月20日\n")


def test_an_items_own_year_before_the_pages_date_still_dates_it():
    got = _deadlines(_YEARS.format(extra=""))
    assert got["2023年重点任务"] == "2023-12-31"
    assert got["2024年重点任务"] == "2024-12-31"
    assert got["2026年重点任务"] == "2026-12-31"       # (a year after the date: as before)


def test_a_year_before_the_pages_date_that_reports_a_past_or_found_fact_dates_nothing():
    extra = ("（一）完善管理机制。2019年镇水务站设置了河道整治办公室，依托信息平台开展巡查。各村要落实巡查责任。\n"
             "（二）严查违法用地。2022年督察发现违法用地4件，各村要配合整改。\n")
    got = _deadlines(_YEARS.format(extra=extra))
    assert got["完善管理机制"] is None                   # (设置了: done then, round 46)
    assert got["严查违法用地"] is None                   # (督察发现: found then)
    assert got["2023年重点任务"] == "2023-12-31"


# --- 2. the plan's own title line after a cover, any issuer before the whole name (Round 62 rulings, decided) --------


def test_the_own_title_line_keeps_a_place_or_body_printed_before_the_covers_whole_name():
    assert find_title(_cover("关于印发出口专班工作方案的通知", "安平县出口专班工作方案")) == "安平县出口专班工作方案"
    assert find_title(_cover("关于印发出口专班工作方案的通知", "长兴县商务局出口专班工作方案")) \
        == "长兴县商务局出口专班工作方案"
    assert find_title(_cover("关于印发出口专班工作方案的通知", "浙江省长兴县商务局出口专班工作方案")) \
        == "浙江省长兴县商务局出口专班工作方案"


def test_a_place_of_any_length_before_a_name_the_cover_shortens_is_kept():
    assert find_title(_cover("关于印发县出口专班工作方案的通知", "浙江省长兴县出口专班工作方案")) \
        == "浙江省长兴县出口专班工作方案"


def test_a_line_with_no_issuer_before_the_name_keeps_the_covers_name():
    # (a scope, a topic's verbs or a document word before the name: no issuer, the cover's name as before)
    assert find_title(_cover("关于印发出口专班工作方案的通知", "全县出口专班工作方案")) == "出口专班工作方案"
    assert find_title(_cover("关于印发出口专班工作方案的通知", "进一步做好出口专班工作方案")) == "出口专班工作方案"
    assert find_title(_cover("关于印发县出口专班工作方案的通知", "附件县出口专班工作方案")) == "县出口专班工作方案"
    assert find_title(_cover("关于印发县出口专班工作方案的通知", "长兴县商务局出口专班工作方案")) \
        == "县出口专班工作方案"


# --- 3. a band naming a class a rule exempts from a procedure (Round 62 rulings; round 50 governs) -------------------

def test_a_cost_band_naming_a_class_exempt_from_a_procedure_is_no_target():
    assert _targets("总投资在400万元以下的项目免于审价。") == []
    assert _targets("合同估算价50万元以下的维修工程免予报建。") == []
    assert _targets("投资额100万元以下的小型工程，可以不进行招标。") == []


def test_an_area_band_in_an_exempting_list_stays_no_target():
    assert _targets("下列建设项目免予设计方案审核：（一）其他建筑面积五百平方米以下的建设项目；"
                    "（二）高度8米以下的单层工业厂房。") == []


def test_a_band_of_the_objects_of_work_or_a_sum_beside_an_exemption_stays_a_target():
    # (Round 66 rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects,
    # works, contracts or firms is a class, whatever step follows — no target, the class kept): the audited projects
    assert _targets("对合同金额50万元以上的项目进行审计。") == []
    assert _targets("安排资金100万元，免于收取费用。") == [(1000000.0, "元", None)]
    assert _targets("年内完成改造项目20个。") == [(20.0, "个", None)]


# --- 4. a cost band that decides which body approves, reviews or commissions the review (round 43; Round 48) --------

def test_a_cost_band_closed_by_de_that_decides_the_approving_body_is_no_target():
    assert _targets("小型工程投资总额80万元及以上的报请区发改委审批，80万元以下的项目报请镇长办公会研究决定。") == []
    assert _targets("其中投资额300万元(含)以下的项目决算由主管部门对工程决算进行审核。") == []
    assert _targets("投资额小于200万元(含200万元)的不适用本管理办法，由项目主管部门自行决定。") == []


def test_joined_bands_and_a_share_before_the_body_that_commissions_the_review_are_no_targets():
    assert _targets("投资额大于200万元小于2000万元且市、区两级投资比例超过40%的，由镇向区财政局提出申请，"
                    "由区财政局、各镇共同委托财务监理机构。") == []


def test_a_band_deciding_a_procurement_method_a_step_or_a_grant_stays_a_target():
    # (Round 66 rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects,
    # works, contracts or firms is a class, whatever step follows — no target, the class kept); a 的-clause of
    # its own with no noun stays a trigger
    assert _targets("施工金额80万元(含)以上300万元以下的项目，由项目办委托有资质的政府采购代理机构实施政府采购。") == []
    assert _targets("合同价100万元以上的，须采取竞争性谈判。") == [(1000000.0, "元", ">=")]
    assert _targets("年产值500万元以上的，由区经委给予奖励。") == [(5000000.0, "元", ">=")]

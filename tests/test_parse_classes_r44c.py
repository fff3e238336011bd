"""Round 44 dates family, third pass (fail53_dates: plans-next203): a stage heading run on into
its text on one line, its span in the bracket after its name
「（一）自查阶段（6月16日至8月1日）督促学校食堂开展自查…」 — the span ends the stage's own item
and the items under it (round 35's stage span), as it does when the heading stands on a line of
its own.

Near misses that must not change: a heading that is no stage 「（一）开展自查（6月16日至8月1日）…」, a bracket without a
month 「（3个月）」, and an item under the stage that writes its own date.

Also q44e's year after a run-in heading 「工作目标。2019年全市…」 kept to the heading's own line: a
page's running head 「2023年省…方案」 on the next line opens nothing (test_parse_variants).

Made-up snippets written the way such town and district plans are laid out."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.task_dates import run_on_stage_end, title_phase_end


def deadlines(text: str) -> dict[str, str | None]:
    return {t.title: t.deadline for t in parse_text(text).tasks}


PLAN = ("某镇2023年校园周边食品安全专项整治实施方案\n\n一、整治目标\n\n提升校园周边食品安全水平。\n\n二、整治安排\n\n"
        "（一）{first}督促辖区学校食堂开展自查，做到检查无死角。\n\n"
        "（二）集中整治阶段（7月1日至10月10日）镇食安办集中开展专项整治行动，主要内容包括：\n\n"
        "1.整治学校食堂。镇市场监管所严查经营主体资格。\n\n"
        "2.整治周边商店。镇市场监管所严查“三无”食品，{second}\n\n"
        "三、保障措施\n\n（一）加强组织领导。各村成立工作专班。\n")


def test_a_run_on_stage_heading_dates_its_own_item():
    got = deadlines(PLAN.format(first="自查阶段（6月16日至8月1日）", second="发现问题及时处置。"))
    assert next(d for t, d in got.items() if t.startswith("自查阶段")) == "2023-08-01"


def test_a_run_on_stage_heading_dates_the_items_under_it():
    got = deadlines(PLAN.format(first="自查阶段（6月16日至8月1日）", second="发现问题及时处置。"))
    assert got["整治学校食堂"] == "2023-10-10"
    assert got["整治周边商店"] == "2023-10-10"
    assert got["加强组织领导"] is None


def test_an_item_under_the_stage_keeps_its_own_date():
    got = deadlines(PLAN.format(first="自查阶段（6月16日至8月1日）", second="9月底前完成整改。"))
    assert got["整治周边商店"] == "2023-09-30"


def test_the_reader_of_a_run_on_stage_heading():
    assert run_on_stage_end("自查阶段（6月16日至8月1日）督促学校食堂开展自查。", 2023) == "2023-08-01"
    assert run_on_stage_end("宣传发动阶段(5-6月)各村召开动员会。", 2023) == "2023-06-30"
    assert title_phase_end("集中整治阶段（7月1日至10月10日）镇食安办集中开展整治。", 2023) == "2023-10-10"


def test_no_stage_or_no_month_in_the_bracket_reads_nothing_new():
    assert run_on_stage_end("开展自查（6月16日至8月1日）督促学校食堂开展自查。", 2023) is None
    assert run_on_stage_end("自查阶段（3个月）督促学校食堂开展自查。", 2023) is None
    assert run_on_stage_end("自查阶段（6月16日至8月1日）", 2023) is None      # (a heading alone: stage_span_end's)
    assert run_on_stage_end("自查阶段：6月16日至8月1日，督促学校食堂开展自查。", 2023) is None


def test_the_year_after_a_run_in_heading_must_be_on_the_headings_line():
    from desktop.core.parse.task_dates import opening_year
    assert opening_year("工作目标。2019年全市垃圾分类工作明确三大目标。", 2019, "工作目标") == "2019"
    # (a page's running head on the next line, 「2023年省…方案」, is no year of the item — test_parse_variants)
    assert opening_year("一般公共预算收入增长5%左右。\n2023年省政府工作报告任务分解方案\n牵头单位：省财政厅",
                        2023, "一般公共预算收入增长5%左右") is None

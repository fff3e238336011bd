"""Issue 10 round 5: the failure classes of tests/data/plans-local (its BASELINE.md), each on a short
text of its own, then the real case (the scorer covers whole plans: tests/test_parse_score.py)."""

from __future__ import annotations

from pathlib import Path

from helpers_parse import units

from desktop.core.parse import parse_file, parse_text

LOCAL = Path(__file__).parent / "data" / "plans-local"


def _local(prefix: str):
    return parse_file(next(LOCAL.glob(prefix + "_*.txt")))


# --- 2. unnumbered paragraphs each led by a unit ------------------------------------------------

def test_a_run_of_unit_led_paragraphs_is_a_task_list():
    plan = parse_text("为做好全县河道保洁工作，现将各单位任务明确如下：\n"
                      "县水务局负责全县河道保洁的统筹协调，制定考核办法，确保保洁覆盖率达95%。\n"
                      "县财政局要落实保洁经费，监督资金使用。\n"
                      "县生态环境分局负责入河排污口的排查和整治。\n"
                      "城关镇负责镇区河段的日常保洁。\n")
    assert [(t.title[:6], t.lead_units, t.responsible_units) for t in plan.tasks] == [
        ("县水务局负责", [], ["县水务局"]), ("县财政局要落", [], ["县财政局"]),
        ("县生态环境分", [], ["县生态环境分局"]), ("城关镇负责镇", [], ["城关镇"])]
    assert [(x.value, x.unit) for x in plan.tasks[0].targets] == [(95.0, "%")]
    assert len({t.key for t in plan.tasks}) == 4


def test_one_or_two_paragraphs_naming_a_unit_are_prose_not_a_list():
    plan = parse_text("某镇环境整治方案\n一、工作任务\n（一）清理垃圾。（镇城管办负责）\n"
                      "（二）整治河道。（镇水利站负责）\n"
                      "二、保障措施\n镇财政所负责落实整治经费，按季度拨付。\n镇纪委要加强督查，对工作不力的严肃问责。\n")
    assert [k for k, _, _ in units(plan)] == ["一.一", "一.二"]


def test_group_led_paragraphs_name_no_unit_and_break_the_run():
    plan = parse_text("现将任务明确如下：\n县交通局负责公路沿线的整治工作安排。\n各乡镇要加强对辖区路段的巡查工作。\n"
                      "县公安局负责交通秩序的整治和查处。\n县城管局负责县城街道的占道整治。\n")
    assert not plan.tasks


def test_real_district_division_of_work_without_numbers():
    plan = _local("l11")
    got = units(plan)
    assert len(got) == 7
    assert [r for _, _, r in got][:3] == [["区住建局"], ["区委农办"], ["规划分局"]]
    assert all(not lead for _, lead, _ in got)


# --- 4. an item on the same line as its section heading -----------------------------------------

def test_first_item_run_into_its_section_heading_is_split_off():
    plan = parse_text("某镇长效管理方案\n一、主要措施\n（一）两项制度,夯实管理基础1.网格化巡查。\n"
                      "每日巡查责任片区，发现问题当日交办。（镇城管办负责）\n2.限时整改。\n"
                      "问题在3日内整改到位。（镇综合执法队负责）\n（二）考核奖惩（1）月度考核。（镇考核办负责）\n"
                      "（2）年终评比。（镇考核办负责）\n")
    assert [(k, r) for k, _, r in units(plan)] == [
        ("一.一.1", ["镇城管办"]), ("一.一.2", ["镇综合执法队"]),
        ("一.二.1", ["镇考核办"]), ("一.二.2", ["镇考核办"])]
    assert plan.tasks[0].title == "网格化巡查"


def test_a_number_in_a_heading_is_no_item_when_no_second_item_follows():
    plan = parse_text("某县方案\n一、工作任务\n（一）推进“1.5级”开发区建设。（县发改局负责）\n"
                      "（二）建成第1、2期项目。（县住建局负责）\n")
    assert [k for k, _, _ in units(plan)] == ["一.一", "一.二"]


def test_real_town_heading_with_its_first_item():
    plan = _local("l10")
    keys = [t.key for t in plan.tasks]
    assert keys[:2] == ["二.一.1", "二.一.2"]

"""Figures that name a class, not a target (round 44, p44f): a voltage or pressure rating before the equipment it
names, a size band that decides which body reviews or which procedure applies, a building's age band — and the near
misses that stay targets."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def figures(item: str) -> list[tuple[float, str]]:
    plan = parse_text(f"某区城市建设工作方案\n一、重点任务\n（一）{item}（责任单位：区建设管理委）\n"
                      "（二）加强日常巡查。（责任单位：区城管执法局）\n")
    return [(t.value, t.unit) for t in plan.tasks[0].targets]


@pytest.mark.parametrize("item", [
    "完善网架。聚焦10千伏开关站进线问题，逐步提高站间联络比例。",
    "推进加氢站建设。加快大容量70MPa加氢站布局，提升加氢效率。",
])
def test_a_rating_before_its_equipment_is_a_kind(item):
    assert figures(item) == []


def test_a_count_beside_a_rating_stays_a_target():
    assert figures("新建110千伏变电站3座。") == [(3.0, "座")]


def test_a_rating_joined_to_a_comparison_word_stays_a_ceiling():
    assert (220.0, "千伏") in figures("规范接入。原则上项目接入电压等级不超过220千伏。")


@pytest.mark.parametrize("item", [
    "分级审批。工程费用3000万元以下（含3000万元）项目由分管局长审批；3000万元以上项目由局长审批。",
    "实施备案。新建建筑面积20000平方米及以上的地源热泵项目，由区发展改革委实施备案管理。",
    "简化程序。对投资额低于50万元的零星修缮工程，由街道办事处采用告知承诺的程序。",
    "网上申报。对投资额200万元以上的修缮工程，应当通过市工程建设项目审批管理系统进行申报。",
])
def test_a_band_deciding_the_reviewing_body_is_a_class(item):
    assert figures(item) == []


@pytest.mark.parametrize("item,kept", [
    # a grant's condition on an area stays a target (round 30)
    ("给予补贴。建筑面积1万平方米以上的节能改造项目，由区财政局审核后给予补贴。", (10000.0, "平方米")),
])
def test_a_band_with_no_reviewing_body_stays_a_target(item, kept):
    assert kept in figures(item)


def test_a_money_band_naming_works_an_applicant_files_for_is_a_class():
    # (Round 66 rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects,
    # works, contracts or firms is a class, whatever step follows — no target, the class kept) (x47_01 aligned)
    assert figures("规范程序。投资额在80万元以下的建设工程，由企业提出申请，按审批流程办理。") == []


# (Round 66 rulings, Targets, governs over round 48; Round 68: a money band inside a noun naming projects is
# a class whatever step follows — read since t55b)
def test_a_money_band_naming_the_projects_a_check_picks_is_a_class():
    assert figures("开展检查。对投资500万元以上的在建项目开展安全检查。") == []


def test_a_building_age_band_is_a_kind():
    assert figures("开展评估。对建成50年以上的建筑进行价值甄别。") == []


@pytest.mark.parametrize("item,kept", [
    ("明确年限。保障性住房设计使用年限不低于50年。", (50.0, "年")),
    ("延长寿命。完成30年以上老旧管网改造。", (30.0, "年")),
])
def test_a_term_or_an_age_without_a_building_word_stays_a_target(item, kept):
    assert kept in figures(item)


@pytest.mark.parametrize("item,share", [
    ("组建评审小组。评审专家人数不得少于评审小组成员总数的2/3。", 66.7),
    ("民主决策。调整方案须经三分之二以上村民代表表决通过。", 66.7),
    ("提高覆盖。五分之四以上的行政村建成示范点。", 80.0),
])
def test_a_fraction_floor_is_a_percent_target(item, share):
    assert (share, "%") in figures(item)


@pytest.mark.parametrize("item", [
    "开通热线。提供24/7咨询服务。",
    "组织宣传。围绕3/15消费者权益日开展宣传。",
])
def test_a_slash_that_is_no_fraction_reads_no_share(item):
    assert not [f for f in figures(item) if f[1] == "%"]


BODY = "\n一、工作任务\n（一）开展隐患排查。（责任单位：各村）\n（二）组织应急演练。（责任单位：镇应急办）\n"


@pytest.mark.parametrize("line,title", [
    ("关于做好汛期安全防范工作的通知(摘录)", "关于做好汛期安全防范工作的通知"),
    ("关于做好汛期安全防范工作的通知（摘錄）", "关于做好汛期安全防范工作的通知"),
    ("某镇2024年防汛工作预案[VIP]", "某镇2024年防汛工作预案"),
    ("某镇2024年防汛工作方案 1", "某镇2024年防汛工作方案"),
])
def test_a_sites_mark_after_the_name_is_left_out_of_the_title(line, title):
    assert parse_text(line + BODY).title == title


@pytest.mark.parametrize("line", [
    "某镇2024年防汛工作实施方案（试行）",
    "某镇防汛工作要点（2024）",
    "某镇2021-2025年防汛规划",
])
def test_a_titles_own_status_or_years_stay(line):
    assert parse_text(line + BODY).title == line

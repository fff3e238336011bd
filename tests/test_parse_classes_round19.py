"""Failure classes of tests/data/plans-next13/, -next14/, -next15/, -next18/ and -next19/ BASELINE.md taken in
round 19 (parser24), each with made-up wordings of the same shape (the real cases are scored by
tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.targets import find_targets


# 「力争一季度…」「确保二季度…」「三季度全面完成」: a bare quarter aimed at or with what is done in it is a deadline
def test_a_bare_quarter_aimed_at_is_a_deadline():
    assert [d.date for d in find_deadlines("力争二季度完成主体工程建设", 2027)] == ["2027-06-30"]
    assert [d.date for d in find_deadlines("确保三季度首批示范点投入运行", 2027)] == ["2027-09-30"]
    assert [d.date for d in find_deadlines("新建站点四季度全面建成", 2027)] == ["2027-12-31"]
    assert [d.date for d in find_deadlines("争取在一季度启动招标", 2026)] == ["2026-03-31"]


def test_a_bare_quarter_in_passing_is_still_no_deadline():
    assert find_deadlines("一季度经济运行情况较好，二季度招商项目集中签约", 2027) == []
    assert find_deadlines("每季度报送一次，逐季度分析", 2027) == []
    assert find_deadlines("比上年一季度增长5%", 2027) == []


# a page that gives no year in its text but its 发布日期 cell: a bare quarter falls in that year
def test_a_page_without_a_year_takes_the_year_it_was_posted_in():
    plan = parse_text("发布机构 | 某县人民政府 | 发布日期 | 2027-03-05 |\n"
                      "⑴加快项目建设。落实重点项目包联机制，确保二季度新签约项目全部开工。\n"
                      "⑵强化要素保障。做好项目用地、用水、用电保障，力争三季度完成土地报批。\n")
    assert [t.deadline for t in plan.tasks] == ["2027-06-30", "2027-09-30"]


# 「年产120亿只手套等项目」「日处理300吨的垃圾焚烧厂」: a plant named by its output is no target; a capacity to reach
# (形成年产…的能力, 新增年产…) still is
def test_a_plant_named_by_its_output_is_no_target():
    for text in ("推动年产50万套汽车零部件、智能家居等项目落地投产",
                 "加快日处理300吨生活垃圾焚烧发电厂建设",
                 "支持年加工8万吨茶叶精深加工基地扩能改造"):
        assert find_targets(text, 2027, relaxed=True) == [], text


def test_a_capacity_to_reach_is_still_a_target():
    for text, value in (("到2027年底形成年产10万吨的生产能力", 100000),
                        ("新增年产5万吨精制茶叶", 50000),
                        ("全县粮食年产量达到45万吨", 450000)):
        assert [t.value for t in find_targets(text, 2027, relaxed=True)] == [value], text

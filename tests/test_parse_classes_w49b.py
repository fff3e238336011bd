"""Round 49 second wave, w49b: deadlines from spans, ranges and relative times (classes read on the blind sets of
round 49: made-up texts in each class's shape, with near misses that must stay as they were)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.plan_year import ordinal_year


# --- 1. the edition printed straight before the day's name fixes the plan's year (Round 52 on x238_02, 53 on x241_01)
def test_an_edition_before_the_days_name_gives_the_year() -> None:
    assert ordinal_year("第40届“世界标准日”宣传活动方案\n一、活动时间") == 2009
    assert ordinal_year("为做好第二十届防治碘缺乏病宣传日活动，制定本方案。") == 2013
    assert ordinal_year("关于开展第10个全国爱耳日活动的通知") == 2009
    # (a sentence stating the edition wins: 今年…是第N个)
    assert ordinal_year("今年3月3日是第18次“全国爱耳日”。回顾第17次全国爱耳日的经验。") == 2017


def test_an_edition_of_no_known_day_or_two_editions_give_no_year() -> None:
    assert ordinal_year("为做好第三届读书活动月工作，制定本方案。") is None
    # (two editions the plan names, neither stated as this year's: no one year)
    assert ordinal_year("总结第22届世界标准日的经验，做好第23届世界标准日宣传。") is None
    # (an ordinal not written straight before the name: 第5个 counts something else)
    assert ordinal_year("开展第5个片区的世界标准日宣传。") is None


def test_items_under_a_dated_span_take_the_editions_year() -> None:
    text = ("第45届“世界标准日”宣传活动方案\n10月14日是世界标准日，为做好宣传，制订本方案。\n"
            "一、活动时间\n10月8日-10月20日\n二、活动内容\n1、开展标准进社区宣传活动；\n2、开展企业标准化调研活动；\n")
    tasks = parse_text(text).tasks
    assert [t.deadline for t in tasks] == ["2014-10-20", "2014-10-20"]

"""Round 33 tuning (t33s): a 办法 written as headed points over paragraphs (一、申报要求 / 二、主体责任 …) that closes
with a 附则 chapter whose paragraphs say who interprets it or when it takes effect is a plan written as rules: its
childless headed points are its articles, each a task — made-up wordings, with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text

RULES = """某区摊点管理办法(试行)

为规范摊点经营，结合本区实际，制定本办法。

一、禁止乱设摊点

单位和个人不得擅自占用道路和公共场所设摊经营，影响市容环境。

二、设置区域

综合考虑交通、安全等因素，划定摊点设置区域，并向社会公布。摊点分为两类。

1.集中摊点：在固定区域内由运营主体统一组织的摊点。

2.临时摊点：利用店铺门前空间临时设置的摊点。

三、备案要求

经营主体设置摊点前应制定方案，明确设置时段和责任人，向所在街道备案。

四、日常管理

区市容局负责统筹协调全区摊点管理工作，定期开展检查评估，及时处置投诉。

五、附则

本办法适用于本区公共区域内的摊点经营管理。

本办法由区市容局负责解释。
"""


def test_headed_points_of_a_rule_closed_by_its_appendix_are_tasks():
    plan = parse_text(RULES)
    titles = [t.title for t in plan.tasks]
    assert [t for t in titles if "摊点：" not in t] == ["禁止乱设摊点", "备案要求", "日常管理"]
    assert plan.tasks[-1].responsible_units == ["区市容局"]


# near miss: the same points with the closing clause as the text's last unnumbered line (no 附则 chapter): a work
# plan's last line 「本办法由…负责解释」 makes no rule of it, and the plan keeps what it had
NO_APPENDIX = RULES.replace("五、附则\n\n", "")


def test_closing_line_outside_an_appendix_chapter_makes_no_rule():
    titles = [t.title for t in parse_text(NO_APPENDIX).tasks]
    assert "禁止乱设摊点" not in titles and "备案要求" not in titles

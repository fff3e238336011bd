"""Classes of plans-next84–90 (round 30, helper p84): documents written as articles and their structure."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

# a rule in articles (第一条  原则 … 第N条  施行时间), one article with numbered items, the others a paragraph each
RULE = ("某区支持绿色发展实施办法\n\n第一条  目的\n\n为了推进本区绿色发展，根据有关规定，制定本办法。\n\n"
        "第二条  扶持内容\n\n（一）节能改造。对年节能量20吨标准煤以上的项目给予补贴。\n\n"
        "（二）光伏应用。对新建光伏项目按装机容量给予补贴。\n\n"
        "第三条  管理与监督\n\n区发展改革委会同区财政局做好专项资金管理。\n\n"
        "第四条  {title}\n\n{text}\n\n第五条  施行时间\n\n本办法自2025年3月1日起施行，有效期至2028年2月28日。\n")


def _titles(plan):
    return [t.title for t in plan.tasks]


@pytest.mark.parametrize("title,text", [
    ("其他", "新建公共建筑应当实施用能分项计量，并与区能耗监测平台联网。\n\n同一单位同一年度获得的扶持资金总额不超过500万元。"),
    ("其它", "各街镇须做好辖区内项目的日常巡查，发现问题及时报告。"),
    ("其他事项", "区财政局负责资金的拨付和监督，确保专款专用。"),
])
def test_an_other_article_that_gives_work_is_a_task(title, text):
    plan = parse_text(RULE.format(title=title, text=text))
    assert title in _titles(plan)
    assert "施行时间" not in _titles(plan) and "目的" not in _titles(plan)


@pytest.mark.parametrize("title,text", [
    ("其他", "本办法未尽事宜，按照国家和本市有关规定执行。"),
    ("其他", "本办法由区发展改革委负责解释。"),
    ("其他", "本办法执行期间，如遇国家和本市相关政策调整，应按照上级要求作相应调整。"),
    ("其他", "各街镇可参照本办法，结合实际制定具体实施细则。"),
    ("附则", "各街镇应当参照本办法执行。"),
    ("其他", "违反本办法规定的，由区发展改革委责令改正。"),
])
def test_an_other_article_of_closing_clauses_is_no_task(title, text):
    plan = parse_text(RULE.format(title=title, text=text))
    assert title not in _titles(plan)

"""Round 33 (p33s): a childless section of unit paragraphs (CONVENTIONS.md, round 32 "A childless section of unit
paragraphs") whose paragraphs open with a body and a circumstance, a standing or a basis before its work, or with
fields sharing one head — made-up wordings, with near misses that must not change."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.divisions import _division_opener


@pytest.mark.parametrize("text,want", [
    ("区住建委作为行业主管部门，负责牵头全区物业管理工作。", ["区住建委"]),
    ("各街道办事处、新城镇政府按照属地管理职责，负责辖区内项目的巡查。", ["各街道办事处", "新城镇政府"]),
    ("区教育、文化、体育等相关行政管理部门依据各自职责参与监督管理。", ["区教育、文化、体育等相关行政管理部门"]),
    ("区财政局、区审计局、区税务局分别负责资金保障、审计和税收政策落实。", ["区财政局", "区审计局", "区税务局"]),
    ("区城管局、区市场局，各镇等项目管理单位负责具体操作实施。", ["区城管局", "区市场局", "各镇"]),
    ("市、区卫健委在日常检查中发现问题，要立即督促整改。", ["市、区卫健委"]),
    ("区审计局等部门依据本办法，负责做好资金的审计。", ["区审计局"]),
    # near misses: a general call, a body set up, work with no body
    ("各单位要积极推进，查漏补缺。", []),
    ("本区成立工作领导小组，区住建委为组长单位。", []),
    ("按照属地管理原则，做好项目巡查工作。", []),
])
def test_division_paragraph_openers(text, want):
    assert _division_opener(text) == want


PLAN = """关于加强某某工作的实施意见

一、工作目标

到2026年底，全面完成整治。

二、主要措施

（一）开展排查。区住建委负责组织开展全面排查。

（二）推进整改。区城管局负责督促整改。

三、职责分工

区住建委作为行业主管部门，负责牵头全区整治工作。

各街道办事处按照属地管理职责，负责辖区内的日常巡查。

区教育、文化等相关行政管理部门依据各自职责参与监督管理。

四、工作要求

（一）加强组织领导。各单位要高度重视。
"""


def test_a_division_section_with_circumstances_is_one_task():
    plan = parse_text(PLAN)
    tasks = {"/".join([*t.path, t.number]): t for t in plan.tasks}
    assert "三" in tasks
    assert tasks["三"].responsible_units == ["区住建委", "各街道办事处", "区教育、文化等相关行政管理部门"]


def test_a_section_of_general_calls_is_no_division():
    plan = parse_text(PLAN.replace("区住建委作为行业主管部门，负责牵头全区整治工作。", "各单位要积极推进，查漏补缺。")
                      .replace("各街道办事处按照属地管理职责，负责辖区内的日常巡查。", "各部门要按照要求抓好落实。"))
    assert "三" not in {"/".join([*t.path, t.number]) for t in plan.tasks}

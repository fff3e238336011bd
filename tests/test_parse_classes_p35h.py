"""Round 35 (p35h): a plan unit's sending to another body of the plan, no date given, is a duty (round 32; round 35
ruling 「向区财政局报送…」「…报镇…委员会预审」) — and the near misses earlier rounds ruled out stay none."""

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties


def _duties(item: str) -> list[tuple[str, str | None, str | None]]:
    plan = parse_text("某区2024年示范项目创建工作方案\n一、工作任务\n（一）" + item + "\n（二）加强宣传。\n")
    return [(d.text, d.due, d.every) for d in plan.duties]


@pytest.mark.parametrize("item", [
    "各街道对申报项目进行初审，确定推荐名单，报送至区发展改革委。",             # a chain of work ending in the sending
    "如发生重大突发事件，做好先期处置工作，同时向区应急管理局报告。",           # reported to the body each time
    "各村民委员会初审后报镇农村集体资产监督管理委员会预审。",                 # sent on for review
    "区住房保障局汇总各街镇改造计划，提交区政府审议。",
])
def test_a_sending_to_a_named_body_is_an_undated_duty(item):
    got = _duties(item)
    assert [(item[:6] in t, due, every) for t, due, every in got] == [(True, None, None)]


@pytest.mark.parametrize("item", [
    "本方案抄送区委办公室。",                                               # a copy alone
    "区应急管理局负责技术指导，向区政府报告。",                             # nothing reported on (next82)
    "符合条件的企业向区财政局报送申请材料。",                               # an applicant's papers
    "纳入计划的项目，由各街道向区发展改革委报送立项申请。",                 # an application a case sends
    "由区建管委编制改造方案，上报区政府审批。",                             # an approval asked for
    "单位工程应在提交镇党委会审议通过后组织发包。",                         # an approval step
    "去年各街道已经将推荐名单报送至区发展改革委。",                         # sent before the plan
    "区水务所负责水情监测，累计向区水务局报送汛情信息200余条。",             # a count of what was sent
])
def test_near_misses_of_a_sending_to_a_body_stay_none(item):
    assert _duties(item) == []


def test_a_past_review_sending_is_none_and_a_plain_one_a_duty():
    assert find_duties("2023年，各街道已对项目进行初审并报送至区发展改革委。", 2024) == []
    assert [d.due for d in find_duties("各街道对项目进行初审，报送至区发展改革委。", 2024)] == [None]

"""parse_text never raises, whatever the text; it stays fast on plan-like noise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.core.model import ParsedPlan
from desktop.core.parse import parse_text
from desktop.core.parse.normalise import compact

FRAGMENTS = [
    "一、", "二、", "十、", "（一）", "(二)", "（二十八）", "1.", "2、", "3．", "（1）", "(2)", "6.19", "“6.19”",
    "（试行）", "（站）", "〈含开发区，下同〉", "(牵头单位:", "（牵头单位：", "责任单位：", ";", "；", "）", ")",
    "〔", "〕", "【", "】", "《", "》", "、", "，", ",", "。", "\n", " ", "\u3000", "\u2002", "等按职责分工负责",
    "市民政局", "市卫健委", "市卫生健康委", "各县、市、区政府", "各县（市、区）政府", "领导小组各成员单位",
    "不少于", "不低于", "≥", "达到", "以上", "以下", "580张", "90%", "1万人次", "2.8万张", "到2021年底",
    "2022年底前", "6月底前", "4月中旬前", "“十四五”末", "到2025年", "动员部署阶段", "（2024年1月-3月）",
    "2021年5—10月", "每月报送信息1篇以上", "联络员", "半年工作小结", "11月底前提交工作总结", "备案",
    "列第一位者为牵头单位", "武政办〔2024〕20号", "2024年3月1日", "组  长:", "成  员:", "李\u2002 涛",
    "市人民政府副市长", "组成人员名单", "附件", "工作目标", "保障措施", "——", "新建", "完成", "户", "%",
]

plan_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=60).map("".join)


def _check(plan: ParsedPlan, text: str) -> None:
    assert isinstance(plan, ParsedPlan)
    assert plan.source_text == text.replace("\r\n", "\n").replace("\r", "\n")
    assert not any("意外错误" in w for w in plan.warnings), plan.warnings
    plan.to_json()
    for t in plan.tasks:
        assert len(t.lead_units) == len(set(t.lead_units))
        assert len(t.responsible_units) == len(set(t.responsible_units))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text(text):
    _check(parse_text(text), text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_like)
def test_plan_like_fragments(text):
    _check(parse_text(text), text)


def test_never_raises_on_non_str():
    assert parse_text(None).tasks == []          # type: ignore[arg-type]
    assert parse_text(b"\xe4\xb8\x80").warnings  # type: ignore[arg-type]


def test_pathological_inputs_stay_linear():
    nasty = [
        "(" * 20000 + "牵头单位:" + ")" * 20000,
        "1." * 20000,
        "（一）" * 5000 + "市民政局、" * 5000,
        "不少于" * 10000 + "5张",
        "、" * 50000,
        "2024年" * 10000,
        "一、" + "市民政局牵头，" * 5000,
        "\n".join(f"{i}.任务{i}。（牵头单位：市民政局{i}；责任单位：市财政局）" for i in range(1, 3000)),
    ]
    # what they cost is the bench's plan_parse_ms figures, against a floor in the same run
    for text in nasty:
        _check(parse_text(text), text)


def test_compact_keeps_ascii_word_spaces():
    assert compact("全 面贯彻 APP 应用 2024 年") == "全面贯彻APP应用2024年"
    assert compact("Tab 1") == "Tab 1"

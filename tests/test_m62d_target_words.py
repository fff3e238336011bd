"""An indicator's sentence reads as one Chinese sentence whatever the target's comparator (ux62's
「城镇调查失业率控制在达到5.2%，控制在目标以内」): the plan's comparator words (控制在, 提高到, 保持在) are not
the value's verb, and a ceiling, a level, a band and a floor each say how the value stands."""

from __future__ import annotations

import pytest

from desktop.reports.inputs import TargetIn
from desktop.reports.wording import TARGET_TAIL, target_words


def _t(subject: str, text: str, value: float, unit: str, comparator: str | None) -> TargetIn:
    return TargetIn(1, subject, text, value, unit, comparator)


UNEMPLOYMENT = _t("城镇调查失业率", "城镇调查失业率控制在5.5%以内", 5.5, "%", "<=")


@pytest.mark.parametrize(("target", "value", "words"), [
    (UNEMPLOYMENT, 5.2, "城镇调查失业率为5.2%，控制在目标（5.5%）以内"),
    (UNEMPLOYMENT, 5.5, "城镇调查失业率为5.5%，控制在目标（5.5%）以内"),
    (UNEMPLOYMENT, 5.8, "城镇调查失业率为5.8%，高于目标（5.5%）0.3个百分点"),
    (_t("城镇登记失业人数", "城镇登记失业人数控制在2000人以内", 2000, "人", "<"), 1800,
     "城镇登记失业人数为1800人，控制在目标（2000人）以内"),
    (_t("社会消费品零售总额", "社会消费品零售总额增长5.5%", 5.5, "%", None), 5.8,
     "社会消费品零售总额增长5.8%，超过目标0.3个百分点"),
    (_t("固定资产投资", "全年完成固定资产投资增长6%以上", 6, "%", ">="), 5.0,
     "全年完成固定资产投资增长5%，距目标还差1个百分点"),
    (_t("家庭医生签约服务覆盖率", "家庭医生签约服务覆盖率提高到75%以上", 75, "%", ">="), 76,
     "家庭医生签约服务覆盖率达到76%，超过目标1个百分点"),
    (_t("政务服务事项网上可办率", "政务服务事项网上可办率达到98%以上", 98, "%", ">="), 98,
     "政务服务事项网上可办率达到98%，实现目标"),
    (_t("基本养老保险参保率", "基本养老保险参保率稳定在95%", 95, "%", "="), 95, "基本养老保险参保率为95%，与目标持平"),
    (_t("基本养老保险参保率", "基本养老保险参保率稳定在95%", 95, "%", "="), 94,
     "基本养老保险参保率为94%，低于目标（95%）1个百分点"),
    (_t("地区生产总值", "地区生产总值增长3%—5%", 3, "%", ">="), 4.2, "地区生产总值增长4.2%，处于目标区间（3%—5%）"),
    (_t("地区生产总值", "地区生产总值增长3%—5%", 3, "%", ">="), 2.5,
     "地区生产总值增长2.5%，低于目标区间（3%—5%）下限"),
    (_t("每千人口医疗机构床位数", "每千人口医疗机构床位数提高到7张", 7, "张", ">"), 6.5,
     "每千人口医疗机构床位数达到6.5张，完成目标（7张）的93%"),
    (_t("养老床位", "新增养老床位300张", 300, "张", None), 150, "新增养老床位150张，完成目标（300张）的50%"),
])
def test_every_comparator_reads_as_one_sentence(target: TargetIn, value: float, words: str) -> None:
    got = target_words(target, value)
    assert got == words
    assert "控制在达到" not in got and "达到为" not in got
    # the draft's check strips the tail back to what the unit wrote
    assert TARGET_TAIL.sub("", got) == words.split("，")[0]

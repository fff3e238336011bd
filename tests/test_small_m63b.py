"""ux62's smaller findings mended in round 63 (m63b): the typo question's buttons answer it, ..."""

from __future__ import annotations

from desktop.core.model import Unit
from desktop.core.unit_check import new_units


def test_the_typo_question_s_buttons_answer_it():
    [new] = new_units(["区民证局"], [Unit("区民政局"), Unit("区财政局")])
    question, choices = new.question()
    assert question.endswith("是笔误吗？")
    assert choices == ["是笔误，改为“区民政局”", "不是笔误，仍然使用", "是笔误，回去修改"]
    assert new.answer("是笔误，改为“区民政局”") == "区民政局"
    assert new.answer("不是笔误，仍然使用") == "区民证局"
    assert new.answer("是笔误，回去修改") is None


def test_a_name_with_nothing_near_is_asked_the_same_with_two_answers():
    [new] = new_units(["益企服务中心"], [Unit("区民政局")])
    question, choices = new.question()
    assert "没有与它相近的单位名称" in question and question.endswith("是笔误吗？")
    assert choices == ["不是笔误，仍然使用", "是笔误，回去修改"]

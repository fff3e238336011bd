"""Round 62 (m62b, finding 1): when the numbering starts again and one group is taken as the plan, the
warning names every group — its first line's opening words and how many items it held — so the clerk can
find what was left out in the document."""

from __future__ import annotations

from desktop.core.parse import parse_text

NOTICE_THEN_PLAN = (
    "关于印发某区养老服务工作方案的通知\n各街道：\n"
    "一、总体要求\n要高度重视，认真组织实施。\n二、加强领导\n各单位要加强领导。\n三、强化督查\n区政府督查室要加强督查。\n"
    "某区人民政府办公室\n2024年3月1日\n"
    "某区养老服务工作方案\n"
    "一、重点任务\n（一）建设养老服务中心。新建街道养老服务中心3个。（牵头单位：区民政局；责任单位：各街道）\n"
    "（二）开展适老化改造。完成200户改造。（牵头单位：区民政局、区住建局）\n"
    "二、保障措施\n（一）加强经费保障。（责任单位：区财政局）\n")


def _restart_warning(text: str) -> str:
    return next(w for w in parse_text(text).warnings if "各自从头开始" in w)


def test_the_dropped_group_is_named_by_its_first_heading_and_size():
    warning = _restart_warning(NOTICE_THEN_PLAN)
    assert warning == ("原文有 2 组各自从头开始的编号，已取第 2 组（“一、重点任务”起，共 2 项、下含 3 条）"
                       "作为方案正文；未取第 1 组（“一、总体要求”起，共 3 项），请核对。")


def test_the_rule_is_unchanged_the_plan_is_still_the_group_taken():
    plan = parse_text(NOTICE_THEN_PLAN)
    assert not any("高度重视" in t.text for t in plan.tasks)
    assert any("养老服务中心" in t.text for t in plan.tasks)


def test_a_long_opening_sentence_is_cut_to_words_to_search_for():
    text = NOTICE_THEN_PLAN.replace("一、总体要求\n要高度重视，认真组织实施。",
                                    "一、各街道要充分认识做好养老服务工作的重要意义，认真组织实施。")
    warning = _restart_warning(text)
    assert "未取第 1 组（“一、各街道要充分认识做好养老服…”起，共 3 项）" in warning

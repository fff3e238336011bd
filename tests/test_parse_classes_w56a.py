"""Round 56 second wave (w56a): contingency plans (应急预案), second pass.

A short extract of a decimal outline — 「6 灾后救助 / 6.1 … / 6.1.1 …」 where no number has both its .1 and its .2
at line starts (6.1 with no 6.2, 7.3 and 7.4 with no 7.1, 7.4.1 and 7.4.3) — was no scheme at all, and the plan
came back with no task though every 6.1.1 line names its doer. Third-level numbers standing under their own
second-level line above them, under two second-level lines at least, are a scheme: the lowest numbers are the
tasks. Near misses: one such pair alone (a figure 「1.2.3」 may stand under a 「1.2」 line by chance) is none.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(t.number, t.responsible_units) for t in parse_text(text).tasks]


_SHORT = ("某县防汛抗旱应急预案\n"
          "4 应急保障\n"
          "4.2 物资保障\n"
          "4.2.1 县水务局负责储备防汛抢险物资。\n"
          "5 后期处置\n"
          "5.3 灾后重建\n"
          "5.3.1 县住房城乡建设局负责组织受损房屋鉴定。\n"
          "5.4 总结评估\n"
          "5.4.2 县应急管理局负责组织灾情评估。\n")


def test_a_short_decimal_extract_gives_its_lowest_numbers_as_tasks() -> None:
    assert tasks(_SHORT) == [("4.2.1", ["县水务局"]), ("5.3.1", ["县住房城乡建设局"]),
                             ("5.4.2", ["县应急管理局"])]


def test_the_extract_with_full_siblings_reads_the_same_way() -> None:
    text = _SHORT.replace("5 后期处置", "4.2.2 县粮食局负责储备救灾粮油。\n5 后期处置")
    assert [n for n, _ in tasks(text)] == ["4.2.1", "4.2.2", "5.3.1", "5.4.2"]


def test_one_nested_pair_alone_is_no_outline() -> None:
    text = ("某街道垃圾分类工作方案\n"
            "一、工作任务\n"
            "（一）街道城管办负责督促各小区设置分类投放点。\n"
            "（二）各社区负责组织志愿者开展桶边督导。\n"
            "1.2 各小区\n"
            "1.2.1 各小区物业负责日常管理。\n")
    found = tasks(text)
    assert len(found) == 2
    assert not any("." in n for n, _ in found)
    assert found[0][1] == ["街道城管办"]


# A command body's member list 「成员：A、B、C。」 on a line of its own: the bodies are the plan's (its list of units),
# never the item's units (CONVENTIONS.md rule 3: members 「成员单位为…」 are no units of the item). Near misses: a list
# of persons or posts gives none, nor a sentence about the members.
_COMMAND = ("某区防汛应急预案\n"
            "1 组织体系\n"
            "1.1 区防汛指挥部组成\n"
            "总指挥：由区政府分管领导同志担任。\n"
            "{members}\n"
            "1.2 区防汛指挥部职责\n"
            "区防汛指挥部负责组织全区防汛抢险工作。\n"
            "2 保障措施\n"
            "2.1 物资保障\n区水务局负责储备防汛物资。\n"
            "2.2 队伍保障\n区应急管理局负责组建抢险队伍。\n")


def units_of(members: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
    plan = parse_text(_COMMAND.format(members=members))
    return [u.name for u in plan.units], [(t.number, t.responsible_units) for t in plan.tasks]


_OWN = ["区防汛指挥部", "区水务局", "区应急管理局"]      # (the bodies the tasks name)
_TASKS = [("1.1", []), ("1.2", ["区防汛指挥部"]), ("2.1", ["区水务局"]), ("2.2", ["区应急管理局"])]


def test_a_member_list_names_the_plans_bodies_not_the_items_units() -> None:
    names, found = units_of("成员：区水务局、区财政局、区住房城乡建设局、区城管执法局。")
    assert names == [*_OWN, "区财政局", "区住房城乡建设局", "区城管执法局"]
    assert found == _TASKS


def test_a_member_units_label_reads_the_same() -> None:
    assert units_of("成员单位：区财政局、区民政局") == ([*_OWN, "区财政局", "区民政局"], _TASKS)


def test_members_who_are_persons_or_a_sentence_give_no_units() -> None:
    for line in ("成员：张某某、李某某、王某某。", "成员单位要按照职责分工，区民政局做好救助工作。",
                 "成员：各成员单位分管负责同志。"):
        assert units_of(line) == (_OWN, _TASKS)


def test_a_member_sentence_with_its_catch_all_tail_reads_the_same() -> None:
    line = "指挥部成员单位由区财政局、区民政局、区卫生健康委及其他有关单位组成。"
    assert units_of(line) == ([*_OWN, "区财政局", "区民政局", "区卫生健康委"], _TASKS)
    # (a sentence that only says what the members do names no member list)
    assert units_of("各成员单位要按照职责分工做好相关工作。") == (_OWN, _TASKS)


# 「…事故由A负责组成调查组进行调查」 after a topic: 负责 right after the agent of 由 is A's work (rule 2), what it
# sets up (组成调查组) its object — not the members of a body 「调查组由A、B组成」 (rule 3), which stay none.
def _inquiry(body: str) -> list[str]:
    text = ("某区危险化学品事故应急预案\n1 后期处置\n1.1 善后处置\n区民政局负责做好善后工作。\n1.2 事故调查\n"
            f"{body}\n1.3 恢复重建\n区住房城乡建设局负责组织恢复重建。\n")
    return next(t.responsible_units for t in parse_text(text).tasks if t.number == "1.2")


def test_an_agent_of_you_charged_to_set_up_a_team_is_the_doer() -> None:
    assert _inquiry("事故调查由区应急局负责组成调查组进行调查。") == ["区应急局"]
    assert _inquiry("较大事故由上级调查，一般事故由经区政府授权的区应急局负责组成调查组进行调查。") == ["区应急局"]


def test_a_teams_members_are_no_doers() -> None:
    assert _inquiry("调查组由区应急局、区公安分局组成。") == []
    assert _inquiry("事故调查组由区应急局和区公安分局等部门组成，负责查明事故原因。") == []


# A contingency plan's 总则 in a decimal outline: its points (purpose, grounds with the laws listed under them, scope,
# principles) and a closing point of definitions are general provisions, no tasks (CONVENTIONS.md round 30, round
# 48's decimal plan); the outline's other points stay tasks. Near miss: a plan whose first chapter is work
# (「1 监测预警」) keeps its points.
def _plan(first: str) -> str:
    return ("某区防汛防台应急预案\n"
            f"1 {first}\n"
            "1.1 编制目的\n为提高本区防汛防台应急处置能力，制定本预案。\n"
            "1.2 编制依据\n（1）《中华人民共和国防洪法》；\n（2）《某市防汛条例》。\n"
            "1.3 适用范围\n本预案适用于本区行政区域内台风、暴雨灾害的防范和处置。\n"
            "2 组织体系\n"
            "2.1 工作机构\n区水务局负责区防汛指挥部办公室的日常工作。\n"
            "2.2 专家机构\n区防汛指挥部办公室负责组建专家组。\n"
            "3 附则\n"
            "3.1 术语解释\n本预案所称“以上”包括本数。\n"
            "3.2 预案演练\n区防汛指挥部办公室每年组织一次演练。\n")


def test_an_outlines_general_provisions_are_no_tasks() -> None:
    found = tasks(_plan("总则"))
    assert [n for n, _ in found] == ["2.1", "2.2", "3.2"]
    assert found[0][1] == ["区水务局"]


def test_the_chapter_name_printed_with_a_space_is_the_same_chapter() -> None:
    assert [n for n, _ in tasks(_plan("总 则"))] == ["2.1", "2.2", "3.2"]


def test_a_first_chapter_of_work_keeps_its_points() -> None:
    text = _plan("总则").replace("1 总则\n", "1 监测预警\n").replace(
        "1.1 编制目的\n为提高本区防汛防台应急处置能力，制定本预案。", "1.1 风险监测\n区气象局负责发布台风暴雨预警。")
    found = tasks(text)
    assert found[0] == ("1.1", ["区气象局"])
    assert [n for n, _ in found][-3:] == ["2.1", "2.2", "3.2"]



def test_a_point_of_the_general_chapter_that_gives_a_body_work_stays_a_task() -> None:
    # "Round 72 rulings": 总则's purpose, grounds, scope and principles are no tasks, but a point there that gives
    # a body work is a task by the rules for work (round 30's 「区发展改革委负责…的综合协调」)
    text = ("某区防汛应急预案\n1 总则\n1.1 编制目的\n为做好防汛工作，制定本预案。\n"
            "1.2 工作机制\n区应急管理局负责本区防汛工作的综合协调，区水务局负责组织抢险。\n"
            "1.3 工作原则\n坚持统一领导、分级负责、属地为主。\n"
            "2 组织体系\n2.1 指挥机构\n区防汛指挥部负责统一指挥。\n2.2 工作机构\n区水务局负责日常工作。\n"
            "3 应急保障\n3.1 物资保障\n区财政局负责落实资金。\n")
    got = {"/".join([*t.path, t.number]): t.responsible_units for t in parse_text(text).tasks}
    assert got == {"1/1.2": ["区应急管理局", "区水务局"], "2/2.1": ["区防汛指挥部"], "2/2.2": ["区水务局"],
                   "3/3.1": ["区财政局"]}

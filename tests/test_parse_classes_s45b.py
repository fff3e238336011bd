"""Round 45 (s45b): task counts of whole articled rules. Lists that give no work are the text of the article that
announces them (CONVENTIONS.md round 35): a cases pointer however its one-of is worded (「出现下述任一情况」「有以下
情形，由A…」), cases sorted by a consequence that gives no work (「…的，不属于…范围：」), rights 「享有下列权利」,
a hired person's obligations 「专家应履行下列义务」 and the matters a meeting takes up 「议事事项有：」; an
article holding only such a list is no task (round 33 / 45), and a 工作定位 / 机构的性质与组成 article is a general
provision (round 30). Near misses: a body's duties 「…履行下列职责：」 and a list of work 「做好以下工作：」 stay items,
a lead-in pointing at no cases 「下列举报不属于…」 is not read so, and an article with work stays a task.
Made-up snippets written the way such rules are laid out."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = ("某区某某局关于印发《某区某某管理办法》的通知\n\n各科室、各下属单位：\n现将《某区某某管理办法》印发给你们，"
        "请认真贯彻执行。\n\n某区某某局\n2026年3月1日\n\n某区某某管理办法\n\n"
        "第一条  为规范某某管理工作，根据有关规定，制定本办法。\n\n"
        "第二条  区某某局负责本办法的组织实施，区财政局负责经费保障。\n\n")
TAIL = "第九条  区某某局负责建立工作台账，每季度向区政府报送工作情况。\n\n第十条  本办法自2026年4月1日起施行。\n"


def numbers(text: str) -> list[str]:
    return [t.number for t in parse_text(text).tasks]


def paths(text: str) -> list[tuple[str, ...]]:
    return [(*t.path, t.number) for t in parse_text(text).tasks]


CASES_WORDED = ("第三条  引导基金在投资协议中约定，管理机构如发现所投资基金出现下述任一情况，"
                "引导基金可选择提前退出：\n\n"
                "（一）投资方案确认后超过一年，未完成设立手续的；\n\n（二）所投资基金未按协议约定投资的；\n\n"
                "（三）其他不符合协议约定情形的。\n\n")
WORK_LIST = ("第三条  区某某局会同相关部门做好以下工作：\n\n（一）核查举报线索，五个工作日内反馈；\n\n"
             "（二）核拨奖励资金，并做好台账；\n\n（三）对资金使用进行审计。\n\n")


def test_a_cases_pointer_worded_as_any_one_of_folds_its_cases():
    found = paths(HEAD + CASES_WORDED + TAIL)
    assert ("3",) in [p[-1:] for p in found]
    assert not any(p[:-1] == ("3",) for p in found)          # no item (一)… under 第三条
    # near miss: a list of work under the same kind of article stays its items
    near = paths(HEAD + WORK_LIST + TAIL)
    assert sum(1 for p in near if p[:-1] == ("3",)) == 3


def test_cases_sorted_by_a_no_work_consequence_fold_whatever_the_lines_end_with():
    text = ("第三条  有下列情形之一的，不属于本办法规定的奖励范围：\n\n（一）系本单位工作人员及其近亲属的举报；\n\n"
            "（二）举报内容事先已被掌握的举报；\n\n（三）其他不符合规定的奖励情形。\n\n")
    found = paths(HEAD + text + TAIL)
    assert not any(p[:-1] == ("3",) for p in found)
    # near miss: a lead-in that points at no cases 「下列举报不属于…：」 is not read by this class (its items stay)
    near = paths(HEAD + text.replace("有下列情形之一的，不属于", "下列举报不属于") + TAIL)
    assert sum(1 for p in near if p[:-1] == ("3",)) == 3


def test_rights_obligations_and_meeting_matters_are_no_tasks_a_body_s_duties_are():
    rights = "第三条  委员会专家享有下列权利：\n\n（一）参加委员会全体会议；\n\n（二）优先获得相关信息。\n\n"
    duties = "第四条  委员会专家应履行下列义务：\n\n（一）积极承担有关研究工作。\n\n（二）遵守保密纪律。\n\n"
    matters = ("第五条  委员会全体会议议事事项有：\n\n（一）年度工作计划；\n\n（二）年度工作报告；\n\n"
               "（三）其他重要事项。\n\n")
    found = numbers(HEAD + rights + duties + matters + TAIL)
    assert "9" in found and not {"3", "4", "5"} & set(found)
    # near miss: a body's duties under 「…履行下列职责：」 are its items, each a task
    body = ("第三条  区某某局应当履行下列职责：\n\n（一）负责组织编制年度计划；\n\n（二）负责审核项目申报材料；\n\n"
            "（三）负责监督项目实施。\n\n")
    kept = paths(HEAD + body + TAIL)
    assert sum(1 for p in kept if p[:-1] == ("3",)) == 3


def test_a_work_position_article_is_a_general_provision_but_one_with_work_is_not():
    text = ("第三条（工作定位）\n某某委员会是本区某某工作的咨询机构，由相关方面的专家组成。\n"
            "第四条（工作职责）\n区某某局负责委员会日常工作，每年组织召开全体会议。\n"
            "第五条（施行日期）\n本办法自2026年4月1日起施行。\n")
    head = HEAD.replace("第一条  为规范", "第一条（目的）\n为规范")
    head = head.replace("第二条  区某某局", "第二条（职责）\n区某某局")
    found = numbers(head.replace("\n\n第", "\n第") + text)
    assert "4" in found and "3" not in found

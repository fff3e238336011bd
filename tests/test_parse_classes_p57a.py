"""Round 57 (p57a): the task structure of whole rules.

- An article whose label is printed mid-line after the stop that closes the article before (a stored line break lost,
  CONVENTIONS.md Round 70 on x290_01 第四、十一、二十条: each label its own article), where that article's label stands
  on no line of its own — ``run_on_articles._body_glued``. An article named inside a sentence (「按照本办法第五条规定」,
  after a word) stays text, and so does a label whose article also opens a line of its own.
- A check before the agent of 由 after a case 「对隐瞒虚报…的，经查实后由A纳入…」 (Round 70's x290_03 第十七条:
  the article whose second clause gives a body work is a task, that body its doer) — ``sentence_units._CHECKED_BY``;
  with no agent of 由 after the check it names none.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units

HEAD = "某市旧住房改造项目实施管理办法\n第一条（目的）\n为规范旧住房改造，制定本办法。\n"


def _tasks(body: str) -> dict[str, tuple[list[str], list[str], str]]:
    return {t.number: (t.lead_units, t.responsible_units, t.text) for t in parse_text(HEAD + body).tasks}


GLUED = (
    "第二条（管理部门）\n"
    "市住房管理局负责本市改造项目的监督管理。 第三条（计划制定） 区住房管理局会同区财政局制定本区改造计划。\n"
    "第四条（方案公示）\n"
    "建设单位应当将改造方案在项目范围内公示。 第五条（签订协议） "
    "建设单位与业主签订改造协议，取得不低于90%的业主同意后，协议生效。\n"
    "第六条（施行日期）\n本办法自2020年1月1日起施行。\n"
)


def test_an_article_label_printed_mid_line_after_a_stop_opens_its_own_article():
    tasks = _tasks(GLUED)
    assert sorted(tasks, key=int) == ["2", "3", "4", "5"]
    assert tasks["2"][1] == ["市住房管理局"]
    assert tasks["3"][0] == ["区住房管理局"] and tasks["3"][1] == ["区财政局"]
    assert "区住房管理局" not in tasks["2"][1]
    assert tasks["4"][1] == ["建设单位"]
    assert tasks["5"][2].startswith("（签订协议）") or "签订改造协议" in tasks["5"][2]
    targets = {t.number: t.targets for t in parse_text(HEAD + GLUED).tasks}
    assert [x.value for x in targets["5"]] == [90.0]
    assert targets["4"] == []


def test_an_article_named_inside_a_sentence_stays_text():
    body = ("第二条（计划立项）\n区住房管理局按照本办法 第三条（认定条件）规定，制定本区改造计划。\n"
            "第三条（认定条件）\n改造项目应当符合城市规划。\n")
    tasks = _tasks(body)
    assert "区住房管理局按照本办法" in tasks["2"][2] and "制定本区改造计划" in tasks["2"][2]
    # (a label after a stop whose article opens a line of its own further on is a citation, not a lost break)
    body = ("第二条（管理部门）\n市住房管理局负责监督管理。 第三条（认定条件）另有规定的除外。\n"
            "第三条（认定条件）\n改造项目应当符合城市规划。\n")
    tasks = _tasks(body)
    assert "另有规定的除外" in tasks["2"][2]


def test_a_check_before_the_agent_of_by_names_the_agent():
    body = ("第二条（核对期限）\n核对机构负责在30个工作日内完成核对工作。\n"
            "第三条（如实申报的义务）\n申请家庭应当如实申报家庭收入和财产状况，对隐瞒虚报经济状况的，"
            "经查实后由相关部门纳入个人信用管理范围，并实施相应的惩戒措施。\n"
            "第四条（施行日期）\n本办法自2020年1月1日起施行。\n")
    tasks = _tasks(body)
    assert tasks["3"][:2] == ([], ["相关部门"])
    assert tasks["2"][:2] == ([], ["核对机构"])


def test_a_check_with_no_agent_of_by_names_none():
    body = ("第二条（核对期限）\n核对机构负责在30个工作日内完成核对工作。\n"
            "第三条（如实申报的义务）\n申请家庭应当如实申报家庭收入和财产状况，对隐瞒虚报经济状况的，"
            "经查实后纳入个人信用管理范围。\n"
            "第四条（施行日期）\n本办法自2020年1月1日起施行。\n")
    tasks = _tasks(body)
    assert tasks["2"][:2] == ([], ["核对机构"])
    assert tasks.get("3", ([], [], ""))[:2] == ([], [])


REVIEW = ("第二条（备案要求）\n"
          "（一）管理部门应当核实调查机构人员的上岗证书。\n"
          "（二）审核内容：\n"
          "1、项目权属来源的合法性及土地、房屋权属的一致性；\n"
          "2、图形数据必须内容规范、要素齐全；\n"
          "3、调查报告书格式要规范，页面及相应内容要完整、无遗漏。\n"
          "（三）管理部门负责成果资料归档。\n")


def test_a_reviews_contents_over_lines_of_standards_is_one_task():
    tasks = {"/".join([*t.path, t.number]): t for t in parse_text(HEAD + REVIEW).tasks}
    keys = [k for k in tasks if "（二）" in k or k.endswith("二")]
    assert len(keys) == 1
    review = tasks[keys[0]]
    assert review.lead_units == [] and review.responsible_units == []
    assert "图形数据必须内容规范" in review.text and "格式要规范" in review.text
    assert len(tasks) == 3


def test_a_contents_label_over_lines_of_work_stays_items():
    body = REVIEW.replace("1、项目权属来源的合法性及土地、房屋权属的一致性；", "1、开展项目权属来源的合法性审查；") \
        .replace("2、图形数据必须内容规范、要素齐全；", "2、区住房管理局负责图形数据的抽查；")
    tasks = parse_text(HEAD + body).tasks
    assert len(tasks) == 5
    assert [t.responsible_units for t in tasks if "抽查" in t.text] == [["区住房管理局"]]


def test_an_article_that_only_points_to_other_rules_is_no_task():
    # 「…的不动产登记应按…的相关规定要求执行」 (x290_01 第十三条: a pointer to other rules, round 34's 参照 article)
    body = ("第二条（计划制定）\n区住房管理局会同区财政局制定本区改造计划。\n"
            "第三条（不动产登记）\n改造项目的不动产登记应按国家和本市关于不动产登记的相关规定要求执行。\n"
            "第四条（资料归档）\n区住房管理局负责改造项目资料的整理归档。\n")
    assert sorted(_tasks(body), key=int) == ["2", "4"]


def test_a_body_doing_work_by_other_rules_stays_a_task():
    body = ("第二条（计划制定）\n区住房管理局会同区财政局制定本区改造计划。\n"
            "第三条（不动产登记）\n区不动产登记中心应当组织开展改造项目的不动产登记，按本市相关规定要求执行。\n"
            "第四条（资料归档）\n区住房管理局负责改造项目资料的整理归档。\n")
    tasks = _tasks(body)
    assert sorted(tasks, key=int) == ["2", "3", "4"]
    assert tasks["3"][1] == ["区不动产登记中心"]


def test_a_note_on_a_figure_naming_who_sets_it_names_no_doer():
    body = ("第二条（签订协议）\n建设单位与业主签订改造协议，"
            "取得不低于90%（具体比例由区人民政府确定）的业主同意后，协议正式生效。\n"
            "第三条（资料归档）\n区住房管理局负责改造项目资料的整理归档。\n")
    tasks = _tasks(body)
    assert tasks["2"][:2] == ([], ["建设单位"])
    assert tasks["3"][:2] == ([], ["区住房管理局"])
    # (a bracket after no figure keeps its agent)
    assert doer_units("项目实施（具体由区住房管理局负责）。")[1] == ["区住房管理局"]
    assert doer_units("各区完成改造（具体比例由区人民政府确定）。")[1] == ["区人民政府"]


def test_a_count_before_the_doers_kind_is_no_part_of_its_name():
    body = ("第二条（评估机构）\n同一征收项目的评估工作，原则上由一家估价机构承担。\n"
            "第三条（资料归档）\n区住房管理局负责改造项目资料的整理归档。\n")
    assert _tasks(body)["2"][:2] == ([], ["估价机构"])
    # (a name that is no count and kind stays whole)
    body = body.replace("原则上由一家估价机构承担", "原则上由区一家企业服务中心承担")
    assert _tasks(body)["2"][1] == ["区一家企业服务中心"]

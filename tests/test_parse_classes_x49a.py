"""Round 49 third wave (x49a): articles of definition and score tables read as tasks in whole rules — an article under
a bracketed heading that only defines a term 「X（以下简称“Y”），是指…」 is a general provision (round 30:
definitions are text; ``rule_chapters.general_article``), the rows of a scoring scheme printed as items 「（二）工作绩效
（小计80分）⏎1.概算控制：…（30分）」 are what an assessment covers (``scored_rows``), and a closing clause shared by the
issuers 「本细则由A、B按部门职责分别解释」 is no task. Near misses: a definition followed by work, a scored row that
gives a body work."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = ("某区政府投资项目委托管理实施细则\n第一章 总则\n第一条 （目的）\n"
        "为规范本区项目管理，根据有关规定制定本细则。\n")
WORK = ("第三条 （职责分工）\n区发展改革委负责委托管理制度的统筹协调，"
        "会同区财政局做好项目资金管理。\n"
        "第四条 （项目实施）\n区建设管理委负责项目的工程建设行业管理，组织开展质量安全检查。\n")


def _titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


def test_a_bracketed_article_that_only_defines_a_term_is_no_task():
    text = HEAD + ("第二条 （概念）\n委托管理制度（以下简称“委管制”），是指政府选择专业管理单位，负责项目的组织实施，"
                   "项目建成后交付使用单位的制度。\n") + WORK
    titles = _titles(text)
    assert not any("概念" in t or "委管制" in t for t in titles)
    assert any("职责分工" in t for t in titles)


def test_a_term_defined_after_a_comma_under_its_own_heading_is_no_task():
    text = HEAD + ("第二条 （管理单位定义）\n专业管理单位，是指具有相应经验、能力，"
                   "能独立承担法律责任的企事业法人。\n") + WORK
    assert not any("定义" in t for t in _titles(text))


def test_near_miss_a_definition_followed_by_work_stays_a_task():
    text = HEAD + ("第二条 （新建项目管理）\n新建项目是指从基础开始建造的项目。落实分类管理，建设单位应在取得许可后，"
                   "向区建设管理委办理施工许可手续。\n") + WORK
    assert any("新建项目管理" in t for t in _titles(text))


SCHEME = ("第五条 （考核指标）\n考核实行百分制，90分以上为优秀。管理单位的考核指标包括：\n"
          "（一）人员配备（小计10分）\n主要考量执业资格人员情况和项目团队的组织情况。（10分）\n"
          "（二）工作绩效（小计90分）\n"
          "1.投资控制：是否出现超概情况，付款流程是否到位；（40分）\n"
          "2.进度控制：是否按照计划时间节点完成各项审批；（30分）\n"
          "3.质量控制：现场安全质量管理是否到位。（20分）\n")


def test_the_rows_of_a_scoring_scheme_are_no_tasks():
    work = WORK.replace("第三条", "第二条").replace("第四条", "第三条")
    titles = _titles(HEAD + work + SCHEME.replace("第五条", "第四条"))
    assert not any(w in t for t in titles for w in ("人员配备", "投资控制", "进度控制", "质量控制"))
    assert any("职责分工" in t for t in titles) and any("项目实施" in t for t in titles)


def test_near_miss_a_scored_row_that_gives_a_body_work_stays_a_task():
    scheme = ("第四条 （考核指标）\n考核指标包括：\n"
              "1.区建设管理委负责组织开展月度质量检查；（40分）\n"
              "2.进度控制：是否按照计划时间节点完成各项审批；（30分）\n"
              "3.质量控制：现场安全质量管理是否到位。（30分）\n")
    titles = _titles(HEAD + WORK.replace("第三条", "第二条").replace("第四条", "第三条") + scheme)
    assert any("月度质量检查" in t for t in titles)
    assert not any("进度控制" in t for t in titles)


def test_near_miss_a_lone_mark_is_no_table():
    text = HEAD + WORK + ("第五条 （工作要求）\n各街道应当：\n1.建立项目台账，按月更新；（10分）\n"
                          "2.落实专人负责项目巡查。\n3.做好档案资料的整理归集。\n")
    titles = _titles(text)
    assert any("项目台账" in t for t in titles)


def test_a_closing_clause_shared_by_the_issuers_is_no_task():
    text = HEAD + WORK + "第五条本细则由区发展改革委、区财政局按部门职责分别解释。\n"
    assert not any("分别解释" in t for t in _titles(text))


def test_a_definition_followed_by_a_statement_of_its_weight_is_no_task():
    text = HEAD + ("第二条 （概念定义）\n村庄风貌是指一定区域内建筑在外观、色彩等方面呈现的整体形象。"
                   "村庄风貌是乡村文化的重要组成部分。\n") + WORK
    assert not any("概念定义" in t for t in _titles(text))

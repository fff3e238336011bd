"""Round 41 (p41a), documents and attachments: a plan in articles that prints, under one of its 附件 labels, a second
document in articles (…实施细则 / 第一条 …). Round 41 read both documents' articles as the cover's tasks (round 30's
"Two documents under one cover"); Round 92 (governs, p65d-1) turned that: a document printed after its 附件 line is
the plan's attachment and is not counted, however it is numbered (p66f). Made-up snippets written the way such covers
are printed, each with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text

OPINION = """某区关于加强产业园区管理的若干意见

第一条(目的和依据)

为推动产业园区高质量发展，结合本区实际，制定本意见。

第二条(职责分工)

(一)区经委负责园区规划布局和产业导入等工作。

(二)区财政局负责园区扶持资金的安排和监管。

第三条(资金支持)

区经委会同区财政局对园区改造项目给予资金支持。

第四条(附则)

本意见自2025年3月1日起执行。

附件：1.园区企业情况表

2.某区产业园区运营主体认定办法

"""

SECOND = """附件2

某区产业园区运营主体认定办法

第一条(目的依据)

为规范园区运营主体认定工作，制定本办法。

第二条(认定条件)

申报园区运营主体的企业，认定条件包括：

(一)在本区注册成立的独立法人企业。

(二)具有园区开发建设和运营管理经验。

(三)近三年无重大违法违规记录。

第三条(认定程序)

(一)初审。区经委对申报材料进行初审。

(二)会审。区经委会同区规划资源局、区财政局对申报企业进行联合会审。

(三)公布。由区政府发文公布认定名单。

第四条(附则)

本办法自2025年3月1日起执行。
"""


def _tasks(text: str):
    return parse_text(text).tasks


def test_second_document_in_articles_under_its_annex_label_is_not_counted():
    # (Round 92: the 办法 printed under 附件2 is the opinion's attachment — only the opinion's three items)
    tasks = _tasks(OPINION + SECOND)
    assert len(tasks) == 3
    assert not any(t.path[:1] == ["附件2"] for t in tasks)
    # the opinion's own items keep their numbers, with no label before them
    assert [(t.path, t.number) for t in tasks[:3]] == [(["2"], "一"), (["2"], "二"), ([], "3")]


def test_conditions_article_is_one_task():
    # (the 办法 read as a document of its own: its 认定条件 article is one task, the conditions its text — round 35)
    conditions = next(t for t in _tasks(SECOND.replace("附件2\n\n", "", 1)) if t.number == "2")
    assert "近三年无重大违法违规记录" in conditions.text


def test_no_second_document_without_its_text():
    # near miss: the cover's 附件 list names the 办法, which is not printed: only the opinion's items
    tasks = _tasks(OPINION)
    assert len(tasks) == 3
    assert not any(t.path[:1] == ["附件2"] for t in tasks)


def test_annex_in_sections_after_articles_is_not_a_second_document():
    # near miss: the 附件 is a form or a list numbered 一、二、 (no 第一条 under its title): not read as articles
    annex = """附件2

某区产业园区运营主体认定办法

一、认定对象

本区注册的园区运营企业。

二、认定程序

区经委对申报材料进行初审。
"""
    assert not any(t.path[:1] == ["附件2"] for t in _tasks(OPINION + annex))


def test_plan_not_in_articles_keeps_its_annex_out():
    # near miss: a plan in 一、二、 sections with a rules 附件 in articles: the 附件's articles are not tasks here
    plan = """某街道垃圾分类工作方案

一、工作目标

全面推进垃圾分类工作，居住区分类达标率达到95%以上。

二、主要任务

(一)街道城建中心负责分类设施的配置和维护。

(二)各居委会负责组织居民开展分类宣传。

三、保障措施

街道办事处加强督促检查。

"""
    tasks = _tasks(plan + SECOND)
    assert not any(t.path[:1] == ["附件2"] for t in tasks)


def test_quoted_document_name_is_no_second_document():
    # near miss: an article quotes another document's name and 第一条 of it; no label line over it
    quoted = OPINION.replace("本意见自2025年3月1日起执行。",
                             "本意见自2025年3月1日起执行。《某区产业园区运营主体认定办法》第一条同时适用。")
    assert len(_tasks(quoted)) == 3


# a plan whose 附件 is a task table one cell a line, the goal column split into a year row under the header
YEAR_TABLE = """某区公交服务提升三年行动计划

一、主要任务

（一）区交通委负责推进公交站点改造。

（二）区建管委负责推进公交场站建设。

附件：某区公交服务提升任务清单

附件1
某区公交服务提升任务清单
序号
任务名称
任务内容
任务目标
实施单位
2024年
2025年
2026年
1
推进电子站牌建设
在主要公交站点布设电子站牌，实时发布到站信息。
完成方案
/
全覆盖
区交通委、区建管委
2
推进场站智能化改造
完成公交场站视频监控设备布设，提升场站安全管理水平。
完成立项
完成建设
/
区建管委、区城运中心
"""


def test_year_goal_cells_do_not_hide_the_unit_column():
    tasks = [t for t in _tasks(YEAR_TABLE) if t.path[:1] == ["附件"]]
    assert [t.number for t in tasks] == ["1", "2"]
    assert set(tasks[0].responsible_units) == {"区交通委", "区建管委"}
    assert set(tasks[1].responsible_units) == {"区建管委", "区城运中心"}
    assert "完成立项" not in tasks[1].text


def test_year_subheader_only_under_a_goal_column():
    from desktop.core.parse.year_goal_cells import without_year_cells, year_subheader

    header = ["序号", "任务名称", "任务内容", "任务目标", "实施单位", "2024年", "2025年", "2026年"]
    assert year_subheader(header) == (3, 2)
    row = ["推进", "内容。", "a", "b", "c", "区交通委"]
    assert without_year_cells(row, header) == ["推进", "内容。", "区交通委"]
    # near misses: a row with a cell missing (a merged unit cell) stays as printed; a header with no goal column
    # over its years, or one year cell only, is no year row
    assert without_year_cells(row[:-1], header) == row[:-1]
    assert year_subheader(["序号", "任务名称", "实施单位", "2024年", "2025年"]) == (0, -1)
    assert year_subheader(["序号", "任务名称", "任务目标", "实施单位", "2024年"]) == (0, -1)


# --- Round 41, scorer: a sample may name the document or attachment it stands in (``document``, 1-based)

def _scorer():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import parse_score

    return parse_score


def test_scorer_document_names_the_second_of_two_articles_opening_alike():
    ps = _scorer()
    # the 办法's 第三条, one paragraph, opens with the same words as the opinion's 第三条
    steps = SECOND[SECOND.index("(一)初审"):SECOND.index("第四条")]
    # (the parser no longer reads a document under the 附件 label — Round 92 — so the two documents' tasks are put
    # together here as a cover reading both would give them: the second's numbered under its label)
    from types import SimpleNamespace

    annex = SECOND.replace(steps, "区经委会同区财政局对申报企业进行联合会审。\n\n").replace("附件2\n\n", "", 1)
    second_tasks = parse_text(annex).tasks
    for t in second_tasks:
        t.path = ["附件2", *t.path]
    plan = SimpleNamespace(tasks=[*parse_text(OPINION).tasks, *second_tasks])
    sample = {"path": ["第三条(资金支持)"], "title_starts": "区经委会同区财政局", "lead": [], "responsible": [],
              "targets": []}
    first = ps.find_task(plan, sample)
    again = ps.find_task(plan, {**sample, "path": ["第三条(认定程序)"]})
    second = ps.find_task(plan, {**sample, "path": ["第三条(认定程序)"], "document": 2})
    # without a document both paths bind to the opinion's article (the limit); with it, each to its own
    assert first is not None and second is not None and again is first
    assert first.path[:1] != ["附件2"] and second.path[:1] == ["附件2"] and "联合会审" in second.text
    assert ps.find_task(plan, {**sample, "document": 1}) is first
    assert ps.find_task(plan, {**sample, "document": 3}) is None      # (no third document)
    assert [len(d) for d in ps.documents(plan.tasks)] == [3, 2]


def test_scorer_document_splits_attachments_numbered_alike():
    from types import SimpleNamespace as T

    ps = _scorer()

    def row(path, number, text):
        return T(path=path, number=number, text=text, title=text, source="")

    tasks = [row(["一"], "1", "区交通委负责推进站点改造"), row(["附件"], "1", "推进电子站牌建设"),
             row(["附件"], "2", "推进场站改造"), row(["附件"], "1", "建设智能调度系统"),
             row(["附件"], "2", "推进场站改造")]
    plan = T(tasks=tasks)
    assert [len(d) for d in ps.documents(tasks)] == [1, 2, 2]
    sample = {"path": ["附件", "2"], "title_starts": "推进场站改造"}
    # without a document the first row 2 is meant, as before; with it, the second attachment's
    assert ps.find_task(plan, sample) is tasks[2]
    assert ps.find_task(plan, {**sample, "document": 3}) is tasks[4]
    assert ps.find_task(plan, {**sample, "path": ["附件", "1"], "document": 3}) is tasks[3]


# a plan that names no units, a childless section of strategies between its aims and its work
STRATEGY = """某区智慧停车发展方案

一、发展目标

到2026年，全区公共停车场智能化改造基本完成，停车信息实现全区共享。

二、{head}

以数字化促效率。推动停车数据汇聚共享，加快实现停车资源全要素数字化管理。

以一体化提品质。深化停车与公共交通的衔接，提升停车服务的便捷性和可靠性。

三、推进智慧停车建设

（一）建设停车信息平台

汇聚全区公共停车场泊位数据，实现泊位信息实时发布。

（二）推进停车场智能化改造

完成公共停车场道闸和诱导屏的智能化改造。
"""


def test_strategy_section_is_no_task():
    tasks = _tasks(STRATEGY.format(head="发展策略"))
    assert [t.title for t in tasks] == ["建设停车信息平台", "推进停车场智能化改造"]
    assert len(_tasks(STRATEGY.format(head="发展思路"))) == 2


def test_childless_work_section_stays_a_task():
    # near miss: a childless section headed by work to do 「二、加快数字化改造」 is work, as before
    tasks = _tasks(STRATEGY.format(head="加快数字化改造"))
    assert "加快数字化改造" in [t.title for t in tasks]
    assert len(tasks) == 3

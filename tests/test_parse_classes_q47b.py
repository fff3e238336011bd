"""Rules written in articles (round 47's Shanghai 管理办法 and 细则): which articles and items are tasks.

* A text in articles only (第一条 … 第N条, no article over items, none a heading line) where one article names its doer
  in prose: every run-on article of work is a task, not only the one that names its doer.
* An article run on in the line of the one before it, after its stop (「…。 第十四条 【…】…」), and a chapter's first
  article run on after the chapter's title (「第六章 附则 第三十七条 …」): articles of their own.
* A 【heading】 run into its article's text, the line broken where a page wrapped: no heading line.
* The items of an article of definitions (「本办法中有关用语的含义：」 / 「…是指：」) are no tasks.
* Lists that give no work: the objects a body's work bears on (「A应对下列建筑进行重点能源审计：」), qualified cases
  (「存在下列紧急情况的，…：」), the events a body's step responds to (「发生以下事由后，A终止…：」), and an article
  that is only the conditions a party must meet.
* An article of requirements (（…有关要求）) whose text gives work is a task; a scope article whose sentences name a
  doer beyond scope and definitions is one too.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.run_on_articles import split_run_on_articles


def keys(plan):
    return [".".join([*t.path, t.number]) for t in plan.tasks]


def _articles(*texts: str) -> str:
    numbers = "一二三四五六七八九十"
    body = "\n\n".join(f"第{numbers[n]}条  {t}" for n, t in enumerate(texts))
    return "某区公共停车场管理办法\n\n" + body + "\n"


# ---------------------------------------------------------------- a text in articles only, one doer in prose

_FLAT = _articles(
    "为规范本区公共停车场管理，根据有关规定，制定本办法。",
    "本办法适用于本区行政区域内公共停车场的规划、建设和管理。",
    "停车场经营单位应当在入口处公示收费标准和服务电话。",
    "区交通委应当编制公共停车场专项规划，报区政府批准后实施。",
    "停车场建成后，由区交通委组织竣工验收。",
    "停车场经营单位应当建立车辆进出登记制度，做好安全巡查工作。",
    "区市场监管局应当加强停车收费的监督检查。",
    "本办法自2025年3月1日起施行。",
)


def test_flat_articles_with_one_prose_doer_are_all_tasks():
    plan = parse_text(_FLAT)
    assert keys(plan) == ["3", "4", "5", "6", "7"]


def test_flat_articles_without_any_prose_doer_stay_as_they_were():
    # near miss: no article names its doer by 由A…; the articles were tasks already, and stay so
    plan = parse_text(_FLAT.replace("由区交通委组织竣工验收", "应当及时办理竣工验收"))
    assert keys(plan) == ["3", "4", "5", "6", "7"]


def test_numbered_chapters_of_a_work_plan_are_not_read_as_articles():
    # near miss: 一、二、三、 chapters over items, no article: the work plan's items stay its tasks
    text = ("某区停车治理工作方案\n一、工作目标\n年内新增泊位500个。\n二、重点任务\n"
            "1.编制停车专项规划。（责任单位：区交通委）\n2.开展收费检查。（责任单位：区市场监管局）\n"
            "三、附则\n本方案自印发之日起施行。\n")
    plan = parse_text(text)
    assert keys(plan) == ["二.1", "二.2"]
    assert [t.responsible_units for t in plan.tasks] == [["区交通委"], ["区市场监管局"]]


# ---------------------------------------------------------------- articles run on in one line

def test_next_article_run_on_after_a_stop_gets_its_own_line():
    text = "第十三条 【绿色建材】 逐年提高绿色建材应用比例。 第十四条 【垃圾利用】 施工单位应当使用再生产品。"
    assert split_run_on_articles(text).split("\n") == [
        "第十三条 【绿色建材】 逐年提高绿色建材应用比例。", "第十四条 【垃圾利用】 施工单位应当使用再生产品。"]


def test_chapter_first_article_run_on_after_its_title_gets_its_own_line():
    text = "第六章 附则 第三十七条 【用语含义】 本办法中有关用语的含义："
    assert split_run_on_articles(text).split("\n") == [
        "第六章 附则", "第三十七条 【用语含义】 本办法中有关用语的含义："]


def test_an_article_cited_inside_a_sentence_stays_text():
    # near misses: an article named after a word (依照第十四条), or not the next number
    for text in ("第十三条 违反本办法的，依照第十四条规定处理。",
                 "第十三条 施工单位应当遵守规定。 第十五条 另行规定。"):
        assert split_run_on_articles(text) == text


# ---------------------------------------------------------------- 【heading】 run into a wrapped article

def test_bracket_heading_run_into_a_wrapped_line_is_an_article_of_work():
    text = _articles(
        "【立法目的】为推动绿色建筑发展，制定本办法。",
        "【监测系统】公共建筑中的国家机关办公建筑和其他 2 万平方米以上\n公共建筑应当安装能耗监测装置，并联网运行。",
        "【政府职责】区建设管理部门负责绿色建筑的监督管理。具体包括：\n（一）负责制定相关政策；\n（二）负责编制发展规划。",
        "【监督检查】区建设管理部门应当对施工单位进行监督检查。",
    )
    assert keys(parse_text(text)) == ["2", "3.一", "3.二", "4"]


# ---------------------------------------------------------------- an article of definitions

def test_items_of_an_article_of_definitions_are_no_tasks():
    text = _articles(
        "【职责】区建设管理部门负责本区绿色建筑的管理。具体包括：\n（一）负责制定相关政策；\n（二）负责编制发展规划。",
        "【监督】区建设管理部门应当对施工单位进行监督检查。",
        "【用语含义】本办法中有关用语的含义：\n（一）民用建筑，是指非生产性的居住建筑和公共建筑。\n"
        "（二）能耗合理值，根据有关标准判断单位建筑面积年能耗的合理水平。",
    )
    assert keys(parse_text(text)) == ["1.一", "1.二", "2"]


def test_items_of_a_work_article_are_still_tasks():
    # near miss: the lead-in names duties, not what words mean
    text = _articles(
        "【职责】区建设管理部门负责本区绿色建筑的管理。具体包括：\n（一）负责制定相关政策；\n（二）负责编制发展规划。",
        "【监督】区建设管理部门应当对施工单位进行监督检查。",
        "【配合】区财政局应当做好以下工作：\n（一）落实监测经费；\n（二）做好资金拨付。",
    )
    assert keys(parse_text(text)) == ["1.一", "1.二", "2", "3.一", "3.二"]


# ---------------------------------------------------------------- lists that give no work

def test_objects_of_a_bodys_work_are_text_of_the_article():
    text = _articles(
        "【监督】区建设管理部门应当对施工单位进行监督检查。",
        "【能源审计】区建设管理部门应对下列建筑进行重点能源审计：\n（一）重点用能单位建筑；\n"
        "（二）未安装能耗监测装置的公共建筑；\n（三）能耗超过合理值的建筑；",
        "【节能改造】区人民政府应当制定既有建筑节能改造计划。",
    )
    plan = parse_text(text)
    assert keys(plan) == ["1", "2", "3"]
    assert "重点用能单位建筑" in plan.tasks[1].text


def test_work_items_under_a_lead_in_stay_tasks():
    # near miss: the items are the work itself, each with its own verb
    text = _articles(
        "【监督】区建设管理部门应当对施工单位进行监督检查。",
        "【能源审计】区建设管理部门应当做好下列工作：\n（一）组织开展重点建筑能源审计；\n（二）定期公示建筑能耗情况；",
        "【节能改造】区人民政府应当制定既有建筑节能改造计划。",
    )
    assert keys(parse_text(text)) == ["1", "2.一", "2.二", "3"]


def test_qualified_cases_and_events_are_text_of_the_article():
    text = _articles(
        "【受理】区住房保障中心应当受理贴息申请。",
        "【紧急情况】项目存在下列紧急情况的，由招标人申请，经区建设管理部门同意后缩短期限：\n"
        "（一）项目毗邻轨道交通，需同步实施的；\n（二）受自然条件限制，需在特定时间完成的项目。",
        "【终止贴息】发生以下事由后，区住房保障中心终止支付贴息：\n（一）贴息贷款还清；\n（二）贴息贷款转为公积金贷款；",
    )
    assert keys(parse_text(text)) == ["1", "2", "3"]


def test_a_work_clause_that_lists_its_contents_keeps_its_items():
    # near miss: 「按照…协议…做好…工作，包括以下内容：」 lists the work, not what the agreement holds
    text = _articles(
        "【受理】受托机构应当受理贷款申请。",
        "【日常管理】受托机构应当按照委托协议要求做好日常管理工作，包括以下内容：\n"
        "（一）做好贷款各业务环节相关工作；\n（二）做好贷款档案管理工作；",
        "【监督】市公积金中心应当加强对受托机构的监督。",
    )
    assert keys(parse_text(text)) == ["1", "2.一", "2.二", "3"]


def test_an_article_only_of_conditions_is_no_task_where_units_are_named():
    text = _articles(
        "区住房保障中心负责受理申请。",
        "受托机构应当具备以下基本条件：\n（一）在中国境内注册的独立法人；\n（二）具有完善的内部控制制度。",
        "区住房保障中心应当加强对受托机构的考核。",
    )
    assert keys(parse_text(text)) == ["1", "3"]


def test_an_article_of_conditions_with_work_after_its_list_stays_a_task():
    # near miss: a sentence of work follows the list
    text = _articles(
        "区住房保障中心负责受理申请。",
        "受托机构应当具备以下基本条件：\n（一）在中国境内注册的独立法人；\n（二）具有完善的内部控制制度。\n"
        "区住房保障中心应当每年对受托机构的条件进行复查。",
        "区住房保障中心应当加强对受托机构的考核。",
    )
    assert keys(parse_text(text)) == ["1", "2", "3"]


# ---------------------------------------------------------------- requirements and scope articles that give work

def _headed(*pairs: tuple[str, str]) -> str:
    numbers = "一二三四五六七八九十"
    body = "\n\n".join(f"第{numbers[n]}条 （{h}）\n\n{t}" for n, (h, t) in enumerate(pairs))
    return "某市光伏项目竞争配置管理办法\n\n" + body + "\n"


def test_an_article_of_requirements_that_gives_work_is_a_task():
    text = _headed(
        ("目的依据", "为推动可再生能源发展，根据有关规定，制定本办法。"),
        ("职责分工", "市发展改革委负责组织竞争配置工作。"),
        ("有关要求", "参与项目应当符合相关规划要求。电网企业应按年度报送并网规模建议。"),
        ("监督管理", "市发展改革委负责对项目建设情况进行监督检查。"),
        ("施行日期", "本办法自2025年1月1日起施行。"),
    )
    assert keys(parse_text(text)) == ["2", "3", "4"]


def test_a_scope_article_that_gives_work_is_a_task_and_one_that_defines_is_not():
    work = _headed(
        ("适用范围", "本办法适用于海上光伏项目。海上光伏项目由市发展改革委负责确定项目场址。"),
        ("职责分工", "市发展改革委负责组织竞争配置工作。"),
        ("监督管理", "市发展改革委负责对项目建设情况进行监督检查。"),
    )
    assert keys(parse_text(work)) == ["1", "2", "3"]
    # near miss: the scope article's 负责 stands inside a definition
    defines = work.replace("海上光伏项目由市发展改革委负责确定项目场址。",
                           "项目负责人是指经单位授权，代表单位负责项目管理的人员。")
    assert keys(parse_text(defines)) == ["2", "3"]


# ---------------------------------------------------------------- a body handing its papers on to another

def test_a_body_handing_its_papers_to_another_is_a_duty():
    from desktop.core.parse.duties import find_duties
    for s in ("承办银行负责将贷款信息报送市征信管理系统。", "区旧改办应当将项目清单提供至区公积金中心。",
              "征收实施单位应当将购房合同等材料交至担保公司。"):
        assert [(d.due, d.every, d.text) for d in find_duties(s, 2024)] == [(None, None, s.rstrip("。"))]


def test_an_applicants_papers_handed_in_are_no_duty():
    # near misses: an applicant's filing, and a body that hands no papers (提交 to approve, no 将…材料)
    from desktop.core.parse.duties import find_duties
    for s in ("申请人应当将申请材料提交至区住建委。", "区旧改办应当提供必要的工作条件。"):
        assert find_duties(s, 2024) == []


# ---------------------------------------------------------------- a cost band written with its edge's bracket

def test_a_cost_band_with_its_bracket_picks_projects_and_is_no_target():
    from desktop.core.parse.targets import find_targets
    for s in ("总投资3000万元(不含)以下的项目，由区发改委批复。",
              "总投资3000万元至1亿元（不含）以下的项目，由区发改委会同有关部门审批。"):
        assert find_targets(s, 2024) == []


def test_an_investment_to_make_stays_a_target():
    # near misses: a verb of investing sets the figure; a total to reach
    from desktop.core.parse.targets import find_targets
    for s in ("全年完成投资3000万元以上。", "计划投资3000万元以上的项目建设。"):
        assert [(t.value, t.unit) for t in find_targets(s, 2024)] == [(30000000.0, "元")]


# ---------------------------------------------------------------- a bracketed heading run into an article's text

def test_an_article_with_its_bracket_heading_run_in_is_read_by_its_text():
    numbers = "一二三四五六七八九十"
    pairs = [("目的", "为规范信用评价工作，根据有关规定，制定本办法。"),
             ("评价主体", "区建设管理委负责本区勘察设计企业信用评价工作。"),
             ("评价内容", "区建设管理委应当建立信用评价指标体系：\n（一）企业基本信用；\n（二）项目履约信用。"),
             ("信用共享", "区建设管理委通过公共信用信息平台，将信用评价信息推送至各专业管理部门。"),
             ("区域一体化", "按照长三角一体化的总体部署，逐步推动信用评价结果互认。"),
             ("施行日期", "本办法自2025年1月1日起施行。")]
    text = "某区勘察设计企业信用评价管理办法\n\n" + "\n\n".join(
        f"第{numbers[n]}条（{h}）{t}" for n, (h, t) in enumerate(pairs)) + "\n"
    assert keys(parse_text(text))[-2:] == ["4", "5"]

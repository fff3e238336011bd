"""Round 43 (p43b): structure of whole documents written as headed points — lists that give no work.

- a point of the documents a rule rests on (一、制定依据 over 「（一）《…条例》」): its citations are no tasks;
- a point over classes of projects 「…主要包括：1、…工程。」「以下项目应报…审批：」: one task (its lines are text),
  but a scope point's definition 「本办法所指的…工程，具体包括：」 keeps its classes as items;
- a review's check list with several 是否 checks on one line: one task, the reviewing point kept as a leaf;
- a materials list whose papers carry points of their own: the item announcing it is one task.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = "某区农村公路养护工程管理办法\n为规范本区农村公路养护工程管理，结合本区实际，制定本办法。\n"


def paths(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


SOURCES = (HEAD + "一、制定依据\n（一）《公路养护工程管理办法》（交公路发〔2018〕33号）；\n"
           "（二）《某省农村公路条例》；\n（三）《某市农村公路管理办法》（某府〔2020〕5号）。\n"
           "二、职责分工\n（一）区交通运输局负责全区农村公路养护工程的监督管理。\n"
           "（二）各镇人民政府负责本镇农村公路日常养护的组织实施。\n"
           "（三）区财政局负责养护资金的保障和监督。\n")


def test_the_citations_under_a_basis_point_are_no_tasks():
    assert paths(SOURCES) == ["二/一", "二/二", "二/三"]


def test_a_point_that_only_cites_its_basis_in_its_heading_words_is_kept():
    # near miss: 「依据职责开展执法检查」 is a point of work that cites its basis, not a list of sources
    text = SOURCES.replace("一、制定依据", "一、依据职责开展执法检查").replace(
        "（一）《公路养护工程管理办法》（交公路发〔2018〕33号）；", "（一）区交通运输局每季度开展一次养护质量检查；")
    assert "一/一" in paths(text)


CLASSES = (HEAD + "一、审批权限\n（一）区交通运输局负责审批的养护工程范围为区级财政投资的项目，主要包括：\n"
           "1、县道、乡道的大中修工程。\n2、总投资50万元（含）以上的桥梁加固工程。\n3、政府有特殊要求的重大养护工程。\n"
           "（二）以下项目应报市交通委审批：\n1、跨区域的公路改建工程。\n2、列入市级计划的建设项目。\n"
           "（三）其他养护工程由镇人民政府组织审查，并报区交通运输局备案。\n"
           "二、监督管理\n（一）区交通运输局应当加强对养护工程质量的抽查。\n（二）各镇人民政府应当建立养护台账。\n")


def test_a_lead_in_over_classes_of_projects_is_one_task():
    assert paths(CLASSES) == ["一/一", "一/二", "一/三", "二/一", "二/二"]


def test_lines_of_work_under_a_lead_in_stay_items():
    # near miss: the lines give work (实施…, 完成…), not classes of projects
    classes = ("1、县道、乡道的大中修工程。\n2、总投资50万元（含）以上的桥梁加固工程。\n"
               "3、政府有特殊要求的重大养护工程。\n")
    text = CLASSES.replace(classes, "1、实施县道大中修，年内完成20公里。\n2、开展桥梁加固，年底前完成5座。\n")
    assert "一/一/1" in paths(text) and "一/一/2" in paths(text)


def test_a_scope_definition_keeps_its_classes_as_items():
    # near miss: 「本办法所指的…工程，具体包括：」 defines the scope; its classes were read as items (plans-next81 /
    # -next89) — since CONVENTIONS.md Round 78 rulings (a) (x89_01 一、, x81_03 一、) a scope point with its kinds is
    # a general provision, no task and its lines no items (``rule_lists.scope_kinds``, round 60)
    text = (HEAD + "一、适用范围\n本办法所指的小型养护工程，是指投资总额在50万元以下的养护工程，具体包括：\n"
            "（一）村道路面修补等日常养护工程；\n（二）小型桥涵维修等专项养护工程。\n"
            "二、监督管理\n（一）区交通运输局应当加强对养护工程质量的抽查。\n（二）各镇人民政府应当建立养护台账。\n")
    assert paths(text)[:2] == ["二/一", "二/二"]


CHECKS = (HEAD + "一、审查内容\n区交通运输局对养护设计文件严格把关，主要审查以下内容：\n"
          "（一）设计是否符合国家和本市有关技术标准；\n（二）养护方案是否符合年度计划；\n"
          "（三）路面结构是否合理；材料选用是否经济；交通组织方案是否可行。\n"
          "二、相关要求\n（一）建设单位应对送审资料的真实性负责。\n（二）设计单位应对其设计文件的质量负责。\n")


def test_a_check_list_with_several_checks_on_a_line_is_one_task():
    assert paths(CHECKS) == ["一", "二/一", "二/二"]


def test_a_line_of_work_among_checks_keeps_the_items():
    # near miss: a line that gives work to a body is no check: the list stays items
    text = CHECKS.replace("（三）路面结构是否合理；材料选用是否经济；交通组织方案是否可行。",
                          "（三）区交通运输局负责组织专家评审，并出具审查意见。")
    assert "一/三" in paths(text)


PAPERS = (HEAD + "一、申报程序\n（一）申报\n建设单位向区交通运输局提交养护工程申请。\n申报资料应包括：\n"
          "1、养护工程送审申请。\n2、项目立项文件。\n3、养护设计文件。\n（1）设计文件应由具有相应资质的单位编制。\n"
          "（2）设计文件应满足养护技术规范的要求。\n4、相关专项评估报告：\n（1）涉及桥梁的，应提供桥梁检测报告。\n"
          "（2）涉及占道施工的，应提供交通组织方案。\n（二）审批\n区交通运输局在10个工作日内完成审批。\n")


def test_a_papers_list_whose_papers_carry_points_is_one_task():
    assert paths(PAPERS) == ["一/一", "一/二"]


def test_a_list_of_work_with_points_stays_items():
    # near miss: the lead-in announces work, not papers: its points stay items
    text = PAPERS.replace("申报资料应包括：", "建设单位应做好以下工作：").replace(
        "1、养护工程送审申请。\n2、项目立项文件。\n3、养护设计文件。",
        "1、落实养护资金。\n2、组织现场踏勘。\n3、完善养护设计。")
    assert "一/一/3/1" in paths(text)


FUNDS = ("某区养老服务专项资金管理办法\n第一条 为规范专项资金管理，制定本办法。\n"
         "第二条 区民政局负责专项资金的预算编制和项目管理，区财政局负责资金拨付和监督。\n"
         "第三条 专项资金通过多种渠道筹集，具体来源于：\n（一）区级财政预算安排的资金；\n"
         "（二）上级补助的专项资金；\n（三）社会捐赠收入。\n"
         "第四条 各街道应当于每年3月底前报送上年度资金使用情况。\n")


def test_a_list_of_a_funds_sources_is_one_task():
    # (its lines fold into the article; the article, a fund's sources with no doer and no 要／应, is the scheme's terms
    # and no task since w52b: Round 46's terms, Round 48's cost verbs, Round 55's x246_02 第二条 资金来源)
    assert paths(FUNDS) == ["2", "4"]


def test_a_list_of_work_the_fund_pays_for_stays_items():
    # near miss: 「用于以下工作：」 announces work, not the fund's spending heads: its lines stay items
    text = FUNDS.replace("专项资金通过多种渠道筹集，具体来源于：", "专项资金主要用于以下工作：").replace(
        "（一）区级财政预算安排的资金；\n（二）上级补助的专项资金；\n（三）社会捐赠收入。",
        "（一）新建社区养老服务站10个；\n（二）开展家庭适老化改造200户；\n（三）培训养老护理员300人次。")
    assert paths(text)[1:4] == ["3/一", "3/二", "3/三"]


RULES = ("某市既有厂房改造管理规定\n第一条（目的）\n为规范既有厂房改造管理，制定本规定。\n"
         "第二条（职责分工）\n区建设行政管理部门负责本区厂房改造的监督管理。\n"
         "第三条（改造类型）\n厂房改造分为结构改造、用途改造和简易改造等三种情形，申报时据实选择，具体如下：\n"
         "（一）有以下情形之一的，属于结构改造\n1.拆除或新增承重墙的；\n2.楼板开洞面积超过20%；\n"
         "（二）改变厂房使用功能的，属于用途改造。\n（三）除上述两类情形以外，仅涉及墙面、门窗翻新的，属于简易改造。\n"
         "第四条（竣工验收）\n建设单位应当在改造完成后组织竣工验收，并报区建设行政管理部门备案。\n"
         "第五条（消防验收）\n除简易改造以外，厂房改造的消防验收工作，按照本市有关规定执行。\n"
         "第六条（其他）\n本市对存量厂房改造另有规定的，从其规定。\n"
         "第七条（施行日期）\n本规定自2026年1月1日起施行。\n相关稿件\n关于《某市既有厂房改造管理规定》的政策解读\n")


def test_kinds_each_defined_by_cases_are_one_article_and_referring_articles_are_none():
    assert paths(RULES) == ["2", "3", "4"]


def test_an_article_that_gives_work_besides_its_reference_stays():
    # near miss: 「区建设行政管理部门负责…，并按照…有关规定执行」 gives work to a body: a task
    text = RULES.replace("除简易改造以外，厂房改造的消防验收工作，按照本市有关规定执行。",
                         "区建设行政管理部门负责组织消防验收，并按照本市有关规定执行。")
    assert "5" in paths(text)


def test_kinds_whose_lines_give_work_stay_items():
    # near miss: items that give work to bodies, under a lead-in that is no sorting into kinds
    text = RULES.replace("厂房改造分为结构改造、用途改造和简易改造等三种情形，申报时据实选择，具体如下：",
                         "各部门按照以下分工推进厂房改造：").replace(
        "（一）有以下情形之一的，属于结构改造\n1.拆除或新增承重墙的；\n2.楼板开洞面积超过20%；\n"
        "（二）改变厂房使用功能的，属于用途改造。\n（三）除上述两类情形以外，仅涉及墙面、门窗翻新的，属于简易改造。\n",
        "（一）区规划资源局负责用途改造的规划审批。\n（二）区消防救援支队负责消防审查。\n")
    assert paths(text)[1:3] == ["3/一", "3/二"]

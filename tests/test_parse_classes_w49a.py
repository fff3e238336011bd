"""Round 49 second wave (w49a): Round 54 rulings on task counts in whole rules — a 部门职责／任务分工 article that gives
bodies work is one task with every such body (``rule_chapters``; ``duty_headings.fold_duty_paragraphs`` with a 【】
heading run in); lists of the ways a body may act 「A有权／可以采取下列方式…：」 are text, the article an option
(``given_lists._power_list``); a list of conditions whose lead-in's consequence runs long is text of its article."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = ("某区公共设施管理办法\n第一条  为规范公共设施管理，制定本办法。\n"
        "第二条  本办法适用于本区公共设施的管理。\n")
TAIL = ("第五条  区市政中心应当建立设施养护台账，每季度开展一次巡查。\n"
        "第六条  区财政局应当保障设施养护经费。\n"
        "第七条  本办法自2025年1月1日起施行。\n")


def _tasks(middle: str) -> list:
    return parse_text(HEAD + middle + TAIL).tasks


def _numbered(middle: str, number: str) -> list:
    return [t for t in _tasks(middle) if t.number == number or t.path[:1] == [number]]


HEADED = ("某区公共设施管理办法\n第一条 目的依据\n为规范公共设施管理，制定本办法。\n第二条 适用范围\n"
          "本办法适用于本区公共设施的管理。\n第三条 部门职责\n{duty}\n第四条 执法巡查\n"
          "区城管执法局应当加强设施周边的执法巡查。\n第五条 养护台账\n"
          "区市政中心应当建立设施养护台账，每季度开展一次巡查。\n"
          "第六条 经费保障\n区财政局应当保障设施养护经费。\n第七条 施行日期\n本办法自2025年1月1日起施行。\n")


def test_a_duty_article_that_gives_bodies_work_is_one_task():
    duty = ("区建设局负责组织编制设施年度养护计划，协调推进养护工作。\n"
            "区交通委、区水务局按照各自职责，做好相关设施的养护监管。")
    three = [t for t in parse_text(HEADED.format(duty=duty)).tasks if t.number == "3"]
    assert len(three) == 1
    assert three[0].lead_units + three[0].responsible_units == ["区建设局", "区交通委", "区水务局"]


def test_a_bracketed_duty_heading_run_in_folds_its_unit_paragraphs():
    middle = ("第三条【其他相关单位任务分工】区科技局负责指导设施养护技术研究等工作。\n"
              "区公安分局负责依法查处破坏设施的案件。\n"
              "区司法局负责指导设施纠纷调解工作。\n"
              "区财政局负责保障设施养护资金。\n"
              "第四条  区城管执法局应当加强设施周边的执法巡查。\n")
    three = _numbered(middle, "3")
    assert len(three) == 1
    units = three[0].lead_units + three[0].responsible_units
    assert units[:2] == ["区科技局", "区公安分局"]
    assert not any("【" in u for u in units)


def test_a_list_of_ways_a_body_may_take_is_text_and_the_article_an_option():
    middle = ("第三条  区城管执法局有权采取下列方式进行调查取证：\n（一）对当事人进行检查，询问有关人员；\n"
              "（二）要求当事人提供相关的文件资料；\n（三）采取录音、录像等方式收集有关情况。\n"
              "第四条  当事人逾期不履行处罚决定的，区城管执法局可以采取下列措施：\n"
              "（一）到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款；\n（二）申请人民法院强制执行。\n")
    titles = [t.title for t in _tasks(middle)]
    assert not any(t.startswith(("区城管执法局有权", "当事人逾期", "对当事人", "申请人民法院")) for t in titles)
    assert any(t.startswith("区市政中心") for t in titles)


def test_a_list_of_measures_a_body_must_take_stays_items():
    # (near miss: 应当采取下列措施 binds; its lines are the work's parts)
    middle = ("第三条  区城管执法局可以采取下列措施：\n（一）应当对当事人进行检查，询问有关人员；\n"
              "（二）应当要求当事人提供相关的文件资料；\n（三）必须采取录音、录像等方式收集有关情况。\n"
              "第四条  区城管执法局应当加强设施周边的执法巡查。\n")
    titles = [t.title for t in _tasks(middle)]
    assert sum(t.startswith(("应当对当事人", "应当要求当事人", "必须采取录音")) for t in titles) == 3


def test_conditions_with_a_long_consequence_are_the_articles_text():
    middle = ("第三条  符合下列条件之一的，设施产权单位可以申请降低设施养护费用的缴纳比例至百分之五以下：\n"
              "（一）连续经营亏损两年及以上的企业，且职工月平均工资水平不高于上年平均工资的；\n"
              "（二）自设立之日起三年内的小型微型企业。\n"
              "第四条  区城管执法局应当加强设施周边的执法巡查。\n")
    three = _numbered(middle, "3")
    assert len(three) <= 1 and not any(t.path[:1] == ["3"] for t in three)


def test_a_definition_over_its_kinds_is_a_general_provision():
    middle = ("第三条  本办法所称公共设施包括：\n（一）道路、桥梁、隧道等设施；\n（二）公园、绿地、广场等设施；\n"
              "（三）路灯、标志、标线等设施。\n第四条  区城管执法局应当加强设施周边的执法巡查。\n")
    titles = [t.title for t in _tasks(middle)]
    assert not any(t.startswith(("本办法所称", "道路、桥梁", "公园、绿地", "路灯、标志")) for t in titles)


def test_a_scope_whose_lines_give_work_stays_items():
    # (near miss: lines that each bind a body are the work's parts)
    middle = ("第三条  本办法所称设施养护包括：\n（一）区市政中心应当负责道路设施的日常养护；\n"
              "（二）区绿化中心应当负责绿地设施的日常养护；\n（三）区路政所应当负责路灯设施的日常养护。\n"
              "第四条  区城管执法局应当加强设施周边的执法巡查。\n")
    titles = [t.title for t in _tasks(middle)]
    assert sum(t.startswith(("区市政中心应当负责道路", "区绿化中心", "区路政所")) for t in titles) == 3


def test_objects_opening_an_article_are_its_text():
    middle = ("第三条  下列设施应当设置警示标志：\n（一）本办法第二条所列的设施；\n（二）地下通道；\n（三）人行天桥。\n"
              "第四条  区城管执法局应当加强设施周边的执法巡查。\n")
    titles = [t.title for t in _tasks(middle)]
    assert not any(t.startswith(("地下通道", "人行天桥", "本办法第二条所列")) for t in titles)


GUIDE = ("某区设施接入办事指南\n一、适用范围\n本指南适用于本区设施接入事项。\n二、服务机构\n"
         "（一）区供水企业负责辖区内供水接入的受理和接入服务。\n（二）区燃气企业负责辖区内供气接入的受理和接入服务。\n"
         "三、{papers}\n（一）接入咨询\n1.项目总平面图；\n2.用水量计算书；\n3.《建设工程规划许可证》。\n"
         "（二）正式接入\n1.竣工验收报告；\n2.配套费缴费证明。\n四、服务时限\n"
         "（一）区供水企业应当在3个工作日内完成现场踏勘。\n（二）区燃气企业应当在5个工作日内完成接入。\n")


def test_a_guides_papers_section_holds_no_task():
    titles = [t.title for t in parse_text(GUIDE.format(papers="提交材料（电子文件上传）")).tasks]
    assert not any(t.startswith(("项目总平面图", "用水量计算书", "竣工验收报告", "配套费缴费证明")) for t in titles)
    assert any(t.startswith("区供水企业应当") for t in titles)


def test_a_section_of_work_on_papers_stays_work():
    # (near miss: a heading that names work done on papers, not the papers an applicant hands in)
    text = GUIDE.format(papers="材料审核").replace("1.项目总平面图；", "1.区供水企业应当审核项目总平面图；")
    titles = [t.title for t in parse_text(text).tasks]
    assert any(t.startswith("区供水企业应当审核") for t in titles)

"""Whole documents (round 47, helper p47b): which paragraphs and articles of a notice or a set of rules are tasks — a
notice of unnumbered paragraphs under its addressees' own line. Made-up texts in the shapes of plans-next212 … 215,
each with a near miss that must stay as it was."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.notice_paragraphs import notice_paragraphs

NOTICE = """关于公布市级体育场馆收费目录的通知

市体育局、市教委、市总工会，各区发展改革委：

根据《某市体育场馆收费管理办法》有关规定，现将本市体育场馆收费目录予以公布（详见附件）。目录内场馆收取费用的，\
执行政府指导价，由市价格主管部门会同相关业务主管部门负责收费管理工作。

各区价格主管部门要会同相关业务主管部门制定区本级目录，做好本区体育场馆收费管理工作。

本通知自2025年3月1日起施行。

特此通知。

附件：体育场馆收费目录

某市发展和改革委员会

2025年2月10日
"""


def _lines(text: str) -> list[str]:
    return text.split("\n")


def test_paragraphs_of_work_under_an_addressee_line_are_tasks():
    # (round 38: the unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks; the entry
    # into force is no task)
    found = notice_paragraphs(_lines(NOTICE))
    assert sorted(found.values()) == ["各区价格主管部门要会同相关业务主管部门制定区本级目录",
                                      "根据《某市体育场馆收费管理办法》有关规定"]
    tasks = parse_text(NOTICE).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks] == [
        (["市价格主管部门"], ["相关业务主管部门"]), (["各区价格主管部门"], ["相关业务主管部门"])]


def test_a_paragraph_without_work_under_the_addressees_leaves_the_notice_whole():
    # (near miss: a background paragraph that gives no work — the notice is not read as paragraphs of work)
    text = NOTICE.replace("各区价格主管部门要会同相关业务主管部门制定区本级目录，做好本区体育场馆收费管理工作。",
                          "近年来，本市体育场馆数量持续增加，群众健身需求日益增长，场馆收费情况总体平稳有序。")
    assert notice_paragraphs(_lines(text)) == {}


def test_a_single_paragraph_under_the_addressees_is_not_enough():
    # (near miss: one paragraph of work alone under a bare addressee line — the lead-in's rule wants two)
    text = NOTICE.replace("各区价格主管部门要会同相关业务主管部门制定区本级目录，做好本区体育场馆收费管理工作。\n", "")
    assert notice_paragraphs(_lines(text)) == {}


def test_a_title_line_with_a_colon_is_no_addressee_line():
    # (near miss: one name and a colon — 「通知：」 — is no list of addressees)
    text = NOTICE.replace("市体育局、市教委、市总工会，各区发展改革委：", "市体育局：")
    assert notice_paragraphs(_lines(text)) == {}


RULES = """某市施工企业信用评价管理办法

第一条（目的依据）为了规范施工企业信用评价，根据有关规定，制定本办法。

第二条（管理职责）某市住房和城乡建设管理委员会（以下简称市住房城乡建设管理委）负责本市施工企业信用评价的监督管理工作。

第三条（定义）本办法所称的施工企业，是指本市注册和外省市进沪的施工企业。

本办法所称的信用评价，是指依据施工企业在施工活动中产生的信用信息进行评价的活动。

市住房城乡建设管理委定期对施工企业的信用评价情况进行评估，定期调整并公布评价标准。

第四条（信息采集）市住房城乡建设管理委负责施工企业信用信息的采集工作。

第五条（结果应用）区建设管理部门应当在招标投标监管中应用信用评价结果。

第六条（施行日期）本办法自2025年1月1日起施行。
"""


def test_a_definitions_article_whose_later_paragraph_gives_work_is_a_task():
    # (round 39: a scope article whose later paragraphs give work is a task; round 44: an article's subject)
    tasks = parse_text(RULES).tasks
    # (who is named in the later paragraph is the units readers' — plans-next215 x215_04 reads 市住房城乡建设管理委)
    assert [t.number for t in tasks] == ["2", "3", "4", "5"]


def test_a_definitions_article_of_definitions_only_stays_no_task():
    # (near miss: two definitions and nothing more — a general provision, round 30)
    text = RULES.replace("市住房城乡建设管理委定期对施工企业的信用评价情况进行评估，定期调整并公布评价标准。\n\n", "")
    assert [t.number for t in parse_text(text).tasks] == ["2", "4", "5"]


def test_a_third_definition_in_a_later_paragraph_gives_no_work():
    # (near miss: the later paragraph is one more definition 「本办法所称…」 — no body at work)
    text = RULES.replace("市住房城乡建设管理委定期对施工企业的信用评价情况进行评估，定期调整并公布评价标准。",
                         "本办法所称的信用信息，是指施工企业在施工活动中形成的信息。")
    assert [t.number for t in parse_text(text).tasks] == ["2", "4", "5"]


POLICY = """关于支持某新区储能产业发展的若干政策

为加快培育储能产业，推进某新区储能产业高质量发展，特制定本政策。

一、指导思想

以创新为引领，坚持安全为先，推动储能产业链集聚发展，为全市提供经验。

二、支持方向

围绕技术攻关、产业发展、示范应用，强化政策创新和先行先试，将新区打造成为储能产业发展高地。

支持核心技术攻关。突破长寿命、高安全储能电池核心技术，突破关键材料制备技术。

支持产业集聚发展。支持储能产业链重点企业和项目在新区布局，培育一批专精特新企业。

支持多元示范应用。支持新区加快储能电站推广应用，探索在港口、园区等领域的应用。

三、政策措施

1、支持示范项目建设。支持新区企业牵头组建示范联合体，承担示范应用任务。（责任单位：市发展改革委、新区管委会）

2、加大资金支持力度。对符合条件的示范项目给予资金支持。（责任单位：市财政局、新区管委会）
"""


def _paths(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def test_three_run_in_paragraphs_after_a_sections_opening_are_its_items():
    # (Round 47 rulings: run-in paragraphs under 二、支持方向 are items, round 35's run-in headings, in a plan that
    # numbers its measures 1、 2、 elsewhere)
    assert _paths(POLICY) == ["二/支持核心技术攻关", "二/支持产业集聚发展", "二/支持多元示范应用", "三/1", "三/2"]


def test_two_run_in_paragraphs_in_a_plan_that_numbers_deeper_stay_the_sections_text():
    # (near miss: plans-next37 x37_04 — two such paragraphs are the section's text, the section read as before)
    text = POLICY.replace("支持多元示范应用。支持新区加快储能电站推广应用，探索在港口、园区等领域的应用。\n\n", "")
    assert not any(p.startswith("二/") for p in _paths(text))


def test_run_in_paragraphs_under_a_safeguards_section_stay_its_text():
    # (near miss: round 44 decided — run-in paragraphs under 保障措施 are the section's text, one task at most)
    text = POLICY.replace("二、支持方向", "二、保障措施")
    assert not any(p.startswith("二/") for p in _paths(text))


FUNDS = """某区水利专项项目管理办法

第一条  为加强水利专项项目管理，根据有关规定，制定本办法。

第二条  本办法适用范围为列入区级水利专项项目的河道整治、泵闸建设等项目。

第三条  基本原则：

（一）事权和财权相匹配原则。项目资金实行分级承担统一管理。

（二）专款专用原则。项目资金按规定用于经批准的项目，不得截留、挪用。

第四条  区水务局负责编制水利专项项目规划，建立项目储备库。

第五条  区水务局每年5月底前将下一年度项目计划报区财政局。

第六条  项目建设费用

（一）区管河道整治工程：项目建设费用由区财政全额承担。

（二）中小河道整治工程：项目建设费用由区、镇财政按60%：40%的比例承担。

第七条  河道整治工程完成后，项目验收工作按照水利工程建设项目验收有关规定执行。

第八条  区水务局应当指导项目单位建立健全资金管理制度。

第九条  本办法自2025年1月1日起施行。
"""


def test_principles_scope_and_a_timed_reference_give_no_work_and_cost_shares_are_one_article():
    # (rounds 30 / 33: principles and scope are general provisions; round 34: a 参照-like 「…按照…有关规定执行」 after
    # the time it applies from; Round 47 rulings: a cost verb names a payer — the shares are the article's text)
    assert _paths(FUNDS) == ["4", "5", "6", "8"]


def test_items_of_work_and_a_doer_after_the_time_stay_as_they_were():
    # (near miss: the items give work to a body 「区水务局负责…」 — they stay items; the body after the time clause
    # 「…完成后，区水务局应当按照…组织验收」 is a doer at work)
    text = FUNDS.replace("（一）区管河道整治工程：项目建设费用由区财政全额承担。",
                         "（一）区水务局负责区管河道整治工程的实施。") \
        .replace("（二）中小河道整治工程：项目建设费用由区、镇财政按60%：40%的比例承担。",
                 "（二）各镇负责中小河道整治工程的实施。") \
        .replace("项目验收工作按照水利工程建设项目验收有关规定执行", "区水务局应当按照有关规定组织验收")
    assert _paths(text) == ["4", "5", "6/一", "6/二", "7", "8"]


UPKEEP = """某市城市维护项目管理办法

第一条（目的依据）为规范城市维护项目管理，根据有关规定，制定本办法。

第二条（保障范围）

市级城市维护保障范围，包括市管城市道路、内河航道、道路照明等设施的维护。

保障范围需修改补充的，由各行业主管部门提出调整建议，经市住房城乡建设管理委会同市财政局报市政府同意后纳入。

第三条（职责分工）

市住房城乡建设管理委负责统筹协调城市维护工作。

第四条（项目审批）

城市维护项目按照项目性质，分为工程类、日常维护类两类。

（一）工程类项目

项目单位应编制工程可行性研究报告，由市住房城乡建设管理委负责审批。

（二）日常维护类项目

各行业主管部门负责根据养护标准定额编制项目年度预算。

第五条（施行日期）本办法自2025年1月1日起施行。

附件

市级城市维护项目范围

（一）城市道路

（二）内河航道
"""


def test_an_attachments_title_after_the_last_article_leaves_the_articles_over_their_items():
    # (an unnumbered heading after the last article — the 附件's title — is no section over the articles: 第四条's
    # （一）（二） stay its items; a scope article's case clause is no task, round 37 rule 3)
    assert _paths(UPKEEP) == ["3", "4/一", "4/二"]


def test_a_scope_article_with_work_outside_a_case_stays_a_task():
    # (near miss: the scope's later sentence gives work with no case before it — round 39: a task)
    text = UPKEEP.replace("保障范围需修改补充的，由各行业主管部门提出调整建议，"
                          "经市住房城乡建设管理委会同市财政局报市政府同意后纳入。",
                          "市住房城乡建设管理委会同市财政局负责每年调整保障范围。")
    assert _paths(text)[0] == "2"


PLANNERS = """某区社区规划师制度实施办法

第一条 为推进社区更新，根据有关规定，制定本办法。

第二条 社区规划师的工作内容主要包括：

（一）专业咨询。为街镇规划建设提供咨询意见。

（二）设计把控。对社区更新项目设计方案提出意见。

（三）实施协调。协助街镇推进项目实施。

第三条 社区规划师可参与街镇重要项目设计方案的评审。

第四条 区规划资源局负责社区规划师的统筹管理，会同各街镇建立社区规划师库。

第五条 社区规划师聘任采取双向选择方式，由各街镇负责聘任。

第六条 本办法自印发之日起施行。
"""


def test_a_hired_persons_own_work_and_options_are_no_tasks():
    # (rounds 36 / 45: the duties of hired persons set out in articles are no tasks; round 30: a person is no unit)
    assert _paths(PLANNERS) == ["4", "5"]


def test_bodies_work_on_the_persons_and_a_body_named_after_them_stay_tasks():
    # (near miss: an article on what a body does to the persons 「社区规划师聘任…由各街镇负责」 stays a task, and so
    # does a body named after experts 「专家委员会负责…」)
    text = PLANNERS.replace("第三条 社区规划师可参与街镇重要项目设计方案的评审。",
                            "第三条 专家委员会负责审议社区更新项目方案。")
    assert {"3", "4", "5"} <= set(_paths(text))

"""Round 48 (r48f): the short name a user sees (desktop/core/parse/shortname.py) on whole rules and notices.

Each class on made-up short texts, with near misses that must keep the name they had. The survey of the tuned
texts is tests/shortname_survey.py (the scorer does not check short names)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.shortname import suggest_short_name as name

# --- an article headed 第N条（X）: X -----------------------------------------------------------

def test_an_article_heading_in_brackets_is_the_name():
    assert name("（资金拨付）") == "资金拨付"
    assert name("（绿地养护的日常（季度）考核）") == "绿地养护的日常考核"      # an aside inside dropped
    assert name("（公共照明）路灯管理单位应当每月巡查一次") == "公共照明"   # the heading before its sentence
    assert name("【垃圾清运】实行垃圾清运日报制度") == "垃圾清运"


def test_an_article_heading_in_a_parsed_rule():
    plan = parse_text("某区停车场管理办法\n第一条（适用范围）本办法适用于本区公共停车场。\n"
                      "第二条（收费公示）停车场经营者应当在入口处公示收费标准。\n")
    assert [t.short_name for t in plan.tasks if t.title.startswith("（")] in ([], ["适用范围", "收费公示"],
                                                                              ["收费公示"])


def test_near_miss_a_bracket_inside_a_name_is_an_aside_not_a_heading():
    assert name("建设滨江（北段）绿道") == "滨江绿道"
    assert name("前期准备阶段（2026年3月）") == "前期准备阶段"


# --- 「A应当／可以／负责…」: the object of the verb after the modal, not A ------------------------------

def test_a_unit_and_a_modal_give_way_to_what_it_does():
    assert name("区交通委可以委托专业机构对停车设施进行评估") == "停车设施评估"
    assert name("县教育局应当加强对校车安全工作的监督") == "校车安全工作"
    assert name("街道办事处负责辖区内公共厕所的日常保洁") == "公共厕所的日常保洁"
    assert name("市应急局及时向市政府报告事故处置进展") == "事故处置进展"


def test_the_tasks_own_unit_opens_the_sentence():
    assert name("区档案馆（中心）组织实施档案数字化", units=["区档案馆（中心）"]) == "档案数字化"
    assert name("项目（承建）单位依据批复文件，组织编制施工方案", units=["项目（承建）单位"]) == "施工方案"


def test_near_miss_a_thing_before_its_modal_is_the_topic():
    assert name("自助借书机应当标明操作步骤") == "自助借书机"
    assert name("推进养老服务立法") == "养老服务立法"      # no unit: as before


# --- 「由A…」 and opening clauses: skipped to the main verb ------------------------------------------

def test_opening_clauses_are_skipped_to_the_work():
    assert name("根据年度评估结果", "根据年度评估结果，区民政局调整社区服务站点布局。") == "社区服务站点布局"
    assert name("试点工程全部完工后，区住建委应当组织开展竣工评估") == "竣工评估"
    assert name("由镇文化站牵头，组织开展群众文艺汇演") == "群众文艺汇演"


def test_near_miss_an_opener_with_nothing_after_it_keeps_its_words():
    assert name("在老旧小区改造中") == "在老旧小区改造中"


# --- never cut inside a bracket or a name ----------------------------------------------------------

def test_no_cut_inside_a_bracket_or_a_quote():
    got = name("落实好社区“邻里守望”互助计划")
    assert got.count("“") == got.count("”")
    assert name("项目（建设）单位依据核准文件办理开工手续") == "开工手续"
    assert name("组织本市行政区域内城镇供水调度工作") == "城镇供水调度"


def test_a_half_name_before_的_is_not_taken():
    assert name("采用以奖代补方式安排区级建设资金的村级道路项目") == "村级道路"      # not 资金的村级道路


# --- the heading of a headed point, as before --------------------------------------------------------

def test_a_headed_point_keeps_its_heading():
    plan = parse_text("某镇方案\n一、主要任务\n（一）加强河道保洁。镇水务站每周巡查一次。\n"
                      "（二）完善垃圾分类设施。各村负责设置分类投放点。\n")
    assert [t.short_name for t in plan.tasks] == ["河道保洁", "垃圾分类设施"]

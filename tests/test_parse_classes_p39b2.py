"""Round 39, p39b2: the structure of plans — a bare bracket that remarks on an item (「（…无法细分至各区）」) names no
units, so a plan's unit headings still give its items their units; one body leading every paragraph of an article
(「某企业应当…」 ×3) is the article's text, not a list of tasks."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _rows(plan):
    return [(t.title[:12], t.lead_units, t.responsible_units) for t in plan.tasks]


HEADED = ("某区重点项目推进通告\n"
          "为加快项目建设，决定下达本年度重点项目。\n"
          "一、项目安排\n"
          "全区重点项目共计30项，年度计划投资20亿元，其中跨区项目5项（投资额无法分摊至各区）。\n"
          "二、工作要求\n"
          "（一）项目建设单位\n"
          "1、各项目建设单位要倒排工期，落实项目责任制，确保按期完成建设任务。\n"
          "2、各项目建设单位要按月报送项目进度，说明存在的问题。\n"
          "（二）项目服务单位\n"
          "1、各服务单位要主动对接项目，协调解决用地、资金等困难。\n"
          "2、各服务单位要定期走访项目现场，跟踪推进情况。\n")


def test_a_bracket_remark_with_a_verb_names_no_unit_and_headings_give_units():
    plan = parse_text(HEADED)
    rows = _rows(plan)
    assert not any("无法" in u for t in plan.tasks for u in t.lead_units + t.responsible_units)
    assert [r[2] for r in rows if r[0].startswith("各")] == [["项目建设单位"]] * 2 + [["项目服务单位"]] * 2


def test_near_miss_a_bracket_of_roles_stays_the_items_units():
    text = ("某区工作方案\n一、主要任务\n"
            "（一）完善项目储备库，年底前入库项目不少于50个（区发改委牵头，区财政局配合）。\n"
            "（二）加快推进项目审批，压缩审批时限（区行政服务中心、区住建局）。\n")
    plan = parse_text(text)
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (["区发改委"], ["区财政局"]), ([], ["区行政服务中心", "区住建局"])]


def test_near_miss_a_bracket_noting_a_limit_or_what_it_holds_is_no_unit():
    text = ("某区工作方案\n一、主要任务\n"
            "（一）开展消防安全培训，提高应急处置能力（各单位全年不少于两次）。\n"
            "（二）整治城区公园环境（包括滨河公园和人民公园）。\n")
    plan = parse_text(text)
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [([], []), ([], [])]


ARTICLES = ("某市地铁客运服务规范\n\n第一章 总则\n\n第一条（目的）\n\n为提升地铁客运服务水平，制定本规范。\n\n"
            "第二条（管理主体）\n\n市交通局负责本规范的监督实施。地铁运营公司负责日常运营管理工作。\n\n"
            "第三条（基本要求）\n\n"
            "地铁运营公司应当坚持安全便捷的服务宗旨，为乘客提供优质的运营服务。\n\n"
            "地铁运营公司应当配备必要的服务设施，保持设施运行完好，发生故障时及时抢修。\n\n"
            "地铁运营公司应当公开服务承诺，主动接受社会监督，不断改进运营服务。\n\n"
            "第二章 行车服务\n\n第四条（运营时间）\n\n"
            "地铁运营公司应当合理确定首末班车时间，每日运营时间不少于16小时。\n\n"
            "第五条（行车间隔）\n\n高峰时段最小行车间隔不大于4分钟。\n")


def test_one_bodys_paragraphs_stay_the_articles_text():
    # the same body leading three paragraphs of 第三条 is the article's text (no division of work among bodies):
    # the article is one task, and the articles around it stay tasks (Round 62 rulings, turned: a party named by a kind
    # is a doer by any verb of doing in articles — 地铁运营公司 配备／公开／确定, as x151_03's 轨道交通企业; p53a)
    plan = parse_text(ARTICLES)
    assert [(t.title, t.responsible_units) for t in plan.tasks][:3] == [
        ("（管理主体）", ["市交通局", "地铁运营公司"]), ("（基本要求）", ["地铁运营公司"]),
        ("（运营时间）", ["地铁运营公司"])]


def test_near_miss_three_bodies_paragraphs_are_a_division_of_work():
    text = ("某区文明城区创建工作分工\n为做好创建工作，现将任务分工如下：\n"
            "区住建局负责背街小巷的环境整治，年底前完成改造。\n\n"
            "区市场监管局负责农贸市场的规范管理，做好食品安全检查。\n\n"
            "区城管局负责占道经营的整治，加强日常巡查。\n")
    plan = parse_text(text)
    assert [t.responsible_units or t.lead_units for t in plan.tasks] == [["区住建局"], ["区市场监管局"], ["区城管局"]]


def test_a_digit_number_going_on_from_a_chinese_one_is_the_lists_second_point():
    text = ("某区资金管理办法\n一、职责分工\n（一）区财政局负责资金的预算安排和拨付。\n"
            "（二）区农业农村委负责项目的审核。\n"
            "二、补贴标准\n（一）本区道路养护资金实行分级补贴。区管道路由区财政全额承担。\n"
            "（2）本区桥梁养护资金实行定额补贴。区管桥梁按每座每年1万元补贴。\n"
            "三、监督管理\n（一）区审计局对资金使用情况开展审计。\n")
    plan = parse_text(text)
    assert [t.title[:10] for t in plan.tasks if t.title.startswith("本区")] == [
        "本区道路养护资金实行", "本区桥梁养护资金实行"]


def test_near_miss_items_numbered_on_across_headings_stay_children():
    text = ("某市人才工程实施意见\n一、总体目标\n(1)目标。五年内引进各类人才一万名。\n二、重点项目\n（一）产业人才\n"
            "(2)领军人才项目。区人社局负责引进产业领军人才。\n(3)青年人才项目。区人社局负责培养青年人才。\n"
            "（二）科技人才\n(4)博士后项目。区科委负责扩大博士后规模。\n")
    plan = parse_text(text)
    assert [t.title[:6] for t in plan.tasks if "项目" in t.title[:6]] == ["领军人才项目", "青年人才项目", "博士后项目"]
    assert not any(t.title.startswith("产业人才") for t in plan.tasks)

"""Round 31 (m84), structure: which items are tasks, counts, headings, titles — written from the classes of the
round-30 review of p84 and of plans-next91–97's BASELINE.md, in wordings of their own (near misses that must not
change beside them)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text, tasks as tasks_module
from desktop.core.parse.titles import find_title


def keys(plan):
    return [t.key for t in plan.tasks]


def units_of(plan):
    return {t.key: (t.lead_units, t.responsible_units) for t in plan.tasks}


@pytest.fixture(params=[False, True], ids=["reader-off", "reader-on"])
def reader(request, monkeypatch):
    monkeypatch.setattr(tasks_module, "READ_DOERS", request.param)
    return request.param


# --- the plan's closing clauses are no tasks and name no unit (review of p84; CONVENTIONS.md round 30) -----------

RULE = ("某区老旧小区改造实施办法\n"
        "第一条 为了推进改造，制定本办法。\n"
        "第二条 职责分工\n（一）区住建委负责统筹。\n（二）各街镇负责组织实施。\n"
        "第三条 资金\n区财政局负责资金保障，按季度拨付。\n")


@pytest.mark.parametrize("closing", [
    "第四条 其他\n（一）本办法由区住建委负责解释。\n（二）本办法自2024年1月1日起施行。\n",
    "第四条 其他\n（一）本细则由区住建委、区财政局负责具体解释。\n（二）本细则自印发之日起实施，有效期五年。\n",
    "第四条 附则\n（一）本办法最终解释权归区住建委所有。\n（二）原《某区改造办法》同时废止。\n",
    "第四条 其他\n（一）由区住建委负责对本办法进行解释。\n（二）各街镇可参照本办法制定实施细则。\n",
    # (run on after the number, its heading word's blank lost in the compact text)
    "第四条 其他 本办法由区住建委负责解释。\n",
    "第四条（其他）本办法由区住建委负责解释。\n",
    "第四条 附则 本办法由区住建委负责解释，自2024年1月1日起施行。\n",
    "第四条（解释）本细则由区住建委负责具体解释。\n",
])
def test_closing_items_and_articles_are_no_tasks(closing, reader):
    plan = parse_text(RULE + closing)
    assert keys(plan) == ["2.一", "2.二", "3"]
    assert "区住建委" not in {n for t in plan.tasks[2:] for n in t.lead_units + t.responsible_units}


@pytest.mark.parametrize("article,units", [
    # an article headed 其他 that gives work stays a task (round 30, x88_04 第八条)
    ("第四条 其他\n（一）区财政局负责资金的监督检查。\n（二）本办法由区住建委负责解释。\n", ["区财政局"]),
    ("第四条 监督\n（一）区审计局负责对资金使用情况开展审计。\n（二）本办法自2024年1月1日起施行。\n", ["区审计局"]),
])
def test_an_item_of_work_beside_closing_items_stays(article, units, reader):
    plan = parse_text(RULE + article)
    assert keys(plan) == ["2.一", "2.二", "3", "4.一"]
    assert plan.tasks[-1].responsible_units == units


def test_a_sentence_of_work_before_the_interpreting_clause_keeps_the_item():
    text = RULE + ("第四条 其他\n（一）各街镇应当加强改造项目的日常巡查。本办法由区住建委负责解释。\n"
                   "（二）本办法自2024年1月1日起施行。\n")
    plan = parse_text(text)
    assert keys(plan) == ["2.一", "2.二", "3", "4.一"]


# --- a task list issued with its plan is no second document (review of p84) -------------------------------------

COVER = ("关于印发《某区2024年生活垃圾分类工作方案》和《某区2024年生活垃圾分类{second}》的通知\n"
         "各街镇、区各有关部门：\n"
         "现将《某区2024年生活垃圾分类工作方案》和《某区2024年生活垃圾分类{second}》印发给你们，请认真贯彻执行。\n"
         "某区绿化市容局\n2024年3月1日\n某区2024年生活垃圾分类工作方案\n一、工作目标\n到2024年底，回收利用率达到45%以上。\n"
         "二、主要任务\n（一）完善分类投放设施。各街镇负责改造投放点200个，2024年6月底前完成。\n"
         "（二）加强收运管理。区绿化市容局负责规范收运作业，2024年9月底前完成。\n"
         "三、保障措施\n加强督查考核，确保各项任务落实。\n某区2024年生活垃圾分类{second}\n{body}")
LIST_BODY = ("一、完善分类投放设施\n（一）改造投放点200个。责任单位：各街镇。完成时限：2024年6月底。\n"
             "二、加强收运管理\n（一）规范收运作业。责任单位：区绿化市容局。完成时限：2024年9月底。\n")
RULES_BODY = ("一、考核对象\n各街镇。\n二、考核内容\n（一）区绿化市容局负责每季度对投放点开展检查。\n"
              "（二）区商务委负责对商超减塑开展抽查。\n")


@pytest.mark.parametrize("second", ["工作任务清单", "重点任务分工表", "责任分工一览表", "工作责任清单"])
def test_a_task_list_issued_with_its_plan_is_not_counted_again(second):
    plan = parse_text(COVER.format(second=second, body=LIST_BODY))
    assert len(plan.tasks) == 2
    assert not any(t.path and t.path[0].startswith("文件") for t in plan.tasks)
    assert plan.title == "某区2024年生活垃圾分类工作方案"


@pytest.mark.parametrize("second", ["考核细则", "考核办法"])
def test_a_second_rule_under_the_cover_is_still_a_document(second):
    plan = parse_text(COVER.format(second=second, body=RULES_BODY))
    assert [t.path[0] for t in plan.tasks] == ["文件1", "文件1", "文件2", "文件2"]


# --- a closing requirements section of a plan naming no unit is a task (plans-next91 class 3) -----------------

FLAT = ("某区关于开展农贸市场整治的通知\n各街镇：\n现就有关事项通知如下：\n"
        "一、整治范围\n全区各农贸市场，包括临时集市和早市，共计四十余处。\n"
        "二、整治内容\n清理占道经营，规范摊位设置，改造排水设施，做好环境卫生。\n"
        "三、{last}\n{call}\n")
CALL = "各街镇要高度重视，加强协调，鼓励各方积极参与，第四季度报送整治情况。要加大宣传力度，营造良好氛围。"


@pytest.mark.parametrize("last", ["工作要求", "有关要求", "保障措施", "组织实施"])
def test_a_closing_section_of_a_plan_naming_no_unit_is_a_task(last):
    plan = parse_text(FLAT.format(last=last, call=CALL))
    assert keys(plan)[-1] == "三"


def test_a_one_line_call_closing_such_a_plan_stays_out():
    plan = parse_text(FLAT.format(last="工作要求", call="各街镇要加强领导，确保落实。"))
    assert "三" not in keys(plan)


def test_an_aims_section_of_such_a_plan_stays_out():
    text = ("某区关于开展农贸市场整治的通知\n各街镇：\n现就有关事项通知如下：\n"
            "一、工作目标\n到年底，全区农贸市场环境明显改善，群众满意度明显提升。\n"
            "二、整治内容\n清理占道经营，规范摊位设置，改造排水设施，做好环境卫生。\n"
            "三、整治步骤\n先行摸排，再行整改，最后组织验收，确保按时完成各项工作。\n")
    assert "一" not in keys(parse_text(text))


# --- a heading of work on a standard is work (plans-next94 class 7) ----------------------------------------------

SIDE = ("某区关于加强公共厕所管理的意见\n各街镇：\n"
        "一、加强公共厕所配套建设\n各街镇要注重公厕布局规划，配置足够的公共厕所，提升如厕便利度。\n"
        "二、{heading}\n{text}\n"
        "三、提升公共厕所管理服务\n要巩固提升公厕文明创建水平，提高行业整体服务质量，严格执行保洁规范。\n"
        # (its （一）（二） lines carry their own steps: a list of conditions answered once in its lead-in would be
        # text, Round 60 rulings on x94_02 三, and the plan would number no deeper)
        "四、推进公共厕所开放\n具备以下条件的公厕应实行24小时开放：\n（一）各街镇负责落实自助开关门改造；\n"
        "（二）区绿化市容局组织配置明显标识。\n")


@pytest.mark.parametrize("heading", ["提升公共厕所设计标准", "完善公厕保洁作业标准", "提高公厕建设标准"])
def test_a_heading_raising_a_standard_is_work(heading):
    text = "新建、改建公共厕所应当设置无障碍厕间，做到基本设施配置到位，空间分布合理。"
    plan = parse_text(SIDE.format(heading=heading, text=text))
    assert "二" in keys(plan)


def test_a_standard_named_by_its_noun_stays_a_topic():
    text = "优秀为90分以上，良好为80分以上，合格为60分以上，其余为不合格。"
    plan = parse_text(SIDE.format(heading="考核评分标准", text=text))
    assert "二" not in keys(plan)


# --- a short name in 现将《指导意见》印发 is the full name written before it (plans-next94 class 6) ----------------

@pytest.mark.parametrize("short", ["指导意见", "实施方案", "办法"])
def test_a_short_name_takes_the_full_name(short):
    full = {"指导意见": "2022年某市行业工资福利待遇工作指导意见", "实施方案": "某区垃圾分类三年行动实施方案",
            "办法": "某区专项资金管理办法"}[short]
    text = (f"关于印发 《{full}》的通知\n各区：\n经协商，制定了《{full}》。"
            f"现将《{short}》印发给你们，并提出如下要求：\n"
            "一、提高认识，加强组织领导。\n")
    assert find_title(text) == full


def test_a_full_name_in_the_sentence_stays():
    text = ("关于印发某区垃圾分类工作方案的通知\n各街镇：\n现将《某区垃圾分类工作方案》印发给你们，请认真执行。\n"
            "一、工作目标\n")
    assert find_title(text) == "某区垃圾分类工作方案"


# --- site chrome and a column before the title (plans-next97 class 5) --------------------------------------------

@pytest.mark.parametrize("chrome", ["搜索历史清空", "精品文章", "热门搜索", "猜你喜欢"])
def test_site_chrome_is_no_title(chrome):
    text = (f"某某网\n\n{chrome}\n\n您的位置:首页>政策\n\n政策|《某市露天矿山专项整治实施方案》\n\n"
            "2017-10-13 09:34来源:某某网\n\n为加强矿山管理，制定本方案。一、工作目标。")
    assert find_title(text) == "某市露天矿山专项整治实施方案"


def test_a_bracketed_title_alone_on_its_line():
    text = "篇一:某乡武装部建设\n\n精品文章\n\n《加强基层武装部规范化建设的实施意见》\n\n各乡镇人民政府:\n为加强…。"
    assert find_title(text) == "加强基层武装部规范化建设的实施意见"


# --- numbers in tortoise-shell brackets 〔一〕 (plans-next97 class 6) --------------------------------------------

def test_shell_bracket_numbers_in_a_one_line_page():
    text = ("某县卫片执法工作方案为做好全县工作，制定本方案。一、工作目标做到早发现、早制止。"
            "二、工作任务〔一〕及时核查图斑。"
            "县自然资源局要及时下发图斑。〔二〕严肃查处违法行为。县农业农村局要依法履职。〔三〕严格开展约谈问责。"
            "县自然资源局将适时报请约谈。三、工作方式〔一〕月清。每月完成核查。")
    plan = parse_text(text)
    assert [k for k in keys(plan) if k.startswith("二")] == ["二.一", "二.二", "二.三"]


def test_a_document_number_in_shell_brackets_is_no_item():
    text = ("某县工作方案\n依据《某市方案》（自然资发〔2023〕243号）要求，制定本方案。\n一、工作任务\n"
            "（一）及时核查图斑。县自然资源局负责。\n（二）严肃查处违法行为。县农业农村局负责。\n")
    assert keys(parse_text(text)) == ["一.一", "一.二"]


# --- a rule's 第N部分 parts each numbering from 一、 (plans-next96 class 1) --------------------------------------

PARTS = ("某镇物业服务考核奖励实施办法\n一、指导思想\n以提升物业服务水平为目标。\n"
         "二、考核对象\n全镇住宅小区物业项目。\n"
         "第一部分 物业服务考核奖励办法\n一、物业项目奖励\n1、一等奖奖励5万元。\n2、二等奖奖励2万元。\n"
         "二、从业人员奖励\n1、项目经理奖励1万元。\n2、保洁员奖励0.2万元。\n"
         "第二部分  物业服务达标考核补贴办法\n一、补贴对象\n1、老公房小区按面积补贴。\n2、动迁房小区补贴50%物业费。\n"
         "二、补贴扣发\n1、未及时整改的，每项扣500元。\n2、被通报批评的，每项扣1000元。\n"
         "第三部分  附  则\n1、考核结果通报各小区业委会。\n2、本办法自2023年7月1日起实施，有效期三年。\n")


def test_parts_numbering_anew_are_kept_apart():
    plan = parse_text(PARTS)
    # (第三部分 附则's 2、 「本办法自…起实施，有效期三年。」 is the rules' closing point, a general provision and no
    # task — CONVENTIONS.md Round 78 rulings (c), read since round 60 by ``rule_points``)
    assert keys(plan) == ["第一部分.一.1", "第一部分.一.2", "第一部分.二.1", "第一部分.二.2",
                          "第二部分.一.1", "第二部分.一.2", "第二部分.二.1", "第二部分.二.2",
                          "第三部分.1"]


def test_part_of_a_sentence_is_no_part_heading():
    text = ("某镇工作方案\n一、重点任务\n（一）完善设施。第一部分资金由镇财政安排。\n（二）加强管理。镇城建中心负责。\n"
            "二、保障措施\n（一）加强领导。\n")
    assert keys(parse_text(text))[:2] == ["一.一", "一.二"]


# --- a rule in articles under 第X章 chapters: its 1、 items under their article (plans-next95 class 4) -----------

CHAPTERS = ("某区节能专项资金管理办法\n第一章  总则\n第一条（设立依据）\n为规范资金管理，根据有关规定，特制定本办法。\n"
            "第二条（遵循原则）\n专项资金坚持聚焦重点、综合平衡的原则。\n第二章  工作任务\n第三条（项目管理）\n"
            "1、区发改委组织开展节能项目的评审；\n2、区发改委建立节能项目储备库。\n第四条（监督检查）\n"
            "1、区财政局开展资金使用的监督检查；\n2、区财政局开展资金使用绩效评价；\n3、区审计局定期审计资金使用情况。\n"
            "第三章  职责分工\n第五条（职责分工）\n"
            "区发改委负责专项资金的统筹协调。\n"
            "区财政局负责资金拨付和监督。\n第六条（办法生效）\n本办法自2022年8月1日起施行。\n")


def test_articles_under_chapters_hold_their_items():
    plan = parse_text(CHAPTERS)
    # (articles of work under the chapters hold their 1、 items; a fund's 适用对象 and 支持范围 lines would be the
    # scheme's terms and its scope, no tasks — Round 64 rulings, turned, x95_03: not this test's articles, rv54p)
    assert [k for k in keys(plan) if "." in k] == ["3.1", "3.2", "4.1", "4.2", "4.3"], keys(plan)
    assert "5" in keys(plan)
    assert "6" not in keys(plan)          # 办法生效: the closing article


def test_an_article_headed_principles_mid_rule_is_a_task():
    text = ("某市居住区绿化调整实施办法\n第一章 总则\n第一条 目的和依据\n为了加强管理，根据有关规定，制定本办法。\n"
            "第二条 管理职责\n市绿化市容管理部门负责居住区绿化工作的监督与指导。\n"
            "第三条 调整原则\n居住区绿化调整应当遵循业主自愿、依法依规的原则，能修剪的不采取迁移措施。\n"
            "第二章 调整条件\n第四条 迁移的条件\n符合下列条件之一的，可提出迁移申请：\n（一）严重影响采光的；\n"
            "（二）严重影响房屋安全的。\n")
    plan = parse_text(text)
    assert "3" in keys(plan) and "1" not in keys(plan)


@pytest.mark.parametrize("closing", ["第六条（施行）\n本指导意见自2021年7月1日起施行，有效期两年。\n",
                                     "第六条（定位）\n本平台是统筹开发、设计和建设力量的工作机制。\n"])
def test_any_documents_entry_into_force_and_a_position_article_are_general(closing):
    plan = parse_text(CHAPTERS.replace("第六条（办法生效）\n本办法自2022年8月1日起施行。\n", closing))
    assert "6" not in keys(plan)


def test_a_work_article_after_them_stays():
    plan = parse_text(CHAPTERS.replace("第六条（办法生效）\n本办法自2022年8月1日起施行。\n",
                                       "第六条（监督检查）\n区审计局负责对专项资金使用情况开展审计监督。\n"))
    assert "6" in keys(plan)

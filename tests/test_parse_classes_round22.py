"""Failure classes of tests/data/plans-next21/ (and the ~95–97 % sets) taken in round 22 (parser32). Each class
with made-up wordings of other plans (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from parse_score import find_task

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets


def _keys(plan) -> list[str]:
    return [t.key for t in plan.tasks]


# -- 1. a plan written as rules: its one-paragraph chapters are articles, each a task -------------------------

_CLOSING = "六、其他事项\n（一）本办法自2026年3月1日起施行。\n（二）本办法由街道资产管理办公室负责解释。"
_RULES = "\n".join([
    "某街道关于规范公共停车场经营管理的实施办法",
    "为规范本街道公共停车场经营管理，结合实际，制定本办法。",
    "一、指导思想",
    "坚持以人民为中心，规范停车秩序，提升城市管理精细化水平，维护群众合法权益。",
    "二、适用范围",
    "本办法适用于本街道辖区内由集体经济组织投资建设的公共停车场的经营管理活动。",
    "三、经营程序",
    "（一）方案拟定",
    "经营单位拟定经营方案，报街道资产管理办公室审核。",
    "（二）公开招租",
    "经营方案审核通过后，通过公开平台发布招租信息，择优确定承租人。",
    "四、收费标准",
    "停车场收费标准按照区价格主管部门核定的标准执行，临时停车首小时收费不高于10元。",
    "五、经营年限",
    "停车场一个经营周期原则上不超过3年，期满后重新公开招租，不得私下续约。",
    "六、其他事项",
    "（一）本办法自2026年3月1日起施行。",
    "（二）本办法由街道资产管理办公室负责解释。",
])


def test_the_chapters_of_a_plan_written_as_rules_are_tasks():
    plan = parse_text(_RULES)
    keys = _keys(plan)
    assert {"四", "五"} <= set(keys), keys                  # the articles with a text of their own
    assert "一" not in keys                                  # what the plan is for stays a section
    assert {"三.一", "三.二"} <= set(keys)
    # (六、其他事项's entry into force and interpretation: the rules' closing points, general provisions and no tasks —
    # CONVENTIONS.md Round 78 rulings (c), read since round 60 by ``rule_points``)
    assert "六.一" not in keys and "六.二" not in keys


def test_the_same_chapters_in_a_work_plan_stay_sections():
    # no closing line saying when it takes effect or who interprets it: a work plan, 五、经费保障 a section
    work = "\n".join([
        "某区2026年老旧小区消防设施改造实施方案",
        "一、工作目标",
        "全面改善老旧小区消防安全硬件环境，提升火灾防御能力。",
        "二、实施步骤",
        "（一）第一季度：完成项目立项和方案制定工作；",
        "（二）第二季度：完成招投标和施工单位选取工作；",
        "三、经费保障",
        "经初步匡算，每个小区改造费用以8万元计，共需经费约240万元，由区级财政承担。",
        "四、收费标准",
        "改造后的设施维护费用按照物业服务合同约定的标准执行，不另行收取费用。",
    ])
    keys = _keys(parse_text(work))
    assert "三" not in keys and "四" not in keys, keys


def test_a_work_plans_closing_line_makes_no_rule():
    # 「本办法自印发之日起执行」 written as the last line, not as a numbered provision: no rule's closing
    text = _RULES.replace(_CLOSING,
                          "本办法自印发之日起执行，由街道资产管理办公室负责解释。")
    keys = _keys(parse_text(text))
    assert "四" not in keys and "五" not in keys, keys


def test_a_closing_article_is_no_chapter_of_work():
    text = _RULES.replace(_CLOSING,
                          "六、其他事项\n（一）本办法由街道资产管理办公室负责解释。\n七、本办法自2026年3月1日起施行。")
    keys = _keys(parse_text(text))
    assert "四" in keys and "七" not in keys, keys


def test_safeguards_of_a_rule_stay_sections():
    text = _RULES.replace("五、经营年限", "五、组织保障")
    keys = _keys(parse_text(text))
    assert "四" in keys and "五" not in keys, keys


# -- 2. how long a term may run is a rule's ceiling, no target ------------------------------------------------

def test_a_terms_ceiling_is_no_target():
    # (round 31 (mt31), CONVENTIONS.md thresholds: a term's ceiling joined to 不得超过 / 原则上不超过 is a target)
    assert [t.value for t in find_targets("承包合同期限最长不得超过3年，期满后重新发包。", 2026, relaxed=True)] == [3.0]
    assert [t.value for t in find_targets("每个聘期原则上不超过2年。", 2026, relaxed=True)] == [2.0]
    # a figure with no term before it stays: what is to be done
    assert [t.value for t in find_targets("全年新增停车泊位不少于300个。", 2026, relaxed=True)] == [300.0]


# -- 3. the scorer: a path whose only number is an article's label ---------------------------------------------

def test_the_scorer_finds_an_article_by_its_number():
    text = "\n".join([
        "某镇宅基地建房管理试点方案",
        "第一章 总则",
        "第一条（责任分工）",
        "镇规划建设办负责全镇农村建房的日常监管，镇城运中心负责巡查发现违法建设。",
        "第二章 监督检查",
        "第二条（抽查）",
        "镇规划建设办负责组织抽查，每年抽查比例不少于新建农房总数的20%。",
    ])
    plan = parse_text(text)
    # both articles open with 镇规划建设办负责: the first words alone would take the first article
    task = find_task(plan, {"path": ["第二章 监督检查", "第二条（抽查）"], "title_starts": "镇规划建设办负责"})
    assert task is not None and "抽查比例" in task.text
    task = find_task(plan, {"path": ["第一章 总则", "第一条 （责任分工）"], "title_starts": "镇规划建设办负责"})
    assert task is not None and "巡查" in task.text


def test_the_scorer_tells_items_of_two_articles_apart_by_the_article():
    # 第五条（三） and 第六条（三） open alike: the article in the sample's path names which one is meant
    text = "\n".join([
        "某区人防工程隐患整治管理办法",
        "第五条 区国动办履行下列职责：",
        "（一）组织制定整治计划；",
        "（二）组织竣工验收；",
        "（三）负责日常巡查工作，发现问题及时处置。",
        "第六条 区民防工程管理中心履行下列职责：",
        "（一）开展底数排摸；",
        "（二）协调风险评估；",
        "（三）负责日常巡查工作，建立巡查台账。",
    ])
    plan = parse_text(text)
    task = find_task(plan, {"path": ["第六条", "（三）"], "title_starts": "负责日常巡查"})
    assert task is not None and "台账" in task.text
    task = find_task(plan, {"path": ["第五条", "（三）"], "title_starts": "负责日常巡查"})
    assert task is not None and "处置" in task.text


# -- 4. a rule's 管理责任 chapter: paragraphs each naming the body answering for the work -------------------------

def test_a_chapter_of_responsibilities_names_its_bodies():
    text = _RULES.replace("五、经营年限", "\n".join([
        "五、管理责任",
        "街道资产管理委员会是公共停车场经营管理的责任主体，做好全街道停车场经营的监督和指导工作。",
        "街道停车管理部门设在街道城运中心，具体负责停车场经营的日常审核和巡查，确保各项制度有效执行。",
        "街道经济联合社、各居委会及其下属停车服务公司是停车场经营的实施主体，严格按照制度要求开展经营管理。",
        "小区内部停车场的经营，经业主大会表决同意后，原则上委托物业服务企业实施。",
        "六、经营年限"])).replace("六、其他事项", "七、其他事项")
    task = next(t for t in parse_text(text).tasks if t.key == "五")
    assert task.responsible_units[:3] == ["街道资产管理委员会", "街道停车管理部门", "街道经济联合社"], \
        task.responsible_units
    assert task.lead_units == []


def test_a_body_named_with_where_it_sits():
    from desktop.core.parse.prose_units import defining_units, opening_units
    assert opening_units("县农机服务部门设在县农业农村局，具体负责全县农机安全的日常监管。") == ["县农机服务部门"]
    assert defining_units("镇经济联合社及其所属全资企业是资产经营的实施主体，负责…") == ["镇经济联合社"]
    # a place where something sits is no body: 「设在」 after a thing
    assert opening_units("临时堆放点设在镇工业园区内，具体负责人由园区指定。") == []


# -- 5. a monthly report named as a system (实行月报告 / 月报制度), no 每月 --------------------------------------------

def test_a_monthly_report_named_as_a_system_is_a_monthly_duty():
    plan = parse_text("某县2026年为民办实事项目工作方案\n一、明确责任\n各项目责任单位要细化工作措施。\n"
                      "二、加强督查\n实事项目推进情况实行月报告制度，由县政府督查室汇总通报。\n")
    assert [d.every for d in plan.duties] == ["month"], plan.duties


def test_a_months_date_before_a_sending_is_no_rhythm():
    plan = parse_text("某县2026年为民办实事项目工作方案\n一、明确责任\n各项目责任单位要细化工作措施。\n"
                      "二、总结评估\n各责任单位于12月报送全年工作总结。\n")
    assert all(d.every != "month" for d in plan.duties), plan.duties


# -- 6. a count in Chinese numerals with 以上 after it, one person named for the work --------------------------------

def _counts(text: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 2026, relaxed=True)]


def test_a_chinese_count_with_its_bar_after_it():
    assert _counts("各街道年内要培育一个以上社区服务品牌。") == [(1.0, "个", ">=")]
    targets = find_targets("每个村建成三处以上健身点位。", 2026, relaxed=True)
    assert [(t.value, t.comparator, t.subject) for t in targets] == [(3.0, ">=", "健身点位")]
    # 一个 with no bar and no count meant stays an article
    assert _counts("建立一个长效管理机制。") == []


def test_one_person_named_for_the_work_is_a_count():
    assert _counts("各镇要明确分管领导，并指定一名信息员。") == [(1.0, "名", None)]
    assert _counts("一名群众反映了问题。") == []


# == round 22 review (mends5): misfires of the classes above =====================================================

# -- R1. a numbered closing line makes no rule of a work plan that names its tasks ----------------------------------

def _plan(*lines: str):
    return parse_text("\n".join(lines))


def test_a_work_plan_with_a_numbered_closing_chapter_stays_a_plan():
    # 二、重点任务 holds the work; 三、–六、 are a work plan's paragraphs, 七、附则 numbers its closing lines
    keys = _keys(_plan(
        "某区2026年背街小巷环境综合整治工作方案", "一、工作目标", "到2026年底，完成全区120条背街小巷环境整治。",
        "二、重点任务", "（一）整治乱堆乱放。区城管局牵头，各街道负责，2026年6月底前完成。",
        "（二）规范停车秩序。区公安分局牵头，各街道配合，2026年9月底前完成。",
        "三、宣传引导", "各街道要充分利用社区公告栏、微信公众号等渠道，广泛宣传整治工作的意义。",
        "四、信息报送", "各街道每月5日前将上月整治进展情况报区整治办，区整治办汇总后报区政府。",
        "五、经费安排", "整治所需经费由区财政统筹安排，各街道要加强资金管理，确保专款专用。",
        "六、工作机制", "建立联席会议制度，区整治办每季度召开一次联席会议，研究解决重大问题。",
        "七、附则", "（一）本方案自印发之日起施行。", "（二）本方案由区整治办负责解释。"))
    assert not {"三", "四", "五", "六"} & set(keys), keys


def test_a_closing_chapter_of_its_own_makes_no_rule():
    keys = _keys(_plan(
        "某镇2026年秸秆综合利用和禁烧工作实施方案", "一、工作目标", "全镇秸秆综合利用率达到95%以上。",
        "二、主要任务", "（一）加快秸秆还田。镇农业服务中心负责，2026年11月底前完成。",
        "（二）推进秸秆收储。镇经济发展办负责，建成收储点3个。",
        "三、监督检查", "镇纪委会同镇督查办对各村禁烧工作开展不定期检查，对工作不力的村进行通报批评。",
        "四、责任追究", "对因工作不力造成焚烧火点的村，依照有关规定追究村主要负责人和包片干部的责任。",
        "五、宣传发动", "各村要通过广播、横幅、微信群等方式，做到宣传全覆盖，确保禁烧政策家喻户晓。",
        "六、本方案自印发之日起实施。"))
    # (三、 is a childless point whose work has a rule-2 doer 「镇纪委会同镇督查办…」: a task since round 36's early
    # rulings → Tasks, in a plan of numbered items too; the closing line 六、 still makes no rule and no task;
    # 五、 「各村要通过广播…方式，做到宣传全覆盖」 an instruction to the plan's bodies in a plan whose points mostly
    # have nothing numbered under them: a task by Round 51 rulings "turned" (t49b); 四、 a rule of liability, none)
    assert keys == ["二.一", "二.二", "三", "五"], keys


def test_a_plan_whose_work_chapter_is_named_otherwise_stays_a_plan():
    # 四、经费来源 beside 二、主要任务; the closing chapter holds a duty and the line on who interprets it
    keys = _keys(_plan(
        "某街道2026年垃圾分类工作方案", "一、工作目标", "到2026年底，辖区居民区垃圾分类达标率达到95%以上。",
        "二、主要任务", "（一）完善分类设施。街道城建中心负责，2026年6月底前完成。",
        "（二）开展分类宣传。街道宣传办负责，全年开展宣传活动不少于12场。",
        "三、工作要求", "各居委会要高度重视，明确专人负责，确保各项任务落实到位。",
        "四、经费来源", "所需经费从街道年度预算中列支，专款专用，任何单位不得挤占挪用。",
        "五、其他事项", "（一）各居委会要于每月5日前报送上月工作进展。", "（二）本方案由街道城建中心负责解释。"))
    assert "四" not in keys and "三" not in keys, keys
    # the same with its work under 三、工作措施 (another wording of the work chapter)
    keys = _keys(_plan(
        "某县2026年农村饮水安全巩固提升工作方案", "一、总体要求", "以保障农村饮水安全为目标，巩固提升供水保障水平。",
        "二、工作措施", "（一）改造供水管网。县水务局负责，2026年10月底前完成。",
        "（二）加强水质检测。县疾控中心负责，每季度检测一次。",
        "三、信息公开", "各乡镇要通过村务公开栏定期公布饮水工程运行管护情况，接受群众监督。",
        "四、资金管理", "项目资金实行专户管理、专账核算，任何单位和个人不得截留挪用。",
        "五、附则", "（一）本方案自2026年3月1日起施行。", "（二）本方案由县水务局负责解释。"))
    assert "三" not in keys and "四" not in keys, keys


def test_a_rules_supplementary_chapter_stays_a_section():
    keys = _keys(_plan(
        "某区公有住房租赁管理实施办法", "一、适用范围",
        "本办法适用于本区行政区域内区属公有住房的租赁管理活动，包括直管公房和单位自管公房。",
        "二、租赁程序", "（一）申请。承租人向所在街道房管所提出书面申请，提交相关证明材料。",
        "（二）审核。区房管局对申请材料进行审核，符合条件的予以办理。",
        "三、租金标准", "公有住房租金按照区物价部门核定的标准执行，原则上每三年调整一次。",
        "四、附则", "本办法未尽事宜，按照国家和市有关规定执行。",
        "五、其他", "（一）本办法由区房管局负责解释。", "（二）本办法自2026年5月1日起施行。"))
    assert "三" in keys and "四" not in keys, keys      # an article; the supplementary provisions
    # a 未尽事宜 paragraph under another title is no article either
    keys = _keys(_plan(
        "某镇集体资产租赁管理办法", "一、租赁程序", "（一）申请。承租人向镇资产办提出书面申请。",
        "（二）审核。镇资产办对申请材料进行审核。",
        "二、租赁价格", "集体建设用地租赁价格不低于每年1万元/亩，并逐年递增。",
        "三、补充说明", "本办法未尽事宜，按照区农业农村委的有关规定执行。",
        "四、其他事项", "（一）本办法自2026年1月1日起施行。", "（二）本办法由镇资产办负责解释。"))
    assert "二" in keys and "三" not in keys, keys


# -- R2. the scorer: an article's number alone binds no task ---------------------------------------------------------

def test_the_scorer_binds_no_wrong_task_by_an_articles_number():
    from parse_score import score_plan
    text = "\n".join([
        "某镇农村人居环境长效管护办法", "第一章 总则", "第一条 为加强农村人居环境长效管护，结合本镇实际，制定本办法。",
        "第二条 本办法适用于本镇行政区域内农村人居环境的管护活动。", "第二章 职责分工", "第三条 各部门职责如下：",
        "（一）镇城建办负责全镇农村道路保洁的监督考核，2026年6月底前建立考核台账。",
        "（二）镇农业服务中心负责农村河道保洁，全年巡查不少于12次。",
        "第四条 镇财政所负责管护经费保障，2026年3月底前拨付到位。"])
    plan = parse_text(text)
    spec = {"file": "e.txt", "leaf_tasks": len(plan.tasks), "samples": [{
        "path": ["第一章 总则", "第二条"], "title_starts": "本办法适用于本镇", "lead": [], "responsible": [],
        "targets": [], "quantities_not_targets": [{"number": 12, "unit": "次"}], "deadline_norm": None}]}
    found = [c for c in score_plan(spec, text, plan).checks if c.kind == "found"]
    # the parser holds no task 「本办法适用于本镇…」 (第二条 is no work): the (二) numbered 2 is not it
    assert found and not found[0].passed, found
    # another wording: a sample whose number matches a task of other words
    plan = _plan("某区物业管理考核办法", "第一章 考核内容", "第一条（考核对象）",
                 "区房管局负责对辖区物业服务企业开展年度考核。", "第二章 结果运用", "第二条（结果运用）",
                 "考核结果作为物业服务企业信用评价的重要依据。")
    task = find_task(plan, {"path": ["第二章 结果运用", "第二条"], "title_starts": "区房管局负责对辖区"})
    assert task is None or "年度考核" in task.text, task      # never 第二条 「考核结果作为…」 by its number


# -- R3. how long work may take is a target; only a lease's, contract's or appointment's term is a ceiling ------------

def test_how_long_work_may_take_stays_a_target():
    for text, value, unit in (("2026年底前，项目平均建设周期不超过18个月。", 18.0, "个月"),
                              ("到2026年，新建保障房项目建设周期不超过2年。", 2.0, "年"),
                              ("企业注销办理期限压缩至不超过5个月。", 5.0, "个月"),
                              ("积压案件办结期限不超过6个月。", 6.0, "个月"),
                              ("重大项目审批期限不超过4个月。", 4.0, "个月")):
        assert [(t.value, t.unit, t.comparator) for t in find_targets(text, 2026, relaxed=True)] \
            == [(value, unit, "<=")], text
    # (round 31 (mt31), CONVENTIONS.md thresholds: a term's ceiling is a target as well now)
    for text, value in (("土地流转期限一般不超过10年。", 10.0),
                        ("一个经营周期原则上不超过3年，期满后重新公开招租。", 3.0),
                        ("房屋租期最长不得超过5年。", 5.0)):
        assert [(t.value, t.comparator) for t in find_targets(text, 2026, relaxed=True)] == [(value, "<=")], text


# -- R4. 月报 is monthly only named as the system (实行月报 / 月报制度 / 月报表), not a month's name before 报告 ----

def _duties(body: str) -> list[str | None]:
    plan = parse_text(f"某区2026年工作方案\n一、明确责任\n各单位要细化工作措施。\n二、信息报送\n{body}\n")
    return [d.every for d in plan.duties]


def test_a_months_name_before_a_report_is_no_monthly_duty():
    for body in ("各街道于元月报告上年度工作总结至区发改委。", "各单位须于正月报告春节期间安全生产情况至区应急局。",
                 "各单位于当月报告区发改委。", "项目推进实行半月报告制度，由区督查室汇总。",
                 "各镇于次月报告上月完成情况至县农业农村局。"):
        assert "month" not in _duties(body), body
    assert _duties("项目进展实行月报制度，由区发改委汇总通报。") == ["month"]
    assert _duties("重点项目推进情况建立月报告制度，报区政府督查室。") == ["month"]


# -- R5. 「X设在Y，具体负责…」 names a unit only where X is a body of government --------------------------------------

def test_a_thing_set_up_somewhere_is_no_unit():
    from desktop.core.parse.prose_units import opening_units
    assert opening_units("网格化综合指挥平台设在区城运中心，具体负责事件的分拨、督办和考核。") == []
    assert opening_units("咨询服务台设在镇政府大厅，具体负责政策咨询和材料受理。") == []
    assert opening_units("便民服务窗口设在街道社区事务受理中心，主要负责证照代办。") == []
    # a department or office set up in another body stays its unit
    assert opening_units("区防汛指挥部办公室设在区水务局，具体负责日常工作。") == ["区防汛指挥部办公室"]
    assert opening_units("镇资产管理部门设在镇经济发展服务中心，具体负责租赁的日常审核。") == ["镇资产管理部门"]
    plan = parse_text(open_text := "\n".join([
        "某区2026年城市网格化管理提质增效工作方案", "一、主要任务",
        "（一）完善网格划分。区城运中心牵头，2026年6月底前完成。",
        "二、职责分工", "区城运中心负责统筹协调全区网格化管理工作，做好考核评价。",
        "区市场监管局负责食品安全类网格案件的处置和反馈。",
        "网格化综合指挥平台设在区城运中心，具体负责事件的分拨、督办和考核。"]))
    assert all("网格化综合指挥平台" not in t.responsible_units + t.lead_units for t in plan.tasks), open_text


# -- R6. 以上级 / 以上率下 / 以上下贯通: no bar after a count ------------------------------------------------------

def test_above_that_begins_another_word_is_no_bar():
    for text in ("建立一个以上级部门牵头、属地负责的协调机制。", "建立一个以上率下的长效工作机制。",
                 "构建一个以上下贯通、执行有力的组织体系。", "形成一个以上述要求为准的考核办法。"):
        assert _counts(text) == [], text
    assert _counts("打造一个以上市级示范点。") == [(1.0, "个", ">=")]


# -- R7. one person named: the person is the subject, each of two named is one --------------------------------

def _people(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.subject) for t in find_targets(text, 2026, relaxed=True)]


def test_one_person_named_is_the_subject_not_their_work():
    assert _people("各村要明确一名村干部负责此项工作，确保责任到人。") == [(1.0, "村干部")]
    assert _people("选派一名干部担任驻村第一书记。") == [(1.0, "干部")]
    assert _people("指定一名同志负责与区里对接。") == [(1.0, "同志")]
    assert _people("各单位要安排一名分管领导和一名具体工作人员。") == [(1.0, "分管领导"), (1.0, "具体工作人员")]
    assert _people("各校要确定一名副校长及一名安全干事，负责校园安全。") == [(1.0, "副校长"), (1.0, "安全干事")]


# -- R8. a staffing norm per place (每个镇配备一名) is no figure to reach, as 每25公里配备一名 is none ---------

def test_a_staffing_norm_per_place_is_no_target():
    for text in ("每个镇至少配备一名专职安全员。", "每个村（社区）确定一名联络员，负责信息收集报送。",
                 "每个行政村配备一名以上专职保洁员。", "每所学校明确一名法治副校长。"):
        assert find_targets(text, 2026, relaxed=True) == [], text
    # a count of things per place stays (round 22), and one person named without 每 too
    assert _counts("每个村建成三处以上健身点位。") == [(3.0, "处", ">=")]
    assert _counts("各街道确定一名联络员，负责信息报送。") == [(1.0, "名", None)]

"""Failure classes of the town and street plans (tests/data/plans-next4/BASELINE.md), each in other
made-up wordings of the same shape; the real plans are scored by tests/test_parse_score.py."""

from __future__ import annotations

from desktop.core.parse import parse_text

# class 1: numbered items that open with their units and 负责 / 牵头, no colon between
DUTIES = ("某街道老旧小区加装电梯推进工作方案\n"
          "一、工作目标\n全年完成加装电梯30台。\n"
          "二、职责分工\n各部门按以下分工推进：\n"
          "1.街道城建中心负责加装电梯项目的技术指导和施工监管；\n"
          "2.街道房管办、社区党建办负责居民意见征询和矛盾协调；\n"
          "3.街道财政所牵头做好补贴资金的审核拨付。\n"
          "三、附则\n1.本方案自印发之日起施行。\n2.本工作方案由街道城建中心、街道财政所负责解释。\n")


def _by_title(plan, words):
    return next(t for t in plan.tasks if t.title.startswith(words) or words in t.text)


def test_items_opening_with_their_units_and_duty_name_those_units():
    plan = parse_text(DUTIES)
    assert _by_title(plan, "街道城建中心负责").responsible_units == ["街道城建中心"]
    assert _by_title(plan, "街道房管办").responsible_units == ["街道房管办", "社区党建办"]
    # (「A牵头…」 opening its item: lead A, CONVENTIONS.md rule 2 — the task keeps a lead out of its responsible list)
    task = _by_title(plan, "街道财政所牵头")
    assert (task.lead_units, task.responsible_units) == (["街道财政所"], [])


def test_a_single_item_opening_with_a_unit_is_not_read_as_units():
    # one item alone may have a thing as its subject: only siblings written alike make units
    plan = parse_text("某镇工作方案\n一、主要任务\n1.综合服务中心负责建成后向居民开放。\n"
                      "2.完善社区服务设施。\n")
    # round 31: CONVENTIONS.md rule 2 — the subject of 负责 that names a body (综合服务中心, a kind of body) is the
    # item's doer, alone or among siblings written alike; the sibling without a doer has none
    assert [t.responsible_units for t in plan.tasks] == [["综合服务中心"], []]


def test_the_units_that_interpret_the_plan_are_no_units_of_its_closing_item():
    # round 29 (tests/data/CONVENTIONS.md rule 3): 「本方案由A负责解释」 names who interprets the text, no doer
    plan = parse_text(DUTIES)
    task = _by_title(plan, "本工作方案由")
    assert task.responsible_units == [] and task.lead_units == []
    text = ("某镇集体资产租赁管理工作方案\n一、总体要求\n规范租赁行为。\n二、其他事项\n"
            "（一）本方案自2025年1月1日起试行。\n（二）本方案由镇农业服务中心负责解释。\n")
    task = _by_title(parse_text(text), "本方案由")
    assert task.responsible_units == [] and task.lead_units == []


def test_an_interpreting_clause_does_not_hide_the_units_of_other_items():
    # other wordings: 本细则由A负责修订 / 本意见由A、B负责解读 — none; the items beside them keep theirs
    text = ("某街道工作细则\n一、职责分工\n1.街道城建中心负责项目监管；\n2.街道财政所负责资金拨付；\n"
            "3.街道平安办负责安全巡查。\n二、附则\n1.本细则由街道城建中心负责修订。\n"
            "2.本意见由街道财政所、街道平安办负责解读。\n")
    plan = parse_text(text)
    assert _by_title(plan, "街道平安办负责").responsible_units == ["街道平安办"]
    # (the two closing points are the rules' general provisions, no tasks at all — CONVENTIONS.md Round 78 rulings
    # (c), read since round 60 by ``rule_points``: so they hide no units and take none)
    assert not [t for t in plan.tasks if t.title.startswith(("本细则由", "本意见由"))]


# class 4: phases without dates (a schedule section of named stages) or dated in a sentence
def test_named_stages_of_a_schedule_section_are_phases_without_dates():
    text = ("某街道背街小巷环境整治工作方案\n一、工作任务\n1.整治乱堆乱放。\n2.规范店招店牌。\n"
            "二、实施步骤\n（一）宣传发动阶段\n召开动员会，张贴告示。\n"
            "（二）集中整治阶段\n组织力量逐条整治。\n（三）巩固提升阶段\n建立长效管理机制。\n")
    phases = {p.name: p for p in parse_text(text).phases}
    assert list(phases) == ["宣传发动阶段", "集中整治阶段", "巩固提升阶段"]
    assert all(p.start is None and p.end is None for p in phases.values())


def test_a_schedule_section_of_ordinary_items_gives_no_undated_phases():
    text = ("某街道工作方案\n一、工作任务\n1.整治乱堆乱放。\n2.规范店招店牌。\n"
            "二、实施步骤\n（一）宣传发动\n召开动员会。\n（二）集中整治\n组织力量整治。\n")
    assert parse_text(text).phases == []


def test_rounds_dated_in_a_sentence_are_phases():
    text = ("某镇物业服务企业考评实施方案\n一、考评周期\n考评以三年为一个周期。第一期考评截至2025年6月，"
            "第二期考评自2025年7月起，截止到2028年6月，以此类推。\n二、考评内容\n1.服务质量。\n2.收费管理。\n")
    phases = {p.name: (p.start, p.end) for p in parse_text(text).phases}
    assert phases == {"第一期考评": (None, "2025-06"), "第二期考评": ("2025-07", "2028-06")}


# class 5: a notice an event sets off (签订后…抄告 / 验收后…函告), with no date or rhythm
def test_a_notice_an_event_sets_off_is_a_duty():
    text = ("某镇闲置农房盘活利用工作方案\n一、主要任务\n1.摸清闲置农房底数。\n2.规范租赁合同。\n"
            "二、其他\n1.租赁合同签订后，及时抄告镇农业服务中心和村委会。\n"
            "2.项目验收后，函告区农业农村委。\n")
    texts = [d.text for d in parse_text(text).duties]
    assert any("抄告镇农业服务中心" in t for t in texts)
    assert any("函告区农业农村委" in t for t in texts)


def test_a_sentence_about_what_happens_after_an_event_without_a_sending_is_no_duty():
    text = ("某镇工作方案\n一、主要任务\n1.摸清闲置农房底数。\n2.合同签订后，村委会负责日常巡查。\n")
    assert parse_text(text).duties == []


# class 3: articles 第N条 as the level above （一） / 1. (an article after a （六） heading is not its child)
ARTICLES = ("某镇河道长效管护考核办法\n第一条 为加强河道管护，制定本办法。\n"
            "第二条 考核内容\n（一）水面保洁。河面无漂浮物。\n（二）岸坡整治。岸坡无垃圾堆放。\n"
            "（三）水质达标\n断面水质达标率100%。\n"
            "第三条 职责分工\n1.镇河长办负责考核组织；\n2.镇财政所负责考核资金拨付。\n"
            "第四条 本办法自印发之日起施行。\n")


def test_articles_are_the_level_above_their_items():
    plan = parse_text(ARTICLES)
    paths = [(t.path, t.number) for t in plan.tasks]
    assert paths == [(["2"], "一"), (["2"], "二"), (["2"], "三"), (["3"], "1"), (["3"], "2")]
    water = plan.tasks[2]
    assert water.title.startswith("水质达标")       # its own text kept: 第三条 is not its child
    assert [t.responsible_units for t in plan.tasks[3:]] == [["镇河长办"], ["镇财政所"]]


def test_articles_under_numbered_sections_stay_items():
    text = ("某区支持企业发展若干措施\n一、支持创新\n第一条 支持研发投入。按研发费用给予补贴。\n"
            "第二条 支持人才引进。给予住房补贴。\n二、优化服务\n第三条 推行一网通办。\n")
    plan = parse_text(text)
    assert [(t.path, t.number) for t in plan.tasks] == [(["一"], "1"), (["一"], "2"), (["二"], "3")]


# class 2: 保障措施 items as heading lines with paragraphs below, one of them a run of unnumbered
# 「X负责…」 duty paragraphs: each item is a task; the paragraphs are its units, not tasks of their own
SAFEGUARDS = ("某镇燃气安全隐患排查整治工作方案\n一、工作任务\n（一）全面排查\n1.摸排底数。\n2.建立台账。\n"
              "（二）集中整治\n1.限期整改。\n"
              "二、保障措施\n（一）加强组织领导\n成立工作专班，统筹推进排查整治。\n"
              "（二）明确职责分工\n各部门按照职责做好相关工作：\n"
              "安全办、城建中心负责牵头组织燃气安全隐患排查整治；\n"
              "市场所负责瓶装燃气经营单位的检查；\n社区办负责居民区的排查；\n"
              "综合执法队负责违规使用燃气行为的查处；\n"
              "（三）强化宣传引导\n广泛宣传燃气安全知识。\n")


def test_a_run_of_duty_paragraphs_belongs_to_the_item_above():
    plan = parse_text(SAFEGUARDS)
    duties = [t for t in plan.tasks if t.path == ["二"] and t.number == "二"]
    assert len(duties) == 1
    assert duties[0].lead_units == ["安全办", "城建中心"]
    assert duties[0].responsible_units == ["市场所", "社区办", "综合执法队"]
    assert len(plan.tasks) == 3 + 3                   # 一、 three items; 二、 three items
    assert not any(t.title.startswith("市场所") for t in plan.tasks)


def test_duty_paragraphs_under_a_section_heading_stay_tasks():
    # under a 一、 section (no numbered item above them) each unit's paragraph is a task of its own
    text = ("某镇工作方案\n一、工作任务\n"
            "镇城建中心负责全镇燃气管网的排查；\n镇市场所负责瓶装燃气经营单位的检查；\n"
            "镇社区办负责居民区的排查。\n")
    plan = parse_text(text)
    assert [t.responsible_units for t in plan.tasks] == [["镇城建中心"], ["镇市场所"], ["镇社区办"]]

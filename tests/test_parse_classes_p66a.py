"""Round 66, parser helper p66a: classes met on plans-next341 (city rules written as articles). Made-up texts.

1. A body's duty-list lead-in with the adverb 主要 between the body and its verb 「市X中心主要履行下列管理职责：」 gives
   its lines naming none its body (rule 4; Round 81's x305_04 第四条), as 「市X中心履行下列职责：」 does — 主要 is
   no part of the body's name.
2. A definitions article whose later sentence names a body the doer by rule 2 「本细则所称X，是指…。具体标准由区民政局
   制定。」 is a task (round 39; round 30: general provisions are those that only define) — not one whose later
   sentence is the interpreting body or no doer at all.
3. An article's paragraph whose bodies act in the course of their work and on what they find there 「A、B在履行职责
   过程中发现…，应当及时采集…」 names them the doers (round 44: the subject of an article's verb of doing), as
   「A在…时，应当…」 does — a course with a finding that is a case of its own 「…发现…的，」 is the case reader's.
4. A named body joined by 和 to a field's other bodies 「区X中心和文化旅游行业其他相关部门应当…」: two doers, the second
   one name as printed (round 31; round 34's 和) — a body whose own name holds 和 stays whole.
5. A body's own decision as the case of its step 「A根据…情况，决定将其列入…的，应当制作决定文书…」: A is the doer
   (Round 77's x299_04 第二十八条: the rules' body acting on breaches), unlike a party's application decided on.
6. 「由A划定」 (marking out the areas a rule applies to) is rule 2's 由A＋a verb of doing — not 「经A划定的区域」, a
   body inside a noun's description.
7. A round-the-clock hotline 「设立24小时热线电话」「开通24小时服务热线」 names a kind of service, no target (Round 87's
   x324_08 「24小时值班制度」) — a limit 「24小时内答复」 with its window, or hours to reach 「培训40小时以上」, stay
   what they were.
8. A consulted body feeding its opinion back 「B应在收到征求意见函之日起1个工作日内反馈意见」 is a step of the approval
   that consults it (Round 91's turned x340_04 第十七条), no doer — as 「B应对…提出意见」 already was; a body whose
   clause goes on with work of its own stays one.
9. A later paragraph of an article that answers a need 「确需启动补充机制时，A应…」 after the article's own work is a
   contingency (rule 3's 「确需调整的，由A负责」), as 「发生…的，A应当…」 is (Round 91's x340_02 第二十条) — an article
   whose first paragraph is that work keeps its doer.
10. A year-less day in a rule written as articles that falls before the rule was signed 「A应于9月底向B提出申请」 is a
    day of its yearly cycle, no deadline (round 34; Round 91's x335_02 第十四条) — a year-less day after the signing
    still dates the item.
11. A count of breaches a check's question asks about 「审核驾驶人是否有…，或者有两次以上…超载、超速记录」 describes a
    fault the check looks for (round 31's second exception), in words or in digits — a count of work to reach
    「检查是否完成不少于3次培训」 stays a target.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def tasks(text: str) -> list[tuple[tuple[str, ...], list[str], list[str]]]:
    return [((*t.path, t.number), t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


def _rule(*articles: str) -> str:
    body = "".join(f"第{n}条  {a}\n\n" for n, a in zip("一二三四五六七八九", articles, strict=False))
    return "某区养老服务补贴资金管理办法\n\n" + body


# 1. 主要 before the lead-in's verb

def test_a_lead_in_with_zhuyao_gives_its_lines_its_body():
    text = _rule("为规范补贴资金管理，根据有关规定，制定本办法。",
                 "区民政局负责对某区养老服务指导中心（以下简称“区养老中心”）的工作进行考核。",
                 "区养老中心主要履行下列管理职责：\n\n（一）接收补贴资金；\n\n（二）审核补贴申请；\n\n（三）其他日常管理工作。",
                 "本办法自2026年1月1日起施行。")
    got = tasks(text)
    assert (("3", "一"), [], ["区养老中心"]) in got
    assert (("3", "二"), [], ["区养老中心"]) in got
    assert (("3", "三"), [], ["区养老中心"]) in got


def test_a_lead_in_with_zhuyao_over_a_list_of_materials_names_no_body():
    # near miss: what an applicant hands in is no body's duty list
    from desktop.core.parse.opening_subjects import lead_in_units
    assert lead_in_units("区民政局主要履行下列职责：") == ["区民政局"]
    assert lead_in_units("申请人主要提交下列材料：") == []
    assert lead_in_units("主要内容包括下列事项：") == []


# 2. a definitions article that also names a doer

def test_a_definition_with_a_doer_after_it_is_a_task():
    text = _rule("为规范补贴资金管理，根据有关规定，制定本办法。",
                 "区财政局负责补贴资金的拨付和监督管理。",
                 "本办法所称护理补贴，是指为失能老人购买护理服务的费用。具体补贴标准由区民政局制定。",
                 "本办法自2026年1月1日起施行。")
    got = tasks(text)
    assert (("3",), [], ["区民政局"]) in got


def test_a_definition_alone_or_with_its_interpreter_is_no_task():
    text = _rule("为规范补贴资金管理，根据有关规定，制定本办法。",
                 "区财政局负责补贴资金的拨付和监督管理。",
                 "本办法所称护理补贴，是指为失能老人购买护理服务的费用。护理天数按实计算。",
                 "本办法所称失能老人，是指经评估不能自理的老年人。本办法由区民政局负责解释。",
                 "本办法自2026年1月1日起施行。")
    numbers = [n for n, _l, _r in tasks(text)]
    assert ("3",) not in numbers
    assert ("4",) not in numbers
    assert ("2",) in numbers


# 3. the course of the bodies' work and what they find there

def _headed(*articles: str) -> str:
    body = "".join(f"第{n}条（{h}）\n\n{a}\n\n" for n, (h, a) in zip("一二三四五六七八九", articles, strict=False))
    return "某区文化市场失信主体管理细则\n\n" + body


_PURPOSE = ("目的依据", "为规范失信主体管理，根据有关规定，制定本细则。")
_SHORT = ("职责分工", "某区文化和旅游局（以下简称区文旅局）负责失信主体管理。"
          "某区文化市场执法中心（以下简称区执法中心）负责失信信息的日常核查。")


def test_bodies_finding_breaches_in_the_course_of_their_work_are_doers():
    text = _headed(_PURPOSE, _SHORT,
                   ("信息采集", "区文旅局、区执法中心在履行职责过程中发现经营主体存在失信行为，应当及时采集相关信息。"),
                   ("施行日期", "本细则自2026年1月1日起施行。"))
    got = {n: r for n, _l, r in tasks(text)}
    assert got[("3",)] == ["区文旅局", "区执法中心"]


def test_a_finding_in_a_case_clause_is_no_subjects_course():
    from desktop.core.parse.duty_headings import _RULED_AFTER
    assert _RULED_AFTER.match("在履行职责过程中发现违法行为，应当及时处理")
    assert _RULED_AFTER.match("在检查时，应当出示证件")
    # near miss: a finding closed by 的 is a case, read by the case readers, not this course
    assert not _RULED_AFTER.match("在履行职责过程中发现违法行为的，应当及时处理")


# 4. a named body 和 a field's other bodies

def test_a_body_and_a_fields_other_bodies_are_two_doers():
    from desktop.core.parse.opening_subjects import split_bodies
    assert split_bodies(["区执法中心和文化旅游行业其他相关部门"], {"区执法中心"}) == [
        "区执法中心", "文化旅游行业其他相关部门"]
    assert split_bodies(["区文化市场执法中心和文化旅游系统其他有关单位"], set()) == [
        "区文化市场执法中心", "文化旅游系统其他有关单位"]


def test_a_name_holding_he_or_a_bare_other_stays_whole():
    from desktop.core.parse.opening_subjects import split_bodies
    assert split_bodies(["区住房保障和房屋管理局"], set()) == ["区住房保障和房屋管理局"]
    # near miss: a field with no 其他 after it is no kind of the field's others
    assert split_bodies(["区执法中心和文化旅游行业协会"], set()) == ["区执法中心和文化旅游行业协会"]


# 5. the body's own decision as the case

def test_a_bodys_own_decision_as_the_case_names_it_the_doer():
    text = _headed(_PURPOSE, _SHORT,
                   ("失信名单", "区文旅局根据经营主体失信行为的情况，决定将其列入失信名单的，"
                                "应当制作决定文书并向社会公布。"),
                   ("施行日期", "本细则自2026年1月1日起施行。"))
    got = {n: r for n, _l, r in tasks(text)}
    assert got[("3",)] == ["区文旅局"]


def test_a_partys_application_decided_on_names_no_decider_by_this_form():
    from desktop.core.parse.duty_headings import _RULED_AFTER
    assert _RULED_AFTER.match("根据失信行为的情况，决定将其列入名单的，应当制作决定文书")
    # near miss: no decision of its own before the modal
    assert not _RULED_AFTER.match("根据失信行为的情况，列入名单，应当制作决定文书")


# 6. 由A划定

def test_the_agent_of_you_before_huading_is_a_doer():
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("本区烟花爆竹禁放区域，由区公安分局划定并向社会公告。") == ([], ["区公安分局"])
    assert doer_units("禁放区域由区公安分局负责划分。")[1] == ["区公安分局"]


def test_a_body_describing_the_area_it_marked_out_is_no_doer():
    from desktop.core.parse.sentence_units import doer_units
    # near miss: the body inside a noun's description (round 30) names none
    assert doer_units("在经区政府划定的禁放区域内不得燃放烟花爆竹。")[1] == []


# 7. a round-the-clock hotline

def _targets(article: str) -> list[tuple[float, str]]:
    text = _rule("为规范救助工作，根据有关规定，制定本办法。", "区民政局负责救助工作的组织实施。", article,
                 "本办法自2026年1月1日起施行。")
    task = next(t for t in parse_text(text).tasks if t.number == "3")
    return [(t.value, t.unit) for t in task.targets]


def test_a_round_the_clock_hotline_is_no_target():
    assert _targets("区救助中心设立24小时热线电话，区卫健委也应建立相应的值班制度。") == []
    assert _targets("区救助中心应当开通24小时服务热线，及时受理求助。") == []


def test_hours_to_reach_stay_a_target():
    # near miss: hours with a comparison word are a figure to reach (round 30's line)
    assert (40.0, "小时") in _targets("区救助中心应当组织工作人员每年参加业务培训不少于40小时。")


# 8. an opinion fed back

def test_a_consulted_body_feeding_back_its_opinion_is_no_doer():
    text = _rule("为规范审批工作，根据有关规定，制定本办法。",
                 "区交通委负责审批工作的组织实施。",
                 "区交通委收到申请材料后，应当在当日向区公安分局发出征求意见函。区公安分局应在收到征求意见函之日起"
                 "1个工作日内反馈意见。",
                 "本办法自2026年1月1日起施行。")
    got = {n: r for n, _l, r in tasks(text)}
    assert "区公安分局" not in got[("3",)]


def test_a_body_giving_an_opinion_and_then_supervising_stays_a_doer():
    from desktop.core.parse.article_subjects import _RULED
    # near miss: an opinion followed by work of its own (Round 57's x254_02 第十四条)
    assert _RULED.match("应对巡查频率提出指导意见，并加强监督检查")
    assert not _RULED.match("应在收到征求意见函之日起1个工作日内反馈意见")
    # near miss: the opinions as the thing the body works on stay its work (round 44)
    assert _RULED.match("应当将区域发展目标和重点任务等作为反馈意见")
    assert _RULED.match("应当将公示后反馈的意见和建议整理汇总，留存归档")


# 9. a need answered in a later paragraph

def test_a_later_paragraph_answering_a_need_names_no_unit():
    text = _rule("为规范担保资金管理，根据有关规定，制定本办法。",
                 "区财政局负责担保资金的监督管理。",
                 "担保资金建立持续补充机制，当担保资金余额低于本金的80%时，适时启动补充机制。\n\n"
                 "确需启动补充机制时，区担保中心应向区财政局提出申请，区财政局审核后将补充资金纳入下年度预算。",
                 "本办法自2026年1月1日起施行。")
    got = {n: r for n, _l, r in tasks(text)}
    assert got[("3",)] == []


def test_an_article_whose_own_work_is_the_response_keeps_its_doer():
    text = _rule("为规范担保资金管理，根据有关规定，制定本办法。",
                 "区财政局负责担保资金的监督管理。",
                 "区担保中心应当建立代偿风险预警制度，定期开展风险排查。",
                 "本办法自2026年1月1日起施行。")
    got = {n: r for n, _l, r in tasks(text)}
    assert got[("3",)] == ["区担保中心"]


# 10. a year-less day before the rule was signed

def _signed(article: str, signed: str) -> str:
    articles = ("为规范担保资金管理，根据有关规定，制定本办法。", "区财政局负责担保资金的监督管理。", article,
                "本办法自2024年1月1日起施行。")
    return ("关于印发《某区担保资金管理办法》的通知\n\n各有关单位：\n\n"
            "现将《某区担保资金管理办法》印发给你们，请认真贯彻执行。"
            f"\n\n某区财政局\n\n{signed}\n\n某区担保资金管理办法\n\n"
            + "".join(f"第{n}条  {a}\n\n" for n, a in zip("一二三四", articles, strict=True)))


def test_a_yearless_day_before_the_signing_is_no_deadline():
    task = next(t for t in parse_text(_signed("区担保中心应于9月底前组织开展年度风险排查。",
                                               "2023年12月20日")).tasks if t.number == "3")
    assert task.deadline is None


def test_a_yearless_day_after_the_signing_still_dates_the_item():
    task = next(t for t in parse_text(_signed("区担保中心应于9月底前组织开展风险排查。",
                                               "2023年3月20日")).tasks if t.number == "3")
    assert task.deadline == "2023-09-30"


# 11. breaches a check asks about

def test_breaches_a_check_asks_about_are_no_target():
    for article in ("区交通管理部门应当审核驾驶人是否有交通违法记录，或者有两次以上超载、超速记录。",
                    "区交通管理部门应当审核驾驶人是否有交通违法记录，或者有2次以上超载、超速记录。"):
        assert _targets(article) == []


def test_a_count_of_work_a_check_asks_about_stays_a_target():
    # near miss: no breach counted — a floor of the work (round 30's line)
    assert (3.0, "次") in _targets("区交通管理部门应当检查运输企业是否组织开展不少于3次安全培训。")

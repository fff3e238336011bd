"""Round 48 (second wave) page openings outside Shanghai: their structure — points written as run-in paragraphs
「一是…二是…三是…」 in a plan that numbers nothing on its lines."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _tasks(text: str) -> list[tuple[list[str], str, list[str]]]:
    return [(t.path, t.number, t.responsible_units) for t in parse_text(text).tasks]


RUN_IN = ("某县开展科普宣传周活动方案\n\n为做好科普宣传周活动,营造良好氛围,现将有关安排如下。\n\n"
          "一是成立活动筹备小组。由县科协主要负责同志任组长,负责活动的统筹协调。\n\n"
          "二是举办科普展览活动。在5月18日上午,由县科协、县教育局联合举办科普展览活动,组织学生参观。\n\n"
          "在展览当天,请专家现场讲解科普知识。\n\n"
          "三是开展科普进社区活动。由县卫健局、县科协联合举办健康咨询活动。\n")


def test_run_in_paragraphs_are_the_points_of_a_plan_that_numbers_nothing() -> None:
    got = _tasks(RUN_IN)
    assert [(p, n) for p, n, _u in got] == [([], "一"), ([], "二"), ([], "三")]
    assert got[1][2] == ["县科协", "县教育局"]
    assert got[2][2] == ["县卫健局", "县科协"]


def test_the_paragraph_after_a_run_in_is_its_body() -> None:
    plan = parse_text(RUN_IN)
    assert "请专家现场讲解" in plan.tasks[1].text and "请专家" not in plan.tasks[2].text


def test_two_run_ins_only_stay_as_written() -> None:
    # (near miss: a notice's two aims 「一是…二是…」 are no numbered points)
    text = ("某县关于做好乡村治理工作的通知\n\n各乡镇:\n\n"
            "一是加强组织领导。各乡镇要把乡村治理摆在重要位置,由乡镇党委负责。\n\n"
            "二是明确目标任务。到年底,乡村治理体系基本建立。\n")
    assert [n for _p, n, _u in _tasks(text)] == []


def test_run_ins_out_of_order_stay_as_written() -> None:
    # (near miss: 一是…三是…二是 — no run of points)
    text = RUN_IN.replace("二是举办", "四是举办")
    assert [(p, n) for p, n, _u in _tasks(text)] != [([], "一"), ([], "四"), ([], "三")]
    assert not any(t.title.startswith("举办科普展览") for t in parse_text(text).tasks)


def test_run_ins_inside_a_numbered_plan_are_not_its_points() -> None:
    # (near miss: a plan with numbered lines of its own keeps its numbering; the run-ins stay the item's text)
    text = ("某县开展科普宣传周活动方案\n一、活动安排\n"
            "一是成立活动筹备小组。由县科协负责活动的统筹协调。\n"
            "二是举办科普展览活动。由县科协、县教育局联合举办科普展览。\n"
            "三是开展科普进社区活动。由县卫健局组织医务人员进社区开展健康咨询。\n"
            "二、工作要求\n各单位要高度重视,由县科协负责督促落实。\n")
    plan = parse_text(text)
    assert [(t.path, t.number) for t in plan.tasks] == [([], "一")]
    assert "二是举办科普展览活动" in plan.tasks[0].text


# ---- a notice whose points are sentences of what it asks, one point over a list of topics
NOTICE = ("某市科协关于开展科普日活动的通知\n各区科协、市科协各部室:\n"
          "为做好今年科普日活动,现将有关事项通知如下:\n"
          "一、请各区科协、市科协各部室于2024年8月15日前报送本单位活动计划。\n"
          "二、市科协网站将开设科普日宣传专栏,对各单位活动情况予以发布。\n"
          "三、重点宣传内容:\n1.《科学技术普及法》\n2.科普日宣传口号\n3.防灾减灾科学知识\n"
          "四、请各区科协将活动信息及时报送市科协办公室。\n"
          "五、活动结束后,请认真做好总结,总结材料于9月10日前报市科协。\n")


def test_a_notices_sentence_points_are_tasks_beside_a_list_of_topics() -> None:
    plan = parse_text(NOTICE)
    tops = [t.number for t in plan.tasks if t.path == []]
    assert tops == ["一", "二", "四", "五"]
    first = next(t for t in plan.tasks if t.number == "一")
    assert first.deadline is not None and "2024-08-15" in str(first.deadline)


def test_heading_points_over_numbered_work_stay_sections() -> None:
    # (near miss: 一、指导思想 / 二、工作目标 over a paragraph, 三、主要任务 over 1.… 2.…: no task at the points)
    text = ("某区开展科普宣传活动方案\n一、指导思想\n以提高公民科学素质为目标,广泛开展科普宣传。\n"
            "二、活动时间\n2024年9月全月。\n三、主要任务\n1.区科协负责组织科普讲座。\n2.区教育局负责组织学生参观科技馆。\n"
            "四、工作要求\n各单位要高度重视,确保活动取得实效。\n")
    assert [(t.path, t.number) for t in parse_text(text).tasks][:2] == [(["三"], "1"), (["三"], "2")]


def test_field_like_points_stay_sections() -> None:
    # (near miss: points a label runs into 「二、活动主办单位xx区体育局」「四、活动时间2024年1月-12月」: an
    # activity's fields, no sentences of what is asked)
    text = ("某区全民健身系列活动实施方案\n一、活动主题健康生活全民健身\n二、活动主办单位某区体育局\n"
            "三、活动承办单位各街道办事处、区体育总会\n四、活动时间2024年1月-12月\n五、活动要求\n"
            "1.各街道要高度重视,认真组织。\n2.各承办单位要做好安全保障工作。\n")
    assert all(t.path == ["五"] for t in parse_text(text).tasks)


# ---- a body named for statistics 「江北区统计局」 is one name (统计 the verb ends no name there)
def _units(sentence: str) -> tuple[list[str], list[str]]:
    from desktop.core.parse.sentence_units import doer_units
    return doer_units(sentence)


def test_a_statistics_bureau_is_one_name() -> None:
    assert _units("由市统计局、江北区统计局联合举办庆祝活动。") == ([], ["市统计局", "江北区统计局"])
    assert _units("由xx区统计局联合举办庆祝活动。")[1] == ["xx区统计局"]


def test_statistics_as_a_verb_still_ends_a_name() -> None:
    # (near miss: 「由区统计局统计各单位数据」 — the bureau, then its verb)
    assert _units("由区统计局统计各单位数据。")[1] == ["区统计局"]


def test_a_join_with_no_verb_at_the_texts_end_names_no_doer() -> None:
    # (a page cut after 「A、B联合C、D」: no work is joined for, round 34 reads 联合 as 会同 only with its verb)
    assert _units("市和区县统计局、调查队联合同级监察局、司法局") == ([], [])
    # (near miss: the verb printed after the partners)
    assert _units("市统计局联合区司法局开展执法检查。") == (["市统计局"], ["市统计局", "区司法局"])


# ---- an event's programme written as its fields: time, running order (日程), who attends at a venue
EVENT = ("某区健康日宣传活动方案\n一、活动主题\n关爱健康、幸福生活\n二、活动地点\n"
         "(一)主会场:区人民医院、区中医医院\n(二)分会场:各街道卫生服务中心会同辖区民政部门组织开展宣传活动。\n"
         "三、主会场活动安排\n(一)活动时间:2024年10月10日上午8:30-11:30\n(二)活动日程\n"
         "8:30-9:30 区卫健委领导致辞\n9:30-11:30 专家咨询义诊\n(三)主会场参会人员\n"
         "1.区卫健委主要领导、区人民医院专家;\n2.各街道分管领导。\n")


def test_an_events_programme_fields_make_one_task() -> None:
    plan = parse_text(EVENT)
    assert ([], "三") in [(t.path, t.number) for t in plan.tasks]
    assert not any(t.path[:1] == ["三"] for t in plan.tasks)


def test_a_venue_named_alone_is_no_task_its_sibling_with_work_is() -> None:
    text = EVENT.replace("(二)分会场:各街道卫生服务中心会同辖区民政部门组织开展宣传活动。",
                         "(二)分会场:各街道卫生服务中心,根据本方案要求,组织开展宣传活动。")
    got = [(t.path, t.number) for t in parse_text(text).tasks]
    assert (["二"], "一") not in got and (["二"], "二") in got


def test_a_programme_without_a_time_or_place_field_stays_items() -> None:
    # (near miss: 「(一)活动日程 ⏎ (二)参会人员 1.…」 with no time or place field — numbered items as written)
    text = ("某区健康日宣传活动方案\n一、活动安排\n(一)组织义诊咨询。区人民医院负责组织专家开展义诊。\n"
            "(二)开展健康讲座。区疾控中心负责组织健康讲座。\n")
    assert [(t.path, t.number) for t in parse_text(text).tasks] == [(["一"], "一"), (["一"], "二")]


# ---- a roles label over sentences of who does what 「责任分工:A负责…,负责…;B、C负责…,D自行组织。」
def _decl_units(text: str) -> tuple[list[str], list[str]]:
    from desktop.core.parse.declarations import find_declaration
    decl = find_declaration(text)
    assert decl is not None
    return decl.lead, decl.resp


@pytest.mark.xfail(strict=True, reason="s48b read these with the sentence reader from units._labelled through a "
                   "late import of sentence_units, an import circle (sentence_units → sentence_names → units) the "
                   "layering test forbids; taken out at the round's end until the roles prose is read where both "
                   "are in reach")
def test_a_roles_label_over_sentences_reads_their_doers() -> None:
    lead, resp = _decl_units("责任分工:市科协负责活动的组织协调,负责联系学校参观,安排讲解员讲解;"
                             "办公室、科普中心负责活动宣传,各区科协自行组织。")
    assert lead == [] and resp == ["市科协", "办公室", "科普中心", "各区科协"]


def test_a_roles_label_over_a_list_stays_a_list() -> None:
    # (near miss: 「责任分工:A牵头,B、C配合」 — units and their roles, read as before)
    lead, resp = _decl_units("责任分工:市科协牵头,市教育局、市文旅局配合。")
    assert lead == ["市科协"] and resp == ["市教育局", "市文旅局"]


# ---- an invited body is no unit (rule 3; round 40: invited overseers): 「邀请A参与…」 names no name 「邀请A」
def test_an_invited_body_is_no_unit_after_the_items_doer() -> None:
    lead, resp = _units("区疾控中心将联合区盐务局在城区开展街头宣传活动。\n"
                        "宣传活动当天,邀请区电视台参与活动现场的录制。")
    assert lead == ["区疾控中心"] and resp == ["区疾控中心", "区盐务局"]


def test_a_body_that_takes_part_is_still_read() -> None:
    # (near miss: 「区文旅局参与活动现场的组织」 — no invitation: its own clause, as before)
    lead, resp = _units("区疾控中心将联合区盐务局在城区开展街头宣传活动。\n"
                        "宣传活动当天,区文旅局参与活动现场的组织。")
    assert "区文旅局" in resp and not any(n.startswith("邀请") for n in resp)


# ---- towns and streets sharing one body 「各镇、街道残联」「青阳、梅岭、西园、罗山街道残联」: one name as printed
def test_towns_and_streets_sharing_one_body_are_one_name() -> None:
    assert _units("各镇、街道残联负责组织宣传活动。")[1] == ["各镇、街道残联"]
    assert _units("请青阳、梅岭、西园、罗山街道残联配合做好宣传。")[1] == ["青阳、梅岭、西园、罗山街道残联"]


def test_a_body_beside_a_streets_body_stays_apart() -> None:
    # (near miss: 「区民政局、罗山街道残联」 — a body with its own head before the street's: two names)
    assert _units("区民政局、罗山街道残联负责组织宣传活动。")[1] == ["区民政局", "罗山街道残联"]

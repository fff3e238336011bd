"""Round 53 first wave (p53a): who does the work in 第X条 articles — CONVENTIONS.md "Round 62 rulings".

1. A party named by a kind as an article's subject with any verb of doing is a doer (round 54's r48b: there is no line
   between a rule's own parties and regulated operators). The verb decides: its own data sent on, its own application
   prepared, an assessment of itself, a filing, an option (可以), a case it stands in, a payment and a person's role
   name none; 「A会同B」 joined inside one name is no kind.
2. A run-in heading does not make an article prose: the placed bodies of a later sentence with a rule's modal and a
   verb of doing are doers (「加强…领导。…区各部门、街镇应加强…」); a review of a submission names none.
3. A comma between a subject and its modal does not part them (「A，要全面负责…」「A，应切实落实…」); a topic, a time or
   a place before the comma is no name.

Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def rules(article: str) -> str:
    return ("某区公共停车场服务管理办法\n"
            "第一条 为规范本区公共停车场服务，制定本办法。\n"
            "第二条 本办法适用于本区公共停车场。\n"
            "第三条 区交通委负责本区公共停车场的监督管理。\n"
            f"第四条 {article}\n"
            "第五条 本办法自2026年1月1日起施行。\n")


def article_units(article: str) -> tuple[list[str], list[str]]:
    tasks = {t.number: t for t in parse_text(rules(article)).tasks}
    task = tasks["4"]
    return task.lead_units, task.responsible_units


def point(item: str) -> str:
    return ("某镇关于加强农村文化站管理的工作方案\n"
            "一、加强站点建设\n"
            "（一）完善设施\n"
            "各村要按照标准建设文化站。\n"
            "（二）规范管理\n"
            f"{item}\n"
            "二、强化保障\n"
            "镇财政所要保障运行经费。\n")


def point_units(item: str) -> tuple[list[str], list[str]]:
    tasks = {(*t.path, t.number): t for t in parse_text(point(item)).tasks}
    task = tasks[("一", "二")]
    return task.lead_units, task.responsible_units


# --- 1. a kind as an article's subject -----------------------------------------------------------------------------


def test_an_operator_named_by_its_kind_with_verbs_of_doing_is_a_doer():
    assert article_units("停车场经营企业应当加强场内秩序管理，定期清扫场地。") == ([], ["停车场经营企业"])


def test_a_kind_signing_with_another_kind_names_both():
    assert article_units("开放前，停车场经营企业应当与停车场管理方签订安全协议，制定应急预案。") \
        == ([], ["停车场经营企业", "停车场管理方"])


def test_a_kind_sending_its_own_data_names_none():
    # near miss: reporting on itself (Round 62: applying, filing or reporting on itself name none)
    assert article_units("停车场经营企业应当每月将车位使用情况推送至区停车信息平台。") == ([], [])
    assert article_units("停车场经营企业应当每季度将车位使用等相关信息，报送区交通委。") == ([], [])


def test_a_kind_filing_after_a_time_within_names_none():
    assert article_units("停车场经营企业应在开放后一个月内，向区交通委提交备案材料。") == ([], [])


def test_a_kind_drawing_up_its_own_rules_for_filing_names_none():
    assert article_units("停车场经营企业应当制定收费规则，报区交通委备案。") == ([], [])


def test_a_kind_with_an_option_or_a_payment_names_none():
    assert article_units("停车场经营企业可以申请延长开放时间。") == ([], [])
    assert article_units("停车场经营企业应当缴纳管理费用。") == ([], [])


def test_a_kind_in_a_case_names_none():
    assert article_units("停车场经营企业编制服务方案的，应当报区交通委审核。") == ([], [])


def test_a_persons_role_or_a_call_to_all_names_none():
    assert article_units("停车场经营企业项目负责人应当组织巡查。") == ([], [])
    assert article_units("各单位应当加强停车秩序管理。") == ([], [])


def test_a_body_commissioned_with_no_subject_names_none():
    assert article_units("原则上每年委托专业机构对停车场服务进行评估。") == ([], [])


def test_a_body_working_with_a_kind_keeps_the_two_names_apart():
    lead, responsible = article_units("区交通委会同停车场经营企业制定服务规范。")
    assert lead == ["区交通委"] and "停车场经营企业" in responsible
    assert not any("会同" in n for n in responsible)


# --- 2. a run-in heading does not make an article prose ------------------------------------------------------------


def test_bodies_after_a_run_in_heading_with_a_rules_modal_are_doers():
    assert article_units("加强停车秩序管理。推行停车场“一场一档”制度。"
                         "区交通委、各街镇应加强对停车秩序的管理，做好日常巡查。") \
        == ([], ["区交通委", "各街镇"])


def test_a_review_of_a_submission_after_a_run_in_heading_names_none():
    assert article_units("加强停车秩序管理。推行停车场“一场一档”制度。"
                         "各街镇在办理停车场备案时，应加强对申请材料的审核。") \
        == ([], [])


# --- 3. a comma between a subject and its modal --------------------------------------------------------------------


def test_a_comma_between_a_body_and_its_modal_does_not_part_them():
    assert point_units("镇文化服务中心，要全面负责文化站的日常管理工作。") == ([], ["镇文化服务中心"])


def test_a_comma_between_a_kind_and_its_modal_does_not_part_them():
    assert point_units("文化站运营企业，应切实落实日常维护主体责任。") == ([], ["文化站运营企业"])


def test_a_topic_or_a_time_before_the_comma_is_no_subject():
    assert point_units("对违规占用文化站的行为，应当及时制止。") == ([], [])
    assert point_units("2026年，要完成文化站改造。") == ([], [])


# --- 4. the subject an article carries to its work -----------------------------------------------------------------


def test_a_body_taking_a_step_before_its_work_opens_the_paragraph():
    from desktop.core.parse.opening_subjects import opening_subject
    assert opening_subject("区住建委收到信息公开申请，能够当场答复的，应当当场予以答复", set()) == ["区住建委"]
    assert opening_subject("区住建委接到群众举报后，应当及时核查", set()) == ["区住建委"]


def test_a_lead_in_of_the_objects_a_body_must_publish_gives_its_items_the_body():
    text = ("某区政务信息公开办法\n"
            "第一条 为规范本区政务信息公开，制定本办法。\n"
            "第二条 区政务公开办负责本区政务信息公开的监督管理。\n"
            "第三条 区数据中心应当主动公开下列信息：\n"
            "（一）本中心的机构设置和联系方式；\n"
            "（二）数据开放的目录和办理指南；\n"
            "（三）年度工作报告。\n"
            "第四条 本办法自2026年1月1日起施行。\n")
    found = {(*t.path, t.number): t.responsible_units for t in parse_text(text).tasks}
    assert found[("3", "一")] == found[("3", "三")] == ["区数据中心"]


def test_a_lead_in_of_what_a_party_hands_in_names_no_body():
    # near miss: the applicant's papers are no work (rule 3)
    text = ("某区政务信息公开办法\n"
            "第一条 为规范本区政务信息公开，制定本办法。\n"
            "第二条 区政务公开办负责本区政务信息公开的监督管理。\n"
            "第三条 申请人应当提交下列材料：\n"
            "（一）申请表；\n"
            "（二）身份证明。\n"
            "第四条 本办法自2026年1月1日起施行。\n")
    found = {(*t.path, t.number): t.responsible_units for t in parse_text(text).tasks}
    assert found[("3",)] == [] and ("3", "一") not in found


def test_the_handler_after_a_topic_over_its_answers_is_read():
    from desktop.core.parse.article_lead_ins import article_lead_in
    from desktop.core.parse.duty_headings import lead_in_names
    from desktop.core.parse.opening_subjects import opening_subject
    line = "对公民提出的信息公开申请，区数据中心应当按照下列情况分别作出答复："
    assert article_lead_in(line, set(), opening_subject, lead_in_names) == ["区数据中心"]


def test_an_object_noun_before_a_partys_kind_is_part_of_its_name_and_an_encouragement_names_none():
    # Round 62 (x252_03): what the party handles is part of its name; 「鼓励A…」 is no subject
    assert article_units("公共停车场经营单位应与车主签订停车服务协议。鼓励经营单位与车主签订长期协议。") \
        == ([], ["公共停车场经营单位"])


def test_a_colon_after_a_kind_is_a_label_not_a_comma():
    # near miss: 「施工企业：应落实…」 is a label's colon (rule 1), not a subject parted from its modal by a comma
    found = parse_text(point("文化站运营企业：应切实落实日常维护主体责任。")).tasks
    assert not any("文化站运营企业" in t.responsible_units for t in found)

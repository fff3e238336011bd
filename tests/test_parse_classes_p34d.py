"""Round 34, p34d: stages a lead-in names as it counts them, a counted stage with its name after a comma, a
document shop's buttons and file figures around a title, a notice that prints 《》 as 。, and the one reader of a
cover's pair of documents. Made-up snippets written the way plans write."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.titles import _issued_plan, find_title
from desktop.core.parse.two_documents import pair_plan


def phases(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.start, p.end) for p in parse_text(text).phases]


NAMED_LEAD = ("某区2025年优秀社区评选活动方案\n一、活动内容\n（一）评选范围\n全区各社区。\n（二）评选步骤\n"
              "活动自方案印发之日起实施，分为{lead}等3个阶段。\n"
              "1.社区自评（4月底前完成）。各街道组织所辖社区对照标准开展自评，形成自评报告。\n"
              "2.街道推荐（5月底前完成）。各街道择优推荐2个社区，报区民政局。\n"
              "3.区级评审（7月底前完成）。区民政局组织专家开展评审，确定优秀社区名单。\n")


def test_stages_a_lead_in_names_and_counts_are_phases_and_stay_tasks():
    text = NAMED_LEAD.format(lead="社区自评、街道推荐、区级评审")
    assert phases(text) == [("社区自评", None, "2025-04"), ("街道推荐", None, "2025-05"),
                            ("区级评审", None, "2025-07")]
    # each stage has work written in it: a task as well (round 33)
    assert [t.number for t in parse_text(text).tasks if t.path[:2] == ["一", "二"]] == ["1", "2", "3"]


def test_items_whose_names_are_not_the_lead_ins_names_are_no_phases():
    # near miss: the lead-in names other stages than the items under it
    text = NAMED_LEAD.format(lead="动员部署、组织实施、总结验收")
    assert phases(text) == []


COMMA_STAGE = ("某县农房安全排查整治方案\n一、工作目标\n全面排查农房安全隐患。\n二、工作安排\n"
               "{stage}县住建局牵头对全县农房开展拉网式排查，建立台账。\n")


def test_a_counted_stage_with_its_name_after_a_comma_is_a_phase():
    got = phases(COMMA_STAGE.format(stage="第一阶段,排查摸底(2025年3月底前)。"))
    assert [(n.split("：")[-1], s, e) for n, s, e in got] == [("排查摸底", None, "2025-03")]


def test_a_stage_named_in_running_text_after_a_comma_is_no_phase():
    # near miss: 「…阶段，各乡镇（…）」 not counted (no 第N阶段): the words after the comma are the work's
    assert phases(COMMA_STAGE.format(stage="进入集中整治阶段，各乡镇（5月起）")) == []


def test_a_document_shops_buttons_are_no_part_of_the_title():
    text = ("2025年某镇防汛工作方案\nVIP专免\n2025-04-08\n999+\n13.13KB\n5页\n海报\n侵权投诉\n"
            "2025年某镇防汛工作方案\n为做好今年防汛工作，结合我镇实际，制定本方案。\n一、组织领导\n成立防汛指挥部。\n")
    assert find_title(text) == "2025年某镇防汛工作方案"


def test_a_document_sites_figures_and_notice_are_no_title():
    text = ("- 2025-04-17 发布 |\n- 37.5 KB |\n- 4页\n申明敬告: 本站不保证该用户上传的文档完整性,不予受理。\n"
            "文档介绍\n春季植树工作方案样本\n春季植树工作方案样本 一、指导思想 以改善人居环境为目标。\n")
    assert find_title(text) == "春季植树工作方案样本"


def test_a_short_title_line_above_the_title_still_joins():
    # near miss: a real first half of a title is no page chrome
    text = "某县打造“乡村振兴”品牌\n争创示范县行动方案\n为推进乡村振兴，制定本方案。\n一、工作目标\n建成示范村10个。\n"
    assert find_title(text) == "某县打造“乡村振兴”品牌争创示范县行动方案"


def test_book_title_marks_printed_as_full_stops():
    text = "某市人民政府办公室关于印发。某市公厕建设管理实施方案。的通知各区人民政府：现将方案印发给你们。\n"
    assert find_title(text) == "某市公厕建设管理实施方案"


def test_one_reader_of_a_covers_pair():
    assert pair_plan("某区河长制工作方案", "某区河长制工作任务清单") == "某区河长制工作方案"
    assert pair_plan("某区设摊管理办法", "某区设摊管理工作规则") is None
    assert _issued_plan("关于印发《某区河长制工作方案》和《某区河长制责任分工表》的通知") == "某区河长制工作方案"
    assert _issued_plan("关于印发《某区设摊管理办法》和《某区占道管理办法》的通知") == \
        "关于印发《某区设摊管理办法》和《某区占道管理办法》的通知"


def test_the_plans_own_line_with_its_status_is_the_title_as_printed():
    text = ("某区市容管理局关于印发《某区夜市经营管理办法（试行）》的通知\n各街道办事处：\n"
            "现将办法印发给你们，请遵照执行。\n"
            "某区市容管理局\n2025年3月1日\n某区夜市经营管理办法(试行)\n第一条 为规范夜市经营，制定本办法。\n")
    assert find_title(text) == "某区夜市经营管理办法(试行)"


def test_a_status_line_that_names_another_plan_is_not_taken():
    # near miss: the line below opens alike but is another document: the notice's name stays
    text = ("某区市容管理局关于印发《某区夜市经营管理办法（试行）》的通知\n各街道办事处：\n现将办法印发给你们。\n"
            "某区市容管理局\n2025年3月1日\n某区夜市经营管理办法（试行）\n第一条 为规范夜市经营，制定本办法。\n")
    assert find_title(text) == "某区夜市经营管理办法（试行）"


def test_a_previews_numbered_chunk_opens_with_the_fuller_title():
    text = ("收藏分销(赏)\n\n县城区扬尘专项整治活动方案.docx\n\n上传人:某某 上传时间:2025-04-20 页数:6\n下载相关举报\n"
            "资源描述\n\n1、XX县城区扬尘专项整治活动方案为深入推进生态建设，进一步加强扬尘管理，有效遏制扬尘污染，全面改善城区"
            "环境质量，根据市政府有关要求，制定本方案。一、工作目标\n")
    assert find_title(text) == "XX县城区扬尘专项整治活动方案"


def duties_of(s: str) -> list[tuple[str, str | None, str | None]]:
    from desktop.core.parse.duties import find_duties
    return [(d.kind, d.due, d.every) for d in find_duties(s, 2025)]


def test_information_passed_to_the_body_that_acts_on_it_is_a_duty():
    assert duties_of("区水务局及时将汛情预警信息通报区城管执法大队。") == [("other", None, None)]
    # near misses: a rebuke, progress made known, a sending to the public
    assert duties_of("对工作不力的单位予以通报批评。") == []
    assert duties_of("区水务局及时向社会通报汛情。") == []


def test_a_sending_done_well_closing_its_clause_is_a_duty():
    assert duties_of("区城投公司做好险情、灾情的统计与信息上报。") == [("other", None, None)]
    # near miss: the data sent is what is checked, no sending asked
    assert duties_of("区统计局做好企业上报数据的核验。") == []


def test_progress_sent_to_an_office_after_the_work_is_a_duty():
    assert duties_of("各街道负责改造施工组织，并将进度上报区改造办。") == [("other", None, None)]
    assert duties_of("各街道负责改造施工组织，并将进度表印发各社区。") == []


def test_the_plans_own_line_in_its_own_order_is_the_title():
    text = ("关于印发《某区住建、交通、水务领域安全整治行动方案》的通知\n各街道办事处：\n"
            "现将方案印发给你们，请认真执行。\n"
            "某区住建委\n2025年3月1日\n某区住建、水务、交通领域安全整治行动方案\n一、工作目标\n消除安全隐患。\n")
    assert find_title(text) == "某区住建、水务、交通领域安全整治行动方案"
    # near miss: a different plan below, other words: the notice's name
    other = text.replace("某区住建、水务、交通领域安全整治行动方案\n", "某区燃气领域安全整治工作要点\n")
    assert find_title(other) == "某区住建、交通、水务领域安全整治行动方案"

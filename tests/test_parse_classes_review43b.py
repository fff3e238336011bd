"""Round 43 review: near misses the round's new rules read wrongly (each passed at af81fe92, fails at fb60c272)."""

from __future__ import annotations

from desktop.core.parse import parse_text


def test_article_with_a_doer_doing_work_before_a_deference_is_kept() -> None:
    # closing_clauses.refers_only(article=True): 「…工作，按照…有关规定执行」 is read as a bare 参照 article even when
    # the clause before it names a doer doing work (各街道应当加强…工作) — the article is dropped as a closing one
    plan = parse_text(
        "某区建筑工地扬尘管理办法\n"
        "第一条 为加强建筑工地扬尘污染防治，制定本办法。\n"
        "第二条 区住建委负责建筑工地扬尘的日常监管，2024年6月底前建立监管台账。\n"
        "第三条 各街道应当加强辖区内裸露土地的覆盖工作，按照本市有关规定执行。\n"
        "第四条 区城管执法局负责对违法行为进行查处。\n"
        "第五条 本办法自发布之日起施行。\n")
    assert any("裸露土地" in t.text for t in plan.tasks), [t.text for t in plan.tasks]


def test_named_projects_under_a_lead_in_of_work_stay_tasks() -> None:
    # given_lists._project_classes: 「2024年底前完成以下工程：⏎1.老旧小区改造工程。…」 is a list of the works the lead
    # unit must finish, not classes of projects a rule covers — the three tasks were folded into one
    plan = parse_text(
        "某县2024年城市更新工作方案\n"
        "一、重点任务\n"
        "（一）实施城市更新重点工程。县住建局牵头，各乡镇配合，2024年底前完成以下工程：\n"
        "1.老旧小区改造工程。\n"
        "2.城区污水管网改造工程。\n"
        "3.背街小巷提升工程。\n"
        "（二）加强资金保障。县财政局负责统筹资金。\n")
    works = [t for t in plan.tasks if t.title.endswith("工程") and "重点" not in t.title]
    assert len(works) == 3, [(t.key, t.title) for t in plan.tasks]
    assert all(t.lead_units == ["县住建局"] for t in works)


def test_activity_units_field_beside_numbered_content_is_not_lost() -> None:
    # field_blocks.fold_field_blocks (new loop, round 42/43): 「（二）活动内容⏎1、…」 drops its sibling fields
    # — the units field 「（三）责任单位：镇文化站」 too, so no task names 镇文化站 (at af81fe92 the activity did)
    plan = parse_text(
        "某镇端午节活动方案\n"
        "一、活动安排\n"
        "（一）活动时间：6月10日—6月12日\n"
        "（二）活动内容\n"
        "1、开展包粽子比赛。\n"
        "2、开展诗词朗诵会。\n"
        "（三）责任单位：镇文化站\n"
        "二、工作要求\n"
        "各村要高度重视。\n")
    assert any("镇文化站" in t.lead_units + t.responsible_units for t in plan.tasks), \
        [(t.key, t.lead_units, t.responsible_units) for t in plan.tasks]

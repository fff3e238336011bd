"""Round 54 second wave (w54c): whole documents — a task list's closing brackets that say when first, a plan's
stand-alone principles beside labelled work, and the end of a rules text.

1. A task's closing bracket may give its time before its roles 「（2020年2季度完成，A牵头，B、C配合）」 (x273_02's
   eleven tasks): its roles are read as they are with the time last 「（A牵头，B配合，2020年2季度完成）」, and the time
   is the task's deadline (a quarter at its last month). Near misses: a bracket with the time last reads as before;
   a closing bracket of a time and a count names no unit.
2. The numbered items of a stand-alone 基本原则 / 工作目标 section state stances and aims and give no work (Round 49
   rulings; round 58's stand-alone 基本原则 sections): where the plan's labels name leads they are not counted as tasks
   by number. Near misses: a principle whose own words give a body work stays a task; a plan whose work names no
   lead keeps the old count.
3. A rules text ends at its 附录 line as at 附件 (its glossary no items of the last article), and a closing article
   「本办法有效期自…至…。…已开工的工程应…在…前完成…」 that also gives work is a task dated by its
   own deadline (round 39; Round 63 rulings on x273_01) — the validity window dates nothing
   (round 45), nor 「…前已开工的」, which says which works are meant.
   Near misses: a closing article of validity alone stays no task.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text

_TASKS_HEAD = ("某市数据平台升级工作方案\n\n一、主要任务\n\n")


def _task(text: str, number: str) -> tuple[list[str], list[str], str | None]:
    plan = parse_text(text)
    task = next(t for t in plan.tasks if t.number == number)
    return task.lead_units, task.responsible_units, task.deadline


def test_a_closing_bracket_that_says_when_first_gives_its_roles_and_its_time():
    text = (_TASKS_HEAD
            + "1．建立协调机制。研究平台升级中的重大事项。"
              "（2020年2季度完成，市发展改革委牵头，市财政局、市国资委配合）\n\n"
            + "2．修订管理办法。明确统一规则。（2021年2月底完成，市司法局、市发展改革委牵头，市财政局配合）\n\n"
            + "3．推动信息公开。全面公开交易信息。（2020年4季度完成，市政府办公厅牵头，市财政局配合）\n")
    lead, resp, deadline = _task(text, "1")
    assert lead == ["市发展改革委"]
    assert resp == ["市财政局", "市国资委"]
    assert deadline is not None and deadline.startswith("2020-06")
    lead, resp, deadline = _task(text, "2")
    assert lead == ["市司法局", "市发展改革委"]
    assert deadline is not None and deadline.startswith("2021-02")
    assert _task(text, "3")[2] is not None and str(_task(text, "3")[2]).startswith("2020-12")


def test_a_closing_bracket_with_its_time_last_reads_as_before():
    text = (_TASKS_HEAD
            + "1．建立协调机制。研究重大事项。（市发展改革委牵头，市财政局配合，2020年3季度完成）\n\n"
            + "2．修订管理办法。明确统一规则。（市司法局牵头，市财政局配合，2020年4季度完成）\n")
    lead, resp, deadline = _task(text, "1")
    assert (lead, resp) == (["市发展改革委"], ["市财政局"])
    assert deadline is not None and deadline.startswith("2020-09")


def test_a_closing_bracket_of_a_time_and_a_count_names_no_unit():
    text = (_TASKS_HEAD
            + "1．建设交易站点。在全市布设站点。（2020年底前完成，共建成10个）\n\n"
            + "2．修订管理办法。明确统一规则。（市司法局牵头，市财政局配合）\n")
    lead, resp, _deadline = _task(text, "1")
    assert (lead, resp) == ([], [])


_PRINCIPLES = ("二、基本原则\n\n"
               "1．统筹兼顾、协同推进。既要建立完善运作模式，也要推动分平台全面升级。\n\n"
               "2．循序渐进、先易后难。准确把握工作节奏，稳步推进。\n\n")


def _numbers(text: str) -> list[tuple[str, ...]]:
    return [(*t.path, t.number) for t in parse_text(text).tasks]


def test_stand_alone_principles_are_no_tasks_beside_work_whose_labels_name_leads():
    text = ("某市交易平台升级改造工作方案\n\n一、总体要求\n\n"
            "推动公共资源一网交易，实现统一规则、统一平台。\n\n" + _PRINCIPLES
            + "三、工作重点\n\n1．扩范围，统冠名。制定本市交易目录，逐步扩大交易范围。\n\n"
            + "2．明载体，虚转实。择优遴选项目实施载体，做实综合交易系统。\n\n"
            + "四、主要任务\n\n1．制定交易目录。发布目录，实行目录管理。"
              "（2020年3季度完成，市发展改革委牵头，市财政局配合）\n\n"
            + "2．统一交易规则。建立分类统一的交易规则。"
              "（2020年4季度完成，市发展改革委牵头，市司法局配合）\n")
    found = _numbers(text)
    assert ("二", "1") not in found and ("二", "2") not in found
    assert ("三", "1") in found and ("三", "2") in found
    assert ("四", "1") in found and ("四", "2") in found


def test_stand_alone_principles_stay_counted_where_no_label_names_a_lead():
    text = ("某镇环境整治工作方案\n\n一、总体要求\n\n推动镇域环境持续改善。\n\n" + _PRINCIPLES
            + "三、工作重点\n\n1．清理河道。全面清理河道垃圾。\n\n2．整治路面。修补破损路面。\n\n"
            + "四、主要任务\n\n1．建立长效机制。完善保洁制度。（镇城管中队、镇环卫所）\n\n"
            + "2．加强宣传。开展环境宣传。（镇宣传办）\n")
    found = _numbers(text)
    assert ("二", "1") in found and ("二", "2") in found


_RULES = ("某市工程保险实施办法\n\n第一章 总则\n第一条 （目的和依据）\n为完善工程风险保障机制，制定本办法。\n"
          "第二条 （保险机构）\n保险机构应当建立统一承保模式，并负责日常服务。\n"
          "第三条 （服务流程）\n保险机构应为投保单位建立服务档案，确保服务过程可追溯。\n"
          "第四条 （保险理赔）\n保险机构应当建立快速理赔机制，简化理赔流程。\n\n第二章 附则\n\n")
_GLOSSARY = ("\n附录：\n【名词释义】\n1.投保单位：是指订立保险合同的单位。\n2.工程类型范围：\n"
             "（1）低风险工程：房屋建筑；市政工程。\n（2）高风险工程：隧道；桥梁。\n3.第三者：指其他组织或个人。\n")


def test_a_closing_article_that_also_gives_work_is_a_task_and_the_glossary_after_it_is_none():
    text = (_RULES + "第五条 本办法有效期自2020年6月1日至2025年5月31日。\n"
            "2020年6月1日前已开工的建设工程应按照本办法规定，在2020年5月30日前完成投保工作。\n" + _GLOSSARY)
    plan = parse_text(text)
    by_number = {t.number: t for t in plan.tasks}
    assert "5" in by_number
    assert by_number["5"].deadline is not None and by_number["5"].deadline.startswith("2020-05-30")
    assert all(not t.path for t in plan.tasks)          # (the glossary's lines are no items of 第五条)


def test_a_closing_article_of_validity_alone_is_no_task():
    text = _RULES + "第五条 本办法有效期自2020年6月1日至2025年5月31日。\n" + _GLOSSARY
    plan = parse_text(text)
    assert "5" not in {t.number for t in plan.tasks}
    assert all(not t.path for t in plan.tasks)

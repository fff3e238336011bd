"""Round 56 (p56d): township pages — their tasks, counts and times. Made-up texts of these forms:

- a web copy that printed the characters it could not encode as 「?」, the indent of each marker line
  「???(一)第一检查组;」 and a space inside a line 「张三 ?李四」: layout, no text (``normalise._LOST_MARKS``), so
  the check groups are items, each with its own 「责任单位:」 line — not a question mark ending a sentence;
- a 通告's childless points: 「三、整治内容 ⏎ 结合…情况,常态化开展…工作,…」 (a 内容 heading whose first sentence says
  what is done after what it draws on, ``childless_points._drawn_work``) and 「四、整治要求 ⏎ …须自行清理。逾期未处理的,
  将由A联合B依法进行处理」 (a deadline not kept, answered by an agent's step, ``case_clauses._LATE_BREACH``) — not a
  list of topics under 结合, nor a 拒不 case (held to the sentence's end, round 31), nor 「确需…的，由A…」;
- a stage list with end days: the stage after one ending mid-month starts in that month, and a closing stage with no
  span 「（四）巩固提升阶段（长期）」 is a phase with no dates (``stage_names``);
- an activity's 时间 field over its items 「（一）迎春送福活动。⏎时间：2023年2月6日上午⏎内容：⏎1.…⏎2.…」: the day dates
  every item under it (``activity_spans._lead_in_span``);
- a run-on page cut inside the first item glued to its group's heading, its short name listing two objects with 、
  「（一）集中整治乱葬乱埋1.整治公路两侧乱葬乱埋、乱弃遗物。…由林业站牵头,在春」 (``heading_markers._NAMED_ITEM``);
- a document site's page images listed with their counters 「…_第1页 ⏎ 第1页 / 共4页 ⏎ …_第2页」 over chunk lines
  「1、」「2、」: the chunks' numbers are the preview's, no items (``site_pages.PAGED``);
- an opening section 「一、指导思想和原则」 over 「（一）指导思想。」「（二）根本原则是。」: aims, no tasks
  (``aims_items``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.normalise import light
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> dict[str, object]:
    return {t.key: t for t in parse_text(text).tasks}


GROUPS = ("某镇关于开展节前安全生产大检查的通知\n"
          "各村、镇直各单位:\n经镇政府研究决定,在全镇开展安全生产大检查,现将有关事项通知如下:\n"
          "一、检查时间\n2031年1月5日-1月9日\n二、检查范围\n全镇各行各业\n三、分组情况\n"
          "??(一)第一检查组;\n责任领导:张三 ?李四\n责任单位:安监办、派出所\n检查范围:烟花爆竹零售点。\n"
          "??(二)第二检查组;\n责任领导:王五\n责任单位:城建办、供电所、市场监管所\n检查范围:加油站、建筑工地。\n"
          "??(三)第三检查组;\n责任领导:赵六\n责任单位:教办、卫生院\n检查范围:学校、幼儿园。\n")


def test_lost_marks_before_markers_leave_the_groups_items():
    got = _tasks(GROUPS)
    assert set(got) == {"三.一", "三.二", "三.三"}
    assert got["三.一"].responsible_units == ["安监办", "派出所"]
    assert got["三.二"].responsible_units == ["城建办", "供电所", "市场监管所"]
    assert got["三.三"].responsible_units == ["教办", "卫生院"]
    assert all(t.lead_units == [] and t.deadline == "2031-01-09" for t in got.values())


def test_a_question_mark_of_the_text_stays():
    # (near miss: a question closing a sentence, and one inside a line after a word, are the text's own)
    assert light("是否完成整改?\n第二条 能否按期?完成") == "是否完成整改?\n第二条 能否按期?完成"
    assert light("???(一)第一组;\n组长:张三 ?李四\n??\n") == "(一)第一组;\n组长:张三 李四\n\n"


NOTICE = ("某乡人民政府关于开展集镇环境综合整治的通告\n广大群众:\n为规范集镇环境,经乡人民政府研究决定,"
          "即日起在全乡开展集镇环境综合整治,特发此通告。\n"
          "一、整治时间\n(一)宣传动员阶段(2031年1月31日前)\n(二)自主整改阶段(2031年2月15日前)\n"
          "(三)集中整治阶段(2031年3月15日前)\n(四)巩固提升阶段(长期)\n"
          "二、整治范围\n某乡辖区集镇街道路域环境。\n"
          "三、整治内容\n结合某乡集镇街道分布情况,常态化开展环境综合整治提升工作,着力实现环境卫生质量显著提升,"
          "杜绝垃圾乱堆、污水乱泼;经营秩序显著提升,杜绝占道经营。\n"
          "四、整治要求\n自本通告发布之日起,所涉及整治的单位和个人须自行清理、拆除占道设施。逾期未处理的,"
          "将由某乡人民政府联合县市场监管局依法依规进行处理。\n")


def test_a_notices_childless_points_are_tasks():
    got = _tasks(NOTICE)
    assert "三" in got and "四" in got
    assert (got["三"].lead_units, got["三"].responsible_units, got["三"].deadline) == ([], [], None)
    assert got["四"].lead_units == ["某乡人民政府"]
    assert set(got["四"].responsible_units) <= {"某乡人民政府", "县市场监管局"}
    assert "县市场监管局" in got["四"].responsible_units
    assert got["四"].deadline is None
    assert "二" not in got                   # (the scope stays a field)


def test_a_list_of_topics_under_a_content_heading_is_no_task():
    # (near miss: 「结合…」 then the topics, no verb of doing)
    text = NOTICE.replace("结合某乡集镇街道分布情况,常态化开展环境综合整治提升工作,着力实现",
                          "结合某乡集镇街道分布情况,《村庄和集镇规划建设管理条例》《道路交通安全法》等,")
    assert "三" not in _tasks(text)


def test_a_late_breach_answered_by_an_agent_and_its_near_misses():
    assert doer_units("逾期未处理的,将由某乡人民政府依法进行处理。") == ([], ["某乡人民政府"])
    assert doer_units("限期内仍未拆除的,由县城管局联合县公安局依法拆除。") == (["县城管局"], ["县城管局", "县公安局"])
    # (near misses: a refusal held to the sentence's end, round 31; a contingency, rule 3)
    assert doer_units("自本通告发布之日起,经营户须自行清理占道设施。逾期不清理的,由县城管局依法处理。") \
        == ([], ["县城管局"])
    assert doer_units("自本通告发布之日起,经营户须自行清理占道设施。逾期不清理或拒不清理的,由县城管局依法处理。") \
        == ([], [])
    assert doer_units("确需调整的,由县政府负责。") == ([], [])


def test_stages_with_end_days_and_a_standing_stage():
    phases = {p.name: (p.start, p.end) for p in parse_text(NOTICE).phases}
    assert phases == {"宣传动员阶段": (None, "2031-01"), "自主整改阶段": ("2031-02", "2031-02"),
                      "集中整治阶段": ("2031-02", "2031-03"), "巩固提升阶段": (None, None)}


def test_stages_ending_at_a_months_end_start_the_month_after():
    text = NOTICE.replace("2031年2月15日前", "2031年2月28日前")
    phases = {p.name: (p.start, p.end) for p in parse_text(text).phases}
    assert phases["集中整治阶段"] == ("2031-03", "2031-03")


def test_a_long_term_line_alone_is_no_phase():
    # (near miss: 「（长期）」 after no dated stages)
    text = ("某镇环境整治工作方案\n一、工作措施\n(一)巩固提升阶段(长期)\n由镇城建办负责日常巡查。\n"
            "(二)建立台账\n由镇党政办负责建立整治台账。\n")
    assert [p.name for p in parse_text(text).phases] == []


ACTIVITY = ("某镇2031年春节群众文化活动方案\n一、指导思想和原则\n"
            "（一）指导思想。以丰富群众精神文化生活为根本目的，营造浓郁的节日文化气氛。\n"
            "（二）根本原则是。热闹红火，文明健康，欢乐祥和，确保平安。\n"
            "二、活动内容\n（一）迎春送福活动。\n时间：2031年1月20日上午\n地点：镇老街。\n内容：\n"
            "1.迎春游街：由社区文艺队在镇老街举行游街送福活动。\n2.金蛇送福：筹备春联、灯笼等物品进行赠送。\n"
            "（二）文艺演出活动。\n地点：镇文化广场。\n内容：\n1.由镇文化站组织各村文艺队开展文艺演出。\n"
            "2.安排文艺队在广场进行专场演出。\n")


def test_an_activitys_time_field_dates_its_items_and_aims_are_no_tasks():
    got = _tasks(ACTIVITY)
    assert set(got) == {"二.一.1", "二.一.2", "二.二.1", "二.二.2"}
    assert got["二.一.1"].deadline == "2031-01-20" and got["二.一.2"].deadline == "2031-01-20"
    assert got["二.一.1"].responsible_units == ["社区文艺队"]
    assert got["二.二.1"].responsible_units == ["镇文化站"]


def test_an_activity_with_no_time_field_takes_no_other_activitys_day():
    # (near miss: （二） prints no 时间 field: its items are not dated by （一）'s)
    got = _tasks(ACTIVITY)
    assert got["二.二.1"].deadline is None and got["二.二.2"].deadline is None


def test_a_run_on_page_cut_in_its_first_glued_item():
    text = ("某镇殡葬集中整治活动实施方案\n"
            "某镇殡葬集中整治活动实施方案为推动殡葬改革,破除殡葬陋习,镇人民政府决定在全镇开展殡葬集中整治活动,"
            "制定如下实施方案:一、指导思想按照生态文明建设要求,以转变传统丧葬观念为重点,依法推进殡葬改革。"
            "二、目标任务(一)集中整治乱葬乱埋1.整治公路两侧乱葬乱埋、乱弃遗物。集中力量和时间,对公路两侧乱葬乱埋集中"
            "整治。2031年全镇乱葬乱埋总治理率达到70%以上。由林业站牵头,在春\n")
    got = _tasks(text)
    assert list(got) == ["二.一.1"]
    task = got["二.一.1"]
    assert task.lead_units == ["林业站"] and task.deadline == "2031-12-31"
    assert [(t.value, t.unit) for t in task.targets] == [(70.0, "%")]


def test_a_decimal_after_a_heading_is_no_first_item():
    # (near miss: 「1.5」 after the heading's words is a figure, not a glued 1.)
    got = _tasks("某镇殡葬集中整治活动实施方案\n一、目标任务\n"
                 "(一)集中整治乱葬乱埋,治理率提高1.5个百分点。由林业站牵头,在春\n")
    assert list(got) == ["一.一"]
    assert got["一.一"].lead_units == ["林业站"]


def test_a_previews_page_counters_leave_its_chunk_numbers_out():
    text = ("收藏 分享\n\n2031年某镇春节文化活动方案.docx\n\n"
            "2031年某镇春节文化活动方案.docx_第1页\n第1页 / 共3页\n2031年某镇春节文化活动方案.docx_第2页\n"
            "第2页 / 共3页\n2031年某镇春节文化活动方案.docx_第3页\n第3页 / 共3页\n\n"
            "1、某镇春节文化活动方案 为让全镇人民欢度春节,现就我镇2031年春节文化活动提出如下意见: 二、活动内容 "
            "(一)迎春送福活动。 时间:2031年1月20日上午 内容: 1.迎春游街:由社区文艺队在镇老街举行游街送福活动,并结合"
            "场镇改造进行宣传。 2.金蛇送福:筹备春联等物品进行赠送,同时送政策、送技术、送文化\n\n"
            "2、下乡,组织开展形式多样的文化活动。 (二)文艺演出活动。 由镇文化站组织各村文艺队开展文艺演出。\n")
    got = _tasks(text)
    assert not any(t.title.startswith("下乡") for t in got.values()) and "1" not in got and "2" not in got
    first = next(t for t in got.values() if t.title.startswith("迎春游街"))
    assert first.responsible_units == ["社区文艺队"] and first.deadline == "2031-01-20"


EVENTS = ("某县2031年元宵节系列文化活动安排\n"
          "为丰富元宵期间群众精神文化生活,营造浓厚的节日文化氛围,特安排系列活动如下。\n"
          "一、民俗巡游活动\n活动时间:2月14-16日\n"
          "结合疫情防控需要,根据各社区、村的实际,适时开展舞龙舞狮、踩高跷等民俗活动,"
          "并推出“吃汤圆”等特色活动。鼓励制作形式多样的花灯。\n"
          "二、线上线下展\n1.书画展\n主办:县文体旅局、县文联\n承办:县文化馆\n时间:2月15日-21日\n"
          "2.灯谜竞猜\n主办:县文体旅局\n承办:县图书馆\n时间:2月15日\n")


def test_an_activitys_own_point_beside_labelled_activities_is_a_task():
    # (a childless point headed by an activity, its own 活动时间 line, its work set out by verbs: Round 68's x278_04 一)
    got = _tasks(EVENTS)
    assert set(got) == {"一", "二.1", "二.2"}
    assert (got["一"].lead_units, got["一"].responsible_units) == ([], [])
    assert (got["二.1"].lead_units, got["二.1"].responsible_units) == (["县文体旅局", "县文联"], ["县文化馆"])


def test_an_activity_point_that_only_invites_is_no_task():
    # (near miss: the point's text only says who may come, no verb of doing after what it draws on)
    text = EVENTS.replace("适时开展舞龙舞狮、踩高跷等民俗活动,并推出“吃汤圆”等特色活动。", "群众可自愿参与观看。")
    assert set(_tasks(text)) == {"二.1", "二.2"}

"""Round 49 (t49b): a top-level point with nothing numbered under it whose paragraph gives work is a task
(CONVENTIONS.md round 34 early; Round 51 rulings "turned": a rule-2 doer, or an instruction 「要…」「应…」 with no doer;
points of aims, time, place, theme, scope or options stay none; a plan numbering its work under its sections keeps its
safeguards / requirements sections as sections) — ``desktop.core.parse.childless_points``, called from ``task_choice``.
Made-up texts in the shapes of the page openings (活动方案, notices of headed points)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.childless_points import childless_work, points_document
from desktop.core.parse.headings import build_items


def _keys(text: str) -> list[str]:
    return [t.key for t in parse_text(text).tasks]


ACTIVITY = """某县2016年全国爱眼日宣传活动方案
为提高群众的爱眼护眼意识，结合我县实际，制定本方案。
一、活动目的
1、普及眼病防治知识，提高群众自我保健能力。
2、宣传科学用眼，减少视力损害的发生。
二、活动时间和地点
2016年6月6日上午，在县人民广场举办集中宣传活动。
三、活动内容和方式
组织县眼科专家到广场开展义诊咨询，免费测量视力、发放宣传资料。组织医务人员开展科学用眼专题讲座。邀请县电视台参加活动并进行宣传报道。
四、活动要求
1、高度重视，精心组织，认真开展宣传活动，6月6日上午8时准时到达广场。
2、悬挂宣传横幅，摆放宣传图板，现场设咨询台开展健康咨询活动。
"""


def test_an_activity_point_written_as_what_is_done_is_a_task():
    keys = _keys(ACTIVITY)
    assert "三" in keys
    assert {"四.1", "四.2"} <= set(keys)
    assert "二" not in keys                    # the time and place: a field, no work


def test_a_content_point_that_only_describes_is_no_task():
    # near miss: 「三、活动内容」 over a description (no sentence opens with what is done)
    text = ACTIVITY.replace(
        "组织县眼科专家到广场开展义诊咨询，免费测量视力、发放宣传资料。组织医务人员开展科学用眼专题讲座。"
        "邀请县电视台参加活动并进行宣传报道。",
        "近视是青少年常见的眼病，长时间近距离用眼是主要原因。眼病早发现早治疗效果更好。")
    assert "三" not in _keys(text)


NOTICE = """关于开展某项试点工作的通知
各区人民政府：
现就有关事项通知如下：
一、积极有序开展试点
1.各区要积极有序组织试点地区开展建设，2023年底前完成试点任务。
2.各区要做好试点项目储备，2022年6月底前报送项目清单。
二、严格落实工作要求。各区要严格落实“试点不审批、到位不越位”工作要求，规范市场秩序，减轻企业负担，切实保护农户合法权益。
三、强化信息监测。各区按月报送试点建设进度，于2021年10月底前报送第一次报告。
四、做好接网服务。市电力公司要做好电网规划与试点建设方案的衔接，提供优质接网服务。
特此通知。
"""


def test_a_point_headed_as_work_on_requirements_is_a_task():
    keys = _keys(NOTICE)
    assert "二" in keys
    assert {"一.1", "一.2", "三", "四"} <= set(keys)


def test_a_bare_requirements_or_aims_point_stays_a_section():
    # near misses: 「二、保密要求」 (the requirements a thing is to meet, named by their noun) and
    # 「三、工作目标」 (aims)
    text = NOTICE.replace("二、严格落实工作要求。", "二、保密要求。").replace("三、强化信息监测。", "三、工作目标。")
    keys = _keys(text)
    assert "二" not in keys
    assert "三" not in keys


def _point(text: str, number: str):
    return next(i for i in build_items(text).items if i.parent is None and i.number == number)


SAFEGUARDS = """三、保障措施
各区市场监管局要加强统筹谋划，组织协同各相关部门推进实施，协调解决工作中遇到的难点问题，落实资金保障。
"""


def test_safeguards_stay_a_section_where_the_plan_numbers_its_work_deeper():
    point = _point(SAFEGUARDS, "三")
    assert childless_work(point, points=True)           # a document of points: its safeguards give work
    assert not childless_work(point, points=False)      # numbered work under sections: a section (round 26)
    # (work done to requirements, the verb first, is work either way)
    assert childless_work(_point(SAFEGUARDS.replace("保障措施", "严格落实工作要求"), "三"), points=False)


def test_the_documents_points_are_counted_without_its_opening_aims():
    deeper = build_items("一、指导思想\n以…为指导，推进工作。\n二、发展目标\n到2026年建成体系。\n三、主要任务\n"
                         "（一）推进甲。\n（二）推进乙。\n四、保障措施\n各部门要加强协同。\n").items
    assert points_document(deeper) == (True, False)    # 三 and 四 only: half childless, not most
    points = build_items("一、业务类型\n贷款是指…服务。\n二、支持领域\n包括…项目。\n三、服务内容\n（一）保障信贷。\n"
                         "四、保障措施\n各区要加强宣传。\n").items
    assert points_document(points) == (True, True)


def test_background_theme_and_options_give_no_work():
    for head, text in (("发展回顾", "过去五年，各区要求企业开展节水改造，组织实施了一批节水项目，取得了明显成效。"),
                       ("活动主题", "各单位要围绕“健康生活”主题开展宣传，组织群众参加义诊活动。"),
                       ("结果运用", "获得荣誉的单位可以适当降低检查频次。有关部门可以在评优评先中优先考虑。")):
        assert not childless_work(_point(f"四、{head}\n{text}\n", "四"), points=True), head


POINTS = """关于在全市开展节水贷款业务的通知
一、业务类型
节水贷款是指由政银联合设立的一项绿色金融服务，为用水企业提供便捷优惠的金融支持。
二、支持领域
支持领域包括节水技术改造、供水管网改建和漏损控制、非常规水源利用等项目。
三、服务内容
（一）保障信贷资源。鼓励有关金融机构优先保障节水领域的信贷需求。
（二）实施利率优惠。鼓励有关金融机构在同等条件下给予优惠贷款利率。
四、组织程序
市水务局与人民银行分行共同组织开展节水贷款服务工作，市节水中心负责对申请项目进行受理和确认。
五、保障措施
人民银行分行对符合条件的贷款提供再贷款资金支持。市水务局与人民银行分行按照职责分工，加强对项目监督指导，定期总结评估工作成效。各区水务部门要加强政策宣传工作。
"""


def test_safeguards_that_give_work_are_a_task_in_a_document_of_points():
    keys = _keys(POINTS)
    assert "五" in keys
    assert "一" not in keys and "二" not in keys         # a definition and a scope: general provisions


# an (N) list under the last item of a 1、 run that goes on in figures (「6、活动要求:⏎(1)…⏎2、…⏎3、…」): its marks
# changed, not the 1、 run restarting (``headings.build_items``)
def _children(text: str, number: str) -> list[str]:
    point = _point(text, "一")
    item = next(c for c in point.children if c.number == number)
    return [c.number for c in item.children]


FIELDS = """一、广场宣传活动
1、活动时间:6月6日上午8:30—10:30;
2、活动地点:县人民广场;
3、活动要求:
(1)各参加单位要悬挂横幅、设立咨询点，安排2名以上专业人员现场咨询。
2、各单位于6月6日上午8:00前到达宣传现场并签到。
3、县疾病预防控制中心负责活动现场布置工作。
二、其他活动
1、在电视台播放宣传片。
"""


def test_an_n_list_going_on_in_figures_stays_under_its_item():
    assert _children(FIELDS, "3") == ["1", "2", "3"]
    assert [c.number for c in _point(FIELDS, "一").children] == ["1", "2", "3"]


def test_a_run_going_on_after_its_sub_list_is_the_run():
    # near miss: 「3、…(1)…4、…」 — 4 follows 3: the run goes on, the (1) list stays one item
    text = FIELDS.replace("2、各单位于", "4、各单位于").replace("3、县疾病", "5、县疾病")
    assert _children(text, "3") == ["1"]
    assert [c.number for c in _point(text, "一").children] == ["1", "2", "3", "4", "5"]


# a numbered line whose label runs straight into its (1) (2) items, each opening with its date
# (「1、邀请座谈活动:(1)3月18日邀请…。(2)3月23日邀请…」): items of their own (``inline_items.split_paragraph_items``)
RUN_ON = """某县2012年世界气象日活动方案
一、活动时间
2012年3月17日至3月23日。
二、活动内容
1、座谈交流活动:(1)3月18日邀请市局同行来局座谈，共同探讨气象科普宣传工作。(2)3月23日邀请县科协、县农委等部门座谈，参观气象现代化设备。
2、发放气象科普宣传册，宣传气象防灾减灾知识。
"""


def test_bracketed_items_run_on_after_a_label_are_items():
    tasks = {t.key: t for t in parse_text(RUN_ON).tasks}
    assert {"二.1.1", "二.1.2", "二.2"} <= set(tasks)
    assert tasks["二.1.2"].deadline == "2012-03-23"


def test_a_single_bracket_or_one_inside_a_sentence_stays_text():
    # near misses: a (1) alone after the label, and (1)(2) further on in a sentence, not right after the label
    alone = RUN_ON.replace("。(2)3月23日邀请", "，3月23日再邀请")
    assert "二.1" in {t.key for t in parse_text(alone).tasks}
    inside = RUN_ON.replace("座谈交流活动:(1)3月18日", "座谈交流活动:3月18日开展两项活动，(1)3月18日")
    assert "二.1" in {t.key for t in parse_text(inside).tasks}


# slogans listed under an item after its colon (「横幅内容:⏎(一)…!(卫生局)⏎(二)…!(广电局)」): the item's text, not items
# (Round 50 rulings, x235_05's RULING? 3) — ``slogan_lines``, read in ``headings.build_items``
SLOGANS = """某地区2016年防治碘缺乏病日活动方案
一、活动时间
2016年5月17日上午。
二、活动分工
1、市卫生局负责宣传活动的具体实施，包括活动议程、场地布置、发放宣传资料。
2、各相关成员部门负责制作横幅，悬挂在现场醒目位置，并要求分管领导按时参加活动。横幅内容:
(一)坚持科学补碘,预防碘缺乏病!(卫生局)
(二)全社会共同努力,持续消除碘缺乏病!(广电局)
(三)食用碘盐是最好的补碘方式!(质监局)
(四)科学
"""


def test_slogans_after_an_items_colon_are_its_text():
    keys = [t.key for t in parse_text(SLOGANS).tasks]
    assert keys == ["二.1", "二.2"]


def test_numbered_work_after_a_colon_stays_items():
    # near miss: (一)(二) after the colon that are sentences of work, not exclamations
    text = SLOGANS.replace("(一)坚持科学补碘,预防碘缺乏病!(卫生局)", "(一)卫生局负责制作宣传横幅。").replace(
        "(二)全社会共同努力,持续消除碘缺乏病!(广电局)", "(二)广电局负责播放宣传片。")
    keys = [t.key for t in parse_text(text).tasks]
    assert "二.一" in keys or "二.2.1" in keys


def test_a_slogan_section_gives_no_task():
    text = SLOGANS.replace("横幅内容:\n", "\n三、宣传标语:\n").replace("(一)", "1、").replace(
        "(二)", "2、").replace("(三)", "3、").replace("(四)科学\n", "")
    for body in ("(卫生局)", "(广电局)", "(质监局)"):
        text = text.replace(body, "")
    keys = [t.key for t in parse_text(text).tasks]
    assert not any(k.startswith("三") for k in keys)


def test_a_point_that_only_calls_gives_no_work():
    # (round 39, 44: 「各村要高度重视，加强领导，确保工作取得实效」 only calls; an instruction beside it is work)
    calls = "三、强化工作保障\n各村要高度重视，加强领导，确保工作取得实效，营造良好氛围。\n"
    assert not childless_work(_point(calls, "三"), points=True)
    work = calls.replace("营造良好氛围", "各村要安排专人每日巡查河道")
    assert childless_work(_point(work, "三"), points=True)

"""Round 52 second wave (w52c): units classes from the blind sets plans-next257–261.

- 「A、B协同C负责…」 opening an item: 协同 joins the subject's bodies as 会同 does (round 30; Round 59 rulings on
  x261_06) — ``prose_units._partners``.
- 「…，会同有关单位做好…」 under a heading that gives out work: the catch-all after a pivot is a general call, no unit
  (rounds 34, 42) — ``pivot_units.pivot_objects``.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

DUTIES = "关于城市管理职责分工的通知\n\n一、市规划局负责城市规划的编制。\n"


def _task(text: str, number: str):
    return next(t for t in parse_text(text).tasks if t.number == number)


def _all(task) -> list[str]:
    return list(dict.fromkeys(task.lead_units + task.responsible_units))


def test_xietong_between_subjects_splits_like_huitong():
    t = _task(DUTIES + "二、市公安局、市建委协同市交通局负责城市综合交通涉及部门职责的工作。\n", "二")
    assert sorted(_all(t)) == sorted(["市公安局", "市建委", "市交通局"])


def test_xietong_with_one_subject():
    t = _task(DUTIES + "二、市水利局协同市城管局负责河道沿线环境卫生的管理工作。\n", "二")
    assert sorted(_all(t)) == sorted(["市水利局", "市城管局"])


def test_near_miss_huitong_stays_as_it_was():
    t = _task(DUTIES + "二、市公安局、市建委会同市交通局负责城市综合交通涉及部门职责的工作。\n", "二")
    assert sorted(_all(t)) == sorted(["市公安局", "市建委", "市交通局"])


def test_near_miss_xietong_inside_a_name_is_kept():
    # 协同 inside a body's own name (协同创新中心): no join of two bodies
    t = _task(DUTIES + "二、市科技协同创新中心负责科技成果转化平台的建设。\n", "二")
    assert _all(t) == ["市科技协同创新中心"]


WORK_HEADING = ("某镇征兵工作方案\n一、指导思想\n坚持依法征兵。\n二、职责分工\n"
                "(一)镇武装部负责组织实施征兵工作。\n")


def test_general_call_after_huitong_under_a_work_heading_is_no_unit():
    t = _task(WORK_HEADING + "(二)征兵办公室负责日常工作,会同有关单位做好宣传、报名、体检。\n"
              "(三)镇卫生院负责体检工作。\n", "二")
    assert _all(t) == ["征兵办公室"]


def test_near_miss_named_body_after_huitong_under_a_work_heading_stays_a_unit():
    t = _task(WORK_HEADING + "(二)征兵办公室负责日常工作,会同镇派出所做好宣传、报名、政审。\n"
              "(三)镇卫生院负责体检工作。\n", "二")
    assert "镇派出所" in _all(t) and "征兵办公室" in _all(t)


RULES = "某县烟花爆竹燃放管理规定\n第一条 为加强管理，制定本规定。\n"


def _article(text: str) -> list[str]:
    return _all(_task(RULES + "第二条 " + text + "\n", "2"))


def test_kinds_of_body_in_a_list_are_each_a_unit():
    got = _article("街道、社区、村组和机关、团体、学校要落实本辖区烟花爆竹燃放管理的主体责任,负责做好监管工作。")
    assert sorted(got) == sorted(["街道", "社区", "村组", "机关", "团体", "学校"])


def test_near_miss_kinds_before_one_etc_head_stay_one_name():
    got = _article("机关、团体、企业、事业等单位应当落实消防安全主体责任,负责做好本单位的消防工作。")
    assert got == ["机关、团体、企业、事业等单位"]


def test_near_miss_tuanti_as_a_thing_is_no_unit():
    got = _article("市场监管局负责团体标准的备案和监督工作。")
    assert got == ["市场监管局"]


LEAD = "关于清理整顿停车场的实施意见\n一、组织领导\n"


def test_places_before_shared_heads_stay_with_the_first_name():
    t = _task(LEAD + "(一)各县及高新技术开发区党委、政府(管委会)作为责任主体,负责具体实施本辖区内清理整顿工作。\n"
              "(二)市公安局负责查处违法停车行为。\n", "一")
    assert sorted(_all(t)) == sorted(["各县及高新技术开发区党委", "政府(管委会)"])


def test_near_miss_two_whole_bodies_joined_by_ji_stay_two():
    t = _task(LEAD + "(一)市交通局及市公安局负责具体实施清理整顿工作。\n(二)市城管局负责查处违法停车行为。\n", "一")
    assert sorted(_all(t)) == sorted(["市交通局", "市公安局"])


def test_a_quoted_word_inside_a_bodys_name_is_the_names():
    t = _task(LEAD + "(一)在市协调小组的领导下,市“放管服”办负责拟定实施方案和有关政策。\n"
              "(二)市城管局负责查处违法停车行为。\n", "一")
    assert _all(t) == ["市“放管服”办"]


def test_near_miss_a_quoted_slogan_before_a_layout_is_no_name():
    t = _task(LEAD + "(一)统筹推进“五位一体”总体布局,市发改委负责编制规划。\n"
              "(二)市城管局负责查处违法停车行为。\n", "一")
    assert _all(t) == ["市发改委"]


def _media(heading: str) -> list[list[str]]:
    text = ("宣传方案\n一、市内宣传\n(一)" + heading
            + "\n1.新闻宣传。对重要会议进行动态报道。每周至少2篇。\n责任人:张三\n"
            "2.文艺副刊宣传。加大相关稿件的刊发力度。\n责任人:李四\n")
    return [_all(t) for t in parse_text(text).tasks]


def test_a_lone_media_heading_with_its_outlets_names_the_items_unit():
    assert _media("市日报社(晨刊、手机报、市在线)") == [["市日报社(晨刊、手机报、市在线)"]] * 2


def test_a_masked_place_keeps_its_stars():
    assert _media("***日报社(晨刊、手机报)") == [["***日报社(晨刊、手机报)"]] * 2


def test_near_miss_a_lone_heading_with_no_place_names_no_unit():
    assert _media("新闻宣传平台") == [[], []]


def test_near_miss_a_single_star_after_a_name_still_marks_the_lead():
    from desktop.core.parse.units import split_units
    names, _notes, leads, _odd = split_units("市工信局*、市发展改革委")
    assert names == ["市工信局", "市发展改革委"] and leads == ["市工信局"]


DEPARTMENTS = ("车辆超限超载治理方案\n三、明确职责\n(一)市财政局负责及时核拨治超经费。\n"
               "(二)市物价局负责制定卸载收费标准。\n(三)市法制局负责治超法规的衔接工作。\n")


def test_fields_sharing_one_head_open_a_department_item():
    t = _task(DEPARTMENTS + "(四)市农业、林业等局依职责协助有关治超工作。\n", "四")
    assert _all(t) == ["市农业、林业等局"]


def test_near_miss_bodies_with_heads_of_their_own_are_not_one_name():
    t = _task(DEPARTMENTS + "(四)区应急局、区公安分局等部门依职责配合有关治超工作。\n", "四")
    assert "区应急局、区公安分局等部门" not in _all(t)

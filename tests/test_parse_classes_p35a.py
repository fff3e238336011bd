"""Round 35 structure classes (p35a): field blocks — numbered lines that are the fields of one item 「1、时间：…
2、地点：… 3、承办单位：… 4、活动内容：…」 are that item's fields, the item one task whose units field is its label and
whose time field is its day (CONVENTIONS.md, "Round 35 rulings, written early" → Tasks). Made-up snippets written the
way activity plans are written."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.marks import lost_first_numbers


def by_key(plan):
    return {"/".join([*t.path, t.number]): t for t in plan.tasks}


FESTIVAL = ("某县2023年油菜花文化旅游节活动方案\n\n"
            "一、活动主题\n\n花海乡村，幸福家园。\n\n"
            "二、主要活动\n"
            "（一）油菜花节开幕式\n"
            "1、时 间：2023年3月18日上午9:00\n"
            "2、地 点：城东花海广场\n"
            "3、承办单位：县委宣传部、县文化旅游局\n"
            "4、活动内容：领导致辞，文艺演出。\n"
            "（二）乡村摄影大赛\n"
            "1、时 间：2023年3月18日至3月25日\n"
            "2、地 点：各花海观景点\n"
            "3、承办单位：县摄影家协会 县文化旅游局\n"
            "4、参加人员：全县摄影爱好者\n"
            "（三）农特产品展销\n"
            "1、时 间：2023年3月19日\n"
            "2、地 点：花海广场东侧\n"
            "3、责任单位：县农业农村局\n"
            "4、活动内容：组织各乡镇展销农特产品。\n"
            "三、工作要求\n\n各单位要高度重视，确保活动安全有序。\n")


def test_field_block_is_one_task_with_its_units_field_and_day():
    got = by_key(parse_text(FESTIVAL))
    assert set(got) == {"二/一", "二/二", "二/三"}
    assert got["二/一"].responsible_units == ["县委宣传部", "县文化旅游局"]
    assert got["二/一"].lead_units == []
    assert got["二/一"].deadline == "2023-03-18"
    # bodies a field lists one after another with a blank between
    assert got["二/二"].responsible_units == ["县摄影家协会", "县文化旅游局"]
    assert got["二/二"].deadline == "2023-03-25"
    assert got["二/三"].responsible_units == ["县农业农村局"]
    assert got["二/三"].deadline == "2023-03-19"


PARTICIPANTS = ("某镇植树活动方案\n\n"
                "一、活动安排\n"
                "（一）机关干部义务植树\n"
                "1.活动时间：3月12日。\n"
                "2.参加对象：镇机关全体干部、各村党支部书记。\n"
                "（二）青少年护绿行动\n"
                "1.活动时间：3月20日。\n"
                "2.组织单位：镇团委、镇中心学校。\n")


def test_participants_field_names_no_units():
    got = by_key(parse_text(PARTICIPANTS))
    assert set(got) == {"一/一", "一/二"}
    # 参加对象 says who takes part, no units field
    assert got["一/一"].responsible_units == [] and got["一/一"].lead_units == []
    assert got["一/二"].responsible_units == ["镇团委", "镇中心学校"]


NOT_FIELDS = ("某区背街小巷整治工作方案\n\n"
              "一、重点任务\n"
              "（一）整治环境卫生\n"
              "1.清理积存垃圾，做到日产日清。（责任单位：区绿化市容局）\n"
              "2.规范占道经营，取缔流动摊点。（责任单位：区城管执法局）\n"
              "（二）提升设施水平\n"
              "1.时间安排：2024年6月底前完成路面修复。\n"
              "2.修复破损路面，完善照明设施。（责任单位：区建管委）\n")


def test_numbered_work_is_not_a_field_block():
    # near miss: work items with their own labels stay tasks; a block with one work line is no field block
    got = by_key(parse_text(NOT_FIELDS))
    assert {"一/一/1", "一/一/2", "一/二/2"} <= set(got)
    assert got["一/一/1"].responsible_units == ["区绿化市容局"]
    assert got["一/一/2"].responsible_units == ["区城管执法局"]


def test_lost_one_found_past_its_childrens_lost_one():
    text = ("三、活动安排\n、春节机关植树活动\n()活动时间：2月3日。\n(2)参加对象：县级各机关。\n"
            "2、植树节宣传活动\n")
    lines = lost_first_numbers(text).split("\n")
    assert lines[1] == "1、春节机关植树活动" and lines[2] == "(1)活动时间：2月3日。"
    # a bare mark after a line that goes on is the sentence wrapped, as before
    wrapped = "本次活动由区委宣传部、区文明办\n、区文旅局共同组织实施。\n2、其他工作。\n"
    assert lost_first_numbers(wrapped) == wrapped

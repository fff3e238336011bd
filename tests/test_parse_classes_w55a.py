"""Round 55 (w55a): which lines are tasks in activity plans. Made-up texts of these forms:

- circled items at line starts under a line-start （N） item
  「（2）揭牌仪式⏎①甲馆揭牌仪式⏎牵头单位：…⏎②乙馆…」: a fifth level, the circled activities under （2）
  (``normalise._circled_lines``, ``headings`` level 5), each a task with its own 牵头单位 line; not siblings of
  （1）（2）. Near misses: circled lines under 1. (the （N） level themselves, as before), and a circled run of
  fields 「（1）主办、承办单位：⏎①主办单位：…」 (fields of （1）, as before).
- an activity's 活动时间 span in the point above its items ends the items with no date of their own
  (``activity_spans._lead_in_span``); near miss: points with a place and no time date nothing.
- a later page that opens on a part's last item 「4、…」 with a later part 「（六）…」 next: a task numbered 4
  (``text_ends.page_starts_mid_list``); near miss: 「2、…」 under a 附件： line is no item.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.normalise import light

HEAD = "某县2031年春季文化旅游节活动方案\n为办好文化旅游节，制定本方案。\n一、活动安排\n"


def _tasks(body: str) -> dict[str, tuple[str, list[str], list[str]]]:
    plan = parse_text(HEAD + body)
    return {"/".join([*t.path, t.number]): (t.title, t.lead_units, t.responsible_units) for t in plan.tasks}


CIRCLED_UNDER_PAREN = (
    "1.开幕活动\n"
    "（1）开幕仪式\n活动时间：4月2日上午\n活动地点：滨江广场\n牵头单位：县文旅局\n"
    "（2）揭牌仪式\n"
    "①非遗展示馆揭牌仪式\n活动时间：4月2日下午\n牵头单位：县文化馆\n"
    "②民俗博物馆揭牌仪式\n活动时间：4月2日下午\n牵头单位：县博物馆、县文物所\n"
    "③滨江步道开放仪式\n活动时间：4月3日上午\n牵头单位：县住建局\n"
    "2.闭幕活动\n活动时间：4月10日\n牵头单位：县委宣传部\n")


def test_circled_items_under_a_paren_item_are_a_level_below_it():
    got = _tasks(CIRCLED_UNDER_PAREN)
    assert list(got) == ["一/1/1", "一/1/2/①", "一/1/2/②", "一/1/2/③", "一/2"]
    assert got["一/1/2/①"] == ("非遗展示馆揭牌仪式", ["县文化馆"], [])
    assert got["一/1/2/②"] == ("民俗博物馆揭牌仪式", ["县博物馆", "县文物所"], [])
    assert got["一/1/2/③"][1:] == (["县住建局"], [])
    assert got["一/1/1"][1] == ["县文旅局"]


def test_circled_items_under_a_figure_item_are_the_paren_level():
    # (near miss: under 1. the circled lines are the （N） level themselves, as they always were)
    text = ("1.开幕活动\n①开幕仪式\n牵头单位：县文旅局\n②揭牌仪式\n牵头单位：县文化馆\n"
            "2.闭幕活动\n牵头单位：县委宣传部\n")
    got = _tasks(text)
    assert list(got) == ["一/1/1", "一/1/2", "一/2"]
    assert got["一/1/2"][1] == ["县文化馆"]
    assert "（1）开幕仪式" in light(text) and "①" not in light(text)


def test_a_circled_run_of_fields_stays_the_paren_level():
    # (near miss: 「①主办单位：…」 are fields of the （1） line, not activities below it: spelled （1）（2） as before)
    text = ("1.科普宣传活动\n（1）主办、承办单位：\n①主办单位：县科协\n②承办单位：某乡人民政府\n"
            "（2）活动内容：科普展览\n")
    assert "（1）主办单位：县科协" in light(text) and "①" not in light(text)


def test_circled_items_kept_read_the_same_when_normalised_again():
    once = light(CIRCLED_UNDER_PAREN)
    assert "①非遗展示馆" in once and "（1）开幕仪式" in once
    assert light(once) == once


ACTIVITIES = ("某区2031年春节群众文化活动安排\n为丰富群众节日文化生活，特制定本安排。\n"
              "一、迎新春书画展\n活动时间：2031年1月10日-2031年1月20日\n活动内容：\n"
              "1、组织书画爱好者创作书画作品并展出。\n2、组织书法家为群众写春联，1月15日前完成。\n"
              "二、新春祝福视频征集\n活动时间：2031年1月5日-2031年2月8日\n活动内容：\n"
              "1、组织居民录制新春祝福视频，在区融媒体平台推送。\n2、面向社会征集笑脸图片，制作幸福墙并展示。\n")


def _deadlines(text: str) -> dict[str, str | None]:
    return {"/".join([*t.path, t.number]): t.deadline for t in parse_text(text).tasks}


def test_an_activitys_time_field_ends_the_items_under_it():
    # (each activity its own span: the nearest point above an item labels it; an item's own date stays its own)
    assert _deadlines(ACTIVITIES) == {"一/1": "2031-01-20", "一/2": "2031-01-15",
                                      "二/1": "2031-02-08", "二/2": "2031-02-08"}


def test_points_above_without_a_time_field_date_nothing():
    # (near miss: the same activities whose points label no 活动时间 — a place alone is no span)
    text = ACTIVITIES.replace("活动时间：2031年1月10日-2031年1月20日", "活动地点：区文化馆") \
        .replace("活动时间：2031年1月5日-2031年2月8日", "活动地点：区广场")
    assert _deadlines(text) == {"一/1": None, "一/2": "2031-01-15", "二/1": None, "二/2": None}


def test_a_page_opening_on_a_parts_last_item_before_a_later_part():
    # (a later page of a paged copy: 「4、…」 is part （四）'s last item, its part on the page before; （六） follows)
    text = ("4、区城管局按辖区要求统一组织清运垃圾。\n"
            "（六）巩固提升阶段（9月1日-9月30日）\n"
            "1、宾馆、饭店完善防蝇设施（责任单位：区卫健委）。\n2、食品企业防蝇设施建设（责任单位：区市场监管局）。\n")
    got = _tasks_of(text)
    assert list(got) == ["4", "六/1", "六/2"]
    assert got["4"] == ([], ["区城管局"])
    assert got["六/1"] == ([], ["区卫健委"])


def test_a_later_item_under_a_cover_line_is_no_page_opening():
    # (near miss: 「附件：」 above 「2、…」 — a list of attachments, no page opened mid-list)
    text = ("某区2031年夏季爱国卫生运动方案\n附件：\n2、区城管局清运任务表\n"
            "一、工作任务\n1、区卫健委要督促宾馆、饭店完善防蝇设施。\n2、区市场监管局要抓好食品企业防蝇设施建设。\n")
    assert list(_tasks_of(text)) == ["一/1", "一/2"]


def _tasks_of(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}

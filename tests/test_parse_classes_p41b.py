"""Round 41 (p41b), items on page openings and in plans without articles: a childless point that gives work read
as a section — on a page of few points, one holding numbered items and one naming its doer by rule 2; a 活动内容 /
宣传重点 point whose paragraph does the activity, where no point holds the plan's tasks or steps (CONVENTIONS.md
rounds 34/36). Made-up plans written the way such notices are printed, each with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, object]:
    return {t.key: t for t in parse_text(text).tasks}


DOER_POINT = """某乡关于开展汛前安全大检查的通知
各村、乡属各单位：
为切实做好汛期安全工作，经研究，决定在全乡开展汛前安全大检查，现将有关事项通知如下：
一、检查时间
即日起至6月底。
二、检查方式
本次检查由各村、乡属各单位分别组织对本辖区进行全面自查，乡安委会组织督查组对自查情况进行抽查。
三、检查重点
（一）各村防汛责任制落实情况。
（二）山塘水库、地质灾害隐患点巡查情况。
"""


def test_childless_point_naming_its_doer_beside_a_point_of_items_is_a_task():
    tasks = _tasks(DOER_POINT)
    assert sorted(tasks) == ["三.一", "三.二", "二"]      # (the time point stays a field)
    units = tasks["二"].lead_units + tasks["二"].responsible_units
    assert "乡安委会" in units and "各村" in units


def test_near_miss_childless_point_without_a_doer_or_deed_stays_a_section():
    doers = "本次检查由各村、乡属各单位分别组织对本辖区进行全面自查，乡安委会组织督查组对自查情况进行抽查。"
    text = DOER_POINT.replace(doers,
                              "采取自查与抽查相结合的方式，自查为主，抽查为辅，以问题为导向。")
    assert "二" not in _tasks(text)


CONTENT_POINT = """某县市场监督管理局关于开展安全用药宣传月活动的通知
各市场监管所：
现就活动有关事项通知如下：
一、活动时间
10月1日至10月31日。
二、活动主题
安全用药，健康同行。
三、宣传重点
多种形式宣传合理用药知识，进社区、进学校，对老年人等重点群体开展用药科普，提高群众安全用药意识。
四、活动要求
（一）加强组织领导。各所要精心组织，确保活动取得实效。
（二）及时总结报送。活动结束后及时报送工作总结。
"""


def test_content_point_that_does_the_activity_is_a_task():
    tasks = _tasks(CONTENT_POINT)
    assert sorted(tasks) == ["三", "四.一", "四.二"]      # (time and theme stay fields)
    assert tasks["三"].responsible_units == []


def test_near_miss_content_point_under_a_plan_of_tasks_stays_a_section():
    # (a 「工作内容」 paragraph that sums up the work of a 「主要任务」 point with items is no task of its own)
    text = """某区关于开展耕地种植情况核查的通知
一、工作内容
开展耕地种植情况摸底调查，掌握本区种植基本情况，组织开展疑似图斑核查并分析原因。
二、主要任务
（一）摸清底数。各镇负责开展摸底调查，形成台账。
（二）分类处置。各镇负责对核查问题分类处置。
（三）长效管控。区农业农村委负责建立长效管控机制。
"""
    assert "一" not in _tasks(text)


def test_near_miss_a_how_point_is_no_content_point():
    text = CONTENT_POINT.replace("三、宣传重点", "三、宣传方式")
    assert "三" not in _tasks(text)

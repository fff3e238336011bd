"""Round 42 (p42g), fresh plans: a 范文 site that prints inline pinyin after its characters 「責(zé)任單位」.

The plan is read without the pinyin — its units labels, targets and dates are the plan's words — and what it says
(titles, texts, unit names) is given back as printed, pinyin and all (round 39: names kept as printed). Reading such a
page without its pinyin must not make new bodies of what is none: 「各项活动经费…」 is money, not a group of units.
Made-up snippets written the way such pages are printed, each with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.site_pinyin import Reprinted, drop_pinyin

PINYIN_PLAN = """某縣關(guān)于加快通信基站建設(shè)的實(shí)施方案

一、主要任務(wù)

1.加快基站規(guī)劃建設(shè)。將基站站址納入控制性詳細(xì)規(guī)劃，到2024年底全縣開(kāi)通基站300個(gè)。(責(zé)任單位:縣住建局、縣交通運(yùn)輸局)

2.開(kāi)放公共資源。推動機(jī)關(guān)辦公樓向基站建設(shè)開(kāi)放。(牽頭單位:縣機(jī)關(guān)事務(wù)局;責(zé)任單位:各鄉(xiāng)鎮(zhèn)人民政府)
"""

PLAIN_PLAN = """某县关于加快通信基站建设的实施方案

一、主要任务

1.加快基站规划建设。将基站站址纳入控制性详细规划，到2024年底全县开通基站300个。(责任单位:县住建局、县交通运输局)

2.开放公共资源。推动机关办公楼向基站建设开放。(牵头单位:县机关事务局;责任单位:各乡镇人民政府)
"""


def _task(plan, number):
    return next(t for t in plan.tasks if t.number == number)


def test_a_units_label_behind_pinyin_is_a_label_and_names_stay_as_printed():
    plan = parse_text(PINYIN_PLAN)
    first, second = _task(plan, "1"), _task(plan, "2")
    assert first.responsible_units == ["縣住建局", "縣交通運(yùn)輸局"]
    assert second.lead_units == ["縣機(jī)關(guān)事務(wù)局"]
    assert second.responsible_units == ["各鄉(xiāng)鎮(zhèn)人民政府"]
    assert first.title.startswith("加快基站規(guī)劃建設(shè)")


def test_a_target_behind_pinyin_is_read():
    first = _task(parse_text(PINYIN_PLAN), "1")
    assert [(t.value, t.unit) for t in first.targets] == [(300.0, "个")]
    assert first.deadline and first.deadline.startswith("2024-12")


def test_near_miss_the_same_plan_without_pinyin_reads_the_same():
    pinyin, plain = parse_text(PINYIN_PLAN), parse_text(PLAIN_PLAN)
    assert [(t.number, t.deadline, [(g.value, g.unit) for g in t.targets]) for t in pinyin.tasks] \
        == [(t.number, t.deadline, [(g.value, g.unit) for g in t.targets]) for t in plain.tasks]
    assert _task(plain, "1").responsible_units == ["县住建局", "县交通运输局"]


def test_near_miss_brackets_that_are_no_pinyin_stay():
    text = "按照《某县管理办法（试行）》(GDP)和第(a)项办理"
    assert drop_pinyin(text) == text
    assert drop_pinyin("鄉(xiāng)鎮(zhèn)") == "鄉鎮"


def test_reprinted_gives_back_the_printed_stretch():
    printed = "由鄉(xiāng)鎮(zhèn)人民政府負(fù)責(zé)。"
    back = Reprinted([printed], lambda s: s)
    assert back("鄉鎮人民政府") == "鄉(xiāng)鎮(zhèn)人民政府"
    assert back("負責") == "負(fù)責(zé)"
    assert back("不在原文") == "不在原文"        # found nowhere: as read


DUTY_HEADING_PLAN = """某乡春节文化活动实施方案

一、活动内容

各村要组织开展文艺汇演。(责任单位:各村)

二、责任单位

各村(街)民委要精心策划本村开展的各项节目赛事的筹备工作。

乡文化站要做好各村开展工作的协调与技术指导工作。

经费来源

春节期间开展的各项活动经费主要以各村(街)自筹和市场运作为主。
"""


def test_money_under_a_duty_heading_is_no_body():
    task = next(t for t in parse_text(DUTY_HEADING_PLAN).tasks if t.title.startswith("责任单位"))
    assert "各项活动经费" not in task.responsible_units
    assert "各村(街)民委" in task.responsible_units       # near miss: the groups of bodies stay
    assert "乡文化站" in task.responsible_units


# a doc-sharing site's page run together, its page footer 「—3—」 left between two sentences
RUN_ON_PAGE = ("2023年某县秋季校园周边环境整治行动方案为深入推进平安校园建设，特制定本方案。"
               "一、时间安排2023年9月1日—10月31日。二、整治范围全县中小学、幼儿园校园及周边环境。—3—三、整治重点1.校园内安全隐患。开展消防、校舍、食品安全"
               "隐患排查治理。2.校园周边治安秩序。及时查处滋扰学校、敲诈师生等违法犯罪活动。3.校园周边交通秩序。"
               "加强上下学时段交通疏导。")


def test_a_page_footer_inside_a_run_on_page_is_layout():
    from desktop.core.parse.normalise import light

    plan = parse_text(RUN_ON_PAGE)
    assert [(t.path, t.number) for t in plan.tasks] == [(["三"], "1"), (["三"], "2"), (["三"], "3")]
    assert "—3—" not in light(RUN_ON_PAGE)


def test_near_miss_dashes_that_are_text_stay():
    from desktop.core.parse.normalise import light

    for text in ("整治时间为2023年9月1日—10月31日。", "执行《技术规程》（DGJ08—70—2013）。", "第1—3项由县教育局负责。"):
        assert light(text) == text
    assert light("各村要加强巡查。\n— 3 —\n县公安局负责。") == "各村要加强巡查。\n县公安局负责。"


def test_a_sending_by_a_day_and_its_hour_is_due_that_day():
    from desktop.core.parse.duties import find_duties

    for s in ("各村自查至3月20日结束。3月22日下午5点前上报排查台账至镇防汛办。",
              "各村自查至3月20日结束。3月22日17时前报送排查台账至镇防汛办。"):
        assert [d.due for d in find_duties(s, 2025) if "台账" in d.text] == ["2025-03-22"]
    # near miss: the day without its hour reads as before, and a day that opens a span is no due day
    assert [d.due for d in find_duties("3月22日前上报排查台账至镇防汛办。", 2025)] == ["2025-03-22"]
    assert find_duties("3月22日上午9点在镇会议室召开动员会。", 2025) == []

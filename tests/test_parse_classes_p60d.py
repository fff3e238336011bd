"""Round 60 (p60d): festival and activity pages from outside Shanghai — a preview's page marks, a site's name run
into the text's own title, items opening with an order word, lunar field days.

- A paged preview (「…_第1頁」 lines) prints its page marks 「1/3」「2/3」 run into its text, at its start and after a
  stop right before the next section 「…進行。2/3二、明確責任」: the marks are the page's, left out, so the section's
  number is read (``site_pages._page_marks``) — not a fraction after a word 「總數的2/3」, nor marks out of order.
- A site's short name of the plan run straight into the text's own title that ends in the same plan word and adds
  words before the name's 「清明节工作方案**乡**年清明节工作方案各村:」「…工作實施方案鎮人民政府關于加強…的實施方案」:
  the text's own title (``site_titles._fuller``) — not a compilation's count 「…方案2篇…方案」 nor a join 「…与…」.
- An item whose first word opens with an order word after its 、 「1、万条迎春灯谜会」「2、百日攻坚」: a figure puts
  no 、 between its digits and 万 (「1.5万」「2万张」 stay figures).
- An item's 活动时间 field of lunar first-month days with no year 「活动时间:正月十二…正月十三至十五」: the latest day's
  solar date in the plan's year (Round 81 on x306_04: a lunar festival day is dated by the solar month it falls in).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return [("/".join([*t.path, t.number]), t.lead_units, t.responsible_units, t.deadline)
            for t in parse_text(text).tasks]


_PAGED = """某某節(jié)期間安全管理工作實施方案_第1頁
某某節(jié)期間安全管理工作實施方案_第2頁
某某節(jié)期間安全管理工作實施方案_第3頁
全文預覽已結束

文檔簡介

1/3某某節(jié)期間安全管理工作實施方案村人民政府關于加強某某節(jié)期間安全管理工作的實施方案村級各部門:為做好節日期間安全\
工作,特制定本方案。一、加強領導,落實責任{mark}村各相關部門要認真履行職責,加強巡查,確保節日安全有序進行。{mark2}二、明確分工,確保\
安全各相關部門要切實加強對"""


def test_a_previews_page_marks_before_a_section_are_left_out() -> None:
    plan = parse_text(_PAGED.format(mark="", mark2="2/3"))
    assert [t.number for t in plan.tasks] == ["一", "二"]
    assert plan.tasks[0].title.startswith("加強領導")
    # the site's name for the file run straight into the document's own title: the document's
    assert plan.title == "村人民政府關于加強某某節(jié)期間安全管理工作的實施方案"


def test_a_fraction_after_a_word_is_no_page_mark() -> None:
    # 「的2/3」 after a word, and marks that do not run 1/M, 2/M: text (the section after the figure is not read)
    text = _PAGED.format(mark="", mark2="").replace("確保節日安全有序進行。", "覆蓋總數的2/3。")
    assert "總數的2/3" in parse_text(text).tasks[0].text
    out_of_order = _PAGED.format(mark="", mark2="3/3")
    assert [t.number for t in parse_text(out_of_order).tasks] != ["一", "二"]


_RUN_IN_TITLE = """清明节工作方案**镇**年清明节工作方案各村:根据上级精神,结合我镇实际,制定本方案。一、指导思想以\
文明祭扫为主题。二、工作安排(一)倡导文明祭祀。做好宣传引导工作。(二)突出重点,预防火灾。准备好各种消防器材。"""


def test_a_sites_name_run_into_the_own_title_gives_the_own_title() -> None:
    plan = parse_text(_RUN_IN_TITLE)
    assert plan.title == "**镇**年清明节工作方案"
    assert [("/".join([*t.path, t.number])) for t in plan.tasks] == ["二/一", "二/二"]


def test_a_compilations_count_or_a_join_is_no_own_title() -> None:
    # 「…方案2篇…方案」: a compilation's name, the count before the copy; 「…计划与…的工作计划」: two documents
    counted = _RUN_IN_TITLE.replace("清明节工作方案**镇**年清明节工作方案", "清明节工作方案2篇清明节工作方案")
    assert parse_text(counted).title == "清明节工作方案2篇清明节工作方案"     # (as before: not the copy alone)
    joined = _RUN_IN_TITLE.replace("清明节工作方案**镇**年清明节工作方案", "清明节工作方案与清明节祭扫的工作方案")
    assert parse_text(joined).title != "与清明节祭扫的工作方案"


_ORDER_WORD = """某街道元宵文化节活动实施方案
为丰富群众节日生活,结合我街道实际,特制定《某街道2019年元宵文化节活动实施方案》。
一、指导思想
2019年某街道元宵文化节以欢乐祥和为主题。
二、活动安排
(一)“十个一万”系列活动
1、万条迎春灯谜会活动时间:正月十二 18:00—21:00正月十三至十五 9:00—23:00活动地点:文化广场;活动内容:将10000条谜语\
分别悬挂在灯笼上,吸引市民广泛参与。
2、百人吃元宵活动活动时间:正月十五;活动地点:科技街;活动内容:现场煮吃元宵。
"""


def test_an_item_opening_with_an_order_word_and_its_lunar_field_days() -> None:
    got = _tasks(_ORDER_WORD)
    assert [(n, lead, resp) for n, lead, resp, _ in got] == [("二/一/1", [], []), ("二/一/2", [], [])]
    # 正月十五 of 2019 is 19 February (正月初一 on 5 February): the items are held in 2019-02
    assert [d for *_, d in got] == ["2019-02-19", "2019-02-19"]
    assert [t.value for t in parse_text(_ORDER_WORD).tasks[0].targets] == [10000.0]


def test_a_figure_with_its_order_word_stays_a_figure() -> None:
    # 「2万张」 after a stop is no item 2 (no 、 before the order word): the item's text
    text = _ORDER_WORD.replace("现场煮吃元宵。", "现场煮吃元宵。\n2万张门票免费发放。")
    assert [n for n, *_ in _tasks(text)] == ["二/一/1", "二/一/2"]


def test_lunar_field_days_without_the_plans_year_give_no_date() -> None:
    text = _ORDER_WORD.replace("2019年", "")
    assert [d for *_, d in _tasks(text)] == [None, None]


_BOAT = """某镇划船活动安全预案
一、各村要加强安全教育,确保安全。
二、所有上船人员是身体健康、会游泳{figure}者,小孩、老人不得上船,由所在村居领导把关,保证上船人员符合规定。
三、所有人员上船前,必须穿好救生衣,并由该船领队负责逐一检查救生衣后,方可下水。
四、{duty}
"""


def test_a_leader_who_checks_is_a_person_not_a_unit() -> None:
    got = _tasks(_BOAT.format(figure="200米以上", duty="各村要落实安全措施。"))
    # 「由所在村居领导把关」「由该船领队负责」: persons (round 30), no unit; 各村 落实: a kind, a doer
    assert [(n, resp) for n, _, resp, _ in got] == [("一", []), ("二", []), ("三", []), ("四", ["各村"])]


def test_a_band_closed_by_zhe_picks_out_persons() -> None:
    plan = parse_text(_BOAT.format(figure="200米以上", duty="各村要落实安全措施。"))
    assert plan.tasks[1].targets == []
    # 「…以上的」 is no band of persons: a figure the line reads (a condition or an aim, not this reader's)
    aimed = parse_text(_BOAT.format(figure="200米以上", duty="各村要组织训练,参训人员达到200人以上。"))
    assert [(t.value, t.unit) for t in aimed.tasks[3].targets] == [(200.0, "人")]


def test_a_system_of_daily_reports_is_a_daily_duty() -> None:
    plan = parse_text(_BOAT.format(figure="200米以上", duty="各村要认真执行全国端午节安全情况日报制度,确保安全。"))
    assert [(d.kind, d.every) for d in plan.duties] == [("other", "day")]
    # a newspaper's name 「人民日报」 and a monthly bulletin system are no daily report
    for duty in ("各村要组织学习人民日报社论。", "各村要建立月通报制度。"):
        assert [d.every for d in parse_text(_BOAT.format(figure="200米以上", duty=duty)).duties] != ["day"]


_LISTED = """某县迎春灯会实施方案
一、总体目标
营造节日喜庆氛围。
二、任务安排
(一){subject}均要认真组织参展。欢迎社会各界人士参加灯会的展出。
(二)县文旅局负责设计灯会背景和主题。
"""


def test_a_bare_department_in_a_list_of_kinds_is_the_general_call() -> None:
    # 「各乡镇、部门、企事业单位」: the bare 部门 names no body (Round 81 on x306_03), the kinds are split
    assert _tasks(_LISTED.format(subject="各乡镇、部门、企事业单位"))[0][2] == ["各乡镇", "企事业单位"]
    # a list with no bare word is read as before
    assert _tasks(_LISTED.format(subject="各乡镇、县直各单位"))[0][2] == ["各乡镇", "县直各单位"]


def test_a_request_for_a_list_of_names_is_an_undated_duty() -> None:
    plan = parse_text(_BOAT.format(figure="200米以上", duty="镇政府与各村签订安全责任书,并要求各村上报领队、安全员、"
                                                            "救生员名单。"))
    assert [(d.kind, d.due, d.every) for d in plan.duties] == [("other", None, None)]
    # a list the plan itself gives out (「下发…名单」) asks no sending
    plan = parse_text(_BOAT.format(figure="200米以上", duty="镇政府向各村下发救生员名单。"))
    assert plan.duties == []

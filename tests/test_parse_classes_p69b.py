"""Round 69 (p69b): page openings of festival notices and of 社区／村 work plans.

- A holiday's calendar among a notice's unnumbered paragraphs 「6月3日(星期六)至5日(星期一)放假调休,共3天。
  6月10日星期六上班。」: passed over, the paragraphs of work after it the notice's tasks — not a paragraph that gives
  nothing and is no calendar (a closing wish), which leaves the notice whole; 「做好…工作」 after a body gives work,
  「为做好…」 does not.
- The notice's last paragraph cut short by the page 「遇有突发情况,要及时报告并妥善处置,确保」: a task, its response
  the work — not a short cut line with no clause of work.
- 「放假前」「节假期间」 in an item dated by the holiday the notice prints 「6月3日…至5日…放假」 where the festival's
  month is not tabled (端午), in the year the notice's words print 「2019年端午节…」 — not where the year is masked
  「20__年」.
- Events held in a rhythm, counted in Chinese numerals 「每月组织…培训会一次」「参加一年两次体检」「(每周两次)」, and
  「搞一次…活动」: the item's number of work, as the digits read — not 「一年来共检查两次」 (a past tally), nor
  「一次性」, nor a rhythm's check closing on its count with no floor 「每季度组织联合检查一次」 (round 35's near miss).
- A top section headed by work 「五、综合治理…问题」 whose one line the page cut after its verb and a comma
  「大力开展“…”工作,」: a leaf — not a cut line that opens with no verb of work.
- A compilation's counted heading right over the piece's first paragraph 「某村…工作计划十篇 / 高度重视…如下。」, the
  piece printing no title: the heading less its count — not a blurb over the piece's own head line 「…方案1」.
- A piece header 「…工作计划2022 第1篇」: the name with its year as printed, less 第1篇.
- A piece's head line with its preface run in 「…方案范例引言:…」 under a site's file name: the head line, 范例 kept —
  not a line with no 引言: run in.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return [t.number for t in parse_text(text).tasks]


_NOTICE = """2019端午节放假安排通知

2019年端午节即将来临,结合我校实际,现将放假有关事项通知如下:

      6月7日(星期五)至9日(星期日,端午节)放假调休,共3天。6月10日星期一上课。

      放假前,各年级组对所属学生进行安全教育,尤其做好防溺水安全教育和管理工作,杜绝学生私自下河游泳。

      值班人员定时对校园安全情况进行全面巡查,发现问题及时处理;同时负责做好节假期间的校园安全工作。

      遇有突发情况,要及时报告并妥善处置,确保"""


def test_holiday_calendar_passed_over_and_cut_paragraph_kept() -> None:
    plan = parse_text(_NOTICE)
    assert [t.number for t in plan.tasks] == ["放假前", "值班人员定时对校园安全情况进行全面巡查", "遇有突发情况"]
    assert [t.deadline and t.deadline[:7] for t in plan.tasks] == ["2019-06", "2019-06", None]


def test_closing_wish_leaves_notice_whole() -> None:
    text = _NOTICE.replace("      6月7日(星期五)至9日(星期日,端午节)放假调休,共3天。6月10日星期一上课。",
                           "      端午节是我国的传统节日,祝全体师生节日愉快,身体健康,阖家幸福美满。")
    assert _numbers(text) == []


def test_masked_year_dates_no_holiday_period() -> None:
    text = _NOTICE.replace("2019年端午节即将来临", "20__年端午节即将来临")
    assert parse_text(text).tasks[1].deadline is None       # (节假期间: no year the notice's words print)


def test_rhythm_counts_in_words() -> None:
    text = ("某村宣传工作计划\n一、宣传\n1、每月组织组长、党员代表开展宣传培训会一次,增强宣传能力。\n"
            "2、组织育龄妇女参加一年两次健康检查。\n3、监测员做好定期监测(每周两次),发现险情及时报告。\n"
            "4、搞一次大型宣传活动,以关爱为主题。\n5、一年来共检查两次,发放资料一次性到位。\n")
    got = {t.number: [(x.value, x.unit) for x in t.targets] for t in parse_text(text).tasks}
    assert got["1"] == [(1.0, "次")] and got["2"] == [(2.0, "次")] and got["3"] == [(2.0, "次")]
    assert got["4"] == [(1.0, "次")]
    assert got["5"] == []
    assert _numbers("某村工作计划\n一、检查\n1、街道每季度组织联合检查一次。\n2、各村每周全面排查一次。\n")
    assert all(not t.targets for t in parse_text("某村工作计划\n一、检查\n1、街道每季度组织联合检查一次。\n"
                                                  "2、各村每周全面排查一次。\n").tasks)


def test_cut_line_under_work_heading() -> None:
    head = ("某村工作计划\n一、创新宣传方式\n1、利用广播大力宣传有关法律法规和政策。\n2、在村民集中居住地设立宣传栏。\n"
            "二、完善流动人口管理工作\n加强流动人口管理工作力度,随时掌握流动人口变动情况,做好详细登记。\n")
    assert "三" in _numbers(head + "三、综合治理出生人口问题\n大力开展“关爱女孩行动”工作,\n")
    assert "三" not in _numbers(head + "三、综合治理出生人口问题\n“关爱女孩行动”,\n")


def test_counted_heading_over_the_first_paragraph() -> None:
    body = ("高度重视环境卫生工作,年初制定工作方案,以全新的方式扎实开展工作,现将今年工作计划如下。\n"
            "一、加强宣传\n1、利用广播大力宣传卫生知识。\n2、在村民集中居住地设立宣传栏。\n")
    assert parse_text("某村环境卫生工作计划五篇\n" + body).title == "某村环境卫生工作计划"
    blurbed = ("某村环境卫生工作计划五篇\n环境卫生是村庄建设的重要内容,下面是小编整理的工作计划,供大家参考借鉴。\n"
               "某村环境卫生工作计划1\n" + body.split("\n", 1)[1])
    assert parse_text(blurbed).title == "某村环境卫生工作计划"


def test_piece_header_with_year() -> None:
    text = ("首页 > 范文 > 详情页\n某社区宣传工作计划2023(合集8篇)\n本文为大家分享相关范本模板,以供参考。\n"
            "某社区宣传工作计划2023 第1篇\n今年,我们继续深入学习宣传,全面推进社区工作。\n一、加强学习\n"
            "1、组织党员干部开展理论学习。\n")
    assert parse_text(text).title == "某社区宣传工作计划2023"


def test_prefaced_head_line() -> None:
    body = ("为了提升居民的安全意识,我们制定了本方案。\n一、加强宣传教育\n1.开展多种形式的宣传教育活动。\n"
            "2.成立社区宣传队伍,定期开展培训。\n")
    head = "[总结范本]全区创建平安社区活动实施方案\n- 格式:doc\n- 大小:20.00 KB\n"
    assert parse_text(head + "某社区创建平安示范社区方案范例引言:平安是社区建设的基础。\n" + body).title \
        == "某社区创建平安示范社区方案范例"
    assert parse_text(head + "平安是社区建设的基础。\n" + body).title != "某社区创建平安示范社区方案范例"

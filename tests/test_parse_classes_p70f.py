"""Round 70 (p70f): period headings of a year's items, a review's time section, a kind's bracketed size,
unprinted %-signs, and three title forms of a site's page.

- An item whose heading is a span of months of a year, alone on its line 「1、2024年1--3月:」「2、20**年4~6月」
  (the year masked or not, the range written 1--3 or 7~9): the item's heading, its activity lines its text — not
  a number that opens a line with a year and month and goes on in words 「1、2019年3月全市完成…」, nor 「1、2月」.
- A review's own time section 「一、考评时间」「二、考核时间」 over its month 「2025年3月」: the review's span,
  dating the items that print no date of their own, as 活动时间 does — not another time 「一、办公时间」.
- A kind's size in brackets right after its name, the list of kinds going on 「…凉亭、步道（宽度不超过3米）等附属
  设施」: a class, no target — not a size the work itself is held to 「新建步道（宽度不超过3米）。」.
- A rate or a coverage whose %-sign is not printed, joined to 达／达到 「培训覆盖面达到95以上」「教育面达100」: a
  target, unit "" — not a bare level with no comparison word 「调解率100」, nor a figure over 100.
- A site's submission link on its own line 「原创写作投稿」「我要投稿」: chrome, no title — not a line that goes on
  in words of its own 「原创写作投稿须知」.
- A body's rules 「…管理制度」 run on into a one-line page's preamble, a document shop's banner 「精选优质文档-倾情
  为你奉上」 before it: the title, the banner left out — not a name going on with 的 「…管理制度的落实」.
- A contingency plan's piece head with its first piece mark 「2023社区防汛应急预案 第1篇」: the title less its mark
  — not a later piece's 「第2篇」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import line_marker


def _plan(text: str):
    return parse_text(text)


_QUARTERS = """某社区年度志愿服务工作计划

为做好志愿服务工作，现将全年工作安排如下:

  1、20**年1--3月:

  组织志愿者开展一次环境清扫活动。

  走访慰问辖区困难家庭。

  2、20**年4~6月

  在社区内出宣传栏2期。

  组织一次义诊活动。

  3、2024年7-9月

  开展一次暑期安全讲座。
"""


def test_period_headings_are_items():
    tasks = _plan(_QUARTERS).tasks
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert (2.0, "期") in [(x.value, x.unit) for x in tasks[1].targets]


def test_period_heading_marker_and_its_near_miss():
    assert line_marker("1、20**年10~12月") is not None
    assert line_marker("2、2024年4--6月份:") is not None
    # a line that goes on in words after its year and month is a line of figures, no heading
    assert line_marker("1、2019年3月全市完成植树造林3万亩。") is None
    assert line_marker("1、2月") is None


_REVIEW = """某街道社区干部年度考评方案

一、考评时间
2025年3月
二、考评方式
1.综合考评:由街道考评小组从五个方面进行测评。
2.群众测评:召开群众测评会进行测评。
"""


def test_review_time_section_dates_its_items():
    tasks = _plan(_REVIEW).tasks
    assert tasks and all((t.deadline or "").startswith("2025-03") for t in tasks)


def test_other_time_section_dates_nothing():
    tasks = _plan(_REVIEW.replace("考评时间", "办公时间")).tasks
    assert tasks and all(t.deadline is None for t in tasks)


def _targets(sentence: str) -> list[tuple[float, str]]:
    plan = parse_text("某某工作方案\n一、主要任务\n（一）加强管理。" + sentence + "\n")
    return [(x.value, x.unit) for t in plan.tasks for x in t.targets]


def test_bracketed_size_in_a_list_of_kinds_is_a_class():
    assert (3.0, "米") not in _targets("对凉亭、步道（宽度不超过3米）等附属设施，按照原用途管理，加强管控。")


def test_bracketed_size_of_the_work_stays_a_target():
    assert (3.0, "米") in _targets("新建步道（宽度不超过3米）。")


def test_unprinted_percent_joined_to_its_word_is_a_target():
    got = _targets("每月召开一次专题会，村民培训覆盖面达到95以上，骨干教育面达100。")
    assert (95.0, "") in got and (100.0, "") in got


def test_bare_rate_level_is_no_target():
    got = _targets("开展纠纷排查，纠纷调解率100，处置面达到120。")
    assert (100.0, "") not in got and (120.0, "") not in got


_SUBMIT_LINK = """美文网

原创写作投稿

实用文体网
您当前的位置在:美文网 → 村庄保洁制度

村庄保洁制度

时间:2011-05-03 | 作者:佚名

某村庄保洁制度

1.村民要保持房前屋后整洁。

2.村委会每月组织一次卫生检查。
"""


def test_site_submission_link_is_no_title():
    assert _plan(_SUBMIT_LINK).title == "某村庄保洁制度"


def test_line_that_only_names_submission_stays_a_title_line():
    assert _plan(_SUBMIT_LINK.replace("原创写作投稿", "原创写作投稿须知")).title == "原创写作投稿须知"


_RUN_ON_RULES = ("精选优质文档-倾情为你奉上某乡村庄保洁管理制度 为改善村容村貌,特制定本制度。 "
                 "一、村民要保持房前屋后整洁。 二、村委会每月组织一次卫生检查,对不合格的农户进行通报。 "
                 "三、保洁员负责每日清扫主干道路,做到垃圾日产日清,保持路面干净整洁,不留卫生死角,"
                 "确保全村环境卫生整洁有序,群众满意度不断提高,为建设美丽乡村打下坚实基础。 "
                 "四、村民不得在道路两侧乱堆乱放柴草、粪土、建筑材料等杂物,不得向河道倾倒垃圾,"
                 "违者由村委会责令限期清理。 五、村委会每季度评选一次卫生示范户,对评选出的示范户给予表彰奖励。\n")


def test_run_on_rules_title_after_a_shop_banner():
    assert _plan(_RUN_ON_RULES).title == "某乡村庄保洁管理制度"


def test_run_on_rules_name_going_on_with_de_is_no_title():
    assert _plan(_RUN_ON_RULES.replace("管理制度 为改善", "管理制度的落实 为改善")).title != "某乡村庄保洁管理制度"


_PIECE = ("2023社区防汛应急预案第1篇为有效应对暴雨,特制订本预案。1、基本情况本社区位于\n2023社区防汛应急预案 第1篇\n"
          "为有效应对暴雨,特制订本预案。\n1、组织指挥\n1.1建立防汛指挥体系\n社区防汛指挥机构由书记任指挥。\n2、监测预警\n"
          "2.1落实专人负责监测。\n")


def test_contingency_plan_piece_head_with_first_piece_mark():
    assert _plan(_PIECE).title == "2023社区防汛应急预案"


def test_later_piece_mark_is_no_first_piece_head():
    assert _plan(_PIECE.replace("预案 第1篇", "预案 第2篇")).title != "2023社区防汛应急预案"

"""Round 68 (p68g): page openings from outside Shanghai — titles a site wraps or tags.

- A site's compilation count after a notice's name with its compilation word 「…活动通知汇编三篇」: the notice's name
  (as for a plan's 「…方案汇编5篇」) — not a name ending otherwise 「…活动汇编三篇」 (no document word before the
  count), nor a notice's name with no count.
- A compilation's heading with its bracketed count after an emergency plan's name 「…应急预案(热门12篇)」 over a
  blurb and the first piece 「…应急预案篇一」: the 预案's name, the count left out — not read where no count follows.
- A news page's headline announcing the text 「某县…管理规定发布」 over the text's own title 「某县…管理规定」 printed
  alone below it: the own title — not where the shorter title is printed nowhere (the headline stays).
- A fixed festival's short name with no 节 after 在／于 「在五一前对各村进行检查」「于国庆前完成」: dated by the
  festival's month in the plan's year (as 「在五一节前」, round 40) — not after it 「在五一后」, nor a day no
  festival is 「在考试前」.
- A numbered line cut by the page's end to one or two characters that print no verb of work, a lone character or
  各＋a fragment 「4、各文」「7.戏」 (section_kinds.cut_fragment): no task (Round 71 rulings, "Tasks and counts") —
  not a cut line that prints a verb 「3、加大」 (a task as far as printed), nor such a line that is not the text's end.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.titles import find_title

_NOTICES = """首页 > 范文 > 通知 > 镇团委青年节活动通知汇编三篇正文

镇团委青年节活动通知汇编三篇

镇团委青年节活动通知 篇1

各村团支部:

为纪念五四青年节，镇团委决定开展系列活动，现将有关事项通知如下:

一、举办青年志愿服务活动
"""


def test_notice_compilation_count_dropped() -> None:
    assert find_title(_NOTICES) == "镇团委青年节活动通知"


def test_compilation_count_needs_a_document_word() -> None:
    text = _NOTICES.replace("活动通知汇编三篇", "活动汇编三篇")
    assert find_title(text) != "镇团委青年节活动"


_PLANS = """社区防台风应急预案(热门12篇)

字号:

    以下是小编为大家整理的几篇范文，供大家参考。
    社区防台风应急预案篇一
    为做好台风防御工作，保障居民生命财产安全，结合本社区实际，制定本预案。
    一、组织机构
    组长:xxx。
"""


def test_emergency_plan_compilation_heading() -> None:
    assert find_title(_PLANS) == "社区防台风应急预案"


def test_emergency_plan_without_count_keeps_old_reading() -> None:
    text = _PLANS.replace("(热门12篇)", "")
    assert find_title(text) == find_title(text.replace("应急预案(热门12篇)", "应急预案"))


_NEWS = """某县生活网 发表于 2024-01-05 10:20:11

某县城区禁止燃放烟花爆竹管理规定发布

某县城区禁止燃放烟花爆竹管理规定

第一条为了加强烟花爆竹燃放管理，保障公共安全，结合本县实际，制定本规定。

第二条县公安局负责烟花爆竹燃放管理工作。
"""


def test_news_headline_gives_way_to_own_title() -> None:
    assert find_title(_NEWS) == "某县城区禁止燃放烟花爆竹管理规定"


def test_news_headline_kept_without_own_title() -> None:
    text = _NEWS.replace("\n某县城区禁止燃放烟花爆竹管理规定\n", "\n")
    assert find_title(text) == "某县城区禁止燃放烟花爆竹管理规定发布"


_HOLIDAY = """某镇2019年五一节期间安全生产工作方案

为确保节日期间全镇安全生产形势稳定，特制定本方案。

一、工作措施

1、镇安监站在五一前对各村、各企业进行安全生产检查，并将检查情况进行通报。

2、各村要组织人员开展巡查，消除安全隐患。
"""


def _deadlines(text: str) -> dict[str, str | None]:
    return {"/".join([*t.path, t.number]): t.deadline for t in parse_text(text).tasks}


def test_festival_short_name_eve_dates_the_item() -> None:
    assert (_deadlines(_HOLIDAY)["一/1"] or "")[:7] == "2019-05"


def test_festival_short_name_period_or_after_dates_nothing() -> None:
    for other in ("在五一后", "在考试前"):
        assert _deadlines(_HOLIDAY.replace("在五一前", other))["一/1"] is None


_CUT = """某镇2020年春节文艺活动方案

一、活动安排

1、春节前由文化站组织开展春联赠送活动。

2、初一在文化广场举行文艺演出。

二、活动要求

1、各村委会于1月15日前把节目名单上报镇文化站。

2、各参赛队按时到场参加比赛。

3、各文"""


def _titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


def test_cut_fragment_at_page_end_is_no_task() -> None:
    assert len(_titles(_CUT)) == 4
    assert len(_titles(_CUT.replace("3、各文", "3、戏"))) == 4


def test_cut_verb_at_page_end_stays_a_task() -> None:
    assert len(_titles(_CUT.replace("3、各文", "3、加大"))) == 5


def test_short_line_not_at_text_end_stays() -> None:
    text = _CUT.replace("3、各文", "3、各文\n\n三、其他要求\n\n各村要及时上报活动开展情况。")
    assert len(_titles(text)) == len(_titles(text.replace("3、各文", "3、各村做好安全保障")))

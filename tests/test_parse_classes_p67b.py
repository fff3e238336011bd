"""Round 67 (p67b): a cover's second issued document after the first's last article, and an article's body by rhythm.

- A cover issuing two texts 「关于印发《A》和《B》的通知」 where B's own title stands alone after A's last article and B
  numbers its lines 1 / 1.1 / 2 / 2.1: B begins there, its items standing on their own, not A's last article's
  sub-items — and A's last article keeps its own work, a task. Near miss: a cover issuing one text, a line after
  the last article that names no issued text, stays the article's.
- An article's paragraph below its label that opens with a placed body and the rhythm it works at
  「市X局定期开展…评估」「区X局每年开展…检查」: round 44's subject of a verb of doing, a doer. Near miss: a rhythm
  before a report sent up 「区X局定期向市X局报告…」 names none.
- A rating band right before the equipment it names 「对110千伏及以上输电线路走向进行调整」: the class of line, no
  target (round 31's rating; round 58's class inside a noun). Near miss: a band closing the clause 「接入电压等级
  应在35千伏及以上」 and a ceiling 「不超过35千伏」 stay targets.
- The start of the work after the last partner's name 「A会同B和C启动…研究」: C's name ends before 启动, a verb of
  doing (rule 2's 「A会同B＋verb」, round 34's 和 joining names). Near miss: a start-up zone 「…启动区管委会」 stays
  inside the name.
- A 温馨提示 addressed to the public 「广大村民朋友们:」 over numbered cautions and bans: no tasks (Round 80; Round 95
  on a 温馨提示 to residents). Near miss: a 通告 to villagers that sets its own stages, and a 提示 addressed to bodies
  「各村、各有关单位:」, keep their tasks.
- A 参加时间 section pairing each day with an activity 「10月23日上午9:00-11:00 参观…博物馆」: the item that names the
  activity (博物馆, 座谈会) is held that day (Round 95: an activity's time section dates the activities it names).
  Near miss: the 活动要求 items that name none of them stay undated.
- A document shop's banner run in before the title 「精选优质文档-倾情为你奉上 2018年…工作方案 各乡镇…:」: chrome, no
  part of the title. Near miss: a title with no banner keeps its words.
- A compilation's piece head naming an activity notice with its counter 「关于五一活动通知【一】」 under the site's
  headline: the piece's name is the title (Round 83 on x314_06). Near miss: a notice's own title line with
  no piece counter stays the title as printed.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.figure_targets import sentence_targets


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_PAIR = """关于印发《某市绿地养护管理规程》和《某市绿地养护事项清单（2024版）》的通知

各区绿化局:

我局制定了《某市绿地养护管理规程》和《某市绿地养护事项清单（2024版）》。现印发给你们，请认真执行。

某市绿化局

2024年5月6日

某市绿地养护管理规程

第一条（目的）

为了规范绿地养护，制定本规程。

第二条（职责分工）

区绿化局负责本区绿地养护的具体实施。

第三条（监督检查）

市绿化局组织开展绿地养护考核评价，建立养护质量抽查制度。

某市绿地养护事项清单（2024版）

1  禁止类

下列情形不得纳入养护事项：

1.1  涉及古树名木迁移的。

1.2  涉及公园改建的。

2  可办类

2.1  草坪修剪

草坪修剪高度一般不超过8厘米，特殊情况经论证后可以适当放宽。

2.2  树木修剪

行道树修剪应当保持树冠完整，修剪量一般不超过树冠的30%。
"""


def test_second_issued_text_after_last_article_stands_apart():
    tasks = _tasks(_PAIR)
    assert tasks["3"] == ["市绿化局"]               # the last article a task of its own
    assert "1/1.1" in tasks and not any(k.startswith("3/") for k in tasks)
    assert any(k.endswith("2.1") and not k.startswith("3") for k in tasks)


def test_line_naming_no_issued_text_stays_the_article():
    one = _PAIR.replace("》和《某市绿地养护事项清单（2024版）》", "》").replace(
        "某市绿地养护事项清单（2024版）\n", "某市绿地养护另行说明\n")
    tasks = _tasks(one)
    assert any(k.startswith("3/") for k in tasks)   # (no text the cover issues: 1 / 2 stay under the article)


_RHYTHM = """某市公园管理办法

第一条（目的）

为了加强公园管理，制定本办法。

第二条（职责）

市绿化局负责全市公园的指导工作。

第三条（监督检查）

{line}
"""


def test_article_body_opening_with_rhythm_names_its_subject():
    for line in ("市绿化局定期开展公园管理总结评估，建立日常巡查制度。", "区绿化局每年开展公园设施安全检查。"):
        tasks = _tasks(_RHYTHM.format(line=line))
        assert tasks["3"] == [line[:4]], line


def test_rhythm_before_a_report_names_none():
    tasks = _tasks(_RHYTHM.format(line="区绿化局定期向市绿化局报告公园管理情况。"))
    assert tasks.get("3", []) == []


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in sentence_targets(sentence, None)]


def test_rating_band_before_equipment_is_a_class():
    assert (110.0, "千伏") not in _figures("对110千伏及以上输电线路走向进行局部调整，偏移一般不超过20米。")
    assert (10.0, "千伏") not in _figures("10千伏及以下配电设施应当同步迁改。")


def test_rating_band_closing_the_clause_stays_a_target():
    assert (35.0, "千伏") in _figures("新建电站接入电压等级应在35千伏及以上。")
    assert (35.0, "千伏") in _figures("分布式电源接入电压等级不超过35千伏。")


_POINT = "某市某工作方案\n\n一、主要任务\n\n1.加强管控。{line}\n\n2.做好衔接。区财政局负责资金保障。\n"


def _first_units(line: str) -> list[str]:
    return _tasks(_POINT.format(line=line))["一/1"]


def test_partner_name_ends_before_start_of_work():
    assert _first_units("市规划局会同相关市级部门和区政府启动规划研究等工作。") == [
        "市规划局", "相关市级部门", "区政府"]
    assert "区政府" in _first_units("市规划局会同区政府启动规划研究。")


def test_start_up_zone_stays_in_the_name():
    assert _first_units("由临港启动区管委会负责规划研究。") == ["临港启动区管委会"]


_REMINDER = """关于端午节期间安全出行的温馨提示
{addressee}
为确保端午节期间安全，现温馨提示如下:
一、注意交通安全
(一)文明出行:请自觉遵守交通规则，不酒后驾车。
(二)防范溺水:家长需加强对未成年人的看护，严禁到水库游泳。
二、注意用火安全
(一)严禁野外用火:节日期间严禁在林区焚烧垃圾。
某镇人民政府
2024年6月1日
"""


def test_reminder_to_the_public_has_no_tasks():
    assert parse_text(_REMINDER.format(addressee="广大村民朋友们:")).tasks == []


def test_reminder_to_bodies_keeps_its_tasks():
    assert parse_text(_REMINDER.format(addressee="各村、各有关单位:")).tasks
    notice = _REMINDER.replace("关于端午节期间安全出行的温馨提示", "关于开展集镇环境整治的通告")
    assert parse_text(notice.format(addressee="广大村民朋友们:")).tasks


_TIMED = """某单位2021年重阳节主题活动方案

为弘扬尊老敬老传统美德，现将有关事项通知如下:

一、活动内容

(一)参观学习  组织离退休干部参观县博物馆，感受家乡发展变化。

(二)召开座谈会  组织一次离退休干部座谈会，听取意见建议。

二、参加时间

10月14日上午9:00-11:00   参观县博物馆

10月15日下午3:00-5:00  召开座谈会

三、活动要求

1.高度重视。要精心组织，确保活动安全有序。

2.加强宣传。要及时在网站上发布活动开展情况。
"""


def test_time_section_dates_the_activities_it_names():
    days = {"/".join([*t.path, t.number]): t.deadline for t in parse_text(_TIMED).tasks}
    assert days["一/一"] == "2021-10-14"
    assert days["一/二"] == "2021-10-15"


def test_items_naming_no_timed_activity_stay_undated():
    days = {"/".join([*t.path, t.number]): t.deadline for t in parse_text(_TIMED).tasks}
    assert days["三/1"] is None and days["三/2"] is None


def test_shop_banner_before_title_is_dropped():
    text = "精选优质文档-倾情为你奉上 2019年春节期间消防安全工作方案 各村、各有关单位: 为做好消防工作,现通知如下: " \
           "一、加强领导,落实责任 各村要认真组织开展消防检查。"
    assert parse_text(text).title == "2019年春节期间消防安全工作方案"


def test_title_without_banner_keeps_its_words():
    text = "优质服务2019年春节期间消防安全工作方案\n\n一、加强领导\n\n各村要认真组织开展消防检查。\n"
    assert parse_text(text).title.startswith("优质服务")


_PIECES = """最新五一活动通知范文

2021-05-07 某某范文网

{head}

各基层工会:

为丰富职工业余文化生活，经研究，决定开展五一系列活动，现将有关事项通知如下:

一、活动时间

2021年4月28日至5月5日

二、活动内容

(一)组织职工趣味运动会。各基层工会要组织职工积极参加。
"""


def test_piece_head_of_an_activity_notice_names_the_title():
    assert parse_text(_PIECES.format(head="关于五一活动通知【一】")).title == "关于五一活动通知"


def test_notice_title_without_counter_stays():
    assert parse_text(_PIECES.format(head="关于开展五一系列活动的通知")).title == "关于开展五一系列活动的通知"

"""Round 70 (p70e): festival-season plans and notices — a masked year a lunar gloss fills, persons named by their
post, a 范文 page's two notices, a service day's list, the things an item makes, an item's own time field.

- A masked year before a solar day glossed with its lunar day 「20xx年2月5日(正月十五)晚7:00」 under 活动时间: the one
  year whose 正月十五 falls on that day fills the mask, and the span dates the items (Round 77's x300_07; "Round 102
  rulings, written early" on x366_01) — not a masked day with no gloss 「20xx年3月12日上午」, which stays undated.
- A person named by a post 「副局长张明具体负责…」 is no unit, nor a person who 协调 a body 「副局长李华协调图书馆…」
  (round 30) — a body named after a post's word 「局长办公室具体负责…」 stays a unit.
- A 范文 page's two notices, each under its head 「…的通知范文一」「…的通知范文二」: both read in order (文件1 / 文件2),
  the first notice's sentence points kept as tasks beside the second's deeper numbering, and the title the first
  head less its mark 范文一 (Round 102 on x366_04) — a second piece of field points 「一、会标」「二、时间地点」 stays
  read as before.
- A service day's services numbered after its 内容 label, each over an empty 负责人 field: the block one task of
  fields (round 70's x288_03; Round 102 on x366_03) — lines that give work with a person named stay items.
- The things an item makes or shows, counted right after the verb 「放映一部电影」「做一件好事」「制作一张贺卡」
  「写一句祝福语」: its numbers of work, 一 as any number (Round 102 on x366_05 四/4, x366_07) — not
  「一件事一次办」 nor 「两部门」; and a meeting 「举办一次国防报告会」 is events held, no reporting duty —
  「每月报送信息1篇」 stays one.
- An item's own run-in time field 「…参与班级:全校学生 活动时间:4月20日班会进行」: the day it is held, over the
  activity's span (round 43; round 37) — an item with no field keeps the span's end, a field span its last day.
"""

from __future__ import annotations

from desktop.core.model import Target
from desktop.core.parse import parse_text
from desktop.core.parse.lunar_days import unmask_glossed
from desktop.core.parse.target_filters import is_reporting_duty
from desktop.core.parse.targets import find_targets
from desktop.core.parse.unit_shapes import looks_like_unit


def _tasks(text: str) -> dict[str, tuple[list[str], str | None]]:
    return {"/".join([*t.path, t.number]): ([*t.lead_units, *t.responsible_units], t.deadline)
            for t in parse_text(text).tasks}


_LANTERN = """某镇元宵节游园活动方案

一、活动时间

{day}

二、活动内容

1、文化站负责布置游园现场。

2、派出所负责维护现场秩序。
"""


def test_masked_year_filled_by_lunar_gloss():
    got = _tasks(_LANTERN.format(day="20xx年2月5日(正月十五)晚7:00"))
    assert got["二/1"] == (["文化站"], "2023-02-05")
    assert got["二/2"][1] == "2023-02-05"
    assert unmask_glossed("20xx年2月5日(正月十五)") == "2023年2月5日(正月十五)"


def test_masked_year_without_gloss_stays_undated():
    got = _tasks(_LANTERN.format(day="20xx年3月12日上午"))
    assert got["二/1"] == (["文化站"], None)
    # (a gloss two years of the table fit, 2013 and 2024, fixes none)
    assert unmask_glossed("20xx年2月24日(正月十五)") == "20xx年2月24日(正月十五)"


_DUTIES = """某县文化节活动方案

一、活动内容

二、工作职责

1、副局长张明具体负责组织全体人员做好现场布置工作。

2、副局长李华协调图书馆具体负责做好整个活动的细节工作。

3、局长办公室具体负责做好活动的后勤保障工作。
"""


def test_person_by_post_is_no_unit():
    got = _tasks(_DUTIES)
    assert got["二/1"][0] == []
    assert "副局长李华协调图书馆" not in got["二/2"][0]
    assert not looks_like_unit("副局长张明")
    assert not looks_like_unit("副局长李华协调图书馆")


def test_body_after_post_word_stays_unit():
    assert _tasks(_DUTIES)["二/3"][0] == ["局长办公室"]
    assert looks_like_unit("局长办公室") and looks_like_unit("图书馆")


_TWO_NOTICES = """中学关于国庆节放假的通知范文精选

2022年中学关于国庆节放假的通知范文一

各年级组:

现将国庆节放假有关事宜通知如下:

一、国庆节放假安排

10月1日至7日放假,共7天。

二、节假日期间,各年级组务必要安排好值班工作,并提前将值班人员名单报学校办公室。

三、各年级组要按照有关要求做好节日期间的安全教育工作,确保师生平安度过假期。

2022年中学关于国庆节放假的通知范文二

各处室:

现将放假有关事宜通知如下:

一、放假时间

1、10月1日至10月7日放假。

2、10月8日正常上课。

二、具体事项

(一)做好学生留校登记。9月28日前,各班主任将留校生名单交到学生处。
"""


def test_two_notices_of_a_model_page_both_read():
    plan = parse_text(_TWO_NOTICES)
    keys = ["/".join([*t.path, t.number]) for t in plan.tasks]
    assert "文件1/二" in keys and "文件1/三" in keys and "文件2/二/一" in keys
    assert plan.title == "2022年中学关于国庆节放假的通知"


_PROGRAMME_PIECE = """二、节目策划

1、开展一次演讲活动。以歌颂党为主题,由各村推选选手参加。

2、开展一次文艺汇演。以歌颂党为主题,由各村组织节目。

【二】2020年某镇七一表彰方案

今年是建党99周年,我镇将召开表彰大会。

一、会标

某镇纪念建党99周年表彰大会

二、时间地点

6月30日下午2:30在镇会议室召开。

三、参加会议人员

全镇全体干部
"""


def test_second_piece_of_field_points_keeps_old_reading():
    keys = ["/".join([*t.path, t.number]) for t in parse_text(_PROGRAMME_PIECE).tasks]
    assert "文件2/一" not in keys and "文件2/二" not in keys
    assert "文件1/二/1" in keys


_SERVICE_DAY = """某社区七一活动方案

一、活动安排

(一)集中服务

“七一”当天,组织党员开展为民服务日活动。

服务时间:上午9:00—11:30

服务内容:1、健康咨询

负责人:

2、义务理发

负责人:

3、走访困难家庭

负责人:

(二)系列活动

1.开展党史学习活动。通过专题讲座等形式,加深党员对党史的了解。

负责人:王明

2.召开纪念座谈会。邀请老党员畅谈体会。
"""


def test_service_day_list_is_one_task():
    keys = list(_tasks(_SERVICE_DAY))
    assert "一/一" in keys
    assert not any(k.startswith("一/一/") for k in keys)


def test_work_lines_with_a_person_stay_items():
    keys = list(_tasks(_SERVICE_DAY))
    assert "一/二/1" in keys and "一/二/2" in keys


def _targets(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(sentence, 2020, relaxed=True)]


def test_things_made_counted():
    assert _targets("一是放映一部电影。") == [(1.0, "部")]
    assert _targets("为老人做一件好事、制作一张贺卡、写一句祝福语。") == [(1.0, "件"), (1.0, "张"), (1.0, "句")]
    assert _targets("举办一次国防报告会。") == [(1.0, "次")]


def test_no_count_without_a_making_verb():
    assert _targets("推进“一件事一次办”改革。") == []
    assert _targets("两部门联合开展检查。") == []
    duty = Target(text="每月报送信息1篇", value=1.0, unit="篇", comparator=None, subject="")
    assert is_reporting_duty(duty)
    meeting = Target(text="举办一次国防报告会", value=1.0, unit="次", comparator=None, subject="")
    assert not is_reporting_duty(meeting)


_FIELDS = """某小学读书节活动的通知

一、活动时间

2021年4月19日至4月23日。

二、活动内容

(一)“好书推荐”主题班会 参与班级:全校学生 活动时间:4月20日班会进行

(二)“读书小报”评比 参与班级:三四年级

(三)“诵读经典”展示 参与班级:五六年级 活动时间:4月19日--4月21日
"""


def test_item_time_field_day():
    assert _tasks(_FIELDS)["二/一"][1] == "2021-04-20"


def test_item_without_field_keeps_span():
    got = _tasks(_FIELDS)
    assert got["二/二"][1] == "2021-04-23"
    assert got["二/三"][1] == "2021-04-21"

"""Round 71 (p71c): festival-season notices and plans (plans-next372).

- A meeting's points run into its paragraph after a comma that announces them 「会议要求,一要落实…。…二要做好…」:
  the comma does the colon's work, so 一要, 二要 are its points (ordinal_run_ins) — not a comma after words that
  announce nothing 「会上大家认为,一要…」, which stay as written.
- A point's heading with its first item run into it, the item opening with a series of numbers and their noun
  「一、2023年4月4日(星期二)1、201、301、401班到…」: the item split off (heading_markers) — not decimals
  「1、2.5、3.5班」.
- A heading that is only the day its items are held on 「二、2023年4月6日(星期四)」 over 1、 2、: the items' deadline
  (task_dates) — not a heading that says more 「二、2023年4月6日前完成参观」.
- An activity's 「1.活动内容:…」 beside 「2.活动要求:…」 alone (no time, place or host): items of their own
  (field_blocks) — not 活动内容 beside 活动时间, one activity's fields.
- A title printed in two cells joined by 「|」, each the whole title: the title once (site_titles) — not two different
  titles so joined.
- A visit's running order 「三、活动过程:⏎1、校领导讲话。(…)⏎2、合唱比赛。…」: one task (field_blocks) — not lines that
  give a body work 「2、各班负责组织…」.
- The show each class gets ready 「每个班级准备一个节目」: 1 个 (worded_targets) — not 「各班准备一个节目」 (an
  article).
- A lunar first-month day the work is done on 「正月十五当天,…实施卫生检疫」 under the notice's year: that solar day
  (lunar_days) — not 「正月十五夜」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.site_titles import doubled


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _deadlines(text: str) -> dict[str, str | None]:
    return {"/".join([*t.path, t.number]): t.deadline for t in parse_text(text).tasks}


def _targets(text: str) -> dict[str, list[tuple[float, str]]]:
    return {"/".join([*t.path, t.number]): [(g.value, g.unit) for g in t.targets] for t in parse_text(text).tasks}


_MEETING = """某镇召开汛期安全工作会议
7月2日,某镇召开汛期安全工作会议,各村、镇水利站负责人参加会议。
会议指出,汛期将至,防汛任务繁重。
会议要求,一要落实防汛责任。各村要加强河道巡查,及时排除险情;镇水利站要对水库、堤坝进行检查,严防事故发生。二要做好物资储备。要备足沙袋、救生衣等物资,确保险情发生时及时调用。
"""


def test_meeting_points_after_announcing_comma() -> None:
    assert _numbers(_MEETING) == ["一", "二"]


def test_comma_after_words_announcing_nothing_stays() -> None:
    assert _numbers(_MEETING.replace("会议要求,一要", "会上大家认为,一要")) == []


_VISIT = """某小学扫墓活动通知
各班级:
现就开展清明扫墓活动作如下安排:
一、2023年4月4日(星期二)1、201、301、401班到烈士陵园开展祭扫活动,主持人:王老师。
2、学校行政人员分片参加活动,并协助做好学生安全工作。
二、2023年4月6日(星期四)
1、上午组织五年级学生到纪念馆参观,请各班做好学生的组织工作。
2、各班主任老师参加活动并负责本班学生安全。
某小学
2023年3月28日
"""


def test_first_item_opening_with_numbered_classes_split_off() -> None:
    assert _numbers(_VISIT)[:2] == ["一/1", "一/2"]


def test_first_item_opening_with_decimals_stays() -> None:
    assert "一/1" not in _numbers(_VISIT.replace("1、201、301、401班", "1、2.5、3.5班"))


def test_day_heading_dates_its_items() -> None:
    got = _deadlines(_VISIT)
    assert (got["一/1"], got["一/2"], got["二/1"], got["二/2"]) == ("2023-04-04",) * 2 + ("2023-04-06",) * 2


def test_heading_saying_more_than_a_day_stays() -> None:
    got = _deadlines(_VISIT.replace("二、2023年4月6日(星期四)", "二、2023年4月6日前完成参观"))
    assert got["二/1"] is None and got["二/2"] is None


_PLAN = """学校“爱我中华”主题教育活动方案|学校“爱我中华”主题教育活动方案
为深入开展爱国主义教育,决定在国庆期间组织全校学生开展主题教育活动。具体方案如下:
一、活动主题
以庆祝国庆为契机,深入开展爱国主义教育。
二、活动安排
(一)“我爱祖国”征文活动。
1.活动内容:
初中部开展“我爱祖国”征文活动,围绕“祖国在我心中”等主题撰写征文,作品中必须体现爱国情感。
2.活动要求:各班利用主题班会课进行活动,并选出优秀作品于10月9日交教务处进行展评。
(二)“红歌嘹亮”合唱活动。
1.活动内容:
高中部各班开展红歌合唱比赛,每个班级排练一个合唱节目。
2.活动时间:10月10日下午。
三、活动过程:
1、校领导讲话。(张校长)
2、合唱比赛。
3、颁奖。
4、合影留念。
"""


def test_content_and_requirements_alone_are_items() -> None:
    numbers = _numbers(_PLAN)
    assert "二/一/1" in numbers and "二/一/2" in numbers


def test_content_beside_time_stays_one_activity() -> None:
    numbers = _numbers(_PLAN)
    assert "二/二" in numbers and "二/二/1" not in numbers


def test_title_in_two_cells_read_once() -> None:
    assert parse_text(_PLAN).title == "学校“爱我中华”主题教育活动方案"
    assert doubled("学校主题教育活动方案|学校主题教育活动方案") == "学校主题教育活动方案"


def test_two_titles_joined_by_bar_stay() -> None:
    assert doubled("学校主题教育活动方案|学校文明创建工作方案") == "学校主题教育活动方案|学校文明创建工作方案"


def test_visit_running_order_one_task() -> None:
    numbers = _numbers(_PLAN)
    assert "三" in numbers and not any(n.startswith("三/") for n in numbers)


_READY = """学校合唱活动方案
一、活动准备:
1、每个班级准备一个节目。
2、各班准备一个节目。
二、活动过程:
1、校领导讲话。(张校长)
2、各班负责组织学生有序入场。
3、合唱比赛。
4、合影留念。
"""


def test_running_order_giving_work_stays_items() -> None:
    assert [n for n in _numbers(_READY) if n.startswith("二")] == ["二/1", "二/2", "二/3", "二/4"]


def test_show_each_class_readies_counts_one() -> None:
    got = _targets(_READY)
    assert got["一/1"] == [(1.0, "个")]
    assert got["一/2"] == []


_LANTERN = """关于2022年元宵节期间疫情防控工作的通知
各村、各单位:
为做好元宵节期间疫情防控工作,现将有关事项通知如下:
一、取消元宵节期间大型聚集性活动,相关节庆活动全部暂停举办。
二、全面加强卫生检疫,正月十五当天,全镇主要路口全部实施卫生检疫,出入车辆、人员必须配合检测体温。
某镇疫情防控办
2022年2月8日
"""


def test_lunar_day_the_work_is_done_on() -> None:
    assert _deadlines(_LANTERN)["二"] == "2022-02-15"


def test_lunar_night_with_no_day_word_stays() -> None:
    assert _deadlines(_LANTERN.replace("正月十五当天", "正月十五夜"))["二"] is None

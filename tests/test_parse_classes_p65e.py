"""Round 65 (p65e): festival and holiday pages — the notices and activity plans a clerk pastes from web pages.

- A holiday notice's own 「放假期间」「在放假前」「放假前后」 in an item, with no date of its own: dated by the festival
  the notice prints (its title or lead-in), as 「节日期间」 is (Round 91 on a 清明 notice; Round 89's holiday
  period); the festivals an item names itself 「在中秋节、国庆节放假前后」 take the later's month. Not a school
  term's 暑假／寒假.
- 「一、放假时间1.9月19日至…放假。…。2.各单位…。3.…」 run together on one line: the first item's number glued to the
  heading before a month's day, the items after it each after a stop — each split off (Round 91: items after a
  holiday-dates item).
- Titles taken from page furniture: a compilation's counted heading 「…通知范文6篇」 over a bare piece mark 「(篇一)」
  is the title less its count (an advert line above it no title); an essay site's blurb naming the heading with the
  site's years 「2024年度…方案策划(社区)(2024年)」 over the heading; a document site's file name over a preview that
  writes the notice's own title twice.
- 「手机必须24小时开机」: a round-the-clock reach, a duty rota's norm, no target.
- A theme point 「一、活动主题」 whose text tells a body to carry something out 「各网格要…贯彻落实…」 is work; an
  organisation point whose office 「承办…具体事宜」 is charged is a task naming none.
- Units: 「A将于“十一”前夕组织志愿者开展…」 (a named day's eve before the verb) and 「A组织老党员围绕X,Y,Z等进行座谈」
  (the topic's list over commas) name A.
- An activity's 「活动线路:…」 is a field like its place: the point over its field lines is the leaf.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _by_key(text: str) -> dict[str, object]:
    return {"/".join([*t.path, t.number]): t for t in parse_text(text).tasks}


_HOLIDAY = """各乡镇中心学校、县直各学校:
根据上级关于端午节放假的有关规定,现将我县学校2019年清明节放假的具体事项通知如下:
1、各校要在放假前组织一次安全隐患排查,及时消除隐患。
2、放假期间,各校要严格执行领导带班制度,值班人员手机必须24小时开机。
3、暑假放假前,各校要做好学生安全教育工作。
4、各校要在中秋节、国庆节放假前后组织开展校园安全检查。
5、各校要组织教师参加不少于40小时的业务培训。
县教育局
2019年3月28日
"""


def test_holiday_words_dated_by_the_notices_festival() -> None:
    tasks = _by_key(_HOLIDAY)
    assert tasks["1"].deadline == "2019-04-30"      # 在放假前: 清明 2019
    assert tasks["2"].deadline == "2019-04-30"      # 放假期间
    assert tasks["3"].deadline is None               # 暑假放假前: a school term, no festival
    assert tasks["4"].deadline == "2019-10-31"      # the item's own 中秋节、国庆节 放假前后: the later


def test_round_the_clock_phone_is_no_target() -> None:
    tasks = _by_key(_HOLIDAY)
    assert [(g.value, g.unit) for g in tasks["2"].targets] == []
    assert (40.0, "小时") in [(g.value, g.unit) for g in tasks["5"].targets]     # a floor stays a target


_RUN_TOGETHER = """某县文化局2020年春节放假通知
各科室、局属各单位:
现将2020年春节放假的有关事项通知如下:
一、放假时间1.1月24日至1月30日放假调休,共7天。1月19日(星期日)上班。2.各单位原则上应按照以上时间放假。3.各单位应及时将值班安排表报局办公室。4.放假期间,各单位不得组织职工外出旅游。二、加强值班,落实责任各单位要严格执行值班制度,做好节日期间的安全保卫工作。三、开展检查,整改隐患各单位要在春节放假前后对办公场所进行一次安全检查,做到不留死角,及时整改发现的各类隐患。
"""


def test_items_run_on_after_a_dates_item_are_split() -> None:
    tasks = _by_key(_RUN_TOGETHER)
    assert [k for k in tasks if k.startswith("一/")] == ["一/1", "一/2", "一/3", "一/4"]
    assert tasks["一/2"].title.startswith("各单位原则上应按照以上时间放假")
    assert tasks["一/4"].deadline == "2020-01-31"   # 放假期间: 春节 2020
    assert tasks["三"].deadline == "2020-01-31"     # 春节放假前后


def test_heading_with_one_item_run_in_is_not_split() -> None:
    text = _RUN_TOGETHER.replace("2.各单位原则上", "各单位原则上").replace("3.各单位应及时", "各单位应及时") \
        .replace("4.放假期间", "放假期间")
    assert not [k for k in _by_key(text) if k.startswith("一/")]


_COMPILATION = """写材料就用这个神器! 马上体验


春节期间安全生产工作通知范文6篇

(篇一)

各村(居)委会、镇直各单位:

春节将至,为切实做好我镇春节期间的安全生产工作,现就有关事项通知如下:

一、加强领导,落实责任

各村(居)要高度重视,加强领导,认真组织开展安全隐患排查。

二、加强宣传,营造氛围

各村(居)要利用广播、标语等形式开展宣传,印发宣传资料5000份。
"""


def test_counted_heading_over_a_bare_piece_mark() -> None:
    assert parse_text(_COMPILATION).title == "春节期间安全生产工作通知范文"
    # (a piece that prints a title of its own under the mark keeps it)
    own = _COMPILATION.replace("(篇一)\n", "(篇一)\n\n某镇春节期间安全生产工作通知\n")
    assert parse_text(own).title != "春节期间安全生产工作通知范文"


_BLURBED = """下面是小编为大家整理的2024年度国庆节主题活动方案策划(社区)(2024年),供大家参考。
国庆节主题活动方案策划(社区)
为庆祝中华人民共和国成立周年,丰富社区居民文化生活,现将有关活动方案通知如下:
一、活动主题
今年活动的主题是:“喜迎国庆、共建家园”。各网格要通过开展形式多样的活动,认真贯彻落实《居民公约》,营造和谐的社区氛围。
二、组织领导
为了使活动有序开展,成立社区国庆活动领导组,社区书记任组长,副主任任副组长,各网格长为成员,领导组下设办公室,办公室设在社区党群服务中心,承办日常活动开展的具体事宜。
三、活动内容
1、文艺汇演
以庆祝国庆为主题开展文艺汇演,丰富居民文化生活。
2、召开一次老党员座谈会
社区党支部组织老党员围绕社区发展,邻里关系,环境整治等进行座谈,听取意见建议。
3、开展慰问活动
社区居委会将于“十一”前夕组织志愿者开展一次走访慰问活动。
"""


def test_blurb_with_the_sites_years_over_the_heading() -> None:
    assert parse_text(_BLURBED).title == "国庆节主题活动方案策划(社区)"


def test_theme_and_office_points_that_give_work() -> None:
    tasks = _by_key(_BLURBED)
    assert "一" in tasks and "二" in tasks
    assert tasks["二"].lead_units == [] and tasks["二"].responsible_units == []
    # (a theme point that only states the theme stays a section)
    only_theme = _BLURBED.replace("各网格要通过开展形式多样的活动,认真贯彻落实《居民公约》,营造和谐的社区氛围。",
                                  "通过开展形式多样的活动,营造和谐的社区氛围。")
    assert "一" not in _by_key(only_theme)
    # (a group set up and filled with persons, its office given no work, stays a section)
    roster = _BLURBED.replace(",承办日常活动开展的具体事宜", "")
    assert "二" not in _by_key(roster)


def test_doers_by_a_days_eve_and_a_topic_list() -> None:
    tasks = _by_key(_BLURBED)
    assert tasks["三/2"].responsible_units == ["社区党支部"]
    assert tasks["三/3"].responsible_units == ["社区居委会"]


_PREVIEW = """卫生局2022年端午节放假通知.docx
《卫生局2022年端午节放假通知.docx》由会员分享,可在线阅读,更多相关《卫生局2022年端午节放假通知.docx(2页珍藏版)》请在三一文库上搜索。
1、卫生局2022年端午节、劳动节放假通知卫生局2022年端午节、劳动节放假通知各医院、局机关各科室:根据上级有关通知精神,现将有关事项通知如下:一、放假时间1.6月3日至6月5日放假,共3天。2.各单位原则上应按照以上时间放假。3.各单位应及时将值班安排报局办公室。二、加强领导,落实责任节日期间,各单位要高度重视,落实节日期间的安全责任。
"""


def test_notice_title_written_twice_in_a_preview() -> None:
    assert parse_text(_PREVIEW).title == "卫生局2022年端午节、劳动节放假通知"


_ROUTE = """为庆祝国际劳动节,丰富职工文化生活,某区总工会计划在五一期间举办系列文体活动。
一、活动内容
(一)职工健身徒步活动
1、主办单位:某区总工会
某区体育局
协办单位:各街道工会
2、活动时间:5月2日
3、活动线路:滨江公园至市民广场
(二)职工书画展
1、主办单位:某区总工会
2、展出地点:区文化馆
3、活动时间:5月1日至5月5日
"""


def test_route_field_leaves_the_point_the_leaf() -> None:
    tasks = _by_key(_ROUTE)
    assert sorted(tasks) == ["一/一", "一/二"]
    walk = next(t for t in tasks.values() if t.title.startswith("职工健身徒步活动"))
    assert walk.lead_units == ["某区总工会", "某区体育局"] and walk.responsible_units == ["各街道工会"]

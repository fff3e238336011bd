"""Round 55 (p55d): figures read as classes, and a title under a page's keyword chrome — CONVENTIONS.md "Round 66
rulings" (Targets) and the plans-next275 baseline.

1. A money band inside a noun naming the projects, works, contracts or a procurement the rule picks 「施工金额在10万元
   (含)以上50万元以下的项目，由…」「单项合同估算价30万元(含)以上不足100万元的项目」「工程投资额30万元及以上至100万元
   以下建设工程」「工程费用30万元（含本数）以上，100万元（不含本数）以下的小型建设工程项目」 is a class, whatever step
   follows (procurement, review, supervision): no target. Not a band in a 的-clause of its own with no noun
   「施工金额400万元以下的，须采取…」 or a figure a clause states 「…资金超过50万的，由…」 (triggers, targets), a noun
   inside a noun-less 的 condition 「对超过400万元的工程采购项目中适宜由中小企业提供的，…」 (a trigger), nor what a sum
   pays 「给予100元以下的现金」 or a case 「…50万元以下的纠纷案件」 (no works named), nor a plan's own bar 「投资不低于
   5000万元」.
   So is a range with no band word 「100万元（含）至400万元（不含）的小型建设工程项目」 and a bound written ≧ inside the
   noun's aside; a firm named by a guarantee band 「单户担保金额500万元及以下的小微企业」 too (Round 66 names firms).
2. A long comma-run line above a page's breadcrumb (a run of keywords in its header) is the page's, not the text's
   first sentence: the headline below the breadcrumb is the title.
3. A count of persons in Chinese numerals joined to 以上 「成员一般为五人以上（含五人）单数」 is a floor, as
   「5人以上」 is; 「由三人组成」「一人一档」 stay none. Months counted from an event the clause before names
   「竣工验收完成后，建设单位应在1个月内向…提出…」 are the deadline rule
   (Round 65: 内 alone), no target; 「以内」 stays a target.

Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def items(*lines: str) -> list[list[tuple[float, str]]]:
    doc = "某街道小型建设工程管理办法\n一、项目管理\n" + "".join(
        f"（{'一二三四五六七八九'[k]}）{line}\n" for k, line in enumerate(lines))
    return [[(t.value, t.unit) for t in task.targets] for task in parse_text(doc).tasks]


# 1. a money band inside a noun naming works: a class

def test_band_naming_projects_before_a_procurement_step_is_no_target() -> None:
    got = items("施工金额在20万元(含)以上80万元以下的项目，由工程办牵头，采取邀请比选方式选定施工单位。",
                "单项合同估算价40万元(含)以上不足200万元的项目，采用竞争性磋商方式实施。",
                "街道对15万元(含)以上的工程项目实行监理制。")
    assert got == [[], [], []]


def test_band_with_asides_and_a_comma_before_its_top_is_no_target() -> None:
    got = items("工程费用20万元（含本数）以上，150万元（不含本数）以下的小型建设工程项目，建设单位组织邀请招标。",
                "投资金额在6万元以上(含)至30万元以下(不含)的建设项目，由街道审批。")
    assert got == [[], []]


def test_range_run_on_to_its_top_names_the_works() -> None:
    got = items("工程投资额40万元及以上至120万元以下建设工程由区建管委负责监督。")
    assert (1200000.0, "元") not in got[0]


def test_noun_less_band_and_stated_figure_stay_triggers() -> None:
    got = items("施工金额300万元以下的，须采取公开招标。",
                "预算外项目资金超过60万的，由街道办审批。")
    assert got == [[(3000000.0, "元")], [(600000.0, "")]]


def test_noun_inside_a_condition_clause_stays_a_trigger() -> None:
    got = items("对超过300万元的工程采购项目中适宜由中小企业提供的，严格按规定预留30%以上专门面向中小企业。")
    assert got == [[(3000000.0, "元"), (30.0, "%")]]


def test_band_on_cash_or_a_case_is_no_class_of_works() -> None:
    got = items("举报属实的，给予200元以下的现金或奖品。",
                "法院审理诉讼标的在30万元(含30万元)以下的拖欠工程款纠纷案件，依法适用简易程序。")
    assert got[0] == [(200.0, "元")]
    assert (300000.0, "元") in got[1]


def test_plans_own_money_bar_stays_a_target() -> None:
    got = items("区财政局负责新建道路不少于80公里，投资不低于6000万元。")
    assert got == [[(80.0, "公里"), (60000000.0, "元")]]


# 2. a title under a keyword line above the breadcrumb

PAGE = ("春装新款女装连衣裙,夏季爆款凉鞋男女同款,家用小家电厨房电器大全,手机配件数据线充电器批发,儿童玩具益智积木拼装\n"
        "\n"
        "汇聚文章、博采众长\n"
        "当前位置:范文素材网 > 公文素材 > 通知范文 > 2019年秋季灭蚊活动通知\n"
        "\n"
        "2019年秋季灭蚊活动通知\n"
        "\n"
        "网站:范文素材网 | 时间:2020-03-02 10:11:12\n"
        "\n"
        "各镇(街道)、各有关单位:\n"
        "为有效控制蚊虫密度，决定开展秋季灭蚊活动，现将有关事项通知如下:\n"
        "一、时间安排\n"
        "2019年9月1日至9月30日\n"
        "二、工作措施\n"
        "1、工作布置:区爱卫办制订下发灭蚊活动方案，区疾控中心负责业务培训。\n"
        "2、蚊情监测:区疾控中心负责灭前密度监测工作。\n")


def test_keyword_line_above_the_breadcrumb_is_no_text() -> None:
    assert parse_text(PAGE).title == "2019年秋季灭蚊活动通知"


def test_prose_opening_with_no_breadcrumb_gives_no_title_from_below() -> None:
    # (the same long comma-run line as the text's first line, no breadcrumb under it: the text starts there, and a
    # later line is no title)
    text = ("春季是鼠害防制的重点季节,为加强春季鼠害防制,有效控制室内外环境鼠密度,预防疾病传播,保障居民身体健康,"
            "决定在全区范围内开展春季灭鼠活动\n"
            "一、时间安排\n2019年3月15日至4月30日\n二、工作措施\n1、区疾控中心负责业务培训。\n2、区爱卫办负责督查。\n")
    assert parse_text(text).title == ""


# 1 (more). a range with no band word, a ≧ bound in the aside, a firm's guarantee band

def test_range_with_no_band_word_and_a_bound_in_the_aside_are_no_targets() -> None:
    got = items("第三类：工程预算在200万元（含）至500万元（不含）的小型建设工程项目，按政府采购有关规定，"
                "可采用竞争性谈判方式采购。",
                "第四类：工程预算在500万元（含）以上（施工单项合同估算价≧500万元）的小型建设工程项目，按照《招标投标法》的规定进行招标。")
    assert got == [[], []]


def test_noun_less_range_stays_a_trigger() -> None:
    got = items("其中预算资金6万(含6万)至40万(不含40万)的，由建设单位经比选形式择优确定。")
    assert (60000.0, "") in got[0] and (400000.0, "") in got[0]


def test_guarantee_band_naming_firms_is_no_target() -> None:
    got = items("担保机构要重点支持单户担保金额300万元及以下的小微企业和三农主体。",
                "合作机构担保金额的比例不得低于70%，其中单户担保金额300万元及以下的占比不得低于40%。")
    assert got == [[], [(70.0, "%"), (40.0, "%")]]


# 3. persons in Chinese numerals with 以上; months counted from the event the clause before names

def _article_targets(text: str) -> list[tuple[float, str]]:
    doc = ("某镇小型工程招标办法\n第一条 为规范招标，制定本办法。\n第二条 " + text
           + "\n第三条 本办法自发布之日起施行。\n")
    task = {t.number: t for t in parse_text(doc).tasks}["2"]
    return [(t.value, t.unit) for t in task.targets]


def test_persons_in_chinese_numerals_with_a_band_are_a_floor() -> None:
    assert (7.0, "人") in _article_targets("评审小组成员一般为七人以上（含七人）单数，由招标人依法组建。")


def test_persons_in_chinese_numerals_without_a_band_are_no_target() -> None:
    assert _article_targets("评审小组由三人组成，实行一人一档管理。") == []


def test_months_counted_from_the_event_the_clause_before_names_are_no_target() -> None:
    assert _article_targets("竣工验收完成后，建设单位应在2个月内向质量监督部门提出竣工备案申请。") == []


def test_months_within_a_limit_word_stay_a_target() -> None:
    assert (2.0, "个月") in _article_targets("竣工验收完成后，建设单位应在2个月以内向质量监督部门提出竣工备案申请。")


# 4. Round 68 rulings (Targets, turned): a bare-万 range inside a noun of projects is a class, as one with 元 is — the
#    p55d limit to sums with 元 or an area is gone (x81_03 aligned)

def test_a_bare_wan_range_naming_projects_is_a_class() -> None:
    got = items("30万(含30万)至400万(不含400万)的项目，经分管领导签字同意后，由项管办负责审核项目可行性和概算。",
                "100万(含100万)至400万(不含400万)的项目。依法采用公开招标方式，由财政所立项审批。",
                "区财政局负责新建道路3至5公里。")
    assert got[0] == [] and got[1] == []
    assert got[2] == [(3.0, "公里")]

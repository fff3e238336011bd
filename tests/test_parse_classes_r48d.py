"""Round 48 (r48d): dates, duties, targets and titles — made-up short texts in each class's shape, with the near
misses that must stay as they were.

Duties (sendings the readers missed):
- a problem of the work told up as it arises 「…出现的问题及时向我委反映」「遇有问题逐级向区领导汇报」
  (Round 44: a sending the rules ask of the bodies they task when a case arises is an undated duty); not the
  public's channel (「群众…可及时向…反映」) nor a unit's publicity 「积极向上级部门反映工作成效」;
- others' papers passed on after the body's own review, written in one phrase 「向市发展改革委进行初审转报」
  「上报或转报」 (round 46's 「初审后报镇」, Round 48's 转报);
- a result published and copied to a body 「公布最终结果，并抄送国家能源局」; not the notice's own 「抄送：」 line;
- a sending by a day whose 日 the page lost 「于12月10前将活动情况上报…」 (read as 12月10日前); not 「3月10前后」
  (around the day).
"""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines


def _duties(body: str, year: str = "2023年") -> list[tuple[str, str | None]]:
    plan = parse_text(f"某区{year}某某工作实施方案\n一、工作任务\n（一）推进某项工作。各街道要按要求开展排查。\n"
                      f"二、工作要求\n{body}\n")
    return [(d.text, d.due) for d in plan.duties]


def test_problem_told_up_as_it_arises_is_an_undated_duty():
    got = _duties("各街道要高度重视，对排查工作中发现的问题及时向区住建委反映。")
    assert [due for text, due in got if "反映" in text] == [None]


def test_problem_told_up_the_line_is_an_undated_duty():
    got = _duties("遇有困难逐级向区分管领导汇报。")
    assert any("逐级向区分管领导汇报" in text and due is None for text, due in got)


def test_public_channel_and_publicity_are_no_duty():
    assert not any("反映" in text for text, _due in _duties("居民发现问题可及时向街道办事处反映。"))
    assert not any("反映" in text for text, _due in _duties("各街道要积极向上级部门反映工作成效。"))


def test_review_and_passing_on_in_one_phrase_is_a_duty():
    got = _duties("由各街道向区发展改革委进行初审转报，并提交书面意见。")
    assert any("初审转报" in text for text, _due in got)
    assert any("上报或转报" in text for text, _due in _duties("各街道上报或转报项目可行性研究报告。"))


def test_result_published_and_copied_is_a_duty():
    got = _duties("区发展改革委根据评审意见公布最终结果，并抄送市能源局。")
    assert any("抄送市能源局" in text for text, _due in got)


def test_copy_line_of_the_notice_is_no_duty():
    assert _duties("抄送：区委办公室，区人大办公室。") == []


def test_sending_by_a_day_whose_ri_was_lost():
    got = _duties("各村宣传活动结束后，于12月10前将活动情况上报镇文化站。")
    assert [due for text, due in got if "12月10前" in text] == ["2023-12-10"]


def test_day_without_ri_before_qian_is_a_deadline_but_around_the_day_is_none():
    assert [d.date for d in find_deadlines("于5月20前完成排查", 2024)] == ["2024-05-20"]
    assert [d.date for d in find_deadlines("在5月20之前完成排查", 2024)] == ["2024-05-20"]
    assert find_deadlines("3月10前后开展集中宣传", 2024) == []


# Targets: a limit counted from an event with no comparison word is the item's deadline rule (Round 33 rulings,
# Targets): minutes 「30分钟内…报告」 as hours are, months where the subject names the event; 以内 joins the line
def _targets(item: str) -> list[tuple[float, str]]:
    plan = parse_text(f"某区2023年某某工作实施方案\n一、工作任务\n（一）{item}\n（二）做好其他工作。\n")
    return [(t.value, t.unit) for t in plan.tasks[0].targets]


def test_minutes_counted_from_an_event_are_no_target():
    assert _targets("发生险情后，街道应尽快核实情况，30分钟内以电话方式、2小时内以书面方式向区应急局报告。") == []


def test_minutes_with_a_comparison_word_stay_a_target():
    assert _targets("接到报警后，抢修队伍应在30分钟以内到达现场。") == [(30.0, "分钟")]


def test_months_counted_from_the_subjects_event_are_no_target():
    assert _targets("被责令停业整顿的经营单位应当在6个月内完成整改。") == []
    assert _targets("力争在6个月内完成全部整治任务。") == [(6.0, "个月")]


# Targets missed: the ratio of two counts held by a comparison word (a unitless index, round 30's line), and a count
# of kinds in Chinese numerals held by one 「不得少于三种」 (not 「采取三种方式」: the kinds the work takes)
def test_ratio_of_two_counts_under_a_floor_is_a_target():
    assert _targets("检查总次数与工作日之比不得小于0.8，确保监管覆盖。") == [(0.8, "")]
    assert _targets("检查总次数与工作日之比为1:2。") == []


def test_kinds_counted_in_chinese_under_a_floor_are_a_target():
    assert _targets("选用的设备品牌不得少于三种。") == [(3.0, "种")]
    assert _targets("采取三种方式开展宣传。") == []


# Titles: a document number in brackets after a page's title line with no document word is no part of the title
# (Round 48 rulings, d05), as after …的实施意见; a number run into the plan's own name stays
def test_bracketed_number_after_a_title_line_is_dropped():
    body = "一、强化责任落实。各单位要抓好落实。\n二、加强督查。区政府督查室负责督查。\n"
    plan = parse_text("2022年区政府重点工作任务(某政发〔2022〕3号)\n各镇人民政府，区直各单位：\n" + body)
    assert plan.title == "2022年区政府重点工作任务"
    plan = parse_text("国发〔2020〕8号文件贯彻落实工作方案\n" + body)
    assert plan.title == "国发〔2020〕8号文件贯彻落实工作方案"


# Dates: an activity span whose marks the page doubled or lost — the end day doubled past any month's length
# (「至220日」: the start's month), or 年／月 lost with the end's digits parting one way only (「2023111日至1130日」)
def _deadlines(head: str, time_words: str) -> list[str | None]:
    plan = parse_text(f"{head}活动方案\n一、活动主题\n科学普及，共建共享。\n二、活动时间\n{time_words}\n三、活动安排\n"
                      "（一）开展集中宣传。各村要悬挂宣传横幅。\n（二）开展科普讲座。镇文化站要组织专家进社区。\n")
    return [t.deadline for t in plan.tasks]


def test_span_end_day_doubled_by_the_page_keeps_the_start_month():
    assert _deadlines("某镇2016年科普日", "2016年10月8日至220日。") == ["2016-10-31", "2016-10-31"]


def test_span_with_year_and_month_marks_lost():
    assert _deadlines("某镇消防宣传月", "2023111日至1130日。") == ["2023-11-30", "2023-11-30"]


def test_span_written_whole_stays_as_it_was():
    assert _deadlines("某镇2016年科普日", "2016年10月8日至20日。") == ["2016-10-20", "2016-10-20"]


# Dates: a campaign's period section run in on its line 「二、重点禁烧时段 2014年10月至2015年3月底。三、…」 is its
# span stated once (as 活动时间, Round 40 rulings); a 时段 that is no section's label dates nothing
def test_campaign_period_section_dates_the_undated_items():
    plan = parse_text("某乡秋冬季禁止秸秆焚烧工作实施方案\n为做好2014年秋冬季禁烧工作，制定本方案。"
                      "一、工作目标 全面禁烧。二、重点禁烧时段 2014年10月至2015年3月底。"
                      "三、职责分工 各村是禁烧工作责任主体。四、工作措施 乡政府组织巡查。\n")
    assert [t.deadline for t in plan.tasks][-2:] == ["2015-03-31", "2015-03-31"]


def test_period_word_in_running_text_dates_nothing():
    plan = parse_text("某乡2014年禁止秸秆焚烧工作实施方案\n一、工作目标 全面禁烧。"
                      "二、职责分工 各村在重点时段加强巡查。三、工作措施 乡政府组织巡查。\n")
    assert plan.tasks and all(t.deadline is None for t in plan.tasks)


# Titles: a site's menu at the page's top (首页 / 图片新闻 / 各地方案 …, a column a line), its 「当前位置:」 and a
# breadcrumb with a year in it are chrome; the title line under them is the plan's
_PAGE = ("首页\n图片新闻\n各地方案\n工作动态\n历史回顾\n \n各地方案\n当前位置:\n>> 科普活动周2024 >> 各地方案\n \n"
         "某市第五届“科普活动周”活动方案\n信息发布时间:2024-5-10\n为提升公众科学素质，制定本方案。\n"
         "一、活动时间\n2024年5月20日至26日。\n二、活动内容\n（一）开展科普讲座。市科协负责。\n")


def test_site_menu_and_breadcrumb_are_no_title():
    assert parse_text(_PAGE).title == "某市第五届“科普活动周”活动方案"


def test_title_broken_over_lines_at_the_top_stays_whole():
    plan = parse_text("某县打造“清洁乡村”品牌\n争创省级示范县行动方案\n为推进农村人居环境整治，制定本方案。\n"
                      "一、主要任务\n（一）开展村庄清洁行动。县住建局负责。\n")
    assert plan.title == "某县打造“清洁乡村”品牌争创省级示范县行动方案"


# Duties: a sending to a body with other receivers named after it (「并报县委办等单位」「并上报乡综治办及有关部门」),
# and a body's sending after an opening clause of an applicant's event (「借款申请人申请贷款前，市住建委应当将…清单提供
# 至…」: the applicant sends nothing); an applicant's own papers stay no duty
def test_sending_with_other_receivers_after_the_body():
    got = _duties("区科协在活动结束后，将活动成果予以总结，并报区委办等单位。")
    assert any("并报区委办等单位" in text for text, _due in got)
    got = _duties("各学校发现流动摊贩，及时劝离；并上报镇综治办及有关部门。")
    assert any("镇综治办及有关部门" in text for text, _due in got)


def test_body_sending_after_an_applicants_event_clause():
    got = _duties("借款申请人申请贷款前，区住建委应当将符合条件的项目清单提供至区公积金中心。")
    assert any("提供至区公积金中心" in text for text, _due in got)
    assert _duties("申请人在申报时，应将申请材料提交至区政务服务中心。") == []


# Targets: once in each period of years written in digits 「每3年组织开展1次」 is the work's rhythm, as 每两年 is
# (no bar); 「每3年至少…1次」 keeps its floor
def test_once_every_few_years_in_digits_is_a_rhythm():
    # (Round 59 rulings, governs over round 35's floor: the event a rhythm holds is counted work, 1 次 included)
    assert _targets("各区应每3年组织开展1次风险评估。") == [(1.0, "次")]
    assert _targets("各区应每3年至少组织开展1次风险评估。") == [(1.0, "次")]


# Targets: so many per head or per team, the verb of provision after it 「按照每名执法人员1台配置」, is a norm with
# no comparison word (as 「原则上按500户配1名」); 「不少于1台」 keeps its floor
def test_provision_per_head_is_a_norm():
    assert _targets("用于现场执法，按照每名执法人员1台配置。") == []
    assert _targets("用于现场执法，按照每名执法人员不少于1台配置。") == [(1.0, "台")]


# Duties: the papers just named sent on to an office in a clause of its own 「…上报活动情况报告，送省科协科普部」
def test_report_sent_on_to_an_office():
    got = _duties("活动结束请各单位上报活动开展情况报告，送区科协科普部。")
    assert any("送区科协科普部" in text for text, _due in got)
    assert _duties("各单位将宣传材料送至各村。") == []


# Duties: told in advance to the departments that act on it 「提前告知区级财政部门」 (告知 to 部门 as to 单位)
def test_told_in_advance_to_departments():
    got = _duties("区财政局按照预计数提前告知各街道财政部门。")
    assert any("提前告知" in text for text, _due in got)

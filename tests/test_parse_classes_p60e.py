"""Round 60 (p60e): township and street pages, and a bureau's annual task list — titles, dates, targets, units.

- A bureau's list of the year's key tasks titled with its year 「某某局2023年重点工作任务清单」: a yearless
  date 「8月底前」 takes the title's year with no note to check (ux59 item 3, as a phase naming its year dates its
  months, m59b); a list whose title names no year keeps the notes, and so does a 工作方案 titled with its year (its
  title's year may be the year it was written in, w57a).
- A clause that opens with 全年 over a floor or a rate 「全年抽检出租车500辆次以上」「全年水源地水质达标率100%」
  is the year's total, reached at the year's end (round 39: 全年 is the plan's year; round 34: the latest date is
  the deadline) — not a yearly rate 「全年每户补贴500元以上」.
- A count of visits by vehicle, ship, machine or case 「500辆次」「300艘次」「50台次」「30件次」 is one unit,
  as 家次 is.
- A count of all the places an area holds, inside the description of what the work goes to 「加快推进全街道31个
  住宅小区的消防管网整治工程」, is no target (Round 77's x303_06); 「完成全街道…」 sets the whole as the aim, a
  target.
- One thing each place is to build or keep 「每组保留一个完好的垃圾池」 is the item's number of work in words (round
  55's x245_05; Round 81 on x308_05), not the article 一个 「保留一个垃圾池」.
- A span of years counted from a year the page masks 「到XX年底,力争用三年时间」 dates nothing (round 57's x255_08;
  Round 81 on x308_07): the printed year is the deadline; a span from a printed year 「从2018年起,力争用三年时间」
  stays.
- A one-line page's title with a compilation's piece number after it, run into a preamble opening 「进入…以来」
  (「2020年某镇防汛安全工作方案3进入汛期以来,…」): the title without the number (Round 81 on x308_08).
- Lines whose numbers the page dropped, left opening with a bare 「、」: the names they give carry no 、.
- A childless point headed as the plan's measures 「三、工作措施」 over one sentence of acts 「…采取…的方式逐片开展…,
  通过…对…进行…宣传,全面排查和清理…」, beside a point with items, on a page naming no unit: a task (plans-dev 08;
  x308_06 三) — not one that only calls 「各村要高度重视,认真抓好落实」, nor a 保障措施 point (p36h: a doer needed).
- A phase whose window opens on the day of issue 「动员部署阶段(即日-4月10日)」 starts in the month the plan is dated,
  its printed end as printed (Round 81 decided on x308_03); as read where the plan prints no date.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _task(text: str, number: str):  # type: ignore[no-untyped-def]
    return next(t for t in parse_text(text).tasks if "/".join([*t.path, t.number]) == number)


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _targets(task) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    return [(x.value, x.unit) for x in task.targets]


_LIST = """某某市某某局
关于印发《某某市某某局2023年重点工作任务清单》的通知
某某〔2023〕5号

局机关各科室：
现将《某某市某某局2023年重点工作任务清单》印发给你们，请抓好落实。

某某市某某局
2023年3月1日

某某市某某局2023年重点工作任务清单

一、强化移动源监管
1.加强在用车检查。全年抽检出租车500辆次以上，9月底前完成第一轮路检。（责任科室：某某科；配合单位：某某中心）
2.推进老旧车淘汰。5月底前完成摸底；8月底前淘汰老旧车300辆。（责任科室：某某科）
3.巩固水源地水质。7月底前完成排查整治，全年水源地水质达标率100%。（责任科室：某某二科）
4.落实补贴政策。全年每户补贴500元以上，6月底前完成发放。（责任科室：某某三科）
"""


def test_annual_list_takes_its_titles_year_without_notes() -> None:
    plan = parse_text(_LIST)
    assert plan.title == "某某市某某局2023年重点工作任务清单"
    assert not [w for w in plan.warnings if "没有写年份" in w]
    assert _task(_LIST, "一/2").deadline == "2023-08-31"


def test_annual_list_without_a_year_in_its_title_takes_its_date_s_year_said_once() -> None:
    # (the date 2023-03-01 names the year and 8月 falls after it: one line for the plan, no row note — ux62 finding 7;
    # without the date nothing names a year and every row says so)
    text = _LIST.replace("2023年重点", "重点")
    warnings = parse_text(text).warnings
    assert not [w for w in warnings if "没有写年份，已按" in w]
    assert "完成时限未写年份的，按方案年份 2023 年处理。" in warnings
    assert _task(text, "一/2").deadline == "2023-08-31"
    undated = parse_text(text.replace("2023年3月1日\n", "")).warnings
    assert "任务 一.2 的时限没有写年份，也无法从方案中推断，请核对。" in undated


def test_a_years_total_runs_to_the_years_end() -> None:
    first = _task(_LIST, "一/1")
    assert first.deadline == "2023-12-31"          # 全年…500辆次以上 after 9月底前
    assert _targets(first) == [(500.0, "辆次")]
    assert first.targets[0].comparator == ">="
    assert first.responsible_units == ["某某科", "某某中心"]
    assert _task(_LIST, "一/3").deadline == "2023-12-31"     # 全年…达标率100% after 7月底前


def test_a_yearly_rate_is_no_years_total() -> None:
    assert _task(_LIST, "一/4").deadline == "2023-06-30"     # 全年每户补贴…: a rate, the 6月底前 stands


def test_counts_of_visits_by_vehicle_ship_machine_or_case() -> None:
    text = _LIST.replace("全年抽检出租车500辆次以上", "全年检查船舶300艘次以上，抽查设备50台次，办理投诉30件次")
    assert _targets(_task(text, "一/1")) == [(300.0, "艘次"), (50.0, "台次"), (30.0, "件次")]
    assert _targets(_task(_LIST, "一/2")) == [(300.0, "辆")]      # a count of vehicles stays 辆


_STREET = """某街道安全生产工作措施
(一){first}就施工过程中存在的问题,协调物业单位、施工单位,尽快完成工程施工。
(二)做好辖区内建筑施工工地和零星工程的安全巡查工作,认真规范地做好定期安全巡查记录。
"""


def test_all_the_places_of_an_area_are_no_target() -> None:
    text = _STREET.format(first="加快推进全街道25个住宅小区的消防管网改造工程,")
    assert _targets(_task(text, "一")) == []


def test_all_the_places_set_as_the_aim_stay_a_target() -> None:
    text = _STREET.format(first="年内完成全街道25个住宅小区的消防管网改造,")
    assert _targets(_task(text, "一")) == [(25.0, "个")]


_VILLAGES = """某乡推进农村生活垃圾治理工作方案
一、指导思想
坚持减量化、无害化、资源化，全面改善农村人居环境。
二、主要任务
1、完善保洁设施。农户按每户一桶的要求配备垃圾容器;拆除主干道的垃圾池,{keep}作为应急使用,按要求修建垃圾集并点。
2、配强保洁队伍。按标准配齐公共保洁员,加强日常考核。
"""


def test_one_thing_each_place_keeps_is_a_count_of_work() -> None:
    assert _targets(_task(_VILLAGES.format(keep="每组保留一个完好的垃圾池"), "二/1")) == [(1.0, "个")]


def test_one_thing_kept_with_no_place_is_the_article() -> None:
    assert _targets(_task(_VILLAGES.format(keep="保留一个完好的垃圾池"), "二/1")) == []


_AIMS = ("某镇垃圾治理工作方案为改善全镇人居环境,特制定本方案。"
         "一、指导思想坚持减量化、无害化的要求,使全镇农村生活垃圾得到有效治理。二、主要任务{aims}"
         "三、保障措施加强领导。")


def test_a_span_counted_from_a_masked_year_dates_nothing() -> None:
    text = _AIMS.format(aims="一是到XX年底,力争用三年时间,实现全镇生活垃圾治理全覆盖,全镇80%以上村庄的垃圾得到有效处理;"
                             "二是到2018年底,全镇所有村庄建立保洁制度,完成存量垃圾清理工作。")
    task = _task(text, "二")
    assert task.deadline == "2018-12-31"
    assert _targets(task) == [(80.0, "%")]


def test_a_span_counted_from_a_printed_year_stands() -> None:
    text = _AIMS.format(aims="从2018年起,力争用三年时间,实现全镇生活垃圾治理全覆盖,全镇80%以上村庄的垃圾得到有效处理,"
                             "建立保洁制度,完成存量垃圾清理工作。")
    assert _task(text, "二").deadline == "2020-12-31"


_FLOOD = ("降雨增多,山洪、地质灾害等自然灾害多发,季节性安全问题突出,诱发事故隐患的因素逐步增多,"
          "这一时段是防汛工作的重点和难点。"
          "为切实做好今年的防汛工作,有效防范各类灾害事故发生,确保全镇人民群众生命财产安全,"
          "现就进一步做好防汛工作有关事项通知如下:"
          "一、提高认识,切实加强组织领导各村要高度重视防汛工作,认真制定应急预案,落实值班制度,确保信息畅通,遇有险情及时报告。"
          "二、突出重点,切实做好隐患排查各村要对辖区内山塘水库、地质灾害点开展隐患排查,建立台账,限期整改到位,确保安全度汛。")


def test_a_one_line_pages_title_without_its_piece_number() -> None:
    assert parse_text("2020年某镇防汛安全工作方案3进入汛期以来," + _FLOOD).title == "2020年某镇防汛安全工作方案"
    assert parse_text("2020年某镇防汛安全工作方案进入汛期以来," + _FLOOD).title == "2020年某镇防汛安全工作方案"


def test_a_figure_after_the_title_that_is_no_piece_number_finds_no_title() -> None:
    assert parse_text("2020年某镇防汛安全工作方案3个村进入汛期以来," + _FLOOD).title == ""


_CENSUS = """某镇某某普查工作方案
一、普查目的
为了做好普查工作，特制定本方案。
二、组织分工
普查工作在镇政府统一领导下进行。
、镇派出所负责组织户口整顿工作，做好普查中的治安管理工作；
、镇统计站负责组织普查数据汇总工作；
三、普查经费
普查经费由镇财政负担。
"""


def test_lines_that_lost_their_numbers_give_names_without_the_mark() -> None:
    task = _task(_CENSUS, "二")
    assert task.lead_units == []
    assert task.responsible_units == ["镇派出所", "镇统计站"]


_CAMPAIGN = """某乡森林防火“巡山行动”工作方案
为切实防范森林火灾，确保全乡森林资源安全，决定在全乡开展森林防火“巡山行动”，特制定本方案。
一、工作目标
通过开展“巡山行动”，切实提高群众防火意识，杜绝森林火灾发生。
二、时间安排
即日起至2024年4月底。
三、{head}
{body}
四、工作重点
(一)重点区域:林区周边村寨、坟场、林缘耕地等区域的巡查。
(二)重点时段:清明节、春耕期间的巡查。
"""
_MEASURES = ("结合春耕生产工作,采取乡干部包村、村干部包组的方式逐片开展巡山行动,通过村村响、微信群等载体,"
             "对辖区群众进行森林防火宣传,全面排查和清理林下可燃物。")


def test_a_measures_point_of_one_sentence_of_acts_is_a_task() -> None:
    text = _CAMPAIGN.format(head="工作措施", body=_MEASURES)
    assert _numbers(text) == ["三", "四/一", "四/二"]
    task = _task(text, "三")
    assert (task.lead_units, task.responsible_units, task.deadline) == ([], [], "2024-04-30")


def test_a_measures_point_that_only_calls_is_none() -> None:
    text = _CAMPAIGN.format(head="工作措施", body="各村要高度重视，认真抓好落实。")
    assert _numbers(text) == ["四/一", "四/二"]


def test_a_principles_point_is_none() -> None:
    text = _CAMPAIGN.format(head="工作原则", body="坚持预防为主、积极消灭,坚持属地管理、分级负责,确保不发生森林火灾。")
    assert _numbers(text) == ["四/一", "四/二"]


_STAGES = """某镇2025年预防溺水专项行动工作方案
某政发〔2025〕17号
为切实做好防溺水工作,从即日起至10月底,在全镇开展专项行动。
一、总体目标
杜绝溺水事故发生。
二、阶段划分
(一)动员部署阶段({first})。各村要召开会议,部署专项行动。
(二)集中整治阶段(4月11日-9月30日)。各村要开展巡查。

某镇人民政府
{date}
"""


def _phases(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.start, p.end) for p in parse_text(text).phases]


def test_a_phase_from_the_day_of_issue_starts_in_the_plans_month() -> None:
    # (Round 81 decided on x308_03: 即日 is the day the plan is issued; the printed end as printed)
    assert _phases(_STAGES.format(first="即日-4月10日", date="2025年3月26日")) == [
        ("动员部署阶段", "2025-03", "2025-04"), ("集中整治阶段", "2025-04", "2025-09")]
    late = _STAGES.format(first="即日-4月10日", date="2025年5月26日")
    assert _phases(late)[0] == ("动员部署阶段", "2025-05", "2025-04")


def test_a_phase_with_its_own_start_or_no_plan_date_stays_as_read() -> None:
    own = _STAGES.format(first="2月1日-4月10日", date="2025年3月26日")
    assert _phases(own)[0] == ("动员部署阶段", "2025-02", "2025-04")
    assert _phases(_STAGES.format(first="即日-4月10日", date=""))[0] == ("动员部署阶段", "2025-04", "2025-04")


def test_a_work_plan_titled_with_its_year_keeps_the_notes_of_months_before_its_date() -> None:
    # (a 工作方案's title year may be the year it was written in: a month before its date may be next year's, w57a)
    text = _LIST.replace("2023年重点工作任务清单", "2023年重点工作实施方案").replace("2023年3月1日", "2023年9月1日")
    notes = [w for w in parse_text(text).warnings if "没有写年份" in w]
    assert "任务 一.2 的时限“8月底前”没有写年份，已按 2023 年处理，请核对。" in notes


def test_a_safeguards_point_of_one_sentence_without_a_doer_stays_a_section() -> None:
    text = _CAMPAIGN.format(head="保障措施", body=_MEASURES)
    assert _numbers(text) == ["四/一", "四/二"]

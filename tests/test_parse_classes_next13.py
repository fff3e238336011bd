"""Failure classes of tests/data/plans-next13/, -next15/ and -next16/ BASELINE.md (round 16, parser20), each
with made-up wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.columns import table_rows


# a table's unit cell wrapped before the unit's other name in brackets (区建设管理委 / （区水务局））:
# the bracket belongs to the name above it, and the row's other units are still read
def test_a_units_other_name_wrapped_onto_its_own_line_stays_with_the_unit():
    text = ("附件\n\n序号\n\n工作任务\n\n完成时间\n\n责任单位\n\n配合单位\n\n"
            "1\n\n编制实施方案\n\n2027年3月\n\n区交通委\n（区港航局）\n\n区财政局\n\n"
            "2\n\n完成设施移交\n\n2027年6月\n\n区城管局\n（区执法局）\n区市容中心\n\n各街道\n区房管局\n")
    rows = table_rows(text)
    assert [r.number for r in rows] == ["1", "2"]
    # 责任单位 | 配合单位: both are the row's responsible units
    assert rows[0].resp == ["区交通委（区港航局）", "区财政局"]
    assert rows[1].resp == ["区城管局（区执法局）", "区市容中心", "各街道", "区房管局"]


def test_a_bracketed_note_line_that_is_no_unit_name_is_not_joined():
    text = ("附件\n\n序号\n\n工作任务\n\n完成时间\n\n责任单位\n\n"
            "1\n\n编制实施方案\n\n2027年3月\n\n区交通委\n\n（已完成，报区政府备案）\n")
    rows = table_rows(text)
    assert rows[0].resp == ["区交通委"]


# a sentence whose subject is a group (各承办单位要…, 各乡镇任务清单之前已下发) or a clause naming an owner
# (权属为市排水中心) is no unit; the group itself and a group with a longer name still are
def test_a_sentence_with_a_group_as_its_subject_is_no_unit():
    plan = parse_text("某县2027年建议提案办理工作通知\n"
                      "一、各承办单位须在收到交办件后主动联系代表委员，当面沟通办理思路。\n"
                      "二、各办理单位在报送答复件时，应一并附上征询意见表。\n"
                      "三、拆除整治。对存量违法建筑进行拆除复绿（各街道任务清单此前已印发）。\n"
                      "四、移交设备。拟移交抽水泵2台（产权归属于县水务中心）。\n")
    assert len(plan.tasks) == 4
    for task in plan.tasks:
        assert not [u for u in task.responsible_units + task.lead_units
                    if u.startswith(("各承办", "各办理", "各街道任务", "产权"))]


def test_groups_and_named_units_are_still_units():
    from desktop.core.parse.units import looks_like_unit
    for name in ("各村", "各村（居）", "各承办单位", "各项目实施主体", "各街镇（管委会）", "区水务中心",
                 "各区应急管理局"):
        assert looks_like_unit(name), name
    for name in ("各承办单位要积极主动做好办理工作", "各乡镇任务清单之前已下发", "权属为市排水中心", "属于区水务中心"):
        assert not looks_like_unit(name), name


# a notice that quotes its plan with a comma before 现印发 (《…责任分工》，现印发给你们), under a page's metadata
# rows (成文日期 | … | 废止日期): the quoted name is the title, never a metadata row
def test_a_quoted_division_of_duties_before_a_comma_and_xian_yinfa_is_the_title():
    plan = parse_text("索 引 号 | 000012345/2027-00001 | 公开方式 | 主动公开 |\n"
                      "成文日期 | 2027-03-01 | 废止日期 | |\n"
                      "各乡镇人民政府，县政府各部门：\n"
                      "县政府研究确定了《2027年某县民生实事项目责任分工》，现印发给你们，请认真抓好落实。\n"
                      "某县人民政府\n2027年3月1日\n"
                      "一、城乡建设\n1.新建农村公路20公里。（牵头单位：县交通运输局）\n")
    assert plan.title == "2027年某县民生实事项目责任分工"


def test_a_quoted_book_in_running_text_is_still_no_title():
    plan = parse_text("某镇2027年文明创建工作方案\n"
                      "为落实《某市文明行为促进条例》，现结合我镇实际，制定本方案。\n"
                      "一、工作任务\n1.开展志愿服务活动。（牵头单位：镇文明办）\n")
    assert plan.title == "某镇2027年文明创建工作方案"


# a plan whose tasks name their units, with a 保障措施 / 实施步骤 section of numbered prose items naming none:
# those items are tasks too (the seeds' convention: every lowest numbered item); an item there led by a
# unit stays a rule, and goals and principles stay sections
def test_numbered_safeguards_in_prose_are_tasks_beside_tasks_with_units():
    plan = parse_text("某区2027年河道保洁行动方案\n"
                      "一、工作目标\n（一）到2027年底，河道保洁覆盖率达到100%。\n（二）群众满意度明显提升。\n"
                      "二、重点任务\n（一）日常保洁\n1.落实河道日常巡查。（区水务局、各街镇）\n"
                      "2.清理河面漂浮物。（区绿化市容局、各街镇）\n"
                      "（二）专项整治\n3.整治沿河违法排污。（区生态环境局、区水务局）\n"
                      "三、保障措施\n（一）压实工作责任\n按照属地管理原则，各单位要落实河道保洁工作责任。\n"
                      "（二）强化宣传引导\n通过多种渠道宣传河道保护知识，引导群众参与。\n")
    titles = [t.title for t in plan.tasks]
    assert len(plan.tasks) == 5
    assert any(t.startswith("压实工作责任") for t in titles)
    assert any(t.startswith("强化宣传引导") for t in titles)
    assert not any("覆盖率" in t or "满意度" in t for t in titles)


# an item's number alone on its line, its text on the next (1. / 属于…): the item, as in a page that put
# each paragraph on its own line; a table's bare row numbers (1 / 2 alone) are left as they are
def test_an_items_number_alone_on_its_line_opens_the_item_below():
    plan = parse_text("某镇2027年违法建筑整治方案\n"
                      "一、整治任务\n（一）拆除存量违建\n"
                      "1.\n\n对沿路违法搭建进行拆除。（牵头单位：镇城建办）\n\n"
                      "2、\n\n清理河道两侧违法堆物。（牵头单位：镇水务站）\n")
    titles = [t.title for t in plan.tasks]
    assert len(titles) == 2
    assert titles[0].startswith("对沿路违法搭建") and titles[1].startswith("清理河道两侧")
    assert plan.tasks[1].lead_units == ["镇水务站"]


def test_a_bare_row_number_of_a_table_is_not_joined():
    from desktop.core.parse.normalise import light
    assert light("序号\n任务\n1\n\n清理河道\n") == "序号\n任务\n1\n\n清理河道\n"
    assert light("1.\n2.\n") == "1.\n2.\n"


# a deadline as the plan's own year with what is done then (2027年完成…), and 年内 with an adverb before
# 完成 (年内抓紧完成); an earlier year is what was done
def test_a_bare_year_of_the_plan_with_its_work_is_the_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert [d.date for d in find_deadlines("2027年完成码头垃圾接收设施的配置", 2027)] == ["2027-12-31"]
    assert [d.date for d in find_deadlines("健全协作机制，2028年基本完成专项治理", 2027)] == ["2028-12-31"]
    assert [d.date for d in find_deadlines("会同区农业农村委等部门，年内尽快完成用地补办", 2027)] == ["2027-12-31"]


def test_an_earlier_year_or_a_year_inside_a_sentence_is_no_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert find_deadlines("2019年完成投资12亿元，为下一步工作打下基础", 2027) == []
    assert find_deadlines("对照2027年，各街镇开展排查", 2027) == []
    assert find_deadlines("年内各部门要加强协作", 2027) == []


# a penalty's amount (每处扣除20万元 / 扣减转移支付50万元) and a band that says which ones (达到3亩及其以上的村)
# are no targets; a figure to reach beside them still is
def test_a_penalty_and_a_band_of_which_ones_are_no_targets():
    from desktop.core.parse.targets import sentence_targets
    assert sentence_targets("对未按期整改的街镇，每处扣除20万元", None, relaxed=True) == []
    assert sentence_targets("在年终考核中扣减转移支付50万元", None, relaxed=True) == []
    # (round 30, CONVENTIONS.md thresholds: 「达到3亩及其以上的村」 is a target by its comparison word)
    assert [(t.value, t.unit) for t in sentence_targets("对新增违法用地累计达到3亩及其以上的村进行约谈", None,
                                                        relaxed=True)] == [(3.0, "亩")]
    kept = sentence_targets("全年完成拆除违法建筑20万平方米", None, relaxed=True)
    assert [(t.value, t.unit) for t in kept] == [(200000.0, "平方米")]


# a date a page broke over three lines (2027 / 年10月31日 / 前，各村…): read as the one date it is
def test_a_date_broken_over_three_lines_is_one_date():
    from desktop.core.parse.normalise import light
    assert light("2027\n年10月31日\n前，各村完成整改。\n") == "2027年10月31日前，各村完成整改。\n"
    assert light("2027\n年6月\n底前，各村完成整改。\n") == "2027年6月底前，各村完成整改。\n"
    assert light("序号\n2027\n2028\n") == "序号\n2027\n2028\n"      # years in a table's cells stay apart


def test_a_duty_after_a_broken_date_keeps_its_date():
    plan = parse_text("某区2027年违法用地治理方案\n一、工作任务\n1.开展排查。（区规划资源局负责）\n"
                      "二、工作要求\n2027\n年11月15日\n前，各街镇完成整改，并将治理情况报区领导小组办公室。\n")
    assert "2027-11-15" in {d.due for d in plan.duties}


# a past span of years saying which ones (2019年至2022年已获得补助的村) is no deadline in a later plan;
# 到2028年 in the plan's own time still is
def test_a_past_span_of_years_is_no_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert find_deadlines("2018年至2021年已获得省级补助的村不再纳入扶持范围", 2027) == []
    assert find_deadlines("2020年到2024年间已实施改造的小区不列入", 2027) == []
    assert [d.date for d in find_deadlines("2026年至2028年完成全部改造", 2027)] == ["2028-12-31"]
    assert [d.date for d in find_deadlines("到2028年，建成示范村10个", 2027)] == ["2028-12-31"]


# a table's time cell that says when the work starts (2028年起 / 2027年9月开始) is no deadline; a year or a
# year's end in the cell still is
def test_a_start_in_a_time_cell_is_no_deadline():
    from desktop.core.parse.dates import deadline_from_words
    assert deadline_from_words("2028年起", 2027) == []
    assert deadline_from_words("自2027年9月开始实施", 2027) == []
    assert [d.date for d in deadline_from_words("2028年", 2027)] == ["2028-12-31"]
    assert [d.date for d in deadline_from_words("2028年底前", 2027)] == ["2028-12-31"]

"""Classes a read-only misfire hunt (h4) found with made-up whole documents, mended in round 26 (m55):
score tables of a 考核细则 / 目标责任书 and their grading bands (class 5), unnumbered unit-colon lines of a
division of work (class 7), page chrome and the print run in the title or tasks (class 8), and the
issuer: joint issuers, the issuer a title names, placeholder names XX区 (class 9).
Every text here is made up; the wordings differ from the hunt's."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets


def rows(plan):
    return [(t.number, t.title, [(g.comparator, g.value, g.unit) for g in t.targets]) for t in plan.tasks]


def figures(text):
    return [(g.comparator, g.value, g.unit) for g in find_targets(text, 2025)]


# -- class 5: score tables ------------------------------------------------------------------------

def test_a_four_column_score_table_gives_one_task_a_row_and_no_marks():
    plan = parse_text("某县2025年度垃圾分类工作考评细则\n"
                      "序号 | 考评内容 | 评分标准 | 分值\n"
                      "1 | 分类设施配置 | 小区分类投放点覆盖率100%，每低1%扣1分 | 25\n"
                      "2 | 宣传发动 | 每季度开展宣传活动不少于2次，少1次扣2分 | 15\n"
                      "3 | 合计 |  | 40\n")
    assert rows(plan) == [("1", "分类设施配置：小区分类投放点覆盖率100%", [(None, 100.0, "%")]),
                          ("2", "宣传发动：每季度开展宣传活动不少于2次", [(">=", 2.0, "次")])]


def test_a_score_table_with_tabs_and_the_item_column_first():
    plan = parse_text("某街道2025年度消防安全考核细则\n"
                      "考核项目\t考核内容\t分值\t评分标准\n"
                      "隐患整改\t隐患整改率达到95%以上\t30分\t每少1处扣1分\n"
                      "演练培训\t组织消防演练3次\t20分\t未开展不得分\n")
    assert rows(plan) == [("1", "隐患整改：隐患整改率达到95%以上", [(">=", 95.0, "%")]),
                          ("2", "演练培训：组织消防演练3次", [(None, 3.0, "次")])]


def test_a_two_column_score_table_under_a_heading_makes_the_heading_no_task():
    plan = parse_text("2025年度村级河长制目标责任书\n"
                      "一、责任目标\n辖区河道水质稳定达标。\n"
                      "二、考核内容及分值\n"
                      "考核内容 | 分值\n"
                      "每周巡河不少于1次 | 20分\n"
                      "河面保洁率达到95% | 30分\n"
                      "三、考核办法\n年底考核，满分100分，考核得分85分以上为优秀，60分以下为不合格。\n")
    got = rows(plan)
    assert [(n, t) for n, t, _ in got] == [("1", "每周巡河不少于1次"), ("2", "河面保洁率达到95%")]
    assert [t.path for t in plan.tasks] == [["二"], ["二"]]
    assert all(g.unit != "分" for t in plan.tasks for g in t.targets)
    assert all(g.unit != "分" for g in plan.plan_targets)


def test_a_score_table_naming_units_is_read_as_a_task_table():
    plan = parse_text("某区河长制考核细则\n"
                      "序号 | 考核内容 | 责任单位 | 分值\n"
                      "1 | 断面水质达标率100% | 区生态环境局 | 30\n"
                      "2 | 河道保洁覆盖率100% | 区水务局 | 20\n")
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [
        ("断面水质达标率100%", ["区生态环境局"]), ("河道保洁覆盖率100%", ["区水务局"])]


@pytest.mark.parametrize("line", [
    "考核内容 | 考核方式",                                   # no marks column: no score table
    "指标 | 2024年 | 2025年",                                # a table of figures
    "序号 | 考核内容 | 考核标准",
])
def test_a_header_without_marks_is_no_score_table(line):
    plan = parse_text(f"某区考核工作方案\n一、考核安排\n{line}\n1 | 河长巡河 | 每月1次\n")
    assert not any(t.title.startswith("河长巡河") for t in plan.tasks)


@pytest.mark.parametrize("text", [
    "年底考核，满分100分，得分90分以上为优秀。",
    "考核得分80分（含）以上的评为合格。",
    "综合得分在60分以下的，确定为不合格等次。",
    "90分以上为A等，75—89分为B等。",
])
def test_a_grading_band_is_no_target(text):
    assert not [f for f in figures(text) if f[2] == "分"]


@pytest.mark.parametrize("text", ["评价总分值在90分以上", "考核得分达到85分以上", "创建工作测评得分不低于90分"])
def test_a_score_to_reach_stays_a_target(text):
    assert [f for f in figures(text) if f[2] == "分"]


# -- class 7: unnumbered unit-colon lines -------------------------------------------------------------

def test_unnumbered_unit_colon_lines_are_a_task_each():
    plan = parse_text("某乡2025年秸秆禁烧工作方案\n一、职责分工\n"
                      "乡综治办：负责巡查值守，秸秆焚烧火点控制在3个以内。\n"
                      "乡农业服务中心：负责推广秸秆还田，还田面积达到5000亩。\n"
                      "各行政村：负责网格巡查和宣传劝导工作。\n")
    assert [(t.responsible_units, [g.value for g in t.targets]) for t in plan.tasks] == [
        (["乡综治办"], [3.0]), (["乡农业服务中心"], [5000.0]), (["各行政村"], [])]


def test_two_unit_colon_lines_under_a_heading_stay_its_division_of_duties():
    # (two paragraphs: the heading's duties divided, one item of both units, as next17 x17_03 三/(二) is read)
    plan = parse_text("某镇2025年防汛工作方案\n一、工作目标\n确保安全度汛。\n二、任务分工\n"
                      "镇水利站：负责河道清障和堤防巡查工作。\n"
                      "镇应急办：负责物资储备和抢险队伍调度。\n")
    assert [t.responsible_units for t in plan.tasks if t.path[:1] == ["二"] or t.number == "二"] == [
        ["镇水利站", "镇应急办"]]


def test_one_unit_colon_line_and_a_sentence_stay_one_item():
    plan = parse_text("某镇2025年防汛工作方案\n一、工作目标\n确保安全度汛。\n二、任务分工\n"
                      "镇水利站：负责河道清障和堤防巡查工作。\n"
                      "各村要服从统一调度，做好人员转移准备。\n")
    assert len([t for t in plan.tasks if t.path[:1] == ["二"] or t.number == "二"]) <= 1


def test_posts_before_a_colon_are_no_units():
    # a person's post (社区书记 / 网格长 / 网格员) is no unit, numbered or not
    plan = parse_text("某社区2025年网格化服务工作方案\n一、工作职责\n"
                      "（一）社区书记：负责网格工作的统筹协调。\n"
                      "（二）网格长：负责本网格日常管理和巡查。\n"
                      "（三）网格员：负责信息采集和矛盾排查。\n")
    assert len(plan.tasks) == 3
    assert all(not t.lead_units and not t.responsible_units for t in plan.tasks)


def test_labels_before_a_colon_are_no_unit_lines():
    plan = parse_text("某镇2025年防汛工作方案\n一、工作安排\n"
                      "工作目标：确保汛期不发生人员伤亡事故。\n"
                      "时间安排：2025年5月至9月底全面开展工作。\n")
    assert all(not t.responsible_units for t in plan.tasks)


# -- class 8: page chrome, the print run; a unit whose name ends in a role word ----------------------------------

@pytest.mark.parametrize("chrome", ["【打印】【关闭】【分享到微信】", "【关闭窗口】【打印本页】", "[打印] [关闭]",
                                    "【字体：大 中 小】【打印】"])
def test_page_buttons_between_two_prints_of_the_title_stay_out_of_it(chrome):
    title = "某县2025年农村公路养护工作方案"
    plan = parse_text(f"{title}\n{chrome}\n{title}\n一、主要任务\n"
                      "（一）完成公路养护100公里。责任单位：县交通运输局。\n")
    assert plan.title == title


def test_a_column_tag_before_a_title_still_goes():
    plan = parse_text("【通知公告】某县2025年农村公路养护工作方案\n一、主要任务\n"
                      "（一）完成养护100公里。责任单位：县交通运输局。\n")
    assert plan.title == "某县2025年农村公路养护工作方案"


@pytest.mark.parametrize("run", ["（共印30份）", "(共印120份)", "共印45份"])
def test_the_print_run_under_the_printing_line_is_no_target(run):
    plan = parse_text("某市2025年优化营商环境重点任务\n"
                      "一、压缩办理时间。办理时间压缩至3个工作日。（市政务服务中心牵头）\n"
                      "二、推进信用修复。新增信用修复案例20件。（市发改委负责）\n"
                      f"某市人民政府办公室  2025年2月10日印发\n{run}\n")
    assert [g.unit for t in plan.tasks for g in t.targets] == ["个工作日", "件"]


def test_a_unit_whose_name_ends_in_a_role_word_stays_whole():
    plan = parse_text("某县2025年质量提升方案\n一、主要任务\n"
                      "（一）开展产品抽检300批次。责任单位：县产品质量监督检验所。\n"
                      "（二）开展计量检定。责任单位：县市场监督管理局。\n")
    assert [t.responsible_units for t in plan.tasks] == [["县产品质量监督检验所"], ["县市场监督管理局"]]


# -- class 9: the issuer ---------------------------------------------------------------------------

BODY = "一、加强监测。全年监测不少于12次。（区生态环境局）\n二、加强执法。开展联合执法4次。（区城管局）\n"


@pytest.mark.parametrize("signed,issuer", [
    ("中共某区委办公室  某区人民政府办公室", "中共某区委办公室、某区人民政府办公室"),
    ("李庄村党支部 李庄村村民委员会", "李庄村党支部、李庄村村民委员会"),
    ("某区人民政府办公室", "某区人民政府办公室"),
])
def test_joint_issuers_signed_on_one_line_are_listed_apart(signed, issuer):
    plan = parse_text(f"某区2025年大气污染防治工作要点\n{BODY}{signed}\n2025年3月5日\n")
    assert plan.issuer == issuer and plan.date == "2025-03-05"


def test_the_issuer_a_title_names_before_its_guanyu():
    plan = parse_text(f"某镇人民政府关于2025年河道整治的实施方案\n{BODY}")
    assert plan.issuer == "某镇人民政府"


def test_a_title_naming_a_place_only_gives_no_issuer():
    plan = parse_text(f"某区关于2025年河道整治的实施方案\n{BODY}")
    assert plan.issuer == ""


@pytest.mark.parametrize("place", ["XX区", "××区", "ＸＸ区"])
def test_placeholder_names_keep_the_issuer_and_the_number_prefix(place):
    plan = parse_text(f"{place}人民政府办公室关于印发{place}2025年河道整治方案的通知\n"
                      f"X政办发〔2025〕8号\n各街道：\n现将方案印发给你们。\n{place}人民政府办公室\n2025年3月5日\n"
                      f"{place}2025年河道整治方案\n{BODY}")
    assert plan.issuer == f"{place.replace('ＸＸ', 'XX')}人民政府办公室"      # (full-width letters read as ASCII)
    assert plan.doc_number == "X政办发〔2025〕8号"

"""ux57: what a new clerk hit importing unseen plans (a county task breakdown, a city 建议提案 plan, a street
实施方案) — a month chased before the plan was issued, large figures in raw digits, one group twice by bracket
width, a street plan's villages flagged, a joint issuer dropped."""

from __future__ import annotations

from datetime import date

from helpers_ui import make_workspace, sample_plan, unit

from desktop.core import progress
from desktop.core.model import Duty
from desktop.store import dashboard

STREET = "每月25日前将当月工作进展和工作信息报街道农业农村办公室"


# -- finding 2: a month whose report fell due before the plan was issued is owed by no one ------------------

def test_owed_from_the_issue_skips_a_month_due_before_it():
    same = progress.DueRule(25, True)
    assert progress.owed_from_issue("2024-02-26", same) == "2024-03"       # February's report was due on the 25th
    assert progress.owed_from_issue("2024-02-25", same) == "2024-03"       # due the day it was issued: not owed
    # (ux58 finding 11: a month due less than a week after the issue is not owed either)
    assert progress.owed_from_issue("2024-02-20", same) == "2024-03"       # due 5 days after
    assert progress.owed_from_issue("2024-02-18", same) == "2024-02"       # due a week after: owed
    assert progress.owed_from_issue("2024-01-30") == "2024-02"             # by the 5th of the next month: 6 days
    assert progress.owed_from_issue("2024-01-29") == "2024-01"             # 7 days: owed
    assert progress.owed_from_issue("2024-02") == "2024-02"
    assert progress.first_due_month("2024-02-26", None, "2024-02-27", same) == "2024-03"
    assert progress.first_due_month("2024-02-26", None, None, None) == "2024-02"     # the reports' own start


def _street_workspace(tmp_path):
    plan = sample_plan()
    plan.date = "2024-02-26"
    plan.duties = [Duty("monthly_info", None, "month", STREET)]
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan)
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET imported_at = '2024-02-27T09:00:00' WHERE id = ?", (plan_id,))
    return ws, plan_id


def test_the_grid_and_the_reminder_do_not_chase_february_of_a_plan_dated_26_february(tmp_path):
    from desktop.reports.data import load_input

    ws, plan_id = _street_workspace(tmp_path)
    day = date(2024, 3, 20)
    ws.set_setting("as_of", day.isoformat())
    assert dashboard.due_rule(ws, plan_id) == progress.DueRule(25, True)
    months = ["2024-02", "2024-03", "2024-04"]
    grid = dashboard.submission_grid(ws, plan_id, months, day)
    civil = unit(ws, plan_id, "市民政局")
    assert grid.first == "2024-03"
    assert grid.state(civil, "2024-02") == dashboard.NOT_DUE and grid.before_use("2024-02")   # shown 「—」
    assert dashboard.late_units(grid, "2024-02") == []
    assert dashboard.last_due_month(months, day, rule=dashboard.due_rule(ws, plan_id), first=grid.first) is None
    # on 27 March, March is owed and chased
    later = date(2024, 3, 27)
    grid = dashboard.submission_grid(ws, plan_id, months, later)
    assert grid.state(civil, "2024-03") == dashboard.MISSING
    assert dashboard.last_due_month(months, later, rule=dashboard.due_rule(ws, plan_id), first=grid.first) == "2024-03"
    # the reports still take entries from the plan's own start (m56a)
    assert dashboard.start_month(ws, plan_id) == "2024-02"
    data = load_input(ws, 2024)
    assert data.first_month == "2024-03" and data.start_month == "2024-02"


# -- finding 5: large figures as the document wrote them, else in 亿／万 ---------------------------------------

def test_a_figure_as_written_else_in_yi_or_wan():
    from desktop.core.values import figure_text

    assert figure_text(15_000_000_000, "年度完成投资150亿元以上") == "150亿"
    assert figure_text(15_000_000, "实际利用外资1500万美元") == "1500万"
    assert figure_text(15_000, "不少于15000人") == "15000"                     # written in digits: kept
    assert figure_text(1_200_000_000) == "12亿"
    assert figure_text(120_000_000) == "1.2亿"
    assert figure_text(330_000) == "33万"
    assert [figure_text(v) for v in (12_345, 8, 2.5, 75)] == ["12345", "8", "2.5", "75"]


def test_the_review_the_task_page_and_the_dashboard_show_150_yi(tmp_path):
    from desktop.core import review_edits
    from desktop.core.model import Target
    from desktop.reports.inputs import TargetIn
    from desktop.reports.wording import plan_number
    from desktop.ui.detail_models import target_label

    invest = Target("年度完成投资150亿元以上", 15_000_000_000, "元", ">=", "2024-12-31", "年度完成投资")
    grain = Target("", 330_000, "亩", ">=", None, "粮食播种面积")
    assert review_edits.targets_shown([invest, grain]) == "年度完成投资 不少于150亿元；粮食播种面积 不少于33万亩"
    # the shown form reads back as the same target: nothing changes when the cell is left as it was
    assert review_edits.parse_targets(review_edits.targets_shown([invest]), [invest], 2024) == [invest]
    row = {"subject": "年度完成投资", "text": invest.text, "value": invest.value, "unit": "元", "comparator": ">="}
    assert target_label(row) == "年度完成投资（不少于150亿元）"
    assert target_label({"subject": "实际利用外资", "text": "", "value": 15_000_000.0, "unit": "美元"}) \
        == "实际利用外资（1500万美元）"
    target = TargetIn(1, "年度完成投资", invest.text, invest.value, "元", ">=", None)
    assert plan_number(invest.value, target) == "150亿"
    assert plan_number(16_200_000_000, target) == "162亿"


# -- findings 7, 8, 9: a street's plan — one group whatever its brackets, its villages, its two issuers -------

STREET_PLAN = """中共城东街道工作委员会 城东街道办事处
关于印发《城东街道2024年农村人居环境整治提升实施方案》的通知
城东发〔2024〕5号

各社区（村）党组织、居（村）委会，街道各办（中心、所）：
　　现将《城东街道2024年农村人居环境整治提升实施方案》印发给你们，请结合实际认真贯彻落实。

中共城东街道工作委员会
城东街道办事处
2024年2月26日

城东街道2024年农村人居环境整治提升实施方案

一、工作目标
　　到2024年底，辖区农村生活垃圾无害化处理率保持100%。

二、主要任务
（一）生活垃圾治理
1、完善垃圾收运体系，新增分类垃圾桶800个，做到垃圾日产日清。（牵头单位：城市管理办公室；责任单位：环卫所、各社区（村）；完成时限：2024年5月底前）
2、建立垃圾分类积分兑换制度，每个社区（村）设立积分兑换点1个。（牵头单位:城市管理办公室;责任单位:妇联、各社区(村);完成时限:2024年6月30日前）
（二）厕所革命
3、新建改建农村公共厕所6座。
牵头单位：农业农村办公室
责任单位：规划建设办公室、张湾村、李家村、石桥村
完成时限：2024年9月底前
（三）生活污水治理
4、开展黑臭水体排查，完成2处黑臭水体整治。（牵头单位：生态环境办公室；责任单位：河长办、相关村；完成时限：2024年8月底前）

三、保障措施
　　各责任单位明确1名联络员，每月25日前将当月工作进展和工作信息报街道农业农村办公室；6月20日前报送半年工作小结。
"""


def test_a_joint_issuer_signed_over_the_date_is_read_whole():
    from desktop.core.parse import parse_text

    plan = parse_text(STREET_PLAN)
    assert plan.issuer == "中共城东街道工作委员会、城东街道办事处"
    assert plan.date == "2024-02-26"


def test_one_group_whatever_its_brackets_and_a_street_plans_villages(tmp_path):
    from desktop.core import review_edits
    from desktop.core.parse import parse_text
    from desktop.store import open_workspace
    from desktop.store.plans import prepare_reimport, save_reimport

    ws = open_workspace(tmp_path / "w.sqlite")
    reimport = prepare_reimport(ws, parse_text(STREET_PLAN))
    plan = reimport.plan
    names = [u.name for u in plan.units]
    # finding 7: 各社区(村) is 各社区（村）, the document's full-width form kept, asked for members once
    assert "各社区（村）" in names and "各社区(村)" not in names
    group = next(u for u in plan.units if u.name == "各社区（村）")
    assert group.is_group and "各社区(村)" in group.aliases
    assert all("各社区(村)" not in t.lead_units + t.responsible_units for t in plan.tasks)
    assert not any("“各社区(村)”" in w for w in plan.warnings)
    # finding 8: named villages are units of a street's plan, no flag; 相关村 is a group word
    assert {"张湾村", "李家村", "石桥村"} <= set(names)
    assert not any("不像单位名称" in w for w in plan.warnings)
    for task in plan.tasks:
        assert not any("不像单位名称" in p for p in review_edits.task_problems(plan, task)), task.key
    assert next(u for u in plan.units if u.name == "相关村").is_group
    result = save_reimport(ws, reimport, source_name="street.txt")
    assert ws.conn.execute("SELECT issuer FROM plans WHERE id = ?", (result.plan_id,)).fetchone()[0] \
        == "中共城东街道工作委员会、城东街道办事处"
    chased = [u["name"] for u in dashboard.reporting_units(ws, result.plan_id)]
    assert "相关村" not in chased and "张湾村" in chased
    grid = dashboard.submission_grid(ws, result.plan_id, ["2024-03"], date(2024, 4, 10))
    text = dashboard.reminder_text("方案", "2024-03", dashboard.late_units(grid, "2024-03"), date(2024, 4, 10))
    assert "张湾村" in text and "相关村" not in text

"""A notice that issues its task table as its 附件 (ux64 finding 7): the notice's own points are its
requirements, not tasks; the office's own 「月调度、季通报」 is no duty of the units; the table's 序号 is the
task's number on every screen; a short name is never a bare figure, and report headings carry no figures."""

from __future__ import annotations

from types import SimpleNamespace

from docx import Document
from helpers_plan import sample_plan
from helpers_ui import FakePrompts, make_workspace, open_window

from desktop.core.model import shown_number
from desktop.core.parse import parse_file, parse_text
from desktop.core.parse.duties import find_duties
from desktop.core.parse.shortname import BARE_FIGURE, suggest_short_name
from desktop.reports.wording import short_name

ROWS = [
    ("序号", "重点任务", "牵头单位", "责任单位", "完成时限"),
    ("1", "新建街道养老服务综合体6个、社区老年人服务中心（站）30个，实现街道养老服务综合体全覆盖。",
     "市民政局", "各区政府", "2025年12月底"),
    ("2", "完成特殊困难老年人家庭适老化改造1200户。", "市民政局", "市残联，各区政府", "2025年11月底"),
    ("3", "新增家庭养老照护床位500张，护理型床位占比不低于65%。", "市民政局", "市卫健委，各区政府", "2025年12月底"),
    ("4", "培训养老护理员3000人次。", "市人社局", "市民政局", "2025年11月底"),
]
TITLE = "江陵市人民政府办公室关于印发江陵市2025年养老服务体系建设重点工作任务分解方案的通知"
TABLE = "江陵市2025年养老服务体系建设重点工作任务分解表"
REQUIREMENTS = [
    "一、压实工作责任。各牵头单位要对照任务分解表，细化工作措施，明确责任人和时间节点；"
    "各责任单位要主动配合，形成工作合力。",
    "二、按时报送情况。各责任单位要明确1名联络员，于2月20日前报市养老服务工作领导小组办公室（设在市民政局）。"
    "各责任单位每月5日前报送上月工作进展情况和工作信息1篇以上；6月30日前报送半年工作小结；"
    "11月30日前报送年度工作总结。",
    "三、强化督促检查。市领导小组办公室实行“月调度、季通报、半年检查、全年总结”，对工作推进不力的单位进行通报。",
]


def _notice(path, points=REQUIREMENTS):
    d = Document()
    for line in [TITLE, "江政办〔2025〕8号", "各区人民政府，市政府各部门：",
                 "《江陵市2025年养老服务体系建设重点工作任务分解方案》已经市人民政府同意，现印发给你们，"
                 "请结合实际认真贯彻落实。有关事项通知如下：", *points, "附件：" + TABLE, "江陵市人民政府办公室",
                 "2025年1月20日", "附件", TABLE]:
        d.add_paragraph(line)
    table = d.add_table(rows=len(ROWS), cols=5)
    for i, row in enumerate(ROWS):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    d.save(path)
    return path


def test_the_notices_points_stay_beside_the_table_numbered_under_its_attachment(tmp_path):
    # Round 76: a cover point that instructs the units to send reports is a task (round 55's x248_01), the attached
    # table's rows numbered 附件.N; Round 94: 三、 holds nothing but the office's own oversight — no task
    plan = parse_file(_notice(tmp_path / "plan.docx"))
    keys = [t.key for t in plan.tasks]
    assert keys == ["一", "二", "附件.1", "附件.2", "附件.3", "附件.4"]
    table = {t.key: t for t in plan.tasks}
    assert not table["一"].lead_units and not table["二"].lead_units and table["二"].targets[0].value == 1
    table = {t.key: t for t in plan.tasks}
    assert table["附件.2"].lead_units == ["市民政局"] and table["附件.2"].responsible_units == ["市残联", "各区政府"]
    assert not any("不作为任务" in w for w in plan.warnings)
    # its sendings are the units' duties
    kinds = {d.kind: d for d in plan.duties}
    assert kinds["monthly_info"].every == "month"
    assert kinds["half_year_summary"].due == "2025-06-30" and kinds["year_end_report"].due == "2025-11-30"
    assert kinds["liaison"].due == "2025-02-20"
    # the heading 二、按时报送情况 and the liaison's own clause are no duties of their own (Round 94)
    assert [d.kind for d in plan.duties] == ["liaison", "monthly_info", "half_year_summary", "year_end_report",
                                             "oversight"]


def test_a_notice_point_with_work_of_its_own_stays_a_task(tmp_path):
    work = "一、开展养老机构安全隐患排查。对全市养老机构开展消防安全隐患排查，完成排查120家。"
    plan = parse_file(_notice(tmp_path / "plan.docx", [work, *REQUIREMENTS[1:]]))
    keys = [t.key for t in plan.tasks]
    assert keys[0] == "一" and plan.tasks[0].targets[0].value == 120
    assert keys[-4:] == ["附件.1", "附件.2", "附件.3", "附件.4"]


def test_the_offices_own_rhythm_is_no_quarterly_report():
    duties = find_duties("市领导小组办公室实行“月调度、季通报、半年检查、全年总结”，"
                         "对工作推进不力的单位进行通报。", 2025)
    assert [(d.kind, d.every) for d in duties] == [("oversight", "quarter")]
    # the units sending on the quarter still owe it
    duties = find_duties("各成员单位每季度末向市领导小组办公室报送工作进展情况。", 2025)
    assert ("quarterly_report", "quarter") in [(d.kind, d.every) for d in duties]


def test_a_short_name_is_never_a_bare_figure():
    name = suggest_short_name("完成特殊困难老年人家庭适老化改造1200户")
    assert not BARE_FIGURE.fullmatch(name) and "适老化" in name
    assert suggest_short_name("新增家庭养老照护床位500张") == "新增家庭养老照护床位"


def test_report_headings_carry_the_work_not_its_figures():
    def named(title, given=""):
        return short_name(SimpleNamespace(short_name=given, text=title + "。", title=title))
    assert named("新增家庭养老照护床位500张，护理型床位占比不低于65%") == "新增家庭养老照护床位"
    assert named("培训养老护理员3000人次") == "培训养老护理员"
    assert named("新建街道养老服务综合体6个、社区老年人服务中心（站）30个") \
        == "新建街道养老服务综合体、社区老年人服务中心（站）"
    assert named("完成特殊困难老年人家庭适老化改造1200户", "适老化改造") == "适老化改造"
    assert named("推进医养结合") == "推进医养结合"
    assert named("新建5G基站") == "新建5G基站"


def test_the_monthly_list_numbers_tasks_as_the_dashboard_does(qtbot, tmp_path):
    plan = sample_plan()
    ws, _ = make_workspace(tmp_path / "w.sqlite", plan)
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局",
                         as_of="2024-03-20")
    window.show_page("monthly")
    model = window.monthly.tasks
    shown = [model.data(model.index(i, 0)) for i in range(model.rowCount())]
    assert shown[0].startswith(shown_number(plan.tasks[0].path, "1") + " 凝聚社会共识")
    assert shown[1].startswith("二.二.3 推进老年食堂建设")


def test_a_plan_text_of_the_same_notice_reads_alike(tmp_path):
    text = "\n".join([TITLE, "现印发给你们，请结合实际认真贯彻落实。有关事项通知如下：", *REQUIREMENTS,
                      "附件：" + TABLE, "江陵市人民政府办公室", "2025年1月20日", "附件", TABLE,
                      *("\t".join(r) for r in ROWS)])
    plan = parse_text(text)
    docx = parse_file(_notice(tmp_path / "plan.docx"))
    assert [t.key for t in plan.tasks] == [t.key for t in docx.tasks]
    assert [t.key for t in plan.tasks][-4:] == ["附件.1", "附件.2", "附件.3", "附件.4"]

"""A new clerk's half-year summary on a plan the demo never showed (rv70b finding 1: 嘉定 海绵城市 实施方案,
责任单位 per task plus a 附件 task table): a task heading is never a cut fragment — no name cut inside quotes,
none ending on 时／的原则／a bare particle; a fragment gives way to the task's own work — and the 附件's rows
are headed as such."""

from __future__ import annotations

import datetime as dt

from desktop.reports.draft import draft_report
from desktop.reports.inputs import EntryIn, ReportInput, TaskIn
from desktop.reports.wording import is_fragment, short_name

DAY = dt.date(2025, 6, 30)
PLAN = "嘉定区系统化全域推进海绵城市建设的实施方案"
WATER = "区水务局"

def _task(tid, title, text="", short="", leads=(), others=(WATER,), path=("附件",)):
    return TaskIn(tid, ".".join(path) + f".{tid}", str(tid), title, "2025-12-31", list(leads), list(others), [],
                  group="", short_name=short, text=text or title, path=list(path))


# the 附件 rows of plans-dev 06 as the reader stores them (title, text, the parser's short name)
ROWS = [
    (40, "按照“发现一处，整改一处”的原则，持续开展雨污混接排摸改造",
     "按照“发现一处，整改一处”的原则，持续开展雨污混接排摸改造。重点加强嘉定老城区、真新、江桥等早期城市化开发建设"
     "区域雨污水混接混排整治工作。", "整改一处的原则"),
    (33, "住宅小区、商业、文化、体育、教育科研、广场、工业等新改扩建项目与各类改造项目应全…",
     "住宅小区、商业、文化、体育、教育科研、广场、工业等新改扩建项目与各类改造项目应全面落实海绵城市建设要求，"
     "重点结合嘉定区特色，因地制宜开展海绵校园建设，打造各具特色的高品质嘉定“海绵校园”品牌。", "项目应全"),
    (34, "海绵型市政设施项目制定运维养护方案及改造计划时",
     "海绵型市政设施项目制定运维养护方案及改造计划时，应结合海绵城市、排水防涝等，因地制宜落实海绵城市建设要求和"
     "多功能调蓄设施建设。", "海绵型市政设施项目"),
]


def test_fragments_are_told():
    for cut in ("整改一处”的原则", "整改一处的原则", "项目应全", "改造计划时", "推进“海绵", "海绵城市建设的",
                "结合嘉定区特色", "按照“发现一处，整改一处”"):
        assert is_fragment(cut), cut
    for whole in ("开展雨污混接排摸改造", "推进重大工程“+海绵”建设", "养老服务立法", "落实“海绵公园”设计理念",
                  "提升区域水系蓄排能力"):
        assert not is_fragment(whole), whole


def test_a_heading_is_never_cut_inside_quotes_nor_a_condition():
    names = {tid: short_name(_task(tid, title, text)) for tid, title, text, _ in ROWS}
    assert names[40] == "开展雨污混接排摸改造"
    assert names[33] == "开展海绵校园建设"
    for name in names.values():
        assert not is_fragment(name), name
        assert name.count("“") == name.count("”")
        assert not name.endswith(("时", "原则", "的"))


def test_a_stored_fragment_gives_way_to_the_task_s_own_work():
    for tid, title, text, stored in ROWS:
        name = short_name(_task(tid, title, text, short=stored))
        assert not is_fragment(name), (stored, name)
    # a whole name a person gave stays
    assert short_name(_task(1, "持续开展雨污混接排摸改造", short="雨污混接改造")) == "雨污混接改造"


def _report(tasks, entries):
    data = ReportInput(PLAN, 2025, tasks, entries, unit=WATER, office_name="嘉定区海绵城市建设领导小组办公室",
                       units=[WATER])
    return draft_report(data, "half-year", today=DAY)


def _entries(task_ids):
    return [EntryIn(i, tid, WATER, f"2025-0{m}", "in_progress", f"{m}月推进第{tid}项工作，完成排查{m * 10}处。",
                    submitted_at=f"2025-0{m}-28") for i, (tid, m) in
            enumerate(((t, m) for t in task_ids for m in (3, 4, 5)), 1)]


def _text(report):
    return "\n".join(b.text for s in report.sections for b in s.blocks)


def test_the_work_section_has_no_cut_heading():
    tasks = [_task(tid, title, text, short=stored) for tid, title, text, stored in ROWS]
    text = _text(_report(tasks, _entries([40, 33, 34])))
    assert "整改一处”" not in text and "的原则\n" not in text
    assert "开展雨污混接排摸改造" in text


def test_the_attachment_s_rows_are_grouped_as_such():
    body = TaskIn(1, "二.六.3", "3", "推进排水设施提质增效", "2025-12-31", [], [WATER], [],
                  group="完善城市排水防涝设施建设", text="推进排水设施提质增效。", path=["二", "六"])
    tasks = [body] + [_task(tid, title, text, short=stored) for tid, title, text, stored in ROWS]
    text = _text(_report(tasks, _entries([1, 40, 33])))
    assert "（二）附件所列任务" in text, text
    assert "其他任务" not in text


def test_whole_names_that_end_like_a_cut_stay():
    for whole in ("加强数字治理场景应用", "满足群众需求", "健全应急管理", "做好风险应对", "推进能源供应",
                  "推动公众参与"):
        assert not is_fragment(whole), whole
    text = "加强数字治理场景应用。建设杨浦滨江智慧管理平台。"
    assert short_name(_task(7, "加强数字治理场景应用", text)) == "加强数字治理场景应用"
    # a title over its text on the next line: the title's line is the clause
    text = "健全更新统筹机制\n结合本区城市更新建设的需要，进一步完善组织架构。"
    assert short_name(_task(8, "健全更新统筹机制", text)) == "健全更新统筹机制"
    # a list's closing 等 is no cut
    text = ("各村：负责在镇政府的指导下，做好村辖区内建筑垃圾及无主垃圾处理的源头管理、规范运输处置等，"
            "纳入村内预算。")
    assert short_name(_task(9, "各村", text)) == "做好源头管理、规范运输处置"

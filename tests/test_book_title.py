"""A title inside 《》 takes 〈〉 for the title inside it (ux62 finding 10: 《2025年区《政府工作报告》…方案》),
wherever the program writes a plan's title in 《》: the report's lead and overview, the 催报 text, messages,
package labels."""

from __future__ import annotations

import datetime as dt

from fixtures_reports.sample import report_input

from desktop.commands.plan import summary_lines
from desktop.core.model import ParsedPlan, book_title
from desktop.exchange.format import PlanIdentity
from desktop.reports.draft import draft_report
from desktop.store.dashboard import reminder_text

PLAN = "2025年区《政府工作报告》重点工作任务分工方案"
QUOTED = "《2025年区〈政府工作报告〉重点工作任务分工方案》"


def test_book_title_turns_the_inner_title_to_angle_brackets():
    assert book_title(PLAN) == QUOTED
    assert book_title("市政协十四届三次会议3号建议案办理工作方案") == "《市政协十四届三次会议3号建议案办理工作方案》"
    assert book_title(f"《{PLAN}》") == QUOTED               # stored in its own 《》: not wrapped twice
    assert book_title("《关于印发〈某方案〉的通知》") == "《关于印发〈某方案〉的通知》"
    assert book_title("《甲方案》与《乙方案》衔接工作方案") == "《〈甲方案〉与〈乙方案〉衔接工作方案》"


def test_the_report_cites_the_plan_with_angle_brackets_inside():
    data = report_input(None)
    data.plan_title, data.year = PLAN, 2025
    report = draft_report(data, "half-year", today=dt.date(2025, 7, 3))
    assert report.lead.startswith(f"根据{QUOTED}")
    overview = " ".join(s.text for s in report.sections[0].blocks[0].sentences)
    assert overview.startswith(f"{QUOTED}明确")
    everything = report.lead + " ".join(s.text for s in report.sentences())
    assert "《2025年区《" not in everything


def test_messages_and_labels_write_the_title_the_same_way():
    text = reminder_text(PLAN, "2025-06", [{"name": "区民政局"}], dt.date(2025, 7, 3))
    assert f"落实{QUOTED}的工作进展" in text
    assert PlanIdentity("u1", "江滨政办〔2025〕3号", PLAN, "f").label() == f"{QUOTED}江滨政办〔2025〕3号"
    assert summary_lines(ParsedPlan(title=PLAN, doc_number="江滨政办〔2025〕3号")).startswith(f"{QUOTED} 江滨政办")

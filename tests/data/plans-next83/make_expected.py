# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next83/expected.json from the hand-written answers below.

A one-plan blind never-tuned set (built by helper c82, round 28; the ninth page opening c82 found, after plans-next82 was
full: a county 气象局's 人工影响天气 plan): never tune the parser on it (see README.md). Only `line` and `title_starts` are
looked up in the text (by ``locate`` of ../plans/expected_tools.py); every answer was written here by reading the text.
Neither the parser nor the scorer was run on it by c82: the lead scores it once.

    python tests/data/plans-next83/make_expected.py tests/data/plans-next83
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

GOALS = "a section of aims (指导思想) with no numbered children: no task"

# ---------------------------------------------------------------------------------------------------------
F1 = "x83_01_xian-qixiangju-2024-rengong-yingxiang-tianqi-gongzuo-jihua.txt"
plan(F1,
     title="县气象局2024年度人工影响天气工作计划",
     title_note="line 1 (repeated on lines 3 and 5)",
     doc_no="", issuer="a county 气象局 (masked 「XX县」; 县人影办, 县人工影响天气中心)",
     date="2024 (the plan's year)", level="county bureau (masked XX县)",
     source=page_source("https://maok.cn/index.php?c=preview&id=160727&s=news"),
     style="a preview page: the TITLE THREE TIMES, a preamble with typos (「早涝」「干早」「抗早」 for 旱), 一、指导思想 (prose), "
           "二、2024年主要工作任务 with a level whose numeral was LOST 「()作业时间及空域保障」 and 1. 2. below it; 1.'s span lost "
           "its dash 「112月」 (for 1—12月); 2. with 「由县人影办…组织实施」 and 「由人工影响天气中心向南部战区进行空域申请」 (cut); "
           "two-blank indents",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "()", "1"], [], [], dl="112月", skip_deadline=True, not_targets=[(112, "月")],
          note="作业时间: 「112月实时开展火箭、焰条增雨(防雹)作业」 — 1—12月 with its dash lost: a span of months, not a deadline "
               "(not checked), and 「112月」 is no quantity (not a target); no body named: lead = [], responsible = []"),
        S(["二", "()", "2"], [], ["县人影办", "人工影响天气中心"],
          note=CUT + "; 「每次作业由县人影办根据天气形势组织实施」 and 「由人工影响天气中心向南部战区进行空域申请」: two bodies given the "
               "work by 「由X…」, no lead; 各现场作业人员 are persons (they obey 县人工影响天气中心's command), 南部战区 receives the "
               "application; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/()/1 and 二/()/2 (cut); 1 without the cut item; 一、指导思想 is a section (" + GOALS + "); the level "
            "「()」 (its numeral lost, (一) by its place) has numbered children, so it is no leaf",
            "no figures: 2024 is the year; 「112月」 is the garbled span 1—12月 (a not_target)",
            "the airspace application to 南部战区 is a request for permission, not a report: no duty"])

write_collected(DIR)

"""plan_parse_ms: each seed plan (from tests/data/seeds in a checkout), the demo plan, a 30 KB
and a 100 KB synthetic plan (goal: 100 KB in at most 200 ms, issue 10), each plans-dev plan when
../shared/plans-dev is beside the repo, and inputs built to make a parser backtrack, against one
regex pass over the same text."""

from __future__ import annotations

import re
from functools import partial

from desktop import paths
from desktop.devtools.bench import Result, median_time, row
from desktop.devtools.bench.synthetic import sized_plan_text

_FLOOR_RE = re.compile(r"[（(][^）)]{0,200}[）)]|[一二三四五六七八九十]+、|\d+[.、．]")


def _floor(text: str) -> None:
    for line in text.splitlines():
        line.split("。")
    _FLOOR_RE.findall(text)


def plan_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    seeds = paths.resource("tests", "data", "seeds")
    for path in sorted(seeds.glob("*.txt")) if seeds.is_dir() else []:
        texts[f"seed_{path.name[:3]}"] = path.read_text(encoding="utf-8")
    if not texts:
        texts["demo_plan"] = paths.resource("desktop", "data", "demo_plan.txt").read_text(encoding="utf-8")
    texts["synthetic_30kb"] = sized_plan_text(30)
    texts["synthetic_100kb"] = sized_plan_text(100)
    dev = paths.resource().parent / "shared" / "plans-dev"
    for path in sorted(dev.glob("*.txt")) if dev.is_dir() else []:
        texts[f"dev_{path.name[:2]}"] = path.read_text(encoding="utf-8")
    return texts


_ROW = "开展专项整治行动，全面排查隐患问题并建立台账(牵头单位:区应急局;责任单位:各街镇)。"
_FIELD = "第{}场培训，时间：{}月{}日，地点在镇会议室，请各村安排人员参加"
_DEFINED = "本条例所称城市更新是指在本市建成区内开展持续改善城市空间形态和功能的活动，"
# 第一条…第三十九条
_ARTICLES = [*"一二三四五六七八九", *(a + b for a in ("十", "二十", "三十") for b in ("", *"一二三四五六七八九"))]
_HIRED = ("某区社区规划师制度实施办法\n第一条 为做好工作，制定本办法。\n"
          "第二条 区规划资源局负责统筹推进社区规划师工作。\n第四条 社区规划师的基本职责包括：\n")


def pathological_texts() -> dict[str, str]:
    """Inputs that would make a backtracking pattern blow up (the fuzz test checks their
    results; their cost is measured here, against the same floor, never timed in a test)."""
    return {
        "nasty_brackets": "(" * 20000 + "牵头单位:" + ")" * 20000,
        "nasty_numbering": "1." * 20000,
        "nasty_units": "（一）" * 5000 + "市民政局、" * 5000,
        "nasty_lead": "一、" + "市民政局牵头，" * 5000,
        # the slow paths the parser reviews found and bounded (a test checks what each returns; the time is here)
        "nasty_table_row": "".join(f"{i}.{_ROW}" for i in range(1, 800)),                   # round 38
        "nasty_cases": "有下列情形之一的，" * 3000 + "依法处理" * 2000,                        # round 38
        "nasty_yu_days": ("并于5月1日" * 20000)[: 40 * 1024 // 3],                          # round 45
        "nasty_halves": ("不少于总人数的一半" * 20000)[: 40 * 1024 // 3],                    # round 45
        "nasty_time_fields": "".join(_FIELD.format(j, 1 + j % 12, 1 + j % 28) for j in range(600)),   # round 46
        "nasty_defines": _DEFINED * 800 + "具体如下",                                       # round 46
        "nasty_cut_item": "（一）加强领导,明确责任1." + "成立工作领导小组负责统筹协调全镇创建工作" * 2000,  # round 46
        "nasty_bare_marks": "、加强日常管理工作。\n" * 20000 + "二、保障措施",                   # round 47
        "nasty_headless_run": "一、工作任务\n" + "".join(
            f"{k}、镇城建办负责做好第{k}项工作。\n" for k in range(2, 2000)),                        # round 47
        "nasty_hired_duties": _HIRED + "".join(f"（{k}）提供专业咨询第{k}项。\n" for k in range(1, 400))
        + "第五条 区规划资源局负责对社区规划师进行考核。",                                     # round 47
        "nasty_generic_days": "某区狂犬病日活动方案\n2024年9月28日是第18个“世界狂犬病日”。\n一、主要活动\n" + "".join(
            f"{k}．各社区卫生服务中心要在宣传日前后组织开展第{k}场宣传咨询活动。\n" for k in range(1, 600)),  # round 49
        "nasty_filing_steps": "关于申报某某补贴的通知\n一、申报程序\n" + "".join(
            f"{k}、申请单位在6月30日之前填写《第{k}号申请书》，报所在地交通管理部门。\n" for k in range(1, 1500))
        + "1500、区交通管理部门收到申请后，会同区财政局组织验收。",              # round 50 (rv50 F1: steps × siblings)
        "nasty_day_spans": "一、复核程序\n（一）" + "，".join(
            f"复核期限不超过收到通知之日起的{k}日" for k in range(1, 800)) + "。",   # round 51 (rv51 F4: aims × spans)
        "nasty_run_in_items": "各单位要做好以下事项，" + "加强管理如下：（一）开展巡查。" * 4000,  # round 55 (rv55 F7)
        # (round 55: the inputs of tests that once asserted a time — a test checks what each returns, the time is here:
        # rv53, m53, m50 and rv50 F2)
        "nasty_lone_letters": "".join(f"l、完善发现机制，镇综治办负责做好第{i}项排查工作。\n" for i in range(5000)),
        "nasty_letter_ones": "".join(f"l、第{i}项排查工作。\n2、第{i}项整改工作。\n" for i in range(5000)),
        "nasty_band_sentence": "一、工作任务\n（一）"
        + "建筑面积300平方米及以上的小型建设工程，由街道建管站负责监管，" * 3000 + "。",
        "nasty_bare_tops": "1总则\n1.1目的\n为应对灾害制定本预案。\n1.2范围\n本预案适用于本区。\n"
        + "".join(f"2队第{k}组巡查工作安排\n" for k in range(4000))
        + "5附则\n5.1解释\n本预案由区水务局解释。",                               # round 56 (rv56 F1: bare × bare)
        "nasty_person_lists": "一、工作任务\n1.召开动员会。镇党委负责组织召开动员会，镇党委书记、"
        + "、".join(["镇长和分管副镇长", "各村党支部书记和村主任", "镇派出所所长和指导员"] * 400) + "参加。\n",
        # round 58 (rv58 F6: PERSONS_POSTED's names that held 和 themselves, 2 ^ pairs)
        "nasty_calendar_line": "关于端午节放假的通知\n各位家长：\n现将放假安排通知如下：\n"
        + "初一年级5月1日至5日放假调休，共5天，4月28日、5月11日上班上课。" * 40 + "请家长知悉。\n某某小学\n",
        # round 69 (rv69a F1: a holiday calendar's sentences re-split between their words, 5 × a sentence)
        "nasty_sent_how": "".join(f"第{k}条 区民政部门应当" + "依照规定按照要求" * 12 + "在规定期限内" * 3
                                  + "开展养老机构安全检查，并整改。\n" for k in _ARTICLES),
        # round 70 (rv70a F1: role_subjects._REPORTS re-split a run of 依照…规定 phrases between repeats of _SENT_HOW)
        "nasty_files_listed": "第二条 区房管局" + "应当将下列" * 12000 + "：\n（一）投诉书；\n（二）处理意见书。\n",
        "nasty_supervises": "第二条 区房管局" + "应当对" * 20000 + "：\n（一）巡查；\n（二）整改。\n",
        # round 71 (rv71a F11: article_lead_ins' end-anchored _FILES_LISTED / _SUPERVISES searched from every modal)
    }


def run() -> dict[str, Result]:
    from desktop.core.parse import parse_text

    out: dict[str, Result] = {}
    goals = dict.fromkeys(pathological_texts(), "no blow-up: ratio of the order of a plan's")
    goals["synthetic_100kb"] = "100 KB plan ≤ 200 ms"
    for name, text in {**plan_texts(), **pathological_texts()}.items():
        parse_ms = median_time(partial(parse_text, text), repeat=9) * 1000
        floor_ms = median_time(partial(_floor, text), repeat=9) * 1000
        tasks = len(parse_text(text).tasks)
        out[f"plan_parse_ms.{name}"] = row(
            parse_ms, "ms", floor_ms, goal=goals.get(name, "30 KB plan < 100 ms"),
            floor_what="split lines and sentences + one regex pass over the text",
            kb=round(len(text.encode("utf-8")) / 1024, 1), tasks=tasks)
    return out

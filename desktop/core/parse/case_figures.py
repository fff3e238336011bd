"""The lines of a list of breaches 「承租人有下列情形之一的，A有权终止合同…：⏎（一）…；⏎（四）…累计6个月以上未…；」
「有下列情形之一的，属于转包：」: each line is a breach the lead-in answers, and a figure in it describes the breach
to find — no target, 以上 changing nothing there (round 31's exception; Round 81's x310_04 第十五条（四））. Not a list
of conditions a status or a grant turns on 「有下列情形之一的，不予贷款：」「…的，视为项目发生重大变化：」, whose
thresholds joined to the line's word stay figures of the plan (rounds 25, 30, 38, 46). Read by
``targets.find_targets``."""

from __future__ import annotations

import re

# the pointer at a list of cases, one of which is met 「有下列情形之一的」「存在以下行为之一的」「有下列情形的，」
_POINTER = re.compile(r"(?:下列|以下|下述)(?:任一|任何一种)?[\u4e00-\u9fff]{0,4}?(?:情形|行为|情况|事由)之一"
                      r"|(?:有|存在|出现|具有)(?:下列|以下|下述)(?:情形|行为|情况|事由)的")
# the cases a rule or an option does not reach 「…可以采取告知承诺方式实施审批，但下列情形除外：」: each line a case, a
# figure in it the class of case left out (Round 95's governs on x352_01 第十条), whatever the lead-in answers
_EXCEPTED = re.compile(r"但(?:有)?(?:下列|以下|下述)(?:情形|情况)除外")
# the lead-in answers a breach: it sanctions it or names it as one
_BREACH_LEAD = re.compile(r"违法|违规|违反|违约|转包|分包|挂靠|终止|解除|收回|取消|处罚|予以处理|依法处理"
                          r"|责令|追究|没收|吊销|罚款")
_COLON_END = re.compile(r"[：:]\s*$")
_ITEM = re.compile(r"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十\d]{1,3}\s*[、.．])")
_ENDED = re.compile(r"[；;。]\s*$")


def case_lines(text: str) -> list[str]:
    """The cases listed under each case pointer of ``text`` (each line as far as its first 。)."""
    excepted = "除外" in text and _EXCEPTED.search(text) is not None
    if not excepted and ("之一" not in text and "的" not in text or not _POINTER.search(text)):
        return []
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        pointer = _POINTER.search(lines[i]) or excepted and _EXCEPTED.search(lines[i]) or None
        if pointer is None:
            i += 1
            continue
        j = i        # (the lead-in may run over a wrapped line or two to its colon)
        while j < len(lines) and j < i + 3 and not _COLON_END.search(lines[j]):
            j += 1
        if j >= len(lines) or not _COLON_END.search(lines[j]) \
                or not _BREACH_LEAD.search("".join(lines[i:j + 1])[pointer.start():]) \
                and not pointer.group().endswith("除外"):
            i += 1
            continue
        k, open_line = j + 1, False
        while k < len(lines):
            line = lines[k].strip()
            if not line:
                k += 1
                continue
            if not (_ITEM.match(line) or open_line):
                break
            head, stop, _rest = line.partition("。")
            out.append(head + stop)
            if stop and _rest.strip():
                break                # (「（七）…其他行为。承租人有前款所列行为之一的，…」: the list ends in the line)
            open_line = _ENDED.search(line) is None
            k += 1
        i = k
    return out

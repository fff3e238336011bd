"""The catch-all last line of a list of duties: 「(十三)法律、法规、规章规定的其他消防工作职责。」「(五)完成上级
交办的其他事项」「（四）法律法规和有关规定明确的其他义务」「…要求的其他事项」. It names no act of its own — only
the duties other texts set 「…规定／确定／明确的其他…职责／义务」 or the work others hand down 「完成／承办／承担／
执行…交办（部署、委托）的其他…事项／任务」 — so it is text, not a leaf task, whatever its number (CONVENTIONS.md
Round 84 on round 61's p61a-1, Round 83's catch-all last lines). A line naming its own act and object beside 其他
「将…纳入…，结合…和其他街镇建设同步实施」 is work; a list's only line is left as it is read. A notice's last line
that only wishes its readers well 「3.祝广大师生过一个平安祥和的中秋国庆双节。」 names no act either (Round 97 on
x354_06: a greeting, no work) — not a line of work that names wishes 「组织学生向长辈送祝福」."""

from __future__ import annotations

import re

from .headings import Item
from .shortname import WORK_START

# the duties other texts set 「法律、法规规定的其他职责」「市公安局确定的其他职责」
# (or the duties a higher body deems the list's own 「上级机关认为应当由A承担的其他职责」: set by another, the same)
_SET_DUTIES = re.compile(r"^(?:履行|承担)?[^。；;：:]{0,30}?(?:规定|确定|赋予|授予|明确"
                         r"|认为(?:应当|应)由[^，,。；;：:]{1,20}?(?:履行|承担))的其他"
                         r"[^，,。；;：:]{0,16}?(?:职责|责任|职能|义务)$"
                         # (or the norms they set, closing a list of a firm's norms 「法律、法规、规章以及相关标准
                         # 规定的其他服务规范」: the same catch-all, Round 83's catch-all last lines; or the matters
                         # they ask for 「法律法规和有关规定要求的其他事项」, closing a list of a party's acts)
                         r"|^[^。；;：:]{0,30}?(?:法律|法规|规章|标准)[^。；;：:]{0,12}?(?:规定|要求)的其他"
                         r"[^，,。；;：:]{0,8}?(?:规范|要求|事项)$")
# the work others hand down 「完成领导交办的其他事项」「承担上级部门交办的其他房屋应急维修任务」
_HANDED_DOWN = re.compile(r"^(?:完成|承办|承担|执行|办理|负责)[^，,。；;：:]{0,24}?(?:交办|部署|委托|指派|安排)"
                          r"的其他[^，,。；;：:]{0,16}?(?:事项|任务|工作|事务)$"
                          # (or the bodies' other matters it answers for 「负责乡政府、乡安办的其他事项」: the same)
                          r"|^负责[^，,。；;：:]{2,24}?的其他(?:事项|事务)$")


# a greeting to the notice's readers 「祝广大师生过一个平安祥和的中秋国庆双节」「祝大家节日快乐，身体健康」: 祝 and
# who is wished well, then the wish, one sentence — after a comma only short wishes 「身体健康」, no work run on after
# it 「祝大家节日快乐，并组织走访慰问困难职工」
_GREETING = re.compile(r"^(?:最后[，,]?)?(?:预|恭|敬)?祝(?:愿)?(?:大家|广大|全体|各位|全校|全镇|全县|全市|您|你们|"
                       r"老师|同学|师生|家长|居民|群众|朋友)[^。；;：:，,]{0,40}?"
                       rf"(?:[，,](?!{WORK_START.pattern[1:]})[^。；;：:，,并]{{2,8}})*[！!]?$")


def catch_all_line(body: str) -> bool:
    """``body`` (a list line's text) is a catch-all of duties set elsewhere or work handed down (see the module)."""
    # (its own line: what the page runs on after it — a chapter line, the article's closing paragraph — is not
    # the line's words; Round 84 counted x53_02 第五条（五） off with the paragraph after it)
    text = re.sub(r"[。；;.]+$", "", body.strip().split("\n")[0].strip())
    return _SET_DUTIES.match(text) is not None or _HANDED_DOWN.match(text) is not None \
        or _GREETING.match(text) is not None


def drop_catch_all_lines(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the catch-all last lines of lists of two or more lines (see the module)."""
    # (a page's top-level run 「3、…」…「10、…」 whose heading stood on the page before: its run, in order, by kind)
    # (a point of the run whose items were chosen 「2.注意事项:①…②…」 stands in it too, and a calendar point the
    # choice left out 「1.放假安排:…放假,共七天。」 is no line of it — holiday_calendar)
    top: dict[int, list[Item]] = {}
    seen: set[int] = set()      # (ids of the run's points: a look-up, not a scan of the run for every chosen item)
    for c in chosen:
        while c.parent is not None:
            c = c.parent
        if c.kind >= 3 and id(c) not in seen:
            seen.add(id(c))
            top.setdefault(c.kind, []).append(c)

    def dropped(item: Item) -> bool:
        if item.children or item.unit or not catch_all_line(item.body):
            return False
        # (the article's own paragraph after its items 「（六）…其他服务规范。⏎A按照前款规定…」 is no line of the list)
        siblings = [c for c in item.parent.children if not c.after_items] if item.parent is not None \
            else top.get(item.kind, [])
        return len(siblings) > 1 and siblings[-1] is item
    return [i for i in chosen if not dropped(i)] or chosen

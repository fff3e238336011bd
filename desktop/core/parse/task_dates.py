"""The dates a task's own text sets beside its plain deadlines: a paragraph opening with its year, the whole work
done (全面完成), a report's date or an allowed later one (neither the work's), dated step lines, the step heading
above an item and a phase written in its title. Read by ``tasks.build_tasks``."""

from __future__ import annotations

import re

from .date_spans import bracket_date, heading_bracket, heading_date, month_range, quarters_range
from .dated_sendings import SEND_VERBS
from .dates import LUNAR_GLOSS, WEEKDAY, Deadline, deadline_from_words, find_deadlines, iso_day
from .headings import Item
from .marks import heading_day, heading_month
from .prefilter import led

# a paragraph opening with its year (2023年，全县种植烟叶6.4万亩，收购865万公斤): what is set for that year
# 「2023年，全县种植烟叶6.4万亩」, and a clause opening with its year and aim (…，2027年全区充电桩力争达到500个) or
# a change set against a base (…,2018年非电煤炭消费总量比2015年削减3%以上) — not a year's norm named by a rise's band
# (…，2024年一线职工工资增长指导线不低于2%: the guideline the year's wages follow, no work done by a date)
YEAR_OPENING = re.compile(r"(?:^|\n|(?<=[。；;]))\s*((?:19|20)\d{2})\s*年\s*[，,](?=[^。\n]*\d)"
                           r"|(?:^|\n|(?<=[。；;，,]))\s*((?:19|20)\d{2})\s*年(?=[\u4e00-\u9fff][^。；;\n，,]{0,30}?"
                           r"(?:力争|确保|达到|实现|新增|要完成|累计|削[减減]|下降|降低|[减減]少|提高|增[长長](?!指导线|幅度))"
                           r"[^。；;\n，,]*?\d)")
# a sentence opening with its year and what is done in it (2024年，配合全区完成一轮城区安全风险评估; 2021年，组织开展
# 撂荒地专项检查 — whatever its verb: the year is when that work is done)
YEAR_START = re.compile(r"(?:^|\n|(?<=[。；;]))\s*((?:19|20)\d{2})\s*年\s*[，,]")
# an item that opens with its year 「1.2020年全村完成改厕…」「2017年、新建旅游厕所178座」: that year's work, due at
# its end as 「年底前」 is (CONVENTIONS.md Round 44 rulings, decided; inside a steps section the year names the stage);
# not a year that names a document, an event or a year's plan (2023年度…, 2022年“世界粮食日”…, 2024年工作要点), a
# span (2024—2026年, 2024年至2026年), a date with its month (the dates' readers have it) or what the year is
# (「2021年是建党100周年」)
_ITEM_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年"
                        r"(?!全年|[度底末初内前后中第的版份上下是“”\"《〈（(\-—–~～至到\d]|工作|计划|要点)")


def opening_year(text: str, since: int | None, title: str = "") -> str | None:
    """The year an item's text opens with, where it is the item's own year (see ``_ITEM_YEAR``) and not before the
    plan's first year ``since`` (「2019年，全区完成…，在此基础上…」: what was done before the plan) — after the item's
    run-in heading ``title`` where the text opens with it (「（二）工作目标。2019年全市…明确三大目标」)."""
    m = _ITEM_YEAR.match(text)
    if m is None and title and text.startswith(title) and text[len(title):len(title) + 1] in ("。", "：", ":") \
            and not (rest := text[len(title) + 1:].lstrip(" \t\u3000")).startswith(("\n", "\r")):
        m = _ITEM_YEAR.match(rest)       # (on the heading's own line: a page's running head 「2023年省…方案」
        if m is not None and rest[m.end():][:1] in ("，", ","):      # on the next line opens nothing)
            m = None                     # (开展评估。2023年，对…评估: a year sentence, read by its own rule)
    if m is None and title and text.startswith(title + "\n") and "。" in (para := text[len(title) + 1:].split("\n")[0]):
        m = _ITEM_YEAR.match(para)       # 「加快推进能源转型」 over 「2026年新增光伏装机规模2590千瓦以上。…」: the
        if m is not None and para[m.end():][:1] in ("，", ",", "起"):     # paragraph under the heading opens with it
            m = None
    if m is None or since is not None and int(m.group(1)) < since:
        return None
    return m.group(1)


# a clause inside an item that opens with a year and the work done in it 「在6座公园先行试点，2028年逐步扩大至全市
# 范围」 (Round 46 rulings, decided: a year inside an item that says when its own work is done dates it as an opening
# year does, the latest of several) — not a year of a document, plan or event (2024年度…, 2023年工作要点), a span, a
# date with its month (the dates' readers have it), a past fact (已…, …了, 以来) nor a cut-off 截至
_CLAUSE_YEAR = re.compile(r"(?<=[，,。；;])\s*((?:19|20)\d{2})\s*年"
                          r"(?!全年|[度底末初内前后中第的版份上下是以起“”\"《〈（(\-—–~～至到\d，,]|工作|计划|要点)"
                          r"(?=[^。；;\n，,]{0,8}?(?:完成|建成|实现|扩大|推广|覆盖|推开|达到))"
                          r"(?![^。；;\n，,]*(?:已|了|以来))")


def clause_year(text: str, since: int | None) -> str | None:
    """The end of the latest year a clause of ``text`` opens with and says its work is done in (``_CLAUSE_YEAR``),
    not before the plan's first year ``since``."""
    years = [int(m.group(1)) for m in _CLAUSE_YEAR.finditer(text)
             if "截至" not in text[max(0, m.start() - 4):m.start()]]
    years = [y for y in years if since is None or y >= since]
    return f"{max(years)}-12-31" if years else None


# the whole work done (全面完成 / 基本建成), not a step of it (6月底前完成招标)
DONE_AFTER = re.compile(r"[，,\s]*(?:力争|确保|要)?(?:全面|基本|全部)(?:完成|建成|实现)")
# the work done within the clause a date opens (「2024年3月底前，盯牢整改，全面完成…整治；」「2024年底前，市规划资源局要
# 编制完成…规划。」), not a step of the work going on (「2024年6月前，开展“回头看”」) nor its goal (「基本建立…机制」)
# (a bare 完成 is a step's as often: 「2024年底前，完成…排查。2026年底前，形成…机制」 is due 2026, plans-next24)
_DONE_IN_CLAUSE = re.compile(r"(?:全面|基本|全部)(?:完成|建成|实现)")
_CLAUSE_STOP = re.compile(r"[。；;\n]")
# (「对全面完成改造的小区开展验收」「已全面完成」: the work done named as an object or a past fact, not the
# clause's aim)
_DONE_QUALIFIED = re.compile(r"(?:对|已|对已)$")


def done_dates(text: str, dls: list[Deadline]) -> list[Deadline]:
    """The dates of ``dls`` (found in ``text``) whose own clause — up to the clause's end or the next date — says
    the whole work is done by then (全面完成 / 基本建成 anywhere in it): of several dates an item gives, those are
    the work's deadlines, the others its steps."""
    starts = sorted(d.start for d in dls)
    return [d for d in dls if _says_done(text, d.end, starts)]


def _says_done(text: str, at: int, starts: list[int]) -> bool:
    """The clause a date ending at ``at`` opens — up to the clause's end or the next of ``starts`` — says the whole
    work is done by then (see ``done_dates``)."""
    stop = _CLAUSE_STOP.search(text, at)
    end = min([stop.start() if stop else len(text), *(s for s in starts if s >= at)])
    return bool(DONE_AFTER.match(text, at)) or any(not _DONE_QUALIFIED.search(text, max(at, h.start() - 2), h.start())
                                                   for h in _DONE_IN_CLAUSE.finditer(text, at, end))



# a check back on the work already done (「2024年6月前，开展“回头看”」), opened, not itself completed
# (「9月底前完成…“回头看”」)
_CHECK_BACK = re.compile(r"(?:开展|组织|启动|进行)[^。；;，,]{0,12}?[“\"]?回头看")


def work_end(text: str, dls: list[Deadline]) -> Deadline:
    """The date ``dls`` (found in ``text``) say the item's work is done by: the latest (the item is done when its last
    dated step is, round 34) — but where a date's clause says the whole work done (「…前，全面完成…」) and every later
    date only opens a check back on it (「…前，开展“回头看”」), the work's date (CONVENTIONS.md Round 98 rulings,
    governs: 回头看 looks at finished work, it does not finish it)."""
    best = max(dls, key=lambda d: d.date)
    own = [d for d in dls if d.words and d.words in text[d.start:d.end]]
    done = done_dates(text, own)
    if not done or len(own) != len(dls):
        return best
    last = max(done, key=lambda d: d.date)
    starts = sorted(d.start for d in own)
    later = [d for d in own if d.date > last.date]

    return last if later and all(_checks_back(_stamp_clause(text, d.end, starts)) for d in later) else best


def _checks_back(clause: str) -> bool:
    return _CHECK_BACK.search(clause) is not None and "完成" not in clause


def _stamp_clause(text: str, at: int, starts: list[int]) -> str:
    """The clause a date ending at ``at`` opens: up to the clause's end or the next of ``starts``."""
    stop = _CLAUSE_STOP.search(text, at)
    return text[at:min([stop.start() if stop else len(text), *(s for s in starts if s >= at)])]

# 「10月15日前完成本区全部改造任务」: the whole of the item's work done by that day
_ALL_WORK_DONE = re.compile(r"完成[^，,。；;]{0,6}?(?:全部|所有)[^，,。；;]{0,10}?(?:任务|工作)")
# the first steps of a stage's work (摸排 / 准备 / 方案编制), all of which may be done well before the stage ends
_PREP_STEP = re.compile(r"摸排|摸底|排查|调查|普查|准备|前期|方案|编制|申报|报名|部署|动员|培训|立项|设计|招标|选址")


def completes_all(text: str, d: Deadline) -> bool:
    """Whether the clause of ``d`` (found in ``text``) says the whole work is done by it (全面完成 / 完成本区全部改造
    任务): a stage's window (提标改造阶段（2024年5月至10月）) then does not push the item's deadline to its end."""
    stop = _CLAUSE_STOP.search(text, d.end)
    end = stop.start() if stop else len(text)
    comma = _COMMA.search(text, d.end, end)
    if _PREP_STEP.search(text, d.end, comma.start() if comma else end):
        return False                    # 「6月底前完成全部摸排工作」: all of a first step, not all of the work
    return bool(done_dates(text, [d])) or _ALL_WORK_DONE.search(text, d.end, end) is not None


_COMMA = re.compile(r"[，,]")
# 「2024年3月底前报送工作总结」: the date of a report the units send (find_duties reads it), not of the work
_REPORT_AFTER = led(re.compile(r"[，,]?\s*(?:将|把)?(?:向[^，,。；;]{1,15})?"
                               r"(?:报送|上报|提交|报至|报)[^，,。；;]{0,20}?"
                           r"(?:总结|小结|情况|进展|进度|信息|报告|材料|台账|数据)"
                           # 「于8月15日前将自查自纠和整改情况报市民政局」: what is reported, then where to
                           # (「8月15日前，各单位将自查自纠情况报县民政局」: the senders named first)
                           # (「9月16日前，各单位（部门）将…清单信息报委办公室」: the senders' kind with its bracket)
                           r"|[，,]?\s*(?:各[\u4e00-\u9fff]{1,10}?(?:[（(][\u4e00-\u9fff]{1,6}[)）])?)?(?:将|把)"
                           r"[^，,。；;]{0,30}?"
                           r"(?:总结|小结|情况|进展|进度|信息|报告|材料|台账|数据)"
                           # (「将规划成果材料送审」: sent for approval is the work's step, not a report)
                           r"(?:报送|上报|提交|报至|报(?![审批])|送(?=[\u4e00-\u9fff]{1,15}?"
                           r"(?:局|委|办|中心|政府|部|处|室|厅|院|组)))(?=[\u4e00-\u9fff])"))


def report_date(text: str, end: int) -> bool:
    return _REPORT_AFTER.match(text, end) is not None


# work the text says goes on (长期坚持 / 常态化开展 / 常抓不懈): a report joined by 并 dates no end of it
_GOES_ON = re.compile(r"长期(?:坚持|开展|推进)|持续(?:开展|推进)|常态化(?:开展|推进)|常抓不懈|久久为功")
# the work's summary sent by a day (…，10月15日前报送工作总结): the end of the work
_SUMMARY_SENT = re.compile(r"\s*(?:之前|以前|前)?\s*[，,]?\s*(?:报送|上报|提交)(?:本单位|各自)?"
                           r"(?:工作|整治|活动|行动)?总结")
# 「各单位要认真总结…。请各区应急局于12月31日前，将…情况报送…」: the item sums its own work up once, and what is
# sent is that summary's result — the sending's day ends the work (Round 59 rulings, Dates, x257_01; round 49 p46c);
# not a report of the year's work (年度总结, below) nor work that goes on (``_GOES_ON``)
_SUMMED_UP = re.compile(r"(?:认真|全面|及时|做好|进行|要)总结(?![^。；;]{0,4}推广)")
# 「并于…前」 (「并与…前」 as pages mistype 于): a report joined to the work as its last step
_JOINED = re.compile(r"(?:并请?|[；;]\s*同时)\s*与?\s*$")


# an item that opens with its dated sending 「5、活动结束后于2017年6月1日将签名单和活动总结报…」「各单位于11月27日前将…
# 报…」: the sending is the item's work (round 37: its own date)
_OPENS_ITEM = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,6}(?:结束|完成)后\s*[，,]?\s*)?"
                         r"(?:请?各[\u4e00-\u9fff]{1,12}?|请)?\s*(?:于|在)?\s*")


# the paper the item's own work makes 「…提出整改措施，形成自查报告。」 (its name, up to the clause's end)
_FORMED = re.compile(r"形成([^，,。；;、\n]{2,12}?)(?=[，,。；;\n]|$)")


def _formed_sent(text: str, d: Deadline) -> bool:
    """Whether the dated sending sends a paper the item's work formed before it 「…形成自查报告。请于7月5日前将检查
    计划和自查报告报送…」: the result of the item's own one-off work, so the work is done by then (p46c)."""
    stop = _CLAUSE_STOP.search(text, d.end)
    sent = text[d.end:stop.start() if stop else len(text)]
    return any(m.group(1) in sent for m in _FORMED.finditer(text, 0, d.start))


def closing_reports(text: str, dls: list[Deadline]) -> list[Deadline]:
    """The dated reports that close the work: joined to it by 并 (「…开展联合检查；并于2022年2月底前将贯彻情况报告
    市生态环境局」, round 28), the work's summary (「10月15日前报送工作总结」, round 30) or the sending the item opens
    with (``_OPENS_ITEM``) — not a report of the year's work (年度工作总结), nor one on work the text says goes on
    (长期坚持)."""
    if _GOES_ON.search(text):
        return []
    return [d for d in dls if report_date(text, d.end)
            and (_JOINED.search(text, max(0, d.start - 8), d.start) or _SUMMARY_SENT.match(text, d.end)
                 or _OPENS_ITEM.fullmatch(text, 0, d.start) or _SUMMED_UP.search(text, 0, d.start)
                 or _formed_sent(text, d))
            and not re.match(r"[^。；;]{0,20}?(?:年度|全年)[^。；;]{0,6}总结", text[d.end:])]


def sent_by(text: str, d: Deadline) -> bool:
    """The day something is sent by (「…前报镇河长办备案」), no work done before the sending in its clause."""
    return _SENDING_AFTER.match(text, d.end) is not None and _BARE_DONE.match(text, d.end) is None


# 「如任务量较多的，可在2027年底前完成」「确有困难的，可延期至…」: the later date a case is allowed, not the work's
# — after a case (「…的，可…」) or a putting off (延期/延长/推迟); a bare 可 (「预计可于年底前完工」) is the work's
_ALLOWED_BEFORE = led(re.compile(r"(?:的[，,]\s*(?:最迟)?(?:可|可以|允许)(?:适当)?(?:延长|延期|推迟|放宽|顺延)?"
                             r"|(?:可|可以|允许|最迟可)?(?:适当)?(?:延长|延期|推迟|放宽|顺延))(?:至|到|在|于)?\s*$"))


# 「2025年10月20日前完成，…」: the day the item's work is done by, 完成 with nothing after it
_BARE_DONE = re.compile(r"\s*完成\s*(?:[，,。；;\n]|$)")
_CLAUSE_END = re.compile(r"[，,。；;\n]")


# what follows a sending's day: 「前报送（地址…）」「前至邮箱报送」「前将总结报县政府备案」 — a send verb with no
# work done before it in the clause (not 「前完成并报送验收材料」「前形成…制度并报县政府备案」「前建成并备案」,
# the work's day, nor 「前完成普查报告编制」: 报告 a paper, nor 「前全面提交…申请」: the whole work)
_DONE_WORD = r"完成|建成|形成|实现|编制|制定|出台|建立|落实|开展|全面|全部|基本|完善|整改"
_SENDING_AFTER = re.compile(r"\s*(?:之前|以前|前)?\s*[，,]?(?:(?!" + _DONE_WORD + r")[^，,。；;\n]){0,25}?"
                            r"(?:" + SEND_VERBS + r"|"
                            r"报告(?=\s*(?:[，,。；;\n（(]|$)|[\u4e00-\u9fff]{1,10}?(?:政府|局|委|办|组|中心)))")


def drop_sendings(text: str, dls: list[Deadline]) -> list[Deadline]:
    """An item that says when its work is done (「10月20日前完成，…」) and, later, when its papers are sent
    (「请于10月20日前报送（地址…）」「于2026年1月20日前至邮箱报送」): the sendings' days are duties, not the work's.
    ``dls`` are dates found in ``text`` itself (a labelled 完成时限 is never a sending's day)."""
    if not any(_BARE_DONE.match(text, d.end) for d in dls):
        # (「于11月30日前完成自查排查，形成书面报告，并于12月3日前报市住房保障事务中心」: the papers sent are the
        # item's last dated step, its deadline — round 34)
        return dls
    return [d for d in dls if _BARE_DONE.match(text, d.end) or not _SENDING_AFTER.match(text, d.end)]


# 「…报市人民政府审批。在2017年9月31日前」: a clause the page cut right after its date, its work lost
_CUT_CLAUSE = re.compile(r"^(?:在|于)\s*\S[^，,。；;\n]*?(?:之前|以前|前)$")
_LABEL_BEFORE = re.compile(r"[:：]\s*$")


def cut_dates(text: str, dls: list[Deadline]) -> list[Deadline]:
    """``dls`` (found in ``text``) without a date that opens a clause the text ends on before saying what is due
    (the page cut: 「在2017年9月31日前」 closing the item with no mark), where another date is left (round 31,
    plans-next97 class 4)."""
    tail = text.rstrip()
    # (not a time-limit label's value closing the item: 「完成时限：在2025年12月底前」 — round 31, rm85)
    kept = [d for d in dls if not (d.end >= len(tail) and _CUT_CLAUSE.match(d.words)
                                   and not _LABEL_BEFORE.search(text, max(0, d.start - 2), d.start))]
    return kept if kept else dls


# 年内 / 今年内 / 年底前 / 本年度 / 全年: the plan's year as a whole, no month of its own
_LOOSE_YEAR = re.compile(r"(?=\S)(?:今年|本年度?|当年)?\s*(?:年内|内|年底|年末|底|末|全年|本年度)?\s*(?:之前|以前|前)?")


def loose_year_dates(dls: list[Deadline], given: list[Deadline]) -> list[Deadline]:
    """``dls`` (found in the item's text) without a loose 「年内」「年底前」 where the item's labelled time field
    (「完成时限：2024年8月31日前」) gives a day of its own: the field dates the item, the text's word only says the
    work is this year's (ux57 finding 1); with no such field, without a bare 「本年度」 beside a dated clause of
    its year (p67k)."""
    if not any(not _LOOSE_YEAR.fullmatch(d.words.strip()) for d in given):
        # (「确保10月底前完成。各承建单位要…完成本年度…建设任务」: 本年度 says whose year the task is, the dated
        # clause of that year dates it)
        dated = {d.date[:4] for d in dls if not _LOOSE_YEAR.fullmatch(d.words.strip())}
        return [d for d in dls if not (d.words.strip() == "本年度" and d.date[:4] in dated)]
    return [d for d in dls if not (d.year_inferred and _LOOSE_YEAR.fullmatch(d.words.strip()))]


def allowed_date(text: str, start: int) -> bool:
    return _ALLOWED_BEFORE.search(text, max(0, start - 12), start) is not None



_MONTH = re.compile(r"\d{1,2}\s*月")
# (its days may be written: 办理阶段（5月1日—7月31日）)
RANGE = re.compile(r"\d\s*[月日]?\s*[-—–~至到－]\s*(?:(?:19|20)\d{2}\s*年)?\s*\d")


# a step of a schedule written as a line opening with its date: 「2025年1-7月，…」「2026年，…」「2025年-2026年，…」
_STEP_STAMP = re.compile(r"(?:^|\n|(?<=[。；;]))\s*((?:19|20)\d{2}\s*年(?:\s*[-—–~至到－]\s*(?:19|20)\d{2}\s*年)?"
                         r"(?:\s*\d{1,2}\s*月?(?:\s*[-—–~至到－]\s*\d{1,2})?\s*月(?:底|末)?)?"
                         r"\s*(?:之前|以前|前)?)\s*[，,]")
def steps_end(text: str, year: int | None) -> str | None:
    """The end of the last of two or more dated step lines (「2025年8月，水储量计算；」 …), the day the
    steps are done by: 「2026年1-6月」 → its June, 「2025年9月前」 → August, 「2025年-2026年」 → 2026 — not a step that
    only opens a check back (回头看) on work an earlier step's own clause says is wholly done (Round 98; that stamp's
    clause as ``done_dates`` reads it, not 「对已全面完成…的村开展复核」, an object: rv69a's finding 7)."""
    found_stamps = list(_STEP_STAMP.finditer(text))
    starts = [m.start(1) for m in found_stamps]
    stamps = [m.group(1) for n, m in enumerate(found_stamps)
              if not (_checks_back(_stamp_clause(text, m.end(), starts))
                      and any(_says_done(text, k.end(), starts) for k in found_stamps[:n]))]
    if len(stamps) < 2:
        return None
    ends: list[str] = []
    for stamp in stamps:
        if re.search(r"前$", stamp):
            found = find_deadlines(stamp, year)
            end = found[-1].date if found else None
        else:
            last = month_range(stamp, year)[1]
            end = iso_day(int(last[:4]), int(last[5:7])) if last else None
        if end:
            ends.append(end)
    return max(ends) if ends else None


# an item whose own first clause sends on a rhythm 「各区要在次月5日前将上月的检查情况…报市应急局」「每月5日前报送…」:
# a standing sending, no one-off work a stage's span ends (round 38: recurring items keep no deadline under a span;
# round 40 dates by the span only a rhythm beside a one-off step, which a later clause holds)
_RHYTHM_FIRST = re.compile(r"^[^，,。；;\n]{0,40}?(?:次月|每月|下月|每季度?|每周)\s*\d{1,2}\s*[日号](?:之?前|以前)")


def rhythm_first(text: str) -> bool:
    return _RHYTHM_FIRST.match(text.lstrip()) is not None


# a day alone before 前 「由市中办事处在16日前做10块告示牌」: a day of the month its stage's heading dates (round 37:
# the item's own date wins over its stage's span) — not a day with its month (the dates' readers have it) nor a rhythm
_BARE_DAY = re.compile(r"(?<![\d月.．/\-年])(\d{1,2})\s*[日号]\s*(?:之前|以前|前)(?!后)")


def day_in_stage(text: str, staged: str) -> str | None:
    """The one bare day 「16日前」 the item's text writes, in the month of its stage's end ``staged`` where it falls
    on or before that end; None otherwise."""
    days = [int(m.group(1)) for m in _BARE_DAY.finditer(text)
            if not re.search(r"(?:次月|每月|下月|当月|每季度?|每周)\s*$", text[max(0, m.start() - 4):m.start()])] \
        if "日" in text or "号" in text else []
    if len(days) != 1 or days[0] > int(staged[8:10]):
        return None
    return iso_day(int(staged[:4]), int(staged[5:7]), days[0])


def stage_date(item: Item, year: int | None) -> str | None:
    """The date the nearest step heading above the item gives (「（一）全面部署（2020年12月9日前）」), or None; or the
    day a heading holds its work on (「(一)县教育局(7月7日)」 over 1…3: round 37, the items' deadline as its unit is
    their unit)."""
    parent = item.parent
    while parent is not None:
        if len(parent.title) <= 30 and (due := heading_date(parent.title, year) or stage_span_end(parent.title, year)
                                        or _heading_day(parent.title, year) or _lead_in_span_end(parent.body, year)
                                        or _lead_in_time_limit(parent.body, year)):
            return due
        if due := run_on_stage_end(parent.title, year):
            return due
        parent = parent.parent
    return None


# a point's lead-in line that opens with the span its items run in 「二、主题活动 在12月4日至10日,为期一周,…开展…」
# (round 36/37: a span stated once over items with no date of their own is their deadline, its end) — a span of
# days, not a limit 「12月10日前」 or a start 「12月4日起」
_LEAD_SPAN = re.compile(r"^[ \t　]*(?:在|于|从|自)?\s*((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
                        r"(?:至|到|[—–\-－~～]+)\s*(?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*)?\d{1,2}\s*日)"
                        r"\s*(?:止|结束)?\s*[，,]", re.M)


# a point's lead-in that sets the time limit of the work it names 「…三改完成时限:2022年6月底。」 over its
# numbered items (round 37: a heading's completion date dates the items under it; round 35: its field lines are
# the point's own)
_LEAD_TIME_LIMIT = re.compile(r"(?:完成|办结)?时限\s*[:：]\s*([^。；;，,\n]{2,16})")


def _lead_in_time_limit(body: str, year: int | None) -> str | None:
    """The one date a point's lead-in gives as its 完成时限 field (``_LEAD_TIME_LIMIT``), or None."""
    limits = list(_LEAD_TIME_LIMIT.finditer(body)) if "时限" in body else []
    found = deadline_from_words(limits[0].group(1), year) if len(limits) == 1 else []
    return found[0].date if len(found) == 1 else None


def _lead_in_span_end(body: str, year: int | None) -> str | None:
    """The end of the one span a point's lead-in line opens with (``_LEAD_SPAN``), or None."""
    spans = list(_LEAD_SPAN.finditer(body)) if "日" in body else []
    found = deadline_from_words(spans[0].group(1), year) if len(spans) == 1 else []
    return found[0].date if len(found) == 1 else None


_ONE_DAY = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")


# a heading that is only the day its items are held on 「一、2014年4月4日(星期五)」 over 1、… 2、… (a dated
# activity's programme by days: round 37, the day a heading holds its work on dates its items)
_DAY_ONLY = re.compile(_ONE_DAY.pattern + WEEKDAY + r"\s*(?:上午|下午|晚上|全天)?\s*[:：]?")


def _heading_day(title: str, year: int | None) -> str | None:
    """The one day a heading's closing bracket holds, 「（7月7日）」, or the heading is (``_DAY_ONLY``) (with the
    plan's year where it writes none)."""
    words = heading_bracket(title)
    m = _ONE_DAY.fullmatch(words.strip()) if words is not None else _DAY_ONLY.fullmatch(title.strip())
    if m is None or not (m.group(1) or year):
        return None
    return iso_day(int(m.group(1) or year or 0), int(m.group(2)), int(m.group(3)))


# a stage heading that gives its span after a colon: 「启动阶段：2025年3月—5月」「第二阶段:6月至12月」
_STAGE_TOLD = re.compile(r"^[^，,。；;:：]{0,12}?阶段\s*[:：]\s*"
                         r"((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月[^，,。；;:：]{0,20}?"
                         r"\d{1,2}\s*[月日])\s*(?:止|结束)?\s*$")


def stage_span_end(title: str, year: int | None) -> str | None:
    """The end of the span a stage heading gives in its bracket (「（一）启动阶段（2025年3月—5月）」 → 2025-05-31):
    the deadline of the items under it that write no date of their own (round 35 ruling). Only a stage (阶段 /
    a span of months), not a topic heading with a year in it."""
    words = heading_bracket(title)
    if words is None and (told := _STAGE_TOLD.match(title.strip())):
        words = told.group(1)            # 「（一）启动阶段：2025年3月—5月」: the span after the stage's colon
    if words is None or year is None and not re.search(r"(?:19|20)\d{2}\s*年", words):
        return None
    if not (RANGE.search(words) or "阶段" in title and _MONTH.search(words)):
        return None
    return bracket_date(words, year, span=True)


# a stage heading run on into its text on one line, its span in the bracket after its name 「（一）自查阶段（6月16日至
# 8月1日）督促学校食堂…」: the same span as on a line of its own (round 35), however long the line it heads
# (or a bracket that opens with the stage's span and goes on with a note on a part's time 「（二）抓好落实阶段
# (2019年7月25日-2019年8月1日、“八一”…活动时间:7月28日至8月1日)。一是…」: ``heading_bracket`` keeps the span)
_STAGE_RUN_ON = re.compile(r"^\s*[^（()），,。；;:：\d]{1,12}?阶段\s*[(（](?:[^()（）:：]{1,40}|\d[^()（）]{1,80})[)）]"
                           r"\s*(?=[^\s:：(（])")


def run_on_stage_end(title: str, year: int | None) -> str | None:
    """``stage_span_end`` of a stage heading whose text runs on after its bracket (``_STAGE_RUN_ON``), or None."""
    m = _STAGE_RUN_ON.match(title)
    return stage_span_end(title[:m.end()].strip(), year) if m else None


def month_heading_end(item: Item, year: int | None, items: list[Item]) -> str | None:
    """The last day of the month a month heading above the item names (二月份: over 1、教师报到… → YYYY-02-28), or
    None (see ``marks.month_headings``, which makes such lines unnumbered sections). A month after a later one
    (十二月: … 一月:) is in the next year."""
    parent = item.parent
    while parent is not None:
        if parent.unnumbered and year is not None and (month := heading_month(parent.number)):
            months = [m for i in items if i.pos < parent.pos and i.unnumbered
                      and (m := heading_month(i.number))] + [month]
            return iso_day(year + sum(1 for a, b in zip(months, months[1:], strict=False) if b < a), month,
                           heading_day(parent.number))
        parent = parent.parent
    return None


def phase_window(title: str) -> str | None:
    """The months a task's title names its phase by, in the bracket it ends with (集中整治阶段（5-7月） → 5-7月),
    or None."""
    words = heading_bracket(title)
    return words if words is not None and _MONTH.search(words) else None


_STAGE_YEAR = re.compile(r"^[^（()）]{0,12}?阶段\s*[(（]\s*((?:19|20)\d{2})\s*年\s*(?:度|全年)?\s*[)）]\s*(?:$|[:：])")


# a title that is a stage dated first, its days in one month 「4月1—11日为宣传发动阶段」「4月22日至25日为…整治阶段」
# (Round 44: named, dated 阶段 written as the items of 活动内容 are phases and tasks; the item is done by the stage's
# last day, round 37's own dates)
# (opened with 从, each day with its lunar gloss 「從1月25日(臘月二十五日)到2月10日(正月十一日)為訓練表演階段」)
_GLOSS = r"(?:\s*[(（]" + LUNAR_GLOSS + r"[)）])?"
_DAYS_STAGE = re.compile(r"^\s*(?:从|自)?\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*\d{1,2}\s*日?" + _GLOSS
                         + r"\s*(?:至|到|—{1,2}|－|-|~)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日" + _GLOSS
                         + r"\s*(?:为|是)[^，,。；;]{2,24}?阶段")


# a stage's number as the task's title over its name and dated bracket 「第一阶段:宣传造势调查摸底阶段(2018年6月至12月)
# 结合实际,…」: the stage's head, read as a title naming its phase
_NUMBERED_STAGE = re.compile(r"第[一二三四五六七八九十]{1,2}阶段")
_STAGE_HEAD = re.compile(r"第[一二三四五六七八九十]{1,2}阶段\s*[:：，,]?\s*[\u4e00-\u9fff]{2,16}?阶段?\s*"
                         r"[(（][^()（）\n]{2,30}[)）]")


def numbered_stage_end(title: str, text: str, year: int | None) -> str | None:
    """The last day of the stage a task titled by its number 「第一阶段」 (alone or over its run-in text) heads its text
    with (``_STAGE_HEAD``), in the year its bracket writes, else ``year``."""
    if not _NUMBERED_STAGE.match(title.strip()) or not (head := _STAGE_HEAD.match(text.lstrip())):
        return None
    years = re.findall(r"(?:19|20)\d{2}", head.group(0))
    in_year = int(years[0]) if years else year
    return title_phase_end(head.group(0), in_year) if in_year else None


def title_phase_end(title: str, year: int, since: int | None = None) -> str | None:
    """The last day of a phase written in the task's title: 「集中整治阶段（5-7月）」, 「第一季度：…」. ``since``: the
    plan's first year, where known (a stage of a plan over several years, 「启动试点阶段（2015年）」 in a 2015—2017
    plan, is no past one)."""
    if (q := quarters_range(title, year)) is not None:
        return iso_day(int(q[1][:4]), int(q[1][5:7]))       # (第二、三季度：… ends with the third)
    if (words := phase_window(title)) is not None:
        return bracket_date(words, year, span=True)
    if (run_on := run_on_stage_end(title, year)) is not None:
        return run_on
    if (days := _DAYS_STAGE.match(title)) is not None:
        return iso_day(int(days.group(1) or year), int(days.group(3) or days.group(2)), int(days.group(4)))
    # (a stage given a year alone, 「全面推广阶段（2025年）」: done within that year; not a past one)
    alone = _STAGE_YEAR.match(title.strip())
    return f"{alone.group(1)}-12-31" if alone and int(alone.group(1)) >= min(year, since or year) else None


# the year and month a phase's bracket opens and closes with: 「（2024年3月—4月）」「（2024年5月—2025年12月）」
_WINDOW_ENDS = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:份)?\s*" + r"[-—–~至到－]{1,2}\s*"
                          r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月")


_START_DAY = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:开始|起)(?:实施|施行|执行)")


def phase_years(title: str, month: int) -> list[int]:
    """The years a year-less date of ``month`` may fall in under a title naming its phase with its years
    「排查摸底阶段（2024年3月—4月）…于4月30日前报…」 → [2024] (ux58 finding 6): the years of the window the month
    lies in, earliest first; none where the title names no dated window or the month lies outside it."""
    words = heading_bracket(title)
    ends = _WINDOW_ENDS.search(words) if words else None
    if ends is None:
        # (a stage headed by the day it starts 「1.市级卸点（2021年1月1日开始实施）」 over 「1月1日前完成…安装」: that
        # day's year — Round 99's x364_03 四、（三）1.)
        start = _START_DAY.fullmatch(words) if words else None
        return [int(start.group(1))] if start else []
    first, last = (int(ends[1]), int(ends[2])), (int(ends[3] or ends[1]), int(ends[4]))
    return [y for y in range(first[0], last[0] + 1) if first <= (y, month) <= last]

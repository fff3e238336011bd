"""The schedule of a plan: its phases (stages) with their dates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.model import Phase

from .date_spans import YEAR_QUARTERS, heading_bracket, month_range, quarters_range
from .dates import LUNAR_GLOSS, find_deadlines
from .headings import Item
from .normalise import cn_to_int
from .prefilter import led
from .section_words import GUARANTEES_SECTION
from .stage_names import (
    bracketed_stage,
    dates_first_stage,
    listed_stages,
    masked_start_end,
    masked_window,
    next_start,
    standing_stages,
    time_first_step,
)
from .unit_labels import DEADLINE_LABELS

# 动员部署阶段（2024年1月-3月） / 集中整治阶段：5月至7月 / 第一阶段。2月20日，…
_PHASE = re.compile(
    r"([\u4e00-\u9fff]{2,12}?阶段)\s*(?:[(（]([^()（）\n]{2,40})[)）]"
    # (「第一阶段：重点排查（2020年12月底前）」, or with a comma where the name and its dated bracket follow:
    # 「第一阶段,走访摸底(2021年3月底前)。」)
    r"|(?:[:：]|(?<=第[一二三四五六七八九十]阶段)[，,](?=\s*[\u4e00-\u9fff]{2,10}\s*[(（][^()（）\n]{0,20}\d))"
    r"\s*([^。；;\n]{2,30})"
    r"|[。.]\s*((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月[^。；;\n]{0,24})"
    # 1.办复阶段4月19日前各主办单位…: a step's heading run into its date and its text (read only where the name
    # opens its line, see _LINE_OPENING)
    r"|((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    r"(?:\s*[-—–~至到－]\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:之前|以前|前|底前|底|末)?))?")
# what stands before a stage's name run into its date: the line's start and the step's number
_LINE_OPENING = re.compile(r"(?:^|\n)\s*(?:\d{1,2}[.．、]|[(（]?[一二三四五六七八九十]{1,3}[)）、]|[(（]\d{1,2}[)）])"
                           r"\s*$")
# a task that names a stage it falls in, no stage's heading: 1.在集中整治阶段5月底前完成… / 2.加快项目前期阶段…
_STAGE_VERB = re.compile(r"(?:在|于|进入|加快|推进|推动|抓好|做好|开展|实施|启动|完成|确保|按照|围绕|结合|利用|借助)")
_DATEISH = re.compile(r"\d{1,2}\s*月|(?:19|20)\d{2}\s*年")
# （3年内） / （三年以内）: a stage's time counted in years from the plan's
_WITHIN_YEARS = re.compile(r"[(（]\s*([1-5一二两三四五])\s*年\s*(?:内|以内)\s*[)）]")
# the line under a stage that only heads its list (「主要任务：」): no name of the stage
_GENERIC_LABEL = re.compile(r"(?:主要|重点|具体|工作|阶段)(?:任务|内容|工作|目标|措施|要求)")
# a stage's name before its dates: 「第一阶段：重点排查（2020年12月底前）」
# (its 阶段 kept where printed: 「第一阶段:宣传动员阶段(…)」 names the 宣传动员阶段)
_NAMED_STAGE = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:阶段)?)\s*[(（][^()（）]*\d[^()（）]*[)）]")


# the dates first, then the name: 「10月25日至10月30日为宣传动员阶段」 / 「11月21日至月底为巩固提高阶段」
# (a day with its lunar gloss 「從1月25日(臘月二十五日)到2月10日(正月十一日)為訓練表演階段」: the solar day read)
_DAY = r"(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日(?:\s*[(（]" + LUNAR_GLOSS + r"[)）])?" \
    r"|底|末|上旬|中旬|下旬)?"
# (one month alone: 「2025年3月为动员部署阶段，4月至9月为集中整治阶段」; a stage named 期 where a step's word
# comes before it: 「5月为宣传发动期，6月至7月为集中攻坚期」, not 「6月至9月为主汛期」 / 「11月至次年3月为森林防火期」)
_STEP_WORD = (r"(?:动员|部署|发动|宣传|排查|摸底|自查|整治|整改|攻坚|推进|实施|验收|评估|总结|提升|巩固|督查|检查|"
              r"准备|启动|"
              r"深化|收尾|提高|规范|清理|试点|过渡|建设|治理)")
def _phases(text: str) -> Iterator[re.Match[str]]:
    """``_PHASE.finditer(text)``, each search begun at most 12 characters before the next 阶段 (every match holds
    one 2–12 characters after its start, so none starts earlier): the same matches, not tried at every character."""
    pos = 0
    while (near := text.find("阶段", pos + 2)) >= 0 and (m := _PHASE.search(text, max(pos, near - 12))):
        if _COUNTING_LEAD.search(m.group(1)):
            # (「分为三个阶段: 第一阶段:宣传造势阶段(2018年6月至12月)」: the lead-in is no phase, and the first stage
            # its match ran over is read after it)
            pos = m.end(1)
            continue
        yield m
        pos = m.end()


# (days of one month, the end's month left out: 「4月1—11日为宣传发动阶段」「4月22日至25日为迎“五一”…整治阶段」, a
# name that quotes a day)
_DAYS_OF_MONTH = r"(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:至|到|—{1,2}|－|-|~)\s*\d{1,2}\s*日"
_DATED_PHASE = led(re.compile(
    rf"(?<![\d年])({_DAYS_OF_MONTH}|{_DAY}(?:\s*(?:至|到|—|－|-|~)\s*(?:{_DAY}|月底|月末|年底))?)\s*(?:为|是|进行|开展)\s*"
    r"([\u4e00-\u9fff]{2,10}?阶段|[\u4e00-\u9fff]{1,4}?“[^”\n]{1,6}”[\u4e00-\u9fff]{2,10}?阶段"
    r"|[\u4e00-\u9fff]{0,4}?" + _STEP_WORD + r"期(?=[，,；;。\n]|$))"))
# the name, a comma, then its dates as the whole clause: 「第一阶段为动员部署阶段，2023年10月至2023年12月；」
_NAME_THEN_DATES = re.compile(
    rf"(?:^|(?<=[：:；;。\n])|(?<=第[一二三四五六七八九十]阶段))\s*(?:为|是)?((?:(?!阶段)[\u4e00-\u9fff]){{2,10}}阶段)\s*[，,]\s*"
    rf"({_DAY}(?:\s*(?:至|到|—|－|-|~)\s*(?:{_DAY}|月底|月末|年底))?)\s*(?=[；;。\n]|$)", re.M)
# a table of the stages: 「阶段	时间	主要工作」 then one row a stage (宣传发动	2025年4月	制定方案…)
# (the cells' tabs may be gone: 「阶段时间主要工作」 / 「宣传发动2025年4月制定方案」)
_STAGE_TABLE_HEAD = re.compile(r"^[\s|｜]*(?:实施)?阶段(?:名称)?\s*[\t|｜]?\s*"
                               r"(?:起止时间|时间安排|时间节点|实施时间|时间)\s*(?:[\t|｜]|主要|工作|任务|内容|$)",
                               re.M)
_STAGE_ROW = re.compile(rf"^[\s|｜]*([\u4e00-\u9fff]{{2,12}}?)\s*[\t|｜]?\s*"
                        rf"({_DAY}(?:\s*(?:至|到|—|－|-|~)\s*(?:{_DAY}|月底|月末|年底))?)(?![\d月日至到—－~-])")


def _names_then_dates(text: str) -> Iterator[re.Match[str]]:
    """``_NAME_THEN_DATES.finditer(text)``, each search begun 12 characters before the next 阶段 and the spaces
    there (a match is spaces, 为/是 and a name of 2–10 characters before its 阶段): the same matches."""
    pos = 0
    while (near := text.find("阶段", pos)) >= 0:
        start = near - 12
        while start > pos and text[start - 1].isspace():
            start -= 1
        if (m := _NAME_THEN_DATES.search(text, max(pos, start))) is None:
            return
        yield m
        pos = m.end()


def _named_then_dated(text: str, default_year: int | None) -> list[tuple[int, Phase]]:
    """Stages written name, comma, dates (第一阶段为动员部署阶段，2023年10月至2023年12月；) and the rows of a
    stage table under 「阶段｜时间｜主要工作」; the year, when the dates have none, is the last one written
    before them, else the plan's."""
    out: list[tuple[int, Phase]] = []
    spans = [(m.start(1), m.group(1), m.group(2)) for m in _names_then_dates(text)] \
        if "阶段" in text else []
    for head in _STAGE_TABLE_HEAD.finditer(text) if "阶段" in text else ():
        pos = text.find("\n", head.start()) + 1
        while 0 < pos < len(text):
            line_end = text.find("\n", pos)
            line = text[pos: line_end if line_end >= 0 else len(text)]
            row = _STAGE_ROW.match(line)
            if row is None:
                break
            spans.append((pos, row.group(1), row.group(2)))
            pos = line_end + 1 if line_end >= 0 else len(text)
    year = default_year
    for at, name, dates in sorted(spans):
        years = re.findall(r"((?:19|20)\d{2})\s*年", dates) or re.findall(r"((?:19|20)\d{2})\s*年", text[:at])[-1:]
        start, end = month_range(dates, int(years[-1]) if years else year)
        if start is None and end is None:
            continue
        line_end = text.find("\n", at)
        out.append((at, Phase(name=name, start=start, end=end,
                              text=text[at: line_end if line_end >= 0 else len(text)].strip()[:500])))
    return out


# a quarter named as a stage: 「2023年一季度作为试运行过渡期」 / 「第二季度为集中整治阶段」
# (「第二、三季度为集中整治阶段」: a stage over both quarters)
_QUARTER_PHASE = re.compile(r"(?<![\d年每、])(" + YEAR_QUARTERS + r")\s*(?:为|是|作为)\s*"
                            r"([\u4e00-\u9fff]{2,10}?阶段|[\u4e00-\u9fff]{0,4}?" + _STEP_WORD
                            + r"期(?=[，,；;。\n]|$))")

# a window the plan sets, its dates in a bracket beside its name: 「设置一年（2022年1月1日至2022年12月31日）的过渡期」 /
# 「过渡期（2024年7月至12月）」 (round 31, plans-next93 class 7; not 「主汛期」 or 「有效期」, no stage of the work)
_WINDOW_NOUN = r"((?:试运行|试行|过渡|缓冲|宽限|观察)期)"
_WINDOW_DATES = rf"[(（]\s*({_DAY}\s*(?:至|到|—|－|-|~)\s*{_DAY})\s*[)）]"
_BRACKETED_WINDOW = re.compile(rf"{_WINDOW_DATES}\s*的\s*{_WINDOW_NOUN}|{_WINDOW_NOUN}\s*{_WINDOW_DATES}")


def _phase_at(text: str, m: re.Match[str], name: str, start: str | None, end: str | None) -> tuple[int, Phase]:
    """The phase ``name`` a match in ``text`` dates, its text running from the match to the end of its clause."""
    cut = re.search(r"[；;。\n]", text[m.end():])
    body = text[m.start(): m.end() + (cut.start() if cut else len(text) - m.end())]
    return m.start(), Phase(name=name, start=start, end=end, text=body.strip()[:500])


def _dated_first(text: str, default_year: int | None) -> list[tuple[int, Phase]]:
    """Phases written dates first inside a paragraph; the year, when the dates have none, is the
    last one written before them in the same paragraph (专项整治行动从2012年10月25日开始…), else the
    plan's."""
    out: list[tuple[int, Phase]] = []
    for m in _DATED_PHASE.finditer(text):
        para_start = text.rfind("\n", 0, m.start()) + 1
        years = re.findall(r"((?:19|20)\d{2})\s*年", text[para_start:m.start()])
        year = int(years[-1]) if years else default_year
        start, end = month_range(m.group(1), year)
        if start is None and end is None:
            continue
        out.append(_phase_at(text, m, m.group(2), start, end))
    for m in _QUARTER_PHASE.finditer(text) if "季度" in text else ():
        year_s = re.match(r"(?:19|20)\d{2}", m.group(1))
        year = int(year_s.group()) if year_s else default_year
        start, end = month_range(m.group(1), year)
        if start and end:
            out.append(_phase_at(text, m, m.group(2), start, end))
    for m in _BRACKETED_WINDOW.finditer(text) if "期" in text else ():
        name, dates = m.group(2) or m.group(3), m.group(1) or m.group(4)
        start, end = month_range(dates, default_year)
        # (not a window over before the plan's year: 「在试运行期（2023年3月至6月）取得成效的基础上」, recalled)
        if start and end and start <= end and (default_year is None or end >= f"{default_year:04d}"):
            out.append(_phase_at(text, m, name, start, end))
    return out


# rounds dated in a sentence: 「第一轮评估截止至2025年底，第二轮评估自2026年起，截止至2027年底」
_WHEN = r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:底|末)?"
_ROUND = re.compile(rf"(第[一二三四五六七八九十]{{1,3}}(?:轮|期|批)[\u4e00-\u9fff]{{0,8}}?)\s*"
                    rf"(?:(?:自|从)\s*({_WHEN})\s*(?:起|开始)?\s*[，,]?\s*)?(?:截止至|截止到|截至|截止|至|到)\s*({_WHEN})")


def _rounds(text: str) -> list[tuple[int, Phase]]:
    """Rounds of a cycle dated in a sentence (第一轮评估截止至2025年底，第二轮评估自2026年起，截止至2027年底)."""
    out: list[tuple[int, Phase]] = []
    for m in _ROUND.finditer(text):
        # 自2026年起 starts in its January, 截止至2027年底 ends in its December
        start = month_range(m.group(2), None)[0] if m.group(2) else None
        end = month_range(m.group(3), None)[1]
        if end is None or start and start > end:
            continue
        out.append((m.start(), Phase(name=m.group(1), start=start, end=end, text=m.group().strip()[:500])))
    return out


# a plan's years as stages: 「一年打基础、起势头，两年重攻坚、有看头，三年建长效、争一流」 / 「一年见成效、两年大变样」
_STAGE = r"([\u4e00-\u9fff、]{2,12}?)"
_YEAR_STAGES = led(re.compile(rf"(?<![\d一二三四五六七八九十每近前后这上下同当逐全本今明去半])"
                          rf"((?:第)?一年){_STAGE}[，,；;、]\s*"
                          rf"((?:第)?[两二]年){_STAGE}(?:[，,；;、]\s*((?:第)?三年){_STAGE})?(?=[”\"」’，,；;。\n]|$)"))


def year_stages(text: str, default_year: int | None) -> list[Phase]:
    """The stages of a plan written as its years (一年…，两年…，三年…): the first is the plan's year, each
    next the year after; the first one's month is not said."""
    m = _YEAR_STAGES.search(text)
    if m is None or default_year is None:
        return []
    out: list[Phase] = []
    for n in range(3):
        word, stage = m.group(2 * n + 1), m.group(2 * n + 2)
        if word is None:
            break
        year = default_year + n
        out.append(Phase(name=word + stage, start=None if n == 0 else f"{year:04d}-01", end=f"{year:04d}-12",
                         text=m.group()))
    return out


# a year's two halves as the plan's stages: 「2010年上半年明确…；落实…；下半年基本建立…，理顺…」
_HALVES = re.compile(r"((?:19|20)\d{2})\s*年\s*上半年\s*([^\n]{2,300}?)[；;。]\s*下半年\s*([^\n]{2,300})")
_AIM_CUT = re.compile(r"[，,；;。：:（(]")


# a section setting the plan's aims or pace (三、目标和进度 / 四、实施步骤), not its background, nor its tasks,
# whose own milestones (2025年上半年完成20台…；下半年完成剩余30台) are no stages of the plan
_STAGED_SECTION = re.compile(r"目标|进度|步骤|阶段|安排|时间节点")
_UNSTAGED_SECTION = re.compile(r"任务|措施|内容|重点|基础|现状|情况|回顾|成效|背景|形势")


def half_year_stages(items: list[Item], preamble: str, since: int | None) -> list[Phase]:
    """The two halves of a year written as the plan's stages in one paragraph (「2010年上半年…；下半年…」) of
    its preamble or of a section of its aims or pace: each named by its first clause, dated by its half; []
    otherwise, or when the year is before ``since`` (the plan's own: 2024年上半年全区共发生火灾52起 is a
    figure of the past)."""
    texts = [preamble] + [top.full_text() for top in items if (top.kind == 1 or top.parent is None)
                          and _STAGED_SECTION.search(top.title) and not _UNSTAGED_SECTION.search(top.title)]
    m = _HALVES.search("\n".join(texts))
    if m is None or since is not None and int(m.group(1)) < since:
        return []
    year = int(m.group(1))
    out: list[Phase] = []
    for aim, (first, last) in zip((m.group(2), m.group(3)), (("01", "06"), ("07", "12")), strict=True):
        name = _AIM_CUT.split(aim, maxsplit=1)[0].strip()
        if len(name) < 4:
            return []
        out.append(Phase(name=name, start=f"{year:04d}-{first}", end=f"{year:04d}-{last}", text=aim.strip()[:500]))
    return out


# steps counted 第一步 / 第二步, each a name and its dates in a bracket: 「第一步，宣传发动（2025年3月）。」
_COUNTED_STEP = re.compile(r"(?:^|(?<=[\n。；;]))\s*(第[一二三四五六七八九十]{1,2}步)\s*[，,：:、]?\s*"
                           r"([\u4e00-\u9fff]{2,10}?)"
                           r"\s*[(（]([^()（）\n]{0,30}\d\s*月[^()（）\n]{0,30})[)）]")


# a step line headed by its count, then its window after the colon: 「第一步:2019年4月1日--4月10日,申报省级…」
_COUNTED_WINDOW = re.compile(rf"(?:^|(?<=\n))\s*(第[一二三四五六七八九十]{{1,2}}步)\s*[：:]\s*"
                             rf"({_DAY}\s*(?:至|到|—{{1,2}}|－{{1,2}}|-{{1,2}}|~)\s*{_DAY})\s*[，,]\s*"
                             r"([\u4e00-\u9fff]{2,10})")


def _counted_steps(text: str, default_year: int | None) -> list[tuple[int, Phase]]:
    """Stages written 第一步，宣传发动（2025年3月）。第二步，…: each step's name after its count, its dates in the
    bracket; two such steps at least (one 第一步 alone is a sentence's 「first」, no schedule)."""
    out: list[tuple[int, Phase]] = []
    year = default_year
    for m in _COUNTED_STEP.finditer(text) if "步" in text else ():
        start, end = month_range(m.group(3), year)
        if start is None and end is None:
            continue
        year = int((end or start or "0")[:4]) or year
        line_end = text.find("\n", m.end())
        out.append((m.start(), Phase(name=f"{m.group(1)}：{m.group(2)}", start=start, end=end,
                                     text=text[m.start(): line_end if line_end >= 0 else len(text)].strip()[:500])))
    # (a step line that opens with its count and a window of days is a schedule's even alone — the page may cut
    # the others: 「第一步:2019年4月1日--4月10日,申报…」)
    for m in _COUNTED_WINDOW.finditer(text) if "步" in text else ():
        start, end = month_range(m.group(2), year)
        if start and end and not any(at == m.start() for at, _p in out):
            line_end = text.find("\n", m.end())
            out.append((m.start(), Phase(name=f"{m.group(1)}：{m.group(3)}", start=start, end=end,
                                         text=text[m.start(): line_end if line_end >= 0 else len(text)].strip()[:500])))
    return out if len(out) >= 2 or any(_COUNTED_WINDOW.match(p.text) for _at, p in out) else []


def find_phases(text: str, default_year: int | None) -> list[Phase]:
    """Phases such as 动员部署阶段（2024年1月-3月） or 10月25日至10月30日为宣传动员阶段, in document
    order, one per name."""
    found = _dated_first(text, default_year)
    found += [r for r in _named_then_dated(text, default_year) if r[1].name not in {p.name for _, p in found}]
    found += [r for r in _rounds(text) if r[1].name not in {p.name for _, p in found}]
    found += [r for r in _counted_steps(text, default_year) if r[1].name not in {p.name for _, p in found}]
    seen = {p.name for _, p in found}
    year = default_year
    for m in _phases(text):
        name = re.sub(r"^(?:一是|二是|三是|四是|是|为|在|的|和|及|分为|分|个)", "", m.group(1))
        if m.group(5) and (not _LINE_OPENING.search(text, max(0, m.start() - 8), m.start())
                           or _STAGE_VERB.match(m.group(1))):
            continue                     # (工作分三个阶段4月底前完成 / 在整改阶段3月底前: not a step's heading)
        dates = m.group(2) or m.group(3) or m.group(4) or m.group(5) or ""
        if staged := bracketed_stage(name, m.group(2), text, m.end()):
            name, dates = staged     # 第一阶段(准备阶段)(9月1日-10月30日)
        within = _WITHIN_YEARS.search(dates) if not _DATEISH.search(dates) else None
        if not (_DATEISH.search(dates) or within and default_year) or name in seen or len(name) < 4 \
                or _COUNTING_LEAD.search(name):
            continue                     # (「整治分三个阶段（5月至9月）进行：」: the lead-in, never a phase, round 33)
        ordinal = re.search(r"第[一二三四五六七八九十]+阶段$", name)
        if ordinal:
            name = ordinal.group()       # 时间及阶段划分第一阶段: the words before are the heading's
        elif m.group(4):
            continue                     # 集中攻坚阶段。2023年9月底前…11月底前…: a step item_phases reads whole
        start, end = month_range(dates, year) if not masked_window(dates) else (None, masked_start_end(dates))
        if within and default_year:
            # 第二阶段：全面整治（3年内）: by the end of the plan's year three years on
            start, end = None, f"{default_year + (cn_to_int(within.group(1)) or 0):04d}-12"
        if start is None and end is None and not masked_window(dates):
            continue                     # (20__年9月1日-20__年10月30日: a window whose year is masked, left open)
        if ordinal and not m.group(4):
            label = re.match(r"\s*[:：]?\s*([\u4e00-\u9fff]{2,10}?(?:阶段)?)[。，,；;:：\n]", text[m.end():])
            if m.group(3) and (named := _NAMED_STAGE.match(m.group(3))):
                name = f"{name}：{named.group(1)}"     # 第一阶段：重点排查（2020年12月底前）
            elif label and not _GENERIC_LABEL.fullmatch(label.group(1)):
                name = f"{name}：{label.group(1)}"
        seen.add(name)
        year = int((end or start or "0")[:4]) or year
        line_end = text.find("\n", m.end())
        body = text[m.start(): line_end if line_end >= 0 else len(text)]
        found.append((m.start(), Phase(name=name, start=start, end=end, text=body.strip()[:500])))
    found += [r for r in standing_stages(text, found) if r[1].name not in seen]     # (（四）巩固提升阶段（长期）)
    phases = [p for _, p in sorted(found, key=lambda pair: pair[0])]
    for k, phase in enumerate(phases[1:], start=1):
        # （三）优化提升阶段（2027年年底前） after a phase ending 2025-12: it starts right after that one; but
        # where a stage before ran on into its end month (整治推进 to 11月中旬, then 中期通报 7月初, then
        # 验收考核 11月底前), the stages overlap and its start is not said
        ends = [b.end for b in phases[:k] if b.end]
        last = max(ends) if ends else None
        if phase.start is None and phase.end and last and phases[k - 1].end and last < phase.end \
                and not _BEFORE_QUARTER.search(phase.text, 0, 60):
            # (a stage 「（2024年第四季度前完成）」 is done before the quarter it names and prints no start: Round 81's
            # p59e-1 keeps its start as printed, none)
            # (after 「(二)自主整改阶段(2026年2月15日前)」 the next stage starts in February)
            phase.start = next_start(last, next(b.text for b in reversed(phases[:k]) if b.end == last))
    return phases


_BEFORE_QUARTER = re.compile(r"季度\s*(?:之前|以前|前)")
# a lead-in that counts the stages: 「分三个阶段」「分为两个阶段」「共四个阶段」 (not 第三阶段, an ordinal)
_COUNTING_LEAD = re.compile(r"(?:分|分为|分成|共|(?<!第)[两二三四五六七八九十\d])\s*[两二三四五六七八九十\d]?"
                            r"\s*个阶段$")


# a stage counted in running text: 「三是总结评估阶段(2011年1月8日至2011年1月23日)。…」
_COUNTED_IN_TEXT = re.compile(r"^[一二三四五六七八九十]是")


def counted_stages(text: str, default_year: int | None) -> list[Phase]:
    """The stages a plan counts in running text (一是…阶段(…)，二是…, each dated in its bracket) where they stand
    before its first numbered item — a page that opens inside the schedule (round 31, plans-next97 class 3); []
    for any other stage there (a stage of the past the preamble recalls)."""
    return [p for p in find_phases(text, default_year) if _COUNTED_IN_TEXT.match(p.text) and p.end
            and (default_year is None or p.end >= f"{default_year:04d}")]   # (一是试点阶段（2023年…）: recalled)


# the titles of a plan's schedule section (its items are phases; section_kinds.NON_TASK_SECTION has them too)
SCHEDULE_WORDS = ("工作安排", "实施步骤", "工作步骤", "时间安排", "进度安排", "方法步骤", "步骤安排", "阶段安排",
                  "推进步骤", "实施安排", "办理步骤", "办理安排", "办理程序", "工作进度", "实施进度", "时间节点",
                  # 三、基本步骤 over （一）第一阶段：集中攻坚 …
                  "基本步骤", "主要步骤")
SCHEDULE_SECTION = re.compile("|".join(SCHEDULE_WORDS))
_PHASE_NAME_CUT = re.compile(r"[（(：:。，,；;]")
_COUNTED_STAGE = re.compile(r"第[一二三四五六七八九十]{1,2}阶段")
_STAGE_SAID = re.compile(r"(第[一二三四五六七八九十]{1,2}阶段)为([\u4e00-\u9fff]{2,10}阶段)")
# (「第一阶段：即日起至2024年5月」「第一阶段：今年3月至5月」: the stage's time after the colon, no name)
_STAGE_WHEN = re.compile(r"今年|明年|即日|起|至|[年月日]$")
_RANGE_WORDS = re.compile(r"\d\s*月?\s*[-—–~至到－]")
_TIME_NODE = re.compile(rf"({DEADLINE_LABELS})\s*[:：]\s*([^（）()。；;\n]{{2,30}}?月)\s*(?:[）)。；;\n]|$)")


# a stage's time labelled in its first sentence, before its work (组织发动阶段。时间:夏季麦收前(5月30日-6月4日)、
# 秋季秋收前(9月20日-9月30日)。…): its (first) window of days
# (or written with no label right after the stage's name: 宣传发动阶段。5月1日至5月15日,召开会议)
_STAGE_TIME = re.compile(rf"^[^。；;\n]{{0,20}}(?:[。.：:]?\s*(?:时间|实施时间|时间安排)\s*(?:[:：]|为)\s*"
                         rf"[^。；;\n\d]{{0,12}}?|[。.：:]\s*)({_DAY}\s*(?:至|到|—|－|-|~)\s*{_DAY})")


# one month (or day) alone after a stage's name, then the clause ends: 「（一）宣传发动期：2025年5月。」 /
# 「（三）总结验收阶段。2025年8月，组织验收。」 (not 「…：8月底前完成验收」: a deadline, read below)
_STAGE_MONTH = re.compile(rf"^[^。；;\n\d]{{0,20}}?[。.：:]\s*({_DAY})\s*(?=[，,。；;\n]|$)")
# a schedule section's line of stages, one a clause: 「1—3月：摸底建档；4—10月：服务提供；11—12月：总结评估。」 /
# 「夏季禁烧：5月20日至6月30日；秋季禁烧：9月20日至11月10日。」 /
# 「3月底前完成问题排查；4月至9月集中整治；10月迎接测评。」
_SPAN = (rf"(?:(?:(?:19|20)\d{{2}}\s*年)?\s*\d{{1,2}}\s*[-—–~至到－]\s*\d{{1,2}}\s*月"
         rf"|{_DAY}(?:\s*(?:至|到|—|－|-|~)\s*(?:{_DAY}|月底|月末|年底))?)")
_RUN_CLAUSE = re.compile(rf"\s*(?:({_SPAN})\s*[:：]\s*([\u4e00-\u9fff]{{2,8}})"
                         rf"|([\u4e00-\u9fff]{{2,8}})\s*[:：]\s*({_SPAN})"
                         rf"|({_SPAN})\s*(?:之?前)?\s*(?![为是])([\u4e00-\u9fff]{{2,8}}))\s*")
_RUN_MARK = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
                       r"|\d{1,2}[.．、](?!\d))")
# what names a time or a unit, not a stage: 完成时限：5月 / 责任单位：…
_NOT_STAGE = re.compile(r"时间|时限|期限|节点|日期|截止|单位|部门|要求")


def _clause_run(section: str, year: int | None) -> list[Phase]:
    """The stages a schedule section writes as one line of clauses, each its dates and its name (二、进度安排 /
    1—3月：摸底建档；4—10月：服务提供；…): two clauses at least, every clause of the line one of them."""
    out: list[Phase] = []
    for line in section.split("\n"):
        line = _RUN_MARK.sub("", line).strip().rstrip("。；;")
        clauses = re.split(r"[；;。]", line)
        if len(clauses) < 2:
            continue
        stages = []
        for clause in clauses:
            m = _RUN_CLAUSE.fullmatch(clause)
            if m is None:
                break
            dates, name = m.group(1) or m.group(4) or m.group(5), m.group(2) or m.group(3) or m.group(6)
            if not dates or not name or _NOT_STAGE.search(name):
                break
            start, end = month_range(dates, year)
            if end is None:
                break
            if m.group(5) and re.search(r"前\s*$", clause[: clause.find(name)]):
                start = None             # 3月底前完成问题排查: done by then, its start not said
            stages.append(Phase(name=name, start=start, end=end, text=clause.strip()[:500]))
        else:
            out.extend(stages)
    return out


# a step's text that opens with its time, then a comma: 「2024年5月中旬至10月，全面开展隐患排查整治」
_OPENING_TIME = re.compile(rf"^\s*({_DAY}(?:\s*(?:至|到|—|－|-|~)\s*(?:{_DAY}|月底|月末|年底))?)\s*[，,]")


_WINDOW_SEP = re.compile(r"[\d日]\s*(?:[-—–~至到－]|--)\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月")


def _bare_stages(items: list[Item], year: int | None) -> list[Phase]:
    """A page that opens inside the schedule, its items standing under no section: 「(二)组织实施,全面推进
    (2012年3月1日至9月30日)」「(三)交流总结,迎接验收(2012年10月1至10月31日)」 — every item standing alone headed by
    its name and a window (two months or days) in a bracket, two at least, running forward: the stages."""
    tops = [it for it in items if it.parent is None]
    out: list[Phase] = []
    for top in tops:
        words = heading_bracket(top.title)
        if not words or not _WINDOW_SEP.search(words):
            return []
        start, end = month_range(words, year)
        name = top.title[:top.title.rfind(words)].rstrip(" （(")
        if not (start and end and start <= end) or not 2 <= len(name) <= 16 or out and (out[-1].start or "") > start:
            return []
        out.append(Phase(name=name, start=start, end=end, text=top.body.split("\n", 1)[0][:500]))
    return out if len(out) >= 2 else []


def item_phases(items: list[Item], year: int | None, known: list[Phase]) -> list[Phase]:
    """Phases written as the items of a schedule section (工作安排 / 实施步骤 …) that the phase
    pattern does not catch: ``第一季度：…``, ``集中攻坚阶段。2023年9月底前…2023年11月底前…``,
    ``建立长效机制。…2025年底前…``. The dates come from the item's bracket, its quarter or the
    latest deadline in its text; items without any date are left out."""
    names = {p.name for p in known}
    out: list[Phase] = [p for p in _bare_stages(items, year) if p.name not in names]
    names |= {p.name for p in out}
    for holder in items:
        for child, (name, when, _rest) in _listed(holder):
            # 「分以下三个阶段进行：」 over 「1、…活动，时间为…」 items: the stages, dated by their 时间 clause
            if not any(name in n or n in name for n in names):
                names.add(name)
                start, end = month_range(when, year)
                out.append(Phase(name=name, start=start, end=end, text=child.body.split("\n", 1)[0][:500]))
    for top in items:
        if top.kind != 1 and top.parent is not None:
            continue
        steps = not SCHEDULE_SECTION.search(top.title) and _dated_steps(top, year)
        headed = not steps and not SCHEDULE_SECTION.search(top.title) and _dated_headings(top, year)
        staged = _staged(top, year) if not steps else False
        # (二、工作措施 「…分三个阶段进行:」 over （一）准备阶段(2月5日—2月28日): the section's own lead-in counts its
        # stages — a schedule whatever its title, its stage headings the phases)
        counted = not steps and _COUNTED_LEAD_IN.search(top.under_heading()) is not None
        # (四、计划安排 over （一）制定方案阶段 / （二）实施阶段 / （三）总结阶段: named stages, any section's title)
        if not steps and not headed and not staged and not counted and not SCHEDULE_SECTION.search(top.title):
            continue
        if SCHEDULE_SECTION.search(top.title) and not top.children:
            # 二、进度安排 / 1—3月：摸底建档；4—10月：服务提供；…: the stages in one line of the section's text
            for phase in _clause_run(top.body, year):
                if not any(phase.name in n or n in phase.name for n in names):
                    names.add(phase.name)
                    out.append(phase)
        for child in top.children:
            title = child.title
            cut = _PHASE_NAME_CUT.search(title)
            name = (title[:cut.start()] if cut else title).strip()
            timed = time_first_step(title) if SCHEDULE_SECTION.search(top.title) else None
            if cut and _COUNTED_STAGE.fullmatch(name) and title[cut.start()] in "：:" \
                    and (named := re.match(r"[\u4e00-\u9fff]{2,10}", title[cut.end():].strip())) \
                    and not _STAGE_WHEN.search(named.group(0)):
                name = f"{name}：{named.group(0)}"     # （一）第一阶段：集中攻坚 — the stage's count and its name
            if said := _STAGE_SAID.fullmatch(name):
                name = f"{said.group(1)}：{said.group(2)}"     # 第一阶段为组织准备阶段。1月18日前,…
            if cut and (stage := dates_first_stage(title, name, cut.start())):
                name, title = stage      # (一)6月21日-6月25日(自查自纠阶段)
            elif timed:
                name = timed[0]          # (二)4月-10月，全面开展筛查: the step named by its work
            if not 2 <= len(name) <= 16 or any(name in n or n in name for n in names):
                continue
            if counted and not (steps or headed or staged or SCHEDULE_SECTION.search(top.title)) \
                    and not name.endswith("阶段"):
                continue
            start = end = None
            bracket = heading_bracket(title)
            q = quarters_range(title, year) if year else None
            if timed:
                start, end = month_range(timed[1], year)
                if re.search(r"前$", timed[1]):
                    start = None         # (一)3月底前，…: done by then, its start not said
            elif q:
                start, end = q           # 第一季度：… / 第二、三季度：…
            else:
                masked = masked_window(bracket or "")   # (准备工作阶段(__年1月5日之前): left undated)
                if bracket and re.search(r"\d{1,2}\s*月", bracket) and not masked:
                    start, end = month_range(bracket, year)
                window = _STAGE_TIME.match(child.body) if end is None and not masked else None
                window = window or (_STAGE_MONTH.match(child.body) if end is None and not masked else None)
                if window:
                    # 组织发动阶段。时间:夏季麦收前(5月30日-6月4日)、秋季秋收前(…): the stage's first window
                    start, end = month_range(window.group(1), year)
                after_title = child.body.split("\n", 1)[1] if child.body.split("\n", 1)[0].strip() == title.strip() \
                    and "\n" in child.body else ""
                opening = _OPENING_TIME.match(after_title) if end is None and not masked and not window else None
                if opening:
                    # （一）动员部署 / 2024年5月上旬，各区县制定实施方案…: the step's time opens its text
                    start, end = month_range(opening.group(1), year)
                node = _TIME_NODE.search(child.full_text()) if end is None and not masked else None
                if node:
                    # （责任部门：…。时间节点：2025年3月）: the step is that month
                    start, end = month_range(node.group(2), year)
                    if "限" in node.group(1) and not _RANGE_WORDS.search(node.group(2)):
                        start = None             # 完成时限：2025年12月: the step is done by then, its start not said
                if end is None and not masked:
                    dls = find_deadlines(child.full_text(), year)
                    if dls:
                        end = max(d.date for d in dls)[:7]
            if headed and not (bracket and _DATEISH.search(bracket)):
                continue                         # （四）长效机制 / （三）整治工作（3年内）: no dated step
            if start is None and end is None and not steps and not staged:
                if year is not None or not re.search(r"\d{1,2}\s*月", title):
                    continue
                # months but no year anywhere in the plan: the phase is kept, its dates left open
            names.add(name)
            out.append(Phase(name=name, start=start, end=end, text=child.body.split("\n", 1)[0][:500]))
    return out


def _listed(holder: Item) -> list[tuple[Item, tuple[str, str, str]]]:
    if not holder.children or any(c.children for c in holder.children):
        return []
    return list(zip(holder.children, listed_stages(holder.body, [c.body for c in holder.children],
                                                   SCHEDULE_SECTION.search(holder.title) is not None), strict=False))


def listed_stage_items(items: list[Item]) -> set[int]:
    """The items that are stages a counted lead-in lists (「分以下三个阶段进行：」 over
    「2、…活动，时间为2月3日-3月2日。」), each its name and time alone: the plan's phases, not its tasks (a stage
    with its work written under it is a task as well, as a dated stage heading over its paragraph is — and so is the
    page's last line 「第二阶段 宣传发动阶段(6月-7月)。」, cut under its heading, where a stage before it has its work:
    Round 83 on x314_09)."""
    out: set[int] = set()
    for holder in items:
        listed = [(child, len(re.findall(r"[\u4e00-\u9fff]", rest))) for child, (_n, _w, rest) in _listed(holder)]
        worked = any(chars >= _ALONE_CHARS for _child, chars in listed)
        out |= {child.pos for child, chars in listed if chars < _ALONE_CHARS and not (worked and child is items[-1])}
    return out


# (any work written after the stage's time makes it a task as well: 「…（5月）：总结经验，组织验收」, round 33)
_ALONE_CHARS = 2


_STEP_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# what a task carries and a step does not: a unit label or a 完成时限 line; a section named for tasks
_TASK_LABEL = re.compile(r"(?:牵头|责任|配合|协办|主办|承办)(?:单位|部门|科室|领导)\s*[:：]|(?:完成)?时限\s*[:：]")
_TASK_SECTION = re.compile(r"任务|项目|重点工作|工作重点|内容")
_STAGE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}阶段$")
_SPAN_BRACKET = re.compile(r"\s*[(（][^()（）\n]{1,12}[)）]$")
# a section's lead-in that counts its stages: 「…工作分三个阶段进行:」「分为两个阶段实施：」
_COUNTED_LEAD_IN = re.compile(r"分(?:为|成)?\s*[两二三四五六七八九十\d]\s*个阶段(?:进行|实施|开展|推进)?"
                              r"\s*[:：。]?\s*$")
# a unit given the work in a sentence of its own: 「县农业农村局负责，」「由各乡镇牵头。」
_UNIT_ROLE = re.compile(r"(?:^|[。；;，,\n])\s*由?[\u4e00-\u9fff]{2,14}?(?:牵头|负责)(?:[，,。；;\n]|$)")


def _staged(section: Item, year: int | None) -> bool:
    """A schedule section whose items are all named stages (（一）前期准备阶段 / （二）方案制定阶段 …),
    each a heading line over its paragraph: the stages are phases even with no date written. Under a section
    the title does not name a schedule, only where a stage is dated and they are no tasks (not 重点任务 /
    （一）学前教育阶段 … 区教育局负责; not 分类管理 / （一）急性发病阶段 … 各街道负责)."""
    children = section.children
    # (a stage's heading may carry how long it lasts or runs: 「1. 宣传发动阶段(1个月)」「3. 巩固提升阶段(长期)」)
    if len(children) < 2 or not all(_STAGE_NAME.match(_SPAN_BRACKET.sub("", c.title.strip())) for c in children):
        return False
    if SCHEDULE_SECTION.search(section.title):
        return True
    if _TASK_SECTION.search(section.title) or any(_TASK_LABEL.search(c.full_text()) for c in children) \
            or sum(1 for c in children if _UNIT_ROLE.search(c.full_text())) >= 2:
        return False
    return any(find_deadlines(c.full_text(), year) for c in children)


def _dated_headings(section: Item, year: int | None) -> bool:
    """A section of 工作任务 … whose items are the plan's steps, each headed by a short name with its date in a
    bracket (（一）全面部署（2020年12月9日前） / （二）排查工作（2021年6月底前）): at least two such headings, their
    dates running forward."""
    ends = []
    for child in section.children:
        words = heading_bracket(child.title)
        if words and _DATEISH.search(words) and (end := month_range(words, year)[1]):
            ends.append(end)
    return len(ends) >= 2 and ends == sorted(ends)


def _dated_steps(section: Item, year: int | None) -> bool:
    """A section of 工作措施 / 组织实施 … whose items are the plan's steps (1.摸底排查。…于2019年4月底前完成
    / 2.全面整改。…2020年12月底前… / 3.监督评估。…): every item is headed by a short name, and at
    least two of them carry dates that run forward."""
    children = section.children
    if len(children) < 2 or any(not _STEP_NAME.match(c.title) or c.children for c in children):
        return False
    if GUARANTEES_SECTION.search(section.title) and not any(re.search(r"阶段|步骤", c.title) for c in children):
        # 二、工作要求 over （一）压实责任。…3月10日前… （二）按时报送。…11月20日前…: requirements, no stages (ux62);
        # 三、保障措施 over （一）加强组织领导。…3月底前… （二）强化调度通报。…11月20日前…: guarantees, no stages (ux63)
        return False
    if _TASK_SECTION.search(section.title) or any(_TASK_LABEL.search(c.body) for c in children):
        # （一）老旧小区改造 / 牵头单位：… / 完成时限：2025年10月底前 under 重点任务: dated tasks, not the plan's steps
        return False
    if sum(1 for c in children if _UNIT_ROLE.search(c.body)) >= 2:
        return False      # （一）抓好机收调度。县农业农村局负责，5月25日前… under 工作措施: tasks given to units
    ends = [max(d.date for d in dls) for c in children if (dls := find_deadlines(c.body, year))]
    return len(ends) >= 2 and ends == sorted(ends)

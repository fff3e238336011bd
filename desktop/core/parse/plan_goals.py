"""The plan's own goals outside its tasks: goal sections that hold no tasks (二、总体目标, 三、改造对象), the lead text
of goal sections that do, dated goals in a section's lead text and goal sentences of the preamble. Read by
``parse_text`` for the plan's targets."""

from __future__ import annotations

import re

from .headings import Item

TARGET_SECTION = re.compile(r"(目标)")


# 三、改造对象 / 三、排查范围 / 建设规模: what the plan's work covers — its counts are the plan's (共3.3万平方米,
# 对本区269个行政村…全面排查); not a rule's 适用范围
# (or 一、造林任务 / 建设任务: the work's quantity the plan sets — 全乡完成山上造林2640亩 — in a section holding
# no task)
_SCOPE_SECTION = re.compile(r"(?<!适用)(?:改造|实施|排查|整治|治理|建设|工作|整改|摸排)(?:对象|范围|规模)$"
                            r"|^(?:造林|植树|绿化|建设|改造|年度)任务$")


# a goal heading run into its text by a one-line copy (二、目标任务通过三年努力,全面消除… / 二、工作目标到2025年…):
# the heading word, then straight away a goal sentence — a date, 通过/到/力争/经过, or a figure; never a heading that
# only names goals (（一）目标任务完成情况纳入…考核 / 二、工作目标任务分解及责任分工安排), and only a top-level one
_RUN_IN_GOALS = re.compile(r"(?:目标任务|(?:工作|总体|主要|发展|创建|建设|年度)目标)"
                           r"(?=\s*(?:(?:19|20)\d{2}\s*年|\d|通过|经过|到|力争|全年|今年|年底|年内))")


_GOAL_HEAD = re.compile(r"(?:目标任务|(?:工作|总体|主要)目标)(?![任分完])")


def _run_in_goals(item: Item, top: int) -> bool:
    return item.kind == top and _RUN_IN_GOALS.match(item.title) is not None


# sections whose figures are no goals of the plan (its background, what it has done, its principles; 一、基本情况 /
# 工作概况: the figures as they stand)
NOT_GOALS = re.compile(r"(背景|基础|现状|形势|意义|思想|原则|成效|回顾|情况|概况)")
# the most a section's heading runs to (二、工作目标 / 三、排查整治范围)
HEADING_MAX = 12


def heading_says(pattern: re.Pattern[str], title: str, inline: bool) -> bool:
    """The heading of a section says ``pattern`` (its words, at most HEADING_MAX of them). In a text run into one
    line its title runs on into its text (二、基地建设范围村名…合计面积(亩)… / 一、免疫病种及指标坚持…的原则): there the
    heading is the title's opening words, ended anywhere."""
    if not inline:
        return len(title) <= HEADING_MAX and pattern.search(title) is not None
    # (二、工作原则坚持目标导向…: the heading is 工作原则, the goal word its text's)
    return any((m := pattern.search(title, 0, k)) and not NOT_GOALS.search(title, 0, m.start())
               for k in range(2, min(len(title), HEADING_MAX) + 1))


def no_goal_section(item: Item, inline: bool) -> bool:
    """A section whose heading says its figures are no goals of the plan (一、基本情况 / 二、工作原则). In a text run
    into one line only the title's opening words are its heading (一、免疫病种及指标坚持…的原则,… holds the goals)."""
    return NOT_GOALS.search(item.title[:HEADING_MAX] if inline else item.title) is not None


def target_sections(items: list[Item], task_pos: set[int], inline: bool = False) -> list[Item]:
    """Sections about goals (二、总体目标 / （三）主要目标) that hold no tasks."""
    out: list[Item] = []
    taken: set[int] = set()
    top = min((i.kind for i in items), default=1)
    for item in items:
        if item.pos in taken or item.pos in task_pos or item.kind > 2:
            continue
        if (heading_says(TARGET_SECTION, item.title, inline) or heading_says(_SCOPE_SECTION, item.title, inline)
                or _run_in_goals(item, top)) and not any(d.pos in task_pos for d in item.descendants()):
            out.append(item)
            taken.update(d.pos for d in item.descendants())
    return out


def goal_lead_paragraphs(items: list[Item], task_pos: set[int]) -> list[str]:
    """The own text of goal sections that do hold tasks (二、目标任务 / 本区…面积应不少于总量的30%。 /
    （一）到2025年…): the figures before the numbered items are the plan's."""
    out: list[str] = []
    top = min((i.kind for i in items), default=1)
    for item in items:
        if item.kind > 2 or item.pos in task_pos or not any(d.pos in task_pos for d in item.descendants()):
            continue
        if TARGET_SECTION.search(item.title) and len(item.title) <= 12 and "\n" in item.body:
            out.append(item.body.split("\n", 1)[1])
        elif _run_in_goals(item, top):
            out.append(item.body)        # 二、目标任务通过三年努力…: the heading run into its text
        elif item.kind == top and _GOAL_HEAD.match(item.title):
            # 二、目标任务以…为主战场,…,确保完成今年10.6亿元投资任务。(一)…: the goal sentences of its run-in text
            out += [s for s in sentences(item.body) if _GOAL_SENTENCE.search(s)]
    return out


# 主要预期目标为:财政总收入增长10%,… / 主要目标是: … / 全年经济社会发展预期目标:…
# — a sentence that states the plan's goals
_GOAL_SENTENCE = re.compile(r"(?:预期|主要|发展|总体|工作)目标(?:任务)?(?:(?:为|是)\s*[:：]?|\s*[:：])|"
                            r"主要(?:预期)?指标(?:为|是)|"
                            r"力争(?:实现)?[^。；;，,]{0,30}?(?:达到|达)\s*\d|"
                            # (为…,保质保量完成2020年全县12万亩青贮玉米种植任务,…: the quantity a notice is for;
                            # a year alone is none; not a past result or a threshold: 共/累计/超额/圆满/已/未/没有完成,
                            # 完成了)
                            r"(?<![已经未共计额满有])完成(?!了)(?=[^。；;，,]{0,12}?(?<!\d)(?!(?:19|20)\d{2}\s*年)\d"
                            r"[^。；;，,]{0,24}?任务(?:[，,。；;]|$))")
# 2025年,力争全社会研发投入强度达到2.95%: a dated goal in the lead text of a section that holds tasks;
# 治理工作目标:…定点屠宰率达85%以上 / 年度目标：… — a section's labelled aims, before its measures
# 规划至2025年开工建设公共停车设施共16处 / 远期规划至2035年，…共33处: a 规划's programme counted to a year, in the own
# text of the section whose items carry it out (x293_03 四、（二）布局方案)
_DATED_GOAL = re.compile(r"(?:19|20)\d{2}年(?:底)?[,，]?\s*(?:力争|确保)[^。；;]{0,40}?(?:达到|达|突破|超过)\s*\d"
                         r"|(?:规划|计划)(?:至|到)\s*(?:19|20)\d{2}\s*年[,，]?[^。；;]{0,30}?共\s*\d"
                         r"|(?:^|[。；;\n])[^。；;\n，,：:]{0,8}(?:工作|年度|总体|主要)目标\s*[:：][^。]*?\d")


# 「四、各单位按以下职能分工…开展风险排查工作，原则上每年不少于2次：」: a section's heading sentence setting how often
# the work of every item under it is done — a frequency of the plan's (a sentence over its list, not a short title)
_FREQUENCY_OVER = re.compile(r"[，,][^。；;\n]{0,8}每(?:年|半年|季度?|月)(?:度)?(?:不少于|至少|不低于)"
                             r"\s*\d{1,2}\s*次\s*[：:]$")


def section_goal_sentences(items: list[Item], task_pos: set[int]) -> list[str]:
    """The dated goals (2025年,力争…达到2.95%) in the own text of a section whose numbered items are
    tasks, where its title is no goal heading (一、强化科技创新): the plan's figures; and a heading sentence
    that sets how often its items' work is done (…原则上每年不少于2次：)."""
    out: list[str] = []
    for item in items:
        if item.kind > 2 or item.pos in task_pos or TARGET_SECTION.search(item.title) \
                or not any(d.pos in task_pos for d in item.descendants()):
            continue
        # (a section's heading only: 「（一）燃气安全。区城管局负责…，每月不少于1次：」 is a task's own frequency)
        if item.kind == 1 and _FREQUENCY_OVER.search(head := item.body.split("\n", 1)[0].strip()):
            out.append(head)
        if "\n" in item.body:
            out += [s for s in sentences(item.body.split("\n", 1)[1]) if _DATED_GOAL.search(s)]
    return out


# 「1.新建卫生厕所。…以户为单位,每户补助1500元。」 over its numbered requirements: the policy's own rate in the text of
# an item that is no task (its children are), a plan target (round 36: a policy's rates are targets of the article
# where it is a task, plan targets where it is not; round 25: 「每户补贴2000元」)
_RATE_SET_OUT = re.compile(r"每[\u4e00-\u9fff]{1,6}?(?:补助|补贴|奖励|奖补|资助)(?:资金)?\s*\d")


def parent_rate_sentences(items: list[Item], task_pos: set[int]) -> list[str]:
    """The sentences setting a rate 「每户补助1500元」 in the own text of an item whose children are tasks."""
    return [s for item in items if item.pos not in task_pos and "每" in item.body
            and any(d.pos in task_pos for d in item.descendants())
            for s in sentences(item.body) if _RATE_SET_OUT.search(s)]


def preamble_goal_sentences(preamble: str, year: int | None = None) -> list[str]:
    """The sentences before the first numbered item that state the plan's goals (a town's work
    arrangement opens with 「2023年全镇经济社会发展主要预期目标为:财政总收入增长10%,…」): their
    figures are the plan's. Only such sentences: the rest of a preamble holds anniversaries and
    slogans (「实施20周年」「1336」)."""
    return [_PAST_DONE.sub("", s) for s in sentences(preamble)
            if _GOAL_SENTENCE.search(s) or (len(_RATE_SET.findall(s)) >= 2
                                            or _GOAL_WORDED.search(_CITED.sub("", s))
                                            and not _PLANNED_COUNT.search(s))   # (preamble_planned_counts')
            and not _PAST.search(s) and not _opens_earlier(s, year)]


def _opens_earlier(sentence: str, year: int | None) -> bool:
    """「2024年，全县通过努力，森林覆盖率提高到63%。」 in a 2025 plan: a sentence opening with an earlier year
    tells what was reached."""
    m = re.match(r"\s*((?:19|20)\d{2})\s*年(?!\s*[-—–~至到]|\d)", sentence)
    return m is not None and year is not None and int(m.group(1)) < year


# a clause telling a past result or a shortfall inside a goal sentence
# (「全县去年超额完成了8万亩…任务，今年要…完成…」): its figure is none of the plan's
_PAST_DONE = re.compile(r"[^。；;，,]*(?:(?:去年|上年|已经?|超额|未|没有)[^。；;，,]{0,4}完成|完成了)"
                        r"[^。；;，,]*[，,]?")


# goals a preamble sets in other words: 「…，确保秸秆综合利用率达到95%以上，…制定本方案」
# 「今年全县计划完成植树造林2万亩」「通过三年努力，全县森林覆盖率提高到65%」「目标是到6月底，完成整改率达到80%」
_CITED = re.compile(r"《[^《》]*》")        # (a cited title's words set no goal)
# (「力争…发病率下降10%、病死率下降1%」: a fall the plan strives for is its goal as a rise is)
_GOAL_WORDED = re.compile(r"(?:力争|确保)[^。；;]{0,40}?(?:达到|达|提高到|提高至|提升到|提升至|稳定在|保持在"
                          r"|下降|降低|减少|降至|降到)\s*\d"
                          r"|(?:今年|全年|年内|本年度?)[^。；;，,]{0,12}?计划(?:完成|新增|新建|实施|改造|建成)"
                          r"[^。；;，,]{0,20}?\d"
                          r"|(?:通过|经过)[^。；;，,]{0,8}?努力[，,][^。；;]{0,40}?"
                          r"(?:达到|提高到|提高至|提升到|提升至|实现|新增|完成)[^。；;，,]{0,20}?\d"
                          r"|(?:^|[，,。])\s*目标(?:是|为)[^。；;]{0,40}?\d"
                          # 「确保集体访积案80%以上化解」: a floor the plan makes sure of (round 30)
                          r"|确保[^。；;，,\d]{1,12}?\d+(?:\.\d+)?\s*%\s*(?:及)?以上"
                          # 「到2020年，全县…巩固率保持在96%以上」: the aims a preamble dates (not 截至 / 2019年 alone:
                          # what was reached)
                          r"|(?:^|[，,。])\s*(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*[，,][^。；;]{0,30}?"
                          r"(?:达到|提高到|提高至|提升到|提升至|稳定在|保持在)\s*\d")


# 「…达标率稳定在95%以上，…满意度达到96%；…回收利用率达到47%」: rates a sentence sets for the plan's year
_RATE_SET = re.compile(r"(?:稳定在|保持在|达到|达|不低于|提高到|提高至|提升到|提升至)\s*\d+(?:\.\d+)?\s*%")
# what was reached before the plan: 已 / 去年 / 以来 / 取得
_PAST = re.compile(r"已经?|去年|上年|以来|取得|同比")


# 「全年共安排重点项目67个」「计划新开工项目27个、计划建成项目16个」「年内计划完成投资120.9亿元」: the counts and money
# a plan of projects sets for its year (the preamble's summary), each counted thing named before its figure; what
# 共安排 counts is projects or money (not 「本方案共安排3个部分」「市里共安排我区指标12个」)
# (「共安排市政设施、社会事业…四大类重大工程项目40个」: the kinds listed with 、 before what is counted)
_PLANNED_COUNT = re.compile(r"(?:(?:共|全年|年内|年度)(?:计划)?安排(?=[^。；;，,]{0,40}?(?:项目|投资|资金|工程))"
                            r"[^。；;，,《》<>〔〕\d]{0,40}?|"
                            r"计划(?:新开工|开工|建成|竣工|完工|完成|实施|新建|安排)[^。；;，,、《》<>〔〕]{0,16}?)"
                            r"(?P<figure>\d+(?:\.\d+)?)\s*(?:[万亿]元|[个项家所座条处])")
# more of the same list after a count of this plan's (计划建成项目16个、在建项目24个，项目总投资约762亿元)
_PLANNED_MORE = re.compile(r"(?:其中)?[^\d，,。；;、]{0,8}?(?:项目|工程|投资额?|资金)(?:约|达)?"
                           r"(?P<figure>\d+(?:\.\d+)?)\s*(?:[万亿]元|[个项])")
# what was reached before the plan or stands for more than its year: 已 / 去年 / 以来 / 实际 / 累计, a five-year plan
_NOT_THIS_YEAR = re.compile(_PAST.pattern + r"|实际|累计|十[一二三四五六七]五|五年")
# (、 ends a clause after a figure 「项目16个、在建项目24个」, not inside a list of kinds 「市政设施、社会事业…」)
_CLAUSE_END = re.compile(r"[，,；;]|(?<=[\d个项家所座条处元])、")


def sentences(text: str) -> list[str]:
    """``text``'s sentences, each with its end mark (。！ or a line's end)."""
    return re.split(r"(?<=[。！!\n])", text)


def _earlier_year(words: str, year: int | None) -> bool:
    return year is not None and any(int(y) < year for y in re.findall(r"((?:19|20)\d{2})年", words))


def preamble_planned_counts(preamble: str, year: int | None) -> list[tuple[str, float]]:
    """The counts of projects (and the money to spend on them) the preamble sets for the plan's year: each as the
    words up to its figure (read with ``find_targets(..., relaxed=True)``) and the figure to keep. A clause is read
    with the words since the last figure before it (「2022年以来，累计共安排资金5亿元」): one that names an earlier
    year, what was done (已完成, 实际完成) or a five-year plan's figure sets no target of this plan."""
    out: list[tuple[str, float]] = []
    for sentence in sentences(preamble):
        start = 0                             # where the words leading to the next figure begin
        kept = False                          # the clause before set a count of this plan
        for clause in _CLAUSE_END.split(sentence):
            end = sentence.find(clause, start) + len(clause)
            m = _PLANNED_COUNT.search(clause) or (_PLANNED_MORE.match(clause) if kept else None)
            words = sentence[start:end]
            if re.search(r"\d", clause):
                start = end
            kept = False
            if m is None or _NOT_THIS_YEAR.search(words) or _earlier_year(words, year):
                continue
            out.append((clause[:m.end()], float(m.group("figure"))))
            kept = True
    return out


def section_planned_counts(items: list[Item], task_pos: set[int], year: int | None) -> list[tuple[str, float]]:
    """The same counts in the lead text of a section whose items are tasks (一、年度计划安排 / 2021年共安排…重大工程项目
    40个，其中…，完成投资83.8亿元。 over the lists of projects): the plan's year's summary, as a preamble's is."""
    out: list[tuple[str, float]] = []
    for item in items:
        if item.kind > 2 or item.pos in task_pos or not any(d.pos in task_pos for d in item.descendants()):
            continue
        lead = item.body.split("\n", 1)[1] if "\n" in item.body else ""
        out += preamble_planned_counts(lead, year)
    return out


# a goal the plan names in quotes before 的目标 (确保完成“创建50个…示范项目”的工作目标 / 紧紧围绕"…不低于67%、…的目标,
# its closing mark lost): its figures are the plan's, in the preamble or in a section of aims (一、指导思想) alike
_QUOTED_GOAL = re.compile(r"[“\"]([^“”\"。；;]{0,60}?\d[^“”\"。；;]{0,60}?)[”\"]?"
                          r"\s*的(?:年度|工作|总体|主要|奋斗){0,2}目标")


def quoted_goal_sentences(text: str) -> list[str]:
    """The sentences of ``text`` naming such a goal, its quote marks taken off (the figures read as any goal's)."""
    return [_QUOTED_GOAL.sub(lambda m: re.sub(r"[“”\"]", "", m.group(0)), s) for s in sentences(text)
            if ("“" in s or '"' in s) and _QUOTED_GOAL.search(s) and not _PAST.search(s)]

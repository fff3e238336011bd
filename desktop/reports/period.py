"""Monthly sentences → a period's sentences (REPORT_WRITING.md, "Turning monthly entries into
a period's text"): month words removed, the same measure folded (a cumulative figure once at
its latest value, monthly counts added up), landmarks and mechanism sentences recognised,
problems and next steps gathered into a few themes. Pure text work, no database.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from desktop.reports.content import Sentence, Source

_SPLIT = re.compile(r"(?<=[。！？!?；;])|\n+")
_NOISE = re.compile(r"[\s，,。；;、：:！!？?“”\"'（）()—\-《》]")
# "6月，" "4月以来，" "本月" at the start of a sentence; never "6月底前" (a deadline)
_MONTH_LEAD = re.compile(r"^(?:(?:\d{4}[-年/.])?\d{1,2}月?(?:份|中旬|上旬|下旬)?[，,、：:]|\d{1,2}月(?:份)?以来[，,]?|"
                         r"\d{1,2}月(?:份)?(?=[\u4e00-\u9fff])(?![底末初前中上下以起至到内])|"
                         r"(?:本月(?:以来)?|本期|当月|近期)[，,、：:]?)")
# an aside about the reporting itself, never the work: （4月未报送，本月一并报送） （含5月） （补报3月）
_ASIDE = re.compile(r"（[^（）]*(?:未报送|一并报送|补报|含\d{1,2}(?:[、至到—\-~]\d{1,2})?月)[^（）]*）")
_MONTH_WORD = re.compile(r"(?<![上下全])(?:本月|本期|当月)(?:以来)?[，,]?")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
# a running total, or a count since the year began (上半年…, 截至6月底…, 1至5月…) — a stock that a later
# one of the same measure replaces
_CUMULATIVE = re.compile(r"累计|共计|总数|总量|达到|已建成|全市已|共有|共建成|覆盖率|比例|占比|"
                         r"上半年|今年以来|截至\d{1,2}月|(?<!\d)1[至到—\-~]\d{1,2}月|全部")
LANDMARK = re.compile(r"报请|提请|审议通过|通过审议|获批|批复|颁布|印发|出台|发布|正式实施|签署|签订|"
                      r"(?<!累计)建成|开通|投入使用|正式运营|挂牌|揭牌|上线|形成[^，。]*草案|报送[^，。]*(?:市政府|人大)")
_LANDMARK_RANK = [re.compile(p) for p in (
    r"条例|立法|草案|报请|提请|审议", r"印发|出台|颁布|发布|政策|办法|意见|方案",
    r"(?<!累计)建成|开通|投入使用|正式运营|挂牌|揭牌|上线", r"签署|签订|获批|批复")]
MECHANISMS = (
    ("强化组织领导", re.compile(r"专班|领导小组|联席会议|专题会议|分管|市长|主要负责同志|党组|办公会")),
    ("强化统筹调度", re.compile(r"调度|推进会|通报|台账|周报|月报|例会|协调会")),
    ("强化督查督办", re.compile(r"督查|督办|督导|检查|视察|暗访|考核|回头看")),
    ("强化宣传引导", re.compile(r"简报|宣传|培训|报道|满意度|问卷|座谈")),
)
_NOTHING = re.compile(r"^(?:无|暂无|没有|无问题|无明显问题|暂无问题|无其他)[。.]?$")
_STEP_VERBS = re.compile(r"^(?:下一步[，,]?|继续|进一步|持续|加快|推进|推动|抓紧|做好|加强|加大|确保|"
                         r"启动|组织|开展|完成|出台|制定|印发|力争|全力|积极|认真|扎实)+")


def split_sentences(text: str) -> list[str]:
    """Sentences of free text, each ending in ``。`` (a trailing ``；`` becomes ``。``)."""
    out = []
    for piece in _SPLIT.split(text or ""):
        piece = (piece or "").strip().strip("\u3000")
        if not piece or not _NOISE.sub("", piece):
            continue
        piece = piece.rstrip("；;，,、")
        if piece[-1] not in "。！？!?":
            piece += "。"
        out.append(piece)
    return out


def clean(sentence: str) -> str:
    """A monthly sentence in period words: no leading ``6月，``, no ``本月``/``本期``; brackets
    full-width."""
    text = _MONTH_LEAD.sub("", sentence.strip())
    text = _MONTH_WORD.sub("", text)
    text = text.replace("(", "（").replace(")", "）")
    text = _ASIDE.sub("", _ORDINAL.sub("", text))
    return text.lstrip("，,、；; ")


def landmark_first(text: str, keys: set[str]) -> list[str]:
    """``印发《…办法》，建立…清单，吸纳务工人员420人`` → the landmark and the month's figures as two
    sentences, where another month says the same measure without it (its ``key`` in ``keys``):
    the figures then fold with the other months' (ux63: March's hires were left out of the sum
    because the sentence began differently). A sentence no month repeats stays whole
    (印发《…实施意见》，明确14项重点任务)."""
    parts = clauses(text)
    rest = "".join(parts[1:])
    if len(parts) > 1 and is_landmark(parts[0]) and not has_figure(parts[0]) and key(rest) in keys:
        return [parts[0].rstrip("，") + "。", rest]
    return [text]


def key(text: str) -> str:
    """The measure a sentence reports: its words with numbers as ``#`` (and 累计 ignored)."""
    return NUMBER.sub("#", _NOISE.sub("", text.replace("累计", "")))


def words(text: str) -> str:
    return _NOISE.sub("", text)


_QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
_QUOTES = re.compile(r"“[^”]*”")
_FIGURE = re.compile(r"\d(?!\d*年)")
_ORDINAL = re.compile(r"^[一二三四五六七八九十]+是")
_CLAUSE = re.compile(r"(?<=[，；。])")
_STRONG = re.compile(r"专班|调度会|联席会议|视察|督查|督办|简报")


# words that report no progress: 按计划推进各项工作, 持续巩固…工作成效, 督促…逐项推进…, 各项工作有序推进
_FILLER = re.compile(r"^(?:[^，。]{0,12}(?:按计划|按照计划|有序|稳步|扎实|顺利|正常)(?:推进|开展|落实)(?:各项|相关)?"
                     r"(?:工作|任务|措施)?(?:落实)?|持续巩固[^，。]*成效|督促[^，。]*逐项推进[^，。]*|"
                     r"(?:各项|相关)?工作(?:有序|稳步|顺利|正常)推进|继续推进[^，。]{0,8}工作)[。！]?$")


def is_filler(text: str) -> bool:
    """A sentence that says nothing happened (``按计划推进各项工作``): not progress."""
    return bool(_FILLER.match(text.strip()))


_ISSUED = re.compile(r"印发|出台|报请|提请|审议通过|颁布|发布")
_STEP = re.compile(r"^(?:就[^，。]*)?(?:起草|书面征求|征求|形成|修改完善|完成[^，。]*(?:初稿|草案|征求意见稿|送审稿)|"
                   r"启动[^，。]*编制|组织[^，。]*论证)")
_TITLE = re.compile(r"《([^》]+)》")


def superseded(step: str, landmark: str) -> bool:
    """A drafting step (起草/征求意见/形成初稿) of the document the landmark issued or submitted:
    ``起草《…实施意见》``, ``就实施意见征求…意见``, or a bare ``征求相关部门意见``; never a
    sentence with a figure of its own."""
    if not _ISSUED.search(_QUOTES.sub("", landmark)) or not _STEP.match(step) or has_figure(step):
        return False
    titles = _TITLE.findall(landmark)
    named = _TITLE.findall(step)
    if not titles:
        return False
    if not named and not any(t[i:i + 4] in step for t in titles for i in range(len(t) - 3)):
        return not re.search(r"草案|方案|实施意见|办法|规划|标准|条例|规范|规则|导则", step)
    return any(t[i:i + 4] in step for t in titles for i in range(len(t) - 3))


def has_figure(text: str) -> bool:
    """A figure outside document titles and quotes, and not a year."""
    return bool(_FIGURE.search(_QUOTED.sub("", text)))


def is_landmark(text: str) -> bool:
    return bool(LANDMARK.search(_QUOTES.sub("", text)))


_MEETING = re.compile(r"^(?:组织)?召开[^，。；]*?(?:会议|[推调协座专例]\w?会|工作会)(?:\d+次)?[。]?$")
# a plan of the work itself (制定…工作方案，将任务分解到各街道): what the period's results replace
_PLANNING = re.compile(r"^(?:研究)?(?:制定|制订|拟定|编制)[^，。；]*?(?:方案|计划|安排|清单)")
_PLANNING_REST = re.compile(r"分解|明确|细化|部署|落实到|责任")


def moves_to_practices(text: str) -> str | None:
    """The 主要做法 point a sentence of a task's progress moves to: a mechanism sentence without
    a figure of the task's own work, one of the standing mechanisms (专班, 调度会, 督查…), or a
    meeting held (``召开全区养老服务工作推进会1次``) — how the work was done, not its result."""
    heading = mechanism(text)
    if heading and (not has_figure(text) or _STRONG.search(text) or _MEETING.match(text)):
        return heading
    return None


def is_planning(text: str) -> bool:
    """A sentence that plans the work (``制定《…工作方案》，将8个设施点位任务分解到各街道``): its
    first clause draws up a plan (not 印发/出台 one), the others hand the tasks out."""
    parts = clauses(text)
    return (bool(_PLANNING.match(parts[0])) and not is_landmark(text)
            and all(_PLANNING_REST.search(c) for c in parts[1:]))


def landmark_rank(text: str) -> int:
    for i, pattern in enumerate(_LANDMARK_RANK):
        if pattern.search(text):
            return i
    return len(_LANDMARK_RANK)


def mechanism(text: str) -> str | None:
    """The heading of the 主要做法 point a sentence belongs to, or None (no landmark in it)."""
    if is_landmark(text):
        return None
    for heading, pattern in MECHANISMS:
        if pattern.search(text):
            return heading
    return None


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


# the measure of an event held again each month 「1次」「2期」「3场」「4批」「120人次」: a month's own count, never a
# standing figure copied forward
_EVENT_COUNT = re.compile(r"\s*(?:次|期|场|批|轮|人次|户次|架次|车次|班)")
# a clause that tells of the running total before it (惠及居民3980户, 其中护理型床位…): part of that stock
_TIED = re.compile(r"^(?:其中|惠及|覆盖|涉及|带动|受益|享受|占)")


def _summable(text: str, match: re.Match[str]) -> bool:
    """A number that adds up month by month: not a rate, a year, a date or a document number."""
    after = text[match.end():match.end() + 2]
    before = text[max(0, match.start() - 1):match.start()]
    inside_title = text[:match.start()].count("《") > text[:match.start()].count("》")
    # 培训班9期 adds up; 二期工程 and 第3期 do not
    phase = text[match.end():match.end() + 3] in ("期工程", "期项目")
    return not (after.startswith(("%", "年", "月", "日", "号", "届", "次会")) or before in "第〔[" or phase
                or inside_title)


@dataclass
class Item:
    """A period sentence being built: its text, where it came from, and how it was folded."""

    text: str
    sources: list[Source]
    unit: str
    first: int                            # order first seen
    folded: str = ""                      # "" | latest | sum
    extra: list[str] = field(default_factory=list)
    # a summed count the unit's own running total of the same measure contradicts: (what, sum, total, months)
    disagree: list[tuple[str, str, str, list[str]]] = field(default_factory=list)

    def sentence(self) -> Sentence:
        return Sentence(self.text, self.sources[-1], self.sources[:-1])

    @property
    def latest_month(self) -> str:
        """The latest month its sources speak for ("" where none names one)."""
        return max(s.month or "" for s in self.sources)


def fold(items: list[tuple[str, Source]], *, total_word: str = "") -> list[Item]:
    """Fold a list of (cleaned sentence, source) in month order into period sentences.

    The same wording repeats once. The same measure with new figures: a cumulative one
    (``累计``, ``达到``, a rate…) stands at its latest value; a monthly count is added up and
    written with ``total_word`` (``上半年``, ``今年以来``). Every other sentence is kept.
    """
    groups: dict[str, list[tuple[str, Source]]] = {}
    order: list[str] = []
    for text, source in items:
        if not words(text):
            continue
        k = key(text)
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append((text, source))
    out: list[Item] = []
    for i, k in enumerate(order):
        members = groups[k]
        texts = [t for t, _ in members]
        sources = [s for _, s in members]
        last_text = texts[-1]
        unit = sources[-1].unit
        # one reading a month per unit: a later wording of the same month replaces the earlier
        per_month: dict[tuple[str, str | None], str] = {}
        for text, source in members:
            per_month[(source.unit, source.month)] = text
        if len(per_month) == 1 or not NUMBER.search(last_text):
            out.append(Item(last_text, sources, unit, i))
            continue
        # the same sentence, figures and all, sent again month after month 「建立全县32个重点项目用工需求清单」: a
        # standing statement copied forward, said once — not a month's count to add up (ux63: 32 × 5 = 160 清单);
        # but events held each month 「召开联席会议1次」「举办培训班2期」 are counted again each time and add up
        if len(set(per_month.values())) == 1 and not any(
                _EVENT_COUNT.match(last_text, m.end()) for m in NUMBER.finditer(last_text)):
            out.append(Item(last_text, sources, unit, i, "latest"))
            continue
        matches = [list(NUMBER.finditer(t)) for t in per_month.values()]
        template = list(NUMBER.finditer(last_text))
        if any(len(m) != len(template) for m in matches):
            out.append(Item(last_text, sources, unit, i, "latest"))
            continue
        # each figure by its own clause: a cumulative one (累计, 达到, a rate…) stands at its
        # latest value, a monthly count adds up over the months
        pieces, pos, summed = [], 0, False
        for j, m in enumerate(template):
            start = max(last_text.rfind(c, 0, m.start()) for c in "，,；;。") + 1
            clause = last_text[start:m.end() + 2]
            event = _EVENT_COUNT.match(last_text, m.end())
            # a clause after a running total (参保人数达到446万人，享受待遇1.9万人) is a stock too, but not a
            # count of events held (累计培训4070人次，举办培训班9期): the total replaces only its own measure;
            # nor another measure's count in a month's sentence (完成改造74户，累计完成305户，入户评估88户) — a
            # month's count before the total, or a figure that falls in some month (a running one never does)
            values = [float(ms[j].group()) for ms in matches]
            falls = any(b < a for a, b in itertools.pairwise(values))
            own = summed and not _TIED.match(clause) or falls
            after_total = bool(_CUMULATIVE.search(last_text[:start]))
            stock = _CUMULATIVE.search(clause) or not event and not own and after_total
            # the same figure every month beside figures that change (建立全县32个…清单，吸纳务工人员440人): a
            # standing figure copied forward, said once; events held (召开…1次) are counted each time
            standing = not event and len({ms[j].group() for ms in matches}) == 1
            if _summable(last_text, m) and not stock and not standing:
                # said with the period's word after the total (…累计完成305户，上半年入户评估393户)
                lead = total_word if summed and after_total and start >= pos and not _CUMULATIVE.search(clause) else ""
                pieces.append(last_text[pos:start] + lead + last_text[max(start, pos):m.start()])
                pieces.append(_fmt(round(sum(float(ms[j].group()) for ms in matches), 2)))
                summed = True
            else:
                pieces.append(last_text[pos:m.start()] + m.group())
            pos = m.end()
        pieces.append(last_text[pos:])
        text = "".join(pieces)
        if summed and total_word and not text.startswith(total_word):
            text = total_word + text
        item = Item(text, sources, unit, i, "sum" if summed else "latest")
        if summed:
            item.text = _drop_restated_total(text, total_word)
            if item.text == text:
                _trust_the_total(item, total_word, [m.group() for m in matches[0]])
        out.append(item)
    return _superseded_totals(_latest_totals_once(out))


def clauses(text: str) -> list[str]:
    """The sentence's clauses, each with the stop that ends it."""
    return [c for c in _CLAUSE.split(text) if c]


def unquoted(text: str) -> str:
    """The text without its quotations (“…”), whose words are not the unit's own."""
    return _QUOTES.sub("", text)


def running_total(clause: str) -> bool:
    """A clause that gives a running total with its figure (``累计入驻32家``)."""
    return bool(_CUMULATIVE.search(clause)) and has_figure(clause)


def unnamed_figure(clause: str) -> bool:
    """A figure that names nothing counted (``累计4050人``): left alone once its neighbours went."""
    found = _measure(clause) if has_figure(clause) else None
    return found is not None and len(_STAGE.sub("", found.words)) < 2


def _keep_clauses(item: Item, parts: list[str], keep: list[str]) -> None:
    """The item's text becomes the clauses it keeps of ``parts`` (ending in 。), when any went."""
    if len(keep) != len(parts):
        text = "".join(keep).rstrip("，；")
        item.text = text if text.endswith("。") else text + "。"


# a count since the year began opens its clause 「今年以来完成…」: when, not a running total's word
_SINCE_START = re.compile(r"^(?:今年以来|上半年|全年)")


def _drop_restated_total(text: str, total_word: str, partial: bool = False) -> str:
    """``今年以来完成加装电梯268部，累计完成268部。`` → ``累计完成加装电梯268部。``: monthly
    counts that add up to the running total say the same thing once. ``partial``: the counts
    miss some months (their figures went into the total), so the total alone is said."""
    parts = clauses(text)
    for i, c in enumerate(parts[:-1]):
        numbers = [m.group() for m in NUMBER.finditer(c)]
        total = parts[i + 1]
        if len(numbers) != 1 or _CUMULATIVE.search(_SINCE_START.sub("", c)) or "累计" not in total:
            continue
        m = NUMBER.search(total)
        if m is None or (m.group() != numbers[0] and not partial):
            continue
        here, there = _measure(c), _measure(total, _measure(c))
        if here and there and not _restates(here, there):     # 梳理15个街道 is not 累计新增助餐点305个
            continue
        lead = _SINCE_START.sub("", c.removeprefix(total_word) if total_word else c)
        figure = NUMBER.search(lead)
        if figure is None:                                 # the one figure was in the words cut off
            continue
        lead = lead[:figure.start()]                       # 完成既有住宅加装电梯
        # 首批…, 新改造助餐点 → 累计改造助餐点
        lead = re.sub(r"^(?:首批|第[一二三四五六七八九十\d]+批)|^新(?=改造|开工|完工)", "", lead)
        if len(words(lead)) < 2:                           # 第二批18个小区开工: nothing named
            continue
        named = _STAGE.sub("", _MEASURE_NOISE.sub("", words(total[:m.start()])))
        # 累计建成老年食堂45个 says it all; 累计吸纳 does not name 重点项目…本地务工人员
        if len(named) >= 2 and len(_STAGE.sub("", words(lead)).replace(named, "")) < 2:
            parts[i:i + 2] = [total]
            return "".join(parts)
        if len(named) >= 2 and named in lead:               # 重点项目累计吸纳本地务工人员3150人
            lead = re.sub("新(?=" + re.escape(named) + ")", "", lead, count=1)     # 孵化园新入驻 → 孵化园累计入驻
            parts[i:i + 2] = [lead.replace(named, "累计" + named, 1) + total[m.start():]]
            return "".join(parts)
        parts[i:i + 2] = [_total_before_verb(lead) + total[m.start():]]
        return "".join(parts)
    return text


# 累计 goes before the verb, after what or who is counted (街道养老服务综合体累计新建2个, 东湖区累计新建…; ux64)
_TOTAL_VERB = re.compile(r"新建|新增|建成|完成|开工|竣工|投用|培育|发放|吸纳|招引|入驻|签约|办理|安置")


def _total_before_verb(lead: str) -> str:
    if lead.startswith(("全市", "全区")):
        return lead
    verb = _TOTAL_VERB.search(lead)
    at = verb.start() if verb else 0
    return lead[:at] + "累计" + lead[at:]


def _trust_the_total(item: Item, total_word: str, first: list[str]) -> None:
    """A summed count followed by the unit's running total of the same measure that says another
    figure (吸纳务工人员1940人，累计吸纳3150人), where the total began with the period (its first month's
    count and total are one figure): the report says the total, the unit's own word, and the item
    keeps both figures for the check before export — the clerk decides which is right. A total over
    a stock from before the period (新建老年食堂8个，累计建成70个) is a second figure, said as written."""
    parts = clauses(item.text)
    for i, c in enumerate(parts[:-1]):
        total = parts[i + 1]
        here, there = NUMBER.findall(c), NUMBER.search(total)
        if len(here) != 1 or there is None or "累计" not in total or _CUMULATIVE.search(_SINCE_START.sub("", c)):
            continue
        at = len(NUMBER.findall("".join(parts[:i])))
        if at + 1 >= len(first) or first[at] != first[at + 1]:
            continue
        a, b = _measure(c), _measure(total, _measure(c))
        if a is None or b is None or a.unit != b.unit or here[0] == there.group():
            continue
        what = _STAGE.sub("", a.words) and a.words or words(c)
        months = sorted({s.month for s in item.sources if s.month})
        item.disagree.append((what, here[0] + a.unit, there.group() + b.unit, months))
        item.text = _drop_restated_total(item.text, total_word, partial=True)
        return


def _latest_totals_once(items: list[Item]) -> list[Item]:
    """A running total (``累计发放新版社保卡21.4万张``) stands once, in the latest sentence that
    gives it; earlier sentences lose that clause (and go when nothing else is left)."""
    latest: dict[str, int] = {}
    for n, item in enumerate(items):
        for c in clauses(item.text):
            if _CUMULATIVE.search(c) and has_figure(c):
                latest[key(c)] = n
    out = []
    for n, item in enumerate(items):
        parts = clauses(item.text)
        keep = [c for c in parts if not (_CUMULATIVE.search(c) and has_figure(c) and latest.get(key(c), n) != n)]
        if not keep:
            continue
        _keep_clauses(item, parts, keep)
        out.append(item)
    return out


_MEASURE_UNIT = re.compile(r"\s*(?:万|亿)?(?:人次|[个张家人户处部场条份台套所名项次期篇元间床])")
# words that say when or how much so far, not what is counted
_MEASURE_NOISE = re.compile(r"累计|今年以来|上半年|全年|截至\d{1,2}月(?:底|末)?|"
                            r"\d{1,2}(?:[至到—\-~]\d{1,2})?月(?:份|底|末)?|[一二三四]季度|首批|第[一二三四五六七八九十\d]+批|全部|新增|共计|共|全市|全区|已|达到|"
                            r"试点区|各区|^新(?=改|开|完)")
# the stage a count is at: 开工 and 完工 of the same 小区 are two measures
_STAGE = re.compile(r"开工|完工|竣工|建成|签约|启动|验收|投用|选址|装修|招标|改造|完成|培训|发放|新建")


@dataclass(frozen=True)
class Measure:
    """What a clause counts: the unit after its number, the words that name the thing, and the
    stages it is at (``开工``, ``完工``…)."""

    unit: str
    words: str
    stages: frozenset[str]


def _measure(clause: str, before: Measure | None = None) -> Measure | None:
    """What a clause counts, its words taken from the clause before when it names only a stage
    (``…新改造助餐点7个，全区累计改造11个``, ``第二批18个小区开工，累计开工33个``)."""
    plain = _MEASURE_NOISE.sub("", _QUOTED.sub("", words(clause)))
    for m in NUMBER.finditer(plain):
        unit = _MEASURE_UNIT.match(plain, m.end())
        if unit is not None:
            break
    else:
        return None
    named = NUMBER.sub("", plain[:m.start()] + plain[unit.end():])
    stages = frozenset("建成" if st == "新建" else st for st in _STAGE.findall(named))    # 新建 = 建成
    if len(_STAGE.sub("", named)) < 2 and before is not None and before.unit == unit.group().strip():
        return Measure(before.unit, before.words + named, stages or before.stages)
    return Measure(unit.group().strip(), named, stages)


def _same_measure(a: Measure, b: Measure) -> bool:
    """The same unit, the same stage (``加装电梯开工`` is not ``完成加装电梯``), and the thing named
    alike: the shorter name's words (but one in five) in the longer (``助餐点`` in ``改造提升老年
    助餐点``; never ``长期护理保险参保人数`` and ``长期护理保险享受待遇人数``)."""
    if a.unit != b.unit or (a.stages or b.stages) and not a.stages & b.stages:
        return False
    x, y = _STAGE.sub("", a.words), _STAGE.sub("", b.words)
    short, long = sorted((x, y), key=len)
    if len(short) < 2:
        return False
    pairs = [short[i:i + 2] for i in range(len(short) - 1)]
    return short in long or sum(p not in long for p in pairs) <= len(pairs) // 5


def _restates(count: Measure, total: Measure) -> bool:
    """A running total of the count's measure: the same unit, and the same thing or none named
    (``完成改造270户，累计完成270户``)."""
    return count.unit == total.unit and (len(_STAGE.sub("", total.words)) < 2 or _same_measure(count, total))


def _clause_measures(parts: list[str]) -> list[tuple[Measure | None, bool]]:
    """Each clause's measure and whether it is a stock: a running total, or a figure right after
    one (``累计完工14个小区，惠及居民3980户``)."""
    out: list[tuple[Measure | None, bool]] = []
    before: Measure | None = None
    stock = False
    for c in parts:
        found = _measure(c, before) if has_figure(c) else None
        stock = bool(found) and (bool(_CUMULATIVE.search(c)) or stock and not c.startswith("新"))
        out.append((found, stock))
        before = found or before
    return out


def _superseded_totals(items: list[Item]) -> list[Item]:
    """A running total at its latest value stands for the earlier figures of the same measure:
    ``试点区新增发放新版社保卡2.3万张，累计3.5万张`` goes before ``累计发放新版社保卡21.4万张``;
    ``完成适老化改造网站和APP 8个`` before ``…累计28个``; ``改造提升老年助餐点4个`` before
    ``新改造助餐点5个，累计16个``. The clauses that go lend their sources to the total, and the
    total takes the place of the first of them."""
    totals: list[tuple[str, Measure, Item]] = []
    for item in items:
        for found, stock in _clause_measures(clauses(item.text)):
            if found and stock:
                totals.append((item.latest_month, found, item))
    if not totals:
        return items
    plans = []                     # decided on the texts as written, then carried out
    for item in items:
        month = item.latest_month
        parts = clauses(item.text)
        keep, gone_to = [], None
        for c, (found, _) in zip(parts, _clause_measures(parts), strict=True):
            later = next((t for m, f, t in totals if t is not item and m > month and found
                          and _same_measure(found, f)), None)
            if later is not None:
                gone_to = later
            else:
                keep.append(c)
        plans.append((item, parts, keep, gone_to))
    out = []
    for item, parts, keep, gone_to in plans:
        if gone_to is not None:
            gone_to.sources.extend(s for s in item.sources if s not in gone_to.sources)
            gone_to.text = _drop_restated_total(gone_to.text, "", partial=True)
            gone_to.first = min(gone_to.first, item.first)
        if not keep or not any(has_figure(c) or is_landmark(c) or len(words(c)) > 6 for c in keep) and gone_to:
            continue
        _keep_clauses(item, parts, keep)
        out.append(item)
    return out


_SHARE = re.compile(r"^(?:完成|达到)(?:全年|年度)?(?:目标|任务)(?:任务)?的\d+(?:\.\d+)?%")
_GENERIC_PAIRS = {"完成", "新增", "全年", "累计", "全市", "全区", "以上", "以内", "达到", "提升", "推进"}


def holds_value(text: str, shown: str, subject: str) -> bool:
    """A sentence that gives a target's value: the figure as the plan writes it (``16个``), not
    inside a longer number, in a clause that names the target's thing — four words of its
    subject in a row, or two when the clause is a running total (``累计完工14个小区`` for
    ``完成老旧小区改造``)."""
    for clause in clauses(text):
        at = clause.find(shown)
        if at < 0 or (at and clause[at - 1].isdigit() or clause[at - 1:at] == "."):
            continue
        flat = words(clause)
        if not subject:
            return True
        pieces = {subject[k:k + 4] for k in range(max(1, len(subject) - 3))}
        if any(p in flat for p in pieces):
            return True
        pairs = {subject[k:k + 2] for k in range(len(subject) - 1)} - _GENERIC_PAIRS
        if _CUMULATIVE.search(clause) and any(p in words(text) for p in pairs):
            return True
    return False


def with_share(text: str, shown: str, share: str) -> str:
    """``share`` (``完成目标（20个）的80%``) said right after the clause that gives the value, in
    place of a share the unit wrote there (``完成全年目标的52.9%``): the share is said once."""
    parts = clauses(text)
    at = next(n for n, c in enumerate(parts) if shown in c)
    rest = parts[at + 1:]
    if rest and _SHARE.match(rest[0]):
        rest = rest[1:]
    head = "".join(parts[:at]) + parts[at].rstrip("，；。")
    return head + f"，{share}" + ("，" + "".join(rest) if rest else "。")


def fold_alike(items: list[Item], total_word: str = "") -> list[Item]:
    """The same 做法 told twice (``召开季度调度会，通报一季度工作进展，协调解决跨部门问题5个。``
    then ``…上半年…7个。``) said once: ``今年以来召开季度调度会2次，协调解决跨部门问题12个。`` —
    the clauses that differ only in their figures added up, the ones that differ in words left out."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        first = clauses(item.text)[0]
        if not has_figure(first) and len(words(first)) >= 5 and len(clauses(item.text)) > 1:
            groups.setdefault(words(first), []).append(item)
    out = []
    for item in items:
        first = clauses(item.text)[0]
        group = groups.get(words(first), [item]) if not has_figure(first) else [item]
        if len(group) < 2:
            out.append(item)
            continue
        if item is not group[0]:
            continue
        rows = [clauses(i.text) for i in group]
        head = rows[-1][0].rstrip("，；。")
        if head.endswith("会"):
            head += f"{len(group)}次"
        parts = [head]
        for c in rows[-1][1:]:
            same = [r for row in rows for r in row if key(r) == key(c)]
            figures = [NUMBER.search(x) for x in same]
            m = NUMBER.search(c)
            if (len(same) == len(group) and m is not None
                    and all(f is not None and _summable(x, f) for x, f in zip(same, figures, strict=True))):
                total = sum(float(f.group()) for f in figures if f is not None)
                c = c[:m.start()] + _fmt(round(total, 2)) + c[m.end():]
                parts.append(c.rstrip("，；。"))
            elif all(words(c) in map(words, row) for row in rows):
                parts.append(c.rstrip("，；。"))
        text = "，".join(parts) + "。"
        merged = Item(total_word + text if total_word and not text.startswith(total_word) else text,
                      [src for i in group for src in i.sources], group[-1].unit, item.first, "sum")
        out.append(merged)
    return out


def similar(a: str, b: str) -> bool:
    """Two problem or step sentences saying the same: one contains the other, or they share
    most of their two-character pieces."""
    x, y = words(NUMBER.sub("", a)), words(NUMBER.sub("", b))
    if not x or not y:
        return False
    if len(min(x, y, key=len)) >= 6 and (x in y or y in x):
        return True
    bx = {x[i:i + 2] for i in range(len(x) - 1)}
    by = {y[i:i + 2] for i in range(len(y) - 1)}
    return bool(bx and by) and len(bx & by) / min(len(bx), len(by)) >= 0.6


@dataclass
class Theme:
    text: str
    sources: list[Source]
    units: set[str]
    latest: str                            # YYYY-MM

    def sentence(self) -> Sentence:
        return Sentence(self.text, self.sources[-1], self.sources[:-1])


def themes(items: list[tuple[str, Source]], limit: int = 5) -> list[Theme]:
    """A few themes from many sentences: similar ones folded (the longer wording kept), the
    ones raised by most units and most recently first."""
    found: list[Theme] = []
    for text, source in items:
        text = clean(text)
        if not words(text) or _NOTHING.match(text):
            continue
        for theme in found:
            if similar(theme.text, text):
                if len(words(text)) > len(words(theme.text)):
                    theme.text = text
                theme.sources.append(source)
                theme.units.add(source.unit)
                theme.latest = max(theme.latest, source.month or "")
                break
        else:
            found.append(Theme(text, [source], {source.unit}, source.month or ""))
    found.sort(key=lambda t: (len(t.units), t.latest, len(t.sources)), reverse=True)
    return found[:limit]


_GENERIC = re.compile(r"市政府|市人大常委会|人大|常委会|各方|相关部门|有关部门|各部门|各区|意见|建议|审批|审议|审定|"
                      r"论证|广泛|征求|报请|提请|报送|呈报|修改|完善|印发|实施|发布|出台|工作|尽快|及时|下一步")


def has_object(step: str) -> bool:
    """A next step that says what it is about (``推动条例草案提请市人大常委会审议``), not only a
    verb and its addressee (``报请市政府审批``, ``广泛征求各方意见``)."""
    return len(_GENERIC.sub("", words(_STEP_VERBS.sub("", words(step))))) >= 2


def step_done(step: str, progress: list[str]) -> bool:
    """A next step is done when a progress sentence at or after it reports the same object
    with a verb of completion (``出台运营补贴办法`` ← ``印发《老年食堂运营补贴办法》``)."""
    core = words(_STEP_VERBS.sub("", words(step)))
    if len(core) < 4:
        return False
    for text in progress:
        flat = words(text)
        if not re.search(r"印发|出台|完成|建成|开通|签署|签订|报请|提请|发布|召开|通过|邀请|组织|开展|"
                         r"举办|建立|实现|上线", text):
            continue
        best = 0
        for i in range(len(core)):
            for j in range(i + best + 1, len(core) + 1):
                if core[i:j] in flat:
                    best = j - i
                else:
                    break
        if best >= max(4, int(len(core) * 0.6)):
            return True
    return False

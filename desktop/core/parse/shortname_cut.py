"""Where a long noun phrase may be cut for a short name: at a word's end, never inside a number, a quote or a name.

No segmenter: the words the plans use to end a noun phrase (the head nouns 项目/机制/体系/制度/平台/中心/工作/服务/
管理/设施/标准/计划…), the particles and list marks a phrase stops before (的/和/与/及/、/等), a closed quote or
bracket, a number's start. A phrase is head-final (城市交通基础设施智能化改造: the 改造 is the work), so the cut
keeps the end when a word boundary lets it, else the start up to the last word that ends in time.
"""

from __future__ import annotations

import re
from functools import lru_cache

# words a noun phrase ends on (the head): a cut after one keeps a whole word
_HEADS = (
    "项目|机制|体系|制度|平台|中心|工作|服务|管理|设施|标准|计划|规划|方案|政策|资金|工程|系统|网络|队伍|环境|能力|"
    "水平|责任|目录|清单|办法|规定|细则|意见|活动|行动|改造|整治|建设|治理|监管|监测|保护|发展|基地|园区|新区|社区|"
    "城区|街道|区域|地区|片区|示范区|示范村|学校|医院|企业|产业|市场|措施|任务|试点|改革|评选|培训|"
    "宣传|检查|教育|安全|质量|信息|数据|用地|土地|设备|材料|资源|设计|审批|备案|协议|合同|报告|情况|通道|渠道|模式|"
    "品牌|文化|空间|绿地|道路|桥梁|河道|公路|绿道|车辆|车站|线路|管线|产品|技术|人才|人员|组织|主体|"
    "经济|经营|产权|补助|补贴|奖励|保障|应用|研究|评估|考核|监督|执法|防控|应急|救援|排查|隐患|风险|事项|工作站|"
    "示范|标准化|信息化|智能化|数字化|一体化|收入|居民|比例|比重|总量|总额|面积|人数|数量|规模|行为|方式|汽车|地图|考评|"
    "流程|生产|研发|耕地|房屋|建房|站点|点位|服务点|办班点|岗位|账户|窗口|职责|手续|资质|证书|"
    "化|性|站|馆|院")
_HEAD_END = re.compile(rf"(?:{_HEADS})$")
# a noun that sums up a list before it (…、…等公共服务设施, …等人员密集场所): the head nouns and the plans' words for
# a kind of thing; not a generic one (工作机制, 有关情况: the list is the name then)
SUM_HEAD = re.compile(rf"(?<!工作)(?<!有关)(?:{_HEADS}|场所|媒介|手段|形式|用途|领域|行业|力量|效应|指标|文件|用款|"
                      r"主体|对象|群体|载体|场景|业态|要素|费用|物品|设备|手续)$")
# places a name may follow (街镇|垃圾分类长效管理工作体系)
_PLACE_END = re.compile(r"(?:街镇|乡镇|镇村|村居|全市|全区|全县|全镇|本市|本区|本县|本镇|各区|市级|区级|县级)$")
# marks a noun phrase stops before
_STOP_BEFORE = set("的和与及、等或并，,；;")
# two-character words holding one of those marks (参与, 及时, 平等, 合并; not 目的: 项目的…): there it is no mark,
# and a name never ends on the word's first half 「民营企业参」 nor opens on its second
_BOUND = frozenset((
    "参与 赋与 授与 与否 与会 缓和 温和 调和 总和 柔和 祥和 饱和 融和 谦和 和谐 和睦 共和 "
    "及时 及早 及格 惠及 涉及 普及 波及 危及 顾及 触及 企及 论及 遍及 累及 殃及 "
    "等级 等候 等待 同等 平等 对等 中等 均等 高等 初等 优等 等同 等额 等量 等值 "
    "合并 兼并 并购 并行 并联 并网 并轨 并举 并重 并存").split())
# (a conjunction of two characters, 或者 / 并且, is a mark as its first one is: a name may end before it)


def bound_mark(text: str, at: int) -> bool:
    """The mark at ``at`` (参与's 与, 及时's 及) is a character of a two-character word, not a mark."""
    return text[max(0, at - 1):at + 1] in _BOUND or text[at:at + 2] in _BOUND


def strip_marks(text: str, marks: str, left: bool = True) -> str:
    """``text`` without the marks at its ends (``left``: at its start too), but those of a word there (民营企业参与
    stays whole)."""
    start, end = 0, len(text)
    while left and start < end and text[start] in marks and not bound_mark(text, start):
        start += 1
    while end > start and text[end - 1] in marks and not bound_mark(text, end - 1):
        end -= 1
    return text[start:end]


_CLOSERS = set("”」》）)】〕")
_OPENERS = {"“": "”", "「": "」", "《": "》", "（": "）", "(": ")", "【": "】", "〔": "〕"}
_DIGIT = re.compile(r"[0-9０-９.．%％一二三四五六七八九十百千万亿两几]")
_NUM_TAIL = re.compile(r"[0-9０-９.．%％个万亿元座家条公里米吨户人次项所处年月日号期批类级]")
_ASCII = re.compile(r"[A-Za-z0-9０-９]")
_DASHES = set("-－—~～")
# a piece that ends on a unit is the doer, not the work (水行政主管部门|经形式审查后…): no short name
_UNIT_END = re.compile(r"(?:局|委员会|委|办公室|办|单位|部门|政府|机构|机关|人员)$")
# words the cut never splits though their halves are words (三个工作|日, 或|者)
_WHOLE = ("工作日", "或者", "之日", "以上", "以下", "以内", "以及")
# one-character words a clause goes on with after its topic (公积金贷款担保方式|以抵押为主, 有关游览参观点|要…), and
# the words they open that are no such cut (行为, 可以, 对于…: the character before them decides)
_GOES_ON = set("在以为要需如由对向将把从于是按经")
_NO_GOES_ON = re.compile(r"^(?:行为|作为|认为|成为|因为|所以|可以|难以|予以|加以|足以|得以|用以|据以|对于|关于|由于|"
                         r"在于|属于|位于|处于|等于|基于|面对|针对|核对|比对|绝对|相对|指向|方向|导向|面向|志向|"
                         r"去向|流向|转向|自由|理由|经由|即将|必将|如需|所需|急需|必需|无需|即是|但是|或是|凡是|就是|"
                         r"总是|还是|主要|重要|需要|必要|纲要|摘要|概要|只要|首要|次要|扼要|正在|存在|所在|现在|实在|"
                         r"自在|内在|外在|潜在|旨在|意在|按照|已经|曾经|神经|途经)")


def balanced(text: str) -> bool:
    """Every quote and bracket opened in ``text`` is closed in it (and none closed that was not opened)."""
    depth: list[str] = []
    for ch in text:
        if ch in _OPENERS:
            depth.append(_OPENERS[ch])
        elif ch in _CLOSERS:
            if not depth or depth[-1] != ch:
                return False
            depth.pop()
    return not depth


# words a clause opens with before its work (根据…, 对照…): a title read past one, a piece cut inside a phrase
OPENER_WORDS = "根据|按照|依据|依照|遵照|为了|对于|针对|对照|结合|通过|由于"
_OPENS_CLAUSE = re.compile(rf"^(?:{OPENER_WORDS}|关于|[为对在于按由凡经向将把从以])")
# (a piece ending on a preposition or a modal is a clause cut short: 工业用水户要以, 拨付后将资金 — rv49)
_ENDS_CLAUSE = re.compile(r"(?:[后前时之中的和与及或等并且在以为将把对向从于由按经要需]|以上|以下|以内|所需)$")


def _fine(piece: str, inner: bool = True) -> bool:
    """A piece that may be a name: balanced, neither a unit (the doer) nor its time (…收到申请后, 每年5月底前),
    nor (a piece from inside the phrase, ``inner``) a clause's opener (在…, 为…)."""
    return balanced(piece) and not _UNIT_END.search(piece) and not (inner and _OPENS_CLAUSE.match(piece)) \
        and (not _ENDS_CLAUSE.search(piece) or piece[-2:] in _BOUND)       # (…企业参与: a word, no clause cut)


def _inside_number(phrase: str, at: int) -> bool:
    """A cut at ``at`` falls inside a number or between a number and its unit (7.|5%, 38|个, BIM|x)."""
    a, b = phrase[at - 1], phrase[at]
    if _ASCII.match(a) and _ASCII.match(b):
        return True
    if (a in _DASHES and _ASCII.match(b)) or (b in _DASHES and _ASCII.match(a)):
        return True        # 12-|03地块, G02-|…: a plot or site number joined by its dash (rv49)
    if any(w in phrase[max(0, at - 2):at + 2] and phrase.find(w, max(0, at - 2)) < at < phrase.find(w, max(0, at - 2))
           + len(w) for w in _WHOLE):
        return True
    if re.match(r"[0-9０-９]", b) and at >= 2 and re.match(r"[0-9０-９]", phrase[at - 2]) and a in "年月日号时":
        return True        # 8月|23日: a date goes on
    return bool(re.match(r"[0-9０-９.．]", a) and _NUM_TAIL.match(b))


def _ends_word(phrase: str, at: int) -> int:
    """How well a name may end before ``at``: 2 a sure boundary (before a particle or a number, after a closed
    quote, after a head noun), 0 none."""
    if at >= len(phrase):
        return 2
    if at <= 0 or _inside_number(phrase, at):
        return 0
    a, b = phrase[at - 1], phrase[at]
    if phrase[at - 1:at + 1] in _BOUND:
        return 0           # (inside a word: 参|与, 及|时)
    if a in _STOP_BEFORE and not bound_mark(phrase, at - 1) or a in _OPENERS \
            or re.search(r"第[一二三四五六七八九十百零〇0-9]*$", phrase[:at]):
        return 0
    if re.search(r"第[一二三四五六七八九十百零〇0-9]+[条款项章节]$", phrase[:at]):
        return 2
    if b in _STOP_BEFORE and not bound_mark(phrase, at) or a in _CLOSERS or b in _OPENERS:
        return 2
    if re.match(r"[0-9０-９]", b) and not re.match(r"[0-9０-９.．]", a) and a not in "自于至在从按以为对向比达到第约近":
        return 2          # before a number, but not after its preposition (调价方案自|2021年…)
    if (m := _HEAD_END.search(phrase[:at])) and len(m.group(0)) > 1 and not _HEAD_END.fullmatch(phrase[at - 1:at + 1]) \
            and not _overlaps(phrase, at - len(m.group(0))):
        return 2           # (a one-character head 化/性/站 ends a word only before a mark: 原材料性|能指标 — rv49)
    return 0


def _overlaps(phrase: str, start: int) -> bool:
    """The head starting at ``start`` begins inside the head before it (燃气工程建设施|工: 建设 and 设施 share 设)."""
    return bool((m := _HEAD_END.search(phrase[:start + 1])) and len(m.group(0)) > 1)


@lru_cache(maxsize=4)
def _verb_around(verbs: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb ending a text, and one opening it."""
    return re.compile(rf"(?:{verbs})$"), re.compile(rf"^(?:{verbs})")


def _starts_word(phrase: str, at: int, verbs: str = "") -> bool:
    """A name may start at ``at``: the phrase's start, after 的 or a list mark, after a closed quote, after a head
    noun (存量养老机构|消防安全…), after a number and its unit (38个|区管桥梁)."""
    if at == 0:
        return True
    if at >= len(phrase) or _inside_number(phrase, at) or phrase[at - 1:at + 1] in _BOUND \
            or phrase[at] in _STOP_BEFORE and not bound_mark(phrase, at) or phrase[at] in _CLOSERS:
        return False
    a = phrase[at - 1]
    if a in _STOP_BEFORE and not bound_mark(phrase, at - 1) or a in _CLOSERS or _PLACE_END.search(phrase[:at]):
        return True
    if _HEAD_END.search(phrase[:at]) and not _HEAD_END.fullmatch(phrase[at - 1:at + 1]) and a != "化" \
            and a != "性":
        return True
    if verbs and at >= 2 and _verb_around(verbs)[0].search(phrase[:at]):
        return True        # 区域制定|紧缺急需技能人才职业目录: the object after a verb inside the phrase
    return bool(re.search(r"[0-9０-９][个项条座家所处]$", phrase[:at]))


def word_cut(phrase: str, limit: int = 12, verbs: str = "", fallback: bool = True) -> str:
    """At most ``limit`` characters of ``phrase`` that start and end at a word boundary: for a phrase ending on a
    head noun, the end (its head) with as much before it as fits (at least six characters; a verb of ``verbs``
    inside the phrase starts an object); else the start up to the last word that ends within the limit; else the
    start up to a verb or a word the clause goes on with, else the start up to the last word that ends
    within the limit, else the words of a quoted name it opens with, else (``fallback``) a list's first member before
    its 、; else (no boundary found) nothing: no name cut inside a word."""
    if len(phrase) <= limit and (len(phrase) <= 10 or _fine(phrase, False)):
        return phrase
    if phrase[:1] == "《" and phrase[-1:] == "》" and balanced(phrase[1:-1]):
        return word_cut(phrase[1:-1], limit, verbs, fallback)     # 《历史风貌区保护管理办法》: the title, whole
    n = len(phrase)
    limit = min(limit, n - 1)
    if _HEAD_END.search(phrase):
        for s in range(max(1, n - limit), n - 5):
            piece = phrase[s:]
            if _starts_word(phrase, s, verbs) and _fine(piece):
                return piece
    for e in range(limit, 3, -1):
        if _ends_word(phrase, e) and _fine(phrase[:e], False):
            return phrase[:e]
    for e in range(limit, 3, -1):
        # 重点区域|制定…, 有关游览参观点|要认真…: the words before a verb or a word the clause goes on with
        if (verbs and _verb_around(verbs)[1].match(phrase[e:]) or phrase[e] in _GOES_ON
                and not _NO_GOES_ON.match(phrase[e - 1:e + 1])) \
                and not _inside_number(phrase, e) and _fine(phrase[:e], False):
            return phrase[:e]
    if phrase[:1] in _OPENERS and (close := phrase.find(_OPENERS[phrase[0]])) > 4 and balanced(phrase[1:close]) \
            and (inner := word_cut(phrase[1:close], limit, verbs, False)):
        return inner             # “交通安全示范村、学校、单位”活动: the quoted name's words
    first = phrase.find("、")
    if fallback and 4 <= first <= limit and balanced(phrase[:first]) and _fine(phrase[:first], False):
        return phrase[:first]    # 交通安全示范村、学校、单位: the list's first member
    # (no boundary found: no ten characters cut inside a word 「一定时期内商务楼宇功」, no name suggested)
    return ""


def no_open_quote(cut: str) -> str:
    """A cut that leaves a quote or a bracket open ends before it: 区委农办要结合全区“ → 区委农办要结合全区."""
    for a, b in ("“”", "「」", "《》", "（）", "()"):
        if cut.count(a) > cut.count(b):
            head = cut[:cut.rindex(a)]
            return head if len(head) >= 4 else cut.replace(a, "")
    return cut

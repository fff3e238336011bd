"""A short name for a task (4–12 characters) for report headings and the ledger.

The short name is the object of the task's main verb, in the task's own words: 「推进养老服务
立法」→ 养老服务立法, 「建设街道养老服务中心」→ 街道养老服务中心, 「完善农机装备创新体系」→
农机装备创新体系. A task headed by its unit (街道消委办。牵头开展独居老人消防安全关爱工作) takes
the object of the sentence after the unit. It is a suggestion the person can change in review.
"""

from __future__ import annotations

import re

from .shortname_cut import OPENER_WORDS, SUM_HEAD, balanced, bound_mark, strip_marks, word_cut

_LEAD_WORDS = (
    "进一步|深入|全面|积极|大力|着力|持续|切实|加快|稳步|有序|扎实|不断|逐步|率先|重点|统筹|协同|广泛|定期|"
    "牵头|配合|负责|协助|联合|组织|具体|协调|指导|主动|依托|"
    "综合(?=治理|整治)|")     # (「五、综合治理性别比失调问题」: 综合 the manner of the 治理)
_VERBS = (
    "加强|推进|推动|完善|健全|建立|建设|建成|构建|打造|培育|发展|提升|提高|实施|落实|做好|深化|优化|规范|"
    "强化|开展|加大|扩大|支持|鼓励|引导|创新|促进|保障|确保|抓好|抓实|严把|严格|压实|夯实|巩固|拓展|拓宽|"
    "探索|实现|完成|开发|改造|新建|增加|设立|制定|编制|出台|修订|组建|成立|召开|举办|提供|畅通|营造|发挥|"
    "加快|凝聚|聚焦|围绕|整合|突出|筑牢|改善|创建|形成|明确|坚持|激发|增强|丰富|优化|守牢|管控|排查|整治|"
    "推行|推广|普及|宣传|培训|招收|引进|落地|细化|压紧|织密|补齐|补强|办好|用好|管好|建好|动员|检查|防治|控制|治理|抓|做")
_LEAD = re.compile(rf"^(?:{_LEAD_WORDS})+")
_VERB = re.compile(rf"^(?:{_VERBS})")
# words that open a piece of work to do, the manner words before its verb allowed (全面宣传发动, 定期检查评比):
# the one verb class the parser reads a heading as work with
WORK_START = re.compile(rf"^(?:{_LEAD_WORDS})*(?:{_VERBS})")
# a setting a heading's work is done in, before its verb 「在“法律服务”进社区中,」「在创建工作中，」
# (or the basis it rests on 「三、依托国土空间规划体系，深化…空间落地」「立足…，推进…」: the work after it — Round 84's
# p61c-1, a childless point that gives work)
SETTING = re.compile(r"^(?:在[^，,。；;：:]{2,24}?(?:中|上|里|期间|方面)|(?:依托|立足|围绕|基于)[^，,。；;：:]{2,24}?)"
                     r"[，,]")
_CUT = re.compile(r"[，,。；;：:、！？]")
# the clauses a short name is read from: not cut at 、 (市应急局及时向市委、市政府…报告: one clause; _fit splits a list)
_CLAUSE_CUT = re.compile(r"[，,。；;：:！？]")
_PREP = re.compile(rf"^(?:{OPENER_WORDS}|为|对|在|围绕|坚持|以|聚焦|凡)")
_INNER_VERB = re.compile(rf"(?:{_VERBS}|排摸|更新|收集|掌握|开展|进行)")
_TAIL = re.compile(r"(工作|工程|专项行动|行动|水平|能力|力度|机制建设|项目|规律)$")
_TAIL_WORDS = re.compile(r"(工作|水平|能力|力度|机制建设|规律)$")
# a title that states a result: its subject is the name (全民消防安全素质明显提高 → 全民消防安全素质)
_RESULT = re.compile(r"(?:明显|显著|基本|有效|稳步|大幅|力争|进一步|得到|普遍)"
                     r"(?:提高|提升|增长|形成|建立|建成|完成|改善|"
                     r"下降|减少|增强|加强|落实|健全|实现|解决|遏制|扩大)")
# -- the short name's own reading (not the parser's verb class WORK_START: the headings it reads stay as they are) --
# verbs a rule or a notice gives work with, beyond the planning verbs above: 区发展改革委应当选择…单位对…进行评估
_RULE_VERBS = ("划定|严查|查处|签订|调整|公示|公布|确定|核定|发布|监督|拟定|选择|选取|委托|编报|报送|办理|审核|审批|"
               "审查|执行|遵循|组织实施|组织开展|组织编制|组织|进行|依法|按规定|及时|严格|")
_SN_VERB = re.compile(rf"^(?:{_RULE_VERBS}{_VERBS})好?")
_ANY_VERB = re.compile(rf"(?:{_RULE_VERBS}{_VERBS})")
_SN_LEAD = re.compile(rf"^(?:{_LEAD_WORDS}及时|依法|要|应当|应|可以|须|必须|务必|将|需|坚决|"
                      r"继续(?!(?:医学)?教育)|全力|认真)+")
# a name in brackets is an aside: （法人） in 项目（法人）单位, （2025年5月） after a stage's name
_ASIDE = re.compile(r"（[^（）]{0,20}）|\([^()]{0,20}\)")
# the subject of a sentence that gives work: a unit (…局/委/办/单位/部门/政府…) and the modal or verb after it
_UNIT_WORD = (r"(?:局|委员会|委|办公室|办事处|办|单位|部门|政府|机构|机关|支队|大队|中心|街道|镇|村|学校|公司|企业|"
              r"集团|小组|站|所|院|馆)")
_MODAL = r"(?:应当|可以|负责|必须|务必|须|要|应(?![急用])|将|会同|牵头|配合|协助)"
# (read on one clause, anchored, at most four units joined: no backtracking over a text)
_SUBJECT = re.compile(rf"^由?(?:[^，。；、]{{0,12}}?{_UNIT_WORD}(?:和|与|及(?!时)|、|或)){{0,4}}"
                      rf"[^，。；、]{{0,12}}?{_UNIT_WORD}"
                      rf"(?=(?:{_LEAD_WORDS}依法|及时|严格)*{_MODAL}|依据|按照|根据|依照|结合|通过|在|向|对|"
                      rf"(?:{_LEAD_WORDS})*(?:{_VERBS}|{_RULE_VERBS[:-1]}))")
# a clause that is only a unit (区主管部门, 各镇人民政府): the narrow unit words (布局, 督办, 乡村 are no units)
_BARE_UNIT = re.compile(r"^[^，。；]{0,10}(?:(?<![布格大全])局|委员会|(?<![举创督承代帮包兴合])办公室|"
                        r"(?<![举创督承代帮包兴合开])办|部门|单位|政府|机关|(?<![一])委)$")
# a clause that sets the time of the work, not the work: 项目基本建成或部分建成后, 收到调查报告后
_TIME_CLAUSE = re.compile(r"(?:后|时|前|以来|期间|之际)$")
_PARTICLES = "的和与及或等并且"
# the longest short name: a whole object of up to twelve characters (环卫职工工资集体协商机制) reads better than ten
# characters cut from it; the survey's length check allows twelve
LIMIT = 12
# marks a name never starts or ends with (「、健全本单位…」, 「再造发展新极行动——」, 「市地、州…」)
_EDGE_MARKS = "、，,；;：:—…·.。 "
_TO_DO = re.compile(r"^.{0,16}?对于?([^，。；的]{2,10}?)(?:进行|开展|实施|予以)([^，。；]{2,6})$")
_TO_OF = re.compile(r"^对于?([^，。；]{4,12})的[^，。；的]{1,4}$")
_HALF = re.compile(r"^..?的")
# a count before the object is no part of its name: 开展一次宪法集中学习 → 宪法集中学习
_ONCE = re.compile(r"^[一两](?:次|场|轮)(?![性车])(?=....)")    # (not 一次性, 两轮车: words)
# where the work is done, before its object: 本市行政区域内城镇燃气调度 → 城镇燃气调度
_PLACE = re.compile(r"^(?:本市|本区|本县|本镇|全市|全区|全县|全镇|全省|各区|各街镇|各乡镇)?"
                    r"(?:行政区域内|辖区内|范围内|区域内|域内)")
# a rule's article headed in brackets before its sentence: （遗留物品处置）轨道交通车站不得接受…
_HEADED = re.compile(r"^[（(【]([^（）()【】]{2,12})[）)】]")
_WITH = re.compile(rf"^(?:会同|协同|联合|配合|协助)[^，。；]{{1,16}}?{_UNIT_WORD}等?(?:部门|单位)?")
# a modal inside a name: what comes before it is the topic (自动售票机应当标有… → 自动售票机)
_INNER_MODAL = re.compile(r"应当|可以|负责|必须|务必|不得|须|应(?=[严按在于及当予依对做建加落实组提])")
# -- round 50: the work, not its setting, its doer, nor a clause's predicate --
# a clause that says at which level the work follows it (区级层面：建立…): the setting, not the work
_LEVEL = re.compile(r"^[^，。；]{1,6}(?:层面|方面)$")
# a subject and its resolve, before the work (思想高度重视，切实加强…; 全社会共同努力，持续消除…)
_RESOLVE = re.compile(r"^[^，。；]{2,10}?(?:要|务必|必须)?(?:高度重视|共同努力)$")
# the day the work is done on, before it: 3月21日下午召开… → 召开…
_ON_DAY = re.compile(r"^(?:(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?(?:上午|下午|晚上|晚)?"
                     r"|[一二三四五六七八九十]是)"
                     rf"(?=(?:{_LEAD_WORDS})*(?:{_VERBS}|{_RULE_VERBS}召开|召開|開展|公布|表彰|初审|复核).{{2}})")
# a title that is a subject and its predicate: the subject is the name (人数比例提高 → 人数比例; 水面环境卫生干净 →
# 水面环境卫生; 政策得到落实 → 政策); a bare 提高/提升 only after a share (…比例, …率): 能力提升 is a name, and
# a target's 增长 is its measure (固定资产投资增长, judged so)
_PREDICATE = re.compile(r"(?:(?:明显|显著|基本|有效|稳步|大幅|进一步|得到|普遍|不断|持续|逐步|全面|切实|力争)"
                        r"(?:提高|提升|增长|形成|建立|建成|完成|改善|下降|减少|增强|加强|落实|健全|实现|解决|遏制|"
                        r"扩大|到位|规范)|(?<=[率例重])(?:提高|提升|下降|增加|减少)|干净|整洁)$")
# a count with no name of its own: 人数比例 of whom is the name
_COUNTED = re.compile(r"^(?:人数|人口|户数|数量|总数)?(比例|比重|占比)$|^(?:人数|户数|总数)$")
# X是Y的: a statement; its words without 是 (食用碘盐是安全的 → 食用碘盐安全)
_IS = re.compile(r"^([^，。；是0-9０-９]{3,9})是([^，。；是否]{1,3})的?$")
# a title's own clause 坚持+the thing held to (坚持教育优先发展, 坚持依法行政): the work, its object the name — not a
# stance 坚持以…为…／坚持把…／坚持在… (an opener, as before)
_HELD_TO = re.compile(r"^坚持(?![以把在从用将走向为和与“「])[^，。；]{4,10}$")
# the copula after a unit: what the unit is follows it (市直部门是市级项目的责任主体 → 市级项目的责任主体), not 是否
_COPULA = re.compile(r"^是(?![否非])")
# the thing a clause's end names after its doer's sentence: X由区…局负责(组织) → X (组织)
_BY_UNIT = re.compile(rf"^([^，。；]{{3,}}?)由[^，。；]{{1,14}}?{_UNIT_WORD}(?:负责|牵头)(组织|实施|落实|管理|解释)?$")
# a list that a noun after 等 sums up: 城市公共交通、农村客运…等交通人员 → 交通人员
_SUMMED = re.compile(r"[、和及与].{1,30}等([^、，。；等的和与及或者]{4,10})$")
# (not a clause's rest after the list: 等部门做好相关, 等作业或者动用明火, 等方面具有一定基础)
_NOT_SUMMED = re.compile(r"^方面|相关|有关|具有|进行|造成|出现|牵头|负责|为|情况|[中适增部]$")
# -- round 55: the clauses before the work (a purpose, a setting, the people it gathers) are not the work --
# a purpose 「为了净化城区空气」 and the short clauses it runs on with 「，美化城区环境，」; a setting 「以…为背景」
_PURPOSE = re.compile(rf"^为(?:了|(?:{_LEAD_WORDS})*(?:{_VERBS}|满足|贯彻|庆祝|迎接|纪念|弘扬|传承))[^，。；]{{2,}}")
_SETTING = re.compile(r"^以[^，。；]{2,24}为(?:背景|主题|载体|契机|依托|平台|抓手|主线|重点|舞台|媒介|纽带|单位)$")
# the people a piece of work gathers 「组织居民群众和游客」 (the work follows: 录制…视频)
_GATHERS = re.compile(r"^(?:组织|动员|发动|邀请|吸引|号召)(?:广大)?[^，。；]{0,10}?"
                      r"(?:群众|居民|市民|村民|游客|学生|青少年|干部|职工|党员|志愿者|爱好者|人员|家庭|代表)(?:[和及、][^，。；]{1,6})?$")
# the manner of the work 「通过快闪的形式」
_MANNER = re.compile(r"^通过[^，。；]{1,16}(?:形式|方式|途径|渠道|平台)$")
# a doer's resolve with no work in it 「各村要高度重视」 (its doer read off)
_RESOLVE_ONLY = re.compile(r"^(?:高度|认真|切实|全力|积极|主动|密切)*(?:重视|负责|配合|落实)$")
# the thing a quoted theme names, a noun phrase of its own (not 「的甄别」「下的…」「等应用」「暨…」 nor a second quote)
_NAMED_AFTER = re.compile(r"(?![的下等暨之与和及“「（(])[^的暨“”]{6,}$")
# the basis the work follows 「按照国家和本市有关规定」「根据…的要求」, the partners alone 「会同区科委、区建管委」
_BASIS = re.compile(r"^(?:根据|按照|依据|依照|遵照|结合)[^，。；]{2,40}"
                    r"(?:规定|要求|精神|部署|实际|规划|标准|意见|办法|情况|法规|条例)$")
_PARTNERS = re.compile(rf"^(?:会同|协同|联合|配合|协助)[^，。；]{{1,30}}{_UNIT_WORD}等?(?:部门|单位)?$")
# a purpose's run-on clause: short, no doer (its verb and object only)
_RUN_ON_AIM = re.compile(r"^[^，。；的]{3,7}$")
# straight double quotes, paired in order: the name reads them as “…” (制定"我们的节日" is no cut inside quotes)
_STRAIGHT = re.compile(r'"([^"\n]{1,40})"')


def _preface(clause: str, aim: bool, first: bool) -> bool | None:
    """Whether ``clause`` opens the sentence before its work: True (a purpose, which may run on), False (another
    preface), None (the work)."""
    if _PURPOSE.match(clause) and (first or aim):
        return True
    if aim and _RUN_ON_AIM.match(clause) and not _SUBJECT.match(clause) and not _INNER_MODAL.search(clause):
        return True
    if _SETTING.match(clause) or _GATHERS.match(clause) or _MANNER.match(clause) or _BASIS.match(clause) \
            or _PARTNERS.match(clause) \
            or _TIME_CLAUSE.search(clause) and len(clause) <= 14 and not _INNER_MODAL.search(clause):
        return False
    if len(clause) >= 4 and _SUBJECT.match(clause) is not None:      # 各单位要认真负责: a doer and its resolve
        rest = _main_part(clause, [])
        return False if not rest or _RESOLVE_ONLY.match(rest) else None
    return None


def preface_clauses(clauses: list[str]) -> int:
    """How many of ``clauses`` open the sentence before its work: a purpose 「为了A，B，」 (with its short run-on
    clauses), a setting 「以…为背景」, the people gathered 「组织居民群众和游客」, the manner 「通过…的形式」, a doer's
    bare resolve 「各单位要认真负责」 — none of them the work. 0 where the first clause is the work, or where
    nothing else is left."""
    at, aim = 0, False
    while at < len(clauses):
        kind = _preface(clauses[at], aim, at == 0)
        if kind is None:
            return at
        aim = kind
        at += 1
    return 0


_TOWARD = re.compile(r"^(?:向|通过)[^，。；]{1,20}?(?:报告|报送|提交|通报|反馈|发布|申请)([^，。；]{2,})$")


def _object(phrase: str) -> str:
    """The phrase after its leading adverbs and verbs: 推进养老服务立法 → 养老服务立法; 加强对X的领导 → X;
    对X进行评估 → X评估."""
    phrase = _ON_DAY.sub("", phrase.strip())
    for _ in range(4):
        before = phrase
        phrase = _SN_LEAD.sub("", phrase)
        phrase = _SN_VERB.sub("", phrase, count=1)
        if phrase == before:
            break
    phrase = _ONCE.sub("", phrase)
    if (m := _TOWARD.match(phrase)) is not None and len(m.group(1)) >= 4:   # 向市委…报告X → X
        phrase = m.group(1)
    if (m := _TO_DO.match(phrase)) is not None:        # 对项目建议书进行评估 → 项目建议书评估
        phrase = m.group(1) + m.group(2)
    elif (m := _TO_OF.match(phrase)) is not None:      # 对历史文化名镇保护工作的领导 → 历史文化名镇保护工作
        phrase = m.group(1)
    elif phrase.startswith(("对于", "对")) and len(phrase) > 5:
        phrase = phrase[2 if phrase.startswith("对于") else 1:]
    return strip_marks(phrase, "的和与及")


def _main_part(clause: str, units: list[str]) -> str:
    """The clause after its subject: 区发展改革委应当选择…, 由项目单位负责… → what the unit is to do (the
    task's units are its own business, shown beside the short name); the clause as it is when no unit opens it."""
    for unit in sorted(units, key=len, reverse=True):
        if unit and clause.startswith(unit) and len(clause) > len(unit) + 1:
            rest = clause[len(unit):]
            break
    else:
        if (m := _SUBJECT.match(clause)) is None or WORK_START.match(clause) or "对" in m.group(0) \
                or _BY_UNIT.match(clause):     # 本规定由…负责解释: the thing given, not the unit's rest
            return clause
        rest = clause[m.end():]
    rest = _SN_LEAD.sub("", rest.lstrip("、"))
    rest = _SN_LEAD.sub("", _WITH.sub("", rest))      # 会同公安等行政管理部门按照…: the partner is not the work
    rest = _COPULA.sub("", rest)                      # A部门是B项目的责任主体: what the unit is, not 是…
    return rest if len(rest) >= 2 else ""       # 各街道办事处牵头: a unit and its role, no work


def _past_modal(clause: str) -> str:
    """A clause with a modal near its start: 复检岗负责对可疑物品进行复查 → what is done (a doer before 负责, a
    unit before any modal); 自动售票机应当标有操作说明 → the topic before the modal (a rule about a thing)."""
    m = _INNER_MODAL.search(clause[:14])
    if m is None or m.start() == 0:
        return clause
    before, after = clause[:m.start()], _SN_LEAD.sub("", clause[m.end():])
    if (m.group(0) == "负责" or _BARE_UNIT.match(before) or len(before) < 4) and len(after) >= 4:
        return after
    return before if len(before) >= 4 else clause


def _skipped(clause: str, units: list[str]) -> bool:
    """A clause that is not the work: an opener (根据…, 按照…), a time (…建成后), a bare unit (区主管部门)."""
    return bool(_PREP.match(clause) or _TIME_CLAUSE.search(clause) and len(clause) <= 14

                or clause in units or _BARE_UNIT.match(clause) or clause.startswith("由") and len(clause) <= 12)


def _fit(phrase: str) -> str:
    """Bring a noun phrase to at most 10 characters, keeping its head (the end): its tail word, its place, its
    result, the object of a verb inside it, the part after 的, the first of a list. A phrase none of these bring
    to ten is kept whole up to LIMIT (环卫职工工资集体协商机制) and else cut at a word's end (word_cut)."""
    if len(phrase) > LIMIT and phrase[:1] == "“" and 0 < (close := phrase.find("”")) < len(phrase) - 6 \
            and balanced(phrase[:close + 1]) and _NAMED_AFTER.match(phrase, close + 1):
        phrase = phrase[close + 1:]       # “我们的节日”春联进万家活动方案: the thing named, not its quoted theme
    if len(phrase) > 10 and (m := _TAKES_PART.search(phrase, 2)) is not None and len(phrase) - m.end() >= 4 \
            and "的" not in phrase[m.end():] and "、" not in phrase[:m.start()] and balanced(phrase[m.end():]):
        # 民营企业参与重大项目建设: who takes part and in what, whole where it fits; else what they take part in
        rest = phrase[m.end():]
        return phrase if len(phrase) <= LIMIT else rest if len(rest) <= LIMIT else _fit(rest)
    if len(phrase) > 10:
        # 工作, 力度 go at eleven characters; a 工程 or a 项目 is the name's head and goes only past LIMIT
        phrase = (_TAIL if len(phrase) > LIMIT else _TAIL_WORDS).sub("", phrase) or phrase
    if len(phrase) > 10:
        phrase = _PLACE.sub("", phrase) or phrase
    if len(phrase) > LIMIT and (m := _SUMMED.search(phrase)) is not None and not _NOT_SUMMED.search(m.group(1)) \
            and not _ANY_VERB.search(m.group(1)) and not _BARE_UNIT.match(m.group(1)) \
            and SUM_HEAD.search(m.group(1)) and m.group(1) not in ("工作", "各项工作"):
        return m.group(1)
    if len(phrase) > 10 and (m := _RESULT.search(phrase, 4)) is not None:
        phrase = phrase[:m.start()]
    if len(phrase) > 10:
        # 「困难企业开展职工在岗培训」: the object of a verb inside the phrase
        found = [r for r in (_object(phrase[m.start():]) for m in _INNER_VERB.finditer(phrase))
                 if 4 <= len(r) <= 10 and not _HALF.match(r) and not BARE_FIGURE.fullmatch(r)]
        if found:
            return max(found, key=len)
    if len(phrase) > 10 and "的" in phrase:
        head, tail = phrase.rsplit("的", 1)
        if (m := _COUNTED.match(_PREDICATE.sub("", tail))) and 4 <= len(head) <= 10 and "的" not in head:
            # 妇女经常参加体育锻炼的人数比例提高 → 妇女经常参加体育锻炼比例: who is counted, not 人数比例
            return head + m.group(1) if m.group(1) and len(head) + 2 <= LIMIT else head
        if 4 <= len(tail) <= 10:
            return tail
    if len(phrase) > 10:
        for sep in ("和", "与", "及", "、"):
            # the first 和/与/及 that joins a list: not one inside a word (参与, 惠及, 及时 — ux59, m62b)
            at = next((i for i, c in enumerate(phrase) if c == sep and not bound_mark(phrase, i)), -1)
            head = phrase[:at]
            if at < 0 or len(head.rsplit("、", 1)[-1]) < 2:
                continue        # (改造老旧小区25个、惠及居民…: nor a list's item, 惠)
            if 4 <= len(head) <= 10 and balanced(head):      # (not inside a quote: “批项目、核总量”制度 — rv49)
                return head
        phrase = word_cut(phrase, LIMIT, _RULE_VERBS + _VERBS)
    return phrase


# a figure with its measure word and nothing of the work (改造1200户 → 1200户): never a name (ux64 finding 7)
BARE_FIGURE = re.compile(r"(?:约|近|共|累计)?\d+(?:\.\d+)?(?:万|千|百|亿)?[\u4e00-\u9fff]{0,2}(?:以上|以内|左右)?|"
                         r"\d+(?:\.\d+)?\s*[%％]")


# taking part in the work: 「社会资本参与养老服务体系建设」 is one phrase, its 与 no list's
_TAKES_PART = re.compile(r"参与|参加")


_CLAUSE_EDGE = " \u3000\n\r\t●■◆·-"       # (a unit's name on its own line over its duties: the break is no word)


def _clauses(text: str) -> list[str]:
    text = _ASIDE.sub("", text)
    return [c.strip(_CLAUSE_EDGE) for c in _CLAUSE_CUT.split(text) if c.strip(_CLAUSE_EDGE)]


def _subject(name: str) -> str:
    """A name that is a subject and its predicate: the subject (人数比例提高 → 人数比例; 食用碘盐是安全的 → 食用碘盐
    安全); a name whose verb opens it (提升服务水平) or whose subject would be under four characters stays."""
    if (m := _IS.match(name)) is not None:
        return m.group(1) + m.group(2)
    if (m := _PREDICATE.search(name)) is not None and m.start() >= 4 and not WORK_START.match(name):
        return strip_marks(name[:m.start()], _PARTICLES, left=False)
    return name


def _name_of(main: str, own: bool = True) -> str:
    """The short name of the clause that gives the work (``own``: a clause of the title, whose words the name may
    join: 本规定解释)."""
    if (m := _BY_UNIT.match(main)) is not None:       # 城市公共交通…等交通人员由县运管局负责组织
        obj = strip_marks(_object(re.sub(r"(?:应当|应|须|必须|可以|可)$", "", m.group(1))), _PARTICLES)
        obj = obj.split("的", 1)[1] if _HALF.match(obj) else obj       # 各村的山下造林任务 → 山下造林任务
        head = obj if len(obj) <= LIMIT else strip_marks(_fit(obj), _PARTICLES)
        if own and m.group(2) == "解释" and obj.startswith("本") and len(obj) + 2 <= LIMIT:
            return obj + "解释"         # 本规定由…镇人民政府负责解释 → 本规定解释, not 解释
        if len(head) >= 4 and (head == obj or "、" not in head):   # (a list of trades cut to fit: as before)
            return head + m.group(2) if m.group(2) and head.endswith("人员") and len(head) + 2 <= LIMIT else head
    name = _fit(_object(_past_modal(main)))
    if len(name) < 4:
        alt = _fit(main)
        name = alt if len(alt) >= len(name) else name
    if (m := _INNER_MODAL.search(name)) is not None:
        before, after = name[:m.start()], _object(name[m.end():])
        name = before if len(before) >= 4 else after if len(after) >= 4 else name
    whole = name.strip(_EDGE_MARKS)
    name = strip_marks(whole, _PARTICLES)
    if len(name) < 4 <= len(whole) and whole == main.strip(_EDGE_MARKS):
        name = whole            # 编制目的: the whole clause, its last word (目的) not cut as a particle
    name = _subject(name)
    if not balanced(name):       # 开展“送 (a title cut by the page): no unpaired quote or bracket
        name = name.translate({ord(c): None for c in "“”「」《》（）()"})
    return name


def suggest_short_name(title: str, text: str = "", units: list[str] | None = None) -> str:
    """A 4–12 character name for the task (or the title itself when nothing better is found)."""
    title = (title or "").strip()
    if '"' in title and "“" not in title and (paired := _STRAIGHT.sub(r"“\1”", title)) != title:
        # 制定"我们的节日"…方案: straight quotes read as “…”, given back; a quote with no pair on its line (an inch
        # mark 55", a quote the page left open) stays as text (rv55b: the same title again recursed without end)
        name = suggest_short_name(paired, _STRAIGHT.sub(r"“\1”", text or ""), units)
        return name.replace("“", '"').replace("”", '"')
    name = _suggest(title, text, units)
    if len(name) < 4 or _PREP.match(name):      # the work past the prefaces gives no name: read as before
        plain = _suggest(title, text, units, False)
        name = plain if len(plain) >= 4 and not _PREP.match(plain) else name or plain
    if not name and text.strip() and not text.strip().startswith(title):
        # (a title taken past its sentence's prefaces that gives no name: the sentence's opening, as before)
        name = _suggest(_CUT.split(text.strip(), 1)[0], text, units, False)
    return name


def _suggest(title: str, text: str, units: list[str] | None, past_preface: bool = True) -> str:
    units = units or []
    if title[:1] in "（(【" and title[-1:] in "）)】" and balanced(title[1:-1]):   # 第五条（项目储备）, 【变更情形】
        return _fit(_ASIDE.sub("", title[1:-1]).strip()) or title
    if (head := _HEADED.match(title)) is not None and len(title) > head.end() + 4:
        return head.group(1)
    if title.endswith(("…", "...")) and text.strip():
        # a title the page or the reader cut with 「…」: its words stop mid-phrase, the item's text has them whole
        title = _CUT.split(text.strip(), 1)[0] if not text.strip().startswith(title.rstrip("….")) else title
    source = title
    if title in units or not title or _BARE_UNIT.match(title):
        # a task headed by its unit: use the sentence after the unit
        body = text.strip()
        rest = body[len(title):].lstrip("。：:，, \n\t\u3000") if body.startswith(title) else body
        source = _CUT.split(rest, 1)[0] if rest else title
    clauses = _clauses(source)
    units = [_ASIDE.sub("", u) for u in units]
    more = _clauses(text[len(title):]) if text.startswith(title) else []
    main, own = "", True
    preface = preface_clauses(clauses + more[:6]) if past_preface else 0
    for at, clause in enumerate(clauses + more[:6]):
        own_clause = at < len(clauses) and _HELD_TO.match(clause) is not None
        if len(clause) < 4 or _skipped(clause, units) and not own_clause or at < preface \
                or at < len(clauses) - 1 and (_LEVEL.match(clause) or _RESOLVE.match(clause) and len(clause) > 4):
            continue
        main = _main_part(clause, units)
        own = at < len(clauses)          # (a clause of the title's own, not of the text after it)
        if main and (own_clause and main == clause or not _PREP.match(main) and not _skipped(main, units)):
            break
        main = ""
    if not main:
        own = True
        first = next((c for c in clauses if not _PREP.match(c) and len(c) >= 4), clauses[0] if clauses else source)
        main = _main_part(first, units) or first
        if _PREP.match(main) and "的" in main and 4 <= len(tail := main.rsplit("的", 1)[1]) <= LIMIT \
                and not _ANY_VERB.search(tail):
            # 为提高…、促进循环经济发展实施的循环经济项目: the thing after the purpose; 对缺失消防设施的高层建筑: the
            # whole thing when it fits
            rest = _PREP.sub("", main, count=1)
            main = rest if main.startswith("对") and len(rest) <= LIMIT else tail
        elif _PREP.match(main) and (verb := _ANY_VERB.search(main, 3)) is not None \
                and len(_object(main[verb.start():])) >= 4:
            main = main[verb.start():]        # 依据核准文件办理开工手续: the verb after the opener's phrase
    name = _name_of(main, own)
    if _PREP.match(name) and clauses:      # the work read past an opener is itself an opener: the title's words
        name = _name_of(_main_part(clauses[0], units) or clauses[0])
    if len(name) < 2:
        name = word_cut(title.strip(_EDGE_MARKS), LIMIT, _RULE_VERBS + _VERBS).strip(_EDGE_MARKS)
    return name

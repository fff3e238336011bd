"""The words that label a task's units (牵头单位：, 【责任单位】, 配合部门：, 完成时限：…) and the patterns
that find them.

Split from ``units`` (which splits and cleans what a label gives) so that each stays one responsibility.
"""

from __future__ import annotations

import re

from .prefilter import led

LEAD, RESP, DEADLINE, SCOPE, ROLES = "lead", "resp", "deadline", "scope", "roles"
# the units that carry a measure out, under other names: （执行单位：区经委） / 落实单位：B / 承担单位：C — labels
# here (with 部门, and written in traditional characters) and header words of a table's unit column (columns)
DOING_WORDS = ("执行", "落实", "承担")
_DOING_TRADITIONAL = ("執行", "落實", "承擔")
_LABELS = [
    ("牵头责任单位", LEAD), ("牵头责任部门", LEAD), ("协同责任部门", RESP),
    ("负责牵头单位", LEAD), ("负责牵头部门", LEAD),     # (an item's closing line 「负责牵头单位：宣传部」)
    # 「…协作部门:A、B 主体责任单位:各村(居)」: the bodies that bear the work's main duty (主体 no part of B's name)
    ("主体责任单位", RESP), ("主体责任部门", RESP),
    ("牵头单位", LEAD), ("牵头部门", LEAD), ("主责单位", LEAD),
    ("主办单位", LEAD), ("协同责任单位", RESP), ("协同单位", RESP), ("责任单位", RESP),
    ("责任部门", RESP), ("配合单位", RESP), ("配合部门", RESP), ("协办单位", RESP),
    ("参与单位", RESP), ("协助单位", RESP), ("承办单位", RESP), ("实施单位", RESP),
    ("实施部门", RESP), ("实施主体", RESP), ("责任主体", RESP),
    *((f"{w}{kind}", RESP) for w in DOING_WORDS + _DOING_TRADITIONAL
      for kind in (("单位", "部门") if w in DOING_WORDS else ("單位", "部門"))),
    ("负责部门", RESP), ("负责单位", RESP), ("会办单位", RESP), ("参办单位", RESP), ("协同部门", RESP),
    ("牵头处室", LEAD), ("牵头科室", LEAD), ("责任处室", RESP), ("责任科室", RESP), ("配合处室", RESP),
    ("配合科室", RESP),
    # responsible-side roles under other names: （牵头单位：A，支撑单位：B） / 主要协作单位：C
    # 「县牵头单位：县爱卫办，镇对接单位：镇城乡公路管理所」: the town's body that takes the county's lead up
    ("对接单位", RESP), ("对接部门", RESP),
    ("主要协作单位", RESP), ("主要配合单位", RESP), ("协作单位", RESP), ("协作部门", RESP), ("支撑单位", RESP),
    ("支撑部门", RESP), ("参与部门", RESP),
    # 「牵头单位：A⏎参加单位：B、C等部门。」: those who take part in an item's work, as 参与单位 (round 42)
    ("参加单位", RESP), ("参加部门", RESP),
    # 「牵头单位：区建委⏎成员单位：区执法局、区园林局…」: beside a lead's label, the bodies that carry the item's work
    # with it (round 39: 「成员单位：」 under a division of work lists the item's units) — alone, a group's roster
    # (rule 3)
    ("成员单位", RESP),
    # 「3.组织单位：各乡镇人民政府、总工会。」: the units that organise an activity of the plan carry it out
    ("组织单位", RESP),
    # 「任务单位：院团委」「任务部门：宣传部」: the unit the task is given to (a field line after the item's text)
    ("任务单位", RESP), ("任务部门", RESP),
    ("适用范围", SCOPE), ("实施范围", SCOPE), ("适用对象", SCOPE), ("覆盖范围", SCOPE),
    # people and overseers are not the units doing the work: 责任领导：张三 / 督办单位：市政府督查室
    ("责任领导", SCOPE), ("分管领导", SCOPE), ("牵头领导", SCOPE), ("联系领导", SCOPE), ("责任人", SCOPE),
    ("负责人", SCOPE),          # (「责任部门：党政办 负责人：李某」: the head's name beside the unit)
    ("督办单位", SCOPE), *((f"{w}{who}", SCOPE) for w in ("分管", "牵头", "联系", "责任") for who in (
        "省领导", "市领导", "县领导", "区领导", "副省长", "副市长", "副县长", "副区长")),
    # 部门分工：省发展改革委牵头，各地、各部门配合 — the roles written as a sentence
    ("部门分工", ROLES), ("责任分工", ROLES), ("任务分工", ROLES),
    ("完成时限", DEADLINE), ("完成时间", DEADLINE), ("时间节点", DEADLINE), ("完成期限", DEADLINE),
    # the time limit named for the work it limits: 治理时限：2022年11月 / 整改时限 / 办结时限
    *((f"{w}时限", DEADLINE) for w in ("治理", "整改", "整治", "办结", "推进", "实施", "工作", "落实")),
    ("时限要求", DEADLINE), ("时限", DEADLINE),
    # the time named by other words: 截止时间：2025年9月 / 完成节点 / 办结时间 / 时间要求 / 进度要求
    ("截止时间", DEADLINE), ("完成节点", DEADLINE), ("办结时间", DEADLINE), ("时间要求", DEADLINE),
    ("进度要求", DEADLINE),
]
# the labels that give a task's deadline (完成时限：2025年6月)
DEADLINE_LABELS = "|".join(w for w, role in _LABELS if role == DEADLINE)
# the roles written short where a table or bracket saves width: （牵头：市发展改革委；责任：各区政府）
# — a label only where no other word runs into it (「压实主体责任：」 is a sentence)
_SHORT_LABELS = [("牵头", LEAD), ("责任", RESP), ("配合", RESP), ("协办", RESP), ("参与", RESP),
                 ("支撑", RESP), ("协作", RESP),
                 # 建议提案 plans: 「主办：县文旅局；协办：…」「（主办：X；会办：Y）」
                 # (承办 beside 协办 leads: ``_labelled``);
                 # a village's 「责任主体：村两委；具体实施：各村民小组」「协助：镇环卫所」
                 ("主办", LEAD), ("承办", RESP), ("会办", RESP), ("参办", RESP), ("协助", RESP), ("具体实施", RESP),
                 # 「重点责任:文化站、各社区」 on its own line after an item: who answers for it first (no lead named)
                 ("重点责任", RESP)]
# the labels of those who help the main handler of a 建议/提案 (承办单位：X；协办单位：Y — X leads)
PARTNER_WORDS = ("协办单位", "会办单位", "参办单位", "协办", "会办", "参办")
# the labels of those who take part (参加单位：B), read only beside a label of those who lead, host or answer for the
# work (units.taking_part)
TAKING_PART_WORDS = ("参加单位", "参加部门", "成员单位")
# 「责任处室：督导室。时间：2025年11月。」: a bare 时间 label gives the deadline only where a date follows it
# (「开放时间：9:00-17:00」「活动时间：」 run into a word; 「时间：每周一」 names no date)
# (a date the page broke after its figure 「时间:4⏎月2日——4月3日」 is read whole by ``field_blocks.when_line``)
_TIME_LABEL = (r"(?<![\u4e00-\u9fff])时间"
               r"(?=\s*[:：]\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}[ \t　]*月|今年|本年|年底|年内))")
# a group's name used as the label of a units line: 「相关部门：区建设管理委、区绿容局等。」 — a label only
# where it opens the line or bracket and a colon follows (「协调各相关部门：」 is a sentence)
_GROUP_LABELS = [(f"{which}{kind}", RESP) for which in ("相关", "有关", "涉及", "参与") for kind in ("部门", "单位")
                 if f"{which}{kind}" not in dict(_LABELS)]
LABEL_ROLE = dict(_LABELS + _SHORT_LABELS + _GROUP_LABELS)
# a label read by its shape where its words are not listed above: a role word (with a qualifier before it
# and a second role or verb after it) before a kind of body — 牵头指导处室 / 牵头推进部门 / 具体责任单位 /
# 配合实施科室 / 业务指导处室 — opening a bracket or line, a colon after it (not 「明确责任处：」, a heading).
# It leads with 牵头 or 主责 in it, is responsible with 责任/配合/协办/实施…, and only guides with 指导 alone:
# guidance is neither (「（指导处室：市局标准处）」 names who oversees, not who does the work)
SHAPED_WORD = (r"(?:具体|主要|直接|第一|协同|业务|相关|其他|其它|各)?"
               r"(?:牵头|主责|责任|配合|协办|协同|协助|参与|实施|承办|指导)"
               r"(?:指导|推进|实施|落实|负责|配合|协调|责任|监管|督导)?"
               # (配合部门（单位） / 责任股室: a county bureau's sections are 股)
               # (「责任部门单位：」: the kind written twice, 部门 then 单位, with no bracket between)
               r"(?:单位|部门|处室|科室|股室|处|科|股|机构|机关)(?:[（(](?:单位|部门)[）)]|(?<=部门)单位)?")
_SHAPED_LABEL = r"(?<![\u4e00-\u9fff])" + SHAPED_WORD
_SHAPED_ROLES = ((("牵头", "主责"), LEAD), (("责任", "配合", "协办", "协同", "协助", "参与", "实施", "承办"), RESP))


def label_role(word: str) -> str:
    """The role of a label word: listed, or read by its shape (see ``_SHAPED_LABEL``)."""
    if word == "时间":
        return DEADLINE
    role = LABEL_ROLE.get(word)
    if role is not None:
        return role
    return next((r for words, r in _SHAPED_ROLES if any(w in word for w in words)), SCOPE)


# what a group label's colon opens must be units, not a sentence: no 要/须/应当 in its first name
# (「有关单位：要严格执行…」「相关部门：各街镇要做好群众工作」; 应急管理局 and 重要 are names)
_SENTENCE_AFTER = (r"(?![^、，,；;。（）()\n]*(?:(?<!重)要|须|务必|应当|应(?!急)|需要))"
                   # (「各责任单位：按照职责分工，抓好落实」: how all are to work)
                   r"(?!\s*(?:按照|按|结合|认真|抓好|切实|严格|坚持|加强|做好))")
# a doing label whose colon opens what is to be done is prose (「执行单位：应严格按照预算使用资金」)
_DOING_PROSE = r"(?!\s*[:：]\s*(?:应|要|须|必须|负责))"
_LABEL_WORDS = ("(" + "|".join(w + (_DOING_PROSE if w[:2] in DOING_WORDS + _DOING_TRADITIONAL else "")
                               for w, _ in _LABELS)
                + "|" + "|".join(rf"(?<![\u4e00-\u9fff]){w}(?=\s*[:：])" for w, _ in _SHORT_LABELS)
                + "|" + "|".join(rf"(?<![\u4e00-\u9fff]){w}(?=\s*[:：]{_SENTENCE_AFTER})" for w, _ in _GROUP_LABELS)
                + "|" + _SHAPED_LABEL + rf"(?=\s*[:：]{_SENTENCE_AFTER})" + "|" + _TIME_LABEL + ")")
# the level of government a label is for, written before it: 「县牵头单位：县商务局，镇对接单位：镇企业办」
# 「市级责任单位：」
# (one character of a level, opening the line or after a mark — not 「全市牵头单位」, a part of a sentence)
_LEVEL = r"(?:(?<![\u4e00-\u9fff])[省市县区镇乡村]级?(?=[\u4e00-\u9fff]{3,6}\s*[:：]))?"
# 牵头单位： / 【牵头单位】 / [责任单位]： / 县牵头单位：
LABEL = led(re.compile(r"(?:[【\[［〔]\s*)?" + _LEVEL + _LABEL_WORDS + r"\s*(?:[】\]］〕]\s*[:：]?|[:：])"))
# a label at a line start or after a sentence, outside brackets: 责任单位：市民政局、市财政局 (or after a comma
# of a run-on item: 「…，签订率100%，责任单位：镇安监办；」)
LABEL_LINE = led(re.compile(r"(?:^|\n|(?<=[。；;，,]))[ \t]*(?:[—\-·•]+\s*)?(?P<lab>(?:[【\[［〔]\s*)?"
                         + _LEVEL + _LABEL_WORDS
                         + r"\s*(?:[】\]］〕]\s*[:：]?|[:：]|[;；](?=\s*[\u4e00-\u9fff])))[^\n]*"))
# 「(责任单位;住建局、畜牧局)」: a label opening a bracket or a line, its colon typed as a semicolon
LABEL_SEMI = re.compile(r"^([ \t]*(?:[—\-·•]+\s*)?(?:[【\[［〔]\s*)?(?:" + "|".join(w for w, _ in _LABELS)
                         + r"))\s*[;；](?=\s*[\u4e00-\u9fff])")
# 「各部门职能分工」「各单位自备植树工具」: a group and a thing of its; 「各乡镇设立X委员会」「X委员会下设办公室」: a
# body and what it sets up; 「专业运输系统要组织全区专业运输单位」: a body, a modal and its pivot on another
# (round 40) — a clause, no body's name (units.looks_like_unit)
NOT_A_BODY = re.compile(r"^各[\u4e00-\u9fff]{1,8}?"
                        r"(?:分工|职能|职责|工具|物资|经费|资金|任务|情况|方案|计划|要求|工作)$"
                        r"|(?<=[\u4e00-\u9fff]{2})(?:设立|成立|组建|下设|(?:要|应当?|须)(?:组织|协调|督促|会同|联合))"
                        r"(?=[\u4e00-\u9fff]{2})"
                        # (「农服中心组织兽医站负责…」: a body, 组织 and the body it sets to work — two bodies)
                        r"|(?<=[心局委办站所队府])组织(?=[\u4e00-\u9fff]{1,10}?[心局委办站所队府]$)"
                        # (「由市委宣传部部署」「在县委统一部署下」: a body or a cut clause and the verb 部署, no name)
                        r"|(?<=[\u4e00-\u9fff]{2})部署$"
                        # (「各班主任负责组织学生…」「各公司专管员负责…」: persons by their post, no unit — round
                        # 30 / 34; not 各班 / 各专业队, groups of bodies)
                        r"|^各[\u4e00-\u9fff]{0,6}?(?:班主任|主任|专管员|巡查员|联络员|网格员|信息员|管理员|教师|老师|干部|"
                        r"负责人|书记|[局处科站所院部校队组]长)$"
                        # (「…，共同督促和指导物业企业落实…」「…要夯实责任，同居民委员会加强对…的指导」: an adverb
                        # of acting together, or 同 = with before the partner, opens the clause — no name)
                        r"|^(?:共同|一同|一起)(?!体)(?=[\u4e00-\u9fff])"
                        r"|^同(?=[\u4e00-\u9fff]{0,4}(?:居民委员会|村民委员会|居委会|村委会)$)"
                        # (「由项目承接主体申办，A会同B预审」: the party and the verb of its application, no name)
                        r"|(?<=[\u4e00-\u9fff]{2})(?:申办|申报|申请)$"
                        # (「本市依托X平台，加强…」: the city, a place, and the means it works through — no
                        # name, Round 103)
                        r"|^(?:本市|本区|我市|我区|全市)(?:依托|借助|利用|通过)")


# 「第八条（具体职责） 运营企业负责…」: an article's run-in label in brackets before the body it opens with is no part
# of the name (a topic of two to ten characters ending in a topic's word: 职责 / 主体 / 分工 / 原则 …); in 【】 any
# heading of two to fourteen characters 「第八条 【项目法人责任制】建设工程项目实施企业应当…」 — 【】 are never a
# name's bracket (Round 56 rulings, Titles: 【…】 is read where （…） is, an article's label)
_RUN_IN_LABEL = re.compile(r"^[（(]\s*[\u4e00-\u9fff]{0,8}(?:职责|责任|主体|分工|任务|义务|管理|要求|原则|机制|范围|"
                           r"措施|保障|监督|实施|处置|程序|规定|部门|单位)\s*[)）]\s*"
                           r"|^【[\u4e00-\u9fff、和与及]{2,14}】[ \t\u3000]*")


def run_in_label_end(text: str, at: int = 0) -> int:
    """Where the name after an article's run-in label 「（具体职责）」「【主体责任】」 at ``at`` begins (``at`` when
    there is none, or when fewer than two characters follow it)."""
    m = _RUN_IN_LABEL.match(text[at:at + 24]) if text[at:at + 1] in "（(【" else None
    return at + m.end() if m and len(text) - at - m.end() >= 2 else at


def drop_run_in_label(piece: str) -> str:
    """``piece`` without an article's run-in label 「（具体职责）」 before the name (kept when nothing follows it)."""
    return piece[run_in_label_end(piece):]


def taking_part(content: str, marks: list[re.Match[str]], beside: bool = False) -> list[re.Match[str]]:
    """``marks`` without the 参加单位 labels that name no item's units. A 参加单位 line is one only beside a
    label of those who lead, host or answer for the work 「牵头单位：A⏎参加单位：B」「主办单位：A⏎参加单位：B」
    (as 参与单位, round 42), and not inside a remark's bracket 「组织单位：A。（活动点设在…。参加单位：B）」 (who
    attends the spot). Alone it lists who attends: a group's roster 「组长：…⏎参加单位：…」 (rule 3), an
    activity's field over items that name their own units. ``beside``: such a label stands on another line."""
    part = [m for m in marks if m.group(1) in TAKING_PART_WORDS]
    if not part:
        return marks
    led_by = beside or any(answering_label(m.group(1)) for m in marks)
    return [m for m in marks if m.group(1) not in TAKING_PART_WORDS or led_by and not _in_remark(content, m.start())]


def _in_remark(text: str, at: int) -> bool:
    """Position ``at`` stands inside a bracket (closed or cut off after ``at``) that opens with no label: a remark."""
    opened: list[int] = []
    for k, ch in enumerate(text[:at]):
        if ch in "（(":
            opened.append(k)
        elif ch in "）)" and opened:
            opened.pop()
    return bool(opened) and LABEL.match(text, opened[-1] + 1) is None


def answering_label(word: str) -> bool:
    """A label word of those who lead, host or answer for the work (not 参加单位, a time, a scope or a person)."""
    return word not in TAKING_PART_WORDS and label_role(word) in (LEAD, RESP)

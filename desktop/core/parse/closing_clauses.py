"""The closing clauses of a plan written as rules: when it takes effect or how long it holds, who interprets it, what
it leaves to other rules (its 参照 provisions) or repeals, and a notice's closing points — each a general provision, no
task (CONVENTIONS.md rounds 30, 34).

Split from ``rule_chapters`` (which items of a rule are tasks), which reads its chapters and articles with them."""

from __future__ import annotations

import re

from .article_text import CHAPTER as _CHAPTER, article_text as _article_text
from .headings import Item
from .prose_units import INTERPRETS
from .public_articles import RULE_MODAL as _RULE_MODAL

# the plan's own closing clauses: when it takes effect (自…起施行 / 自印发之日起实施 / 试行), who interprets it
# (a bracketed aside in the document's name 「本实施（操作）细则自发布之日起实施」)
IN_FORCE = re.compile(r"^本(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{1,4}[）)]){1,10}?(?:自|从|于)"
                       r"[^。；;\n]{1,30}?(?:起|之日)[^。；;\n]{0,6}?"
                       r"(?:施行|实施|试行|执行|生效)")
_DOCUMENT = re.compile(r"^本(?:实施|工作|行动)?(?:方案|办法|规定|细则|意见|规则|制度|计划)")
# the rule's supplementary provisions: what it leaves to other rules (本办法未尽事宜，按…执行 / 本办法如与…不一致的)
SUPPLEMENTARY = re.compile(r"^本[\u4e00-\u9fff]{1,8}?(?:未尽事宜|如与|与[^。；;\n]{2,30}?不一致)|"
                            # (the earlier rules yield to it 「此前有关…规定与本办法不一致的，以本办法为准」)
                            r"^[^。；;\n]{2,60}?与本[\u4e00-\u9fff]{1,8}?不一致的[，,]以本[\u4e00-\u9fff]{1,8}?为准$|"
                            # (本办法所涉内容，法律、法规…有规定的，从其规定 / 法律、法规对…另有规定的，从其规定: what
                            # it leaves to other rules — the one home of 从其规定, ``refers_only`` reads 按照…执行)
                            # (a topic before it 「旧区改造…等城市更新活动，国家有相关规定的，从其规定」)
                            r"^(?:[^。；;，,\n]{1,60}?[，,])?"
                            r"(?:本[\u4e00-\u9fff]{1,8}?[^。；;\n]{0,60}?|(?:[^。；;，,\n]{1,150}?(?:的|时|以外)[，,]){0,3})"
                            r"[^。；;，,\n]{0,150}?规定的[，,](?:从其规定|依照其规定|按照?其规定执行)$|"
                            # (「对…方面，本条例未作具体规定的，适用本市其他相关规定」: what it leaves to other rules)
                            r"^[^。；;\n]{0,80}?本[\u4e00-\u9fff]{1,4}?未(?:作出?)?(?:具体)?规定的[，,]"
                            r"(?:适用|按照?|依照|执行)"
                            r"[^。；;，,\n]{1,30}?规定(?:执行)?$|"
                            # (「期间如遇上级部门有明确规定和政策调整，执行上级部门政策」: left to later rules)
                            # (「实施期间，如遇国家、市有关政策调整，按上级有关规定执行」 alike)
                            r"^(?:(?:实施|执行|施行)?期间[，,]?|在此期间[，,]?|有效期内[，,]?)?如遇[^。；;\n]{2,40}?"
                            r"(?:调整|变化|规定)[，,]"
                            r"(?:执行|按照?|依照|从)[^。；;，,\n]{1,30}$")


def closing_line(line: str) -> bool:
    line = line.strip()
    return _DOCUMENT.match(line) is not None and (IN_FORCE.match(line) or INTERPRETS.match(line)) is not None


# (本考核实施方案由…负责解释 / 本考核实施方案自发布之日起开始施行 are closing clauses whatever the document's
# name; so is its validity: 本办法有效期自…至…)
# (or shared by its issuers 「本细则由A、B、C按部门职责分别解释」)
VALIDITY = re.compile(r"^本[\u4e00-\u9fff]{1,10}?(?:有效期|由[^。\n]{2,60}?(?:负责(?:具体)?|分别)(?:解释|修订|解读))")


# the plan's closing words wherever they stand in a sentence: who holds its interpretation (本办法最终解释权归A所有 /
# 解释权属于A), what it repeals (原《…》同时废止)
_CLOSING_ANYWHERE = re.compile(r"解释权(?:归|属于?)|"
                               r"^由[^，,。；;]{2,30}?负责对本[\u4e00-\u9fff]{1,8}?(?:进行|作出?)?解释|"
                               # (「A、B等部门依据各自职责，可以对本办法的具体应用问题进行解释」: the bodies that may)
                               r"可以?对本[\u4e00-\u9fff]{1,8}?(?:的具体应用问题)?(?:进行|作出?)解释$|"
                               r"^本[\u4e00-\u9fff]{1,8}?的(?:具体)?(?:应用|执行|实施)(?:中的?)?(?:具体)?(?:问题)?[，,]?由[^，,。；;]{2,30}?"
                               r"负责(?:具体)?解释$|"
                               # (「本办法的具体解释工作由A会同B…具体承担」: who interprets it, said of the work)
                               r"^本[\u4e00-\u9fff]{1,8}?的(?:具体)?解释(?:工作)?[，,]?由[^。；;]{2,60}?(?:负责|承担)$|"
                               r"^[^，,。；;]{0,20}?可参照本[\u4e00-\u9fff]{1,8}?(?:执行|制定|实施)")
# what the rule also covers, said of cases with no one doing work 「2021年10月1日至2021年12月31日的…贷款，参照本实施
# 细则执行」 / 「此前已受理的申请，按照本办法执行」: a transitional clause of the closing article, no task — not a
# doer told to follow it 「各区应当按照本办法执行」 (a modal or a body's work: ``_RULE_MODAL``)
_APPLIES_SELF = re.compile(r"[，,](?:参照|按照?|依照|适用)本[\u4e00-\u9fff]{1,8}?(?:的?(?:有关)?规定)?(?:执行|办理)?$")
# the document's own tail after its last article, when the page gave it no break: the issuer's name alone
# (上海市住房公积金管理委员会), the date (二○二一年十二月三十一日 / 2023年4月1日), an attachments label (相关附件 /
# 附件：…) — no sentence of the article
# (or the print line 「上海市嘉定区水务局办公室　2025年7月16日印发」: issuer and date on one line)
_ISSUER = r"[\u4e00-\u9fff（）()]{2,30}(?:委员会|人民政府|政府|办公室|办公厅|局|委|中心|厅)"
_NUM = "[〇○零一二三四五六七八九十\\d]"
_DOCUMENT_TAIL = re.compile(rf"^(?:(?:{_ISSUER})?[ \t\u3000]*{_NUM}{{4}}年{_NUM}{{1,2}}月{_NUM}{{1,3}}日(?:印发|发布)?|"
                            rf"(?:相关)?附件(?:[:：\d].*)?|{_ISSUER}|"
                            # (a site copy's list of its attachments' links 「## 附件（官方直链）⏎- [x.pdf](https://…)」)
                            r"#{1,4}[ \t]*附件.*|[-*][ \t]*\[[^\]\n]*\]\([^)\n]*\))$")
# a 参照 provision (CONVENTIONS.md round 34): what other rules a case follows or what follows this one, no doer
# doing work of the plan (对施工总承包单位的管理参照建设单位的相关规定执行 / 其他试点区参照本办法执行 / 本办法相关
# 内容应参照上位依据适时调整) — not work that uses a rule as its guide (各区参照本方案制定实施方案, 组织实施)
# (and a fee set by another rule's standard 「…的收费参照《…规定》中…支出标准并结合…要求予以确定」)
REFERS = re.compile(r"参照[^。；;，,]{1,40}?(?:执行|办理|适用|调整)(?:[\u4e00-\u9fff]{0,6})$"
                    r"|参照本[\u4e00-\u9fff]{1,6}?管理$"
                    r"|参照《[^》]{2,60}》[^。；;，,]{0,60}?予以确定$")
# round 34's 参照 article written as 「…工作，按照…及本市有关规定执行」 (「…的，从其规定」: ``SUPPLEMENTARY``):
# (a long title 「…应按照《…施工分包管理办法》及本市…有关规定执行」, a field's rules, whatever the field
# 「…按照国家和本市有关保密规定执行」「…相关消防管理规定执行」: the same pointer, plans-next299's answers)
# a whole article only (an item of a standards article 「（五）…宽度按照国家有关规定执行」 stays beside its
# siblings, x144_01)
_DEFERS = re.compile(r"^[^。；;，,]{0,20}?(?:应当?)?(?:按照?|依照)[^。；;，,]{1,40}?(?:有关|相关)"
                     r"[\u4e00-\u9fff]{0,4}?规定(?:要求)?执行$"
                     # (a longer topic, the matter's nouns closed by 的 and its noun 「项目管理过程中有关立项、实施、
                     # 验收等信息的公开按照国家和本市…有关规定执行」: the same pointer — no modal or work verb in it)
                     r"|^(?![^。；;，,]*?(?:应当|必须|负责|加强|做好|开展|推进|督促))[^。；;，,]{8,40}?的"
                     r"[\u4e00-\u9fff]{1,6}(?:按照?|依照)[^。；;，,]{1,40}?(?:有关|相关)[\u4e00-\u9fff]{0,4}?"
                     r"规定(?:要求)?执行$"
                     # (「…的不动产登记应按国家和本市关于…的相关规定要求执行」: the same pointer, x290_01 第十三条)
                     # (「…的，应当执行文物保护法律、法规的规定」「…的申报、批准、公布，依照《…条例》的规定
                     # 执行」: the other law's rules, a reference — rounds 34 / 39)
                     # (「对违反本办法规定的行为，按照有关法律、法规的规定予以处理」: the other law's sanctions,
                     # round 34)
                     r"|^(?:应当?)?(?:执行|依照|按照)[^。；;，,]{1,40}?(?:法律|法规|条例|办法)[^。；;，,]{0,6}?的?规定"
                     r"(?:执行|办理|予以处理)?$")
# (the work a 参照 article defers 「…的消防设计审查、消防验收、备案和抽查工作，按照…有关规定执行」 is a noun —
# not a doer doing work 「各街道应当加强辖区内裸露土地的覆盖工作，按照本市有关规定执行」, a task: review of round 43)
DOING = re.compile(r"(?<![相对反供效])应|必须|须|要(?![求素点])|加强|做好|开展|推进|落实|督促|指导|建立|完善|强化"
                    r"|负责|组织|实施")
_REFERS_WORK = re.compile(r"负责(?!人|解释)|牵头|会同|组织|制定|制订|编制|出台")
# what it repeals, said of a document with no one doing it (原《…》同时废止 / 此前印发的文件相应停止执行) — not
# work that repeals or stops something (区司法局负责清理…，对与本办法不一致的予以废止 / 由区财政局追回资金，相关
# 优惠政策停止执行: rm84)
_REPEALS = re.compile(r"(?:同时|相应|文件)?(?:废止|停止执行)$")
_REPEAL_WORK = re.compile(r"负责(?!人)|牵头|予以|追回|收回|取消|清理|责令|由[^，,。；;]{2,30}?(?:组织|依法|核查)")
# the heading of a closing article whose text the page moved below the plan (第二十条  施行日期 / 第十七条（办法生效）)
CLOSING_TITLE = re.compile(r"^[（(]?(?:(?:施行|生效|实施)(?:日期|时间)?|有效期限?)[）)]?$|"
                           r"^[（(]?(?:办法|本办法|规定|细则)?(?:生效|施行)(?:日期|时间)?[）)]?$|"
                           r"^[（(]?(?:解释|解释权|附则|其他|其它)[）)]?$")


# the issuer's name alone after the closing article 「上海市住房公积金管理委员会」 (its signature); a term of
# validity said on its own after the day it takes effect 「本办法自…起施行。有效期五年。」
_SIGNATURE = re.compile(_ISSUER)
_TERM = re.compile(rf"^有效期(?:为)?{_NUM}{{1,3}}年$")


def closing_only(item: Item) -> bool:
    """An item with nothing numbered under it whose every sentence is one of the plan's closing clauses — when it
    takes effect or how long it holds (本办法自…起施行，有效期五年), who interprets it (本办法由A负责解释 / 本办法最终
    解释权归A所有), what it leaves to other rules or repeals (本办法未尽事宜… / 原《…》同时废止): an article of general
    provision, no task (CONVENTIONS.md round 30), whether it stands alone or under 其他 / 附则. Not an item that also
    gives work (其他 / 符合条件的公共建筑须实施…。本办法由A负责解释。). Only in a document written as articles, as the
    ruling says: the article itself (第九条 本办法自…起施行) or an item of one (第八条 其他 / （一）本办法由A负责解释) —
    a work plan's 七、附则 （一）本方案自印发之日起施行 is left as the sets read it."""
    if item.children or not (item.article or item.article_line
                             or item.parent is not None and (item.parent.article or item.parent.article_line)):
        return False
    head, rest, text = _article_text(item, square=True)
    if not rest and CLOSING_TITLE.match(head):
        return True
    # (a chapter heading the page ran in after the article 「第三章　传承利用」 is no sentence of it)
    sentences = [s.strip() for s in re.split(r"[。！？\n]", text) if s.strip() and not _CHAPTER.match(s.strip())]
    while len(sentences) > 1 and (_DOCUMENT_TAIL.match(sentences[-1]) or _SIGNATURE.fullmatch(sentences[-1])):
        sentences.pop()
    return bool(sentences) and all(closing_sentence(s, item.article or item.article_line) for s in sentences)


def closing_sentence(s: str, article: bool) -> bool:
    """One of the plan's closing clauses (see ``closing_only``)."""
    return bool(
        closing_line(s) or IN_FORCE.match(s) or INTERPRETS.match(s) or SUPPLEMENTARY.match(s) or VALIDITY.match(s)
        or _TERM.match(s)
        or _APPLIES_SELF.search(s) and not _RULE_MODAL.search(s) and not _REFERS_WORK.search(s)
        or _CLOSING_ANYWHERE.search(s) or _REPEALS.search(s) and not _REPEAL_WORK.search(s)
        or refers_only(s, article) or _DETAILS_LATER.match(s) or _IMPLEMENTS.match(s)
        or _TRANSITION.match(s) and not re.search(r"由|负责", s)
        or _POINTS_CONSEQUENCE.match(s) is not None and not re.search(r"由|负责", s)
        or _PENALTY_ELSEWHERE.match(s) is not None)


# a consequence pointed to other texts with no agent 「违反本办法…规定，X…的，按照《…条例》相关规定予以处理」「X存在…
# 行为的，按照…相关规定处理」: a general provision (round 60 and w52b, turned on x325_01 第二十五条), no work
_POINTS_CONSEQUENCE = re.compile(r"^(?:[^。；;]{2,120}?的[，,])(?:依照|按照|依据)[^。；;，,]{1,60}?规定"
                                 r"(?:予以)?(?:处理|处罚)$")


# (… or to the penalties other texts already set, their bodies named only by a bare kind 「违反本办法规定的行为，
# 《条例》或者其他法律、法规已有处罚规定的，由相关行政管理部门依照其规定处罚」: only a pointer, Round 84's
# p61a-1; Round 87's turned x325_01 第二十五条 — not a named body imposing this text's own penalty
# 「由区城管执法部门责令改正，处…罚款」)
_PENALTY_ELSEWHERE = re.compile(r"^[^。；;]{2,120}?(?:已有|另有)[^。；;，,]{0,6}?规定的[，,]"
                                r"由(?:相关|有关)[\u4e00-\u9fff]{0,8}?(?:部门|机关)(?:依照|按照|依据)其规定"
                                r"(?:予以)?(?:处理|处罚)$")


# a transition rule: the cases begun before a date keep the former rules 「2031年9月30日前已作出…决定的X项目，适用原
# 办法」「…前已受理的申请，仍按原规定执行」 — a pointer to other rules (round 34's 参照), no work
_TRANSITION = re.compile(r"^[^。；;]{2,80}?(?:的|前|后)[^。；;，,]{0,30}?[，,](?:仍|继续)?(?:适用|按照?|依照)原"
                         r"(?:办法|规定|细则|文件|政策)(?:执行|办理)?$")


# a point's last clause that leaves the matter to other rules 「…，按本市有关规定执行」「…，可参照本通知第二条规定执行」
# (round 34's 参照 provision; 按 alone as 按照)
# (… or to the rules of the bodies it names 「…实施监督管理的，依照其规定」; or leaves what it names out of the
# notice's scheme 「企业申请办理…、…业务，不适用告知承诺」: a scope statement, no work)
_POINT_DEFERS = re.compile(r"^(?:可以?|应当?)?(?:按|按照|依照|参照)[^。；;，,]{1,30}?规定(?:执行|办理)$|"
                           r"^(?:依照|按照|适用|从)其(?:有关)?规定(?:执行|办理)?$|^(?:均|一律)?不(?:再)?适用[^。；;，,]{1,20}$")
# a point that defines the notice's terms 「本通知所称X，是指…。上述所称Y，是指…」 (round 30's definitions)
_POINT_DEFINES = re.compile(r"^(?:本[\u4e00-\u9fff]{1,8}?|上述|前款)?所称[^。]{1,60}?是指")


def notice_of_points(chosen: list[Item]) -> bool:
    """The tasks are a notice's top-level headed points 「一、…」, none with anything numbered under it: a notice
    written as points as a rule is written as articles."""
    return len(chosen) >= 3 and all(
        i.kind == 1 and not i.children and not i.unnumbered and not (i.article or i.article_line)
        and (i.parent is None or i.parent.unnumbered) for i in chosen)


def closing_point(item: Item) -> bool:
    """A point of a notice of childless points (``notice_of_points``) whose every sentence is a closing clause —
    its entry into force, validity, repeal 「六、本通知从…起执行，有效期至…。《…》同时废止。」 — or leaves the
    matter to other rules, its earlier clauses only naming whom or what it covers 「三、…的外来从业人员，…的待遇，
    按本市有关规定执行。」「五、…的本市户籍人员，可参照本通知第二条规定执行。」, or defines its terms
    「本通知所称X，是指…」: the close, definitions and 参照 provisions are no tasks (CONVENTIONS.md rounds 30, 34; a
    notice's close, rounds 32, 34). Not a point that also gives work 「…，由A负责…，按…规定执行」."""
    body = item.under_heading()         # (a heading line over the point's text is no sentence)
    sentences = [s.strip() for s in re.split(r"[。！？\n]", body) if s.strip()]

    def defers(sentence: str) -> bool:
        *cases, last = [c.strip() for c in re.split(r"[，,]", sentence) if c.strip()]
        return _POINT_DEFERS.match(last) is not None and not any(
            _RULE_MODAL.search(c) or re.search(r"由|负责", c) for c in cases)
    return bool(sentences) and all(closing_sentence(s, False) or defers(s) or _POINT_DEFINES.match(s) is not None
                                   and not _RULE_MODAL.search(s) for s in sentences)


# the rules' own implementation 「本办法由A负责组织实施」, and the details A may draw up under them
# 「A可以依据本办法制定操作细则」: as the whole of a closing article a general provision, like the interpreting body
# (Round 48 rulings, "decided": x224_01 第二十八条, x224_02 第六十九条, x224_04 第三十四条) — inside an article that
# gives work, that article's
_IMPLEMENTS = re.compile(r"^本(?:实施)?(?:办法|规定|细则|规则|条例|制度)由[^。，,；;\n]{2,40}?"
                         r"负责(?:组织)?(?:实施|执行)$|"
                         r"^[^。，,；;\n]{2,30}?可(?:以)?(?:依据|根据|依照)本(?:办法|规定|细则|规则|条例)"
                         r"(?:另行)?制(?:定|订)(?:具体)?(?:操作|实施)?(?:细则|办法|规程)$")




# the rules to follow it, left to be made 「本规定…的专项实施细则由区政府或者…部门另行制定」: a general provision
# (round 39), not work given by 由A＋制定
_DETAILS_LATER = re.compile(r"^[^。，,；;]{0,40}?(?:实施细则|细则|实施办法|具体办法)"
                            r"由[^。，,；;]{2,60}?另行(?:制定|制订)$")


def refers_only(sentence: str, article: bool = False) -> bool:
    """A sentence that is a 参照 provision (``REFERS``; ``article``: a whole article's, ``_DEFERS`` too) and nothing
    else: each of its clauses the 参照 clause or a case it applies to (…实行施工总承包的，对…的管理参照…执行 / …调整时，
    …应参照…调整 / 除…以外，…按照…有关规定执行), with no doer doing work."""
    clauses = [c.strip() for c in re.split(r"[，,]", sentence) if c.strip()]

    def refers(clause: str) -> bool:
        return REFERS.search(clause) is not None or article and _DEFERS.search(clause) is not None

    def topic(clause: str) -> bool:
        # (a whole article's topics before its reference 「涉密城建档案的保管、利用，密级的变更和解密，应当按照…
        # 规定办理」「对违反本办法规定的行为，按照…」: nouns of the matter, no one doing work)
        return article and "的" in clause and not DOING.search(clause) \
            and not re.search(r"由|执行|办理|参考|参照|按照?|依照|适用|实行|\d", clause)
    return (bool(clauses) and refers(clauses[-1]) and not sentence.startswith("由")
            and not _REFERS_WORK.search(sentence)
            and all(refers(c) or re.search(r"(?:的|时|以外)$", c) or topic(c) for c in clauses[:-2])
            # (or the time it applies from 「河道整治工程完成后，项目验收工作按照…有关规定执行」)
            and (len(clauses) < 2 or refers(clauses[-2]) or re.search(r"(?:的|时|以外|后)$", clauses[-2]) is not None
                 or article and re.search(r"(?:工作|事项)$", clauses[-2]) is not None
                 and not DOING.search(clauses[-2]) or topic(clauses[-2])))

"""An article that states plainly what a named body does, with no modal: 「第十九条 代建制项目建成后，代建单位协助
项目（法人）单位完成竣工验收备案…。」「第十条 担保公司为…贷款提供连带责任保证担保…。」「第二十条 …开具后，市公积金
中心将相关款项放款至…。」 — CONVENTIONS.md "Round 44 rulings, written early" (decided): in rules written as articles
(第X条) a named body standing as the subject of the article's verb of doing is a doer whatever the verb, so the
article gives work and is a task like its siblings with 应当 (plans-next259 BASELINE class 2). The subject is a placed
body (``opening_subject``) or a role-like kind (``role_subjects.ROLE_LIST``: 代建单位, 担保公司, 建设单位…), at the
first sentence's start or after the time or case it opens with (「…后，」「…时，」「…的，」). Not a verb of being
or having 「A是…」「A享有…」「A具有…」, an option 「A可以…」, a ban 「A不得…」, the terms a party meets 「A应当具备…」,
nor a name that is only the head of a noun phrase 「A的职责…」 — those name no doer (round 44's own exceptions). Which
units the article names stays the unit readers' work; this reader only says the article is work."""

from __future__ import annotations

import re

from .opening_subjects import opening_subject
from .role_subjects import ROLE_LIST

# where the clause that opens the sentence ends: a time 「…建成后，」「…时，」 or a case 「…的，」
_CLAUSE_END = re.compile(r"(?:前|后|内|时|起|期间|的)[，,]")
# what follows the subject when it names no doer: being or having, an option, a ban, terms to meet, a noun phrase or
# a list going on (「A、B」 is read whole by the readers)
_NOT_ACTING = re.compile(r"(?:共同|分别)?(?:是|系|有(?!关)|享有|具有|拥有|可(?!持续)|不得|不予|无权|"
                         r"(?:应当?|须|必须)(?:具备|符合|满足|是)|的|之|[、和及与或])")
# the subject is only the head of a noun phrase whose copula follows 「担保公司承担…贷款的保证期间为…两年」, or the
# clause is a case 「代建单位未能…履行…，擅自…的，…」 (what befalls it follows, no work of its own)
_NOUN_PHRASE = re.compile(r"[^，,。；;]{0,30}?的[^，,。；;的]{1,8}?(?:为|是)")
_CASE = re.compile(r"[^。；;]*的[，,]")
# a statement of what the subject holds, is or is split into 「A包括…」「A属于…」「A资质等级分为…」「A即…」
# 「A是指…」, or a noun phrase the subject opens with a verb and 的 「A收取的代建管理费按…计算」「A收到的投诉数量…」
# (rv53: contents, definitions and facts name no doer)
_STATEMENT = re.compile(r"[^，,。；;]{0,12}?(?:包括|包含|属于|分为|划分为|是指|系指|指的是)|即(?!时)"
                        r"|指(?![导定挥派出示引标])|[\u4e00-\u9fff]{2}的(?![，,])")
# a verb of doing somewhere in the sentence after the subject (not a fact 「A数量逐年增加」: a measure of it)
_DOING = re.compile(r"加强|研究|制定|开展|组织|实施|落实|推进|推动|做好|建立|完善|进行|实行|审核|审批|审查|监督|检查|"
                    r"指导|协调|督促|受理|办理|核查|核对|核实|核验|查处|拨付|下达|编制|发布|告知|把关|出具|设立|将|协助|"
                    r"完成|提供|放款|执行|负责|承担|履行|支付|收取|缴纳|交纳|签订|签署|申请|申报|报送|提交|上报|报告|报请|"
                    r"通知|公布|公示|发放|移交|交付|配合|参与|整改|维护|确保|采取|按照|依照|依据|根据|向|对|为|与|会同|"
                    r"委托|聘请|作出|给予|予以|核定|确定|认定|评估|验收|登记|备案|记录|保存|归档|公开|通报|处理|处置|清理|"
                    r"收集|统计|汇总|核算|结算|退还|返还|补偿|赔偿|承诺|遵守|安排|调度|调查|巡查|排查|抽查|考核|评价|监测|"
                    r"发出|出台|起草|修订|印发|下发|召开|举办|培训|宣传|接收|代理|投资|采购|招标|开具|审定|批准|核发|颁发|"
                    r"撤销|注销|暂停|终止|责令|要求|督导|负担|偿还|垫付|缴存|提取|划转|拨付|转入|存入|结清|办结|出资|筹集")
# a sanction said after the case 「…的，市公积金中心将作出批评教育、依法给予处分等处理」: what befalls a breaker, no
# work (``no_work_articles.consequence_only`` reads whole articles of them)
_SANCTION = re.compile(r"处分|刑事责任|追究[^，,。；;]{0,20}?责任|处罚|问责|通报批评|批评教育")


def acting_subject(text: str) -> bool:
    """``text`` (an article's text) opens, in its first sentence, with a named body or role-like kind doing something
    (see the module's text)."""
    first = re.split(r"[。；;\n]", text.strip(), maxsplit=1)[0]
    starts = [0, *(m.end() for m in _CLAUSE_END.finditer(first))][:3]
    for at in starts:
        rest = first[at:]
        if names := opening_subject(rest, set()):
            end = rest.find(names[-1])
            end = end + len(names[-1]) if end >= 0 else -1
        elif (role := ROLE_LIST.match(rest)) is not None:
            end = role.end()
        else:
            continue
        after = rest[end:] if end >= 0 else ""
        if len(after) >= 4 and not (_NOT_ACTING.match(after) or _NOUN_PHRASE.match(after) or _CASE.match(after)
                                    or _SANCTION.search(after) or _STATEMENT.match(after)) and _DOING.search(after):
            return True
    return False

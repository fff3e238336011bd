"""A regulated party's own steps in a rule: the sentence of an article in which the party the rules govern — an
employer 「单位」「原单位」「用人单位」, a liquidator 「清算组织」 or a person of the public — files, applies,
sends, pays in or may choose for itself: 「单位应当自设立之日起30日内，向管理部办理…账户设立」
「…发生变更的，应当…向管理部办理…修改」「单位应当按时、足额缴存住房公积金」「…单位可以申请降低…」.

CONVENTIONS.md Round 52 rulings (x239_03's employers' articles — paying in, registering, sealing, transferring,
stopping — pay, file at the centre or choose: no doer and no work of the plan's bodies, so no tasks; round 48's
borrowers, round 49's x229_01), Round 54 (the verb decides: applying, filing or sending for itself, paying or lending,
options name none) and Round 55 (x246_01 第十一条: a party revising and resubmitting its own scheme takes a step in
its own application; no task). ``rule_chapters.public_only`` reads an article whose every sentence of work is such a
step, or the public's, as rules for the regulated: no task where the plan's tasks name units.

Not a step of work the party does for the rules' ends 「建设单位应当自行保管…档案」 (Round 55: 保管 is a verb of
doing), nor a sentence in which a body of the plan acts 「管理部应当…审核」 (no party subject)."""

from __future__ import annotations

import re

from .role_subjects import hands_over

_CLAUSE = r"[^，,。；;]"
# the cases a step answers, opening the sentence 「单位名称、地址等登记事项发生变更的，」「单位合并、分立…的，」
# 「职工与原单位终止劳动关系后被新单位录用的，」 (up to three)
# (「因离婚、死亡等法定原因，」: a reason)
# (a person named before the case 「外籍…在沪工作人员，与本市用人单位解除…关系并离境的，」: a clause with no
# modal before it; 「首次办理的应当提供…」: the case run into its modal; the clauses before the party need no 的
# 「符合前款第（一）项情形的，停缴期限不超过六个月，单位应当…」 — any clause with no modal)
# (a sum owed 「职工应缴部分」 is no modal; 应缴纳／应缴存 are: one rule, ``given_lists._LINE_WORK`` reads it too)
OWED = r"缴(?![纳存])"
_PLAIN = rf"(?:(?!应当|必须|须|应(?!{OWED}))[^，,。；;])"
_CASES = re.compile(rf"(?:{_PLAIN}{{2,120}}[，,]){{0,2}}"
                    rf"(?:{_CLAUSE}{{2,80}}?(?:的|时|后)(?:[，,]|(?=应当|应|须|必须|可以))|"
                    rf"因{_CLAUSE}{{2,30}}?原因[，,]|"
                    rf"{_PLAIN}{{2,80}}[，,](?=[^，,。；;]{{0,12}}(?:应当|应|须|必须|可以|可)))")
# the party: an employer or a liquidator by its name in the rules, or a person of the public (not a works party by its
# role 「建设单位应当…报送…项目信息」: older sets read its sending as a task with a duty — a question for the lead)
# (「职工住房公积金账户所在单位」: the employer by its relation; 「…等组织（以下统称单位）」: the employers as the
# rules name them)
# the persons of the public a rule for the regulated governs (one list: ``rule_chapters._PUBLIC`` adds the public at
# large to it)
PERSONS = r"委托人|职工|(?:共同|新)?借款(?:申请)?人|申请人|缴存人|承租人|购房人|保证人|出质人|担保人|抵押人"
_PARTY = re.compile(r"(?:[\u4e00-\u9fff]{0,12}?所在|原|新|用人|用工|缴存|劳务派遣)?单位(?:或者?|和|及)?"
                    r"(?:清算组织)?|清算组织|"
                    r"[^，,。；;]{2,80}?[（(]以下(?:统称|简称)“?单位”?[）)]|"
                    rf"(?:{PERSONS})(?:本人)?")
# a body of the plan placed in the cases 「区住建委收到申请后，」「街道办事处发现…的，」: the step after them is the
# body's
_PLACED_BODY = re.compile(r"(?:(?<!本)[省市区县镇乡]|街道)[\u4e00-\u9fff]{0,10}?"
                          r"(?:委员会|委(?!托)|局|办公室|办事处|办(?!理|法)|中心|政府|部门)"
                          r"(?![\u4e00-\u9fff]{0,2}单位)")
# a payment the party makes 「应当为职工补缴…」「应当…缴存住房公积金」「将…转移到新单位」 (round 48's cost verbs: paying
# or moving money names no doer)
# (… or handles the formalities of its own account for its staff 「应当为职工办理账户封存手续」「可以办理停缴手续」: a
# filing, 办理…手续, x224_01)
_PAYS = re.compile(rf"(?:应当|应|须|必须|可以|可)?(?:{_CLAUSE}{{0,12}}?[，,])?{_CLAUSE}{{0,40}}?"
                   rf"(?:缴存|补缴|补足|(?:核对)?补齐|缴纳|汇缴|代扣代缴|清偿|转移到|转入|"
                   rf"办理{_CLAUSE}{{0,20}}?手续|"
                   # (… or applies 「应当在…5年内提出申请」「应当…重新申请办理」: its own application, round 30)
                   r"(?:提出|递交|重新)?申请(?!人)|"
                   # (… or hands in its papers 「应当提供…证件」「应当提供本人名下的…借记卡作为…账户」:
                   # materials, round 35)
                   # (提供／出具 only of papers 「提供…证件」「出具…证明」: not a body's help or opinion 「提供帮扶」
                   # 「出具审核意见」, round 50's review)
                   rf"(?:提供|出具){_CLAUSE}{{0,20}}?(?:材料|资料|证件|证明|说明|凭证|借记卡|银行卡|合同|文件|发票|单据|书)|"
                   r"提交|"
                   # (… or takes out its own money 「应当一次性提取本人…余额」: the public's own withdrawal)
                   r"(?:一次性)?提取)")
# (a step only a party takes, its own money paid in or taken out 「…的，应当一次性提取本人…余额」: its party needs no
# naming — not 办理…手续, 提交, 出具, which a body's own work is written with too)
_OWN_MONEY = re.compile(rf"(?:应当|应|须|必须|可以|可){_CLAUSE}{{0,20}}?(?:缴存|补缴|缴纳|汇缴|(?:一次性)?提取)")
# a time the step is taken in, after the modal 「应当自设立之日起30日内，」「应当于每月…前，」 (read past it)
# (「应当在…之日起5年内提出申请」: no comma after it)
_TIME = re.compile(rf"(?:应当|应|须|必须)(?:自|于|在){_CLAUSE}{{1,30}}?(?:内|前|后)[，,]?")
# the modal a step opens with once its cases have left its party unsaid 「…发生变更的，应当…向管理部办理…」
# (a further paper for a further case 「涉及…的，还应当提供…说明」: 还／也 before it)
_MODAL = re.compile(r"(?:还|也)?(?:应当|应(?!急)|须|必须|可以|可(?!能))")


def after_cases(sentence: str) -> str:
    """``sentence`` from where the cases it opens with end
    「因离婚、死亡等法定原因，借款人可申请…」→「借款人可申请…」."""
    cases = _CASES.match(sentence)
    return sentence[cases.end():] if cases is not None else sentence


def names_party(text: str) -> bool:
    """``text`` names a regulated party or a person of the public it governs (its subject, or inside its cases)."""
    return _PARTY.search(text) is not None


def party_step(sentence: str, named: bool = False, known: bool = False) -> bool:
    """``sentence`` is a regulated party's own filing, application, sending, payment or option (see the module);
    ``named``: the party printed, not left unsaid after the cases; ``known``: the party left unsaid was named before
    (an earlier sentence of the article, the lead over its list)."""
    at = 0
    cases = _CASES.match(sentence)
    if cases is not None:
        at = cases.end()
    party = _PARTY.match(sentence, at)
    if party is not None:
        at = party.end()
    elif named and not _PARTY.match(sentence) or cases is None or not _MODAL.match(sentence, at):
        # (named: the party may open the case it answers 「职工有下列情形之一的，可以申请…」)
        return False
    elif _PLACED_BODY.search(sentence, 0, at) or not (known or _PARTY.search(sentence, 0, at)
                                                      or _OWN_MONEY.match(sentence, at)):
        # (left unsaid: the party named in the cases 「单位名称…发生变更的，」 or before them; not a body's own step
        # after its case 「区住建委收到申请后，应当出具…」「发现违法建设的，应当…办理立案手续」, round 50's review)
        return False
    time = _TIME.match(sentence, at)
    return any(hands_over(sentence, n) or _PAYS.match(sentence, n) is not None
               for n in (at, *([time.end()] if time else [])))


__all__ = ["OWED", "PERSONS", "after_cases", "names_party", "party_step"]

"""The top points of a call for applications or a support policy that give no work: what the fund supports
「一、关于引导资金重点支持领域 ⏎ 1.支持…项目。」, what an applicant must meet 「二、关于申报条件 ⏎
1.项目单位须是…」, and the rates it pays 「五、支持方式及标准 ⏎ (1)对重点项目，…支持比例最高不超过…20%，
支持金额不超过300万元。」「二、支持内容 ⏎
1、支持企业开办。对…企业租赁物业给予一定比例扶持，最多扶持3年，扶持总额最高500万元。」.

A fund's supported fields and an applicant's conditions name the classes paid for and the bar to meet (CONVENTIONS.md
round 35: lists that give no work; round 52's x236_01 三、具备条件; round 64, round 66's x143_02: a fund's 支持范围),
no tasks, however the point is headed (「关于…」 as a call writes it). The rates of a support point are the scheme's
terms, with no doer and no 要／应 (round 64 turned x95_03; round 66's x143_02 三、补贴标准; round 62's w52b): an item
whose every sentence grants a sum or a share, sets a ceiling, or only allows 「可…」 or encourages 「鼓励…」 is no
task — but one naming an act the plan's bodies carry out 「整合…基金…，优先给予参股投资支持。推动…专项支持」 gives work
with no subject (Round 70 rulings, x287_02 二、5、: round 65's x274_01), and a line that names a doer or a modal of work
stays a task. Called by ``tasks`` once the tasks are chosen."""

from __future__ import annotations

import re

from .article_text import rule_work
from .closing_clauses import closing_sentence
from .headings import Item
from .normalise import split_at_stops
from .sentence_units import doer_units

# the point's heading: what the fund supports 「关于引导资金重点支持领域」「支持范围」「扶持对象」
_FIELDS = re.compile(r"^(?:关于)?[\u4e00-\u9fff]{0,8}?(?:支持|扶持|资助)(?:的)?(?:重点)?"
                     r"(?:领域|范围|对象|方向)[。.：:]?$")
# … what an applicant must meet 「关于申报条件」「申报主体条件」「申请单位基本条件」
_CONDITIONS = re.compile(r"^(?:关于)?[\u4e00-\u9fff]{0,6}?(?:申报|申请|参评|报名)(?:主体|单位|企业|项目|人)?(?:的)?"
                         r"(?:基本)?(?:条件|资格)(?:[和与及、](?:要求|范围))?[。.：:]?$")
# … the rates it pays 「支持方式及标准」「支持内容」「补贴标准」「扶持政策」
# (and a relief scheme's 「补助标准」「慰问标准」「救助标准」)
_PAID = r"(?:支持|扶持|资助|补贴|补助|救助|慰问|奖励)"
_RATES = re.compile(rf"^(?:关于)?[\u4e00-\u9fff]{{0,6}}?{_PAID}(?:政策)?(?:内容|方式|标准|政策)"
                    rf"(?:[和与及、]{_PAID}?(?:内容|方式|标准|范围|政策))*[。.：:]?$")

# a policy's closing point 「三、附则」「六、其他」
_CLOSE = re.compile(r"^(?:附则|其他|其它)[。.：:]?$")
# a body told to do work in a fields or conditions list: a designation of rule 2 (not the applicant's 须／需)
_DESIGNATES = re.compile(r"负责(?!人)|牵头|会同|组织(?:实施|开展|召开|评审|验收)")
# work in a rate line: a modal, a designation, an act of the plan's bodies opening a clause 「整合…」「推动…」
_WORK = rule_work(r"严禁|禁止|组织|督促|指导|监督|检查|审核")
_ACT_START = re.compile(r"^(?:积极|加快|进一步|大力|优先)?(?:整合|推动|推进|建立|健全|设立|组建|搭建|打造|开展|落实|"
                        r"统筹|完善|加强|强化|深化|实施|举办|组织|制定|编制)")
# a grant with its sum, share or span 「给予最高200万元奖励」「按…的50%予以扶持」「最多扶持3年」「免租6个月」
_GRANT = re.compile(r"给予|予以|补贴|奖励|扶持|资助|支持|享受|配套|免租|减免|补助|救助|慰问|发放")
_SUM = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|[万千百亿]?元|年|个月)|一定比例|"
                  r"[一二三四五六七八九十两]+[万千百亿]?元|百分之")
# a clause that only allows, encourages or names the class paid 「可推荐…」「鼓励…」「对…的，」「…的，」
_ALLOWS = re.compile(r"^[^，,。；;]{0,30}?(?:可以|可(?!能|行|持续|靠)|鼓励|允许)")
_CLASS = re.compile(r"^(?:对|凡|若|如)|的$")
# the line's own heading, the support it gives 「支持企业开办。」「区级支持：」「绿肥种植补贴⏎」
_HEADING = re.compile(r"^[^，,。；;：:\n]{2,12}[。.：:\n]")


def rate_line(body: str, headed: bool = False) -> bool:
    """``body`` (an item's text with nothing under it) only states the scheme's rates: headed by the support it
    gives 「支持企业开办。」「区级支持：」「（一）绿肥种植补贴 ⏎」 (left out), each sentence grants a sum or a
    share, allows or encourages, with no work of the plan's bodies (see the module). A line with no heading of its
    own is left as the sets read it (x197_03 二、（二）) — unless ``headed``: the line stands under a heading of the
    support it gives 「1.市级支持 ⏎ (1)对重点项目，…支持金额不超过300万元。」 (Round 75 rulings on x291_01 五/1), where
    a body that settles the sum for a class above the ceiling 「…，由市评审小组研究确定支持金额」 sets a term too."""
    head = None if headed else _HEADING.match(body.strip())
    if head is None and not headed:
        return False            # (a line with no heading of its own 「（二）按…的50%给予利息补贴…」: read as before)
    text = body.strip()[head.end():] if head else body.strip()
    if headed:
        text = "。".join(s for s in split_at_stops(text) if not _SUM_SETTLED.search(s))
    sentences = split_at_stops(text)
    if not sentences or doer_units(text)[1]:
        return False
    granted = False
    for s in sentences:
        if _WORK.search(s):
            return False
        clauses = [c.strip() for c in re.split(r"[，,：:]", re.sub(r"[（(][^（()）]*[）)]", "", s)) if c.strip()]
        if any(_ACT_START.match(c) for c in clauses):
            return False
        if _GRANT.search(s) and (_SUM.search(s) or headed):
            # (under a heading of the rate, how the grant is paid 「…只发放一次…，其余的以现金形式发放」: a term too)
            granted = True
        elif not (_ALLOWS.match(s) or all(_CLASS.search(c) for c in clauses)):
            return False
    return granted


# a body that settles the sum of support for a class 「由市评审小组研究确定支持金额」: a term of the scheme, no work
_SUM_SETTLED = re.compile(r"由[^，,。；;]{2,20}?(?:研究)?(?:确定|核定|决定)[^，,。；;]{0,4}?(?:金额|标准|额度|比例)$")
# a heading that only names the support its lines give 「1.市级支持」「（二）区级奖励」
_SUPPORT_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:支持|补贴|奖励|扶持|资助|补助|救助|慰问)(?:标准)?[。.：:]?$")


def _rate_lines_under(item: Item, top: Item) -> bool:
    """``item`` stands one level deeper in a rates point, under a line that only names the support 「1.市级支持」."""
    head = item.parent
    return head is not None and head.parent is top and not head.unit and _SUPPORT_HEAD.match(head.body.strip()) \
        is not None


def _point_kind(top: Item) -> str:
    title = top.title.strip()
    if top.kind != 1 or top.parent is not None or top.article or top.article_line:
        return ""
    if _FIELDS.match(title) or _CONDITIONS.match(title):
        return "list"
    return "rates" if _RATES.match(title) else ""


def _gives_work(top: Item) -> bool:
    """A fields or conditions point that is no list (nothing numbered or folded under it), or one of whose lines
    designates a body or, in a fields list, runs on past its one sentence 「支持核心技术攻关。突破…技术」 (the
    work of a 支持方向 point): read as before."""
    if not (top.children or top.listed):
        return True
    fields = _FIELDS.match(top.title.strip()) is not None
    return any(i.unit or _DESIGNATES.search(i.body) or fields and i is not top and len(split_at_stops(i.body)) > 1
               for i in (top, *top.descendants()))


def drop_call_points(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the items of a call's or a policy's points that give no work (see the module): a fields or
    conditions point whole, where no line of it designates a body; a rates point's items that only state rates. All
    kept where nothing else is left, unless every line is a rate (the plan gives its terms only)."""
    kinds: dict[int, str] = {}
    call = any(_point_kind(i.top()) for i in chosen)

    def dropped(item: Item) -> bool:
        top = item.top()
        if call and item is not top and not item.children and _CLOSE.match(top.title.strip()):
            # (三、附则 ⏎ 1、本政策由A负责解释。 3、本政策自印发之日起执行…: a policy's closing clauses, as a rule's —
            # round 30; a work plan's 附则 items are left as the sets read them)
            sentences = split_at_stops(item.body)
            return bool(sentences) and all(closing_sentence(x, False) for x in sentences)
        if top.pos not in kinds:
            kinds[top.pos] = _point_kind(top)
            if kinds[top.pos] == "list" and _gives_work(top):
                kinds[top.pos] = ""
        kind = kinds[top.pos]
        if kind == "list":
            return True
        return kind == "rates" and not item.children and not item.unit \
            and (item.parent is top and rate_line(item.body)
                 or _rate_lines_under(item, top) and rate_line(item.body, headed=True))
    kept = [i for i in chosen if not dropped(i)]
    if kept or chosen and all(kinds.get(i.top().pos) == "rates" for i in chosen):
        # (a scheme whose every line is a rate 「二、补助标准 (一)… 1、…每户600元」: no tasks, Round 85)
        return kept
    return chosen


def dropped_rates(items: list[Item], task_pos: set[int]) -> list[str]:
    """The texts of a rates point's lines that are no tasks 「二、支持内容 ⏎ 1、…最多扶持3年，扶持总额最高500万元」:
    the scheme's figures, plan targets read as they were while the lines were tasks (round 66's x143_02; Round 70 on
    x287_02)."""
    texts: list[str] = []
    for top in items:
        if top.parent is None and top.pos not in task_pos and _point_kind(top) == "rates":
            texts.extend(c.body for c in top.children if c.pos not in task_pos and not c.children)
            texts.extend(d.body for c in top.children for d in c.children      # (1.市级支持 ⏎ (1)… (Round 75))
                         if d.pos not in task_pos and not d.children and _rate_lines_under(d, top))
    return texts

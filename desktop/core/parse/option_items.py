"""Numbered items that only offer options (Round 74 rulings, x294_06 二/3, 二/4 and x296_02 五; round 49
p46b; round 70's x290_04: 可以 reaches every verb of its clause): 「3、也可以由乡组织部分业余爱好…的人员进行专题
排练和演出。」「4、可开展以…为主题的民间剪纸、绘画、书法等作品征集活动,使更多群众参与之中。」 — every sentence
opens with 可／可以／也可以, so the item names no work a body must do: no task (an item of 鼓励 stays a task: older
sets count it). Only among siblings of which one at least opens with an act (a list of acts, then its options);
an item with one sentence of work 「1、开展一次演讲活动。…(可由8到10人参赛)」 stays.
"""

from __future__ import annotations

import re

from .doer_words import SHOULD_NOT_EFFECT
from .headings import Item
from .normalise import split_at_stops

# a sentence that only allows or encourages: 可／可以／也可(以)／亦可／还可 or 鼓励 at its opening (not 可能／可行,
# nor a noun opening with 可 — 可燃物, 可回收物, 可吸入颗粒物: 可 must modify the verb)
_OPTION_OPEN = re.compile(r"^(?:也|亦|还|同时)?"
                          r"(?:可以|可(?!能|行|持续|靠|控|视化|[\u4e00-\u9fff]{1,4}?物(?![资料品])))")
_SENTENCE = re.compile(r"[^。；;!！?？\n]+")
# a sibling that gives work: it opens with an act 「开展一次演讲活动」「组织…」 (not a list of persons
# 「市政协分管领导,…」 under 参加人员, whose 「可邀请…参加」 is one more name of the list)
_ACT_OPEN = re.compile(r"^(?:开展|组织|举办|举行|召开|开设|建立|实施|推进|加强|做好|落实|制定|编印|评选|征集"
                       r"|印制|发放)")


def _options_only(item: Item) -> bool:
    sentences = [s.strip() for s in _SENTENCE.findall(item.body) if s.strip().strip("()（）")]
    return bool(sentences) and all(_OPTION_OPEN.match(s) for s in sentences)


def drop_option_items(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the leaf items under one parent that only offer options (``_options_only``), where a
    sibling under that parent opens with an act (``_ACT_OPEN``), and the points that only leave their acts to a
    named party's choice (``option_point``); an item led by its unit is never one."""
    out: list[Item] = []
    for item in chosen:
        parent = item.parent
        if parent is not None and not item.children and not item.unit and _options_only(item) \
                and any(_ACT_OPEN.match(s.body.strip()) for s in parent.children if s is not item) \
                or option_point(item) or _chosen_way(item) or guide_advice(item):
            continue
        out.append(item)
    return out or chosen


# the ways a lead-in lets its party choose among 「…调查取证可采取下列方式：⏎（一）现场勘查。…由A负责组织…⏎
# （二）调查询问。A有权…」: each line states its own force (Round 97's governs on x353_02 第十五条; round 49 p46b) — a
# line whose first force, after its run-in heading, is 有权／可以 leaves the act open, no task; 负责／应 owe it (a task)
# (… or the ways a result may be put to use 「…的评议结果，可以按照下列方式予以应用：」: a line that states no force
# of its own takes the lead-in's 可以 — the whole use left open, Round 102's x370_01 第十七条)
_WAYS_LEAD = re.compile(r"(?:可以|可)(?:采取|采用|通过|选择|按照|依照)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?"
                        r"(?:方式|措施|办法|途径)[^。；;：:\n]{0,6}[：:][ \t\u3000]*$")
_FORCE = re.compile(r"有权|可以|(?<![许认])可(?!能|行|持续|靠)|" + SHOULD_NOT_EFFECT + r"|必须|"
                    r"(?<![无毋])须(?!知)|负责(?!人)|不得")
_RUN_IN = re.compile(r"^[\u4e00-\u9fff]{2,8}[。．]")
_TAKES_LEAD = re.compile(r"(?:可以|可)(?:按照|依照)(?:下列|以下|如下)")


def _chosen_way(item: Item) -> bool:
    parent = item.parent
    if parent is None or item.children or item.unit or not (parent.article or parent.article_line) \
            or _WAYS_LEAD.search(parent.body.rstrip()) is None:
        return False
    body = _RUN_IN.sub("", item.body.strip(), count=1)
    force = _FORCE.search(body)
    return force.group() in ("有权", "可以", "可") if force is not None else _TAKES_LEAD.search(parent.body) is not None


# a point of a procedure's rules whose every sentence leaves its act to a named party's choice 「二、出让人可根据…，研究
# 确定…形式，并通过…发布…」「八、意向用地人均可…提出报名申请，并承诺…」 (可 reaches every verb of its clause, round 70's
# x290_04), or only says how long a stage lasts 「六、预申请周期一般不少于1个月，具体时间可由出让人…确定」 (Round 85's
# x319_03 四: a stage's time rule) or what a party does for itself 「…的有效预申请人一般在…内，完成退出手续」: no work a
# body must do (round 49 p46b; Round 87's x327_01 细则 二、三、六、八、十) — not a point with a binding modal
# anywhere
_NAMED_OPTION = re.compile(r"^(?:[^。；;]{0,40}?(?:的|时|后|前|中|外)[，,])?[^，,。；;]{0,24}?(?:均|也|亦|还|一般)?"
                           r"(?:可以|(?<![许认])可(?!能|行|持续|靠))")     # (not 行政许可制度 / 认可: nouns)
_BINDING = re.compile(SHOULD_NOT_EFFECT + r"|必须|(?<![无毋])须(?!知)|负责(?!人)|不得|严禁|禁止|"
                      r"(?<![主重需必只纪摘概首提简])要(?![求点素件])|"
                      r"将(?=在|于|[^，,。；;]{0,6}发布)|(?<![申提邀聘])请(?!示)")
_STAGE_TIME = re.compile(r"^[^，,。；;]{2,12}?(?:周期|期限|时限|时间|期)一般(?:不少于|不超过|不低于|为)"
                         r"[^，,。；;]{1,12}(?:$|[，,])")
_OWN_STEP = re.compile(r"^[^，,。；;]{2,30}?的[^，,。；;]{0,12}?(?:人|单位|企业)一般在[^。；;]{2,40}?(?:内|前)[，,]"
                       r"[^，,。；;]{0,6}?(?:完成|办理)[^，,。；;]{1,12}手续$")


def option_point(item: Item) -> bool:
    """A numbered point (no article) with nothing under it whose sentences only offer a named party options, set a
    stage's time or state a party's own step, one option at least (see ``_NAMED_OPTION``)."""
    if item.parent is not None or item.children or item.unit or item.article or item.article_line:
        return False
    body = item.body.strip()
    _head, cut, rest = body.partition("\n")
    text = rest if cut and rest.strip() and not re.search(r"[。；;]", _head) else body
    sentences = split_at_stops(text)
    if not sentences or any(_BINDING.search(s) for s in sentences):
        return False
    if any(re.match(r"(?:各|有关|相关)", s) for s in sentences):
        return False        # (a call to the plan's bodies 「五、各单位…可参考…执行」: their own work)
    timed = [_STAGE_TIME.sub("", s) for s in sentences]     # (the stage's time, then the option on its detail)
    return any(_NAMED_OPTION.match(s) for s in timed) \
        and all(not s or _NAMED_OPTION.match(s) or _OWN_STEP.match(s) for s in timed)


def dropped_options(items: list[Item], task_pos: set[int]) -> list[str]:
    """The texts of the option points that are no tasks (``option_point``): a floor or ceiling on a stage's time
    「预申请周期一般不少于1个月」 is the plan's figure (Round 87's x327_01 细则 六: a plan target)."""
    return [i.body for i in items if i.pos not in task_pos and option_point(i)]


# a guide's line under a decimal heading (「4.4 服务设施 ⏎ ④…服务半径不宜超过1000m；…」「③各类标识牌要求清晰、
# 简洁，…可合并设置，但不宜超过四种。」) that only recommends by 宜 (宜／不宜／为宜, not 因地制宜) and binds nothing (no
# 应／须／需／必须／不得／仅…): 宜 leaves the act to the body (round 61's turned x267_01; round 49 p46b; Round 102 on
# x370_02 4.4④, 4.3③) — or whose one sentence only names the principle the part follows 「绿廊系统应以…为基础，
# 坚持…的原则。」 (a principle, text, Round 102's x370_02 4.1①)
_ADVISES = re.compile(r"(?<!制)宜")
_GUIDE_BINDING = re.compile(_BINDING.pattern + r"|需(?!求)|(?<![绝])仅|只(?!有)|严格|禁止")
_PRINCIPLE_LINE = re.compile(r"^[^。；;]{0,40}?[，,](?:坚持|遵循|贯彻)[^。；;，,]{2,30}?的?原则[。.]?$")


def guide_advice(item: Item) -> bool:
    """A leaf line (no decimal number, article or unit of its own) right under a decimal heading that only advises
    by 宜 or only names its principle (see ``_ADVISES``, ``_PRINCIPLE_LINE``)."""
    parent = item.parent
    if parent is None or not parent.decimal or item.decimal or item.children or item.unit or item.article \
            or item.article_line:
        return False
    body = item.body.strip()
    if _PRINCIPLE_LINE.match(body):
        return True
    return bool(_ADVISES.search(body)) and not _GUIDE_BINDING.search(body)

"""Lists of standards: the lines of an item that state what a thing, a party or reviewed papers must be, no work of
their own (CONVENTIONS.md round 35: conditions are text; round 66's x271_05 and Round 70 on x286_01 第六条（三）: a
review's contents are the standard's text).
Split from ``given_lists``, whose readers of an article's lists call these."""

from __future__ import annotations

import re

from .applicant_steps import work_conditions
from .headings import Item
from .sentence_units import doer_units
from .setup_limits import setup_list


def first_lines(item: Item) -> list[str]:        # (what each line of the item's list says)
    return [c.body.strip().split("\n", 1)[0] for c in item.children]


# (a line that opens with a verb of doing 「做好…工作；」「坚持…」「建立…机制」: a part of the work, round 44)
DOING_FIRST = re.compile(r"^(?:(?:认真|积极|及时|按时|定期|严格|切实|全面|统一|依法)[\u4e00-\u9fff]{0,2}?)?"
                         r"(?:做好|开展|落实|加强|建立|健全|推进|推动|实施|完善|制定|编制|协助|配合|参与|受理|办理|"
                         r"核实|建设|维护|保障|确保|收集|整理|归档|宣传|培训|执行|遵守|履行|坚持|强化|提高|提升|"
                         r"规范|优化|做到|保证|保持|防止|及时|定期|按时|按照|根据|依照)")


# the standards a thing or a party must meet, stated over its list 「临时建设用地应当符合以下规定：⏎（一）…不得影响…
# （二）禁止在…安排…」「第三方调查机构需符合以下要求：⏎（一）能独立开展…的机构；（二）不得与…存在利益关系；」:
# the lines bind the thing or the party the lead-in names, no body is given work in them (round 35: conditions
# are text; an article of only such a list is one task where the article gives work) — not a list of work
# 「各单位应当符合以下要求：⏎（一）建立…制度」 (a verb of doing first), nor lines that name a doer or respond to a case
_STANDARDS_LEAD = re.compile(r"(?:符合|满足|具备|达到)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?(?:规定|要求|条件|标准)"
                             r"[：:][ \t\u3000]*$")
# (the nouns of a qualification 「其他组织」「技术审核工作质量保证体系」 are no work; a response to a case
# is; a line that keeps to the law 「遵守国家有关法律法规…，社会信誉良好」 is a qualification, not a verb of
# doing)
RESPONSE = re.compile(r"负责(?!人)|牵头|会同|督促|责令|罚款|没收|吊销|处分|追究")
# (a point with its own heading 「（一）商业运营要求。投资…部门可对…提出…」 is an item of the rule, and so is a line
# whose named body or party is bound or allowed 「市公积金中心应当与…签订…」「受让人在提交…时，…还应提交…」)
_TITLED = re.compile(r"^[\u4e00-\u9fff]{2,12}[。．](?=\S)")
SUBJECT_BOUND = re.compile(r"(?:部门|委|局|厅|办|中心|机关|政府|单位|公司|银行|[受出转承租借贷申]\w?人)"
                            r"[^，,。；;]{0,20}?[，,]?[^，,。；;]{0,20}?(?:应当|应|须|必须|可以|可|负责|不得)")


def standards_list(item: Item) -> bool:
    if len(item.children) < 2 or any(c.children for c in item.children) \
            or _STANDARDS_LEAD.search(item.body.rstrip()) is None or setup_list(item) or _sizes(item) \
            or work_conditions(item.body, item):
        return False
    return _standards_lines(item)


# the capacity or size a facility is built to, over lines that each give one kind's figure 「…每个泊位的装卸能力，应
# 达到如下标准：⏎（一）甲类泊位…应达到每小时30吨左右；⏎（二）乙类泊位…为每小时20～40吨。」: how big a facility is
# set up, each line a task naming none (Round 91 on a facility rule read line by line; Round 87's governs on x328_03)
_SIZE_LEAD = re.compile(r"(?:能力|规模|容量|面积|尺寸|处理量)[，,]?(?:应当|应|须|必须)?(?:达到|符合|满足)"
                        r"(?:下列|以下|如下)标准[：:][ \t\u3000]*$")


def _sizes(item: Item) -> bool:
    return _SIZE_LEAD.search(item.body.rstrip()) is not None and all(
        re.search(r"\d", line) for line in first_lines(item))


# a review's contents named as the item's whole text 「（三）审核内容：⏎1、…的合法性…⏎2、图形数据必须内容规范…」: the
# lines state what the reviewed papers must be (CONVENTIONS.md Round 70 on x286_01 第六条（三）; round 66's x271_05:
# the standard's contents are text), one task — not lines of work 「1、开展…」 nor lines that name a doer
_CONTENTS_LABEL = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:审核|审查|核查|检查|核验|查验)(?:的)?(?:主要)?(?:内容|要点|标准)"
                             r"[：:]")


# (… or the points a check covers, labelled at the end of the item's own text 「…，由A进行处罚。检查执法重点项目：⏎1、
# …申报情况;⏎2、…等情况;」: the check's scope, text — Round 81's x305_01 第三十六条, Round 83's x313_02)
_SCOPE_LABEL = re.compile(r"(?:^|[。；;])\s*(?:检查|执法|督查|巡查|抽查){1,2}(?:的)?重点(?:项目|内容|事项)?[：:]\s*$")


def review_contents(item: Item) -> bool:
    return len(item.children) >= 2 and not any(c.children for c in item.children) \
        and (_CONTENTS_LABEL.fullmatch(item.body.strip()) is not None
             or _SCOPE_LABEL.search(item.body.strip()) is not None) and _standards_lines(item)


def _standards_lines(item: Item) -> bool:
    """No first line of the item's list answers a case, opens with a verb of doing, has a run-in heading, binds a
    body or names a doer: the lines state a standard (``standards_list``, ``review_contents``)."""
    firsts = first_lines(item)
    return not any(RESPONSE.search(line) or DOING_FIRST.match(line) and not line.startswith(("遵守", "执行"))
                   or _TITLED.match(line) or SUBJECT_BOUND.search(line) or doer_units(line)[1] for line in firsts)

"""An article's doers under CONVENTIONS.md's round-44 ruling (decided): in rules written as articles (第X条), a
named body standing as the subject of the article's verb of doing 「区财政局根据…，将资金拨付到…」「市交通委应当对…进行
监督」 is a doer whatever the verb, as 「由A＋any verb of doing」 is (round 34); verbs of being or having (是, 有, 享有,
可以申请) name none. ``article_units`` (duty_headings) reads the subjects its paragraphs open with; the sentence reader
(``doer_units``) reads the doers of rule 2's forms 「A组织…」「A负责…」. Before the ruling an article whose subjects
the sentence reader did not read as doers named only the sentence reader's (round 37's closed list); now an article
names both, in the order the text prints them."""

from __future__ import annotations

import re

from .doer_words import _MODAL_OPEN
from .shared_heads import share_heads
from .units import split_units


def subjects_and_doers(body: str, subjects: list[str], doers: list[str]) -> list[str]:
    """The article's opening subjects and the sentence reader's doers, each once, in the order the body first prints
    them (a name the body does not print as such — a split or joined name — keeps its place in its own list, after
    those it follows): 「各行业主管部门…组织开展项目评审…」「区发改委…组织批次审核…」「区财政局…拨付…」 →
    各行业主管部门, 区发改委, 区财政局."""
    merged: list[str] = []
    for name in [*subjects, *doers]:
        if name not in merged and not any(name != m and (name in m or m in name) for m in merged):
            merged.append(name)
    where = {n: at if (at := body.find(n)) >= 0 else len(body) + i for i, n in enumerate(merged)}
    return sorted(merged, key=where.__getitem__)


# a body named by its field and the word 部门/机构 「各级生态环境管理部门」「质量和安全监督管理部门」: a government
# department whatever its place prefix (各级 / 市 / none) — no regulated party 「建设单位」「设置人」 ends so
_DEPARTMENT = r"(?:各级|区级|市级|[市区县镇])?[\u4e00-\u9fff]{2,14}?(?:部门|(?:监督|管理|执法|监察)机构)"
# a department named by its kind of work alone 「管理部门」「主管部门」: which one the text does not say — no name alone
# a body's own short name in a list closed by 等部门 「发改处、规资处、建交中心等部门」
_LISTED = r"[\u4e00-\u9fff]{1,10}?(?:处|局|委|办|中心|管委会)"
# after the rule's modal (doer_words' 「应当／应／要／须／必须…」, 应急／要素 no modal): a verb of doing, not an option or
# a verb of being or having (可以 / 是 / 有…权)
_NOT_DOING = re.compile(r"可以?|是|享有|具有|拥有|有")
_BARE = re.compile(r"(?:各级|[市区县镇]级|[市区县镇])?(?:管理|主管|行政|职能|业务|监督管理|行政管理)?部门")
# levels or fields sharing one head 「市、区规划资源部门」「市公安、交通行政管理部门」: one name as printed (round 31)
_SHARED = r"[\u4e00-\u9fff]{1,10}(?:、[\u4e00-\u9fff]{1,10})+(?:行政|管理|主管|执法)*部门"
_DEPT_LIST = re.compile(rf"({_DEPARTMENT}(?:(?:、|和|及|与){_DEPARTMENT})*|{_LISTED}(?:、{_LISTED})+等部门|{_SHARED})")
# words of a verb or a clause, which no department's name holds (对违反…的有关单位 / 经审核批准的项目)
_NOT_A_NAME = re.compile(r"[的对经在由将按依为从以]|应|要|须|负责|组织|开展|会同|配合|协助|根据|加强|做好|"
                         r"有关|相关|其他")


def department_subjects(paragraph: str) -> list[str]:
    """The departments a paragraph of an article opens with as the subject of a rule's modal and verb of doing, the
    bodies rule 2's closed list and the placed-name reader do not read (round 44, decided): 「各级生态环境管理部门应当
    严格把关」「各级财政部门和主管部门要加强…」, after a condition 「对违反…的有关单位，生态环境部门、城管执法部门应
    当依法处罚」, or a list of bodies closed by 等部门 「发改处、规资处、建交中心等部门应当加强…」. A regulated party
    「建设单位应当…」, a person, an option 「A可以…」 or a verb of being or having names none."""
    sentence = re.split(r"[。；;\n]", paragraph, maxsplit=1)[0]
    # (at the paragraph's start or after a clause of its first sentence: a condition, a time, an object 「对…，」)
    for at in (0, *(m.end() for m in re.finditer(r"[，,]", sentence))):
        got = _DEPT_LIST.match(paragraph, at)
        if got is None or not _rule_modal(paragraph[got.end():]):
            continue
        text = got.group(1)
        listed = text.endswith("等部门") and not text.endswith("、等部门")
        if listed and re.fullmatch(rf"{_LISTED}(?:、{_LISTED})+等部门", text):
            names = text[:-3].split("、")
        else:
            names = _departments(text) or _shared(text)
        if names and not any(_NOT_A_NAME.search(n) for n in names) \
                and not (len(names) == 1 and _BARE.fullmatch(names[0])):
            return names
    return []


def _rule_modal(text: str) -> bool:
    """``text`` opens with a rule's modal and a verb of doing after it 「应当依法处罚」 (not 「可以…」「应是…」)."""
    modal = _MODAL_OPEN.match(text)
    return modal is not None and not _NOT_DOING.match(text, modal.end())


def _departments(text: str) -> list[str]:
    """A list of departments split at 、 and at 和 / 及 / 与 where each side is a department 「各级财政部门和主管部门」
    (「质量和安全监督管理部门」 stays whole)."""
    out: list[str] = []
    for part in text.split("、"):
        sides = re.split(r"和|及|与", part)
        if len(sides) > 1 and all(re.fullmatch(_DEPARTMENT, s) for s in sides):
            out.extend(sides)
        elif re.fullmatch(_DEPARTMENT, part):
            out.append(part)
        else:
            return []
    return out


def _shared(text: str) -> list[str]:
    """Levels or fields sharing one head 「市、区规划资源部门」 as one name; a list whose members are bodies of their
    own 「生态处、城管执法部门、各镇绿化市容行政管理部门」 as its members (each a department or a body's short name) —
    as the sentence reader's ``share_heads`` reads the list."""
    if not re.fullmatch(_SHARED, text):
        return []
    members = share_heads(split_units(text)[0], text)
    return members if len(members) == 1 or all(
        re.fullmatch(_DEPARTMENT, m) or re.fullmatch(_LISTED, m) for m in members) else []

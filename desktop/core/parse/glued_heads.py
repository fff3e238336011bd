"""A body's name with the words before it glued on (round 45): where a name read from a sentence begins.

A name is read from where the sentence's words stop looking like a clause, and some
clause words carry into it: 「船舶拆解前市交通委组织…」 as 船舶拆解前市交通委 (a time
「…前」「…后」 before a body of a level, 市/区/县 …); 「…健步走活动市体育局」 as …活动市体育局
(a table's 活动内容 cell run into its 负责单位 cell); 「以工程建设项目为单位开立总包单位」
(per project, and the act, before the doer); and an article's own short title whose space
was lost, 「第十条 法律责任 区各级纪检监察组织…」, as 法律责任区各级纪检监察组织. The name begins
after them where what follows is a body's name (a level's 市/区/县 …, or it ends as a body
does); names that hold such words as their own — 自由贸易试验区管委会 (自由), 前滩管委会
(前 not before a level), 区青少年活动中心 (活动 not before one) — stay whole. (「…工作由A」 is
left as read: 「其中宣传工作由镇团委负责」 names a part of the work, not the item's doer — p43d.)
"""

from __future__ import annotations

import re

from .units import OFFICE_END

# a level's word that opens a body's name, or 各 (各区, 各级 …)
_LEVEL = r"(?:省|市|区|县|镇|乡|街道|各)"
# what a body's name ends with
_BODY_END = r"(?:" + OFFICE_END + r"|厅|院|府|部门|单位|部|组|会|企业|公司|集团|组织|机构|机关|协会)"
# 「船舶拆解前市交通委」: a time (an act's 前/后/时/期间) then a body of a level
_WHEN = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:之?[前后]|期间)(?=" + _LEVEL + r")")
# 「…健步走活动市体育局」「…展示大会武术协会」: an activity's name (…活动 / …大会 / …仪式) then a body of a level
# or a society (…协会); 「…代表大会常务委员会」 is a body's own name and stays whole
# (the activity's name may hold its quotes and a 、 「迎新春、结彩灯”城市亮化活动乡机关」, its opening quote lost —
# Round 83 on x312_05 二/(二))
_EVENT = re.compile(r"^[\u4e00-\u9fff“”\"、]{2,24}?(?:活动|大会|仪式)(?=" + _LEVEL + r"|[\u4e00-\u9fff]{2,6}协会$)")
# 「专用账户应以工程建设项目为单位开立总包单位」: 「以…为单位」 (per …) and its act, then the doer
_PER = re.compile(r"^[\u4e00-\u9fff]{0,12}?以[\u4e00-\u9fff]{1,12}?为单位(?:开立|建立|设立|组建|成立|开展|组织|实施)")
# 「法律责任区各级纪检监察组织」: an article's short title (its space lost) then a body of a level
_TITLE = re.compile(r"^(?:法律责任|监督管理|职责分工|部门职责|工作职责|组织领导|组织实施|管理职责|附则|总则)"
                    r"(?=" + _LEVEL + r")")
# 「与用地单位」「或设计企业」「该施工企业」: a join or a pointer word of the clause before the body's name
_JOIN = re.compile(r"^(?:与|或者?|该)(?=[\u4e00-\u9fff]{2})")
# 「通知派出所」「不再委托乡镇人民政府」「充分调动各部门」「层层落实防火责任各级各有关部门」「责任分工镇河长制办公室」:
# a pivot verb (its object the body) or a run-in label before the name
_PIVOT = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?(?:通知|委托|调动|要求)|"
                    r"[\u4e00-\u9fff]{0,4}落实[\u4e00-\u9fff]{0,6}?责任|"
                    r"责任分工)(?=各|[\u4e00-\u9fff]{2})")
_IS_BODY = re.compile(r"^[\u4e00-\u9fff（）()、]{2,30}?" + _BODY_END + r"$")
# (after an activity's name, a level's one word before the body's end 「…活动乡机关」 names a body too)
_LEVEL_BODY = re.compile(r"^" + _LEVEL + _BODY_END + r"$")


def unheaded(name: str) -> str:
    """The body's name without the clause's words glued before it; the name itself where none are."""
    if name[:1] == "、" and _IS_BODY.match(name.lstrip("、 ")):
        name = name.lstrip("、 ")         # (「、分局派出所負責…」: a line whose number the page dropped, its 、 left)
    for glued in (_WHEN, _EVENT, _PER, _TITLE, _JOIN, _PIVOT):
        m = glued.match(name)
        if m is not None and (_IS_BODY.match(name[m.end():]) or glued is _EVENT and _LEVEL_BODY.match(name[m.end():])):
            return name[m.end():]
    return name


# an item's run-in heading glued to the first body its text names, no stop between them (a page that lost the
# heading's break): 「广泛开展惠民志愿服务活动镇直各单位要组织…」 (an activity's heading, then a body of a level or 各),
# 「组织机构县卫生局应急办负责…」 (a section word of a plan's outline), or parted by a space 「道路交通领域 镇派出所…」
_HEADING_GLUED = re.compile(r"^(?:[\u4e00-\u9fff]{2,24}?(?:活动|大会|仪式)(?=" + _LEVEL + r")"
                            r"|(?:组织机构|组织领导|职责分工|任务分工|责任分工|工作职责|部门职责|工作机构|领导机构)"
                            r"(?=" + _LEVEL + r"|[\u4e00-\u9fff]{2})"
                            r"|[\u4e00-\u9fff“”]{2,16}[ \t\u3000]+(?=[\u4e00-\u9fff]{2}))")


def glued_heading_end(text: str) -> int:
    """Where the body's name begins after an item's run-in heading glued before it (``_HEADING_GLUED``); 0 where the
    text opens with no such heading. The caller reads the name there and asks for its verb of doing."""
    m = _HEADING_GLUED.match(text)
    return m.end() if m is not None else 0

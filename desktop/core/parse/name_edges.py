"""Where a body's name begins and ends in a sentence (round 41): forms ``sentence_units`` reads names by.

A short 的-phrase before the agent of 由 describes the body and is no part of its name
「由相应的管养单位负责」 (the name after the last 的, round 34), read only when the doer's own
负责/牵头/组织实施 follows the name (「由相应的道路管理机构处置」 stays a case's agent); and the
category tail after a list of names, whose fields may share its head 「等产业、招商部门」, ends
the list without a name of its own.
"""

from __future__ import annotations

import re

# a short 的-phrase before the agent's name 「由相应的管养单位负责」 (no verb of doing inside it: 「由A负责的项目」 is
# A's), read only with a doer's own 负责/牵头/组织实施 after the name (「由相应的道路管理机构处置」 stays a case's)
AGENT_DESCRIBED = re.compile(r"(?:(?!负责|组织|牵头|会同|参加|参与|寻找|委托|选择|对|向|将|在|按|根据|依|其)"
                             r"[^，,。；;的由])"
                             r"{1,12}?的(?=[^的，,]{2})")
DESCRIBED_LEADS = re.compile(r"(?:具体|统一)?(?:负责|牵头|组织(?:实施|开展|落实))")
# the category tail after named bodies 「等相关部门」「等直属团组织」 (round 40), and fields joined by 、
# sharing its head 「等产业、招商部门」 (round 41): no name of its own, the list before it ends there
_FIELD_CHAR = r"(?:(?!部门|单位|机构|监督|指导|督促|负责|组织|开展|落实|配合)[\u4e00-\u9fff])"
ETC_KIND = re.compile(r"等(?:(?:" + _FIELD_CHAR + r"{2,4}、)*[\u4e00-\u9fff]{0,6}?(?:部门|单位|机构|团组织|党组织)"
                      r"(?:[（(][^（）()]{1,6}[）)])?)?")

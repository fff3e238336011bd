"""The heading words that say an item's sentences divide the work among bodies (CONVENTIONS.md round 34: under
职责分工／部门职责／管理部门 every body the text gives work by any verb is a unit). Kept apart from ``sentence_units``
(which reads the doers and re-exports this) for that module's size.
"""

from __future__ import annotations

import re

# a heading that says its sentences divide the work 「（职责分工）」「部门职责」「管理部门」 (round 34),
# 「工作分工／任务分工／职能分工／管理体制／管理责任」 and a heading whose object is one 「明确部门职责」 (round 35)
DUTY_HEADING = re.compile(r"^[（(]?(?:(?:进一步)?(?:明确|细化|落实|压实|压紧|夯实|强化)[\u4e00-\u9fff]{0,8}?"
                          r"(?:企业|政府|单位|部门|各方|机构)(?:主体|监管)责任[)）]?$"   # (Round 38: 强化企业主体责任)
                          r"|(?:(?:进一步)?(?:明确|细化|落实|压实|厘清|理顺|强化)(?=[^，,。；;]{2,10}[)）]?$))?"
                          # (「明确责任主体和职责分工」「管理机构与职责」: another thing made clear with the division or
                          # the bodies with their duties, round 40 — not 「组织领导和职责」, the group's set-up)
                          r"(?:[\u4e00-\u9fff]{0,6}?(?:部门|单位|机构|监督|各方)[和与及]?"
                          r"|[\u4e00-\u9fff]{2,4}[和与及、](?=(?:职责|责任|工作|任务|职能)分工))?"
                          r"(?:(?:职责|责任|工作|任务|职能|组织、)分工|部门职责|管理职责|(?:工作)?职责(?:[和与及]分工)?|管理部门|管理体制|管理责任"
                          r"|管理主体|监管责任"     # (Round 40 rulings: 「管理主体」「监管责任」 give out work)
                          r"|职责划分|任务[及和与]责任"   # (Round 38 rulings: work headings)
                          r"|责任(?:单位|部门))[)）]?$)")   # (「三、责任单位」 over unit paragraphs, round 38/40)

"""Roles a document defines as a body's 「项目提出部门为该项目的管理人」 (round 33): 「项目管理人」「管理人」
then read as units (moved out of ``sentence_units.py``, which had reached 700 lines)."""

from __future__ import annotations

import re

from .defined_names import short_names

# a role the document defines as a body's 「项目提出部门为该项目的管理人」 (round 33): 「项目管理人」 is a unit
_DEFINES_ROLE = re.compile(r"(?:部门|单位|机构|中心|政府)为(?:该|本|各)?([\u4e00-\u9fff]{0,6}?)的?"
                           r"(管理人|实施人|责任人)"
                           r"(?![员])")


# a role the document sets up for a body by its procedure 「…，作为城中村改造项目的招选主体」「明确实施主体」
# 「统筹主体确定」 (Round 47 rulings, q44c: a unit as printed where it acts): the bare role, which names no body where
# no text sets it up 「由实施主体负责复核」 (p41e's near miss)
_SETS_UP_ROLE = re.compile(r"(?:作为|明确|确定|遴选|选定|指定|赋予)(?:[^，,。；;]{0,20}?的)?((?:实施|统筹|招选)主体)|"
                           r"((?:实施|统筹|招选)主体)的?(?:确定|遴选|选定)")


# a working group a body sets up 「区生态环境局…应…成立调查组或者委托…」「组建项目推进工作组」: a body, a doer in
# later articles (round 36; Round 57 rulings on x254_02's 调查组, round 55's 区评审小组) — not a panel of experts
# 「成立专家组」 (persons, round 48), nor the 组 of a word 「成立组织机构」「组成人员」
_SETS_UP_GROUP = re.compile(r"(?:成立|组建|设立)([\u4e00-\u9fff]{1,8}?(?:工作组|小组|专班|组))(?![织成长员])")
_PANEL = re.compile(r"专家|顾问")
# the collective name a document gives its departments 「市交通委、区交通部门和…相关机构以下统称主管部门。」
# 「…等（以下统称“行业主管部门”）」: the bodies' name as printed (Round 81 on x310_04 第五、十八条; round 35)
_COLLECTIVE = re.compile(r"以下统称[“\"]?([\u4e00-\u9fff]{2,10}?部门)[”\"]?(?=[。；;，,）)])")


def set_up_groups(roles: frozenset[str]) -> frozenset[str]:
    """The working groups among a document's ``roles`` (``defined_roles``): 调查组, 项目推进工作组."""
    return frozenset(r for r in roles if r.endswith(("组", "专班")))


def defined_departments(roles: frozenset[str]) -> frozenset[str]:
    """The names a document defines for its departments among its ``roles`` 「…以下统称主管部门」: 主管部门, a name as
    printed beside the parties of a list 「主管部门、发包人应当建立…」 (Round 81 on x310_04 第十八条: a name the text
    defines for its bodies is kept as printed, unlike a pointer it never defines)."""
    return frozenset(r for r in roles if r.endswith("部门"))


# the end of a body's full name before the bracket that gives it a short name 「市防汛防台抗旱指挥部（以下简称市防指）」
# (… or of a kind of body described by what it holds 「依法取得…资质的单位（以下简称图商）」: the kind's short name,
# a party as printed where it acts — Round 87 on x327_03 三、（一）)
_BODY_BEFORE = re.compile(r"(?:部|局|委员会|委|办公室|办|中心|政府|小组|专班|公司|集团|站|所|院|队|协会|联合会|"
                          r"管委会|管理处|处|科|署|厅|(?<=的)(?:单位|企业|机构)"
                          # (… or the role a named body is given 「A为…补偿的实施单位（以下简称补偿人）」: the role's
                          # short name is the body's, a doer as printed where it acts — Round 97 on x355_04 二、)
                          r"|(?:实施|责任|执行|承办|运营)(?:单位|主体))$")


def short_body_names(text: str) -> frozenset[str]:
    """The short names a document defines for a body 「市防汛防台抗旱指挥部(以下简称市防指)」: 市防指, a unit as printed
    wherever it stands as a doer (rounds 38, 43: no alias rewritten; Round 64 rulings' x200_04 第五条) — not one for
    the document or a programme 「（以下简称“三年行动”）」."""
    return frozenset(n for n, before in short_names(text).items()
                     if _BODY_BEFORE.search(before) and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", n))


def defined_roles(text: str) -> frozenset[str]:
    """The role names a document defines as a body's (「…部门为该项目的管理人」: 项目管理人, 管理人) or sets up for one
    (「作为…招选主体」「统筹主体确定」: 招选主体, 统筹主体), and the working groups it sets up (「成立调查组」:
    调查组)."""
    return frozenset([*(n for m in _DEFINES_ROLE.finditer(text) for n in (m.group(1) + m.group(2), m.group(2))),
                      *(m.group(1) or m.group(2) for m in _SETS_UP_ROLE.finditer(text)),
                      *(g for m in _SETS_UP_GROUP.finditer(text) if not _PANEL.search(g := m.group(1))),
                      *(m.group(1) for m in _COLLECTIVE.finditer(text))])

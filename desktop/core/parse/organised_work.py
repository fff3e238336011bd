"""组织 with work after it where the subject's verb comes late — CONVENTIONS.md round 30 (「A组织B＋verb」: A a doer,
B no unit), round 34 (the subject carried to a later 组织开展) and Round 41 continued (「A应组织并督促B…」: A a doer;
「…全面部署、精心组织，认真做好…」: 组织 with no object gives no doer).

The sentence reader takes 组织 as a verb of rule 2 when it stands right after the subject and its modal, with an act
after it (组织开展 / 组织B开展). Plans also write it
* in a later clause of a subject carried over the sentence, after a manner word the reader's short list lacks:
  「各学校要高度重视…，立足本地实际，…，组织本校的初选工作」「…相关部门要加强工作协同，…，适时组织开行…运输」
  「…要高度重视，…，精心组织本单位职工、群众参加…比赛」「…，有计划、有步骤地组织开展各类活动」;
* with its object (persons) in the subject's own clause and the act in a later clause of the same sentence
  「A将组织各新闻媒体的部分记者，围绕…主题，对…进行采访」.
Not: 组织 alone 「精心组织」, 组织 as a noun 「组织领导／组织保障／组织机构／组织健全」, 组织 inside another
verb's object 「充分认识组织这项活动的重要意义」 (no manner word opens the clause), nor a thing organised with no
act or work 「组织一批宣传资料」「组织辖区内的广场舞比赛」 (round 31).
Round 43 (p43c): 「A应组织相关部门综合平衡…」 — 组织 taking bodies and then their work, whatever the verb (组织 is in
rule 2's list whatever its object): A a doer, the bodies no units by it (``organises_bodies``); and 「由A开展设施设备的
现场盘点等工作」 — a 的 inside the object of a verb of doing, the clause ending in 工作, is work after 由A, not the
description 「由A开展的…」 (``OBJECT_DE``).
Also read here: a circumstance 「在…基础上」 between the subject and its verb (``CIRCUMSTANCE``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MODAL = r"(?:应当|应该|应|要|将|须|必须|需要?|务必)?"
# manner words before 组织 (「有计划、有步骤地」 a 地-phrase of 有X; not a place 各地／当地)
_MANNER = (r"(?:(?:有[\u4e00-\u9fff]{2}、?){1,3}地|"
           r"(?:适时|精心|认真|积极|广泛|深入|扎实|周密|统一|集中|及时|切实|主动|大力|统筹|定期|分批|就近)地?){0,2}")
# 组织 as a verb: not a noun 「组织领导」「组织保障」, a standard 「组织健全」, a call 「组织好…工作」 (the
# reader's 组织好 is no verb of rule 2 either) nor a description 「街道组织实施的工程项目」
# (「组织好…的集中宣传活动」 an event the clause ends on: the subject organises it, round 34's 组织＋work)
_EVENT_WELL = r"好[^，,。；;]*(?:活动|仪式|比赛|竞赛|演练)[。；;]?$"
_NOT_VERB = rf"(?!领导|保障|机构|架构|体系|建设|健全|完善|有力|严密|到位|好(?!{_EVENT_WELL[1:]})|者|的|形式|方式)"
_ORGANISE = re.compile(rf"^{_MODAL}{_MANNER}组织{_NOT_VERB}(?!(?:实施|开展|召开|举办|进行|安排)的)")
# an act after 组织 or after its object in the same clause
_ACT = re.compile(r"开展|开行|实施|召开|举办|进行|参加|参与|参观|观看|学习|收看|培训|演练|检查|评选|评比|初选|"
                  r"选拔|推荐|采访|走访|慰问|巡查|排查|验收|考核|落实|完成|做好|编制|制定|报送|上报|转运|演出|"
                  # (「组织人力、物力在…设立…标志」: the signs it puts up, x253_07; 「…，及时组织增建…设施」 the
                  # thing it builds, p54b)
                  r"放映|服务|设立|设置|增建|新建|修建|改建|扩建|购买|安装|清理|整治|整改|巡逻|(?<=[员众部工生])深入")
# the work named as the object 「组织本校的初选工作」 (an event is a thing 「组织辖区内的广场舞比赛」, round 31)
_WORK_NOUN = re.compile(r"工作$")
# persons or bodies a subject organises in its own clause, the act in a later clause 「组织…的部分记者」
_PEOPLE = re.compile(r"(?:记者|人员|职工|干部|群众|学生|师生|教师|志愿者|专家|队伍|团队|党员|团员|积极分子|居民|"
                     r"村民|代表|单位|部门|企业|媒体)$")
_PEOPLE_ABOUT = re.compile(_PEOPLE.pattern[:-1] + r"[^，,。；;的]{0,4}?(?:围绕|就|针对)[^，,。；;]*$")
# persons 组织 takes and then their act 「组织专家现场咨询」 (组织＋person＋verb, round 30: A the doer)
_PEOPLE_ACT = re.compile(r"[^，,、。；;的]{0,8}?(?:人员|专家|医生|医务人员|志愿者|干部|党员|教师|律师|技术人员)"
                         r"(?:现场|集中|上门|入户|定期|深入[^，,、]{1,6}?)?(?:咨询|义诊|宣讲|讲解|授课|指导|巡诊|答疑|解答|"
                         r"评审|论证|调研|督导)")
# a circumstance between the subject and its verb 「A在各市推荐基础上，会同B评审确定…」 (like round 33's event
# 「A接到申请后，组织…」): no part of the work, the verb after it is the subject's
# (… and a body it works under 「A在B(的)指导下负责…」「A在B的领导下具体负责…」: B rule 3's guide, the verb A's)
CIRCUMSTANCE = re.compile(r"^在[^，,]{1,20}?(?:基础上|前提下|(?:指导|领导|统筹|监督)(?:审核)?下)")


def organises(clause: str) -> bool:
    """Whether ``clause`` (a later clause of a subject carried over its sentence, the subject left out) is the
    subject's 组织＋work: an act after 组织 or after its object, or the work named as its object."""
    m = _ORGANISE.match(clause)
    if not m:
        # (「张贴宣传画、发放传单、组织专家现场咨询」: 组织 taking persons and their act inside a 、-list of the
        # subject's means — its own act, as at the clause's head)
        return any(part.startswith("组织") and _PEOPLE_ACT.match(part, 2) for part in clause.split("、")[1:])
    rest = clause[m.end():]
    if not rest:
        return False            # (「精心组织」 alone: no object, no doer — Round 41)
    return bool(_ACT.search(rest) or _WORK_NOUN.search(rest) or re.match(_EVENT_WELL, rest)
                or _PEOPLE_ACT.match(rest))


def organises_own(rest: str, later: list[str]) -> bool:
    """Whether ``rest`` (the words after the subject in its own clause) is its 组织＋work 「A要适时组织开行…」, or
    「将组织B」 with B persons or bodies and the act in one of the next clauses of the sentence (``later``,
    round 30). An event the subject 将 organise with no act 「A将适时组织集中答复活动」 names no doer, like
    「A将举办…」 (Round 42)."""
    m = _ORGANISE.match(rest)
    if not m:
        return False
    # (「A将适时组织对…的后评估工作」: the work named as its object — not an event 「…集中答复活动」, round 42)
    if organises(rest) and (not rest.startswith("将") or _ACT.search(rest, m.end()) or _WORK_NOUN.search(rest)):
        return True
    # (… or B with the topic its act is about 「各支部组织入党积极分子围绕对党的信念,入党动机,…等进行座谈」: the topic's
    # list runs over commas, the act after it)
    return bool(_PEOPLE.search(rest, m.end()) or _PEOPLE_ABOUT.search(rest, m.end())) \
        and any(_ACT.search(c) for c in later[:3])


# 「由A开展X的Y等工作」: the 的 inside the verb's object (work after 由A), not 「由A开展的…」 (a description)
# (… or 「由A确定X的Y等规划建设要求」: the terms the work goes by, set by A — the scheme's own work, Round 87's governs
# on x325_04, Round 97's x357_04 第六条（一）; not 「由A确定的标准」, a description)
OBJECT_DE = (r"(?:(?:组织)?(?:开展|做好|承担)[\u4e00-\u9fff]{1,6}的[^，,]*工作"
             r"|确定[\u4e00-\u9fff]{1,6}的[^，,]*(?:要求|标准|条件))$")
# a call as the object of 组织 「组织相关部门」「组织各有关单位」: bodies still
_CALLED = re.compile(r"(?:各|有关|相关|各有关|各相关)[\u4e00-\u9fff]{0,6}?(?:部门|单位|机构|企业)")


def organises_bodies(rest: str, at: int, read_names: Callable[[str, int], tuple[list[str], int]]) -> bool:
    """Whether 组织 ending at ``at`` takes bodies and then their work 「A应组织相关部门综合平衡…」: the subject a
    doer (not 「组织相关部门的…」, a thing)."""
    names, end = read_names(rest, at)
    if not names and (call := _CALLED.match(rest, at)):
        names, end = [call.group()], call.end()
    return bool(names) and bool(re.match(r"(?!的)[\u4e00-\u9fff]{2}", rest[end:]))

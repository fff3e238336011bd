"""Round 41 (p41j), doers the parser did not see (units [] where the answer names units), CONVENTIONS.md rule 2:

- the agent of 由 before a verb of doing the name reader does not list 「由学生会主持」「由财政部门打卡发放」
  「由区政府正式发文确认…」「由规划建设和生态环境办公室合并发放…」 (by_agents.py, a closed list of such verbs);
- the subject dropped before 会同／负责: 「A要加强…；会同B开展…」「A要指导…；负责…」 (after ；) and
  「A要…。会同B＋verb」, and a later 「，会同B＋verb」 in the sentence of a subject whose first verb is no rule-2 verb;
- a rule-2 verb joined by 并 in the subject's own clause 「A应研究制定…并负责实施」.

Near misses that must not change: persons and posts after 由 (由区长任组长, 由居委干部…), a cut name (由…组织), a
receiver 报A审议, a pivot 「A要督促B…并负责…」, a general call 「各单位要…并负责…」, a sentence with its own subject.
Made-up snippets written the way such plans are printed."""

from __future__ import annotations

from desktop.core.parse.sentence_units import doer_units


def _resp(text: str) -> list[str]:
    return doer_units(text)[1]


# --- the agent of 由 before an unlisted verb -------------------------------------------------------------------------

def test_agent_before_unlisted_verb() -> None:
    assert _resp("举行禁毒宣誓仪式，由校团委主持；") == ["校团委"]
    assert _resp("发放标准。每人每年补助3000元，由镇财政部门打卡发放并公示。") == ["镇财政部门"]
    assert _resp("审核通过后，由区政府正式发文确认入库名单。") == ["区政府"]
    assert _resp("审批后，由规划建设和生态环境办公室合并发放批准文件。") == ["规划建设和生态环境办公室"]


def test_agent_with_bracket_and_long_head() -> None:
    # the name lengthened past a bracket 「物业公司（保洁单位）」 and a longer head 「…办|公室」
    assert _resp("由小区物业公司（保洁单位）操作实施，每季度开展一次。") == ["小区物业公司（保洁单位）"]
    assert _resp("由镇综合执法办公室开具整改通知书。") == ["镇综合执法办公室"]


def test_agent_near_misses() -> None:
    # persons and posts after 由 are no units (rule 3), nor a name cut before its verb's word
    assert _resp("成立工作领导小组，由副区长任组长。") == []
    assert _resp("由居委干部上门告知宣传。") == []
    assert _resp("由街道专职网格化巡查人员每日开展巡查。") == []
    # a verb outside the closed list stays unread
    assert _resp("由区政府审议后印发。") == []
    # a case 「…的，由A…」 inside a plan's item stays a contingency (rule 3)
    assert _resp("加强宣传。确需调整的，由区政府正式发文确认。") == []


# --- the subject dropped before 会同／负责 ----------------------------------------------------------------------------

def test_subject_dropped_after_semicolon() -> None:
    leads, resp = doer_units("区应急局要加强对危险化学品企业的检查、指导；会同区交通委开展联合执法。")
    assert leads == ["区应急局"] and resp == ["区应急局", "区交通委"]
    assert _resp("区交通委要指导区运管所公布示范文本；负责联合执法中违法行为的处罚。") == ["区交通委"]


def test_subject_dropped_after_full_stop_before_with() -> None:
    leads, resp = doer_units("各级应急管理部门要主动对接消防救援机构。会同市场监管部门开展跨部门联合执法。")
    assert leads == ["各级应急管理部门"] and resp == ["各级应急管理部门", "市场监管部门"]


def test_later_with_after_unlisted_verb() -> None:
    leads, resp = doer_units("区卫健委加强与区医保局合作，及时收集意见，会同区财政局完善保障政策。")
    assert leads == ["区卫健委"] and resp == ["区卫健委", "区财政局"]


def test_subject_dropped_near_misses() -> None:
    # a sentence with its own subject keeps it
    assert _resp("区应急局要加强检查；区交通委负责联合执法。") == ["区交通委"]
    # no subject before: nothing is carried, the partner alone is no lead
    assert doer_units("会同区交通委开展联合执法。")[0] == []
    # a general call carries nothing
    assert _resp("各单位要加强宣传；负责人要亲自抓。") == []
    # after a pivot on a body 「督促B开展…」 the later 会同 is not the first clause's subject's
    assert doer_units("区住建委督促各街镇开展排查，会同区房管局完善台账。") == ([], [])


# --- a rule-2 verb joined by 并 ----------------------------------------------------------------------------------

def test_joined_verb() -> None:
    assert _resp("参与的商业银行应研究制定抵押贷款操作细则并负责实施。") == ["商业银行"]
    assert _resp("区住建委应研究制定操作办法细则并负责实施。") == ["区住建委"]


def test_joined_verb_near_misses() -> None:
    # a pivot: the joined verb is the object's (round 30)
    assert _resp("区住建委要督促各街镇制定细则并负责实施。") == []
    # a general call (rule 3)
    assert _resp("各单位要研究制定细则并负责实施。") == []
    # 负责人 is a person, no verb
    assert _resp("区住建委要明确分工并负责人到位。") == []



# --- 负责组织、协调… and a name holding 协调 ------------------------------------------------------------------------

def test_charged_to_organise_a_thing() -> None:
    # 「A负责组织、协调、指导…的工作」: 负责 is the verb (rule 2), whatever 组织's object is
    assert _resp("区安全议事协调机构应当负责组织、协调、指导本行政区域的安全工作。") == ["区安全议事协调机构"]
    assert _resp("各级消防安全议事协调机构应当负责组织本行政区域的消防工作。") == ["各级消防安全议事协调机构"]


def test_charged_near_misses() -> None:
    # 组织＋a thing without 负责 stays no verb of rule 2 (round 30); 协调 as the verb still ends a name
    assert _resp("区文旅局组织的培训活动按期举行。") == []
    assert _resp("区住建委协调各街镇做好对接。") == []

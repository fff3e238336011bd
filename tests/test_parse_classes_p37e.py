"""Round 37 (p37e), the sentence reader's classes: made-up snippets written the way plans write.

1. A subject carried to a later clause or sentence of its paragraph 「A要编制…。要对…。要…，落实…」 (round 34's
   elided subject; round 37's class), a subject whose clause opens with a means or a time 「A依托…，…，落实…」
   「A在…阶段要编制…」, a rule's 落实 in a later clause 「…，并按照…要求落实各项措施」.
2. 「由A牵头，会同B、C…」: B and C with A (round 37, Verbs).
Near misses that must not change: a bare verb opening a sentence 「落实…责任制。」 (the plan's slogan), a closing call
「要…，认真落实…要求」, a time alone before another verb 「A在…后，对…进行评估」, 「A对…进行审批」 without 由.
"""

from desktop.core.parse.sentence_units import doer_units


def test_subject_carried_to_later_sentences():
    text = ("区城建主管部门在方案阶段要编制排水专篇，明确排放口位置。要对管线走向进行比选。"
            "要贯彻节约用地要求，落实临时用地复垦等指标管理。")
    assert doer_units(text) == ([], ["区城建主管部门"])


def test_subject_kept_over_other_verbs_then_rule():
    text = "养护单位要做到文明作业，改进作业工艺，并按照养护规范要求落实各项防护措施。"
    assert doer_units(text) == ([], ["养护单位"])


def test_subject_with_a_means_opening():
    text = "区信息中心依托政务平台建设项目，加快推进场景建设，落实系统对接等工作。"
    assert doer_units(text) == ([], ["区信息中心"])


def test_pivot_then_next_sentence_is_the_subjects():
    text = ("区河道管理部门要积极支持工程建设，督促指导做好防汛工作。要主动服务，"
            "对按期完工的建设单位落实快速验收等便利措施。")
    assert doer_units(text) == ([], ["区河道管理部门"])


def test_lead_then_partners_after_comma():
    text = "由区城管局牵头，会同区公安分局、区交通委和各街道办事处，开展停放秩序整治。"
    assert doer_units(text) == (["区城管局"], ["区城管局", "区公安分局", "区交通委", "各街道办事处"])


def test_near_miss_bare_verb_sentence_is_no_carry():
    text = "区文化部门要主动做好宣传普及工作。落实“谁主管谁负责”的责任制。"
    assert doer_units(text) == ([], [])


def test_near_miss_closing_call_to_comply():
    text = "各居委会要完善应急预案，做好物资储备。要落实信息报送有关要求。"
    assert doer_units(text) == ([], [])


def test_near_miss_time_alone_then_other_verb():
    text = "市、区政府在平台运行满两年后，对项目实施库运行等情况进行评估。"
    assert doer_units(text) == ([], [])


def test_near_miss_review_without_by():
    assert doer_units("区规划局对设计方案进行审批。") == ([], [])

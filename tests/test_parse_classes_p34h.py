"""Round 34 (p34h): unit classes finished on p34b's branch — made-up snippets written the way plans write."""
from desktop.core.parse.sentence_units import doer_units


def test_a_name_never_opens_with_a_preposition_or_an_adverb():
    # 「由A牵头，定期组织B、C…」「由A牵头，通过B在…」: the clause after the comma opens with an adverb or a preposition,
    # no name — only the lead
    text = "由区水务局牵头，定期组织各镇（园区）、养护单位召开推进会，通报进度。"
    assert doer_units(text) == (["区水务局"], ["区水务局"])
    assert doer_units("由街道牵头，通过村委会在各村组建巡查队伍，落实日常巡查。") == (["街道"], ["街道"])
    # near miss: names after the comma still join the lead (round 34: 「由A牵头，B、C＋verb」)
    text = "由区水务局牵头，各镇、养护单位落实日常巡查。"
    assert doer_units(text) == (["区水务局"], ["区水务局", "各镇", "养护单位"])


def test_a_verb_after_a_body_ends_its_name():
    # 「A发挥B…职能，督促…」: 发挥 is A's verb (no rule-2 verb: no unit), not part of a name 「A发挥B」
    assert doer_units("区应急局发挥区安委办统筹协调作用，督促各部门加强检查。") == ([], [])
    # near miss: 「A负责发挥…」 — 负责 right after the name, rule 2
    assert doer_units("区应急局负责发挥区安委办统筹协调作用，督促各部门加强检查。") == ([], ["区应急局"])


def test_a_first_answerable_body_is_designated():
    # 「A是…的第一责任人」 of a body: a designation, as 「X的责任主体为A」 (round 34)
    assert doer_units("物业服务企业是小区消防设施日常维护的第一责任人，发现问题应及时报告。") == ([], ["物业服务企业"])
    # near miss: a person named so is never a unit
    assert doer_units("企业主要负责人是本单位安全生产的第一责任人。") == ([], [])


def test_filing_first_then_the_work_is_the_agents():
    # 「由A向B报备后自行负责…」: the filing is a step; A does the work after it
    assert doer_units("10万元以下的项目，由使用单位向镇项目办报备后自行负责组织实施。") == ([], ["使用单位"])
    # near miss: a filing alone is an applicant's (round 30): no unit
    assert doer_units("10万元以下的项目，由使用单位向镇项目办报备。") == ([], [])


def test_an_applicant_filing_online_for_itself_is_no_unit():
    # 「由A自主线上申报」 is A's own application; 「由B代为线上申报」 an agent (round 34)
    assert doer_units("个人项目由街道代为线上申报；企业项目由投资单位自主线上申报。") == ([], ["街道"])

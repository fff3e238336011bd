"""Round 39 (p39g, landed alone by p39g2): 「A联合B＋verb」 reads as 「A会同B」 (CONVENTIONS.md round 34, closed round
39: lead A; responsible A, B). Made-up snippets written the way plans write, with near misses that must not change."""

from desktop.core.parse.sentence_units import doer_units


def test_joins_reads_as_with():
    assert doer_units("区文旅局联合区教育局开展校园文化节评选。") == (["区文旅局"], ["区文旅局", "区教育局"])
    assert doer_units("由区应急局联合各街镇、区消防救援支队组织开展疏散演练。") == (
        ["区应急局"], ["区应急局", "各街镇", "区消防救援支队"])
    assert doer_units("请各街镇联合属地派出所做好重点时段巡查。") == (["各街镇"], ["各街镇", "属地派出所"])


def test_joins_near_misses():
    # 联合 as an adjective or part of a noun, no partner after it: no 会同
    assert doer_units("各街镇联合开展宣传活动。") == ([], [])
    assert doer_units("区城管执法局联合执法检查每月一次。") == ([], [])
    assert doer_units("区商务委联合印发扶持办法。") == ([], [])
    # no body before 联合 (a subject left out): the partners are no doers
    assert doer_units("联合区司法局、属地街镇开展普法宣传。") == ([], [])


def test_place_held_by_a_town_is_a_body():
    # 「嘉定新城（马陆镇）」: a place named with the town that holds it — one body, apart from the next name
    assert doer_units("请北城（东安镇）、南湖工业区联合区水务局开展排查。") == (
        ["北城（东安镇）", "南湖工业区"], ["北城（东安镇）", "南湖工业区", "区水务局"])
    # near miss: a place with no bracket and no head is no body, so the list is read as printed
    assert doer_units("北城、南湖工业区负责开展排查。") == ([], ["北城、南湖工业区"])

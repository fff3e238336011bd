"""Round 36 (p36g): doers and names read from sentences — made-up wordings, each with a near miss that must not change.

1. 「由A推荐」: the agent of 由 with 推荐 is a doer (round 36); the person chosen 「由责任人择优选聘」 is none.
2. 「A将X与Y同步实施」「A及时安排计划实施改造」: the subject of 将＋object＋实施 (the verb ending the phrase) and of
   安排＋实施 is a doer (round 36); 「A要将X纳入…同落实」 and 「A要将…落实情况进行通报」 are not.
3. A time, a manner and an object between the doer and 组织 「各学校在放假前要集中对全体学生组织开展…」 (round 36);
   without 组织 「…要对全体学生进行…」 no doer.
4. 「A会B、C审核」 is 「A会同B、C」 (round 37); a name ending in 会 「管委会各部门」 is not split.
5. 「A为该项工作的主管部门」「A是该项工作的具体工作部门」 designate A (round 37); 「A为牵头单位，B为实施单位」
   stays none.
6. Names: 「码头和X经营单位」 two bodies (round 36: 码头 in a list of bodies is a body); 「（即：A、B、C）」 and a
   bracket listing the bodies a kind stands for 「各化工园区（A、B、C）」 are dropped (round 37); 「各县（市、区）」
   stays.
"""
from __future__ import annotations

from desktop.core.parse.sentence_units import doer_units


def test_recommend_by_agent() -> None:
    assert doer_units("项目负责人由所属勘察企业推荐，团队成员由项目负责人择优选聘。") == ([], ["所属勘察企业"])
    assert doer_units("团队成员由项目负责人择优选聘。") == ([], [])


def test_will_do_and_arrange() -> None:
    assert doer_units("各区市场监管局将食品抽检服务与日常监管工作同步实施、同步推进。") == ([], ["各区市场监管局"])
    assert doer_units("各级水务主管部门及时安排计划实施修缮。") == ([], ["各级水务主管部门"])
    assert doer_units("各行业部门要将安全生产纳入业务工作同部署、同落实。") == ([], [])
    assert doer_units("各街镇要将各村推进落实整治情况进行通报。") == ([], [])


def test_time_manner_before_organise() -> None:
    assert doer_units("各学校在放假前要集中对全体学生组织开展一次防溺水教育。") == ([], ["各学校"])
    assert doer_units("各学校在放假前要对全体学生进行防溺水教育。") == ([], [])


def test_meets_as_with() -> None:
    assert doer_units("区民政局会区财政局、区审计局审核。") == (["区民政局"], ["区民政局", "区财政局", "区审计局"])
    assert doer_units("管委会各部门和各镇协同推进。") == ([], [])


def test_designation_by_work() -> None:
    assert doer_units("区商务委为本项工作的主管部门。") == ([], ["区商务委"])
    assert doer_units("区文旅局是该项工作的具体工作部门。") == ([], ["区文旅局"])
    # (turned: Round 58 rulings (x250_01): 为 with a duty word designates without 明确, round 31 superseded)
    assert doer_units("区商务委为牵头单位，区财政局为实施单位。") == (["区商务委"], ["区商务委", "区财政局"])


def test_names_wharf_and_member_brackets() -> None:
    assert doer_units("运输单位、码头和堆场经营单位应落实管理职责，严格执行计量规范。") == \
        ([], ["运输单位", "码头", "堆场经营单位"])
    assert doer_units("企业集团（即：东方集团、南海集团、北辰集团）负责落实维修管理。") == ([], ["企业集团"])
    assert doer_units("各工业园区（东部工业园、西部工业园）负责落实巡查。") == ([], ["各工业园区"])
    assert doer_units("各县（市、区）负责落实巡查。") == ([], ["各县（市、区）"])


def test_topic_across_persons() -> None:
    # 7. a topic carried across a clause naming persons (round 36); without a rule-2 verb after it, none
    assert doer_units("各会员单位由主要负责人或指定专人参加联盟活动，落实具体工作要求。") == ([], ["各会员单位"])
    assert doer_units("各会员单位由主要负责人参加联盟活动，交流工作经验。") == ([], [])
    # (bodies as the agents who name the person 「由A或B指定专人负责」 stay the doers, round 30)
    assert doer_units("各服务点由属地街镇或区属企业指定专人负责，建立服务台账。") == ([], ["属地街镇", "区属企业"])

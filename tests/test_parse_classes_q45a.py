"""Round 45 (q45a): doer lists read in part — a doer a later sentence or clause names in a form the sentence reader
did not read. Two forms: a means inside the subject's own clause before its verb 「A依托B定期组织…」 (as
「A依托B，组织…」 with a comma already was: A the doer, B the means), and the subject's own duties before 实施
「A按各自职责分工实施…」 (as 「A按照职责分工负责／落实…」 already were). Made-up sentences in the style of district
rules; the near misses (a noun 「规划实施平台」 inside the means, a general call, a case routed 「…的，由A按各自职责
执法查处」, a verb not of rule 2) stay as they were."""

from __future__ import annotations

from desktop.core.parse.sentence_units import doer_units


def resp(text: str) -> list[str]:
    return doer_units(text)[1]


def test_means_inside_the_subjects_clause_keeps_the_subject_a_doer():
    assert resp("区体育局依托区体育总会定期组织健身技能培训，加强交流研讨。") == ["区体育局"]
    assert resp("区民政局通过政府购买服务方式组织开展养老服务质量评估。") == ["区民政局"]
    assert resp("区住建委借助第三方机构组织开展老旧小区安全排查。") == ["区住建委"]
    # (with a comma it was read already; both read alike)
    assert resp("区体育局依托区体育总会，定期组织健身技能培训。") == ["区体育局"]


def test_means_near_misses_stay_unread():
    assert resp("区住建委依托规划实施平台编制约定草案。") == []           # 实施 inside the means' name
    assert resp("综合实施主体依托规划实施平台，根据控制性详细规划编制约定草案。") == []
    assert resp("区住建委依托区大数据中心建立监测平台。") == []           # 建立: no verb of rule 2
    assert resp("申请人通过联审平台填写项目基本信息。") == []             # an applicant, no body
    assert resp("各单位通过信息平台组织开展排查。") == []                 # a general call


def test_subject_by_its_own_duties_then_implements():
    assert resp("区住建委按各自职责分工实施项目后续管理。") == ["区住建委"]
    assert resp("区财政局负责资金保障。审批完成后，市、区各相关行业主管部门按各自职责分工实施项目后续管理。") \
        == ["区财政局", "市、区各相关行业主管部门"]
    assert resp("区住建委按各自职责负责项目后续管理。") == ["区住建委"]


def test_own_duties_near_misses_stay_unread():
    assert resp("涉及违法用地的，由区城管执法部门和镇政府按各自职责执法查处；") == []   # a routed case
    assert resp("各单位按各自职责分工实施项目后续管理。") == []            # a general call
    assert resp("区住建委按照标准实施项目后续管理。") == []               # a standard, not its duties
    assert resp("区住建委按照职责分工实施方案执行。") == []               # 实施方案: a document

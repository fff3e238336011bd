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


HEAD = ("某区2025年全民阅读系列活动实施方案\n\n一、活动内容\n（一）开展阅读推广活动。\n二、工作要求\n"
        "1、加强组织领导。各单位务必高度重视，认真组织。\n")


def items(body: str) -> dict[str, list[str]]:
    from desktop.core.parse import parse_text
    return {t.number: t.responsible_units for t in parse_text(HEAD + body).tasks}


def test_work_split_by_parts_keeps_every_parts_body():
    got = items("2、明确责任分工。机关读书会等相关活动由区文旅局、区总工会负责；社区读书节由各街道负责；"
                "校园读书月由区教育局负责；其他系列活动由区图书馆负责。\n3、加强宣传。\n")
    assert got["2"] == ["区文旅局", "区总工会", "各街道", "区教育局", "区图书馆"]


def test_a_single_closing_part_stays_the_declaration():
    from desktop.core.parse.split_work import split_part
    body = "2、做好场地保障。按要求布置读书节场地，落实安全措施。此项工作由区文旅局负责。"
    assert not split_part(body, "此项工作由区文旅局负责。")
    assert split_part("社区读书节由各街道负责；校园读书月由区教育局负责。", "校园读书月由区教育局负责。")
    # (the clause before it no part handed to a body: the last stays the declaration)
    assert not split_part("认真组织社区读书节；校园读书月由区教育局负责。", "校园读书月由区教育局负责。")

"""Round 63 (p63b): responsible units read from articles and numbered points in whole documents.

- 「由A选聘（或委托）B进行…」: A picks the body that does the work, as 「由A委托B」 (round 35); the name ends
  before 选聘／聘请, B no unit.
- 「A按…相关规定实施…」「A应当按照要求实施…」: the rules A works by are a manner before its verb, as 依法 is;
  and 「A负责保障房…的管理」: 保障 of a thing after 负责, not the noun 「组织保障」.
- 「…所在地的A、B等C，应当…」: a place the bodies hold before them, their names then a comma before the
  modal; a list ended by 等 and a kind after a 的-phrase.
- 「由A按…审核认定」「由A按户为单位，…」: the name ends before 按 and the measure.
- A 职责分工 section's other clauses 「C配合D组织…」 where an opener names a pair that shares its head
  「市、区C」: C on its own is one of the pair's bodies, kept.
- 「X污染责任人应当…实施…」: a party the law names by its liability, as 使用权人 by its right; 「设施的设置者应当…」
  a party named by the facility it sets up.
- 「A应在受理后N个工作日内组织…」: the time limit A works within stands before its verb, as a time does; 「B组织评审的
  应出具…」 is a case run into its modal (「…的，应…」), B no doer by it.
- 「依法取得…资质的单位（以下简称X）」: the short name a document gives a kind of body is a party as printed.
- 「A应结合…，主动承担…工作」: 承担 with work as its object in a later clause of the carried subject.
- 「…可申请…补贴，…提交相关材料，由A审核后，报请…」: a review of what a party submits names none (round 68).
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _rules(*articles: str) -> str:
    body = "".join(f"第{n}条 {a}\n\n" for n, a in zip("二三四五六七八九", articles, strict=False))
    return ("某区廉租住房管理办法\n\n第一条 为规范廉租住房管理，制定本办法。\n\n" + body
            + "第十条 本办法自2025年1月1日起施行。\n")


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {".".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_the_agent_that_picks_a_service_body_does_the_work():
    got = _units(_rules("集中建设的廉租住房由区房管公司选聘或委托物业企业进行日常维护。",
                        "分散筹集的廉租住房由区房管公司聘请专业机构开展安全评估。"))
    assert got["2"] == ([], ["区房管公司"])
    assert got["3"] == ([], ["区房管公司"])


def test_a_manner_of_rules_before_the_verb():
    assert doer_units("区救助中心按廉租住房有关规定实施救助家庭的资格审核。") == ([], ["区救助中心"])
    assert doer_units("区房管公司应当按照要求实施房屋的安全检查。") == ([], ["区房管公司"])
    assert doer_units("区民政局负责保障房的分配管理。") == ([], ["区民政局"])
    # near misses: no verb of work after the manner; 保障 a noun after 组织
    assert doer_units("区民政局按规定的程序办理。") == ([], [])
    assert doer_units("区民政局组织保障有力。") == ([], [])


def test_bodies_after_the_place_they_hold():
    got = doer_units("廉租住房所在地的镇人民政府以及街道办事处、开发区管委会等派出机构，"
                     "应当对辖区内廉租住房的使用情况建立巡查制度，落实属地管理责任。")
    assert got == ([], ["镇人民政府", "街道办事处", "开发区管委会"])
    assert doer_units("住房所在地的，应当建立巡查制度。") == ([], [])


def test_a_name_ends_before_its_measure():
    assert doer_units("补贴面积，由各街道按实物安置方式应得的面积审核认定。") == ([], ["各街道"])
    assert doer_units("由被拆迁房屋所在地各街道（园区）按户为单位，予以审核认定。") == (
        [], ["被拆迁房屋所在地各街道（园区）"])


def test_a_part_of_a_shared_head_pair_stays_in_a_division_section():
    text = ("某市水源地保护工作规定\n\n一、职责分工\n\n"
            "市水务局负责全市水源地保护的监督管理；会同市农业农村委建立水源地名录。\n\n"
            "市、区农业农村委负责水源地周边农业面源污染的防治。区农业农村委配合区水务局组织开展水源地巡查。\n\n"
            "二、工作要求\n\n（一）区水务局应当每季度开展一次水源地巡查。\n\n"
            "（二）区农业农村委应当组织开展农药化肥减量。\n")
    tasks = {t.title: t for t in parse_text(text).tasks}
    division = next(t for t in tasks.values() if "职责分工" in t.title)
    assert "区农业农村委" in division.responsible_units
    assert "市、区农业农村委" in division.responsible_units


def test_the_party_liable_for_a_pollution():
    assert doer_units("地下水污染责任人应当按照要求实施跟踪监测等后期管理措施。") == ([], ["地下水污染责任人"])
    # near miss: a person answering for safety stays no unit
    assert doer_units("安全责任人应当按照要求实施跟踪监测。") == ([], [])


def test_a_party_named_by_the_facility_it_sets_up():
    got = _units(_rules("临时招牌设置期满后，设置者应当在3日内予以拆除。"))
    assert got["2"] == ([], ["设置者"])


def test_a_time_limit_before_the_verb_and_a_case_run_into_its_modal():
    assert doer_units("区水务局应在受理后10个工作日内组织开展现场核查。") == ([], ["区水务局"])
    assert doer_units("区水务局应在受理后10个工作日内自行组织或委托检测机构组织开展现场核查。"
                      "检测机构组织核查的应出具核查报告。") == ([], ["区水务局"])
    # near miss: 应急 after 的 is no modal
    assert doer_units("区水务局负责防汛物资的应急调配。") == ([], ["区水务局"])


def test_a_short_name_for_a_kind_of_body_and_work_taken_on():
    text = ("某市共享单车运营管理导则\n\n一、适用范围\n\n本导则适用于本市共享单车运营活动。\n\n二、主体责任\n\n"
            "（一）运营责任\n\n依法取得道路运营许可的单位（以下简称运营商）是共享单车运营的责任主体。\n\n"
            "运营商应结合自身经营特点，扎实开展车辆安全检查，主动承担停放秩序的协调工作。\n\n"
            "（二）监管责任\n\n市交通委负责共享单车运营的监督管理。\n")
    units = {t.title[:4]: t.responsible_units for t in parse_text(text).tasks}
    assert units["运营责任"] == ["运营商"]
    assert doer_units("区民政局应结合实际，承担相关费用。") == ([], [])


def test_a_review_of_what_a_party_submits_names_none():
    text = ("某区街心花园建设实施办法\n\n一、建设管理\n\n"
            "区绿化市容局、各街道根据年度计划，落实街心花园建设项目，抓好实施和监管。\n\n"
            "（一）项目验收\n\n区绿化市容局负责组织项目验收。\n\n"
            "（二）资金管理\n\n各街道按照相关要求加强项目资金管理。验收合格的，可申请区级补贴，每年10月底前提交相关材料，"
            "由区财政局审核后，报请区政府拨付资金。\n")
    units = {t.title[:4]: t.responsible_units for t in parse_text(text).tasks}
    assert "区财政局" not in units["资金管理"]
    # near miss: no party's submission before the review — the agent's own step
    assert doer_units("由区财政局审核后，报请区政府拨付资金。") == ([], ["区财政局"])


def test_near_misses_of_work_taken_on_and_cases_run_into_a_modal():
    # a body the subject sets up takes the work on, not the subject (rule 3)
    assert doer_units("各街道应成立养护管理单位，具体承担街心花园养护管理工作。") == ([], [])
    # 「…的应由A…」: the agent of 由 answers the case
    assert doer_units("间隔较长的应由各区水务部门统筹协调。") == ([], ["各区水务部门"])


def test_a_department_after_a_party_s_notice_in_the_same_sentence():
    got = _units(_rules("既有建筑上新设招牌的，设置者应当及时书面通知区绿化市容部门，"
                        "区绿化市容部门应当对招牌的设置进行监督管理。"))
    assert got["2"] == ([], ["设置者", "区绿化市容部门"])

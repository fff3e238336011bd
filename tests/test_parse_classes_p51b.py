"""Round 51 (p51b): responsible units written in sentences (CONVENTIONS.md "Units written in sentences", rule 2).

- 「A会同所在地的B＋verb」: the partner of 会同 described by its place is the name after the 的 (round 34's 的-rule);
  the 的 no longer hides the whole clause (``subject_verbs._with``, ``partner_described``).
- 「日常管理由A负责」「…的处理由A负责」: the 理 that ends a work before 由 is no 理由 (``sentence_units._BY``).
- 「对违反…的设计单位，由A处以…」: a breach named with its breaker opens a case as 「违反…的，」 does; an item whose
  every sentence answers such cases takes A (round 30; ``case_clauses.opens_case``).
- 「A应当加强…，区财政、税务等部门应当根据各自职责，加强…」: in an article, a later clause of the first sentence
  with a placed subject and a rule's modal of its own names a doer (round 44, decided;
  ``article_subjects.paragraph_subjects``); a field's name there 「生态环境部门应当…」 names A again, and a party's
  cooperation none.
- 「A应当每年向B报告…情况」「A应当将…经费，纳入本级财政预算」 as an article's clause: a report sent to inform and a
  payer name no doer, whoever A is (Round 55 rulings on x248_01 第八条, x248_03 第八条;
  ``role_subjects.sends_first``).
- 「…的，A应当会同B同步组织编制…」: an article's subject after its case brings its 会同 partners too (rule 2;
  ``duty_headings.article_roles``); 同步 and a counted rhythm 「每3年」 end a name (``sentence_names``,
  ``clause_actors``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def test_a_partner_described_by_its_place_after_hui_tong():
    assert doer_units("区规划局会同所在地的街道办事处开展公示。") == (["区规划局"], ["区规划局", "街道办事处"])
    assert doer_units("区规划局应当按照规定会同项目所在地的街道办事处或者乡、镇人民政府进行公示。")[1] == [
        "区规划局", "街道办事处", "乡、镇人民政府"]
    assert doer_units("由区建设局会同属地的镇人民政府组织验收。")[1] == ["区建设局", "镇人民政府"]


def test_near_misses_of_the_described_partner():
    # (persons of a body after 的: no partner, as before)
    assert doer_units("区规划局会同有关部门的专家开展评审。") == ([], [])
    # (a body inside a noun's description 「参加由A组织的培训」 stays none)
    assert doer_units("各单位参加由区规划局组织的培训。") == ([], [])
    assert doer_units("由区规划局会同区财政局开展公示。") == (["区规划局"], ["区规划局", "区财政局"])


def test_a_work_ending_in_li_before_you():
    assert doer_units("日常管理由区应急局负责。")[1] == ["区应急局"]
    assert doer_units("日常管理由区应急局救援保障组负责管理，开展专家库的维护工作。")[1] == ["区应急局救援保障组"]
    assert doer_units("投诉的处理由区市场监管局负责。")[1] == ["区市场监管局"]


def test_near_misses_of_li_you():
    # (理由 the word: a reason, no agent)
    assert doer_units("无正当理由区应急局不得拒绝。") == ([], [])
    assert doer_units("申请人应当说明理由并提交材料。") == ([], [])


def test_a_penalty_article_whose_breach_names_its_breaker():
    # (「对违反…的X，由A处以…」: the item's whole work is the response to its cases — round 30; A a doer)
    assert doer_units("对违反规定的设计单位，由区建设局处以罚款。")[1] == ["区建设局"]
    got = doer_units("对违反规定的设计单位，由区建设局处以一万元罚款。对未按规定施工的施工单位，"
                     "区建设局应当通报区规划局处理，并由区规划局将其违法行为记入信用档案。")
    assert got[1] == ["区建设局", "区规划局"]


def test_near_misses_of_the_breach_topic():
    # (a breaker's sanction inside an item whose work is something else is the point's own step after a case, its
    # agent a doer — CONVENTIONS.md Round 60 rulings, turned over this test's old reading, x71_03 二/（四）)
    assert doer_units("区建设局负责监管。对违反规定的运输单位，由区交通委吊销许可。")[1] == ["区建设局", "区交通委"]
    # (a contingency by an event inside such an item stays rule 3's case)
    assert doer_units("区建设局负责监管。发生重大险情时，由区应急局组织抢险。")[1] == ["区建设局"]
    # (a contingency 「确需调整的，由A…」 stays none)
    assert doer_units("确需调整的，由区发展改革委重新审批。") == ([], [])


RULES = ("某区生活垃圾处理费征收管理办法\n"
         "第一条 为规范处理费征收管理，制定本办法。\n"
         "第二条 区绿化市容局负责处理费征收的组织实施。\n")


def _article_units(body: str, number: str) -> set[str]:
    task = next(t for t in parse_text(RULES + body + "第九条 本办法自2030年1月1日起施行。\n").tasks
                if t.number == number)
    return {*task.lead_units, *task.responsible_units}


def test_a_later_clause_of_an_articles_first_sentence_with_its_own_subject():
    # (round 44, decided: the subject of the article's verb of doing, wherever it stands — 「A应当…，B、C等部门应当…」)
    got = _article_units("第三条 区绿化市容部门应当加强对处理费征收和使用情况的监督管理，区财政、税务、市场监管等部门"
                         "应当根据各自职责，加强对征收工作的监督。\n", "3")
    assert got == {"区绿化市容部门", "区财政、税务、市场监管等部门"}


def test_near_misses_of_the_later_clause():
    # (a field's name in A's own sentence names A again; a regulated party's cooperation is no doer here)
    got = _article_units("第三条 区生态环境局应当核实施工单位的申请材料，生态环境部门应当在受理后2个工作日内"
                         "作出许可决定。\n", "3")
    assert got == {"区生态环境局"}
    got = _article_units("第三条 区绿化市容部门应当加强对处理费征收的监督管理，缴费单位应当予以配合。\n", "3")
    assert got == {"区绿化市容部门"}


def test_a_report_to_inform_and_a_budgeted_cost_name_no_doer():
    # (Round 55 rulings on x248_01 第八条 and x248_03 第八条: a sending to inform and a payer name no unit)
    assert _article_units("第三条 区人民政府应当每年向区人民代表大会常务委员会报告处理费征收和使用情况。\n",
                          "3") == set()
    assert _article_units("第三条 区和镇财政部门应当将处理费征收工作所需的宣传、培训等经费，纳入本级财政预算。\n",
                          "3") == set()


def test_near_misses_of_the_report_and_the_budget():
    # (a body's own work, then its report 「A应当对…进行检查，并向B报告」; a sending after a work of its own)
    assert _article_units("第三条 区绿化市容局应当对处理费征收情况进行检查，并向区人民政府报告。\n",
                          "3") == {"区绿化市容局"}
    assert _article_units("第三条 区绿化市容局应将上季度征收情况梳理后上报区人民政府。\n", "3") == {"区绿化市容局"}


def test_the_partner_of_an_articles_subject_after_its_case():
    # (「…的，A应当会同B同步组织编制…」: rule 2's 「A会同B＋verb」 — B responsible beside A; 同步 no part of B's name)
    got = _article_units("第三条 处理费标准需要调整的，区绿化市容部门应当会同区发展改革部门同步组织修改相关规定。\n",
                         "3")
    assert got == {"区绿化市容部门", "区发展改革部门"}
    assert doer_units("区建设局会同区规划局同步组织编制专项规划。")[1] == ["区建设局", "区规划局"]


def test_near_misses_of_the_partner_after_a_case():
    # (persons after 会同 are no partner)
    got = _article_units("第三条 处理费标准需要调整的，区绿化市容部门应当会同有关专家同步组织论证。\n", "3")
    assert got == {"区绿化市容部门"}


def test_a_counted_rhythm_after_a_partner_ends_its_name():
    # (「会同B每3年评估一次」: a rhythm 每N年 after the name ends it, as 每年 does)
    assert doer_units("本预案由区应急局会同区规划资源局每3年评估一次。")[1] == ["区应急局", "区规划资源局"]
    assert doer_units("区应急局会同区水务局每两年组织一次演练。")[1] == ["区应急局", "区水务局"]
    # (near miss: no partner, a rhythm alone — not a rule-2 verb 「评估」, as before)
    assert doer_units("区应急局每3年评估一次。") == ([], [])

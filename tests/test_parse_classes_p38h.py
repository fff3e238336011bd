"""Round 38 (p38h): doers missed by the sentence reader, and article subjects outside rule 2's closed list."""

from desktop.core.parse.duty_headings import article_units
from desktop.core.parse.headings import Item
from desktop.core.parse.sentence_units import doer_units


def test_a_word_between_the_name_and_its_verb():
    assert doer_units("区市场监管局依职权负责核定收费标准，并书面告知申请人。") == ([], ["区市场监管局"])
    assert doer_units("县水利局按职责负责河道日常巡查。") == ([], ["县水利局"])
    assert doer_units("县教育局将每季度组织对各校食堂的检查评比。") == ([], ["县教育局"])
    # near-miss: a verb outside rule 2's list after the time stays no doer
    assert doer_units("县教育局将每季度通报各校食堂的检查情况。") == ([], [])


def test_agent_of_by_before_a_budget_verb():
    # (aligned to the Round 48 rulings, cost verbs (decided): 由A列入…预算 names a payer, no unit — x140_02
    # 四/（三）/2 turned; was ["各街道"])
    assert doer_units("区级部分列入区财政预算，其余由各街道列入街道部门预算。") == ([], [])
    # near-miss: no 由, a plain listing of where the funds sit
    assert doer_units("街道养护经费列入区交通中心部门预算。") == ([], [])


def test_a_guide_that_also_works_with_a_partner():
    assert doer_units("县公安局指导并会同运营单位做好应急演练工作。") == (["县公安局"], ["县公安局", "运营单位"])
    assert doer_units("县公安局指导会同运营单位做好应急演练工作。") == (["县公安局"], ["县公安局", "运营单位"])
    # near-miss: 指导B without 会同 — B the pivot's object, no doer
    assert doer_units("县公安局指导运营单位做好应急演练工作。") == ([], [])


def test_an_item_whose_work_is_the_response_to_its_cases():
    text = ("违反本办法第八条规定，养护单位未按标准养护的，由区绿化管理部门责令限期改正；"
            "逾期不改正的，处一千元以上一万元以下的罚款。")
    assert doer_units(text) == ([], ["区绿化管理部门"])
    assert doer_units("对擅自占用绿地的，由县城管执法局处以罚款。") == ([], ["县城管执法局"])
    # a pointer at the cases listed under it: the response after the comma is the item's work
    assert doer_units("有下列情形之一的，县发改委会同有关行业主管部门，约谈企业负责人：") == (
        ["县发改委"], ["县发改委", "有关行业主管部门"])
    # near-miss: a case inside an item whose work is something else stays a contingency (rule 3)
    assert doer_units("项目资金实行专款专用。确需调整的，由区发改委负责审核。") == ([], [])
    assert doer_units("区住建委负责日常监管。对擅自占用绿地的，由县城管执法局处以罚款。") == ([], ["区住建委"])


def _article(body: str) -> Item:
    return Item(kind=1, number="第五条", value=5, body=body, article=True)


def test_article_subjects_only_by_rule_two():
    body = ("（监督检查）\n县水务局负责本县排水水质监测。\n"
            "县排水管理所可以委托第三方检测机构对重点排水户进行水质监测。\n县城管执法局应当对监测工作进行监督。")
    # (round 44, decided: the subject of any verb of doing in an article is a doer 「A应当对…进行监督」; the option
    # 「A可以委托B…」 still names none)
    assert article_units(_article(body), set()) == ["县水务局", "县城管执法局"]
    # under a heading that gives out work, the subject of any verb is a unit (round 34)
    assert article_units(_article(body.replace("（监督检查）", "（职责分工）")), set()) == [
        "县水务局", "县排水管理所", "县城管执法局"]

"""A plan's document number (文号) is its own, never a number a sentence cites (round 50: 奉贤 办法's cover printed no
number of its own, and the import showed 「达到沪府规〔2022〕22号」 — a verb glued to a cited rule's number)."""

from desktop.core.parse.meta import find_doc_number


def test_the_own_number_over_the_title_is_read():
    title = "云府办发〔2021〕6号云岩区人民政府办公室关于印发健康云岩行动实施方案的通知"
    assert find_doc_number(title) == "云府办发〔2021〕6号"
    assert find_doc_number("发文文号:嘉政办发〔2023〕7号发布机关:市政府办公室") == "嘉政办发〔2023〕7号"


def test_a_number_a_sentence_cites_is_not_the_plans():
    assert find_doc_number("（一）达到沪府规〔2022〕22号文件要求，获得市引导资金支持的项目") == ""
    assert find_doc_number("根据鲁艾办发〔2009〕3号通知，制定本方案。") == ""
    assert find_doc_number("贯彻省政府苏政办发〔2007〕31号文件精神，研究制定") == ""
    assert find_doc_number("本办法实施后，原浦东明规〔2020〕1号文失效。") == ""
    assert find_doc_number("《…通知》、指发【2021】65号关于印发《县2021年…》") == ""


def test_a_cited_number_after_the_own_one_does_not_replace_it():
    text = "沪奉发改规〔2023〕1号\n关于印发…的通知\n按照沪府规〔2022〕22号文件要求"
    assert find_doc_number(text) == "沪奉发改规〔2023〕1号"

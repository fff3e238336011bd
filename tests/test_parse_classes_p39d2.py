"""Round 39, p39d2 (dates and titles): an activity held on one day dates its items, and a notice that writes the
plan itself (「具体工作方案如下：」) is the document, titled by the plan it names. Made-up snippets written the way
plans write (the notice's title as printed: the plan's name is never printed as a title line)."""

from desktop.core.parse.titles import find_title


def test_a_notice_that_writes_the_plan_keeps_its_own_title():
    text = ("关于印发某市农村供水领域问题专项整治工作方案的通知\n\n各有关单位：\n\n为巩固提升农村供水保障水平，"
            "根据上级部署，对全市农村供水领域开展专项整治。具体工作方案如下：\n\n一、整治内容\n\n1.水质不达标问题。对水质检测不合格的工程"
            "进行排查。\n\n二、整治方式\n\n1.开展自查自纠。各县区水利局全面开展自查。\n\n某市水利局\n\n2024年3月1日\n")
    assert find_title(text) == "关于印发某市农村供水领域问题专项整治工作方案的通知"


def test_a_notice_that_hands_its_plan_over_keeps_the_plan_below():
    # near-miss: the plan is printed under the notice with its own title line
    text = ("关于印发某市农村供水领域问题专项整治工作方案的通知\n\n各有关单位：\n\n"
            "现将《某市农村供水领域问题专项整治工作方案》印发给你们，请认真贯彻执行。\n\n某市水利局\n\n2024年3月1日\n\n某市农村供水领域问题专项整治工作方案\n\n"
            "一、整治内容\n\n1.水质不达标问题。对水质检测不合格的工程进行排查。\n")
    assert find_title(text) == "某市农村供水领域问题专项整治工作方案"
    # near-miss: 「有关事项通知如下：」 names no plan: the issued plan's name, as before
    text = ("关于印发某市农村供水安全检查工作方案的通知\n\n各有关单位：\n\n"
            "为做好农村供水安全，现将有关事项通知如下：\n\n"
            "一、开展安全检查\n\n各县区水利局要全面开展检查。\n\n某市水利局\n\n2024年3月1日\n")
    assert find_title(text) == "某市农村供水安全检查工作方案"

"""Round 40, p40f: whole documents written as articles (办法／规定／意见) — which of their numbered lines are tasks."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(t.number, t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


# a review article: the reviewer's work in its paragraph, then the checks it makes, each a 是否 question
CHECKS = ("某区节能补贴资金管理办法\n"
          "第一条（目的和依据）\n为规范补贴资金管理，根据有关规定，制定本办法。\n"
          "第二条（年度计划）\n各街镇应于每年9月底前编制下一年度补贴计划报区发展改革委。\n"
          "第三条（项目审核）\n区发展改革委按照公开、公正的原则，委托第三方机构对申报项目进行审核，区发展改革委会同区财政局形成补贴项目目录。"
          "审核的主要事项包括：\n"
          "1.项目备案手续是否齐全；\n2.项目是否按照备案内容建设；\n3.申报单位是否存在失信记录；\n"
          "{last}\n"
          "第四条（监督管理）\n区财政局负责对补贴资金拨付进行审核。\n"
          "第五条（施行日期）\n本办法自2025年1月1日起施行。\n")


def test_a_list_of_checks_is_the_text_of_its_article():
    for last in ("4.需要审核的其他事项。", "4.补贴金额是否符合标准。"):
        tasks = _tasks(CHECKS.format(last=last))
        assert len(tasks) == 3
        lead, resp = tasks[1][1], tasks[1][2]
        assert lead == ["区发展改革委"] and resp == ["区财政局"]


def test_a_list_of_work_under_a_review_article_stays_items():
    # the lines give work to bodies (no 是否 checks): items, tasks each
    text = CHECKS.format(last="4.区财政局负责拨付补贴资金。").replace(
        "1.项目备案手续是否齐全；\n2.项目是否按照备案内容建设；\n3.申报单位是否存在失信记录；\n",
        "1.各街镇负责初审项目；\n2.区住建委负责核查建设情况；\n3.区市场监管局负责核查信用记录；\n")
    assert len(_tasks(text)) == 6


# a subject's sentence that goes on with 结合／依法 before its first comma: the name ends there, not after
RUNS_ON = ("某区补贴资金管理办法\n"
           "第一条（目的和依据）\n为规范补贴资金管理，根据有关规定，制定本办法。\n"
           "第二条（监督和管理）\n"
           "（一）{first}，负责对本区申报项目进行监督和管理。\n"
           "（二）区财政局负责对补贴资金拨付进行审核。\n"
           "第三条（施行日期）\n本办法自2025年1月1日起施行。\n")


def test_a_name_ends_before_jiehe():
    tasks = _tasks(RUNS_ON.format(first="各街镇结合日常监管工作"))
    assert tasks[0][2] == ["各街镇"] and tasks[1][2] == ["区财政局"]


def test_no_name_runs_on_into_yifa():
    # 「各街镇依法加强…」: the name ends before 依法, never 「各街镇依法」 (round 40); since round 44 (decided) the
    # subject of any verb of doing in an article is a doer, and a group of towns opening it is read (round 46, x207_03)
    text = RUNS_ON.format(first="各街镇依法加强对本区申报项目的监督").replace("，负责对本区申报项目进行监督和管理", "")
    tasks = _tasks(text)
    assert tasks[0][2] == ["各街镇"] and tasks[1][2] == ["区财政局"]


def test_a_heading_of_units_over_duties_is_kept():
    # 「（一）各街镇：负责…」 siblings headed by their units stay read as headings (no 结合／依法 in them)
    text = RUNS_ON.format(first="各街镇：开展日常巡查").replace("（二）区财政局负责", "（二）区财政局：负责")
    tasks = _tasks(text)
    assert tasks[0][2] == ["各街镇"] and tasks[1][2] == ["区财政局"]


# an article whose opening subject only announces 「市X委…发布通知」 while another body does the work
# 「各区Y…组织…开展」: the sentence reader's doer, not the opening subject
OPENER = ("某市专项资金管理办法\n"
          "第一条（目的和依据）\n为规范资金管理，根据有关规定，制定本办法。\n"
          "第二条（申报程序）\n"
          "（一）{first}\n"
          "（二）区财政局负责对资金拨付进行审核。\n"
          "第三条（施行日期）\n本办法自2025年1月1日起施行。\n")


def test_the_sentence_doer_reads_an_article_its_opener_does_not_do():
    first = "市商务委根据年度计划，于每年初发布申报通知，各区商务委按季度组织区内企业开展申报工作。"
    # (round 44, decided: the article's subject of 发布 is a doer too, in printed order beside the 组织 doer)
    assert _tasks(OPENER.format(first=first))[0][2] == ["市商务委", "各区商务委"]


def test_an_opening_subject_that_does_the_work_stays():
    # the opener is among the sentence reader's doers (or the reader finds none): the article's reading stands
    first = "市商务委负责编制年度计划，各区商务委按季度组织区内企业开展申报工作。"
    assert "市商务委" in _tasks(OPENER.format(first=first))[0][2]
    first = "市商务委应当于每年初发布申报通知。"
    assert _tasks(OPENER.format(first=first))[0][2] == ["市商务委"]


def test_checks_under_a_bodys_part_heading_stay_items():
    # 「1、区住建委审核内容」 over 是否 points, no lead-in 「…包括：」: that body's points (round 32), items each
    text = ("某区审批办法\n一、审批流程\n（一）联合审核\n由区住建委、区规划资源局分别审核以下内容：\n"
            "1、区住建委审核内容\n（1）施工图纸是否符合要求；\n（2）施工单位资质是否齐全。\n"
            "2、区规划资源局审核内容\n（1）用地手续是否完备；\n（2）其他需要审核的事项。\n")
    assert len(parse_text(text).tasks) == 4

"""Unit labels carried past their own item (round 44, p44c): a standing units line 「以下分工均含A」 in an item's
label, a numbered line that is itself the lead-in of its sub-items 「1.A负责…，具体包括：」, and a lone unit heading
whose paragraph names the same bodies again as the subject of their duties — with the near misses that keep their
readings."""

from __future__ import annotations

from desktop.core.parse import parse_text


def units(plan):
    return {".".join([*t.path, t.number]): sorted(t.responsible_units) for t in plan.tasks}


# --- a standing units line 「以下分工均含A」 (Round 39: gives A to every later item, beside its own units)

STANDING = ("某市防灾减灾工作要点\n一、强化责任落实\n"
            "（一）开展专题培训。组织成员单位开展防灾减灾专题培训。（责任单位：市应急局、市委组织部，各区人民政府，"
            "以下分工均含各区人民政府）\n"
            "（二）完善应急预案。修订自然灾害专项应急预案。（责任单位：市应急局、市水务局）\n"
            "二、提升监测能力\n（三）建设监测网络。新建地质灾害监测点。（责任单位：市规划资源局）\n")


def test_standing_line_with_jun_han_reaches_every_later_item():
    got = units(parse_text(STANDING))
    assert got["一.一"] == ["各区人民政府", "市委组织部", "市应急局"]
    assert got["一.二"] == ["各区人民政府", "市应急局", "市水务局"]
    assert got["二.三"] == ["各区人民政府", "市规划资源局"]


def test_without_the_standing_line_later_items_keep_their_own_units():
    plain = STANDING.replace("，以下分工均含各区人民政府", "")
    got = units(parse_text(plain))
    assert got["一.二"] == ["市应急局", "市水务局"]
    assert got["二.三"] == ["市规划资源局"]


def test_items_before_the_standing_line_take_nothing_from_it():
    text = ("某市防灾减灾工作要点\n一、强化责任落实\n"
            "（一）完善应急预案。修订专项应急预案。（责任单位：市应急局）\n"
            "（二）开展专题培训。组织开展专题培训。（责任单位：市委组织部，以下分工均含各区人民政府）\n"
            "（三）建设监测网络。新建监测点。（责任单位：市规划资源局）\n")
    got = units(parse_text(text))
    assert got["一.一"] == ["市应急局"]
    assert got["一.三"] == ["各区人民政府", "市规划资源局"]


# --- a numbered line that is the lead-in of its sub-items (rule 4)

LINE_LEAD_IN = ("某区水利工程建设项目管理办法\n一、职责分工\n"
                "1.工程管理办负责水利项目的全过程管理，具体包括：\n"
                "1.1编制全区水利项目库及年度建设计划；\n"
                "1.2组织水利项目的立项预审，对可行性进行审核；\n"
                "2.各科室职责：\n"
                "2.1计划科负责水利项目年度预算的编制；\n"
                "2.2安全科负责在建工程安全生产的监督指导工作。\n")


def test_a_colon_line_with_a_doer_gives_it_to_its_sub_items():
    got = units(parse_text(LINE_LEAD_IN))
    assert got["一.1.1.1"] == ["工程管理办"]
    assert got["一.1.1.2"] == ["工程管理办"]


def test_a_bare_colon_heading_gives_nothing_and_sub_items_keep_their_own_units():
    got = units(parse_text(LINE_LEAD_IN))
    assert got["一.2.2.1"] == ["计划科"]
    assert got["一.2.2.2"] == ["安全科"]


def test_a_colon_line_without_a_doer_gives_nothing():
    text = LINE_LEAD_IN.replace("1.工程管理办负责水利项目的全过程管理，具体包括：",
                                "1.水利项目的全过程管理，具体包括：")
    got = units(parse_text(text))
    assert got["一.1.1.1"] == [] and got["一.1.1.2"] == []


def test_an_article_listing_duties_of_those_it_governs_gives_them_to_its_items():
    # (Round 56 rulings, Tasks, turned over x53_03's 「the actors are kinds」: the duty list is read by its items, each
    # item's subject the lead-in's kinds of body — was: none)
    text = ("某区消防安全责任制实施办法\n第一条 为落实消防安全责任制，制定本办法。\n"
            "第二条 区消防救援支队负责本区消防工作的监督管理。\n"
            "第三条 机关、团体、企业、事业单位应当落实消防安全主体责任，履行下列职责：\n"
            "(一)明确各岗位消防安全责任人及其职责，制定消防安全制度；\n"
            "(二)保证防火检查巡查、消防设施维护保养所需资金投入；\n"
            "(三)定期开展灭火和应急疏散演练。\n"
            "第四条 本办法自发布之日起施行。\n")
    plan = parse_text(text)
    under = [t for t in plan.tasks if t.path == ["3"]]
    assert under and all(t.responsible_units == ["机关、团体、企业、事业单位"] for t in under)


# --- a lone unit heading whose paragraph names the same bodies as its subject (rule 1, a page cut after it)

LONE = ("某镇预防溺水工作实施方案\n一、健全组织机制\n各社区、各村要严格落实属地责任，明确专人负责。\n"
        "二、明确责任分工\n"
        "(一)各社区、各村。各社区、村是第一责任主体，对辖区内所有水域安全负总责。要切实履行属地管理责任，"
        "对辖区内水域进行全面排查。\n")


def test_lone_unit_heading_restated_as_subject_names_the_units():
    got = units(parse_text(LONE))
    assert got["二.一"] == ["各村", "各社区"]


def test_lone_topic_heading_names_no_units():
    text = LONE.replace("(一)各社区、各村。各社区、村是第一责任主体，对辖区内所有水域安全负总责。",
                        "(一)重点水域。重点水域是河道、坑塘和水库，对辖区内所有水域安全负总责。")
    got = units(parse_text(text))
    assert got.get("二.一", []) == []


def test_lone_unit_heading_outside_a_division_heading_names_no_units():
    text = LONE.replace("二、明确责任分工", "二、开展隐患排查")
    got = units(parse_text(text))
    assert got.get("二.一", []) == []

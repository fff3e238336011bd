"""Round 52 first wave (p52a): lists whose lines give no work of their own.

Round 60 rulings (x94_02 三, x64_04 一/（二）): 「具备／满足以下条件的X，（也）应＋work：」 over lines that each only
name a condition or a class of X gives the work once, in the lead-in — the lines are text, the item one task;
(v04 三/（二）) 「…存在以下情形的，可以…：1.…」 lines of cases with their options give no work. Whole rules: cases or
standards 「有下列情形之一的，…」 are text however the lead-in ends; purpose (目的依据) and a fund's objects or fields
(支持对象／支持领域) are general provisions; a fund's rates are one article (round 36). Near misses: lines that
each carry their own step stay items (round 51 q47b). Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def paths(text: str) -> list[tuple[str, ...]]:
    return [(*t.path, t.number) for t in parse_text(text).tasks]


def plan(point_two: str) -> str:
    return ("某区关于加强社区服务站管理的工作方案\n"
            "一、加强站点建设\n"
            "各街道要按照标准建设社区服务站，完善服务设施。\n"
            "二、推进站点延时服务\n"
            f"{point_two}\n"
            "三、强化保障\n"
            "区民政局要加强对社区服务站的督导检查，及时通报检查情况。\n")


# --- conditions answered once in the lead-in ---------------------------------------------------------------------


def test_conditions_under_a_lead_in_that_gives_the_work_are_its_text():
    text = plan("人口密集区域的服务站应优先实行延时服务。其他具备以下条件的服务站，也应实行延时服务：\n"
                "（一）配有值班人员的；\n"
                "（二）具有视频监控设备的（主要包括门禁、报警、应答装置等）；\n"
                "（三）设置明显的“延时服务”标识的。")
    assert paths(text) == [("一",), ("二",), ("三",)]


def test_classes_of_the_objects_the_work_picks_are_its_text():
    text = plan("（一）适用范围\n"
                "本方案适用于本区新建社区服务站。\n"
                "（二）规模要求\n"
                "满足以下条件的服务站应安装客流监测设备：\n"
                "1、独立设置的服务站：建筑面积在300平方米以上的服务站。\n"
                "2、合设的服务站：服务人口在2万人以上的服务站。\n"
                "（三）设备维护\n"
                "各街道应当确保客流监测设备正常运行。")
    found = paths(text)
    assert ("二", "二") in found
    assert not any(len(p) == 3 for p in found)


def test_lines_that_carry_their_own_step_stay_items():
    # near miss (round 51 q47b): each line a body's own work
    text = plan("具备以下条件的服务站，应当落实下列措施：\n"
                "（一）街道办事处负责配备值班人员；\n"
                "（二）区民政局组织开展服务评估。")
    assert ("二", "一") in paths(text) and ("二", "二") in paths(text)


def test_a_lead_in_that_gives_no_work_is_not_this_reader_s():
    # near miss: the lead-in names the work's objects but binds nothing — the lines are left as they were read
    text = plan("具备以下条件的服务站名单如下：\n"
                "（一）街道办事处负责配备值班人员；\n"
                "（二）区民政局组织开展服务评估。")
    assert ("二", "一") in paths(text)


# --- cases with their options ------------------------------------------------------------------------------------


def test_cases_each_with_an_optional_route_are_text():
    text = plan("原则上依法拆除违法搭建的设施。\n"
                "违法搭建存在以下情形的，可以采取其他处置方式：\n"
                "1.属于公共服务设施的，经区整治工作小组审核同意，可以依法补办手续。补办手续的，应当在整改期限届满前完成。\n"
                "2.已批准的临时设施超过批准期限的，经区规划资源局认定后，可以依法延长批准期限。")
    found = paths(text)
    assert ("二",) in found
    assert not any(len(p) == 3 for p in found)


def test_cases_that_each_give_a_body_work_stay_items():
    # near miss: the lines respond to the case by a named body's step, no option among them
    text = plan("发现以下情形的，可以按下列规定处理：\n"
                "1.占用消防通道的，由区消防救援支队责令限期改正；\n"
                "2.擅自改变用途的，由区规划资源局牵头组织整改。")
    assert ("二", "1") in paths(text) and ("二", "2") in paths(text)


# --- whole rules in articles -------------------------------------------------------------------------------------

RULE_HEAD = ("某区文化产业扶持资金管理办法\n"
             "第一条　目的依据\n"
             "为促进本区文化产业发展，规范扶持资金管理，根据有关规定，结合本区实际，制定本办法。\n"
             "第二条　支持对象\n"
             "扶持资金支持的对象为在本区依法设立的企业。申报单位应信用记录良好。\n"
             "第三条　项目申报\n"
             "区文化局负责组织项目申报，并会同区财政局对申报材料进行审核。\n"
             "第四条　资金拨付\n"
             "区财政局应当在项目审定后30日内拨付资金。\n")
RULE_TAIL = "第六条　本办法自2025年1月1日起施行。\n"


def rule_numbers(article: str) -> list[tuple[str, ...]]:
    return paths(RULE_HEAD + "第五条　" + article + "\n" + RULE_TAIL)


def test_purpose_and_a_fund_s_objects_are_general_provisions():
    found = rule_numbers("项目跟踪\n区文化局应当对项目实施情况进行跟踪检查。")
    assert ("1",) not in found and ("2",) not in found
    assert ("3",) in found and ("5",) in found


def test_cases_one_of_which_is_met_are_the_article_s_text_however_the_lead_in_ends():
    found = rule_numbers("项目撤销\n有下列情形之一的，由区文化局提出撤销项目的申请，经审定后收回已拨付的资金。\n"
                         "（一）项目实施条件发生重大变化，导致项目无法继续实施。\n"
                         "（二）项目单位擅自变更项目建设内容。\n"
                         "（三）其他依照有关规定应当予以撤销项目的情形。")
    assert ("5",) in found and not any(len(p) == 2 and p[0] == "5" for p in found)


def test_standards_one_of_which_is_met_are_text():
    found = rule_numbers("项目招标\n企业实施的项目采购达到下列标准之一的，必须依法组织招标。\n"
                         "（一）施工单项合同估算价在400万元以上；\n"
                         "（二）货物采购单项合同估算价在200万元以上。")
    assert ("5",) in found and not any(len(p) == 2 and p[0] == "5" for p in found)


def test_cases_whose_lines_give_a_body_work_stay_items_in_a_rule():
    # near miss: each line answers its case with a named body's response (round 51 q47b)
    found = rule_numbers("违规处理\n有下列情形之一的，按以下规定处理。\n"
                         "（一）未按期报送材料的，由区文化局责令限期改正；\n"
                         "（二）擅自变更项目内容的，由区财政局收回资金并处以罚款。")
    assert ("5", "一") in found and ("5", "二") in found


def test_the_fields_a_fund_supports_are_its_uses():
    found = rule_numbers("支持领域\n扶持资金主要支持以下方面：\n"
                         "（一）支持重点文化产业园区建设。\n"
                         "（二）支持文化企业数字化转型项目。\n"
                         "（三）经区政府批准的其他需要支持的项目。")
    assert not any(p and p[0] == "5" for p in found)


def test_a_list_of_support_rates_is_one_article():
    found = rule_numbers("支持方式及标准\n扶持资金采用分类支持的方式：\n"
                         "（一）市级项目\n对获得市级资金支持的项目，按照不低于1：1的比例安排区级配套资金。\n"
                         "1、重大项目：总投资3000万元以上的项目，由市、区两级资金支持（最高600万元）。\n"
                         "2、重点项目：总投资1000万元以上，区级支持比例最高为项目总投资的20%。\n"
                         "3、研究项目：区级支持比例最高为合同金额的20%，由市、区两级资金支持。\n"
                         "（二）区级项目\n对总投资500万元以上的项目，给予资金支持，支持金额最高150万元。")
    assert sum(1 for p in found if p and p[0] == "5") == 1


def test_a_call_over_defined_fields_is_no_task_but_an_option_over_cases_stays():
    call = rule_numbers("鼓励合作银行设立优惠信贷资金，重点支持以下领域：\n"
                        "1.信息基础设施，是指以通信网络为基础的基础设施。\n"
                        "2.融合基础设施，是指应用新技术形成的基础设施。\n"
                        "3.创新基础设施，是指支撑科学研究的基础设施。")
    assert not any(p and p[0] == "5" for p in call)
    # near miss: a fund's option over its cases, the fund's name opening like a call (引导基金)
    option = rule_numbers("引导基金在投资协议中约定，如发现所投资基金出现下述任一情况，引导基金可选择提前退出：\n"
                          "（一）超过一年未完成设立手续的；\n（二）未按协议约定投资的；\n（三）其他不符合协议约定情形的。")
    assert ("5",) in option

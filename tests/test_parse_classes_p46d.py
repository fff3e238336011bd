"""Round 46 (p46d): units read from labels and sentences, and names.

Labels with the level of government written before them (「县牵头单位：A，镇对接单位：B」): the county's lead and the
town's body that takes it up are the item's units; a level's word inside a sentence stays no label."""

from __future__ import annotations

from desktop.core.parse import parse_text


def units(text):
    return [(t.number, t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


LEVELS = ("某镇冬季大气污染防治分工方案\n一、防治燃煤污染\n{a}\n工作要求:加强燃煤散烧管控整治。\n"
          "二、防治工业污染\n{b}\n工作要求:涉气企业依法停产整治。\n")


def test_labels_with_a_level_before_them_are_read():
    got = units(LEVELS.format(a="县牵头单位:县商务局,镇对接单位:镇企业办。",
                              b="县牵头单位：县环保局；镇对接单位：镇企业办、派出所。"))
    assert got == [("一", ["县商务局"], ["镇企业办"]), ("二", ["县环保局"], ["镇企业办", "派出所"])]


def test_a_level_label_after_a_sentence_on_the_same_line():
    text = ("某镇冬季大气污染防治分工方案\n一、防治扬尘污染\n"
            "开展清洁行动。县牵头单位:县爱卫办,镇对接单位:镇城乡公路管理所。"
            "工作要求:每周组织一次清洁行动。\n二、防治燃煤污染\n市级牵头单位：市商务局。\n工作要求:取缔燃煤锅炉。\n")
    assert units(text) == [("一", ["县爱卫办"], ["镇城乡公路管理所"]), ("二", ["市商务局"], [])]


def test_near_misses_a_level_word_in_a_sentence_is_no_label():
    # 「全市牵头单位」: a part of a sentence, the 市 no level before a label (the label is still read alone)
    text = ("某镇冬季大气污染防治分工方案\n一、防治燃煤污染\n对接单位要主动联系县商务局，加强燃煤散烧管控整治。\n"
            "二、防治工业污染\n各企业要依法停产整治。\n")
    got = units(text)
    assert all("对接单位" not in "".join(lead + resp) for _n, lead, resp in got)
    assert got[1][1:] == ([], [])


# headings that name a class of enterprise over a paragraph with doers of its own (round 46, x204_03)
CLASSES = ("某市应急管理局关于加强节日期间安全生产工作的通知\n一、具体措施\n（一）高温熔融金属企业。\n{a}\n"
           "（二）涉爆粉尘企业。\n{b}\n二、工作要求\n各相关单位要提高政治站位。\n")


def test_a_class_of_enterprise_heading_is_no_unit_where_its_paragraph_names_doers():
    got = units(CLASSES.format(a="相关企业要组织专业技术人员，全面排查整治事故隐患。",
                               b="各区应急管理局要组织开展专项执法检查，督促企业整改。"))
    assert got[0][2] == ["相关企业"] and "高温熔融金属企业" not in got[0][2]
    assert got[1][2] == ["各区应急管理局"]


def test_near_miss_a_class_heading_over_its_duties_stays_the_unit():
    # the paragraph opens with the duty itself (负责…): the heading names who does it
    got = units(CLASSES.format(a="负责组织专业技术人员，全面排查整治事故隐患。",
                               b="负责开展粉尘涉爆隐患自查，建立一企一档。"))
    assert got[0][2] == ["高温熔融金属企业"] and got[1][2] == ["涉爆粉尘企业"]


# a clause that opens with its manner 「结合实际…」 names no body, whatever it ends in (round 46, x210_01)
MANNER = "某镇防灾减灾宣传周活动方案\n一、活动安排\n1、方案制定。{a}\n2、宣传发动。镇应急办要组织开展宣传活动。\n"


def test_a_manner_clause_is_no_unit():
    got = units(MANNER.format(a="各单位要根据上级方案,结合实际拟定本单位实施方案。"))
    assert got[0][1:] == ([], []) and got[1][2] == ["镇应急办"]


def test_near_miss_a_named_body_before_its_manner_is_read():
    got = units(MANNER.format(a="镇综治办要结合实际组织实施本单位方案。"))
    assert got[0][2] == ["镇综治办"]


# 「A牵头，B、C＋verb」 without 由: B and C work with A as they do after 「由A牵头，」 (round 34; x210_04)
LEADS = "某镇防震减灾工作实施方案\n一、工作内容\n（一）宣传活动。{a}\n（二）应急演练。{b}\n"


def test_partners_after_a_lead_clause_without_by():
    got = units(LEADS.format(a="镇政府牵头,各村(社区)、各单位结合本单位工作实际,在主要街道悬挂宣传标语。",
                             b="镇应急办牵头，镇派出所开展应急演练。"))
    assert [g[1:] for g in got] == [(["镇政府"], ["各村(社区)"]), (["镇应急办"], ["镇派出所"])]


def test_near_misses_a_general_call_or_work_right_after_the_lead():
    got = units(LEADS.format(a="镇政府牵头,各单位结合本单位工作实际,在主要街道悬挂宣传标语。",
                             b="镇应急办牵头组织，镇派出所开展应急演练。"))
    assert got[0][1:] == (["镇政府"], [])
    assert got[1][1] == ["镇应急办"] and "镇派出所" not in got[1][1]


# 「A对…负有主体责任」 designates A as a doer like 「A承担…主体责任」 (round 39; x209_01) — not another 负有…责任
DESIGNATES = "某市治理欠薪实施意见\n一、落实责任\n（一）明确责任主体。{a}\n（二）加强监管。{b}\n"


def test_a_body_that_bears_the_main_responsibility_is_a_doer():
    got = units(DESIGNATES.format(a="各类企业对招用农民工的工资支付负有主体责任,要严格依法按月足额支付工资。",
                                  b="县人社局负责组织开展工资支付专项检查。"))
    assert got[0][2] == ["各类企业"] and got[1][2] == ["县人社局"]


def test_near_miss_a_supervising_responsibility_is_no_designation():
    got = units(DESIGNATES.format(a="县人社局对招用农民工的工资支付负有监管责任,要依法处理欠薪问题。",
                                  b="县人社局负责组织开展工资支付专项检查。"))
    assert got[0][2] == []


# a group's name with a quoted campaign in it, 本院 before a name, a 的-phrase before the subject of 负责 (x209_02,
# x209_06)
GROUPS = "某院安全生产月活动方案\n一、活动内容\n1、主题宣传。{a}\n2、组织领导。{b}\n"


def test_a_group_named_with_a_quoted_campaign_is_read_as_printed():
    got = units(GROUPS.format(a="活动期间,镇“安全生产月”活动领导小组将组织相关职能部门开展一次主题宣传活动。",
                              b="本院安全生产领导小组负责全院活动的组织领导。各职能科室的活动领导小组负责本科室活动的督查。"))
    assert got[0][2] == ["镇“安全生产月”活动领导小组"]
    assert got[1][2] == ["安全生产领导小组", "活动领导小组"]


def test_near_misses_a_quoted_slogan_and_a_bare_self_reference():
    # a quote that names a campaign, not a group: still no body; 本院 alone names no unit
    got = units(GROUPS.format(a="各村要开展“安全生产月，平安我家”主题活动，县安委会负责统筹。",
                              b="本院负责全院安全生产月活动的组织领导。"))
    assert got[0][2] == ["县安委会"] and got[1][2] == []


# 「A将对X组织专家开展…」: 组织 the experts, then the work — A a doer (round 30 / 34; x206_04)
EXPERTS = ("某委关于海绵城市建设工作要求的通知\n一、工作要求\n（一）开展评估。{a}\n"
           "（二）编制方案。区水务局负责编制系统方案。\n")


def test_on_a_thing_organising_experts_to_work_is_a_doer():
    got = units(EXPERTS.format(a="各区应编制自评估报告。我委将对自评估报告组织专家开展论证。"))
    assert got[0][2] == ["我委"]


def test_near_miss_experts_opinions_are_no_work():
    got = units(EXPERTS.format(a="各区应编制自评估报告。我委对自评估报告组织专家意见汇总。"))
    assert got[0][2] == []


# 「A作为…，应牵头B协助开展…」 (the subject carried to 牵头) and 「A应根据…职责分工牵头B、C，组织…」: B, C with A
# (rule 2; x206_02, x206_03)
LEDS = "某委关于玻璃幕墙排查整治的通知\n一、工作安排\n（一）技术支撑。{a}\n（二）专项检查。{b}\n"


def test_bodies_led_after_a_carried_subject_or_a_rule():
    got = units(LEDS.format(a="市安质监总站作为技术支撑，应牵头行业协会协助开展巡查整治。",
                            b="市物业事务中心等成员单位应根据《某通知》中的职责分工牵头行业协会、有关企业，"
                              "组织专业技术力量提供保障。"))
    assert got[0][1:] == (["市安质监总站"], ["行业协会"])
    assert got[1][1:] == (["市物业事务中心"], ["行业协会", "有关企业"])


def test_near_miss_lead_with_its_work_right_after():
    got = units(LEDS.format(a="市安质监总站作为技术支撑，应牵头开展巡查整治。", b="各区应组织开展专项检查。"))
    assert got[0][1:] == (["市安质监总站"], [])


# 「A要设立X办公室，负责…」: 负责 is the office's, no carried subject's (x26_05)
OFFICE = "某市创建活动工作职责\n一、县级职责\n1、{a}\n2、县公安局负责组织开展交通安全宣传。\n"


def test_the_body_that_sets_up_an_office_is_not_the_doer_of_its_duty():
    got = units(OFFICE.format(a="县(市)区人民政府要设立创建活动办公室,负责本地区创建活动的具体协调、指导工作。"))
    assert got[0][1:] == ([], [])


def test_near_miss_a_subject_with_a_rule_still_carries_to_its_duty():
    got = units(OFFICE.format(a="县(市)区人民政府要按照上级要求,负责本地区创建活动的具体协调、指导工作。"))
    assert got[0][2] == ["县(市)区人民政府"]


# an article whose lead 「A牵头对…加强监管」 has a regulated party's paragraph beside it: A leads (x113_04)
ARTICLES = ("某区生态公益林建设养护管理办法\n第一条 为加强管理，制定本办法。\n第二条（项目监管）\n{a}\n{b}\n"
            "第三条（检查验收）\n项目施工结束后，区绿化市容局按照规定组织验收。\n")


def test_an_article_lead_with_a_doer_beside_it_leads():
    got = {n: (lead, resp) for n, lead, resp in units(ARTICLES.format(
        a="区绿化市容局牵头对全区生态公益林项目建设加强监管，对不符合要求的情况，应及时提出整改意见。",
        b="建设单位应规范工作程序，加强项目管理，严格控制造林进度和质量。"))}
    assert got["2"] == (["区绿化市容局"], ["建设单位"])


def test_near_miss_a_lone_lead_is_read_as_before():
    got = {n: (lead, resp) for n, lead, resp in units(ARTICLES.format(
        a="区绿化市容局牵头对全区生态公益林项目建设加强监管，对不符合要求的情况，应及时提出整改意见。",
        b="对不符合造林要求的项目，不予验收。"))}
    assert got["2"] == (["区绿化市容局"], [])        # (the sentence reader's lead, as before this round)


# an article's second paragraph opening with a town's and a street's government 「镇人民政府、街道办事处应当…」 (x207)
TOWNS = ("某市历史文化名镇保护条例\n第一章 总则\n第一条\n为了加强保护，制定本条例。\n第二章 保护利用\n第二条\n"
         "区人民政府应当组织力量，加强对历史文化资源的研究。\n{b}\n第三条\n历史文化名镇应当具备下列条件：\n"
         "（一）保存文物特别丰富；\n（二）历史建筑集中成片。\n第三章 附则\n第四条\n本条例自2025年5月1日起施行。\n")


def test_a_town_and_a_street_government_opening_a_paragraph_are_doers():
    got = units(TOWNS.format(b="镇人民政府、街道办事处应当推动宣传展示设施建设。"))
    assert got[0][2] == ["区人民政府", "镇人民政府", "街道办事处"]
    # 「A、B以及C在…」: 以及 joins two names
    got = units(TOWNS.format(b="镇人民政府、街道办事处以及区管理中心在区人民政府的指导下，承担具体保护工作。"))
    assert got[0][2] == ["区人民政府", "镇人民政府", "街道办事处", "区管理中心"]


def test_near_miss_a_street_named_inside_the_sentence_is_no_opening_subject():
    got = units(TOWNS.format(b="宣传展示设施应当向街道办事处开放。"))
    assert got[0][2] == ["区人民政府"]


def test_a_later_sentence_of_an_opening_paragraph_names_its_own_subject():
    # 「A应当…；市文化旅游等部门应当加强指导。」: both (round 44; x207_01 第二十三条)
    got = units(TOWNS.format(b="区人民政府应当加强对讲解员的培训；市文化旅游等部门应当加强指导。"))
    assert got[0][2] == ["区人民政府", "市文化旅游等部门"]


def test_a_group_of_towns_opening_an_article_paragraph_is_a_doer():
    # 「各街镇应在…前，编制…」「各街镇对…每月巡查」 (x207_03); 「A会同B向C颁发…」: B alone the partner (x135_03)
    got = units(TOWNS.format(b="各街镇应在每年6月底前，编制辖区内下一年度保护工程目录。"))
    assert got[0][2] == ["区人民政府", "各街镇"]
    got = units(TOWNS.format(b="各街镇会同区规划资源局向社区规划师颁发聘书。"))
    assert got[0][1:] == (["各街镇"], ["区人民政府", "区规划资源局"])


def test_near_miss_a_place_alone_is_no_doer():
    got = units(TOWNS.format(b="各街镇的历史建筑应当整体保护。"))
    assert got[0][2] == ["区人民政府"]


# 「违反…，未按…，擅自…，或者从事…的，由A或者B责令…」: a long list of breaches answered by 由 (round 38; x207_02)
BREACH = ("某市优秀历史建筑保护条例\n第一章 总则\n第一条\n为了加强保护，制定本条例。\n第二章 法律责任\n第二条\n{b}\n"
          "第三条\n历史建筑应当具备下列条件：\n（一）建成三十年以上；\n（二）风格特色鲜明。\n第三章 附则\n第四条\n"
          "本条例自2025年5月1日起施行。\n")


def test_a_long_list_of_breaches_answered_by_bodies():
    got = units(BREACH.format(b="违反本条例规定，未按要求设置相关设施，擅自改变使用性质，或者从事危害建筑安全活动的，"
                                "由市房屋管理部门或者区房屋管理部门责令其限期改正。"))
    assert got[0][2] == ["市房屋管理部门", "区房屋管理部门"]


def test_near_miss_a_contingency_stays_one():
    got = units(BREACH.format(b="确需调整保护范围的，由市规划管理部门报市人民政府批准。"))
    assert got[0][2] == []


# a body named by the role it holds in the work 「由更新统筹主体统筹开展」 (round 34 / 44; x207_04)
def test_a_coordinating_party_named_by_its_role_is_a_doer():
    got = units(BREACH.format(b="更新区域内的城市更新活动，由更新统筹主体统筹开展。"))
    assert got[0][2] == ["更新统筹主体"]


def test_near_miss_a_role_word_alone_is_no_doer():
    got = units(BREACH.format(b="更新区域内的城市更新活动，由统筹主体统筹开展。"))
    assert got[0][2] == []


# 「A、B、C等部门，按照各自职责共同做好…」: the listed bodies, full names too (round 44; x207_03 第九条)
def test_a_list_closed_by_etc_departments_before_its_rule():
    got = units(BREACH.format(b="区政府办公室、区发展和改革委员会、公安某某分局、区档案局等部门，"
                                "按照各自职责共同做好文物保护工作。"))
    assert got[0][2] == ["区政府办公室", "区发展和改革委员会", "公安某某分局", "区档案局"]


def test_near_miss_a_list_as_an_object_is_no_subject():
    got = units(BREACH.format(b="文物保护工作涉及区政府办公室、区档案局等部门，按照各自职责共同做好。"))
    assert got[0][2] == []


# an article's items: a commissioned agency as the subject of any verb of doing, and the subject after a run-in
# heading 「（二）机构的选择。区发改委通过…确定…」 (round 44; x205_01)
AGENCIES = ("某区委托投资咨询评估管理办法\n第一条（目的依据）\n为规范评估行为，制定本办法。\n第二条（机构管理）\n"
            "（一）机构的选择。{a}\n（二）机构的职责。{b}\n第三条（附则）\n本办法自2026年5月1日起施行。\n")


def test_a_commissioned_agency_and_a_subject_after_a_run_in_heading():
    got = units(AGENCIES.format(a="区发改委通过招标方式确定若干家咨询评估机构，并签订服务协议。",
                                b="咨询评估机构应当按照委托要求，独立、公正开展咨询评估。"))
    assert [g[2] for g in got[:2]] == [["区发改委"], ["咨询评估机构"]]


def test_near_misses_a_commissioned_object_and_a_filing_name_no_agency():
    got = units(AGENCIES.format(a="项目单位应当委托土地评估机构进行市场评估。",
                                b="咨询评估机构应当按规定向区发改委报送评估报告。"))
    assert "土地评估机构" not in got[0][2] and got[1][2] == []


# an article of cases whose first sentence is itself a contingency 「…如有不良记录，归集到…平台」: its 「…的，由A…」 is
# still the article's answer (round 38; x205_02 第三十三条)
def test_a_contingency_sentence_before_a_case_answered_by_a_body():
    got = units(BREACH.format(b="代建单位履职过程中如有不良记录，归集到区公共信用信息平台。\n"
                                "代建单位如发生违规行为的，由区发展改革委将其调整出代建单位名录。"))
    assert got[0][2] == ["区发展改革委"]


def test_near_miss_a_work_sentence_before_the_case_keeps_it_a_contingency():
    got = units(BREACH.format(b="代建单位应当建立履职档案。\n"
                                "代建单位如发生违规行为的，由区发展改革委将其调整出代建单位名录。"))
    assert "区发展改革委" not in got[0][2]


# a body named by its role in the checking 「具体考核办法由考核单位另行制定」: the agent of 由 (round 34 / 39; x205_04)
def test_a_checking_unit_named_by_its_role_is_an_agent():
    got = units(BREACH.format(b="财务监理工作质量考核采取日常考核与年度考核相结合的方式，"
                                "具体考核办法由考核单位另行制定。"))
    assert got[0][2] == ["考核单位"]


def test_near_miss_checking_as_work_is_no_name():
    got = units(BREACH.format(b="财务监理工作质量由区财政局考核单位资料后另行公布。"))
    assert not any("考核" in n for n in got[0][2])

"""The units of a plan's or notice's point (round 59, p59c): the bodies of a 职责 paragraph whatever
their verbs, 「A自行或委托B开展…」, a means then rule 2's verb in a later clause, 「由A会同B、C决定…」,
a police force named by its branch in a list, a long 按-phrase before the subject's verb, and a place
「在…的X」 before a bare verb (CONVENTIONS.md rounds 34, 35; Round 77 rulings). Made-up texts of the
forms, each with a near miss that must not fire."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_bodies_of_a_duties_paragraph_whatever_their_verb() -> None:
    got = _units("""某区窗口服务联动工作方案
一、重点工作
（一）加强协作
区民政局负责对窗口联动机制的协调指导。区交通委负责发生突发事件时的公交保障。区卫健委负责做好救治工作。区体育局做好场馆内设施的日常管理工作。区绿化市容局与街镇共同做好出入口周边环境的日常管理工作。
（二）各方职责
区民政局负责对窗口联动机制的协调指导。区交通委负责发生突发事件时的公交保障。区卫健委负责做好救治工作。区体育局做好场馆内设施的日常管理工作。区绿化市容局与街镇共同做好出入口周边环境的日常管理工作。各派出所和街镇负责协助窗口具体实施联动工作。
""")
    # under a heading of duties every body a clause opens with is a unit, 「A与B共同」「A和B」 both (rounds 34, 35)
    assert got["一.二"] == ([], ["区民政局", "区交通委", "区卫健委", "区体育局", "区绿化市容局", "街镇", "各派出所"])
    # the near miss: the same clauses under a heading of work — only rule 2's 负责 names its bodies
    assert got["一.一"] == ([], ["区民政局", "区交通委", "区卫健委"])


def test_a_body_acting_itself_or_by_a_commission() -> None:
    got = _units("""某区小型工程安全管理实施细则
一、监督管理
（一）强化安全检查。各街镇要自行或委托第三方专业团队开展日常安全生产检查，对辖区内工程开展至少一次安全检查。
（二）强化安全检查。区建管委要自行或者委托第三方专业团队开展日常安全生产检查。
（三）强化安全检查。区建管委要自行检查，或委托第三方专业团队开展日常安全生产检查。
""")
    assert got["一.一"] == ([], ["各街镇"])
    assert got["一.二"] == ([], ["区建管委"])
    # (near miss: 自行检查 is a verb of its own outside rule 2, and the 委托 clause after the comma has no subject)
    assert got["一.三"] == ([], [])


def test_a_means_then_rule_two_verb_in_a_later_clause() -> None:
    got = _units("""某区处置工程事故应急预案
一、先期处置
（一）区建管委、区应急联动中心要立即予以核实，通过调度相关应急力量实施先期处置。
（二）各乡镇人民政府要严格贯彻落实好《通知》要求，通过调整优化烟区布局、落实保护措施、稳定烟农队伍，保持核心烟区长期稳定。
""")
    assert got["一.一"] == ([], ["区建管委", "区应急联动中心"])
    # (near miss: 落实 one of the means' own list, the clause's work 保持 outside rule 2)
    assert got["一.二"] == ([], [])


def test_partners_of_a_joint_decision() -> None:
    got = _units("""某区处置工程事故应急预案
一、分级响应
（一）发生一般工程事故，由区建管委会同区应急联动中心、事发地街道办事处决定响应等级，组织、指挥相关应急力量实施应急处置。
（二）由区建管委会同区应急联动中心、区民政局制定方案。
""")
    assert got["一.一"] == (["区建管委"], ["区应急联动中心", "事发地街道办事处"])
    assert got["一.二"] == (["区建管委"], ["区应急联动中心", "区民政局"])


def test_a_police_force_by_its_branch_in_a_list() -> None:
    got = _units("""某区站点联动实施方案
一、工作要求
（一）措施保障。服务站、轨交公安、属地派出所和属地街镇要落实人员力量。
（二）措施保障。铁路公安负责落实站外秩序维护。
（三）措施保障。要加强公安、消防力量的配置。
""")
    assert got["一.一"] == ([], ["服务站", "轨交公安", "属地派出所", "属地街镇"])
    assert got["一.二"] == ([], ["铁路公安"])
    assert got["一.三"] == ([], [])        # (near miss: police as a force to deploy, no body named)


def test_a_long_rule_before_the_subjects_verb_and_a_place_before_a_bare_verb() -> None:
    got = _units("""某区推进窗口服务工作方案
一、工作安排
（一）第一阶段：各服务窗口按“窗口联动”服务组织机构备案表要求上报联系人，并组织实施服务方案的建立。
（二）第二阶段：2020年9月30日前，在全区已开通的轨道交通车站全面落实建立服务机制，完成预案编制。
（三）在本区施工的建设单位应当落实扬尘防治措施。
""")
    assert got["一.一"] == ([], ["各服务窗口"])
    assert got["一.二"] == ([], [])        # (a place 在…的X before a bare 落实: where, not who — round 34)
    assert got["一.三"] == ([], ["建设单位"])  # (near miss: with its modal the 的-phrase names the party)


_NOTICE = """某市关于贯彻落实《服务规定》的通知
各区文旅局，市文物局：
现将有关事项通知如下：
一、提高认识，加强学习宣传
各单位要高度重视，认真组织服务企业学习《规定》。
二、{heading}
{body}
三、健全制度，加强指导监督
市、区文旅管理部门督促指导企业建立健全服务制度。
四、注重管理，加强机制建设
（一）强化检查督查。市、区文旅管理部门要加强企业服务检查。
（二）实施年度考核。各区文旅局应在每年12月25日前，向市文旅局书面报告该年度工作情况。
"""


def test_a_childless_point_dividing_its_work_in_the_sentences_of_one_paragraph() -> None:
    # 「二、明确职责，…」 over one paragraph whose sentences each give a body its part (A负责实施… /
    # B负责实施…): the plan dividing its work, a task as the points beside it are, every body given work its unit
    got = _units(_NOTICE.format(heading="明确职责，加强市区联动", body=(
        "市、区文旅管理部门按照职责实施全市服务监督管理工作。市文旅局（产业处）负责实施市级主管的演出企业的监督管理工作，"
        "指导各区文旅管理部门实施本区域内演出企业的监督管理工作。市文物局负责实施市级主管的博物馆的监督管理工作。"
        "各区文旅管理部门负责实施本区域内娱乐场所的监督管理工作。")))
    assert list(got) == ["一", "二", "三", "四.一", "四.二"]
    assert got["二"] == ([], ["市、区文旅管理部门", "市文旅局（产业处）", "市文物局", "各区文旅管理部门"])
    # the near miss: a safeguard heading over a call to every unit divides nothing — no task
    got = _units(_NOTICE.format(heading="加强组织领导，明确职责",
                                body="各单位要明确分管领导和工作职责，确保工作落实。"))
    assert list(got) == ["一", "三", "四.一", "四.二"]


def test_either_of_two_bodies_one_with_its_places_bracket() -> None:
    text = """某区产业用地监管工作通知
一、健全监管机制，强化履约兑现
明晰责任分工，压实监管责任。{either}负责日常巡查、信息报送；产业部门负责组织填报绩效数据；规划资源部门负责违约处置。
二、加强服务保障
区商务委负责企业服务。
"""
    # 「A或B负责」 among the clauses dividing a point's work: either body does it, both units (rule 2); a bracket of
    # the places a body stands for stays with it
    got = _units(text.format(either="属地政府（街镇）或开发区管委会"))
    assert got["一"] == ([], ["属地政府（街镇）", "开发区管委会", "产业部门", "规划资源部门"])
    # (near miss: 「市或区政府」 — one head shared, one name as printed)
    got = _units(text.format(either="市或区政府"))
    assert got["一"] == ([], ["市或区政府", "产业部门", "规划资源部门"])

"""Round 44 (p44d), the sentence reader: doers written in an item's sentences that the reader missed — a
subject with an adverb before 负责 「A总体负责…」, a scope before 对…负责 「B在各自范围内对…负责」, the agent of 由
before a verb of doing the agent reader did not list 「由A同步建设」「由A采用…程序」「由A讨论决定」, and 各部门 named
after a kind 「各镇、各部门要组织…」 (Round 44 ruling: 各部门 not joined to 各地 with a rule-2 verb is a kind and a
doer); then a means before the subject's work, 对…落实到, and 我县 before a name. Made-up sentences in
the way plans write them, each with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse.sentence_units import doer_units


def _units(text: str) -> list[str]:
    return doer_units(text)[1]


def test_subject_with_an_adverb_before_fuze():
    assert _units("县人民政府总体负责安置房项目建设重大事项的研究决策。") == ["县人民政府"]
    # near misses: the plain and the 全面 forms read as before; a 总体 plan names no doer
    assert _units("县人民政府负责安置房项目建设重大事项的研究决策。") == ["县人民政府"]
    assert _units("县人民政府全面负责安置房项目建设重大事项的研究决策。") == ["县人民政府"]
    assert _units("总体规划由市里另行印发。") == []


def test_scope_before_dui_fuze():
    assert _units("监理单位对工程质量负总责，施工单位在各自合同范围内对所承建部分的质量负责。") == \
        ["监理单位", "施工单位"]
    assert _units("施工单位在各自合同范围内对所承建部分的质量负责。") == ["施工单位"]
    # near miss: no doer named before the scope
    assert _units("在各自合同范围内对所承建部分的质量负责。") == []


def test_agent_of_you_before_a_verb_of_doing():
    assert _units("小区内配套的道路、绿化设施由建设单位同步建设。") == ["建设单位"]
    assert _units("其收益分配方案由该村股份经济合作社理事会讨论决定后，报镇政府备案。") == \
        ["该村股份经济合作社理事会"]
    assert _units("具体补偿标准由县征收办研究决定。") == ["县征收办"]
    assert _units("对面积较小的零星修缮项目，由县住建局采用告知承诺的方式办理，乡镇负责日常巡查。") == \
        ["县住建局", "乡镇"]
    # near misses: an applicant's filing after 由 names no doer; members of a group are no units
    assert _units("由项目单位提出用地申请。") == []
    assert _units("领导小组由县住建局、县财政局组成。") == []


def test_gebumen_after_a_kind():
    assert _units("各乡镇、各部门要组织本系统干部职工开展义务劳动。") == ["各乡镇", "各部门"]
    assert _units("各街道、各部门、各单位要以整治卫生死角为重点，组织开展环境卫生大扫除。") == ["各街道", "各部门"]
    # near misses: 各部门 joined to 各地 or to a bare 单位, at a list's head, or with no rule-2 verb stays a call
    assert _units("各地、各部门要组织开展环境卫生大扫除。") == []
    assert _units("各乡镇、各部门和单位要认真组织开展节前安全检查。") == ["各乡镇"]
    assert _units("各部门、各单位要组织开展环境卫生大扫除。") == []
    assert _units("各乡镇、各部门要提高认识。") == []


def test_means_then_zuzhihao_an_event():
    # 「A采取…形式开展…，组织好…活动」: a means opens A's clause; 组织好 an event the clause ends on is A's work
    assert _units("各村采取横幅标语等形式开展宣传，组织好植树节当天的义务植树活动。") == ["各村"]
    assert _units("各村要组织好植树节义务植树活动。") == ["各村"]
    # 组织好 with 工作: 组织 is rule 2's whatever its object, 好 its complement (Round 49 rulings, x230_02; round 43) —
    # a group by kind is its doer (p50c; read as a call here before)
    assert _units("各村要高度重视，组织好各项工作。") == ["各村"]
    # near miss: 组织好的 a description
    assert _units("各村组织好的活动要及时上报。") == []


def test_dui_then_luoshi_dao_in_a_later_clause():
    # 「A要结合…，及时对X落实到Y」: placing X is A's act (落实 with 到 a place or a person)
    assert _units("各乡镇要结合年度用地计划，及时对下达的指标落实到具体地块。") == ["各乡镇"]
    assert _units("各乡镇要结合实际，对分解的任务落实到人。") == ["各乡镇"]
    # near misses: 落实到位 is a standard met; 对…负责 in a later clause stays unread
    assert _units("各乡镇要结合实际，对分解的任务落实到位。") == []
    assert _units("各乡镇要结合实际，对工作落实情况负责。") == []


def test_wo_shi_before_a_name():
    # 「我县教育局…组织…」: the plan's own place before a body is no part of its name (round 41)
    assert _units("我县教育局结合各学校实际，积极组织师生参加征文比赛。") == ["教育局"]
    # near misses: 我县 standing alone is a place, no doer; 本局 alone stays a unit
    assert _units("我县将组织开展征文比赛。") == []
    assert _units("本局负责组织开展征文比赛。") == ["本局"]

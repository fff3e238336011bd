"""Round 33 (p33u): units read from sentences and labels — the classes of plans-next104–107 and the round-33 rulings
(CONVENTIONS.md "Round 33 rulings"), each in made-up wordings, with near misses that must not change."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.role_definitions import defined_roles
from desktop.core.parse.sentence_units import doer_units


# 1. a doer with a time clause, an adverb or an inserted clause between it and its verb of rule 2
@pytest.mark.parametrize("text,want", [
    ("区房管局在收到材料后10个工作日内会同区规划局、街道办事处开展核查。",
     (["区房管局"], ["区房管局", "区规划局", "街道办事处"])),
    ("居委会接到报告后，组织召开业主代表会议。", ([], ["居委会"])),
    ("镇城建办在接到业主申请20个工作日内组织有关部门进行验收。", ([], ["镇城建办"])),
    ("审核通过后由镇政府发放许可文件。", ([], ["镇政府"])),
    ("由区建管中心不定期牵头召开协调会。", (["区建管中心"], ["区建管中心"])),
    ("项目实施部门为本工程的主体，在区发改委指导下，负责工程的组织实施。", ([], ["项目实施部门"])),
    ("社区办结合网格化管理制度组织楼组长进行走访。", ([], ["社区办"])),
    ("请你委抓紧组织和督促有关企业落实整改。", ([], ["你委"])),
    ("燃气经营企业应当建立台账，依法加强巡检，健全和落实安全责任制。", ([], ["燃气经营企业"])),
])
def test_a_doer_apart_from_its_verb(text, want):
    assert doer_units(text) == want


# 2. 「A组织实施的＋noun」 describes a noun: no doer, no clause taken for a name
@pytest.mark.parametrize("text,want", [
    ("镇政府组织实施的修缮项目在领导小组领导下，由镇建管办统一管理。", ["镇建管办"]),
    ("评价结果作为今后街道组织实施的项目立项的依据。", []),
    ("街道组织实施修缮项目。", ["街道"]),                    # near miss: the clause itself
])
def test_organised_by_as_a_description(text, want):
    assert doer_units(text)[1] == want


# 4. round-33 rulings
@pytest.mark.parametrize("text,want", [
    ("由区民政局牵头区财政局、区卫健委制定补贴办法。", (["区民政局"], ["区民政局", "区财政局", "区卫健委"])),
    ("区民政局牵头组织开展检查。", (["区民政局"], ["区民政局"])),          # near miss: 牵头 with work after it
    ("区交通委牵头各相关单位协同推进。", (["区交通委"], ["区交通委"])),    # a general call as 牵头's object
    ("相关资料交由区档案馆统一保管。", ([], ["区档案馆"])),
    ("由区教育局委托第三方机构实施评估。", ([], ["区教育局"])),
    ("明确区卫健委为牵头单位，区财政局、区医保局为责任单位。",
     (["区卫健委"], ["区卫健委", "区财政局", "区医保局"])),
    # (turned: Round 58 rulings (x250_01): 为 with a duty word designates without 明确, round 31 superseded)
    ("区财政局、区医保局为责任单位。", ([], ["区财政局", "区医保局"])),
    ("各街镇落实情况纳入年度考核。", ([], [])),
    ("由相关单位负责整改。", ([], [])),
    ("由有关部门负责整改。", ([], ["有关部门"])),                          # a kind, a doer
    ("区住建委和相关单位应组织开展培训。", ([], ["区住建委"])),
    ("以上工作由区督查室负责督查考核。", ([], [])),
    ("各街道党工委是本辖区老旧小区改造工作的责任主体。", ([], ["各街道党工委"])),
    ("开放时段可结合群众需要，由各公园自行确定。", ([], [])),              # an option
    ("河道、街道党政办以及辖区派出所为成员单位，落实日常巡查。", ([], [])),  # members
    ("由镇政府、村委会及企业采用协商的方式进行。", ([], ["镇政府", "村委会", "企业"])),
    ("小区内发生漏水的，物业公司要通知业主，区房管局要组织街道开展检查。", ([], [])),   # a case to the end
    ("对检查发现问题的单位，由区应急局负责督促整改。", ([], [])),
])
def test_round_33_rulings_in_sentences(text, want):
    assert doer_units(text) == want


def test_a_role_the_document_defines_as_a_body():
    roles = defined_roles("二、职责\n项目申报部门为该项目的管理人，负责项目实施。")
    assert "项目管理人" in roles
    assert doer_units("由项目管理人会同所在居民区党组织组织听证。", roles)[1] == ["项目管理人", "所在居民区党组织"]
    assert doer_units("由项目管理人会同所在居民区党组织组织听证。")[1] == []       # not defined: a person
    assert doer_units("消防安全管理人应组织开展巡查。", roles)[1] == []


def test_labels_and_brackets():
    plan = parse_text("某市工作方案\n一、重点任务\n"
                      "（一）加强监测。建立监测网络。（市生态环境局及各区）\n"
                      "（二）开展普查。全面开展普查。（责任单位：市水务局牵头，各地区、有关方面、各部门配合）\n"
                      "（三）加强宣传。开展宣传。（市农业农村委、各区参照上述职责分工负责）\n"
                      "（四）开展排查。全面开展排查。（全区）\n")
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [
        ([], ["市生态环境局", "各区"]), (["市水务局"], ["各部门"]), ([], ["市农业农村委", "各区"]), ([], [])]


def test_an_oversight_line_is_not_the_runs_units():
    plan = parse_text("某街道工作方案\n一、重点任务\n（一）加强监测。建立监测网络。\n（二）开展普查。全面开展普查。\n"
                      "以上工作由街道督查室负责督查考核。\n二、保障措施\n加强领导。\n")
    assert [t.responsible_units for t in plan.tasks[:2]] == [[], []]
    plan = parse_text("某街道工作方案\n一、重点任务\n（一）加强监测。建立监测网络。\n（二）开展普查。全面开展普查。\n"
                      "以上工作由街道城管科负责。\n二、保障措施\n加强领导。\n")
    assert [t.responsible_units for t in plan.tasks[:2]] == [["街道城管科"], ["街道城管科"]]


# 6. a safeguards point that designates its accountable body is a task in a plan whose tasks name a lead
def test_a_designation_in_a_safeguards_point_is_a_task():
    plan = parse_text("某市实施意见\n一、主要任务\n（一）建设绿道。建成绿道50公里。（市绿化市容局牵头，各区配合）\n"
                      "（二）建设公园。新建公园10座。（市绿化市容局牵头，各区配合）\n二、保障措施\n"
                      "（一）加强考核监督。各区政府是公园建设的责任主体。建设情况纳入绩效考核。\n"
                      "（二）加强资金保障。统筹安排专项资金。\n")
    assert [(t.title[:6], t.responsible_units) for t in plan.tasks][2:] == [("加强考核监督", ["各区政府"])]

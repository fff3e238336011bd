"""Units written in sentences (CONVENTIONS.md, round 29): an item with no label takes the doers of its work
(rule 2); receivers, general calls, members, bodies set up, persons, cases and the interpreting body do not
count (rule 3); a label on the item or above it decides (rule 1). Made-up wordings, not the corpus's."""

from __future__ import annotations

import pytest

import desktop.core.parse.tasks as tasks
from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


@pytest.mark.parametrize("text,leads,resp", [
    # the agent of 由 with a verb of doing
    ("由区文旅局负责编制全区文旅设施布局规划。", [], ["区文旅局"]),
    ("具体标准由各镇人民政府自行制订并报区政府备案。", [], ["各镇人民政府"]),
    ("由县农业农村局和县财政局统筹落实，按季度拨付资金。", [], ["县农业农村局", "县财政局"]),
    ("由区水务局、区城管执法局等部门依据职责实施联合处置。", [], ["区水务局", "区城管执法局"]),
    # 由A牵头 / A牵头 / A负责牵头, with partners after
    ("在摸底的基础上，由区教育局牵头，区卫健委、各街镇配合，制定校园安全方案。", ["区教育局"],
     ["区教育局", "区卫健委", "各街镇"]),
    ("区民政局牵头开展养老服务质量评估。", ["区民政局"], ["区民政局"]),
    ("区档案馆负责牵头制定档案数字化流程。", ["区档案馆"], ["区档案馆"]),
    # subjects of 负责 / 具体负责 / 实施 / 落实 / 组织…; several clauses, all bodies in order
    ("区交通委负责道路养护；各街镇具体负责背街小巷保洁。", [], ["区交通委", "各街镇"]),
    ("区市场监管局依法对辖区内电梯使用单位实施监督检查。", [], ["区市场监管局"]),
    ("县卫健委组织开展家庭医生签约服务。", [], ["县卫健委"]),
    ("区人社局是就业援助的责任主体，负责组织实施援助计划。", [], ["区人社局"]),
    ("区应急局应按照工作要求，配合做好演练。区消防救援支队负责现场处置。", [], ["区消防救援支队"]),
    # A会同B＋verb, with 应/将/要 before 会同, B a list
    ("区住建委应会同区规划资源局及各镇政府、建设单位等，建立项目台账。", ["区住建委"],
     ["区住建委", "区规划资源局", "各镇政府", "建设单位"]),
    ("市发展改革委负责总体协调，会同有关行业主管部门组织开展评审。", ["市发展改革委"],
     ["市发展改革委", "有关行业主管部门"]),
    ("区级文物保护单位由区文化局会同区规土局共同编制。", ["区文化局"], ["区文化局", "区规土局"]),
    ("区发展改革委会同区规划资源局严格按照规定组织评审。", ["区发展改革委"], ["区发展改革委", "区规划资源局"]),
])
def test_doers_of_the_work_are_the_units(text, leads, resp):
    assert doer_units(text) == (leads, resp)


@pytest.mark.parametrize("text", [
    # receivers, guides, approvers
    "各项目单位应将实施方案报区发改委备案。",
    "申请人可向区人社局申请补贴。",
    "经区政府同意后实施。",
    "村民小组在镇政府指导下开展环境整治。",
    # general calls, members, bodies set up, persons
    "各地要高度重视，加强组织领导。",
    "各单位应按时报送进展情况。",
    "领导小组由区发改委、区财政局、区住建委组成。",
    "成立由区政府牵头的重大项目推进专班。",
    "建立健全由街道牵头协调的议事机制。",
    "各单位主要负责同志要亲自抓、负总责。",
    "项目负责人负责组织实施。",
    # cases, interpreting body, quoted names and titles
    "确需调整的，由区发改委负责审核。",
    "本办法由区住建委负责解释。",
    "认真落实《区财政局负责的专项资金管理办法》。",
    # a body handed the work (交由), a kind of heading (主管部门负责类), 全区 as a subject, persons
    "对发现的问题及时交由镇政府督促整改。",
    "一是主管部门负责类。包括专项规划、管理办法等。",
    "全区统一组织实施面试、体检和考察。",
    "每份报告由三名专家评审。",
    # a threshold, a past figure, a year: no unit at all
    "2023年全区新增就业岗位1.2万个，由此带动增收。",
])
def test_no_doer_is_read(text):
    assert doer_units(text) == ([], [])


def test_a_response_takes_its_agent():
    assert doer_units("发生突发事件时，由区应急局统一指挥处置。") == ([], ["区应急局"])


PLAN_PROSE = ("某区社区治理工作方案\n一、主要任务\n"
              "（一）完善议事机制。由区民政局牵头，各街道配合，建立社区议事会制度。\n"
              "（二）加强物业管理。区房管局负责物业企业考核；各街道负责日常巡查。\n"
              "（三）开展评估。区民政局会同区财政局每年开展一次绩效评估。\n"
              "（四）强化宣传。加大宣传力度，营造良好氛围。\n")


@pytest.fixture
def doers_on(monkeypatch):
    # (the reader is on in build_tasks from round 31; the tests below say so whatever the switch)
    monkeypatch.setattr(tasks, "READ_DOERS", True)


def test_the_reader_is_on_in_build_tasks():
    # round 31 (ro31): the 50 class tests and the checks that failed with the reader on are aligned to the ruling
    # or narrowed (tests/data/RULE2_PENDING.md, "Round 31 (ro31)"): build_tasks reads the doers of an item's
    # sentences by default — 「A会同B…」 gives lead A, responsible B, with no switch turned by the caller
    assert tasks.READ_DOERS is True
    plan = parse_text(PLAN_PROSE)
    got = [(t.lead_units, t.responsible_units) for t in plan.tasks]
    assert got == [(["区民政局"], ["各街道"]), ([], ["区房管局", "各街道"]), (["区民政局"], ["区财政局"]), ([], [])]


def test_a_plan_with_no_labels_reads_its_items_doers(doers_on):
    plan = parse_text(PLAN_PROSE)
    got = [(t.number, t.lead_units, t.responsible_units) for t in plan.tasks]
    assert got[:3] == [("一", ["区民政局"], ["各街道"]), ("二", [], ["区房管局", "各街道"]),
                       ("三", ["区民政局"], ["区财政局"])]
    assert got[3][1:] == ([], [])


def test_a_label_decides_over_the_sentences(doers_on):
    # rule 1: the item's label gives its units; the 由…负责 in its text adds nothing
    plan = parse_text("某区社区治理工作方案\n一、主要任务\n"
                      "（一）完善议事机制。由区民政局负责建立议事会制度。（牵头单位：区委社工部；责任单位：各街道）\n"
                      "（二）加强物业管理。区房管局负责物业企业考核。（牵头单位：区房管局）\n")
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (["区委社工部"], ["各街道"]), (["区房管局"], [])]

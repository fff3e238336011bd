"""Round 36 (p36a): the structure of whole documents — made-up wordings, each with a near miss that must not change.

1. An attached flat list of one-line topics (附件 / its title / 1.A组：课题；…) is not read over a body whose sections
   hold numbered work: the body's items stay the tasks.
2. Level paragraphs 「区级层面：…」「镇级层面：…」 in a run under a numbered item are its children (run-in
   headings, tasks).
3. A childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too.
"""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.level_paragraphs import level_paragraphs

# --- 1. an attached list of topics under a body of numbered work ------------------------------------------------
TOPICS = ("某市应急管理局关于推动建立企业安全互助小组的通知\n"
          "各区应急管理局、各有关企业：\n"
          "为提升企业安全管理水平，现就有关工作通知如下。\n"
          "一、工作目标\n"
          "推动建立企业安全互助小组，搭建同行业企业交流平台。\n"
          "二、工作方式\n"
          "（一）组建小组\n"
          "按照企业类型，分别组建化工、仓储、物流等3个安全互助小组，确定各小组召集企业和成员企业。\n"
          "（二）交流研讨\n"
          "各互助小组定期组织召开安全工作交流会，组织开展实地调研、问题研讨等活动。\n"
          "（三）安全培训\n"
          "各互助小组每年至少组织一次安全培训，解读安全生产法律法规和标准规范。\n"
          "三、工作要求\n"
          "（一）加强指导\n"
          "各区应急管理局要加强对互助小组的指导，推动工作机制建立健全。\n"
          "附件：安全互助小组建议研究课题\n"
          "某市应急管理局\n"
          "2024年3月1日\n"
          "附件\n"
          "安全互助小组建议研究课题\n"
          "1.化工安全互助小组：反应安全风险评估；\n"
          "2.仓储安全互助小组：仓储信息化系统功能优化；\n"
          "3.物流安全互助小组：运输车辆动态监控应用。\n")


def test_attached_topic_list_leaves_the_body_tasks():
    plan = parse_text(TOPICS)
    keys = [t.key for t in plan.tasks]
    assert "二.一" in keys and "二.二" in keys and "二.三" in keys
    assert not any(t.path[:1] == ["附件"] for t in plan.tasks)
    assert not any("课题" in t.title or "互助小组：" in t.title for t in plan.tasks)


# near miss: under the same body, an attached list whose items are paragraphs of work (sentences, a doer each) is
# still read as before
WORK_LIST = TOPICS.split("附件\n安全互助小组建议研究课题\n")[0] + (
    "附件\n"
    "安全互助小组重点任务\n"
    "1.化工安全互助小组：开展反应安全风险评估。化工安全互助小组负责组织成员企业完成评估。\n"
    "2.仓储安全互助小组：优化仓储信息化系统。仓储安全互助小组负责组织成员企业完成改造。\n"
    "3.物流安全互助小组：推广车辆动态监控。物流安全互助小组负责组织成员企业完成接入。\n")


def test_attached_list_of_work_paragraphs_still_read():
    plan = parse_text(WORK_LIST)
    assert [t.responsible_units[:1] for t in plan.tasks] == [["化工安全互助小组"], ["仓储安全互助小组"],
                                                              ["物流安全互助小组"]]


# --- 2. level paragraphs under a numbered item ------------------------------------------------------------------
LEVELS = ("某区耕地保护管理办法\n"
          "一、管理职责\n"
          "（一）农民建房监管\n"
          "1.坚决遏制新增违法建房\n"
          "严格落实农村建房各项规定，坚决遏制新增问题。\n"
          "2.健全常态监管机制\n"
          "区级层面：区农业农村委负责指导乡镇健全宅基地审批管理机制。区规划资源局负责做好规划管控。\n"
          "镇级层面：各乡镇要将农民建房行为纳入日常管理，规范做好审核管理。\n"
          "村级层面：一是初审农民建房申请；二是做好日常巡查。\n"
          "二、保障措施\n"
          "各乡镇要强化属地责任落实。\n")


def test_level_paragraphs_are_the_items_children():
    plan = parse_text(LEVELS)
    by_key = {t.key: t for t in plan.tasks}
    assert "一.一.2" not in by_key
    levels = [t for t in plan.tasks if t.path[:3] == ["一", "一", "2"]]
    assert [t.number for t in levels] == ["区级层面", "镇级层面", "村级层面"]
    assert levels[0].responsible_units[:1] == ["区农业农村委"] or levels[0].lead_units[:1] == ["区农业农村委"]
    assert not levels[1].lead_units


def test_a_lone_level_paragraph_stays_prose():
    lines = ["2.健全常态监管机制", "区级层面：区农业农村委负责指导乡镇健全审批机制。", "各乡镇要加强日常管理。"]
    assert level_paragraphs(lines) == {}
    assert level_paragraphs(["区级层面：甲。", "", "镇级层面：乙。"]) == {0: "区级层面", 2: "镇级层面"}


# --- 3. a childless top-level point with a rule-2 doer among points with numbered items -------------------------
POINTS = ("某区道路整治工作实施方案\n"
          "一、工作组织\n"
          "区建设管理委负责统筹指导全区道路整治工作，各街道负责组织实施本辖区道路整治。\n"
          "二、工作任务\n"
          "（一）摸底排查。全面排查辖区内道路破损情况，建立问题清单。\n"
          "（二）集中整治。按照问题清单开展集中整治，确保路面平整。\n"
          "三、工作步骤\n"
          "（一）排查阶段。3月底前完成排查。\n"
          "（二）整治阶段。10月底前完成整治。\n"
          "四、工作意义\n"
          "道路整治是提升城市品质的重要举措，关系群众切身利益。\n")


def test_childless_point_with_a_doer_is_a_task():
    plan = parse_text(POINTS)
    keys = [t.key for t in plan.tasks]
    assert "一" in keys
    assert "四" not in keys          # near miss: a childless point that names no doer stays a section

"""Round 45 (q45c): structure of round 44's sets, second pass.

1. A subject whose own clause is a role with no object 「A统筹协调，组织B开展…」 keeps its later
   组织＋bodies＋work (round 37's carried subject; round 30: 「A组织B＋verb」 makes A the doer), also after a
   frame of roles that opens the sentence 「以A、B为领导核心，C统筹协调，…」; not where 协调 takes a body
   「A协调B，组织…」 (the work is handed on) nor with no strong verb after it.
2. In a text printed without line breaks, a childless point whose heading runs into its first sentence 「一、组织领导以…
   为领导核心,镇综治办统筹协调,组织…」 beside the point whose numbered items are the plan's tasks is a task where it
   names a rule-2 doer (round 36); not a point that sets up the plan's body 「由A牵头成立…领导小组」 (round 35)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def responsible(text):
    return doer_units(text)[1]


def test_a_role_without_object_carries_the_subject_to_its_organising():
    assert "区文旅局" in responsible("区文旅局统筹协调，组织各街道开展文明旅游宣传。")
    assert "区文旅局" in responsible("区文旅局统筹协调，组织各相关部门推动文明旅游宣传。")
    assert "镇综治办" in responsible("以镇党委、镇政府为领导核心，镇综治办统筹协调，组织各村（社区）推动平安建设。")


def test_a_role_that_hands_the_work_on_or_no_strong_verb_names_no_doer():
    assert responsible("区文旅局协调各街道，组织开展文明旅游宣传。") == []
    assert responsible("区文旅局统筹协调，做好宣传。") == []
    assert responsible("以镇党委、镇政府为领导核心，统筹协调，组织各村（社区）推动平安建设。") == []


RUN = ("某镇开展2024年平安建设专项行动工作方案为推进平安建设,结合我镇实际,制定如下方案。一、组织领导{lead}"
       "二、行动时间从2024年3月至2024年12月。三、工作要求(一)加强宣传发动。各村(社区)要利用横幅、标语等形式开展宣传,"
       "提高群众安全意识。(二)开展集中排查。各村(社区)要每月组织一次矛盾纠纷排查,建立台账,及时化解。")
LED = ("以镇党委、镇政府为领导核心,镇综治办统筹协调,组织各相关部门及各村(社区)推动平安建设专项行动,"
       "持续加强法治宣传,不断提高群众安全意识。")
SET_UP = ("由镇政府牵头成立平安建设专项行动领导小组,镇长任组长,分管副镇长任副组长,领导小组办公室设在镇综治办,"
          "负责日常工作。")


def test_a_glued_point_that_gives_work_is_a_task():
    tasks = {"/".join([*t.path, t.number]): t for t in parse_text(RUN.format(lead=LED)).tasks}
    assert "一" in tasks
    assert "镇综治办" in tasks["一"].responsible_units


def test_a_glued_point_that_sets_up_the_body_stays_a_section():
    numbers = ["/".join([*t.path, t.number]) for t in parse_text(RUN.format(lead=SET_UP)).tasks]
    assert "一" not in numbers
    assert numbers == ["三/一", "三/二"]     # the items under 三、 stay tasks

"""Round 43 (p43d): where a body's name begins and ends.

- 「（此项工作由镇团委、镇妇联负责）」: the item itself named as the topic before 由 in its closing bracket is no
  part of the first name; a topic naming a part of the work stays as it was read.
- 「由市消协主办，在…举办…」: 主办／承办／协办 end the host's name (「主办单位」 is a role, not the end of a name).
- 「县农牧、公安、…、供销联社」「市网通、市移动公司」「市电力、市燃气及其他集中供能单位」: bare fields whose last
  body has a head of its own (a company, a 联社) or is closed by 其他… share no head — one body per field
  (round 42); fields before a kind's head 「人事、卫生部门」「发展改革、财政及其他相关部门」 stay one name as
  printed (round 31).
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.shared_heads import share_heads


def _resp(text: str) -> list[list[str]]:
    return [t.responsible_units for t in parse_text(text).tasks]


PLAN = "某镇节水宣传周活动方案\n一、活动内容\n（一）开展宣传活动。\n{items}\n二、工作要求\n各单位要高度重视。\n"


def test_item_topic_before_by_in_a_closing_bracket_is_dropped():
    items = ("1、开展节水入户宣传，发放宣传资料（此项工作由镇团委、镇妇联负责）。\n"
             "2、利用广播电视开展节水宣传（该项工作由镇党政办负责）。\n"
             "3、在中小学开展节水知识讲座（此项活动由镇团委、各中小学校参加）。")
    assert _resp(PLAN.format(items=items))[-3:] == [["镇团委", "镇妇联"], ["镇党政办"], ["镇团委", "各中小学校"]]


def test_bracket_without_topic_reads_as_before():
    items = "1、开展节水入户宣传（由镇团委、镇妇联负责）。\n2、开展节水讲座（镇党政办负责）。"
    assert _resp(PLAN.format(items=items))[-2:] == [["镇团委", "镇妇联"], ["镇党政办"]]


def test_a_topic_naming_a_part_of_the_work_is_not_the_item():
    items = "1、开展节水入户宣传（其中宣传工作由镇团委负责）。"
    assert "镇团委" not in _resp(PLAN.format(items=items))[-1]


def test_host_verb_ends_the_name():
    text = ("某市消费者权益日活动方案\n一、活动内容\n"
            "1、现场宣传咨询服务活动。由市消协主办，在人民广场举办宣传咨询活动。\n"
            "2、举办文艺晚会。由市文联承办，市总工会协办。\n")
    resp = _resp(text)
    assert "市消协" in resp[0] and not any("主办" in n for n in resp[0])
    assert not any(n.endswith(("承办", "协办")) for n in resp[1])


@pytest.mark.parametrize("names,text,split", [
    (["电信、联通公司", "移动公司"], "电信、联通公司、移动公司等单位", ["电信", "联通公司", "移动公司"]),
    # (in a list that mixes in bodies with heads of their own, as the plans print them — mend of round 43: alone,
    # a list closed by one head stays one name, tests/test_parse_classes_mend43.py)
    (["市电视台", "市网通、市移动公司"], "市电视台、市网通、市移动公司", ["市电视台", "市网通", "市移动公司"]),
    (["县委宣传部", "国税、地税、人民银行民和支行"], "县委宣传部、国税、地税、人民银行民和支行",
     ["县委宣传部", "国税", "地税", "人民银行民和支行"]),
    (["县委宣传部、县农牧、公安、供销联社"], "县委宣传部、县农牧、公安、供销联社",
     ["县委宣传部", "县农牧", "公安", "供销联社"]),
    (["市电力、市燃气及其他集中供能单位"], "市电力、市燃气及其他集中供能单位",
     ["市电力", "市燃气", "其他集中供能单位"]),
])
def test_bare_fields_before_a_body_with_its_own_head_are_apart(names, text, split):
    assert share_heads(names, text) == split


@pytest.mark.parametrize("name", [
    "人事、卫生部门",                       # fields sharing 部门 (round 31)
    "市发展改革、财政及其他相关部门",        # departments' fields before 其他相关部门
    "各供水、供电、供气等经营企业",          # fields before 等经营企业
    "相关部门、单位、作业公司",              # the catch-all before a company: no field list
    "建设、交通行政管理部门",
])
def test_a_shared_kind_head_keeps_the_list_whole(name):
    assert name in share_heads([name], name)

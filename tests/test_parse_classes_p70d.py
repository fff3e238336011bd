"""Round 70 (p70d): bodies joined by 或者, a party and its agent, places that are no body, the public's
requests a body takes in, owed sendings of a handling's outcome, and the governments' lead under a work heading.

- A list line giving one kind of place to two bodies either of which does it
  「（一）骨干河道，由A部门或者乡（镇）人民政府负责；」: both doers (round 49: 或者 joins doers) — not a level
  before a shared head 「由区或者乡（镇）人民政府负责」, one name.
- A paragraph opening with a kind of place 「本市河道和公共场所根据…实行分等级保洁」: no subject (场所 is no
  office's 所) — a body ending in 所 「区水质检测所应当…」 stays.
- 「由产权人或者其委托的管理单位负责保洁」: the party and the agent it commissions, both doers — 「由A负责」
  alone stays A.
- A co-signing whose first party is two bodies joined by 或者 「A部门或者乡（镇）人民政府应当与中标的B单位
  签订…」: all three doers — one body 「A部门应当与B单位签订…」 stays two.
- A body taking in the public's requests 「A受理公民咨询、申请…，首次接待的工作人员应当解答…」: the body's
  service, no rule for the public — the public's own rule 「公民…申请…，应当如实提供材料」 stays theirs.
- An article paragraph whose body's only act is sending the outcome of its handling 「A应当自受理投诉之日起
  7日内，将处理意见答复投诉人」「…将整改情况通报B」, or reports to a body, a written one after it 「A应当立即
  报告B，并在…内将…情况书面报告B」: an owed sending, no doer (Round 85's turned x322_04 第七条) — not a
  sending then an act of its own 「…，将处理意见答复投诉人，并督促作业单位整改」.
- An article pointing a breach to the penalties other texts already set, its body a bare kind 「违反本办法规定的行为，
  《条例》或者其他法律、法规已有处罚规定的，由相关行政管理部门依照其规定处罚」: no task (Round 84's p61a-1) — a
  named body imposing the text's own penalty 「…的，由区水务管理部门责令改正，处…罚款」 stays work.
- A party bound to set up the things its lines list, the rule and the place it acts by between the modal and the verb
  「A企业应当按照…规范标准，在码头、船舶内设置以下安全设施、设备:（一）…」: each line takes A (Round 101's
  「A应当＋verb＋下列X：」) — a verb outside the set-up words 「…张贴以下安全标志:」 stays none.
- Under a work heading 「第二条（职责分工）」, the governments that lead their own area's work 「市、区人民政府
  领导本行政区域…工作」: a unit beside the bodies given work — 「市人民政府领导小组办公室负责…」 stays the office.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.closing_clauses import closing_sentence
from desktop.core.parse.opening_subjects import opening_subject
from desktop.core.parse.public_articles import _public
from desktop.core.parse.role_subjects import sends_first


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


def _rules(*articles: str) -> str:
    body = "\n\n".join(f"第{n}条（{head}）\n\n{text}" for n, (head, text) in zip(
        "二三四五六七八", (a.split("|", 1) for a in articles), strict=False))
    return ("某市河道保洁服务管理办法\n\n第一条（目的）\n\n为了规范河道保洁服务，制定本办法。\n\n" + body
            + "\n\n第九条（施行日期）\n\n本办法自2024年1月1日起施行。\n")


def test_either_body_in_a_line_both_doers() -> None:
    text = _rules("责任主体|本市河道保洁的责任人，分别按照下列规定确定：\n\n（一）骨干河道，由区水务管理部门"
                  "或者乡（镇）人民政府负责；\n\n（二）村级河道，由村民委员会负责。")
    got = _tasks(text)
    assert sorted(got["2/一"]) == sorted(["区水务管理部门", "乡（镇）人民政府"])
    assert got["2/二"] == ["村民委员会"]


def test_level_before_shared_head_one_name() -> None:
    text = _rules("责任主体|本市河道保洁的责任人，分别按照下列规定确定：\n\n（一）骨干河道，由区或者乡（镇）"
                  "人民政府负责；\n\n（二）村级河道，由村民委员会负责。")
    assert _tasks(text)["2/一"] == ["区或者乡（镇）人民政府"]


def test_place_kind_opening_no_subject() -> None:
    assert opening_subject("本市河道和公共场所根据所在地功能区特性以及水流量等因素，实行分等级保洁；", set()) == []
    assert opening_subject("区水质检测所应当每月对河道水质进行检测；", set()) == ["区水质检测所"]


def test_party_and_its_agent_both_doers() -> None:
    got = _tasks(_rules("设施保洁|设置在河道两侧的公共设施，由产权人或者其委托的管理单位负责保洁。"
                        "保洁质量应当符合标准。"))
    assert got["2"] == ["产权人", "管理单位"]
    near = _tasks(_rules("绿地保洁|河道两侧的公共绿地，由区绿化管理部门负责保洁。"))
    assert near["2"] == ["区绿化管理部门"]


def test_either_body_cosigns() -> None:
    got = _tasks(_rules("作业协议|作业单位确定后，区水务管理部门或者乡（镇）人民政府应当与中标的作业服务单位"
                        "签订作业服务协议。"))
    assert sorted(got["2"]) == sorted(["区水务管理部门", "乡（镇）人民政府", "作业服务单位"])
    near = _tasks(_rules("作业协议|作业单位确定后，区水务管理部门应当与中标的作业服务单位签订作业服务协议。"))
    assert sorted(near["2"]) == sorted(["区水务管理部门", "作业服务单位"])


def test_body_taking_in_requests_is_no_public_rule() -> None:
    assert not _public("窗口单位受理公民咨询、申请办理有关事项，首次接待的工作人员应当解答咨询、申请事项")
    assert _public("公民、法人和其他组织申请办理有关事项，应当如实提供材料")


def test_governments_lead_under_work_heading() -> None:
    text = _rules("职责分工|市、区人民政府领导本行政区域河道保洁工作。\n\n市、区水务管理部门负责本行政区域河道保洁的"
                  "管理和推进工作。\n\n财政、审计等部门按照各自职能，做好河道保洁的相关工作。")
    assert _tasks(text)["2"][0] == "市、区人民政府"
    near = _rules("职责分工|市人民政府领导小组办公室负责河道保洁的统筹协调。\n\n市、区水务管理部门负责"
                  "本行政区域河道保洁的管理和推进工作。")
    assert "市人民政府" not in _tasks(near)["2"]


def test_owed_sending_of_outcome_names_none() -> None:
    assert sends_first("应当自受理投诉之日起7日内，将处理意见答复投诉人。", 0)
    assert sends_first("应当自收到整改建议之日起20个工作日内，将整改情况通报区水务局。", 0)
    assert sends_first("应当立即报告区水务管理部门，并在处置完毕后5日内将事故原因及处置情况书面报告区水务管理部门。", 0)
    assert sends_first("应当按照规定报告区水务管理部门。", 0)
    assert not sends_first("应当自受理投诉之日起7日内，将处理意见答复投诉人，并督促作业单位整改。", 0)
    got = _tasks(_rules("投诉处理|任何单位和个人有权向区水务管理部门投诉。\n\n区水务管理部门应当自受理投诉之日起7日内，"
                        "将处理意见答复投诉人。"))
    assert got["2"] == []


def test_penalty_left_to_other_texts_no_task() -> None:
    assert closing_sentence("违反本办法规定的行为，《河道管理条例》或者其他法律、法规已有处罚规定的，"
                            "由有关行政管理部门依照其规定处罚", True)
    assert not closing_sentence("违反本办法第五条规定，未按照要求进行保洁的，由区水务管理部门责令改正，"
                                "处1000元以上5000元以下罚款", True)


def test_party_sets_up_listed_things() -> None:
    text = _rules("安全设施|河道保洁企业应当按照国家和本市有关安全设施规范标准，在码头、船舶内设置以下安全设施、设备:"
                  "\n\n（一）救生、消防等应急设施、设备；\n\n（二）安全警示标志；\n\n（三）视频监控系统。")
    got = _tasks(text)
    assert got["2/二"] == ["河道保洁企业"]
    near = _rules("安全标志|河道保洁企业应当按照国家和本市有关规定，在码头、船舶内张贴以下安全标志:\n\n（一）救生标志；"
                  "\n\n（二）消防标志。")
    assert all(not units for units in _tasks(near).values())

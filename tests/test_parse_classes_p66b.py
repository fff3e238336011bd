"""Round 66 (p66b): classes met on plans-next342 and plans-next343.

- A top-level heading the page cut at its end 「四、加强执法力」, after points that number their work deeper: a cut line
  that prints a verb of work is kept as far as printed, a leaf naming none (round 41; round 71; Round 91 on
  「三、加强基」);
  a cut heading that prints no verb 「四、工作要」 is none.
Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _keys(text: str) -> list[tuple[str, ...]]:
    return [(*t.path, t.number) for t in parse_text(text).tasks]


_POINTS = ("某镇汛期安全工作方案\n"
           "一、宣传发动\n1. 印发宣传单:向村民发放防汛知识宣传单,提醒群众远离河道。\n"
           "2. 开展讲座:组织防汛知识讲座,提高群众的避险意识。\n"
           "二、隐患排查\n1. 排查河堤:对辖区河堤开展拉网式排查,发现问题及时处置。\n"
           "2. 清理河道:组织人员清理河道杂物,确保行洪畅通。\n")


@pytest.mark.parametrize("tail", ["三、强化值守巡", "三、加强应急处"])
def test_cut_heading_with_verb_is_a_leaf(tail: str) -> None:
    keys = _keys(_POINTS + tail)
    assert keys[-1] == ("三",)
    assert len(keys) == 5


@pytest.mark.parametrize("tail", ["三、工作要", "三、保障措施"])
def test_cut_heading_without_verb_is_none(tail: str) -> None:
    keys = _keys(_POINTS + tail)
    assert ("三",) not in keys
    assert len(keys) == 4


# - 「A重新委托B进行…」「A再次组织…」: a manner word between the subject and its verb of rule 2 (委托 names A, round 35;
#   组织＋verb) changes nothing; 「A及B双方签订…」 in articles names both parties (签订 in articles, Round 85's x320_09;
#   双方 an apposition naming no third) — not 「A及B签订」 without 双方 (及 may join inside a name), nor a bare
#   「双方签订」.
# - A figure of time before 时间 and the line's band 「闲置3年时间以上的」 is joined to the line (round 30) as
#   「闲置3年以上的」
#   is; a span 「用2年时间完成…」 with no band stays none.
def _article_item(body: str) -> tuple[list[str], list[tuple[float, str]]]:
    text = ("某区公房管理办法\n\n第一条（目的）\n为规范公房管理，制定本办法。\n\n第二条（管理程序）\n\n"
            "（一）区住房保障中心负责公房的日常管理。\n\n（二）" + body +
            "\n\n第三条（施行）\n本办法自2025年3月1日起施行。\n")
    task = next(t for t in parse_text(text).tasks if t.number == "二")
    return task.responsible_units, [(g.value, g.unit) for g in task.targets]


@pytest.mark.parametrize("body, units", [
    ("物业管理单位重新委托专业检测机构进行安全鉴定，形成鉴定报告。", ["物业管理单位"]),
    ("区住房保障中心再次组织开展入户核查。", ["区住房保障中心"]),
    ("按照合同约定，物业管理单位及房屋使用单位双方签订《公房使用协议》，并办理交接手续。",
     ["物业管理单位", "房屋使用单位"]),
])
def test_manner_word_and_both_parties(body: str, units: list[str]) -> None:
    assert _article_item(body)[0] == units


def test_both_without_parties_reads_none() -> None:
    assert _article_item("按照合同约定，双方签订《公房使用协议》。")[0] == []


def test_time_span_band_is_a_target() -> None:
    assert (3.0, "年") in _article_item("公房空置3年时间以上的，由区住房保障中心统一收回。")[1]
    assert _article_item("用2年时间完成全部公房的普查登记。")[1] == []


# - 「A…，并具体组织实施X认定、Y监管、Z主体审核…」: the clause's work and its objects are no body's name (组织实施 in no
#   name but a body's own 「项目组织实施单位」).
# - 「对尚无…的，由A牵头、B…」 after other sentences: the 对-phrase picks the objects of the work, no contingency
#   (Round 87's
#   x327_01; Round 79) — A leads; 「对违反…的，由A责令…」 stays a case (rule 3).
def _notice_item(body: str) -> tuple[list[str], list[str]]:
    text = ("某区关于加强小区管理的通知\n\n一、明确工作责任\n\n（一）区房管局负责统筹协调。\n\n（二）" + body +
            "\n\n二、强化监督检查\n\n（一）区房管局负责监督检查。\n\n（二）各街镇负责日常巡查。\n")
    task = next(t for t in parse_text(text).tasks if t.path == ["一"] and t.number == "二")
    return task.lead_units, task.responsible_units


def test_organised_work_is_no_name() -> None:
    lead, resp = _notice_item("区住房保障中心负责日常管理，"
                              "并具体组织实施保障对象认定、租金标准测算、运营主体审核的统筹工作。")
    assert lead + resp == ["区住房保障中心"]


def test_picked_objects_no_contingency() -> None:
    lead, resp = _notice_item("要完善小区自治机制。修订小区公约，规范居住秩序。对尚未成立业主委员会的小区，"
                              "由各街镇牵头、居民委员会协助，帮助业主开展自我管理。")
    assert lead == ["各街镇"]
    assert _notice_item("要完善小区自治机制。修订小区公约，规范居住秩序。对违反公约的，由各街镇责令改正。") == ([], [])
    # (a case of the older answers' reading 「对两个以上单位共同承办的，由主办单位牵头」: rule 3, none)
    assert _notice_item("要做好承办工作。各单位要明确专人，限期办结。"
                        "对两个以上单位共同办理的，由主办单位牵头。") == ([], [])


def test_pivot_object_after_manner_word_is_none() -> None:
    # (「责成B重新组织…」: B the pivot's object, no doer and no name 「责成B」; the subject of 组织实施 stays)
    lead, resp = _notice_item("对核查不力的，责成各街镇重新组织核查。核查工作由区住房保障中心具体组织实施。")
    assert not any("责成" in n for n in lead + resp)


def test_cosigning_with_joined_other_side() -> None:
    # (「A与B和C签订…」: the 与 join as before — not read as 「…和C双方」)
    assert _article_item("物业管理单位与承租人和业主签订管理协议。")[0] == ["物业管理单位"]


# - 「A或项目B单位要…。B单位依法对…负首要责任」: the kind printed apart as a sentence's subject is kept beside the
#   longer name that holds it (round 43: a name printed differently is kept) — not a kind printed only inside
#   the longer name.
# - 「…，业主委员会、物业公司等共同参与的治理架构」: bodies inside a noun's description (…参与的X) are no partners
#   (round 30); 「B共同参与…工作」 stays a partner's clause.
def test_kind_printed_apart_kept() -> None:
    text = ("某区村民建房质量管理办法\n\n第一条（目的）\n为加强村民建房质量管理，制定本办法。\n\n"
            "第二条（主体责任）\n房屋产权人或项目建设单位要加强对建房工程的管理，并对建筑结构安全负责。"
            "建设单位依法对工程施工质量负首要责任。\n\n第三条（施行）\n本办法自2025年3月1日起施行。\n")
    task = parse_text(text).tasks[0]
    assert task.responsible_units == ["房屋产权人", "项目建设单位", "建设单位"]


def test_described_participants_are_none() -> None:
    lead, resp = _notice_item("各街镇要切实承担属地责任，建立联席会议机制。各居民区要强化指导责任，"
                              "建立以居民委员会为主导，业主委员会、物业公司等共同参与的治理架构。")
    assert "物业公司" not in lead + resp


def test_guide_after_lead_is_no_partner() -> None:
    # (「由A牵头、B加强指导」: B rule 3's guide; 「由A牵头、B配合」 keeps B)
    lead, resp = _notice_item("要完善小区自治机制。由各街镇牵头、居民委员会加强指导，帮助业主开展自我管理。")
    assert (lead, resp) == (["各街镇"], [])
    lead, resp = _notice_item("要完善小区自治机制。由各街镇牵头、居民委员会配合，帮助业主开展自我管理。")
    assert lead == ["各街镇"] and resp == ["居民委员会"]

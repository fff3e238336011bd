"""Round 67 (p67c): village bodies and construction teams as doers; figures that weigh a part, keep a line answered
or name a class of lift or estate.

- A village's own body after 各 「各村级组织在镇政府指导下落实…」: the name whole (组织 no verb after 村级), as the bare
  「村级组织」 is (round 44) — not another name before 组织 as a verb 「各村民小组…」 keeps its own reading.
- A construction team placed by 由 or as a subject 「由施工队伍负责制作铭牌」: a party by its role, as 施工单位 is
  (round 34) — not the team as an object 「加强施工队伍管理」.
- A part's share of a score in a bracket after its name 「居民满意度测评（占比20%）」: a weight, no target (Round 89's
  x329_02) — not a share the work reaches 「公租房占比20%」「（占比不低于20%）」.
- A line kept answered round the clock 「确保救援电话24小时保持有效应答」: no hours to reach (Round 87's x324_08) —
  not a length a thing must run 「连续运行不少于24小时」.
- The class 应当对 picks 「应当对使用年限超过15年的电梯，增加…」: a band inside the noun naming the lifts (round 58,
  as 要对 already was) — not a standard the clause sets 「应当超过15年」 with no noun after it.
- A money band naming estates 「单次激励资金低于2万元的小区，…可将…暂存」: a class of estate (round 58) — not a floor
  the work keeps 「单个小区资金不低于2万元」.
- An agent of 由 inside the noun it describes 「由业主委托的代建单位向街道办事处报备…」: no doer (round 30: a body
  inside a noun's description) — not 「由A委托B报备…」 (round 33's pivot: A the doer).
- A commission that only names who holds a role 「业主委托物业服务企业作为电梯的使用管理单位，应移交…」: the owner no
  doer by it — not 「A委托B开展评估」 (round 35).
- Cases under a lead-in of cases 「若小区存在以下情况，各街道应取消…资格：」 whose line ends on the estate it picks
  「…列入警示名单的居住小区；」: still a case line, the point one task — not lines that give work 「街道组织开展…」.
- A childless 保障措施 point of acts 「三、保障措施 一是坚持…。二是构建…机制。」 beside a point of numbered tasks, in a
  plan none of whose tasks names a doer: a task (plans-dev 08; Round 95's x349_01) — not where the tasks name their
  bodies 「区住房保障局负责…」 (the seeds' 保障措施 point, no task).
"""

from __future__ import annotations

from desktop.core.parse import parse_text

_HEAD = "某区关于加强村庄住房管理的实施意见\n\n一、压实责任\n\n"


def _plan(*items: str):
    return parse_text(_HEAD + "\n\n".join(items) + "\n")


def _units(*items: str) -> list[list[str]]:
    return [[*t.lead_units, *t.responsible_units] for t in _plan(*items).tasks]


def _targets(*items: str) -> list[list[tuple[float, str]]]:
    return [[(g.value, g.unit) for g in t.targets] for t in _plan(*items).tasks]


def test_village_body_after_ge_kept_whole() -> None:
    got = _units("（一）明确分工。区人民政府负责全区住房管理工作。\n\n各村级组织在镇人民政府指导下落实好自治管理。",
                 "（二）加强巡查。各村级组织落实日常巡查。",
                 "（三）加强巡查。各村民小组在镇人民政府指导下落实好日常巡查。")
    assert got == [["区人民政府", "各村级组织"], ["各村级组织"], ["各村民小组"]]


def test_construction_team_is_a_doer() -> None:
    got = _units("（一）加强监管。村民建房应落实公示制度，由施工队伍负责制作公示牌。",
                 "（二）加强监管。施工队伍负责制作公示牌。",
                 "（三）加强监管。加强施工队伍管理，提升施工队伍素质。")
    assert got == [["施工队伍"], ["施工队伍"], []]


def test_bracketed_share_of_a_score_is_a_weight() -> None:
    got = _targets("（一）居民满意度测评（占比20%）\n\n区房管局委托第三方机构开展满意度调查。",
                   "（二）优化结构。区房管局负责推进，公租房占比20%，新建住房中公租房（占比不低于20%）。")
    assert got == [[], [(20.0, "%"), (20.0, "%")]]


def test_line_kept_answered_round_the_clock() -> None:
    got = _targets("（一）保障救援。维保单位要确保应急救援电话24小时保持有效应答，接到报警后及时赶到现场。",
                   "（二）保障救援。维保单位要确保设备连续运行不少于24小时，保持有效。")
    assert got == [[], [(24.0, "小时")]]


def test_class_picked_after_yingdang_dui() -> None:
    got = _targets("（一）加强维保。维保单位应当对使用年限超过15年的电梯，增加维护保养频次。",
                   "（二）加强维保。维保单位应当超过15年的标准执行。")
    assert got == [[], [(15.0, "年")]]


def test_money_band_naming_estates() -> None:
    got = _targets("（一）资金使用。单次激励资金低于2万元的小区，根据街道申请可将资金暂存。各街道指导业委会使用资金。",
                   "（二）资金使用。各街道发放资金，单个小区资金不低于2万元。")
    assert got == [[], [(20000.0, "元")]]


def test_agent_inside_described_noun_is_no_doer() -> None:
    got = _units("（一）落实管理。在验收环节，由业主委托的代建单位向街道办事处报备管理方案。",
                 "（二）落实管理。在验收环节，由区房管局委托代建单位报备管理方案。")
    assert got == [[], ["区房管局"]]


def test_commission_naming_a_role_holder_gives_no_doer() -> None:
    got = _units("（一）档案管理。业主委托物业服务企业作为电梯的使用管理单位，应移交相关资料。",
                 "（二）开展评估。区房管局委托第三方机构开展评估。")
    assert got == [[], ["区房管局"]]


def test_case_line_ending_on_the_estate() -> None:
    plan = _plan("（一）负面情形\n\n若小区存在以下情况，各街道应取消当次激励资格：\n\n1.因管理失职，造成媒体曝光的；"
                 "\n\n2.半年内2次及以上列入警示名单的居住小区；\n\n3.未按要求使用激励资金的；",
                 "（二）工作要求\n\n若小区存在以下情况，各街道应组织整改：\n\n1.街道组织开展专项检查；\n\n2.街道建立问题台账；")
    paths = ["/".join([*t.path, t.number]) for t in plan.tasks]
    assert "一/一" in paths and not any(p.startswith("一/一/") for p in paths)
    assert "一/二/1" in paths


def _five_year(doer: str) -> list[str]:
    text = ("某区住房发展规划\n\n一、发展目标\n\n到2030年，住房供应体系基本健全，居住品质明显提升。\n\n二、重点任务\n\n"
            "（一）完善住房供应体系\n\n" + doer + "优化住房供应结构，推动保障性住房建设，健全租购并举的住房制度。\n\n"
            "（二）提升住房品质\n\n推进老旧小区改造，完善社区配套设施，提升物业服务水平和居住环境。\n\n"
            "三、保障措施\n\n一是坚持党的全面领导，把党的领导贯穿规划实施全过程。二是构建要素联动机制，统筹土地、资金等要素保障。"
            "三是建立健全统筹协调推进机制，加强规划实施评估。\n")
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def test_safeguards_point_in_a_plan_naming_no_unit() -> None:
    assert _five_year("") == ["二/一", "二/二", "三"]
    assert "三" not in _five_year("区住房保障局负责")

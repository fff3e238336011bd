"""Round 70 (p70h): surplus task counts of a decimal guide.

- A decimal outline's top chapter of definitions or principles 「2 定义与功能 ⏎ 2.1 …」「3 基本原则 ⏎ 3.1 …」: no tasks
  (round 30's general provisions; Round 102's governs on a guide's 基本原则) — not a chapter of work 「4 分项设计」,
  and a point there that names its doer stays a task (``outline_provisions``).
- A guide's line under a decimal heading that only advises by 宜 「…服务半径不宜超过800m。」 or only names the
  principle it follows 「…应以…为基础，坚持…的原则。」: text — not a line that binds by 应 beside its 宜, nor one
  whose 宜 is 因地制宜 (``option_items.guide_advice``).
- A check's contents led by the parties it looks at and a modal 「甲单位、乙单位考评应当包括下列内容：」 over lines of
  matters' states, the last one a 情形: one task — not lines that open on work (``check_lists``).
- A party's conduct a lead-in answers once 「承运单位发生下列行为时，由A…提出处理意见，报B同意后实施。」 over lines
  that each open on that party and bind nothing: one task — not lines that open on another body
  (``rule_lists.conduct_cases``).
- The ways a result may be used 「…的考评结果，可以按照下列方式予以应用：」 over lines with no force of their own:
  options, no tasks — a line that binds by 应当 stays a task (``option_items._chosen_way``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_GUIDE = """某市步道建设导则（试行）
1 总则
1.1本导则为规范某市步道建设编制而成。
1.2本导则适用于全市步道的规划、设计、建设和管理。
2 定义与功能
2.1 步道定义
步道是一种供行人休闲通行的线性空间，串联公园、广场等节点。
2.2 步道功能
步道具有休闲健身和生态保护的功能，提升城市景观。
3 基本原则
3.1因地制宜
步道建设应充分利用现有道路资源，减少对植被的破坏。
3.2安全便捷
步道应与机动车道分离，保证通行安全。
4 分项设计
4.1 步行道
①步行道应以现有绿地为基础，坚持节约集约、安全便捷的原则。
②步行道宽度不得小于1.5m，铺装材料应透水防滑。
③休息座椅的间距不宜超过300m。
④沿线公厕宜结合公园设置，但应设置无障碍设施。
⑤结合重要节点、因地制宜设置停车场。
5 管理维护
①区绿化管理部门应当建立步道巡查制度，定期检查设施。
②步道管理单位应及时修复损坏的设施。
"""


def test_definition_and_principle_chapters_hold_no_tasks() -> None:
    numbers = _numbers(_GUIDE)
    assert not any(n.startswith(("2/", "3/", "2.", "3.")) or n in ("2", "3") for n in numbers), numbers
    assert any(n.startswith("4") for n in numbers)          # (near miss: a chapter of work keeps its lines)


def test_principle_point_naming_its_doer_stays() -> None:
    text = _GUIDE.replace("步道应与机动车道分离，保证通行安全。", "区建设管理部门负责组织步道安全评估，保证通行安全。")
    numbers = _numbers(text)
    assert any("3.2" in n for n in numbers), numbers


def test_guide_advice_lines_are_text() -> None:
    numbers = _numbers(_GUIDE)
    lines = [n for n in numbers if n.startswith("4/4.1/")]
    assert lines == ["4/4.1/2", "4/4.1/4", "4/4.1/5"], numbers     # ① a principle, ③ 宜 only: text


_RULES = """某市建筑垃圾运输管理若干规定
第一条（目的依据）
为规范本市建筑垃圾运输管理，制定本规定。
第二条（运输单位监管）
区市容部门应当加强对建筑垃圾运输单位的监管，建立监管台账。
第三条（违规行为查处）
市渣土处应当完善违规行为查处制度。承运单位发生下列行为时，由市渣土处依照合同提出处理意见，报市市容局同意后实施。
（一）承运单位将建筑垃圾倾倒在非指定场所；
（二）承运单位车辆密闭装置损坏仍上路行驶；
（三）承运单位运输记录与实际数量不符。
第四条（考评内容）
承运单位、消纳单位考评应当包括下列内容：
（一）运输规范的执行情况；
（二）车辆密闭的情况；
（三）合同约定的因违规暂停运输的情形。
第五条（考评结果应用）
对承运、消纳单位从事建筑垃圾运输、消纳活动情况的考评结果，可以按照下列方式予以应用：
（一）对首次考评不合格的承运、消纳单位，暂停其运输、消纳活动，并给予其2个月整改期限，整改期满仍不合格的，由市市容局、区市容部门终止其运输、消纳活动；
（二）对连续2年考评不合格的承运、消纳单位，可依据运输合同，由市市容局、区市容部门终止其运输、消纳活动。
（三）对连续3年考评优秀的承运、消纳单位，当市市容局、区市容部门重新招标时，在同等条件下，予以优先考虑。
第六条（信息通报）
市市容局应当及时将考评结果通报市交通委。
"""


def test_party_cases_contents_and_ways_fold() -> None:
    numbers = _numbers(_RULES)
    assert not any(n.startswith(("3/", "4/", "5/")) for n in numbers), numbers
    assert "3" in numbers and "4" in numbers and "5" not in numbers, numbers


def test_near_misses_keep_their_lines() -> None:
    text = (_RULES.replace("（二）承运单位车辆密闭装置损坏仍上路行驶；", "（二）区市容部门应当对车辆开展检查；")
            .replace("（二）车辆密闭的情况；", "（二）组织专家对车辆进行抽查；")
            .replace("（三）对连续3年考评优秀的承运、消纳单位，当市市容局、区市容部门重新招标时，在同等条件下，予以优先考虑。",
                     "（二）市市容局应当将考评结果记入信用档案。"))
    numbers = _numbers(text)
    assert any(n.startswith("3/") for n in numbers), numbers
    assert any(n.startswith("4/") for n in numbers), numbers
    assert any(n.startswith("5/") for n in numbers), numbers


"""Round 62 (p62d): targets and not-targets — quantities in rules, pages and plans.

- A measure written in Chinese numerals and joined to a word of the line is a target as
  the same figure in digits is (CONVENTIONS.md Thresholds, round 30): a store's capacity
  「不得超过一千吨」「不得超过二万吨」「一万立方米」, a temperature 「超过三十八度」, a
  decimal multiple 「一点五倍」; a distance kept after 至少 and a modal with its verb
  「至少应留有四米宽度」「至少应保持一米的距离」; a multiple of a base after the word
  「不应小于电杆高度的一点五倍」 (digits too, as a share of a base 「不低于总投资的30%」
  reads); a flow 「不应小于5升／秒」 and a temperature in 度 「超过38度时」 in digits. A
  figure in a noun naming a class 「超过一千立方米的水池」 stays none (round 58), as in
  digits, and a size with no word 「应距离外缘一点五米」 too.
- 「按职工总人数的百分之七十组建义务消防队」: the share of the staff a team is formed of
  is a staffing norm with no comparison word (round 33's 「原则上按500户配1名」);
  「地下二层按照地下一层的50%确定」: a price set as a share of another's is the scheme's
  own rate (round 25's per-unit rates; Round 75's plan targets).
- 「…认定文件…时效为18个月」: how long a state lasts that a rule fixes, with no
  comparison word, names a norm (Round 81's x310_03 第十一条 decided);
  「有效期不少于3年」 stays a floor.
- 「未完成开发投资总额25%的工业用地」: what is not yet done, then 的 and a noun, picks
  the class a rule is for (round 58); 「完成投资总额25%的项目建设」 stays a share of the
  work.
- 「每季度至少研究一次」: a count of events joined to 至少 across any verb of the work is
  a target, 1 次 (round 30's line; Round 85 on x320_09 二), as 「至少研究1次」 reads in
  digits; so is a range of events after the verb that holds them 「每年组织一至二次」
  (its floor, as 1-2次; Round 77 on x301_01 三/（四））.
- 「押金不低于租赁合同一个月租金」: a sum measured in months of pay, the line's word before
  the noun the months are of, is a floor, 1 个月 (round 30's line).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets


def _got(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(sentence, 2024, relaxed=True)]


def test_capacities_in_chinese_numerals_are_targets() -> None:
    got = _got("每组的总贮量为：钢材不得超过三千吨；板材不得超过一万立方米；秸秆等不得超过五万吨。")
    assert (3000.0, "吨") in got and (1.0, "万立方米") in got and (5.0, "万吨") in got


def test_kept_distance_after_at_least_and_a_modal() -> None:
    assert _got("料堆与料堆之间至少应留有六米宽度的通道。") == [(6.0, "米")]
    assert _got("灯具与料堆之间至少应保持二米的距离。") == [(2.0, "米")]
    assert _got("料堆之间至少应留有5米宽度。") == [(5.0, "米")]
    assert _got("灯具与料堆之间至少应保持2米的距离。") == [(2.0, "米")]
    assert _got("建设5米宽的道路") == []                                 # a kind of road, no word of the line


def test_temperature_and_multiple_of_a_base() -> None:
    assert (45.0, "度") in _got("发现料温超过四十五度时，应立即翻堆降温。")
    assert (45.0, "度") in _got("发现料温超过45度时，应立即翻堆降温。")
    assert _got("线路与料堆的水平距离不应小于杆高的二点五倍。") == [(2.5, "倍")]
    assert _got("线路与料堆的水平距离不应小于杆高的2.5倍。") == [(2.5, "倍")]


def test_flow_rate_kept_as_printed() -> None:
    assert _got("每只消火栓的出水量不应小于10升／秒。") == [(10.0, "升／秒")]


def test_near_misses_stay_none() -> None:
    assert _got("超过二千立方米的蓄水池应分成两格。") == []            # a class the rule picks
    assert _got("开关箱应距离料堆外缘二点五米。") == []                  # no word of the line
    assert _got("宽度超过八米的道路应设置标志。") == _got("宽度超过8米的道路应设置标志。")
    assert _got("实现360度全覆盖") == []
    assert (20.0, "个") in _got("2024年度完成20个")


def test_staffing_share_is_none_price_share_is_a_rate() -> None:
    assert _got("各料场应按职工总人数的百分之六十组建义务消防队。") == []
    assert _got("按不低于职工总数的10%组建应急队伍") == [(10.0, "%")]
    got = _got("地下二层按照地下一层的40%确定，地下三层按照上一层的70%确定。")
    assert (40.0, "%") in got and (70.0, "%") in got


def test_validity_is_none_floor_stays() -> None:
    assert _got("区住建局出具的认定文件，作为办理手续的依据，时效为24个月。") == []
    assert _got("许可文件有效期不少于3年") == [(3.0, "年")]


def test_not_yet_done_picks_a_class() -> None:
    assert _got("未完成投资总额30%的项目用地，不得转让。") == []
    assert _got("年底前完成投资总额30%的项目建设") == [(30.0, "%")]


def test_at_least_any_verb_then_once() -> None:
    assert _got("社区成立消防安全小组，每月至少研究一次消防工作。") == [(1.0, "次")]
    assert _got("每月至少研究1次消防工作。") == [(1.0, "次")]


_RULES = """某市露天料场防火管理规定
第一条  为了加强露天料场的防火管理，制定本规定。
第二条  料场应分堆设置。每堆钢材不得超过三千吨，堆与堆之间至少应留有六米宽度的通道。
第三条  料场应按职工总人数的百分之六十组建义务消防队。
第四条  本规定自发布之日起施行。
"""


def test_rules_articles_read_whole() -> None:
    tasks = {t.number: [(x.value, x.unit) for x in t.targets] for t in parse_text(_RULES).tasks}
    assert (3000.0, "吨") in tasks["2"] and (6.0, "米") in tasks["2"]
    assert tasks["3"] == []


def test_range_of_events_in_words_reads_its_floor() -> None:
    # 「每年组织一至二次」: the verb before a range's low end holds the events (as 1-2次 reads in digits)
    assert _got("由社区牵头，每年组织一至二次消防疏散演练。") == [(1.0, "次")]
    assert _got("每年组织1-2次消防疏散演练。") == [(1.0, "次")]
    assert _got("今年已组织一至两次消防疏散演练。") == []                  # a past tally


def test_months_of_pay_joined_to_the_line_across_the_noun() -> None:
    assert _got("保证金原则上不低于承包合同两个月租金。") == [(2.0, "个月")]
    assert _got("不低于合同约定的三个月内完成") == []                      # no pay measured


_PROJECT_TABLE = """某镇2024年为民办实事项目实施方案
一、目标任务
全年实施为民办实事项目2个。
二、项目清单
序号	项目名称	建设地点	2024年建设内容	年度投资金额（万元）	责任单位	完成时间
1	文化广场提升	镇区	更新健身器材一批	120	镇文化站	2024年9月底
2	河道清淤	北村	清淤河道3公里	45	镇水务站	2024年11月底
"""


def test_project_rows_money_cell_is_their_target() -> None:
    # Round 84 (decided): a cell under 年度投资金额（万元） is the row's own number of work, with the header's unit
    tasks = {t.title: [(x.value, x.unit) for x in t.targets] for t in parse_text(_PROJECT_TABLE).tasks}
    assert tasks["文化广场提升"] == [(1200000.0, "元")]
    assert (450000.0, "元") in tasks["河道清淤"] and (3.0, "公里") in tasks["河道清淤"]


def test_spent_money_cell_is_none() -> None:
    assert _got("建设地点：东村；已完成投资金额（万元）：300。") == []
    assert _got("累计投资额（万元）：50") == []
    assert _got("年度投资金额（万元）：300") == [(3000000.0, "元")]

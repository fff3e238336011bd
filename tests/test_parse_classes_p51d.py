"""Round 51 (p51d): the Round 58 rulings' targets turns (CONVENTIONS.md "Round 58 rulings", Targets).

- A figure inside a noun naming the class a piece of work picks is a class, no target, with no exception for the
  objects picked (turned over round 30's picking line): 「常住人口1000人以上的行政村…完成…建设」. A figure in a
  的-clause of its own 「…的，＋step」 stays a trigger (round 49); the work that builds, reaches or signs the class
  keeps its figure (round 40); a grant's condition anywhere in its sentence stays a target (round 30).
- A vehicle's seats 「57座以上大客车」 name the kind of vehicle, as 「3吨货车」 does (round 31).
- The share a body checks 「按10%抽查」 is its own number of work (turned over round 36's norm on x124_01).
- A term counted from an event after the line's word 「不得少于公示期限截止后的七日」, and a size's second edge
  「不宜小于110厘米×80厘米」, are joined to the word (round 33's time limit; round 30's line).
- Duties: a body's answer to another body's request within a limit from its receipt 「有关部门应当在收到协助通知书的
  五个工作日内告知」 (rounds 35, 44; undated, Round 54); a case sent up whatever it is 「对于达不到标准的基地一律作
  不合格基地上报」 (round 46; undated, round 36).

Made-up texts in those shapes, with the near misses that stay as they were.
"""

from __future__ import annotations

import pytest

from desktop.core.parse.duties import find_duties
from desktop.core.parse.targets import find_targets


def _figures(text: str, year: int = 2024) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, year, relaxed=True)]


# -- 1. the class a piece of work picks -----------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("户籍人口3000人以上的自然村年内完成文化活动室建设。", (3000.0, "人")),
    ("对营业面积500平方米以上的超市开展食品安全抽检。", (500.0, "平方米")),
    ("督促层高超过24米的厂房完成喷淋系统改造。", (24.0, "米")),
    ("在服务人口2万人以上的街道设置综合服务站。", (20000.0, "人")),
    ("排查坡度大于25度的山坡地块。", (25.0, "度")),
])
def test_a_band_inside_the_noun_the_work_picks_is_no_target(text, figure):
    assert figure not in _figures(text), _figures(text)


@pytest.mark.parametrize("text, figure", [
    # a 的-clause of its own before its step (round 49's trigger)
    ("营业面积500平方米以上的，应当配备专职安全员。", (500.0, "平方米")),
    # the work builds, reaches or signs the class (round 40)
    ("新建建筑面积3000平方米以上的综合文化站。", (3000.0, "平方米")),
    ("鼓励用户签订2年以上的供热服务合同。", (2.0, "年")),
    # a grant's condition, the grant far down the sentence (round 30)
    ("单体建筑面积2万平方米及以上的公共建筑节能改造项目，改造后运行满1年，经第三方认定，每平方米补贴20元。",
     (20000.0, "平方米")),
    # a bar on the work's own count, no noun after the band
    ("全年抽检超市不少于50家。", (50.0, "家")),
])
def test_near_misses_keep_their_target(text, figure):
    assert figure in _figures(text), _figures(text)


# -- 2. a vehicle's seats ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "加快淘汰老旧中巴车、35座以上客车及卧铺客车。",
    "对7座以下的小型客车开展专项检查。",
])
def test_a_vehicles_seats_name_its_kind(text):
    assert all(u != "座" for _, u in _figures(text)), _figures(text)


@pytest.mark.parametrize("text, figure", [
    ("年内建成公交首末站5座以上。", (5.0, "座")),        # stations counted, no vehicle after the seats
    ("新建加油站不少于3座，配套建设停车场。", (3.0, "座")),
])
def test_a_count_in_zuo_stays_a_target(text, figure):
    assert figure in _figures(text), _figures(text)


# -- 3. the share a body checks -------------------------------------------------------------------------------------

def test_a_sampling_share_is_the_works_own_number():
    assert (15.0, "%") in _figures("管理户数小于50户的，按15%抽查，但不少于3户。")
    assert (5.0, "%") in _figures("区市场监管局按照经营主体总数的5%进行抽检。")


def test_a_staffing_share_stays_a_norm():
    # (near miss: the share of a base a body is staffed by, no comparison word, round 33)
    assert (10.0, "%") not in _figures("巡查人员按照网格总数的10%进行配备。")


# -- 4. a term counted from an event after the line's word; a size's two edges ---------------------------------------

@pytest.mark.parametrize("text, want", [
    ("异议受理的期限不得少于公告期满后的五日。", (5.0, ">=")),
    ("答复期限不超过收到申请之日起的15日。", (15.0, "<=")),
    ("整改期限不少于检查结束后的10天。", (10.0, ">=")),
])
def test_a_term_counted_from_an_event_is_joined_to_its_word(text, want):
    got = [(t.value, t.comparator) for t in find_targets(text, 2024)]
    assert want in got, got


@pytest.mark.parametrize("text", [
    "应当在收到通知后的5日内答复。",          # a deadline rule from an event, no comparison word
    "公示期满后的7日内作出决定。",
])
def test_a_limit_from_an_event_with_no_word_stays_no_target(text):
    assert find_targets(text, 2024) == []


def test_both_edges_of_a_size_after_the_lines_word_are_targets():
    got = [(t.value, t.unit, t.comparator) for t in find_targets("展板规格不宜小于120厘米×90厘米。", 2024)]
    assert (120.0, "厘米", ">=") in got and (90.0, "厘米", ">=") in got
    # (near miss: a size with no comparison word names the thing, no target)
    assert find_targets("会议室尺寸为8米×6米。", 2024) == []


# -- 5. duties: an answer to a body's request, a case sent up --------------------------------------------------------

def _duties(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.kind, d.due, d.every) for d in find_duties(text, 2024)]


@pytest.mark.parametrize("text", [
    "相关部门应当在收到协查函的三个工作日内书面回复。",
    "各街道应当在收到征求意见通知的10日内答复。",
    "对于检查不合格的摊点一律作整改对象上报。",
    "凡未按期完成整改的企业均列入黑名单报送。",
])
def test_an_answer_to_a_request_or_a_case_sent_up_is_an_undated_duty(text):
    assert _duties(text) == [("other", None, None)], _duties(text)


@pytest.mark.parametrize("text", [
    "区住建委应当在收到申请后5日内答复。",              # an applicant answered: work of the procedure
    "收到通知书后5日内告知申请人。",                    # a person told (round 45)
    "对于符合条件的企业一律上报审批。",                 # an approval asked for
    "对达不到标准的基地一律取消补助。",                 # no sending
])
def test_near_misses_send_nothing(text):
    assert _duties(text) == [], _duties(text)

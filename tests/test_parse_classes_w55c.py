"""Round 55 (w55c): units in sentences — the residue.

- A 对-phrase naming what the work is done on, between the subject (or the clause of the rule it follows) and
  组织＋work 「A对所辖单位的外环境组织灭鼠」: A is the doer, as 「A组织灭鼠」 (rule 2's 组织＋verb, round 30); not
  「对…的组织推进工作」 (a noun) nor 「对…组织的活动」 (the thing organised) (``subject_verbs.on_organises``).
- The subject's own duties as the rule its clause follows 「A按各自职责范围（见附表），对…」: the name ends before 按
  and the clause is the subject's (``sentence_names._AFTER_NAME``, ``sentence_units._SUBJECT_ONLY``); not
  「按各自职责执法查处」 inside one clause after a case (a contingency, rule 3).
- 各负其责 as a kind's own predicate 「A、B等部门，要各负其责，切实履行…职能」「A按照…要求各司其职、各负其责」: A is
  designated (Round 63 turned, x273_02), as 「A负总责」; a general call 「各部门要各负其责」 names none
  (``doer_words.EACH_OWN``).
- A verb of making after a listed name 「A、B定制／制作／印制…」 ends the name (定制 not read as the name's 协定): both
  bodies are read for the later 「，负责…」; a body named for what it makes 「…制作中心」 keeps its name
  (``sentence_names._AFTER_NAME``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_names import read_names
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.subject_verbs import on_organises

_HEAD = ("某县春季除害防病活动方案\n\n"
         "一、活动时间\n\n2030年4月1日至4月30日。\n\n"
         "二、工作安排\n\n")


def _points(*bodies: str) -> dict[str, tuple[list[str], list[str]]]:
    """Each point's (lead, responsible) by its task number, the made-up plan holding ``bodies`` as （一）（二）…
    of 二、"""
    nums = "一二三四五六"
    text = _HEAD + "".join(f"（{nums[k]}）{b}\n\n" for k, b in enumerate(bodies)) \
        + "三、工作要求\n\n各单位要高度重视。\n"
    return {t.number: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_an_on_phrase_before_organise_and_work():
    assert on_organises("对辖区内的河道组织清淤")
    assert doer_units("县水利局对辖区内的河道组织清淤。") == ([], ["县水利局"])
    assert doer_units("县教育局按各自职责，对全县中小学校组织检查。") == ([], ["县教育局"])
    # near misses: a noun 「对…的组织推进工作」, the thing organised 「对…组织的活动」
    assert not on_organises("对垃圾分类的组织推进工作")
    assert doer_units("做实社区对垃圾分类的组织推进工作。") == ([], [])
    assert doer_units("县教育局对学校组织的活动进行检查。") == ([], [])


def test_own_duties_as_the_rule_of_the_subjects_clause():
    assert read_names("县直各部门按各自职责范围(见附表)") == (["县直各部门"], 5)
    assert doer_units("县直各部门按各自职责范围(见附表)，对所辖单位的外环境组织消杀。") == ([], ["县直各部门"])
    # near miss: 按各自职责＋verb inside a case's clause stays a contingency
    assert doer_units("发现违规搭建的，由县执法大队和镇政府按各自职责执法查处。") == ([], [])


def test_each_bears_its_own_duty():
    got = _points("交通、水利、电力等部门，要各负其责，切实履行专项监督管理职能。",
                  "县卫健局按照行业监管要求各司其职、各负其责，加强医疗机构监管。",
                  "各部门要各负其责，切实履行职能。",
                  "县卫健局对各负其责的情况进行检查。")
    assert got["一"] == ([], ["交通、水利、电力等部门"])
    assert got["二"] == ([], ["县卫健局"])
    # near misses: a general call, and 各负其责 inside a noun
    assert got["三"] == ([], [])
    assert got["四"] == ([], [])


def test_a_verb_of_making_ends_a_listed_name():
    # 「A、B定制／制作／印制…，负责…」: the list's last name ends before a verb of making (定制 not read as B's 协定)
    assert read_names("县文联、县摄协定制展板用纸")[0] == ["县文联", "县摄协"]
    assert read_names("县文联、县美协制作宣传展板")[0] == ["县文联", "县美协"]
    assert doer_units("县文联、县摄协定制展板用纸，负责召集摄影爱好者参与。") == ([], ["县文联", "县摄协"])
    # near misses: a body named for what it makes keeps its whole name; a verb of making alone names no doer
    assert read_names("县广播电视制作中心负责拍摄")[0] == ["县广播电视制作中心"]
    assert doer_units("县摄协定制展板用纸。") == ([], [])

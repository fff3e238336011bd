"""Round 70 (p70a): plans-next370's 局 rules and 导则.

- Scorer: a sample path ending on a circled digit 「6/①」 binds the task the parser numbered 6/1 (① at a line's start
  read as the （1） level) where its first words are the sample's — not another section's ⑥ by the bare tail 「6」;
  without a task numbered so with those words, the old reading (the circled digit heading text).
- A subjectless sentence naming its lines a supervision's contents 「…。（依照…，）重点监管下列内容：⏎（一）…情况；⏎
  （二）擅自…的行为；」 (check_lists): the article one task with its body's work — not a body's verb over listed objects
  「A应当对下列事项进行监督检查：」, nor lines that open on work.
- A notice's title line cut on an open 《 「…局关于印发《」 (cut_titles): the issued text's own title line below the
  cover — not a notice's title whose 《》 close.
- Metres in the SI letter closing a clause 「间距不应超过500m；」「但不得小于2m」 (figures): a length target like
  500米 — not a size before its noun 「5m宽」, nor m³ or m/s.
- Records sent to the archive that keeps them 「…资料等进行整理归档，并报送档案馆存档」 (duty_sentences): an undated
  duty — not the body's own 「整理归档」 with no archive named.
- A state of matters told to the bodies that act on it 「A应当将申报受理情况书面告知相关区…部门」 (role_subjects): a
  sending, no doer in an article — not a body's work in the same article 「A应当督促…」.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.parse import parse_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_score import find_task  # noqa: E402


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}

_GUIDE = """某市步道建设指引

1 总则
1.1本指引适用于全市步道的建设。
4 分项设计
4.1 标识系统
①全市步道应采用统一的标识系统。
②标识牌应设置在步道入口处。
③标识牌应定期清洁。
④标识牌应保持完好。
⑤标识牌应夜间可见。
⑥标识牌损坏的应及时更换。
6 维护管理
①步道实行分级管理，区管理部门应当统筹步道的维护。
②步道管理部门应建立巡查制度，落实应急措施。
"""


def test_circled_path_binds_its_numbered_task() -> None:
    plan = parse_text(_GUIDE)
    task = find_task(plan, {"path": ["6", "①"], "title_starts": "步道实行分级管"})
    assert task is not None and task.text.startswith("步道实行分级管理")
    task = find_task(plan, {"path": ["6", "②"], "title_starts": "步道管理部门应建"})
    assert task is not None and task.text.startswith("步道管理部门应建立")


def test_circled_path_without_its_words_keeps_old_reading() -> None:
    # near miss: first words no task numbered 6/1 has — the circled digit stays heading text, nothing bound by
    # the number alone
    plan = parse_text(_GUIDE)
    assert find_task(plan, {"path": ["6", "①"], "title_starts": "公园绿地养护要"}) is None


_SUPERVISE = """某市停车场管理实施细则

第一条（目的）
为规范停车场管理，制定本细则。
第二条（经营单位监管）
区交通管理部门应加强对停车场经营单位的监管，建立监管档案。依照本细则和经营协议，重点监管下列内容：
（一）收费公示制度执行情况；
（二）擅自占用消防通道停放车辆的行为；
（三）市交通委规定的其他情况。
第三条（设施检查）
区交通管理部门应当对下列事项进行监督检查：
（一）停车设施的完好；
（二）收费系统的运行；
（三）安全标志的设置。
第四条（施行日期）
本细则自发布之日起施行。
"""


def test_supervision_contents_fold_into_article() -> None:
    got = _tasks(_SUPERVISE)
    assert "2" in got and not any(k.startswith("2/") for k in got)
    assert got["2"] == ["区交通管理部门"]
    # near miss: the body's own verb on listed objects keeps its lines as items
    assert any(k.startswith("3/") for k in got)


_CUT = """某市园林管理局关于印发《




各区园林管理部门
为规范古树名木养护，现制定《古树名木养护若干规定》并发给你们，请遵照执行。
附件：《古树名木养护若干规定》
2020年3月2日
《某市古树名木保护办法》养护若干规定
第一条（目的）
为规范古树名木养护，制定本规定。
第二条（职责）
区园林管理部门应当组织开展古树名木养护工作。
"""


def test_cut_notice_title_takes_issued_title() -> None:
    assert parse_text(_CUT).title == "《某市古树名木保护办法》养护若干规定"
    # near miss: a whole notice title keeps its reading (the issued name it quotes)
    whole = _CUT.replace("关于印发《\n", "关于印发《古树名木养护若干规定》的通知\n", 1)
    assert parse_text(whole).title != "《某市古树名木保护办法》养护若干规定"


def test_metres_in_letters_are_lengths() -> None:
    plan = parse_text("四、标识设置\n（一）同类指示牌间距不应超过300m，路面标线间距不应超过80m。\n"
                      "（二）步道宽度不得小于3m。\n（三）修建4m宽的步道，配置50m³蓄水池，流速1m/s。\n")
    got = {t.number: [(x.value, x.unit) for x in t.targets] for t in plan.tasks}
    assert got["一"] == [(300.0, "m"), (80.0, "m")]
    assert got["二"] == [(3.0, "m")]
    # near miss: a size before its noun, a volume and a speed are no lengths
    assert not any(unit == "m" for _, unit in got["三"])


def test_records_sent_to_archive_are_a_duty() -> None:
    base = "五、养护管理\n（一）{}\n（二）养护单位应建立巡查制度。\n"
    sent = parse_text(base.format("养护单位应对经验收的设计和施工图纸等进行整理，并报送区档案馆存档。"))
    assert [d.every for d in sent.duties] == [None] and "档案馆" in sent.duties[0].text
    # near miss: kept by the body itself, no archive named — no duty
    kept = parse_text(base.format("养护单位应对经验收的设计和施工图纸等进行整理归档。"))
    assert kept.duties == []


_TOLD = """某市公园管理若干规定

第一条（目的）
为规范公园管理，制定本规定。
第二条（申报受理）
经营单位应当在每年3月向区园林部门申报经营项目。市园林处应当将申报受理情况书面告知相关区园林部门。
区园林部门应当督促经营单位签订管理协议。
第三条（施行日期）
本规定自发布之日起施行。
"""


def test_state_told_to_bodies_names_no_doer() -> None:
    got = _tasks(_TOLD)
    assert got["2"] == ["区园林部门"]
    # near miss: the same body with work of its own in the article stays a doer
    worked = _TOLD.replace("市园林处应当将申报受理情况书面告知相关区园林部门。", "市园林处应当组织开展年度检查。")
    assert "市园林处" in _tasks(worked)["2"]

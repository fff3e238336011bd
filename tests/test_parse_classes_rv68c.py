"""Round 68's last review (rv68c): three rules that read wider than their class, narrowed by the lead.

- ``public_articles._LICENSED`` (p68i): a licence is owed work only as the thing held or changed — an employer
  carrying its 营业执照 as a paper 「持营业执照复印件…办理缴存登记」 still files, no task (Round 52).
- ``role_subjects._CHECKED_ITSELF`` (p68i): a party's part in the check made of itself names none only when the
  cooperation is the whole sentence — 「…配合…安全检查，对检查发现的隐患…完成整改」 keeps the party, its own work.
- ``body_names._DESCRIBES`` (p68i): 「由A、B等部门派员参加。」 describes a group's members; 「由A派员参加街道组织的
  …排查」 is A's own work."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = ("某市职工互助金缴存管理办法\n"
        "第一条 为规范互助金缴存管理，制定本办法。\n"
        "第二条 市互助金中心负责互助金的归集、管理和监督检查。\n"
        "第三条 市互助金中心应当建立缴存明细账，定期对缴存情况进行检查。\n")
TAIL = "第九条 区管理所应当对单位缴存情况进行核查，并每季度向市互助金中心报告。\n"
FILINGS = ("第四条 单位应当自成立之日起20日内，{}向市互助金中心办理缴存登记。\n"
           "第五条 单位名称发生变更的，应当自变更之日起20日内{}向区管理所办理信息修改。\n")


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def test_a_licence_carried_as_a_paper_leaves_an_employers_filing_no_task() -> None:
    carried = _numbers(HEAD + FILINGS.format("持营业执照复印件", "持变更后的营业执照") + TAIL)
    bare = _numbers(HEAD + FILINGS.format("", "") + TAIL)
    assert carried == bare
    assert "4" not in carried and "5" not in carried      # (the employer's two filings)


def _units(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): list(t.responsible_units) for t in parse_text(text).tasks}


def test_a_partys_own_work_after_its_cooperation_keeps_the_party() -> None:
    text = ("某区燃气安全管理办法\n"
            "第一条 为加强燃气安全管理，制定本办法。\n"
            "第二条 区城管委负责本区燃气安全的监督管理。\n"
            "第三条 燃气企业应当配合区城管委开展燃气设施安全检查，对检查发现的隐患在30日内完成整改。\n"
            "第四条 区应急局负责燃气事故的应急处置。\n")
    units = _units(text)
    assert units["3"] == ["燃气企业"]


def test_a_body_sent_to_take_part_in_work_is_its_doer() -> None:
    text = ("某街道燃气安全隐患排查工作方案\n"
            "一、工作任务\n"
            "（一）开展宣传。街道办事处负责燃气安全宣传。\n"
            "（二）建立台账。街道城运中心负责建立隐患台账。\n"
            "（三）开展排查。由区应急管理局派员参加街道组织的燃气安全隐患排查。\n")
    units = _units(text)
    assert units["一/三"] == ["区应急管理局"]

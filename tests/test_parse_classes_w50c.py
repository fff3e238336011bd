"""Round 50 second wave (w50c): a cover notice that issues a document of rules (…管理办法) as its 附件1, written in
articles 「第N条 heading」 (the cover's own lines being only its 附件： list 「1.…办法;」「2.…目录。」): the rules'
articles are the plan's items, as a plan issued that way is (``outline_parts.issued_plan``). Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text

COVER = ("某区文化产业扶持资金管理办法\n\n各街道办事处、区政府各部门：\n\n《某区文化产业扶持资金管理办法》已经区政府同意。"
         "现印发给你们，请认真执行。\n\n特此通知。\n\n附件：\n\n1.某区文化产业扶持资金管理办法;\n\n2.某区文化产业重点扶持目录。\n\n"
         "某区文化和旅游局\n\n2024年3月1日\n\n附件1\n\n某区文化产业扶持资金管理办法\n\n")
ARTICLES = ["目的依据\n\n为规范本区文化产业扶持资金管理，制定本办法。",
            "管理部门\n\n区文化和旅游局负责扶持资金的申报受理和日常管理。",
            "申报受理\n\n(一)各街道负责本辖区项目申报的组织和初审工作。\n\n(二)区文化和旅游局委托第三方机构对申报项目进行评审。",
            "项目监管\n\n区文化和旅游局负责对项目实施全过程监管，每半年开展一次检查。",
            "附则\n\n本办法自2024年4月1日起施行。"]
NUMS = "一二三四五"


def _rules(marks: list[str]) -> str:
    return COVER + "\n\n".join(f"{m}{a}" for m, a in zip(marks, ARTICLES)) + "\n"


def test_a_cover_issuing_rules_in_articles_reads_the_articles():
    plan = parse_text(_rules([f"第{n}条 " for n in NUMS]))
    texts = [t.text for t in plan.tasks]
    assert not any("扶持目录" in t for t in texts)          # the cover's 附件 list is no task
    assert [t.responsible_units for t in plan.tasks] == [["区文化和旅游局"], ["各街道"], ["区文化和旅游局"],
                                                         ["区文化和旅游局"]]
    assert any("印发附件" in w for w in plan.warnings)


def test_the_heading_on_its_own_line_or_run_in_alike():
    plan = parse_text(_rules([f"第{n}条　" for n in NUMS]).replace("\n\n为规范", "为规范"))
    assert len(plan.tasks) == 4


def test_near_miss_rules_not_written_in_articles_stay_as_read():
    # (a 办法 issued in 一、二、…: no articles, the cover's list stays what the outline read — unchanged)
    plan = parse_text(_rules([f"{n}、" for n in NUMS]))
    assert [t.text.split(";")[0].split("。")[0] for t in plan.tasks] == ["某区文化产业扶持资金管理办法",
                                                                         "某区文化产业重点扶持目录"]


def test_near_miss_a_cover_with_its_own_points_naming_units_keeps_them():
    cover = COVER.replace("特此通知。\n\n", "一、区文化和旅游局负责做好政策宣传。\n\n二、各街道负责组织本辖区企业申报。\n\n特此通知。\n\n")
    cover = cover.replace("附件：\n\n1.某区文化产业扶持资金管理办法;\n\n2.某区文化产业重点扶持目录。\n\n", "")
    plan = parse_text(cover + "\n\n".join(f"第{n}条 {a}" for n, a in zip(NUMS, ARTICLES)) + "\n")
    assert [t.responsible_units for t in plan.tasks][:2] == [["区文化和旅游局"], ["各街道"]]

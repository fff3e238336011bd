"""Round 49, t49a: lists of cases, conditions, materials and ways under an article of whole rules (CONVENTIONS.md
round 35: lists that give no work are text; an article of only cases is one task where it gives work)."""

from __future__ import annotations

from desktop.core.parse import parse_text

_HEAD = "某市燃气补贴管理办法\n\n第一条 为了规范燃气补贴管理，根据有关规定，制定本办法。\n\n" \
        "第二条 市燃气管理中心负责燃气补贴的审核发放工作。\n\n"
_TAIL = "\n\n第九条 本办法自2024年1月1日起施行。\n"


def _titles(body: str) -> list[str]:
    return [t.title for t in parse_text(_HEAD + body + _TAIL).tasks]


def test_cases_under_a_work_clause_fold_into_the_article() -> None:
    # a body's review of the cases listed: one task, the cases its text (not one task per case)
    titles = _titles("第三条 区燃气管理所应当对下列情形的补贴申请严格审核：\n\n（一）同一户多次变更户主的；\n\n"
                     "（二）补贴金额与实际用量明显不符；\n\n（三）其他存疑的申请情形。")
    assert len(titles) == 2
    assert titles[1].startswith("区燃气管理所应当对下列情形")


def test_limits_an_applicant_keeps_fold() -> None:
    # limits a claim must keep 「…应当符合以下规定：」, each line a limit with no body and no verb of doing
    titles = _titles("第三条 区燃气管理所按季度审核补贴申请，补贴额度应当符合以下规定：\n\n"
                     "（一）不高于当季实际燃气费用；\n\n"
                     "（二）不高于本市规定的年度补贴限额；\n\n（三）影响补贴额度的其他因素。")
    assert len(titles) == 2
    assert "补贴额度应当符合以下规定" in titles[1]


def test_lines_that_give_work_stay_items() -> None:
    # near miss: under the same kind of lead-in, lines that each order a body to act stay tasks
    titles = _titles("第三条 发现下列情形的，按以下方式处理：\n\n（一）虚报用量的，由区燃气管理所责令退回补贴；\n\n"
                     "（二）伪造材料的，由市燃气管理中心取消补贴资格；\n\n（三）拒不退回的，由区燃气管理所依法追缴。")
    assert len(titles) == 4


def test_parts_of_work_stay_items() -> None:
    # near miss: a lead-in that gives out work 「…履行下列职责：」 over parts opening with a verb of doing
    titles = _titles("第三条 区燃气管理所应当履行下列职责：\n\n（一）做好补贴申请的受理工作；\n\n"
                     "（二）建立补贴发放台账；\n\n"
                     "（三）开展补贴使用情况抽查。")
    assert len(titles) == 4


def test_a_definitions_list_is_left_to_its_reader() -> None:
    # near miss: a definition over its kinds 「…是指…，分为以下类型：」 is not folded into one task of the article
    # (its own readers decide it, round 30's definitions)
    titles = _titles("第三条 本办法所称燃气补贴，是指按季发放的货币补贴，分为以下类型：\n\n"
                     "（一）居民补贴；\n\n（二）商户补贴。")
    assert not any("本办法所称" in t for t in titles)


def test_an_article_for_the_public_is_no_task() -> None:
    # rules for the public (Round 48: borrowers' articles): the applicant's own obligations, no body doing work
    titles = _titles("第三条 申请人应当按照本市燃气补贴相关规定，如实填写申请表。\n\n"
                     "第四条 外省市户籍居民申请补贴的，应当提供居住证等材料。\n\n"
                     "第五条 区燃气管理所应当自受理之日起5个工作日内完成审核。")
    assert not any(t.startswith(("申请人应当", "外省市户籍居民")) for t in titles)
    assert any(t.startswith("区燃气管理所应当") for t in titles)


def test_a_body_beside_the_public_keeps_the_article() -> None:
    # near misses: a body acting on the public's papers, a designation before the public's duty, a trade's body
    # whose name holds 业主 「行业主管部门」 — tasks as before
    titles = _titles("第三条 区燃气管理所应当对申请人提供的材料进行核对。\n\n"
                     "第四条 某市燃气担保有限公司为燃气补贴的担保机构。申请人应当将补贴账户质押给担保公司。\n\n"
                     "第五条 各行业主管部门应当加强燃气安全检查。")
    assert any(t.startswith("区燃气管理所应当") for t in titles)
    assert any(t.startswith("某市燃气担保有限公司") for t in titles)
    assert any(t.startswith("各行业主管部门") for t in titles)


def test_the_public_as_an_object_keeps_the_article() -> None:
    # near miss: a subjectless rule whose verb takes the public as its object 「督促业主…」 gives work (round 43)
    titles = _titles("第三条 督促业主、物业服务企业组织志愿者，全面清理楼道堆放的杂物，确保通道畅通。")
    assert any(t.startswith("督促业主") for t in titles)

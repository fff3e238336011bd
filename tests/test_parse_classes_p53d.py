"""Round 53 first wave (p53d): articles of a rule the parser did not find as tasks.

1. An article that states plainly what a named body does, with no modal (CONVENTIONS.md "Round 44 rulings, written
   early", decided: in rules written as articles a named body standing as the subject of the article's verb of doing
   is a doer whatever the verb; plans-next259 BASELINE class 2): 「第十九条 代建制项目建成后，代建单位协助…完成…」
   「第二十条 …开具后，市公积金中心将…款项放款至…」 — a task, as its siblings with 应当 are. Near misses: a case with
   what befalls the party 「代建单位未能履行…的，所造成的损失由…承担」, a noun phrase's copula 「A承担…的期间为…」, an
   option 「A可以…」 and a verb of being stay as they were.
2. An article of requirements 「第十五条 （代建工作要求）⏎代建单位…应当派驻…」 whose text gives work is a task in a plan
   written as rules too (round 43, as ``_childless_articles`` reads it); one whose text gives none stays out.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.acting_articles import acting_subject
from desktop.core.parse.headings import build_items
from desktop.core.parse.rule_chapters import rule_chapters, written_as_rules


def paths(text: str) -> list[tuple[str, ...]]:
    return [(*t.path, t.number) for t in parse_text(text).tasks]


def agency_rules(article_six: str) -> str:
    return ("某区政府投资项目代建管理办法\n"
            "第一章 总则\n"
            "第一条 为规范本区政府投资项目代建管理，根据有关规定，制定本办法。\n"
            "第二条 本办法适用于本区政府投资建设项目。\n"
            "第二章 职责\n"
            "第三条 区建设管理委履行下列职责：\n"
            "（一）组织代建单位的招标；\n"
            "（二）对代建单位进行考核。\n"
            "第四条 区财政局应当加强对代建管理费使用的监督。\n"
            "第五条 代建单位应当按照合同约定派驻项目管理机构。\n"
            f"第六条 {article_six}\n"
            "第三章 附则\n"
            "第九条 本办法自2025年1月1日起施行。\n")


WITH_SIX = [("3", "一"), ("3", "二"), ("4",), ("5",), ("6",)]
WITHOUT_SIX = [("3", "一"), ("3", "二"), ("4",), ("5",)]


# --- 1. an article whose subject acts with no modal -----------------------------------------------------------------


def test_a_role_acting_after_a_time_clause_with_no_modal_is_a_task():
    assert paths(agency_rules("项目竣工后，代建单位协助项目单位完成竣工验收和资料归档。")) == WITH_SIX


def test_a_placed_body_acting_after_a_time_clause_with_no_modal_is_a_task():
    assert paths(agency_rules("工程款拨付后，区财政局将支付凭证抄送区建设管理委。")) == WITH_SIX


def test_a_case_of_breach_with_its_loss_is_no_task():
    assert paths(agency_rules("代建单位未能履行代建合同，擅自变更建设内容的，所造成的损失由代建单位承担。")) \
        == WITHOUT_SIX


def test_a_noun_phrase_with_its_copula_is_no_task():
    assert paths(agency_rules("代建单位承担保修责任的期间为工程竣工之日起两年。")) == WITHOUT_SIX


def test_the_subject_reader_reads_doing_not_being_having_or_options():
    assert acting_subject("项目竣工后，监理单位协助建设单位完成竣工验收。")
    assert acting_subject("“结算单”开具后，区财政局将相关款项拨付至项目单位账户。")
    assert acting_subject("担保公司为项目贷款提供连带责任保证担保。")
    assert not acting_subject("区财政局是本区政府投资资金的管理机构。")
    assert not acting_subject("借款人可以申请提前还款。")
    assert not acting_subject("监理单位不得擅自变更监理人员。")
    assert not acting_subject("监理单位享有查阅项目资料的权利。")
    assert not acting_subject("监理单位应当具备相应的资质。")
    assert not acting_subject("监理单位未按合同派驻人员，造成损失的，由其承担赔偿责任。")
    assert not acting_subject("区财政局工作人员玩忽职守的，区财政局将依法给予处分。")


# --- 2. an article of requirements whose text gives work ------------------------------------------------------------


def _detail_rules(title: str, text: str) -> str:
    arts = [("目的和依据", "为规范本区政府投资项目代建管理，根据有关规定，制定本细则。"),
            ("适用范围", "本细则适用于本区政府投资建设项目。"),
            ("职能分工", "区发展改革委负责代建项目的统筹协调，区建设管理委负责代建单位的日常监管。"),
            ("代建单位选取", "区建设管理委通过公开招标方式选取代建单位。"),
            (title, text),
            ("财务管理", "项目单位应当加强项目会计核算和财务管理。")]
    body = "".join(f"第{n}条 （{h}）\n\n{t}\n\n" for n, (h, t) in zip("一二三四五六", arts, strict=True))
    return ("某区政府投资项目代建管理实施细则\n\n第一章 总则\n\n" + body[:body.index("第四条")]
            + "第二章 代建管理\n\n" + body[body.index("第四条"):]
            + "第三章 附则\n\n第七条 本细则自2025年1月1日起施行。\n")


def _rule_titles(title: str, text: str) -> list[str]:
    items = build_items(_detail_rules(title, text)).items
    for item in items:      # (each article a top-level chapter of the rule, as a notice's 细则 prints them)
        item.kind, item.article, item.article_line = 1, True, False
    assert written_as_rules(items)
    return [i.title for i in rule_chapters(items, [i for i in items if "职能分工" in i.title])]


def test_an_article_of_requirements_that_gives_work_is_added_in_a_rule():
    assert "（代建工作要求）" in _rule_titles("代建工作要求",
                                             "代建单位实施项目管理时，应当派驻项目管理机构，提供项目管理方案。")


def test_an_article_of_requirements_that_gives_no_work_stays_out():
    assert "（工作要求）" not in _rule_titles("工作要求",
                                              "本细则所称代建项目的建设规模和标准以批准的可行性研究报告为准。")


# --- 3. an item's number 1 typed as the letter l or I ---------------------------------------------------------------


def _points(first_mark: str, second_mark: str = "2、") -> str:
    return ("某镇违法建筑整治工作方案\n"
            "一、工作措施\n"
            "（一）前端发现\n"
            f"{first_mark}完善发现机制。各村要配备专职人员加强巡查，发现违法建筑及时上报。\n"
            f"{second_mark}依法快速处置。镇城管中队对巡查发现的违法建筑依法处置。\n"
            "（二）源头管控\n"
            "镇规建办要加强对建设项目的审批管理。\n")


def test_a_one_typed_as_the_letter_l_before_a_two_is_item_one():
    assert paths(_points("l、")) == [("一", "一", "1"), ("一", "一", "2"), ("一", "二")]
    assert paths(_points("l.", "2.")) == [("一", "一", "1"), ("一", "一", "2"), ("一", "二")]


def test_the_letter_l_or_i_not_followed_by_a_two_stays_as_written():
    from desktop.core.parse.normalise import light
    assert light("l、完善机制\n3、其他事项\n") == "l、完善机制\n3、其他事项\n"
    assert light("I.总体要求\nII.主要任务\n") == "I.总体要求\nII.主要任务\n"

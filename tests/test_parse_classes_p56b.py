"""Round 56 (p56b): responsible units written in the sentences of rules — CONVENTIONS.md rule 2 of the head and the
rulings on doers, the plans-next281 baseline.

1. A works project's owner named by its role alone, 项目法人, as an article's subject with a verb of doing
   「项目法人应当根据…，编制…计划，安排…进度」「项目法人按照…等要求，加强项目监管」「项目法人应当…实行专款专用」 is a
   doer, as 项目（法人）单位 and the works' other parties are (round 34; round 57: any verb of doing in an article).
   Not where it only files or applies 「项目法人应当向区水务局申请…」 (a party's own step, rule 3), nor where it is
   the object of another's verb 「区水务局督促项目法人…」.
2. Two bodies joined by 或者／或 at an article's subject or after 由 「由街道办事处或者镇人民政府组织核查」
   「由镇（乡）人民政府或者街道办事处组织…」 are both doers (rule 2's 「A或B」), each with its own level bracket as
   printed. Not levels sharing one head 「市或者区人民政府」 (one name), nor a side that is no body.
3. A case clause that says the step before it failed 「…由房屋所有人协商选定；协商不成的，由A组织…投票决定」 is the
   same procedure's next step, not a contingency (rule 3): its agent is a doer. Not where the item names no such
   step before 「A负责…签订。协商不成的，由B组织调解」 (a case), nor any other case 「发生争议的，由B…」.
4. A body answering the case an article opens with by issuing a paper to its party 「…符合条件的，A向其发放…证明，并
   为其办理…手续」 is the doer (round 50: 发放 of things is work). Not money paid to the party 「A向其发放租赁补贴」
   (a payer, round 48).
5. A works' party opening a later clause of a sentence with a rule's modal of its own, after another party read at
   the sentence's start 「施工单位应对进场材料进行报验，监理单位应对报验材料进行…检验签证」, is a doer too (round 44:
   the subject of the article's verb of doing, wherever it stands). Not an option 「监理单位可以…」, a filing
   「…应当向A申报备案」, nor a party that is another's object 「并通知监理单位到场」.

Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def articles(*bodies: str) -> list[tuple[str, list[str], list[str]]]:
    numbers = "三四五六七八九"
    doc = ("某区水利工程管理办法\n\n第一条为加强管理，制定本办法。\n第二条本办法适用于本区水利工程。\n"
           + "".join(f"第{numbers[k]}条{body}\n" for k, body in enumerate(bodies))
           + "第十条本办法自2016年1月1日起施行。\n")
    return [(t.number, t.lead_units, t.responsible_units) for t in parse_text(doc).tasks]


# 1. 项目法人 as an article's subject

def test_project_owner_with_a_verb_of_doing_is_the_doer() -> None:
    got = articles("项目法人应当根据年度投资计划，编制财务用款计划，安排工程建设进度。",
                   "项目法人应当按照批准的建设内容使用建设资金，实行专款专用。",
                   "项目法人按照项目法人责任制等要求，加强项目监管。")
    assert got == [("3", [], ["项目法人"]), ("4", [], ["项目法人"]), ("5", [], ["项目法人"])]


def test_project_owner_only_applying_or_acted_on_names_none() -> None:
    got = articles("项目法人应当向区水务局申请竣工验收。",
                   "区水务局督促项目法人加强项目监管。")
    assert [units for _n, _lead, units in got[:1]] == [[]]
    assert all("项目法人" not in units for _n, _lead, units in got)


def test_project_owner_beside_a_department_keeps_both_in_order() -> None:
    got = articles("项目法人应当按照经批准的设计文件组织工程实施；区水务局负责监督检查。")
    assert got == [("3", [], ["项目法人", "区水务局"])]


# 2. 或者／或 joining two bodies

def test_either_of_two_bodies_after_a_case_names_both() -> None:
    got = articles("发现违规行为的，由街道办事处或者镇人民政府组织核查。",
                   "拒不交出土地的，由镇（乡）人民政府或者街道办事处组织投票决定。")
    assert got == [("3", [], ["街道办事处", "镇人民政府"]), ("4", [], ["镇（乡）人民政府", "街道办事处"])]


def test_levels_sharing_one_head_stay_one_name() -> None:
    got = articles("发现违规行为的，由市或者区人民政府组织核查。")
    assert got == [("3", [], ["市或者区人民政府"])]


# 3. the failure of the step before: the procedure's next step

def test_agent_after_a_failed_step_of_the_same_paragraph_is_a_doer() -> None:
    got = articles("需要评估的，估价机构由房屋所有人协商选定；"
                   "协商不成的，由镇（乡）人民政府或者街道办事处组织房屋所有人投票决定。")
    assert got == [("3", [], ["镇（乡）人民政府", "街道办事处"])]


def test_a_case_opening_the_paragraph_stays_a_contingency() -> None:
    got = articles("区征地事务机构负责补偿协议的签订。\n协商不成的，由区人民政府组织调解。",
                   "区征地事务机构负责补偿协议的签订。协商不成的，由区人民政府组织调解。",
                   "区征地事务机构负责补偿协议的签订。发生争议的，由区人民政府组织调解。")
    assert got == [("3", [], ["区征地事务机构"]), ("4", [], ["区征地事务机构"]), ("5", [], ["区征地事务机构"])]


def test_agent_after_a_failed_negotiation_the_paragraph_names_is_a_doer() -> None:
    got = articles("区征地事务机构应当与被补偿人协商签订补偿协议；协商不成的，由区人民政府组织调解。")
    assert got == [("3", [], ["区征地事务机构", "区人民政府"])]


# 4. a body issuing a paper to the party a case names

def test_body_issuing_a_paper_to_the_party_of_the_case_is_the_doer() -> None:
    got = articles("经复核，申请人符合本市保障条件的，区住房保障机构向其发放新的资格证明，并为其办理登记手续。",
                   "申请人符合本市保障条件的，区住房保障机构为其办理登记手续。")
    assert got == [("3", [], ["区住房保障机构"]), ("4", [], ["区住房保障机构"])]


def test_body_paying_money_to_the_party_of_the_case_names_none() -> None:
    got = articles("申请人符合本市保障条件的，区住房保障机构向其发放租赁补贴。")
    assert got == [("3", [], [])]


# 5. a second party with its own rule's modal later in the sentence

def test_second_party_with_its_own_modal_in_the_same_sentence_is_a_doer() -> None:
    got = articles("工程应使用合格材料。施工单位应对进场材料进行报验，监理单位应对报验材料进行进场检验签证。",
                   "施工单位应当组织实施工程，监理单位应当组织实施监理。")
    assert got == [("3", [], ["施工单位", "监理单位"]), ("4", [], ["施工单位", "监理单位"])]


def test_later_party_with_an_option_a_filing_or_as_an_object_names_none() -> None:
    got = articles("工程应使用合格材料。施工单位应对进场材料进行报验，监理单位可以对报验材料进行抽查。",
                   "工程应使用合格材料。施工单位应对进场材料进行报验，并通知监理单位到场。",
                   "工程应使用合格材料。施工单位应对进场材料进行报验，设计单位应当向区住建委申报备案。")
    assert got == [("3", [], ["施工单位"]), ("4", [], ["施工单位"]), ("5", [], ["施工单位"])]

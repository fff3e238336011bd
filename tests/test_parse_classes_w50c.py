"""Round 50 second wave (w50c): a cover notice that issues a document of rules (…管理办法) as its 附件1, written in
articles 「第N条 heading」 (the cover's own lines being only its 附件： list 「1.…办法;」「2.…目录。」): the rules'
articles are the plan's items, as a plan issued that way is (``outline_parts.issued_plan``). A notice that numbers
nothing (round 38's paragraphs of work): a request to the addressees 「请相关单位…」 and a body's own announced step
「X将于…前组织…」 are work, a contact line 「联系人：…」 ends the work, and a list of names attached after the date
(附件 / …名单 / 1.某区甲街道社区 …) is no list of work (``notice_paragraphs``, ``annex_topics``). In whole rules,
lists that give no work (``given_lists``): cases under a lead-in whose consequence runs past a 「；」, papers to
hand in 「…汇交下列…目录或者副本：」, rights 「…享有的主要权利：」 and a decision's contents
「决定主要包括以下内容：」, each line read without the article's closing paragraph after it. A run of items a
page opens with, numbered past 1 (3.… 4.…) before a higher heading, is at the task level (``task_choice``).
A bar table's row whose cell broke over two lines goes on with the next line (``text_tables``). Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text

COVER = ("某区文化产业扶持资金管理办法\n\n各街道办事处、区政府各部门：\n\n"
         "《某区文化产业扶持资金管理办法》已经区政府同意。"
         "现印发给你们，请认真执行。\n\n特此通知。\n\n附件：\n\n1.某区文化产业扶持资金管理办法;\n\n2.某区文化产业重点扶持目录。\n\n"
         "某区文化和旅游局\n\n2024年3月1日\n\n附件1\n\n某区文化产业扶持资金管理办法\n\n")
ARTICLES = ["目的依据\n\n为规范本区文化产业扶持资金管理，制定本办法。",
            "管理部门\n\n区文化和旅游局负责扶持资金的申报受理和日常管理。",
            "申报受理\n\n(一)各街道负责本辖区项目申报的组织和初审工作。\n\n(二)区文化和旅游局委托第三方机构对申报项目进行评审。",
            "项目监管\n\n区文化和旅游局负责对项目实施全过程监管，每半年开展一次检查。",
            "附则\n\n本办法自2024年4月1日起施行。"]
NUMS = "一二三四五"


def _rules(marks: list[str]) -> str:
    return COVER + "\n\n".join(f"{m}{a}" for m, a in zip(marks, ARTICLES, strict=False)) + "\n"


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
    own = "一、区文化和旅游局负责做好政策宣传。\n\n二、各街道负责组织本辖区企业申报。\n\n"
    cover = COVER.replace("特此通知。\n\n", own + "特此通知。\n\n")
    cover = cover.replace("附件：\n\n1.某区文化产业扶持资金管理办法;\n\n2.某区文化产业重点扶持目录。\n\n", "")
    plan = parse_text(cover + "\n\n".join(f"第{n}条 {a}" for n, a in zip(NUMS, ARTICLES, strict=True)) + "\n")
    assert [t.responsible_units for t in plan.tasks][:2] == [["区文化和旅游局"], ["各街道"]]


# --- a notice's paragraphs of work: a request, an announced step, a contact line after them ---------------------

CALL = ("某市水务局关于组织申报节水示范项目的通知\n\n各有关单位：\n\n根据上级有关要求，为做好本市节水示范项目申报工作，"
        "现将有关事项通知如下：\n\n按照单位自愿、主管部门推荐的方式，请相关单位认真填写项目申报书，并于2022年3月10日前将申报材料"
        "发送至市水务局节水处，逾期不予受理。\n\n{step}\n\n联系人：王老师，电话12345678。\n\n附件：项目申报书\n\n2022年2月20日\n")
STEP = "市水务局将于2022年3月31日前组织专家评审，对申报项目的可行性进行论证，择优推荐。"


def test_a_request_and_an_announced_step_are_a_notices_work():
    tasks = parse_text(CALL.format(step=STEP)).tasks
    assert len(tasks) == 2
    assert tasks[1].responsible_units == ["市水务局"] and tasks[1].deadline == "2022-03-31"
    assert not any("联系人" in t.text for t in tasks)


def test_near_miss_a_paragraph_of_what_was_done_leaves_the_notice_whole():
    done = "今年以来，市水务局组织开展了节水示范评选，取得了明显成效。"
    assert parse_text(CALL.format(step=done)).tasks == []


# --- a list of names attached to a notice's paragraphs of work ---------------------------------------------------

NAMING = ("某市减灾委员会关于命名某区甲街道社区等5个社区为2022年度减灾示范社区的通知\n\n"
          "各区减灾委员会：\n\n2022年，市减灾委员会在"
          "全市范围内开展了减灾示范社区评选工作，经实地考评和社会公示，决定命名某区甲街道社区等5个社区为2022年度减灾示范社区"
          "（名单见附件）。\n\n各区要进一步提高防灾减灾能力，深入组织开展减灾示范社区创建，充分发挥示范引领作用。\n\n"
          "附件：2022年度减灾示范社区名单\n\n某市减灾委员会\n\n2022年12月1日\n\n附件\n\n2022年度减灾示范社区名单\n\n{rows}")
NAMES = ["某区甲街道社区", "某区乙镇丙村社区", "某区丁街道戊社区", "某区己镇庚社区", "某区辛街道社区"]


def _naming(rows: list[str]) -> str:
    return NAMING.format(rows="".join(f"{n}.{r}\n\n" for n, r in enumerate(rows, 1)))


def test_a_list_of_names_attached_gives_no_task():
    tasks = parse_text(_naming(NAMES)).tasks
    assert [t.responsible_units for t in tasks] == [["各区"]]
    assert tasks[0].text.startswith("各区要进一步提高")


def test_near_miss_an_attached_list_of_sentences_of_work_is_still_read():
    rows = ["各区要加强示范社区的日常管理，定期开展复查。", "各区要组织示范社区开展经验交流。",
            "各区要做好示范社区的宣传报道工作。", *NAMES[3:]]
    texts = [t.text for t in parse_text(_naming(rows)).tasks]
    assert "各区要组织示范社区开展经验交流。" in texts


# --- lists in whole rules that give no work: cases under a lead-in with its consequence, papers, rights, contents ----

RULES_HEAD = ("某市档案资料管理规定\n第一条 为了加强本市档案资料管理，制定本规定。\n"
              "第二条 市档案局负责本市档案资料的监督管理工作。\n")
RULES_TAIL = "第九条 本规定自2024年1月1日起施行。\n"


def _articles(mid: str) -> list[tuple[str, list[str]]]:
    return [(t.number, t.responsible_units) for t in parse_text(RULES_HEAD + mid + RULES_TAIL).tasks]


def test_cases_under_a_lead_in_with_its_consequence_after_a_semicolon_are_the_articles_text():
    # (answered by a body of the plan: by the breaker's own unit it would be no task at all — Round 52's x240_03)
    mid = ("第三条 有下列行为之一的个人，由市档案局予以通报批评；构成犯罪的，依法追究刑事责任：\n"
           "（一）丢失保密档案资料的；\n"
           "（二）擅自对外提供未公开档案资料的；\n（三）档案管理人员不履行职责，致使档案资料遭受重大损失的。\n")
    assert [n for n, _ in _articles(mid)] == ["2", "3"]


def test_near_miss_cases_each_answered_by_a_body_stay_items():
    mid = ("第三条 有下列行为之一的，按照以下规定处理：\n（一）丢失保密档案资料的，由市档案局责令改正；\n"
           "（二）擅自对外提供未公开档案资料的，由市档案局予以通报批评；\n（三）拒不整改的，由市档案局处以罚款。\n")
    assert len(_articles(mid)) == 4


def test_papers_to_hand_in_fold_and_the_articles_closing_paragraph_names_its_unit():
    mid = ("第三条 各有关单位完成的档案资料，必须按年度在次年3月底前向市档案局汇交下列资料目录或者副本：\n"
           "（一）基建档案的全套目录（一式一份）；\n（二）各种声像档案的目录（一式一份）；\n（三）正式印制的各种图册（一式两份）。\n"
           "各有关单位汇交的目录或者副本，由市档案局统一汇编成册。\n")
    assert _articles(mid) == [("2", ["市档案局"]), ("3", ["市档案局"])]


def test_rights_and_a_decisions_contents_are_no_items():
    mid = ("第三条 专家享有的主要权利：\n（一）受邀参加有关专业会议;\n（二）有获得劳动报酬的权利;\n"
           "（三）有权提出不再担任专家的申请。\n"
           "第四条 市档案局应当在收到申请之日起三十日内作出决定。决定主要包括以下内容：\n（一）当事人的姓名或者名称；\n"
           "（二）认定的事实和理由；\n（三）市档案局名称、决定日期并加盖公章。\n")
    assert _articles(mid) == [("2", ["市档案局"]), ("4", ["市档案局"])]


def test_near_miss_a_bodys_duties_listed_stay_items():
    mid = ("第三条 市档案局履行下列职责：\n（一）组织编制档案资料管理规划；\n（二）负责档案资料的接收和保管；\n"
           "（三）开展档案资料利用服务。\n")
    assert len(_articles(mid)) == 4


# --- a run of items a page opens with, its heading on the page before ---------------------------------------------

PAGE_BODY = ("(四)道路交通管理\n由市公安局牵头,市交通局、各区政府配合。\n"
             "1.加强电动车管理。严格实施电动自行车登记制度,规范生产经营行为。\n"
             "2.加强出租车运行管理。进一步抓好出租车驾驶员的教育管理,提高服务质量。\n")


def _page(first: int) -> list[str]:
    text = (f"{first}.根据市民需要,各区政府可在有条件的社区周边配套建设小型市场,方便市民生活。\n"
            f"{first + 1}.根据实际情况,各区政府在有条件的地段设置临时性便民市场,并严格管理,"
            "方便市民生活。\n" + PAGE_BODY)
    return [t.number for t in parse_text(text).tasks]


def test_a_run_a_page_opens_with_past_one_is_at_the_task_level():
    assert _page(3) == ["3", "4", "1", "2"]


def test_near_miss_a_run_from_one_before_the_sections_stays_as_read():
    assert _page(1) == ["1", "2"]


# --- a bar table's row broken over two lines inside a cell -------------------------------------------------------

BAR_HEAD = "工作任务 | 责任单位 | 协助单位 | 完成期限 |\n"
BAR_TWO = "2、加强乙区域防护绿地建设。 | 市建设局 | 市林业局 | 2010年10月1日前 |\n"


def test_a_cell_broken_over_two_lines_goes_on_with_its_row():
    text = BAR_HEAD + "1、加强甲区域绿化管护工作。 | 市规划局 | 市国土资源局\n市农牧林业局 | 2010年9月20日前 |\n"
    text += BAR_TWO
    tasks = parse_text(text).tasks
    assert [t.responsible_units for t in tasks] == [["市国土资源局", "市农牧林业局"], ["市林业局"]]
    assert [t.lead_units for t in tasks] == [["市规划局"], ["市建设局"]]
    assert tasks[1].deadline == "2010-10-01"


def test_near_miss_a_row_cut_before_its_bar_does_not_take_the_next_row():
    tasks = parse_text(BAR_HEAD + "1、加强甲区域绿化管护工作。 | 市规划局 | 市国土资源局\n" + BAR_TWO).tasks
    assert len(tasks) == 2 and tasks[1].lead_units == ["市建设局"]

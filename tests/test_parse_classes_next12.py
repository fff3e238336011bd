"""Failure classes of tests/data/plans-next12/BASELINE.md (round 15, parser16), each with made-up
wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text


# class 2: a top-level section headed by work to do, with its own paragraph and nothing numbered under it,
# beside a section that numbers its items: a task; a section of aims or a roster beside it is none
def test_a_childless_section_of_work_beside_numbered_items_is_a_task():
    plan = parse_text("某乡2027年森林防火工作方案\n"
                      "一、工作目标\n全年不发生重大森林火灾，确保一方平安。\n"
                      "二、加强巡山护林\n各村组织护林员每日巡山，在进山路口设立检查点，劝阻野外用火，做好巡查登记。\n"
                      "三、落实防控措施\n1、清理林下可燃物。在4月前完成重点林区清理。\n"
                      "2、开展应急演练。组织扑火队伍开展实战演练。\n")
    titles = [t.title for t in plan.tasks]
    assert any(t.startswith("加强巡山护林") for t in titles)
    assert not any(t.startswith("工作目标") for t in titles)
    assert len(plan.tasks) == 3


def test_a_childless_section_of_work_keeps_its_target():
    plan = parse_text("某街道2027年信访工作安排\n"
                      "一、压实信访责任，提升化解质效\n各社区要落实首接责任，及时受理群众来信来访，确保按期受理率、"
                      "按期办结率均达到100%。\n"
                      "二、健全工作机制\n（一）定期排查。每月开展一次矛盾纠纷排查。\n")
    first = next(t for t in plan.tasks if t.title.startswith("压实信访责任"))
    assert {(g.value, g.unit) for g in first.targets} == {(100.0, "%")}


def test_a_childless_section_that_is_a_roster_or_a_topic_is_no_task():
    plan = parse_text("某学校消防安全整治方案\n"
                      "一、组织机构\n组长：王某\n副组长：李某\n成员：各班班主任\n"
                      "二、整治范围\n本校教学楼、宿舍楼、食堂及周边区域，包括全部消防通道和疏散楼梯。\n"
                      "三、整治内容\n（一）清理楼道杂物。\n（二）检查灭火器材。\n")
    titles = [t.title for t in plan.tasks]
    assert titles and all(t.startswith(("清理楼道", "检查灭火")) for t in titles)


# class 4: an item that divides its work in clauses each led by a unit and 负责 (a run of 站所): each unit
# is responsible, none leads; one such clause alone is a sentence about a unit, not the item's units
def test_units_named_before_fuze_in_a_run_of_clauses_are_the_items_units():
    plan = parse_text("某镇2027年河道保洁工作计划\n一、落实保洁责任\n"
                      "1、明确站所分工。镇水利站负责河道巡查和保洁考核;镇财政所负责保洁经费拨付;"
                      "镇综合执法队(城管中队)负责查处向河道倾倒垃圾行为;各村负责本村河段日常保洁。\n"
                      "2、建立保洁队伍。每条河道配备专职保洁员。\n")
    first = plan.tasks[0]
    assert first.lead_units == []
    assert first.responsible_units == ["镇水利站", "镇财政所", "镇综合执法队(城管中队)", "各村"]
    assert plan.tasks[1].responsible_units == []


def test_a_single_unit_fuze_clause_gives_no_units():
    plan = parse_text("某镇2027年河道保洁工作计划\n一、落实保洁责任\n"
                      "1、加强组织领导。成立工作专班，镇水利站负责日常调度，确保河道整洁。\n"
                      "2、建立保洁队伍。每条河道配备专职保洁员。\n")
    # round 31: CONVENTIONS.md rule 2 — 「A负责…」 gives A wherever the clause stands (after 成立工作专班 too: the
    # body set up is the 专班, not 镇水利站); the item beside it with no doer stays without units
    assert plan.tasks[0].responsible_units == ["镇水利站"]
    assert plan.tasks[1].responsible_units == []


# class 3: a document site's preview numbers its page chunks 1、 2、 at the starts of its lines, cut anywhere
# (…第二阶 / 2、段。…); ordinal phases written 「第一阶段。3月1日，…」 inside the run-on text are phases
PREVIEW = ("2026年某镇村庄清洁行动方案 .doc\n"
           "《2026年某镇村庄清洁行动方案 .doc》由会员分享,可在线阅读,更多相关《2026年某镇村庄清洁行动方案 .doc"
           "(4页珍藏版)》请在某某文库网站上搜索。\n"
           "1、村庄清洁行动方案为改善农村人居环境,经镇党委研究,决定开展村庄清洁行动。一、步骤安排第一阶段。3 月 1 日"
           "至 3 月 10 日,召开动员会议,印发宣传资料,各村摸清垃圾死角底数并建立台账。第二阶\n"
           "2、段。3 月 11 日至 4 月 30 日,集中清理河塘沟渠和房前屋后。第三阶段。5 月 10 日,镇考核组逐村检查验收。"
           "二、清洁标准1、无暴露垃圾。村内道路两侧无垃圾堆放。2、无乱搭乱建。\n")


def test_ordinal_phases_across_a_previews_page_chunk_are_read():
    plan = parse_text(PREVIEW)
    phases = {p.name: (p.start, p.end) for p in plan.phases}
    assert phases == {"第一阶段": ("2026-03", "2026-03"), "第二阶段": ("2026-03", "2026-04"),
                      "第三阶段": ("2026-05", "2026-05")}
    assert [t.title for t in plan.tasks] == ["无暴露垃圾", "无乱搭乱建"]


def test_a_named_phase_item_with_several_dates_keeps_its_last_one():
    plan = parse_text("某区2026年燃气安全整治方案\n一、工作任务\n（一）排查隐患。全面排查燃气隐患。\n"
                      "二、实施步骤\n（一）集中攻坚阶段。2026年5月底前完成排查，2026年8月底前完成整改。\n"
                      "（二）巩固提升阶段。2026年12月底前建立长效机制。\n")
    phases = {p.name: p.end for p in plan.phases}
    assert phases.get("集中攻坚阶段") == "2026-08"


# class 1: titles on essay and document sites: the site's welcome line, a compilation's heading, an article's
# counter (篇1) or page ((2)), a 文号 with its brackets lost, a heading that writes the title's end twice
def test_an_essay_sites_welcome_line_and_page_counter_are_not_the_title():
    page = ("欢迎访问某某范文网！\n\n河道保洁工作计划(3)\n\n工作计划 时间:2026-05-02 手机版\n\n"
            "  一、 落实保洁责任\n\n  各村要明确保洁人员，做到河面无漂浮物，河岸无垃圾堆放，"
            "每周开展一次集中清理活动。\n")
    assert parse_text(page).title == "河道保洁工作计划"


def test_a_compilations_heading_is_not_the_title_its_articles_heading_is():
    page = ("最新防汛工作方案范文合集五篇\n"
            "为了确保工作有序开展，常常需要提前制定方案。以下是小编整理的防汛工作方案5篇，供大家参考。\n\n"
            "防汛工作方案 篇1\n为做好今年防汛工作，确保群众生命财产安全，特制定本方案。\n"
            "一、工作目标\n确保汛期不发生人员伤亡。\n二、主要措施\n（一）落实值班制度。\n（二）储备防汛物资。\n")
    assert parse_text(page).title == "防汛工作方案"


def test_a_heading_that_writes_the_titles_end_twice_gives_the_title_once():
    page = ("在工作中，制定一份计划非常重要，小编今天为您带来了镇政府2026年工作要点2026年工作要点6篇，供参考。\n"
            "镇政府2026年工作要点2026年工作要点篇1\n一、工作思路\n坚持稳中求进。\n二、工作重点\n"
            "1、抓好招商引资。全年引进项目10个。\n2、推进乡村振兴。新建高标准农田2000亩。\n")
    assert parse_text(page).title == "镇政府2026年工作要点"


def test_a_doc_number_shown_without_its_brackets_is_not_part_of_the_title():
    page = ("发布时间:2026-03-02 09:15:20 【字体:大 中 小】\n\n某政办20263\n\n \n\n关于做好2026年全区\n\n"
            "防汛抗旱工作的通知\n\n \n\n各街道办事处、区直各有关单位:\n\n"
            "为做好今年防汛抗旱工作，现将有关事项通知如下:\n\n"
            "一、提高思想认识，压实防汛责任\n\n各单位要把防汛工作摆上重要位置，确保汛期安全度汛。\n")
    assert parse_text(page).title == "关于做好2026年全区防汛抗旱工作的通知"


# class 5: a document site's terms for its users above the text (- 1、本站… - 7、…VIP…) are no tasks, and the
# title written twice at the start of the text is the title once
def test_a_document_sites_terms_are_not_tasks():
    page = ("- 1、本站文档一经付费(服务费)，不意味着购买了该文档的版权，仅供个人学习、研究之用。\n"
            "- 2、本站所有内容均由网友上传，本站不对文档的完整性做任何保证，下载前请自行鉴别。\n"
            "- 3、如文档侵犯您的版权，请点击“版权申诉”，或拨打客服电话举报。\n"
            "- 4、该文档为VIP文档，成为VIP会员后，下载免费。\n"
            "查看更多\n"
            "某镇2026年秸秆禁烧工作方案某镇2026年秸秆禁烧工作方案 根据县委、县政府工作部署，特制定本方案。"
            "一、工作目标 全镇不发生一起露天焚烧秸秆事件。二、工作措施 1.加强巡查。各村组建巡查队伍，每日巡查。"
            "2.强化宣传。在各村张贴禁烧标语。\n")
    plan = parse_text(page)
    assert plan.title == "某镇2026年秸秆禁烧工作方案"
    assert not any(w in t.title for t in plan.tasks for w in ("本站", "VIP", "版权", "下载"))


def test_a_plan_against_piracy_keeps_its_items_about_uploads_and_copyright():
    plan = parse_text("某市2026年打击网络侵权盗版专项行动方案\n一、重点任务\n"
                      "1、整治网络视频侵权。查处未经许可上传、下载影视作品的网站，保护著作权人版权。\n"
                      "2、规范网盘服务。督促网盘企业落实版权保护责任，及时删除侵权链接，防止用户上传盗版内容。\n"
                      "3、加强举报受理。畅通侵权举报渠道，对网友举报的盗版线索及时核查，依法处理下载站点。\n")
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]


# review of round 15: a plan's own items that speak of 会员, 上传, 下载, 付费, 版权 (a union's, a government
# website's, a library's plan) are tasks: only a run above the plan's title that names the site is its chrome
def test_a_plans_own_items_about_members_uploads_and_fees_are_tasks():
    union = parse_text("某区总工会2025年会员服务提升工作方案\n一、重点任务\n"
                       "1、推进会员实名入会。各基层工会将会员信息上传至全国工会会员系统，年底前完成率达到95%。\n"
                       "2、完善会员普惠服务。会员可通过APP下载电子会员卡，享受免费体检，不得向会员收取付费项目。\n"
                       "3、维护会员权益。畅通会员举报渠道，对侵害会员权益的行为及时处理。\n"
                       "4、加强工会干部培训。\n")
    assert [t.number for t in union.tasks] == ["1", "2", "3", "4"]
    site = parse_text("某区政府门户网站2025年内容保障工作方案\n一、工作任务\n"
                      "1、规范信息发布。本网站信息由各部门上传，经审核后发布，严禁发布涉密信息。\n"
                      "2、优化下载服务。本网站提供的政策文件、办事表格须支持免费下载，不得设置付费环节。\n"
                      "3、加强版权管理。本网站转载的图片、文章须注明来源，防止侵权。\n"
                      "4、畅通互动渠道。做好网民留言办理，及时回复。\n")
    assert [t.title for t in site.tasks][:3] == ["规范信息发布", "优化下载服务", "加强版权管理"]
    library = parse_text("某市图书馆2025年数字资源建设方案\n一、主要任务\n"
                         "1、扩充数字资源。本馆采购数据库须取得合法版权，向读者提供免费下载。\n"
                         "2、推广VIP读者服务。VIP会员读者可预约借阅，不另行付费。\n"
                         "3、保护知识产权。对读者上传的资料进行审核，防止侵权。\n")
    assert len(library.tasks) == 3


# review of round 15: any heading the parser's verb class reads as work (全面宣传发动, 定期检查评比, 动员群众参与)
# makes a childless section a task where two sections of work stand side by side; the plan's safeguards
# (加强组织领导, 强化督查考核) are none
def test_sections_of_work_read_with_the_parsers_verbs_and_safeguards_are_no_tasks():
    plan = parse_text("某村2027年人居环境整治方案\n"
                      "一、全面宣传发动\n各组召开群众会议，张贴整治通告，发放倡议书，做到家喻户晓。\n"
                      "二、动员群众参与\n组织党员、志愿者带头清理房前屋后，引导群众自觉维护环境卫生。\n"
                      "三、定期检查评比\n村两委每月对各组进行检查评比，评选出最美庭院并张榜公布。\n"
                      "四、集中整治\n1、清理河塘沟渠。\n2、拆除乱搭乱建。\n")
    titles = [t.title for t in plan.tasks]
    for heading in ("全面宣传发动", "动员群众参与", "定期检查评比"):
        assert any(t.startswith(heading) for t in titles), heading
    safeguards = parse_text("某镇2025年爱国卫生月活动实施方案\n一、指导思想\n以新时代思想为指导，开展爱国卫生运动。\n"
                            "二、主要任务\n（一）开展环境卫生大扫除。各村组织群众清理垃圾。\n"
                            "（二）开展病媒生物防制。集中投放鼠药，清除蚊蝇孳生地。\n"
                            "三、加强组织领导\n各村（社区）要高度重视，成立相应工作专班，主要负责同志亲自抓，确保活动取得实效。\n"
                            "四、强化督查考核\n镇爱卫办将不定期开展督查，督查结果纳入年度综合考核，对工作不力的予以通报。\n")
    assert len(safeguards.tasks) == 2


# review of round 15: clauses that divide an item's work open with their markers (（一）镇水利站负责…), which are
# no part of the units; one such item in a plan that names no other units warns once, not on every task
def test_clause_markers_are_no_part_of_units_and_one_dividing_item_warns_once():
    plan = parse_text("某镇2025年河道保洁工作计划\n一、落实保洁责任\n"
                      "1、明确部门分工。（一）镇水利站负责河道巡查；（二）镇财政所负责经费拨付；（三）镇执法队负责查处倾倒垃圾。\n"
                      "2、建立保洁队伍。每条河道配备专职保洁员。\n3、开展集中整治。每月组织一次集中清理。\n"
                      "4、加强日常巡查。每周巡查一次。\n")
    assert plan.tasks[0].responsible_units == ["镇水利站", "镇财政所", "镇执法队"]
    assert [w for w in plan.warnings if "单位" in w and "任务" in w] == [
        "方案只在分工条目中写明了单位，其余任务都没有写明单位：请在核对表的“牵头单位”“责任单位”列中逐项填写。"]


# review of round 15: an essay site's compilation heading (…（精选8篇） / …合集（通用10篇） / …大全) is no title, nor is
# its article counter (第1篇 / 【一】 / 工作计划1) part of one
def test_an_essay_sites_compilation_heading_and_counters_are_not_the_title():
    body = "\n为做好今年社区工作，特制定本计划。\n一、工作目标\n确保社区平安。\n二、主要措施\n（一）落实值班制度。\n"
    for head, title in (("欢迎访问某某范文网！\n\n2025年社区工作计划（精选8篇）\n\n2025年社区工作计划 篇1",
                         "2025年社区工作计划"),
                        ("社区工作计划合集（通用10篇）\n\n社区工作计划 第1篇", "社区工作计划"),
                        ("社区工作计划大全\n\n社区工作计划【一】", "社区工作计划"),
                        ("2025年社区工作计划(精选10篇)\n\n2025年社区工作计划1", "2025年社区工作计划")):
        assert parse_text(head + body).title == title, head

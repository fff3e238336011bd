# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next136/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 36 (built by helper c136): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main
at a153411e (rounds 25–35 and the round-36 rulings written early). Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next136/make_expected.py tests/data/plans-next136
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
FOLDER = "房屋与住房"
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations, pivots 委托): lead = [], "
        "responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (加强, 引导, 签订, "
          "核对, 建立, 进行审批, 出具, 做好 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
QIAN = ("CONVENTIONS.md units rule 2: 「由A牵头，会同B…」 / 「A牵头，会同B…」 — lead A; responsible A, B in printed order "
        "(会同 after 牵头 names the partners, as 配合 does)")
TAIL = "「A、B、C等部门」「…、C等相关部门」 with separate heads give A, B, C (the 等… tail dropped, round 35)"
PAYER = ("a cost verb 「费用由A负责／承担」「由区财政全额承担」 names a payer, not a doer (CONVENTIONS.md round 30, round 33, "
         "round 35)")
CASE = ("CONVENTIONS.md round 34: an item whose every clause is 「对…的，由A＋verb」 is the response to its cases — A is a "
        "doer; 「由A＋any verb of doing」 is rule 2 whatever the verb (round 34), so 由A指导／协助／督促 make A a doer")
ARTICLE = ("CONVENTIONS.md round 30: in a document written as articles, an article that gives work (a doer or an "
           "instruction 「应当…」) is a task; general provisions are not")


def one(path, unit, note, **kw):
    """A sample whose only unit is ``unit``: lead [], the unit accepted as lead."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note, **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x136_01_huangpu-2018-hulianwang-zulin-zixingche-tingfang-guanli-shishi-yijian.txt"
T01 = "黄浦区人民政府印发关于加强黄浦区互联网租赁自行车停放管理的实施意见的通知"

plan(X01,
     title="关于加强黄浦区互联网租赁自行车停放管理的实施意见（" + T01 + "）",
     title_note="the opinion's own title (a line of its own after the cover) or the notice title (the first line): "
                "either is accepted",
     doc_no="黄府发〔2018〕005号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区人民政府",
     date="2018-04-03",
     level="district government (Shanghai Huangpu), to 区政府各委、局、办，各街道办事处",
     source=shanghai_source(FOLDER, T01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=ee72b79c-3ff7-40a5-bfa4-cf721e130af2&siteId=0071",
                            5189),
     style="a forwarding notice (one sentence, 特此通知, signature, date) then the opinion: title line, a preamble, nine "
           "headed points 一、–九、; 一、 (a statement of the idea) and 九、 (督办) childless; 二、–八、 over run-in items 1.… "
           "(「1.根据…」); work given in sentences 「由A、B牵头，会同C…」「A牵头，会同B…」「A会同B…」, designations 「A为…责任"
           "主体」「由A作为…牵头单位」; 五、 has a lead-in and a trailing paragraph after its 3.; no dates, no targets",
     leaf_tasks=22, count_alternatives=[23, 24],
     leaf_tasks_by_section={"二": 3, "三": 3, "四": 4, "五": 3, "六": 4, "七": 2, "八": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、创新理念，准确定位", "九、加强督办，提升效能"],
     samples=[
        S(["二", "1"], ["区建管委", "区市政办"],
          ["区建管委", "区市政办", "公安分局", "区规土局", "区城管执法局", "各街道办事处", "各风景区管理办"],
          note=QIAN + ": 「由区建管委、区市政办牵头，会同公安分局、区规土局、区城管执法局、各街道办事处、各风景区管理办，…优化…」; "
               "the guideline's name 《上海市道路非机动车停放点设置技术导则》 is no body; " + NODATE),
        S(["二", "2"], ["区建管委"], ["区建管委", "公安分局", "区城管执法局"],
          lead_alternatives=[[], ["区建管委", "公安分局", "区城管执法局"]],
          note="CONVENTIONS.md units rule 2, 「A会同B＋verb」: 「区建管委会同公安分局、区城管执法局牵头试点开展道路微改造」 — lead "
               "A (lead [] accepted), responsible A, B; RULING? the verb after 会同B is 牵头…开展, which may make all three "
               "the lead (「A会同B牵头」 read as A and B 牵头 together): that lead is accepted too; " + NODATE),
        S(["三", "3"], ["区市政办"], ["区市政办", "区建管委（区市政所）", "公安分局", "区城管执法局"],
          note=QIAN + ": 「由区市政办牵头，会同区建管委（区市政所）、公安分局、区城管执法局等相关部门，…进行统一核实管理」 — "
               + TAIL + "; the bracket stays with its name (round 34); 「在征求各街道办事处、风景区管理办…意见的基础上」 bodies "
               "consulted (rule 3's receivers); 「区相关部门、各街道办事处应指导共享单车企业…」 — 「A指导B」 without 负责 is a guide "
               "(round 30), and 引导 is no rule-2 verb; 「企业…通报投放规模」 the plain subject of 通报 (" + CLOSED + "); " + NODATE),
        one(["四", "4"], "区城管执法局",
            "CONVENTIONS.md round 32/34, a designation: 「区城管执法局为道路非机动车投放管理的主管部门，加强…监督、检查和管理；"
            "监督指导专业管理公司做好…」 — RULING? 「A为…的主管部门」 read as a designation of who answers for the item's work "
            "(like 「X的责任主体为A」, round 34), so A is a doer (" + SUBJ + "); without it the answer would be lead [], "
            "responsible [] (加强／监督指导 are no rule-2 verbs); 「引进专业管理公司…」 has no subject; 专业管理公司, the object of "
            "监督指导, is no unit; " + NODATE),
        S(["五", "1"], ["区市政办", "各街道办事处"], ["区市政办", "各街道办事处"],
          note="CONVENTIONS.md units rule 2, 「A牵头」 in two clauses: 「区市政办牵头搭建…共建共治平台」 and 「各街道办事处主动牵头，建立由"
               "公安分局、城管队伍、非机动车停放管理公司、共享单车企业、街道市容管理辅助力量共同参与的“五方联动机制”」 — both lead "
               "(two bodies that 牵头 different parts of one item are both its lead, round 36); the members of the mechanism the "
               "item sets up are not units (rule 3: 「由A、B组成」, a body the item sets up); " + NODATE),
        S(["五", "2"], ["街道办事处", "各重点地区管理办"],
          ["公安分局", "区应急办", "区城管执法局", "街道办事处", "各重点地区管理办"],
          note="CONVENTIONS.md units rule 2 and round 33's designations: 「区层面由公安分局统一指挥，区应急办、区城管执法局配合」 — "
               "由A＋a verb of doing, B配合 after a doer (round 30: responsible, lead [] unless A 牵头); 「街道层面，由街道办事处以及"
               "各重点地区管理办作为应急处置牵头单位，完善…」 — 「明确A为牵头单位」 holds A as the lead (round 33), 以及 joins two "
               "names (round 34: 及); RULING? the lead is the designated 牵头单位 of the street level only (公安分局 统一指挥 "
               "is no 牵头); 「引导鼓励区非机动车停放管理公司、共享单车企业落实力量」 — objects of the pivot 引导鼓励 (no rule-2 "
               "verb), no units; 「两级」 a count of levels, no target; " + NODATE),
        S(["六", "2"], [], [],
          note=NONE + "; 「区委宣传部门应通过各种形式加强对文明骑行的宣传，引导共享单车企业积极开展…」: the plain subject of "
               "加强／引导 (" + CLOSED + "); a work item of 六、 (no 总体要求／保障 item), so a task without a unit; " + NODATE),
        S(["八", "1"], ["区网格中心"], ["区网格中心", "区科委", "区建管委", "公安分局", "区城管执法局", "各街道办事处"],
          note=QIAN + ": 「由区网格中心牵头，会同区科委、区建管委、公安分局、区城管执法局和各街道办事处，…」 — 「A和B」 two whole "
               "names (round 34); 「供停放管理部门参考」 a receiver; the State Council's 《…若干意见》 no body; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 二、 1.–3. 3 + 三、 1.–3. 3 + 四、 1.–4. 4 + 五、 1.–3. 3 + 六、 1.–4. 4 + 七、 1.–2. 2 + 八、 1.–3. 3 → "
            "22; 一、创新理念 (a statement: 「共享单车是…」, 「黄浦以…为原则…推动…」, no doer) and 九、加强督办 (「…纳入区政府重点"
            "督办工作…定期通报」, 「区城管执法局加强…监督考核」 — 加强 no rule-2 verb, so no unit) are childless points in a plan "
            "whose work sits in numbered items: sections (round 34's early ruling; round 36: a childless point is a task only "
            "with a rule-2 doer); 五、's lead-in (「各部门联手，开展联合治理」, a general call) is no task and the paragraph "
            "after 五/3 「加大对评估结果的运用…」 is 3.'s body (round 32's trailing paragraph); accepted: 23 (九、 read as a "
            "task, or the trailing paragraph counted), 24 (一、 and 九、 both)",
            "units: most items name lead and partners in sentences (rule 2: 牵头／会同); no unit in 四/3 (「区、街道网格中心…"
            "加大…立案督促」), 六/2, 六/4 (「…发挥…协助管理…开展」), 七/2 (no subject) and 八/3's first sentence; 三/2 "
            "「各街道办事处、风景区管理办牵头，会同交警中队、城管中队、市容所以及具体负责非机动车停放管理的公司」 was left unsampled "
            "(the last name would be 公司 by round 34's 的-rule); 四/2 (a designation 「…为本区域共享单车管理的责任主体，积极主动牵头"
            "协调」) and 七/1 (「A会同B」) unsampled",
            "dates: none (「定期」 rhythms, 「节假日」); targets: none (「五方联动机制」「两级」 names)",
            "duties: none — 「定期向政府部门提供…」 (六/3) is the regulated firms' filing (round 32, no duty); 「将评估结果定期向"
            "社会公布」 is publication, not a sending to a body; 九、's 「定期通报管理情况」 stands in a point that is no task"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x136_02_baoshan-2015-dongqian-anzhifang-jianshe-guanli-shishi-yijian.txt"
T02 = "上海市宝山区人民政府办公室转发区住房保障房屋管理局关于加强宝山区动迁安置房建设管理实施意见的通知"
STREETS = ["各相关街镇", "园区"]


def A02(path, lead, resp, **kw):
    """A sample of x136_02 located by its article label (``article_in``)."""
    return S(path, lead, resp, **kw, **art(X02, path))


plan(X02,
     title="关于加强宝山区动迁安置房建设管理的实施意见（" + T02 + "）",
     title_note="the opinion's own title (a line of its own after the cover) or the notice title (the first line): "
                "either is accepted",
     doc_no="宝府办〔2015〕79号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区人民政府办公室 (转发 区住房保障房屋管理局's opinion, signed 2015-11-25)",
     date="2015-12-03",
     level="district government office (Shanghai Baoshan), to 各镇人民政府，各街道办事处，区政府有关委、办、局",
     source=shanghai_source(FOLDER, T02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=d8697caa-d800-48f9-9eca-c7edbf59a24d&siteId=0078",
                            5370),
     style="a forwarding notice (two paragraphs, signature, date) then the opinion in four chapters 「第一章总则」… (no space "
           "after the label) and 29 articles 「第四条区住房保障房屋管理局是…」 with the label run into the text; 第八条 has a "
           "lead-in 「…具体职责为：」 over five unnumbered paragraphs; 第十六条 over （一）–（四） design requirements; work given "
           "by 负责, 由A＋verb, 会同, 组织, designations 「…是…的责任主体」; ASCII 「,」 twice and 「(集)」「(预售)」 as stored; "
           "no dates (times counted from events), no targets",
     leaf_tasks=23, count_alternatives=[24, 26, 27, 28, 29],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A02(["第四条"], ["区住房保障房屋管理局"],
            ["区住房保障房屋管理局", "区发展改革委", "区建设交通委", "区国(集)资委", "区规划土地局", "区财政局", "区审计局",
             "区监察局", "区土地储备中心", "各有关街道办事处", "镇人民政府", "市级工业园区管委会"],
            note="an article of 总则 that gives work to bodies is a task (CONVENTIONS.md round 30); units rule 2, several "
                 "clauses: 「区住房保障房屋管理局…负责牵头协调推进…」 (A牵头（负责）: lead A), 「区发展改革委、…、区土地储备中心等管理"
                 "部门按照各自职责，协同实施本意见」 (the subject of 实施; " + TAIL + "), 「区住房保障房屋管理局会同区发展改革委、区财政局、"
                 "区建设交通委、区规划土地局和区土地储备中心等部门负责…核定工作」 (A会同B负责: names already given), 「各有关街道办事处、"
                 "镇人民政府、市级工业园区管委会（以下简称“相关街镇、园区”）负责…」 (各 not shared, round 34; 「以下简称」 dropped, "
                 "round 35); 「区政府成立宝山区保障性住房价格核定小组」 — 区政府 the subject of 成立 (no rule-2 verb); names as "
                 "printed (「区国(集)资委」 with ASCII brackets); " + NODATE),
        A02(["第五条"], ["区发展改革委"], ["区规划土地局", "区发展改革委", "相关部门"], lead_alternatives=[[]],
            note="CONVENTIONS.md units rule 2, two clauses: 「区规划土地局应当…组织编制本区动迁安置房的建设发展规划和年度用地计划」 "
                 "(A组织＋work, round 34) and 「区发展改革委应当会同相关部门…编制…年度实施计划」 (A会同B＋verb: lead A, lead [] "
                 "accepted; 相关部门 a kind, round 33); 「各街镇、园区上报的…需求」 bodies inside a noun's description (round 30); "
                 "「年度」 a rhythm, no deadline; " + NODATE),
        A02(["第九条"], [], ["区土地储备中心"] + STREETS,
            note="CONVENTIONS.md units rule 2, the agent of 由 with a verb of doing, two clauses: 「由区土地储备中心实施程序性储备，"
                 "由各相关街镇、园区组织实施前期开发…」; 「各相关街镇、园区」 gives two names (round 30: 「各镇、园区」 → 各镇, "
                 "园区); 「经市住房和城乡建设管理委下达批复确认的」 an approving body (rule 3); no 牵头: lead []; " + NODATE),
        A02(["第十二条"], [], STREETS,
            note="CONVENTIONS.md units rule 2: 「各相关街镇、园区负责动迁安置房建设基地动迁工作」 (A负责, two names, round 30); "
                 "「按照项目招标文件确定的时间节点交地」 names no date; " + NODATE),
        A02(["第十五条"], [], ["区规划土地局", "区建设交通委"],
            note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区规划土地局对…建设工程规划设计方案进行审批」 — the subject of the article's 审批 is a doer (the RULING? below decided), beside 区建设交通委 (组织), in printed order; lead []; formerly: " + "CONVENTIONS.md units rule 2 and round 30: 「区建设交通委组织相关部门进行…扩初评审，并…进行审批」 — A组织B＋verb: "
                 "A a doer (" + SUBJ + "), 相关部门, the object of 组织, is not a unit; RULING? 「区规划土地局对…规划设计方案进行"
                 "审批」 — 审批 is in rule 2's list only as the verb of the agent of 由 「由A…审批」; the plain subject of 进行审批 "
                 "is read as no unit (" + CLOSED + "); read as 「由A审批」 the answer would add 区规划土地局 first; " + NODATE),
        A02(["第十八条"], [], ["区建设交通委", *STREETS],
            note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区建设交通委应当指导、协调和督促…工作…加强监管…」 — the subject of the article's verbs of doing is a doer, before the designated 各相关街镇、园区, in printed order (房地产开发企业 and the firms stay regulated parties); lead []; formerly: " + "CONVENTIONS.md round 32/33, a designation: 「各相关街镇、园区是本区域动迁安置房工程质量管理的责任主体，应当定期将"
                 "…情况上报区建设交通委」 — designated bodies are doers (「物业服务企业为责任主体」, round 33); 「区建设交通委应当指导、"
                 "协调和督促…」 — 指导 without 负责 is a guide, 协调／督促 are no rule-2 verbs (round 30); 「…企业要严格执行…」 the "
                 "plain subject of 执行; the report upward is the plan's duty below; 「定期」 a rhythm; " + NODATE),
        A02(["第二十条"], [], ["街镇", "园区"],
            note="CONVENTIONS.md units rule 2, the agent of 由 with a verb of doing: 「剩余…房源由街镇、园区全部回购，并签订项目"
                 "终止协议」 (round 34: 由A＋any verb of doing); the second paragraph 「如因不可抗力…需要调整的，应由街镇、园区委托…」 "
                 "is a case (rule 3) and names the same bodies; 「由区保障性住房价格核定小组初审」 stands inside that case; 「以后"
                 "一年内」 a limit counted from an event (the deadline rule, round 33), no deadline; " + NODATE),
        A02(["第二十二条"], [], ["有关街镇", "园区", "区住房保障房屋管理局", "区国（集）资委", "区审计、监察等监督部门"],
            note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「有关街镇、园区应对…进行核对，将…汇总、统计，并…梳理…，报区住房保障房屋管理局备案」 and 「有关街镇、园区应建立"
                 "…档案资料」 — the subjects of the article's 核对／汇总／梳理／建立 are doers (有关街镇, a kind, and 园区: two names, "
                 "各／有关 not shared, as 第十八条's 各相关街镇, 园区); 「区审计、监察等监督部门应对…进行跟踪监督」 — the subject of 监督, "
                 "the fields before 等…部门 one name as printed (round 31); beside 区住房保障房屋管理局 and 区国（集）资委 (负责), in "
                 "printed order; lead []; formerly: " + "CONVENTIONS.md units rule 2: 「区住房保障房屋管理局负责对全区动迁安置房剩余房源进行统计、汇总，报区政府…」 and "
                 "「区国（集）资委负责对…监管」 (A负责; the name as printed, full-width brackets here); 「有关街镇、园区应对…进行"
                 "核对…报区住房保障房屋管理局备案」「…应建立…档案资料」 and 「区审计、监察等监督部门应对…进行跟踪监督」: plain "
                 "subjects of other verbs (" + CLOSED + "); the two sendings are the plan's duties below; 「结束后三个月内」 counted "
                 "from an event: no deadline; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各相关街镇、园区定期将动迁基地建设工程质量安全情况上报区建设交通委", "when": "定期", "when_norm": None,
              "note": "第十八条: a plan body's sending to another body of the plan is a duty (CONVENTIONS.md round 32, round "
                      "35), undated (round 36: undated when no date is written)"},
             {"what": "有关街镇、园区核对汇总拆迁（征收）情况，梳理剩余房屋和供应单，报区住房保障房屋管理局备案",
              "when": "项目基地动迁工作结束后三个月内", "when_norm": None,
              "note": "第二十二条: a plan body's sending to another body of the plan (round 32/35); the time is counted from an "
                      "event, no date"},
             {"what": "区住房保障房屋管理局对全区动迁安置房剩余房源进行统计、汇总，报区政府进行监管使用", "when": None,
              "when_norm": None,
              "note": "第二十二条: the district bureau's sending to the district government (round 32/35), undated"}],
     notes=["counting: the articles that give work, 第四条–第二十七条, less 第二十六条 → 23; 第一条 (purpose), 第二条 "
            "(definition), 第三条 (scope), 第二十八条 (interpretation), 第二十九条 (entry into force) are general provisions "
            "(round 30, no tasks); 第二十六条 「…3年内，不得转让、抵押…」 is a prohibition with no body and no work (round 33: an "
            "article with no work is a task only in a plan without units); 第十六条's （一）–（四） are the design requirements a "
            "project must meet, a list giving no work (round 35: text), so 第十六条 is one task; articles with an instruction "
            "and no doer (第六条, 第十条, 第十三条, 第十四条, 第十七条, 第二十三条–第二十五条, 第二十七条) are tasks without units "
            "(round 34's instruction 「应当…」, round 30's articles); accepted: 24 (第二十六条 counted), 26 (第十六条's four items "
            "as tasks), 27 (both), 28 and 29 (the five general provisions counted, round 30's other count)",
            "units: " + ARTICLE + "; 第八条's lead-in 「各相关部门进行区动迁安置房项目认定联合预审具体职责为：」 over five unit "
            "paragraphs 「区发展改革委对项目立项出具预审意见」… was left unsampled (whether 「具体职责为」 is a heading that gives out "
            "work, round 35, so that the subjects of 出具 are units, is open); 第十一条 (「项目所在街镇、园区委托…」, a pivot, and "
            "「由区保障性住房价格核定小组制订…」) and 第二十一条 (「应由建设基地所在街镇、园区负责接管…」 and 「由街镇、园区或区属国有企业"
            "按成本价收购」) unsampled",
            "dates: none (「一年内」「三个月内」 counted from events; 「年度」「定期」 rhythms); targets: none (「70平方米左右」 "
            "a norm with no comparison word; 「3年内」 a prohibition's period)",
            "duties: three sendings by plan bodies (第十八条, 第二十二条 ×2); 「开发企业…向区住房保障房屋管理局提出预售申请」 "
            "(第二十三条) is an applicant's filing (round 32, no duty)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x136_03_chongming-2015-laojiu-zhufang-anquan-yinhuan-chuzhi-shishi-yijian.txt"
T03 = "崇明县人民政府办公室转发县住房保障房屋管理局等四部门制定的关于加强本县老旧住房安全隐患处置工作实施意见的通知"
HOUSING = "县住房保障房屋管理局"
TOWN = "房屋所在乡镇政府"

plan(X03,
     title="关于加强本县老旧住房安全隐患处置工作的实施意见（" + T03 + "）",
     title_note="the opinion's own title (a line of its own after the cover) or the notice title (the first line): "
                "either is accepted",
     doc_no="崇府办发〔2015〕1号 (from the index; the stored text prints no number)",
     issuer="崇明县人民政府办公室 (转发 the opinion of 县住房保障房屋管理局, 县建设交通委, 县财政局, 县规划土地局, signed "
            "2014-12-25)",
     date="2015-01-05",
     level="county government office (Shanghai Chongming county), to 各乡、镇人民政府，县政府各委、办、局，县各直属单位，在崇市属"
           "有关部门",
     source=shanghai_source(FOLDER, T03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=a31ba0f7-7f4b-4e8f-841c-56939bec5ab6&siteId=0085",
                            2914),
     style="a forwarding notice (one sentence, the date) then the opinion: title, preamble, 一、总体要求 (childless); "
           "二、工作目标 （一）–（三） dated goals with no unit; 三、组织领导 (childless: a leading group set up); 四、分类推进 a "
           "lead-in and （一）–（四） cases 「对…的房屋，由A…」; 五、处置方式 （一）（三） headed paragraphs and （二） over 1.–4. "
           "「由A负责…」; 六、 a lead-in and （一）–（五） cost cases 「…费用，由A负责／承担」; a bracketed closing line, four "
           "signatures, the date",
     leaf_tasks=11, count_alternatives=[12, 14, 15, 18],
     leaf_tasks_by_section={"四": 4, "五": 6, "六": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "三、组织领导"],
     samples=[
        one(["四", "（一）"], HOUSING,
            CASE + ": 「对房屋年久失修、…等原因引起损坏的房屋，由县住房保障房屋管理局指导进行后续处置」 (" + SUBJ + "); 「接近或者"
            "超过使用年限」 names the kind of house, no figure; " + NODATE),
        one(["四", "（二）"], "县建设交通委",
            CASE + ": 「对由于周边道路等基础设施建设引起损坏的房屋，由县建设交通委协助明确侵权责任人并进行后续处置」 (" + SUBJ + "); "
            "侵权责任人 a role to be found, no unit; " + NODATE),
        S(["四", "（四）"], [], [],
          note=NONE + "; 「经领导小组会商确定牵头职能部门进行后续处置」 — 经A is rule 3's approving body, and the 牵头职能部门 "
               "still to be named is the plain subject of 进行 (no rule-2 verb, no named body); 四、's lead-in 「各乡镇政府…做好"
               "…」「县各相关职能部门…做好…」 uses no rule-2 verb (rule 4 gives nothing); " + NODATE),
        one(["五", "（二）", "1"], HOUSING,
            "CONVENTIONS.md units rule 2, the agent of 由 with a verb of doing: 「经初步排查发现存在损坏的直管公房，由县住房保障房屋"
            "管理局负责后续处置整改工作」 (" + SUBJ + "); " + NODATE),
        S(["五", "（二）", "2"], [], [TOWN, "所在乡镇政府"],
          note="CONVENTIONS.md units rule 2, several clauses: 「由房屋所在乡镇政府进行现场调查摸底…，制定改造方案」 and 「由所在"
               "乡镇政府根据…规定，办理县发展改革委审批等相关手续并负责房屋修缮的具体实施工作」 — names as printed (round 30: kept "
               "as printed, so two names); 县发展改革委 stands inside a noun's description (审批等相关手续, round 30) and 县住房"
               "保障房屋管理局 is the receiver of 「报…」 (rule 3); the yearly sending is the plan's duty below; 「每年10月份」 a "
               "rhythm, no deadline (round 34); " + NODATE),
        S(["五", "（二）", "3"], [], [TOWN, "所在乡镇人民政府"],
          note="as 五/（二）/2 (rule 2: 「由房屋所在乡镇政府进行现场调查摸底…」「由所在乡镇人民政府…负责房屋修缮的具体实施工作」, "
               "names as printed); 「协调相关产权单位（或产权人）制定改造方案」 — the object of the pivot 协调 is no unit (round "
               "30); 「每年10月份」 a rhythm; " + NODATE),
        one(["五", "（二）", "4"], TOWN,
            "CONVENTIONS.md round 34, 「由A＋any verb of doing」: 「由房屋所在乡镇政府督促产权人进行后续处置整改工作」 — the pivot "
            "rule (督促 no rule-2 verb) is for A as a subject, not for the agent of 由 (" + SUBJ + "); 产权人, the object, is "
            "no unit; " + NODATE),
        one(["五", "（三）"], "各乡镇政府",
            "CONVENTIONS.md units rule 2: 「各乡镇政府对确定的危险房屋及时制定…应急预案，落实专人负责」 — the subject of 落实 (a "
            "kind with a rule-2 verb, round 32) (" + SUBJ + "); 「配合消防部门做好火灾防控工作」 — 「B配合A＋verb」 gives A only "
            "with a verb of rule 2 (round 34), 做好 is none; 「专人负责」 a person (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "房屋所在乡镇政府制定改造方案，报县住房保障房屋管理局，统筹后列入下一年度修缮改造计划",
              "when": "每年10月份", "when_norm": "annually (October)",
              "note": "五/（二）/2 and 3 (the same sending for two kinds of house): a plan body's sending to another body of "
                      "the plan is a duty (CONVENTIONS.md round 32, round 35), a yearly rhythm"}],
     notes=["counting: 四、 （一）–（四） 4 + 五、 （一） 1, （二） 1.–4. 4, （三） 1 + 六、 1 → 11; 一、总体要求 and 三、组织领导 "
            "are childless sections (三、 only sets up a leading group and its office — rule 3 and round 35: bodies an item "
            "sets up, members 「成员单位包括…」 — so it names no unit); 二、工作目标's （一）–（三） name no unit: not tasks in a "
            "plan whose tasks name units (seeds EXPECTED.md lines 3–5, round 27); 六、's （一）–（五） are cases that only name "
            "payers (「…费用，由侵权人或责任人负责」「由违法人承担后续处置费用」, round 30/33) or a step of the leading group, so 六、 "
            "is one task (round 35: an article whose items are only cases is one task); accepted: 12 (三、 counted), 14 (二、's "
            "three goals counted), 15 (六、's five cases counted), 18 (both)",
            "units: rule 2 (由A＋verb) in 四、 and 五、; 五/（一） 「县住房保障房屋管理局…督促房屋产权人…委托专业单位进行房屋安全检测，对经"
            "检测结论为危房…的，由检测单位报请…」 names no doer by rule 2 (督促 is no rule-2 verb; the 由 clause is a case inside "
            "the item, rule 3) — unsampled",
            "dates: the goals' dates (2015年3月底前, 2015年年底前, 2016年年底前, 「十三五」期间) stand in 二、工作目标, whose items "
            "are no tasks; the tasks carry only the rhythm 「每年10月份」: no sample has a deadline",
            "targets: none (document numbers, 建设部令第4号)",
            "duties: one (the towns' yearly plans sent to the county housing bureau)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x136_04_baoshan-2014-erci-gongshui-sheshi-gaizao-guanli-tizhi-shishi-yijian.txt"
T04 = "上海市宝山区人民政府办公室转发区水务局等四部门关于继续推进我区居民住宅二次供水设施改造和理顺管理体制工作实施意见的通知"

plan(X04,
     title="关于继续推进我区居民住宅二次供水设施改造和理顺管理体制工作的实施意见（" + T04 + "）",
     title_note="the opinion's own title (a line of its own after the cover) or the notice title (the first line): "
                "either is accepted",
     doc_no="宝府办〔2014〕85号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区人民政府办公室 (转发 the opinion of 区水务局, 区住房保障房屋管理局, 区发展改革委, 区财政局, signed "
            "2014-09-01)",
     date="2014-09-10",
     level="district government office (Shanghai Baoshan), to 各镇人民政府，各街道办事处，区政府有关委、办、局",
     source=shanghai_source(FOLDER, T04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=7f190853-12bf-47d5-8b49-0c5cdff3a3ae&siteId=0078",
                            2589),
     style="a forwarding notice then the opinion, no blank lines inside it: a preamble (630万平方米), 一、 （一）指导思想 "
           "（二）基本原则 1、–4、 （三）总体目标; 二、 （一）改造标准 (参照 two standards) （二）资金估算和筹措 (rates 40元/平方米, "
           "7.6元/平方米, cost shares) （三）资金管理; 三、 a childless point of two paragraphs (2014年年内, 到2020年); 四、 "
           "（一）推进平台 (a joint meeting set up) （二）职责分工 over seven unit paragraphs 「区水务局是…总牵头单位。负责…」",
     leaf_tasks=4, count_alternatives=[3, 5, 6, 10],
     leaf_tasks_by_section={"二": 2, "三": 1, "四": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "（二）"], [], [], targets=[(40, "元/平方米"), (7.6, "元/平方米")],
          note=NONE + "; 「涉及到镇的除市补资金外区财政承担三分之二、镇财政承担三分之一；涉及到街道的…由区财政全额承担」: " + PAYER
               + "; 「按照40元/平方米标准进行估算」 and 「市级财政按照7.6元/平方米进行补贴」: a policy's own per-unit rates are the "
               "item's targets (CONVENTIONS.md targets, round 25); " + NODATE),
        S(["二", "（三）"], [], ["区水务局", "区住房保障房屋管理局", "各镇"],
          note="CONVENTIONS.md units rule 2, several clauses: 「由区水务局和区住房保障房屋管理局编制年度改造计划和资金计划」 (由A＋a "
               "verb of doing; 「A和B」 two whole names, round 34) and 「各镇按年度计划落实镇级配套资金」 (the subject of 落实, a "
               "kind, round 32); 「市财政局按计划数下达…」「区财政局按年度计划安排…拨付…」 plain subjects of 下达／安排／拨付 (" + CLOSED
               + "); 「报市水务局和市财政局审核」 receivers; no 牵头: lead []; 「每年8月底」 a recurring date — no deadline (round "
               "34), the yearly sending is the plan's duty below; " + NODATE),
        one(["三"], "供水企业",
            "CONVENTIONS.md round 36: a childless top-level point that gives work to a doer by rule 2 is a task in a document "
            "of numbered items too — 「竣工验收合格后，由供水企业同步实施接管工作」 (由A＋实施) (" + SUBJ + "); 「供水企业管水到表后，"
            "要合理设置服务站点」 the same body; dates: 「2014年年内全面开展…接管工作」 and 「到2020年，全面实现…由供水企业管水到表」 — "
            "several dates in one item: the latest is the deadline (round 34), 2020; 「24小时全天候」 is a norm with no "
            "comparison word — not a target (round 30)",
            dl="到2020年", dln="2020", not_targets=[(24, "小时")], other_deadlines=["2014年年内 (2014-12)"]),
        S(["四", "（二）"], ["区水务局"],
          ["区水务局", "相关部门", "区住房保障房屋管理局", "区发展改革委", "区财政局", "投资监理", "各有关街镇", "供水企业",
           "上海城投水务（集团）有限公司"],
          note="CONVENTIONS.md round 34/35/36, a heading that gives out work: under 「（二）职责分工」 (an item of unnumbered unit "
               "paragraphs, one task, round 32) every body the text gives work is a unit, by any verb of doing (负责, 参与, 组织); "
               "「区水务局是二次供水设施改造的总牵头单位」 is a designation as 牵头单位 (round 33: 「明确A为牵头单位」 — lead A); "
               "「区住房保障房屋管理局是…的具体实施单位」 a designation, no 牵头; RULING? the objects of the pivots 「组织相关部门进行"
               "…方案审核」 and 「负责委派投资监理监管改造资金的合理使用」 read as given work under the heading (round 35: 「A指导B开展…」 "
               "under it gives A and B; round 36: 「A协助／协调B做好…」 both) — read as round 30's pivot objects they would be "
               "dropped (responsible without 相关部门 and 投资监理); 「由区水务局会同区财政局…选择上海城投水务（集团）有限公司作为代建"
               "单位，由上海城投水务（集团）有限公司组织实施」 — the firm designated and the agent of 由＋组织实施: a doer (round 34: a "
               "kind or a named firm alike), its bracket kept (round 34); names repeated once; " + NODATE),
     ],
     plan_targets=[{"number": 630, "unit": "万平方米"}], phases=[],
     duties=[{"what": "区水务局和区住房保障房屋管理局编制年度改造计划和资金计划，报市水务局和市财政局审核",
              "when": "每年8月底", "when_norm": "annually (by end of August)",
              "note": "二/（三）: a plan body's sending of its yearly plans for review (CONVENTIONS.md round 32, round 35: a plan "
                      "unit's sending to another body is a duty), a yearly rhythm"}],
     notes=["counting: 二/（二）, 二/（三）, 三、 (a childless point with a rule-2 doer, round 36) and 四/（二） (one item of unit "
            "paragraphs) → 4; 一、's （一）指导思想, （二）基本原则 1、–4、 and （三）总体目标 name no unit: not tasks in a plan whose "
            "tasks name units (seeds EXPECTED.md lines 3–5, round 27); 二/（一） 「其改造标准及要求参照《…》」 is a 参照 item (round "
            "34: a general provision); 四/（一）推进平台 sets up the joint meeting (「…为成员单位」 members, 「联席会议主要负责…」 the "
            "set-up body, 「办公室设在区水务局」 — rule 3, round 35), an 组织领导 item naming no unit; accepted: 3 (二/（二） read "
            "as a list of rates, text — round 36), 5 (二/（一） or 四/（一） counted), 6 (both), 10 (一、's six items counted too)",
            "plan target: 630万平方米 (the preamble's and 总体目标's scope of the round, 「到2017年基本完成…630万平方米…改造任务」); "
            "「利用4年时间」 a span, not checked",
            "dates: 三、 2014年年内 and 到2020年 (deadline 2020); 「每年8月底」 a rhythm; 总体目标's 2017 stands in a section that "
            "is no task",
            "duties: one (the yearly plans sent for review)"])

# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Units, turned; w51c), README "Round 52"
from expected_tools import _sample32  # noqa: E402

_s = _sample32("x136_02", ["第四条"])[1]
_s["responsible_alternatives"] = [list(_s["responsible"])]
_i = _s["responsible"].index("区土地储备中心") + 1
_s["responsible"] = _s["responsible"][:_i] + ["区政府"] + _s["responsible"][_i:]
_s["note"] = ('aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): 「区政府成立宝山区保障性住房价格核定小组」 — in 第X条 '
              "articles the subject of any verb of doing is a doer (round 44), setting a body up is one (成立 as 设立, round 52's "
              "x240_03), no work verb need follow; the body set up stays none (round 35) (responsible + 区政府 in printed order, "
              "after 区土地储备中心); the old list stays accepted; formerly: " + _s["note"])

# Round 61 (rul84): x136_03 三、组织领导 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2) (README, round 61)
from aligned_rulings import align84  # noqa: E402

align84("x136_03", None, "「三、组织领导 成立…领导小组…。领导小组负责本县老旧住房安全隐患处置工作的相关政策制定、部门间综合协调…。领导小组下设办公室…具体负责工作推进和落实。」 (x136_03 三): a point that sets a group up and gives it or its office work by 负责 is a task naming none (rule 3); not sampled",
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); 三、组织领导 section → task, 11 → 12, 11 stays accepted",
        counts={"leaf_tasks": 12, "count_alternatives": [11, 14, 15, 18], "childless_top_level_sections": ['一、总体要求'], "leaf_tasks_by_section": {"三": 1, "四": 4, "五": 6, "六": 1}})

write_collected(DIR)
# Round 63 (rul88): x136_03 五/（三） aligned to tests/data/CONVENTIONS.md "Round 88 rulings" (Units, governs: Round 85's
# 「A落实专人负责」 names none, open62-1) (README, round 63)
from aligned_rulings import STAFF88, align88  # noqa: E402

align88("x136_03", ["五", "（三）"], "「各乡镇政府对确定的危险房屋及时制定…应急预案，落实专人负责，坚决杜绝…」 (x136_03 五/（三））: 落实专人负责 staffs the work (Round 85's x322_01 二、（三））, and 制定／配合…做好／加强巡查 are outside rule 2's list: a task naming none",
        STAFF88 + "; [各乡镇政府] → none, [各乡镇政府] stays accepted", resp=[], resp_alt=[["各乡镇政府"]])

write_collected(DIR)

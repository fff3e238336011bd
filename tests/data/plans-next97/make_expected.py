# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next97/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c97, round 30: eight page openings of plans from outside Shanghai — two
卫片执法 plans written as ONE LINE each (one numbering its items 〔一〕), two provinces' 2010 农民工工资 专项检查 plans
(second pages: dated stages as items, units in 会同/牵头…协助 sentences), a city's 露天矿山 整治 plan (third page on a news
site), a district's 基层武装部 实施意见 on an essay site, a township's 民兵整组 arrangement with dated stages, and a
county 畜牧局's dog-immunisation plan with 由…组织 and dated steps): never tune the parser on them (see README.md). Only
`line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in`` where an
item does not start a line); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md`
(its round-29 rules on units written in sentences and round-30 rule on thresholds are cited in the notes). Neither the
parser nor the scorer was run on these plans by c97.

    python tests/data/plans-next97/make_expected.py tests/data/plans-next97
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, YEAR, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items inside the one-line texts, the first words cut at the line's end (x97_02's last item).
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's title"
GOALS = "a section of aims or contents (指导思想/总体要求/工作目标/建设内容…) with no numbered children: no task"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's verbs are 负责/具体负责/主责/实施/落实 and 组织＋verb (or the agent of 由 with any verb, 牵头, 会同); "
         "this clause's verb is none of them")
STAGE = "the bracketed span after the stage's name is the stage's span (a phase), not the item's deadline: not checked"


# ---------------------------------------------------------------------------------------------------------
X01 = "x97_01_shi-2021-weipian-zhifa-gongzuo-shishi-fangan.txt"
plan(X01,
     title="市卫片执法工作实施方案",
     title_note="the start of the one line (written twice, run into the preamble)",
     doc_no="", issuer="a city's 自然资源和规划局 plan (the city is not named: 「我市」, 「市自然资源和规划局」)",
     date="2021 (自然资办发〔2021〕10号 and the 2021 dates)", level="city (not named)",
     source=page_source("https://m.wenke99.com/p-11295900.html"),
     style="a document site's copy as ONE LINE (no line breaks at all): the title twice, a preamble citing "
           "「自然资办发202110 号」 (the brackets lost), 一、总体要求 (prose), 二、时间安排 (a lead-in paragraph naming 市自然资源"
           "和规划局 with 「要合理安排…」), 「(一)季度快报。2021 年 4 月 10 日前、10 月 10 日前, 市自然资源和规划局按模板」 — "
           "DATES WITH BLANKS between the figures and 年/月/日, two dates for one item — CUT; shorter than the tool's usual "
           "cut (1,188 bytes: the stored excerpt ends there)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "(一)"], [], [], dl="10 月 10 日前", dln="2021-10-10", **at(X01, "(一)"),
          other_deadlines=["2021 年 4 月 10 日前 (2021-04-10)"],
          note=CUT + " (「市自然资源和规划局按模板」, its verb cut); " + R2 + ": no clause of the item makes a body the doer "
               "with one of rule 2's verbs (the verb after 「按模板」 is not on the page); the section's lead-in "
               "「市自然资源和规划局要合理安排…,及时…上报…,按时报送…」 (rule 4) uses 安排/上报/报送, none of rule 2's verbs: "
               "lead = [], responsible = []; two dated sendings 「2021 年 4 月 10 日前、10 月 10 日前」 (blanks inside): the "
               "later is the deadline (aligned round 34: several dates in one item — the latest is the item's deadline (CONVENTIONS round 34 rulings, Dates), was 2021 年 4 月 10 日前, 2021-04-10), the first in other_deadlines; the 季度快报 are also duties"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "季度快报,市自然资源和规划局按模板报送", "when": "2021 年 4 月 10 日前、10 月 10 日前",
              "when_norm": "2021-04-10"}],
     notes=["1 leaf on the page: 二/(一) (cut); 0 accepted (the count without the cut item); 一、总体要求 is a section (" + GOALS + ")",
            "自然资办发202110 号 (自然资办发〔2021〕10号) is a document number; 「零约谈零问责」 a slogan: no targets",
            "the whole text is one line: every item starts inside it (the samples' line is 1)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x97_02_xian-2023-ziran-ziyuan-weipian-zhifa-gongzuo-fangan.txt"
plan(X02,
     title="自然资源卫片执法工作方案",
     title_note="the start of the one line, run into the preamble 「为做好全县2023年…」 with no break",
     doc_no="", issuer="a county (not named; 「在黄河沿岸县域非法用地采矿」: a county on the Yellow River)",
     date="2023 (the preamble)", level="county (not named; on the Yellow River)",
     source=page_source("https://www.wnwk.com/doc/563847.html"),
     style="a document site's copy as ONE LINE of a SYNONYM-SPUN text (准时 for 及时, 觉察 for 发现, 疼惜 for 保护, 严峻 for "
           "严肃, 乐观 for 积极, 支配 for 安排, 担当 for 承担, 消退 for 消除, 状况 for 情况) whose round brackets became "
           "TORTOISE-SHELL BRACKETS: the items are numbered 〔一〕〔二〕〔三〕 and a document number nests 〔〕 in 〔〕 "
           "(「〔自然资发〔2023〕243号〕」); quotes “…〞; 一、工作目标 (prose), 二、工作任务 〔一〕–〔三〕 with bodies in 要-sentences, "
           "三、工作方式 〔一〕“月清〞。 (cut after its heading)",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "〔一〕"], [], ["自然资源局", "农业农村局", "各乡镇〔社区〕"], skip_deadline=True, **at(X02, "〔一〕"),
          note=R2 + ": 「自然资源局、农业农村局、各乡镇〔社区〕要依据各自职责组织人员准时进行核查并上报核查状况」 makes the three the "
               "doers by 组织＋verb (「组织人员…进行核查」: c97 reads 组织 with its object before the verb as 组织＋verb, as "
               "c90 read 组织开展/组织召开; a reader who takes only the compound verbs answers []) — responsible in the "
               "printed order, lead [] (more than one body); 「县自然资源局要准时将图斑…下发至…」 and 「县自然资源局要在本月完成"
               "…核查汇总和数据填报」 use 下发/完成, not rule 2's verbs (so 县自然资源局 is not added); 各乡镇〔社区〕 kept whole "
               "with its bracket (as 各市〔州〕人民政府 in plans-next90); 「在本月完成上一个月…」 is a monthly rhythm (a duty), "
               "not a dated deadline: not checked"),
        S(["二", "〔二〕"], [], [], **at(X02, "〔二〕"),
          note=R2 + ": 「县自然资源局、县农业农村局等单位以及相关乡镇〔社区〕要依法依规履职尽责,乐观推动整改」 — " + VERBS
               + ": lead = [], responsible = []; 「限时」 is no date: " + NODATE),
        S(["二", "〔三〕"], [], [], **at(X02, "〔三〕"),
          note=R3 + ": 「县自然资源局将适时报请县政府严峻开展约谈问责」 — 县政府 is asked (报请, a receiver), and 县自然资源局's "
               "verbs 报请/催促/报告 are none of rule 2's; 市卫片办 receives the report: lead = [], responsible = []; 「适时」"
               "「限期」 are no dates: " + NODATE),
        S(["三", "〔一〕"], [], [], **at(X02, "〔一〕", nth=2),
          note=CUT + " (after its heading “月清〞。): no body, no date: lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "县自然资源局完成上一个月自然资源部下发图斑用地、用矿状况的核查汇总和数据填报", "when": "在本月(每月)",
              "when_norm": "monthly"},
             {"what": "将约谈状况报告市卫片办", "when": "not stated", "when_norm": None}],
     notes=["4 leaves: 二/〔一〕–〔三〕 and 三/〔一〕 (cut after its heading); 3 without the cut item; 一、工作目标 is a section "
            "(" + GOALS + ")",
            "paths are written as printed, with the tortoise-shell brackets 〔一〕 (the text has no round brackets)",
            "自然资发〔2023〕243号 is a document number; 「零容忍」「月清、季核、年度评估」 are slogans: no targets",
            "the whole text is one line: every item starts inside it (the samples' line is 1)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x97_03_sheng-2010-nongmingong-gongzi-zhuanxiang-jiancha-fangan.txt"
plan(X03,
     title_note=NO_TITLE + " (the page is a later page of a province's 2010 plan for a 农民工工资支付情况专项检查 and starts "
                           "at its stage (二))",
     doc_no="", issuer="a province's 人力资源和社会保障厅 with 住房城乡建设厅, 公安厅, 国资委 and 省总工会 (not named; 「各设区市」)",
     date="2010 (the stages run 2010-12 to 2011-01)", level="province (not named)",
     source=page_source("http://fsou.com/html/text/lar/172489/17248988_1.html"),
     style="a law site's later page of a plan: no title, it starts at 「(二)执法检查阶段(2010年12月1日至2011年1月20日)。」 — "
           "STAGES AS ITEMS with their DATE SPANS IN BRACKETS, one span without a second month 「(2011年1月21日至23日)」 —, "
           "general calls to 「各级…部门和工会组织」 and 「各设区市…局」, a joint 督查组 of named province bodies, a report to "
           "the 领导小组办公室, then 三、工作要求 / (一) with a group the item sets up (a person as its head) — CUT",
     leaf_tasks=3, count_alternatives=[0, 1, 2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], [], dl="2010年12月1日至2011年1月20日", skip_deadline=True,
          note=R3 + ": 「各级人力资源社会保障、建设、公安、国有资产监督管理等部门和工会组织要抽调人员…进行检查」 is a general "
               "call to every level's bodies (「各地要…」); " + R2 + ": 「省人力资源和社会保障厅、…、省总工会将派出联合督查组赴各市…"
               "进行督促检查」 — " + VERBS + ": lead = [], responsible = []; " + STAGE + "; 「确保春节前办结」 names no "
               "calendar date"),
        S(["(三)"], [], [], dl="2011年1月21日至23日", skip_deadline=True,
          note=R3 + ": 「各设区市人力资源和社会保障局、…、总工会要…进行汇总分析,…并按时将专项检查书面总结报省专项检查领导小组"
               "办公室」 — a general call to each city's bodies with verbs none of rule 2's, and the 办公室 only receives "
               "the report: lead = [], responsible = []; " + STAGE + "; the report is a duty"),
        S(["三", "(一)"], [], [],
          note=CUT + "; " + R3 + ": 「各有关部门要…切实组织好专项检查工作」 is a general call (组织好 with no body named); "
                     "「省成立专项检查领导小组,由…王焕强副厅长任组长,成员由…组成」 is a group the item sets up, its head a "
                     "person and its members 负责同志; 「领导小组办公室设在…劳动监察局」 places an office; 「各设区市也要成立"
                     "相应机构」 a general call: lead = [], responsible = []; 「(见附件1)」 is no target; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "执法检查阶段", "start": "2010-12", "end": "2011-01"},
             {"name": "分析总结阶段", "start": "2011-01", "end": "2011-01"}],
     duties=[{"what": "各设区市按时将专项检查书面总结报省专项检查领导小组办公室", "when": "按时 (分析总结阶段 2011年1月21日至23日)",
              "when_norm": None}],
     notes=["3 leaves on the page: (二), (三) (the plan's stages written as items; their heading 二、 and stage (一) are on "
            "an earlier page) and 三/(一) (cut); 2 without the cut item; 1 or 0 accepted (stages read as the schedule, "
            "not tasks, with or without the cut item)",
            "phases: 执法检查阶段 2010-12→2011-01 and 分析总结阶段 2011-01 (the span 「2011年1月21日至23日」 keeps the month "
            "of its start)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x97_04_sheng-2010-nongmingong-gongzi-zhifu-zhuanxiang-jiancha-fangan.txt"
plan(X04,
     title_note=NO_TITLE + " (the page is a later page of a 2010 plan for a 农民工工资支付 专项检查 and starts at 「三是总结"
                           "评估阶段」)",
     doc_no="", issuer="a province's or city's 人力资源社会保障 department with 公安, 住房城乡建设, 国有资产监督管理 and 工会 "
                       "(not named)",
     date="2010 (the stage runs 2011-01-08 to 2011-01-23)", level="province or city (not named)",
     source=page_source("http://fsou.com/html/text/lar/172420/17242059_1.html"),
     style="a law site's later page of a plan: it starts inside an item at 「三是总结评估阶段(2011年1月8日至2011年1月23日)。」 "
           "(a stage as the third part 「三是」 of an item whose start is on an earlier page), then 三、工作要求 / (一) with a "
           "LINE BREAK INSIDE 《…》 (「认真贯彻落实《」 / 「国务院关于…》」) and 「A要会同B…成立…领导小组」 / (二) with "
           "「A负责牵头组织协调…;B协助…」 — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(一)"], ["各级人力资源保障部门"],
          ["各级人力资源社会保障", "公安", "住房城乡建设", "国有资产监督管理部门", "工会组织", "各级人力资源保障部门",
           "国有资产监督管理", "各有关部门"], lead_alternatives=[[]],
          responsible_alternatives=[["各级人力资源社会保障", "公安", "住房城乡建设", "国有资产监督管理部门", "工会组织",
                                     "各级人力资源保障部门", "国有资产监督管理"]],
          note="aligned round 51 to CONVENTIONS.md \"Round 58 rulings\" (turned, rounds 32, 33 over the round-31 note): "
               "「各有关部门要结合实际确定检查方案,分解落实工作任务,…认真组织执法检查」 is a kind, a doer with a rule-2 verb "
               "(落实, 组织＋verb; round 33's 「No kind, no doer」), not a call — only 「各有关部门、单位要…」 with the catch-all "
               "is one (round 42): responsible + 各有关部门 after the names it has, in printed order (old responsible "
               "without it → with it); the earlier reading stays accepted (responsible_alternatives). The earlier note: "
               "re-read under CONVENTIONS.md round-30 clarifications: general calls vs groups with a verb of rule 2 — 「a "
               "group named by a kind with a verb of rule 2 「各区要落实…」 is a doer」: 「各级人力资源社会保障、公安、住房城乡建设、"
               "国有资产监督管理部门和工会组织要…认真贯彻落实《…》等文件精神」 names its bodies by kind with 落实 (as plans-next22 "
               "x22_01's 「各学校要…全面落实《…》」 was aligned), so they are doers, split at 、 and 和 as printed (各级 kept on "
               "the first name, 部门 on the one it is printed with); then the 会同 clause's names as printed (各级人力资源保障部门 "
               "and 国有资产监督管理 are printed differently, so they are added, names kept as printed); 「各有关部门要…」 "
               "stays a general call (addressed to all without a kind): old responsible 各级人力资源保障部门, 公安, 住房城乡建设, "
               "国有资产监督管理, 工会组织 → 各级人力资源社会保障, 公安, 住房城乡建设, 国有资产监督管理部门, 工会组织, "
               "各级人力资源保障部门, 国有资产监督管理 (lead unchanged, by 会同). The earlier note: "
               + R2 + ": 「各级人力资源保障部门要会同公安、住房城乡建设、国有资产监督管理及工会组织成立专项检查活动领导小组」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B in the printed order; B's names are written as "
               "printed (sector names standing for their departments) and split at 、 and at the joiner 及 (as plans-dev 02 "
               "split at 等和); the group they set up is not a unit (rule 3), and 「在每个部门明确专人负责」 names persons; "
               "「各级…部门和工会组织要…」「各有关部门要…认真组织执法检查」 are general calls (rule 3); " + NODATE),
        S(["三", "(二)"], ["人力资源社会保障部门"], ["人力资源社会保障部门", "公安部门"],
          note=CUT + " (after 「以及」); " + R2 + ": 「人力资源社会保障部门负责牵头组织协调…专项检查工作」 (「A牵头（负责）」: the "
                     "lead) and 「公安部门协助有关部门查处…」 (「B协助」 after it: responsible) — lead 人力资源社会保障部门, "
                     "responsible both in the printed order; 有关部门 is the object of 协助, not a unit; 「各级…部门和工会组织"
                     "…要切实加强协调配合」 is a general call (rule 3); " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "总结评估阶段", "start": "2011-01", "end": "2011-01"}],
     duties=[],
     notes=["2 leaves on the page: 三/(一) and 三/(二) (cut); 1 without the cut item; the opening paragraph 「三是总结评估阶段…」"
            " is the third part of an item numbered on an earlier page (「三是」 enumerates, it numbers no item): no task of "
            "its own, but its stage and span are a phase (总结评估阶段 2011-01-08→2011-01-23)",
            "「三个代表」 is a name: no target"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x97_05_huludao-2017-lutian-kaicai-kuangshan-zhuanxiang-zhengzhi-shishi-fangan.txt"
plan(X05,
     title="葫芦岛市露天开采矿山专项整治实施方案",
     title_note="line 8, in 《》 after the news site's 「政策|」 (the page is the article's third page)",
     doc_no="", issuer="葫芦岛市人民政府 (Liaoning; 「市政府成立…领导小组」)", date="2017 (the deadlines; the page 2017-10-13)",
     level="city (Liaoning, 葫芦岛)",
     source=page_source("http://huanbao.bjx.com.cn/news/20171013/854930-3.shtml"),
     style="a news site's THIRD PAGE of a policy article: site chrome (北极星, 搜索历史清空, • 水处理, breadcrumbs), the heading "
           "「政策|《…》」, date/source/keywords, 投稿 links, then 三、相关要求 / (一)–(三) as HEADING LINES with their text in the "
           "next paragraph: (一) a leading group of PERSONS (市长, 局长s), an office placed in 市国土资源局, 「县(市)区人民政府要…"
           "统一组织开展…」, a report 「统一报送到市国土资源局」; (二) a general call; (三) DATED steps 「在2017年9月15日前」 and "
           "「在2017年9月31日前」 (a date that does not exist; CUT after it)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(一)"], [], ["县(市)区人民政府"], lead_alternatives=[["县(市)区人民政府"]],
          note=R2 + ": 「县(市)区人民政府要发挥综合协调职责,…统一组织开展本辖区专项整治行动」 (subject of 组织开展; it goes on "
               "「组织相关部门研究和解决…」) — responsible, lead [] (it alone as the lead accepted, as plans-dev 03); "
               + R3 + ": the 领导小组 is a group the item sets up (its members 市长, 局长s are persons), 「市国土资源局局长兼任办公室"
               "主任,负责协调日常工作」 makes a post (a person) the subject of 负责 (rule 3: 负责人-like nouns), 「各县(市)区、"
               "各相关部门要…」 is a general call and 市国土资源局 only receives the report: not units; " + NODATE),
        S(["三", "(二)"], [], [],
          note=R3 + ": 「各县(市)区人民政府要…抓紧编制…方案,迅速启动…工作」 is a general call (「各地要…」; 编制/启动 are none of "
               "rule 2's verbs): lead = [], responsible = []; 「抓紧」「迅速」 are no dates: " + NODATE),
        S(["三", "(三)"], [], [], dl="在2017年9月15日前", dln="2017-09-15",
          other_deadlines=["在2017年9月31日前 (cut; 9月31日 is not a date: no normalised date)"],
          note=CUT + "; " + R3 + ": 「各县(市)区在2017年9月15日前完成综合测算摸底,制定…方案,经国土部门汇总后,报市人民政府审批」 — "
                     "各县(市)区 with 完成/制定 is a general call, 国土部门 only 汇总 (none of rule 2's verbs) and 市人民政府 "
                     "approves (a receiver): lead = [], responsible = []; the first date is the deadline"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各县(市)区、各相关部门汇总相关情况,形成书面材料,统一报送到市国土资源局", "when": "完成各相关工作后",
              "when_norm": None}],
     notes=["3 leaves on the page: 三/(一)–(三) (the third cut); 2 without the cut item; 一、 and 二、 are on earlier pages",
            "2017-10-13 09:34 is the article's time, 「短期专项整治、中长期总量控制规范布局及监管」 a principle: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x97_06_suyu-jiceng-wuzhuangbu-guifanhua-jianshe-shishi-yijian.txt"
plan(X06,
     title="加强基层武装部规范化建设的实施意见",
     title_note="line 15, in 《》 (the essay site's headings 「乡镇武装部规范化建设5篇」「篇一:乡镇武装部规范化建设」 are not the "
                "document's title)",
     doc_no="", issuer="宿迁市宿豫区 (Jiangsu; 「宿豫经济开发区」, 「宿迁市基层武装部规范化建设部署会」, 「区政府」)",
     date="(the year is masked: 「宿办发〔*〕71号」; 「三个代表」 and 科学发展观 date it to the 2000s)",
     level="district (Jiangsu, 宿迁市宿豫区)",
     source=page_source("http://www.zymmds.cn/zhuantifanwen/zhenxingxiangzhen/2023/0719/60923.html"),
     style="an essay site's collection page (「乡镇武装部规范化建设5篇」, 「篇一」) holding a district's 实施意见: site chrome "
           "with bullets, INDENTED lines (six blanks), the title in 《》, addressees, preamble, 一、指导思想 with a MASKED "
           "document number 「宿办发〔*〕71号」, 二、建设内容 (prose), 三、实施步骤 / (一)动员部署阶段(8月1日至8月5日) — a stage "
           "with its span WITHOUT A YEAR — whose sentence is BROKEN by the site's 「精品文章」 line, (二)拟定计划阶段(8月6日 (CUT)",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、建设内容"],
     samples=[
        S(["三", "(一)"], [], [], dl="8月1日至8月5日", skip_deadline=True,
          note=R2 + ": 「区政府召开由各乡镇长及专武干部参加的…部署会,传达…,专题部署…,进行广泛动员」 — 召开 (not 组织召开), 部署, "
               "动员 are none of rule 2's verbs: lead = [], responsible = [] (a reader who takes every doer would answer 区政府); "
               "各乡镇长 and 专武干部 are persons; " + STAGE + " (and its year is masked on the page); the 「精品文章」 line "
               "inside the sentence is site chrome"),
        S(["三", "(二)"], [], [], dl="8月6日", skip_deadline=True,
          note=CUT + " (inside its stage span 「(8月6日」): lead = [], responsible = []; the span is a phase's start, its "
                     "year masked: not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 三/(一) and 三/(二) (cut), stages written as items; 1 without the cut item, 0 accepted "
            "(stages read as the schedule); 一、指导思想 and 二、建设内容 are sections (" + GOALS + ")",
            "no phases are answered: the stages' year is masked (「〔*〕」), so their months cannot be dated",
            "「有办公室、有活动室、有资料室、有器材室」 and 「软硬并举」 are slogans: no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x97_07_xiangshan-xiang-2020-minbing-zuzhi-zhengdun-gongzuo-anpai.txt"
plan(X07,
     title="2020年度民兵组织整顿工作安排（关于印发2020年度民兵组织整顿工作安排的通知）",
     title_note="line 5 (the notice's title; again on line 8 with blanks 「关于印发 2020年度…工作安排的 通知」); the notice is "
                "itself the arrangement (「现将…有关事项明确如下」): the arrangement's name or the notice's title",
     doc_no="", issuer="寻乌县项山乡 (Jiangxi, 赣州市寻乌县; 「我乡」, 「寻乌县人武部」)", date="2020 (the title)",
     level="township (Jiangxi, 寻乌县项山乡)",
     source=page_source("http://www.xunwu.gov.cn/xwxxxgk/xw87859/202009/ab03d316349148eeb712e77bbbcf4c4c.shtml"),
     style="a county site's township disclosure page: chrome (关怀版, breadcrumbs, 访问量), the notice's title twice, "
           "addressees 「各村委会,民兵连」 with no colon, a preamble, 一、指导思想 whose sentence is SCRAMBLED (「《2020年度民兵"
           "组织整顿工寻国动[2020]1号文) … 本着深化调整作指示》(改革」: the 《》 and () of a title and a document number "
           "interleaved), 二、主要任务 (one sentence, 30人), 三、方法步骤 with a lead-in and three STAGES AS ITEMS whose "
           "DATES LOST their 年/月 (「从20203月份开始」, 「(320日前)」, 「(321日至520日)」) and one whole 「(5月21日至5月30日)」, "
           "the last holding three dated steps and a body (县人武部组织普查), 四、有关要求 / (一) (CUT after its heading)",
     leaf_tasks=4, count_alternatives=[0, 1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、主要任务"],
     samples=[
        S(["三", "(一)"], [], [], dl="320日前", skip_deadline=True, not_targets=[(320, "日")],
          note="no body is named (the steps have no subject): lead = [], responsible = []; 「(320日前)」 is 3月20日前 with its "
               "月 lost — the stage's end (a phase), not a quantity of 320 days (not_target); the year is implicit: not checked"),
        S(["三", "(二)"], [], [], dl="321日至520日", skip_deadline=True, not_targets=[(321, "日"), (520, "日")],
          note="no body is named (「组织集结点验」 has no subject): lead = [], responsible = []; 「(321日至520日)」 is 3月21日至"
               "5月20日 with its 月 lost, not quantities of days (not_targets): " + STAGE),
        S(["三", "(三)"], [], ["县人武部"], lead_alternatives=[["县人武部"]], dl="5月10日前", skip_deadline=True,
          other_deadlines=["5月20日前", "5月底前"],
          note=R2 + ": 「5月10日前,县人武部组织普查,进行检查验收」 (subject of 组织＋verb) — responsible, lead [] (it alone "
               "as the lead accepted); 军分区 is the body whose inspection is awaited (「迎接军分区检查验收」), not a doer; "
               "three dated steps 5月10日前 / 5月20日前 / 5月底前 and the stage's span 「(5月21日至5月30日)」: " + YEAR
               + " (and the stage's span is a phase)"),
        S(["四", "(一)"], [], [],
          note=CUT + " (after its heading 「要强化组织领导」): lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "筹划部署阶段", "start": "2020-03", "end": "2020-03"},
             {"name": "组织实施阶段", "start": "2020-03", "end": "2020-05"},
             {"name": "总结验收阶段", "start": "2020-05", "end": "2020-05"}],
     duties=[{"what": "5月底前完成整组总结和民兵分队数质量统计报表工作", "when": "5月底前", "when_norm": "2020-05-31"}],
     notes=["4 leaves: 三/(一)–(三) (stages written as items) and 四/(一) (cut after its heading); 3 without the cut item; "
            "1 or 0 accepted (stages read as the schedule, with or without the cut item); 一、指导思想 and 二、主要任务 (one "
            "sentence, no numbered child) are sections",
            "plan target: none — re-read under CONVENTIONS.md round-30 clarifications: thresholds by comparison word, 「a "
            "figure with no comparison word that only names a kind or a norm 「原则上按500户配1名」 is not a target」: 「我乡按照"
            "一个应急排30人的编制组建」 (二、主要任务) forms the platoon by an establishment norm (按照…编制), with no comparison "
            "word (old plan target 30 人 → none)",
            "phases (year 2020 from the title and 「从20203月份开始,至5月底结束」): 筹划部署阶段 to 3月20日, 组织实施阶段 "
            "3月21日–5月20日, 总结验收阶段 5月21日–5月30日",
            "寻国动[2020]1号 is a document number; 「五实」 a slogan: no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x97_08_xumuju-quanzhi-mianyi-gongzuo-jihua.txt"
plan(X08,
     title_note=NO_TITLE + " whole: it starts at the essay site's heading 「畜牧局犬只免疫工作计划范文(2)」 (page 2 of a 范文; "
                           "the plan is a county 畜牧局's 犬只免疫工作计划)",
     doc_no="", issuer="a county 畜牧局 (not named; 「县动物疫病预防控制中心」, 「各乡镇站」)",
     date="(the year is masked: 「20xx年」; the site's date 2018-09-15)", level="county bureau (not named)",
     source=page_source("http://mip.010zaixian.com/shiyongwen/gongzuojihua/690731_2.htm"),
     style="an essay site's SECOND PAGE of a 范文: heading, site date, 三、 a heading sentence, items 1.–4. INDENTED with two "
           "blanks, dates with a MASKED YEAR (「在20xx年2月25日前」「在20xx年3月份期间」「对20xx年4月底仍未…」), 「由A组织…」 and "
           "a case clause 「对…的犬只,由当地政府组织力量全部捕杀」, a fee 「每只10元」, a monthly report, then 四、 a heading "
           "sentence with one prose paragraph (「两头份」) — CUT",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "1"], [], [],
          note=R2 + ": 「各畜牧兽医站对犬只的免疫工作要实行…责任制」 — 实行 is not one of rule 2's verbs (实施 is); 防疫人员, "
               "站长 and 村社干部 are persons; 「乡镇站将未免犬只花名册交当地政府,集中组织力量予以捕杀」: 当地政府 receives the "
               "list and the culling is for dogs not immunised (a case, rule 3): lead = [], responsible = []; 「一犬一证」"
               "「不免即灭」 are slogans; " + NODATE),
        S(["三", "2"], [], ["各畜牧兽医站"], targets=[(10, "元")], lead_alternatives=[["各畜牧兽医站"]],
          dl="在20xx年2月25日前", skip_deadline=True,
          note=R2 + ": 「由各畜牧兽医站组织动物防疫员和乡村兽医人员…逐只进行免疫」 (the agent of 由 with 组织＋verb) — "
               "responsible, lead [] (it alone as the lead accepted); 「由村社干部带路」: persons; 「对20xx年4月底仍未进行免疫的"
               "犬只,由当地政府组织力量全部捕杀」 is a case clause (rule 3: a contingency, not the item's work); 「每只10元」 is a "
               "per-unit fee (a policy's rate, a target by the round-25 rule); the dates' year is masked (「20xx年」): the "
               "deadline is not checked"),
        S(["三", "3"], [], [],
          note="「凭公安部分发放的《犬只准养证》免疫」: 公安部分 (公安部门, mistyped) only issued the permit the item relies on "
               "(rule 3: not a doer of this item's work); no other body: lead = [], responsible = []; " + NODATE),
        S(["三", "4"], [], [], skip_deadline=True,
          note=R3 + ": 「各乡镇站要每月月底前及时向县动物疫病预防控制中心报告…」 is a general call with 报告 (none of rule 2's "
               "verbs), the 中心 only receives: lead = [], responsible = []; 「每月月底前」 is a monthly rhythm (a duty), not a "
               "dated deadline, and the summaries' year is masked: not checked"),
     ],
     plan_targets=[{"number": 2, "unit": "头份"}],
     phases=[],
     duties=[{"what": "各乡镇站向县动物疫病预防控制中心报告犬只免疫进度表", "when": "每月月底前",
              "when_norm": "monthly (by the month's end)"},
             {"what": "上交狂犬病防制半年总结和全年总结", "when": "20xx年 (half-year and year-end; the year masked)",
              "when_norm": None}],
     notes=["4 leaves: 三/1.–4.; 5 accepted (四、 read as a task: a heading sentence whose one paragraph gives the 站长 and "
            "各乡镇站 work, cut; by the rule a top-level item with no numbered children is a section); 一、 and 二、 are on "
            "the first page",
            "plan target: 「请各乡镇站随机采取犬只血清两头份送县动物疫病预防控制中心」 (四、): 2 头份 (a Chinese numeral)",
            "2018-09-15 is the site's date; 20xx is a masked year"])

# round 50 (p50c): an answer aligned to tests/data/CONVENTIONS.md's rulings (README, "Round 50: answers aligned (p50c)")
from expected_tools import align50_units  # noqa: E402

align50_units("x97_03", ["三", "(一)"], [], ["各有关部门"],
              "「各有关部门要…,高度重视,精心安排,切实组织好专项检查工作」: 组织 is in rule 2's list whatever its object and 好 its "
              "complement (Round 49 rulings, x230_02), and 各有关部门 is a kind, a doer with a rule-2 verb (Round 32 rulings, "
              "「General calls, named」; round 33 「No kind, no doer」) — not round 37's catch-all 「各有关部门、单位要…」; the group "
              "set up and 各设区市 stay none",
              "Round 49 rulings (x230_02) and the Round 32 rulings")

write_collected(DIR)

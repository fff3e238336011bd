# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next148/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 38 (built by helper c148): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
7d207510 (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32 to round-37 rulings and the round-38 rulings
written early). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next148/make_expected.py tests/data/plans-next148
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ONE = "a single doer: lead = [] (no lead named), the unit as lead is accepted (plans-dev 03 一)"
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30/37/38: rule 2's forms are a closed list — the plain subject of another verb (加强, 统筹安排, "
          "编制, 建立, 采用, 选择, 进行, 报送, 通知, 提供, 纳入, 强化 …) is not a unit")
SUBJ = ("CONVENTIONS.md units rule 2, the subject of 负责／具体负责／落实／实施 or of 组织＋work (round 34), or the agent of "
        "由＋a verb of doing (round 34: 「由A＋any verb of doing」)")
HUIT = "CONVENTIONS.md units rule 2, 「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B"
DUTY_HEAD = ("CONVENTIONS.md round 34/35/36/37/38, a heading that gives out work (职责分工 …) is a label of doers: every body "
             "the text gives work, by any verb of doing, is a unit, in printed order; in 「A指导B开展…」 under it A and B "
             "(round 35); a body only named as a circumstance or a receiver is not (round 36)")
UNIT_HEAD = ("CONVENTIONS.md units rule 1 and round 38: a heading that names a party 「第五条 建设单位责任」 is a unit heading for "
             "the items under it; the label decides and the sentences of the item add nothing (plans-dev 06 三/（一）); "
             "「A对…负总体责任」「A负主体责任」 are designations (round 35: 「A负总责」)")
WINDOW = ("CONVENTIONS.md round 33/34: a limit counted from an event with no comparison word 「5个工作日内」「10个工作日内」 is "
          "the item's deadline rule, not a target and no deadline")
PENALTY = "CONVENTIONS.md round 32/33: a fine's scale 「处3000元以上1万元以下罚款」 is a penalty, not a target"
ARTS = ("CONVENTIONS.md round 30: in a document written as articles, the articles of purpose, definition, scope, "
        "interpretation and entry into force are not tasks")
RATES = ("CONVENTIONS.md round 38: numbered subsidy or rate items are a list of rates, their rates the policy's own — "
         "plan targets where the item is no task (round 25, round 35)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x148_01_jiading-2025-hehu-bengzha-changxiao-yanghu-gongzuo-shishi-yijian.txt"
PLAN01 = "嘉定区河湖泵闸长效养护工作实施意见"
NOTICE01 = "嘉定区水务局 嘉定区财政局关于印发《嘉定区河湖泵闸长效养护工作实施意见》的通知"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 意见's own title (printed over two lines 「嘉定区河湖泵闸长效养护工作」「实施意见」) or the notice title (the first "
                "line): either is accepted",
     doc_no="嘉水务〔2025〕67号 (from the index; the stored text prints no number)",
     issuer="上海市嘉定区水务局, 上海市嘉定区财政局 (two signatures on one line)",
     date="2025-09-09",
     level="district bureaus (Jiading), to 各镇、街道，嘉定工业区、菊园新区",
     source=shanghai_source("市政与基础设施", "嘉定区水务局 嘉定区财政局关于印发《嘉定区河湖泵闸长效养护工作实施意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_191916&siteId=0080", 4088),
     style="a cover (「特此通知」, two signatures on one line with spaces), then the 意见 (title over two lines), a preamble, "
           "一、工作目标 and 二、工作标准和内容 (childless paragraphs), 三、职责分工 (a lead-in 「…（以下简称“各街镇”）共同负责实施」 "
           "and items （1）–（5）), 四、资金政策 numbered （一） then （2）, 五、使用范围 （一）（二） each with 1.–6. run-in uses of "
           "funds, 六、资金使用管理 （一）–（四）, 七、业务管理要求 （一）–（七）, 八、附则; then 「附表：」 a rate table printed one "
           "cell a line, a printing line and a stray 「….pdf」 line; no calendar date given to any item",
     leaf_tasks=16, count_alternatives=[18, 20, 28, 30],
     leaf_tasks_by_section={"三、职责分工 （1）–（5）": 5, "六、资金使用管理 （一）–（四）": 4, "七、业务管理要求 （一）–（七）": 7},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、工作标准和内容", "八、附则"],
     samples=[
        S(["三", "（1）"], [], ["区水务局", "区河道水闸管理所", "区水务事务管理中心"],
          note="under 三、职责分工 — " + DUTY_HEAD + ": 「区水务局负责…」「区河道水闸管理所具体负责…」「区水务事务管理中心具体负责…；具体"
               "负责…」; 「受市水务局委托」 — 市水务局 entrusts and is given no work (no unit); no lead; " + NODATE),
        S(["三", "（2）"], ["区财政局"], ["区财政局", "区水务局", "各街镇"], lead_alternatives=[[]],
          note="「区财政局会同区水务局积极争取市补资金，并分配下达资金」 — " + HUIT + "; 「组织开展预算绩效管理工作，指导各街镇加强资金管理"
               "和使用」 — under the heading 职责分工, 「A指导B开展…」 gives A and B (round 35): 各街镇, the object given work (加强资金"
               "管理), a unit as printed (「（以下简称“各街镇”）」 in the lead-in — round 38: a name given through 以下简称 reads as X "
               "where X is printed); " + NODATE),
        S(["三", "（3）"], [], ["区建管委"], lead_alternatives=[["区建管委"]],
          note="「区建管委负责对…实施政府采购，确定具体养护单位开展河湖管理养护工作」 — " + SUBJ + "; 具体养护单位, the object of 确定 "
               "(not 督促／组织／委派／派单, round 37/38), no unit; " + ONE + "; " + NODATE),
        S(["六", "（一）"], [], [],
          note="「区水务局、各街镇应根据…在本级财政预算中统筹安排资金。按照年度资金计划安排推进项目实施…」 — 统筹安排, 推进 (实施 a noun "
               "here) — " + CLOSED + "; the section 资金使用管理 is no work heading; " + NONE + "; " + NODATE),
        S(["七", "（一）"], [], ["区水务局"], lead_alternatives=[["区水务局"]], skip_deadline=True,
          note="「区水务局根据…强化…执行，组织开展监督和检查」 — 组织开展, " + SUBJ + "; 「将考核结果抄送各街镇」 — 各街镇 a receiver (rule "
               "3); " + ONE + "; deadline not checked, RULING?: 「每季度开展工作实效评价，年终开展考核」 in a standing 实施意见 is read "
               "as a yearly rhythm (round 34: recurring dates are no deadline), but 「年终」 could be read as December of the plan's "
               "year (round 34's 「年底前」); the sending of the results to 各街镇 is a duty (round 35)"),
        S(["七", "（二）"], ["区水务局"], ["区水务局", "区财政局"], lead_alternatives=[[]],
          note="「区水务局会同区财政局根据实施意见，制定完善奖惩办法」 — " + HUIT + "; " + NODATE),
        S(["七", "（三）"], [], ["区水务局", "区财政局"],
          note="「区水务局、区财政局应积极配合市水务局、市财政局开展…年度考核和绩效评估」 — aligned round 48 (s48a) to CONVENTIONS.md "
               "Round 46 rulings, Units, p44g (governs): the subject of 配合 as the main verb of its own rule is a doer (rounds 42, "
               "44 over round 34, whose 「only 配合 names no doer」 now holds only for 配合 with no subject of its own) → 区水务局, "
               "区财政局; the bodies served (市水务局, 市财政局) are no units (开展 without 组织 is no rule-2 verb); 「规范…管理，"
               "提高…」 no verb of the list; 「按照…规定追究相应责任」 no subject; no 牵头: lead []; " + NODATE),
        S(["七", "（五）"], [], ["各街镇"], lead_alternatives=[["各街镇"]],
          note="「各街镇应…科学测算…，编制年度预算并落实养护资金，制定年度养护计划，报区水务局备案」 — 落实 (with funds as object work, "
               "no cost verb — round 37), " + SUBJ + "; 区水务局 a receiver (rule 3); " + ONE + "; 「年度」 a yearly rhythm — " + NODATE
               + "; the sending of the yearly plan is a duty (round 35)"),
        S(["七", "（六）"], [], ["各街镇"], lead_alternatives=[["各街镇"]],
          note="「各街镇应充分利用河湖长制平台，加强…监管，落实养护企业承担养护巡查…等责任，…组织年度维修养护考核，考核结果报区水务局"
               "备案」 — 落实, 组织＋work, " + SUBJ + "; 养护企业, the object of 落实 (a pivot, round 30), no unit (七 is no work "
               "heading); 区水务局 a receiver; " + ONE + "; 「年度」 a yearly rhythm — " + NODATE + "; the sending is a duty"),
     ],
     plan_targets=[{"number": 0.8, "unit": "万元"}, {"number": 1.1, "unit": "万元"}, {"number": 1, "unit": "万元"},
                   {"number": 1.3, "unit": "万元"}, {"number": 5, "unit": "万元"}, {"number": 6.65, "unit": "万元"},
                   {"number": 13.3, "unit": "万元"}],
     phases=[],
     duties=[{"what": "区水务局年终考核结果抄送各街镇", "when": "年终", "when_norm": "yearly (year end)", "who": ["区水务局"]},
             {"what": "各街镇年度养护计划报区水务局备案", "when": "年度", "when_norm": "yearly", "who": ["各街镇"]},
             {"what": "各街镇年度维修养护考核结果报区水务局备案", "when": "年度", "when_norm": "yearly", "who": ["各街镇"]}],
     notes=["counting: 一、工作目标, 二、工作标准和内容 (standards, no doer) and 八、附则 (entry into force) childless sections; "
            "四、资金政策 （一）（2） state the subsidy policy with payers only (「由市财政全额承担」 — cost verbs, round 30/35) and no "
            "work — CONVENTIONS.md round 33: statements with no doer and no work are no tasks in a plan whose tasks name units; "
            "五、使用范围 （一）1.–6., （二）1.–6. list what the funds are used for — round 35: a list that gives no work is text; "
            "the leaves of 三 (5), 六 (4) and 七 (7) → **16**; 18 (四's two items, or 五's （一）（二） as leaves), 20 (both), 28 "
            "(五's twelve uses), 30 (all) accepted",
            "units: 三 by its heading 职责分工 (round 34/35); elsewhere rule 2 — 负责, 组织开展, 会同, 落实; 三/（4） names 「各镇人民"
            "政府、街道办事处，嘉定工业区、菊园新区管委会」 (not sampled: how the list splits is not ruled — 管委会 shared by two "
            "names, round 31); 三/（5） 「各级河湖长」 are persons (round 30), and whether the lead-in's bodies pass to it (rule 4) "
            "was not sampled; 六/（三）'s 「由市水务局、市财政局公开招标确定的单位进行审计」 (the 的-rule gives 单位, round 34) not "
            "sampled",
            "dates: none given to an item — 2025年9月9日 the signature and printing; 每季度, 年终, 年度 rhythms; 嘉水务〔2019〕317号 a "
            "document number",
            "targets: plan targets — " + RATES + ": 四/（2） 「单闸0.8万元/座•年…双泵闸1.3万元/座•年、多泵闸和水利枢纽5万元/座•年」 "
            "and 「套闸1.1万元/座•年」「单泵闸1万元/座•年」, with the 附表's 「镇管河道6.65万元/公里」「镇管河道13.3万元/公里」 (the table's own rates, round 25; 3.35万元/公里, 6.7万元/公里, 1:1 and the 系数 not checked)",
            "duties: the yearly sendings of 七/（一）, （五）, （六） (round 35: a plan unit's sending to another body of the plan); no "
            "phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x148_02_yangpu-2025-dixia-guanxian-genzong-celiang-gongzuo-shishi-yijian.txt"
PLAN02 = "关于上海市地下管线跟踪测量工作的实施意见"
NOTICE02 = "杨浦区规划和自然资源局 关于转发《关于上海市地下管线跟踪测量工作的实施意见》的通知"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 意见's own title after the cover, or the notice title (the first line, with a space after 局): either is "
                "accepted",
     doc_no="杨规划资源〔2025〕2号 (from the index; the stored text prints no number)",
     issuer="上海市杨浦区规划和自然资源局",
     date="2025-04-30",
     level="district bureau (Yangpu), to 局属各部门 (the city's 实施意见 forwarded, 「现予印发」)",
     source=shanghai_source("市政与基础设施", NOTICE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00772b9b6eb478613405727a1319f54c4087&siteId=0077", 3580),
     style="a short cover (entry into force 2025年5月1日, 有效期至2030年4月30日), then the 意见: a preamble, 一、适用范围 "
           "(definitions and cases （一）–（四）), 二、职责分工 with headed sub-points （一）管理部门 （二）实施单位 over paragraphs, "
           "三、工作要求 with headed sub-points （一）–（八） over paragraphs ( （六） with a list of materials （1）–（5） ), 四、监督执法 "
           "（一）–（五） run-on penalty items; ASCII semicolons 「;」 inside sentences; no calendar date given to any item",
     leaf_tasks=14, count_alternatives=[15, 18, 19],
     leaf_tasks_by_section={"二/（一）（二）": 2, "三/（一）, （三）–（八）": 7, "四/（一）–（五）": 5},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）"], [], ["市、区规划资源部门", "市规划资源部门", "市测绘质量检验机构"],
          note="under 二、职责分工 — " + DUTY_HEAD + ": 「市、区规划资源部门按照分工负责…」 (「市、区X部门」 one name, round 30), "
               "「市规划资源部门负责…统一监督管理工作」, 「具体的技术审查工作由市规划资源部门委托市测绘质量检验机构承担」 — RULING?: the "
               "object of 委托 given work (承担…工作) under a work heading is read as a unit, like the objects of 督促／组织／委派／派单 "
               "(round 37/38), though outside such a heading round 33/35 make the object of 委托 no unit; no lead; " + NODATE),
        S(["二", "（二）"], [], ["管线建设单位", "权属单位", "测绘单位"],
          note="under 职责分工 — " + DUTY_HEAD + ": 「管线建设单位、权属单位在组织开展…时，应当加强对管线施工单位、测绘单位…的管理」 "
               "(加强 a verb of doing under the heading; 组织 inside a 「在…时」 clause is not the item's verb, round 38; the bodies "
               "managed are objects, given no work), 「根据合同承担…工作的测绘单位应…做好…工作」 (做好, round 34's list; a 的-phrase "
               "before a name: the name after the last 的, round 34); names as printed (权属单位 not rewritten as 管线权属单位, round "
               "38); no lead; " + NODATE),
        S(["三", "（一）"], [], ["管线建设单位", "权属单位", "市规划资源部门", "各管线建设单位"],
          note="「管线建设单位、权属单位应委托具有相应资质的测绘单位开展…」 — CONVENTIONS.md round 35: a pivot without 由 「A委托B…」 "
               "reads as 「由A委托B」: A a doer, B (测绘单位) not; 「市规划资源部门负责制定…格式合同」 — " + SUBJ + "; 「测量费用…由各"
               "管线建设单位、权属单位列入管线工程总经费预算中」 — 由A＋列入预算, a verb of doing (列入预算 no cost verb, round 37), so "
               "各管线建设单位 (as printed) and 权属单位 (again); bodies in printed order, each name once; no lead; " + NODATE),
        S(["三", "（四）"], [], [], not_targets=[(2, "个工作日")],
          note="「测绘单位应按照…测量…」「管线权属单位应事先做好管道应急抢险预案，统筹考虑配备应急测绘单位」「管线建设单位应当在施工完成"
               "后2个工作日内…进行地下管线补测」「其他工程建设单位应当统筹做好…」 — 测量, 做好, 进行 outside a work heading — " + CLOSED
               + "; " + NONE + "; 2个工作日: " + WINDOW),
        S(["四", "（一）"], [], ["规划资源部门"], lead_alternatives=[["规划资源部门"]],
          note="「…管线建设单位未通知测绘单位对地下管线工程进行跟踪测量的，由规划资源部门责令限期改正;逾期未改正的，处补测费用两倍以上"
               "三倍以下的罚款」 — the response to its cases: 由A＋a verb of doing (round 30/34); 「两倍以上三倍以下」 a fine's scale "
               "(round 32: a penalty, not checked); 《上海市地下空间规划建设条例》第二十六条第二款 a rule's article; " + ONE + "; " + NODATE),
        S(["四", "（二）"], [], ["规划资源部门"], not_targets=[(3000, "元"), (1, "万元")],
          lead_alternatives=[["规划资源部门"]],
          note="「…测绘单位未事先告知进场测绘时间的，由规划资源部门予以通报批评，并处3000元以上1万元以下罚款」 — the whole item is the "
               "response to its case: 由A＋a verb of doing, A a doer (CONVENTIONS.md round 30/34: 「对…的，由A处罚」); " + PENALTY
               + "; 《上海市管线管理办法》第三十一条第二款 a rule's article; " + ONE + "; " + NODATE),
        S(["四", "（四）"], [], ["市规划资源部门"], lead_alternatives=[["市规划资源部门"]],
          note="「…成果经检验不合格的，由市规划资源部门责令测绘单位补测或者重测」 — as 四/（二）: 由A＋责令, a doer (round 30/34); the "
               "ordered 测绘单位 the object of a pivot (no unit); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、适用范围 (definitions and the cases the 意见 covers) is scope — CONVENTIONS.md round 30: no tasks; "
            "三/（二） 技术标准 (「…适用《地下管线测绘标准》…等技术标准」) a statement with no doer and no work (round 33), and "
            "三、工作要求's items that give work are tasks (round 35: a 工作要求 section holding the plan's own content); 三/（六）'s "
            "（1）–（5） list materials to hand in (round 35: a list that gives no work, text); the leaves 二/（一）（二）, 三/（一）"
            "（三）–（八）, 四/（一）–（五） → **14**; 15 (三/（二） a task), 18 (一's （一）–（四） tasks), 19 (both) accepted",
            "units: 二 by its heading 职责分工 (round 34/35); elsewhere rule 2 — 负责, 由A＋verb (列入, 责令, 予以通报批评), the 委托 "
            "pivot without 由 (round 35); 「A对…的真实性和准确性负责」 (四/（五）) not sampled; the filings of 三/（六） are a regulated "
            "party's (round 32: no duty)",
            "dates: none given to an item — 2025年4月18日 a meeting, 2025年4月30日 the signature, 2025年5月1日 / 2030年4月30日 the "
            "entry into force and validity (the cover); windows 2个工作日内, 10个工作日内 from events",
            "targets: none — fines 两倍以上三倍以下, 3000元以上1万元以下, 1万元以上3万元以下 are penalties (round 32); DG/TJ08-85 a "
            "standard number; no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x148_03_baoshan-2023-disanfang-juelu-shigong-ranqi-guandao-sheshi-anquan-baohu-zhidao-yijian.txt"
PLAN03 = "宝山区关于规范第三方掘路施工燃气管道设施安全保护的指导意见"

plan(X03,
     title=PLAN03,
     title_note="the 意见 is printed with no cover notice: its title is the first line",
     doc_no="宝建〔2023〕20号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区建设和管理委员会",
     date="2023-08-08",
     level="district commission (Baoshan), to 各相关委办局、街镇、园区，燃气企业、管线单位、建设单位、施工单位、监理单位",
     source=shanghai_source("市政与基础设施", PLAN03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5abf239c-e9f5-48e7-8ec2-17a5c8c52eda&siteId=0078", 5098),
     style="addressees and a preamble, then 一、指导思想, 二、工作目标 (childless), 三、管理范围 （一） a definition and （二） a list "
           "of prohibited acts 1.–6., 四、主要工作 （一） run-in 「日常管理。…」 and （二） a lead-in over 1., 2. (2. with a second "
           "paragraph), 五、责任落实 whose sub-points are headings naming parties 「（一）建设单位、施工单位对…分别负总体责任和直接责任」 "
           "over 1.–7. and 「（二）管道燃气经营企业对…负主体责任」 over a paragraph and 1., 2., then two childless ones (（三）（四）); "
           "六、应急处置 and 七、保障措施 with headed sub-points over paragraphs; signature and date at the end; ASCII 「;」「:」 and "
           "「(镇、园区)」; no calendar date given to any item",
     leaf_tasks=17, count_alternatives=[18, 19, 20, 21],
     leaf_tasks_by_section={"四/（一）, （二）1., 2.": 3, "五/（一）1.–7.": 7, "五/（二）1., 2.": 2, "五/（三）, （四）": 2,
                            "六/（一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["四", "（一）"], [], ["燃气企业"], lead_alternatives=[["燃气企业"]],
          note="「燃气企业应严格落实燃气巡线制度」 — " + SUBJ + "; 「街镇网格监督员…应当立即上报…」 persons (round 30), 「小区居委…应及时"
               "上报…」 上报 — " + CLOSED + "; 「应报告属地燃气主管部门和公安机关」 receivers (rule 3); " + ONE + "; " + NODATE),
        S(["四", "（二）", "2"], [], ["燃气企业"], lead_alternatives=[["燃气企业"]],
          note="「燃气企业应优化…，定期巡查…，派专人…，指导施工单位开展管道保护工作」 (优化, 巡查, 派; 指导 without 负责 makes a guide, "
               "round 30 — 施工单位 no unit) and, in the second paragraph, 「燃气企业应立即启动预案…还需落实闭环管理」 — 落实 with the "
               "subject carried over inside the paragraph (round 34: an elided subject), " + SUBJ + "; 「上报燃气主管部门」 a receiver; "
               "the lead-in of （二） 「应协调建立…机制」 names no doer (rule 4 gives nothing); " + ONE + "; " + NODATE),
        S(["五", "（一）", "1"], [], ["建设单位", "施工单位"],
          note="under 「（一）建设单位、施工单位对工程施工期间地下管线保护管理分别负总体责任和直接责任」 — " + UNIT_HEAD + ": the item "
               "「工程开工前，建设单位应查明…」 takes both bodies of its heading; no lead; " + NODATE),
        S(["五", "（一）", "5"], [], ["建设单位", "施工单位"],
          note="under the same heading — " + UNIT_HEAD + ": 「由施工单位提出申请，监理单位进行审核，建设单位进行审批」「由施工单位地下"
               "管线专管员进行现场交底」「监理单位应旁站监理」「施工、监理单位…应加强现场动态巡查」 add nothing (监理单位 is not "
               "in the label); no lead; " + NODATE),
        S(["五", "（二）", "1"], [], ["管道燃气经营企业"], not_targets=[(5, "个工作日")],
          lead_alternatives=[["管道燃气经营企业"]],
          note="under 「（二）管道燃气经营企业对燃气管线安全运行负主体责任」 — " + UNIT_HEAD + "; 「接受建设单位书面材料」 — 建设单位 "
               "an applicant's filing (no unit); 5个工作日: 「收到申请后5个工作日内出具…」 — " + WINDOW + "; " + ONE + "; " + NODATE),
        S(["五", "（二）", "2"], [], ["管道燃气经营企业"], lead_alternatives=[["管道燃气经营企业"]],
          note="under 「（二）管道燃气经营企业对燃气管线安全运行负主体责任」 — " + UNIT_HEAD + ": 「进一步完善落实交底管理…督促建设、"
               "施工单位完善管道保护方案…应落实专人…」 (the 督促 objects add nothing under a unit heading); 「施工单位要求配合…时」 a "
               "case; " + ONE + "; " + NODATE),
        S(["五", "（四）"], [], ["燃气管理部门"],
          note="aligned round 39: Headings — 「A unit heading …; the objects of 督促 under it are not units」: the point's own "
               "heading line 「燃气管理部门对燃气管线安全运行负监管责任」 is a designation naming a party (round 38: a unit heading), "
               "so 管道燃气经营企业, the object of 「指导督促」 in its paragraph, is dropped (read again from the text). Before: "
               "a childless point whose heading line 「燃气管理部门对燃气管线安全运行负监管责任」 is a designation (round 35: 「A负总责」), "
               "under 五、责任落实 — RULING?: 「责任落实」 read as a heading that gives out work (round 37: a heading whose object is a "
               "duty word 「压实…责任」「落实部门监管职责」; here 落实 follows its object), so the object of 督促 given work is a unit "
               "(round 37/38): 「燃气管理部门要指导督促管道燃气经营企业落实安全管理责任」「指导督促管道燃气经营企业制定事故应急预案」; "
               "without the heading only 燃气管理部门 (designation; 查处, 落实 — " + SUBJ + "); no lead; " + NODATE),
        S(["六", "（一）"], [], [],
          note="「施工单位应立即采取应急处置措施…并…向建设单位、公安机关、燃气企业等有关单位报告。燃气企业在接报后，应立即启动预案…并…"
               "上报燃气主管部门和有关部门」 — 采取, 报告, 启动, 上报 — " + CLOSED + " (六、应急处置 is no work heading; round 30's case "
               "rule needs a doer by rule 2's forms); " + NONE + "; 「接报后」 a time from an event — " + NODATE),
     ],
     plan_targets=[{"number": 100, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: 一、指导思想 and 二、工作目标 childless sections; 三、管理范围 （一） a definition and （二）1.–6. prohibitions "
            "for anyone (round 30: general provisions; round 36: rules for the public with no body named are text); the lead-ins "
            "of 四/（二） and 五/（二） are their headings' text; 七、保障措施 （一）–（四） name no unit by a label or by rule 2 "
            "(宣传 with no subject; 「燃气主管部门…要迅速赶赴现场进行调查处理」「…要切实加强…」 no verb of the list; 「（四）组织实施信用"
            "惩戒」 with no subject) — seeds EXPECTED.md lines 3–5: not tasks; 四/（一）, （二）1., 2., 五/（一）1.–7., （二）1., 2., "
            "（三）, （四）, 六/（一）–（三） → **17**; 18–21 (七's items one by one) accepted",
            "units: 五/（一）, （二） by unit headings (round 38: a heading naming a party), 五/（四） by its designation and the "
            "section's work heading (RULING?); elsewhere rule 2 — 落实; 四/（二）1. (「建设单位和施工单位…会同管线权属单位制定…」 "
            "and 「建设、施工、监理单位…应会同管线权属单位召开…」, two 会同 leads) and 五/（三） (its heading's bodies, and 「督促工程建设、"
            "施工、监理单位落实…」 under the work heading) not sampled",
            "dates: none — 2023年8月8日 the signature; windows 5个工作日内, 接报后; 「三年行动」 a campaign's name",
            "targets: plan target 100% — 七/（二） 「确保违法查处率100%」, a goal in an item that is no task; no phases; no duties "
            "(the reports of 燃气企业 and 施工单位 are a regulated party's, round 32)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x148_04_lingang-2023-guanxian-guanli-zhidao-yijian.txt"
PLAN04 = "中国（上海）自由贸易试验区临港新片区管线管理指导意见"
NOTICE04 = "关于印发《中国（上海）自由贸易试验区临港新片区管线管理指导意见》的通知"
LG = "临港新片区城市管理精细化工程领导小组"

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 意见's own title after the cover, or the notice title (the first line, printed twice): either is accepted",
     doc_no="沪自贸临管委〔2023〕41号 (printed under the repeated notice title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2023-03-15",
     level="the Lingang new area's administration (a city agency's area), to 管委会各部门、各直属单位，临港新片区各镇、各开发公司、"
           "各有关单位",
     source=shanghai_source("市政与基础设施", NOTICE04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=3735e2ce8f344aec9311ac1baf75a0a7&siteId=0058", 5115),
     style="the notice title twice, the document number, a cover (「特此通知」, signature, 2023年3月15日), then the 意见 in six "
           "chapters 「第一章 总则」… of 27 articles 「第N条（heading）」 each alone on a line over one to five paragraphs; bodies by "
           "short names (发改处, 规资处, 建交处, 高科处, 生态处, 建交中心, 大数据中心); no calendar date given to any item",
     leaf_tasks=23, count_alternatives=[24, 26, 27],
     leaf_tasks_by_section={"第五条–第二十七条": 23},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第五条（工作机制）"], [LG, "规资处"], [LG, "各行业主管部门", "发改处", "规资处", "大数据中心"],
          **art(X04, ["第五条（工作机制）"]),
          note="「" + LG + "牵头研究决策」 and 「规资处牵头建立管线地理信息库」 — rule 2's 「A牵头（负责）」, two bodies that 牵头 different "
               "parts of one item are both its lead (round 36); 「各行业主管部门根据各自职责分工落实…」「发改处负责…」「大数据中心负责…」 "
               "— " + SUBJ + "; RULING?: 「管委会相关处室按照职责分工协同推进相关工作」 — 协同 with no partner (round 30 reads 「A协同B＋"
               "verb」 as 会同, here no B) and 推进 not in the list: no unit; 「统筹协调相关权属单位和代建单位」 objects of 协调 (no "
               "units); the heading 工作机制 gives out no work; " + NODATE),
        S(["第六条（管线专项规划）"], ["建交处", "高科处", "生态处"], ["建交处", "高科处", "生态处", "规资处"],
          lead_alternatives=[[]], **art(X04, ["第六条（管线专项规划）"]),
          note="「建交处、高科处、生态处等部门根据职责分工会同规资处组织编制…」 — " + HUIT + "; 「A、B、C等部门」 with separate heads gives "
               "A, B, C (round 35); 「规资处牵头编制…时，应当与…相协调」 — 牵头 inside a 「…时」 clause is not the item's verb (round 38, "
               "as 组织 in 「在组织…时」), 规资处 already responsible; " + NODATE),
        S(["第七条（区域管线综合规划）"], [LG], [LG], **art(X04, ["第七条（区域管线综合规划）"]),
          note="「" + LG + "牵头研究决策，选取…开展区域管线综合规划，指导平台公司…编制区域管线综合规划」 — rule 2's 「A牵头」: lead A, "
               "responsible A; 平台公司, guided (「A指导B…」 without 负责, round 30) outside a work heading, no unit; 「经审核核定后印发」 "
               "no body; " + NODATE),
        S(["第十条（管线建设计划）"], [], [LG], lead_alternatives=[[LG]], **art(X04, ["第十条（管线建设计划）"]),
          note="「" + LG + "应组织相关部门综合平衡…，形成并发布…年度管线及附属设施建设计划」 — 组织＋work, " + SUBJ + " (相关部门, the "
               "object of 组织, no unit — round 30); 「管线权属单位应当…编制本单位年度管线建设计划，报相关行业主管部门」 a regulated "
               "party's filing (round 32: no unit, no duty); 「建交中心根据…进行掘路许可审核」 — 进行 (round 37: no doer); " + ONE
               + "; 年度, 季度 rhythms — " + NODATE),
        S(["第十四条（管线交底）"], [], ["管线建设单位"], lead_alternatives=[["管线建设单位"]],
          **art(X04, ["第十四条（管线交底）"]),
          note="「管线建设单位应通过管线管理信息平台，在施工前组织管线权属单位向施工单位进行现场及技术资料的交底」 — 组织＋work, " + SUBJ
               + " (管线权属单位, the object of 组织, no unit; round 34: a regulated party by a kind is a doer); " + ONE + "; 「施工前」 "
               "a time from an event — " + NODATE),
        S(["第十六条（管线主管部门监管）"], [], ["发改处", "规资处", "建交处", "高科处", "生态处", "建交中心"], **art(X04, ["第十六条（管线主管部门监管）"]),
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「发改处、规资处、建交处、高科处、生态处、建交中心等部门应当加强…监督管理」 — the subjects of 加强 are doers; separate heads split, the 等部门 tail dropped (round 35); lead []; formerly: " + "「发改处、规资处、建交处、高科处、生态处、建交中心等部门应当加强对管线建设单位的监督管理，督促其依法办理…」 — 加强, and "
               "督促 a pivot not in rule 2's list (round 30), outside a work heading — " + CLOSED + "; 「发现违规行为的，应当及时…处理」 a "
               "case clause with no subject (rule 3); " + NONE + "; " + NODATE),
        S(["第十八条（竣工验收及归档）"], [], ["管线建设单位"], lead_alternatives=[["管线建设单位"]],
          **art(X04, ["第十八条（竣工验收及归档）"]),
          note="「管线建设单位应当组织管线工程勘察、设计、施工、监理等相关单位进行管线工程竣工验收」 — 组织＋work, " + SUBJ + " (the "
               "objects of 组织 no units; round 34: a regulated party named by a kind is a doer by rule 2's forms); 「报管委会进行综合"
               "验收和归档」 a filing to the approver (round 37: no unit); 「管线建设单位应对…负责」 the same body; " + ONE + "; "
               + NODATE),
        S(["第二十三条（管线地理信息库）"], ["大数据中心"], ["大数据中心", "规资处", "管线管理相关处室"], lead_alternatives=[[]],
          **art(X04, ["第二十三条（管线地理信息库）"]),
          note="「大数据中心与规资处负责建设…管线地理信息库」 — " + SUBJ + ", both subjects of 负责 (round 30: 「由A与B共同＋verb」 both "
               "doers); 「…数据属性要求由大数据中心会同管线管理相关处室制定」 — " + HUIT + "; 管线管理相关处室 one name as printed (a kind, "
               "round 33); bodies in printed order; " + NODATE),
        S(["第二十五条（管线补充测绘）"], ["规资处"], ["规资处", "有关部门"], lead_alternatives=[[]],
          **art(X04, ["第二十五条（管线补充测绘）"]),
          note="「规资处应会同有关部门实际需要，定期对…开展补充调查，…进行补测补绘」 — " + HUIT + " (有关部门 a kind and a doer with "
               "会同, round 33 — not the no-kind 有关方面 of round 32); 「定期」 a rhythm — " + NODATE),
        S(["第二十六条（数据入库）"], [], ["规资处", "大数据中心"], **art(X04, ["第二十六条（数据入库）"]),
          note="「规资处负责将汇交、补充测绘数据与…存量数据进行校对、核验、清洗」 and 「大数据中心负责将清洗后的数据入库」 — two clauses "
               "of 负责, " + SUBJ + " (several clauses: all their bodies, in order); no lead; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: " + ARTS + " — 第一条 (purpose), 第二条 (definitions), 第三条 (scope); 第四条 基本原则 (principles by "
            "stage, ending in the designation 「道路或者生态空间权属单位是管理主体，管线权属单位是使用和维护的主体」) read as a principle "
            "article (round 33: no task in a plan whose tasks name units) — a count with it is accepted; 第五条–第二十七条 are "
            "articles of work (some with no doer: 第八条, 第十一条, 第十三条, 第十六条, 第十七条, 第十九条–第二十二条, 第二十七条) → "
            "**23**; 24 (第四条), 26 (第一条–第三条), 27 (all) accepted",
            "units: rule 2 only — 牵头 (第五条, 第七条), 负责, 落实, 组织＋work (第十条, 第十四条, 第十八条), 会同 (第六条, 第九条, "
            "第二十三条, 第二十五条), 由A＋verb (第十二条 「由企业统筹…」, 第十五条 「由管线权属单位…组织测绘单位…」 inside a case, not "
            "sampled); 「A对…的真实性、完整性和准确性负责」 (第九条, 第十五条, 第十七条, 第十八条, 第二十二条) is answering for data, "
            "sampled only where the body is a doer anyway (第十八条)",
            "dates: none — 2023年3月15日 the cover; windows 十个工作日内, 二十个工作日内 from events; 年度, 季度, 定期 rhythms",
            "targets: none (no figure with a comparison word; 「三统一」 a name); no phases, no duties (the sendings are regulated "
            "parties' filings, round 32)"])

# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the items
from expected_tools import align48_units  # noqa: E402

align48_units('x148_02', ['三', '（一）'], [], ['管线建设单位', '权属单位', '市规划资源部门'],
              "decided / turned (cost verbs): 「测量费用…由各管线建设单位、权属单位列入管线工程总经费预算中」 — 列入…预算 with money "
              "(测量费用) names payers, no units: 各管线建设单位 is dropped; 管线建设单位 and 权属单位 keep their doing by 「应委托…开展」 "
              "(round 35), 市规划资源部门 by 负责")

write_collected(DIR)

# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next140/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 37 (built by helper c140): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
74f07fc5 (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32 to round-36 rulings and the round-37 rulings
written early). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next140/make_expected.py tests/data/plans-next140
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
CLOSED = ("CONVENTIONS.md round 30/37: rule 2's forms are a closed list — the plain subject of another verb (开具, 审核, 确保, "
          "开展 without 组织, 设立, 制定 without 由, 编制, 修复, 进行, 履行 …) is not a unit")
SUBJ = ("CONVENTIONS.md units rule 2, the subject of 负责／落实／实施 or of 组织＋work, or the agent of 由＋a verb of doing "
        "(round 34: 「由A＋any verb of doing」), or a designation 「A是…的实施主体／责任主体」 (round 32/37)")
DUTY_HEAD = ("CONVENTIONS.md round 34/35/36/37, a heading that gives out work (职责, 管理职责 …) is a label of doers: every body "
             "the text gives work, by any verb of doing, is a unit, in printed order; under it the objects of 督促／组织 that are "
             "given work are units (round 37), a body only named as a circumstance is not (round 36)")
THRESH = ("CONVENTIONS.md thresholds (round 30/32): a quantity joined to a comparison word (不低于／不少于／至少 …) is a target "
          "of the item; a frequency with a floor is one (round 35)")
RATE = "CONVENTIONS.md round 25: a policy's own rate or sum written in the item (「每户补贴2000元」) is its target"
PAYER = ("CONVENTIONS.md round 30/35/37: a cost verb alone (承担／分担／列支／配套 with money) names a payer, not a doer")
PENALTY = "CONVENTIONS.md round 32/33: what a breach costs (a cut in funds) is not a target"
ARTS = ("CONVENTIONS.md round 30: in a document written as articles, the articles of purpose, definition, scope, "
        "interpretation and entry into force are not tasks")
WINDOW = ("CONVENTIONS.md round 33/34: a limit counted from an event with no comparison word 「3个工作日内」「48小时内」 is the "
          "item's deadline rule, not a target and no deadline")


# ---------------------------------------------------------------------------------------------------------
X01 = "x140_01_jinshan-2023-chaobiao-paifang-jiajia-wushui-chulifei-zhengshou-shishi-xize.txt"
PLAN01 = "上海市金山区超标排放加价污水处理费征收实施细则"
NOTICE01 = "关于印发《上海市金山区超标排放加价污水处理费征收实施细则》的通知"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 细则's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="金水务规范〔2023〕1号 (from the index; the stored text prints no number)",
     issuer="上海市金山区水务局, 上海市金山区发展和改革委员会, 上海市金山区财政局 (three signatures)",
     date="2023-11-22",
     level="district bureaus (Jinshan), to 各相关单位",
     source=shanghai_source("市政与基础设施", NOTICE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00814feac64449eb34ae19627e222ac5c8ef&siteId=0081", 2152),
     style="a cover (addressees 「各相关单位:」 with an ASCII colon, 「请遵照执行」, three signatures, 2023年11月22日), then the "
           "细则's title and 11 articles 「第N条（heading）」 each on a line of its own over one or two paragraphs; 第六条 a "
           "definition with conditions （一）–（三） and a paragraph of work after them; a rate 每立方米加收0.8元; no date given to "
           "any item",
     leaf_tasks=6, count_alternatives=[5, 7, 8, 9],
     leaf_tasks_by_section={"第三条–第七条": 5, "第十条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第四条（管理职责）"], [], ["上海市金山区水务局", "上海市金山区排水管理所"], **art(X01, ["第四条（管理职责）"]),
          note="the heading 管理职责 — " + DUTY_HEAD + ": 「征收工作由上海市金山区水务局负责，具体实施由上海市金山区排水管理所承担」 "
               "(由A负责; 由B承担 with work, not a cost, as object — round 30: 「由A承担…责任」 names a doer); 「应当接受本区财政、价格等"
               "部门的监督检查」 — the checking bodies sit inside a noun 「…部门的监督检查」 that the fee receives (round 30: a body inside a "
               "noun's description is no doer; round 36: a circumstance under a work heading is no unit) — no units; names as printed "
               "(上海市 kept); no lead; " + NODATE),
        S(["第五条（监测方式）"], [], ["上海市金山区水务行政执法机构"], [(1, "次")],
          lead_alternatives=[["上海市金山区水务行政执法机构"]], **art(X01, ["第五条（监测方式）"]),
          note="「上海市金山区水务行政执法机构负责本区行政区域内排水水质专项监测」 — " + SUBJ + "; 「上海市金山区排水管理所可以委托…"
               "第三方检测机构…进行水质监测」 an option 「可…」 (round 30/34: no assignment, no unit), its sending 「报送至…水行政执法机构」 "
               "inside the option no duty; 1次: 「频次不低于每年一次」 — " + THRESH + "; " + ONE + "; 「每年」 a rhythm — " + NODATE),
        S(["第六条（重点监测对象）"], [], ["上海市金山区水行政主管部门"], lead_alternatives=[["上海市金山区水行政主管部门"]],
          **art(X01, ["第六条（重点监测对象）"]),
          note="a definition 「本细则所称的重点监测对象是指…」 whose conditions （一）–（三） are a list that gives no work (round 35: "
               "text, not items), followed by work 「上海市金山区水行政主管部门负责每年…确定本区域的重点监测对象，并由…水行政主管部门于每年"
               "年初进行公示」 — so the article is a task (round 30: a general provision only when it only defines) — " + SUBJ + "; "
               "「超过100m3/d」 in condition （二） picks the objects monitored — by round 34 a class the rule covers, by round 30 a "
               "threshold: not checked either way; 「近三年」 a past window; 「每年年初」 a yearly rhythm (round 34) — " + NODATE + "; "
               + ONE),
        S(["第七条（检测指标）"], [], ["上海市金山区水行政主管部门"], not_targets=[(9, "项")],
          lead_alternatives=[["上海市金山区水行政主管部门"]], **art(X01, ["第七条（检测指标）"]),
          note="「其他特征性指标由上海市金山区水行政主管部门根据…来确定」 — " + SUBJ + "; 9项: 「常规指标为9项」 names the norm's make-up "
               "with no comparison word (round 30: a figure that only names a kind or a norm is not a target; round 37: figures that "
               "explain a make-up); pH值 and CODCr names; " + ONE + "; " + NODATE),
        S(["第十条（征收入库）"], [], ["上海市金山区排水管理所"], lead_alternatives=[["上海市金山区排水管理所"]], **art(X01, ["第十条（征收入库）"]),
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「上海市金山区排水管理所审核相关情况后…开具非税收入缴款书」 — the subject of 审核／开具 is a doer (排水户 that pays is a regulated party); lead [] (accepted as the lead); formerly: " + "「上海市金山区排水管理所审核相关情况后向超标排放的排水户开具非税收入缴款书」: 审核, 开具 — " + CLOSED + "; 「排水户收到"
               "缴款书后按要求缴入国库」 the regulated party's payment (no unit); " + NONE + "; " + NODATE),
     ],
     plan_targets=[{"number": 0.8, "unit": "元"}], phases=[], duties=[],
     notes=["counting: " + ARTS + " — 第一条 (purpose), 第二条 (征收对象, who must pay: read as the scope), 第十一条 (entry into "
            "force and validity); 第八条 (the rate) and 第九条 (the formula of the water volume) are statements with no doer and no "
            "work (round 33: not tasks in a plan whose tasks name units); 第三条 (「排水户应当…建设…预处理设施」, work of the "
            "regulated with no rule-2 doer), 第四条–第七条 and 第十条 are articles of work → **6**; 5 (第三条 read as a standard, "
            "no task), 7 (第二条 a task), 8 (第八条, 第九条 tasks), 9 (all three) accepted",
            "units: 第四条 by its heading 管理职责 (round 35); elsewhere rule 2 — 负责 ×2, 由A＋verb (确定, 进行公示); options "
            "「可以委托」 (第五条) and the plain verbs 审核／开具 (第十条) give none",
            "dates: none given to an item — 2023年11月22日 the signature; 「自2024年1月1日起施行，有效期至2028年2月29日」 the "
            "entry into force and validity (第十一条, no task); 每年, 每年年初 rhythms; 「近三个月」 the window the fee is counted on",
            "targets: 第五条 「不低于每年一次」 1次; plan target RULING? 0.8元 — 第八条 「每立方米加收0.8元」, the 细则's own rate in "
            "an article that is no task: read as a plan target (round 35: a policy's own rate in an article with no work is a plan "
            "target); DB31/199-2018 a standard number; 100m3/d not checked (see 第六条)",
            "no phases; no duties (the only sending, 第五条 「报送至…水行政执法机构」, sits in an option)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x140_02_qingpu-2021-nongcun-gonglu-guanli-yanghu-tizhi-gaige-shishi-xize.txt"
PLAN02 = "青浦区深化农村公路管理养护体制改革实施细则"
NOTICE02 = "上海市青浦区人民政府办公室关于印发《青浦区深化农村公路管理养护体制改革实施细则》的通知"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 细则's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="青府办发〔2021〕32号 (from the index; the stored text prints no number)",
     issuer="上海市青浦区人民政府办公室",
     date="2021-07-30",
     level="district government office (Qingpu), to 各镇人民政府、街道办事处，区政府各委、办、局，各有关单位",
     source=shanghai_source("市政与基础设施", NOTICE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0083885977&siteId=0083", 10568),
     style="a short cover (no blank lines), then the 细则: a preamble, 一、总体要求 (a paragraph), 二、基本原则 （一）–（三）, "
           "三、工作目标 (a paragraph with 100%, 13%, 8%, 90%), 四、主要任务 （一）–（十） — （一） definitions 1.–3., （二） "
           "管理机构与职责 1.–6. with （1）（2） under 5., （三） 1.（1）–（3）, 2., 3., （四） 1., 2., （五）–（十） unnumbered paragraphs — "
           "五、 the entry into force; then 「附件：青浦区农村公路管理养护权力和责任清单」 and the list itself printed one cell a line "
           "(24 rows: 序号, 权力责任名称, 行使主体, 权力责任类别, 设定依据, 行使层级, 权力责任事项), with numbered 「1.《…》；2.《…》」 "
           "cells",
     leaf_tasks=20, count_alternatives=[23, 26],
     leaf_tasks_by_section={"四/（二） 1.–4., 5.（1）（2）, 6.": 7, "四/（三） 1.（1）–（3）, 2., 3.": 5, "四/（四） 1., 2.": 2,
                            "四/（五）–（十）": 6},
     attachment_task_rows=24,
     childless_top_level_sections=["一、总体要求", "三、工作目标", "五、本办法自批准之日起实施…"],
     samples=[
        S(["四", "（二）", "2"], [], ["区建设管理委", "各镇（街道）"],
          note="under （二） 管理机构与职责 — " + DUTY_HEAD + ": 「区建设管理委是…行政主管部门，负责对…指导和监管」 and its list 「负责审批…；"
               "负责监督检查…；…组织、协调各镇（街道）做好农村公路及其设施的保护工作」 — 各镇（街道）, the object of 组织／协调 given work "
               "(做好), is a unit under such a heading (round 36: 「A协助／协调B做好…」 both; round 37: objects of 组织 given work); no "
               "lead; " + NODATE),
        S(["四", "（二）", "5", "（1）"], [], ["各街镇城市建设管理事务中心", "各街镇"], [(1, "名")], not_targets=[(25, "公里")],
          note="under 管理机构与职责 — " + DUTY_HEAD + ": 「各街镇城市建设管理事务中心具体承担农村公路相关事务工作」 (承担…工作, round "
               "34's verbs of doing) and 「由各街镇统筹安排人员力量」 (由A＋verb, rule 2); 「责任人员由各街镇统筹调剂安排后报区道运中心备案」 "
               "— 各街镇 again, the receiver 区道运中心 no unit (rule 3); 1名: 「配备不少于一名农村公路专管员」 — " + THRESH + "; 25公里: "
               "「每25-30公里乡道、村道」 a spacing norm with no comparison word (as plans-next132 read 「每500米左右」, round 30's "
               "「原则上按500户配1名」): not a target; no lead; " + NODATE),
        S(["四", "（二）", "5", "（2）"], [], ["区道运中心"], [(10, "万元")], lead_alternatives=[["区道运中心"]],
          note="under 管理机构与职责 — " + DUTY_HEAD + ": 「区道运中心核定每人每年10万元给予补贴」 (核定, 给予: verbs of doing under the "
               "heading); 「在农村公路养护管理经费中列支」 a cost verb (no more units); 10万元: the subsidy per person and year — " + RATE
               + "; " + ONE + "; " + NODATE),
        S(["四", "（二）", "6"], [], [], dl="于2021年全面实施", dln="2021",
          note="「根据《…》（沪道运养护〔2021〕183号），于2021年全面实施并形成长效管理。设立区、镇、村三级路长组织体系，区级路长办公室设在"
               "区建设管理委…」: no body is given work, even under the heading (the offices are set up and placed, rule 3 and round 35: "
               "设 is no verb of doing a body is given; 区建设管理委 only hosts the office) — lead = [], responsible = []; deadline "
               "「于2021年」 → 2021 (the year only; the document number's 2021 is no date)"),
        S(["四", "（三）", "2"], [], ["各镇"], lead_alternatives=[["各镇"]],
          note="「区建设管理委对年度养护经费进行初核」 — round 37: 「A对…进行审批」 without 由 names no doer (进行 is not 实施); 「经区发改委"
               "审核」「经区财政局审核」 reviewing bodies (rule 3, round 36); 「其余由各镇列入镇部门预算」 — 由A＋a verb of doing, " + SUBJ
               + " (列入预算 is no cost verb); 「街道养护经费列入区道运中心部门预算」 no doer; " + ONE + "; " + NODATE),
        S(["四", "（五）"], ["区发改委"], ["区发改委", "区财政局"], lead_alternatives=[[]], skip_deadline=True,
          note="an unnumbered run of paragraphs under （五）: 「各镇（街道）…编制…报送区道运中心」「区道运中心…进行初审…编制…报区建设管理委」"
               "「区建设管理委…进行初审…申报」 (编制, 进行, 申报 — " + CLOSED + "); 「区发改委会同区财政局…统筹安排农村公路养护资金」 — "
               "CONVENTIONS.md rule 2, 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (统筹安排 is work, round 37); "
               "「由各镇（街道）按照…规定报区相关部门审批」 a party's filing to the body that approves it (round 37: no unit); deadline not "
               "checked: 「每年5月底前」 is a rhythm (round 34) and 「于7月中旬报区建设管理委」 belongs to the same yearly cycle "
               "(「下一年度」) — read as a rhythm too, so no deadline is expected, but a reader could take 2021-07 (RULING?); the two "
               "sendings are duties (round 35)"),
        S(["四", "（六）"], [], ["区道运中心", "各街镇", "各镇（街道）"],
          note="「区管公路由区道运中心负责，乡村道路、村内道路由各街镇负责」 — round 34's scope split, both doers; 「区道运中心招标落实施工"
               "监理队伍」 (落实), 「区道运中心每季度组织对…检查指导」 (组织＋work), 「各镇（街道）…编制每月日常养护工作计划，并组织实施」 "
               "(组织实施) — " + SUBJ + "; 各街镇 and 各镇（街道） two names as printed (a bracket stays with its name, round 34); "
               "「施工监理…检查核实并报区道运中心备案」, 「…应确保…」, 「养护作业单位应…进行…维修保养」 — " + CLOSED + "; no lead; 每季度, "
               "每月 rhythms — " + NODATE + "; the quarterly 通报 is a duty"),
        S(["四", "（九）"], [], ["区建设管理委", "区道运中心"],
          note="「可按照…办理移交手续」 options (round 30); 「由所在镇（街道）向区道运中心提出申请」 an application (round 30: no unit); "
               "「再由区建设管理委统一上报市道运中心」「由区道运中心进行初审后报区建设管理委，再由区建设管理委统一报区政府」 — 由A＋a verb of "
               "doing, " + SUBJ + " (the receivers 市道运中心, 区政府 no units); 「区发改委、区财政局应在当前养护合同完结前调整养护费」 "
               "(调整 — " + CLOSED + "; 「完结前」 a time from an event, round 34: no deadline); bodies in printed order, 区建设管理委 once; "
               "no lead; " + NODATE),
     ],
     plan_targets=[{"number": 100, "unit": "%"}, {"number": 13, "unit": "%"}, {"number": 8, "unit": "%"},
                   {"number": 90, "unit": "%"}],
     phases=[],
     duties=[{"what": "各镇（街道）编制下年度养护建议计划报送区道运中心", "when": "每年5月底前", "when_norm": "yearly (by the end of May)",
              "who": ["各镇（街道）"]},
             {"what": "区道运中心汇总形成下年度农村公路初步计划报区建设管理委", "when": "于7月中旬", "when_norm": "yearly (mid-July)",
              "who": ["区道运中心"]},
             {"what": "区道运中心每季度组织检查指导并通报相关情况", "when": "每季度", "when_norm": "quarterly",
              "who": ["区道运中心"]}],
     notes=["counting: 一、总体要求 and 三、工作目标 childless sections; 二、基本原则 （一）–（三） principles naming no unit (round 27: "
            "not tasks in a plan whose tasks name units); 四/（一） 1.–3. definitions of road classes (round 30: general provisions); "
            "五、 the entry into force and the interpreting body; the leaves of 四/（二）–（十） are tasks (20) whether or not they "
            "name a body → **20**; 23 (with （一） 1.–3. or with 二、's three items), 26 (both) accepted; the attached "
            "权力和责任清单 (24 rows, each with a 行使主体 cell) is given as attachment_task_rows: 44 accepted as well",
            "units: under 四/（二） 管理机构与职责 by the heading (round 34: 职责 is in the list); elsewhere rule 2 — 由A负责, 由A＋verb "
            "(列入, 进行初审, 上报), 会同, 组织＋work, scope splits; （三）1.（1）–（3） name only payers (承担, 分担, 配套 — " + PAYER + "); "
            "（八） names no doer (开展 without 组织, 协助 with no doer — round 34: 配合 needs a doer; 移交 no rule-2 verb); （十）'s "
            "「因突发公共事件…的，各设施主体应当先行处置…组织抢修」 is a case inside an item whose work is also setting up stores and "
            "plans (rule 3; not sampled)",
            "dates: 四/（二）6 「于2021年全面实施」 → 2021; 三、工作目标 「到2022年」「2021年农村公路路长制全面落实」 (a childless section, no "
            "task); 「每年5月底前」「7月中旬」 the yearly planning cycle (see （五）); 「截至2019年底」「截止2020年5月」 past dates; 2021年7月30日 "
            "the signature",
            "targets: plan targets from 三、工作目标 — 「列养率保持100%」, 「不低于13%」「不低于8%」, 「占比不低于90%」 (13% and 8% also "
            "stand as rates in （三）1.（1）（2）); 四/（二）5（1） 1名, （2） 10万元; （三）1.（3） 「3000万元/年」 a sum of the policy (not "
            "sampled); past figures 200.7公里, 268座, 795公里, 1054座, 1012.1公里, 1093座 (not targets, round 33); standard numbers "
            "JTG 5210-2018, DG/TJ08-2067-2009, DG/TJ08-2144-2014, JTGH30-2015 not targets",
            "duties: the yearly sendings of （五） and the quarterly 通报 of （六）; no phases"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x140_03_minhang-2016-shizheng-xiaohuoshuan-weihu-baoyang-shishi-xize.txt"
PLAN03 = "闵行区市政消火栓维护保养实施细则"
NOTICE03 = "闵行区人民政府关于印发《闵行区 市政消火栓维护保养实施细则》的通知"

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 细则's own title after the cover, or the notice title (the first line, with a space inside 《闵行区 市政…》): "
                "either is accepted",
     doc_no="闵府发〔2016〕60号 (from the index; the stored text prints no number)",
     issuer="上海市闵行区人民政府 (the notice; 闵行区人民政府办公室 printed it)",
     date="2016-10-23",
     level="district government (Minhang), to 各镇人民政府、街道办事处，莘庄工业区管委会，区政府有关委、办、局，有关单位",
     source=shanghai_source("市政与基础设施", NOTICE03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=9be22b2f-9415-4551-a66a-bc3219efff8d&siteId=0079", 3292),
     style="a cover (no blank lines, dated 2016年10月23日), then the 细则 in six chapters 「第一章总则」… (no space after 章) of 27 "
           "articles 「第N条  text」 (two spaces) on one line each, some with a second paragraph; 第十七条 and 第二十四条 with items "
           "（一）–（五）; a closing block 公开属性 / 抄送 / a printing line 「…2016年10月24日印发」 with ideographic spaces; no date "
           "given to any item",
     leaf_tasks=20, count_alternatives=[16, 21, 22],
     leaf_tasks_by_section={"第二章 第六条–第十四条": 9, "第三章 第十五条, 第十六条": 2, "第十七条 （一）–（五）": 5,
                            "第十八条, 第十九条": 2, "第四章 第二十二条": 1, "第五章 第二十三条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第六条"], [], ["区水务局", "本区相关供水企业", "保养单位", "审价部门", "区水资源管理中心", "供水企业"], **art(X03, ["第六条"]),
          note="under the chapter heading 「第二章市政消火栓管理职责」 — " + DUTY_HEAD + ": 「区水务局负责督促本区相关供水企业、保养单位落实…"
               "维护保养；…督促审价部门做好审价」 (the objects of 督促 given work: 本区相关供水企业, 保养单位, 审价部门), 「区水资源管理中心具体"
               "负责…，具体落实…、派单供水企业对市政消火栓进行维护…」 — RULING? the object of 派单 (dispatching orders) given work (进行维护) "
               "read like the object of 委派 (round 37's list): 供水企业 a unit; names as printed (本区相关供水企业 and 供水企业 two "
               "names); no lead; " + NODATE),
        S(["第八条"], [], ["保养单位"], [(1, "次")], not_targets=[(3, "个工作日")], lead_alternatives=[["保养单位"]],
          **art(X03, ["第八条"]),
          note="under 管理职责 — 「保养单位是市政消火栓保养的实施主体」 (a designation, round 32/37) and 「保养单位每月应对辖区市政消火栓"
               "至少进行1次巡查」 — " + SUBJ + "; the receiver 区水资源管理中心 no unit (rule 3); 1次: 「至少进行1次」 — " + THRESH + "; "
               "3个工作日: 「应在3个工作日内以书面形式告知」 — " + WINDOW + "; " + ONE + "; 「每月」 a rhythm — " + NODATE),
        S(["第十条"], [], ["区交通委"], lead_alternatives=[["区交通委"]], **art(X03, ["第十条"]),
          note="「区交通委配合做好道路红线范围内市政消火栓维护时的掘路和修复工作」 — under the chapter heading 管理职责 every body given work "
               "is a unit, 配合 included (CONVENTIONS.md round 36: under such a heading 「B配合A开展…」 gives B; round 34's 「配合 needs a "
               "doer」 is for items without such a heading) — " + DUTY_HEAD + "; " + ONE + "; " + NODATE),
        S(["第十三条"], [], ["各镇", "莘庄工业区"], **art(X03, ["第十三条"]),
          note="「各镇、莘庄工业区按出资比例落实本辖区内所有市政消火栓的维护保养资金，做好年度资金的预算安排」 — 落实 with funds as object is "
               "no cost verb (round 37: only 承担／分担／保障／列支／提供／投保 alone make a payer), and the chapter heading 管理职责 gives "
               "every body given work — " + DUTY_HEAD + "; 「各镇、莘庄工业区」 two names (round 30: 「各镇、园区」 two); no lead; " + NODATE),
        S(["第十五条"], [], ["区水资源管理中心"], not_targets=[(48, "小时"), (72, "小时")],
          lead_alternatives=[["区水资源管理中心"]], **art(X03, ["第十五条"]),
          note="「供水企业…必须…修复故障」「供水企业应及时…反馈」「供水企业应立即整改」 (修复, 反馈, 整改) and 「公安消防部门应当每月将验收"
               "资料报送水资源管理中心」 (报送) — " + CLOSED + "; 「区水资源管理中心应在收到维护结果后组织消防部门、供水企业验收」 — 组织＋"
               "work, " + SUBJ + " (消防部门, 供水企业, the objects of 组织, no units outside a work heading — round 30; chapter 三 is "
               "「市政消火栓维护保养」); 48小时, 72小时 (and 2小时): 「在48小时内修复」「在72小时内解决问题」, counted from the list's "
               "receipt — " + WINDOW + "; " + ONE + "; the monthly sending of 公安消防部门 is a duty (round 35); " + NODATE),
        S(["第十六条"], ["区水资源管理中心"], ["区水资源管理中心", "供水企业", "公安消防部门"], lead_alternatives=[[]],
          **art(X03, ["第十六条"]),
          note="「应由区水资源管理中心牵头组织，供水企业具体组织实施」 — rule 2's 「由A牵头」 with a second doer of 组织实施: lead A, "
               "responsible A, B (lead [] accepted); 「完工后，区水资源管理中心、公安消防部门组织测试、验收」 — 组织＋work makes both "
               "doers (round 34), 公安消防部门 added in printed order; " + NODATE),
        S(["第十九条"], [], ["区财政局"], [(35, "%"), (65, "%"), (100, "%")], lead_alternatives=[["区财政局"]],
          **art(X03, ["第十九条"]),
          note="「由权属单位全额承担」「由区、镇…两级按35%、65%比例分担」「由镇…级全额承担」「由区财政100%承担」 — " + PAYER + "; "
               "「各镇、莘庄工业区承担的资金由区财政局在…财力中归集」 — 由A＋a verb of doing (归集), " + SUBJ + "; 35%, 65%, 100%: the "
               "shares the 细则 sets — " + RATE + "; " + ONE + "; " + NODATE),
        S(["第二十二条"], [], ["公安消防部门"], lead_alternatives=[["公安消防部门"]], **art(X03, ["第二十二条"]),
          note="「对埋压、圈占…的，或者…的，由公安消防部门按照…有关规定处理」 — every clause is 「对…的，由A处理」, the response to its "
               "cases: A is a doer (CONVENTIONS.md round 34: an item whose every clause is 「对…的，由A处罚」); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "公安消防部门每月将验收资料报送水资源管理中心", "when": "每月", "when_norm": "monthly",
              "who": ["公安消防部门"]}],
     notes=["counting: " + ARTS + " — 第一条–第五条 (purpose, definitions, scope), 第二十五条–第二十七条; 第二十条 (duties of 公民、"
            "法人和其他组织 — round 36: rules for the public with no body named are text) and 第二十一条 (「监督管理人员有权制止…」, "
            "persons' powers, no work of a body) no tasks; 第二十四条 考核标准 （一）–（五） a list of criteria that gives no work "
            "(round 35), no task; 第十七条's （一）–（五） give work (加注, 油漆, 试水, 检查) and are its items (round 37: items numbered "
            "inside an article are its items) → 9 + 2 + 5 + 2 + 1 + 1 = **20**; 16 (第十七条 one task), 21, 22 (第二十一条 and / or "
            "第二十四条 tasks) accepted",
            "units: 第六条–第十四条 by their chapter heading 管理职责 (round 34/35); elsewhere rule 2 — 组织＋work, 由A牵头, 由A＋verb "
            "(归集, 处理); 第十七条's items take 保养单位 from its lead-in (rule 4); 第十八条 (an application for funds, 「经区水资源中心"
            "核准…后报区水务局审核」 reviewing bodies) and 第二十三条 (「区水务局履行…考核工作」 — 履行 no rule-2 verb, RULING? not "
            "sampled) name no doer",
            "dates: none — 2016年10月23日 the cover's date, 2016年10月24日 the printing; 「自发布之日起30日以后施行」 and 「有效期为三年」 "
            "(general provisions); windows 1个工作日内, 3个工作日内, 2/48/72小时内 from events; 每月, 每年 rhythms",
            "targets: 第八条 至少1次; 第十九条 35%, 65%, 100%; 第十七条 「每年定期油漆消火栓2次」「每月试水1次」 norms with no comparison "
            "word (round 36: 「按10%抽查」 a norm; not sampled); document numbers 沪府令第21号, 沪府[2010]76号, 沪建交联[2010]1097号; "
            "「第110次常务会议」 a name",
            "duties: 第十五条 the monthly sending of 验收资料 by 公安消防部门; no phases"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x140_04_jinshan-2013-gonggong-jiaotong-changzhan-guanli-banfa.txt"
PLAN04 = "金山区公共交通场站管理办法"
NOTICE04 = "金山区人民政府办公室转发区建设交通委《金山区公共交通场站管理办法》的通知"

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="金府办发〔2013〕16号 (from the index; the stored text prints no number)",
     issuer="上海市金山区人民政府办公室 (forwarding the 办法 of 区建设交通委)",
     date="2013-04-16",
     level="district government office (Jinshan), to 各镇人民政府、街道办事处、金山工业区管委会，区政府有关委、办、局",
     source=shanghai_source("市政与基础设施", NOTICE04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0081901c45c081e6256528ff8ba3f4d4a909&siteId=0081", 2104),
     style="a forwarding cover (「现转发给你们，请认真按照执行」, 2013年4月16日, no signature), then the 办法 in six chapters 「第一章 总则」… "
           "of 17 articles 「第N条 text」 (one space) on one line each; 第八条 a list of definitions （一）–（五） (（五） with no final "
           "punctuation); 第十二条 cases 1.–4.; scores and weights (100分, 90分（含）以上, 1%, 40%, 60%); no date given to any item",
     leaf_tasks=10, count_alternatives=[8, 9, 11, 12, 13],
     leaf_tasks_by_section={"第三条": 1, "第五条–第七条": 3, "第九条–第十一条": 3, "第十三条–第十五条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], ["金山区公交场站管理工作联席会议", "区建设交通委"], **art(X04, ["第三条"]),
          note="「金山区公交场站管理工作联席会议负责综合协调有关场站管理方面的重大事项，区建设交通委负责场站管理的各项具体工作」 — two "
               "clauses of 负责, " + SUBJ + " (rule 2: several clauses, all their bodies in order); an article in 总则 that gives work is "
               "a task (round 30); no lead; " + NODATE),
        S(["第五条"], [], ["区建设交通委", "区运输管理署"], **art(X04, ["第五条"]),
          note="「区建设交通委委托金山区城市交通运输管理署（以下简称区运输管理署）对场站进行日常管理…」 and 「区运输管理署根据需要，委托区"
               "公共交通场站管理公司负责…」 — CONVENTIONS.md round 35: a pivot without 由 「A委托B…」 reads as 「由A委托B」: A a doer, B "
               "not (round 33); so 区建设交通委 and 区运输管理署 (the subject of the second 委托; 「以下简称」 dropped, round 35), not "
               "区公共交通场站管理公司; the heading 「管理主体确定」 is not one of the headings that give out work; no lead; " + NODATE),
        S(["第六条"], [], ["专业单位"], lead_alternatives=[["专业单位"]], **art(X04, ["第六条"]),
          note="「场站保安、保洁工作应由具备资质的专业单位负责」 — 由A负责, " + SUBJ + "; a 的-phrase before a name describes it: the unit "
               "is the name after the last 的 (round 34) → 专业单位; 「区公共交通场站管理公司…应通过招投标的形式确定中标企业」 (确定) — "
               + CLOSED + "; " + ONE + "; " + NODATE),
        S(["第九条"], [], ["区建设交通委"], not_targets=[(90, "分"), (1, "%")], lead_alternatives=[["区建设交通委"]],
          **art(X04, ["第九条"]),
          note="「具体考核细则由区建设交通委另行制定」 — 由A＋a verb of doing, " + SUBJ + "; 90分: 「90分（含）以上为合格」 a grade band "
               "(CONVENTIONS.md round 32: not a target); 1%: 「低于合格分的，每分扣减1%的经费」 — " + PENALTY + "; 100分 the total "
               "(not checked); " + ONE + "; " + NODATE),
        S(["第十条"], [], ["区公交场站管理工作联席会议办公室"], lead_alternatives=[["区公交场站管理工作联席会议办公室"]],
          **art(X04, ["第十条"]),
          note="「场站管理考核在区公交场站管理工作联席会议办公室（金府办〔2012〕74号）组织下实施」 — a circumstance like 「在A指导下」 "
               "(rule 3); 「区运输管理署每季度对场站管理工作进行日常考核」 — 进行 (round 37: names no doer); 「区公交场站管理工作联席会议"
               "办公室组织各成员单位对场站管理工作进行年度考核」 — 组织＋work, " + SUBJ + " (各成员单位, the object of 组织, no unit); "
               "40%, 60% the weights of two scores (no comparison word, not checked); " + ONE + "; 每季度 a rhythm — " + NODATE),
        S(["第十三条"], [], ["区建设交通委", "区财政局"], **art(X04, ["第十三条"]),
          note="「区建设交通委负责组织相关单位编制年度场站管理经费预算」 and 「区财政局负责预算管理、资金监管和项目绩效评价」 — two clauses "
               "of 负责, " + SUBJ + " (相关单位, the object of 组织, no unit); no lead; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: " + ARTS + " — 第一条, 第二条, 第十六条, 第十七条; 第四条 (a principle 「应实行定期考核制度，遵循…原则」), 第八条 "
            "(「场站的日常管理工作具体包括以下部分：（一）…是指…」, definitions of the work's parts) and 第十二条 (cases in which the "
            "grade is 不合格, a rule with no doer and no work) — CONVENTIONS.md round 33: no tasks in a plan whose tasks name units; "
            "第七条 (「到期应重新进行招投标」), 第十一条 (「由所有成员签字确认」 — persons, no unit), 第十四条 (settlement and "
            "pre-payment) and 第十五条 (「委托专业机构…进行专项绩效审计」 with no subject) give work with no doer: tasks → **10**; 8, 9 "
            "(第七条 / 第十四条 read as statements), 11, 12, 13 (第四条, 第八条 as one task, 第十二条) accepted",
            "units: rule 2 only — 负责 (第三条, 第十三条 two clauses each), 由A负责 (第六条), 由A＋verb (第九条), 组织＋work (第十条), "
            "「A委托B」 pivots (第五条, round 35)",
            "dates: none — 2013年4月16日 the cover; 金府办〔2012〕74号 a document number; 每季度, 年终, 每年度 rhythms; 「服务年限为1年」 "
            "a term (no comparison word, not checked)",
            "targets: none in the sampled items — 90分（含）以上 a grade band, 1% a penalty, 40% / 60% weights, 「2次（含）以上」 in "
            "第十二条 a case of the grade (no task); no phases, no duties"])

# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the items
from expected_tools import align48_units  # noqa: E402

align48_units('x140_02', ['四', '（三）', '2'], [], [],
              "decided / turned (cost verbs): 「其余由各镇列入镇部门预算」 — 列入…预算 with money (养护经费) as object names a payer, "
              "no unit; no other clause gives 各镇 work (「区建设管理委对…进行初核」 names no doer, round 37; the reviewing bodies "
              "rule 3)", alt=[])


# aligned round 52 (al53) to CONVENTIONS.md "Round 62 rulings" (Tasks, turned; w52b): a split of costs 「…由区、镇两级按35%、
# 65%比例分担…由区财政100%承担…归集的资金拨付至…」 (x140_03 第十九条) says who pays and how much (分担／承担／拨付 with money,
# 归集 moves money), with no doer and no 要／应: the scheme's terms, no task; its figures are plan targets (round 38). Its
# sample, with [区财政局], is dropped: 20 → 19, 20 stays accepted (README, "Round 52").
from expected_tools import PLANS  # noqa: E402

for _p in PLANS:
    if _p["file"] == X03:
        _p["samples"] = [_s for _s in _p["samples"] if _s["path"] != ["第十九条"]]
        _p["leaf_tasks"], _p["count_alternatives"] = 19, [20, 16, 21, 22]
        _p["leaf_tasks_by_section"] = {("第十八条" if _k == "第十八条, 第十九条" else _k): (1 if _k == "第十八条, 第十九条" else _v)
                                       for _k, _v in _p["leaf_tasks_by_section"].items()}
        _p["plan_targets"] = _p["plan_targets"] + [{"number": 35, "unit": "%"}, {"number": 65, "unit": "%"},
                                                   {"number": 100, "unit": "%"}]
        _p["notes"][0] = ('aligned round 52 to CONVENTIONS.md "Round 62 rulings" (turned): 第十九条 (a split of costs 「…由区、镇'
                          '两级按35%、65%比例分担…由区财政100%承担…」, 分担／承担／拨付 with money and 归集 moving it) states the '
                          'scheme\'s terms with no doer and no 要／应: no task, its sample (responsible [区财政局]) dropped, its '
                          'figures (35%, 65%, 100%) plan targets: leaf_tasks 20 → 19, count_alternatives [16, 21, 22] → '
                          '[20, 16, 21, 22]; 20 stays accepted; the earlier reading: ' + _p["notes"][0])

# Round 60 (align81): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (the ban to everyone, p59a-1; README, round 60)
from aligned_rulings import align81  # noqa: E402

align81("x140_02", None, "附件's 权力和责任清单 row 19 (非公路标志设置): 「任何单位和个人不得擅自在公路及公路用地范围内设置标牌、广告牌等非公路标志。需要设置的，应当符合相关设置规划、技术规范的要求，经区交通行政管理部门同意，并按照…有关规定办理手续。」: a row whose only words are a ban to 「任何单位和个人」 and the case it allows 「需要设置的，应当…，经A同意，并按照…办理」 (a rule for whoever acts, as x299_02 第九条's 「确因…需要…的」; the consent a review of the applicant's step) is text, no task row; row 12's 「任何单位和个人都有权…反映」 stands beside the bureau's work (及时处理) and stays",
        "Tasks and counts, decided (p59a-1): round 36's prohibitions to the public and round 60's x53_01 第十三条; the table's task rows 24 → 23 (20 + 23 = 43 accepted), 44 stays accepted",
        ruling="Round 80 rulings", counts={"attachment_task_rows": 23, "count_alternatives": [23, 26, 44]})

write_collected(DIR)
# Round 67 (rul96): units printed with 本市／本区 before the name aligned to tests/data/CONVENTIONS.md "Round 96
# rulings" (governs: round 41's Names over the older answers that kept it; p67h) (README, round 67); the
# helper maps names generically (printed name → the name without 本市／本区), the printed lists stay accepted
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'本区相关供水企业': '相关供水企业'},
                      why="Round 96 (governs, aligned round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67h): 本市／本区 before a name is no part of it (round 41 Names; the 本区 form of x232_04 第八条)")

write_collected(DIR)

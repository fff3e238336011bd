# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next144/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 37 (built by helper c144): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main
at 74f07fc5 (rounds 25–36 and the round-37 rulings written early). Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next144/make_expected.py tests/data/plans-next144
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations, pivots 委托): lead = [], "
        "responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (编制, 加强, 开展 "
          "without 组织, 下达, 拨付, 核定, 进行监督, 做好, 实行 …) is not a unit; round 37: 「A对…进行审批／监督抽查」 without 由 "
          "names no doer")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
HUI = "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (CONVENTIONS.md units rule 2)"
YOU = ("CONVENTIONS.md round 34: 「由A＋any verb of doing」 is rule 2 whatever the verb (确定, 执行, 办理, 审批, 承诺, 汇总): A "
       "is a doer; a regulated party or a kind of body is a doer like any other (round 34)")
CASE = ("CONVENTIONS.md round 30/34: an item whose every clause is the response to its cases 「…的，由A责令…」 takes A as "
        "its doer; penalties (fines, multiples of a compensation) are not targets (round 32/33)")
ARTICLE = ("CONVENTIONS.md round 30: in a document written as articles, an article that gives work (a doer or an "
           "instruction 「应当…」) is a task; general provisions are not")


def one(path, unit, note, **kw):
    """A sample whose only unit is ``unit``: lead [], the unit accepted as lead."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note, **kw)


def A(file, path, lead, resp, **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, **kw, **art(file, path))


def A1(file, path, unit, note, **kw):
    """``one`` located by its article label."""
    return one(path, unit, note, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x144_01_shanghai-2018-lvhua-tiaoli.txt"
CITY = "市或者区绿化管理部门"

plan(X01,
     title="上海市绿化条例",
     doc_no="none printed (a local regulation: 2007-01-17 adopted, third amendment 2018-12-20)",
     issuer="上海市人民代表大会常务委员会",
     date="2018-12-20",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee, as amended",
     source=shanghai_source("市容绿化与景观", "上海市绿化条例.md", "https://flk.npc.gov.cn/detail?id=ff8080816eb1afb8016ebaff568f7381", 8872)
     + "; this stored file's wrapper is not YAML: a 「# 上海市绿化条例」 heading, a six-line metadata list (公布日期 … 来源) and a "
       "「---」 rule, all removed; the text starts at the regulation's own title line",
     style="a regulation in five chapters 「第一章  总则」… and 50 articles 「第一条  …」 (label, two spaces, text on the same "
           "line; paragraphs of an article on the following lines without blank lines); 第十四、十五、二十三、二十六条 hold "
           "numbered items （一）… that give work or standards, other （一）… runs are cases, materials or prohibitions; work "
           "given as 「由A负责建设／养护」, 「A应当会同B…」, 「A应当组织…」, penalties 「由A责令…」; Chinese numerals "
           "(百分之三十五, 五十米); no dates (time limits from events only)",
     leaf_tasks=61, count_alternatives=[44, 45, 60, 63, 64],
     leaf_tasks_by_section={"第一章 第三–七条": 5, "第二章 第八–二十二条": 25, "第三章 第二十三–三十九条": 22,
                            "第四章 第四十–四十八条": 9},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X01, ["第十条"], ["规划管理部门"], ["规划管理部门", "同级绿化管理部门"], lead_alternatives=[[]],
          note=HUI + ": 「规划管理部门应当会同同级绿化管理部门根据…确定各类绿地的控制线…，并向社会公布」; 「因城市建设确需调整的，"
               "规划管理部门应当征求市绿化管理部门的意见，并…报原审批机关批准」 is a case (rule 3) and 征求 names a body consulted; "
               + NODATE),
        S(["第十四条", "（一）"], [], [CITY, "市政管理部门"],
          note="CONVENTIONS.md round 37: items numbered inside an article are its items (第十四条 「本市绿地建设按照下列规定分工负责」, "
               "a heading of 分工 that gives out work, round 35/37); " + YOU + ": 「公共绿地，由市或者区绿化管理部门负责建设或者组织"
               "建设，其中，道路绿地由市政管理部门负责建设」 — two 由A负责 clauses dividing the item's work (round 34's scope split): "
               "both doers; 「市或者区绿化管理部门」 one name as printed (like 「市、区X部门」, round 30); no 牵头: lead []; " + NODATE,
          **art(X01, ["第十四条", "（一）"])),
        A1(X01, ["第十五条", "（三）"], "工业园区管理机构",
           "an item of 第十五条's standards (items numbered inside an article are its items, round 37); 「工业园区内各项目的具体"
           "绿地比例，由工业园区管理机构确定」 — " + YOU + " (" + SUBJ + "); targets by the threshold line (round 30): 「不得低于"
           "工业园区用地总面积的百分之二十」 20%, 「不得低于工业项目用地总面积的百分之三十」 30%, 「宽度不少于五十米的防护绿地」 50 米 "
           "(不低于／不少于 with 得 between), written in Chinese numerals; the second 「不得低于…百分之二十」 (projects outside the "
           "parks) repeats 20%; " + NODATE,
           targets=[(20, "%"), (30, "%"), (50, "米")]),
        A1(X01, ["第二十条"], CITY,
           ARTICLE + "; CONVENTIONS.md round 34, 组织＋work: 「市或者区绿化管理部门在组织建设公共绿地时，应当组织专家对其设计方案进行"
           "论证，并征求社会公众意见」 — the subject of 组织＋论证 is a doer (" + SUBJ + "); 「建设单位应当向建设工程管理机构申请领取…"
           "施工许可证」 is an applicant's step (round 30), the receiving body no unit; 「建设四万平方米以上的公共绿地，应当配备…」 names "
           "a class of green space the rule covers (round 34, like 「10万平方米以上的项目」) — left unchecked; 「不得迟于主体工程交付"
           "使用后的六个月」 a limit from an event: no deadline (round 33); " + NODATE),
        A(X01, ["第三十六条"], [], ["市或者区绿化管理部门", "林业植物检疫机构"],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市或者区绿化管理部门应当建立…监测预报网络，编制…应急预案」 — the subject of 建立／编制 is a doer, beside 林业植物检疫机构 (由A执行), in printed order; lead []; formerly: " + ARTICLE + "; " + YOU + ": 「绿化植物的检疫及其管理，由林业植物检疫机构按照林业植物检疫有关法律、法规执行」 (" + SUBJ
           + "); 「市或者区绿化管理部门应当建立…监测预报网络，编制…应急预案，健全…体系」 — the plain subject of 建立／编制／健全 ("
           + CLOSED + "); " + NODATE),
        A1(X01, ["第四十一条"], CITY,
           CASE + ": 「建设单位未在规定时间内完成配套绿化建设的，由市或者区绿化管理部门责令限期改正；…」 and 「…未拆除临时设施的，由市或者"
           "区绿化管理部门责令限期改正；逾期不改正的，由市或者区绿化管理部门组织拆除，所需费用由建设单位承担」 (the last a payer, round "
           "30) — " + SUBJ + "; 「一至三倍」 a penalty's scale, no target; " + NODATE),
        A(X01, ["第四十七条"], [], ["市人民政府", "市绿化管理部门", "区人民政府"],
          note=CASE + ": 「市绿化管理部门违反本条例规定作出的决定，由市人民政府责令其纠正或者予以撤销；区绿化管理部门违反…的决定，由市"
               "绿化管理部门责令其纠正，或者由区人民政府责令其纠正或者予以撤销」 — every clause 由A责令, the bodies in printed order "
               "(市绿化管理部门 given as an actor in the second clause; as the wrongdoer in the first it adds nothing); no 牵头: lead []; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "铁路、水务管理部门应当将准予树木迁移的情况告知市绿化管理部门", "when": None, "when_norm": None,
              "note": "第二十八条: a plan body's sending to another body (CONVENTIONS.md round 32, round 35), undated (round 36); "
                      "the builders' and keepers' filings to 市绿化管理部门 (第二十一、二十二条) are regulated parties' filings — no "
                      "duty (round 32)"}],
     notes=["counting (CONVENTIONS.md round 30 articles; round 37: items numbered inside an article are its items): general "
            "provisions 第一条 (purpose), 第二条 (scope and a 参照 paragraph), 第四十九条 (definitions), 第五十条 (entry into force) "
            "are no tasks; 第三十七条 (prohibitions to the public "
            "with no body named, round 36) are no tasks; every other article is one task, except: 第十四条 （一）–（四） 4 + its "
            "closing paragraph 「前款规定以外的绿地，由所在地区人民政府确定建设单位」 1 (round 36) = 5; 第十五条 （一）–（六） 6 + the "
            "closing paragraph of work (审批, 补建费, 「由绿化管理部门…安排绿化建设」) 1 = 7 (the 风貌区 paragraph is a prohibition); "
            "第二十三条 （一）–（四） 4 + its closing paragraphs read as one more task = 5; 第二十六条 （一）（二） 2 + the 覆土层 paragraph "
            "1 = 3 (第三章); the （一）… of 第十九、二十七、二十八、二十九、三十、三十五、四十八条 are cases, reasons, materials or kinds of tree "
            "(lists that give no work, round 35): one task each → 第一章 5 (第三–七条; 第六条 Round 103) + 第二章 25 + 第三章 22 + "
            "第四章 9 = 61",
            "accepted: 60 (第六条 text, the reading before Round 103), 44 (every article one task, its items text), 45 (with "
            "第六条), 63 and 64 (第二十三条's four closing paragraphs counted one by one, without or with 第六条)",
            "aligned round 70 to CONVENTIONS.md \"Round 103 rulings\" (turned; 60 → 61): 第六条 "
            "「本市加强绿化科学研究，保护植物多样性，鼓励…，优化植物配置，推广生物防治病虫害技术，促进…」 — 本市 "
            "with acts the rules' own bodies carry out (加强 research, 推广 a named technique) is a task naming "
            "none (Round 55's x248_02 第六条 「本市加强…」; round 65's x274_01; Round 95's x352_01 第十九条), 鼓励 "
            "beside them changing nothing; no sample moves (units none)",
            "units: 第四条 (「市人民政府绿化行政管理部门（以下简称市绿化管理部门），负责…」, 「区管理绿化的部门（以下称区绿化管理部门）"
            "负责…」, 「本市其他有关部门…协同实施本条例」) and 第五条 (「市和区、街道、乡镇的绿化委员会应当组织、推动…」) were left "
            "unsampled: their names are written through 以下简称 and 的-phrases whose printed form a scorer might read either way; "
            "第二十五条's 「…组织修剪」 stand in case clauses (rule 3); many articles give work to regulated parties as plain "
            "subjects of 应当 (no unit, round 30)",
            "targets: thresholds in Chinese numerals (第十五、十六、十七、二十六条); the tree-size and tree-count classes of 第二十八、"
            "三十条 (「胸径在二十五厘米以上的树木」「十株以上的行道树」) and 第二十条's 四万平方米 were left unsampled (a class the rule "
            "covers, round 34/37, or a trigger, round 30 — unsettled); penalties of 第四十一–四十五条 are no targets",
            "dates: none (the regulation's own dates are adoption and amendments; time limits run from events)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x144_02_pudong-2025-jieneng-ditan-zhuanxiang-zijin-guanli-banfa.txt"
T02 = "关于印发《浦东新区节能低碳专项资金管理办法》的通知"

plan(X02,
     title="浦东新区节能低碳专项资金管理办法（" + T02 + "）",
     title_note="the rule's own title (a line of its own after the cover) or the notice title (the first line): either "
                "is accepted",
     doc_no="沪浦发改规〔2025〕1号 (from the index; the stored text prints no number)",
     issuer="浦东新区发展和改革委员会 with 区财政局, 科技和经济委员会, 建设和交通委员会, 生态环境局, 商务委员会, 文体旅游局, "
            "市场监管局, 机关事务管理局",
     date="2025-01-23",
     level="district commission and bureaus (Shanghai Pudong), to 区政府各委、办、局，各管理局(管委会)，各街道办事处、镇政府",
     source=shanghai_source("工程建设管理", T02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070336647&siteId=0070", 7442),
     style="a cover (one sentence, nine signatories, date) then the rule: 14 articles 「第七条(部门职责)」 with ASCII brackets, "
           "each label on a line of its own over paragraphs; 第三、四条 over (一)… lists; 第八条(支持标准) over (一)–(七) with "
           "1.–7. and (1)–(4) — subsidy rates and ceilings; work given by 会同, 负责, 组织＋work; ASCII 「;」 and 「(」 as stored",
     leaf_tasks=7, count_alternatives=[6, 11, 35],
     leaf_tasks_by_section={"第七条": 1, "第八条": 1, "第九–十三条": 5},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第七条(部门职责)"], ["区发改委"],
          ["区发改委", "区财政局", "科经委", "商务委", "文体旅游局", "建交委", "生态环境局", "市场监管局", "区机管局"],
          lead_alternatives=[[]],
          note="CONVENTIONS.md round 35/37, a heading that gives out work (部门职责): every body the text gives work is a unit; "
               + HUI + " 「区发改委会同区财政局负责…总体安排、统筹协调和监督管理」; 「区发改委、科经委、商务委、文体旅游局、建交委、"
               "生态环境局、市场监管局等行业主管部门负责…」 — 「A、B、C等部门」 with separate heads gives A, B, C (the 等… tail "
               "dropped, round 35), names as printed (科经委 without 区); 「前款所述行业主管部门和区机管局负责组织开展…」 — the "
               "back-reference adds no unit (round 34), 区机管局 is added; names given twice kept once; " + NODATE),
        A(X02, ["第八条(支持标准)"], [], [],
          targets=[(500, "千瓦"), (30, "%"), (500, "万元")],
          note="CONVENTIONS.md round 36: a list of rates or prices under an article is text — 第八条's (一)–(七) subsidy "
               "standards make one task (the policy's own content, round 35); targets are the policy's rates and ceilings "
               "(round 25) and thresholds by the line (round 30): in (一)1. 「装机规模不低于500千瓦」 500 千瓦, 「给予不超过30%的"
               "一次性补贴」 30%, 「单个项目补贴金额最高不超过500万元」 500 万元 (a must-find subset; the article holds many more); "
               "RULING? (五)2. 「区相关行业主管部门组织开展节能低碳宣传培训…等…相关的工作，给予一定支持」 is read as the kind of work "
               "the fund supports (a body inside the description of what is funded, round 30), not as an assignment: lead [], "
               "responsible []; dates inside (一)2. 「2025年10月31日前并网的项目」 select projects by their grid date (no deadline "
               "of the item); " + NODATE),
        A1(X02, ["第十条(资金申报)"], "相关行业主管部门",
           "CONVENTIONS.md units rule 2: 「相关行业主管部门根据区年度节能低碳重点工作，负责各自领域的申报工作，并发布年度专项资金申报"
           "指南」 (A负责; a kind of body, round 33) — " + SUBJ + "; 「申请专项资金支持的单位，应…向相关行业主管部门进行资金申报」 "
           "is the applicant's step (round 30); 「在规定时间内」 names no date; " + NODATE),
        A(X02, ["第十一条(资金审核)"], [], ["各行业主管部门", "区发改委", "区财政局"],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区财政局根据…，将支持资金直接拨付到项目单位或行业主管部门」 — the subject of 拨付 is a doer beside the two 组织 doers, in printed order; lead []; formerly: " + "CONVENTIONS.md units rule 2, several clauses (round 34: 组织＋work): 「各行业主管部门在受理…后，组织开展项目评审…」 "
               "and 「区发改委…组织批次审核，于收到资金计划使用申请之日起15个工作日内…下达资金使用计划」; 「区财政局…将支持资金直接"
               "拨付到项目单位」 — the plain subject of 拨付 (" + CLOSED + "); 「15个工作日内」 a limit from an event: no deadline and no "
               "target (round 33); no 牵头: lead []; " + NODATE),
        A(X02, ["第十二条(管理监督)"], [], ["相关行业主管部门", "区发改委", "区财政局", "区审计局"],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「相关行业主管部门应对…实行监督管理」「区财政局和区审计局对…进行监督、稽查和审计」 — the subjects of 实行／进行 are doers beside 区发改委 (负责), in printed order, 区财政局和区审计局 two bodies; lead []; formerly: " + "CONVENTIONS.md units rule 2: 「区发改委负责对专项资金支持项目的节能低碳情况进行抽查和评估」 (A负责) — " + SUBJ
           + "; 「相关行业主管部门应对…实行监督管理和追踪问效」 and 「区财政局和区审计局对…进行监督、稽查和审计」 — the plain subjects of "
           "实行／进行 (" + CLOSED + "); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "相关行业主管部门编制相关领域年度专项资金预算需求计划，报区发改委、区财政局", "when": "按照区级部门预算编制的时间要求",
              "when_norm": None,
              "note": "第九条: a plan body's sending to other bodies of the plan (CONVENTIONS.md round 32, round 35), its time "
                      "the budget calendar's (no date written, round 36)"},
             {"what": "区发改委将下一年度区专项资金编制计划报区财政局", "when": None, "when_norm": None,
              "note": "第九条: the same kind of sending (round 32/35), undated"}],
     notes=["counting: 第七条 (部门职责), 第八条 (支持标准, one task: its lists of rates are text, round 36), 第九–十三条 (预算安排, "
            "资金申报, 资金审核, 管理监督, 资金使用要求 — articles of work) → 7; 第一条 (目的和依据), 第十四条 (实施日期) are general "
            "provisions; 第二条 (总体要求), 第三条 (资金来源), 第四条 (支持范围, a scope), 第五条 (支持对象), 第六条 (支持方式) state the "
            "fund's aim, sources, scope and form with no doer and no work (round 30 scope; round 33: no task in a plan with "
            "units); accepted: 6 (第八条 read as no task), 11 (第二、三、五、六条 counted), 35 (第八条's 29 numbered leaves counted: "
            "(一) 5, (二) 1, (三) 1.(1)–(4) 4 + 2. + 3., (四) 7, (五) 1.(1)–(4) 4 + 2., (六) 4, (七) 1)",
            "not sampled: 第九条 (预算安排: 编制／报／核定／纳入 — plain subjects; RULING? not asked: 「区财政局…并按法定程序报区人大批准后"
            "实施」 could make 区财政局 the subject of 实施) and 第十三条 (资金使用要求: rules with no doer; 「三年内不得再次申报」 a "
            "penalty)",
            "dates: none for tasks (2025-03-01 entry into force, 2027-12-31 validity; grid dates in 第八条 select projects)",
            "duties: two undated sendings of 第九条 (plan bodies to plan bodies)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x144_03_huangpu-2024-zhongdian-yongneng-paifang-danwei-jieneng-jiangtan-guanli-banfa.txt"
T03 = "关于印发《黄浦区重点用能和排放单位节能降碳管理办法》的通知"
FGW = "区发展改革委"

plan(X03,
     title="黄浦区重点用能和排放单位节能降碳管理办法（" + T03 + "）",
     title_note="the rule's own title (a line of its own after 「附件1」) or the notice title (the first line): either is "
                "accepted",
     doc_no="黄发改规〔2024〕3号 (from the index; the stored text prints no number)",
     issuer="黄浦区发展和改革委员会 with ten district bodies (商务委, 建管委, 生态环境局, 文化和旅游局, 卫生健康委, 机关事务管理局, "
            "市场监管局, 投资促进办, 国资委, 统计局)",
     date="2024-09-30",
     level="district commission and bureaus (Shanghai Huangpu), to 各重点用能和排放单位，各有关单位",
     source=shanghai_source("工程建设管理", T03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=34275aa7-3af8-4c2a-891c-ae61022f89ff&siteId=0071",
                            7877),
     style="a cover (two sentences, 特此通知, a 「附件：《…》」 line, eleven signatories in two columns padded with spaces, "
           "date) then 「附件1」 and the rule: six chapters 「第一章  总  则」 and 43 articles 「第一条  …」 (label, two spaces, "
           "text); most articles are duties of the regulated 重点用能和排放单位 (应当…) or encouragements (鼓励…); the district "
           "offices act by 牵头／联合／会同; penalty articles with and without a named body; grade bands in 第十条",
     leaf_tasks=21, count_alternatives=[22, 24, 28, 31, 38, 39, 42],
     leaf_tasks_by_section={"第一章 第三、四条": 2, "第二章 第六–九条": 4, "第三章 第十二–二十一条": 10, "第四章 第二十四条": 1,
                            "第五章 第二十八–三十条, 第三十二条": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第四条"], [FGW], [FGW, "区统计局", "区生态环境局"],
          note="an article of 总则 that gives work is a task (round 30); CONVENTIONS.md round 34, 「A联合B＋verb」 reads as 「A会同B」 "
               "and 「A牵头」 gives the lead: 「区发展改革委牵头，联合区统计局、区生态环境局负责…综合协调和监督管理工作」 — lead A, "
               "responsible A, B; 「区商务委、区建管委、…、区公安分局等部门在各自的职责范围内开展…管理工作」 (开展 without 组织) and "
               "「区财政局、区市场监管局、区科委、区国资委等部门根据各自职责，做好…工作」 (做好) are plain subjects (" + CLOSED + "); "
               "the article has no heading that gives out work (the rule's articles carry no headings); " + NODATE),
        A(X03, ["第六条"], [FGW], [FGW, "区统计局"], lead_alternatives=[[]],
          note=HUI + ": 「区发展改革委会同区统计局等部门…调整并公布年度重点用能和排放单位考核名单」 — 「区统计局等部门」 gives 区统计局 "
               "(the 等… tail dropped, round 35); 「年度」 a rhythm; " + NODATE),
        A(X03, ["第七条"], [FGW], [FGW, "各行业主管部门"], lead_alternatives=[[]],
          note=HUI + ": 「每年年初，区发展改革委会同各行业主管部门向重点用能和排放单位下达节能降碳目标」 (各行业主管部门 a kind, "
               "round 32); 「每年年初」 a recurring date: no deadline (round 34); 「本区对…实行年度目标责任制」 — 本区 names no body; "
               + NODATE),
        A(X03, ["第九条"], [FGW], [FGW, "区统计局"], lead_alternatives=[[]],
          note=HUI + ": 「区发展改革委会同区统计局等部门复核评价考核结果，按规定报送市发展改革委并向社会公布」; 「区发展改革委可委托"
               "第三方机构…进行年度目标责任评价考核」 — an option 「可…」 is no assignment (round 30), and the object of 委托 is no "
               "unit (round 33); the sending to 市发展改革委 is the plan's duty below; 「年度」 a rhythm; " + NODATE),
        A(X03, ["第十六条"], [], [], targets=[(5, "年")],
          note=ARTICLE + " (the regulated units' duties 「应当建立…」 are the rule's work); " + NONE + " — 「重点用能和排放单位应当…"
               "指定专人负责能源统计」 makes a person (专人) the one who 负责 (round 34: a person's role is never a unit) and the "
               "units themselves are plain subjects of 建立／采取／编制; 「原始记录和管理台账应当至少保存5年」 — 至少 joins the "
               "line: a target 5 年 (round 30); 「上传至本区重点用能和排放单位管理平台」 a receiving platform; " + NODATE),
        A1(X03, ["第二十四条"], "区国资委",
           "CONVENTIONS.md units rule 2: 「区国资委将本区国有企业…完成情况纳入企业业绩考核范围，…建立和落实奖惩机制」 — the subject "
           "of 落实 is a doer (" + SUBJ + "); 「区发展改革委可以对该单位或个人给予表彰和奖励」 an option (round 30), no unit; 「优秀"
           "等级」 a grade, no target; in 第四章保障措施 an item that names a unit is a task (round 27/33); " + NODATE),
        A(X03, ["第二十九条"], [FGW], [FGW, "相关行政管理部门"], lead_alternatives=[[]],
          note=CASE + "; 「有以下情形之一的，区发展改革委会同相关行政管理部门，约谈单位主要负责人」 — " + HUI + " (相关行政管理部门 a "
               "kind, round 33); its （一）–（三） are the cases (a list that gives no work, round 35): one task; " + NODATE),
        A(X03, ["第三十条"], [FGW], [FGW, "相关部门"], lead_alternatives=[[]],
          note=HUI + ", and 组织＋work (round 34): 「区发展改革委应会同相关部门开展现场调查，组织实施用能设备能源效率检测，责令实施能源"
               "（碳）审计，并提出书面整改要求」 (相关部门 a kind, round 33); 「重点用能和排放单位无正当理由拒不落实…的，按照…处理」 a "
               "case with no body (落实 inside the case); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区发展改革委会同区统计局等部门复核评价考核结果，按规定报送市发展改革委", "when": None, "when_norm": None,
              "note": "第九条: a plan body's sending to another body (CONVENTIONS.md round 32, round 35), undated (round 36); the "
                      "regulated units' sendings (第八条 自查表 每年年初, 第十三条 备案, 第十七条 审计报告) are their own filings — no duty "
                      "(round 32)"}],
     notes=["counting (round 30 articles; round 33: an article with no doer and no work is no task in a plan whose tasks "
            "name units): 第三、四条 (总则 articles that give work), 第六–九条, 第十二–二十一条 (the regulated units' duties "
            "「应当…」, instructions of the rule), 第二十四条 (a doer in 保障措施), 第二十八条 (one task: its （一）–（四） are the "
            "measures the office may take against a failing unit — a penalty list), 第二十九、三十、三十二条 (responses with a named "
            "body) → 21; no tasks: 第一条 (purpose), 第二条 (definitions), 第四十二条 (entry into force), 第四十三条 (interpretation); "
            "第十条 (grade bands, a statement); the encouragements 第五、十一、二十二、二十三、二十六、二十七条 and 第二十五条 (保障, no "
            "unit); 第三十一、三十三–四十一条 (consequences 「将责令…」「按照…处理」 with no body)",
            "accepted: 22 (第十条), 24 (第二十八条's four measures), 28 (the seven encouragement / 保障 articles), 31 (the ten "
            "consequence articles), 38 (both), 39 (both and 第十条), 42 (all three and 第二十八条's measures)",
            "not sampled: 第三十二条 (「由区发展改革委、区生态环境局等主管部门或者其他负有监督管理职责的部门责令改正」 — the last name's "
            "printed form, 的-rule of round 34 or one name as printed of round 36, is unsettled) and 第二十八条",
            "targets: 第二条's thresholds (13000吨, 5000吨标准煤 …) stand in a definition (a general provision, no task); 第十三条's "
            "「中级以上技术职称」 a class of person (round 31), unchecked",
            "dates: none for tasks (2024-10-30 entry into force, validity to 2029-10-29; 「每年年初」 rhythms)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x144_04_shanghai-jianguanwei-2022-chaodi-nenghao-jianzhu-xiangmu-guanli-xiangguan-guiding.txt"
T04 = "上海市住房和城乡建管理委员会关于印发《关于加强超低能耗建筑项目管理的相关规定》的通知"

plan(X04,
     title="关于加强超低能耗建筑项目管理的相关规定（" + T04 + "）",
     title_note="the rule's own title (a line of its own after the cover) or the notice title (the first line, repeated on "
                "the third): either is accepted",
     doc_no="沪建建材〔2022〕613号 (printed under the repeated title)",
     issuer="上海市住房和城乡建设管理委员会 (the stored title prints 「住房和城乡建管理委员会」)",
     date="2022-11-09",
     level="city commission (Shanghai), to 各相关单位",
     source=shanghai_source("房屋与住房", T04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=ae2810c3a2b149a48ec9804c40a6482d&siteId=0011",
                            3580),
     style="a cover (title twice, number, one sentence, 特此通知, date) then the rule: a preamble and 14 headed points 一、–十四、 "
           "(childless paragraphs of requirements 「应…」; 十三、 over （一）–（五） materials, 十四、 over （一）–（五） cases), then 「附件："
           "可供选择的创新技术清单」 and its 12 numbered rows (an attachment, no tasks); technical values 「≤0.4W/（㎡·K）」「不小于80%」",
     leaf_tasks=13, count_alternatives=[14, 17, 18],
     leaf_tasks_by_section={"一–五、七–十四、": 13},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], targets=[(5000, "平方米")],
          note="CONVENTIONS.md round 34 (early): a childless headed point whose text gives work (「应以…作为申报范围」「均应落实…」) "
               "is a task; " + NONE + " (the builders are not named; 落实 has no subject); 「落实计容建筑面积5000平方米（含）以上的"
               "智能建造+创新试点」 — what must be done, with 以上: a target 5000 平方米 (round 30); 「计容建筑面积小于2000平方米和建筑高度"
               "超过100米的单体建筑原则上不列入申报范围」 names the buildings the rule leaves out (a class, round 34/37) — left "
               "unchecked; " + NODATE),
        one(["四"], "建设单位",
            YOU + ": 「无法对出租出售区域落实超低能耗建筑技术要求的，应由建设单位承诺，并在出租出售合同中明确…」 — the whole point "
            "is this case and its answer (round 30: an item whose whole work is the response to a case takes A) — " + SUBJ
            + "; 「申报…专项扶持资金的超低能耗公共建筑，应在…落实后进行申报」 an applicant's step (round 30); " + NODATE),
        S(["五"], [], [], targets=[(8, "万元"), (10, "万元"), (1, "项")],
          note=NONE + " (no body named); the price bands that select the dwellings 「房地联动价8万元（含）到10万元的」 keep both "
               "edges (round 29/30), 「10万元（含）以上的」 the same 10 万元; 「落实近零能耗建筑和智能建造中至少一项技术措施」 — 至少: "
               "a target 1 项 (round 30); 「两项技术措施」 (no comparison word) a norm; " + NODATE),
        one(["八"], "建筑主体设计单位",
            YOU + ": 「并应由建筑主体设计单位汇总相关专项设计，在建筑主体施工图设计中明确…」 (" + SUBJ + "); the rest are requirements "
            "with no body (「应与…同步进行施工图审查」「不得采取承诺后续补充方式」); " + NODATE),
        S(["十"], [], [], targets=[(80, "%"), (70, "%")],
          note=NONE + "; a standard written with comparison words (round 30/32): 「对应立面面积占围护型幕墙表面积比例不小于80%」 80%, "
               "「单元标准化率不小于70%」 70%; 「建筑外墙平均传热系数≤0.4W/（㎡·K）」 is a target too (≤, round 32) but its compound "
               "unit is left unchecked; 「可认定符合…规定」 names no body; " + NODATE),
        S(["十二"], [], [], targets=[(5, "%")],
          note=NONE + "; 「还应落实可再生能源替代率不小于5%的应用量的要求」 — 落实 with no subject (the 商品房住宅建筑 is the "
               "building, not a body); 不小于: a target 5% (round 30); " + NODATE),
        S(["十三"], [], ["市、区城乡建设管理部门", "建设单位"], lead_alternatives=[["市、区城乡建设管理部门"]],
          note="CONVENTIONS.md round 34, 组织＋work and 配合: 「市、区城乡建设管理部门将不定期组织对…在建项目进行抽查检查」 — the "
               "subject of 组织＋work is a doer (「市、区X部门」 one name as printed, round 30), lead [] (it alone accepted as the "
               "lead); 「建设单位应当配合开展相关抽查检查，并…提供以下待查资料」 — B配合 in an item with a rule-2 doer makes B "
               "responsible (round 34); its （一）–（五） are materials to hand in (a list that gives no work, round 35): one task; "
               "「不定期」 no date; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (round 34's early ruling: a document of headed points; childless points that give work — a doer or "
            "「应…」 — are tasks): 一–五、 and 七–十四、 → 13; 六、 「…的，可申请开展建筑外墙保温一体化示范」 is an applicant's option "
            "with no instruction (round 30/34), no task; 十三、's materials （一）–（五） and 十四、's cases （一）–（五） are lists that "
            "give no work (round 35); the preamble 「为进一步完善…特制定以下管理规定」 states purpose; the 附件 list of twelve "
            "innovative techniques is an attachment with no units, no tasks (plans-dev EXPECTED.md: counted to the 附件 line); "
            "accepted: 14 (六、 counted), 17 / 18 (十三、's five materials counted as items instead of one task, without / with 六、)",
            "units: 四、 (由建设单位承诺), 八、 (由建筑主体设计单位汇总), 十三、 (组织＋配合); RULING? not sampled: 十四、 「第三方服务机构"
            "及其工作人员有下列行为之一的，由市住房城乡建设管理委在官方网站通报…」 — whether the case answer makes 市住房城乡建设管理委 "
            "the item's doer (the point's first sentence gives the third parties their own work, 开展工作, no rule-2 verb), or "
            "the clause is rule 3's case inside an item whose work is something else; the notes of CONVENTIONS.md round 30 "
            "(「an item whose whole work is the response to a case」) do not settle a point that is half rule, half response",
            "targets: many standards with comparison words (小于／超过／不应大于／≤／不小于／至少); two-edge bands in 五、六、; the "
            "附件's percentages are not the plan body's",
            "dates: none (2022-11-09 is the notice's date)"])

# round 45 (al47b): the Round 47 ruling q44c (governs) — role-like kinds (建设单位, 施工单位, 监理单位, 设计单位 …) as the
# subjects of articles are doers of any verb of doing (round 44's article rule; round 34); a filing, an option, a cost
# verb and a person's role stay none (CONVENTIONS.md "Round 47 rulings, written early"; README, "Aligned round 45 (al47b)")
from expected_tools import _sample32, align34_units  # noqa: E402


def align45_q44c(file, path, lead, resp, why, alt=None, drop_alt=False):
    """One sample aligned to q44c, noted 「aligned round 45 (Round 47 q44c): <why> (old → new)」 before the earlier
    note; ``drop_alt`` drops a single body's accepted lead where the item now has two doers."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 45 (Round 47 q44c): ", 1)
    if drop_alt:
        s.pop("lead_alternatives", None)


align45_q44c('x144_01', ['第二十条'], [], ['市或者区绿化管理部门', '建设单位'],
             "「绿化工程竣工验收前，建设单位应当拆除绿地范围内的临时设施」 — the subject of the article's 拆除 is a doer, after 市或者区绿化管理部门 in printed order (the accepted lead dropped: two doers); 「建设单位应当向建设工程管理机构申请领取…施工许可证」 stays an application (no doer by itself, round 46)",
             alt=None, drop_alt=True)

write_collected(DIR)

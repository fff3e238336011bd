# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next181/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 42 (built by helper c181): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
cf2d1ce1 (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32 to round-41 rulings and the round-42 rulings,
written early and continued). Neither the parser nor the scorer was run on this set by its builder: the lead scores it
first.

    PYTHONPATH=. python tests/data/plans-next181/make_expected.py tests/data/plans-next181
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "规划与土地"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another "
          "verb (进行, 加强, 加大, 梳理, 制订, 确定, 把关, 处理, 统筹 …) is not a unit (round 42, continued, keeps the subject of "
          "a rule article's other verbs open: read here by the closed list)")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
MEET = "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (CONVENTIONS.md rule 2)"
NOUNIT = ("an item that gives work but names no unit, in a plan with units elsewhere: a task (CONVENTIONS.md round 38 / "
          "round 39 / round 40; a count without such items accepted)")


def art_sample(file):
    """Samples of one file located by their article label (``article_in``)."""
    def A(path, lead=(), resp=(), targets=(), **kw):
        return S(path, lead, resp, targets, **kw, **art(file, path))
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x181_01_baoshuiqu-2021-zonghe-yongdi-guihua-he-tudi-guanli-ruogan-yijian.txt"
PLAN01 = "关于中国（上海）自由贸易试验区保税区域综合用地规划和土地管理的若干意见"
NOTICE01 = f"关于印发《{PLAN01}》的通知"
A1 = art_sample(X01)
BSQ = "自贸试验区管委会保税区管理局"
ZPG = BSQ + "土地招拍挂办公室"
GTB = BSQ + "规划土地管理部门"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the text prints only the notice title (line 1); the 意见's own title is inside its book-title marks: either",
     doc_no="中（沪）自保管〔2021〕175号 (from the index and the stored front matter; the text prints no number)",
     issuer="自贸区保税区管理局（上海东方枢纽国际商务合作区管理局） (from the index; the text prints no issuer line)",
     date="2021-12-21 (the index; the text prints no date)",
     level="district-level administration (the China (Shanghai) Pilot Free Trade Zone's bonded-area administration): "
           "若干意见 written as articles on the planning and land management of mixed-use (综合用地) land",
     source=shanghai_source(FOLDER, "关于印发《关于中国（上海）自由贸易试验区保税区域综合用地规划和土地管理的若干意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070313494&siteId=0070", 5043),
     style="no cover, no issuer, no date: the notice title, then 第一条–第十六条, each label with its heading in brackets "
           "alone on its line 「第六条（规划条件征询及确定）」 over paragraphs; numbered items （一）… inside most articles: "
           "principles (第四条), contents of a plan (第五条), supply rules with unnumbered case paragraphs (第七条（一）), "
           "terms and price rules (第八条, 第九条), contents of a contract (第十一条), cases (第十二条); bodies written as long "
           "names 「自贸试验区管委会保税区管理局土地招拍挂办公室」; blank lines between all paragraphs",
     leaf_tasks=13, count_alternatives=[14, 25, 29, 6],
     leaf_tasks_by_section={"第五条": 1, "第六条": 1, "第七条 （一）–（三）": 3, "第八条": 1, "第九条": 1,
                            "第十条 （二）": 1, "第十一条": 1, "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A1(["第六条（规划条件征询及确定）"], [], [ZPG, "自贸试验区管委会保税区管理局规划土地管理部门"],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30/37's closed list): 「自贸试验区管委会保税区管理局规划土地管理部门应当依据控制性详细规划…确定…规划和建设条件」 — the department is the subject of 确定, a doer beside the 由-agent (lead []); formerly: 「综合用地供应前，由自贸试验区管委会保税区管理局土地招拍挂办公室向规划土地管理部门征询规划条件」: 由A＋a verb of doing "
                "(CONVENTIONS.md rule 2; round 34: 「由A＋any verb of doing」) — " + SUBJ + "; the name as printed (round 34). "
                "规划土地管理部门 is consulted there (a receiver, rule 3); its own sentence 「…规划土地管理部门应当依据…确定综合用地的"
                "建筑用途具体比例等规划和建设条件」 has 确定, no rule-2 verb (" + CLOSED + "): no unit; 「相关单位意见」 consulted; "
                + NODATE),
        A1(["第七条（土地供应）", "（二）"], [], [GTB], lead_alternatives=[[GTB]],
           note="「…深化项目建设工程规划设计方案，由自贸试验区管委会保税区管理局规划土地管理部门审定」: 由A＋a verb of doing (审定, like "
                "rule 2's 由A审批) — " + SUBJ + "; 「经自贸试验区管委会保税区管理局产业认定领导小组采取集体决策、项目认定的方式实施」 — a "
                "body through whose decision the step passes (rule 3 「经A同意」; round 36: 「经过A、B初步审查」 no unit); 「征求落实消防、"
                "环保等相关部门意见」 consulted; 受让人 applies 「向规土管理部门申请建设工程规划许可证」 (an applicant, round 30; the "
                "department a receiver); 「两图一表」 a name, no figure; the items （一）–（三） of 第七条 are its supply rules, each a "
                "leaf (plans-dev EXPECTED.md: the lowest numbered items); " + NODATE),
        A1(["第八条（出让年期）"], [], [], [(50, "年")],
           note="「最高出让年限为50年」: a policy's own ceiling with 最高 → 50年 (CONVENTIONS.md round 25 / round 30's line); "
                "「20年弹性年期+有条件自动续期」 names a system in quotes (no comparison word, round 30: a figure naming a kind "
                "or a norm is no target; not checked). The items （一）（二） are terms by kind of use — a list of rates, text "
                "(round 36 / round 38: numbered rate items under an article; their figures the article's targets): 第八条 one "
                "task (25 and 29 accepted count the items); 「在出让合同中明确…」 no subject: " + NONE + "; " + NOUNIT + "; "
                + NODATE),
        A1(["第九条（地价管理）"], [], [ZPG, BSQ + "土地招拍挂领导小组"], [(70, "%")],
           note="「由…土地招拍挂办公室委托具有资质的评估机构进行市场评估」 — 「由A委托B＋verb」: A a doer, the valuers (the pivot's "
                "object) no unit (CONVENTIONS.md round 33); 「由…土地招拍挂领导小组集体决策，综合确定出让底价」 — 由A＋a verb of doing "
                "(round 34), a body set up before this plan (round 36), as printed; several clauses, all their bodies in order "
                "(rule 2); no 牵头: lead []. 「出让底价不得低于…比例之和的70%」 a floor of the policy's own price → 70% (round 30: "
                "不低于; 不得低于 the same word); the items （一）（二） are price rules — a list of rates, text (round 38), so the "
                "article is one task; 「可按…最低价标准确定」 names a norm, no figure; " + NODATE),
        A1(["第十一条（存量建设用地盘活）"], [], [BSQ], lead_alternatives=[[BSQ]],
           note="「自贸试验区管委会保税区管理局按照…相关规定，组织实施存量建设用地盘活」: the subject of 组织实施 (CONVENTIONS.md rule 2; "
                "round 34: 组织＋work) — " + SUBJ + "; 「土地权利人应当按照市场评估价补缴土地价款」 a cost (a payer, round 30 / round "
                "35: no unit); 出让人 consents (rule 3 「经A同意」); 「土地管理部门认为必须约定的事项」 is an entry of the list of what "
                "the contract must contain (round 37: such a list gives no work; its （一）–（四） are text, so the article is one "
                "task); 「参照第九条内容执行」 a reference; " + NODATE),
        A1(["第十三条（建筑规划管理）"], [], ["自贸试验区管委会保税区管理局规划土地管理部门"], lead_alternatives=[["自贸试验区管委会保税区管理局规划土地管理部门"]],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「自贸试验区管委会保税区管理局规划土地管理部门在审批时应当严格把关」 — the subject of 把关 is a doer; lead [] (accepted as the lead); formerly: " + "「…规划土地管理部门在审批时应当严格把关」 — 把关 is no rule-2 verb (" + CLOSED + "); 「在审批时」 a time clause "
                "(round 38: a verb inside a 「在…时」 clause is not the item's verb); 「建设工程设计方案应严格按照…进行设计和审批」 a thing "
                "as subject: " + NONE + "; " + NOUNIT + "; " + NODATE),
        A1(["第十五条（监督管理）"], [], [BSQ, BSQ + "规划土地管理部门", BSQ + "执法部门"],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「…保税区管理局规划土地管理部门进一步加强…管制」「…执法部门对…的，按照相关法律法规处理」 — the subjects of 加强 and 处理 are doers beside the 管理局 (组织开展), in printed order, each with the head printed before it; lead []; formerly: " "「自贸试验区管委会保税区管理局应当组织开展规划土地、产业、招商、登记等部门参与的综合监管工作」: 组织开展 (CONVENTIONS.md "
                "rule 2) — " + SUBJ + "; RULING? 2: 「规划土地、产业、招商、登记等部门参与的」 describes the 综合监管工作 (a body inside "
                "a noun's description, round 30: 「参加由A组织的培训」), not 「…等相关部门参与确定…」 as a verb (round 37): no unit; "
                "「规划土地管理部门进一步加强…管制」 加强 and 「执法部门对土地权利人违反…的，按照相关法律法规处理」 处理 without 由 are no "
                "rule-2 verbs (" + CLOSED + "); 「出让人可以按约定解除…」 an option (round 34: 可); 「在规定期限内」 no date: "
                + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (目的和依据), 第二条 (适用范围), 第三条 (定义) and 第十六条 (实施日期) general provisions (CONVENTIONS.md "
            "round 30); 第四条 基本原则 and its four principles （一）–（四） an article with no work among articles of work — no task "
            "in a plan whose tasks name units (round 33); 第五条's （一）–（四） are the 控制性详细规划's required contents "
            "(「其规划控制要求如下」: a list of what a document must contain, round 37) → 1; 第六条 → 1; 第七条 （一）–（三） supply rules "
            "→ 3 (the unnumbered paragraphs under （一） its text); 第八条 and 第九条 terms and price rules (a list of rates, round "
            "36 / round 38) → 1 each; 第十条 （一） 「具体参照本市有关产业用地出让管理规定执行」 a 参照 item (round 34: general) and "
            "（二） a rule on holding and transfer → 1; 第十一条 (its （一）–（四） the contents of a contract, round 37) → 1; 第十二条 "
            "(its （一）–（四） only cases, round 35: an article whose items are only cases is one task) → 1; 第十三条, 第十四条 (a "
            "参照 article that also gives work 「将…纳入合同」, round 36), 第十五条 → 1 each; **13**. Accepted: 14 (第十条 （一） in), "
            "25 (every numbered item of 第五–第十五条 a leaf, 第四条 out), 29 (第四条's principles in too), 6 (only the tasks that "
            "name units — 第六条, 第七条（二）, 第七条（三） 「由企业先承租土地进行建设和产业运营」, 第九条, 第十一条, 第十五条 — round 40)",
            "units: not sampled — 第七条（三） (「鼓励采用…的方式供应土地。由企业先承租土地进行建设…」: 由A＋a verb of doing, 企业 a kind "
            "(round 34), read as a doer in the count 6 though 鼓励 opens the item (round 40: 「鼓励A…」 no doer) — a doubtful "
            "reading, so unsampled), 第五条, 第七条（一）, 第十条, 第十二条, 第十四条 (no body as the doer: none), 第七条（一） 「有两个或两"
            "个以上用地意向者的」 (a trigger with 以上, a target by round 30's line; unsampled)",
            "dates: none in the text but entry into force and validity 「自2022年1月20日起施行，有效期至2027年1月19日」 and the "
            "look-back 「2021年11月20日至本意见施行前」 (general provisions); the cover date is the index's only",
            "targets: 50年 (最高, 第八条) and 70% (不得低于, 第九条) sampled; 第三条's 「超过10%」 stands in a definition (general "
            "provision, not sampled); 「2020版」 a version; no plan targets, no phases, no duties (征询 and 申请 are "
            "consultations and applications)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x181_02_fengxian-2020-sheshi-nongyongdi-guanli-guifan-tongzhi.txt"
NAME02 = "上海市奉贤区农业农村委员会关于进一步规范我区设施农用地管理的通知"

plan(X02,
     title=NAME02,
     title_note="the notice title (line 1)",
     doc_no="沪奉农委〔2020〕52号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市奉贤区农业农村委员会",
     date="2020-10-26",
     level="district commission (Shanghai Fengxian's agriculture and rural affairs commission), to 各镇人民政府、街道办事处、"
           "开发区管委会、头桥集团: a short notice of four work requirements on facility farmland",
     source=shanghai_source(FOLDER, "上海市奉贤区农业农村委员会关于进一步规范我区设施农用地管理的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084i20201112-37u6jxo48crgsoxh2j&siteId=0084",
                            1267),
     style="a notice with no separate plan: addressees, two preamble paragraphs (the second ends 「请各街镇…做好梳理检查工作…。"
           "现将有关工作要求通知如下：」), four run-in items 「1、对现状设施农用地做好项目服务范围梳理。…」 ending in ASCII 「;」, "
           "「特此通知。」, issuer and date; ASCII brackets 「(沪规土资综规〔2016〕227号)」, an unclosed book-title mark "
           "「《上海市设施农用地用地标准(试行)，」 and a doubled 「地地」 as stored",
     leaf_tasks=4, count_alternatives=[1],
     leaf_tasks_by_section={"1、–4、": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["1"], [], [],
          note="「对照《…》，对已备案设施农用地的服务范围做好梳理工作，摸清底数，为“十四五”期间…做好预留空间」 — no subject; the "
               "lead-in 「请各街镇严格按照“227号文”…做好梳理检查工作」 is a general call (CONVENTIONS.md round 30: 「请各区做好…」; "
               "做好 is no rule-2 verb), so rule 4 gives nothing: " + NONE + "; 「十四五」 a name; " + NOUNIT + "; " + NODATE),
        S(["2"], [], [],
          note="「严格按照…要求，对现状设施农用地做好用途管理监管，确保农地农用」 — no subject, the lead-in a general call (round "
               "30): " + NONE + "; " + NOUNIT + "; " + NODATE),
        S(["3"], [], ["镇级属地政府"], lead_alternatives=[["镇级属地政府"]],
          note="RULING? 1: 「由于“227号文”文件要求，用地备案由镇级属地政府进行备案」 — a restated rule counts (CONVENTIONS.md round 34: 「根据"
               "《…》要求，…分别由A、B负责落实」) and 由A＋a verb of doing (round 34) makes the town government the doer of the "
               "recording (it records the filings; not 「由A向B备案」, an applicant's filing) — " + SUBJ + "; a kind as printed "
               "(round 32); 「请各街镇对照已备案项目，完成备案文件」 — 完成 is no rule-2 verb (round 30), a request read as a general "
               "call: no unit; 「227号」 a document number; " + NODATE),
        S(["4"], [], [], not_targets=[(5, "年")],
          note="「对新建设施农用地申报过程中，严格按照文件要求，进行材料审理…特别对土地流转年限不得小于用地办理年限」 — no subject: "
               + NONE + "; 「不得小于用地办理年限」 compares with no figure; 「(目前设施农用地备案年限一般为5年)」 a present usual term "
               "with no comparison word — no target (CONVENTIONS.md round 40: 「一般为3-5年」; round 33: present figures); "
               + NOUNIT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task (its 「请各街镇…」 a general call); 1、–4、 → **4** (work items; only 3、 names a unit, "
            "the others give work with no unit — " + NOUNIT + "). Accepted: 1 (only 3、, round 40)",
            "dates: none — 2020年10月26日 the signature; 2016年 and 2013年 past; 「“十四五”期间」 a plan period by name",
            "targets: none; 227号 (沪规土资综规〔2016〕227号) a document number; 5年 a usual term (not a target); no phases, no "
            "duties (备案 is a filing, CONVENTIONS.md round 42)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x181_03_jinshan-2019-nongmin-pingyi-jizhong-juzhu-yongdi-buchang-zhidao-yijian.txt"
PLAN03 = "金山区农民平移集中居住用地补偿指导意见"
NOTICE03 = f"关于印发《{PLAN03}》的通知"
JT = "各镇政府（工业区管委会）集体经济组织"
LEADIN = ("the section's lead-in 「各镇政府（工业区管委会）集体经济组织是农民集中居住的实施主体。…签订土地权属变更补偿协议」 is a "
          "designation (CONVENTIONS.md round 32 / round 37: 「A是该项工作的具体工作部门」 makes A a doer) and gives its body to "
          "the items that name none of their own (rule 4, closed as written in round 39); the name as printed, the bracket "
          "after 镇政府 kept (round 34)")

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 意见's own title (line 13) or the notice title (line 1): either",
     doc_no="金农规〔2019〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市金山区农业农村委员会 (the cover signs 金山区农业农村委员会)",
     date="2019-12-18 (the cover; the index gives 2019-12-20)",
     level="district commission (Shanghai Jinshan's agriculture and rural affairs commission), to 各镇政府，金山工业管委会: "
           "a 指导意见 on compensation for land used when farmers move together (平移集中居住)",
     source=shanghai_source(FOLDER, "关于印发《金山区农民平移集中居住用地补偿指导意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00811a0857390812a4c8e213d2fd2d4d1ed3&siteId=0081",
                            1895),
     style="a cover (addressees, one paragraph, 「特此通知。」, issuer, 2019年12月18日), then the 意见's title and preamble; headed "
           "points 一、–五、 alone on their lines over paragraphs; 三、 opens with a lead-in naming the 实施主体, then （一）–（三） "
           "run-in items, （二） with 1.–2. (ASCII period) run-in items, and a closing paragraph on funds; blank lines between "
           "all paragraphs",
     leaf_tasks=6, count_alternatives=[5, 3, 2],
     leaf_tasks_by_section={"二、": 1, "三、 （一）, （二）1.–2., （三）": 4, "四、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、集中居住用地面积", "五、其他"],
     samples=[
        S(["二"], [], [], [(66.7, "%")],
          note="RULING? 3 (the fraction, below; aligned round 43). 「集中居住用地权属变更经所涉村三分之二以上村民代表表决通过后实施。镇政府（工业区管委会）集体"
               "经济组织在对…各方利益给予合理补偿后，向区规划资源局申请办理土地权属变更…」 — the collective applies (an applicant, "
               "CONVENTIONS.md round 30 / round 34: 「由A向B申请」 no unit; 区规划资源局 a receiver, rule 3); 给予合理补偿 a cost "
               "(a payer, round 35); the villagers' vote approves (rule 3): " + NONE + "; a childless headed point that gives work "
               "(round 34's early ruling: a task) — " + NOUNIT + "; 「三分之二以上」 → 66.7 % — aligned round 43: a fraction floor "
               "「三分之二以上」 is a target with 以上, its value the percent to one decimal (66.7), like 「五分之四以上」 (80 %) "
               "(CONVENTIONS.md \"Round 43 rulings, written early\" → Targets; it was left unchecked, 2/3 having no exact "
               "percent); " + NODATE),
        S(["三", "（一）"], [], [JT], lead_alternatives=[[JT]],
          note="「地上物补偿。补偿对象为…相关经营单位或个人，补偿标准参照征地补偿标准」 — no body of its own: " + LEADIN + " — "
               + SUBJ + "; 经营单位或个人 are the compensated (beneficiaries, round 30), no units; " + NODATE),
        S(["三", "（二）", "1"], [], [JT], [(50, "%"), (500, "元")], lead_alternatives=[[JT]],
          not_targets=[(60, "周岁"), (55, "周岁")],
          note="「分期补偿。…在经发包方与承包户协商一致的基础上，将土地承包权证由“确权确地”变更为“确权确利”，并签订补偿协议」 — no doer "
               "of its own (「经…协商一致」 an agreement the step passes, rule 3); （二）'s lead 「由农户自愿选择」 is the households' "
               "own option (CONVENTIONS.md round 42: 「由A自主选择…」 no doer), so the section's lead-in gives its body: " + LEADIN
               + " — " + SUBJ + ". Targets: 「再上浮50%发放」 a policy's own rate → 50% (round 25); 「每人每月享受不低于500元的"
               "生活补贴」 → 500元 (不低于, round 30); 「达到退休年龄（男性60周岁，女性55周岁）的」 age thresholds naming a group of "
               "persons — not targets (round 31); " + NODATE),
        S(["三", "（二）", "2"], [], ["村集体经济组织"], [(8, "万元")], lead_alternatives=[["村集体经济组织"]],
          note="「由承包农户向村集体经济组织申请…退出」 an applicant (CONVENTIONS.md round 30: no unit; the receiver neither) and 「并由"
               "村集体经济组织收回土地承包权证」 — 由A＋a verb of doing (rule 2; round 34) → 村集体经济组织, the item's own unit (so "
               "the lead-in gives nothing, rule 4) — " + SUBJ + "; 「可以选择…」 the farmers' option; 「承包地退出补偿标准每亩不超过"
               "8万元」 a ceiling of the policy's own rate → 8万元 (round 25 / round 30: 不超过); 「区镇两级」 a level; " + NODATE),
        S(["三", "（三）"], [], [JT], lead_alternatives=[[JT]],
          note="「各镇政府（工业区管委会）集体经济组织参照征地补偿标准给予…村集体经济组织土地补偿费」 — 给予…补偿费 is a payment, no "
               "rule-2 verb (a payer, CONVENTIONS.md round 35 / round 37), so the item names no doer of its own and the section's "
               "lead-in gives its body (the same body): " + LEADIN + " — " + SUBJ + "; the receiving 村集体经济组织 no unit; the "
               "closing paragraph 「以上补偿费用在…区级补贴资金中落实」 has no subject (落实 passive): no unit; " + NODATE),
        S(["四"], [], ["所在镇政府（工业区管委会）"], lead_alternatives=[["所在镇政府（工业区管委会）"]],
          note="「集中居住点的社区管理由所在镇政府（工业区管委会）承担」 — 由A承担 with work (社区管理) as its object names a doer "
               "(CONVENTIONS.md round 30: 「由A承担…责任」, not a cost); 「…土地经营收入，由各镇政府（工业区管委会）集体经济组织用于集中"
               "居住点的社区管理支出」 — spending income is paying: a payer, no unit — aligned round 49 to CONVENTIONS.md \"Round 55 "
               "rulings, written early\" (governs, round 48 over round 43's 用于: round 48's line — pays, moves or budgets money — turns "
               "round 43's 「由…集体经济组织用于…支出」 to a payer, and x181_03 四 drops 各镇政府（工业区管委会）集体经济组织; the builder "
               "had read 由A＋用于 as a verb of doing by round 43, RULING? 4); names as printed (round 40: 「所在镇(街道)武装部」); the "
               "one doer accepted as lead (plans-dev 03 一); "
               "no 牵头: lead []; a childless headed point that gives work (round 34's early ruling); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover no task; 一、 「集中居住用地面积包括…」 a definition (a general provision, CONVENTIONS.md round 30); "
            "二、 a childless headed point that gives work (round 34's early ruling) → 1; 三、 （一）, （二）1., （二）2., （三） → 4 "
            "(the lead-in and the closing funds paragraph are no items); 四、 → 1; 五、其他 entry into force (general); **6**. "
            "Accepted: 5 (二、, naming no unit, out: round 40), 3 (三、's numbered compensation items read as a list of rates, "
            "text, round 38, so 三、 one task beside 二、 and 四、), 2 (that and 二、 out)",
            "dates: none — 2019年12月18日 the cover and entry into force (the index: 2019-12-20); 「逐年增长」 no date",
            "targets: 50%, 500元 (不低于), 8万元 (不超过) sampled; 60 / 55周岁 age thresholds of a group (not targets); 三分之二以上 "
            "(二、) 66.7 % with 以上 (RULING? 3, aligned round 43); document number 沪府规〔2019〕21号; no plan targets, no phases, no duties (the "
            "applications to 区规划资源局 and to the village collectives are applicants' filings, round 30)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x181_04_minhang-2019-fangwu-tudi-zhengshou-gongzuo-guifan-zhidao-yijian.txt"
PLAN04 = "闵行区关于进一步规范房屋土地征收工作的指导意见"
NOTICE04 = f"闵行区人民政府关于印发《{PLAN04}》的通知"
ZSZX = "区征收中心"
JZ = "各街镇（莘庄工业区）"

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 意见's own title (lines 12–13, split over two lines) or the notice title (line 1): either",
     doc_no="闵府发〔2019〕18号 (printed on line 3)",
     issuer="上海市闵行区人民政府 (the notice; printed by 闵行区人民政府办公室, the index's issuer)",
     date="2019-09-20 (the cover; printed 2019-09-23, the index's date)",
     level="district government (Shanghai Minhang), to 各镇人民政府、街道办事处，莘庄工业区管委会，区政府相关委、办、局，有关单位: "
           "a 指导意见 on housing and land expropriation work",
     source=shanghai_source(FOLDER, "闵行区人民政府关于印发《闵行区关于进一步规范房屋土地征收工作的指导意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=E8571BAF-3697-11ED-BAF5-80FA68754DB7&siteId=0079",
                            4709),
     style="a cover (the number, addressees, one sentence, 「特此通知」 without 。, the date), the 意见's title over two lines, a "
           "preamble, then NO blank lines: seven headed points 一、–七、 over run-in items （一）–（二十一） numbered straight through; "
           "以下简称 names 「区规划资源局」「区房管局」「区征收中心」; 「各街镇（莘庄工业区）」 throughout; closing entry into force, "
           "公开属性, a 抄送 line broken over two lines, the printing line with runs of spaces and 「―1―」",
     leaf_tasks=21, count_alternatives=[13, 12],
     leaf_tasks_by_section={"一、": 3, "二、": 2, "三、": 4, "四、": 5, "五、": 2, "六、": 3, "七、": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], ["区房屋土地征收中心"],
          ["区规划和自然资源局", "区住房保障和房屋管理局", "区房屋土地征收中心", "街镇", "征收实施单位"],
          note="heading 「明确部门工作职责」 gives out work (CONVENTIONS.md round 35: a heading whose object is 部门职责): every body "
               "the text gives work is a unit, in printed order — 区规划资源局 and 区房管局 「分别是…业务指导部门，主要承担…指导职能」 "
               "(designations, round 32 / round 37); 区征收中心 「是区征收补偿工作的牵头协调和实施部门，全面协调组织实施…」 — named the "
               "lead by a designation of an existing body (round 41: 「明确A为牵头协调和实施单位」 names A the lead); 「组织街镇和征收"
               "实施单位进行…调查、确认、公示」 — under a work heading the objects of 组织 given work are units (round 37); 「会同街镇和"
               "征收实施单位拟定…」 the same partners. Names: 「（以下简称“…”）」 dropped, the full name printed here kept (round 35); "
               "「区规划和自然资源局」「区住房保障和房屋管理局」 one name each (round 35: 和 inside a name). Not units: 「与用地单位、评估"
               "机构、实施单位签订各类委托协议」 co-signatories without 由 (round 42), 「监督实施单位…」 the object of 监督; " + NODATE),
        S(["一", "（二）"], [JZ], [JZ, ZSZX, "征收实施单位"], lead_alternatives=[[]],
          note="heading 「落实街镇属地责任」 (a duty word, CONVENTIONS.md round 37); 「各街镇（莘庄工业区）是…属地责任主体」 a designation "
               "(round 32) and 「…会同区征收中心和征收实施单位做好…各项具体工作」 — " + MEET + "; the bracket stays with the name "
               "(round 34); the short name 区征收中心 as printed (round 38); 「根据…年度计划安排」 no date; " + NODATE),
        S(["二", "（四）"], [], [],
          note="「成立区房屋土地征收工作领导小组…领导小组由分管副区长任组长，区相关部门为成员单位，领导小组办公室设在区征收中心，具体负责日常"
               "工作协调推进；各街镇（莘庄工业区）相应成立…领导小组，由街镇行政主要领导牵头，相关部门为成员单位，总体协调落实…」 — bodies the "
               "item sets up and their office are no units (CONVENTIONS.md rule 3; round 34: the office of a set-up body is part of "
               "it; round 35: 设 is no rule-2 verb), members are no units (rule 3), persons never (round 30: 「由分管副区长牵头」), "
               "成立 is no rule-2 verb, and 区征收中心 only houses the office: " + NONE + "; " + NOUNIT + "; " + NODATE),
        S(["四", "（十一）"], [], [],
          note="「各街镇（莘庄工业区）要严格按照…标准和要求，梳理规范各类补偿科目，不得擅自增设或减少…」 — a kind with a verb outside "
               "rule 2's list (梳理规范) is no doer (CONVENTIONS.md round 30 / round 32: a kind is a doer only with a rule-2 verb; "
               + CLOSED + "): " + NONE + "; " + NOUNIT + "; " + NODATE),
        S(["四", "（十三）"], ["各街镇"], ["各街镇", "实施单位", ZSZX, JZ, "区政府", "相关部门"], lead_alternatives=[[]],
          note="several clauses, all their bodies in printed order (CONVENTIONS.md rule 2): 「各街镇会同实施单位将…相关资料报送区征收中心"
               "审核」 — " + MEET + " (区征收中心 the receiver here, rule 3); 「由区征收中心张贴区人民政府强制执行公告」 — 由A＋a verb "
               "of doing (round 34); 「各街镇（莘庄工业区）作为此项工作的实施责任主体部门，应当精心制定…」 — a designation (round 32: "
               "「由A作为主责单位」); 「即由区政府组织各街镇（莘庄工业区）实施强制搬迁工作」 — 由A组织＋work: 区政府 (the pivot's object no "
               "unit by this clause, round 30); 「相关部门（公安、城管、规划资源、房管等）做好配合工作」 — 配合 in an item with rule-2 "
               "doers makes the body responsible (round 34); the bracket listing the bodies the kind stands for dropped (round 37: "
               "「各化工园区（A、B、C）」). Names as printed: 各街镇 and 各街镇（莘庄工业区） both printed (no alias rewritten, round 38). "
               "Not units: 项目所属街镇 (准备／做好／收集完善, no rule-2 verbs), 「建立与区相关部门的联络机制」 (liaison, round 38), 法院 "
               "(「法院出具准予执行行政裁定书后」 a time from an event). 「签约期满前／后」「公告期届满后」 times from events: " + NODATE
               + "; the sending to 区征收中心 is a duty below"),
        S(["五", "（十六）"], ["区房管局"], ["区房管局"], lead_alternatives=[[]],
          note="「由区房管局牵头，根据…，有序推进征收安置房建设，动态掌握…」 — 「由A牵头」 (CONVENTIONS.md rule 2): lead A, responsible A; "
               "the next sentence 「区征收中心统筹配置…；制定…；…进行搭桥调配」 has 统筹／制定／进行, no rule-2 verbs (" + CLOSED + ") "
               "and no 配合 (round 34): 区征收中心 no unit; 「各街镇（莘庄工业区）…自行进行资金结算」 进行: no unit; the short name as "
               "printed (round 38); " + NODATE),
        S(["六", "（十八）"], [], ["重大项目牵头部门", ZSZX],
          note="「对于市、区重大项目，启动协议置换后即由重大项目牵头部门同步办理征收补偿手续」 — 由A＋a verb of doing (CONVENTIONS.md "
               "round 34), the item's own scope, not a contingency (round 40: work split by its objects); a kind as printed, 牵头 "
               "part of its name, not a 牵头 clause: no lead by it; 「区征收中心负责提前介入告知，督促各街镇（莘庄工业区）及区相关部门做好…」 "
               "— A负责 (rule 2); the objects of 督促 are no units outside a work heading (round 30 / round 37); no 牵头: lead []; "
               + NODATE),
        S(["七", "（二十一）"], [], [ZSZX, "区资产经营公司"],
          note="「区征收中心和区资产经营公司对实施单位实行双重考核，区征收中心负责业务考核，区资产经营公司负责经营管理考核」 — the subjects "
               "of 负责 (CONVENTIONS.md rule 2; several clauses, all bodies in order); 实行 is no rule-2 verb (实施 is), and the "
               "same bodies anyway; 实施单位 is the object of the assessment; 「实施单位应加强…培训和监督管理，建立…」 加强／建立: no "
               "unit (" + CLOSED + "); no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "签约期满后，各街镇会同实施单位将征地房屋补偿协调处理或报请补偿决定的相关资料报送区征收中心审核", "when": None,
              "when_norm": None,
              "note": "（十三）: a plan unit's sending to another body of the plan (CONVENTIONS.md round 32 / round 35 / round 36), "
                      "after an event, no date"}],
     notes=["counting: the cover and the preamble no task; （一）–（二十一） → **21** (all work items; the closing 「本意见自2019年10月"
            "1日起施行，有效期至2024年9月30日」 is entry into force, a general provision). Items naming no unit — （四） (set-up bodies, "
            "members, persons), （十）, （十一）, （十二） (「区城管执法局（拆违办）要同步加大…考核力度」 加大), （十五）, （十七） "
            "(「各街镇…参照…制订…」 制订; 「报区征收中心备案同意后实施」 a filing), （十九）, （二十） — are tasks that give work "
            "(" + NOUNIT + "). Accepted: 13 (those eight out, round 40), 12 (also （九） out, if 「由实施单位向宅基地使用人或者房屋"
            "所有人送达分户评估报告」 is read as a filing, round 39, rather than 由A＋a verb of doing)",
            "units: not sampled — （七） (「查勘记录由街镇、实施单位、宅基地使用人或房屋所有人、评估师签字或者盖章确认」: 由A＋a verb with "
            "bodies and persons mixed; 「由相关单位提请…」 a case), （八） (「受区征收中心委托，由实施单位、财务监理及律师…进行审核」: "
            "persons beside bodies; 「如有异议，由相关街镇及评估机构…」 a case; 「实施单位应报请区征收中心启动复核…」 a case's request, "
            "not listed as a duty), （九） (see the count), （十四） (「由区征收中心委托第三方财务监理机构…」 → 区征收中心; 区审计局 "
            "加强／公布: none)",
            "dates: none in the items — 2019年9月20日 the cover, 2019年 9月23日 the printing line, 2019年10月1日 / 2024年9月30日 entry "
            "into force and validity; 「年度征收补偿工作计划」「签约期满前」「公告期届满后」 no dates",
            "targets: none (no figure in the items; 「三重一大」「一岗双责」 names; document name 「上海市国有土地上房屋征收与补偿实施细则」); "
            "no phases"])

# Round 62 (rul86): x181_01's every-item count aligned to tests/data/CONVENTIONS.md "Round 86 rulings" (Tasks and counts, governs: the paragraph after an article's items, p62c) (README, round 62)
from aligned_rulings import CLOSING86, align86  # noqa: E402

align86("x181_01", None, "第十一条 (its （一）–（四） a contract's contents; its closing 「…土地权利人应当按照市场评估价补缴土地价款」 a payment) and 第十二条 (its （一）–（四） cases; its closing 「…应在房屋土地登记簿和房地产权证书附记栏中予以注记…」): in the answer's reading each article is one task, its paragraphs its work or text — 13 kept; in the every-item reading (25 accepted) 第十二条's closing paragraph gives work of its own, one more task: 26 accepted beside it; not sampled",
        CLOSING86 + "; 13 kept, 26 accepted", counts={"count_alternatives": [14, 25, 26, 29, 6]})

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'各镇政府（工业区管委会）集体经济组织': '各镇政府集体经济组织', '所在镇政府（工业区管委会）': '所在镇政府', '各街镇（莘庄工业区）': '各街镇'})

write_collected(DIR)

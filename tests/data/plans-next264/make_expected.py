# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next264/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 52 (built by helper c264): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 58 rulings", "Round 59 rulings, written early" and "Round 60 rulings" included) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next264/make_expected.py tests/data/plans-next264
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = partial(shanghai_source, "工程建设管理")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("CONVENTIONS.md \"Round 44 rulings, written early\" (decided): in rules written as articles (第X条), a named body "
           "or a body named by a kind standing as the subject of the article's verb of doing is a doer whatever the verb "
           "(round 47 q44c: 建设单位, 施工单位, 监理单位, 招标人 … are bodies named by a kind; round 54: applying, filing or sending "
           "for itself, paying, options and duties held name none)")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — outside 第X条 articles the subject of any other verb "
          "(加强, 完善, 建立健全, 健全, 采取, 进行 without 由) is no unit (round 44: the article rule reads only 第X条 articles; "
          "round 45: headed points are no articles, and the article reading is accepted beside the closed-list one)")
WORKHEAD = ("round 34 / round 35: under a heading that gives out work (职责分工／部门职责／管理责任 …) every body the text gives "
            "work is a unit, whatever the verb, in printed order, each once")
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
HUI = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted), responsible A, B"
TERMS = ("round 46 (x204_04) / round 48 (x220_01) / round 49 (x229_01 第三条、第四条) / round 57 (x251_01): points or articles "
         "that state a scheme's terms (what a fund supports, a rate, a method) with no doer and no 要／应 give no work — no "
         "tasks; their rates are plan targets (round 38 / round 46)")
GENART = ("round 30: articles or points of general provision (purpose and basis, scope, definitions, the interpreting body, "
          "entry into force; round 39: 「实施细则由A另行制定」; round 34: 参照) are no tasks; a count with them is accepted")
CONDS = ("round 35: lists that give no work — conditions an applicant must meet, materials, a document's contents — are "
         "text, not items or tasks (round 54's test of items under an article)")
TOWNS = "「各镇政府、街道办事处和莘庄工业区」: 各 is not shared (round 34), so three names as printed"


def one(path, unit, targets=(), note="", at=None, **kw):
    """An item whose one doer is ``unit``: lead [], the doer as lead accepted."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw, **(at or {}))


CUR = [""]


def A(path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``) in the current file."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], path))


def A1(path, unit, targets=(), note="", **kw):
    """An article sample whose one doer is ``unit``."""
    return one(path, unit, targets, note, at=art(CUR[0], path), **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x264_01_huangpu-fagaiwei-2022-jieneng-jianpai-jiangtan-zhuanxiang-zijin-guanli-banfa.txt"
P01 = "黄浦区节能减排降碳专项资金管理办法"
N01 = "关于印发《" + P01 + "》的通知"
OFFICE = "黄浦区节能减排工作领导小组办公室"
PMD = "项目管理部门"
FIVE = [OFFICE, "区财政局", "区发展改革委", "区商务委", "区科委", "区建管委", "区生态环境局", "区文化旅游局", "区机管局", "其他部门"]

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (line 17, after the cover and its 「附件」 line) or the notice title (line 1): either "
                "(round 45's pair; round 49 x229_04: a cover whose 「附件：」 line names the rules it forwards is a forwarding "
                "notice and its document, one plan)",
     doc_no="黄发改规〔2022〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区发展和改革委员会 with 上海市黄浦区财政局 (two signatures)",
     date="2022-08-10",
     date_note="the cover is signed 2022年8月10日 (the index the same); the rules apply from 2022年9月10日, valid 5 years",
     level="district bureaus (Shanghai Huangpu, the development and reform commission and the finance bureau), rules of a "
           "district fund for energy saving and carbon reduction: its source, applicants' conditions, what it supports and "
           "at what rates, the departments' duties, the application and review procedure, supervision",
     source=src(N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f6f57158-4701-4825-a605-1a2a2bc2b98a&siteId=0071", 5378),
     style="a cover (addressees 「黄浦区节能减排工作领导小组各成员单位，各有关单位：」, one sentence, a 「附件：《…》」 line, two "
           "signatures, the date) then 「附件」 alone on a line, the rules' title and a preamble; eight headed points 一、–八、 over "
           "paragraphs with blank lines between all: 二、 a lead-in over conditions （一）–（三）; 三、支持范围 （一）–（十五） run-in "
           "headed items 「（一）产业节能减排降碳。重点用于支持…」; 四、支持方式 （一）–（十四） heading lines over a paragraph or "
           "items 「1、…」, and an unnumbered closing paragraph after （十四）; 五、–七、 childless points of paragraphs; 八、附则 "
           "「1、」「2、」 then the entry into force and the interpreting body unnumbered",
     leaf_tasks=3, count_alternatives=[4, 18, 19],
     leaf_tasks_by_section={"五、部门职责": 1, "六、申报和审核程序": 1, "七、资金监督管理": 1},
     childless_top_level_sections=["一、资金来源"],
     samples=[
        S(["五"], [], FIVE,
          responsible_alternatives=[FIVE[:-1], FIVE[:-1] + ["区政府明确的其他部门"], ["区节能减排办"] + FIVE[1:]],
          note=WORKHEAD + " (部门职责 is in round 35's list; round 54: a 部门职责 point that gives bodies work is one task); "
               "「黄浦区节能减排工作领导小组办公室（设在区发展改革委，以下简称“区节能减排办”）、区财政局共同负责…」 — the bracket "
               "says where the office sits and its short name: 以下简称 is dropped (round 35) and where a body sits is no doer "
               "(round 45), so the name is the office's as printed; the office is the standing leading group's (the cover "
               "addresses the group's members), not a body this point sets up (round 35); 「区发展改革委、…、区机管局以及区政府明确"
               "的其他部门（以下统称“项目管理部门”）…分别负责…」 — separate heads, each a name (round 35), 以及 joins names like 及 "
               "(round 34), the 的-rule leaves 其他部门, a kind (rounds 34, 47); no 牵头: lead [] (round 30) — RULING? 2; "
               + NODATE),
        S(["六"], [], ["区节能减排办", "区发展改革委"],
          responsible_alternatives=[["区发展改革委", "区财政局", PMD, "区节能减排办"], ["区节能减排办"]],
          not_targets=[(15, "日")],
          note="a childless point of paragraphs that gives work is one task (round 34 early; round 54); 「申请单位应于每年9月底前，"
               "向区节能减排办或相关部门报送…」「每年年初，申请单位…提交…书面申请」 — applicants' filings (round 30 / round 32): no "
               "unit, no duty; 「区发展改革委、区财政局会同项目管理部门根据…，结合…，由区财政纳入下一年度区级预算」 — the only verb of the "
               "会同 clause is 纳入…预算, a cost verb (round 48: a payer), so no doer by it — RULING? 3 (the 会同 reading accepted); "
               "「区节能减排办…将申请材料分发至…项目管理部门」「项目管理部门提出初审意见并统一汇总至区节能减排办」 — headed points, "
               "outside the article rule (" + CLOSED + "), and duties (below); 「区节能减排办委托节能专业机构组织评审」 — 「A委托B"
               "组织…」 reads as 「由A委托B」: A is a doer, B not (round 35); the short name as printed (round 38 / round 43); "
               "「由审核小组（区发展改革委、…）根据评审报告进行审核确认」 — a reviewing body is rule 3's (round 36; round 51 p47c), its "
               "bracket of members is dropped (round 37); 「对审核合格的项目，由区发展改革委…向社会公示」 — 对…的 names the objects "
               "(round 56) and 由A＋a verb of doing (round 34) → a doer; 「公示时间为15日」 — a period with no comparison word, a "
               "norm (round 30's line) → not a target; 「由区财政局统一拨付资金」 — 拨付 pays (round 47): a payer; no 牵头: lead []; "
               "「每年9月底前」「每年年初」 are rhythms (round 34): " + NODATE),
        S(["七"], ["各项目管理部门"], ["各项目管理部门", "相关部门", "区节能减排办", PMD],
          lead_alternatives=[[]],
          responsible_alternatives=[["各项目管理部门", "相关部门", "区节能减排办", "区财政局", "区审计局", PMD]],
          note=HUI + " (「各项目管理部门会同相关部门负责…监督、检查和评估验收」; 相关部门, a kind as 会同's partner, round 42 "
               "continued); 「区节能减排办委托相关单位对…进行抽查和评估」 — A委托B: A a doer (round 35), 相关单位 a call anyway "
               "(round 33); 「区财政局和区审计局对…进行监督和审计」 — 进行 without 由 outside articles names no doer (round 37; " + CLOSED
               + "; the article reading adds them, accepted); 「…的，经查实，由项目管理部门负责追回已拨付的资金，并取消申报资格」 — a "
               "body's own step after a breach (rounds 42, 49 p46d, 60), 收回／追回 no payment (round 55): 项目管理部门, the name "
               "the rules define for the bodies of 五 (round 48: a defined name is a unit as printed), given as printed beside "
               "「各项目管理部门」 (round 48: one body printed two ways is given as printed each time); 「依法追究其相关法律责任」 — a "
               "consequence (rounds 48, 51): " + NODATE),
     ],
     plan_targets=[(1200, "元/吨标准煤"), (100, "万元"), (30, "万元"), (15, "%"), (10, "%"), (1800, "元/千瓦"),
                   (6, "万元"), (50, "万元")],
     phases=[],
     duties=[{"what": "项目管理部门提出初审意见并统一汇总至区节能减排办", "when": None, "when_norm": None,
              "note": "六、: a plan body passing the applications on after its own step (round 36 「初审后报镇」; round 46; "
                      "round 49 x228_03) — an undated duty"},
             {"what": "区节能减排办按照部门职责，将申请材料分发至相对应的项目管理部门", "when": None, "when_norm": None,
              "note": "六、: a plan body passing applicants' papers on (round 52 x236_01's centre 「分送相应的服务单位」) — an "
                      "undated duty"}],
     notes=["counting: the cover and the preamble no tasks; 一、资金来源 「区财政预算每年安排…专项资金…，并…加大…力度」 — 安排…资金 is "
            "a cost verb (round 48), a budget no body, no 要／应: the fund's terms, no task (" + TERMS + "; count 4 with it "
            "accepted); 二、 a lead-in 「申请专项资金的单位或个人应当符合以下条件：」 over conditions (" + CONDS + "): no task; "
            "三、支持范围 （一）–（十五） 「重点用于支持…」 state what the fund supports, its terms (" + TERMS + "; the fund is no body, "
            "round 45), 三/（三）'s 「公共充电桩…应全部接入…平台」 a condition a supported project meets (round 59 x258_05) — no tasks, "
            "RULING? 1 (18 with them accepted, round 47's x212_03 support directions); 四、支持方式 （一）–（十四） are rates and "
            "ceilings (「给予…补贴」 is a payer, round 46; 「经认定」 names no body): a list of rates, text (round 36 / round 38), "
            "its figures plan targets; 五、 1, 六、 1, 七、 1 → **3**; 八、附则 1、 an option 「可进行…调整」 (round 49 p46b), 2、 a "
            "rule for the beneficiaries 「同一单位不得…重复享受政策」 (rounds 36, 48: rules for the public), then the entry into "
            "force and the interpreting body (" + GENART + "). Accepted: 4 (一、 as a point), 18 (三's fifteen items), 19 (both).",
            "plan targets (四、's rates, round 38: the rates of a point that is no task are plan targets): 1200元/吨标准煤 and "
            "800元/吨二氧化碳 (per-unit rates, round 25), 最高不超过100万元, 不超过30万元, 「比例分别达到15%和5%以上」 (a standard "
            "to meet to be recognised, round 40), 「按项目投资额的10%」 (a policy's own rate), 1800元/千瓦, 30% / 40%, 不超过6万元, "
            "每年不超过5万元, 15万元, 20万元, 50%, 50万元; classes, not targets: 「年节能量在20吨标准煤以上（含）或年降碳量30吨二氧化碳"
            "以上（含）的节能技改项目」 and 「60千瓦以上快充充电桩」 (figures inside a noun naming what a rule picks, round 58 / round "
            "60); 「1:1匹配补贴」 a ratio (no target checked); 沪发改规范〔2021〕5号 a document number",
            "units: 五、 gives the departments their duties (RULING? 2 on the office's name); 六、, 七、 read by rule 2 and the "
            "closed list (headed points, round 45); the cover's addressees 「…各成员单位，各有关单位」 and the signatures are no "
            "units of any item",
            "dates: 2022年8月10日 (signature), 2022年9月10日 (entry into force), 有效期5年; 每年9月底前, 每年年初 (rhythms of "
            "applicants' filings); no deadline, no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x264_02_minhang-jianguanwei-2022-xiane-yixia-xiaoxing-gongcheng-shigong-chengfabao-shishi-xize.txt"
P02 = "闵行区限额以下小型建设工程施工承发包管理实施细则"
N02 = "上海市闵行区建设和管理委员会关于印发《" + P02 + "》的通知"
FAB = "发包人(项目建设单位）"
SYS = "闵行区限额以下小型建设工程承发包信息管理系统"
T3 = ["各镇政府", "街道办事处", "莘庄工业区"]
S02 = [
    A(["第二条"], [], ["区政府各委办局", "区属企事业单位"] + T3,
      note="「区政府各委办局，区属企事业单位及各镇政府、街道办事处和莘庄工业区应当成立承发包（招标投标）领导小组」 and the second "
           "paragraph's 应成立…工作小组／工作部门 — in 第X条 articles setting a body up is a verb of doing (round 52 x240_03; round 60 "
           "x136_02: 成立 as 设立), so the subjects are doers, each once; the groups set up are none (round 35); 「区属企事业单位及各镇"
           "政府」 — 及 joins two names (round 34); " + TOWNS + "; 「（以下简称“领导小组”）」 dropped (round 35); " + ARTSUBJ
           + "; no 牵头: lead []; " + NODATE),
    A(["第三条"], [], ["区建管委", "各区级部门"] + T3,
      note="rule 2's several clauses: 「区建管委负责…统筹管理和综合协调」「各区级部门、各镇政府、街道办事处、莘庄工业区负责…管理」 — "
           "an article in 总则 that gives work is a task (round 30); 各区级部门 a kind (round 44: 各部门 a kind; round 58: 市级部门); "
           "no 牵头: lead []; " + NODATE),
    A1(["第九条", "（二）"], "工作部门", [(3, "天"), (7, "天")],
       note="「工作部门应将…发包公告和发包文件发布在…系统上，同时提供发包文件下载」 — " + ARTSUBJ + "; 工作部门 is the name 第二条 "
            "defines for the towns' units (round 48: a defined name is a unit as printed; round 36: bodies set up earlier are "
            "doers in later items); 「不得少于三天」「不得少于七天」 — 不少于 (round 30's line), numerals read at their value, the unit "
            "as printed (round 54) → 3天, 7天 (times counted from the sending: targets with a comparison word, round 33); "
            "items inside an article are its items, tasks where they give work (round 37; round 54); " + NODATE),
    A(["第十八条"], [], ["发包人", SYS], [(5, "家"), (15, "家")], responsible_alternatives=[["发包人"]],
      note="「提交竞标文件的竞标人少于五家的，发包人应当重新组织发包」 — a body's own step after a case, the article's work (rounds "
           "42, 49 p46d) and 组织＋work (round 34); 「经领导小组批准」 an approver (rule 3); 「发包人可直接进入后续程序」 an option "
           "(round 40); 「报名的竞标人大于十五家的，…由闵行区限额以下小型建设工程承发包信息管理系统随机抽选十五家竞标人入围…」 — 由A＋a "
           "verb of doing: a platform made an actor so is a unit as printed (round 34) — RULING? 4 (发包人 alone accepted); "
           "「应当按相关规定对该竞标人进行处理」 has no subject standing but the party the case is about, which never carries "
           "(round 49 p46d): none; targets: 少于五家 and 大于十五家 trigger steps in conditions of their own (round 30; round 32: "
           "大于／小于; 少于 read as 小于), 「五家至十五家的」 a band both edges (round 29), 「抽选十五家」 the number the step selects "
           "(round 49 / round 60) → 5家, 15家; 发包人 the employer, a body named by its role in the procedure (round 34; round 47 "
           "q44c's 招标人); " + NODATE),
    A1(["第十九条"], "区建管委",
       responsible_alternatives=[T3 + ["区建管委"]],
       note="「…经区级部门和各镇政府…集体决策认定，报区建管委备案后可实行发包备案制」 — a route with 经…认定 (rule 3) and an option "
            "(可, round 40); 「各镇政府、街道办事处、莘庄工业区要严格准入审核」 — a review of the projects put forward, rule 3's "
            "approver's step in articles too (round 51 p47c) — the towns as doers by 审核 accepted; 「区建管委要组织抽查，对把关不严的"
            "情况进行通报」 — 组织＋work (round 34), the subject carried to 进行通报 (round 34); the sending 「报区建管委备案」 is a "
            "duty (below); " + NODATE),
    A1(["第二十一条"], "发包人",
       note="「竞标会由发包人或工作部门工作人员主持」 — 由A或B＋a verb of doing: 或 joins alternative doers (round 30 「由A或B指定"
            "专人负责」; round 49), but 工作部门工作人员 are persons of a body (round 45 「由市环保局专家…」; round 30: persons never "
            "units), so 发包人 alone; 「邀请所有入围竞标人参加」「应邀请村民代表参加并监督」 — the invited are no units (round 40); "
            + NODATE),
    A1(["第二十五条"], "工作部门", not_targets=[(2, "天")],
       note="「承包商确定后，工作部门应在…系统上发布竞标结果公告」 — " + ARTSUBJ + "; 「公告期为两天」 — a period with no comparison "
            "word, a norm (round 30's line; round 40: 「一般为3-5年」) → 2天 not a target; 「承包商确定后」 a time from an event "
            "(round 34): " + NODATE),
    A(["第二十六条"], [], [],
      note="「采用发包备案制的建设工程由发包人填写承包（交易）通知书提交工作部门备案」 — a works party's own filing (round 42: a 备案 "
           "is a filing; round 54: filing for itself names none; round 57: no duty); round 58 (x95_02 第四条、第十条): a works "
           "party's filing article is a task naming no unit, no duty; 工作部门 receives (rule 3); " + NODATE),
    A(["第二十七条"], [], ["发包人", "承包商"], responsible_alternatives=[["发包人"]],
      note="「发包人应当在确定承包商之日起三天内发出承包（交易）通知书，十天内与承包商签订施工承包合同」 — " + ARTSUBJ + "; round 48 "
           "(governs): inside 第X条 articles 「A与B签订…」 makes A a doer and B a co-signatory read like 会同 (responsible A, B); "
           "承包商 a body named by a kind (round 47 q44c); no 牵头: lead []; 三天内／十天内 are limits counted from an event with no "
           "comparison word (round 33): no targets, " + NODATE),
    A(["第二十八条"], ["区建管委"], ["区建管委", "相关部门"], lead_alternatives=[[]],
      note="「由区建管委牵头，会同相关部门，建立健全…制度，建立…机制」 — 由A牵头 (rule 2) with a 会同 partner named by its kind "
           "(round 42 continued): lead 区建管委, responsible 区建管委, 相关部门 (" + HUI + "); 「在一定范围和时限内限制其承揽业务」 a "
           "sanction, no figure; " + NODATE),
]
plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (lines 13–14, printed over two lines 「闵行区限额以下小型建设工程」「施工承发包管理实施细则」) or "
                "the notice title (line 1; printed again over three lines, lines 3–5): either",
     doc_no="闵建管规〔2022〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市闵行区建设和管理委员会",
     date="2022-07-26",
     date_note="the cover is signed 2022年7月26日 (the index the same); the rules apply from 2022年8月27日, valid to 2027年8月14日",
     level="a district commission (Shanghai Minhang, the construction and management commission), detailed rules for "
           "contracting out small works under 1 million yuan: the bodies that run it, tendering, bids, the award, "
           "supervision after the award",
     source=src("上海市闵行区建设和管理委员会关于印发《" + P02 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=49043A12-3697-11ED-BD97-5C88D33FFFEE&siteId=0079", 4259),
     style="the notice title printed again over three lines, addressees and one sentence on the next line, signature and date "
           "with no blank line between; the rules' title over two lines; six chapters 「第N章  …」 and 32 articles 「第N条 …」 "
           "(one or two spaces after the number) with no blank lines, their text run in; 第八条–第十一条 and 第十六条 with items "
           "（一）… on lines of their own (第九条 （一） with a half-width 「(」); 第六章 「其他」 holds only an unnumbered entry into "
           "force 「本办法自…」",
     leaf_tasks=22, count_alternatives=[21, 23, 25, 27],
     leaf_tasks_by_section={"第一章": 2, "第二章": 7, "第三章": 2, "第四章": 7, "第五章": 4},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[], phases=[],
     duties=[{"what": "工作部门提出意见后，报领导小组审查", "when": None, "when_norm": None,
              "note": "第八条（二）: a plan body passing the employer's application on after its own step (round 36 「初审后报镇」; "
                      "round 46) — an undated duty; the application itself (（一）) is the applicant's"},
             {"what": "集体决策认定，报区建管委备案", "when": None, "when_norm": None,
              "note": "第十九条: the district departments and towns sending the results of their own decision 「…备案」 (round 48 "
                      "governs: a plan body's sending of its own results is an undated duty; round 57 x254_01)"}],
     notes=["counting (articles; " + GENART + "): 第一条 purpose, 第四条 scope (「…纳入…管理范围」) and the unnumbered entry into "
            "force no tasks; 第五条 「…统一在…系统上操作」, 第六条 「采用公开发包」 and 第二十三条 「…采用…合理低价抽签法」 state the "
            "scheme's terms with no doer and no 要／应 (" + TERMS + "); 第七条 a condition on the works and the employer's own "
            "approvals (round 59 x258_05; round 52 x236_03) with a 从其规定 paragraph; 第十条 a list of what the notice contains "
            "(" + CONDS + "); 第十四条 a definition and an exclusion of bidders; 第十五–十七条 the bidders' own papers and bids "
            "(round 54: applying for itself names none; rules for the applicant, round 52 x236_03); 第三十二条 「…可…制定…操作细则」 "
            "an option (round 49 p46b) — no tasks. Tasks: 第二条, 第三条 (2); 第八条 （二） and （三） (（一） is the employer's "
            "application, text; （三） the group's review and the start, a task naming no unit — RULING? 5) (2); 第九条 （一） "
            "「发包人(项目建设单位）应拟定发包公告，编制发包文件」 and （二） (2); 第十一条 (its own sentence 「发包人…编制发包文件，应统一"
            "使用发包文件范本」; its （一）–（八） are a document's contents, text), 第十二条, 第十三条 (3); 第十八条, 第十九条 (2); "
            "第二十条 (subjectless rules with 应 on acts only the rules' bodies do: a task naming no unit, round 52 x240_04), 第二十一条, "
            "第二十二条, 第二十四条, 第二十五条 (5); 第二十六条, 第二十七条 (2); 第二十八–三十一条 (4) → **22**. Accepted: 21 (第八条 one "
            "task), 23 (第八条 （一） too), 25 (the bidders' 第十五–十七条 as tasks, round 47 q44c's 中标人), 27 (and 第五、六条).",
            "units: the article rule (round 44) with the applicants' exceptions (round 54); 发包人 is the employer, a body named "
            "by its role (round 34; the bracket 「(项目建设单位）」 in 第九条（一） stays with it, round 34: names as printed); "
            "工作人员 and 项目负责人 are persons (round 30); 领导小组 and 工作部门 are set up in 第二条 (no units there, round 35) "
            "and doers in later articles (round 36); 第二十二条 「由竞标人或者其推选的代表检查竞标文件的密封情况」 gives 竞标人 by "
            "由A＋a verb of doing (the representatives are persons) — not sampled; 第三十条 「各区级职能部门和各镇政府…要加大…力度，"
            "加强…」 — 加大／加强 are verbs of doing in articles (round 57 x252_01)",
            "figures: 100万元以下 (第四条, the scope's class, no target), 三天 / 七天 (不得少于, targets, 第九条（二）), 三天前 / 二天前 "
            "(第十二条, times from an event), 五家 / 十五家 (第十八条), 两天 (第二十五条, a norm), 三天内 / 十天内 (第二十七条, limits from "
            "an event), 排名第一 / 第二 (ordinals); 闵府规发〔2022〕6号 a document number",
            "dates: 2022年7月26日 (signature), 2022年8月27日 (entry into force), 2027年8月14日 (validity): no deadlines, no phases"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x264_03_minhang-quzhengfu-2022-xiane-yixia-xiaoxing-jianshe-gongcheng-guanli-banfa.txt"
P03 = "闵行区限额以下小型建设工程管理办法"
N03 = "闵行区人民政府关于印发《" + P03 + "》的通知"
T3F = ["区相关职能部门", "各镇政府", "街道办事处", "莘庄工业区"]
plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 11, after the cover) or the notice title (line 1): either",
     doc_no="闵府规发〔2022〕6号 (printed on line 3, and in the index and the stored front matter)",
     issuer="上海市闵行区人民政府 (the index names its general office; the closing line 「闵行区人民政府办公室…印发」)",
     date="2022-07-14",
     date_note="the cover is dated 2022年7月14日 (the index the same); the rules apply from 2022年8月15日, valid to 2027年8月14日",
     level="a district government (Shanghai Minhang), rules on small works under 1 million yuan: scope, the division of "
           "duties, the leading groups, the parties' duties, procedure, contracting out, supervision",
     source=src(N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0A843948-3697-11ED-ADB3-CC5F6BC51FFB&siteId=0079", 3058),
     style="the notice title, the document number on a line of its own, addressees and two sentences without blank lines, the "
           "date; the rules' title, a preamble, eight headed points 一、–八、 whose headings stand alone on their lines, items "
           "（一）… run in, no blank lines; 三、 childless; closing chrome 「公开属性：主动公开」, a 抄送 line and the office's 印发 line",
     leaf_tasks=14, count_alternatives=[15, 16, 17],
     leaf_tasks_by_section={"二、职责分工": 3, "三、组织机构": 1, "四、管理责任": 3, "五、建设程序": 2, "七、事中事后监管": 5},
     childless_top_level_sections=["一、适用范围", "八、其他"],
     samples=[
        S(["二", "（一）"], [], ["区建管委", "区交通委", "区水务局", "区房管局", "区绿容局", "区民防办"],
          responsible_alternatives=[["区建管委"]],
          note=WORKHEAD + ": 「区建管委负责…」 and 「区交通委、区水务局、区房管局、区绿容局、区民防办等职能部门按照各自职责对…进行指导和"
               "监督」 — separate heads before 等职能部门, so five names and the 等… tail dropped (round 35; round 58); the items "
               "under a 职责分工 point are items, each a task (round 56); no 牵头: lead []; 区建管委 alone (the closed list outside "
               "the heading) accepted; " + NODATE),
        S(["二", "（三）"], [], T3F[1:],
          note=WORKHEAD + "; 「各镇政府、街道办事处、莘庄工业区负责办理…，并负责…监管」 — rule 2's 负责 as well; 各 is not shared (round 34): three names as printed; 「街镇、莘庄工业区审批立项及其辖区内企业立项的…工程」 — places inside a noun's description (round 30); no 牵头: "
               "lead []; " + NODATE),
        S(["三"], [], [], responsible_alternatives=[T3F],
          note="a childless headed point that gives work with 应当 (round 34 early; round 51 p47b) is a task; 「区相关职能部门及各镇"
               "政府、街道办事处、莘庄工业区应当建立健全…领导小组…架构以及相应工作机制」 — 建立健全 is no rule-2 verb (" + CLOSED + "); "
               "the group is one the item sets up (round 35), and 「领导小组应当…认真履行…职责，并明确工作部门，负责具体实施工作」 has the "
               "set-up group as subject (round 41: 「设置…领导小组…，分别负责…」), the 工作部门 it names none; 组织机构 is no heading "
               "that gives out work (round 38: a duty word is needed): lead [], responsible [] — the article reading (the four "
               "bodies) accepted; " + NODATE),
        S(["四", "（一）"], [], ["限额以下工程建设单位"], lead_alternatives=[["限额以下工程建设单位"]],
          responsible_alternatives=[["建设单位"]],
          note="四、管理责任 is a heading that gives out work (round 35's list: 管理责任) — " + WORKHEAD + "; 「限额以下工程建设单位要"
               "认真履行项目建设的主体责任，依法依规加强项目报批、…资金管理等工作」 — the party named by its kind, as printed (round 34: "
               "a regulated party by role is a body; names as printed; 建设单位 accepted); " + ONE_LEAD + "; " + NODATE),
        S(["四", "（三）"], [], ["区相关职能部门"], lead_alternatives=[["区相关职能部门"]],
          note=WORKHEAD + " (管理责任); 「区相关职能部门要切实履行行业管理职责，加强对街镇专业监管人员的培训和业务指导」 — 相关 before a "
               "kind makes a kind (round 33; round 56); 街镇专业监管人员 are persons, the object of the training (round 30); "
               + ONE_LEAD + "; " + NODATE),
        S(["五", "（三）"], [], ["区建管委"], lead_alternatives=[["区建管委"]],
          note="「闵行区限额以下小型建设工程管理系统为…统一操作平台」 — a statement of what the system is (a verb of being, round 44), "
               "no doer; 「区建管委负责…系统的管理运营和维护，…及时优化完善管理系统」 — rule 2's 负责; " + ONE_LEAD + "; " + NODATE),
        S(["七", "（三）"], [], [], responsible_alternatives=[T3F[1:]],
          note="「各镇政府、街道办事处、莘庄工业区要结合各类巡查工作，整合…资源，健全…工作机制。对巡查中发现的违法违规行为要及时采取"
               "相应措施或者按程序移送区相关职能部门进行处理」 — 结合, 整合, 健全, 采取, 移送 are no rule-2 verbs (" + CLOSED + "); "
               "区相关职能部门 receives the cases moved to it (rule 3); 移送 of a case is enforcement, no report (round 52 x239_04): "
               "no duty; 七、事中事后监管 is no heading that gives out work (round 42: 「监督管理」 alone needs a duty word): lead [], "
               "responsible [] — the article reading (the three) accepted; " + NODATE),
        S(["七", "（六）"], [], [],
          note="「按照…规定及相应程序，将…参建各方纳入建设市场诚信管理体系，对…加强信用管理，对失信单位和个人实施重点监管，探索建立健全"
               "市场退出机制」 — a rule point with no subject that gives work (实施 with no subject) is a task naming no unit (round "
               "43; round 49 p46d: with no subject it is an instruction to the plan's bodies); 参建各方 and 市场主体 are the objects; "
               "「对情节严重的单位和个人，按照相应程序依法追究其行政责任和法律责任」 — a consequence with no agent (rounds 48, 51): "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover and the preamble no tasks; 一、适用范围 a definition and scope (" + GENART + "); 二、 （一）–（三） "
            "3; 三、 childless, gives work (应当) → 1; 四、 （一）–（三） 3; 五、 （一） a condition on the works and the owner's own "
            "approvals (round 59 x258_05; round 52 x236_03) with a 从其规定 paragraph — text; （二）, （三） 2; 六、 （一） scope "
            "(纳入…管理范围), （二） terms 「采用公开发包形式…采用…合理低价抽签法」 (" + TERMS + "), （三） 「…实施细则由区建管委另行制定」 "
            "(round 39) — no tasks; 七、 （一） 「…应当加强…现场监管，…及时发现、制止和查处…」, （三）, （四）, （五）, （六） → 5; "
            "（二） 「各镇政府…可自行组织或委托…第三方专业机构，加强…，并对…进行监督、考核」 — 可 reaches every verb joined to it in the "
            "sentence (round 40): an option, no task (round 49 p46b); （七） 「…管理系统作为…重要平台，…切实发挥…重要作用」 — a thing "
            "as subject stating the system's role, no doer and no 要／应: no task (round 41; round 46) — RULING? 6; 八、 entry into "
            "force and the interpreting body (「本办法由区政府负责解释，具体解释工作由区建管委承担」, round 30) → **14**. Accepted: 15, "
            "16, 17 (七、（二）, 七、（七） and 五、（一） counted, one or more).",
            "units: 二、 and 四、 are headings that give out work (职责分工, 管理责任: round 35), read with every body given work; 三、, "
            "五、, 七、 read by the closed list (headed points, round 45), the article reading accepted where sampled; 七、（五） "
            "「…，由相关部门依法依规对有关责任人进行严肃处理」 — officials disciplined for their breach, a consequence (round 52 "
            "x240_03: the breaker's superiors) or 相关部门's own step after a case (round 45): not sampled",
            "figures: 「总投资额在100万元以下的建设工程」 (一、 and 六、（一）, a class that defines the scope: no target); no other figure",
            "dates: 2022年7月14日 (cover and 印发 line), 2022年8月15日 (entry into force), 2027年8月14日 (validity): no deadlines, "
            "no phases, no duties (七、（三）'s 移送 is enforcement)"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x264_04_jinshan-jianguanwei-2022-xiane-yixia-xiaoxing-jianshe-gongcheng-guanli-banfa.txt"
P04 = "金山区限额以下小型建设工程管理办法"
N04 = "关于印发《" + P04 + "》的通知"
T3J = ["各镇", "街道", "园区"]
FIVE04 = (["区建管委"] + T3J + ["区规划资源局", "区水务局", "区卫健委", "区绿化市容局", "区房管局", "区民防办", "区交通委",
                                  "区教育局", "区生态环境局", "区市场监管局", "区城管执法局"])
S04 = [
    A(["第三条（组织机构）"], [], ["区相关职能部门"] + T3J + ["领导小组"],
      responsible_alternatives=[["区相关职能部门"] + T3J],
      note="「区相关职能部门及各镇、街道、园区应完善限额以下工程管理工作领导小组」 — " + ARTSUBJ + " (完善); 「各镇、街道、园区」 three "
           "names (round 30 「各镇、园区」; round 43); 「领导小组应按照…原则，认真履行…职责，并明确工作部门」 — the group is one the "
           "article improves (完善), not one it sets up, so as the subject of the article's verbs of doing it is a doer (round 36: "
           "bodies set up earlier; round 59 x259_01: a standing group given work in an article) — RULING? 7 (without it "
           "accepted); 「负责具体实施工作」 — its subject is the 工作部门 the group names here, set up by the article (round 41; round "
           "35): none; no 牵头: lead []; " + NODATE),
    A(["第五条（职责分工）"], [], FIVE04, responsible_alternatives=[[n for n in FIVE04 if n not in T3J]],
      note=WORKHEAD + " (职责分工; round 54: one task, every body given work once, in printed order): 「区建管委负责…，监督和指导各镇、"
           "街道、园区做好…安全监管工作」 — under a work heading 「A指导B开展…」 gives A and B (round 35; round 47 x215_03), the towns "
           "accepted out (round 55's guide outside a work heading); 「区规划资源局、…、区交通委等职能部门」「区生态环境局、区市场监管局、"
           "区城管执法局等部门」 — separate heads, the 等… tails dropped (round 35); 「区教育局等部门」 — one whole name before 等部门, "
           "read the same way (round 35; round 58); 「区发改委等区级部门审批立项的限额以下工程」 — bodies inside a noun's description "
           "(round 30); no 牵头: lead []; " + NODATE),
    A(["第七条（责任体系）"], [], ["建设单位", "施工单位", "监理单位", "勘察、设计单位"],
      responsible_alternatives=[["建设单位", "施工单位", "监理单位", "勘察单位", "设计单位"]],
      note="「小型建设工程要成立…责任体系，严格落实安全生产责任制」 — a thing as subject (round 41): none; 「建设单位对建设项目安全生产"
           "全面负责」 — 负责 (rule 2; round 35's 负总责); 「施工单位是建设工程安全生产责任的直接主体」 — names who answers for the work, "
           "a designation (round 34 「X的责任主体为A」; round 32); 「监理单位要切实履行第三方监管责任」「勘察、设计单位要按照…进行勘察和"
           "设计」 — " + ARTSUBJ + "; 「勘察、设计单位」 fields before one head, one name as printed (round 31; round 50 x232_03; one "
           "body per field accepted); no 牵头: lead []; " + NODATE),
    A1(["第十二条（隐患排查）"], "施工单位", [(1, "次")],
       note="「施工单位应做好…台账的记录工作，对项目现场安全生产情况进行全面自查，检查次数不应少于1次」 — " + ARTSUBJ + "; 「不应少于"
            "1次」 — 不少于 (round 30's line; round 35: a frequency with a floor) → 1次; " + NODATE),
    A1(["第十六条（日常监管)"], "各镇、街道、园区监管机构", responsible_alternatives=[["各镇", "街道", "园区监管机构"]],
       note="「各镇、街道、园区监管机构应依法对…进行检查，…及时提出整改意见」 — " + ARTSUBJ + "; the places stand before one head "
            "(监管机构), one modifier kept with the name as printed (round 35 「秭归县、夷陵区…政府」; round 59 x261_07) — RULING? 8 "
            "(three names accepted); the heading's closing bracket is a half-width 「)」 as printed (the path keeps it); "
            + NODATE),
    A(["第十八条（建设工程纳管）"], [], T3J,
      note="「各镇、街道、园区应加大巡查力度，…定期开展排摸，及时发现、制止各类违法违规建设行为。排摸中发现的…限额以上建设工程，应及时收集"
           "相关信息并上报区建管委」 — " + ARTSUBJ + "; the subject carried to the later sentence (round 34); 区建管委 receives "
           "(rule 3), and the information sent is a duty (below); 「定期」 no date: " + NODATE),
    A(["第二十一条（工作考核）"], ["区建管委"], ["区建管委", "相关职能部门"], lead_alternatives=[[]],
      note="「区建管委应联合相关职能部门将…纳入年度安全生产目标管理考核内容，制定实施方案，层层分解目标…」 — 「A联合B＋verb」 reads as "
           "「A会同B」 (round 34; round 40): lead A, responsible A, B; 相关职能部门 a kind (round 33); 纳入…考核 is no money (round 48's "
           "cost verbs name money); 「年度」 names the yearly programme, no date: " + NODATE),
    A(["第二十二条（专项检查）"], [], ["区建管委", "相关职能部门"] + T3J,
      responsible_alternatives=[["区建管委"] + T3J, ["区建管委", "相关职能部门"]],
      note="「区建管委应采取随机检查等方式…组织专项抽查」 — 组织＋work (round 34); 「邀请相关职能部门参与检查」 — the invited are the "
           "object of 邀请 (round 40), but 「相关职能部门应及时进行处置」 makes them doers by the article's own verb (round 44); 「由各镇、"
           "街道、园区负责督促参建单位落实整改」 — 由A负责 (rule 2), 参建单位, the object of 督促, none (round 30); 「第一时间」 no date; "
           "no 牵头: lead []; " + NODATE),
]
plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 15, after the cover and its 「附件：」 line) or the notice title (line 1): either",
     doc_no="金建规〔2022〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市金山区建设和管理委员会",
     date="2022-05-13",
     date_note="the cover is signed 2022年5月13日 (the index the same); the rules apply from the same day",
     level="a district commission (Shanghai Jinshan, the construction and management commission), rules on small works under "
           "1 million yuan: the bodies and their duties, the parties' safety duties, the towns' supervision, the district "
           "departments' oversight",
     source=src(N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=008146415fec99bc96d8672eb3800b09a472&siteId=0081", 4407),
     style="a cover (addressees 「各有关单位：」, one sentence, 「特此通知。」, a 「附件：…」 line, signature, date); the rules' title; "
           "five chapters 「第N章 …」 and 25 articles 「第N条（heading）」 each heading alone on its line over one or two paragraphs, "
           "blank lines between all lines (第十四条 and 第十六条 close their heading with a half-width 「)」); the rules' own "
           "「附件：」 line after 第二十五条 listing three forms 1.–3. (not printed)",
     leaf_tasks=21, count_alternatives=[22],
     leaf_tasks_by_section={"第一章 总则": 4, "第二章 企业安全生产": 6, "第三章 属地安全监管": 6, "第四章 行业监管": 5},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[], phases=[],
     duties=[{"what": "排摸中发现的存在违法建设行为的限额以上建设工程，应及时收集相关信息并上报区建管委", "when": "及时",
              "when_norm": None,
              "note": "第十八条: the towns, bodies the rules task, sending information on what their own survey found to the "
                      "district commission (rounds 35, 44, 48: a plan body's sending of information is an undated duty)"},
             {"what": "建立小型建设工程安全生产监管台账和竣工备案台账，记录…内容，并上传至金山区限额以下小型建设工程管理系统",
              "when": None, "when_norm": None,
              "note": "第十七条: the towns' records sent through the commission's system (round 48: information sent to the "
                      "organiser through its platform is a duty, x222_02) — an undated duty"}],
     notes=["counting (articles; " + GENART + "): 第一条 purpose, 第二条 scope and exclusions, 第二十五条 entry into force no tasks; "
            "第八条（立项审批） 「小型建设工程建设应具备…条件，…应取得相应的批复或审核意见」 is a condition on the works and the owner's own "
            "approvals (round 59 x258_05; round 52 x236_03): no task (22 with it accepted); every other article gives work by a "
            "body's verb of doing or a 应 → 第三–七条 (5), 第九–十三条 (5), 第十四–十九条 (6), 第二十–二十四条 (5) → **21**; the rules' "
            "own 「附件：」 line ends the count (EXPECTED.md), its three forms not printed.",
            "units: the article rule (round 44) with the exceptions of round 54; the parties 建设单位, 施工单位, 监理单位, 施工企业, "
            "参建单位 are bodies named by a kind (round 47 q44c); their own filings (第九条 办理…备案, 第十三条 申报…备案, 第十五条 递交"
            "承诺书) name none (round 54) and are no duties (round 57); persons (项目负责人, 现场作业人员, 施工人员, 现场负责人) never "
            "units; 第四条 「…并接受区相关行业主管部门的监管和指导」 — a body guided (rule 3); 第二十三条 「区建管委应指导各镇、街道、园区"
            "做好…投保工作，确定区域专营保险机构，并由区域专营保险机构统一承保…」 — 投保 a cost verb (round 37), 承保 not sampled",
            "figures: 100万元以下 (第二条, the scope's class: no target), 不应少于1次 (第十二条, a target), 每季度 (第二十条, a rhythm), "
            "沪住建规范〔2020〕3号 and 沪建质安〔2021〕526 号 (document numbers)",
            "dates: 2022年5月13日 (signature and entry into force); 开工前, 检查结束后第一时间 (times from events); 每季度 (第二十条, "
            "a rhythm of training, no duty: no report is sent); no deadlines, no phases"])

write_collected(DIR)

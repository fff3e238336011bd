# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next309/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 60 (built by helper c309): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate``); every answer
was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 74 rulings, written early" to
its end in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next309/make_expected.py tests/data/plans-next309
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all three documents
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title), cut by "
          "a script at the first 「\\n# 」; the stored file as copied (wrapper + text) had the character count read_file "
          "gives")


def src(path, url, chars):
    return f"{REPO} @ {C}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 62 p52c, 66, 68: in 第X条 articles a body named by a kind standing as the subject of "
           "the article's verb of doing is a doer whatever the verb; a review of a submission and the decision on it "
           "(rounds 67, 68, 70's x286_01 第七条; Round 77's x302_05 第六、十一条), a sending (rounds 46, 48; Round 75's "
           "p57a-2; Round 77's x299_01 第十条), a filing of one's own papers (Round 74's x292_01 第三、五条) and options "
           "(可, Round 77's x301_02 （十八）) name none")
CLOSED = ("outside 第X条 articles rule 2's forms are a closed list (round 30 clarifications; round 44; Round 74's x292_04, "
          "x294_01; Round 77's x302_02, x302_04 五、八、): 进行, 加强, 统计, 做好 name none")
SHORT = ("a name printed with its defining bracket 「（以下简称“…”）」 is kept as printed before the bracket, the short name "
         "accepted (rounds 35, 43, 48; round 73)")
LIMIT = ("a time limit running from an event 「…之日起N日内」「在N日内」 is no target and no deadline (rounds 33, 54, 58; "
         "Round 74's x297_04; plans-next302's x302_05 第十一条)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x309_01_shi-guihuaziyuanju-2025-chanye-yongdi-zonghe-jiazhi-pinggu-shishi-xize.txt"
P01 = "上海市产业用地综合价值评估实施细则"
N01 = "关于印发《上海市产业用地综合价值评估实施细则》的通知"
QZ = "区政府（管委会）"
BRK = ("「区政府（管委会）」: a bracket naming the body that stands in for the kind in some areas (a development zone's "
       "管委会 for a district government) is dropped, the printed name accepted (Round 77's x302_01 一、 turned; round 37)")
FIELDS = ("fields joined by 、 before one head, with or without 等, are one name as printed (round 31; Round 74's x297_04 "
          "三、(五)1、 governs; Round 77's x299_01 第二十条, x299_04 第八条)")

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源产〔2025〕506号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2025-12-31",
     date_note="the notice is signed 2025年12月31日 (line 9); in force from issue (第二十七条); no item is dated",
     level="the city planning and natural resources bureau, to the districts' planning bureaus and bodies concerned: "
           "how the comprehensive value of state industrial land is assessed when the land is taken back",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0032::701e802dd7984b7a9cbac2f26500b9e6", 4994),
     style="a forwarding notice (addressees, one sentence, issuer, date) then the rules' title and twenty-seven articles "
           "「第N条（heading）」, each label on its own line with its bracketed heading, the text in paragraphs below; "
           "lists （一）–（六） under 第十三条 with 1.–3. under its （五）, （一）–（五） under 第九条, （一）–（四） under "
           "第二十三条, （一）（二） under 第二十四条; a closing 「附图」 line naming a flow chart not printed",
     leaf_tasks=16, count_alternatives=[15, 17, 18, 24],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 1,
                            "第十四条": 1, "第十六条": 1, "第十七条": 1, "第十八条": 1, "第十九条": 1, "第二十条": 1,
                            "第二十二条": 1, "第二十五条": 1, "第二十六条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（职责分工）"], [], ["市规划资源局", "区政府", "市土地储备机构"],
          responsible_alternatives=[["市规划资源局", QZ, "市土地储备机构"],
                                    ["市规划资源局", "市国资委", "区政府", "市土地储备机构"],
                                    ["市规划资源局", "市国资委", QZ, "市土地储备机构"]],
          **art(X01, ["第三条（职责分工）"]),
          note="「市规划资源局负责…业务指导和监督管理工作。 市国资委指导监督市属国企按照本细则的规定开展…。 区政府（管委会）或市土地储备机构负责组织开展…评估，并指定…委托人。"
               "各区政府（管委会）或市土地储备机构根据工作需要，可组织…」 — a duties article is a task (round 30: an article that gives work to "
               "bodies); 负责 names each subject (rule 2), 或 giving both (round 30); 「A指导B…」 without 负责 is rule 3's guide "
               "(round 30 clarifications; Round 74's x292_01 第十四条 keeps the subject form a guide), so 市国资委 is none, "
               "accepted with it (RULING? 1); " + BRK + "; 可组织 an option; lead [] (no 牵头); " + NODATE),
        S(["第四条（评估条件的调查认定）"], ["区规划资源、产业、国资部门", "各街镇"],
          ["区政府", "区规划资源部门", "区建管部门", "区规划资源、产业、国资部门", "区生态环境部门",
           "区应急、建管、生态环境、消防救援机构等部门", "各街镇", "区城管执法部门"],
          lead_alternatives=[["区规划资源、产业、国资部门"]],
          responsible_alternatives=[[QZ, "区规划资源部门", "区建管部门", "区规划资源、产业、国资部门", "区生态环境部门",
                                     "区应急、建管、生态环境、消防救援机构等部门", "各街镇", "区城管执法部门"],
                                    ["区政府", "区规划资源部门", "区建管部门", "区规划资源、产业、国资部门", "区生态环境部门",
                                     "区应急、建管、生态环境、消防救援机构等部门", "各街镇", "区城管执法部门", "国资管理部门"],
                                    ["区政府", "区规划资源部门", "区建管部门", "区规划资源、产业、国资部门", "区生态环境部门",
                                     "区应急、建管、生态环境、消防救援机构", "各街镇", "区城管执法部门"]],
          **art(X01, ["第四条（评估条件的调查认定）"]),
          note="「对评估资料不完整…等情况，由区政府（管委会）组织或委托相关单位组织…调查认定… 区规划资源部门负责… 区建管部门负责… 区规划资源、产业、国资部门牵头对…进行认定。"
               " 区生态环境部门负责… 区应急、建管、生态环境、消防救援机构等部门…依法对…实施监督管理。 各街镇协同区城管执法部门提供…，…组织对…进行实测。 涉及国有企业的，"
               "国资管理部门应共同参与…」 — several clauses, all their bodies (rule 2): 由A组织 (a 对…情况 phrase names the objects "
               "the work answers, no contingency: Round 74's x297_04 三、(六)1、; Round 79's 涉及), 负责 four times, 牵头 (the lead), "
               "实施, 协同 read as 会同 (round 30: lead A, lead without it accepted, RULING? 2); " + FIELDS + "; " + BRK
               + "; the 涉及国有企业的 clause beside the article's other work is a case of it and adds no unit (Round 79), "
               "accepted with it; 「区应急、建管、生态环境、消防救援机构等部门」 kept whole with its tail (one name as printed, though 消防救援机构 is a whole body), the name without 「等部门」 accepted (RULING? 13); the first paragraph's 核对确认 by the parties stands in a case with 可 (an option); " + NODATE),
        S(["第五条（土地估价机构的选定）"], [], ["评估委托人", "土地使用权人"],
          responsible_alternatives=[["评估委托人"]],
          **art(X01, ["第五条（土地估价机构的选定）"]),
          note="「从事…评估的估价机构，应为依法设立、并在规划资源部门备案的土地估价机构。 评估委托人依据相关程序确定土地估价机构，或由评估委托人与土地使用权人协商选定。」 — "
               + ARTICLE + ": 确定 with its subject names 评估委托人 (a party by role, rounds 34, 62 p52c), and 由A与B＋verb names "
               "both (round 30's 「由A与B签订」, Round 77's x302_02); 或 joins two ways of one act (round 30); the first "
               "paragraph a qualification (a term, round 46); [评估委托人] alone accepted (RULING? 3); lead []; " + NODATE),
        S(["第六条（评估委托）"], [], ["评估委托人"], lead_alternatives=[["评估委托人"]],
          **art(X01, ["第六条（评估委托）"]),
          note="「土地估价机构确定后，评估委托人应向估价机构出具评估委托书。 评估委托书应当载明…，并向估价机构提供相关材料。」 — " + ARTICLE
               + ": 出具 and 提供 (提供 of anything but money is work, Round 74's x292_03 第十三条); the letter's contents are "
               "text; " + ONE_LEAD + "; " + NODATE),
        S(["第七条（制定评估工作方案）"], [], ["土地估价机构"], lead_alternatives=[["土地估价机构"]],
          **art(X01, ["第七条（制定评估工作方案）"]),
          note="「土地估价机构接受评估委托后，应当制定评估工作方案，并送评估委托人备案。」 — " + ARTICLE + ": 制定 names the firm "
               "(drafting stands apart from a filing, Round 77's x299_01 第十三条); 送…备案 files its own plan, no duty (round 42; "
               "Round 74's x292_01); " + ONE_LEAD + "; 接受…后 an event, " + NODATE),
        S(["第八条（实地查勘）"], [], ["土地估价机构"], lead_alternatives=[["土地估价机构"]],
          **art(X01, ["第八条（实地查勘）"]),
          note="「土地估价机构应当指派土地估价专业人员对评估对象进行实地查勘，调查…，拍摄…，做好实地查勘记录。」 — " + ARTICLE
               + " (进行 in articles included, round 44); the persons it sends are no unit (rule 3's persons); " + ONE_LEAD
               + "; " + NODATE),
        S(["第十四条（评估技术指引）"], [], ["市规划资源局"], lead_alternatives=[["市规划资源局"]],
          responsible_alternatives=[["市规划资源局", "土地估价机构"]],
          **art(X01, ["第十四条（评估技术指引）"]),
          note="「市规划资源局组织市土地估价师协会研究制定相应的评估技术指引，土地估价机构应遵照执行。」 — 「A组织B＋verb」: A is the doer, "
               "B the object of 组织 no unit (round 30 clarifications); 遵照执行 is compliance with the guide, no act of work "
               "(a general call, rule 3), the firm accepted with it; " + ONE_LEAD + "; " + NODATE),
        S(["第十六条（初步评估结果征询）"], [], ["土地估价机构", "评估委托人"],
          responsible_alternatives=[["土地估价机构", "评估委托人", "土地使用权人"], ["土地估价机构"]],
          not_targets=[(7, "日")],
          **art(X01, ["第十六条（初步评估结果征询）"]),
          note="「土地估价机构完成评估测算后，应向评估委托人提供初步评估结果。… 评估委托人应当将初步评估结果向土地使用权人征询意见，土地使用权人应在7日内向评估委托人和土地估价"
               "机构反馈意见。土地估价机构针对反馈意见，对初步评估结果进行解释，存在错误的，应当改正。」 — " + ARTICLE + ": 提供, 征询, "
               "进行解释 name the firm and the client; the land user's 反馈 sends its view back, a sending (Round 75's "
               "p57a-2), accepted with it (RULING? 4); 「7日内」: " + LIMIT + "; lead []; " + NODATE),
        S(["第十七条（评估报告）"], [], [], responsible_alternatives=[["土地评估专业人员"]],
          **art(X01, ["第十七条（评估报告）"]),
          note="「…估价报告标题应包含…字样，报告的内容及格式执行相关技术标准。 评估报告应当落实三级审核制度，由土地评估专业人员签字，加盖估价机构公章，按照相关规定备案后提交委托人。」"
               " — 落实 with the report as its subject and no body, a task naming no unit; 由 with persons 「土地评估专业人员」 "
               "names persons, no body (rule 3's 负责人／责任人; Round 77's x299_02 责任人), accepted; the report's form is "
               "text; " + NONE + "; " + NODATE),
        S(["第十八条（评估异议处理）"], [], [],
          responsible_alternatives=[["土地估价机构"], ["土地估价机构", "专家委员会"]],
          not_targets=[(10, "日")],
          **art(X01, ["第十八条（评估异议处理）"]),
          note="「土地使用权人对评估结果有异议的，应当自收到评估报告之日起10日内…提出复核评估申请。 土地估价机构应当自收到复核评估申请之日起10日内对评估结果进行复核…"
               " …向市土地估价师协会专家委员会申请鉴定。 专家委员会对…进行审核，出具书面鉴定意见。…出具评估报告的土地估价机构应当改正错误，重新出具评估报告。」 — the "
               "parties' applications are theirs (round 52's x236_03), and a review of a party's objection with the decision "
               "and its own steps names none, in articles too (Round 77's x302_05 第十一条) — " + NONE + "; the firm and "
               "the committee accepted (RULING? 5); 「10日内」: " + LIMIT + "; " + NODATE),
        S(["第十九条（评估报告备案）"], [], [], responsible_alternatives=[["估价机构"]],
          **art(X01, ["第十九条（评估报告备案）"]),
          note="「估价机构在自然资源部“全国土地估价监管系统”备案并取得备案码后，应及时在本市“产业用地综合价值评估备案系统”完成备案。」 — a body filing its own "
               "report is a filing for itself, which names none in articles too (Round 74's x292_01 第三、五条: tasks naming "
               "no unit, the firm accepted) — " + NONE + "; 及时 no date; " + NODATE),
        S(["第二十条（资料归档）"], [], ["土地估价机构"], lead_alternatives=[["土地估价机构"]],
          **art(X01, ["第二十条（资料归档）"]),
          note="「…业务完成后，土地估价机构应当将评估报告及相关资料立卷、归档保管。」 — " + ARTICLE + " (归档 in articles a verb of "
               "doing; outside them Round 74's x292_04 九、 reads it outside the closed list); " + ONE_LEAD + "; " + NODATE),
        S(["第二十二条（参照执行）"], [], ["市规划资源局"], lead_alternatives=[["市规划资源局"]],
          **art(X01, ["第二十二条（参照执行）"]),
          note="「涉及国有产业用地的不动产抵押、转让、处置等评估，可以参照本细则执行。市规划资源局组织建立联动机制，强化监督管理。」 — a 参照 line is a general "
               "provision, but a closing article that also gives work stays a task (round 39; Round 78's (c); x287_01 8 附则): "
               "组织建立 is rule 2's 组织＋verb; " + ONE_LEAD + "; " + NODATE),
        S(["第二十五条（责任评估师制度）"], [], [], **art(X01, ["第二十五条（责任评估师制度）"]),
          note="「在产业用地综合价值评估活动中，应当落实责任评估师制度的相关要求。」 — 应当落实 with no subject: a task naming no unit "
               "(round 49; the head: in a plan with units an article that gives work names its units or none) — " + NONE
               + "; " + NODATE),
        S(["第二十六条（信息化建设）"], [], [], **art(X01, ["第二十六条（信息化建设）"]),
          note="「建设本市产业用地综合价值评估数字化工作平台，加强基础信息数据归集、管理、共享与成果备案管理。」 — bare acts with no subject: a "
               "task naming no unit — " + NONE + "; " + NODATE),
     ],
     plan_targets=[(50, "%"), (3, "%"), (5, "%"), (8, "%")],
     plan_targets_note="第十三条's technical requirements read as the rules' terms (RULING? 6): 「权重不低于50%」 and 「按不高于…之和的"
                       "3%／5%／8%确定」 are round 30's comparison words; the scorer finds item targets as plan targets, so a "
                       "reading of 第十三条 as tasks passes too. Unchecked: 「30%～40%之间」 (可: an option's band)",
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; the notice 「现将《…》予以印发，请按照执行。」 is one plan with the rules it issues, round 49's "
            "x229_04): 第一、二、二十七条 general provisions (purpose, scope, entry into force, round 30) no tasks; 第十、十一、"
            "十二条 (the stated purpose's wording, the valuation date by the letter, what the value comprises: definitions and "
            "terms, round 46) no tasks; 第十三条 (the technical requirements of the methods and the rates of loss by grade: "
            "the standard's content and terms, Round 74's x296_03 三、3; Round 75's p57f-1/-2) no task, its items no "
            "leaves (RULING? 6); 第十五条 (可以委托… an option with its condition 但应当…披露) no task (RULING? 7); 第二十一条 (who "
            "bears the fees, 由A承担: payers, round 30; fees agreed between parties) no task; 第二十三条 (transition: 可以参照 "
            "with its cases) and 第二十四条 (which rules govern other cases: 依据…执行) no tasks; 第三、四、五、六、七、八、九、"
            "十四、十六、十七、十八、十九、二十、二十二、二十五、二十六条 1 each → **16**. Accepted: 15 (第九条 read as the firm's "
            "option and the parties' signature on what they hand in, no task), 17 (第十三条 or 第十五条 counted as one), 18 "
            "(both), 24 (第十三条's leaves （一）–（四）（六） and （五）1.–3. counted, eight).",
            "units: the article rule (round 44) for the regulated firms and the parties by role; 负责 / 牵头 / 协同 / 实施 / "
            "组织 clauses in 第三、四、十四、二十二条; reviews of parties' objections, filings of one's own papers and sendings "
            "none; short names as printed",
            "dates: no item is dated (the transition's 2024年5月23日前 picks projects, a class, and 第二十三条 is no task); "
            "limits 7日内, 10日内 run from events; no phases; no duties checked (第七条's 送…备案 and 第十九条's 完成备案 file "
            "one's own papers, round 42)",
            "figures: plan targets 50 %, 3 %, 5 %, 8 % (第十三条); not targets 7 日 (第十六条), 10 日 (第十八条); unchecked "
            "30 %–40 % (an option's band)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x309_02_shi-guihuaziyuanju-2024-shiji-tudi-zhengzhi-xiangmu-guanli-banfa.txt"
P02 = "上海市市级土地整治项目管理办法"
N02 = "关于印发《上海市市级土地整治项目管理办法》的通知"
XZ = ["乡镇政府", "街道办事处"]
DE = ("「A的B」 gives the name after the last 的 (rounds 32, 38; Round 77's x304_02 第十九条): 「受委托的乡镇政府、街道办事处」 → "
      "乡镇政府, 街道办事处, two names joined by 、 (round 34); the printed phrase accepted")
HUITONG = "「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2)"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源施〔2024〕55号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2024-02-27",
     date_note="the notice is signed 2024年2月27日 (line 9); the index gives 2024-02-28 (the page's date)",
     level="the city planning and natural resources bureau, to nine districts' planning bureaus, the Lingang office and "
           "two city centres: how city-funded land consolidation projects are planned, approved, built, accepted, "
           "funded and supervised",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0032::da9d0d44a01e4af6a28599f3d9ffdc31", 4719),
     style="a forwarding notice then the rules' title and thirty articles in eight chapters 「第一章  总 则」…「第八章  附则」, each "
           "article's label 「第N条 （heading）」 on its own line (第二十条 without the space), the text in paragraphs below; "
           "（一）–（四） under 第六条",
     leaf_tasks=23, count_alternatives=[22, 24, 25],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第七条": 1, "第八条": 1, "第十条": 1, "第十一条": 1, "第十二条": 1,
                            "第十三条": 1, "第十五条": 1, "第十六条": 1, "第十七条": 1, "第十八条": 1, "第十九条": 1,
                            "第二十条": 1, "第二十一条": 1, "第二十二条": 1, "第二十三条": 1, "第二十四条": 1,
                            "第二十五条": 1, "第二十六条": 1, "第二十七条": 1, "第二十八条": 1, "第二十九条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条 （市级部门职责）"], [], ["上海市规划和自然资源局", "上海市建设用地和土地整理事务中心"],
          responsible_alternatives=[["市规划资源局", "市土地整理中心"],
                                    ["上海市规划和自然资源局", "上海市建设用地和土地整理事务中心"] + XZ,
                                    ["市规划资源局", "市土地整理中心"] + XZ],
          **art(X02, ["第三条 （市级部门职责）"]),
          note="「上海市规划和自然资源局（以下简称市规划资源局）负责…管理工作。 上海市建设用地和土地整理事务中心（以下简称市土地整理中心）依职能具体承担…的组织实施和监管评估，"
               "也可以委托乡镇政府、街道办事处负责项目具体实施管理工作。」 — a duties article is a task (round 30); 负责 names the bureau "
               "(rule 2), and 承担＋work names the centre (round 39; round 68's x31_12; Round 77's x303_03); 也可以委托 an "
               "option (round 30; Round 77's x301_02), the towns accepted (委托B负责, round 35); " + SHORT + " (here 「（以下简称"
               "市规划资源局）」 without quotation marks); lead [] (no 牵头); " + NODATE),
        S(["第四条 （区镇职责）"], [], ["各涉农区政府", "区规划资源局"] + XZ,
          responsible_alternatives=[["各涉农区政府"] + XZ],
          **art(X02, ["第四条 （区镇职责）"]),
          note="「各涉农区政府应成立土地整治项目实施领导小组（…），负责落实区级配套整治资金，协调解决… 区规划资源局配合做好…申报组织、技术审查和日常巡查。 乡镇政府、街道办事处"
               "受市土地整理中心委托，负责做好…事务性工作，落实…后期管护，并承担…责任。」 — a missing subject carries the subject before it, "
               "never a group the item sets up (rounds 34, 49 p46d; rule 3; Round 74's x295_05), so 负责落实 names the district "
               "governments; the subject of 配合 as its own main verb is a doer (round 46's p44g; Round 77's x300_07 四/3, "
               "x301_01 三/（一） turned), accepted without it; 负责 names the towns and streets; lead []; " + NODATE),
        S(["第七条 （实施计划制定）"], XZ, XZ + ["市土地整理中心", "市规划资源局"],
          lead_alternatives=[[]],
          responsible_alternatives=[XZ + ["市土地整理中心"], XZ + ["市土地整理中心", "市规划资源局", "区规划资源局"]],
          **art(X02, ["第七条 （实施计划制定）"]),
          note="「…由乡镇政府、街道办事处在编制实施方案时同步考虑…需求，会同市土地整理中心初步明确…并纳入实施方案。市规划资源局在审核实施方案时，同步…进行审核，…下达实施计划。"
               " 其它拟申报…的，由区规划资源局在每年6月底前向市土地整理中心申报…。市土地整理中心经汇总后报市规划资源局。市规划资源局…对申报项目进行审核后，制定下一年度…实施计划。」 — "
               + HUITONG + "; 制定 in an article names the bureau (round 44), its 审核 of what is sent up a review (accepted "
               "without it); 由A申报 sends projects up for approval, a sending that names none (Round 77's x299_01 第十条, "
               "x302_04 三、（三） turned), the yearly sending a duty (below), the list with 区规划资源局 accepted; "
               "「每年6月底前」 is a rhythm, no deadline (round 34; Round 79) — " + NODATE),
        S(["第八条 （可研、规划设计和概算编制）"], ["市土地整理中心"], ["市土地整理中心"] + XZ, lead_alternatives=[[]],
          responsible_alternatives=[["市土地整理中心", "受委托的乡镇政府", "街道办事处"]],
          **art(X02, ["第八条 （可研、规划设计和概算编制）"]),
          note="「列入实施计划的…项目，由市土地整理中心会同受委托的乡镇政府、街道办事处，采取招标等公开方式选择…单位，…组织勘测、…编制等工作。 可行性研究报告…应根据…编制…」 — "
               + HUITONG + "; " + DE + "; the second paragraph states what the reports must meet (text, Round 74's x296_03 "
               "三、3); " + NODATE),
        S(["第十条 （公示和意见征询）"], [], XZ, responsible_alternatives=[XZ + ["区规划资源局"]],
          targets=[(15, "天")],
          **art(X02, ["第十条 （公示和意见征询）"]),
          note="「乡镇政府、街道办事处应将规划设计方案在项目区公示，征求…意见，公告期不少于15天。同步，乡镇政府、街道办事处提请区规划资源局进行初审，并征询…意见… 完成公示和意见征询"
               "并修改完善后，由区规划资源局向市土地整理中心提交可行性研究报告…」 — " + ARTICLE + ": 公示, 征求, 提请, 征询 name the towns "
               "and streets; the bureau's 初审 is a review of what they send, and 由A提交 a sending (Round 77's x299_01 第十条), "
               "accepted with it; 「不少于15天」 a floor with round 30's comparison word → target 15 天; lead []; " + NODATE),
        S(["第十二条 （可研、规划设计和概算评审）"], [], ["市规划资源局"], lead_alternatives=[["市规划资源局"]],
          responsible_alternatives=[[]],
          **art(X02, ["第十二条 （可研、规划设计和概算评审）"]),
          note="「市规划资源局组织市财政、农业农村、水务（海洋）、绿化市容、建设交通、生态环境等有关行业主管部门以及专家对项目可研、规划设计和概算进行评审。」 — 「A组织B＋verb」 "
               "names A, B the object of 组织 no unit (round 30 clarifications); the review rule gives way to work placed by "
               "rule 2's own verbs (Round 77's x299_03 第八条 governs), so the bureau stands; none (a review of a submission) "
               "accepted (RULING? 8); " + ONE_LEAD + "; " + NODATE),
        S(["第十六条 （工程建设）"], [], ["施工单位"], lead_alternatives=[["施工单位"]],
          **art(X02, ["第十六条 （工程建设）"]),
          note="「在项目实施过程中，施工单位应当按照经批准的规划设计和概算开展工程建设；项目实施地点应设立标识牌，将…进行公告，不得擅自变更…，接受社会监督。」 — " + ARTICLE
               + ": 开展 in an article names its subject, and the subjectless clauses after the semicolon carry it (rounds 34, "
               "49 p46d); " + ONE_LEAD + "; " + NODATE),
        S(["第十八条 （新增耕地确认）"], ["区规划资源局"], ["区规划资源局"] + XZ + ["市规划资源局", "所在区镇"],
          lead_alternatives=[[]],
          responsible_alternatives=[["区规划资源局"] + XZ, ["区规划资源局"] + XZ + ["市规划资源局"]],
          **art(X02, ["第十八条 （新增耕地确认）"]),
          note="「…由区规划资源局会同乡镇政府、街道办事处做好项目报备、土壤检测、…等相关工作。符合要求的，由市规划资源局核发新增耕地确认书，耕地占补平衡指标作为奖励由所在区镇统筹使用。"
               " 在市级土地整治项目中探索开展…」 — " + HUITONG + "; the agent of 由 with a verb of doing is a doer, 核发 named in "
               "round 30's clarification 「由A统一指导、集中认定」 and 由A统筹 in Round 79; 所在 says which body (rounds 40, 55; "
               "Round 77's x301_02 属地), kept as printed; the lists without the bureau's 核发 (a decision, Round 77's x302_04 "
               "三、（一）) or without the quota's users accepted (RULING? 9); " + NODATE),
        S(["第十九条 （工程验收）"], [], XZ + ["区规划资源局"], responsible_alternatives=[XZ],
          **art(X02, ["第十九条 （工程验收）"]),
          note="「…项目整体竣工后，乡镇政府、街道办事处组织施工单位、监理单位和工程复核单位开展自检。自检合格后报区规划资源局。 区规划资源局要对验收资料…进行初审，并组织相关专家进行评审。"
               "评审通过的，由区规划资源局提交市土地整理中心。」 — 「A组织B＋verb」 names A twice (round 30 clarifications), B and the "
               "experts no units; 初审 a review and 提交 a sending (accepted without the bureau); the first sentence a "
               "standard to meet (text); the towns' report of their self-check is an undated duty (below); lead []; " + NODATE),
        S(["第二十一条 （竣工验收）"], ["市规划资源局"], ["市规划资源局"], lead_alternatives=[[]],
          **art(X02, ["第二十一条 （竣工验收）"]),
          note="「市规划资源局收到申请后，会同相关专家开展项目竣工验收评审。验收合格的，核发项目验收批复；验收不合格的，责令限期整改，重新组织验收。」 — 「A会同B＋verb」 "
               "gives lead A (rule 2; rule 2's own verb over the review rule, Round 77's x299_03 第八条), experts persons, no "
               "unit; 限期 prints no date; " + NODATE),
        S(["第二十三条 （档案管理）"], [], ["区规划资源局"], lead_alternatives=[["区规划资源局"]],
          responsible_alternatives=[["区规划资源局"] + XZ],
          **art(X02, ["第二十三条 （档案管理）"]),
          note="「区规划资源局应当督促乡镇政府、街道办事处及时做好…立卷归档，并将档案和数字化成果报市土地整理中心。」 — " + ARTICLE + ": "
               "督促 names its subject in an article; the object of 督促 is no unit and the verb after it is the object's "
               "(round 30; Round 77's x303_06), so the towns are accepted only as the other reading; " + ONE_LEAD
               + "; 及时 no date; " + NODATE),
        S(["第二十六条 （监管职责）"], ["市规划资源局", "区规划资源局"],
          ["市财政局", "市规划资源局", "市土地整理中心", "区规划资源局"] + XZ,
          lead_alternatives=[[], ["市规划资源局"]],
          **art(X02, ["第二十六条 （监管职责）"]),
          note="「市财政局…负责…使用监管和绩效评价等工作。 市规划资源局会同市土地整理中心对…进行全流程监督。 区规划资源局配合做好…，并会同项目所在地的乡镇政府、街道办事处组织村民"
               "参与…监督工作。」 — several clauses, all their bodies (rule 2): 负责; 会同 twice (each A a lead: bodies that lead "
               "different parts of one item are all its leads, rounds 36, 45; lead [] accepted with 会同); 配合 with its own "
               "subject (round 46's p44g); 「项目所在地的乡镇政府」 → 乡镇政府 (the last 的; rounds 32, 38); 村民 the object of "
               "组织; " + NODATE),
        S(["第二十九条 （违约责任）"], [], ["参建单位", "市财政局"],
          responsible_alternatives=[["参建单位"], ["参建单位", "市级部门", "市财政局"]],
          **art(X02, ["第二十九条 （违约责任）"]),
          note="「参建单位应当按照批准的工程建设内容和相关合同规定使用资金。对不按规定使用资金或…导致项目取消的，市级部门有权终止项目执行并依据相关规定追责，由市财政局追回已拨付的施工费用"
               "收缴国库。对违反财政纪律的单位和个人，将按照…处理。」 — " + ARTICLE + ": the builders' 使用资金 by 应当; the rules' own "
               "body taking the step after a breach is a doer (round 70's x289_03; Round 77's x299_04 第二十八条), 由A追回 a "
               "verb of doing (no cost borne); 有权 a power (an option, round 30), 市级部门 accepted; lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由区规划资源局在每年6月底前向市土地整理中心申报纳入下一年度实施计划",
              "when": "每年6月底前", "when_norm": "yearly (by 06-30)",
              "note": "第七条: a sending the rules ask of a body they task, with its day each year, is a duty with that "
                      "rhythm (round 41; plans-dev 03; Round 79 confirmed)"},
             {"what": "乡镇政府、街道办事处组织开展自检，自检合格后报区规划资源局",
              "when": "自检合格后", "when_norm": None,
              "note": "第十九条: the towns send the result of their own work to the body over them: an undated duty "
                      "(round 44; round 48's x223_03; Round 74's Duties turned)"},
             {"what": "市土地整理中心选择社会中介机构进行工程监理、审计，并将相关情况报市规划资源局和市财政局",
              "when": "", "when_norm": None,
              "note": "第二十七条: a report of what its audits found, sent to the bodies over it: an undated duty (round 44; "
                      "Round 74's Duties)"}],
     notes=["counting (leaf tasks; one plan with the rules the notice issues, round 49's x229_04; chapter headings carry "
            "no number into the path: articles are numbered straight through): 第一、二、三十条 general provisions (basis, "
            "definition, 参照 and transition, round 30; Round 78's (c)) no tasks; 第五条 (where projects are sited, a "
            "principle with an option 也可予以安排) no task; 第六条 (the conditions an application must meet, Round 74's "
            "x292_03 第十二条: terms) no task, its items no leaves; 第九条 (按…执行, a reference) and 第十四条 (the systems "
            "that apply, 按照…执行…采取合同管理方式) no tasks; the other twenty-three articles 1 each → **23**. Accepted: 22 "
            "(第十七条's ban with a contingency read as no task), 24 (第十四条 counted), 25 (第五、十四条 counted).",
            "units: 负责 / 承担 / 会同 / 组织B＋verb / 由A＋verb / article subjects; reviews of what is sent up, sendings "
            "(申报, 报, 提交) and options (也可以, 有权) none; short names as printed after 第三条",
            "dates: no item is dated (每年6月底前 a rhythm, 及时, 限期); no phases; three duties (a yearly one, two undated)",
            "figures: target 15 天 (第十条, 不少于); unchecked: the standards' numbers (DB31/T1056-2017, GB/T30600-2022, "
            "DG/TJ 08-2317-2020) and 沪规土资综规〔2015〕852号 are names (the head's not_target list), not checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x309_03_shi-caizhengju-2024-gengdi-kaikenfei-guanli-banfa.txt"
P03 = "上海市耕地开垦费管理办法"
N03 = "关于印发《上海市耕地开垦费管理办法》的通知"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 17) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪财发〔2024〕2号 (the stored front matter; the text prints none)",
     issuer="上海市财政局, 上海市发展和改革委员会, 上海市规划和自然资源局, 上海市农业农村委员会",
     date="2024-03-31",
     date_note="the notice is signed 2024年3月31日 (line 15); in force 2024年4月1日 to 2029年3月31日 (the last line)",
     level="four city bodies, to the district governments and the city's commissions: who levies the farmland "
           "reclamation fee, how it is paid in advance, collected, paid into the treasury, used and supervised",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0017::xxfbdf0000023120", 1653),
     style="a forwarding notice signed by four bodies, then the rules' title, a one-sentence basis and six headed points "
           "「一、征收对象」…「六、监督管理」 each on its own line with unnumbered paragraphs below; （一）（二） headings "
           "under 三、 and 五、, 1.–4. under 五、（一）; a closing validity sentence",
     leaf_tasks=6, count_alternatives=[5, 7, 10, 11],
     leaf_tasks_by_section={"二": 1, "三": 2, "四": 1, "五": 1, "六": 1},
     childless_top_level_sections=["一", "二", "四", "六"],
     samples=[
        S(["二"], [], ["市或区规划资源部门"], lead_alternatives=[["市或区规划资源部门"]],
          responsible_alternatives=[["市规划资源部门", "区规划资源部门"]],
          note="「二、征收主体 市或区规划资源部门负责向用地单位或个人征收耕地开垦费。」 — a childless headed point that gives work is a "
               "task (rounds 36, 62's x257_01); 负责 names its subject (rule 2); levels joined by 或 before one head are one "
               "name as printed (Round 74's x297_04 三、(五)1、 governs; round 30's 「市、区X部门」), the two bodies accepted; "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "（一）"], [], ["区规划资源部门", "市规划资源部门"],
          responsible_alternatives=[["区规划资源部门"]],
          note="「区政府向市规划资源部门提出…申请时，区不能做到占补平衡的，由区规划资源部门按…标准，向市规划资源部门缴纳预缴款。 对…申请予以批准的，由市规划资源部门将区政府预缴款转作"
               "耕地开垦费；未批准的，由市规划资源部门将已缴纳的预缴款退还区政府。 根据经批准的农用地转用方案向用地单位供地时，应在核发《建设用地规划许可证》前，由区规划资源部门按照规定"
               "标准，向用地单位或个人征收耕地开垦费。」 — the agent of 由 with a verb of doing is a doer (rule 2): 征收 names the "
               "district bureau, 转作 the city bureau; 缴纳 and 退还 move money (a payer, round 30: 由A承担 with a cost; "
               "Round 77's x300_03 发放), so the list with the district bureau alone is accepted (RULING? 10); the district "
               "government applies (round 30's 「向A申请」: the receiver none; the applicant's own step); 在核发…前 an event, "
               + NODATE),
        S(["三", "（二）"], [], ["市、区规划资源部门"],
          lead_alternatives=[["市、区规划资源部门"]],
          responsible_alternatives=[["市规划资源部门", "区规划资源部门"], ["用地单位", "市、区规划资源部门"]],
          note="「建设项目用地涉及占用耕地的，用地单位…应…向市、区规划资源部门缴纳预缴款。…建设用地申请一经批准，预缴款由市、区规划资源部门转作耕地开垦费；未批准的，由市、区规划资源部门"
               "退还用地单位已缴纳的预缴款。 对…经依法批准占用永久基本农田的，缴费标准按照本市耕地开垦费最高标准的两倍执行。」 — 由A转作 names the bureaus (rule "
               "2), levels before one head one name as printed (round 30), the two accepted; the applicant's payment is its "
               "own step (round 52's x236_03) and a payer (round 30), accepted with it; 「两倍」 a rate of the fee for a "
               "class, no comparison word (round 30's norm), unchecked; " + ONE_LEAD + "; " + NODATE),
        S(["四"], [], [], responsible_alternatives=[["区规划资源部门", "市规划资源部门"]],
          note="「四、收缴管理 耕地开垦费收缴按照…管理，收入全额直接上缴国库。区规划资源部门征收的耕地开垦费，按规定上缴区级国库。市规划资源部门直接征收的耕地开垦费以及区上缴的耕地开垦费，"
               "按规定全额上缴市级国库。」 — the bureaus stand inside the description of the fee 「A征收的耕地开垦费」, no doers "
               "(round 30; Round 74's x292_04 九、), and 上缴 with no subject moves money; a task naming no unit (RULING? 11) "
               "— " + NONE + "; the bureaus accepted; " + NODATE),
        S(["五", "（二）"], [], [],
          responsible_alternatives=[["各有关预算主管部门和单位（资金使用部门）"], ["各有关预算主管部门和单位"]],
          note="「（二）各有关预算主管部门和单位（资金使用部门）根据各自的职责，按部门预算、国库集中支付、政府采购等要求进行资金和项目管理。」 — " + CLOSED
               + " — " + NONE + "; the printed name (one alias in the bracket, round 37) and the bare name accepted; "
               + NODATE),
        S(["六"], [], ["发展改革、审计、财政等管理部门"], lead_alternatives=[["发展改革、审计、财政等管理部门"]],
          responsible_alternatives=[["市、区规划资源部门", "发展改革、审计、财政等管理部门"]],
          note="「六、监督管理 市、区规划资源部门应加强耕地开垦费征收的管理，每月统计耕地开垦费征收和减免情况，并抄送市财政局。发展改革、审计、财政等管理部门负责监督耕地开垦费的征收和使用。」 — "
               + CLOSED + " (加强, 统计; 抄送 a sending); 负责 names its subject (rule 2), " + FIELDS + "; the monthly "
               "statistics copied to the finance bureau are a monthly duty (below); the validity sentence after 六、 "
               "「本办法自2024年4月1日起施行，有效期至2029年3月31日。」 is a general provision, no deadline of 六、 (Round 77 confirmed "
               "plans-next302's x302_03 三、); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市、区规划资源部门每月统计耕地开垦费征收和减免情况，并抄送市财政局",
              "when": "每月", "when_norm": "monthly",
              "note": "六、: a sending the rules ask of the bodies they task, of what they record in their work, each "
                      "month: a duty with that rhythm (round 41; Round 79)"}],
     notes=["counting (leaf tasks; the notice 「…制定了《…》，现印发给你们，请按照执行。」 is one plan with the rules it issues, round "
            "49's x229_04): the basis sentence and the validity sentence general provisions (round 30); 一、征收对象 (who "
            "must pay: the object of the levy, a definition with the payer's duty, round 66's x81_04; Round 78's (a)) no "
            "task; 二、 1; 三、（一）（二） 1 each; 四、 1; 五、（一） (what the fee is used for, 1.–4.: a list of uses, the "
            "scheme's terms, round 64's 支持范围; Round 75) no task; 五、（二） 1; 六、 1 → **6**. Accepted: 5 (四、 read as the "
            "scheme's terms of payment, RULING? 11), 7 (一、 counted), 10 (五、（一）1.–4. counted as leaves), 11 (both).",
            "units: 负责 (二、, 六、), 由A＋转作／征收 (三、); payers (缴纳, 退还, 上缴) and bodies inside nouns none; fields "
            "and levels before one head one name as printed",
            "dates: no item is dated (在核发…前 an event; the validity 2024-04-01 to 2029-03-31 a general provision); no "
            "phases; one monthly duty",
            "figures: none checked (两倍 a rate of the fee for a class, unchecked; 沪财发〔2023〕13号 a document number)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x309_04_shi-guihuaziyuanju-2025-cehui-dili-xinxi-zhiliang-guanli-banfa.txt"
P04 = "上海市测绘地理信息质量管理办法"
N04 = "关于印发《上海市测绘地理信息质量管理办法》的通知"
GH = "市规划资源部门"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2025〕5号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2025-04-30",
     date_note="the notice is signed 2025年4月30日 (line 9); adopted 2025年4月18日, in force 2025年5月1日 to 2030年4月30日 (the "
               "notice's own sentence); no item is dated",
     level="the city planning and natural resources bureau, to its offices, its units, the districts' bureaus and the "
           "licensed surveying firms: quality management of surveying and mapping work, its supervision and the results' use",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0032::6249724156f846c99d221e3c9d80a2ed", 4270),
     style="a notice of one paragraph then the rules' title and forty-two articles in five chapters, each article's "
           "label run in at the start of its first line 「第N条  text」 (two spaces), no headings; （一）–（四） under "
           "第二十一条, （一）（二） under 第二十二条",
     leaf_tasks=34, count_alternatives=[32, 33, 35, 36],
     leaf_tasks_by_section={f"第{n}条": 1 for n in ["三", "四", "五", "六", "七", "八", "九", "十", "十二", "十三", "十四",
                                                   "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十四", "二十五",
                                                   "二十六", "二十七", "三十", "三十二", "三十三", "三十四", "三十五", "三十六",
                                                   "三十七", "三十八", "三十九", "四十", "四十一", "四十二"]},
     childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], [GH], lead_alternatives=[[GH]], **art(X04, ["第三条"]),
          note="「市规划资源部门负责本市行政区域内测绘地理信息质量的统一监督管理工作。」 — an article in 总则 that gives work to a body is a "
               "task (the head: articles of general provision); 负责 names its subject (rule 2); " + ONE_LEAD + "; " + NODATE),
        S(["第十三条"], [], ["测绘单位作业部门", "测绘单位质量管理部门"], **art(X04, ["第十三条"]),
          note="「测绘地理信息项目实行“两级检查、一级验收”制度。测绘单位作业部门负责过程检查，测绘单位质量管理部门负责最终检查，两级检查工作应独立。各级质量检查人员对其承担的检查工作负责…"
               "必要时，可…设置检查点…」 — 负责 twice, both subjects in order (rule 2), each a section of the firm named as printed; "
               "the inspectors are persons (rule 3's persons); 可 an option; lead []; " + NODATE),
        S(["第十四条"], [], ["项目委托方"], lead_alternatives=[["项目委托方"]], **art(X04, ["第十四条"]),
          note="「项目委托方负责项目验收。基础测绘…项目的成果，未经测绘成果质量检验机构质量检验，不得采取材料验收、会议验收等方式验收…；其他项目的验收应根据合同约定执行。」 — "
               "负责 names the client, a party by role (rule 2; rounds 34, 62 p52c); 未经A质量检验 names A in a condition "
               "(rule 3's 「经A同意」); " + ONE_LEAD + "; " + NODATE),
        S(["第十九条"], [], [GH], lead_alternatives=[[GH]], **art(X04, ["第十九条"]),
          note="「市规划资源部门按年度制定质量监督检查计划，组织实施本市行政区域内的质量监督检查。… 质量监督检查计划和结果报国家自然资源部门备案。…」 — 制定 (an "
               "article's verb of doing, round 44) and 组织实施 (rule 2); the plan and results sent up for the record are a "
               "sending, an undated duty (below); 按年度 a rhythm of the work, no deadline (round 34); " + ONE_LEAD + "; "
               + NODATE),
        S(["第二十六条"], [], [GH], lead_alternatives=[[GH]],
          responsible_alternatives=[[GH, "市测绘成果质量检验机构"]], **art(X04, ["第二十六条"]),
          note="「监督检查中需要进行的检验、鉴定、检测等监督检验活动，由市规划资源部门委托市测绘成果质量检验机构（以下简称市测绘质检机构）承担。」 — 「A委托B＋verb」 "
               "names A, B none by that clause (round 35; Round 74's x297_04 三、(三)2、 turned; Round 77's x302_04 二、（二））, "
               "the list with B accepted (RULING? 14); " + ONE_LEAD + "; " + NODATE),
        S(["第二十七条"], [], ["市测绘质检机构"], lead_alternatives=[["市测绘质检机构"]],
          responsible_alternatives=[["市测绘成果质量检验机构"]], **art(X04, ["第二十七条"]),
          note="「市测绘质检机构应制定监督检验技术方案，技术方案经市规划资源部门批准后实施检验工作。 监督检验工作完成后，市测绘质检机构应在规定时间内将监督检验报告…报送市规划资源部门。」 — "
               + ARTICLE + ": 制定 and 实施 name the centre; 经A批准 an approval (rule 3); the report sent up an undated "
               "duty (below; 在规定时间内 prints no time); a short name printed alone after its definition is kept as "
               "printed, the full name accepted (rounds 35, 43, 48, 73); " + ONE_LEAD + "; " + NODATE),
        S(["第三十条"], [], [GH], lead_alternatives=[[GH]], responsible_alternatives=[[]],
          not_targets=[(15, "个工作日")], **art(X04, ["第三十条"]),
          note="「测绘单位对监督检验结论有异议的，可自收到检验结论之日起十五个工作日内向市规划资源部门提出书面异议报告，并抄送市测绘质检机构。市规划资源部门收到…书面异议报告，需要进行复检的，"
               "应当组织按原技术方案、原样本进行复检。」 — the firm's objection is an option (可); 组织＋进行 is rule 2's 组织＋verb, "
               "over the review rule (Round 77's x299_03 第八条 governs), so the bureau stands; none (a review of a party's "
               "objection, Round 77's x302_05 第十一条) accepted (RULING? 15); 「十五个工作日内」: " + LIMIT + "; " + NODATE),
        S(["第三十七条"], [], ["测绘单位", GH], responsible_alternatives=[[GH]], **art(X04, ["第三十七条"]),
          note="「测绘单位提供的…成果存在质量问题的，应及时进行修正或者重新测制；给用户造成损失的，依法承担赔偿责任；… 因…造成重大事故的，测绘单位、成果使用单位应及时向市规划资源部门报告。"
               "市规划资源部门应根据情节严重程度依法给予相应的处理。」 — " + ARTICLE + ": the missing subject of 应…修正 carries the "
               "firm named before it (rounds 34, 49 p46d; Round 77's x304_04), and the rules' own body taking the step after a "
               "breach is a doer (round 70's x289_03; Round 77's x299_04 第二十八条); the report of an accident is a sending in "
               "a case (no unit); the list without the firm (the firm inside the 的-description of the results) accepted "
               "(RULING? 16); lead []; 及时 no date; " + NODATE),
        S(["第四十条"], [], [GH], lead_alternatives=[[GH]], not_targets=[(3, "个月")], **art(X04, ["第四十条"]),
          note="「…监督检查结果为“（批）不合格”的，市规划资源部门应约谈测绘单位负责人，并将相关信息依法纳入信用管理平台；同时按照有关管理规定限期整改，整改期限一般为三个月。 "
               "情节严重的，依法责令停业整顿…」 — the rules' own body's steps after a failed check name it (Round 77's x299_04 "
               "第二十八条); 负责人 persons (rule 3); 「整改期限一般为三个月」 a term for the firm's correction, no comparison "
               "word, running from the finding: not a target (round 30's norm; rounds 33, 54's limits); " + ONE_LEAD + "; "
               + NODATE),
        S(["第四十一条"], [], [GH], lead_alternatives=[[GH]], responsible_alternatives=[[]], **art(X04, ["第四十一条"]),
          note="「测绘单位整改完成后，必须向市规划资源部门报送整改情况，申请监督复查。逾期未整改或者未如期提出复查申请的，由市规划资源部门组织进行复查。」 — the firm's "
               "report and application are a sending and an application (Round 75's p57a-2; round 30's 「向A申请」), naming "
               "none; 由A组织＋verb after a breach is the rules' own step (Round 78's p58c-2: a case whose response is the "
               "item's remaining work takes the agent of 由), the bureau; none (rule 3's case) accepted (RULING? 17); the "
               "firm's report is an undated duty (below); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "质量监督检查计划和结果报国家自然资源部门备案", "when": "", "when_norm": None,
              "note": "第十九条: a body the rules task sends its plan and results to the body over it: an undated duty "
                      "(round 44; Round 74's Duties turned)"},
             {"what": "市测绘质检机构应在规定时间内将监督检验报告、检验结论及有关资料报送市规划资源部门", "when": "在规定时间内",
              "when_norm": None,
              "note": "第二十七条: results of commissioned work sent to the commissioning body: an undated duty (round 44; "
                      "round 48's x223_03)"},
             {"what": "市规划资源部门向国家自然资源部门报告年度质量信息", "when": "年度", "when_norm": "yearly",
              "note": "第三十四条: a yearly report sent to the body over it: a duty with a yearly rhythm, no day printed "
                      "(round 41; plans-dev 06 「每年（按计划）」 yearly; RULING? 18)"}],
     notes=["counting (leaf tasks; the notice 「…已经…审议通过，现予印发。」 is one plan with the rules it issues, round 49's "
            "x229_04): 第一、二条 general provisions (purpose, scope); 第十一条 (what a contract may not stipulate: a term), "
            "第二十二条 (what a routine check covers: content), 第二十三条 (可: an option), 第二十八、二十九条 (grading scales: "
            "terms), 第三十一条 (鼓励 and 可给予 only: Round 74's x296_02 五、) no tasks; 第二十一条 (the cases picked as routine "
            "objects under its lead-in 应列为…: one task with its list, Round 78's (b)) 1; every other article 1 → **34**. "
            "Accepted: 33 (第二十一条 as criteria, no task), 32 (and 第三十三条, a statement of how results are used, no "
            "task), 35 (第十一条 counted as a ban), 36.",
            "units: the article rule (round 44) for the firms and the bureau; 负责 (第三、十三、十四、三十六条); 委托 (第二十六条); "
            "steps after a breach (第三十七、三十九至四十二条); options, approvals, sendings and parties' objections none",
            "dates: none (the rules' validity is the notice's; 按年度, 及时, 在规定时间内, 限期 print no date); no phases; three "
            "duties (two undated, one yearly)",
            "figures: not targets 15 个工作日 (第三十条, a limit from an event), 3 个月 (第四十条, a correction term); "
            "unchecked: CH/T 1042 (a standard's number, the head's not_target list)"])


# Round 60 (align81): answers aligned to tests/data/CONVENTIONS.md "Round 81 rulings, written early" (README, round 60)
from aligned_rulings import align81  # noqa: E402

align81("x309_02", ["第十八条 （新增耕地确认）"], "「由区规划资源局会同乡镇政府、街道办事处做好项目报备、…核实举证…。符合要求的，由市规划资源局核发新增耕地确认书，耕地占补平衡指标作为奖励由所在区镇统筹使用」 (第十八条): issuing the decision on what another body reports 「符合要求的，由A核发／确认」 is a review's decision, none (Round 77's x302_04 三、（一）（二）; round 70), round 30's 由A核发 being an issuing that is the item's own work; using a reward one is given is the beneficiary's (round 30's applicant) (RULING? 9)",
        "Units, turned: Round 77's review and decision and round 30's beneficiary over round 30's 核发 as a verb of doing; [区规划资源局, 乡镇政府, 街道办事处] (accepted already), the five stay accepted",
        resp=["区规划资源局"] + XZ, resp_alt=[["区规划资源局"] + XZ + ["市规划资源局", "所在区镇"], ["区规划资源局"] + XZ + ["市规划资源局"]])
align81("x309_03", ["四"], "「四、收缴管理 耕地开垦费收缴按照…管理，收入全额直接上缴国库。区规划资源部门征收的耕地开垦费，按规定上缴区级国库。…按规定全额上缴市级国库。」 (四、): a point whose only acts move money — 上缴, 缴纳, 拨付 — says where the money goes, the scheme's terms of payment, as a split of costs is (Round 75's x92_04 （三）1.–3.), and the bodies inside the fee's description act in no clause of it (round 30) — no task (RULING? 11)",
        "Tasks and counts, turned: round 62's w52b and Round 75's p57f-2 over the builder's task; 5 (accepted already), 6 stays accepted",
        drop=True, counts={"leaf_tasks": 5, "count_alternatives": [6, 7, 10, 11],
                           "leaf_tasks_by_section": {"二": 1, "三": 2, "四": 0, "五": 1, "六": 1}})

# Round 60 (rul82): answers aligned to tests/data/CONVENTIONS.md "Round 82 rulings" (README, round 60)
from aligned_rulings import align82  # noqa: E402

align82("x309_01", ["第三条（职责分工）"], "「市国资委指导监督市属国企按照本细则的规定开展产业用地综合价值评估工作。」 under 第三条（职责分工）: under a heading that gives out work 「A指导B开展…」 gives A and B (round 35; round 55's x247 governs: a work heading gives units); Round 81 read the guide without the heading",
        "Units, turned: round 35's work heading over Round 81's x309_01 第三条 (p60c-4)",
        resp=["市规划资源局", "市国资委", "市属国企", "区政府", "市土地储备机构"],
        resp_alt=[["市规划资源局", "市国资委", "市属国企", QZ, "市土地储备机构"],
                  ["市规划资源局", "区政府", "市土地储备机构"], ["市规划资源局", QZ, "市土地储备机构"],
                  ["市规划资源局", "市国资委", "区政府", "市土地储备机构"], ["市规划资源局", "市国资委", QZ, "市土地储备机构"]])

write_collected(DIR)

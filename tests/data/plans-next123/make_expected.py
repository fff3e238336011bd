# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next123/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 34 (built by helper c123): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 4c1c4fae (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions, and the round-32, round-33 and round-34 rulings). Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next123/make_expected.py tests/data/plans-next123
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
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (做好, 制订, 制定, "
          "加强, 明确, 征询, 纳入, 签订, 编制, 完成, 开展 without 组织, 强化, 考虑, 上传 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
HEADING = ("CONVENTIONS.md round 34, a 职责分工 heading is a label of doers: the article is headed 「管理职责」 (one of the "
           "ruling's headings), so every body the text gives work, by any verb of doing (负责, 做好, 落实, 配合落实, 指导, 成立, "
           "实施…), is a unit, in printed order; the objects of 联动／指导 (区国资委…, 镇、村级集体经济组织) are not (the "
           "pivot rule); no 牵头: lead []")
MAIN = ("an article of the 办法's main work (not 总则's purpose, scope, definitions or principles, not 附则's entry into "
        "force): a task whether or not it names a unit (CONVENTIONS.md round 30 articles, round 34 headed points: an "
        "article whose text gives work 「应…」 is a task; plans-next112 x112_05 第五–十一条)")
FIRM = ("a regulated party named by a kind is a doer with a rule-2 form (CONVENTIONS.md round 34: 「建设单位」「项目法人」 "
        "…)")
APPLY = ("an applicant 「向A申请」「提出申请」 and a receiver 「报A备案」 are no units (rule 3; round 30 applicant)")
MEET = "CONVENTIONS.md units rule 2, 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B"
SETUP = ("CONVENTIONS.md units rule 3: a body the item sets up is not a unit (round 34: the office or group of a body "
         "the item sets up is part of it)")


def art_sample(file):
    """Samples of one file located by their article label (``article_in``)."""
    def A(path, lead=(), resp=(), targets=(), **kw):
        return S(path, lead, resp, targets, **kw, **art(file, path))
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x123_01_songjiang-2026-nongcun-jiti-jingyingxing-jianshe-yongdi-rushi-guanli-banfa.txt"
PLAN01 = "上海市松江区农村集体经营性建设用地入市管理办法"
NOTICE01 = f"上海市松江区人民政府关于印发《{PLAN01}》的通知"
A1 = art_sample(X01)

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪松府规〔2026〕1号 (from the index; the stored text prints no number)",
     issuer="上海市松江区人民政府",
     date="2026-04-08",
     level="district government (Shanghai Songjiang), to 各镇人民政府、街道办事处，区政府各部门",
     source=shanghai_source(FOLDER, NOTICE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=9d8fad8f-b20b-44b9-870c-d1aa788ccf0b&siteId=0082",
                            5795),
     style="a cover (「…已经区政府同意，现印发给你们，请认真按照执行」, dated 2026年4月8日) then the 办法 in 第一章–第六章 and "
           "第一条–第二十九条, each article a heading line 「第N条（…）」 over its paragraphs: 总则 with purpose, scope, principles and "
           "第四条（管理职责） (a paragraph of bodies with 负责／做好, a working group set up, its members listed); 入市方式和程序 "
           "(第七条 入市条件 （一）–（七）, articles of the regulated parties 出让人／受让人／入市主体, 「区规划资源局…制订…」 with no "
           "rule-2 verb); 地价管理 (「由区财政局会同区规划资源局等部门负责征收」); 登记, 转让 (第二十五条 （一）–（三）, 「百分之二十五以上」); "
           "附则 (「由相关主管部门制定实施细则」, entry into force 2026年5月15日, validity to 2027年12月31日)",
     leaf_tasks=25, count_alternatives=[24, 26],  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 第七条's seven 入市条件 are its text, the article one task (was 24; [25, 31, 32]); accepted 24 (第七条 no task), 26 (with 第三条, round 33)
     leaf_tasks_by_section={"第一章 第四条": 1, "第二章 第五条, 第八条–第十三条, 第十五条–第十九条": 12,
                            "第三章 第二十条–第二十二条": 3, "第四章 第二十三条、第二十四条": 2,
                            "第五章 第二十五条（一）–（三）, 第二十六条、第二十七条": 5, "第六章 第二十八条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A1(["第四条（管理职责）"], [],
           ["松江区人民政府", "区规划资源局", "区发展改革委", "区农业农村委", "区财政局", "区税务局", "各镇人民政府（街道办事处）",
            "职能部门"],
           note=HEADING + "; 「各镇人民政府（街道办事处）应积极配合落实…」 kept whole with its bracket (round 34); the working group "
                "「成立…协调监管工作小组，负责协调和监管…」 — " + SETUP + ", and its members 「应由本区发展改革、…等部门组成」 are "
                "members (rule 3); 「职能部门提出…要求，…依法实施监管」 (提出, 实施) a kind of body given work: a unit; " + NODATE),
        A1(["第八条（计划管理）"], [], ["区规划资源局"], lead_alternatives=[["区规划资源局"]],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区规划资源局根据…，做好…，制订年度建设用地供应计划」 — responsible 区规划资源局, lead [] (A alone accepted as the lead); formerly: " "「区规划资源局根据…，做好…有机衔接，制订年度建设用地供应计划，加强…联动，年中可…适当调整入市计划」: 做好, 制订, 加强, "
                "可…调整 — " + CLOSED + " (the heading 计划管理 is not a 职责分工 heading of round 34): " + NONE + "; " + MAIN
                + "; 「年中」 and 「年度」 are no dates; " + NODATE),
        A1(["第二十一条（土地增值收益分配）"], ["区财政局"], ["区财政局", "区规划资源局"], lead_alternatives=[[]],
           note="aligned round 35: names (CONVENTIONS round 35, Units: 「A、B、C等部门」 with separate heads give A, B, C, the 等… tail dropped; only fields sharing one head 「商务等部门」 stay one name) — 「调节金由区财政局会同区规划资源局等部门负责征收」: 区规划资源局 carries its own head, so the name is 区规划资源局 (was 区规划资源局等部门); 「调节金由区财政局会同区规划资源局等部门负责征收」: " + MEET + "; 「区规划资源局等部门」 one name as printed, 等 kept "
                "(CONVENTIONS.md round 31: 「商务等部门」; the scorer strips a final 等); 「由…出让方及再转让方缴纳」 names payers of "
                "a cost, not doers (round 30); " + NODATE),
        A1(["第二十二条（成本核算和信息公示）"], [], ["农村集体经济组织"], lead_alternatives=[["农村集体经济组织"]],
           note="「农村集体经济组织应按照…规定，落实民主决策，财务公开和公示制度」: the subject of 落实 (rule 2), " + FIRM + "; "
                + SUBJ + "; 「土地前期成本可由…镇人民政府（街道办事处）与农村集体经济组织共同核定」 is an option 「可由」 (round 30: no "
                "assignment); " + NODATE),
        A1(["第二十五条（合同约定）", "（三）"], [], [], [(25, "%")],
           note="「受让人应付清…价款…，取得…施工许可证，并完成房屋建设开发投资总额的百分之二十五以上」: 25% joined to 以上 — a target "
                "(CONVENTIONS.md thresholds, round 30 line), written in Chinese numerals 「百分之二十五」; 付清／取得／完成: " + CLOSED
                + ": " + NONE + "; the paragraph after （三） 「…转让后，受让人应…履行」 is its body (round 32 trailing paragraph); "
                "the lead-in 「但下列情形除外：」 makes （一）–（三） the article's leaves (3 tasks); " + NODATE),
        A1(["第二十八条（配套文件）"], [], ["相关主管部门"], lead_alternatives=[["相关主管部门"]],
           note="「…具体要求由相关主管部门制定实施细则」: the agent of 由 with a verb of doing (rule 2; round 34: 由A＋any verb) — "
                "相关主管部门 is a kind (round 33: 相关部门 kinds); " + SUBJ + "; an article of 附则 that gives work to a body is a "
                "task (round 30 general provisions, round 33); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose and basis), 第二条 (scope), 第六条 (入市类型, a definition of the land that may enter), "
            "第十四条 (出让年限, 「参照…规定」, round 34: 参照 articles are general provisions) and 第二十九条 (entry into force, "
            "the interpreting body) are general provisions; 第三条 (基本原则) is a principle — not a task in a plan whose tasks "
            "name units (round 33); 第七条 （一）–（七） are the conditions the land must meet (「应具备以下条件」), read as a "
            "definition of scope, no work for any body (RULING?: conditions listed as numbered items under an article of a 办法); "
            "the rest are articles of the 办法's work, with or without a doer: 第四条, 第五条, 第八条–第十三条, 第十五条–第二十四条, "
            "第二十五条 （一）–（三）, 第二十六–二十八条 → **24**. Accepted: 25 (with 第三条, round 33), 31 (with 第七条's seven "
            "conditions as leaves), 32 (both)",
            "units: 第四条 by its 管理职责 heading (round 34); rule 2 elsewhere — 第五条 「由…农村集体经济组织或由其委托的其他法人组织作为"
            "出让人代理实施入市工作」 (not sampled), 第二十一条 (会同), 第二十二条 (落实), 第二十八条 (由A制定); the regulated parties "
            "出让人／受让人 act with verbs outside rule 2 (签订, 申请, 进行, 明确)",
            "dates: none for any task — 2026年4月8日 the cover's date, 2026年5月15日 / 2027年12月31日 entry into force and validity, "
            "「自2025年1月1日起…」 a transitional period, 「届满前一年」「逾期未开工满一年」 times from an event, 「年中」「年度」 no dates",
            "targets: 25% (第二十五条（三）, 百分之二十五以上); 「不超过合同约定的土地出让价款总额」「不得高于…最高出让年限」 have no figure; "
            "document numbers 沪规划资源产〔2025〕28 号, 沪松府规〔2024〕1号 are not targets; no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x123_02_fengxian-2026-haimian-chengshi-guihua-jianshe-guanli-banfa.txt"
PLAN02 = "奉贤区海绵城市规划建设管理办法"
NOTICE02 = f"上海市奉贤区人民政府关于印发《{PLAN02}》的通知"
A2 = art_sample(X02)

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪奉府发〔2026〕11号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区人民政府",
     date="2026-01-23 (signed; the index dates it 2026-01-27)",
     level="district government (Shanghai Fengxian), to 各镇人民政府，街道办事处，海湾旅游区管委会，各有关单位",
     source=shanghai_source(FOLDER, NOTICE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00843743&siteId=0084", 3296),
     style="a cover (「…现印发给你们，请遵照执行。特此通知。」, 2026年1月23日) then the 办法 in 第一章–第六章 and 第一条–第二十条, each "
           "article a heading line 「第N条 (…)」 with an ASCII bracket after a space: 总则 (purpose, definition, scope, principles), "
           "管理体制 (第五条: 「下设海绵城市推进组，负责…」, a group the article sets up), 规划／立项／用地／设计 articles without subjects "
           "or with 规划资源部门 征询／纳入／落实, 「由建设管理部门及水务部门…实施监管」, 建设 (「建设单位作为…责任主体，应…组织施工」), "
           "运营 (「…等部门按照各自职责，…落实好…」, 「由各项目管理单位负责…，或由相关行业管理部门负责…」), 其他 (保障措施 with no subject, "
           "an adjustment clause); no date, no figure",
     leaf_tasks=14, count_alternatives=[15, 16],
     leaf_tasks_by_section={"第二章 第五条": 1, "第三章 第六条–第十二条": 7, "第四章 第十三条–第十五条": 3,
                            "第五章 第十六条–第十八条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A2(["第九条 (规划条件)"], [], ["规划资源部门"], lead_alternatives=[["规划资源部门"]],
           note="「规划资源部门在…阶段，应就…征询建设管理部门意见，根据海绵城市相关规划落实海绵城市建设要求」: 征询 is outside rule 2, "
                "but the subject carries to 落实 inside the sentence (round 34: an elided subject carries over inside one "
                "paragraph) — a doer; 建设管理部门 is the body consulted (a receiver, rule 3); " + SUBJ + "; " + NODATE),
        A2(["第十条 (土地出让)"], [], ["建设管理部门", "水务部门"],
           note="「由建设管理部门及水务部门对建设单位落实海绵城市设施的建设情况实施监管」: the agents of 由 with 实施监管 (rule 2); "
                "「A及B」 two names (round 34); 「规划资源部门…征询…意见，并将…纳入土地出让合同」: " + CLOSED + "; 建设单位 is "
                "inside the object (「对建设单位落实…的建设情况」, 落实 a noun's description, round 33); 「可以依法通过…落实」 an option; "
                "no lead; " + NODATE),
        A2(["第十三条 (建设管控)"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
           note="「建设单位作为海绵城市建设责任主体，应严格按照…组织施工」: a designation (round 32 「由A作为主责单位」, round 33 "
                "「物业服务企业为责任主体」) and 组织＋work (round 34) — " + FIRM + "; 「参建各方监理、施工、设计等单位要…执行…」 "
                "(执行) and 「各相关行业管理部门要…加强…」 (加强): " + CLOSED + "; " + SUBJ + "; " + NODATE),
        A2(["第十六条 (管理制度)"], [], ["建设管理、水务、交通、生态环境、绿化市容等部门"],
           lead_alternatives=[["建设管理、水务、交通、生态环境、绿化市容等部门"]],
           note="「建设管理、水务、交通、生态环境、绿化市容等部门按照各自职责，建立完善…，明确…，落实好海绵设施日常维护」: the subject of "
                "落实 (rule 2; 建立完善／明确 alone would not do) — fields joined by 、 before one head are one name as printed, 等 "
                "kept (CONVENTIONS.md round 31); " + SUBJ + "; " + NODATE),
        A2(["第十七条 (管理责任)"], [], ["各项目管理单位", "相关行业管理部门", "产权单位", "产权人"],
           note="rule 2, several clauses in printed order: 「由各项目管理单位负责维护管理，或由相关行业管理部门负责维护管理」 (由A负责 "
                "or 由B负责: both doers, round 30 「由A或B…」), 「公共建筑海绵设施由产权单位负责维护管理」, 「…海绵设施由产权人负责维护"
                "管理」 — the scope split divides the article's own work (round 34); 各项目管理单位 a kind (round 34: a kind before "
                "单位 makes a kind); 「产权单位可委托物业服务单位进行管理」「产权人可委托…」 are options (round 30): 物业服务单位 no unit; "
                "no lead; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose and basis), 第二条 (definition), 第三条 (scope) and 第二十条 (adjustment to higher rules) are "
            "general provisions; 第四条 (遵循原则) a principle (round 33); 第十九条 (保障措施: 「…做好部门协同、资金保障和宣传引导工作」, "
            "no subject) names no unit — a 保障措施 item, not a task (round 27); 第五条–第十八条 are articles of the 办法's work → "
            "**14**. Accepted: 15 (with 第四条, round 33), 16 (with 第十九条 too)",
            "units: only by rule 2 (no label, no 职责分工 heading: 管理体制, 管理制度, 管理责任 are not among round 34's headings) — "
            "第九条 (落实), 第十条 (由A及B实施监管), 第十三条 (designation, 组织施工), 第十六条 (落实), 第十七条 (由A负责 ×4); "
            "第五条's 推进组 is set up by the article (「下设海绵城市推进组，负责…」: rule 3's set-up body, so no unit — RULING?, not sampled)",
            "dates: none — 2026年1月23日 the cover's date; 「近期」 no date",
            "targets: none (「不得低于原设计目标」 has no figure); document names only; no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x123_03_fengxian-2026-nongcun-jiti-jingyingxing-jianshe-yongdi-rushi-shidian-guanli-banfa.txt"
PLAN03 = "上海市奉贤区农村集体经营性建设用地入市试点管理办法"
NOTICE03 = f"上海市奉贤区人民政府关于印发《{PLAN03}》的通知"
A3 = art_sample(X03)
UNITS03 = ["奉贤区人民政府", "区农业农村委", "区规划资源局", "区财政局(金融办)", "区发展改革委", "区经委", "区建管委(交通委)",
           "区生态环境局", "区绿容局", "区房管局", "区水务局", "区市场监管局", "区税务部门", "入市地块所在街镇"]

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 办法's own title, printed on two lines after the cover (「上海市奉贤区农村集体经营性建设用地入市」 / 「试点管理办法」), "
                "or the notice title (the first line): either is accepted",
     doc_no="沪奉府发〔2026〕9号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区人民政府",
     date="2026-01-23 (signed; the index dates it 2026-01-27)",
     level="district government (Shanghai Fengxian), to 区财政局、区规划资源局、区农业农村委",
     source=shanghai_source(FOLDER, NOTICE03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00843742&siteId=0084", 6004),
     style="a cover (to three bureaus, 2026年1月23日) then the 办法 (its title on two lines) in 第一章–第五章 and 第一条–第二十五条, "
           "each article a heading line 「第N条 …」 (name after one space; 「第三章  地价…」 with two): 总则 with 第四条 管理职责 (a "
           "paragraph of bodies with 负责, 「…等相关职能部门各司其职负责…」, 「…所在街镇应积极配合落实…」); 入市 articles with 会同 "
           "(第九条), 落实 (第十条), 负责指导 (第十二条), 由A提交 (第十三条), regulated parties with plain verbs, 「三分之二以上」 "
           "twice; 由区财政局负责征收／管理 (第十九条); 第二十三条 (一)–(三) with ASCII brackets and two trailing paragraphs",
     leaf_tasks=20, count_alternatives=[21, 22],
     leaf_tasks_by_section={"第一章 第四条": 1, "第二章 第五条、第六条, 第九条–第十三条, 第十五条–第十七条": 10,
                            "第三章 第十八条、第十九条": 2, "第四章 第二十一条、第二十二条": 2,
                            "第五章 第二十三条(一)–(三), 第二十四条、第二十五条": 5},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A3(["第四条 管理职责"], [], UNITS03,
           note=HEADING.replace("(区国资委…, 镇、村级集体经济组织)", "(none here)") + "; 「区发展改革委、区经委、…、区市场监管局等相关"
                "职能部门各司其职负责…」: separate heads are separate names (round 31), brackets kept (「区财政局(金融办)」「区建管委"
                "(交通委)」, round 34); the tail 「等相关职能部门」 after the last full name is a category tail, not part of the name "
                "(plans-dev EXPECTED.md units: 「等建设主管部门」 category tails are not units) — RULING?: 「A、B、C等相关职能部门」 "
                "with full names before 等 (round 31 keeps 「商务等部门」 whole, where 商务 is a field, not a name); 「入市地块所在街镇"
                "应积极配合落实…」 kept as printed (no 的 to cut at, round 34); " + NODATE),
        A3(["第九条 计划管理"], ["区规划资源局"], ["区规划资源局", "相关镇人民政府(街道)"], lead_alternatives=[[]],
           note="「区规划资源局应会同相关镇人民政府(街道)根据…制定年度入市供应计划」: " + MEET + "; the bracket stays with the "
                "name (round 34); compare x123_01 第八条, where the same work has no 会同 and gives no unit; " + NODATE),
        A3(["第十条 民主决策"], [], ["集体经济组织"], lead_alternatives=[["集体经济组织"]],
           note="「集体经济组织应当按照…规定，落实民主决策、财务公开和公示制度」: the subject of 落实 (rule 2), " + FIRM + "; " + SUBJ
                + "; 「须经本集体经济组织成员大会或成员代表大会出席人数三分之二以上同意」 (a share 以上, a threshold by the round-30 line) "
                "is not checked (a fraction written in words); " + NODATE),
        A3(["第十二条 入市方案"], [], ["区规划资源部门"], lead_alternatives=[["区规划资源部门"]],
           note="「区规划资源部门负责指导入市方案编制和协助开展入市前征询工作」: 「A负责指导…」 is 「A负责…」 (round 30); 「区人民政府相关"
                "组成部门和镇人民政府(街道)应为入市主体编制入市方案做好服务和支持」: 做好 — " + CLOSED + "; " + SUBJ + "; 三分之二以上 "
                "not checked (as 第十条); " + NODATE),
        A3(["第十三条 入市申请"], [], ["区规划资源部门"], lead_alternatives=[["区规划资源部门"]],
           note="「入市主体按照修改意见完善入市方案后，由区规划资源部门向市土地交易市场提交」: the agent of 由 with a verb of doing "
                "(round 34: 「由A＋any verb of doing」), submitting for the 入市主体 (an agent acting for others, not an applicant "
                "for itself); 「入市主体应向区人民政府提出入市申请」: " + APPLY + "; 「探索建立区规划资源局、农业农村委等部门对入市方案提出"
                "修改意见的工作机制」: the bodies are inside the mechanism's description (round 30: a body inside a noun's "
                "description); " + SUBJ + "; " + NODATE),
        A3(["第十六条 监管协议"], [], ["协调机构各成员"], lead_alternatives=[["协调机构各成员"]],
           note="「协调机构各成员依据各自职能实施监管，共同履行…监管职责」: the subject of 实施 (rule 2) — a group named by a kind, "
                "its members' own work (round 30: 「各成员单位职责：A负责…」 is rule 2), not a member list 「由A、B组成」 nor a "
                "back-reference to named bodies (round 34) — RULING?: 「协调机构各成员」 as a unit; 「出让人、受让人应当与监管人奉贤区"
                "人民政府签订监管协议」: 签订 without 由 — " + CLOSED + "; 「监管人可以指定区规划资源局和区农业农村委负责牵头组织…」 is "
                "an option 「可以」 (round 30, round 34: an option stays none) — no lead; " + SUBJ + "; " + NODATE),
        A3(["第十九条 土地增值收益管理"], [], ["区财政局"], lead_alternatives=[["区财政局"]],
           note="「调节金由区财政局负责征收」 and 「收益调节金由区财政局管理」: 由A＋verb of doing (rule 2), one body twice; " + SUBJ
                + "; 「…分配、使用情况纳入…平台公开，接受…监督」 no subject; " + NODATE),
        A3(["第二十一条 不动产登记"],
           note="「受让人…向不动产登记部门申请…登记」: " + APPLY + "; 「受让人应配合区规划资源局和不动产登记部门完成合同信息申报工作」: "
                "配合 needs a doer and 「B配合A＋verb」 gives A only when the verb is in rule 2's list (round 34) — 完成 is not; "
                "「区规划资源局应将合同信息上传至…系统」: 上传 — " + CLOSED + ": " + NONE + "; " + MAIN + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (主要目标, in fact purpose and basis), 第二条 (scope), 第七条 (用地类型, a definition), 第十四条 and "
            "第二十条 (参照／按…规定执行, round 34: 参照 articles are general provisions) are general provisions; 第三条 (基本原则) a "
            "principle (round 33); 第八条 (入市条件) the conditions the land must meet, no work for a body (as x123_01 第七条, "
            "RULING?); the rest are articles of the 办法's work: 第四–六条, 第九–十三条, 第十五–十九条, 第二十一条, 第二十二条, "
            "第二十三条 (一)–(三), 第二十四条, 第二十五条 → **20**. Accepted: 21 (with 第三条 or with 第八条), 22 (both)",
            "units: 第四条 by its 管理职责 heading (round 34); rule 2 elsewhere — 第五条 (「由…集体经济组织…代理实施入市工作」, 「由村"
            "集体经济组织代表集体行使所有权」, not sampled), 第九条 (会同), 第十条 (落实), 第十二条 (负责指导), 第十三条 (由A提交), "
            "第十六条 (「协调机构各成员依据各自职能实施监管」, RULING?; 「监管人可以指定区规划资源局和区农业农村委负责牵头组织…」 "
            "is an option 「可以」), 第十九条 (由A负责征收)",
            "dates: none — 2026年1月23日 the cover's date; 「届满前一年」 a time from an event; 「试点期间」 no date",
            "targets: 三分之二以上 ×2 (第十条, 第十二条) not checked; document numbers 厅字〔2022〕34号, 自然资办函〔2023〕364号, "
            "沪规划资源乡〔2023〕201号, 沪规划资源规〔2022〕2号 are not targets; 「三个阶段」 names the stages of a mechanism; no "
            "phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x123_04_jinshan-2026-haimian-chengshi-guihua-jianshe-guanli-shishi-xize.txt"
PLAN04 = "金山区海绵城市规划建设管理实施细则"
NOTICE04 = f"关于印发《{PLAN04}》的通知"
A4 = art_sample(X04)

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 细则's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="金建规〔2026〕1号 (from the index; the stored text prints no number)",
     issuer="上海市金山区建设和管理委员会",
     date="2026-01-07",
     level="district bureau (Shanghai Jinshan), to 各有关单位",
     source=shanghai_source(FOLDER, NOTICE04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00816794&siteId=0081", 4939),
     style="a cover with an 「附件：金山区海绵城市规划建设管理实施细则」 line before the signature (the 细则 follows the date: the "
           "forwarded document is the plan, CONVENTIONS.md two documents under one cover), then 第一章–第六章 and 第一条–第二十二条, "
           "each article a heading line 「第N条（…）」: 总则 with 第五条 管理体制 (区建管委 负责组织编制, 「…等部门及各街镇（园区）…负责"
           "落实…」, 「…等部门…协同实施本细则」); articles with run-in labels 「政府投资项目：」「出让项目：」「其他项目：」 inside "
           "paragraphs; regulated parties (建设单位, 设计单位, 施工单位, 监理单位) with plain verbs; 由A负责维护管理; 其他 "
           "(encouragement, a general call); entry into force 2026年2月1日, validity to 2031年1月31日",
     leaf_tasks=15, count_alternatives=[16, 17, 18],
     leaf_tasks_by_section={"第一章 第五条": 1, "第二章 第六条–第十条": 5, "第三章 第十一条–第十三条": 3,
                            "第四章 第十四条–第十七条": 4, "第五章 第十八条、第十九条": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A4(["第五条（管理体制）"], [],
           ["区建管委", "区机管、教育、水务、文旅、卫健、体育、绿化市容、房管、交通等部门", "各街镇（园区）",
            "区发改、财政、规划资源、生态环境等部门"],
           note="rule 2, several clauses in printed order: 「区建管委统筹推进…，负责组织编制…」 (负责), 「区机管、…、交通等部门及各街镇"
                "（园区）按照各自职责分工，负责落实…」 (负责; fields joined by 、 before one head are one name, 等 kept, round 31; "
                "「A及B」 two names and the bracket stays, round 34), 「区发改、…、生态环境等部门…按照各自职责协同实施本细则」 (the "
                "subject of 实施); the heading 管理体制 is not one of round 34's 职责分工 headings, and no more body is given work "
                "anyway; 「…达标自评估报告并上报市住房城乡建设管理委备案」: a filing to a city body (a receiver; no duty checked); no "
                "lead; " + NODATE),
        A4(["第八条（系统方案编制）"], [], ["区建管委"], lead_alternatives=[["区建管委"]],
           note="「区建管委组织编制片区海绵城市建设系统方案」: 组织＋work (round 34) — a doer; 「系统方案经专家评审后报市住房城乡建设"
                "管理委备案」 no subject, the city body a receiver; " + SUBJ + "; " + NODATE),
        A4(["第十六条（综合竣工验收）"], [], ["建设单位", "工程质量监督机构"],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30/37's closed list): 「工程质量监督机构应加强对…监督」 — the supervising body is the subject of 加强…监督, a doer beside 建设单位 (lead []); formerly: 「建设单位组织参建单位竣工验收时，应将海绵城市建设内容纳入验收范围…」「建设单位组织编制竣工验收报告时应载明…」: 组织＋"
                "work (round 34), 参建单位 the object of 组织 (round 30 pivot) — " + FIRM + "; 「工程质量监督机构应加强…监督」: 加强 — "
                + CLOSED + "; " + SUBJ + "; " + NODATE),
        A4(["第十八条（管理责任）"], [], ["各项目管理单位", "相关行业管理部门", "产权人"],
           note="「由各项目管理单位或相关行业管理部门负责维护管理」 (由A或B负责: both, round 30) and 「…由产权人负责维护管理」 (由A负责), "
                "in printed order; 「运营维护管理单位应建立健全…，配备专人管理」: 建立健全／配备 — " + CLOSED + " (the heading 管理责任 "
                "is not one of round 34's 职责分工 headings — RULING?: read as a closed list; as one, 运营维护管理单位 would be a unit too); 「产权人可委托物业服务单位实施管理」 an option: no unit; no lead; "
                + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (basis), 第二条 (definition), 第三条 (scope) and 第二十二条 (entry into force) are general "
            "provisions; 第四条 (遵循原则) a principle (round 33); 第二十条 (技术推广: 「鼓励和支持…」) and 第二十一条 (宣传引导: 「各有关"
            "部门、单位应积极开展…」, 开展 without 组织) in 第六章 其他 name no doer — like 保障措施 items, not tasks (round 27); "
            "第五条–第十九条 are articles of the 细则's work → **15**. Accepted: 16 (with 第四条), 17 (with 第二十条 and 第二十一条), "
            "18 (all three)",
            "units: only by rule 2 — 第五条 (负责 ×2, 实施), 第八条 (组织编制), 第十条 (「区建管委、区水务局负责…实施监督」; 「由相关主管部门或建设单位书面征询…意见」 by 由A＋verb — RULING?, not sampled: 建设单位 consulting for its own project may be an applicant), 第十六条 (组织), "
            "第十八条 (由A或B负责, 由A负责); 第十一–十五条 and 第十九条 have named bodies with verbs outside rule 2 only (编制, 征询, "
            "选择, 强化, 加强, 督促, 明确, 开展) and no doer",
            "dates: none — 2026年1月7日 the cover's date, 「2025年区政府第85次常务会」 a meeting, 2026年2月1日 / 2031年1月31日 entry "
            "into force and validity, 「2018-2035」 a plan's name, 「定期」 no date",
            "targets: none (「不得低于原设计目标」 no figure); document numbers 国办发〔2015〕75号, 沪住建规范联〔2023〕11号, 沪府办发〔2024〕3号, "
            "金建发〔2024〕38号 are not targets; no phases, no duties (the 备案 to 市住房城乡建设管理委 goes to a body outside the plan)"])

# round 35 (p35c): answers aligned to tests/data/CONVENTIONS.md's "Round 35 rulings, written early" (Units), read at
# the item's text, never from parser output (README, "Round 35: answers aligned (p35c)")
from expected_tools import PLANS as _PLANS35  # noqa: E402


def _align35(file, path, resp, ruling, words):
    """One sample's units aligned: responsible ``resp`` in printed order, no lead (a single unit also accepted as the
    lead); the note starts 「aligned round 35: <ruling> — <words> (old → new)」."""
    s = next(s for p in _PLANS35 if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was = f"lead {s['lead']}, responsible {s['responsible']}"
    s["lead"], s["responsible"] = [], list(resp)
    s.pop("lead_alternatives", None)
    if len(resp) == 1:
        s["lead_alternatives"] = [list(resp)]
    s["note"] = (f"aligned round 35: {ruling} — {words} ({was} → lead [], responsible {list(resp)}); the earlier "
                 "reading: " + s.get("note", ""))

_align35('x123_04', ['第十八条（管理责任）'], ['运营维护管理单位', '各项目管理单位', '相关行业管理部门', '产权人'], 'a heading that gives out work (CONVENTIONS round 35, Units: 职责分工／责任分工／工作分工／任务分工／职能分工／部门职责／管理职责／管理体制／管理责任, and 「明确部门职责」)',
         '第十八条（管理责任）: 「运营维护管理单位应建立健全…制度…，配备专人管理」 is given work too (the RULING? the earlier note left open), then 「由各项目管理单位或相关行业管理部门负责…」 and 「由产权人负责…」, in printed order; 「产权人可委托物业服务单位…」 an option, no unit')
# round 35 (p35d): answers aligned to CONVENTIONS.md "Round 35 rulings, written early" by reading the items
from expected_tools import _sample32, align34_units  # noqa: E402


def align35_units(file, path, lead, resp, why, alt=None):
    """``align34_units`` of round 35: the note reads 「aligned round 35: <why> (old → new)」."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 35: ", 1)


align35_units('x123_03', ['第十六条 监管协议'], [], [],
              '「协调机构各成员依据各自职能实施监管」 — the members of a body the item sets up stay rule 3, no unit (CONVENTIONS.md round 35, "Bodies an item sets up"); 「监管人可以指定A和B负责牵头组织」 is an option, no doer')  # noqa: E501

# Round 51 (rul51): answers aligned to tests/data/CONVENTIONS.md, "Round 51 rulings" (README, "Round 51")
from expected_tools import _sample32 as _s51  # noqa: E402

_p51, _q51 = _s51("x123_02", ["第十三条 (建设管控)"])
_q51["responsible"] = ["建设单位", "参建各方监理、施工、设计等单位", "各相关行业管理部门"]
_q51["responsible_alternatives"] = [["建设单位", "各相关行业管理部门"], ["建设单位"]]
_q51["note"] = ("Round 51: CONVENTIONS.md Round 51 rulings → Units (round 44's article rule with round 47's q44c reaches a kind "
                "standing as an article's subject): 「参建各方监理、施工、设计等单位要…执行…」 (fields closed by a shared head, one "
                "group as printed) and 「各相关行业管理部门要…加强…过程监督和检查」 are subjects of verbs of doing in an article "
                "(responsible [建设单位] → [建设单位, 参建各方监理、施工、设计等单位, 各相关行业管理部门]; [建设单位, 各相关行业管理部门] and "
                "[建设单位] accepted); the earlier reading: " + _q51["note"])

# Round 54 (al55): aligned to CONVENTIONS.md "Round 66 rulings" (turned, round 62 over the sets' role reading)
_p66, _q66 = _s51("x123_03", ["第十六条 监管协议"])
_q66["responsible"] = ["出让人", "受让人", "监管人奉贤区人民政府"]
_q66["responsible_alternatives"] = [["出让人", "受让人", "奉贤区人民政府"], []]
_q66["note"] = ("aligned round 54 to CONVENTIONS.md \"Round 66 rulings\" (turned): 出让人／受让人 are a land sale's parties by "
                "role (round 62), and 「出让人、受让人应当与监管人奉贤区人民政府签订监管协议」 — 签订 a verb of doing in an article "
                "(round 48), 「A与B签订」 both (round 30) (responsible [] → [出让人, 受让人, 监管人奉贤区人民政府]); "
                "[出让人, 受让人, 奉贤区人民政府] and the earlier reading (none) stay accepted. Earlier note: " + _q66["note"])

write_collected(DIR)

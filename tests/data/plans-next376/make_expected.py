# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next376/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 70 (built by helper c376, for round 71): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate``); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, Rounds 97–102 whole and the
stretches named in README.md's Exposures — Rounds 83–96 were not read whole) applied to every item. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next376/make_expected.py tests/data/plans-next376
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all three files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the whole stored file was "
          "typed from the tool's answer and gives exactly the stored character count, and the wrapper was then cut by "
          "a script that asserts its shape")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
NOLEAD = "no 牵头 and no 会同: lead []"
ARTICLE = ("round 44: in 第X条 articles a body named by a kind, standing as the subject of the article's verb of doing bound "
           "by 应当, is a doer whatever the verb (Round 99 confirmed it on x359_01 第二十二条 and x361_02 第十条（三）; Round 100's "
           "rule keeps it for articles)")
CLOSED = ("outside articles rule 2's list is closed (round 30; Round 100's rule: 加强, 开展, 做好, 建立, 完成, 出具 name none); "
          "the points are 一、（一）1、 lines, not 第X条 articles, so round 44 does not reach them (Round 102's x370_02 6①)")
REVIEW = ("a review of a party's application and the decision on it name no one, in articles too (Round 85's turned x317_03 "
          "第九条（一）; Round 94's turned x240_04 第二十四条: only 负责, 实施 or 组织＋verb places it; Round 101's turned x365_03 "
          "第十七条; Round 99's x361_01 情况一（三）1)")
SENDING = ("an article whose only act is an owed sending (a reply, a notice) names no doer, in articles too (Round 85's turned "
           "x322_04 第七条; Round 101's governs on x365_01 第十六条 「…将处理意见答复投诉人」)")
TERMS = ("what a party must do or meet to take up what the scheme offers — its conditions, consent, papers, application and "
         "the steps after it — is the scheme's terms, no task (round 30's applicant; Round 97's governs on x357_02 三、（一）–（四）; "
         "Round 85's turned x321_01 三、（一）: a rule for whoever rents is text; Round 86's (a) papers)")
LIMIT = ("「N日内」 counted from an event is the work's time rule: 内 alone is no comparison word (Round 97's x355_03 五、（二）), "
         "a not_target, and no deadline (round 33)")
FORM = ("「A应当＋verb＋下列X：」 makes the lines the parts of A's work, each an item (Round 101's x365_02 第六条 and x365_03 "
        "第三十四条; Round 96's turned x341_04 第三十八条: the form decides), the articles as one task accepted")

# ---------------------------------------------------------------------------------------------------------
X01 = "x376_01_shi-zhengfu-2019-gongyou-zhufang-chajia-jiaohuan-banfa.txt"
P01 = "上海市公有住房差价交换办法"
N01 = "上海市人民政府关于印发《上海市公有住房差价交换办法》的通知"
SF = "市房屋行政管理部门"
QF = "区房屋行政管理部门"
CZ = "公有住房出租人"
JY = "区房地产交易中心"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title line (line 11, after the cover's date) or the notice's title (line 1): either "
                "(round 45's pair; the scorer's 「plan（notice）」 form)",
     doc_no="沪府发〔2019〕19号 (the stored front matter; the text prints none)",
     issuer="上海市人民政府 (the notice's title and its signature)",
     date="2019-10-08",
     date_note="the cover is dated 2019年10月8日 (line 9), the front matter's 发布日期 2019-10-10; in force 2019年12月1日 "
               "(第二十五条, a general provision); every other time is a limit from an event (15日内, 5日内, 7日内) or an age "
               "(年满18周岁); no task is dated",
     level="the city government, to the district governments and city bureaus: a cover that issues the city's measures on "
           "exchanging public-housing tenancies for a price — the managing bodies, the ways and limits of an exchange, "
           "the tenants' and buyers' conditions, price, contract, the landlord's consultation, the records check, the "
           "application, the exchange centre's review, the change of lease and rent",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0001::0001-12344_62943", 3491),
     style="the notice's title, the addressee line, one sentence that issues the measures 「…请认真按照执行。」, the "
           "signature and the date; then the measures' title and 25 articles 「第N条（heading）」 with the heading on a line "
           "of its own; lists （一）… of ways (第五条), of housing that may not be exchanged (第七条), of where to apply "
           "(第十七条) and of papers (第十八条); one paragraph a line with blank lines between",
     leaf_tasks=5, count_alternatives=[4, 6, 17],
     leaf_tasks_by_section={"cover": 0, "第一、二条": 0, "第三条": 1, "第四–十二条": 0, "第十三条": 1, "第十四条": 1,
                            "第十五条": 1, "第十六–十八条": 0, "第十九条": 1, "第二十–二十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（管理部门）"], [], [SF, QF, CZ, JY], responsible_alternatives=[[QF, CZ, JY]],
          **art(X01, ["第三条（管理部门）"]),
          note="「市房屋行政管理部门是本市差价换房的主管部门。区房屋行政管理部门负责本辖区内差价换房的管理工作，加强对公有住房出租人、区房地产交易中心的指导、监督。 公有住房出租人负责办理差价换房的征询手续。 区房地产交易中心负责本区范围内差价换房交易审核工作。」 — "
               "an article in the measures' head that gives work to bodies is a task, not a general provision (round 30; "
               "Round 102's confirmed x370_01 第二条 管理部门); 「A是…的主管部门」 designates A, a doer (rounds 37, 67's x284_02 "
               "第三条 「市房屋行政管理部门是本市住宅修缮工程管理的主管部门」, the same words; round 74's governs on x290_01 第四条); "
               "A负责 names the other three (rule 2), the landlord a party named by its role (Round 101's x367_01 3.3.4); the "
               "objects of 指导、监督 no units (rule 3) but the same bodies named again by 负责; printed order (RULING?: or the "
               "designation alone no doer, round 32's near miss — the three accepted); " + NOLEAD + "; " + NODATE),
        S(["第十三条（价格）"], [], ["房地产估价机构"], lead_alternatives=[["房地产估价机构"]],
          responsible_alternatives=[[QF, "房地产估价机构"], []],
          **art(X01, ["第十三条（价格）"]),
          note="「差价换房的价格由当事人双方协商议定，但按照有偿退租方式收回承租权的，价格由区房屋行政管理部门按照程序选定的房地产估价机构评估确定。」 — "
               "the parties' agreed price is a term of their bargain (" + TERMS + "), but fixing the price the landlord pays "
               "when it takes a tenancy back is the scheme's work beyond moving money (Round 97's x355_03 七、3 供应价格; "
               "Round 101's line: fixing a price is work), placed by 由A＋a verb of doing (rule 2): A is the valuer, and the "
               "district department stands inside the noun's description 「…按照程序选定的」 (round 30's 「经A认定的企业」), no "
               "doer (RULING?: or the department that picks the valuer a doer too — accepted — or the whole article the "
               "price's terms, no task, count 4); " + ONE_LEAD + "; " + NODATE),
        S(["第十四条（合同的订立）"], [], ["市市场监管局", "市房屋管理局"],
          **art(X01, ["第十四条（合同的订立）"]),
          note="「差价换房的当事人应当订立书面合同。 差价换房合同的示范文本由市市场监管局和市房屋管理局联合制定。差价换房的当事人应当使用或者参照示范文本订立合同。」 — "
               "由A和B＋制定 names both (rule 2; round 30's 「由A与B签订／共同＋verb」), 联合 an adverb of the joint act (round "
               "39); the parties' contract is their terms (" + TERMS + "); plans-next292's x292_04 四、 answered the guide's "
               "same model text 「由市房屋管理局、市市场监管局联合制定」 with both bodies; " + NOLEAD + "; " + NODATE),
        S(["第十五条（征询）"], [], [], responsible_alternatives=[[CZ]], not_targets=[(15, "日")],
          **art(X01, ["第十五条（征询）"]),
          note="「差价换房的转让人应当在订立书面合同前，持《租用居住公房凭证》等材料，书面征询公有住房出租人的意见。 公有住房出租人应当自受理书面征询之日起15日内给予书面答复。不同意差价换房的，应当说明理由。」 — "
               "the seller's consultation is a step of the party's application (" + TERMS + "); the landlord's answer on it "
               "is " + REVIEW + ", and its only printed act is the written reply, " + SENDING + " — a task naming none, the "
               "reply an undated duty (below) (RULING?: or the landlord bound by 应当 a doer, round 44 — accepted); " + LIMIT
               + " (15 日); " + NONE + "; " + NODATE),
        S(["第十九条（差价换房的审核）"], [], [], responsible_alternatives=[[JY], [JY, QF]], not_targets=[(5, "日")],
          **art(X01, ["第十九条（差价换房的审核）"]),
          note="「差价换房当事人提交材料齐全的，区房地产交易中心应当予以受理。 区房地产交易中心应当自受理申请之日起5日内，根据差价换房当事人提交的材料，并经区房屋行政管理部门确认，完成相关事项的审核工作。对符合规定条件的，出具《差价换房确认书》；对不符合规定条件的，不予办理，并书面通知差价换房当事人。」 — "
               "the centre's acceptance, review and decision on the parties' application are " + REVIEW + "; 经A确认 is "
               "rule 3's approver; an article that is the scheme's review is still a task (Round 97's x358_03 第五条: the "
               "article binds the rules' body to act on the applications), naming none (RULING?: or the centre the subject of "
               "应当…完成 in an article, round 44 — accepted, with the department); the notice of the decision an undated duty "
               "(below); " + LIMIT + " (5 日); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "公有住房出租人应当自受理书面征询之日起15日内给予书面答复。不同意差价换房的，应当说明理由", "when": "15日内",
              "when_norm": None,
              "note": "第十五条 — the landlord's answer on the party's consultation is a notice of its own finding to the party it "
                      "concerns, a duty (Round 97's x358_01 第七、十、十一、十二条; Round 101's x365_01 第十六条 答复), undated: 15日内 "
                      "runs from each consultation (round 33)"},
             {"what": "对符合规定条件的，出具《差价换房确认书》；对不符合规定条件的，不予办理，并书面通知差价换房当事人", "when": None,
              "when_norm": None,
              "note": "第十九条 — the centre's decision told to the parties, a notice of the body's own decision (Round 99's "
                      "x361_01 情况一（四）; Round 99's x361_03 确认单), one duty for the two outcomes of one decision to the same "
                      "parties (RULING?: or two duties, the 确认书 and the written refusal printed differently, round 41), undated"}],
     notes=["counting (leaf tasks; the cover prints no task of its own — 「…请认真按照执行。」 — and the measures follow its date: "
            "round 30's forwarding notice): 第一条 purpose, 第二条 scope, 第二十五条 entry into force — general provisions (round "
            "30); 第四条 principles with no doer (p51e; Round 99's x361_02 第五条); 第五条 「可以采取下列方式」 ways the parties may "
            "choose (round 49 p46b; Round 97's x353_01 第四条 ways defined); 第六、七、九、十条 the kinds of housing and of persons "
            "that may not exchange, 第八条 the co-residents' consent, 第十一条 an option, 第十二条 鼓励 and the option to buy, "
            "第十六条 the buyer's records check, 第十七、十八条 where to apply and the papers, 第二十条 the change of lease the "
            "new tenant applies for, 第二十一条 the shared parts' use, 第二十二条 rent, 第二十三条 who may carry on the lease — "
            + TERMS + "; 第十条's 「经区房屋行政管理部门审核通过后，可以不受…限制」 a review and an option; 第二十四条 「…由市房屋"
            "行政管理部门另行规定」 a pointer to another text (round 39; Round 97's turned x357_01 四/10) — text; 第三、十三、十四、"
            "十五、十九条 one each → **5**. Accepted: 4 (第十三条 the price's terms), 6 (第二十四条 counted), 17 (the parties' "
            "owed acts and bans — 第六–十、十五 first paragraph, 十六–十八、二十–二十二条 — read as owed work of a regulated party, "
            "tasks naming none, Round 84's p61a-2 — RULING?)",
            "units: the article's own names as printed (no short names are defined): 第三条's four, 第十三条's valuer, 第十四条's "
            "two city bureaus; reviews and replies name none; every task is sampled",
            "dates: no task is dated (see date_note)",
            "figures: not_targets 15 日 (第十五条), 5 日 (第十九条): limits from an event; in text, unchecked: 2户（套）及以上, "
            "1户（套）及以上, 2名及以上 (第十条, thresholds of the buyers' conditions), 18周岁 (an age), 7日内, 15日内 (第十七、"
            "二十条, the parties' limits), 1999年 (a past text)",
            "duties: two, undated — 第十五条's reply, 第十九条's notice of the decision; not duties: the parties' consultation, "
            "records check and applications (their own business, round 42)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x376_02_shi-fangguanju-2019-gongyou-juzhu-fangwu-biangeng-fenlie-zulin-huming-ruogan-guiding.txt"
P02 = "关于公有居住房屋变更、分列租赁户名的若干规定"
N02 = "关于印发《关于公有居住房屋变更、分列租赁户名的若干规定》的通知"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 9, after the cover's date) or the notice's title (line 1): either (round "
                "45's pair)",
     doc_no="沪房规范〔2019〕3号 (the stored front matter; the text prints none)",
     issuer="上海市房屋管理局 (the front matter; the cover says 「我局」 and prints no signature)",
     date="2019-08-15",
     date_note="the cover is dated 2019年8月15日 (line 7), the front matter's 发布日期 2019-08-15; in force 2019年9月30日 to "
               "2024年6月30日 (四、, a general provision; the index marks it 失效); every other time is a limit from an event "
               "(7日内, 15日内, 30日内), a period (五年内, 一年以上) or the signing date left blank in the attached form; no task "
               "is dated",
     level="the city housing bureau, to the district housing bureaus, the housing groups and other units: a cover that "
           "issues its rules on changing and splitting the tenant's name on a public-housing lease — the conditions and "
           "the cases that bar each, and the landlord's procedure: application, acceptance, handling",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::2aa8b540c7fc490b8b776fb65c77bd61", 3440),
     style="the notice's title, the addressee line, one paragraph that issues the rules 「…请遵照执行。」, the date; then the "
           "rules' title, a preamble, four headed points 一、–四、; （一）… lists of conditions and of barring cases (two "
           "lists under each of 一、 and 二、, the second list of 二、 run on after （五） in the same line), under 三、 （一）申请 with "
           "1、–5、 papers, （二）受理, （三）办理 with 1、 (and （1）（2） each with a.–d. orders of who becomes tenant) and 2、 (run "
           "on after its heading); then 「附件:…（样张）」 and the attached promise form; one paragraph a line with blank lines "
           "between",
     leaf_tasks=3, count_alternatives=[4, 5],
     leaf_tasks_by_section={"cover": 0, "一、": 0, "二、": 0, "三、（一）": 0, "三、（二）": 1, "三、（三）1、": 1, "三、（三）2、": 1,
                            "四、": 0, "附件": 0},
     childless_top_level_sections=["四、"],
     samples=[
        S(["三", "（二）"], [], [], responsible_alternatives=[["出租人"]], not_targets=[(7, "日")],
          note="「（二）受理 出租人应当在收到申请人递交的材料之日起7日内完成受理的初审工作。申请人递交的申请材料齐全、书面协商意见完整的，应当予以受理。如有缺项，应当告知申请人补全。」 — "
               "the landlord's acceptance of the tenants' application is " + REVIEW + "; " + CLOSED + " (完成, 予以受理, 告知); "
               "telling the applicant to complete the papers is a notice of the body's finding, an undated duty (below); "
               + LIMIT + " (7 日); " + NONE + "; " + NODATE),
        S(["三", "（三）", "1"], [], [], responsible_alternatives=[["出租人"]],
          not_targets=[(15, "日"), (7, "日"), (30, "日")],
          note="「1、变更租赁户名 出租人受理公房变更租赁户名申请后，经审核符合政策规定且当事人协商一致的，应当在受理之日起15日内完成变更租赁户名审核手续，并按规定流程发放《租用居住公房凭证》;经审核不符合条件的，应当在7日内出具不予办理的书面意见。 出租人受理…但当事人协商不一致的，应当在30日内按照下列情形书面确定承租人：（1）…按下列顺序确定承租人：a.…d.… （2）…a.…d.原承租人的其他直系亲属（按他处住房情况）出租人在指定承租人后应及时通知其办理变更租赁户名手续。当事人对…有异议的，应当通过司法途径解决。」 — "
               "the landlord's review and decision on the application (" + REVIEW + "), with the cases its decision answers: "
               "（1） and （2） pick the case, a.–d. the order of who becomes tenant, one task with its lead-in (Round 78's (b); "
               "Round 99's x363_02 五、 cases; RULING?: or （1）（2） two leaves, count 4 — accepted); " + CLOSED + "; the "
               "written refusal and the notice to the chosen tenant are notices of the landlord's own decision, undated duties "
               "(below); the parties' 通过司法途径解决 an option of theirs; " + LIMIT + " (15, 7 and 30 日); " + NONE + "; "
               + NODATE),
        S(["三", "（三）", "2"], [], [], responsible_alternatives=[["出租人"]], not_targets=[(15, "日"), (7, "日")],
          note="「2、分列租赁户名出租人受理分户申请后，经审核符合分户条件的，应当在15日内与各申请人分别建立租赁关系，并按规定重新计算租金、换发《租用居住公房凭证》；经审核不符合条件的，应当在7日内出具不予办理的书面意见。」 — "
               "the heading 「分列租赁户名」 run on with its body in one line (Round 74's x293_01: a lost break joins nothing); "
               "the landlord's decision on the split and its carrying out (" + REVIEW + "; Round 97's x358_03 第八条: carrying "
               "out the decision on a party's application is a step of it); " + CLOSED + " (建立, 计算, 换发, 出具); the written "
               "refusal an undated duty, as 1、's (below); " + LIMIT + " (15 and 7 日); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "如有缺项，应当告知申请人补全", "when": None, "when_norm": None,
              "note": "三、（二） — telling the applicant what is missing is a notice of the body's finding to the party it concerns "
                      "(Round 97's x358_01 第七条 「…一次告知需要补正的全部内容」), undated"},
             {"what": "经审核不符合条件的，应当在7日内出具不予办理的书面意见", "when": "7日内", "when_norm": None,
              "note": "三、（三）1、 and 2、 — the written refusal of the landlord's own decision to the applicants, printed alike in "
                      "both lines and joined as one (round 41; Round 99's x361_01 closings printed alike are one) (RULING?: or one "
                      "for each line, two), undated: 7日内 runs from each review (round 33)"},
             {"what": "出租人在指定承租人后应及时通知其办理变更租赁户名手续", "when": None, "when_norm": None,
              "note": "三、（三）1、（2） d. — the landlord's decision on who becomes tenant told to that person (Round 99's x361_01 "
                      "情况一（四）), undated; 及时 prints no time (Round 79)"}],
     notes=["counting (leaf tasks; the cover only issues the rules — 「…现印发给你们，请遵照执行。」 —: round 30's forwarding "
            "notice, the rules after its date the plan): 一、's two lists (the conditions for a change and the cases that bar "
            "it, with the definitions of 共同居住人, 其他住房 and 居住困难 between) and 二、's two lists (the conditions for a "
            "split, the barring cases run on after （五）) are the conditions a tenant's application must meet (" + TERMS + "; "
            "Round 93's turned x346_02 第七条（四）; Round 99's x361_02 第十二条 states) — text, no leaves of work; 三、（一）申请 "
            "and its 1、–5、 the applicant's papers and promise (Round 86's (a); plans-next292's x292_04 五、（一） alike) — text; "
            "三、（二） 1; 三、（三） 1、 (its （1）（2） the cases its decision answers, a.–d. the order) 1 and 2、 1; 四、 entry into "
            "force and repeal, a general provision (round 30); the 附件 promise form after the 附件 line is left out "
            "(plans-dev EXPECTED.md: tasks end at the 附件 line) → **3**. Accepted: 4 (（1）（2） as two leaves), 5 (also "
            "三、（一） as the application step a task). The page names no unit anywhere: plans-dev 08's every numbered leaf is "
            "read as the leaves that give work (Round 101's x369_01: aims, principles and, here, conditions give none)",
            "units: none — 出租人 is the subject only of verbs outside rule 2's closed list (完成, 予以受理, 告知, 发放, 出具, "
            "确定, 建立, 换发), and the points are not articles (Round 100's rule; Round 102's x370_02 6①); every task is sampled",
            "dates: no task is dated (see date_note)",
            "figures: not_targets 7 日 (三、（二）), 15, 7 and 30 日 (三、（三）1、), 15 and 7 日 (三、（三）2、): limits from an event; "
            "in text, unchecked: 五年内, 一年以上 (conditions), 10平方米 (不低于, a condition of the split, text), 沪房管法〔2009〕396号",
            "duties: three, undated — the notice to complete the papers (三、（二）), the written refusal (三、（三）1、 and 2、, "
            "printed alike, one), the notice to the chosen tenant (三、（三）1、（2））"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x376_03_shi-fangguanju-2018-xinjian-zhuzhai-jiaofu-shiyong-xuke-guiding-shishi-xize.txt"
P03 = "《上海市新建住宅交付使用许可规定》实施细则"
N03 = "上海市房屋管理局关于印发修订后的《〈上海市新建住宅交付使用许可规定〉实施细则》的通知"
SFG = "上海市房屋管理局"
QFG = "各区住房保障和房屋管理局"
SJ = "市房管局"
QJ = "区房管局"
JS = "建设单位"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 9, after the cover's date; printed 「《上海市新建住宅交付使用许可规定》实施细则」) or "
                "the notice's title (line 1): either (round 45's pair); the cover prints a third form 「《<上海市新建住宅交付使用许可"
                "规定>实施细则》」, accepted too",
     doc_no="沪房建管〔2018〕102 号 (the stored front matter, its space as stored; the text prints none)",
     issuer="上海市房屋管理局 (the notice's title; the cover prints no signature)",
     date="2018-07-11",
     date_note="the cover is dated 二○一八年七月十一日 (line 7), the front matter's 发布日期 2018-07-16; the meeting that passed it "
               "2018年5月4日 (past); in force 2018年10月1日 (第十七条, a general provision); every other time is a limit from "
               "an event (10 日内, 3 个月内, 法定期限内) or a rhythm (按季度, 定期); no task is dated",
     level="the city housing bureau, to the units concerned: a cover that issues its revised rules for licensing the "
           "delivery of new housing — the bodies, the licence, the developer's duty to build the estate's facilities with "
           "the housing, the application and its papers, the district bureau's site check, photographs, decision, "
           "archive, whole-course supervision, the city bureau's checks, false papers",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::37f9da2af98a4352972770c7095ad45a", 4300),
     style="the notice's title, 「各有关单位：」, one paragraph that issues the rules 「…请认真按照执行。」, the date in Chinese "
           "numerals; then the rules' title and 17 articles 「第N条 …」 run in on their first line (「第四条《许可证》…」 with no "
           "space); lists （一）… of phased-delivery conditions (第六条), papers (第九条), photographs (第十一条), files "
           "(第十三条) and supervision (第十四条); stray spaces inside words as stored (「公益性服 务设施」「指派 2 名」) and "
           "closing paragraphs run on at the end of a list line; one paragraph a line with blank lines between",
     leaf_tasks=30, count_alternatives=[14, 16, 21, 25, 29, 42],
     leaf_tasks_by_section={"cover": 0, "第一条": 0, "第二条": 1, "第三条": 1, "第四条": 1, "第五条": 0, "第六条": 3,
                            "第七条": 1, "第八条": 1, "第九条": 0, "第十条": 1, "第十一条": 10, "第十二条": 1, "第十三条": 6,
                            "第十四条": 2, "第十五条": 1, "第十六条": 1, "第十七条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第二条"], [], [],
          **art(X03, ["第二条"]),
          note="「第二条 本市国有土地上开发建设的新建住宅应当与规划要求配建的教育、医疗…养老等公益性服 务设施和市政公用基础设施（以下简称配套设施）同步交付使用。」 — "
               "an act bound by 应当 with no subject, a limit on how the rules' work — the delivery they license — is done, is "
               "a task naming none (round 65's x274_01; Round 87's governs on x328_03; Round 97's x357_02 二、（二） limit), not "
               "round 30's scope or definition though it defines 配套设施 in passing (RULING?: or the rules' principle, text, "
               "count 29 — accepted); " + NONE + "; " + NODATE),
        S(["第三条"], [], [SFG, QFG], responsible_alternatives=[[SJ, QJ]],
          **art(X03, ["第三条"]),
          note="「第三条 上海市房屋管理局（以下简称市房管局）是本市新建住宅交付使用的主管部门，负责对…实施监督管理；负责制定…政策；负责建立…系统；负责制作统一的《…许可证》…。各区住房保障和房屋管理局（以下简称区房管局）负责协调推进…同步建设、同步交付，并负责《许可证》的核发和管理，业务上接受市房管局的指导与监管。」 — "
               "「A是…的主管部门」 and A负责 name both (rule 2; rounds 37, 67's x284_02 第三条); an article that places the work "
               "is a task, not a general provision (Round 102's confirmed x370_01 第二条); the full names as printed where the "
               "article defines them, the short names accepted (round 43; Round 102 on x370_01 第二条); 接受…指导与监管 rule 3's "
               "guide seen from the guided side; " + NOLEAD + "; " + NODATE),
        S(["第四条"], [], [], [(1, "幢")],
          **art(X03, ["第四条"]),
          note="「第四条《许可证》应当载明许可证编号、建设单位名称…发证日期等相关信息。核发《许可证》，以《上海市建设工程规划许可证》确定幢为基本单位，申请数量不得少于1幢。」 — "
               "what the licence must state and how it is issued bind a document and a decision only the rules' bodies make, "
               "one task naming none (Round 99's x364_01 第六条: the article binding the standard's drafting one task; round "
               "65's x274_01) (RULING?: or the licence's contents and the application's unit text, count 29); 「不得少于」 holds "
               "不少于, round 30's comparison word (Round 102's x370_02 4.1② 不得小于): 1 幢 a target; " + NONE + "; " + NODATE),
        S(["第六条", "（一）"], [], [JS], lead_alternatives=[[JS]],
          **art(X03, ["第六条", "（一）"]),
          note="「（一）配套设施尚未与住宅同步建设时，建设单位应当落实可供过渡使用的相应配套设施。」 under 「建设单位按照…出让合同…要求，应当负责建设该地块范围内的配套设施，并确保与住宅同步建设、同步交付。 新建住宅分期开发建设、分期申请交付使用的，该地块的配套建设应当满足以下条件：」 — "
               "the developer builds the estate's facilities as the rules bind it (owed work of the regulated party, Round 84's "
               "p61a-2), not a step of its application; 落实 names its subject (rule 2), and " + ARTICLE + "; the lines are "
               "the conditions each binding the phased building, read line by line (Round 87's governs on x328_03); "
               + ONE_LEAD + "; " + NODATE),
        S(["第六条", "（二）"], [], [JS], [(60, "%"), (60, "%")], lead_alternatives=[[JS]], responsible_alternatives=[[]],
          **art(X03, ["第六条", "（二）"]),
          note="「（二）申请住宅交付数量达到该地块住宅总量的60%时，该地块应当配建的公益性配套设施须同步竣工。该地块含两块以上宗地的，其中一块宗地申请住宅交付数量达到该块宗地住宅总量60%时，该块宗地上的公益性配套设施须同步竣工。」 — "
               "a limit with no subject of its own: it takes the article's opening paragraph's rule-2 body, 「建设单位…应当负责建设…"
               "配套设施」 (rule 4: a lead-in gives its units to items naming none; Round 101's governs on x350_06 一/2) "
               "(RULING?: or none, the line's own 须 with no body — accepted); 「达到…60%」: 达到 is round 30's comparison word, "
               "a trigger of the step, a target, printed twice (the target list a must-find subset); 两块以上 a class of plot "
               "(round 58), unchecked; " + ONE_LEAD + "; " + NODATE),
        S(["第六条", "（三）"], [], [JS], lead_alternatives=[[JS]],
          **art(X03, ["第六条", "（三）"]),
          note="「（三）申请住宅全部交付使用时，该地块配建的配套设施应当全部竣工。 因土地、拆迁等因素导致公共服务设施尚不具备开工条件的 项目申请住宅分期交付使用时，建设单位必须落实可供过渡使用的相应公共服务设施。」 — "
               "落实 names its subject (rule 2), and the 的-clause picks a kind of project by its state, no event (Round 94's "
               "「对X的，由A」 form); " + ONE_LEAD + "; " + NODATE),
        S(["第七条"], [], [],
          **art(X03, ["第七条"]),
          note="「第七条 建设单位在同一居住区分期签订…出让合同…，分期开发建设、分期申请交付使用的，该居住区住宅建设总量应当合并计算（街坊级公共服务设施除外），符合本实施细则第六条第二款、第三款规定条件的，方可交付使用。」 — "
               "how the conditions are counted for a phased estate and when it may be delivered bind the licensing (a limit, "
               "Round 87's governs on x328_03), with no body: a task naming none (RULING?: or a condition of the application, "
               "terms, text); " + NONE + "; " + NODATE),
        S(["第八条"], [], ["相关部门或单位"], lead_alternatives=[["相关部门或单位"]],
          responsible_alternatives=[["相关部门", "单位"], []],
          **art(X03, ["第八条"]),
          note="「第八条 配套设施建设主体为政府或政府委托相关单位的， 相关部门或单位应当落实与相关新建住宅项目同步建设、同步交 付的主体责任。」 — "
               "落实 names its subject (rule 2; 落实…责任, round 46), the 的-clause a kind of builder (Round 94's form); the "
               "name as printed, 相关 standing before both heads joined by 或, one name (Round 101's x367_02 8.1 「权属或管理单位」; "
               "round 31) (RULING?: or two names split on 或, round 30's 「由A或B」 — accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第十条"], [], [], [(2, "名"), (30, "%"), (20, "%"), (10, "%"), (1, "幢")], responsible_alternatives=[[QJ]],
          not_targets=[(10, "日")],
          **art(X03, ["第十条"]),
          note="「第十条 区房管局受理建设单位交付使用申请后，应当指派 2 名以上工作人员到项目现场，对…完成情况进行核实。按照高层住宅不低于 30%、多层住宅 不低于 20%、低层住宅不低于 10%的比例和同一类型住宅不得少 于 1 幢的规定进行核查。 核查完毕，应当现场填写《…意见书》…核查人员、建设 单位项目负责人须在该意见书上签字确认。凡经核查发现不符合 交付条件的，同时提出在 10 日内限期整改要求。」 — "
               "the district bureau's site check of the developer's application is " + REVIEW + " (RULING?: or round 44's "
               "subject of 应当 in an article, [区房管局] — accepted); the floors 以上, 不低于, 不得少于 are round 30's: 2 名 (a count "
               "of persons the work must have, Round 101's x369_02 4 人; Round 99's x364_02 两名), 30 %, 20 %, 10 %, 1 幢 targets; "
               "the order to put right told to the developer an undated duty (below); " + LIMIT + " (10 日); the persons who "
               "sign are no units (round 30); " + NONE + "; " + NODATE),
        S(["第十一条", "（一）"], [], [],
          **art(X03, ["第十一条", "（一）"]),
          note="「第十一条 现场核查应当按照下列规定拍摄并留存照片（或 数码影像资料）： （一）申请项目的主出入口与市政道路相连之处；」 — "
               + FORM + "; the act is a step of the site check (第十条), " + REVIEW + ", and the lead-in prints no body — each "
               "line a task naming none (RULING?: or the lines the check's contents, Round 99's x361_02 第二十二条 巡查内容, one "
               "task, count 21 with 第十三条 read alike → 16 — accepted); " + NONE + "; " + NODATE),
        S(["第十一条", "（四）"], [], [],
          **art(X03, ["第十一条", "（四）"]),
          note="「（四）供水（管道井水表或短管连接处及室内水龙头出水情 况）、供电（…）、有线电视线、电话、 宽带和光纤通信数据线敷设到户及楼内接线箱配套完成情况；」 — "
               "as （一）: " + FORM + "; " + NONE + "; " + NODATE),
        S(["第十一条", "（七）"], [], [], not_targets=[(3, "个月")],
          **art(X03, ["第十一条", "（七）"]),
          note="「（七）交付使用区域内的配套绿化建设情况。确因非种植季 节原因需延时绿化建设的，建设单位在交房时须向业主公示住宅 交付使用后 3 个月内完成绿化建设的书面承诺；」 — "
               "as （一）; the developer's notice to owners is a case inside the line (确因…的, rule 3) and its own promise to "
               "the public, no unit of the photographing (RULING?: or [建设单位] by 须 in an article, round 44); 3 个月内 the "
               "developer's promise counted from delivery, " + LIMIT + "; " + NONE + "; " + NODATE),
        S(["第十一条", "（十）"], [], [],
          **art(X03, ["第十一条", "（十）"]),
          note="「（十）分期开发建设的住宅项目与施工场地的隔离设置情 况。」 — as （一）: " + FORM + "; " + NONE + "; " + NODATE),
        S(["第十二条"], [], [], responsible_alternatives=[[QJ]],
          **art(X03, ["第十二条"]),
          note="「第十二条 区房管局应在收到…申请受理之日起法定期限内审查完毕。凡符合《规定》 第五条交付使用条件，核发《许可证》；凡不符合条件的，不予 核发《许可证》。如发现违反《规定》擅自交付使用的，不予核 发《许可证》，同时移交有关执法监督部门处理。经依法处理后， 建设单位可重新申请…。」 — "
               "the decision on the developer's application is " + REVIEW + " (RULING?: or [区房管局] by round 44 — accepted); "
               "移交 hands a case to the body with jurisdiction, no duty (Round 99's turned x364_01 第十六条); 法定期限内 prints no "
               "time; the developer's 可 an option; " + NONE + "; " + NODATE),
        S(["第十三条", "（一）"], [], [QJ], lead_alternatives=[[QJ]],
          **art(X03, ["第十三条", "（一）"]),
          note="「第十三条 区房管局核发《许可证》后，应当按照档案管理 要求将建设单位提交的申请材料及下列文书及时立卷归档： （一）上海市新建住宅交付使用许可证；」 — "
               + FORM + ", each line taking A: filing its own papers in its own archive is the body's own act, not a sending "
               "(Round 101's x369_01 三、（十一）: listing in the body's own library no duty), and " + ARTICLE + "; the short name "
               "as printed where it acts (round 43; Round 102 on x370_01); " + ONE_LEAD + "; " + NODATE),
        S(["第十三条", "（六）"], [], [QJ], lead_alternatives=[[QJ]],
          **art(X03, ["第十三条", "（六）"]),
          note="「（六）现场核查拍摄的照片（彩色冲印或彩色打印）。 内部审核流转资料及其它相关资料应当另立卷并作为档案 附件一并归档。」 — as （一）; "
               "the closing sentence run on in the line binds the same filing (round 32: a trailing paragraph the last item's "
               "body); " + ONE_LEAD + "; " + NODATE),
        S(["第十四条", "（一）"], [], [QJ], lead_alternatives=[[QJ]],
          **art(X03, ["第十四条", "（一）"]),
          note="「第十四条 区房管局应当按照配套设施与住宅同步建设、同 步竣工的要求，对住宅建设进行全过程监管： （一）在建设单位办理…证明时，及时告知并指导 建设单位必须达到的新建住宅交付标准；同时，督促配套设施建 设主体签订建设协议，按照建设计划时间节点落实配套建设主体 责任。」 — "
               + FORM + " (A＋应当＋对…进行全过程监管＋：), the bureau's own supervision of the builders (Round 97's governs on "
               "x358_01 第十九条) and " + ARTICLE + "; the builders objects of 告知, 指导 and 督促 (round 30's pivot; Round 99's "
               "x364_03 四、（三）2: 落实 run on inside 督促's reach is the object's); " + ONE_LEAD + "; " + NODATE),
        S(["第十四条", "（二）"], [], [QJ], lead_alternatives=[[QJ]],
          **art(X03, ["第十四条", "（二）"]),
          note="「（二）加强日常管理，建立基础台帐，掌握住宅项目及配套 设施建设进度，按季度预报住宅交付使用情况。如发现配套设施 建设滞后，及时进行协调。」 — "
               "as （一）, the lead-in's body (rule 4; round 44 in articles); 按季度 a rhythm, no deadline (round 34), the "
               "forecast a quarterly duty (below); " + ONE_LEAD + "; " + NODATE),
        S(["第十五条"], [], [SJ], lead_alternatives=[[SJ]],
          **art(X03, ["第十五条"]),
          note="「第十五条 市房管局定期组织对区房管局新建住宅交付使用 管理工作的检查，并以相应形式通报检查结果。对监管缺位、失 职失责、情节严重、造成一定社会影响的，将强化对其所辖区域 的交付许可项目进行全覆盖全过程监管。」 — "
               "组织＋verb names its subject (rule 2); the district bureau is the object of the check, no unit; 定期 prints no "
               "rhythm; the notice of its own check's results an undated duty (below; Round 97's x358_01 第二十二条); "
               + ONE_LEAD + "; " + NODATE),
        S(["第十六条"], [], [QJ], lead_alternatives=[[QJ]], responsible_alternatives=[[]],
          **art(X03, ["第十六条"]),
          note="「第十六条 在新建住宅交付使用许可审核时， 发现有关部门 或者单位出具虚假材料的，区房管局应当抄告相关行政管理部 门，有关部门或者单位应当承担相应责任。建设单位隐瞒有关情 况或者提供虚假材料等不正当手段取得…许可 证的，区房管局应当依照《中华人民共和国行政许可法》的规定 依法处理；构成犯罪的，依法追究刑事责任。」 — "
               "the bureau acting on a licence got by false papers is its enforcement on the rules' regulated party, a task "
               "(Round 101's governs on x365_04 第五十四条), not the discipline of its own officials (Round 97's x358_01 "
               "第二十一条), and " + ARTICLE + "; 承担相应责任 for false papers is a liability, a consequence, not a designation "
               "of work (Round 97's x356_06 五/3), and 追究刑事责任 has no agent; the 抄告 a duty (below) (RULING?: or the "
               "article the standard liability clause, no task, count 29 — none accepted); " + ONE_LEAD + "; " + NODATE),
     ] + [S(["第十一条", m], [], [], **art(X03, ["第十一条", m]),
            note="a line of 第十一条's photographs, as （一）: " + FORM + "; " + NONE + "; " + NODATE)
          for m in ("（二）", "（三）", "（五）", "（六）", "（八）", "（九）")
     ] + [S(["第十三条", m], [], [QJ], lead_alternatives=[[QJ]], **art(X03, ["第十三条", m]),
            note="a line of 第十三条's files, as （一）: " + FORM + ", each taking 区房管局 (" + ARTICLE + "); " + ONE_LEAD
                 + "; " + NODATE)
          for m in ("（二）", "（三）", "（四）", "（五）")
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "凡经核查发现不符合交付条件的，同时提出在10日内限期整改要求", "when": None, "when_norm": None,
              "note": "第十条 — the site check's finding told to the developer with the order to put it right, a notice of the "
                      "body's own finding to the party it concerns (Round 97's x358_01 第七条 补正; Round 99's x361_01) (RULING?: "
                      "or the order a step of the review, no sending), undated: 10 日内 is the developer's limit from the check"},
             {"what": "按季度预报住宅交付使用情况", "when": "按季度", "when_norm": "quarterly",
              "note": "第十四条（二） — a recurring reporting rhythm of the district bureau's supervision (plans-dev EXPECTED.md: "
                      "duties include recurring reporting rhythms) (RULING?: or a forecast the bureau keeps for itself, no "
                      "sending printed)"},
             {"what": "市房管局…以相应形式通报检查结果", "when": None, "when_norm": None,
              "note": "第十五条 — a notice of the body's own inspection results (Round 97's x358_01 第二十二条; Round 89's turned "
                      "x331_04 第九条), undated: 定期 prints no time"},
             {"what": "发现有关部门或者单位出具虚假材料的，区房管局应当抄告相关行政管理部门", "when": None, "when_norm": None,
              "note": "第十六条 — information sent to the bodies that act on it, as 抄送 (Round 94's x240_04; Round 99's x364_02 "
                      "四、 抄送), undated; not a case handed on (Round 99's turned x364_01 第十六条 reads 移送 only)"}],
     notes=["counting (leaf tasks; the cover only issues the rules — 「…请认真按照执行。」 —: round 30's forwarding notice): "
            "第一条 purpose and 第十七条 entry into force, repeal and transition — general provisions (round 30); 第五条 who "
            "applies, what a 建设单位 is and who may apply for it — " + TERMS + "; 第九条 「建设单位应当…申请…许可，同时提交以下"
            "材料：（一）…（十二）」 the applicant's papers (Round 86's (a); plans-next370's x370_01 第六条) — text though it has "
            "the form of Round 101's lists, the applicant's steps being terms (Round 97's governs on x357_02); 第二、三、四、七、"
            "八、十、十二、十五、十六条 one each; 第六条 （一）–（三） 3 (the opening paragraph their lead-in); 第十一条 （一）–（十） 10 "
            "and 第十三条 （一）–（六） 6 (Round 101's 「A应当＋verb＋下列X：」 form); 第十四条 （一）（二） 2 → **30**. Accepted: 29 "
            "(第二条, 第四条, 第七条 or 第十六条 text), 21 (第十一条 one task, the check's contents), 25 (第十三条 one task), 16 "
            "(both), 14 (both, and 第六条 one task), 42 (第九条's twelve papers as items)",
            "units: the article's own names as 第三条 defines them — the full names there, the short names 市房管局／区房管局 "
            "where they act later (round 43); the developer (建设单位) by 落实 and rule 4 in 第六条; 相关部门或单位 in 第八条; "
            "reviews (第十、十一、十二条) and the limits with no subject (第二、四、七条) name none; every task is sampled",
            "dates: no task is dated (see date_note)",
            "figures: targets 1 幢 (第四条), 60 % twice (第六条（二）), 2 名, 30 %, 20 %, 10 %, 1 幢 (第十条); not_targets 10 日 "
            "(第十条), 3 个月 (第十一条（七）): limits from an event; unchecked: 2018年5月4日, 2018年10月1日, 沪房建〔2009〕382号, "
            "两块以上 (a class of plot), the twelve papers' numbers",
            "duties: four — 第十条's order to put right (undated), 第十四条（二）'s quarterly forecast, 第十五条's notice of the check's "
            "results (undated), 第十六条's 抄告 (undated); not duties: the developer's application and papers (round 42), 第十二条's "
            "移交 (a case handed on), 第十三条's filing in the bureau's own archive"])

write_collected(DIR)

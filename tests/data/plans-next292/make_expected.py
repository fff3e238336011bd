# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next292/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 58 (built by helper c292): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``, ``article_in`` and ``at_line_in``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 66 rulings" to
"Round 72 rulings" in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next292/make_expected.py tests/data/plans-next292
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
at = partial(at_line_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit below); only the "
          "repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around "
          "them, the `# ` marker before the notice title), cut by a script at the first 「\\n# 」; the stored file as copied "
          "(wrapper + text) had the character count read_file gives")


def src(path, url, chars, extra=""):
    return f"{REPO} @ {C2B}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars}){extra}"


C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for all four stored files
ZJW = ("; besides the wrapper, the zjw.sh.gov.cn page's disclosure fields between the title line and the document's own "
       "number line (「索取号」「载体类型」「发布机构」「文件编号」「记录形式」「公开类别」「关键词」「内容描述」 with their values: web chrome) "
       "were cut by the same script")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 62 p52c, 66, 68: in 第X条 articles a body named by a kind standing as the subject of the "
           "article's verb of doing is a doer whatever the verb; applying, filing or sending for itself (a 备案 is a filing, "
           "rounds 42, 48's x223_03, 70's x286_01 第四条), paying, options (可), liability for a breach (round 48's x224_01) "
           "and reviews of a submission name none (rounds 67's x280_01, 68's x274_04, 70's x286_01 第七条)")
PERSONS = ("注册房地产估价师 (估价师) are persons, registered valuers, and a person is never a unit (round 30; rounds 42, 67's "
           "x282_03, 70's x289_06)")
REVIEW = ("round 67's x280_01 第十条, round 68's x274_04 第十二条, round 70's x286_01 第七条: a review of a submission and the "
          "decision on it name none, in articles too, and the decision's own steps (a number given, a certificate issued, "
          "the record marked) with it")
LIMIT = ("a time limit counted from an event with no comparison word (「N个工作日内」「…后N年内」) is the deadline rule: neither "
         "a target nor a deadline (rounds 33, 34, 54; round 65's x275_05; round 70's x291_02)")
PARTY = ("the parties' own steps (buyers and sellers, the developer filing its own contract, applicants and their materials) "
         "are rules for the applicant, no tasks (round 52's x236_03; round 67's x284_04 第六条; round 70's x286_02 五、（三））")
OBJECT = ("lines that complete a work clause's object are its items (round 62's x248_02; round 67's x284_01 十二、), each "
          "taking the lead-in's doer where it names none (rule 4)")
HEADED = "outside 第X条 articles the closed list of rule 2 stands (rounds 30, 44: 进行, 通知, 传至, 提交, 出具 are none)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x292_01_shi-fangguanju-2019-fangdichan-gujia-baogao-wangshang-beian-guanli-guiding.txt"
P01 = "上海市房地产估价报告网上备案管理规定"
N01 = "上海市房屋管理局关于印发《上海市房地产估价报告网上备案管理规定》的通知"
ASSOC = "市房地产估价师协会"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 9) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪房规范〔2019〕15号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局",
     date="2019-12-16",
     date_note="the notice is dated 2019年12月16日 (the index: 2019-12-17); in force 2020年1月1日 to 2024年12月31日 (第十六条)",
     level="the city housing bureau (Shanghai), rules on filing valuation reports online: the filing system, the firms' and "
           "valuers' filing, changing and revoking a filing, cases where a filing is barred, review and appraisal by the "
           "valuers' association, credit records",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::b8237617c54844529003709d7653cfbb", 2824),
     style="a notice (addressees, one sentence 「…请认真贯彻执行。」, date); the rules' title line; 16 articles 「第N条 （heading）」 with "
           "the heading on its own line and the text on the next, paragraphs joined by a space; two case lists （一）–（三）, "
           "（一）–（五）; page spaces inside words (「估 价机构」「规 范」)",
     leaf_tasks=8, count_alternatives=[6, 7, 9, 10, 11],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第十一条": 1, "第十三条": 1,
                            "第十四条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条 （备案系统）"], [], [], responsible_alternatives=[["估价机构"]], **art(X01, ["第三条 （备案系统）"]),
          note="「估价报告备案应当在…备案系统…进行。 估价机构、估价师应当凭密钥登录备案系统进行估价报告备案。」 — 应当 with an act binding "
               "the regulated firms gives work (round 63's x270_01; round 67's x281_02), a task; the firm filing its own report "
               "is a filing for itself: " + ARTICLE + "; " + PERSONS + " — " + NONE + "; [估价机构] accepted (the article rule "
               "read over the filing, RULING? 1); " + NODATE),
        S(["第六条 （报告备案）"], [], ["备案系统"], lead_alternatives=[["备案系统"]],
          responsible_alternatives=[[], ["估价机构", "备案系统"]], **art(X01, ["第六条 （报告备案）"]),
          note="「估价师凭密钥登录备案系统，完成…录入。 估价机构应当指定若干专人负责估价报告备案的申请，专人凭密钥…提交…申请，取得备案号。 一次备案"
               "申请，备案系统自动生成一个备案号。 由备案系统打印估价报告摘要备案表，与估价报告一并装订后提交委托方。…」 — a platform made an actor "
               "by 由A＋a verb of doing is a unit as printed (round 34; round 66's x114_02 「由市级平台每季度梳理…」; round 67's "
               "962121热线; round 70's x280_02 行业信息平台), a channel only where the work runs through it (round 66's x21_03): "
               "由备案系统打印 makes the system the doer of the printing; the firm naming persons for its own filing application "
               "is a step of its own filing (" + ARTICLE + "), 专人 persons (round 42), " + PERSONS + "; " + ONE_LEAD + "; none "
               "and [估价机构, 备案系统] accepted (RULING? 2); " + NODATE),
        S(["第七条 （修改和撤销备案）"], [], [], targets=[(10, "日")], **art(X01, ["第七条 （修改和撤销备案）"]),
          note="「已备案估价报告，可以修改，不得擅自撤销。…估价师应当…重新进行估价报告备案。…撤销已备案估价报告的，委托方与估价机构应当协商一致后，"
               "由估价机构提出撤销备案的申请…；未协商一致的，应当在上海市房地产估价师协会网站进行公告，公告时间不少于十日，…提出撤销备案申请。」 — "
               "不得 with its act gives work (round 67's x280_04, turned), a task; 由A提出申请 is an applicant, no unit (round "
               "30), the valuer a person (" + PERSONS + "), 委托方 a client (the public), the association's website a place "
               "(a channel, round 66's x21_03) — " + NONE + "; 「公告时间不少于十日」: a quantity with 不少于 is a target wherever it "
               "stands (round 30's line), a floor of the notice period the item sets (not a band inside a noun, round 66) → "
               "10 日, written in Chinese numerals (十日); " + NODATE),
        S(["第十一条 （评审与鉴定）"], [], ["备案系统", ASSOC],
          responsible_alternatives=[[ASSOC], ["备案系统", "上海市房地产估价师协会"], ["上海市房地产估价师协会"]],
          **art(X01, ["第十一条 （评审与鉴定）"]),
          note="「…质量评审，逐步实现“双随机”，由备案系统随机抽取估价报告、随机配对评审专家。 市房地产估价师协会受理估价报告鉴定时，应当核实被鉴定的"
               "估价报告是否已备案，…评审专家选取，可以参照…方式随机配对。」 — 由备案系统＋抽取／配对 makes the system the doer (round 66's "
               "x114_02, as 第六条), and 核实 is the association's own verb of doing in an article (round 44) on the appraisal it "
               "takes on, not a decision on a party's submission (round 70's x290_03 第十四条: a body acting in its own "
               "procedure); 可以参照 an option; the short name 市房地产估价师协会 is printed in this article (第十条 defines it): "
               "kept as printed, the full name accepted (round 43); lead [] (no 牵头); the association alone accepted "
               "(the system read as a channel, RULING? 2); " + NODATE),
        S(["第十三条 （信用档案）"], [], [], **art(X01, ["第十三条 （信用档案）"]),
          note="「本市逐步建立房地产估价行业的信用档案，并按照有关规定予以公开。…信用情况，同时记入聘用估价机构的信用档案。 …作为不良行为，分别记录"
               "估价机构、估价师和其他评估专业人员的信用档案。」 — work (建立, 公开, 记录) with no body: 本市 is the city as a place, no kind "
               "of body (round 32's general call; round 57: a place), and the firms and valuers are whose records are kept "
               "(objects) — a task naming no unit; " + NONE + "; " + NODATE),
        S(["第十四条 （其他规定）"], [], [], responsible_alternatives=[[ASSOC]], lead_alternatives=[[ASSOC]],
          **art(X01, ["第十四条 （其他规定）"]),
          note="「估价机构申请…等事项时，应当同时在备案系统填报相应事项。…估价机构应当在备案系统填报估价师注册信息。…可以计算…业绩。 非本市估价机构，…"
               "应当在提交委托方前送市房地产估价师协会，由市房地产估价师协会指导完成估价报告备案。」 — the firms' entries and sending are filings "
               "for themselves (" + ARTICLE + "); 由A指导完成 names a body that only guides the filing, which rule 3 leaves out "
               "(「在A指导下」「A指导B…」 without 负责, round 30) — " + NONE + "; [市房地产估价师协会] accepted (由A＋a verb read as rule 2, "
               "round 34, RULING? 3); 可以 an option; " + NODATE),
        S(["第五条 （备案要求）"], [], [], responsible_alternatives=[["估价机构"]], **art(X01, ["第五条 （备案要求）"]),
          note="「估价机构应当先完成估价报告备案，取得备案号，再提交估价报告。 分户报告应当按户备案。」 — 应当 with an act gives work, a task; "
               "the firm's own filing before it hands its report over is a filing for itself (" + ARTICLE + ") — " + NONE
               + "; [估价机构] accepted (RULING? 1); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice, with 「现将《…》印发给你们，请认真贯彻执行。」, is one plan with the rules it issues, round "
            "49's x229_04): general provisions 第一条 (purpose), 第二条 (scope, with 「鼓励估价机构将…网上备案」: an encouragement "
            "names no work, rounds 30, 40), 第十五条 (interpretation), 第十六条 (entry into force) no tasks (round 30); 第三、四、"
            "五、六、七条 1 each (应当／不得 with an act binding the firms, rounds 63, 66, 67's x281_02); 第八条 「有下列情形之一的，已备案"
            "估价报告不予撤销：（一）…（三）」 and 第九条 「…备案系统不接受…：（一）…（五）」 with its definition of 第二项: cases that say "
            "when a filing stands or is refused, with no body asked to act — the scheme's terms (round 46; round 70's "
            "x290_02 四、) and a definition (round 66's x81_04), no tasks; 第十条 (the user's care — a rule for the public, "
            "round 65's x274_02 —, an option 可以不受理 and a term 不计…业绩) no task; 第十一条 1; 第十二条 (the public may "
            "look filings up: an option) no task; 第十三、十四条 1 each → **8**. Accepted: 6 (第三、五条 — the firms' own filing — read as rules for the applicant, no tasks, round 70's x286_02 五、（三）; RULING? 1), 7 (第四条 — a liability 「由…承担责任」, "
            "round 48's x224_01, a state 「应当一致」 and a choice among the firms — no task), 9, 10 (第八、九条 read as one task "
            "each, the cases answered once, round 67's x280_03 五、), 11 (and 第十条).",
            "units: the article rule (round 44) read over the firms' and valuers' own filings (filings for themselves name "
            "none); 估价师 persons; the filing system an actor where 由 makes it one (round 66); 由A指导 a guide (rule 3)",
            "dates: 2019年12月16日 (the notice), in force 2020年1月1日 to 2024年12月31日; no item is dated, no phases, no duties "
            "(the firms' filings are their own: round 42's 「A 备案 is a filing」, round 70's x286_01)",
            "figures: target 10 日 (第七条, 不少于十日); unchecked: 九十日 (第八条（一）, 超过, a case in a non-task), 三年以上 "
            "(第九条, inside a definition, round 66's x81_04), 「两家或者两家以上」 and 「其中 1 家」 (第四条, not sampled)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x292_02_shi-fangguanju-2019-gongyou-chanquan-baozhang-zhufang-yu-chu-shou-hetong-wangshang-beian-dengji-shishi-banfa.txt"
P02 = "关于共有产权保障住房预（出）售合同网上备案和登记的实施办法"
N02 = "关于印发《关于共有产权保障住房预（出）售合同网上备案和登记的实施办法》 的通知"
DIST = "区住房保障中心"
CITY = "市住房保障事务中心"
PUB3 = ("三、's lead-in 「房地产开发企业取得…预售许可证或者…（以下简称“大产证”）的，由区住房保障中心通过住房保障网，公布下列信息：」: 由A＋a verb of "
        "doing names A (rule 2; round 34), the 的-clause before it says when the step is taken (a trigger of the procedure, "
        "not rule 3's 确需／发生…时 contingency, round 69), and 住房保障网 after 通过 is the channel (round 55's 通过B) — "
        + OBJECT)

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 12) or the notice's title (line 1, printed again on line 5 under the number "
                "and the issuer; a space before 「的通知」 as stored): either (round 45's pair; the scorer squashes spaces)",
     doc_no="沪房规范〔2019〕16号 (printed on line 3 as 「沪房规范[2019]16 号」)",
     issuer="上海市房屋管理局",
     date="2019-12-17",
     date_note="the notice is dated 2019 年12月17日 (the index row: 2019-12, zjw.sh.gov.cn); in force 2020年1月1日 to "
               "2024年12月31日 (八、's closing paragraph)",
     level="the city housing bureau (Shanghai), rules on filing and registering the sale contracts of shared-ownership "
           "housing online: the bodies in charge, what the district centre publishes, the contract's online filing, the "
           "hand-over, registration",
     source=src("关于印发《关于共有产权保障住房预（出）售合同网上备案和登记的实施办法》 的通知.md",
                "https://zjw.sh.gov.cn/gfxwj/20191230/85b0a8c7f2034cd6970ae2049abf66e7.html", 2163, ZJW),
     style="a notice (the page's title line, then the document's number, issuer and title lines, addressees, purpose, "
           "「现印发给你们，请认真按照执行。」, date); the rules' title line and a preamble; eight headed points 一、–八、 with no blank "
           "lines, （一）… items under 三、–六、 (lists of information to publish, steps of a procedure), an unnumbered paragraph "
           "after 二、 and after 八、",
     leaf_tasks=11, count_alternatives=[5, 10, 16],
     leaf_tasks_by_section={"二、": 1, "三、": 5, "四、": 1, "五、": 3, "六、": 1},
     childless_top_level_sections=["一、", "七、", "八、"],
     samples=[
        S(["二"], [], ["市房屋管理局", CITY, "市房地产交易中心"],
          note="「二、市房屋管理局负责共有产权保障住房预（出）售合同网上备案管理工作。」 and the paragraph after it 「市住房保障事务中心和市房地产"
               "交易中心分别负责…网上备案和交易登记行为的组织实施工作。」 (an unnumbered paragraph after an item is that item's body, "
               "rounds 32, 34) — a childless point giving work is a task (rounds 36, 62's x257_01); 负责 is rule 2's verb, "
               "several clauses give all their bodies in printed order, 和 parts two whole names (round 34); lead [] (no 牵头); "
               + NODATE),
        S(["三", "（一）"], [], [DIST], lead_alternatives=[[DIST]],
          note="「（一）共有产权保障住房预售许可证或者大产证；」 — " + PUB3 + "; " + ONE_LEAD + "; " + NODATE),
        S(["三", "（五）"], [], [DIST], lead_alternatives=[[DIST]], not_targets=[(5, "年")],
          note="「（五）每套房源的销售价格、5 年后上市转让总价款的分配比例。」 — " + PUB3 + "; " + ONE_LEAD + "; 「5 年后」 names which "
               "price share is published (the period after which the flat may be sold), no comparison word and no limit of the "
               "work: not a target (round 30's line); " + NODATE),
        S(["四", "（二）"], [], [], lead_alternatives=[[CITY]], responsible_alternatives=[[CITY]],
          note="「（二）市住房保障事务中心应当即时完成网上传送的…合同文本的核校，给予合同编号和房屋代码，并通过网上操作系统，发送合同备案证明；同时，…"
               "在…楼盘表内注明该单元（套）…已配售。」 — the centre checks the contract the developer sent for filing and gives the "
               "decision's steps (number, certificate, the record marked): " + REVIEW + " — " + NONE + "; [市住房保障事务中心] "
               "accepted (RULING? 4); 即时 says how soon, no date; 四、（一） and （三） beside it are the parties' own steps "
               "(" + PARTY + "); " + NODATE),
        S(["五", "（二）"], [], [DIST], lead_alternatives=[[DIST]],
          note="「（二）共有产权保障住房实测面积；」 under 五、's lead-in 「…房地产开发企业…取得大产证后，向区住房保障中心申报，由区住房保障中心通过住房"
               "保障网，公布下列信息：」 — the developer's 申报 is its own filing (an applicant, round 30); 由区住房保障中心＋公布 names the "
               "district centre (rule 2), and the lines complete 公布's object: " + OBJECT + "; " + ONE_LEAD + "; " + NODATE),
        S(["六", "（二）"], [], [], lead_alternatives=[[CITY]], responsible_alternatives=[[CITY]],
          note="「（二）市住房保障事务中心应当即时完成网上传送的房屋交接书文本的核校，给予编号。」 — as 四、（二）: " + REVIEW + " — " + NONE
               + "; [市住房保障事务中心] accepted (RULING? 4); 六、（一）（三）（四） are the developer's, the buyer's and the parties' "
               "own steps (" + PARTY + "); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice 「…制定《…》。现印发给你们，请认真按照执行。」 is one plan with the rules it issues, round "
            "49's x229_04): the preamble no task; 一、 (scope: 「本市行政区域内…的配售…均应按本办法规定进行…备案和登记」, round 30) no "
            "task; 二、 1 (a childless point giving work, with the paragraph after it); 三、 （一）–（五） 5 (the lines of "
            "information the district centre publishes: " + OBJECT + "); 四、 （二） 1 — （一） (the developer sends its own "
            "contract for filing, the buyer types in his data) and （三） (the developer prints and signs with the buyer) are "
            "the parties' own steps, no tasks (" + PARTY + "; RULING? 10); 五、 （一）–（三） 3 (as 三、); 六、 （二） 1 — （一）（三）（四） "
            "the parties' own steps (the buyer's application for registration an applicant's) and 六、's lead-in 「经申报后，"
            "房地产开发企业方可书面通知…」 a condition of the developer's own step; 七、 (registration 「按照《…技术规定》办理」: a "
            "reference to other rules, round 34's 参照 article, round 64's x53_04) no task; 八、 (interpretation, entry into "
            "force) no task → **11**. Accepted: 16 (四、（一）（三）, 六、（一）（三）（四） counted as steps of the procedure), 10 "
            "(三、 and 五、 one task each, and all of 四、 and 六、's leaves), 5 (三、 and 五、 one task each, the parties' steps "
            "left out).",
            "units: 负责 (二、), 由A＋公布 carried to the lines that complete its object (三、, 五、); the centre's check of what the "
            "developer sends names none (a review of a submission); developers and buyers are parties acting for themselves",
            "dates: 2019 年12月17日 (the notice), in force 2020年1月1日 to 2024年12月31日; 即时 (四、（二）, 六、（二）) no date; no "
            "item is dated, no phases, no duties (the developer's 申报 and sending of its contract are its own filings, round "
            "42's 「A 备案 is a filing」)",
            "figures: not target 5 年 (三、（五）, 「5 年后」 names the price share published); no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x292_03_shi-fangguanju-2019-zhufang-zulin-hetong-wangqian-beian-caozuo-guiding.txt"
P03 = "上海市住房租赁合同网签备案操作规定"
N03 = "关于印发《上海市住房租赁合同网签备案操作规定》的通知"
A03, A04, A05 = "第三条 （职责分工）", "第四条 （租赁合同网签备案信息系统）", "第五条 （租赁合同网签备案程序）"
A11 = "第十一条 （公共租赁住房、廉租实物配租房源网签备案）"
A13, A14, A16, A18 = "第十三条 （办理要求）", "第十四条 （责任要求）", "第十六条 （资料管理）", "第十八条 （数据共享）"
SERV = ["租赁中心", "受理中心", "租赁服务单位"]
HEAD = "市房屋行政管理部门"
DUTIES3 = ["市房屋行政管理部门", "市民政管理部门", "各区房屋行政管理部门", "乡、镇人民政府", "街道办事处"]
CENTRES_B = ["市房地产交易中心（市住房租赁服务中心）", "市房屋状况信息中心", "区房地产交易中心（区住房租赁服务中心）"]
CENTRES = ["市房地产交易中心", "市房屋状况信息中心", "区房地产交易中心"]
SERVICE3 = ["租赁中心", "各街镇社区事务受理服务中心", "房地产经纪机构", "住房租赁企业"]

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1, printed again on line 4 under the "
                "number): either (round 45's pair)",
     doc_no="沪房规范〔2019〕11号 (printed on line 3 as 「沪房规范（2019）11 号」)",
     issuer="上海市房屋管理局 (with the city's civil-affairs and public-security bureaus: the signature line prints 「民政局        "
            "市公安局」, cut at its start); the index row names 上海市住房和城乡建设管理委员会, whose site published it",
     date="2019-11-29",
     date_note="the notice is dated 2019 年 11 月 29 日 (the index row: 2019-12, zjw.sh.gov.cn); in force 2019 年 12 月 25 日 to "
               "2024 年 6 月30 日 (第二十条)",
     level="the city housing bureau with the civil-affairs and public-security bureaus (Shanghai), rules on signing and "
           "filing housing lease contracts online: the bodies' duties, the system, the procedure, the materials and proofs "
           "applicants bring, public rental housing, limits, service duties and penalties, records, data sharing",
     source=src(N03 + ".md", "https://zjw.sh.gov.cn/gfxwj/20191223/89d3934ea38049dc97617146444966af.html", 4761,
                ZJW + ", and the page's closing chrome 「相关稿件」 with a broken link line 「的通知》解读\">《关于印发的通知》解读」 "
                "after the last article"),
     style="a notice (the page's title line, the number and title, addressees 「各有关单位：」, one paragraph, a signature line "
           "cut at its start, date); the rules' title line; 20 articles 「第N条 （heading）」 with the heading on its own line, "
           "第二条 and 第三条 run together on one line with 第三条's text (its line break inside 「负责」), items （一）… with the "
           "item's heading word before a space 「（二）受理 租赁中心…」 and 1. … sub-items, half-width 「(二)」 once, page spaces "
           "inside words (「租赁 中心」「注 销」)",
     leaf_tasks=10, count_alternatives=[8, 11, 12],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 3, "第十一条": 1, "第十三条": 1, "第十四条": 1, "第十六条": 1,
                            "第十八条": 1},
     childless_top_level_sections=[],
     samples=[
        S([A03], [], DUTIES3 + CENTRES_B + SERVICE3,
          responsible_alternatives=[DUTIES3 + CENTRES + SERVICE3, DUTIES3 + CENTRES_B + SERVICE3[1:],
                                    DUTIES3 + CENTRES + SERVICE3[1:], DUTIES3 + CENTRES_B, DUTIES3 + CENTRES],
          **at(X03, A03 + " "),
          note="「市房屋行政管理部门是本市网签备案的行政主管部门，负责…。市民政管理部门负责协调落实…。 各区房屋行政管理部门以及乡、镇人民政府或街道办事处"
               "应当在区人民政府的统一领导下，负责…。 市房地产交易中心（市住房租赁服务中心）负责…。 市房屋状况信息中心负责…。 区房地产交易中心（区住房"
               "租赁服务中心，以下简称“租赁中心”）负责…。 租赁中心、各街镇社区事务受理服务中心（以下简称“受理中心”）、房地产经纪机构、住房租赁企业（以下"
               "简称“住房租赁服务单位”），依据各自权限，为租赁当事人提供网签、备案服务。」 — 「A是…的主管部门」 designates A and 负责 is rule 2's "
               "verb (rounds 32, 37, 67's x284_02); in an article a body named by a kind standing as the subject of a verb of "
               "doing (提供…服务) is a doer (round 44); levels before one head are one name 「乡、镇人民政府」 and 或 gives both "
               "(rounds 30, 67's x280_01); a bracket naming another name of the same body stays (round 65's 市公用事业局(环卫局); "
               "round 68), its 以下简称 part dropped (round 35); 租赁中心, the short name printed again as a subject, is given as "
               "printed (one body printed two ways in one item, rounds 63's x272_06, 70's x289_04); 区人民政府 leads "
               "(「在A的统一领导下」, a guide, rule 3); one task: an article dividing the work among bodies (round 54); lead [] (no "
               "牵头); the lists without the brackets, without 租赁中心 again, or without the last paragraph accepted; the label "
               "stands inside 第二条's line: the article is read from its own label (round 70's x290_01 第四、十一、二十条), so its "
               "line and first words are those after the label; " + NODATE),
        S([A04], [], [HEAD, "租赁中心", "租赁服务单位", "受理中心"], responsible_alternatives=[[HEAD]],
          **art(X03, [A04]),
          note="「市房屋行政管理部门应当依托本市住房租赁公共服务平台，建立住房租赁基础数据库，建设租赁合同网签备案信息系统，与市相关平台实现信息共享。 "
               "租赁中心和租赁服务单位使用…系统办理网签备案。受理中心使用…系统办理网签备案，…系统对接…系统，提供后台支撑。」 — " + ARTICLE
               + ": 建立, 建设 and 办理 (the centres and service units handling others' filings: round 63's serving body acting on "
               "others' papers) are verbs of doing; the platform after 依托 and the systems connected are things (round 63's "
               "依托; round 66's x21_03); 和 parts two whole names (round 34); lead [] (no 牵头); the bureau alone accepted; "
               + NODATE),
        S([A05, "（一）", "2."], [], ["租赁服务单位"], lead_alternatives=[["租赁服务单位"]], responsible_alternatives=[[]],
          **art(X03, [A05, "（一）", "2."]),
          note="「2.仅备案申请：对于具备租赁合同网签条件、但租赁服务单位暂无备案权限的，由租赁服务单位为租赁双方当事人办理网签并出具租赁合同备案申请书，"
               "租赁任意一方当事人向租赁中心或受理中心提出新增备案申请；…」 — 由A＋a verb of doing names A (round 34): the service unit acts "
               "for the parties (round 63's serving body), 「对于…的」 names the class of cases the step takes (round 56; round "
               "69: 凡／对…的 is a class, not rule 3's case); the parties' applications are an applicant's (round 30) and the "
               "centres receive them (rule 3) — " + ONE_LEAD + "; none accepted (the item read as the parties' application, "
               + PARTY + "); 1. 「网签备案一体化申请：…租赁双方当事人向…提出…申请」 is the parties' alone, no task; " + NODATE),
        S([A05, "（二）"], [], [], responsible_alternatives=[SERV], **art(X03, [A05, "（二）"]),
          note="「（二）受理 租赁中心、受理中心或租赁服务单位核验申请材料，材料齐全的，予以受理；材料尚未齐备的，一次告知需补正材料。」 — checking an "
               "application's papers and accepting it or telling what is missing is a review of a submission and the decision on "
               "it: " + REVIEW + " — " + NONE + "; the three (或 gives all, round 30) accepted (the article rule, RULING? 5); "
               + NODATE),
        S([A05, "（三）"], [], SERV, responsible_alternatives=[[]], **art(X03, [A05, "（三）"]),
          note="「（三）网签、备案 网签备案一体化申请的，租赁中心、受理中心或租赁服务单位办理新增或注销网签，同步为租赁当事人办理新增或注销备案，打印…备案通知书"
               "…；…租赁当事人应在…平台完成实名认证、用户注册。 仅备案申请的，租赁服务单位为租赁当事人办理网签后，出具…申请书；由租赁中心或受理中心为…"
               "办理新增或注销备案，打印…通知书。…租赁当事人…可自行下载…。…可…在线申请…」 — the serving bodies carry out the signing and "
               "filing for the parties (办理, 打印; 由A或B＋办理, rule 2 and round 30's 或) after （二）'s acceptance: the work "
               "itself on others' papers (round 63), not the check of a submission (round 67) — " + ARTICLE + "; the parties' "
               "registration and downloads are theirs (households, the public); lead [] (no 牵头); none accepted (the filing "
               "read as the decision's own steps, round 70's x286_01 第七条, RULING? 5); " + NODATE),
        S([A11], [], ["市、区公共租赁住房运营机构", "区住房保障机构", "公共租赁住房运营机构"],
          responsible_alternatives=[["市、区公共租赁住房运营机构", "区住房保障机构"]], **art(X03, [A11]),
          note="「本市公共租赁住房合同网签、备案由管理该公共租赁住房的市、区公共租赁住房运营机构负责实施。廉租实物配租房源合同网签、备案由区住房保障机构负责"
               "实施。实施机构对申请人租赁行为的真实性、合法性负责。申请人通过公共租赁住房运营机构或者区住房保障机构网签的，由公共租赁住房运营机构或者区住"
               "房保障机构打印住房租赁合同备案通知书。」 — 由A负责实施 twice (rule 2), the 的-phrase before the head dropped (round 32) and "
               "levels before one head one name (rounds 30, 67); 实施机构 points back to the bodies named (rounds 34, 38, 70's "
               "x288_05 承办单位) and adds no unit; 由A或B打印 names both (round 30), the operator printed without 市、区 given as "
               "printed once more (one body printed two ways, rounds 63, 70); the 的-clause before it says when (a step of the "
               "procedure, round 69); lead [] (no 牵头); the list without the later form accepted; " + NODATE),
        S([A13], [], SERV, responsible_alternatives=[[]], **art(X03, [A13]),
          note="「租赁中心、受理中心为租赁当事人提供网签备案的全市通办服务，推行进度根据系统建设情况确定。 租赁中心、受理中心、租赁服务单位对符合网签备案条件"
               "的，提供当场办结服务。」 — " + ARTICLE + ": 提供 (a service) is an article's verb of doing, not in rule 2's closed "
               "list (which stands outside articles, round 44); lead [] (no 牵头); none accepted (提供 read by the closed list, "
               "RULING? 6); " + NODATE),
        S([A14], [], SERV + ["区房屋行政管理部门"], responsible_alternatives=[SERV], not_targets=[(3000, "元"), (3, "万元")],
          **art(X03, [A14]),
          note="「租赁中心、受理中心、租赁服务单位应根据本规定要求，为租赁当事人提供网签备案服务，并接受市、区房屋行政管理部门的监管。其中，租赁服务单位未按本"
               "规定要求提供网签备案服务的，…由区房屋行政管理部门依据《…》责令限期改正；逾期不改正的，处以 3000 元以上 3 万元以下罚款；…经区房屋行政管理"
               "部门核实的，提请市租赁中心撤销网签备案，并将…违规行为记录本市相关诚信档案。」 — the three by 提供 (" + ARTICLE + "); the "
               "supervisor in 接受A的监管 is none (rule 3; round 70's x290_04 （七））; a step after a breach by 由A＋a verb of "
               "doing names A (round 52's x239_04; rounds 67's x283_08, 70's x289_03, 71's q01), 区房屋行政管理部门; 市租赁中心, "
               "the body 提请 asks, is a receiver (rule 3); lead [] (no 牵头); the three alone accepted; 「3000 元以上 3 万元以下"
               "罚款」 is a fine's scale, a penalty, no target (rounds 32, 33; round 56's decided 「处一万元以上三万元以下罚款」) → "
               "not_target 3000 元 and 3 万元; " + NODATE),
        S([A16], [], SERV, responsible_alternatives=[[]], not_targets=[(2, "年")], **art(X03, [A16]),
          note="「网签备案所形成的相关业务资料，由租赁中心、受理中心、租赁服务单位在租赁有效期届满后 2 年内妥善保存。保存期届满的，…可以参照…规定予以销毁。"
               "…另有…规定的，从其规定。」 — 由A＋a verb of doing (保存) names A whoever A is (round 34; round 67's x283_05 由A负责 "
               "keeping), the later 可以 an option; lead [] (no 牵头); none accepted; 「届满后 2 年内」: " + LIMIT + " → "
               "not_target 2 年; " + NODATE),
        S([A18], [], [HEAD], lead_alternatives=[[HEAD]], **art(X03, [A18]),
          note="「市房屋行政管理部门将网签备案有关信息对接本市大数据中心，实现与市民政、公安等部门数据共享。」 — " + ARTICLE + ": 对接 and "
               "实现 are the bureau's verbs of doing; the data centre is what is connected (a thing or a receiver, round 66's "
               "接入…平台), and 「与市民政、公安等部门…共享」 names the partners of the exchange, a counterpart as in 「与A对接」 (round "
               "38; round 67's x280_04) — " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice, 「现印发《…》，请遵照执行。」, is one plan with the rules it issues, round 49's "
            "x229_04): general provisions 第一条 (purpose), 第二条 (scope), 第二十条 (entry into force) no tasks (round 30); 第三条 "
            "1 (its label inside 第二条's line, read from the label, round 70's x290_01); 第四条 1; 第五条 （一）1. (the parties' "
            "application) no task, （一）2., （二）, （三） 3; 第六、七条 (the materials applicants bring, with their items), 第八条 "
            "(proofs of identity), 第九条 (what counts as a proof of housing: a definition, with the place applicants go), "
            "第十条 (agents' papers) are rules for the applicant, no tasks (" + PARTY + "); 第十一条 1; 第十二条 「网签备案需有明确的"
            "起止日期，且租期不少于 30 日，…一般不超过 3 年，…原则上不少于 6 个月」: terms a filing must meet, how it is set (round 46; round "
            "70's x290_02 四、), no task; 第十三、十四条 1 each; 第十五条 (the notice's copies and seal: the form of a paper, terms; "
            "「逐步实现…要求」 an aim with no body) no task; 第十六条 1; 第十七条 (the parties may look filings up: an option) no "
            "task; 第十八条 1; 第十九条 (transition 「按原《…》执行」 and precedence: references to other rules, round 64's x53_04) "
            "no task → **10**. Accepted: 8 (第五条 one task: the steps of one procedure), 11 (第五条（一）1. counted), 12 "
            "(第十二条 and 第十五条 counted as lines with 需／不少于 and an aim).",
            "units: articles read by round 44 (提供, 办理, 建立, 对接, 保存 are verbs of doing); a review of an application names "
            "none; 「在区人民政府的统一领导下」 and 「接受…监管」 name guides and supervisors (rule 3); short names kept as printed "
            "where an article prints them (租赁中心, 受理中心, 租赁服务单位); tenants and landlords are the public",
            "dates: 2019 年 11 月 29 日 (the notice), in force 2019 年 12 月 25 日 to 2024 年 6 月30 日; 「2018 年 1 月 1 日至本规定施行"
            "之日期间」 (第十九条) a span of old filings, no date of work; no item is dated, no phases, no duties",
            "figures: not targets 3000 元, 3 万元 (第十四条, a penalty), 2 年 (第十六条, a time from an event); unchecked: 30 日, "
            "3 年, 6 个月 (第十二条, terms in a non-task; RULING? 7), 一式两份 (第十五条)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x292_04_shi-fangguanju-2019-gongyou-zhufang-chajia-jiaohuan-banfa-caozuo-yewu-zhinan.txt"
P04 = "《上海市公有住房差价交换办法》操作业务指南"
N04 = "关于印发《〈上海市公有住房差价交换办法〉操作业务指南》的通知"
PMC = "上海市物业管理事务中心（上海市公房经营管理事务中心）"
DTC = "区房地产交易中心"
CHECK7 = ("七、's lead-in 「区房地产交易中心应当在收到住房信息查询结果 2 个工作日内，对以下情况进行审核：」 — the centre reviews the parties' "
          "transaction application: " + REVIEW + "; 进行审核 is outside rule 2's closed list too (" + HEADED + "), so the lead-in "
          "gives its items no units (rule 4); 1、 and 2、 are the points the review covers: " + OBJECT)

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the guide's own title line (line 9) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪房市场〔2019〕184号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局",
     date="2019-11-25",
     date_note="the notice is dated 2019年11月25日 (the index: 2019-11-26); the measures it serves in force 2019年12月1日 (十、)",
     level="the city housing bureau (Shanghai), an operating guide to the city's rules on exchanging public housing tenancies "
           "for a price: conditions, the landlord's consultation, the contract, the application, the housing checks, the "
           "transaction review, records, transition",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::1bb750a675c74b778a19eea64cbd1c3e", 3064),
     style="a notice (addressees, one paragraph with a stray 「‡」 in a title, date); the guide's title line; ten headed points "
           "一、–十、 with blank lines between paragraphs, （一）… items and 1、… sub-items under 二、, 五、 and 七、; stray marks "
           "「•」「‣」 around a form's name as stored",
     leaf_tasks=7, count_alternatives=[6, 8, 12],
     leaf_tasks_by_section={"三、征询": 1, "四、订立合同": 1, "五、交易申请": 1, "六、住房状况查询": 1, "七、交易审核": 2,
                            "九、资料管理": 1},
     childless_top_level_sections=["一、适用范围", "八、取消转让价款监管", "十、实施衔接"],
     samples=[
        S(["三"], [], [PMC], lead_alternatives=[[PMC]],
          responsible_alternatives=[["上海市物业管理事务中心"], ["出租人", PMC]], not_targets=[(15, "个工作日")],
          note="「三、征询 差价换房双方当事人达成交易意向后，应持…凭证…，向公有住房出租人（…）或者出租人委托的物业企业（以下统称出租人）申请征询。出租人应自收到书面"
               "申请之日起 15 个工作日内完成征询审核。审核通过的，向申请人核发…征询表，并将相关信息同步传输至区房地产交易中心；审核不通过的，应在…征询表‣上注明"
               "理由。上海市物业管理事务中心（上海市公房经营管理事务中心）负责网上办理…意见征询信息系统的开发与运行维护。」 — a childless point giving "
               "work is a task (rounds 36, 62's x257_01); the parties' application is theirs (round 30: an applicant); the "
               "landlord's check of the application and its answer are a review of a submission and the decision on it "
               "(" + REVIEW + "), passing the record on a step of it; 负责 names the centre (rule 2), its bracket another name "
               "of the same body (round 65; round 68) kept; " + ONE_LEAD + "; the name without the bracket and the list with "
               "出租人 accepted; 「15 个工作日内」: " + LIMIT + " → not_target 15 个工作日; " + NODATE),
        S(["四"], [], ["市房屋管理局", "市市场监管局", "上海市房地产交易中心"], responsible_alternatives=[["上海市房地产交易中心"]],
          note="「四、订立合同 差价换房当事人应签订书面合同，并在具备信息化条件后实施网签。…合同示范文本由市房屋管理局、市市场监管局联合制定，…当事人可…下载。"
               "上海市房地产交易中心负责公有住房差价换房合同网签系统的开发与运行维护。」 — 由A、B＋制定 names both (rule 2; round 30's 「由A与B"
               "签订」), 联合 with the partners named before it an adverb of the joint act (rounds 43, 50); 负责 names the exchange "
               "centre (rule 2); the parties signing and downloading are households and the public (rounds 41, 52); lead [] (no "
               "牵头); the centre alone accepted (制定 of a model text read as no work of the plan); " + NODATE),
        S(["五", "（二）"], [], [], lead_alternatives=[[DTC]], responsible_alternatives=[[DTC]],
          note="「（二）当事人可以委托代理人办理…；…应当与代理人共同到区房地产交易中心现场签订委托书，…并提交代理人的身份证明…。申请人提交的申请材料齐备、完整"
               "的，区房地产交易中心应当即时出具收件收据，申请人应当在收件收据上签名确认。」 — the parties' and agents' steps are rules for the "
               "applicant (" + PARTY + "), but 应当 binding the centre to issue the receipt gives work (round 63: a serving body "
               "acting on others' papers), so the item is a task; 出具 is outside rule 2's closed list (" + HEADED + ") — "
               + NONE + "; [区房地产交易中心] accepted (RULING? 8); 即时 no date; " + NODATE),
        S(["六"], [], [], responsible_alternatives=[["各区房地产交易中心", "市房屋状况信息中心", "市物业管理事务中心"]],
          not_targets=[(3, "个工作日"), (15, "个工作日")],
          note="「六、住房状况查询 各区房地产交易中心受理差价换房申请后，将受让人及其家庭成员信息通过信息系统传至市房屋状况信息中心和市物业管理事务中心。市房屋"
               "状况信息中心对…进行查询；市物业管理事务中心对…进行查询，并在 3 个工作日内将查询结果通过信息系统反馈区房地产交易中心。…区房地产交易中心受理后，"
               "分别提交…处理。…在收到异议复核申请后，15 个工作日内处理完毕，将处理结果告知区房地产交易中心。」 — a childless point giving work is "
               "a task; every verb is outside rule 2's closed list (传至, 进行查询, 反馈, 提交, 处理, 告知: " + HEADED + "; 对…进行 "
               "as 对…开展 only with 组织, round 68's x39_01) — " + NONE + "; the three that act accepted (the checks read as "
               "work by its actors, RULING? 8); 「3 个工作日内」「15 个工作日内」: " + LIMIT + " → not_targets; " + NODATE),
        S(["七", "1"], [], [],
          note="「1、转让人是否是租用居住公房凭证及征询表记载的承租人，受让人是否是差价换房合同载明的受让人。」 — " + CHECK7 + " — " + NONE
               + "; " + NODATE),
        S(["七", "2"], [], [], targets=[(20, "个工作日")], not_targets=[(5, "个工作日")],
          note="「2、受让人及其家庭成员是否符合公有住房承租权受让条件。审核中，…应及时通知当事人补件，补件日期最长不超过 20 个工作日，…如果确认当事人不符合受让"
               "条件的，应做出不予办理决定。为并户后房改售房进行差价换房的，还需转区房屋行政管理部门进行审核，区房屋行政管理部门应在 5 个工作日内完成审核，并反馈区"
               "房地产交易中心。审核完成后，区房地产交易中心通过短信方式通知当事人审核结果，并将…确认书…信息，通过系统同步推送给市物业管理事务中心。…」 — "
               + CHECK7 + "; the district bureau's review on a case is a review too (round 67's x280_01), and 通知／推送 are "
               "outside the closed list — " + NONE + "; 「补件日期最长不超过 20 个工作日」: a ceiling with 不超过 (and 最长) is a "
               "target wherever it stands (round 30's line; plans-next290's x290_04 第十一条 「不超过30个工作日」) → 20 个工作日; "
               "「5 个工作日内」: " + LIMIT + " → not_target 5 个工作日; " + NODATE),
        S(["九"], [], [], responsible_alternatives=[["公房管理部门", "交易审核部门"]],
          note="「九、资料管理 公房管理部门、交易审核部门在差价换房中，向当事人收取，或者受理、审核过程中形成的资料，应当按照档案管理的要求，分别归档保存，并逐步"
               "数字化。」 — 应当 with an act gives work, a task (rounds 63, 66); the bodies stand inside the description of 资料 "
               "(「…形成的资料」), the topic of 应当…归档保存: a body inside a noun's description is no doer (round 30; round 48's "
               "x220_03), and 归档保存 is outside the closed list anyway (" + HEADED + ") — " + NONE + "; the two accepted "
               "(read as the subjects of 归档保存, RULING? 9); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市物业管理事务中心对受让人及其家庭成员名下公有住房承租权情况进行查询，并在3个工作日内将查询结果通过信息系统反馈区房地产交易中心",
              "when": "3 个工作日内", "when_norm": None,
              "note": "六、: a body the guide tasks reports the result of its own check to the body that asked for it (round 44; "
                      "round 64's x225_02; round 65's x279_03; plans-next290's x290_03 第十五条): an undated duty, the limit "
                      "running from an event"},
             {"what": "区房屋行政管理部门应在5个工作日内完成审核，并反馈区房地产交易中心",
              "when": "5 个工作日内", "when_norm": None,
              "note": "七、2、: the district bureau's review on a case referred to it, its result sent back to the centre that "
                      "referred it (rounds 44, 64, 65's x279_03): an undated duty"}],
     notes=["counting (leaf tasks; the notice 「…现制订…操作业务指南，请按照执行。」 is one plan with the guide it issues, round 49's "
            "x229_04): 一、 (scope, round 30) no task; 二、 （一） 1、 2、 (the parties' written commitment and the tenant's "
            "consent: conditions of an application, round 58's x122_01 commitments; round 70's x291_01) and （二） 1、 2、 "
            "(definitions of the family and of housing held, round 66's x81_04) no tasks; 三、 1 and 四、 1 (childless points "
            "giving work, rounds 36, 62); 五、 （一） 1、–5、 (the parties' materials: " + PARTY + ") no tasks, （二） 1; 六、 1; "
            "七、 1、 2、 2 (" + OBJECT + "); 八、 (the end of supervising the price: a change of the scheme, terms, with an "
            "option for the parties) no task; 九、 1; 十、 (entry into force, and what parties holding old forms may or should "
            "do by 2019年12月15日 and 2020年1月1日: options and rules for the applicant, round 65's x274_02) no task → **7**. "
            "Accepted: 6 (七、 one task), 8 (十、 counted: its 「原则上应在2020年1月1日前…申请办理」 read as work), 12 (五、（一） "
            "1、–5、 counted as items).",
            "units: outside articles the closed list of rule 2 stands (round 44), so 进行查询, 出具, 反馈, 通知, 归档保存 name "
            "none; 负责 and 由A、B＋制定 name the centres and the bureaus; reviews name none; the parties, tenants, buyers and "
            "agents are households and the public",
            "dates: 2019年11月25日 (the notice), the measures in force 2019年12月1日; the transition's 2019年12月15日 and "
            "2020年1月1日 stand in 十、, no task; no sampled item is dated; no phases; two undated duties (results sent back to "
            "the district centre: 六、, 七、2、)",
            "figures: target 20 个工作日 (七、2、, 不超过); not targets 15 个工作日 (三、), 3 and 15 个工作日 (六、), 5 个工作日 (七、2、): "
            "times counted from events; unchecked: 2 个工作日 (七、's lead-in, a time from an event)"])


# round 58 (rul76): answers aligned to tests/data/CONVENTIONS.md "Round 74 rulings, written early" (turned; README, round 58)
from aligned_rulings import align76  # noqa: E402

align76("x292_01", ["第十四条 （其他规定）"], "「…应当在提交委托方前送市房地产估价师协会，由市房地产估价师协会指导完成估价报告备案」 (第十四条): the agent of 由 with any verb of doing is a doer, 指导 included (round 52: round 30's own 「由A统一指导、集中认定」); rule 3's guide is a subject 「A指导B…」 or 「在A指导下」, not the agent of 由, and 「由A指导」 gives a unit (round 55)",
        "Units, turned: round 52's x236_01 and round 55's x247_04 over round 30's guide; lead [] (the single doer accepted as lead), none stays accepted",
        resp=[ASSOC], alt=[[ASSOC]], resp_alt=[[]])

write_collected(DIR)

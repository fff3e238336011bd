# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next357/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 67 (built by helper c357, for round 68): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` for headed points, by
``article_in`` for articles); every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in
full, "Round 83 rulings, written early" to its end in full — Rounds 83–95 — older rulings only where a ruling quoted
there led) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    PYTHONPATH=. python tests/data/plans-next357/make_expected.py tests/data/plans-next357
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count, and the wrapper was then cut by a script")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("in headed points rule 2's list is closed (round 30; round 44; Round 83's x316_01 一; Round 91's x335_03 六): "
          "the subject of 加强／明确／开展／进行／做好／制定／建立／编制／优化 names none, 要／应 changing nothing")
NOSUBJ = ("acts of the plan's own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、; Round 93's "
          "x346_01 第四条): a task naming no unit")
LIMIT_TASK = ("a limit on what the plan's own work may do or build is a task naming none (Round 85's x322_04 第五条; "
              "Round 87's governs on x328_03; Round 91's x340_04)")
OPTION = "可／可以 give options, no work (round 49 p46b), a 并 clause joined to them included (Round 91's x337_04 第二十二条)"
ARTICLE = ("round 44 (decided): in 第X条 articles the subject of a verb of doing is a doer whatever the verb (Round 92's "
           "governs on x182_03 第七条); a sending, an application, a review of a submission and the decision on it, and "
           "options (可, round 49 p46b) name none")


# ---------------------------------------------------------------------------------------------------------
X01 = "x357_01_shi-guihuaziyuanju-2024-jinyibu-wanshan-xiangxi-guihua-shishi-shenhua-gongzuo-yijian.txt"
P01 = "关于进一步完善上海市详细规划实施深化的工作意见"
N01 = "关于印发《关于进一步完善上海市详细规划实施深化的工作意见》的通知"
QG = "各区规划资源部门"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the opinion's own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源建〔2024〕336号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2024-08-14",
     date_note="the cover is signed 2024年8月13日 (line 9), the index dates it 2024-08-14; the preamble cites documents of "
               "2020 and 2023 (their numbers, no dates of this plan); no item prints a date",
     level="the city planning and natural-resources bureau, to the district bureaus, its field offices and the bodies "
           "concerned: where the confirmation of flexible indicators of detailed plans (规划实施深化) applies, how its "
           "cases are handled (housing counts, schools, rental housing, industrial land by assessment class, 工业上楼), "
           "what is checked, and the bureaus' own conduct of the work",
     source=src("关于印发《关于进一步完善上海市详细规划实施深化的工作意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=eb2e76770a1443d295930154811af11a&siteId=0032", 3414),
     style="a short cover notice, the opinion's title, a preamble and six headed points 一、–六、; 一、 (guiding ideas and "
           "four 一是…四是 principles) and 二、 (the work's place and its division) have no numbered children; 三、–六、 hold "
           "15 items 「N.text」 numbered on through the points (1.–15.), some with a run-in heading 「11.深化项目可行性论证。」; "
           "7. goes on over three unnumbered paragraphs (「具体如下：…」「一是…」「二是…」)",
     leaf_tasks=13, count_alternatives=[12, 14, 15, 16],
     leaf_tasks_by_section={"一、": 0, "二、": 1, "三、（1–2）": 2, "四、（3–10）": 5, "五、（11–12）": 2, "六、（13–15）": 3},
     childless_top_level_sections=["一、指导思想与工作原则"],
     samples=[
        S(["二"], [], [QG, "派出机构", "相关委办局", "市规划资源部门"],
          responsible_alternatives=[[QG, "派出机构", "市规划资源部门"]],
          note="「二、工作定位与分工 按照…原则，规划实施深化的工作定位是…的程序，其成果是…的依据。 规划实施深化由各区规划资源部门、派出机构、相关委办局具体组织实施。市规划资源部门负责业务指导和监督检查，并对上报的规划数据纳入…平台统一管理（图则备案入库）。」 — "
               "a childless top-level point that gives work by a rule-2 doer is a task in a document of numbered items "
               "(Round 84's p61c-1; Round 91's turned x337_02 二、（一）: a point that places work on named bodies by 负责 is a "
               "task like any item); only 工作目标／指导思想／总体要求／基本原则 points of aims stay sections (一、 here). The agent "
               "of 由 with 组织实施 and the subject of 负责 are doers (rule 2), in printed order; 相关委办局 a kind like 相关部门 "
               "(Round 85's x320_01; the list without it accepted, as Round 93 read 相关职能部门 a call); 负责业务指导 is 「A负责"
               "指导」, a doer (round 30); no 牵头: lead []; " + NODATE),
        S(["三", "1"], [], [],
          note="「1.以下情形应当调整相应层次的规划，不适宜通过规划实施深化处置：一是…；二是…；三是…。」 — "
               "what the procedure may not handle, with the owed act instead (调整规划), limits the plan's own work, a task "
               "naming none (Round 95's x351_04 清单 1: a limit with its cases one task); 一是…三是 inside the item are its text "
               "(round 37; Round 89's x332_03); " + NONE + "; " + NODATE),
        S(["三", "2"], [], [],
          note="「2.规划地块存在违法用地的，应先进行违法用地处置，再开展规划实施深化工作。」 — "
               "an order of the procedure's own steps with 应 and no subject: " + NOSUBJ + "; " + LIMIT_TASK + "; " + NONE
               + "; " + NODATE),
        S(["四", "3"], [], [], targets=[(5, "%")],
          note="「3.土地出让前，取消控制性详细规划中住宅套数的控制要求，且无需规划实施深化。土地出让后，因平面布局、日照等原因，住宅套数在5%幅度以内调整的，无需规划实施深化，可在项目审批阶段予以落实。」 — "
               "取消 an act of the plan's own work with no subject: " + NOSUBJ + "; a quantity joined to 以内 (round 32) in a "
               "的-clause of its own with no head noun that triggers the rule is a target (round 30's line; round 49; Round 83's "
               "x313_03 第六条): 5 %; 可 an option (round 49 p46b); " + NONE + "; " + NODATE),
        S(["四", "5"], [], [],
          note="「5.基础教育设施、社区级公共服务设施用地性质在小类之间转换，以及…调整容积率和建筑高度幅度较大的，在开展规划实施深化过程中应结合区域实际情况做好论证，加强政府管理，健全公众参与渠道，可以采用公开征求意见、论证会、听证会等方式征求利害关系人意见。」 — "
               "owed acts with no subject (应…做好论证，加强…，健全…): " + NOSUBJ + "; " + OPTION + "; " + NONE + "; " + NODATE),
        S(["四", "7"], [], [], responsible_alternatives=[["区局", "派出机构"]],
          note="「7.依据产业用地综合绩效评估结论，分类开展规划实施深化工作，重点支持A、B类用地权利人…，引导C类…，原则上不支持D类…。 具体如下：对A、B类用地可直接开展…。对C、D类用地，主要包括以下两种处置路径： 一是按收储收回，重新供地处置。区局、派出机构需提供有关…证明材料…的，可开展规划实施深化程序。其中…经区委区政府认定产业准入，…在提供区产业部门、街镇、土地储备部门意见征询单后，可开展实施深化。 二是…应征得区级规划资源和产业部门同意后，再开展规划实施深化工作。」 — "
               "the unnumbered paragraphs after 7. are its body (round 32's trailing paragraphs), 一是／二是 its text (round 37); "
               "分类开展, 重点支持, 引导 with no subject: " + NOSUBJ + "; 提供 the proofs a case needs is a sending outside rule "
               "2's closed list (round 30; Round 83's x315_01 第十一条), the bodies accepted; 经A认定／经…同意 name none (rule 3; "
               "Round 92's form: 经A without 组织); 可 options (round 49 p46b); " + NONE + "; " + NODATE),
        S(["四", "8"], [], [], targets=[(3, "")],
          note="「8.产业项目通过规划实施深化实施“工业上楼”的，应谨慎对待，加强审核，充分了解企业的生产内容，防止出现工业房地产。…经市级产业部门认定为市级“智造空间”项目的，在符合总体规划，且满足…限高要求前提下，对于容积率不超过3.0的，可按照实施深化程序执行，同时应根据项目具体情况，对交通影响…等进行专题研究，并征询主管部门意见。」 — "
               "owed acts with no subject (应谨慎对待，加强审核…; 应…进行专题研究): " + NOSUBJ + "; 「对于容积率不超过3.0的」: a ceiling "
               "joined to 不超过 in a 的-clause with no head noun is a target (round 30's line; round 49), and 容积率 ceilings are "
               "targets {number, unit \"\"} (Round 93's decided x345_03 第六条（二））: 3, \"\"; 经市级产业部门认定 names none "
               "(rule 3); 征询主管部门意见 a consultation, the consulted a receiver (Round 91's turned x340_04 第十七条); "
               + NONE + "; " + NODATE),
        S(["五", "11"], [], ["区产业部门"], responsible_alternatives=[[]],
          note="「11.深化项目可行性论证。加强项目前期情况调查和可行性论证，对产业项目要深入了解生产内容和落地可行性，…避免…，并会同区产业部门跟踪规划实施深化后的项目落地实施等情况。」 — "
               "「会同B＋verb」 with no subject printed gives lead [], responsible B (Round 89's decided x333_02 二、（六）（七）: "
               "the issuer read in only where it names itself); the other acts have no subject (round 65's x274_01); " + NODATE),
        S(["五", "12"], [], [], responsible_alternatives=[["区政府", "派出机构"]],
          note="「12.审慎研判地块拆分、规划用地性质调整的原因及影响。原则上不得因…通过规划实施深化拆分地块…。征收确有困难的，应由区政府、派出机构明确征收完成时间后方可开展规划实施深化。拆分后地块需单独建设的，应保证…；无法单独建设的，拆分地块应符合…，并供应给同一主体，避免…」 — "
               "limits on the procedure's own work with no subject (" + LIMIT_TASK + "); 「确有困难的，由A…」 is rule 3's "
               "contingency 「确需…的」 beside the item's other work and adds no unit (Round 95's governs on x351_01 一、（一）3 and "
               "x351_03 一、（二）; Round 83's turned x315_01 第六条), the two bodies accepted; " + NONE + "; " + NODATE),
        S(["六", "13"], [], [], responsible_alternatives=[[QG, "派出机构"]],
          note="「13.各区规划资源部门和派出机构应进一步压紧压实工作责任，严格按照规划实施深化规定开展工作，规范履行部门意见征询、图则更新公示、专家以及部门评审等程序，认真、细致核对申报材料与成果内容，提高规划实施深化管理水平。」 — "
               + CLOSED + "; 压紧压实 is no 落实, so 「压实…责任」 stands outside rule 2's list (round 30), and 履行 names none "
               "(round 67) (RULING?: or 压实工作责任 places the duty as 落实责任 does — round 46; Round 85's x318_02; Round 93's "
               "x343_03 承担…责任 — naming the two; accepted); 和 joins two names (round 34); 要／应 makes the item a task "
               "(Round 84's p61c-1); " + NONE + "; " + NODATE),
        S(["六", "15"], [], [QG, "派出机构"],
          note="「15.各区规划资源部门和派出机构应加强政策宣传，采取座谈、研讨、走访等方式，组织开展政策进园区、下街镇，加强为民为企服务。同时，加强规划资源系统人员培训，加强作风建设…」 — "
               "the subject of 组织开展 is a doer (rule 2), its subject carried over the commas (rounds 34, 49 p46d); 和 joins "
               "two names (round 34); 加强, 采取 outside the list (round 30); no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): 一、 (guiding ideas and principles 一是…四是) is a section (plans-dev EXPECTED.md lines 21–25; "
            "p51e); 二、 a childless point that gives work by rule-2 doers, a task (Round 84's p61c-1; Round 91's turned "
            "x337_02 二、（一））; the items 1.–15. are the leaves. No task: 4. (「…调整情形，无需规划实施深化，可结合…明确」: a scope "
            "the procedure does not reach and an option — Round 83's x313_02 四、 scope, round 49 p46b; RULING?: or a rule the "
            "procedure follows, a task, as Round 87's governs on x328_03 — 15 accepted), 9. (「…可适用《管理规定》中…相应条款」: an "
            "option alone, round 49 p46b), 10. (「…工作细则另行制定。」: only a pointer to another text, text — \"Round 97 "
            "rulings, written early\", turned; aligned by p68b, 14 accepted) → 1 + 15 − 3 = **13**. Accepted: 12 (二、 and "
            "10. read as a section and a pointer), 14 (10. a task, the builder's first reading), 15 (4. counted, or the 15 items alone), 16 (every numbered item and 二、).",
            "units: rule 2's closed list in headed points (round 30); not sampled: 14. 「市、区规划资源部门应加强与相关部门的沟通与协同，"
            "市局相关部门要加大对…的指导，市、区联合形成合力…」 none (加强, 加大…指导 outside rule 2 and rule 3's guide; 市、区 a level "
            "with no head, Round 83's x315_01 第二十条), 6. none (owed acts with no subject), 9. no task",
            "dates: none (see date_note)",
            "figures: targets 5 % (3.), 3 \"\" (8., Round 93's decided 容积率 rule); no other figure in a task",
            "duties: none; not duties: 二、's 「对上报的规划数据纳入…统一管理（图则备案入库）」 (the city bureau's own management of the "
            "data, a sending only as an attribute 上报的, no sentence asking it), 7.'s 提供…证明材料／意见征询单 (papers a case "
            "carries), 8.'s 征询主管部门意见 (a consultation)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x357_02_shi-guihuaziyuanju-2024-nongcun-jiti-jianshe-yongdi-shiyongquan-zuojia-rugu-tongzhi.txt"
N02 = "关于开展本市农村集体建设用地使用权作价入股的通知"
QGZ = "区规划资源部门"
QNY = "区农业农村部门"

plan(X02,
     title=N02,
     title_note="the notice's title (line 1); the notice is the plan itself (no forwarded document)",
     doc_no="沪规划资源乡〔2024〕151号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局、上海市农业农村委员会",
     date="2024-04-28",
     date_note="the notice is signed by the two bodies 2024年4月26日 (line 85), the index dates it 2024-04-28; 「本通知自印发之日起"
               "试行」 is a general provision; no item prints a date",
     level="the city planning and natural-resources bureau with the city agriculture and rural affairs commission, to "
           "the rural district governments, the Lingang management committee and the city departments: the rules, the "
           "procedure and the safeguards of rural collectives putting construction land into companies as equity",
     source=src("关于开展本市农村集体建设用地使用权作价入股的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=6ec9bdd6450c44539aee8fe08d1a5819&siteId=0032", 3653),
     style="a notice with four headed points 一、–四、; 一、总体要求 childless; 二、管理规则 （一）–（六） with run-in headings "
           "「（一）适用范围。…」; 三、管理流程 and 四、保障措施 （一）–（八） and （一）–（四） with the heading on a line of its own and its "
           "text in the paragraph after; signed by two bodies",
     leaf_tasks=12, count_alternatives=[10, 11, 13, 14, 16, 18],
     leaf_tasks_by_section={"一、": 0, "二、（一）–（六）": 4, "三、（一）–（八）": 4, "四、（一）–（四）": 4},
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "（二）"], [], [],
          note="「（二）适用条件。作价入股地块所有权应当依法登记、符合规划、无权属争议，…且符合…要求。需要处理的地上建筑物…已经处理完毕，具备…条件，但…另有约定的除外。 鼓励乡村休闲旅游…等乡村重点产业和项目…以作价入股方式使用集体建设用地。严格禁止作价入股地块用于建设商品住房。」 — "
               "the conditions are states the plot must be in, text (Round 83's x313_02 四、; Round 91's x337_03 二), 鼓励 no work "
               "(rounds 30, 40), but the ban limits what may be built on the land: " + LIMIT_TASK + " (RULING?: or a rule for "
               "whoever invests, text, as Round 85 turned x321_01 三、（一） — 11 accepted); " + NONE + "; " + NODATE),
        S(["二", "（四）"], [], [],
          note="「（四）合作期限。作价入股合作期限须经合作双方平等协商和民主决策，充分考虑…后商议确定，但最多不得超过同类用途建设用地使用权出让的最高年限。」 — "
               "an owed act with a ceiling on it is a task naming none (Round 87's x328_01 第七条 「经营期限应当…综合确定，一般不超过5年」) "
               "(RULING?: or a scheme's term for the parties, text, as Round 91's x339_03 第三条 and Round 87's x327_01 六 — 11 "
               "accepted); 合作双方 are the parties, and outside articles 确定 is no rule-2 verb (round 30); the ceiling names "
               "no figure; " + NONE + "; " + NODATE),
        S(["二", "（五）"], [], [],
          note="「（五）民主决策。集体建设用地使用权作价入股作为农村集体资产管理重大事项，对合作方案、公司章程…等事项，应按照《上海市农村集体资产监督管理条例》和集体经济组织章程的规定，落实民主决策程序，并应严格落实财务公开和信息公示制度。」 — "
               "落实 with a procedure or a system as object is rule 2's (Round 92's x336_08 form), but the sentence prints no "
               "body as its subject (the matter 作价入股 is its topic): owed acts with no subject, " + NOSUBJ + "; " + NONE
               + "; " + NODATE),
        S(["二", "（六）"], [], [],
          note="「（六）监督管理。集体建设用地使用权作价入股后形成的资产和收益应纳入农村集体资产管理范围，进入上海市农村集体资产经营管理监督平台。」 — "
               "纳入 with no subject: " + NOSUBJ + " (Round 93's x346_01 第四条 「…纳入河长制…予以统筹协调」); " + NONE + "; "
               + NODATE),
        S(["三", "（五）"], [], [QGZ], lead_alternatives=[[QGZ]],
          note="「（五）编制供地方案 土地所有权人可以委托区规划资源部门编制供地方案，区规划资源部门组织区相关部门会核后报请区人民政府审批并核发土地使用批准文件，并按相关规定完成公示。供地方案应包括…等内容。」 — "
               "「A组织B＋verb」 names A, B the object of 组织 (round 30), 组织＋a check of its own draft included (Round 81's "
               "x309_02 第十二条; Round 83's x316_03 四/（三）/1); 可以委托 an option (round 49 p46b); 报请区人民政府审批并核发 "
               "names the government a receiver (rule 3; Round 77's x299_01 第十条); the plan's contents are text (Round 86's "
               "(a)); 公示 disclosure; " + ONE_LEAD + "; " + NODATE),
        S(["三", "（六）"], [], ["市规划资源、市农业农村部门"], lead_alternatives=[["市规划资源、市农业农村部门"]],
          responsible_alternatives=[["市规划资源部门", "市农业农村部门"]],
          note="「（六）签订用地协议 土地所有权人与土地使用权人（新成立公司）应签订用地协议，报区规划资源、农业农村部门备案。用地协议须载明…等相关内容，并明确…。用地协议范本由市规划资源、市农业农村部门统一制定。」 — "
               "the agent of 由 with a verb of doing is a doer (rule 2); fields joined by 、 before one head are one name as "
               "printed (round 31; Round 91's governs on x340_02 第四条), the two names accepted; outside articles 签订 makes "
               "doers only with 由 (Round 85's x320_09; Round 77's x302_02), so the parties name none; 报…备案 names receivers "
               "(rule 3) and is the parties' filing on their own deal, no duty (round 42); a contract's contents are text "
               "(Round 86's (a)); " + ONE_LEAD + "; " + NODATE),
        S(["三", "（七）"], [], [],
          note="「（七）办理不动产登记 新成立公司凭…，向区规划资源部门申请乡村建设规划许可证，并…缴纳相关税费后，…到区不动产登记部门申请集体建设用地使用权登记。登记机构按…规定程序完成公告后，向权利人颁发不动产权证。」 — "
               "a point that binds the rules' body to act on applications gives work, a task naming none (Round 87's x327_04 "
               "一–四: 受理, 核查, 核准, 注记), the decision and its steps naming none (Round 85's x321_02); the company's "
               "applications and taxes name none (round 30's applicant; a payer); " + NONE + "; " + NODATE),
        S(["三", "（八）"], [], [], responsible_alternatives=[["土地所有权人"]],
          note="「（八）纳入平台监管 新成立公司注册完成后，土地所有权人应将入股土地面积、作价金额…等相关内容及时录入上海市农村集体资产经营管理监督平台，并上传合作方案、公司章程、用地协议等材料，进行全流程在线监管。」 — "
               "what a party the rules define by what it owns must do is owed work, a task naming none (Round 95's x347_02 "
               "第四、五条; Round 84's p61a-2); entering records into a platform is a sending, naming none (Round 81's x310_03 "
               "第十四条), and the collective's record of its own deal is a filing on its own matters, no duty (round 42; Round "
               "95's x347_03 第三十三条（二）) (RULING?: or records sent to the platform that gathers them, an undated duty, as "
               "Round 95 turned x352_02 第十条); " + NONE + "; " + NODATE),
        S(["四", "（一）"], [], ["各区人民政府"], lead_alternatives=[["各区人民政府"]],
          note="「（一）健全组织机制 农村集体建设用地作价入股应审慎稳妥…。市级相关部门协同开展配套政策研究，加强相关业务指导。各区人民政府是区域内…工作的责任主体，应依据本通知制定工作细则和配套政策，做好计划管理，落实审批和监管职责。区农业农村、发展改革、规划资源…不动产登记等部门根据职能做好相关工作，…」 — "
               "「A是…的责任主体」 designates A (Round 91's governs on x338_05 二/(一)/2; Round 85's x319_04), and 落实 with 职责 "
               "is rule 2's (round 46; Round 87's x326_07 第二条); 协同开展 with no partner and 开展 without 组织, and 做好, stand "
               "outside the closed list (round 30); a 保障措施 point that names a unit is a task (seeds EXPECTED.md lines 3–5); "
               + ONE_LEAD + "; " + NODATE),
        S(["四", "（二）"], [QGZ], [QGZ, QNY, "乡镇人民政府"], lead_alternatives=[[]],
          responsible_alternatives=[[QGZ, QNY, "乡镇人民政府（涉农街道办事处）"]],
          note="「（二）加强工作计划管理 区规划资源部门应会同区农业农村部门、乡镇人民政府（涉农街道办事处）根据…，充分考虑…，确保…，严格…，加强年度工作计划管理，年度工作计划由区规划资源部门会同区农业农村部门审核并经区人民政府同意后，报送市规划资源局、市农业农村委。」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2), read by its verb (round 61; Round 85's "
               "x321_01 五、（二）: 会同 reaches any verb but a review), the second 会同 a check of the bodies' own plan before "
               "they send it (Round 85's x319_04 第五–八条); a bracket giving the body of the same kind in other areas is "
               "dropped (Round 89's turned x331_02; Round 94's governs), the printed name accepted; 经区人民政府同意 names none "
               "(rule 3); the sending of the year's plan is a duty (below); " + NODATE),
        S(["四", "（三）"], [QNY], [QNY], lead_alternatives=[[]],
          note="「（三）规范收益分配 新成立公司必须严格按照…做好经营管理和财务审计工作…。…作价入股应依据…缴纳相关税费后，分红收益纳入…统一管理，接受…监管。各区人民政府可以结合…合理制定区、镇、村收益统筹调节制度。区农业农村部门牵头督促指导集体经济组织民主管理和规范集体收益内部分配，加强指导和服务。」 — "
               "「A牵头（负责）」 gives lead A (rule 2), 督促指导's object no unit (round 30's pivot); 做好 outside the list (round "
               "30); 可以 an option (round 49 p46b); taxes a payer's (round 30); " + NODATE),
        S(["四", "（四）"], [QGZ], ["区人民政府有关部门", QGZ, "相关部门"], lead_alternatives=[[]],
          responsible_alternatives=[["区人民政府有关部门", QGZ]],
          note="「（四）严格作价入股合作监管 作价入股合作双方应严格按照…确定的用途使用土地，严禁擅自改变规划条件。区人民政府有关部门依据部门职责，实施集体建设用地使用全生命周期管理和部门监管。区规划资源部门会同相关部门加强土地使用行为的监督检查，及时发现、严肃查处…的行为。」 — "
               "the subject of 实施 is a doer (rule 2), 区人民政府有关部门 one name as printed (round 30); 「A会同B＋verb」 gives "
               "lead A with B (rule 2), 相关部门 a kind (Round 85's x320_01; Round 85's x321_01 五、（二））, the list without it "
               "accepted; the parties' use of the land is text beside the work (Round 80); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "年度工作计划报送市规划资源局、市农业农村委", "when": None, "when_norm": None,
         "note": "四、（二） — the district bodies send the year's work plan they drew up and the district government agreed to "
                 "the city bodies: a plan body sending the results of its own work is a duty (round 48; Round 87's turned "
                 "x328_04 四、（二）: 报B asks no 审核 of B), no date printed: undated"}],
     notes=["counting (leaf tasks): 一、总体要求 is a section (plans-dev EXPECTED.md lines 21–25); the leaves are 二、（一）–（六）, "
            "三、（一）–（八）, 四、（一）–（四）. No task: 二、（一） (a scope, text: round 30; Round 83's x313_02 四、), 二、（三） "
            "(who the parties are and may be — a definition and an option — with 「优先引导…社会资本参与」, an urging as 鼓励 is: "
            "rounds 30, 40; RULING?: or 引导 an act of the plan's own work with no subject, round 65's x274_01, a task — 13 "
            "accepted), 三、（一）–（四） (the collective's and the partner's own steps toward their approvals — agreeing the scheme and "
            "sending it up, applying for planning conditions, commissioning the valuation of their own deal, registering their "
            "company and paying in — a party's steps to take up what the scheme allows it: Round 85's x321_02; Round 87's "
            "x325_01 第十五条; RULING?: or owed acts of the parties the rules define, tasks, as Round 95's x347_02 — 16 and 18 "
            "accepted) → 4 + 4 + 4 = **12**. Accepted: 10, 11 (二、（二）／（四） read as text), 13, 14 (二、（三） or 三、（三） "
            "counted), 16 (三、（一）–（四） counted), 18 (every sub-point).",
            "units: rule 2's closed list in headed points (round 30); 四、 safeguard points each name a unit, so the seeds' line "
            "(EXPECTED.md lines 3–5) drops none of them",
            "dates: none (see date_note)",
            "figures: none; 「最多不得超过…最高年限」 (二、（四）) names no figure",
            "duties: one undated (四、（二）, see duties); not duties: 三、（一）'s 上报…审核 and 三、（二）–（四）, （七）'s applications "
            "(a party's on its own matters, round 42), 三、（六）'s 报…备案 (the parties' filing on their own deal, round 42), "
            "三、（八）'s 录入…平台 (RULING? on it), 三、（五）'s 公示 (disclosure, round 55's x247_01)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x357_03_shi-guihuaziyuanju-2024-nongye-shengchan-peitao-dianzhuang-gongdi-gongzuo-shishi-yijian.txt"
P03 = "关于加强农业现代化发展 推进农业生产配套“点状供地”工作的实施意见"
N03 = "关于印发《关于加强农业现代化发展 推进农业生产配套“点状供地”工作的实施意见》的通知"
TZ = "涉农乡镇政府"
JD = "街道办事处"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the opinion's own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源乡〔2024〕110号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局、上海市农业农村委员会",
     date="2024-04-03",
     date_note="the cover is signed by the two bodies 2024年4月3日 (line 11); 「本意见自印发之日起执行」 is a general provision; "
               "「使用指标年底统一结算」 (三、（一）) is a recurring date of a yearly cycle, no deadline (round 34; Round 91's x335_02 "
               "第十四条); 「在限定时间内」 prints no date; no item is dated",
     level="the city planning and natural-resources bureau with the city agriculture and rural affairs commission, to "
           "the rural district governments, the Lingang management committee and the city departments: planning, land "
           "quotas, supply terms, approvals, surveys, titles and supervision of small scattered construction land serving "
           "farming (点状供地), by three classes A/B/C",
     source=src("关于印发《关于加强农业现代化发展 推进农业生产配套“点状供地”工作的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3b460dd0d68c4b08960b24c7fcb8b309&siteId=0032", 7548),
     style="a cover notice signed by two bodies, the opinion's title, a preamble and seven headed points 一、–七、 whose "
           "sub-points （一）… stand as headings on a line of their own with their text in the paragraphs after; 二、–六、 "
           "open with a lead-in paragraph before their （一）; a closing sentence, a 附件 line and the attached 分类引导目录 "
           "flattened to one cell a line (not counted)",
     leaf_tasks=13, count_alternatives=[11, 12, 14, 17],
     leaf_tasks_by_section={"一、（一）–（三）": 0, "二、（一）（二）": 2, "三、（一）（二）": 2, "四、（一）–（三）": 3,
                            "五、（一）（二）": 2, "六、（一）–（三）": 2, "七、（一）（二）": 2},
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）"], ["农业农村部门"], ["农业农村部门"], lead_alternatives=[[]],
          note="「（一）加强农业发展规划 农业农村部门牵头做好农业现代化发展的统筹研究，统筹制定农业发展规划，…明确近远期建设行动计划。」 — "
               "「A牵头（负责）」 gives lead A (rule 2), the acts after it carried on its subject; " + NODATE),
        S(["二", "（二）"], ["市规划资源部门", "市农业农村部门", TZ, JD],
          ["市规划资源部门", "市农业农村部门", "涉农区政府", TZ, JD, "区规划资源部门", "农业农村部门"],
          lead_alternatives=[[], ["市规划资源部门"]],
          responsible_alternatives=[["市规划资源部门", "市农业农村部门", "涉农区政府（管委会）", TZ, JD, "区规划资源部门",
                                     "农业农村部门"], []],
          note="「（二）强化规划空间保障 对于集中成片、规模化发展的现代农业片区，由市规划资源部门会同市农业农村部门、涉农区政府（管委会），通过组织…编制或修编，…按法定程序批准后纳入…平台。 对于零星分散、规模较小的现代农业区域或重大现代农业项目，…，由市农业农村部门联合市规划资源部门、涉农区政府（管委会），组织编制项目建设方案…。 对于不涉及占用…的农业配套类建设空间，由涉农乡镇政府、街道办事处会同区规划资源部门、农业农村部门组织编制…。 对于小微配套类功能空间建设，可按经涉农乡镇政府、街道办事处审定的…方案实施…。 …可…。 农业项目涉及…的，可由市规划资源、农业农村部门共同组织提供技术服务。」 — "
               "each 「对于X的，由A会同／联合B＋verb」 picks a class of area or space the work falls on, and the class decides "
               "which body acts, so each names its bodies (Round 83's turned x313_01 第四条: a class that decides which body "
               "acts, no event; Round 94's confirmed form 「对X的，由A＋verb」 where X names a kind of object by what it is) "
               "(RULING?: or, several such clauses standing side by side, each a case of the item's work that adds none — "
               "Round 79's governs on w58a-1 — none accepted); 联合 reads as 会同 (round 34), bodies leading different parts "
               "by 会同 all leads (Round 83's x316_02 （二十））, lead [] and the first alone accepted; every body once, in "
               "printed order (Round 82's p60c-3); the bracket 「（管委会）」 gives the body standing for the district in the "
               "zone and is dropped (Round 89's turned x331_02; Round 94's governs), the printed name accepted; 区规划资源部门 "
               "and 农业农村部门 separate heads, as printed (round 31); 经A审定 inside a noun's description names none (round "
               "30); 可／可由 options (round 49 p46b); " + NODATE),
        S(["三", "（一）"], [], [],
          note="「（一）A类农业服务类建设空间 涉及占用农用地及未利用地的，应依法办理农转用审批手续。确需征收为国有土地的，应同步办理土地征收手续。涉及新增建设用地计划指标的，实行市级统筹、专账管理、随申即配，…使用指标年底统一结算。探索建立…重大项目用地指标保障机制。…实行区级年度结算，无须补划。」 — "
               "acts of the plan's own work with no subject (办理, 实行, 探索建立): " + NOSUBJ + "; 市级／区级 levels with no head "
               "name no body (Round 83's x315_01 第二十条); 年底 a recurring date, no deadline (round 34); " + NONE + "; "
               + NODATE),
        S(["四", "（一）"], [], [], responsible_alternatives=[[TZ, JD]],
          note="「（一）灵活供地方式 使用国有建设用地，符合《划拨用地目录》的，可按划拨方式供地；经营性用地应以招标、拍卖、挂牌等方式有偿使用。使用集体建设用地，可由农村集体以使用方式进行项目建设；也可通过作价入股方式…；…试点地区，可以通过…方式供地。 项目区内用地涉及…多种土地用途的，属地涉农乡镇政府、街道办事处可统一协调…，实施组合供地。」 — "
               "the 应 on how 经营性用地 is granted limits the scheme's own supply: " + LIMIT_TASK + "; the rest are "
               "options (可, round 49 p46b), the towns' 可统一协调 included (accepted); " + NONE + "; " + NODATE),
        S(["四", "（二）"], [], [],
          note="「（二）明确用地条件 在相应的设施农用地备案文件、用地协议或出让合同中应明确相关的用地基本参数、…用地退出及续期管理等要求，纳入郊野地区土地全生命周期和绩效监管平台。 农业服务建设用地使用权起始价或出让底价可结合…，按相关规定经集体决策后确定。」 — "
               "owed acts with no subject (应明确…，纳入…): " + NOSUBJ + "; the price left to 可 (round 49 p46b); " + NONE + "; "
               + NODATE),
        S(["四", "（三）"], [], [], targets=[(15, "%")],
          lead_alternatives=[["市、区两级农业农村部门"]],
          responsible_alternatives=[["市、区两级农业农村部门", "规划资源部门"]],
          note="「（三）探索融合用地 为弹性适应…需要，在…前提下，对不具备独立用地条件的建设空间，试点探索采取融合用地的方式…，在确保…的同时，鼓励立体空间复合利用等模式…。叠加融合功能涉及的建筑面积控制在项目区总建筑面积的15%以内。 B类农业配套类建设空间融合用地需经由市、区两级农业农村部门会同规划资源部门联合认定，并在规划图则中明确…，严禁用于餐饮、住宿、娱乐等非农化经营性行为。」 — "
               "试点探索 with no subject: " + NOSUBJ + "; a ceiling joined to 以内 is a target (round 32; Round 91's turned "
               "x338_06 一/(三) 「控制在15公分以內」): 15 %; 「需经由A会同B联合认定」 is rule 3's 经A同意 with 会同 inside it, naming "
               "none (Round 91's x339_01 第七条 「经A会同B…商定」), the decision on a project's own case (Round 85's x321_02) "
               "(RULING?: or rule 2's form holds inside a 经 clause, as Round 95 confirmed 经A牵头认定 on x351_01 一、（二）6, "
               "lead A with B — accepted); 鼓励 no work; " + NONE + "; " + NODATE),
        S(["五", "（一）"], [], [], responsible_alternatives=[[TZ, JD]],
          note="「（一）优化乡村建设规划管理 对A类…，应按规定办理规划建设审批手续，…相关事项可由涉农乡镇政府、街道办事处具体办理。…合理优化…相关规定和要求。 对B类…，优化建设规划审核内容和事项，无需办理…审核，相关内容纳入设施农用地备案审核，由涉农乡镇政府、街道办事处办理；若涉及…的，可联合区规划资源、农业农村部门会审。」 — "
               "可由 is an option, no assignment (round 30); 「…纳入设施农用地备案审核，由A办理」 places the review of a party's "
               "filing, and 由 before the body that decides changes nothing (Round 85's turned x317_03 第九条（一）; Round 93's "
               "x341_01 第三条（一）) (RULING?: or the notice allocating the work between levels names A, as 管辖 does — Round 89's "
               "x333_01 第六、七条 — accepted); 优化 with no subject: " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["五", "（二）"], [], [TZ, JD],
          note="「（二）简化测绘管理方式 对A类…，应按相关规定采取…方式办理竣工规划资源验收手续。 对B类…，项目竣工后由涉农乡镇政府、街道办事处组织开展地类变更测绘调查。技术单位完成测绘调查后，成果交由涉农乡镇政府、街道办事处提交区规划资源部门完成地类变更。地类变更调查可由市规划资源、农业农村部门统一组织提供测绘技术服务…。 对C类…，应实行…闭环管理，建设完成后涉农乡镇政府、街道办事处应及时主动向区规划资源部门报备，在…平台上落图定点、动态更新，统一管理。」 — "
               "the agent of 由 with 组织开展 is a doer (rule 2), the two in printed order; 提交 and 报备 are sendings, naming "
               "none (rounds 46, 48), the report of built small facilities a duty (below); 可由 an option (round 49 p46b); "
               "技术单位 hired firms' work (Round 85's x317_01); no 牵头: lead []; " + NODATE),
        S(["六", "（二）"], ["区规划资源部门"], ["区规划资源部门", "区农业农村部门"], lead_alternatives=[[]],
          responsible_alternatives=[[]],
          note="「（二）续期、调整和退出管理 A类…需要续期的，可按照合同约定办理续期手续。 B类…允许…调整，简化…程序，无需重新签订用地协议；…需重新签订…后，“一键申报”自动完成备案续期手续。因…需要退出管理的，应按约定收回退出。对存在疑似违法用地行为的B类…，区规划资源部门应会同区农业农村部门综合研判后依法妥善处置，对确认不再使用的相关设施，应依法及时拆除，恢复原土地用途或复垦达到耕种条件。」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); the rules' own body acting on "
               "breaches is a doer (Round 77's x299_04 第二十八条; Round 83's x316_02 （二十））, and the 对…的 clause picks a "
               "kind of space by a state it is in, the item's only clause with a doer (Round 94's confirmed form) (RULING?: or "
               "存在疑似违法用地行为 a finding, an event, adding none — Round 94's x62_03 二/（三） 查实…的 — none accepted); the "
               "rest are options (可, 允许) and acts with no subject; " + NODATE),
        S(["七", "（一）"], ["市规划资源部门", "市农业农村部门"], ["市规划资源部门", "市农业农村部门"], lead_alternatives=[[]],
          note="「（一）落实工作责任 市规划资源、农业农村、发展改革、财政、绿化市容、水务等相关部门应当协同做好…政策统筹、技术指导和实施评估，进一步细化、优化…，改造、提升…。 市规划资源部门牵头建立…重大项目用地指标保障机制。修订完善…。探索…，完善…认定标准。 市农业农村部门牵头建立健全…项目会商准入和推进机制、正负面清单、产业目录，加强…」 — "
               "two 「A牵头」 clauses give two leads (rule 2; Round 83's x316_02 （二十））; 协同做好 with no partner names none, 做好 "
               "outside the closed list (round 30) — the fields before 等 one name as printed (round 31) were they named; "
               "the heading's 落实工作责任 has no subject; " + NODATE),
        S(["七", "（二）"], ["市农业农村委"], ["各涉农区政府", "市农业农村委"], lead_alternatives=[[]],
          note="「（二）明确监管要求 压实多方责任，坚决遏制…，坚持农地农用，不得改变用途。各涉农区政府应严格落实属地管理监督责任，落实涉农乡镇政府、街道办事处主体责任，加强管理服务和巡查检查。市规划资源局建立农业生产配套用地绩效监管平台，定期开展用地绩效评估，形成评估报告。市农业农村委负责对产业绩效…进行跟踪管理落实，牵头落实抽查检查制度。」 — "
               "落实 with 责任 as object names its subject (round 46; Round 85's x318_02), the towns inside the object's "
               "description no doers (round 30); 建立, 开展 outside the closed list (round 30): 市规划资源局 none; 负责 and 牵头 "
               "name 市农业农村委, lead by 牵头 (rule 2); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "C类小微配套设施建设完成后向区规划资源部门报备", "when": None, "when_norm": None,
         "note": "五、（二） — the towns report built C-class facilities to the district bureau when the case arises: a report the "
                 "plan asks when a case arises is a duty (round 44; Round 89's x330_01; Round 91's x336_07), 及时 printing "
                 "no time (Round 79): undated"}],
     notes=["counting (leaf tasks): 一、总体要求's （一）指导思想, （二）基本原则, （三）概念内涵 name no unit in a plan whose tasks name "
            "units: no tasks (seeds EXPECTED.md lines 3–5; Round 93's governs on x343_04), （三） being definitions besides; the "
            "lead-in paragraphs of 二、–六、 lead into their sub-points, no leaves (Round 83's x311_04 第十一条); the leaves are the "
            "sub-points of 二、–七、. No task: 六、（三） (「…鼓励涉农乡镇政府、街道办事处统筹…做好…平衡，合并编制…」: 鼓励 names no work, "
            "rounds 30, 40; Round 87's x328_01 第八条; RULING?: or an urging to the plan's own bodies to do its work, a task "
            "naming the towns — 14 accepted) → 2 + 2 + 3 + 2 + 2 + 2 = **13**. The 附件 分类引导目录 after the 附件 line is not "
            "counted (plans-dev EXPECTED.md; Round 92's governs on x165_02), and it lists classes, no tasks. Accepted: 11, 12 "
            "(四、（一） as options, or 三、（二） as a rule of reckoning, or both), 14 (六、（三） counted), 17 (every sub-point, "
            "一、's included).",
            "units: rule 2's closed list in headed points (round 30); not sampled: 三、（二） none (acts with no subject), "
            "六、（一） none (acts with no subject; 使用主体 a party whose holding is a state)",
            "dates: none (see date_note)",
            "figures: target 15 % (四、（三））; 一、（三）'s 「占地小于100平方米」「宽度不超过1米」「宽度不超过3米」 and the 附件's figures stand in "
            "definitions of classes (round 58: figures inside nouns naming a class) in no task: no plan targets",
            "duties: one undated (五、（二）, see duties); not duties: 五、（二）'s 成果…提交区规划资源部门完成地类变更 (a sending for the "
            "receiver's own act, a step of it: Round 89's x329_04 第九条), 六、（二）'s “一键申报” (a party's filing on its own "
            "matters, round 42), 七、（二）'s 形成评估报告 (the bureau's own report, sent to no one)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x357_04_shi-guihuaziyuanju-2023-chengshi-gongneng-ronghe-fazhan-guihua-tudi-tanxing-guanli-shishi-yijian.txt"
P04 = "关于促进城市功能融合发展创新规划土地弹性管理的实施意见（试行）"
N04 = "关于印发《关于促进城市功能融合发展 创新规划土地弹性管理的实施意见（试行）》的通知"
A3 = "第三条（适用对象和范围）"
A4 = "第四条（规划管理工作要求）"
A5 = "第五条（规划评估技术要求）"
A6 = "第六条（土地管理）"
A7 = "第七条（全生命周期管理）"
A8 = "第八条（后续监管）"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the opinion's own title line (line 11, printed without the space the notice's title has) or the notice's "
                "title (line 1): either (round 45's pair)",
     doc_no="沪规划资源详〔2023〕449号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2023-11-17",
     date_note="the cover is signed 2023年11月17日 (line 9); no item prints a date",
     level="the city planning and natural-resources bureau, to the district governments, the management committees and "
           "the bodies concerned: overlaying fusion rules (M0, C0, R0, G0, W0) on land uses in detailed plans — where they "
           "apply, how they are assessed, how such land is supplied and supervised",
     source=src("关于印发《关于促进城市功能融合发展 创新规划土地弹性管理的实施意见（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=59e42c9cbc7c4aeca01bc0e42456af2c&siteId=0032", 4757),
     style="a short cover notice, the opinion's title and eight articles 「第N条（heading）」, heading on a line of its own; "
           "第五条 holds （一） and （二） with 1.–5. under （二）, each with 「评估内容：」「引导要求：」 lines; 第六条 holds （一）–（三）",
     leaf_tasks=13, count_alternatives=[8, 9, 12, 14],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四条": 1, "第五条（一）, （二）1.–5.": 6, "第六条（一）–（三）": 3,
                            "第七条": 1, "第八条": 1},
     childless_top_level_sections=[],
     samples=[
        S([A3], [], [], **art(X04, [A3]),
          note="「第三条 本意见适用于功能融合发展诉求多、用地兼容条件较好的产业、商业商办、公共绿地等地类。 为激发产业创新…，允许在规划编制阶段，对工业、研发、仓储用地地块叠加产业融合管理要求（M0）。规划实施中，…相应地块用地性质可在工业、研发、仓储间进行转换或混合设置，公共服务配套设施按标准配置。…（C0）…用地性质需转换为研发用地的，原则上仅限于产业社区范围内。…的具体内容应与地区发展定位相匹配。…（R0）…并需按标准配置公共服务设施。…」 — "
               "the scope sentence is a general provision (round 30), but the article goes on to set what each overlay allows "
               "and the limits the plan's own work keeps with it (按标准配置, 原则上仅限于, 需按标准配置): " + LIMIT_TASK
               + " (RULING?: or a scope with permissions only, text — round 30's scope, 允许 an option — 12 accepted); "
               + NONE + "; " + NODATE),
        S([A4], [], ["各区规划资源部门", "市、区规划资源部门"], responsible_alternatives=[["各区规划资源部门"]],
          **art(X04, [A4]),
          note="「第四条 各区规划资源部门在重点地区整体规划研究或城市更新研究过程中，结合控详规划编制，组织开展规划评估工作，提出融合管理需求。市、区规划资源部门共商，并征询相关部门意见后，综合研判形成评估结论，明确适宜叠加融合管理要求的地块。 融合管理要求…纳入图则的地块备注中…。对于仅叠加…的规划项目，…控详规划程序予以简化。 对于城市更新项目，应以城市更新单元为评估范围，…同步开展评估。」 — "
               + ARTICLE + ": 组织开展 names 各区规划资源部门 (rule 2), and 共商, 研判形成, 明确 name 「市、区规划资源部门」, one name as "
               "printed (round 30's 「市、区X部门」); the consulted 相关部门 are receivers (rule 3; Round 91's turned x340_04 "
               "第十七条); no 牵头: lead []; " + NODATE),
        S([A5, "（一）"], [], [], **art(X04, [A5, "（一）"]),
          note="「（一）规划评估内容和总体要求 规划评估内容一般包括功能定位、…和市政承载等评估，根据融合管理要求选定相应评估内容。规划评估过程中，根据…类型，按需征询相应主管部门意见，并听取专家意见。」 — "
               "the first sentence lists what the assessment holds (a noun subject over contents, text: Round 92's governs on "
               "x311_02 第二十三条), and the acts after it have no subject (选定, 征询, 听取): " + NOSUBJ + "; " + NONE + "; "
               + NODATE),
        S([A5, "（二）", "1"], [], [], **art(X04, [A5, "（二）", "1."]),
          note="「1.叠加产业融合管理要求（M0）的规划。 评估内容：应开展产业发展导向、环保、安全、交通和市政承载等规划评估。 引导要求：符合上位规划产业发展导向…的产业地块，可叠加M0。应确保环保、安全、交通、市政承载力符合相关要求。」 — "
               "the numbered lines under （二） are its items (plans-dev EXPECTED.md), each naming owed acts of the plan's own "
               "assessment with no subject (应开展…评估; 应确保): " + NOSUBJ + "; 可叠加 an option (round 49 p46b); " + NONE + "; "
               + NODATE),
        S([A5, "（二）", "3"], [], [], targets=[(2.5, ""), (3, "")], not_targets=[(300, "米"), (15, "分钟")],
          **art(X04, [A5, "（二）", "3."]),
          note="「3.叠加居住融合管理要求（R0）的规划 评估内容：应开展地区功能定位、公共服务设施、住宅、安全和市政承载等规划评估，并开展居住功能需求和类型分析。 引导要求：符合上位规划住房规模和15分钟社区生活圈建设要求，…商业服务业、商务办公地块可叠加R0。应确保规划主导功能不改变，…并确保满足公共服务设施配套要求。叠加R0的地块，一般情况下容积率不大于2.5，轨道交通站点300米服务范围内可适当提高容积率，不宜超过3.0。…」 — "
               "as 1. (owed acts with no subject, a task naming none); 容积率 ceilings joined to 不大于／超过 are targets "
               "{number, unit \"\"} (Round 93's decided x345_03 第六条（二）; round 30's line, 一般 loosening only): 2.5, 3; "
               "「轨道交通站点300米服务范围」 is a figure inside a noun naming the class of area (round 58; Round 87's x328_03 "
               "第十条), and 「15分钟社区生活圈」 a name with digits (EXPECTED.md): not targets; " + NONE + "; " + NODATE),
        S([A6, "（一）"], [], ["区政府"], lead_alternatives=[["区政府"]], **art(X04, [A6, "（一）"]),
          note="「（一）土地供应前工作要求 对规划明确为适用融合管理要求的地块，在土地供应前，由区政府确定地块的具体用途功能、混合比例等规划建设要求，纳入“一张图”后，作为土地供应条件。按需开展…论证工作，并征询相关部门意见。需要进行图则更新入库的，通过实施深化程序，完成…入库工作。…」 — "
               "the agent of 由 with a verb of doing is a doer (rule 2): setting the sale's planning terms is the scheme's own "
               "work (Round 87's governs on x325_04; Round 95's x351_01 二、（九）26); the acts after it have no subject; the "
               "consulted departments receivers; " + ONE_LEAD + "; " + NODATE),
        S([A6, "（二）"], [], [], **art(X04, [A6, "（二）"]),
          note="「（二）土地供应方式 对于叠加…（M0）的工业、仓储、研发用地，…经产业部门认定的项目可采用“带产业项目”定向挂牌方式供地。其中，以工业为主导的，使用权出让年限按本市产业用地弹性年期进行管理。土地价格按区“三委两局”认定的…方案确定用地比例，出让底价不低于相关底线要求。 对于…（C0）的…，一般按照经营性用地公开出让方式供应，…可…相应折减地价。 对于…（R0）…，需经…认定，物业权利人须整体持有…，不得转让（含股权转让）。… 对于…（G0）…，项目可地下地上分层实施土地供应。其中地上部分…应按照…管理要求实施。」 — "
               "how the bodies' own grants are made, with limits on them, is a task naming none (Round 93's x345_03 第十条; "
               "Round 87's governs on x328_03); bodies inside a noun's description (经产业部门认定的项目, 区“三委两局”认定的…方案) "
               "are no doers (round 30); the price floor names no figure; 可 options (round 49 p46b); " + NONE + "; " + NODATE),
        S([A6, "（三）"], [], ["区政府"], lead_alternatives=[["区政府"]], **art(X04, [A6, "（三）"]),
          note="「（三）存量用地管理 既有合同履行完毕后，对规划明确为融合管理要求的城市更新项目，更新方案制定阶段，由区政府确定各类综合用地的具体用途功能、混合比例等规划建设要求，作为更新条件纳入出让合同，计算相关地价。 对于叠加…（M0）的存量研发用地，允许企业…实现使用转换。」 — "
               "由A＋verb names A (rule 2), as in （一）; 允许 a permission, an option (round 49 p46b); " + ONE_LEAD + "; "
               + NODATE),
        S([A7], [], [], **art(X04, [A7]),
          note="「第七条 土地供应时，应将项目建设、功能实现、运营管理、节能、环保等经济、社会、环境各要素纳入出让合同，实现项目开竣工、土地利用综合评估、土地使用权退出等全生命周期管理。」 — "
               "an owed act with no subject: " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S([A8], [], ["各区政府"], lead_alternatives=[["各区政府"]],
          responsible_alternatives=[["各区政府（管委会）"], ["各区政府", "相关部门"]], **art(X04, [A8]),
          note="「第八条 各区政府（管委会）应组织相关部门开展监管工作，按照部门职责对企业合同履约情况实施共同监管。 对于擅自改变用途、违规违约转让（含股权转让）、土地闲置等情形，应要求限期改正，依法纳入失信信息记录实施信用惩戒，由相关部门在政府资金支持、融资贷款、税收优惠、评优评先等方面予以限制。情节严重且在规定期限内未完成整改的，可按照约定解除出让合同，收回建设用地使用权。」 — "
               "「A组织B＋verb」 names A, B the object of 组织 no unit, the verbs run on inside its reach B's (round 30; Round "
               "83's x316_02 （十四））; the bracket gives the body standing for the district in a zone and is dropped (Round 89's "
               "turned x331_02; Round 94's governs), the printed name accepted; the second paragraph answers breaches, a case "
               "(擅自改变用途 an event) beside the article's work with its own doer, so 由相关部门 adds none (Round 94's "
               "confirmed form on x62_03 二/（三）) (RULING?: or the rules' own body acting on breaches is a doer by 由A — Round "
               "77's x299_04 第二十八条; Round 91's 由A…给予处罚 — accepted); 可 an option; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): 第一条 (purpose) is a general provision (round 30), 第二条 (四 principles 坚持规划引领… with no "
            "doer) states principles (p51e; round 68: a principle names no act); 第三条 one task (RULING? on it); 第四、七、八条 "
            "one each; 第五条: （一） and （二）'s 1.–5. are its leaves (plans-dev EXPECTED.md: the lowest numbered items), "
            "（二） a heading over them → 6; 第六条: （一）–（三） → 3. **13**. Accepted: 12 (第三条 as scope), 14 (第二条's "
            "principles read as work), 8, 9 (第五条's lines read as the contents of the assessment, the article one task or "
            "two: Round 86's (a)).",
            "units: rule 2 in articles (round 44); not sampled: 第五条（二）2., 4., 5. none (as 1.)",
            "dates: none (see date_note)",
            "figures: targets 2.5 and 3 \"\" (第五条（二）3.); not targets 300 米, 15 分钟 (the same item); 第六条（二）'s 「出让底价不低于"
            "相关底线要求」 names no figure; the overlay codes M0, C0, R0, G0, W0 are names",
            "duties: none; not duties: 第四条's and 第六条（一）'s 征询…意见 (consultations), 第六条（一）'s 图则更新入库 (the procedure's "
            "own step)"])

write_collected(DIR)

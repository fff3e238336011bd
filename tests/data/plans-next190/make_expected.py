# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next190/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 43 (built by helper c190): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the round-43 rulings written early included) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next190/make_expected.py tests/data/plans-next190
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another verb "
          "(发布, 受理, 审核, 报, 拟定, 确定, 签订, 终止, 接受, 开展 without 组织, 对…进行 …) is not a unit")
WORKLESS = ("CONVENTIONS.md round 38 / round 39 / round 40 / round 43: items naming no unit in a plan with units elsewhere are "
            "tasks where they give work (a count without them accepted)")
HEADED = ("CONVENTIONS.md round 34 (written early): in a document of headed points 一、…十、 (most have no numbered child) a "
          "childless point whose text gives work — a rule-2 doer or an instruction 「应当…」 — is a task")
ARTICLE = ("CONVENTIONS.md round 30 / round 33: in a document written as articles, an article that gives work (a doer or an "
           "instruction 「应当…」) is a task; general provisions (purpose, definitions, scope, interpretation, entry into "
           "force) are not")
LEADIN = ("CONVENTIONS.md rule 4 (closed in round 39): the rule-2 clause of the paragraph that opens the section 「区规划资源局或"
          "…第三方机构对…评审材料组织评审」 (组织＋work, round 34; 「A或B」 gives both, round 30 / round 38; 「经…委托的第三方机构」 / "
          "「被委托的第三方机构」 → 第三方机构 by the 的-rule, round 32 / round 38) gives its units to the items under it that "
          "name none; no 牵头: lead []")
REVIEW = ("RULING? 1: the review's parts （一）–（三） under the lead-in are read as its items (each a review to carry out), "
          "not as a list of contents that gives no work (round 35 / round 37); the other count is accepted")
FLOOR = ("CONVENTIONS.md round 33: a time limit with a comparison word is a target (「不少于30天公示」; 不低于／不少于 are "
         "comparison words of round 30's line)")
LIMIT = ("CONVENTIONS.md round 33: a limit counted from an event with no comparison word 「于确定之日起7个工作日内」 is the "
         "item's deadline rule, not a target; no deadline (round 34: times from an event are no deadline)")
SENDING = ("CONVENTIONS.md round 35 / round 36: a plan unit's sending to another body of the plan (区规划资源局 → 区人民政府 for "
           "its decision) is a duty, undated where no date is written; the receiving body is no unit (rule 3)")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")

AL = "aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): "


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x190_01_yangpu-2025-lishi-fengmao-baohu-xiangmu-shishi-zhuti-gongkai-linxuan-shishi-yijian.txt"
N01 = "杨浦区历史风貌保护项目实施主体公开遴选实施意见"

plan(X01,
     title=N01 + "（关于印发《" + N01 + "》的通知）",
     title_note="the opinion's own title (line 11, after the cover) or the notice title (line 1): either",
     doc_no="杨府办发〔2025〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市杨浦区人民政府办公室",
     date="2025-04-14",
     date_note="the cover is dated 2025年4月14日, as the index; in force on issue (十、附则), replacing 杨府办发〔2022〕6号",
     level="district government office (Shanghai Yangpu), an implementing opinion on the open selection of the body that "
           "carries out a historic-townscape protection project: principle, scope, the working mechanism, and the steps "
           "(scheme, notice, acceptance, review, result, land supply), each given to the district planning bureau",
     source=src("城市更新与历史保护", "关于印发《" + N01 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0077b444680b86546fe6dd04b195c6708bd5&siteId=0077", 2378),
     style="cover (title, addressees, one sentence, signature, date); the opinion's title, a preamble; ten headed points "
           "一、–十、 on heading lines over paragraphs; 二、适用范围 holds conditions 1.–4.; 七、遴选评审 a lead-in 「…组织评审，"
           "并得出评审结论，主要包括：」 over （一）–（三） heading lines each with one paragraph; ASCII brackets in 「(以下简称…)」; "
           "blank lines between all paragraphs",
     leaf_tasks=9, count_alternatives=[4, 6, 7, 8, 10, 12],
     leaf_tasks_by_section={"三、工作机制": 1, "四、制定方案": 1, "五、发布公告": 1, "六、受理和资格审核": 1, "七、遴选评审": 3,
                            "八、遴选结果": 1, "九、土地供应": 1},
     childless_top_level_sections=["一、基本原则", "二、适用范围", "十、附则"],
     samples=[
        S(["三"], [], ["区人民政府", "区规划资源局", "区滨江办"],
          note=HEADED + " (three paragraphs, one task); 「区人民政府总体负责…审议决策」 and 「区规划资源局负责组织具体公开遴选事务」 — "
               "the subject of 负责 (rule 2); 「区滨江办参与杨浦滨江区域…公开遴选工作」 — 参与 in an item with a rule-2 doer makes it "
               "responsible, as 配合 does (round 37); 「由区规划资源局、区文化旅游局、…和区滨江办等组成…工作小组（以下简称“工作小组”），"
               "开展…」 — members 「由A、B组成」 and the group the item sets up are no units (rule 3; round 35); 「工作小组成员…进行明确"
               "并开展洽谈工作」 and 「出让人应当以公开遴选方式明确实施主体」 — plain verbs (" + CLOSED + "); 「工作机制」 holds no duty "
               "word, so it is no heading that gives out work (round 37 / round 38); no 牵头: lead []; " + NODATE),
        S(["四"], ["区规划资源局"], ["区规划资源局"],
          note="「区规划资源局根据…要求，牵头制定遴选方案」 — 「A牵头」 (rule 2): lead and responsible A; 「经市规划资源局相关部门研判"
               "通过后」 — a reviewing body (rule 3, like 「经A同意」; round 36), no unit; 「报区人民政府审议」 — a sending, a duty "
               "below (" + SENDING + "); " + NODATE),
        S(["五"], [], [], [(20, "个工作日")],
          note="「区规划资源局应当及时在区人民政府门户网站、市土地交易市场网站公开发布项目遴选公告」 — 发布 (" + CLOSED + "): "
               + NONE + "; " + WORKLESS + "; 「公告期不低于20个工作日」 — " + FLOOR + " → 20个工作日; 及时 gives no date ("
               + NODATE + ")"),
        S(["六"], [], [],
          note="「工作小组各成员单位…接受…咨询，开展洽谈工作」「区规划资源局受理…申请材料…，对材料…予以审核，…并发放确认资格的通知」 "
               "— 接受 / 开展 / 受理 / 予以审核 / 发放 (" + CLOSED + "; round 41's 「…予以落实」 is for 落实 only): " + NONE + "; "
               + WORKLESS + "; 意向人 an applicant (round 30); " + NODATE),
        S(["七", "（一）"], [], ["区规划资源局", "第三方机构"],
          note=LEADIN + "; 「评审内容主要包括…」 names no body; " + REVIEW + "; " + NODATE),
        S(["八"], [], [], [(3, "个工作日")],
          note="「区规划资源局将风貌保护项目遴选情况报区人民政府审议，形成遴选结果，经…公示无异议后确定实施主体」 — 报 / 形成 / 确定 ("
               + CLOSED + "): " + NONE + "; " + WORKLESS + "; the sending is a duty below (" + SENDING + "); 「公示期不低于3个"
               "工作日」 — " + FLOOR + " → 3个工作日; " + NODATE),
        one(["九"], "区规划资源局",
            note="「区规划资源局根据区人民政府审定的遴选结果，组织实施风貌保护项目土地定向挂牌或协议出让工作」 — 组织实施 (rule 2); "
                 "「区人民政府审定的」 a body inside a noun's description (round 30), no unit; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区规划资源局牵头制定遴选方案，经市规划资源局相关部门研判通过后，报区人民政府审议", "when": "",
              "when_norm": None, "note": "四、: " + SENDING},
             {"what": "区规划资源局将风貌保护项目遴选情况报区人民政府审议", "when": "", "when_norm": None,
              "note": "八、: " + SENDING}],
     notes=["counting: the cover and the preamble no task; 一、基本原则 (a principle, 「应当遵循…的原则」: round 33, no task in a "
            "plan with units; 10 accepted with it), 二、适用范围 (scope, with conditions 1.–4. a project must meet: a general "
            "provision, round 30, and a list that gives no work, round 35) and 十、附则 (entry into force) are no tasks; 三、 "
            "四、 五、 六、 → 4; 七、 （一）–（三） → 3 (" + REVIEW + "); 八、 九、 → 2 → **9**. Accepted: 7 (七、 one task), 6 "
            "and 4 (without the points that name no unit, 五、 六、 八、: round 38–40), 8 (7 with 一、), 10 (with 一、), 12 (with "
            "一、 二、 十、: round 30, a count that includes general provisions is also accepted)",
            "units: 三、 (负责 ×2, 参与), 四、 (牵头), 七、's lead-in (组织评审, rule 4), 九、 (组织实施); the other points give "
            "the district planning bureau work with plain verbs (发布, 受理, 审核, 报) and name no unit",
            "dates: 2025年4月14日 (the signature), 2022年7月 (the repealed opinion's date); no item writes a deadline; no phases",
            "figures: 20个工作日 (五、, 不低于) and 3个工作日 (八、, 不低于) — targets; 50%以上 (二、2. / 3.) and 不得超过18公顷 "
            "(二、4.) — conditions of the projects the opinion covers (round 34: a class the rule covers; round 43: a size "
            "band that picks the class of project), in no task — not plan targets; document numbers (176号, 66号, 6号) not "
            "targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x190_02_qingpu-2025-chengzhongcun-gaizao-hezuo-danwei-jingzhengxing-zhunru-shishi-xize.txt"
N02 = "青浦区城中村改造项目合作单位竞争性准入机制实施细则"
T02 = "上海市青浦区住房保障与房屋管理局关于印发《" + N02 + "》的通知"

plan(X02,
     title=N02 + "（" + T02 + "）",
     title_note="the rules' own title (line 13, after the cover) or the notice title (line 1): either; the cover's sentence "
                "writes the title with quotes 《青浦区“城中村”改造…》",
     doc_no="青房管规〔2025〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市青浦区住房保障与房屋管理局",
     date="2025-04-03",
     date_note="the cover is dated 2025年4月3日, as the index; in force 2025年5月1日 for 5 years (第十一条)",
     level="district bureau (Shanghai Qingpu housing administration), rules on how a village collective selects the "
           "partner firm of an urban-village renewal project by competition: definitions, scope, the towns' assisting "
           "role, selection methods, the selecting body and its agent, procedure, result, termination, cancellation",
     source=src("房屋与住房", T02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00831328378&siteId=0083", 2424),
     style="cover (title, addressees 「各相关单位：」, one sentence, signature, date, 「（此件公开发布）」); the rules' title; three "
           "chapters 「第一章总则」 (no space) 「第二章  招选程序」 「第三章  附则」 (two spaces), a preamble under 第一章; eleven "
           "articles 「第N条  heading」 (two spaces) on a line of their own, text on the next lines; 第四条 a list （一）–（四） "
           "of methods, 第九条 a lead-in over three cases （一）–（三）; blank lines between all paragraphs",
     leaf_tasks=7, count_alternatives=[2, 3, 8, 10, 11],
     leaf_tasks_by_section={"第一章总则": 1, "第二章  招选程序": 6},
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第三条  职能责任"], [], ["城中村改造项目所在镇人民政府", "街道办事处", "农村集体经济组织"],
          note="「城中村改造项目所在镇人民政府或街道办事处协助农村集体经济组织，开展…前期论证、…合作单位招选、合作合同签订等工作」 — "
               "the heading 「职能责任」 names the parties' duties and gives out work (round 35: 职能分工／管理责任; round 43: 「各方"
               "责任」 reads like 职责划分): every body given work is a unit, in 「A协助B做好…」 both A and B (round 36); 「A或B」 "
               "gives both (round 38: 「A或其委托方」), the shared modifier staying with the first name (round 40); no 牵头: lead "
               "[]; " + ARTICLE + "; " + NODATE),
        A(X02, ["第五条  招选主体"], [], ["镇级农村集体经济组织", "代理机构"],
          note="「城中村改造项目所在地的镇级农村集体经济组织…作为城中村改造项目的招选主体自行开展或委托代理机构开展合作单位的招选"
               "工作」 — 「A作为…主体」 is a designation (round 32 / round 34): a doer, the name after the last 的 (round 32); "
               "「代理机构经招选主体的委托，确定招选需求，并负责编制招标文件…。并根据招选主体委托，…及时组织招选主体与中标单位签订合作"
               "合同」 — 代理机构 the subject of 负责 and of 组织＋work (rule 2; the alias is printed where it acts, round 43; the "
               "full name 「…招选代理机构（简称“代理机构”）」 is the subject of 应当具备 only); 招选主体 (a back-reference, round 34) "
               "and 中标单位 (the partner of the pivot's object, round 40) are no units; the heading 「招选主体」 read as a work "
               "heading (like 「管理主体」, round 40) gives the same two; no 牵头: lead []; " + NODATE),
        A(X02, ["第六条  合作单位基本要求"], [], ["招选主体"], lead_alternatives=[["招选主体"]],
          note=AL + "「招选主体…确定…要求」 — 招选主体, the party 第五条 designates (a role name like round 30's 「由引入主体…」, "
               "named as printed), is the subject of the article's 确定: a doer; one doer, no 牵头: lead [], the doer as lead "
               "accepted; formerly: " + "「招选主体根据项目实际，确定合作单位在资金实力、信用等级、改造经验等方面的要求」 — 确定 (" + CLOSED + "): " + NONE
               + "; " + WORKLESS + "; " + NODATE),
        A(X02, ["第七条  招选基本流程"], [], ["招选主体", "代理机构"], [(1, "名"), (66.7, "%")],
          note=AL + "「招选主体根据…选择合适的招选方式。招选主体或者代理机构应当…发布招选公告」 and 「招选主体委派至少一名代表」 — the "
               "subjects of the article's 选择／发布／委派 are doers, 「A或者B」 giving both (round 30 / round 38); 代理机构 as in "
               "第五条; 各参与方 stays a general call (Round 44: no units); no 牵头: lead []; formerly: " + "five paragraphs, one article: 「招选主体或者代理机构应当…发布招选公告」 (发布), 「招选文件应当经过…予以发布」 (no "
               "subject), 「评审或磋商小组由招选主体、…代表和评审专家组成」 (members, rule 3), 「各参与方应…依法、规范、高效实施…竞争性"
               "准入工作」 — 各参与方 read as a general call (方 names no kind of body, like 各方面, round 32) — RULING? 2: "
               + NONE + "; " + WORKLESS + "; 「招选主体委派至少一名代表」 — 至少 (round 30's line), an item's own number to "
               "appoint (round 37) → 1名; 「评审专家人数不得少于…成员总数的2/3」 — a fraction floor (不得少于 = 不少于) is a target, "
               "its value the percent to one decimal (round 43: 「三分之二以上」 → 66.7) → 66.7%; " + NODATE),
        A(X02, ["第九条  终止和重新开展招选的情形"], [], ["招选主体", "代理机构"],
          note=AL + "「招选主体或者代理机构应当终止招选活动，发布项目终止公告…，重新开展招选」 — the subjects of 终止／发布／开展 are "
               "doers, 「A或者B」 giving both (round 30 / round 38); no 牵头: lead []; formerly: " + "「出现下列情形之一的，招选主体或者代理机构应当终止招选活动，发布项目终止公告并说明原因，重新开展招选：」 over three "
               "cases （一）–（三） — an article whose items are only cases is one task (round 35); 终止 / 发布 / 开展 ("
               + CLOSED + "): " + NONE + "; " + WORKLESS + "; " + NODATE),
        A(X02, ["第十条  招选活动取消"], [], ["招选主体", "代理机构"],
          note=AL + "「招选主体或者代理机构应当终止招选活动，通知…，并将…报送区政府」 — the subjects of 终止／通知／报送 are doers, "
               "「A或者B」 giving both (round 30 / round 38); 区政府 the receiver (rule 3); no 牵头: lead []; formerly: " + "「…招选任务取消的，招选主体或者代理机构应当终止招选活动，通知所有参加招选活动的潜在合作单位，并将项目实施情况和招选任务"
               "取消原因报送区政府」 — 终止 / 通知 / 报送 (" + CLOSED + "): " + NONE + "; " + WORKLESS + "; the sending to 区政府 "
               "is a duty below (RULING? 3); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "招选主体或者代理机构将项目实施情况和招选任务取消原因报送区政府", "when": "", "when_norm": None,
              "note": "第十条: the selecting body or its agent — the bodies these rules task (第五条) — sends the project's state "
                      "and the reasons for cancelling to the district government when a selection is cancelled: read as a "
                      "sending of a body the plan tasks (round 35 / round 36: a duty, undated; round 43: only standing filings "
                      "with no date of their own stay filings) — RULING? 3 (or a regulated party's filing, round 32 / round 41: "
                      "no duty)"}],
     notes=["counting: the cover and the preamble under 第一章 no task; 第一条 (definitions), 第二条 (scope) and 第十一条 (entry "
            "into force) are general provisions (round 30: no tasks); 第四条 lists the methods （一）–（四） and gives no work "
            "(round 35: a list that gives no work; round 33: an article with no work is no task in a plan with units, a "
            "count with it accepted); 第九条's （一）–（三） are cases (one task, round 35); 第三条, 第五条–第十条 → **7**. "
            "Accepted: 8 (第四条 in), 10 / 11 (with the three general provisions, round 30; and 第四条), 2 (without the articles "
            "that name no unit, 第六–十条: round 38–40), 3 (the same, 第七条 kept — were 各参与方 a doer, RULING? 2)",
            "units: 第三条 (a heading that gives out work, 协助 with both parties), 第五条 (a designation, 负责, 组织); elsewhere "
            "招选主体 and 代理机构 act with plain verbs (确定, 发布, 签订, 终止, 报送); the issuer 区房管局 names no body in the "
            "cover but 「各相关单位」",
            "dates: 2025年4月3日 (the signature), 2025年5月1日 / 有效期5年 (entry into force, validity); no item writes a "
            "deadline; no phases",
            "figures: 至少一名 (1名) and 不得少于…2/3 (66.7%) in 第七条 — targets; 第100次常务会议 (a meeting's number), 有效期5年 "
            "(validity) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x190_03_huangpu-2025-lishi-fengmao-baohu-xiangmu-shishi-zhuti-gongkai-linxuan-caozuo-xize.txt"
N03 = "黄浦区历史风貌保护项目实施主体公开遴选操作细则"
T03 = "黄浦区人民政府关于印发《" + N03 + "》的通知"

plan(X03,
     title=N03 + "（" + T03 + "）",
     title_note="the rules' own title (lines 13 and 15, broken after 实施主体) or the notice title (line 1): either",
     doc_no="黄府规〔2025〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区人民政府",
     date="2025-02-14",
     date_note="the cover is dated 2025年2月14日, as the index; in force 2025年3月16日 to 2030年3月15日 (第十二条)",
     level="district government (Shanghai Huangpu), operating rules for the open selection of the body that carries out "
           "a historic-townscape protection project: purpose, scope, principle, mechanism and duties, and the steps "
           "(scheme, notice, application, review, decision, land supply)",
     source=src("城市更新与历史保护", T03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=720c4018-de7b-4804-8dc0-ca13adc95828&siteId=0071", 2105),
     style="cover (title, addressees, one sentence, 「特此通知。」, signature, date); the rules' title on two lines; twelve "
           "articles 「第N条 （heading）」 (a space before the bracket) on a line of their own, text on the next lines; 第二条 "
           "conditions （一）（二）; 第八条 a paragraph over （一）–（三） heading lines each with one paragraph; the ASCII angle "
           "brackets 「<…>」 inside a cited title; blank lines between all paragraphs",
     leaf_tasks=9, count_alternatives=[4, 6, 7, 8, 10, 13],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 3, "第九条": 1, "第十条": 1},
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第四条 （工作机制和职责）"], ["区规划资源局"], ["区规划土地委员会", "区规划资源局", "相关部门"],
          lead_alternatives=[[]],
          note="a heading naming 职责 gives out work (round 34 / round 38: 「X职责」): every body given work is a unit, in printed "
               "order — 「区规划土地委员会负责…审议、协调、决策及监督实施等工作」 (负责), 「区规划资源局会同相关部门组织实施遴选工作」 "
               "(「A会同B＋verb」: lead A, lead [] accepted; responsible A, B — 相关部门 a kind, round 33 / round 42); 「可以委托"
               "第三方机构组织开展具体工作」 — an option (可, round 34 / round 40): 第三方机构 no unit; " + ARTICLE + "; " + NODATE),
        A(X03, ["第五条 （制定遴选方案）"], ["区规划资源局"], ["区规划资源局"],
          note="「区规划资源局应当根据…要求，牵头制定遴选方案」 — 「A牵头」 (rule 2): lead and responsible A; 「经区规划土地委员会审议"
               "后」 — a reviewing body (rule 3, round 36); 「报区政府审批」 — a duty below (" + SENDING + "); the second "
               "paragraph 「…需招商洽谈的，区规划资源局应…发布遴选信息，…成立招商洽谈小组，…开展招商洽谈」 adds no body (plain "
               "verbs; the group it sets up is no unit, rule 3); " + NODATE),
        A(X03, ["第六条 （发布遴选公告）"], [], ["区规划资源局"], [(30, "日")], lead_alternatives=[["区规划资源局"]],
          note=AL + "「区规划资源局应在…门户网站及时公开发布遴选公告」 — the subject of the article's 发布 is a doer; one doer, no 牵头: "
               "lead [], the doer as lead accepted; formerly: " + "「区规划资源局应在黄浦区人民政府门户网站及时公开发布遴选公告」 — 发布 (" + CLOSED + "): " + NONE + "; "
               + WORKLESS + "; 「公告期一般不少于30日」 — " + FLOOR + " (一般 before a comparison word leaves it one; round "
               "40's 「一般为3-5年」 has none) → 30日; " + NODATE),
        A(X03, ["第八条 （评审）", "（一）"], [], ["区规划资源局", "第三方机构"],
          note=LEADIN.replace("the section 「区规划资源局或…第三方机构对…评审材料组织评审」",
                              "the article 「区规划资源局或被委托的第三方机构对…评审材料组织评审」")
               + "; 「设计方案评审的内容主要包括…」 names no body; " + REVIEW + "; " + NODATE),
        A(X03, ["第九条 （确定实施主体）"], [], ["区规划资源局"], not_targets=[(7, "个工作日")],
          lead_alternatives=[["区规划资源局"]],
          note=AL + "「区规划资源局按照…程序，拟定实施主体候选人，报区政府确定实施主体，并…予以公告」 — the subject of the article's "
               "拟定／报／公告 is a doer; 区政府, the receiver that decides (rule 3), is no unit; one doer, no 牵头: lead [], the doer "
               "as lead accepted; formerly: " + "「区规划资源局按照遴选方案规定的程序，拟定实施主体候选人，报区政府确定实施主体，并于确定之日起7个工作日内，在…网站予以"
               "公告」 — 拟定 / 报 / 公告 (" + CLOSED + "): " + NONE + "; " + WORKLESS + "; the sending is a duty below ("
               + SENDING + "); " + LIMIT),
        one(["第十条 （土地供应）"], "区规划资源局",
            note="「区规划资源局负责组织实施风貌保护项目的定向挂牌或协议出让工作」 — 负责 / 组织实施 (rule 2); " + NODATE,
            **art(X03, ["第十条 （土地供应）"])),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区规划资源局牵头制定遴选方案，经区规划土地委员会审议后，报区政府审批", "when": "", "when_norm": None,
              "note": "第五条: " + SENDING},
             {"what": "区规划资源局拟定实施主体候选人，报区政府确定实施主体", "when": "", "when_norm": None,
              "note": "第九条: " + SENDING + "; the publication on the portal within 7 working days is publication, no duty"}],
     notes=["counting: the cover no task; 第一条 (purpose), 第二条 (scope, with conditions （一）（二） a project must meet), "
            "第十一条 (interpretation 「本细则由黄浦区人民政府负责解释」) and 第十二条 (entry into force) are general provisions (round "
            "30: no tasks); 第三条 (a principle) no task (round 33, a plan with units); 第四条–第七条 → 4 (第七条 「申请人应当…"
            "提交书面申请材料」 an instruction to the applicants, a task with no unit: round 34 / round 38); 第八条 （一）–（三） "
            "→ 3 (" + REVIEW + "); 第九条 第十条 → 2 → **9**. Accepted: 7 (第八条 one task), 8 (第七条 out: an applicant's step, "
            "round 30), 6 and 4 (without the articles that name no unit, 第六、七、九条: round 38–40), 10 (with 第三条, round "
            "33), 13 (with the four general provisions, round 30)",
            "units: 第四条 (a heading with 职责: 负责, 会同), 第五条 (牵头), 第八条's opening paragraph (组织评审, rule 4), 第十条 "
            "(负责组织实施); elsewhere the district planning bureau acts with plain verbs (发布, 拟定, 报)",
            "dates: 2025年2月14日 (the signature), 2025年3月16日 / 2030年3月15日 (validity); no item writes a deadline; no phases",
            "figures: 不少于30日 (第六条) — a target; 7个工作日内 (第九条, a limit from an event) — not a target; 50%以上 and 不得超过"
            "18公顷 (第二条's conditions of the projects covered: a class the rule covers, round 34 / round 43) in no task — "
            "not plan targets; 176号, 〔2021〕1号 (document numbers)",
            "near twin: not one of x190_01 (another district's opinion on the same selection, different issuer, structure and "
            "wording; about 20 % of their 8-character runs are shared)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x190_04_shi-fangguanju-2024-jiugai-anzhi-zhufang-mianjiao-chengshi-jichu-sheshi-peitaofei-tongzhi.txt"
T04 = ("上海市房屋管理局关于旧区改造安置住房、旧住房成套改造项目、“城中村”改造项目免缴城市基础设施配套费的通知")

plan(X04,
     title=T04,
     title_note="line 1 (the notice prints no other title)",
     doc_no="沪房规范〔2024〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局",
     date="2024-02-27",
     date_note="the notice is dated 2024年2月27日 (no signature line printed); the index gives 2024-02-29; in force 2024年4月1日 "
               "to 2028年12月31日 (五、), replacing 沪房规范〔2020〕9号",
     level="a city bureau (Shanghai's housing administration), a notice exempting old-area resettlement housing, "
           "rebuilt old housing and urban-village projects from the city infrastructure fee: the projects exempt, the "
           "materials, the certificate, the developer's facilities, refunds",
     source=src("房屋与住房",
                "上海市房屋管理局关于旧区改造安置住房、旧住房成套改造项目、“城中村”改造项目免缴城市基础设施配套费的.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e9da5dd0980f46e4a3885ea6dbba927c&siteId=0013", 1329),
     style="the title, addressees joined by commas 「临港新片区管委会，浦东新区建设交通委，各区住房保障房屋管理局：」, a preamble "
           "ending 「…通知如下：」; five points 一、–五、 written run-in on their first line; 一、 a list of project types "
           "（一）–（三） (ending ；/。), 二、 a list of materials （一）–（四） and four unnumbered paragraphs; 三、 四、 五、 one "
           "paragraph each; the date (no signature line); blank lines between all paragraphs",
     leaf_tasks=2, count_alternatives=[1, 3, 4],
     leaf_tasks_by_section={"三、": 1, "四、": 1},
     childless_top_level_sections=["五、"],
     samples=[
        one(["三"], "开发单位",
            note="「项目按规划要求配套建设的市政、公建设施由开发单位同步建设」 — the agent of 由 with a verb of doing (rule 2; round "
                 "34: a regulated party named by a kind is a doer with a rule-2 form); 「建设单位凭房管部门出具的《…免缴证明》办理各项"
                 "相关手续」 — the builder's own step as applicant (round 30 / round 34: no unit; 办理 no rule-2 verb), 房管部门 "
                 "inside a noun's description 「房管部门出具的《…》」 (round 30) no unit; " + HEADED + "; " + NODATE),
        S(["四"], [], [],
          note="「已缴纳配套费的征收安置房在建项目，确定用于旧区改造项目安置的，办理配套费免缴手续后退还相关费用」 — no subject: "
               + NONE + "; a rule point with no subject is a task where it gives work (round 43: 退还 the fee; " + WORKLESS
               + "); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、 (the kinds of project exempt, （一）–（三）: the notice's scope, a list that "
            "gives no work — round 30 / round 35) and 二、 (the materials an applicant hands in, （一）–（四） and the further "
            "materials per kind: round 35, materials to hand in are text; the applicant's step, round 30) are no tasks; 三、 "
            "四、 → **2**; 五、 entry into force no task. Accepted: 1 (四、 out: it names no unit, round 38–40), 3 (二、 as a "
            "point that gives the applicants work, round 34 / round 38), 4 (一、 too, counted with the general provisions, "
            "round 30)",
            "units: 三、 only (由开发单位同步建设); 市旧区改造主管部门, 区发展改革委, 市住房和城乡建设管理委 (二、) issue the approvals an "
            "applicant hands in (bodies inside a noun's description, round 30); 房管部门 (三、) issues the certificate (the "
            "same); the addressees are named only in the address line",
            "dates: 2024年2月27日 (the date), 2024年4月1日 / 2028年12月31日 (validity); no item writes a deadline; no phases, "
            "no duties",
            "figures: none — 45号, 43号, 〔2020〕9号 (document numbers)"])

write_collected(DIR)

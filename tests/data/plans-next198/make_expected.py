# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next198/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 44 (built by helper c198): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 44 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next198/make_expected.py tests/data/plans-next198
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
CLOSED = ("CONVENTIONS.md round 30 clarifications (rule 2's forms are a closed list) and \"Round 44 rulings, written early\" "
          "(decided: outside rules written as articles 第X条, rule 2's closed list stands) — the plain subject of another "
          "verb (告知, 共享, 制定, 发布, 上报, 对…进行…) is not a unit")
ARTICLE44 = ("CONVENTIONS.md \"Round 44 rulings, written early\" (decided): in rules written as articles (第X条), a named body "
             "standing as the subject of the article's verb of doing is a doer whatever the verb (verbs of being or having "
             "name no doer)")
APPLICANT = ("CONVENTIONS.md round 30 / round 34: an applicant 「申请人…申报／提交／补正」 acting for itself is no unit (a "
             "policy's beneficiary, like a receiver); the body whose opinion is sought 「征询A的意见」 is no unit (rule 3, like "
             "「经A同意」)")
WORKHEAD = ("CONVENTIONS.md round 34 / round 35 / round 38: an article headed 职责分工／部门职责／「X职责」 gives out work — "
            "every body its text gives work is a unit, in printed order (the objects of 组织 given work included, round 37)")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, targets=(), note="", **kw):
    """An article (or an item of one) whose one doer is ``unit``: lead [], the doer as lead accepted."""
    return A(file, path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x198_01_shi-zhujianwei-2024-jiyou-jianzhu-gaizao-gongcheng-xiaofang-jishu-zhinan-tongzhi.txt"
COVER01 = ("CONVENTIONS.md round 39: a forwarding notice's own numbered requirements are tasks when the document it "
           "forwards is not printed (the 《指南》 is not printed here); round 34 (written early): a childless headed point "
           "that gives work — a doer or an instruction 「要…」「应当…」 to the plan's bodies — is a task")

plan(X01,
     title="关于印发《上海市既有建筑改造工程消防技术指南》的通知",
     title_note="line 1 (printed again on line 3; the guide itself is not printed)",
     doc_no="沪建质安联〔2024〕37号 (printed on line 5)",
     issuer="上海市住房和城乡建设管理委员会 (the index and the stored front matter; the preamble names the commission with "
            "市消防救援总队 as the guide's joint authors; the notice prints no signature, only the date)",
     date="2024-02-12",
     level="a city commission (Shanghai's housing and construction commission), a notice issuing a fire-safety technical "
           "guide for the renovation of existing buildings, with four points of its own: the parties' responsibilities, "
           "what the design files state and what the construction departments tell the fire brigades, publicity and "
           "feedback, entry into force",
     source=src("消防与人防", "关于印发《上海市既有建筑改造工程消防技术指南》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cd23fa61ae8140ecaefe3cc865ce46f4&siteId=0011", 1513),
     style="the title twice, the number, addressees (construction departments, special-area committees, fire brigades, "
           "「各有关单位」), a preamble ending 「现印发给你们，并将有关事项通知如下：」; four run-in points 「一、…」–「四、…」, one "
           "paragraph each, no headings; the date; blank lines between all paragraphs",
     leaf_tasks=3, count_alternatives=[4],
     leaf_tasks_by_section={"一、–三、": 3},
     childless_top_level_sections=["四、"],
     samples=[
        S(["一"], [], ["各建设、设计、施工、工程监理、技术服务等单位", "建设单位", "设计、施工、工程监理、技术服务等单位"],
          note=COVER01 + "; 「各建设、设计、施工、工程监理、技术服务等单位要…落实消防设计、施工质量责任」 — the subject of 落实 (rule "
               "2), fields sharing one head 单位 joined by 、 are one name as printed, 等 kept (round 31 / round 42), and a kind "
               "before 单位 makes a kind, not a general call (round 34); 「建设单位依法对…负首要责任」「设计、施工、工程监理、技术服务等"
               "单位依法对…负主体责任」 — designations (round 35: 「A负总责」「A负技术责任」; round 39: 「A承担…主体责任」): doers, "
               "each name as printed; 「…的从业人员…承担相应的个人责任」 — persons, no unit (round 30); no 牵头: lead []; "
               + NODATE),
        S(["二"], [], [],
          note=COVER01 + "; 「在设计文件应说明中应当明确…」 has no subject; 「市、区建设管理部门和特定地区管委会应及时将…情况…告知同级"
               "消防救援机构，并共享…资料」 — " + CLOSED + ": " + NONE + " (the sending is a duty below); 「及时」 gives no date ("
               + NODATE + ")"),
        S(["三"], [], [],
          note=COVER01 + "; 「各单位要加强…宣贯，总结…，及时汇总《指南》在执行过程中的意见和建议」 — 各单位 is a general call "
               "(round 33: 单位 is any body), and 加强／总结／汇总 are no rule-2 verbs: " + NONE + "; the gathered views are "
               "sent to no one (no duty); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市、区建设管理部门和特定地区管委会及时将既有建筑改造工程消防验收、备案（含抽查）情况和执行的标准依据及设计参数告知"
                      "同级消防救援机构", "when": "及时", "when_norm": None,
              "note": "二、: a plan body's sending to another body the notice addresses (round 35 / round 36: a duty, undated "
                      "where no date is written)"}],
     notes=["counting: " + COVER01 + "; 一、 二、 三、 → **3**; 四、 (「本《指南》自2024年3月1日起执行」, then two options 「可继续…」"
            "「可按照…执行」) is the entry into force with options, no work (round 30 general provisions; round 40: 可 is an "
            "option) — 4 accepted counting it (round 39: an entry-into-force point that also gives work is a task, a count "
            "without it accepted)",
            "units: only 一、 names doers (落实, and two designations 负…责任); 二、's bodies act with plain verbs (告知, 共享); "
            "三、 is a general call; the preamble's 「市住房城乡建设管理委联合市消防救援总队…组织有关单位进行了调查研究」 is past work "
            "in a preamble (round 40: a preamble gives units to no item)",
            "dates: 2024年3月1日 (entry into force), 2024年2月12日 (the date); 2024年版 (the guide's edition) — no item is "
            "dated, no phases",
            "figures: none — document and law titles only"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x198_02_shi-fangguanju-2023-youxiu-lishi-jianzhu-xiushan-sheji-fangan-shenpi-guanli-banfa.txt"
P02 = "上海市优秀历史建筑修缮（装修改造）设计方案审批管理办法"

plan(X02,
     title=P02 + "（上海市房屋管理局关于印发《" + P02 + "》的通知）",
     title_note="the rules' own title (line 13, after the cover) or the notice title (line 1): either",
     doc_no="沪房规范〔2023〕8号 (printed on line 5)",
     issuer="上海市房屋管理局",
     date="2023-10-31",
     date_note="the cover is dated 2023年10月31日; the index gives 2023-11-01 (the publication date)",
     level="a city bureau (Shanghai's housing administration bureau), rules in ten articles for approving the design "
           "schemes of repairs and renovations of outstanding historical buildings: scope (a 100万元 investment line "
           "between city and districts), a 职责分工 article, a seven-step approval procedure, the materials, the "
           "expert pool, supervision and archives",
     source=src("房屋与住房", "上海市房屋管理局关于印发《" + P02 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=8eeb3c796868448dac5aa4a8adcaca59&siteId=0013", 3208),
     style="cover (the notice title twice, the number, addressees 「浦东新区建设和交通委员会，各区住房保障房屋管理局：」, one "
           "paragraph, the date); the rules' title; ten articles 「第一条（目的依据）」… on heading lines (no space before the "
           "bracket) over paragraphs; 第五条 holds （一）–（七） (（三） with a second paragraph) and a closing paragraph on the "
           "approval's validity; 第六条 holds （一）（二） each over a list 「1、…」 of attachments, then two paragraphs; blank "
           "lines between all paragraphs",
     leaf_tasks=12, count_alternatives=[9, 10, 11, 13, 14],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 7, "第七条": 1, "第八条": 1, "第九条": 1},
     childless_top_level_sections=["第一条（目的依据）", "第二条（定义）", "第六条（所需材料）", "第十条（施行日期）"],
     samples=[
        A(X02, ["第三条（适用范围）"], ["各区房屋管理部门"], ["区房屋管理部门", "各区房屋管理部门", "相关部门"],
          lead_alternatives=[[]], not_targets=[(100, "万元")],
          note="a scope article that also gives work is a task (round 36 / round 40; a count without it accepted, 11): "
               "「区房屋管理部门应当征询评审专家意见」 — " + ARTICLE44 + " → 区房屋管理部门; 「具体实施办法由各区房屋管理部门会同相关部门"
               "制定」 — inside an article that gives work this is the article's work (round 41), 「由A会同B＋verb」: lead A "
               "(lead [] accepted), responsible A, B; 相关部门 a kind (round 33) and a 会同 partner named by its kind is a unit "
               "(round 42); 区房屋管理部门 and 各区房屋管理部门 kept as printed (no alias rewritten, round 32); "
               "「投资额100万元及以上的优秀历史建筑…适用本办法」「投资额低于100万元的…纳入各区属地化管理」 — a size band that decides "
               "which body reviews is a class of project, no target (round 38 / round 43) → 100万元 not a target; " + NODATE),
        A(X02, ["第四条（职责分工）"], [], ["上海市房屋管理部门", "各区房屋管理部门", "区房屋管理部门"],
          note=WORKHEAD + ": 「上海市房屋管理部门负责…」 (负责), 「各区房屋管理部门，全过程参与…，夯实属地化保护管理责任」 (a body given "
               "work under the heading), 「实行事权下放管理的相关区，由区房屋管理部门实施…审批工作」 — a scope split of the "
               "article's own work (round 34: both sides are doers), 由A实施; no 牵头: lead []; " + NODATE),
        A1(X02, ["第五条（审批流程）", "（二）"], "各区房屋管理部门",
           note="the article's items （一）–（七） are its tasks (round 37: items numbered inside an article are its items); "
                "「各区房屋管理部门核对申请人…提交的相关材料后，…退回申请人进行补正。…进行现场踏勘」 — " + ARTICLE44 + " (核对, "
                "退回: verbs of doing; the elided subject carries to 进行现场踏勘, round 34); 申请人 the object, no unit ("
                + APPLICANT + "); " + NODATE),
        A1(X02, ["第五条（审批流程）", "（四）"], "区房屋管理部门",
           note="「由区房屋管理部门对方案…进行初步审核」 — 由A＋a verb of doing (round 34) → 区房屋管理部门 (as printed, without "
                "各); 「申请人…编制完成…设计方案，并在联审平台申报」 and 「还应当征询市规划资源管理部门的意见」 — " + APPLICANT + "; "
                + NODATE),
        A(X02, ["第五条（审批流程）", "（五）"], ["市房屋管理部门"], ["市房屋管理部门", "区房屋管理部门", "相关区房屋管理部门"],
          lead_alternatives=[[]],
          note="「市房屋管理部门会同区房屋管理部门组织专家评审设计方案」 — 「A会同B＋verb」 (rule 2): lead A (lead [] accepted), "
               "responsible A, B; 「实行事权下放管理的，上述工作由相关区房屋管理部门负责落实」 — a scope split of the item's own "
               "work, not a contingency (round 34: 实行X的由A负责 — both doers), 由A负责; the name kept as printed "
               "(相关区房屋管理部门); " + NODATE),
        A(X02, ["第五条（审批流程）", "（六）"], [], [],
          note="「专家评审通过的，申请人…进行完善，重新提交设计方案…；专家评审未能通过的，申请人…补充、修改后再行评审」 — the "
               "applicant's own steps after either outcome: " + APPLICANT + ": " + NONE + "; an item of the procedure that gives "
               "the applicant its course is a task (rounds 38–40: items naming no unit in a plan with units elsewhere are tasks "
               "where they give work; the count without （一）（六）, 10, accepted); " + NODATE),
        A(X02, ["第五条（审批流程）", "（七）"], ["市房屋管理部门"], ["市房屋管理部门", "各区房屋管理部门", "相关区房屋管理部门"],
          lead_alternatives=[[]], not_targets=[(10, "个工作日"), (1, "年")],
          note="「市房屋管理部门应当会同各区房屋管理部门对相关材料进行审核，并…完成…审批，出具…批复意见」 — 「A会同B＋verb」: lead "
               "A (lead [] accepted), responsible A, B; 「实行事权下放管理的，上述工作由相关区房屋管理部门负责落实」 — as in （五）: "
               "a doer; 「在受理材料通过之日起10个工作日内完成」 — a limit counted from an event with no comparison word is the "
               "item's deadline rule, not a target, and no deadline (round 33 / round 34) → 10个工作日 not a target; the "
               "closing paragraph of the article 「批复文件有效期为1年，延期或者变更需重新办理相关手续」 is read as this last item's "
               "body (round 32: an unnumbered paragraph after the last item), and 1年 is a validity with no comparison word, no "
               "target (plans-dev 01: a validity window is no deadline either); " + NODATE),
        A(X02, ["第八条（事中事后监管）"], [], ["市房屋管理部门", "市、区各相关行业主管部门", "各区房屋管理部门"],
          note="「市房屋管理部门应当加强对…的业务指导和监督抽查」 — " + ARTICLE44 + " (加强); 「市、区各相关行业主管部门按各自职责"
               "分工实施项目后续管理」 — the subject of 实施 (rule 2), 「市、区X部门」 one name as printed (round 30); "
               "「各区房屋管理部门应当跟进项目进度，…进行检查，…及时处置」 — " + ARTICLE44 + " (跟进, 处置); no 牵头: lead []; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover forwards the rules (one plan, round 30 'two documents under one cover'; 「请遵照执行」 a cover "
            "instruction, no task); 第一条 purpose, 第二条 definitions, 第十条 entry into force and validity — general provisions "
            "(round 30), no tasks; 第三条 (scope that also gives work, round 36 / round 40) 1; 第四条 1; 第五条 （一）–（七） 7 "
            "(its closing paragraph is （七）'s body); 第六条 0 — （一）（二） each only list what the applicant uploads "
            "(round 35: materials to hand in are a list that gives no work; round 37: an item that only lists what a document "
            "must contain gives no work) and its two closing paragraphs are the applicant's own filing and an exemption "
            "(RULING? 3); 第七条 1 (「市房屋管理部门建立…专家库」, " + ARTICLE44 + "); 第八条 1; 第九条 1 → **12**. Accepted: 11 "
            "(第三条 read as scope only), 10 (第五条 （一）（六）, the applicant's own steps, out), 9 (both), 13 (第六条 as one "
            "task), 14 (第六条 （一）（二） as two)",
            "units: the two kinds of the housing departments are kept as printed (上海市房屋管理部门 / 市房屋管理部门, 各区房屋管理部门 / "
            "区房屋管理部门 / 相关区房屋管理部门, round 32: no alias rewritten); 申请人, 受托单位, 专业检测单位 (the object of the "
            "applicant's 委托) are applicants' parties, no units; 评审组织部门 in 第七条 is a payer (「纳入…财政预算」, a cost), "
            "no unit; 第九条's 「市房屋管理部门或者实行事权下放管理的区房屋管理部门应当…做好立卷归档工作」 and 「各区房屋管理部门应当督促"
            "申请人…上传…」 give 市房屋管理部门, 区房屋管理部门 (the 的-rule, round 32), 各区房屋管理部门 (" + ARTICLE44 + "; "
            "申请人 the pivot's object)",
            "dates: 2023年10月31日 (the cover), 2024年1月1日 (entry into force), 2028年12月31日 (validity) — no item is dated; "
            "10个工作日内 a time limit from an event; no phases",
            "duties: none — the applicant's uploads to 联审平台 and the 三维数字化测绘成果 「应当报送至上海市优秀历史建筑保护管理系统」 "
            "(no sender named; the projects' own filing to a system) are filings, not sendings of a plan body (round 32 / "
            "round 41)",
            "figures: 100万元 (a class line, twice), 10个工作日 (a limit from an event), 1年 (a validity) — no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x198_03_shi-guihuaziyuanju-2022-chengshi-gengxin-zhiyin.txt"
P03 = "上海市城市更新指引"

plan(X03,
     title=P03 + "（关于印发《" + P03 + "》的通知）",
     title_note="the guide's own title (line 17, after the cover) or the notice title (line 1): either",
     doc_no="沪规划资源规〔2022〕8号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市规划和自然资源局 with 上海市住房和城乡建设管理委员会, 上海市经济和信息化委员会 and 上海市商务委员会 (four "
            "signatures, one a line; the index lists 上海市规划和自然资源局)",
     date="2022-11-12",
     date_note="the cover is dated 2022年11月12日; the index gives 2022-11-21 (the publication date, also the entry into force)",
     level="four city commissions and bureaus (Shanghai), a guide in 42 articles and six chapters implementing the city "
           "renewal regulation: aims and key tasks, the duties of the city government, the city departments, the districts "
           "and the expert committee, the procedures of area renewal and of piecemeal renewal, safeguards and supervision, "
           "with an appendix of definitions",
     source=src("城市更新与历史保护", "关于印发《" + P03 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ff979992a2a047d59816fbc802031b51&siteId=0032", 9984),
     style="cover (the notice title once, addressees, one paragraph with the entry into force and validity, four signatures "
           "one a line, the date); the guide's title; six chapters 「第一章 总则」…「第六章 附则」; 42 articles 「第一条 （目的）」 "
           "(a space before the bracket) on heading lines over paragraphs; 第四条 第五条 第十一条 第十七条 hold items "
           "「（一）…」 run in, 第十三条 three item headings 「（一）更新区域的划示」 over paragraphs; 第八条 and 第九条 one paragraph "
           "per body; an appendix 「附录：」「名词解释」 of eight 「X：…」 definitions; one ASCII 「;」 (第八条) and one ASCII 「,」 "
           "(第九条) inside sentences; blank lines between all paragraphs",
     leaf_tasks=38, count_alternatives=[35, 36, 37, 40, 41, 42],
     leaf_tasks_by_section={"第一章 总则": 9, "第二章 区域更新": 13, "第三章 零星更新": 5, "第四章 保障措施": 8,
                            "第五章 监督管理": 3},
     childless_top_level_sections=["第一条 （目的）", "第二条 （指导思想）", "第三条 （适用范围）", "第四条 （总体目标）",
                                   "第六条 （城市更新方式）", "第二十九条 （规划保障）", "第三十三条 （金融支持）",
                                   "第三十四条 （税费政策）", "第四十二条 （施行日期）"],
     samples=[
        A(X03, ["第五条 （重点任务）", "（一）"], [], [],
          note="「城市更新工作应当包括以下重点任务：」 over （一）–（三） with no subject anywhere: " + NONE + "; items naming no unit "
               "that give work are tasks in a plan with units elsewhere (rounds 38–40; the count without them, 35, accepted); "
               "「中心辐射、两翼齐飞、新城发力、南北转型」 a strategy's name, no figure; " + NODATE),
        A(X03, ["第八条 （市级部门职责）"], ["市规划资源部门", "市住房城乡建设管理部门"],
          ["市规划资源部门", "市住房城乡建设管理部门", "各区", "市经济信息化部门", "市商务部门",
           "市交通、生态环境、绿化市容、水务、文化旅游、应急管理、民防、科技、民政等市政交通设施、公共服务设施相关部门",
           "市发展改革、财政、金融、税务、国资等有关部门"],
          note=WORKHEAD + ": one paragraph per department, each 「…负责…」, the last 「…在各自职责范围内，制定…，协同开展…」 (any "
               "verb of doing under the heading); 「负责牵头组建城市更新专家委员会」 and 「负责牵头制定…建设标准」 — two bodies that 牵头 "
               "different parts of one item are both its lead (round 36; round 37: a 牵头 for one part is the item's lead); "
               "「负责组织各区推进相关实施工作」 — under a work heading the object of 组织 given work is a unit (round 37) → 各区; "
               "the two lists closed by a shared head 「…等市政交通设施、公共服务设施相关部门」「市发展改革、…、国资等有关部门」 are one "
               "group each as printed (round 42: 「市发展改革、…、城管执法等部门、单位」); 市人民政府 (receives the action plan) and "
               "专家委员会 (set up by this item, round 35) are no units; " + NODATE),
        A(X03, ["第九条 （区和街镇职责）"], [], ["区人民政府", "区级部门", "街道办事处", "镇人民政府"],
          note=WORKHEAD + ": 「区人民政府（含作为市人民政府派出机构的特定地区管理委员会，下同）是推进…的主体，负责…；负责组织编制…」 — "
               "a bracket opening with 含 that widens a kind is dropped from the name (round 43, turned) → 区人民政府; "
               "「区级部门按照市级部门职责分工,协同开展…」 (a body given work under the heading); 「街道办事处、镇人民政府按照职责组织公众"
               "参与…，配合推进…」 — 组织＋work, two names by 、 (公众, the object, is the public, no unit); no 牵头: lead []; "
               + NODATE),
        A(X03, ["第十条 （专家委员会）"], ["市规划资源部门"], ["市规划资源部门", "市住房城乡建设管理部门", "专家委员会"],
          lead_alternatives=[[]],
          note="「专家委员会由…等方面的人士组成」 — members, persons (rule 3), no unit; 「具体组成办法和工作规则由市规划资源部门会同"
               "市住房城乡建设管理部门制定」 — inside an article that gives work (round 41), 「由A会同B＋verb」: lead A (lead [] "
               "accepted), responsible A, B; 「专家委员会按照工作规则，为…提供咨询意见」 — the committee was set up in 第八条 "
               "(「负责牵头组建」), and a body a plan set up earlier is a doer in later items (round 36); " + ARTICLE44
               + " (提供 with advice as object, not a cost) → 专家委员会; " + NODATE),
        A1(X03, ["第十三条 （更新行动计划的编制）", "（一）"], "区人民政府", [(1, "个街坊")],
           note="the article's lead paragraph 「区人民政府应当…组织编制更新行动计划，划示更新区域，并…明确规划设计条件、统筹主体的确定"
                "方式等内容」 is about its three items' work (划示, 规划设计条件, 确定方式): its 组织＋work doer goes to the items, "
                "which name none (rule 4; \"Round 44 rulings, written early\": a lead-in's bodies go to the items only where it is "
                "about their work); the items are the article's items (round 37), the single-task count accepted (36); "
                "「更新区域…原则上不小于一个街坊」 — 不小于 is a comparison word (round 30's line: a floor the work must meet) → "
                "1个街坊 (a Chinese numeral, as plans-dev 12 reads 「二家」); " + NODATE),
        A(X03, ["第十八条 （区域更新方案的意见征询与评审）"], [], ["统筹主体", "市、区相关部门"],
          note="「统筹主体应当与…物业权利人进行充分协商，并听取…意见，组织专家委员会专家评审」 — 组织＋work (round 34): 统筹主体 a "
               "doer (a party named by a kind, round 34), the owners it consults are liaison partners (round 38: 「与A对接」 no "
               "unit); 「市、区相关部门应当加强对统筹主体编制区域更新方案的指导」 — " + ARTICLE44 + " (加强), 「市、区X部门」 one name "
               "as printed (round 30); no 牵头: lead []; " + NODATE),
        A(X03, ["第三十五条 （产业转型升级引导）"], ["区人民政府"], ["区人民政府", "各部门"], lead_alternatives=[[]],
          note="「区人民政府应当…会同各部门分级实施相应的…政策…；应当综合采取各类措施对低效产业用地实施…分类处置」 — 「A会同B＋"
               "verb」: lead A (lead [] accepted), responsible A, B; 各部门 alone (not joined to 各地) is a kind (\"Round 44 "
               "rulings, written early\"); 「规划为产业用地的城市更新项目，应当…实施」 — a thing as subject, no unit (round 41); "
               "「鼓励通过…方式，盘活…」 names no doer (round 40); 「其他行业主管部门可以参照…推进…」 — an option (可, round 34 / "
               "round 40), no unit; " + NODATE),
        A(X03, ["第三十九条 （全生命周期管理）"], [], ["市、区人民政府", "有关部门"],
          note="「本市对城市更新项目实行全生命周期管理」 — 本市 standing alone is a place (round 43); 「市、区人民政府应当组织规划资源、"
               "住房城乡建设管理、经济信息化、商务、交通、绿化市容等部门，…在更新方案中明确…」 — 组织＋work: 市、区人民政府 a doer (one "
               "name as printed, round 30), the departments (the pivot's object, outside a work heading) no unit (round 30 / "
               "round 40); 「有关部门应当按照“谁提出、谁负责、谁监管”的原则，…依法实施监督」 — the subject of 实施 (rule 2), a kind "
               "(round 33); the slogan's 负责 is quoted, no clause; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区人民政府应当将更新行动计划报市规划资源部门；市规划资源部门会同市住房城乡建设管理等部门审查后，报市人民政府审定",
              "when": "", "when_norm": None,
              "note": "第十五条 (restating 第八条 and 第十二条): plan bodies' sendings to other bodies of the plan (round 35 / "
                      "round 36: a duty, undated where no date is written)"},
             {"what": "区域更新方案由区规划资源部门接收，报区人民政府认定并明确有效期", "when": "", "when_norm": None,
              "note": "第十九条: the district planning department's sending of the plan to the district government (round 36: a "
                      "plan body's sending to another, undated); 统筹主体报送区域更新方案 is the party's own filing for approval "
                      "(round 32 / round 37: no duty)"},
             {"what": "项目更新方案由区规划资源部门接收，报区人民政府认定并明确有效期", "when": "", "when_norm": None,
              "note": "第二十六条: as 第十九条, for piecemeal renewal; 申请人报送项目更新方案 is an applicant's filing (no duty)"}],
     notes=["counting: the cover is a forwarding notice (one plan, round 30; 「请遵照执行」 no task); the guide's 42 articles: "
            "general provisions 第一条 (purpose), 第三条 (scope), 第四十二条 (entry into force) no tasks (round 30); 第二条 "
            "(guiding thought) and 第四条 (aims; its （一）–（四） goals with no doer) sections (round 27 / round 36: a 总体目标 "
            "point that names no doer); 第六条 two definitions 「区域更新是…」「零星更新…」 (round 30: definitions) no task; "
            "第二十九条 (options 「可以…」 only), 第三十三条 (鼓励 only, round 40) — articles with no work in a plan whose tasks name "
            "units, no tasks (round 33); 第三十四条 a policy statement and 「具体细化措施由发展改革和税务部门另行制定」 — an article "
            "whose only work is such a sentence is a general provision (round 39 / round 41), no task",
            "counting, tasks: 第五条 （一）–（三） 3 (no units; rounds 38–40); 第七条–第十条 4; 第十一条 （一）（二） 2 (「建立…信息系统。"
            "城市更新信息系统的功能主要包括：（一）…（二）…」 — a list announced by 「…主要包括：」 after a work clause is the work's parts, "
            "items (\"Round 44 rulings, written early\"; the single task accepted); RULING? 2); 第十二条 1; 第十三条 （一）–（三） "
            "3 (the article's items, rule 4 gives them 区人民政府; one task accepted); 第十四条–第十六条 3; 第十七条 1 (「区域更新方案"
            "主要包括规划实施方案、利益平衡方案和全生命周期管理清单。」 then （一）–（三） saying what each part contains — round 37: items "
            "that only list what a document must contain are a list that gives no work; 3 accepted; RULING? 2); 第十八条–第二十二条 "
            "5; 第二十三条–第二十七条 5 (第二十三条 the applicants' course, no unit: a task that gives work, rounds 38–40); "
            "第二十八条 1 (a 总体要求 article that names a doer 「市、区人民政府及其有关部门应当完善…」, round 36), 第三十条–第三十二条 3, "
            "第三十五条–第三十八条 4 (第三十八条 「推动社区规划师全过程参与…」, no subject, persons: a task with no unit, round 43), "
            "第三十九条–第四十一条 3 → **38**",
            "counting, accepted: 37 (第十一条 one task), 36 (第十三条 one task), 35 (both; or the three no-unit articles 第二十三、"
            "三十、三十八条 out), 40 (第十七条 's （一）–（三） as items), 41 (第二十九、三十三、三十四条 in), 42 (第四条's four goals in). "
            "The appendix 「名词解释」 (eight definitions) is no task and no task table",
            "units not sampled, as read: 第七条 市人民政府 (a unit heading naming a standing body, round 38 / round 44; the 领导小组 "
            "and its 办公室 set up by the article are no units, round 35); 第十二条 区人民政府, 统筹主体; 第十四条 区人民政府; 第十五条 "
            "区人民政府 (做好, " + ARTICLE44 + "), 市规划资源部门 (会同, lead), 市住房城乡建设管理等部门 (round 31: one name, 等 "
            "kept); 第十六条 区人民政府, 统筹主体 (签署 in an article); 第十七条 统筹主体; 第十九条 / 第二十六条 区规划资源部门 (由A接收; "
            "the party's 报送…附具 a filing); 第二十条 控详规划组织编制主体 (由A会商B…编制: 统筹主体, the object of 会商, no unit); "
            "第二十一条 统筹主体, 实施主体 (的-rule); 第二十二条 市规划资源部门, 区人民政府 (由A或者B组织编制), 更新行动计划编制主体; "
            "第二十四条 区规划资源部门 (予以回复); 第二十七条 控详规划组织编制主体, 零星更新项目实施主体; 第二十八条 市、区人民政府, "
            "有关部门 (「及其」: two names, 其 dropped, round 34 / round 38); 第三十一条 (cases whose response is the article's "
            "work) 相关管理部门, 市规划资源部门, 实施主体, 消防部门 (会同) 市房屋管理部门; 第三十二条 (区人民政府 「安排资金…予以支持」 a payer, no unit: aligned to the Round 48 rulings, cost verbs, round 46), "
            "各区 (由A统筹安排), 市住房城乡建设管理部门 (会同) 相关部门 — 市级 「给予…资金补助」 and 「市、区人民政府应当保障…经费」 are "
            "payers (round 30 / round 35); 第三十六条 市房屋管理部门 (另行制定 inside an article of policy, round 41); 第三十七条 "
            "国有企业土地权利人, 国有企业, 国资部门; 第四十条 统筹主体, 实施主体; 第四十一条 相关部门",
            "dates: 2022年11月21日 (entry into force, twice), 2027年11月20日 (validity), 2022年11月12日 (the signature), "
            "2017—2035年 (a plan's period in a cited title) — no item is dated; no phases",
            "figures: 1个街坊 (第十三条/（一）, 不小于) the only target; 15分钟社区生活圈 (a name), 一地一策 / 一网通办 / 一网统管 "
            "(names), 两种 (a count of kinds), 第十四条 / 第十五条 … (references) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x198_04_jingan-2022-lishi-fengmao-baohu-xiangmu-shishi-zhuti-gongkai-linxuan-shishi-yijian.txt"
P04 = "静安区历史风貌保护项目实施主体公开遴选实施意见"
BUREAU = "区规划资源局"
HEADED04 = ("the 实施意见 is written as nine headed points 一、…九、 on heading lines over paragraphs, none with numbered children: a "
            "childless point whose text gives work is a task (CONVENTIONS.md round 34, written early)")
RULING1 = ("RULING? 1: these headed points are the steps of a procedure, each with its subject body, but they are not "
           "articles 第X条, so the round-44 article reading is not applied (" + CLOSED + "); the article reading (the "
           "subject of the point's verb of doing a doer) is accepted beside it")

plan(X04,
     title=P04 + "（上海市静安区人民政府关于批转区规划资源局《" + P04 + "》的通知）",
     title_note="the opinion's own title (line 11, after the cover) or the notice title (line 1): either",
     doc_no="静府发〔2022〕3号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市静安区人民政府 (forwarding the 区规划资源局's opinion, adopted by the district government's 3rd executive "
            "meeting)",
     date="2022-03-08",
     date_note="the cover is dated 2022年3月8日; the index gives 2022-03-21 (the publication date)",
     level="a district government (Shanghai Jing'an), the procedure for selecting by open competition the bodies that carry "
           "out historical-townscape protection projects: principles, aims, a working mechanism (a negotiation group of six "
           "district bodies), the steps (plan, notice, negotiation, review, land supply) and safeguards",
     source=src("城市更新与历史保护", "上海市静安区人民政府关于批转区规划资源局《" + P04 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f69e42ab-08fc-4b71-ac51-85110c3f4762&siteId=0072",
                1622),
     style="cover (the notice title, addressees, one paragraph 「…现批转给你们，请遵照执行。」, the signature, the date); the "
           "opinion's title and a preamble; nine headed points 「一、基本原则」…「九、组织保障」 on heading lines over one paragraph "
           "each (三、 two, 九、 three run-in 「领导重视，…」「部门联动，…」「政府引导，…」); blank lines between all paragraphs",
     leaf_tasks=6, count_alternatives=[7, 8, 9],
     leaf_tasks_by_section={"三、–八、": 6},
     childless_top_level_sections=["一、基本原则", "二、工作目标", "九、组织保障"],
     samples=[
        S(["三"], [], [BUREAU], lead_alternatives=[[BUREAU]],
          responsible_alternatives=[[BUREAU, "区商务委", "区投资办", "区金融办", "区文化旅游局", "区房管局"]],
          note=HEADED04 + "; 「由区规划资源局、区商务委、…、区房管局等部门组成区招商洽谈小组，负责组织开展…洽谈工作」 — members of a "
               "group the item sets up, and the group itself, are no units (rule 3; round 35); 「区规划资源局负责组织具体公开遴选"
               "工作」 — 负责 (rule 2) → 区规划资源局; 「区商务委、区投资办、区金融办、区文化旅游局、区房管局等在其职责范围内就…进行明确"
               "并开展洽谈工作」 — 进行／开展 without 组织 are no rule-2 verbs, and 工作机制 is no heading that gives out work (rounds "
               "35–39 list 职责分工…分工机制, not 工作机制): no units by it; " + RULING1 + " (the five bodies, separate heads, 等 "
               "tail dropped, round 35); " + ONE_LEAD + "; " + NODATE),
        S(["四"], [], [], lead_alternatives=[[BUREAU]], responsible_alternatives=[[BUREAU]],
          note=HEADED04 + "; 「区规划资源局应当根据…要求，制定遴选方案，上报区政府同意，并按照《实施细则》要求报市规划资源局」 — 制定 / "
               "上报 / 报: " + NONE + "; " + RULING1 + "; the two sendings are a duty below; " + NODATE),
        S(["五"], [], [], lead_alternatives=[[BUREAU]], responsible_alternatives=[[BUREAU]],
          note=HEADED04 + "; 「区规划资源局应在区政府门户网站及时、公开发布包括遴选方案在内的项目遴选信息」 — 发布: " + NONE + "; "
               + RULING1 + "; 「及时」 gives no date (" + NODATE + ")"),
        S(["六"], [], [], lead_alternatives=[["区招商洽谈小组"]], responsible_alternatives=[["区招商洽谈小组"]],
          note=HEADED04 + "; 「区招商洽谈小组对…申请人…提交材料的真实性和有效性进行核验，并就…进行洽谈遴选」 — 「A对…进行…」 without 由 "
               "names no doer (round 37: 进行 is not 实施): " + NONE + "; the group was set up in 三、, and a body a plan set up "
               "earlier would be a doer in a later item with a rule-2 form (round 36); " + RULING1 + "; 申请人 an applicant, "
               "no unit; " + NODATE),
        S(["七"], [], [BUREAU], lead_alternatives=[[BUREAU]],
          note=HEADED04 + "; 「区规划资源局按照…要求组织专家对有效申请人…进行综合评审，形成遴选结果报区政府同意后确定实施主体」 — 「A组织B"
               "＋verb」 (round 30): A a doer, the experts (the pivot's object) no unit; the sending of the result to 区政府 is a "
               "duty below; " + ONE_LEAD + "; " + NODATE),
        S(["八"], [], [BUREAU], lead_alternatives=[[BUREAU]],
          note=HEADED04 + "; 「区规划资源局根据区政府审定的遴选结果组织实施…定向挂牌、协议出让工作」 — 组织实施 (rule 2) → "
               "区规划资源局; 区政府 inside a 的-phrase describing the result is no unit (round 30); " + ONE_LEAD + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区规划资源局制定遴选方案，上报区政府同意，并按照《实施细则》要求报市规划资源局", "when": "", "when_norm": None,
              "note": "四、: the bureau's sending of its selection plan to the district government and to the city bureau "
                      "(round 35 / round 36: a plan body's sending to another body, undated where no date is written)"},
             {"what": "区规划资源局形成遴选结果报区政府同意后确定实施主体", "when": "", "when_norm": None,
              "note": "七、: the bureau's sending of the selection result to the district government (round 36: undated)"}],
     notes=["counting: the cover forwards the opinion (one plan, round 30; 「请遵照执行」 no task); the preamble no task; "
            "一、基本原则 (「应当遵循…的原则」) and 二、工作目标 (aims with no doer) are sections (round 33: a principle with no "
            "work; round 36: a childless 工作目标／基本原则 point is a section unless it names a doer); 三、–八、 → **6**; 九、组织保障 "
            "— three run-in paragraphs with no subject (「领导重视，…」「部门联动，加强协同配合，严格按照本实施意见履行职责」「政府引导，"
            "鼓励社会参与」) are the section's text (\"Round 44 rulings, written early\", decided), and the section only calls "
            "(round 39): no task. Accepted: 7 (九、 as one task), 8 (一、 二、 in), 9 (both)",
            "units: 区规划资源局 by 负责 (三、), 组织＋work (七、) and 组织实施 (八、); the points whose verbs are plain (四、 制定, "
            "五、 发布, 六、 进行) name none by the closed list (RULING? 1, the article reading accepted); 区政府 and 市规划资源局 "
            "receive and approve (rule 3)",
            "dates: 2022年3月8日 (the cover), 第3次常务会议 (a meeting's number), “十四五” / 二〇三五年 (plan names) — no item is "
            "dated; 「及时」 (五、); no phases",
            "figures: none — 沪规划资源风〔2021〕176号 a document number, 第3次 a meeting's number",
            "the same procedure in other districts is in tuned sets (x190_01 杨浦区 2025, x190_03 黄浦区 2025); this text shares "
            "18 % of its 8-character runs with x190_01 (overlap.py), below the 40 % line"])

write_collected(DIR)

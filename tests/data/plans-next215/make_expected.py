# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next215/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 46 (built by helper c215): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 46 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next215/make_expected.py tests/data/plans-next215
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "建筑设计与报建"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"
C4D = "4d8fe162809354f56275a7791649e0cdff91b1f8"
LINKS = ("; the stored file also appends a 「## 附件（官方直链）」 list of the official file links after the text, removed with "
         "the wrapper (as plans-next199 x199_04)")


def src(path, url, chars, commit=C2B, extra=""):
    """The provenance: as ``shanghai_source`` writes it, with the commit the file is stored at (not 49f4bb7…)."""
    return (f"{SHANGHAI_REPO} @ {commit}, docs/{FOLDER}/{path} (official page {url}) — {STORED_WHOLE} ({chars})"
            + extra)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ARTICLE44 = ("CONVENTIONS.md Round 44 rulings, decided: in rules written as articles (第X条) a named body standing as the "
             "subject of the article's verb of doing is a doer whatever the verb (verbs of being or having name none)")
CLOSED = ("CONVENTIONS.md round 30 / Round 44 decided: outside articles rule 2's list is closed — the plain subject of "
          "another verb (加强, 纳入, 注明, 进行…抽查 without 由: round 37) is no unit")
APPLICANT = ("an applicant or a regulated party filing or applying for itself (申请, 补办, 提交, 报送) is no unit (round 30; "
             "round 34; Round 46: 「A应…提交／报送」 in an article is a filing the article rule does not reach)")
WORKHEAD = ("CONVENTIONS.md round 32 / 34 / 35: a heading that gives out work (职责分工／管理职责／管理部门, round 40's 管理主体 "
            "list) — every body its text gives work is a unit, in printed order")
LIMIT = ("round 33: a limit counted from an event with no comparison word 「N个工作日内」 is the item's deadline rule, not a "
         "target; round 34: a time from an event is no deadline")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")
ALIAS = ("names: 「（以下简称“X”）」 is dropped from the name (round 35); a short name X printed where a body acts is given "
         "as printed (rounds 38 / 43)")


def A(file, path, lead=(), resp=(), targets=(), at=None, **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, at or path))


def one(file, path, unit, targets=(), note="", **kw):
    """An article (or an item of one) whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return A(file, path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x215_01_shi-zhujianwei-2023-jianzhu-gongcheng-shigong-xuke-guanli-guiding.txt"
P01 = "上海市建筑工程施工许可管理规定"
N01 = f"上海市住房和城乡建设管理委员会关于印发《{P01}》的通知"
FZ = "发证机关"

plan(X01,
     title=f"{P01}（{N01}）",
     title_note="the rules' own title (line 33, after the cover's 「附件：」 line) or the notice title (lines 1 and 23): either",
     doc_no="沪住建规范〔2023〕2号 (line 25; the page's field 「文件编号」 prints it 「沪住建规范〔2023〕2 号」 with a space; the "
            "stored front matter gives no number)",
     issuer="上海市住房和城乡建设管理委员会 (the page's 发布机构 and the title; the cover prints no signature, only the date)",
     date="2023-03-21",
     date_note="the cover is dated 2023年3月21日; the rules are in force from 2023年5月1日 for five years (第二十条); the stored "
               "front matter gives 2023-05 (the page's address 20230505)",
     level="one city commission (Shanghai's housing and construction commission), rules on construction permits for "
           "building works: who issues them, the applicant's conditions, the issuing bodies' steps and limits, changes, "
           "extensions, suspension and resumption, supervision, late permits, e-permits",
     source=src(f"上海市住房和城乡建设管理委员会关于印发《{P01}》的通知.md",
                "https://zjw.sh.gov.cn/gfxwj/20230505/da117f03442d4751977492c7aa5062b9.html", 4579),
     style="line 1 the title; lines 3–21 the housing commission's page fields (索取号, 载体类型, 发布机构, 文件编号 …, one a line, "
           "empty ones too); the title again, the number, the addressees, one sentence, the date; 「附件：」 and the rules' title; "
           "twenty articles 「第N条【heading】」 in square brackets, each label on its own line over its paragraphs; 第四条 and "
           "第十二条 list conditions （一）…, 第六条 three steps （一）–（三）; a sentence of 第十二条 broken over two lines "
           "(「被依法查处无施工许可证」 / 「施工的，…」); the page's closing chrome 「相关附件」 / 「相关稿件」",
     leaf_tasks=16, count_alternatives=[14, 15, 17, 22],
     samples=[
        A(X01, ["第三条【职责分工】"], [],
          ["上海市住房和城乡建设管理委员会", "上海市住房和城乡建设管理委员会行政服务中心", "区建设行政管理部门", "特定地区管委会"],
          note=WORKHEAD + "; 「A（以下简称“市住房城乡建设管理委”）负责…综合监督管理」, 「行政服务中心受市住房城乡建设管理委委托，负责…"
               "并承担…日常审批」, 「区建设行政管理部门、特定地区管委会负责…」 — A负责 (rule 2) three times; the short name is "
               "printed only as the commissioning body (round 42: 「受A委托，落实…」 — A commissions, no doer), so only the full "
               "name is given; " + ALIAS + "; no 牵头: lead []; " + NODATE),
        one(X01, ["第六条【审批程序】", "（一）"], FZ, not_targets=[(2, "个工作日")],
            note="round 37: items numbered inside an article are its items; each step gives the issuing body work "
                 "(一次性书面告知), so they are items, not a list of cases (round 35's article of cases has one consequence); "
                 "the unit comes from the lead-in 「发证机关在收到建设单位的施工许可申请后，应当按照下列程序进行：」 — " + ARTICLE44 +
                 ", given to the items that name none (rule 4, closed in round 39); 发证机关 is the name 第二条 gives 「市、区建设行政"
                 "管理部门或者特定地区管委会（以下简称“发证机关”）」, read as printed where it is printed (round 38 / 43); 二个工作日内: "
                 + LIMIT + "; " + NODATE),
        A(X01, ["第十条【中止施工、复工核验情形】"], [], ["工程质量安全监督机构", "建设单位", FZ], [(1, "年")],
          not_targets=[(1, "个月")],
          note="「工程质量安全监督机构…应当对停工措施进行抽查，符合要求后出具意见」 — " + ARTICLE44 + "; 「建设单位应当按规定组织做好"
               "施工中止期间…的维护管理工作」 — 组织＋work (round 34: a regulated party named by a kind is a doer with a rule-2 "
               "form); 「发证机关受理复工手续时，应当核验…」 — the article's own step (round 42: 「…的，由A…」 after a branch), a doer "
               "by the article rule; the builder's 报告 to the supervision body and its 申请办理 are filings and applications "
               "(" + APPLICANT + "), and a regulated party's filing is no duty (round 32); 「受监的工程质量安全监督机构」 → the name "
               "after the last 的 (round 34); 「中止施工超过一年的」 is a threshold that triggers a step with 超过 (round 30's line) "
               "→ 1年 a target; 「一个月内」: " + LIMIT + "; " + NODATE),
        A(X01, ["第十一条【监督检查】"], [], ["市、区建设行政管理部门", "特定地区管委会"],
          note="「市、区建设行政管理部门和特定地区管委会应当加强施工许可的事中事后监管」 — " + ARTICLE44 + " (as x175_04 第二十三条 is "
               "aligned); 「市、区X部门」 is one name as printed (round 30), 和 joins two names (round 34); 「建立…诚信档案」 has no "
               "subject; 「相关单位」 is a catch-all, no unit (round 33); 「按照…追究责任」 names no body; " + NODATE),
        one(X01, ["第十二条【施工许可证补办】"], FZ,
            note="「发证机关在受理之日起三个工作日内出具处理意见」 — " + ARTICLE44 + " (round 38: 出具 is a verb of doing); "
                 "「建设单位应当…及时补办施工许可证」 — " + APPLICANT + "; （一）–（三） are conditions a late permit must meet (round "
                 "35: a list that gives no work is text, not items); the article's first sentence is broken over two lines "
                 "in the stored text (「被依法查处无施工许可证」 / 「施工的，…」), kept as found; 三个工作日内 is a limit from an event; "
                 + NODATE),
        A(X01, ["第十四条【信息共享】"], [], [],
          note="「…电子证照信息按…要求进行统一归集。本市各类建设工程施工许可、开工信息应当加强互联共享，并…上传至…平台」 — an "
               "instruction whose subject is a thing (round 41: a thing as subject gives no unit) and no body (round 43: rule "
               "points with no subject are tasks where they give work); " + NONE + "; " + NODATE),
        A(X01, ["第十八条【其他规定】"], [], ["区建设行政管理部门", "特定地区管委会"], not_targets=[(100, "万元")],
          note="「具体办法由区建设行政管理部门、特定地区管委会结合所辖区域实际情况另行制定」 inside an article that also sets the "
               "district filing system 「实行所辖区域属地备案和开工信息报送制度」 — round 41: 「具体办法由A制定」 inside an article that "
               "gives work is that article's work (A a doer; round 39's general provision is an article whose only content is "
               "such a sentence); 「工程投资额在100万元以下的建筑工程」 names the class of works the sentence covers (round 34: a "
               "class the rule covers; round 43: a size band of project) → not a target; the second paragraph is 参照-like "
               "(「按照本市有关规定执行」); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: lines 3–21 the page's fields, the cover (「请遵照执行」, a cover instruction) no task; general provisions "
            "(round 30): 第一条 purpose and basis, 第二条 scope (its 100万元以上 / 300平方米以上 pick the works that need a permit: "
            "classes, not targets), 第十七条 (「…已有处理规定的，从其规定」, a reference like 参照, round 34), 第十九条 "
            "interpretation, 第二十条 entry into force; 第十六条 is only an applicant's option 「建设单位可凭…申请办理…」 (round 34: "
            "an option is no assignment; x174_02 leaves such an article out) — no task. Tasks: 第三、四、五条 (第四条 the "
            "applicant's conditions: its （一）–（六） a list that gives no work, the article one task, as x175_04 counts its "
            "materials articles), 第六条 （一）–（三） → 3, 第七–十五条 → 9, 第十八条 → 3 + 3 + 9 + 1 = **16**. Accepted: 14 "
            "(第六条 one task), 15 (第六条 one, 第十六条 in), 17 (第十六条 in), 22 (every article, 第六条 one task: 20 + 2)",
            "units: the 职责分工 article (第三条); the issuing bodies' steps by the article rule (第六、八、十、十二条); 第十一条's "
            "supervisors; 第十八条's 由A制定. The builder (建设单位) acts as an applicant or a regulated party by filing verbs "
            "(申请, 提交, 报告, 补办, 公示, 开工) everywhere except 第十条's 组织做好; 第七条 (公示) and 第九条 (开工, 申请延期) are not "
            "sampled for that reason (a regulated party's own statutory duty, round 41)",
            "dates: 2023年3月21日 (cover), 2023年5月1日 and 有效期五年 (entry into force, validity); every other time is a limit "
            "from an event (二个／三个／十五个工作日内, 三个月内, 一个月内): no deadlines, no phases, no duties (the builder's reports "
            "to the supervision body are a regulated party's filings, round 32 / 41)",
            "figures: target 超过一年 (第十条, a trigger); 「每次不超过三个月」 (第九条) would be a target by round 30's line (not "
            "sampled); not targets 100万元 / 300平方米 (classes), the limits from events, document and page numbers"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x215_02_shi-zhujianwei-2021-kancha-sheji-xiangmu-fuzeren-zhiliang-weifa-jifen-guanli-banfa.txt"
P02 = "上海市建设工程勘察设计单位项目主要负责人工程质量违法违规行为记分管理办法"
N02 = f"上海市住房和城乡建设管理委员会关于印发《{P02}》的通知"
ZX = "市勘察设计管理中心"
QU = "各区、特定地区管委会建设行政管理部门"
AQ = "建设工程质量安全监督机构"

plan(X02,
     title=f"{P02}（{N02}）",
     title_note="the rules' own title (line 33, after the cover's date) or the notice title (lines 1 and 23): either",
     doc_no="沪住建规范〔2021〕9号 (line 25; the page field prints 「沪住建规范〔2021〕9 号」 with a space)",
     issuer="上海市住房和城乡建设管理委员会 (passed by its 2021年第5次主任办公会议; no signature, only the date)",
     date="2021-06-28",
     date_note="the cover is dated 二○二一年六月二十八日 (the page's address 20210930, the stored front matter 2021-09); the "
               "rules run from 2021年6月1日 to 2026年5月31日 (第十二条)",
     level="one city commission (Shanghai's housing and construction commission), rules for scoring quality violations of "
           "the project heads of survey and design firms: the bodies that score, the firms' own quality system, the scoring "
           "system, points and cycle, how points are entered and contested, what follows at 12 / 20 / 30 points, how "
           "supervisors pass on their findings",
     source=src("上海市住房和城乡建设管理委员会关于印发《上海市建设工程勘察设计单位项目主要负责人工程质量违法违规行为.md",
                "https://zjw.sh.gov.cn/gfxwj/20210930/0ed5658e5dd24edba5ad53b479359436.html", 3742),
     style="line 1 the title; lines 3–21 the page's fields; the title again, the number, the addressees, one sentence, "
           "「特此通知。」, the date in Chinese numerals 「二○二一年六月二十八日」; the rules' title with no 附件 line; twelve "
           "articles 「第N条（heading）」 each on its own line; 第四条 three unnumbered paragraphs of persons' qualifications; "
           "第八条 （一）–（五） each opening 「在一个记分周期内…」 (（一）–（四）) ; an 附件： list of six forms (not printed) and the "
           "page's closing chrome",
     leaf_tasks=9, count_alternatives=[7, 8, 10, 11, 12],
     samples=[
        A(X02, ["第三条（管理部门）"], [],
          ["上海市住房和城乡建设管理委员会", "上海市建设工程勘察设计管理事务中心", AQ, QU],
          note="round 40: 「管理部门」 is a heading that gives out work (like 管理主体／管理职责); " + WORKHEAD + "; 「A负责…综合监督"
               "管理」, 「B…具体负责…记分管理工作」, 「C，以及D按照职责分工，负责…」 — A负责 (rule 2); " + ALIAS + "; 「本市建设工程质量"
               "安全监督机构」 → 本市 dropped (round 41); 「各区、特定地区管委会建设行政管理部门」 — fields joined by 、 before one "
               "head noun are one name as printed (round 31, like 「市、区X部门」); 以及 joins two names; no 牵头: lead []; " + NODATE),
        one(X02, ["第五条（信息系统）"], "市建设行政管理部门",
            note="「市建设行政管理部门建立全市统一的…记分管理系统…，并对具体实施部门开展业务指导、检查和监督」 — " + ARTICLE44 +
                 "; 具体实施部门, the object guided, is no unit (rule 3: a body only guided); 「勘察设计负责人及所在单位可…查询」 — "
                 "persons and an option (round 30 / 34); " + NODATE),
        one(X02, ["第七条（记分方式和异议处理）"], "记分单位", not_targets=[(15, "个工作日"), (10, "个工作日")],
            note="「记分单位应在确认…后15个工作日内将违法违规情况录入记分管理系统实施记分」 and 「记分单位应于10个工作日内完成对记分事项"
                 "的复核，并…出具…」 — " + ARTICLE44 + " (实施 is also rule 2's verb); 记分单位 is a kind of body (round 34: a kind "
                 "before 单位 makes a kind, not the bare 各单位 catch-all); the person 勘察设计负责人 who 「可…提出复核申请」 is a "
                 "person and an option (no unit); 15 / 10 个工作日内: " + LIMIT + "; " + NODATE),
        one(X02, ["第八条（记分处理）", "（一）"], ZX, [(12, "分"), (20, "分")],
            note="「在一个记分周期内累计被记分值达到12分不足20分时，市勘察设计管理中心应向其出具…黄牌警示单…，对其进行约谈…」 — "
                 + ARTICLE44 + " (出具, 约谈; round 38: 出具 is a verb of doing); the name given by 「（以下简称市勘察设计管理中心）」 in "
                 "第三条 is read as printed (round 38 / 43); 「参加由市建设行政主管部门组织的…学习」 — a body inside a noun's description "
                 "(round 30), no unit; 达到12分 / 不足20分 — a band of points with comparison words (达到, round 30; 不足, round 32) "
                 "that triggers the item's steps → targets (round 36: a count that triggers a step is a target), read as a "
                 "trigger, not a grade band 「…为优秀」 (round 32) nor a penalty's scale (the points are what the breach has "
                 "cost; the item's work is what follows) — RULING? 1; the item's four 「（一）–（四）」 all open 「在一个记分周期内」: "
                 "bound by the number; " + NODATE),
        one(X02, ["第八条（记分处理）", "（三）"], ZX, [(30, "分")],
            note="「…累计被记分值达到30分时，除进行上述处理外，市勘察设计管理中心根据违法违规情况建议勘察设计单位撤换项目主要负责人」 — "
                 + ARTICLE44 + " (建议 a verb of doing); 勘察设计单位, the object advised, is no unit; 达到30分 → a target as in "
                 "（一） (RULING? 1); " + NODATE),
        A(X02, ["第九条（部门联动）"], [], [],
          note="「本市建设工程质量安全监督机构，以及各区、特定地区管委会建设行政管理部门日常监管工作中对…进行处理的，应将处理信息及时"
               "汇总至市勘察设计管理中心…」 — the article's verb is a sending of information to another body of the plan: "
               "Round 46 (turned): the article rule does not reach a filing 「应…提交／报送」, and 「由A向B提供／提交…」 is a filing "
               "with no doer (round 39); 进行处理 stands in the 的-clause that picks the cases; the sending is the plan's "
               "duty (round 35: a plan unit's sending to another body of the plan is a duty), undated (及时); " + NONE + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各监督机构和区建设行政管理部门将对勘察设计负责人违法违规行为的处理信息及时汇总至市勘察设计管理中心（部门联动）",
              "when": "及时", "when_norm": None}],
     notes=["counting: lines 3–21 the page's fields and the cover no task; general provisions (round 30): 第一条 purpose, "
            "第二条 scope and definitions, 第十一条 interpretation, 第十二条 validity; 第六条 states the scheme's points and cycle "
            "with no doer and no 应 (Round 46: formula and cycle points give no work, no tasks; round 33). Tasks: 第三、四、五、"
            "七条 → 4; 第八条 （一）–（三） → 3, its （四）（五） terms of the scheme with no doer and no 应 (「记分予以清除」「相关不良信息"
            "作为…依据」: Round 46, no tasks); 第九、十条 → 2; **9**. Accepted: 7 (第八条 one task), 8 (第四条 out: mostly the "
            "qualifications of persons, round 45 / 46 persons' duties), 10 (第六条 in), 11 (第八条 （一）–（五）), 12 (both)",
            "units: 第三条's 管理部门 heading; the scoring body's steps by the article rule (第五、七、八条); 第四条 gives the "
            "survey and design firms and their project heads (persons) plain duties (建立健全, 配备; 签署, 担任) — not sampled; "
            "第十条 「由所在单位或者上级主管部门依法给予行政处分」 answers the cases of staff misconduct (round 34: an item whose every "
            "clause is the response to its cases takes the agent of 由) — not sampled (所在单位 / 上级主管部门 are names by relation)",
            "dates: 二○二一年六月二十八日 (cover), 2021年6月1日–2026年5月31日 (validity), the scoring cycle 「每年1月1日至12月31日」 "
            "(a standing cycle, no deadline: round 34's recurring dates); limits from events (15 / 10 个工作日内): no deadlines, "
            "no phases",
            "figures: targets 12分 / 20分 / 30分 (第八条, triggers, RULING? 1); not targets the limits from events; 12分、6分、3分、"
            "2分、1分 in 第六条 are the scheme's point values in an article that is no task (not checked); 「最高扣分分值不封顶」 has no "
            "figure"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x215_03_shi-zhujianwei-2023-haimian-chengshi-shigongtu-shencha-jungong-yanshou-guanli-tongzhi.txt"
N03 = "上海市住房和城乡建设管理委员会关于进一步加强本市建设工程海绵城市施工图设计审查和竣工验收管理的有关通知"
SCJG = "施工图审查机构"
R03_2 = ["市住房城乡建设管理委", "市建设工程勘察设计管理事务中心", "区建设管理部门", "特定地区管委会", "市建设工程安全质量监督总站",
         "各区建设管理部门", "机构"]

plan(X03,
     title=N03,
     title_note="line 1 and line 16 print the same title",
     doc_no="沪建综规〔2023〕374号 (line 17; the page field and the stored front matter print 「沪建综规〔2023〕374 号」 with a space)",
     issuer="上海市住房和城乡建设管理委员会 (the title and the page's 发布机构; no signature, only the date)",
     date="2023-07-20",
     date_note="the notice is dated 2023年7月20日 and in force 「自发布之日起」; the page's address and the front matter give "
               "2023-09-26 (publication)",
     level="one city commission (Shanghai's housing and construction commission), a notice on reviewing sponge-city "
           "drawings and accepting sponge-city works: scope, the division of duties among the commission and its centres "
           "and the district departments, the duties of the builder, designer, contractor and supervisor, what to submit, "
           "what the reviewers check, acceptance, supervision",
     source=src(f"{N03}.md", "https://zjw.sh.gov.cn/jsgl/20230926/94425200d6e446e1968a4514afc19c7f.html", 4758, C4D,
                LINKS),
     style="line 1 the title; lines 2–15 the page's fields one a line with no blank lines (empty fields have no value "
           "line); the title again, the number, the addressees, a preamble, all with no blank lines; ten headed points "
           "一、–十、 each on its own line, most childless over one to four paragraphs, 四、五、八、 over items （一）…; the "
           "date after an 附件： list (two files, not printed) and the page's closing chrome (相关附件, 收藏, 打印本页, 关闭窗口)",
     leaf_tasks=9, count_alternatives=[7, 8, 10, 13],
     leaf_tasks_by_section={"二、职责分工": 1, "三、参建各方责任": 1, "五、海绵城市施工图审查要求": 3,
                            "六、海绵城市施工图审查结论": 1, "七、海绵城市竣工验收要求": 1, "八、综合验收环节海绵城市验收要求": 1,
                            "九、事中事后监管": 1},
     childless_top_level_sections=["一、适用范围", "十、其他"],
     samples=[
        S(["二"], [], R03_2,
          responsible_alternatives=[[x for x in R03_2 if x != "区建设管理部门"], [x for x in R03_2 if x != "机构"],
                                    [x for x in R03_2 if x not in ("区建设管理部门", "机构")]],
          note="a childless point of four unit paragraphs under 「职责分工」 (round 32: one task, its units all the paragraphs' "
               "bodies in printed order; round 35: a heading that gives out work); 「市住房城乡建设管理委是…综合协调和监督管理部门」 — a "
               "designation (round 37: 「A为…的主管部门」); 「A（以下简称“市勘察设计管理中心”）受市住房城乡建设管理委委托，…具体负责…，对区"
               "建设管理部门及特定地区管委会的…工作进行指导」 — A负责; under a work heading the bodies whose work A guides are given "
               "as units (round 35: 「A指导B开展…」 under it gives A and B); 市建设工程安全质量监督总站 likewise; 「各区建设管理部门及特定"
               "地区管委会或其委托的机构（以下简称“区级建设管理部门”）」 — 及 and 或 join names, 「其委托的机构」 gives 机构 (round 38: "
               "「A或其委托方」 gives A and 委托方, 「所委托的机构」 gives 机构; 其 dropped), the 以下简称 dropped (round 35); 特定地区管委会 is "
               "printed in both paragraphs and counted once — RULING? 2 (whether the bodies A guides and 「其委托的机构」 are units "
               "here: the readings without them are accepted); no 牵头: lead []; " + NODATE),
        S(["三"], [], ["建设单位", "设计、施工、监理等单位", "设计单位", "施工单位", "监理单位"],
          responsible_alternatives=[["建设单位", "设计单位", "施工单位", "监理单位"]],
          note="a childless headed point (round 34 early) under 「参建各方责任」 — round 43: 「各方责任」 is a heading that gives out "
               "work (read like 职责划分): each paragraph's party is a unit; 「建设单位对…负首要责任」 — a designation (round 35: "
               "「A负总责」), 设计单位 「对设计质量负责」 (A负责), 施工单位 (its paragraph's duties), 监理单位 「承担监理责任」 (round 39: "
               "A承担…责任 designates); 「督促设计、施工、监理等单位全面落实」 — under a work heading the objects of 督促 given work are "
               "units (rounds 37 / 38), and fields sharing one head with 等 are one name as printed (round 31: 「人事、卫生等部门」); "
               "the reading without that group is accepted; 「向施工单位进行交底」 names a receiver; no 牵头: lead []; " + NODATE),
        S(["五", "（一）"], [], [SCJG], lead_alternatives=[[SCJG]],
            note="round 44: a list announced after a work clause (「施工图审查机构应当对海绵城市施工图审查下列内容，并对审查质量负责，承担审查"
                 "责任：」) is the work's parts — items, each taking the lead-in's body (rule 4); the lead-in's 施工图审查机构 is a "
                 "doer by A负责 and 承担…责任 (rule 2; round 39); the item's 「如有调整应经原批复部门同意」 names an approver (rule 3: "
                 "经A同意), 主管部门 only in a noun (「主管部门批复意见」); the single-task count for 五、 is accepted; " + ONE_LEAD
                 + "; " + NODATE),
        S(["五", "（三）"], [], [SCJG], lead_alternatives=[[SCJG]],
          note="as 五/（一） (round 44's list after a work clause, rule 4: the lead-in's 施工图审查机构); the standard numbers "
               "GB55027-2022 / GB55020-2021 are no targets; " + ONE_LEAD + "; " + NODATE),
        S(["六"], [], [],
          note="a childless headed point that gives work by 应 with no rule-2 doer (round 34 early: a task): 「应在审图合格证附表内"
               "注明…」 (no subject), 「审查机构不得出具…」 (a prohibition, no rule-2 verb), 「确需修改的，…应按本《通知》第三条要求重新送原"
               "审查机构审查」 (a case, rule 3; 原审查机构 a receiver); " + NONE + "; " + NODATE),
        S(["七"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          note="「建设单位应组织施工单位、监理单位开展海绵城市建设质量安全检查」 — A组织B＋verb: A a doer, B (the objects of 组织) "
               "no units (round 30); 「建设单位组织勘察、设计、施工、监理单位开展竣工验收时，应…」 and 「建设单位组织编制竣工验收报告时应…」 "
               "— 组织 inside a 「…时」 clause is not the item's verb (round 38), the same body anyway; 「各参建单位应…纳入…」 (纳入, "
               "no rule-2 verb) and 「市安质监总站或区级建设管理部门应加强…日常监督检查」 (加强): " + CLOSED + "; a regulated party "
               "named by a kind is a doer with a rule-2 form (round 34); " + ONE_LEAD + "; " + NODATE),
        S(["九"], [], [],
          note="「市勘察设计管理中心和区级建设管理部门应结合日常勘察设计质量检查对…海绵城市设计质量进行抽查」 — round 37: 「A对…进行审批"
               "／监督抽查」 without 由 names no doer (进行 is not 实施); 「市安质监总站和区级建设管理部门应加强对…的监督检查」 — 加强: "
               + CLOSED + "; 「如发现违法违规行为，应依据…予以处理」「…的，依法予以行政处罚…」 have no subject; " + NONE + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the page's fields and the preamble no task; 一、适用范围 a scope point (round 30: general provision); "
            "二、 and 三、 childless points that give work → 1 each (round 32 / 34 early); 四、 is the builder's list of materials to "
            "submit 「应同步提交…下列资料」 (round 35 / 45: an applicant's materials list is no task) → 0; 五、 「…审查下列内容」 "
            "（一）–（三） → 3 (round 44); 六、七、九、 childless points that give work → 3; 八、 one task (its （一）–（三） the "
            "builder's materials for 综合验收, text; its work 「…应加强对…竣工验收监督」); 十、其他 entry into force and "
            "interpretation (general) → **9**. Accepted: 7 (五、 one task), 8 (五、 one task, 四、 one task), 10 (四、 one task), "
            "13 (四、 as four items)",
            "units: the 职责分工 point (二、, RULING? 2), the 参建各方责任 point (三、), the lead-in of 五、 (rule 4), 七、's 组织; "
            "elsewhere the bodies act by plain verbs outside articles (加强, 进行…抽查, 纳入, 注明: the closed list)",
            "dates: 2023年7月20日 (the date), 「自发布之日起」 (entry into force); the document numbers' years and the standards' "
            "years (GB55027-2022, GB55020-2021, GB50300-2013, 沪住建规范联〔2018〕10号) date nothing; no deadlines, phases or duties "
            "(七、's 竣工验收报告 is a builder's own record, not a sending)",
            "figures: none to check — 年径流总量控制率 and the like are named without figures; standard and document numbers are "
            "no targets",
            "overlap: 29 % of this text's 8-character runs are shared with plans-next165 x165_03 (嘉定's 2024 sponge-city "
            "working guide, which cites this notice 沪建综规〔2023〕374号 and repeats parts of its wording): below the brief's "
            "40 %, another document, kept"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x215_04_shi-zhujianwei-2021-kancha-sheji-qiye-xinyong-pingjia-guanli-banfa.txt"
P04 = "上海市在沪建设工程勘察设计企业信用评价管理办法（试行）"
N04 = f"关于印发《{P04}》的通知"
WEI = "市住房城乡建设管理委"
R04_2 = ["上海市住房和城乡建设管理委员会", "上海市住房和城乡建设管理委员会行政服务中心", "上海市建设工程勘察设计管理事务中心",
         "上海市建设工程安全质量监督总站", "上海市建筑建材业市场管理总站", "委行政服务中心", "区建设行政管理部门", "特定地区管理委员会",
         "交通、民防、绿化、水务等专业建设管理部门"]

plan(X04,
     title=f"{P04}（{N04}）",
     title_note="the rules' own title (line 33) or the notice title (line 1; line 25 prints it with a space 「…勘察设计企业 "
                "信用评价…」 after the issuer's line 「上海市住房和城乡建设管理委员会」): either",
     doc_no="沪住建规范〔2021〕11号 (line 21; the page field prints 「沪住建规范〔2021〕11 号」 with a space)",
     issuer="上海市住房和城乡建设管理委员会 (the issuer's line above the notice title; no signature, only the date)",
     date="2021-10-21",
     date_note="the cover is dated 2021年10月21日 (the page's address 20211104, the stored front matter 2021-11); the rules "
               "run from 2021年12月1日 to 2023年11月30日 (第二十条)",
     level="one city commission (Shanghai's housing and construction commission), trial rules for rating the credit of "
           "survey and design firms working in Shanghai: the bodies that manage, record and publish, what is rated, who "
           "enters which information, checks of entries, objections, how ratings are used and shared",
     source=src(f"{N04}.md", "https://zjw.sh.gov.cn/gfxwj/20211104/fb267dd987094e008e7c4e7f65234274.html", 4536),
     style="line 1 the title; lines 3–19 the page's fields; the number, the issuer's line, the notice title (with a space "
           "inside the book title), the addressees, one sentence, the date; the rules' title; twenty articles "
           "「第N条（heading）text」 with the heading and the first paragraph on one line; 第五条's four sub-headings （一）–（四） "
           "each over a paragraph; ASCII brackets in 「(以下简称市勘察设计管理中心)」; a space in 「之日起 15个工作日内」; the page's "
           "closing chrome 「相关稿件」",
     leaf_tasks=13, count_alternatives=[12, 17, 20],
     samples=[
        A(X04, ["第二条（管理职责）"], [], R04_2,
          note=WORKHEAD + " (round 38: 「管理职责」); 「A负责…」 four times and 「…按照职责分工，负责…」 — A负责 (rule 2); " + ALIAS +
               ": 「委行政服务中心」 is the short name of the 行政服务中心 and is printed acting in the second paragraph, so both "
               "names are given (round 43: a full name and its 以下简称 both acting in one item); 「(以下简称市勘察设计管理中心)」 "
               "with ASCII brackets dropped the same way; 「交通、民防、绿化、水务等专业建设管理部门」 — fields sharing one head are "
               "one name as printed, 等 kept inside it (round 31); 「特定地区管理委员会」 as printed; no 牵头: lead []; " + NODATE),
        one(X04, ["第三条（定义）"], WEI,
            note="an article headed 定义 whose third paragraph gives work: 「市住房城乡建设管理委定期对…的信用评价和应用情况进行评估，"
                 "定期调整并公布《信用评价标准》」 — " + ARTICLE44 + "; round 30: an article in 总则 that gives work to a body is a "
                 "task (its two definitions alone would be a general provision; the count without it is accepted); 定期 is a "
                 "rhythm of review, no deadline and no sending; 「每日自动计算」 a system's rhythm; " + NODATE),
        A(X04, ["第六条（工程业绩信息）"], [], [],
          note="「工程业绩信息，由对应在沪建设工程勘察设计企业…通过建管平台如实报送，经与相关管理部门监管系统比对后纳入信用评价」 — a "
               "regulated party's filing (round 37: 「由项目实施单位向联席会议报送决算」 is an applicant's filing, no unit; Round 46: "
               "「由A向B提供／提交…」 is a filing with no doer); 比对 and 纳入 have no subject; " + NONE + "; " + NODATE),
        A(X04, ["第九条（不良信用信息）"], [], ["各相关部门"], lead_alternatives=[["各相关部门"]], not_targets=[(15, "天")],
          note="「行政处理信息及其他记录信息，由各相关部门按照职责分工在日常监管中生成并录入建管平台」 — 由A＋a verb of doing (rule 2; "
               "round 34); 相关部门 is a kind (round 33), 各 kept as printed; 「由对应在沪…企业在…送达15天内通过建管平台报送相关文书」 — "
               "a regulated party's filing (round 37 / Round 46), no unit; 「通过系统自动归集」 no body; 15天内: " + LIMIT + "; "
               + ONE_LEAD + "; " + NODATE),
        one(X04, ["第十一条（信息公开）"], WEI,
            note="「市住房城乡建设管理委应当在官方门户网站上公开并适时更新…信用评价结果，并按规定公开…」 — " + ARTICLE44 + "; the "
                 "short name given in 第二条 is read as printed (round 38 / 43); 适时 is no date; " + NODATE),
        A(X04, ["第十二条（异议处理）"], ["委行政服务中心"], ["委行政服务中心", "信用信息记录部门", "各信用信息记录部门"],
          lead_alternatives=[[]], not_targets=[(10, "个工作日")],
          note="「委行政服务中心在收到申请后10个工作日内，会同信用信息记录部门完成核实工作并书面回复」 — 「A会同B＋verb」: lead A (lead "
               "[] accepted), responsible A, B (rule 2); 「各信用信息记录部门…配合做好异议协调处理工作」 — 配合 in an item that has a "
               "rule-2 doer makes the partner responsible (round 34), printed with 各 (names as printed); the firm that 「可向…"
               "提出书面异议申请」 is an applicant with an option (round 30 / 34); 10个工作日内: " + LIMIT + "; " + NODATE),
        A(X04, ["第十四条（分类管理）"], [], ["建设行政管理部门", "专业建设管理部门", "特定地区管理委员会"], [(85, "分"), (65, "分")],
          note="「建设行政管理部门、专业建设管理部门和特定地区管理委员会应当根据…结果，实行守信激励和失信惩戒的差别化分类管理」 — "
               + ARTICLE44 + "; 「对信用评价85分及以上的企业，…应当给予…激励措施」「对信用评价65分以下的企业，应当…实行限制…」 — "
               "thresholds with comparison words (及以上, 以下) that pick the objects of the work (round 30's line) → targets; "
               "read as thresholds, not a grade band (round 32's 「得分90分以上为优秀」 names a grade; no grade is named here) — "
               "RULING? 3; " + NODATE),
        A(X04, ["第十六条（区域信用一体化）"], [], [],
          note="「按照国家…部署，积极探索实现长三角区域内…信用信息的互联互通…，统一信用评价标准，逐步推动信用评价结果互认」 — work "
               "with no subject (round 43: rule points with no subject are tasks where they give work); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the page's fields and the cover no task; general provisions (round 30): 第一条 purpose, 第十九条 "
            "interpretation, 第二十条 validity; 第四条 (principles, round 33), 第五条 (what the rated information comprises: four "
            "sub-headed kinds that give no work, round 35 / 37), 第七条 (「本市鼓励…」 and an award of points with no body: "
            "x174_02 leaves 「鼓励和支持…」 out), 第十八条 (a statement, no body, no work) no tasks. Tasks: 第二、三、六、八–十七条 → "
            "**13**. Accepted: 12 (第三条 a definitions article), 17 (第四、五、七、十八条 in), 20 (and 第五条's （一）–（四） as items)",
            "units: the 管理职责 article; 第三、十一条 by the article rule; 第九条 由A录入; 第十二条 会同 and 配合; 第十四条 by the "
            "article rule. Not sampled: 第八条 (相关行业协会 entering award data within 15个工作日: a filing to the platform), "
            "第十条 (eight bodies by 由A负责, A负责, the article rule and 责令 — too many readings at once), 第十三条 (招标人, a "
            "regulated party), 第十五条 (相关行业协会 with 应用, and 85分 / 65分 again), 第十七条 (the commission 推送 ratings to "
            "the departments through a platform: data sharing, read as no report and no duty)",
            "dates: 2021年10月21日 (cover), 2021年12月1日–2023年11月30日 (validity), 当年度 (the awards' year); 定期, 每日, 适时 "
            "rhythms of review; limits from events (15个工作日内, 15天内, 10个工作日内): no deadlines, phases or duties",
            "figures: targets 85分 / 65分 (第十四条, RULING? 3; 第十五条 repeats them); not targets the limits from events, "
            "「A级和B级」 (grades), document numbers"])

write_collected(DIR)

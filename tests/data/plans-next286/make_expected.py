# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next286/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 57 (built by helper c286): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``); every answer
was written here by reading the texts, with ../CONVENTIONS.md (its head, and "Round 64 rulings" to "Round 68 rulings …
continued" in full) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next286/make_expected.py tests/data/plans-next286
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C05 = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for index/05's stored files (x286_01–03)
C05B = "4d8fe162809354f56275a7791649e0cdff91b1f8"    # the commit read_file gave for x286_04's stored file (and the index's)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title) and, "
          "where named, the official page's chrome the extraction kept; copied by hand from the tool's answer into the "
          "file; the stored file as typed (wrapper + text) had the character count read_file gives")


def src(commit, path, url, chars, chrome=""):
    return (f"{REPO} @ {commit}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars})"
            + (f"; page chrome removed: {chrome}" if chrome else ""))


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list; round 63 (x268_02): outside 第X条 articles the closed "
          "list stands; round 45's article reading (the subjects of any verb of doing) is listed as an accepted "
          "alternative (`responsible_alternatives`) for these headed points of an 实施办法 that read like rules")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), round 62 (p52c), round 68 (x52_02): in 第X条 articles a body named as the subject of the "
           "article's verb of doing is a doer whatever the verb; applying, filing or reporting on itself, paying, options "
           "(可) and a review of a submission with the decision on it name none (rounds 47 q44c, 48, 51 p47c, 57, 67's "
           "x280_01, 68's x274_04)")
REVIEW = ("round 67 (x280_01 第十条) and round 68 (x274_04 第十二条): a review of a submission and the decision on it name "
          "none, in articles too; round 44's any verb of doing gives way to it")
WORK = ("round 55's x248_03 第八条, round 63's x270_01 第九条 / x273_01: 应当／应 with its act gives work though no unit is "
        "named — a task naming no unit")
LIMIT = ("a time counted from an event 「…之日起N个工作日内」「…后N日内」 is neither a target nor a deadline (rounds 33, 34, 54; "
         "round 65's x275_05: 内 alone; only 以内／之内 or another comparison word makes it a target)")
RHYTHM = "a standing yearly or periodic step is a rhythm, no deadline (round 34; round 67's x285_02)"
FIELDS = ("round 31: fields joined by 、 before one head noun are one name as printed 「市住房城乡建设管理、交通运输、水利行政主管部门」; "
          "one body printed two ways is given as printed each time (rounds 43, 48, 64)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x286_01_shi-fangguanju-2020-fangwu-quanshu-diaocha-chengguo-guanli-guiding.txt"
P01 = "上海市房屋权属调查成果管理规定"
N01 = "上海市房屋管理局关于印发《上海市房屋权属调查成果管理规定》的通知"
A3, A4, A5, A6 = "第三条（成果管理部门的人员管理）", "第四条（楼盘表数据维护）", "第五条（数据下载）", "第六条（成果备案要求）"
A7, A8, A9 = "第七条（成果备案程序）", "第八条（成果资料归档）", "第九条（成果数据查阅和利用）"
CG = "成果管理部门"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (after the cover's date) or the cover's title: either (round 45's pair)",
     doc_no="沪房规范〔2020〕12号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局",
     date="2020-12-17",
     date_note="the cover is dated 2020年12月17日 (the index: 2020-12-22); in force 2021年1月1日, valid to 2025年12月31日",
     level="the city housing bureau's rules on managing the results of title surveys: the results departments' staff, "
           "upkeep of the building-table data, data download, filing of results, archiving, consultation",
     source=src(C05, N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::12e7f936ce034ef7bbbee771532b6e94", 2977),
     style="a cover (addressees, one sentence, the date, no signature printed); the rules' title line; 10 articles "
           "「第N条（heading）」 on their own lines over paragraphs; 第四条 （一）–（三） with heading lines, （三） 1、–3、 steps; "
           "第五条 and 第九条 （一）… lists of cases; 第六条 （一）–（三）, （二） and （三） with 1、… lists of materials and criteria; "
           "an attached blank form after 「附件：」",
     leaf_tasks=13, count_alternatives=[7, 9, 11, 12, 17],
     leaf_tasks_by_section={"第三条": 1, "第四条 （一）（二）（三）1、–3、": 5, "第五条": 1, "第六条 （一）–（三）": 3,
                            "第七、八、九条": 3},
     samples=[
        S([A3], [], ["市房屋行政主管部门"], lead_alternatives=[["市房屋行政主管部门"]], **art(X01, [A3]),
          note="「…人员应当参加市房屋行政主管部门统一组织的岗位培训考核。考核合格者由市房屋行政主管部门办理…人员用户开通手续」 — 由A＋a verb of "
               "doing (rule 2; round 34); the staff attending training are persons (round 30), and the bureau inside "
               "「…统一组织的岗位培训考核」 is a body inside a noun's description (round 30) — the 由 clause names it; "
               + ONE_LEAD + "; " + NODATE),
        S([A4, "（一）"], [], [CG], lead_alternatives=[[CG]], responsible_alternatives=[["发现部门", CG]],
          **art(X01, [A4, "（一）"]),
          note="「…不一致的，发现部门应及时书面告知成果管理部门。经成果管理部门核实，楼盘表信息确有错误的，成果管理部门应当按规定更正楼盘表信息」 — "
               + ARTICLE + ": 更正 is the department's own work on its data; 告知 sends what a body meets in its work to "
               "the body that handles it, a report (round 65's x279_04: an undated duty, checked below), no doer by that "
               "(the list with 发现部门 accepted); 「经A核实」 is rule 3's 经A for the correction that follows, and A is named "
               "again as the corrector; the lead-in 「各成果管理部门实施…维护…」 (实施, rule 2) names the same body; "
               + ONE_LEAD + "; " + NODATE),
        S([A4, "（二）"], [], [CG], lead_alternatives=[[CG]], responsible_alternatives=[["交易或登记机构", CG]],
          **art(X01, [A4, "（二）"]),
          note="「…交易或登记机构发现后应当书面告知成果管理部门，由成果管理部门按规定核实并补录房屋的楼盘表信息」 — 由A＋a verb of doing (rule 2; "
               "round 34); the report (告知) names none, as in （一） (the list with 「交易或登记机构」, one name as printed with fields "
               "before one head, round 31, accepted); " + ONE_LEAD + "; " + NODATE),
        S([A4, "（三）", "1、"], [], ["发现部门"], lead_alternatives=[["发现部门"]], responsible_alternatives=[[]],
          **art(X01, [A4, "（三）", "1、"]),
          note="「发现部门填写《…业务联系单》…，提出对楼盘表房屋信息核实或补录的意见，并附…证明文件送交成果管理部门」 — a step of the correction "
               "procedure done by a body the rules task (the transaction, registration or survey body that found the "
               "error, named by its role), " + ARTICLE + "; it is no applicant's filing on itself (round 67's x284_04 "
               "第六条 were the parties' own steps) but a body's report of an error in others' data, so the reading as a "
               "sending that names none is accepted (RULING? 2); 成果管理部门 a receiver; " + ONE_LEAD + "; " + NODATE),
        S([A4, "（三）", "2、"], [], [], responsible_alternatives=[[CG]], **art(X01, [A4, "（三）", "2、"]),
          note="「成果管理部门在收到《业务联系单》及相关资料后，应当核实情况。核实时，成果管理部门可提请房屋调查机构提供有关证明意见或材料」 — "
               "the department checks a submission sent to it: " + REVIEW + "; 「可提请」 an option (round 40), its object "
               "房屋调查机构 no unit; a task naming no unit (" + WORK + "); the article reading [成果管理部门] accepted; " + NODATE),
        S([A6, "（三）"], [], [], responsible_alternatives=[[CG]], **art(X01, [A6, "（三）"]),
          note="「（三）审核内容：1、项目权属来源的合法性…2、图形数据必须内容规范…5、…格式要规范…」 — the criteria the filed results must meet, "
               "lines stating the state of the data (round 66's x271_05: a standard's lines are text, no items), under an "
               "item that names the check; no body is named in the item: " + NONE + "; the department of the article's "
               "lead-in 「成果管理部门应当…办理…备案手续」 accepted (its carried subject, round 34); count 17 (the five lines as "
               "items) accepted; " + NODATE),
        S([A7], [], [], responsible_alternatives=[[CG], [CG, "房屋调查机构"]], **art(X01, [A7]),
          note="「成果管理部门应当对房屋调查机构提交的成果数据进行备案审核。审核合格的，成果管理部门应当将…成果数据上传到…系统，并向房屋调查机构出具…上传"
               "备案证明」「房屋调查机构取得…证明后，方可向…委托人提供…报告书」 — the article is the review of a filing and the issue "
               "of its result: " + REVIEW + "; the upload and the certificate are the decision's own steps (round 68: "
               "踏勘 and 认定 the review's own steps); the survey body's 方可 is a condition on the filer; a task naming no "
               "unit (" + WORK + "); the article reading [成果管理部门] (or with 房屋调查机构) accepted (RULING? 1); " + NODATE),
        S([A8], [], [CG], lead_alternatives=[[CG]], not_targets=[(3, "个工作日")], **art(X01, [A8]),
          note="「成果管理部门应当在出具上传备案证明后3个工作日内将有关调查成果资料整理归档」 — " + ARTICLE + "; " + LIMIT + " → 3 个工作日 "
               "not a target; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "发现部门应及时书面告知成果管理部门", "when": None, "when_norm": None,
              "note": "第四条（一）: what a body the rules task meets in its work (data that disagree with the register), sent to "
                      "the body that handles it, is a report (round 65's x279_04, round 44): an undated duty; 及时 no date"}],
     notes=["counting (leaf tasks; the cover 「请遵照执行」 no task; tasks are the rules' articles and, where an article has "
            "numbered items giving work, its items): 第一条 (purpose), 第二条 (scope), 第十条 (entry into force) general "
            "provisions; the attached form (after 「附件：」) no tasks; 第三条 one task (由A办理); 第四条's lead-in 「各成果管理部门实施…」 "
            "opens its items （一）, （二） (each a case with its handling) and （三）'s steps 1、–3、 → 5; 第五条 one task (its "
            "（一）（二） only cases, round 35); 第六条 （一）, （二）, （三） → 3 (（二）'s 1、2、 the materials collected, round 35: "
            "text; （三）'s 1、–5、 criteria, round 66's x271_05: text); 第七、八、九条 one task each (第九条's （一）–（四） who may "
            "consult: options, text) → **13**. Accepted: 11 (第四条（三） one task, or 第六条 one task), 9 (both), 7 (第四条 "
            "and 第六条 one task each), 12 (第三条 read as a rule for staff), 17 (第六条（三）'s five lines as items).",
            "units: 第X条 articles read by round 44's article rule, with round 67/68's review of a submission naming none; "
            "成果管理部门 is the defined short name of 房屋调查成果管理部门 (第三条), as printed in every article; options (可, "
            "可以), parties (当事人, 委托人, 申请人: persons or applicants) and receivers name none",
            "dates: 2020年12月17日 (the cover), in force 2021年1月1日 to 2025年12月31日; 「在规定的时间内」「及时」 no date; "
            "「3个工作日内」 a limit from an event; no item is dated; no phases",
            "figures: no target is written in a task; not target 3 个工作日 (第八条)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x286_02_shi-zhujianwei-2020-jianzhu-zhuangshi-zhuangxiu-gongcheng-guanli-shishi-banfa.txt"
P02 = "上海市建筑装饰装修工程管理实施办法"
N02 = "关于印发《上海市建筑装饰装修工程管理实施办法》的通知"
JSDW, SJDW = "建设单位", "设计单位"
JG = "质量安全监督机构"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (after the cover's date) or the cover's title (printed twice, above and below "
                "the document number): either (round 45's pair)",
     doc_no="沪住建规范〔2020〕3号 (printed in the text; the index row prints 「-」)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2020-02-14",
     date_note="the cover is dated 二○二○年二月十四日 (the index: 2020-11, the page's posting); in force 2020年3月1日, valid to "
               "2025年2月28日",
     level="the city construction commission's measures for approving and supervising decoration works on existing "
           "non-residential buildings: scope, duties, classes of works, stages, procedure and materials, the parties' "
           "duties, supervision",
     source=src(C05, N02 + ".md", "https://zjw.sh.gov.cn/gfxwj/20201110/301a5c4dd02d4345bb7dc2269eb29070.html", 6202,
                chrome="the page's metadata block after the title (索取号 3589258689/2020-00117, 载体类型, 发布机构, 文件编号 "
                       "「沪住建规范〔2020〕３ 号」, 记录形式, 公开类别, 关键词, 内容描述) and the two 「相关附件」 file-name lines "
                       "at the end; the document number line that follows the metadata is kept"),
     style="the title; the document number and the issuer on two lines; the cover's title again; a cover (「各有关单位：」, "
           "one sentence, the date); the measures' title line; a preamble; 一、–九、 headed points on their own lines over "
           "paragraphs and （一）… items; 三、's definitions with 1、–4、 and （1）… cases; 四、's stage lines 「施工许可阶段：…」 "
           "unnumbered; 五、（三）（四） with 1、–4、 steps and （1）… materials; a word split across a line 「履约行」 / 「为的批后"
           "监管」 (四、（一））; ASCII brackets 「(DBJ08-9-92)(1996年局部修订增补)」 and 「[2018]3号」",
     leaf_tasks=14, count_alternatives=[13, 15, 16, 19, 20],
     leaf_tasks_by_section={"二、": 1, "四、（一）（二）": 2, "五、（三）4、 and （四）3、": 2, "六、（一）–（三）": 3,
                            "七、（一）–（五）": 5, "八、（一）": 1},
     samples=[
        S(["二"], [], ["市建设行政管理部门", "区建设行政管理部门", "特定地区管委会", "建筑业管理部门"],
          responsible_alternatives=[["市建设行政管理部门", "区建设行政管理部门", "特定地区管委会"]],
          note="「市建设行政管理部门负责…综合协调和监督指导」「区建设行政管理部门和特定地区管委会负责…综合监督管理」「区建设行政管理部门或者其委托的建筑业"
               "管理部门负责…施工许可审批、质量安全监督和竣工验收及备案等日常管理工作」 — several A负责 clauses (rule 2), 和 parting two "
               "whole names (round 34); 「A或其委托的机构」 gives A and 机构 (rounds 38, 40: an alternative doer, not a pivot's "
               "object), the 的-rule leaving 建筑业管理部门 (round 32); the list without it accepted; a childless headed point "
               "that gives work is a task (rounds 34 early, 36); " + NODATE),
        S(["四", "（一）"], [], [JG], lead_alternatives=[[JG]],
          note="「推行承诺告知，简化事前审批，强化…批后监管。按阶段分别办理以下事项：施工许可阶段：建设单位在线申领施工许可证；施工过程阶段：质量安全监督机构"
               "实施监督抽查，…；竣工验收阶段：建设单位自行验收，在线自行报送验收信息…」 — the stage lines are unnumbered text of the item; "
               "A实施 (rule 2's own verb, round 65's x279_01); 建设单位 applies, files and checks its own works (an applicant, "
               "round 30; round 65's x276_03: a step in one's own approval names none); " + ONE_LEAD + "; " + NODATE),
        S(["五", "（三）", "4"], [], [], targets=[(2, "个工作日")], responsible_alternatives=[["建设管理部门"]],
          note="「对于一般类装修工程，建设管理部门自正式受理之日起2个工作日之内完成施工许可证审批」「…建设管理部门受理后，将项目信息发送至施工图设计文件审查"
               "机构，同步开展施工图审查、施工许可证审批工作」「…建设管理部门将审批结果通知建设单位，并将信息同步发送规划资源、房管、文物、城管等行政"
               "管理部门…」 — the serving body's step on an application, a task (round 63's x268_04, round 65's x276_02); "
               "the review of an application and the decision on it name none (" + REVIEW + "), and 开展 without 组织 and "
               "发送 are outside rule 2's list: " + NONE + "; the article reading [建设管理部门] accepted; 「2个工作日之内」: "
               "之内 makes the limit a target (round 65's x275_05 turned: only 以内／之内 or another comparison word; round "
               "33's 「30分钟以内到达」) → 2 个工作日; the receiving bodies no units (rule 3); " + NODATE),
        S(["五", "（四）", "3"], [], [], responsible_alternatives=[["建设行政管理部门"]],
          note="「建设行政管理部门受理后，同步开展质量验收和消防验收工作。涉及消防设施变动的，建设行政管理部门出具消防验收或备案意见。…建设行政管理部门在线向"
               "建设单位出具竣工验收合格通知书」 — the acceptance check of an application and its result: 开展 without 组织 and 出具 "
               "are outside rule 2's list (round 65's x279_01 named a doer only by 实施): " + NONE + "; " + CLOSED + "; a "
               "serving body's step, a task naming no unit (round 63's x268_04); " + NODATE),
        S(["六", "（一）"], [JSDW], ["房屋产权人", JSDW, SJDW], lead_alternatives=[[]],
          responsible_alternatives=[[JSDW, SJDW]],
          note="「房屋产权人应当加强对建筑装饰装修活动的管理，并对建筑结构和消防安全等负责」 — 对X负责 where X is the work itself (round 66's "
               "x21_06, round 57), a party by role (round 62 p52c; round 66's 出让人／受让人), and a heading naming the parties' "
               "主体责任 gives out work (round 67's x282_04: 「X分工」 or a duty word); 「建设单位会同设计单位共同负责界定…类别，并…办理…手续」 "
               "— 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); all in printed order; the list without "
               "房屋产权人 (owners may be persons, round 63's x270_04) accepted; " + NODATE),
        S(["六", "（二）"], [], [JSDW], lead_alternatives=[[JSDW]],
          note="「建设单位应当…委托具有相应资质的设计单位和施工单位实施设计和施工」「…建设单位应当委托…施工总承包单位承接」 — 「A委托B＋verb」: A "
               "the doer, B the object of the pivot no unit by that clause (round 32's 由A委托B; round 34's pivot without 由; "
               "round 67's x284_04 授权); 「设计项目负责人可以由…人员担任」「…应当由…注册执业资格人员担任」 persons (round 30); " + ONE_LEAD +
               "; " + NODATE),
        S(["六", "（三）"], [], ["施工图审查机构", JSDW, SJDW], responsible_alternatives=[[JSDW, SJDW]],
          note="「施工图审查机构仅对…进行审查，并对审查结果负责」 — 对X负责 with X its own work's result (round 66's x21_06; round 57); "
               "「…其他装饰装修设计文件内容由建设单位和设计单位分别承担相应的主体责任」 — 由A承担…责任 names a doer (round 30; round 67's "
               "x284_01 二十二、), 和 parting two names; the reading of the check as a review that names none (round 67) "
               "accepted without the review body; " + NODATE),
        S(["七", "（一）"], [], [], responsible_alternatives=[["建设行政管理部门"]],
          note="「建立事中事后监管制度。建设行政管理部门在日常监督管理基础上，适时开展…专项安全、质量检查，加大…力度。同时，…深入开展…排查整治」 — "
               "开展 without 组织 and 加大 are outside rule 2's closed list: " + NONE + "; " + CLOSED + "; 适时 says when (round "
               "61), no date; " + NODATE),
        S(["七", "（二）"], [], [], targets=[(30, "%"), (50, "%")], not_targets=[(1000, "万元")],
          note="「对于一般类装修工程，…采用随机抽查的方式…进行日常监督检查。总投资额100万至1000万元之间的装修工程，每季度在建项目抽取比例不少于该类工程总数的"
               "30%；总投资额1000万元及以上的装修工程，每季度在建项目抽取比例不少于该类工程总数的50%」 — no body is named: " + NONE + "; a "
               "headed work item is a task though it names no body (round 49); 「不少于…30%」「不少于…50%」 floors (round 30's "
               "line) → targets; the money bands stand inside nouns naming the works 「…的装修工程」, classes, whatever step "
               "follows (round 66 governs; round 68's turned bands, 万 alone included) → 1000 万元 not a target; 每季度 "
               + RHYTHM + "; " + NODATE),
        S(["七", "（四）"], [], [], responsible_alternatives=[["各级建设行政管理部门"]],
          note="「各级建设行政管理部门在事中事后监管过程中，发现建设单位将特殊类装修工程按照一般类装修工程申报的，应当责令…停止施工、限期整改、重新申领…；"
               "拒不改正的，可依法撤销…，并…记入…信用档案…」 and the paragraph after it (撤销, 移送, 记入) — a step against a breach, "
               "but 责令, 撤销, 移送 and 记入 are outside rule 2's closed list (round 65's 由A督促 was 由A＋verb): " + NONE + "; "
               + CLOSED + "; 建设单位 the object of 责令 (a pivot), no unit; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; the cover 「请遵照执行」 and the preamble no tasks): 一、适用范围 (scope, definitions, what the "
            "measures do not cover and an option for governments: general provisions, round 30; round 66's x81_04), 三、工程分类 "
            "(definitions of the two classes with their cases 1、–4、 and （1）…: definitions, round 66's x81_04; round 64's "
            "x229_03), 四、's lead-in (the scheme's terms), 五、（一） (the applicant's channel and file rules: rules for the "
            "applicant, round 52's x236_03), 五、（二） (time limits stated as terms, no verb of work: round 46), 五、（三）1、–3、 "
            "and （四）1、2、 (the applicant's materials and submission: an applicant's own steps, round 67's x284_04 第六条; "
            "the materials lists text, round 35), the paragraphs opening 五、（三）（四） (lead-ins), 八、（二） (electronic "
            "licences' validity and an option to print: terms) and 八、（三） (smaller works 参照执行 and districts' own rules: "
            "a scope by reference, round 64's x53_04), 九、 (entry into force, repeal) no tasks; 二、 (a childless point that "
            "gives work), 四、（一）（二）, 五、（三）4、, 五、（四）3、, 六、（一）–（三）, 七、（一）–（五）, 八、（一） → **14**. Accepted: 13 "
            "(八、（一） read as an applicant's option with its answer), 15 (五、（二） counted), 16 (八、（二）（三） counted), 19 "
            "(the applicant's steps 五、（三）1、–3、 and （四）1、2、 counted as steps of the procedure, round 63's x268_04), 20 (that and 五、（二）).",
            "units: headed points, not 第X条 articles: rule 2's closed list (round 63's x268_02); the article reading is "
            "listed as an alternative where it differs (round 45); the applicant 建设单位 (申领, 申报, 提交, 自行验收), receivers "
            "(发送至, 通知, 向…咨询), persons (设计负责人, 项目负责人, 工程技术人员) and options (可以) name none",
            "dates: 二○二○年二月十四日 (the cover), in force 2020年3月1日 to 2025年2月28日; time limits (2／7／14 个工作日, "
            "「在规定时限内」) no deadlines; 每季度 a rhythm; no item is dated; no phases",
            "figures: targets 2 个工作日 (五、（三）4、, 之内) and 30 %, 50 % (七、（二）); not target 1000 万元 (a class of works); "
            "the scope's 「100万元及以上」「300平方米及以上」 (一、) and 八、（三）'s 「100万元以下…300平方米以下」 name the classes the measures "
            "cover (round 66's x81_04: no target, in no task); 「建筑面积大于（含）300平方米」 and 「超过设计荷载值5%」 are in "
            "definitions and materials lists (no tasks); 五、（二）'s 2／7／14 个工作日 are terms (no task)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x286_03_shi-zhujianwei-2020-erji-zaojia-gongchengshi-zhiye-zige-guanli-banfa.txt"
P03 = "上海市二级造价工程师职业资格管理办法"
N03 = "关于印发《上海市二级造价工程师职业资格管理办法》的通知"
ZJ = "市住房城乡建设管理行政主管部门"
JS = "市交通运输、水利行政主管部门"
SAN = "市住房城乡建设管理、交通运输、水利行政主管部门"
RS = "市人力资源社会保障行政主管部门"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (after the cover's four signatures and date) or the cover's title: either "
                "(round 45's pair)",
     doc_no="沪住建规范联〔2020〕1号 (printed in the text; the index row prints 「-」)",
     issuer="市住房城乡建设管理委, 市交通委, 市水务局, 市人力资源社会保障局 (the index names 上海市住房和城乡建设管理委员会)",
     date="2020-01-06",
     date_note="the cover is dated 二○二○年一月六日 (the index: 2020-11, the page's posting); valid 2020年3月1日 to 2025年2月28日",
     level="four city bodies' rules for the grade-2 cost engineer qualification: examination, registration, practice, "
           "continuing education",
     source=src(C05, N03 + ".md", "https://zjw.sh.gov.cn/gfxwj/20201110/f3a1c88853074de5b9a82bd0a7f412c2.html", 4266,
                chrome="the page's metadata block after the title (索取号 3589258689/2020-00116, 载体类型, 发布机构, 文件编号 "
                       "「沪住建规范联〔2020〕1 号」, 记录形式, 公开类别, 关键词, 内容描述), the cover's title printed again after "
                       "it, and the closing 「相关稿件」 link lines; the document number line before 「各有关单位：」 is kept"),
     style="the title; the document number; a cover (「各有关单位：」, a paragraph naming the four bodies, 「特此通知。」, four "
           "signatures, the date); the rules' title line; six chapter lines 「第一章 总则」; 35 articles 「第N条 text」 run in on "
           "their lines; （一）… lists of conditions, exemptions, kinds of work and course contents, two of them with ASCII "
           "brackets 「(二)」「(三)」 and ASCII semicolons",
     leaf_tasks=14, count_alternatives=[11, 12, 13, 15],
     samples=[
        S(["第四条"], [], ["市住房城乡建设管理、交通运输、水利、人力资源社会保障行政主管部门"],
          lead_alternatives=[["市住房城乡建设管理、交通运输、水利、人力资源社会保障行政主管部门"]], **art(X03, ["第四条"]),
          note="「市住房城乡建设管理、交通运输、水利、人力资源社会保障行政主管部门，按照职责分工负责本办法的实施和监管」 — A负责 (rule 2); " + FIELDS +
               "; 「按照职责分工」 is no unit (plans-dev EXPECTED.md); an article in 总则 that gives work to a body is a task "
               "(CONVENTIONS head); " + ONE_LEAD + "; " + NODATE),
        S(["第五条"], [ZJ], [ZJ, JS, SAN], lead_alternatives=[[]],
          responsible_alternatives=[[ZJ, JS], [ZJ, JS, SAN, "上海市城乡建设和管理委员会人才服务考核评价中心"]],
          **art(X03, ["第五条"]),
          note="「市住房城乡建设管理行政主管部门会同市交通运输、水利行政主管部门，…负责本市二级造价工程师职业资格考试的命题和组织实施工作」 — 「A会同B＋verb」: "
               "lead A (lead [] accepted), responsible A, B (rule 2); 「市住房城乡建设管理行政主管部门负责基础科目的命题工作，市住房城乡建设管理、交通运输、"
               "水利行政主管部门按照职责分别负责专业科目的命题工作」 — two more A负责 clauses, the second name printed with three fields "
               "before one head (" + FIELDS + ": the same bodies under a third printing, given as printed; the list "
               "without it accepted); 「…具体考务工作委托上海市…评价中心承担」 — 委托 with no subject, the centre the object of the "
               "pivot (round 34), no unit by that clause (the list with it accepted: round 68's 承担＋work); " + NODATE),
        S(["第六条"], [RS], [RS, SAN], lead_alternatives=[[]], **art(X03, ["第六条"]),
          note="「市人力资源社会保障行政主管部门会同市住房城乡建设管理、交通运输、水利行政主管部门对…考试工作进行指导、监督和检查」 — 「A会同B＋verb」: lead "
               "A (lead [] accepted), responsible A, B (rule 2); " + FIELDS + "; " + NODATE),
        S(["第七条"], [RS], [RS, SAN], lead_alternatives=[[]], not_targets=[(60, "%")], **art(X03, ["第七条"]),
          note="「市人力资源社会保障行政主管部门会同…确定…考试合格标准」 — 「A会同B＋verb」 (rule 2), as 第六条; 「各科目合格分数线原则上均按照卷面总分的"
               "60%划定」 — a figure with no comparison word (原则上按照 is none of the line's words; round 30's 「原则上按500户配1名」) "
               "names the norm set, not a target → 60 % not a target; " + NODATE),
        S(["第九条"], [], [], targets=[(1, "次")], **art(X03, ["第九条"]),
          note="「二级造价工程师职业资格考试原则上每年至少组织一次，各科目的考试时间根据考试方式、频次等合理确定」 — work (组织) with no subject, a task "
               "naming no unit (" + WORK + "; round 49: work items are tasks though they name no body): " + NONE + "; "
               "「至少…一次」 a floor (至少 is on round 30's line; a numeral read at its value, round 48 r48b) → 1 次; 每年 "
               + RHYTHM + "; the reading as the scheme's terms (round 46), no task, is left to the counts (13 accepted); "
               + NODATE),
        S(["第十七条"], [], ["考试实施机构"], lead_alternatives=[["考试实施机构"]], responsible_alternatives=[[]],
          **art(X03, ["第十七条"]),
          note="「考试实施机构、参与考试组织的专家及工作人员，应当严格执行…法律法规和规章制度，遵守考试工作纪律，严防考试泄密」 — " + ARTICLE +
               "; the experts and staff are persons (round 30; round 65: persons by post or as 人员); the reading as staff "
               "conduct (round 62's x95_04; plans-next284's 第三十三条), none, accepted (and count 13); " + ONE_LEAD + "; "
               + NODATE),
        S(["第二十条"], [], [SAN], lead_alternatives=[[SAN]], **art(X03, ["第二十条"]),
          note="「经批准注册的申请人，由市住房城乡建设管理、交通运输、水利行政主管部门核发《…注册证》（电子证书）」 — 由A＋核发 (rule 2; round 30's "
               "「由A负责…核发」); " + FIELDS + "; the applicant no unit; " + ONE_LEAD + "; " + NODATE),
        S(["第二十一条"], [ZJ], [ZJ, JS], lead_alternatives=[[]], **art(X03, ["第二十一条"]),
          note="「二级造价工程师执业时应持注册证书」 a person's rule (round 65's x274_02); 「注册证书样式以及编号规则由市住房城乡建设管理行政主管部门会同市交通运输、"
               "水利行政主管部门统一制定」 — 「由A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); " + NODATE),
        S(["第三十三条"], [], [], **art(X03, ["第三十三条"]),
          note="「根据长三角区域专业技术资格考试一体化工作推进情况，适时调整报考人员范围、考试组织方式、证书效用等内容」 — work (调整) with no subject in the "
               "附则: a closing article that gives work is a task (round 39; round 63's x273_01 第十九条; round 67's x285_01 9), "
               "a task naming no unit: " + NONE + "; 适时 says when (round 61), no date; count 13 (read as no task) "
               "accepted; " + NODATE),
        S(["第三十四条"], [], [SAN], lead_alternatives=[[SAN]], **art(X03, ["第三十四条"]),
          note="「二级造价工程师注册管理办法由市住房城乡建设管理、交通运输、水利行政主管部门另行制定」 — 由A＋制定 (rule 2), a closing article that gives "
               "work (round 39); " + FIELDS + "; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(80, "学时")],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; the cover 「请遵照执行」 no task; tasks are the rules' articles): 第一条 (basis), 第二条 (scope), "
            "第三条 (definition), 第三十五条 (validity) general provisions; 第八条 (subjects and classes: terms, round 46), 第十、"
            "十一条 (score rules, registration by residence: terms and candidates' rules), 第十二、十三、十四条 (eligibility, "
            "exemptions, candidates' registration: rules for persons, round 65's x274_02; the lists text, round 35), 第十六条 "
            "(「坚持回避原则…」 and what persons in the exam work must not do: a principle and staff conduct, round 68's 基本原则; "
            "round 62's x95_04), 第十八条 (a sanction with no agent, 「按照…规定处理」), 第十九条 (the registration system: terms), "
            "第二十四、二十六至二十九条 (engineers' conduct, work, signatures, continuing education: rules for persons), 第三十条 "
            "(periods and hours: terms), 第三十一条 (course contents: a list of contents, text), 第三十二条 (what the "
            "qualification is recognised as: terms, 可) no tasks; 第四、五、六、七、九、十五、十七、二十、二十一、二十二、二十三、二十五、"
            "三十三、三十四条 → **14**. Accepted: 13 (第九条 as terms, or 第十七条 as staff conduct, or 第三十三条 as no task), 12, "
            "11 (two or three of them), 15 (第十六条 counted).",
            "units: 第X条 articles read by round 44's article rule; the four city bodies are printed by field before one head "
            "(市住房城乡建设管理行政主管部门; 市交通运输、水利行政主管部门; 市住房城乡建设管理、交通运输、水利行政主管部门; 市人力资源社会保障行政主管部门) and each "
            "printing is given as printed (round 31; rounds 43, 48, 64); candidates, engineers, experts and staff are persons; "
            "the exam centre, the object of 委托 with no subject, names none",
            "dates: 二○二○年一月六日 (the cover), valid 2020年3月1日 to 2025年2月28日; 每年 a rhythm (第九条); no item is dated; no "
            "phases",
            "figures: target 1 次 (第九条, 至少); not target 60 % (第七条, no comparison word); plan target 80 学时 (第三十条 "
            "「原则上不少于80学时」 in an article that is no task: the rules' own figure, rounds 38, 48, 62); 第十二条's 「满2年」「满3年」"
            "「满1年」 are eligibility terms for persons in no task, 满 none of the line's words; 第三十条's 4 年 has no comparison word"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x286_04_shi-fangguanju-2013-guoyou-tudi-fangwu-zhengshou-pinggu-guanli-guiding.txt"
P04 = "上海市国有土地上房屋征收评估管理规定"
N04 = "关于印发《上海市国有土地上房屋征收评估管理规定》的通知"
B4, B5, B7, B8 = "第四条（管理部门）", "第五条（估价专家委员会）", "第七条（估价机构数量）", "第八条（项目发布）"
B10, B11, B12, B13 = "第十条（估价机构确定）", "第十一条（禁止行为）", "第十二条（评估委托）", "第十三条（房屋调查结果的提供）"
B14, B17, B21 = "第十四条（房屋性质、用途和建筑面积认定原则）", "第十七条（不配合评估的处理）", "第二十一条（产权调换房屋价格确定）"
B24, B28, B29, B30 = "第二十四条（其他补偿的评估）", "第二十八条（公示及咨询）", "第二十九条（评估报告）", "第三十条（报告备案与资料归档）"
B32, B37, B39 = "第三十二条（专家鉴定）", "第三十七条（估价机构的责任）", "第三十九条（交易登记资料查阅）"
ZS, GJ = "房屋征收部门", "估价机构"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (after the cover's signature and date) or the cover's title: either (round 45's pair)",
     doc_no="沪房管规范市〔2013〕7号 (printed in the text; the index row at " + C05B[:8] + " names 沪房规范〔2018〕5号, a later "
            "reissue, but the stored file holds the 2013 text)",
     issuer="上海市住房保障和房屋管理局",
     date="2013-08-28",
     date_note="the cover is dated 2013年8月28日 (the stored front matter: published 2025-02-11; the index row: 2020-03-31); "
               "in force from issue, valid to 2017年12月31日",
     level="the city housing bureau's rules on valuation in expropriation of buildings on state land: the managing "
           "bodies, choosing valuers, the valuation work, reports and objections, other valuations, liabilities",
     source=src(C05B, N04 + ".md", "https://fgj.sh.gov.cn/gfxwj/20250211/399dc44c2f7b43c0adc4657ccf0bbcd4.html", 7743,
                chrome="the page's header after the title (「关于印发…的通知( 2013年08月28日  )」, 「发布日期：2013-08-28」, "
                       "「文号：沪房管规范市〔2013〕7号」, 「字号：」 「大」 「中」 「小」) and the closing site links from 「留言答复查看」 to "
                       "the list of 政策解读 titles; the number line 「沪房管规范市[2013]7号」 is kept"),
     style="the title; the number line with ASCII brackets; a cover (addressees ending with an ASCII colon, two sentences, "
           "「特此通知。」, signature, date), each on one line; the rules' title line; seven chapter lines (two spaces in "
           "「第一章  总则」 to 「第四章  评估报告和异议处理」, one in the rest); 40 articles 「第N条（heading）」 on their own "
           "lines over paragraphs; （一）… lists of contract contents and of breaches",
     leaf_tasks=24, count_alternatives=[22, 23, 25, 26, 27, 34],
     samples=[
        S([B5], [], ["上海市房地产估价师协会"], lead_alternatives=[["上海市房地产估价师协会"]],
          responsible_alternatives=[["上海市房地产估价师协会", "估价专家委员会"]], **art(X04, [B5]),
          note="「上海市房地产估价师协会（以下简称市估价师协会）组建估价专家委员会。估价专家委员会由房地产估价师以及…专家组成，负责评估技术指导，…组织专家组进行"
               "鉴定」 — " + ARTICLE + ": the association sets the committee up (组建); a body the item sets up and composes is "
               "none there (rule 3; rounds 35, 60, 65's x276_03 turned, 68's x63_01), though its 负责 would name it elsewhere "
               "(the list with it accepted); " + ONE_LEAD + "; " + NODATE),
        S([B7], [], [GJ], lead_alternatives=[[GJ]], responsible_alternatives=[[]], **art(X04, [B7]),
          note="「同一征收项目的房屋征收评估工作，原则上由一家估价机构承担。房屋征收范围较大的，可以由两家或者两家以上估价机构共同承担」 — 由A＋承担 the work "
               "(round 68: 承担＋work designates; round 34's 由A＋verb), as round 67 confirmed 「一个物业管理区域应当由一个物业服务企业实施"
               "物业管理」 (x284_01 三、: 由A＋实施 a doer; a count with no comparison word no target and takes nothing from the doer); "
               "the quantifier 一家 no part of the name; 「可以由…」 an option; the reading as the rules' terms on how many firms "
               "(round 46), none, accepted (and count 23); " + ONE_LEAD + "; " + NODATE),
        S([B8], [], [ZS], lead_alternatives=[[ZS]], targets=[(90, "%"), (3, "个工作日")], **art(X04, [B8]),
          note="「…同意比例达到90%以上的，房屋征收部门应当将房屋征收评估项目在市估价师协会网站上发布」 — " + ARTICLE + "; 「达到90%以上」 a "
               "threshold that triggers the step, joined to 达到／以上 (round 30's line, inside a 的-condition too; round 66: a "
               "figure inside a noun-less 的 condition) → 90 %; 「报名起止时间应当不少于3个工作日」 a floor (不少于) → 3 个工作日; the "
               "association's website a channel (round 66's x21_03); " + ONE_LEAD + "; " + NODATE),
        S([B10], [], [ZS], lead_alternatives=[[ZS]], not_targets=[(5, "个工作日")], **art(X04, [B10]),
          note="「房屋征收部门组织被征收人、公有房屋承租人在5个工作日内…协商选定估价机构」「协商不成的，房屋征收部门应当组织被征收人、公有房屋承租人…进行投票…」"
               "「房屋征收部门应当将…名单…予以公告」 — 「A组织B＋verb」: A the doer, B (persons and tenants, the pivot's object) no unit "
               "(round 30); the step after a failed agreement is the article's own step after a case (round 67's x284_01 十一、); "
               "「可以邀请公证机关…」「区县住房保障房屋管理局…可以邀请…共同监督」 options (round 40); 「在5个工作日内」 内 alone, no "
               "comparison word (round 65's x275_05) → 5 个工作日 not a target; " + ONE_LEAD + "; " + NODATE),
        S([B11], [], [], responsible_alternatives=[[GJ]], **art(X04, [B11]),
          note="「估价机构不得采取迎合…等不正当手段承揽…业务。估价机构不得转让或者变相转让受托的…业务」 — 不得 with its act binds a body and gives "
               "work (round 67's x280_04 第二条 turned; round 63's x270_01 第九条), a task; a ban asks nothing done, so none "
               "(round 67: units, where sampled, none): " + NONE + "; the article reading [估价机构] accepted; " + NODATE),
        S([B12], [], [ZS], lead_alternatives=[[ZS]], responsible_alternatives=[[ZS, GJ]], **art(X04, [B12]),
          note="「估价机构确定后，由房屋征收部门作为委托人，向估价机构出具房屋征收评估委托书，并与其签订房屋征收评估委托合同」 — 由A＋a verb of doing "
               "(rule 2; round 34); 「与其签订」: round 30's 「由A与B签订」 makes both doers, but 其 is a pronoun, no name printed, "
               "so the list with 估价机构 is accepted (RULING? 3); the contents lists （一）–（十） of the commission and the "
               "contract are text (round 35; count 34 with them accepted); " + ONE_LEAD + "; " + NODATE),
        S([B14], [], ["区县人民政府"], lead_alternatives=[["区县人民政府"]], **art(X04, [B14]),
          note="「对于未经登记的建筑物和构筑物，由区县人民政府组织有关部门进行调查、认定和处理」 — 由A组织B＋verb: A the doer, 有关部门 the object of 组织 "
               "no unit (round 30 clarifications); the paragraphs on registered buildings (「一般以…记载为准」) and on other "
               "houses (「按照相关规定处理」) are the rules' terms; 「区县人民政府」 one name as printed; " + ONE_LEAD + "; " + NODATE),
        S([B17], [], [ZS, GJ], **art(X04, [B17]),
          note="「被征收人、公有房屋承租人拒绝…签字或者盖章的，房屋征收部门应当请无利害关系的第三人见证，估价机构应当在评估报告中说明有关情况」 (three "
               "paragraphs of cases and their handling) — an article whose whole work is the response to cases takes its "
               "agents (round 30; round 65's x276_03), " + ARTICLE + "; 「估价机构可参照…」 an option; the parties who refuse "
               "are persons; " + NODATE),
        S([B24], [], [ZS, GJ], responsible_alternatives=[[ZS]], targets=[(10, "%")], **art(X04, [B24]),
          note="「…的补偿，由征收当事人协商确定；协商不成的，可以委托估价机构…」 (parties' option); 「…被征收人、公有房屋承租人认为其停产停业损失补偿超过被征收"
               "房屋评估价值10%的，应当委托估价机构通过评估确定」 — a threshold inside a 的-condition, joined to 超过 → 10 % a target "
               "(round 30's line; round 66: a figure inside a noun-less 的 condition); 「房屋征收部门应当与估价机构签订委托合同」 — "
               "「A与B签订」: both doers (round 30; round 67's x280_04); 「估价机构可以出具…」 an option; the list without the "
               "valuer (as a party commissioned) accepted; " + NODATE),
        S([B28], [], [GJ, ZS], targets=[(7, "日")], **art(X04, [B28]),
          note="「估价机构应当按照委托合同的约定，向房屋征收部门提供分户的初步评估结果」「房屋征收部门应当将分户的初步评估结果…公示，公示时间不少于7日」「估价机构"
               "应当安排注册房地产估价师…现场解释。存在错误的，估价机构应当修正」 — " + ARTICLE + "; the valuer's 提供 is its work "
               "product delivered under the contract (round 48: a document a body issues in a procedure is its work), not a "
               "filing on itself; 「不少于7日」 a floor → 7 日; the valuers (persons) the object of 安排; " + NODATE),
        S([B29], [], [GJ, ZS], targets=[(2, "名")], **art(X04, [B29]),
          note="「估价机构应当向房屋征收部门提供…整体评估报告和分户评估报告。房屋征收部门应当向被征收人、公有房屋承租人转交分户评估报告」「…应当由负责房屋征收评估"
               "项目的两名以上注册房地产估价师签字，并加盖估价机构公章」「…出具评估报告的估价机构应当…作出解释和说明」 — " + ARTICLE + "; "
               "由A签字 with A persons (round 30: a person is never a unit); 「两名以上」 a floor joined to 以上 (round 30's "
               "line; a numeral read at its value, round 48 r48b) → 2 名; " + NODATE),
        S([B32], [], ["估价专家委员会", GJ], responsible_alternatives=[[GJ], []], targets=[(3, "人")],
          not_targets=[(10, "日")], **art(X04, [B32]),
          note="「估价专家委员会应当选派专家组成专家组进行鉴定。专家组成员为3人以上单数…」「估价专家委员会应当自收到鉴定申请之日起10日内，对…进行审核，出具书面鉴定"
               "意见」「…评估报告存在不合法或者不规范或者不合理的，出具评估报告的估价机构应当改正…」 — the committee was set up in 第五条 with "
               "its standing duties (组织…鉴定), a standing committee that is a body where later given work (round 36; round 67's "
               "x284_01 八、 turned; round 65: round 45's standing committee), though it holds experts — none accepted "
               "(RULING? 4); the panel 专家组 composed here is persons (round 65's x276_03); its 鉴定 of a report is the "
               "article's work, not a review of a filing for a decision on the filer (the review reading accepted with "
               "[估价机构]); the valuer's correction a step after a case (round 67's x284_01 十一、); 「3人以上单数」 a floor "
               "joined to 以上 → 3 人; " + LIMIT + " → 10 日 not a target; 「不得少于二分之一」 a floor not checked (the "
               "fraction's form); " + NODATE),
        S([B37], [], ["发证机关"], lead_alternatives=[["发证机关"]],
          not_targets=[(5, "万元"), (20, "万元"), (1, "万元"), (3, "万元")], **art(X04, [B37]),
          note="「估价机构或者注册房地产估价师出具虚假或者有重大差错的评估报告的，由发证机关责令限期改正，给予警告，对估价机构并处5万元以上20万元以下罚款，对注册"
               "房地产估价师并处1万元以上3万元以下罚款，并记入信用档案…」 — the article's own step against a breach, 由A＋verbs of doing "
               "(rule 2; round 34; round 65's x276_04); a fine's scale is a penalty, no target (CONVENTIONS round 32 "
               "「Penalties are not targets」; round 56 decided) → 5, 20, 1, 3 万元 not targets; " + ONE_LEAD + "; " + NODATE),
        S([B39], [], ["市和各区县房地产交易中心"], lead_alternatives=[["市和各区县房地产交易中心"]], responsible_alternatives=[[]],
          **art(X04, [B39]),
          note="「市和各区县房地产交易中心应当为估价机构查阅房地产交易登记资料提供便利」 — " + ARTICLE + ": 提供便利 is a verb of doing in an "
               "article, a closing article that gives work a task (round 39); levels before one head one name as printed (round "
               "30's 「市、区X部门」; round 67's x280_01: 和 parts names only where each side is a whole body name, and 市 alone is "
               "none); the valuer a beneficiary; the reading that facilitation names no doer accepted; " + ONE_LEAD + "; "
               + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; the cover's 「请认真贯彻执行…请及时反馈我局」 no task; tasks are the rules' articles): 第一条 "
            "(basis), 第二条 (scope), 第四十条 (entry into force, repeal) general provisions; 第三条 (「原则」: a stance of "
            "independence and a general call 「任何单位和个人不得干预」, round 68's 基本原则), 第六条 (qualification conditions, round 35), "
            "第十八、十九、二十条 (how the purpose is worded, the valuation date, the value's definition: terms and definitions), "
            "第二十二、二十三条 (methods and factors the valuers, persons, apply: technical norms), 第二十五条 (unit of account), "
            "第二十六条 (「…按照《房地产估价规范》…进行」: points to other rules, round 60's x53_01), 第三十四条 (who pays the fees: a "
            "split of costs, round 62's w52b), 第三十五、三十六条 (options 可以 and definitions), 第三十八条 (breaches punished "
            "「按照…规定处罚」 with no agent; its （一）–（七） the breaches, text) no tasks; 第十二条's （一）–（十） (the contract's "
            "contents) text (round 35); 第四、五、七至十七、二十一、二十四、二十七至三十三、三十七、三十九条 → **24**. Accepted: 23 (第七条 "
            "or 第二十七条 read as terms), 22 (both), 25, 26, 27 (第三条, 第二十六条 and／or 第三十四条 counted), 34 (第十二条's ten "
            "contents as items).",
            "units: 第X条 articles read by round 44's article rule; parties (被征收人, 公有房屋承租人: persons and tenants), "
            "valuers and experts (persons), options (可以), receivers and payers (承担…费用) name none; 房屋征收部门 and 估价机构 "
            "given as printed (估价机构 the defined short name, 第三条)",
            "dates: 2013年8月28日 (the cover), valid to 2017年12月31日; limits from events (5 个工作日内, 10日内) no deadlines; no "
            "item is dated; no phases; the filings with the association (第十六条's list of valuers) and the commissioning body "
            "(第十五条's work plan 备案) are filings on oneself (round 32), no duties",
            "figures: targets 90 % and 3 个工作日 (第八条), 10 % (第二十四条), 7 日 (第二十八条), 2 名 (第二十九条), 3 人 (第三十二条); "
            "not targets 5 个工作日 (第十条, 内 alone), 10 日 (第三十二条, from an event), 5／20／1／3 万元 (第三十七条, penalties)"])

# round 57 (rul73): answers aligned to tests/data/CONVENTIONS.md "Round 70 rulings, written early" (turned; README, round 57)
from aligned_rulings import align73  # noqa: E402

align73("x286_01", [A4, "（三）", "1、"], "「发现部门填写《业务联系单》…提出…意见，并附…证明文件送交成果管理部门」 (第四条（三）1、): filling in the form, proposing and attaching make one sending, and a sending names no doer, in articles too (rounds 46, 48, 55); what a body meets in its work, sent to the body that handles it, is a report (round 65's x279_04), as the same finder's 告知 in （一） — a task naming no unit",
        "Units, turned: rounds 46, 48, 55's x248_01 and round 65's x279_04 over round 44's any verb; [发现部门] stays accepted",
        lead=[], resp=[], alt=[["发现部门"]], resp_alt=[["发现部门"]])
align73("x286_04", [B12], "「由房屋征收部门作为委托人，向估价机构出具…委托书，并与其签订…委托合同」 (第十二条): 其 standing for a body printed before it takes that name (round 48's 「由其与该施工企业签订」; round 55's x250_06 本单位), 「由A与B签订」 makes both doers (round 30), and a body commissioned is a doer by its own 签订 (round 67's x280_04 受托银行)",
        "Units, turned: round 48's x81_02 and round 30 over the builder's pronoun; lead [] as before, [房屋征收部门] stays accepted",
        resp=[ZS, GJ], alt=[[ZS]], resp_alt=[[ZS]])

# Round 60 (align81): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (the ban to everyone, p59a-1; README, round 60)
from aligned_rulings import align81  # noqa: E402

align81("x286_04", None, "「第三条（原则） 房地产价格评估机构（以下简称估价机构）、注册房地产估价师、…估价专家委员会成员应当独立、客观、公正地开展房屋征收评估、鉴定工作，并对出具的评估、鉴定意见负责。 任何单位和个人不得干预房屋征收评估、鉴定活动。…」: the ban to everyone is text (p59a-1), but an article with a body's work beside it is not the form — 估价机构 bound by 应当 to carry out the valuations and answer for its opinions is a party named by its kind given work (rounds 63, 67, 70's x286_04 第十一条: a task naming none; round 39: an article that also gives a body work stays a task by that work; Round 76's x270_01 第三条: an article that goes on past its stance to work is a task); the valuers and the committee's members are persons (round 30)",
        "Tasks and counts, read at its words by Round 80's line (p59a-1: one with a body's work beside it is not the form) over the answer's 「a stance and a general call」; 第三条 a task naming no unit, 24 → 25, 24 stays accepted",
        ruling="Round 80 rulings", counts={"leaf_tasks": 25, "count_alternatives": [22, 23, 24, 26, 27, 34]})

write_collected(DIR)

# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next345/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 65 (built by helper c345, for round 66): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``, or ``para`` for a
paragraph after an article's items); every answer was written here by reading the texts, with ../CONVENTIONS.md (its
head in full, "Round 83 rulings, written early" to its end in full — Rounds 83–91 — older rulings only where a ruling
quoted there led) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next345/make_expected.py tests/data/plans-next345
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)


def para(file, words):
    """Line and first eight characters of the paragraph of ``file`` that opens with ``words`` (a paragraph after an
    article's numbered items, which ``article_in`` cannot reach)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.strip().startswith(words))
    return {"line": i + 1, "title_starts": lines[i].strip()[:8]}


REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count, and the wrapper was then cut by a script")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条); "
           "a sending (Round 83's x315_01 第十一条), an application (round 30's applicant), a review of a submission and "
           "the decision on it (Round 85's x321_02; Round 91's x340_04 第十七条) and options (可, round 49 p46b) name none")
DUTYSPLIT = ("a 职责分工 article of paragraphs each opening with a body is one task naming every body it gives work, in "
             "printed order, each once (Round 82's p60c-1; Round 87's x327_02 二, confirmed), with rule 2's 会同 giving its "
             "leads inside it (Round 87's governs on x328_04 三)")
NOSUBJ = ("acts of the rules' own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、; Round 89's "
          "x329_03 第十一条; Round 91's x340_01 第五条): a task naming no unit")
STAFF = ("「A落实／配备／确定＋persons, posts or its own responsible desk（负责X）」 staffs the work and names none; A is a doer "
         "only by another clause of its own (Round 88's form; Round 90's governs on x142_01, x113_02, x79_03)")
SHORT = ("「（以下简称“X”）」 is dropped from the name at a defining bracket and the full name given there, X where X is "
         "printed (rounds 35, 43; Round 91's x339_01 第三条); the other form accepted")
RECUR = "每年／每季度／每年末 recur: no deadline (round 34's recurring dates); " + NODATE
LIMIT = ("a time counted from an event 「…之日起N个工作日内」「在30分钟内」 is a time limit, no target (round 33; Round 87's "
         "x326_08 二/1 「3日内」)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x345_01_shi-guihuaziyuanju-2022-tudi-diaocha-shishi-banfa.txt"
P01 = "上海市土地调查实施办法"
N01 = "关于印发《上海市土地调查实施办法》的通知"
SGH = "市规划资源部门"
QGH = "区规划资源部门"
SQGH = "市、区规划资源部门"
XT = "发展改革、住房城乡建设、农业农村、财政、统计、民政、生态环境、绿化市容、水务等部门"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2022〕5号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2022-05-27",
     date_note="the cover is signed 2022年5月27日 (line 9); 第二十七条's 自2022年6月1日起实施 is a general provision; 第十八条's "
               "「以每年12月31日为统一时点」 is the yearly cut-off date of the data, a recurring date (round 34); no task is dated",
     level="the city planning and natural-resources bureau, with the city government's consent, to the district bureaus: "
           "who organises, carries out, checks, accepts, stores, publishes and shares the city's land surveys",
     source=src("关于印发《上海市土地调查实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::de92fad1efe246618bde43842e76a2f9", 3897),
     style="a short cover notice, the measures' title, five chapters 「第N章  title」 (two spaces) and 27 articles "
           "「第N条（heading）」 with the heading on a line of its own and the text below in paragraphs; one list "
           "（一）–（三） (第九条, the survey's contents); no attachment",
     leaf_tasks=18, count_alternatives=[16, 17, 19, 20, 21],
     leaf_tasks_by_section={"第一–五条": 0, "第六条": 1, "第七条": 0, "第八、九条": 2, "第十条": 0,
                            "第十一–二十五条": 15, "第二十六、二十七条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第六条（实施部门）"], [XT], [SGH, QGH, XT, "镇政府", "街道办事处", "村民委员会"], lead_alternatives=[[]],
          responsible_alternatives=[[SGH, QGH, XT, "镇（乡）政府", "街道办事处", "村（居）民委员会"],
                                    [SGH, QGH, XT, "规划资源部门", "镇政府", "街道办事处", "村民委员会"],
                                    [SGH, QGH, XT, "规划资源部门", "镇（乡）政府", "街道办事处", "村（居）民委员会"]],
          **art(X01, ["第六条（实施部门）"]),
          note="「市规划资源部门是本市土地调查的组织实施部门，具体负责…。区规划资源部门负责本区土地调查的具体实施。 发展改革、…、水务等部门依法在各自职责范围内，协同规划资源部门开展土地调查，依法提供…资料。 镇（乡）政府、街道办事处、村（居）民委员会应当配合实施土地调查。」 — "
               + DUTYSPLIT + "; 「A是…的X部门，具体负责」 designates A (Round 85's x319_04); 「A协同B＋verb」 reads as 会同 (round "
               "30): lead A (lead [] accepted); fields before one head with 等 one name as printed (round 31; Round 91's "
               "governs on x340_02 第四条); 「规划资源部门」 after 协同 points back to the two departments named before and adds "
               "no unit (Round 81's x307_01 第五条; Round 87's x323_02 第二十一条 组建部门) — accepted with it; 配合 with a "
               "subject of its own makes a doer (round 46's p44g); a bracket giving the body of the same kind in other "
               "areas is dropped (Round 89's x331_02 第五条: 村（居）民委员会 → 村民委员会; x334_04 镇（乡）) — the printed names "
               "accepted; an article in 总则 that gives work is a task (round 30); " + NODATE),
        S(["第八条（宣传报道）"], [], [SQGH, "新闻媒体", "政府网站"],
          responsible_alternatives=[[SQGH], [SQGH, "新闻媒体"], [SQGH, "本市报刊、广播、电视等新闻媒体", "政府网站"]],
          **art(X01, ["第八条（宣传报道）"]),
          note="「市、区规划资源部门应当通过报刊、广播、电视和网络等媒体，大力宣传…。 本市报刊、广播、电视等新闻媒体和政府网站应当及时做好土地调查的宣传报道。」 — "
               + ARTICLE + " (宣传; 做好, Round 83's x311_03 第四条: in articles 做好 too); 「市、区X部门」 one name (round 30); "
               "names before 等 give the kind after it, 本市 no part of a name (Round 87's x325_02 第二十二条; Round 85's "
               "x321_01 六、（三））: 新闻媒体; a facility or outlet bound by 应当 to an act stands for the body that runs it "
               "(Round 85's decided x317_04 第三十一条; Round 89's x329_01 第五条): 政府网站 (RULING?: or the media are the "
               "object of the work, outside the rules' bodies — the department alone accepted); no 牵头: lead []; " + NODATE),
        S(["第十一条（全国土地调查）"], [], [SGH], lead_alternatives=[[SGH]], **art(X01, ["第十一条（全国土地调查）"]),
          note="「全国土地调查，是指…的全面调查。 本市的全国土地调查，由市规划资源部门按照…要求，…编制全市的土地调查实施方案并按要求报审后组织实施。」 — "
               "the first paragraph a definition (text); 由A＋编制／组织实施 names A (rule 2); 报审 a sending for approval, a "
               "step of the approval, no duty (Round 77's x299_01 第十条; Round 89's x329_04 第九条); " + ONE_LEAD + "; "
               + NODATE),
        S(["第十三条（土地专项调查）"], [], [SQGH, SGH, QGH], responsible_alternatives=[[SQGH]],
          **art(X01, ["第十三条（土地专项调查）"]),
          note="「全国性的土地专项调查，市、区规划资源部门应当根据自然资源部要求实施。 全市的土地专项调查，由市规划资源部门…确定调查内容，制定计划和方案，按要求组织区规划资源部门实施。 区的土地专项调查，由区规划资源部门制定计划和方案，报市规划资源部门备案后组织实施。」 — "
               "实施, 由A＋确定／制定 and 组织实施 name their subjects (rule 2), each name kept as printed, a second name printed "
               "differently kept (round 43; Round 90's x329_04); 「组织区规划资源部门实施」 makes the district department the "
               "object of 组织 (round 30), but it is a doer by its own 由A clause after it; the district's 报…备案后组织实施 "
               "asks no 批准 or 同意 of the city, so the sending of its own plan is a filing, an undated duty (Round 87's "
               "turned x328_04 四、（二）; round 48); no 牵头: lead []; " + NODATE),
        S(["第十五条（进度通报）"], [], [SQGH, SGH], **art(X01, ["第十五条（进度通报）"]),
          note="「市、区规划资源部门应当建立土地调查进度的通报制度。 …应当根据…工作时限，定期向本级政府报告工作进展情况。 市规划资源部门应当定期向各区政府通报区土地调查工作的完成情况，对进度缓慢的区进行重点督导和检查。」 — "
               + ARTICLE + " (建立; 督导和检查 of the districts' work, the body's own check, Round 87's x325_01 第二十四条); the "
               "reports and the 通报 are sendings that name none, each an undated duty (定期 prints no rhythm: plans-dev 01 "
               "and 04; round 48; Round 89's turned x331_04 第九条: a notice of one's own results); no 牵头: lead []; "
               + NODATE),
        S(["第十六条（土地调查机构）"], [], ["土地调查事务部门"], lead_alternatives=[["土地调查事务部门"]],
          responsible_alternatives=[["市规划资源部门所属的土地调查事务部门"], ["土地调查事务部门", QGH]],
          **art(X01, ["第十六条（土地调查机构）"]),
          note="「市规划资源部门所属的土地调查事务部门具体承担市级土地调查日常事务。 区规划资源部门应当落实专门机构，具体承担本区土地调查日常事务。」 — "
               "a 的-phrase gives the name after its last 的 (rounds 32, 38), the body inside it no doer (round 30) — the "
               "printed phrase accepted; 具体承担 a verb of doing in articles (round 44); " + STAFF + " — 专门机构 is such a "
               "desk, and its 具体承担 is the desk's, not the department's (RULING?: or 落实…机构 in an article is the "
               "department's own act, round 44 — accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第十八条（成果汇交和上报）"], [], [SQGH], lead_alternatives=[[SQGH]], responsible_alternatives=[[]],
          not_targets=[(12, "月")], **art(X01, ["第十八条（成果汇交和上报）"]),
          note="「土地调查成果包括…。 各类土地调查成果应当按照国家规定，实行逐级汇交制度。 对年度土地利用变更调查成果，市、区规划资源部门应当根据自然资源部统一要求，以每年12月31日为统一时点，形成书面材料并逐级汇总上报。」 — "
               "the first paragraph text (contents), the second an act with no subject (round 65's x274_01); forming "
               "written materials and compiling the lower levels' results is the departments' own work, a verb of doing "
               "in articles (Round 83's governs on x311_04 第十五条: compiling others' filings into one's own report) — "
               "none accepted (RULING?: or 形成…汇总上报 is only a sending, Round 75's p57a-2); the yearly report of the "
               "year's change survey is a yearly duty (round 41; Round 85's x320_09 二); 「每年12月31日」 the data's "
               "yearly cut-off, a recurring date, no deadline and no figure (12 月 not a target: a date); " + ONE_LEAD
               + "; " + RECUR),
        S(["第二十条（成果验收）"], [], [QGH, SGH], lead_alternatives=[[QGH]], responsible_alternatives=[[QGH], []],
          **art(X01, ["第二十条（成果验收）"]),
          note="Round 93 (turned; round 30's 由A＋any verb of doing and Round 87's governs on x325_04 over Round 83's x315_02 "
               "第十三条): [区规划资源部门] → [区规划资源部门, 市规划资源部门] — x315_02 and the review rule read a check of what a "
               "party hands in for its own cause; the final acceptance of the scheme's own survey, handed up by the scheme's "
               "own body, is the scheme's work, placed by 由; the old [区规划资源部门] and none stay accepted; the builder's "
               "reading follows. 「全国土地调查的成果验收，按照自然资源部规定的程序组织实施。 全市的土地专项调查，由区规划资源部门对调查成果初步验收合格后上报，由市规划资源部门对成果进行最终验收。 区的土地专项调查，由区规划资源部门对调查成果进行验收，并报市规划资源部门备案。」 — "
               "the district department accepting the results of the survey it carries out itself (第六条 具体实施) is its "
               "own work, named by 由A＋verb (rule 2); the city's 最终验收 checks what another body hands in, which names "
               "none in articles too (Round 83's x315_02 第十三条: 「a check of what another body hands in, and its "
               "acceptance, name none」), 由 changing nothing (Round 85's turned x317_03 第九条（一）) — the city accepted "
               "(RULING?: or 由A进行最终验收 is rule 2's 由A＋verb, the review rule reading only a party's submissions); "
               "上报 for the city's final acceptance is a step of that decision, no duty (Round 89's x329_04 第九条); 报…备案 "
               "of the district's own acceptance an undated duty (round 48); the first paragraph a pointer with no "
               "subject; " + ONE_LEAD + "; " + NODATE),
        S(["第二十一条（调查成果数据库管理）"], [], [SGH], lead_alternatives=[[SGH]], responsible_alternatives=[[SGH, QGH]],
          **art(X01, ["第二十一条（调查成果数据库管理）"]),
          note="「市规划资源部门应当建立全市统一的土地调查数据库…。 市规划资源部门应当建立、制定…制度和标准，…及时更新维护土地调查数据库。 区规划资源部门应当按照市规划资源部门的规定，设定岗位，配备专业技术人员，负责本行政区域内的土地调查数据库的更新和维护。 市规划资源部门应当对区规划资源部门…更新和维护情况进行抽检。」 — "
               + ARTICLE + " (建立, 制定, 更新维护; 抽检 of another body's work, its own audit, Round 89's x334_01 第十二条); "
               + STAFF + " — 设定岗位 and 配备专业技术人员 staff the work, and 负责 after the staff is theirs (RULING?: or 负责's "
               "subject is the district department, and 设定岗位 its own act in an article, round 44 — accepted); "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十二条（成果公布）"], [], [SQGH, SGH, QGH], responsible_alternatives=[[SQGH]],
          **art(X01, ["第二十二条（成果公布）"]),
          note="「土地调查成果除依法应当保密的以外，应当向社会公布。 本市的全国土地调查成果，按规定批准后公布。 土地变更调查成果，按规定批准后由市、区规划资源部门依次公布。 全市的土地专项调查成果，由市规划资源部门公布。 区的土地专项调查成果，由区规划资源部门公布。」 — "
               "由A＋a verb of doing names A (rule 2), three names printed differently each kept (round 43; Round 90's "
               "x329_04); publishing to the public is disclosure, no duty (round 55's x247_01 第十四条; Round 89's x329_03 "
               "第三十二条); no 牵头: lead []; " + NODATE),
        S(["第二十四条（成果共享）"], [], [SGH, "相关部门"], lead_alternatives=[[SGH]], responsible_alternatives=[[SGH]],
          **art(X01, ["第二十四条（成果共享）"]),
          note="「市规划资源部门应当与相关部门建立成果共享机制，通过签订共享协议，明确相关权利和义务。」 — 「A与B签订」 names both in "
               "articles (round 30's 「由A与B签订」; Round 85's x320_09: 签订 makes doers with 由 or in articles), and sharing "
               "among the parties themselves is their joint work (Round 85's governs on x317_01 第六条); 相关部门 a kind "
               "(Round 85's x321_01 五、（二））; the department alone accepted (RULING?: 与 without 共同, Round 91's x339_04 "
               "第五条 read 与…共同); no 牵头: lead []; " + NODATE),
        S(["第二十五条（档案管理）"], [], [QGH], lead_alternatives=[[QGH]], **art(X01, ["第二十五条（档案管理）"]),
          note="「土地调查成果应当…及时存档，统一管理。 区规划资源部门负责做好本行政区域内土地调查的档案保存工作，设立专门档案库…。 保管和使用土地调查成果资料的单位应当…建立数据管理的保密制度。」 — "
               "A负责＋work names A (rule 2); the 的-phrase leaves the bare head 单位, a call (Round 83's x311_02 第十五条; "
               "Round 91's x340_02 第十一条); the first paragraph's acts have no subject (round 65's x274_01); "
               + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "区的土地专项调查，由区规划资源部门制定计划和方案，报市规划资源部门备案后组织实施", "when": None, "when_norm": None,
         "note": "第十三条 — a district plan body files its own plan with the city, no 批准 asked (Round 87's turned x328_04 四、（二）; round 48): undated"},
        {"what": "市、区规划资源部门应当…定期向本级政府报告工作进展情况", "when": "定期", "when_norm": None,
         "note": "第十五条 — a report of the departments' own work; 定期 prints no rhythm (plans-dev 01, 04): undated"},
        {"what": "市规划资源部门应当定期向各区政府通报区土地调查工作的完成情况", "when": "定期", "when_norm": None,
         "note": "第十五条 — a notice of the city's own check of the districts' progress (Round 89's turned x331_04 第九条): undated"},
        {"what": "对年度土地利用变更调查成果，市、区规划资源部门应当…形成书面材料并逐级汇总上报", "when": "每年（以12月31日为统一时点）",
         "when_norm": "yearly",
         "note": "第十八条 — the year's change-survey results sent up level by level (round 48; a yearly rhythm, round 41)"},
        {"what": "区的土地专项调查，由区规划资源部门对调查成果进行验收，并报市规划资源部门备案", "when": None, "when_norm": None,
         "note": "第二十条 — the district's own acceptance filed with the city (round 48): undated"}],
     notes=["counting (leaf tasks): 第一条 purpose, 第二条 scope, 第三条 definition, 第四条 the survey's aims and role, 第二十六条 "
            "a pointer to the 条例 for rewards and penalties with no agent (Round 87's turned x325_01 第二十五条), 第二十七条 "
            "entry into force — general provisions (round 30); 第五条 a principle (round 68: a principle names no act); "
            "第七条 funding only — 落实经费, 列入预算, 拨付 (Round 83's x311_01 第七条; Round 89's x329_02 第七条: articles whose "
            "only acts move money are terms); 第十条 the kinds of survey (text) — no tasks; 第九条 one task naming none (its "
            "（一）–（三） the survey's contents, the paragraph after them its work: Round 86's (a)); 第十七条 one task (the "
            "survey staff's training, a person's, and the survey units' limits 不得伪造、篡改 — 「承担…任务的单位和人员」 a "
            "bare 单位 and persons, none: Round 83's x311_02 第十五条; round 30); 第十九条 one ([市、区规划资源部门] 建立, "
            "the city's 监督和抽查; not sampled); 第二十三条 one task naming none (its second paragraph a limit on the "
            "planning, use-control and approval work that must use the survey's results, Round 85's x321_03 第九条; the "
            "first paragraph text, the third an applicant's, round 30); every other article 第六、八、十一–十六、十八、二十–"
            "二十二、二十四、二十五条 one task each → **18**. Accepted: 16 and 17 (第十七条 as the hired staff's job, Round 85's "
            "x317_01, and／or 第二十三条 as a rule for whoever uses the results, Round 85's turned x321_01 三、（一））; 19 and "
            "20 (第七条 or 第五条 counted; or 第九条's three lines as items without the paragraph, 20); 21 (第九条's three "
            "lines and the paragraph after them each a task).",
            "units: rule 2 in articles (round 44); 市、区规划资源部门 one name (round 30); 第十二条 [市、区规划资源部门] (not "
            "sampled); 第十四条 [市规划资源部门] (组织人员进行监督检查; its 加强…指导 rule 3's guide; not sampled); 第十九条 "
            "[市、区规划资源部门, 市规划资源部门] (not sampled)",
            "dates: none (see date_note)",
            "figures: none in any task (the set's weak side here); 12月31日 a recurring cut-off date; 「三者一致」 (第十九条) "
            "names no quantity",
            "duties: five (see duties); not duties: 第十一条's 报审 and 第二十条's 上报 for final acceptance (steps of a "
            "decision), 第二十二条's 公布 (disclosure), 第二十三条's 书面申请 (an applicant's)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x345_02_shi-guihuaziyuanju-2021-wangluo-he-xinxi-anquan-guanli-banfa.txt"
P02 = "上海市规划和自然资源局网络和信息安全管理办法"
N02 = "关于印发《上海市规划和自然资源局网络和信息安全管理办法》的通知"
SJ = "市局"
JS = "局属各单位"
WX = "市局网络安全和信息化领导小组"
WXS = "局网信领导小组"
A4 = "第四条     （组织机构）"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the measures' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源信〔2021〕350号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2021-09-24",
     date_note="the cover is signed 2021年9月24日 (line 9); 第十六条's 自印发之日起执行 is a general provision; 每年, 每季度, "
               "每两年, 每年末, 每年第一季度 recur (round 34); 「30分钟内」「1小时内」 count from an event (round 33); no task is dated",
     level="the city planning and natural-resources bureau, to its own offices and affiliated units: who answers for "
           "network and information security, and the bureau's and its units' duties of reporting, staffing, money, "
           "assets, testing, data, operations, emergencies, training, checks and liability",
     source=src("关于印发《上海市规划和自然资源局网络和信息安全管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::f7279772599444c795cb566c8749b1b1", 4044),
     style="a short cover notice, the measures' title and 16 articles 「第N条     （heading）」 (five spaces before the "
           "bracketed heading in 第一–十条, one space in 第十一–十六条), the heading on a line of its own and the text below; "
           "第三条's three run-in principles 「分级负责。…」; 第四条 a duty list （一）–（五） with two paragraphs after it",
     leaf_tasks=18, count_alternatives=[15, 16, 17],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 2, "第四条": 6, "第五、六条": 2, "第七条": 0, "第八–十五条": 8, "第十六条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条     （基本原则）"], [], [SJ, JS], **para(X02, "分级负责。"),
          note="Round 93 (turned; Round 91's turned x337_02 二、（一） over p51e read for a heading 基本原则): no task → a task, "
               "[市局, 局属各单位], count 16 → 17 (16 stays accepted) — a new sample. 「网络和信息安全工作遵循以下基本原则：」 over "
               "「分级负责。按照“谁主管谁负责、谁运行谁负责、谁使用谁负责”的原则，建立网络安全责任体系。市局对本市规划资源行业网络和信息安全整体负责，并对局属各单位的网络和信息安全工作进行监督指导。局属各单位党委（党组）对本单位网络和信息安全负主体责任，党委（党组）主要负责人是第一责任人，主管网络和信息安全的领导班子成员是直接责任人。」 — "
               "a principle that places work on named bodies is a task like any item: 市局 by 进行监督指导 (an article's "
               "verb of doing, round 44), 局属各单位 by 负主体责任, which designates inside an item that gives work (Round "
               "87's x326_06, x326_07 第六条); the persons named 第一责任人／直接责任人 are no units (round 30); the two "
               "bodies in printed order; no 牵头: lead []; the run-in principle's own words open the sample (the article's "
               "label its path); 全程管理 and 重点把控 are not counted (the ruling turns 分级负责 alone); " + NODATE),
        S(["第三条     （基本原则）"], [], [SJ, JS], **para(X02, "全程管理。"),
          note="Round 94 (turned; Round 93's turned x345_02 第三条 分级负责 — a principle that places work on named bodies is a "
               "task like any item — with round 44's verb of doing in articles; p66d's question): no task → a task, "
               "[市局, 局属各单位], count 17 → 18 (17 and 16 stay accepted) — a new sample. 「全程管理。按照“同步规划、同步建设、同步使用”的原则，市局和局属各单位将网络和信息安全工作要求，贯穿本单位信息化建设管理的全生命周期。」 — "
               "「A将X贯穿Y」 is the bodies' own act on X (将 puts the requirements into every stage of their own "
               "building and running of systems), a verb of doing with A its printed subject (round 44), not a state the "
               "principle only describes; the two bodies in printed order; no 牵头: lead []; 重点把控 (「重点把控…关，对市局和"
               "局属各单位的…给予重点保障」: the bodies inside the object, no subject) stays no task (Round 91's x337_02: a "
               "principle naming no doer); " + NODATE),
        S([A4, "（二）"], [], [WX], lead_alternatives=[[WX], [WXS]], responsible_alternatives=[[WXS]],
          **art(X02, [A4, "（二）"]),
          note="「市局网络安全和信息化领导小组（以下简称“局网信领导小组”）是网络和信息安全工作的领导机构，负责全局网络和信息安全工作。主要职责为：」 over 「（二）建立和落实网络和信息安全责任制，审定局网络和信息安全工作规划、部署和重要项目建设方案，定期向局党组报告网络和信息安全工作情况；」 — "
               "a duty word over a list gives the lead-in's body to the lines that name none, whatever their verbs (rule "
               "4; Round 85's x319_02 四; Round 81's x305_04 第四条); the group is a standing body the article designates, "
               "with no 成立 and no roster, so its 职责 lines take it (Round 90's governs on plans-final d15: only a body "
               "set up in the section with its roster gives none); " + SHORT + "; the report to the 局党组 is the yearly "
               "one of 第五条, one duty (round 41: a step printed alike in two places); " + ONE_LEAD + "; " + NODATE),
        S([A4, "（五）"], [], [WX], lead_alternatives=[[WX], [WXS]], responsible_alternatives=[[WXS]],
          **art(X02, [A4, "（五）"]),
          note="「（五）督促、检查、指导局属单位开展网络和信息安全工作。」 — under the lead-in's 「主要职责为：」 a duty word makes "
               "the lead-in's body the line's unit whatever its verb (Round 85's x319_02 四; rule 4), 督促 and 指导 included "
               "(outside a duty list they would be a pivot and rule 3's guide, round 30); 局属单位 the object; "
               + SHORT + "; " + ONE_LEAD + "; " + NODATE),
        S([A4], ["信息处"], ["信息处", "局办公室", "局财务处", "各业务处室", "大数据中心驻局团队", JS],
          responsible_alternatives=[["信息处", "局办公室", "局财务处", "各业务处室", "大数据中心驻局团队"],
                                    ["信息处", "局办公室", "局财务处", "各业务处室", JS],
                                    ["信息处", "局办公室", "局财务处", "各业务处室"]],
          **para(X02, "市局网络和信息安全总体由信息处牵头负责"),
          note="the two paragraphs after 第四条's （五）: 「市局网络和信息安全总体由信息处牵头负责，重点负责机制建设、监督考核。局办公室负责资产管理，局财务处负责资金管理，各业务处室负责本部门数据安全并配合应急预案实施。大数据中心驻局团队总体负责网络和信息安全的技术支撑。 局属各单位应结合本单位实际，明确责任部门，建立本单位的网络和信息安全管理制度，切实落实网络和信息安全责任。」 — "
               "an unnumbered paragraph after an article's last numbered item that gives bodies work of their own is one "
               "more task of the article, several such paragraphs one task (Round 86's governs; round 38); 由A牵头负责: "
               "lead A; A负责 names A, several clauses all their bodies in order (rule 2); the team stationed in the "
               "bureau is named as a body by 负责 (a kind; RULING?: or a group of the 大数据中心's persons, round 30 — the "
               "list without it accepted); 局属各单位 is only part of the notice's addressee line 「局机关各处室、局属各单位:」, "
               "a kind (Round 91's x336_07 二), and a doer by 落实…责任 (round 46; Round 85's x318_02) and 建立 in an "
               "article (round 44) — 明确责任部门 names none by itself (" + STAFF + "); the list without it accepted; "
               "path: the article's label, the first words the paragraph's; " + NODATE),
        S(["第五条     （报告制度）"], [], [WXS, JS], responsible_alternatives=[[WXS]],
          **art(X02, ["第五条     （报告制度）"]),
          note="「局网信领导小组应每年向局党组报告…。同时，每年组织召开局网络和信息安全工作年度会议，传达…，总结…，并部署… 局属各单位应每年向局网信领导小组报告…。局属各单位应于每年末全面评估…，编制本单位风险评估报告后上报市局。」 — "
               "组织召开 names its subject (rule 2); the units' 评估, 编制 are their own acts in an article (round 44); the "
               "reports are sendings that name none by themselves (Round 83's x315_01 第十一条), each a yearly duty "
               "(round 48: plan bodies sending their own results; Round 85's x320_09 二: a recurring coordination rhythm — "
               "the yearly meeting); the short name where it acts is kept as printed (round 43); no 牵头: lead []; "
               + RECUR),
        S(["第六条     （人员管理）"], [], [], responsible_alternatives=[[SJ, JS]],
          **art(X02, ["第六条     （人员管理）"]),
          note="Round 93 (turned; the staffing form, Round 90): [市局, 局属各单位] → none — every clause staffs the work "
               "(落实专人负责) or stands outside rule 2's list (明确, 强化); the old [市局, 局属各单位] stays accepted; the "
               "builder's reading follows. 「市局和局属各单位应明确网络和信息安全岗位职责，落实专人负责网络和信息安全相关工作，并按要求签置相关保密协议。涉及购买第三方服务的，应按网络和信息安全要求强化对第三方服务机构和人员的管理，明确…操作规范。」 — "
               + STAFF + " — 落实专人负责 names none; but 明确 and 强化…管理 are the bodies' own acts in an article (round 44; "
               "Round 85's x320_10 reads 明确 as outside rule 2 only outside articles), so the subjects are doers "
               "(RULING?: or the whole article staffs and binds persons, none — accepted); 市局 is the issuer's own short "
               "name (round 30: the issuer speaking of itself is a unit as printed), 和 joining two names (round 34); the "
               "third-party providers are objects of the management; no 牵头: lead []; " + NODATE),
        S(["第九条     （安全测评）"], [], [SJ, JS], targets=[(1, "次")], **art(X02, ["第九条     （安全测评）"]),
          note="「市局与局属各单位应建立健全网络安全等级保护制度。对于本单位所有新建信息系统，上线前必须通过第三方权威检测机构的安全检测。对于本单位所有在维信息系统，等级保护定级为三级及以上的，每年至少测评一次；定级为二级的，每两年至少测评一次。市局和局属各单位应…组织开展密码应用测评，等保三级以上（含）以上的信息系统每年组织一次。」 — "
               + ARTICLE + " (建立健全; 组织开展 rule 2's own); 「每年至少测评一次」「每两年至少测评一次」: a quantity joined to 至少 "
               "is a target, 1 次 in a rhythm included (round 30's line; Round 85's x320_09 二; Round 90's x333_03 "
               "第十八条（一）), the periods 每年／每两年 no target (Round 84's p61e-1); 「三级及以上」「二级」 are grades of "
               "protection named in the classing of systems (Round 91's governs on x335_02 第十六条: a grade a result "
               "falls in is a class) — unchecked (RULING?: or 三级及以上 in a 的-clause of its own is round 30's trigger, "
               "a target 3 级); no 牵头: lead []; " + RECUR),
        S(["第十条     （数据管理）"], [], [SJ, JS], **art(X02, ["第十条     （数据管理）"]),
          note="「市局和局属各单位应对履职过程中收集和产生的数据，明确分类分级的业务规则；…坚决落实数据管理制度规范，…；…审慎履行业务审查制度规范，严格把关…。对外提供数据按照最小可用原则，加强…安全审核，…实施有效监管。…」 — "
               "落实 with a rule set as its object and 实施 name their subjects (rule 2; Round 87's x324_04 二), and in an "
               "article any verb of doing does (round 44); 履行 alone names none (round 67); the missing subjects carry "
               "the article's subject (rounds 34, 49 p46d); no 牵头: lead []; " + NODATE),
        S(["第十一条 （运维管理）"], [], [SJ, JS], targets=[(1, "次"), (6, "个月")], **art(X02, ["第十一条 （运维管理）"]),
          note="「市局和局属各单位应建立健全完善的网络和信息安全运维体系。…在监测检查方面，市局和局属各单位应保持日常监测和定期安全检测检查，频率不少于每季度一次，并应按照规定留存相关的网络日志或台账记录不少于六个月。在灾备恢复方面，…制定…计划，组织开展备份和恢复培训、演练每年应不少于一次。」 — "
               + ARTICLE + " (建立健全, 制定, 组织开展); 「不少于每季度一次」「每年应不少于一次」: the events the item holds in a "
               "rhythm joined to 不少于, 1 次 (Round 84's p61e-1; round 30's line); 「留存…不少于六个月」 a floor on how long "
               "records are kept, 6 个月 (round 30's line); no 牵头: lead []; " + RECUR),
        S(["第十二条 （应急管理）"], [], [SJ, JS, "重点部门"], responsible_alternatives=[[SJ, JS]], targets=[(1, "次")],
          not_targets=[(30, "分钟"), (24, "小时")], **art(X02, ["第十二条 （应急管理）"]),
          note="「市局和局属各单位应建立应急组织体系，制定本单位网络与信息安全应急预案，…。应建立完善的事故上报制度，当发生特别重大安全事故时，应在30分钟内口头、1小时内书面上报上级应急响应组织。… 市局和局属各单位应加强…应急值守工作，…重点部门、重要岗位要建立24小时值班制度。 市局和局属各单位每年应按要求报备应急演练计划并举行应急演练不少于一次。在…事件发生后应…及时汇总相关信息并按程序上报。」 — "
               + ARTICLE + " (建立, 制定; 重点部门 a kind with 建立 in an article — RULING?: or a part of the same bodies, "
               "the two accepted; 重要岗位 a post, no unit, round 30); 「举行应急演练不少于一次」 a target 1 次 (round 30's "
               "line; Round 84's p61e-1); " + LIMIT + " — 30 分钟 (and 1 小时) not targets; 「24小时值班制度」 a figure "
               "naming a kind of system, not a target (Round 87's x324_08 二/(二)); the accident report, sent to the body "
               "that acts on it when a case arises, is an undated duty (round 44; Round 83's x316_01 一; Round 91's "
               "governs on x335_01 第三十条), the yearly 报备 of the drill plan a yearly duty (round 48); no 牵头: lead "
               "[]; " + RECUR),
        S(["第十三条 （宣传培训）"], [], [SJ, JS], targets=[(4, "个学时"), (8, "个学时")],
          **art(X02, ["第十三条 （宣传培训）"]),
          note="「市局和局属各单位应制定年度网络安全宣传和培训计划，积极开展形式多样的宣传工作，提升安全意识。各单位在职人员年度接受网络安全培训时间要求不少于4个学时，网络和信息安全专业技术岗位年度接受专业技能培训时间不少于8个学时。」 — "
               + ARTICLE + " (制定, 开展); 不少于4个学时, 不少于8个学时 floors the item's training must reach, targets (round "
               "30's line), the unit as printed (个学时, as 个工作日／个月 are written); the staff are persons, no units "
               "(round 30); no 牵头: lead []; " + NODATE),
        S(["第十四条 （检查考评）"], [], [SJ, JS, "市局信息处"],
          targets=[(1, "次")], **art(X02, ["第十四条 （检查考评）"]),
          note="「市局和局属各单位应每年开展一次以上安全自评估，并及时将评估结果、整改情况书面报告局网信领导小组。 市局信息处应…于每年第一季度，制定并下发当年网络安全检查标准。局属各单位应每年自行组织开展本单位年度网络安全检查，并向市局信息处书面上报检查结果。市局信息处应…对局属各单位网络和信息安全工作进行抽查，相关核查、整改情况应及时报局网信领导小组，并抄送市局人事处，纳入年度绩效考核。」 — "
               + ARTICLE + " (开展, 制定并下发, 组织开展 rule 2's own, 抽查 of other bodies' work, the office's own audit: "
               "Round 89's x334_01 第十二条); 「每年开展一次以上」 a target 1 次 (round 30's line; Round 84's p61e-1); the "
               "receivers 局网信领导小组 and the copied 市局人事处 are no units (rule 3: a body that only receives), and "
               "纳入年度绩效考核 has no subject of its own; the three sendings are "
               "duties (round 48; a yearly one and two undated); 每年第一季度 recurs; no 牵头: lead []; " + RECUR),
     ],
     plan_targets=[(6, "%")], phases=[],
     duties=[
        {"what": "局网信领导小组应每年向局党组报告市局和局属各单位网络安全工作情况", "when": "每年", "when_norm": "yearly",
         "note": "第五条 (and 第四条（二）'s 定期向局党组报告, the same report, round 41) — the group's yearly report"},
        {"what": "每年组织召开局网络和信息安全工作年度会议", "when": "每年", "when_norm": "yearly",
         "note": "第五条 — a recurring coordination rhythm (plans-dev EXPECTED.md; Round 85's x320_09 二)"},
        {"what": "局属各单位应每年向局网信领导小组报告本单位网络和信息安全年度工作开展情况以及本单位网络和信息安全风险评估情况",
         "when": "每年", "when_norm": "yearly", "note": "第五条 — the units' yearly report (round 48)"},
        {"what": "局属各单位应于每年末…编制本单位风险评估报告后上报市局", "when": "每年末", "when_norm": "yearly",
         "note": "第五条 — the risk assessment report sent up at each year's end (round 48), no deadline (round 34)"},
        {"what": "当发生特别重大安全事故时，应在30分钟内口头、1小时内书面上报上级应急响应组织", "when": "30分钟内口头、1小时内书面",
         "when_norm": None, "note": "第十二条 — an accident report the rules ask when a case arises (round 44): undated"},
        {"what": "市局和局属各单位每年应按要求报备应急演练计划", "when": "每年", "when_norm": "yearly",
         "note": "第十二条 — the bodies' own drill plan filed each year (round 48)"},
        {"what": "局属各单位应每年自行组织开展本单位年度网络安全检查，并向市局信息处书面上报检查结果", "when": "每年",
         "when_norm": "yearly", "note": "第十四条 — the units' yearly check results sent up (round 48)"},
        {"what": "及时将评估结果、整改情况书面报告局网信领导小组", "when": "及时", "when_norm": None,
         "note": "第十四条 — the self-assessment's results; 及时 prints no time (Round 79): undated"},
        {"what": "相关核查、整改情况应及时报局网信领导小组，并抄送市局人事处", "when": "及时", "when_norm": None,
         "note": "第十四条 — the office's spot-check results (Round 89's turned x331_04 第九条): undated"}],
     notes=["counting (leaf tasks): 第一条 purpose, 第二条 aims (主要目标), 第十六条 entry into force — general provisions "
            "(round 30); 第三条's principles 全程管理／重点把控 (the builder read all three, 分级负责 too, as points of "
            "principle, sections: p51e; Round 89's x332_06; Round 91's x336_05 — turned for 分级负责 by Round 93, below); 第七条 "
            "money only (经费…纳入…预算; the 6 % floor a plan target: Round 83's x311_01 第七条; Round 85's x321_04 price "
            "terms) — no tasks; 第三条 two tasks, 分级负责 (Round 93, turned: a principle that places work on named bodies — "
            "市局 by 进行监督指导, 局属各单位 by 负主体责任 — is a task like any item; sampled) and 全程管理 (Round 94, turned: "
            "市局和局属各单位将…要求贯穿… — 将…贯穿 a verb of doing in an article; sampled), 重点把控 none (no doer); 第四条 6 (（一）–（五） under 「主要职责为：」, and its two paragraphs after them one task: Round "
            "86); 第五、六、八–十五条 one each (第十五条's 落实…责任追究制度 gives work beside the liability sentences) → **18** "
            "(16 before Round 93, 17 before Round 94). Accepted: 17 (全程管理 not counted, Round 93's answer), 15 (as before: 第十五条 read as the liability clause, a general provision, Round "
            "91's x340_04 第七十九条; or the paragraphs after 第四条's items folded into （五）), 16 (the builder's count, 第三条 "
            "no task; Round 93 keeps it); 18 (第七条 counted too, 全程管理 not) is the count itself now.",
            "units: 第三条 分级负责 [市局, 局属各单位] (Round 93, turned; sampled); 第三条 全程管理 [市局, 局属各单位] (Round 94, turned; sampled); 第六条 none (Round 93, turned: the staffing "
            "form); 第八条 [市局, 局属各单位] (制定, not sampled); 第十五条 [市局, 局属各单位] (落实…制度; not sampled)",
            "dates: none (see date_note)",
            "figures: targets 1 次 (第九、十一、十二、十四条), 6 个月 (第十一条), 4 and 8 个学时 (第十三条); plan target 6 % "
            "(第七条 「不得低于项目总预算的6%」); not targets 30 分钟 and 1 小时 (time limits from an event), 24 小时 (a kind "
            "of system); unchecked: 第九条's 三级／二级 grades (see its note), 第一条's 第35次 (a meeting's ordinal)",
            "duties: nine (see duties)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x345_03_shi-guihuaziyuanju-2021-chanye-yongdi-churang-guanli-ruogan-guiding.txt"
P03 = "关于加强上海市产业用地出让管理的若干规定"
N03 = "关于印发《关于加强上海市产业用地出让管理的若干规定》的通知"
QZF = "区政府相关部门"
YQ = "园区管理机构"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2021〕6号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2021-09-13",
     date_note="the cover is signed 2021年9月13日 (line 9; the stored front matter says 2021-09-14, the day it was "
               "published); the cover's 自2021年9月20日起施行，有效期至2026年9月19日 is a general provision; no task is dated",
     level="the city planning and natural-resources bureau, with the city government's consent, to the district "
           "governments, the zone committees and the city bureaus: how industrial land is planned, admitted, supplied, "
           "priced, granted for a term, renewed, checked, withdrawn, transferred, registered, mortgaged and enforced over "
           "its whole life",
     source=src("关于印发《关于加强上海市产业用地出让管理的若干规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::14a84595e5a54864af3dc92a8c5a588e", 7402),
     style="a short cover notice, the rules' title and 24 articles 「第N条（heading）」 with the heading on a line of its own; "
           "第六条 three points （一）–（三） run in (（二） with two more paragraphs), 第十五条 a list of cases （一）–（三）, "
           "第十六条 three headed classes of land （一）–（三） printed as heading lines, each with lines 1.–5., and a closing "
           "paragraph; no attachment",
     leaf_tasks=19, count_alternatives=[18, 20, 21, 22, 23, 33, 34],
     leaf_tasks_by_section={"第一–三条": 0, "第四、五条": 2, "第六条": 3, "第七–十条": 4, "第十一条": 0, "第十二、十三条": 2,
                            "第十四、十五条": 0, "第十六条": 1, "第十七条": 0, "第十八–二十四条": 7},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（管理职责）"], ["市经济信息化委", "市发展改革委", "市生态环境局"],
          ["市规划资源局", "市经济信息化委", "市发展改革委", "市生态环境局", "市其他相关部门", "各区政府", "相关派出机构",
           "区规划资源、产业、投资、生态环境等部门", QZF, "产业园区管理机构"],
          lead_alternatives=[[]],
          responsible_alternatives=[["市规划资源局", "市经济信息化委", "市发展改革委", "市生态环境局", "各区政府", "相关派出机构",
                                     "区规划资源、产业、投资、生态环境等部门", QZF, "产业园区管理机构"],
                                    ["市规划资源局", "市经济信息化委", "市发展改革委", "市生态环境局", "市其他相关部门", "各区政府",
                                     "相关派出机构", QZF, "产业园区管理机构"],
                                    ["市规划资源局", "市经济信息化委", "市发展改革委", "市生态环境局", "各区政府", "相关派出机构",
                                     QZF, "产业园区管理机构"]],
          **art(X03, ["第四条（管理职责）"]),
          note="「市规划资源局负责…。市经济信息化委、市发展改革委会同市规划资源局负责制定…。市生态环境局会同市经济信息化委、市规划资源局负责…。市其他相关部门按照各自职责，做好配合、服务、监管工作。 各区政府以及相关派出机构负责…，区规划资源、产业、投资、生态环境等部门按照各自职责，协同实施本规定。 区政府相关部门或产业园区管理机构具体负责项目履约考核等工作。」 — "
               + DUTYSPLIT + "; bodies that lead different parts by 会同 are all leads (Round 83's x316_02 （二十））, lead [] "
               "accepted; 做好 in an article is a verb of doing (round 44; Round 83's x311_03 第四条), 其他相关部门 kept as "
               "printed (round 30; Round 87's x325_02 第二十一条); 协同实施本规定 is rule 2's 实施 (Round 91's x340_02 第三条, "
               "confirmed), fields before one head with 等 one name (round 31); 以及 and 或 join doers (round 49); the lists "
               "without 市其他相关部门 and／or the district departments accepted (Round 91: 「the lists without them stay "
               "accepted」); an article on duties gives work (round 30); " + NODATE),
        S(["第五条（工作机制）"], [], ["市、区政府"], lead_alternatives=[["市、区政府"]], responsible_alternatives=[[]],
          **art(X03, ["第五条（工作机制）"]),
          note="「市、区政府完善产业用地管理协调工作机制，规划资源、经济信息化、…、人力资源社会保障等部门为成员，负责审议产业项目准入以及…指标，审核…结果和…重大决定，协调…，完善保障措施等。」 — "
               "完善 is the governments' own act in an article (round 44), 「市、区X」 one name (round 30); the departments "
               "are members (rule 3: 「成员单位为…」), and 负责's subject is the mechanism with its members, a body the "
               "item improves and no named body (rule 3's set-up body; round 73) (RULING?: or the members, by 负责 after "
               "「…为成员，」, are doers of the review — the members' own work, round 30's 「各成员单位职责」 form; or the "
               "article states a standing mechanism, none — accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第六条（规划管理）", "（二）"], [], [], targets=[(2, ""), (3, ""), (30, "%"), (15, "%")],
          **art(X03, ["第六条（规划管理）", "（二）"]),
          note="Round 93 (decided: a floor on a bare ratio): 「工业用地容积率一般不低于2.0」 unchecked → a target 2, \"\" — "
               "不低于 makes it a target by round 30's line (一般 loosening it as 左右 does), and a ratio with no unit word is "
               "written with an empty unit, as the answers write 1.05 (x339_03 第十五条; x302_01 三); the ruling applies "
               "to 容积率／系数 floors and ceilings alike, so 「通用类研发用地容积率不低于3.0」 in the same point is a target 3, "
               "\"\" too; the builder's reading follows. 「（二）根据产业需求核定产业用地容积率、建筑高度。工业用地容积率一般不低于2.0，…其中通用类研发用地容积率不低于3.0。」 with its two paragraphs 「鼓励产业用地混合利用。单一用途产业用地内，可建其他产业用途和生活配套设施的比例不超过地上建筑总量的30%，其中用于零售、餐饮、宿舍等生活配套设施的比例不超过地上建筑总量的15%。…」「…园区管理机构或其他主管部门可根据…核定单个产业项目绿地率。」 — "
               "the paragraphs after a point go on with its work and are its body (round 32); 核定 with no subject is the "
               "rules' own work (" + NOSUBJ + "); 不超过…30%, 不超过…15% ceilings of a standard, targets (round 30's line; "
               "Round 85's x322_04 第五条), 可建 stating what may be built under the ceiling; 不低于2.0 and 不低于3.0 are "
               "floors too (round 30's line) but their measure is a bare ratio with no unit word — the builder left them "
               "unchecked (decided above: targets with an empty unit); 可…核定 an option (round 49 p46b); " + NONE + "; " + NODATE),
        S(["第七条（产业准入）"], [], [], **art(X03, ["第七条（产业准入）"]),
          note="「进一步加强产业引导，按照产业用地指南强化产业项目准入管理，严禁向禁止类工业项目供地，从严控制限制类工业项目用地。 优化完善产业用地标准，定期更新…最低标准。强化…审核制度，明确…要求，并将其纳入出让合同…」 — "
               + NOSUBJ + "; 严禁…供地 a ban on an act only the rules' own work does, a limit on that work (Round 83's "
               "x314_10 四/(四)); " + NONE + "; " + NODATE),
        S(["第十条（土地出让年限）"], [], [], targets=[(20, "年"), (50, "年")], **art(X03, ["第十条（土地出让年限）"]),
          note="「实行产业用地弹性年期出让制度。新增产业项目类工业用地出让年限原则上不超过20年。…以认定的出让年期出让，最高不超过50年。…最高年限为50年。 采用长期租赁、先租后让方式供应的，租赁年限不超过20年。…租让总年限原则不超过20年。」 — "
               "an owed act of the rules' own work (实行…制度, 出让) with ceilings on it is a task naming none (Round 87's "
               "x328_01 第七条 「一般不超过5年」), not a scheme's term left to an option (Round 87's x327_01 细则 六); 原则上"
               "不超过20年, 最高不超过50年, 最高年限为50年 are ceilings joined to comparison words, targets (round 30's line: "
               "原则上不超过, 最高); the 的-clauses 「采用…方式供应的」 pick the supply by its way, with no figure; "
               + NONE + "; " + NODATE),
        S(["第十三条（达产、综合评估管理）"], [], [QZF, YQ], not_targets=[("3-5", "年"), (1, "年")],
          **art(X03, ["第十三条（达产、综合评估管理）"]),
          note="「完善产业用地项目土地利用绩效评估制度。产业用地项目土地利用绩效评估分别在达产阶段（达产评估）、达产后每3-5年（过程评估）、使用年期到期前1年（到期评估）等阶段进行，由区政府相关部门或园区管理机构依据…组织实施。」 — "
               "由A＋组织实施 names A (rule 2), 或 joining doers (round 49), each name as printed; 「每3-5年」 the period of a "
               "rhythm, no target (Round 84's p61e-1; Round 60's x174_01 「每3年」), 「到期前1年」 a time counted from an "
               "event, no target (round 33); the bracketed 达产评估／过程评估／到期评估 name the stages; no 牵头: lead []; "
               + NODATE),
        S(["第十六条（转让管理）"], [], [], targets=[(50, "%"), (60, "%"), (40, "%"), (70, "%")], not_targets=[(5, "年")],
          **art(X03, ["第十六条（转让管理）"]),
          note="「进一步加强产业用地的转让管理。在出让合同中，应当约定以下转让管理要求及违约责任：」 over three classes of land "
               "（一）–（三） and their lines 1.–5. 「…除生活配套设施以外的物业可转让不超过50%。园区平台采用直接转让的比例不得超过可转让物业的60%，领军企业…不得超过…40%。园区平台转让的物业，自转让登记之日起5年内不得再次转让…」「…建设用地使用权人须持有70%以上的物业产权…」, "
               "then 「发生违反约定…应当按照合同约定予以处置。可转让物业应在出让合同中明确…。鼓励…」 — the lines are the "
               "contents of the contract the seller must write, not items that give work: the article is one task and the "
               "closing paragraph its work (Round 86's (a): 「contents of a contract」; round 35), a task naming none "
               "(" + NOSUBJ + ") (RULING?: or the classes' lines are items of the seller's stipulating, each a leaf — "
               "Round 86 turned x88_01 第十六条 by its paragraphs after three items it counts; 33 and 34 accepted); 不超过50%, "
               "不得超过…60%, …40%, 70%以上 ceilings and a floor (round 30's line), each printed twice (（二）5 and （三）5) "
               "read once; 「自转让登记之日起5年内」 a time counted from an event, no target (round 33); " + NONE + "; "
               + NODATE),
        S(["第十八条（登记管理）"], [], [], **art(X03, ["第十八条（登记管理）"]),
          note="「按照…要求，切实加强产业用地不动产登记管理。各类产业用地应当以出让合同约定的用地范围进行不动产登记，不得分割办理登记。产业用地自持部分物业应当设定统一不动产登记单元，并发放一本不动产权证书，不得分证办理。 …应当在不动产登记簿和不动产权证附记栏内予以注记。建设用地使用权人办理转移登记…时，应当提供…审核同意的意见。 …可由合同约定的接收部门按规定办理首次登记。」 — "
               + NOSUBJ + " (登记, 设定, 发放, 注记: the register's own acts, limits on them tasks, Round 87's x327_01 第七条); "
               "the holder's 提供 is an applicant's step (round 30), the 接收部门's 可 an option (round 49 p46b); 「一本」 a "
               "count naming the one certificate (unchecked); " + NONE + "; " + NODATE),
        S(["第二十一条（地下空间基础设施建设）"], [], ["地下建设用地使用权人"], lead_alternatives=[["地下建设用地使用权人"]],
          responsible_alternatives=[[]], **art(X03, ["第二十一条（地下空间基础设施建设）"]),
          note="「出让合同中，应当明确地下建设工程的用途、最大占地范围、…等规划建设条件。因社会公共利益需要建设地铁、隧道、…等公共基础设施，地下建设用地使用权人在开发利用地下空间时应当服从并予以配合。」 — "
               "the first sentence the seller's own act with no subject (round 65's x274_01); a regulated party bound by "
               "应当 to an act is a doer in articles (Round 84's p61a-2; Round 85's x321_04 第十条 「地上和地下建设用地使用权人应当…相互"
               "提供便利」), 配合 with a subject of its own making it one (round 46's p44g), the public works being others' "
               "work, not a check made of itself (Round 83's x315_03 第七条); the case 「因…需要建设…」 picks the works it "
               "falls on; none accepted; " + ONE_LEAD + "; " + NODATE),
        S(["第二十三条（信息共享和诚信体系建设）"], ["区政府", YQ], ["区政府", YQ, "相关部门"], lead_alternatives=[[]],
          responsible_alternatives=[["区政府", YQ]], **art(X03, ["第二十三条（信息共享和诚信体系建设）"]),
          note="「建立全市统一的产业用地数据库和…信息系统，将…纳入共享平台，…建立动态实时的监管管理机制，…。 建立土地、产业、市场监管等部门关于涉地股权转让的联合监管机制，推行企业诚信体系建设，定期公示企业诚信信息。由区政府或园区管理机构会同相关部门在项目审批、…等方面，对违反法定义务和约定义务的失信主体，列为重点监管对象。」 — "
               "「由A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2), 或 joining two leads (round 49), "
               "相关部门 a kind (Round 85's x321_01 五、（二）; accepted without it); the acts with no subject are the rules' "
               "own work (round 65's x274_01); the departments in 「土地、产业、市场监管等部门关于…的联合监管机制」 describe the "
               "mechanism (round 30: a body inside a noun's description); 定期公示 is disclosure, no duty (round 55's "
               "x247_01); " + NODATE),
        S(["第二十四条（执法监察）"], [], [], **art(X03, ["第二十四条（执法监察）"]),
          note="「强化产业用地用途管制。产业用地必须按照批准用途、规划建设条件使用，不得改变批准用途。加强规划土地执法监察，对产业用地擅自改变用途的，责令限期改正，恢复产业用途。违法情节严重，在规定期限内未完成整改的，出让人可按照约定解除出让合同，无偿收回建设用地使用权。」 — "
               + NOSUBJ + " (强化, 加强执法监察, 责令: the rules' own enforcement, Round 77's x299_04 第二十八条); the land "
               "users' 必须…使用 a rule for whoever uses the land (text, Round 85's turned x321_01 三、（一））; 可 an option "
               "(round 49 p46b); " + NONE + "; " + NODATE),
     ],
     plan_targets=[(10, "%"), (15, "%")], phases=[], duties=[],
     notes=["counting (leaf tasks): 第一条 purpose, 第二条 definitions and scope, 第三条 principles 坚持… (p51e; Round 89's "
            "x332_06) — no tasks; 第十一条 a holder's application and options (可…提出续期申请, 可采用协议出让, 可按照…) and a "
            "consequence with no agent 「自然终止出让合同，依法收回」 (round 30's applicant; round 49 p46b; Round 87's turned "
            "x325_01 第二十五条); 第十四条 a holder's option to withdraw and the steps of its grant (Round 85's x321_02: a "
            "party's applications and options); 第十五条 the seller's option 可无偿收回 over a list of cases, the 补偿 and "
            "the districts' 还可…另行设定 options (round 49 p46b; the lines cases, Round 78's (b)); 第十七条 encouragements "
            "and support (鼓励, 支持, 倡导, 允许: rounds 30, 40; Round 87's x328_01 第八条), a price term 不再增收土地价款 and "
            "the redeveloper's contribution of land or floor space to the government 「应向政府无偿提供不少于10%…」「应将不少于"
            "15%…无偿提供…」, a payment in kind, the scheme's terms (Round 83's x311_01 第七条; Round 89's x329_01: a "
            "payer's obligation is a term; its figures plan targets, Round 85's x321_04) — no tasks; 第六条 3 "
            "(（一）–（三）, （二）'s two paragraphs its body, round 32); 第十六条 one (Round 86's (a), see its sample); "
            "第十九条 one task naming none (its first paragraph a rule for whoever mortgages, text, Round 85's turned "
            "x321_01 四、（一）; its second the bidders' qualification that must pass the bodies' 综合认定 — a review the "
            "rules bind their bodies to make is work, Round 87's x325_01 第十六条); every other article 第四、五、七–十、"
            "十二、十三、十八、二十–二十四条 one each → **19**. Accepted: 18 (第十九条 text); 20–23 (第十一、十四、十五、十七条 "
            "counted, in any number: the owed 收回 and 返还 after consent, the seller's withdrawal, the redeveloper's "
            "owed 提供 as a regulated party's act, Round 84's p61a-2); 33 and 34 (第十六条's fifteen lines 1.–5. as leaves, "
            "with or without its closing paragraph as its own task, Round 86).",
            "units: rule 2 in articles (round 44); 第八、九、十二、二十、二十二条 none (acts with no subject; 第六条（三）'s "
            "「由各区审核实施方案」 [各区], not sampled: 由A＋verb of doing, a kind by rule 2's 各区; the review rule does not "
            "reach a district checking its own scheme)",
            "dates: none (see date_note)",
            "figures: targets 2 and 3 (容积率 floors, unit \"\": Round 93, decided), 30 %, 15 % (第六条（二））, 20, 50 年 (第十条), 50, 60, 40, 70 % (第十六条); plan targets 10 %, 15 % "
            "(第十七条's terms); not targets 3-5 年 and 1 年 (第十三条: a rhythm's period, a time from an event), 5 年 "
            "(第十六条: a time from an event); unchecked: 第十八条's "
            "一本, the 第十二、十三、二十条 cross-references in 第十一、十五条",
            "duties: none — 第六条（三）'s 上报审批 is a step of approval (Round 77's x299_01 第十条), 第二十三条's 定期公示 "
            "disclosure (round 55's x247_01)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x345_04_shi-guihuaziyuanju-2021-cehui-dili-xinxi-hangye-xinyong-guanli-banfa.txt"
P04 = "上海市测绘地理信息行业信用管理办法"
N04 = "关于印发《上海市测绘地理信息行业信用管理办法》的通知"
REVIEW = ("a decision on a party's application or objection and its steps name none, in articles too (Round 85's "
          "x321_02 and x322_02 第二十条; Round 91's x337_01 第九条), and a review the rules bind their body to make is "
          "work, a task naming none (Round 87's x325_01 第十六条); the department accepted")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the measures' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2021〕8号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2021-11-01",
     date_note="the cover is signed 2021年11月1日 (line 9) and says the measures were adopted 2021年10月19 日 (a space "
               "before 日 as stored) and take effect 2021年12月1日 until 2026年11月30日 (general provisions); no task is dated",
     level="the city planning and natural-resources bureau, to the district bureaus, the licensed surveying units and "
           "others: the credit platform of the surveying and geographic-information trade, what credit information is and "
           "which breaches count as minor, ordinary or serious, the credit grading, objections, repair and its uses",
     source=src("关于印发《上海市测绘地理信息行业信用管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::f3c6e916a39342debfe2d8b6c85f0d21", 3986),
     style="a short cover notice, the measures' title and 23 articles run in 「第N条 text」 (one space, no headings); lists "
           "（一）–（十五） of cases (第八–十条), of sources (第十一条) and of score bands (第十五条); a closing 「附件：…」 line "
           "naming an attached standard that is not stored",
     leaf_tasks=8, count_alternatives=[7, 9, 10, 11],
     leaf_tasks_by_section={"第一条": 0, "第二条": 1, "第三–十三条": 0, "第十四–十八条": 5, "第十九条": 0, "第二十条": 1,
                            "第二十一、二十二条": 0, "第二十三条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第二条"], [], ["市规划资源部门", "上海市测绘地理信息产业协会"], responsible_alternatives=[["市规划资源部门", "产业协会"]],
          **art(X04, ["第二条"]),
          note="「市规划资源部门负责按要求建设和管理上海测绘地理信息行业信用管理平台（以下简称测绘信用平台），…；负责采集…；负责制定…。上海市测绘地理信息产业协会（以下简称产业协会）负责测绘信用平台的日常维护和服务工作。」 — "
               "A负责＋work names A, several clauses all their bodies in order (rule 2); " + SHORT + "; the platform a "
               "thing, no body; no 牵头: lead []; an article that gives work is a task, in its opening place too (round "
               "30); " + NODATE),
        S(["第十四条"], [], [], **art(X04, ["第十四条"]),
          note="「按照《…实施意见》相关规定，本市探索利用测绘信用平台开展上海市测绘地理信息行业信用分类评价（以下简称信用分类评价）。」 — "
               "the rules' own work stated as an act (探索…开展) (round 65's x274_01), its subject 本市 a place with no head "
               "and no body (round 41; Round 83's x315_01 第二十条) (RULING?: or a statement of what the rules introduce, "
               "text like a scope — 7 accepted); " + NONE + "; " + NODATE),
        S(["第十五条"], [], [], **art(X04, ["第十五条"]),
          note="「信用分类评价依据《…分类评价标准》…，采用经测绘信用平台核实公开的信用信息，通过计算机自动计分，确定资质单位综合信用等级。信用等级分为优秀、良好、一般和较差四个等级：（一）信用等级优秀：90分≤信用分值≤100分；…（四）信用等级较差：信用分值＜60分。 严重不良信息实行一票否决，…自动列为信用等级较差。」 — "
               "the grading is the rules' own act with no subject (round 65's x274_01), and lines that only class the "
               "results are the article's text, one task with the act (Round 78's (b); Round 91's confirmed class lists); "
               "the score bands name the grade a result falls in, a class — unchecked (Round 91's governs on x335_02 "
               "第十六条); " + NONE + "; " + NODATE),
        S(["第十六条"], [], [], **art(X04, ["第十六条"]),
          note="「信用分类评价结果应当在测绘信用平台上公开，资质单位可登录测绘信用平台，自行生成、下载和打印本单位的信用分类评价结果。」 — "
               "publishing the results is an owed act of the rules' own work with no subject (round 65's x274_01), no duty "
               "(disclosure, round 55's x247_01); the units' 可 an option (round 49 p46b); " + NONE + "; " + NODATE),
        S(["第十七条"], [], [], responsible_alternatives=[["市规划资源部门"]], not_targets=[(7, "个工作日")],
          **art(X04, ["第十七条"]),
          note="「资质单位对信用信息或信用分类评价结果有异议的，可通过测绘信用平台提出异议申请，市规划资源部门应当自收到异议申请之日起7个工作日内进行处理。确需更正的应当及时更正，处理结果应当及时告知异议申请人。」 — "
               + REVIEW + "; the objector's 可 an option (round 49 p46b); " + LIMIT + " — 7 个工作日 no target; telling the "
               "objector the result is a notice of the body's own results, an undated duty (Round 91's x340_02 第二十四条; "
               "Round 89's turned x331_04 第九条) (RULING?: or handing a party what it needs, a sending of a decision in the "
               "party's own cause, no duty — Round 85's x322_04 第七条); " + NONE + "; " + NODATE),
        S(["第十八条"], [], [], responsible_alternatives=[["市规划资源部门"]], targets=[(3, "个工作日")],
          not_targets=[(2, "个工作日"), (5, "个工作日")], **art(X04, ["第十八条"]),
          note="「资质单位主动改正…的，可通过测绘信用平台提出信用修复申请。市规划资源部门应当自收到信用修复申请之日起2个工作日内决定是否受理，并自受理之日起5个工作日内作出是否予以修复的决定，情况复杂的，可延长最多不超过3个工作日。 经核查符合信用修复条件的，确认信用修复。…」 — "
               + REVIEW + "; 「可延长最多不超过3个工作日」: a quantity joined to 最多／不超过 is a target wherever it stands, an "
               "extension left to 可 included (Round 83's x315_03 第七条 「可以延长核查期限，最多不得超过30日」, confirmed); "
               + LIMIT + " — 2 and 5 个工作日 no targets; the last paragraph's pointer to the court's interpretation text; "
               + NONE + "; " + NODATE),
        S(["第二十条"], [], ["市规划资源部门"], lead_alternatives=[["市规划资源部门"]], **art(X04, ["第二十条"]),
          note="「市规划资源部门在履行行业管理和公共服务职责过程中，应当褒扬诚信、惩戒失信。对信用优秀的单位，依法采取公开表扬等相关激励措施。对信用较差的单位，列为重点监管对象，依法采取加大日常监督检查频次等惩戒措施。」 — "
               + ARTICLE + " (褒扬, 惩戒, 采取; the missing subjects carry the article's, rounds 34, 49 p46d); the "
               "measures the bureau applies are its own work, no consequence pointing to the law (Round 91's x340_01 "
               "第三十二、三十四条); " + ONE_LEAD + "; " + NODATE),
        S(["第二十三条"], [], ["市规划资源部门"], lead_alternatives=[["市规划资源部门"]], **art(X04, ["第二十三条"]),
          note="「市规划资源部门应当对信用分类评价和应用情况进行评估，并根据评估结果调整《分类评价标准》，保证评价结果的合理、公平、公正。」 — "
               + ARTICLE + " (进行评估 of its own scheme, 调整: the body's own work, not a review of a party's submission); "
               + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "处理结果应当及时告知异议申请人", "when": "及时", "when_norm": None,
         "note": "第十七条 — a notice of the bureau's own decision (Round 91's x340_02 第二十四条; Round 89's turned x331_04 第九条): undated (RULING?)"}],
     notes=["counting (leaf tasks): 第一条 purpose (general provision, round 30); 第三–七条 definitions of credit "
            "information and its kinds (text); 第八–十条 lists of the cases that count as minor, ordinary and serious bad "
            "information, 第十一条 the list of sources — lines that only class cases or name contents are text (Round 83's "
            "x313_03 第十三条; Round 86's (a)); 第十二条 a state the records must meet 「应当及时准确、公开透明、过程留痕」 "
            "(text: Round 88's x290_01; Round 91's x339_01 第五条); 第十三条 a scope 「参照…执行」 (text); 第十九条 the "
            "bureau's option 可以…探索推进…，依法依规开展失信惩戒 (可 reaching the joined clause, round 49 p46b; Round 91's "
            "x337_04 第二十二条) and an encouragement (鼓励, round 30) — no task; 第二十一条 the liability of the bureau's and "
            "the association's staff, a general provision (Round 91's x340_04 第七十九条); 第二十二条 the licensed units' "
            "truthfulness of their own filings and a consequence pointing to the law (a party's filing on itself, round "
            "42; Round 87's turned x325_01 第二十五条) — no tasks; 第二、十四–十八、二十、二十三条 one each → **8** (every task "
            "sampled). Accepted: 7 (第十四条 as a statement of scope), 9–11 (第十二、十九、二十二条 counted, in any number).",
            "units: rule 2 in articles (round 44); every task sampled",
            "dates: none (see date_note)",
            "figures: target 3 个工作日 (第十八条); not targets 2, 5, 7 个工作日 (time limits); unchecked: 第十五条's score "
            "bands (classes), the classes' figures in 第八–十条 「三十日内」「2人及以下」「3人及以上」 (lines of cases, no task: "
            "round 31's faults listed, round 58's classes), 第一条's 2021年10月19 日",
            "duties: one undated (第十七条, see duties); not duties: 第二条's 发布 and 第十六条's 公开 (disclosure)"])

write_collected(DIR)

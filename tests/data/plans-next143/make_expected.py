# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next143/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 37 (built by helper c143): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
74f07fc5 (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32 to round-36 rulings and the early round-37
rulings). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next143/make_expected.py tests/data/plans-next143
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
CLOSED = ("CONVENTIONS.md round 30 / round 37: rule 2's forms are a closed list — the plain subject of another verb (征求, "
          "征询, 纳入, 明确, 建设完善, 建立健全, 做好, 加强, 进行…审核／评估／监督, 开展 without 组织 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
ONE_LABEL = ("CONVENTIONS.md units rule 1: a unit-colon item 「N.A：…」 gives its label's name (round 37: a unit-colon "
             "label gives the label's name); sentences in its text add nothing; a single unit: lead [] with the unit as "
             "lead accepted (plans-dev 03)")
MAIN = ("an article of the document's own work (not purpose, scope, definitions, principles, interpretation or entry into "
        "force): a task whether or not it names a unit (CONVENTIONS.md round 30 articles; round 34 headed points)")
CASE = "a clause inside a case 「…的，由A…」「…的，应移交A处理」 is rule 3's case, not the item's work (CONVENTIONS.md rule 3)"


def art_sample(file):
    """Samples of one file located by their article label (``article_in``); ``at`` locates another path."""
    def A(path, lead=(), resp=(), targets=(), at=None, **kw):
        return S(path, lead, resp, targets, **kw, **art(file, at or path))
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x143_01_baoshan-2024-haimian-chengshi-guihua-jianshe-guanli-shishi-xize.txt"
PLAN01 = "宝山区海绵城市规划建设管理实施细则"
NOTICE01 = f"关于印发《{PLAN01}》的通知"
A1 = art_sample(X01)

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 细则's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="宝建〔2024〕11号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区建设和管理委员会",
     date="2024-07-22",
     level="district commission (Shanghai Baoshan), to 各有关单位",
     source=shanghai_source(FOLDER, "关于印发《宝山区海绵城市规划建设管理实施细则》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=f2ba4abf-0e26-42e1-9764-80429f46d745&siteId=0078", 4356),
     style="a cover (its basis restated, dated 2024年7月22日, 「附件：」) then the 细则 in 第一章–第四章 and 第一条–第十七条, each "
           "label with its heading 「第五条（职责分工）」 alone on its line and its paragraphs below; 第五条 a 职责分工 article of "
           "unit paragraphs (seven bodies and a list of nine bureaus 「…等有关部门」); many subjects with verbs outside rule 2 "
           "(征求, 纳入, 征询, 进行评审, 进行专项检查, 不予核发, 进行重点验收, 建设完善); 由A负责 by kind of facility (第十六条), "
           "由第三方机构考核评价 (第十七条); a closing line 「本实施细则自发布之日起实施。」 after 第十七条",
     leaf_tasks=13, count_alternatives=[12, 14, 17, 19],
     leaf_tasks_by_section={"第一章 第五条": 1, "第二章 第六条–第十一条": 6, "第三章 第十二条–第十四条": 3, "第四章 第十五条–第十七条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A1(["第五条（职责分工）"], [],
           ["区建设管理委", "区规划资源局", "区发展改革委", "区财政局", "各街镇（园区）", "区交通委", "区绿化市容局", "区水务局",
            "区住房保障房屋管理局", "区教育局", "区体育局", "区卫生健康委", "区民政局", "区文化旅游局", "各建设（养护）主体"],
           note="an article headed 职责分工: every body the text gives work is a unit, in printed order (CONVENTIONS.md round 34 "
                "「A 职责分工 heading is a label of doers」, round 35's list) — its seven unit paragraphs are one task (round 32: a "
                "childless section of unit paragraphs; 19 accepted with them as seven tasks); 「区交通委、区绿化市容局、…、区文化"
                "旅游局等有关部门」 separate heads: each name, the 等有关部门 tail dropped (round 35); 「各街镇（园区）」「各建设（养护）"
                "主体」 brackets stay with their names (round 34: 「街镇（高新区）」); 区财政局 「负责…资金的统筹、协调」 is 负责 (work, "
                "round 37), not a payer; 「区建设管理委为海绵城市建设主管部门」 a designation (round 37); no 牵头: lead []; " + NODATE),
        A1(["第六条（规划编制）"], [], ["各街镇（园区）"], lead_alternatives=[["各街镇（园区）"]],
           note="「各街镇（园区）应根据…，组织编制各片区海绵城市实施方案…，并报区建设管理委备案」: A组织＋work (CONVENTIONS.md rule 2; "
                "round 34) — " + SUBJ + "; a kind of bodies with a rule-2 verb is a doer (round 32); 区建设管理委 only receives "
                "the filing (rule 3); the sending is a duty (below); 「（2019-2035）」 years, 「年径流总量控制率」 no figure — no "
                "target; " + NODATE),
        A1(["第十六条（管理责任）"], [], ["各项目管理单位", "相关行业管理部门", "产权单位", "其委托方"],
           note="「…公共项目海绵设施，由各项目管理单位负责维护管理，或由相关行业管理部门负责维护管理；…其它类型海绵城市设施，由产权"
                "单位或其委托方负责维护管理」: 由A负责 (rule 2) in a scope split by kind of facility — both sides are doers (round 34 "
                "「实行X的由A负责，未实行X的由B负责」); 「由A或B…负责」: A and B are doers (round 30); 相关行业管理部门 a kind "
                "(round 33: 相关部门 kinds); RULING?: 「其委托方」 (the owner's agent) kept as printed, a party named by a kind "
                "doing the work for another (round 34: 「由A代为申请」 an agent is a doer), not a back-reference; no 牵头: lead []; "
                + NODATE),
        A1(["第十七条（监测评估）"], [], ["第三方机构"], lead_alternatives=[["第三方机构"]],
           note="「海绵城市设施主管部门对…进行监督，制定服务标准，由第三方机构考核评价，按效付费」: the agent of 由 with a verb of "
                "doing is a doer (CONVENTIONS.md round 34: 「由A＋any verb of doing」) — " + SUBJ + "; 进行监督, 制定 — " + CLOSED
                + "; 「海绵城市设施的维护管理单位应建立健全…，做好日常养护工作」 no rule-2 verb; 「鼓励第三方机构定期评估」 an "
                "encouragement (no assignment); the closing line 「本实施细则自发布之日起实施。」 is the close, not this article's "
                "body (round 34); 「定期」 no date; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各街镇（园区）组织编制各片区海绵城市实施方案，并报区建设管理委备案", "when": None, "when_norm": None,
              "note": "第六条: a plan unit's sending to another body of the plan (CONVENTIONS.md round 32, round 35), no date"}],
     notes=["counting: 第一条 (basis), 第二条 (definition), 第三条 (scope), 第四条 (principles 「坚持…的原则」, round 33) are general "
            "provisions; 第五条–第十七条 → **13** (第五条's seven unit paragraphs one task, round 32; 第七条, 第八条, 第九条, "
            "第十条, 第十一条, 第十二条, 第十三条, 第十四条, 第十五条 give work 「应…」 with no rule-2 doer: tasks, round 30). "
            "Accepted: 12 (第十四条 「…应随主体工程同步移交」 read as a statement), 14 (with 第四条), 17 (every article), 19 "
            "(第五条's seven paragraphs as tasks)",
            "units: not sampled — 第七条 (「区建设行政管理部门认定的《…规划》」 a body inside a noun's description, round 30), "
            "第八条 (区规划资源局 应征求…意见，并将…纳入), 第九条 (区发展改革委 应将…纳入), 第十条 (建设单位 明确; 区规划资源局 征询; "
            "区建设管理委 选择…专家…进行评审), 第十一条 (施工图审查机构 开展; 区建设管理委 进行专项检查; 区规划资源管理局 不予核发), "
            "第十二条 (建设单位 施工), 第十三条 (区建设和管理委员会、区绿化市容局 进行重点验收; 应要求…限期整改), 第十五条 (「区建设"
            "管理、水务、交通、绿化市容等部门」 建设完善) — " + CLOSED + "; 第十四条 no subject — all no unit",
            "dates: none — 2024年7月22日 the cover, 「（2019-2035）」「（2019-2035年）」 a plan's span in a title, 「定期」「限期」, "
            "「自发布之日起实施」 entry into force",
            "targets: none — document and standard numbers (沪府办〔2015〕111号 … 沪建安质监〔2024〕36号, DG/TJ08-2298-2019, "
            "宝府规〔2023〕2号) are not targets; 「不得低于原设计目标」 has no figure; no phases",
            "near twin check: plans-next123 x123_04 (金山区海绵城市规划建设管理实施细则, 2026) follows the same city 办法 "
            "(沪住建规范联〔2023〕11号); another district's own text (17 articles against 22, its own 职责分工), 14 % of its "
            "10-character runs shared — not a near twin (round 36: another year's issue of one document)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x143_02_qingpu-2024-gengdi-zhiliang-baohu-yu-tisheng-butie-shishi-xize.txt"
PLAN02 = "青浦区耕地质量保护与提升补贴实施细则"
NOTICE02 = f"上海市青浦区农业农村委员会关于印发《{PLAN02}》的通知"
RATE = ("a subsidy item of 三、补贴标准: a policy's own per-unit rates are its targets (CONVENTIONS.md round 25, plans-dev 01 "
        "二/（三）); 「由市、区补贴资金统筹安排」 names funds, not a body, and 配套 is a cost verb — a payer, no unit (round 30, "
        "round 35, round 37: only a cost verb alone makes a payer); RULING?: the numbered items of a 补贴标准 section read as "
        "tasks (round 25's policy items), not as round 36's 「list of rates or prices under an article」 (text) — counts 2 and 3 "
        "without them are accepted")

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 细则's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="青农委〔2024〕80号 (from the index; the stored text prints no number)",
     issuer="上海市青浦区农业农村委员会 with 上海市青浦区财政局",
     date="2024-05-06",
     level="district commission (Shanghai Qingpu), to 各镇人民政府、街道办事处，现代农业园区",
     source=shanghai_source(FOLDER, "上海市青浦区农业农村委员会关于印发《青浦区耕地质量保护与提升补贴实施细则》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00831367037&siteId=0083", 1749),
     style="a cover (two issuers on one line with two spaces, dated 2024年5月6日) then the 细则: an unnumbered purpose paragraph, "
           "一、补贴内容 and 二、补贴对象 (childless), 三、补贴标准 with （一）–（七） headed subsidy items (rates 元/亩, 元/吨, "
           "「20元/100升」, 「最高不超过300元/亩」, a split 「按区、镇7:3负担」), 四、工作要求 with 1．–4． (full-width points) "
           "opening with run-in headings 「加强补贴数据核查。」; penalties by count of false reports; a closing 附件 line (the "
           "attachment not printed)",
     # aligned round 54 to CONVENTIONS.md "Round 66 rulings" (turned, round 64 over round 25's policy item): 三、补贴标准
     # （一）–（七）, a fund's rates by class with no doer and no 要／应, are the scheme's terms (round 64's 扶持标准; round 62's
     # w52b), and a fund as the agent of 由 is no body (round 45): no tasks — samples 三/（一）, 三/（四） dropped, count 9 → 2;
     # their rates are plan targets (round 62); the earlier reading (9, ``RATE``) stays accepted
     leaf_tasks=2, count_alternatives=[9, 3, 10],
     leaf_tasks_by_section={"四、工作要求": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["一、补贴内容", "二、补贴对象"],
     samples=[
        S(["四", "1"], [], ["各街镇", "现代农业园区"],
          note="「各街镇、现代农业园区应认真组织补贴资金申报、资格审核、核查公示等工作」: A组织＋work (CONVENTIONS.md rule 2; round 34) "
               "— two names (round 30: 「各镇、园区」 two, 各 not shared), no 牵头: lead []; an item of 工作要求 that names a unit is "
               "a task (round 27, round 33); 「出现1次／2次／3次不实信息的」 counts with no comparison word that trigger a "
               "sanction, 「补贴资金扣减50%」 a penalty (round 32, round 33) — no targets (not checked as not-targets); " + NODATE),
        S(["四", "2"], [], ["各街镇（现代农业园区）"], lead_alternatives=[["各街镇（现代农业园区）"]],
          note="「本细则涉及补贴原则上由各街镇（现代农业园区）审核后上报」: the agent of 由 with a verb of doing (审核) — " + SUBJ
               + "; the bracket stays with the name (round 34); 「另有规定的，从其规定」 a case with no body; the sending 上报 is a "
               "duty (below); " + NODATE),
     ],
     # 三/（一） 「最高不超过300元/亩」「配套45元/亩」, 三/（四） 「250元/吨」「900元/吨」: plan targets (round 66, round 62)
     plan_targets=[{"number": 300, "unit": "元/亩"}, {"number": 45, "unit": "元/亩"}, {"number": 250, "unit": "元/吨"},
                   {"number": 900, "unit": "元/吨"}],
     phases=[],
     duties=[{"what": "补贴原则上由各街镇（现代农业园区）审核后上报", "when": None, "when_norm": None,
              "note": "四/2: a plan unit's sending onward (CONVENTIONS.md round 35, round 36: 「村…初审后报镇」), no date"}],
     notes=["counting: the purpose paragraph, 一、补贴内容 (what the subsidy covers: a definition) and 二、补贴对象 (scope) are general "
            "provisions (round 30, round 34 headed points); 三/（一）–（七） the subsidy items → 7 (RULING? above); 四/1, 四/2 name "
            "units → 2; 四/3 (「各街镇（现代农业园区）要…做好政策宣传」: 做好 is no rule-2 verb — an item of 工作要求 that names no unit is "
            "no task, round 27) and 四/4 (entry into force, validity, interpretation) not tasks → **9**. Accepted: 10 (with 四/3), "
            "2 and 3 (the subsidy items read as a list of rates, text, round 36)",
            "units: not sampled — 三/（二） (「按区、镇7:3负担」 a cost split: payers; 6斤/亩 … a supply norm), 三/（三）, （五）–（七） "
            "(rates and 由…资金统筹安排), 四/3 — no unit",
            "dates: none — 2024年5月6日 the cover; 「有效期至2026年10月30日」 validity and 「自2023年4月7日起至印发之日参照实施」 "
            "(the 细则's own validity, round 37: not a campaign span); 「当年度」「年度」 no date",
            "targets: 三/（一） 300元/亩 (最高不超过), 45元/亩; 三/（三） 200元/亩, 15元/亩; 三/（四） 250元/吨, 900元/吨; 三/（五） "
            "1000元/吨; 三/（六） 1500元/吨; 三/（七） 20元/100升 — the policy's rates (round 25); 三/（二） 6斤/亩, 15斤/亩, 1.5斤/亩 "
            "a supply norm (「按…供应」, no comparison word, round 30) and 7:3 a cost split — not targets; 四/1 50% a penalty "
            "(round 32); document numbers 沪农委规〔2022〕5号, 6号 not targets; no phases"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x143_03_songjiang-2024-jiti-jingyingxing-jianshe-yongdi-rushi-jiti-shouyi-fenpei-guanli-guiding.txt"
PLAN03 = "上海市松江区农村集体经营性建设用地入市集体收益分配管理规定"
NOTICE03 = f"关于印发《{PLAN03}》的通知"
A3 = art_sample(X03)

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 规定's own title after the cover (printed on two lines 「上海市松江区农村集体经营性建设用地」 / 「入市集体收益分配"
                "管理规定」), or the notice title (the first line): either is accepted",
     doc_no="松农规〔2024〕2号 (from the index; the stored text prints no number)",
     issuer="上海市松江区农业农村委员会",
     date="2024-01-02 (the cover's date; the index gives 2024-04-08)",
     level="district commission (Shanghai Songjiang), to 各镇人民政府、街道办事处，区政府有关部门",
     source=shanghai_source(FOLDER, "关于印发《上海市松江区农村集体经营性建设用地入市集体收益分配管理规定》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=1c414712a8e94be49bd483cc21464a98&siteId=0082", 2019),
     style="a cover (dated 2024年1月2日) then the 规定, its title on two lines, 第一条–第十一条 each run into its paragraph after a "
           "run-in heading 「第八条 核算 区农业农村委…」; 「A和B负责」 (第八条), a heading 「责任单位」 over a sentence with 进行审核 "
           "(第九条), 「经…五分之四以上同意」 (第六条), options 「可由…共同核定」, filings 「报…备案」, a case 「涉嫌违法犯罪的，应移交…」",
     leaf_tasks=6, count_alternatives=[5, 7, 11],
     leaf_tasks_by_section={"第五条–第十条": 6},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A3(["第八条 核算"], [], ["镇人民政府", "街道办事处"],
           note="「镇人民政府和街道办事处负责本辖区入市分成收益资金具体用途及日常管理的监督」: the subject of 负责 (CONVENTIONS.md rule 2) "
                "— 「A和B」 two names (round 34); no 牵头: lead []; 「区农业农村委指导集体经济组织核算…」: 「A指导B…」 without 负责 is "
                "rule 3's guide (round 30), not a unit; 「土地前期成本可由…镇人民政府（街道办事处）与农村集体经济组织共同核定」 an "
                "option (round 30: 「可由A」 no assignment); 「经出让人和属地政府确认后报区农业农村委、区规划资源局备案」 approving and "
                "receiving bodies (rule 3) and a regulated party's filing (round 32: no duty); " + NODATE),
        A3(["第九条 责任单位"], [], ["街镇农经部门"], lead_alternatives=[["街镇农经部门"]],
           note="「第九条 责任单位 街镇农经部门对入市分成收益资金规范性使用进行审核」: RULING?: the article's heading 「责任单位」 "
                "(responsible unit) read as a heading that gives out work (CONVENTIONS.md round 34 / round 35 / round 37: 职责分工, "
                "管理责任 and any 「X分工」 headings — every body the text gives work is a unit), so 街镇农经部门 is a unit though "
                "进行审核 is no rule-2 verb (round 37: 「A对…进行审批」 names no doer); read by rule 2 alone the answer would be "
                "none — " + SUBJ + "; " + NODATE),
        A3(["第十条 法律责任"], [], ["区各级纪检监察组织"], lead_alternatives=[["区各级纪检监察组织"]],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区各级纪检监察组织根据…，对…开展监督执纪问责」 — the subject of 开展 is a doer, named as printed; lead [] (accepted as the lead); formerly: " + "「区各级纪检监察组织根据区级职能部门的意见和要求，对…开展监督执纪问责」: 开展 without 组织 — " + CLOSED + "; "
                "「涉嫌违法犯罪的，应移交司法机关处理」: " + CASE + "; 区级职能部门 only gives opinions — " + NONE + "; " + MAIN
                + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (总则: purpose and basis), 第二条 (定义), 第三条 (适用范围), 第四条 (使用范围: what the income is "
            "used for — a scope, round 30 / round 34), 第十一条 (entry into force, validity, interpretation) are general "
            "provisions; 第五条 (使用方法: 「应列入当期收益，计入…」 — accounting rules 「应…」 with no doer), 第六条 (程序), "
            "第七条 (监督管理), 第八条, 第九条, 第十条 → **6**. Accepted: 5 (第五条 read as a definition of the use), 7 (with "
            "第四条), 11 (every article)",
            "units: not sampled — 第五条, 第六条 (「需召开理事会…，并经成员大会…同意」: bodies of the collective with no rule-2 "
            "verb; 「应纳入街镇农村经营管理机构的日常指导和监督工作」 a body inside a noun), 第七条 (「街镇农经部门对…进行年度评估」: "
            "进行, " + CLOSED + ") — no unit",
            "dates: none — 2024年1月2日 the cover; 「2024年2月1日起施行，有效期至2029年1月31日」 entry into force and validity; "
            "「当期」「当年度」「年度」 no date",
            "targets: 第六条 「出席人数经五分之四以上同意」 a fraction joined to 以上 — a target by the line (round 30), not sampled "
            "(a fraction, as plans-next123 left 三分之二以上 unchecked); no other figure; no phases, no duties (the 备案 in 第八条 "
            "is a regulated party's filing, round 32)",
            "near twin check: plans-next129 x129_01 (奉贤区 …入市集体收益分配的管理办法, 2025) treats the same subject with some "
            "like sentences; another district's own text (its own articles and bodies), 12 % of its 10-character runs shared — not "
            "a near twin (round 36)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x143_04_minhang-2024-haimian-chengshi-guihua-jianshe-guanli-shishi-xize-shixing.txt"
PLAN04 = "关于闵行区海绵城市规划建设管理实施细则（试行）"
NOTICE04 = "关于印发《闵行区海绵城市规划建设管理实施细则（试行）》的通知"
A4 = art_sample(X04)
P5 = "第五条 （职责分工）"


def item5(n, unit, extra):
    """An item 「n.unit：…」 of 第五条 (a unit-colon label, one name)."""
    return A4([P5, str(n)], [], [unit], lead_alternatives=[[unit]], at=["第五条", f"{n}."],
              note=f"「{n}.{unit}：…」: " + ONE_LABEL + "; " + extra + NODATE)


plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 细则's own title after the cover, as printed with its 「关于」, or the notice title (the first line): either "
                "is accepted",
     doc_no="闵建管规〔2024〕1号 (printed under the notice title)",
     issuer="上海市闵行区建设和管理委员会",
     date="2024-03-15",
     level="district commission (Shanghai Minhang), to 各有关单位",
     source=shanghai_source(FOLDER, "关于印发《闵行区海绵城市规划建设管理实施细则（试行）》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5faf5be2-4e3e-4848-94a8-24fb2c53f1f9&siteId=0079", 4134),
     style="a short cover with no blank lines (its number, 2024年3月15日) then the 细则 titled 「关于闵行区…实施细则（试行）」 in "
           "第一章–第五章 and 第一条–第二十条, each label with a heading 「第五条 （职责分工）」 alone on its line (one with ASCII "
           "brackets 「第一条 (目的和依据)」); 第五条 a lead-in naming every bureau then unit-colon items 「1.区发改委：…」–「10.各街镇、"
           "园区、区属国有企业：…」; 「&ldquo;…&rdquo;」 HTML entities left in the text; 由A、B…实施监管 (第九条), 「区建管委牵头各有关"
           "部门、单位，…开展…」 (第十九条); options 「可以…」「产权单位可委托…」",
     leaf_tasks=23, count_alternatives=[24, 29],
     leaf_tasks_by_section={"第五条 1.–10.": 10, "第六条–第十七条": 12, "第十九条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        item5(1, "区发改委", "「根据项目实际…落实海绵城市建设要求及相关建设费用」; "),
        item5(2, "区建管委", "「统筹指导和推进…，负责组织编制区级海绵城市建设规划…」; "),
        item5(4, "区财政局", "「支持将…费用纳入各项目建设成本，并落实…的经费保障」 — the label decides, a payer's wording adds "
                           "nothing (rule 1); "),
        item5(8, "区生态环境局", "「加强重点水质断面监测，提供…监测数据」 — no rule-2 verb, but the label decides (rule 1); "),
        item5(9, "区水务局", "「…指导街镇自行立项实施的…项目落实海绵城市建设要求」: 街镇, the object of 指导 inside a labelled item, "
                           "is not added (rule 1: sentences add nothing); the ASCII 「,」 is the text's; "),
        A4([P5, "10"], [], ["各街镇", "园区", "区属国有企业"], at=["第五条", "10."],
           note="「10.各街镇、园区、区属国有企业：…」: the unit-colon label's names (CONVENTIONS.md rule 1; round 37) — three names "
                "(round 30: 「各镇、园区」 two, 各 not shared); 「配合各职能部门开展…」 and 「各建设（养护）主体应落实主体责任…」 in its "
                "text add nothing (the label decides); no 牵头: lead []; " + NODATE),
        A4(["第九条 （规划条件和土地出让）"], [], ["区建管委", "水务局"],
           note="「由区建管委、水务局对建设单位落实…的建设情况实施监管」: the agent of 由 with a verb of doing (CONVENTIONS.md rule 2) — "
                "both names as printed (水务局 as the text prints it); no 牵头: lead []; 「区规划资源局…应就…征询区建管委的意见」「…征询"
                "区建管委、水务局…的意见，并将…纳入土地出让合同」 — " + CLOSED + "; 建设单位 the object watched; 「可以依法通过…」 an "
                "option; " + NODATE),
        A4(["第十九条 （宣传引导）"], ["区建管委"], ["区建管委"],
           note="「区建管委牵头各有关部门、单位，积极开展海绵城市建设宣传引导活动」: 「A牵头B、C＋verb」 reads as 「由A牵头，B、C配合」 "
                "(CONVENTIONS.md round 33): lead 区建管委; RULING?: 「各有关部门、单位」 read as round 37's catch-all 「相关部门和单位」 "
                "(a general call, no unit), not as one name 「各有关委、办、局」 (round 32) — responsible 区建管委 alone; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "组织编制片区海绵城市建设系统方案，细化分解至水务、交通、绿容等相关条线，并上报市住房城乡建设管理委", "when": None,
              "when_norm": None,
              "note": "第六条: the plan's sending of its 系统方案 to the city commission (CONVENTIONS.md round 32 / round 35: a plan "
                      "body's sending to another body is a duty; the sender is unnamed in the article), no date"}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (definition), 第三条 (scope), 第四条 (principles), 第二十条 (entry into "
            "force, validity) are general provisions; 第五条's lead-in paragraph opens its items (rule 4), its items 1.–10. are "
            "the leaves → 10; 第六条–第十七条 → 12 (most give work 「应…」 with no rule-2 doer: tasks, round 30); 第十八条 "
            "(「鼓励和支持…推广使用」 an encouragement with no body and no work of the plan's bodies — not a task in a plan with "
            "units, round 33); 第十九条 → 1; **23**. Accepted: 24 (with 第十八条), 29 (every article, 第五条 as its ten items)",
            "units: not sampled — 第五条/3, 5, 6, 7 (labels 区交通委, 区规划资源局, 区房管局, 区绿容局); 第六条, 第七条, 第八条, 第十四条 "
            "no subject or a project as subject; 第十条 (建设单位 明确, 设计单位 编制), 第十一条 (施工图审查机构 强化), 第十二条 "
            "(建设单位 施工), 第十三条 (建设单位 明确; 「区有关主管部门应加强…监督」), 第十五条 (「区建管委、水务局、交通委、绿容局"
            "等部门按照各自职责，建立完善…」), 第十七条 (维护管理单位 建立健全, 监测评估) — " + CLOSED + "; 第十六条 (由A负责维护管理 "
            "by kind of facility: doers 各项目管理单位, 相关行业管理部门, 产权单位, 产权人; 「可委托物业服务单位」 options) read as "
            "x143_01 第十六条",
            "dates: none — 2024年3月15日 the cover; 「2024年4月25日起施行，有效期至2026年4月24日」 entry into force and validity; "
            "「（2016-2035）」「（2018-2035）」 plans' spans in titles; 「近期」 no date",
            "targets: none — document numbers and plan spans are not targets; no phases",
            "near twin check: against x143_01 (宝山, 2024) and plans-next123 x123_04 (金山, 2026), the same city 办法's template "
            "— another district's own text with its own 职责分工 items and articles; 26 % (宝山) and 16 % (金山) of its "
            "10-character runs shared — not a near twin (round 36)"])

# Round 59 (rul80p): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (README, round 59)
from aligned_rulings import align80  # noqa: E402

align80("x143_04", ["第十九条 （宣传引导）"], "「区建管委牵头各有关部门、单位，积极开展海绵城市建设宣传引导活动」: 「A牵头B＋verb」 reads as 「由A牵头，B配合」 (round 33), and 「各有关部门、单位」 is one name as printed, a kind (round 64's 「相关部门、单位」; round 67's x282_08; Round 77's x304_01 4.3.1（2））",
        "Units, governs: plans-dev 01 二/（五）, rounds 64, 67 and Round 77's x304_01 over round 37's catch-all; [区建管委] stays accepted",
        lead=["区建管委"], resp=["区建管委", "各有关部门、单位"], resp_alt=[["区建管委"]])

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'各街镇（园区）': '各街镇', '各街镇（现代农业园区）': '各街镇'})

write_collected(DIR)

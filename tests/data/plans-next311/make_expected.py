# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next311/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 61 (built by helper c311): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``), and the headed articles'
labels 「第六条（部门职责）」 are copied from the text by ``head``; every answer was written here by reading the texts,
with ../CONVENTIONS.md (its head in full, "Round 77 rulings, written early" to its end in full, older rulings where a
grep for a form led) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next311/make_expected.py tests/data/plans-next311
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)


def head(file, label):
    """The whole heading line of a headed article 「第六条（部门职责）」, as printed, found by its label 「第六条」."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        if line.strip().startswith(label + "（"):
            return line.strip()
    raise KeyError(label)


REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for all four stored files
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit above); only the "
          "repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around "
          "them, the `# ` marker before the title), cut by a script at the first 「\\n# 」; the stored file as copied "
          "(wrapper + text) had the character count read_file gives")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/消防与人防/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations; in 第X条 articles the subject of a "
        "verb of doing): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 54, 62 p52c, 66; Round 77's x299_01 第十三条: in 第X条 articles a body named by a kind or "
           "a party by role standing as the subject of the article's verb of doing is a doer whatever the verb (加强 included, "
           "round 63); filing or sending for itself (rounds 42, 46; Round 75's p57a-2), paying, options (可), a duty held "
           "(履行, rounds 67, 70), a guide and a review of a submission name none")
OF_RULE = ("a 的-phrase gives the name after the last 的 (rounds 32, 38; Round 77's x304_02 第十九条; Round 81's x310_01 / "
           "x310_04 第五条), the printed phrase accepted")
DUTYLIST = ("a lead-in naming a body and a duty word over a list 「A应当履行下列…义务／责任：」「A承担下列工作职责：」「A开展下列工作：」 "
            "gives each item that names none its body, whatever verb joins them (Round 81's x305_04 第四条, governs; Round 75's "
            "p57a-2; rule 4)")
GUIDE = ("a guide names none, in articles too: 「在A的领导和B的专业指导下」 (rule 3), 「A应当对…进行业务指导／加强指导」 (Round 77's x299_01 "
         "第十四条 「各级国动部门应加强对…指导」; Round 81's x309_01 第三条)")
SENDING = ("a report or a sending (报, 报送, 上报, 通报, 告知, 录入 a system, 上传) names no doer, in articles too (Round 75's p57a-2; "
           "Round 81's x310_03 第十四条: sending records to the platform that gathers them), and an instruction to send is work, a "
           "task naming no unit (round 55's x248_01 第八条, decided)")
NOUN = ("a body inside the description of the noun the clause keeps 「A对B的监督检查包括：」 is no doer (round 30's 「参加由A组织的培训」; "
        "Round 81's x305_01 第三十六条, confirmed: 「A对B的X包括：」 names none)")
PENALTY = ("penalties are not targets: a fine's scale 「处5000元以上2万元以下罚款」 (CONVENTIONS.md 「Penalties are not targets」; "
           "round 52 decided) → not_target where checked")
RULES_NODATE = ("standing rules: no item writes a date (the only dates are the rules' own promulgation, entry into force and the "
                "repeal of the old text, general provisions; limits 「N日内」「N个工作日内」「N小时内」 are counted from an event: "
                "rounds 33, 54) → " + NODATE)
LIMIT = ("a time limit counted from an event with no comparison word (「N日内」「N个工作日内」「N小时内」) is the deadline rule: "
         "neither a target nor a deadline (rounds 33, 34, 54; round 65's x275_05)")
CATCHALL = ("the list's last line 「（N）国家和本市规定的其他…」「法律、法规、规章规定的其他责任」「遵守国家及本市其他有关…规定」 names no act "
            "of its own, only the other duties other rules give: text, no task (round 66's x271_05; Round 77's x299_01 第六条: a "
            "line naming no act is text) — RULING? 1")
PERSON = ("a person is never a unit (round 30); 队员, 工作人员, 巡查人员, 值班操作人员, 注册消防工程师 are persons, and no person is "
          "rewritten into their body (Round 74's 你局; Round 81's x305_01 第二十六条)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x311_01_shi-zhengfu-2023-shehui-xiaofang-zuzhi-guanli-guiding.txt"
P01 = "上海市社会消防组织管理规定"
H1 = partial(head, X01)
XF = "市、区消防救援机构"
JC = "基层消防安全组织"
ZZ = "组建单位"
ZG = "组建或者管理单位"

plan(X01,
     title=P01,
     title_note="the rules' title line (line 1, printed twice by the stored page: lines 1 and 3); no notice stands before them",
     doc_no="上海市人民政府令第2号 (the line under the title: 「2023年2月20日上海市人民政府令第2号公布　自2023年5月1日起施行」; the index prints no 文号)",
     issuer="上海市人民政府",
     date="2023-02-20",
     date_note="promulgated 2023年2月20日, in force 2023年5月1日 (第四十九条, which repeals the 2014 rules of the same name)",
     level="the Shanghai city government's rules (政府规章) on social fire-fighting organisations: the townships' and "
           "sub-districts' grass-roots fire-safety organisations, government and unit full-time fire brigades, micro fire "
           "stations and volunteer teams — their building, training and duty, management and support, liability",
     source=src(P01 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20230320/7c2ee7020cb54ab4b7b4fb12ecb5278f.html", 6915),
     style="the title (twice), a promulgation line in brackets; six chapters 「第N章 …」; 49 headed articles, the label and its "
           "heading 「第六条（部门职责）」 on a line of their own and the text in paragraphs below; item lists （一）–（N） in 第九、十、"
           "十一、十四、二十、四十六条, the last line of three duty lists a catch-all 「国家和本市规定的其他工作」; mixed half-width 「:」「;」",
     leaf_tasks=48, count_alternatives=[35, 47, 49, 50, 51, 53],
     leaf_tasks_by_section={"第五条": 1, "第六条": 1, "第八条": 1, "第九条": 6, "第十条": 1, "第十一条": 1, "第十二条": 1,
                            "第十三条": 1, "第十四条": 4, "第十五条": 1, "第十六条": 1, "第十七条": 1, "第十八条": 1,
                            "第十九条": 1, "第二十条": 5, "第二十二条": 1, "第二十三条": 1, "第二十四条": 1, "第二十五条": 1,
                            "第二十六条": 1, "第二十七条": 1, "第二十八条": 1, "第二十九条": 1, "第三十条": 1, "第三十一条": 1,
                            "第三十二条": 1, "第三十三条": 1, "第三十四条": 1, "第三十五条": 1, "第三十六条": 1,
                            "第三十八条": 1, "第四十条": 1, "第四十三条": 1, "第四十四条": 1, "第四十六条": 1, "第四十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S([H1("第六条")], [], [XF, "发展改革、财政、应急管理、规划资源、住房城乡建设管理、房屋管理、人力资源社会保障、公安、交通、民政等部门"],
          responsible_alternatives=[[XF]], **art(X01, [H1("第六条")]),
          note="「市、区消防救援机构对本行政区域内社会消防组织的建设和管理实施指导和监督。 发展改革、财政、…、民政等部门按照各自职责，做好社会消防组织建设和管理相关工作。」 — "
               "「A对…实施监督」 is rule 2's own form (实施; the object 指导和监督 is work placed by 实施, not rule 3's 「A指导B」); levels "
               "before one head 「市、区X」 one name (round 30); fields joined by 、 before one head with 等 one name as printed "
               "(round 31; Round 77's x299_01 第二十条; Round 81's x309_01 第四条), and 「…等部门按照各自职责，做好…」 after a doer's "
               "clause is responsible (round 39; round 44's q44a), in an article the subject of 做好 too (" + ARTICLE + "); lead [] "
               "(no 牵头); the first body alone accepted; " + RULES_NODATE),
        S([H1("第九条"), "（四）"], [], [JC], lead_alternatives=[[JC]], **art(X01, [H1("第九条"), "（四）"]),
          note="「（四）组织开展防火安全检查、巡查，纳入网格化管理，督促火灾隐患的整改；」 under 「基层消防安全组织在乡镇人民政府、街道办事处的领导和区消防救援机构的专业指导下，"
               "开展下列工作:」 — " + DUTYLIST + "; the organisation is a standing kind the rules define (第二条) and a doer where "
               "given work (round 36; Round 81's x307_04 第四条); " + GUIDE + "; the object of 督促 is none (round 30) — "
               + ONE_LEAD + "; " + RULES_NODATE),
        S([H1("第十条")], [], ["市、区人民政府", "乡镇人民政府"], [(5, "平方公里"), (5, "万人")],
          **art(X01, [H1("第十条")]),
          note="「市、区人民政府依照…规划，建立政府专职消防队。 乡镇人民政府应当…建立政府专职消防队。有下列情形之一的乡镇，应当建立政府专职消防队：（一）建成区面积超过"
               "5平方公里或者居住人口5万人以上，且…距离较远的;（二）…（三）…」 — in an article the subject of 建立 is a doer (" + ARTICLE
               + "); levels before one head one name (round 30); the list 「有下列情形之一的乡镇…：（一）…」 names cases, the text of "
               "the item that announces it, one task, its lines no items (Round 78's (b); round 35); lead [] (no 牵头); 超过5平方公里 "
               "and 5万人以上 are thresholds that pick the towns the work falls on, targets by the line (round 30: 「常住人口1000人以上的"
               "行政村」), not a hazard in a list of faults (round 31's exception) — RULING? 2 (5 万人 = 50,000 人); " + RULES_NODATE),
        S([H1("第十五条")], [], ["同级消防救援机构", ZZ], responsible_alternatives=[["消防救援机构", ZZ]],
          **art(X01, [H1("第十五条")]),
          note="「市、区人民政府建立的政府专职消防队，由同级消防救援机构负责具体实施管理。 乡镇政府专职消防队和单位专职消防队，由组建单位实施管理。」 — 由A负责 and "
               "由A实施 (rule 2), each agent kept as printed (round 30; Round 81's x307_02 第九条（三））, 同级 a level word saying which "
               "(round 47's 同级); the government that builds the brigade stands inside the noun's description (round 30's 「参加由A"
               "组织的培训」); lead [] (no 牵头); " + RULES_NODATE),
        S([H1("第十六条")], [], ["其他消防安全重点单位"], lead_alternatives=[["其他消防安全重点单位"]],
          responsible_alternatives=[["消防安全重点单位"]], **art(X01, [H1("第十六条")]),
          note="「本规定第十一条所列单位范围以外的其他消防安全重点单位，应当设立单位微型消防站。 鼓励其他单位…设立单位微型消防站。」 — the subject of 设立 in an "
               "article (" + ARTICLE + "); " + OF_RULE + " → 其他消防安全重点单位 (其他 before a kind keeps a kind: round 44's q44a "
               "「其他部门」), the name without 其他 accepted; 鼓励 names no work (rounds 30, 40); " + ONE_LEAD + "; " + RULES_NODATE),
        S([H1("第二十三条")], [], [JC, "专职消防队", "微型消防站"],
          responsible_alternatives=[[XF, JC, "专职消防队", "微型消防站"]], **art(X01, [H1("第二十三条")]),
          note="「市、区消防救援机构应当对社会消防组织的业务训练进行指导。 基层消防安全组织应当有计划地开展业务培训，… 专职消防队应当制定业务训练计划并组织实施，… "
               "微型消防站应当开展有针对性的业务训练，…」 — " + GUIDE + ", so the fire-rescue bodies are none by their clause (the list "
               "with them accepted); the three organisations are subjects of 开展, 制定…并组织实施 (rule 2's 组织实施) and 开展 in an "
               "article (" + ARTICLE + "), several clauses all their bodies in order (rule 2); lead [] (no 牵头); " + RULES_NODATE),
        S([H1("第二十九条")], [], [ZG, ZZ], responsible_alternatives=[["政府专职消防队的组建或者管理单位", ZZ]],
          **art(X01, [H1("第二十九条")]),
          note="「政府专职消防队队员由政府专职消防队的组建或者管理单位负责招录；单位专职消防队队员、微型消防站工作人员由组建单位负责招录。 市、区政府专职消防队队员的招录"
               "实行员额管理。」 — 由A负责 (rule 2), twice; " + OF_RULE + " → 组建或者管理单位, one name as printed (a body named by its "
               "part, kept where the text names no body it stands for: Round 81's x305_02 第二十三条 公布部门); the second paragraph "
               "has no subject; the recruits are persons (" + PERSON + "); lead [] (no 牵头); " + RULES_NODATE),
        S([H1("第四十六条")], [], ["消防救援机构", ZG], not_targets=[(5000, "元"), (2, "万元")],
          responsible_alternatives=[["消防救援机构"]], **art(X01, [H1("第四十六条")]),
          note="「专职消防队有下列行为之一的，由消防救援机构责令限期改正;逾期不改正的，由其组建或者管理单位对直接负责的主管人员…依法予以处理:（一）…的；（二）…的。 单位专职"
               "消防队的组建单位违反…的，由消防救援机构责令限期改正；逾期不改正的，对…组建单位处5000元以上2万元以下罚款；…」 — a list of breaches under a lead-in "
               "whose lines only name cases is the text of the item that announces it, one task (Round 78's (b); round 35; CONVENTIONS.md "
               "round 37 / Round 51's q47b: lines that each carry their own response would be items — these do not), and a "
               "paragraph that goes on with the same step is that task's text (Round 81's x305_04 第十三、十四条); the rules' own "
               "body acting after a breach is a doer (Round 77's x299_04 第二十八条), and the step after 「逾期不改正的」 is the "
               "article's own work (round 42; Round 81's x305_01 第十二条, turned), 由A＋处理 a verb of doing (round 30); the "
               "fined builder is no doer; lead [] (no 牵头); " + PENALTY + " → 5000 元, 2 万元; " + RULES_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "专职消防队的组建单位应当将队站的布局选址和新建、改建、扩建、迁建等筹建方案报市消防救援机构，接受其技术指导后实施",
              "when": None, "when_norm": None,
              "note": "第十二条: sending one's own plan up to the body that guides it is a sending (Round 77's x299_01 第十条: the "
                      "sending is an undated duty, Round 74's Duties); 第十三、十九条's 备案 of one's own changes are filings on "
                      "oneself, no duty (round 42)"}],
     notes=["counting (leaf tasks): 第一条 (purpose), 第二条 (definitions), 第三条 (scope), 第四十五条 (指引条款, a reference), "
            "第四十九条 (force and repeal) general provisions (round 30; Round 78's (c); Round 79's repeal); 第四条 (principles, round "
            "68), 第二十一条 and 第三十七条 (鼓励／可以: an option and encouragement name no work, rounds 30, 40), 第七条, 第三十九条 and "
            "第四十一条 (whose only acts move money — 经费纳入预算、由财政部门统筹安排, 由组建单位保障, 由…人民政府补偿, 税费减免, 税前扣除: "
            "the scheme's terms of payment, Round 81's x309_03 四、, turned; round 30's payer; Round 81's x307_02 第十条 预算统筹 — "
            "RULING? 3), 第四十二条 (the injured's claims: applicants, round 30), 第四十八条 (officials' liability 「由有关主管机关…责令"
            "改正」, a body the rules task nowhere: round 49's x39_03) no tasks; 第九条 （一）–（六） 6, 第十四条 （一）–（四） 4, 第二十条 "
            "（一）–（五） 5 (the duty lists' items, " + DUTYLIST + "), their last lines （七）（五）（六） catch-alls, no tasks (" + CATCHALL
            + "); 第十条 and 第十一条 one task each (their lists name the towns and the units bound, cases and kinds, no acts: Round 78's "
            "(b)); 第四十六条 one task (its two lines only name cases); every other article 1 (第十三条: a filing and 「未经…同意，"
            "不得撤销专职消防队」 a ban with no party, work naming none, round 67's x280_04; 第二十二条: training and certificates of "
            "persons, work with no body; 第三十八条: 「…按照…办理牌照…，配备警报器…」 acts with no subject, round 65's x274_01) → **48**. "
            "Accepted: 51 (the three catch-alls counted), 53 (also 第十条's three and 第十一条's four lines as items, 48 + 2 + 3), 49 "
            "(第七条 counted), 50 (第七、三十九条 counted), 47 (第三十八条 read as terms), 35 (each duty list one task).",
            "units: no labels; article subjects of verbs of doing (建立, 设立, 开展, 制定, 维护, 签订, 组织开展) name the governments, "
            "the townships and sub-districts, the organisations the rules define (基层消防安全组织, 专职消防队, 微型消防站, 社会消防组织, "
            "消防志愿者队伍) and the builders (组建单位, 组建或者管理单位, 用人单位); 由A负责／实施／确定 (第十一、十五、二十九、三十二、"
            "三十四条); duty-list lead-ins (第九、十四、二十条); guides (指导, 在…指导下), filings and sendings (报…备案, 报…验收), options "
            "and persons (队员, 工作人员) name none",
            "dates: 2023年2月20日 (promulgation), in force 2023年5月1日; no item is dated; no phases; one undated duty (第十二条)",
            "figures: targets 5 平方公里 and 5 万人 (第十条), 1000 人 (第十七条 「常住人口1000人以下的行政村」, unchecked), 5 公里, 20 万"
            "平方米, 50 万平方米 (第十一条 （四）, unchecked: the same line as 第十条); not targets the fines of 第四十六条 (5000 元, 2 万元, "
            "5 万元; penalties)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x311_02_shi-zhengfu-2021-jianzhu-xiaofang-sheshi-guanli-guiding.txt"
P02 = "上海市建筑消防设施管理规定"
H2 = partial(head, X02)
XJ = "消防救援机构"
GL = "管理单位"

plan(X02,
     title=P02,
     title_note="the rules' title line (line 1, printed twice: lines 1 and 3); no notice stands before them",
     doc_no="上海市人民政府令第59号 (the line under the title: 「2021年12月21日上海市人民政府令第59号公布　自2022年3月1日起施行」)",
     issuer="上海市人民政府",
     date="2021-12-21",
     date_note="promulgated 2021年12月21日, in force 2022年3月1日 (第二十九条, which repeals the 2011 rules of the same name)",
     level="the Shanghai city government's rules (政府规章) on building fire-protection installations: duties of the "
           "district governments, townships and departments, fitting installations in units' buildings, homes and e-bike "
           "parking, the IoT system, signs, management by owners, users and property firms, duty rooms, patrols, "
           "maintenance, testing, information, repairs, reports, supervision, penalties",
     source=src(P02 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20220120/4d8749e73a9444199488b47a73b7de16.html", 5280),
     style="the title (twice), a promulgation line in brackets; 29 headed articles with no chapters, 「第N条（heading）」 on a "
           "line of its own and the text in paragraphs below; item lists in 第十五条 (duties, its last a catch-all), 第二十三条 "
           "(the check's contents, then an unnumbered paragraph) and 第二十六条 (six breaches, each with its own penalty), "
           "第二十八条 (officials' breaches)",
     leaf_tasks=31, count_alternatives=[32, 33, 36, 37, 38, 39],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 1, "第八条": 1, "第九条": 1, "第十条": 1, "第十一条": 1,
                            "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 5, "第十六条": 1, "第十七条": 1,
                            "第十八条": 1, "第十九条": 1, "第二十条": 1, "第二十一条": 1, "第二十二条": 1, "第二十三条": 1,
                            "第二十四条": 1, "第二十六条": 6, "第二十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S([H2("第四条")], [], ["区人民政府", "乡镇人民政府", "街道办事处", "管理机构"],
          responsible_alternatives=[["区人民政府", "乡镇人民政府", "街道办事处", "开发区、工业园区等区域的管理机构"]],
          **art(X02, [H2("第四条")]),
          note="「区人民政府应当加强对消防工作的领导，加大…投入力度，组织开展建筑消防设施重大安全隐患的整治。 乡镇人民政府、街道办事处以及开发区、工业园区等区域的管理机构应当加强"
               "建筑消防设施的安全检查，协调处置建筑消防设施安全隐患。」 — 组织开展 (rule 2) and, in an article, the subjects of 加强 "
               "and 协调处置 (" + ARTICLE + "); 、 and 以及 join separate heads (round 31); " + OF_RULE + " → 管理机构 (开发区、工业"
               "园区等区域 saying whose); lead [] (no 牵头); " + RULES_NODATE),
        S([H2("第十条")], [], [], responsible_alternatives=[["住房城乡建设管理部门", XJ]], **art(X02, [H2("第十条")]),
          note="「新建、改建、扩建非机动车集中停放场所及充电设施，应当根据场所的建筑类型配置相应的建筑消防设施。 住房城乡建设管理部门、消防救援机构应当对…配置建筑消防设施"
               "加强指导。」 — the first paragraph is an act with 应 and no subject (round 65's x274_01): work naming none; the second is a "
               "guide: " + GUIDE + ", 加强 before it changing nothing (RULING? 4: in an article the subject of 加强 is a doer, round "
               "63 — but the thing it strengthens is the guidance) — " + NONE + "; the two bodies accepted; " + RULES_NODATE),
        S([H2("第十五条"), "（三）"], [], ["产权人", "使用人"],
          responsible_alternatives=[[GL], ["产权人", "使用人", GL]], **art(X02, [H2("第十五条"), "（三）"]),
          note="「（三）组织建筑消防设施的操作人员、管理人员接受消防安全培训；」 under 「建筑的产权人、使用人或者受其委托承担建筑消防设施管理责任的单位（以下统称管理单位）"
               "应当履行下列日常管理责任：」 — " + DUTYLIST + "; the lead-in's subject: 「建筑的产权人」 by the 的-rule → 产权人 (rounds 32, "
               "38), 使用人, and 「受其委托承担…管理责任的单位」 → the bare head 单位, a catch-all (rounds 32, 33; Round 81's x310_03 第十条) "
               "adding none; 「（以下统称管理单位）」 is dropped where it is printed (round 35; round 50's x264_01 五: 以下统称 as 以下简称) "
               "and 管理单位 is read where the text prints it acting (第十六条 on, as printed: Round 81's x310_04 第五条) — RULING? 5, "
               "[管理单位] accepted; 组织B＋verb names A, the object persons none (round 30; " + PERSON + "); lead [] (no 牵头); "
               + RULES_NODATE),
        S([H2("第十六条")], [], [GL, "消防技术服务机构"], [(2, "人")], not_targets=[(24, "小时")],
          responsible_alternatives=[[GL]], **art(X02, [H2("第十六条")]),
          note="「按照国家工程建设消防技术标准设有消防控制室的，管理单位应当实行每日24小时值班制度，且每班人员不少于2人。消防控制室值班操作人员应当具备…资格并持证上岗，… "
               "管理单位应当在消防控制室醒目位置，公示…信息。消防技术服务机构应当在消防控制室醒目位置公示…信息。」 — the subjects of 实行 and 公示 in an article (" + ARTICLE
               + "); the short name the text defines is kept as printed (Round 81's x310_04 第五条 主管部门); the duty-room staff are "
               "persons (" + PERSON + "); lead [] (no 牵头); 不少于2人 is a floor (round 30's line) → 2 人; 「每日24小时值班」 names the "
               "norm of the duty with no comparison word (round 30's 「按500户配1名」) → 24 小时 not_target; " + RULES_NODATE),
        S([H2("第十九条")], [], [GL], [(1, "次")], lead_alternatives=[[GL]], **art(X02, [H2("第十九条")]),
          note="「管理单位对建筑消防设施应当每年至少检测一次。火灾自动报警系统、…等技术性能较高的建筑消防设施应当由符合国家规定条件的单位进行检测，并形成书面结论文件。」 — "
               "the subject of 检测 in an article (" + ARTICLE + "); 「由符合国家规定条件的单位进行检测」: " + OF_RULE + ", its bare head "
               "单位 a catch-all (rounds 32, 33) — none by that clause; " + ONE_LEAD + "; 至少一次 is a floor (round 30's line; the "
               "item's own number of work, Round 58's x193_07) → 1 次; " + RULES_NODATE),
        S(["第二十三条"], [], ["公安派出所"], [(1, "次")], lead_alternatives=[["公安派出所"]],
          responsible_alternatives=[[XJ, "公安派出所"]], line=151, title_starts="消防救援机构对消",
          note="aligned round 65 to CONVENTIONS.md \"Round 92 rulings\" (Round 92 (governs, Round 89's x334_02 第六条 form as "
               "Round 91 confirmed it on x340_02 第二十四条, over round 63's lists after a work clause; p65d)): 「消防救援机构对消防安全重点"
               "单位建筑消防设施的监督检查每年至少一次；对其他单位建筑消防设施应当制定年度监督抽查计划，并按照计划组织监督抽查。监督检查包括以下内容：（一）…"
               "情况；…（七）…其他情况。 公安派出所按照国家和本市有关规定，对辖区内住宅物业以及上级公安机关确定的单位的建筑消防设施管理，实施日常监督"
               "检查。」 — 「监督检查包括以下内容：」 is a noun lead-in with no doer over lines of 「…情况」: the check's scope, text, as "
               "「评议主要包括以下内容：」 is; only 「A应当对下列事项进行监督检查：」 makes lines A's work. So the article's lines are not "
               "items that give work, and the article is one task with the paragraph after them its work (Round 86's (a)); "
               "formerly （一）–（六） items naming none and the paragraph a task of its own (the （二） sample dropped). 实施 (rule "
               "2) names 公安派出所; 上级公安机关 stands inside the noun's description (round 30); 消防救援机构 inside the noun "
               "「…的监督检查」 (" + NOUN + "), [消防救援机构, 公安派出所] accepted (the lead-in read as 「消防救援机构…组织监督抽查」); "
               + ONE_LEAD + "; 至少一次 a floor, the item's own number of work (as 第十九条; Round 90's x333_03) → 1 次; " + RULES_NODATE),
        S([H2("第二十六条"), "（二）"], [], [XJ], lead_alternatives=[[XJ]], not_targets=[(500, "元"), (2, "人")],
          **art(X02, [H2("第二十六条"), "（二）"]),
          note="「（二）违反本规定第十六条第一款规定，未按照要求实行消防控制室24小时2人值班制度的，责令限期改正；逾期不改正的，处500元以上1000元以下罚款；情节严重的，处1000元"
               "以上1万元以下罚款；」 under 「违反本规定，有下列情形之一的，由消防救援机构按照下列规定处罚：」 — numbered items under 「由A按照下列规定"
               "处罚：」 that each carry their own response 「…的，责令限期改正，处…罚款」 are items, each a task taking A (CONVENTIONS.md "
               "Round 51's q47b, round 37; round 52 decided), unlike lines that only name cases (Round 78's (b)); the rules' own body "
               "acting after a breach is a doer (Round 77's x299_04 第二十八条); " + ONE_LEAD + "; " + PENALTY + " → 500 元; 「24小时"
               "2人值班制度」 names the rule breached, figures that describe a breach (round 31's exception; Round 77's x310_04 第十五条) → "
               "2 人 not_target; " + RULES_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "消防技术服务机构应当在与委托方签订合同后5个工作日内，将消防技术服务项目基本信息录入本市消防技术服务管理系统；在项目完成后5个工作日内，将书面结论文件内容录入",
              "when": "签订合同后5个工作日内；项目完成后5个工作日内", "when_norm": None,
              "note": "第二十条: entering one's records into the city's system is a sending (Round 81's x310_03 第十四条), a duty "
                      "the rules ask of a body they task, its limits counted from events: undated (Round 74's Duties)"},
             {"what": "消防技术服务机构对可能造成重大火灾隐患的，应当立即报告所在地的区消防救援机构",
              "when": "立即", "when_norm": None,
              "note": "第二十二条: a report of what a body meets in its work (Round 74's Duties, turned): an undated duty"}],
     notes=["counting (leaf tasks): 第一条 (purpose), 第二条 (scope), 第三条 (definition), 第二十五条 (指引条款), 第二十九条 (force and "
            "repeal) general provisions (round 30; Round 78's (c); Round 79); 第七条 (「单位和个人有…义务，不得损坏…」: a ban to everyone, "
            "text, Round 80 decided on 「任何单位和个人不得」 — 单位和个人 with no 任何 is the same everyone) and 第二十八条 (officials' "
            "liability with no agent 「…对直接负责的主管人员…依法给予处分」, round 49's x39_03; CONVENTIONS.md Round 51's turned liability "
            "line) no tasks; 第十五条 （一）–（五） 5 (" + DUTYLIST + "; （六） a catch-all, " + CATCHALL + "); 第二十三条 1 (aligned "
            "round 65 to CONVENTIONS.md \"Round 92 rulings\": 「监督检查包括以下内容：」 a noun lead-in over the check's contents, its "
            "scope, text (Round 89's x334_02 第六条; Round 91's x340_02 第二十四条), so the article is one task and the paragraph "
            "「公安派出所…实施日常监督检查」 its work (Round 86's (a)); formerly （一）–（六） 6 + the paragraph 1 → 7, 37 stays accepted); 第二十六条 （一）–（六） 6 (items each with its own penalty, CONVENTIONS.md "
            "Round 51's q47b); every other article 1 (第九条: 「新建…居民住宅应当…配置」 an act with no subject, the rest options and "
            "鼓励; 第十一条: 「本市依托…平台，加强…」 and 「…的单位，应当…配置…」 acts whose doer is a catch-all 单位; 第十四条: 产权人、使用人 "
            "「应当承担…管理责任」; 第二十七条: 「…纳入…平台予以共享，并依法实施相应惩戒」 acts with no subject, round 65's x274_01) → "
            "**31** (Round 92; was **37**). Accepted: 37 (the former reading, 第二十三条's （一）–（六） items and its paragraph), 39 "
            "(37 with the two catch-alls counted), 38 (either), 36 (第二十三条's unnumbered paragraph read as the article's close), "
            "33 and 32 (earlier accepted readings).",
            "units: no labels; article subjects of verbs of doing (加强, 组织开展, 负责, 共享, 配置, 设置, 实行, 公示, 建立, 检测, 录入, "
            "公布, 组织修复, 查处) name the governments, the departments, 管理单位 (the short name the text defines in 第十五条) and the "
            "firms (物业服务企业, 业主自行管理机构, 消防技术服务机构); the fields before 等部门 in 第五条 are one name; guides (加强指导, 第十条), "
            "the check's noun lead-in (第二十三条), sendings (报告, 录入, 通知或者移送), persons and catch-all 单位 name none",
            "dates: 2021年12月21日 (promulgation), in force 2022年3月1日; no item is dated; no phases; two undated duties "
            "(第二十、二十二条)",
            "figures: targets 2 人 (第十六条), 1 次 (第十九条 「每年至少检测一次」), 1 份 (第十八条 「至少每半年形成一份」, unchecked), 2 个 "
            "(第十四条 「两个以上产权人」, a threshold in words, unchecked); not targets 24 小时 (第十六条, a norm), 5 个工作日 (第二十条, a "
            "limit, unchecked), the fines of 第二十六条 (penalties) and its 2 人 (a breach's description)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x311_03_shi-zhengfu-2016-dixia-kongjian-anquan-shiyong-guanli-banfa.txt"
P03 = "上海市地下空间安全使用管理办法"
H3 = partial(head, X03)
JS = "市建设行政管理部门"
ZH = "综合协调部门"
WY = "地下空间物业管理单位"
CQ = "产权人"
SY = "地下空间使用人"

plan(X03,
     title=P03,
     title_note="the measures' title line (line 1, printed twice: lines 1 and 3); no notice stands before them",
     doc_no="上海市人民政府令第24号 (2009), revised by 上海市人民政府令第42号 (2016) (the bracketed line under the title)",
     issuer="上海市人民政府",
     date="2016-06-21",
     date_note="issued 2009年12月9日 (令第24号), revised and re-published 2016年6月21日 (令第42号); in force 2010年3月1日 (第二十四条)",
     level="the Shanghai city government's measures (政府规章) on the safe use of underground space open to the public (civil "
           "defence works, ordinary basements, metro stations): the coordinating departments and a joint meeting, the duties "
           "of owners, managers and users, installations, fire, flood and evacuation rules, bans, filing, inspections, "
           "reports, emergency plans, information, penalties",
     source=src(P03 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20210608/79368b5766cc43d49166c4188c0380fe.html", 4880),
     style="the title (twice), a bracketed line of issue and revision; 24 headed articles with no chapters, 「第N条（heading）」 "
           "on a line of its own and the text in paragraphs below (第十六条's sentence broken by a stored blank line after 「法律、」); "
           "duty lists in 第六、七、八条 (each ending in 「遵守…规定」), rule lists in 第十一、十二条, an equipment list in 第十条, a "
           "ban list in 第十四条, a penalty list in 第二十一条",
     leaf_tasks=31, count_alternatives=[27, 30, 32, 35, 36],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 2, "第七条": 5, "第八条": 4, "第十条": 1, "第十一条": 3,
                            "第十二条": 3, "第十三条": 1, "第十五条": 1, "第十六条": 1, "第十八条": 1, "第十九条": 1,
                            "第二十条": 1, "第二十一条": 4, "第二十三条": 1},
     childless_top_level_sections=[],
     samples=[
        S([H3("第四条")], [], [JS, "区、县人民政府", "民防、交通、公安、消防、水务、规划国土资源、卫生、环保、安全监管、质量技监等部门",
                               "街道办事处", "乡、镇人民政府", "有关行政管理部门"],
          responsible_alternatives=[[JS, "区、县人民政府", "民防、交通、公安、消防、水务、规划国土资源、卫生、环保、安全监管、质量技监等部门",
                                     "街道办事处", "乡、镇人民政府"]],
          **art(X03, [H3("第四条")]),
          note="「市建设行政管理部门是本市地下空间安全使用管理的综合协调部门，负责本办法的组织实施，协调和督促其他相关行政管理部门履行安全监管职责。 区、县人民政府应当确定一个部门"
               "负责…综合协调，…业务上受市建设行政管理部门指导。 本市民防、交通、…、质量技监等部门依法在各自职责范围内负责地下空间安全使用的监督管理工作，协同实施本办法。 街道办事处"
               "和乡、镇人民政府应当协助有关行政管理部门做好…监督管理工作。」 — a designation 「A是…的综合协调部门」 with 负责 (Round 75's "
               "p57a-1; rule 2); the objects of 协调和督促 are none (round 30's pivot); in an article the subject of 确定 is a doer and "
               "the department to be chosen is no name (" + ARTICLE + "; Round 79: 「a 牵头部门 to be chosen is no name」); 「受A指导」 "
               "is a guide (rule 3); 本市 before a name is no part of it (round 41) and fields before one head with 等 one name "
               "(round 31), 负责 (rule 2); 协助 with a subject of its own reads as 配合 (rounds 38, 47; round 46's p44g), and 「A…协助B"
               "＋verb」 in an article gives B too, the verb after B read by round 44 (Round 81's x307_02 第十六条, 做好 included), "
               "有关行政管理部门 a kind (rounds 32, 33) — RULING? 6, the list without it accepted; levels before one head 「区、县」「乡、"
               "镇」 one name each (round 30), 和 joining two (round 34); lead [] (no 牵头); " + RULES_NODATE),
        S([H3("第五条")], [], ["市人民政府"], lead_alternatives=[["市人民政府"]],
          responsible_alternatives=[["市人民政府", "联席会议", "联席会议办公室"]], **art(X03, [H3("第五条")]),
          note="「市人民政府建立地下空间管理联席会议制度。联席会议负责建立健全…工作机制，…。联席会议办公室设在市建设行政管理部门，具体负责地下空间管理联席会议的组织工作。」 — in "
               "an article the subject of 建立 is a doer (" + ARTICLE + "); a body the item sets up is none, its 负责 included (rule 3; "
               "round 73; Round 81's x308_02 二), and where an office sits is no doer (round 73; round 45); " + ONE_LEAD + "; the list "
               "with the meeting and its office accepted; " + RULES_NODATE),
        S([H3("第七条"), "（二）"], [WY], [WY, CQ, SY], lead_alternatives=[["物业管理单位"], []],
          responsible_alternatives=[["物业管理单位", CQ, SY]], **art(X03, [H3("第七条"), "（二）"]),
          note="「（二）会同产权人、地下空间使用人按照地下空间突发事件应急预案制定地下空间应急处置规程；」 under 「产权人委托的地下空间物业管理单位（以下简称物业管理单位）"
               "应当履行下列安全使用义务：」 — " + DUTYLIST + ", and the item's 会同 with no subject of its own carries the lead-in's "
               "body (rounds 34, 49 p46d): 「（由）A会同B＋verb」 gives lead A, responsible A, B (rule 2); " + OF_RULE + " → "
               "地下空间物业管理单位 (产权人委托 saying whose), the short name 「（以下简称物业管理单位）」 dropped where it is printed "
               "(round 35) and accepted; 产权人 and 地下空间使用人 are the short name and the full name the text gives (第六、八条) — "
               "each as printed here; lead [] accepted; " + RULES_NODATE),
        S([H3("第八条"), "（三）"], [], [SY], lead_alternatives=[[SY]], responsible_alternatives=[["使用人"], []],
          not_targets=[(5, "日")], **art(X03, [H3("第八条"), "（三）"]),
          note="「（三）使用人转租地下空间的，除符合相关合同的约定外，还应当在转租后5日内将转租情况告知物业管理单位；」 under 「地下空间使用人（以下简称使用人）应当履行下列安全"
               "使用义务：」 — " + DUTYLIST + "; the item's own act is a notice to the manager, a sending (" + SENDING + "), which "
               "names none by itself, but the item names no body of its own and the lead-in gives it one — RULING? 7, none "
               "accepted; the user is a party by role the rules task, a unit (Round 74's 房屋产权方), the defining bracket dropped "
               "(round 35), 使用人 accepted; " + ONE_LEAD + "; 「转租后5日内」: " + LIMIT + " → 5 日 not_target; no duty (a "
               "regulated party's notice about itself, round 42); " + RULES_NODATE),
        S([H3("第十二条"), "（二）"], [], [CQ, "物业管理单位", "使用人"], responsible_alternatives=[[]],
          **art(X03, [H3("第十二条"), "（二）"]),
          note="「（二）定期组织防汛演练；」 under 「产权人、物业管理单位或者使用人应当遵守下列防汛规定：」 — lines after a lead-in that binds named "
               "parties to them are its items (round 63's x248_01; Round 77's x299_01 第六条: each line naming an act a task), and "
               "the lead-in's parties, subjects of 遵守 in an article, are the items' bodies where the items name none (rule 4; "
               + DUTYLIST + " — read here for 「应当遵守下列…规定：」, RULING? 8, none accepted); 组织＋work (rule 2) with no subject "
               "of its own carries them; the three short names are the text's own (第六、七、八条's 以下简称), kept as printed where they "
               "act (Round 81's x310_04 第五条); 或者 joins names (round 30's 「由A或B指定专人负责」); lead [] (no 牵头); 定期 names no "
               "rhythm to check; " + RULES_NODATE),
        S([H3("第十五条")], [], [], responsible_alternatives=[[CQ, "物业管理单位"]], not_targets=[(10, "日")],
          **art(X03, [H3("第十五条")]),
          note="「…民防工程投入使用的，产权人或者物业管理单位应当自投入使用之日起10日内，将…情况向市或者区、县民防办办理备案手续。 …普通地下室…向…综合协调部门办理备案手续。 "
               "…备案事项发生变更的，…应当自…变更之日起10日内，…办理变更备案手续。」 — a regulated party's filing on its own use is a "
               "filing for itself, none in articles too (Round 74's x292_01 第三、五条; Round 81's x310_03 第六条; rounds 42, 46), "
               "an instruction to file work naming none (round 55's x248_01) — " + NONE + "; the filers accepted; 「自…之日起10日内」: "
               + LIMIT + " → 10 日 not_target; no duty (a filing on oneself, round 42); " + RULES_NODATE),
        S([H3("第十九条")], [JS], [JS, "其他相关行政管理部门", "区、县政府"], lead_alternatives=[[]],
          responsible_alternatives=[[JS, "其他相关行政管理部门", "区、县政府", "相关行政管理部门"]],
          **art(X03, [H3("第十九条")]),
          note="「市建设行政管理部门应当会同其他相关行政管理部门组织编制本市地下空间突发公共事件应急预案；区、县政府应当组织编制本行政区域内…应急预案，并报市建设行政管理部门备案。 "
               "地下空间发生突发公共事件后，区、县政府以及相关行政管理部门应当在各自职责范围内，根据预案规定实施应急处置。」 — 「A会同B＋verb」 gives lead A, "
               "responsible A, B (rule 2; Round 80's p59a-2: a partner named by a kind is a unit), 其他相关行政管理部门 a kind "
               "(round 44's q44a); 组织编制 (rule 2) names the district governments, levels before one head one name (round 30); "
               "sending the plan for filing names none (Round 77's x299_01 第十条) and is an undated duty (below); the second "
               "paragraph is a case 「发生…后」 beside other clauses of the article's work, rule 3's contingency (Round 78's p58c-2: "
               "a case holds where another clause of work stands beside it), so 相关行政管理部门 adds nothing — its list accepted; "
               "lead [] accepted; " + RULES_NODATE),
        S([H3("第二十一条"), "（二）"], [], [ZH, "民防部门"], not_targets=[(100, "元"), (500, "元")],
          responsible_alternatives=[["市或者区、县地下空间安全使用管理的综合协调部门", "民防部门"]],
          **art(X03, [H3("第二十一条"), "（二）"]),
          note="「（二）违反本办法第十五条规定，不履行使用备案手续或者变更备案手续的，给予警告，责令限期改正，可以对个人并处100元以上1000元以下罚款，对单位并处500元以上5000元"
               "以下罚款；」 under 「违反本办法有关规定，由市或者区、县地下空间安全使用管理的综合协调部门、民防部门按照以下规定给予处罚：」 — numbered items "
               "under 「由A按照以下规定给予处罚：」 each carrying their own response are items, each a task taking A (CONVENTIONS.md Round 51's "
               "q47b, round 37; round 52 decided), the rules' own bodies acting after a breach (Round 77's x299_04 第二十八条); "
               + OF_RULE + " → 综合协调部门; lead [] (no 牵头); " + PENALTY + " → 100 元, 500 元; " + RULES_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区、县政府应当组织编制本行政区域内地下空间突发公共事件应急预案，并报市建设行政管理部门备案",
              "when": None, "when_norm": None,
              "note": "第十九条: sending a plan the district drew up to the city department for filing is a sending (Round 77's "
                      "x299_01 第十条: the sending is an undated duty, Round 74's Duties)"}],
     notes=["counting (leaf tasks): 第一条 (purpose), 第二条 (scope), 第三条 (definitions), 第二十二条 (a reference 「…有处罚规定的，由"
            "相关行政管理部门依照有关规定予以处罚」, like a 指引条款), 第二十四条 (force) general provisions (round 30; Round 78's (c)); 第九条 "
            "(鼓励), 第十七条 (「…可以配合…」, an option: round 49 p46b), 第十四条 (「任何单位或者个人不得…」, a ban to everyone, text, its lines "
            "no items: Round 80 decided) no tasks; 第六条 （一）（二） 2, 第七条 （一）–（五） 5, 第八条 （一）–（四） 4 (" + DUTYLIST + "; "
            "their last lines 「遵守国家及本市其他有关…规定」 catch-alls, " + CATCHALL + "; 第七条's closing 「产权人未委托物业管理单位…的，"
            "物业管理单位的安全使用义务由产权人履行」 says who keeps the duties, a scope, round 30's 「其余仍由A负责管理」, no task); 第十一条 "
            "（一）–（三） 3 and 第十二条 （一）–（三） 3 (rules that bind the lead-in's parties, each naming an act; （四） catch-alls); 第十条 1 "
            "(「应当设置以下…设施、设备，并…定期检查、维修」: its lines name equipment, no acts, the text of the article: Round 77's "
            "x299_01 第六条; Round 74 continued's equipment); 第二十一条 （一）–（三） 3 (items with their own penalties) + its second "
            "paragraph 「违反…第十四条第三项规定，…由…公安机关消防机构责令限期改正…」 1 (an unnumbered paragraph after an article's items, "
            "round 54's s48b) → 4; every other article 1 (第十八条: the public's report is text, but 「接到报告的行政管理部门应当及时调查"
            "核实，…依法查处」 gives work; 第二十三条: an old user's filing, work naming none) → **31**. Accepted: 36 (the five "
            "catch-alls counted), 35 (第十条's five lines as items, 31 + 4), 32 (第七条's closing paragraph counted), 30 "
            "(第十八条 as text), 27 (第十一、十二条 one task each).",
            "units: no labels; designations and 负责 (第四条), article subjects of verbs of doing (建立, 组织编制, 检查, 查处, 建立…系统, "
            "汇总), duty-list lead-ins (第六、七、八条) and the lead-ins of rule lists (第十一、十二条, RULING? 8); sets-up bodies (联席会议, its "
            "office), guides (受…指导), pivots (协调和督促), filings on oneself (第十五、二十三条), sendings (报告, 移送, 提供…给, 报…备案) "
            "and options (可以配合, 可以协调处理) name none",
            "dates: 2009年12月9日 (issue), 2016年6月21日 (revision), in force 2010年3月1日; no item is dated (第二十三条's 「自本办法颁布"
            "实施之日起6个月内」 counts from the rules' own start, a limit, unchecked); no phases; one undated duty (第十九条)",
            "figures: no item target checked (none of the sampled items prints a comparison word but the fines); not targets "
            "5 日 (第八条), 10 日 (第十五条; limits), 100 元, 500 元 (第二十一条, penalties); 60℃ (第十四条's ban, text) unchecked"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x311_04_shi-yingjiju-2024-shengchan-anquan-shigu-tongji-gongzuo-banfa.txt"
P04 = "上海市生产安全事故统计工作办法"
N04 = ("上海市应急管理局 上海市统计局 上海市公安局 上海市住房和城乡建设管理委员会 上海市交通委员会 上海市农业农村委员会 上海市卫生健康委员会 "
       "上海市市场监督管理局 上海市消防救援总队 上海海事局 上海铁路监管局 民航华东管理局关于印发上海市生产安全事故统计工作办法的通知")
YJ = "应急管理部门"
HY = "行业领域监管部门"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the measures' own title line (line 15) or the notice's title line (line 1): either (round 45's pair; Round 78's "
                "pair form, which `_title_ok` reads)",
     doc_no="沪应急调查〔2024〕7号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局 and eleven co-issuers (统计局, 公安局, 住房城乡建设管理委, 交通委, 农业农村委, 卫生健康委, 市场监管局, "
            "消防救援总队, 上海海事局, 上海铁路监管局, 民航华东管理局)",
     date="2024-01-16",
     date_note="the notice is signed 2024年1月16日 (the index: 2024-01-23, its publication); in force on issue (第二十四条)",
     level="twelve Shanghai city and central-in-Shanghai bodies' joint measures on the statistics of work-safety accidents: "
           "direct reporting by the emergency-management and sector departments, who notifies whom (twelve named bodies), "
           "monthly and quarterly statistics, the write-off procedure",
     source=src("上海市应急管理局 上海市统计局 上海市公安局 上海市住房和城乡建设管理委员会 上海市交通委员会 上海.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0037::bf791582a133444cb79d6c6a7b613367", 5940),
     style="a notice (its title line, addressees, 「现将《…》印发给你们，请认真遵照执行。」, the twelve issuers in four spaced lines, the "
           "date); the measures' title line; five chapters 「第N章  …」; 24 articles 「第N条 text」 on one line (no headings; two "
           "with two spaces after the label); item lists in 第十、十一（一）–（十二）、十二、十六、十七条 (第十七条's items with run-in "
           "headings 「（一）初核。」), 第十一条 an opening paragraph before its items",
     leaf_tasks=34, count_alternatives=[23, 28, 33, 35, 36],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第十条": 3,
                            "第十一条": 12, "第十二条": 2, "第十三条": 1, "第十四条": 1, "第十五条": 1, "第十七条": 7,
                            "第二十条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第五条"], [], [HY, YJ], **art(X04, ["第五条"]),
          note="「行业领域监管部门作为本行业领域事故统计工作部门，应当按照职责分工，及时统计分析本行业、领域事故信息…，完善事故预防机制，并通报应急管理部门。 应急管理部门作为本行政区域事故"
               "综合统计工作部门，应当…建立完善事故统计分析制度，对…事故统计工作进行监督检查，定期汇总分析…情况，并向社会发布。」 — 「A作为…部门」 designates A "
               "(Round 74 continued; Round 75's p57a-1; Round 77's x304_01 2.2), and in an article the subjects of 统计分析, 完善, "
               "建立, 监督检查 are doers (" + ARTICLE + "); 通报 is a sending (" + SENDING + "); the short name 行业领域监管部门 the text "
               "defines (第三条's 以下简称) is kept as printed where it acts (Round 81's x310_04 第五条); lead [] (no 牵头); " + RULES_NODATE),
        S(["第八条"], [], [], responsible_alternatives=[[YJ, HY]], not_targets=[(1, "小时"), (2, "小时"), (24, "小时")],
          **art(X04, ["第八条"]),
          note="「应急管理部门、行业领域监管部门应当逐级上报事故情况，各级上报均应当在1小时内完成口头上报，在2小时内完成书面上报。必要时，可以越级上报。 接到事故报告后，…应按职责分工在24小时"
               "内，通过录入直报系统归口直报，或者通过电话、传真等方式通报事故信息。」 — every act is a report: " + SENDING + " — " + NONE + "; the "
               "two departments accepted; 「1小时内」「2小时内」「24小时内」 counted from the accident or the report: " + LIMIT + " → not_target; "
               "the report is an undated duty (below); " + RULES_NODATE),
        S(["第十条", "（二）"], [], [], responsible_alternatives=[["区应急管理部门", HY]], not_targets=[(7, "日")],
          **art(X04, ["第十条", "（二）"]),
          note="「（二）事故发生之日起7日内，应补充完善相关事故信息并上报，主要内容包括：…。对于首次填报日期超过事故发生之日起7日的，需将超期原因等相关情况在直报系统中注明。」 under "
               "「区应急管理部门、行业领域监管部门应按照规定要求，通过直报系统录入或通报事故统计信息。」 — the lead-in's work is a sending (" + SENDING
               + "), no duty word over a list, so it gives its items no body (rule 4 passes a lead-in's units, and a sending names "
               "none); the item's own acts, completing and sending the record, name none — " + NONE + "; the lead-in's bodies "
               "accepted; 「事故发生之日起7日内」: " + LIMIT + " → 7 日 not_target; 「超过…7日的」 describes the late filing, a breach's "
               "figure (round 31's exception); " + RULES_NODATE),
        S(["第十一条", "（三）"], [], ["区建设行政管理部门"], lead_alternatives=[["区建设行政管理部门"]],
          responsible_alternatives=[["区建设行政管理部门", "区交通、水务（海洋）、绿化市容、房屋管理等行业领域监管部门"], []],
          **art(X04, ["第十一条", "（三）"]),
          note="「（三）区建设行政管理部门负责将房屋建筑和市政（非交通类）工程事故信息及时通报区应急管理部门；区交通、水务（海洋）、绿化市容、房屋管理等行业领域监管部门按职责分工将相关"
               "专业建设工程事故信息及时通报区应急管理部门。」 — the sending is placed by 负责, rule 2's own verb, which names A as Round 77 "
               "read 「A负责审查、接收…」 (x299_03 第八条, governs: the review rule reads reviews given by their own verbs, not work "
               "placed by 负责) — RULING? 9, none accepted; the second clause's 通报 stands with no 负责 (" + SENDING + "), its "
               "bodies none — the list with them (fields before one head with 等, one name: round 31) accepted; " + ONE_LEAD + "; "
               + RULES_NODATE),
        S(["第十一条", "（六）"], [], ["市、区卫生健康行政部门", "医疗机构"],
          responsible_alternatives=[["市、区卫生健康行政部门"]], not_targets=[(7, "日"), (30, "日")],
          **art(X04, ["第十一条", "（六）"]),
          note="「（六）市、区卫生健康行政部门负责指导有关医疗机构管理做好…伤员医疗救治工作，根据市、区应急管理部门的调查、统计需求，协调市、区所属医疗机构，由医疗机构核实并及时向同级应急"
               "管理部门通报…（火灾、道路运输事故发生之日起7日内，其他事故发生之日起30日内）情况。」 — 「A负责指导…」 is 「A负责…」 (round 30); the object of "
               "协调 is none (round 30's pivot), but 「由医疗机构核实」 is 由A＋a verb of doing (rule 2), its body named by a kind "
               "(round 30), 核实 and 通报 joined to it; the departments' needs stand inside a noun (round 30); levels before one "
               "head one name (round 30); lead [] (no 牵头); 「…之日起7日内」「…30日内」: " + LIMIT + " → not_target; " + RULES_NODATE),
        S(["第十三条"], [], ["区行业领域监管部门", "区应急管理部门"], **art(X04, ["第十三条"]),
          note="「区行业领域监管部门每月底前汇总形成全区本行业领域当月事故统计数据，报相应上级部门和区应急管理部门。 区应急管理部门每月3日前与区行业领域监管部门核对本区…上月事故统计"
               "数据，审核上报本辖区事故信息，并于每月5日前在直报系统完成上月度数据上报，综合形成全区上月事故统计数据报市应急管理部门。」 — in an article the subjects of "
               "汇总形成 and 核对, 综合形成 are doers (" + ARTICLE + "); the sendings 报, 上报 name none by themselves (" + SENDING + "), "
               "the partner of 与…核对 is the first clause's body already; lead [] (no 牵头); 每月底前／每月3日前／每月5日前 are a "
               "monthly rhythm, no deadline (round 34; Round 74's x293_04; Round 79) — " + NODATE + "; the monthly report is a "
               "duty (below)"),
        S(["第十五条"], [], [YJ], lead_alternatives=[[YJ]], responsible_alternatives=[[HY, YJ]], **art(X04, ["第十五条"]),
          note="「行业领域监管部门应当按照职责分工，于每季度首月7日前向同级应急管理部门书面报送本行业领域上季度事故情况、特点、…工作举措等。 应急管理部门应当于每季度首月15日前汇总形成本行政"
               "区域上季度事故情况统计分析报告，上报本级人民政府，并抄同级行业领域监管部门及下级人民政府。」 — the first paragraph's only act is a "
               "sending (" + SENDING + "), none; the second's 汇总形成…报告 is the department's own work, its subject a doer in an "
               "article (" + ARTICLE + ") — RULING? 10, the list with 行业领域监管部门 accepted; " + ONE_LEAD + "; 每季度 is a "
               "quarterly rhythm, no deadline (round 34; Round 79) — " + NODATE + "; the quarterly reports are a duty (below)"),
        S(["第十七条", "（一）"], [], ["区应急管理部门", "市应急管理部门"], **art(X04, ["第十七条", "（一）"]),
          note="「（一）初核。一般事故由区应急管理部门，较大事故、重大事故由市应急管理部门进行初步核对，并依据有关结论提出拟申报统计核销的建议，经本单位主要负责人签字确认。」 under "
               "「…可以按照下列程序核销：」 — the procedure's steps are the department's own work once it applies (Round 81's x305_02 第二十三条, "
               "（一）–（五） counted), 由A＋进行 a verb of doing (rule 2), split by the accident's grade, each part's agent a doer "
               "(round 40; Round 79); 「经本单位主要负责人签字确认」 an approval by a person (rule 3; round 30); lead [] (no 牵头); "
               + RULES_NODATE),
        S(["第十七条", "（六）"], [], [YJ], [(1, "年")], lead_alternatives=[[YJ]], not_targets=[(30, "日")],
          responsible_alternatives=[["申报统计核销的应急管理部门"]], **art(X04, ["第十七条", "（六）"]),
          note="「（六）公开。在直报系统完成统计核销之日起30日内，申报统计核销的应急管理部门应当将事故核销的有关信息在本级政府（或本部门）网站或相关媒体上公开，公开时间不少于1年。」 — "
               "the subject of 公开 in an article (" + ARTICLE + "; publishing to the public is no sending to a body); " + OF_RULE
               + " → 应急管理部门; " + ONE_LEAD + "; 不少于1年 is a floor on the work's own length (round 30's line: a floor of a "
               "standard; Round 81's x310_03 第十一条: 「不少于10个工作日」 stays a floor) → 1 年; 「…之日起30日内」: " + LIMIT + " → 30 日 "
               "not_target; " + RULES_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "应急管理部门、行业领域监管部门应当逐级上报事故情况，各级上报均应当在1小时内完成口头上报，在2小时内完成书面上报",
              "when": "1小时内（口头）；2小时内（书面）", "when_norm": None,
              "note": "第八条: reports of each accident up the line, limits counted from the event: an undated duty (Round 74's "
                      "Duties)"},
             {"what": "应急管理部门在事故调查报告批复之日起30日内，在直报系统上传事故调查报告",
              "when": "事故调查报告批复之日起30日内", "when_norm": None,
              "note": "第十二条 （一）（二）: uploading the accident's report, a sending with a limit from an event: undated"},
             {"what": "区应急管理部门每月5日前在直报系统完成上月度数据上报，综合形成全区上月事故统计数据报市应急管理部门",
              "when": "每月5日前", "when_norm": "monthly (by the 5th of each month)",
              "note": "第十三条 (and 第十四条's city-level monthly data): a sending with its day each month is a duty with that rhythm "
                      "(round 41; Round 79's yearly reading, monthly here)"},
             {"what": "行业领域监管部门应当于每季度首月7日前向同级应急管理部门书面报送本行业领域上季度事故情况；应急管理部门应当于每季度首月15日前汇总形成上季度事故情况统计分析报告，上报本级人民政府",
              "when": "每季度首月7日前；每季度首月15日前", "when_norm": "quarterly (by the 7th / 15th of each quarter's first month)",
              "note": "第十五条: two quarterly reports, one duty with the quarterly rhythm (round 41)"}],
     notes=["counting (leaf tasks; the notice 「现将《…》印发给你们，请认真遵照执行。」 is one plan with the measures it issues, a cover "
            "instruction no task, round 49's x229_04): 第一条 (purpose), 第二条 (scope), 第十九条 (「…由有关部门参照本办法开展统计核销」, "
            "a 参照 line, Round 78's (a)/(c)), 第二十一条 (a reference), 第二十二条 (interpretation), 第二十四条 (force) general "
            "provisions (round 30); 第九条 and 第十八条 (what a record and an application hold: contents, text, Round 77's x302_05 "
            "第七条), 第十六条 (「…有下列情形之一的事故，可以申报统计核销」: an option and its cases), 第二十三条 (「…可以参照本办法制定…」, an "
            "option) no tasks; 第十条 （一）–（三） 3 (the parts of the sending its lead-in names); 第十一条 （一）–（十二） 12, its opening "
            "paragraph the article's lead-in text (RULING? 11; as plans-next305's x305_04 第七条); 第十二条 （一）（二） 2; 第十七条 "
            "（一）–（六） 6 (the procedure's steps, Round 81's x305_02 第二十三条) + its closing paragraph 「同意核销备案的，…应当将…材料归档」 "
            "1 (round 54's s48b) → 7; every other article 1 (第三条: 指定…负责, 落实所需经费, with the bans and liability; 第七条: "
            "「各区、市有关部门要将…纳入…考核巡查内容」; 第二十条: 「各区、各有关部门应当…开展…工作」) → **34**. Accepted: 35 (第十一条's opening "
            "paragraph counted), 36 (and 第十九条), 33 (第十七条's closing paragraph not counted), 28 (第十七条 one task: 34 − 6), 23 "
            "(第十一条 one task: 34 − 11).",
            "units: no labels; designations 「A作为…部门」 (第五条), 负责 (第三、十一条), 由A＋verb (第十一条（六）, 第十七条（一）（五）), article "
            "subjects of verbs of doing (统计分析, 建立, 核查, 纳入, 汇总形成, 核对, 公示, 公开, 归档); every report, sending, upload and "
            "录入 into the direct-report system names none unless 负责 places it (RULING? 9); options (可以越级上报, 可由…通报, 可以申报) and "
            "cases 「…无法确定或存在不同意见的，由…商定」 (rule 3) name none",
            "dates: 2024年1月16日 (the notice), in force on issue; no item is dated; no phases; duties: two undated (第八、十二条), "
            "one monthly (第十三条; 第十四条 alike, unchecked), one quarterly (第十五条)",
            "figures: target 1 年 (第十七条（六） 「不少于1年」); not targets the limits 1, 2, 24 小时 (第八条), 7 日 (第十条, 第十一条), 30 日 "
            "(第十一条（六）, 第十七条（六）); 100 万元以上 (第二条, a scope: general provision, unchecked); 20 日, 公示7日 (第十七条, "
            "limits and a period with no comparison word, unchecked)"])

# Round 61 (align83): answers aligned to tests/data/CONVENTIONS.md "Round 83 rulings, written early" (README, round 61)
from aligned_rulings import align83  # noqa: E402

align83("x311_01", [H1("第十条")], "「有下列情形之一的乡镇，应当建立政府专职消防队：（一）建成区面积超过5平方公里或者居住人口5万人以上，且…距离较远的;」 (第十条): the lines describe the noun 乡镇 the work picks, and a figure inside a noun naming the class a piece of work picks is a class, no target (round 58 turned round 30's own 「常住人口1000人以上的行政村」); only a 的-clause of its own with no head noun 「符合下列情形之一的，A应…」 stays a trigger (round 49; Round 81's x307_01 第十条; x313_03 第六条) (RULING? 2)",
        "Targets, turned: round 58's class over round 30's picking line; 「有下列情形之一的X，应当…：（一）…超过N…的」 gives not_targets",
        targets=[], not_targets=[(5, "平方公里"), (5, "万人")])

write_collected(DIR)

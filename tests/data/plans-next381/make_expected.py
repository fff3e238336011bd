# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next381/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 71 (built by helper c381, for round 72): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, Rounds 100–105 whole and the
stretches named in README.md's Exposures — Rounds 83–99 were not read whole) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next381/make_expected.py tests/data/plans-next381
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)


def H(file, num):
    """The full heading line of article ``num`` (「第四条（管理部门）」) as the text prints it."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        if line.startswith(num + "（") or line.startswith(num + "("):
            return line.strip()
    raise KeyError(num)


def A(file, num, *sub):
    path = [H(file, num), *sub]
    return {"path": path, **art(file, path)}


def SA(file, num, sub, lead, resp, **kw):
    a = A(file, num, *sub)
    return S(a.pop("path"), lead, resp, **a, **kw)


REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all three files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the whole stored file was "
          "typed from the tool's answer into /tmp and gives exactly the stored character count, and the wrapper was then "
          "cut by a script that asserts its shape")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = "no clause of the item makes a body the doer in the ruled forms: lead = [], responsible = []"
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
NOLEAD = "no 牵头 and no 会同: lead []"
ARTICLE = ("round 44: in 第X条 articles a body named by a kind, standing as the subject of the article's verb of doing bound "
           "by 应当, is a doer whatever the verb (Round 100's rule keeps it for articles; Round 105 on x376_03 第六、十三条)")
ROLE = ("a party the rules name by its role (业主, 所有权人, 出租人 …) is a unit as printed where it acts, none accepted beside it "
        "since such parties may be persons (rounds 46, 55; Round 74's decided x270_04 项目所有人; Round 101's x367_01 3.3.4 as "
        "Round 105 cited it on x376_01 第三条)")
ZRR = ("「房屋使用安全责任人」 is the party 第十条 defines (owner, user or managing unit), not rule 3's 责任人 of a body: a "
       "责任人 the rules define as the party for a place or a duty is a doer where it acts (Round 89's turned x334_04 第五条; "
       "Round 89's x340_02 第五条), none stays accepted")
DESIG = ("「A是…的（行政）主管部门」 designates A, a doer (rounds 37, 67's x284_02 第三条; Round 105 confirmed x376_01 第三条), A负责 "
         "names the others (rule 2); an article that places the work is a task (Round 102's x370_01 第二条)")
XIETONG = ("「…等部门按照各自职责，协同实施本办法」: 协同 is rule 2's only as 「A协同B＋verb」 with a partner (round 30; Round 100's "
           "first bullet; Round 104's x373_01 17.: 协同推进 with no partner a manner), no 应当 binds it, so the list is no doer "
           "(RULING?: or one name as printed, round 31's fields before 等, a doer — accepted)")
FORM = ("「A应当＋verb＋下列X：」 makes the lines the parts of A's work, each an item (Round 101's x365_02 第六条 and x365_03 "
        "第三十四条; Round 96's turned x341_04 第三十八条; Round 104's x371_01 第十条 and x371_03 第二十四条; Round 105 on x376_03 "
        "第十一、十三条), the article as one task accepted")
OWED = ("what a party the rules regulate must do, bound by 应当 and backed by the rules' penalties, is owed work (Round 84's "
        "p61a-2; Round 104's x371_02 第十二条 and x371_01 第三十条), not a scheme's terms (Round 105's governs on x376_01 reads "
        "terms where a party seeks what a scheme offers)")
PENALTY = ("a penalty article by a named body is a task: the order to correct and the fine are its work (plans-next371's "
           "第三十八–四十二条, Round 104's governs on x371_02 第十六条), its unit the body after 由 (rule 2); the fine's scale is "
           "a penalty, no target (CONVENTIONS.md 「Penalties are not targets」, rounds 32, 33)")
REVIEWNOTE = ("a notice of the body's own decision or finding to the party it concerns is a duty (Round 99's x361_01; Round 105 "
              "decided x376_01 第十九条)")
LIMIT = ("「N日内」 counted from an event is the work's time rule: 内 alone is no comparison word (Round 97's x355_03 五、（二）), "
         "a not_target, and no deadline (round 33)")
MONEY = ("an article whose only acts pay, deposit, draw or share money is no task (Round 101's line on p69e, as Round 104 read "
         "it on x371_02 第十五条; Round 103's cost verbs: 拨付, 安排 … 资金／经费 name a payer); fixing a price or a norm is work")

# ---------------------------------------------------------------------------------------------------------
X01 = "x381_01_shi-zhengfu-2020-fangwu-shiyong-anquan-guanli-banfa.txt"
P01 = "上海市房屋使用安全管理办法"
SF1 = "市房屋管理部门"
QF1 = "区房屋管理部门"
ZR = "房屋使用安全责任人"
ZHEN = "镇（乡）人民政府"
JD = "街道办事处"
JC = "居（村）民委员会"
JCD = "房屋检测鉴定单位"
F4 = ("发展改革、住房城乡建设、规划资源、财政、公安、消防、国资、教育、卫生健康、文化旅游、体育、交通、商务、民政、人防、机关事务、"
      "应急管理、市场监管、生态环境、城管执法等部门")
F6 = "教育、卫生健康、文化旅游、体育、交通、商务、民政、人防、机关事务等部门"

plan(X01,
     title=P01,
     title_note="the rules' title (line 1, printed again on line 3); no cover",
     doc_no="上海市人民政府令第39号 (2020), amended by 上海市人民政府令第14号 (2024) (line 5; the front matter's 文号 is 「-」)",
     issuer="上海市人民政府 (line 5 and the front matter)",
     date="2020-12-14",
     date_note="line 5: published 2020年12月14日, amended 2024年11月25日; in force 2021年3月1日 (第四十一条, a general "
               "provision); every other time is a limit from an event (3个工作日内), a rhythm (每年一次, 定期) or an age of a "
               "building (三十年); no task is dated",
     level="the city government's rules (政府规章) on the safe use of buildings on state-owned land: the managing bodies, the "
           "owners' and users' duties, the owners' committee, the property firm, the developer, checks, testing and "
           "appraisal, dangerous buildings, records, patrols, emergencies, credit and penalties",
     source=src(P01 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20210609/303bd986de724050bdc27f8fe38936f5.html", 6426),
     style="the title twice, the order's line in brackets, then 41 articles 「第N条（heading）」 with the heading on a line of "
           "its own, no chapters; lists （一）… in 第十一、十三、十六、二十条; one paragraph a line with blank lines between",
     leaf_tasks=37, count_alternatives=[29, 31, 35, 36, 38, 39],
     leaf_tasks_by_section={"第一–三条": 0, "第四–六条": 3, "第七条": 0, "第八、九条": 2, "第十条": 0, "第十一条": 7,
                            "第十二条": 0, "第十三条": 3, "第十四、十五条": 2, "第十六条": 0, "第十七–二十四条": 8,
                            "第二十五条": 0, "第二十六–二十九条": 4, "第三十条": 0, "第三十一–三十八条": 8,
                            "第三十九–四十一条": 0},
     childless_top_level_sections=[],
     samples=[
        SA(X01, "第四条", [], [], [SF1, QF1], responsible_alternatives=[[QF1], [SF1, QF1, F4]],
           note="「市房屋管理部门是本市房屋使用安全的行政主管部门;区房屋管理部门负责本辖区房屋使用安全的具体监督管理工作。 发展改革、…、城管执法等部门按照各自职责，协同实施本办法。」 — "
                + DESIG + "; " + XIETONG + "; " + NOLEAD + "; " + NODATE),
        SA(X01, "第五条", [], [], ["区人民政府", ZHEN, JD, JC],
           responsible_alternatives=[[ZHEN, JD, JC], ["区人民政府", "镇人民政府", JD, "居民委员会"]],
           note="「第五条（区和街镇职责） 区人民政府建立房屋使用安全管理综合协调机制，统筹协调…重大问题。 镇（乡）人民政府、街道办事处负责综合协调、处理…相关事务，并加强…指导和监督。 居（村）民委员会应当协助…开展…工作。」 — "
                "「…职责」 is a work heading (round 34's duty heading), and under it the bodies its text gives work are units "
                "whatever their verb (Round 100's second bullet; Round 101's governs on x365_04 第四条（职责分工） 「市、区人民政府领导…」): "
                "区人民政府 by 建立／统筹协调 though no 应当 binds them (RULING?: or, 建立 outside rule 2's list and no 应当, not a "
                "doer — the three accepted); 负责 names the towns and streets (rule 2; separate heads, round 31), 应当协助 the "
                "committees (" + ARTICLE + "); names as printed, the bare 镇人民政府／居民委员会 accepted (Round 89's x331_02 on "
                "村（居）民委员会); " + NOLEAD + "; " + NODATE),
        SA(X01, "第六条", [], [], [F6], lead_alternatives=[[F6]],
           note="「教育、卫生健康、…、机关事务等部门应当按照职责，督促落实…，并可以根据需要，制定…特定规范。」 — fields joined by 、 "
                "before one head with 等 are one name as printed (round 31; Round 89's governs on x340_02 第四条), a doer by 应当 "
                "(" + ARTICLE + "); 可以 an option beside the work; " + ONE_LEAD + "; " + NODATE),
        SA(X01, "第八条", [], [], ["房屋管理部门", "其他有关部门", ZHEN, JD, JC],
           note="「房屋管理部门和其他有关部门、镇（乡）人民政府、街道办事处以及居（村）民委员会应当加强宣传，普及房屋使用安全知识…」 — "
                "each the subject of 应当加强宣传 (" + ARTICLE + "); separate heads, printed order (round 31); 其他有关部门 a group "
                "named by a kind (round 30); " + NOLEAD + "; " + NODATE),
        SA(X01, "第十一条", ["（一）"], [], [ZR], responsible_alternatives=[[]],
           note="「房屋使用安全责任人应当履行下列房屋使用安全义务：（一）按照房屋设计用途…合理使用房屋；」 — " + FORM + "; （一）–（七） "
                "the owner's owed acts (" + OWED + "); （八） 「法律、法规、规章规定的其他…义务」 keeping to other texts' rules, text "
                "(Round 84's p61a-1); " + ZRR + "; " + ONE_LEAD + "; " + NODATE),
        SA(X01, "第十一条", ["（五）"], [], [ZR], responsible_alternatives=[[]],
           note="「（五）按照规定对房屋进行检测鉴定，并对危险房屋采取治理措施；」 — a line of 第十一条, as （一）: " + FORM + "; " + ZRR
                + "; " + ONE_LEAD + "; " + NODATE),
        SA(X01, "第十三条", ["（二）"], [], ["业主委员会"],
           note="「业主委员会应当依法履行下列房屋使用安全责任：…（二）监督物业服务企业履行房屋使用安全管理责任；」 — "
                + FORM + " (履行 with the lines as its object: the lines are the work, unlike 行使／履行…职责 pointing to duties "
                "held elsewhere, Round 104's x371_01 第三条); each line read by its words (Round 101's x365_01 第十二条): （一）（二）（四） "
                "acts; （三） 「筹集、安排资金用于…」 only raises and allots money, no task (" + MONEY.split(" (")[0] + ") (RULING?: or "
                "the committee's work of keeping the building safe — 38 accepted); （五） other texts' duties, text; the first "
                "paragraph (业主大会…予以明确, no 应当) and the last (a case of the assembly's choice) give no task of their own "
                "(38 accepted with one); " + ONE_LEAD + "; " + NODATE),
        SA(X01, "第十四条", [], [], ["物业服务企业"],
           note="「物业服务企业应当对房屋共用部分的使用安全情况进行日常巡查；汛期前以及遇台风、暴雨等极端异常天气的，应当加大巡查频次。…」 — "
                "the firm bound by 应当 through five paragraphs, one article one task (" + ARTICLE + "; " + OWED + "); 可以受委托 an "
                "option; its report of breaches a duty (below); " + ONE_LEAD + "; " + NODATE),
        SA(X01, "第十八条", [], [], [ZR], responsible_alternatives=[[]],
           note="「房屋使用安全责任人应当根据房屋用途、结构类型、使用年限等情况，对房屋进行常规安全检查，频次不得少于每年一次；…」 — " + OWED
                + "; " + ZRR + "; 「每年一次」 is written in characters, the check's rhythm (a party's own check, no sending: no duty, "
                "round 42), left unchecked; 可以委托 an option; " + ONE_LEAD + "; " + NODATE),
        SA(X01, "第二十条", [], [], [ZR], responsible_alternatives=[[ZR, "房屋建设单位"], []],
           note="「有下列情形之一的，房屋使用安全责任人应当委托房屋检测鉴定单位进行检测鉴定：（一）…（六）… 保修期内发生前款第一项、第二项情形的，由房屋建设单位委托…」 — "
                "a list of cases is the text of the item that announces it, one task (Round 78's (b); Round 105 on x376_02 "
                "三、（三）1、); 由房屋建设单位委托 stands inside a case (rule 3: 「发生…时，由A…」), no unit (accepted with it); the "
                "appraisal firm is the object of 委托 (rule 3); " + ZRR + "; 三十年 in characters, unchecked; " + ONE_LEAD + "; "
                + NODATE),
        SA(X01, "第二十二条", [], [], [JCD],
           note="「房屋检测鉴定单位及其检测鉴定人员应当按照…对房屋进行检测鉴定，并向检测鉴定委托人出具检测鉴定报告；…」 — a firm the rules "
                "bind by 应当 is a regulated party, a doer (Round 84's p61a-2; Round 89's x331_04 第十五条 「房屋检测鉴定单位应当…」); "
                "its staff are persons (round 30); its urgent report a duty (below); " + ONE_LEAD + "; " + NODATE),
        SA(X01, "第二十六条", [], [], [JCD, QF1, ZHEN, JD], not_targets=[(3, "个工作日")],
           note="「…房屋检测鉴定单位应当将检测鉴定报告自完成之日起3个工作日内报送区房屋管理部门。区房屋管理部门接到报告后，应当及时…发出危险房屋治理告知单，并抄送… 镇（乡）人民政府、街道办事处应当…进行动态跟踪；…应当督促治理，设立警示标识…」 — "
                "each body the subject of an act bound by 应当 (" + ARTICLE + "), printed order; the report and the notice "
                "duties (below); " + LIMIT + " (3 个工作日); " + NOLEAD + "; " + NODATE),
        SA(X01, "第二十九条", [], [], ["市、区房屋管理部门"], lead_alternatives=[["市、区房屋管理部门"]],
           responsible_alternatives=[["市、区房屋管理部门", QF1, "相关部门", ZHEN, JD]],
           note="「市、区房屋管理部门应当制定房屋应急处置预案，并定期组织演练。 房屋坍塌或者有坍塌危险以及发生其他重大险情的，区房屋管理部门和相关部门以及镇（乡）人民政府、街道办事处应当…启动应急处置预案… 市、区人民政府对…经费予以保障。」 — "
                "「市、区X部门」 is one name (round 30), a doer by 应当制定 (" + ARTICLE + "); the second paragraph's bodies act "
                "inside a case 「发生…的」 (rule 3), accepted; the governments' 经费予以保障 a payer (" + MONEY + "); 定期 prints "
                "no time; " + ONE_LEAD + "; " + NODATE),
        SA(X01, "第三十二条", [], [], [],
           note="「房屋使用安全纳入城市运行“一网统管”体系，强化城市网格化管理机制，优化诉求响应、数据共享、监测预警、应急处置等流程，提升…能力和管理水平。」 — "
                "acts the rules bind with no subject give work, a task naming none (round 65's x274_01; Round 103's governs: "
                "强化 a mechanism, 优化 named processes are acts, not only aims) (RULING?: or an aim with no body and no 应当, "
                "text — 37 accepted); " + NONE + "; " + NODATE),
        SA(X01, "第三十四条", [], [], [QF1], lead_alternatives=[[QF1]],
           not_targets=[(3000, "元"), (3, "万元"), (1000, "元"), (1, "万元")],
           note="「违反本办法第十四条第一款规定，物业服务企业未按照要求进行巡查…的，由区房屋管理部门责令限期改正；逾期不改正的，处3000元以上3万元以下罚款。 …由区房屋管理部门责令改正，可处1000元以上1万元以下罚款。」 — "
                + PENALTY + "; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "劝阻、制止无效的，按照规定报告业主委员会和相关部门", "when": None, "when_norm": None,
              "note": "第十四条 — the firm the rules task sends what it found in its own patrol work to the bodies that act on "
                      "it (Round 104's governs on x371_03 第九条: a body the rules task sending the result of the work they give "
                      "it has a duty), undated"},
             {"what": "房屋检测鉴定单位在检测鉴定过程中发现房屋有坍塌危险的，应当立即通知检测鉴定委托人，同时报告区房屋管理部门",
              "when": None, "when_norm": None,
              "note": "第二十二条 — the appraisal firm's report of a danger it found to the bureau (as above), one duty to the "
                      "two receivers of one finding (round 41's step printed once; Round 105's decided x376_01 第十九条 on one "
                      "decision), undated: 立即 prints no time"},
             {"what": "房屋检测鉴定单位应当将检测鉴定报告自完成之日起3个工作日内报送区房屋管理部门", "when": "3个工作日内",
              "when_norm": None,
              "note": "第二十六条 — the firm sends the report of its work to the bureau that oversees it (Round 104's x371_01 "
                      "第二十九条), undated: 3个工作日内 runs from each report (round 33)"},
             {"what": "区房屋管理部门接到报告后，应当及时向房屋使用安全责任人发出危险房屋治理告知单，并抄送镇（乡）人民政府、街道办事处及其他相关部门",
              "when": None, "when_norm": None,
              "note": "第二十六条 — " + REVIEWNOTE + ", with its 抄送 (Round 99's x364_02 四、 抄送) one sending, undated"}],
     notes=["counting (leaf tasks): 第一条 purpose, 第二条 scope (with a pointer to rules the city sets apart), 第四十一条 force "
            "— general provisions (round 30); no tasks: 第三条 principles (p51e; Round 103's (a) a stance), 第七条 鼓励 (rounds "
            "30, 40), 第十条 who the owner-party is and a bare 「本市实行…制度」 (Round 103's (d); definitions, round 30), 第十二条 "
            "the user's duties by pointer to 第十一条 and other texts with 予以配合 (履行…义务 pointing to duties held elsewhere, "
            "Round 104's x371_01 第三条; Round 84's p61a-1), 第十六条 「禁止实施下列危害房屋安全的行为」 a ban on anyone, with no "
            "subject (Round 80; plans-next371's x371_01 第三十四条), 第二十五条 money only (" + MONEY.split(" (")[0] + "), 第三十条 "
            "可以安排资金 an option and money, 第三十九条 the discipline of the rules' own officials (Round 91's x340_04 第七十九条), "
            "第四十条 a pointer to other rules; tasks: 第四、五、六、八、九条 one each, 第十一条 7 (its lines （一）–（七）; （八） text), "
            "第十三条 3 (its lines （一）（二）（四）; （三） money only and （五） text), 第十四、十五条, 第十七–二十四条, 第二十六–二十九条, 第三十一–三十八条 one "
            "each (第三十四–三十八条 penalties by a named body) → **37**. Accepted: 31 (第十一条 one task), 35 (第十三条 one task), "
            "29 (both), 36 (第三十二条 text), 38 (第十二条, 第十六条, 第十三条（三） or the assembly's paragraphs of 第十三条 a task), 39",
            "units: rule 2 and round 44 in articles; " + ZRR + "; not sampled: 第九条 [有关部门] (应当按照规定处理), 第十五条 "
            "[房屋建设单位], 第十七、十九、二十四条 [房屋使用安全责任人] (第二十四条's 可以由物业服务企业 an option), 第二十一条 "
            "[房屋检测鉴定单位, 市房屋管理部门], 第二十三条 [房屋管理部门], 第二十七条 [区房屋管理部门], 第二十八条 [镇（乡）人民政府, "
            "街道办事处, 区房屋管理部门], 第三十一条 [建设工程各参与单位], 第三十三条 [有关部门], 第三十五、三十七条 [区房屋管理部门], "
            "第三十六条 [区房屋管理部门, 相关部门], 第三十八条 [区房屋管理部门]",
            "dates: no task is dated (see date_note)",
            "figures: not_targets 3 个工作日 (第二十六条), the fines of 第三十四条; unchecked: 每年一次, 三十年 (characters), the "
            "other fines (第三十五–三十八条)",
            "duties: four, undated — 第十四条's report of breaches, 第二十二条's report of a danger, 第二十六条's report and the "
            "bureau's notice; not duties: 第十四条's patrol records kept for inspection, 第十五条's and 第二十六条's 公示 and 第二十一条's "
            "公布 (publications, no report of the body's work to a receiver), 第二十七条's archive (the bureau's own system)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x381_02_shi-zhengfu-2011-juzhu-fangwu-zulin-guanli-banfa.txt"
P02 = "上海市居住房屋租赁管理办法"
SF2 = "市房屋行政管理部门"
QF2 = "区房屋行政管理部门"
CZ = "出租人"
F5 = "市场监管、卫生健康、文化旅游等行政管理部门"

plan(X02,
     title=P02,
     title_note="the rules' title (line 1, printed again on line 3); no cover",
     doc_no="上海市人民政府令第68号 (2011), amended by 第15号 (2014) and 第49号 (2021) (line 5; the front matter's 文号 is 「-」)",
     issuer="上海市人民政府 (line 5 and the front matter)",
     date="2011-07-07",
     date_note="line 5: published 2011年7月7日, amended 2014年3月24日 and 2021年5月8日; in force 2011年10月1日 (第三十七条, a "
               "general provision, with the 2004 text it repeals); every other time is a limit from an event (30日内, 15日内, 1个月, "
               "3个月, 5日前) or a lease's length (1年); no task is dated",
     level="the city government's rules (政府规章) on renting out homes: the managing bodies, the streets' and committees' "
           "part, who may rent, the housing that may not be let, the smallest unit and the limits on persons, shared "
           "letting, the contract and its registration, rent, deposit, sublease, renewal, sale, the landlord's and the "
           "tenant's duties, agents, the property firm, disputes and penalties",
     source=src(P02 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20210608/85d0e949835847649d84968c48c29405.html", 6028),
     style="the title twice, the order's line in brackets, then 37 articles 「第N条（heading）」 with the heading on a line of "
           "its own, no chapters; lists （一）… in 第八、十二、二十三、二十四条; one paragraph a line with blank lines between",
     leaf_tasks=27, count_alternatives=[19, 21, 25, 26, 28, 31],
     leaf_tasks_by_section={"第一–四条": 0, "第五–十四条": 10, "第十五–二十二条": 0, "第二十三条": 7, "第二十四条": 3,
                            "第二十五条": 1, "第二十六、二十七条": 0, "第二十八条": 1, "第二十九、三十条": 0,
                            "第三十一–三十五条": 5, "第三十六、三十七条": 0},
     childless_top_level_sections=[],
     samples=[
        SA(X02, "第五条", [], [], [SF2, QF2, "公安部门", F5], responsible_alternatives=[[QF2, "公安部门", F5]],
           note="「市房屋行政管理部门是本市居住房屋租赁的行政主管部门。区房屋行政管理部门负责…。 公安部门负责…。 市场监管、卫生健康、文化旅游等行政管理部门负责查处… 本市税务、民政、住房城乡建设、规划资源等行政管理部门按照各自职责，协同实施本办法。」 — "
                + DESIG + "; 「市场监管、卫生健康、文化旅游等行政管理部门」 one name as printed (round 31); " + XIETONG
                + "; " + NOLEAD + "; " + NODATE),
        SA(X02, "第六条", [], [], ["区人民政府", "乡、镇人民政府", "街道办事处", "居民委员会", "村民委员会"],
           responsible_alternatives=[["区人民政府", "乡、镇人民政府或者街道办事处", "居民委员会或者村民委员会"]],
           note="「区人民政府应当将居住房屋租赁管理纳入社区综合管理的范围。乡、镇人民政府或者街道办事处应当负责协调和处理…，承担…登记备案工作。 居民委员会或者村民委员会应当协助做好…」 — "
                "each the subject of an act bound by 应当 (" + ARTICLE + "; 负责 rule 2's); 「A或者B」 joins two full names, both "
                "doers (round 30's 「由A或B指定专人负责」; Round 105 on x376_03 第八条 keeps a shared head only), 「乡、镇人民政府」 one "
                "name as 「市、区X部门」 (round 30); printed order; " + NOLEAD + "; " + NODATE),
        SA(X02, "第十条", [], [], [], targets=[(2, "人"), (5, "平方米")],
           note="「出租居住房屋，每个房间的居住人数不得超过2人（…除外），且居住使用人的人均居住面积不得低于5平方米。…」 — a limit the "
                "rules bind with no subject, enforced by 第三十二条, is a task naming none (Round 87's governs on x328_03, as Round "
                "105 read it on x376_03 第二、四、七条); 不得超过 and 不得低于 are round 30's comparison words (Round 102's 不得小于) "
                "→ targets 2 人, 5 平方米; " + NONE + "; " + NODATE),
        SA(X02, "第十一条", [], [], [CZ], responsible_alternatives=[[]], targets=[(10, "间"), (15, "人")],
           note="「集中出租房屋供他人居住，出租房间达到10间以上或者出租房屋居住使用人达到15人以上的，出租人应当建立管理制度，明确管理人员，落实安全管理职责，建立信息登记簿…，并将相关登记信息报送公安部门备案。 …」 — "
                + OWED + "; " + ROLE + "; 达到…以上 are round 30's comparison words, a threshold picking the work's objects "
                "included → targets 10 间, 15 人; the filing of its own register is the landlord's own business (round 42), no "
                "duty; " + ONE_LEAD + "; " + NODATE),
        SA(X02, "第十二条", [], [], [SF2, "市市场监管部门"],
           note="「居住房屋租赁，租赁当事人应当依法订立书面租赁合同。租赁合同包括下列主要内容：（一）…（十一）… 市房屋行政管理部门和市市场监管部门应当制定租赁合同示范文本，并在政府网站上公开。」 — "
                "the contract's contents under a noun lead-in are no items (Round 86's (a); Round 89's x329_01 第八条); both city "
                "bodies the subjects of 应当制定 (" + ARTICLE + "), printed order; the parties' written contract read with it "
                "(the parties' 订立 their own bargain, Round 105 on x376_01 第十三条); " + NOLEAD + "; " + NODATE),
        SA(X02, "第十三条", [], [], ["租赁当事人"], responsible_alternatives=[["租赁当事人", "房地产经纪机构"], []],
           not_targets=[(30, "日")],
           note="「租赁合同订立后30日内，租赁当事人应当到…社区事务受理服务中心办理租赁合同登记备案，但通过房地产经纪机构订立租赁合同的，由房地产经纪机构代为办理…」 — "
                "the registration the rules require of every lease, enforced by 第三十三、三十四条, is owed work (" + OWED + "); "
                + ROLE + "; the agent acts inside a case 「通过…订立…的」 (rule 3; accepted, round 30's 「由A代为申请／代办」 doer); the "
                "centre receives (rule 3); a party's filing of its own business is no duty (round 42); " + LIMIT + " (30 日, "
                "printed twice); " + ONE_LEAD + "; " + NODATE),
        SA(X02, "第十四条", [], [], [SF2],
           note="「市房屋行政管理部门应当推进建设租赁合同登记备案信息系统，实行网上登记备案，并纳入房地产市场信息系统。」 — " + ARTICLE
                + "; " + ONE_LEAD + "; " + NODATE),
        SA(X02, "第二十三条", [], [], [CZ, "公安派出所"], responsible_alternatives=[["公安派出所"], [CZ], []],
           note="「居住房屋的出租人应当与公安派出所签订《治安责任保证书》。」, the article's first paragraph before 「居住房屋的出租人应当履行下列义务：」 — "
                "a paragraph that gives work of its own beside the lines is its own task (Round 104's x371_03 第二十四条: its first "
                "paragraph and the engineers' lines); 与B签订 is round 30's two-party act, both doers (Round 104's x371_03 第十七条); "
                + ROLE + "; " + NOLEAD + "; " + NODATE),
        SA(X02, "第二十三条", ["（一）"], [], [CZ], responsible_alternatives=[[]],
           note="「（一）查验承租人及居住使用人的身份证件，并按照公安部门的要求，登记承租人的姓名、身份证件的种类和号码；」 — " + FORM + " ("
                "「A应当履行下列义务：」 with the lines its work); " + OWED + "; " + ROLE + "; 按照公安部门的要求 a guide's "
                "requirement (rule 3); " + ONE_LEAD + "; " + NODATE),
        SA(X02, "第二十三条", ["（五）"], [], [CZ], responsible_alternatives=[[]],
           note="「（五）负责出租房屋及其提供的设施、设备的安全，告知安全使用事项，并定期进行安全检查和维护…」 — a line of 第二十三条, as "
                "（一）: " + FORM + "; the line's own 负责 names the landlord too (rule 2); " + ROLE + "; " + ONE_LEAD + "; "
                + NODATE),
        SA(X02, "第二十四条", ["（三）"], [], ["承租人"], responsible_alternatives=[[]],
           note="「居住房屋的承租人应当履行以下义务：…（三）不得利用承租的居住房屋从事经营活动；」 — " + FORM + "; a ban binding the party "
                "the rules regulate is work (Round 104's governs on x371_01 第三十条); （二） 「遵守业主管理规约，不得损害相邻业主的合法权益」 "
                "keeps another text's rules, text (Round 84's p61a-1; Round 104's x371_02 第十二条（六）) (RULING?: or a task, 28 "
                "accepted); " + ROLE + "; " + ONE_LEAD + "; " + NODATE),
        SA(X02, "第二十五条", [], [], ["房地产经纪机构"],
           note="「房地产经纪机构和房地产经纪人员应当遵守…，向租赁当事人宣传…，并引导租赁当事人使用租赁合同示范文本。 …不得居间、代理…」 — "
                "a firm the rules bind by 应当 is a doer (Round 84's p61a-2), its agents persons (round 30); " + ONE_LEAD + "; "
                + NODATE),
        SA(X02, "第二十八条", [], [], ["物业服务企业"],
           note="「物业服务企业应当按照乡、镇人民政府或者街道办事处的要求，将…房屋租赁情况，报送房屋所在地社区事务受理服务中心。 物业服务企业发现…违法违规行为的，应当及时予以劝阻、制止，并报告业主委员会或者有关部门。」 — "
                + ARTICLE + "; the towns and streets set the requirement (rule 3's guide), the centre and the committee receive "
                "(rule 3); its two sendings duties (below); " + ONE_LEAD + "; " + NODATE),
        SA(X02, "第三十二条", [], [], [QF2], lead_alternatives=[[QF2]], not_targets=[(1, "万元"), (10, "万元")],
           note="「违反本办法第九条、第十条第一款规定，…由区房屋行政管理部门责令责任人限期改正；逾期不改正的，可处以1万元以上10万元以下罚款。」 — "
                + PENALTY + "; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现承租人及居住使用人利用承租的居住房屋从事无证无照经营的，及时报告市场监管等有关部门", "when": None,
              "when_norm": None,
              "note": "第二十三条（四） — the landlord the rules task reports what it found in the lease it keeps to the body "
                      "that acts on it (Round 104's governs on x371_03 第九条), undated"},
             {"what": "物业服务企业应当按照乡、镇人民政府或者街道办事处的要求，将居住物业管理区域内的房屋租赁情况，报送房屋所在地社区事务受理服务中心",
              "when": None, "when_norm": None,
              "note": "第二十八条 — the firm sends the records the rules ask of it to the centre that keeps the register "
                      "(Round 104's x371_01 第二十九条), undated: 按照…要求 prints no rhythm"},
             {"what": "物业服务企业发现租赁当事人、房地产经纪机构或者房地产经纪人员有违法违规行为的，应当及时予以劝阻、制止，并报告业主委员会或者有关部门",
              "when": None, "when_norm": None,
              "note": "第二十八条 — a report of breaches found (as 第二十三条（四）), undated"}],
     notes=["counting (leaf tasks): 第一条 purpose, 第二条 scope, 第三条 definition, 第三十七条 force and repeal — general "
            "provisions (round 30); no tasks: 第四条 principles and 鼓励 (p51e; Round 103's (a), (b)); 第十五–二十二条 the parties' "
            "bargain and civil rights — rent agreed and how often it moves, deposit, sublease by consent, renewal and notice, "
            "sale and first refusal, continued lease, ending the contract — the terms of a contract the parties choose (Round 105 "
            "on x376_01 第十三条: the parties' agreed price is a term of their bargain; " + MONEY.split(" (")[0] + "), with no "
            "penalty of the rules behind them (RULING?: or owed acts of regulated parties, 第十五、十七、十八、二十条 tasks, 31); "
            "第二十六条 鼓励 and 「具体管理规定由市房屋行政管理部门会同相关部门另行制定」, a pointer to another text (round 39; Round 97's "
            "turned x357_01 四/10); 第二十七条 the owners' options and rights; 第二十九条 the parties' remedies; 第三十条 a pointer; "
            "第三十六条 参照 (scope); tasks: 第五–十四条 one each (第七条 the ban on letting to those without papers, a task naming "
            "none — the landlord's 不得 a ban, [出租人] accepted; 第八、九条 limits with no subject, naming none), 第二十三条 7 (its "
            "first paragraph and lines （一）–（六）), 第二十四条 3 (（一）（三）（四）; （二） text), 第二十五条, 第二十八条, 第三十一–"
            "三十五条 one each (penalties) → **27**. Accepted: 21 (第二十三条 one task), 25 (第二十四条 one), 19 (both), 26 (第七条 "
            "text), 28 (第二十四条（二） a task), 31 (the civil articles tasks)",
            "units: rule 2 and round 44 in articles; " + ROLE + "; not sampled: 第七、八、九条 none; 第二十三条（二）–（四）（六） [出租人]; "
            "第二十四条（一）（四） [承租人]; 第三十一条 [公安部门]; 第三十三–三十五条 [区房屋行政管理部门]",
            "dates: no task is dated (see date_note)",
            "figures: targets 2 人, 5 平方米 (第十条), 10 间, 15 人 (第十一条); not_targets 30 日 (第十三条), the fines of 第三十二条; "
            "unchecked: 1年, 1个月, 3个月, 15日, 5日, 2个月 (the civil articles, text), the other fines",
            "duties: three, undated — 第二十三条（四）'s report, 第二十八条's sending of the lease records and its report of "
            "breaches; not duties: 第十一条's and 第十三条's filings of the parties' own business (round 42), the landlords' notices "
            "to tenants (第十八、二十条, text)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x381_03_shi-zhengfu-2000-shangpin-zhuzhai-zhuanxiang-weixiu-zijin-guanli-banfa.txt"
P03 = "上海市商品住宅专项维修资金管理办法"
SJ = "市住房保障房屋管理局"
SJF = "上海市住房保障和房屋管理局"
QX = "区、县房屋管理部门"
YW = "业主委员会"
WY = "物业服务企业"

plan(X03,
     title=P03,
     title_note="the rules' title (line 1, printed again on line 3); no cover",
     doc_no="上海市人民政府令第91号 (2000), amended by 第52号 (2010) (line 5; the front matter's 文号 is 「-」)",
     issuer="上海市人民政府 (line 5 and the front matter)",
     date="2000-10-08",
     date_note="line 5: issued 2000年10月8日, amended 2010年12月20日; in force 2001年1月1日 (第二十八条, a general provision); "
               "every other time is a limit from an event (15日内, 60日内, 30日内), a rhythm (每月, 每半年, 每年, 按季度) or a "
               "period (一个月); no task is dated",
     level="the city government's rules (政府规章) on the special repair fund of commercial housing: the managing bodies, "
           "the fund's setting up and first payments, the bureaus' and the owners' committees' accounts, uses, repairs, "
           "drawing and sharing costs, checking and publishing the accounts, raising it again, transfer, change and "
           "closing of accounts, complaints and liability",
     source=src(P03 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20210608/b86cea398c3e492a8299c17734c14bc6.html", 5849),
     style="the title twice, the order's line in brackets, then 28 articles 「第N条（heading）」 with the heading on a line of "
           "its own, no chapters; lists （一）… in 第六、七、十、十四、十六、十七、十八、二十一条; 「帐」 and full-width 「％」 as "
           "stored; one paragraph a line with blank lines between",
     leaf_tasks=17, count_alternatives=[13, 14, 15, 16, 18],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四条": 0, "第五、六条": 2, "第七条": 0, "第八–十条": 3,
                            "第十一–十三条": 0, "第十四、十五条": 2, "第十六、十七条": 0, "第十八条": 4, "第十九条": 1, "第二十条": 0,
                            "第二十一–二十四条": 4, "第二十五–二十八条": 0},
     childless_top_level_sections=[],
     samples=[
        SA(X03, "第三条", [], [], [SJF, QX], responsible_alternatives=[[SJ, QX]],
           note="「上海市住房保障和房屋管理局（以下简称市住房保障房屋管理局）是本市物业管理的行政主管部门，负责本办法的组织实施。 区、县房屋管理部门是本辖区物业管理的行政主管部门，依照本办法对专项维修资金的设立和使用进行监督管理。」 — "
                + DESIG + " (负责…组织实施, and the district's designation with 监督管理); the full name where the article "
                "defines it, the short name where it acts later (round 43; Round 102 on x370_01 第二条), the short name accepted; "
                "「区、县X部门」 one name (round 30); " + NOLEAD + "; " + NODATE),
        SA(X03, "第五条", [], [], [QX],
           note="「业主委员会成立前，专项维修资金由物业所在地的区、县房屋管理部门代为监管，… 区、县房屋管理部门应当与本市商业银行…签订委托协议，开立一个本辖区专项维修资金的专户。 …」 — "
                "由A代为监管 (rule 2's 由A＋a verb of doing) and 应当签订、开立 (" + ARTICLE + "); holding and accounting for the fund "
                "is work beyond moving money (" + MONEY + "); the bank is the other party of the agreement the bureau makes, "
                "not named as doer (the article's 与B签订 is read with the bureau's own account; RULING? folded with 第九条 "
                "below); " + ONE_LEAD + "; " + NODATE),
        SA(X03, "第六条", [], [], [SJ, "市物价部门"], targets=[(4, "%"), (3, "%"), (2, "%")],
           note="「…应当按照下列标准交纳首期专项维修资金：（一）…房地产开发企业按照每平方米建筑面积成本价的4％交纳；…3％… （二）…购房人…3％…2％… 新建商品住宅每平方米建筑面积成本价，由市住房保障房屋管理局和市物价部门核定。」 — "
                "the payments alone are money (" + MONEY.split(" (")[0] + "), but fixing the cost price they are rated on is work "
                "(Round 97's x355_03 七、3; Round 104 on x371_02 第十五条: fixing a price or a budget norm), placed by 由A和B＋核定 "
                "(rule 2; round 30's 「由A与B…」), both doers; the rates are the policy's per-unit rates, the item's targets "
                "(round 25: 「每户补贴2000元」), 3 % once though printed twice (Round 105 on x375_01: a value is one target) "
                "(RULING?: or the article the parties' payments, no task — 13 accepted); " + NOLEAD + "; " + NODATE),
        SA(X03, "第八条", [], [], [QX],
           note="「区、县房屋管理部门应当定期核查首期专项维修资金的交存情况，并每年公布一次。」 — " + ARTICLE + "; the yearly "
                "publication of its check a duty (below); " + ONE_LEAD + "; " + NODATE),
        SA(X03, "第九条", [], [], [YW],
           note="「业主委员会成立后，应当与本市商业银行…签订委托协议，开立一个物业管理区域的专项维修资金帐户。 …」 — the committee the "
                "subject of 应当签订、开立 (" + ARTICLE + "; Round 89's x331_04 第十五条 keeps 业主委员会 a doer); the bank the other "
                "party of the agreement, no unit (RULING?: or round 30's two-party 签订, both doers — [业主委员会, 开户银行] and "
                "for 第五条 [区、县房屋管理部门, 专户银行] not accepted here); " + ONE_LEAD + "; " + NODATE),
        SA(X03, "第十条", [], [SJ], [QX, SJ, "有关部门"], lead_alternatives=[[]],
           note="「业主委员会开立专项维修资金帐户时，应当提交下列文件和资料：（一）…（五）… 前款规定的业主分户清册由区、县房屋管理部门经核对后向业主委员会提供。业主分户清册的格式，由市住房保障房屋管理局会同有关部门制定。 …」 — "
                "the papers of the committee's application to the bank are its terms, no items (Round 86's (a); Round 105 on "
                "x376_02 三、（一） and x376_03 第九条); the list 由A提供 (rule 2) and its format 由A会同B制定 are the bureaus' work: lead "
                "A by 会同, lead [] accepted (rule 2), printed order; " + NODATE),
        SA(X03, "第十四条", [], [], ["房地产开发企业", WY], responsible_alternatives=[[WY, "房地产开发企业"], ["房地产开发企业"], [WY], []],
           note="「物业管理服务合同应当约定…；合同未约定…的，按照下列规定实施：（一）…应当事先征得业主小组书面同意；（二）…业主大会书面同意。 发生危及房屋使用安全或者公共安全的紧急情况，物业服务企业应当立即组织物业维修、更新，并及时通知业主委员会。 …属于房地产开发企业保修责任范围的，应当由房地产开发企业或者其委托的物业服务企业负责实施。」 — "
                "「…属于…保修责任范围的，应当由A或者B负责实施」 names A and B: X names a kind of repair by what it is (Round 100's "
                "confirmed 「对X的，由A＋verb」 form), 由A负责 rule 2's, 或者 joining two doers (round 30); the emergency paragraph "
                "opens on an event (「发生…紧急情况」), a case that adds none (rule 3; Round 100: X a finding or event), its firm "
                "accepted (RULING?); the consents are the repairs' terms (lines of cases, Round 78's (b)); the firm's notice a "
                "duty (below); "
                + NOLEAD + "; " + NODATE),
        SA(X03, "第十五条", [], [], [QX],
           note="「…区、县房屋管理部门应当督促业主和业主委员会限期维修；逾期不维修的，区、县房屋管理部门可以组织代为维修，其费用…」 — "
                "督促 bound by 应当 (" + ARTICLE + "; the object of a pivot verb is no unit, round 30); 可以组织 an option, the "
                "costs a payer's; " + ONE_LEAD + "; " + NODATE),
        SA(X03, "第十八条", ["（一）"], [], [YW, WY], responsible_alternatives=[[YW]],
           note="「业主委员会或者其委托的物业服务企业应当每月与开户银行核对专项维修资金帐目，并将下列情况每半年向全体业主公布一次：（一）专项维修资金交纳、使用和结存的金额；」 — "
                + FORM + " (公布 the verb, the lines what it publishes, as x376_03 第十三条's files to archive), (一)–（三） three items; "
                "「A或者B」 two doers (round 30's 「由A或B…」), 其委托的 a pointer inside the name; the bank's paragraph "
                "「开户银行应当每月向业主委员会发送…对帐单，每年向全体业主发送…」 gives work of its own, one more task [开户银行] (Round "
                "86's governs as Round 101 read it on x365_01 第十二条's closing paragraph); 业主…可以要求 an option (RULING?: or the "
                "lines the contents of the publication, Round 86's (a), the article one or two tasks — 14, 15 accepted); the "
                "rhythms duties (below); " + NOLEAD + "; " + NODATE),
        SA(X03, "第十八条", ["（二）"], [], [YW, WY], responsible_alternatives=[[YW]],
           note="「（二）发生物业维修、更新的项目和费用以及按户分摊情况；」 with 「前款第二项规定的情况，应当按每幢住宅公布；…按门号公布。」 — a line of "
                "第十八条, as （一）: " + FORM + "; " + NOLEAD + "; " + NODATE),
        SA(X03, "第十九条", [], [], [YW], targets=[(30, "%")],
           note="「一幢或者一个门号住宅的专项维修资金余额不足首期专项维修资金的30％时，业主委员会应当向该幢或者该门号住宅的业主再次筹集专项维修资金。… 再次筹集专项维修资金的标准由业主委员会拟订，提交业主大会讨论通过…」 — "
                "drafting the standard of the new levy is work beyond moving money (a norm fixed, Round 104 on x371_02 第十五条), "
                "by 应当 and 由A拟订 (" + ARTICLE + "; rule 2); 不足 is a comparison word (CONVENTIONS.md line 104, rounds 30, 32) "
                "→ 30 % a target, a trigger of the step included; " + ONE_LEAD + "; " + NODATE),
        SA(X03, "第二十一条", [], [], [YW],
           note="「有下列情形之一的，业主委员会应当向开户银行办理专项维修资金帐户的有关变更手续：（一）…（三）…」 — a list of cases is the "
                "text of the item that announces it, one task (Round 78's (b)); " + ARTICLE + "; the bank receives (rule 3); "
                + ONE_LEAD + "; " + NODATE),
        SA(X03, "第二十二条", [], [], [YW],
           note="「…业主可以持…证明…提取…剩余款额，并办理分户帐注销手续。 因…致使一个物业管理区域内的住宅全部灭失的，业主委员会应当凭区、县房屋管理部门的有关证明，向开户银行办理专项维修资金帐户注销手续。…」 — "
                "the owners' option no task; the committee's closing of the account bound by 应当 (" + ARTICLE + "); the "
                "bureau only certifies (rule 3's approver); " + ONE_LEAD + "; " + NODATE),
        SA(X03, "第二十三条", [], [], [SJ, QX], not_targets=[(60, "日"), (30, "日")],
           note="「市住房保障房屋管理局和区、县房屋管理部门应当建立投诉受理制度，接受…投诉。 区、县房屋管理部门受理投诉后，应当进行调查、核实，并自受理之日起60日内答复投诉人。 …市住房保障房屋管理局应当自受理之日起30日内，将复核意见告知投诉人。」 — "
                + ARTICLE + " (建立 bound by 应当), printed order; the replies duties (below; Round 101's governs on x365_01 "
                "第十六条 答复); " + LIMIT + " (60 日, 30 日); " + NOLEAD + "; " + NODATE),
        SA(X03, "第二十四条", [], [], [SJ, QX],
           note="「房地产开发企业或者物业服务企业违反本办法规定的，由市住房保障房屋管理局或者区、县房屋管理部门按照…规定予以处理；… 业主委员会或者业主委员会成员违反本办法规定，侵占…或者挪用…的，由市住房保障房屋管理局或者区、县房屋管理部门责令限期改正，并通告全体业主；…」 — "
                "enforcement by named bodies on the parties the rules regulate is their task (Round 105 on x376_03 第十六条; "
                "Round 101's governs on x365_04 第五十四条), 由A或者B＋verb both doers (round 30); the owners' suits options; "
                "连带责任 a consequence (Round 105); the notice to the owners a duty (below); " + NOLEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区、县房屋管理部门应当定期核查首期专项维修资金的交存情况，并每年公布一次", "when": "每年",
              "when_norm": "yearly",
              "note": "第八条 — a recurring reporting rhythm of the bureau's check (plans-dev EXPECTED.md: duties include "
                      "recurring reporting rhythms; Round 105's x376_03 第十四条（二） 按季度预报)"},
             {"what": "发生危及房屋使用安全或者公共安全的紧急情况，物业服务企业应当立即组织物业维修、更新，并及时通知业主委员会",
              "when": None, "when_norm": None,
              "note": "第十四条 — the firm tells the committee of the emergency repair it made (Round 104's governs on x371_03 "
                      "第九条: sending the result of the work the rules give it), undated"},
             {"what": "将下列情况每半年向全体业主公布一次", "when": "每半年", "when_norm": "semiannual",
              "note": "第十八条 — the committee's (or firm's) half-yearly publication of the fund's accounts to the owners, a "
                      "recurring reporting rhythm (as 第八条)"},
             {"what": "开户银行应当每月向业主委员会发送专项维修资金帐户对帐单", "when": "每月", "when_norm": "monthly",
              "note": "第十八条 — the bank's monthly statement to the committee, a recurring sending; printed apart from the "
                      "yearly one, to another receiver (Round 99's x364_02 四、: two sendings to two receivers)"},
             {"what": "每年向全体业主发送专项维修资金分户对帐单", "when": "每年", "when_norm": "yearly",
              "note": "第十八条 — the bank's yearly statement to every owner (as above)"},
             {"what": "区、县房屋管理部门受理投诉后，应当进行调查、核实，并自受理之日起60日内答复投诉人", "when": "60日内",
              "when_norm": None,
              "note": "第二十三条 — the reply on a complaint, a notice of the body's own finding (Round 101's x365_01 第十六条), "
                      "undated: 60日内 runs from each complaint (round 33)"},
             {"what": "市住房保障房屋管理局应当自受理之日起30日内，将复核意见告知投诉人", "when": "30日内", "when_norm": None,
              "note": "第二十三条 — the review's answer, as above, by another body, undated"},
             {"what": "由市住房保障房屋管理局或者区、县房屋管理部门责令限期改正，并通告全体业主", "when": None, "when_norm": None,
              "note": "第二十四条 — the notice of the bodies' own enforcement to the owners it concerns (" + REVIEWNOTE
                      + "), undated"}],
     notes=["counting (leaf tasks): 第一条 purpose, 第二条 scope, 第二十七条 the interpreting body, 第二十八条 force and the old "
            "housing's 参照 — general provisions (round 30); no tasks: 第四条 (the fund set up and paid by developer and buyer), "
            "第七条 (when they pay and the receipt they show), 第十一条 (the transfer of the fund to the committee's account, 划转, "
            "with the committee's notice of its account), 第十二、十三条 (income paid in, the fund's uses, costs borne), 第十六、十七条 "
            "(drawing, paying and sharing the costs, their papers and the bank's entries), 第二十条 (the buyer's renaming and the "
            "parties' payment), 第二十五条 (the facility holders' payment) — " + MONEY.split(" (")[0] + " (RULING?: 第十一条's "
            "transfer by the bureau, or 第十六、十七条's sharing by the firm, work — 15, 16, 17 accepted); 第二十六条 an option and "
            "「具体办法由市住房保障房屋管理局制定」, a pointer (round 39); tasks: 第三、五、六、八、九、十、十四、十五、十九、"
            "二十一、二十二、二十三、二十四条 one each, 第十八条 4 (its lines （一）–（三） and the bank's paragraph) → **17**. "
            "Accepted: 14 (第十八条 one task), 15 (第十八条 two: the publication and the bank's), 13 (both, and 第六条 the "
            "parties' payments), 16, 18 (第十一条 a task)",
            "units: rule 2 and round 44 in articles; the short names 市住房保障房屋管理局 as 第三条 defines it (round 43); not "
            "sampled: 第十八条（三） [业主委员会, 物业服务企业] and the bank's paragraph [开户银行]",
            "dates: no task is dated (see date_note)",
            "figures: targets 4 %, 3 %, 2 % (第六条), 30 % (第十九条); not_targets 60 日, 30 日 (第二十三条); unchecked: 15日 "
            "(第七、二十五条, text), 30％ and 50％ (第十七、二十五条, text), 一个月",
            "duties: eight — 第八条 yearly, 第十四条's notice, 第十八条's half-yearly publication, the bank's monthly and yearly "
            "statements, 第二十三条's two replies, 第二十四条's notice; not duties: 第十一条's notice of the account (text), "
            "第十七条's 按季度 sharing of costs (an accounting rhythm of money, no report)"])

write_collected(DIR)

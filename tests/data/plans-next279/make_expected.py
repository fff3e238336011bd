# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next279/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 54 (built by helper c279): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 62 rulings", "Round 63
rulings, written early" and "Round 64 rulings" included) applied to every article. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next279/make_expected.py tests/data/plans-next279
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# the stored files were read (read_file) at this commit of the index repository; the index rows at 4d8fe162…
COMMIT = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def src(name, url, chars):
    """A whole Shanghai document stored in the index repository's 房屋与住房 folder."""
    return (f"{SHANGHAI_REPO} @ {COMMIT} (the index row read at 4d8fe162809354f56275a7791649e0cdff91b1f8, index/05-房屋与住房.md, "
            f"市级 list), docs/房屋与住房/{name} (official page {url}) — {STORED_WHOLE} ({chars})")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTICLE = ("CONVENTIONS.md round 30 / round 33 / round 54: in a document written as articles an article that gives work (a doer, "
           "or an instruction 「应当／不得…」 to the bodies or the works) is a task; general provisions (purpose, scope, "
           "definitions, 参照 or pointing to other rules, entry into force), options 「可以…」, rules for an applicant or for the "
           "public and the scheme's terms with no doer and no 要／应 are not (rounds 35, 46, 48, 49 p46b, 52, 60)")
ARTSUBJ = ("CONVENTIONS.md Round 44 rulings, decided (rounds 47 q44c, 54, 62): in 第X条 articles a body named by its name or "
           "its kind standing as the subject of the article's verb of doing is a doer whatever the verb; applying, filing or "
           "sending for itself, paying, options and duties held name none")
BY = "CONVENTIONS.md units rule 2 and round 34: the agent of 由 with any verb of doing is a doer"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
ONE = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一; CONVENTIONS.md units rule 2)"
BENSHI = "round 41: 本市 before a name is no part of it (「本市各级人民政府」 → 各级人民政府)"
OF = "round 32 / round 40: a 的-phrase before a name describes it; the unit is the name after the last 的 (「市政府确定的机构」 → 机构)"
COMMISSION = ("rounds 33, 35: 「(由)A委托B＋verb」 makes A the doer; B, the object of the pivot 委托, is no unit (估价机构, 检测机构 "
              "commissioned)")
CASE = ("rounds 30, 42, 51 q47a: an article whose work is the body's own step after a case 「…的，由A…／A应当…」 takes A as its doer "
        "(rule 3's contingency is a case inside other work 「确需…的」「发生…时」)")
PUBLIC = ("rounds 30, 41, 46, 52: households, owners of houses and 宅基地, tenants and the public are no units (persons, the public), "
          "and an applicant's or owner's own step is a rule for the applicant (rounds 34, 52's x236_03)")
NOTASK_DATES = "no date written in the article (the validity dates nothing, round 45): " + NODATE


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, note, **kw):
    """A sample whose only unit is ``unit`` (lead [], the unit accepted as lead), located by its article label."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note + "; " + ONE, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x279_01_shi-qixiangju-2021-jiangouzhuwu-fanglei-guanli-shishi-banfa.txt"
N01 = "上海市气象局 上海市住房和城乡建设管理委员会关于印发《上海市建（构）筑物防雷管理实施办法》的通知"
P01 = "上海市建（构）筑物防雷管理实施办法"
JS = "建设管理部门"
QX = "气象主管机构"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 21, after the cover's 「附件」 line) or the notice title (line 1, printed again "
                "on line 3): either (round 30: the forwarded document's title or the notice's; round 45's pair)",
     doc_no="沪气规发〔2021〕3号 (printed on line 5)",
     issuer="上海市气象局 with 上海市住房和城乡建设管理委员会 (two signatures, one a line; the index lists 上海市气象局)",
     date="2021-11-22",
     date_note="the cover is dated 2021年11月22日 (the index the same); the rules are valid 2022年1月1日–2026年12月31日 (第十六条)",
     level="two city bodies (Shanghai's meteorological bureau and housing and construction commission): rules on lightning "
           "protection of buildings — who licenses what, design review, testing, acceptance, supervision",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0111::af0f656b97a749baa2d6b52496292980", 3297),
     style="the notice title printed twice (line 1, line 3), the document number, 「各有关单位：」, one sentence 「…请认真按照执行。」, "
           "「附件：…」, two signatures, the date; a 「附件」 line, the rules' title, sixteen articles run in 「第一条  text」 (two "
           "ASCII spaces), 第三条 with items （一）–（三）; then 「附录」 (the design-depth requirements 一、–四、 with （一）… and 1.–5.); "
           "blank lines between all paragraphs",
     leaf_tasks=9, count_alternatives=[11, 10, 7],
     leaf_tasks_by_section={"第三、四、八–十四条": 9},
     childless_top_level_sections=[],
     samples=[
        A(X01, ["第三条"], [], [JS, QX],
          responsible_alternatives=[["本市建设管理部门", "本市气象主管机构"]],
          note="「本市建设管理部门负责…防雷行政许可管理工作。本市气象主管机构负责下列建设工程的防雷行政许可工作：（一）…（三）…」 — "
               "负责 (rule 2), two clauses of one article: both bodies in printed order (rule 2's several clauses; round 54: an "
               "article's sentences do not split it); " + BENSHI + " (the printed names accepted); （一）–（三） only name the "
               "classes of works the bureau licenses, which split the licensing between the two bodies (round 34's scope split): "
               "read as a list naming classes, text (round 54's list test) — RULING? 1 (the items reading, round 55's / 62's "
               "objects of a work clause, is accepted as count 11); no 牵头: lead []; " + NOTASK_DATES),
        A(X01, ["第四条"], [], [],
          note="「建设工程的设计应当包含防雷部分，并符合设计深度的要求（详见附录）」 — a subjectless rule 「应当…」 on the works' "
               "design: an instruction that gives work, a task naming no unit (rounds 43, 52's x240_04, 55's x248_03 第八条); "
               "the 附录 it points to is the rules' own attachment, not counted (EXPECTED.md: tasks to the 附件 line; round 49's "
               "x229_04); " + NOTASK_DATES),
        A(X01, ["第八条"], [], [],
          note="「…检测应当委托具有相应等级资质的检测机构实施。…检测应当包括基础检测、过程检测、竣工检测三部分」 — 应当 with no subject: "
               "a task naming no unit (round 55's x248_03 第八条); the 检测机构 is the object of the pivot 委托 (" + COMMISSION
               + "); 「三部分」 counts the parts a test is made of, a make-up, no figure checked (round 37); " + NOTASK_DATES),
        A(X01, ["第九条"], [], ["雷电防护装置检测机构", "检测机构"],
          responsible_alternatives=[["雷电防护装置检测机构"], ["检测机构"], []],
          note="「雷电防护装置检测机构在检测中发现问题的，应及时告知建设单位整改。…由检测机构出具完整合格检测报告」 — 告知 is a verb of "
               "doing in an article (round 52's x239_03: telling is work, no filing) and 由A出具 is 由A＋a verb of doing (" + BY
               + "; round 38's 「由A…出具同意意见」); a body named by its kind (round 34, round 54 r48b); one body printed two ways in one "
               "article is given as printed each time, either alone accepted (rounds 43, 48's x221_01); 建设单位, the one told, "
               "is no unit; none accepted where a tester's report on a client's works is read as rule 3's review (round 51 "
               "p47c); 「及时告知建设单位」 tells the client, no report to a plan body: no duty; " + NOTASK_DATES),
        A(X01, ["第十条"], [], ["气象部门"], not_targets=[(120, "米")], lead_alternatives=[["气象部门"]],
          responsible_alternatives=[[]],
          note="「建设单位应当…申请政府部门组织的综合验收，气象部门作为选验部门一并实施综合竣工验收并出具《雷电防护装置验收意见书》」 — "
               "建设单位 applies (round 30: an applicant, no unit), 实施 is rule 2's verb and the subject of an article's verb of "
               "doing is a doer (" + ARTSUBJ + "): 气象部门; RULING? 2 — read as rule 3's approver (an acceptance of the "
               "owner's works on its application, round 51 p47c) it names none: none accepted; the rest 「…应包括…检测报告」"
               "「…还应提供…试验报告」 are the applicant's materials (round 35); 「设计高度120米以上的玻璃幕墙建设工程」 — a figure "
               "inside a noun naming the class of works a rule picks: a class, not_target (rounds 51, 58, 64); " + ONE + "; "
               + NOTASK_DATES),
        A(X01, ["第十一条"], [], [],
          note="「建设工程的防雷工程应当与主体工程同时设计、同时施工、同时投入使用。依法应当开展…检测，未经检测或经检测不合格的…不得交付"
               "使用」 — subjectless 应当／不得 on the works: a task naming no unit (as 第四条); 「三同时」 has no figure; " + NOTASK_DATES),
        A(X01, ["第十二条"], [JS], [JS, QX], lead_alternatives=[[]],
          responsible_alternatives=[["本市建设管理部门", "气象主管机构"]],
          note="「本市建设管理部门会同气象主管机构对…审查工作进行监督检查」 — " + WITH + "; " + BENSHI + "; " + NOTASK_DATES),
        A1(X01, ["第十三条"], QX,
           "「本市气象主管机构对…防雷产品实行质量监督抽查，并将…结果公开」 — " + ARTSUBJ + " (实行, 公开); " + BENSHI
           + "; publishing the results to the public is disclosure, no duty (round 55's x247_01 第十四条); " + NOTASK_DATES),
        A1(X01, ["第十四条"], "市气象主管机构",
           "「市气象主管机构负责划定本市雷电易发区域及其防范等级，定期公布具体内容」 — 负责 (rule 2); 定期公布 is publication to the "
           "public, no duty (round 55's x247_01 第十四条), and a rhythm is no deadline (round 34): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope, 第五条 (the owner applies to the bureau for the "
            "design review before submitting its drawings; the opinion is one basis of the review: an applicant's step, rules "
            "for the applicant, round 52's x236_03, round 62's x246_01), 第六条 (「审查机构可以…征询…」, an option), 第七条 (what the "
            "owner's submission must include: an applicant's materials, round 35), 第十五条 (「…按照…法律、法规的规定给予处罚」: a "
            "consequence with no agent pointing to the law, round 60's x53_01 第十四条, round 62's x95_04 第十九条), 第十六条 "
            "(validity); tasks 第三、四、八、九、十、十一、十二、十三、十四条 → **9**. The 附录 after the rules is their attachment (the "
            "contents a design must show: a document's contents, round 37, text either way), not counted. Accepted: 11 (第三条's "
            "（一）–（三） as items, RULING? 1), 10 (第五条 counted), 7 (第四条 and 第十一条, subjectless rules on the works, read as "
            "rules for the regulated parties).",
            "units: 建设管理部门 and 气象主管机构 (本市 dropped), 市气象主管机构, 气象部门 (第十条, RULING? 2), the testing bodies "
            "(第九条); 建设单位 (the owner) only applies, submits or is told in these rules; 审查机构 only may consult (第六条)",
            "dates: 2021年11月22日 (the cover); validity 2022年1月1日–2026年12月31日 (第十六条, dates nothing, round 45); no "
            "deadline, no phases; no duties (the owner's applications and submissions are filings for itself, rounds 41, 46; "
            "the results the bureau publishes are disclosure)",
            "figures: not targets 120米 (第十条 and the 附录, a class of works), 三部分 (a make-up), the document numbers "
            "沪住建规范联〔2018〕10号 and the standard names; the 附录's list numbers"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x279_02_shi-zhengfu-2021-zhengshou-jiti-tudi-fangwu-buchang-guiding.txt"
N02 = "上海市人民政府关于印发《上海市征收集体土地房屋补偿规定》的通知"
P02 = "上海市征收集体土地房屋补偿规定"
QZ = "区人民政府"
ZD = "区征地事务机构"
TOWN = "镇（乡）人民政府"
JD = "街道办事处"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 11) or the notice title (line 1): either (round 30; round 45's pair)",
     doc_no="沪府规〔2021〕13号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市人民政府",
     date="2021-09-30",
     date_note="the cover is signed 2021年9月29日; the index and the front matter date it 2021-09-30; in force 2021年10月1日 "
               "(第三十四条)",
     level="the city government (Shanghai): rules on compensating houses on collectively owned land taken by the state — "
           "the bodies in charge, the procedure (pre-notice, survey, scheme, agreements, decisions), the compensation terms",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0001::f525dadcf5254cd5973b7b9950f134ba", 7070),
     style="the notice title, 「各区人民政府，市政府各委、办、局：」, one sentence 「…请认真按照执行。」, the signature and the date; the "
           "rules' title line, thirty-four articles each a heading line 「第一条（目的和依据）」 with its text in the paragraphs "
           "below; items （一）… in 第八条 (prohibitions), 第十一条 (a scheme's contents), 第十九条 (cases) and 第二十一条 (costs "
           "paid); blank lines between all paragraphs",
     leaf_tasks=24, count_alternatives=[23, 25, 26, 27],
     leaf_tasks_by_section={"第四、五条": 2, "第八–十四条": 7, "第十六–二十一条": 6, "第二十四条": 1, "第二十六–三十一条": 6,
                            "第三十三、三十四条": 2},
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第四条（管理部门）"], [],
          ["市规划资源部门", "市和区发展改革、住房城乡建设管理、农业农村、人力资源社会保障、房屋管理、财政、市场监管、审计等部门", TOWN, JD],
          note="a 管理部门 heading gives out work (rounds 34, 35, 40): one task whose units are every body its text gives work, in "
               "printed order, each once (round 54): 「市规划资源部门是…主管部门，负责…」 (a designation and 负责, rounds 32, 37), "
               "「市和区发展改革、…、审计等部门应当协同做好…」 (fields before one head: one name as printed, 等 inside kept, rounds "
               "31, 35, 42 continued), 「镇（乡）人民政府、街道办事处应当配合做好…」 (配合 with a subject of its own, rounds 42, 46); "
               "no 牵头: lead [] (主管部门 is no lead word, round 61's 责任主体); " + NOTASK_DATES),
        A(X02, ["第五条（补偿主体与实施部门）"], [], [QZ, ZD],
          note="「区人民政府负责…」 (rule 2), 「区人民政府可以指定区规划资源等部门组织实施…」 (可以, an option: no unit by it, round 40), "
               "「区人民政府指定的区征地事务机构具体实施…」 (" + OF + "; 具体实施, rule 2), 「区征地事务机构委托实施单位承担…的，应当对"
               "实施单位…进行监督，并…承担法律责任」 (the body's own step after a case, " + CASE + "; the 实施单位 commissioned and "
               "supervised is no unit, " + COMMISSION + "); " + NOTASK_DATES),
        A(X02, ["第八条（征收土地预公告后不得实施的行为）"], [], [QZ, "区规划资源部门"],
          targets=[(10, "个工作日"), (1, "年")],
          note="「区人民政府应当…发布征收土地预公告…，预公告时间不得少于10个工作日」 and 「区规划资源部门应当将…书面通知…镇（乡）人民政府"
               "或者街道办事处」 — " + ARTSUBJ + " (发布, 通知: a notice in the procedure is work, round 45; the towns notified are "
               "no units); （一）–（四） are prohibitions on the people in the area (rules for the public, rounds 36, 37): text, "
               "and 「违反前款规定实施的，不予补偿」 a consequence; targets: 不得少于10个工作日 (round 30; round 33: a time limit with a "
               "comparison word), 「限制的最长期限不得超过一年」 (不得超过, a ceiling on a term, round 64's 「年限不超过15年」) → 1 年; "
               + NOTASK_DATES),
        A(X02, ["第九条（房屋调查确认）"], [ZD], [ZD, TOWN, JD, "镇（乡）规划资源所", "村（居）民委员会"],
          lead_alternatives=[[]],
          note="「区征地事务机构应当会同镇（乡）人民政府或者街道办事处以及镇（乡）规划资源所、村（居）民委员会对…进行调查」 — " + WITH
               + "; 或者 joins alternative doers, each a body (rounds 30, 49), 以及 and 、 separate names; 「区征地事务机构应当进行"
               "核实」 adds no new body; the owners' confirmation 「…在…10个工作日内…对调查结果进行确认」 is the public's step ("
               + PUBLIC + "), its 「10个工作日内」 a time from an event, neither target nor deadline (round 54 r48b); " + NOTASK_DATES),
        A(X02, ["第十条（房屋补偿费用）"], [], [], targets=[(3, "年")],
          note="「用于货币补偿的资金应当在…公告前保证足额到位、专款专用。用于产权调换的房屋在交付时应当符合…标准…；…临时过渡期…一般"
               "不超过三年」 — subjectless 应当 on the compensation's money and houses: a task naming no unit (round 55's x248_03 "
               "第八条; round 63's x270_01 第九条: 应 with its act gives work though a payer or no unit is named); 不超过三年 → "
               "target 3 年 (a ceiling with 不超过; 一般 does not undo the comparison word, round 40's 「一般为3-5年」 had none); "
               + NOTASK_DATES),
        A(X02, ["第十一条（征地房屋补偿方案公告）"], [], [ZD, QZ], targets=[(30, "日")],
          note="「区征地事务机构应当…拟订征地房屋补偿方案」「区人民政府应当…进行公告，公告期不少于30日」「区人民政府应当按照规定组织听证」"
               "「区征地事务机构应当…修改…方案」 — " + ARTSUBJ + " (组织听证 rule 2 too), in printed order, each once; （一）–（九） "
               "list what the scheme contains (round 37: a document's contents, text); target 不少于30日 (round 33); " + NOTASK_DATES),
        A(X02, ["第十二条（签订支付协议和补偿协议）"], [], [ZD, "用地单位"],
          responsible_alternatives=[[ZD], [QZ, ZD, "用地单位"]],
          note="「区人民政府…确定征地房屋补偿方案后，区征地事务机构应当与用地单位签订…支付协议，与宅基地使用权人或者房屋所有人签订…补偿"
               "协议」 — 「A与B签订」 in an article: A a doer, B a co-signatory, responsible (round 48: x224_01 第五条, x224_04 第十四条); "
               "the owners are persons and households (" + PUBLIC + "; round 52's x239_02); 区人民政府's 确定 stands in the 「…后」 "
               "condition (rule 3; round 52's x239_02 第九条) — the reading with it accepted; " + NOTASK_DATES),
        A(X02, ["第十四条（建制撤销的居住房屋补偿）"], [], [ZD, QZ],
          note="the owners' choice and the formula are the scheme's terms and the public's options (round 46; " + PUBLIC + "); "
               "「…单价，由区征地事务机构委托估价机构评估；…基价及价格补贴标准，由房屋所在地的区人民政府制定并公布」 — " + COMMISSION
               + "; " + BY + "; " + OF + " (房屋所在地的区人民政府 → 区人民政府); 「应当与安置房屋的供应价格相衔接」 subjectless; "
               + NOTASK_DATES),
        A(X02, ["第十八条（可建未建的房屋补偿）"], [], [TOWN, "街道办事处"], targets=[(7, "日")],
          responsible_alternatives=[["镇（乡）人民政府或街道办事处"]],
          note="「…应当由具备条件的农村村民家庭提出申请，房屋所在地的镇（乡）人民政府或街道办事处…进行审核，并…公示，公示期不得少于7日。"
               "…由镇（乡）人民政府或街道办事处出具可建未建建筑面积认定证明」 — the families apply (round 30: no unit); 由A出具 is 由A＋a "
               "verb of doing (round 38), and 或 joins two alternative doers, each a body (round 49's 「部门或机关」; 「X（或Y）」 is for "
               "one body named two ways in a bracket, round 45), the one-name reading accepted; " + OF + "; target 不得少于7日 "
               "(round 33); 「每户可建未建建筑面积…不得高于当地现行…标准」 has no figure; " + NOTASK_DATES),
        A(X02, ["第十九条（超标准建房的补偿）"], [], [TOWN, JD],
          note="（一）（二） are the cases the rule covers (round 35: a list of cases is text), the compensation terms are the scheme's "
               "(round 46); 「超标准建筑面积，由镇（乡）人民政府或街道办事处认定」 — " + BY + " (round 30's 由A…认定), 或 two doers "
               "(round 49); the article is one task by that sentence (round 54); " + NOTASK_DATES),
        A(X02, ["第二十一条（非居住房屋的其他补偿）"], [], ["各区人民政府", ZD],
          note="「还应当补偿下列费用：（一）…（三）」 — what is paid, a list of costs by kind (rounds 36, 38: a list of rates, text); "
               "「…停产停业损失补偿标准，由各区人民政府…制定并公布」 (" + BY + "); the owner's proof is an applicant's (round 30); "
               "「区征地事务机构应当委托估价机构对停产停业损失进行评估，并…予以补偿」 (" + COMMISSION + "); 「前三年」 says which years' "
               "accounts are shown, no figure checked; " + NOTASK_DATES),
        A(X02, ["第二十四条（估价机构的确定）"], [], [TOWN, JD, ZD, "估价机构"],
          responsible_alternatives=[[TOWN, JD, ZD]],
          note="「估价机构由…宅基地使用权人或者房屋所有人协商选定」 — the owners are persons (" + PUBLIC + "); 「协商不成的，由镇（乡）人民"
               "政府或者街道办事处组织…投票决定」 — the body's own step after the case (" + CASE + "), 由A组织 with persons then a verb "
               "(round 30: the persons no units); 「估价机构确定后，区征地事务机构应当与估价机构签订委托评估协议」 — A a doer, the "
               "co-signatory responsible (round 48), the reading without it accepted; " + NOTASK_DATES),
        A(X02, ["第二十六条（征地房屋补偿协调）"], [], [QZ, ZD],
          note="「…达不成补偿协议的，区人民政府应当作出征地补偿安置决定，并依法组织实施」「区征地事务机构应当…制定具体补偿方案，提供给…"
               "并要求其…答复」「区人民政府应当予以协调」 — " + ARTSUBJ + "; the step after a case is the article's whole work (" + CASE
               + "); the first doer printed is 区人民政府 (区征地事务机构 stands first inside the case clause); 「在规定期限内」 is no "
               "date: " + NODATE),
        A1(X02, ["第二十七条（责令交出土地）"], QZ,
           "「违反…阻扰国家建设征收土地的，由区人民政府作出责令交出土地决定」 — " + CASE + "; " + BY + "; " + NOTASK_DATES),
        A(X02, ["第二十九条（补偿结果公开）"], [], [ZD, "区审计部门"],
          note="「区征地事务机构应当依法建立…档案，并将分户补偿结果…公布」「区审计部门应当加强对…的监督，并公布审计结果」 — " + ARTSUBJ
               + " (加强 in an article, round 57's x252_01); publishing to the people in the area and the public is disclosure, no "
               "duty (round 55's x247_01 第十四条); " + NOTASK_DATES),
        A(X02, ["第三十三条（举报处理）"], [], ["市和区人民政府", "规划资源部门", "其他有关部门"],
          responsible_alternatives=[["市和区人民政府以及规划资源部门、其他有关部门"]],
          note="「任何组织和个人…有权…举报」 is the public's right (round 48: 有权, no work); 「接到举报的市和区人民政府以及规划资源部门、"
               "其他有关部门应当及时予以核实、处理」 — " + ARTSUBJ + " (核实, 处理); the 的-phrase 「接到举报的」 describes them (round "
               "32); 「市和区人民政府」 is levels before one head, one name as printed (round 30's 「市、区X部门」; round 35: 和 joins "
               "two names only where each side is a whole name), 以及 and 、 separate names (round 34), 其他有关部门 a kind (round 47 "
               "q44a); " + NOTASK_DATES),
        A1(X02, ["第三十四条（施行日期）"], "市房屋管理部门",
           "an entry-into-force article that also gives work is a task (round 39; round 36's 参照 article 「…由不动产登记机构办理」): "
           "「征收集体土地后已依法取得《房屋拆迁许可证》的项目，由市房屋管理部门按照本市相关规定办理」 — " + BY + " (the count without "
           "it accepted, 23); 「继续沿用原有规定办理」 points to other rules; 2021年10月1日 is the entry into force, no deadline "
           "(round 45): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope, 第三条 (「应当遵循…原则」, a principle, round 33; "
            "round 49: principles give no work), 第六条 (the procedure 「按照国家和本市有关规定执行」: points to other rules, round "
            "34's 参照), 第七条 (the scope of compensation: terms, an option 「可将…」 and 「区规划资源部门可…确定」, a definition), 第十五条 "
            "(terms and options; 「…费用，由区征地事务机构支付给…」 a payer, rounds 47, 48), 第二十二条 (「按照本市有关…标准执行」, "
            "pointing), 第二十三条 (「可给予适当补偿」「不予补偿」: an option and terms with no 要／应), 第二十五条 (the valuation date, "
            "a term; 「按照本市有关规定执行」), 第三十二条 (「从事…工作的人员应当通过…培训考核后，持证上岗」: a rule for persons, rounds "
            "36, 45, 46; 市规划资源部门 inside 「…组织的…培训」 describes a noun, round 30); tasks 第四、五、八–十四、十六–二十一、二十四、"
            "二十六–三十一、三十三、三十四条 → **24**. Accepted: 23 (without 第三十四条), 25 (第三十二条 or 第三条 counted), 26, 27 "
            "(第十五条, 第二十三条 read as subjectless rules giving work).",
            "units: 区人民政府 and 区征地事务机构 carry most articles; 市规划资源部门 and the field departments (第四条), 区规划资源部门 "
            "(第八条), 镇（乡）人民政府 / 街道办事处 (第四、九、十八、十九、二十四条), 镇（乡）规划资源所, 村（居）民委员会 (第九条), "
            "用地单位 and 估价机构 as co-signatories (第十二、二十四条), 区审计部门 (第二十九条), 市房屋管理部门 (第三十四条); the owners, "
            "families and 宅基地使用权人 are persons and households (" + PUBLIC + "); 估价机构 commissioned to value are no units "
            "(" + COMMISSION + ")",
            "dates: 2021年9月29日 (the signature), in force 2021年10月1日 (第三十四条); 「10个工作日」「30日」「7日」 limits, 「三年」 "
            "a ceiling, 「前三年」 a period of accounts; no deadline, no phases; no duties (the schemes, results and audit "
            "results are published to the people and the public, disclosure; 第八条's written notice to the towns is a notice in "
            "the procedure, work, round 45)",
            "figures: targets 10个工作日, 1年 (第八条), 3年 (第十条), 30日 (第十一条), 7日 (第十八条); none in the formulas; not "
            "targets 「10个工作日内」 (第九条, a time from an event), 前三年 (第二十一条)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x279_03_shi-guihuaziyuanju-2021-zhengdi-fangwu-buchang-zhengyi-xietiao-chuli-banfa.txt"
N03 = "关于印发《上海市征地房屋补偿争议协调和处理办法》的通知"
P03 = "上海市征地房屋补偿争议协调和处理办法"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 11) or the notice title (line 1): either (round 30; round 45's pair)",
     doc_no="沪规划资源规〔2021〕7号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2021-09-30",
     date_note="the cover is signed 2021年9月29日; the index dates it 2021-09-30; in force 2021年10月1日, valid to 2026年9月30日 "
               "(the cover)",
     level="a city bureau (Shanghai's planning and natural resources bureau): rules on how a district government settles "
           "disputes over the compensation of houses on land taken — the specific scheme, the coordination meeting, the "
           "decision, enforcement and service of documents",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0032::5ba5748a8bc94b958aaf1b22a4a71307", 2219),
     style="the notice title, 「各有关区人民政府:」 (an ASCII colon), one paragraph that issues the rules and gives their validity, "
           "the signature and the date; the rules' title line, fourteen articles each a heading line 「第一条（制定目的和依据）」 "
           "over their paragraphs; items （一）… in 第四条 (materials sent) and 第九条 (a decision's contents); the last article "
           "ends without 「。」; blank lines between all paragraphs",
     leaf_tasks=10, count_alternatives=[11, 9],
     leaf_tasks_by_section={"第三–六条": 4, "第八–十三条": 6},
     childless_top_level_sections=[],
     samples=[
        A1(X03, ["第三条（制定、送达具体补偿方案）"], ZD,
           "「区征地事务机构可以提出…具体补偿方案」 is an option (round 40), but 「…应当征询被补偿人…是否有异议；有异议的，区征地事务机构"
           "应当委托估价专家委员会进行鉴定」 and 「区征地事务机构应当将具体补偿方案送达被补偿人，并应当要求…答复」 are its own work (" + ARTSUBJ
           + "; " + COMMISSION + "); target 「答复期限不得少于10日」 (不得少于, round 33; 日 as printed, round 54)",
           targets=[(10, "日")], dl=None),
        A(X03, ["第四条（报送协调处理资料）"], [], [], responsible_alternatives=[[ZD]],
          note="「区征地事务机构在向被补偿人送达…时，应当向区人民政府报送以下相关资料：（一）…（六）」 — a sending names no doer, in "
               "articles too (rounds 39, 46, 48, 55's x248_01 第八条, 59's x259_02), and the district government receives (rule 3); "
               "the article is a task naming no unit by its 应当 (round 55's x248_01 第八条), its list the materials sent (round 35: "
               "text); the sending is an undated duty (round 44: a sending the rules ask of a body they task when a case arises; "
               "RULING? 3 — not a party's filing for itself, round 48, nor its own plan sent for a decision, round 46); " + NODATE),
        A1(X03, ["第五条（召开协调会）"], QZ,
           "「区人民政府应当在答复期限内召开协调会，召集区征地事务机构、被补偿人进行协调」 — " + ARTSUBJ + " (召开 in an article; "
           "those called are the objects of the pivot 召集, no units, round 30); 「在答复期限内」 is a time from an event: " + NODATE),
        A(X03, ["第六条（协调要求）"], [], [QZ, "征地事务机构"],
          responsible_alternatives=[[QZ, ZD], [QZ]],
          note="「区人民政府…应当调查有关事实，听取…陈述，宣传有关政策，并组织协商调解。…应当制作笔录」 (" + ARTSUBJ + "; 组织＋work "
               "rule 2; 听取 the parties' statements in its own hearing is work, round 55's x247_01 第十二条, not round 49's 听取…汇报); "
               "「…异议成立的，征地事务机构应当…调整具体补偿方案后送达被补偿人」 (the body's step after a case, " + CASE + "), printed "
               "here without 区: given as printed (rounds 38, 43, 48), 区征地事务机构 accepted; 「被补偿人仍不签订…的，区人民政府应当再次"
               "协调」 adds no body; " + NODATE),
        A1(X03, ["第八条（征地补偿安置决定）"], QZ,
           "「答复期限届满，经区人民政府协调未能达成一致或者被补偿人经两次通知不出席协调会的，区人民政府应当…作出征地补偿安置决定，并送达"
           "被补偿人」 — " + CASE + "; 「两次」 names the case (no comparison word), no figure checked; " + NODATE),
        A(X03, ["第九条（征地补偿安置决定的内容）"], [], [], targets=[(15, "日")],
          note="「征地补偿安置决定应当包括以下内容：（一）…（七）」 — a list of what a document contains is one task (rounds 37, 45), "
               "naming no unit (no body is subject); 「…规定的搬迁期限不得少于15日」 — 不得少于 → target 15 日 (round 33); " + NODATE),
        A1(X03, ["第十条（征地补偿安置决定的执行）"], ZD,
           "「征地补偿安置决定送达后，区征地事务机构、被补偿人应当执行征地补偿安置决定」 — 执行 is an article's verb of doing (round 55's "
           "x247_03 第十四条, the same sentence shape): 区征地事务机构 a doer; 被补偿人 are owners and households (" + PUBLIC + "); "
           "「送达后」 is a time from an event: " + NODATE),
        A1(X03, ["第十一条（责令交出土地）"], QZ,
           "「违反…阻扰国家建设征收土地的，由区人民政府作出责令交出土地决定」 — " + CASE + "; " + BY + "; " + NODATE),
        A(X03, ["第十三条（文书送达）"], [], [],
          note="「具体补偿方案、…等文书应当送达被补偿人，并留有送达的证据。…采用公告送达的，应当通过政府网站及…公告栏等进行公告…。公告"
               "送达，应当在案卷中记明原因和经过」 — subjectless 应当 on serving the procedure's documents, an act only the rules' bodies "
               "do (round 52's x240_04 第七–九条): a task naming no unit; 「满30日」「满5日视为送达」 say when service is deemed made "
               "(a term with no comparison word of the line, round 30): no target checked; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区征地事务机构在向被补偿人送达具体补偿方案时，向区人民政府报送以下相关资料（调查确认信息、评估报告、具体补偿方案、"
                      "安置房屋证明材料、协商记录等）",
              "when": "在向被补偿人送达具体补偿方案时", "when_norm": None,
              "note": "第四条: a sending the rules ask of a body they task, when a case arises, is an undated duty (round 44; "
                      "round 48's x223_03: a plan body sending the results of its own work); RULING? 3"}],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose and basis, 第二条 scope, 第七条 (「经协调，…达成一致的，签订补偿协议，"
            "…工作终结」: says when the procedure ends, with no 应当 and no subject of its own outside the case, round 49 p46d; the "
            "count with it accepted, 11), 第十二条 is a task (below), 第十四条 (「…适用原办法」: a transition rule pointing to "
            "other rules, round 34's 参照); tasks 第三、四、五、六、八、九、十、十一、十二、十三条 → **10**. Accepted: 11 (第七条 counted), "
            "9 (第四条 read as the agency's sending only, no task).",
            "units: 区征地事务机构 (第三、六、十条; 征地事务机构 as printed in 第六条) and 区人民政府 (第五、六、八、十一、十二条); "
            "被补偿人 are owners and households (" + PUBLIC + "); 估价专家委员会 is commissioned (" + COMMISSION + "); the cover's "
            "addressees 各有关区人民政府 are no item's units",
            "dates: 2021年9月29日 (the signature), in force 2021年10月1日, valid to 2026年9月30日 (the cover's own 「有效期至」: "
            "dates nothing, round 45); 「答复期限」, 「送达后」, 「满30日」 are times from events; no deadline, no phases; one undated "
            "duty (第四条)",
            "figures: targets 10日 (第三条), 15日 (第九条); not checked 两次 (第八条), 满30日 / 满5日 (第十三条)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x279_04_shi-fangguanju-2021-zhuzhai-wuye-guanli-quyu-jidongche-tingfang-guanli-guiding.txt"
N04 = "关于印发《上海市住宅物业管理区域机动车停放管理规定》的通知"
P04 = "上海市住宅物业管理区域机动车停放管理规定"
TG = "停车管理单位"
A8 = "第八条  （停车管理服务基本要求）"
A9 = "第九条  （车辆停放收费）"
DUTY8 = ("round 56 (turned x53_03): a duty list 「X应当…按照以下要求…：（一）…」 is read by its items, each that gives work a task, "
         "its subject the lead-in's carried through the colon its items complete (round 50); 停车管理单位 is the name the rules "
         "define in 第六条 for the managing companies (「（以下合称停车管理单位）」), a unit as printed where it acts (rounds 48's "
         "x220_04, 55's x247_03, 61's x264_01), a body named by its kind (rounds 34, 54 r48b); " + ARTSUBJ)

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 15) or the notice title (line 1, printed again on line 3): either (round 30; "
                "round 45's pair)",
     doc_no="沪房规范〔2021〕11号 (printed on line 5)",
     issuer="上海市房屋管理局",
     date="2021-08-31",
     date_note="the cover is signed 2021年8月19日; the index and the front matter date it 2021-08-31; in force 2021年10月1日, "
               "valid to 2026年6月30日 (第十二条)",
     level="a city bureau (Shanghai's housing administration): rules on parking in residential estates — use, allocation, "
           "transfer and letting of spaces, the managing company's duties, charges, drivers' rules, violations",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::dba44d90510b4216b4be4cbe779dbf8d", 2654),
     style="the notice title printed twice (line 1, line 3), the document number, addressees 「各区住房保障房屋管理局，各物业服务企业、"
           "建设单位、业主大会等：」, one sentence 「…请按照执行。」, signature, date; the rules' title line, twelve articles each a "
           "heading line 「第一条  （目的和依据）」 (two ASCII spaces) over their paragraphs; items （一）… in 第八条 (nine "
           "requirements), 第九条 (four charging rules and two closing paragraphs) and 第十条 (four rules for drivers); blank lines "
           "between all paragraphs",
     leaf_tasks=16, count_alternatives=[15, 14, 8, 7],
     leaf_tasks_by_section={"第三条": 1, "第六条": 1, "第八条 （一）–（九）": 9, "第九条 （一）（二）（四） and its closing paragraphs": 4,
                            "第十一条": 1},
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第三条  （停车位的使用）"], [], [], responsible_alternatives=[["建设单位"]],
          note="「…停车位…应当提供给…业主、使用人使用。建设单位尚未出售的停车位，应当出租给业主、使用人…，不得以只售不租为由拒绝出租」 — "
               "the subject is the parking space, a thing (round 41's thing as subject; round 59's ships), and 建设单位 stands in "
               "the 的-phrase that describes it (round 30: a body inside a noun's description): no doer; 应当／不得 give work, a "
               "task naming no unit (round 55's x248_03 第八条); the developer reading accepted; " + NOTASK_DATES),
        A(X04, ["第六条  （停车管理服务单位）"], [], ["物业服务企业", "其他停车管理单位"],
          responsible_alternatives=[["物业服务企业"], []],
          note="「物业服务企业或者其他停车管理单位（以下合称停车管理单位）提供…停车管理服务的，应当在…合同中约定服务内容和收费标准等事项」 — "
               "the companies are the subject of the sentence, not a party a case is about (round 49 p46d), and agreeing terms in "
               "a contract is a verb of doing in an article, as 签订 is (round 48's x224_01); 或者 joins two doers (round 49); "
               "其他停车管理单位 is a kind (a kind before 单位, round 34; 其他 kept, rounds 47, 48); the defining bracket is dropped "
               "(round 61's 统称 as 简称); 「建设单位、业主应当按照…约定支付相关费用」 — 支付 pays: payers, no units (rounds 47, 48); "
               + NOTASK_DATES),
        A(X04, [A8, "（一）"], [], [TG], lead_alternatives=[[TG]],
          note="「（一）遵守本市停车管理的有关规定」 — " + DUTY8 + "; 遵守 read as work the lead-in asks of the company (the count with "
               "第八条 as one task accepted, 8); " + ONE + "; " + NOTASK_DATES),
        A(X04, [A8, "（三）"], [], [TG], lead_alternatives=[[TG]],
          note="「（三）在物业管理区域内显著位置公示停车收费标准」 — " + DUTY8 + "; posting the charges is disclosure to the residents, "
               "no duty (round 55's x247_01 第十四条); " + ONE + "; " + NOTASK_DATES),
        A(X04, [A8, "（五）"], [], [TG], lead_alternatives=[[TG]],
          note="「（五）根据业主大会通过的方案划设非原始规划设计停车位，划设车位应当符合消防等相关规定」 — " + DUTY8 + "; 业主大会 inside "
               "「…通过的方案」 describes a noun (round 30); " + ONE + "; " + NOTASK_DATES),
        A(X04, [A8, "（八）"], [], [TG], lead_alternatives=[[TG]],
          note="「（八）设置机械式停车设施的，必须配备持有特种设备操作证书的车辆管理人员」 — " + DUTY8 + "; the item's whole work answers "
               "its case (" + CASE + "); the staff are persons; " + ONE + "; " + NOTASK_DATES),
        A(X04, [A9, "（一）"], [], ["建设单位", "业主大会"], responsible_alternatives=[["建设单位"], []],
          note="「…收费标准应当在前期物业服务合同中予以约定。业主大会成立前，收费标准不得擅自调整；业主大会成立后，需要调整的，建设单位应当"
               "与业主大会…进行协商，协商确定的价格应当向区房屋行政管理部门备案」 — items of an article that each give work are tasks "
               "(rounds 37, 54); 「A应当与B…进行协商」 in an article: A a doer by a verb of doing, B the partner of the joint act read "
               "like a co-signatory, responsible (round 48's 「A与B签订」; round 40); 业主大会 is the owners' assembly, a body (round "
               "56's x53_03 第十九条, none accepted there too); the 备案 of the agreed price is the party's own filing (round 48: a "
               "备案 is a filing; rounds 41, 55): no duty, 区房屋行政管理部门 receives (rule 3); " + NOTASK_DATES),
        A(X04, [A9, "（二）"], [], ["业主大会", "建设单位"], responsible_alternatives=[["建设单位"], []],
          note="「…停放、收费标准、费用列支和管理等事项，由业主大会决定。…业主大会成立前，其收费标准由建设单位参照…确定」 — " + BY
               + " (决定, 确定), in printed order; 市物业管理行业协会 stands inside 「…发布的价格监测信息」, a noun's description "
               "(round 30); " + NOTASK_DATES),
        A(X04, [A9, "（四）"], [], [],
          note="「（四）停车收费应当出具专用票据」 — a subjectless 应当 on an act of the charging body: an item that gives work, naming no "
               "unit (rounds 43, 54); （三） 「经营性停车场(库)收费按照物价部门有关规定执行」 only points to other rules (round 34's "
               "参照): text; the two closing paragraphs 「…特种车辆执行公务时…停放的，不得收费」「…收益，归…业主所有」 are one more task "
               "of the article (round 38: several closing paragraphs one task; the count without it accepted, 15); " + NOTASK_DATES),
        A(X04, ["第十一条  （违规停车的处理）"], [], [], responsible_alternatives=[[TG]],
          note="「车辆停放人违反…的，停车管理单位应当报告公安、消防、城管等部门进行处理；…停车管理单位可以按照…进行处理…。对于长期停放的"
               "无主机动车辆，停车管理单位应当…报告相关部门进行处理」 — the company's step after a case is a report, and a sending "
               "names no doer (rounds 46, 48's x220_02, 55); 可以…处理 is an option (round 40); the authorities are the objects of "
               "the pivot 报告…进行处理 (round 30: outside a work heading no units); the article gives work by 应当 (a task naming "
               "no unit, round 55's x248_01 第八条), the article reading [停车管理单位] accepted; the reports are an undated duty "
               "(RULING? 4); " + NOTASK_DATES),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "停车管理单位将占用消防车通道、妨碍消防设施使用或擅自占用共用部位的违规停车，以及长期停放的无主机动车辆，报告公安、消防、"
                      "城管等部门（相关部门）进行处理",
              "when": "发现违规停车或无主车辆时", "when_norm": None,
              "note": "第十一条: a sending the rules ask of a body they task, when a case arises, is an undated duty (round 44; "
                      "round 64's x225_02: a body the rules task with their own work); RULING? 4 — not a regulated party's "
                      "filing on itself (rounds 32, 41)"}],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope, 第四条 (how many spaces one household may buy: "
            "a rule for owners, the public, rounds 36, 41), 第五条 (whom a space may be transferred to: the owners' rule), 第七条 "
            "(「车位产权人可以临时按月出租…」 an option; the owner's notice to the company a rule for owners), 第十条 (rules for "
            "drivers, 车辆停放人, the public: its （一）–（四） text), 第十二条 (entry into force); tasks 第三条 1, 第六条 1, 第八条 "
            "（一）–（九） 9 (" + DUTY8.split(";")[0] + "), 第九条 （一）、（二）、（四） 3 and its closing paragraphs 1 (（三） points to "
            "other rules: text), 第十一条 1 → **16**. Accepted: 15 (第九条's closing paragraphs not counted, or 第三条 read as a rule for "
            "the developer as a party), 14 (both), 8 and 7 (第八条 as one task).",
            "units: 停车管理单位 (the defined name, 第八条), 物业服务企业 and 其他停车管理单位 (第六条), 建设单位 and 业主大会 (第九条); "
            "owners, users, 车位产权人 and drivers are the public (" + PUBLIC + "); 区房屋行政管理部门 only receives a filing; "
            "公安、消防、城管 only receive reports",
            "dates: 2021年8月19日 (the signature), in force 2021年10月1日, valid to 2026年6月30日 (第十二条: dates nothing, round "
            "45); 「临时按月出租」 a rhythm of the owners; no deadline, no phases; one undated duty (第十一条)",
            "figures: none checked — 「一个停车位」「多购买或者附赠一个」 (第四条, the owners' rule) and the articles' numbers"])

write_collected(DIR)

# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next247/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 49 (built by helper c247): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 51 rulings", "Round
52 rulings, written early", "Round 53 rulings, written early" and "Round 54 rulings" included) applied to every
article. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next247/make_expected.py tests/data/plans-next247
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def flk_source(name, chars, url):
    """A regulation stored from flk.npc.gov.cn: another wrapper than the YAML one."""
    return (f"{SHANGHAI_REPO} @ {C49}, docs/房屋与住房/{name} (official page {url}) — {STORED_WHOLE} ({chars}); this "
            "stored file's wrapper is not YAML: a 「# 」 title line, a six-line metadata list (公布日期 … 来源) and a 「---」 "
            "rule with the blank line after it, all removed; the text starts at the regulation's own title line")


def yaml_source(name, chars, url):
    return (f"{SHANGHAI_REPO} @ {C2B} (the version read_file returned; the index row read at 4d8fe162… links the same "
            f"path), docs/房屋与住房/{name} (official page {url}) — {STORED_WHOLE} ({chars})")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTICLE = ("CONVENTIONS.md round 30 / round 33 / round 37 / Round 54 (one test for articles and their items): an article "
           "that gives a plan body work is a task; purpose, scope, definitions, 参照, entry into force (round 30, round 34), "
           "options 「可以…」 (rounds 40, 49 p46b), rights 有权 (round 48), rules for the public and for applicants — "
           "materials, conditions, the party's own filings and payments (rounds 35, 48, 52) — and who fixes a term of the "
           "rules 「…由A拟订，报…批准」 (round 39, round 50's x232_01 第十三条) are not")
ARTSUBJ = ("CONVENTIONS.md Round 44 rulings, decided: in rules written as articles (第X条) a named body standing as the "
           "subject of the article's verb of doing is a doer whatever the verb; Round 54 (r48b): a trade's enterprise or a "
           "kind of bank or agency (受托银行, 担保机构, 物业服务企业) is a body named by a kind")
ONE = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一; CONVENTIONS.md units rule 2)"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
PIVOT = ("CONVENTIONS.md round 30 / round 35 / round 40: the object of a pivot 「A组织／督促／委托B＋verb」 is no unit (A is "
         "the doer)")
CASE = ("CONVENTIONS.md round 30 / round 42 / round 49 (p46d) / Round 51 (q47a): an article whose work answers its cases "
        "「…的，由A…／A应当…」 takes A as its doer; penalties are not targets (round 32 / round 33)")
FROM_EVENT = ("CONVENTIONS.md Round 54 (decided): 「自…之日起N日内」 (内 after a time counted from an event) is neither a target "
              "nor a deadline (rounds 33, 34, 37)")
PAY = ("CONVENTIONS.md round 47 / round 48 (cost verbs: 支付, 放款) / Round 54 (r48b: paying or lending names none): "
       "「由受托银行办理支付／贷款手续」 pays or lends the fund's money, so 受托银行 is no doer by it")
FIELDS = ("CONVENTIONS.md round 31 / round 42 continued: fields joined by 、 before one head 「…等部门」 are one name as "
          "printed, 等 inside kept")
PRINTED = ("CONVENTIONS.md round 38 / round 43 / round 50: names as printed, no alias rewritten — 「浦东新区街道办事处」 and a "
           "later 「街道办事处」 are given as printed; the shared modifier stays with the first name (round 40)")
NODL = "no date in the article: no deadline"

# ---------------------------------------------------------------------------------------------------------
X01 = "x247_01_shi-renda-2005-zhufang-gongjijin-guanli-ruogan-guiding.txt"
ZX = "市公积金管理中心"
GW = "市公积金管委会"
BANK = "受托银行"


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, note, **kw):
    """A sample whose only unit is ``unit`` (lead [], the unit accepted as lead), located by its article label."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note + "; " + ONE, **kw, **art(file, path))


plan(X01,
     title="上海市住房公积金管理若干规定",
     doc_no="none printed (a local regulation adopted 2005年9月23日)",
     issuer="上海市人民代表大会常务委员会",
     date="2005-09-23",
     date_note="adopted 2005年9月23日 (line 3–4); in force 2006年1月1日 (第二十三条); the stored metadata leaves 公布日期 empty",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee: the housing provident fund — "
           "the committee and the centre, employers' payments and transfers, withdrawals and loans, the centre's decisions, "
           "services, oversight and penalties",
     source=flk_source("上海市住房公积金管理若干规定.md", 3483,
                       "https://flk.npc.gov.cn/detail?id=4028abcc61277793016127efb55a2f83"),
     style="the title line, the adoption note over two lines in brackets, then 23 articles 「第一条　…」 (label and text on one "
           "line, an ideographic space between), later paragraphs of an article on their own lines, no blank lines; "
           "（一）… only in 第七条 (cases of withdrawal) and 第九条 (loan conditions); no chapters, no dates of work",
     leaf_tasks=15, count_alternatives=[11, 12, 13, 14, 16, 20, 23],
     leaf_tasks_by_section={"第二、四、五、六、八、九、十条": 7, "第十二–十九条 (no 第十一条)": 8},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X01, ["第二条"], [], ["上海市公积金管理中心", "劳动保障、民政、人事、工商、房地资源、统计等行政管理部门"],
          responsible_alternatives=[[ZX, "劳动保障、民政、人事、工商、房地资源、统计等行政管理部门"], ["上海市公积金管理中心"]],
          note="「上海市公积金管理中心（以下简称市公积金管理中心）负责…管理运作，监督检查…」 — 负责 (rule 2); in the article that "
               "defines the short name the body is given by its own name as printed (round 50, x232_04 第五条; round 35 drops "
               "以下简称), the short name accepted; 「劳动保障、…、统计等行政管理部门按照各自职责，协同实施本规定」 — 实施 after a doer's "
               "clause (round 39's 「其他有关部门…协同开展」; round 44's article subject), " + FIELDS + "; 「市公积金管委会…是…决策"
               "机构」 a verb of being (round 44) and 「依法接受建设、财政、人民银行等行政管理部门的监督…审计部门的审计监督」 overseers "
               "of the fund (rule 3, like round 40's invited overseers): no units; lead []; " + NODL),
        A1(X01, ["第五条"], ZX,
           "「市公积金管理中心应当全面、准确掌握…信息，督促单位依法及时办理…手续」 — " + ARTSUBJ + "; 单位, the object of 督促, "
           "is no unit (" + PIVOT + "); 「工商、劳动保障和统计等有关行政管理部门应当向市公积金管理中心提供…相关信息」 is a sending "
           "of information, no doer by it (round 46's 提交, round 48's sending), checked as an undated duty (round 35: a plan "
           "body's sending to another); " + NODL),
        A1(X01, ["第六条"], ZX,
           "paragraphs 1–2: the former and new employers' transfers of accounts at the centre are the employers' own 办理…手续 "
           "(Round 52 governs: x239_03's employers' articles name no doer); paragraph 3 「…经督促单位在十日内仍不办理的，市公积金"
           "管理中心应当在二十日内予以办理」 is the centre's own step after a case (rounds 42, 49 p46d; Round 51 q47a), so the "
           "article is a task (RULING? 2: the count without it, 12, accepted); 三十日内, 十日内, 二十日内 — " + FROM_EVENT
           + "; " + NODL,
           not_targets=[(30, "日"), (20, "日")], responsible_alternatives=[["原单位", "新单位", ZX]]),
        A1(X01, ["第八条"], ZX,
           "paragraph 1 is the applicant's filing (rules for the public, round 48); 「市公积金管理中心应当自受理…之日起三个工作日"
           "内，作出…决定，并书面通知申请人…说明理由」 — " + ARTSUBJ + " (a notice in a procedure is work, round 45); " + PAY
           + " (RULING? 3; [市公积金管理中心, 受托银行] accepted); 三个工作日内 — " + FROM_EVENT + "; " + NODL,
           responsible_alternatives=[[ZX, BANK]]),
        A1(X01, ["第十二条"], GW,
           "「市公积金管委会在拟订…等重大事项前，应当采取座谈会、听证会等形式或者通过媒体广泛听取单位和职工的意见」 — 采取 "
           "(holding hearings) is the article's verb of doing (" + ARTSUBJ + "); round 49's turned 听取 was a body receiving a "
           "report from bodies it oversees (rule 3's receiver), here the committee consults the public by hearings it holds "
           "(RULING? 1; none accepted); " + NODL,
           responsible_alternatives=[[]]),
        A(X01, ["第十三条"], [], [ZX, BANK],
          note="「市公积金管理中心和受托银行应当于每年八月向单位和职工发放…缴存凭证」 — 发放 of documents, not money (round 53: "
               "发放 of things stays work) and 「…应当建立…信息化管理运作系统，…提供便利服务」 — " + ARTSUBJ + "; 「…单位和相关工作"
               "人员…负有保密责任」 — having a duty (负有, Round 54 r48b) names none, and 工作人员 are persons; lead []; 每年八月 is a "
               "yearly rhythm, no deadline (round 34: recurring dates are no deadline); the vouchers go to employers and "
               "employees, no report to a body (no duty)"),
        A(X01, ["第十五条"], [], [BANK, "担保机构"],
          note="「受托银行和担保机构应当严格履行与市公积金管理中心签订的委托合同，…为单位和职工办理…业务提供便利服务」 — " + ARTSUBJ
               + " (提供 with services as object is work, round 48: only money makes a payer); 市公积金管理中心 stands inside a "
               "description (与A签订的合同, round 30) and is no unit; 「前款所称担保机构，是指…」 a definition; lead []; " + NODL),
        A1(X01, ["第十八条"], ZX,
           CASE + ": 「以欺骗手段违法提取…的，市公积金管理中心应当责令限期退回…，并可处违法所提款额百分之十以上百分之五十以下的"
           "罚款」 (twice) — 10 %, 50 %, 一倍, 五倍 are a fine's scale (round 32: penalties, any wording, are not targets); "
           "「构成犯罪的，依法追究刑事责任」 a consequence (Round 51 q47b); " + NODL,
           not_targets=[(10, "%"), (50, "%")]),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "工商、劳动保障和统计等有关行政管理部门应当向市公积金管理中心提供单位及其职工的相关信息", "when": "",
              "when_norm": None,
              "note": "第五条: a plan body's sending of information to another body the rules task is a duty (rounds 35, 44), "
                      "undated; the employers' payments and filings at the centre are no duties (rounds 32, 41, 52)"}],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose; 第三条 who pays in and the definition 「（以下统称单位）」 "
            "(缴存 pays, Round 52's x239_03); 第四条 (「可以…浮动确定」 an option and 「每年…缴存比例和月缴存最高限额，由市公积金"
            "管委会拟订，报市人民政府批准后执行，并向社会公布」: who fixes the scheme's terms, round 50's x232_01 第十三条 — RULING? "
            "5, the count with it accepted); 第七条 (the employee's options and the cases （一）–（六）: text); 第九条 (options, the "
            "conditions （一）–（四） and 「规定期限、…规定比例，由市公积金管理中心拟订，经市公积金管委会批准后执行」, the same "
            "term-fixing sentence); 第十一条 (an employer's debts are to be paid off, 「应当在明确…补缴责任主体后，方可办理有关手续」 "
            "an employer's filing, 「可以按照本市统计部门公布的…计算」 a term: no plan body given work); 第二十条 (rights of appeal "
            "and 「…市公积金管理中心可以申请人民法院强制执行」 an option); 第二十一条 (an option and 「…办法，由市公积金管委会拟订，"
            "报市人民政府批准」, round 39's 「实施细则由A另行制定」); 第二十二条 参照; 第二十三条 entry into force. Tasks: 第二、五、"
            "六、八、十、十二–十九条 → **13**",
            "accepted: 12 (第六条 or 第十二条 out), 11 (both out), 14, 15 (第四条 and／or 第九条 as tasks), 16 (and 第十一条), 20 "
            "(every article but 第一、二十二、二十三条), 23 (every article)",
            "aligned round 50 to CONVENTIONS.md \"Round 55 rulings, written early\" (turned): 「每年住房公积金的缴存比例和月缴存"
            "最高限额，由市公积金管委会拟订，报市人民政府批准后执行，并向社会公布」 is a yearly procedure (drafting, approval, "
            "publication), the body's standing work (由A＋verb, round 34; round 54: rules are standing work), not round 50's "
            "x232_01 第十三条 naming once who fixes a term: 第四条 no task → a task, [市公积金管委会] (市人民政府 the approver, rule 3), "
            "no duty (a sending for approval, round 46; 公布 is disclosure); 第九条 is read by the same line (「规定期限、…规定比例，"
            "由市公积金管理中心拟订，经市公积金管委会批准后执行，并向社会公布」: a task, [市公积金管理中心], the committee the approver; a "
            "bare 「由A拟订」 such as 第二十一条's stays none): count 13 → 15; the builder's reading: both articles the scheme's "
            "terms, no task, count 13 — stays accepted (count_alternatives [11, 12, 13, 14, 16, 20, 23]; neither article "
            "sampled)",
            "units not sampled: 第十条 (the twin of 第八条: 「由受托银行办理贷款手续」 lends, no doer), 第十六条 (「市公积金管理中心应当"
            "在接到投诉、举报后三十日内提出处理意见，并书面告知…」; 「任何单位和个人都可以…投诉、举报」 an option of the public), "
            "第十七条 (「…的，由市公积金管理中心…予以处理」), 第十九条 (第十八条's twin on loans: 「一年至五年」 a penalty's term), 第十四条 (「市公积金管理中心应当在每年三月底前，向社会公布"
            "经市公积金管委会审议的上年度住房公积金年报」: [市公积金管理中心]; 市公积金管委会 in a description, rule 3's approver; 每年三月底前 a "
            "yearly rhythm, no deadline; the report is published to the public, not sent to a body — no duty, RULING? 4)",
            "figures: 「连续失业两年以上」 (第七条) picks out persons who may withdraw (round 31's group of persons; round 45's 1公里) "
            "and is not checked; 「不低于规定比例」 (第九条) names no figure; 「三十日内」「十五日内」「三个工作日内」 are limits counted from "
            "an event (Round 54); the fines' scales are penalties",
            "dates: 2005年9月23日 (adoption), 2006年1月1日 (in force), 1996年4月12日 (the repealed regulation) date no task; 每年八月, "
            "每年三月底前 are yearly rhythms; no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x247_02_shi-fangguanju-2023-jiu-zhufang-chengtao-gaizao-chaichu-chongjian-shishi-guanli-banfa.txt"
P02 = "上海市旧住房成套改造和拆除重建实施管理办法（试行）"
SS = "实施主体"
QF = "区房屋管理部门"

plan(X02,
     title=P02 + "（上海市房屋管理局关于印发《" + P02 + "》的通知）",
     title_note="the rules' own title (line 21) or the notice's title (line 1, printed twice: the stored file's 「# 」 line "
                "cut and the page's own line): either (round 45's 「plan（notice）」 pair)",
     doc_no="沪房规范〔2023〕1号 (line 3)",
     issuer="上海市住房和城乡建设管理委员会, 上海市房屋管理局, 上海市规划和自然资源局, 上海市发展和改革委员会 (the four "
            "signatures; the index names 上海市房屋管理局)",
     date="2023-01-04",
     date_note="the notice is dated 2023年1月4日 (line 19); the index dates it 2023-01-10; in force 2023年2月1日 to "
               "2024年12月31日 (第二十二条)",
     level="city rules of four city bodies for renewing old public housing by making flats self-contained (成套改造) or by "
           "demolition and rebuilding (拆除重建): the bodies' duties, the implementing body, assessment, plans, consultation, "
           "agreements, land, registration, disputes",
     source=yaml_source("上海市房屋管理局关于印发《上海市旧住房成套改造和拆除重建实施管理办法（试行）》的通知.md", 3797,
                        "https://www.shanghai.gov.cn/zhengce/detail/0013::f7c01aac7749490e938ad9bd514edeb7"),
     style="a forwarding notice (title twice, number, addressees, one sentence 「…请遵照执行」, four signatures, date), then the "
           "rules' title and 22 articles whose label and heading stand alone on a line 「第三条  管理部门」 (two spaces) with "
           "the text in the paragraphs after, blank lines between all paragraphs; （一）–（三） only in 第九条 (what a plan "
           "contains); no dates of work",
     leaf_tasks=11, count_alternatives=[10, 12, 13, 14, 15, 19, 22],
     leaf_tasks_by_section={"第三–十条": 8, "第十三、十六、十九条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第三条  管理部门"], [], ["市住房城乡建设管理部门", "市房屋管理部门", "市规划资源部门", "发改、财政、交通、绿化市容等部门",
                               "各区人民政府"],
          note="「第三条 管理部门」: 管理部门 is a heading that gives out work (round 34's 职责分工／部门职责／职责／管理部门 list), so "
               "every body the text gives work, by any verb of doing, is a unit in printed order (round 34; Round 54 governs: such "
               "an article is one task, each body once): 进行综合协调, 负责…推进实施, 负责…规划资源管理, 配合做好, 负责统筹协调推进; "
               + FIELDS + " (「发改、财政、交通、绿化市容等部门」); lead [] (no 牵头); " + NODL),
        A(X02, ["第五条  组织评估"], [], [QF, SS], [(80, "%")],
          note="「区房屋管理部门应…组织相关部门开展项目评估…」 — 组织＋work makes the subject a doer and 相关部门, the object of the "
               "pivot, is no unit (" + PIVOT + "); 「实施主体应结合项目评估结果，充分征求…意见」 — " + ARTSUBJ + " (实施主体, the role "
               "第四条 defines, is a unit as printed where it acts: round 47 q44c, Round 51 p47c); 「经…80%以上的公房承租人、私有房屋"
               "产权人同意后，启动旧住房更新」 — a threshold that triggers a step (round 30's line) → 80 %; lead []; " + NODL),
        A(X02, ["第六条  更新实施计划"], [QF], [QF, "区相关部门", "市房屋管理部门"], lead_alternatives=[[]],
          responsible_alternatives=[[QF, "区相关部门"]],
          note=WITH + ": 「区房屋管理部门会同区相关部门…制定本辖区内旧住房更新实施计划」 (区相关部门 a kind, round 33); 「市房屋"
               "管理部门听取市财政部门意见后，列入本市旧住房更新实施计划」 (twice) — 列入…计划 is the article's verb of doing ("
               + ARTSUBJ + "; 列入 is a cost verb only with 预算, round 48); 市财政部门 and 市规划资源、市发改 are consulted "
               "(rule 3's 征求A意见) and 区人民政府 approves (经A同意): no units; 「报市房屋管理部门」 sends the district's own "
               "renewal projects for inclusion, a step of approval (round 46), no duty; [区房屋管理部门, 区相关部门] accepted; "
               + NODL),
        A(X02, ["第十条  方案意见征询"], [SS], [SS, "项目属地街镇"], lead_alternatives=[[]],
          note=WITH + ": 「实施主体应当会同项目属地街镇，将…方案…以方案公示、座谈会、评议会等多种形式充分征求…意见」 (项目属地街镇 "
               "as printed; the tenants and owners consulted are the public, no units); " + NODL),
        A1(X02, ["第十三条  协议签订"], SS,
           "「实施主体应当与公房承租人和私有房屋产权人签订相关协议」 — in an article 「A与B签订」 makes A a doer (round 48 governs), "
           "and the co-signatories here are persons and the public, who add none (Round 52's x239_02 受托机构 with borrowers); "
           "「签约比例达到95%以上，协议方可生效」 — a threshold that triggers a step (round 30; x207_04's 百分之九十五以上 the same) → "
           "95 %; 「协议生效后，实施主体按照规定办理…审批手续」 the applicant's filing (round 48); " + NODL,
           targets=[(95, "%")]),
        A(X02, ["第十六条  房屋权属调查"], [], [SS, "房屋权属调查机构"],
          note="「实施主体按照…规定，委托测绘服务机构开展“多测合一”工作」 — 「A委托B＋verb」: A the doer, B (测绘服务机构) the "
               "pivot's object, no unit (round 35); 「房屋权属调查机构以“多测合一”成果为依据，出具房屋权属调查报告」 — " + ARTSUBJ
               + " (出具…报告 is its own work, round 38's 出具意见); 「…免于办理土地核验手续」 an exemption; lead []; " + NODL),
        A1(X02, ["第十九条  群众工作"], "各区人民政府",
           "「各区人民政府应完善…专项机制，开展…工作，并落实经费保障」 — 落实 is rule 2's and keeps money as work (round 48; Round "
           "51: 「…经费，由A落实保障」); " + NODL),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): the cover is no task (「请遵照执行」); not tasks — 第一条 purpose; 第二条 scope, "
            "definitions and 「…可以参照本办法执行」; 第十一条 (「实施主体应当将…实施方案报区房屋管理部门同意」: the implementing "
            "body's own plan sent for approval, a step of approval and no duty (rounds 46, 48), no work of its own — RULING? 7, "
            "the count with it accepted); 第十二条 (who signs: 「…以…为准」, 「按户进行签约」: terms, no body); 第十四条 (options "
            "「可以…」; its one mandatory clause 「项目实施时须由市房屋管理部门出具认定文件」 stands in the option's sentence, which "
            "round 40 lets 可 reach — the count with it as a task accepted); 第十五条 (「…纳入…审批流程管理」「…按现有规定执行」: "
            "references, no body); 第十七条 (the project's own registration, an application, round 48); 第十八条 (options of the "
            "implementing body and of 区人民政府, the parties' rights, 「由作出行政决定的区人民政府依法申请人民法院强制执行」 an "
            "application, round 30); 第二十条 (an option and 参照); 第二十一条 (参照…投保: insurance, a cost verb, no body); 第二十二条 "
            "entry into force. Tasks: 第三–十条 8 (第四条: 「公房产权单位是旧住房更新的实施主体」 designates the doer, round 32's "
            "「明确A为责任主体」; 第八条 编制; 第九条 编制 with its （一）–（三） a list of what the plan contains, text, round 37), "
            "第十三、十六、十九条 3 → **11**",
            "accepted: 10 (第四条 a definition of standing, no task), 12, 13 (第十一条 and／or 第十四条 as tasks; 第九条's （一）–（三） as "
            "items), 14, 15, 19 (every article but 第一、二、二十二条), 22 (every article)",
            "units not sampled: 第四条 (the designation, whose name is 「公有旧住房的产权单位或受产权单位委托经营公有旧住房的相关单位（以下"
            "统称公房产权单位）」, and the cases 「由区房屋管理部门报区人民政府批准确定实施主体」 (a submission for approval), 「由公房产权"
            "单位相互协商确定」), 第八条 ([实施主体]; 「将设计方案报其征询相关管理部门和专家意见」 a submission), 第九条 ([实施主体]), 第七条 (「实施主体应…编制规划研究方案」 and 「市、区规划资源部门做好指导服务」: [实施主体, 市、区规划资源部门] "
            "by round 44's article rule, [实施主体] by rule 3's guide — RULING? 6)",
            "figures and dates: 80 % and 95 % (sampled); 有效期至2024年12月31日 a validity; 2023年1月4日, 2023年2月1日 date no task; "
            "no deadlines, no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x247_03_shi-fangguanju-2022-jiu-zhufang-gengxin-xingzheng-tiaojie-jueding-ruogan-guiding.txt"
P03 = "上海市旧住房更新有关行政调解和决定的若干规定"
QZ = "区人民政府"

plan(X03,
     title=P03 + "（关于印发《" + P03 + "》的通知）",
     title_note="the rules' own title (line 13) or the notice's title (line 1, printed twice): either (round 45's pair)",
     doc_no="沪房规范〔2022〕5号 (line 3)",
     issuer="上海市房屋管理局 (the index and the stored front matter; the cover prints no signature)",
     date="2022-10-09",
     date_note="the notice is dated 2022年10月9日 (line 11); the index dates it 2022-10-25; in force 2022年11月1日 to "
               "2027年6月30日 (第十五条)",
     level="city rules of the housing administration bureau, issued with the city government's consent, on the district "
           "government's administrative mediation and decisions in old-housing renewal: applications, materials, the "
           "mediation, the decision's review, service of documents and enforcement",
     source=yaml_source("关于印发《上海市旧住房更新有关行政调解和决定的若干规定》的通知.md", 3819,
                        "https://www.shanghai.gov.cn/zhengce/detail/0013::077e196f9447463a880cdd6504512044"),
     style="a forwarding notice (title twice, number, addressees, one sentence, date), then the rules' title and 15 articles "
           "whose label and bracketed heading stand alone on a line 「第三条 （实施主体）」 (第七条's heading in ASCII brackets "
           "「(调解程序)」), the text in the paragraphs after, blank lines between all paragraphs; （一）… lists of cases, "
           "materials, rights, duties and contents in 第四、五、六、八、十、十二条; limits counted in days from events",
     leaf_tasks=8, count_alternatives=[7, 9, 10, 11, 12, 15],
     leaf_tasks_by_section={"第三、七、九–十四条": 8},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第七条 (调解程序)"], [], [QZ, "调解机关"], responsible_alternatives=[[QZ]],
          not_targets=[(30, "日"), (2, "次")],
          note="「区人民政府应当自受理调解申请之日起三十日内完成调解」 and 「区人民政府应将争议事项…记录在案」 — " + ARTSUBJ + "; "
               "「拒绝签名或者盖章确认的，由调解机关记明情况」 — 由A＋a verb of doing after a case is the article's own step (rounds "
               "42, 49 p46d), 调解机关 as printed (a body named by its role, Round 51 p47c; RULING? 8: a back-reference to 区人民政府 "
               "that adds none, round 34 — [区人民政府] accepted); 「可以延长十五日」 an option; 「…各方应当签订更新协议或者调整协议」 — "
               "各方, the parties, a general call (round 44); 三十日内 — " + FROM_EVENT + "; 「无正当理由两次缺席调解，视为调解不成」 "
               "— a count with no comparison word that defines a case (round 30's line): not a target; lead []; " + NODL),
        A1(X03, ["第九条 （受理和审理）"], QZ,
           "「区人民政府应当自收到申请之日起五日内受理，并向…发送受理通知书…」「…应当告知项目实施主体七日内补齐」「…应当听取…陈述，"
           "核实…，查清…，并制作笔录」 — " + ARTSUBJ + " (notices and hearing in its own procedure are work, round 45; 听取 here "
           "is the decider's own hearing of the parties); 五日内, 七日内 — " + FROM_EVENT + "; " + NODL,
           not_targets=[(5, "日"), (7, "日")]),
        A(X03, ["第十条 （审理中止）"], [], [], responsible_alternatives=[[QZ]],
          note="「在审理过程中，出现下列情形之一的，应当中止审理并书面告知当事人：（一）…（三）」 — a subjectless rule on an act "
               "only the rules' bodies do gives work (round 43; Round 52's x240_04 第七–九条), so the article is a task; the "
               "（一）–（三） are cases (text, round 35; Round 54's one test); no subject stands in the article, and a subject is "
               "carried only inside one paragraph (round 34), so there is no unit (round 47); [区人民政府] accepted (the body "
               "the neighbouring articles name); " + NODL),
        A1(X03, ["第十二条 （作出行政决定）"], QZ,
           "「区人民政府应当于项目实施主体报请之日起三十日内作出行政决定」 — " + ARTSUBJ + "; 「可以延长三十日」 an option; 三十日内 "
           "— " + FROM_EVENT + "; the （一）–（五） list what the decision contains (text, round 37); 「行政决定规定的搬离期限，"
           "不得少于十五日」 — a floor of the decision's own term, round 30's line (不少于; Round 54: 「不少于三十日」 a target, 日 as "
           "printed) → 15 日; " + NODL,
           targets=[(15, "日")], not_targets=[(30, "日")]),
        A(X03, ["第十四条 （行政决定执行）"], [], ["项目实施主体", QZ], responsible_alternatives=[[QZ]],
          note="「行政决定文书送达后，项目实施主体、公房承租人和私有房屋产权人应当执行」 — 执行 is the article's verb of doing and "
               "项目实施主体 a body by its role (" + ARTSUBJ + "; round 34); the tenants and owners are persons and the public (rounds "
               "30, 41): no units; 「…可以依法提起行政复议、行政诉讼」 a right; 「由作出行政决定的区人民政府依法申请人民法院强制执行」 "
               "an application to the court (round 30's 由A提出申请); 「区人民政府在申请人民法院强制执行前，应当依法书面催告…履行"
               "义务」 — " + ARTSUBJ + " (the tenants, the objects of 催告, are no units, like 督促's); [区人民政府] accepted (the "
               "parties' compliance read as rules for the parties, RULING? 9); lead []; " + NODL),
     ],
     plan_targets=[{"number": 95, "unit": "%",
                    "note": "第四条: 「拆除重建、成套改造签约比例达到百分之九十五以上，协议生效的，…项目实施主体可以向区人民政府申请"
                            "行政调解」 — a threshold that triggers a step (round 30's line; x207_04 and x247_02 read the same figure "
                            "so); 第四条 is an applicant's article, no task, so the figure is a plan target (round 48: thresholds in "
                            "articles that are no tasks)"}],
     phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): the cover is no task; not tasks — 第一条 purpose; 第二条 definition; 第四条 (the "
            "implementing body may apply: an option and an application, its （一）–（三） cases; 「由项目实施主体根据前款规定向区人民"
            "政府申请」 files the tenants' request, an application — the count with it accepted); 第五条 (the applicant's materials, "
            "round 35); 第六条 (the parties' rights and duties, lists; 「行政调解工作人员应当听取…」 — persons' duties, no task "
            "(rounds 36, 45, 48) — the count with it accepted); 第八条 (the applicant's materials for a decision); 第十五条 entry "
            "into force. Tasks: 第三条 (「公有旧住房的产权单位（含授权经营单位）是旧住房更新项目的实施主体」, a designation, and the "
            "case 「由区房屋管理部门报区人民政府确定实施主体」), 第七、九、十、十一、十二、十三、十四条 → **8**",
            "accepted: 7 (第三条 a definition of standing), 9, 10 (第四条 and／or 第六条 as tasks), 11, 12 (第十条's （一）–（三） or "
            "the lists as items; every article but 第一、二、十五条), 15 (every article)",
            "units not sampled: 第三条 (the designation's name after the 的-rule, 「产权单位（含授权经营单位）」 — round 43 turned drops a "
            "bracket opening with 含), 第十三条 (service of the decision: 「行政决定文书应当送达当事人」 subjectless, 「区人民政府应当提供」 "
            "and 「区人民政府应当通过…公告栏及区人民政府网站等进行公告」 — the steps of each way of service, read as the article's own "
            "work (Round 51 q47a): [区人民政府]; 送达人 persons; 「自发出公告之日起经过三十日，即视为送达」 no comparison word), 第十一条 (「…项目实施主体应当撤回申请；区人民政府应当终止审理并"
            "书面告知当事人」: [区人民政府]; the withdrawal of its own application is an applicant's step, round 30)",
            "figures and dates: 百分之九十五以上 (plan target); the days of each step are limits from events (Round 54) or, "
            "with 不得少于, the decision's own floor (sampled); 有效期至2027年6月30日 a validity; no deadlines, no phases; the "
            "notices sent to the parties are steps of the procedure, no duties (round 45)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x247_04_shi-renda-2022-pudong-zhuzhai-xiaoqu-zhili-chuangxin-ruogan-guiding.txt"
PJ = "浦东新区街道办事处"
ZZ = "镇人民政府"
JD = "街道办事处"
ZF = "综合执法部门"

plan(X04,
     title="上海市浦东新区推进住宅小区治理创新若干规定",
     title_note="printed over two lines 「上海市浦东新区推进住宅小区」「治理创新若干规定」 (lines 1–2)",
     doc_no="none printed (a local regulation adopted 2022年9月22日)",
     issuer="上海市人民代表大会常务委员会",
     date="2022-09-22",
     date_note="adopted 2022年9月22日 (line 4); in force 2022年11月1日 (第二十五条)",
     level="city regulation (地方性法规, a Pudong New Area rule of the Shanghai People's Congress Standing Committee): "
           "residential-community governance in Pudong — the district government and its departments, streets and towns, "
           "residents' committees, property-service companies, old estates, hazards, integrated enforcement, data",
     source=flk_source("上海市浦东新区推进住宅小区治理创新若干规定.md", 5556,
                       "https://flk.npc.gov.cn/detail?id=ff808181868d68080186978ef19567f2"),
     style="the title over two lines, the adoption note in brackets, then 25 articles 「第一条　…」 (label and text on one line, "
           "an ideographic space between), later paragraphs on their own lines, no blank lines, no numbered items; work given "
           "as 「A应当…」 article subjects, 「A负责…」, 「A应当会同B…」, 「交由A行使」; 「（以下统称综合执法部门）」 defined in 第十八条 "
           "and used after it",
     leaf_tasks=21, count_alternatives=[20, 22, 23, 25],
     leaf_tasks_by_section={"第三–二十三条": 21},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第三条"], [], ["浦东新区人民政府",
                               "浦东新区房屋管理、城管执法、规划资源、建设交通、民政、公安、应急管理、卫生健康、财政、人力资源社会保障等部门"],
          note="「浦东新区人民政府应当加强…领导，建立…制度，建立健全协调机制…」 — " + ARTSUBJ + "; 「浦东新区房屋管理、…、人力资源"
               "社会保障等部门应当按照各自职责履行职能，对住宅小区治理进行分类指导、协同管理」 — the same; " + FIELDS + "; lead []; "
               + NODL),
        A(X04, ["第四条"], [], [PJ, ZZ, JD], responsible_alternatives=[[PJ, ZZ]],
          note="「浦东新区街道办事处、镇人民政府负责本辖区内住宅小区治理和综合执法工作…」 — 负责 (rule 2); 「协调区人民政府相关部门…"
               "共同做好…」 — the objects of 协调 are no units (round 30's pivot); 「街道办事处、镇人民政府应当建立健全…机制，定期走访…」 — "
               + ARTSUBJ + "; " + PRINTED + " ([浦东新区街道办事处, 镇人民政府] accepted); lead []; 定期 a rhythm; " + NODL),
        A(X04, ["第六条"], [], ["物业服务企业", JD, ZZ], responsible_alternatives=[[JD, ZZ]],
          note="「住宅小区业主（物业使用人）应当遵守…，依法配合…」 — owners and users are the public (rounds 35, 41): no units; "
               "「物业服务企业应当按照法律法规规定和物业服务合同约定履行职责」 — " + ARTSUBJ + " (rule 2's own 物业服务企业; "
               "[街道办事处, 镇人民政府] accepted, the reading of 履行职责 as a duty held, round 41); 「街道办事处、镇人民政府…对…物业"
               "服务企业提出评价意见，纳入…综合评价体系」 — a body's opinion in its own review is work (Round 51 q47a); paragraph 3's "
               "「…等相关单位依法执行…措施时」 is a case naming the bodies whose measures the owners must follow (the owners are its "
               "subject): no units; lead []; " + NODL),
        A(X04, ["第十一条"], [], [PJ, ZZ, "区人民政府相关部门", "派出机构"],
          responsible_alternatives=[[PJ, ZZ], [PJ, ZZ, "区人民政府相关部门及其派出机构"]],
          note="「浦东新区街道办事处、镇人民政府应当在住宅小区统筹设立联勤联动站（点），完善…机制…」 — " + ARTSUBJ + " (Round 52: in "
               "articles 设立 is a verb of doing; the station set up is no unit); 「浦东新区街道办事处、镇人民政府和承担住宅小区管理"
               "事务的区人民政府相关部门及其派出机构，应当充分利用…联勤联动站（点）」 — the 的-rule leaves 「区人民政府相关部门及其派出"
               "机构」 (round 32), 及 joins two names (round 34) and 其 is dropped (round 38: 「A或其委托方」 gives A and 委托方): "
               "区人民政府相关部门, 派出机构; the one-name reading and the first paragraph's two bodies alone accepted; lead []; "
               + NODL),
        A(X04, ["第十四条"], [], ["浦东新区"], responsible_alternatives=[[]],
          note="「浦东新区应当结合城市更新…制定计划加快实施城中村改造」 and 「浦东新区应当加强对…违法行为的整治」 — in a city's text a "
               "district named by its name is a body the city addresses, a doer by an article's verb of doing (round 46, "
               "round 48's 崇明区; the place reading accepted, as there); 「支持在城中村引入专业物业服务管理」 names no doer (round 40); "
               "「对类住宅、城中村的…适用本规定…」 a reference; lead []; " + NODL),
        A(X04, ["第十五条"], [PJ, ZZ], [PJ, ZZ, "居民委员会", "区人民政府相关部门"], lead_alternatives=[[]],
          note="「浦东新区街道办事处、镇人民政府、居民委员会应当建立住宅小区安全隐患排查机制，定期排查…」 — " + ARTSUBJ + "; "
               "「浦东新区街道办事处、镇人民政府应当会同区人民政府相关部门建立…联动整治机制，…及时督促整改，…启动执法程序…开展"
               "整治」 — " + WITH + " (相关部门 a kind, round 33); the two bodies that 会同 are the article's lead (round 36: two "
               "leads of one item); 定期 a rhythm; " + NODL),
        A1(X04, ["第十七条"], "物业服务企业",
           CASE + ": 「…危害房屋安全的，物业服务企业应当予以劝阻、制止，留存相关资料；劝阻、制止无效的，应当在二十四小时内通过"
           "城市网格化管理平台报告」 and 「…应当按照管理规约限制相关施工人员、建筑材料进入住宅小区」 — the article's whole work "
           "answers its cases (Round 51 q47a); 二十四小时内 is a limit counted from an event (Round 54): not a target; the "
           "report is an undated duty (round 44: a sending the rules ask of the bodies they task when a case arises); " + NODL,
           not_targets=[(24, "小时")]),
        A1(X04, ["第十九条"], ZF,
           "「…综合执法部门应当责令当事人暂停施工，并可以暂扣…」 — " + CASE + "; the name 第十八条 defines is given as printed where "
           "it is printed (rounds 38, 43, 47; Round 48's x220_04 「以下简称各相关单位」); 「…可以书面通知市政公用服务单位…」 an "
           "option; 「违法行为得到有效制止后，应当及时书面通知市政公用服务单位恢复…」 carries the paragraph's subject (round 34); "
           "市政公用服务单位, told to act, is no unit (a pivot's object outside a work heading, round 40); " + NODL),
        A(X04, ["第二十三条"], ["市城管执法部门"],
          ["浦东新区人民政府", JD, ZZ, "市城管执法部门", "浦东新区城管执法部门"], lead_alternatives=[[]],
          note="「浦东新区人民政府和街道办事处、镇人民政府应当加强…人员、经费、技术、装备、场所等保障」 — " + ARTSUBJ + " (加强…保障 "
               "is work: no cost verb alone, round 37; 和 joins two names, round 34, and 、 splits the rest); 「支持街道办事处、镇"
               "人民政府和居（村）民委员会开展无违建创建活动，并将创建结果纳入街镇年度绩效考核」 — 支持 names no doer (round 40) "
               "and the bodies supported are its objects; 「市城管执法部门应当会同浦东新区城管执法部门，加强…指导、监督」 — " + WITH
               + "; " + NODL),
     ],
     plan_targets=[{"number": 66.7, "unit": "%",
                    "note": "第九条: 「由三分之二以上的业主参与征询」 — a fraction floor with 以上, the percent to one decimal "
                            "(round 43); 第九条 is a task not sampled, so the figure is checked among the plan's targets"},
                   {"number": 1, "unit": "年",
                    "note": "第九条: 「代行时限一般不超过一年」 — 不超过 (round 30's line; round 40's 「一般为3-5年」 had no comparison "
                            "word) → a ceiling of the term, 1 年"}],
     phases=[],
     duties=[{"what": "物业服务企业劝阻、制止无效的，应当在二十四小时内通过城市网格化管理平台报告", "when": "", "when_norm": None,
              "note": "第十七条: a report the rules ask of a body they task when a case arises is an undated duty (round 44); "
                      "24 hours from the event dates nothing (Round 54)"},
             {"what": "有关部门应当在收到协助通知书的五个工作日内告知", "when": "", "when_norm": None,
              "note": "第二十二条: a department's answer with the data the enforcement department asks for is information sent "
                      "to another body of the rules (rounds 35, 44), undated (a limit from an event, Round 54)"}],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose; 第二条 (the idea the governance is to follow and 「浦东新区"
            "建立健全…共同参与的住宅小区治理模式」: a principle of roles, round 49 / Round 52's x240_01 — the count with it, 22, "
            "accepted); 第二十四条 参照; 第二十五条 entry into force. Tasks: 第三–二十三条, each giving work to a body → **21**",
            "accepted: 20 (one of the option-heavy articles 第二十、二十一条 read as options only — each has one 「应当」 "
            "sentence of the enforcement department), 22 (第二条 as a task), 23 (every article but 第一、二十五条), 25 (every "
            "article)",
            "units not sampled: 第五条 (「浦东新区应当…合理设置居民委员会」 a district and the body it sets up; 居民委员会's own work; "
            "「…和街道办事处、镇人民政府应当…配备社区工作者」; 社区工作者 persons), 第七条 (a mechanism the article sets up and its "
            "members; 「…应当支持居民委员会…，引导居民…」), 第八条, 第十条, 第十二条 (「A应当指导B建立…」: whether an article subject "
            "whose only verb is 指导 is a doer (round 44) or rule 3's guide (round 30) — RULING? 6), 第九条 (「可以指定」 an "
            "option; 「街道办事处或者镇人民政府应当就…方案征询业主意愿」 or joins two doers, round 49), 第十三条 ([浦东新区人民政府, "
            "浦东新区]), 第十六条 (「交由街道办事处、镇人民政府行使」 — 交由A＋verb, round 33 — and 「街道办事处、镇人民政府所属综合行政执法"
            "机构…具体承担…」, X所属Y one name as printed, round 34), 第二十、二十一、二十二条, 第十八条 (「浦东新区城管执法部门、街道办事处、镇人民政府（以下统称综合执法部门）接到…的，"
            "应当在二十四小时内到现场进行调查核实」: the three bodies as printed, the defined name adding none in its own article "
            "(round 50); 「必要时，公安机关应当依法予以协助」 a contingency like 视情, Round 53: no unit)",
            "figures: 三分之二以上, 一般不超过一年 (plan targets); 过半数 (no figure checked); 二十四小时内, 五个工作日内, 十日 (limits "
            "from events or a count with no comparison word) are no targets",
            "dates: 2022年9月22日, 2022年11月1日 date no task; 定期, 每年定期 are rhythms of patrols and drills (no sendings); no "
            "deadlines, no phases"])

write_collected(DIR)

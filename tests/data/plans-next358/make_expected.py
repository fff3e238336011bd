# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next358/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 67 (built by helper c358, for round 68): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and "Round 83 rulings, written early"
to its end — Rounds 83–95 — read in full; older rulings only where a ruling quoted there led) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next358/make_expected.py tests/data/plans-next358
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for all three files (stored only there)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the whole stored file was "
          "rebuilt from the tool's answer and gives exactly the stored character count, and the wrapper was then cut by "
          "a script")


def src(folder, path, url, chars):
    return f"{REPO} @ {C49}, docs/{folder}/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
NOLEAD = "no 牵头 and no 会同: lead []"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条)")
DECISION = ("a decision on a party's application and its steps name none, in articles too, whether the deciding body "
            "stands as the subject or as the agent of 由 (Round 85's x321_02; Round 87's x327_04; Round 94's turned x240_04 "
            "第二十四条 「A应当自受理…申请之日起N日内作出（审批）决定」 → none); a point that binds the rules' body to act on "
            "applications is still a task naming none (Round 87's x327_04 form; Round 95's x352_03 第五条, confirmed)")
SENDING = ("a clause whose only act sends, tells or hands something to another names none, in articles too (Round 85's "
           "turned x322_04 第七条; Round 93's x341_04 第十七条; Round 87's x325_02 第十九条); an article whose only acts are "
           "owed sendings is a task naming no unit (Round 83's x313_01 第十一条)")
NOTICE_DUTY = ("a notice of the body's own finding or decision to the party it concerns is a duty, undated (Round 93's "
               "x345_04 第十七条 「处理结果应当及时告知异议申请人」, confirmed; Round 89's turned x331_04 第九条; Round 91's x340_02 "
               "第二十四条) (RULING?: or a step of the decision on the application, no duty)")
RESULTS_DUTY = ("bodies the scheme tasks — project holders, the makers of the city's works — sending the results of the work "
                "the rules give them (reports, data, 备案) have duties (round 48; Round 87's turned x325_02 第十五条 and x328_01 "
                "第十条 备案; Round 91's filings by bodies the scheme tasks, x340_01 第十四条 project holders, confirmed); round 42's "
                "filing is a firm's on its own business (RULING?)")
DEFINED = ("「（以下统称“行政审批部门”）」 (第二条) defines the name for the 行政机关 and the authorised organisations, the classes "
           "of all such bodies, so the defined name is their only name and is kept where it acts (Round 83's governs on x315_02 "
           "第四、五条; Round 87's governs on x323_04 第五条 「（以下统称单位）」)")
LIMITS_NOTE = ("time limits counted from an event (五个工作日内, 两个工作日内, 两个月内) are no targets and date nothing (round 33); "
               "unchecked")


# ---------------------------------------------------------------------------------------------------------
X01 = "x358_01_shi-lvrongju-2014-lvhua-shirong-linye-xingzheng-xuke-chengxu-guiding.txt"
P01 = "上海市绿化市容、林业行政许可程序规定"
N01 = "上海市绿化和市容管理局上海市林业局关于印发《上海市绿化市容、林业行政许可程序规定》的通知"
XZ = "行政审批部门"
SL = "受理机构"
BL = "行政审批部门办理机构"
BL2 = "行政审批部门受理机构"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 9, after the cover's date) or the notice's title (line 1): either (round "
                "45's pair; the scorer's 「plan（notice）」 form); line 5 「状态」 is the site's tag",
     doc_no="沪绿容(2014)373号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局, 上海市林业局 (the notice's title; a joint notice)",
     date="2014-12-17",
     date_note="the notice is dated 2014年12月17日 (line 8), the rules passed 2014年11月24日 (line 7), in force 2015年1月1日 to "
               "2017年12月31日 (第二十四条, a general provision, which repeals the 2010 rules and the 2010 监督检查办法); the site's "
               "发布日期 2015-07-01 is the page's; every time in the rules is a time limit from an event (五个工作日内, 二十日, "
               "十个工作日, 两个工作日内, 两个月内); no task is dated",
     level="the city's greenery and city-appearance bureau and forestry bureau, to the district departments, their own "
           "units and offices: a cover that issues the procedure for administrative permits — the receiving window, "
           "display, applications, receipt, decisions, time limits, notices, the online procedure — and for the checks "
           "after permits (principles, checks, records, the promise-based route, internal checks, accountability, "
           "reporting of results, statistics)",
     source=src("市容绿化与景观", "上海市绿化和市容管理局上海市林业局关于印发《上海市绿化市容、林业行政许可程序规定》的通知.md",
                "https://lhsr.sh.gov.cn/gfxwj/20211104/95b07b8101704dd5a87f5e34d2e9a363.html", 3344),
     style="the notice's title, a site tag 「状态」, the addressee line, one sentence that issues the rules "
           "(「…现印发给你们，请遵照执行。」), the date; then the rules' title and 24 articles 「第N条（heading）」 with the "
           "heading on a line of its own; no 「附件」 line, no numbered lists; one paragraph a line",
     leaf_tasks=19, count_alternatives=[17, 18, 20, 21],
     leaf_tasks_by_section={"cover": 0, "第一、二条": 0, "第三–十四条": 12, "第十五条": 0, "第十六–二十条": 5,
                            "第二十一条": 0, "第二十二、二十三条": 2, "第二十四条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（受理机构）"], [], [XZ], lead_alternatives=[[XZ]],
          **art(X01, ["第三条（受理机构）"]),
          note="「行政审批部门应设立统一受理窗口，承担行政许可的咨询、受理、文书送达等工作，对公示内容进行说明、解释，提供科学、准确的信息。」 — "
               + ARTICLE + " (设立, 承担…工作, 进行说明); " + DEFINED + "; " + ONE_LEAD + "; " + NODATE),
        S(["第四条（监督检查机构）"], [], [XZ], lead_alternatives=[[XZ]], responsible_alternatives=[[]],
          **art(X01, ["第四条（监督检查机构）"]),
          note="「行政审批部门应当按照“管办分离、既受又理”原则，落实行政审批批后监督检查机构，依法开展监督检查并承担相应责任，…」 — "
               "落实…机构 staffs the work and names none by itself (Round 90's governs on the staffing form; Round 93's turned "
               "x343_01 第十九条（三））, but 承担…责任 places the work on its subject (round 30's 「由A承担…责任」; Round 93's "
               "x343_03 一, confirmed outside articles too), a clause of its own, so A is a doer (Round 88: 「A is a doer only by "
               "another rule-2 clause of its own in the item」) (RULING?: or 承担相应责任 only the duty that follows the "
               "checks, the staffing form naming none — none accepted); 「按照…原则」 says the manner; " + DEFINED + "; "
               + ONE_LEAD + "; " + NODATE),
        S(["第六条（许可申请）"], [], [], responsible_alternatives=[[SL]],
          **art(X01, ["第六条（许可申请）"]),
          note="「申请人申请行政许可，可以当面或者通过信函、…等方式提出。 申请人可以委托代理人提出行政许可申请。… 受理机构不得要求申请人提交审批办事指南申请材料目录以外的其他材料。」 — "
               "an applicant's ways and options are the scheme's terms (round 30's applicant; round 49 p46b); a ban on acts "
               "only the rules' own bodies do limits their work, a task naming none (Round 87's x325_02 第二十三条 「…受理机构和"
               "住房保障机构不得向任何单位和个人提供申请人相关信息」, confirmed; Round 83's x314_10 四/(四)); 受理机构 is the window "
               "第三条 has the department set up, a role word pointing back that adds no unit (Round 87's x323_02 第二十一条; "
               "Round 93's x341_03 第七条) — the role word accepted; " + NONE + "; " + NODATE),
        S(["第七条（收件与受理）"], [], [], responsible_alternatives=[[SL]],
          **art(X01, ["第七条（收件与受理）"]),
          note="「受理机构收到申请材料后，应当出具行政许可申请材料收件凭证。在出具收件凭证之日起五个工作日内，作出受理或不予受理的决定。 申请材料不齐全…的，受理机构应在五个工作日内一次告知需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理。」 — "
               + DECISION + "; the notice of what is lacking a duty (below); " + LIMITS_NOTE + "; " + NONE + "; " + NODATE),
        S(["第九条（审查和决定）"], [], [], [(2, "名")], responsible_alternatives=[[BL, XZ]],
          **art(X01, ["第九条（审查和决定）"]),
          note="「行政许可审查过程中，行政审批部门办理机构需要对申请材料的实质内容进行现场核实的，应当指派两名以上工作人员进行。 行政许可申请符合法定条件、标准的，行政审批部门应当依法作出准予行政许可的书面决定；…应当说明理由。 …应当加盖本部门印章。」 — "
               + DECISION + " (an on-site check of the papers is the review's own step, Round 85's turned x317_03 第九条（一））; "
               "a count of persons the work must have joined to 以上 is a floor, a target (Round 91's x340_01 第十条 「三名及以上专家」, "
               "confirmed; round 30's line), 两 read as 2; " + NONE + "; " + NODATE),
        S(["第十一条（告知和公布）"], [], [XZ], lead_alternatives=[[XZ]], responsible_alternatives=[[]],
          **art(X01, ["第十一条（告知和公布）"]),
          note="「除当场作出行政许可决定外，行政审批部门应当在作出行政许可决定或者收到上级行政审批部门作出的行政许可决定书之日起两个工作日内告知申请人。 行政审批部门应当依法及时将准予行政许可决定在上海市绿化市容网或者本部门网站上公开。」 — "
               "the notice to the applicant is a sending, naming none (" + SENDING + "), and a duty (below); publishing the "
               "body's own decisions is its own act (Round 91's x337_01 第九条; Round 93's x341_03 第十二条; Round 95's x352_02 "
               "第十条 「由A统一对外发布」, confirmed), " + ARTICLE + " — none accepted (公开 read as disclosure only); the "
               "publication is no duty (disclosure, Round 89's x329_03 第三十二条); " + LIMITS_NOTE + "; " + ONE_LEAD + "; " + NODATE),
        S(["第十二条（告示制度）"], [], [], responsible_alternatives=[[XZ]],
          **art(X01, ["第十二条（告示制度）"]),
          note="「行政审批部门在对需要向社会公示的事项做出准予行政许可决定时，应当书面告知被许可人在实施准予行政许可事项时应向社会公示，并提供行政许可告示牌样本。」 — "
               "telling the permit holder, and handing it the sample board, are sendings (" + SENDING + "; Round 85's x322_04 "
               "第十六条 「…应当向…提供《…手册》」 none, confirmed), the decision inside 在…时 a time clause; the notice a duty (below); "
               "the permit holder's own display is its step (round 30's applicant); " + NONE + "; " + NODATE),
        S(["第十三条（文书格式）"], [], [XZ], lead_alternatives=[[XZ]], responsible_alternatives=[[]],
          **art(X01, ["第十三条（文书格式）"]),
          note="「行政审批部门在实施行政许可及其监督检查时，应当使用市绿化市容、林业管理部门制作行政许可文书样式。」 — "
               + ARTICLE + " (使用 the forms in its own permits and checks); 市绿化市容、林业管理部门 stands inside the noun's "
               "description 「…制作（的）…文书样式」, no doer (round 30: 「经A认定的企业」) (RULING?: or a manner the work keeps, "
               "text with no act of its own — Round 88's x290_01, Round 91's x339_01 第五条 — or a limit on how the work is "
               "done naming none, Round 93's x345_01 第二十三条 「…应当使用…提供的…成果」 with no subject printed — none "
               "accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第十四条（网上审批）"], [], [], responsible_alternatives=[[XZ]],
          **art(X01, ["第十四条（网上审批）"]),
          note="「本市绿化市容、林业行政许可事项实行网上审批，使用电子印章。 通过 “上海市绿化和市容行政审批系统”进行审批的，按照网上行政许可程序、文书格式实施。通过其他网上平台审批的，应当符合本规定。」 — "
               "acts with no subject (审批, 使用电子印章, 实施) are the rules' own bodies' work, a task naming none (round 65's "
               "x274_01; Round 93's x345_04 第十四条 「本市探索利用…平台开展…」; Round 95's x352_01 第十九条 「本市户外招牌管理依托…平台…」, "
               "confirmed) (RULING?: or 「…事项实行网上审批」 a statement of the scheme, as 「本市实行…制度」 only introduces a system — "
               "Round 93's x346_01 第六条 — text, 18 accepted); the third sentence keeps to the rules, text (Round 86's (b)); "
               + NONE + "; " + NODATE),
        S(["第十六条（监督检查要求）"], [], [XZ], [(2, "名")], lead_alternatives=[[XZ]],
          **art(X01, ["第十六条（监督检查要求）"]),
          note="「行政审批部门实施实地检查、抽样检查检验检测等现场监督检查，应当委派两名以上工作人员进行，并出示合法、有效证件。工作人员应当遵守…规章制度，… 行政审批监督检查的内容和具体方式根据相关规定执行。」 — "
               "the subject of 实施 is a doer (rule 2), and the checks after a permit are the body's own work, no review of an "
               "application (Round 89's x334_01 第十二条); 委派…工作人员 staffs the work and the staff's conduct is the body's own "
               "(Round 89's x333_01 承办人员), persons no units (round 30); 两名以上 a floor, a target (Round 91's x340_01 第十条); "
               "the second paragraph keeps to other texts, text (Round 86's (b)); " + ONE_LEAD + "; " + NODATE),
        S(["第十七条（监督检查记录）"], [], [XZ], lead_alternatives=[[XZ]],
          **art(X01, ["第十七条（监督检查记录）"]),
          note="「行政审批部门应当按照法定权限对准予被许可人实施的行政许可事项进行监督检查，如实记录监督检查的情况和处理结果，经检查人员签字后，归档供公众查阅。」 — "
               + ARTICLE + " (进行监督检查, 记录, 归档): a check of the permit holders' work after the permit is the body's own "
               "audit (Round 89's x334_01 第十二条; Round 87's x325_01 第二十四条), no review of what a party submits; 供公众查阅 "
               "is disclosure, no duty (Round 89's x329_03 第三十二条); " + ONE_LEAD + "; " + NODATE),
        S(["第十九条（告知承诺检查）"], [], [XZ], lead_alternatives=[[XZ]], responsible_alternatives=[[]],
          **art(X01, ["第十九条（告知承诺检查）"]),
          note="「对采取“告知承诺”方式进行的审批事项，行政审批部门应当在作出准予行政许可的决定后两个月内，对被许可人的承诺内容是否属实进行检查，对被许可人从事行政审批事项的活动加强监督，发现被许可人有违法行为的，应当依法及时作出处理。」 — "
               "the check of what the holder promised is a step of the decision on its application (Round 91's x339_04 第十二条 "
               "「当场作出行政审批决定，并于30个工作日内对承诺内容…进行检查」 → none, confirmed), but the article goes on with the "
               "body's supervision of the holder's activities and its action after a breach, its own enforcement (Round 77's "
               "x299_04 第二十八条; Round 85's x321_03 第六条 监督; Round 93's x346_01 第十六条 加强对…的组织和指导), " + ARTICLE
               + " (RULING?: or the whole article steps of the promise-based decision, none — accepted); " + LIMITS_NOTE + "; "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十二条（监督检查结果通报）"], [], [], responsible_alternatives=[[XZ]],
          **art(X01, ["第二十二条（监督检查结果通报）"]),
          note="「对行政审批部门的监督检查结果，纳入“绩效考核”、政风行风测评内容，对行政审批部门违反有关规定实施的行政许可，视具体情况在行业内进行通报，或者向所在区县人民政府、上级行政机关进行通报。」 — "
               "acts with no subject (纳入, 进行通报) are the rules' own bodies' work, a task naming none (round 65's x274_01; "
               "Round 91's x340_01 第三十二、三十四条 「通报」, confirmed); 行政审批部门 is the object checked, no doer; the report of "
               "the results to the governments a duty (below); " + NONE + "; " + NODATE),
        S(["第二十三条（统计和归档）"], [], [XZ], lead_alternatives=[[XZ]],
          **art(X01, ["第二十三条（统计和归档）"]),
          note="「行政审批部门应当做好相关行政许可数据、材料的统计工作，并根据档案管理的有关规定，将行政许可有关资料予以立卷、归档。」 — "
               + ARTICLE + " (做好 in articles included: Round 83's x311_03 第四条; 立卷、归档 its own acts); no receiver, no "
               "sending, no duty; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "申请材料不齐全或者不符合法定形式的，受理机构应在五个工作日内一次告知需要补正的全部内容", "when": None,
              "when_norm": None, "note": "第七条 — " + NOTICE_DUTY + "; 五个工作日内 a time limit from an event, undated"},
             {"what": "经行政审批部门负责人批准，可以延长十个工作日，受理机构应当将延长期限的理由告知申请人", "when": None,
              "when_norm": None, "note": "第十条 (second paragraph) — " + NOTICE_DUTY},
             {"what": "听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审…所需时间不计算在规定的办理期限内。受理机构应当将所需时间书面告知申请人",
              "when": None, "when_norm": None,
              "note": "第十条 (third paragraph) — " + NOTICE_DUTY + "; a notice of another matter than the second paragraph's, "
                      "kept apart (round 41 joins reports of the same work only)"},
             {"what": "行政审批部门应当在作出行政许可决定或者收到上级行政审批部门作出的行政许可决定书之日起两个工作日内告知申请人",
              "when": None, "when_norm": None, "note": "第十一条 — " + NOTICE_DUTY + "; 两个工作日内 a time limit, undated"},
             {"what": "行政审批部门…做出准予行政许可决定时，应当书面告知被许可人在实施准予行政许可事项时应向社会公示，并提供行政许可告示牌样本",
              "when": None, "when_norm": None, "note": "第十二条 — " + NOTICE_DUTY},
             {"what": "对行政审批部门违反有关规定实施的行政许可，视具体情况在行业内进行通报，或者向所在区县人民政府、上级行政机关进行通报",
              "when": None, "when_norm": None,
              "note": "第二十二条 — a report of the breaches the checks find, to the bodies that act on them, is a duty, undated "
                      "(Round 83's x316_01 一; round 44; Round 91's x340_02 第二十四条 「评议结果书面通知被评议单位」); 视具体情况…或者 "
                      "chooses the receiver, not whether to send (RULING?: or an option between ways, round 49's 可, no duty; "
                      "the 行业内 通报 a disclosure)"}],
     notes=["counting (leaf tasks; the cover prints no task of its own — 「…现印发给你们，请遵照执行」 — and the rules follow "
            "it with no 附件 line: the forwarded document's articles are the tasks, round 30's forwarding notice): 第一条 purpose, "
            "第二条 scope with the definition of 行政审批部门, 第二十四条 entry into force and repeal — general provisions (round 30); "
            "第十五条 「…应当遵循…的原则，坚持…相结合」 a principle naming no act (round 68; p51e) — no task; 第二十一条 the discipline of "
            "the rules' own permit staff (「行政审批受理、办理机构和相关责任人违反本规定…的，纪检监察、组织人事和政策法规等机构会同相关处（科）室（单位）…"
            "做好监督检查问责工作。由纪检监察机构责令其限期改正；…依照法纪追究责任」) — the standard liability clause, a general provision "
            "whatever agent it names (Round 91's x340_04 第七十九条, confirmed) (RULING?: or an accountability system of the "
            "bodies' own, a task, Round 93's x345_02 第十五条 — 20 accepted); 第三–十四、十六–二十、二十二、二十三条 one each → "
            "**19**. Accepted: 18 (第十四条 text, or 第六条 no task — its ban read as the scheme's terms), 17 (both), 20 "
            "(第二十一条 or 第十五条 a task), 21 (both)",
            "units: 行政审批部门 the defined name where it acts (round 43; Round 83's governs on x315_02); 受理机构 and 办理机构 are "
            "the department's window and desk 第三条 sets up, role words pointing back (Round 87's x323_02 第二十一条) — they act "
            "only in decisions on applications and in sendings, which name none anyway; not sampled: 第五条 [行政审批部门] "
            "(公示, its own act, round 44), 第八条 none (decisions on applications, the 签收 of papers a step of them), 第十条 none "
            "(time limits of decisions; the notices sendings), 第十八条 [行政审批部门] (作出处理决定 after a breach, Round 77's x299_04 "
            "第二十八条), 第二十条 [行政审批部门] (建立健全…制度, 进行监督检查 of its own staff, round 44)",
            "dates: no task is dated (see date_note)",
            "figures: targets 2 名 (第九条, 第十六条: 两名以上工作人员); 五个工作日内, 二十日, 十个工作日, 两个工作日内, 两个月内 time limits "
            "(round 33), unchecked; 第十条's 「可以延长十个工作日」 an option's period, unchecked",
            "duties: six, all undated — the notices to applicants and permit holders (第七条, 第十条 ×2, 第十一条, 第十二条) and "
            "第二十二条's report of the checks' results; not duties: 第五条's 公示, 第十一条's 公开, 第十七条's 供公众查阅 (disclosure: "
            "Round 89's x329_03 第三十二条), 第七条's 收件凭证 (a receipt handed over at once, a step of receiving)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x358_02_shi-lvrongju-2012-shiji-chengshi-weihu-xiangmu-guanli-zanxing-banfa.txt"
P02 = "本市绿化市容行业市级城市维护项目管理暂行办法"
N02 = "上海市绿化和市容管理局关于印发《本市绿化市容行业市级城市维护项目管理暂行办法》的通知"
GH = "局规划发展处"
CW = "局财务管理处"
YW = "局相关业务处室"
JW = "市建设交通委"
XMDW = "项目单位"
SSDW = "项目实施单位"
SJ = "市绿化市容局"
A10 = "第十条（项目审批权限）"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 9, after 「附：…」 and the date) or the notice's title (line 1): either "
                "(round 45's pair; the scorer's 「plan（notice）」 form)",
     doc_no="沪绿容(2012)316号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (the notice's title; 「我局」 in the cover)",
     date="2012-10-11",
     date_note="the notice is dated 2012年10月11日 (line 8; the site's 发布日期 2012-10-10 is the page's); the rules are in "
               "force on publication (第二十五条, a general provision); 「每年8月左右」 (第七条) and 「每月25日」 (第十五条) are "
               "recurring dates, no deadlines (round 34); 「于2个月内」 (第十七条) a time limit from an event; no task is dated",
     level="the city's greenery and city-appearance bureau, to its own directly affiliated units: a cover that issues "
           "its interim rules on the city-funded maintenance projects of the trade (25 articles in 9 chapters): classes "
           "of project, the bureau's divisions' duties, the project reserve and the yearly plans, preparatory work, "
           "approval by size, emergency projects, procurement, quality supervision, monthly reports, changes, audit and "
           "final accounts, acceptance, archives, funds, financial supervision and sanctions",
     source=src("市容绿化与景观", "上海市绿化和市容管理局关于印发《本市绿化市容行业市级城市维护项目管理暂行办法》的通知.md",
                "https://lhsr.sh.gov.cn/zcfg/20121010/0039-B1308966-D0A5-4235-B55C-7B5D1BCA8C27.html", 4933),
     style="a short cover (title, the addressee line 「局各直属单位：」, one paragraph that issues the rules, 「附：《…》」, the "
           "date), then the rules' title and 25 articles 「第N条（heading）」 under nine chapter lines 「第N章  …」 (some with "
           "two spaces), the heading on a line of its own (several with a space before the bracket: 「第十一条 （项目审批）」, "
           "「第十二条（ 应急项目）」); lists （一）–（四） of classes (第三条, a definition) and （一）–（三） of approval by class "
           "(第十条) with a closing paragraph; 「第二十五条（实行日期）」 ends with no full stop",
     leaf_tasks=19, count_alternatives=[17, 18, 20, 21],
     leaf_tasks_by_section={"cover": 0, "第一–四条": 0, "第五–九条": 5, "第十条": 3, "第十一–十九条": 9,
                            "第二十、二十一条": 0, "第二十二、二十三条": 2, "第二十四、二十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第五条（管理部门和职责）"], [], [GH, CW, YW],
          **art(X02, ["第五条（管理部门和职责）"]),
          note="「局规划发展处负责项目的立项审批和报批、…组织项目竣工验收；局财务管理处负责资金审核、拨付、…；局相关业务处室负责项目的立项等前期指导和实施过程监管。」 — "
               "a duties article of clauses each opening with a body is one task naming every body it gives work, in printed "
               "order, each once (Round 82's p60c-1; Round 87's x327_02 二, confirmed); 负责 rule 2's, 「A负责…指导」 is 「A负责…」 "
               "(round 30); a division of the bureau is a body (Round 93's x345_02 第四条 「…团队」), 局相关业务处室 a kind kept as "
               "printed (round 30); " + NOLEAD + "; " + NODATE),
        S(["第六条（前期要求）"], [], [XMDW], lead_alternatives=[[XMDW]],
          responsible_alternatives=[[XMDW, GH], [XMDW, GH, "局"]],
          **art(X02, ["第六条（前期要求）"]),
          note="「绿化市容城市维护项目中工程类项目应当符合…规划。 项目单位要按照相关规划和单位情况，将近年需实施的工程类和整治类项目按要求编入项目储备库，并按需求提出前期研究经费申请报局，局规划发展处审核汇总，报建交委批复后，由局下达至有关单位，项目单位也可利用自筹资金编制…报局，…」 — "
               + ARTICLE + " (编入项目储备库, the units being the bodies the rules task, not outside applicants); the request for "
               "study funds is an application (round 30), and the division's 审核汇总 before the commission's 批复 a step of that "
               "decision, a proposal sent up (Round 89's x334_04 第四条; Round 85's x321_02) — the division accepted (汇总 as its "
               "own act, Round 89's x331_01 四/（二））; 由局下达 hands the approval down, a sending (Round 89's x331_01 三/（二））; "
               "也可 an option (round 49 p46b); the first paragraph a state, text (Round 87's governs on x328_03); " + ONE_LEAD
               + "; " + NODATE),
        S(["第七条（计划上报）"], [], ["局属各单位"], lead_alternatives=[["局属各单位"]],
          responsible_alternatives=[[], ["局属各单位", GH]],
          **art(X02, ["第七条（计划上报）"]),
          note="「局属各单位应当依据…实际情况，先将项目纳入城市维护项目储备库，于每年8月左右将当年调整计划和下一年度计划上报市绿化市容局（…）。局规划发展处根据…，在会相关处室审核和综合平衡的基础上，将调整计划和下一年度计划报市建设交通委，…原则上不列入次年城维计划。」 — "
               + ARTICLE + " (纳入储备库); a group named by a kind 局属 is no bare call (round 30's 「各区要落实…」) (RULING?: or "
               "局属各单位 calls back the notice's whole addressee line 「局各直属单位：」, a call naming none — Round 89's governs "
               "on x330_02; Round 91's governs on x336_02 — none accepted); the division's 报市建设交通委 is a sending for the "
               "commission's decision (Round 89's x329_04 第九条), naming none, its 审核和综合平衡 inside 在…基础上 — the division "
               "accepted; the units' yearly sending a duty (below); " + ONE_LEAD + "; " + NODATE),
        S(["第八条（计划下达）"], [], [GH], lead_alternatives=[[GH]],
          **art(X02, ["第八条（计划下达）"]),
          note="「市财政局批准市城市维护支出预算和市建设交通委下达市级城维计划或调整计划后，局规划发展处负责向各单位下达年度绿化市容城维计划或调整计划。」 — "
               "a sending placed by 负责 names its subject (Round 83's governs on x311_04 第十一条 「A负责将…通报B」; Round 91's "
               "governs on x337_03 八、（三））; the 后 clause is the time the work follows, its bodies' approvals steps outside the "
               "article's work (rule 3: a case; Round 77's x299_01 第十条); the plan handed down a duty (below); " + ONE_LEAD + "; "
               + NODATE),
        S(["第九条（前期工作内容）"], [], [],
          **art(X02, ["第九条（前期工作内容）"]),
          note="「工程类和整治项目前期工作按投资额大小，分别编制项目工程可行性研究报告、初步设计或实施方案。…编制单位必须是有相应资质的单位，… 项目单位可按需求申请前期工作经费，… 原则上，开展前期工作的…项目应是已编入项目储备库的项目。」 — "
               "the drafting with no subject is the rules' own work, a task naming none (round 65's x274_01; Round 87's x325_03 "
               "三、); what a drafter must hold is a term (Round 87's x327_02 五), 可…申请 an applicant's option (round 49 p46b), "
               "the last paragraph a state (Round 91's x337_03 二) (RULING?: or the article the scheme's terms of a project's "
               "papers, text — Round 83's x315_04 — 18 accepted); " + NONE + "; " + NODATE),
        S([A10, "（一）"], [], [JW], lead_alternatives=[[JW]], responsible_alternatives=[[]],
          not_targets=[(500, "万元"), (200, "万元")],
          **art(X02, [A10, "（一）"]),
          note="「（一）工程类。总投资500万元以上项目，分别编制工程可行性研究报告和初步设计，报局审核后由市建设交通委实行二阶段审批；总投资500万元以下200万元以上项目，…经局审核后，报市建设交通委实行一阶段审批；总投资200万元及以下项目，…报市绿化市容局审批。」 — "
               "each line names the procedure's acts for its class of project (编制, 审核, 审批), so the lines are items, read "
               "by their words (Round 77's x299_01 第六条; Round 95's x351_04 清单 lines, confirmed; Round 87's governs on x328_03), "
               "not a list that only classes cases (Round 78's (b)) (RULING?, with the count); the drafting has no subject "
               "(round 65's x274_01); 由市建设交通委实行二阶段审批 approves the scheme's own works, handed up by the scheme's own "
               "bodies, work placed by 由 (Round 93's turned x345_01 第二十条 「由市规划资源部门对成果进行最终验收」) (RULING?: or "
               "a decision on a submission, 由 before the approver changing nothing — Round 85's turned x317_03 第九条（一）; "
               "Round 94's turned x240_04 — none accepted); 报局审核, 报市建设交通委实行一阶段审批 and 报市绿化市容局审批 name "
               "receivers (rule 3; Round 77's x299_01 第十条 「由A报B批准」); the sums stand inside the nouns that name the "
               "classes of project, 「总投资500万元以上项目」 (round 38; Round 84's p61e-2 「总投资500万元以上的项目」 a class; round "
               "58) — not_targets; " + ONE_LEAD + "; " + NODATE),
        S([A10, "（二）"], [], [], not_targets=[(200, "万元")], responsible_alternatives=[[JW]],
          **art(X02, [A10, "（二）"]),
          note="「（二）整治类。总投资200万元以上项目，按照编制的设计文件或实施方案，报市建设交通委实行一阶段审批；总投资200万元及以下项目，…报市绿化市容局审批。其中因公共利益或保障全市性大型活动而进行的大规模、集中性整治项目，应报市政府批准总体实施方案。」 — "
               "as （一）, an item; here every approver stands after 报, a receiver (rule 3; Round 77's x299_01 第十条), and no "
               "由 places the approval: " + NONE + "; 200 万元 inside the noun naming the class, not_target (round 38; Round 84's "
               "p61e-2); " + NODATE),
        S(["第十一条 （项目审批）"], [], [GH], lead_alternatives=[[GH]], responsible_alternatives=[[]],
          **art(X02, ["第十一条 （项目审批）"]),
          note="「局自行审批的项目，项目实施主体单位将…实施方案报局，局规划发展处负责征询局相关业务处室对项目必要性和可行性的书面意见，同时按项目类别，组织相关专家、有关处室对…进行评审，局规划发展处将根据评审意见进行项目批复。 必要时，也可委托有项目评审资质的工程咨询机构进行评审。」 — "
               "a review placed by 负责 or 组织＋verb names its body (Round 85's x317_03 limit; Round 88's confirmed x325_02 第四条; "
               "Round 81's x309_02 第十二条); the project unit's sending is a step of its own approval (Round 85's x322_04 第九条); "
               "those consulted receivers (rule 3); 必要时也可委托 an option (round 49 p46b) — none accepted (the review rule); "
               + ONE_LEAD + "; " + NODATE),
        S(["第十三条（采购、招标）"], [], ["实施单位"], lead_alternatives=[["实施单位"]],
          responsible_alternatives=[["实施单位", "各项目实施单位"], ["绿化市容行业城市维护项目的实施单位"]],
          **art(X02, ["第十三条（采购、招标）"]),
          note="「绿化市容行业城市维护项目的实施单位应当按照…规定及…目录对工程、服务、设备等进行集中或分散采购。自筹资金项目参照上述规定办理相关手续。 各项目实施单位在集中或分散采购时，应将招标文件送局征询意见。」 — "
               "the 的-rule gives the head 实施单位, a kind (rounds 32, 38), " + ARTICLE + " (进行…采购); the second paragraph's only "
               "act sends the tender papers for the bureau's opinion, naming none (" + SENDING + "), and no duty (a sending for "
               "the receiver's view of the tender is a step of it, Round 89's x329_04 第九条); " + ONE_LEAD + "; " + NODATE),
        S(["第十四条（质量监督管理）"], [], ["专业质量、安全监督机构"], lead_alternatives=[["专业质量、安全监督机构"]],
          responsible_alternatives=[[SSDW, "专业质量、安全监督机构"], []],
          **art(X02, ["第十四条（质量监督管理）"]),
          note="「…工程类项目实行全过程质量、安全监督管理制度，由项目实施单位提出质量、安全监督申请，专业质量、安全监督机构实施质量监督。同时通过规定程序，选择工程监理单位对项目进行施工监理。整治类项目可参照执行。 建设项目质量必须达到国家和本市规定的质量要求。」 — "
               "the subject of 实施 is a doer (rule 2); 由项目实施单位提出…申请 names an applicant, no unit (round 30: 「由建设单位申报」); "
               "fields before one head are one name as printed (round 31); the 选择 with no subject carries the subject before it "
               "(rounds 34, 49 p46d), adding none; 可参照 an option; the quality a state (Round 86's (b)); " + ONE_LEAD + "; " + NODATE),
        S(["第十五条 （过程管理）"], [], [], responsible_alternatives=[["工程类和整治类项目", "维护类项目"]],
          **art(X02, ["第十五条 （过程管理）"]),
          note="「建立绿化市容城市维护项目实施情况反馈制度，对实施项目进行全过程跟踪管理。 工程类和整治类项目每月25日向局规划发展处报送建设进度月报表，… 维护类项目应每月25日前将资金到位和使用情况报局规划发展处。」 — "
               "建立 and 进行…跟踪管理 with no subject are the rules' own work, a task naming none (round 65's x274_01); the monthly "
               "reports are sendings, naming none (" + SENDING + "), and duties (below); a project named as the sender stands for "
               "its unit (Round 85's decided facility form) but sends only; 每月25日 a recurring date, no deadline (round 34); "
               + NONE + "; " + NODATE),
        S(["第十七条（审计、决算）"], [], [SSDW, "局", "实施单位", "局财务处", "局监察室"],
          responsible_alternatives=[[SSDW, "实施单位", "局财务处", "局监察室"], [SSDW, "局财务处", "局监察室"],
                                    [SSDW, "局", "局财务处", "局监察室"]],
          **art(X02, ["第十七条（审计、决算）"]),
          note="「…项目实施单位应当于2个月内完成审价，并向局提出审计要求，局汇总并报市建设交通委，经市建设交通委委派的审计单位审计后，实施单位按…要求编制竣工决算、竣工材料，提交竣工报告报局，…各单位自筹资金的项目，竣工决算由局财务处负责审批。审批文件抄送市有关部门。 各单位自筹资金项目的审计单位由局监察室按规定委派。 日常维护类项目应按预算管理规定，编制财务决算。」 — "
               + ARTICLE + " (完成审价, 编制竣工决算); 汇总 is the bureau's own act (Round 89's x331_01 四/（二） 「…汇总后报…」, "
               "confirmed) (RULING?: or 汇总并报 a sending only, naming none — the list without 局 accepted), 「局」 the issuer "
               "speaking of itself, as printed (round 30's 「本局」); a review placed by 负责 names its body (Round 88's x325_02 "
               "第四条), 由A委派 a verb of doing with 由A (rule 2); one body printed two ways, 项目实施单位 and 实施单位, each as "
               "printed (Round 94's confirmed 「项目建设单位／建设单位」; Round 95's turned x349_02) — the list naming it once "
               "accepted; 经…审计单位审计 a step outside (rule 3's 经A); the completion report and the copies of the approval "
               "duties (below); 于2个月内 a time limit (round 33), unchecked; " + NOLEAD + "; " + NODATE),
        S(["第十八条（竣工验收）"], [], [GH], lead_alternatives=[[GH]],
          responsible_alternatives=[[GH, JW, SSDW], [GH, SSDW], [GH, JW]],
          **art(X02, ["第十八条（竣工验收）"]),
          note="「工程类项目在…竣工决算批准后，项目实施单位提出项目竣工验收申请，局规划发展处按照…组织竣工验收。重大城市维护项目，由局报市建设交通委组织竣工验收。 整治类项目参照执行。 非局审批的自筹资金项目，由项目实施单位按上述规定自行组织竣工验收，并将验收报告报局备案。」 — "
               "组织＋verb names its subject (rule 2); the two clauses that pick a kind of project 「重大城市维护项目，由A…」「非局审批的"
               "自筹资金项目，由A…」 stand beside the article's own clause with its own doer, so they are cases of that work and "
               "add none (Round 79's governs on w58a-1, confirmed by Round 94 on x343_03 三/（三）) (RULING?: or each 由A组织 a "
               "clause of its own naming its body, as 「提交A组织专家论证」 names A — Round 85's x322_04 第九条, Round 87's x327_02 "
               "三、（二） — the three bodies accepted); the unit's request an application (round 30); the acceptance report a "
               "duty (below); " + ONE_LEAD + "; " + NODATE),
        S(["第十九条 （档案管理）"], [], ["工程项目实施单位", "局办公室"],
          responsible_alternatives=[["工程项目实施单位", SSDW, "局办公室"]],
          **art(X02, ["第十九条 （档案管理）"]),
          note="「工程项目实施单位负责建设项目档案的收集、整理、归档工作。项目竣工决算审批后，项目实施单位应将符合要求的建设项目档案送局备案。 局办公室负责做好档案管理的指导和监督检查工作。 …参照执行。」 — "
               "负责 rule 2's, 「A负责…指导」 is 「A负责…」 (round 30); the sending of the archives names none (" + SENDING + ") "
               "and is a duty (below) — the unit printed a second time 项目实施单位 only sends, adding no name (the list with it "
               "accepted); " + NOLEAD + "; " + NODATE),
        S(["第二十三条 （责任追究）"], [], [SJ], lead_alternatives=[[SJ]],
          **art(X02, ["第二十三条 （责任追究）"]),
          note="「因项目实施单位工作不力导致工程、工作质量、进度及投资控制等方面出现问题的，市绿化市容局将根据情节轻重采取责令限期整改、通报批评、暂缓拨付资金、追究有关人员的责任等处罚。 情节严重的，依法追究行政、法律责任。」 — "
               "the rules' own body acting on the failings of the units the rules task is its enforcement, a doer (Round 77's "
               "x299_04 第二十八条; Round 91's x340_01 第三十二、三十四条 sanctions the bureau applies, confirmed), not the standard "
               "liability clause on the rules' own officials (Round 91's x340_04 第七十九条); the second paragraph a consequence "
               "pointing to the law with no agent (Round 87's turned x325_01 第二十五条); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "局属各单位…于每年8月左右将当年调整计划和下一年度计划上报市绿化市容局", "when": "每年8月左右", "when_norm": "yearly",
              "note": "第七条 — the units sending the bureau their own yearly plans of work is a duty (round 48; Round 91's governs "
                      "on x335_02 第十三条; Round 95's x349_02 六、（四）, a dated yearly sending with a request, confirmed), its "
                      "sentence asking no 审核 of the receiver; 「具体时间，当年另行通知」 leaves the day open, 8月 read as the month "
                      "(RULING?: or a sending for the division's 审核和综合平衡, a step of the decision, Round 89's x329_04 第九条 — "
                      "no duty)"},
             {"what": "局规划发展处负责向各单位下达年度绿化市容城维计划或调整计划", "when": None, "when_norm": None,
              "note": "第八条 — a notice of the approved plans to the bodies that carry them out is a duty, undated (Round 95's "
                      "turned x347_04 第五条（三） 「将审定的设置方案书面通知…」; Round 89's turned x331_04 第九条) (RULING?: or the "
                      "article's own work, no separate duty)"},
             {"what": "50万元以下的项目，由各单位自行组织评审。评审结果报局备案", "when": None, "when_norm": None,
              "note": "第十条 (closing paragraph) — " + RESULTS_DUTY},
             {"what": "自筹资金的日常维护类项目，实施单位需将实施方案报局备案", "when": None, "when_norm": None,
              "note": "第十条 (closing paragraph) — a filing for record asks no 批准 of the receiver (Round 87's turned x328_04 "
                      "四、（二） 报B后实施; x328_01 第十条 签订经营合同并报…备案 → an undated duty); " + RESULTS_DUTY},
             {"what": "工程类和整治类项目每月25日向局规划发展处报送建设进度月报表", "when": "每月25日", "when_norm": "monthly",
              "note": "第十五条 — " + RESULTS_DUTY + "; a monthly rhythm (Round 83's x314_02, confirmed)"},
             {"what": "维护类项目应每月25日前将资金到位和使用情况报局规划发展处", "when": "每月25日前", "when_norm": "monthly",
              "note": "第十五条 — another report of other projects, kept apart (round 41 joins reports of the same work only); "
                      "a monthly duty by the 25th"},
             {"what": "实施单位按建设项目有关要求编制竣工决算、竣工材料，提交竣工报告报局", "when": None, "when_norm": None,
              "note": "第十七条 — " + RESULTS_DUTY},
             {"what": "竣工决算由局财务处负责审批。审批文件抄送市有关部门", "when": None, "when_norm": None,
              "note": "第十七条 — copies of the body's own decision sent to the bodies concerned are a duty, undated (Round 94's "
                      "turned x240_04: 「…抄送市地名办备案」 the plan's undated duty)"},
             {"what": "非局审批的自筹资金项目，由项目实施单位…自行组织竣工验收，并将验收报告报局备案", "when": None, "when_norm": None,
              "note": "第十八条 — " + RESULTS_DUTY},
             {"what": "项目竣工决算审批后，项目实施单位应将符合要求的建设项目档案送局备案", "when": None, "when_norm": None,
              "note": "第十九条 — " + RESULTS_DUTY},
             {"what": "财务监理合同签订后，将合同附本和中标通知送局财务处备案", "when": None, "when_norm": None,
              "note": "第二十二条 — the unit's contract filed for record (Round 87's turned x328_01 第十条, an undated duty); its "
                      "sender carried from the sentence before (项目实施单位, rounds 34, 49 p46d)"}],
     notes=["counting (leaf tasks; the cover prints no task of its own — 「…现印发给你们，请按照执行」 — and the rules after its "
            "「附：《…》」 line are the plan, Round 93's x341_01 and x346_02, Round 95's x352_02): 第一条 purpose, 第二条 scope, "
            "第三条 definitions of the four classes (its （一）–（四） define, no act), 第二十四条 the interpreting body, 第二十五条 "
            "entry into force — general provisions (round 30); 第四条 「…项目实行项目法人责任制，实施项目立项、…全过程管理和…反馈等」 a "
            "statement of the scheme the later chapters set out, as 「本市实行…制度」 only introduces a system (Round 93's x346_01 第六条; "
            "Round 95's x352_01 第十九条) — no task (RULING?: or acts with no subject, round 65's x274_01, a task naming none — "
            "20 accepted); 第二十条 (the funds' budgeting, 专款专用 and bans on their misuse) and 第二十一条 (requests for money "
            "and payment) — articles whose only acts move money are the scheme's terms (Round 83's x311_01 第七条; Round 93's "
            "x345_02 第七条; Round 89's x329_02 第七条) — no tasks (RULING?: or 第二十条's bans limits on the units' own work, a "
            "task naming none, Round 87's x327_01 第七条 — 20 and 21 accepted); 第十条 3: its （一）（二） items (each line the "
            "procedure of one class), （三） 「…直接编制项目年度预算…」 the budgeting of upkeep, the scheme's money terms (Round 93's "
            "x345_02 第七条), text, and its closing paragraph 「自筹资金超过50万元的…由局组织审批，50万元以下的项目，由各单位自行组织评审。…」 "
            "one more task (Round 86's governs: a paragraph after an article's items that gives work; [局, 各单位] by 由A组织, "
            "not sampled) (RULING?: or the three lines a list of classes with the article one task, Round 78's (b) — 17 "
            "accepted; or （三） a line of work — 20); 第十二条 「应急抢险（修）项目履行事后确认程序，…报局初审后，报市建设交通委进行"
            "程序性核准…」 a review the rules bind the bureau to make, a task naming none (Round 87's x325_01 第十六条) — 18 "
            "accepted (an application only, Round 85's x321_02); 第十六条 the units' keeping to the approved budget and asking "
            "for changes by the same procedure, a limit on their own work, a task naming none (Round 87's x327_01 第七条); "
            "第二十二条 one task (lead [局财务处] by 会同; 局 by 由A委派; 规划发展处, 监察室 printed before 等有关处室, a call "
            "after 等 — Round 93's turned x343_01 第四条（二）; the 集中采购 case 由项目实施单位办理 a kind of object beside the "
            "article's own doers, adding none — Round 94; not sampled); 第五–九、十一、十三–十九、二十三条 one each → **19** "
            "(5 + 3 + 9 + 2). Accepted: 17, 18, 20, 21 (the readings above)",
            "units: the bureau's divisions by their printed names (局规划发展处, 局财务管理处, 局财务处 — the same division printed "
            "two ways, each where printed, round 43 — 局办公室, 局监察室), 「局」 the bureau speaking of itself (round 30's 本局); "
            "项目单位／项目实施单位／实施单位 as printed (Round 94's confirmed 项目建设单位／建设单位); not sampled: 第十条 closing "
            "paragraph [局, 各单位], 第十二条 none, 第十六条 none, 第二十二条 lead [局财务处], [局, 局财务处, 规划发展处, 监察室]",
            "dates: no task is dated (see date_note)",
            "figures: not_targets 500 万元 and 200 万元 (第十条（一）), 200 万元 (（二）) — sums inside the nouns that name the "
            "classes of project (Round 84's p61e-2; round 38); the closing paragraph's 50 万元 alike (not sampled, unchecked); "
            "「于2个月内」 (第十七条) a time limit (round 33), unchecked; 「每月25日」 recurring dates",
            "duties: eleven — 第七条 yearly, 第十五条 two monthly, and undated: 第八条's plans handed down, 第十条's two filings, "
            "第十七条's completion report and copies of the approval, 第十八条's acceptance report, 第十九条's archives, 第二十二条's "
            "contract; not duties: requests and applications (第六、十二、十七、二十一条's 申请 and 审计要求), the sendings for "
            "another body's approval or opinion (第六、七、十、十二条's 报…批复／审批／核准, 第十三、二十二条's 招标文件送局征询意见, "
            "Round 89's x329_04 第九条), 第十七条's 局汇总并报市建设交通委 (for the commission's audit)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x358_03_shi-lvrongju-2021-lvhua-shirong-linye-gonggong-xinyong-xinxi-xiufu-guanli-banfa.txt"
P03 = "上海市绿化市容（林业）行业公共信用信息修复管理办法（试行）"
N03 = "上海市绿化和市容管理局关于印发《上海市绿化市容（林业）行业公共信用信息修复管理办法（试行）》的通知"
ZR = "责任部门"
ZR_P = "原失信信息提供部门即原具体行政行为作出单位（部门）"
SHJ = "上海市绿化市容局"
SJ3 = "市绿化市容局"
JYZ = "上海市林业病虫防治检疫站"
AZZ = "上海市绿化和市容（林业）工程安全质量监督管理站"
QJ = "各区绿化市容局"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' title as lines 9–11 print it over three lines 「上海市绿化市容（林业）行业」「公共信用信息修复管理办法」「（试行）」 "
                "(a title the page splits over lines is one title: plans-dev EXPECTED.md; Round 87's x326_08), or the notice's "
                "title (line 1): either (the scorer's 「plan（notice）」 form); the 附件 line 6 prints the rules' title whole",
     doc_no="沪绿容(2021)65号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (the notice's title and the front matter)",
     date="2021-02-26",
     date_note="the cover is dated 2021年2月26日 (line 8); the site's 发布日期 2021-03-15 is the page's; the rules are tried "
               "from 2021年3月1日 to 2023年2月28日 (第十一条, a general provision); the waits 满三个月／满六个月 (第四条) count from "
               "the original act and 2个、5个、3个工作日 (第六、七条) are time limits from events; no task is dated",
     level="the city's greenery and city-appearance bureau: a cover with no addressee line that issues its trial rules on "
           "repairing the trade's public credit records (11 articles): what may be repaired, who repairs (the bodies that "
           "made the record), the conditions by gravity, applications and the offline windows, acceptance, decisions, "
           "taking records down, supervision, liability; four forms after the last article (an application, a "
           "promise, the two decisions) and the page's JavaScript",
     source=src("市容绿化与景观", "上海市绿化和市容管理局关于印发《上海市绿化市容（林业）行业公共信用信息修复管理办法（试行）》的通知.md",
                "https://lhsr.sh.gov.cn/zcfg/20210315/66648c7a-d839-4915-9168-6c6db8420832.html", 6760),
     style="the notice's title, one paragraph that issues the rules (「…现将《…》印发给你们，请认真按照执行。」), 「附件：…」, the date; "
           "the rules' title over three lines and 11 articles 「第N条（heading）」 with the heading on a line of its own; a list "
           "（一）–（三） of conditions by gravity with 1.–3. under （三） (第四条), the offline windows' addresses and a list "
           "（一）–（五） of papers (第五条); after 第十一条 the forms 「附件1：」–「附件4：」 (field lines, a promise numbered "
           "一、–五、, two model decisions with blanks 「____」), then the page's JavaScript (stored; kept as stored)",
     leaf_tasks=7, count_alternatives=[6, 8],
     leaf_tasks_by_section={"cover": 0, "第一、二条": 0, "第三–九条": 7, "第十、十一条": 0, "附件1–4 and the script": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（实施主体）"], [], [ZR, SHJ, JYZ, AZZ, QJ],
          responsible_alternatives=[[ZR_P, SHJ, JYZ, AZZ, QJ], [ZR, SHJ, SJ3, JYZ, AZZ, QJ], [ZR, SJ3, JYZ, AZZ, QJ],
                                    [SHJ, JYZ, AZZ, QJ]],
          **art(X03, ["第三条（实施主体）"]),
          note="「…按照“谁产生，谁修复”原则，由原失信信息提供部门即原具体行政行为作出单位（部门）（以下简称责任部门），负责信用信息修复工作。 上海市绿化市容局负责…的组织实施，并对工作开展情况进行监督管理。 市绿化市容局负责…综合受理工作；上海市林业病虫防治检疫站负责…受理工作；上海市绿化和市容（林业）工程安全质量监督管理站负责…受理工作。 各区绿化市容局负责本辖区失信信息信用修复的具体工作，…」 — "
               "an article that divides the work among bodies by 负责 is one task naming every body, in printed order, each once "
               "(Round 82's p60c-1; Round 87's x327_02 二; a 实施主体 heading designates, Round 85's x319_04); 由A负责 rule 2's; "
               "the phrase before 「（以下简称责任部门）」 describes a role and names no body, so the defined name is its only "
               "name (Round 83's governs on x315_02 第四、五条) — the printed phrase accepted; 上海市绿化市容局 printed again as "
               "市绿化市容局 differs by a place only, one name given once (Round 94's confirmed 新区街道办事处／街道办事处) — both "
               "accepted; 「（林业）」 is part of the station's own name, no bracket of another area's body (Round 94: an alias "
               "stays), kept; " + NOLEAD + "; " + NODATE),
        S(["第四条（发布信用修复条件与标准）"], [], [SJ3, "各责任部门"],
          responsible_alternatives=[[SJ3], [SJ3, ZR]], not_targets=[(3, "个月"), (6, "个月")],
          **art(X03, ["第四条（发布信用修复条件与标准）"]),
          note="「…市绿化市容局将定期发布《…修复标准》（…），各责任部门按照《修复标准》开展信用修复工作。 …失信信息修复分别适用以下情形…：（一）…修复申请提起时，应距原行政行为作出之日满三个月。（二）…满六个月。…（三）…在五年查询期限内不可修复：1.…2.…3.… 具体修复条件和标准另行发文。」 — "
               + ARTICLE + " (发布 the bureau's own standard, Round 91's x337_01 第九条 and Round 95's x352_02 第十条; 开展…工作); "
               "（一）–（三） only class the records by gravity and set the conditions an applicant meets, the text of the "
               "article (Round 78's (b); Round 91's x337_01 第六、七条, lines that only class cases), so it is one task; the "
               "waits are figures in lines of a list of cases (Round 93's turned x346_02 第七条（四）; round 31's second "
               "exception) and conditions an applicant meets (round 30's applicant; Round 75's p57f-1) — not_targets (RULING?: "
               "or 满 a floor, round 30's threshold that triggers a step) (五年 a period of the bar, unchecked); "
               "定期 prints no rhythm and publishing is no duty; " + NOLEAD + "; " + NODATE),
        S(["第五条（提出申请）"], [], [], responsible_alternatives=[[ZR]],
          **art(X03, ["第五条（提出申请）"]),
          note="「信用信息主体可选择通过…提出信用修复申请。 向市绿化市容（林业）管理部门线下提交…的办理地点如下：…（addresses） 信用信息主体向…提出修复申请的，由责任部门按照本市公共信用信息修复工作的统一规定执行。 信用信息主体提出信用修复申请的，应当…提交以下材料：（一）…（五）」 — "
               "the applicant's ways and papers are the scheme's terms, no items (Round 83's x315_04; Round 93's x343_01 第六、十六条), "
               "the addresses text; the one clause that binds the rules' body — 由责任部门…执行 the applications the platforms "
               "pass on — is a step of deciding them (" + DECISION + ") (RULING?: or an article of applications only, no task — "
               "Round 85's x321_02 count, 6 accepted; or 由A＋执行 naming 责任部门, rule 2 — accepted); " + NONE + "; " + NODATE),
        S(["第六条（申请受理）"], [], [], responsible_alternatives=[[ZR]],
          **art(X03, ["第六条（申请受理）"]),
          note="「信用信息主体提出修复申请的，责任部门应在2个工作日内审查申请文件的完整性和规范性，并决定是否受理。申请材料不齐全或形式不符合要求的，应一次性告知申请人补正相关材料，补正后符合要求的，予以受理。」 — "
               + DECISION + "; the notice of what is lacking a duty (below); 2个工作日内 a time limit from an event (round 33), "
               "unchecked; " + NONE + "; " + NODATE),
        S(["第七条（修复认定）"], [], [], [(3, "个工作日")], responsible_alternatives=[[ZR]],
          **art(X03, ["第七条（修复认定）"]),
          note="「责任部门应当对申请材料进行核查，自受理之日起5个工作日内作出是否予以修复的决定，并书面告知信用信息主体（附件3、附件4）。情况复杂，…可以适当延长，但是延长期限最多不超过3个工作日。 责任部门在完成审查后，应及时将修复结论反馈市公共信用信息服务中心。」 — "
               + DECISION + "; a quantity joined to 最多／不超过 is a target wherever it stands (round 30's line; Round 83's "
               "x315_03 第七条 「经…批准，可以延长核查期限，最多不得超过30日」 → 30 日, confirmed); 5个工作日内 a time limit (round 33), "
               "unchecked; the notice to the applicant and the feedback to the centre are duties (below); " + NONE + "; " + NODATE),
        S(["第八条（信息处理）"], [], [], responsible_alternatives=[[ZR]],
          **art(X03, ["第八条（信息处理）"]),
          note="「责任部门同意修复的，应撤下绿化市容（林业）相关网站上公示的信息，法律、行政法规以及部门规章另有规定的除外。」 — "
               "taking the record down carries out the body's decision on the application, a step of it, as an entry in the "
               "register after an approval is (Round 87's x327_04 一–四, confirmed: 「…其在不动产登记簿…中注记，a step of it」) "
               "(RULING?: or the body's own act on its own site after its decision, a verb of doing in an article — round 44; "
               "Round 83's x313_02 五、（十一） serving its own decision — [责任部门] accepted); " + NONE + "; " + NODATE),
        S(["第九条（监督考核）"], [], ["市、区绿化市容（林业）部门"], lead_alternatives=[["市、区绿化市容（林业）部门"]],
          responsible_alternatives=[["市、区绿化市容部门"]],
          **art(X03, ["第九条（监督考核）"]),
          note="「市、区绿化市容（林业）部门应当加强对责任部门工作的组织领导，加强失信信息信用修复工作的监督检查，将信用修复的及时性、规范性、准确性等作为监督检查的主要内容。」 — "
               + ARTICLE + " (加强…组织领导, 加强…监督检查: Round 91's x335_01 第二十一条 「加强对…的指导与服务」 and Round 93's "
               "x346_01 第十六条 「加强对…的组织和指导」, confirmed doers); 「市、区X部门」 one name as printed (round 30); 「（林业）」 "
               "names the same bodies' other field, no bracket of another area's body (Round 89's x331_02 rule reaches only "
               "those) — kept, the name without it accepted; 责任部门 the object supervised; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "申请材料不齐全或形式不符合要求的，应一次性告知申请人补正相关材料", "when": None, "when_norm": None,
              "note": "第六条 — " + NOTICE_DUTY},
             {"what": "责任部门应当…作出是否予以修复的决定，并书面告知信用信息主体（附件3、附件4）", "when": None, "when_norm": None,
              "note": "第七条 — " + NOTICE_DUTY + "; 5个工作日内 a time limit from an event, undated"},
             {"what": "责任部门在完成审查后，应及时将修复结论反馈市公共信用信息服务中心", "when": None, "when_norm": None,
              "note": "第七条 — the body's own conclusion sent to the city centre that keeps the records is a duty, undated "
                      "(Round 83's x315_01 第十一条: records sent to the body that uses them; Round 95's turned x352_02 第十条, a "
                      "sending with no time still a duty); 及时 prints no time (Round 79)"}],
     notes=["counting (leaf tasks): the cover prints no task of its own (「…请认真按照执行」), so the rules after its 「附件：」 line "
            "are the plan (Round 93's x346_02 and x341_01, confirmed); they are counted to the rules' own 「附件1：」 line "
            "(plans-dev EXPECTED.md; Round 91's x340_04 附表; Round 93's x341_01 附), so the four forms — the promise's 一、–五、 "
            "included — are no tasks; 第一条 purpose, 第二条 definitions and scope, 第十一条 trial period — general provisions "
            "(round 30); 第十条 「责任部门及其工作人员违反本规定…的，由所在单位和有关部门依法依规追究相关责任」 the standard liability "
            "clause on the rules' own officials, a general provision whatever agent it names (Round 91's x340_04 第七十九条, "
            "confirmed) — no task (8 accepted, read as a task); 第四条 one (its lists classes and conditions, no items); 第五条 "
            "one (its list the papers an application carries, no items; RULING?: 6 accepted); 第三、六–九条 one each → **7**",
            "units: the bodies 第三条 names, 责任部门 the defined role where it acts (round 43); not sampled: none — every "
            "task is sampled",
            "dates: no task is dated (see date_note)",
            "figures: target 3 个工作日 (第七条, 最多不超过); not_targets 3 个月 and 6 个月 (第四条); 五年 (第四条（三）), 2个、5个工作日 "
            "time limits, unchecked; the addresses' numbers (胶州路768号, 1楼, 沪太路1009号, 制造局路130号, 17楼) are addresses, "
            "no targets (EXPECTED.md), unchecked",
            "duties: three, undated — 第六条's notice of what is lacking, 第七条's written decision and its feedback to the centre; "
            "not duties: 第四条's publication of the standard, 第八条's taking down (its own site)",
            "after 第十一条: the forms 「附件1：」–「附件4：」 (field lines, the promise's 一、–五、, the two model decisions with "
            "blanks) and the page's JavaScript (from 「$(document).ready(function() {」 to the end) — none of it tasks; they stay "
            "in the text as stored"])

write_collected(DIR)

# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next364/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 68 (built by helper c364, for round 69): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and the tools'
``locate``); every answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and
the parts of "Round 83 rulings, written early" to its end named in README.md's Exposures) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next364/make_expected.py tests/data/plans-next364
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
          "rebuilt from the tool's answer (its JSON string copied and decoded) and gives exactly the stored character "
          "count, and the wrapper was then cut by a script")


def src(folder, path, url, chars):
    return f"{REPO} @ {C49}, docs/{folder}/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
NOLEAD = "no 牵头 and no 会同: lead []"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, standing as the subject of the article's verb "
           "of doing bound by 应当, is a doer whatever the verb (Round 97's governs on x353_01 第十六条 and its confirmed "
           "x358_01 第十三条)")
CLOSED = ("outside articles rule 2's list is closed (rounds 30, 44; Round 83's x313_02 二、 and x316_01 一): 建立, 维护, 完成, "
          "设置, 安装, 建设, 加强, 核实, 履行 (round 67) are outside it")
NOSUBJ = ("acts with no subject that only the rules' own bodies do are theirs, a task naming none (round 65's x274_01; "
          "Round 97's confirmed x358_01 第十四条 and x353_01 第四条)")
REVIEW = ("a review of a party's application or of what a party hands in, and the decision on it, name none, whoever "
          "stands before it, 由 included (Round 85's turned x317_03 第九条（一）; Round 94's turned x240_04 第二十四条; Round "
          "97's confirmed x355_03 四、 and x357_03 五、（一）; Round 83's x315_02 第十三条); a point that binds the rules' bodies "
          "to act on applications is still a task naming none (Round 87's x327_04; Round 97's confirmed x358_03 第五条)")
LINES = ("lines that each name and limit an act of their own are items, read line by line (Round 87's governs on "
         "x328_03; Round 97's governs on x353_02 第十五条)")
KEEP_RULES = ("keeping to rules other texts set is text (Round 86's (b); Round 97's confirmed x354_06 2/②)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x364_01_shi-lvrongju-2014-xingzheng-chufa-caoliang-shiyong-guiding.txt"
P01 = "上海市绿化和市容管理局（上海市林业局、上海市城市管理行政执法局）行政处罚裁量适用规定（试行）"
N01 = "上海市绿化和市容管理局关于印发《上海市绿化和市容管理局（上海市林业局、上海市城市管理行政执法局）行政处罚裁量适用规定（试行）》的通知"
SJ = "市绿化市容部门"
LV = "绿化市容部门"
BSLV = "本市绿化市容部门"
FZ = "绿化市容部门法制机构"
SFZ = "市绿化市容部门法制机构"
CASES = ("the lines （一）… only class the cases the article's owed act answers (Round 78's (b); Round 91's x337_01 第六、七条, "
         "lines that only class cases), the article one task")
PENALTY = ("the owed acts with no subject (不予处罚, 从轻或者减轻, 从重, 不得选择适用) are acts only the rules' penalty bodies do, so "
           "the article is their work, a task naming none (round 65's x274_01; a limit on the work, Round 97's confirmed "
           "x357_02 二、（二）) (RULING?: or a restatement of the penalty law's terms for parties, text — Round 85's turned "
           "x321_01 三、（一） rules for whoever acts — the count 10 accepted)")
AGE = ("an age band that names a group of persons is no target (round 31's first exception); a span 「在2年内」 joins no "
       "comparison word (内 alone is none: Round 97's confirmed x355_03 五、（二））")

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 9, after the cover's date) or the notice's title (line 1): either (round "
                "45's pair; the scorer's 「plan（notice）」 form); line 5 「状态」 is the site's tag",
     doc_no="沪绿容(2014)127号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (the notice's title; the rules name the bureau with the 林业局 and 城管执法局 it houses)",
     date="2014-04-24",
     date_note="the notice is dated 2014年4月24日 (line 8), the rules passed 4月21日 (line 6), in force 2014年6月1日 to 2015年5月31日 "
               "(第二十三条, a general provision); the site's 发布日期 is the front matter's 2014-04-24; every other time in the "
               "rules is a time limit from an event (第二十条 「案件结束后一个月内」) or a span in a legal condition (第八条 2年内); no "
               "task is dated",
     level="the city's greenery and city-appearance bureau (forestry and city-management enforcement), to the district "
           "departments and its own divisions and units: a cover that issues the trial rules on how penalty discretion "
           "standards are made and applied — making and revising standards, their contents and requirements, the cases "
           "for no, lighter and heavier penalties, reasons in the file, collective decisions, transfer of crimes, review "
           "and correction, liability, appeals, reporting typical cases",
     source=src("市容绿化与景观", "上海市绿化和市容管理局关于印发《上海市绿化和市容管理局（上海市林业局、上海市城市管理行政执法局）行政处罚裁量适用规定（试行）》的通知.md",
                "https://lhsr.sh.gov.cn/gfxwj/20211104/03fe4cd6fb694ebc9d284a828527973c.html", 3230),
     style="the notice's title, a site tag 「状态」, the addressee line, one sentence that issues the rules "
           "(「…现印发给你们，请遵照执行。」), 「特此通知。」, the date; then the rules' title and 23 articles 「第N条（heading）」 "
           "with the heading on a line of its own; lists （一）… of requirements (第六条) and of cases (第八–十一条); no 「附件」 "
           "line; one paragraph a line",
     leaf_tasks=14, count_alternatives=[10, 12, 13, 15, 16],
     leaf_tasks_by_section={"cover": 0, "第一–三条": 0, "第四条": 1, "第五条": 0, "第六–九条": 4, "第十条": 0,
                            "第十一–十七条": 7, "第十八条": 0, "第十九、二十条": 2, "第二十一–二十三条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（制定修改）"], [], [SJ], lead_alternatives=[[SJ]],
          **art(X01, ["第四条（制定修改）"]),
          note="「市绿化市容部门应当逐步建立健全行政处罚裁量基准制度，…指导和规范本市绿化市容部门行使行政处罚裁量基准。 市绿化市容部门应当根据…变化…，及时补充、修改完善行政处罚裁量基准，并向社会重新公布。」 — "
               + ARTICLE + " (建立健全, 补充、修改完善); 「（以下简称市绿化市容部门）」 (第二条) names the city's departments, the "
               "short name kept where it acts (round 43; Round 81's x310_04); 本市绿化市容部门 is the object guided; 重新公布 a "
               "disclosure, no duty (Round 89's x329_03 第三十二条); " + ONE_LEAD + "; " + NODATE),
        S(["第六条（制定要求）"], [], [], responsible_alternatives=[[SJ]],
          **art(X01, ["第六条（制定要求）"]),
          note="「制定行政处罚裁量基准，应当符合下列要求：（一）…应当明确是否给予行政处罚的具体裁量标准和适用条件；…（五）应当明确的其他事项。」 — "
               "drafting the standards with no subject is the rules' own bodies' work, a task naming none (" + NOSUBJ + "); the "
               "lines say what the standards must settle, the contents of another text (Round 92's governs on x311_02 "
               "第二十三条; Round 97's confirmed x355_01 五、（三））, so one task (RULING?: or each line 「应当明确…」 an act of its "
               "own, items — " + LINES + " — the count 18 not accepted, 4 lines with （五） a catch-all; or the article a "
               "content list like 第五条, text — 13 accepted); the drafter 市绿化市容部门 (第四条) accepted; " + NONE + "; " + NODATE),
        S(["第七条（并处裁量）"], [], [],
          **art(X01, ["第七条（并处裁量）"]),
          note="「法律、法规、规章规定应当并处处罚的，除减轻、不予处罚的情形外，不得选择适用。 …可以单处处罚或者并处处罚的，从重处罚的实施并处处罚。」 — "
               + PENALTY + "; " + NONE + "; " + NODATE),
        S(["第八条（不予处罚情形）"], [], [], not_targets=[(14, "周岁"), (2, "年")],
          **art(X01, ["第八条（不予处罚情形）"]),
          note="「当事人有下列情形之一的，依法不予处罚：（一）不满14周岁的人实施违法行为的；…（四）…其他情形。 违法行为在2年内未被发现的，不再给予行政处罚。…」 — "
               + PENALTY + "; " + CASES + "; " + AGE + " — not_targets; " + NONE + "; " + NODATE),
        S(["第九条（应当从轻、减轻处罚情形）"], [], [], not_targets=[(14, "周岁"), (18, "周岁")],
          **art(X01, ["第九条（应当从轻、减轻处罚情形）"]),
          note="「当事人有下列情形之一的，应当依法从轻或者减轻处罚：（一）已满14周岁不满18周岁的人实施违法行为的；…（五）其他…」 — "
               + PENALTY + "; " + CASES + "; " + AGE + " — not_targets; " + NONE + "; " + NODATE),
        S(["第十一条（应当从重处罚情形）"], [], [],
          **art(X01, ["第十一条（应当从重处罚情形）"]),
          note="「当事人有下列情形之一的，应当从重处罚：（一）违法情节恶劣，造成严重后果的；…（五）多次实施违法行为的；…（八）其他…」 — "
               + PENALTY + "; " + CASES + "; 第十条 beside it 「…可以从轻行政处罚」 is an option, no work (round 49 p46b: 可 "
               "gives no work), text (RULING?: or a task like its neighbours — 15 accepted); " + NONE + "; " + NODATE),
        S(["第十二条（使用要求）"], [], [LV], lead_alternatives=[[LV], [BSLV]], responsible_alternatives=[[BSLV], []],
          **art(X01, ["第十二条（使用要求）"]),
          note="「本市绿化市容部门行使行政处罚裁量权时，应当遵循适用市绿化市容部门制定的行政处罚裁量基准及其相关制度，遵循法定程序，保障…合法权益。」 — "
               + ARTICLE + ": applying the standards in its own penalties is an act only the rules' bodies do, as 「应当使用…"
               "文书样式」 (Round 97's confirmed x358_01 第十三条) (RULING?: or " + KEEP_RULES + " — none accepted, and the count "
               "12 with 第十九条); 本市 before a name is no part of it (Round 96's governs on x151_03; the printed name accepted); "
               "市绿化市容部门 stands inside the noun's description 「…制定的…基准」, no doer (round 30); " + ONE_LEAD + "; " + NODATE),
        S(["第十三条（说理证据）"], [], [],
          **art(X01, ["第十三条（说理证据）"]),
          note="「对适用行政处罚裁量基准的案件，执法人员应当在行政处罚案卷中，对选择裁量基准的理由进行必要的说明。 前款所述…情形的，案件报审过程中未说明理由或者未附相应的证据材料，应作退卷处理，要求补充说明、补充相应的证据，也可以变更处理意见。」 — "
               "执法人员 are persons, never units (round 30); 退卷处理 has no subject, the rules' own review of case files (" + NOSUBJ
               + "); 也可以 an option (round 49); " + NONE + "; " + NODATE),
        S(["第十四条（综合裁量）"], [], [],
          **art(X01, ["第十四条（综合裁量）"]),
          note="「当事人既有从轻、减轻处罚情形，又有从重处罚情形的，应经综合裁量、比较分析后作出处罚决定。」 — an owed act with no "
               "subject, the penalty bodies' (" + NOSUBJ + "; as 第七–九、十一条, RULING? there); " + NONE + "; " + NODATE),
        S(["第十五条（集体讨论）"], [], [],
          **art(X01, ["第十五条（集体讨论）"]),
          note="「对按照行政处罚裁量基准适用较重处罚或者减轻处罚的重大、疑难复杂案件，应当由执法单位负责人集体讨论决定。…按照其规定执行。」 — "
               "由 before persons (负责人) names no unit (round 30: the nouns 负责同志／负责人／责任人; a person is never a unit), "
               "the decision the bodies' own owed act (" + NOSUBJ + "); the second sentence keeps to other texts, text (Round "
               "86's (b)); " + NONE + "; " + NODATE),
        S(["第十六条（案件移送）"], [], [], responsible_alternatives=[["市、区绿化市容部门"]],
          **art(X01, ["第十六条（案件移送）"]),
          note="「市、区绿化市容部门在依法查处违法行为过程中，发现构成刑事犯罪的，应当依法及时移送。」 — the article's only act "
               "hands the case to another body, a sending, naming none in articles too (Round 85's turned x322_04 第七条; Round "
               "93's x341_04 第十七条), an article whose only act is an owed sending a task naming none (Round 83's x313_01 "
               "第十一条) (RULING?: or 移送 the body's own act in its enforcement, round 44 — 「市、区X部门」 one name, round 30 — "
               "accepted); the transfer no duty (Round 99's turned reading: 移送 hands the case on, Round 91's x337_03 八、; "
               "aligned in round 69); " + NONE + "; " + NODATE),
        S(["第十七条（监督纠正）"], [], [FZ, SFZ], responsible_alternatives=[[FZ], [SFZ]],
          **art(X01, ["第十七条（监督纠正）"]),
          note="「绿化市容部门法制机构应当定期对本部门作出的行政处罚案件进行复查，…主动纠正。 市绿化市容部门法制机构应当不定期对全市绿化市容部门行政处罚裁量权行使情况进行监督检查，…有权…责令纠正并予以通报。」 — "
               + ARTICLE + " (进行复查, 进行监督检查), each paragraph its own subject, both given in printed order (Round 82's "
               "p60c-1; round 54: a duties article's paragraphs are each body's own work); the two printings differ by the "
               "level word 市 in the defined name (第二条's 市绿化市容部门 and 区县绿化市容部门), no place, so each is given (Round "
               "82's turned x310_03; Round 97's confirmed x358_03 第三条 reads only a place so) — either alone accepted; 有权… "
               "予以通报 leaves the notice open (round 49 p46b), no duty; 定期 prints no rhythm; " + NOLEAD + "; " + NODATE),
        S(["第十九条（复议适用）"], [], [SFZ], lead_alternatives=[[SFZ]], responsible_alternatives=[[]],
          **art(X01, ["第十九条（复议适用）"]),
          note="「市绿化市容部门法制机构在具体审理行政复议案件时，应当适用本规定及相关裁量基准。」 — " + ARTICLE + ": applying "
               "the standards in its own appeal decisions, as 第十二条 (RULING? with it: or " + KEEP_RULES + " — none "
               "accepted, the count 12); " + ONE_LEAD + "; " + NODATE),
        S(["第二十条（案例报送）"], [], [],
          **art(X01, ["第二十条（案例报送）"]),
          note="「案件结束后一个月内，行政执法单位应当将具有典型意义案件的行政处罚裁量适用情况等信息报送市绿化市容部门负责执法监督的相关处室。必要时，有关处室应当根据实际情况进行指导。」 — "
               "the sending names none (Round 85's turned x322_04 第七条; Round 75's p57a-2 「A应于…向B报送」), the receiver no "
               "unit (rule 3); 必要时 a case (rule 3's contingency 「确需…」), and 进行指导 without 负责 a guide (rule 3; Round "
               "83's x311_02 第十条); an article whose only acts are owed sendings is a task naming none (Round 83's x313_01 "
               "第十一条); the report a duty (below); 一个月内 a time limit from an event (round 33), unchecked; " + NONE + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "案件结束后一个月内，行政执法单位应当将具有典型意义案件的行政处罚裁量适用情况等信息报送市绿化市容部门负责执法监督的相关处室",
              "when": None, "when_norm": None,
              "note": "第二十条 — bodies the scheme tasks sending the results of the work the rules give them have duties "
                      "(Round 97's confirmed x353_02 第十一条 and x358_02 filings; Round 91's filings by bodies the scheme "
                      "tasks); 一个月内 counts from each case's end, undated (round 33)"}],
     notes=["counting (leaf tasks; the cover prints no task of its own — 「…现印发给你们，请遵照执行。特此通知。」 — and the rules follow "
            "it with no 附件 line: the forwarded document's articles are the tasks, round 30's forwarding notice, as x358_01): "
            "第一条 purpose, 第二条 scope with the defined names, 第二十一条 the meaning of 以下／以上／至 (definitions), 第二十三条 "
            "entry into force — general provisions (round 30); 第三条 「…应当遵循处罚法定、公平公正…等原则」 a principle naming no act "
            "(p51e; x358_01 第十五条 alike); 第五条 「…应当包括违法行为、处罚依据、裁量标准…等内容」 the contents of another text "
            "(Round 86's (a)); 第十条 「…可以从轻行政处罚」 an option (round 49); 第十八条 「执法人员违反规定滥用处罚裁量基准，由其所在单位予以批评教育…取消执法资格」 "
            "the standard liability clause on the rules' own officials, a general provision whatever agent it names (Round 91's "
            "x340_04 第七十九条; Round 97's confirmed x358_01 第二十一条); 第二十二条 「…应当参照本规定执行」 keeps to these rules, "
            "text (Round 86's (b)) — no tasks; 第四、六–九、十一–十七、十九、二十条 one each → **14**. Accepted: 10 (第七–九、十一条 "
            "text, RULING?), 12 (第十二、十九条 text, RULING?), 13 (第六条 text), 15 (第十条 or 第二十二条 a task), 16 (both)",
            "units: the defined names as printed where they act (市绿化市容部门; 绿化市容部门 for 「本市绿化市容部门」, Round 96; the "
            "法制机构 of the departments, two printings); persons (执法人员, 负责人) are no units; every task is sampled",
            "dates: no task is dated (see date_note)",
            "figures: not_targets 14 周岁 and 2 年 (第八条), 14 周岁 and 18 周岁 (第九条) — age bands and a legal span (round 31; "
            "Round 97's 内); 一个月内 (第二十条) a time limit from an event (round 33), unchecked",
            "duties: one, undated — 第二十条's report of typical cases; not duties: 第十六条's transfer of crimes (Round 99's "
            "turned reading), 第四条's 重新公布 "
            "(disclosure), 第十七条's 有权…予以通报 (an option)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x364_02_shi-lvrongju-2021-huwai-guanggao-sheshi-shezhi-shenpi-xiangguan-yaoqiu-yijian.txt"
P02 = "关于进一步明确本市户外广告设施设置审批相关要求的意见"
N02 = "上海市绿化和市容管理局关于印发《关于进一步明确本市户外广告设施设置审批相关要求的意见》的通知"
QJ = "各区局（单位）"
A2 = "二"
STEP = ("a step of the review of an application to set up a facility, with no subject: the rules' bodies' review, a "
        "task naming none (" + REVIEW + "); " + LINES + ", so each line of 二、 is an item")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the 意见's own title line (line 9, after 「附件：…」 and the issuer and date) or the notice's title (line 1): "
                "either (round 45's pair; the scorer's 「plan（notice）」 form); the 附件 line 6 prints the 意见's title whole",
     doc_no="沪绿容规(2021)1号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (the notice's title; 「我局」 in the cover)",
     date="2021-01-06",
     date_note="the cover is dated 2021年1月6日 (line 8); it says the 意见 passed on 2020年12月28日, was published 2021年1月11日 "
               "(the front matter's 发布日期 2021-01-11) and is in force from 2021年2月20日 (line 5); 「设置已满2年」 (二、（五）) is "
               "a condition; no task is dated",
     level="the city's greenery and city-appearance bureau: a cover with no addressee line that issues its opinion on the "
           "review of applications to set up outdoor advertising facilities — receiving papers, six review standards, "
           "fixing the term, the permit papers, archives, records, disclosure and copies to other bureaus; a model "
           "permit decision after it, then the page's links and JavaScript",
     source=src("市容绿化与景观", "上海市绿化和市容管理局关于印发《关于进一步明确本市户外广告设施设置审批相关要求的意见》的通知.md",
                "https://lhsr.sh.gov.cn/gfxwj/20210111/accbb803588e47f8bd5a5fe376f4e76f.html", 5346),
     style="the notice's title, one paragraph that issues the 意见 (「…请遵照执行。」), 「附件：…」, the issuer and the date; the "
           "意见's title, a preamble, four points 一、–四、 with headings, 二、 with lines （一）–（六） (several broken over "
           "lines by the page: 「所在\\n区域\\n户外…」, 「（五）户外\\n广告设施\\n设置…」, 「记录在\\n内部审查流程表中\\n。」); then "
           "「附件：上海市绿化林业行政许可文书(样表)」, the model decision broken into short lines, three 解读 links and the "
           "page's JavaScript (stored; kept as stored)",
     leaf_tasks=9, count_alternatives=[4, 10],
     leaf_tasks_by_section={"cover": 0, "preamble": 0, "一": 1, "二": 6, "三": 1, "四": 1, "附件, links and the script": 0},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="「一、规范材料受理 对申请设置户外广告设施的,应严格按照“中国上海一网通办”公示的办事指南要求收取申请材料，申请材料应当符合办事指南规定的格式要求。」 — "
               "receiving the papers, with no subject, is the first step of the review (" + REVIEW + "); what the papers must "
               "meet is the applicant's term (round 30); a childless point that gives work is a task (Round 84's p61c-1); "
               + NONE + "; " + NODATE),
        S([A2, "（一）"], [], [],
          note="「（一）设置经营性广告的，应当核实申请人广告经营资格的有效性；」 — " + STEP + "; " + NONE + "; " + NODATE),
        S([A2, "（二）"], [], [],
          note="「（二）应当审查户外广告设施设置阵地使用权证明的有效性；」 — " + STEP + "; " + NONE + "; " + NODATE),
        S([A2, "（三）"], [], [],
          note="「（三）应当审查申请设置的户外广告设施的点位依据（…应与《上海市户外广告设施设置技术规范》和所在 区域 户外广告设施设置阵地实施方案的相关要求相一致）；」 — "
               + STEP + "; the line broken by the page is one line (the break the layout's: Round 97's confirmed x353_02 line "
               "101); " + NONE + "; " + NODATE),
        S([A2, "（四）"], [], [],
          note="「（四）应当审查…设置结构设计图的规范性（是否明确设计使用年限、盖有出图单位公章）；」 — " + STEP + "; " + NONE + "; "
               + NODATE),
        S([A2, "（五）"], [], [], not_targets=[(2, "年")],
          note="「（五）户外 广告设施 设置已满2年申请续办的，应当审查是否具备符合户外广告设施安全技术标准规定的安全检测报告。」 — "
               + STEP + "; 满 is no comparison word of round 30's list and the figure is a condition that picks the "
               "applications (Round 97's confirmed x358_03 第四条; Round 93's turned x346_02 第七条（四））, a not_target; "
               + NONE + "; " + NODATE),
        S([A2, "（六）"], [], [], [(2, "名")],
          note="「（六）开展实地核查的，应当由两名工作人员共同实施。实地核查时，应将…与实地情况予以核对。实地核查结束后，应将核查情况记录在 内部审查流程表中 。」 — "
               + STEP + " (an on-site check of the papers is the review's own step: Round 85's turned x317_03 第九条（一））; 由 "
               "before persons names no unit (round 30); the staff the item's own work uses is its number of work, a target "
               "(Round 83's turned x314_06 1、 「每網格12員」; round 49's own numbers of work) (RULING?: or a staffing norm with no "
               "comparison word, round 30's 「按500户配1名」, a not_target — x358_01's 「两名以上」 had 以上); 两 read as 2; " + NONE
               + "; " + NODATE),
        S(["三"], [], [],
          note="「三、依法合理确定设置期限 对新设户外广告设施的批准设置期限，应当结合《办法》规定的最长设置期限、…综合考虑确定。 对延期设置…的批准设置期限，应当结合…综合考虑确定。」 — "
               "fixing the term of a permit is part of the decision on the application, with no subject (" + REVIEW + "); the "
               "two paragraphs (new and renewed facilities) are one point's work, one task (a childless point; RULING?: or "
               "each paragraph a task — 10 accepted); " + NONE + "; " + NODATE),
        S(["四"], [], [QJ], lead_alternatives=[[QJ], ["各区局"]], responsible_alternatives=[["各区局"], []],
          note="「四、规范许可文书制作及存档 准予设置的行政许可决定书应当包含…。不予设置的行政许可决定书应当注明理由。相关审批材料应按档案管理要求予以归档。 各区局（单位）应严格落实行政执法全过程记录和公示制度的规定，通过行政审批系统办理相关审批，出具行政许可文书，公示行政许可办理信息，将准予许可决定书抄送同级规划资源局、市场监管局、城管执法局，并按要求及时推送至有关信用信息公示平台。」 — "
               "落实 with the rules' own 制度 as object is rule 2's (round 30; Round 83's x312_03 三/2), and a group named by a "
               "kind with a rule-2 verb is a doer (round 30's 「各区要落实…」); the cover prints no addressee line, so 各区局 "
               "calls no one back (Round 89's governs on x330_02 reaches a notice's addressees only); 「（单位）」 kept as "
               "printed, the name without it accepted; the first paragraph's acts have no subject (" + NOSUBJ + "); the "
               "receivers of 抄送 and 推送 are no units (rule 3); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将准予许可决定书抄送同级规划资源局、市场监管局、城管执法局", "when": None, "when_norm": None,
              "note": "四、 — copies of the body's own approval to the bodies that act on it are a duty, undated (Round 94's 抄送; "
                      "Round 97's confirmed x358_02 第八条 「负责向各单位下达…计划」, a notice of the body's result)"},
             {"what": "并按要求及时推送至有关信用信息公示平台", "when": None, "when_norm": None,
              "note": "四、 — records sent to the platform that gathers them are a sending, an undated duty (Round 97's confirmed "
                      "x353_03 第二十八条; Round 95's turned x352_02 第十条); 及时 prints no time (Round 79)"}],
     notes=["counting (leaf tasks): the cover prints no task of its own (「…请遵照执行」), so the 意见 after its 「附件：」 line is "
            "the plan (Round 93's x346_02 and x341_01; Round 97 confirmed x358_02, x358_03), counted to its own 「附件：上海市绿化"
            "林业行政许可文书(样表)」 line (plans-dev EXPECTED.md; Round 93's x341_01 附), so the model decision, the 解读 links and "
            "the script are no tasks; the preamble 「为规范…现就…提出如下意见。」 is text; 一、 one (childless); 二、 six lines, each "
            "its own act 「应当核实／审查」 (" + LINES + "; RULING?: or the lines the contents of one review standard — Round 86's "
            "(a) — 二、 one task, the count 4 accepted); 三、 one (two paragraphs of one work; 10 accepted); 四、 one → **9**",
            "units: only 四、 names a doer (各区局（单位） by 落实); every other point is the review of applications or acts with "
            "no subject; every task is sampled",
            "dates: no task is dated (see date_note)",
            "figures: target 2 名 (二、（六）, RULING?); not_target 2 年 (二、（五））; the model decision's numbers (telephone "
            "52567188, 52567178; 六十日, 六个月 — a model's appeal terms) are no targets, unchecked",
            "duties: two, undated — 四、's copies to the three bureaus and its push to the credit platform; not duties: 四、's "
            "公示 (disclosure, Round 89's x329_03 第三十二条), 归档 (the body's own records)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x364_03_shi-lvrongju-2020-gongcheng-zhatu-xiedian-jiliang-ji-xiaona-jiesuan-guanli-shishi-yijian.txt"
P03 = "关于推进本市工程渣土卸点计量及消纳结算管理的实施意见"
N03 = "上海市绿化和市容管理局关于印发《关于推进本市工程渣土卸点计量及消纳结算管理的实施意见》的通知"
SJ3 = "市绿化市容局"
FG = "市废管处"
QLR = "各区绿化市容管理部门"
T3 = "三"
T4 = "四"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the 附件 line's title (line 6) or the notice's title (line 1): either (round 45's pair; the scorer's "
                "「plan（notice）」 form); the 意见's own title line (line 8) prints only its tail 「消纳结算管理的实施意见」 — the page "
                "lost its head — and only what is printed is read (round 48): the tail alone is no reading",
     doc_no="沪绿容规(2020)5号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (the notice's title; 「我局」 in the cover)",
     date="2020-11-10",
     date_note="the cover is dated 「2020 年11月10日」 (line 7, with a space as stored); the 意见 passed 2020年11月2日 and is in force "
               "from 2021年1月1日 (line 5); the front matter's 发布日期 2020-11-10; 四、（一） 「于2021年1月1日前完成…」 and 四、（三）1 "
               "「1月1日前完成…」 (the year from its heading 「（2021年1月1日开始实施）」) date two tasks; 「从2021年1月1日起」, 「1月1日起」, "
               "「于2021年3月1日起实施」 are starts; 「每月5日之前」 a recurring date (round 34); 「于三个工作日内」 a time limit (round 33)",
     level="the city's greenery and city-appearance bureau: a cover with no addressee line that issues its opinion on "
           "weighing spoil at the unloading points and settling its transport and disposal by the weighed amount — the "
           "builders' filings, weighing by operators, uploading to the spoil information system, checking the monthly "
           "figures and vouchers, settlement, the 一网统管 scene, the division of duties, supervision and a two-step start",
     source=src("市容绿化与景观", "上海市绿化和市容管理局关于印发《关于推进本市工程渣土卸点计量及消纳结算管理的实施意见》的通知.md",
                "https://lhsr.sh.gov.cn/gfxwj/20201204/890ec5179c3c4e2cb1fc8664c5605cd9.html", 6107),
     style="the notice's title, one paragraph that issues the 意见, 「附件：…」, the date; the 意见's title cut to its tail, a "
           "preamble, four points 一、–四、 (一、指导思想, 二、工作目标 as paragraphs; 三、主要任务 （一）–（四）, （二） with 1.–3. and "
           "（1）（2） under 1.; 四、工作要求 （一）–（三）, （三） with 1.–3.); then 「附件：工程渣土运输消纳结算凭证」 with the voucher's "
           "field lines and the page's JavaScript (stored; kept as stored)",
     leaf_tasks=10, count_alternatives=[9, 11, 12],
     leaf_tasks_by_section={"cover": 0, "preamble": 0, "一": 0, "二": 0, "三、（一）": 1, "三、（二）": 4, "三、（三）": 0,
                            "三、（四）": 1, "四、（一）": 1, "四、（二）": 1, "四、（三）": 2, "附件 and the script": 0},
     childless_top_level_sections=[],
     samples=[
        S([T3, "（一）"], [], [], responsible_alternatives=[["建设单位"]],
          note="「（一）严格开展源头申报 建设单位应履行工程渣土处置申报主体责任。通过…科学推算渣土产生量，编制工程渣土处理方案，提交…信息，报工程所在地的区绿化市容管理部门备案。」 — "
               "a party the rules bind to duties owes them, a task (Round 84's p61a-2; Round 97's confirmed x355_02 三、（四））; "
               + CLOSED + ", and 履行…责任 names none (round 67; Round 97's confirmed x357_01 六/13); the receiver of the 备案 no "
               "unit (rule 3); the builder's filing on its own project is no duty (round 42; Round 97's confirmed x357_02 "
               "三、（八））; " + NONE + "; " + NODATE),
        S([T3, "（二）", "1", "（1）"], [], [],
          note="「（1）陆路运输消纳。消纳卸点经营单位通过自动称重装置对进入消纳场所的运输车辆和受纳工程渣土数量等情况进行统计。」 — a leaf "
               "line under 1.计量数据获取 naming the operators' weighing for its mode of transport, a task (plans-dev EXPECTED.md: "
               "numbered leaves; " + LINES + ") (RULING?: or （1）（2） the ways of 1.'s one act by mode, contents, 1. one task — "
               "the count 9 accepted); " + CLOSED + " (统计 too); " + NONE + "; " + NODATE),
        S([T3, "（二）", "1", "（2）"], [], [],
          note="「（2）水路运输消纳。水路运输以及末端卸点经营单位，分别对源头装运码头运输计量和末端卸点消纳计量。两组数据独立，分别统计。」 — as "
               "（1）; 两组数据 describes the records, no number of work (unchecked); 1.'s closing paragraph 「…可设置便携式称重设备…可以人工统计…」 "
               "an option (round 49); " + NONE + "; " + NODATE),
        S([T3, "（二）", "2"], [], [], responsible_alternatives=[[FG]],
          note="「2.计量数据上传 上海市废弃物管理处（以下简称“市废管处”）应依托工程渣土信息化管理系统，建立和维护称重计量信息模块，完成工程渣土信息化管理系统的迭代升级。消纳场所、中转码头等经营单位应安装符合规定要求的电子信息装置，…实现称重计量的相关数据实时传送。」 — "
               + CLOSED + " (建立, 维护, 完成, 安装); the point is no article, so round 44's any verb does not reach it (Round 83's "
               "x313_02 二、) (RULING?: or 市废管处 bound by 应 to its own system work a doer — accepted); " + NONE + "; "
               + NODATE),
        S([T3, "（二）", "3"], [], [], responsible_alternatives=[[FG], [QLR, FG]],
          note="「3.计量数据核实 工程渣土信息化管理系统按日汇总…，提供…相关单位自行核对…。每月5日之前，…系统自动生成…月度计量报表。各消纳场所…经营单位对计量数据无异议的，经确认后，在线自动出具…结算凭证（见附件）。 各区绿化市容管理部门根据…，于三个工作日内核实运输消纳结算凭证载明的运输量和处置量等情况。…出具的运输消纳结算凭证，由市废管处核实。」 — "
               "the check of the vouchers the operators issue is a check of what a party hands in, naming none, 由 before the "
               "checker included (" + REVIEW + ") (RULING?: or 由A＋核实 rule 2's agent of 由 with a verb of doing — [市废管处] "
               "accepted, with the districts); 核实 outside the closed list; the system is no body; 每月5日之前 a recurring date, "
               "no deadline (round 34), and a report the system makes itself is no duty; 三个工作日内 a time limit from an event "
               "(round 33), unchecked; " + NONE + "; " + NODATE),
        S([T3, "（四）"], [], [], responsible_alternatives=[[SJ3], ["上海市绿化和市容管理局"]],
          note="「（四）纳入“一网统管”应用场景 上海市绿化和市容管理局（以下简称市绿化市容局）建设全市渣土管理“一网统管”应用场景，将卸点计量和消纳结算纳入场景应用，推进…」 — "
               + CLOSED + " (建设, 纳入, 推进 outside it) (RULING?: or the issuer's own work, a doer — accepted as printed or "
               "short); " + NONE + "; " + NODATE),
        S([T4, "（一）"], [], [SJ3, FG, QLR], dl="2021年1月1日前", dln="2021-01-01",
          note="「（一）加强组织领导，明确责任分工 市绿化市容局负责本市工程渣土的卸点计量及消纳结算的管理工作。市废管处负责具体推进工作，于2021年1月1日前完成工程渣土信息化管理系统的迭代升级。 各区绿化市容管理部门根据属地原则，负责辖区内工程渣土的卸点计量及消纳结算的实施。从2021年1月1日起，将…信息…及时做好信息输入。」 — "
               "several 负责 clauses, each body once in printed order (rule 2; Round 82's p60c-1); an item of 工作要求 that names "
               "units is a task (seeds EXPECTED.md lines 3–5); 「于2021年1月1日前完成」 is the item's only end date, its deadline "
               "(「从2021年1月1日起」 a start); the districts' entry of their permit data a duty (below); " + NOLEAD),
        S([T4, "（二）"], [], [], responsible_alternatives=[[FG]],
          note="「（二）加强监督管理，严格消纳结算 市废管处加强对工程渣土信息化管理系统运营方，运输单位、消纳场所…等经营单位的监管。对于在卸点计量过程中弄虚作假的相关单位，要求限期整改。 各建设单位按照核实的运输量和处置量进行结算。建设项目结束，…系统将自动生成…报表，通过“一网统管”推送相关管理部门。」 — "
               "加强…监管 outside the closed list in a point (round 30; Round 97's governs on 加强…监督检查 reaches articles, "
               "round 44) (RULING?: or 市废管处 a doer by its own supervision — accepted); a 要求 section holding the plan's own "
               "content is read like any section, a task though it names no unit (Round 91's governs on x337_02 四、（一）) "
               "(RULING?: or an item of 工作要求 that names no unit in a plan whose tasks name units, no task — the seeds' lines "
               "3–5, Round 93's governs on x343_04 — the count 9 accepted); the settlement money terms; the system's push no "
               "duty; " + NONE + "; " + NODATE),
        S([T4, "（三）", "1"], [], [], dl="1月1日前", dln="2021-01-01",
          note="「1.市级卸点（2021年1月1日开始实施） 由市级管理部门批准设立，市废管处调配物流的市级消纳卸点（包括中转码头），1月1日前完成称重计量等电子信息装置安装工作。1月1日起，全面实施…」 — "
               "the bodies inside the noun's description 「由A批准设立，B调配物流的…卸点」 are no doers (round 30: 「经A认定的企业」), "
               "and the points' installation has no doer of rule 2 (完成); a step of the plan's own start is a task (Round 91's "
               "governs on x337_02); 「1月1日前」 takes the year its heading prints (round 50: a fact the text prints fixes the "
               "day; Round 97's confirmed x356_07 三), the heading's 开始实施 a start; " + NONE),
        S([T4, "（三）", "2"], [], [], responsible_alternatives=[[QLR]],
          note="「2.其他卸点（2021年3月1日开始实施） 自文件下发之日起，各区绿化市容管理部门督促落实相关消纳卸点、中转经营单位安装称重计量等电子信息装置，于2021年3月1日起实施工程渣土卸点计量及消纳结算。」 — "
               "督促 is outside rule 2 and a verb run on inside its reach is the object's (Round 83's turned x316_02 （十六） "
               "「督促…落实」), so none (RULING?: or 落实 a clause of its own, [各区绿化市容管理部门] — accepted); 「于2021年3月1日起"
               "实施」 and the heading's 开始实施 are starts, no end printed, so no deadline (plans-dev writes what is printed; "
               "Round 84's p61e-3: no date carried) (RULING?: or 3月1日 the day the installing must be done, 2021-03-01); "
               + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区绿化市容管理部门…从2021年1月1日起，将核发的处置证载明的相关信息…按照工程渣土信息化管理系统要求，及时做好信息输入",
              "when": None, "when_norm": None,
              "note": "四、（一） — records entered into the system that gathers them are a sending, an undated duty (Round 97's "
                      "confirmed x353_03 第二十八条 「…将相关信息纳入…信用信息共享平台」); 从…起 a start, 及时 prints no time (Round 79)"}],
     notes=["counting (leaf tasks): the cover prints no task of its own (「…自2021年1月1日起施行。」), so the 意见 after its "
            "「附件：」 line is the plan (Round 93's x346_02; Round 97 confirmed x358_03), counted to its own 「附件：工程渣土运输消纳"
            "结算凭证」 line, so the voucher's fields and the script are no tasks; the preamble text; 一、指导思想 and 二、工作目标 "
            "aims, sections (plans-dev EXPECTED.md lines 21–25; Round 84's p61c-1); 三、（一） 1; 三、（二） 4 (1.'s （1）（2）, "
            "2., 3.); 三、（三） 「建设单位根据…凭证…分别结算运输费和处置费」 only moves money, the scheme's terms (Round 83's x311_01 "
            "第七条; Round 97's confirmed x358_02 第二十、二十一条) (RULING?: or the builders' owed payment by the weighed amount, a "
            "task — 11 accepted); 三、（四） 1; 四、（一） 1; 四、（二） 1 (RULING?, 9 accepted); 四、（三） 2 (1., 2.; 3. 「本市工程泥浆…参照"
            "本实施意见执行」 a scope, text, Round 86's (b)) → **10**. Accepted: 9 (1. one task, or 四、（二） no task), 11 (三、（三） a "
            "task), 12 (三、（三） and 四、（三）3 tasks)",
            "units: only 四、（一） names doers (负责); every other item names none by the closed list outside articles; the "
            "defined short names 市废管处, 市绿化市容局 as printed where they act; every task is sampled",
            "dates: two tasks dated 2021-01-01 (四、（一）, 四、（三）1); the rest none (see date_note)",
            "figures: none checked — 三个工作日内 a time limit, 每月5日 a recurring date, 两组数据 a description, the voucher's "
            "fields none",
            "duties: one, undated — 四、（一）'s entry of the districts' permit data into the system; not duties: 三、（一）'s "
            "builders' 备案 (a filing on their own project, round 42), the system's own monthly report (三、（二）3) and push "
            "(四、（二）), which no body sends"])

write_collected(DIR)

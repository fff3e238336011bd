# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next374/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c374, round 70, for round 71: eight page openings of township (乡), town (镇),
street (街道), village (村) and community (社区) work from outside Shanghai, in fields other than festivals — 木卡鄉's
天然林保護工程2011-2012年度森林防火目標責任書 (traditional; 一/(一)–(八), 二/(一)–(四), then a second piece's opening, CUT); a
村环境卫生规章制度 in articles (第一条–第十四条, 第十四条 CUT); a 5月份社区双拥工作计划 (一 指导思想, 二/1、–5、, 5、 CUT); a 乡村级干部
绩效考核办法 (one run-on line: 一、考核对象, 二、考核内容 over a scoring index, CUT); a 20XX年镇对村(社区)目标管理考核办法 (一 指导思想,
二 组织领导, 三 考核内容); an XX街道2022年度禁毒工作宣传计划 (a document site's preview: 一 指导思想, 二/(一)–(二) run on, (二) CUT);
a 农村人居环境工作目标 篇1 (a village's 两委 duties: 二、工作目标 (一)–(七), 三 CUT); and a 2023年社区火灾应急预案 (一–八 over 1.–3.,
九 CUT)): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate``, ``article_in`` and ``at_line_in`` of ../plans/expected_tools.py); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes; readings CONVENTIONS does not
settle say RULING?). Neither the parser nor the scorer was run on these plans by c374.

    PYTHONPATH=. python tests/data/plans-next374/make_expected.py tests/data/plans-next374
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, PAGES, S, article_in, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)
art = partial(article_in, DIR)

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list; Round 100's governs on p68j): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post or group of persons (round 43) however the clause is built"
CALL = ("outside articles the subject of a verb outside rule 2's closed list names none, whatever 要／应 stands before it "
        "(Round 100's governs on p68j; round 30: 开展 without 组织, 建立, 加强, 做好, 制定, 设置 outside the list)")
NOSUBJ = "组织 with no subject printed names no doer (rule 2 gives the subject of 组织＋verb; round 30: the object of 组织 is no unit)"
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's p63e-1; Round 91 on "
           "x338_02 「三、加强基」)")
CUTNOVERB = "a cut line that prints no verb of work is no task (round 71; Round 95 on x348_03; Round 97 on x354_05; Round 99 on x362_02 六/3)"
NOUNITS = ("on a page that names no unit every numbered leaf that gives work is a task (plans-dev 08; seed 003; Round 95 on "
           "x349_01 and x348_06 五; Round 97's governs on x356_03)")
AIMS = ("items that only state aims, a stance or a principle give no work in any plan (Round 60's turned p51e; Round 87 on "
        "x326_08; Round 101 on x369_01 一、; Round 102's governs on x368_07 二); items under a 目标 heading that name work to do are "
        "tasks (Round 85 on x320_08; Round 91 on x338_06)")
SETUP = ("a body the item sets up and gives standing work is a task naming none (Round 84's p61d-2; Round 91 on x338_01 一); rule 3: a "
         "body the item sets up is not its unit; Round 90's governs on p64f")
VALIDITY = ("a validity is a general provision that dates no item (round 30; Round 77 on x302_03; Round 95 on x350_08 「本责任状有效期"
            "2021年10月1日至2022年9月30日」)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone by json.loads, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x374_01_mukaxiang-2011-senlin-fanghuo-mubiao-zerenshu.txt"
PIECE2 = ("the page's second piece 「第二篇:森林防火目標責任書」 (a 高新區's 2012-2013 責任書) is another document on the same page: "
          "one text holding two documents, each with its own title and numbering, counts the tasks of both in order (round 30; "
          "plans-next294's x294_06), and the second prints only 一、工作目標和職責 / (一)工作目標: / 「1」, cut before any verb (" +
          CUTNOVERB + "): it adds no leaf")
plan(X01,
     title="天然林保護工程2011-2012年度森林防火目標責任書（木卡鄉人民政府天然林保護工程2011-2012年度森林防火目標責任書）",
     title_note="lines 2–4: the issuer's line 「木卡鄉人民政府」 above the title the page splits over lines 3–4 (「天然林保護工程2011-2012年度」 / "
                "「森林防火目標責任書」) is read with it, the issuer in front, the title alone accepted — written in the pair form (Round 94's "
                "governs on p66c; Round 93 on x344_05: a title split over lines is one title, issuer included); line 1 「第一篇:…」 is the "
                "compilation's line (Round 94: it decides nothing) — RULING? 1 (line 4 「森林防火目標責任書」 alone as the title line, line "
                "3 read as a field of the year)",
     doc_no="", issuer="木卡鄉人民政府 (四川; 「我鄉」, 《四川省天然林防火實施辦法》) — named", date="二○一一年九月二十八日 (its date line)",
     level="township over its villages (a 鄉's 責任書 signed with each 村委會: 「鄉、村各一份」)",
     source=source("http://www.tmdps.cn/a7/2019051314/b9ae4863012ab34d.html"),
     style="a document site's page in traditional characters (ASCII , : ( ) as the corpus writes them): 「第一篇:…」, the issuer, the "
           "split title, a preamble, 一、考核目標 over (一)–(八) (one line each), 二、獎懲辦法: over (一)–(四), the signature and date "
           "lines, then the second piece's heading, title, preamble, 一、/(一) and a bare 「1」 at the corpus's 2,000-byte cut",
     leaf_tasks=8, count_alternatives=[9, 10, 12], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [],
          note="「(一)各村要成立村護林防火領導小組和村級義務撲火隊伍。」 — 各村 with 成立, a verb outside rule 2's list (" + CALL + "); the "
               "groups are set up by the item (rule 3) — " + NONE + ". An item under 考核目標 that names work to do is a task (" + AIMS +
               "). " + VALIDITY + "; " + NODATE),
        S(["一", "(二)"], [], [],
          note="「(二)要進一步提高森林防火工作重要性的認識,切實加強領導。」 — no subject; 加強領導 is the villages' own work in the 責任書 they sign "
               "(" + NOUNITS + ") — " + NONE + ". " + NODATE),
        S(["一", "(四)"], [], [],
          note="「(四)全面落實森林防火責任、森林防火責任到位。」 — 落實 with no subject printed names none (rule 2 gives only a printed or "
               "carried subject, round 34) — " + NONE + ". " + NODATE),
        S(["一", "(六)"], [], [],
          note="「(六)村領導要督護林員、組民的巡山檢查工作,并及時排查“火”的隱患。」 — 村領導 are persons (" + PERSONS + "); 護林員 and "
               "組民 persons, the objects of 督 (round 30's pivot) — " + NONE + ". " + NODATE),
        S(["一", "(七)"], [], [],
          note="「(七)及時上報各種破壞森林資源的行為。」 — a report the 責任書 asks when a case arises: the item's work and an undated duty "
               "(round 44; Round 91 on x336_07; Round 93 on x342_03 二/2) — " + NONE + ". " + NODATE),
        S(["一", "(八)"], [], [],
          note="「(八)準時與鄉護林防火指揮所保持聯系,做到信息暢通。」 — keeping in touch with the 鄉's command post; 指揮所 is the party "
               "contacted, a receiver (rule 3) — " + NONE + ". 準時 prints no date: " + NODATE + ". The contact prints no sending "
               "and no rhythm (EXPECTED.md's duties: reports, submissions, filings, a liaison named, recurring rhythms): no duty"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "及時上報各種破壞森林資源的行為", "when": None, "when_norm": None,
              "note": "一/(七): a report the plan asks when a case arises (round 44; Round 91 on x336_07); undated"}],
     notes=["8 leaves: 一/(一)–(八). " + NOUNITS + " (各村 with 成立, 村領導 persons; no item names a body by rule 2). 二、獎懲辦法: "
            "(一) 「…發放全年的村干部補助工資」 pays money (Round 101's line on p69e: an item whose only acts pay money gives no task); "
            "(二) 「如發生森林火災、火警,取消半年的工資,并追究有關責任人的責任」 is the 責任書's consequence for its own signers' failure, the "
            "liability clause (Round 91 on x340_04 第七十九條: a general provision); (三) copies and (四) the validity are general "
            "provisions (round 30; " + VALIDITY + "). Accepted: 9 (二/(二) read as the 鄉's sanction on the villages, Round 101's "
            "governs on x365_04), 10 (二/(一)–(二)), 12 (every numbered line of the first piece)",
            PIECE2,
            "「二○一一年十月一日至二○一二年五月三十一日」 is the 責任書's validity: it dates no item; the date line 二○一一年九月二十八日 dates the "
            "signing. 「2011-2012年度」 in the title is the year of the plan, not a date of its items (the model's x368_01 2012 plan "
            "answered 「no deadline」)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x374_02_cun-huanjing-weisheng-guizhang-zhidu.txt"
VILLAGERS = ("a village's own 规章 binding its villagers: what the party its rules regulate must do or must not do is owed work, a "
             "task naming none (Round 102's governs on x368_02; Round 84's p61a-2; Round 93 on x346_03 第三十七条); 村民 are persons (" +
             PERSONS + ")")
plan(X02,
     title="村环境卫生规章制度",
     title_note="the piece's own head, run into line 9 before 「第一章总则第一条」 (round 48; Round 102 on x368_03: the run after a "
                "title is the body, a stored break lost); lines 5 and 7 print the same words as the site's headings, and line 1 "
                "「农村环境卫生管理制度汇编」 is the site's compilation (Round 94 on p66c: decides nothing)",
     doc_no="", issuer="a 村 (「本村」, 村委会) — unnamed", date="not shown",
     level="village (a 村's own 环境卫生 规章 for its villagers and 村委会)",
     source=source("https://360docs.net/doc/0d7772840.html"),
     style="a document site's page: compilation title, 「合集下载」, the headline twice, then the 规章 in articles with its chapter "
           "headings run in (「…第一章总则第一条…」, 「第二章村民的义务第九条…」), one article a paragraph; stored to the corpus's "
           "2,000-byte cut inside 第十四条 (「并根据情」)",
     leaf_tasks=11, count_alternatives=[8, 9, 10],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第四条"], [], ["村委会"], **art(X02, ["第四条"]),
          note="「第四条村委会是本村村环境卫生管理的组织者和领导者,负责具体的实施工作。」 — an article in 总则 that gives work to a body is a task "
               "(round 30's general provisions; Round 102 on x370_01 第二条); 「A负责…」 names A (rule 2), 「A是…」 designates it "
               "(Round 91 on x338_05). Responsible [村委会], lead [] (A alone may be accepted as lead, rule 2). " + NODATE,
          lead_alternatives=[["村委会"]]),
        S(["第五条"], [], [], **art(X02, ["第五条"]),
          note="「第五条村环境卫生管理工作应当坚持“预防为主、综合治理”的原则,加强宣传教育,调动广大群众的积极性,推动整治工作的有序开展。」 — beside "
               "the principle the article binds the management to acts (加强宣传教育, 调动, 推动) with no subject, which are the rules' own "
               "bodies' (round 65's x274_01; Round 93 on x346_01 第四条; Round 94's turned x345_02 全程管理: a principle with acts is a task) "
               "— a task naming none — RULING? 2 (a principle naming no doer stays no work, p51e; Round 99 on x361_02 第五条; Round 91 on "
               "x337_02 二、（二））. " + NONE + ". " + NODATE),
        S(["第六条"], [], [], **art(X02, ["第六条"]),
          note="「第六条各级相关部门应当加强对本村环境卫生管理工作的指导和监督,对工作中存在的问题及时予以整改。」 — 相关部门, like 有关部门／相关单位, "
               "is a call with no kind (round 30; Round 93's turned x343_01 第四条（二）: 相关职能部门 a call), 各级 changing nothing — "
               + NONE + " — RULING? 3 (in articles any verb of doing names its subject, round 44: [各级相关部门]). The guidance is "
               "work the article binds (Round 93 on x346_01 第十六条), a task. " + NODATE,
          responsible_alternatives=[["各级相关部门"]]),
        S(["第七条"], [], [], **art(X02, ["第七条"]),
          note="「第七条本规章设立村环境卫生管理委员会,由村委会确定组成人员,并负责监督本村环境卫生工作的开展。」 — " + SETUP + ": the "
               "committee the article sets up is the subject of 负责监督; 「由村委会确定组成人员」 staffs it (Round 90's governs on the "
               "staffing form 「A落实／配备／确定＋persons」; Round 100 on x44_04: 由…落实专人 names none) — " + NONE + ". " + NODATE,
          responsible_alternatives=[["村委会"]]),
        S(["第十条"], [], [], **art(X02, ["第十条"]),
          note="「第十条村民应当按照村委会的要求,定期清理家庭垃圾,做好垃圾分类,保持家中卫生整洁。」 — " + VILLAGERS + "; 村委会 sets the "
               "requirement the villagers keep to (rule 3: 按照A的要求 names no doer) — " + NONE + ". 定期 prints no figure (no "
               "target). " + NODATE),
        S(["第十四条"], [], ["村委会"], **art(X02, ["第十四条"]),
          note="「第十四条对于违反环境卫生管理规定的村民,经查实后,村委会将依法进行处理,并根据情」 — " + CUT + "; " + CUTVERB + " (进行处理). "
               "A penalty a named enforcing body imposes on the rules' regulated parties is its enforcement, a task (Round 91 on x340_02 "
               "第二十六条; Round 101's governs on x365_04 第五十四条), and in articles the subject of a verb of doing is a doer (round "
               "44): responsible [村委会], lead []. 查实 makes the 的-clause the article's own object, not a case beside other work "
               "(the item's whole work is the response, round 30). " + NODATE,
          lead_alternatives=[["村委会"]]),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["11 leaves: 第三、四、五、六、七、九、十、十一、十二、十三、十四条. Not tasks: 第一条 (purpose and basis), 第二条 (scope), 第八条 "
            "(entry into force) — round 30's general provisions. The villagers' articles 第三条 (「应当自觉遵守本规章,积极参与…管理」), "
            "第九条 (bans), 第十条, 第十一条 (a ban), 第十二条 (「禁止在公共场所随地吐痰…」) and 第十三条 (「不得妨碍…整治工作的开展」) read by "
            "the villagers bullet (Round 102's governs on x368_02). Accepted: 10 (第五条 read as a principle, RULING? 2), 9 (also "
            "第三条 read as a general duty to keep the rules, Round 86's (b)), 8 (also 第十三条's 关心 as an attitude)",
            "the chapter headings run into their first articles (「第一章总则第一条」, 「第二章村民的义务第九条」) as the store prints them; "
            "第九条 stands inside line 25 and is not sampled"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x374_03_shequ-5yuefen-shuangyong-gongzuo-jihua.txt"
plan(X03,
     title_note="no title checked: line 1 is the site's blurb 「工作计划网社区工作计划栏目为您提供《5月份社区双拥工作计划》最新范文,仅供大家参考!」 and "
                "the text prints no title line (round 48; the model's x368_07: a site's 前言 naming the piece is no title line) — "
                "RULING? 4 (the blurb's 「5月份社区双拥工作计划」 as the site's headline standing where the text prints none, Round 99 "
                "on x362_06)",
     doc_no="", issuer="a 社区 (「社区将…」, 「结合我社区的实际」, 街道“双拥”办公室 above it) — unnamed", date="not shown (「本年」)",
     level="community (a 社区's own 双拥 plan under its 街道)",
     source=source("https://m.liuxuequn.com/a/1971396.html"),
     style="a 范文 site's page: the site's blurb, a preamble, 一、指导思想 (paragraph), 二、具体措施 over 1、–5、 (one paragraph each), "
           "5、 CUT at 「注重」 (1,999 bytes)",
     leaf_tasks=5, count_alternatives=[4],
     attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "1"], [], [],
          note="「1、充分运用多种宣传阵地作用,…广泛开展双拥宣传教育工作,宣传国防教育知识、征兵知识,…」 — no subject, 开展 without 组织 (" + CALL +
               "); 居民群众, 青年 persons — " + NONE + ". 「三个代表」 is a name (not_target class, unchecked). " + NODATE),
        S(["二", "2"], [], [],
          note="「2、广泛开展国防和双拥教育活动,…邀请军民参加社区双拥座谈会,…」 — no subject; 邀请 outside rule 2's list; 社区 a place in a "
               "noun (社区双拥座谈会) — " + NONE + ". " + NODATE),
        S(["二", "3"], [], [], dl="在“春节”、“八一”节期间", skip_deadline=True,
          note="「3、在“春节”、“八一”节期间对辖区内的军烈属进行走访慰问,…并帮助他们解决实际困难。并对有困难的军人家属进行经常性的服务。」 — no "
               "subject — " + NONE + ". The festival periods are printed in the item's own text, but the page prints no year "
               "(「本年」, 「5月份」 in the blurb only): a missing year is not filled (round 48; Round 99 on x360_02 庙会期间 and x360_06) — "
               "deadline unchecked; 春节／八一 name the festivals (no figures of work)"),
        S(["二", "4"], [], [],
          note="「4、结合我社区的实际,制定出工作计划和有关规定,做到目标明确,责任到位,完成街道“双拥”办公室安排的各项工作。」 — the community "
               "speaking of itself (我社区) is a place here, no subject of a rule-2 verb; 街道“双拥”办公室 hands the work down (the "
               "subject of 安排 inside a noun's description, round 30: 「参加由A组织的培训」) — " + NONE + ". Beside 制定 the item names "
               "work of its own, so it is no bare catch-all (Round 84's p61a-1; Round 91 on x338_02 二/(二)/6). " + NODATE),
        S(["二", "5"], [], [],
          note="「5、注重」 — " + CUT + "; 注重 is a verb of the work's own (what the community is to attend to), printed before the cut: " +
               CUTVERB + " — RULING? 5 (注重 read as no verb of work, " + CUTNOVERB + ": 4 accepted). " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/1–5 (5 CUT). 一、指导思想 is a point of aims and principles, a section (plans-dev EXPECTED.md lines 21–25; "
            + AIMS + "). " + NOUNITS + ". Accepted: 4 (5、 read as cut before any verb of work)",
            "the preamble's 「更好地完成上级下达的各项工作任务」 stands before the numbering (a preamble, no item)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x374_04_xiang-cunji-ganbu-jixiao-kaohe-banfa.txt"
plan(X04,
     title="乡村级干部绩效考核办法",
     title_note="the piece's own head, run into line 1 after the document site's tag 「精选优质文档-倾情为你奉上专心-专注-专业」 (a site's tag "
                "before a title is chrome: Round 102 on x368_03's same tag; Round 87 on x325_03); the preamble run on after it is the "
                "body (Round 74 on x293_01). 乡 is printed as the head's first word (a 乡's 村级干部), kept as printed (round 48)",
     doc_no="", issuer="a 乡 (「凡村级能调解成功而移交到乡的」) — unnamed", date="not shown",
     level="township over its villages (a 乡's review of each 村's 两委 and 计生专干)",
     source=source("https://m.wenke99.com/p-9056812.html"),
     style="a document site's page as ONE line: tag, title, preamble, 一、考核对象: (a field), 二、考核内容: (the review's scale and "
           "weights) over 「(一社会发展工作(20分」 and 「1、 社会治安综合治理(20分」 with unnumbered 群体性事件方面／群众上访方面／调解工作 "
           "deduction rules; the page's closing brackets are lost (「(70%、」「(一」) and spaces split words (「绩 效」「各 项」); "
           "stored short (1,230 bytes), ending mid-rule at 「扣2.5」",
     leaf_tasks=1, count_alternatives=[0, 2],
     attachment_task_rows=0, childless_top_level_sections=["一、考核对象"],
     samples=[
        S(["二"], [], [], **at(X04, "二、 "),
          note="「二、 考核内容:考核采取百分制,分别对村“两委”班子和村干部进行量化考核。绩 效考核由工作实绩考核(70%、民主测评情况得分(30%和加、减分"
               "三部分组成。(一社会发展工作(20分1、 社会治安综合治理(20分。…扣5分。…」 — the 乡's own quantitative review is the point's "
               "work; the lines under it are the review's index — categories, their marks and the deductions per event — which are its "
               "contents, no items (Round 91 on x335_02 第八条: the lines of an index are its contents; Round 92's governs on x311_02 "
               "第二十三条), so 二 is the leaf, one task naming none (" + NOUNITS + ") — RULING? 6 (二/(一)/1 read as the printed lowest "
               "numbered item, the leaf: count 2 with 一 counted, or 0 with the index as text and 二 a section). 村“两委”班子, 村干部 "
               "are the reviewed (persons and the objects of the review) — " + NONE + ". The scale (百分制), the weights (70%, 30%), "
               "the marks (20分, 5分, 10分) and the deductions (扣5分, 扣2分, 1次, 2.5) are the review's scale and the classes of events "
               "it scores, unchecked as a class (round 58; Round 91's governs on x335_02 第十六条; the model's x368_04 scale of marks); "
               "「参与人数达20 人(含围观人数以上」 names the class of incident (round 31's second exception; Round 93 on x344_01). "
               "「年末不评优」 is the consequence, no date of work. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二 (the review, its index text). 一、考核对象:各村“两委”班子,计生专干。 is a field naming whom the review covers, a "
            "childless section (Round 85 on x319_03; Round 89's decided x330_05 field). Accepted: 2 (一 and 二/(一)/1 read as the "
            "printed leaves), 0 (the whole page read as the review's fields and index)",
            "the page's lost closing brackets and the spaces inside words are kept as printed; 「(一社会发展工作」 is (一) as the page "
            "prints it"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x374_05_zhen-dui-cun-shequ-mubiao-guanli-kaohe-banfa.txt"
plan(X05,
     title="20XX年镇对村(社区)目标管理考核办法",
     title_note="line 1, printed three times (lines 1, 3 bracketed 〔…〕, 5): the piece's head with its masked year as printed (round 48)",
     doc_no="", issuer="a 镇 in 湖南 (「建设湘中门都、打造创意煤城,勇夺三湘第一镇」; 镇党委、政府) — unnamed", date="not shown (20XX; 十八届六中全会: 2016 or later)",
     level="town over its villages and communities (「各村(社区)」)",
     source=source("http://www.360docs.net/doc/info-5aaa2be1ed3a87c24028915f804d2b160a4e865d.html"),
     style="a document site's page: the head thrice, a preamble, 一、指导思想, 二、组织领导, 三、考核内容 (each a heading line over one "
           "paragraph), then the site's 「相关文档」「最新文档」; stored short (1,621 bytes)",
     leaf_tasks=1, count_alternatives=[0, 2],
     attachment_task_rows=0, childless_top_level_sections=["一、指导思想", "三、考核内容"],
     samples=[
        S(["二"], [], [],
          note="「二、组织领导 镇绩效考核工作领导小组由宋xx组长,贺伟任副组长,陈xx、李xx为成员;领导小组下设绩效考核办公室(简称绩效办),负责绩效考核的日常工作,"
               "由周敏任办公室主任,镇绩效考核办公室设党政办,承担领导小组日常工作,负责分解目标任务、制定考核工作方案,具体组织实施考核,提出考核等次评定和奖惩建议。」 — "
               "a childless point that gives work is a task (Round 84's p61c-1; Round 95 on x349_01): " + SETUP + " — the 绩效办 is "
               "set up here under the group whose roster of persons the point prints, and it is the subject of 负责 and 组织实施 (Round "
               "90's governs on p64f: a body set up in the section gives its 职责 none); 党政办 is where the office sits (设), not a doer "
               "of a rule-2 form; 宋xx, 贺伟, 陈xx, 李xx, 周敏 persons (" + PERSONS + ") — " + NONE + " — RULING? 7 ([党政办] read as "
               "the standing body that bears the office's work). " + NODATE,
          responsible_alternatives=[["党政办"]]),
     ],
     plan_targets=[(5, "分")],
     phases=[], duties=[],
     notes=["1 leaf: 二. 一、指导思想 is a point of aims (" + AIMS + "). 三、考核内容 「村级绩效考核基础工作实行100分制,其中基层党建30分,…另设创新与"
            "特色加分项目(5分,本项加分累计不超过5分)。」 is the review's scale: a bare 实行 that introduces the scheme is its text (Round 93 "
            "on x346_01), and a noun index of marks gives no work (Round 91 on x335_02 第八条) — a section. Accepted: 2 (三 read as the "
            "review's own content, a task), 0 (二 read as an 组织领导 point of safeguards, seeds lines 3–5)",
            "plan target 5 分: 「本项加分累计不超过5分」 — a ceiling joined to 不超过 is a target wherever it stands (round 30), and in a part "
            "that is no task it is the plan's (Round 99 on x363_04 「原则上不超过18米」; Round 93 on x345_02 第七条) — RULING? 8 (the "
            "ceiling read as part of the review's scale, unchecked as a class like the marks 30分, 8分, 10分: round 58; Round 91's "
            "governs on x335_02 第十六条). The marks of the scale (100分制, 30分, 8分, 10分, 4分, 5分) have no comparison word: unchecked",
            "「宋xx组长」 prints no 任 (a slip kept as printed); the masked names xx are kept"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x374_06_xx-jiedao-2022-jindu-xuanchuan-jihua.txt"
MARKS = ("the 「1、」「2、」「3、」 opening lines 2–4 are the document site's preview page marks (the .docx's pages 1–3: 「2、进程」 and 「3、毒宣传栏」 "
         "fall inside words), the site's chrome, no numbering (rounds 40, 53: a page mark cuts no name and no title; Round 94 on p66c: a "
         "preview mark decides nothing)")
plan(X06,
     title="XX街道2022年度禁毒工作宣传计划",
     title_note="the piece's own head on line 2 after the preview mark 「1、」, run into its preamble 「为深入贯彻…」 (round 48; Round 102 on "
                "x368_03: the run after a title is the body); line 1 is the site's blurb with the file name 《…计划.docx》 (Round 93 on "
                "x344_09: a site's file name stands only where the text prints none)",
     doc_no="", issuer="XX街道 (masked; 「我街道」, 州、县禁毒办 above it) — masked", date="2022 (the head's 2022年度)",
     level="street over its villages and communities (「提升各村(社区)的禁毒意识」)",
     source=source("https://m.1wenmi.com/doc/134987.html"),
     style="a document site's preview: its blurb, then three run-on lines each opening with the preview's page mark 1、–3、; inside "
           "them 一、指导思想, 二、具体措施 (一)健全禁毒宣传机制 (一是…二是…), (二)依托重点阵地开展宣传 一是… CUT at 「娱」; spaces split "
           "words where the docx's lines broke (「总 书记」「禁 毒」)",
     leaf_tasks=2, count_alternatives=[3],
     attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], **at(X06, "具体措施(一)"),
          note="「(一)健全禁毒宣传机制一是持续完善禁毒宣传基础设施。…要做好维护与更新工作,同时将在一些重要地段设置大型户外LDE屏播放禁毒公益广告。…二是"
               "发挥各禁毒成员职能。禁毒工作领导小组成员要按照各自职责,积极开展禁毒宣传工作。街道禁毒办要努力培养禁毒宣讲员,…」 — 一是…二是… inside a "
               "numbered item's paragraph are its text, one task (round 37; Round 89 on x332_03 三/(一)). 领导小组成员 with 开展 and 街道"
               "禁毒办 with 培养 are subjects of verbs outside rule 2's list (" + CALL + ") — " + NONE + ". 「街道现有…」 lists present "
               "facilities (no figures). " + NODATE + " (the head's 2022年度 is the plan's year, as the model's x368_01 2012 plan)"),
        S(["二", "(二)"], [], [], **at(X06, "(二)"),
          note="「(二)依托重点阵地开展宣传一是利用好公益广告和禁 / 3、毒宣传栏。在辖区内的文化广场、 小区楼道、劳务市场、建筑工地、车站、娱」 — " + CUT +
               " (the page mark 「3、」 inside 禁毒宣传栏); " + CUTVERB + " (利用好) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) ((二) CUT). " + MARKS + ". 一、指导思想 (its text running on over the page mark 「2、进程,不断提升…」) is "
            "a section of aims (" + AIMS + "). " + NOUNITS + ". Accepted: 3 (the page marks 1、–3、 read as the page's numbering — RULING? 9)",
            "the site's slip 「LDE屏」 beside 「LED显示屏」 is kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x374_07_cun-renju-huanjing-gongzuo-mubiao-pian1.txt"
plan(X07,
     title="农村人居环境工作目标",
     title_note="line 7, the compilation's piece head over 「篇1」, which names the piece's own kind (Round 99 on x360_01, x360_04; Round "
                "102 on x366_04: the compilation's marks off); line 1's 「…范文」 is the site's headline over the compilation (Round 102: "
                "the headline is no reading where the piece prints its head)",
     doc_no="", issuer="a 村 (村两委, 村党支部书记, 村委会主任, 小组长) — unnamed", date="not shown (the site's 「时间:2022-11-19」 dates nothing, Round 78's p58d-2)",
     level="village (a 村's 人居环境整治 duties of its 两委 members and groups)",
     source=source("https://hfabiao.com/haowen/10432.html"),
     style="a 范文 site's page: headline, 时间 line, 引言 blurb, the piece head, 「篇1」, an unnumbered paragraph of roles (the lost 一、's "
           "text: the piece as stored opens after its 一、), 二、工作目标 over (一)–(七) (one paragraph each), then a bare 「三」 at the "
           "corpus's 2,000-byte cut",
     leaf_tasks=5, count_alternatives=[4, 6, 7],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], [], [],
          note="「(一)健全组织机构。村委会成员分工明确,把人居环境整治和创卫工作纳入计划,实行目标管理、充分发挥组织、领导、统筹、协调工作。」 — an item "
               "under 工作目标 that names work to do is a task (" + AIMS + "); 村委会成员 are persons (" + PERSONS + ") — " + NONE +
               ". " + NODATE),
        S(["二", "(三)"], [], [],
          note="「(三)积极参加与自己负责网格内的街巷卫生清扫及管护工作,督促检查网格内农户履行“五清”“五包”责任和义务,监督公益岗和保洁人员认真开展环境保洁。」 — "
               "no subject; 负责 inside a noun's description (「自己负责网格」) names no doer (round 30); 农户, 公益岗, 保洁人员 persons and "
               "the objects of 督促／监督 (round 30's pivot) — " + NONE + ". " + NODATE),
        S(["二", "(五)"], [], [], targets=[(90, "%")],
          note="「(五)农村生活污水治理。对辖区沟渠及小流域进行治理,…无污水直排,生活污水处理率达90%。·」 — no subject — " + NONE + ". 90 %: "
               "达 the short form of 达到 (round 30's list), the level the item's own work is to reach (round 25; Round 102 on x368_01 "
               "二). The site's stray 「·」 is kept. " + NODATE),
        S(["二", "(六)"], [], [],
          note="「(六)村容村貌提升。村容整洁,垃圾密闭存放,定期清理,柴草、杂物堆放整齐,无蚊蝇孽生的污水坑、粪坑。」 — among the states the line "
               "names acts of the village's own (垃圾密闭存放, 定期清理, 堆放整齐), so it gives work (" + NOUNITS + ") — a task naming none — "
               "RULING? 10 (the line read as a state aimed at, no work: Round 87's state-only line; " + AIMS + "; 4 accepted). "
               + NONE + ". " + NODATE),
        S(["二", "(七)"], [], [],
          note="「(七)健康卫生宣传。各村设置健康教育专栏,定期更新教育内容。广泛开展“除陋习,树新风、提素质”集中治理三乱活动,…广泛宣传…」 — 各村 with 设置, a "
               "verb outside rule 2's list (" + CALL + "); 「三乱」 names the campaign — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/(一), (三), (五), (六), (七). (二) 「带头遵守执行村内环境卫生管理办法,按“五包”“五清”要求,做到门前无垃圾、…户内卫生整洁,"
            "个人卫生干净。」 is the members' own keeping to the village's rules and the state of their own homes: keeping to rules another "
            "text sets is text (Round 86's (b); Round 102 on x370_01 第四条), and persons' conduct at home gives the plan's bodies no work "
            "(Round 93 on x342_07 二) — no task (RULING? 11: a task naming none, 6 accepted). (四) 「积极参加村里的各项活动。主动完成各项任务;"
            "服从统一管理,按要求完成上级部门交办的各项任务。」 names only work others hand down, the catch-all (Round 84's p61a-1; Round 91 on "
            "x338_02 二/(二)/6): text. " + NOUNITS + ". Accepted: 4 ((六) as a state), 6 ((二) counted), 7 (every numbered line)",
            "line 11 「村两委是组织实施责任主体,村党支部书记是…“一线指挥长”,…小组是农村人居环境整治的实施主体。」 stands before 二、 with no number: "
            "the lost 一、's text (only what is printed is read, round 48: the missing 一、 is not supplied), no leaf; it is not 二's "
            "lead-in (rule 4 reads the paragraph that opens a section), so its designation of 村两委 and 小组 passes to no item — RULING? "
            "12 ([村两委] given to 二's items as a designation over them, Round 95 on x350_06 一 and rule 4)",
            "「三」 at the page's end prints no 、 and no text: no item (" + CUTNOVERB + ")"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x374_08_shequ-2023-huozai-yingji-yuan.txt"
plan(X08,
     title="2023年社区火灾应急预案",
     title_note="line 2, the piece's own head (round 48; Round 97 on x354_04: the text's own line wins over the site's headline 「2023关于社区"
                "火灾应急预案」 on line 1) — RULING? 13 (line 1 as the title: the headline and the head differ by 年 and 关于 only)",
     doc_no="", issuer="a 社区 (generic: 「社区应该建立…」) — unnamed", date="2023 (the head's year)",
     level="community (a 社区's fire 预案 for its residents)",
     source=source("http://wenku.520cd.com/shenghuoketang/anquanzhishi/xiaofanganquan/53547.html"),
     style="a document site's article: headline, head, 引言: and its paragraph, then 一、背景 (paragraph), 二、–八、 each over 1.–3. "
           "(「1. 」 with a space), and a bare 「九」 at the corpus's 2,000-byte cut",
     leaf_tasks=13, count_alternatives=[14, 16, 17],
     attachment_task_rows=0, childless_top_level_sections=["一、背景"],
     samples=[
        S(["三", "1"], [], [],
          note="「1. 社区应该建立火灾应急领导小组,负责制定、实施和评估火灾应急预案。」 — " + SETUP + ": the group is the subject of 负责; 社区 "
               "with 建立, a verb outside rule 2's list (" + CALL + ") — " + NONE + ". " + NODATE + " (the head's 2023 is the plan's "
               "year, as the model's x368_01)"),
        S(["三", "2"], [], [],
          note="「2. 火灾应急领导小组应设置指挥部,负责统筹指挥火灾应对行动。」 — the group set up in 三/1 with 设置, outside rule 2's list; the "
               "指挥部 this item sets up is the subject of 负责 (" + SETUP + ") — " + NONE + ". " + NODATE,
          responsible_alternatives=[["火灾应急领导小组"]]),
        S(["四", "1"], [], [],
          note="「1. 加强火灾隐患巡查,及时消除隐患。」 — no subject — " + NONE + ". " + NODATE),
        S(["四", "3"], [], [],
          note="「3. 定期组织火灾应急演练,提高居民应对火灾的能力和素质。」 — " + NOSUBJ + " — " + NONE + ". 定期 prints no figure (no target). "
               + NODATE),
        S(["五", "1"], [], [],
          note="「1. 社区应建立火灾预警系统,包括火灾报警器、烟雾探测器等设备。」 — 社区 with 建立 (" + CALL + ") — " + NONE + ". " + NODATE),
        S(["六", "2"], [], [],
          note="「2. 制定疏散计划,指定疏散路线和集合点。」 — no subject — " + NONE + ". " + NODATE),
        S(["七", "2"], [], [],
          note="「2. 组织居民参与火灾扑救和伤员救治。」 — " + NOSUBJ + "; 居民 persons — " + NONE + ". " + NODATE),
        S(["八", "1"], [], [],
          note="「1. 火灾事故发生后,要对社区进行初步估损。」 — an item whose whole work is the response to a case is a task (round 30's "
               "clarification; Round 99 on x360_05) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["13 leaves: 三/1–2, 四/1–3, 五/1, 六/1–3, 七/1–2, 八/1–2. " + NOUNITS + ". 二、目标 1.–3. (「最大限度保护社区居民的生命安全」, "
            "「最大限度减少火灾对社区的影响」, 「提高社区居民和相关部门的火灾防控意识」) state the plan's aims (" + AIMS + "): no tasks. 五/2 "
            "「居民应接受火灾报警知识教育,掌握火灾报警方式和相关联系方式。」 is the residents' own learning, persons' conduct that gives the plan's "
            "bodies no work (Round 93 on x342_07 二; Round 95 on x348_04: cautions to the public) — no task (RULING? 14: the residents "
            "read as the party the 预案 binds, Round 102's governs on x368_02, a task naming none: 14 accepted). Accepted: 14, 16 "
            "(二/1–3 counted), 17 (both)",
            "七/1 「保持与消防、医疗、交通等部门的紧密联系。」 prints no sending and no rhythm: no duty (as x374_01 一/(八)); its bodies are "
            "the parties contacted (rule 3)",
            "「九」 at the page's end prints no 、 and no text: no item (" + CUTNOVERB + "); 一、背景 is a childless section of description"])

write_collected(DIR)

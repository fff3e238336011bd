# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next269/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c269, round 53: eight page openings of plans from outside Shanghai whose tasks
name their units — 大英县's 应急演练 task table (page 3: 演练科目 | 情景构建 | 牵头责任单位 | 责任单位 | 时限要求, no year); a 县's
春季义务植树 活动策划 (traditional: 五、1、縣林業局負責…); a 区's 城区投药灭鼠 工作规划 (traditional 范文 mirror, numbers glued to
the text 「1由區愛衛辦…」); a 县爱卫会's 春季灭鼠 通知 (traditional 范文 mirror, headed points with 由A and 各鄉鎮負責); a 市's 2012
博览会 病媒生物防制 方案 (page 2: (七)–(十) 市X局负责 under a lost heading, three dated stages); 辽阳市's 春季爱国卫生 清洁月
(page 2, one run-on line: stages without a year, 四、责任分工); a 市's 春季除四害 行动方案 (traditional with inline pinyin, a
masked item number 「**、」); 黄陂区卫生健康局's 2023 病媒生物防制 责任分工 (四、(一)–(八), 由X部门负责监督管理)): never tune the
parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line or no number stands); every answer was written here by reading the texts,
under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–62 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c269.

    PYTHONPATH=. python tests/data/plans-next269/make_expected.py tests/data/plans-next269
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line (a run-on page) or that has no number (a table row): the line where the
# nth marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


def row(file, marker, first):
    """A table row or paragraph with no number: its line (found by ``marker``) and its own first words ``first``."""
    return {"line": at_in(DIR, file, marker)["line"], "title_starts": first}


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "no year is printed on the page (round 45: a date without its year is not checked): the deadline is not checked"
MASKED = "the year is masked (「20xx年」／「**年」): the deadline is not checked"
NO_TITLE = "title not checked: "
TABLE = ("round 37/45/55: a table column 牵头单位 names the lead, the 责任单位 column the others; responsible = the lead and "
         "the others in printed order (「县民政局等」: 等 dropped, plans-dev EXPECTED.md)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x269_01_daying-xian-yingji-yanlian-renwu-biao.txt"
plan(X01,
     title_note=NO_TITLE + "page 3 of the article: it opens inside the notice's 演练 table (its header row 「演练科目 | 情景构建 | "
                "牵头责任 单 位 | 责任单位 | 时限要求」); the notice's title is on an earlier page",
     doc_no="", issuer="大英县 (Sichuan, 遂宁; a county notice of the 县应急办 — 「报县应急办备案」, the 抄送 line to the county's bodies)",
     date="not shown (县卫计局, 县工商质监局, 县公安消防大队: c. 2014–2018; the page prints no year)",
     level="county (大英县)",
     source=page_source("https://dyxrmt.cn/article-15412-3.html"),
     style="a news site's page 3: a table flattened one cell a line, each cell ending 「 |」: the header row, then three rows "
           "危化品泄漏 / 群体性事件 / 防汛 (情景, 牵头责任单位, 责任单位, 时限 「4月底前完成方案,5.12期间完成演练」), then a spanning cell "
           "「各镇乡人民政府,各园区、社区管委会,县应急委其他成员单位自行选择演练科目…组织开展应急演练…报县应急办备案」, then the 抄送 line; "
           "rows have no numbers",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["危化品泄漏"], ["县安委办", "县应急办"],
          ["县安委办", "县应急办", "县环保局", "县经信局", "县工业园区", "县公安局(县公安消防大队、县公安交警大队)", "县工商质监局",
           "县卫计局", "县民政局"],
          responsible_alternatives=[["县安委办", "县应急办", "县环保局", "县经信局", "县工业园区", "县公安局", "县工商质监局",
                                     "县卫计局", "县民政局"]],
          dl="4月底前完成方案,5.12期间完成演练", skip_deadline=True, **row(X01, "\n危化品泄漏", "危化品泄漏"),
          note=R1 + " (" + TABLE + "); a row with no number is a task of the table (round 37: a task table printed with no 附件 "
               "line is read as an attachment's rows) and its path is its first cell (round 38: paths by first words where no "
               "number stands); 「县公安局(县公安消防大队、县公安交警大队)」 — a bracket naming the body's own sections stays as printed "
               "(round 42: 「区建管委（交通委、水务局）」), the name without it accepted (round 37's bracket listing what a kind stands "
               "for); 「6人」「400 余名」 describe the scenario (no target); the latest step 5.12期间 would be the deadline (round 34), "
               "but " + NOYEAR),
        S(["群体性事件"], ["县维稳办"], ["县维稳办", "县信访局", "县公安局"],
          dl="8月底前完成方案,9月中旬完成演练", skip_deadline=True, **row(X01, "\n群体性事件", "群体性事件"),
          note=R1 + " (" + TABLE + "); 「县信访局、县公安局等」: the final 等 dropped (the scorer strips it too); " + NOYEAR),
        S(["防汛"], ["县防汛办"], ["县防汛办", "大英县防汛应急预案中所列成员单位"],
          responsible_alternatives=[["县防汛办"]],
          dl="5月底前完成方案,6月中旬完成演练", skip_deadline=True, **row(X01, "\n防汛 |", "防汛"),
          note=R1 + " (" + TABLE + "); the 责任单位 cell 「大英县防汛应急预案中所列成员单位」 names the members another document lists: a "
               "kind kept as printed (rule 1 keeps a column's names, round 33/37); the list without it accepted (a reference to "
               "bodies listed elsewhere, like round 33's 「参照上述职责分工」, gives none: RULING? 1); " + NOYEAR),
        S(["各镇乡人民政府"], [], ["各镇乡人民政府", "各园区、社区管委会", "县应急委其他成员单位"],
          dl="于5.12防灾减灾活动周期间", skip_deadline=True, **row(X01, "\n各镇乡人民政府", "各镇乡人民政府"),
          note=R2 + ": 「各镇乡人民政府,各园区、社区管委会,县应急委其他成员单位自行选择演练科目…组织开展应急演练」 — the subject of "
               "组织＋work (round 34); 各镇乡人民政府 a kind (round 32); 「各园区、社区管委会」 fields sharing one head (管委会) are one name "
               "as printed (round 31/61); 「县应急委其他成员单位」 a kind as printed (round 47: 其他有关部门); lead [] (no 牵头); a cell "
               "spanning the table after its rows that gives work is one more task (round 40: a closing paragraph; the count 3 "
               "without it accepted); 「演练活动结束后,将相关资料报县应急办备案」 — plan bodies sending the results of their own work to the "
               "plan's office: an undated duty (rounds 48, 57: round 42's 「a 备案 is a filing」 stays for a party's own filing); " + NOYEAR),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各镇乡人民政府,各园区、社区管委会,县应急委其他成员单位演练活动结束后将相关资料报县应急办备案", "when": "演练活动结束后",
              "when_norm": None,
              "note": "rounds 44, 48, 57: a plan body's sending of its own work's results when it is done is an undated duty (a time "
                      "from an event, round 34)"}],
     notes=["4 tasks: the three rows (危化品泄漏, 群体性事件, 防汛) and the spanning cell that gives work to the 镇乡, 园区 and 县应急委 "
            "members; accepted: 3 (the spanning cell read as the table's note)",
            "the header row is no task; 「抄送:…」 (two lines) is the notice's chrome",
            "no deadline is checked: the page prints no year (the 5.12 防灾减灾 week is 12 May)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x269_02_xian-chunji-yiwu-zhishu-zaolin-huodong-cehua.txt"
plan(X02,
     title="縣春季義務植樹造林活動策劃",
     title_note="lines 1 and 3, the site's heading printed twice (round 61: a heading the site sets at the head of a text is the "
                "piece's title); the text calls itself 「本活動方案」",
     doc_no="", issuer="a 县 (not named; its 白馬關鎮 and 白馬關景區管委會 — 罗江 in Sichuan by the place; the page names no province)",
     date="not shown (「20xx年3月xx日」, masked)",
     level="county (a 县's 义务植树 plan for its 黨政機關)",
     source=page_source("https://3du.tw/articles/aWpiMg==.htm"),
     style="a 范文 site's page in traditional characters: heading twice, preamble, 一、活動時間 (masked day, a bracket 「由各部門自行"
           "組織人員到植樹現場」), 二、地點, 三、參加人員 (fields), 四、活動方式 (a paragraph: 「由各口長單位牽頭組織完成植樹任務…移交白馬關景區"
           "負責管護」), 五、加強部門協作,確保任務完成 1、–5、 (「縣林業局負責…」「縣消防隊協助…」), 六、檢查考核 (a paragraph), the site's "
           "「最近訪問」; a stray 「.」 inside 「植樹的.任務」 as printed",
     leaf_tasks=7, count_alternatives=[6, 8], attachment_task_rows=0,
     childless_top_level_sections=["一、活動時間", "二、地點", "三、參加人員"],
     samples=[
        S(["四"], ["各口長單位"], ["各口長單位", "白馬關景區"], responsible_alternatives=[["各口長單位"]], skip_deadline=True,
          note=R2 + ": 「由各口長單位牽頭組織完成植樹任務」 — 由A牵头 (lead A, round 33) with 组织＋work; 「移交白馬關景區負責管護」 — 交 hands "
               "the work over and B is the agent of the verb after it (round 61: 「交B＋verb」 as 「交由B」), a doer; 「經綠化委員會辦公室驗收」 "
               "is rule 3's approving body (經A同意); 「各單位自帶植樹工具」 a general call (round 33); a childless point that gives work is "
               "a task (round 34 early; round 36); the count 6 that reads 活動方式 as a field is accepted; the activity's day is "
               "masked: " + MASKED),
        S(["五", "1"], [], ["縣林業局"], lead_alternatives=[["縣林業局"]], skip_deadline=True,
          note=R2 + ": 「縣林業局負責組織植樹苗木…負責質量檢查驗收」 — the subject of 负责 (names as printed in traditional characters, "
               "round 36); " + ONE + "; 「組織專業技術人員現場指導」: the persons are the object of 组织 (no unit, round 30); the heading "
               "「加強部門協作,確保任務完成」 names no duty word and gives out nothing (round 37: 「加强责任落实和协同配合」); " + MASKED),
        S(["五", "2"], [], ["縣消防隊"], lead_alternatives=[["縣消防隊"]], responsible_alternatives=[[]], skip_deadline=True,
          note=R2 + ": 「縣消防隊協助植樹的用水工作」 — 协助 reads as 配合 (round 37/38), and 配合 with a subject of its own makes it a "
               "doer (round 46 governs over round 34's 「配合 needs a doer」, which holds only for 配合 with no subject; round 59's 「代建单位"
               "协助…」 names 代建单位); the body served is none; " + ONE + "; none accepted; " + MASKED),
        S(["五", "3"], [], ["縣公安局"], lead_alternatives=[["縣公安局"]], skip_deadline=True,
          note=R2 + ": 「縣公安局負責車輛指揮工作」; " + ONE + "; " + MASKED),
        S(["五", "5"], [], ["各部門"], lead_alternatives=[["各部門"]], responsible_alternatives=[[]], skip_deadline=True,
          note=R2 + ": 「各部門組織好人員,以大口為單位參加義務植樹活動」 — 组织 is in rule 2's list whatever its object, 好 its complement "
               "(rounds 43, 49: 「组织好辖区对象」), and 各部门 alone with a rule-2 verb is a kind and a doer (round 44); the persons are "
               "no units; " + ONE + "; none accepted (round 30's 「各部门要加强…」 call); " + MASKED),
        S(["六"], [], ["縣綠委辦", "白馬關景區管委會"], responsible_alternatives=[["縣綠委辦"]], skip_deadline=True,
          note=R2 + ": 「縣綠委辦負責對…進行檢查驗收」 — the subject of 负责; 「驗收不合格的,由責任單位負責整改」 — a step after a case is "
               "the point's own work (round 42), but 責任單位 refers back to the units already tasked (round 34: a back-reference adds "
               "no unit); 「移交白馬關景區管委會負責管護」 — B the agent after 交 (round 61); lead []; a childless point that gives work "
               "is a task (round 36); " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     leaf_tasks_note="一's bracket 「(由各部門自行組織人員到植樹現場)」 says how the persons come to the time and place: read with the "
                     "field (RULING? 2); the count 8 that makes 一 a task by it (由A组织, round 43) is accepted",
     notes=["7 tasks: 四, 五/1–5, 六; 一、活動時間, 二、地點, 三、參加人員 are fields that say when, where and who (round 42 continued: a "
            "section that only gives the time, place or persons of the activity is no task; round 49: 活动方式 that only says how is "
            "one too, but 四 gives work by 由A牽頭組織 and 交B負責管護); accepted: 6 (四 read as a field), 8 (一 a task by its bracket)",
            "the activity's one day (「20xx年3月xx日」) would date every item (round 42 continued) but it is masked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x269_03_chengqu-toyao-mieshu-gongzuo-guihua.txt"
plan(X03,
     title_note=NO_TITLE + "the page's heading 「城區大規模投藥滅鼠工作規劃范文」 (line 3) carries the site's word 范文; line 1 is the "
                "site's breadcrumb",
     doc_no="", issuer="a 区 (not named; 「區政府」「區愛衛辦」「各街道」, under a 市 and a province's 愛衛會)",
     date="not shown", level="district (a 区, not named)",
     source=page_source("http://www.ruiyinglinkage.com/jihua/guihua/569527.html"),
     style="a 范文 mirror (美章網) in traditional characters with sentences shuffled inside paragraphs: breadcrumb, heading, the site's "
           "preamble, 一、指導思想, 二、組織原則 (「由區政府組織有關單位負責具體實施。」), 三、技術措施 (a lead-in, then items whose numbers are "
           "glued to the text 「1由區愛衛辦負責…」「2大力開展…」「3各街道負責…」「4加強防鼠…」), CUT in 4 at 「每50延米設立一」",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想"],
     samples=[
        S(["二"], [], ["區政府"], lead_alternatives=[["區政府"]], responsible_alternatives=[[]],
          note=R2 + ": 「由區政府組織有關單位負責具體實施」 — 由A组织＋work (round 34; 组织 whatever its object, round 43), the 有关单位 the "
               "pivot's object and a call (rounds 30, 33); 「市政府的領導下和市愛衛會的業務指導下」 are rule 3's guides; an item is read by its "
               "words, not its heading (round 56), so a 原则 point that gives concrete work by rule 2 is a task (round 58's stand-alone "
               "基本原则 sections), and a childless point that gives work is one (round 34 early); " + ONE + "; the count 4 that reads it "
               "as a principle of roles (rounds 41, 62) and none are accepted; " + NODATE),
        S(["三", "1"], [], ["區愛衛辦"], lead_alternatives=[["區愛衛辦"]], **at(X03, "\n1"),
          note=R2 + ": 「由區愛衛辦負責制定實施方案」 — 由A负责; " + ONE + "; a number glued to its text 「1由…」 opens an item when the "
               "numbers run in order (round 34: numbers inside one paragraph; round 42: a bare digit is an item number); " + NODATE),
        S(["三", "2"], [], [], targets=[(95, "%"), (100, "%")], **at(X03, "\n2"),
          note="「大力開展宣傳教育活動。區屬單位和駐區單位參與率達95%以上。特殊行業參與率達100%投藥員培訓率達100%」 — no subject; the units "
               "whose 参与率 is measured are the rate's objects, no doers: " + NONE + "; 95 % with 以上 is a target (round 30's line), and "
               "a rate the work must reach 「達100%」 (達 as 达到) is one too (round 30: a goal); " + NODATE),
        S(["三", "3"], [], ["各街道"], lead_alternatives=[["各街道"]], targets=[(95, "%")], **at(X03, "\n3"),
          note=R2 + ": 「各街道負責轄區內的組織宣傳工作」 — a group named by a kind with 负责 is a doer (round 30/32); " + ONE + "; 「覆蓋率"
               "達到95%」 twice: a target with 达到 (round 30); " + NODATE),
        S(["三", "4"], [], [], targets=[(1, "平方厘米")], not_targets=[(30, "厘米"), (15, "平方米")], **at(X03, "\n4"),
          note="「加強防鼠設施建設。各機關、企事業單位…在搞好…的同時要做好物品墊離工作」 — 做好 is outside rule 2's list, and the bodies are "
               "the regulated (round 41: a party's own duty with no rule-2 form): " + NONE + "; 「網眼面積小于1平方厘米」 is a ceiling of a "
               "standard (小于, round 32): a target; 「離墻30厘米」 and 「毒餌盒每15平方米設一個」 are norms with no comparison word "
               "(round 30; round 60: a ratio sizing a standing provision stays a norm); " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 tasks: 二 and 三/1–4 (4 CUT); 一、指導思想 is a section (a stance, round 58); 二、組織原則 gives work by 由A组织 (round 58: "
            "an item is read by its words); accepted: 4 (二 read as a principle of roles, rounds 41, 62)",
            "the sentences inside 一 and 二 are shuffled by the mirror (「市政府的領導下和市愛衛會的業務指導下。」 stands after the clause it "
            "belongs before), as printed"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x269_04_xiangzhen-chunji-mieshu-huodong-tongzhi.txt"
plan(X04,
     title_note=NO_TITLE + "the page prints no title line: 「鄉鎮春季滅鼠活動通知范文」 stands only in the site's 前言 sentence (line 1)",
     doc_no="", issuer="a 县爱卫会 (「經縣愛衛會研究決定」; not named; a 衛生縣城 and 滅鼠先進縣; its 城關鎮)",
     date="not shown (it cites a 〔2004〕10號 provincial document; no year of its own)",
     level="county (a 县's 爱卫会, its notice to the 乡镇 爱卫会 and 县直 bodies)",
     source=page_source("http://m.sdfengxin.cn/article/bjhc/xztz/201401/758780.html"),
     style="a 范文 mirror in traditional characters: the site's 前言, addressees run into the preamble (「…開展春季統一突擊滅鼠活動,現將有關"
           "事項通知如下:」), 一、加強組織領導 and 二、經費籌集與藥物配制 (headed points over one paragraph each), 三、工作要求 (一) — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["縣愛衛辦", "各部門", "各鄉鎮", "城關鎮"],
          responsible_alternatives=[["各部門", "各鄉鎮", "城關鎮"], ["縣愛衛辦", "各鄉鎮", "城關鎮"], ["各鄉鎮", "城關鎮"]],
          dl="5月上旬", skip_deadline=True,
          note=R2 + ": 「由縣愛衛辦統一組織」 — the agent of 由 with a verb of doing (round 34: 由A＋any verb of doing; RULING? 3: rounds "
               "41/59 give no doer to a subject's 组织 with no object); 「全縣各部門、各單位要…層層落實責任」 — 落实 is rule 2's whatever its "
               "object (round 49), 各部门 alone a kind (round 44), 全县 a scope dropped (round 43), 各单位 a call (round 33); "
               "「各鄉鎮負責鎮區范圍的滅鼠工作」「城關鎮負責抓好…」 — subjects of 负责; lead []; a childless point that gives work is a task "
               "(round 34 early); the campaign 「5月上旬」 (the preamble) has no year: " + NOYEAR),
        S(["二"], [], ["縣愛衛辦"], lead_alternatives=[["縣愛衛辦"]], targets=[(100, "%")], dl="5月6日至8日", skip_deadline=True,
          note=R2 + ": 「滅鼠毒餌由縣愛衛辦到市愛衛辦統一定購」 — 由A＋a verb of doing (定购, a purchase, not a cost verb of round 48); "
               "市愛衛辦 is where it buys (no unit); 「向城區單位…收取…成本費」 has no subject; 「各單位要…有計劃用藥」「各單位按規定時間投藥」 are "
               "calls (round 33); " + ONE + "; 「確保藥物100%投放到位」 — the share of the work to be done, a target without a comparison "
               "word (round 60); the dated steps 5月2日至5日 and 5月6日至8日 (the latest the deadline, round 34) have no year: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 一 and 二 (childless headed points that give work, round 34 early); 三、工作要求 (一) is cut after a statement "
            "(「…是為民辦實事的具體體現。各部門、」) before any work: only what is printed is read (round 48/62), no task; accepted: 3 (with "
            "三/(一))",
            "the addressees 「各鄉(鎮)愛衛會,縣直機關各單位…愛衛工作領導小組:」 receive the notice (no units)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x269_05_shi-2012-bolanhui-bingmei-shengwu-fangzhi-fangan-ye2.txt"
plan(X05,
     title_note=NO_TITLE + "page 2 of the document: it opens at 「(七)」 under a heading the page lost; the title is on page 1",
     doc_no="", issuer="a 市 (not named; its 市建委, 市水务局, 市林业局, 市爱卫办; a 博览会 and its 会展中心)",
     date="2012 (the stages 2012年7月16日 – 2012年8月31日)", level="city (a 市, not named)",
     source=page_source("http://fsou.com/html/text/lar/174188/17418849_2.html"),
     style="a law site's page 2: (七)–(十) 「市X局负责…」 (their heading, 四、…, is on page 1), 五、实施步骤 「主要分四个阶段」 with "
           "(一)第一阶段(2012年7月16日-7月31日)。 (二)第二阶段(2012年8月1日-8月10日)。 (三)第三阶段(2012年8月11日-8月31日), each over a "
           "paragraph of work, then 「六、工作措」 — CUT (the fourth stage not printed)",
     leaf_tasks=7, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(七)"], [], ["市建委"], lead_alternatives=[["市建委"]],
          note=R2 + ": 「市建委负责建筑工地的病媒生物防制工作」; " + ONE + "; the heading above (七)–(十) is on page 1 and what is lost "
               "is not read (round 53/59/61): the items are read by their own words, and the page qualifies by its printed items "
               "(round 61); " + NODATE + " (the stages' spans date only the stages' own items)"),
        S(["(九)"], [], ["市林业局"], lead_alternatives=[["市林业局"]],
          note=R2 + ": 「市林业局负责…。同时做好各区(县)绿地环境的…监督、检查工作」 — the subject of 负责; 各区(县) are where the "
               "checking bears (no doer); " + ONE + "; " + NODATE),
        S(["(十)"], [], ["各部门"], lead_alternatives=[["各部门"]], responsible_alternatives=[["全市各部门"], []],
          note=R2 + ": 「全市各部门和相关单位要负责本区域及职责范围内的病媒生物防制工作」 — 各部门 alone with 负责 is a kind and a doer (round "
               "44), 全市 a scope dropped (round 43), 相关单位 a call (round 33); the heading lost with page 1 gives out nothing (round "
               "59's x258_07: each 「A负责…」 item names A by rule 2); " + ONE + "; the printed 全市各部门 and none accepted; " + NODATE),
        S(["五", "(一)"], [], [], dl="(2012年7月16日-7月31日)", dln="2012-07-31",
          note="「制定博览会病媒生物防制工作方案;组建…队伍;开展…培训;…组织开展投药前的环境清理…」 — no subject: " + NONE + "; a stage with "
               "work written under it is a task and a phase (round 32/33); its span's end is its deadline (round 35)"),
        S(["五", "(二)"], [], [], dl="(2012年8月1日-8月10日)", dln="2012-08-10",
          note="「全市集中开展…活动。…会展中心和相关宾馆饭店要加大…力度,鼓励…聘请专业消杀公司…」 — 要加大 is outside rule 2's list and 鼓励 "
               "names no doer (round 40): " + NONE + "; the stage's span end (round 35)"),
        S(["五", "(三)"], [], ["市爱卫办"], lead_alternatives=[["市爱卫办"]], dl="(2012年8月11日-8月31日)", dln="2012-08-31",
          note=R2 + ": 「由市爱卫办组织对第二阶段开展的除四害活动进行考核和评价」 — 由A组织＋work; the 会展中心 and 宾馆饭店 「作为必查单位」 "
               "are checked (objects, no units); 「提请有关单位予以行政处罚」 has no subject (有关单位 receive the request); " + ONE
               + "; the stage's span end (round 35)"),
     ],
     plan_targets=[],
     phases=[{"name": "第一阶段", "start": "2012-07", "end": "2012-07", "note": "(2012年7月16日-7月31日)"},
             {"name": "第二阶段", "start": "2012-08", "end": "2012-08", "note": "(2012年8月1日-8月10日)"},
             {"name": "第三阶段", "start": "2012-08", "end": "2012-08", "note": "(2012年8月11日-8月31日); the lead-in's fourth "
              "stage is not printed before the cut (no phase)"}],
     duties=[],
     notes=["7 tasks: (七), (八), (九), (十) and 五/(一)–(三) (stages with work, round 33); 「主要分四个阶段…」 is the lead-in, no phase "
            "(round 33); 「六、工作措」 is cut at its heading (no task, round 62)",
            "(七)–(十) have no date of their own and the page states no campaign span for the whole action: no deadline"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x269_06_liaoyang-shi-chunji-aiguo-weisheng-qingjie-yue-ye2.txt"
plan(X06,
     title_note=NO_TITLE + "page 2 of the document (「[接上页]」): the title is on page 1",
     doc_no="", issuer="辽阳市 (Liaoning; by its places 白塔、文圣、宏伟、太子河 districts, 辽阳县, 灯塔市, 弓长岭区; the 市爱卫会)",
     date="not shown (no year on the page)", level="city (辽阳市)",
     source=page_source("https://code.fabao365.com/law_488947_2.html"),
     style="a law site's page 2 printed as ONE run-on line after a stray 「|」: 「[接上页] (二)集中整治阶段(4月10日至30日)。…(三)检查验收阶段"
           "(4月30日至5月末)。…四、责任分工 (一)各县(市)区政府要…(二)市直部门及相关单位职责分工 市城市建设公用事业管理局:负责…环卫部门要…"
           "居民区厕所要及」 — CUT; the stages' parent heading and (一) are on page 1",
     leaf_tasks=4, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], [], dl="(4月10日至30日)", skip_deadline=True, **at(X06, "(二)"),
          note="「(二)集中整治阶段(4月10日至30日)。每周五下午、周六为全市环境卫生整治活动日;…4月10日重点整治大街小巷…」 — days of work with "
               "no subject: " + NONE + "; a stage with work in it is a task as well as a phase (round 32/33; count 2 reads the stages "
               "as phases only); its parent number is on page 1 (not read, round 53/59); the span's end would be its deadline "
               "(round 35), but " + NOYEAR),
        S(["(三)"], [], ["市爱卫会"], lead_alternatives=[["市爱卫会"]], dl="(4月30日至5月末)", skip_deadline=True, **at(X06, "(三)"),
          note=R2 + ": 「市爱卫会组织有关部门对各县(市)区、各部门和单位开展清洁月活动情况进行检查」 — A组织B＋work: A a doer, B (有关部门) "
               "the pivot's object, no unit (round 30); " + ONE + "; " + NOYEAR),
        S(["四", "(一)"], [], ["各县(市)区政府", "各县(市)区", "爱卫会"],
          responsible_alternatives=[["各县(市)区政府", "爱卫会"], ["各县(市)区政府"]], skip_deadline=True, **at(X06, "(一)"),
          note="under 「四、责任分工」, a heading that gives out work (round 35): every body the text gives work is a unit (round 34: the "
               "subject of any verb of doing) — 「各县(市)区政府要…动员全社会参与,深入开展…,集中整治…」, 「各县(市)区要搞好春季灭鼠工作」 "
               "(names as printed, no alias rewritten, round 38), 「爱卫会要组织除四害专家做好…调查」 (组织＋work; the experts are persons, "
               "never units); 「辽阳县以首山镇…为重点」 and the others name each place's focus, no work verb; 「…经费及时拨付到位」 is a cost "
               "(round 48); lead []; " + NOYEAR),
        S(["四", "(二)"], [], ["市城市建设公用事业管理局", "环卫部门"], lead_alternatives=[["市城市建设公用事业管理局"]], skip_deadline=True,
          **at(X06, "(二)", 2),
          note="「(二)市直部门及相关单位职责分工」 over unit paragraphs with no numbers is one task (round 32: a section of unit paragraphs), "
               "its units every paragraph's body in printed order: 「市城市建设公用事业管理局:负责…」 (a unit-colon paragraph, rule 1) and "
               "「环卫部门要加大工作力度,在限定的时间内清除…」 (under a 职责分工 heading any verb of doing, round 34); 「居民区厕所要及」 is "
               "cut; lead [] (the first colon body as lead accepted, round 38's 「（七）A：」 label); " + CUT + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: the two stages printed on this page ((二) 集中整治阶段, (三) 检查验收阶段: stages with work, round 33) and 四/(一), "
            "四/(二) (CUT); accepted: 2 (the stages read as phases only)",
            "the stages are phases too, but the page prints no year, so no phase is checked (a phase's months need the year)",
            "the whole text is one line after a stray 「|」; 「[接上页]」 is the site's mark"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x269_07_chunji-chu-sihai-xingdong-fangan.txt"
plan(X07,
     title_note=NO_TITLE + "the page prints no title line: 「春季除四害行動方案范文」 stands only in the site's 前言 sentence (line 1)",
     doc_no="", issuer="a 市 (not named; its 臺城鎮 — 台山市, Guangdong, by the town; 市愛衛辦, 市城管局)",
     date="not shown (「**年4月20日至30日」, masked)", level="city (a 县级市, its 市区)",
     source=page_source("http://m.cslysj.com/article/xzgaoshou/gongzhuo/200811/103485.html"),
     style="a 范文 mirror in traditional characters with inline pinyin 「市區(qū)」「臺城鎮(zhèn)」: the site's 前言, a preamble, 一、行動時間 "
           "(masked year), 二、組織領導 (「由市愛衛辦統一領導,檢查監督;臺城鎮組織各社區、居民小組…具體實施」), 三、行動內容, 四、具體措施 "
           "(一)各負其責,治本清源。 with items whose first number is masked 「**、城管局負責…」 then 2、–5、 — CUT in 5 after 「臺城鎮政府、房管」",
     leaf_tasks=6, count_alternatives=[5, 7], attachment_task_rows=0,
     childless_top_level_sections=["一、行動時間", "三、行動內容"],
     samples=[
        S(["二"], [], ["市愛衛(wèi)辦", "臺城鎮(zhèn)"], responsible_alternatives=[["市愛衛辦", "臺城鎮"], ["臺城鎮(zhèn)"]],
          skip_deadline=True,
          note=R2 + ": 「由市愛衛辦統一領導,檢查監督」 — 由A＋verbs of doing (round 34); 「臺城鎮組織各社區、居民小組按轄區具體實施」 — A组织B＋"
               "work: A a doer, the 社区 and 居民小组 the pivot's objects (round 30); 「…市屬職能部門按責任分工包干」 — 包干 is outside rule "
               "2's list; names as printed with the site's inline pinyin (round 39/62), the names without it accepted; lead []; a "
               "组织领导 point that names a doer is a task (round 33); the campaign 「**年4月20日至30日」: " + MASKED),
        S(["四", "(一)", "1"], [], ["城管局"], lead_alternatives=[["城管局"]], targets=[(1, "次")], skip_deadline=True, **at(X07, "**、"),
          note=R2 + ": 「城管局負責對市區所有…進行一次清理和檢修」 — the subject of 负责; the item's number is masked by the site 「**、」 "
               "before 2、–5、: item 1 (round 37: the page lost its number), and a masked name is no name (round 37); 「進行一次清理和檢修」 — an "
               "event the item holds, counted in words, is its own number of work, 1 次 (rounds 52, 58); 「每月清理一次」 is a rhythm; " + ONE
               + "; " + MASKED),
        S(["四", "(一)", "2"], [], ["市國有資產投資經營有限公司", "臺城鎮(zhèn)政府"], responsible_alternatives=[[]], skip_deadline=True,
          note="「市國有資產投資經營有限公司和臺城鎮政府對轄下市場的下水道…進行一次清理和檢修…,督導各市場接受…」 — 进行 and 督导 are outside "
               "rule 2's list (round 37), but the heading 「(一)各負其責,治本清源。」 has each body take on its 责 (a duty word as the object "
               "of 负, round 35/37's work headings), so every body the item gives work is a unit (round 34/35); 和 joins two whole "
               "names (round 34); lead []; none accepted (the heading read as a slogan, RULING? 4); " + MASKED),
        S(["四", "(一)", "3"], [], ["市衛(wèi)生監(jiān)督所"], lead_alternatives=[["市衛(wèi)生監(jiān)督所"]],
          responsible_alternatives=[["市衛生監督所"]], skip_deadline=True,
          note=R2 + ": 「市衛生監督所負責督導市區食品行業…」 — the subject of 负责 (the objects of 督导 are trades, no bodies); name as "
               "printed with pinyin (round 39), without it accepted; " + ONE + "; " + MASKED),
        S(["四", "(一)", "4"], [], ["市城管局", "環(huán)保局"], responsible_alternatives=[["市城管局", "環保局"]], skip_deadline=True,
          note=R2 + ": 「市城管局、環保局聯合負責督導…」 — two subjects of 负责, separate heads (round 31); lead []; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 tasks: 二 and 四/(一)/1–5 (5 CUT after 「臺城鎮政府、房管」, before any verb); 一、行動時間 is a field (the campaign's "
            "span), 三、行動內容 a field that says what the work bears on (round 44); accepted: 5 (without 二, or without the cut 5), 7 "
            "(with 三)",
            "every date is under the masked year 「**年」: no deadline is checked"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x269_08_huangpi-qu-2023-bingmei-shengwu-fangzhi-fuwu-xinxi.txt"
plan(X08,
     title="黄陂区病媒生物防制服务对象及服务机构信息",
     title_note="line 1, the page's own title (the disclosure page's fields follow it)",
     doc_no="(发文字号 field 「2023」)", issuer="黄陂区卫生健康局 (武汉市, Hubei)", date="2023-12-14",
     level="district bureau (黄陂区卫生健康局)",
     source=page_source("https://www.huangpi.gov.cn/fbjd_33/xxgkml/gysyjs/wsjk_mh/wsjk/202312/t20231214_2320080.html"),
     style="a district government's disclosure page: title, the fields 发文单位 / 发文字号 / 发文日期 / 效力状态 / 索引号 / 主题分类 one a "
           "line, then 一、基本原则, 二、服务机构 (a name), 三、工作范围 (a scope with 「物业费低于1元/平方米」), 四、责任分工 (一)–(八) — 「区爱卫办"
           "负责…」「街道、社区负责…」 and 「…除四害工作由X部门负责监督管理」 — CUT in (八) at 「由招标」",
     leaf_tasks=8, count_alternatives=[7], attachment_task_rows=0,
     childless_top_level_sections=["一、基本原则", "二、服务机构", "三、工作范围"],
     samples=[
        S(["四", "(一)"], [], ["区爱卫办"], lead_alternatives=[["区爱卫办"]],
          note=R2 + ": 「区爱卫办负责…招标采购工作,负责落实配套经费和质量控制」 — the subject of 负责 (落实 with funds as object under 负责 "
               "is work, round 37); " + ONE + "; " + NODATE),
        S(["四", "(二)"], [], ["街道", "社区"], responsible_alternatives=[["街道", "社区", "相关部门"]],
          note="under 「四、责任分工」 (a heading that gives out work, round 35): 「街道、社区负责辖区范围内除四害工作的监督与管理,包括协调督促"
               "相关部门、单位、社区居民等开展…」 — 街道 and 社区 the subjects of 负责, two names (no shared head, round 30); the objects of "
               "督促 given work are units under a work heading (round 37), but 「相关部门、单位、社区居民等」 is a catch-all with residents "
               "(round 37: 「相关部门和单位」 a general call; round 41: the public no units): [..., 相关部门] accepted; the 专业除害公司 is "
               "supervised (round 41: a party supervised, no unit); lead []; " + NODATE),
        S(["四", "(三)"], [], ["物业管理单位", "房管部门"], not_targets=[(1, "元/平米")],
          note=R2 + ": 「实行物业管理的居住区(物业费1元/平米以上),由物业管理单位负责公共外环境除四害工作,房管部门负责监督管理」 — two "
               "doers of 负责 in printed order; 「物业费1元/平米以上」 names the class of estates the item covers (round 34/37: a class the "
               "rule covers is no target); lead []; " + NODATE),
        S(["四", "(五)"], [], ["园林和林业部门"], lead_alternatives=[["园林和林业部门"]],
          note=R2 + ": 「公园及公共绿化带除四害工作由园林和林业部门负责监督管理」 — 由A负责; 「园林和林业部门」 fields sharing one head are "
               "one name as printed (round 35: 「生态和市容管理处」); " + ONE + "; " + NODATE),
        S(["四", "(七)"], [], ["食药监部门"], lead_alternatives=[["食药监部门"]],
          note=R2 + ": 「…除四害工作由食药监部门负责监督管理」 — 由A负责; " + ONE + "; " + NODATE),
        S(["四", "(八)"], [], [],
          note="「(八)社区公共外环境除害工作由招标」 — cut before the agent and its verb: a word cut at the page end is read as nothing "
               "(round 41), and 招标 names no body: " + NONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 tasks: 四/(一)–(八) ((八) CUT); 一、基本原则 states principles (no task, round 49/60), 二、服务机构 names the serving body "
            "(a field), 三、工作范围 a scope (a field, round 44); accepted: 7 (without the cut (八))",
            "the page's fields (发文单位 … 主题分类) are the disclosure platform's, no text of the plan; no date is written in any item"])

write_collected(DIR)

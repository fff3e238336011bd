# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next245/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c245, round 49: eight page openings of plans and notices from outside Shanghai —
慈溪市残联's 2016 爱耳日 cover notice (its 方案 an attachment the page does not print; one paragraph of work, a dated
sending to 市残联康复部; traditional characters); an XX镇's 2020 春季植树造林 实施方案 (headed points with run-in
paragraphs, 「宅旁绿化。」「村旁绿化。」…, 90% floors, CUT); a 乡镇's 2020 春季林业生产 工作安排 (X-masked, a document
site's chrome list 「1. 1、」, one (一) item, CUT); 中村乡's 2008 林业生产任务 notice (six headed points run in, 各单位要,
persons 负总责, an attachment table cut); a 市's 2022 春季造林和义务植树 活动方案 (a document site's chunk numbers 「1、」
「2、」 inside the text, run-in points with floors 「不少于10米」「不低于40%」, CUT); an XX镇's 松材线虫病 防控实施方案 (chunk
「2、」 beside the plan's own 「2、」, 由镇林业站组织, a date with no year, CUT); a 陕西 city's 2020 防治碘缺乏病日 notice under
a spam site's name (three headed points, no body named); a 曲阜 街道's 灭鼠 方案 (由卫生院提供, 各卫生所具体负责,
各村委会负责, CUT)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line or the item has no number); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–53 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c245.

    python tests/data/plans-next245/make_expected.py tests/data/plans-next245
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line (a run-on page, a document site's chunk line): the line where the nth
# marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


def head(file, words, nth=1):
    """An item with no number of its own (a run-in heading 「宅旁绿化。」, an unnumbered paragraph): the line where
    ``words`` stand and the eight characters from them on, stopping at the line's end."""
    return at(file, words, nth, skip=-len(words))


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, outside articles too, round 44): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 36/45: hired persons; round 42: 干部 are persons)"
NOYEAR = "no year is printed on the page (the site's date is the site's, round 45): the deadline is not checked"
NO_TITLE = "title not checked: "
CHUNK = "the document site's chunk numbers 「1、」「2、」 opening lines are chrome, not items (round 40)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x245_01_cixi-2016-aierri-xuanchuan-jiaoyu-huodong-tongzhi.txt"
plan(X01,
     title="關于開展第17次全國“愛耳日”宣傳教育活動的通知",
     title_note="line 14, the notice's own title as printed (traditional); 「全國愛耳日通知」 (lines 3, 8, 12) is the site's "
                "headline",
     doc_no="", issuer="慈溪市残联 (「報市殘聯康復部」, 「我市」, 慈溪市's census figures; 宁波, Zhejiang: 甬康辦〔2016〕1號)",
     date="not shown (2016 by the text: 「2016年3月3日是第17次全國“愛耳日”」)",
     level="a body's own (慈溪市残联, a county-level city's disabled persons' federation)",
     source=page_source("http://www.ipr-jzsc.com/z/251954.html"),
     style="a 范文 site's page in traditional characters: spam line, headline, byline, the site's intro, then the notice: title, "
           "addressees 「各鎮(街道)殘聯,市聽力言語殘疾康復技術指導中心:」, two paragraphs of facts, 「現將我市…活動方案印發給你們,請各地"
           "加強領導,認真組織實施」, one paragraph of work (a dated sending), 附件 1.–2. (the 方案 and a 統計表, not printed), then the "
           "site's own 「2016全國愛耳日是幾月幾日?」 text — CUT; no numbered point",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["宣傳教育活動結束后"], [], [], dl="于2016年3月3日前", dln="2016-03-03", **head(X01, "宣傳教育活動結束后"),
          note="RULING? 1: the forwarded 方案 is an attachment the page does not print, so the notice is read through its own "
               "paragraphs (round 39: a forwarding notice's own requirements are tasks when the plan it forwards is not printed; "
               "round 38: unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks, paths by first "
               "words); 「請各地加強領導,認真組織實施」 is the cover's call (「What is a task」: 「请认真贯彻执行」), no task. 「請各地認真總結,"
               "并同宣傳活動資料…于2016年3月3日前…報市殘聯康復部」 — 各地 names no kind (round 32: a general call with any verb); "
               "市殘聯康復部 receives (rule 3): " + NONE + "; round 49 (p46c): the sending is joined to the item's own one-off "
               "work (總結) by 并, so its date is the item's deadline as well as the duty's; the count 0 that reads the paragraph "
               "as a cover's dated sending only (a duty, 「What is a task」) is accepted"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "請各地認真總結,并同宣傳活動資料如:宣傳冊、圖片、視頻等,于2016年3月3日前分別以紙質和電子稿形式報市殘聯康復部",
              "when": "于2016年3月3日前", "when_norm": "2016-03-03",
              "note": "a dated sending the notice asks of the bodies it addresses (round 43 turned; round 42's dated sending); "
                      "the 聯系人 line is the issuer's own contact, no duty"}],
     notes=["1 task: the paragraph 「宣傳教育活動結束后,請各地認真總結,并…報市殘聯康復部」 (RULING? 1); accepted: 0 (the cover's "
            "sending a duty only)",
            "facts 「0-14歲兒童總數超過8.9萬」「比例為2.1%」「超過1800人」 are past figures (round 33), no targets; they stand in no task",
            "the lines after 附件 2. (「2016全國愛耳日是幾月幾日?」, 「全國愛耳日簡介」) are the site's own text after the notice",
            "the spam line (line 1) and 「學人智庫 我要投稿」「相關推薦」 are the site's chrome"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x245_02_xx-zhen-2020-chunji-zhishu-zaolin-shishi-fangan.txt"
plan(X02,
     title="XX镇2020年春季植树造林工作实施方案",
     title_note="line 1 (printed again at the start of line 2, glued to the preamble by a space)",
     doc_no="", issuer="an XX镇 (masked; 「根据区下达我镇任务」: a town of a 区; roads 芦苏路, 祝王路)", date="not shown (2020 by the title)",
     level="town (XX镇, masked)",
     source=page_source("https://51jzrc.cn/show-76-532306-1.html"),
     style="a 范文 site's page: title, the title again run into the preamble, 一、 (a heading run into its first paragraph by a "
           "space; a second paragraph 「各村结合…做好…」), 二、 (a heading run into its first run-in item 「宅旁绿化。…」), run-in "
           "items 「村旁绿化。」「水旁绿化。」 and 「路旁绿化。」 (run in after 「…岸边景观, 」 on the same line), then a paragraph with no "
           "run-in heading 「沟河两边,学校、小区、集镇周边的绿化,突出身边增绿」 — CUT; no unit by the ruled forms",
     leaf_tasks=6, count_alternatives=[2, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="a childless headed point that gives work (round 34 early; round 51 p47b: an instruction with no doer is a task): "
               "「进一步完善镇、村两级“林长制”网络,明确各级林长职责,扎实做好道路绿化,实施绿色长廊工程」 has no subject (实施 with no "
               "subject is an instruction, round 49 p46d); 「各村结合…做好本村范围内…绿化工作」 — 各村 is a kind, but 做好 is no rule-2 "
               "verb (round 30; round 44: the closed list outside articles); 林长 are posts, persons (" + PERSON + "): " + NONE
               + "; the year is the title's only (round 38: a period in the title dates nothing): " + NODATE),
        S(["二", "宅旁绿化"], [], [], **head(X02, "宅旁绿化。"),
          note="round 35: run-in headings 「宅旁绿化。」「村旁绿化。」… opening the paragraphs of a section are its items (round 47's "
               "x212_03: a section of the plan's own content, items that give work are tasks though they name no body); the first "
               "stands after the heading of 二 on its line; 「做到见缝插绿,以…为主」: " + NONE + "; " + NODATE),
        S(["二", "村旁绿化"], [], [], **head(X02, "村旁绿化。以"),
          note="run-in item (round 35): 「实施应绿尽绿…建设环村林带」 with no subject (实施 with no subject names no doer, round 49 "
               "p46d): " + NONE + "; 「以自然村为单位」 is the work's scale, no body; " + NODATE),
        S(["二", "水旁绿化"], [], [], [(90, "%")], **head(X02, "水旁绿化。"),
          note="run-in item (round 35); 「宜林地段绿化率达到90%以上」 — a standard with a comparison word (达到…以上), a target "
               "(round 30's line; round 34: a standard written without a grade word): 90 %; " + NONE + "; " + NODATE),
        S(["二", "路旁绿化"], [], [], [(90, "%")], **head(X02, "路旁绿化。"),
          note="run-in item (round 35) standing inside line 7 after 「…岸边景观, 」 (its paragraph break lost): a run-in heading "
               "wherever it stands; 「两侧的宜林地段绿化率达到90%以上」: 90 % (round 30); 「可采用…」「可配置…」 are options (round 40): "
               + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 tasks: 一 (a childless point of work, its two paragraphs one task) and 二's run-in items 宅旁绿化, 村旁绿化, 水旁绿化, "
            "路旁绿化; the last paragraph 「沟河两边,学校、小区、集镇周边的绿化,突出身边增绿」 (CUT) has no run-in heading, so it is read "
            "as the body of the last item before it (round 32: an unnumbered paragraph after the last item that gives work) — "
            "RULING? 2; accepted: 6 (that paragraph an item of its own, the 「四边」 of 「四旁四边」), 2 (一 and 二 each one task, the "
            "run-in paragraphs the section's text as round 44 reads a safeguards section)",
            "aligned round 50 to CONVENTIONS.md \"Round 55 rulings, written early\" (turned): among run-in items each paragraph "
            "is an item (round 35), and 「沟河两边,学校、小区、集镇周边的绿化,突出身边增绿」 opens with a topic of its own, a new object "
            "beside 「路旁绿化。」, so it is the next item (one going on 「同时…」 would be the body, round 32): count 5 → 6; the "
            "builder's reading: the paragraph the body of 路旁绿化, count 5 — stays accepted (count_alternatives [2, 5])",
            "the heading texts of 一、 and 二、 run into their first paragraph after a space (「…推进现代林业建设 进一步…」, 「…绿化建设 "
            "宅旁绿化。…」): the heading is the point's title, the rest its text"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x245_03_xiangzhen-2020-chunji-linye-shengchan-gongzuo-anpai.txt"
plan(X03,
     title="乡镇2020年春季林业生产工作安排",
     title_note="line 1 and line 8 (the document's own title line in the preview; round 50: a title line printed as the page's "
                "title, not a compilation's piece)",
     doc_no="", issuer="an X镇 (masked; 「县自然资源局」, 「商贸旅游小镇」; trees 河北杨, 圆冠榆, 盐柳: a northern 镇)",
     date="not shown (the text masks its year 「X年」; the title prints 2020)", level="town (X镇, masked)",
     source=page_source("https://360docs.net/doc/42484881.html"),
     style="a document site's preview: title, 「相关主题」 and the site's numbered notice list 「1. 1、…」「2. 2、…」「3. 3、…」 "
           "(chrome), the title again, a preamble, 一、指导思想 (a paragraph), 二、目标任务及责任分工 with two lead-in paragraphs "
           "(「X年,我镇…主要完成…」, 「完成X国道、X省道公路两侧绿色通道造林,…」), (一)人居环境示范点 with two paragraphs — CUT; every "
           "quantity masked 「X」「X.X亩」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], skip_deadline=True,
          note="heading 「(一)人居环境示范点」 over paragraphs 「…完成X个县级人居环境示范村X个人居环境示范点的村庄绿化栽植任务」 — "
               "完成 is no rule-2 verb (round 30); 我镇 in the lead-in is the town speaking of itself, a place (rounds 43, 44): " + NONE
               + "; the section's lead-in opens 「X年,…」 with its year masked and the title prints 2020 — whether the section's "
               "masked opening year dates its items (round 46's masked year filled from the title; round 44's opening year) is "
               "RULING? 3: not checked; every figure is masked 「X」, no target"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task on the page: 二/(一) (CUT). The lead-in paragraphs of 二 (the goal 「计划完成造林面积X.X亩」 and 「完成X国道、X省道"
            "公路两侧绿色通道造林…」) are the section's text before its first numbered child (plans-dev: items with children are "
            "no leaves); accepted: 2 (the 绿色通道 paragraph read as an item whose heading the page lost, round 37)",
            "「1. 1、」「2. 2、」「3. 3、」 (lines 4–6) are the site's notices about downloads, chrome (round 40), not items",
            "一、指导思想 is a childless section (plans-dev EXPECTED.md lines 21–25)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x245_04_zhongcun-xiang-2008-linye-shengchan-renwu-tongzhi.txt"
plan(X04,
     title="关于下达2008年度林业生产任务的通知",
     title_note="line 3 (line 2 「朗读」 is the site's read-aloud button)",
     doc_no="", issuer="中村乡人民政府 (开化县 by the site's path /kaihuaxian/, Zhejiang; 「报:县府办 送:县林业局」)",
     date="2008年1月22日 (2008-01-22)", level="township (中村乡)",
     source=page_source("http://nbxinxi.com/a/kaihuaxian/20210625/342361.html"),
     style="a news site's copy: 「朗读」, the title, addressees 「各村委会、乡林场:」, a preamble 「现将今冬明春林业生产任务下达给你们」, "
           "six headed points 一、–六、 each a run-in line (heading sentence and text), 「附:各村(乡林场)08年度林业生产任务表」, the "
           "signature and date, 报/送 lines with table bars 「 |」, then the attachment's table head — CUT",
     leaf_tasks=4, count_alternatives=[3, 5, 6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二"], [], [],
          note="a headed point of work (round 34 early): 「强化管理、全面提高绿化造林质量。各单位要因村制宜,真抓实干,坚决杜绝…」 — "
               "各单位 is a general call (round 33: only the bare 各单位／有关单位／相关单位), and 真抓实干／杜绝 are no rule-2 verbs: "
               + NONE + "; the preamble's 「今冬明春」 names the season of the tasks, no date (round 47: no span set by 定于): " + NODATE),
        S(["三"], [], [],
          note="「继续推行“穴状整地、带状整地”两种生态型整地方式…可采用“先种植、后扩穴”的办法,但扩穴要及时…」 — an instruction with no "
               "subject (round 51 p47b: a task); 可采用 is an option (round 40); 「两种」 names kinds, no target (round 30): " + NONE
               + "; 「要及时」 is no date: " + NODATE),
        S(["四"], [], [],
          note="「创新方法、鼓励全社会参与…鼓励山林有序流转…对造林大户,在立项、技术指导、调苗、验收等各环节子以优先和方便」 — 鼓励 names "
               "no doer (round 40), and 鼓励 decides doers, not whether a headed work item is a task (round 49, x228_03); the "
               "priority given to 造林大户 (applicants and the public, round 30) is the point's work: a task (the count 3 without "
               "it accepted: a point of encouragements and a scheme's terms, round 46); " + NONE + "; 「子以」 is the page's misprint "
               "of 予以, read as printed (round 43); " + NODATE),
        S(["五"], [], [],
          note="「各单位要及时把造林仟务落实到山头、人头…利书记、主任(场长)负总责,每块山都要有专人联系。对于达不到标准的基地一律作不"
               "合格基地上报…」 — 各单位 + 落实 is a general call (round 33; round 49 p46d: 落实 with a general call as subject names "
               "none); 书记, 主任(场长) and 专人 are persons (" + PERSON + "; 负总责 designates only a body, round 35); the receivers of "
               "落实到 are no units (round 42): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "对于达不到标准的基地一律作不合格基地上报", "when": None, "when_norm": None,
              "note": "五: information sent up by the bodies the notice tasks (round 46: a report or information sent is a duty, "
                      "undated where no date is written, round 36)"}],
     notes=["4 tasks: 二, 三, 四, 五 (headed points of work, round 34 early). 一 「紧紧围绕乡党委、政府的林业发展战略,统一思想,提高认识,突出"
            "…重点…」 states the stance and aims of the work (round 49: aims and principles give no work; round 51: a point of "
            "aims is none), and 六 「林业生产任务的完成情况列入乡“八大目标”考核」 states how the work is assessed, with no doer and no "
            "要／应 (round 46: a scheme's terms; round 33: oversight): no tasks. Accepted: 5 (with 一 or 六), 6 (every point), 3 "
            "(without 四)",
            "「附:各村(乡林场)08年度林业生产任务表」 is the 附件 line: the table after it (its head only, CUT) is the attachment, no "
            "rows on the page",
            "「仟务」 (五) and 「新台价」 (二) are the page's misprints, kept"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x245_05_shi-2022-chunji-zaolin-yiwu-zhishu-huodong-fangan.txt"
plan(X05,
     title="2022年春季造林和义务植树活动方案",
     title_note="line 1 (the site's title) and the text's own title inside line 14 after the chunk number and 「word可编辑」 (the "
                "file's own mark), glued to the addressees",
     doc_no="", issuer="a 市 (masked 「生态xx」; 「经市政府研究」, addressed to 各镇人民政府、街道办事处,市政府各部门及有关单位: a "
                       "county-level city)",
     date="not shown (2022 by the title)", level="city (a 市, not named)",
     source=page_source("https://m.jinchutou.com/shtml/view-497954662.html"),
     style="a document site's preview: title, uploader's facts, page thumbnails, 「资源描述」, then the text in two chunks 「1、…」「2、…」 "
           "(the site's, round 40), each a line: 「word可编辑」, title, addressees, preamble 「决定在全市开展2022年春季造林和全民义务植树活"
           "动…现将有关事项通知如下:」, 一、开展义务植树活动。… (split by the chunk 「2、」 inside its sentence), 二、施行乡村生态工程。… "
           "(floors 不少于／不低于), 三、搞好通道绿化。为打造生态xx,在全市有条件的国 — CUT; no unit by the ruled forms",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], [(90, "%"), (95, "%")], **at(X05, "一、"),
          note="a headed point of work (round 34 early): 「每个镇要建立一个义务植树造林基地。要建立…;建立…登记卡和跟踪制度…营建…纪念林」 "
               "— 建立 and 营建 are no rule-2 verbs (round 30; round 44 outside articles), so 每个镇 is no doer: " + NONE + "; "
               "「尽责率达90%以上」「建卡率达95%以上」 are standards with 以上 (round 30): 90 %, 95 %; 「一个…基地」 per town is RULING? "
               "4 (not checked); the item runs on across the chunk 「2、」 (" + CHUNK + "); the year is the title's and the "
               "preamble's name of the whole event (round 52: a year inside the name of the plan's own event dates nothing): "
               + NODATE),
        S(["二"], [], [], [(35, "%"), (10, "米"), (60, "亩"), (2000, "平方米"), (40, "%")], **at(X05, "二、"),
          note="「施行乡村生态工程。通过园林示范村的建立带动…」 — no subject: " + NONE + "; standards with a comparison word are "
               "targets (round 30; round 40: a standard the work must meet): 「整体绿化率到达35%以上」 35 %, 「不少于10米的防护林带」 "
               "10 米, 「不低于20米宽围村林带」 20 米, 「不少于60亩的林业特色生态园一处」 60 亩, 「不少于2000平方米的绿地游园」 2000 平方米, "
               "「绿化率不低于40%」 40 %, 「不低于90%」 90 % (five checked); " + NODATE),
        S(["三"], [], [], **at(X05, "三、"),
          note="「搞好通道绿化。为打造生态xx,在全市有条件的国[cut]」 — a headed point of work cut before its verb: " + NONE + "; "
               + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 一, 二, 三 (CUT), headed points run in inside the chunk lines (round 34: numbers inside one paragraph that run "
            "in order are items)",
            CHUNK + "; 「word可编辑」 is the file's mark; the addressees are the notice's, no units of the items (round 40: a preamble "
            "gives no item units)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x245_06_xx-zhen-songcai-xianchongbing-fangkong-shishi-fangan.txt"
plan(X06,
     title="XX镇松材线虫病防控实施方案",
     title_note="inside line 16 after the chunk number 「1、」, glued to the preamble; line 1 is the site's file name with 「.docx」",
     doc_no="", issuer="an XX镇 (masked; 「XX县政治、经济和文化中心」: a county seat town)", date="not shown (the site's upload "
     "date 2023-12-12 is the site's)", level="town (XX镇, masked)",
     source=page_source("https://m.001doc.com/doc/482992.html"),
     style="a document site's preview: file name, uploader's facts, page thumbnails, 「资源描述」, the text in chunks 「1、…」「2、…」 "
           "(the site's, round 40): title, preamble, 一、指导思想 and 二、基本情况 run in, 三、防控措施 1、加强监测:… (split by the chunk "
           "「2、」 mid-word 「发\\n\\n2、现枯死松树的」), 2、防治松褐天牛:… 「9月30日前完成普查」, 3、清理枯死松树:一是由镇林业站组织专业班子"
           "对… — CUT",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、指导思想", "二、基本情况"],
     samples=[
        S(["三", "1"], [], [], responsible_alternatives=[["镇林业站"]], **head(X06, "加强监测:"),
          note="「加强监测:各村要安排护林员开展每月一次的定期巡查,发现枯死松树的,及时向镇林业站报告,镇林业站及时采取处置措施并向上级机"
               "关报告」 — 安排 and 采取 are no rule-2 verbs (round 30; round 44: the closed list outside articles), 护林员 are hired "
               "persons (round 36), 镇林业站 receives the report (rule 3): " + NONE + " ([镇林业站] accepted: a reader who takes its own "
               "采取…措施 for its work); the 「发现…的」 step is the item's own survey (round 38), not a case; 「每月一次」 is a rhythm "
               "with no comparison word, no target and no deadline (round 34): " + NODATE + "; the item runs on across the site's "
               "chunk 「2、」 (" + CHUNK + ")"),
        S(["三", "2"], [], [], skip_deadline=True, **head(X06, "防治松褐天牛:"),
          note="the plan's own 「2、」 stands inside line 18 after the chunk number 「2、」 that opens the line (round 40: the chunk is "
               "chrome; the item is the later 「2、防治松褐天牛」); 「此项工作按照上级要求9月30日前完成普查,及时科学防控」 — no subject: "
               + NONE + "; 「9月30日前」 is the item's own date but " + NOYEAR),
        S(["三", "3"], [], ["镇林业站"], lead_alternatives=[["镇林业站"]], **head(X06, "清理枯死松树:"),
          note=R2 + ": 「一是由镇林业站组织专业班子对XX高速…」 — 由A组织＋work (round 30; round 34): responsible 镇林业站; " + ONE
               + "; the 专业班子, the object of 组织, is no unit (round 30); 「一是」 inside a numbered item is its text (round 37); "
               + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现枯死松树的,及时向镇林业站报告", "when": "及时", "when_norm": None,
              "note": "三/1: a sending the plan asks of the bodies it tasks when a case arises (round 44: an undated duty); the "
                      "station's own 「向上级机关报告」 is another such sending"}],
     notes=["3 tasks: 三/1–3 (3 CUT). 一、指导思想 (a stance) and 二、基本情况 (facts: 「全镇松林面积XXXX亩…枯死松树共XX株」, past "
            "figures, round 33) are sections",
            CHUNK + ": line 18's opening 「2、现枯死松树的」 is the chunk's, and the plan's own 「2、」 stands later in that line — the "
                    "count reads no extra item there"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x245_07_shi-2020-fangzhi-dianquefabing-ri-huodong-tongzhi.txt"
plan(X07,
     title_note=NO_TITLE + "the title line 「球探足球比分:开展2020年防治碘缺乏病日活动的通知」 (line 6) carries the spam name the site put "
                "in place of the city's (also in the source line 「球探足球比分工业和信息化局」 and in 三's 「确保球探足球比分食盐…」): the "
                "notice's own title is not printed whole",
     doc_no="", issuer="a 陕西 city's 工业和信息化局 (the name replaced by the site's spam words; 《陕西省大骨节病等地方病防治专项行动方案》)",
     date="2020-05-14 (「发布时间:2020-05-14 14:35」, the bureau's page)", level="a body's own (a city's 工业和信息化局)",
     source=page_source("http://qcbb123.com/cyfz/xfpgy/1628677278479187970.html"),
     style="a copied government page under a spam site's name: spam head, breadcrumb, title line, source line, addressees 「各县、市、"
           "区盐业主管部门:」, a preamble (「2020年5月15日是我国第27个“防治碘缺乏病日”」), three headed points 一、–三、 each a heading "
           "line over one paragraph, 四、其他事 — CUT (no text under it); no body named as a doer",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], skip_deadline=True,
          note="a headed point of work (round 34 early): 「加强与当地卫生健康、市场监管等部门沟通联系,认真组织开展宣传活动」 — 组织开展 with "
               "no subject standing (round 41: no subject, no doer; the addressee line gives no item units, round 40's preamble); "
               "the 部门 are liaison partners (与A…联系, round 38), no units: " + NONE + "; RULING? 5: the day 「2020年5月15日」 is "
               "stated in the preamble as a calendar fact (round 47: no span), and this point's 宣传活动 on the day's theme does not "
               "name the day — 2020-05 (round 51's x210_05: the day's activities) or none; not checked"),
        S(["二"], [], [],
          note="「根据新冠肺炎疫情防控要求,创新宣传形式,丰富宣传内容…普及碘缺乏病防治知识」 — an instruction with no subject (round 51 "
               "p47b): " + NONE + "; the ways of publicity are the item's text; " + NODATE),
        S(["三"], [], [],
          note="「认真做好碘缺乏病监测各项工作…广泛动员社会力量共同监督…」 — 做好 is no rule-2 verb, 社会力量 a general call (round "
               "44): " + NONE + "; monitoring is standing work (round 38), no date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 一, 二, 三; 四、其他事[项] is cut after its heading with no text (accepted: 4, a heading that carries text, "
            "plans-dev EXPECTED.md)",
            "「三年攻坚战」「(2018-2020年)」 name a campaign and a period in a title: no targets, no dates",
            "the spam name 「球探足球比分」 stands where the city's name was (the title, the source line, 三): kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x245_08_jiedao-2018-mieshu-gongzuo-fangan.txt"
plan(X08,
     title_note=NO_TITLE + "the page opens with the preamble 「为全面贯彻落实…特制定本方案。」; no title line is printed",
     doc_no="", issuer="a 街道 of 曲阜市 (Shandong; 「省、济宁市、曲阜市爱国卫生委员会」, 「全市全街道」)",
     date="not shown (2018 by the site's path, which dates nothing, round 45)", level="street (a 街道 of 曲阜市, not named)",
     source=page_source("http://www.qufu.gov.cn/art/2018/3/22/art_27521_1535298.html"),
     style="a government site's page: a preamble, 一、指导思想 (a paragraph), 二、任务目标 (a goal 「鼠密度分别控制在1%(夹液法)和3%(粉迹法)"
           "一下」 with the misprint 一下 for 以下, and 「“三无”」), 三、工作措施 with a lead-in 「探索实施“三统一、一结合”灭鼠新方式:」 and "
           "(一)–(四) run-in headings 「统一供应毒饵。」… over their text — CUT in (四) 「…各单」",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=["一、指导思想", "二、任务目标"],
     samples=[
        S(["三", "(一)"], [], ["卫生院"], lead_alternatives=[["卫生院"]],
          note=R2 + ": 「全街道统一由卫生院提供」 — 由A＋a verb of doing (round 30; round 34); 提供 with bait as its object is work, "
               "not a cost verb (rounds 37, 48: a payer only with money as object; round 53: 发放 of things stays work): "
               "responsible 卫生院; " + ONE + "; 全街道 is a scope (round 43); the 供应范围 (居民家庭, 街道各单位) are receivers "
               "(rule 3); " + NODATE),
        S(["三", "(二)"], [], ["卫生院", "各卫生所", "各村委会"],
          note=R2 + " (several clauses, in printed order): 「全街道由卫生院统一发放到一体化卫生所」 (由A＋a verb of doing), 「各卫生所具体"
               "负责分发到村委会或居民家庭」 (具体负责), 「各村委会负责宣传、发动」 (负责); 「街道部门直接到卫生院按需用数量登记领取」 — "
               "领取 receives, no rule-2 verb (round 30); the 一体化卫生所 and 村委会 receiving bait are rule 3's receivers; 「也可通知…」 "
               "is an option (round 40); lead [] (no 牵头): " + NODATE),
        S(["三", "(三)"], [], [], responsible_alternatives=[["卫生院", "村卫生所"]],
          note="「卫生院、村卫生所等各灭鼠毒饵存放单位,要加强对灭鼠毒饵的管理,建立…台账,实行专人负责…」 — 加强, 建立 and 实行 are no "
               "rule-2 verbs (round 30: the closed list; 实行 is not 实施), and 专人负责 is a person's (" + PERSON + "): " + NONE
               + " ([卫生院, 村卫生所] accepted: a reader who takes the custodians' own 管理 for their work; round 35 「A、B等…」 gives "
               "the names before 等); " + NODATE),
        S(["三", "(四)"], [], [],
          note="「集中灭鼠与日常灭鼠相结合。除全市或全街道集中灭鼠外,日常需要灭鼠毒饵的,各单[cut]」 — the clause is cut before its verb "
               "and its subject torn (round 36: a name the page cuts off is dropped; round 43): " + NONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: 三/(一)–(四) (run-in headings over their text; (四) CUT). 一、指导思想 and 二、任务目标 (a goal, no work of its own) "
            "are sections; accepted: 5 (二 read as a point that gives work)",
            "二's 「控制在1%(夹液法)和3%(粉迹法)一下」: 一下 is the page's misprint for 以下; read as printed (round 43) it leaves no "
            "comparison word — RULING? 6; no plan target is checked",
            "the lead-in 「探索实施“三统一、一结合”灭鼠新方式:」 has no subject (实施 with no subject names no doer, round 49 p46d), so "
            "rule 4 gives the items nothing; 「三统一、一结合」 names the scheme's make-up (round 37: figures that explain a name), no "
            "target"])

write_collected(DIR)

# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next242/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c242, round 48: eight page openings of county, township and street work plans
from outside Shanghai — a 镇's 除四害 落實方案 (traditional with inline pinyin 「鎮(zhèn)」, one run-on line, a preview's page
marks 「1 / 3」「2 / 3」 inside the text, one of them inside a body's name, CUT); an 长乐市 town's 除四害 工作计划 (a document site's
chunk numbers 「1、」「2、」「3」 one of them inside a word, an unnumbered 具体措施 heading over 1、–3、, CUT); a 乡's 除“四害” 实施方案
(site notices 「- 1、」–「- 3、」 above the plan, bullets 「- 」 under 四、1.–4., CUT); 象山县's 2018 中心城區小餐飲店 集中整治 实施方案
(traditional, a cover notice, 整治重點 fields, two dated stages, CUT); a 街道's 环境综合整治方案 (fields, 整治目标 items that name no
unit, 五、责任分工 unit headings, CUT); a 镇's 2023 秋季重大动物疫病防控 实施方案 (one line, a campaign span, five stages whose dates the
site garbled 「2023年9日15日前」「2023月30日」「20230%」, CUT); 临江街道's 城乡综合治理 工作方案 (one run-on line, spun words 「进展」
for 进行, chunk numbers, no unit, CUT); a 镇's 动物疫病免疫 工作方案 (image lines, unnumbered run-in headings, persons, CUT)):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–51 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c242.

    python tests/data/plans-next242/make_expected.py tests/data/plans-next242
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

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一; round 38's 「（七）A：」 label)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 责任人; round 42: 干部 are persons)"
NOYEAR = "no year is printed in the text (a site's date is the site's, rounds 42/45): the deadline is not checked"
NO_TITLE = "title not checked: "
NOUNITS = ("no unit is named anywhere on the page by a label or a ruled form, so the plan is read as one naming no units: "
           "every leaf that gives work is a task (plans-dev 08; rounds 25/27/47)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x242_01_zhen-chu-sihai-gongzuo-luoshi-fangan.txt"
plan(X01,
     title_note=NO_TITLE + "the plan's title 「鎮(zhèn)委除四害工作落實(shí)方案」 stands inside line 8 between the preview's page "
                "mark 「1 / 3」 and the addressees 「各村委會、企事業(yè)單位:」, glued to both",
     doc_no="", issuer="a 镇 (not named; 「創(chuàng)建國家衛(wèi)生城市」: the town of a city; province not named)",
     date="not shown (「今年」)", level="town (a 镇, not named)",
     source=page_source("http://m.cornels-photography.com/p-2306210.html"),
     style="a document site's preview in traditional characters with the site's inline pinyin 「鎮(zhèn)」「實(shí)」 (round 39: kept "
           "as printed): three empty lines, chrome (全文預覽已結束, 下載本文檔, 版權說明, 文檔簡介), then ONE line: 「1 / 3」 (the preview's "
           "page mark), the title, addressees, preamble, 一、總體要求 (a childless section: 「城區要…」「農村要…」 — places), 二、具體安排 "
           "1、組織發動: (各村、企事業單位…落實除四害經費; 鎮將舉辦…培訓班兩期; 鎮農技中心做好…; 新聞部門要加強…) 2、藥械準備: (「…由鎮農技2 / 3 "
           "中心根據分工,篩選確定,組織供應」 — the page mark 「2 / 3」 inside the body's name) — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、總體要求"],
     samples=[
        S(["二", "1"], [], ["各村", "企事業(yè)單位"], targets=[(2, "期")], **at(X01, "1、"),
          note=R2 + ": 「各村、企事業單位按鎮統一要求制定全年除四害計劃,建立健全…責任制,落實除四害經費」 — the subject carries to 落實 inside "
               "one sentence (round 34); 落實 is in rule 2's list whatever its object and keeps money as work (rounds 48, 49); 各村 is a "
               "kind of body (like 各街镇, round 32) and 企事業單位 a kind before 单位 (round 34), each a doer; the names as printed with "
               "the site's pinyin 「企事業(yè)單位」 (round 39). Not units: 「鎮將舉辦…」 (镇 speaking of itself is a place, round 44; 舉辦 "
               "is no rule-2 verb), 「鎮農技中心做好…」 (做好, round 30), 「新聞部門要加強…宣傳」 (加強, no rule-2 verb); lead [] (no 牵头). "
               "Target: 「舉辦全鎮除害技術培訓班兩期」 — a number of work the item does (round 37: an item's own number to build; round "
               "44: 「改造100户」), 2 期. Deadline: 「全年除四害計劃」 names the plan to draw up (a noun's description), and no year is "
               "printed: no date of the item's own (" + NODATE + ")"),
        S(["二", "2"], [], ["鎮(zhèn)農(nóng)技中心"], lead_alternatives=[["鎮(zhèn)農(nóng)技中心"]],
          responsible_alternatives=[["鎮(zhèn)農(nóng)技2 / 3 中心"]], **at(X01, "2、"),
          note=R2 + ": 「除四害藥物由鎮農技[2 / 3 ]中心根據分工,篩選確定,組織供應」 — 由A＋a verb of doing (rounds 30, 34) and 組織＋work "
               "(組織供應, round 34): the body is a doer; " + ONE + ". The preview's page mark 「2 / 3」 stands inside the name: it is "
               "the site's (like the chunk numbers of round 40, chrome), so the name is the one printed whole in item 1 「鎮農技中心」 "
               "(RULING? 1); the printed string with the mark is accepted. " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/1, 二/2 (CUT); 一、總體要求 is a childless section whose 「城區要…」「農村要…」 name places, not bodies (round 36: "
            "a childless 总体要求 point is a section unless it names a doer); accepted: 3 (with 一 as a point that gives work, round 51)",
            "「1 / 3」 and 「2 / 3」 are the preview's page marks (chrome, round 40); 「2 / 3」 falls inside the name 「鎮農技中心」",
            "the addressees 各村委會、企事業單位 receive the plan (a cover's addressees are no units)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x242_02_xiangzhen-chu-sihai-gongzuo-jihua.txt"
MEASURES = "具体措施"
plan(X02,
     title="乡镇除四害工作计划",
     title_note="line 1 (the site's headline), printed again on line 3 and as the text's own first words on line 21 after the "
                "site's chunk number 「1、」",
     doc_no="", issuer="a 镇 of 长乐市 (「长乐市将统一组织各镇乡、街道…」「我镇」; Fujian by the place name, not printed)",
     date="not shown (the site's 时间:2018-02-21 is the site's)", level="town (a 镇 of 长乐市, not named)",
     source=page_source("https://www.wenku365.com/p-7665998.html"),
     style="a document site's page: headline, ID, size, page count, site date, four page-image captions, 资源描述; then chunks "
           "「1、」「2、」「3」 (the site's, round 40) — the plan's title, two unnumbered paragraphs of work (各村要…; 长乐市将…我镇将…"
           "分配各村认购数量), an unnumbered heading 「具体措施」 over 1、–3、 each a run-in heading 「明确责任分工,条块结合,齐抓共管。」 "
           "with a paragraph; the chunk number 「2、」 falls inside the word 「条块结/合」 — CUT in 3、",
     leaf_tasks=3, count_alternatives=[4, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S([MEASURES, "1"], [], ["各村", "各村各类工地", "企事业单位"], responsible_alternatives=[[]], skip_deadline=True,
          **at(X02, "具体措施 1、"),
          note="round 35: 「明确责任分工」 is a heading whose object is 责任分工 (like 「明确部门职责」), so it gives out work: every body "
               "the item's text gives work is a unit, by any verb of doing (round 34) — 「各村应认真履行长效管理工作职责」 (各村, a kind), "
               "「各村各类工地和企事业单位要…开展除“四害”活动,按时向居民提供药品,定期…进行消杀活动」 (「A和B」 two names, round 34; "
               "「各村各类工地」 printed with no separator is one name as printed, round 44; sites made actors are bodies, round 37; "
               "药品 are supplies, no money: no payer); lead [] (no 牵头). The reading by rule 2 alone (履行／开展／提供／进行 are outside "
               "the closed list) gives none and is accepted. The item continues after the site's chunk number 「2、」 inside 「条块结/合」 "
               "(chrome, round 40). Deadline: 「全年“除四害“工作」 is the plan's year (round 39), but no year is printed: " + NOYEAR),
        S([MEASURES, "2"], [], [], **at(X02, "2、", 2),
          note="「各村各单位要开展深入细致的宣传发动工作…。镇将举办除四害技术培训班,加强…培训」 — 开展 and 举办 are no rule-2 verbs "
               "(round 30), 各单位 a general call (round 33), 镇将 a town speaking of itself, a place (round 44): " + NONE + "; the "
               "run-in heading 「广泛宣传,加强培训,科学除害。」 names no duty word (round 37): it gives out nothing; " + NODATE),
        S([MEASURES, "3"], [], ["各村"], skip_deadline=True, **at(X02, "3、"),
          note=R2 + ": 「各村要有计划、有步骤地抓好环境综合整治工作,利用爱国卫生月和每年四次灭蚊蝇日,组织开展孳生地[cut]」 — the "
               "subject 各村 carries to 组织开展 inside one sentence (round 34; round 44's subjectless 组织 after a clause with a "
               "subject), 组织＋work (round 34): 各村, a kind, is a doer; lead [] (no 牵头). 「每年四次灭蚊蝇日」 is a rhythm (round 34: no "
               "deadline; 四次 has no comparison word, no target); 爱国卫生月 is a yearly month and no year is printed: " + NOYEAR
               + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 具体措施/1–3 (CUT in 3); 「具体措施」 is an unnumbered heading, its text the first path element (plans-dev 11)",
            "the two unnumbered paragraphs after the title (「各村要抓好“四害”密度检测工作…各村要组织1-2次大面积灭鼠活动…」 and 「长乐市将"
            "统一组织…我镇将按照市里统一布置分配各村认购数量…」) stand before the plan's first heading; read as the plan's opening "
            "text (round 40: a plan's preamble before its first section), not tasks; accepted: 4 (the two as one task) and 5 (each a "
            "task, round 38's unnumbered paragraphs that give work) — RULING? 2",
            "the chunk numbers 「1、」「2、」 and the trailing 「3」 are the site's (chrome, round 40)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x242_03_xiang-chu-sihai-gongzuo-shishi-fangan.txt"
plan(X03,
     title="乡除“四害”工作实施方案",
     title_note="line 1 (the site's title), printed again on line 5; line 6 「…具体内容如下:」 is the site's lead-in",
     doc_no="", issuer="a 乡 (not named; 「乡政府」)", date="not shown", level="township (a 乡, not named)",
     source=page_source("https://360docs.net/doc/0825989084.html"),
     style="a document site's page: title, the site's three notices as bullets 「- 1、」「- 2、」「- 3、」 (chrome, round 40), the title "
           "again, 「…具体内容如下:」, then 一、目标: 二、组织机构: 三、宣传教育: (unit-colon-like headings glued to their text), 四、重点工作内容: "
           "1.–4. each 「X防治:」 over unnumbered bullets 「- 」 — CUT in 4.",
     leaf_tasks=5, count_alternatives=[4, 6, 12], attachment_task_rows=0, childless_top_level_sections=["一、目标", "二、组织机构"],
     samples=[
        S(["三"], [], [],
          note="a childless top-level point that gives work 「开展广泛的宣传教育活动,…引导群众自觉参与防治工作」 with no doer: a task (round "
               "51; round 47: in a plan naming no units every leaf that gives work); " + NOUNITS + "; " + NONE + "; " + NODATE
               + "; the count 4 without it is accepted"),
        S(["四", "1"], [], [],
          note="「1. 蚊虫防治:」 over three bullets 「- 加强…」「- 对…进行定期清理…」「- 设立蚊虫监测点,定期进行…监测」 — the bullets carry no "
               "numbers, so they are the item's text (EXPECTED.md: leaves are numbered items); the count 12 that reads each bullet as "
               "an item is accepted; " + NONE + "; 「定期」 is a rhythm (round 34); " + NODATE),
        S(["四", "3"], [], [],
          note="「3. 老鼠防治:」 with bullets 「强化…管理」「进行老鼠密度监测,采取粘鼠板、捕鼠器等方式…」「加强宣传教育,…引导居民进行…」 — "
               "居民 are the public (round 41), no unit: " + NONE + "; " + NODATE),
        S(["四", "4"], [], [],
          note="「4. 跳蚤防治:」 「- 定期对家畜和家禽进行体检和除跳蚤处理。- 加强卫生管理,[cut]」: " + NONE + "; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三 and 四/1–4 (CUT in 4); 一、目标 states an aim (round 49: aims give no work, no task); 二、组织机构 「成立乡除“四害”"
            "工作小组,由乡政府主导,相关部门协同配合,设立工作专班负责具体工作」 sets up a group and only says who leads the whole work — a "
            "plan-level field (round 49's x228_01; round 48 on 由A牵头 over a group; rule 3: set-up bodies), no task, and its bodies "
            "reach no item (rounds 40, 41). Accepted: 4 (without 三), 6 (with 二), 12 (三 and the eleven bullets as items)",
            "the site's 「- 1、」「- 2、」「- 3、」 notices (下载文档前…, 仅部分预览…, 如文档侵犯…) are chrome, not items (round 40)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x242_04_xiangshan-xian-2018-zhongxin-chengqu-xiao-canyin-dian-jizhong-zhengzhi-shishi-fangan.txt"
plan(X04,
     title="中心城區小餐飲店集中整治工作實施方案",
     title_note="line 5, the plan's own title after the cover notice (the notice prints no title line of its own; line 2 names the "
                "plan in 《》)",
     doc_no="", issuer="象山縣人民政府辦公室 (Zhejiang, 宁波; the page names no province)", date="2018年10月15日 (2018-10-15)",
     level="county (象山县人民政府办公室)",
     source=page_source("http://www.gdankai.cn/zcnews/1362.html"),
     style="a news site's copy in traditional characters: the cover notice (addressees 各鎮(鄉)政府、街道辦事處,縣級有關部門; 「…現印發給你們,"
           "請認真遵照執行」; issuer; date), the plan's title, preamble (「決定開展為期兩個月的集中整治工作」), 一、整治目標 (a paragraph), "
           "二、整治重點 (一)重點對象 (二)重點區域 (fields), 三、實施階段 (一)宣傳摸底階段(10月8日—10月15日): (二)集中整治階段(10月16日—11月20日): "
           "each with work by 「整治小組」 — CUT in (二)",
     leaf_tasks=2, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、整治目標"],
     samples=[
        S(["三", "(一)"], [], [], dl="10月8日—10月15日", dln="2018-10-15",
          note="a stage written as a name and a time with its work after it (round 33): a phase and a task; 「整治小組對…餐飲店逐戶排查,"
               "依據整治標準…列出問題清單,并逐戶進店宣傳…,指出…,告知…」 — 排查／列出／宣傳／指出／告知 are no rule-2 verbs (round 30), and "
               "no work heading stands over it: " + NONE + "; the stage's span ends 10月15日, the year from the cover's date 2018年10月15日 "
               "(the text's own year, round 42)"),
        S(["三", "(二)"], [], [], dl="10月16日—11月20日", dln="2018-11-20",
          note="a stage with its work (round 33); 「整治小組成員單位各自依據相關法律法規,針對問題清單,主動認領,分別處置。能當場處罰的立即予以處罰;"
               "…立即發放限期整改通知書」 — 認領／處置／處罰／發放 are no rule-2 verbs (round 30; round 35's 「各成員單位…落實」 needs a rule-2 "
               "verb), 予以 reaches only 落實 (round 41): " + NONE + ". Dates: the stage's span 10月16日—11月20日 in the item's own line, "
               "the shops' 「限期整改必須于10月28日前完成」 and the group's check 「10月28日整治小組對整改情[cut]」 — several dates in one item: "
               "the latest is its deadline (round 34): 2018-11-20; " + CUT),
     ],
     plan_targets=[],
     phases=[{"name": "宣傳摸底階段", "start": "2018-10", "end": "2018-10",
              "note": "「(一)宣傳摸底階段(10月8日—10月15日)」 under 三、實施階段 (round 33: stages in a 实施步骤-like section); the year "
                      "from the cover's 2018年10月15日"},
             {"name": "集中整治階段", "start": "2018-10", "end": "2018-11",
              "note": "「(二)集中整治階段(10月16日—11月20日)」"}],
     duties=[],
     notes=["2 leaves: 三/(一), 三/(二) (CUT); 一、整治目標 is a childless section of aims (round 49); 二、整治重點 (一)重點對象 (二)重點區域 "
            "only say on whom and where the work bears: fields, no tasks (round 44); accepted: 4 (with 二's two points as items)",
            "the cover's addressees receive the plan; 「請認真遵照執行」 is no task; 「為期兩個月」 (the preamble) has no comparison word: "
            "no target, and the preamble dates nothing (rounds 38, 44); 「整治小組」 is not set up on the page (its 组织领导 section, if "
            "any, is cut); it would be a doer in these items only with a rule-2 verb (round 36: bodies a plan set up earlier)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x242_05_jiedao-ban-huanjing-zonghe-zhengzhi-fangan.txt"
plan(X05,
     title="街道办环境综合整治方案",
     title_note="line 1 (the site's headline, the piece's own name; the preamble calls it 「本方案」)",
     doc_no="", issuer="a 街道办 (not named; 新港路, 泰华路, 椰子壳: Hainan by the places, not printed)",
     date="not shown (the site's 时间:2022-05-31 is the site's)", level="street (a 街道, not named)",
     source=page_source("https://gwyoo.com/article/xzgaoshou/zzfa/201605/630211.html"),
     style="a 范文 site's page: headline, site date, 导语, preamble, 一、组织领导 (a group set up), 二、整治任务 (names the works), 三、整治范围 "
           "(places), 四、整治目标 (一)–(三) (standards per road, no unit), 五、责任分工 (一)党政办 / (二)城管中队及各社区 — unit headings on their "
           "own lines — (二) 1、 「重点对新港路进行整治。人员由城管中队组成,负责人:符海青」 — CUT",
     leaf_tasks=2, count_alternatives=[3, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、组织领导", "二、整治任务", "三、整治范围"],
     samples=[
        S(["五", "(一)"], [], ["党政办"], lead_alternatives=[["党政办"]],
          note=R1 + ": 「(一)党政办」 is a unit heading under 五、责任分工 (rounds 38, 39: 「(一)县教体局。」), its paragraph 「负责策划宣传造势,"
               "全面发动辖区群众、青年志愿者、网格员等社会力量加入,…」 the body's work; the objects of 发动 are the public and persons (round "
               "30; round 44: 社会力量 a general call), no units; " + ONE + "; " + NODATE),
        S(["五", "(二)", "1"], [], ["城管中队", "各社区"],
          note=R1 + ": the unit heading 「(二)城管中队及各社区」 (「A及B」 two names, round 34) gives its item its units; 「人员由城管中队组成」 "
               "names the staff (members, rule 3) and adds nothing, 「负责人:符海青」 is a person (" + PERSON + "); lead [] (no 牵头); "
               + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 五/(一), 五/(二)/1 (CUT); 一、组织领导 sets up the group (rule 3; a plan-level field), 二、整治任务 and 三、整治范围 "
            "only say what and where (round 44: fields); 四、整治目标 (一)–(三) are the campaign's standards per road 「新港路必须规范…」「泰华路"
            "必须作到…」 naming no unit in a plan whose tasks name units: not tasks (rounds 25/27, seeds EXPECTED.md); accepted: 5 (四's "
            "three as items that give work, round 40) and 3 (only 四/(三) 「对泰华酒店门前搭建的废品回收站和小买部进行拆除」, the one that "
            "orders work)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x242_06_xiangzhen-2023-qiuji-zhongda-dongwu-yibing-fangkong-shishi-fangan.txt"
GARBLED = ("the site garbled the date (its words are spun: 平安 for 安全, 开展 for 发展, 到达 for 达到, and 「2023」 stands where a "
           "month or 100 stood); only what is printed is read, and a date with characters lost is not repaired (round 48's "
           "x226_05): the deadline is not checked")
plan(X06,
     title_note=NO_TITLE + "the title 「乡镇XX年秋季重大动物疫病防控工作实施方案」 is glued to the site's 「第1页共3页」 before it and to "
                "the preamble after it (one line)",
     doc_no="", issuer="a 镇 (「我镇」; masked 「乡镇XX年」 in the title; province not named)",
     date="2023 (「我镇2023年秋季…」; the campaign 「从2023年9月15日起至11月16日止」)", level="town (a 镇, masked)",
     source=page_source("https://wnwk.com/doc/1003539.html"),
     style="a document site's text as ONE line with page marks 「第1页共3页」「第2页共3页」: title, preamble, 一、指导思想, 二、工作目标 (「免疫"
           "抗体合格率到达70%以上」, 「免疫密度到达20230%」), 三、时间安排 (the campaign span, 「分五个阶段进行」) (一)–(五) each a stage with "
           "a date and its work — the site's spun words and dates 「(2023年9日15日前)」「至2023月30日」「2023年2023月15日」 — CUT at "
           "「(五)总结检查」",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)"], [], ["各村"], responsible_alternatives=[["镇", "各村"]], skip_deadline=True, **at(X06, "(一)"),
          note="a stage with its work (round 33): a phase and a task; 「召开全镇秋防工作发动会议,镇及各村组织重大动物疫病防控技术培训班学习,"
               "利用…开展动物防疫知识宣传」 — 组织＋work (培训班学习, modifiers between allowed, round 34); 「A及B」 two names (round 34): "
               "镇 where the town speaks of itself is a place (rounds 44, 45, 47), 各村 a kind and a doer; lead [] (no 牵头); [镇, 各村] "
               "accepted (RULING? 3). Deadline 「(2023年9日15日前)」: " + GARBLED),
        S(["三", "(二)"], [], [], dl="2023年9月15日起至9月25日", dln="2023-09-25", **at(X06, "(二)"),
          note="a stage with its work 「对辖区内存栏应免的畜禽进行一次拉网式的调查、登记」 (no subject): " + NONE + "; 一次 has no comparison "
               "word (no target); the stage's own span ends 9月25日, the year printed 2023"),
        S(["三", "(三)"], [], [], skip_deadline=True, **at(X06, "(三)"),
          note="「对辖区内存栏应免的畜禽集中开展强制免疫注射,要求2023月30目前全镇完成免疫任务」 — 开展, 完成: no rule-2 verbs; 全镇 is a "
               "scope (round 43): " + NONE + "; the span's end 「2023月30日」 and 「2023月30目前」: " + GARBLED),
        S(["三", "(四)"], [], [], dl="2023年2023月15日至11月15日", dln="2023-11-15", **at(X06, "(四)"),
          note="「对集中免疫中漏免的、新增补栏的畜禽进行查漏补免,并进一步完善免疫档案」: " + NONE + "; the span's start is garbled "
               "(「2023年2023月15日」) but its end 「11月15日」 is whole, with the year 2023 printed at the span's head: 2023-11-15"),
     ],
     plan_targets=[{"number": 70, "unit": "%", "note": "二、工作目标 「免疫抗体合格率到达70%以上」 — 以上 makes it a target (round 30); "
                    "二 is a childless 工作目标 section, no task, so the figure is the plan's (rounds 38, 46). 「免疫密度到达20230%」 is "
                    "the site's garbling (not checked)"}],
     phases=[{"name": "调查摸底阶段", "start": "2023-09", "end": "2023-09",
              "note": "「(二)调查摸底阶段(2023年9月15日起至9月25日)」 under 三、时间安排 「分五个阶段进行」 (round 33). The other stages are not "
                      "checked: (一) and (三) have garbled ends, (四) a garbled start, (五) is cut after its name"}],
     duties=[],
     notes=["4 leaves: 三/(一)–(四), each a stage with its work (round 33: phases and tasks); 「(五)总结检查」 is cut after its name, "
            "with no time and no work on the page: not read as a task (round 33: a stage is a task where work is written in it); "
            "accepted: 5 (with it). 一、指导思想 and 二、工作目标 are childless sections",
            "the campaign span 「从2023年9月15日起至11月16日止」 (round 37) dates no sampled item: each stage writes its own span (round 37: "
            "an item's own date wins)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x242_07_linjiang-jiedao-chengxiang-zonghe-zhili-gongzuo-fangan.txt"
plan(X07,
     title="城乡综合治理工作方案",
     title_note="line 1 is the site's file name 「城乡综合治理工作方案.docx」 (.docx the file's, not the title's, like 「（摘录）」, round 44); "
                "the text's own title stands on line 3 after the site's chunk number 「1、」",
     doc_no="", issuer="临江街道 (「结合临江街道实际」; 「依据区委、区政府有关要求」: a district's street; province not named)",
     date="not shown", level="street (临江街道)",
     source=page_source("https://taowenge.com/p-88894297.html"),
     style="a document site's preview: the file name, the site's line, then chunks 「1、」「2、」 (chrome, round 40) of ONE run-on text — "
           "title, preamble, 一、总体目标, 二、工作要求 (一)–(五) run-in headings 「(一)社区环境卫生整治。」 with their work; the site's spun "
           "words (「科学进展观」, 「根底」, 「进展清理」 for 进行, 「拒不协作」) — CUT in (五); then the site's 「- 配套讲稿:」 lines",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "(二)"], [], [], **at(X07, "(二)"),
          note="「(二)主干线道路环境卫生整治。」 then the site's chunk number 「2、」 (line 4, chrome, round 40) and the work 「集中清理…,治理"
               "…;标准沿路商户治理,对有碍观瞻的责令整改」 — no subject; " + NOUNITS + "; " + NONE + "; " + NODATE),
        S(["二", "(三)"], [], [], responsible_alternatives=[["企业"]], **at(X07, "(三)"),
          note="「对辖区内主次干道、街巷进展区域责任划分,将每个区域的卫生落实到各单位、企业,分工负责」 — the bodies receive the areas "
               "(「将…落实到A」 names A a unit only under a work heading, round 42; 二、工作要求 is none, round 37), and no subject stands "
               "before 分工负责 (round 47: with no subject in the paragraph there is none); 各单位 is a general call in any reading (round "
               "33): " + NONE + "; [企业] (the receivers read as the subject of 分工负责) is accepted (RULING? 4); " + NODATE),
        S(["二", "(五)"], [], [], **at(X07, "(五)"),
          note="「辖区内各企业要对厂区内外、进厂路及门前卫生进展全面清理,严禁乱倒垃圾、乱排[cut]」 — 进展 (the site's spun 进行) and 清理 "
               "are no rule-2 verbs (a misprint is read as printed, round 43): " + NONE + "; 各企业 are regulated parties of their own "
               "premises; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/(一)–(五) (CUT in (五)), run-in headings that each give work (round 35); 一、总体目标 a childless section of "
            "aims (rounds 36, 49); accepted: 6 (with 一)",
            "a 工作要求 section whose items give work is the plan's work (round 39)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x242_08_cunzhen-dongwu-yibing-mianyi-gongzuo-fangan.txt"
H1 = "提高熟悉,加强领导。"
H2 = "明确任务,突出重点,确保五个100%。"
plan(X08,
     title="村镇动物疫病免疫工作方案",
     title_note="line 1 is the site's file name 「村镇动物疫病免疫工作方案.docx」 (.docx dropped, as for x242_07); the text's own "
                "title stands on line 8 after the site's chunk number 「1、」, before the addressees",
     doc_no="", issuer="a 镇 (「我镇」; 「依据县重大动物疫病防治指挥部…」; not named)", date="not shown (「当前」)",
     level="town (a 镇, not named)",
     source=page_source("https://taowenge.com/p-90106460.html"),
     style="a document site's preview: the file name, five <image> lines (the site's rating stars), the site's line, then chunks "
           "「1、」「2、」 (chrome, round 40) of ONE run-on text — title, addressees 「各村、镇有关部门:」, preamble ending 「特制定如下动物"
           "免疫实施方案:」, two run-in headings with no numbers (the page lost them) 「提高熟悉,加强领导。」 (熟悉: the site's spun 认识) "
           "and 「明确任务,突出重点,确保五个100%。」, each over a paragraph — CUT in the second",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S([H1], [], [], responsible_alternatives=[["政府", "部门"]], **at(X08, "实施方案: "),
          note="an unnumbered run-in heading over a paragraph of work: a task, its path its heading text (plans-dev 11; round 38: "
               "unnumbered paragraphs that give work). 「落实政府和部门责任制」 (no subject), 「各村主任为…第一责任人,村级防疫员为技术责任人」 "
               "(persons designated, " + PERSON + "), 「镇政府成立了动物防疫领导小组,对防疫工作统一部署,细心组织,任务到人」 (成立 sets up a "
               "group, rule 3; 部署 is no rule-2 verb; 组织 with no object gives no doer, round 41), 「各村要积极协作村级动物防疫员,扎实做好"
               "…」 (协作, the site's spun 配合, read as printed, round 43; 做好 no rule-2 verb): " + NONE + "; the reading of 「落实政府和部门"
               "责任制」 as a designation of 政府 and 部门 (round 46's 落实…主体责任) is accepted; " + NODATE),
        S([H2], [], [], **at(X08, "集中免疫工作。 "),
          note="「此次动物防疫实行规划[chunk 2、]免疫与强制免疫相结合,…强制免疫的重点为…,要求全镇全部畜禽免疫密[cut]」 — the chunk number "
               "inside 「规划/免疫」 is the site's (round 40); 全镇 a scope (round 43): " + NONE + "; 「确保五个100%」 in the heading names a set "
               "of goals (no comparison word: no target is checked); " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: the two unnumbered run-in headings with their paragraphs (CUT in the second); accepted: 1 (the cut second "
            "left out)",
            "the addressees 各村、镇有关部门 receive the plan (a cover line's addressees are no units); the five <image> lines are the "
            "site's, kept as found"])

write_collected(DIR)

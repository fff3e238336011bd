# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next308/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c308, round 60: eleven page openings of township (镇／乡) and street (街道) work from
outside Shanghai, in fields other than festivals — 任市镇 (开江县) 垃圾清运保洁 (一、实施责任单位 a units heading over the plan,
三/(二)/1 with 达100%, 不少于18小时); a 街道 人口普查 管理方案 (traditional; 二 with 「分局派出所負責組織戶口整頓工作」); 良村镇
(兴国县) 2025 预防中小学生溺水 专项行动 (traditional with the site's inline pinyin; a cover notice, 二/(一) a stage 「即日-4月10日」
CUT); an XX镇 河道保洁 plan (one line; 二/(一)–(三)); a 乡镇 农村生活垃圾综合治理 plan (a document site's pages 1、2、; 三/1–2); 大崇乡
消防安全“敲门行动” (a span 「即日起至2024年2月底」, 三–五); a 镇 农村生活垃圾治理 城乡环卫一体化 plan (one line; 二 with 70 %, 90 %以上,
「到 2019 年底」); a 乡镇 2021 安全生产大检查 notice (one line; 一, 二 CUT); a 鄉鎮 防溺水 plan (traditional; 三/(一)); 吉潭镇 森林防火
“平安春季行动” (traditional; a cover notice, 二's span, 三/1 「鎮防火辦組織力量…專項整治…」 CUT); a 街道's 安全生产 points (一)–(六)
with no title): never tune the parser on them
(see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``, ``at_line_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1,
rule 2 and the rulings cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer
was run on these plans by c308.

    PYTHONPATH=. python tests/data/plans-next308/make_expected.py tests/data/plans-next308
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43) however the clause is built"
SETUP = ("a body the item itself sets up is none there, its 负责 included (rule 3; round 70's x286_04 第五条; round 73; Round 74 "
         "continued on x298_03 二, confirmed)")
AIMS = ("a childless 工作目标／总体目标 point of aims stays a section (round 56's p47b, turned: 「A childless 工作目标／总体要求 point of "
        "aims stays a section」; round 64: plans-dev's childless sections), no task and no sample")
NOUNITS = ("the page names no unit by the ruled forms anywhere, so every numbered leaf that gives work is a task (plans-dev 08, "
           "seed 003)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied by hand from the tool's answer into the file (line breaks as the "
            "answer's \\n, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x308_01_renshi-zhen-laji-qingyun-baojie-gongzuo-shishi-fangan.txt"
OFFICE = "任市镇城乡环境综合治理办公室"
HEAD01 = ("「一、实施责任单位 / 任市镇城乡环境综合治理办公室」 is a units heading over the whole plan: it names the body that carries "
          "out the plan's work, and the items of 三 name none of their own, so they take it as items take a heading's units or a "
          "units line's (" + R1 + "; rule 4: a lead-in's units reach the items that name none) — responsible [" + OFFICE + "], lead [] "
          "(no 牵头; the single unit accepted as lead, plans-dev 03). RULING? 1: none (the heading a sibling section, not the "
          "items' own heading) is the alternative, not written as accepted")
plan(X01,
     title="垃圾清运保洁工作实施方案",
     title_note="line 9, the piece's own title line 「垃圾清运保洁工作实施方案【第一篇】」; the compilation's piece mark 【第一篇】 is dropped "
                "(Round 74 continued on x298_03's 「…方案三」; Round 77's x303_01 【945字】: a site's mark after a title is chrome) and "
                "the compilation's headline 「关于垃圾清运保洁工作具体实施方案(优质8篇)」 (line 1) is the site's — RULING? 2",
     doc_no="", issuer="任市镇 (开江县, 达州; 「经党委、政府办公会议研究决定」)", date="not shown (the site prints no date)",
     level="town (任市镇; 场镇's streets; 镇财政)",
     source=source("https://alatiku.com/dangtuan/gongwen/vrl63e.html"),
     style="a 范文 site's compilation (阿拉题库, 优质8篇): the headline, the site's lines, the piece title 【第一篇】, a preamble, 一、实施责任单位 "
           "(one line: the office), 二、保洁经费保障 (一)、(二)、, 三、作业范围 (一)、清扫地段 and (二)、保洁作业 1、2、 (2、 CUT at 「道路绿地树圈」)",
     leaf_tasks=3, count_alternatives=[5, 6], attachment_task_rows=0, childless_top_level_sections=["一、实施责任单位"],
     samples=[
        S(["三", "(一)"], [], [OFFICE], lead_alternatives=[[OFFICE]], line=23, title_starts="清扫地段:正北街",
          note="「(一)、清扫地段:正北街、正南街、…、开江火车站广场的道路、巷道的清扫及保洁,所有突击检查、洒水车洒水作业。」 (the item's number "
               "printed 「(一)、」; its first words given by hand, after the 、) — the line names the work (清扫及保洁, 洒水作业) and the "
               "streets it covers: a campaign's 作业范围 naming the places its work goes to is the work's scope, read at its words (Round "
               "78: not a general provision), a task. " + HEAD01 + "; the streets are places, no doers; " + NODATE),
        S(["三", "(二)", "1"], [], [OFFICE], lead_alternatives=[[OFFICE]], targets=[(100, "%"), (18, "小时")],
          note="「1、路面保洁时间:地面普扫率达100%。夏季早上6:00,冬季早上7:00前全面清扫完毕,全天保洁时间不少于18小时(早上4时——晚上10时),保洁时间"
               "每30分钟内巡回保洁一次。」 — " + HEAD01 + ". Targets: 达100% (达 as 达到, round 30's comparison word) and 不少于18小时 "
               "(round 30's line: a floor of a standard). Clock times (6:00, 7:00, 4时, 10时) are not targets (the head), left "
               "unchecked; 「每30分钟内…一次」 is a rhythm of the rounds with no comparison word (内 is no word of round 30's list), "
               "unchecked. 「7:00前」 is a time of day, no calendar date: " + NODATE),
        S(["三", "(二)", "2"], [], [OFFICE], lead_alternatives=[[OFFICE]], targets=[(100, "%")],
          note="「2、地面保洁质量:保洁率达100%。地面见本色或基本见本色,做到五无五净:…;」 and the unnumbered 「路面干净、道路绿地树圈」 (" + CUT +
               ": a line that goes on after a stored break is the same item's text, rounds 34, 61) — the quality the cleaning must "
               "reach under the plan's units heading (Round 77 governs x303_05: labelled state lines are tasks); " + HEAD01 +
               ". Target: 达100%; 五无五净 is a name. " + NODATE),
     ],
     plan_targets=[(30, "万元")], phases=[], duties=[],
     notes=["3 leaves: 三/(一), 三/(二)/1, 三/(二)/2. 一、实施责任单位 is a childless top-level section holding only a body's name (a "
            "units field, no act). 二、保洁经费保障 (一)、(二)、 say what money the work has — 「任市镇城镇卫生费年收入52万元,由" + OFFICE +
            "收取,用于…保洁工作支出」 and 「镇财政按每年补助30万元用于…经费支出」: money names a payer, no doer (round 30: 由A承担 a cost; "
            "round 48: only money makes a payer), and lines stating what the work is paid with, with no act of the plan's bodies, are "
            "the scheme's terms, no tasks (Round 75's p57f-1), in a 保障 section (the head). Accepted: 5 (二's two counted) and 6 "
            "(一 counted too)",
            "plan targets: 30 万元, the town's yearly subsidy to the work (Round 78 decided on x294_04's budget: money the plan puts "
            "into the work is a quantity of it; in a line that is no task the plan's, round 62's w52b). 52 万元 is the fee's yearly "
            "income, a fact of what the fee yields, not an amount the plan sets: unchecked"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x308_02_jiedao-shequ-jiaqiang-renkou-pucha-guanli-fangan.txt"
plan(X02,
     title="街道社區加強人口普查管理方案",
     title_note="line 1, the page's title line (line 3 prints it again run into the preamble); the site's 「更新:…高考升學網」 line is "
                "chrome; traditional characters kept as printed",
     doc_no="", issuer="a 街道 (街辦事處; 「本街」「我街」) of a 區", date="not shown (「今月日零時」: the page drops its digits; the "
                                                              "site's 2023-09-15 is its update; 六次人口普查 and 十二五 place it in 2010)",
     level="street (街道辦事處; 居(村)委會; 分局派出所)",
     source=source("http://lu100.cc/QiHuaWenAn/294201.html"),
     style="a 范文 site's page in traditional characters: the title, the site's update line, the title run into the preamble, "
           "一、普查目的和意義 (a paragraph), 二、組織領導與職責 (three paragraphs and three lines opening with a bare 「、」, their "
           "numbers dropped by the page), 三、普查經費 (a paragraph), 四、 (一)(二) (CUT)",
     leaf_tasks=1, count_alternatives=[2, 3, 4, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、普查目的和意義", "三、普查經費"],
     samples=[
        S(["二"], [], ["分局派出所"], lead_alternatives=[["分局派出所"]],
          responsible_alternatives=[["居(村)委會", "分局派出所"], ["街道辦事處", "居(村)委會", "分局派出所"]],
          note="「二、組織領導與職責 / 人口普查工作按照…的原則,在街辦事處統一領導下進行。 / 街道辦事處設置人口普查領導小組和辦公室;居(村)委會設置人口普查"
               "小組,分別負責轄區內人口普查的組織和具體實施工作。 / 街道普查辦公室及居(村)普查小組…抽調有關人員做好人口普查工作。 / 、街人口普查領導小組"
               "辦公室是全街人口普查工作的具體組織實施機構,負責…組織協調與推動; / 、具體的工作,按街普查辦公室統一分工執行; / 、分局派出所負責組織戶口整頓"
               "工作,協助、配合人口普查的摸底、登記階段相關工作,做好普查中的治安管理等工作;」 — the three lines that open with a bare 「、」 "
               "print no number (only what is printed is read, round 48; a lone mark is no item, round 71): they are 二's text, "
               "and 二 is one childless point that gives work (round 56's p47b). " + R2 + ": 「分局派出所負責組織…」 names 分局派出所 "
               "(负责, and 组织＋work); the 領導小組, its 辦公室 and the 普查小組 are groups this item sets up (設置), none here, their "
               "负责 included — " + SETUP + "; 分別負責 reads as the groups' (the 組織 the office's, the 具體實施 the groups'), RULING? 3: "
               "the two setting bodies read as its subjects (居(村)委會, or 街道辦事處 and 居(村)委會) are accepted; 在街辦事處統一領導下 "
               "is a guide (rule 3), 抽調 outside rule 2's list (round 30). Responsible [分局派出所], lead [] (the single doer "
               "accepted as lead); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二 (a childless point that gives work and names a unit). 一、普查目的和意義 states a purpose (a stance, round 68; "
            "round 30's general provisions); 三、普查經費 says how the census is paid for, 「按照區街兩級人民政府同負擔文件規定,列入今度的財政"
            "預算,按時撥付」 — money names a payer (round 30; 撥付 a cost verb, round 48), a 保障 point naming no doer in a plan whose "
            "task names a unit: no task (the head); 四/(一) 「人口普查的標準時間是今月日零時」 and (二) 「人口普查的對象是…」 (CUT) define "
            "the census (round 30's definitions). Accepted: 2 (三 counted), 3 (二's three 「、」 lines read as items), 4 and 5 (those "
            "with 三 or 四's lines)",
            "「今月日零時」 prints no digits (the page dropped them): no date; 「十二五」 names a span of another plan (the 规划's), no "
            "deadline of an item here"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x308_03_liangcun-zhen-2025-yufang-zhongxiaoxuesheng-nishui-zhuanxiang-xingdong-fangan.txt"
T03 = "良村鎮(zhèn)2025年預(yù)防中小學(xué)生溺水專項(xiàng)行動(dòng)工作方案"
plan(X03,
     title=T03 + "（良村鎮(zhèn)人民政府關(guān)于印發(fā)《" + T03 + "》的通知）",
     title_note="lines 9–10, the plan's own title printed over two lines (a stored break joins nothing, rounds 34, 61), in the pair "
                "form 「plan（issuer + notice）」 the scorer reads (Round 78's p58e-1: the issuer's line above the notice's title read "
                "with it, the number line no part of it; either passes); the site's inline pinyin kept as printed (round 39; Round "
                "77's x300_06)",
     doc_no="良政發(fā)〔2025〕17號(hào)", issuer="良村鎮(zhèn)人民政府 (兴国县, 赣州)", date="2025-05-26 (the cover's date)",
     level="town (良村鎮; 各村委會、鎮直(駐鎮)各單位)",
     source=source("http://www.e5515c-test.cn/xgxxxgk/cg62e/202506/a4a8c89ec9334f5783c02b2c22be4eba.shtml"),
     style="a town's notice as the site prints it, in traditional characters with inline pinyin: the number line, the issuer, the "
           "notice's title on two lines, the addressees, one forwarding sentence, the issuer and date, the plan's title on two "
           "lines, a preamble (「從即日起至10月底組織開展…專項行動」), 一、總體目標 (a paragraph), 二、階段劃分 (a lead-in 「…至10月31日"
           "結束,分三個階段進行。」) and (一) 動員部署階段 (即日-4月10日) CUT at 「各」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、總體目標"],
     samples=[
        S(["二", "(一)"], [], [], dl="即日-4月10日", dln="2025-04-10",
          note="「(一)動(dòng)員部署階段(即日-4月10日)。各」 (" + CUT + ") — a stage of the campaign that names its work (動員部署) and "
               "is cut after 「各」 before any verb: a cut clause names its doer only after a rule-2 verb is printed (Round 74's x295_03 "
               "二/(二); round 71) — " + NONE + ". The stage's own end dates it (an item's date is its deadline, EXPECTED.md; the "
               "latest date printed in it, round 34): 4月10日, the year the plan's (its title and the cover's 2025), 2025-04-10; the "
               "campaign's 10月31日 (二's lead-in) reaches items with no date of their own"),
     ],
     plan_targets=[],
     phases=[{"name": "動(dòng)員部署階段", "start": "2025-05", "end": "2025-04"}],
     duties=[],
     notes=["1 leaf: 二/(一) (CUT). 一、總體目標 states aims (深化…教育, 增強…能力, 實現…零發生的目標): " + AIMS + "; 二's lead-in has a "
            "child. The page names no unit (各村委會 and 鎮直各單位 are the cover's addressees). Accepted: 2 (一 counted, plans-dev 08's "
            "every leaf)",
            "phases: 動員部署階段 as printed, 「即日-4月10日」 — 即日 is the day the plan is issued, the cover's 2025年5月26日 (2025-05), "
            "and its end 4月10日 falls before it (the page's own dates, likely the county plan's copied): written as printed, start "
            "2025-05, end 2025-04 — RULING? 4 (start null, 即日 read as no calendar date, is the alternative, not written as accepted; "
            "the scorer holds one start)",
            "「1+4+1」 and 「四個一」 name programmes, no targets; 「零發生」 an aim; the campaign span 「從即日起至10月底」 (the preamble) "
            "and 「至10月31日結束」 (二) end 2025-10-31, which no sampled item takes (its own stage date is printed)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x308_04_xxzhen-hedao-baojie-gongzuo-shishi-fangan.txt"
plan(X04,
     title="X XX 镇河道保洁工作实施方案",
     title_note="the document's own title as the page prints it after the site's headline 「镇河道保洁工作实施方案」, one line with "
                "the text: 「X XX 镇河道保洁工作实施方案」, the doubled X (a drop cap) kept as printed (Round 74: a page's doubled or stray "
                "character is kept, 「207年」 in a title; round 48) — RULING? 5: 「XX 镇河道保洁工作实施方案」 (the drop cap read as one) "
                "is the alternative, not written (the scorer holds one title)",
     doc_no="", issuer="a 镇 (XX 镇, masked; 「我镇」「镇域」)", date="not shown",
     level="town (XX 镇; 沿途各村)",
     source=source("https://m.wenke99.com/p-10198247.html"),
     style="a document site's text on one line: the headline, the title, a preamble, 一、总体目标 (aims), 二、工作重点 with run-in "
           "(一)–(三), each a heading sentence and its text, (三) CUT at 「河面无杂草、无淹」",
     leaf_tasks=3, count_alternatives=[2, 4], attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "(一)"], [], [], **at(X04, "二、工作重点 (一)"),
          note="「(一)加强入河垃圾源头控制。沿河两岸堤防没有成堆垃圾或垃圾站;水上船舶垃圾集中收集上岸处理;沿河养殖企业垃圾(包括病死畜禽)无害化处理。」 — "
               "the heading names the work (加强…控制) and the text its acts with no subject (集中收集上岸处理, 无害化处理): a task naming "
               "no unit; " + NONE + "; " + NOUNITS + "; " + NODATE),
        S(["二", "(二)"], [], [], responsible_alternatives=[["沿途各村"]], **at(X04, "(二)"),
          note="「(二)建立重点地段河道保洁体系。沿途各村确定专门人员、专项经费保证随时清理。加强巡查,禁止向河岸水域倾倒渣土废弃物、垃圾。」 — 沿途各村 is the "
               "subject of 确定 (outside rule 2's closed list, round 30: 明确／确定 are not) and 保证 (outside it too); 加强巡查 has no "
               "subject: " + NONE + "; RULING? 6: [沿途各村] (a kind of body, 沿途 saying which as 属地 does, round 55; the villages "
               "made the doers of the cleaning they staff and fund) is accepted; " + NODATE),
        S(["二", "(三)"], [], [], **at(X04, "(三)"),
          note="「(三)河道保洁具体要求。河道保洁到位,河面无漂浮物,河岸无白色垃圾,…无新增排污口,无新增违建物,河长公示牌设置规范。河面无杂草、无淹」 (" + CUT +
               ") — the standard the cleaning must reach; in a page that names no unit every numbered leaf is a task (plans-dev 08), "
               "and 保洁到位 names the work — RULING? 7: the line read as a standard's state, text (round 66's x271_05; Round 74's "
               "x296_03 三、3), is accepted by count 2; " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一)–(三). 一、总体目标 states aims (建立健全…机制, 确保…, 实现…的总体目标): " + AIMS + ". The page names no "
            "unit (沿途各村 only by 确定, outside rule 2), so every numbered leaf is a task (plans-dev 08, seed 003). Accepted: 2 "
            "((三) read as a standard, RULING? 7) and 4 (一 counted by the every-leaf count)",
            "no figure, no date; the site's headline is not the title (round 65's x275_03: the site's heading stands only where the "
            "text prints none)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x308_05_xiangzhen-shenru-tuijin-nongcun-shenghuo-laji-zonghe-zhili-gongzuo-fangan.txt"
plan(X05,
     title="乡镇深入推进农村生活垃圾综合治理工作方案",
     title_note="line 3, the document's title run into its preamble after the site's page mark 「1、」; line 1's 「…工作方案.docx」 is "
                "the site's file name (its .docx and the site's 由会员分享 line are chrome, rounds 44, 48)",
     doc_no="", issuer="a 镇 (「全镇」; a 乡镇 plan of a 市's 2022 检查考评)", date="2022 (the 考评方案 it follows are 2022's; no date "
                                                                                   "printed)",
     level="town (全镇; 村组)",
     source=source("https://1wenmi.com/doc/121479.html"),
     style="a document site's preview (第壹文秘, 4页): the file name, the site's line, the text in the site's page pieces 「1、」「2、」 "
           "at line starts (the preview's page marks, no items): a preamble, 一、指导思想, 二、总体目标 (run over the page mark), "
           "三、主要任务 1、2、 run in, 2、 CUT at 「选聘责任心强、」",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、总体目标"],
     samples=[
        S(["三", "1"], [], [], targets=[(1, "个")], not_targets=[(1, "桶")], **at(X05, "三、主要任务1、"),
          note="「1、全面更新完善保洁设施。农户按每户一桶的要求配备简易垃圾容器;配齐配足保洁作业工具(…)、服装、劳保用品,并拆除主次干道的垃圾池,每组保留一个完好的"
               "垃圾池作为节假日应急使用,按要求修建垃圾集并点。」 — 农户 is the subject of 配备 (outside rule 2, and households that equip "
               "themselves are beneficiaries of the scheme, round 30's applicant), the other acts have no subject: " + NONE + "; " +
               NOUNITS + ". 「每户一桶」 is the norm the equipping follows (按…的要求: round 30's 「原则上按500户配1名」, a norm), not "
               "a target; 「每组保留一个…垃圾池」 is a count each group is to meet, its number of work in words (Round 76: round 55's "
               "x245_05 「每个镇要建立一个…基地」 1 个; a lone 一 as an article reaches only things listed as a body's equipment, Round "
               "74 continued) — 1 个 a target, RULING? 8 (1 个 read as the article, no target, is the alternative, not written); "
               + NODATE),
        S(["三", "2"], [], [], **at(X05, "垃圾集并点。2、"),
          note="「2、配齐配强村组保洁员。按标准备齐公共保洁员和组级保洁员,选聘责任心强、」 (" + CUT + ") — no subject: " + NONE +
               "; 保洁员 are persons (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/1, 三/2 (CUT). 一、指导思想 is a stance (round 68); 二、总体目标 states aims (加大…力度, 全面推进…, 力争做到"
            "“六无”): " + AIMS + ". The 「1、」「2、」 at the starts of lines 3 and 4 are the preview's page pieces (the site's 「1、…2、…3、」 "
            "chunks, as in plans-next303's taodocs pages), no items: 「1、乡镇深入推进…」 is the title and 「2、加大农村生活垃圾治理…」 the "
            "rest of 二's sentence. Accepted: 3 (二 counted by the every-leaf count, plans-dev 08)",
            "「2022年全省城市管理工作检查考评方案」「市2022年二季度农村生活垃圾统筹治理检查考评细则」 are names of documents the plan "
            "follows: years in names, no dates of its items"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x308_06_dachong-xiang-xiaofang-anquan-qiaomen-xingdong-gongzuo-fangan.txt"
SPAN06 = ("「二、时间安排 / 即日起至2024年2月底。」 is the span of the plan's own campaign: items with no date of their own are due at "
          "its end (Round 77's x303_04: a campaign span the plan sets for its work dates the items with none; round 44 decided: a "
          "span's end), 2月底 2024 the month's last day, 2024-02-29")
plan(X06,
     title="大崇乡消防安全“敲门行动”工作方案",
     title_note="line 7, the plan's title line; line 3 「大崇乡消防安全“敲门行动”」 is the site's headline (round 65's x275_03) and "
                "line 5 the site's date and source line (its 「老虎机游戏:」 is an injected site's chrome)",
     doc_no="", issuer="大崇乡 (大崇乡政府; 「全乡」)", date="2023-12-01 (the site's 发布时间; the plan prints none)",
     level="township (乡; 乡驻村干部, 村干部; 乡卫生院, 中心学校)",
     source=source("http://ls-art.com/hjs/c123264/202402/602619d250e849f1b6723307b549a293.shtml"),
     style="a 乡's page under a county site's 乡镇信息公开目录 (its chrome hijacked): the path, the headline, the date line, the title, a "
           "preamble, 一、工作目标, 二、时间安排 (one line, a span), 三、工作措施 (a paragraph), 四、工作重点 (一)–(三) (label-colon lines), "
           "五、组织保障 (a paragraph CUT at 「…工作统」)",
     leaf_tasks=5, count_alternatives=[2, 6, 7], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、时间安排"],
     samples=[
        S(["三"], [], [], dl="即日起至2024年2月底", dln="2024-02-29",
          note="「三、工作措施 / 结合乡村振兴及医保收缴工作,采取乡驻村干部包村、村干部包组、党员组长包户的方式逐户开展消防安全“敲门行动”,通过村村响、…等载体,"
               "对辖区内所有群众进行地毯式消防安全宣传,全面排查和整改消防安全隐患。」 — a childless point that gives work (round 56's "
               "p47b); the 包村／包组／包户 are persons (" + PERSONS + "), 开展 without 组织 and 进行 are outside rule 2 (rounds 30, 44): "
               + NONE + "; " + NOUNITS + "; " + SPAN06),
        S(["四", "(一)"], [], [], dl="即日起至2024年2月底", dln="2024-02-29",
          note="「(一)重点区域:农村大团寨、乡卫生院、中心学校、幼儿园、集贸市场、出租屋等集中区及所有民房的宣传排查。」 — a line of the campaign's "
               "重点 naming the places its work (宣传排查) goes to: a campaign's scope is work's scope, read at its words (Round 78), "
               "and in a page naming no unit every numbered leaf is a task (plans-dev 08); 乡卫生院 and 中心学校 are places the work "
               "covers, no doers — " + NONE + "; RULING? 9: the three 重点 lines read as the scope of 三's work, no tasks, is accepted "
               "by count 2; " + SPAN06),
        S(["四", "(二)"], [], [], dl="即日起至2024年2月底", dln="2024-02-29",
          note="「(二)重点人员:老弱病残留守儿童、空巢老人、精神病人等特殊群体的宣传排查。」 — the persons the work goes to (RULING? 9 as (一)): "
               + NONE + "; " + SPAN06),
        S(["四", "(三)"], [], [], dl="即日起至2024年2月底", dln="2024-02-29",
          note="「(三)重点内容:安全用火用电用气、…火灾自救逃生知识、电线老化、取暖、熏烤腊肉及防范一氧化碳中毒、“三清三关”(清理楼道、阳台、厨房可燃杂物,离人关闭"
               "电源、火源、气源)等。」 — what the publicity and checks cover (RULING? 9 as (一)); 三清三关 a name: " + NONE + "; " + SPAN06),
        S(["五"], [], [], dl="即日起至2024年2月底", dln="2024-02-29", not_targets=[(7, "位")],
          note="「五、组织保障 / 成立大崇乡消防安全“敲门行动”工作领导小组,由乡党委书记张练军任组长,乡长朱城鑫任副组长,其他7位班子成员、派出所所长唐林及各村党组织书记为"
               "成员,负责全乡消防安全“敲门行动”工作统」 (" + CUT + ") — a point that sets up a group and sends it to work gives work, a "
               "task naming no unit (Round 74's x294_07 1、; round 57's x255_06); the group is none where it is set up (" + SETUP +
               "), its members persons (" + PERSONS + "; 派出所所长 a post, not 派出所). 7位 counts the group's members, its "
               "composition, no number of work (Round 76; Round 74's x295_04): not_target; " + SPAN06),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三, 四/(一)–(三), 五 (CUT). 一、工作目标 states an aim (提醒…, 杜绝…): " + AIMS + "; 二、时间安排 is a line of time "
            "alone, a field, no task (Round 77's x303_04 二: a field is a line of time alone; Round 74's x297_02). The page names no "
            "unit (乡 bare is the township speaking of itself, Round 74's x294_06; 包村／包组／包户 persons). Accepted: 2 (四's three "
            "lines as 三's scope, RULING? 9), 6 (二 counted) and 7 (一 and 二 counted by the every-leaf count)",
            "the span 即日起至2024年2月底 is the campaign's whole time, stated once, no schedule of phases: phases []"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x308_07_zhen-nongcun-shenghuo-laji-zhili-chengxiang-huanwei-yitihua-gongzuo-shishi-fangan.txt"
plan(X07,
     title="农村生活垃圾治理城乡环卫一体化工作实施方案",
     title_note="the page's first words, the title run into the preamble 「…实施方案为贯彻县…」 (one line); no site headline",
     doc_no="", issuer="a 镇 (「全镇」「我镇」) under a 县 (「X 办字 XX号」 masked)", date="not shown (years masked 「XX 年」; 「2019 年底」 "
                                                                                        "printed once)",
     level="town (镇; 村组理事会; 保洁员)",
     source=source("https://www.xiaomilidoc.com/p-9147055.html"),
     style="a document site's text on one line: the title run into a preamble, 一、指导思想 (a paragraph), 二、推进目标 with 一是…五是 "
           "inside one paragraph, CUT at 「五是到 2019 年底,全镇所有」",
     leaf_tasks=1, count_alternatives=[2, 5, 6], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二"], [], [], responsible_alternatives=[["农户", "村组理事会"]], targets=[(70, "%"), (90, "%")],
          not_targets=[(3, "年")], dl="到 2019 年底", dln="2019-12-31", **at(X07, "二、推进目标"),
          note="「二、推进目标一是 XX 年,全镇全面铺开农村生活垃圾治理工作,所有村庄开展大规模爱国卫生运动,彻底清理存量垃圾,…;明确农户是农村生活垃圾源头分类治理责任"
               "主体,保洁员是村庄保洁主体,村组理事会是监管实施主体。到 XX 年末,…镇级层面治理设施、环卫队伍及治理运行机制,实现 70%覆盖;…二是要建设镇、村生活"
               "垃圾收集转运设施,构建农村环卫队伍。三是要建立和完善…收运处理体系,…四是到XX 年底,力争用三年时间,…全镇 90%以上村庄的生活垃圾得到有效处理,…五是到 "
               "2019 年底,全镇所有」 (" + CUT + ") — a 目标 point that gives work (开展, 清理, 建设, 构建, 建立: round 56's p47b, a childless "
               "point giving work is a task), 一是–五是 parts of its one paragraph (plans-next303's x303_06). No subject of a rule-2 "
               "verb stands: " + NONE + "; 「明确A是…主体」 assigns roles the item itself creates, as 「确定两家…作为…单位」 (Round 75's "
               "p57a-1: a role the item creates stays none; 保洁员 persons) — RULING? 10: [农户, 村组理事会] (是…责任主体 read as a "
               "designation, Round 75) is accepted. Targets: 70 % (the share of the 镇级 setting up to reach, a goal the item sets, "
               "round 25) and 90 % (以上, round 30). 「力争用三年时间」 is a length, no number of work (plans-next303's x303_04 "
               "100 天): not_target. Deadline: the only date the item prints with its year, 「到 2019 年底」 (the latest printed, "
               "round 34; the 「XX 年」 dates are masked, no date, round 57's x255_08), 2019-12-31 — RULING? 11 (none, the cut "
               "五是 and the masked years leaving the item's end unknown, is the alternative, not written)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二 (its 一是–五是 are parts of one paragraph, no numbered items). 一、指导思想 is a stance (round 68) though it "
            "quotes the 县's slogan. Accepted: 2 (一 counted), 5 and 6 (一是–五是 read as items)",
            "「今年全面铺开、三年提前验收、五年完善巩固」 is the 县's slogan, no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x308_08_xiangzhen-2021-anquan-shengchan-dajiancha-fangan.txt"
plan(X08,
     title="2021年乡镇安全生产大检查方案",
     title_note="the page's first words 「2021年乡镇安全生产大检查方案4进入四月以来,…」: the trailing 4 is the compilation's piece number "
                "(Round 74 continued on x298_03's 「乡镇森林防火实行方案三」: a piece mark is no part of a title), the title run into "
                "the preamble — RULING? 12",
     doc_no="", issuer="a 镇 (「全镇」; 秦都区 named as where an accident happened)", date="2021 (the title; 「进入四月以来」)",
     level="town (全镇; 各村委会、各企事业单位)",
     source=source("https://m.wenke99.com/p-5339203.html"),
     style="a document site's text on one line: the title with a piece number, a preamble ending 「现就…有关事项通知如下:」, 一、 (a "
           "heading sentence run into its paragraph), 二、 (a heading run into 「各村委会、企事业单位要根据」, CUT)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X08, "通知如下:一、"),
          note="「一、统一思想,提高做好安全生产工作重要性的认识各村委会、各企事业单位要认真贯彻…重要指示精神,务必要高度重视,切实把安全生产工作摆到重要位置,抓实抓好。"
               "按照…的要求,各村负责人要切实承担起安全生产工作的第一责任,亲自安排部署。按照…的要求,各单位要切实加强对安全生产工作的监督检查,切实把安全生产防范措施落实"
               "到位,确保全镇安全生产形势平稳。」 — 贯彻, 重视, 抓实抓好 are outside rule 2's closed list (round 30); 各村负责人 are "
               "persons (" + PERSONS + "); 各单位 is a general call whatever its verb, 落实 included (rounds 30, 33; Round 77's "
               "x300_02, x301_04): " + NONE + "; the point gives work (监督检查, 落实到位), a task (round 56's p47b); " + NODATE),
        S(["二"], [], [], **at(X08, "形势平稳。二、"),
          note="「二、突出重点,切实加强重点行业领域安全监管各村委会、企事业单位要根据」 (" + CUT + ") — the heading names work (加强…安全监管); "
               "its subject is printed but no verb of its own (要根据 cut): a cut clause names its doer only after a rule-2 verb is "
               "printed (Round 74's x295_03 二/(二)) — " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一、二、 (二 CUT). The page names no unit (各村委会、各企事业单位 with verbs outside rule 2; 各单位 a call; 各村负责人 "
            "persons). Accepted: 1 (二 left out as cut before its work)",
            "「5死2伤」 is an accident's toll elsewhere, a past outturn (the head: not a target), unchecked; 「进入四月以来」 dates "
            "nothing"])

# ---------------------------------------------------------------------------------------------------------
X09 = "x308_09_xiangzhen-fangnishui-anquan-gongzuo-fangan-yu-cuoshi-pian1.txt"
plan(X09,
     title="鄉(xiāng)鎮(zhèn)防溺水安全工作方案與措施",
     title_note="line 2, the piece's title 「鄉(xiāng)鎮(zhèn)防溺水安全工作方案與措施 篇1」 less the compilation's piece mark 篇1 (Round 74 "
                "continued; rounds 44, 48, 49: 篇1 is no part of a title); the site's inline pinyin kept as printed (round 39; Round "
                "77's x300_06)",
     doc_no="", issuer="a 鎮 (__鎮, blank; 「我鎮」「全鎮」)", date="2023 (the site's 「2023鄉鎮防溺水…7篇」; the piece prints none)",
     level="town (鎮; 各中小學校、各村)",
     source=source("http://www.xyvh.cn/ydhyjg/3070396.html"),
     style="a 范文 site's compilation in traditional characters with inline pinyin: the site's lead, the piece title 篇1, a "
           "preamble, 一、組織領導 (a set-up paragraph, blank 組長／副組長／成員 lines, an office), 二、工作目標, 三、主要任務 (一) run "
           "in, CUT at 「防範意」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、組織領導", "二、工作目標"],
     samples=[
        S(["三", "(一)"], [], [], responsible_alternatives=[["各中小學(xué)校", "各村"]],
          note="「(一)加強領導。各中小學校、各村、各單位要高度重視預防青少年兒童溺水工作,切實加強領導,堅持…,按照…的原則,切實負起統籌、協調、動員、組織、管理等責任,"
               "采取綜合措施,抓好貫徹落實。各有關部門要齊抓共管,充分發揮職能作用,分工協作,切實增強全社會防範意」 (pinyin left out here; " + CUT +
               ") — 重視, 加強, 負起…責任 (組織 a noun inside the duty's list), 采取 and 抓好 are outside rule 2's closed list (round 30; "
               "Round 74's x295_03: 采取); 貫徹落實 is 抓好's object, a noun, not 落实 as a verb; 各單位 is a call (round 33) and 各有關部門 "
               "has no rule-2 verb (齊抓共管, 發揮, 分工協作): " + NONE + "; RULING? 13: [各中小學校, 各村] (抓好貫徹落實 read as rule 2's "
               "落实, as 组织好 is 组织, round 49) is accepted; 暑期 (二) is a season: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三/(一) (CUT). 一、組織領導 only sets up the 領導小組 and its office and names who sits in them (blank names): a "
            "point that only composes a group says who serves and tells no body to act (Round 74's x294_07 1、 and x293_01 2.1, "
            "turned), no task; 二、工作目標 states aims: " + AIMS + ". Accepted: 2 (二 counted by the every-leaf count)"])

# ---------------------------------------------------------------------------------------------------------
X10 = "x308_10_jitan-zhen-senlin-fanghuo-pingan-chunji-xingdong-shishi-fangan.txt"
T10 = "吉潭鎮(zhèn)森林防火“平安春季行動(dòng)”實(shí)施方案"
plan(X10,
     title=T10 + "（吉潭鎮(zhèn)人民政府關(guān)于印發(fā)《" + T10 + "》的通知）",
     title_note="line 27, the plan's title line, in the pair form with the cover's issuer line (line 13) and the notice's title "
                "(lines 15–17, split by the page; a stored break joins nothing) — Round 78's p58e-1; line 7 「吉潭鎮1月份關于印發《…」 is the "
                "site's headline, cut; inline pinyin kept as printed; the injected spam line 1 is chrome",
     doc_no="吉府發(fā)〔2022〕2號", issuer="吉潭鎮(zhèn)人民政府 (鎮森林防火指揮部's 行動)", date="2022-01-18 (the cover's date)",
     level="town (吉潭鎮; 鎮防火辦; 村干部, 護林員)",
     source=source("https://uxpxfw.cn/xwxxxgk/xw8708/202202/b1be39e8e0a5425288b31f5a63199572.shtml"),
     style="a town's notice on a 乡镇信息公开 page in traditional characters with inline pinyin (the site's chrome hijacked): the "
           "headline, the number line, the issuer, the notice's title over two lines, the addressees, one forwarding sentence, the "
           "issuer and date, the plan's title, a preamble, 一、行動主題 (a slogan), 二、時間安排 (a span), 三、行動內容 1、 (a heading "
           "sentence run into its paragraph, 一是／二是 inside it) CUT at 「加強檢」",
     leaf_tasks=1, count_alternatives=[2, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、行動(dòng)主題", "二、時(shí)間安排"],
     samples=[
        S(["三", "1"], [], ["鎮(zhèn)防火辦"], lead_alternatives=[["鎮(zhèn)防火辦"]], dl="2022年1月18日-4月30日", dln="2022-04-30",
          note="「1、開展野外火源集中整治活動。鎮防火辦組織力量,在高火險時段,每月集中10天左右時間,專項整治野外用火,落實“五個禁止”規定。一是宣傳《…通告》,要求張貼到"
               "村組、宣傳到農戶;二是加強火源管控,村干部,護林員劃分責任片區和路段,…鎮村兩級抽調人員組成巡查組,加強檢」 (pinyin left out here; " + CUT +
               ") — 「A組織B＋verb」 names A (round 30: 「区教育局组织各学校开展…」; Round 77's x303_01 「要求镇林业站组织所有护林员…开展」, words "
               "between allowed, round 34): 鎮(zhèn)防火辦 as printed, the 力量 its object; 村干部 and 護林員 are persons (" + PERSONS +
               "), the 巡查組 a group the item sets up. Responsible [鎮(zhèn)防火辦], lead [] (the single doer accepted as lead). "
               "「每月集中10天左右時間」 is a rhythm with an approximate length, no comparison word: unchecked; 「五個禁止」 a name. The "
               "item prints no date of its own; 「二、時間安排 / 2022年1月18日-4月30日」 is the span of the plan's own campaign: due at its "
               "end, 2022-04-30 (Round 77's x303_04; round 44 decided)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三/1 (CUT). 一、行動主題 「打造平安春季,共建綠色吉潭」 is a slogan (a stance, round 68); 二、時間安排 is a line of "
            "time alone, a field, no task (Round 77's x303_04 二; Round 74's x297_02). Accepted: 2 (二 counted) and 3 (一 too, by the "
            "every-leaf count of a page read as naming no unit)",
            "the span 2022-01-18 — 2022-04-30 is the campaign's, stated once: phases []"])

# ---------------------------------------------------------------------------------------------------------
# x308_11 was found, claimed, tested and committed after the ten above (commit 4a486f71, 「texts first (fourth batch…)」),
# before a word of its answers was written.
X11 = "x308_11_jiedao-anquan-shengchan-gongzuo-cuoshi.txt"
NOUNIT11 = ("the page names no unit by the ruled forms anywhere, so every numbered leaf is a task (plans-dev 08, seed 003); the "
            "plan's title and headings above (一) are on the page's part not stored (the excerpt opens at (一))")
plan(X11,
     doc_no="", issuer="a 街道 (街道安委会; 「全街道」「辖区」)", date="not shown",
     level="street (街道安委会各成员单位; 各社区工作站; 区相关职能部门 above it)",
     source=source("https://m.igat.cn/dongshi/rvvhe/2LlMD9E2Kg"),
     style="a page holding a 街道's 安全生产 work points (一)–(六) only, each a paragraph, with no title, heading or date printed "
           "(the plan's opening is not on the page)",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [], responsible_alternatives=[["街道安委会各成员单位", "各社区工作站"]],
          note="「(一)街道安委会各成员单位要按照“一岗双责”的工作要求,加强各自辖区、各自领域的安全监管工作,把安全管理工作职责落到实处。特别是各社区工作站要扎实做好各自"
               "辖区“三小”场所的安全巡查工作,认真规范地做好定期安全巡查记录,…」 — 加强 and 做好 are outside rule 2's closed list (round 30; "
               "Round 74's x294_01 四/1: 做好 none), and 「把…职责落到实处」 puts duties into effect, a phrase, not 落实 as a verb: " + NONE +
               "; RULING? 14: [街道安委会各成员单位, 各社区工作站] (落到实处 read as 落实, the members' own work rule 2's several clauses) is "
               "accepted; " + NOUNIT11 + "; " + NODATE),
        S(["(二)"], [], [],
          note="「(二)做好各类专业批发市场、…老旧住宅小区等消防设施薄弱场所的安全检查,重点消除“三合一”“二合一”现象、…的情况。」 — no subject; the "
               "places are the checks' objects: " + NONE + "; " + NODATE),
        S(["(三)"], [], [],
          note="「(三)做好建筑施工工地和零星工程、二次装修工程的安全巡查工作。重点督促辖区零星工程、二次装修工程做好施工报备,…」 — no subject; the object "
               "of 督促 is no unit (round 30's pivot): " + NONE + "; " + NODATE),
        S(["(四)"], [], [], not_targets=[(31, "个")],
          note="「(四)加快推进全街道31个住宅小区的消防管网整治工程,就施工过程中存在的问题,协调物业单位、施工单位,尽快完成工程施工。同时,继续对辖区各个老旧住宅区进行"
               "消防设施排查,将需新增纳入区消防管网整治工程的项目及时上报区相关职能部门。」 — no subject; 物业单位 and 施工单位 are the partners of "
               "协调 (outside rule 2, Round 74's x295_03), 区相关职能部门 receives (rule 3): " + NONE + ". 「全街道31个住宅小区」 counts the "
               "places the work already goes to, with no comparison word (Round 77's x303_06 「四个场镇」: not_target; round 58's "
               "class); the sending 「及时上报区相关职能部门」 is an undated duty (Round 74's duties, turned: a sending of what the work "
               "meets); 尽快 is no date: " + NODATE),
        S(["(五)"], [], [],
          note="「(五)加大执法监察和隐患排查治理力度,继续完善对专业市场的监管制度和排查机制,重点排查…,扎实做好日常监管工作。」 — no subject: " + NONE +
               "; " + NODATE),
        S(["(六)"], [], [],
          note="「(六)组织开展各类安全生产教育培训和应急演练活动,对辖区居民…进行安全知识培训,…开展应急演练,…」 — 组织开展 is rule 2's form but no "
               "subject stands in the item (round 70's x291_02: a 组织 with no subject names none): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将需新增纳入区消防管网整治工程的项目及时上报区相关职能部门", "when": "及时", "when_norm": None}],
     notes=["6 leaves: (一)–(六), each a paragraph that gives work. No count alternative: the page prints nothing else",
            "no title is checked: the page prints none (Round 77's x303_05 and x303_07: a title made up from the text is none)"])


# Round 60 (align81): answers aligned to tests/data/CONVENTIONS.md "Round 81 rulings, written early" (README, round 60)
from aligned_rulings import align81  # noqa: E402

_W01 = ("「一、实施责任单位 / 任市镇城乡环境综合治理办公室」 then 「二、保洁经费保障」「三、作业范围」: a point of its own that only says who carries out the whole "
        "plan is a plan-level field, no task and no item's units (rounds 41, 42, 48: where the field stands decides); rule 1 passes a "
        "heading's units to the items under it, not a sibling's — 三's items name none, tasks naming no unit (RULING? 1)")
_Y01 = ("Units, turned: rounds 41, 42's plan-level field over rule 1's heading; none, the office stays accepted")
for _path in (["三", "(一)"], ["三", "(二)", "1"], ["三", "(二)", "2"]):
    align81("x308_01", _path, _W01, _Y01, resp=[], resp_alt=[[OFFICE]])
align81("x308_04", ["二", "(三)"], "「(三)河道保洁具体要求。河道保洁到位,河面无漂浮物,河岸无白色垃圾,…河长公示牌设置规范」 (二/(三)): a line stating only the state a standard asks for is its content, text, in a plan naming no unit too (Round 74 read x296_03 三、3, which names none, so); plans-dev 08 counts the numbered leaves that are items, and only a line naming an act or a limit on what the work may build is one (Round 77's x299_01 第六条) — text, no task (RULING? 7)",
        "Tasks and counts, turned: Round 74's x296_03 三、3 and Round 77's x299_01 第六条 over plans-dev 08's every leaf read alone; 2 (accepted already), 3 stays accepted",
        drop=True, counts={"leaf_tasks": 2, "count_alternatives": [3, 4]})
align81("x308_07", ["二"], "「明确农户是农村生活垃圾源头分类治理责任主体,保洁员是村庄保洁主体,村组理事会是监管实施主体」 (二): 「A是／为／作为…的X主体／单位」 designates A wherever it stands (Round 75; Round 74 continued's 河长责任单位), 明确 before it changing nothing, and a party by role is a unit (Round 74's 房屋产权方); Round 75's exception is a role given to bodies the item chooses and does not name 「确定两家…作为…单位」; 保洁员 are persons (round 30) (RULING? 10)",
        "Units, turned: Round 74 continued's 「A作为…责任单位」 and Round 75's p57a-1 over the role the item creates; [农户, 村组理事会] (accepted already), none stays accepted",
        resp=["农户", "村组理事会"], resp_alt=[[]])

write_collected(DIR)

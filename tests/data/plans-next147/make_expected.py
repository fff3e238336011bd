# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next147/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c147, round 37: eight page openings of plans from outside Shanghai — a 街道's
2023 大排查大接访大化解 plan whose page is cut into the site's chunks 「1、」「2、」「3、」 (items numbered inside the line, a
dated stage 「(一)准备发动(3月3日至3月7日)」); page 2 of a province's 农资打假 专项治理 plan (yearless dated steps, 保障措施 with
「各地农业行政主管部门要…认真组织实施」); 浚县's 2018 宪法宣传 调研 任务分解 notice with 「责任单位:」 lines under each item, the last
one cut; a city's 八一 系列活动方案 whose fifteen items run inside three chunk lines, each with 「时间:」 and 「责任单位:／牵头单位:／
承办单位:／参与单位:」; page 2 of a district's 建军89周年 plan with 「具体工作由A负责,B配合」; a 街镇's 2021 疫苗接种 plan opening
with a page's CSS, its stages dated; 赫山区's 2021 疫苗接种 调度 notice of two unnumbered paragraphs; and 固始县's 双拥模范县
创建 plan run on one line): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at_in`` where
the number is not at its line's start, or ``starting`` for unnumbered paragraphs); every answer was written here by
reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–37 are cited in the
notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c147.

    python tests/data/plans-next147/make_expected.py tests/data/plans-next147
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside a line), the first words cut at the line's end.
at = partial(at_line_in, DIR)


def starting(file, start):
    """Line and first eight characters of the one line that starts with ``start`` (an unnumbered paragraph)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, ln in enumerate(lines) if ln.strip().startswith(start)]
    assert len(hits) == 1, (file, start, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


NO_TITLE = "title not checked: the page does not show the plan's own title"
R1 = "CONVENTIONS rule 1 (the label decides; sentences in the item add nothing)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋any verb of doing, 牵头, "
         "会同/协同/联合, a designation; rounds 30, 34)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "no year is printed on the page: the date cannot be resolved, not checked"
CHUNKS = ("the numbers 「1、」「2、」「3、」 that open the page's lines are the site's chunk numbers (the document was cut into "
          "pieces mid-word: 「以解\\n2、决民生…」), not items")
LATER = "round 34: items numbered inside one paragraph that run in order are items (as if each number stood at a line start)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x147_01_jiedao-2023-dapaicha-dajiefang-dahuajie-huodong-shishi-fangan.txt"
plan(X01,
     title="街道开展“大排查、大接访、大化解活动的 实施方案",
     title_note="line 1 after the chunk number and the file name 「三大活动实施方案」, as printed (the closing quotes are lost)",
     doc_no="", issuer="a 街道 (not named; 「经街道党工委、办事处研究决定」)", date="2023 (「本次活动从2023年3月3日开始至12月底结束」; "
     "the text also speaks of 党的“十八大, as printed)", level="street (a 街道, not named)",
     source=page_source("https://m.wnwk.com/doc/967499.html"),
     style="a document site's text cut into three chunk lines 「1、」「2、」「3、」 (mid-word); the preamble, 一、指导思想 和目标任务 "
           "(prose), 二、工作步骤 with the campaign span and (一)准备发动(3月3日至3月7日) 1、成立领导机构。… 2、制定实施方案。按照区 — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想 和目标任务"],
     samples=[
        S(["二", "(一)", "1"], [], [], dl="3月3日至3月7日", dln="2023-03", **at(X01, "1、", 2),
          note=LATER + "; " + CHUNKS + "; " + R2 + ": 「街道党工委、办事处要成立活动领导组,并成立…驻村工作组」 — 成立 is no verb "
               "of the list and a body the item sets up is no unit (rule 3, round 35): lead [], responsible []; round 35: the stage's "
               "span 「(3月3日至3月7日)」 is the deadline of its items with no date of their own, the year from 「从2023年3月3日开始」: 2023-03"),
        S(["二", "(一)", "2"], [], [], dl="3月3日至3月7日", dln="2023-03", **at(X01, "2、", 2),
          note=CUT + " (「按照区」); " + LATER + "; no body before the cut: lead [], responsible []; the stage's span: 2023-03"),
     ],
     plan_targets=[],
     phases=[{"name": "准备发动", "start": "2023-03", "end": "2023-03"}],
     duties=[],
     notes=["2 leaves: 二/(一)/1–2 (2 CUT) — 1 (without the cut item) accepted; 一 is a childless section of prose (「街道党工委、"
            "办事处给每个村派驻一个工作组」: 派驻 is no verb of rule 2); " + CHUNKS,
            "the stage 「(一)准备发动(3月3日至3月7日)」 is a phase with work under it (round 32/33: a stage with its own items is a "
            "task parent and a phase); the campaign span 「2023年3月3日…至12月底」 is the whole action's, not a phase",
            "「四大突破」「四化」「十八大」 are names; 「一个工作组」 a count with no comparison word: no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x147_02_sheng-nongzi-dajia-zhuanxiang-zhili-fangan-di2ye.txt"
plan(X02,
     title_note=NO_TITLE + " (page 2 of the document: it opens at item (四) of the section before 四、保障措施)",
     doc_no="", issuer="a province (「省内农资生产经营企业」「全省交叉执法检查」; not named)", date="(no year on the page)",
     level="province (not named)",
     source=page_source("http://www.fymate.net/html/text/lar/170545/17054553_2.html"),
     style="page 2 of a text site's copy: items (四)–(七) of the work section (「(四)5-6月,开展…专项整治行动」: a time, then the "
           "work; no body named), 四、保障措施 (一)–(三) run-in headed paragraphs, (四)开展督促检查,促进工作落实 — CUT after its heading",
     leaf_tasks=5, count_alternatives=[7, 8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(四)"], [], [], dl="5-6月 … 在年底", skip_deadline=True, **at(X02, "(四)"),
          note=R2 + ": 「开展…专项整治行动,继续收缴…,在年底对收缴的…进行集中销毁」 — no subject, 开展 without 组织: lead [], "
               "responsible []; the latest date is 年底 (round 34), and " + NOYEAR),
        S(["(五)"], [], [], dl="下半年", skip_deadline=True, **at(X02, "(五)"),
          note=R2 + ": 「下半年对省内农资生产经营企业进行一次普查,摸清…」 — no body: lead [], responsible []; 「下半年」 and " + NOYEAR),
        S(["四", "(一)"], [], ["各地农业行政主管部门"], lead_alternatives=[["各地农业行政主管部门"]], nodl=True, **at(X02, "(一)"),
          note=R2 + ": 「各地农业行政主管部门要…加强…领导,…进一步作好动员部署,…制定农资打假方案,并强化监管措施,认真组织实施」 — "
               "组织实施 with the subject carried over inside one paragraph (round 34: an elided subject): responsible "
               "各地农业行政主管部门, " + ONE + "; RULING? 各地 before a kind read as part of the kind's name (round 32's 各地 is "
               "a no-kind word only alone), kept as printed; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: the work section's (四)–(七) (its number is on page 1) and 四/(一), the one 保障措施 item that names a doer "
            "(round 33); 四/(二) (「…同时组织有关新闻单位对…跟踪报道」: 组织 with no subject in its paragraph), 四/(三) (「各级农业部门要积极争取…,"
            "改进…,完善…」: no verb of the list) and the cut 四/(四) name no unit: not tasks in a plan whose tasks name units "
            "(round 27) — 8 (every leaf) and 7 (without the cut 四/(四)) accepted; RULING? the plan read as one that names units "
            "because 四/(一) does (the work items (四)–(七) name none)",
            "「5种高毒农药」「五种」「一次普查」 are counts with no comparison word, 「“一把手”」 a name: no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x147_03_junxian-2018-xianfa-xuanchuan-diaoyan-renwu-fenjie-tongzhi.txt"
UNITS05 = ["县教体局", "县农业局", "县水利局", "县粮食局", "县林业局", "县卫计委", "县环保局", "县国税局", "县地税局", "县人社局",
           "县财政局", "县民政局", "县畜牧局", "县质监局", "县工商局"]
plan(X03,
     title="关于迎接司法部、全国普法办莅浚调研宪法宣传活动任务分解的通知",
     title_note="line 2, after the document number 「浚治〔2018〕1号」",
     doc_no="浚治〔2018〕1号", issuer="浚县 (Henan, 鹤壁市; 「莅浚」「浚县西高速口」; the issuer 浚治 is the county's 依法治县 body)",
     date="2018 (document number)", level="county (Henan, 浚县)",
     source=page_source("https://jnqlqm.com/html/zhuantizhuanlanxxfzjsgz2018-06-015193.html"),
     style="a county notice on a site's column page: document number, title, addressees, a preamble, 一、 调研方式 and 二、调研线路 "
           "(childless), 三、任务分解 (一)–(五) each followed by a line 「责任单位:…」; the fifth label CUT in its last name 「县审计」",
     leaf_tasks=5, attachment_task_rows=0, childless_top_level_sections=["一、 调研方式", "二、调研线路"],
     samples=[
        S(["三", "(一)"], [], ["县委宣传部"], lead_alternatives=[["县委宣传部"]], nodl=True,
          note=R1 + ": 「责任单位:县委宣传部」 gives responsible 县委宣传部; the sentence 「由县委宣传部牵头,组织…」 adds nothing, so " + ONE
               + "; 「县委、县政府中心组」 is the object of 组织 (the pivot rule); the notice gives no date for any item: " + NODATE),
        S(["三", "(二)"], [], ["浚州街道办事处"], lead_alternatives=[["浚州街道办事处"]], nodl=True,
          note=R1 + ": 「责任单位:浚州街道办事处」; 「东马庄村」 in the text is a site of the work, not a unit; " + ONE + "; " + NODATE),
        S(["三", "(三)"], [], ["县医院"], lead_alternatives=[["县医院"]], nodl=True,
          note=R1 + ": 「责任单位:县医院」 (the item's text also opens with 县医院); " + ONE + "; " + NODATE),
        S(["三", "(四)"], [], ["县教体局"], lead_alternatives=[["县教体局"]], nodl=True,
          note=R1 + ": 「责任单位:县教体局」 — the label decides, 「科达学校」 (the item's subject) is not a unit; " + ONE + "; " + NODATE),
        S(["三", "(五)"], [], UNITS05, nodl=True,
          note=R1 + ": the label's fifteen whole names, in printed order; the last, 「县审计」, is cut by the page's end and dropped "
               "(round 36: a name the page cuts off); lead [] (no 牵头 named); 「责任单位学习、宣传《宪法》内容」 in the text is a "
               "back-reference, no unit; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三/(一)–(五); 一、 调研方式 (how the visit is made) and 二、调研线路 (the route) are childless sections that "
            "give no work",
            "「一次」「一块」「两块」 are counts with no comparison word, 「七五」 a name: no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x147_04_shi-bayi-jianjunjie-xilie-huodong-fangan.txt"
LABELS = ("round 35 (field blocks): 「时间:…」「责任单位:…」 after an item are its fields; " + R1 + ": its 责任单位 line gives "
          "responsible (no lead)")
plan(X04,
     title="庆祝“八一建军节系列活动方案",
     title_note="line 1 after the chunk number 「1、」, as printed (the closing quotes are lost)",
     doc_no="", issuer="a city (「驻晋73 311…部队」「市双拥办」: 晋江市, Fujian, by 驻晋 and 海训; not named)",
     date="(no year printed; 「纪念延安双拥运动七十周年」 would make it 2013, and 「7-2023月份」 is a garble)",
     level="city (a county-level 市, not named)",
     source="(the search tool gave this page no address) — opening of the page as the search tool's pages corpus returned it "
            "(about 2,000 bytes; ASCII ,:();, page chrome included); the excerpt was copied from the tool's answer into the "
            "file (the JSON string's escapes undone by json.loads, a final newline added; nothing else changed)",
     style="a document site's text cut into three chunk lines 「1、」「2、」「3、」 (mid-word: 「十一、市女企业家联谊会开\\n3、展…」); the "
           "title, then items 一、–十五、 run inside the lines, each 「…活动 时间:7月下旬责任单位:市双拥办」 or with 「牵头单位:」「承办单位:」"
           "「参与单位:」; item 十三's number split 「市人武部十 三、」; 十五 CUT 「开展“送」",
     leaf_tasks=15, count_alternatives=[14], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["市双拥办"], dl="7月下旬", skip_deadline=True, lead_alternatives=[["市双拥办"]], **at(X04, "一、"),
          note=LATER + "; " + CHUNKS + "; " + LABELS + ": 市双拥办, " + ONE + "; 「市主要领导率队」 persons; " + NOYEAR),
        S(["二"], [], ["团市委", "市双拥办"], dl="8月份", skip_deadline=True, **at(X04, "二、"),
          note=LABELS + ": 团市委, 市双拥办, lead []; " + NOYEAR),
        S(["三"], [], ["市双拥办"], lead_alternatives=[["市双拥办"]], dl="待定", dln=None, **at(X04, "三、"),
          note=LABELS + ": 市双拥办, " + ONE + "; 「市直有关部门、有关镇(街道)领导参加」 are persons taking part; 「时间:待定」 — the "
               "time is not fixed: no deadline"),
        S(["四"], [], ["市支前办"], lead_alternatives=[["市支前办"]], dl="待定", dln=None, **at(X04, "四、"),
          note=LABELS + ": 市支前办, " + ONE + "; 「组织开展支前保障实务演练活动」 has no subject; 「时间:待定」: no deadline"),
        S(["六"], ["市双拥办"], ["市双拥办", "市移动公司"], dl="7月份", skip_deadline=True, **at(X04, "六、"),
          note=R1 + ": 「牵头单位:市双拥办承办单位:市移动公司」 — lead 市双拥办; RULING? 承办单位 (the body that runs the event) read as "
               "a responsible unit like 责任单位: responsible 市双拥办, 市移动公司; 「XX县区」 a masked place; " + NOYEAR),
        S(["九"], ["市总商会"], ["市总商会"], dl="7月下旬", skip_deadline=True, **at(X04, "九、"),
          note=R1 + ": 「牵头单位:市总商会」 — lead and responsible 市总商会; the item's subject 「市民营企业拥军协会开展…」 adds nothing "
               "(the label decides; 开展 without 组织 is no verb of the list anyway); " + NOYEAR),
        S(["十二"], [], ["市人武部"], dl="7月30日", skip_deadline=True, lead_alternatives=[["市人武部"]], **at(X04, "十二、"),
          note=LABELS + ": RULING? 「责任单位:市人武部十 三、开展…」 — the 十 belongs to the next item's number 「十 三、」 split by a space, "
               "so the unit is 市人武部 (not 「市人武部十」); " + ONE + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["15 leaves: 一–十五 (十五 CUT after 「开展“送」) — 14 (without it) accepted; every item carries its own 时间 and unit "
            "fields; 五's text runs across a chunk break (「五、开展\\n2、“关爱功臣行动…」) and 十三/十四's numbers are split (「十 三、」「十 四、」), "
            "so no sample is written on them",
            "「73 311、949 21、94683部队」「73315部队」 are unit numbers, 「120师」「第九届」「第九期」「七十周年」 names: no targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x147_05_qu-bayi-jianjun-89-zhounian-jinian-huodong-di2ye.txt"
JUTI = ("a closing sentence 「具体工作由A负责,B配合」 in the item: 由A＋负责 makes A a doer and 「B配合」 after a doer makes B "
        "responsible (round 30; round 34: 配合 needs a doer): lead [] (no 牵头)")
plan(X05,
     title_note=NO_TITLE + " (page 2: it opens at item 5 of the activities; the site's 「更新时间:2018-06-16…」 line first)",
     doc_no="", issuer="a district (「区妇联」「团区委」「驻鲤部队」: 鲤城区, Fujian 泉州, by 驻鲤; not named)",
     date="(no year printed; 「建军89周年」 would make it 2016)", level="district (a 区, not named)",
     source=page_source("https://78911.com.cn/DongTaiXinWen/594169-2.html"),
     style="page 2 of a site's copy: the site's time line, items 5、–9、 of the activities (a time, the work, and a closing "
           "「具体工作由A负责,B配合。」), 三、活动要求 1、–3、 (run-in headed paragraphs of general calls) — CUT in 3、",
     leaf_tasks=5, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["5"], [], ["区妇联", "双拥办"], dl="八一期间", skip_deadline=True,
          note=R2 + ": 「具体工作由区妇联负责,双拥办配合」 — " + JUTI + "; responsible 区妇联, 双拥办; 「八一期间」 and " + NOYEAR),
        S(["6"], [], ["团区委", "民政局"], dl="7月8日", skip_deadline=True,
          note=R2 + ": 「7月8日,组织第十三期…活动」 has no subject; 「具体工作由团区委负责,民政局配合」 — " + JUTI + "; " + NOYEAR),
        S(["7"], [], ["民政局", "武警边防总队医院"], dl="7月中旬", skip_deadline=True,
          note=R2 + ": 「依托武警边防总队医院…进行一次体检」 (依托 names a means); 「具体工作由民政局负责,武警边防总队医院配合」 — " + JUTI
               + "; " + NOYEAR),
        S(["8"], [], ["区科协", "双拥办"], dl="7月上旬", skip_deadline=True,
          note=R2 + ": 「联合区科协、区党校组织农函大专家,举办…培训班」 has no subject (and 农函大专家 are the pivot's object, "
               "persons); 「具体工作由区科协负责,双拥办配合」 — " + JUTI + "; " + NOYEAR),
        S(["9"], [], ["武装部", "民政局", "双拥办"], dl="八一期间", skip_deadline=True,
          note=R2 + ": 「武装部、民政局、双拥办要积极印发…,组织国防知识教育和宣传活动」 — 组织＋work: 武装部, 民政局, 双拥办 are doers; "
               "「区广电站、报道组要认真做好…宣传报道工作」 — 做好 is no verb of the list (" + VERBS + "); 「具体工作由双拥办负责,武装部配合」 "
               "adds the same two: responsible 武装部, 民政局, 双拥办 in printed order, lead []; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves on the page: items 5–9 of the activities section (its number and items 1–4 are on page 1); 三、活动要求 1–3 "
            "name no unit — 1 「各相关单位和驻鲤部队要高度重视,…精心策划,严密组织」 (相关单位 a general call, round 33; 组织 with no work), 2 "
            "no body, 3 「各承办单位要…研究制定…,认真实施」 (RULING? 各承办单位 read as a back-reference to the bodies that run the "
            "activities, adding no unit, as round 34's 「各牵头单位要…」) — not tasks in a plan whose tasks name units (round 27); 8 "
            "(with them) accepted",
            "「第十三期」「89周年」 are names, 「一次」「一期」 counts with no comparison word: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x147_06_jiezhen-2021-bingdu-yimiao-jiezhong-gongzuo-fangan.txt"
plan(X06,
     title="街镇病毒疫苗接种工作方案",
     title_note="line 1 and again after the page's style block (the site's file name; 「街镇」 and the lost 「新冠」 as printed)",
     doc_no="", issuer="a town (「我镇」; not named)", date="2021 (「《县2021年病毒疫苗接种工作方案》」, 「2021年6月底前」)",
     level="town (a 镇, not named)",
     source=page_source("https://laojin123.com/article/33058.html"),
     style="a document site's page: the title, a broken tag 「l>」, 「[标签:标题]」 and a block of CSS rules (tab-indented), the "
           "title again, a preamble, 一、接种工作安排 (一)第一阶段:3-6月份 / (二)第二阶段:7-12月份 (stage headings with the work as "
           "paragraphs under them), 二、接种单位设置 1.确定街镇卫生院预防接种门诊为…接种点,相…… — CUT, then the site's paywall lines",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], dl="2021年6月底前", dln="2021-06",
          note="the page names no unit at all, so every numbered leaf is a task (seeds EXPECTED.md lines 3–5); " + R2 + ": no "
               "body is given work (「相关行业主管部门」 is a group to be vaccinated, an object): lead [], responsible []; its own "
               "date 「2021年6月底前完成接种」 (round 37: an item's own date wins over its stage's span): 2021-06"),
        S(["一", "(二)"], [], [], dl="2021年12月底前", dln="2021-12",
          note="no body: lead [], responsible []; the latest date 「2021年12月底前完成接种」 (round 34; 「2021年7月起」 a start): 2021-12"),
        S(["二", "1"], [], [], nodl=True,
          note=CUT + " (「相……」); " + R2 + ": RULING? 「确定街镇卫生院预防接种门诊为肺炎疫苗接种点」 designates a site for the work, not "
               "a doer (round 32's designations make a body responsible 「明确A为责任主体」; a 接种点 is a place): lead [], responsible "
               "[]; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "第一阶段", "start": "2021-03", "end": "2021-06"},
             {"name": "第二阶段", "start": "2021-07", "end": "2021-12"}],
     duties=[],
     notes=["3 leaves: 一/(一), 一/(二) (stages with their work written under them: tasks and phases, rounds 32/33) and 二/1 (CUT) — "
            "2 (without the cut item) accepted; the CSS lines and the paywall lines are page chrome",
            "「18岁以上、60岁以下」「60岁以上的老年人」 are age bands naming groups of persons (round 31), 「【2021】111号」「【2021】65号」 "
            "document numbers: no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x147_07_heshan-qu-2021-yimiao-jiezhong-gongzuo-diaodu-tongzhi.txt"
PARAS = ("RULING? a notice whose work is two UNNUMBERED paragraphs (no heading, no number) after its lead-in 「…现就新冠病毒疫苗"
         "接种工作调度如下:」: each paragraph that gives work is read as a task, as a childless point that gives work is (round 34, "
         "round 36); the path names the paragraph by its first words")
plan(X07,
     title_note=NO_TITLE + " (the page opens at the addressees; the notice's title is not on it)",
     doc_no="", issuer="中共益阳市赫山区委新型冠状病毒感染的肺炎疫情防控工作领导小组 (Hunan, 益阳市赫山区; signature)",
     date="2021-08-11 (signature)", level="district (Hunan, 赫山区)",
     source=page_source("http://yiyang.gov.cn/yiyang/2/134/14114/36085/36087/content_1439848.html"),
     style="a government site's page, whole (1,288 bytes): addressees, a lead-in, two unnumbered paragraphs of work, the "
           "signature in two lines and its date, the site's lines (扫一扫…, 信息来源…, 打印, 关闭)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["各乡镇(街道、园区)、区直及驻区各单位务必迅速摸清"], [], [], dl="9月20日前", dln="2021-09",
          **starting(X07, "各乡镇(街道、园区)、区直"),
          note=PARAS + "; " + R2 + ": 「各乡镇(街道、园区)、区直及驻区各单位务必迅速摸清…,切实强化宣传,全面动员,认真组织,优化服务」 — "
               "摸清, 强化, 动员 are no verbs of the list and 组织 has no work after it (round 34): lead [], responsible []; the "
               "latest of 「8月15日前…、9月15日前…、9月20日前完成…」 (round 34), the year from the signature: 2021-09"),
        S(["区卫生健康局务必加强疫苗供应"], ["区卫生健康局"], ["区卫生健康局", "乡镇(街道、园区)", "区直驻区其他单位"],
          lead_alternatives=[[]], nodl=True, **starting(X07, "区卫生健康局务必"),
          note=PARAS + "; " + R2 + ": 「区卫生健康局务必加强…,会同乡镇(街道、园区)和区直驻区其他单位,做好风险防范和应急处置等工作」 — "
               "「A会同B＋verb」: lead 区卫生健康局 (lead [] accepted), responsible A, B in printed order; the bracket stays with "
               "its name (round 34: 「街镇（高新区）」), 和 joins two whole names (round 35); RULING? 「区直驻区其他单位」 read as a "
               "kind (a kind before 单位, round 34), not the bare catch-all 其他单位; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: the two paragraphs of work — 1 (only the paragraph with a doer, if the first is read as a general call "
            "with no task) accepted; the lead-in and the signature are no tasks",
            "「12岁及以上人群」「18岁及以上人群」「12至17岁人群」 are age bands naming groups of persons (round 31), 「第一针剂」 a "
            "name: no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x147_08_gushi-xian-shuangyong-mofanxian-chuangjian-shishi-fangan.txt"
plan(X08,
     title_note=NO_TITLE + " (line 2 is the site's breadcrumb, line 3 opens with the collection's title 「关于2024年双拥工作计划3篇」 "
                "and 「2023年双拥工作计划1」; the plan names itself only 「实施方案」)",
     doc_no="", issuer="固始县 (Henan, 信阳市; 「结合固始实际」「驻固部队」)", date="(masked: 「201x年创建成省级双拥模范县」)",
     level="county (Henan, 固始县)",
     source=page_source("https://777doc.com/doc-12595508.html"),
     style="a document site's page: a greeting line, a breadcrumb, then the collection title and THE WHOLE PLAN ON ONE LINE — "
           "a preamble, 一、指导思想和目标 (prose, masked years 「201x年」), 二、创建任务及责任(一)组织领导坚强有力1、…2、…3、…落实创建双 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、指导思想和目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], nodl=True, **at(X08, "1、"),
          note=LATER + "; " + R2 + ": 「各级党委、政府和驻固部队要把双拥工作纳入…,…作为…大事来抓;…纳入…,摆上…,并列入…;各级各部门"
               "主要领导要亲自过问…」 — 纳入, 抓, 列入, 过问 are no verbs of the list (" + VERBS + "), 主要领导 persons: lead [], "
               "responsible []; RULING? the heading 「二、创建任务及责任」 read as no heading that gives out work (round 37 lists "
               "X分工 and a verb with a duty word as its object 「压实…责任」; 「任务及责任」 is a noun heading); " + NODATE),
        S(["二", "(一)", "2"], [], [], nodl=True, **at(X08, "2、"),
          note=R2 + ": 「各级各部门双拥工作领导小组每年召开一次全体成员会议,县委、县政府和驻固部队每年召开一次议军议政会议…」 — 召开 "
               "without 组织 is no verb of the list (round 30): lead [], responsible []; 「每年」 is a rhythm, not a deadline (round 34): "
               "no deadline"),
        S(["二", "(一)", "3"], [], ["县双拥工作领导小组各成员单位"], lead_alternatives=[["县双拥工作领导小组各成员单位"]], nodl=True,
          **at(X08, "3、"),
          note=CUT + " (「落实创建双」); " + R2 + ": 「县双拥工作领导小组各成员单位要认真履行职责,制定…计划,落实创建双…」 — the subject "
               "of 落实 is a doer; a group named by a kind with a rule-2 verb is a doer, as printed (round 35: 「各成员单位按照责任分工"
               "落实」): responsible 县双拥工作领导小组各成员单位, " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一)/1–3 (3 CUT) — 2 (without the cut item) accepted; 一 is a childless section (its aims with masked "
            "years); " + LATER,
            "「201x年」 masked years, 「一次」 counts with no comparison word: no targets"])

write_collected(DIR)

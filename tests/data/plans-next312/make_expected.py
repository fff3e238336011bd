# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next312/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c312, round 61: nine page openings of festival and activity plans of counties (县,
区), towns (镇, 乡) and one county's 2024 双节 安保 plan from outside Shanghai — 大涌鎮's 2018 中秋國慶 護林防火 plan (中山; the
town's own site, traditional with the site's inline pinyin; 一 a childless point, 二/1 printed 「1強化…」 with no mark, CUT); a
区's 春节慰问 plan (篇1 of a 范文 page; 五、慰问安排 1、–5、 with 由A牵头负责, B配合 and 由A制定…并具体组织实施; 六 CUT); 施甸县酒房乡's
2025 清明五一 森林草原防灭火 page (the 乡's own site, no title line; 三/1–3 dated, CUT); a 县's 2015 清明 「我们的节日」 plan (四/1–5
each with 承办单位／具体组织单位／时间 field lines, CUT); a 乡's 2023 春节文化活动 plan (a docx preview run on in three page chunks;
(一) with a persons-only 责任领导／责任人 bracket, (二) 组织干部群众开展, CUT); 汪清縣's 2023 春节元宵 通告 (traditional with glosses;
一–四 field blocks with solar and lunar days, CUT); a 2024 「中秋国庆」 安保 plan (a docs preview run on in one line; 三、组织体系,
四/1 「公安机关部署」 (1)(2)); 屯昌县's 2022 春节元宵文体活动方案 (a cover notice and the plan's opening: 一、指导思想, 二 CUT at once); a
縣文體局's 春节 plan (2010's text under a 2021 headline; 三/(一), (二) field blocks with persons-only 負責人／責任人 lines, CUT)):
never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of
../plans/expected_tools.py, or by ``at_line_in`` where a page runs its items into one line); every answer was written here by
reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes; readings CONVENTIONS
does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c312.

    PYTHONPATH=. python tests/data/plans-next312/make_expected.py tests/data/plans-next312
"""
import re
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43; Round 77's x301_01 decided) however the clause is built"
PINYIN = ("the site's inline pinyin is kept as printed, in names and titles (round 39; round 53's 「鎮(zhèn)農(nóng)技中心」; Round 77's "
          "x300_06 縣老體協(xié), confirmed), and the name without it stays accepted")
ONE = "the single doer accepted as lead (plans-dev 03 一; rule 2)"
FIELDS = ("round 35's field blocks: the lines under the item (时间／地点／承办单位／具体组织单位…) are its fields, not tasks, and its "
          "承办单位 line is its units label (responsible; CONVENTIONS 「Field blocks」)")


def strip_pinyin(names):
    """The same names with the site's inline pinyin 「(qū)」 dropped: the accepted alternative (Round 77's x300_06)."""
    return [re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", n) for n in names]


# ---------------------------------------------------------------------------------------------------------
X01 = "x312_01_dayong-zhen-2018-zhongqiu-guoqing-hulin-fanghuo-gongzuo-fangan.txt"
U01 = ["各村(社區(qū))"]
plan(X01,
     title="大涌鎮(zhèn)2018年中秋節(jié)、國慶節(jié)護林防火工作方案（關(guān)于印發(fā)《大涌鎮(zhèn)2018年中秋節(jié)、國慶節(jié)護林防火工作方案》的通知）",
     title_note="the plan's own title, printed over two lines (23 「大涌鎮(zhèn)2018年中秋節(jié)、國慶節(jié)護林防火」 and 25 「工作方案」) and read "
                "as one line (plans-dev EXPECTED.md: a two-line title is split by the page only), written in the pair form the "
                "scorer reads 「plan（notice）」 with the notice's title line 6 (round 45's pair; Round 78 p58b-2); " + PINYIN +
                "; the site's spam headline (line 1) and its 無障礙版／位置 lines are chrome (round 65's x275_03)",
     doc_no="", issuer="大涌鎮(zhèn)黨政辦公室 (中山市大涌鎮(zhèn)人民政府's site)", date="2018-09-10 (「2018910」 printed under the "
     "signature, the site's 發布日期 2018-09-10 agreeing)",
     level="town (鎮, 中山市, Guangdong: 各部門各村(社區(qū)))",
     source=page_source("http://www.151d.net/dyz/zcgw/qtwj/content/post_1290823.html") + " (a mirror of the town's own page "
            "dyz/zcgw/qtwj, its first line a spam headline the mirror adds)",
     style="the town's site (mirrored) in traditional characters with inline pinyin 「鎮(zhèn)」: a spam headline, the site's bar, the "
           "notice's title, its 信息來源／發布日期 line, the addressees, a one-paragraph cover naming 農業局 and a 聯系人, the signature "
           "and 「2018910」, the plan's title over two lines, a preamble, 一、(a run-in heading line and one paragraph), 二、(a "
           "heading line) → 「1強化制度建設(shè)。…」 (its 1 printed with no mark) CUT at 「每日安排3-5人加強巡邏放哨,」",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="將10月份作為我鎮(zhèn)森林防火“宣傳月”", dln="2018-10",
          note="「一、 高度重視,切實加強護林防火宣傳工作 / 根據上級要求,將10月份作為我鎮森林防火“宣傳月”。各村(社區(qū))、各有關(guān)單位要高度重視,切忌存在麻痹思想。"
               "充分發揮電視臺、宣傳欄等宣傳陣地的作用,重點宣傳防火警句;通過舉辦專題講座,出動流動宣傳車,並在重點山邊路段懸掛宣傳標語等多種形式,…」 — a "
               "childless top-level point that gives work is a task (round 36; round 51 p47b; Round 77's x300_04 二); its bodies act "
               "by 高度重視, 發揮, 舉辦, 出動, 懸掛 — none in rule 2's closed list (round 30), and 各有關單位 is a bare call (rounds 32, 33; "
               "Round 77's x304_01 4.2.1: only the bare 有关单位／各单位 are calls): " + NONE + "; the item's work is the propaganda "
               "of the 宣傳月 it sets, October, in the plan's year 2018 (the title's and the signature's): a span the plan sets for "
               "its work dates the item by its end (round 37; round 44 decided; Round 77's x303_04): 2018-10 (RULING? 1: a month "
               "named as the campaign's month dates the item; no deadline is the alternative)"),
        S(["二", "1"], [], U01, responsible_alternatives=[strip_pinyin(U01)], targets=[(3, "人")],
          dl="中秋和國慶節(jié)期間", dln="2018-10",
          **at(X01, "\n1"),
          note="「1強化制度建設(shè)。中秋和國慶節期間各村(社區(qū))必須提高認識,高度重視,落實值班制度。在各自管轄的山頭,…每日安排3-5人加強巡邏放哨,」 (" + CUT +
               ") — the page prints 「1」 with no mark after it, the first item under 二 (round 48: only what is printed is read; the "
               "number is the item's, RULING? 2: the path ['二', '1']); " + R2 + ": 落實 with 值班制度 as its object is rule 2's "
               "落实 (round 30; Round 81's x308_09: 落实 with work as its object), its subject 各村(社區) a kind with 各 (round 30: "
               "「各区要落实…」): responsible [各村(社區(qū))], lead [] (" + PINYIN + "); 「每日安排3-5人」: the persons an item sends are its "
               "number of work, a range read at its lower edge (round 32; round 49's 4 名): 3 人; 「中秋和國慶節期間」: the festivals "
               "the item names date it by their month in the plan's year (round 46's p44e, decided; Round 77's x300_02 (四)), "
               "the latest one its deadline (round 34): 國慶 2018 → 2018-10 (中秋 2018 fell on 24 September)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一 (a childless point that gives work) and 二/1 (CUT); 二 has a child. Accepted: 1 (二/1 not read as an item "
            "for its missing mark, 二 then a childless task: still 2 — 1 where 二 and its line are read as one), 3",
            "the cover's 「執行過程中遇到問題,請徑與農業局聯系。聯系人:盧杰恩,聯系電話:…」 names the issuer's own contact, a cover's "
            "information, no duty asked of a body (the head: the cover's instructions are no tasks; EXPECTED.md duties are "
            "sendings and liaisons a plan asks of its bodies)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x312_02_qu-chunjie-weiwen-gongzuo-fangan.txt"
MASK02 = ("「春节前」 and 一's 「20xx年1月24日—26日」 carry only a masked year, and a masked year nothing fixes is no date (round 57's "
          "x255_08 decided; Round 77's x308_07): no deadline")
L5_1 = ["区委区政府办公室", "区人大办公室办公室"]
R5_1 = ["区委区政府办公室", "区人大办公室办公室", "区委组织部", "区委老干局", "区民政局", "区计生局", "区招商局", "相关镇办"]
plan(X02,
     title="乡镇春节慰问工作方案",
     title_note="the page's headline (line 1), printed again with the compilation's 「(通用14篇)」 (lines 5, 9) and as the piece's "
                "head 「乡镇春节慰问工作方案 1」 (line 11): a compilation's piece mark and count are chrome (Round 74 continued's 「…方案三」; "
                "Round 77's x303_01, x308_01); 乡镇 as printed, though the plan is a 区's (区级领导, 区委组织部)",
     doc_no="", issuer="a 区 (区委、区政府; 「驻秦部队」: Shaanxi)", date="not shown (20xx年; the site's 2023-07-29 is its posting)",
     level="district (区: 区委区政府办公室, 区民政局, 区总工会, 相关镇办)",
     source=page_source("https://www.ruiwen.com/fangan/6809790.html"),
     style="a 范文 site (瑞文网): the headline, the site's time line, the compilation's blurb, the piece's head 「…方案 1」, 一、慰问时间 "
           "(a time field), 二、慰问区级领导 (persons), 三、慰问对象 1、2、4、5、6、 (3、 missing as printed; objects with counts), "
           "四、慰问分组 (empty), 五、慰问安排 1、–5、, 六、任务分工及工作要求 1、, 2、 CUT 「各配合单位要服从统一安」; indented lines with blank "
           "lines between",
     leaf_tasks=5, count_alternatives=[7, 10, 12], attachment_task_rows=0,
     childless_top_level_sections=["一、慰问时间", "二、慰问区级领导", "四、慰问分组"],
     samples=[
        S(["五", "1"], L5_1, R5_1,
          lead_alternatives=[[]],
          responsible_alternatives=[R5_1[:-1], R5_1[:-2] + ["区招商局等单位", "相关镇办"]],
          note="「1、区级领导春节前分组慰问,分别由区委区政府办公室、区人大办公室办公室牵头负责,区委组织部、区委老干局、区民政局、区计生局、区招商局等单位和相关镇办配合。」 — "
               + R2 + ": 「由A牵头（负责）」 with 「B、C配合」 after it: lead A, responsible A, B, C in printed order; 分别 before 由 "
               "shares the lead between the two offices (bodies that lead parts of one item are all its leads: rounds 36, 45); "
               "names as printed: 区委区政府办公室 one name (no 、 inside it), 区人大办公室办公室 with the page's doubled word kept "
               "(Round 77's x308_04: a doubled character is kept as printed); 「区招商局等单位」: separate heads with a 等单位 tail give "
               "the names, the tail dropped (CONVENTIONS 「Names」; round 64's x278_03: a bare 等单位 tail is dropped); 「相关镇办」 a "
               "kind with 相关 (Round 77's x304_01: 相关部门 a kind), joined by 和 as a whole name (round 34); the 区级领导 are persons ("
               + PERSONS + "); lead [] and the lists without 相关镇办 or with the 等单位 tail are accepted; " + MASK02),
        S(["五", "2"], [], ["区环卫局"], lead_alternatives=[["区环卫局"]],
          note="「2、环卫工人进行集体慰问,四大家主要领导及主管副区长参加慰问,由区环卫局制定慰问方案,并具体组织实施。」 — " + R2 + ": the agent of 由 with "
               "a verb of doing (制定, and 组织实施 after 并, the same 由 reaching it: round 30's 由A＋verb): responsible [区环卫局], "
               "lead [] (" + ONE + "); the leaders who take part are persons (" + PERSONS + "); the 环卫工人 are the objects; "
               + MASK02),
        S(["五", "3"], [], ["区总工会"], lead_alternatives=[["区总工会"]],
          note="「3、困难职工进行集体慰问,由区总工会制定慰问方案,并具体组织实施。」 — " + R2 + ": 由A制定…并具体组织实施: responsible "
               "[区总工会], lead [] (" + ONE + "); " + MASK02),
        S(["五", "4"], [], ["区民政局(双拥办)"], lead_alternatives=[["区民政局(双拥办)"]],
          responsible_alternatives=[["区民政局"]],
          note="「4、驻秦部队慰问,由区民政局(双拥办)制定慰问方案,并具体组织衔接。」 — " + R2 + ": 由A制定…, the bracket naming an office "
               "of the same body kept with the name (Round 77's x302_01 turned: a bracket of one alias, role or section of the same "
               "body stays, as 市公用事业局(环卫局)): responsible [区民政局(双拥办)], lead [] (" + ONE + "; 区民政局 alone accepted); "
               "驻秦部队 are the objects; " + MASK02),
        S(["五", "5"], [], ["区委政法委"], lead_alternatives=[["区委政法委"]],
          note="「5、政法系统慰问,由区委政法委制定慰问方案,并具体组织衔接。」 — " + R2 + ": 由A制定…: responsible [区委政法委], lead [] ("
               + ONE + "); " + MASK02),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 五/1–5. Not tasks: 一、慰问时间 (a time field for the whole plan, masked year: round 35's fields; Round 74's "
            "x297_02: a field is a line of time alone), 二、慰问区级领导 (persons), 三/1, 2, 4, 5, 6 (lines that only list the persons "
            "and firms the visits go to, with their counts — the work's objects, naming no act: round 66's x271_05 and Round 74's "
            "x296_03, a line stating only what is is text; RULING? 3), 四、慰问分组 (a heading with nothing under it), 六/1 and 六/2 "
            "(工作要求 items whose only bodies are 各牵头单位／各配合单位, words pointing back to the bodies 五 names (rounds 34, 38; "
            "round 57's 各牵头单位), so they name no unit in a plan whose tasks name units: seeds EXPECTED.md lines 3–5; round 27). "
            "Accepted: 7 (六/1, 2), 10 (三's five), 12 (both)",
            "三's counts 5人, 10户, 5户, 7人, 6家 count the persons the visits go to (round 30's kinds; Round 77's x303_06 4 个: a count "
            "of the places or persons the work goes to says which ones), not checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x312_03_jiufang-xiang-2025-qingming-wuyi-senlin-caoyuan-fangmiehuo-gongzuo.txt"
YEAR03 = ("the year is 2025: the 乡's own page is dated 2025-04-06 (its 发布日期 field, the 乡 its 发布机构) and 三/2 broadcasts the "
          "county's 2025 清明 notice for this very period (EXPECTED.md: implicit years from the plan's date)")
plan(X03,
     doc_no="", issuer="施甸县酒房乡 (the site's 发布机构 field)", date="2025-04-06 (the site's 发布日期; the page prints no signature)",
     level="township (乡, 施甸县, Yunnan: 各村, 乡直各单位)",
     source=page_source("https://www.shidian.gov.cn/info/4954/3752433.htm"),
     style="the county's site, the 乡's page: three index lines (索引号, 发布机构 / 公开目录, 发布日期 / 文号, 浏览量), no title line, "
           "一、政策背景 and 二、工作目标 (one paragraph each), 三、主要内容 → 1. 2. 3. each one paragraph, 3. CUT at 「严格执行森林火灾归」; no "
           "blank lines",
     title_note="no title checked: the page prints no title line (round 48; Round 77's x303_05, x303_07: a title made up from the "
                "text is none; the site's heading stands only where the file prints it)",
     leaf_tasks=3, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=["一、政策背景", "二、工作目标"],
     samples=[
        S(["三", "1"], [], [], targets=[(2, "个"), (8, "个")],
          responsible_alternatives=[["乡政府", "各村"], ["各村"]],
          dl="在3月28日至7日清明节期间", dln="2025-04-07",
          note="「1.在3月28日至7日清明节期间,全面执行集中限时上坟和鲜花熟食、绿色文明祭奠制度,…。各村要安排巡护力量在墓地开展巡查,乡政府安排专职人员配合各村开展好清明节期间"
               "入山路口的检查登记工作;设立乡级森林防火临时检查站2个…,村级森林防火临时检查站8个,…安排村干部、护林员对入山人员一律实行实名登记。」 — the bodies act by "
               "安排, 开展 without 组织, 实行 (round 30: outside the closed list; 要实行 named there), and 配合各村 has for its subject "
               "the 专职人员 the 乡政府 arranges, persons (" + PERSONS + "; round 46's p44g reads a subject of 配合 only where it is a "
               "body), the body served a unit only by a rule-2 verb after it (开展好, no 组织) or under a work heading (主要内容 is "
               "none: round 36; Round 77's x300_07 四/3): " + NONE + " (RULING? 4: [乡政府, 各村] read by 配合, and [各村], are the "
               "alternatives, accepted); the checkpoints the item sets up, 2 and 8, are its number of work (round 55's x245_05; "
               "Round 77's x306_03 1 座): 2 个, 8 个; the span 「3月28日至7日」 prints no month for its end, and 7日 after 28 March in "
               "清明节期间 is 7 April (三/3 prints 「3月29日至4月7日」 for the same span): 2025-04-07 (" + YEAR03 + "; RULING? 5: "
               "the end's month read from the span, unchecked the alternative)"),
        S(["三", "2"], [], ["各村"], lead_alternatives=[["各村"]], skip_deadline=True,
          note="「2.利用广播从3月26日开始播放《施甸县人民政府关于切实加强2025年清明节期间森林草原防灭火工作的通告》。并印制《通告》在村委会、集市街道宣传。各村要迅速把《通告》…"
               "传达落实到组和群众中,要以“清明节”森林防火宣传周为契机,加大宣传教育力度。」 — " + R2 + ": 落实 is rule 2's, its object the notice "
               "taken by 把 (round 30: the subject of 落实; Round 81's x308_09: 落实 a verb with work as its object), its subject 各村 "
               "a kind with 各: responsible [各村], lead [] (" + ONE + "; RULING? 6: 传达落实到组 read as passing the notice down, a "
               "sending naming none, is the alternative); a start alone 「从3月26日开始」 dates no deadline (Round 77's x300_02 "
               "decided), but 「以“清明节”森林防火宣传周为契机」 names the festival's week as the work's time (round 46's p44e: "
               "2025-04 by that reading): the deadline is ambiguous and not checked"),
        S(["三", "3"], [], [], dl="3月29日至4月7日期间", dln="2025-04-07",
          note="「3.3月29日至4月7日期间乡直各单位安排专人值班,保持通信畅通。二是全乡各类森林扑火队伍实行24小时待命,…三是严格执行森林火灾归」 (" + CUT + ") — "
               "乡直各单位 is 各单位's bare call with a level before it (round 30: 「各单位应…」; Round 77's x304_01: only the bare "
               "各单位 is a call), and its verb 安排 and the teams' 实行 are outside rule 2 (round 30): " + NONE + "; the item's "
               "span ends 4月7日: 2025-04-07 (" + YEAR03 + ")"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/1–3 (3. CUT). 一、政策背景 and 二、工作目标 are childless aims points naming no doer by rule 2, sections (plans-dev "
            "EXPECTED.md lines 21–25; Round 80's aims points). Accepted: 5 (the two counted)",
            "三/3's 「24小时待命」 is a standard of readiness, not checked; the page names no phase"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x312_04_xian-2015-qingmingjie-huodong-fangan.txt"
YEAR04 = "the year 2015 is the plan's title's (lines 1 and 3; RULING? 7)"
plan(X04,
     title="2015清明节活动方案",
     title_note="line 3, the piece's head under the site's 导语, the same as the page's headline on line 1 (the 导语 on line 2 is "
                "chrome: round 65's x275_03)",
     doc_no="", issuer="a 县 (县教科局, 县文明办, 县直五一党(工)委, 麻田镇: 「在全县范围内」)", date="2015 (the title's year)",
     level="county (县: 县教科局, 县文明办, 麻田镇)",
     source=page_source("https://um.sanwen.net/subject/zjjfnqqf.html"),
     style="a 范文 site (散文网): the headline, the site's 导语, the piece's head, 一、活动主题, 二、指导思想, 三、活动时间 (one line each), "
           "四、活动内容 → 1、–5、 each a title line followed by unnumbered field lines 承办单位: / 具体组织单位: / 时间: / 地点: (names "
           "split by spaces in 四/4's and 四/5's fields; 四/4's 时间 broken over two lines), 四/5 CUT in its 具体组织单位 line",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、指导思想", "三、活动时间"],
     samples=[
        S(["四", "1"], [], ["县教科局", "城内小学", "麻田中心小学"], responsible_alternatives=[["县教科局"]],
          dl="时间:3月27日——4月1日", dln="2015-04-01",
          note="「1、组织开展“绿色的缅怀”——中华美文诵读活动。 / 承办单位:县教科局 / 具体组织单位:城内小学 麻田中心小学 / 时间:3月27日——4月1日 / 地点:各学校」 — "
               + FIELDS + "; 具体组织单位 is a label too, a body named to organise the item's work (round 35's 组织单位 field; "
               "plans-next306's x306_02 组织单位): " + R1 + ", responsible the two labels' names in printed order, lead [] (no "
               "lead named; RULING? 8: the space between names read as a separator, and 承办单位 alone is accepted); the 时间 field "
               "dates the item by its end (round 35; round 44 decided): 2015-04-01 (" + YEAR04 + ")"),
        S(["四", "2"], [], ["县教科局", "县城各中小学校"], responsible_alternatives=[["县教科局"]],
          dl="时间:3月15日——4月10日", dln="2015-04-10",
          note="「2、组织开展“我们的节日”——青少年清明节网上祭英烈活动。 / 承办单位:县教科局 / 具体组织单位:县城各中小学校 / 时间:3月15日——4月10日」 — "
               + FIELDS + "; " + R1 + ": the two labels, lead []; 县城各中小学校 a kind as printed; 2015-04-10 (" + YEAR04 + ")"),
        S(["四", "3"], [], ["县文明办", "县直五一党(工)委", "社区党委"],
          dl="时间:3月15日——4月10日", dln="2015-04-10",
          note="「3、参与组织“我们的节日”——首届全国清明节诗文、祭文、信征集大赛。 / 承办单位:县文明办、县直五一党(工)委、社区党委 / 时间:3月15日——4月10日」 — "
               + FIELDS + "; " + R1 + ": names split on 、 and kept as printed (round 33; Round 77's x300_01: a page's wrong "
               "character kept — 五一 where 四/5 prints 五大), lead []; 2015-04-10 (" + YEAR04 + ")"),
        S(["四", "4"], [], ["县教科局", "左中", "二中", "三中", "宏远学校", "麻田中学"], responsible_alternatives=[["县教科局"]],
          dl="时间:4 月2日——4月3日", dln="2015-04-03",
          note="「4、举办“我们的节日——清明”缅怀先烈主题演讲比赛。 / 承办单位:县教科局 / 具体组织单位:左中 二中 三中 宏远学校 麻田中学 / 时间:4 / 月2日——4月3日」 — "
               + FIELDS + "; " + R1 + ": the two labels, the five schools split on the page's spaces (RULING? 8), lead []; the "
               "时间 field broken by the page after 「4」 is read whole (round 71: a cut line is read as printed, the break the "
               "page's): 2015-04-03 (" + YEAR04 + ")"),
        S(["四", "5"], [], ["县文明办", "民政局", "教科局", "县直五大党(工)委", "麻田镇党委", "社区党委", "城内各中小学校", "麻田镇"],
          responsible_alternatives=[["县文明办", "民政局", "教科局"]],
          dl="本次活动将于3月初启动,一直延续到4月上旬", dln="2015-04",
          note="「5、开展群众性缅怀活动。在全县范围内广泛开展群众性缅怀先烈、先祖、先贤活动。 / 承办单位:县文明办 民政局 教科局 / 具体组织单位:县直五大党(工)委 麻田镇党委 社区党委 城内各中小学校 麻田镇」 ("
               + CUT + ", after 麻田镇) — " + FIELDS + "; " + R1 + ": the two labels' names split on the page's spaces "
               "(RULING? 8), kept as printed (民政局 and 教科局 without 县 as printed; round 33: no name rewritten), lead []; the "
               "page ends before any 时间 line, so the span the plan sets for its work in 三 dates the item (round 37; round 44 "
               "decided; Round 77's x303_04): 「一直延续到4月上旬」 → 2015-04 (" + YEAR04 + ")"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 四/1–5 (each a title line with field lines; 四/5 CUT). 一、活动主题, 二、指导思想 and 三、活动时间 are childless "
            "points that name no doer (a theme, a stance, a span: plans-dev EXPECTED.md lines 21–25; Round 80's aims points). "
            "Accepted: 6 (三 counted)",
            "the span 「3月初启动…4月上旬」 is the campaign's, not a phase of its own (no stage named)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x312_05_xiang-2023-chunjie-wenhua-huodong-shishi-fangan.txt"
plan(X05,
     doc_no="", issuer="a 乡 (蔡口集: 「走进蔡口集」; 乡机关, 各站所, 各村委会)", date="2023 (「2023年春节将至」 in the text)",
     level="township (乡: 乡机关, 各站所, 各行政村)",
     source=page_source("https://m.1wenmi.com/doc/618839.html"),
     style="a docx preview site (第壹文秘): the site's blurb naming the file, then the document run on in three chunks the site numbers "
           "「1、」「2、」「3、」 (its page marks, no items) — preamble, 一、指导思想, 二、活动安排 (一) with a 「(责任领导:…责任人:…)」 bracket, "
           "(二) CUT at 「制作新颖美观、富」",
     title_note="no title checked: the page prints no title line, only the site's blurb naming the file 《乡2023年春节文化活动实施方案.docx》, "
                "chrome (Round 77's x303_05: a site's heading stands only where the file prints it; round 60's x256_06: a name inside "
                "other words is no title line)",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], ["各村委会"], lead_alternatives=[["各村委会"]], responsible_alternatives=[[]],
          targets=[(5, "分钟")], dl="从元月9日起,…利用一周时间", dln="2023-01",
          **at(X05, "二、活动安排(一)"),
          note="「(一)“迎新春、颂党恩群众文化活动从元月9日起,各村委会利用一周时间,结合本村实际情况集中组织开展“迎新春、颂党恩文化活动,…拍摄一条“迎新春、颂党恩”的短视频,时长控制在5分钟以内。"
               "乡机关要拍摄一组…短视频,…(责任领导:康希责任人:各村党支部书记)」 (the site's chunk mark 「2、」 inside it) — the bracket names only persons, a "
               "leader by name and the village party secretaries (" + PERSONS + "; round 30's 负责人／责任人 nouns; round 33: posts in a "
               "label are persons), so it labels no unit and rule 1 has nothing to give; " + R2 + ": 组织开展 with its subject "
               "各村委会 (a kind with 各): responsible [各村委会], lead [] (" + ONE + "; RULING? 9: the persons' bracket read as a "
               "label that decides, none, is the alternative, accepted); 乡机关's 拍摄 is outside rule 2 (round 30); 「时长控制在5分钟以内」: "
               "以内 is a comparison word (CONVENTIONS 「Comparison words」): 5 分钟; 「从元月9日起…利用一周时间」: a start with its "
               "length has an end (round 39's 「自2017年4月起，利用一个月时间」; Round 77's x303_04), 9 to 15/16 January 2023: "
               "2023-01 (the text's 2023)"),
        S(["二", "(二)"], [], ["乡机关", "各站所", "各行政村"], dl="春节前", dln="2023-01",
          **at(X05, "(二)"),
          note="「(二)迎新春、结彩灯”城市亮化活动乡机关、各站所、各行政村要于春节前组织干部群众开展环境卫生整治活动,清除卫生死角,创建清洁环境,各临街单位、门店保 / 3、持门前卫生清洁的同时,要张贴对联,制作新颖美观、富」 ("
               + CUT + ") — " + R2 + ": 「A组织B＋verb」 names A (round 30: 组织 is rule 2's, its object B no unit), the three "
               "bodies split on 、 as printed (round 30), each a kind or a name (乡机关 the issuer's own offices, 各站所 and 各行政村 "
               "kinds with 各): responsible [乡机关, 各站所, 各行政村], lead []; 各临街单位、门店 keep their doorways (保持, outside rule "
               "2); 「春节前」 with the plan's year 2023 (春节 fell on 22 January 2023): 2023-01 (round 46's p44e; 「N前」 the day "
               "before, within January)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) (CUT). 一、指导思想 is a section (plans-dev EXPECTED.md lines 21–25). The site's 「1、」「2、」「3、」 open "
            "its preview chunks, mid-sentence (「2、,把春节…」, 「3、持门前…」): page marks, no items (round 44: a site's page mark is "
            "chrome). Accepted: 1, 3"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x312_06_wangqing-2023-chunjie-yuanxiaojie-huodong-tonggao.txt"
NOUNIT06 = ("the 通告 names its hosts once in the preamble 「中共汪清縣委、汪清縣人民政府決定舉辦…」, which gives the items no units (round 40: "
            "a preamble's clause; rounds 41, 44: a host field stated once for the whole event)")
plan(X06,
     doc_no="", issuer="中共汪清縣委、汪清縣人民政府 (「…決定舉辦春節、元宵節活動,現將有關事項通告如下」)",
     date="2023 (the items' own 2023年 dates)",
     level="county (汪清縣, Jilin: 汪清縣長吉圖文化廣場)",
     source=page_source("http://www.bennuinternational.com/p/274830.html"),
     style="a mirror of a news page in traditional characters with inline pinyin 「節(jié)」: a preamble, 一、–四、 each a heading line "
           "followed by numbered field lines 1.時間 / 2.地點 / 3.…, 四/5 CUT at 「燃放(」",
     title_note="no title checked: the page prints no title line (its text opens with the preamble; round 48; Round 77's x303_05)",
     leaf_tasks=4, count_alternatives=[14], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="2023年1月 20日——2月10日(農(nóng)歷臘月二十九至農(nóng)歷正月二十)", dln="2023-02-10",
          note="「一、2023賀新春花燈游園會 / 1.時間:2023年1月 20日——2月10日(農曆臘月二十九至農曆正月二十)。 / 2.地點:… / 3.花燈主題:…」 — numbered "
               "lines that are the fields of one item are its fields, not tasks (CONVENTIONS 「Field blocks」; round 35): one task; "
               "it names no body: " + NONE + " (" + NOUNIT06 + "); the 時間 field dates it by its end (round 35; round 44 decided), "
               "the lunar days agreeing (正月二十 2023 is 10 February; round 70's x289_04): 2023-02-10"),
        S(["二"], [], [], targets=[(300, "人")], dl="2023年2月5日(農(nóng)歷正月十五)18:00—18:30", dln="2023-02-05",
          note="「二、秧歌會師鬧元宵 / 1.時間:2023年2月5日(農曆正月十五)18:00—18:30。 / 2.地點:… / 3.活動內容及形式:組織300余人的秧歌匯演,…」 — a field "
               "block, one task; 組織 with no subject names no doer (round 40): " + NONE + " (" + NOUNIT06 + "); 「300余人」: the "
               "performers the item gathers are its number of work (round 49's persons an item sends; round 62: a count the item "
               "sets), 余 reading as 以上 (RULING? 10: a count that only describes the show, not checked, is the alternative): "
               "300 人; clock times are no targets (the head); 2023-02-05 (正月十五 2023 is 5 February)"),
        S(["三"], [], [], dl="2023年2月5日(農(nóng)歷正月十五)18:30—19:00", dln="2023-02-05",
          note="「三、民俗活動展演 / 1.時間:2023年2月5日(農曆正月十五)18:30—19:00。 / 2.地點:… / 3.活動內容及形式:以形式多樣化的民俗表演為主,包括農旗隊、燈籠隊…」 — "
               "a field block, one task; the 隊 listed are the show's parts, no bodies given work: " + NONE + "; 2023-02-05"),
        S(["四"], [], [], dl="2023年2月5日(農(nóng)歷正月十五)19:00—19:30", dln="2023-02-05",
          note="「四、2023慶元宵“奮進新時代主題煙花秀” / 1.時間:2023年2月5日(農曆正月十五)19:00—19:30。 / … / 4.交通管制區域:為保障活動安全、順利進行,交警部門將在長吉圖廣場附近區域進行臨時交通管制,"
               "管制時間為2023年2月5日16時至20時。… / 5.燃放(」 (" + CUT + ") — a field block, one task; 交警部門's 進行 is outside rule 2's "
               "closed list (round 30; Round 77's x302_04 五、（一）: 进行 outside the list): " + NONE + "; its 時間 field dates it: "
               "2023-02-05 (the 管制時間 the same day; clock times no targets)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一, 二, 三, 四 (CUT in its field 5.), each a field block whose numbered lines are fields. Accepted: 14 (every "
            "numbered field line read as an item: 3+3+3+5)",
            NOUNIT06 + "; the page names no body given work by the ruled forms (「交警部門將…進行」 is outside the list)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x312_07_2024-zhongqiu-guoqing-anbao-gongzuo-shishi-fangan.txt"
NODATE07 = ("「中秋国庆」期间 is named in the title and the background, not in the item (a title's festival dates nothing: rounds 38, 44; "
            "round 46's p44e: only when the item names it): " + NODATE)
UNIT07 = ("「1.公安机关部署」 is a heading that names the body whose deployment its lines are, a unit heading (rule 1: a unit heading "
          "on the item, or one it inherits from its heading; round 35's unit headings; Round 77's x304_03 五、（二） 「施工单位主体责任」 "
          "names its party whatever the verbs below)")
plan(X07,
     title="2024年“中秋国庆”期间安保工作实施方案",
     title_note="line 1, the page's headline, printed again at the head of the preview (lines 2 and 3)",
     doc_no="", issuer="not named (「我国」; 公安部门, 公安机关)", date="2024 (the title's)",
     level="not named (a local 安保 plan: 公安部门, 各相关部门; 火车站、机场)",
     source=page_source("https://wenku.docs.qq.com/detail?docId=LdUBh5pZ6m"),
     style="a document preview (腾讯文档 文库): the title, a short run-on snippet (line 2), then the document's first page run on in one "
           "line (line 3: 一、背景简述, 二、目标任务 1.–3., 三、组织体系 1. 2., 四、预案制定 1.公安机关部署 (1)(2), the page mark 「第1页共3页」)",
     leaf_tasks=3, count_alternatives=[4, 6, 7], attachment_task_rows=0, childless_top_level_sections=["一、背景简述"],
     samples=[
        S(["三", "2"], [], [], **at(X07, "2.", nth=2),
          note="「2.设立多级会商机制,定期召开会商会议,及时研判形势, 调整工作方案。」 — a point that sets up a mechanism and gives it work (定期召开, "
               "研判, 调整) is a task (Round 77's x300_05 二: a point that sets groups up and sends them to work); no subject: "
               + NONE + "; " + NODATE07),
        S(["四", "1", "(1)"], [], ["公安机关"], lead_alternatives=[["公安机关"]], responsible_alternatives=[[]],
          **at(X07, "(1)"),
          note="「(1)增加警力配备,加强巡逻防控力度。」 under 「1.公安机关部署」 — " + UNIT07 + ": responsible [公安机关], lead [] (" + ONE +
               "; RULING? 11: 部署 read as the lines' topic, not a unit heading, gives none, accepted); " + NODATE07),
        S(["四", "1", "(2)"], [], ["公安机关"], lead_alternatives=[["公安机关"]], responsible_alternatives=[[]],
          **at(X07, "(2)"),
          note="「(2)加强治安巡逻,重点防控在重要公共场所、旅游景区以 及火车站、机场等人员密集地区。 第1页共3页」 — " + UNIT07 + ": responsible [公安机关], "
               "lead [] (RULING? 11); the preview's page mark closes the page (round 44: chrome); " + NODATE07),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/2, 四/1/(1), 四/1/(2). Not tasks: 一、背景简述 (a section); 二、目标任务 1.–3. (aims lines of a 目标任务 point "
            "naming no unit in a plan whose tasks name units: seeds EXPECTED.md lines 3–5; round 27; Round 80's aims headings); "
            "三/1 「设立安保指挥部,由公安部门牵头,汇集各相关部门共同 参与,确保协同作战能力。」 (a point that sets up the plan's own command "
            "and says who leads and joins it, no work given: its make-up, no task — Round 74's x295_04 and x293_01 2.1, turned; "
            "x306_08 二; and rule 3: a body the item sets up and its members name no unit, 「成立由A牵头的…」's A only where it "
            "also does the item's work; RULING? 12). Accepted: 4 (三/1 counted), 6 (二's three counted), 7 (both)",
            "the preview repeats the title and the opening of 一 on line 2 before the run-on page on line 3; paths are found on "
            "line 3 by markers that occur once"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x312_08_tunchang-2022-chunjie-yuanxiao-wenti-huodong-fangan.txt"
plan(X08,
     title="屯昌县2022年春节元宵文体活动方案（屯昌县人民政府办公室关于印发屯昌县2022年春节元宵节文体活动方案的通知）",
     title_note="line 17, the plan's own title line, in the pair form the scorer reads 「plan（notice）」 with the notice's title line 5 "
                "(round 45's pair; Round 78 p58b-2); the site's 「标题:」 field on line 1 is chrome (round 65's x275_03), the issuer "
                "stands inside the notice's own title line (no line of its own above it: Round 78 p58e-1 does not reach it); the "
                "cover's 《屯昌县2022年春节元宵文体活动方案》 is a name inside the cover's words (round 60's x256_06)",
     doc_no="屯府办函〔2022〕1号", issuer="屯昌县人民政府办公室", date="2022-01-26 (the index's 成文日期; the signature prints 「20221月26日」)",
     level="county (屯昌县, Hainan: 各镇人民政府, 县政府直属各单位)",
     source=page_source("http://tunchang.hainan.gov.cn/tunchang/xxgkzl/xgbmxxgk/xfgw_81480/zfxxgkml2/202202/t20220214_3141786.html"),
     style="the county's own site: the 标题 field, the index line (索引号, 分类, 发文机关, 成文日期, 文号, 发布日期), the notice's title, the "
           "addressees, a one-sentence cover 「现将…印发给你们,请结合实际认真组织实施。」, the signature and 「20221月26日」, 「(此件主动公开」, "
           "the plan's title, a preamble, 一、指导思想 (one paragraph), 二、领导机构 CUT at 「为加强对春节元宵文体」",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["0 leaves: the page holds the cover and the plan's opening only. The cover's 「请结合实际认真组织实施」 is a cover's call, no "
            "task (the head); 一、指导思想 is a section (plans-dev EXPECTED.md lines 21–25; Round 80's aims points); 二、领导机构 is cut "
            "at its first words 「为加强对春节元宵文体」, before any body or verb of work, and a point that only sets up a group is no "
            "task anyway (Round 74's x295_04). Accepted: 1 (二 counted as a childless point)",
            "no sample can be written: the plan's title and its count are the page's only checks"])


# ---------------------------------------------------------------------------------------------------------
X09 = "x312_09_xian-wentiju-2010-chunjie-wenti-huodong-shishi-fangan.txt"
PERSONS09 = ("the item's 負責人／責任人 lines name persons only (" + PERSONS + "; round 30's 负责人／责任人 nouns; round 33: posts in a label "
             "are persons), and under 「三、活動安排及責任單位」, a heading that gives out work, no body is named at all: lead [], "
             "responsible [] (the page names no unit anywhere: 「在縣委、政府的領導下」 in 一/(一) is a guide, rule 3)")
plan(X09,
     title="縣文體局2021年春節文體活動實施方案",
     title_note="line 7, the piece's head, without the compilation's piece mark 「第1篇」 (Round 74 continued's 「…方案三」; Round 77's "
                "x308_01 【第一篇】), the same as the site's headline on line 2; its 2021 is printed though the text is 2010's (a "
                "title is kept as printed: Round 74's 「207年」; round 48), and the site's 更新時間 and blurb lines are chrome",
     doc_no="", issuer="a 縣文體局 (「全縣」, 「全縣10個鄉鎮」)", date="2010 (「2010年春節即將來臨」 and the items' own 2010年 dates)",
     level="county bureau (縣文體局)",
     source=page_source("http://m.51cfp.net/jianghuagao/41529.html"),
     style="a 范文 site (無憂范文網) in traditional characters: a blank first line, the headline, the site's 更新時間 and blurb lines, the "
           "piece's head 「…第1篇」, a preamble, 一、 with (一)指導思想 (二)活動主題 (三)組織原則, 二、活動時間及內容 with (一)時間 (二)內容, "
           "三、活動安排及責任單位 → (一), (二) each a title line with field lines 時 間／地 點／負責人／責任人, (二) CUT at 「地 」",
     leaf_tasks=2, count_alternatives=[5, 7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(一)"], [], [], not_targets=[(10, "個")], dl="2010年1月10日—3月1日", dln="2010-03-01",
          note="「(一)“心系基層”慰問演出(送文化下鄉活動) / 時 間:2010年1月10日—3月1日 / 地 點:全縣10個鄉鎮及以山街為主的村(居)委會 / 負責人:劉 兵 / 責任人:李建蕊、莽淵虹」 — "
               "a title line with its field lines, one task (round 35's field blocks); " + PERSONS09 + "; 「全縣10個鄉鎮」 counts the "
               "places the work goes to, saying which (round 30's kinds; Round 77's x303_06 4 个): 10 個 not_target; its 時間 field "
               "dates it by its end (round 35; round 44 decided): 2010-03-01"),
        S(["三", "(二)"], [], [], not_targets=[(60, "年")], dl="2010年2月1日—10日19:30—21:30", dln="2010-02-10",
          note="「(二)迎新春優秀電影60年公益放映活動 / 時 間:2010年2月1日—10日19:30—21:30 / 地 」 (" + CUT + ") — a field block, one task; "
               "the page ends before any 負責人 line, and the title line names no body: " + NONE + "; 「優秀電影60年」 names the films (sixty years of them), a name "
               "with digits, no target (the head): 60 年 not_target; the 時間 field's end 「—10日」 is 10 February (its month "
               "the start's), clock times no targets: 2010-02-10"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/(一), 三/(二) (CUT). Not tasks: 一/(一)–(三) (a stance, a theme and principles, none naming an act or a "
            "body: round 68's x274_04 principles; Round 77's x300_03 三/1; Round 80's aims points) and 二/(一), (二) (the plan's "
            "span, a field of time alone, and a list of the activities' names, the content 三 then gives out: Round 74's "
            "x297_02; round 66's x271_05). Accepted: 5 (二's two counted), 7 (一's three too)",
            "the page names no unit: every sample is none by its words, not by the page"])


write_collected(DIR)

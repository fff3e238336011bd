# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next306/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c306, round 60: eight page openings of festival, activity and 整治 plans of
counties (区, 旗, 县), towns (镇, 乡) and one street (街道) from outside Shanghai — a 区's 「我們的節日·中秋節」 plan in
traditional characters with the site's inline pinyin and a 責任單位 line under each item; 杭锦旗's 2023 春节元宵 plan from the
旗's own site (a forwarding notice, 二、组织单位, 三/(一) a field block dated 「2023年1月11日(农历腊月二十)」, CUT); 蔚县's 2018
「大美蔚州」 迎春灯会 plan (二/(一)–(五), 「县文旅局负责…」, CUT); 民族街道's 2019 元宵文化节 plan (lunar days 「正月十二」「正月十五」, no
unit, CUT); a **乡's 清明 plan (masked year, no unit); a 鎮's 清明 祭掃 plan in traditional characters (一 「政府各相關部門要…
認真落實…」, 二 CUT); a 乡's 2020 清明祭扫 notice (no title printed; 「各村要…落实防控措施」「各有关部门要落实好监管责任」, 三 with a
body paragraph, CUT); a 镇's 龙舟 安保 预案 on a 范文 site (一–七, persons only)): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by
``at_line_in`` where a page runs its items into one line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes; readings CONVENTIONS does not settle say
RULING?). Neither the parser nor the scorer was run on these plans by c306.

    PYTHONPATH=. python tests/data/plans-next306/make_expected.py tests/data/plans-next306
"""
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
SETUP = ("a body the item itself sets up is none there, its 负责 included, and its members are members (rule 3; round 70's "
         "x286_04 第五条; round 73; Round 74 continued on x298_03 二; Round 74's x295_05)")
PINYIN = ("the site's inline pinyin is kept as printed, in names and titles (round 39; round 53's 「鎮(zhèn)農(nóng)技中心」; round 59's "
          "x258_06; Round 77's x300_06 縣老體協(xié), confirmed), and the name without it stays accepted")
ONE = "the single labelled body accepted as lead (plans-dev 03; rule 1)"
FESTIVAL_NOYEAR = ("the festival's period named in the item dates it by the festival's month in the plan's year (round 46's p44e, "
                   "decided), but the page prints no year (or only a masked one), and a masked year nothing fixes is no date "
                   "(round 57's x255_08 decided; round 48's lost date): no deadline")


def strip_pinyin(names):
    """The same names with the site's inline pinyin 「(qū)」 dropped: the accepted alternative (Round 77's x300_06)."""
    import re
    return [re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", n) for n in names]


# ---------------------------------------------------------------------------------------------------------
X01 = "x306_01_qu-women-de-jieri-zhongqiujie-zhuti-huodong-fangan.txt"
LABEL01 = (R1 + ": the 「責任單位:…」 line printed under the item is its label (round 35's field lines; plans-next303's x303_05 "
           "label line after its items), names split on 、 and kept as printed (round 31: separate heads are separate names), "
           "no lead named: lead []; " + PINYIN)
NODATE01 = "中秋 and 國慶 with no year printed anywhere on the page: " + NODATE
U1_1 = ["區(qū)教育體育局", "區(qū)科協(xié)", "區(qū)商務文化旅游局", "區(qū)文聯(lián)"]
U1_2 = ["區(qū)商務文化旅游局"]
U2 = ["區(qū)總工會", "區(qū)殘聯(lián)", "區(qū)婦聯(lián)", "團區(qū)委", "區(qū)建設局", "區(qū)民政局"]
U3 = ["區(qū)教育體育局"]
plan(X01,
     title="社區(qū)“我們的節(jié)日·中秋節(jié)”主題活動方案",
     title_note="line 1, the page's headline, printed again as the piece's head on line 3 「【…方案1】」: the site's 【】 and the "
                "piece mark 1 are no part of a title (Round 74 continued on x298_03 「…方案三」; rounds 44, 48, 49); the pinyin "
                "kept as printed (" + PINYIN + "); 社區 as printed, though the plan is a 區's (「在全區(qū)組織開展」)",
     doc_no="", issuer="a 區 (「根據市文明辦工作要求,決定…在全區組織開展…」; its bodies 區教育體育局, 區商務文化旅游局 …)",
     date="not shown (no year anywhere)",
     level="district (區: the 區's bureaus, 團區委, 文景廣場)",
     source=page_source("http://555357.cc/fanwen/wenmi/437650.html"),
     style="a 范文 site (語文迷) in traditional characters with inline pinyin 「區(qū)」: the headline, the site's blurb, the piece's "
           "head 【…方案1】, a preamble, 一、活動內容 → 1、(heading) (1)(2) each with a 「責任單位:」 line under it, 2、 3、 each with "
           "its 「責任單位:」 line, 4、 CUT 「…組織志願者走上街」",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1", "(1)"], [], U1_1, responsible_alternatives=[strip_pinyin(U1_1)],
          note="「(1)舉辦文藝聯歡、體育健身、科普宣傳、民俗文化展示,剪紙、繪畫、攝影比賽等群眾性節日文化活動,…」 then 「責任單位:區(qū)教育體育局、區(qū)科協(xié)、"
               "區(qū)商務文化旅游局、區(qū)文聯(lián)」 — " + LABEL01 + "; " + NODATE01),
        S(["一", "1", "(2)"], [], U1_2, lead_alternatives=[U1_2, strip_pinyin(U1_2)],
          responsible_alternatives=[strip_pinyin(U1_2)],
          note="「(2)在文景廣場舉辦“過中秋、迎國慶”專場文藝演出活動。」 then 「責任單位:區(qū)商務文化旅游局」 — " + LABEL01 + "; " + ONE + "; "
               + NODATE01),
        S(["一", "2"], [], U2, responsible_alternatives=[strip_pinyin(U2)],
          note="「2、開展關愛“空巢老人”、困難群體走訪慰問活動。組織志願者與孤寡老人…一起過中秋、吃月餅,動員社會各界志願者…」 then 「責任單位:區(qū)總工會、"
               "區(qū)殘聯(lián)、區(qū)婦聯(lián)、團區(qū)委、區(qū)建設局、區(qū)民政局」 — " + LABEL01 + " (six names; the page's stray 「'」 in 「生活中的'實際困難」 is "
               "chrome); the 志願者 are persons; " + NODATE01),
        S(["一", "3"], [], U3, lead_alternatives=[U3, strip_pinyin(U3)], responsible_alternatives=[strip_pinyin(U3)],
          note="「3、開展中華經典誦讀活動。根據節日主題,在全社會廣泛開展學習經典、誦讀經典的活動,…」 then 「責任單位:區(qū)教育體育局」 — " + LABEL01
               + "; " + ONE + "; " + NODATE01),
        S(["一", "4"], [], [],
          note="「4、開展文明勸導志愿服務活動。在節日期間,組織志愿者走上街」 (" + CUT + ") — the page ends before any 責任單位 line, and a "
               "label the page cuts gives nothing (round 48: only what is printed is read; round 59's x266_05 一/2); the subjectless "
               "組織志愿者… names no doer (round 40: 「组织高校学生…」 with no subject gives no doer): " + NONE + "; 「在節日期間」 "
               "(中秋) names a festival's period, but " + FESTIVAL_NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/1/(1), 一/1/(2), 一/2, 一/3, 一/4 (CUT after its verbs of work: round 41, round 71: a verb of work printed "
            "makes the cut line an item); 一/1 has children. Accepted: 4 (4、 left out as cut before its label)",
            "each item's 責任單位 line follows the item it labels (the next item starts after it); the page prints no date, no "
            "figure and no schedule"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x306_02_hangjinqi-2023-chunjie-yuanxiaojie-huodong-fangan.txt"
plan(X02,
     title="杭锦旗2023年春节元宵节活动方案（杭锦旗人民政府关于印发《杭锦旗2023年春节元宵节活动方案》的通知）",
     title_note="line 29, the plan's own title line, written in the pair form the scorer reads 「plan（notice）」 with the "
                "notice's title line 9 (round 45's pair; Round 78 p58b-2: the plan's title line or the cover notice's title); "
                "the cover's 「现将《杭锦2023年春节元宵节活动方案》印发给你们」 (旗 dropped) is a name inside the cover's words, no "
                "title line, not accepted (round 60's x256_06; Round 74's x303_02); the site's 名称 line 5 is chrome",
     doc_no="杭政发〔2023〕3号", issuer="杭锦旗人民政府", date="2023-01-05",
     level="county (旗, Inner Mongolia's county level: 各苏木镇, 旗文旅局)",
     source=page_source("http://www.hjq.gov.cn/hjqxxgkml/hjqxxgkmu_44357/qq_hjzc_1437/qq_hjzc_0389/202309/t20230920_3491277.html"),
     style="the 旗's own site: the site's path and index fields (索引号, 发布机构, 名称, 文号, 成文日期), the notice's title, its date and "
           "number, the addressees, a one-sentence cover 「现将…印发给你们,请认真贯彻落实」, the signature and 2023年1月5日, the plan's title, "
           "a preamble, 一、指导思想, 二、组织单位 (主办:…, 承办:…), 三、活动安排 → (一)杭锦旗少儿春晚 a field block (活动时间 / 活动地点 / "
           "组织单位 / 活动内容) CUT at 「活动内」; indented lines with blank lines between",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织单位"],
     samples=[
        S(["三", "(一)"], [], ["旗文旅局"], lead_alternatives=[["旗文旅局"]], dl="2023年1月11日(农历腊月二十)", dln="2023-01-11",
          note="「(一)杭锦旗少儿春晚 / 活动时间:2023年1月11日(农历腊月二十) / 活动地点:旗影剧院 / 组织单位:旗文旅局 / 活动内」 (" + CUT + ") — "
               "round 35's field blocks: 活动时间／活动地点／组织单位／活动内容 are the item's fields, not tasks, and its 组织单位 line is its "
               "units label (responsible; plans-next160's x160_04 三/(一)); " + R1 + "; " + ONE + "; 二's 主办／承办 lines are a "
               "plan-level host field stated once for the whole event and give the items no units (rounds 40, 41, 44: 「承办单位：A…」 "
               "stated once gives no item units); the item's own date 「活动时间:2023年1月11日」 is its deadline (round 35: the field "
               "dates its item; EXPECTED.md), the lunar day printed beside it agreeing (腊月二十 of the year before 春节 on 22 January "
               "2023 falls on 11 January; round 70's x289_04: a lunar day with its solar day fixes one date)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三/(一) (a field block, CUT in its 活动内容 field). 一、指导思想 is a childless top-level section, a stance (round "
            "68); 二、组织单位 (主办:中共杭锦旗委员会、杭锦旗人民政府 / 承办:杭锦旗文化和旅游) names the hosts of the whole event, a plan-level "
            "field that tells no body to act (Round 74's x293_01 2.1: who leads is a plan-level field; round 41's plan-level 承办单位). "
            "Accepted: 2 (二、 counted as a point naming units)",
            "the cover 「现将…印发给你们,请认真贯彻落实」 is a cover's call (the head: 「请认真贯彻执行」 is no task); 「承办:杭锦旗文化和旅游」 "
            "is cut by the page (局 lost) and is no item's label anyway"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x306_03_weixian-2018-damei-weizhou-yingchun-denghui-shishi-fangan.txt"
NODATE03 = "the year 2018 is the title's and the items name no date or festival period of their own (a title's festival dates nothing, rounds 38, 44): " + NODATE
plan(X03,
     title="2018“大美蔚州”大型迎春灯会实施方案",
     title_note="line 12, the plan's title line (the site's 【文化方案】…【优秀范文】 headlines on lines 3 and 9 and its summary on line 7 "
                "are chrome: round 65's x275_03, Round 74's x303_01); the garbled number line 「蔚政办函〔20187」 under it is no part of it",
     doc_no="蔚政办函〔2018〕7号 (line 7's summary; line 14 prints 「蔚政办函〔20187」)", issuer="蔚县人民政府办公室 (蔚政办函; 县直有关部门)",
     date="2018 (the title's year; the site's 2023-06-14 is its posting)",
     level="county (蔚县, Hebei: 各乡(镇)人民政府, 县直有关部门, 县文旅局)",
     source=page_source("https://www.cygypipe.com/zhuantifanwen/gongwenfanwen/20520.html"),
     style="a 范文 site (墨客文档网): the site's greeting, a 【】 headline, a source and time line, a run-on summary, the headline again, "
           "the title, a garbled number line, the addressees 「各乡()人民政府,…」 (镇 lost), a preamble, 一、总体目标 (one line), "
           "二、任务安排 → (一)–(五) each one paragraph, (五) CUT at 「负责灯会供」; blank lines between",
     leaf_tasks=5, count_alternatives=[4, 6], attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "(一)"], [], ["各乡镇", "企事业单位"], responsible_alternatives=[["各乡镇"], ["各乡镇", "部门", "企事业单位"]],
          note="「(一)各乡镇、部门、企事业单位均要认真组织参展。欢迎社会各界热爱灯会人士参加灯会的展出(企业可以冠名宣传)。」 — " + R2 + ": 组织＋verb "
               "(组织参展; round 34: 组织 followed by a verb) with its subject; names kept as printed and split on 、 (round 30: 「各镇、园区」 "
               "two names): 各乡镇 a kind with 各 (round 30: 「各区要落实…」), 企事业单位 a kind (round 34's 企事业单位; round 33: a kind "
               "before 单位 makes a kind), but a bare 部门 is 各部门's general call, no kind (rounds 30, 33; Round 77's x300_02 "
               "「各部門單位」, confirmed) — responsible [各乡镇, 企事业单位], lead [] (RULING? 1: the three names, and 各乡镇 alone, are "
               "accepted); 欢迎社会各界… is an invitation, and 企业可以冠名 an option (round 30); " + NODATE03),
        S(["二", "(二)"], [], ["县文旅局"], lead_alternatives=[["县文旅局"]],
          targets=[(1, "座")],
          note="「(二)县文旅局负责设计、监督灯会背景和主题,做好宣传报道;提供整体陈列方案,技术指导;广场正门布展:策划、设计搭建一座以“大美蔚州”为主题的"
               "大型彩灯门楼,…;架设传统“旺火”灯,…」 — " + R2 + ": A负责…, the later clauses carrying A (round 34): responsible "
               "[县文旅局], lead [] (A alone accepted as the lead, rule 2); 「搭建一座…门楼」 is the count of what the body is to build, "
               "its number of work in words (Round 76: a count each body is to meet, round 55's x245_05 「每个镇要建立一个…基地」 1 个), "
               "not the article Round 74 continued read in a list of equipment: 1 座 (RULING? 2); " + NODATE03),
        S(["二", "(三)"], [], ["县房业总公司"], lead_alternatives=[["县房业总公司"]],
          note="「(三)县房业总公司负责搭建灯展陈列框架,确保安全。」 — " + R2 + ": A负责…: responsible [县房业总公司], lead [] (A alone "
               "accepted as the lead); a firm named by its name is a body (round 66's 项目所有人; Round 74's x298_02); " + NODATE03),
        S(["二", "(四)"], [], ["县市政局"], lead_alternatives=[["县市政局"]],
          note="「(四)县市政局负责场地保障,现场布电安装,确保各灯展位置的电源到位。…避免各参展单位因不当操作引起整体断电。」 — " + R2 + ": A负责…: "
               "responsible [县市政局], lead [] (A alone accepted as the lead); 各参展单位 are the objects the care is for; " + NODATE03),
        S(["二", "(五)"], [], ["蔚县供电分公司"], lead_alternatives=[["蔚县供电分公司"]],
          note="「(五)蔚县供电分公司负责灯会供」 (" + CUT + ") — a doer and its rule-2 verb printed name it though the clause is cut "
               "(Round 74's x294_09 二/2 and x295_03 二/(二): a doer and its verb printed name it; rounds 39, 63): responsible "
               "[蔚县供电分公司], lead [] (A alone accepted as the lead); " + NODATE03),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/(一)–(五) ((五) CUT after 「负责」). 一、总体目标 「营造节日喜庆氛围,展示…良好形象」 is a childless top-level "
            "section stating an aim and naming no unit (round 27; round 68). Accepted: 4 ((五) left out as cut) and 6 (一、 counted)",
            "the addressees 「各乡()人民政府」 and the number 「〔20187」 are the page's garbles, kept as printed (round 48)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x306_04_minzu-jiedao-2019-yuanxiao-wenhuajie-huodong-shishi-fangan.txt"
NOUNIT04 = ("the page names no unit anywhere (「结合我办事处实际」 is the issuer speaking of itself in a preamble; no item names a "
            "body), so every numbered leaf is a task (plans-dev 08, seed 003)")
LUNAR04 = ("the lunar days carry the plan's year printed in its own text 「民族街道2019年元宵文化节」「2019年民族街道元宵文化节活动」 (EXPECTED.md: "
           "years left implicit are resolved from the plan's title or text; Round 74's x295_01), and a lunar festival day is "
           "dated by the solar month it falls in (round 70's x289_06, turned: 「2017年正月15-16日」 → 2017-02; round 67: 元宵 2020 → "
           "2020-02): 正月十五 2019 is 19 February — 2019-02 (the latest day printed, round 34)")
plan(X04,
     title="民族街道元宵文化节活动实施方案",
     title_note="line 14, the title as printed at the document's head after the preview's mark 「.精品文档.」 (chrome, round 40), run into "
                "the preamble; the same name heads the site's page lines 1–5 (「…_第1页」); the preamble's 「特制定《民族街道2019年元宵文化节活动"
                "实施方案》」 is a name inside the text's words, no title line (round 60's x256_06; Round 74's x303_02)",
     doc_no="", issuer="民族街道办事处 (「结合我办事处实际」; 东胜区, 鄂尔多斯)", date="2019 (the text's 「2019年」)",
     level="street (民族街道 of 东胜区; 青铜文化广场, 铁西新区科技街)",
     source=page_source("https://renrendoc.com/paper/249824830.html"),
     style="a document site's preview (人人文库): five page lines, the site's notices, then the document run into one line — the "
           "title, a preamble, 一、指导思想, 二、活动安排 (一) “十个一万” 系列活动 → 1、万条迎春灯谜会 (活动时间:正月十二 18:00—21:00 正月十三至十五 "
           "9:00—23:00; 活动地点; 活动内容, the preview's page mark 「2016全新精品资料-…1/8.精品文档.」 inside it), 2、“万人吃元宵” 活动 "
           "(活动时间:正月十五; 地点; 内容 CUT)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)", "1"], [], [], targets=[(10000, "条"), (10000, "盏")], dl="正月十二…正月十三至十五", dln="2019-02",
          **at(X04, "系列活动1、"),
          note="「1、万条迎春灯谜会活动时间:正月十二 18:00—21:00正月十三至十五 9:00—23:00活动地点:青铜文化广场 ;活动内容:将 10000条谜语分别悬挂在 "
               "10000盏小型灯笼上,在青铜文化广场布展,以有奖参与的方式吸引市民广…泛参与。」 — a field block, its 活动时间／活动地点／活动内容 "
               "the item's fields (round 35); " + NONE + " (" + NOUNIT04 + "); the counts the item sets for its own work are its "
               "numbers of work (round 62 decided; round 67's x282_05 「编制…谜条1050条」): 10000 条, 10000 盏; clock times are no "
               "targets (the head); " + LUNAR04 + "; the preview's page mark inside the field is chrome (round 40)"),
        S(["二", "(一)", "2"], [], [], dl="正月十五", dln="2019-02",
          **at(X04, "。2、"),
          note="「2、“万人吃元宵” 活动活动时间:正月十五 ;活动地点:铁西新区科技街 ;活动内容:在铁西新区科技街现场煮吃元宵,吸引广大市民踊跃参与,」 (" + CUT
               + ") — a field block (round 35); " + NONE + " (" + NOUNIT04 + "); " + LUNAR04),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一)/1 and 二/(一)/2 (CUT); (一) 「“十个一万” 系列活动」 has children; 一、指导思想 is a childless top-level "
            "section, a stance (round 68). Accepted: 3 (一、 counted under plans-dev 08's every-leaf count in a page naming no unit)",
            "the page's date words are lunar days only; 「元宵」 2019 fell on 19 February (正月十二 on the 16th)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x306_05_xiang-qingmingjie-gongzuo-fangan.txt"
NOUNIT05 = ("the page names no unit by the ruled forms anywhere (「根据县民政局《…》精神」 cites a source; 「结合我乡实际」 the issuer of "
            "itself), so every numbered leaf is a task (plans-dev 08, seed 003)")
plan(X05,
     title="**乡**年清明节工作方案",
     title_note="the plan's title as printed at the text's head, masks kept (round 48: only what is printed is read; round 37's "
                "masked name), after the site's own heading 「清明节工作方案」 run into the same line (chrome: round 65's x275_03)",
     doc_no="", issuer="a 乡 (**乡, masked; 「结合我乡实际」)", date="masked (**年)",
     level="township (乡; addressed to 各村; 乡防火指挥部)",
     source=page_source("https://www.xiaomilidoc.com/p-2172730.html"),
     style="a document site's excerpt as one line: the site's heading 「清明节工作方案」, the title with masks, the addressee 「各村:」, a "
           "preamble, 一、指导思想 (run in), 二、工作安排 (一)–(三) run in, each a heading sentence and its text; the page ends after (三)'s "
           "last sentence",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], **at(X05, "(一)"),
          note="「(一)倡导文明祭祀,弘扬殡葬新风尚。利用清明节的有利时机,坚持不懈地做好文明祭扫新风尚的宣传引导工作,倡导…;推广…;引导群众…;引导群众理性"
               "选择、明白消费,努力营造…氛围。」 — subjectless 做好, 倡导, 推广, 引导 are outside rule 2's closed list (round 30): " + NONE
               + " (" + NOUNIT05 + "); 「利用清明节的有利时机」 names the festival as an occasion, not a period, and the year is masked: "
               + NODATE),
        S(["二", "(二)"], [], [], **at(X05, "(二)"),
          note="「(二)突出重点,预防火灾。清明节期间是森林火险的高发期,在乡防火指挥部的统一领导下,严格执行春季安全防火的各项规定,…准备好各种消防灭火器材,确保万无"
               "一失。」 — 「在A统一领导下」 names the body that leads, as 「在A指导下」 names a guide (rule 3; round 62's x260_06 「村两委班子在…统一领导下」 "
               "reads the body before 在 only), and no subject stands: " + NONE + " (" + NOUNIT05 + "); 「清明节期间」 — "
               + FESTIVAL_NOYEAR),
        S(["二", "(三)"], [], [], **at(X05, "(三)"),
          note="「(三)有序疏导,保障安全。与当地工商、公安等部门密切配合,加大市场上烟花炮竹等易燃易爆品检查,加强周边交通秩序的维护工作,有序引导群众…,确保清明节期间"
               "不发生…安全事故。」 — 配合 with no subject of its own names no doer (round 46's p44g keeps round 34's sentence for "
               "配合 without a subject), and the bodies one cooperates with are partners, units only by a rule-2 verb after them "
               "(round 36; Round 77's x300_07 四/3, turned): " + NONE + " (RULING? 3: [当地工商、公安等部门] under 二、工作安排 as a work "
               "heading is the alternative, not written as accepted); 「清明节期间」 — " + FESTIVAL_NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一)–(三). 一、指导思想 is a childless top-level section, a stance (round 68). Accepted: 4 (一、 counted "
            "under plans-dev 08's every-leaf count in a page naming no unit)",
            "the page names no unit, prints no date (the year masked) and no figure"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x306_06_zhen-qingmingjie-qijian-qunzhong-jisao-guanli-shishi-fangan.txt"
plan(X06,
     title="鎮(zhèn)人民政府關于加強清明節(jié)期間群眾祭掃管理工作的實施方案",
     title_note="line 12, the document's own title line as printed, run in after the preview's mark 「1/3」 and the file's name "
                "「清明節(jié)期間群眾祭掃管理工作實施方案」 (the site's name of the upload, printed again as the page lines 1–3: chrome, the site's "
                "headline standing only where the text prints no title, round 65's x275_03), and before the addressees "
                "「鎮(zhèn)級各部門、各村」; " + PINYIN,
     doc_no="", issuer="a 鎮's 人民政府 (unnamed: 「鎮人民政府關于…」, 「我鎮」)", date="not shown (no year anywhere)",
     level="town (鎮: 鎮級各部門, 各村, 社事辦, 派出所, 林業站)",
     source=page_source("http://m.bubsandbeans.com/p-9646398.html"),
     style="a document site's preview in traditional characters with inline pinyin: three page lines, the site's notices, then the "
           "document run into one line with the preview's page marks 「1/3」「2/3」 — the file's name, the title, the addressees, a "
           "preamble, 一、加強領導,建立健全應急處置機制 (heading run into its paragraph), 二、明確責任,確保清明祭掃安全 CUT at 「…要切實加強對」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["政府各相關部門"], lead_alternatives=[["政府各相關部門"]], responsible_alternatives=[[]],
          **at(X06, "。一、"),
          note="「一、加強領導,建立健全應急處置機制政府各相關部門要認真履行職責,…切實加強組織領導,及時針對…問題,成立由鎮長任組長,分管領導任副組長,社事辦、"
               "派出所、林業站等相關部門人員為成員的應急領導小組,精心組織和安排好我鎮群眾祭掃活動相關的各項工作。特別是要針對…形勢,積極採取有效措施,廣泛向群眾宣傳"
               "嚴禁…,防止…。認真落實值班制度、重大事故報告制度,確保清明祭掃文明、安全、有序進行。」 — 履行, 加強, 成立, 採取, 宣傳 are outside "
               "rule 2's closed list (round 30; Round 77's x299_04: 履行 names none), but the subjectless 精心組織…各項工作 and "
               "認真落實值班制度 carry the subject standing first in the paragraph (round 34; round 56's x58_02; Round 77's x303_02 "
               "(三), confirmed: a missing subject carries the subject before it in its paragraph), 組織＋work (Round 74's x295_02 "
               "「组织好图书借阅」) and 落實 being rule 2's: 政府各相關部門, a kind of body as printed (Round 77's x304_01 4.2.1, turned: "
               "相关部门／各有关部门 are kinds, doers with a rule-2 verb; 政府 saying whose, round 40's 所在／属地) — responsible "
               "[政府各相關部門], lead [] (the single doer accepted as lead); RULING? 4: none (the carry stopping at the full stop, or "
               "the 領導小組's work) is accepted. The 應急領導小組 is a group the item sets up: " + SETUP + "; 鎮長, 分管領導 are "
               "persons (" + PERSONS + "); 社事辦、派出所、林業站 are members. 「清明節期間」 — " + FESTIVAL_NOYEAR + "; 重大事故報告制度 is "
               "a report upon an event, no rhythm and no dated sending (round 34): no duty written"),
        S(["二"], [], [], **at(X06, "2/3二、"),
          note="「二、明確責任,確保清明祭掃安全各相關部門要切實加強對」 (" + CUT + ") — the heading names work (明確責任) and the body is cut "
               "before any rule-2 verb (加強 is outside the list, round 30; Round 74: a cut clause names its doer only after a rule-2 "
               "verb is printed): " + NONE + "; the preview's 「2/3」 before 二、 is chrome (round 53's x242_01); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一 and 二 (childless points giving work; 二 CUT after its heading and four words). Accepted: 1 (二 left out "
            "as cut before its own work)",
            "the addressees 「鎮(zhèn)級各部門、各村」 are the notice's; the page prints no date, no figure and no schedule"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x306_07_xiang-2020-qingming-jisao-gongzuo-tongzhi.txt"
QINGMING07 = ("「清明期间」 in the item's own text dates it by the festival's month in the plan's year (round 46's p44e, decided; round "
              "67's x283_02), the year printed in the plan's text 「现就2020年我乡清明祭扫工作通知如下」 (EXPECTED.md): 清明 2020 fell on 4 "
              "April — 2020-04")
plan(X07,
     doc_no="", issuer="a 乡 (「结合我乡疫情防控形势」; 尤溪县, 三明, Fujian, by the cited 尤肺炎应组〔2020〕70号)", date="2020 (「2020年我乡清明祭扫工作」)",
     level="township (乡: 各村党支部、村委会, 乡直、县属各单位, 民政办)",
     source=page_source("https://www.yxxww.cn/news/pageInfo?id=945690&pid=1087"),
     style="a county news site's page that opens at the notice's addressees (no title printed): a preamble citing three notices, "
           "一、严控聚集性祭扫活动 (heading line, one paragraph), 三、积极推行便民祭扫方式 (二、 is not on the page), its paragraph, and an "
           "unnumbered paragraph 「清明期间,各村、各部门要密切配合,…」 CUT at 「联系电话:6331221、」",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各村", "各有关部门"], dl="清明期间", dln="2020-04",
          note="「一、严控聚集性祭扫活动 / 对乡村公益性公墓(骨灰楼堂)、农村散葬坟墓的祭扫活动,各村要自行制定祭扫工作方案,安排专人负责祭扫活动安全管理,落实防控措施,避免…;"
               "严格落实好清明期间森林防火安全工作,严禁野外用火,…。各有关部门要落实好监管责任,有针对性的开展执法检查。」 — " + R2 + ": 各村 the subject "
               "of 落实 (制定 and 安排 outside the list; 专人 a person, round 30), the subjectless 严格落实好 carrying it (round 34); "
               "各有关部门 the subject of 落实 (Round 77's x304_01 4.3.1（2）, turned: 各有关部门 is a kind, a doer with a rule-2 verb; "
               "落实…责任 designates, round 46) — responsible [各村, 各有关部门] in printed order, lead []; 对…的祭扫活动 names the objects; "
               + QINGMING07),
        S(["三"], [], ["各村"], responsible_alternatives=[[]], dl="清明期间", dln="2020-04",
          not_targets=[(6331221, "")],
          note="「三、积极推行便民祭扫方式 / 各村、各部门要紧紧围绕…要求,广泛宣传…;要抓住…有利时机,通过…加强宣传,倡导文明祭祀,引导群众…」 and the unnumbered "
               "paragraph after it, its body (rounds 32, 34; Round 74's x296_03 六、: an unnumbered paragraph after the last item is "
               "that item's body): 「清明期间,各村、各部门要密切配合,加强值班值守和工作情况反馈,认真执行全国清明节祭扫情况日报制度,乡设立清明节工作办公室挂靠在"
               "民政办,相关工作人员由民政办工作人员兼任,负责与各村、县清明节工作办公室(县民政局联络人:黄祖溶,联系电话:6331221、」 (" + CUT + ") — "
               "宣传, 加强, 倡导, 引导, 执行 are outside rule 2 (round 30), but 配合 as its own main verb with a subject of its own "
               "makes that subject a doer (round 46's p44g; Round 77's x300_07 四/3 and x301_01 三/（一）, turned): 各村; 各部门 is a "
               "general call whatever its verb (round 30; Round 77's x300_02 (一) and x301_04 一、, confirmed) — responsible [各村], "
               "lead [] (RULING? 5: none, the body paragraph read as no part of 三 or 密切配合 as mutual help with no work, is "
               "accepted); the 清明节工作办公室 is set up in the item, and its 负责 names none (" + SETUP + "), 民政办 only the place it "
               "sits (round 73) and its staff persons; a bare 乡 in its own plan is none (Round 74's x294_06); the phone number is a "
               "name with digits, no target (the head); " + QINGMING07),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "认真执行全国清明节祭扫情况日报制度", "when": "日报", "when_norm": "daily",
              "note": "a recurring reporting rhythm (plans-dev EXPECTED.md line 39: duties to report and recurring reporting "
                      "rhythms), daily, in 三's body paragraph"}],
     notes=["2 leaves: 一 and 三 (the page prints no 二、; paths as printed, round 48; Round 77's x304_01 6.7.2: a number not "
            "repaired by its place); the unnumbered paragraph 「清明期间,…」 after 三's paragraph is 三's body (rounds 32, 34). Accepted: 3 "
            "(the paragraph as an item of its own, as round 54's s48b paragraphs in a notice)",
            "no title: the page opens at the addressees 「各村党支部、村委会,乡直、县属各单位:」 and prints no title line; a title made up from "
            "the text or the site's is no reading (round 48; Round 74's x303_05, x303_07, confirmed): no title checked",
            "the preamble cites three notices of 2020 by their numbers (not targets); 「工作情况反馈」 is the office's liaison, with no "
            "rhythm or date of its own"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x306_08_zhen-longzhou-huodong-anbao-gongzuo-yingji-yuan.txt"
NOUNIT08 = ("the page names no unit by the ruled forms anywhere (its bodies act by 动员, 签订, 要求…上报, 开展; its doers are "
            "persons), so every numbered leaf is a task (plans-dev 08, seed 003)")
NOYEAR08 = "the page prints no year (the site's 2023-08-18 is its posting, round 62's p52e)"
plan(X08,
     title="龙舟活动安保工作应急预案",
     title_note="line 7, the plan's title line under the site's headline (line 3, the same words) and its time line",
     doc_no="", issuer="a 镇 (「我镇部分村(居)民」; 「镇政府与各有关村(居)签订…」)", date="not shown (the site's 2023-08-18 is its posting)",
     level="town (镇: 各村(居), 镇直有关单位, 镇政府)",
     source=page_source("http://xuewenya.com/wenyanwen/3726415.html"),
     style="a 范文 site (学文网): the site's name, a headline, a time and author line, the title, the addressees 「各村(居)、镇直有关单位:」, a "
           "preamble, 一、–七、 each one paragraph (二、 a heading line 「成立龙舟活动安全领导小组:」 and a composition line with blank names), "
           "七、 CUT at its final 「(」",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=["二、成立龙舟活动安全领导小组"],
     samples=[
        S(["一"], [], [],
          note="「一、各村(居)要结合本村居实际,动员群众不举办龙舟竞渡活动,无法阻止的要加强水上安全知识和安全防范教育,并制定严密的安全防范预案,确保安全。」 — "
               "动员, 加强, 制定 are outside rule 2's closed list (round 30), and 要 before them changes nothing outside articles "
               "(Round 74's x295_03: 「A要协调B…开展…」 names none): " + NONE + " (RULING? 6: [各村(居)] is the alternative, not "
               "written as accepted); " + NODATE),
        S(["三"], [], [],
          note="「三、镇政府与各有关村(居)签订龙舟活动安全责任书,并要求相关村(居)上报龙舟活动安全领导小组、组织者、安全员、救生员、舵手、运动员名单。」 — "
               "签订 names doers only with 由 or in articles (round 30's 「由A与B签订」; Round 77's x302_02, confirmed), and 要求A上报 is "
               "the request form of a sending, which names no doer (Round 77's x303_01 for 要求A; x299_01 第十条: a sending names no "
               "doer): " + NONE + "; the 上报…名单 is an undated duty (Round 74's duties, turned: a sending the plan asks of the "
               "bodies it tasks); a bare 镇 or 镇政府 in its own plan is none by any verb (Round 74's x294_06 for 乡／镇); " + NODATE),
        S(["四"], [], [],
          note="「四、组织开展龙舟活动的村居要通过标语、墙报、广播等群众喜闻乐见的'方式大力开展龙舟活动安全知识宣传教育工作,切实增强…安全意识。」 — the main verb "
               "开展 without 组织 is outside rule 2 (round 30; Round 74's x295_03), and 「组织开展龙舟活动的」 describes which 村居 "
               "(a body inside a noun's description is no doer of the item, round 30's 「参加由A组织的培训」; Round 77's x300_07 二 "
               "「由被確定燃放焰火的單位」): " + NONE + " (RULING? 7: [村居] by the 的-phrase's 组织开展 is the alternative, not written as "
               "accepted); the stray 「'」 is the site's; " + NODATE),
        S(["五"], [], [], not_targets=[(200, "米")],
          note="「五、所有上船人员是身体健康、会游泳200米以上者,小孩、老人不得上船,由所在村居领导把关,保证上船人员符合规定和安全。」 — 村居领导 are persons ("
               + PERSONS + "): " + NONE + "; 「会游泳200米以上者」 is a threshold with 以上, but one that picks out the persons allowed on "
               "board, and a figure that picks out persons is no target (round 31's group of persons; round 45's 「在距单位1公里范围之内」 "
               "picks out persons: no target; round 45's grade bands likewise): 200 米 not_target (RULING? 8: a target by round 30's "
               "line, the qualification read as a standard the boarders must meet, is the alternative); " + NODATE),
        S(["六"], [], [],
          note="「六、所有人员上船前,必须穿好救生衣,并由该舟领队负责逐一检查救生衣、舵、桨和船体安全后,方可下水,保证全体人员安全。」 — 由A负责 with A a "
               "person, the boat's 领队 (" + PERSONS + "): " + NONE + "; " + NODATE),
        S(["七"], [], [],
          note="「七、每支龙舟必须由所在村居支部书记或村居主任上舟指挥,统一行动,全程跟踪。…必须服从交通安全救生艇的现场调度和现场处理,保证全体龙舟人员安全,并于6月15日前"
               "上报村(居)主干上船名单。(」 (" + CUT + " at 「(」) — the agent of 由 is a person (" + PERSONS + "): " + NONE + "; the "
               "item's only date is a sending of a list, which dates the duty and not the item (Round 77's x301_04 四/（二）, "
               "confirmed: a list is other information), and " + NOYEAR08 + ": no deadline; the duty 「于6月15日前上报村(居)主干上船名单」 "
               "is written undated for the same reason"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "要求相关村(居)上报龙舟活动安全领导小组、组织者、安全员、救生员、舵手、运动员名单", "when": "", "when_norm": None,
              "note": "三: a sending of names the plan asks of the villages, undated (Round 74's duties, turned; plans-dev "
                      "EXPECTED.md line 39: to file or name a liaison)"},
             {"what": "于6月15日前上报村(居)主干上船名单", "when": "6月15日前", "when_norm": None,
              "note": "七: a sending of a list by a day with no year printed (" + NOYEAR08 + "): undated where checked"}],
     notes=["6 leaves: 一, 三, 四, 五, 六, 七 (childless points; 七 CUT at its last 「(」). 二、 「成立龙舟活动安全领导小组: 组长:,副组长:,成员由…组成。」 "
            "only sets up a group and composes it — who sits in it, no work given (Round 74's x295_04 and x293_01 2.1, turned: a "
            "group's composition is no task; round 57's x255_03 三). Accepted: 7 (二、 counted under plans-dev 08's every-leaf count)",
            NOUNIT08 + "; the addressees 「各村(居)、镇直有关单位」 and the preamble's 「今年县上未组织龙舟竞赛」 give no item units"])


# Round 60 (rul82): answers aligned to tests/data/CONVENTIONS.md "Round 82 rulings" (README, round 60)
from aligned_rulings import align82  # noqa: E402

align82("x306_07", ["三"], "「清明期间,各村、各部门要密切配合,加强值班值守…」 (三's paragraph): 各部门 not joined to a no-kind word is a kind, a doer by the verb that makes its partners doers (round 44; round 65's x275_06 turned), and 配合 with its own subject makes doers (round 46's p44g); Round 81's 「a call whatever its verb」 is withdrawn",
        "Units, governs: round 44 with round 47's q44a, round 57's x253_07, round 65's x275_06 and round 68's x52_02 over Round 81's x306_07 三 (p60d-1)",
        resp=["各村", "各部门"], resp_alt=[["各村"], []])

write_collected(DIR)

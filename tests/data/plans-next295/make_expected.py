# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next295/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c295, round 58: five page openings of township (镇／乡) and street (街道) work
from outside Shanghai — page 4 of a 镇's 春节 「我们的节日」 主题活动方案 (「(三)…负责单位:镇妇联、各村居、__中心学校」, 「(四)…
活动时间:2月8日(初一)至2月13日(初六)…责任单位:各村居」, 三、工作要求, CUT); 扶风县天度镇's 2018 春节文化活动 通知 (扶天政发〔2018〕36号;
「各村文化室要免费开放,组织好图书借阅」, 「各村委会要…悬挂灯笼不少于4盏」, a 领导小组 of persons, CUT); 兴庆区新华街街道's 2018 禁毒
「流动课堂」 通知 (a 时间 field of two windows; 「各站办所、各社区要积极协调…」; 「…新华街街道办事处」 CUT); a 乡's (上坪乡) 汛期防洪
工作预案 on one line (a 指挥部 and teams of persons; 「二、暴雨洪水报告 在汛期,防汛办会同党政办编排24小时」 CUT); a 武隆 镇's 春节 烟花爆竹
平安管理 工作方案 (「成立…领导小组…领导小组下设办公室于安监办…领导小组办公室职责:…」 CUT)): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1,
rule 2 and the rulings of rounds 30–73 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither
the parser nor the scorer was run on these plans by c295.

    PYTHONPATH=. python tests/data/plans-next295/make_expected.py tests/data/plans-next295
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
        "落实, A组织＋work, A会同B…; round 30: a closed list, and outside 第X条 articles it stands, round 63's x268_02): "
        "lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided)"
LABEL = (R1 + ": a 责任单位／负责单位 field in the item's block of fields names its units (round 35: numbered lines that are the "
         "fields of one item are that item's fields; rounds 50, 52: an activity's block of 时间／内容／地点／责任单位 is one task), "
         "and the sentences in its 活动内容 add nothing (plans-dev 06 三/（一）)")


def single(unit):
    return {"lead_alternatives": [[unit]]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x295_01_zhen-chunjie-womendejieri-zhuti-huodong-fangan-p4.txt"
YEAR01 = ("no year is printed on the page, but (四)'s 「2月8日(初一)至2月13日(初六)」 prints the solar day of 正月初一, and 春节 fell "
          "on 8 February in 2016 (and 13 February was 初六): a fact the plan prints fixes the year (round 55's x249_06; round "
          "70 confirmed x289_04's 「农历九月初九(10月14日星期四)」 → 2021)")
plan(X01,
     title_note="title not checked: the page is page 4 (「77313_4」) of a 镇's plan and opens inside an activity's fields; the "
                "plan's title line is not on the page",
     doc_no="", issuer="a 镇 (not named; 镇综合文化站, 镇妇联, 「__中心学校」)", date="not shown (2016 by its dates, see YEAR01)",
     level="town (a 镇 with 村居)",
     source=page_source("http://m.veryok.net/fangan/77313_4.html"),
     style="page 4 of a 范文 site's plan: the tail of an activity whose number and heading stood on page 3 (活动内容:由镇综合文化站"
           "邀请…; 活动地点; 责任单位:镇综合文化站、各村居), (三)开展留守儿童结对帮扶活动 and (四)广泛开展群众性文化活动, each a block "
           "of fields 活动时间／活动内容／(活动地点)／责任单位 or 负责单位 on their own lines; 三、工作要求 1、–3、 (3、 CUT)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(三)"], [], ["镇妇联", "各村居", "__中心学校"], dl="方案下发之日起至2月22日", dln="2016-02-22",
          responsible_alternatives=[["镇妇联", "各村居", "中心学校"], ["镇妇联", "各村居"]],
          note="「(三)开展留守儿童结对帮扶活动 / 活动时间:方案下发之日起至2月22日 / 活动内容:各村居要建立…,组织学校老师上户与家长互动"
               "沟通,…同时做好留守儿童帮扶记录。 / 负责单位:镇妇联、各村居、__中心学校」 — " + LABEL + ": the three bodies in "
               "printed order; 「__中心学校」 is a school whose place name the 范文 site blanked, kept as printed (round 48: only "
               "what is printed is read), the name without the blank and the list without it accepted; lead [] (a 负责单位 field "
               "names no 牵头); the window 「方案下发之日起至2月22日」 ends the item's work: its end is the deadline (round 70's "
               "x287_03: a window's end its deadline); " + YEAR01 + " — due 2016-02-22 (RULING? 1: the year taken from another "
               "item's printed lunar-solar pair; the alternative is to leave it unchecked)"),
        S(["(四)"], [], ["各村居"], dl="2月8日(初一)至2月13日(初六)", dln="2016-02-13", **single("各村居"),
          note="「(四)广泛开展群众性文化活动 / 活动时间:2月8日(初一)至2月13日(初六) / 活动内容:各村居要结合本村的风土人情,…组织开展好"
               "春节期间的文体活动。 / 活动地点:村居文化广场 / 责任单位:各村居」 — " + LABEL + " (its 「各村居…组织开展好…」 names "
               "the same body by rule 2 too); " + ONE + "; the 活动时间 window's end is the deadline (round 70's x287_03); "
               + YEAR01 + ": due 2016-02-13"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the activity the page opens inside (its number and heading were on page 3: 「活动内容:由镇综合文化站邀请"
            "市、区书法协会来我镇开展下乡送迎春楹联活动。各村居要…」 / 「活动地点:村居」 / 「责任单位:镇综合文化站、各村居」 — an item "
            "whose number the page lost stays an item, round 37, and round 69's x275_02: the lost heading gives it nothing, "
            "its own 责任单位 field gives [镇综合文化站, 各村居]; not sampled, as it has no number to find it by), (三) and (四). "
            "三、工作要求 1、–3、 urge 「精心组织安排…加强领导,周密部署」「突出思想内涵」「广泛动员参与」 (3、 CUT): 要求 items that only "
            "urge or safeguard, naming no unit by rule 2 (1、's 「各村(居)、镇直各单位要把…作为…纳入日程」 has no verb of the list), "
            "in a plan whose tasks name units, are no tasks (round 27; round 70: a 要求 section is read like any section only "
            "where it holds the plan's own content). Accepted: 2 (the lost item not counted)",
            "the activities are held 「春节期间」 of one year; the page prints no year, and 2016 is read from (四)'s 「2月8日(初一)」 "
            "(RULING? 1)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x295_02_tiandu-zhen-2018-chunjie-wenhua-huodong-tongzhi.txt"
SPAN02 = ("the items print no date; the notice decides 「在2018年春节期间举办天度镇“迎新春”系列文化活动」, a period named by a festival "
          "with no day or month printed (round 48: only what is printed is read): the deadline is not checked (RULING? 3: the "
          "alternatives are none, or 2018-02 for 春节 2018, 16 February)")
plan(X02,
     title="天度镇人民政府关于做好2018年春节文化活动的通知",
     title_note="lines 11 and 13: the issuer's line 「天度镇人民政府」 above the title line 「关于做好2018年春节文化活动的通知」 in the "
                "document's own heading (after 「扶天政发〔2018〕36号」) is read with the title, the issuer in front (round 46's "
                "x210_03; round 62 decided; round 67 confirmed x282_03's two-line heading); the site's headline on line 3 prints "
                "the title alone (RULING? 2: 「关于做好2018年春节文化活动的通知」 is the alternative)",
     doc_no="扶天政发〔2018〕36号", issuer="扶风县天度镇人民政府", date="2018-02-01 (成文日期; published 2018-02-06)",
     level="town (天度镇, 扶风县, 宝鸡市, 陕西)",
     source=page_source("https://yx1912.com/html/htmltdzxxgkbmwk20180230514.html"),
     style="a county site's open-information page (a mirror): the headline, a metadata table, the number, the issuer's line and "
           "the title, the addressees 「各村委会,各站所、驻镇各单位:」, a lead-in, 一、指导思想 (a paragraph), 二、活动安排 (一)镇区文化"
           "活动安排 1.–3. and (二)村组文化活动安排 1.–3., 三、组织领导 (a 领导小组 of persons) — CUT at 「成  员:」",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)", "1"], [], [], skip_deadline=True,
          note="「1.开展迎新春送春联下乡、送年画下乡活动;」 — an activity set out by its verb with no subject (round 49's 活动方式 set "
               "out by verbs; round 68's x278_04: a task naming no unit in an event plan): " + NONE + " (开展 without 组织 is no "
               "verb of the list, round 30); " + SPAN02),
        S(["二", "(一)", "2"], [], [], skip_deadline=True,
          note="「2.开展锣鼓秧歌游演、机关乒乓球比赛等活动;」 — an activity set out by its verb with no subject (as 1.): " + NONE +
               "; 机关 names who plays, inside the contest's name, no doer; " + SPAN02),
        S(["二", "(一)", "3"], [], [], skip_deadline=True,
          note="「3.组织参加扶风县“信合杯”庆新春锣鼓秧歌游演大赛。」 — 组织参加 is 组织＋work, but the clause has no subject, and a 组织 "
               "with no subject standing in its paragraph names none (round 34; round 70's x291_02): " + NONE + "; 扶风县 "
               "is the contest's host inside its name, no doer; " + SPAN02),
        S(["二", "(二)", "1"], [], [], skip_deadline=True,
          note="「1.各村要把开展文化活动作为服务群众的重点,要结合各自实际开展锣鼓游演、广场秧歌舞、自乐班演唱等文化活动;」 — 各村 is a kind "
               "(rounds 32, 53), but its verbs are 把…作为 and 开展 without 组织, outside rule 2's closed list (round 30: 「开展 "
               "without 组织」 named): " + NONE + "; " + SPAN02),
        S(["二", "(二)", "2"], [], ["各村文化室"], skip_deadline=True, **single("各村文化室"),
          responsible_alternatives=[[]],
          note="「2.各村文化室要免费开放,组织好图书借阅、电子阅览等;」 — 组织好 with the work as its object (图书借阅、电子阅览, services "
               "the room runs) is 组织＋work (rule 2: 组织开展／组织实施; round 68 continued: 组织抽查, 「组织＋a verb of work names its "
               "subject a doer」), its subject 各村文化室, the villages' culture rooms named by a kind (a room run as a village's "
               "organ, as a 文化站 is): [各村文化室]; " + ONE + "; RULING? 4: the room may be read as a place that is opened "
               "(免费开放 says what happens to it), not a body, giving none, accepted; " + SPAN02),
        S(["二", "(二)", "3"], [], [], targets=[(4, "盏")], skip_deadline=True,
          note="「3.各村委会要在各自门前悬挂灯笼不少于4盏 (内容以宣传党的十九大精神、社会主义核心价值观为主)。」 — 悬挂 is outside rule 2's "
               "list (round 30): " + NONE + " (各村委会 a kind, but by no verb of the list); 「不少于4盏」: a quantity joined to "
               "不少于 is a target by the line (round 30), the number of work the item sets each body (round 62 decided; round "
               "70's x288_05 「每乡镇4场」): 4 盏; " + SPAN02),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 二/(一)/1–3 and 二/(二)/1–3, in a plan whose items name no unit in the ruled forms but one (二/(二)/2, "
            "RULING? 4): every numbered leaf is a task (plans-dev 08, seed 003). 一、指导思想 is a childless section that states "
            "aims (a section, plans-dev EXPECTED.md lines 21–25; round 68: 指导思想 naming no unit is no task); 三、组织领导 sets "
            "up a 领导小组 of persons 「组  长:王  琦(镇长)…」 and is cut at 「成  员:」: no task (rule 3: a group the item sets up; "
            "persons). Count 6 either way of RULING? 4",
            "the lead-in 「经镇政府研究,决定在2018年春节期间举办…」 is the notice's own decision (a cover's lead-in), no task; the "
            "addressees 「各村委会,各站所、驻镇各单位」 are no units of any item (a cover's call)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x295_03_xinhuajie-jiedao-2018-jindu-liudong-ketang-tongzhi.txt"
SPAN03 = ("「一、活动时间 2018年1月1日至4月20日,7月1日至8月20日。」 is the notice's 时间 field and dates its items (round 43 decided; "
          "round 44 decided: a 时间 field dates the work it heads): the work runs in two windows and ends on 8月20日, the end of "
          "the field's span: due 2018-08-20 (RULING? 5: the first window's end, 2018-04-20, is the alternative for the 春运 "
          "part)")
plan(X03,
     title="关于开展2018年禁毒“流动课堂”集中宣传教育活动的通知",
     title_note="line 9, the notice's own title line, under the site's metadata bullets (索引号, 发布机构 兴庆区新华街街道办事处, "
                "生成单位 绿荫工作室, 有效, 2018年02月06日); printed once",
     doc_no="", issuer="兴庆区新华街街道办事处 (its 绿荫工作室)", date="2018-02-06",
     level="street (新华街街道, 兴庆区, 银川市, 宁夏)",
     source=page_source("http://www.xqq.gov.cn/zwgk/gkmn/ghjh/201811/t20181128_1183901.html"),
     style="a district site's open-information page: the path line, metadata bullets, the title, the date line and the site's "
           "share buttons, the addressees 「各站办所,各社区:」, a lead-in (「新华街绿荫工作室决定…」), 一、活动时间, 二、活动主题 and a second "
           "二、活动内容 (the numbers printed twice) with (一) and (二) — CUT in (二) after its subject 「新华街街道办事处」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、活动主题"],
     samples=[
        S(["二", "(一)"], [], [], dl="2018年1月1日至4月20日,7月1日至8月20日", dln="2018-08-20",
          responsible_alternatives=[["各站办所", "各社区"]],
          note="「(一)面向流动人口、外来务工人员、大学生重点开展春运、暑运禁毒宣传活动。各站办所、各社区要积极协调交通运输部门,紧紧抓住宣传有利时机,"
               "重点在长途汽车站、交通枢纽等场所,采取流动宣传车、…等…形式开展宣传教育活动。」 — 各站办所 and 各社区 are kinds (rounds "
               "32, 61), but they act by 协调 (round 30: 协调 is no verb of the list, its object 交通运输部门 a pivot's object), 采取 "
               "and 开展 without 组织: " + NONE + "; RULING? 6: 「A要…采取…形式开展…活动」 may be read as the subject carried to 开展 "
               "as the work of the item, so [各站办所, 各社区] is accepted; " + SPAN03),
        S(["二", "(二)"], [], [], dl="2018年1月1日至4月20日,7月1日至8月20日", dln="2018-08-20",
          responsible_alternatives=[["新华街街道办事处"]],
          note="「(二)面向流动人群、农民重点开展禁毒宣传活动。新华街街道办事处」 — CUT: the heading sets out the work by 开展 with no "
               "subject, and the page ends on the clause's subject before its verb: a clause cut after its doer and a rule-2 "
               "verb names it (rounds 39, 63; round 70 confirmed x289_04's 「派出所组织民」), but here no verb is printed (round 71: "
               "what is printed decides): " + NONE + "; the issuing street office as the item's doer [新华街街道办事处] is "
               "accepted (RULING? 7); " + SPAN03 + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一) and 二/(二) (CUT) under the second 「二、活动内容」 (the page prints 二、 twice: 二、活动主题 and 二、活动"
            "内容; paths by the printed numbers, round 37). 一、活动时间 and the first 二、活动主题 are fields (a 时间 field, a theme "
            "with the target groups). Accepted: 1 ((二) cut before its work's verb, not counted)",
            "the lead-in 「新华街绿荫工作室决定自2018年1月1日起,…在新华街辖区范围内开展有针对性的禁毒宣传教育活动」 is the notice's own "
            "decision (a cover's lead-in), no task; the addressees 「各站办所,各社区」 are a cover's call"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x295_04_shangping-xiang-xunqi-fanghong-gongzuo-yuan.txt"
plan(X04,
     title="乡镇汛期防洪工作预案",
     title_note="line 2: the document's own title opens the one line that holds the whole text 「乡镇汛期防洪工作预案 一、组织机构 …」; "
                "line 1 「2023 乡镇 汛期 防洪 工作 预案」 is the site's words of its file name 「2023年乡镇汛期防洪工作预案.docx」 (the "
                "download page's chrome, stripped above it, see README)",
     doc_no="", issuer="a 乡 (上坪乡; 乡防汛指挥部)", date="not shown (the site's upload 2023-04-17; 「5月2023日」 garbled)",
     level="township (上坪乡; villages 上坪村, 龙共村, 九龙村, 甲圣村, 共裕村, 大进村, 铜盘村, 联合村, 合群村, 荆坪村)",
     source=page_source("https://wnwk.com/doc/1009921.html") + "; the download site's chrome above the text (分享, the file "
            "name, ID, 大小, 页数, 格式, 时间, 收藏, and the four-point 温馨提示 with the 网站客服 number) was stripped as web chrome",
     style="a document site's preview: one line holds the title and the text, 一、组织机构 (a lead-in; ㈠指挥部组成人员: 1.–4. "
           "posts and members; ㈡职能办公室 1.党政办: 2.防汛办(新农村建设效劳中心) with nothing after the colons; ㈢抗洪抢险应急队伍 "
           "「…总负责:人武部部长」 1. 2. teams of militia with their leaders), 二、暴雨洪水报告 — CUT after 「编排24小时」",
     leaf_tasks=1, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二"], ["防汛办"], ["防汛办", "党政办"], not_targets=[(24, "小时")], lead_alternatives=[[]], **at(X04, "二、"),
          note="「二、暴雨洪水报告 在汛期,防汛办会同党政办编排24小时」 (CUT) — a childless point that gives work (round 34 early; round "
               "68's x277_05: a childless point is a task where its text gives work), numbered inside the one line (round 34: "
               "items numbered inside one paragraph): 「A会同B＋verb」 (rule 2): lead 防汛办, responsible 防汛办, 党政办 (lead [] "
               "accepted); the two offices are the 乡's standing offices listed in ㈡职能办公室, not bodies this item sets up (round "
               "73: a standing office given work by rule 2 is a doer); 防汛办 as printed here (㈡'s bracket "
               "「(新农村建设效劳中心)」 names the centre that houses it, not printed in 二); 「24小时」 is the length of the duty roster "
               "being drawn up, a figure with no comparison word that names a kind (「24小时值班」, as 「3吨货车」): not a target "
               "(round 25's line); 「在汛期」 names a season, no date: " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二、暴雨洪水报告 (CUT). 一、组织机构's lead-in 「乡防汛指挥部都要根据人事变动情况及时调整,充实…」 heads numbered "
            "parts (not a leaf); ㈠1.–4. list the 指挥部's posts and members 「乡直各部门负责人、各村村主任、上坪供电所、警务站」 (members "
            "are not units, rule 3; posts are persons, round 30); ㈡1.党政办: 2.防汛办(…) print only the offices' names with "
            "nothing after the colons (no work, no task: round 71's 「7.戏」 line, a name with no verb gives no work); ㈢1. 2. "
            "compose two teams of militia and staff with their leaders 「队长由上坪村民兵营长当任」 (a group composed of persons "
            "the plan sets up, rules 3; round 70's x286_04 第五条): no tasks. Accepted: 3 (㈢1. 2. as tasks naming no unit)",
            "the figures in ㈢ (25人, 40人, 各7人, 各5人, 17人, 「2023人」 garbled) are team sizes in a composition, no item's targets; "
            "「5月2023日」 in 一's lead-in is garbled by the conversion (the file name's year 2023 replacing digits)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x295_05_wulong-zhen-chunjie-yanhua-baozhu-pingan-guanli-gongzuo-fangan.txt"
plan(X05,
     title="乡镇春节期间燃放烟花爆竹平安管理工作方案",
     title_note="line 8, the plan's own title line, under the site's words of its file name split one to a line (lines 1–7, "
                "「2023 / 乡镇 / 春节期间 / 燃放 / 烟花爆竹 / 安全管理 / 工作方案」, chrome)",
     doc_no="", issuer="a 镇 of 武隆 (重庆; 镇长覃琳; the county's 武隆府办发(2023)6号 cited)",
     date="not shown (「20xx年春节期间」 masked; the county's notice is (2023)6号)",
     level="town (a 镇 of 武隆区／县, 重庆)",
     source=page_source("https://wnwk.com/doc/522610.html") + "; the download site's 温馨提示 (four points and the 网站客服 "
            "number) above the text was stripped as web chrome",
     style="a document site's preview: the file name's words one to a line, the title, a lead-in citing the county's notice, "
           "一、组织机构及工作职责 (一)镇政府组织机构和职责。 one paragraph: 成立…领导小组 (persons, 成员单位), 「领导小组下设办公室于安监办」, "
           "「镇领导小组职责:…」「领导小组办公室职责:…」 — CUT at 「落」",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], skip_deadline=True,
          responsible_alternatives=[["领导小组", "领导小组办公室"]],
          note="「(一)镇政府组织机构和职责。成立镇燃放烟花爆竹平安管理工作领导小组(以下简称领导小组),由镇长覃琳任组长,…安监办、民政办、建管办、"
               "交管办、市政、卫生院、林业站、播送站等部门和单位为成员单位。领导小组下设办公室于安监办,由周玉平任办公室主任,负责日常办公工作。"
               "镇领导小组职责:负责…;部署、协调…;研究解决…。领导小组办公室职责:制订…;催促各村(居)委和镇辖有关部门履行监管职责;组织协调有关部门"
               "开展…宣传工作;组织有关职能部门开展综合执法;开展“打非〞工作;落」 (CUT) — the group and its office are set up and "
               "composed in this item 「成立…」「下设办公室」, so they are none here, their 负责 and 组织…开展 included (rule 3; round 70's "
               "x286_04 第五条 and x287_01 2.3; round 73: an office placed in the same breath as the plan's own new group, or "
               "下设, is set up there and names none in that item); 安监办, where the office sits, is no doer (round 73: 「X办公室"
               "设在Y」 only says where it sits); the 成员单位 are members (rule 3) and the persons are persons (round 30); "
               "「催促各村(居)委…」「组织…有关部门开展」: pivots' objects, no units: " + NONE + "; the item is a task naming no "
               "unit (the only leaf on the page; plans-dev 08: where no unit is named every numbered leaf is a task), the count "
               "0 (a 组织机构 item read as no task, round 27) accepted; the set-up bodies as doers accepted (RULING? 8); the "
               "item prints no date and the plan's span 「20xx年春节期间」 is masked (round 48): not checked; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 一/(一) (CUT), a 组织机构 item whose text sets up the group and its office and gives them duties. Accepted: 0 "
            "(the item read as a 组织机构 item naming no unit, no task, round 27)",
            "the lead-in 「根据县政府办公室关于印发…的通知(武隆府办发(2023)6号)精神,…特制订本方案」 is purpose and basis, no task; "
            "「20xx年」 is masked twice"])


# Round 58 (rul78): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58e-1, governs; README, round 58)
from aligned_rulings import align78  # noqa: E402

align78("x295_02", None, "the number line 「扶天政发〔2018〕36号」, the issuer's line 「天度镇人民政府」 (line 11) and the title line 「关于做好2018年春节文化活动的通知」 (line 13): the issuer's line above a title is read with the title, the issuer in front, the number line no part of it; the title line alone stays accepted (Round 74's x295_02) — one rule for x241_08, x43_06, x74_03 and x295_02, written in the pair form the scorer reads",
        "Titles, governs: round 46's x210_03, round 62 decided, round 67's x282_03 and Round 74's x295_02",
        title="关于做好2018年春节文化活动的通知（天度镇人民政府关于做好2018年春节文化活动的通知）",
        title_note="aligned round 58 to CONVENTIONS.md \"Round 78 rulings\" (p58e-1, governs: round 46's x210_03, round 62 decided, round 67's x282_03 and Round 74's x295_02): the issuer's line above a title is read with the title, the issuer in front (天度镇人民政府关于做好2018年春节文化活动的通知), the number line no part of it, and the title line alone stays accepted — written in the pair form the scorer reads 「title line（issuer + title line）」, either passing")

write_collected(DIR)

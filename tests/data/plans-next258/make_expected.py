# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next258/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c258, round 51: eight page openings of plans from outside Shanghai whose tasks
name their units — a 区's 城区清雪 duties (一)–(八) 「区X局负责…」 (文登: 米山镇, 秀山路); 洋县's 烟花爆竹燃放管理规定 (articles,
第二条 1.–5. inside one paragraph); 石家庄's 烟花爆竹安全监管 职责分工 (a flattened table 「序号 涉及部门 职责分工」, rows on one
line); 高港区's 责任清单 entry 中考、高考保障 (a department column, unnumbered rows); a 县's 招商引資工作考核方案 (traditional; a
lead-in 「由A牽頭B、C…核定」 over 1、–3、); 大涌鎮's 2018 清明節祭掃工作方案 (traditional with inline pinyin; (二)工作職責 1.–3.);
page 2 of a 市's 治超 plan ((八)市财政局负责… (十三), 四、(一)–(三)); page 1 of another 治超 plan (unit headings (二)公安部门 1.–4.
…(九)监察(纠风)部门)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line or the path names no number); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–58 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c258.

    python tests/data/plans-next258/make_expected.py tests/data/plans-next258
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, ONE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line, or a row the text does not number: the line where the nth marker
# ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x258_01_wendeng-qu-chengqu-qingxue-zhize.txt"
plan(X01,
     title_note=NO_TITLE + "the page's text opens at 「(一)」: no title, issuer or date is printed",
     doc_no="", issuer="a 区 (not named; its streets 秀山路, 文昌路, 昆嵛路, 圣海路 and its town 米山镇 are 威海市文登区's)",
     date="not shown", level="district (a 区; 区城乡建设局, 区公路局 … 米山镇, 各街道办事处)",
     source=page_source("https://m.shutu.cn/template/c4623879.html"),
     style="a template site's preview holding only the plan's duty items: (一)–(八), one a line, each 「区X局负责…的清雪工作」 — "
           "(一) two bodies in two sentences, (五) four names before 「等部门」, (六) 负责 over money, (七) a town by its name, (八) "
           "「各街道办事处、经济开发区负责…组织督导…」",
     leaf_tasks=8, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], ["区城乡建设局", "区城市综合管理委员会办公室"],
          note=R2 + ": two sentences, each 「A负责…」 — rule 2's several clauses, all their bodies in printed order; lead [] (no "
               "牵头); 「督促沿街单位、个体工商户及时清扫…」: the objects of 督促 are no units (round 30's pivot); " + NODATE),
        S(["(二)"], [], ["区公路局"], lead_alternatives=[["区公路局"]],
          note=R2 + ": 「区公路局负责秀山路…的清雪工作」; " + ONE + "; 「(文昌路以东、昆嵛路以西)」 names the stretch, no body; " + NODATE),
        S(["(四)"], [], ["区公安局"], lead_alternatives=[["区公安局"]],
          note=R2 + ": 「区公安局负责保证清雪路段道路畅通」; " + ONE + "; " + NODATE),
        S(["(五)"], [], ["区经济和信息化局", "中小企业局", "住房保障房产管理局", "财贸办"],
          responsible_alternatives=[["区经济和信息化局、中小企业局、住房保障房产管理局、财贸办等部门"]],
          note=R2 + ": 「A、B、C、D等部门负责组织各企业…等单位及时完成清雪工作」 — separate heads before 「等部门」 give A, B, C, D "
               "(round 35: the 等… tail dropped; round 40: 区 stays with the first name only, names as printed); the objects of 组织 "
               "(各企业、物业服务公司、商场商户等单位) are no units (round 30); the whole string as one name is accepted; " + NODATE),
        S(["(六)"], [], ["区财政局"], lead_alternatives=[["区财政局"]],
          note=R2 + ": 「区财政局负责安排专项资金,保障专业清雪所需费用」 — 负责 keeps money as work (round 37 「负责统筹安排并予以保障」; "
               "round 48: a rule-2 verb keeps money as work, 负责…安排), so the bureau is a doer, not a payer; " + ONE + "; " + NODATE),
        S(["(七)"], [], ["米山镇"], lead_alternatives=[["米山镇"]],
          note=R2 + ": 「米山镇负责站前路…的清雪工作」 — a town named by its name is a body (round 53's 「xx镇」; rounds 46, 48: 浦东新区, "
               "崇明区); 镇 standing alone would be a place (round 43); " + ONE + "; " + NODATE),
        S(["(八)"], [], ["各街道办事处", "经济开发区"],
          note=R2 + ": 「各街道办事处、经济开发区负责…,组织督导辖区内各村(居)、企业、经营业户和居民…」 — two bodies (round 30's "
               "「各镇、园区」: 各 not shared); the objects of 组织督导 are no units (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves: (一)–(八), each a duty item with its bodies by rule 2 (负责); no heading is printed above them on this page",
            "「“门前三包”」 is the name of a duty scheme (a figure in a name, no target)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x258_02_yang-xian-yanhua-baozhu-ranfang-guanli-guiding.txt"
plan(X02,
     title="洋县烟花爆竹燃放管理规定",
     title_note="line 5, the rules' own title line (line 3 is the forum's headline 「…规定发布」, line 1 the forum's byline)",
     doc_no="", issuer="洋县 (汉中, 陕西; the county's rules as a local forum reprinted them)",
     date="2023-12-27 (the forum's post date, the forum's own)", level="county (洋县)",
     source=page_source("https://www.yxrxw.com/archiver/tid-4040.html"),
     style="a local forum's reprint of a county's rules in articles 第一条–第六条 (CUT in 第六条 「…的,由县」); 第二条 holds items "
           "1.–5. inside one paragraph (「1.镇(街道)负责…;2.县公安局负责…;3.县城管执法大队协助县公安局做好…;4.…等部门…协助…;5.…」); "
           "第三条 names seven kinds of bodies with 落实…主体责任 and 负责; 第四条 a zone and its times, 第五条 a ban, 第六条 a ban and a "
           "breach's response cut at its agent",
     leaf_tasks=7, count_alternatives=[6, 8, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第二条", "1"], [], ["镇(街道)"], lead_alternatives=[["镇(街道)"]], **at(X02, "第二条1."),
          note="round 34: items numbered inside one paragraph, running in order from 1, are items as if each stood at a line "
               "start; " + R2 + ": 「镇(街道)负责本行政区域烟花爆竹燃放管理的组织领导」 — the county's towns, a kind of body (round 45's "
               "「镇(街道)负责组织…」 in a city's rules); " + ONE + "; " + NODATE),
        S(["第二条", "3"], [], ["县城管执法大队"], lead_alternatives=[["县城管执法大队"]], **at(X02, ";3."),
          note="「县城管执法大队协助县公安局做好城市烟花爆竹燃放管理工作」: 协助 with a subject of its own reads as 配合 (rounds 38, "
               "47) and makes it a doer (round 46, p44g; round 54 on 「建设单位应当配合区生态环境局做好…」; in articles any verb of doing, "
               "round 44); 县公安局, the body served, is a unit only by a rule-2 verb of its own or under a work heading (round 54) — "
               "第二条 has no heading; " + ONE + "; " + NODATE),
        S(["第二条", "4"], [], ["县应急管理局", "县生态环境局", "县市场监管局", "县教体局", "县住建局", "县卫健局", "县文旅局", "县融媒体中心"],
          **at(X02, ";4."),
          note="「A、B、…、H等部门,在各自职责范围内协助县公安局做好…相关工作」: 协助 with its own subject (as 3.); eight separate heads "
               "before 「等部门」 give the eight names, the tail dropped (round 35); 县公安局, served, none (round 54); lead []; " + NODATE),
        S(["第二条", "5"], [], ["镇(街道)", "部门"], responsible_alternatives=[["镇(街道)"]], **at(X02, ";5."),
          note="「镇(街道)、部门、相关单位应在…中广泛开展…宣传工作,积极引导…」: in articles the subject of any verb of doing is a doer "
               "(round 44; 开展 with 应); 部门 is a kind (rounds 33, 44, 47: 各部门, 其他部门), 相关单位 the bare catch-all, a call (round 33): "
               "RULING? — a bare 「部门」 beside 镇(街道); [镇(街道)] accepted; " + NODATE),
        S(["第三条"], [], ["镇(街道)", "社区", "村组", "机关", "团体", "学校", "企事业单位"],
          responsible_alternatives=[["镇(街道)", "社区", "村组"]], **at(X02, "第三条   "),
          note=R2 + ": 「镇(街道)、社区、村组和机关、团体、学校、企事业单位要落实本辖区和本单位…的主体责任,负责做好…监管工作」 — "
               "落实 and 负责 (rule 2), a designation by 主体责任 (rounds 39, 46); 和 joins whole names (round 34); each a kind of body "
               "(round 34: a kind before 单位 makes a kind); the three territorial bodies alone accepted (机关、团体… may read as "
               "the regulated public, rounds 41, 56); " + NODATE),
        S(["第六条"], [], [], **at(X02, "第六条"),
          note="「禁止燃放区域内禁止销售、燃放烟花爆竹。违反本《规定》…燃放烟花爆竹的,由县[cut]」: the article's own step after a "
               "breach 「…的,由A…」 is its work (rounds 42, 51, 52), so it is a task, but the page cuts the agent's name after 县: a "
               "name the page cuts off is dropped (round 36) and a word cut at the end is read as nothing (round 41): " + NONE
               + "; RULING? — a count without 第六条 (6) is accepted; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 第二条/1.–5. (round 34: numbers in order inside one paragraph), 第三条, 第六条 (CUT at its agent); 第一条 "
            "states purpose and basis (a general provision, round 30); 第四条 sets the ban zone and the times fireworks may be let "
            "off there and 第五条 bans them in a smog alert — rules for the public with no body named (rounds 36, 37, 52), no tasks "
            "(RULING?: 「城区设立烟花爆竹禁止燃放区」 has no subject; read as the zone's definition). Accepted: 6 (without the cut "
            "第六条), 8 (with 第四条), 3 (第二条 read as one article task)",
            "春节(除夕至正月初五)、元宵节 in 第四条 are the times a standing ban lifts (round 47's time of force), no deadline; no "
            "item prints a date, a quantity or a report"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x258_03_shijiazhuang-yanhua-baozhu-anquan-jianguan-zhize-fengong.txt"
ROW03 = (R1 + ": a row of the table 「序号 涉及部门 职责分工」 printed one row a line (number, department, duties): the "
         "涉及部门 cell is the row's unit (a table column; plans-next203's x203_08 reads the same site's table so); no lead named: "
         + ONE + "; the duties' own sentences add nothing (rule 1)")
plan(X03,
     title="烟花爆竹安全监管",
     title_note="line 1, the name of the matter the duty list is for, as printed (as plans-next203 x203_08)",
     doc_no="", issuer="石家庄市 (the city's 机构编制 site: a 职责分工 entry; 「市公安局」「市应急管理局」…)",
     date="2024 (the page's address 202407/25)", level="city (石家庄, 河北; a duty-boundary list of city departments)",
     source=page_source("http://sjz.hebjgbz.gov.cn/columns/b141c7a2-254b-4ba5-9707-9f0ab3d2923f/202407/25/"
                        "927f004a-20fa-48f9-91cc-68573391114b.html"),
     style="a city's duty list for one matter, the whole page: the matter's name, a header line 「序号 涉及部门 职责分工」, seven "
           "rows each on one line 「1 市公安局 负责…」 (row 6 「市交通运输局等有关市直部门」, row 7 「其他」 over enterprises' 主要负责人), "
           "then 「相关依据:」 with four numbered citations 「1.《…》」–「4.市应急管理局“三定”规定」 (a list that gives no work); no 附件 line",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["市公安局"], lead_alternatives=[["市公安局"]], **at(X03, "\n1 "),
          note=ROW03 + "; " + NODATE),
        S(["2"], [], ["市应急管理局"], lead_alternatives=[["市应急管理局"]], **at(X03, "\n2 "),
          note=ROW03 + " — 「会同有关部门依法查处…」 does not add 有关部门 (rule 1: the label decides); " + NODATE),
        S(["4"], [], ["市供销社"], lead_alternatives=[["市供销社"]], **at(X03, "\n4 "),
          note=ROW03 + "; " + NODATE),
        S(["6"], [], ["市交通运输局"], lead_alternatives=[["市交通运输局"]],
          responsible_alternatives=[["市交通运输局等有关市直部门"]], **at(X03, "\n6 "),
          note=ROW03 + " — the cell 「市交通运输局等有关市直部门」: a full name before an 「等有关…部门」 tail gives the name, the tail "
               "dropped (round 35; round 58's governs on 「A、B等相关部门」); the cell as printed accepted; 「有责任组织查处…」 "
               "adds nothing (rule 1); " + NODATE),
        S(["5"], [], ["市行政审批局"], lead_alternatives=[["市行政审批局"]], **at(X03, "\n5 "),
          note=ROW03 + "; 「…审查事项的受理、审查、决定」 is the row's work (a licensing body's own step, not rule 3's approver of "
               "another item: the row's whole work is the review); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: rows 1–6 (paths by the row number: the table is the page's body, not an attachment). Row 7 「其他 "
            "烟花爆竹生产、经营、运输企业和…主办单位的主要负责人,对本单位的烟花爆竹安全工作负责」: its cell names no body and its "
            "subject is a post holder, a person (rounds 30, 46: a post holder's duties are no tasks) — no task; 7 accepted "
            "(RULING?: a 「其他」 row of persons in a department column)",
            "「相关依据:」 1.–4. are citations of the rules the duties rest on, a list that gives no work (round 35), no tasks; "
            "「国务院令第455号」「〔2005〕6号」 are document numbers (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x258_04_gaogang-qu-zhongkao-gaokao-baozhang-zhize-bianjie.txt"
ROW04 = (R1 + ": a row of the table 「相关部门 | 职责分工」 flattened one cell a paragraph (department, then its duties; rows "
         "unnumbered, paths by the department's name and first words, round 38): the 相关部门 cell is the row's unit (a table "
         "column; round 45: a duty list with a column of departments is a rules text that gives work); no lead named: " + ONE
         + "; the duties' own sentences add nothing (rule 1)")


def row04(name):
    """Line of the department cell ``name`` (a paragraph of its own) and its first words (the cell, as x203_08 reads a row)."""
    lines = (DIR / X04).read_text(encoding="utf-8").split("\n")
    i = lines.index(name)
    return {"line": i + 1, "title_starts": name[:8]}


plan(X04,
     title_note=NO_TITLE + "the matter's name stands only in a field line 「管理事项 中考、高考保障」 under the site's chrome "
                "(lines 1–3: site name, breadcrumbs 「责任清单 > 公安分局 > 与相关部门的职责边界」); 「中考、高考保障」 would be its name",
     doc_no="", issuer="泰州医药高新区(高港区) (Jiangsu; the 区's 责任清单 of 公安分局, a duty-boundary entry)",
     date="2015 (the page's address art/2015/7/30; the cited notice is of 2014)",
     level="district (高港区; 区公安分局, 区教育局 …)",
     source=page_source("http://tzgg.jszwfw.gov.cn/art/2015/7/30/art_152979_2046.html"),
     style="a district's 责任清单 entry (与相关部门的职责边界) for one matter, 中考、高考保障: chrome lines, 「管理事项 …」「职责分工 "
           "职责分工」, a table 「相关部门 / 职责分工」 flattened to paragraphs — six rows (区公安分局, 区教育局, 区市场监管局, 区卫计委, "
           "区交通分局, 区环保局), then 「相关依据」 (one cited notice) and 「案 例」 (a paragraph reporting how an exam season was run)",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["区公安分局"], [], ["区公安分局"], lead_alternatives=[["区公安分局"]], **row04("区公安分局"),
          note=ROW04 + "; the row's duties are noun phrases (「维护考点周边安全、…安全保障」), work all the same under the "
               "column (round 45); " + NODATE),
        S(["区教育局"], [], ["区教育局"], lead_alternatives=[["区教育局"]], targets=[(1, "次")], **row04("区教育局"),
          note=ROW04 + " — 「会同保密部门和公安部门,对所有考区试卷保密室进行一次…专项检查」 does not add the partners (rule 1); the "
               "check the row holds 「一次」 is its own number of work (rounds 37, 52's 「五个一」, 58: 1 次 a target); 「层层签订…责任书」 "
               "is no report (no duty); " + NODATE),
        S(["区卫计委"], [], ["区卫计委"], lead_alternatives=[["区卫计委"]], **row04("区卫计委"),
          note=ROW04 + "; " + NODATE),
        S(["区环保局"], [], ["区环保局"], lead_alternatives=[["区环保局"]], **row04("区环保局"),
          note=ROW04 + " — 「(交通运输噪声由交警部门查处)」 inside the row adds nothing (rule 1: the label decides; it says who "
               "else answers for another noise, a scope); 「中、高考期间」 is the yearly exam season, a standing rhythm: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: the six department rows. 「相关依据」 cites one notice (a list that gives no work, round 35). 「案 例」 reports "
            "how one exam season was run (「高考前夕,区政府牵头,组织召开…联席会议…」): past facts, an example, no work given (rounds 25, "
            "33, 46: review that reports what was done) — no task; 7 accepted (RULING?: a 案例 paragraph under a duty list)",
            "the row 区市场监管局 「考点周边宾馆及服务业、餐饮卫生检查」 and 区交通分局 are read like the sampled rows (rule 1)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x258_05_xian-zhaoshang-yinzi-gongzuo-kaohe-fangan.txt"
LEAD05 = ["縣招商引資工作領導小組辦公室"]
UNITS05 = ["縣招商引資工作領導小組辦公室", "高新技術產業園區", "縣財政局", "縣審計局", "縣國稅局", "縣地稅局", "縣商務和糧食局"]
RULE4 = ("rule 4 (closed in round 39): the lead-in of 四 「…由縣招商引資工作領導小組辦公室牽頭高新技術產業園區、縣財政局、…、縣商務和"
         "糧食局等有關單位,對符合考核方案要求的項目核定到位資金」 is a rule-2 clause — 「由A牵头B、C＋verb」 reads as 「由A牵头，B、C配合」 "
         "(round 33): lead A, responsible A, B, C… in printed order, the 「等有關單位」 tail dropped (round 35) — and its work (核定) is "
         "the items' work (round 44: a lead-in about their work), so it gives its bodies to the items, which name none")
plan(X05,
     title="招商引資工作考核方案",
     title_note="line 1, the piece's title line on a 范文 site (traditional; lines 2–3 are the site's date and 導語)",
     doc_no="", issuer="a 縣 (not named; 高新技術產業園區, 陶瓷工業園, 縣商務和糧食局, 縣交通運輸和旅游局)",
     date="not shown (the site's 2022-04-25 is the site's; 國稅局 and 地稅局 date the text before 2018)",
     level="county (a 縣's 考核方案 agreed by 縣委、縣政府)",
     source=page_source("http://www.uv63h8.cn/article/xzgaoshou/gongzhuo/201604/627581.html"),
     style="a 范文 site's copy in traditional characters: title, site lines, a one-sentence preamble; 一、考核機構 (a body named on "
           "a line of its own), 二、考核對象 1、2、 (who is assessed), 三、考核要求 1、–4、 (conditions a project must meet; 4、 「…等單位要"
           "引進規模以上招商引資項目(…5000萬元以上)」), 四、考核細則: a lead-in with rhythms and 「由A牽頭B、C…核定到位資金」, then 1、–3、 — "
           "CUT in 3、 「鼓勵鄉鎮引進項目到園區集聚發展,」",
     leaf_tasks=2, count_alternatives=[3, 4, 6, 7], attachment_task_rows=0,
     childless_top_level_sections=["一、考核機構"],
     samples=[
        S(["三", "4"], [], [], targets=[(5000, "萬元")],
          responsible_alternatives=[["高新技術產業園區", "陶瓷工業園", "商務和糧食局", "交通運輸和旅游局", "城鄉投資有限公司", "農業局", "水利局"]],
          note="「高新技術產業園區、陶瓷工業園、…、水利局等單位要引進規模以上招商引資項目(單個項目固定資產投資在5000萬元以上)」 gives "
               "work (要) to named bodies, but 引進 is outside rule 2's closed list (round 30; outside articles, round 44): " + NONE
               + "; a task naming no unit in a plan whose units stand elsewhere (round 40; the count without it, 2, accepted); the "
               "seven names (等單位 tail dropped, round 35) accepted; 5000萬元 with 以上 is the class the item's work is to reach "
               "(round 40: 「建设1万吨以上的收储点」), a target; " + NODATE),
        S(["四"], LEAD05, UNITS05, lead_alternatives=[[]],
          note="aligned round 52 (Round 59 rulings, written early, turned: rounds 46, 57 over round 43's subjectless points): "
               "「1、對…的項目,按實際到位資金多少進行排位」「2、…將資金到位數平均分配…」 say how the assessment counts, with no doer "
               "and no 要／應 — the scheme's terms (round 46's x204_04; round 57's x251_01), text; the lead-in ends in 。, so it is "
               "no colon its items complete (round 50); with 四/3 an encouragement (round 55), 四 is one task by its lead-in: "
               + RULE4 + " (round 54); lead [] accepted (round 30); 「每季度一講評,半年一調度,年底考核排名」 is a rhythm (round "
               "34): " + NODATE),
     ],
     plan_targets=[(100, "萬元"), (2000, "萬元"), (500, "萬元"), (1000, "萬元")],
     phases=[], duties=[],
     notes=["2 leaves (aligned round 52 by Round 59 rulings, written early: 四/1–2 are the assessment's terms, 四 one task by "
            "its lead-in; the builder's 3 — 三/4, 四/1, 四/2 — stays accepted, as the ruling says): 三/4 (a task naming no unit), "
            "四 (the lead-in's bodies, rule 4). Not tasks: 一、考核機構 (a "
            "plan-level field naming who assesses, round 42), 二/1–2 (who is assessed: a field on whom the work bears, round 44), "
            "三/1–3 (conditions a project must meet to count — a list that gives no work, round 35, though printed with 要 on "
            "the project as subject, a thing, round 41: RULING?), 四/3 (「鼓勵鄉鎮引進項目…」, an encouragement, a term of the "
            "scheme, round 55 on incentive items; CUT). Accepted: 3 (the builder's reading, 四/1–2 tasks), 4 (with 四/3), "
            "6 (with 三/1–3), 7 (as before the alignment)",
            "plan targets: 三/2 「注冊資金不少于100萬元」 and 三/3 「…固定資產投資在2000萬元以上」「…500萬元以上」「…1000萬元以上」 — "
            "standards a project must meet to be counted (round 40) in items that are no tasks (round 48: their figures are plan "
            "targets); traditional 萬元 as printed (the scorer folds 萬 to 万)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x258_06_dayong-zhen-2018-qingmingjie-jisao-gongzuo-fangan.txt"
DUTY06 = ("round 35 (Round 38: 「X职责」「工作职责」 headings give out work): under 「(二)工作職責」 every body its items give work, "
          "by any verb of doing, is a unit (round 34's 职责分工 heading, a label of doers)")
plan(X06,
     title="大涌鎮(zhèn)清明節(jié)祭掃工作方案",
     title_note="line 5, the plan's own title line as printed — the site's inline pinyin 「(zhèn)」「(jié)」 kept (round 39); the "
                "cover (lines 1–4) prints no title of its own; 大涌镇清明节祭扫工作方案 is the plan's name",
     doc_no="", issuer="大涌鎮黨政辦公室 (中山市大涌镇, 广东)", date="2018年3月27日 (2018-03-27)",
     level="town (大涌镇; 社會事務局, 農業局, 公安分局 are the town's bureaus)",
     source=page_source("https://youhaodoor.com/dyz/zcgw/qtwj/content/post_1290536.html"),
     style="a copy in traditional characters with the site's inline pinyin 「鎮(zhèn)」「協(xié)調」 and doubled commas 「,,」「,、」; "
           "a cover notice (to 各有關單位、村(社區)), the issuer's line and date, the title; 一、工作任務 (a childless point of aims), "
           "二、組織機構及工作職責 (一)成立…領導小組 (persons by their posts, an office set up), (二)工作職責 1.–3. — CUT in 3. 「公安分局"
           "負責清明祭掃高」. plans-next145 took the town's 2017 plan (x145_03, 1 % overlap)",
     leaf_tasks=3, count_alternatives=[4, 5], attachment_task_rows=0, childless_top_level_sections=["一、工作任務"],
     samples=[
        S(["二", "(二)", "1"], [], ["社會事務局"], lead_alternatives=[["社會事務局"]],
          note=DUTY06 + ": 「社會事務局全面負責組織、協調、指導群眾祭掃工作,…組織下屬單位祥安仙福園的工作人員進行安全防范教育」 — "
               "the bureau (負責); the 工作人員 of 祥安仙福園, the object of 組織, are persons (round 30), no unit; " + ONE + "; 「我鎮"
               "清明節祭掃活動」 names the plan's whole event (round 52: a day in the event's name dates nothing): " + NODATE),
        S(["二", "(二)", "2"], [], ["農業(yè)局"], lead_alternatives=[["農業(yè)局"]], responsible_alternatives=[["農業局"]],
          dl="清明節(jié)期間", dln="2018-04",
          note=DUTY06 + ": 「農業(yè)局制定相應工作措施,加強清明節期間祭掃的山林巡查力度,切實做好…防火安全管理工作」 — 制定／加強／做好 "
               "are outside rule 2, but under a work heading any verb of doing names its body (round 34); the name as printed, the "
               "site's pinyin 「(yè)」 kept (round 39: 「農(nóng)業(yè)…」 kept as printed), 農業局 accepted; " + ONE + "; 「清明節期間」 "
               "in the item's own text dates it by the festival's month in the plan's year (round 46 decided, p44e): 2018-04"),
        S(["二", "(二)", "3"], [], ["公安分局"], lead_alternatives=[["公安分局"]],
          note=R2 + " and " + DUTY06 + ": 「公安分局負責清明祭掃高[cut]」 — the name stands whole before the cut (round 42), 負責 "
               "is printed; " + ONE + "; the period word the page lost is read as nothing (round 41), so no date is read: "
               + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(二)/1–3 (3. CUT). 一、工作任務 states aims and a stance (「堅持…宗旨,努力營造…氛圍,切實做好…工作,努力實現"
            "文明祭掃、平安清明」) with no doer: a childless point of aims, a section (rounds 49, 58); 二/(一) sets up the leading "
            "group and lists persons by post and an office (「下設辦公室於社會事務局」): it tells no one to act, no task (round 57's "
            "x255_03 三, x255_06 一/1). Accepted: 4 (with 一 or (一)), 5",
            "the cover's 「實施過程中遇到問題,請徑向社會事務局反映」 is a contact for problems, no report (no duty)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x258_07_shi-chaoxian-chaozai-zhili-fangan-di2ye.txt"
plan(X07,
     title_note=NO_TITLE + "page 2 of a law site's copy: the plan's title, issuer and its items (一)–(七) stand on page 1",
     doc_no="", issuer="a 市 (not named; 市财政局, 市物价局, 市法制局, 市纠风办, 市委宣传部门)",
     date="not shown (物价局, 法制局, 工商-era names: before 2018)", level="city (a 市's 车辆超限超载治理 plan)",
     source=page_source("http://ask.fsou.com/html/text/lar/171488/17148882_2.html"),
     style="page 2 of a law site's copy: it opens at (八) of a section of department duties whose heading is on page 1 — "
           "(八)市财政局负责…(十三)市发改、经贸等局依职责协助…; then 四、加强监管力度,实施源头管理 (一), (二) with (1)(2), (三) — CUT "
           "in (三); the site breaks lines inside 《…》 (「《\\n道路运输条例》」)",
     leaf_tasks=10, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(八)"], [], ["市财政局"], lead_alternatives=[["市财政局"]],
          note=R2 + ": 「市财政局负责按计划及时核拨治超经费,监督治超经费使用,为治超工作正常运作提供保障」 — 负责 keeps money as "
               "work (rounds 37, 48; 核拨 under 负责 is the bureau's work, not a bare cost verb); " + ONE + "; the section's heading is "
               "on page 1, not read (round 53: only what is printed); " + NODATE),
        S(["(九)"], [], ["市物价局"], lead_alternatives=[["市物价局"]],
          note=R2 + ": 「市物价局负责会同制定…收费标准,会同制定损路赔(补)偿标准」 — 负责; 会同 names no partner, so it adds none "
               "(round 39: 协同 with no partner names no doer; rounds 30, 34); " + ONE + "; " + NODATE),
        S(["(十一)"], [], [], responsible_alternatives=[["市纠风办", "查禁公路“三乱”督察队"]],
          note="「市纠风办和查禁公路“三乱”督察队依法开展执法督导工作,查处…,预防…」: 开展／查处／预防 are outside rule 2's closed list "
               "(round 30), and the work heading that may stand above (八)–(十三) is on page 1, not printed here (round 53): "
               + NONE + "; RULING? — a run of department duty items whose heading the page lost; the two bodies (和 joins two "
               "whole names, round 34) accepted; " + NODATE),
        S(["(十二)"], [], ["市委宣传部门"], lead_alternatives=[["市委宣传部门"]],
          note=R2 + ": 「市委宣传部门负责组织新闻媒体做好…宣传报道」 — 负责; 新闻媒体, the object of 组织, is no unit (round 30); "
               + ONE + "; " + NODATE),
        S(["(十三)"], [], ["市发改、经贸等局"], lead_alternatives=[["市发改、经贸等局"]],
          responsible_alternatives=[["市发改", "经贸等局"]],
          note="「市发改、经贸等局依职责协助有关治超工作」: 协助 with a subject of its own reads as 配合 (rounds 38, 47) and makes it "
               "a doer (rounds 42, 44: 「A应当配合做好…工作」 with no partner, A is a doer; round 46); fields before one head "
               "「…等局」 are one name as printed, 等 kept (round 31: 「人事、卫生等部门」); the split accepted; " + ONE + "; " + NODATE),
        S(["四", "(一)"], [], ["各级人民政府", "各厂(矿)企业", "货物装载场(站)", "砂石场"],
          responsible_alternatives=[["各级人民政府"]],
          note=R2 + ": 「各级人民政府强化管理,落实各厂(矿)企业、货物装载场(站)、砂石场等有关单位防止车辆装载超限超载的主体责任,"
               "并与其签订责任书」 — 各级人民政府, a kind (round 41), by 落实 (rule 2); 落实 X的主体责任 names X as the parties who "
               "answer (round 46's 「充分落实各相关征收事务所、建设单位的主体责任」; round 52's 压实…主体责任), the 「等有关单位」 tail "
               "dropped (round 35); [各级人民政府] alone accepted; " + NODATE),
        S(["四", "(二)", "(2)"], [], ["车辆货物装载场(站)、大型厂矿企业、砂石场等企业许可(审批)机关"], not_targets=[(3, "次")],
          note=R2 + ": 「车辆货物装载场(站)、大型厂矿企业、砂石场等企业许可(审批)机关落实黑名单制度,建立…」 — 落实 (rule 2); the "
               "subject is a list closed by a shared head 「…等企业许可(审批)机关」, one group as printed (round 42 continued; round 48's "
               "x220_02 4.1); 「原发证机关…依法进行检查和处罚」: 进行 is outside rule 2 outside articles (round 37), no unit; 「对一年内"
               "超限3次以上(含3次)的车辆和驾驶员进行曝光」: the figure stands inside the noun naming the class the work picks — a "
               "class, not_target (round 58 turned; round 51); lead []; " + NODATE),
        S(["四", "(三)"], [], [], responsible_alternatives=[["交通部门"]],
          note="「交通部门按照《道路运输条例》…的规定,对为超限超载车辆提供便利的…经营者,责令其改正并予以处罚;对不符合[cut]」: 责令 "
               "and 处罚 are outside rule 2's closed list outside articles (rounds 30, 44), and no 由 stands before 交通部门 (round 45's "
               "「由相关部门依法给予行政处罚」 needs 由): " + NONE + "; [交通部门] accepted (RULING?, as (十一)); " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: (八)–(十三) (the end of a section of department duties begun on page 1), 四/(一), 四/(二)/(1)–(2), 四/(三) "
            "(CUT); 四/(二) has children (its line is their lead-in). Accepted: 9 (without the cut (三))",
            "paths are as printed on this page: (八)–(十三) stand with no parent heading (page 1 holds it); 四's items under 四"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x258_08_chaoxian-chaozai-zhili-bumen-zhize-di1ye.txt"
HEAD08 = ("rule 1 (a unit heading; rounds 38, 45, 50: a heading naming one body over its own duties gives its items that "
          "body): ")
plan(X08,
     title_note=NO_TITLE + "page 1 (the second page) of a law site's copy: the plan's title, issuer and its first section stand on "
                "page 0",
     doc_no="", issuer="a 市 or 县 (not named; 「省发改委」 names the province's body; 交通、公安、发展改革、工商、质监 … 部门)",
     date="not shown (工商、质监、安全监管 names: before 2018)", level="a city's or county's 治超 plan (部门 by field, no level printed)",
     source=page_source("http://www.fymate.net/html/text/lar/170263/17026344_1.html"),
     style="page 1 of a law site's copy, opening inside a section of department duties: 「5.将路面执法中发现的…通报有关部门,配合有关"
           "部门开展…查处工作。」 (item 5 of a heading on the page before), then unit headings (二)公安部门 1.–4., (三)发展改革部门 "
           "1.–2., and (四)工商部门 … (九)监察(纠风)部门 each a heading line over one paragraph — CUT in (九)",
     leaf_tasks=13, count_alternatives=[12], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["5"], [], [],
          note="「将路面执法中发现的非法改装、拼装车辆通报有关部门,配合有关部门开展…查处工作」: its heading (the page before) is not "
               "printed (round 53), and the item has no subject: 配合 with no doer names none (rounds 34, 46), 「配合有关部门」 a "
               "partner of no doer: " + NONE + "; the sending of the vehicles found to 有关部门 is information passed on by a plan body, "
               "an undated duty (rounds 35, 46); " + NODATE),
        S(["(二)", "1"], [], ["公安部门"], lead_alternatives=[["公安部门"]],
          note=HEAD08 + "「(二)公安部门」 over 1.–4.; 「加强车辆登记管理,禁止非法和违规车辆登记使用」; " + ONE + "; " + NODATE),
        S(["(二)", "3"], [], ["公安部门"], lead_alternatives=[["公安部门"]],
          note=HEAD08 + "「组织交警开展路面执法,依法查处超载等交通违法行为」 — 交警, the object of 组织, adds no unit of its own "
               "(round 44: under a unit label the objects of 组织 are no units of their own); " + ONE + "; " + NODATE),
        S(["(三)", "2"], [], ["发展改革部门"], lead_alternatives=[["发展改革部门"]],
          note=HEAD08 + "「严格按照省发改委制定的…收费标准,指导和监督…收费政策的执行」 — 省发改委 stands inside a description of the "
               "standard (round 30's 「经A认定的企业」), no unit; " + ONE + "; " + NODATE),
        S(["(四)"], [], ["工商部门"], lead_alternatives=[["工商部门"]],
          note=HEAD08 + "the heading 「(四)工商部门」 over one paragraph 「查处非法拼装、改装汽车…依法取缔…企业」: one item, the "
               "paragraph its text; " + ONE + "; " + NODATE),
        S(["(六)"], ["安全监管部门"], ["安全监管部门", "有关部门"], lead_alternatives=[[]],
          responsible_alternatives=[["安全监管部门"]],
          note=HEAD08 + "and its text 「会同有关部门,对因超限超载发生的特别重大的伤亡事故进行调查处理」: the bodies a unit heading's own "
               "text 会同 are responsible with it, the heading's body the lead (round 52 turned on x237_04 第十一条; rounds 38, 39); "
               "有关部门 is a kind (round 33), the partner named by its kind a unit (round 42 continued); lead [] and the heading's "
               "body alone accepted; " + NODATE),
        S(["(七)"], [], ["法制部门"], lead_alternatives=[["法制部门"]],
          note=HEAD08 + "「配合有关部门研究、起草…规范性文件,依法裁决相关行政复议案件」 — 「配合有关部门」 stays a general call under "
               "a unit label (round 41 on x163_04: 配合B gives B only where B is named, 「配合有关部门」 a call); " + ONE + "; " + NODATE),
        S(["(九)"], [], ["监察(纠风)部门"], lead_alternatives=[["监察(纠风)部门"]],
          note=HEAD08 + "「(九)监察(纠风)部门」 — a bracket after a name stays with it (round 34); 「对相关部门在…中的执法行为和行业作风"
               "进行监督」 — the 相关部门 supervised are no units (rule 3's guide/supervisee, round 41's supervised party); " + ONE
               + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将路面执法中发现的非法改装、拼装车辆通报有关部门", "when": None, "when_norm": None}],
     notes=["13 leaves: 5 (the last item of a heading on the page before), (二)/1–4, (三)/1–2, (四)–(九) (each a unit heading over "
            "one paragraph; (九) CUT). Accepted: 12 (without the headless 5)",
            "the one duty: 5.'s 通报有关部门 (information passed on, undated, rounds 35, 46)"])

write_collected(DIR)

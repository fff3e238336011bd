# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next294/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c294, round 57, for round 58: seven page openings from outside Shanghai whose
items give work to named units — page 2 of a 县's 鸡年 元宵节实施方案 (三、 a childless point; 四、 1、–4、 with 「公安局要…」
「县供电支公司要…」「各新闻单位要组织好…」「县住建局要认真组织督查,落实此项工作」); a 镇's “孔明灯”防控宣传整治实施方案 (a document
preview run into two lines: 一、工作目标, 二、工作重点 (一)–(三), 「由镇安委办牵头,供电所配合,…」, CUT); a 市妇联's 2017 “三八”
plan (points 一、–三、 each with a bracket label 「(宣传部牵头)」「(发展部牵头)」 and the field lines 活动时间／2活动地点／3活动内容, the
year printed 「207年」; 四、 CUT); 篇1 of a 范文 page of 乡镇文化活动方案 (中源乡: 工作目标 1、–4、, 工作措施 (一) 1、 with a 承办单位
field, 2、 CUT); 篇一 of a 范文 page of 交通集中整治行动方案 (红旗地区, a street: (一), (二) with 各社區／安監站 and pinyin noise, a
closing paragraph CUT); page 2 of a 乡镇七一活动方案 page (二、节目策划 1、–4、 with 可／也可以 options, then a second piece
「【二】2016年乡镇七一表彰方案」 with 一、–五、 fields and a 大会议程 programme, CUT); 建宁县's 端午节 龙舟表演赛活动方案 (1、 a
headquarters of persons, its office, 成员单位 and seven groups; 2、 (1) teams 「分别由…等9个单位组成」, (2) CUT)): never tune the
parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_line_in``
of ../plans/expected_tools.py); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md`
(rule 1, rule 2 and the rulings of rounds 30–73 are cited in the notes; readings CONVENTIONS does not settle say RULING?).
Neither the parser nor the scorer was run on these plans by c294.

    PYTHONPATH=. python tests/data/plans-next294/make_expected.py tests/data/plans-next294
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"


def single(unit):
    return {"lead_alternatives": [[unit]]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x294_01_xian-jinian-yuanxiaojie-shishi-fangan-di2ye.txt"
FEST01 = ("「元宵节期间」／「节日期间」 would date the item by the festival's month in the plan's year (round 67's x283_02), but "
          "the page prints no year: 「鸡年」 in the site's heading names a year of a twelve-year cycle (2005, 2017, …), and "
          "the site's 「发布时间:2019-04-18」 is its posting (round 62's p52e; round 70) — not checked (RULING?)")
plan(X01,
     title_note="title not checked: page 2 of a 范文 site's piece; 「鸡年元宵节实施方案样本参考」 is the site's heading over its "
                "posting line, and the plan's own title line stood on page 1",
     doc_no="", issuer="a 县 (县供电支公司, 县住建局; not named)", date="not shown (鸡年; the site's posting 2019-04-18)",
     level="county (not named)",
     source=page_source("https://guanchang.qwyd.net/gongzuo/shishifangan/328840_2.html"),
     style="page 2 of a 范文 site's piece: the site's heading and posting line, then 三、 (a childless point on the "
           "activities' quality) and 四、 (the safety of the activities) with 1、–4、 — the whole page (1,264 bytes)",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三"], [], [], skip_deadline=True,
          note="「三、元宵节期间,各种文艺活动都要在创新上下功夫,力求有新内容、…争创高水平、新水平。鼓励广大人民群众积极参与活动。」 — a "
               "childless point that asks the plan's activities to be made so (都要…下功夫, 争创) is read like any point (round "
               "70's x288_04 要求 items holding the plan's own content; rounds 36, 62: a childless point giving work is a task), "
               "naming no body: " + NONE + " — RULING?: it may be read as a stance with no work (round 68's 基本原则 items), "
               "count 4 accepted; deadline: " + FEST01),
        S(["四", "1"], [], [], skip_deadline=True, responsible_alternatives=[["公安局", "交警队"]],
          note="「1、各相关单位要制定方案,报元宵节活动领导组,进行统一部署,在文化活动点公安局要合理布置警力,防止拥挤,…交警队要做好元宵节期间"
               "的交通管制,确保…,做到责任、任务、措施三落实。」 — 制定, 布置 and 做好 are none of rule 2's verbs (round 30: a closed "
               "list); 各相关单位 is a catch-all with no kind (rounds 33, 43); 报A is a receiver (rule 3); 「三落实」 is a noun "
               "with no subject (round 33's 落实 as a noun): " + NONE + " — RULING?: a reader who takes 「A要做好…」 as giving "
               "A the work would write [公安局, 交警队] (accepted); deadline: " + FEST01),
        S(["四", "2"], [], [], skip_deadline=True, responsible_alternatives=[["县供电支公司"]], **single("县供电支公司"),
          note="「2、县供电支公司要做好节日活动期间的电力调度和供给,重点活动场所要搞好预检、防范和部署,制定应急预案,确保…」 — 做好, 搞好 "
               "and 制定 are outside rule 2's list (round 30): " + NONE + " (the company accepted, as 四/1's RULING?); "
               "deadline: " + FEST01),
        S(["四", "3"], [], ["各新闻单位"], skip_deadline=True, **single("各新闻单位"),
          note=R2 + ": 「3、各新闻单位要组织好节日期间文艺活动的宣传、报道工作。」 — 组织 is in rule 2's list whatever its object "
               "(round 43; 「组织好各项工作」 stays 组织, round 57's x253_07; round 48's 「民政部门要组织好…」), and 各新闻单位 is a "
               "kind with a head (新闻单位), a doer, not a general call (round 30: 各部门 with no kind is the call); " + ONE
               + "; deadline: " + FEST01),
        S(["四", "4"], [], ["县住建局"], skip_deadline=True, **single("县住建局"),
          note=R2 + ": 「4、…节日期间各单位要认真负责,做好环境区域、街道的卫生清理工作。沿街各单位门店前一律禁止垒燃旺火,县住建局要认真"
               "组织督查,落实此项工作。」 — 组织督查 (组织＋a verb of work) and 落实 name 县住建局 (rule 2); 「各单位要认真负责,做好…」 is "
               "a general call (round 30: 各单位 with no kind; 认真负责 says how, not a designation of work by a kind), and the "
               "ban on 沿街各单位 gives work with no unit; " + ONE + "; deadline: " + FEST01),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各相关单位要制定方案,报元宵节活动领导组", "when": "", "when_norm": None,
              "note": "四/1: the bodies' own plans sent to the event's leading group — a sending to a body that receives it "
                      "(rounds 32, 40; round 67's x281_01: a step in one's own approval names no unit and is still sent), "
                      "undated (元宵节 with no year, RULING?)"}],
     notes=["5 leaves: 三 (a childless point, RULING?) and 四/1–4. Accepted: 4 (三 read as a stance with no work)",
            "「报元宵节活动领导组」 names a receiver (rule 3): the group, set up on page 1, is no unit of 四/1; the site's heading and "
            "posting line are chrome"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x294_02_zhen-kongmingdeng-fangkong-xuanchuan-zhengzhi-fangan.txt"
plan(X02,
     title_note="title not checked: the document's name stands run in after the preview's chunk number 「1、乡镇“孔明灯”防控宣传整治"
                "实施方案燃放…」 (a site's page heading 「…_第1页」 above it), with no title line of its own (as plans-next288's "
                "x288_03 docx preview)",
     doc_no="", issuer="a 镇 (「我镇」, 靖江; not named)", date="not shown (「结合当前疫情防控工作」: 2020–2022, not printed)",
     level="town (靖江, Jiangsu, by 「靖江烟花爆竹燃放管理规定」)",
     source=page_source("http://www.renrendoc.com/paper/169953886.html"),
     style="a document site's preview: page headings 「…_第1页」–「_第3页」, the site's notices, 「文档简介」, then the text run into "
           "two lines opened by the site's chunk numbers 「1、」 and 「2、」 (the second mid-sentence, 「规定\\n\\n2、,进一步…」): "
           "a preamble, 一、工作目标 (a paragraph), 二、工作重点 (a lead-in), (一), (二), (三) run in — CUT in (三)",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], **at(X02, "务求防控实效。(一)"),
          note="「(一)加强宣传引导。通过镇、村(社区)两级联动,政府各职能部门及供电所之间相互协作,形成立体化、全方位宣传态势,…」 — 联动 "
               "and 协作 are none of rule 2's verbs (round 30), and the lead-in of 二、 (「…充分调动志愿者和党员干部参与…,采取有效措施」) "
               "names no body (rule 4; round 67: 采取 gives none): " + NONE + "; " + NODATE),
        S(["二", "(二)"], [], [], **at(X02, "社会支持。(二)"),
          note="「(二)注重销售源头控制。按照条例第十九条“禁止在本市行政区域内生产、销售孔明灯\"规定,全面排查全镇孔明灯生产小作坊、售卖点。"
               "严密注重网络销售动向,严防…」 — subjectless 排查 and 注重 name no doer (round 30); 「条例第十九条」 inside the quoted "
               "rule is a citation, no article of this plan: " + NONE + "; " + NODATE),
        S(["二", "(三)"], ["镇安委办"], ["镇安委办", "供电所", "派出所", "市监分局", "城管中队", "职能部门"],
          **at(X02, "我镇。(三)"),
          responsible_alternatives=[["镇安委办", "供电所", "派出所", "市监分局", "城管中队"],
                                    ["镇安委办", "供电所", "派出所", "市监分局", "城管中队等职能部门"],
                                    ["镇安委办", "供电所"]],
          note=R2 + ": 「(三)强化联合执法查处。由镇安委办牵头,供电所配合,派出所、市监分局、城管中队等职能部门,建立联合防控网络。重点监管」 — "
               "「由A牵头,B配合」: lead A, responsible A, B (rule 2); the list after it, with no verb of its own before 「,建立…」, "
               "names the partners of the same work, read with 配合 (rule 2's 「B、C配合／参与」 — RULING?: the list may be read as "
               "joined to nothing, [镇安委办, 供电所] accepted); a bare catch-all closing a list of whole names is kept as a group "
               "name (round 64; round 66's x273_02 「…等相关部门」), the list without it and 「城管中队等职能部门」 as one name "
               "accepted; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一)–(三) (CUT in (三)). 一、工作目标 is an aim naming no unit in a plan whose tasks name units (CONVENTIONS "
            "head, round 27; round 68): no task; 4 with it accepted",
            "the site's chunk numbers 「1、」 and 「2、」 open the two stored lines: no items (plans-next288's x288_03); 「根据*等相关法律"
            "法规规定)」 prints a masked law and a lone bracket"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x294_03_shi-fulian-sanba-funujie-huodong-fangan.txt"
YEAR03 = ("the year is printed 「207年」 (the page drops the digit 1 throughout: 「07周年」 for the 107th, no 「1」 before 活动时间); "
          "the site's heading prints 「2017年」 and the 107th 三八 is 2017, so a careful reader takes 2017 — RULING? "
          "(round 48: only what is printed is read; round 67's x289_06: the item's own printed year wins); the point's "
          "活动时间 field dates it (round 35; a span's end, a single day a span one day long, round 37)")
plan(X03,
     title="207年市妇联纪念“三八”国际劳动妇女节活动方案",
     title_note="the document's own title line (line 6), kept as printed with its garbled year (round 67's x283_07: a title "
                "line is told by where it stands and kept as printed; round 65's x275_03: the site's heading 「2017年市妇联纪念"
                "“三八”国际劳动妇女节活动方案」 (line 1) stands only where the text prints none) — RULING?",
     doc_no="", issuer="a 市妇联 (xx市; 青秀区 names Nanning, not printed as the issuer)", date="2017 (the heading; 「207年」 printed)",
     level="city federation (市妇联)",
     source=page_source("http://m.nepao.com/show-118-276030-1.html"),
     style="a 公文 site's page: its heading, 「``」 and a watermark line 「本 文由 第 一 公文 网 收 集 整理5」, the title 「207年…」, a "
           "preamble, then points 一、–四、 each 「开展…活动(X部牵头)」 over three field lines 「活动时间:…」「2活动地点:…」「3活动内容:…」 "
           "(the 1 lost); 「&bsp;」 for a space — CUT in 四、's heading",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], ["宣传部"], ["宣传部"], dl="207年3月4日-5日", dln="2017-03-05",
          note=R1 + ": the bracket 「(宣传部牵头)」 closing the point's heading is its label: lead and responsible 宣传部 (rule 1; "
               "「…(X牵头)」 as in round 32's bracketed leads); the 活动内容 field's 「各县区、开发区妇联、各妇委会、市妇女儿童活动中心…各选送"
               "一个优秀节目…市妇联对优秀节目进行表彰」 adds nothing (rule 1); the three lines 活动时间／2活动地点／3活动内容 are the "
               "point's fields, one task (round 35; round 70's x287_03); deadline: " + YEAR03),
        S(["二"], ["发展部"], ["发展部"], dl="207年3月7日", dln="2017-03-07",
          note=R1 + ": 「二、开展“爱在行囊&bsp;走进基层”关爱女农民工活动(发展部牵头)」 — the bracket label; 「由xx市妇联领导带队,率…同志、"
               "…代表分组前往慰问…」 names persons (领导, 同志, 代表; round 30) and adds nothing (rule 1); 300多人 has no comparison "
               "word (not checked); deadline: " + YEAR03),
        S(["三"], ["发展部"], ["发展部"], dl="207年3月3日", dln="2017-03-03",
          note=R1 + ": 「三、开展“产业到家牵手妈妈”巾帼家政职业技能大赛活动(发展部牵头)」 — the bracket label; 「组织参赛队员开展…竞赛」 "
               "with no subject adds nothing; deadline: " + YEAR03),
        S(["四"], [], [],
          note="「四、开展“家服人员进万家&bsp;真情关爱你」 at the page's end — a heading that prints its work by a verb (开展) is an "
               "item though cut (round 71: a verb of work printed makes the cut line an item, a task naming no unit), and its "
               "bracket label and fields are off the page: only what is printed is read (round 48; round 69: a lost part gives "
               "the item nothing): " + NONE + "; no date printed in the item: no deadline; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一、–四、, each one task of fields (round 35); 3 (without the cut 四、) accepted",
            "the watermark line and 「``」 are the site's; 「2活动地点」「3活动内容」 are field lines whose marks were lost, no items"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x294_04_zhongyuan-xiang-wenhua-huodong-fangan.txt"
plan(X04,
     title_note="title not checked: 篇1 of a 范文 compilation 「2023年乡镇文化活动方案5篇」 (the site's headline); the piece prints "
                "no title of its own (as plans-next288's compilation pieces)",
     doc_no="", issuer="中源乡 (named in the preamble)", date="not shown (「XX年」 masked; the site's posting 2023-10-28)",
     level="township (中源乡)",
     source=page_source("https://www.sdsajt.com.cn/zhuantifanwen/zhenxingxiangzhen/132057.html"),
     style="a 范文 site's page: headline, posting line, blurb, 「乡镇文化活动方案篇1」, a preamble, unnumbered headings 指导思想 "
           "(a paragraph), 工作目标 (1、–4、, aims), 工作措施 ((一) 推进中源乡“五个一”文化工程建设: 1、 a line of fields 「征稿范围:…;"
           "编印时间:XX年10月;承办单位:…;经费预算:30000元。」, 2、 送戏下乡 — CUT)",
     leaf_tasks=2, count_alternatives=[6, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)", "1"], [], ["乡文化站", "中源书画院", "中源诗社", "中源教育诗社经"], skip_deadline=True,
          responsible_alternatives=[["乡文化站", "中源书画院", "中源诗社", "中源教育诗社"]],
          note=R1 + ": 「1、编印诗词、书法、绘画、篆刻、摄影作品综合集。征稿范围:…;编印时间:XX年10月;承办单位:乡文化站、中源书画院、中源"
               "诗社、中源教育诗社经;经费预算:30000元。」 — an item's 承办单位 field is its units label: responsible, no lead (round "
               "35's field blocks; round 38: 承办单位 gives responsible); the last name is kept as printed, 「中源教育诗社经」 (round "
               "48: only what is printed is read; the 经 of 经费 seems doubled), the name without 经 accepted; the 诗社 and 书画院 "
               "are bodies named by their kind (round 65's 舞龙队: a troupe named as the event's doer); deadline: 「编印时间:XX年10月」, "
               "its year masked: not checked (round 48); 30000元 is a budget with no comparison word (not checked)"),
        S(["(一)", "2"], [], [], targets=[(1, "场"), (11, "场")],
          note="「2、送戏下乡。节目内容:…;节目类别:戏剧、相声、小品等;送戏场次:全乡每个村演出1场,共11场;送戏」 — the line is cut before "
               "any 承办单位 field (only what is printed is read, round 48), and 演出 names no doer: " + NONE + "; targets: the "
               "number of shows the item sets, for each village and in all (round 62 decided; round 70's x288_05 「每乡镇4场」 "
               "confirmed): 1 场, 11 场; no date printed in the item: no deadline; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 工作措施 (一)/1, (一)/2 (CUT). 工作目标 1、–4、 「以…为主线,推进…」 state aims naming no unit in a plan whose "
            "tasks name units (CONVENTIONS head; round 68: 工作目标 items stating aims are no tasks): 6 with them accepted; 1 "
            "(without the cut 2、) accepted. 指导思想 is a paragraph, no task",
            "the headline, posting line, blurb and 「乡镇文化活动方案5篇」 are the site's; 指导思想／工作目标／工作措施 stand as headings "
            "with no numbers"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x294_05_hongqi-diqu-jiaotong-jizhong-zhengzhi-fangan.txt"
plan(X05,
     title_note="title not checked: 篇一 of a 范文 compilation, headed 「交通集中整治行動方案篇一」 (the compilation's name and a "
                "piece number, no title of the piece's own)",
     doc_no="", issuer="红旗地区 (a 办事处, 「紅旗辦」)", date="not shown", level="street (红旗地区办事处)",
     source=page_source("http://www.p719.cn/16363726.html"),
     style="a 范文 site's page in traditional characters with pinyin glosses after many characters 「時(shí)間」「社區(qū)」 (the "
           "site's rendering, kept): a blurb, 「交通集中整治行動方案篇一」, an opening paragraph of aims, (一), (二), then an "
           "unnumbered paragraph that sets up a group 「紅旗辦成立由辦事」 — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [], targets=[(2, "次")],
          note="「(一)大力排查整治道路安全隱患。各社區要持續對轄區內…主街道、主支巷道進行排查,每月至少排查兩次,…並根據排查結果填寫《…統計表》,"
               "及時將統計表上報辦事處安監站。安監站要匯總各社區上報的《…統計表》,積極向區級相關單位上報…」 (pinyin glosses left out here) — "
               "進行, 排查, 填寫, 上報 and 匯總 are none of rule 2's verbs (round 30), and 辦事處安監站 as the receiver of 上報 is "
               "rule 3's receiver: " + NONE + "; target: 「每月至少排查兩次」, a floor with 至少 (CONVENTIONS thresholds, round "
               "30), 2 次, the period 每月 no target (round 60); " + NODATE),
        S(["(二)"], [], [],
          note="「(二)大力營造排查整治工作氛圍。各社區要充分利用轄區內資源,通過電子屏、微信公眾平臺及入戶宣傳等方式開展…主題宣傳活動,…」 — "
               "開展 without 組織 names no doer (round 30): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "及時(shí)將統(tǒng)計(jì)表上報(bào)辦事處安監(jiān)站", "when": "及時", "when_norm": None,
              "note": "(一): each 社区 sends its 排查統計表 to the 办事处's 安監站 — a report sent to a body that receives it "
                      "(rounds 32, 40), 及时 no rhythm (the 每月 belongs to 排查, not to the sending)"},
             {"what": "積極向區(qū)級(jí)相關(guān)單位上報(bào)排查處的安全隱患", "when": "", "when_norm": None,
              "note": "(一): the 安監站 passing the hazards found on to the district's bodies — passing others' findings on "
                      "(rounds 46, 48's 转报), undated"}],
     notes=["2 leaves: (一), (二). The paragraph after them, 「為確保…紅旗辦成立由辦事…」, sets up a group (rule 3) and is cut; "
            "unnumbered paragraphs are no tasks after numbered items outside articles (round 54's s48b; round 67's x285_02): 3 "
            "with it accepted. The opening paragraph states aims (no task)",
            "the pinyin glosses 「(qū)」 after characters are the site's rendering (round 39 kept them in a name); no sample's "
            "answer holds a name, so none depends on them"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x294_06_xiang-qiyi-huodong-fangan-di2ye.txt"
plan(X06,
     title_note="title not checked: page 2 of a 范文 site's compilation; the first piece's title stood on page 1, and the second "
                "piece's 「【二】2016年乡镇七一表彰方案」 is a piece heading inside the page",
     doc_no="", issuer="a 乡 (first piece); 琴亭镇 (second piece, its 会标)", date="first piece not shown; second 2016 (its heading)",
     level="township (乡) and town (琴亭镇)",
     source=page_source("https://m.78911.com.cn/CeHuaShu/593046-2.html"),
     style="page 2 of a 范文 compilation: the first piece's 二、节目策划 1、–4、 (1、 and 2、 given as acts, 3、 「也可以由乡组织…」 and 4、 "
           "「可开展…」 as options), then 「【二】2016年乡镇七一表彰方案」: a preamble, 一、会标, 二、时间地点, 三、大会议程 (主持人 and 1、–9、, "
           "the running order of persons' acts), 四、参加会议人员, 五、主席台就座人员 — CUT",
     leaf_tasks=3, count_alternatives=[2, 5, 11], attachment_task_rows=0,
     childless_top_level_sections=["一、会标", "二、时间地点", "四、参加会议人员", "五、主席台就座人员"],
     samples=[
        S(["二", "1"], [], [], skip_deadline=True,
          note="「1、开展一次演讲活动。以歌颂党为主题,由乡内各个层面推选,七一前统一参加乡党委组织的演讲比赛。(可由8到10人参赛)」 — 由A推选 "
               "with 「乡内各个层面」, levels with no kind (round 32's 各方面: none), and 乡党委 inside a noun's description 「乡党委"
               "组织的演讲比赛」 is no doer of the item (round 30): " + NONE + "; deadline: 「七一前」 would be due in July "
               "(round 61's 「在“七一”前」) but the first piece prints no year on this page: not checked (round 48); 8到10人 is an "
               "option's number (可由) with no comparison word (not checked)"),
        S(["二", "2"], [], [], responsible_alternatives=[["乡"]], **single("乡"),
          note="「2、开展一次文艺汇演。…可指定由乡机关、学校、村党支部等选送节目,由乡统一组织汇演,时间可限定在两小时。…也可选择在中心村举行。」 — "
               "「可指定由…选送」 is an option (round 30: 「可由A…」 is no assignment); 「由乡统一组织汇演」 has its own agent, not "
               "reached by 可 (round 40: 可以 reaches its own subject's verbs), but 乡 standing alone in a 乡's plan is the "
               "township speaking of itself, a place (round 43; round 53's x242_06: bare 镇 is none): " + NONE + " — RULING?: "
               "[乡] accepted (由A＋组织 where A is the government); 两小时 is a limit with no comparison word (not checked); "
               + NODATE),
        S(["三"], [], [], skip_deadline=True,
          note="the second piece (one text holding two documents, each with its own title and numbering: the tasks of both "
               "are counted, CONVENTIONS head): 「三、大会议程 (大会开始前奏《国歌》) 主持人:镇党委副书记、镇长同志主持 1、大会开始,由镇党委"
               "副书记、镇长同志宣读主持词;…9、…大会闭幕」 — the running order of one meeting, persons' acts, is its programme: one "
               "task of fields (round 52's x238_03; plans-next288's x288_01 四), 9 and 11 with the lines as items accepted; 由A "
               "with a person (副书记, 镇长, 同志) names no unit (round 30: a person is never a unit): " + NONE + "; deadline: "
               "二、时间地点 「6月30日(星期一)下午2:30」 with the heading's 2016 would give 2016-06-30, but 30 June 2016 was a "
               "Thursday (a Monday in 2014; the text also prints 「总结2011年度党建工作」): the printed facts disagree on the year "
               "(round 70's x289_04: a weekday printed with the day fixes a year) — not checked, RULING?"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the first piece's 二/1, 二/2 and the second piece's 三 (a programme, one task of fields). 二/3 「也可以由乡组织…」 "
            "and 二/4 「可开展…」 are options, no work (round 49 p46b; round 70's x290_04: 可以 reaches every verb of its clause): no "
            "tasks. Accepted: 5 (二/1–4 and 三), 2 (without 三: a meeting's agenda read as fields) and 11 (三/1–9 as items)",
            "the second piece's preamble 「表彰对象的推荐考察工作,分别由镇党委组织,党建办具体实施」 stands before its numbering (a preamble, "
            "no task; rule 4 is for a section's lead-in, round 40); 一、会标, 二、时间地点, 四、参加会议人员 and 五、主席台就座人员 are "
            "fields"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x294_07_jianning-xian-duanwu-longzhou-biaoyansai-fangan.txt"
plan(X07,
     title_note="title not checked: the opening prints no title line; the preamble names the plan 「建宁县201*年端午节龙舟表演赛活动方案」 "
                "inside a sentence",
     doc_no="", issuer="建宁县 (named in the preamble)", date="not shown (「201*年」 masked)", level="county (建宁县, Fujian)",
     source=page_source("http://m.bsmz.net/gongwen/332670.html"),
     style="a 公文 site's page opening on the preamble: 1、龙舟表演赛总指挥部 (persons by name and post; 「指挥部下设赛务办」; 成员单位; "
           "seven 工作小组 with leaders, 「分别负责落实各项筹办工作」), 2、龙舟表演筹备工作 (1) 龙舟队组建 (two lines: teams 「分别由…等9个"
           "单位组成」), (2) 队员训练 — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["1、龙舟表演赛总指挥部"],
     samples=[
        S(["2", "(1)"], [], [], targets=[(9, "支")],
          note="「(1)龙舟队组建:组建9支龙舟表演队(每条龙舟12名队员),分别由供电公司、交通局、…、辉煌建材等9个单位组成。组建9支龙舟表演队(每条"
               "龙舟24名队员),分别由濉溪镇、溪口镇、…、伊家乡等9个乡镇组成。」 — 「由A、B组成」 states members (CONVENTIONS rule 3), "
               "here the bodies whose staff make up each team, not doers of the item; 组建 has no subject: " + NONE + "; target: "
               "「组建9支」, the number of teams the item sets up (round 62 decided: a number of work), 9 支 (both lines print it); "
               "每条龙舟12名／24名 is a team's make-up and 9个单位／乡镇 counts the members (not checked); " + NODATE),
        S(["2", "(2)"], [], [], skip_deadline=True,
          note="「(2)队员训练:6月份在指定水域集训(」 at the page's end — a line that prints its work (集训) is an item (round 71), "
               "naming no body: " + NONE + "; deadline: 6月份 with the year masked 「201*」: not checked (round 48); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 2/(1), 2/(2) (CUT). 1、 sets up the headquarters of persons, its office (「指挥部下设赛务办」), its member "
            "units and seven groups, and gives the groups it sets up 「分别负责落实各项筹办工作」 — a body the item sets up names no "
            "unit there (rule 3; round 70's x285_01 2.1), and an item that only sets up the event's organisation is read as a "
            "section, no task (plans-next288's x288_07 一、组织机构) — RULING?: 3 with 1、 as a task naming no unit accepted",
            "the 成员单位 list 「县委办、政府办、…、溪口镇等为成员单位」 names members (rule 3), no units"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x294_08_xian-2020-chunjie-wenti-huodong-fangan.txt"
plan(X08,
     title="春节文体活动方案",
     title_note="the piece's own title line (line 16) under the site's list of related articles (chrome, round 40), as printed",
     doc_no="", issuer="XX县 (masked; 陕北, 延安: 「延长石油集团有限公司XX采油厂」「延安市禾草沟煤业有限公司」)",
     date="2020 (「2020年春节即将到来」)", level="county (masked XX县, Shaanxi)",
     source=page_source("http://m.zaixiangufen.com/zongjiedaquan/285006.html"),
     style="a 范文 site's page: 「-」 and a list of related articles with their posting times, the title 「春节文体活动方案」, a "
           "preamble, 一、指导思想, 二、组织领导 (a leading group of blank names, its office 「设在县文广局」), 三、活动安排 (「2020年春节共"
           "举办十二项文体活动。」) (一)秧歌 with field lines 主办单位／协办单位／规 模 and a paragraph — CUT in (一)",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导"],
     samples=[
        S(["三", "(一)"], ["县文广局"],
          ["县文广局", "延长石油集团有限公司XX采油厂", "延安市禾草沟煤业有限公司", "XX县中达焦家沟煤业有限公司"],
          targets=[(240, "人")], skip_deadline=True,
          note=R1 + ": the item's label lines 「主办单位:县文广局」「协办单位:延长石油集团有限公司XX采油厂、延安市禾草沟煤业有限公司、XX县中达"
               "焦家沟煤业有限公司」 read as 「由A主办、B协办」: lead A, responsible A and B in printed order (round 44: item label lines "
               "主办／承办; round 47: 協辦單位 beside 主办／承办 lines are responsible); firms named as bodies are units as printed, the "
               "masks kept with their kind (round 53's x241_04: 「xx街民委」); 「组建一支…秧歌队」 with no subject adds nothing "
               "(rule 1); target: 「规 模:秧歌队240人以上」, a floor with 以上 (CONVENTIONS thresholds, round 30): 240 人; deadline: "
               "「从2月9日至2月19日(正月初五至正月十五)」 in a plan of 「2020年春节」 — but 正月初五–十五 fell on 9–19 February in 2019 "
               "(in 2020 on 29 January–8 February): a lunar day printed with its solar day fixes one year (round 70's x289_04), "
               "and the plan's own year says 2020 — the printed facts disagree: not checked (RULING?); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三/(一) (CUT; the lead-in announces twelve activities, one on the page). 二、组织领导 sets up a leading group and "
            "its office 「办公室设在县文广局,…负责整个活动的组织协调工作」 — an office placed in the same breath as the plan's own new "
            "group is set up there and names none (round 73's form): a childless section, no task; 2 with it accepted",
            "the list of related articles (titles with posting times) before the title is the site's chrome"])

# ---------------------------------------------------------------------------------------------------------
X09 = "x294_09_chaoyanghu-zhen-2016-chunjie-wenhua-huodong-fangan.txt"
YEAR09 = ("the year is the plan's, 2016 (「2016年春节即将来临,…现提出2016年春节群众旅游文化活动方案如下」; the site's heading 「2018猴年」 "
          "and 一、's masked 「20**年」 are no reading: round 67's x289_06, the text's own year); a day or a list of days is a "
          "span, due at its end (rounds 35, 37)")
plan(X09,
     title_note="title not checked: the site's heading 「幼儿园春节主题活动方案 [2018猴年春节主题活动方案]」 names another piece, and the "
                "plan's name 「2016年春节群众旅游文化活动方案」 stands only inside the preamble's sentence (round 65's x275_03; round 67's "
                "x283_07: a title line is told by where it stands)",
     doc_no="", issuer="朝阳湖镇 (named in 一、)", date="2016 (the preamble)", level="town (朝阳湖镇)",
     source=page_source("https://www.hunanhr.cn/gongzuozongjie/2018/1031/185822.html"),
     style="a 范文 site's page: breadcrumb, heading, posting line, a blurb, a preamble, 一、指导思想和原则 (two paragraphs), "
           "二、活动内容与形式 1、, 2、, 2、 (the number printed twice), 「3、闹春活动,」 — CUT",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、指导思想和原则"],
     samples=[
        S(["二", "1"], [], [], dl="2月13日,14日", dln="2016-02-14",
          note="「1、新春祈福活动,2月13日,14日,群众在飞仙阁新春祈福。」 — an activity of the plan, its date and place; the public "
               "(群众) are persons, no unit (round 30): " + NONE + "; deadline: " + YEAR09),
        S(["二", "2"], [], ["镇文化站"], dl="2月14日", dln="2016-02-14", **single("镇文化站"),
          responsible_alternatives=[[]], **at(X09, "\n2、"),
          note=R2 + ": 「2、新春游园活动,2月14日,由镇文化站在花园街广场。」 — 由A with the place and no verb printed after it: 由 "
               "marks the agent of the activity the line names (the verb, 举办 or 组织, left out of the sentence, not cut by the "
               "page), and round 39's clause cut after its doer still names it — RULING?: by rule 2's form (由A＋a verb of "
               "doing) a reader who asks for the verb printed writes none (accepted); " + ONE + "; deadline: " + YEAR09),
        S(["二", "2"], [], [], dl="2月14日", dln="2016-02-14", **at(X09, "\n2、", nth=2),
          note="「2、碧云寺素斋活动,2月14日。广大群众到碧云寺吃斋饭祈福。」 — the second 「2、」 (the number printed twice) is an item "
               "of its own (plans-dev EXPECTED.md lines 19–25: each numbered item that carries text; round 37: a lost or doubled "
               "number leaves the item an item); persons only: " + NONE + "; deadline: " + YEAR09),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/1, 二/2 and the second 二/2. 「3、闹春活动,」 at the page's end prints a noun and no verb of work: no "
            "task (round 71: a noun fragment gives no work); 4 with it accepted. 一、指导思想和原则 is two paragraphs of aims and "
            "principles naming no unit (no task)",
            "the breadcrumb, heading, posting line and blurb are the site's"])


# round 58 (rul76): answers aligned to tests/data/CONVENTIONS.md "Round 74 rulings, written early" (turned, decided; README, round 58)
from aligned_rulings import align76  # noqa: E402

align76("x294_01", ["三"], "「三、元宵节期间,各种文艺活动都要在创新上下功夫,力求有新内容…争创高水平、新水平。鼓励广大人民群众积极参与活动。」 (三): a childless point gives work where its text names an act (rounds 36, 62's x257_01); one that only urges a quality of the plan's own events names none, a stance (round 68), as round 70's x288_04 left 要求 items that only urge 「高度重视」; 鼓励 names no work (rounds 30, 40) — no task, the sample dropped",
        "Tasks and counts, turned: round 68's 基本原则 stances and round 70's 要求 that only urge over the builder's task; 5 stays accepted",
        drop=True, counts={"leaf_tasks": 4, "count_alternatives": [5]})
align76("x294_02", ["二", "(三)"], "「由镇安委办牵头,供电所配合,派出所、市监分局、城管中队等职能部门,建立联合防控网络」 ((三)): bodies listed after 「B配合」 with no verb of their own before the shared work are its partners, as 「B、C配合／参与」 are (rule 2), but 「A、B等X部门」 gives A, B — a category tail after 等 is no unit (plans-dev EXPECTED.md; round 35); round 70's x288_06 joined fields 「教育、农机…等行业监管部门」 before one head, not whole bodies (the list with 职能部门 and 「城管中队等职能部门」 as one name are no readings)",
        "Units, turned: plans-dev's category tail and round 35's 「A、B等…」 over the builder's 职能部门; [镇安委办, 供电所] stays accepted",
        resp=["镇安委办", "供电所", "派出所", "市监分局", "城管中队"], resp_alt=[["镇安委办", "供电所"]])
align76("x294_07", None, "「1、龙舟表演赛总指挥部 …指挥部下设7个工作小组:…,分别负责落实各项筹办工作」 (1、): an item that sets up working groups and sends them to work gives work, a task naming no unit (round 57's x255_06, 「派駐到各村的工作組負責…」; set-up bodies none, round 35; round 67's x285_01 2.1); a point that only composes the group gives none — no task → a task naming no unit (not sampled)",
        "Tasks and counts, turned: round 57's x255_06 一/1 over the builder's section; 2 stays accepted",
        counts={"leaf_tasks": 3, "count_alternatives": [2], "childless_top_level_sections": []})
align76("x294_08", ["三", "(一)"], "「从2月9日至2月19日(正月初五至正月十五)」 in a plan of 「2020年春节」 (三/(一)), the lunar days falling on those solar days in 2019: a year printed in the plan's title or text wins over one computed from a lunar–solar pair, which only fills a year the text leaves blank (round 70's x289_04 printed none; round 70's x289_06: the printed year wins), and the solar days are the ones read — due 2020-02-19 (the window's end, round 44 decided), 2020-02 accepted, 2019-02 no reading; the check is written at the month, 2020-02, because the scorer reads a deadline by its start and has no accepted deadlines: the ruled 2020-02-19 and the accepted 2020-02 both pass it, 2019-02 fails",
        "Dates, decided",
        dln="2020-02", dl="从2月9日至2月19日(正月初五至正月十五)")
align76("x294_09", ["二", "2"], "「2、新春游园活动,2月14日,由镇文化站在花园街广场。」 (二/2, the first of the two 2、): rule 2 names the agent of 由 with a verb of doing, and a clause cut or garbled after its doer names it only where the verb is printed (rounds 39, 63, 67's x282_01); 由A with a place and no verb gives none, as x295_03 二/(二) reads — a task naming no unit",
        "Units, turned: rule 2 and round 71's 「what is printed decides」 over the agent without a verb; [镇文化站] stays accepted",
        resp=[], resp_alt=[["镇文化站"]], nth=0)


# Round 58 (rul78): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58d-1, decided; README, round 58)
from aligned_rulings import align78  # noqa: E402

align78("x294_04", ["(一)", "1"], "「1、编印诗词…综合集。征稿范围:…;编印时间:XX年10月;承办单位:…;经费预算:30000元。」 ((一)/1): a field line is the item's own (round 35's field blocks), and money the plan puts into an item's work is that item's quantity (round 25's policy quantities; Round 74's x302_01: a share the plan's bodies must put in, in an item that gives work, is its target) — round 30's line excepts only figures naming a kind or a norm",
        "Targets, decided: round 25 and Round 74's x302_01 over the builder's 「a budget with no comparison word (not checked)」",
        targets=[(30000, "元")])

write_collected(DIR)

# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next261/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c261, round 51: eight page openings of task breakdowns from outside Shanghai
whose tasks name their units — a 市's 古***文化旅游区5A创建 宣传方案 (a unit heading 「(一)***日报社(…)」 over items 1.–4.
with persons' 责任人 lines); a 乡's 疫苗接种组织实施意见 (「由村(居)委会组织开展…」「由乡指挥部负责」); 沁源县's 2018 元宵节
群众文化活动安全保障 紧急通知 (1、–6., bodies as subjects of verbs outside rule 2's list, CUT); an XX县's “千吨万人”饮用水水源地
整治 方案 (「(责任单位:…,配合单位:…)」 labels run into the lines, the second cut); 青岛市's 2012 治超 长效治理方案 under its
cover (「二、职责分工 (一)交通运输部门。」 over 1.–4., CUT); 漯河市's 城市精细化管理 迎检 职责 notice (一、–七、 with
「A协同B负责…」 and a dated sending); 杭州市's 停车场(库) 清理整顿 方案, page 3 (七、职责分工 (一)–(十四), CUT); a 市's
“两实”管理 方案, page 1 (5.–11. 「X部门负责…」, a trailing paragraph, 三、方法步骤 (一)…阶段(3月至4月份), CUT)): never
tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–58 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c261.

    PYTHONPATH=. python tests/data/plans-next261/make_expected.py tests/data/plans-next261
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line, or a path the markers cannot walk: the line where the nth marker
# ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, which stands outside articles, round 44): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人; round 42: 干部; round 45: persons of a body)"
NOYEAR = "no year is printed on the page (a site's date or a file name fills nothing, round 45): the deadline is not checked"
WORKHEAD = ("round 34/35: 职责分工 is a heading that gives out work — every body the text gives work is a unit, the subject of "
            "any verb of doing, in printed order")

# ---------------------------------------------------------------------------------------------------------
X01 = "x261_01_gu-wenhua-lvyouqu-5a-chuangjian-xuanchuan-fangan.txt"
PAPER = "***日报社(晨刊、手机报、***在线)"
P1 = ("rule 1 (a unit heading): 「(一)***日报社(晨刊、手机报、***在线)」 names the body whose work the items under it are (its "
      "own reports and pages); a mask kept with its kind is a name as printed (round 53: 「xx镇」「xx日报」), and a bracket naming "
      "the same body's other papers stays with it (round 42: 「区建管委（交通委、水务局）」); 「***日报社」 alone is accepted. "
      + ONE + "; the 「责任人:」 lines name persons (" + PERSON + ")")
plan(X01,
     title_note="title not checked: no title line is printed — line 1 is the 范文 site's foreword, line 2 the plan's preamble "
                "(「…现制定相关宣传方案…具体方案如下:」)",
     doc_no="", issuer="a 市 (masked 「古***」, 「市委」「市旅委」「市广电台」; city and province not named)",
     date="not shown (「7月16日」「7月底或8月上旬」 carry no year)",
     level="city (a 市's publicity plan for a scenic area's 5A bid; the issuer — a 市 body — is not named)",
     source=page_source("https://21ks.net/haowen/281871.html"),
     style="a 范文 site's page: the site's foreword, a preamble with the plan's totals (8次, 2个, 2篇, 10条, 4篇…), 一、市内宣传 "
           "(一)***日报社(…) (a unit heading) over 1.新闻宣传, 2.专题报道 (1)(2), 3.文艺副刊宣传, 4.形象宣传 (1)(2) — CUT in 4/(2); "
           "「责任人:」 lines after 1, 2 and 3",
     leaf_tasks=6, count_alternatives=[4, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], [], [PAPER], targets=[(2, "篇"), (8, "篇")], lead_alternatives=[[PAPER]],
          responsible_alternatives=[["***日报社"]], skip_deadline=True,
          note=P1 + "; 「每周至少2篇」 is a frequency floor (round 35, 至少: a target) and 「共约8篇」 the reports the item itself "
               "publishes, its own number of work (rounds 37, 44, 49: things an item makes; 约 is no comparison word and changes "
               "nothing; RULING? 1); the campaign 「从即日起,时长约1个月」 has no date to count from: " + NOYEAR),
        S(["一", "(一)", "2", "(1)"], [], [PAPER], targets=[(2500, "字")], lead_alternatives=[[PAPER]],
          responsible_alternatives=[["***日报社"]], skip_deadline=True,
          note=P1 + "; 「具体采访由***日报社与市旅委联系」 — under a unit heading the sentences add nothing (rule 1), and 市旅委, the "
               "paper's contact, is a liaison (round 38 「与A对接」; round 41 「由A联系B」), no unit; 「字数不少于2500字」 a target "
               "(不少于, round 30); 「7月16日头版见报」 has no year: " + NOYEAR),
        S(["一", "(一)", "2", "(2)"], [], [PAPER], lead_alternatives=[[PAPER]],
          responsible_alternatives=[["***日报社"]], skip_deadline=True,
          note=P1 + "; 「发稿时间:7月底或8月上旬」 (the later, round 34) has no year: " + NOYEAR),
        S(["一", "(一)", "3"], [], [PAPER], targets=[(2, "篇"), (8, "篇")], lead_alternatives=[[PAPER]],
          responsible_alternatives=[["***日报社"]], skip_deadline=True,
          note=P1 + "; 「每周至少2篇,共约8篇」 as in 1. (round 35; RULING? 1); " + NOYEAR),
        S(["一", "(一)", "4", "(1)"], [], [PAPER], lead_alternatives=[[PAPER]],
          responsible_alternatives=[["***日报社"]], skip_deadline=True,
          note=P1 + "; 「每周2次,在***日报报眼推出形象广告」 — a weekly rhythm with no comparison word (no target is checked here, "
               "RULING? 1); " + NOYEAR),
     ],
     plan_targets=[(10, "条"), (4, "篇")],
     phases=[], duties=[],
     notes=["6 leaves: 一/(一)/1, 2/(1), 2/(2), 3, 4/(1), 4/(2) (CUT at 「以概况、功能介绍、资源及管」); accepted: 4 (the bracketed "
            "(1)(2) read as the text of 2 and 4) and 5 (4/(2) dropped as cut before its work)",
            "plan targets: the preamble's totals for the whole plan — 「播发专稿10条」「***广电报刊发4篇专稿」 — are the plan's own "
            "numbers of work (round 25: a goal's own level; the other totals 8次, 2个, 2篇, 8篇, 1个 are not checked because "
            "they repeat the items' figures)",
            "the masks 「***」 and the quotes 「“古***文化旅游区”」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x261_02_xiang-yimiao-jiezhong-zuzhi-shishi-yijian.txt"
plan(X02,
     title="疫苗接种组织实施意见",
     title_note="lines 1 and 5 (the site's heading and the piece's own title line, alike)",
     doc_no="", issuer="a 乡 (「我乡」「乡指挥部」; not named)", date="not shown (「时间:2022-04-15 08:51:03」 is the site's)",
     level="township (a 乡, not named)",
     source=page_source("https://www.wenmi.com/article/qrkyd3065ljb.html"),
     style="a document site's page: the title twice, the site's time stamp, one preamble line 「为确保我乡疫苗接种工作…特制定以下组织实施方案:」, "
           "一、宣传进万家行动 1.–2., 二、全民接种行动 1.–4. (run-in headings 「1.提前预约登记。…」), the site's 上一篇/下一篇 line; "
           "complete on the page",
     leaf_tasks=6, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [],
          note="「1.拓宽宣传渠道。要广泛利用微信群、…等手段,引导群众…」 — an instruction 「要…」 with no subject (round 34 early: it gives "
               "work) in a plan whose tasks name units elsewhere: a task naming no unit (round 40; the count without such items, 2, "
               "is accepted); " + NONE + "; " + NODATE),
        S(["一", "2"], [], [],
          note="「2.压实工作责任。组织党员干部、志愿者进村入户开展宣传」 — a run-in heading, then 组织 with no subject standing before it "
               "(round 41: 「组织高校学生…」 gives no doer); the heading's 压实…责任 names no party (round 50's designation needs X的责任); "
               "党员干部 and 志愿者 are persons (" + PERSON + "): " + NONE + "; " + NODATE),
        S(["二", "1"], [], ["村(居)委会", "乡指挥部"],
          note=R2 + ": 「由村(居)委会组织开展调查摸底」 (由A＋组织开展, round 34) and 「由乡指挥部负责,统筹考虑…」 (由A负责) — both doers, "
               "in printed order (several clauses, rule 2); no 牵头: lead []; 乡指挥部 is a standing body the item does not set up "
               "(round 36); " + NODATE),
        S(["二", "2"], [], ["村(居)委会"], lead_alternatives=[["村(居)委会"]],
          note=R2 + ": 「由村(居)委会负责,提前半天提醒…」 — " + ONE + "; 「提前半天」 counts from an event (round 34): " + NODATE),
        S(["二", "3"], [], [],
          note="「各村(居)委会要统筹考虑…,合理安排接种人员错时错峰接种」 — 各村(居)委会 is a kind (round 32), but 统筹考虑 and 安排 are "
               "outside rule 2's closed list (round 30): " + NONE + "; " + NODATE),
        S(["二", "4"], [], [],
          note="「乡建立相应接种工作奖惩制度,加强督查检查」 — 乡 standing alone in its own plan is the place speaking of itself, no body "
               "(rounds 43, 44, 53: bare 镇／街道), and 建立／加强 are outside rule 2 anyway: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 一/1–2, 二/1–4; only 二/1 and 二/2 name units (rule 2); accepted: 2 (the items naming no unit left out, "
            "round 40)",
            "「收集汇总受种人员姓名、身份证号等信息」 and 「核对接种情况和登记信息」 send nothing to another body: no duty"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x261_03_qinyuan-2018-yuanxiaojie-qunzhong-wenhua-huodong-anquan-baozhang-tongzhi.txt"
EVENT = ("the only date-like words in the item, 「元宵节期间群众文化活动…」, are the name of the plan's own whole event as the title "
         "prints it (「关于做好元宵节期间群众文化活动安全保障工作的…」): round 52 (x238_01) — words inside the name of the plan's own "
         "whole event repeat the title and date nothing — over round 46's festival period in an item's own text (元宵节 2018 "
         "fell on 2018-03-02, which would give 2018-03); deadline none (RULING? 2)")
plan(X03,
     title="关于做好元宵节期间群众文化活动安全保障工作的紧急通知",
     title_note="line 5, after the site's 「标题:」 field (the page prints no title line of its own; 「沁源县人民政府办公室…」 is not "
                "printed before it)",
     doc_no="沁政办发〔2018〕10号", issuer="沁源县人民政府办公室 (长治, Shanxi by the site)", date="2018-02-28",
     level="county (沁源县)",
     source=page_source("http://www.qinyuan.gov.cn/qyxxgk/zfxxgk/zfxxgkml/yjgl/201803/t20180308_1129776.html"),
     style="a county portal's page: a font-size line, the metadata table (索引号, 发文字号, 发文机关, 主题词, 标题, 主题分类, 发布日期) "
           "as 「… | |」 lines, the addressees, one preamble, then 1、–6、 each a line 「X要…」 — CUT in 6、",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [],
          note="「各乡镇、各部门、各企业要牢固树立…理念,高度重视…,强化安全责任,狠抓隐患排查,加强现场监管,确保…」 — 各部门 is a kind "
               "(round 44), but none of the verbs is in rule 2's list (树立, 重视, 强化, 狠抓, 加强; 确保 states an aim, round 44): "
               + NONE + "; " + EVENT),
        S(["2"], [], [], not_targets=[(4, "时")],
          note="「元宵节期间群众文化活动要严格履行活动报批程序,…下午4时前必须结束」 — a thing as subject (round 41), an instruction "
               "with no body: a task naming no unit (round 40); 「下午4时前」 is a clock time, no target (Targets: clock times) and no "
               "deadline; " + NONE + "; " + EVENT),
        S(["3"], [], ["县公安局"], lead_alternatives=[["县公安局"]],
          note=R2 + ": 「县公安局要加强…安全保卫工作,落实预防措施,…」 — 落实 is in rule 2's list whatever its object (round 49 "
               "p46d), so its subject is a doer; " + ONE + "; the item names no date of its own (the title's 元宵节 dates nothing, "
               "round 46): " + NODATE),
        S(["4"], [], [],
          note="「县消防队要加强执勤战备,提前开展消防安全检查,督促整改火灾隐患,…要检查…,疏通…」 — every verb is outside rule 2's closed "
               "list (开展 without 组织, 检查, 疏通; 督促 is a pivot, round 30), and the notice has no heading that gives out work: "
               + NONE + " (the named bureau is not a unit by these verbs: a trap); " + NODATE),
        S(["5"], [], [],
          note="「县交通局、交警队要对…主要路段进行临时交通管制,引导指挥…」 — 「A对…进行＋noun」 names no doer outside articles "
               "(round 37: 「A对…进行审批／监督抽查」), nor do 引导指挥／确保: " + NONE + "; " + NODATE),
        S(["6"], [], [],
          note="「县市监局、供销社要强化市场监管,…禁止销售二踢脚、孔明灯等。同时,要规范市场秩序,严厉打击随意[cut]」 — 强化, 禁止, "
               "规范, 打击 are outside rule 2: " + NONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 1、–6、 (6 CUT at 「严厉打击随意」); accepted: 5 (1、 read as a general call that only urges care; round 39)",
            "only 3、 names a unit by rule 2's forms although 3、–6、 each open with named bureaus: the closed list decides units "
            "(round 30; round 47: a notice whose work is given in verbs outside the list still qualifies as a plan)",
            "元宵节 2018 (正月十五) fell on 2018-03-02, after the notice's date 2018-02-28; the title's festival dates nothing "
            "(round 46: in the title or preamble alone)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x261_04_xian-qiandun-wanren-yinyongshui-shuiyuandi-wenti-zhengzhi-fangan.txt"
ECO = "生态环境局XX分局"
COOP = ("rule 1: the item's label 「(责任单位:A,配合单位:B、C、D,E)」 gives its units — 责任单位 names no lead (round 57: 「责任单位：A」 "
        "beside 「协办单位：B」 gives lead []; [A] accepted), and 配合单位 are responsible with it (rounds 34, 55: 配合／协助 beside the "
        "unit read as responsible); masked names keep their kind as printed (round 53: 「xx镇」), 「,XX镇人民政府」 after the list "
        "is one more name")
plan(X04,
     title="XX县“千吨万人”饮用水水源地生态环境问题整治工作方案",
     title_note="line 9 (the plan's own title line, masked 「XX县」); line 5 「县“千吨万人”饮用水水源地,生态环境问题整治工作方案」 is the "
                "site's headline",
     doc_no="", issuer="an XX县 (masked; 湘西自治州, Hunan, by the plan's own basis 《湘西自治州污染防治攻坚战“2020年夏季攻势”任务清单》)",
     date="not shown (「2020-12-25 18:49:20」 is the site's; 2020 by the basis's name, which dates nothing)",
     level="county (an XX县, masked)",
     source=page_source("https://www.xlzxsw.com/show-87-274554-1.html"),
     style="a 文秘 site's page: site name, breadcrumb, headline, time stamp, the title, a preamble, 一、工作目标 run into its line "
           "(a goal: 3 problems to finish), 二、工作任务 1、 run into the same line, 「整改措施:…」 paragraphs ending in a "
           "「(责任单位:…,配合单位:…)」 label, the next item 「2、关于…」 run on after the label — CUT inside 2's label",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "1"], [], [ECO, "县水利局", "县自然资源局", "县公路建设养护中心", "XX镇人民政府"],
          targets=[(1, "块"), (2, "块"), (3, "块"), (4, "块")], lead_alternatives=[[ECO]], **at(X04, "二、工作任务 1、"),
          note=COOP + "; 「设置界碑1块,宣传牌2块,交通警示牌3块,标牌4块」 are the signs the item itself puts up, its own numbers of "
               "work (rounds 37, 44, 49: things an item makes, not hand-outs); 《…(HJ/T433-2008)》 is a standard's number (no target); "
               + NODATE),
        S(["二", "2"], [], [ECO, "县水利局", "县自然资源局"], targets=[(1, "块")], lead_alternatives=[[ECO]],
          **at(X04, "XX镇人民政府) 2、"),
          note=COOP + "; the page cuts the label after 「县公路建设」: the names the cut falls after are given (round 45), the torn "
               "name is dropped (round 36); 「设置界碑1块,宣传牌1块」 — 1 块 (the item's own work); " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/1 and 二/2 (CUT in its label); 一、工作目标 is a childless goal section (round 58: aims are no tasks), and "
            "its 「存在的3个生态环境问题」 counts what exists, no target (round 33)",
            "the item numbers stand inside lines: 「二、工作任务 1、关于…」 (line 15) and 「…XX镇人民政府) 2、关于…」 (line 17); paths "
            "二/1, 二/2 as printed (round 34: numbers in order inside a paragraph are items)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x261_05_qingdao-2012-cheliang-chaoxian-chaozai-changxiao-zhili-fangan.txt"
JT = "交通运输部门"
QD = ("rule 1: 「二、职责分工」 over 「(一)交通运输部门。」 — a unit heading under a heading that gives out work (round 39: 「(一)县教体局。」) — "
      "gives the items under it their unit; " + ONE)
plan(X05,
     title="青岛市车辆违法超限超载长效治理方案（青岛市人民政府办公厅关于印发青岛市车辆违法超限超载长效治理方案的通知）",
     title_note="the forwarded plan's title (line 7) with its cover notice (line 1): either is accepted (round 45's pair; round 30: "
                "two documents under one cover are one plan)",
     doc_no="青政办字〔2012〕114号", issuer="青岛市人民政府办公厅", date="二○一二年七月十七日 (2012-07-17)", level="city (青岛市)",
     source=page_source("http://fsou.com/html/text/lar/174136/17413692.html"),
     style="a law-text site's page: the cover notice (title, number, addressees, one sentence 「…望认真组织实施。」, issuer, date), "
           "the plan's title, a preamble broken after 「根据」, 一、工作目标 (one paragraph of aims and goals), 二、职责分工 (一)交通运输部门。 "
           "1.–4. — CUT in 4.",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)", "1"], [], [JT], lead_alternatives=[[JT]],
          note=QD + "; 「组织交通运输行政执法人员开展路面执法」 — the persons 组织 sends are no unit, under a work heading too (round 37: "
               "objects given work are bodies; " + PERSON + "); " + NODATE),
        S(["二", "(一)", "2"], [], [JT], lead_alternatives=[[JT]],
          note=QD + "; 「派驻执法人员深入货站、码头…」 — the places are where the work is done, not actors; " + NODATE),
        S(["二", "(一)", "3"], [], [JT], lead_alternatives=[[JT]],
          note=QD + "; 「负责治超检测站点及治超信息管理系统的建设和运行管理工作」; " + NODATE),
        S(["二", "(一)", "4"], [], [JT], lead_alternatives=[[JT]],
          note=QD + "; 「完善信息共享和追踪处理工作,建立健全货运企[cut]」; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/(一)/1–4 (4 CUT); 一、工作目标 is a childless goal section (round 58) — its 「Ⅰ、Ⅱ类治超检测站」 names classes, "
            "no target; the cover's 「望认真组织实施」 is the close (round 34)",
            "the preamble's 《…》(交公路发〔2011〕577号) is a document number: no target"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x261_06_luohe-2011-chengshi-jingxihua-guanli-yingjian-bumen-zhize-tongzhi.txt"
LH = ("plans-dev 03 一 (every top-level point a complete task sentence with its own units) and " + R2)
plan(X06,
     title_note="title not checked: the page opens with the addressees 「市人民政府有关部门,直属及驻漯有关单位:」; the notice's title "
                "is not on it",
     doc_no="", issuer="漯河市 (「驻漯」「市沙澧河建管委」; the issuing office is not printed — the 市政府办 or 市城管办)",
     date="not shown (the page's address is dated 2011-01-07; 「2011年12月30日前」 in the close is read as printed)",
     level="city (漯河市)",
     source=page_source("http://henan.kjzch.com/luohe/2011-01-07/589269.html"),
     style="a news site's copy: addressees, one preamble 「…现将各有关部门承担省迎检工作职责明确如下:」, 一、–七、 each one line "
           "「A负责…」 or 「A、B协同C负责…」, then a closing paragraph with work, a dated sending and contacts — CUT at 「手机:」",
     leaf_tasks=7, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["市城乡规划局"], lead_alternatives=[["市城乡规划局"]],
          note=LH + ": 「市城乡规划局负责城市规划及…专业规划的编制;…」 — " + ONE + "; " + NODATE),
        S(["五"], [], ["市交通运输局"], lead_alternatives=[["市交通运输局"]],
          note=LH + ": 「市交通运输局负责城市综合交通管理工作」 — " + ONE + "; " + NODATE),
        S(["六"], ["市工商局", "市水利局", "市林业园林局", "市沙澧河建管委"],
          ["市工商局", "市水利局", "市林业园林局", "市沙澧河建管委", "市建委"], lead_alternatives=[[]],
          note=LH + ": 「A、B、C、D协同市建委负责…」 — 「A协同B＋verb」 reads as 「A会同B＋verb」 (round 30): lead A (here the four "
               "bodies before 协同), responsible A, B; lead [] accepted (round 30); RULING? 3 (the partner named after 协同 reads as the "
               "body the four assist); " + NODATE),
        S(["七"], ["市公安局", "市建委"], ["市公安局", "市建委", "市交通运输局"], lead_alternatives=[[]],
          note=LH + ": 「市公安局、市建委协同市交通运输局负责…」 — as 六 (round 30's 协同 = 会同): lead [市公安局, 市建委], responsible "
               "+ 市交通运输局; lead [] accepted; RULING? 3; the closing paragraph's 2011年12月30日 is a sending's date (round 49 p46c: "
               "contacts sent, the date is the duty's only): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将确定的主管领导和科室负责人姓名、单位、职务、电话分别报送市城管办、市建委", "when": "2011年12月30日前",
              "when_norm": "2011-12-30",
              "note": "the closing paragraph: a one-off dated sending the notice itself asks of the bodies it tasks (round 43 turned; "
                      "round 49 p46c: a list of contacts is other information, still a duty); 2011 as printed (round 43: a misprint "
                      "is read as printed; the page's address is dated 2011-01-07)"}],
     notes=["7 leaves: 一、–七、; accepted: 8 (the closing paragraph 「各单位接到通知后,要高度重视,…做好迎检各项工作。要确定一名负责人和"
            "一名联络员,负责组织协调本单位精细化管理工作。…报送…」 gives all the bodies work — read as the notice's close here "
            "(round 34), one more task by round 40's closing paragraph; RULING? 4)",
            "四、 and 六、 both name 市林业园林局; 六、's 「市建委」 is 二、's 「市城乡建设委员会」 printed short — names as printed, no alias "
            "rewritten (round 38)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x261_07_hangzhou-tingchechang-qingli-zhengdun-fangan-ye3.txt"
HZ_TWO = ["各区及西湖风景名胜区党委", "政府(管委会)"]
plan(X07,
     title_note="title not checked: page 3 of the document opens inside its sixth section; the title is on page 1",
     doc_no="", issuer="杭州市 (「西湖风景名胜区」「市“两难”办」; the issuing body is not on this page)",
     date="not shown on this page", level="city (杭州市)",
     source=page_source("http://www.fymate.net/html/text/lar/169483/16948305_3.html"),
     style="a law-text site's third page: 「(七)组织实施程序…」 (the last item of a section whose heading is on page 2), then "
           "七、职责分工 (一)–(十四), each a line 「A负责…」 — CUT in (十四)",
     leaf_tasks=15, count_alternatives=[14], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(七)"], [], [], **at(X07, "(七)"),
          note="the page's first line 「(七)组织实施程序采用流程表、申请表的形式,有关职能部门对每一起受理立案的案件,都要填写清楚,随案移交」 "
               "— the last item of a section whose heading this copy lost: only what is printed is read (round 53), so its path is "
               "(七) as printed; it gives work (都要…) but 填写／移交 are outside rule 2 (有关职能部门 is a kind, round 33): " + NONE
               + "; the count 14 without it is accepted; " + NODATE),
        S(["七", "(一)"], [], ["市“两难”办"], lead_alternatives=[["市“两难”办"]],
          note=WORKHEAD + ": 「在市解决“两难…”问题协调小组的领导下,由市“两难”办负责拟定…」 — the 协调小组 is named as a circumstance "
               "(round 36: 「在A的指导下」 is not a unit); " + ONE + "; the name with its quotes as printed; " + NODATE),
        S(["七", "(二)"], [], HZ_TWO, responsible_alternatives=[["各区及西湖风景名胜区党委、政府(管委会)"]],
          note=WORKHEAD + ": 「各区及西湖风景名胜区党委、政府(管委会)作为责任主体,负责…」 — a designation and 负责 (round 32); "
               "「党委、政府」 split by 、 as printed (round 41: 「各级党委、政府」 two names), the shared modifier 「各区及西湖风景名胜区」 "
               "staying with the first (round 40) and the bracket with its name (round 34); the one-name reading is accepted; "
               "RULING? 5; " + NODATE),
        S(["七", "(六)"], [], ["市纪委(市监察局)"], lead_alternatives=[["市纪委(市监察局)"]],
          note=WORKHEAD + ": 「市纪委(市监察局)负责…的监察」 — a bracket of one alias stays with the name (rounds 37, 42); " + ONE
               + "; " + NODATE),
        S(["七", "(十)"], [], ["市财政局"], lead_alternatives=[["市财政局"]],
          note=WORKHEAD + ": 「市财政局负责落实需由市财政负责支付的资金」 — 负责落实 keeps money as work (rounds 37, 48); 「由市财政负责支付」 "
               "stands inside the object's description (round 30) and adds no name; " + ONE + "; " + NODATE),
        S(["七", "(十一)"], [], ["市城管执法局"], lead_alternatives=[["市城管执法局"]],
          note=WORKHEAD + ": 「市城管执法局依法履行工作职责,并配合有关部门开展…」 — 履行 is a verb of doing under the work heading (round "
               "34); 「配合有关部门」 stays a general call (round 41), no unit; " + ONE + "; " + NODATE),
        S(["七", "(十二)"], [], ["市规划局", "市公安交通管理部门"],
          note=WORKHEAD + ": 「市规划局、市公安交通管理部门做好…摸底调查、核定工作,提出…意见并配合做好…培训工作」 — 做好 under the work "
               "heading (round 34); two names by 、; lead []; " + NODATE),
        S(["七", "(十三)"], [], ["市规划局", "市公安交通管理部门", "市城管执法局"], responsible_alternatives=[["市规划局"]],
          note=WORKHEAD + ": 「市规划局负责…,并配合市公安交通管理部门和市城管执法局做好…查处工作」 — under a heading that gives out "
               "work 「B配合A…」 gives both (round 36), and 和 joins two whole names (round 34); [市规划局] accepted; lead []; "
               + NODATE),
        S(["七", "(十四)"], [], ["市国土资源局"], lead_alternatives=[["市国土资源局"]],
          note=WORKHEAD + ": 「市国土资源局负责制定依法清理[cut]」 — " + ONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["15 leaves: (七) (the lost section's last item) and 七/(一)–(十四) (CUT in (十四)); accepted: 14 (without (七))",
            "all fourteen 七 items name their bodies as subjects of 负责 or of verbs of doing under 职责分工 (round 34); none names a "
            "牵头: leads []"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x261_08_shi-liangshi-guanli-shiyou-renkou-fangwu-fangan-ye1.txt"
LS = "the items' section heading is on the page before (only what is printed is read, round 53): paths from the printed number"
plan(X08,
     title_note="title not checked: the page (the document's second page, 「_1」) opens at item 5.; the title is not on it",
     doc_no="", issuer="a 市 (「市发展改革、…等部门」「各县(市)区」; city and province not named; “两实” = 实有人口、实有房屋)",
     date="not shown (「3月至4月份」 carries no year)", level="city (a 市, not named)",
     source=page_source("http://www.fsou.com.cn/html/text/lar/172225/17222597_1.html"),
     style="a law-text site's page: items 5.–11. of a section whose heading is on the page before, each a line 「X部门负责…」, an "
           "unnumbered paragraph 「市发展改革、…等部门,要…积极参与,主动配合…」, 三、方法步骤 (一)宣传发动、组织准备阶段(3月至4月份)。"
           "一要…各县(市)区要认真制定… — CUT",
     leaf_tasks=9, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["5"], ["公安部门"], ["公安部门", "民政部门"], targets=[(100, "%")], lead_alternatives=[[]],
          note=R2 + ": 「公安部门负责会同民政部门清理规范门楼牌的编号…」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B "
               "(round 30); 「配合统计部门培训信息采集人员」 — 统计部门 is the body served, a unit only by a rule-2 verb of its own or under "
               "a printed work heading (rounds 34, 36, 54), so none here; 「信息采集率、合格率均达100%」 a target (达到, round 30); "
               + LS + "; " + NODATE),
        S(["6"], [], ["财政部门"], lead_alternatives=[["财政部门"]],
          note=R2 + ": 「财政部门负责落实“两实”管理工作所需的各项经费」 — 负责落实 keeps money as work, no payer (rounds 37, 48); " + ONE
               + "; " + NODATE),
        S(["7"], [], ["规划部门", "测绘部门"],
          note=R2 + ": 「规划部门和测绘部门负责…」 — 和 joins two whole names (round 34); lead []; " + NODATE),
        S(["8"], [], ["市政、城管部门"], lead_alternatives=[["市政、城管部门"]],
          responsible_alternatives=[["市政、城管部门", "民政部门"]],
          note=R2 + ": 「市政、城管部门负责配合民政部门做好地名牌的安装、维护管理工作」 — fields sharing one head are one name as printed "
               "(round 31); 负责 makes it the doer; 民政部门, the body it assists, is no unit outside a label or work heading (round 34: "
               "「B配合A＋verb」 gives A only by a rule-2 verb; 做好 is none) — [市政、城管部门, 民政部门] accepted (round 41's unit-label "
               "reading); " + ONE + "; " + NODATE),
        S(["9"], ["人口计生部门"], ["人口计生部门", "公安机关"], lead_alternatives=[[]],
          note=R2 + ": 「人口计生部门负责提供…,会同公安机关开展流动人口的入户调查,落实…」 — 负责 and 「A会同B＋verb」: lead A (lead [] "
               "accepted), responsible A, B (round 30); " + NODATE),
        S(["三", "(一)"], [], [], skip_deadline=True,
          note="「(一)宣传发动、组织准备阶段(3月至4月份)。一要建立工作机制。各县(市)区要认真制定具体的工作方案,…要成立…」 — a stage written "
               "as a name and a time with its work after it: a phase and a task (round 33); 各县(市)区 is a kind (round 32) but 制定 and "
               "成立 are outside rule 2: " + NONE + "; 「3月至4月份」 has no year: " + NOYEAR + " (and the phase is not checked for "
               "the same reason)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves: 5.–11., the unnumbered paragraph after 11. 「市发展改革、…、金融监管等部门,要…提供相关信息资源,积极参与,主动配合…」 "
            "(round 40: a closing paragraph after a section's last item that gives the section's work is one more task; 参与／配合 "
            "with no doer name none, round 34; not sampled — no path names it), and 三/(一) (a stage with work, CUT); accepted: 8 "
            "(the closing paragraph read as 11.'s body, round 32)",
            "the stage 「宣传发动、组织准备阶段(3月至4月份)」 is a phase by round 33, left out of `phases` because no year is printed "
            "(its months cannot be resolved)",
            "「市发展改革、经济和信息化、…、金融监管等部门」 would be one group as printed (fields closed by a shared head, round 42 continued)"])

write_collected(DIR)

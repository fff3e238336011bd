# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next278/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c278, round 54: eight page openings of festival and activity plans from outside
Shanghai — an xx街道's 春节文化系列活动 实施方案 (「(一)由街道办事处组织的:…」 headings, a one-cell-a-line 组织单位 table, CUT); 汤口镇's
乡镇春节活动方案 (field blocks with 负责单位 and 参演单位, a dated sending, a number glued after 「。」, CUT); an xx县's 2026
元旦春节元宵节 系列文体活动方案 (牵头单位／责任单位 lines, then 「由A牵头,B、C…等单位,组织开展…」, CUT); 云霄县's 元宵
「福见云霄」 activities (主办／承办 lines, an unrelated site headline); 赣县's 客家生态文化旅游节 活动方案 (masked 20XX years, 牵头单位
／责任单位 lines, ①–④, CUT); 高州市's 中秋国庆 系列主题活动 (a plan-level 指导／主办／协办 point, 责任单位 lines, a blank year, CUT);
永登县's 2024 国庆 文化系列活动 (组织单位 lines, a WeChat headline, CUT at 「7.戏」); an x区's 2023 春牛首 文化旅游节 总体方案 (a
document site's chunk numbers inside the text, a plan-level 主办单位 point, 承办单位 fields, CUT)): never tune the parser on
them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line or after a mark); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes; readings CONVENTIONS does not settle say
RULING?). Neither the parser nor the scorer was run on these plans by c278.

    PYTHONPATH=. python tests/data/plans-next278/make_expected.py tests/data/plans-next278
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line or after a mark: the line where the nth marker ends and the first eight
# characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides; sentences in the item's text add nothing)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
FIELDS = ("a field block (时间／地点／内容／单位 lines) is one task and its 承办单位／责任单位 line its units label (round 35; rounds "
          "42, 44: a 参加单位 line in the fields is responsible too)")
HOSTS = ("item label lines 「主办:A 承办:B」 read as 「由A主办、B承办」: lead A, responsible A and B (round 44; round 54 r48b: the "
         "lines stand inside the section that holds the items, under each item)")
LABEL_NO_LEAD = "a 责任单位／负责单位／组织单位 label names no lead (EXPECTED.md: lead [] where none is named; round 57's x253_05)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "no year is printed on the page (a site's date is the site's, round 45): the deadline is not checked"
MASKED = "the year is masked 「20xx／20XX」 and no title of the plan prints it (round 46's x209_05 decision needs the title): the deadline is not checked"
NO_TITLE = "title not checked: "
LOST_LABEL = ("the page ends before the item's label: only what is printed is read (round 48), a lost label gives nothing "
              "(round 62's x266_05)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x278_01_xx-jiedao-chunjie-wenhua-xilie-huodong-shishi-fangan.txt"
plan(X01,
     title_note=NO_TITLE + "the page opens with the preamble 「20xx年新春佳节在即,…制定实施方案如下:」; no title line is printed",
     doc_no="", issuer="an xx街道 (masked; 「xx市文体广电旅游局」 above it, a 「xx永安」 place; province not named)",
     date="not shown (「党的十九大精神」: 2017–2022; years masked 「20xx」)",
     level="street (xx街道, masked)",
     source=page_source("https://qdfww.com/qita/465293.html"),
     style="a 范文 page: preamble, 一、指导思想 (a section), 二、组织领导 (a group set up, members by name, an office 「由罗阳同志兼任」), "
           "三、活动内容 (一)「由街道办事处组织的:…」 (二)「由各社区(村)组织的:…」 (lists of events with counts 「(15场次)」), 四、具体安排 "
           "a table printed one cell a line (序号／组织单位／活动内容／时间／计划／活动 地点／备注, row 1: 街道办事处, the 楹联 festival, a "
           "masked span) — CUT in row 1",
     leaf_tasks=3, count_alternatives=[2, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导"],
     samples=[
        S(["三", "(一)"], [], ["街道办事处"], targets=[(1, "场次")], skip_deadline=True,
          lead_alternatives=[["街道办事处"]], responsible_alternatives=[[]],
          note="「(一)由街道办事处组织的:楹联文化艺术节活动(2天)、参加全市…文艺汇演活动(1场次)」 — the heading names who organises the "
               "item's own events: 由A＋组织 (a verb of doing, round 34; round 40 / round 48 s48b: 「由A主办…的…活动」「由A组织举办」 naming the "
               "item's own event names a doer): responsible [街道办事处]; " + ONE + "; the 的-phrase reading (round 30's 「参加由A组织的培训」, "
               "a body inside a description: none; c272 read it so and passed the page) is accepted — RULING? 1; 1 场次 is an event "
               "the item holds (rounds 52, 58: events counted, 1 次 included); 2天 (the festival's length) is not checked; "
               + MASKED),
        S(["三", "(二)"], [], ["各社区(村)"], targets=[(15, "场次"), (3, "场次")], skip_deadline=True,
          lead_alternatives=[["各社区(村)"]], responsible_alternatives=[[]],
          note="「(二)由各社区(村)组织的:文化惠民演出(15场次)、…元宵节猜灯谜活动(3场次)」 — as 三/(一): 由A＋组织 names the organiser of "
               "the item's own events (RULING? 1; none accepted); 各社区(村) a kind with its bracket (rounds 30, 34); the counts of "
               "events are the item's own numbers of work (rounds 37, 52, 58); " + MASKED),
        S(["四", "1"], [], ["街道办事处"], line=25, title_starts="街道办事处", skip_deadline=True,
          lead_alternatives=[["街道办事处"]],
          note="row 1 of the 具体安排 table (a table printed one cell a line: the row number alone on line 25, then its cells): its "
               "组织单位 column is the row's units label (" + R1 + "; round 37: a unit column); " + ONE + "; the table restates 三/(一)'s "
               "festival (the count 2 reading the table as a schedule of 三's events is accepted); 时间 「20xx年xx月xx日至xx月xx日」: "
               + MASKED + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/(一), 三/(二) and the table's row 1 (CUT); 一、指导思想 a section; 二、组织领导 sets up a group and its office "
            "(members and the office are no units, rule 3; round 35; 罗阳同志 a person, round 30): a section. Accepted: 2 (the table "
            "read as a schedule restating 三), 4 (with 二 as a task, round 34 early's 组织领导 point)",
            "the table's header cells 「序号」「组织单位」… stand one a line (lines 18–24), the row's number 「1」 alone on line 25",
            "the masks 「20xx」「xx」「x」 and 「综治ww综合服务中心」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x278_02_tangkou-zhen-chunjie-huodong-fangan.txt"
plan(X02,
     title="乡镇春节活动方案",
     title_note="line 1 (the thread's title, the plan's name as printed; the town is named only by its places 汤口社区, 山岔村, 冈村, "
                "黄山风景区)",
     doc_no="", issuer="汤口镇 (黄山区, Anhui; by its places 汤口社区, 山岔村, 冈村 and 「黄山风景区消防大队」; the page names no town)",
     date="not shown (lunar days 「年初一」… with no year)",
     level="town (汤口镇, by its places)",
     source=page_source("https://m.pinggu.org/bbs/thread-12129235-1-1.html"),
     style="a forum post: title, 一、春节活动项目 (一)–(五) field blocks 「1、…时间 2、…地点 3、负责单位:… 4、组队形式／活动要求」, "
           "(三) glued after 「。」 at the start of line 13 (the thread's title repeated inside 4、活动要求 of (二)), 「(六 ...」 and "
           "「附件列表」 (the forum's) — CUT",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0,
     samples=[
        S(["一", "(一)"], [], ["汤口社区"], skip_deadline=True, lead_alternatives=[["汤口社区"]],
          note=FIELDS + ": 「3、负责单位:汤口社区」 is the item's label (" + R1 + "); " + LABEL_NO_LEAD + "; " + ONE + "; 「每队限报8人」 "
               "is not checked (限 is no word of round 30's list — a team-size norm or a ceiling: RULING? 7); 「年初一、初二」 are "
               "lunar days with no year: " + NOYEAR),
        S(["一", "(二)"], [], ["各村居"], skip_deadline=True, lead_alternatives=[["各村居"]],
          note=FIELDS + ": 「3、负责单位:各村居」 — " + R1 + ": 「由各村居利用…放映电影」 in 4、活动要求 adds nothing (the same body); "
               "各村居 a kind (round 30); " + ONE + "; the dated sending 「请各村居将放映打算于1月30日前报送至镇文广站」 is a duty (round 32; "
               "round 43's dated sending) — no year printed: " + NOYEAR + "; 「乡镇春节活动方案」 inside the text is the thread's title "
               "repeated by the page"),
        S(["一", "(三)"], [], ["九龙瀑舞龙队", "山岔村"], skip_deadline=True, responsible_alternatives=[["山岔村"]],
          **at(X02, "(三)"),
          note="(三) stands after 「。」 at the start of line 13 (the page glued the sentence's end to it): an item as printed (round 34: "
               "numbers running in order); " + FIELDS + ": 「3、参演单位:九龙瀑舞龙队」 beside 「4、负责单位:山岔村」 — 参演 is 参加 (round "
               "42's 参加单位 field: responsible), the team a body named by its name: responsible [九龙瀑舞龙队, 山岔村] in printed "
               "order; [山岔村] alone (参演 read as performers) is accepted — RULING? 2; no 牵头: lead []; lunar days: " + NOYEAR),
        S(["一", "(五)"], [], ["冈村"], skip_deadline=True, lead_alternatives=[["冈村"]],
          note=FIELDS + ": 「3、负责单位:冈村」 (" + R1 + "); " + ONE + "; clock times 8:30, 2:00 are no targets (Targets: clock times); "
               "「每队限报10人」 not checked (RULING? 7); 「年初三」 a lunar day: " + NOYEAR),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各村居将放映打算报送至镇文广站", "when": "1月30日前", "when_norm": None,
              "note": "(二) 4、活动要求: a one-off sending to the town's 文广站 by the bodies the plan tasks (round 32; round 43 turned: "
                      "a dated sending is a dated duty); no year is printed, so no date is checked"}],
     notes=["5 leaves: 一/(一)–(五), each a field block (round 35); 「(六 ...」 prints a number and nothing else before the forum's "
            "「附件列表」: no task (round 62's x266_02: a heading alone gives no work; here not even a heading); accepted: 6 (with (六))",
            "(三) follows 「。」 on line 13 — a parser that wants numbers at a line's start may miss it"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x278_03_xx-xian-2026-yuandan-chunjie-yuanxiaojie-wenti-huodong-fangan.txt"
PROPAGANDA_ETC = ["县委宣传部", "县纪委监委", "文旅局", "卫健局", "科技局", "司法局", "市监局", "农业农村局", "综合执法局",
                  "应急管理局", "交通局", "人社局", "文联", "各乡镇(街道)"]
plan(X03,
     title="xx县2026年元旦春节元宵节系列文体活动方案",
     title_note="line 6, the plan's own title as printed (mask kept, round 44); line 1 is the site's headline without 「xx」",
     doc_no="", issuer="an xx县 (masked; 「中殊玉泉国际酒庄、贺兰红酒庄」 — Ningxia by its places, 贺兰县 likely; not named)",
     date="the site's 2025-12-29 (the site's, round 45); the plan's own year 2026",
     level="county (xx县, masked)",
     source=page_source("https://www.xiebiwenku.com/index/article/detail/detail_id/109806.html"),
     style="a document site's page: site headline, site date and chrome, the title, preamble, 一、活动主题 (a field), 二、活动内容 "
           "(一) a field block 「活动时间:2026年1月至2月(…) 活动地点 活动内容:由县文化馆…创排6-8个… 牵头单位:县文旅局 责任单位:县委宣传部、"
           "统战部,各乡镇(街道)」, (二) a field block whose 活动内容 is 「由县委宣传部牵头,县纪委监委、…文联及各乡镇(街道)等单位,组织开展…」 "
           "— CUT in (二)'s 活动内容 (「图书捐」); blank lines between every line",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], ["县文旅局"], ["县文旅局", "县委宣传部", "统战部", "各乡镇(街道)"], targets=[("6-8", "个")],
          not_targets=[(2026, "年")], dl="2026年1月至2月", dln="2026-02",
          note=FIELDS + ": 「牵头单位:县文旅局」「责任单位:县委宣传部、统战部,各乡镇(街道)」 — lead the 牵头 body, responsible it and the "
               "责任单位 in printed order (round 38: 承办／责任 beside 牵头); 「县委宣传部、统战部」 are two heads, the shared 县委 stays "
               "with the first (round 40; round 47's x218_02), 统战部 as printed; 「由县文化馆集中…创排」 in 活动内容 adds nothing ("
               + R1 + "); 「创排6-8个…文艺精品」 is the item's own number of work, a band (rounds 37, 52); 2026 a year, no target; "
               "活动时间 is the activity's span (round 35): its end 2026-02 (the bracket's 2月17日／3月3日 say when the festivals fall)"),
        S(["二", "(二)"], ["县委宣传部"], PROPAGANDA_ETC, dl="2026年1月至12月", dln="2026-12",
          responsible_alternatives=[PROPAGANDA_ETC[:-1] + ["各乡镇(街道)等单位"]],
          note="the page ends inside 活动内容, before any label: only what is printed is read (round 48), so " + R2 + ": 「由县委宣传部牵头,"
               "县纪委监委、文旅局、…文联及各乡镇(街道)等单位,组织开展…」 — 由A牵头 (lead A) and the bodies after it the subjects of 组织开展 "
               "with A (rule 2: the subject of 组织＋verb; round 30's 「A负责…，B配合」 puts bodies after a doer among the responsible): "
               "responsible in printed order; 县纪委监委 as printed; the shared 县 stays with the first (round 40); the bare tail "
               "「等单位」 is dropped (round 64: a bare 「等部门」 is dropped), the name with it accepted; 活动时间 「2026年1月至12月」: "
               "2026-12 (round 35); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) (CUT); 一、活动主题 a field (round 42 continued: a section with only the theme)",
            "line 1 「县2026年…活动方案」 (the site's headline, the mask dropped) and line 6 「xx县2026年…活动方案」 (the plan's own "
            "title): the title is line 6's (round 62: the title line after the site's chrome, as printed)",
            "「***文化思想」 is the page's mask"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x278_04_yunxiao-xian-yuanxiao-fu-xilie-wenhua-huodong.txt"
plan(X04,
     title_note=NO_TITLE + "line 1 「清远旅游景点大全(清远旅游景点大全介绍)」 is the site's own headline of another subject (a mirror "
                "site's chrome); the plan prints no title of its own — the activities are named 「“福见云霄、福满元宵”系列文化文艺活动」 "
                "in the preamble",
     doc_no="", issuer="云霄县 (Fujian; 「福见云霄」, 开漳文化, 县文体旅局) — a 县's culture bodies; no issuer line",
     date="not shown (the site's 2024-10-07 and 2022-09-13 are the site's, round 45; 「结合疫情防控需要」: 2020–2022)",
     level="county (云霄县)",
     source=page_source("http://shbk.net/lvyou/78827.html"),
     style="a mirror page: an unrelated site headline, site dates, a preamble, 一、非遗民俗活动 (活动时间 then a paragraph that gives "
           "work with no subject), 二、线上线下展 1.–4. (each 「主办:… 承办:… 时间:…」 lines) — the page's text ends after 4.",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0,
     samples=[
        S(["一"], [], [], skip_deadline=True,
          note="a childless point whose paragraph gives work 「适时开展圣王巡安…等…民俗活动,并推出…特色活动,减少走王等聚集性活动。鼓励制作…"
               "花灯」 with no subject: a task naming no unit (round 34 early: a childless point that gives work; the count 4 without it "
               "is accepted); 「根据各社区、村的实际」 is a basis, no doer; " + R2 + ": no ruled form — lead [], responsible []; "
               "「2月14-16日」 has no year: " + NOYEAR),
        S(["二", "1"], ["县文体旅局", "县文联"], ["县文体旅局", "县文联", "县文化馆"], skip_deadline=True,
          note=HOSTS + "; 「主办:县文体旅局、县文联」 two names; " + NOYEAR),
        S(["二", "2"], ["县文体旅局"], ["县文体旅局", "县文化馆"], skip_deadline=True,
          note=HOSTS + "; 《乌山魂》 a title, no figure; 「时间:2月12日-15日」: " + NOYEAR),
        S(["二", "4"], ["县统计局", "财政局", "总工会"], ["县统计局", "财政局", "总工会", "县灯谜协会"], skip_deadline=True,
          note=HOSTS + "; 「主办:县统计局、财政局、总工会」 — three heads; the shared 县 stays with the first (round 40), the others as "
               "printed; the 灯谜协会 a body (a society named by its name); the item's name 《宣传贯彻统计法、新工会法》 holds no unit; "
               + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一 (a childless point that gives work) and 二/1–4 (field blocks, round 35); accepted: 4 (一 read as a field "
            "point, round 42 continued — it is more than time and place, so 5 is the answer)",
            "the page's own headline 「清远旅游景点大全…」 belongs to another subject: a reader takes no title from it"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x278_05_ganxian-kejia-shengtai-wenhua-lvyoujie-huodong-fangan.txt"
plan(X05,
     title_note=NO_TITLE + "the page opens with the preamble; the plan names its event 「20XX中国(赣州)客家生态文化旅游节活动」 inside it",
     doc_no="", issuer="赣县 (Jiangxi; 「充分展示赣县良好形象」, 县委宣传部, 储潭乡)", date="not shown (years masked 「20XX」)",
     level="county (赣县)",
     source=page_source("http://lieshai.com/html/11543.html"),
     style="a 范文 page: preamble, 一、活动主题 and 二、活动时间 (fields: 「20XX年3月—12月。集中活动时间为20XX年3月20日至3月22日(共三天)」), "
           "三、活动安排 1. (a field block with 牵头单位), 2. (1) (a field block with 牵头单位 and 责任单位) (2)开(竣)工典礼 ①–④ (field "
           "blocks, 牵头单位 only) — CUT in ④ at 「活动地点」; items 「1.20XX…」「2.20XX…」 open with a number glued to a masked year",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "1"], ["县委宣传部", "县旅游局"], ["县委宣传部", "县旅游局"], skip_deadline=True,
          note=FIELDS + ": 「牵头单位:县委宣传部、县旅游局」 — two leads, each responsible (rule 1; round 38); 「邀请…媒体…旅行社参加」 "
               "invites, no doer (rule 3); the item's number 「1.」 is glued to 「20XX」 (「1.20XX中国…」): the number is 1, the rest the "
               "name; 「3月上旬」: " + MASKED),
        S(["三", "2", "(1)"], ["县委宣传部"], ["县委宣传部", "县委办", "县政府办", "县文广局", "县城乡规划建设局"], skip_deadline=True,
          note=FIELDS + ": 「牵头单位:县委宣传部」「责任单位:县委办、县政府办、县委宣传部、县文广局、县城乡规划建设局」 — lead the 牵头 body; "
               "the 责任单位 in printed order (县委宣传部 printed in both, given once); 「3月20日上午」: " + MASKED),
        S(["三", "2", "(2)", "①"], ["县城南片区建设指挥部"], ["县城南片区建设指挥部"], skip_deadline=True, **at(X05, "①"),
          note=FIELDS + ": 「牵头单位:县城南片区建设指挥部」 — a 牵头 label names the lead (rule 1; round 38), a standing 指挥部 (not set up "
               "by the item, round 36); ① is a leaf under (2)开(竣)工典礼 (a heading with children); " + MASKED),
        S(["三", "2", "(2)", "③"], ["县旅游局", "储潭乡政府"], ["县旅游局", "储潭乡政府"], skip_deadline=True, **at(X05, "③"),
          note=FIELDS + ": 「牵头单位:县旅游局、储潭乡政府」 — two leads (a 乡 government of another level is a body by form, round 44); "
               "no 活动内容 line (the item's name says the work: 奠基仪式); " + MASKED),
        S(["三", "2", "(2)", "④"], [], [], skip_deadline=True, **at(X05, "④"),
          note="「④宝莲山风景区奠基仪式」 with 活动时间 and 「活动地点」 before the page ends: an event like ①–③ (a task; the count 5 "
               "without it accepted); " + LOST_LABEL + ": lead [], responsible []; " + CUT + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 三/1, 三/2/(1), 三/2/(2)/①–④ (④ CUT); 一、活动主题 and 二、活动时间 are fields (round 42 continued); "
            "(2)开(竣)工典礼 is a heading over ①–④; accepted: 5 (without the cut ④)",
            "二、活动时间's spans are the campaign's (round 37), but their years are masked: no deadline is checked in this file"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x278_06_gaozhou-qingguoqing-hezhongqiu-xilie-zhuti-huodong.txt"
plan(X06,
     title_note=NO_TITLE + "no title line (the page opens with an introduction 「…我们一起来看看吧!」); 一、活动主题 names the series "
                "「我们的节日--“庆国庆?贺中秋”系列主题活动」",
     doc_no="", issuer="高州市新时代文明实践中心 (Guangdong; the 市委宣传部 and 市文明办 host)",
     date="not shown (the year is blank in 「--年高州市…」)",
     level="county-level city (高州市)",
     source=page_source("http://bbs.gaozhouzx.com/archiver/showtopic-4136.aspx"),
     style="a forum archive page: an introduction, 「(以上图片图片来源于网络)」, 一、活动主题 and 二、活动时间 (fields), 三、组织机构 "
           "(指导单位／主办单位／协办单位 for the whole series), 四、活动安排 1、–6、 (field blocks 「活动时间 活动地点 责任单位」) — CUT in "
           "6、 at 「高州市新时代文明实践中心(」; 「?」 where the page lost a mark",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间", "三、组织机构"],
     samples=[
        S(["四", "1"], [], ["市文明办", "潭头镇政府", "成就文化艺术"], skip_deadline=True,
          note=FIELDS + ": 「责任单位:市文明办、潭头镇政府、成就文化艺术」 in printed order (rule 1); " + LABEL_NO_LEAD + "; 成就文化艺术 "
               "a body as printed (a company's name, round 43: names as printed); 三、组织机构's 指导／主办／协办 lines stand in a point of "
               "their own about the whole series: a plan-level field, units of no item (round 54 r48b; round 42); clock times "
               "19:30-21:00 are no targets; 「9月27日」 with the year blank 「--年」: " + NOYEAR),
        S(["四", "2"], [], ["市文明办", "市融媒体中心", "市演讲朗诵协会"], skip_deadline=True,
          note=FIELDS + ": the 责任单位 line in printed order; 「三周年」 names the society's anniversary, no figure of work (not "
               "checked); " + NOYEAR),
        S(["四", "4"], [], ["市文广旅体局", "市图书馆"], skip_deadline=True,
          note=FIELDS + ": 「责任单位:市文广旅体局、市图书馆」; 「10月1日上午:9:00」: " + NOYEAR),
        S(["四", "6"], [], [], skip_deadline=True,
          note="「6、“祖国在我心中”--中国地图拼图大赛」 with 活动时间 and a cut 活动地点: a task (an event like 1、–5、); " + LOST_LABEL
               + " — the plan-level 主办／协办 lines give it nothing (round 54 r48b): lead [], responsible []; " + CUT + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 四/1–6 (6 CUT); 一、活动主题 and 二、活动时间 are fields (round 42 continued); 三、组织机构 is a plan-level "
            "host field (round 41: a count with it as a task is accepted → 7)",
            "「庆国庆?贺中秋」「情满中秋?祝福祖国」: the page's 「?」 for a lost middle dot; 「--年」 a lost year"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x278_07_yongdeng-xian-2024-guoqing-wenhua-xilie-huodong.txt"
plan(X07,
     title_note=NO_TITLE + "line 1 is a WeChat post's headline 「【文化惠民】永登县将开展…“国庆”文化系列活动」 (a column tag and a "
                "news verb 将开展), not a plan's title",
     doc_no="", issuer="永登县 (Gansu; the post names the 县's 新时代文明实践文化文艺志愿服务队 and 县文旅局)",
     date="2024-09-30 (the post's date, line 3; 「成立75周年」: 2024 — the plan's items print no year)",
     level="county (永登县)",
     source=page_source("https://wxredian.com/art?id=cc36ca33aae55e74a90df3db5f64d8d0"),
     style="a WeChat post mirrored: headline, column and date line, a preamble, 活动主题／活动时间 lines (fields), 「活动安排」 (an "
           "unnumbered heading), 1.–6. run-in names 「1.广场舞比赛。…」 each with 组织单位／活动时间／活动地点 lines, 「7.戏」 — CUT",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0,
     samples=[
        S(["活动安排", "1"], [], ["县文旅局", "县文化馆"], skip_deadline=True, **at(X07, "\n1."),
          note=FIELDS + ": 「组织单位:县文旅局、县文化馆」 is the item's label (" + R1 + "): 「乡镇综合文化站选送优秀舞蹈队开展…」 adds "
               "nothing (选送 is no rule-2 verb anyway, round 30); " + LABEL_NO_LEAD + "; 「10月1日」: the year is not printed in the "
               "plan (the post's date and 「75周年」 are no printed year of the item, round 45): the deadline is not checked"),
        S(["活动安排", "4"], [], ["县文旅局", "县文工团"], skip_deadline=True, **at(X07, "\n4."),
          note=FIELDS + ": 「组织单位:县文旅局、县文工团」 (" + R1 + "); 「组织社会各界秦腔爱好者…」 has no subject and its object is the "
               "public (round 30); the year is not printed: the deadline is not checked"),
        S(["活动安排", "5"], [], ["县文旅局"], skip_deadline=True, lead_alternatives=[["县文旅局"]], **at(X07, "\n5."),
          note=FIELDS + ": 「组织单位:县文旅局」; " + ONE + "; 「每日上午10:00、下午14:00各一场」 — clock times, no targets; the daily "
               "count 「各一场」 is not checked; 「10月5日—10月7日」 with no printed year: the deadline is not checked"),
        S(["活动安排", "6"], [], ["县文旅局"], skip_deadline=True, lead_alternatives=[["县文旅局"]], **at(X07, "\n6."),
          note=FIELDS + ": 「组织单位:县文旅局」 — 「由县文旅局安排,…组织实施文艺演出活动」 names the same body (rule 1 decides); " + ONE
               + "; the year is not printed: the deadline is not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 1.–6. under the unnumbered 「活动安排」 (the heading's text is the path's first element, plans-dev EXPECTED.md: Paths); 「7.戏」 prints a number and "
            "one character — no work is printed (round 62's x266_02; round 48), no task; accepted: 7 (with it — RULING? 4)",
            "「活动主题:」「活动时间:10月1日—10月30日」 are plan-level fields (round 42 continued); the span is the series' (round 35), "
            "but no year is printed in the plan, so no deadline is checked in this file",
            "runs of spaces in lines 3 and 11 were typed as ASCII spaces when the excerpt was copied; the stored page may hold "
            "no-break spaces there (the file is 1,994 bytes where the other full openings are 1,998–2,000)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x278_08_x-qu-2023-chunniushou-wenhua-lvyoujie-fangan.txt"
plan(X08,
     title_note=NO_TITLE + "「文化旅游节工作方案」 stands after the site's chunk number 「1、」 and runs straight into the preamble on "
                "the same line (as plans-next208's x208_01)",
     doc_no="", issuer="an x区 (masked; 南京 江宁区 by 牛首山, 方山大鼓; 「XX市x区人民政府、XX市旅游局」 host)",
     date="not shown; the festival is named 「2023首届x春牛首文化旅游节」",
     level="district (x区, masked)",
     source=page_source("https://m.wnwk.com/doc/558715.html"),
     style="a document site's preview: three run-on lines each opened by the site's chunk number 「1、」「2、」「3、」 (chrome, round 40; "
           "「2、」 cuts the clock time 「9:30-11:\\n2、50」); 一、指导思想, 二、活动时间 「:4月10日。5月9日」 (a field), 三、主办单位 (a "
           "point of its own: plan-level), 四、活动内容 (一)文化x 1、开幕式 (fields (1)–(5)), 2、摄影比赛 (fields (1)–(3)), 3、小学生书画"
           "比赛 (fields (1)–(4)) — CUT in 3's 活动内容; 「。」 where the page lost a dash",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动时间", "三、主办单位"],
     samples=[
        S(["四", "(一)", "1"], [], ["x开发区", "区旅游局"], dl="4月11日上午9:30-11:50", dln="2023-04",
          **at(X08, "(一)文化x 1、"),
          note=FIELDS + ": 「(3)承办单位:x开发区、区旅游局」 (mask kept, round 44); " + LABEL_NO_LEAD + "; 三、主办单位 is a point of its "
               "own about the whole festival: plan-level, units of no item (round 54 r48b); 「(4)参会人员:…领导…负责人…」 are persons "
               "(round 30; round 42: a 参加人员 field names persons); the item's own name prints the year 「2023首届x春牛首文化旅游节开幕式」: "
               "「4月11日」 → 2023-04 (the item's own date, round 34; the site's chunk 「2、」 inside 「11:\\n2、50」 is chrome)"),
        S(["四", "(一)", "2"], [], ["x开发区"], targets=[(100, "幅")], dl="3月12日。20日", dln="2023-03",
          lead_alternatives=[["x开发区"]], **at(X08, ") 2、"),
          note=FIELDS + ": 「(2)承办单位:x开发区」; " + ONE + "; 「选出100幅作品」 — the number the item selects is its own number of "
               "work (round 49: 「抽选20名」); 「一、二、三等奖」 grades, no figures; 「3月12日。20日」 (the page's 「。」 for a dash) is the "
               "contest's span, its end 3月20日; the year from the preamble's 「2023首届…文化旅游节」, the plan's own text (EXPECTED.md: "
               "an implicit year is the plan's; round 46's x209_05 takes a year the plan itself prints) — 2023-03; RULING? 6"),
        S(["四", "(一)", "3"], [], ["x开发区", "区教育体育局"], dl="4月11日上午9:00-10:00", dln="2023-04",
          **at(X08, "作品 3、"),
          note=FIELDS + ": 「(3)承办单位:x开发区、区教育体育局」; " + LABEL_NO_LEAD + "; 「4月11日」 in the plan's year 2023 (as 2; "
               "RULING? 6); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 四/(一)/1–3, each a field block (round 35; (1)–(5) are fields, not tasks); 一、指导思想 a section; 二、活动时间 "
            "and 三、主办单位 plan-level fields (rounds 41, 42 continued; round 54 r48b)",
            "the chunk numbers 「1、」「2、」「3、」 that open lines 1–3 are the site's (round 40: chrome, not items); 「2、50」 and "
            "「3、书画比赛。)」 continue text cut by them"])

write_collected(DIR)

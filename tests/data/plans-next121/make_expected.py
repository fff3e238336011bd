# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next121/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c121, round 34: eight page openings of plans from outside Shanghai — 甘肃省卫生
健康委's 2024 notice on the 职业病防治“三项行动” whose only items are three STAGES WITH SPANS AND WORK (「(二)工作实施阶段
(2024年8月—2025年9月)。…」), 宜昌's 三峡大坝 旅游市场秩序 plan opening at 四/(二) whose 五、职责分工 is a CHILDLESS SECTION OF
UNIT PARAGRAPHS (「市旅游局:负责…」 … 「秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区管委会:负责…」), 宁国's 职业病防治法宣传周 plan
on ONE LINE (「(一)各乡镇、街道要…组织开展宣传活动」), 大圩镇's 2018 退役军人信息采集 plan whose lines start with a document
site's CHUNK NUMBERS 「1、」「2、」「3、」 (not items), a county's 水库安全度汛管理暂行办法 written as articles on one line
(「各镇人民政府…负总责」, 「X 河水库由县政府负责;…由镇政府负责」) under a site's numbered chrome, 均坪镇's 2025 安全生产大排查
plan (「镇应急办牵头,组织…」, 「…联合交通部门检查…」), a city's 2002 旅游市场整顿 plan opening mid-text in an unseen stage
(「3、各旅行社企业…负责…」, 「(四)第四阶段(2002年四季度)」, a dated sending to 市创优办), and 西安市工商局's 2007 通知 of headed
points (「各分县局要…落实责任…」)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
where the number is not at its line's start or its section heading is not on the page); every answer was written
here by reading the texts, under `tests/data/CONVENTIONS.md` (its round-29 rules on units written in sentences and
the rulings of rounds 30–34 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the
parser nor the scorer was run on these plans by c121.

    python tests/data/plans-next121/make_expected.py tests/data/plans-next121
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside a one-line text, or under a heading not on the page), the first words cut at the
# line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
GOALS = "a section of aims, scope or contents with no numbered children: no task"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋verb, 牵头, 会同/协同/联合, a "
         "designation; round 30, round 34)")
STAGE = "a stage written as a name and a time with its work after it: a phase and a task (round 33)"
SPAN = ("RULING? the stage's span is the stage's phase; the item's deadline is read as the span's END (round 34: of "
        "several dates in one item the latest is the deadline); x111's answers left spans unchecked")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "no year of the plan is printed on the page: the span's months cannot be resolved, not checked"
ROUND27 = ("an item of 工作要求 that names no unit, in a plan whose tasks name units: no task (round 27; round 33 turns it "
           "on a unit by label or rule 2)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x121_01_gansu-2024-zhiyebing-fangzhi-sanxiang-xingdong-shishi-fangan.txt"
plan(X01,
     title="甘肃省职业病防治“三项行动”实施方案（关于印发甘肃省职业病防治“三项行动”实施方案的通知）",
     title_note="lines 1 and 7 print the notice's title (the plan's name inside it): the notice's title or the plan's "
                "name accepted (the scorer's 「plan（notice）」 form)",
     doc_no="甘卫职健函〔2024〕217号 (printed 「甘卫职健函2024〕217」, 〔 and 号 lost)",
     issuer="甘肃省卫生健康委员会 (Gansu; the notice is addressed to 各市州、兰州新区卫生健康委、疾控局…; posted on a county "
            "site, 「来源:卫生健康局」)",
     date="2024 (the site's 「添加时间:2024-07-12」; the first stage ends 「2024年7月底前」)", level="province (Gansu)",
     source=page_source("https://ghx.gov.cn/ghx/zwgk/bmxzxx/bm/ghxwsjkj/fdzdgknr/ylws/art/2024/art_aacbe1a5bc7c434fb68ecb197c44f241.html"),
     style="a county site's copy of a provincial notice: the title, 「来源:…浏览次数: 添加时间:…」「字号:」「收藏」, the title again, "
           "the document number padded with blanks, addressees, a preamble citing three national 工作方案 「(2024—2025年)」, then "
           "一、实施步骤 with three STAGES 「(一)动员部署阶段(2024年7月底前)。…」「(二)工作实施阶段(2024年8月—2025年9月)。…」"
           "「(三)总结评估阶段(2025年10月—12月)。…」 each with its work after the time (general calls by kind with verbs outside "
           "rule 2; a sending 「并将结果报省卫生健康委」) — CUT in (三) at 「组织有关部」",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], dl="2024年7月底前", dln="2024-07",
          note=STAGE + "; " + R2 + ": 「各级卫生健康行政部门、疾控主管部门要结合本地实际制定…实施计划,明确…」 — kinds of body, "
                       "but 制定 and 明确 are not rule-2 verbs (" + VERBS + "): lead = [], responsible = []; 「(2024年7月底前)」 "
                       "is the item's deadline and the stage's end (as x115_06's 「(2021年3月底前)」): 2024-07"),
        S(["一", "(二)"], [], [], dl="2024年8月—2025年9月", dln="2025-09",
          note=STAGE + "; " + R2 + ": 「…要按照本地区实施计划开展工作」「省卫生健康委适时对…开展重点督导」「各市州卫生健康委和疾控局"
                       "要开展阶段性评估…并将结果报省卫生健康委」 — 开展 (without 组织), 加强, 推进 and a sending (报) are not "
                       "rule-2 verbs: lead = [], responsible = []; the sending to the issuer is a duty (no date: 「在实施过程中期和"
                       "后期」); " + SPAN),
        S(["一", "(三)"], [], ["省卫生健康委", "疾控局"], dl="2025年10月—12月", dln="2025-12",
          note=CUT + "; " + STAGE + "; " + R2 + ": 「各市州卫生健康委、疾控局要对…进行总结评估」 (进行: no rule-2 verb); "
                     "「省卫生健康委、疾控局组织有关部〔门…〕」 — round 30 「A组织B＋verb」: A is the doer, B (有关部门, the pivot's "
                     "object) is not a unit; RULING? the verb after the pivot's object is cut by the page: read as 组织＋work "
                     "(round 34) — responsible 省卫生健康委, 疾控局 (two heads, two names), lead [] (no 牵头); a strict reader "
                     "who wants the verb answers responsible []; " + SPAN),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署阶段", "start": None, "end": "2024-07"},
             {"name": "工作实施阶段", "start": "2024-08", "end": "2025-09"},
             {"name": "总结评估阶段", "start": "2025-10", "end": "2025-12"}],
     duties=[{"what": "各市州卫生健康委和疾控局要开展阶段性评估…并将结果报省卫生健康委", "when": "在实施过程中期和后期",
              "when_norm": None}],
     notes=["3 leaves: 一/(一), (二), (三) (cut) — the notice's own items are stages with work (round 32/33: phases and "
            "tasks); the 实施方案 itself is not on the page",
            "「(2024—2025年)」 are spans in titles of national documents, 「2024年全国职业健康工作会议」 a meeting's name, "
            "「2024-07-12 11:08」 the site's time, 「217」 a document number: no targets",
            "the document number line is padded with 55 and 14 blanks (see the README on this file's bytes)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x121_02_yichang-sanxia-daba-lvyou-shichang-zhixu-zhuanxiang-zhengzhi-gongzuo-fangan.txt"
plan(X02,
     title="三峡大坝及周边旅游市场秩序专项整治工作方案（宜昌市人民政府办公室关于印发三峡大坝及周边旅游市场秩序专项整治工作方案的通知）",
     title_note="line 2 prints only the notice's title (the plan's name inside it): either accepted",
     doc_no="", issuer="宜昌市人民政府办公室 (Hubei, 宜昌市)", date="(no year on the page)", level="city (Hubei, 宜昌市)",
     source=page_source("http://www.kleyou.com/html/text/lar/174165/17416581_1.html"),
     style="a law-database copy (法搜网): the site's name, the notice's title, then the plan from 四's stage 「(二)实施阶段(8月27日至"
           "10月15日)。…」 (四、's heading and its (一) are not on the page), 「(三)总结阶段(10月16日至31日)。…整治专班要及时将…书面"
           "总结材料报市政府」, 五、职责分工 with NINE UNNUMBERED UNIT-COLON PARAGRAPHS 「市旅游局:负责…」…「湖北楚天高速公路股份公司:"
           "协助有关部门…进行查处」 (one of them 「秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区管委会:」), 六、工作要求 (一)(二) "
           "(「市旅游局要切实履行…责任,其他各参加单位要…落实责任」; 「各旅游景区要…设立…」) — CUT in (二); indented paragraphs",
     leaf_tasks=3, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["四", "(二)"], [], [], dl="8月27日至10月15日", skip_deadline=True, **at(X02, "(二)"),
          note="四、's heading is not on the page (the path names it from the stages' numbering); " + STAGE + "; no body is "
               "named (「突出整治重点,依法查处一批案件…」 has no subject): lead = [], responsible = []; the span is the stage's, "
               "and " + NOYEAR),
        S(["四", "(三)"], [], [], dl="10月16日至31日", skip_deadline=True, **at(X02, "(三)"),
          note=STAGE + "; " + R2 + ": 「整治专班要及时将整治工作书面总结材料报市政府」 — a sending (报) is no rule-2 verb: lead = [], "
                       "responsible = []; the sending of the plan's own 专班 to 市政府 is a duty (「活动结束后」, no date); "
                       + NOYEAR),
        S(["五"], [], ["市旅游局", "市公安局", "市交通运输局", "市工商管理局", "市城管局", "市三峡坝区工委",
                       "秭归县、夷陵区、西陵区、伍家岗区政府", "宜昌开发区管委会", "长江三峡集团公司枢纽管理局",
                       "湖北楚天高速公路股份公司"],
          note="round 32 (a childless section of unit paragraphs) and round 34 (a 职责分工 heading is a label of doers): "
               "五、职责分工 is ONE task, its units every paragraph's body in printed order; lead [] (no 牵头); 「秭归县、夷陵区、"
               "西陵区、伍家岗区政府」 — places joined by 、 before one head 政府 — is one name as printed (round 30 「市、区X部门」, "
               "round 31 fields sharing one head; RULING? places rather than fields), and 「…和宜昌开发区管委会」 a second name "
               "(round 34: 「A和B」 two names); 市三峡坝区工委 「负责协助市旅游局…」 and 湖北楚天高速公路股份公司 「协助有关部门…"
               "进行查处」 are given work under the heading (round 34), 有关部门 (the assisted) is not; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "活动结束后,整治专班要及时将整治工作书面总结材料报市政府", "when": "活动结束后", "when_norm": None}],
     notes=["3 leaves: 四/(二), 四/(三) (stages with work: phases and tasks, round 33) and 五 (one task, round 32); "
            "六/(一) and 六/(二) (cut) name no unit — 「市旅游局要切实履行组织协调责任」 (履行: no rule-2 verb), 「其他各参加单位要…"
            "落实责任」 (RULING? a back-reference to the units above, round 34, adding no unit), 「各旅游景区要…设立…」「旅游部门要…"
            "受理…」 (no rule-2 verb) — " + ROUND27 + "; 5 (with them) accepted",
            "the stages' spans print no year: no phase is checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x121_03_ningguo-zhiyebing-fangzhifa-xuanchuanzhou-huodong-fangan.txt"
plan(X03,
     title="20XX 职业病防治法宣传周活动方案",
     title_note="the page's first words (the site's name of the piece, the year masked 「20XX」); the notice itself "
                "(「…现就做好宣传周活动通知如下」) prints no title of its own on the page",
     doc_no="", issuer="宁国市 (Anhui; 「以实际行动推动健康宁国建设」) — its health bureau, addressing 各乡镇人民政府、街道办事处…",
     date="(masked 「20XX」; the 16th 宣传周 points to 2018)", level="county-level city (Anhui, 宁国市)",
     source=page_source("https://xiaomilidoc.com/p-13121350.html"),
     style="a document site's preview on ONE LINE: the title, the site's two sentences 「职业病防治法宣传周就要到了,…大家参考!」, "
           "addressees, 「20XX 年 4 月 25 日至 5 月 1 日是第 16 个《职业病防治法》宣传周」, 一、宣传主题 / 二、宣传内容 (theme and "
           "contents, no work; 「(见附件 1、2、4)」), 三、活动形式 「(一)各乡镇、街道要结合辖区实际组织开展宣传活动,…组织厂矿企业…"
           "开展宣传,鼓舞企业…」 「(二)市疾控中心、市医院、健」 — CUT",
     leaf_tasks=2, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、宣传主题", "二、宣传内容"],
     samples=[
        S(["三", "(一)"], [], ["各乡镇", "街道"], **at(X03, "三、活动形式 (一)"),
          note="round 34: items numbered inside one paragraph are items (一、二、三、 and (一)(二) run in order); " + R2 + ": "
               "「各乡镇、街道要…组织开展宣传活动」 — kinds of body with 组织开展 (round 32: 各街镇 a kind): responsible 各乡镇, 街道 "
               "(split at 、 as round 30's 「各镇、园区」; 各 not shared), lead []; 「组织厂矿企业在单位内部开展宣传」: 厂矿企业 is the "
               "pivot's object (round 30), no unit; 「鼓舞企业…」 no rule-2 verb; the week 「20XX 年 4 月 25 日至 5 月 1 日」 is "
               "the event's, not in the item: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/(一) and 三/(二) (cut before its verb: its bodies 「市疾控中心、市医院、健…」 have no verb on the page, so "
            "no sample is written on it); 一、宣传主题 and 二、宣传内容 state a theme and contents (no work, no doer): " + GOALS +
            " (round 34's headed points give a task only where a point gives work); 4 (with them) accepted",
            "「第 16 个」 an ordinal, 「附件 1、2、4」 attachment numbers, 「20XX」 a masked year: no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x121_04_dawei-zhen-2018-tuiyi-junren-youfu-duixiang-xinxi-caiji-shishi-fangan.txt"
plan(X04,
     title="大圩镇退役军人和其他优抚对象信息采集工作实施方案",
     title_note="line 1 after the site's chunk marks 「1、1」 (the piece's number and the document's page number)",
     doc_no="", issuer="大圩镇 (a town under a district of a 自治区: 「自治区党委、政府」, 「区政府」 — Guangxi)",
     date="2018 (「力争 2018 年底前完成」, 「截至 2018 年 10 月 1 日」)", level="town (Guangxi, 大圩镇)",
     source=page_source("https://m.wenke99.com/p-1521620.html"),
     style="a document site's extract in three CHUNKS, each line starting with the site's chunk number 「1、」「2、」「3、」 (not items; "
           "a chunk breaks mid-sentence 「标准\\n3、时点为…」): the title run into the preamble 「…力争 2018 年底前完成。特制定实施方案如"
           "下:」, 一、成立机构,落实相关人员 (a group of PERSONS with posts, 「各村支书主任」, its office 「设在镇民政办…负责…督促指导各"
           "村开展信息采集,确保 12 月 10 日前完成数据采集上报工作」), 二、采集对象范围界定 (scope: 「标准时点为截至 2018 年 10 月 1 日」, "
           "「十二类人员」) — CUT at 「具体包括:(」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="12 月 10 日前", dln="2018-12", **at(X04, "如下: 一、"),
          note="round 34 (headed points): a childless point whose text gives work is a task; " + R3 + ": the 领导小组 (persons "
               "by name and post) and its office are bodies the item sets up — 「办公室设在镇民政办…负责…的贯彻落实,协调…,督促指导"
               "各村开展信息采集」 is the set-up office's work (round 34: an office of a body the item sets up is part of it, not "
               "a unit), 镇民政办 is where it sits (「设在」, no doer), persons (组长, 主任) are never units: lead = [], responsible "
               "= []; 「确保 12 月 10 日前完成数据采集上报工作」 — the year is the plan's (「力争 2018 年底前完成」): 2018-12; the data's "
               "sending up (上报) by that date is also a duty"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "督促指导各村开展信息采集,确保 12 月 10 日前完成数据采集上报工作", "when": "12 月 10 日前",
              "when_norm": "2018-12"}],
     notes=["1 leaf: 一 (its text runs over the site's chunks 1、 and 2、); 二、采集对象范围界定 is scope and a definition of "
            "the objects (round 30 general provisions): no task; 2 (with it) accepted; the site's 「1、」「2、」「3、」 at the "
            "lines' starts and the page number 「1」 in 「1、1大圩镇…」 are no items",
            "「力争 2018 年底前完成」 in the preamble is the plan's own aim (no task); 「2018 年 10 月 1 日」 is the data's "
            "reference date, 「十二类」 a count of kinds: no targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x121_05_x-xian-shuiku-anquan-duxun-guanli-zanxing-banfa.txt"
plan(X05,
     title="水库安全度汛管理暂行办法",
     title_note="line 1 (the file's name, 「.pdf」 after it) and line 8 (the document's own, before 「第一章 总则」)",
     doc_no="", issuer="a county (masked 「X 县」; 「《X 市中小型水库安全度汛管理暂行办法》」, 「结合我县实际」)",
     date="(no date on the page)", level="county (masked X县)",
     source=page_source("https://mdjjksjc.com/html/2020/1231/8101141010003033.shtm"),
     style="a document site's preview: the file name, the site's FOUR NUMBERED NOTICES 「  1. 1、本文档共7页…」…「  4. 4、如文档侵犯"
           "…」 (chrome, no items), 「查看更多」, then the 办法 on ONE LINE with blanks inside words 「保障人 民群众」「主 要领导」: "
           "第一章 总则, 第一条 (purpose and basis), 第二条 (scope), 第三条 「各镇人民政府对辖区内水库的度汛安全负总责,…县水利行政主管 "
           "部门及各镇农业技术综合服务站对…负技术责任」, 第四条 「…落实水库责任制。 X 河水库由县政府负责;库容在 10 万(含 10 万)— "
           "100 万 m3之 间的小型水库,由镇政府负责。」 — CUT after it",
     leaf_tasks=2, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], ["各镇人民政府", "县水利行政主管部门", "各镇农业技术综合服务站"], **at(X05, "第三条 "),
          note="an article that gives work (round 30); RULING? 「A对…负总责」「B及C对…负技术责任」 name who answers for the item's "
               "work — read as round 34's designation 「X的责任主体为A」 (and as 负责 with its object split off): responsible "
               "各镇人民政府, 县水利行政主管部门, 各镇农业技术综合服务站 in printed order (「县水利行政主管 部门」 as printed, the blank "
               "squashed; 「A及B」 two names, round 34), lead []; 主要领导/分管领导 (行政/直接责任人) are persons (rule 3); a "
               "strict reader of the closed list answers responsible []; " + NODATE),
        S(["第四条"], [], ["县政府", "镇政府"], **at(X05, "第四条 "),
          not_targets=[(10, "万m3")],
          note=R2 + ": 「X 河水库由县政府负责;…小型水库,由镇政府负责」 — round 34's scope split (the item's own work divided by "
                    "the reservoirs' class): both are doers, responsible 县政府, 镇政府, lead []; 「落实水库责任制」 has no "
                    "subject; 「库容在 10 万(含 10 万)— 100 万 m3之间的小型水库」 names the class of reservoirs the rule covers "
                    "(round 34: a class the rule covers is not a target): 10万 m3 (and 100万 m3) are not targets; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 第三条 and 第四条 (articles of work); 第一条 (purpose and basis) and 第二条 (scope) are general provisions "
            "(round 30), a count with them (4) accepted; the site's 「1.」–「4.」 notices are chrome, no items",
            "「共7页」, 「400-050-0827」, 「9:00-18:30」 are the site's; 「X 县」「X 市」「X 河」 masks: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x121_06_junping-zhen-2025-anquan-shengchan-yinhuan-dapaicha-dazhengzhi-fangan.txt"
plan(X06,
     title_note=NO_TITLE + " (the page opens with the preamble 「为深刻汲取怀化市沅陵县船只相撞事故教训,…」)",
     doc_no="", issuer="均坪镇 (Hunan, 怀化市溆浦县: the page is on xp.gov.cn; 「全力维护均坪镇社会稳定」)",
     date="2025 (the site's folder 202505; 沅陵县's boat collision of 2025)", level="town (Hunan, 均坪镇)",
     source=page_source("http://www.xp.gov.cn/xp/c110567/202505/a4e11d3a981646b19eb58010da8143ad.shtml"),
     style="a county site's page, no title: a preamble, 一、工作目标 and 二、排查整治范围 (prose, no children), 三、排查整治重点内容及"
           "责任分工 with headings by field 「(一)道路交通领域」 whose bodies are on the next line (「镇派出所强化执法力度,…联合交通部门"
           "检查…」) and 「(二)消防安全领域」 (「镇应急办牵头,组织各村(居)委会及网格员开展…联合市场监管部门检查…督促小区、」) — CUT",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=["一、工作目标", "二、排查整治范围"],
     samples=[
        S(["三", "(一)"], ["镇派出所"], ["镇派出所", "交通部门"], lead_alternatives=[[]],
          note="heading 「道路交通领域」, body on line 8; " + R2 + ": 「镇派出所强化执法力度,严厉查处…」 then, the subject carried over "
               "inside the paragraph (round 34), 「联合交通部门检查…」 — round 34 「A联合B＋verb」 reads as 「A会同B」: lead 镇派出所 "
               "(lead [] accepted), responsible 镇派出所, 交通部门 (a kind of body); the section heading 「…及责任分工」 (round 34: "
               "a 职责分工 heading is a label of doers) gives the same bodies; " + NODATE),
        S(["三", "(二)"], ["镇应急办"], ["镇应急办", "市场监管部门"],
          note=CUT + "; heading 「消防安全领域」, body on line 10; " + R2 + ": 「镇应急办牵头,组织各村(居)委会及网格员开展…」 — "
                     "lead 镇应急办 (A牵头); 各村(居)委会 and 网格员 are the objects of the pivot 组织 (round 30), no units; "
                     "「联合市场监管部门检查…」 (subject carried over): 市场监管部门 responsible (round 34 联合); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/(一) and 三/(二) (cut); 一、工作目标 and 二、排查整治范围 are sections (" + GOALS + ")",
            "「两客一危」「一超四究」「一盔一带」 are names with digits in words: no targets; no dates in the items"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x121_07_shi-2002-lvyou-shichang-zhengdun-guifan-gongzuo-fangan.txt"
plan(X07,
     title_note=NO_TITLE + " (page 5 of a law-database copy opens inside a stage's list, 「2、对非法经营旅行社业务的…」)",
     doc_no="", issuer="a city (not named: 「我市作为首批中国优秀旅游城市」, 「各区(市)县政府」, 「市创优办」, 「市政府目督办」)",
     date="2002 (「(四)第四阶段(2002年四季度)」)", level="city (not named)",
     source=page_source("http://www.fymate.net/html/text/lar/169035/16903582_5.html"),
     style="a law-database page opening MID-TEXT: items 「2、」「3、」「4、」 of an unseen stage (the earlier stage's heading, "
           "(三), is on page 4), 「(四)第四阶段(2002年四季度):对重点问题进行督查整改。」 with 1、–4、 (「3、各区(市)县政府和旅游部门…"
           "于12月底以前将总结材料上报市创优办。」), 五、工作要求 「(一)加强领导、…。…各相关部门要明确职责…,组织落实…各项任务。市旅游局"
           "要加强指导、…」 「(二)分工负责,明确责任。…市政府目督办将…分解到各区(市)县政府和」 — CUT",
     leaf_tasks=8, count_alternatives=[9, 7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(三)", "3"], [], ["各旅行社企业"], lead_alternatives=[["各旅行社企业"]], **at(X07, "\n3、"),
          note="(三)'s heading is not on the page (the item follows 「2、」 before 「(四)」); " + R2 + ": 「各旅行社企业内部设立质量监督"
               "机构,落实人员,负责对本企业旅游服务质量把关,组织企业员工开展…」 — a regulated party named by a kind with 负责 and "
               "组织＋work is a doer (round 34): responsible 各旅行社企业, " + ONE + "; the unseen stage's time is not on the page "
               "and the item prints none: " + NODATE),
        S(["(四)", "1"], [], [], dl="2002年四季度", skip_deadline=True,
          note="an item of the stage 「(四)第四阶段(2002年四季度)」; 「组织新闻媒体,…开展…明查暗访」 has no subject (组织 with no doer; "
               "新闻媒体 the pivot's object): lead = [], responsible = []; RULING? the stage's quarter is the stage's span (a "
               "phase), not a date the item prints: not checked (a reader who lets items inherit it answers 2002-12)"),
        S(["(四)", "3"], [], [], dl="于12月底以前", dln="2002-12",
          note=R2 + ": 「各区(市)县政府和旅游部门在…基础上,于12月底以前将总结材料上报市创优办」 — a sending (上报) is no rule-2 verb "
                    "(" + VERBS + "): lead = [], responsible = []; the item's own date, the year the stage's (2002年四季度): "
                    "2002-12; the sending to the plan's office 市创优办 is also a duty"),
        S(["五", "(一)"], [], ["各相关部门"], lead_alternatives=[["各相关部门"]],
          note="round 33: a 工作要求 item with a doer in its sentence names a unit and is a task; " + R2 + ": 「各相关部门要明确"
               "职责和工作要求,组织落实…各项任务」 — a kind (round 33: 相关部门 a kind) with 组织＋work: responsible 各相关部门, "
               + ONE + "; 「各级领导要…层层落实」 — persons, never units; 「市旅游局要加强指导、协调和监督检查」 and 「区(市)县旅游局和…"
               "执法队伍要大力开展…检查」 — 加强 and 开展 are not rule-2 verbs; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "第四阶段", "start": "2002-10", "end": "2002-12"}],
     duties=[{"what": "各区(市)县政府和旅游部门在认真总结整改成果的基础上,于12月底以前将总结材料上报市创优办",
              "when": "于12月底以前", "when_norm": "2002-12"}],
     notes=["8 leaves: (三)/2、3、4 (the stage's heading on the previous page), (四)/1–4 and 五/(一); 五/(二) (cut) names no "
            "doer by rule 2 (「市政府目督办将…分解到…」: 分解 no rule-2 verb) — " + ROUND27 + "; 9 (with it) and 7 (without "
            "五/(一), a reader who takes 工作要求 items as no tasks) accepted",
            "(四) is a stage written as a name and a time (round 33): phase 第四阶段, 2002-10 to 2002-12 (四季度)",
            "「首批」 is no figure; no targets on the page"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x121_08_xian-gongshangju-2007-lvyou-shichang-zhengdun-guifan-zhuanxiang-xingdong-tongzhi.txt"
plan(X08,
     title="西安市工商行政管理局关于开展旅游市场整顿和规范专项行动的通知",
     title_note="lines 2 and 4 (the notice's title, printed twice; 「(2007年)」 on line 5)",
     doc_no="", issuer="西安市工商行政管理局 (Shaanxi, 西安市)", date="2007 (line 5; 「从即日起至10月31日」)",
     level="city bureau (Shaanxi, 西安市工商局)",
     source=page_source("http://www.fymate.net/html/text/lar/171985/17198511.html"),
     style="a law-database copy: the site's name, the title twice, 「(2007年)」, a preamble (the campaign 「从即日起至10月31日」), "
           "headed points 「一、提高认识,加强领导」 (two paragraphs: 「各分县局要…精心组织、周密安排、落实责任、加强协调,制定整顿方案…」, "
           "then 「市局成立了…领导小组…还成立7个…督导检查组」), 「二、整顿的重点」 (the objects: 「全市各旅游景区周边的市场、各类经营户;」) "
           "— CUT",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各分县局"], lead_alternatives=[["各分县局"]], dl="从即日起至10月31日", dln="2007-10-31",
          note="aligned round 37: the preamble's 「市局决定,从即日起至10月31日在全市开展…专项行动」 is the campaign's span stated "
               "once for the whole action (CONVENTIONS.md round 37 rulings, Dates: a stage span for items with no date; the year "
               "2007 from line 5), the item writes no date of its own — it replaces the earlier reading below; "
               "round 34 (headed points): a childless point that gives work is a task; " + R2 + ": 「各分县局要…精心组织、周密安排、"
               "落实责任、加强协调,制定整顿方案和措施」 — a kind of body (the bureau's branch and county bureaus) with 落实 (a verb "
               "here, not the noun of round 33): responsible 各分县局, " + ONE + "; the second paragraph's bodies are set up by the "
               "item (领导小组, its 办公室 设在市场处, 7 督导检查组: rule 3) and 市局 only 成立 (no rule-2 verb); [before round 37: "
               "the campaign's end 「10月31日」 is in the preamble, not the item: no date]"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 一 (two paragraphs); 二、整顿的重点 lists the objects of the campaign (scope, cut): no task; 2 (with it) "
            "accepted",
            "「7个…督导检查组」 are groups the bureau has already set up (「还成立」 after 「市局成立了」): a past outturn, not checked "
            "either way; 「2007年」「十一」 a year and a holiday's name: no targets"])

write_collected(DIR)

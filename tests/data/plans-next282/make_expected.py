# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next282/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c282, round 55, for round 56: eight page openings from outside Shanghai whose
items give work to named units — a 县's 春节期间文化活动意见 (宁县 by its 辑宁楼 and 马莲河; one item (一)街景彩饰 with several
「A负责…」「A要…」 clauses, CUT in 「由各自主管部门催促」); a 县's 抗战胜利73周年消防平安保卫工作方案 (a document site's text run
into three long lines with its own page-chunk numbers 「1、」「2、」「3、」; stages (一)–(三) whose dates the mirror garbled
「8月2023日」, CUT in (三)); 重庆市铜梁区高楼镇's 2024年“诗情画意颂龙乡”活动方案 (whole: host fields 二、三、, a 由A point 六、,
七、工作安排 「1由党政办负责…」 with no mark after the number); page 4 of a 市's 打非治违 专项行动 plan ((二)–(四) run-in headings,
a monthly report to 市安委办, CUT in (四)); a 县's 春节 文体活动 piece of a 范文 compilation (eight field blocks with
承办单位 lines, dates without a year); 靈台縣's 2019年元旦、春節 文化活动 (traditional, 「由A主辦,B承辦」「由A牽頭,B、C等部門承辦」
「B協辦」, CUT at 「3.」); a 镇's 2018 春节文化活动 实施方案 (三、活动安排 1、「镇广播站负责…」 and 「各村要…组织…」, CUT in 四/1);
the opening of a 市's 安全生产大检查 plan (一、组织领导, 二、重点任务's lead-in and (一), CUT)): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_line_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule
1, rule 2 and the rulings of rounds 30–66 are cited in the notes; readings CONVENTIONS does not settle say RULING?).
Neither the parser nor the scorer was run on these plans by c282.

    PYTHONPATH=. python tests/data/plans-next282/make_expected.py tests/data/plans-next282
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
        "落实, A组织＋work, A会同B…; round 30: a closed list, and outside 第X条 articles it stands, round 63's x268_02): "
        "lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "no year is printed for the item's date (round 48: only what is printed is read): the deadline is not checked"
FIELD = ("CONVENTIONS (round 35, field blocks): numbered lines 「时间／地点／承办单位／内容」 are one item's fields, and its "
         "承办单位 line is its units label (responsible, rule 1); 承办 alone names no lead (round 57's 责任单位: lead [] where none "
         "is named)")
HOST = ("「由A主辦,B承辦」 naming the item's own event: lead A, responsible A and B (round 40's 「由A主办、B承办的…活动」; round "
        "42's 主办／承办 lines; round 48 r48b)")


def single(unit):
    return {"lead_alternatives": [[unit]]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x282_01_xian-chunjie-qijian-wenhua-huodong-yijian.txt"
plan(X01,
     title="春节期间文化活动意见",
     title_note="the document's own title line after the site's keyword lines 「2023／春节期间／文化活动／意见／新编」 (chrome: "
                "they are the document site's tags, not a title); the addressees follow it",
     doc_no="", issuer="a 县 (宁县 of 庆阳, by 「省、市驻宁各单位」, 辑宁楼 and 马莲河大桥; not named)", date="not shown (xx年)",
     level="county (宁县, Gansu, not named)",
     source=page_source("https://wnwk.com/doc/1095689.html") + "; the site's six-line 「温馨提示:…网站客服:…」 box before "
            "the text was stripped as web chrome before the first commit (with it the file shared 31 % with other 汇文网 pages "
            "by that box alone)",
     style="a document site's text: tag lines, the title line, addressees 「各乡镇党委,县委各部门,…」, a preamble, 一、指导思想 "
           "(a paragraph), 二、活动内容 (一)街景彩饰。 — one paragraph of several bodies' work — CUT inside it",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], ["县博物馆", "县文化出版局", "各自主管部门"],
          responsible_alternatives=[["县博物馆", "县文化出版局"]],
          note=R2 + " (several clauses, in order): 「驻县城的所有单位都要…贴对联」 — 所有单位 addressed to all with no kind, a call "
               "(round 30; 贴 no rule-2 verb anyway); 「县电力局要做好电源的保障工作」「县城建局、民政局要开启…灯光」「城建局要装饰好…」 — "
               "做好／开启／装饰 are outside rule 2's closed list (round 30; outside articles it stands, round 63's x268_02); "
               "「县博物馆负责装饰辑宁楼」「县文化出版局负责装饰文化中心大楼…」 — subjects of 负责 (rule 2); 「县直及省、市驻宁单位的下属"
               "机构由各自主管部门催促」 — 由A＋a verb of doing (round 34; round 65's x276_04: 由A督促), the page cut after the verb "
               "(round 39: a clause cut after its doers still names them); 各自主管部门 kept as a kind (主管部门 has a head, round "
               "63's x272_01) — RULING?, the list without it accepted; the 下属机构 are the pivot's object (round 30); lead []; "
               "「春节期间」 stands only in the preamble, which dates nothing (round 44 p44e): " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(一) (CUT); 一、指导思想 is a childless section (plans-dev EXPECTED.md lines 21–25); the page ends inside "
            "(一), so 二's later items are not on it"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x282_02_xian-kangzhan-shengli-73-zhounian-xiaofang-anbao-gongzuo-fangan.txt"
plan(X02,
     title="县抗战胜利73周年消防平安保卫工作方案",
     title_note="printed twice on line 1 after the site's chunk number 「1、」 (the site's, not the plan's); the site's "
                "word swaps (平安 for 安全, 原那么 for 原则, 根底 for 基础) are kept as printed",
     doc_no="", issuer="a 县 (县政府, 县公安消防大队; not named)", date="not shown (2018 by 73周年, not printed)",
     level="county (not named)",
     source=page_source("https://m.wnwk.com/doc/529844.html"),
     style="a document site's text run into three long lines, each opened by the site's own chunk number 「1、」「2、」「3、」 "
           "(not the plan's); 一、工作目标, 二、组织机构 (a 领导组 of persons, bodies as members), 三、时间安排 (一)部署阶段 "
           "(二)运行阶段 (三)实战攻坚阶段 with dates the site garbled 「8月2023日」 — CUT in (三)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、组织机构"],
     samples=[
        S(["三", "(一)"], [], [], skip_deadline=True, **at(X02, "三、时间安排 (一)"),
          note="「(一)部署阶段(8月2023日前)。…各(乡)镇政府、县直各有关单位要明确消防平安工作目标,查找漏洞缺乏,细化完善…措施,逐级"
               "召开工作会议,明确工作任务,对消防安保工作进行再发动、再部署。」 — a stage that gives work, a task (round 35); "
               "明确／查找／细化完善／召开 (without 组织)／进行 are outside rule 2's closed list (round 30): " + NONE + "; the "
               "stage's date 「8月2023日前」 is the site's garbling (a day 2023 does not exist, and the year is not printed — 73周年 "
               "gives 2018 only by reckoning): not checked (round 48); the chunk number 「2、」 at the line's start is the site's"),
        S(["三", "(二)"], [], ["各(乡)镇政府", "县直各有关单位"], skip_deadline=True,
          responsible_alternatives=[["各(乡)镇政府"]], **at(X02, "再部署。 (二)"),
          note=R2 + ": 「(二)运行阶段(8月2023日至8月26日)。在政府统一领导下,各(乡)镇政府、县直各有关单位组织乡镇、社区村庄和消防"
               "志愿者等社会力量,落实火灾防范、消防宣传培训、灭火救援演练等工作」 — 「A组织B＋verb」 (round 30: A the doer, B the "
               "object) and 落实 (rule 2); 各(乡)镇政府 a kind with its bracket (rounds 30, 34); 县直各有关单位 kept as printed, "
               "县直 naming the county's own bodies (round 37's 各有关单位 in a label is kept; RULING?: a catch-all 有关单位 with no "
               "kind gives none in sentences, rounds 43, 63), the list without it accepted; 政府 in 「在政府统一领导下」 is a guide "
               "(rule 3); lead []; the stage ends 「8月26日」 with no year printed: " + NOYEAR),
        S(["三", "(三)"], [], [], skip_deadline=True, **at(X02, "消防违法行为。 (三)"),
          note="「(三)实战攻坚阶段(8月27日至9月7日)。各(乡)镇政府、县直各」 — the page ends before the verb: a subject before a "
               "lost verb names nothing (round 65's x277_08; rounds 43, 44): " + NONE + "; the stage is a task by its printed "
               "heading and dates (round 35), 2 without it accepted; " + NOYEAR + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/(一)–(三) (CUT in (三)); 一、工作目标 and 二、组织机构 are childless sections (plans-dev EXPECTED.md "
            "lines 21–25; round 64: plans whose work sits in numbered items keep them); 二's 「各(乡)镇政府、县直各有关单位也要成立"
            "领导组,具体负责…」 gives work to the group it sets up (rule 3: a body the item sets up). Accepted: 2 (without the cut "
            "(三))",
            "the site's chunk numbers 「1、」「2、」「3、」 opening each line are no items (they fall inside the title, 二's text and "
            "(二)'s date)",
            "phases: the three stages are named with dates, but no year is printed and the first two dates are garbled: not "
            "checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x282_03_gaolou-zhen-2024-shiqing-huayi-song-longxiang-huodong-fangan.txt"
plan(X03,
     title="重庆市铜梁区高楼镇人民政府2024年“诗情画意颂龙乡”活动方案",
     title_note="the page's heading line, the issuer then the plan's name as one line; the document prints the same over two "
                "lines 「重庆市铜梁区高楼镇人民政府」／「2024年“诗情画意颂龙乡”活动方案」 (round 46: the issuer in front kept; round 62 "
                "decided: a title line keeps what it prints before the name) — RULING? whether the name alone is the title",
     doc_no="", issuer="重庆市铜梁区高楼镇人民政府", date="2024-01-29 (「2024129日」, the page's 发布日期 2024-01-29)",
     level="town (高楼镇, 铜梁区, 重庆)",
     source=page_source("https://cqstl.gov.cn/jz/glz_70791/zwgk_70755/fdzdgknr_70758/qtfdxx/jczwgkzj/shjzzx_371211/202403/"
                        "t20240306_12999769.html"),
     style="a town's page, whole: breadcrumb, heading, date line, the issuer and name over two lines, a preamble, 一、活动主题, "
           "二、主办单位, 三、承办单位, 四、活动时间及地点 (「时间:2024131」: 年月日 lost), 五、参加人员 (「1区文联…」「2…」), 六、活动形式 "
           "(「由区文联现场写春联…」), 七、工作安排 「1由党政办负责场地布置;」「2由镇文化服务中心和龙源社区干部负责…」 (no mark after the "
           "numbers), the signature and date, the site's footer",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、主办单位", "三、承办单位", "四、活动时间及地点", "五、参加人员"],
     samples=[
        S(["六"], [], ["区文联"], skip_deadline=True, **single("区文联"),
          note=R2 + ": 「由区文联现场写春联、绘画、摄影、表演等,为群众免费送春联…」 — the agent of 由 with verbs of doing (round 34; "
               "round 54 s48b: holding the item's own event); a point that gives a body work is more than a field on the form "
               "(round 63's x269_02 turned; round 65's x278_04: a childless point that gives work), so a task — the count "
               "without it (a field) accepted; " + ONE + "; the event's date 「2024131」 lost its 年月日 (四、 is a plan-level field "
               "for the whole event): the deadline is not checked"),
        S(["七", "1"], [], ["党政办"], skip_deadline=True, **single("党政办"), **at(X03, "七、工作安排\n\n1"),
          note=R2 + ": 「1由党政办负责场地布置;」 — 由A负责 (rule 2); the number stands with no mark after it (the page's own "
               "layout; the item's number is read as printed); 二、主办单位 and 三、承办单位 are plan-level host fields over the "
               "whole event, which give no item units (round 48 r48b; rounds 41, 42); " + ONE + "; the event's date is lost "
               "(above): not checked"),
        S(["七", "2"], [], ["镇文化服务中心"], skip_deadline=True, **single("镇文化服务中心"),
          responsible_alternatives=[[], ["镇文化服务中心", "龙源社区"]], **at(X03, "场地布置;\n\n2"),
          note=R2 + ": 「2由镇文化服务中心和龙源社区干部负责人员组织、现场服务和后勤工作。」 — 由A负责; 和 gives two names (round 34): "
               "镇文化服务中心, a body, and 龙源社区干部, cadres, persons, no unit (round 42: 干部 are persons; 「由村两委干部负责」 "
               "gives none) — RULING?: 干部 may instead be read as the head both names share (the staff of the centre and of the "
               "community: none) or the community as a body; both accepted; " + ONE + "; not checked (date lost)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 六、活动形式 (a point that gives work) and 七/1, 2; 一、活动主题 (the theme), 二、主办单位 and 三、承办单位 "
            "(plan-level host fields, round 48 r48b), 四、活动时间及地点 (the time and place, round 42 continued) and 五、参加人员 "
            "(who takes part; its 「1区文联…」「2…」 are lists of persons) are no tasks. Accepted: 2 (六 as a field on the form)",
            "the signature 「重庆市铜梁区高楼镇人民政府」 and date 「2024129日」 close the plan; the site's footer is chrome"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x282_04_dafei-zhiwei-zhuanxiang-xingdong-fangan-di4ye.txt"
plan(X04,
     title_note="title not checked: page 4 of a law-search site's text opens in the middle of a section ((二) of its "
                "保障 or 要求 part); the title is on page 1",
     doc_no="", issuer="a 市 (市安委办; 各县区安委办; not named)", date="not shown", level="city (not named; 县区 under it)",
     source=page_source("http://fsou.com/html/text/lar/174025/17402551_4.html"),
     style="page 4 of a law-search site's text: (二)明确分工,狠抓责任落实。 (三)营造氛围,强化舆论监督。 (四)依法依规,严格责任追究。 — "
           "run-in headings over paragraphs; a monthly report and two half-year sendings to 市安委办 in (二) — CUT in (四)",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], ["公安、交通、建设、工信、农牧、国土、水务、教育、工商、质监、安监、旅游等部门", "司法机关", "各县区安委办",
                         "各有关部门"],
          skip_deadline=True,
          responsible_alternatives=[["公安、交通、建设、工信、农牧、国土、水务、教育、工商、质监、安监、旅游等部门", "司法机关"],
                                    ["各县区安委办", "各有关部门"], []],
          note="the run-in heading 「明确分工,狠抓责任落实。」 gives out work (round 47's 「明确责任。」; round 57's 明确责任分工; round "
               "63's x269_07: under such a heading any verb of doing gives units, round 35) — RULING?: outside it rule 2's closed "
               "list would give none here (加强／建立健全／查处取缔／加强…报送 are no rule-2 verbs, and 「A要与B共同查处」 lacks round 30's "
               "由); read so: 「公安、…、旅游等部门要加强配合协调,建立健全…机制,…要与司法机关共同查处取缔」 — fields sharing one head, "
               "one name as printed, 等 kept (round 31; round 64 drops a bare 等部门 only after whole names), 司法机关 the partner "
               "of 共同 (round 30's 「A与B共同＋verb」: both doers); 「各县区安委办、各有关部门要进一步加强信息报送工作,于每月2日前…上报"
               "市安委办」 — two kinds (rounds 30, 33); 市安委办 receives (rule 3); the lists by each clause and none accepted; "
               "lead []; the monthly sending is a rhythm and 「7月2日和12月2日前」 prints no year: the deadline is not checked "
               "(round 48); duties below"),
        S(["(三)"], [], [],
          note="「(三)营造氛围,强化舆论监督。各县区、各部门要通过…媒体,加大…宣传力度,动员…,…要建立完善…“黑名单”制度,…要及时向社会进行"
               "公开」 — 各县区 and 各部门 are kinds (round 65 turned: 各部门 a doer with a rule-2 verb), but 加大／动员／鼓励／建立完善"
               "／进行 are none of rule 2's verbs, and the heading 营造氛围 gives out no duty: " + NONE + "; " + NODATE),
        S(["(四)"], [], [],
          note="「(四)依法依规,严格责任追究。各县区、各部门要认真贯彻执行有关法律法规的要求,对…的地方,要严格追究当地政」 — 贯彻执行 and "
               "追究 are outside rule 2's list, and 当地政(府) is the object of 追究, cut: " + NONE + "; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各县区安委办、各有关部门要进一步加强信息报送工作,于每月2日前将本县区、本部门上月“打非治违”专项行动开展情况的文字材料和有关统计数据(见附表)上报市安委办",
              "when": "每月2日前", "when_norm": "monthly",
              "note": "a standing monthly report to the issuing office (round 40's rhythm to the issuing office; round 62's "
                      "w52d: a monthly sending is a duty)"},
             {"what": "7月2日和12月2日前,要将半年和全年“打非治违”专项行动总结报市安委办",
              "when": "7月2日和12月2日前", "when_norm": None,
              "note": "two dated sendings of summaries; no year is printed on the page, so no date is checked (round 48)"}],
     notes=["3 leaves: (二)–(四) (CUT in (四)); their heading and (一) are on page 3",
            "(二)'s 「对拒不执行安全监管指令的企业,要依法从重处罚」 has no subject; it is (二)'s text"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x282_05_xian-chunjie-wenti-huodong-chengban-danwei.txt"
plan(X05,
     title_note="title not checked: the page is piece 「篇1」 of a 范文 compilation 「2025乡镇春节文化活动方案五篇」; the piece prints no "
                "title of its own (round 65's x277_08: a compilation's header)",
     doc_no="", issuer="a 县 (县城区, 县妇联, 县电影院; 金沙艺术团 and 鼓韵广场 suggest 金沙县, Guizhou; not named)",
     date="not shown (the compilation's 2025 fills no year, round 65)", level="county (not named)",
     source=page_source("http://dawenxue.cn/duanyukouhao/chunjie/75/75440.html"),
     style="a 范文 compilation's page: breadcrumb, headline, 「时间:」, the compilation's name and 「篇1」, then 一、文体活动 with eight "
           "field blocks 「1、送春联下乡 / 承办单位:… / 活动时间:… / 活动地点:… / 活动内容:…」 — CUT in 8's 活动内容",
     leaf_tasks=8, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["书法协会", "美术协会"], skip_deadline=True,
          note=FIELD + ": 「承办单位:书法协会、美术协会」, two names by 、 (round 30); the span 「元月13日至元月25日」: " + NOYEAR),
        S(["一", "2"], [], ["文化馆", "金沙艺术团"], skip_deadline=True,
          note=FIELD + ": 「承办单位:文化馆、金沙艺术团」 — a troupe named by its own name in a 单位 field is a body (round 65's "
               "x278_02: 九龙瀑舞龙队); 「2月6日」: " + NOYEAR),
        S(["一", "3"], [], ["谜协"], targets=[(1050, "条"), (350, "条")], skip_deadline=True, **single("谜协"),
          note=FIELD + ": 「承办单位:谜协」; " + ONE + "; 「编制…谜条1050条,每天举行有奖竞猜350条」 — numbers of work the item sets "
               "(round 62 decided; round 65's 18 平方公里: the extent of the item's own work), 每天 a period and no target (round "
               "60); 「2月6日至8日」: " + NOYEAR),
        S(["一", "4"], [], ["高原魔技艺术团"], skip_deadline=True, **single("高原魔技艺术团"),
          note=FIELD + ": 「承办单位:高原魔技艺术团」; " + ONE + "; 「2月7日」: " + NOYEAR),
        S(["一", "5"], [], ["戏剧曲艺协会"], skip_deadline=True, **single("戏剧曲艺协会"),
          note=FIELD + ": 「承办单位:戏剧曲艺协会」, one name; " + ONE + "; 「2月8日」: " + NOYEAR),
        S(["一", "6"], [], ["书法、美术协会"], skip_deadline=True, **single("书法、美术协会"),
          responsible_alternatives=[["书法协会", "美术协会"]],
          note=FIELD + ": 「承办单位:书法、美术协会」 — fields sharing one head, one name as printed (round 31); the two names "
               "(as 1's field prints them) accepted; " + ONE + "; 「2月7日至8日」: " + NOYEAR),
        S(["一", "7"], [], ["体育中心", "棋协"], skip_deadline=True,
          note=FIELD + ": 「承办单位:体育中心、棋协」, two names; 「2月8日至2月10日」: " + NOYEAR),
        S(["一", "8"], [], ["中老年舞蹈协会", "县妇联"], skip_deadline=True,
          note=FIELD + ": 「承办单位:中老年舞蹈协会、县妇联」, two names; 「2月9日」: " + NOYEAR + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves: 一/1–8, each a field block (round 35: its 承办单位／活动时间／活动地点／活动内容 lines are fields, not tasks); "
            "8's 活动内容 is cut, but its name and fields are printed",
            "the breadcrumb, the headline 「《2025乡镇春节文化活动方案五篇》」, 「时间:」 and 「2025乡镇春节文化活动方案(通用5篇)」 are the "
            "site's; 「篇1」 marks a compilation's piece (round 65)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x282_06_lingtai-xian-2019-yuandan-chunjie-wenhua-huodong-fangan.txt"
plan(X06,
     title_note="title not checked: the page is piece 「方案一」 of a 范文 compilation 「鄉村春節活動方案」 (its headline), and the "
                "piece prints no title of its own; its preamble names 「2019年元旦、春節全縣文化活動」",
     doc_no="", issuer="靈台縣 (「熱愛靈台、建設靈台」, 皇甫謐大劇院, 上良鄉; the issuing body not named)",
     date="not shown (2019 by the preamble's 「2019年元旦、春節」)", level="county (靈台縣, Gansu)",
     source=page_source("https://wjfww.com/jingxuan/qg7vn6.html"),
     style="a 范文 site in traditional characters: breadcrumb, the compilation's headline and lead-in, 「鄉村春節活動方案一」, a "
           "preamble, 一、指導思想, 二、活動內容 (一)城區元旦文體活動 1.–3. and (二)城區春節、元宵節文體活動 1.–2., each 「舉辦X。由A主辦,B"
           "承辦,<when> 在…舉辦…」 — CUT at 「3.」",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["一、指導思想"],
     samples=[
        S(["二", "(一)", "1"], ["縣文廣局"], ["縣文廣局", "縣體育中心"], dl="12月28日", dln="2018-12-28",
          note=R2 + ": 「由縣文廣局主辦,縣體育中心承辦,12月28日在縣城舉辦“慶元旦保健康”環城越野賽…」 — " + HOST + "; the run is "
               "held 12月28日 to greet 2019年元旦, so the year is 2018 (the preamble's 「2019年元旦、春節」 is the festival the "
               "run leads up to) — RULING?: EXPECTED.md fills an implicit year from the plan's own printed year (2019), which "
               "would put the run a year after the 元旦 it greets; names as printed in traditional characters"),
        S(["二", "(一)", "2"], ["縣文廣局"], ["縣文廣局", "縣電影公司"], dl="春節期間", dln="2019-02",
          note=R2 + ": 「由縣文廣局主辦,縣電影公司承辦,春節期間在皇甫謐大劇院公演電影兩場」 — " + HOST + "; 「春節期間」 in the item's "
               "own text dates it by the festival's month in the plan's year (round 44 p44e decided): 春節 2019 fell on "
               "2019-02-05; 「兩場」 is a count of shows with no comparison word (not checked)"),
        S(["二", "(一)", "3"], ["縣文廣局"], ["縣文廣局", "縣秦劇團"], skip_deadline=True,
          note=R2 + ": 「由縣文廣局主辦,縣秦劇團承辦,在皇甫謐大劇院進行公演」 — " + HOST + "; no date in the item; its heading "
               "「(一)城區元旦文體活動」 names 元旦 only inside the name of its group of events (round 52's x238_01; round 61's "
               "x261_03), so a 2019-01 reading and none pull apart: the deadline is not checked"),
        S(["二", "(二)", "1"], ["宣傳部"], ["宣傳部", "縣文廣局", "科技局", "衞生局"], dl="元月上旬", dln="2019-01",
          responsible_alternatives=[["宣傳部", "縣文廣局", "科技局", "衞生局等部門"]],
          note=R2 + ": 「由宣傳部牽頭,縣文廣局、科技局、衞生局等部門承辦,元月上旬在上良鄉舉辦…啟動儀式」 — 「由A牽頭,B、C承辦」: lead "
               "A, responsible A then B, C (rule 2; round 65's x278_03); separate heads, so three names and the bare 「等部門」 tail "
               "dropped (round 64; round 65), the list keeping it accepted; 「各承辦部門組建小分隊」 points back to them (round 38) "
               "and 組建 is no rule-2 verb; 「元月上旬」 is January's first ten days of the plan's year 2019 (EXPECTED.md: the "
               "plan's own printed year): 2019-01"),
        S(["二", "(二)", "2"], ["宣傳部"], ["宣傳部", "縣文廣局", "教育局", "公安局", "電力局"], skip_deadline=True,
          responsible_alternatives=[["宣傳部", "縣文廣局", "教育局"]],
          note=R2 + ": 「由宣傳部主辦,縣文廣局、教育局承辦,公安局、電力局協辦,舉辦春節團拜會文藝演出專場」 — " + HOST + "; 協辦 "
               "reads as 配合 (round 47; round 48 r48b: A, B, C), so responsible after the 承辦 bodies; the list without the 協辦 "
               "bodies accepted; no date in the item (春節 stands inside the event's name 「春節團拜會」, round 52): not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/(一)/1–3 and 二/(二)/1–2; 「3.」 at the page's end prints only its number, and a number alone gives no "
            "work (round 62's x266_02; round 65's x278_07): no task, 6 with it accepted",
            "一、指導思想 is a childless section; the site's breadcrumb, headline (three times) and lead-in are chrome"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x282_07_zhen-2018-chunjie-wenhua-huodong-shishi-fangan.txt"
plan(X07,
     title="乡村2018年春节文化活动的实施方案",
     title_note="the site's headline, printed twice; the text prints no title of its own (round 65's x275_03: a site's heading "
                "may stand as the title; as the site's it dates nothing — the text itself says 「2016年春节」)",
     doc_no="", issuer="a 镇 (镇党委、政府; not named)", date="not shown", level="town (not named)",
     source=page_source("http://xinde.gaivip.cn/HuoDongFangAn/329477.html"),
     style="a 心得 site's page: the headline, its 更新时间 line, 「- 相关推荐」, the headline again, a preamble, 一、指导思想 run on its "
           "line, 二、组织机构 (a 领导组 of persons), 三、活动安排 1、–4、, 四、具体要求 1、 — CUT in 四/1",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织机构"],
     samples=[
        S(["三", "1"], [], ["镇广播站"], **single("镇广播站"),
          note=R2 + ": 「1、镇广播站负责转播好中央、省、市、县电视台春节文化节目」 — the subject of 负责; " + ONE + "; 「春节文化节目」 "
               "is a noun (no 期间): " + NODATE),
        S(["三", "2"], [], ["各村"],
          note=R2 + ": 「2、各村要充分发动群众,组织好文艺演唱队、锣鼓队、秧歌队等组织,开展…春节文化活动」 — 「A组织B＋verb」 (round "
               "30: A the doer); 各村 is a kind (rounds 53, 63's x272_06), not a no-kind call; 「镇政府领导分赴所包片参与…」 are "
               "persons (round 30); lead []; 「从正月初八开始」 says when the work starts, no deadline (round 63: 起 is no "
               "deadline): " + NODATE),
        S(["三", "3"], [], ["各村"],
          note=R2 + ": 「3、各村要充分发动民间老艺人,组织开展民俗文化展示、展演活动」 — 组织开展 (rule 2) with a kind as its subject "
               "(round 30: 「各区要落实…」 is a doer); lead []; " + NODATE),
        S(["三", "4"], [], [],
          note="「4、各村要举行以农民篮球赛、趣味体育活动为主要内容的…体育健身大拜年活动。」 — 举行 is outside rule 2's closed list "
               "(round 30; round 42: 「A将举办…」 without 由 names no doer): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 三/1–4; 四、具体要求 1、 「各村、各单位要成立领导机构,制定活动」 (CUT) names no unit by rule 2 (成立, 制定: round 30), "
            "and items of 工作要求 that name no unit are no tasks in a plan whose tasks name units (CONVENTIONS head; round 27): 5 "
            "with it accepted",
            "一、指导思想 (its text run on the heading's line) and 二、组织机构 (a 领导组 of persons with their posts; its office "
            "「设在镇政府」) are childless sections; the persons are no units (round 30)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x282_08_shi-anquan-shengchan-dajiancha-fangan.txt"
plan(X08,
     title_note="title not checked: the 范文 page opens with 一、组织领导 and prints no title",
     doc_no="", issuer="a 市 (市安委会办公室; 「各镇(区)政府(管委会)」 — a city of towns and zones without counties, as 中山; not named)",
     date="not shown (「6月27日」 a past meeting)", level="city (not named)",
     source=page_source("https://m.zuowen5.net/fanwen/bangong/6054.html"),
     style="a 范文 page: 一、组织领导 (a paragraph: 市安委会办公室 sets up an office, 各镇(区) set up groups, 「安监、…、农委等大检查牵头部门,"
           "要…落实…,组织、指导和监督…」), 二、重点任务 (two lead-in paragraphs 「各地、各有关部门和单位要认真落实…」) and (一) — CUT in (一)",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、组织领导"],
     samples=[
        S(["二", "(一)"], [], ["各有关部门和单位"], responsible_alternatives=[[]],
          note="「(一)深入开展“九小场所”消防安全整治。各地、各有关部门要按照市政府部署,认真履行监管职责,不断深化…整治,严查…。继续通过"
               "领导包案…完善…。加强…整治力度,…消除“三合一」 — 履行／深化／严查 are outside rule 2's closed list (CONVENTIONS: "
               "「A履行…工作」 names no doer), so the item names no unit of its own; rule 4: the section's lead-in 「各地、各有关部门和"
               "单位要认真落实市委办、政府办《…通知》要求,…开展全面的安全生产大检查」 gives its items units where they name none — 落实 "
               "(rule 2), 各有关部门和单位 one group name (round 66; plans-dev 01), 各地 a call (round 30) — RULING?: 落实…要求 "
               "may be read as the lead-in's call on all, none accepted; lead []; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(一) (CUT). 一、组织领导 is a childless section (plans-dev EXPECTED.md lines 21–25; round 64: plans whose "
            "work sits in numbered items keep childless sections), though it names bodies: 「市安委会办公室成立安全生产大检查办公室,"
            "负责…综合协调」 (the 负责 body is the office it sets up, rule 3) and 「安监、公安、…、农委等大检查牵头部门,要…落实…,组织、"
            "指导和监督…」 (落实, 组织＋work). Accepted: 2 (一 as a task by round 34 early's childless point that gives work)",
            "二's two unnumbered lead-in paragraphs are its lead-in (rule 4), no tasks"])


# round 56 (the lead): the count aligned to tests/data/CONVENTIONS.md "Round 71 rulings" (turned; 3 and 2 stay accepted)
from aligned_rulings import align69  # noqa: E402

align69("x282_02", None, "「二、组织机构 …各(乡)镇政府、县直各有关单位也要成立领导组,具体负责组织、指导本部门开展安保工作。」: after the county's group of persons the section gives the member bodies their own work, 负责 taking the set-up bodies as its subject and 本部门 pointing back to them — round 57's x253_06 二, a task with those bodies",
        "Tasks and counts, turned: round 57's x253_06 二 over the set's 组织机构 reading",
        ruling="Round 71 rulings", counts={"leaf_tasks": 4, "count_alternatives": [2, 3]})

write_collected(DIR)

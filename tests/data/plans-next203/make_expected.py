# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next203/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c203, round 44: eight page openings of plans from outside Shanghai — xx市环保局's
XX年 「六•五」 plan (four dated items with no subject, masked years, chunk openers); an XX区市场监管局's 2024 校园周边食品安全
plan (its own 1、–4、 numbering run in, three dated stages of 各分局); 白沙镇's 2023 校园及周边食品安全 整治 plan (two dated
stages, 「食安办与安办、派出所、卫生院…落实整改责任」, a 「主要内容包括:」 list); 禄丰市's 消费帮扶 plan (closing labels
「(A、B等部门和14个乡镇人民政府负责)」, the second cut at 「负」); a 市环委会's 2023 6.5 plan (items 1、–7、 inline among the
site's chunk openers, 「由…专家」「具体由有关驻市企业承办」); 杭州's 六·五 notice (site lines numbered 1.–4., items (一)–(五)
with 「与A联合举办」); an xx省's 消费扶贫月 plan (lines wrapped mid-word, a span with no year); 石家庄's 职责分工 list for
中小学校食品安全管理 (a flattened three-row table)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of ../plans/expected_tools.py, or
given by hand where a number does not open its line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds 30–44 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c203.

    python tests/data/plans-next203/make_expected.py tests/data/plans-next203
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

NO_TITLE = "title not checked: the page opening prints no title of the plan"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = "lead [], responsible []"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 36)"
MASKED = "the year is masked on the page (「XX年」): the deadline is not checked"
NOYEAR = "the page states no year for the plan: the deadline is not checked (plans-dev EXPECTED.md: years are resolved only from the plan's title or date)"
CHUNK = ("the document site's chunk openers 「1、」「2、」「3、」 at line starts are chrome, not items (round 40); numbers that run "
         "in order inside one line are items as if each stood at a line start (round 34)")
CLOSED = "rule 2's forms are a closed list (round 30): 开展／召开／举办／悬挂／制作 are no rule-2 verbs"
SUBJECTLESS = "a clause with no subject names no doer (round 41: 「紧密联合A、B等部门，协同推进…」 with no subject gives no doer)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x203_01_xx-shi-huanbaoju-liuwu-shijie-huanjingri-huanbao-xuanchuanzhou-huodong-fangan.txt"
plan(X01,
     title="XX年“六•五”世界环境日暨环保宣传周活动方案",
     title_note="line 8 after the site's chunk opener 「1、」, as printed (three times, run together; the site's own line 7 "
                "prints it with a lower-case 「xx年」)",
     doc_no="", issuer="xx市环保局 (masked; 「xx市环保局将…组织开展环保宣传活动」)", date="XX年 (masked)",
     level="a body's own (city bureau: xx市环保局, city not named)",
     source=page_source("https://m.wenku365.com/p-7084948.html"),
     style="a document site's page: site lines (ID, 大小, 页数, 时间), then the text cut into chunks opened 「1、」「2、」「3、」 at line "
           "starts; the title printed three times run together, a preamble (「xx市环保局将…组织开展…」), 一、活动时间:XX年5月30日至6月5日, "
           "二、活动内容: (一)–(四) run in, each a heading and a dated paragraph with no subject (「5月30日,联合A、B和C,举办…」「6月4日,"
           "配合市政府新闻办,召开…」「6月5日,组织市民和学生参观…」); (一)'s heading split by the chunk opener 「2、」; (四) CUT",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二", "(一)"], [], [], skip_deadline=True, line=8, title_starts="开展",
          note=CHUNK + "; the heading 「开展“六•五”世界环境日广场宣传活动」 is split by the chunk opener 「2、」 (line 9); 「5月30日,"
                       "联合绿色社区、xx市跑吧俱乐部和大学生环保协会,举办…启动仪式,并组织“城区环保慢跑”」 — no subject: "
                       + SUBJECTLESS + "; the partners of 联合 are no units without a doer (round 34: 「A联合B」 needs A); the "
                       "preamble's 「xx市环保局将…组织开展」 gives units to no item (round 40: a plan's preamble before its first "
                       "section): " + NONE + "; the item's own day 「5月30日」 (round 37), but " + MASKED),
        S(["二", "(二)"], [], [], skip_deadline=True, **at(X01, "(二)"),
          note="「6月4日,配合市政府新闻办,召开xx市XX年环保新闻发布会」 — 配合 with no doer names none (round 34: 配合 needs a doer; "
               "「B配合A＋verb」 gives A only with a rule-2 verb, and 召开 is none): " + NONE + "; 「6月4日」: " + MASKED),
        S(["二", "(三)"], [], [], skip_deadline=True, **at(X01, "(三)"),
          note="「6月5日,组织市民和学生参观新建的市环境监测站大楼」 — 组织 with no subject (round 41: a run-in heading 「组织…」 with no "
               "subject gives no doer); 市民和学生 are persons, the 监测站 a venue: " + NONE + "; 「6月5日」: " + MASKED),
        S(["二", "(四)"], [], [], skip_deadline=True, **at(X01, "(四)"),
          note=CUT + " (「…实践活」); 「按照省环保厅的统一部署,倡导全市各级绿色学校和团体围绕环保主题开展…」 — 省环保厅 only deploys (a "
                     "circumstance, rule 3), 倡导 is no rule-2 verb and its objects are no units: " + NONE + "; no day of its own; the "
                     "span 「XX年5月30日至6月5日」 (round 36/37) has a masked year: not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: 二/(一)–(四) (run in on lines 8–10, numbers in order inside the lines, round 34); 一、活动时间 is "
            "a field (round 42 continued: a section that only gives the time is no task)",
            "every date is of the masked year 「XX年」: no deadline is checked; the span 「XX年5月30日至6月5日」 is one span, no stages "
            "(no phase written)",
            "「“七进”」 is a programme name; 「省、市、县三级」 a name of levels (no targets)",
            "the site lines 「ID:7084948」「大小:30.40 KB」「页数:3页」「时间:2018-02-04」 are chrome"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x203_02_xx-qu-shichang-jianguanju-xiaoyuan-zhoubian-shipin-anquan-youhua-tisheng-shishi-fangan.txt"
STAGE02 = ("round 33: a stage written as a name and a time in a section 「实施步骤」 is a phase, and a task where work is written "
           "under it; round 35: the stage's span gives its deadline (its end); the year is the text's own (「2024年…」)")
FENJU = ("「各分局…开展全面排查、梳理问题清单,研究制定整改方案,明确序时任务,细化责任分工」 — 各分局 is a kind, but 开展／梳理／研究"
         "制定／明确／细化 are no rule-2 verbs (" + CLOSED + "): " + NONE)
plan(X02,
     title="XX区市场监管局中小学校园周边食品安全优化提升实施方案",
     title_note="line 1 less the site's 「.docx」, and line 3 after the chunk opener 「1、」 (run into the preamble), as printed",
     doc_no="", issuer="XX区市场监管局 (masked district; 「根据全区工作部署」「各分局」)", date="2024 (the stages' own year)",
     level="a body's own (district bureau: XX区市场监管局, district not named)",
     source=page_source("https://1wenmi.com/doc/813348.html"),
     style="a document site's page: the file name, a site line, then the text in chunks opened 「1、」「2、」 at line starts; the "
           "document's OWN top-level numbers are ALSO 「1、」–「4、」, run in mid-line (「…制定本方案。1、指导思想…2、工作目标…3、重点任"
           "」, the chunk opener 「2、」 splitting 「重点任|务」); 4、实施步骤 (1)–(3): three dated stages 「(1)排查整治阶段(2024年1月-2月)。"
           "各分局对照方案,开展…」 — (3) CUT at 「各分」",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["1、指导思想", "2、工作目标", "3、重点任务"],
     samples=[
        S(["4", "(1)"], [], [], dl="2024年1月-2月", dln="2024-02", **at(X02, "(1)"),
          note=STAGE02 + ": 2024-02; " + CHUNK + " — here the document's own 「1、」–「4、」 stand mid-line and the chunk openers at "
                         "line starts; " + FENJU),
        S(["4", "(2)"], [], [], dl="2024年3月-5月", dln="2024-05", **at(X02, "(2)"),
          note=STAGE02 + ": 2024-05; 「各分局要对照排查的问题清单开展全面整治,做到立行立改,及时整改销号」 — 开展／做到 are no rule-2 "
                         "verbs: " + NONE),
        S(["4", "(3)"], [], [], dl="2024年6月-12月", dln="2024-12", **at(X02, "(3)"),
          note=CUT + " (「各分」, the subject cut before its verb: round 41/43, read as nothing); " + STAGE02 + ": 2024-12; "
                     + NONE),
     ],
     plan_targets=[{"number": 200, "unit": "米"}],
     phases=[{"name": "排查整治阶段", "start": "2024-01", "end": "2024-02"},
             {"name": "集中整治阶段", "start": "2024-03", "end": "2024-05"},
             {"name": "巩固提升阶段", "start": "2024-06", "end": "2024-12"}],
     duties=[],
     notes=["3 leaves on the page: 4、实施步骤 (1)–(3) (stages with work, round 33). 1、指导思想 and 2、工作目标 are sections; "
            "3、重点任务 is a childless point whose text states the work's zone and aims with no doer and no instruction 「要…」 "
            "(round 34 early: in a plan whose work sits in numbered items, such a point stays a section): the count 4 with 3、 "
            "read as a task is accepted (round 44: a plan whose key works name no unit reads every leaf as a task)",
            "plan target: 「校园周边200米范围内」 — 内 after a distance is 以内 (round 34): 200 米 (3、重点任务, a section: a plan "
            "target)",
            "phases: the three stages of 4、实施步骤, each with its months of 2024 (round 33)",
            "the chunk openers and the document's numbers share the form 「N、」: the openers stand at line starts (chrome, round "
            "40), the document's 1、–4、 inside the lines (items by round 34's run-in rule)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x203_03_baisha-zhen-2023-xiaoyuan-ji-zhoubian-shipin-anquan-zhuanxiang-zhengzhi-shishi-fangan.txt"
plan(X03,
     title="镇2023年校园及周边食品安全专项整治工作实施方案",
     title_note="line 1 less the site's 「.doc」, and line 3 after the chunk opener 「1、」, as printed (the town is 白沙镇 by the "
                "text's 「白沙镇校园及周边食品安全专项整治工作责任清单」)",
     doc_no="", issuer="白沙镇 (by its words; province not named)", date="2023 (title)", level="township (白沙镇)",
     source=page_source("https://taowenge.com/p-88602173.html"),
     style="a document site's page: the file name, a site line, the text in chunks opened 「1、」「2、」 (the opener 「2、」 splitting "
           "「隐患无|遗留」); 一、整治目标, 二、整治重点 (the area), 三、整治安排及内容 with two dated stages (一)自查阶段(6月16日至8月1日) and "
           "(二)集中整治阶段(7月1日至10月10日), the second with 「食安办与安办、派出所、卫生院进展联合对…进展全面排查,…制定整改规划,落实整改"
           "责任和详细措施。主要内容包括: 1.…」 — CUT in 1.; the site's machine rewording is kept (「进展」 for 进行, 「准时发觉」, "
           "「安康」, 「标准」 for 规范)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、整治目标", "二、整治重点"],
     samples=[
        S(["三", "(一)"], [], [], dl="6月16日至8月1日", dln="2023-08-01", **at(X03, "(一)"),
          note="round 33: a stage with a time in a 整治安排 section is a phase, and a task with its work written under it; "
               "「催促学校食堂及校园周边食品经营单位积极开展自查」 — 催促 (督促) with no subject; the objects of 督促 are no units "
               "(round 30): " + NONE + "; round 35: the stage's span ends 8月1日, the year from the title: 2023-08-01"),
        S(["三", "(二)", "1"], [], ["食安办", "安办", "派出所", "卫生院"], dl="7月1日至10月10日", dln="2023-10-10",
          **at(X03, " 1."),
          note=CUT + "; round 44: a list announced by 「主要内容包括:」 after a work clause is the work's parts — items, each taking "
                     "the lead-in's bodies (rule 4); the lead-in 「食安办与安办、派出所、卫生院进展联合对各类学校食堂…进展全面排查,对发觉"
                     "的…隐患进展登记造册,制定整改规划,落实整改责任和详细措施」 — 进展 (the site's 进行, read as printed, round 43) "
                     "and 联合 with no object name no doer (round 37: 「A对…进行审批」 without 由; round 43: 联合 an adverb), but the "
                     "subject carries over inside the paragraph (round 34: an elided subject) to 落实, a rule-2 verb: 「A与B…落实」 "
                     "makes both doers (round 37: 「A與B組織…」) — 食安办, 安办, 派出所, 卫生院 as printed; no 牵头: lead []; "
                     "the item's own text 「集中整治…。严查…」 has no subject; round 35: the stage's span ends 10月10日: 2023-10-10"),
     ],
     plan_targets=[],
     phases=[{"name": "自查阶段", "start": "2023-06", "end": "2023-08"},
             {"name": "集中整治阶段", "start": "2023-07", "end": "2023-10"}],
     duties=[],
     notes=["2 leaves on the page: 三/(一) and 三/(二)/1 (CUT); the count reading (二) as one task is also 2 (round 44: the "
            "single-task count is accepted beside the list's items); 3 accepted with 二、整治重点 read as a task (it only says "
            "where the work bears: a field, round 44)",
            "phases: the two stages of 三 with their days (2023 from the title); they overlap in July (as printed)",
            "「附件2」 names an attachment the page does not hold; the rewording 「标准食品经营行为」「流淌摊贩」 is the site's"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x203_04_lufeng-shi-jixu-dali-shishi-xiaofei-bangfu-shishi-fangan.txt"
LABEL04 = (R1 + ": the closing bracket 「(A、B…等部门和14个乡镇人民政府负责)」 (plans-dev 01/02's parenthetical unit list): split "
           "on 、 and the joiner 等…和 (plans-dev 02's 等和), the tail 等部门 dropped (round 35: separate heads), the quantifier "
           "14个 no part of the name (round 42: 「同一家施工图审查机构」 → 施工图审查机构; the name with 14个 accepted); no 牵头 "
           "in the label: lead []; the item's sentences 「继续组织开展…」「鼓励各基层工会…」 add nothing (rule 1)")
plan(X04,
     title_note=NO_TITLE + " (the page opens at the preamble 「为深入贯彻落实省、州部门关于…,特制定本实施方案。」)",
     doc_no="", issuer="禄丰市 (「立足禄丰市特色资源禀赋」「14个乡镇人民政府」; 楚雄州, 云南)", date="not on the page (2021 or later: 「继续大力实施消费帮扶」)",
     level="county (禄丰市, a county-level city of 楚雄州, 云南; the city's own site)",
     source=page_source("https://ynlf.gov.cn/info/3819/79520.htm"),
     style="a county-level city's 消费帮扶 plan on its own site, from its preamble (no title): 一、持续扩大产品和服务消费 (一) (二), "
           "each a run-in heading 「强化定向采购帮扶。」 over one paragraph closed by a bracket of units 「(A、B、…等部门和14个乡镇人民"
           "政府负责)」; (二)'s bracket CUT at 「负」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["市财政局", "市教育体育局", "市卫生健康局", "市乡村振兴局", "市总工会", "乡镇人民政府"],
          responsible_alternatives=[["市财政局", "市教育体育局", "市卫生健康局", "市乡村振兴局", "市总工会", "14个乡镇人民政府"]],
          not_targets=[(832, "平台")],
          note=LABEL04 + "; 「网络销售平台(832平台)」 — a name with digits, not a target (plans-dev EXPECTED.md); " + NODATE),
        S(["一", "(二)"], [], ["市乡村振兴局", "市农业农村局", "市财政局", "市商务局", "市工商联", "乡镇人民政府"],
          responsible_alternatives=[["市乡村振兴局", "市农业农村局", "市财政局", "市商务局", "市工商联", "14个乡镇人民政府"]],
          note=CUT + " — inside the closing bracket, after every name and before 「责」; " + LABEL04 + "; RULING? a label cut "
                     "after its last name, inside its verb 「负[责]」: read as the label with its names whole (round 42: a name "
                     "kept whole before a bracket cut by the page end; round 39: a 由 clause whose verb is lost to the cut still "
                     "names its doers); a reader who reads a bracket without its 负责 as no label (round 43: a clause cut before "
                     "its verb names nothing after the cut) gives []; 「上海市民菜篮子」 names no body; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一), 一/(二) (CUT inside its label)",
            "no dates on the page: both items answer no deadline",
            "「832平台」「云品入沪」「“三端”」 are names (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x203_05_shi-huanweihui-2023-liuwu-shijie-huanjingri-huanbao-xuanchuan-huodong-shishi-fangan.txt"
QIJIAN = ("「“6.5期间」 — round 42 (turned): a day's period dates its items by that day's month (「“6.26”国际禁毒日期间」 → "
          "2014-06): 2023-06")
plan(X05,
     title="6.5世界环境日环保宣传活动实施方案",
     title_note="line 1 after the chunk opener 「1、」, the second of two forms run together (「65世界环境日环保宣传活动实施方案 "
                "6.5世界环境日…」: the first, without its dot, is the file's name)",
     doc_no="", issuer="市环委会 (「市环委会决定在全市范围内开展…」; a county-level 市 in 江西 by 「贵冶、贵化」 — 贵溪, not named)",
     date="2023 (as printed: 「开展2023年纪念“6.5世界环境日…」)",
     level="city (a 市's 环委会 with 市环保局; not named)",
     source=page_source("https://m.wnwk.com/doc/1709741.html"),
     style="a document site's page in three chunks opened 「1、」「2、」「3、」 at line starts, while the plan's own items 「1、」–「7、」 "
           "and 三's 「1、」 stand INSIDE the lines — the opener 「2、」 splits item 2's day 「6月5|日」 and 「3、」 splits item 7 "
           "(「开展咨|询宣传活动」); the site's machine rewording is kept (「科学开展观」, 「生态平安」, 「广阔市民」); a preamble "
           "(「市环委会决定…开展2023年…活动」), 一、活动主题, 二、活动安排 1、–7、 (dated by day or 「“6.5期间」; 「由市政府分管副市长及环保局"
           "领导…答复」, 「由市环保局专家…上一堂…课」, 「具体由有关驻市企业承办」), 三、活动要求 1、 — CUT",
     leaf_tasks=8, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "1"], [], [], dl="6月初", dln="2023-06", **at(X05, "二、活动安排 1、"),
          note="「市环保局6月初举办环保演讲比赛」 — 举办 without 由 names no doer (round 42: 「A将举办…」 without 由); the 参赛对象 "
               "(各乡镇、街道办事处…) are participants, no units: " + NONE + "; 「6月初」 of 2023: 2023-06"),
        S(["二", "2"], [], [], dl="6月5日", dln="2023-06-05", line=1, title_starts="6月5",
          note=CHUNK + " — the opener 「2、」 of line 2 splits the item's day 「6月5|日」; 「市环保局在市中心广场开展环保宣传咨询,接受"
                       "群众投诉,展示…」 — " + CLOSED + ": " + NONE + "; the item's day: 2023-06-05"),
        S(["二", "3"], [], [], dl="6月5日晚", dln="2023-06-05", **at(X05, " 3、"),
          note="「组织记者开展访谈活动」 — 组织 with no subject; 「由市政府分管副市长及环保局领导…答复记者采访」 — the agents of 由 are "
               "persons (" + PERSON + "): " + NONE + "; 2023-06-05"),
        S(["二", "5"], [], [], **at(X05, " 5、"),
          note="「由市环保局专家在企业或中小学校上一堂环境教育课」 — the agent of 由 is 专家, persons of the bureau (" + PERSON + "); "
               "RULING? a reader who takes 「市环保局专家」 for the bureau gives 市环保局: " + NONE + "; 「一堂」 (a lesson) no target; "
               + NODATE + " (the plan states no span for the activity)"),
        S(["二", "6"], [], ["有关驻市企业"], lead_alternatives=[["有关驻市企业"]], **at(X05, " 6、"),
          note=R2 + ": 「举办…联谊晚会,具体由有关驻市企业承办」 — 由A承办, a verb of doing (round 34; round 40: 「由A主办、B承办」); "
                    "「有关驻市企业」 is a kind (round 34: only the bare 各单位／有关单位／相关单位 are general calls; a kind of body after "
                    "有关 makes a kind), as printed; " + ONE + "; " + NODATE),
        S(["二", "7"], [], [], targets=[(2, "块")], dl="“6.5活动期间", dln="2023-06", **at(X05, " 7、"),
          note="「市环委会成员单位、各乡镇、街道办事处、林(垦殖、园艺)场、厂矿企业要悬挂…,开辟…,开展咨[3、]询宣传活动」 and 「贵冶、贵化、"
               "xx第一发电、xx发电有限责任公司要各制作2块宣传图板送市环委会办公室」 — " + CLOSED + " (制作, 送 too): " + NONE
               + "; 「各制作2块宣传图板」 — a count of work done (round 44: 「改造100户」 stays a target): 2 块; the sending of the "
                 "boards to the office is no report (no duty written; see README, RULING?); " + QIJIAN),
        S(["三", "1"], [], [], **at(X05, "三、活动要求 1、"),
          note=CUT + "; round 39/40: an item of 活动要求 that gives work is a task (the count 7 without it is accepted); "
                     "「各单位要提高思想认识,…精心组织,开展…」 — 各单位 is a general call (round 33), 组织 with no object gives no "
                     "doer (round 41): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves on the page: 二、活动安排 1、–7、 and 三、活动要求 1、 (CUT); 7 accepted (三/1 read as a call, no task). "
            "一、活动主题 is a field (round 42 continued). The chunk openers 「2、」「3、」 at line starts are chrome (round 40) even "
            "where they fall inside an item (2、, 7、)",
            "items 2、 and 3、 are dated 6月5日; 4、 and 7、 「“6.5期间」「“6.5活动期间」 (2023-06, round 42 turned); 1、 「6月初」; "
            "5、, 6、 and 三/1 carry no date and the plan states no span",
            "「第35个」 is an ordinal; 「2023年联合国环境规划」 a year (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x203_06_hangzhou-huanbaoju-liuwu-shijie-huanjingri-xilie-xuanchuan-huodong-tongzhi.txt"
DAY06 = ("the item's own day 「6月5日」, but the text states no year (the site's 「2023年」 in its file name and 时间:2023-04-22 "
         "are the upload's; 「辉煌三十年」 points to 2008): " + NOYEAR)
plan(X06,
     title_note="title not checked: the page prints it cut, 「关于做好“六·五〞世界环境日系列宣传活动的通」 (通[知]), run into "
                "「一、绿色系列行动」 on line 23; the site's file name adds 「2023年」",
     doc_no="", issuer="杭州市环保局 (not named; 「杭州环保——辉煌三十年」, 「杭州县(市)区环保局(分局)」, 「在吴山广场」)",
     date="not stated (the site's file name says 2023; 「辉煌三十年」)",
     level="city (杭州, 浙江; the issuing body not named)",
     source=page_source("https://wnwk.com/doc/1682080.html"),
     style="a document site's page: 分享, the file name, site lines (ID, 大小, 页数, 格式, 时间), a 温馨提示 block NUMBERED 「1.」–「4.」 "
           "(chrome), 网站客服, a keyword line, then the notice on one line: the cut title, 一、绿色系列行动 (一)–(五) run in, "
           "each a heading run into its text with no space 「成就展6月5日,在吴山广场举办…」, (二)、 and (四)、 with a stray 、; "
           "「〞」 closing quotes as printed; (五) CUT at 「参加杭、」",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], skip_deadline=True, **at(X06, "(一)"),
          note="「6月5日,在吴山广场举办…成就图板展」 — 举办 with no subject; 「杭州县(市)区环保局(分局)各提供五块做好的图板参加展览」 — "
               "提供 is no rule-2 verb (and a cost verb, round 37): " + NONE + "; 「各提供五块…图板」 are supplies the item collects "
               "(round 44: means, no target; not written); " + DAY06),
        S(["一", "(二)"], [], [], skip_deadline=True, **at(X06, "(二)、"),
          note="「6月5日当天,开展XX市环境违法行为专项执法大检查,…开展执法行动,同时在吴山广场开展环保投诉受理」 — no subject, 开展 is "
               "no rule-2 verb: " + NONE + "; the 「(二)、」 number with a stray 、 is the item's; " + DAY06),
        S(["一", "(三)"], [], [], **at(X06, "(三)"),
          note="「与市摄影家协会、市新闻工作者协会联合举办…摄影比赛」 — no subject: " + SUBJECTLESS + "; 「A联合B＋verb」 (round 34) "
               "needs its A, and 举办 is no rule-2 verb: " + NONE + "; 「一、二、三等奖」 are grades (no targets); " + NODATE),
        S(["一", "(四)"], [], [], **at(X06, "(四)、"),
          note="「与市教育体育局联合举办“身边的环保〞中小学生的环保征文比赛」 — as (三): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves on the page: 一/(一)–(五) (run in on line 23, numbers in order, round 34); 4 accepted ((五) cut to 「参加杭、」, "
            "read as no item); the 温馨提示 lines 「1.」–「4.」 are the site's (round 40: chrome, not items)",
            "no year in the text: the days 「6月5日」 are not checked",
            "the site's keyword line 「2023 做好 世界 环境 系列 宣传 活动」 and 「网站客服:3074922707」 are chrome (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x203_07_sheng-xiaofei-fupin-yue-fangan.txt"
plan(X07,
     title="地区消费扶贫月方案",
     title_note="line 7, as printed (the site's title; the text says 「结合我省实际」「xx 省」)",
     doc_no="", issuer="an xx省 (masked; 「结合我省实际」「着力打响 xx 省扶贫产品品牌」)",
     date="not stated (「助力如期打赢脱贫攻坚收官之战」: 2020; the site's 2021-04-16 is the upload's)",
     level="province (masked)",
     source=page_source("https://61taotao.com/office/269929.html"),
     style="a document site's page: site lines opened with 「- 」 (「- 1、本文档由用户上传…」 numbered 1、–3、, chrome), the title, then "
           "the plan with its LINES WRAPPED MID-WORD as in a PDF (「习|近平」「建|设」「消费|扶贫」「认|定」); 一、总体要求, 二、活动主题, "
           "三、活动时间 「11 月 1 日至 30 日。」 (spaces inside, no year), 四、主要内容 (一) — CUT at 「到 20」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、活动主题", "三、活动时间"],
     samples=[
        S(["四", "(一)"], [], [], skip_deadline=True,
          note=CUT + " (「到 20」, a year cut); 「按照“市场主体自愿申请、县级扶贫部门认定、…”的流程」 — bodies inside a quoted "
                     "procedure, a noun's description (round 30), no doers; 「各市县要全面开展扶贫产品认定并加强管理」 — 各市县 is a "
                     "kind, but 开展／加强 are no rule-2 verbs (round 30's closed list): " + NONE + "; the activity's span 「11 月 1 日"
                     "至 30 日」 (round 36/37: its end the deadline of items with no date of their own) has no year on the page: "
                     + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 四/(一) (CUT); 一、总体要求 is a section, 二、活动主题 and 三、活动时间 are fields (round 42 continued)",
            "三、活动时间 「11 月 1 日至 30 日」 is the month's span with no year: no deadline is checked and no phase is written (one "
            "span, no stages)",
            "「“三专一平台”」「“八进”」「“十二个一”」 are programme names; the site's 「15.98 KB」 and 「QQ:403074932」 are chrome "
            "(no targets)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x203_08_shijiazhuang-zhongxiaoxue-shipin-anquan-guanli-zhize-fengong.txt"
ROW08 = (R1 + ": a row of the flattened table 「序号 涉及部门 职责分工」 (one cell a line): the 涉及部门 cell is the row's unit "
         "(a table column); no lead named: " + ONE + "; the duties' own sentences add nothing (rule 1)")


def row(n):
    """Line of the row number n (a line holding only n) and the first words of the next line (the 涉及部门 cell)."""
    lines = (DIR / X08).read_text(encoding="utf-8").split("\n")
    i = lines.index(str(n))
    return {"line": i + 1, "title_starts": lines[i + 1].strip()[:8]}


plan(X08,
     title="中小学校食品安全管理",
     title_note="line 1, the name of the matter the duty list is for, as printed",
     doc_no="", issuer="石家庄市 (the city's 机构编制 site: a 职责分工 entry; 「市教育局」「市市场监督管理局」「市卫生健康委」)",
     date="2024 (the page's address 202404/17; the cited 河北 plan runs 2020—2022)",
     level="city (石家庄, 河北; a duty-boundary list of three city departments)",
     source=page_source("http://sjz.hebjgbz.gov.cn/columns/3dd739b7-2c84-484a-a37b-787cccc60aab/202404/17/"
                        "676aa7da-f21d-4b76-8862-5620cd6720a6.html"),
     style="a city's duty list for one matter, the whole page: the matter's name, a header line 「序号 涉及部门 职责分工」, three "
           "rows flattened one cell a line (number / department / duties), then 「相关依据:」 with two numbered citations "
           "「1.《…》」「2.《…》」 (a list that gives no work); no 附件 line",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["市教育局"], lead_alternatives=[["市教育局"]], **row(1),
          note=ROW08 + "; 「指导监督学校落实…主体责任」 — 学校, the object, is no unit; " + NODATE),
        S(["2"], [], ["市市场监督管理局"], lead_alternatives=[["市市场监督管理局"]], **row(2),
          note=ROW08 + " — 「依法会同有关部门开展…调查处理」 does not add 有关部门 (rule 1: the label decides); " + NODATE),
        S(["3"], [], ["市卫生健康委"], lead_alternatives=[["市卫生健康委"]], **row(3),
          note=ROW08 + " — 「组织医疗机构救治…」: the object of 组织 is no unit (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the table's rows 1–3 (paths by the row number: the table is the page's body, not an attachment); "
            "「相关依据:」 1.–2. are citations of the rules the duties rest on, a list that gives no work (round 35), no tasks",
            "「令第45号」 is a document number and 「(2020—2022年)」 a plan's period in a cited title (no targets, no dates)"])

write_collected(DIR)

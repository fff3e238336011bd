# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next330/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c330, round 63, for round 64: seven page openings of festival-season plans and
notices from outside Shanghai — 冷市镇's 2022 春节 放假 notice (二 值班, 三 疫情防控 with 县交通运输部门…落实); a 局's 2012 春节
安全稳定 notice to 局属各单位、机关各科室 (一–三, 在节前 开展一次 排查, 三 CUT); 马岭镇's 2025 「金蛇迎春贺新年」 展演 执行方案 (numbers
lost: 「、活动内容」 with 汇演1次 on 2月10日／2月12日 and 1.–3. 节目; 「、领导小组」 persons; 四、具体要求 CUT); 潘村镇's 2022 清明
文明祭祀 plan (a document site's preview run in on one line, chunk marks 「1、」「2、」「3、」; 三/1 a group's composition, 三/2 加大宣传
CUT); a 街道's 「迎动漫、庆五一」 清洁城乡大行动 notice to 各村、社区 (时间, 参与单位, 三/1–4 清理, 四/1 由街道清洁办组织 CUT); a 镇's 五一
安全 measures under the headline 「乡镇工会五一活动计划」 (一是／二是, 检查分组 1–9 led by persons, 9 CUT); a 市总工会's 中秋 主题实践
活动方案 (traditional script; 三、活動內容, 四/(一)(二), another piece after the signature)): never tune the parser on them (see
README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings
cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these
plans by c330.

    PYTHONPATH=. python tests/data/plans-next330/make_expected.py tests/data/plans-next330
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, ONE, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post or by name (round 43; Round 77's x299_02 责任人) however the clause is built"
CALL = ("a general call is addressed to all without a kind 「各单位应…」「各部门要…」, or uses no verb of rule 2 (round 30); a kind is "
        "a doer only by a rule-2 verb (Round 80's p59c-1), 要 changing nothing (Round 74's x295_03)")
CHILDLESS = ("a childless top-level point that gives work — a rule-2 doer, or an instruction 「要…」「应…」 to the plan's bodies — is a "
             "task in a document of numbered items too (Round 84's p61c-1)")
AIMS = ("a childless top-level aims point (目标, 目标任务, 指导思想, 总体要求) is a section unless a clause of it makes a body a doer by "
        "rule 2 (Round 80's aims form; plans-dev EXPECTED.md lines 21–25), no task and no sample")
COMPOSITION = ("a group's composition — its leaders and members — is no task; only its work, given by a verb, is (Round 83's x312_07 "
               "三/1 and turned x314_11 二/(一)/1; Round 84's p61d-2: a composition alone is a section)")
SETUP = ("teams the item sets up are none there, their work included (rule 3; Round 83's x314_05 二/6; Round 81's x308_02)")
FEST = ("a festival's period in an item's own text dates it by the festival's month in the plan's year, the holiday the notice prints "
        "fixing which (round 46's p44e; Round 87 turned x324_07 二 and x324_08 (一)(二)(四))")
NOYEAR = ("no year is printed anywhere in the text (a masked 「20XX」 and the site's date are no plan's year): only what is printed is "
          "read (round 48), and a mask is filled only from a fact the text prints (round 50; Round 85 on x318_02, x320_07): the "
          "deadline is written as printed and not checked")
NOUNITS = ("the page names no unit by the ruled forms anywhere, so every numbered leaf that gives work is a task (plans-dev 08, "
           "seed 003)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x330_01_lengshi-zhen-2022-chunjie-fangjia-anpai-tongzhi.txt"
D01 = dict(dl="节假日期间", dln="2022-02")
plan(X01,
     title="关于2022年春节放假安排的通知",
     title_note="line 8, the notice's title line under the issuer line 「冷市镇人民政府」 (line 6); line 3 is the site's headline with the "
                "same words (lines 1–4: breadcrumb, 返回, headline, the site's date line)",
     doc_no="", issuer="冷市镇人民政府 (安化, 湖南: 「出湖南省」, 0737)", date="not shown in the text (the site's 2022-01-27)",
     level="town (村(社区)、镇直(属)部门站所及驻冷单位)",
     source=source("http://anhua.gov.cn/35587/35588/35595/35710/content_1525842.html"),
     style="a town government's page: breadcrumb and headline, the issuer, the title, a line holding one space, the addressees, "
           "the basis, 一、放假时间 (dates), 二、加强值班和应急处置工作, 三、做好新冠肺炎疫情防控工作 broken by the page over two blank "
           "lines inside 「疫情 / 防控」; each point childless, run-in heading and paragraph on one line; the page ends with 三's "
           "last sentence (two blank lines after it)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、放假时间"],
     samples=[
        S(["二"], [], [], responsible_alternatives=[["各村(社区)", "部门单位"]], not_targets=[(24, "小时")], **D01,
          note="「二、加强值班和应急处置工作。节假日期间,各村(社区)、部门单位要严格执行24小时值班制度和主要负责同志带班制度,加强应急值守、社会稳定等工作。遇到重大突发事件,"
               "要按规定及时报告并妥善处理。(值班电话:0737-7321051)」 — " + CHILDLESS + ". Units: 执行 and 加强 are outside rule 2's closed "
               "list (round 30), so 各村(社区)、部门单位 name no doer — " + CALL + " — " + NONE + ". [各村(社区), 部门单位] accepted (the "
               "addressees told to act). Not a target: 「严格执行24小时值班制度」, a figure with no comparison word naming a kind of system "
               "(Round 87 confirmed x324_08 二/(二)'s same words). Date: 「节假日期间」 — " + FEST + ": the notice's 春节 holiday "
               "「1月31日至2月6日」 of 2022 (春节 itself 1 February 2022) → 2022-02. The report 「遇到重大突发事件,要按规定及时报告」 is an "
               "undated duty (below). 「0737-7321051」 a telephone number"),
        S(["三"], [], ["县交通运输部门"], responsible_alternatives=[[]], lead_alternatives=[["县交通运输部门"]], **D01,
          note="「三、做好新冠肺炎疫情防控工作。节假日期间,各村(社区)、部门单位要积极履行防控职责,坚持疫情防控值班值守,…切实强化对所属行业单位的疫情防控监管;积极引导和督查入境及"
               "省外来(返)人员主动报备相关信息,配合落实疫情防控各项管控措施;加强对重点场所的疫情防控监管,督促商超、市场…严格落实测温、扫码、戴口罩等措施,…;县交通运输部门要加强"
               "车站、码头等场所疫情 / 防控,重点落实公共交通工具消毒、人员个人防护等措施,并按频次做好风险岗位人员核酸检测;…所有公职人员出湖南省必须经单位主要负责人审批,…」 — "
               "the page's blank lines inside 「疫情 / 防控」 break a word, no new item. " + R2 + ": 履行 with duties as its object names "
               "none (round 67), 坚持, 强化, 加强 are outside the list (round 30); the verbs after 督查's and 督促's objects are the "
               "objects' (Round 83 on x316_02 (十四)), so 「主动报备…,配合落实…措施」 is the returning persons' and 「严格落实测温…」 the "
               "places'; 「县交通运输部门要加强…防控,重点落实公共交通工具消毒、人员个人防护等措施」 — the subject carried through the "
               "commas (round 34), 落实 with the plan's own measures as its object is rule 2's (Round 83 on x312_03 三/2; Round 87 on "
               "x324_04 二) — [县交通运输部门], lead [] (" + ONE + "), the name as printed (rounds 33, 43). 公职人员 and 单位主要负责人 are "
               "persons (" + PERSONS + "). RULING? 2: none (a county department above the issuing town, or 重点落实 read as the "
               "manner of 加强) is accepted. Date: 「节假日期间」 as in 二 → 2022-02"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "遇到重大突发事件,要按规定及时报告并妥善处理", "when": "及时", "when_norm": ""}],
     notes=["2 leaves: 二, 三. 一、放假时间 「1月31日至2月6日放假调休,共7天。1月29日(星期六)、1月30日(星期日)上班。」 states the holiday's "
            "dates and gives no body work, no 要／应 and no doer (" + CHILDLESS + ": the point gives none), so it is text. RULING? 1: "
            "3 (一 counted as a point of the notice) is accepted",
            "duty: 二's 「遇到重大突发事件,要按规定及时报告」, a report the notice asks when a case arises, undated, 及时 printing no time "
            "(Round 83 on x316_01 一: an undated duty; round 44). RULING? 3: no duty (no receiver is named; a standing rule of the "
            "duty roster) is the other reading, not written",
            "not targets, unchecked: 「共7天」 the holiday's length; 「国办发明电〔202211号」 a document number as printed (its 〔2021〕11 run "
            "together); 「一米线」 a name with a digit; dates of the holiday"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x330_02_ju-2012-chunjie-qijian-anquan-wending-gongzuo-tongzhi.txt"
D02 = dict(dln="2012-01")
UNITS02 = ("「各单位、各科室要…」: 各单位 is the bare call (round 30; Round 85 on x319_02 四: the bare 相关单位 a call), and 各科室 — the "
           "bureau's own offices, 「机关各科室」 in the address line — is read as the same call as 各部门 (round 30's list), whatever "
           "verb follows. RULING? 4: 各科室 read as a kind of body, a doer by 落实 (Round 83 on x314_03 四/(一); Round 85 on x318_02 "
           "三/(一): a kind before 单位 makes a kind) — [各科室] and [各单位, 各科室] are accepted")
plan(X02,
     doc_no="", issuer="a 局 of 溧阳 (liyang.gov.cn; its 局属各单位 hold 文物保护单位, 娱乐场所 — a culture bureau by its content)",
     date="not shown (2012 in the preamble: 「2012年春节即将来临」)",
     level="bureau over its units and offices (局属各单位、机关各科室)",
     source=source("https://www.liyang.gov.cn/html/czly/2012/AQAFAJIK_0110/18675.html"),
     style="a government site's page: five lines of site chrome (移动端应用 … 登录个人中心), the address line, a preamble, 一、二、三、 "
           "childless points each a run-in heading 「X,Y,Z。」 and its paragraph on one line, 三 CUT at 「对各种不」; no title line",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], responsible_alternatives=[["各科室"], ["各单位", "各科室"]], dl="节日期间", **D02,
          note="「一、高度重视,加强领导,严格落实安全责任。各单位、各科室要牢固树立安全发展理念,充分认识做好节日期间安全稳定工作的重要性和必要性,…紧密结合本单位实际和节日特点,"
               "突出重点,健全和落实各项安全生产责任制度,层层落实安全生产和维护稳定工作责任制,采取有力措施,确保节日期间安全稳定。」 — " + CHILDLESS + ". Units: the subject "
               "carried across the full stop (rounds 34, 49 p46d) reaches 落实…制度／责任制 (rule 2's 落实; round 46), but " + UNITS02 +
               " — " + NONE + ". Date: 「节日期间」 — " + FEST + ": the notice's festival is 2012's 春节 (23 January 2012) → 2012-01"),
        S(["二"], [], [], responsible_alternatives=[["各科室"], ["各单位", "各科室"]], targets=[(1, "次")], dl="在节前", **D02,
          note="「二、精心组织,加强防范,切实做好安全检查。各单位、各科室要切实加强安全监管,人员密集场所、娱乐场所、文物保护单位等消防重点部位要在节前集中开展一次防火及各项安全事故"
               "隐患排查工作,…对发现的问题必须立即整改,…。要进一步加强文物安全管理,…要采取切实可行的安全措施,进行重点防范。…」 — " + CHILDLESS + ". Units: 加强, 开展 "
               "without 组织, 整改, 采取 are outside rule 2's closed list (round 30); 「X场所…要…开展」 names its facility only in articles "
               "by a verb of doing (Round 85's decided x317_04 第三十一条: outside articles rule 2's closed list decides) — " + NONE +
               " (" + UNITS02 + "). Target: 「集中开展一次…排查工作」, a count of work the item sets (Round 87 on x328_02 附件/1: 「…一次」 → "
               "1 次; Round 84's p61e-1: 一 as any number). Date: 「在节前」 — a festival's day in the plan's year dates 「在春节前」 by its "
               "month (round 40; round 36's 「在放假前」), the festival the notice's 春节 → 2012-01. RULING? 5: the festival named only in "
               "the preamble (p44e: in the title or preamble alone it dates nothing) would leave 一 and 二 undated; mine follows Round 87's "
               "x324_07, where the holiday the notice prints fixed which"),
        S(["三"], [], [],
          note="「三、积极应对,加强排查,认真做好矛盾调处。各单位要高度重视信访维稳和矛盾纠纷化解调处工作,切实承担起确保一方平安的工作责任。年底是各类矛盾纠纷…集中反映期,要及时掌握"
               "动向,…研究完善处理预案,…。要认真梳理潜在信访问题和有触发苗头的矛盾,对各种不」 (" + CUT + ") — " + CHILDLESS + ". 承担…责任 names a "
               "doer (round 30), but its subject is the bare call 各单位 (round 30; Round 81's x310_03 第十条) — " + NONE + ". 「年底是…"
               "集中反映期」 states when disputes gather, no time for the item's work — " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一, 二, 三 (CUT). The preamble 「现就做好2012年春节期间安全稳定工作通知如下」 gives no work. No title is checked: "
            "the excerpt prints no title line (lines 1–5 are the site's menu, line 6 the address line; Round 77 on x303_05: only what is "
            "printed is read)",
            "not targets, unchecked: 「2012年」 years"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x330_03_maling-zhen-2025-jinshe-yingchun-zhanyan-huodong-zhixing-fangan.txt"
plan(X03,
     title="马岭镇2025年度“金蛇迎春贺新年”展演活动执行方案",
     title_note="line 14, the document's title line under the site's information-disclosure header (lines 1–12: menu, 庆城县人民政府, "
                "马岭镇政府信息公开, 索引号, 生效日期) and over the site's date line (16); the preamble calls it 「实施方案」",
     doc_no="", issuer="马岭镇 (庆城县, 甘肃; 索引号 621021/2025-00026)", date="2025-01-13 (the site's 生效日期 and 发布时间; not checked)",
     level="town over its villages (镇上; 各村负责人)",
     source=source("https://www.chinaqingcheng.gov.cn/zwgk/zfbmxxgk/xz/50mlz/zfwj350mlz/content_17237"),
     style="a county site's disclosure page: the title, a preamble, 一、指导思想, then two headings whose numbers the page lost 「、活动内容」 "
           "(a paragraph with 汇演1次 on 2月10日 and 2月12日, then 1.–3. 跑旱船(32个) 跑马(16个) 锣鼓队(1支)) and 「、领导小组」 (persons "
           "in lines whose labels lost characters: 「 长:」「成  员」), 四、具体要求 one paragraph CUT at 「汇报活动组织」; runs of spaces as "
           "printed (the file is 1,971 bytes: the page's spaces may be wider characters than the tool's answer showed)",
     leaf_tasks=2, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "、领导小组"],
     samples=[
        S(["活动内容"], [], [], targets=[(1, "次")], dl="2月12日", dln="2025-02-12",
          other_deadlines=[{"deadline": "2025年2月10日", "deadline_norm": "2025-02-10"}], **at(X03, "\n、"),
          note="「、活动内容 今年春节文化活动社火队共组成旱船32个、跑马16节目,共计100 2025年2月10日(农历正月十三)在马岭镇汇演1次,2月12日(农历正月十五),照县委、县政府统一安排,"
               "在县城指定区域巡街展演和集中汇演 1.跑旱船(32个); 2.跑马(16个); 3.锣鼓队(1支)。」 — the heading's number is lost and the path "
               "is its text (plans-dev EXPECTED.md: where a section heading has no number its text is the first path element). 1.–3. "
               "only list what the troupe brings (节目 and their counts), no act (Round 83 on x312_02: lines that only list whom the "
               "work visits name no act; Round 86's (a): contents listed are no items that give work), so the point is the leaf "
               "(Round 85 on x317_02 三、: lines naming no act leave the point the leaf), its paragraph the work: the performances "
               "the town holds. " + NOUNITS + " — " + NONE + " (县委、县政府 only arrange the county's day, rule 3's guide). Target: "
               "「汇演1次」, the events the item holds (rounds 58, 62; Round 84's p61e-1: 1 次 included). 旱船32个, 跑马16, 「共计100」 "
               "(a count run into 2025) count the troupe, unchecked. Date: the latest date the item prints is its deadline, the other "
               "an other deadline (Round 82's p60e-3): 2月12日 of 2025 (the year printed in 「2025年2月10日」) → 2025-02-12; 2025-02-10 "
               "other. RULING? 6 on the count (1.–3. as leaves), RULING? 7 on the date"),
        S(["四"], [], [],
          note="「四、具体要求 加强领导,提高认识。春节文化活动是…一项重大工作,为了确保春节文化活动顺利开展,镇上成立春节文化活动领导小组统筹安排部署,各领导小组成员和各村负责人要明确"
               "任务,靠实责任,相互沟通,积极组织,并定期向镇上汇报活动组织」 (" + CUT + ") — " + CHILDLESS + ". Units: 镇上 is a level with no head, "
               "no body (Round 83 on x315_01 第二十、二十六条: 镇 standing alone); the group is set up here and its 统筹安排部署 none (rule 3; "
               "round 73); 各领导小组成员 and 各村负责人 are persons (" + PERSONS + "; rule 3: the nouns 负责人) — " + NONE + ". 「春节文化活动」 "
               "names the festival's activity, no period of it (round 46's p44e reads 「春节期间」) — " + NODATE + ". RULING? 8: dated by "
               "春节 2025 (29 January) → 2025-01 is the other reading, not written. The report 「定期向镇上汇报活动组织」 is a duty (below)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "定期向镇上汇报活动组织", "when": "定期", "when_norm": ""}],
     notes=["2 leaves: 「、活动内容」 (the paragraph, its 1.–3. no items that give work) and 四 (CUT). 一、指导思想 is aims (" + AIMS + "). "
            "「、领导小组」 lists 组长, 副组长 and 成员 by name only: " + COMPOSITION + ". RULING? 6: 4 (1.–3. counted as the lowest "
            "numbered items, plans-dev EXPECTED.md's leaves, with 四) is accepted",
            "duty: 四's 「并定期向镇上汇报活动组织」, a recurring report the plan sets within its own work (Round 83 confirmed x326_09 三/3: the "
            "post that sends or receives it no matter), 定期 printing no rhythm word: undated. RULING? 9: no duty (persons reporting, "
            "the page cut inside the sentence) is the other reading, not written",
            "not targets, unchecked: 32 个, 16, 100, 1 支 (the troupe's counts), 「621021/2025-00026」 an index number, 「二十大」 a name "
            "with a digit"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x330_04_pancun-zhen-2022-qingming-wenming-jisi-huodong-shishi-fangan.txt"
plan(X04,
     title="潘村镇2022年清明文明祭祀活动实施方案",
     title_note="line 3, the title run into the text after the site's chunk mark 「1、」 (chrome: Round 81's document site's chunk "
                "openers; c320's x320_02), before its first sentence 「清明是…」; line 1 is the site's file name with 「.docx」, line 2 "
                "the site's blurb. RULING? 10: line 1 as printed (with .docx) is no reading in mine (a file name is the site's)",
     doc_no="", issuer="潘村镇 (明光市, 安徽)", date="not shown (2022 in the title)",
     level="town (镇政府; 民政办, 宣传室, 派出所, 市场监督管理所, 自然资源规划所 as members)",
     source=source("https://1wenmi.com/doc/567534.html"),
     style="a document site's preview (第壹文秘): file name, blurb, then the plan run together on two lines — title, preamble, "
           "一、指导思想 二、目标任务 三工作措施 (no 、) 1 . 2 . run in — with the site's chunk marks 「1、」「2、」「3、」 at line starts, "
           "「3、」 cutting 「大 / 3、力宣」 where the page ends",
     leaf_tasks=1, count_alternatives=[2, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标任务"],
     samples=[
        S(["三", "2"], [], [], **at(X04, "2 ."),
          note="「2 .加大宣传。以“绿色祭祀、平安清明”为主题,利用宣传单、微信、微博、LED显示屏、公示栏、“村村响”等形式,大 / 3、力宣」 (" + CUT + ") — "
               "the item number 「2 .」 printed with a space, run in after 1's sentence (round 34: numbers running in order inside a "
               "paragraph are items; round 48: paths as printed, so 三 for 「三工作措施」 printed with no mark); 「3、」 is the site's "
               "chunk mark cutting 「大力宣」, no item (Round 83 on x326_02). Work with no subject: a task naming none — " + NONE + ". "
               "「平安清明」 is a slogan, no festival period (round 46's p44e reads 「清明期间」) — " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三/2 (CUT). 一、指导思想 is aims (" + AIMS + "). 二、目标任务 「巩固文明祭祀成果,携弃传统的燃放鞭炮、焚烧冥币等祭祀方式,全面抵制使用塑料等"
            "不易降解祭祀用品,全镇公墓墓区内严禁使用塑料花,大力推行家庭追思…,引导广大群众从传统走向文明…」 states what the campaign aims at (p51e: "
            "aims items give no work; round 49) with no rule-2 doer, so a section. 三/1 「1 .加强组织领导。镇政府成立以党委书记…为组长…的…领导小组,成员由"
            "民政办、宣传室、派出所、市场监督管理所、自然资源规划所等单位组成。」: " + COMPOSITION + "; 镇政府's 成立 is outside rule 2 and the "
            "members none (rule 3). RULING? 11: 2 (三/1 counted, or 二's 严禁使用塑料花 read as a ban on the plan's own work, Round 83 "
            "on x314_10 四/(四)) and 3 (both) are accepted",
            "the page's only leaf: one sample (the brief asked 2–4 a page; the page holds no second task in my reading)",
            "not targets, unchecked: 「2022年」 years, 「4页」 the site's page count"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x330_05_jiedao-yingdongman-qingwuyi-qingjie-chengxiang-da-xingdong-tongzhi.txt"
D05 = dict(dl="4月25日上午", skip_deadline=True)
DATE05 = ("Date: 一、活动时间 「本月“公民义务劳动日”提前到4月25日上午」 is the campaign's day over its work (Round 77's x303_04), but " + NOYEAR +
          " (「第四届国际动漫节」 fixes a year only by outside knowledge; the site's 2022-12-09 is chrome). RULING? 14")
PARTS05 = ("二、参与单位 「各村、社区,所属企事业单位。」 is a field of the notice's own, no label standing on 三's items (rule 1 reads a label "
           "on the item or its heading; Round 87 on x324_05 二/(一): who takes part is composition): none. RULING? 12: the field read as "
           "a units label over the campaign's work, [各村, 社区, 所属企事业单位], is accepted")
plan(X05,
     title="关于社区庆五一劳动节的活动方案",
     title_note="line 5, the notice's title line over the address line 「各村、社区:」, printed again at line 9; line 1 「社区庆五一劳动节的"
                "活动方案」 is the site's headline (with its date line, line 3). The text is a 街道's notice (「在全街道组织开展…现就有关事项通知如下」). "
                "RULING? 15: the headline's words (no 关于) are the other reading, not written",
     doc_no="", issuer="a 街道 (杭州: 「根据杭州市“第四次百万市民清洁大行动”统一部署」; 街道清洁办)", date="not shown (no year printed)",
     level="street over its villages and communities (各村、社区)",
     source=source("https://sundxs.com/shenghuo/guojijieri/395348.html"),
     style="a 范文 site's page: headline, its date line, the title twice around the address line, a preamble, 一、 活动时间, 二、 "
           "参与单位, 三、 主要内容 1、–4、, 四、 工作要求 1、 broken by the page 「…的领导 / 和其他工作班子人员」 and CUT at 「具体方案另」; "
           "paragraphs indented by two spaces, a space after 「一、」, blank lines between",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、 活动时间", "二、 参与单位"],
     samples=[
        S(["三", "1"], [], [], responsible_alternatives=[["各村", "社区", "所属企事业单位"]], **D05,
          note="「1、清理积存垃圾。对积存的生活垃圾和建筑垃圾进行清理,重点是城郊结合部、背街小巷、建筑工地、各类道路两侧、河池沟渠旁(内)积存的垃圾。」 — work under 主要内容 "
               "(a work heading's items are tasks whatever they name; the seeds drop only 目标／保障 items, EXPECTED.md lines 3–5) — " +
               NONE + ". " + PARTS05 + ". " + DATE05),
        S(["三", "3"], [], [], responsible_alternatives=[["各村", "社区", "所属企事业单位"]], **D05,
          note="「3、清理绿化带。对绿化带内存在的垃圾以及已死树木、干枯树枝和危及供电、通讯线路及行人安全的危树危枝进行清理、补种。」 — as 1、: a task naming none — " + NONE +
               ". " + PARTS05 + ". " + DATE05),
        S(["四", "1"], [], ["街道清洁办"], responsible_alternatives=[[]], lead_alternatives=[["街道清洁办"]], **D05,
          note="「1、加强组织领导。各村、社区要落实具体负责这次大行动的领导 / 和其他工作班子人员,…认真开展环境卫生问题排查,制定本村、社区的行动方案,广泛发动干部、党团员、村(居)民代表"
               "积极参加清洁大行动,抓好…整治。同时要广泛发动辖区内各单位开展本单位的清洁大行动。领导参加的清洁行动由街道清洁办组织(具体方案另」 (" + CUT + ") — the "
               "page's break inside 「领导 / 和其他」 is no new item. " + R2 + ": 「各村、社区要落实…的领导和其他工作班子人员」 staffs the work and "
               "names none (Round 85 turned x322_01 二、（三）: 「A落实／配备／确定专人」), and 开展 without 组织, 制定, 发动, 抓好 are outside the "
               "list (round 30); 「…清洁行动由街道清洁办组织」 — the agent of 由 with a verb of doing is a doer (rule 2; round 30: 「由A负责／"
               "组织实施…」), the clause in the item's own text wherever it stands: [街道清洁办], lead [] (" + ONE + "). RULING? 13: none "
               "(the leaders' own clean-up read as other work than the item's, its plan 「另发」) is accepted. " + DATE05),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三/1–4, 四/1 (CUT). 一、 活动时间 is a time field alone (Round 77's x303_04) and 二、 参与单位 a list of those taking "
            "part (composition), both childless points with no work: sections. The preamble's 「决定在全街道组织开展…清洁城乡大行动」 names no "
            "body (组织 with no subject, rule 2 needs A before it)",
            "not targets, unchecked: 「第四届」「第四次百万市民」 names with digits; 「4月25日」 a date"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x330_06_xiangzhen-gonghui-wuyi-huodong-jihua.txt"
GROUP06 = ("the check groups are set up by the item's heading 「(一)检查分组:」, so the group named at the line's head is none there, its "
           "work included (" + SETUP + "), and those who lead or join it are persons by name (" + PERSONS + "): 「由A负责」 with A a "
           "person gives none, as 「由分管副区长牵头」 does (round 30)")
plan(X06,
     title="乡镇工会五一活动计划",
     title_note="line 1, the page's only title line; the text calls itself 「镇工会五一活动方案1」 in its preamble (a compilation's piece "
                "number run in)",
     doc_no="", issuer="a 镇 (「经镇党委、政府研究」; 镇党委书记王志勇, 镇长刘明华)", date="not shown (「20XX年4月20日」 masked)",
     level="town (全镇; 安委会; its check groups)",
     source=source("https://xiaoxue.952552.com/xiaoxueshengriji/ib5jx3z3hz.html"),
     style="a content site's reworded copy of a 镇's 「五一」 安全生产 measures: title, preamble, 「一是…」 and 「二是…:」 heading lines, "
           "1, 2. under 一是 (「1,」 with a comma, 「2.20XX年」 the item number run into a masked year), (一)检查分组: 1,–9. (each 「X组:」 work, "
           "由 a person 负责, others 参加), 9. CUT at 「以农药销售点和」; names dropped in places (「由赵带队,、、赵永兵参加」「王和王」), "
           "「于成元」 written after 由 (「由于成元负责」), 「分管副市长」 for a 副镇长 — kept as printed",
     leaf_tasks=10, count_alternatives=[11], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一是", "1"], [], [], dl="“五一”期间", skip_deadline=True, **at(X06, "\n1,"),
          note="「1,要把“五一”期间全镇的安全生产工作作为各项工作的重中之重,全镇各级干部要提高认识,高度重视。该镇党委书记王志勇任组长,镇长刘明华任副组长。分管副市长切实抓好分管行业的"
               "安全生产,把安全生产责任落实到经营单位、车主、船主、船东头上,确保不发生人员伤亡。」 — the heading 「一是提高认识,加强领导,明确责任。」 is printed "
               "with 「一是」, no list mark, and the path keeps it as printed (plans-dev EXPECTED.md: paths as printed; round 48; RULING? 16: 「一是」 read as the number 一 of a list, path ['一', '1']). "
               "Units: 干部, the 组长 and 副组长, the 分管副市长 are persons (" + PERSONS + "), the 落实 of 责任 theirs; 经营单位 and the "
               "owners are where the duty is placed, objects — " + NONE + ". Date: 「“五一”期间」 in the item's own text dates it by May of "
               "the plan's year (round 46's p44e), but " + NOYEAR),
        S(["一是", "2"], [], [], dl="20XX年4月20日", skip_deadline=True, **at(X06, "\n2."),
          note="「2.20XX年4月20日,召开全镇干部及安委会成员工作会议,部署“五一”期间安全生产工作,确保不发生安全事故。」 — item 2 run into its masked date (「2.」 the "
               "number, 「20XX年」 the date's year, no decimal 2.20). 召开 without 组织 is outside rule 2 (round 30) — " + NONE + ". Date: "
               "「20XX年4月20日」 — " + NOYEAR),
        S(["二是", "(一)", "3"], [], [], **at(X06, "\n3."),
          note="「3.厂矿安全组:搞好所有企业的安全检查,特别是机砖厂的采矿,由于成元负责,王波、谢琼参加。」 — 「由于成元负责」 is 由 with the person 于成元 "
               "(the others' names beside it), not 由于 「because」. " + GROUP06 + " — " + NONE + ". " + NODATE),
        S(["二是", "(一)", "8"], [], [], **at(X06, "\n8."),
          note="「8.烟花爆竹安全组:重点规范全镇烟花爆竹零售点购销行为,由郑碧雯负责,王波、谢琼参与。」 — " + GROUP06 + " — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: 一是/1, 2; 二是/(一)/1–8. 二是/(一)/9 「危化品安全组:以农药销售点和」 (" + CUT + ") prints a label and no verb: a cut "
            "line that gives no work is no leaf (round 71; Round 87 turned x324_03 三/(一)/1/(2)). Accepted: 11 (9 counted)",
            "「一是」「二是」 lead their items as headings (no list mark printed); 「1,」 with a comma is the page's mark for 1",
            "the page names no unit anywhere by the ruled forms (every doer a person or a group the plan sets up): every sample none",
            "not targets, unchecked: 「20XX年4月20日」 a masked date"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x330_07_zonggonghui-zhongqiu-zhuti-shijian-huodong-fangan.txt"
plan(X07,
     title="總工會我們的節日中秋主題實踐活動方案",
     title_note="line 1, the page's title line (traditional script as printed), over the site's date and word-count line (3); the "
                "issuer is 市總工會 (淮北: 「建設精緻淮北」; signature 「市總工會辦公室」)",
     doc_no="", issuer="市總工會 (淮北, 安徽), 市總工會辦公室 signing", date="not shown (「淮文辦[2015]x號」 is a document number's year)",
     level="a city union over its own offices (市總各部室)",
     source=source("https://www.ikanpan.com/a/202102/30211.html"),
     style="a document site's page in traditional script with 「」 for quotation marks: title, the site's date and counts, the address line "
           "「市總各部室:」, a one-line preamble, 一、指導思想, 二、活動主題, 三、活動內容 (one paragraph of activities), 四、活動要求 (一)(二), the "
           "signature, then the opening of another piece 「我們的節日中秋主題班會」 CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想", "二、活動主題"],
     samples=[
        S(["三"], [], [],
          note="「三、活動內容 開展學雷鋒志願服務活動。組織機關幹部開展慰問、幫扶活動,深入火車站點開展衛生大掃除,…;組織志願者慰問貧困職工子女、特困職工及離退休老幹部,…;組織退休"
               "職工到南山村、榴園村感受參觀新農村建設。」 — a childless point whose paragraph names the plan's own activities, acts with no subject "
               "(round 65's x274_01; Round 87 on x325_03 三、: acts of the scheme's own work with no subject are tasks naming none) under a "
               "heading that is none of the aims and principles headings that stay sections (Round 84's p61c-1). RULING? 17: a section (no "
               "要／应 and no rule-2 doer, p61c-1's two forms read narrowly), count 2, is accepted. Units: 組織 with no subject names none "
               "(rule 2 needs A before 組織); " + NOUNITS + " — " + NONE + ". " + NODATE + " (the festival is in the title and 一's aims, "
               "round 46's p44e: in the title alone it dates nothing)"),
        S(["四", "(一)"], [], [],
          note="「(一)加強組織領導。要把此次活動作為我會申報第十屆省級文明單位的重要內容,納入日程,擺上位置,結合實際,周密部署,精心組織,抓好落實。要堅持貼近實際、…」 — an "
               "instruction 要 under 活動要求 (round 38: a 工作要求 section whose items give work is the plan's work). 我會 (the issuer "
               "speaking of itself, round 30) stands inside the object 「我會申報…的重要內容」, no subject; 抓好落實 is 落實 as 抓好's object, "
               "a noun (Round 81's x308_09) — " + NONE + ". " + NODATE),
        S(["四", "(二)"], [], [],
          note="「(二)突出活動主題。通過組織群眾性節日民俗、文化和志願者活動,在和諧團圓的節日氣氛中進一步唱響…時代主旋律,為我市爭創全國文明城市、建設精緻淮北營造濃厚的社會氛圍。」 — "
               "work with no subject (組織 activities, 唱響, 營造), a task naming none — " + NONE + ". 「節日氣氛中」 names the festival's mood, "
               "no period of it — " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三, 四/(一), 四/(二). 一、指導思想 is aims (" + AIMS + "); 二、活動主題 「「團圓過中秋、節儉倡新風」」 a theme, no work. "
            "Accepted: 2 (三 as a section, RULING? 17)",
            "「市總工會辦公室」 (line 27) signs the plan; 「我們的節日中秋主題班會 指導思想 了解民族的風俗,…」 after it is another piece on the "
            "same page, no part of the plan (Round 78's p58d: a page read as two pieces)",
            "not targets, unchecked: 「第十屆」 a name with a digit; 「[2015]」 a document number's year; 「字數 715 閱讀 7848」 the site's counts"])

write_collected(DIR)

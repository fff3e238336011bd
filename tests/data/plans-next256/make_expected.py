# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next256/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c256, round 50): eight page openings of plans from outside Shanghai whose tasks
name their units — a 区's 衛生城市宣傳教育方案 (traditional, masked 「*」「20*」, unit headings (一)區委宣傳部 1–4 (二)區委報道組
(三)區愛衛辦 1–3 (四)區教育體育局、文化局 1–5, CUT); a 区's 全國中學生運動會 領導小組 通知 (traditional, 二、工作職責 (一)–(五), each
opening with its bodies, CUT); 渭南市科学技术局's 渭科发〔2018〕35号 巩固国家卫生城市宣传教育 通知 (「(责任单位:…)」「(责任部门;…)」
labels, a site's injected name in one label, CUT); 仁和区统计局's 2019 经济普查 职责 通知 (1.–3. 「区X局负责…」, CUT); an xx县's
快递进村 通知 (「(牵头单位:商务局;责任单位:…)」, a 由…三方协商确定 item, the page's end); 长兴县商务局's 长商发〔2020〕17号 出口专班
工作方案 (「(县商务局牵头)」 labels, targets, CUT); 永春县's 专精特新 行动方案(征求意见稿) (one line, inline pinyin, doubled commas
「,,」「,、」, (三)–(五) with 「(責任單位:…)」, CUT in a label); an xx市's 降成本减负担实施方案 (one run of text under the site's chunk
numbers, 责任主体／执行对象／工作流程／执行时间 fields, CUT in a label). Never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–56 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer nor any test was run on these plans by c256.

    PYTHONPATH=. python tests/data/plans-next256/make_expected.py tests/data/plans-next256
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line (a one-line page, a document site's chunk line): the line where the nth
# marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides: a unit label, bracket, unit heading or unit-colon item gives its units; sentences add nothing)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list) and no label names a body: lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
MASKED = "the year is masked (「20*」 / 「xx 年」): the deadline is not checked (round 48: only what is printed is read)"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x256_01_qu-weisheng-chengshi-xuanchuan-jiaoyu-fangan.txt"
HEAD01 = ("under 四、活動內容及安排 each (一)–(四) heading names the bodies whose work follows (a unit heading, " + R1 + "; round 38)")
plan(X01,
     title="衛生城市宣傳教育方案",
     title_note="line 1, the page's title line (printed again as 「衛生城市宣傳教育方案范文」 on lines 5 and 9, 范文 the site's mark, "
                "like 【一】 or 「（摘录）」, rounds 44, 48)",
     doc_no="", issuer="a 区 (not named; 「全區」, 「區委宣傳部」, masked place 「*」)",
     date="masked (「20* 年 6 月 12 日——6 月 18 日」; the site's date 2020-09-20 is the site's)",
     level="district (a 区, not named)",
     source=page_source("http://m.miyingbi.com/gongwen/fangan/352097.html"),
     style="a 范文 site's page in traditional characters: headline, site date, 「…方案范文」; 一、宣傳主題 (a theme: a field), 二、指導思想, "
           "三、時間安排 (a masked span), 四、活動內容及安排 (一)區委宣傳部 1、–4、 (二)區委報道組 (one paragraph) (三)區愛衛辦 1、–3、 "
           "(四)區教育體育局、文化局 1、–5、 — CUT in 5、; masks 「*」 for names and years",
     leaf_tasks=13, count_alternatives=[12], attachment_task_rows=0,
     childless_top_level_sections=["一、宣傳主題", "二、指導思想", "三、時間安排"],
     samples=[
        S(["四", "(一)", "1"], [], ["區委宣傳部"], lead_alternatives=[["區委宣傳部"]], skip_deadline=True,
          note=HEAD01 + ": 區委宣傳部; " + ONE + "; the activity's span 「20* 年 6 月 12 日——6 月 18 日」 (三、時間安排, round 37/42) "
               "would date items with no date of their own, but " + MASKED),
        S(["四", "(一)", "2"], [], ["區委宣傳部"], lead_alternatives=[["區委宣傳部"]], skip_deadline=True,
          not_targets=[(5, "分鐘")],
          note=HEAD01 + "; 「5 分鐘欄目」 is the name of a programme slot, a figure with no comparison word that names a kind (round 30: "
               "「3吨货车」): not a target; " + ONE + "; " + MASKED),
        S(["四", "(一)", "3"], [], ["區委宣傳部"], lead_alternatives=[["區委宣傳部"]], skip_deadline=True,
          note=HEAD01 + ": the item's own subject 「電視攝制站積極報道…」 adds nothing under a unit heading (rule 1; 報道 is no rule-2 verb "
               "anyway, round 30; rounds 38/39 add only bodies the text 会同／协同／配合) — [區委宣傳部]; " + ONE + "; " + MASKED),
        S(["四", "(二)"], [], ["區委報道組"], lead_alternatives=[["區委報道組"]], skip_deadline=True,
          note="a unit heading 「(二)區委報道組」 with one paragraph of work under it and no numbered child: a leaf task (round 34 early: "
               "a childless headed point that gives work) whose units are its heading's (" + R1 + "); " + ONE + "; " + MASKED),
        S(["四", "(三)", "2"], [], ["區愛衛辦"], lead_alternatives=[["區愛衛辦"]], skip_deadline=True,
          note=HEAD01 + ": 區愛衛辦 (「指導全區開展…調查」 — 全區 is a place, no body); " + ONE + "; " + MASKED),
        S(["四", "(四)", "3"], [], ["區教育體育局", "文化局"], targets=[(1, "次")], skip_deadline=True,
          note=HEAD01 + ": 「(四)區教育體育局、文化局」 — two heads, two names as printed, the shared 區 staying with the first "
               "(rounds 35, 40); lead [] (no 牵头); 「開展一次…主題宣傳活動」: the events an item holds are its own number of work "
               "(round 52's 「五个一」; round 37): target 1 次; " + MASKED),
        S(["四", "(四)", "5"], [], ["區教育體育局", "文化局"], responsible_alternatives=[["區文化局"]], skip_deadline=True,
          note=HEAD01 + ": 「5、區文化局指導各街道開展一次…」 names one of the heading's bodies more fully; the heading's names are the units "
               "(round 45: a party heading's name is the unit, the item's own name of the same party accepted beside it — [區文化局] "
               "accepted; RULING? 5); 各街道, the object of 指導, is no unit (round 30); the page ends inside the item's activity "
               "name (「以“衛生城」), so no 一次-target is sampled; " + CUT + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["13 leaves: 四/(一)/1–4, 四/(二) (a unit heading over one paragraph), 四/(三)/1–3, 四/(四)/1–5 (5 CUT); 一、宣傳主題 (a "
            "theme, a field: round 42 continued, round 44), 二、指導思想 (aims) and 三、時間安排 (only a time: a field) are no tasks. "
            "Accepted: 12 (without the cut (四)/5)",
            "the characters are traditional; 「*」 masks names (《今日*》) and the year (「20*」); the stray 「'」 in (四)/1 is the page's",
            "no year is printed except the mask, and the site's 2020-09-20 is the site's (round 45): no deadline is checked"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x256_02_qu-quanguo-zhongxuesheng-yundonghui-lingdao-xiaozu.txt"
WORK02 = ("二、工作職責 is a heading that gives out work (round 38: 「工作职责」; rounds 34, 35): every body its text gives work by any verb "
          "of doing is a unit, in printed order, each once (round 34; round 54)")
plan(X02,
     title="成立運動會領導小組事宜",
     title_note="line 1, the page's only title line (a site's article title; the notice's own title is not printed); "
                "「成立運動會領導小組事宜」 as printed",
     doc_no="", issuer="a 区 government (「經區政府研究,決定成立…」; schools 一機一中、北重三中、內科大附中、包四中: 包头, not named)",
     date="not shown (the site's 2022-02-25 is the site's; the Games' year is lost 「保障年全國中學生運動會」)",
     level="district (a 区, not named)",
     source=page_source("http://www.uv63h8.cn/article/lidaojianhua/btts/201202/500403.html"),
     style="a 范文 site's page in traditional characters: headline, site date, 導語; a preamble setting up a leading group 「…領導小組?,F將"
           "有關事宜通知如下」 (a broken character pair 「?,F」 is the page's); 一、組織機構 (its office 「設在區教育局」), 二、工作職責 (一)–(五), "
           "each a paragraph opening with its bodies — CUT in (五)",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["一、組織機構"],
     samples=[
        S(["二", "(一)"], [], ["區政府辦公室", "區教育局"],
          note="「區政府辦公室和區教育局為全國中學生運動會的總協調機構。負責聯系…,并督促落實…」: 「A为…的主管部门」 designates A a doer "
               "(round 37; round 32), and 負責 carries the subject inside the paragraph (round 34); 「A和B」 are two names (round 34); "
               "both stand before the item (not bodies the item sets up, round 35); 各責任部門 is a back-reference to the bodies "
               "named after it (round 34) and the object of 聯系 (a liaison, round 38): no unit; lead [] (no 牵头); " + NODATE
               + " (no date is printed on the page; 「比賽期間」 is a time from an event, round 34)"),
        S(["二", "(二)"], [], ["衛生、執法、環衛、建設等部門", "衛生局", "環衛局", "執法局", "建設局"],
          responsible_alternatives=[["衛生局", "環衛局", "執法局", "建設局"], ["衛生、執法、環衛、建設等部門"]],
          note=WORK02 + ": 「衛生、執法、環衛、建設等部門負責…」 — fields before one head, one name as printed with 等 (round 31; round 42 "
               "continued), then 衛生局 (落實), 環衛局 (加大), 執法局 (加大, 清除), 建設局 (擺設, 進行養護) each given work (RULING? 4: the "
               "group and the bodies it stands for both as printed; either alone accepted); lead []; " + NODATE),
        S(["二", "(三)"], [], ["公安、消防、交警等部門", "公安部門", "消防大隊", "交警大隊"],
          responsible_alternatives=[["公安部門", "消防大隊", "交警大隊"], ["公安、消防、交警等部門"]],
          note=WORK02 + ": 「公安、消防、交警等部門負責…」 (one name as printed, round 31), then 公安部門 (加大, 打擊), 消防大隊 (派專人…檢查"
               "指導), 交警大隊 (安排…執勤); the 專人 and 警力 are persons (round 30); RULING? 4 as (二); lead []; " + NODATE),
        S(["二", "(四)"], [], ["一機一中", "北重三中", "內科大附中", "包四中"],
          note=WORK02 + ": the schools 「…要制定詳實的應急預案,并要成立相應的領導小組」 (制定, a verb of doing under the heading; 「A和B」 two "
               "names, round 34); the groups they set up are no units (round 35); 「向大賽組委會和區場館保障工作領導小組報告」 — receivers, "
               "no units (rule 3), and a sending asked when a case arises 「發現可疑問題」 is an undated duty (round 44); lead []; "
               + NODATE),
        S(["二", "(五)"], [], ["教育局", "各街鎮", "新聞中心"],
          note=WORK02 + ": 「教育局、各街鎮、新聞中心要努力營造…氛圍。充分利用…廣泛開展宣傳活動」 (營造, 開展 under the heading; 各街鎮 a "
               "kind, round 32); lead []; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "在賽前或比賽期間發現可疑問題要及時向大賽組委會和區場館保障工作領導小組報告", "when": "及時", "when_norm": None,
              "note": "二/(四): a report the plan asks of bodies it tasks when a case arises — an undated duty (rounds 35, 44)"}],
     notes=["5 leaves: 二/(一)–(五) (CUT in (五)); 一、組織機構 only says where the group's office sits (round 45: where an office sits "
            "is no doer; the group is set up by the plan, round 35): no task. Accepted: 6 (with 一)",
            "the year of the Games is lost on the page (「保障年全國中學生運動會」, 「成立年全國…」): nothing is dated; the site's date is "
            "the site's (round 45)",
            "「?,F」 in line 4 (a broken 「。現」) is kept as the tool returned it"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x256_03_weinan-kejiju-2018-gonggu-weisheng-chengshi-xuanchuan-tongzhi.txt"
plan(X03,
     title="关于做好巩固国家卫生城市宣传教育工作的通知",
     title_note="line 3 (the notice's title; the page has no plan under it: the notice's own points are the tasks, round 39)",
     doc_no="渭科发〔2018〕35号", issuer="渭南市科学技术局 (to its 机关各科室, 局属各单位)", date="2018-03-15 (the page's 发布时间)",
     level="a city bureau's own (渭南市科学技术局, Shaanxi)",
     source=page_source("http://www.hjqzd.com/rdzt/gggjwscs/1655818541887066113.html"),
     style="a copied government page: breadcrumb, title, 来源 line, 文号, addressees, preamble; 一、媒体宣传 (childless, a paragraph with "
           "「(责任单位:市科技资源统筹中心)」), 二、社会宣传 1. 2. (run-in headings; labels 「(责任部门;…)」 with a semicolon, 「(责任部门:…)」 "
           "with a name the copying site replaced by an advertisement, 「市2019篮球世界杯投注局」), 三、市民教育 1.–3. (no labels) — CUT in 3.",
     leaf_tasks=6, count_alternatives=[4, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["市科技资源统筹中心"], lead_alternatives=[["市科技资源统筹中心"]],
          note="a childless top-level point that gives work (round 34 early; round 51 p47b) with a label 「(责任单位:市科技资源统筹中心)」: "
               + R1 + " — the sentence's subject 渭南科技信息网 adds nothing; " + ONE + "; " + NODATE),
        S(["二", "1"], [], ["局创建办", "一青里路段包联各单位"],
          note=R1 + ": 「(责任部门;局创建办,一青里路段包联各单位)」 — a 责任部门 label whose colon is printed as 「;」 (a label by its "
               "word and brackets, as 「(责任部门:…)」 one item down); names split on 「,」; the sentence's 「由一青里路段包联单位负责…」 adds "
               "nothing beside the label (rule 1); lead []; " + NODATE),
        S(["二", "2"], [], ["局创建办", "市2019篮球世界杯投注局", "市科技资源统筹中心"],
          responsible_alternatives=[["局创建办", "市科技资源统筹中心"]],
          note=R1 + ": 「(责任部门:局创建办,市2019篮球世界杯投注局,市科技资源统筹中心)」 — the middle name is an advertisement the copying "
               "site put where a body's name stood; read as printed (names as printed, rounds 36, 43: a misprint is read as printed), "
               "the list without it accepted (RULING? 3: site chrome, round 40, or a name); 「每季度一期」 is a rhythm (round 34): no "
               "deadline; lead []; " + NODATE),
        S(["三", "1"], [], ["局创建办"], lead_alternatives=[["局创建办"]],
          note="no label: 「局创建办每季度组织一次健康知识学习教育活动」 — 组织＋work makes 局创建办 a doer (" + R2 + "; round 34); the staff "
               "who attend are persons (round 30); " + ONE + "; 每季度 is a rhythm (round 34): no deadline"),
        S(["三", "2"], [], [],
          note="「积极配合市卫计局开展…宣传教育月活动」: 配合 with no subject of its own names no doer (round 34, as round 46 narrowed it), and "
               "市卫计局 is the body served, a unit only by a rule-2 verb of its own (round 54) — 开展 is none (round 30); no label, no "
               "work heading (市民教育): " + NONE + "; the item still gives work (round 40: a task naming no unit; the count without "
               "三/2–3 accepted); 「宣传教育月」 names no month: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 一 (childless, labelled), 二/1–2, 三/1–3 (3 CUT); accepted: 4 (without 三/2 and 三/3, items naming no unit, "
            "round 40), 5 (without the cut 三/3)",
            "the preamble's 2018 (复审之年) dates nothing: no item carries a date of its own"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x256_04_renhe-qu-2019-jingji-pucha-zhize-renwu-tongzhi.txt"
WORK04 = ("under 一、职责和任务 and the lead-in 「部门职责和任务(…):」 (work headings, rounds 37, 38) each item opens 「区X局负责…」 — the "
          "subject of 负责 (" + R2 + "); the lead-in's 「各行业管理部门要按照职责分工…」 gives units only to items naming none (rule 4; "
          "round 40)")
plan(X04,
     title="关于进一步明确经济普查工作职责细化工作任务的通知",
     title_note="line 2",
     doc_no="", issuer="攀枝花市仁和区统计局 (for the 区第四次全国经济普查领导小组, after the 区政府's meeting of 3月5日)",
     date="2019-03-11 (the page's 发布时间)", level="district (攀枝花市仁和区, Sichuan: a district bureau's notice to the district's bodies)",
     source=page_source("http://www.screnhe.gov.cn/zwgk/jbxxgk/bmwj/1277355.shtml"),
     style="a district site's page: breadcrumb, title, 来源 line, addressees, preamble; 一、职责和任务 (一)区级部门 a lead-in paragraph then "
           "「部门职责和任务(…):」 and 1.–3. 「区X局负责…;主要任务:…(单位见附件N);」 — CUT in 3.",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], [], ["区经济信息化和科学技术局"], lead_alternatives=[["区经济信息化和科学技术局"]],
          note=WORK04 + "; 「(06至46)」「(631)」「(73)」 are industry codes (names with digits, not targets); " + ONE + "; " + NODATE
               + " (the dates in the preamble, 2月28日, 3月5日, are past meetings)"),
        S(["一", "(一)", "2"], [], ["区住建局"], lead_alternatives=[["区住建局"]],
          note=WORK04 + "; " + ONE + "; " + NODATE),
        S(["一", "(一)", "3"], [], ["区商务局"], lead_alternatives=[["区商务局"]],
          note=WORK04 + "; " + ONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/(一)/1–3 (3 CUT); the lead-in paragraph of (一) is its text, not a task",
            "「单位见附件1」: the attachments are not on the page"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x256_05_xx-xian-kuaidi-jincun-tongzhi.txt"
plan(X05,
     title="关于推进“快递进村”工作通知",
     title_note="lines 3 and 8 (line 1 is the site's breadcrumb)",
     doc_no="", issuer="an xx县's government or office (masked; to 各乡镇人民政府,县直有关单位; after x府办〔2024〕65号)",
     date="not shown (the site's 2025-06-19 is the site's; the work is due 「2024年底」)", level="county (an xx县, masked)",
     source=page_source("https://cngongwen.cn/detail/107334"),
     style="a 公文 site's preview: breadcrumb, title, site date and counts, the title again, addressees, preamble; 一、目标任务 (a goal with "
           "a date and 100%), 二、主要任务及分工 1. (a 「(牵头单位:…;责任单位:…)」 label) 2. (a payer and a 由…三方协商确定 clause) — the "
           "preview ends 「…」 and 「试读结束…」 (1,627 bytes: the page's text is that short)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、目标任务"],
     samples=[
        S(["二", "1"], ["商务局"], ["商务局", "交通运输局", "自然资源局", "农业农村局", "乡村振兴局", "供销社", "各乡镇", "各快递公司"],
          targets=[(76, "个")], dl="2024年底", dln="2024-12",
          note=R1 + ": 「(牵头单位:商务局;责任单位:交通运输局、…、各乡镇、各快递公司)」 — lead 商务局, responsible the lead and the list in "
               "printed order (各乡镇 and 各快递公司 kinds, rounds 32, 34); the sentence's roles 「乡镇政府主导、优而信公司牵头、其他快递公司参与…」 "
               "are a principle of roles inside a quotation and add nothing beside the label (rule 1; round 41); 「76个行政村…全覆盖」 — "
               "the villages the work reaches are its own number (round 49 「改造100户」): target 76 个; the item's own date 「确保实现"
               "2024年底…」 (round 34: 年底 is December)"),
        S(["二", "2"], [], ["商务局", "乡镇政府", "快递公司"],
          note="no label: 「建站资金由商务局、乡镇政府按照规定给予部分奖补」 — 给予奖补 pays money, a payer, no unit (rounds 46, 48); "
               "「具体标准由商务局、乡镇政府、快递公司三方协商确定」 — 由A＋a verb of doing (确定) with several agents, 「由A与B共同＋verb」 (round "
               "30; round 41: 「具体办法由A制定」 inside an item that gives work): all doers, no lead (RULING? 2: round 53's 「自主协商定价」 is a "
               "parties' own choice; here no 自主); 「商务局要加强指导,督促…」 adds none (加强 outside rule 2, round 30; 督促's object cut); "
               + NODATE + " (the page ends after 「督促村级综合寄递服务」)"),
     ],
     plan_targets=[(100, "%")], phases=[], duties=[],
     notes=["2 leaves: 二/1, 二/2 (the preview's end); 一、目标任务 is a goal section (round 36: a childless 工作目标 point is a section), "
            "its 「覆盖率达到100%」 a plan target and 「2024年底前」 the goal's date, not every item's (round 44 decided). Accepted: 3 "
            "(with 一)",
            "「x府厅发〔2024〕6号」「x府办〔2024〕65号」 are masked numbers of the documents the notice follows"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x256_06_changxing-xian-2020-chukou-zhuanban-gongzuo-fangan.txt"
plan(X06,
     title="长兴县出口专班工作方案（关于印发县出口专班工作方案的通知）",
     title_note="the plan's own title (line 13) with the cover notice's (line 8): either is accepted (round 45's 「plan（cover）」 pair)",
     doc_no="长商发〔2020〕17号", issuer="长兴县商务局 (the plan made with 县级相关部门, issued with the 县政府's consent)",
     date="2020-05-14 (the cover; the page's 成文日期 2020-12-10 is the index's)", level="county (长兴县, Zhejiang: a county bureau "
     "issuing the county's plan)",
     source=page_source("https://www.zjcx.gov.cn/art/2020/12/10/art_1229518419_3803213.html"),
     style="a county site's page: an index table (索引号 …), 文件 header, 文号, the cover notice (请遵照实施), its date; the plan: a "
           "preamble, 一、工作目标 (rates: plan targets), 二、工作举措 (一)–(三) run-in headings each closed by 「(县商务局牵头)」 — CUT in (三) "
           "before its label",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], ["县商务局"], ["县商务局"],
          note=R1 + ": 「(县商务局牵头)」 — a 牵头 bracket gives the lead (round 37's bracket label; plans-dev 03's 牵头 alone: lead "
               "and responsible the same body); 「12项指标纳入考核」 counts what is included, no comparison word: not sampled; " + NODATE
               + " (「全年目标任务」 in the preamble sets no span, round 44)"),
        S(["二", "(二)"], ["县商务局"], ["县商务局"], targets=[(500, "家次"), (1, "亿美元")], dl="全年", dln="2020",
          note=R1 + ": 「(县商务局牵头)」; 「力争全年参展企业500家次以上、揽获意向订单1亿美元以上」 — floors with 以上 (round 30): targets "
               "500 家次 and 1亿 美元 (round 56: 亿 is part of the number); 全年 printed in the item is the plan's year (round 39; round "
               "53's 「全年对…全覆盖」), 2020 by the cover's date"),
        S(["二", "(三)"], [], [],
          note="the page ends inside the item's text 「…推动外向型重点项」, before the 「(…牵头)」 bracket its siblings close with: no label "
               "is printed, and only what is printed is read (round 48; round 53: a label that names no whole body leaves the item "
               "to rule 2); 推进／排摸／推动 are no rule-2 verbs and have no subject: " + NONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[(100, "%"), (30, "%")], phases=[], duties=[],
     notes=["3 leaves: 二/(一)–(三) (CUT in (三)); 一、工作目标 a goal section (round 36) with plan targets 「填报率达到100%」「预警响应率"
            "达到100%」「增长30%以上」. Accepted: 2 (without the cut (三))",
            "the cover's own sentence 「县商务局会同县级相关部门制定《…》」 is the cover's account of the plan, no task (What is a task: "
            "cover instructions)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x256_07_yongchun-xian-zhuanjingtexin-qiye-fazhan-xingdong-fangan-zhengqiuyijian.txt"
PY = "names as printed, the site's inline pinyin kept (round 39; round 53), the names without it accepted"
plan(X07,
     title_note=NO_TITLE + "the title 「永春縣促進(jìn)專精特新企業(yè)發(fā)展行動(dòng)方案(征求意見(jiàn)稿)(2023-2025年)」 runs straight into the "
                "preamble 「為深入學(xué)習(xí)…」 on the page's one line, with the site's pinyin inside it",
     doc_no="", issuer="永春县 (Fujian; 「全縣」, 縣工信商務局: a county's draft for comment)", date="not shown (a draft, 征求意見稿)",
     level="county (永春县)",
     source=page_source("https://0477ly.com/newsdetail/news454504.html"),
     style="a news site's copy in traditional characters with inline pinyin 「促進(jìn)」, all on ONE line: the title, the preamble run "
           "on into a goal 「力爭(zhēng)…X家」 with a label 「(責(zé)任單位:…)」 and no item number before it (the site dropped "
           "(一)(二)), then (三), (四), (五) each a run-in heading and sentences closed by 「(責(zé)任單位:…)」; doubled marks 「,,」 and "
           "「,、」 between names — CUT inside (五)'s label 「(責(zé)任單」",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(三)"], [], ["縣工信商務(wù)局", "發(fā)改局", "各鄉(xiāng)鎮(zhèn)", "工業(yè)園區(qū)管委會(huì)"],
          responsible_alternatives=[["縣工信商務局", "發改局", "各鄉鎮", "工業園區管委會"]], not_targets=[(4, "家")], **at(X07, "(三)"),
          note=R1 + ": 「(責(zé)任單位:縣工信商務(wù)局,、發(fā)改局、各鄉(xiāng)鎮(zhèn),、工業(yè)園區(qū)管委會(huì))」 — a 责任单位 bracket: "
               "responsible in printed order, lead [] (no 牵头); the doubled 「,、」 separates as one mark; " + PY + "; 「對集聚4家以上專精特"
               "新中小企業的產業園區授予…」 — the figure stands inside the noun naming the parks to be honoured (…的產業園區), a class "
               "(round 51 governs; round 34): not a target; the plan's period 「(2023-2025年)」 printed in its title alone dates nothing "
               "(round 38): " + NODATE),
        S(["(四)"], [], ["縣工信商務(wù)局", "縣科技局", "財(cái)政局"],
          responsible_alternatives=[["縣工信商務局", "縣科技局", "財政局"]], **at(X07, "(四)"),
          note=R1 + ": 「(責(zé)任單位:縣工信商務(wù)局,、縣科技局,、財(cái)政局)」; " + PY + "; 「支持專精特新企業…設立…」 — 支持 names no "
               "doer (round 40), and the label decides anyway; lead []; " + NODATE),
        S(["(五)"], [], [], **at(X07, "(五)"),
          note="the page ends inside the item's label 「(責(zé)任單」, before any name: a torn label names no whole body and leaves the "
               "item to rule 2 (round 53 governs, rounds 33, 36); 「鼓勵金融機構創新…」 names no doer (鼓励, round 40), 「…予以政策支持」 "
               "has no subject: " + NONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: (三), (四), (五) (CUT inside its label). The text before (三) — the title, the preamble and a goal 「力爭(zhēng)"
            "全縣範圍內累計培育…X家」 closed by a label 「(責(zé)任單位:縣工信商務(wù)局,、農(nóng)業(yè)農(nóng)村局、…、各鄉(xiāng)鎮(zhèn))」 — carries "
            "no item number (the site dropped 一、…(一)(二)); a lost number is not read (round 53: a heading lost in this copy is not "
            "read; round 40: a preamble's units reach no item), so it is opening text and no task (RULING? 1). Accepted: 4 (with it "
            "read as the lost item before (三), round 37's unnumbered paragraph before 「2…」)",
            "the counts 「X家」 are masked in the draft: no plan target"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x256_08_xx-shi-jiang-chengben-jian-fudan-shishi-fangan.txt"
FIELD08 = ("each item is a field block 「责任主体。…执行对象。…工作流程。…执行时间。…」: its 责任主体 field is its units label (round 35's "
           "field blocks: a 责任单位 line is the item's label, " + R1 + "), 执行对象 names the objects (no units) and the 工作流程 "
           "sentences add nothing beside the label (rule 1)")
plan(X08,
     title_note=NO_TITLE + "the page's only title lines are the site's 《2022年降成本减负担实施方案.doc》 (a file name; its year the "
                "site's, round 45) and 「降成本减负担实施方案降成本减负担实施方案下面是…」, the title printed twice and run into the site's "
                "intro",
     doc_no="", issuer="an xx市 (masked; 市工商质监局, 市编办, 市法制办, 「xx 省人民政府关于…的实施意见(xx 政xxxx 号)」)",
     date="not shown (masked 「xx 年 11 月底前」)", level="city (an xx市, masked)",
     source=page_source("https://taowenge.com/p-46893910.html"),
     style="a document site's preview: one line of site text, then chunks 「1、」「2、」「3、」 (the site's chunk numbers, round 40: chrome) "
           "each a line of run-on text cutting sentences; the plan: preamble, 一、降低制度性交易成本 1.–3., each item's fields 「责任主体。"
           "…执行对象。…工作流程。…执行时间。…」 — CUT in 3.'s 责任主体 「市编办、市」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["市工商质监局"], lead_alternatives=[["市工商质监局"]], **at(X08, "1."),
          note=FIELD08 + ": 「责任主体。市工商质监局。」 (the 工作流程's 「(各县、区市场监管局)」 adds none); " + ONE + "; 「执行时间。长期有效。」 "
               "is standing work (round 56: work that goes on has no deadline): none; the chunk number 「2、」 inside the item is the "
               "site's (round 40)"),
        S(["一", "2"], [], ["市编办", "市法制办"], skip_deadline=True, **at(X08, "2."),
          note=FIELD08 + ": 「责任主体。市编办、市法制办。」 — lead []; 「报市政府审定后公布实施」 sends the bodies' own lists for a decision, "
               "a step of approval, no duty (round 46); 「执行时间。试点工作 xx 年 11 月底前完成,每年定期开展动态调整」 — the pilot's one-off "
               "date would be the deadline (round 35: a one-off date inside yearly rhythms), but " + MASKED + " (the site's file name "
               "《2022年…》 fills nothing, round 45)"),
        S(["一", "3"], [], ["市编办"], lead_alternatives=[["市编办"]], **at(X08, "3."),
          note=FIELD08 + ": 「责任主体。市编办、市[cut]」 — the page ends inside the second name: a name the page cuts off is dropped and "
               "the whole name before it kept (rounds 36, 42, 45): [市编办]; " + ONE + "; " + CUT + "; no 执行时间 is printed: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/1–3 (CUT in 3.); the chunk numbers 「1、」「2、」「3、」 open lines 2–4 and are the site's (round 40), 「3、务清理…」 "
            "going on with 3.'s 「中介服」",
            "「文秘 114」 and the file name are the site's; xx masks the city, the province and the year"])

write_collected(DIR)

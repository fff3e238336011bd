# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next90/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c90, round 29: eight page openings of plans from outside Shanghai — 营商环境
工作要点 with 〔牵头单位:…;配合单位:…〕 labels, a city's cover notice with dated report duties, a town's 生态文明 plan with a
dated step, a county's 河长制 plan with units written in sentences, two 就业创业 实施意见 with 牵头/责任单位 labels, a county
文旅 task table flattened one cell a line, a 社区 消防 整治 plan's dated stages): never tune the parser on them (see README.md). Only `line` and `title_starts`
are looked up in the text (by ``locate`` of ../plans/expected_tools.py, and by ``row`` below for x90_07's table rows);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (round 29's ruling on units
written in sentences is cited by rule in the notes). Neither the parser nor the scorer was run on these plans by c90.

    python tests/data/plans-next90/make_expected.py tests/data/plans-next90
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, ONE, YEAR, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

NO_TITLE = "title not checked: the page does not show the plan's title"
GOALS = ("a section of aims, principles or goals (指导思想/工作目标…) with no numbered children: no task")
LABEL = "CONVENTIONS rule 1 (the label decides)"
COVER = ("the cover notice's numbered instructions 一、–三、 are read as tasks (expected_tools' COVER reading); 0 is "
         "accepted (the tasks are in the attached table, cut on this page)")


def row(file, n, skip=0):
    """x90_07's table (one cell a line, no 附件 line): the line that is only the row number ``n`` (after the header's
    last cell 「备注」) and the first eight characters of the row's 工作任务 cell (``skip`` = 1 where a 指标 cell stands
    between the number and the task)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = lines.index("备注")
    while lines[i].strip() != str(n):
        i += 1
    j = i + 1 + skip
    return {"line": i + 1, "title_starts": lines[j].strip()[:8]}


# ---------------------------------------------------------------------------------------------------------
plan("x90_01_hechi-2024-youhua-yingshang-huanjing-gongzuo-yaodian.txt",
     title="河池市2024年优化营商环境工作要点",
     title_note="line 6 (the plan's title; the notice's own title is not on the page, which starts at its addressees)",
     doc_no="", issuer="河池市人民政府办公室 (Guangxi)", date="2024-06-12", level="city (Guangxi, 河池)",
     source=page_source("https://www.echinagov.com/policy/357936.htm"),
     style="a policy site's copy: the cover notice without its title (addressees, one sentence, issuer, date, 「(此件公开"
           "发布)」), the plan's title, a preamble citing 桂政办发〔2024〕23号, 一、 a heading line, (一) one long paragraph "
           "ending in a LABEL IN TORTOISE-SHELL BRACKETS 「〔牵头单位:市市场监管局、发展改革委、大数据发展局、人力资源社会"
           "保障局;配合单位:市公安局、…,各县(区)人民」 — four leads whose shared 「市」 is written once, the 配合 list mixing 、 "
           "and , and CUT inside its last name",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["市市场监管局", "发展改革委", "大数据发展局", "人力资源社会保障局"],
          ["市市场监管局", "发展改革委", "大数据发展局", "人力资源社会保障局", "市公安局", "民政局", "自然资源局",
           "住房城乡建设局", "医保局", "河池公积金管理中心", "市消防救援支队", "人民银行河池市分行", "河池海关",
           "河池税务局"],
          note=LABEL + ": 牵头单位 = lead (four, split at 、, the shared 市 not added, as plans-next18 x18_03); 配合单位 are "
               "responsible (split at 、 and ,); the page ends inside the label 「各县(区)人民」: the cut name is left out "
               "(only names written whole before the cut count, as plans-next n04); 「一企一照一码」「一键通」「一件事」"
               "「一网一窗一次」 are slogans, not targets; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 一/(一) (its label cut); 一、 has a numbered child, so it is no leaf",
            "桂政办发〔2024〕23号 is a document number; 2024年6月12日 is the notice's date: no targets, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
plan("x90_02_wuhan-2024-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie-tongzhi.txt",
     title_note=NO_TITLE + " whole: the notice's title is not on the page (it starts at the addressees); the plan is named "
                           "only inside the cover's sentence (line 3, 「《2024年市〈政府工作報告〉目標任務責任分解方案》」) and its "
                           "heading at the end is cut (「2024年市《政府工作報告》目標任」)",
     doc_no="", issuer="武漢市人民政府 (Hubei; traditional characters on the page)", date="2024-01-26",
     level="city (Hubei, 武漢)",
     source=page_source("http://pizzabar.cn/news/info/id/6620.html"),
     style="a mirror in TRADITIONAL characters (no inline pinyin): the cover notice of a task-division plan — addressees, "
           "one sentence, three numbered instructions 一、–三、 each one paragraph with a bold-style heading sentence, "
           "DATED REPORT DUTIES (「于2024年2月8日前…報市人民政府督查室」, quarterly 「每個季度第1個月20日前」), the issuer "
           "and date, then the plan's heading CUT (「目標任」); blank lines between paragraphs",
     leaf_tasks=3, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="2024年2月8日前", dln="2024-02-08",
          note="「各責任單位要…」「牽頭單位…要統籌…」 and 「各牽頭單位于2024年2月8日前,將辦理方案和督辦工作人員名單報市人民政府"
               "督查室」: kinds of body called on in general (CONVENTIONS rule 3, a general call 「各单位应…」), and "
               "市人民政府督查室 only receives the report (rule 3): lead = [], responsible = []; the dated sending is the "
               "item's deadline and a duty"),
        S(["二"], [], [],
          note="「各責任單位要建立…工作機制」「牽頭單位要研究建立…機制」: general calls to kinds of body (rule 3); 市人民政府分管領導"
               "同志 are persons (「必要時可提請…」 a case clause, rule 3): lead = [], responsible = []; " + NODATE),
        S(["三"], [], ["市人民政府督查室"], lead_alternatives=[["市人民政府督查室"]], skip_deadline=True,
          note="CONVENTIONS rule 2: 「市人民政府督查室每季度梳理匯總形成辦理情況報告…,并…組織開展專項督查和暗訪督查,對…予以通報」 "
               "makes 市人民政府督查室 the doer of the item's work (督辦協調; 組織開展 read as 组织实施), responsible, lead [] "
               "(it alone as the lead accepted); 「各責任單位要…」「各牽頭單位要…報市人民政府督查室」 are general calls and a "
               "report it receives (rule 3); 市考評辦 receives feedback (rule 3); the quarterly report 「每個季度第1個月20日前」 "
               "is a recurring duty, not a deadline: not checked"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各牽頭單位將辦理方案和督辦工作人員名單報市人民政府督查室", "when": "2024年2月8日前",
              "when_norm": "2024-02-08"},
             {"what": "各牽頭單位將責任事項完成情況報市人民政府督查室", "when": "從2024年第二季度起,每個季度第1個月20日前",
              "when_norm": "quarterly (by the 20th of the quarter's first month)"}],
     notes=["3 leaves: the cover's 一、–三、 (" + COVER + ")",
            "附表1、2、3 are forms, 第1個月20日 a day: no targets; 2024年1月26日 is the notice's date"])

# ---------------------------------------------------------------------------------------------------------
plan("x90_03_zengxi-zhen-2019-shengji-shengtai-wenming-shifan-zhen-shishi-fangan.txt",
     title="中共曾溪镇委员会 曾溪镇人民政府关于创建省级生态文明建设示范镇实施方案",
     title_note="line 8 (also in the metadata lines 1 and 6, after 「文件名称」 and 「内容概述」)",
     doc_no="曾发〔2019〕28 号", issuer="中共曾溪镇委员会, 曾溪镇人民政府 (Shaanxi, 安康市石泉县)",
     date="2019-04-25", level="town (Shaanxi, 石泉县曾溪镇)",
     source=page_source("https://www.shiquan.gov.cn/Content-1958238.html"),
     style="a county site's disclosure page: a metadata block of label/value pairs (文件名称, 索引号, 文号 「曾发〔2019〕28 号」 with "
           "a blank before 号, 成文日期, 有效性 已失效), the title, addressees, a preamble BROKEN by a blank line before 《…》 "
           "and citing 石创指发(2019)4号/7号 in ASCII brackets, 一、指导思想 (prose), 二、工作目标 / (一)实施范围 (the town's "
           "seven villages, 104平方公里) / (二)实施步骤 「方案分四个步骤进行实施:」 with 「第一步:2019年4月1日--4月10日,申报…」 "
           "(a DOUBLE-HYPHEN date span; cut)",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], not_targets=[(104, "平方公里"), (7, "个")],
          note="the plan's scope: no body is given work (曾溪镇行政辖区 is a place): lead = [], responsible = []; the town's "
               "104平方公里 and 7个村委会 are facts of the area, not targets; " + NODATE),
        S(["二", "(二)"], [], [], dl="2019年4月1日--4月10日", skip_deadline=True,
          note=CUT + " (inside its first step); no body named: lead = [], responsible = []; the steps are the plan's schedule: "
                     "第一步's span 2019年4月1日--4月10日 is a phase, not the item's deadline (not checked)"),
     ],
     plan_targets=[],
     phases=[{"name": "第一步", "start": "2019-04", "end": "2019-04"}],
     notes=["2 leaves by the mechanical rule: 二/(一) (scope) and 二/(二) (steps, cut); no item on the page names a unit, so "
            "every numbered leaf is a task (CONVENTIONS, 'What is a task'); 0 or 1 accepted (a scope and a schedule read as no "
            "tasks; or without the cut item); 一、指导思想 is a section (" + GOALS + ")",
            "the phase: 第一步 2019年4月1日--4月10日 (申报…, cut); the other three steps are not on the page",
            "曾发〔2019〕28 号, 石创指发(2019)4号/7号 and the 索引号 are document numbers: no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x90_04_xian-2017-hezhangzhi-shishi-fangan.txt"
plan(X04,
     title="2017县河长制实施方案",
     title_note="lines 1 and 3 (the site's heading; the page is the document's second page and starts at 二、)",
     doc_no="", issuer="a county (not named; its rivers include 交溪 and 独立入海河流: a coastal county of Fujian's 宁德)",
     date="2017 (the heading; the site's date 2017-12-14)", level="county (Fujian, 宁德 area; not named)",
     source=page_source("http://yuwen.yiyaolib.com/fanwen/wenmi/280699_2.html"),
     style="an essay site's SECOND PAGE of a county plan: heading twice, a 发布时间/编辑 line, two-blank indents, "
           "二、职责分工 / (一) with UNITS WRITTEN IN SENTENCES (「由县水资源管理委员会组织实施」「…办公室负责…」「各乡(镇)要…,负责"
           "…」) / (二) / 1、 with (1)–(3) definitions of river classes / 2、 with 「由…县政府确定」「由各级政府行文」 and 「报…"
           "备案」 / (三) (cut)",
     leaf_tasks=6, count_alternatives=[3, 4, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], [], ["县水资源管理委员会", "县水资源管理委员会办公室", "各乡(镇)"],
          note="CONVENTIONS rule 2: 「“河长制”由县水资源管理委员会组织实施」 (the agent of 由 with 组织实施), 「县水资源管理委员会"
               "办公室负责拟订…」 and 「各乡(镇)要建立…机制,负责组织推进…」 (subjects of 负责; 各乡(镇) is a kind of body, "
               "named as the doer by 负责, not a bare general call) — three responsible bodies in the printed order, lead [] "
               "(more than one body: none is the lead); " + NODATE),
        S(["二", "(二)", "1", "(1)"], [], [],
          note="a definition of 市级河流 (「包括交溪」, which 河长 each class gets): no body is given work: lead = [], "
               "responsible = []; " + NODATE),
        S(["二", "(二)", "1", "(3)"], [], [], not_targets=[(20, "平方公里")],
          note="a definition of 乡级河流: 「流域面积20平方公里以上」 is a threshold of the class, not a target; no body is given "
               "work: lead = [], responsible = []; " + NODATE),
        S(["二", "(二)", "2"], [], ["县政府", "各级政府"],
          note="CONVENTIONS rule 2: 「县级河流和乡级河流由流域所在的县政府确定河长、河段长和专管员」 and 「名单由各级政府行文并…"
               "发布」 (agents of 由 with verbs of doing; 「流域所在的」 qualifies 县政府) — responsible 县政府, 各级政府, lead []; "
               "「由县领导担任河长」: 县领导 are persons; 「确定一个县直部门为联系部门」「乡(镇)政府为责任主体」 designate bodies "
               "for the rivers, not doers of this item; 「报县水资源委员会办公室备案」: a receiver (rule 3); " + NODATE),
        S(["二", "(三)"], [], [],
          note=CUT + "; 「河长、河段长是…第一责任人,负责督导…」: 河长 and 河段长 are posts held by persons, not bodies: lead = [], "
                     "responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 二/(一), 二/(二)/1/(1)–(3), 二/(二)/2, 二/(三) (cut); 4 if 1、's (1)–(3) (definitions) are read as one "
            "item, 5 or 3 without the cut item",
            "二、 is the first section on this page (the document's first page is not here)"])

# ---------------------------------------------------------------------------------------------------------
LPS_UNITS = ["各縣、特區、區人民政府", "各經濟開發區管委會"]
plan("x90_05_liupanshui-jiuye-chuangye-shishi-yijian.txt",
     title_note=NO_TITLE + " (it starts at 「通知」 and a list of headings; by the address 六盤水市人民政府關於進一步做好新形勢下"
                           "就業創業工作的實施意見)",
     doc_no="", issuer="六盤水市人民政府 (Guizhou; traditional characters on the page)",
     date="(not on the page; it follows 国发〔2015〕23号: 2015–2016)", level="city (Guizhou, 六盤水)",
     source=page_source("https://newton.com.tw/wiki/%E5%85%AD%E7%B3%9F%E6%B0%B4%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E9%97%9C%E6%96%BC%E9%80%B2%E4%B8%80%E6%AD%A5%E5%81%9A%E5%A5%BD%E6%96%B0%E5%BD%A2%E5%8B%A2%E4%B8%8B%E5%B0%B1%E6%A5%AD%E5%89%B5%E6%A5%AD%E5%B7%A5%E4%BD%9C%E7%9A%84%E5%AF%A6%E6%96%BD%E6%84%8F%E8%A6%8B"),
     style="a wiki mirror in TRADITIONAL characters (no inline pinyin): 「通知」, then HEADINGS WITHOUT THEIR TEXT (一、 二、 "
           "三、 (一) (二) (三)) — the wiki drops items 1–6 of (三) — then 「7.…」 with a LABEL 「(牽頭單位:市人力資源社會保障局;"
           "責任單位:各縣、特區、區人民政府,各經濟開發區管委會等)」, (四) / 1. with a three-unit 責任單位 list / 2. (cut)",
     leaf_tasks=5, count_alternatives=[2, 3, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想", "二、工作目標"],
     samples=[
        S(["三", "(三)", "7"], ["市人力資源社會保障局"], ["市人力資源社會保障局", *LPS_UNITS],
          note=LABEL + ": 牽頭單位 = lead; 責任單位 「各縣、特區、區人民政府,各經濟開發區管委會等」: two names split at , (「各縣、"
               "特區、區人民政府」 is one name whose 、 share 人民政府, as plans-next18 kept 「城乡一体化示范区、高新区党工委和管委会」"
               " whole; 等 dropped); units in traditional characters as on the page; " + NODATE),
        S(["三", "(四)", "1"], ["市發展改革委"], ["市發展改革委", *LPS_UNITS, "市就業工作聯席會議制度成員單位"],
          not_targets=[(5, "個")],
          note=LABEL + ": lead 市發展改革委; the 責任單位 list holds three names, the third 「市就業工作聯席會議制度成員單位」 (a "
               "group the label names, so a unit — rule 1 — though members named in a sentence would not be); 「5個100工程」 and "
               "「3155工程」 are programme names, 五大 a slogan: no targets; " + NODATE),
        S(["三", "(四)", "2"], [], [],
          note=CUT + " (after its heading and four characters): no unit on the page: lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves by the mechanical rule: 三/(一), 三/(二) (bare headings: the page has no text under them), 三/(三)/7, "
            "三/(四)/1, 三/(四)/2 (cut); 3 without the two bare headings, 4 or 2 without the cut item; 一、 and 二、 are "
            "bare headings of sections (" + GOALS + "); (一) and (二) are not sampled (no text)",
            "items 1–6 of (三) are not on the page (the mirror starts (三)'s text at 7.)"])

# ---------------------------------------------------------------------------------------------------------
plan("x90_06_guizhou-2015-jiuye-chuangye-shishi-yijian.txt",
     title_note=NO_TITLE + " (it starts at the document number 黔府发〔2015〕29号; by its words the 贵州省人民政府's 实施意见 on "
                           "国发〔2015〕23号, 进一步做好新形势下就业创业工作)",
     doc_no="黔府发〔2015〕29号", issuer="贵州省人民政府 (Guizhou)", date="2015 (the document number)",
     level="province (Guizhou)",
     source=page_source("https://cxcyxy.chnu.edu.cn/cyzn/zczx/content_18479"),
     style="a university college's policy page: document number, addressees, a one-sentence preamble, 一、 heading, (一) a "
           "long paragraph ending in a LABEL 「(牵头单位:省发展改革委;责任单位:省就业工作联席会议成员单位,各市〔州〕人民政府、贵安"
           "新区管委会、各县〔市、区、特区〕人民政府)」 — TORTOISE-SHELL BRACKETS INSIDE the round ones —, (二) (cut)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["省发展改革委"],
          ["省发展改革委", "省就业工作联席会议成员单位", "各市〔州〕人民政府", "贵安新区管委会", "各县〔市、区、特区〕人民政府"],
          note=LABEL + ": 牵头单位 = lead; the 责任单位 list split at , and 、 outside the inner 〔〕 (「各市〔州〕人民政府」 and "
               "「各县〔市、区、特区〕人民政府」 keep their brackets whole); 「各级各部门在研究出台…时,要充分考虑…」 is a general "
               "call (rule 3) and adds nothing under the label; 「十三五」 is a name: no target; " + NODATE),
        S(["一", "(二)"], [], [],
          note=CUT + " (before its label): no unit on the page: lead = [], responsible = []; 五大 is a slogan; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一/(一) and 一/(二) (cut); 1 without the cut item",
            "国发〔2015〕23号 and 黔府发〔2015〕29号 are document numbers: no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x90_07_lueyang-2019-wenhua-lvyou-mubiao-renwu-fenjie-biao.txt"
ROW = ("a row of the task table (one cell a line): responsible = the 责任股室(单位) cell; 责任领导 (夏俊贵, 周 斐, 黄文阁) are "
       "persons, not units")
plan(X07,
     title_note=NO_TITLE + " (it starts at the table's header; by its words 略阳县's 2019 文化和旅游 target-task table)",
     doc_no="", issuer="略阳县 文化和旅游 bureau (Shaanxi, 汉中市略阳县: 「2019年汉中油菜花海略阳观花活动」, 灵岩寺, 郙阁; the "
                       "address is 略阳县's site; 股室 are a county bureau's sections)",
     date="2019 (row 10)", level="county bureau (Shaanxi, 略阳县)",
     source=page_source("https://lueyang.qinfeng.gov.cn/info/1013/2824.htm"),
     style="a county site's TASK TABLE flattened ONE CELL A LINE with nothing else on the page: header 「序号 / 指标 / 工作任务 / "
           "完成时限 / 责任领导 / 责任股室 / (单位) / 备注」 (the unit header broken over two lines), 20 rows numbered 1–20 on lines "
           "of their own; MERGED CELLS LEFT OUT (rows 3–5, 8, 11–13, 15–19 show only their task; 完成时限 and 责任领导 only where "
           "a group starts); two units RUN TOGETHER in one line 「文化宣传股文化馆」 (row 2); a blank inside a person's name "
           "「周 斐」 and before a unit 「6 座」; the stored excerpt is shorter than the tool's usual cut (1,882 bytes: the page "
           "ends with the table)",
     leaf_tasks=20, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["文化宣传股", "文化馆", "图书馆"], targets=[(15, "%")], dl="12月底前", skip_deadline=True,
          **row(X07, 1, skip=1),
          note=ROW + "; three units on three lines; 「服务人次较上年增长15%」 a target; 「12月底前」: " + YEAR),
        S(["2"], [], ["文化宣传股", "文化馆"], targets=[(100, "场")], skip_deadline=True, **row(X07, 2),
          note=ROW + "; 「文化宣传股文化馆」 is two units run together on one line (as row 1's 文化宣传股 and 文化馆); "
                     "「不少于100场」 a target; the 完成时限 cell is merged with row 1's (12月底前): not checked"),
        S(["6"], [], ["羌研会", "灵岩寺博物馆"], skip_deadline=True, **row(X07, 6, skip=1),
          note=ROW + "; 《郙阁颂》 is a title; the 完成时限 cell is merged: not checked"),
        S(["7"], [], ["执法大队"], targets=[(4, "次"), (5, "件")], lead_alternatives=[["执法大队"]], skip_deadline=True,
          **row(X07, 7, skip=1),
          note=ROW + "; " + ONE + "; 「开展专项整治行动4次以上,查办案件不少于5件」: two targets; the 完成时限 cell is merged: "
                                  "not checked"),
        S(["9"], [], ["广电事业股"], lead_alternatives=[["广电事业股"]], skip_deadline=True, **row(X07, 9, skip=1),
          note=ROW + "; " + ONE + "; 「(二期)」 is a phase's name, not a target; the 完成时限 cell is merged: not checked"),
        S(["10"], [], ["旅游股"], lead_alternatives=[["旅游股"]], dl="5月底", skip_deadline=True, **row(X07, 10, skip=1),
          note=ROW + "; " + ONE + "; 2019 is the activity's year (「2019年汉中油菜花海略阳观花活动」), not a deadline; 「5月底」: "
                                  + YEAR),
        S(["14"], [], ["文物股", "郙阁公司"], targets=[(4, "个")], skip_deadline=True, **row(X07, 14, skip=1),
          note=ROW + "; 「等4个重点项目建设」 a target; 「(二期)」 a phase's name; the 完成时限 cell is merged: not checked"),
        S(["20"], [], ["各股室", "委属部门单位"], dl="10月底前", skip_deadline=True, **row(X07, 20, skip=1),
          note=ROW + "; 「各股室、委属部门单位」 split at 、 (two kinds of body the cell names: rule 1, the table column decides); "
                     "「10月底前」: " + YEAR),
     ],
     plan_targets=[{"number": 1, "unit": "家"}, {"number": 92, "unit": "%"}, {"number": 6, "unit": "座"},
                   {"number": 3, "unit": "场次"}, {"number": 140, "unit": "万人次"}, {"number": 6.8, "unit": "亿元"}],
     phases=[], duties=[],
     notes=["20 rows, one task each; the header lines are no task; rows with an empty 责任股室 cell (3–5, 8, 11–13, 15–19: merged "
            "with a row above, which the flattened text does not show) are not sampled",
            "plan targets in unsampled rows: 规模以上文化服务企业 1家 (row 5), 抽查合格率 92% (row 8), 旅游厕所 6座 (row 11), 大型"
            "文旅活动 3场次, 游客 140万人次, 旅游综合收入 6.8亿元 (row 16)",
            "「三建设一整治」「两馆一站」「三下乡」 are slogans: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x90_08_luogang-shequ-2012-xiaofang-anquan-zhengzhi-fangan.txt",
     title_note=NO_TITLE + " (the page is the second page of a 罗岗社区 / 街道 消防安全 整治 plan and starts at its (二))",
     doc_no="", issuer="a street office's 整治办公室 for 罗岗社区 (「街道整治办公室」; 「城中村」「三小」 场所: Guangdong; not named)",
     date="2012 (the stages' dates)", level="street / community (罗岗社区; the street not named)",
     source=page_source("http://p.safehoo.com/Civil/Plan/201305/312122_2.shtml"),
     style="a safety site's SECOND PAGE of a plan: no title, it starts at 「(二)组织实施,全面推进 (2012年3月1日至9月30日)」 — "
           "STAGES AS ITEMS with their DATE SPANS IN BRACKETS after the heading (a blank before the bracket in (二), none in "
           "(三)) —, one paragraph of 「一是…八是」 prose, (三) 「交流总结,迎接验收(2012年10月1至10月31日)」 (cut in its 一是)",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], ["整治办公室"], lead_alternatives=[["整治办公室"]], dl="2012年3月1日至9月30日", skip_deadline=True,
          note="CONVENTIONS rule 2: 「二是整治办公室根据治理分方案,组织召开…会议,动员…」 makes 整治办公室 a doer of the item's work "
               "(组织召开 read as 组织实施): responsible, lead [] (it alone as the lead accepted); 调研组 is a group the item sets "
               "up (「组织调研组」, rule 3); 「依托社区单位、治安岗亭、门卫室等单位」: bodies relied on, not doers; the bracket "
               "「(2012年3月1日至9月30日)」 is the stage's span (a phase), not a deadline: not checked; 八项 「一是…八是」 are "
               "parts of the item, not items"),
        S(["(三)"], [], ["街道整治办公室"], lead_alternatives=[["街道整治办公室"]], dl="2012年10月1至10月31日",
          skip_deadline=True,
          note=CUT + "; CONVENTIONS rule 2: 「一是街道整治办公室按照整治内容和要求自行组织验收」 (组织验收 read as 组织实施): "
                     "responsible, lead [] (it alone as the lead accepted); the bracket is the stage's span (a phase): not "
                     "checked"),
     ],
     plan_targets=[],
     phases=[{"name": "组织实施,全面推进", "start": "2012-03", "end": "2012-09"},
             {"name": "交流总结,迎接验收", "start": "2012-10", "end": "2012-10"}],
     duties=[],
     notes=["2 leaves on the page: (二) and (三) (cut), the plan's stages written as items; 1 without the cut item; 0 accepted "
            "(stages read as the schedule, not tasks); the heading above them (步骤) and (一) are on the first page",
            "phases: 组织实施,全面推进 2012-03→2012-09 and 交流总结,迎接验收 2012-10; 「三小」 is a category, 「一是…八是」 "
            "enumerations: no targets"])


# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x90_04', ['二', '(二)', '1', '(3)'], [(20, '平方公里')],
                   '「流域面积20平方公里以上跨行政村的所有河流」: joined to 以上, a threshold picking the rivers')
# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("x90_04", ["二", "(二)", "1", "(3)"], "「乡级河流:指辖区内流域面积20平方公里以上跨行政村的所有河流」: the band stands inside the noun defining the class of rivers", to_not=[(20, "平方公里")])
write_collected(DIR)

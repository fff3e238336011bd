# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next42/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus42; page openings of plans from outside Shanghai at county,
township and district level, in fields no earlier set has: 耕地流出排查整改 and 撂荒整治, 无烟党政机关, 背街小巷整治,
校园周边环境整治, 村"两委"换届, 农贸市场改造, 规范养犬, 建筑垃圾整治): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on these plans by
corpus42: the lead scores them once.

    python tests/data/plans-next42/make_expected.py tests/data/plans-next42
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
         CUT,  # noqa: E402
         ONE,
         S,
         at_in,
         page_source,
         plan,
         write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

PROSE = ("no unit is labelled for the item (the subjects in the text are prose, roles or category words such as "
         "各乡镇/各行政村/各相关部门): lead = [], responsible = []")
GOALS = ("a section of aims, principles, status, scope or a leading group (指导思想/工作目标/总体情况/整治范围/组织领导…) "
         "with no numbered children: no task; with it counted is accepted where it gives work")
YEARLESS = "the year is not written for this date (implicit or masked on the page): the deadline is not checked"
CONDUCT = ("an item of 整治重点 that names a kind of conduct or place to be dealt with, not work given to anyone: a leaf by "
           "the mechanical rule; " + PROSE + "; no date")

F01 = "x42_01_xian-gengdi-liuchu-wenti-paicha-zhenggai-gongzuo-fangan.txt"
F02 = "x42_02_xiang-liaohuang-gengdi-zhuanxiang-zhengzhi-gongzuo-shishi-fangan.txt"
F03 = "x42_03_xian-liaohuangdi-zhili-fangan.txt"
F04 = "x42_04_zhen-2022-wuyan-dangzheng-jiguan-jianshe-gongzuo-shishi-fangan.txt"
F05 = "x42_05_qu-beijie-xiaoxiang-zonghe-zhengzhi-2yuefen-gongzuo-jihua.txt"
F06 = "x42_06_daying-2019-xiaoyuan-zhoubian-huanjing-zonghe-zhengzhi-gongzuo-fangan.txt"
F07 = "x42_07_xiang-2021-cun-liangwei-huanjie-xuanju-gongzuo-shishi-fangan.txt"
F08 = "x42_08_xian-chengqu-nongmao-shichang-jianshe-he-gaizao-fangan.txt"
F09 = "x42_09_qu-2023-nongmao-shichang-shengji-gaizao-gongzuo-fangan.txt"
F10 = "x42_10_yueqing-2016-nongmao-shichang-gaizao-shengji-sannian-xingdong-jihua.txt"
F11 = "x42_11_qu-guifan-yangquan-guanli-zhuanxiang-zhengzhi-xingdong-shishi-fangan.txt"
F12 = "x42_12_xian-chengqu-jianzhu-laji-zhuanxiang-zhengzhi-huodong-fangan.txt"

# ---------------------------------------------------------------------------------------------------------
plan(F01,
     title="耕地流出问题排查整改工作方案",
     title_note="line 15, 篇一's own title; lines 3/9/11 are the collection's 「2022年耕地抛荒整治工作方案5篇」/「篇一:…」 labels "
                "(dropped, as 「(通用5篇)」 in plans-next38)",
     doc_no="", issuer="a county (「经县政府研究」, 「县自然资源局分乡(镇)…」; not named)",
     date="2022 (「2022 年初耕地面积」, the 2021 年度 变更调查; the collection's 2022)", level="county (not named)",
     source=page_source("http://www.hzxdks.com/dangtuangongzuo/2023/0328/246222.html"),
     style="a document shop's collection: breadcrumb, collection title ×3, a summary line that runs the collection title, "
           "「-1-」 and the plan's title together, PAGE NUMBERS 「1 -」 and 「- 2 -」 left inside the text (the second "
           "splits a sentence), figures spaced from their units (「2021 年度」, 「36.8834 万亩」), 一、总体情况 (past "
           "figures), 二、目标任务 (one paragraph), 三、工作步骤 / (一)全面排查阶段(7 月 15 日-22 日) (cut)",
     leaf_tasks=1, count_alternatives=[0, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、总体情况", "二、目标任务"],
     samples=[
        S(["三", "(一)"], [], [], dl="7 月 15 日-22 日", skip_deadline=True,
          note=CUT + "; 「县自然资源局分乡(镇)做好排查表…」: the bureau is the subject of a sentence, not a label (plans-dev "
               "04/11: prose actors): lead = [], responsible = [] — the parser reading 县自然资源局 as the unit would be a "
               "fair reading too, but it is not asked; a phase heading with a day span and no year: " + YEARLESS),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (cut); 0 without it; 一、总体情况 (status) and 二、目标任务 (aims and a general "
            "charge to 排查/整改) are sections with no numbered children (" + GOALS + "; 2 accepted with 二、 counted)",
            "36.8834 万亩, 36.8734万亩, 36.8438 万亩, 295.50 亩 are past outturns (一、总体情况): no targets; 「一揽子」, "
            "「一上」 are names",
            "全面排查阶段 (7 月 15 日-22 日) is a phase without a written year: not asked as a phase"])

# ---------------------------------------------------------------------------------------------------------
plan(F02,
     title="xx乡撂荒耕地专项整治工作实施方案",
     title_note="line 3 after the shop's chunk marker 「1、」 (the text's own title, its township masked 「xx乡」); line 1 is "
                "the shop's file name with 「.docx」",
     doc_no="", issuer="a township (masked 「xx乡」, 「我乡」, 「全乡 8 个行政村」)",
     date="(about 2023: 「2023 年底」 is the goal; the page gives no date of issue)", level="township (masked 「xx乡」)",
     source=page_source("https://taowenge.com/p-88031951.html"),
     style="a document shop's preview: file name, a 由会员分享 line, then the text in three chunks each starting with the "
           "shop's CHUNK MARKER 「1、」「2、」「3、」 (not the plan's numbers; 「2、」 and 「3、」 split words), the title twice "
           "(「x xx 乡…」), 一、指导思想, 二、工作目标 (a dated goal), 三、工作步骤 / (一)宣传发动(3 月 1 日3 月 31 日) (the dash "
           "lost) (cut); OCR'd words (消失 for 出现, 治理 for 管理, 安康 for 健康)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)"], [], [], dl="3 月 31 日", skip_deadline=True, **at(F02, "(一)"),
          note=CUT + "; 「各行政村要结合实际,准时成立工作小组…」: " + PROSE + "; the step's window 「3 月 1 日3 月 31 日」 has no "
               "year (2023 from the goal, not written): " + YEARLESS),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (cut); 0 without it; 一、指导思想 and 二、工作目标 are sections (" + GOALS + ")",
            "「2023 年底…撂荒现象根本消逝」 is the plan's goal date, not a task's; 「8 个行政村」 is the township's size: not a "
            "target; the chunk markers 1、2、3、 are not items",
            "宣传发动 is a step whose year is not written: not asked as a phase"])

# ---------------------------------------------------------------------------------------------------------
plan(F03,
     title="撂荒地治理方案",
     title_note="line 2 without the collection's label 「篇一」; line 1 is the site's introduction to its collection",
     doc_no="", issuer="a county (「巩固我县产粮大县地位」, 「县里将从2020年3月开始…检查」; not named)",
     date="(late 2019: the first phase starts 2019年12月)", level="county (not named)",
     source=page_source("https://xiexiaoyi.com/a/3541864203965440.html"),
     style="an essay site's collection: an introduction on what 「方案」 means, 「撂荒地治理方案篇一」, an unheaded aims "
           "paragraph (a masked leader's name 「***」), a goal paragraph, then THREE DATED PHASES as paragraphs "
           "「第一阶段(2019年12月-2020年3月)。…」 with deadlines inside (「2020年2月底完成摸排工作」, 「2020年12月底前整治工作"
           "基本完成」) (the third cut); no 一、 headings at all",
     leaf_tasks=3, count_alternatives=[0, 2], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第一阶段"], [], [], dl="2020年2月底", skip_deadline=True, **at(F03, "第一阶段", skip=-4),
          note="「各乡镇要…各乡(镇)政府负总责…」: " + PROSE + "; two dates: the phase ends 2020年3月 and 摸排 is to be done by "
               "「2020年2月底」 — which is the item's deadline is a reading: not checked; 「县里…检查」「市里…督查」 are "
               "checks by levels of government, not units"),
        S(["第二阶段"], [], [], dl="2020年12月底前", dln="2020-12", **at(F03, "第二阶段", skip=-4),
          note=PROSE + "; 「2020年12月底前整治工作基本完成」 agrees with the phase's end (2020年12月)"),
        S(["第三阶段"], [], [], dl="2021年1月-2021年12月", skip_deadline=True, **at(F03, "第三阶段", skip=-4),
          note=CUT + "; " + PROSE + "; only the phase's span is written (its end 2021年12月 would be a fair deadline; not "
               "checked, as spans in plans-next38)"),
     ],
     plan_targets=[],
     phases=[{"name": "第一阶段", "start": "2019-12", "end": "2020-03"},
             {"name": "第二阶段", "start": "2020-04", "end": "2020-12"},
             {"name": "第三阶段", "start": "2021-01", "end": "2021-12"}],
     duties=[],
     notes=["3 tasks: the three phases 第一/二/三阶段 are the only numbered (ordinal) items and each gives work (第三 cut); "
            "0 accepted (a reader may take them as a schedule only), 2 without the cut one",
            "「力争用二年的时间」 is a period in Chinese numerals, not a target; no figure targets on the page",
            "phases: 第一阶段 2019-12→2020-03, 第二阶段 2020-04→2020-12, 第三阶段 2021-01→2021-12 (the spans as written)"])

# ---------------------------------------------------------------------------------------------------------
plan(F04,
     title="镇2022年无烟党政机关建设工作实施方案",
     title_note="line 26 as written (the town's name is not on the page; the line starts with 「镇」)",
     doc_no="", issuer="a town (「xx镇人民政府」 in the rules, 「结合我镇实际」; not named)",
     date="2022 (the title)", level="town (not named)",
     source=page_source("https://www.xuekejiayuan.com/doc/226462.html"),
     style="a document site's page: the plan's TABLE OF CONTENTS (lines 1–13: 一、–六、 with 五、工作任务 (一)–(四) and 六、工作"
           "要求 (一)–(三)), then TWELVE RULES 一、–十二、 of the town government's 控烟 regulations (lines 14–25), then the "
           "title, preamble, 一、指导思想, 二、工作目标 (cut)",
     leaf_tasks=0, count_alternatives=[7, 19], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["tasks are counted from the title on (as plans-local): the plan's own 一、指导思想 and 二、工作目标 have no "
            "numbered children (" + GOALS + "): 0. The contents lines before the title are headings without text (7 leaves: "
            "五/(一)–(四), 六/(一)–(三)) and the twelve rules are a regulation's articles; counting the outline (7) or the "
            "outline and the rules (19) is accepted",
            "no unit, no date, no figure on the page: 「每季度」 in rule 十二 is a rhythm of the 领导小组办公室's checks in the "
            "regulation, not a reporting duty of the plan"])

# ---------------------------------------------------------------------------------------------------------
plan(F05,
     title="**区城市环境背街小巷综合整治2月份工作计划",
     title_note="line 1 inside 【】 (line 7 the same after the number 安整治办〔2017〕16 号, with a blank before 2月份); the "
                "district is masked 「**区」",
     doc_no="安整治办〔2017〕16 号", issuer="a district's 城市环境背街小巷综合整治办公室 (masked 「**区」; 兰州's: 「《兰州市背街"
                                             "小巷…标准》」, 「全市“三大整治行动”」)",
     date="2017 (the number; February 2017); the site's date 2020-03-30", level="district (Gansu, 兰州; masked)",
     source=page_source("http://www.youxiua.com/show-44-182724-1.html"),
     style="an essay site: heading with 【】, a 来源/发布时间 line, the number and title, addressees 「各街道,各相关单位:」 "
           "run into the preamble, then ONE LINE holding 一、工作任务 (一)…1.…(二)…2.…3.… — item numbers 1.–3. run on "
           "ACROSS the (一)(二) headings (no restart) (3 cut)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], [], [], **at(F05, "发动 1."),
          note="「落实宣传主体责任,采取多种形式…」: no unit is named (the 整治办's own work, 宣传阵地 are places): " + PROSE
               + "; the plan is for 2月份 (its month), no deadline in the item"),
        S(["一", "(二)", "2"], [], [], **at(F05, "整治 2."),
          note="numbered 2. under (二) (the numbers run on from (一)); " + PROSE + "; 《兰州市背街小巷及城乡结合部环境卫生精细化"
               "管理标准》 is a document's name; no date"),
        S(["一", "(二)", "3"], [], [], **at(F05, "作业。 3."),
          note=CUT + "; " + PROSE + "; 「春节、春季」 are seasons, not deadlines"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 一/(一)/1, 一/(二)/2, 一/(二)/3 (cut); 2 without the cut item",
            "「三大整治攻坚战」, 「治转提」 are names; no figure targets"])

# ---------------------------------------------------------------------------------------------------------
plan(F06,
     title="2019年校园周边环境综合整治工作方案",
     title_note="line 4 (line 1 is the end of the notice that issues it, whose title is not on the page)",
     doc_no="", issuer="大英县综合行政执法局 (Sichuan, 遂宁市大英县; line 2)",
     date="2019-04-10 (line 3)", level="county bureau (Sichuan, 大英县)",
     source=page_source("https://dyrmt.com/article-145514-1.html"),
     style="a news site's copy: the notice's last sentence without its title, issuer and date lines, the title, preamble, "
           "一、指导思想, 二、组织领导 with a LEADING GROUP OF NAMED PERSONS (blanks inside two-character names 「张 君」, "
           "「杨 干」) and an office 「由姚昌洲同志负责…」, 三、整治范围 (one line), 四、整治重点 (一)(二) (cut)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导", "三、整治范围"],
     samples=[
        S(["四", "(一)"], [], [],
          note="「依法取缔校园周边店外经营…坚决取缔其经营行为」: the bureau's own work, no unit named: " + PROSE + "; no date"),
        S(["四", "(二)"], [], [],
          note=CUT + "; " + PROSE + "; 「在上学、放学期间」 is a time of day, not a deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 四/(一), 四/(二) (cut); 1 without the cut item; 一、–三、 are sections (" + GOALS + ")",
            "张君, 黄春生 … 姚昌洲, 肖兰筠, 陈家林 are persons: no units; 「(2019年版)」 is an edition, not a target or "
            "deadline; 「全国县级文明城市测评体系」 a document's name"])

# ---------------------------------------------------------------------------------------------------------
plan(F07,
     title_note="title not checked: the page's title is cut at its start (「民委员会选举工作实施方案」 for 村(居)民委员会…; "
                "the text is a township's plan for the村“两委” election)",
     doc_no="", issuer="a township (「全乡村党组织」, 「结合我乡实际」; not named)",
     date="2021 (「将于2021年第一季度进行换届」); the site's date 2022-04-21", level="township (not named)",
     source=page_source("https://gwyoo.com/article/xzgaoshou/gongzhuo/202104/739330.html"),
     style="a writing-service site: cut title ×3, a time line, a 导语 disclaimer, preamble with a dated event "
           "「将于2021年第一季度进行换届」, 一、总体要求 (一)指导思想 (二)基本原则 (run-in headings ending 「。」; cut); names "
           "left out of the text (「认真贯彻党的和二中…」, 「现代化新,」) as the site dropped them",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves by the mechanical rule: 一/(一) 指导思想 and 一/(二) 基本原则 (cut) — aims and principles, not work: 0 "
            "accepted (1 without the cut item), not sampled",
            "「2021年第一季度」 dates the election, not a task; 第十一届, 第十四个五年规划, 二〇三五年 are names: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan(F08,
     title="农贸市场建设和改造方案",
     title_note="the start of the only line, written twice (the shop's heading run into the text's)",
     doc_no="", issuer="a county (Sichuan: 《四川省商品交易市场管理条例》; 「县城区」, 「县商务局」; not named)",
     date="2009 (「从 2009 年 7 月上旬开始」)", level="county (Sichuan, not named)",
     source=page_source("https://www.xiaomilidoc.com/p-13440023.html"),
     style="a document shop's text flattened on ONE LINE: title twice, 一、整改范围 (8 markets named), 二、整改内容 "
           "(「一是…四是」 prose), 三、时间部署 (dated: 2009年7月上旬 – 2010年12月底前; 今年9月份前, 年底前), 四、工作步骤 "
           "(一) with 「2009 年 8 月底前,由县商务局负责制定…」, (二)召开动员会。20 (cut); OCR'd words (整理 for 整治, 准绳 for "
           "标准)",
     leaf_tasks=2, count_alternatives=[1, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、整改范围", "二、整改内容", "三、时间部署"],
     samples=[
        S(["四", "(一)"], [], ["县商务局"], lead_alternatives=[["县商务局"]], dl="2009 年 8 月底前", dln="2009-08",
          **at(F08, "(一)"),
          note="「2009 年 8 月底前,由县商务局负责制定…具体实施方案…」: the one unit that does the item (由X负责, as plans-next3x); "
               + ONE + "; 各农贸市场业主 are market owners, not units; the date has its year"),
        S(["四", "(二)"], [], [], **at(F08, "(二)"),
          note=CUT + " (「召开动员会。20」: its date is cut after 「20」): " + PROSE + "; no deadline on the page"),
     ],
     plan_targets=[{"number": 8, "unit": "个"}, {"number": 6, "unit": "个"}],
     phases=[], duties=[],
     notes=["2 leaves on the page: 四/(一), 四/(二) (cut); 1 without the cut item; 一、–三、 have no numbered children "
            "(" + GOALS + "; 5 accepted with them counted: 三、时间部署 gives dated work)",
            "plan targets: the 8 markets to be renovated (「农贸市场共 8 个」, named one by one) and 「再完成其它6 个农贸市场」; "
            "「两个市场」 is written in Chinese numerals: not asked; 一年半 is a period",
            "「2010 年 12 月底前全面完成」 is the plan's end date in 三、 (a section, not a task): not asked"])

# ---------------------------------------------------------------------------------------------------------
plan(F09,
     title="农贸市场升级改造工作方案",
     title_note="line 12 (lines 7–11 are the shop's heading split one word a line: 2023 / 农贸市场 / 升级 / 改造 / 工作方案)",
     doc_no="", issuer="a district (「我区」, masked 「x区」, 「x区人民政府」)",
     date="(masked 「20x年」; the shop's heading says 2023, but 「三个代表〞」 and 科学发展观 place the text in the 2000s)",
     level="district (masked 「x区」)",
     source=page_source("https://wnwk.com/doc/527368.html"),
     style="a document shop's page: 温馨提示 with 1.–4. (the shop's notices, not items), a 网站客服 line, the heading one "
           "word a line, title, 一、总体要求 (a paragraph), 二、…对象范围、工作原则和进度要求 (a paragraph ending 「x区农贸市场"
           "升级改造工作要在20x年内完成」), 三、职责分工 (cut in its first line 「x区人民政府。作为…的责任单」); OCR'd words "
           "(开展 for 发展, 原那么 for 原则, 平安 for 安全) and mismatched quotes 「“…〞」",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、农贸市场升级改造对象范围、工作原那么和进度要求", "三、职责分工"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no numbered task on the page: 一、–三、 have no numbered children (" + GOALS + "); 1 accepted with 三、职责分工 "
            "counted (it starts giving 「x区人民政府」 its part, cut), 2 with 二、 too",
            "the shop's 1.–4. notices are not items; 3074922707 is a phone number; 「20x年内」 is masked: no deadline"])

# ---------------------------------------------------------------------------------------------------------
plan(F10,
     title="乐清市农贸市场改造升级三年行动计划(2016-2018年)（乐清市人民政府办公室关于印发乐清市农贸市场改造升级三年行动计划(2016-2018年)的通知）",
     title_note="the plan's title (the line after the notice's signature and date) or the notice's title (line 3); both "
                "accepted",
     doc_no="乐政办发〔2016〕47号", issuer="乐清市人民政府办公室 (Zhejiang, 温州's county-level city)",
     date="2016-08-24 (the notice; 成文日期 2016-09-01 on the page)", level="county-level city (Zhejiang, 乐清市)",
     source=page_source("http://www.yueqing.gov.cn/art/2016/9/1/art_1229145288_817848.html"),
     style="a government site: breadcrumb, the notice's title, an INDEX BLOCK of 「  • 」 lines (索引号/主题分类/文号/发布机构/"
           "成文日期/有效性), addressees, notice, signature and date, the plan's title, preamble, 一、指导思想, 二、改造对象 (37 "
           "markets), 三、目标任务 with YEARLY TARGETS (2016/2017/2018: 完成 7/12/18 个, 启动 6/6 个), 「农贸市场改造」 (cut); "
           "two-blank indents",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、改造对象", "三、目标任务"],
     samples=[],
     plan_targets=[{"number": 37, "unit": "个"}, {"number": 28, "unit": "个"}, {"number": 9, "unit": "个"},
                   {"number": 7, "unit": "个"}, {"number": 6, "unit": "个"}, {"number": 12, "unit": "个"},
                   {"number": 18, "unit": "个"}],
     phases=[], duties=[],
     notes=["no numbered task on the page: 一、–三、 have no numbered children (" + GOALS + "); 1 accepted with 三、目标任务 "
            "counted, 2 with 二、 too",
            "plan targets: 37 markets (改造升级 28, 新建 9); 2016 完成 7 启动 6; 2017 完成 12 启动 6; 2018 完成 18 (each year's "
            "count is a target; the years are not deadlines of a task on the page)",
            "001008003013001/2016-01792 (索引号), DB33/T 592-2015 (a standard's number), 温政办〔2016〕54号 are names, not "
            "targets"])

# ---------------------------------------------------------------------------------------------------------
plan(F11,
     title="规范养犬管理专项整治行动实施方案",
     title_note="the text's title after the chunk marker 「1、」 without the shop's 「范文」 (a collection label, dropped as "
                "「篇1」/「(通用5篇)」 in plans-next38); the file name on line 1 ends 「范文.doc」",
     doc_no="", issuer="a district (「根据市、区两级政府要求,结合我区实际」; city masked 「_市」)",
     date="(not on the page)", level="district (not named)",
     source=page_source("https://taowenge.com/p-13237213.html"),
     style="a document shop's preview: file name, a 由会员分享 line, the text in chunks with the shop's CHUNK MARKERS 「1、」"
           "「2、」「3、」 (「2、到…」 and 「3、构组…」 split words), the title twice, 一、总体要求和具体目标 (一)(二) (a dated rate "
           "goal 「到年底养犬登记率达到90%以上」; quotation marks lost: 「达到 四个明显提升…」), 二、整治重点内容 (一)–(八) run "
           "together with 「;」, 三、组织领导及职责分工 (一)组织机构 (cut)",
     leaf_tasks=11, count_alternatives=[0, 1, 9, 10], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "(二)"], [], [], targets=[(90, "%")], dl="到年底", skip_deadline=True, **at(F11, "(二)具体目标"),
          note="a goal item: " + PROSE + "; target: 养犬登记率 90% (以上); 「到年底」 has no year: " + YEARLESS),
        S(["二", "(一)"], [], [], **at(F11, "二、整治重点内容(一)"), note=CONDUCT),
        S(["二", "(八)"], [], [], **at(F11, "(八)"), note=CONDUCT + " (the item has no full stop: 「三、」 follows)"),
     ],
     plan_targets=[{"number": 90, "unit": "%"}],
     phases=[], duties=[],
     notes=["11 leaves by the mechanical rule: 一/(一), 一/(二), 二/(一)–(八), 三/(一) (cut); the readings that leave out the "
            "aims (9), the kinds of conduct (1: only 三/(一); 0 without the cut item) or the cut item (10) are accepted",
            "「四个明显提升/下降/落实」 are slogans with Chinese numerals; 「基本清零」 has no number",
            "the shop's chunk markers 1、2、3、 are not items"])

# ---------------------------------------------------------------------------------------------------------
plan(F12,
     title="XX县城区建筑垃圾专项整治活动方案",
     title_note="the text's title after the chunk marker 「1、」 (county masked 「XX县」); the shop's file name 「县城区建筑垃圾专项"
                "整治活动方案.docx」 is repeated in its page chrome",
     doc_no="", issuer="a county (masked 「XX县」; 「县政府确定开展…」)",
     date="(2014 from the cited 「X政办发明电2014X号」; not written for the plan)", level="county (masked 「XX县」)",
     source=page_source("https://m.zixin.com.cn/doc/10066575.html"),
     style="a document shop's page: 收藏/上传人/文档编号 chrome, FIVE 「…_第N页」 and 「第N页 / 共6页」 line pairs, 资源描述, then "
           "the text in chunks 「1、」「2、」 (shop markers), 一、整治目标 (a paragraph), 二、整治重点 1.–8. (kinds of conduct, "
           "run together), 三、时间安排 (一)集中整治阶段(5月21日一10月21日) — 「一」 written for the dash — (cut)",
     leaf_tasks=9, count_alternatives=[0, 1, 8], attachment_task_rows=0,
     childless_top_level_sections=["一、整治目标"],
     samples=[
        S(["二", "1"], [], [], **at(F12, "整治重点1. "), note=CONDUCT),
        S(["二", "8"], [], [], **at(F12, "8. "), note=CONDUCT),
        S(["三", "(一)"], [], [], dl="10月21日", skip_deadline=True, **at(F12, "时间安排(一)"),
          note=CUT + "; 「各相关部门、单位」: " + PROSE + "; the phase 「(5月21日一10月21日)」 has no year (2014 is only in a "
               "masked document number): " + YEARLESS),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves by the mechanical rule: 二/1–8 (kinds of conduct to be dealt with, not work) and 三/(一) (cut); 1 (only "
            "三/(一)), 0 (without the cut item too) and 8 (without the cut item) accepted; 一、整治目标 is a section (" + GOALS + ")",
            "10066575 (文档编号), 14.41KB, 页数:6 are page chrome: no targets; 集中整治阶段 has no written year: not asked as a "
            "phase"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x42_03", ["第一阶段"], [], ["各乡镇"], "「各乡镇要积极落实耕地抛荒整治政策，…各乡(镇)政府负总责，…尽快组织力量，抓紧摸清…」: the subject of 落实, a group of bodies (as rule 2's 各街镇; 各乡(镇)政府 is the same body), responsible, no lead (A alone accepted); 「县里…检查」「市里…督查」 are levels of government checking (rule 3)", alt=[["各乡镇"]], rule="2 and 3")
write_collected(DIR)

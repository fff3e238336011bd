# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next31/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus31; page openings of plans from outside Shanghai, in fields
no earlier set has: 扫黑除恶, 烟花爆竹, 动物防疫, 农产品质量安全, 网络安全宣传周, 建筑施工扬尘, 人口普查, 农村饮水安全,
无偿献血): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``
of ../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor the scorer
was run on these plans by corpus31: the lead scores them once.

    python tests/data/plans-next31/make_expected.py tests/data/plans-next31
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
         CUT,  # noqa: E402
         S,
         page_source,
         plan,
         write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, principles, scope or a leading group (指导思想/工作目标/组织领导…) with no numbered children: "
         "no task; with it counted is accepted")
NO_TITLE = "title not checked: the page does not show the plan's title"
MASKED = "the year is masked on the page (「__年」): the deadline is not checked"



# ---------------------------------------------------------------------------------------------------------
plan("x31_01_zhen-saohei-chue-zhuanxiang-douzheng-shishi-fangan.txt",
     title="乡镇深入开展扫黑除恶专项斗争实施方案",
     title_note="line 1 after the site's chunk number 「1、」, run into the preamble with one blank; the text calls itself "
                "「此实施方案」 of 「xx镇」",
     doc_no="", issuer="a town (「xx镇」; 「根据区委、区政府…部署」, 「法治天津、平安天津」: a town of a Tianjin district, name masked)",
     date="(not on the page; after 十九届三中全会, so 2018; the page writes every stage's year as 「2023年」)",
     level="town (Tianjin; masked 「xx镇」)",
     source=page_source("https://m.wnwk.com/doc/1018307.html"),
     style="a document shop's preview in site CHUNKS 「1、」「2、」「3、」 at line starts (chunk 2 and 3 start mid-sentence); "
           "title, preamble and 「一、总体要求 和目标任务」 (a blank inside the heading) on ONE line; the aims run on into "
           "three unnamed stages each opened by 「2023年,」 (「从即日起至年底12月30日止,…」) (cut in the third)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求 和目标任务"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no numbered task on the page: 一、 (aims, then the stages in prose) has no numbered children (" + GOALS + ")",
            "「1、」「2、」「3、」 at line starts are the site's chunk numbers, not items (counting them is wrong)",
            "the three stages have no names and each starts 「2023年,」 (the same year for all three: the site's, not the plan's): no phases are asked; 「年底12月30日止」 ends the first stage, not a task's deadline",
            "「三个着力」 is a slogan: no targets; 区委、区政府 are the bodies whose plan this follows, not units"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_02_shehong-pingan-jiedao-chunjie-yuanxiao-jinfang-yanhua-baozhu-gongzuo-fangan.txt",
     title="春节至元宵节期间禁放烟花爆竹工作方案",
     title_note="line 1 (the site's heading) or line 9 without the collection's ordinal 「 篇1」; the text calls itself "
                "「如下工作方案」 of 「我处」 (平安街道办事处)",
     doc_no="", issuer="射洪市平安街道办事处 (Sichuan, 遂宁; 「我处」, 「平安街道办事处全域」)",
     date="(not on the page; it applies 射府通〔2022〕1号, so 2022 or later; page date 2025-01-17)",
     level="street (街道; Sichuan, 射洪市平安街道)",
     source=page_source("https://bigou.cc/article/118004.html"),
     style="an essay site: heading, site name, date line, blurb, 「…方案 篇1」, preamble citing a city notice, 一、禁燃范围 "
           "(one sentence), 二、领导机构 with FOURTEEN lines of NAMED PERSONS and their posts (blanks between name and "
           "post, some run together: 「谢语秋街道党工委成员」), an office line, 三、工作任务 / 「(一)深入宣传发动。…」 with "
           "「一是…二是…三是」 (cut)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、禁燃范围", "二、领导机构"],
     samples=[
        S(["三", "(一)"], [], [],
          note=CUT + "; 「各社区要采取各种形式,广泛宣传动员」: 各社区 is a kind of actor, the prose subject: lead = [], "
                     "responsible = []; 「一是…二是…三是」 are prose enumerations, not items; LED is a word, not a "
                     "quantity; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (cut); 0 without it; 一、禁燃范围 and 二、领导机构 are sections (" + GOALS + ")",
            "the leading group lists persons (喻进, 刘鸿, 谢辉宇 …) with their posts: no units; 城市管理办 is the seat of the "
            "office and 杨飞 a person 「具体负责…督促和调度工作」, not a task's unit",
            "射府通〔2022〕1号 is a document number: no target, no deadline"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_03_xian-yanhua-baozhu-anquan-zhuanxiang-zhengzhi-fangan-di6ye.txt",
     title_note=NO_TITLE + " (page 6 of a document shop's paged copy; line 3 「烟花爆竹安全专项整治方案9篇」 is the "
                           "collection's heading; by its words a county's plan for 燃放烟花爆竹安全管理 at the Spring Festival)",
     doc_no="", issuer="a county (「全县」, 「县市政园林局」「县教委」「县城乡建委」 — a Chongqing-style county; not named)",
     date="(masked: 「__年1月5日之前」; page date 2024-02-16)", level="county (not named)",
     source=page_source("https://jingyanben.com/bangongwenmi/205041.html?page=6") + "; page 6 of a paged copy",
     style="page 6 of a document shop's paged copy: 订单查询, breadcrumb, collection heading, a size/page/date line with view "
           "counts 「6.41k 4.59k」, then EIGHT UNNUMBERED UNIT-COLON PARAGRAPHS 「县市政园林局:负责…」「县商务局:负责…」 … "
           "(the duties of the members of a section whose heading is on an earlier page; the last one names five units "
           "「县林业局、民政局、…等行业主管部门和单位分别负责…」), then 四、明晰步骤,扎实推进各项工作 / 「(一)准备工作阶段"
           "(__年1月5日之前)。主要任务是:…」 (cut)",
     leaf_tasks=1, count_alternatives=[0, 8, 9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["四", "(一)"], [], [], dl="__年1月5日之前", skip_deadline=True,
          note=CUT + "; the item is the first phase (准备工作阶段); 「主要任务是:制定全县燃放管理工作方案…」 has no subject: "
                     "lead = [], responsible = []; " + MASKED),
     ],
     plan_targets=[],
     phases=[{"name": "准备工作阶段", "start": None, "end": None}],
     duties=[],
     notes=["1 numbered leaf on the page: 四/(一) (cut); 0 without it. The eight unit-colon paragraphs (lines 6–20) are "
            "UNNUMBERED duties of named bureaus under a heading on an earlier page: not counted as items here; 8 (or 9 "
            "with 四/(一)) accepted if they are read as tasks. A reader would give each the unit before the colon "
            "(县市政园林局, 县商务局, 县教委, 县城乡建委, 县卫生局, 县公安消防大队, 县环保局; the last paragraph 县林业局、民政局、"
            "供电公司、交通局、国土房管局)",
            "phase: 「(一)准备工作阶段(__年1月5日之前)」 — the year is a blank: start and end null",
            "478.81KB, 6页, 6.41k, 4.59k are the shop's metadata: no targets; 「统计…人员伤亡情况」 is a statistic kept by the "
            "health bureau, not a reporting duty with a date"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_04_zhen-2023-zhongda-dongwu-yibing-qiangzhi-mianyi-chunqiu-liangfang-shishi-fangan.txt",
     title="XX镇2023年重大动物疫病强制免疫(春秋两防)实施方案",
     title_note="lines 1/5/7 are the file name with 「.docx」; the text's own title follows the chunk number 「1、」 on line "
                "14, run into 「一、免疫病种及指标」",
     doc_no="", issuer="a town (「XX镇」, 镇政府办公室; name and province masked)",
     date="(2023 from the title; page date 2023-07-11)", level="town (masked 「XX镇」)",
     source=page_source("https://m.yzwku.com/doc/372816.html"),
     style="a document shop's page: file name, uploader/format/size line, page-image captions 「…_第1页」「第1页 / 共2页」, "
           "blurb, then the preview in site CHUNKS 「1、」「2、」 (chunk 2 starts mid-sentence); the whole plan runs on inside "
           "the chunks: 一、免疫病种及指标 (rate goals), 二、免疫主体, 三、职责分工 (prose: 「镇政府办公室负责…,镇经发办负责…,"
           "镇农业综合执法中队负责…」), 四、组织实施 / 「(一)制定实施」 (cut after four characters)",
     leaf_tasks=1, count_alternatives=[0, 3, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、免疫病种及指标", "二、免疫主体", "三、职责分工"],
     samples=[],
     plan_targets=[{"number": 90, "unit": "%"}, {"number": 100, "unit": "%"}, {"number": 70, "unit": "%"}],
     phases=[], duties=[],
     notes=["1 leaf on the page: 四/(一) (cut after 「制定实施」, so not sampled); 0 without it; 一、–三、 have no numbered "
            "children (" + GOALS + "; 3 or 4 accepted if they are read as tasks)",
            "「1、」「2、」 at line starts are the site's chunk numbers, not items",
            "三、职责分工 gives duties in prose to 镇政府办公室 (制定实施方案), 镇经发办 (督办和考核) and 镇农业综合执法中队 "
            "(监督检查); the section has no numbered items, so no task carries them (as plans-dev 09's 职责分工)",
            "plan targets: 群体免疫密度 「90%以上」, 应免畜禽免疫密度 「100%」, 免疫抗体合格率 「70%以上」; 「4种动物疫病」 counts "
            "the diseases (scope), 2页 and 14.34KB are the shop's: not targets; 春秋两防 names seasons, not phases"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_05_rencheng-2021-chuangjian-guojia-nongchanpin-zhiliang-anquanqu-shishi-fangan.txt",
     title="济宁市任城区创建国家农产品质量安全区实施方案（济宁市任城区人民政府关于印发《济宁市任城区创建国家农产品质量安全区实施方案》的通知）",
     title_note="the plan's name inside the notice's title on line 1 (the plan's own title line is not on the page); "
                "either is accepted",
     doc_no="济任政字〔2021〕28号", issuer="济宁市任城区人民政府 (Shandong)", date="2021-08-28",
     level="district (Shandong, 济宁市任城区; county level)",
     source=page_source("https://sd.010b.com/policy/detail/171633.html"),
     style="a policy database page: the notice's title, 「政策」, label lines 发布部门:/发布时间:/政策文号:/有效性:, then the "
           "preamble and the plan RUN TOGETHER ON ONE LINE: 一、指导思想…二、创建目标 2022年8底前,…(一)农产品质量安全水平明显"
           "提高。… (cut); the notice's own text is not on the page",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[],
     plan_targets=[{"number": 90, "unit": "分"}, {"number": 98, "unit": "%"}, {"number": 100, "unit": "%"}],
     phases=[], duties=[],
     notes=["1 leaf by the mechanical rule: 二/(一) (a goal of 二、创建目标, cut); 0 accepted (goals: " + GOALS + "); "
            "not sampled (a goal, no units)",
            "plan targets: 评价总分值 「90分(含90分)以上」, 食用农产品抽检合格率 「98%以上」, 处置率/监测合格率 「100%」; "
            "「2022年8底前」 (sic, for 8月底前) is the date of the creation goal, not a task's deadline",
            "农办质〔2021〕5号 and 济政字〔2021〕41号 are document numbers; 「四个最严」「三个导向」 slogans: no targets",
            "发布部门/发布时间/政策文号/有效性 are the database's labels (their values give issuer, date and number)"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_06_guangdong-nongyeting-2007-nongchanpin-zhiliang-anquan-zhuanxiang-zhengzhi-shishi-fangan.txt",
     title="广东省农产品质量安全专项整治行动实施方案（广东省农业厅关于印发《广东省农产品质量安全专项整治行动实施方案》的通知）",
     title_note="line 6 (the plan's own title), or line 1 (the notice's)",
     doc_no="粤农〔2007〕235号", issuer="广东省农业厅 (Guangdong)", date="2007-09-19",
     level="province (department: 广东省农业厅)",
     source=page_source("https://pharnexcloud.com/data/zcfg_b92f82bfe5e8837cc8df2e44e7346e72.html"),
     style="a regulations database page: the notice (title, number in brackets on its own line, addressees, one sentence, "
           "date in Chinese numerals 「二○○七年九月十九日」), the plan's title, a preamble broken after 「按照」, 一、组织机构 "
           "RUN IN with its heading (「“农产品整治组”由省农业厅牵头,省发展改革委等单位参加」, persons 组 长/副组长 and a "
           "成 员 list of nine bodies), 二、工作目标 run in (cut); law titles on their own lines",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、组织机构", "二、工作目标"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、组织机构 and 二、工作目标 have no numbered children (" + GOALS + "); 1 or 2 accepted "
            "if they are read as tasks",
            "the campaign's lead is 省农业厅 (「由省农业厅牵头,省发展改革委等单位参加」) and the members are listed after "
            "「成 员:」: a plan-level organisation, not a task's units; 谢悦新, 林果先, 彭海斌 are persons",
            "国办发[2007]57号 is a document number: no target; 「到今年年底」 (cut) is the goal's horizon, not a task's deadline"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_07_yingkou-2015-wangluo-anquan-xuanchuanzhou-huodong-tongzhi.txt",
     title_note=NO_TITLE + " (the stored page starts at the notice's first sentence; by its words 营口's notice of "
                           "「我市网络安全宣传周活动具体工作要求」)",
     doc_no="", issuer="营口市 (Liaoning; 「我市」, 「市网络管理办公室」/「市网管办」 receive the reports; the page is 营口之窗's; "
                       "the issuing body is not named)",
     date="(not on the page; 「第二届国家网络安全宣传周…6月1日至7日」 was held in 2015)", level="city (Liaoning, 营口)",
     source=page_source("http://www.ykwin.com/zx/news/20150602_154840.html"),
     style="a city news site's WHOLE short notice (1,799 bytes) without its title: one opening sentence, five TOP-LEVEL "
           "INSTRUCTIONS 一、–五、 without sub-items (the first names kinds of body 「各有关部门、各市(县)区互联网宣传管理部门、"
           "市直各网站」 as subjects), an unnumbered paragraph with TWO REPORT DEADLINES (「请在6月1日前报市网络管理办公室」, "
           "「工作总结请在6月7日前报市网管办」), a contact line with a person and phone numbers, the site's copyright line",
     leaf_tasks=5, count_alternatives=[0, 6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="「各有关部门、各市(县)区互联网宣传管理部门、市直各网站要认真组织开展…」: kinds of body (各…, 有关…) as the "
               "prose subject, no labelled unit: lead = [], responsible = []; the week 「6月1日至7日」 (opening sentence) is "
               "the event's window, not this item's deadline"),
        S(["二"], [], [],
          note=PROSE + " (各网站 is a kind of body); 「两微一端」 is a slogan; no date"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各单位网络安全宣传周工作开展方案,请在6月1日前报市网络管理办公室", "when": "6月1日前",
              "when_norm": None},
             {"what": "工作总结请在6月7日前报市网管办", "when": "6月7日前", "when_norm": None}],
     notes=["5 leaves: the top-level instructions 一、–五、 (each a task with no children, as plans-dev 03's 一、…三十、); 6 "
            "accepted if the closing reporting paragraph is read as a task; 0 if every top-level item is read as a section",
            "duties: the work plan to 市网络管理办公室 by 6月1日 and the summary to 市网管办 by 6月7日; the year is not on the "
            "page (2015 only by knowing which 宣传周 was the 第二届), so they are not normalised",
            "陈刚 is a contact person and 2669526、15141726756 are phone numbers: no units, no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_08_cangzhou-2022-jianzhu-shigong-yangchen-zhili-dudao-cehua-fangan.txt",
     title="2022年度建筑施工大气污染扬尘治理督导策划方案",
     title_note="line 11 without the site's 「(精选文档)」 (lines 3 and 5 give the site's heading with 「2023年度」; the "
                "blurb on line 9 and line 11 say 2022年度)",
     doc_no="", issuer="沧州市 (Hebei; 「全面推进沧州市建筑施工扬尘污染防治工作」 — probably its housing and construction "
                       "bureau, which supervises 各县(市、区)住建主管部门; not named)",
     date="(2022 from the title; page date 2023-09-17)", level="city (Hebei, 沧州; bureau not named)",
     source=page_source("https://www.01861.cn/zhuantifanwen/gongwenfanwen/88450.html"),
     style="an essay site: 注册/登录, a breadcrumb with 「>」, the site's heading (「2023年度…」), date/source line, blurb, "
           "the text's heading (「2022年度…(精选文档)」), paragraphs INDENTED with two blanks (retyped as ASCII spaces, see "
           "README); 一、指导思想 (「以***生态文明思想为指导」, a masked name), 二、工作目标, 三、督导内容 with (一)–(三) "
           "(what the supervision checks), 四、保障措施 / (一) with 「一是…二是」 (cut)",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)"], [], [],
          note="「各县(市、区)住建主管部门关于建筑施工扬尘治理工作的部署和落实情况」: the bodies are WHAT IS SUPERVISED (the "
               "item names a subject of inspection), a kind of body, not the item's unit: lead = [], responsible = []; "
               "no date"),
        S(["三", "(三)"], [], [],
          note=PROSE + " (工程建设相关各方责任主体 are kinds of party being checked); 《沧州市建筑施工扬尘治理强化措施检查"
                       "标准》 is a document: no target"),
        S(["四", "(一)"], [], [],
          note=CUT + "; 「各县(市、区)住建主管部门应建立健全…」: a kind of body as the prose subject: lead = [], "
                     "responsible = []; 「一是…二是」 are prose enumerations; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: 三/(一)–(三) and 四/(一) (cut); 3 without the cut item; 一、 and 二、 are sections "
            "(" + GOALS + ")",
            "PM2.5 and PM10 are pollutant names, not quantities: no targets",
            "「案件移交资料清单…处罚结果反馈制度」 are standing procedures, not reporting duties with a date or rhythm"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_09_yangshahu-zhen-2020-diqici-quanguo-renkou-pucha-gongzuo-shishi-fangan.txt",
     title="洋沙湖镇第七次全国人口普查工作实施方案（关于印发《洋沙湖镇第七次全国人口普查工作实施方案》的通知）",
     title_note="line 7 (the plan's own title), or line 1 (the notice's)",
     doc_no="洋政发〔2020〕 (the number is missing on the page)",
     issuer="洋沙湖镇人民政府 (Hunan, 岳阳市湘阴县; the address is xiangyin.gov.cn)", date="2020-06-19",
     level="town (Hunan, 湘阴县洋沙湖镇)",
     source=page_source("http://xiangyin.gov.cn/31185/32018/32023/58710/58714/content_1757996.html"),
     style="a county site's page: the notice (title, a document number WITHOUT its number 「洋政发〔2020〕」, addressees "
           "「各村(社区)、各部门:」, one sentence, issuer and date on their own lines), the plan's title, preamble, "
           "一、普查目的 (aims), 二、基本原则 with (一)–(四) (principles, (四) cut)",
     leaf_tasks=4, count_alternatives=[0, 3], attachment_task_rows=0, childless_top_level_sections=["一、普查目的"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves by the mechanical rule: 二/(一)–(四) ((四) cut), principles of 二、基本原则; 0 accepted (" + GOALS +
            "; principles are no tasks); 3 without the cut item; not sampled (principles, no units, no dates)",
            "the addressees 各村(社区)、各部门 are whom the plan goes to, not units of a task; 「各有关部门按照各自职能,各负其责」 "
            "and 「各级人民政府“分级管理、分级负担、逐级匹配”」 are principles with kinds of body",
            "国发〔2019〕24号 is a document number; 「第二个百年」 a slogan: no targets; 2020年6月19日 is the notice's date"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_10_xian-nongcun-yinshui-anquan-tuopin-gongjian-dabiao-fuhe-gongzuo-fangan.txt",
     title="农村饮水安全脱贫攻坚工作方案",
     title_note="line 1 (the site's heading); the preamble names it 「县农村饮水安全脱贫攻坚达标复核工作方案」",
     doc_no="", issuer="a county (「县贫困村」, 「全县贫困户」; it follows a 水利局's notice — probably the county's water "
                       "bureau; not named)",
     date="(not on the page; it surveys 2016–2018 脱贫 households, so about 2019)", level="county (not named)",
     source=page_source("http://6dgww.com/Article/15296309.html"),
     style="an essay site's SHORT PREVIEW (1,041 bytes): title, preamble, 一、目标任务 with a paragraph and (一)–(三) "
           "(checks to make: 「复核…是否达标;加快制作发放…“明白卡”」), 二、工作内容 / 「(一)开展达标复核」 (a heading), then "
           "the site's lines 「(未完,全文共1375字,当前显示336字)」「(请认真阅读下面的提示信息)」 in ASCII brackets",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [],
          note=PROSE + " (「复核全县贫困户的农村饮水安全是否达标;加快制作发放…“明白卡”」 has no subject); an action, not "
                       "an aim, though it stands under 目标任务; no date"),
        S(["一", "(三)"], [], [],
          note=PROSE + " (「自查全县贫困户安全饮水工程是否建立长效机制」); no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一/(一)–(三) and 二/(一) (a heading whose text the preview cuts off); 3 without it",
            "「(未完,全文共1375字,当前显示336字)」 and 「(请认真阅读下面的提示信息)」 are the site's lines, not items; 1375字 "
            "and 336字 are the site's counts, not targets",
            "2016年、2017年、2018年 are the years of the households surveyed, not deadlines; 「四级认定」 is a procedure's "
            "name"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_11_sanming-2005-kaizhan-gongmin-wuchang-xianxue-gongzuo-tongzhi.txt",
     title="三明市人民政府办公室关于2005年开展公民无偿献血工作的通知",
     title_note="line 3 (after the document number on line 2; line 1 is empty); the notice IS the plan (「制定2005年全市"
                "公民无偿献血指导性计划」, no separate plan title)",
     doc_no="明政办〔2005〕4号", issuer="三明市人民政府办公室 (Fujian)", date="2005-01-07",
     level="city (Fujian, 三明; the government's office)",
     source=page_source("https://www.sm.gov.cn/smsrmzfbgs/smsrmzf/zfxxgkml_2/qtyzdgkdzfxx/200904/t20090410_89922.htm"),
     style="a city site's WHOLE short notice (1,024 bytes; the page starts with an empty line): number, title, addressees "
           "「各县(市、区)人民政府,市卫生局:」, two UNNUMBERED paragraphs (the second gives the work: draw up a plan and "
           "report it 「于2005年1月30日前报市卫生局」), 主题词, 抄送, the printing line 「…2005年1月7日印发」, the site's "
           "「扫一扫」 line",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[],
     phases=[],
     duties=[{"what": "尽快制定2005年无偿献血工作计划(参加献血单位、人数),并于2005年1月30日前报市卫生局",
              "when": "2005年1月30日前", "when_norm": "2005-01-30"}],
     notes=["no numbered item: the work is in two unnumbered paragraphs; 1 (the second paragraph's instruction) or 2 "
            "accepted if they are read as tasks",
            "duty: 各县(市、区)政府 draw up their 2005 plan (units, numbers) and report it to 市卫生局 by 2005年1月30日",
            "「采血时间由三明市中心血站统筹安排(另行通知)」 is a later notice, not a duty with a date; the 抄送 bodies and "
            "the addressees are not units of a task; 2005年1月7日 is the printing date"])

# ---------------------------------------------------------------------------------------------------------
plan("x31_12_wenzhou-2008-wuchang-xianxue-gongzuo-tongzhi-yuyue-anpaibiao.txt",
     title_note=NO_TITLE + " (the page starts at item (二) of a section whose heading is not on it; its 附件 is "
                           "「2008年度温州市无偿献血预约安排表」: by its words 温州市's notice on 2008 blood donation)",
     doc_no="", issuer="温州市 (Zhejiang; 「我市」, 「市献血办」; the issuing body is not on the page)",
     date="2007-12-09 (「二○○七年十二月九日」)", level="city (Zhejiang, 温州)",
     source=page_source("http://www.fymate.net/html/text/lar/169750/16975055_1.html") + "; a later page of a paged copy",
     style="a law site's page starting at (二) of an unseen section; (二)–(四) give the donation work to bodies in prose "
           "(「由当地献血办做好预约工作,由市献血办协调实施时间,市中心血站承担采血工作」), a closing paragraph, 「附件:」 line, "
           "the date in Chinese numerals, 附件 and a BOX-DRAWING TABLE 「┌─┬─┐ │ 单 位 │ 预约总数(人次) │ 志愿者队伍 │」 with "
           "a merged column (市/区) and quota rows (cut); blanks inside cells retyped as ASCII spaces (see README)",
     leaf_tasks=3, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], [],
          note="path: its parent section is not on the page, so the path starts at (二) (as plans-next28 x28_03); 「洞头县、"
               "泰顺县由当地献血办做好预约工作,由市献血办协调实施时间,市中心血站承担采血工作。平阳县、文成县由当地献血办…,"
               "瑞安市血站承担采血工作。」: the bodies act in 「由X做…」 sentences and 当地献血办 is a kind of office — no "
               "labelled unit: lead = [], responsible = [] (doubtful: a reader may take 市献血办, 市中心血站 and 瑞安市血站 "
               "as the units; not accepted here, as the earlier sets' prose subjects); no date"),
        S(["(四)"], [], [],
          note="「驻温部队、大中专院校的团体预约献血工作由市献血办协调、统筹安排」: 市献血办 in a 「由X…」 sentence, no "
               "label: lead = [], responsible = [] (doubtful, as (二)); no date"),
     ],
     plan_targets=[{"number": 4500, "unit": "人次"}, {"number": 3100, "unit": "人次"},
                   {"number": 3800, "unit": "人次"}],
     phases=[], duties=[],
     notes=["3 leaves: (二)(三)(四) (none cut); 8 accepted if the five quota rows of the 附件 table on the page (市本级, "
            "鹿城区, 龙湾区, 瓯海区, 开发区) are read as tasks",
            "plan targets: the table's 预约总数(人次) — 市本级 4500, 鹿城区 4500, 龙湾区 3100, 瓯海区 3800, 开发区 1000; the "
            "column 志愿者队伍 (1000, 800, 500, 600, 500) has no unit: not asked",
            "「附件:2008年度温州市无偿献血预约安排表」 names the attachment; 二○○七年十二月九日 is the notice's date: no "
            "deadlines"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x31_12", ["(二)"], [], ["当地献血办", "市献血办"], "「洞头县、泰顺县由当地献血办做好预约工作，由市献血办协调实施时间」, 「平阳县、文成县由当地献血办做好预约工作」: the agents of 由 with verbs of doing, responsible in order, no lead; 市中心血站 / 瑞安市血站 承担采血工作 are subjects of a verb rule 2 does not list")
align30("x31_12", ["(四)"], [], ["市献血办"], "「驻温部队、大中专院校的团体预约献血工作由市献血办协调、统筹安排」: the agent of 由 with a verb of doing, responsible, no lead (A alone accepted)", alt=[["市献血办"]])
align30("x31_07", ["一"], [], ["各有关部门", "各市(县)区互联网宣传管理部门", "市直各网站"], "「各有关部门、各市(县)区互联网宣传管理部门、市直各网站要认真组织开展网络安全宣传周活动」: the subjects of 组织＋verb, groups of bodies (as rule 2's 各有关部门; not the generic 「各地要…」), responsible in order, no lead", rule="2 and 3")
# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("x31_12", ["(二)"], "「…市中心血站承担采血工作。…瑞安市血站承担采血工作」: 承担＋work designates the body standing as its subject (rounds 39, 41, 59)",
        "Units, turned: rounds 39, 41, 59 over the round-30 answer", resp=["当地献血办", "市献血办", "市中心血站", "瑞安市血站"])

write_collected(DIR)

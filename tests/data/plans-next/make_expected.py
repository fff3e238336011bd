"""Builds tests/data/plans-next/expected.json from the hand-written answers below.

These plans are the fourth never-tuned set: never tune the parser on them (see README.md). Only
`line` and `title_starts` are looked up in the text (given by hand where the item numbers are not
`1.` / `（一）` / `一、`: n12's `1﹒`, n13's items inline in one line); every answer was written here by
reading the texts, before the parser or the scorer was run on them.

    python tests/data/plans-next/make_expected.py tests/data/plans-next
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import COVER, PAGES, YEAR, S, plan, write_collected  # noqa: E402

plan("n01_chuzhou-2020-shi-zhengfu-zhongdian-gongzuo-ji-zeren-fenjie-tongzhi.txt",
     title="滁州市人民政府关于2020年市政府重点工作及责任分解的通知",
     title_note="the first line puts the column tag 「【市政府重点工作及责任分解】」 before the notice title; the no"
                "tice "
                "is the plan (the tasks follow the cover paragraph directly)",
     doc_no="", issuer="滁州市人民政府", date="2020-02-03", level="city (Anhui, Chuzhou)",
     source="http://www.chuzhou.gov.cn/public/152523227/567017766.html — " + PAGES,
     style="city 政府工作报告 task breakdown: the notice is the plan; every item is followed by THREE SEPARATE LINES "
           "「牵头负责领导:金力。」 (a person), 「牵头责任单位:市发展改革委。」 (lead) and 「协同责任单位:…等,各县、"
           "市、区政"
           "府。」 (cooperating units, category 等 then the counties); each line indented with four spaces; "
           "items 「1. 地区生产总值增长8%以上。」 with a space after the dot; the page ends inside item 4 at 「牵头"
           "责任」",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["市发展改革委"],
          ["市发展改革委", "市经信局", "市商务局", "市交通局", "市农业农村局", "滁州经开区管委会", "中新苏滁高新区管"
                                                                   "委会",
           "各县、市、区政府"], [(8, "%")], skip_deadline=True,
          note="金力 (牵头负责领导) is a person; 「…管委会等,各县、市、区政府」: 等 closes the list of named units and "
               "各县、市、区政府 is ONE compound group (the counties, county-level cities and districts), not 各县 +"
               " 市 + 区政府; "
               + YEAR),
        S(["一", "2"], ["市财政局"],
          ["市财政局", "市税务局", "滁州海关", "市人行", "滁州经开区管委会", "中新苏滁高新区管委会", "各县、市、区政"
                                                                    "府"],
          [(8, "%")], skip_deadline=True),
        S(["一", "3"], ["市发展改革委"],
          ["市发展改革委", "市经信局", "市住建局", "市交通局", "市水利局", "滁州经开区管委会", "中新苏滁高新区管委会",
           "各县、市、区政府"], [(10, "%")], skip_deadline=True),
        S(["一", "4"], [], [], [(10.5, "%")], skip_deadline=True,
          note="cut after 「牵头负责领导:姚志。」 / 「牵头责任」: no unit on the page (姚志 is a person)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「确定了10个方面190项重点工作」 counts the plan's own items: not a target",
            "纳入年度目标绩效考核, 跟踪督查调度 is oversight, not a reporting duty",
            "the date is the page's 发布时间 (2020-02-03); no signature on the page"])

plan("n02_gansu-2022-zhengfu-gongzuo-baogao-zhuyao-zhibiao-zhongdian-renwu-fenjie-tongzhi.txt",
     title="",
     title_note="no title in the stored text (it starts with the doc number, then the addressees); the notice issues "
                "《2022年〈政府工作报告〉主要指标分解表》 and 《2022年〈政府工作报告〉重点任务分解表》 (附件1, 附件2)",
     doc_no="甘政发〔2022〕9号", issuer="甘肃省人民政府", date="2022", level="province (Gansu)",
     source="http://91tanzhonghe.com/page175?article_id=1237 (a copy of the notice) — " + PAGES,
     style="PROVINCE cover notice of a 政府工作报告 breakdown: doc number as the first line, addressees, numbered "
           "instructions 「一、统一思想抓落实。…」 (heading and text on one line); 二、 holds two dated steps withou"
           "t a "
           "year (1月底前 / 2月底前) and a filing duty 「并报省政府备案」; the page ends inside 三、",
     leaf_tasks=3, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note="「稳」「进」「保」「干」 and 「两个维护」 are slogans; 省第十四次党代会 is a name"),
        S(["二"], [], [], skip_deadline=True,
          note="two dated steps 「于1月底前完成各项目标任务的细化分解,2月底前逐项制定具体工作措施,并报省政府备案」 "
               "(2022-01-31 and 2022-02-28; the year from the doc number and 「2022年全省」): which one is the "
               "instruction's deadline is a reading choice, so it is not checked; 省政府各牵头部门 is a role"),
        S(["三"], [], [], skip_deadline=True, note="cut at 「各配合单位要主动作」; 牵头部门 / 配合单位 are roles"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "省政府各牵头部门2月底前逐项制定具体工作措施并报省政府备案", "when": "2月底前",
              "when_norm": "2022-02-28"}],
     notes=[COVER, "the page carries no date of issue; 2022 comes from the doc number and the text"])

plan("n03_hangzhou-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie-tongzhi.txt",
     title="2020年政府工作报告重点工作责任分解（杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知）",
     title_note="the plan the notice issues, or the notice title as written on the page: either is accepted",
     doc_no="", issuer="杭州市人民政府办公厅", date="2020-05-20", level="city (Zhejiang, Hangzhou)",
     source="https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html — " + PAGES,
     style="city cover notice of a 政府工作报告 breakdown on a news site (「返 回」, 「所在位置:…」, 发布时间, 「来"
           "源: 作者: "
           "编辑:徐可」): two numbered instructions; 二、 states the rule 「列第一位的责任单位为牵头单位或汇总单位」"
           " and an "
           "undated reporting duty; signature with trailing spaces; the attached breakdown is not on the page",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], skip_deadline=True,
          note="「确保2020年各项年度目标任务圆满完成」 names the year's goals; reading it as a deadline (2020-12-31)"
               " or not "
               "is a choice: not checked; 第一时间 is not a date"),
        S(["二"], [], [], note="「列第一位的责任单位为牵头单位或汇总单位」 is the lead rule for the attached table, "
                              "not a "
                               "unit; 市政府督查室 is oversight"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各牵头单位和汇总单位要及时向市政府报告重点工作完成情况", "when": "及时", "when_norm": None}],
     notes=[COVER, "编辑:徐可 is a person (page chrome)"])

plan("n04_xianyang-2022-fangguanfu-youhua-yingshang-huanjing-gongzuo-yaodian.txt",
     title="",
     title_note="no title in the stored text (it starts with 「全文」); the page is the wiki entry "
                "「鹹陽市2022年深化“放管服”改革最佳化營商環境工作要點」",
     doc_no="", issuer="咸阳市人民政府 (from the page name; 「西部名市絲路名都」 is Xianyang's slogan)", date="2022",
     level="city (Shaanxi, Xianyang)",
     source="https://newton.com.tw/wiki/鹹陽市2022年深化“放管服”改革最佳化營商環境工作要點/61994341 (a wiki copy in "
            "TRADITIONAL characters, with Taiwan wording: 最佳化 for 优化, 網際網路 for 互联网) — " + PAGES,
     style="city work points in TRADITIONAL characters: a preamble, 一、 then 1.…。 items each ending with "
           "「(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)」 "
           "(X、Y牽頭, Z及W按職責分工負責); the page ends inside the second item's bracket",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["市政府辦公室", "市行政審批制度改革工作領導小組辦公室"],
          ["市政府辦公室", "市行政審批制度改革工作領導小組辦公室", "市級各有關部門", "各縣市區政府"],
          dl="2022年10月底前", dln="2022-10-31",
          note="two lead units before 牽頭; 「市級各有關部門及各縣市區政府按職責分工負責」: split at 及, and "
               "按職責分工負責 is a phrase, not part of a name; units are written in traditional characters as on th"
               "e page"),
        S(["一", "2"], [], ["市政府辦公室"], skip_deadline=True,
          note="the last task is cut inside its bracket 「(市政府辦公室、市」: 市政府辦公室 is named before the cut "
               "(its role, "
               "lead or not, is not on the page), 「市」 is a fragment; as p05 in tests/data/plans"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the title is not in the text, so the year 2022 of the deadline comes from the deadline itself"])

plan("n05_dongguan-2021-wending-kuoda-jiuye-shishi-yijian.txt",
     title="東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見",
     doc_no="東府〔2021〕54號", issuer="東莞市人民政府", date="2021", level="city (Guangdong, Dongguan)",
     source="http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html (a copy in TRADITIONAL characters) — "
            + PAGES,
     style="city implementation opinion in TRADITIONAL characters, doc number first; 一、/(一)/1. with each item end"
           "ing "
           "「(市人力資源社會保障局、市醫保局、市財政局、市稅務局負責)」 (X、Y負責, no lead); many policy dates "
           "(實施期限至…, …起) that are validity windows, not deadlines; the page ends inside item 3",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], [], ["市人力資源社會保障局", "市醫保局", "市財政局", "市稅務局"], [(50, "%")],
          note="no lead (負責 list, no rule); 2021年12月31日 / 2021年4月30日 / 2022年4月30日 are the end dates of po"
               "licies "
               "(實施期限至…), not the task's deadline, as in plans-dev 01; 50% is the cut of the injury-insurance r"
               "ate"),
        S(["一", "(一)", "2"], [], ["市殘聯", "市財政局", "市稅務局"],
          note="實施期限至2022年12月31日 is a policy window; 2017年 is a reference year; 30人(含)以下 is an eligibil"
               "ity "
               "threshold (not checked either way)"),
        S(["一", "(一)", "3"], [], [], skip_deadline=True,
          note="cut at 「對中小微企業按企業及其職」: no units on the page; 20% / 30% are refund parameters (not chec"
               "ked)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["粵府〔2021〕13號 is a cited document", "the page has no date of issue; 2021 from the doc number"])

plan("n06_hubei-2018-jinyibu-youhua-yingshang-huanjing-ruogan-yijian.txt",
     title="省人民政府關于進一步優化營商環境的若干意見",
     title_note="written over two lines (「省人民政府關于」 / 「進一步優化營商環境的若干意見」)",
     doc_no="鄂政發〔2018〕26號", issuer="湖北省人民政府", date="2018", level="province (Hubei)",
     source="http://chaincenturyfinance.com/tzgg/2421.html (a copy in TRADITIONAL characters) — " + PAGES,
     style="PROVINCE opinion in TRADITIONAL characters, two-line title, 一、總體要求 (prose), 二、主要任務 with "
           "「(一)提高市場開放程度。…」 ending in an INLINE 「(牽頭單位:省發展改革委;責任單位:省編辦、…)」 "
           "(ASCII : and ;); the page ends inside that bracket",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=["一、總體要求"],
     samples=[
        S(["二", "(一)"], ["省發展改革委"], ["省發展改革委", "省編辦", "省國土資源廳", "省環保廳", "省住建廳"],
          skip_deadline=True,
          note="the list is cut after 「省住建廳、」: the four named responsible units are what the page holds; "
               "「四個著力」「四個切實」「三個新高地」 are names"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the page has no date of issue; 2018 from the doc number"])

plan("n07_wuhan-2022-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie-fangan.txt",
     title="2022年市《政府工作报告》目标任务责任分解方案",
     title_note="the plan's own title, written over two lines after the cover (「2022年市《政府工作报告》目标任务」 / "
                "「责任分解方案」); the notice's title is not in this text",
     doc_no="", issuer="武汉市人民政府办公厅", date="2022-01-22", level="city (Hubei, Wuhan)",
     source="http://whht.org.cn/news/info/id/3207.html (a copy of the notice and the plan's opening) — " + PAGES,
     style="city 政府工作报告 breakdown: cover with three numbered instructions (a dated filing duty 2022年2月15日前"
           " and a "
           "quarterly report 每个季度第1个月的20日前), signature and date, then the plan's title over two lines and "
           "「一、经济社会发展主要预期目标」 / 「(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府"
           "〈含开发区、」 "
           "— an INLINE label with angle brackets 〈〉 inside, cut",
     leaf_tasks=1, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["市发改委"], ["市发改委", "各区人民政府"], [(7.5, "%")], skip_deadline=True,
          note="the responsible list is cut inside 「各区人民政府〈含开发区、」: the unit is 各区人民政府 with a qua"
               "lifier "
               "〈含开发区、…〉 that is cut (各区人民政府〈含开发区〉 is accepted by reading, not by the scorer);"
               " " + YEAR),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各责任单位要于2022年2月15日前将制订的办理方案报送市人民政府督查室", "when": "2022年2月15日前",
              "when_norm": "2022-02-15"},
             {"what": "各牵头单位要在每个季度第1个月的20日前将上季度的责任事项完成情况报市人民政府督查室",
              "when": "从2022年第二季度起,每个季度第1个月的20日前",
              "when_norm": "quarterly (day 20 of the quarter's first month)"}],
     notes=["counting: the plan body starts at its title, so the cover's three instructions are not counted (1 task); "
            "counting them too (4) is accepted",
            "doc number 武政办〔2022〕1号 is given by other copies, not by this text; f07 in plans-fresh is the 2023 "
            "notice of the same city (a different document)"])

plan("n08_suining-2019-gongcheng-jianshe-xiangmu-shenpi-zhidu-gaige-shishi-fangan.txt",
     title="遂宁市工程建设项目审批制度改革实施方案",
     title_note="the plan's title after the cover; the notice's title is not in the text",
     doc_no="遂府函〔2019〕55 号", issuer="遂宁市人民政府", date="2019-04-29", level="city (Sichuan, Suining)",
     source="https://www.suining.gov.cn/gongkai/show/4d68fdf085f444d2a0859d3100bd665e.html — " + PAGES,
     style="city implementation plan: doc number with a space (「〔2019〕55 号」), short cover, signature, date, plan "
           "title, 一、总体要求 with 「(一)指导思想。…」 items (heading word, 。, text on one line), two dated goals"
           " in "
           "(三) (到2019年6月底 … 90个工作日以内; 到2019年12月底 …); the page ends at the heading 「二、统一审批流程」",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], note="「四统一」 is a name"),
        S(["一", "(二)"], [], [], note="a scope paragraph (改革内容): no units, no dates"),
        S(["一", "(三)"], [], [], [(90, "个工作日")], skip_deadline=True,
          note="two dated goals: 到2019年6月底 (2019-06-30: 90个工作日以内) and 到2019年12月底 (2019-12-31): which is "
               "the item's deadline is a reading choice, not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["二、统一审批流程 is cut right after its heading (its children are not on the page): 3 tasks, or 4 if it "
            "is counted", "市政府七届44次常务会议 is a meeting's name"])

plan("n09_shanxi-2017-guanche-zhongbu-diqu-jueqi-guihua-gongzuo-fangan.txt",
     title="山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案",
     title_note="the plan's own title after the cover; the notice title (「山西省人民政府办公厅关于印发…工作方案」, "
                "twice at "
                "the top, without 的通知) is also accepted by reading, not by the scorer",
     doc_no="晋政办发〔2017〕55号", issuer="山西省人民政府办公厅", date="2017-05-15", level="province (Shanxi)",
     source="https://0798ci.com/policy/20846.html (a copy of the notice) — " + PAGES,
     style="PROVINCE work plan: doc number and notice title on the first line, the notice title again, cover, "
           "signature, date, plan title, 一、总体要求 (prose), 「二、重点任务与分工」 with 「(一)…。」 as a heading "
           "line and "
           "「1.加快推进综合交通运输网络建设。…」; the page ends inside item 1 (its units are not on the page)",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "(一)", "1"], [], [], skip_deadline=True,
          note="cut at 「实现客」; 大湛、石太—太中银 are railway/axis names, not units"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「十三五」, 国函〔2016〕204号 and 「一个指引、两手硬」 are names and numbers of documents"])

plan("n10_jining-2021-chixu-shenhua-shixian-tongquan-gaige-shishi-yijian.txt",
     title="关于持续深化“市县同权”改革的实施意见（济宁市人民政府关于持续深化“市县同权”改革的实施意见）",
     title_note="the title is written over two lines (「济宁市人民政府」 / 「关于持续深化…实施意见」): with or witho"
                "ut the "
                "issuer line is accepted",
     doc_no="济政字〔2021〕30号", issuer="济宁市人民政府", date="2021-07-19", level="city (Shandong, Jining)",
     source="http://jiaxiang.gov.cn/art/2021/7/19/art_72008_2718080.html (the opinion as reposted by a county "
            "site) — " + PAGES,
     style="city implementation opinion reposted: a 「政务服务丨」 prefix line, list-style page metadata (「- 发布日"
           "期:」), "
           "issuer line + title line, doc number, a long addressee line, 一、目标要求 (prose), 二、基本原则 with ——b"
           "ullets, "
           "三、主要任务 「(一)优化同权事项,拓展改革覆盖面」 (heading line) and a bare 「1」 where the page ends",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、目标要求", "二、基本原则"],
     samples=[
        S(["三", "(一)"], [], [], skip_deadline=True,
          note="a heading line followed only by a bare 「1」 (cut): (一) is the leaf on the page; counting the empty 1 "
               "too gives 2 (accepted)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the ——bullets of 二、基本原则 (权责一致, 减少层级, …) are principles, not tasks",
            "the date is the page's 发布日期 2021-07-19 (no signature on the page); 济发〔2021〕9号 is cited"])

plan("n11_liaoning-2023-sheng-zhengfu-gongzuo-baogao-renwu-fenjie-he-zeren-fengong-fangan.txt",
     title="2023年省《政府工作报告》任务分解和责任分工方案（辽宁省人民政府关于印发《2023年省〈政府工作报告〉任务分解和"
           "责任分工方案》的通知）",
     title_note="the plan's title (over two lines) or the notice title (over four lines): either is accepted",
     doc_no="辽政发〔2023〕2号", issuer="辽宁省人民政府", date="2023-01-19", level="province (Liaoning)",
     source="http://206843.jhzobq.asia/zwgkx/zfwj/szfwj/zfwj2011_158393/202301/t20230127_4731766.html (a mirror of "
            "the province's page) — " + PAGES,
     style="PROVINCE 政府工作报告 breakdown: notice title over four lines, cover, signature with trailing spaces, plan "
           "title over two lines, then items 「1.地区生产总值增长5%以上。」 each followed by THREE SEPARATE LINES "
           "「牵头领导:省政府分管领导同志」 (a role), 「牵头单位:省发展改革委」, 「责任单位:…等,各市人民政府,省沈抚"
           "示范区管委会」 "
           "(、 and , mixed, 等 inside the list); lines indented with two full-width spaces; the page ends after "
           "item 5's 牵头领导 line",
     leaf_tasks=5, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["省发展改革委"],
          ["省发展改革委", "省工业和信息化厅", "省农业农村厅", "省商务厅", "各市人民政府", "省沈抚示范区管委会"],
          [(5, "%")], skip_deadline=True,
          note="牵头领导 省政府分管领导同志 is a person's role, not a unit; 「省商务厅等,各市人民政府」: 等 closes t"
               "he named "
               "units; " + YEAR),
        S(["一", "2"], ["省财政厅"], ["省财政厅", "省税务局", "各市人民政府", "省沈抚示范区管委会"], [(5, "%")],
          skip_deadline=True),
        S(["一", "3"], ["省工业和信息化厅"], ["省工业和信息化厅", "各市人民政府", "省沈抚示范区管委会"], [(6, "%")],
          skip_deadline=True),
        S(["一", "4"], ["省发展改革委"],
          ["省发展改革委", "省工业和信息化厅", "省农业农村厅", "省商务厅", "各市人民政府", "省沈抚示范区管委会"],
          [(10, "%")], skip_deadline=True),
        S(["一", "5"], [], [], [(7, "%")], skip_deadline=True,
          note="cut after 「牵头领导:省政府分管领导同志」: no unit on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["省政府十四届一次全体(扩大)会议 and 省十四届人大一次会议 are names of meetings"])

plan("n12_anhui-2022-sheng-zhengfu-zhongdian-gongzuo-ji-zeren-fenjie-xinwen.txt",
     title="",
     title_note="a news report that quotes the notice: no title line (the notice is named in prose, 「关于年重点工作"
                "及责任"
                "分解的通知」, its year dropped by the news site)",
     doc_no="", issuer="安徽省人民政府", date="2022",
     level="province (Anhui)",
     source="http://bbs.tongheshandao.com/archiver/showtopic-13251.aspx (a forum copy of a 新安晚报/大皖新闻 report) — "
            + PAGES,
     style="PROVINCE 政府工作报告 key-work breakdown quoted in a news report: three news paragraphs (the YEAR and the "
           "item count are missing: 「关于年重点工作」, 「第次常务会议」, 「方面项重点工作」), then items numbered w"
           "ith "
           "the SMALL FULL STOP 「1﹒」 (U+FE52) and, under each, SEPARATE LINES 「牵头负责领导:刘惠。」 (a person), "
           "「牵头责任单位:省发展改革委。」 and 「协同责任单位:…等。」; the page ends inside item 6 at 「牵头责」",
     leaf_tasks=6, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["省发展改革委"], ["省发展改革委", "省政府各部门", "各直属机构"], [(7, "%")], skip_deadline=True,
          line=5, title_starts="全省生产总值增长",
          note="「省政府各部门、各直属机构」 split at 、 into two groups (各直属机构 = the province government's); k"
               "eeping "
               "it whole would also be a fair reading; 刘惠 is a person; " + YEAR),
        S(["一", "2"], ["省发展改革委"],
          ["省发展改革委", "省经济和信息化厅", "省财政厅", "省自然资源厅", "省住房城乡建设厅", "省交通运输厅",
           "省农业农村厅", "省水利厅", "省林业局"], [(10, "%")], skip_deadline=True,
          line=9, title_starts="固定资产投资力争"),
        S(["一", "3"], ["省商务厅"],
          ["省商务厅", "省发展改革委", "省经济和信息化厅", "省财政厅", "省农村农业厅", "省文化和旅游厅", "省市场监管局",
           "省税务局"], [(9, "%")], skip_deadline=True,
          line=13, title_starts="社会消费品零售总"),
        S(["一", "4"], ["省商务厅"],
          ["省商务厅", "省发展改革委", "省经济和信息化厅", "省财政厅", "合肥海关", "省税务局", "省外汇管理局"],
          [(9, "%")], skip_deadline=True, line=17, title_starts="进出口总额增长9",
          note="「增速高于全国平均水平」 carries no figure"),
        S(["一", "5"], ["省财政厅"], ["省财政厅", "省发展改革委", "省税务局", "人行合肥中心支行"], [(7, "%")],
          skip_deadline=True, line=21, title_starts="一般公共预算收入"),
        S(["一", "6"], [], [], [(8, "%")], skip_deadline=True, line=25, title_starts="城镇常住居民人均",
          note="cut after 「牵头负责领导:杨光荣。」 / 「牵头责」: no unit on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the year is not in the text: 2022 is inferred from 省十三届人大五次会议 (January 2022) and 省长王清宪; no "
            "deadline is checked", "「13个方面」 counts the plan's parts: not a target",
            "「省农村农业厅」 is printed so (for 省农业农村厅): kept as printed"])

plan("n13_putian-shuangzhao-shuangyin-shitiao-yijian.txt",
     title="关于支持“双招双引”的十条意见",
     doc_no="", issuer="莆田市 (市委、市政府 named in the text; the issuing office is not)", date="",
     level="city (Fujian, Putian)",
     source="GitHub file found with find_string 「责任单位：市」 (read_file id 4561487438): a question-answering scr"
            "ipt "
            "that holds the opening of the opinion as one string literal (its `text = \"…\"` line); the text is that "
            "literal, as written, with a final newline",
     style="city opinion, the WHOLE excerpt IN ONE LINE: title ending in 。, preamble, then 「1.…。责任单位：市委组"
           "织部、"
           "市科技局。2.…。责任单位：…。」 — a 「责任单位：」 label AFTER each item's text (full-width colon, no bra"
           "cket); "
           "figures with spaces (「100 万元」, 「5000 万元」, 「2 亿元」)",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["市委组织部", "市科技局"], [(100, "万元"), (5000, "万元")], line=1, title_starts="对来莆田创新"
                                                                                          "创业",
          note="items 1. and 2. are inline in the single line (line and first words given by hand); 100 万元 (research "
               "money) and 最高 5000 万元 (funding ceiling) are the item's sums; 「壶兰计划」 is a programme name"),
        S(["2"], [], ["市发改委", "市财政局", "市工信局", "市商务局"], line=1, title_starts="对实际投资 2 ",
          note="2 亿元 / 5000 万元 are eligibility thresholds and 1名 / 10 名 quota figures (not checked either way); "
               "世界 500 强 is a name"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["only items 1 and 2 of the ten are in the text", "no date and no doc number in the text"])

plan("n14_guofa-2023-tuidong-neimenggu-gaozhiliang-fazhan-yijian.txt",
     title="国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见",
     title_note="written over two lines",
     doc_no="国发〔2023〕16号", issuer="国务院", date="2023", level="central (State Council)",
     source="http://imasd-velecdom.com/prestashop/show.aspx?ES=41ht5.html (a copy of the opinion) — " + PAGES,
     style="State Council opinion on a copy site: a 「发布时间:…来源: sp20241101」 chrome line, title over two lines"
           ", doc "
           "number, addressees, preamble, 一、总体要求 with 「(一)指导思想」 and 「(二)工作原则」 as heading lines ("
           "no 。) "
           "and their text on the next lines, ——bullets under (二); the page ends after the first bullet",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [],
          note="「五大任务」「两个屏障」「两个基地」「一个桥头堡」「模范自治区」 are names, not targets"),
        S(["一", "(二)"], [], [], skip_deadline=True, note="cut after the first ——bullet; 万里绿色长城 is a name"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the page carries no date of issue (发布时间 2024-11-01 is the copy's); 2023 from the doc number"])

plan("n15_shi-renda-jianyi-zhengxie-tian-banli-tongzhi.txt",
     title="",
     title_note="the stored text starts in the middle of the notice (the end of its section 二): no title",
     doc_no="", issuer="a city government office (「我市」, 市政府督查室; the city is not named)", date="",
     level="city (province not named)",
     source="http://www.fymate.net/html/text/lar/169273/16927300_1.html — " + PAGES,
     style="city 建议/提案 handling notice, from its middle: two unnumbered paragraphs (the end of 二、), then "
           "「三、明确办理工作的程序和要求」 with 「(一)交办。…」 … 「(四)书面答复。…」 (heading word, 。, text); "
           "deadlines without a year (4月16日前, 6月30日前, 5月10日前), relative ones (3个工作日内, 3个月内); the "
           "page ends inside (四)",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(一)"], [], [], skip_deadline=True,
          note="「在3个工作日内」 counts from receipt (relative, no date); 市人大人事代表工作室 / 市政协提案委员会 / "
               "市政府督查室 receive the notice of a wrong assignment: receivers, not units responsible"),
        S(["三", "(二)"], [], [], skip_deadline=True,
          note="three dated deadlines for three kinds of items (4月16日前, 6月30日前, 5月10日前) and 3个月内 for items "
               "between sessions; the year is not in the text: not checked"),
        S(["三", "(三)"], [], [], note="主办 / 会办单位 are roles"),
        S(["三", "(四)"], [], [], skip_deadline=True, note="cut at 「由市政府办」"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "不属于本单位承办的要说明原因在3个工作日内报市人大人事代表工作室或市政协提案委员会及市政府督查室",
              "when": "3个工作日内", "when_norm": None},
             {"what": "省建议、提案及市民主党派、工商联提案书面意见报市政府督查室1份", "when": "not stated",
              "when_norm": None}],
     notes=["「提高采纳率、办理期间办结率和代表、委员的满意率」 names rates without figures",
            "市政府督查室 监督检查 / 通报批评 is oversight, not a reporting duty"])

plan("n16_guobanhan-2014-nongcun-gaige-zhengce-cuoshi-fengong-tongzhi.txt",
     title="國務院辦公廳關於落實中共中央國務院關於全面深化農村改革加快推進農業現代化若干意見有關政策措施分工的通知",
     title_note="written over three lines after the page's metadata (where it also stands after 「標  題:」)",
     doc_no="國辦函〔2014〕31號", issuer="國務院辦公廳", date="2014-02-23",
     level="central (State Council General Office)",
     source="http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2014-03/10/content_8705.htm (gov.cn's "
            "TRADITIONAL-character gateway) — " + PAGES,
     style="State Council General Office notice dividing policy measures among ministries, in TRADITIONAL characters: "
           "the page's metadata twice (once in label lines, once one value a line, with 成文日期 and 發佈日期), the "
           "title over three lines, 一、工作分工 with 「(一)關於“…”的問題,由發展改革委會同中央農辦、農業部、…等部門"
           "研究提出落"
           "實意見。」 — the units IN PROSE after 由, X會同Y (X leads), no bracket; the page ends inside (三)",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["發展改革委"],
          ["發展改革委", "中央農辦", "農業部", "財政部", "科技部", "國土資源部", "水利部", "商務部", "統計局", "糧食"
                                                                               "局"],
          lead_alternatives=[[]],
          note="「由X會同A、B…等部門研究提出落實意見」: 會同 marks X as the lead (as plans-dev 03, where lead = [] is "
               "also accepted); 等部門 is a category tail; the quoted policy words “…” are the measure, not units"),
        S(["一", "(二)"], ["國土資源部"], ["國土資源部", "農業部"], lead_alternatives=[[]],
          note="「由國土資源部會同農業部等部門負責落實」"),
        S(["一", "(三)"], [], [], skip_deadline=True, note="cut inside the quoted measure 「“加大力度落實‘米袋子’」"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["中發〔2014〕1號 is the cited document; 成文日期 2014年02月23日 is the date, 發佈日期 2014-03-10 the pag"
            "e's",
            "時效: 失效 (no longer in force) is page metadata"])

plan("n17_liupanshui-2022-xinxing-jichu-sheshi-jianshe-sannian-xingdong-fangan.txt",
     title="六盘水市新型基础设施建设三年行动方案(2022—2024年)（市人民政府办公室关于印发六盘水市新型基础设施建设三年行动"
           "方案(2022—2024年)的通知）",
     title_note="the plan's title after the cover, or the notice title in the 名称 metadata row: either is accepted",
     doc_no="六盘水府办发〔2022〕10号", issuer="六盘水市人民政府办公室", date="2022-12-02",
     level="city (Guizhou, Liupanshui)",
     source="https://www.gzlps.gov.cn/zwgk/zfxxgkzl/fdzdgknr/zcwj/szfwj_5666042/lpsfbf/202301/t20230116_77945033.html"
            " — " + PAGES,
     style="city three-year action plan: metadata flattened from a table (「| |」 cells, the 生成日期 2022-12-02), a"
           " short "
           "cover without signature, (此件公开发布), the plan title with its period, 一、主要目标 as prose full of "
           "figures for 2022 and 2024, 二、重点任务 with 「(一)推进大数据基础设施建设。」 as a heading line, a prose "
           "paragraph, and 「1.加强算力基础设施建设。…」 cut",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=["一、主要目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], skip_deadline=True,
          note="cut at 「依托全国一体化算力网络国家(贵州」; (一) has a numbered child, so it is not a leaf"),
     ],
     plan_targets=[{"number": 2600, "unit": "个"}, {"number": 15, "unit": "个"}, {"number": 1, "unit": "万个"},
                   {"number": 50, "unit": "个"}],
     phases=[], duties=[],
     notes=["plan-level targets in 一、主要目标: 2022年新建5G基站2600个以上, 创新平台15个以上; 到2024年累计建成5G基"
            "站1万个, "
            "累计新建创新平台50个以上; 「5G」 is a name, not a figure",
            "黔府办发〔2022〕25号 is a cited document; 「千兆城市」 is a name"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """``align29`` of round 30: the note reads "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was, now = f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — "
    s["note"] = s["note"].replace(was, now, 1)


align30('n15_shi-renda', ['三', '(三)'], [], ['各承办单位'], '「对于分别办理的建议、提案,由各承办单位分别答复代表和委员」: the agent of 由 with a verb of doing is responsible, no lead; 会办单位应…／主办单位要… have no rule-2 verb')  # noqa: E501
# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in any plan
# (CONVENTIONS.md "Round 49 rulings", governs; round 27; in a plan naming no units the old count stays accepted) —
# samples dropped, count without them (README, "Round 50: aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('n08_suining', [['一', '(一)'], ['一', '(三)']],
             '一、总体要求 (一)指导思想 and (三)主要目标 「到2019年6月底,…压缩至90个工作日以内」 state aims and goals'
             ': no tasks in any plan (CONVENTIONS.md "Round 49 rulings", governs); (二)改革内容 (what the reform cove'
             "rs) stays as read; 2 with the cut 二、; in a plan naming no units round 33's count with them stays acce"
             'pted (3, 4)',
             1, [2, 3, 4],
             goals_figures="its figures are the plan's goals, plan-level targets by round 43's decided goal date and "
                           "Round 57's x245_08 (a 目标 section's levels are plan targets) — not written here (this al"
                           'ignment only drops the item)')
write_collected(sys.argv[1])

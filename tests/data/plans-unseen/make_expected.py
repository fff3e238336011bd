"""Builds tests/data/plans-unseen/expected.json from the hand-written answers below.

These plans are the third never-tuned set: never tune the parser on them (see README.md). Only
`line` and `title_starts` are looked up in the text; every answer was written here by reading the
texts, before the parser or the scorer was run on them.

    python tests/data/plans-unseen/make_expected.py tests/data/plans-unseen
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import COVER, PAGES, S, plan, write_collected  # noqa: E402

plan("u01_xialu-2020-qu-zhengfu-zhongdian-gongzuo-zeren-fenjie.txt",
     title="2020年区政府重点工作责任分解", doc_no="",
     issuer="黄石市下陆区人民政府办公室", date="2020-06-28", level="district (Hubei, Huangshi, Xialu)",
     source="http://www.xialuqu.gov.cn/zwgk/zc/qtzdgkwj/202012/t20201222_742409.html — " + PAGES,
     style="district 政府工作报告 task breakdown: page chrome and metadata, the notice title three times (once over t"
           "hree lines with 「通 知」), a cover without signature name, the plan title, a preamble with unquantified "
           "goals, then 一、/(一)/1、 where 1、2、3、 RUN ON across (一)(二); each item ends with an INLINE square-bra"
           "cket label 「[牵头单位:区卫健局;责任单位:…、各街办(新区)]」; the page ends inside item 3",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], ["区卫健局"], ["区疫情防控指挥部成员单位", "各街办(新区)"],
          note="inline [牵头单位:…;责任单位:…] with ASCII ; and :; 各街办(新区) keeps its bracket; "
               "「防松懈、防输入、防反弹」 is a slogan"),
        S(["一", "(一)", "2"], ["区卫健局", "区创文办"],
          ["区疫情防控指挥部成员单位", "区创文工作领导小组成员单位", "各街办(新区)"],
          note="two lead units"),
        S(["一", "(二)", "3"], [], [], skip_deadline=True,
          note="cut after 「积极争取政策」: numbered 3、 under (二) (the 1、2、3、 numbers run on); its units are "
               "not on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the preamble's goals (增幅高于全市平均水平) carry no figures",
            "文号 is empty on the page; 2020年6月28日 is the only date of the cover"])

plan("u02_foping-2024-shi-renda-jianyi-zhengxie-tian-banli-tongzhi.txt",
     title="关于认真做好2024年度市人大代表建议和政协提案办理工作的通知（佛坪县人民政府办公室关于认真做好2024年度市"
           "人大代表建议和政协提案办理工作的通知）",
     title_note="the issuer is a line of its own above the two-line title: with or without it is accepted",
     doc_no="佛政办发〔2024〕9号", issuer="佛坪县人民政府办公室", date="2024",
     level="county (Shaanxi, Hanzhong, Foping)",
     source="http://foping.gov.cn/fpxzf/xzfwj/202406/2674f6dcdc4b48de95fa950b9e131446.shtml — " + PAGES,
     style="county 建议/提案 handling notice (the notice is the plan): issuer line, title over two lines, doc number, "
           "addressee 「各涉关单位:」; 一、 with (一)(二)(三) whose heading word ends with 。 "
           "and the text on the same line; a dated completion deadline without a year (8月5日前) "
           "and a reporting step to 县政府督查室; A/B/C类 "
           "grades; the page ends inside 二、",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], note="主办单位 / 承办单位 are roles, not named units"),
        S(["一", "(三)"], [], [], dl="8月5日前", dln="2024-08-05",
          note="year 2024 from the title; 县政府督查室 / 市政府督查室 / 市人大常委会人代选工委 / 市政协提案委 are "
               "receivers of the replies in prose, not units responsible for the task"),
        S(["二"], [], [], skip_deadline=True,
          note="二、加强沟通协调 has text and no numbered children: an instruction (task); cut at 「加强沟通协」"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "及时将答复函和意见征求表报送县政府督查室", "when": "及时（8月5日前办结时）", "when_norm": None}],
     notes=["「交由我县办理的市人大代表建议和政协提案各1件」 is a count of items received, not a target",
            "counting 二、 as a section (it is cut, its children unknown) gives 3 (accepted)",
            "the page carries no date of issue; 2024 is the year of the title and the page's path (202406)"])

plan("u03_zhangzhen-2023-zhen-zhengfu-zhuyao-gongzuo-anpai-he-renwu-fenjie.txt",
     title="2023年章镇镇政府主要工作安排和任务分解", doc_no="",
     issuer="绍兴市上虞区章镇镇人民政府", date="2023-06-16", level="town (Zhejiang, Shaoxing, Shangyu, Zhangzhen)",
     source="http://www.shangyu.gov.cn/art/2023/6/16/art_1229327865_4065702.html — " + PAGES,
     style="TOWN government's annual work arrangement and task breakdown: metadata flattened from a table (「| ||」 "
           "cells), the title in a table row, then the WHOLE body in ONE line: preamble, a list of growth targets "
           "(增长10%, 9%, 9%以上, 8%, 8%), 「(一)…」 and 「1.构建现代产业体系。…」 inline after spaces; the page "
           "ends inside item 1.",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)", "1"], [], [], skip_deadline=True, line=5, title_starts="构建现代产业体系",
          note="(一) and 1. are inline in one long line after the preamble (line and first words given by hand); "
               "cut at 「强链补链延」; no units on the page"),
     ],
     plan_targets=[{"number": 10, "unit": "%"}, {"number": 9, "unit": "%"}, {"number": 8, "unit": "%"}],
     phases=[], duties=[],
     notes=["plan-level targets: 财政总收入增长10%, 一般公共预算收入增长9%, 工业总产值增长9%以上, "
            "规上工业总产值增长8%, 规上工业增加值增长8%",
            "「“八八战略”实施20周年」 and 「“1336”总体工作要求」 are a name and an anniversary, not targets",
            "the date is the page's publication date (公开日期 2023-06-16); no date of issue in the text"])

plan("u04_changqing-2021-zhengfu-gongzuo-baogao-zhongdian-gongzuo-renwu-fengong-tongzhi.txt",
     title="济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知", doc_no="济长政办字〔2021〕3号",
     issuer="济南市长清区人民政府办公室", date="2021-04-01", level="district (Shandong, Jinan, Changqing)",
     source="http://www.jncq.gov.cn/gongkai/site_changqingquqzfbgsb/channel_6389b6fb3759918282650663/doc_638e0ffb05"
            "38052f6b08a4f3.html — " + PAGES,
     style="cover notice of a 政府工作报告 division of work: page chrome, metadata one value a line (index no., "
           "category, doc no., issuer, two dates, 有效), the notice title on one line and again over two lines, "
           "addressees cut at 「(单位」, numbered instructions 一、 二、 with heading and text on one line, spaces "
           "inside figures (「2021 年」, 「100 周年」); the page ends inside 二、",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], not_targets=[(100, "周年")],
          note="「中国共产党成立 100 周年」 is an anniversary; 「六稳」「六保」「五大重点」 are names"),
        S(["二"], [], [], skip_deadline=True, note="cut at 「细化分解任」"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=[COVER])

plan("u05_dawa-2021-zhengfu-gongzuo-baogao-renwu-fenjie-tongzhi.txt",
     title="",
     title_note="no title in the stored text (it starts at the addressees); the notice issues "
                "《<政府工作报告>任务分解表》",
     doc_no="", issuer="盘锦市大洼区人民政府办公室", date="2021-01-25", level="district (Liaoning, Panjin, Dawa)",
     source="http://www.dawa.gov.cn/2021_02/01_16/content-307974.html — " + PAGES + "; the whole cover is on the "
            "page, the attached table is not",
     style="cover notice only: two UNNUMBERED paragraphs of instructions (牵头单位 / 责任(配合)单位 as roles, "
           "每季度的形象进度, 督查室 oversight), an 附件 line, signature, date, (此件公开发布); no task on the page",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["the tasks are in the attached 任务分解表, which is not in the text: 0 tasks",
            "「明确每项任务的具体责任人和每季度的形象进度」 is an instruction to plan, not a reporting duty; "
            "督查室 适时开展督查督办 is oversight"])

plan("u06_zhangjiachuan-2016-xian-zhengfu-zhongdian-gongzuo-renwu-fenjie-tongzhi.txt",
     title="",
     title_note="no title in the stored text (it starts at the addressees)",
     doc_no="", issuer="县人民政府 (zjc.gov.cn, probably 张家川回族自治县, Gansu; the issuer is not in the text)",
     date="2016", level="county (Gansu, Tianshui, Zhangjiachuan — from the site's domain)",
     source="https://www.zjc.gov.cn/info/1991/138461.htm — " + PAGES + "; the cover is whole, the attached table is"
            " not on the page",
     style="cover notice only: ONE unnumbered paragraph (牵头单位 / 协作和配合单位 as roles, 政府督查室、监察局 "
           "oversight), an 附件 line and blank lines; no signature on the page",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["the tasks are in the attached 2016年县政府重点工作任务分解表, which is not in the text: 0 tasks",
            "「定了就干、干就干成、干就干好」 is a slogan"])

plan("u07_sanshui-2007-qu-zhengfu-gongzuo-zhuyao-renwu-fenjie-tongzhi.txt",
     title="",
     title_note="no title in the stored text (it starts at the addressees); the notice issues "
                "《2007年三水区政府工作主要任务分解表》",
     doc_no="", issuer="佛山市三水区人民政府", date="2007-04-13", level="district (Guangdong, Foshan, Sanshui)",
     source="https://jxtv3.com/html/.zfwjzcjd.201208t20120810_3827283.html (a mirror of the notice) — " + PAGES,
     style="cover notice of a 政府工作报告 breakdown: two numbered instructions, one with a dated filing duty "
           "「于4月20日(星期五)前上报区督查组」 (year only in the closing date written 「二○○七年四月十三日」) and "
           "a phone number and e-mail, the other a quarterly report 「在每季度末(分别在6月、9月和12月底)」; 附件 line, "
           "date, a stray 「|」",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="于4月20日(星期五)前", dln="2007-04-20",
          note="各牵头单位 is a role; 区督查组 is the receiver; 87768003 is a phone number, ssdcs@ss.gov.cn an e-mail; "
               "the year comes from 二○○七年 (○ for zero)"),
        S(["二"], [], [], skip_deadline=True, note="quarterly rhythm, not one deadline"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将细化实施方案并明确联系人、联系电话上报区督查组", "when": "于4月20日(星期五)前",
              "when_norm": "2007-04-20"},
             {"what": "每季度末将本部门完成任务的进展情况以书面和电子邮件的形式报区督查组",
              "when": "每季度末(分别在6月、9月和12月底)", "when_norm": "quarterly (end of June, September, December)"}],
     notes=[COVER, "区第十四届人大第二次会议 is a session name, not a figure"])

plan("u08_xingqing-2018-zhengfu-gongzuo-baogao-mubiao-renwu-he-wei-min-banshishi-tongzhi.txt",
     title="关于做好2018年政府工作报告主要目标任务和为民办实事的通知", doc_no="",
     issuer="银川市兴庆区人民政府办公室", date="2018-08-16", level="district (Ningxia, Yinchuan, Xingqing)",
     source="http://www.xqq.gov.cn/zmhd/yjzjjgfk/201808/t20180819_980141.html — " + PAGES + "; the cover is whole,"
            " the three attached tables are not on the page",
     style="cover notice of a 政府工作报告 + 为民办实事 breakdown: title without issuer, three numbered instructions "
           "whose heading is a line of its own and the text the next line, an unnumbered sentence about successors, "
           "an 附件 list 「附件:1.2018年《政府工作报告》…」 / 「2.2018年民生十件实事…」 / 「3.银川市…」 (numbers "
           "glued to a year: not tasks), signature, date, page chrome",
     leaf_tasks=3, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note="「年初公布、年中检查、年底兑现」 is a principle, not a deadline"),
        S(["二"], [], [], note="牵头责任单位 / 各相关单位 are roles"),
        S(["三"], [], [],
          note="「年初建账、逐月查账、年底交账」 is the office's oversight (督查制度), not the units' reporting duty"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=[COVER, "the 附件 list (1.2018年… / 2.2018年… / 3.银川市…) names attachments, not tasks; "
            "兴庆区2018年民生十件实事 is a name, not a target"])

plan("u09_tongshan-2022-xian-zhengfu-zhongdian-gongzuo-renwu-fenjie-tongzhi.txt",
     title="县人民政府关于分解落实 2022年县政府重点工作任务的通知", doc_no="",
     issuer="通山县人民政府", date="2023-03-09", level="county (Hubei, Xianning, Tongshan)",
     source="http://tongshan.gov.cn/zc/xxgkml/qtzdgkwj/zczxjlsqk/202303/t20230309_2992244.shtml — " + PAGES,
     style="county cover notice of a 政府工作报告 task breakdown: title (with a space) as the first line, metadata in "
           "wide-spaced label lines, addressees, two numbered instructions with heading line and text paragraph; "
           "the page ends inside 二、",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note="各乡镇、各部门主要负责人 are roles; 「第一责任人」 is a role"),
        S(["二"], [], [], skip_deadline=True, note="「深实严细久」「拼抢实」 are slogans; cut at 「确保各项」"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=[COVER, "the only date is the page's 发布日期 2023-03-09 (发文日期 empty); 县十九届人民代表大会一次会议 "
            "is a session name"])

plan("u10_xialu-2023-jiceng-zhili-chuangxin-shiyanqu-gongzuo-fangan.txt",
     title="下陆区创建全省基层治理创新实验区工作方案", doc_no="",
     issuer="中共下陆区委办公室、下陆区人民政府办公室", date="2023-11-03", level="district (Hubei, Huangshi, Xialu)",
     source="https://xialuqu.gov.cn/zwgk/zfxxgkml/qzbmzsjg/qmzj/zc/zfwj_1/202312/t20231213_1078960.html — " + PAGES,
     style="district work plan issued jointly by the party committee's and the government's offices: page chrome, "
           "metadata, notice title twice, cover with two signatures, the plan title over two lines "
           "(「…创新实验区」 / 「工 作 方 案」, letters spaced), preamble, 一、指导思想 (prose), "
           "二、工作目标 (cut after a few words)",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["only two top-level sections are on the page, neither with numbered items: 0 tasks by the convention; "
            "since 二、 is cut (its children unknown), taking 工作目标 or both sections as tasks is accepted (1, 2)",
            "「武汉市武昌区等24个单位」 is inside a cited document's title: not a target"])

plan("u11_xxzhen-2023-chuangjian-quanguo-wenming-chengshi-shishi-fangan.txt",
     title="镇2023年度创建全国文明城市工作实施方案", doc_no="",
     issuer="某镇 (the page writes XX镇 / XX县)", date="2023", level="town (province not named: XX县)",
     source="http://haowensou.com/index/article/detail/detail_id/54764.html (a copy with the place names replaced by "
            "XX) — " + PAGES + "; the page holds the plan's first three sections",
     style="TOWN implementation plan copied to a text site: title without its place name (「镇2023年度…」), "
           "一、工作目标 and 二、组织机构 as prose (leading group with a named office director), 三、工作步骤 with a "
           "phase item 「(一)宣传发动阶段(1月—2月)。…」 (month range with an em dash, no year)",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=["一、工作目标", "二、组织机构"],
     samples=[
        S(["三", "(一)"], [], [], dl="(1月—2月)", dln="2023-02",
          note="a phase item; the year 2023 comes from the title; the end of the range is the deadline"),
     ],
     plan_targets=[],
     phases=[{"name": "宣传发动阶段", "start": "2023-01", "end": "2023-02"}],
     duties=[],
     notes=["程桢恒 is a person (the office director), not a unit; 党委书记 / 镇长 / 宣传委员 are roles",
            "《XX县2021-2023年创建全国文明城市工作责任分解表》 is a cited document: "
            "2021-2023 is not a target or phase"])

plan("u12_xiongan-2021-xiangcun-zhenxing-nongye-nongcun-xiandaihua-shishi-fangan.txt",
     title="全面推进乡村振兴加快农业农村现代化的实施方案", doc_no="雄安发〔2021〕5号",
     issuer="中共河北雄安新区工作委员会、河北雄安新区管理委员会", date="2021-03-15",
     level="new area (Hebei, Xiong'an; above three counties)",
     source="http://xiongan.gov.cn/2021-03/23/c_1211080104.htm — " + PAGES,
     style="implementation plan of a party working committee and an administrative committee jointly: doc number "
           "first, two issuer lines, the notice title, addressees (three counties' committees and governments), "
           "cover, two signatures, date, (此件公开发布), the plan title over two lines, preamble citing "
           "中发〔2021〕1号 and 冀发〔2021〕1号, 一、总体要求 (一)指导思想。… (cut)",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], skip_deadline=True,
          note="cut inside (一); no units; 「五位一体」「四个全面」 are names"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["省委九届十一次、十二次全会 and 十九届二中、三中、四中、五中全会 are session names"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """``align29`` of round 30: the note reads "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was, now = f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — "
    s["note"] = s["note"].replace(was, now, 1)


align30('u02_foping', ['一', '(三)'], [], ['主办单位', '县政府督查室'], '「主办单位以县政府文件按统一格式行文,并负责将纸质文件直接送代表、提案者」「由县政府督查室负责分别寄送市政府督查室、市人大常委会人代选工委或市政协提案委」: the subject of 负责 and the agent of 由…负责, in printed order, no lead; the bodies the replies are sent to are receivers (rule 3)')  # noqa: E501

# Round 62 (align85): u11_xxzhen aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2 — named there for a later alignment) (README, round 62)
from aligned_rulings import align76  # noqa: E402

align76('u11_xxzhen', None, '「二、组织机构 …特成立XX镇创建全国文明城市工作领导小组,由党委书记任组长,…负责统筹、指挥、协调全镇创建全国文明城市工作。…领导小组下设办公室,由行政审批办主任程桢恒兼任办公室主任。」 (u11 二, the text of plans-next3 k04): a point that sets a group up and gives it work by 负责 is a task naming none (rule 3; round 73); not sampled',  # noqa: E501
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); named by Round 84 for a later alignment, aligned by align85; section → task, 1 → 2, 1 stays accepted",  # noqa: E501
        ruling="Round 84 rulings", rnd=62, counts={'leaf_tasks': 2, 'count_alternatives': [1], 'childless_top_level_sections': ['一、工作目标']})  # noqa: E501

write_collected(sys.argv[1])

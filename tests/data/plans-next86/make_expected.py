# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next86/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 29 (built by helper c86): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md (round 29's ruling on units written in
sentences). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next86/make_expected.py tests/data/plans-next86
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
R1 = "CONVENTIONS.md rule 1: no label, heading or units line gives this item units"
R2NONE = ("CONVENTIONS.md rule 2: no clause of the item makes a body the doer in the ruled forms (由A…, A牵头, "
          "A负责/具体负责/主责/组织实施/实施/落实, A会同B…): lead = [], responsible = []")
CALL = "「各单位要…」 is a general call (CONVENTIONS.md rule 3), no unit"
TOP = ("counting: top-level points, each a heading over unnumbered paragraphs (no numbered child), each read as one task "
       "(plans-next79 x79_01, plans-next72 x72_04; the plans-dev 03 exception); 0 accepted (the strict "
       "childless-section rule of plans-dev EXPECTED.md lines 21–25)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x86_01_shanghai-daoyunju-2022-gaosu-gonglu-yongdu-jiedian-gaishan-tongzhi.txt"

plan(X01,
     title="关于开展高速公路拥堵节点改善提升工作的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运设运〔2022〕146号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2022-09-26",
     level="city bureau (Shanghai), to 市道运中心, the expressway project companies and the district transport commissions",
     source=shanghai_source("市政与基础设施", "关于开展高速公路拥堵节点改善提升工作的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=22c1cd8dc3c447e6b21b8483b7caedaf&siteId=0010", 1138),
     style="a short notice: a cover paragraph (「请市道运中心、各项目公司和各相关区交通委开展…深化研究」), two headed points "
           "一、养护专项 / 二、小改小革项目 over unnumbered paragraphs with dates (2022年底前; 2023年启动, 2023年内, 2024年), an "
           "unnumbered closing paragraph 「请各项目主体牵头开展立项研究，会同公安交警、属地交通等部门…」, an ASCII colon after "
           "the addressees, road codes with digits (G60, S4/S32, G1503), an attached task list not stored",
     leaf_tasks=2, count_alternatives=[0, 3],
     leaf_tasks_by_section={"一、 (养护专项)": 1, "二、 (小改小革项目)": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], targets=[(5, "个")], dl="2022年底前", dln="2022-12-31",
          note="「5个主要涉及交通标志标线调整的节点纳入养护专项实施…相关养护专项应于2022年底前完成」: the quantity of the "
               "item's work (5个节点) is its target (CONVENTIONS.md, targets); the date is its deadline. Units: " + R1 + "; "
               + R2NONE + " (the cover's 「请市道运中心、各项目公司和各相关区交通委开展…深化研究」 is a request to the "
               "addressees in the cover, not a ruled clause of a section's lead-in, rule 4); the road codes (G2, S4/S32, "
               "G60, S20-S6-S7) are names with digits, not targets"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=[TOP + "; 3 accepted (the closing 「请各项目主体牵头…」 paragraph read as a task of its own)",
            "samples: one of 2. 二、 is not sampled: the closing paragraph after it (「请各项目主体牵头开展立项研究，会同公安交警、"
            "属地交通等部门深化方案」) stands in 二、's body up to the end (CONVENTIONS.md rule 2 would give 二、 lead 各项目主体 "
            "and partners 公安交警 / 属地交通) but speaks of all the nodes of both points, so it may equally be read as the "
            "notice's closing instruction (plans-next79 left x79_01 六、 out for the same reason); 二、's dates would be "
            "2024 (the last written: 「6个项目应于2024年完成」) with 2023 as another",
            "figures: 15个拥堵节点 (cover), 5个 (一、), 11个 / 5个 / 6个 (二、); not checked at plan level; no duties (the 附表 "
            "is a reference), no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x86_02_shanghai-shijianju-2022-chengzhen-ranqi-anquan-zhengzhi-bairi-xingdong-zhuanfa-tongzhi.txt"

plan(X02,
     title="上海市市场监督管理局关于转发《上海市安全生产委员会关于印发上海市城镇燃气安全整治“百日行动”工作方案的通知》的通知",
     title_note="the notice title (the first line; the stored text prints it twice)",
     doc_no="沪市监特种〔2022〕401号 (from the index)",
     issuer="上海市市场监督管理局",
     date="2022-09-13",
     level="city bureau (Shanghai), to the district market-supervision bureaus, its divisions, its enforcement corps and institutions",
     source=shanghai_source("市政与基础设施", "上海市市场监督管理局关于转发《上海市安全生产委员会关于印发上海市城镇燃气安全整治“百日行动”工作方案.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=2c984ad6833b77d7018343db8bb52435&siteId=0019", 1553),
     style="a forwarding notice (the forwarded 工作方案 is not stored) with three headed points 一、–三、 over one paragraph "
           "each, every one addressed to 「各单位要…」; a monthly sending 「每月5日、25日前」 and a dated one 「10月15日前」 (no "
           "year written); an attached form not stored",
     leaf_tasks=3, count_alternatives=[0],
     leaf_tasks_by_section={"一、–三、 (top-level work points)": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], note="「各单位要按照…落实工作职责」: " + CALL + " (「各单位」 is the plain addressee group, not a kind of body: "
                       "the round-29 general call 「各单位应…」); " + R1 + "; " + NODATE),
        S(["二"], note="「各单位要严查违法违规行为…」: " + CALL + "; 「要及时向当地政府和安全生产委员会报告」 is a case "
                       "(「对于重大事故隐患」) and a receiver (rule 3), not a unit, and not taken as a duty; " + NODATE),
        S(["三"], dl="10月15日前", dln="2022-10-15",
          note="「各单位于每月5日、25日前报送…，10月15日前报送工作总结」: the one dated step is the item's deadline, its year "
               "the notice's (2022, as plans-next79 read 「3月底前」); the monthly sendings are a rhythm (duty), not a date; "
               + CALL),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各单位于每月5日、25日前报送《燃气整治进展情况表》", "when": "每月5日、25日前", "when_norm": "monthly"},
             {"what": "10月15日前报送工作总结及《燃气整治进展情况表》", "when": "10月15日前", "when_norm": "2022-10-15"}],
     notes=[TOP,
            "units: none anywhere — every point speaks to 「各单位」 (rule 3's general call); the partners named in 一、 "
            "(应急、住房城乡建设管理部门) are bodies to coordinate with, not doers",
            "dates: 10月15日前 → 2022-10-15 (the notice's year); 每月5日、25日前 monthly; the forwarded plan's 百日 is a name"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x86_03_shanghai-shuiwuju-2022-shenghuo-yinyongshui-weisheng-biaozhun-shishi-tongzhi.txt"
LUOSHI = ("CONVENTIONS.md rule 2: 「A…落实…」 makes A a doer of the item's work (the subject of 落实; a kind of body, like "
          "物业服务企业): responsible A, lead [] (A alone accepted as lead)")

plan(X03,
     title="上海市水务局关于推进《生活饮用水卫生标准》（GB5749-2022）实施工作的通知",
     title_note="the notice title (the first line; the stored text prints it twice, then the number)",
     doc_no="沪水务〔2022〕471号",
     issuer="上海市水务局",
     date="2022-07-12",
     level="city bureau (Shanghai), to the district water bureaus, 上海城投水务（集团）有限公司 and the water-supply firms",
     source=shanghai_source("市政与基础设施", "上海市水务局关于推进《生活饮用水卫生标准》（GB5749-2022）实施工作的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=b5b9655bfa5b4ac5928ef9d1b77b3bd2&siteId=0004", 2203),
     style="a notice of five headed points 一、–五、 over one paragraph each, the work written for 各供水企业 (and once for "
           "named centres) in 应 / 要 sentences; dates inside the text (今年年底前, 2022年底前, 2023年1月1日起, 2023年一季度); "
           "standard numbers with digits (GB5749-2022, DB31/T 1091-2018), counts of the standard's indices (106项, 97项, 43项 …)",
     leaf_tasks=5, count_alternatives=[0],
     leaf_tasks_by_section={"一、–五、 (top-level work points)": 5},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各供水企业"], lead_alternatives=[["各供水企业"]], not_targets=[(106, "项")],
          note="「各供水企业应积极贯彻落实达标工作」 (and 「各供水企业要…组织开展好…学习宣贯工作」, 组织＋verb, rule 2 as amended): " + LUOSHI + "; the counts of the standard's indices (106项 → 97项, "
               "43项, 54项 …) describe the standard (past and present facts), not the item's work: not targets; " + NODATE),
        S(["三"], note="「各供水企业应进一步强化水厂工艺管控，完善…，精准控制…」: the verbs are none of rule 2's (no 负责/实施/"
                       "落实, no 由, 牵头, 会同): " + R2NONE + "; " + NODATE),
        S(["五"], [], ["各供水管理部门", "各供水企业"], dl="2023年一季度", dln="2023-03",
          other_deadlines=[{"deadline": "2022年底前", "deadline_norm": "2022-12-31"}],
          note="「各供水管理部门要…全面落实属地管理责任；各供水企业要…落实供水安全主体责任」: two subjects of 落实 in one "
               "item → both, in printed order (CONVENTIONS.md rule 2, several clauses); lead []. Dates: the last written "
               "is the deadline (「2023年一季度作为试运行过渡期」 → 2023-03; plans-next80's reading), 「2022年底前完成…准备"
               "工作」 the other; 「2023年1月1日起」 a start"),
     ],
     plan_targets=[],
     phases=[{"name": "试运行过渡期", "start": "2023-01", "end": "2023-03"}],
     duties=[{"what": "各供水企业应做好过渡期内水质报表的统计和报送工作", "when": "2023年一季度", "when_norm": None}],
     notes=[TOP,
            "samples: 三 of 5; 二、 is not sampled (its 「落实工作经费」 has 各供水企业实验室 as subject, a reading of rule 2 "
            "that would make a laboratory the unit; its dated step is 「力争今年年底前」 → 2022-12-31); 四、 reads like 三、",
            "units: 各供水企业 / 各供水管理部门 are kinds of bodies (rule 2's 「a kind of body」), taken only where the ruled verb "
            "落实 makes them doers (一、, 五、); sentences with other verbs (强化, 完善, 制定, 开展, 关注) give none",
            "phase: 「2023年一季度作为试运行过渡期」 names a period with its months → 试运行过渡期 2023-01→2023-03",
            "not targets: GB5749-2022 / GB5749-2006 / DB31/T 1091-2018 (standard numbers), the index counts; 55项参考指标 "
            "(二、) is the standard's count too"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x86_04_shanghai-daoyunju-2022-gonglu-mingming-xiafang-guanli-tongzhi.txt"

plan(X04,
     title="关于规范公路命名等事项下放后管理工作的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运设养〔2022〕54号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2022-03-15",
     level="city bureau (Shanghai), to five district construction/transport commissions (浦东, 嘉定, 青浦, 松江, 奉贤)",
     source=shanghai_source("市政与基础设施", "关于规范公路命名等事项下放后管理工作的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=7b19f7c9f8a64742bb16e2b5aaf2be55&siteId=0010", 1670),
     style="a notice of requirements after a devolution of approvals: 一、总体要求 (one paragraph, a section), 二、具体要求 "
           "（一） 1.–4. and （二） 1.–5. written for 审批单位 / 各区道路管理部门 in 应 sentences (one 「A应会同B审核」), an "
           "unnumbered closing paragraph with a copy-to duty, two contact persons with phone numbers and a run of spaces 「郭  瑞」",
     leaf_tasks=9, count_alternatives=[10],
     leaf_tasks_by_section={"二、（一） 公路命名": 4, "二、（二） 城市道路、公路废弃": 5},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "（一）", "2"], skip_deadline=True,
          note="「命名工作应当在新建公路通车的三个月前完成批复」: a limit relative to an event: the deadline is not checked; "
               + R1 + "; " + R2NONE),
        S(["二", "（一）", "4"],
          note="「审批单位应严格审查…」: a category acting with 应 and no ruled verb: " + R2NONE + "; " + NODATE),
        S(["二", "（二）", "1"], ["各区道路管理部门"], ["各区道路管理部门", "区规划资源部门"], lead_alternatives=[[]],
          note="「各区道路管理部门应会同区规划资源部门审核，并征求公安交通管理部门的意见」: CONVENTIONS.md rule 2, 「A会同B"
               "＋verb」 → lead A (lead [] accepted), responsible A, B; the body whose opinion is sought (公安交通管理部门) is "
               "consulted, not a doer (rule 3's receivers); " + NODATE),
        S(["二", "（二）", "4"],
          note="「各区道路管理部门审核同意废弃道路后，应当书面批复…办理…手续…督促做好…善后事宜」: a kind of body acting with "
               "应当 and verbs outside rule 2 (批复, 办理, 调整, 督促): " + R2NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将相关事项办理结果抄送市道路运输管理局和市道运中心", "when": "未写明", "when_norm": None}],
     notes=["counting: 一、总体要求 is a childless section (plans-dev EXPECTED.md lines 21–25); 二、 （一） 1.–4. + （二） 1.–5. → "
            "**9** (the notice names no unit as a label anywhere, so every numbered leaf counts — round 25). Accepted 10 "
            "(the closing 「各区在具体事项办理过程中…」 paragraph as a task)",
            "units: only （二）1. has a ruled clause (会同); 审批单位 / 各区道路管理部门 elsewhere act with 应 and other verbs",
            "dates: none; 「三个月前」 relative (not checked); phone numbers 23196038 / 23196036 are not targets (no sample "
            "holds them)",
            "duty: the copy of results to 市道路运输管理局 and 市道运中心 (closing paragraph); the 年度行业考评 is an appraisal, "
            "not a duty"])

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x86_03', None, 'a regulated party\'s filing is no duty', '「各供水企业应做好过渡期内水质报表的统计和报送工作」: the regulated water suppliers\' water-quality returns to their regulator', drop_duties=['各供水企业'])
write_collected(DIR)

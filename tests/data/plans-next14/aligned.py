"""plans-next14's answers as later rounds aligned them to tests/data/CONVENTIONS.md (rounds 30–32), each call
naming its ruling and the words read; imported by make_expected.py after the plans are written and before they are
collected (kept apart so the plans' own answers stay one file under the 700-line limit)."""
# ruff: noqa: E501
# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """``align29`` of round 30: the note reads "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was, now = f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — "
    s["note"] = s["note"].replace(was, now, 1)


align30('t07_chongming', ['四', '（二）'], ['区规划资源局'], ['区规划资源局'], '「区规划资源局牵头各乡镇建立健全拟入市地块项目计划库」: 「A牵头」, lead and responsible A; 「各乡镇应稳步开展排摸…」 has no rule-2 verb')
align30('t07_chongming', ['四', '（八）', '3'], ['区规划资源局'], ['区规划资源局', '区农业农村委'], '「由区规划资源局会同区农业农村委等相关职能部门对入市方案核提意见」: 「由A会同B＋verb」, lead A (lead [] accepted), responsible A, B (等相关职能部门 closes the list); 入市主体 applies to 区规划资源局 (a receiver there, rule 3)', alt=[[]], rule='2 and 3')
align30('t08_jiading', ['六', '1'], [], ['区投资促进工作领导小组'], '「区投资促进工作领导小组负责总体推进全区低效产业用地盘活工作」: the subject of 负责 is responsible, no lead (A alone accepted as lead); 区级各职能部门各司其职、密切配合 follows no 牵头 clause, 各街镇要…制定 has no rule-2 verb', alt=[['区投资促进工作领导小组']])
align30('t09_baoshan', ['四', '（一）'], [], ['区规划资源局', '区经委', '各镇', '园区'], '「每年四季度由区规划资源局、区经委制定年度目标总量，分解下达各镇、园区，再由各镇、园区根据任务量提出具体处置地块明细并制定可行性方案」: the agents of 由 with verbs of doing, in printed order, no lead; 工作小组 研究 approves (rule 3)', rule='2 and 3')
align30('t09_baoshan', ['四', '（二）', '1'], ['各镇', '园区'], ['区低效产业用地处置工作小组', '各镇', '园区', '相关企业'], '「区低效产业用地处置工作小组组织召开联席会议」「各镇、园区应会同相关企业根据经批准的处置方案对相关低效产业用地进行改造开发利用」「各镇、园区…落实监管的主体责任」: the subject of 组织＋verb, 「A会同B＋verb」 and the subject of 落实 — lead A (lead [] accepted), responsible all the bodies in printed order; 「区相关部门应及时予以政策指导，共同配合推进实施」 guides (rule 3) and 配合 follows no 牵头 clause', alt=[[]], rule='2 and 3')
align30('t09_baoshan', ['四', '（三）'], [], ['各职能部门'], '「由各职能部门按照全生命共同监管要求，对开竣工、投达产、税收、环保等内容进行重点跟踪监管」: the agent of 由 with a verb of doing is responsible, no lead; 工作小组定期汇总 has no rule-2 verb')
# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('t06_fengxian', ['四', '(二)'], [], ['各属地政府', '区级违法用地综合整治协调机制成员单位'], "「各属地政府要…;要组织规划资源、城管执法、…等条线力量，开展联合执法」「区级违法用地综合整治协调机制成员单位要落实土地监管共同责任」: the subject of 「A组织B＋verb」 and the members' own work with 落实 (round-30 clarification) are responsible, in printed order, no lead; 区规划资源局加强…沟通协调 has no rule-2 verb")  # noqa: E501
align31('t09_baoshan', ['三', '（一）'], [], ['镇', '园区', '区土地储备中心'], '「重新收储完成后，由镇、园区根据产业发展导向和年度出让计划，重新开展地块出让工作」「收回的土地由区土地储备中心重新收储出让」: agents of 由 with verbs of doing, in printed order, no lead; 「镇、园区」 is two names as printed (round-30 clarification: 「各镇、园区」 two); 「溢价不超过20％的，由镇政府或园区管委会…」「溢价超过20％的，…」 are cases and 经区规划资源局调查认定报区政府批准 approvals (rule 3); 「由原土地权利人制定…」 is an applicant', rule='2 and 3')  # noqa: E501
align31('t09_baoshan', ['三', '（二）'], ['镇', '园区'], ['镇', '园区', '区规划资源局', '新竞得人'], "「由镇、园区牵头区相关部门提前介入司法拍卖流程」 (由A牵头: lead A; 区相关部门 is the object of 牵头, not a 配合 partner), 「由区规划资源局与新竞得人重新签订出让合同」 (由A与B签订: both doers, round-30 clarification), 「由镇、园区搭建平台」 — by kind of transaction (a kind of object, not a contingency: rule 3's case is 「a contingency, not the item's work」); 「镇、园区」 two names as printed; 「由竞得人直接到区确权登记中心办理…登记手续」 an applicant", rule='2 and 3')  # noqa: E501

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('t09_baoshan', ['二', '（四）'], [(5, '万元/亩')],
                   '「亩产税收低于5万元/亩的工业项目用地」: joined to 低于, a threshold picking the land')
align31_thresholds('t09_baoshan', ['三', '（三）'], [(50, '%')],
                   '「物业可转让不超过50%」: a ceiling joined to 不超过')
# round 31: answers aligned (ro31) to tests/data/CONVENTIONS.md — checks the sentence-unit reader (on from round 31)
# reads by the ruling that the answers, written before it, read as prose (README, "Round 31: answers aligned (ro31)")
from expected_tools import align31  # noqa: E402

align31('t06_fengxian', ['四', '(三)'], [], ['各属地政府'], "「各属地政府要按照验收标准严格落实整治」: a group named by a kind with 落实 is a doer (round-30 clarification), responsible, no lead; 「由负责接收的政府(部门)完成财物交接」 names no body (a description of one, as 「经A认定的企业」)")  # noqa: E501

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('t04_shanghai', ['二', '（三）', '7'], 'comparison words',
        '「高度≥150米的建（构）筑物工程或开挖深度≥15米的基坑工程等特定项目，建设单位应开展单独评估」: 150米 and 15米 joined to ≥, thresholds '
        'that pick the projects', to_target=[(150, '米'), (15, '米')])
align32('t08_jiading', ['二', '1'], 'comparison words',
        '「已投资额占总投资额不足25％，终止开发建设满一年的国有建设用地」: 25% joined to 不足, a threshold that picks the land the item '
        'treats as 闲置 (满一年 has no comparison word; 不足三分之一 is a fraction)', to_target=[(25, '%')])
align32('t10_fengxian', ['附件1', '四', '(一)'], 'a designation is a doer',
        '「涉农镇人民政府、街道办事处是优先保护类耕地集中区域土壤环境保护工作的责任主体，落实…各项任务」: designated 责任主体 and the subject '
        'of 落实 (rule 2) — responsible, no lead; 「区农业农村、生态环境、规划资源等部门按照各自职责协调、指导、督促…」 guides (协调／指导／督促 '
        'are no rule-2 verbs)', lead=[], resp=['涉农镇人民政府', '街道办事处'])
align32('t04_shanghai', None, 'a regulated party\'s filing is no duty', '「建设单位…将工程建设方案和防止对地下水产生不利影响的措施方案报有管理权限的水行政主管部门备案」: the builder regulated by the item files with a regulator (policy content, like an applicant)', drop_duties=['建设单位将工程建设方案'])
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('t03_shanghai', S32(['三'], ['市规划资源局'], ['市规划资源局', '市水务局', '其他相关部门', '各区规划资源局', '水务局'],
          line=57, title_starts='组织分工',
          note='「本市水资源基础调查工作由市规划资源局牵头，市水务局及其他相关部门配合」 (由A牵头, B配合), then paragraphs opening 市规划资源局 (负责), 市水务局, 「各区规划资源局、水务局配合…」; the 相关直属单位 sentences name no body of their own; no date'),
          'a childless section of unit paragraphs', '「三、组织分工」 has no numbered children; its four unnumbered paragraphs give the survey\'s units (the first 由A牵头, the others each opening with a body): one task, its units all the paragraphs\' bodies in printed order',
          '三、组织分工', leaf_tasks=43, count_alternatives=[4, 10, 21, 33])

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — doers the round-32 reader reads (a modal, an
# adverb or a first verb between a body and its verb of rule 2; 定期 before 组织; designations) that the answers,
# written before the round-29 ruling, read as prose (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('t05', ['三', '（一）'], [], ['市、区规划资源部门'], '「市、区规划资源部门要严格落实《行动方案》明确的任务分工」: the subject of 落实 (a modal and an adverb between) is responsible, no lead; 「市、区X部门」 one name (round-30 clarification); 「市局相关部门要加大对…的指导」 guides (rule 3)')  # noqa: E501
align32_units('t06', ['六', '(一)'], [], ['各属地街镇', '相关街镇'], '「各属地街镇是承担存量违法用地综合整治主体责任」 (a designation is a doer, round 32) and 「相关街镇要严格落实属地管理责任」 (the subject of 落实): responsible in printed order, no lead')  # noqa: E501
# round 33 (p33u): answers aligned to tests/data/CONVENTIONS.md "Round 33 rulings", read at the item (README, round 33)
from expected_tools import align33_units  # noqa: E402

align33_units('t07_chongming', ['四', '（二）'], ['区规划资源局'], ['区规划资源局', '各乡镇'],
              '「由A牵头B、C＋verb」 reads as 「由A牵头，B、C配合」 (lead A; responsible A, B, C) — 「区规划资源局牵头各乡镇建立健全拟入市地块项目计划库」')  # noqa: E501

# round 33 (p33v): an item of unit paragraphs read by rule 2
align33_units('t09_baoshan', ['五', '（二）'], ['区经委', '区发展改革委', '区国资委', '区财政局'],
              ['区规划资源局', '区经委', '区投促办', '区发展改革委', '区国资委', '区财政局', '各镇政府', '园区管委会'],
              'rule 2 (several clauses in one item: all their bodies, in order; 「A牵头（负责）」 leads; a designated 责任主体 with 负责 is a doer, round 32) — 「区规划资源局负责…」「区经委牵头负责…」「区投促办负责…」「区发展改革委牵头负责…」「区国资委牵头负责…」「区财政局牵头对…给予…支持」「各镇政府、园区管委会是…责任主体，负责…」; 「其他相关部门…支持…」 uses no verb of rule 2')  # noqa: E501

# round 35 (p35c): answers aligned to tests/data/CONVENTIONS.md's "Round 35 rulings, written early" (Units), read at
# the item's text, never from parser output (README, "Round 35: answers aligned (p35c)")
from expected_tools import PLANS as _PLANS35  # noqa: E402


def _align35(file, path, resp, ruling, words):
    """One sample's units aligned: responsible ``resp`` in printed order, no lead (a single unit also accepted as the
    lead); the note starts 「aligned round 35: <ruling> — <words> (old → new)」."""
    s = next(s for p in _PLANS35 if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was = f"lead {s['lead']}, responsible {s['responsible']}"
    s["lead"], s["responsible"] = [], list(resp)
    s.pop("lead_alternatives", None)
    if len(resp) == 1:
        s["lead_alternatives"] = [list(resp)]
    s["note"] = (f"aligned round 35: {ruling} — {words} ({was} → lead [], responsible {list(resp)}); the earlier "
                 "reading: " + s.get("note", ""))

_align35('t10_fengxian', ['附件1', '四', '(一)'], ['区农业农村、生态环境、规划资源等部门', '涉农镇人民政府', '街道办事处'], 'a heading that gives out work (CONVENTIONS round 35, Units: 职责分工／责任分工／工作分工／任务分工／职能分工／部门职责／管理职责／管理体制／管理责任, and 「明确部门职责」)',
         '（一）明确职责分工: 「区农业农村、生态环境、规划资源等部门按照各自职责协调、指导、督促本区…工作」 is work given to the departments under the heading (fields sharing one head 等部门: one name as printed), then 「涉农镇人民政府、街道办事处是…责任主体，落实…」')

# round 50 (p50d): answers aligned to tests/data/CONVENTIONS.md "Round 51 rulings" (Targets, governing rounds 34, 37,
# 38, 40, 49 over round 30's bare line: a figure inside a noun naming a kind is a class), read at the item (README,
# "Round 50: answers aligned (p50d)")
from expected_tools import align50_not_targets  # noqa: E402

align50_not_targets('t04_shanghai', ['二', '（三）', '7'], 'Round 51 rulings (Targets: a figure inside a noun naming a kind is a class)',
                    '「对…高度≥150米的建（构）筑物工程或开挖深度≥15米的基坑工程等特定项目，建设单位应开展单独评估」: the bands stand inside '
                    'the nouns naming the kinds of project the rule covers (…的建（构）筑物工程, …的基坑工程); the item builds or reaches none '
                    'of them (round 40)', [(150, '米'), (15, '米')])

# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Tasks, turned; p51e) — 主要目标 items that state aims give no work,
# no tasks in any plan (rounds 49, 58); the sample dropped, the count without it (README, "Round 52")
from expected_tools import _sample32  # noqa: E402

_p, _s = _sample32('t04_shanghai', ['一', '（三）'])
_p["samples"].remove(_s)
_p["leaf_tasks"], _p["count_alternatives"] = 17, [14, 20]
_p["notes"].append('aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): 基本原则 items that state a stance and '
                   "主要目标 items that state aims give no work, no tasks in any plan (rounds 49, 58): 一、总体要求 （一）–（三） are "
                   "not counted and the sample on 一/（三） is dropped (leaf_tasks 20 → 17, count_alternatives [14] → [14, 20]); "
                   "the earlier count 20 stays accepted (round 33)")

# round 53 (p53a): CONVENTIONS.md "Round 62 rulings" (Units, turned; p52d) — a comma between a subject and its modal does
# not part them (round 36's topic across a clause; round 41's carried subject), read at the item (README, "Round 53")
_p, _s = _sample32('t05_shanghai', ['三', '（二）'])
_s["responsible"] = ["各区规划资源部门", "派出机构"]
_s["responsible_alternatives"] = [[]]   # (rv53: the earlier reading stays accepted)
_s["note"] = ('aligned round 53 to CONVENTIONS.md "Round 62 rulings" (turned): a comma between a subject and its modal does '
              "not part them (rounds 36, 41): 「各区规划资源部门和派出机构，要明确…，切实落实好…政策要求」 — 落实 (rule 2) with the "
              "subject carried over the clauses before it, 和 two names (round 34): responsible [] → [各区规划资源部门, 派出机构], "
              "no lead; the earlier reading stays accepted (rv53). Earlier note: " + (_s.get("note") or ""))

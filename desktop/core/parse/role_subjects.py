"""The parties of a works or tender procedure named by their role as the subjects of an article — CONVENTIONS.md
Round 47 rulings, q44c (governs): 建设单位, 施工单位, 监理单位 (x183_02), 代理机构 (x190_02), 招标人, 中标人 are bodies
named by a kind. With a rule-2 form they are doers (round 34), and in articles they are doers as the subject of any
verb of doing (round 44): 「监理单位应当将文明施工纳入监理范围」「施工单位在竣工备案手续完成后应当及时向建设单位移交
场地」. ``article_subjects`` reads departments only (a regulated party named none before the ruling); this module
names the role-like kinds it may also take as a subject, so that the article reader keeps one test of the verb after
the subject (its modal, a step before it, no option or verb of being or having). A person's role (负责人, 项目经理)
never is one (round 30): the list ends on the role's own word, so 「建设单位项目负责人应当…」 names none."""

from __future__ import annotations

import re
from functools import lru_cache

from .body_names import document_roles
from .role_definitions import defined_departments, set_up_groups

# a village's or the residents' own committee: a body of self-government, its plan drawn up and filed its own work
# (round 46), not a regulated party's filing
SELF_GOVERNED = r"(?:村民|居民)委员会"
# one role-like kind: the parties of a works contract (建设／施工／监理／设计／勘察／总包 单位, 建设方…), a
# tender's parties (招标人／中标人／投标人) and its agent (招标代理机构／代理机构); 各 and a short field before it
# 「燃气建设单位」
# (… and the agencies a procedure commissions 「咨询评估机构应当…开展咨询评估」「财务监理机构」「代建单位」: parties
# by their role, read as the works' parties are — round 44's subject, x205; not the object of 委托
# 「委托土地评估机构进行…」, whose doer is who commissions it)
# a party by its kind: a field, then the head a kind of body ends on (企业 / 单位 / 机构 / 公司, or a side 「…管理方」)
# (a field of up to twelve characters: what the party uses or holds named in full 「永久性测量标志成果使用单位」;
# the plan's place before it 「本市城镇污水处理服务单位」 read as printed — 本单位 stays a pointer)
_KIND = (r"(?<!被)(?!各|有关|相关|其他|其|本(?![市区县])|该|上述|下列|所属|所在|被|下属|同级|上级|下级|全体|部分|一般|"
         r"个别|任何|所有|每个|多个|"
         # (a status or a passive 「违法单位」「涉事企业」「受检单位」「失信企业」: what befalls the party, no field of
         # its trade — as 被检查单位, rv53)
         r"违法|违规|涉事|涉案|涉嫌|受检|失信)"
         # (no verb or joiner inside the field 「吴泾镇会同用地单位」「原则上每年委托专业机构」: the body the verb acts
         # on is no subject; 「，联合有关单位做好…」: 联合 reads as 会同, its partner no subject — Round 64 rulings;
         # 「允许企业根据…实现使用转换」: a permission, the party its object — Round 97's x357_04 第六条（三）)
         r"(?:(?![和及与或的对在由将按依为从以向把并可、，]|会同|联合(?!体)|协同(?!创新)|配合|协助|委托|委派|聘请|选[定择聘]|确定|指定|引入|督促|"
         r"指导|组织|要求|通知|责令|原则|每年|负责|开展|加强|做好|鼓励|支持|倡导|引导|推动|允许)[\u4e00-\u9fff]){2,12}?"
         r"(?:企业|单位|机构|公司|(?:管理|运营|受托|委托|产权|使用)方)")
# a head several fields share 「仓储、消防等相关行业协会」「厂房、仓库使用人」 (no person's post 「管理人员」)
_SHARED_HEAD = (r"(?:[\u4e00-\u9fff]{2,6}、)*[\u4e00-\u9fff]{2,6}?(?:等(?:相关|有关)?)?行业协会|"
                # (… and the sides that run a place sharing 单位 「经营、管理单位」: one name as printed, round 31)
                r"(?:经营|管理|使用|运营)(?:、(?:经营|管理|使用|运营))+单位|"
                r"(?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?(?:使用|产权)人(?!员)")
_ROLE = (r"(?:各)?(?:"
         # (… and the bodies a loan or a service scheme's rules task by their role 「承办银行」「受理网点」
         # 「受托机构下属业务办理网点」「征收实施单位」「担保公司」「物业服务企业」: kinds of body, as the works'
         # parties are — x224, x225_04; not the public the rules serve 「借款人」「申请人」, persons; first, so that
         # the longer name wins over 「受托机构」)
         # (… and works' parties sharing one head 「建设、施工单位」: one name as printed, round 31 — first, before its
         # last field alone)
         # (… or closed by 等 and a kind of the works' parties 「勘察、设计、施工、监理等建设工程各参与单位」: one
         # name as printed, round 35's 等 tail; a bare 「…等单位」 stays the lead-ins' ``_ROLE_FIELDS``, x166_01
         # 第十七条)
         r"(?:建设|施工|监理|设计|勘察)(?:、(?:建设|施工|监理|设计|勘察))+(?:等[\u4e00-\u9fff]{1,8}?)?单位|"
         r"(?:承办|受托|经办|合作)银行|[\u4e00-\u9fff]{0,10}?(?:受理|办理|经办)网点|"
         r"(?:[\u4e00-\u9fff]{2,4})?实施单位|担保(?:公司|机构)|物业(?:服务|管理)(?:企业|公司|单位)|"
         # (… and a trader named by its trade 「充电运营商」「设备供应商」「开发商」: a party by its kind whose
         # head is 商, as 企业 is — round 44's subject of an article's verb of doing; Round 62's party named by a kind)
         r"(?:(?![和及与或的对在由将按依为从以向把并可应须要、，]|确定|选定|选择|委托|确认)[\u4e00-\u9fff]){0,6}?"
         r"(?:运营|供应|开发|服务|承包|经销|供货|生产)商|"
         r"[\u4e00-\u9fff]{0,6}?(?:建设|施工|监理|设计|勘察|总包|总承包)(?:单位|方)|(?:招标)?代理机构|"
         r"(?!委托|聘请|选[定择聘]|确定|指定|引入)[\u4e00-\u9fff]{0,4}?(?:咨询|评估|监理|代建|检测|鉴定|造价咨询|调查)(?:单位|机构)|"
         # (… and the parties of a works contract named by their side 「发包人」「承包人」, as the tender's are — Round
         # 62 rulings: a party named by a kind, the verb decides; a land sale's 出让人／受让人 stay none, as x88_01,
         # x123_01, x123_03 and x181_01 answer them)
         # (… and the supervisor named by its side 「监理人应当…对…实施全过程监理」, the client and the
         # contractor's third party in the same contracts; and the party that commissions a check or a valuation
         # 「…检验检测的委托方」「项目委托方」「评估委托人」: a party named by its side, as 发包人 is — not its
         # staff 「监理人员」, nor a bare 委托人, the client a service rule serves, a person or a firm
         # 「委托人应当在复印件上…签字」, x284_03)
         # (… and the parties of a public purchase named by their side 「采购人」「购买主体」「承接主体」: the
         # buyer and the supplier of a procurement or a service purchase, as a tender's 招标人／中标人 — round 44's
         # subject of an article's verb of doing; Round 97's x353_04 第六条 reads 购买主体 as printed)
         r"招标人|中标人|投标人|采购人(?!员)|(?:购买|承接)主体|(?:发包|承包|分包|监理)人(?!员)|"
         r"[\u4e00-\u9fff]{0,4}?委托方|"
         r"[\u4e00-\u9fff]{2,4}?委托人(?!员)|"
         # (… and the parties a procedure names by their step in it 「记分单位」「检查单位」「申报单位」
         # 「招选主体」「项目建设主体」「项目（法人）单位」「施工图审查机构」「受托机构」「绿化养护单位」: bodies
         # named by a kind, as the works' parties are — Round 47 q44c's role list, the class it names; not the one
         # checked 「被检查单位」)
         r"(?<!被)(?!被)(?:[\u4e00-\u9fff]{0,6}?(?:记分|检查|申报|审查|受托|养护|维护|运维)(?:单位|机构|主体)|"
         # (… and the project's owner named by its role alone 「项目法人应当…编制…计划」「项目法人按照…要求，
         # 加强…」: the party 项目（法人）单位 names, a works' party by its role — round 34; its verb of doing in an
         # article, round 57)
         r"[\u4e00-\u9fff]{1,6}?(?:实施|统筹|建设)主体|(?:实施|统筹|招选|投资)主体|项目[（(]法人[)）]单位|项目法人)|"
         # (… and the owners of the facilities a rule tasks by their holding 「搭载设施权属单位」「管线权属单位」: a
         # party named by a kind, as the works' parties are — Round 47 q44c's class; round 44's subject)
         r"[\u4e00-\u9fff]{0,8}?权属单位|"
         # (… and the trade's associations 「仓储、消防等相关行业协会」 and the holders of a facility named by their
         # holding 「厂房、仓库使用人」: bodies named by a kind, one name as printed where fields share its head —
         # round 31; Round 85's x317_01 第七条, 第十九条)
         rf"{_SHARED_HEAD}|"
         # (… and the holder of a right in land or a building named by what it holds 「地下建设用地使用权人」
         # 「房屋所有权人」: a party named by a kind, as 权属单位 is — round 44's subject of an article's verb of doing;
         # no joiner inside it 「地上和地下建设用地使用权人」, levels before one head one name, read as printed)
         r"(?:(?![和及与或的对在由将按依为从以向把并可、，])[\u4e00-\u9fff]){0,10}?(?:使用权|所有权|产权)人(?!员)|"
         # (… and the party liable for a pollution 「土壤污染责任人应依法开展…修复」: a party the law names by its
         # liability, as 使用权人 by its right — Round 87 on x327_02 三/（一）; not a person answering for safety
         # 「安全责任人」「第一责任人」)
         r"[\u4e00-\u9fff]{0,4}?污染责任人|"
         # (… and the owner of a building named by its holding alone 「业主应当…采取…防护措施」: a party by its kind,
         # as 产权人 — not the owners' committee or assembly 「业主委员会」「业主大会」, bodies of their own)
         r"业主(?!委员会|大会|代表)|"
         # (… and the owners' committee and assembly themselves 「业主大会、业主委员会应当定期…进行检查」: bodies of
         # their own, a regulated party bound by 应当 to its act — round 44's subject, Round 84's p61a-2)
         r"业主(?:委员会|大会)(?![\u4e00-\u9fff]{0,2}(?:成员|委员|主任))|"
         # (… and the village's or the residents' own committee 「村民委员会应当按照村道规划…编制村道建设计划」
         # 「沿线村的村民委员会应当…召集村民会议」: the body the rules task with the village's work, a unit as the
         # subject of an article's verb of doing wherever it stands — round 44; Round 104 on x371_03 第九、十条)
         rf"{SELF_GOVERNED}(?![\u4e00-\u9fff]{{0,2}}(?:成员|委员|主任))|"
         # (… and the party named by the facility it sets up 「（设施的）设置者应当…拆除」「设置人」: a party by its
         # kind, the verb decides — Round 62 rulings (round 54's r48b))
         r"设置(?:者|人(?!员))|"
         # (… and the owner or the user named by its holding 「建筑物的所有者」「投资者」 (not 经营者, a
         # trader the rules may address as the public): a party by role, as 业主 —
         # Round 74's parties by role; round 44's subject)
         r"(?:所有|使用|投资)者|"
         # (… and the manager a rule names by the place it runs 「道路停车场管理者应当遵守下列规定：」「其委托的道路
         # 停车场管理者」: a party bound by 应当 to its acts, as 管理人 — Round 83's x311_03 第十一、十二条; round 44)
         r"(?:(?![和及与或的对在由将按依为从以向把并可应须要、，])[\u4e00-\u9fff]){2,8}?场管理者|"
         # (… and the operator named by the facility it runs and manages 「高速公路经营管理者应当…编制…计划」「收费
         # 高速公路经营管理者」: 经营管理 is the party's role over the works, as 场管理者 — Round 104's x371_01 第十、
         # 十七条 read it a unit by round 44; 经营者 alone stays a trader the rules may address as the public) — not a
         # company's executives 「国有企业经营管理者」「企业经营管理者」, persons (round 30; rv71a F3)
         r"(?:(?![和及与或的对在由将按依为从以向把并可应须要、，])[\u4e00-\u9fff]){2,8}?(?<!企业)(?<!单位)(?<!公司)"
         r"经营管理者|"
         # (… and the user or the manager beside the owner 「产权人、使用人、管理人应当…」: parties by their holding, as
         # 产权人 — Round 85's x317_01 第八条)
         r"(?:使用|管理)人(?!员)|"
         # (… and the producers a waste rule tasks by what they produce 「生活垃圾产生单位」「建筑垃圾产生单位」
         # 「危险废物产生单位」: parties named by a kind — Round 62 rulings, x113_03 第十一条, a kind's verb of doing in
         # an article, round 54)
         r"[\u4e00-\u9fff]{0,4}?(?:垃圾|废物|废弃物|污染物)产生单位|"
         # (… and any party named by its kind 「轨道交通企业」「举办单位」「会展场所管理方」「采购代理机构」: Round 62
         # rulings (round 54's r48b) — there is no line between a rule's own parties and regulated operators, the
         # verb decides; a field of two characters at least before the head, no quantifier or pointer 「各单位」
         # 「有关单位」「本单位」「其他单位」 (a call or a reference, no kind), no person)
         rf"{_KIND})")
# a list of them 「建设单位、施工单位」「建设单位和施工单位」「招选主体或者代理机构」 (round 30: 「A或B…」
# names both), ending on the role's own word (not 「…项目负责人」)
_JOINED = r"(?:、|和|及|与|以及|或者|或)"
_NOT_PERSON = r"(?![\u4e00-\u9fff]{0,4}(?:负责人|经理|人员|代表))"
ROLE_LIST = re.compile(rf"{_ROLE}(?:{_JOINED}{_ROLE})*{_NOT_PERSON}")


@lru_cache(maxsize=64)
def _role_list(groups: frozenset[str]) -> re.Pattern[str]:
    """``ROLE_LIST`` with the working groups the document sets up 「成立调查组」 among its kinds (``set_up_groups``:
    a group a body sets up is a doer in later articles, round 36; Round 57 rulings on x254_02's 调查组)."""
    if not groups:
        return ROLE_LIST
    one = "(?:" + "|".join(re.escape(g) for g in sorted(groups, key=len, reverse=True)) + f"|{_ROLE})"
    return re.compile(rf"{one}(?:{_JOINED}{one})*{_NOT_PERSON}")
# a role with no kind before it: a unit only where the document sets it up (``role_definitions``, Round 47 q44c)
_BARE_ROLE = re.compile(r"(?:实施|统筹|招选)主体")
# short qualifiers of the level that keeps the places 「市管、区管」「市属、区属」 before a kind's bodies (not fields of
# work 「设计、施工、监理等单位」, kinds each)
_QUALIFIERS = re.compile(r"(?:[省市区县镇乡村][管属]、){1,3}(?=[省市区县镇乡村][管属][\u4e00-\u9fff])")
_NOT_NAME = re.compile(r"[的对在由将按依为从以向把并可]|经(?!办|济|营)")      # (经办银行: a name's own word)
_CLAUSE = r"[^，,。；;]"
# a filing or an application the party hands to a body 「建设单位应…向区房屋管理部门办理开工备案」「…报A备案」
# 「编制…报告报请A」: the receiver's work, not the party's (rule 3's receivers) — not a handing over of the work's
# own things 「向建设单位移交场地」
# (… and a paper handed back to its issuer 「应当向市国动办交还原证书」: round 59; or the papers of its work handed to
# the body that keeps them 「应当于…后1个月内向A移交…成果资料」, a filing — not 「向建设单位移交场地」)
_TO = rf"向{_CLAUSE}{{1,60}}?(?:办理|申请|申报|报送|提交|报备|备案|报告|上报|递交|交还|交回|缴回|" \
      rf"移交(?={_CLAUSE}{{0,20}}?(?:资料|材料|档案|文件)(?:[，,。；;]|$)))"
# (… or a paper sent to a body for its review 「应当将施工图设计文件送原审查机构重新审查」: the reviewer's step,
# as 报A审批)
_FILES = re.compile(rf"{_CLAUSE}*?(?:{_TO}|报{_CLAUSE}{{1,20}}?(?:备案|审批|批准)|报请|"
                    rf"将{_CLAUSE}{{1,30}}?送{_CLAUSE}{{1,20}}?(?:审查|审核|审批|批准|备案))")
# the clause's own first verb, after a modal, a time or case clause 「在…前，」 and a manner 「按规定」: a sending
# alone 「…按规定报送…项目信息」「进行竣工结算文件备案」 (round 46), a permit the party applies for 「及时补办施工
# 许可证」 (an application, round 30), or a cost 「及时进行竣工结算」 (a payer, Round 47
# decided), names none
_PRE = (rf"(?:在{_CLAUSE}{{1,30}}?(?:前|后|时))?(?:应当|应|须|必须|需要|需|要)?"
        # (a time within which, closed by its comma 「应在…一年以内根据…要求，向A提交…」; with no comma see below)
        rf"(?:{_CLAUSE}*?(?:前|后|时)[，,]?|{_CLAUSE}*?内{_CLAUSE}*?[，,])?"
        # (… or the contract it pays under 「应当按照…合同约定支付相关费用」: a payer, rounds 47, 48)
        rf"(?:及时|定期|每(?:半年|年度?|季度?|月)|按规定|(?:按照?|根据){_CLAUSE}{{0,40}}?(?:规定|要求|约定)[，,]?|依法|"
        rf"通过{_CLAUSE}{{1,60}}?(?=进行|办理|申报|申请|提交|报送)|完成|"
        # (the modal after a step 「在领取…新证书时，应当向A交还…」: round 59)
        rf"(?<=[，,])(?:应当|应|须|必须)){{0,3}}")
_SENDS = re.compile(rf"{_PRE}(?:{_TO}|报送|提交|"
                    # (… a report handed in within its time as the clause's only act 「应当自…之日起60日内提交调查
                    # 报告；」: a sending, whatever time bounds it — Round 98 confirmed x353_02 第十七条; not with an
                    # act of its own after it 「…内提交调查报告并留存一份」, w51c)
                    rf"{_CLAUSE}{{0,30}}?内提交{_CLAUSE}{{0,20}}?(?:报告|材料|资料|文件)(?=[。；;]|$)|申报|上报|报告|补办|申领|{_CLAUSE}{{0,20}}?信息报送|"
                    rf"提供{_CLAUSE}{{0,20}}?(?:证明)?(?:材料|资料)[。；;]|进行{_CLAUSE}{{0,20}}?备案|"
                    # (… within its time 「应当在规定时限内办理投标报名手续」: its own application, round 30)
                    rf"(?:在{_CLAUSE}{{1,16}}?内)?办理{_CLAUSE}{{0,20}}?(?:备案|手续)|"
                    # (… or its own registration of a change 「建设用地使用权人办理转移登记…时，应当提供…」: a party's
                    # filing with the registry, round 30's applicant)
                    rf"办理{_CLAUSE}{{0,6}}?(?:转移|变更|注销|抵押|首次|预告)登记|"
                    # (its own data sent on 「应定期将…接入信息以及用量情况推送至…平台」「应当每季度将…等相关
                    # 信息，报送A」, its own application prepared 「做好前期申报后」「进行重新申报」, or an assessment
                    # of itself 「开展项目完成情况自我评估，并向A提出验收申请」: reporting or applying on itself,
                    # Round 62 rulings; 「应当于每年12月将…技术资料，报A备案」 a filing on its own matters, round 42)
                    rf"(?:于{_CLAUSE}{{1,12}}?)?将{_CLAUSE}{{1,60}}?(?:信息|数据|情况|资料)[，,]?"
                    rf"(?:推送|报送|上传|上报|提交|报(?={_CLAUSE}{{1,20}}?(?:备案|审批|批准|审查)))|"
                    rf"做好{_CLAUSE}{{0,10}}?(?:申报|申请)|{_CLAUSE}{{0,12}}?进行(?:重新)?申报|"
                    rf"{_CLAUSE}{{0,12}}?开展{_CLAUSE}{{0,16}}?(?:自我评估|自评)|"
                    # (its own application through a platform 「通过…平台申请…事项」 and its own records handed over
                    # 「完成…档案移交」: an applicant's and a filer's steps, rounds 30, 41 — round 59, p59b)
                    rf"申请(?![人者])|{_CLAUSE}{{0,20}}?(?:档案|资料)的?移交|"
                    # (… or its application put in 「应当及时提出申请，报A审核同意」: an applicant's step, round 30)
                    rf"提出{_CLAUSE}{{0,10}}?申请(?![人者]))")
# (… to a body 「向市或者区民防办缴纳民防工程使用费」: a payer whoever receives it — round 59, p59b)
_COST = re.compile(rf"{_PRE}(?:(?:进行)?{_CLAUSE}{{0,6}}?|(?:于{_CLAUSE}{{1,20}}?内)?将{_CLAUSE}{{1,40}}?|"
                   rf"向{_CLAUSE}{{1,20}}?)"
                   rf"(?:结算|結算|支付|拨付|列支|投保|汇缴|补缴|代扣代缴|缴纳)")
# a party's own papers drawn up for a body's approval 「项目（法人）单位应编制工程可行性研究报告…，由行业主管部门
# 实行审批」: a filing and a step of approval (Round 47 rulings on x159_04's 「建设单位应编制…报告报请…验收」), no
# doer by it
# (… or its expert review 「编制…安全性报告，并提交A组织专家论证」: the approval's step, Round 77's x304_02 第十一条)
_FOR_APPROVAL = re.compile(rf"{_PRE}编制{_CLAUSE}{{0,30}}?(?:报告|方案|申请书?|计划书?)[^。；;]{{0,30}}?"
                           rf"(?:审批|批准|审定|验收|专家论证)")
# … or sent on to a body 「管线权属单位应当根据…，编制本单位年度管线建设计划，报相关行业主管部门」: a regulated party's
# filing (round 32), no doer by it
_DRAWN_AND_SENT = re.compile(rf"[^。；;]{{0,80}}?(?:编制|制定){_CLAUSE}{{0,30}}?"
                             rf"(?:报告|方案|计划书?|申请书?|规则|细则)[，,]?\s*报(?!告)")
# an approval's opinion 「施工图审查机构应…出具审查意见」: the reviewer approves (rule 3's approver), no work of its
# own — 「…进行审查，并对审查结果负责」 does work (负责)
_OPINION = re.compile(rf"{_CLAUSE}{{0,40}}?(?:出具|提出){_CLAUSE}{{0,10}}?意见[。；;]")
# a reviewer's review 「施工图审查机构应…强化…内容审查」 with no 负责 in its sentence: its approval (rule 3), no work
# of its own; 「…进行审查，并对审查结果负责」 answers for it (负责)
_REVIEWER = re.compile(r"审查机构$")
_ANSWERS = re.compile(r"[^。；;]*?负责")
# an option 「…，可申请…」 before any 应: the party may, it is not given work (no doer)
_OPTION = re.compile(r"[^应须。；;]{0,30}?可(?:以)?(?:申请|向|选择|采用|委托|自行)")


def _longest(text: str, at: int, listed: re.Pattern[str]) -> re.Match[str] | None:
    """The document's kinds or the general ones at ``at``, whichever runs longer: a short name the document defines
    for places 「区管场所」 is no name where a kind runs on from it 「区管场所产权单位」."""
    got = [m for m in (listed.match(text, at), ROLE_LIST.match(text, at)) if m is not None]
    return max(got, key=lambda m: m.end()) if got else None


def role_subjects(text: str, at: int, doing: re.Pattern[str]) -> list[str]:
    """The role-like kinds ``text`` holds at ``at`` as the subject of a verb of doing (``doing`` matched right after
    them), in printed order; [] where none stands there."""
    roles = document_roles()
    # (a short name the document defines for a body beside a kind 「市局和局属各单位应制定…」: both, the short name
    # a unit as printed — rounds 38, 43; alone it is the placed reader's)
    kinds = set_up_groups(roles) | defined_departments(roles)
    got = _longest(text, at, _role_list(kinds | roles))
    # (short qualifiers of places joined by 、 before the kind they share 「市管、区管场所产权单位应…」: one name as
    # printed, the 、 no joint between bodies)
    lead = _QUALIFIERS.match(text, at) if got is None else None
    after = _longest(text, lead.end(), _role_list(kinds | roles)) if lead is not None else None
    shared = after is not None
    if after is not None:
        got = re.compile(re.escape(text[at:after.end()])).match(text, at)
    if got is None or got.group() in roles - kinds and not ROLE_LIST.fullmatch(got.group()):
        return []
    # (the list set off by a comma before its modal 「A、B，应当按照…同步建设…」: the same subject)
    end = got.end() + 1 if text.startswith(("，", ","), got.end()) and _MODAL.match(text, got.end() + 1) else got.end()
    if (case := _CASE.match(text, end)) and not re.search(r"后|时|异议|申请|申报", case.group()) \
            and _CASE_MODAL.match(text, case.end()) \
            and (re.fullmatch(_SHARED_HEAD, got.group()) or _BY_ITSELF.match(text, case.end())):
        end = case.end()        # (「A采用…的，应当采取…」: the holder whose own act opens the sentence's case is its
        #                          modal's subject — rounds 34, 49; Round 85's x317_01 第十九条)
    if (own := _OWN_WORKS.match(text, end)) and _CASE_MODAL.match(text, own.end()):
        end = own.end()         # (「建设单位新建民用建筑，应当…修建…」: the works the party builds say when, the party
        #                          still its modal's subject — round 44's subject of an article's verb of doing)
    clause = re.match(r"[^，,。；;]*", text[end:]).group()      # type: ignore[union-attr]
    if re.search(r"(?:之?后|时)$", clause) and not _MODAL.search(clause) \
            and _OTHER_PARTY.match(text, end + len(clause) + 1):
        return []               # (「A办理…后，B的购房人持…办理…」: A's step says when, another party's work follows)
    if not doing.match(text, end) or hands_over(text, end) and not _AND_ACTS.match(text, end) \
            and not re.fullmatch(SELF_GOVERNED, got.group()) \
            or _CASE.match(text, end) or _AGREED.match(text, end) or _CHECKED_ITSELF.match(text, end) \
            or _reports_only(text, end):
        return []
    # (a 、 after a bare field 「建设、施工单位」 joins fields sharing one head: no split there)
    # (参与 of 「各参与单位」 is no joiner)
    names = [got.group()] if shared or re.fullmatch(_SHARED_HEAD, got.group()) else \
        [n for n in re.split(r"以及|或者|(?<!建设|施工|监理|设计|勘察)、|[和及或]|(?<!参)与", got.group()) if n]
    if any(_BARE_ROLE.fullmatch(n) and n not in document_roles() for n in names):
        return []               # (a bare role no text of the document sets up 「实施主体应当…」: no name, p41e)
    if all(_REVIEWER.search(n) for n in names) and not _ANSWERS.match(text, got.end()):
        return []
    # (nor a clause with no subject opening on a verb of support or of a pivot 「支持行业协会开展…」「督促运营单位…」:
    # the kind after it is the verb's object — round 30's pivot; 鼓励／支持 name no work, Round 83's x313_03)
    # (a short name beside a kind guiding others 「区国动办和区域管理单位应当指导建设单位…」: rule 3's guide, as
    # the short name alone reads with the placed reader)
    if any(n in roles - kinds for n in names) and _GUIDES.match(text, end):
        return []
    return [] if any(_NOT_NAME.search(n) or _VERB_OPEN.match(n) for n in names) else list(dict.fromkeys(names))


_GUIDES = re.compile(r"(?:应当|应|要|须|必须)?(?:积极|加强)?指导(?!中心|站)")


_VERB_OPEN = re.compile(r"(?:支持|鼓励|督促|引导|要求|指导(?!中心|站)|协调|推动|动员|责令|邀请|聘请)")


_MODAL = re.compile(r"应当|应(?!急)|须|必须")
# a clause opening with another party 「区属…住房的购房人持…」「申请人应当…」
_OTHER_PARTY = re.compile(r"[^，,。；;]{0,20}?(?:人|者|户|家庭)(?:持|应|须|可|到|向|在|按|将|办理|申请)")
_CASE_MODAL = re.compile(rf"(?:{_MODAL.pattern})(?!由)")
# (… or any party whose case the modal answers by its own hand 「设置人搬迁…的，应当自行拆除…」: 自行 refers back to it)
_BY_ITSELF = re.compile(rf"(?:{_MODAL.pattern})自行")
# a report followed by the party's own act in its sentence 「物业服务企业应当立即向A报告，并采取避险防范措施」:
# work of its own beside the sending (round 44's subject; x307_04 第九条) — not a second sending 「…，并提交…」
_AND_ACTS = re.compile(r"[^。；;]*?向[^。；;]{1,60}?报告[，,]并(?:立即|及时|迅速)?"
                       r"(?:采取|组织|开展|实施|进行|做好|落实)")
# a party's part in the investigation or check made of itself 「事故发生单位、燃气企业应当积极配合事故调查处理工作」
# 「生产企业应配合…开展的监管工作」: names none (Round 83's x315_03 第七条 form, x316_01 八; Round 97's x353_02 第四条)
_CHECKED_ITSELF = re.compile(r"(?:应当?|须|必须|要)?(?:积极|主动|全力)?配合(?!做好)[^，,。；;]{0,20}?"
                             r"(?:调查|检查|核查|监管|查验|执法)[^，,。；;]{0,8}"
                             # (only clauses that are part of the cooperation after it — papers given, acts barred —
                             # to the sentence's end; not 「…配合…安全检查，对检查发现的隐患…完成整改」, the party's
                             # own work: review rv68c)
                             r"(?:[，,](?:并)?(?:(?:如实|及时)?(?:提供|报送)|不得)[^，,。；;]{0,20})*(?=[。；;]|$)")
# the parties' agreement as a step before an act 「委托方与估价机构应当协商一致后，由估价机构提出…申请」: when the act
# is done, no work of its own (x292_01 第七条: the application names none)
_AGREED = re.compile(r"(?:应当?|须|必须)?协商一致后")
# the party in a case the sentence answers 「分包单位编制专项施工方案的，…应当由…审核」: the subject of the case, not of
# the sentence's work (rule 3's cases)
_CASE = re.compile(rf"{_CLAUSE}*的[，,]")
# the works a party builds, set off by a comma before its modal 「建设单位新建民用建筑，应当…」: when, no case of 的
_OWN_WORKS = re.compile(rf"(?:新建|改建|扩建|建造|修建)(?:{_CLAUSE}(?<!的)){{1,16}}[，,]")


def hands_over(text: str, at: int) -> bool:
    """The clause at ``at`` (right after a subject) files, applies, sends, pays, may choose, gives an approval's
    opinion or draws up papers for approval, or says what the body is made of 「应当由A和B组成」: rule 3's steps, no
    work of the subject's own."""
    return any(r.match(text, at) for r in (_FILES, _SENDS, _COST, _OPTION, _OPINION, _FOR_APPROVAL, _DRAWN_AND_SENT,
                                         _MADE_OF))


def _reports_only(text: str, at: int) -> bool:
    """The clause at ``at`` is a report sent (``_REPORTS``) and no act of the sender's own after it (``_AND_ACTS``)."""
    return _REPORTS.match(text, at) is not None and _AND_ACTS.match(text, at) is None


def sends_first(text: str, at: int) -> bool:
    """The clause at ``at`` opens with a report sent to inform 「应当每年向A报告…」 or a cost put into a budget
    「应当将…经费纳入本级财政预算」: no work of the subject's own, whoever it is (Round 55 rulings on x248_01 第八条 and
    x248_03 第八条; rounds 46, 48) — not a filing or a sending after a work of its own 「应将…情况梳理后上报…」, which
    only a party's is (``hands_over``)."""
    return _reports_only(text, at) or _BUDGETS.match(text, at) is not None \
        or _SENT_FOR_REVIEW.match(text, at) is not None


# a submission sent up for another's review, after the sender's own review has passed 「A初审通过后，将…方案报B审查」:
# the review and the sending are steps of approval, no work (Round 77's x299_01 第十条 「由A报B批准」; Round 85's
# x321_02) — not a sending after work of its own 「A汇总…后，将…报B」
_SENT_FOR_REVIEW = re.compile(rf"(?:应当|应)?(?:初审|审查|审核|复核)(?:通过|同意)?后[，,]?"
                              rf"(?:应当|应|须)?(?:及时)?将{_CLAUSE}{{1,60}}?报{_CLAUSE}{{1,20}}?"
                              rf"(?:审查|审批|批准|审核|审定)(?=[。；;]|$)")


# a report to a body as the clause's whole verb 「应当每年向本级人民代表大会…报告…情况」
# (… after when, how and by what it is sent 「A接报…后，应当…」「应当在接到…后30分钟内以口头方式、
# 1小时内以书面方式，向A报告」「应当依照“…”的原则向A报告」, or with the receiver right after the verb
# 「应当每月上报A」 — Round 97's x353_02 第五条: owed reports, no doer, the party's or a body's; not a report
# and then its own act 「…报告，并采取…」, ``_AND_ACTS``; a 依照 phrase never runs over the next one, so a run of them
# 「依照规定按照要求…」 is read one way, not re-split between repeats, rv70a F1)
_SENT_HOW = (rf"(?:(?:在|于|自){_CLAUSE}{{1,30}}?(?:内|前|后)|"
             rf"(?:依照|按照|根据|依据)(?:(?!依照|按照|根据|依据){_CLAUSE}){{0,40}}?(?:原则|规定|要求)|"
             rf"以{_CLAUSE}{{1,12}}?方式|\d{{1,3}}\s*(?:小时|分钟|日|天|个工作日)内|每(?:半年|年度?|季度?|月)|定期|及时|立即|、)")
# the body a report goes to, and a written report after it 「…，并在…内将…情况书面报告A」
_RECEIVER = r"(?:部门|局|委|政府|中心|办公室)"
_SENT_ON = (rf"将{_CLAUSE}{{1,40}}?(?:意见|结果|情况)(?:书面)?(?:答复|通报|报告|告知|反馈给?)"
            rf"{_CLAUSE}{{1,16}}?")
_THEN_SENT = rf"[，,]并{_SENT_HOW}{{0,6}}{_SENT_ON}(?:[。；;]|$)"
_REPORTS = re.compile(rf"(?:{_CLAUSE}{{1,30}}?(?:后|时)[，,])?(?:应当|应|须|必须)?{_SENT_HOW}{{0,6}}[，,]?"
                      rf"向{_CLAUSE}{{1,40}}?报告|"
                      rf"(?:应当|应|须|必须){_SENT_HOW}{{0,6}}(?:上报|报送|报告)"
                      rf"{_CLAUSE}{{1,16}}?{_RECEIVER}(?=[。；;]|$|{_THEN_SENT})|"
                      # (… or a state of matters told to the bodies that act on it 「A应当将申报受理情况书面告知相关
                      # 区（县）…部门」: a sending, no doer in articles too — Round 85's turned x322_04 第七条; x370_01
                      # 第七条, p70a; a party told the outcome 「…将处理结果告知当事人」 is the last branch's)
                      rf"(?:应当|应|须|必须)(?:及时)?将{_CLAUSE}{{1,30}}?情况(?:书面|及时)?(?:告知|通知)"
                      rf"{_CLAUSE}{{1,20}}?{_RECEIVER}(?=[。；;]|$)|"
                      # (… or the outcome of its own handling sent to the body or person it concerns 「应当自…之日起5日
                      # 内，将处理意见答复投诉人」「…，将采纳情况通报A」「将处理结果告知当事人」: Round 85's turned
                      # x322_04 第七条, Round 93's x341_04 第十七条 「应当书面告知受害人」 — an owed sending names no
                      # doer, the party told as the body; the notice is still a duty, Round 89's x331_04 第九条)
                      rf"(?:应当|应|须|必须){_SENT_HOW}{{0,6}}[，,]?{_SENT_ON}(?=[。；;]|$)")


# a cost put into a budget 「应当将…的编制、修改等经费，纳入本级财政预算」: a payer (Round 55 rulings on x248_03 第八条;
# round 48: payers are no units)
_BUDGETS = re.compile(rf"{_PRE}将[^。；;]{{1,80}}?(?:经费|费用|资金)[，,]?(?:统一)?(?:纳入|列入)"
                      rf"[^，,。；;]{{0,10}}?预算")


# what a body is made of 「项目管理机构应当由项目经理和…人员组成」: members, no work (rule 3)
_MADE_OF = re.compile(rf"{_CLAUSE}{{0,6}}?由{_CLAUSE}{{1,40}}?组成")


__all__ = ["ROLE_LIST", "hands_over", "role_subjects", "sends_first"]

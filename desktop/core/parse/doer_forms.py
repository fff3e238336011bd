"""More forms of rule 2's doer clause — CONVENTIONS.md round 36 and round 37 rulings (Units).

The sentence reader (``sentence_units``) reads the subject of a clause and asks whether the words after it make
the subject a doer. These are the forms the round-36/37 rulings add, kept here (sentence_units is at its limit):

- 「A将X（与Y）同步实施」「A及时安排…实施」 (round 36): the subject of 将＋object＋实施／落实, or of 安排＋a
  plan＋实施, is the doer (将 moves the object before the verb). 「A将X纳入…」 names no rule-2 verb.
- 「A为…的主管部门」「A是该项工作的具体工作部门」 (round 37): a designation of the body the work belongs to,
  as 「A为…责任主体」 (round 32); a plain 「A为牵头单位，B为实施单位」 stays none (round 31).
- 「A会B、C审核」 (round 37) is 「A会同B、C」: 会 right before a body's name (a level or a group).
- 「由A推荐」 (round 36): 推荐 ends the agent's name like any verb of doing; so do 精选／挑选／选送／部署 (round 40:
  「由A精选优秀节目进行演出」「由A部署，B落实」).
- 「由A、B、C分管领导任组长」 (round 40): the persons of a list of bodies hold the posts, no unit (``POST``).
- 「A在寒假前要集中对全体师生组织开展…」 (round 36): a time, a manner and the object between the doer and 组织.
"""

from __future__ import annotations

import re

# 将＋its object＋the verb ending the phrase 「各区X局将…与…同步实施」, 安排＋a plan＋实施; not 将X纳入／作为… (the verb
# is 纳入), 将…落实情况进行通报 (落实 inside the object), 的实施 (a noun)
# (把 as 将, the object before 传达落实 and where it reaches 「各村要迅速把《通告》…传达落实到组和群众中」: Round 83 on
# x312_03 三/2 — 传达 before 落实 changing nothing)
WILL_DO = re.compile(r"^(?:应当|应|要|须|必须)?(?:迅速|及时|认真|切实)?"
                     r"(?:[将把](?!来|近|会)(?![^，,。；;]*?(?:纳入|列入|作为|列为|并入|融入|转为))"
                     r"[^，,。；;]{1,80}?(?<!的)(?:同步|组织|统一|具体|分步|分批|传达)?(?:实施|落实)"
                     r"(?:到位|到(?!位)[\u4e00-\u9fff]{1,10})?(?=$|[、，,。；;])|"
                     r"(?:及时|统一|统筹|负责)?安排[^，,。；;]{0,12}?(?<!的)(?:实施|落实)"
                     r"(?!情况|的|人|方案|主体|单位|部门|以来|后|前))")
# a designation by the work it belongs to: 「为该项工作的主管部门」「是该项工作的具体工作部门」; a body's standing
# role 「是本区建筑市场的主管部门」 (是 without the item's work, round 32's near miss) and 「为主管部门」 stay none
OF_WORK = re.compile(r"^(?:为[^，,。；;]{1,24}?|是(?:该|本|此|这)项?工作)的"
                     r"(?:具体|直接|行业)?(?:主管|工作|责任|实施)部门(?:之一)?$")
# 会 that stands for 会同 before a body's name (「A会B、C审核」); not 会议／会商／会签／会审／会计 …
MEETS = r"会(?=[区市县省镇乡](?!级))"
# 联合 with a partner after it 「A联合B开展…」 reads as 会同 (round 34): not a joint noun 「联合执法／联合检查组」
# (the partner's name must follow it: _with reads it)
JOINS = (r"联合(?!督查|督办|执法|检查|办公|审查|调查|巡查|惩戒|攻关|体|会|行动|整治|开展|举办|印发|发文|发布|"
         r"制定|出台|监管|抽查|查处|处置|认定|评审|培养|培训|奖惩|收割|采购|创作|调研|演练|调解|招|[\"“《])")
# a person's post after the body that holds it 「由A分管领导任组长」, and after a list of bodies
# 「由A、B、C分管领导任组长」 (round 40: the persons are no units, rule 3 — not the list's first bodies)
_POST_WORDS = r"(?:主要|分管|相关|有关)?(?:领导|负责人|负责同志|[局处科站所院部]长|主任|书记)"
# (… or a post described at length 「组长由A授权、委托组织调查的部门负责人担任」「由A分管安全的负责人担任」: a person)
POST = re.compile(rf"{_POST_WORDS}|[^，,]{{0,8}}(?:担任|兼任|任组长|任副?主任)"
                  rf"|[^，,。；;]{{0,24}}?的(?:部门)?(?:负责人|负责同志|领导)(?:担任|兼任)"
                  rf"|(?:[、和及][^，,、]{{2,20}}?)+{_POST_WORDS}")
# a clause whose own subject is persons named to a duty 「各村支部书记、村主任作为第一负责人，负责…」「村主任为第一
# 责任人」: the later 负责 is theirs (persons, no units), not a subject carried from the sentence before (round 34)
# (each name of the list holds no 、和及 itself, so the list splits one way only: linear on a long list of persons
# joined by 和 that does not end in 负责人／责任人 — round 58's review, rv58-6)
PERSONS_POSTED = re.compile(rf"^[^，,]{{0,12}}?{_POST_WORDS}(?:[、和及][^，,、和及]{{1,12}}?)*"
                            r"(?:作为|为|是|任|担任)[^，,]{0,6}?(?:负责人|责任人)$")
# what may end an agent's name besides sentence_units' list
AFTER_MORE = r"不断|持续|推荐|精选|挑选|选送|选派|部署|列入|纳入|依职权|[依按]职[责能]|处以|处罚|予以|给予|" + MEETS
# a manner and the object between a time and 组织 「A在寒假前要集中对全体师生组织开展…」 (round 36: the doer's verb)
BEFORE_VERB = r"(?:集中|统一|专门)?(?:对[^，,。；;]{1,16}?)?"
# a bracket dropped from a name (round 35–37): the short name 「（以下简称“X”）」 (defined_names), an explanation
# 「（即：A、B、C）」 and the bodies a kind stands for 「各化工园区（A、B、C）」 — two or more names of three characters
# or more; a bracket of one alias or role 「建设单位（代建单位）」 or of places 「各县（市、区）」 stays (round 34)
_LISTED = r"(?:[^（）()、，,：:]{3,20}、)+[^（）()、，,：:]{3,20}"
EXPLAINED = re.compile(r"[（(]即[：:][^）)]{1,80}[）)]")
# (the list is dropped after quotes are: a quote keeps its length, as it was read before)
MEMBERS = re.compile(r"[（(]" + _LISTED + r"[）)]")
# a topic before a clause naming persons as the agent 「各成员企业由主要负责人或指定专人参加…，落实…」 (round 36; not
# 「由A或B指定专人负责」, whose agents are bodies): the persons are no unit, the topic stays the later clauses' subject
PERSON_AGENT = r"由[^，,由]{0,4}?(?:负责人|专人|责任人|联系人|负责同志)[^，,由]*$"

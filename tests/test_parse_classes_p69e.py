"""Round 69 (p69e): surplus tasks — articles and lines the answers read as text.

- Money a party pays into a fund's account 「赔偿责任人依法应当偿还互助基金的垫付款。…的，应当通过银行转账方式转入
  互助基金账户」 and donations a fund takes in and moves to its account 「互助基金接受…的捐款，…将捐款全额转入互助基金
  账户」: the scheme's terms (a payer's obligation, Round 89's x329_01; money only, Round 83's x311_01 第七条), no
  task — not an article where a body of the rules reviews before it pays 「基金管理中心应当受理…，审核后…转入…」.
- The parts a check looks at 「1.共用部位的查验⏎共用部位：一般包括…；⏎共用设施：一般包括…」: the check's contents,
  text of the point that announces the check (Round 92's governs on x311_02 第二十三条) — not lines whose heading is a
  check but whose text gives a body work 「…的查验⏎由物业公司负责…」.
- A plan's point that only states the conditions a thing must meet 「（一）交付条件 交付使用的住宅，应当具备以下条件：
  ⏎1.…验收合格；⏎2.…已建成；」: a state the object must be in, no act — no task (Round 91's x337_03 二) — not a body
  bound 「区房管局应当具备…」, nor an applicant's 「申请扶持须同时符合以下条件：」 (one task, round 35).
- The kinds an article names in quotes 「X，包括“A”和“B”。」 over lines that each say what one of them is or honours
  「（一）A是本市最高…荣誉，主要表彰…」: definitions, the article's text (round 35) — not lines that give a body work
  「（一）A由市科委负责组织评审」.
- A whole article that leaves a matter to other rules, its topic a longer noun phrase closed by 的 「…过程中有关申报、
  评审等信息的公开按照本市…有关规定执行」: a pointer to other texts, a general provision (round 34) — not one whose
  topic holds a body's modal 「市科委应当将…按照…有关规定执行」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_FUND = """某市交通互助基金管理办法

第一条 为了规范互助基金管理，根据有关规定，制定本办法。

第二条 市财政局负责互助基金的监督管理，定期检查基金使用情况。

第三条 赔偿责任人依法应当偿还互助基金的垫付款。

赔偿责任人偿还互助基金垫付款的，应当通过银行转账或者现金方式转入互助基金账户，并注明偿还用途。

第四条 互助基金接受个人或者其他组织的捐款，使用监制的捐赠票据，并及时通过银行转账方式将捐款全额转入互助基金账户。

第五条 基金管理中心应当受理垫付申请，审核材料后通过银行转账方式将垫付款转入受助人账户。

第六条 市财政局应当每年组织对互助基金财务状况进行审计，并向社会公布审计结果。

第七条 基金管理中心应当建立垫付台账，按季度向市财政局报送基金收支情况。

第八条 本办法自2025年1月1日起施行。
"""


def test_payment_into_fund_account_is_no_task():
    numbers = _numbers(_FUND)
    assert "3" not in numbers and "4" not in numbers
    # (near miss: the centre's own review before it pays, and the bureau's supervision — tasks)
    assert "5" in numbers and "2" in numbers and "6" in numbers


_CHECK = """某区新建住宅物业承接查验工作方案

一、工作目标

规范新建住宅物业承接查验。

二、查验内容

（一）现场查验

现场查验由区房管局组织，建设单位、物业服务企业参加，查验结果形成书面记录。

1.共用部位和共用设施的查验

共用部位：一般包括楼梯间、走廊、屋顶、外墙等；

共用设施：一般包括道路、绿地、围墙、路灯等。

2.专用部位的查验

专用部位：一般指户门以内业主专有的部位；

专用设施：一般包括户门、阳台、窗等。

3.其他配套设施的查验

主要有门卫岗亭、社区活动室、停车场等。

（二）资料核对

1.图纸资料的检查

由物业服务企业负责核对竣工图纸，并报区房管局备案。

2.设备资料的检查

由建设单位负责移交设备说明书，并报区房管局备案。
"""


def test_check_parts_fold_into_their_point():
    numbers = _numbers(_CHECK)
    assert "二/一" in numbers
    assert not any(n.startswith("二/一/") for n in numbers)
    # (near miss: lines headed by a check that give a body work stay items)
    assert "二/二/1" in numbers and "二/二/2" in numbers


_CONDITIONS = """某区新建住宅交付使用工作方案

一、工作目标

规范新建住宅交付使用管理。

二、交付要求

（一）交付条件

交付使用的住宅，应当具备以下条件：

1.建设工程竣工验收合格，取得相关准许使用文件；

2.供水、供电、燃气等市政设施已按规划要求建成；

3.小区道路、绿化和停车场地已按规划要求建成。

（二）移交条件

移交前的物业，应当具备以下条件：

1.由物业公司负责核对设施设备清单；

2.由建设单位负责移交竣工图纸；

3.由街道负责组织现场查验。

（三）区房管局负责组织交付使用前的现场检查，发现问题督促建设单位整改。
"""


def test_thing_conditions_point_is_no_task():
    numbers = _numbers(_CONDITIONS)
    assert "二/一" not in numbers
    # (near miss: lines that give bodies work keep the point a task; the bureau's point stays)
    assert "二/二" in numbers and "二/三" in numbers


_AWARDS = """某市科技创新奖评选管理办法

第一条（目的）为了规范科技创新奖评选工作，根据有关规定，制定本办法。

第二条（奖项设置）某市科技创新奖，包括“科技创新特等奖”和“科技创新一等奖”。

（一）科技创新特等奖是本市最高科技荣誉，主要表彰在基础研究领域取得重大突破的团队。

（二）科技创新一等奖主要表彰在成果转化方面作出重要贡献的团队。

第三条（评审分工）科技创新奖评审，包括“项目评审”和“人才评审”。

（一）项目评审由市科委负责组织实施。

（二）人才评审由市人社局负责组织实施。

第四条（申报）市科委应当每两年发布一次申报通知，并组织专家评审。

第五条（信息公开）评选工作过程中有关申报、评审、公示等信息的公开按照本市政府信息公开有关规定执行。

第六条（档案）市科委应当将评选工作过程中形成的申报、评审等材料的归档按照本市档案管理有关规定执行。

第七条（施行）本办法自2025年1月1日起施行。
"""


def test_quoted_kinds_defined_fold_into_their_article():
    numbers = _numbers(_AWARDS)
    assert not any(n.startswith("2/") for n in numbers)
    # (near miss: lines that give bodies work stay items)
    assert "3/一" in numbers and "3/二" in numbers and "4" in numbers


def test_long_topic_pointer_article_is_no_task():
    numbers = _numbers(_AWARDS)
    assert "5" not in numbers
    # (near miss: a body bound by 应当 before the pointer keeps its article a task)
    assert "6" in numbers

"""Round 36 structure classes (p36c). Lists that give no work — rates or prices under an item, the persons an item
names by kind and number, the cases of a rule however long its consequence, papers to keep, conditions of a 的，
clause — are the text of the item announcing them (CONVENTIONS.md, round 35 "Lists that give no work" and round 36
"A list of rates or prices under an article is text"); a list the lead-in names as work 「以下情形作为…重点整治内容：」
stays items. Field blocks whose fields are labels on their own lines and whose 措施 field holds numbered lines stay
one task (round 35 "Field blocks"). Made-up snippets written the way plans write."""

from __future__ import annotations

from desktop.core.parse import parse_text


def keys(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def by_key(text: str):
    return {"/".join([*t.path, t.number]): t for t in parse_text(text).tasks}


RATES = ("某镇重阳节敬老慰问活动方案\n"
         "一、慰问安排\n"
         "（一）慰问标准\n"
         "1、百岁老人800元/人\n"
         "2、九十岁以上老人300元/人\n"
         "3、孤寡老人200—400元/人\n"
         "（二）镇民政办负责在10月20日前核实慰问名单。\n"
         "（三）各村委会负责组织走访慰问。\n")


def test_a_list_of_rates_is_the_text_of_its_item():
    got = keys(RATES)
    assert got == ["一/一", "一/二", "一/三"]
    assert "孤寡老人" in by_key(RATES)["一/一"].text
    assert by_key(RATES)["一/二"].responsible_units == ["镇民政办"]


SHARES = ("某区集体土地收益调节金征收办法\n"
          "第一条 为规范调节金征收管理，制定本办法。\n"
          "第二条 调节金征收工作按下列分工开展：\n"
          "（一）区财政局负责调节金征收；\n"
          "（二）区规划资源局负责提供交易信息。\n"
          "第三条 集体土地入市的，按土地用途确定调节金征收比例。\n"
          "（一）工业用途的，出让方应按入市收入的10%缴纳调节金；\n"
          "（二）商业用途的，出让方应按入市收入的30%缴纳调节金。\n"
          "第四条 本办法自发布之日起施行。\n")


def test_a_list_of_shares_under_an_article_is_one_task():
    got = keys(SHARES)
    assert not any(k.startswith("3/") for k in got)
    third = next(t for t in parse_text(SHARES).tasks if "商业用途" in t.text)
    assert "工业用途" in third.text


CASES = ("某区专项资金管理办法\n"
         "第一条 为加强专项资金管理，制定本办法。\n"
         "第二条 专项资金由区财政局负责管理。\n"
         "第三条 专项资金管理按下列分工开展：\n"
         "（一）区发展改革委负责项目审核；\n"
         "（二）区审计局负责资金审计。\n"
         # (answered by a body of the plan: with no agent it would state a consequence, no task — Round 51 q47b)
         "第四条 单位和个人有下列情形之一的，由区财政局依照《财政违法行为处罚处分条例》处理;"
         "涉嫌犯罪的，依法移送司法机关处理：\n"
         "（一）虚报冒领专项资金的;\n"
         "（二）挪用专项资金的;\n"
         "（三）其他违反财政管理规定的行为。\n"
         "第五条 本办法自发布之日起施行。\n")


def test_cases_with_a_long_consequence_are_one_task():
    got = keys(CASES)
    assert not any(k.startswith("4/") for k in got)
    fourth = next(t for t in parse_text(CASES).tasks if "挪用专项资金" in t.text)
    assert "虚报冒领" in fourth.text


COUNTED = ("某镇春节走访慰问方案\n"
           "一、走访慰问对象及人数\n"
           "1、烈属4户\n"
           "2、在乡老复员军人12人\n"
           "3、困难退伍人员若干名\n"
           "二、工作安排\n"
           "1、镇民政办负责在1月20日前准备慰问物资。\n"
           "2、镇党政办负责安排走访车辆。\n")


def test_persons_counted_by_kind_are_text():
    got = keys(COUNTED)
    assert "一/1" not in got and "一/2" not in got
    assert "二/1" in got and by_key(COUNTED)["二/2"].responsible_units == ["镇党政办"]


PAPERS = ("某小区公共收益管理办法\n"
          "一、账户管理\n"
          "1.区房管局负责监督账户开立。\n"
          "2.街道房管办负责审核收益入账。\n"
          "二、档案管理\n"
          "物业服务企业应有专人负责公共收益相关材料的保管，并形成索引：\n"
          "（一）物业服务合同；\n"
          "（二）收支明细登记表；\n"
          "（三）业主大会作出的决议等书面材料。\n")


def test_papers_to_keep_are_the_text_of_their_item():
    # (二、 is then a heading naming no doer — 专人 is a person — and no task)
    assert keys(PAPERS) == ["一/1", "一/2"]


SCOPES = ("某区违法用地整治方案\n"
          "一、整治内容\n"
          "其中，以下情形作为本轮行动的重点整治内容：\n"
          "（一）不符合规划的违法用地，涉及面积约300亩；\n"
          "（二）位于生态保护红线内的违法用地，涉及面积约50亩。\n"
          "二、工作要求\n"
          "（一）区规划资源局负责牵头组织整治。\n"
          "（二）各街镇负责属地整治。\n")


def test_cases_named_as_work_stay_items():
    # near miss: the cases a lead-in names as the work's scope 「以下情形作为…重点整治内容：」 are items
    got = keys(SCOPES)
    assert "一/一" in got and "一/二" in got


WORK = ("某区节能工作方案\n"
        "一、重点任务\n"
        "按照以下标准：\n"
        "1.区发展改革委负责推进公共建筑节能改造，完成10万平方米；\n"
        "2.区住房城乡建设管理委负责推广绿色建筑。\n"
        "二、保障措施\n"
        "1.区财政局负责落实资金。\n")


def test_work_lines_under_a_scale_lead_in_stay_items():
    # near miss: a 标准 lead-in whose lines are work without an amount of money or a share each
    got = keys(WORK)
    assert "一/1" in got and "一/2" in got


FIELDS = ("某县文化馆2026年春节活动安全预案\n"
          "为确保春节文化活动安全举办，特制定以下预案：\n"
          "一、迎春书画展\n"
          "(一)活动时间\n"
          "2月1日—2月15日(每周一闭馆)\n"
          "(二)活动地点\n"
          "县文化馆展厅。\n"
          "(三)安全防范措施\n"
          "1.每天安排工作人员4名做好参观秩序疏导工作。\n"
          "2.高峰时段限制进入人数。\n"
          "(四)安全责任单位:县文化馆。\n"
          "二、元宵猜灯谜\n"
          "(一)活动时间\n"
          "2月24日\n"
          "(二)活动地点\n"
          "县人民广场。\n"
          "(三)安全责任单位:县图书馆。\n")


def test_a_field_block_with_numbered_measures_is_one_task():
    got = by_key(FIELDS)
    assert list(got) == ["一", "二"]
    first = got["一"]
    assert first.responsible_units == ["县文化馆"] and "高峰时段" in first.text
    assert first.deadline is not None and first.deadline.endswith("02-15")
    assert got["二"].responsible_units == ["县图书馆"]


NOT_FIELDS = ("某区安全生产工作方案\n"
              "一、重点工作\n"
              "(一)安全防范措施\n"
              "1.区应急局负责组织隐患排查。\n"
              "2.区消防救援支队负责开展消防检查。\n"
              "(二)安全防范重点\n"
              "1.区市场监管局负责特种设备检查。\n"
              "2.区住建委负责在建工地检查。\n")


def test_measure_headings_without_a_time_or_place_field_stay_items():
    # near miss: 措施／重点 headings alone (no time or place field beside them) are a plan's own headings
    got = keys(NOT_FIELDS)
    assert "一/一/1" in got and "一/二/2" in got

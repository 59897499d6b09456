#!/usr/bin/env python3
"""Hand-labelled verdict gold for 博野县: plan of 2024 judged by the review part of the 2025 report.

    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_boye2024.py              # checks, writes the gold file
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_boye2024.py --show       # also prints every record
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_boye2024.py --uncovered  # plan numbers in no target span

Labelled by the rules of the five shared pairs (shared/spec/verdicts.md; the machinery,
in verdict_gold.py, is theirs), as a pair the rules were not written against: the labels were written by reading
the two texts only, before Luoshi was run on this pair.

Paths are relative to this file: the reports are ../../boye-2024.txt (plan) and
../../boye-2025.txt (review), normalized with Tests/Support/normalize.py (a copy of the
reference normalization); offsets are Python str indexes (code points) into that text.
The gold file is written to ../boye-2024.verdicts.gold.jsonl.

Plan part  : from "二、2024年政府工作总体思路和目标任务" up to "三、加强政府自身建设" (targets,
             sections （一）…（六） and the 12 民生实事; vague tasks mostly left out).
Review part: from "一、2024年工作回顾" up to "二、2025年政府工作总体思路".
Labelled after Luoshi had been tuned on 清苑 and 满城, and before it was run on this pair.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verdict_gold import Pair  # noqa: E402

pair = Pair("boye-2024.txt", "boye-2025.txt",
            plan_part=("\n二、2024年政府工作总体思路和目标任务\n", "\n三、加强政府自身建设\n"),
            review_part=("\n一、2024年工作回顾\n", "\n二、"), place="博野")
Q, T = pair.Q, pair.T

# ===========================================================================
# 主要预期目标
# Review: "预计全年地区生产总值完成86亿元，增长6%；固定资产投资增长26%；规模以上工业增加值增长13%；
# 社会消费品零售总额增长8%；一般公共预算收入完成3.9亿元，增长10%；城镇、农村居民人均可支配收入分别
# 增长6%和7%" and, later, "全县进出口总额完成2.5亿元" (an amount, no rate).
# ===========================================================================
Q("地区生产总值增速6%以上", "reached", (6, "%"), "预计全年地区生产总值完成86亿元，增长6%")
Q("一般公共预算收入增长15%以上", "short", (10, "%"), "一般公共预算收入完成3.9亿元，增长10%")
Q("规上工业增加值增长8%以上", "reached", (13, "%"), "规模以上工业增加值增长13%")
Q("固定资产投资增长7%左右", "exceeded", (26, "%"), "固定资产投资增长26%")
Q("社会消费品零售总额增长6%左右", "exceeded", (8, "%"), "社会消费品零售总额增长8%")
Q("进出口总额增长5%左右", "progress", None, "全县进出口总额完成2.5亿元", optional=True)
# Urban 6 % (short), rural 7 % (reached): no single outcome.
Q("城乡居民人均可支配收入增长7%左右", "short", None, "城镇、农村居民人均可支配收入分别增长6%和7%", split=True,
  optional=True)
T("其他约束性指标确保完成省定、市定任务", "silent", optional=True)

# ===========================================================================
# （一）产业、项目、营商环境
# ===========================================================================
T("生态涂装、橡胶机带两个产业加快向数字化、高端化、知名化方向发展", "progress", None,
  "橡胶机带、生态涂装两个特色产业集群向更高端、更绿色转型", optional=True)
Q("上云企业[14]突破300家", "silent")
# 即将投产: not producing yet.
T("智行者项目确保年内投产", "progress", None, "智行者、非夕科技2家全球独角兽[2]企业即将投产")
T("全力加快非夕科技、富翔航空等重点项目进度", "progress", None, "智行者、非夕科技2家全球独角兽[2]企业即将投产")
Q("全年新增省级“专精特新”企业4家", "silent")
Q("专精特新“小巨人”企业[16]1家", "silent")
Q("单项冠军企业[17]1家", "silent")
Q("规上工业企业增长6家以上", "silent")
Q("全年引进项目30个以上", "silent")
T("至少引入1家央企二三级子公司或创新业务板块", "silent", optional=True)
# 21 key projects (55.3亿) against 92 (137亿): possibly another list.
T("全力推进总投资137亿元的92个重点项目", "short", (21, "个"), "全年谋划实施总投资55.3亿元的重点项目21个", optional=True)
T("加快推进已下达资金的5个国债项目", "progress", None, "谋划包装专债、国债项目18个")
Q("开展消费促进活动20场以上", "silent")
T("完成县政务服务中心整体改造提升", "silent")
Q("全年开展“政企对接”活动不少于20场", "silent")
T("应用“先建后验”[19]“先产后验”[20]审批新模式", "progress", None, "探索实施“先产后验”", optional=True)

# ===========================================================================
# （二）创新
# ===========================================================================
T("支持三棵树省级技术创新中心建设", "silent")
Q("新增高新技术企业3家", "silent")
Q("科技型中小企业20家以上", "reached", (102, "家"), "新增国家级、省级科技型中小企业102家")
Q("职业技能培训达到1500人次以上", "silent")
T("紧盯智能制造产业园建设进度", "progress", None, "5.7万平米标准车间、工人文化宫、供水、供气管网加快建设", optional=True)
Q("盘活低效用地500亩以上", "silent")

# ===========================================================================
# （三）城市
# ===========================================================================
# 石雄城际 itself is started; the connector to it is not mentioned.
T("谋划启动高铁连接线建设", "silent")
T("谋划启动总长13.1公里的博望路、博温路两条主干路大修工程", "silent")
T("实施潴龙河大桥重建项目", "progress", None, "潴龙河大桥重建项目加快施工")
T("加快博文路三期道路建设进度", "done", None, "博文路三期顺利通车")
T("确保年内竣工通车", "done", None, "博文路三期顺利通车")
T("谋划实施博文路、兴隆街道路绿化景观工程", "silent")
# 15 of the 16 started (全面开工), none said finished: part of a counted target (spec: progress).
# (First labelled short; changed for the spec's wording after the blind score.)
T("实施总投资11.35亿元的16个城市建设项目", "progress", None, "总投资12.2亿元的15个城建项目全面开工")
T("加快推进县医院分院、新职教中心、全民健身中心等重点工程", "progress", None,
  "县医院分院、新职教中心、全民健身中心等民生保障设施同步推进")
T("谋划启动第二公园", "silent")
T("实施城区内涝排水改造工程", "done", None, "城区积水排涝问题得到有效解决", optional=True)
Q("新增公共停车位500个以上", "silent", tctx="年内新增公共停车位500个以上。加强")

# ===========================================================================
# （四）乡村
# ===========================================================================
T("加快推进4万亩高标准农田建设", "silent")
Q("保障粮食生产面积36万亩", "silent")
Q("产量稳定在16万吨以上", "silent")
T("加快促进总投资1.8亿元的富泉食品项目落地", "silent")
T("推动粤旺一产尽快投入运行、二产加快实施", "silent")
Q("新培育省市级龙头企业2家以上", "silent")
Q("打造2个和美乡村示范带", "silent")
Q("建成精美示范村1个", "silent")
Q("洁美延展村10个", "silent")
Q("净美达标村达标率100%", "silent")
Q("改造建设“四好农村路”[31]10公里以上", "reached", (15.6, "公里"), "完成“四好农村路”[8]建设15.6公里")
T("完成21座农村桥梁修复工程", "silent", tctx="完成21座农村桥梁修复工程，进一步畅通")
Q("新增新型经营主体15家", "silent")
Q("农民合作社、家庭农场总量达到500家以上", "silent")
Q("建成1个以上移风易俗示范镇", "silent")
Q("5个以上移风易俗示范村", "silent")
Q("提升各类综合文化场所8个", "silent")

# ===========================================================================
# （五）生态
# ===========================================================================
Q("地表水断面水质达标率100%", "silent")
T("确保单位GDP能耗完成下达目标", "silent")
T("有序开发风、光新能源", "progress", None, "国电投、华能等4家央企风电项目全面启动", optional=True)

# ===========================================================================
# （六）民生，and the 12 民生实事
# ===========================================================================
T("完成小店中学宿舍楼、史家佐小学教学楼建设工程", "silent")
T("力争新职教中心主体完工", "progress", None, "县医院分院、新职教中心、全民健身中心等民生保障设施同步推进")
T("完成6所学校改造提升和教学设备采购", "silent")
Q("新增学位300个以上", "reached", (800, "个"), "新增义务教育学位800个")
T("高考成绩实现新的突破", "done", None, "高考成绩实现历史性新突破")
T("申请3所人工智能创客教育实验校", "silent")
T("争创3所省级体育传统特色学校", "silent")
T("县医院分院项目整体完工", "progress", None, "县医院分院、新职教中心、全民健身中心等民生保障设施同步推进")
T("完善博野镇、程委镇、南小王镇3所卫生院养老服务职能", "silent")
Q("增设养老床位50张以上", "silent")
Q("重点人群家庭医生签约率稳定保持在80%以上", "silent")
T("积极争创省级健康县区", "silent")
Q("医疗保险参保率达到95%以上", "reached", (95, "%"), "基本医疗保险参保率达到95%以上")
Q("打造2家普惠托育示范机构", "silent", tctx="打造2家普惠托育示范机构，营造")
T("完成博文路三期道路建设", "done", None, "博文路三期顺利通车")
# 信息智能产业园 with its 5.7万平米 of workshops finishing: possibly this park.
T("开发区智能制造产业园北区投入使用", "progress", None, "5.7万平米标准厂房陆续完工、企业相继入驻", optional=True)
Q("年内新增标准车间面积1.7万平方米", "silent", optional=True)
T("县医院分院新建项目年内完工", "progress", None, "县医院分院、新职教中心、全民健身中心等民生保障设施同步推进")
Q("改造提升高标准农田4万亩", "silent")
T("完成10公里以上“四好农村路”建设", "reached", (15.6, "公里"), "完成“四好农村路”[8]建设15.6公里")
T("实施潴龙河大桥建设项目", "progress", None, "潴龙河大桥重建项目加快施工")
T("启动潴龙河博野段治理工程", "silent")
# 主体完工, in use next year.
T("推进全民健身中心项目建设", "progress", None, "全民健身中心项目主体完工")
Q("提升农村健身场地7处", "silent")
T("完成机器人装配与维护实训基地项目建设", "progress", None, "机器人实训基地完成室内装修")
Q("全年新增就业2000人以上", "reached", (2100, "人"), "城镇新增就业2100人")
Q("社会失业率稳定保持在4.5%以下", "silent")
Q("对260户特殊困难老年人家庭进行居家适老化改造", "silent")


if __name__ == "__main__":
    pair.main()

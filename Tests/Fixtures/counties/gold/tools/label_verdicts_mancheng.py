#!/usr/bin/env python3
"""Hand-labelled verdict gold for 满城区: plan of 2022 judged by the review part of the 2023 report.

    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_mancheng.py              # checks, writes the gold file
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_mancheng.py --show       # also prints every record
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_mancheng.py --uncovered  # plan numbers in no target span

Labelled by the rules of the five shared pairs (shared/spec/verdicts.md; the machinery,
in verdict_gold.py, is theirs), as a pair the rules were not written against: the labels were written by reading
the two texts only, before Luoshi was run on this pair.

Paths are relative to this file: the reports are ../../mancheng-2022.txt (plan) and
../../mancheng-2023.txt (review), normalized with Tests/Support/normalize.py (a copy of the
reference normalization); offsets are Python str indexes (code points) into that text.
The gold file is written to ../mancheng-2022.verdicts.gold.jsonl.

Plan part  : from "二、2022年主要任务" up to the glossary "名词解释：" (targets, sections （一）…（六）
             and part 三; vague tasks mostly left out, a few labelled optional).
Quantity targets are spanned as extraction spans a quantity (spec/extraction.md): without a purpose
or time word in front (`新增“小升规”企业26家以上`, not `力争新增…`).
Review part: from "一、2022年工作回顾" up to "二、2023年目标任务和重点工作".
Labelled after Luoshi had been tuned on 清苑 2024 → 2025, and before it was run on this pair.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verdict_gold import Pair  # noqa: E402

pair = Pair("mancheng-2022.txt", "mancheng-2023.txt",
            plan_part=("\n二、2022年主要任务\n", "\n名词解释："),
            review_part=("\n一、2022年工作回顾\n", "\n二、2023年目标任务和重点工作\n"), place="满城")
Q, T = pair.Q, pair.T

# ===========================================================================
# 主要预期目标
# Review: "预计全年地区生产总值增长3%，社会消费品零售总额增长5%，一般公共预算收入完成7.8亿元、
# 可比增长2.3%，城乡居民人均可支配收入分别增长7%以上，规模以上工业增加值增速高于全市平均水平。"
# ===========================================================================
Q("地区生产总值增长8%以上", "short", (3, "%"), "预计全年地区生产总值增长3%")
Q("一般公共预算收入增长8%以上", "short", (2.3, "%"), "一般公共预算收入完成7.8亿元、可比增长2.3%")
# A rate above the city's average, no figure: spoken of, not settled.
Q("规模以上工业增加值增长9%以上", "progress", None, "规模以上工业增加值增速高于全市平均水平", optional=True)
Q("固定资产投资增长8%以上", "silent")
Q("社会消费品零售总额增长8.5%以上", "short", (5, "%"), "社会消费品零售总额增长5%")
Q("进出口总值增长5%以上", "silent")
Q("实际利用外资增长5%以上", "silent")
# One figure for urban and rural alike (分别增长7%以上).
Q("居民人均可支配收入增长8.5%以上", "short", (7, "%"), "城乡居民人均可支配收入分别增长7%以上")
T("能耗及污染物排放等约束性指标完成市定任务", "silent", optional=True)

# ===========================================================================
# （一）城市更新
# ===========================================================================
T("启动中心城区控制性详细规划调整", "silent")
T("加快推进乡镇总体规划和村庄实用性详细规划编制", "silent")
T("谋划启动地下管线勘测和线缆入地工程", "silent")
# 即将通车: not finished in the year.
T("完成西二环北延工程", "progress", None, "西二环北延（北三环至马坊路）、龙津路（育才街至永乐街）、育才街（龙津路至春台路）即将通车")
T("启动满新街（中山路至复兴路西延）扩宽升级和汉贤街北延工程", "silent")
T("推进宏昌大街南延（致远路至复兴路西延）、复兴路再西延、北三环西延工程", "silent")
T("推动实施育才街（龙津路至春台路）、龙津路（燕赵街至育才街）、永乐街（龙津路至春台路）、北二路（宏昌大街至永乐街）工程",
  "progress", None, "西二环北延（北三环至马坊路）、龙津路（育才街至永乐街）、育才街（龙津路至春台路）即将通车")
# The avenue is finished (惊艳亮相); the motorway ramps are not mentioned.
T("高标准实施旭宁街景观大道和京昆高速（于河段）上下道口改造", "progress", None, "旭宁街景观大道、隆基泰和广场惊艳亮相")
T("深入实施“灯火楼台万家明”城市夜景工程", "silent")
T("谋划建设集“五馆两中心”【10】为一体的市民中心综合体项目", "silent")
T("启动城区综合体育馆、综合博物馆、五星级宾馆建设", "progress", None,
  "中山路改造提升、寰球国际酒店、综合体育馆、文旅中心等项目加快推进")
T("积极承接保定市动物园搬迁", "silent")
T("攻坚城东、北庄等城中村改造", "silent")
# 大赛 resettlement: 基本建成 (done, or under way).
T("加快推进大赛二期征迁和安置房建设", "done", None, "大赛等棚户区改造基本建成507套", optional=True)
Q("完成90个老旧小区改造", "reached", (90, "个"), "90个老旧小区旧貌换新颜")
T("推动集中供热管网入城", "silent")
T("力争完成雨污分流改造二期和南延北伸暨城乡（园区）智慧供水工程及配套管网建设", "silent")
T("启动大册营和南韩村镇域基础提升工程", "silent")
T("谋划建设城北湿地公园", "silent")
T("完成北关沟东马沟河道改造", "silent")
T("启动城区风貌和建筑风格专项规划", "silent")
T("常态化创建省级文明城区", "progress", None, "争创省级文明城区")
T("全面推行“首违不罚”【11】", "silent", optional=True)
# 东马 moved; 杨佐 not mentioned.
T("加快推进东马、杨佐钢材市场退城搬迁", "progress", None, "存在30多年的东马钢材市场仅用53天顺利搬迁")
T("盘活木材市场用地", "silent")

# ===========================================================================
# （二）产业
# ===========================================================================
T("支持河北京车参与“轨道上的京津冀”等国家战略建设", "done", None, "河北京车全国首列中运量氢能列车下线", optional=True)
T("支持英利6.5GW光伏电池、龙田医药等为代表的新兴产业蓬勃发展", "progress", None,
  "仅用27天圆满完成英利5GW光伏电池项目220户337亩征迁任务", optional=True)
T("加快金融谷数据服务产业基地建设", "silent")
T("启动漕河科技创新示范园绿化、亮化、美化提升工程", "silent")
T("完成基础设施综合提升项目主体工程", "progress", None, "总投资20.8亿元的7个园区基础设施建设项目有序推进")
T("打通经二路、经三路、新兴产业园新希望路", "silent")
T("推进华北生活用纸会展中心建设", "silent")
T("支持联东U谷二期、中南土木工程轨道交通产业园等“园中园”建设", "silent")
Q("深挖土地整理指标500亩", "silent")
Q("预收储国有建设用地600亩", "silent")
T("鼓励维达康、冀开等企业上市", "silent")
Q("申报中国驰名商标1个", "silent")
T("推进华北民生保障中心项目、韵达数字化物流产业园等建设", "silent")

# ===========================================================================
# （三）乡村振兴
# ===========================================================================
Q("建设高标准农田1万亩", "exceeded", (13000, "亩"), "实施高标准农田1.3万亩")
Q("粮食产量稳定在15万吨以上", "silent")
Q("培育1-2个“育繁推”一体化企业", "silent")
# 2.4万亩 is the whole area, not what was added.
Q("新增设施农业1.04万亩", "progress", None, "设施农业种植面积达到2.4万亩", optional=True)
# Parks are counted in 家 in the review.
Q("创建市级以上现代农业园区2个", "exceeded", (3, "家"), "现代农业园区3家")
Q("“两品一标”认证1个以上", "reached", (14, "个"), "“两品一标”产品认证14个")
T("支持龙湖、城南片区争创省级乡村振兴示范区", "progress", None, "城南和龙湖两大乡村振兴示范区完成投资近亿元")
Q("建成省级美丽乡村9个", "reached", (9, "个"), "创建省级美丽乡村9个")
Q("完成“四好农村路”30公里", "exceeded", (37.2, "公里"), "完成“四好农村路”37.2公里")
Q("硬化巷道12万平方米", "reached", (120000, "平方米"), "硬化巷道12万平方米", tctx="硬化巷道12万平方米，改造户厕")
Q("改造户厕8000座", "short", (4775, "座"), "新改造户厕4775座")
# The review's 公厕9座 stand in the city paragraph; the plan's 100 are rural.
Q("新建公厕100座", "short", (9, "座"), "公厕9座", optional=True)
Q("规模经营面积达到7.2万亩", "silent")
Q("培育新型农业经营主体45家", "exceeded", (647, "家"), "新型农业经营主体647家")
T("完成石井乡撤乡设镇", "silent")

# ===========================================================================
# （四）项目、环境、创新
# ===========================================================================
Q("全年引进项目50个以上", "reached", (77, "个"), "累计引入项目77个")
T("积极对接沃沐豪热泵、屹马毫米波雷达等在谈项目", "silent")
T("全程跟踪服务瑞航硼材料、金源科技、国药乐仁堂、古城制药等签约项目", "progress", None,
  "国药乐仁堂、清华智宜科技园等10个项目加速建设", optional=True)
# 10 projects under construction (加速建设): started, the count reached.
Q("开工项目10个以上", "reached", (10, "个"), "国药乐仁堂、清华智宜科技园等10个项目加速建设", optional=True)
T("加快推进华夏智行、德克马仕等在建项目", "progress", None, "邦泰氨纶技改、德克马仕、华夏智行等8个项目投产或即将竣工")
T("拓展“一网通办”业务范围", "done", None, "“一网通办”“免证办”事项分别达到1700余项、1000余项", optional=True)
T("推进“标准地”改革和开发区区域评估", "silent")
Q("新增“小升规”企业26家以上", "silent")
Q("“专精特新”企业1家以上", "reached", (20, "家"), "“专精特新”企业20家")
T("确保年内跃升至全省A类", "done", None, "区域科技创新能力跃升54个位次、至全省A类")
Q("建成院士工作站1个", "silent")
Q("新增高新技术企业3家", "exceeded", (5, "家"), "新增高新技术企业5家")
Q("科技型中小企业30家", "exceeded", (47, "家"), "科技型中小企业47家")
Q("研发平台及众创空间各1家", "exceeded", (7, "家"), "市级以上创新平台7家", optional=True)
Q("全区万人发明专利拥有量达到4件", "silent")
T("制定中长期青年发展规划", "silent")

# ===========================================================================
# （五）生态与风险
# ===========================================================================
T("确保空气质量持续好转", "silent")
T("谋划启动漕河生态景观带建设", "silent")
T("完成农村生活水源江水置换任务", "done", None, "总投资4.7亿元的农村生活水源江水置换工程基本完工")
T("同步关停自备井", "done", None, "超额完成自备井关停任务")
T("确保地下水位持续回升", "done", None, "地下水位回升幅度稳居全省前列")
T("推动有证矿山有序退出", "done", None, "8家有证矿山关闭退出")
T("积极创建省级森林城市", "silent")
Q("造林绿化6000亩", "exceeded", (26000, "亩"), "营造林2.6万亩")
Q("全年完成5000平方米以上", "silent")
Q("新开工装配式建筑达到新建建筑面积的25%以上", "silent")
T("常态化治理欠薪", "done", None, "狠抓根治欠薪", optional=True)

# ===========================================================================
# （六）民生
# ===========================================================================
Q("新增城乡就业2430人", "exceeded", (2665, "人"), "城镇新增就业2665人")
Q("政策性扶持创业100人以上", "silent")
T("完成职教中心开放式综合实训楼续建工程", "done", None, "职教中心新型技能实训基地建成投用", optional=True)
Q("改造薄弱校32所", "short", (13, "个"), "改造薄弱校13个")
T("谋划新建城区小学和公办幼儿园各一所", "silent")
T("确保顺利通过省政府对县级政府履行教育职责评价和中等职业学校标准化建设验收", "silent")
T("谋划启动区医院（西区）二期和公立中医院建设", "silent")
T("支持保定第七医院创建三级医院", "silent")
T("加快公益性公墓建设", "silent")
T("全力争创国家卫生城市", "done", None, "先后荣获省级数字赋能县域经济试点区和卫生城市等称号", optional=True)
T("稳妥推进城区公交并购和巡游出租车同城运营", "silent")
T("谋划启动职教中心、保定第七医院等过街天桥建设", "progress", None, "职教中心过街天桥主体完工")
Q("新改建口袋公园15处", "short", (12, "处"), "新改建主题及口袋公园12处")
Q("新增停车位3200个", "short", (2164, "个"), "新增停车位2164个")
T("圆满完成省、市20项民生工程和区人代会票决的10件民生实事", "silent")
T("持续推进省级法治政府创建", "progress", None, "争创省级法治政府建设示范区", optional=True)


if __name__ == "__main__":
    pair.main()

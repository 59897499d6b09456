#!/usr/bin/env python3
"""Hand-labelled verdict gold for 清苑区: plan of 2024 judged by the review part of the 2025 report.

    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_qingyuan.py              # checks, writes the gold file
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_qingyuan.py --show       # also prints every record
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_qingyuan.py --uncovered  # plan numbers in no target span

Labelled by the rules of the five shared pairs (shared/spec/verdicts.md; the machinery,
in verdict_gold.py, is theirs), as a pair the rules were not written against: the labels were written by reading
the two texts only, before Luoshi was run on this pair.

Paths are relative to this file: the reports are ../../qingyuan-2024.txt (plan) and
../../qingyuan-2025.txt (review), normalized with Tests/Support/normalize.py (a copy of the
reference normalization); offsets are Python str indexes (code points) into that text.
The gold file is written to ../qingyuan-2024.verdicts.gold.jsonl.

Plan part  : from "二、2024年工作目标和主要任务" up to the page debris "免责声明" (targets, sections
             （一）…（七） and part 三 on the government itself; vague tasks mostly left out, a few
             labelled optional).
Quantity targets are spanned as extraction spans a quantity (spec/extraction.md): without a purpose
or time word in front (`新增“小升规”企业26家以上`, not `力争新增…`).
Review part: from "一、2024年工作回顾" up to "二、2025年工作目标和主要任务".
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verdict_gold import Pair  # noqa: E402

pair = Pair("qingyuan-2024.txt", "qingyuan-2025.txt",
            plan_part=("\n二、2024年工作目标和主要任务\n", "\n免责声明"),
            review_part=("\n一、2024年工作回顾\n", "\n二、2025年工作目标和主要任务\n"), place="清苑")
Q, T = pair.Q, pair.T

# ===========================================================================
# 预期目标
# Review: "初步预计，全区地区生产总值同比增长6%以上；规模以上工业增加值同比增长11.3%；固定资产投资
# 同比增长25%；一般公共预算收入同比增长1.45%；社会消费品零售总额同比增长6.2%；城乡居民人均可支配
# 收入分别同比增长4.5%左右和6%左右。"  进出口 is not reported.
# ===========================================================================
Q("生产总值增长6%左右", "reached", (6, "%"), "全区地区生产总值同比增长6%以上")
Q("一般公共预算收入增长6%左右", "short", (1.45, "%"), "一般公共预算收入同比增长1.45%")
Q("规上工业增加值增长6%以上", "reached", (11.3, "%"), "规模以上工业增加值同比增长11.3%")   # gte: reached
Q("固定资产投资增长7%左右", "exceeded", (25, "%"), "固定资产投资同比增长25%")
Q("社会消费品零售总额增长6%左右", "reached", (6.2, "%"), "社会消费品零售总额同比增长6.2%")
Q("进出口总值增长5%左右", "silent")
# One target for urban and rural alike; both below 7: short, no single actual.
Q("居民人均可支配收入增长7%", "short", None, "城乡居民人均可支配收入分别同比增长4.5%左右和6%左右", split=True)
# "主要经济指标稳中有进" says nothing of the city ranking.
T("力争主要经济指标进入全市前列", "silent", optional=True)

# ===========================================================================
# （一）项目建设
# The review gives the year's tranches of key projects: 16 built and producing (plan 6),
# 7 at the planned stage (plan 13), 11 started (plan 11); the named firms differ, the
# tranches are the same lists (the 11 started match exactly).
# ===========================================================================
T("大力实施总投资127亿元的36个省、市重点项目", "progress", None, "重点项目提速建设")
T("确保康达水业等投资37亿元的6个项目建成投产", "exceeded", (16, "个"), "颐鼎升智能起重等16个项目建成投产")
T("旭威汽车零部件等投资42亿元的13个项目达到形象进度", "short", (7, "个"), "古城香文化产业园等7个项目达到形象进度")
T("中南高科·清苑新经济产业园（二期）等投资29.2亿元的11个项目尽快开工", "reached", (11, "个"),
  "光束激光金属3D打印等11个项目开工建设")
T("弗朗智能装备等投资18.8亿元的6个前期项目取得实质性进展", "silent")
# 50 projects' preparation; the review: 12 国债 and 11 专项债 projects under way (other counts).
T("抓好50个超长期特别国债和增发万亿国债项目前期工作", "progress", None, "12个增发国债项目和11个专项债券项目进展顺利",
  optional=True)
T("争取新谋划的33个政府专项债券项目实现“双通过”", "silent")
T("做好保定职教园区（二期）前期工作", "silent")
T("配合加快雄忻高铁及保定南站建设", "progress", None, "雄忻高铁、西三环南延、北三环东延加快建设")
T("组建专业化招商小分队", "silent", optional=True)
# Park infrastructure: the review names the zone's network and 双九通一平, not the phase-one project.
T("尽快完成经济开发区基础设施提升项目一期工程扫尾", "progress", None, "开发区“双九通一平”扎实推进", optional=True)
T("完成110kV邓阮线迁改", "silent")
# 新华西路 is named in the review as a road built in the zone's section; the plan's is its pipes.
T("改造提升新华西路、壁阳城街和发展西路管网", "progress", None,
  "完成城区段迎宾路西延、新华西路和中心西路开发区段新（改）建", optional=True)
T("保障7个项目390亩土地“标准地”供地", "silent")
# 450亩 is all construction land put to use in the district, of which the idle 120亩 may be part.
T("盘活中汽零等闲置土地120亩", "exceeded", (450, "亩"), "全区盘活利用建设用地450亩", optional=True)
T("深化“政银企”对接", "done", None, "开展“政银企”对接", optional=True)

# ===========================================================================
# （二）产业转型
# ===========================================================================
T("加快建设立中百亿工业园", "silent")
# 颐鼎升智能起重 is a firm's project (built), the park itself is not named.
T("全力推进智能起重产业园建设", "silent", optional=True)
T("规划布局汽车零部件产业园", "silent")
T("谋划打造电力装备制造产业园", "silent")
Q("工业投资和技改投资增长7％左右", "silent")
T("争取更多产品列入河北省首台（套）重大技术装备目录", "silent", optional=True)
# 科技型中小企业 are registered by the province: the same count.
Q("新增省级科技型中小企业20家", "exceeded", (154, "家"), "科技型中小企业154家")
Q("高新技术企业5家", "exceeded", (24, "家"), "全年新增国家级高新技术企业24家")
T("打造“产城职创”融合试验区", "silent")
Q("打造数字化工厂1—2家", "silent")
Q("培育“小升规”工业企业5家", "silent")
# A count of new market entities, not a growth rate: spoken of, not settled.
Q("市场主体增速保持在15%以上", "progress", None, "全年新增市场主体6355家", optional=True)

# ===========================================================================
# （三）三产
# ===========================================================================
T("推进泽龙希尔顿等高品质酒店建设", "silent")
T("在城区核心区域谋划建设商旅综合体", "silent")
Q("新增入统商贸企业2家", "silent")
T("力争年内游客人数、旅游收入均增长16%以上", "silent")
T("大力推进“快递进村”", "silent", optional=True)

# ===========================================================================
# （四）城市建管
# ===========================================================================
T("编制全区国土空间总体规划", "done", None, "编制《全区国土空间规划》和128个村庄规划")
# Village plans made (128), the detailed and township plans not reported: part done.
T("完善城区控制性详细规划、乡镇总体规划和村庄规划", "progress", None, "编制《全区国土空间规划》和128个村庄规划")
T("推进科技孵化产业园等项目建设", "silent")
T("实施西三环南延", "progress", None, "雄忻高铁、西三环南延、北三环东延加快建设")
T("启动南三环", "progress", None, "石雄高铁、南三环前期工作进展顺利")
T("谋划乐凯大街南延至南三环工程", "silent")
T("配合做好北三环东延和保新路建设", "progress", None, "雄忻高铁、西三环南延、北三环东延加快建设")
# Three city roads named as built: not a count given, part of the four.
T("投资4.4亿元新改扩建城区主次干路4条", "progress", None, "完成城区段迎宾路西延、新华西路和中心西路开发区段新（改）建")
T("打通断头路和卡脖路5条", "silent")
T("谋划实施投资8.5亿元的城市排水防涝能力提升工程", "progress", None, "新改建雨污水泵站4座、雨水调蓄池2座")
Q("新改建雨污水泵站和雨水调蓄池6座", "reached", None, "新改建雨污水泵站4座、雨水调蓄池2座", split=True)
T("建设智慧调度平台", "silent")
T("实施污水处理厂Ⅲ类水提标改造", "done", None, "城区污水处理厂Ⅲ类水提标改造基本完成")
T("谋划第二污水处理厂、第二热源", "silent")
T("深入推进城乡客运一体化建设", "done", None, "城乡客运实现一体化")
T("稳步推进棚改集中安置项目", "progress", None, "棚改安置稳步推进")
T("力争大堤口城中村改造、东石桥河道村搬迁、北三环东延安置房竣工交房", "silent")
T("谋划富苑市场改造", "silent")
T("更新丰富“宋风雅集”经营业态", "silent")
T("加快全民健身中心建设", "silent")
T("在条件成熟的地块续建一批口袋公园", "progress", None, "公园绿地达40个", optional=True)
T("持续推进省级文明城区创建", "silent")
T("高标准完成保定创建国家卫生城市任务", "silent")
T("谋划建设中心城区停车场", "silent")

# ===========================================================================
# （五）三农
# ===========================================================================
# The review counts harvests (二十二连增), not the sown area.
Q("粮食播种面积稳定在105万亩以上", "silent", optional=True)
Q("创建小麦万亩示范片2个", "silent")
Q("千亩示范方10个", "silent")
T("投资2.6亿元实施高标准农田建设9.5万亩", "reached", (95000, "亩"), "新改建高标准农田9.5万亩")
T("加快推进冷链仓储设施和冷链物流园项目建设", "silent")
T("组织举办2024年中国农民丰收节", "silent")
Q("全年打造秀美共富村5个", "silent")
Q("精美示范村6个", "silent")
Q("洁美延展村45个", "silent")
# 省级和美乡村14个 are villages; the plan's 示范区 are areas of several villages.
Q("建成和美乡村示范区2个", "silent")
Q("净美达标村100%达标", "silent")
# 村与村连接线 and 背街里巷 of the villages ↔ 通村道路、村内街道 (the city's 背街小巷28条 are counted apart).
Q("改造提升背街里巷及村与村连接线973公里", "short", (210, "公里"), "改造提升通村道路、村内街道210公里")
Q("建设城乡垃圾转运站16座", "silent")
T("继续实施电网基础设施建设三年提升行动", "progress", None, "完成39个村电网补强", optional=True)
T("加快110kV北大冉输变电工程建设", "silent")
T("谋划110kV南赵线迁改和新城站输变电工程", "silent")
T("完成地表水厂建设", "silent")
T("谋划建立清苑乡村振兴人才库", "silent")
T("支持保障农业科技特派员、农业职业经理人到乡村开展工作", "done", None,
  "73名农业科技特派员、大学生农业职业经理人扎根田间带农致富", optional=True)
T("启动新时代文明实践中心建设", "silent")
Q("打造移风易俗示范乡镇1个", "silent")
Q("示范村5个", "silent", tctx="示范乡镇1个、示范村5个")
T("争创保定市基层治理先进典型", "silent")

# ===========================================================================
# （六）生态
# ===========================================================================
T("确保空气质量持续改善", "done", None, "大气质量持续好转")
# Rivers not named; six rivers treated in the year.
T("启动漕河、府河、唐河（清苑区段）治理工程", "progress", None, "对全区6条河道进行整治提升和生态修复", optional=True)
T("推进山水林田湖草沙项目和灾后重建项目实施", "progress", None, "实施河道治理、山水林田湖草沙一体化保护和修复工程")
Q("农用地和建设用地安全利用率达100%", "progress", None, "土壤污染调查和受污染耕地安全利用与风险管控扎实推进")
T("完成市定文冠果种植任务", "done", None, "补植文冠果1000亩")
Q("养护好近17万亩森林资源", "silent", optional=True)
Q("新增省级绿色工厂企业1家", "silent")
T("推动单位GDP能耗、二氧化碳排放“双下降”", "silent")

# ===========================================================================
# （七）民生
# ===========================================================================
Q("城镇调查失业率控制在5.5%以内", "silent")
Q("基本医保参保率不低于95%", "silent")
T("推进社会保险扩面征缴", "done", None, "完成社会保险扩面任务")
T("逐步提高城乡居民养老金标准", "silent")
# 38 schools and kindergartens built or rebuilt, neither of the two named.
T("谋划新建城区第五小学、公办托育服务中心", "silent")
T("加快区中医医院新院区、疾控中心实验综合楼项目建设", "silent")
T("大力创建省级健康试点县（区）", "silent")
T("办好第八届广场舞大赛、第九届戏曲节", "silent")
T("做好退役军人服务保障", "done", None, "全力做好退役军人服务保障工作", optional=True)

# ===========================================================================
# 三、政府自身建设
# ===========================================================================
T("高质量办好人大代表建议和政协提案", "done", None, "55件人大代表建议和74件政协提案全部办复", optional=True)


if __name__ == "__main__":
    pair.main()

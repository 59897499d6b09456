#!/usr/bin/env python3
"""Hand-labelled verdict gold for 易县: plan of 2019 judged by the review part of the 2020 report.

    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_yixian2019.py              # checks, writes the gold file
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_yixian2019.py --show       # also prints every record
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_yixian2019.py --uncovered  # plan numbers in no target span

Labelled by the rules of the five shared pairs (shared/spec/verdicts.md; the machinery,
in verdict_gold.py, is theirs), as a pair the rules were not written against: the labels were
written by reading the two texts only, before Luoshi was run on this pair. (易县's 2021→2022
pair is one of the shared five; this is another year of its reports.)

Paths are relative to this file: the reports are ../../yixian-2019.txt (plan) and
../../yixian-2020.txt (review), normalized with Tests/Support/normalize.py (a copy of the
reference normalization); offsets are Python str indexes (code points) into that text.
The gold file is written to ../yixian-2019.verdicts.gold.jsonl.

Plan part  : from "二、2019年工作安排" up to "三、加强政府自身建设" (targets and sections
             （一）…（五）; vague tasks mostly left out, or optional).
Review part: from "一、2019年工作回顾" up to "二、".
Labelled with the rules of 2026-12-08 after 高唐, 徐水 and 容城, before Luoshi was run on this pair.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verdict_gold import Pair  # noqa: E402

pair = Pair("yixian-2019.txt", "yixian-2020.txt",
            plan_part=("\n二、2019年工作安排\n", "\n三、加强政府自身建设"),
            review_part=("\n一、2019年工作回顾\n", "\n二、"), place="易县")
Q, T = pair.Q, pair.T

# ===========================================================================
# 预期目标. Review: "预计全县生产总值完成123.6亿元，增长6.5%;一般公共预算收入完成8.39亿元，增长19.53%;
# 固定资产投资完成68.2亿元;规模以上工业增加值完成9亿元;社会消费品零售总额完成63.5亿元，增长9.5%;城乡
# 居民人均可支配收入分别达到27273元和10401元，分别增长10%、11.5%。"
# ===========================================================================
Q("生产总值增长7%", "short", (6.5, "%"), "预计全县生产总值完成123.6亿元，增长6.5%")
Q("一般公共预算收入可比增长6%", "exceeded", (19.53, "%"), "一般公共预算收入完成8.39亿元，增长19.53%")
# Amounts without a rate: spoken of, not settled.
Q("固定资产投资增长7%", "progress", None, "固定资产投资完成68.2亿元", optional=True)
Q("规模以上工业增加值增长5.5%", "progress", None, "规模以上工业增加值完成9亿元", optional=True)
Q("社会消费品零售总额增长9.5%", "reached", (9.5, "%"), "社会消费品零售总额完成63.5亿元，增长9.5%")
Q("城乡居民人均可支配收入分别增长7.5%", "exceeded", (10, "%"), "分别增长10%", ectx="分别增长10%、11.5%")
Q("9%", "exceeded", (11.5, "%"), "11.5%", tctx="分别增长7.5%和9%", ectx="分别增长10%、11.5%")
T("完成市下达的节能减排任务目标", "silent", optional=True)

# ===========================================================================
# （一）项目园区
# ===========================================================================
# The same list, by its own count: 24 against 44.
Q("全年谋划实施省、市重点项目44个", "short", (24, "项"), "2019年列入省市重点项目24项")
Q("年内计划完成投资28.9亿元", "exceeded", (3200000000, "元"), "完成投资32亿元")
T("重点推进博视长远终端研发等11个新建项目", "silent")
T("加快抽水蓄能电站、咸和航天机械零部件等12个续建项目建设", "progress", None, "抽水蓄能电站项目开工建设")
T("推进华电高端装备制造、远大装配式建筑等21个项目前期工作", "progress", None, "良岗风电、远大装配式建筑等前期项目积极对接、有序推进")
T("启动开发区燃气站、供水厂工程", "silent")
T("完成规划展馆和北岸中心路、中小企业园路网建设", "progress", None, "规划展馆进入装修阶段")
T("全力推进新入驻7家科技企业的建设进度", "silent")
Q("力争项目库储备不低于80个", "silent")
T("加快审批事项向行政审批局划转", "silent")
T("学习借鉴先进地区“拿地即开工”“一会三函”审批新模式", "done", None, "建立了“拿地即开工”审批机制", optional=True)

# ===========================================================================
# （二）产业
# ===========================================================================
T("确保实现5A景区挂牌", "done", None, "清西陵升级为国家5A级景区")
T("确保完成景观质量评定", "progress", None, "全面整治狼牙山景区环境", optional=True)
T("力争实现省级旅游度假区挂牌", "done", None, "易水湖创建为“省级旅游度假区”")
T("加快推进燕都古城、云蒙山小镇、影视小镇、紫荆关养生谷等旅游项目建设", "progress", None, "燕都古城二期完成主体工程")
T("推进“国家全域旅游示范区”创建工作", "done", None, "成功创建首批“国家全域旅游示范区”")
# 力争 is no bound: 1000万 is eq, and 1027万 is within 5 %.
Q("力争全年接待游客1000万人次", "reached", (10270000, "人次"), "2019年接待游客1027万人次")
# 综合收入 ↔ 综合效益: the same figure of tourism.
Q("实现综合收入50亿元", "reached", (5100000000, "元"), "综合效益51亿元")
T("加快推进五个矿产建材集中区和四个新型建材产业园区建设", "progress", None,
  "四个矿产建材集中开采区[1]和五个新型建材集中区[2]加快建设")
T("全面完成农村集体资产清产核资工作", "progress", None, "农村改革扎实推进", optional=True)

# ===========================================================================
# （三）城乡
# ===========================================================================
T("完成城乡总体规划修编工作", "silent")
T("实施商贸综合体、易州酒店、西关110千伏变电站项目", "silent")
T("推进易兴西路东段、滨河北路建设", "silent")
T("实施好棚户区改造工程", "silent")
T("加快推进朝阳路、易兴路东延、迎晖街南延等一批城市街道、老旧小区改造工程", "silent")
# The second plant finished; the transfer station not named.
T("完成垃圾中转站和第二污水处理厂建设", "progress", None, "第二污水处理厂新建提标，全部完工并进水调试")
T("推进“省级文明县城”创建", "silent")
T("加快数字城管建设", "silent")
# 西南外环 finished, 环湖路 all but built, 百兴路 begun.
T("加快推进西南外环、易水湖环湖路、百兴路等重点道路建设", "progress", None, "百兴路建设全面开工")
T("完成容易线易县段和县城收费站扩建征迁工作", "silent")

# ===========================================================================
# （四）生态
# ===========================================================================
T("加快推进天然气管道建设工程", "silent")
Q("新增集中供热面积30万平方米", "exceeded", (500000, "平方米"), "新增城区集中供热50万平方米")
T("持续推进矿山环境恢复治理", "done", None, "完成6处责任主体灭失矿山修复治理", optional=True)
T("完成白沙河生态治理工程", "silent")
Q("完成2万亩补充耕地任务", "silent")
T("高标准规划实施白洋淀上游规模化林场建设", "silent")
# 人工造林6.5万亩 alone is short; with 封山育林6万亩 it is more than 9万.
Q("完成造林绿化9万亩", "short", (65000, "亩"), "完成人工造林6.5万亩", optional=True)
# 达到 is eq: 56.26 is below 56.56 − 0.25.
Q("林木绿化率达到56.56%", "short", (56.26, "%"), "林木绿化率达到56.26%")

# ===========================================================================
# （五）民生
# ===========================================================================
Q("完成减贫1186人", "exceeded", (1374, "人"), "1374名贫困人口稳定脱贫")
Q("贫困发生率下降到0.22%", "reached", (0.17, "%"), "贫困发生率下降到0.17%")
T("完成新增就业任务", "done", None, "城镇新增就业3770人", optional=True)
T("力争殡管所项目建成运行", "progress", None, "殡管所搬迁项目开工建设")
# Tendering is before the work: spoken of, not begun.
T("确保易水初级中学和第三高中开工建设", "progress", None, "易水初中、第三高中进入招标程序")
T("荆轲山小学建成投用", "done", None, "荆轲山小学基本建成", optional=True)
T("全力做好省政府教育职责督导评价", "done", None, "高标准通过省政府对县政府履行教育职责评价验收")
T("加快中医院迁建和县医院医技综合楼建设", "progress", None, "县医院综合楼项目主体完工")
T("实施人才培养“双百”工程", "silent")
T("加快文化产业园区开发", "silent")


if __name__ == "__main__":
    pair.main()

#!/usr/bin/env python3
"""Hand-labelled verdict gold for 徐水县: plan of 2012 judged by the review part of the 2013 report.

    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_xushui2012.py              # checks, writes the gold file
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_xushui2012.py --show       # also prints every record
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_xushui2012.py --uncovered  # plan numbers in no target span

Labelled by the rules of the five shared pairs (shared/spec/verdicts.md; the machinery,
in verdict_gold.py, is theirs), as a pair the rules were not written against: the labels were
written by reading the two texts only, before Luoshi was run on this pair. An older report
(2012), rich in figures: output of parks and industries, herds and acreage, numbered lists of
works (`（1）易保线大修工程`).

Paths are relative to this file: the reports are ../../xushui-2012.txt (plan) and
../../xushui-2013.txt (review), normalized with Tests/Support/normalize.py (a copy of the
reference normalization); offsets are Python str indexes (code points) into that text.
The gold file is written to ../xushui-2012.verdicts.gold.jsonl.

Plan part  : from "三、2012年经济社会发展任务目标和重点工作" up to "四、全力营造" (targets and
             sections （一）…（六）; （七）（八） and vague tasks left out).
Review part: from "一、关于2012年政府工作" up to "二、2013年".
Labelled with the rules of 2026-12-08 after 易县 2019, before Luoshi was run on this pair.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verdict_gold import Pair  # noqa: E402

pair = Pair("xushui-2012.txt", "xushui-2013.txt",
            plan_part=("\n三、2012年经济社会发展任务目标和重点工作\n", "\n四、全力营造"),
            review_part=("\n一、关于2012年政府工作\n", "\n二、2013年"), place="徐水")
Q, T = pair.Q, pair.T

# ===========================================================================
# 主要预期目标. Review: "2012年完成地方生产总值139.5亿元，同比增长12.1%。完成固定资产投资85.4亿元，同比
# 增长36.5%。完成全部财政收入12.1亿元，同比增长19.8%，城镇居民人均可支配收入达21560元，农村居民人均
# 纯收入达9173元，同比分别增长12.1%、17.2%。"
# ===========================================================================
Q("地方生产总值增长12%", "reached", (12.1, "%"), "2012年完成地方生产总值139.5亿元，同比增长12.1%")
# The review gives 全部财政收入 only.
Q("全部财政收入和一般预算收入增长17%以上", "reached", (19.8, "%"), "完成全部财政收入12.1亿元，同比增长19.8%")
Q("固定资产投资增长28%", "exceeded", (36.5, "%"), "完成固定资产投资85.4亿元，同比增长36.5%")
Q("社会消费品零售总额增长18.5%", "silent")
Q("城镇居民人均可支配收入增长12%", "reached", (12.1, "%"), "同比分别增长12.1%", ectx="同比分别增长12.1%、17.2%")
Q("农民人均纯收入增长12%", "exceeded", (17.2, "%"), "17.2%", ectx="同比分别增长12.1%、17.2%")
Q("城镇登记失业率控制在4.5%以下", "silent")
T("完成市下达的节能减排任务目标", "silent", optional=True)

# ===========================================================================
# （一）项目
# ===========================================================================
T("投资6.5亿元的巨力刘伶醉整体搬迁项目建成投产", "done", None, "投资6.5亿元的刘伶醉白酒生产线整体搬迁项目竣工投产")
# 基本完工 is done in the shared gold.
T("投资33亿元的风帆工业园项目500万只密闭免维护蓄电池主车间、办公楼等工程完工", "done", None, "一期车间基本完工")
T("投资162亿元的长城汽车项目发动机、内外装饰件、汽车底盘、整车一期工程基本完工", "done", None,
  "一期整车车间建成")
T("年内确保万瑞医疗项目、风帆AGM电池项目开工建设", "silent")
T("力争巨力集团大型现代30万吨粮食储运包装加工项目开工", "silent")
T("启动投资20亿元的省级循环经济产业园起步区建设", "silent")
Q("全年谋划过亿元项目不少于15个", "silent")
Q("过5亿元项目不少于5个", "silent")
Q("过10亿元项目不少于3个", "silent")

# ===========================================================================
# （二）园区
# ===========================================================================
T("加快大王店产业园区污水处理厂和热力工程建设", "progress", None, "大王店污水处理厂、热力供应站、综合管网等正在建设中")
T("实现园区“六通一平”", "done", None, "基本实现“六通一平”", optional=True)
T("顺利通过省级工业聚集区复核", "silent")
T("争创省级经济开发区", "done", None, "徐水（大王店）经济开发区被批准为省级经济开发区")
Q("县城工业园区实现产值160亿元", "exceeded", (18050000000, "元"), "2012年实现产值180.5亿元")
Q("大王店产业园区实现产值20亿元", "silent")

# ===========================================================================
# （三）工业
# ===========================================================================
# Three industries' output planned one by one; the review gives their sum (116.7亿, planned 116).
Q("三大主导产业分别实现年产值80亿元", "progress", None, "三大主导产业实现产值116.7亿元", optional=True)
Q("20亿元", "progress", None, "三大主导产业实现产值116.7亿元", tctx="年产值80亿元、20亿元、16亿元", optional=True)
Q("16亿元", "progress", None, "三大主导产业实现产值116.7亿元", tctx="、20亿元、16亿元", optional=True)
Q("年内新增规模以上工业企业2家", "silent")
# 62 planned, 66 reported (above 62 ± 5 %); 27 planned, 26 reported (within).
Q("规模以上工业企业、年销售收入过亿元企业、过10亿元企业分别达62家", "exceeded", (66, "家"), "规模以上工业企业、销售收入过亿元企业分别达66家")
Q("27家", "reached", (26, "家"), "26家", tctx="分别达62家、27家、3家", ectx="分别达66家、26家")
Q("3家", "silent", tctx="分别达62家、27家、3家")

# ===========================================================================
# （四）农业
# ===========================================================================
Q("蔬菜种植面积达15.96万亩", "reached", (159600, "亩"), "蔬菜种植面积达15.96万亩")
Q("奶牛存栏3.76万头", "reached", (37600, "头"), "奶牛存栏3.76万头")
Q("生猪存栏47.2万头", "reached", (472000, "头"), "生猪存栏47.2万头")
Q("出栏63万头", "silent")
Q("林果面积达6.5万亩", "reached", (65000, "亩"), "林果面积达6.5万亩")
Q("新上农业产业化企业1--2家", "silent", optional=True)

# ===========================================================================
# （五）三产
# ===========================================================================
T("扩建东市场", "silent")
T("搬迁小寺钢材市场", "silent")
T("规划建设交通局运达物流中心", "silent")
# Balances and their growth, not the new loans.
Q("年内新增贷款余额不低于5亿元", "progress", None, "贷款余额达47.8亿元", optional=True)
T("推动巨力集团和东方造纸两家小额贷款公司实质性运转", "silent")
T("加快推进石龙山生态旅游度假村项目建设", "progress", None, "投资18亿元的石龙山生态旅游度假村项目累计完成投资2亿元")

# ===========================================================================
# （六）城乡一体化: the 15 works listed
# ===========================================================================
Q("年内完成15项民生工程", "silent", optional=True)
T("徐大路--西公村公路南延至纬一路工程", "silent")
T("易保线大修工程", "done", None, "易保线大修、渭保线大修、津保公路与107国道交叉口改造、职教中心实训楼工程完工")
T("渭保线大修工程", "done", None, "易保线大修、渭保线大修、津保公路与107国道交叉口改造、职教中心实训楼工程完工")
T("荣乌高速公路连接线建设（县城西北外环）", "progress", None, "西北外环、城内大街南延、徐水第二幼儿园、中医院迁建工程正在建设中")
T("城区地表水厂开工建设", "silent")
T("城内大街南延工程", "progress", None, "西北外环、城内大街南延、徐水第二幼儿园、中医院迁建工程正在建设中")
T("复兴路东延至聚源大街工程", "silent")
T("新城公园一期工程", "silent")
T("瀑河景观带三期工程", "silent")
T("徐水第二小学和第二幼儿园开工建设", "progress", None, "西北外环、城内大街南延、徐水第二幼儿园、中医院迁建工程正在建设中")
T("职教中心实训楼建设", "done", None, "易保线大修、渭保线大修、津保公路与107国道交叉口改造、职教中心实训楼工程完工")
T("完成县中医院主体工程建设", "progress", None, "西北外环、城内大街南延、徐水第二幼儿园、中医院迁建工程正在建设中")
T("争创省级园林县城", "silent")
T("加快保障性住房建设", "progress", None, "公共租赁房、棚户区改造主体工程完工", optional=True)


if __name__ == "__main__":
    pair.main()

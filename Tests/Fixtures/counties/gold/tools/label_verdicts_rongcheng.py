#!/usr/bin/env python3
"""Hand-labelled verdict gold for 容城县: plan of 2019 judged by the review part of the 2020 report.

    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_rongcheng.py              # checks, writes the gold file
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_rongcheng.py --show       # also prints every record
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_rongcheng.py --uncovered  # plan numbers in no target span

Labelled by the rules of the five shared pairs (shared/spec/verdicts.md; the machinery,
in verdict_gold.py, is theirs), as a pair the rules were not written against: the labels were
written by reading the two texts only, before Luoshi was run on this pair. The targets are
amounts (亿元) as well as rates; the review tells its year in theme paragraphs.

Paths are relative to this file: the reports are ../../rongcheng-2019.txt (plan) and
../../rongcheng-2020.txt (review), normalized with Tests/Support/normalize.py (a copy of the
reference normalization); offsets are Python str indexes (code points) into that text.
The gold file is written to ../rongcheng-2019.verdicts.gold.jsonl.

Plan part  : from "二、2019年工作总体要求" up to "四、全面加强政府自身建设" (targets and the
             tasks of 三、2019年主要任务; vague tasks mostly left out, or optional).
Review part: from "一、2019年工作回顾" up to "二、".
Labelled after Luoshi had been tuned on 清苑, 满城, 博野 2024, 高唐 and 徐水, and before it was run on this pair.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verdict_gold import Pair  # noqa: E402

pair = Pair("rongcheng-2019.txt", "rongcheng-2020.txt",
            plan_part=("\n二、2019年工作总体要求\n", "\n四、全面加强政府自身建设\n"),
            review_part=("一、2019年工作回顾", "\n二、"), place="容城")
Q, T = pair.Q, pair.T

# ===========================================================================
# 预期目标. Review: "全县地区生产总值预计完成51.08亿元，规模以上工业增加值预计完成8.04亿元，…一般公共
# 预算收入完成2.36亿元，社会消费品零售总额预计完成53.11亿元。城乡居民收入预计分别完成27998元、18224元，
# 同比分别增长4%和5%。"
# ===========================================================================
# 实现47.2亿元 is eq: 51.08 is above 47.2 ± 5 %.
Q("地区生产总值实现47.2亿元", "exceeded", (5108000000, "元"), "全县地区生产总值预计完成51.08亿元")
# 8.04 is within 7.7 ± 5 %.
Q("规模以上工业增加值实现7.7亿元", "reached", (804000000, "元"), "规模以上工业增加值预计完成8.04亿元")
# Amounts without a rate: spoken of, not settled.
Q("一般公共预算收入增长5.6%", "progress", None, "一般公共预算收入完成2.36亿元", optional=True)
Q("社会消费品零售总额增长5%", "progress", None, "社会消费品零售总额预计完成53.11亿元", optional=True)
Q("城乡居民收入分别增长6%", "short", (4, "%"), "同比分别增长4%", ectx="同比分别增长4%和5%")
Q("7%", "short", (5, "%"), "5%", tctx="分别增长6%和7%", ectx="分别增长4%和5%")
T("节能减排相关约束性指标达到核定标准", "silent", optional=True)

# ===========================================================================
# （一）新区规划建设
# ===========================================================================
T("高质量完成容东片区等重大项目征迁安置工作任务", "done", None, "圆满完成13个整体征迁村、74个分步征迁村征迁任务")
T("做好“交钥匙”工程[2]保障工作", "silent", optional=True)

# ===========================================================================
# （二）生态
# ===========================================================================
T("谋划实施燃气配套管网建设", "silent", optional=True)
T("促进空气环境质量进一步改善", "done", None, "空气质量综合指数和PM 2.5浓度同比分别下降5.69%和10.94%", optional=True)
T("开展第二次全国污染源普查工作", "silent")
T("实施城西污水处理厂提标改造和配套管网建设工程", "silent")
T("扎实开展打击非法取水专项行动", "silent")
T("坚决完成城区自备井关停任务", "silent")
T("加大农村污水综合治理力度", "progress", None, "启动实施农村生活污水综合治理和农村厕所改造工程", optional=True)

# ===========================================================================
# （三）产业
# ===========================================================================
T("搭建服装数据中心", "silent")
T("持续办好“白洋淀国际服装文化节”", "silent")
T("加强“雄安新区中小学学生装（校服）研究中心”和学生装推广公司建设", "silent")
T("确保“容和服装产业园”“雄源服装智慧新城”项目投产达效", "silent")
T("制定《产业转型升级三年行动计划（2019—2021年）》", "silent")

# ===========================================================================
# （四）城乡
# ===========================================================================
# A batch of works to start; the review has a series of county-town works carried out.
T("适时启动一批道路、市政设施、老旧城区改造提升工程", "done", None, "实施县城改造提升系列工程", optional=True)
T("实施农村生活污水集中收集处理", "progress", None, "启动实施农村生活污水综合治理和农村厕所改造工程")
T("开展农村“厕所革命”[5]", "progress", None, "启动实施农村生活污水综合治理和农村厕所改造工程")

# ===========================================================================
# （五）教育
# ===========================================================================
T("大力推广朝实小学、民大附中、人大附小雄安校区合作共建模式", "progress", None,
  "人大附小、民大附中、北京朝阳实验小学等对口帮扶扎实开展", optional=True)
T("确保顺利通过国家义务教育均衡发展督导评估", "done", None, "年内顺利通过国家义务教育均衡发展评估认定")
T("确保县直第二幼儿园尽快投入使用", "silent")
T("推进“智慧校园”[6]合作共建", "silent")
T("实施“雄安新区名师培育计划”", "silent")

# ===========================================================================
# （六）民生
# ===========================================================================
# 提质工程 ↔ 服务能力三年提升工程: possibly the same programme.
T("实施医疗卫生提质工程", "progress", None, "扎实推进医疗卫生服务能力三年提升工程", optional=True)
T("持续推进“家庭医生”签约服务工作", "silent")
T("积极推进容城县人民医院“互联网医院”[7]建设进度", "silent")
T("实施就业创业保障工程", "progress", None, "积极开展就业再就业工作", optional=True)
T("坚决打赢脱贫攻坚战", "done", None, "圆满完成年度脱贫目标任务", optional=True)
T("办好“雄安电影周”“雄安马拉松”", "silent")

# ===========================================================================
# （七）社会
# ===========================================================================
T("推进烟花爆竹全域禁放", "silent")
T("加强重要节点消防站建设", "silent")
T("落实“食药安全，诚信河北”三年行动计划", "silent")
T("开展食品安全示范城市创建活动", "silent")


if __name__ == "__main__":
    pair.main()

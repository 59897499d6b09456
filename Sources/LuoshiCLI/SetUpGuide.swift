import PlanStore

/// What `luoshi serve` prints on a store with nothing to serve yet: the steps still missing, as
/// commands to copy, in one screen.
struct SetUpGuide {
    let contents: StoreContents
    /// `--db …` as the user gave it, repeated in every command; empty for the default store.
    let storeArgument: String
    let address: String

    var text: String {
        let db = storeArgument.isEmpty ? "" : " \(storeArgument)"
        let jurisdiction = contents.jurisdictions.first ?? "行政区名称"
        var lines = [
            "", "这个数据库还不能使用：请先完成以下几步（服务已在运行，完成后刷新页面即可）。",
            "This store is not set up yet. The server is running; do these steps, then reload the page.", "",
        ]
        var step = 0
        func add(_ chinese: String, _ english: String, _ command: String) {
            step += 1
            lines.append("  \(step). \(chinese) \(english)")
            lines.append("       \(command)")
        }
        if contents.jurisdictions.isEmpty {
            add(
                "导入政府工作报告（txt、PDF 或 DOCX；会显示行政区名称）：", "Import the work report (txt, PDF or DOCX; it names the jurisdiction):",
                "luoshi import\(db) 政府工作报告.pdf")
            add(
                "导入部门目录（CSV：名称,简称,上级,关键词）：", "Import the departments (CSV: 名称,简称,上级,关键词):",
                "luoshi department import\(db) --jurisdiction \(jurisdiction) departments.csv")
        }
        if contents.administrators == 0 {
            add(
                "添加第一个管理员（密码从标准输入读取）：", "Add the first office admin (password on standard input):",
                "luoshi user add admin\(db) --jurisdiction \(jurisdiction) --name 督查室管理员 --role office_admin")
        }
        step += 1
        lines.append("  \(step). 登录 Sign in: \(address)/login （其他用户在 /admin 添加 other users are added on /admin）")
        lines.append("")
        lines.append("  只想先看看？ Just looking?  luoshi serve --demo")
        lines.append("")
        return lines.joined(separator: "\n")
    }
}

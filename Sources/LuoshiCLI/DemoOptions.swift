import ArgumentParser

/// `--demo-report` and `--demo-departments`: the demo data compiled into the program unless a
/// file is given.
struct DemoOptions: ParsableArguments {
    @Option(help: "演示报告文件（默认：程序自带的玉泉区 2022 年报告）。 The demo report (default: the built-in 玉泉区 2022 report).")
    var demoReport: String?

    @Option(help: "演示单位目录 CSV（默认：程序自带）。 The demo department directory (default: built in).")
    var demoDepartments: String?

    /// The report's text and the directory's CSV, or one message on standard error and exit 1.
    func load() throws -> (report: String, departments: String) {
        (try ReportInput.text(demoReport), try ReportInput.directory(demoDepartments))
    }
}

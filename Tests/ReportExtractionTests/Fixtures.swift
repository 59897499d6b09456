import Foundation

@testable import ReportExtraction

/// Paths to the fixtures this repository carries, and small helpers the tests share.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = repository.appendingPathComponent("Tests/Fixtures")
    /// The 2022 work report of 玉泉区 and its hand-labelled records (copied from `shared/fixtures`).
    static let yuquanPath = directory.appendingPathComponent("yuquan-2022.txt").path
    static let yuquanGoldPath = directory.appendingPathComponent("yuquan-2022.gold.jsonl").path
    /// The spec's reference normalization (copied from `shared/eval`), a test oracle.
    static let normalizer = repository.appendingPathComponent("Tests/Support/normalize.py").path
    /// The shared scorer, where a checkout of `shared` sits beside this repository.
    static let sharedScorer = repository.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py").path

    static var yuquan: String {
        get throws { try String(contentsOfFile: yuquanPath, encoding: .utf8) }
    }

    /// Runs a program and returns its exit status and standard output.
    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes text to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, suffix: String = ".txt") throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("luoshi-test-\(UUID().uuidString)\(suffix)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

/// Shorthands for reading made-up report sentences.
extension ReportExtractor {
    /// The quantities of one plan paragraph (targets, section 3.1).
    static func planQuantities(_ paragraph: String) -> [Quantity] {
        extract("三、2022年工作安排\n（一）测试\n\(paragraph)\n").quantities
    }

    /// The quantities of one review paragraph (achievements, section 1.1).
    static func reviewQuantities(_ paragraph: String) -> [Quantity] {
        extract("一、2021年工作回顾\n（一）测试\n\(paragraph)\n").quantities
    }

    /// The tasks of one plan paragraph.
    static func planTasks(_ paragraph: String) -> [PlanTask] {
        extract("三、2022年工作安排\n（一）测试\n\(paragraph)\n").tasks
    }
}

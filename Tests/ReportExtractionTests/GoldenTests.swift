import Foundation
import Testing

@testable import ReportExtraction

/// Input text → expected records, committed under `Golden/`. A change in the extractor's
/// output shows as a readable line diff; `LUOSHI_UPDATE_GOLDEN=1 swift test` rewrites the
/// expected files after a deliberate change.
@Suite("Golden files")
struct GoldenTests {
    static let directory = Fixtures.repository.appendingPathComponent("Tests/ReportExtractionTests/Golden")

    /// `qingshan-2023.txt` is a made-up city report in another house style (website debris,
    /// run-in section headings, an annex of 民生实事, a numbered glossary); its expected
    /// records were checked by hand. `beichuan-2023.txt` is a made-up provincial report with
    /// five-year targets, `一是…二是…` and `（1）` enumerations and intensity ratios;
    /// `county-2023.txt` a county's review and plan without a title page; `congtai-2021.txt` a
    /// district's report as copied from a web page (site lines, a summary, the title page run
    /// into one line with a padded speaker name, related articles after it).
    @Test(
        "each golden input's records are as committed",
        arguments: ["yuquan-2022", "qingshan-2023", "beichuan-2023", "county-2023", "congtai-2021"])
    func golden(_ name: String) throws {
        // setup
        let input = name == "yuquan-2022" ? Fixtures.yuquanPath : Self.directory.appendingPathComponent("\(name).txt").path
        let expectedPath = Self.directory.appendingPathComponent("\(name).expected.jsonl").path
        // act
        let actual = ReportExtractor.extract(try String(contentsOfFile: input, encoding: .utf8)).jsonRecords()
        // check
        if ProcessInfo.processInfo.environment["LUOSHI_UPDATE_GOLDEN"] == "1" {
            try (actual.joined(separator: "\n") + "\n").write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8).split(separator: "\n").map(String.init)
        let diff = Self.diff(expected: expected, actual: actual)
        #expect(diff.isEmpty, "records differ from \(name).expected.jsonl:\n\(diff.prefix(40).joined(separator: "\n"))")
    }

    /// Lines only in one of the two lists, marked `-` (expected) and `+` (actual).
    static func diff(expected: [String], actual: [String]) -> [String] {
        let difference = actual.difference(from: expected)
        return difference.map { change in
            switch change {
            case .remove(let offset, let line, _): return "- \(offset + 1): \(line)"
            case .insert(let offset, let line, _): return "+ \(offset + 1): \(line)"
            }
        }
    }
}

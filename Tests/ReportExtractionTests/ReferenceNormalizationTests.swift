import Foundation
import Testing

@testable import ReportExtraction

/// The normalized text is exactly what the spec's reference script prints, byte for byte, for
/// every report the tests carry: the fixture, the nine national reports, the golden files and
/// the 64 county reports as people paste them from web pages (counters, dates, site lines and all).
@Suite("Normalization equals the reference on every report carried")
struct ReferenceNormalizationTests {
    static var reports: [String] {
        let folders = [
            "Tests/Fixtures", "Tests/Fixtures/corpus", "Tests/Fixtures/counties", "Tests/ReportExtractionTests/Golden",
        ]
        return folders.flatMap { folder -> [String] in
            let url = Fixtures.repository.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".txt") }.sorted().map { url.appendingPathComponent($0).path }
        }
    }

    @Test("every report carried normalizes byte for byte as the reference does")
    func everyReport() throws {
        let reports = Self.reports
        #expect(reports.count >= 75)
        // One Python process for all of them: the reference's output for each, as JSON.
        let script = """
            import importlib.util, json, sys
            spec = importlib.util.spec_from_file_location("normalize", sys.argv[1])
            module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
            out = {}
            for path in json.load(open(sys.argv[2], encoding="utf-8")):
                with open(path, encoding="utf-8") as handle:
                    out[path] = module.normalize(handle.read())
            json.dump(out, sys.stdout, ensure_ascii=False)
            """
        let list = try Fixtures.temporaryFile(String(data: try JSONEncoder().encode(reports), encoding: .utf8)!, suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: list) }
        let result = try Fixtures.run(["python3", "-c", script, Fixtures.normalizer, list])
        try #require(result.status == 0)
        let expected = try JSONDecoder().decode([String: String].self, from: Data(result.output.utf8))
        var differing: [String] = []
        for path in reports {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            if Normalizer.normalize(text).string != expected[path] {
                differing.append(URL(fileURLWithPath: path).lastPathComponent)
            }
        }
        #expect(differing.isEmpty, "differ from the reference: \(differing)")
    }
}

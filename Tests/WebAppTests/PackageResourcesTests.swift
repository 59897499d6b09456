import Foundation
import Testing

/// The templates, assets and demo texts are compiled into the program from lists in
/// Package.swift: a file added to their folders but not to a list would be missing at run time.
@Suite("Package resources")
struct PackageResourcesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("every file of Templates, Assets and DemoData is listed in Package.swift, and every listed file exists")
    func everyFileListed() throws {
        // setup
        let manifest = try String(contentsOf: Self.repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        let listed = Set(manifest.matches(of: /"((?:Templates|Assets)\/[^"]+|yuquan-[^"\/]+)"/).map { String($0.output.1) })
        let web = Self.repository.appendingPathComponent("Sources/WebApp")
        let demo = Self.repository.appendingPathComponent("Sources/DemoData")
        // act
        var present: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: demo.path) where !name.hasSuffix(".swift") {
            present.insert(name)
        }
        for folder in ["Templates", "Assets"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: web.appendingPathComponent(folder).path)
            where !name.hasSuffix(".swift") && !name.hasPrefix(".") {
                present.insert("\(folder)/\(name)")
            }
        }
        // check
        #expect(present.subtracting(listed).isEmpty, "not listed in Package.swift: \(present.subtracting(listed).sorted())")
        #expect(listed.subtracting(present).isEmpty, "listed but missing: \(listed.subtracting(present).sorted())")
        #expect(present.count > 20)
    }
}

import Testing

@testable import ReportExtraction

@Suite("Section paths")
struct SectionPathTests {
    @Test("depth, part, parent, containment and the order an outline is read in")
    func outline() throws {
        let section = try #require(SectionPath("3.5"))
        let item = try #require(SectionPath("3.5.2"))
        #expect(section.depth == 2 && item.depth == 3)
        #expect(item.part.description == "3" && item.parent == section && SectionPath("3")?.parent == nil)
        #expect(section.contains(item) && section.contains(section))
        #expect(!section.contains(try #require(SectionPath("3.50"))) && !item.contains(section))
        #expect(
            ["3.10", "3.9", "10", "3", "3.9.1"].compactMap(SectionPath.init).sorted().map(\.description) == [
                "3", "3.9", "3.9.1", "3.10", "10",
            ])
        #expect(SectionPath("") == nil && SectionPath("3.a") == nil && SectionPath("3.") == nil)
        #expect(SectionPath.section("3.5.2", isWithin: "3.5") && !SectionPath.section("3.50", isWithin: "3.5"))
        #expect(!SectionPath.section(nil, isWithin: "3.5"))
    }
}

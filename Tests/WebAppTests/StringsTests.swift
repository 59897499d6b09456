import Foundation
import Testing

@testable import WebApp

@Suite("Words of the pages")
struct StringsTests {
    /// Every `{{t.key}}` of a template and every `strings["key"]` of a page, in both languages.
    @Test("every word a template or page asks for exists in Chinese and in English")
    func everyKeyInBothLanguages() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/WebApp")
        var used: Set<String> = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        for file in files where ["mustache", "swift"].contains(file.pathExtension) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in [#"\{\{[#^/]?t\.([A-Za-z_]+)\}\}"#, #"strings\["([A-Za-z_]+)"\]"#] {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    used.insert(String(text[Range(match.range(at: 1), in: text)!]))
                }
            }
        }
        #expect(used.count > 100)
        #expect(used.subtracting(Strings.chinese.keys).sorted() == [])
        #expect(used.subtracting(Strings.english.keys).sorted() == [])
        #expect(Set(Strings.chinese.keys) == Set(Strings.english.keys))
    }
}

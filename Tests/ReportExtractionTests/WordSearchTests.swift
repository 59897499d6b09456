import Testing

@testable import ReportExtraction

/// Finding a word in a line by its UTF-8 bytes gives what `firstRange(of:)` gives.
@Suite("Word search")
struct WordSearchTests {
    @Test(
        "the first occurrence, as the standard library finds it",
        arguments: [
            ("玉泉区人民政府代区长南男", "代区长"), ("玉泉区人民政府代区长南男", "区长"), ("在玉泉区第十八届人民代表大会第一次会议上", "会议"),
            ("政府工作报告", "政府工作报告"), ("2022年政府工作报告（全文）", "政府工作报告"), ("abc政府", "政府"), ("短", "长"),
            ("", "政府"), ("政府", "人民政府"), ("人民政府人民政府", "政府"), ("GDP增长7%", "7%"), ("😀政府😀", "😀"),
        ])
    func first(_ text: String, _ word: String) {
        let expected = text.firstRange(of: word)
        #expect(text.firstRange(ofWord: word) == expected)
        #expect(text.contains(word: word) == (expected != nil))
    }

    @Test("in a substring, the range is in the substring's own indices")
    func substring() {
        let line = "——2022年1月21日在玉泉区第十八届人民代表大会第一次会议上"
        let rest = line[line.firstIndex(of: "在")!...]
        let found = rest.firstRange(ofWord: "会议")
        #expect(found.map { String(rest[..<$0.upperBound]) } == "在玉泉区第十八届人民代表大会第一次会议")
        #expect(rest.firstRange(ofWord: "2022") == nil)
        #expect(rest.contains(word: "人民代表大会"))
    }
}

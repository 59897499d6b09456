import Testing

@testable import WebApp

@Suite("Text by scalar offsets")
struct ScalarTextTests {
    @Test("slices count Unicode scalars (a character outside the BMP is one), and clamp to the text")
    func slices() {
        let text = ScalarText("新建𠀀站4座")
        #expect(text.slice(2, 4) == "𠀀站")  // UTF-16 would count 𠀀 as two
        #expect(text.slice(-10, 2) == "新建")
        #expect(text.slice(5, 99) == "座")
        #expect(text.slice(9, 3) == "")
    }
}

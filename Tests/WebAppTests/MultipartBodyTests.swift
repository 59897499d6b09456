import Testing

@testable import WebApp

@Suite("Multipart bodies")
struct MultipartBodyTests {
    @Test("fields and files come out whole; random and truncated bodies are errors, never crashes")
    func parsing() throws {
        let body = Array(
            "--b\r\nContent-Disposition: form-data; name=\"narrative\"\r\n\r\n已完成\r\n--b\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"C:\\\\照片.png\"\r\n\r\n\u{1}\u{2}\r\n--b--\r\n"
                .utf8)
        let parsed = try MultipartBody(body, boundary: "b")
        #expect(parsed.parts.count == 2)
        #expect(String(decoding: parsed.parts[0].body, as: UTF8.self) == "已完成")
        #expect(parsed.parts[1].disposition("filename") == "C:\\\\照片.png")
        #expect(Array(parsed.parts[1].body) == [1, 2])
        // Every prefix of a valid body cut before its close delimiter is an error, never a trap
        // nor fewer parts taken for the whole; random bytes are an error or parts.
        for length in 0..<(body.count - 2) {
            #expect(throws: MultipartBody.Problem.self, "\(length)") {
                try MultipartBody(Array(body.prefix(length)), boundary: "b")
            }
        }
        #expect(throws: MultipartBody.Problem.self) { try MultipartBody(body, boundary: "") }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let random = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in
                [UInt8(ascii: "-"), UInt8(ascii: "b"), 13, 10, UInt8.random(in: 0...255, using: &generator)].randomElement(
                    using: &generator)!
            }
            _ = try? MultipartBody(random, boundary: "b")
        }
    }
}

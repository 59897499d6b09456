/// A `multipart/form-data` body split into its parts (RFC 7578), every index checked: a hostile
/// or truncated upload is an error, never a crash.
struct MultipartBody {
    struct Part {
        /// Header names in lower case.
        var headers: [String: String]
        var body: ArraySlice<UInt8>

        /// A parameter of `Content-Disposition` (`name`, `filename`).
        func disposition(_ parameter: String) -> String? {
            guard let value = headers["content-disposition"] else { return nil }
            for item in value.split(separator: ";").dropFirst() {
                let pair = item.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == parameter else { continue }
                var text = pair[1].trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
                return text
            }
            return nil
        }
    }

    enum Problem: Error {
        case malformed
    }

    let parts: [Part]

    init(_ bytes: [UInt8], boundary: String) throws(Problem) {
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { throw .malformed }
        let delimiter = Array(("--" + boundary).utf8)
        let separator = Array(("\r\n--" + boundary).utf8)
        guard var position = Self.find(delimiter, in: bytes, from: 0) else { throw .malformed }
        position += delimiter.count
        var parts: [Part] = []
        while true {
            // After a delimiter: `--` ends the body, CRLF starts a part.
            guard position + 2 <= bytes.count else { throw .malformed }
            if bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-") { break }
            guard bytes[position] == 13, bytes[position + 1] == 10 else { throw .malformed }
            position += 2
            guard let headerEnd = Self.find([13, 10, 13, 10], in: bytes, from: position) else { throw .malformed }
            var headers: [String: String] = [:]
            for line in String(decoding: bytes[position..<headerEnd], as: UTF8.self).components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                    line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let bodyStart = headerEnd + 4
            guard let bodyEnd = Self.find(separator, in: bytes, from: bodyStart) else { throw .malformed }
            parts.append(Part(headers: headers, body: bytes[bodyStart..<bodyEnd]))
            position = bodyEnd + separator.count
        }
        self.parts = parts
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        return haystack.withUnsafeBufferPointer { buffer -> Int? in
            var index = start
            let last = buffer.count - needle.count
            while index <= last {
                if buffer[index] == first {
                    var matched = 1
                    while matched < needle.count, buffer[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
    }
}

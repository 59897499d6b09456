import MultipartKit
import NIOCore

/// A `multipart/form-data` body split into its parts (RFC 7578) by MultipartKit's parser: a
/// hostile or truncated upload is an error, never a crash.
struct MultipartBody {
    struct Part {
        /// Header names in lower case.
        var headers: [String: String]
        var body: [UInt8]

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

    init(_ buffer: ByteBuffer, boundary: String) throws(Problem) {
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { throw .malformed }
        // The parser reads on past a body cut short without a word: the close delimiter must be there.
        let close = Array(("--" + boundary + "--").utf8)
        guard Self.endsWith(close, buffer) else { throw .malformed }
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var current = Part(headers: [:], body: [])
        // Chunks gathered in one buffer, not an array each: a binary file comes in chunks of a few
        // hundred bytes (cut at every CR). 20 MB parse in about 60 ms (release build), against 6 ms
        // for the hand-made parser this replaced: far under the time such a file takes to arrive.
        var body = ByteBuffer()
        var open = false
        parser.onHeader = { name, value in
            current.headers[name.lowercased()] = value.trimmingCharacters(in: .whitespaces)
            open = true
        }
        parser.onBody = { chunk in
            body.writeBuffer(&chunk)
            open = true
        }
        parser.onPartComplete = {
            current.body = body.readBytes(length: body.readableBytes) ?? []
            parts.append(current)
            current = Part(headers: [:], body: [])
            body.clear()
            open = false
        }
        do {
            try parser.execute(buffer)
        } catch {
            throw .malformed
        }
        guard !open else { throw .malformed }
        self.parts = parts
    }

    init(_ bytes: [UInt8], boundary: String) throws(Problem) {
        try self.init(ByteBuffer(bytes: bytes), boundary: boundary)
    }

    /// Whether `buffer`, without trailing line breaks and spaces, ends with `suffix`.
    private static func endsWith(_ suffix: [UInt8], _ buffer: ByteBuffer) -> Bool {
        buffer.withUnsafeReadableBytes { bytes in
            var end = bytes.count
            while end > 0, [9, 10, 13, 32].contains(bytes[end - 1]) { end -= 1 }
            guard end >= suffix.count else { return false }
            return zip(bytes[(end - suffix.count)..<end], suffix).allSatisfy { $0 == $1 }
        }
    }
}

import Foundation

/// Repairs what a scraper leaves in plain text: escape sequences written out literally (`\r\n`
/// as four characters, `\u4e00`) and HTML entities (`&nbsp;`, `&ldquo;`, `&#8220;`). Each repair
/// is reported, so that a user knows the text was changed before it was read.
enum ScrapedText {
    /// The repaired text and one warning per kind of repair made.
    static func repair(_ text: String, path: String) -> (text: String, warnings: [String]) {
        var text = text
        var warnings: [String] = []
        // Most texts hold neither a backslash nor an ampersand: one look at the bytes settles it.
        // (On the contiguous bytes: a scan through `String.UTF8View` costs as much as reading a file.)
        guard text.withUTF8({ contains($0, UInt8(ascii: "\\")) || contains($0, UInt8(ascii: "&")) }) else { return (text, []) }
        let escapes = literalEscapeCount(text)
        // Literal line breaks outnumbering real ones: the text came out of a JSON or a script string.
        if escapes >= 3, escapes > text.utf8.count(where: { $0 == 0x0A }) {
            text = decodeEscapes(text)
            warnings.append(
                "\(path)：已把 \(escapes) 处字面转义（如 \\r\\n）还原为换行等字符。 \(path): \(escapes) literal escape sequences (such as \\r\\n) were decoded."
            )
        }
        let (decoded, entities) = decodeEntities(text)
        if entities > 0 {
            text = decoded
            warnings.append(
                "\(path)：已把 \(entities) 个 HTML 实体（如 &nbsp;）还原为文字。 \(path): \(entities) HTML entities (such as &nbsp;) were decoded."
            )
        }
        return (text, warnings)
    }

    /// Whether `byte` is in `bytes`; `memchr` looks at many bytes at once.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// `\n` and `\t` written as a backslash and a letter (`\r\n` counts once, by its `\n`).
    static func literalEscapeCount(_ text: String) -> Int {
        var count = 0
        var escaped = false
        for byte in text.utf8 {
            if escaped {
                if byte == UInt8(ascii: "n") || byte == UInt8(ascii: "t") { count += 1 }
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            }
        }
        return count
    }

    /// The text with `\r\n`, `\n`, `\r`, `\t`, `\"`, `\\`, `\/` and `\uXXXX` (surrogate pairs too) decoded.
    static func decodeEscapes(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        func hex(at start: Int) -> UInt32? {
            guard start + 4 <= scalars.count else { return nil }
            return UInt32(String(String.UnicodeScalarView(scalars[start..<(start + 4)])), radix: 16)
        }
        while index < scalars.count {
            guard scalars[index] == "\\", index + 1 < scalars.count else {
                out.append(scalars[index])
                index += 1
                continue
            }
            let next = scalars[index + 1]
            switch next {
            case "r":
                // \r\n is one line break; a lone \r is one too.
                out.append("\n")
                index += index + 3 < scalars.count && scalars[index + 2] == "\\" && scalars[index + 3] == "n" ? 4 : 2
            case "n":
                out.append("\n")
                index += 2
            case "t":
                out.append("\t")
                index += 2
            case "\"", "\\", "/":
                out.append(next)
                index += 2
            case "u":
                if let high = hex(at: index + 2) {
                    if (0xD800...0xDBFF).contains(high), index + 7 < scalars.count,
                        scalars[index + 6] == "\\", scalars[index + 7] == "u", let low = hex(at: index + 8),
                        (0xDC00...0xDFFF).contains(low),
                        let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                    {
                        out.append(scalar)
                        index += 12
                    } else if let scalar = Unicode.Scalar(high) {
                        out.append(scalar)
                        index += 6
                    } else {
                        out.append(scalars[index])
                        index += 1
                    }
                } else {
                    out.append(scalars[index])
                    index += 1
                }
            default:
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// Named entities a web page's text uses, and what they stand for.
    static let namedEntities: [String: String] = [
        "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·",
        "bull": "•", "times": "×", "divide": "÷", "plusmn": "±", "deg": "°", "permil": "‰", "yen": "¥", "copy": "©",
        "reg": "®", "trade": "™", "sup2": "²", "sup3": "³", "frac12": "½", "laquo": "«", "raquo": "»", "shy": "",
        "zwj": "", "zwnj": "",
    ]

    /// The text with named and numeric entities decoded, and how many there were.
    static func decodeEntities(_ text: String) -> (String, Int) {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return (text, 0) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var count = 0
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&", let end = scalars[(index + 1)..<min(scalars.count, index + 12)].firstIndex(of: ";")
            else {
                out.append(scalars[index])
                index += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = namedEntities[name]
            }
            guard let replacement else {
                out.append(scalars[index])
                index += 1
                continue
            }
            out.append(contentsOf: replacement.unicodeScalars)
            count += 1
            index = end + 1
        }
        return (String(out), count)
    }
}

/// What a text field of a form or of a JSON body may hold, checked for every field as the
/// request is read: at most `characters` characters (a progress narrative, a reason, an
/// answer, a comment), and no control characters other than line breaks and tab — a NUL or an
/// escape sequence is never what a person typed, and some layers would cut the text at it.
enum TextLimit {
    /// The most characters a text field takes.
    static let characters = 5_000

    /// Refuses `value` with a 422 that names `field` if it is too long or holds a control character.
    static func check(_ value: String, field: String) throws {
        var count = 0
        for scalar in value.unicodeScalars {
            count += 1
            if scalar.value < 0x20, scalar != "\n", scalar != "\r", scalar != "\t" { throw control(field) }
            if scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { throw control(field) }
        }
        // Counted in scalars (a CJK character is one): cheap, and never fewer than characters.
        if count > characters, value.count > characters {
            throw AppError.invalid(
                "「\(field)」超过 \(characters) 字的上限（\(value.count) 字）。 The field \(field) is over the limit of \(characters) characters (\(value.count))."
            )
        }
    }

    /// Checks every text property of a decoded JSON body, by its name in the body.
    static func check(body: Any) throws {
        for child in Mirror(reflecting: body).children {
            guard let field = child.label else { continue }
            switch child.value {
            case let text as String: try check(text, field: field)
            case let text as String?: if let text { try check(text, field: field) }
            case let texts as [String]: for text in texts { try check(text, field: field) }
            case let texts as [String]?: for text in texts ?? [] { try check(text, field: field) }
            default: break
            }
        }
    }

    private static func control(_ field: String) -> AppError {
        AppError.invalid(
            "「\(field)」含有不可见的控制字符，请删去后重试（换行和制表符可以保留）。 The field \(field) holds a control character: remove it and try again (line breaks and tabs are fine)."
        )
    }
}

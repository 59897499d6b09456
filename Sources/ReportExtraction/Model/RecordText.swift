/// The text of a record (a task's text, a quantity's quote, subject or action): a stretch of
/// the report's normalized scalars until someone reads it as a `String`. Writing a report's
/// records as JSON encodes the scalars once, straight into the output, instead of building,
/// checking and freeing a `String` a record.
struct RecordText: Sendable {
    private enum Storage: Sendable {
        case string(String)
        case scalars([Unicode.Scalar], Range<Int>)
    }

    private var storage: Storage

    init(_ string: String) {
        storage = .string(string)
    }

    /// `text[range]`, kept by reference to the text (which is not copied).
    init(_ text: [Unicode.Scalar], _ range: Range<Int>) {
        storage = .scalars(text, range)
    }

    var string: String {
        switch storage {
        case .string(let string): string
        case .scalars(let text, let range): text.string(range)
        }
    }

    var isEmpty: Bool {
        switch storage {
        case .string(let string): string.isEmpty
        case .scalars(_, let range): range.isEmpty
        }
    }

    /// Appends the text as a quoted JSON string.
    func writeJSON(to writer: inout JSONWriter) {
        switch storage {
        case .string(let string): writer.value(string)
        case .scalars(let text, let range): writer.value(scalars: text, range)
        }
    }
}

extension RecordText: Equatable {
    /// Equal when the texts are, as `String`s compare them.
    static func == (left: RecordText, right: RecordText) -> Bool {
        left.string == right.string
    }
}

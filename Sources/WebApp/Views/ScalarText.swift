/// A text addressed by Unicode-scalar offsets, as the store's offsets count (never UTF-16).
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The text from `start` to `end`, both clamped to the text.
    func slice(_ start: Int, _ end: Int) -> String {
        let start = max(0, min(start, scalars.count)), end = max(start, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}

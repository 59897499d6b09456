/// The office's decision on something a department filed: accept it or return it with a comment.
public enum ReviewDecision: String, Sendable, CaseIterable {
    case accept
    case `return`

    /// Reads a form's or a request's `decision`; the message says what is allowed.
    public static func parse(_ text: String?) throws(ActionError) -> ReviewDecision {
        guard let decision = text.flatMap(ReviewDecision.init(rawValue:)) else {
            throw .invalid("请选择通过或退回（decision: accept | return）。 Choose accept or return (decision: accept | return).")
        }
        return decision
    }
}

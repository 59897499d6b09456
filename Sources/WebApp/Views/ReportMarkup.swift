import Documents
import PlanStore
import ReportExtraction

/// The normalized report as HTML: headings with anchors, every task marked and linked to its
/// page, every quantity set off, glossary terms explained on hover or tap (`<abbr title>`).
/// Offsets are Unicode-scalar offsets into the normalized text, as the store keeps them.
enum ReportMarkup {
    struct TaskSpan {
        var id: Int
        var start: Int
        var end: Int
        var link: String?
    }

    static func html(
        text: String, sections: [SectionRecord], tasks: [TaskSpan], quantities: [QuantityRecord], terms: [Term]
    ) -> String {
        let scalars = Array(text.unicodeScalars)
        let headings = Dictionary(sections.map { ($0.startOffset, $0) }, uniquingKeysWith: { first, _ in first })
        let tasks = tasks.filter { $0.end > $0.start }.sorted { $0.start < $1.start }
        var inner: [(start: Int, end: Int, open: String, close: String)] = quantities.map {
            ($0.startOffset, $0.endOffset, #"<span class="qty">"#, "</span>")
        }
        inner += termSpans(scalars, terms: terms)
        inner.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }

        var out = ""
        out.reserveCapacity(scalars.count * 4)
        var paragraphStart = 0
        var taskIndex = 0
        while paragraphStart < scalars.count {
            var paragraphEnd = paragraphStart
            while paragraphEnd < scalars.count, scalars[paragraphEnd] != "\n" { paragraphEnd += 1 }
            if paragraphEnd > paragraphStart {
                if let heading = headings[paragraphStart] {
                    let level = min(4, SectionPath.depth(of: heading.path) + 1)
                    out +=
                        "<h\(level) id=\"sec-\(HTML.escape(heading.path))\">" + escaped(scalars, paragraphStart, paragraphEnd)
                        + "</h\(level)>\n"
                } else {
                    out += "<p>"
                    var position = paragraphStart
                    while taskIndex < tasks.count, tasks[taskIndex].end <= paragraphStart { taskIndex += 1 }
                    var index = taskIndex
                    while index < tasks.count, tasks[index].start < paragraphEnd {
                        let task = tasks[index]
                        let start = max(task.start, position), end = min(task.end, paragraphEnd)
                        if start > position { out += segment(scalars, position, start, inner) }
                        if end > start {
                            let open = task.link.map { "<a href=\"\(HTML.escape($0))\">" } ?? ""
                            out +=
                                "<mark class=\"task\" id=\"task-\(task.id)\">" + open + segment(scalars, start, end, inner)
                                + (task.link == nil ? "" : "</a>") + "</mark>"
                            position = end
                        }
                        index += 1
                    }
                    if position < paragraphEnd { out += segment(scalars, position, paragraphEnd, inner) }
                    out += "</p>\n"
                }
            }
            paragraphStart = paragraphEnd + 1
        }
        return out
    }

    /// Text with the quantities and terms inside it set off; spans that cross its ends or each other are left plain.
    private static func segment(
        _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ inner: [(start: Int, end: Int, open: String, close: String)]
    ) -> String {
        var out = ""
        var position = start
        // Binary search for the first span that could start in this segment.
        var low = 0, high = inner.count
        while low < high {
            let middle = (low + high) / 2
            if inner[middle].start < start { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < inner.count, inner[index].start < end {
            let span = inner[index]
            index += 1
            guard span.start >= position, span.end <= end, span.end > span.start else { continue }
            out += escaped(scalars, position, span.start) + span.open + escaped(scalars, span.start, span.end) + span.close
            position = span.end
        }
        return out + escaped(scalars, position, end)
    }

    /// Every occurrence of a glossary term outside the glossary itself.
    private static func termSpans(_ scalars: [Unicode.Scalar], terms: [Term]) -> [(
        start: Int, end: Int, open: String, close: String
    )] {
        var spans: [(start: Int, end: Int, open: String, close: String)] = []
        for term in terms where term.term.unicodeScalars.count >= 2 {
            let needle = Array(term.term.unicodeScalars)
            let open = #"<abbr class="term" title="\#(HTML.escape(term.definition))" tabindex="0">"#
            var index = 0
            var occurrences = 0
            while index + needle.count <= scalars.count, occurrences < 50 {
                if scalars[index] == needle[0], Array(scalars[index..<(index + needle.count)]) == needle {
                    spans.append((index, index + needle.count, open, "</abbr>"))
                    occurrences += 1
                    index += needle.count
                } else {
                    index += 1
                }
            }
        }
        return spans
    }

    private static func escaped(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        guard end > start else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return HTML.escape(String(view))
    }
}

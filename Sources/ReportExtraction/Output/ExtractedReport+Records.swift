/// Which records to output.
public enum RecordSelection: String, Sendable, CaseIterable {
    case all
    /// `meta`, `section` and `term` records.
    case outline
    case quantities
    case tasks
}

extension ExtractedReport {
    /// Appends the report's JSON Lines records to `writer`, in the order of the spec: meta,
    /// sections, terms, quantities, tasks. `file`, when given, is added to each. `onRecord`
    /// hears each record's type and where its bytes are.
    public func writeJSONLines(
        _ selection: RecordSelection = .all, file: String? = nil, withType: Bool = true, into writer: inout JSONWriter,
        onRecord: ((_ type: String, _ bytes: Range<Int>) -> Void)? = nil
    ) {
        var recordStart = 0
        var currentType: StaticString = ""
        let quotedFile = file.map(JSONWriter.quoted)
        func start(_ type: StaticString, _ writer: inout JSONWriter) {
            currentType = type
            recordStart = writer.count
            writer.beginObject()
            if withType { writer.add("type", literal: type) }
            if let quotedFile { writer.add("file", quoted: quotedFile) }
        }
        func end(_ writer: inout JSONWriter) {
            writer.endObject()
            onRecord?(currentType.description, recordStart..<writer.count)
            writer.newline()
        }
        if selection == .all || selection == .outline {
            start("meta", &writer)
            writer.add("title", meta.title)
            writer.add("jurisdiction", meta.jurisdiction)
            writer.add("level", meta.level)
            writer.add("date", meta.date)
            writer.add("speaker", meta.speaker)
            writer.add("speakerTitle", meta.speakerTitle)
            writer.add("session", meta.session)
            writer.add("planYear", meta.planYear)
            end(&writer)
            for section in sections {
                start("section", &writer)
                writer.add("id", section.id)
                writer.add("marker", section.marker)
                writer.add("title", section.title)
                writer.add("start", section.start)
                end(&writer)
            }
            for term in terms {
                start("term", &writer)
                writer.add("term", term.term)
                writer.add("definition", term.definition)
                end(&writer)
            }
        }
        if selection == .all || selection == .quantities {
            for quantity in quantities {
                start("quantity", &writer)
                writer.add("kind", literal: quantity.kind.literal)
                writer.add("section", quantity.section)
                writer.add("subject", quantity.subjectText)
                writer.add("action", quantity.actionText)
                writer.add("value", quantity.value)
                writer.add("valueMax", quantity.valueMax)
                writer.add("unit", quantity.unit)
                writer.add("comparator", literal: quantity.comparator.literal)
                writer.add("quote", quantity.quoteText)
                writer.add("start", quantity.start)
                writer.add("end", quantity.end)
                end(&writer)
            }
        }
        if selection == .all || selection == .tasks {
            for task in tasks {
                start("task", &writer)
                writer.add("section", task.section)
                writer.add("horizon", literal: task.horizon.literal)
                writer.add("vague", task.vague)
                writer.add("text", task.taskText)
                writer.add("quantities", task.quantities)
                writer.add("start", task.start)
                writer.add("end", task.end)
                end(&writer)
            }
        }
    }

    /// The report as JSON Lines records, one string each (see `writeJSONLines`).
    public func jsonRecords(_ selection: RecordSelection = .all, file: String? = nil) -> [String] {
        typedJSONObjects(selection, file: file, withType: true).map(\.json)
    }

    /// The records as JSON objects with their type beside them; `withType` also writes the
    /// type into each object.
    public func typedJSONObjects(
        _ selection: RecordSelection = .all, file: String? = nil, withType: Bool
    ) -> [(type: String, json: String)] {
        var writer = JSONWriter()
        var records: [(type: String, bytes: Range<Int>)] = []
        writeJSONLines(selection, file: file, withType: withType, into: &writer) { records.append(($0, $1)) }
        let bytes = writer.bytes
        return records.map { ($0.type, String(decoding: bytes[$0.bytes], as: UTF8.self)) }
    }
}

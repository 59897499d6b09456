/// Which records to output.
public enum RecordSelection: String, Sendable, CaseIterable {
    case all
    /// `meta`, `section` and `term` records.
    case outline
    case quantities
    case tasks
}

extension ExtractedReport {
    /// The report as JSON Lines records, in the order of the spec: meta, sections, terms,
    /// quantities, tasks. `file`, when given, is added to each.
    public func jsonRecords(_ selection: RecordSelection = .all, file: String? = nil) -> [String] {
        typedJSONObjects(selection, file: file, withType: true).map(\.json)
    }

    /// The records as JSON objects with their type beside them; `withType` also writes the
    /// type into each object.
    public func typedJSONObjects(
        _ selection: RecordSelection = .all, file: String? = nil, withType: Bool
    ) -> [(type: String, json: String)] {
        var lines: [(type: String, json: String)] = []
        var currentType = ""
        func start(_ type: String) -> JSONObject {
            currentType = type
            var object = JSONObject()
            if withType { object.add("type", type) }
            if let file { object.add("file", file) }
            return object
        }
        if selection == .all || selection == .outline {
            var object = start("meta")
            object.add("title", meta.title)
            object.add("jurisdiction", meta.jurisdiction)
            object.add("level", meta.level)
            object.add("date", meta.date)
            object.add("speaker", meta.speaker)
            object.add("speakerTitle", meta.speakerTitle)
            object.add("session", meta.session)
            object.add("planYear", meta.planYear)
            lines.append((currentType, object.json))
            for section in sections {
                var object = start("section")
                object.add("id", section.id)
                object.add("marker", section.marker)
                object.add("title", section.title)
                object.add("start", section.start)
                lines.append((currentType, object.json))
            }
            for term in terms {
                var object = start("term")
                object.add("term", term.term)
                object.add("definition", term.definition)
                lines.append((currentType, object.json))
            }
        }
        if selection == .all || selection == .quantities {
            for quantity in quantities {
                var object = start("quantity")
                object.add("kind", quantity.kind.rawValue)
                object.add("section", quantity.section)
                object.add("subject", quantity.subject)
                object.add("action", quantity.action)
                object.add("value", quantity.value)
                object.add("valueMax", quantity.valueMax)
                object.add("unit", quantity.unit)
                object.add("comparator", quantity.comparator.rawValue)
                object.add("quote", quantity.quote)
                object.add("start", quantity.start)
                object.add("end", quantity.end)
                lines.append((currentType, object.json))
            }
        }
        if selection == .all || selection == .tasks {
            for task in tasks {
                var object = start("task")
                object.add("section", task.section)
                object.add("horizon", task.horizon.rawValue)
                object.add("vague", task.vague)
                object.add("text", task.text)
                object.add("quantities", task.quantities)
                object.add("start", task.start)
                object.add("end", task.end)
                lines.append((currentType, object.json))
            }
        }
        return lines
    }
}

import ArgumentParser
import ReportExtraction

/// How `extract` prints what it read.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// One JSON document a file.
    case json
    /// One JSON record a line, as the spec says.
    case jsonl
    /// The normalized text.
    case text
    /// Tables for Excel and WPS, one a record type.
    case csv
}

extension RecordSelection: ExpressibleByArgument {}

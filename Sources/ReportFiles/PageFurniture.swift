import Foundation

/// Page numbers (`— 3 —`, `- 12 -`, `第3页`) and running headers that PDF extraction leaves
/// between the lines of a paragraph. They belong to the PDF's pages, not to the report: reading
/// a PDF drops them, so that the sentence they interrupted joins up when the text is normalized.
enum PageFurniture {
    /// The text without page-number lines and running headers; every other line as it was.
    static func remove(from text: String) -> String {
        // pdftotext ends each page with a form feed: a page break is a line break.
        let lines = text.replacingOccurrences(of: "\u{0C}", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        // A short line that repeats on many pages is a running header; its first appearance
        // near the top may be the real title and stays.
        var counts: [String: Int] = [:]
        for line in trimmed where !line.isEmpty && line.count <= 30 { counts[line, default: 0] += 1 }
        var seen: Set<String> = []
        var kept: [Substring] = []
        kept.reserveCapacity(lines.count)
        var contentLines = 0
        for (line, content) in zip(lines, trimmed) {
            if !content.isEmpty {
                defer { contentLines += 1 }
                if isPageNumber(content) { continue }
                if content.count <= 30, counts[content, default: 0] >= 3, !isHeading(content) {
                    guard contentLines < 10, !seen.contains(content) else { continue }
                    seen.insert(content)
                }
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// `3`, `— 3 —`, `- 12 -`, `第3页`, `第 3 页 共 40 页`, `3/40`.
    static func isPageNumber(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 16 else { return false }
        var digits = 0
        for scalar in line.unicodeScalars {
            if ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar) {
                digits += 1
            } else if !furniture.contains(scalar) {
                return false
            }
        }
        return digits > 0 && digits <= 4
    }

    /// `一、…`, `（一）…`, `(一)…`: a part or section heading, which may repeat without being a header.
    private static func isHeading(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        var index = scalars.first == "（" || scalars.first == "(" ? 1 : 0
        let start = index
        while index < scalars.count, numerals.contains(scalars[index]) { index += 1 }
        guard index > start, index < scalars.count else { return false }
        return start == 0 ? scalars[index] == "、" : scalars[index] == "）" || scalars[index] == ")"
    }

    private static let furniture = Set("-—–－ 　·第页共/".unicodeScalars)
    private static let numerals = Set("一二三四五六七八九十".unicodeScalars)
}

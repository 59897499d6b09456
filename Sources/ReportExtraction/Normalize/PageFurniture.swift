/// Page numbers (`— 3 —`, `- 12 -`, `第3页`) and running headers that PDF extraction leaves
/// between the lines of a paragraph. The reference script keeps them, which glues them into
/// the middle of sentences (`…与人民— 3 —群众…`); Luoshi drops them so the paragraph joins.
enum PageFurniture {
    /// The lines (ranges of `text`) without page numbers and running headers.
    static func remove(_ lines: [Range<Int>], in text: [Unicode.Scalar]) -> [Range<Int>] {
        // A short line that repeats on many pages is a running header; its first appearance
        // near the top may be the real title and stays. Lines are counted by their content.
        var counts: [ArraySlice<Unicode.Scalar>: Int] = [:]
        for line in lines where line.count <= 30 { counts[text[line], default: 0] += 1 }
        var seen: Set<ArraySlice<Unicode.Scalar>> = []
        var kept: [Range<Int>] = []
        kept.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if isPageNumber(text[line]) { continue }
            if line.count <= 30, counts[text[line], default: 0] >= 3, !Normalizer.isHeading(text, line) {
                if index < 10 && !seen.contains(text[line]) {
                    seen.insert(text[line])
                } else {
                    continue
                }
            }
            kept.append(line)
        }
        return kept
    }

    /// `3`, `— 3 —`, `- 12 -`, `第3页`, `第 3 页 共 40 页`, `3/40`.
    static func isPageNumber(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= 16 else { return false }
        var digits = 0
        for scalar in line {
            if NumberReader.digitValue(scalar) != nil {
                digits += 1
            } else if !furniture.contains(scalar) {
                return false
            }
        }
        return digits > 0 && digits <= 4
    }

    private static let furniture = Array("-—–－ 　·第页共/".unicodeScalars)
}

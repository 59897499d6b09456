/// Rates given `respectively` after the amounts they belong to (`城镇居民人均可支配收入达21560元，
/// 农村居民人均纯收入达9173元，同比分别增长12.1%、17.2%`): the first rate is the first amount's
/// subject's, the second the second's — not both the last amount's.
enum RespectiveRuns {
    private static let respectively = Array("分别".unicodeScalars)
    private static let sentenceEnds = ScalarSet("。；！？!?;")
    private static let joiners = ScalarSet("、和及与")

    /// Gives each figure of a `分别` run of rates the subject of the amount at its place before it.
    static func distribute(_ found: inout [Quantity], _ text: [Unicode.Scalar]) {
        var index = 0
        while index < found.count {
            // A run: two or more figures of one unit and subject, side by side.
            var end = index + 1
            // (Offsets and units first: a subject is built as a string when asked for.)
            while end < found.count, found[end].start > found[end - 1].end, found[end].start - found[end - 1].end <= 1,
                joiners.contains(text[found[end - 1].end]), found[end].unit == found[index].unit,
                found[end].subject == found[index].subject
            {
                end += 1
            }
            let count = end - index
            defer { index = max(end, index + 1) }
            guard count >= 2, index >= count, found[index].unit == "%" || found[index].unit == "百分点",
                saysRespectively(before: found[index], text)
            else { continue }
            // The amounts before it, in the same sentence, each of a subject of its own; the run has
            // none of its own (it took the last amount's: `同比分别增长…`).
            let amounts = Array(found[(index - count)..<index])
            let subjects = amounts.map(\.subject)
            guard Set(subjects).count == count, subjects.last == found[index].subject,
                amounts.allSatisfy({ $0.unit != found[index].unit }),
                !text[amounts[0].start..<found[index].start].contains(where: sentenceEnds.contains)
            else { continue }
            for offset in 0..<count { found[index + offset].subject = subjects[offset] }
        }
    }

    /// Whether 分别 stands in the clause before the figure (`同比分别增长12.1%`).
    private static func saysRespectively(before figure: Quantity, _ text: [Unicode.Scalar]) -> Bool {
        var start = figure.start
        while start > 0, start > figure.start - 12, !"，,。；;：:".unicodeScalars.contains(text[start - 1]) { start -= 1 }
        return text[start..<figure.start].contains(respectively) || figure.quote.unicodeScalars.contains(respectively)
    }
}

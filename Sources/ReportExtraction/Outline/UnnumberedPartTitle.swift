/// A short line that titles a part without a number (`2023年工作安排`, `过去一年工作回顾`).
enum UnnumberedPartTitle {
    private static let keywords = WordList([
        "工作回顾", "工作安排", "主要任务", "重点工作", "工作重点", "工作任务", "目标任务", "政府自身建设", "主要目标",
        "总体要求",
    ])

    static func matches(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        // A line ending in a colon leads into a list (`今年政府工作的主要任务是：`): no title.
        guard range.count <= 30, !text[range].contains(where: { "。，；！？：:".unicodeScalars.contains($0) }) else {
            return false
        }
        return keywords.anyOccurs(in: text, range)
    }
}

/// Section ids for a report whose unnumbered parts each number their own sections from 一 again
/// (`2022年工作回顾` 一、…六、, `2023年工作目标任务` 一、…八、): ids must be unique, and the
/// year plan's, which its tasks are filed and allocated under, keep the numbers printed.
enum RestartedNumbering {
    /// The numbering block a section was read in, and the kind of the part it is in.
    struct Block: Sendable, Equatable {
        var index: Int
        var partKind: PartKind?
    }

    /// Renumbers the sections of `blocks` other than the year plan's, where their printed ids
    /// collide with ids already given, after the highest number given; paragraphs follow their sections.
    static func apply(sections: inout [Section], blocks: [Block], paragraphs: inout [OutlineParagraph]) {
        guard Set(sections.map(\.id)).count < sections.count else { return }
        let indexes = Array(Set(blocks.map(\.index))).sorted()
        let plan = blocks.first { $0.partKind == .yearPlan }?.index ?? indexes.last!
        var used = Set<String>()
        var highest = 0
        var renamed: [Int: [String: String]] = [:]
        for index in [plan] + indexes.filter({ $0 != plan }) {
            let printed = sections.indices.filter { blocks[$0].index == index }.map { sections[$0].id }
            let offset = printed.contains(where: used.contains) ? highest : 0
            var names: [String: String] = [:]
            for id in printed {
                let parts = id.split(separator: ".", maxSplits: 1)
                let top = Int(parts[0])! + offset
                let name = parts.count == 2 ? "\(top).\(parts[1])" : "\(top)"
                names[id] = name
                used.insert(name)
                highest = max(highest, top)
            }
            renamed[index] = names
        }
        for position in sections.indices {
            sections[position].id = renamed[blocks[position].index]?[sections[position].id] ?? sections[position].id
        }
        // A paragraph is in the block of the last section that starts at or before it.
        var section = -1
        for position in paragraphs.indices {
            while section + 1 < sections.count, sections[section + 1].start <= paragraphs[position].range.lowerBound {
                section += 1
            }
            guard section >= 0, let id = paragraphs[position].sectionID else { continue }
            paragraphs[position].sectionID = renamed[blocks[section].index]?[id] ?? id
        }
    }
}

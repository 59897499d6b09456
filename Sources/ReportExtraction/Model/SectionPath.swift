/// Where a section stands in a report's outline: `3` is a part, `3.5` its fifth section, `3.5.2`
/// a numbered item under it (the spec's `section` ids). Ordered as an outline is read, `3.10`
/// after `3.9`.
public struct SectionPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The numbers from the part down, `[3, 5]` for `3.5`.
    public let numbers: [Int]

    /// Reads `3.5`; nil for text that is not such a path.
    public init?(_ text: String) {
        let numbers = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return nil }
        self.numbers = numbers.map { $0! }
    }

    public init(numbers: [Int]) {
        self.numbers = numbers
    }

    /// 1 for a part, 2 for a section of a part, and so on.
    public var depth: Int { numbers.count }

    /// The part the section belongs to (`3` for `3.5`).
    public var part: SectionPath { SectionPath(numbers: Array(numbers.prefix(1))) }

    /// The section this one is under; nil for a part.
    public var parent: SectionPath? { depth > 1 ? SectionPath(numbers: Array(numbers.dropLast())) : nil }

    /// Whether `other` is this section or lies under it (`3.5` contains `3.5` and `3.5.2`, not `3.50`).
    public func contains(_ other: SectionPath) -> Bool {
        other.numbers.starts(with: numbers)
    }

    public var description: String { numbers.map(String.init).joined(separator: ".") }

    public static func < (lhs: SectionPath, rhs: SectionPath) -> Bool {
        lhs.numbers.lexicographicallyPrecedes(rhs.numbers)
    }
}

extension SectionPath {
    /// The depth of a path written as text; 1 for text that is not a path.
    public static func depth(of text: String) -> Int {
        SectionPath(text)?.depth ?? 1
    }

    /// Whether the section written `text` is `section` or lies under it.
    public static func section(_ text: String?, isWithin section: String) -> Bool {
        guard let text, let path = SectionPath(text), let outer = SectionPath(section) else { return text == section }
        return outer.contains(path)
    }
}

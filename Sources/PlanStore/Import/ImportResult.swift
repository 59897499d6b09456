/// What an import did.
public struct ImportResult: Sendable, Equatable {
    public enum Outcome: String, Sendable {
        /// The first version of this plan year's report.
        case created
        /// A corrected text of a report already imported: a new version.
        case newVersion
        /// The same text as an imported version: nothing changed.
        case unchanged
    }

    public var outcome: Outcome
    public var jurisdiction: String
    public var planYear: Int
    public var reportID: Int
    public var version: Int
    /// Tasks new in this version.
    public var added: [String]
    /// Tasks of the previous version that this version no longer has.
    public var removed: [String]
    /// Tasks carried over unchanged (matched by text), with their assignments and progress.
    public var kept: Int
}

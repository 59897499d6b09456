/// One version of a report as imported.
public struct ReportRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionID: Int
    public var planYear: Int
    public var version: Int
    public var contentHash: String
    public var title: String?
    public var reportDate: String?
    public var importedAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case jurisdictionID = "jurisdiction_id"
        case planYear = "plan_year"
        case version
        case contentHash = "content_hash"
        case title
        case reportDate = "report_date"
        case importedAt = "imported_at"
    }
}

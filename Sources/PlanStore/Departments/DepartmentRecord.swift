/// A unit that can lead or share a task (牵头单位 / 责任单位).
public struct DepartmentRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionID: Int
    public var name: String
    public var shortName: String?
    public var parentID: Int?
    /// Words that suggest this department for a task, separated by `、`.
    public var keywords: String
    /// A merged or abolished unit: it keeps its history but takes no new work or instructions.
    public var disabled: Bool = false
    public var rowVersion: Int
    public var createdAt: String
    public var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case jurisdictionID = "jurisdiction_id"
        case name
        case shortName = "short_name"
        case parentID = "parent_id"
        case keywords
        case disabled
        case rowVersion = "row_version"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The keywords as a list.
    public var keywordList: [String] { DepartmentEntry.splitKeywords(keywords) }
}

extension DepartmentRecord {
    /// Decodes a row; `disabled` is absent from stores older than migration 0007 (and from
    /// audit entries written before it).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int.self, forKey: .id)
        jurisdictionID = try container.decode(Int.self, forKey: .jurisdictionID)
        name = try container.decode(String.self, forKey: .name)
        shortName = try container.decodeIfPresent(String.self, forKey: .shortName)
        parentID = try container.decodeIfPresent(Int.self, forKey: .parentID)
        keywords = try container.decode(String.self, forKey: .keywords)
        disabled = try container.decodeIfPresent(Bool.self, forKey: .disabled) ?? false
        rowVersion = try container.decode(Int.self, forKey: .rowVersion)
        createdAt = try container.decode(String.self, forKey: .createdAt)
        updatedAt = try container.decode(String.self, forKey: .updatedAt)
    }
}

/// A department as written in a directory file or on the command line.
public struct DepartmentEntry: Sendable, Equatable {
    public var name: String
    public var shortName: String?
    public var parent: String?
    public var keywords: [String]

    public init(name: String, shortName: String? = nil, parent: String? = nil, keywords: [String] = []) {
        self.name = name
        self.shortName = shortName
        self.parent = parent
        self.keywords = keywords
    }

    /// Keywords are separated by `、`, `，`, `；`, `;`, `|` or spaces.
    public static func splitKeywords(_ text: String) -> [String] {
        text.split(whereSeparator: { "、，,；;| 　".contains($0) }).map(String.init).filter { !$0.isEmpty }
    }
}

/// Why a task is behind, counted across tasks and years.
public enum BehindReason: String, Codable, Sendable, CaseIterable {
    case funding, approvals, land, contractor, weather, policy, other

    /// The reason in Chinese, as the office writes it.
    public var chinese: String {
        switch self {
        case .funding: return "资金"
        case .approvals: return "审批"
        case .land: return "用地"
        case .contractor: return "施工方"
        case .weather: return "天气或季节"
        case .policy: return "政策调整"
        case .other: return "其他"
        }
    }
}

/// A dated update on a task by one of its departments.
public struct ProgressReport: Codable, Sendable, Equatable {
    public enum Review: String, Codable, Sendable {
        case pending, accepted, returned
    }

    public var id: Int
    public var taskID: Int
    public var departmentID: Int
    public var reportedOn: String
    public var narrative: String
    /// Progress toward the task's numeric target, in its unit.
    public var value: Double?
    /// Progress as a percent, for a task without a numeric target.
    public var percent: Double?
    public var evidenceID: Int?
    public var evidenceName: String?
    public var completionRequested: Bool
    public var behindReason: BehindReason?
    public var reviewState: Review
    public var reviewComment: String?
    public var reviewedBy: String?
    public var reviewedOn: String?
    public var createdBy: String
    public var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case taskID = "task_id"
        case departmentID = "department_id"
        case reportedOn = "reported_on"
        case narrative, value, percent
        case evidenceID = "evidence_id"
        case evidenceName = "evidence_name"
        case completionRequested = "completion_requested"
        case behindReason = "behind_reason"
        case reviewState = "review_state"
        case reviewComment = "review_comment"
        case reviewedBy = "reviewed_by"
        case reviewedOn = "reviewed_on"
        case createdBy = "created_by"
        case createdAt = "created_at"
    }
}

/// An evidence file attached to a progress report.
public struct Evidence: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// The largest evidence file accepted: 20 MB.
    public static let sizeLimit = 20 * 1_048_576

    /// File types accepted, by extension, with their MIME type.
    public static let types: [String: String] = [
        "pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "txt": "text/plain",
    ]

    /// Whether the bytes are what the extension says: a renamed program is not a photo.
    public static func contentMatches(extension ext: String, bytes: [UInt8]) -> Bool {
        func starts(with prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && Array(bytes.prefix(prefix.count)) == prefix }
        switch ext {
        case "pdf": return starts(with: Array("%PDF-".utf8))
        case "jpg", "jpeg": return starts(with: [0xFF, 0xD8, 0xFF])
        case "png": return starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case "docx", "xlsx": return starts(with: [0x50, 0x4B, 0x03, 0x04])  // a ZIP, as Office files are
        case "txt":
            // Text: valid UTF-8 (or GB18030 from older systems), without NUL bytes.
            return !bytes.contains(0)
                && (String(validating: bytes, as: UTF8.self) != nil || !bytes.prefix(4096).contains { $0 < 0x09 })
        default: return false
        }
    }
}

/// What a department files.
public struct ProgressInput: Sendable {
    public var taskID: Int
    public var department: String
    public var reportedOn: String
    public var narrative: String
    public var value: Double?
    /// The unit `value` is in; when given it must be the target's.
    public var unit: String?
    public var percent: Double?
    public var evidence: Evidence?
    public var completionRequested: Bool
    public var behindReason: BehindReason?
    public var actor: String

    public init(
        taskID: Int, department: String, reportedOn: String, narrative: String, value: Double? = nil, unit: String? = nil,
        percent: Double? = nil, evidence: Evidence? = nil, completionRequested: Bool = false,
        behindReason: BehindReason? = nil, actor: String
    ) {
        self.taskID = taskID
        self.department = department
        self.reportedOn = reportedOn
        self.narrative = narrative
        self.value = value
        self.unit = unit
        self.percent = percent
        self.evidence = evidence
        self.completionRequested = completionRequested
        self.behindReason = behindReason
        self.actor = actor
    }
}

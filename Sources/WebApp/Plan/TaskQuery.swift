import Foundation
import Hummingbird
import PlanStore
import ReportExtraction

/// The filters, search, sort and page of a task list, as the page's query string or the API's
/// parameters give them. Search matches inside words: Chinese has no spaces between them.
struct TaskQuery: Sendable {
    enum Sort: String, Sendable, CaseIterable {
        /// Most behind first (the default: what needs attention).
        case behind
        case deadline
        case section
        case progress
    }

    var section: String?
    var department: String?
    var light: TaskStatus.Light?
    var state: TaskStatus.State?
    var overdue = false
    var hasTarget = false
    var search: String?
    var sort: Sort = .behind
    var page = 1
    var perPage = 50

    init() {}

    init(_ query: [String: String]) throws {
        func value(_ name: String) -> String? {
            guard let text = query[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        section = value("section")
        department = value("department")
        if let text = value("light") {
            guard let light = TaskStatus.Light(rawValue: text) else { throw AppError.invalid("light: green | yellow | red") }
            self.light = light
        }
        if let text = value("state") {
            guard let state = TaskStatus.State(rawValue: text) else {
                throw AppError.invalid("state: " + TaskStatus.State.allCases.map(\.rawValue).joined(separator: " | "))
            }
            self.state = state
        }
        overdue = ["1", "true", "on"].contains(value("overdue") ?? "")
        hasTarget = ["1", "true", "on"].contains(value("target") ?? "")
        search = value("q")
        if let text = value("sort") {
            guard let sort = Sort(rawValue: text) else {
                throw AppError.invalid("sort: " + Sort.allCases.map(\.rawValue).joined(separator: " | "))
            }
            self.sort = sort
        }
        if let text = value("page") {
            guard let page = Int(text), page >= 1 else { throw AppError.invalid("page ≥ 1") }
            self.page = page
        }
        if let text = value("per_page") {
            guard let perPage = Int(text), (1...500).contains(perPage) else { throw AppError.invalid("per_page: 1–500") }
            self.perPage = perPage
        }
    }

    init(request: Request) throws {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        try self.init(query)
    }

    /// The matching tasks the viewer may see, sorted (before paging).
    func matches(_ plan: PlanSnapshot, viewer: Viewer) -> [TaskStatus] {
        let today = plan.asOf.text
        var rows = plan.statuses.filter { status in
            guard viewer.mayRead(status) else { return false }
            if let section, !SectionPath.section(status.section, isWithin: section) { return false }
            if let department, status.lead != department, !status.coResponsible.contains(department) { return false }
            if let light, status.light != light { return false }
            if let state, status.state != state { return false }
            if overdue,
                !(status.state == .overdue || (status.deadline < today && status.state != .done && status.state != .dropped))
            {
                return false
            }
            if hasTarget, status.targetValue == nil { return false }
            if let search, !status.text.localizedCaseInsensitiveContains(search) { return false }
            return true
        }
        switch sort {
        case .behind: break  // the snapshot's order
        case .deadline: rows.sort { ($0.deadline, $0.taskID) < ($1.deadline, $1.taskID) }
        case .section: rows.sort(by: Self.inSectionOrder)
        case .progress: rows.sort { ($0.actual ?? -1, $0.taskID) < ($1.actual ?? -1, $1.taskID) }
        }
        return rows
    }

    /// By section (`3.10` after `3.9`), then by number.
    static func inSectionOrder(_ a: TaskStatus, _ b: TaskStatus) -> Bool {
        let left = sectionKey(a.section), right = sectionKey(b.section)
        return left == right ? a.taskID < b.taskID : left.lexicographicallyPrecedes(right)
    }

    /// `3.10` after `3.9`.
    static func sectionKey(_ path: String?) -> [Int] {
        (path ?? "").split(separator: ".").map { Int($0) ?? 0 }
    }

    /// The query string of this query on another page (or with another sort).
    func queryString(page: Int? = nil) -> String {
        var items: [(String, String)] = []
        if let section { items.append(("section", section)) }
        if let department { items.append(("department", department)) }
        if let light { items.append(("light", light.rawValue)) }
        if let state { items.append(("state", state.rawValue)) }
        if overdue { items.append(("overdue", "1")) }
        if hasTarget { items.append(("target", "1")) }
        if let search { items.append(("q", search)) }
        if sort != .behind { items.append(("sort", sort.rawValue)) }
        items.append(("page", String(page ?? self.page)))
        return items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(
            separator: "&")
    }
}

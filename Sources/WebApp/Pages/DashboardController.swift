import Documents
import Foundation
import Hummingbird
import PlanStore

/// The leaders' and the office's overview: how far the plan is, where it lags, what changed.
struct DashboardModel {
    struct Card {
        let label: String
        let figure: String
        let link: String
        let light: String
    }

    struct GroupRow {
        let name: String
        let link: String
        let tasks: Int
        let done: Int
        let progress: String
        let red: Int
        let yellow: Int
        let green: Int

        /// A part's or a department's row: its tasks, done, mean progress and lights.
        init(name: String, link: String, _ group: [TaskStatus]) {
            self.name = name
            self.link = link
            tasks = group.count
            done = group.filter { $0.state == .done }.count
            progress = Format.percent(group.isEmpty ? nil : group.map { $0.actual ?? 0 }.reduce(0, +) / Double(group.count))
            red = group.filter { $0.light == .red }.count
            yellow = group.filter { $0.light == .yellow }.count
            green = group.filter { $0.light == .green }.count
        }
    }

    struct ChangeRow {
        let at: String
        let actor: String
        let action: String
        let link: String?
        let reason: String?
    }

    let title: String
    let asOf: String
    let asOfISO: String
    let since: String
    let published: Bool
    let cards: [Card]
    let parts: [GroupRow]
    let partsChart: String
    let departments: [GroupRow]
    let departmentsChart: String
    let burnUp: String
    let changeCounts: [Card]
    let changes: [ChangeRow]
    let hasChanges: Bool

    /// Routine entries (a report filed, a report accepted) are counted, not listed.
    static let routine: Set<String> = ["progress file", "progress accept"]

    static func make(
        _ plan: PlanSnapshot, changes entries: [AuditEntry], counts: [ChangeCount], since: ISODate, language: Language
    ) -> DashboardModel {
        let strings = language.strings
        let active = plan.statuses.filter { $0.state != .dropped }
        let byPart = Dictionary(grouping: active) { PlanSnapshot.part(of: $0.section) ?? "" }
        let partKeys = byPart.keys.sorted { (Int($0) ?? 999, $0) < (Int($1) ?? 999, $1) }
        let byLead = Dictionary(grouping: active) { $0.lead ?? "" }
        // Departments with the most red lights first.
        let leads = byLead.keys.sorted {
            (byLead[$0]!.filter { $0.light == .red }.count, $1) > (byLead[$1]!.filter { $0.light == .red }.count, $0)
        }
        func leadName(_ name: String) -> String { name.isEmpty ? strings["unassigned"]! : name }
        let throughMonth = plan.asOf.year > plan.planYear ? 12 : (plan.asOf.year < plan.planYear ? 0 : plan.asOf.month)
        let changes = changeRows(entries, strings: strings)
        return DashboardModel(
            title: plan.report.title ?? plan.jurisdiction, asOf: language.date(plan.asOf.text), asOfISO: plan.asOf.text,
            since: since.text, published: plan.published, cards: cards(active, language: language),
            parts: partKeys.map { key in
                GroupRow(
                    name: plan.sectionTitle(key) ?? (key.isEmpty ? strings["dash_noSection"]! : key),
                    link: "/tasks?section=\(key)", byPart[key]!)
            },
            partsChart: Charts.bars(
                partKeys.map { key in
                    Charts.Bar(
                        label: plan.sectionTitle(key) ?? key, percent: mean(byPart[key]!),
                        caption: Format.percent(mean(byPart[key]!)), link: "/tasks?section=\(key)")
                }, title: strings["dash_byPart"]!),
            departments: leads.map { name in
                GroupRow(
                    name: leadName(name),
                    link: "/tasks?department=" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""),
                    byLead[name]!)
            },
            departmentsChart: Charts.bars(
                leads.prefix(15).map { name in
                    Charts.Bar(
                        label: leadName(name), percent: mean(byLead[name]!), caption: Format.percent(mean(byLead[name]!)),
                        link: nil)
                }, title: strings["dash_byDepartment"]!),
            burnUp: Charts.burnUp(
                doneByMonth: doneByMonth(active, planYear: plan.planYear), total: active.count, throughMonth: throughMonth,
                title: strings["dash_burnup"]!, monthLabel: { language == .chinese ? "\($0)月" : String($0) }),
            changeCounts: counts.map {
                Card(
                    label: strings["audit_\($0.entity)_\($0.action)"] ?? "\($0.entity) \($0.action)", figure: String($0.count),
                    link: "#", light: "none")
            },
            changes: changes, hasChanges: !changes.isEmpty)
    }

    /// The figures across the top: tasks, mean progress, done, and each light's count.
    private static func cards(_ active: [TaskStatus], language: Language) -> [Card] {
        let strings = language.strings
        func count(_ light: TaskStatus.Light) -> Int { active.filter { $0.light == light }.count }
        let done = active.filter { $0.state == .done }.count
        return [
            Card(label: strings["dash_tasks"]!, figure: String(active.count), link: "/tasks", light: "none"),
            Card(
                label: strings["dash_progress"]!, figure: Format.percent(mean(active)), link: "/tasks?sort=progress",
                light: "none"),
            Card(label: strings["dash_done"]!, figure: String(done), link: "/tasks?state=done", light: "none"),
            Card(
                label: TaskRow.lightLabel(.red, language: language), figure: String(count(.red)), link: "/tasks?light=red",
                light: "red"),
            Card(
                label: TaskRow.lightLabel(.yellow, language: language), figure: String(count(.yellow)),
                link: "/tasks?light=yellow", light: "yellow"),
            Card(
                label: TaskRow.lightLabel(.green, language: language), figure: String(count(.green)), link: "/tasks?light=green",
                light: "green"),
        ]
    }

    /// Mean progress of a group of tasks (0 for none).
    private static func mean(_ group: [TaskStatus]) -> Double {
        group.isEmpty ? 0 : group.map { $0.actual ?? 0 }.reduce(0, +) / Double(group.count)
    }

    /// Burn-up: tasks whose completion was accepted by the end of each month of the plan year.
    private static func doneByMonth(_ active: [TaskStatus], planYear: Int) -> [Int] {
        var doneByMonth = [Int](repeating: 0, count: 12)
        for status in active {
            guard case .done(let on) = status.why, let date = ISODate(on), date.year == planYear else { continue }
            for month in date.month...12 { doneByMonth[month - 1] += 1 }
        }
        return doneByMonth
    }

    /// The latest changes worth a look (not the routine monthly filing and acceptance), 30 at most.
    private static func changeRows(_ entries: [AuditEntry], strings: [String: String]) -> [ChangeRow] {
        entries.filter { !routine.contains("\($0.entity) \($0.action)") }.prefix(30).map { entry in
            ChangeRow(
                at: entry.at.replacingOccurrences(of: "T", with: " ").prefix(16).description, actor: entry.actor,
                action: strings["audit_\(entry.entity)_\(entry.action)"] ?? "\(entry.entity) \(entry.action)",
                link: entry.entity == "task" ? "/tasks/\(entry.entityID)" : nil, reason: entry.reason)
        }
    }
}

/// The office's and leaders' dashboard: the plan at a glance.
struct DashboardController: PageController {
    let services: PageServices
    static let path = "dashboard"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await dashboard(request, context) }
        return routes
    }

    func dashboard(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.readsWholePlan }
        let plan = try await snapshot(for: viewer, request: request)
        let since: ISODate
        if let text = request.uri.queryParameters["since"].map(String.init), !text.isEmpty {
            guard let date = ISODate(text) else { throw AppError.invalid("「\(text)」不是有效日期。 \(text) is not a date.") }
            since = date
        } else {
            // A month back from today: "what changed since last month".
            let monthAgo = Calendar(identifier: .gregorian).date(byAdding: .day, value: -30, to: Date.now) ?? Date.now
            since = ISODate(String(monthAgo.formatted(.iso8601).prefix(10)))!
        }
        let key = "dashboard|\(plan.jurisdiction)|\(plan.planYear)|\(plan.asOf.text)|\(since.text)"
        return try await cachedPage(
            key, plan: plan, title: context.language.strings["dashboard"]!, request: request, context: context
        ) {
            let changes = try await store.changes(jurisdiction: viewer.user.jurisdiction, since: since.text, limit: 500)
            let counts = try await store.changeCounts(jurisdiction: viewer.user.jurisdiction, since: since.text)
            let model = DashboardModel.make(plan, changes: changes, counts: counts, since: since, language: context.language)
            return renderer.content("dashboard", model: model, context: context)
        }
    }
}

import Foundation
import Hummingbird
import PlanActions
import PlanStore

/// The office's supervision page: when reminders and urges go out, where each department is
/// told, and how every e-mail and webhook went.
struct SupervisionModel {
    struct Rules {
        let daysBeforeDeadline: Int
        let reportDay: Int
        let reportNoticeDays: Int
        let urgeEveryWorkingDays: Int
        let escalateAfterUrges: Int
        let holidays: String
        let makeUpWorkdays: String
    }

    struct ChannelRow {
        let owner: String
        /// The form's value: the department's name, empty for the leaders.
        let department: String
        let email: String?
        let webhookURL: String?
        let webhookKind: String
        let hasSecret: Bool
    }

    struct Option {
        let value: String
        let label: String
    }

    struct DeliveryRow {
        let id: Int
        let kind: String
        let subject: String
        let taskLink: String?
        let channel: String
        let target: String
        let state: String
        let stateCode: String
        let attempts: Int
        let nextAttempt: String?
        let lastError: String?
        let sentAt: String?
    }

    let planYear: Int
    let rules: Rules
    let channels: [ChannelRow]
    let owners: [Option]
    let webhookKinds: [Option]
    let deliveries: [DeliveryRow]
    /// Why messages are not leaving, when they are not: the page says so first.
    let warnings: [String]
    let message: String?
}

/// Supervision: reminder rules, channels, the outbox and a run now.
struct SupervisionController: PageController {
    let services: PageServices
    static let path = "supervision"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await supervision(request, context) }
        routes.post("rules") { request, context in try await saveReminderRules(request, context) }
        routes.post("channels") { request, context in try await saveChannel(request, context) }
        routes.post("run") { request, context in try await runRemindersNow(request, context) }
        return routes
    }

    func supervision(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let plan = try await snapshot(for: viewer, request: request)
        let language = context.language
        let strings = language.strings
        let jurisdiction = viewer.user.jurisdiction
        let rules = try await store.reminderRules(jurisdiction: jurisdiction, planYear: plan.planYear)
        let channels = try await store.channels(jurisdiction: jurisdiction)
        let deliveries = try await store.deliveries(jurisdiction: jurisdiction)
        let leaders = strings["inbox_leaders"]!
        var warnings: [String] = []
        if !settings.mailConfigured, channels.contains(where: { $0.email != nil }) {
            warnings.append(strings["sup_noMail"]!)
        }
        // Without a server, e-mails waiting is said once, above; this counts what else is stuck.
        let stuck = deliveries.filter {
            $0.state == .queued && $0.lastError != nil && (settings.mailConfigured || $0.channel != .email)
        }
        if let first = stuck.first {
            warnings.append(
                String(format: strings["sup_stuck"]!, stuck.count).replacingOccurrences(
                    of: "{reason}", with: first.lastError ?? ""))
        }
        let failed = deliveries.filter { $0.state == .failed }.count
        if failed > 0 { warnings.append(String(format: strings["sup_failed"]!, failed)) }
        let model = SupervisionModel(
            planYear: plan.planYear,
            rules: .init(
                daysBeforeDeadline: rules.daysBeforeDeadline, reportDay: rules.reportDay,
                reportNoticeDays: rules.reportNoticeDays,
                urgeEveryWorkingDays: rules.urgeEveryWorkingDays, escalateAfterUrges: rules.escalateAfterUrges,
                holidays: rules.calendar.holidays.sorted().joined(separator: "\n"),
                makeUpWorkdays: rules.calendar.makeUpWorkdays.sorted().joined(separator: "\n")),
            channels: channels.map {
                .init(
                    owner: $0.department ?? leaders, department: $0.department ?? "", email: $0.email, webhookURL: $0.webhookURL,
                    webhookKind: $0.webhookURL == nil ? "" : language.word($0.webhookKind),
                    hasSecret: $0.webhookSecret != nil)
            },
            owners: [.init(value: "", label: leaders)] + plan.departments.map { .init(value: $0.name, label: $0.name) },
            webhookKinds: NotificationChannel.WebhookKind.allCases.map { .init(value: $0.rawValue, label: language.word($0)) },
            deliveries: deliveries.map { delivery in
                .init(
                    id: delivery.id, kind: language.word(delivery.kind), subject: delivery.subject,
                    taskLink: delivery.taskID.map { "/tasks/\($0)" },
                    channel: strings["channel_" + delivery.channel.rawValue] ?? delivery.channel.rawValue,
                    target: delivery.target, state: language.word(delivery.state),
                    stateCode: delivery.state.rawValue, attempts: delivery.attempts,
                    nextAttempt: delivery.state == .queued ? Self.minute(delivery.nextAttemptAt) : nil,
                    lastError: delivery.lastError,
                    sentAt: delivery.sentAt.map(Self.minute))
            },
            warnings: warnings,
            message: request.uri.queryParameters["done"].flatMap { strings["sup_done_" + String($0)] })
        return renderer.page("supervision", title: strings["supervision"]!, model: model, request: request, context: context)
    }

    /// Saves the plan's reminder rules and working calendar.
    func saveReminderRules(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let plan = try await snapshot(for: viewer, request: request)
        let rules = ReminderRules(
            daysBeforeDeadline: try form.requiredInteger("days_before_deadline", label: "到期前提醒天数 days before a deadline"),
            reportDay: try form.requiredInteger("report_day", label: "月报报送日 report day"),
            reportNoticeDays: try form.requiredInteger("report_notice_days", label: "月报提前提醒天数 report notice days"),
            urgeEveryWorkingDays: try form.requiredInteger("urge_every", label: "催办间隔 urge every"),
            escalateAfterUrges: try form.requiredInteger("escalate_after", label: "升级前催办次数 escalate after"),
            calendar: WorkingCalendar(
                holidays: try Self.dates(form["holidays"], label: "节假日 holidays"),
                makeUpWorkdays: try Self.dates(form["make_up_workdays"], label: "调休上班日 make-up working days")))
        try await SupervisionActions(store: store).setReminderRules(rules, planYear: plan.planYear, by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/supervision?done=rules"])
    }

    /// Sets where a department (or the leaders, `department` empty) is told.
    func saveChannel(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        guard let kind = NotificationChannel.WebhookKind(rawValue: form["webhook_kind"] ?? "generic") else {
            throw AppError.invalid("未知的群机器人类型。 Unknown webhook kind.")
        }
        let channel = NotificationChannel(
            department: form["department"], email: form["email"], webhookURL: form["webhook_url"], webhookKind: kind,
            webhookSecret: form["webhook_secret"])
        try await SupervisionActions(store: store).setChannel(channel, allowHTTP: settings.allowHTTPWebhooks, by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/supervision?done=channel"])
    }

    /// Creates today's reminders now instead of at the scheduler's next pass; they are sent by it.
    func runRemindersNow(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        _ = try await SupervisionActions(store: store).runReminders(by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/supervision?done=run"])
    }

    /// Dates one a line (or separated by commas or spaces), each checked.
    static func dates(_ text: String?, label: String) throws -> Set<String> {
        let words = (text ?? "").split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "，" || $0 == "、" })
        return Set(
            try words.map { word in
                guard let date = ISODate(String(word)) else {
                    throw AppError.invalid(
                        "「\(label)」中的「\(word)」不是有效日期（应为 2022-10-03）。 \(word) in \(label) is not a date (write 2022-10-03).")
                }
                return date.text
            })
    }

    /// `2022-06-23T08:00:00Z` as `2022-06-23 08:00` (UTC, as stored).
    static func minute(_ timestamp: String) -> String {
        String(timestamp.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}

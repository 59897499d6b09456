import ArgumentParser
import Foundation
import Messaging
import PlanStore
import ReportExtraction

/// `luoshi remind`: one pass of the supervision loop, for cron users (`luoshi serve` runs it on
/// its own): create the reminders and urges owed today, then send the deliveries that are due.
struct RemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "生成今日到期提醒、报送提醒和催办，并发送邮件和 Webhook。 Create today's reminders and urges, and send them.",
        discussion: """
            Each reminder is created once, however often this runs (cron every few minutes is fine); after downtime the
            next run sends what is owed then. --dry-run lists what would be created and sends nothing.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var messaging: MessagingOptions

    @Option(help: "按哪一天计算（默认今天）。 The day to remind for (default: today).")
    var date: String?

    @Flag(help: "只列出将生成的提醒，不写入、不发送。 List what would be created; change and send nothing.")
    var dryRun = false

    @Option(help: "输出格式：table 或 json。 Output: table or json.")
    var format: String = "table"

    func validate() throws {
        if let date, ISODate(date) == nil {
            throw ValidationError("「\(date)」不是有效日期（应为 2022-06-30）。 \(date) is not a date (write 2022-06-30).")
        }
        guard ["table", "json"].contains(format) else { throw ValidationError("格式应为 table 或 json。 The format is table or json.") }
    }

    func run() async throws {
        let day = date.flatMap(ISODate.init) ?? .today
        let dryRun = dryRun
        let mailer = messaging.mailer
        let (run, pass) = try await store.run { store in
            let run = try await store.runReminders(asOf: day, dryRun: dryRun)
            let pass = dryRun ? Outbox.Pass() : try await Outbox(store: store, mailer: mailer).sendDue()
            return (run, pass)
        }
        let shown = run.reminders.filter { dryRun ? $0.isNew : true }
        if format == "json" {
            let lines = shown.map { entry in
                var object = JSONObject()
                object.add("due_on", entry.reminder.dueOn)
                object.add("jurisdiction", entry.jurisdiction)
                object.add("key", entry.reminder.key)
                object.add("kind", entry.reminder.kind.rawValue)
                object.add("new", entry.isNew)
                object.add("subject", entry.reminder.subject)
                object.add("task_id", entry.reminder.taskID)
                object.add("to", Self.audience(entry.reminder.audience))
                return object.json
            }
            print(lines.joined(separator: "\n"), terminator: lines.isEmpty ? "" : "\n")
        } else {
            let rows: [[String]] = shown.map { entry in
                let reminder = entry.reminder
                let state = entry.isNew ? (dryRun ? "将生成" : "新") : "已发"
                let task = reminder.taskID.map { String($0) } ?? ""
                return [
                    reminder.kind.chinese, Self.audience(reminder.audience), task, reminder.dueOn, state,
                    TableRenderer.clip(reminder.subject, 40),
                ]
            }
            if !rows.isEmpty {
                print(TableRenderer.table(["类型", "收件", "任务", "应发日", "状态", "标题"], rows), terminator: "")
            }
        }
        let summary =
            dryRun
            ? "将生成 \(run.newCount) 条提醒（未写入）。 \(run.newCount) reminders would be created (dry run: nothing written or sent)."
            : "生成 \(run.newCount) 条提醒，排队 \(run.queuedDeliveries) 次投递；发送成功 \(pass.sent)，失败待重试 \(pass.failed)。 \(run.newCount) reminders created, \(run.queuedDeliveries) deliveries queued; \(pass.sent) sent, \(pass.failed) failed (retried later)."
        StandardError.write(summary)
    }

    static func audience(_ audience: Reminder.Audience) -> String {
        switch audience {
        case .department(_, let name): return name
        case .leaders: return "领导"
        }
    }
}

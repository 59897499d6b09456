import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Messaging
import Metrics
import PlanStore
import Prometheus
import ReportExtraction
import WebApp

/// `luoshi serve`: the web application and the JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动网页应用和 JSON 接口。 Run the web application and the JSON API.",
        discussion: """
            --demo 在一个新的临时数据库中导入示例报告、单位、分工、全年进展和各角色用户，并打印登录方式。
            --demo starts on a fresh temporary store with the fixture report, departments, a published allocation,
            a year of progress and one user per role, and prints where to sign in. The demo data is built into the
            program; --demo-report and --demo-departments use files instead.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "监听地址。 The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "端口（0 为任意空闲端口）。 The port (0: any free port).")
    var port = 8080

    @Flag(help: "演示模式。 Start with demo data.")
    var demo = false

    @OptionGroup var demoFiles: DemoOptions

    @Flag(help: "仅通过 HTTPS 发送 Cookie（部署在 TLS 代理之后时）。 Send cookies over HTTPS only (behind a TLS proxy).")
    var secureCookies = false

    @Option(help: "比较页面的指标同义词表（CSV：名称,单位,同义词）。 The indicator list of the comparison page (CSV: name,unit,synonyms).")
    var indicators: String?

    @Option(help: "日志级别。 Log level (trace, debug, info, notice, warning, error).")
    var logLevel = "info"

    @OptionGroup var messaging: MessagingOptions

    @Option(help: "每隔多少秒生成提醒并发送（0 为不运行）。 Run reminders and send deliveries every N seconds (0: off).")
    var remindEvery = 60

    @Flag(help: "允许 http 的 Webhook（仅供测试）。 Allow http webhooks (testing only).")
    var allowHTTP = false

    @Option(
        help: "公开门户的数据最多滞后几秒（0 为每次变动即更新）。 How many seconds the public portal's figures may lag (0: refreshed at every change).")
    var portalRefresh = 5

    @Option(
        help:
            "要求 /metrics 带此令牌（Authorization: Bearer …）；也可用环境变量 LUOSHI_METRICS_TOKEN。 Require this token (Authorization: Bearer …) at /metrics; LUOSHI_METRICS_TOKEN also sets it."
    )
    var metricsToken: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("端口应在 0 到 65535 之间。 The port is 0–65535.") }
        guard portalRefresh >= 0 else { throw ValidationError("--portal-refresh 不能为负数。 --portal-refresh cannot be negative.") }
        guard remindEvery >= 0 else { throw ValidationError("--remind-every 不能为负数。 --remind-every cannot be negative.") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("未知的日志级别。 Unknown log level \(logLevel).") }
    }

    func run() async throws {
        // Read the demo files and the indicator list first: a wrong path is told before anything starts.
        let demoData = demo ? try demoFiles.load() : nil
        let indicatorList = try indicators.map(IndicatorFile.read)
        var logger = Logger(label: "luoshi")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let (location, temporary) = try storeLocation()
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        let planStore = try await Self.failing { try await PlanStore.open(location, logger: logger) }
        let settings = webSettings(indicators: indicatorList)
        let setUp: StoreContents?
        do {
            setUp = try await prepare(planStore, demoData: demoData, hasher: settings.hasher)
        } catch {
            await planStore.close()
            throw error
        }
        // The supervision loop runs beside the server as one of its services, and stops with it.
        let scheduler = SupervisionScheduler(
            store: planStore, outbox: Outbox(store: planStore, mailer: messaging.mailer, logger: logger),
            interval: .seconds(max(remindEvery, 1)), logger: logger)
        let app = try await WebApplication.build(
            store: planStore, settings: settings, host: host, port: port, metrics: registry, logger: logger,
            services: remindEvery > 0 ? [scheduler] : [],
            onServerRunning: announcement(setUp: setUp, mailConfigured: settings.mailConfigured))
        do {
            try await app.runService()
        } catch {
            await planStore.close()
            StandardError.write("luoshi: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        await planStore.close()
    }

    /// Where the store is: `--db`, or for the demo without one a file in a new temporary folder
    /// (returned, to be removed at the end).
    private func storeLocation() throws -> (StoreLocation, temporary: URL?) {
        guard demo, store.db == nil else { return (try store.location, nil) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (.sqlite(path: directory.appendingPathComponent("demo.sqlite").path), directory)
    }

    private func webSettings(indicators indicatorList: [Indicator]?) -> WebSettings {
        var settings = WebSettings(secureCookies: secureCookies, demo: demo)
        settings.allowHTTPWebhooks = allowHTTP
        settings.portalRefresh = .seconds(portalRefresh)
        settings.metricsToken = (metricsToken ?? ProcessInfo.processInfo.environment["LUOSHI_METRICS_TOKEN"]).flatMap {
            $0.isEmpty ? nil : $0
        }
        settings.mailConfigured = messaging.smtpHost != nil
        if let indicatorList { settings.indicators = indicatorList }
        return settings
    }

    /// Loads the demo into an empty store, or tells what an empty store still needs before anyone
    /// can use it (nothing, for the demo).
    private func prepare(
        _ planStore: PlanStore, demoData: (report: String, departments: String)?, hasher: PasswordHasher
    ) async throws -> StoreContents? {
        guard demo else { return try await Self.failing { try await planStore.contents().needingSetUp } }
        guard try await Self.failing({ try await planStore.planRevision() }) == 0 else {
            StandardError.write(
                "luoshi: --demo 需要一个空的数据库（不带 --db 时自动新建）。 --demo needs an empty store (one is made when --db is not given).")
            throw ExitCode(1)
        }
        StandardError.write("正在准备演示数据… Preparing the demo store…")
        if let demoData {
            try await Self.failing {
                try await DemoPlan.load(
                    into: planStore, report: demoData.report, departments: demoData.departments, hasher: hasher)
            }
        }
        return nil
    }

    /// What `serve` prints once it listens: the address, the demo's users, the set-up guide, where mail waits.
    private func announcement(setUp: StoreContents?, mailConfigured: Bool) -> @Sendable (Int) async -> Void {
        let (demo, host) = (demo, host)
        let storeArgument = store.db.map { "--db " + ($0.contains(" ") ? "'\($0)'" : $0) } ?? ""
        return { port in
            var lines = ["落实已启动 Luoshi is running: http://\(host):\(port)/"]
            if demo {
                lines.append("登录 Sign in: http://\(host):\(port)/login")
                for user in DemoPlan.users {
                    lines.append(
                        "  \(user.login) / \(DemoPlan.password)  \(user.role.chinese)\(user.department.map { "（\($0)）" } ?? "")")
                }
                lines.append("公开页面 Public portal: http://\(host):\(port)/portal")
            }
            if !mailConfigured {
                // Said once here, not as a warning per e-mail: they wait where the office reads them.
                lines.append(
                    "邮件 Mail: 未配置邮件服务器（--smtp-host），提醒和催办的邮件留在发件箱 http://\(host):\(port)/supervision。 No SMTP server: e-mails wait in the outbox there."
                )
            }
            if let setUp {
                // Before the line below: whoever waits for that line finds the guide written.
                StandardError.write(
                    SetUpGuide(contents: setUp, storeArgument: storeArgument, address: "http://\(host):\(port)").text)
            }
            // Unbuffered: scripts and tests wait for this line.
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }

    /// Runs `body`; a store or file error is told on standard error and exits with status 1.
    private static func failing<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.write("luoshi: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

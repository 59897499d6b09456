import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PlanStore
import WebApp

/// `luoshi bench-web`: requests/s and p99 latency of the main pages, the API and the public
/// portal under load, by wrk, each against a trivial route of the same run; then the same while
/// departments file progress.
struct WebBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-web",
        abstract: "用 wrk 测量网页、接口和公开门户的吞吐量与 p99 延迟。 Measure pages, API and portal under load with wrk.",
        discussion: """
            Fills a temporary SQLite store with the demo plan, adds tasks (with leads and progress) \
            until the plan has --tasks tasks, starts the web application in this process on a free \
            loopback port, and runs wrk (Debian package wrk) against /ping and /health (the \
            ceilings), the dashboard, the task list and a JSON API read (signed in as a leader) and \
            the public portal (anonymous). Then it files progress through the API at about ten \
            reports a second, alone, beside the portal at half the connections and beside the \
            dashboard at twice the connections. Each figure is set against a ceiling of the same \
            run, as the machine's speed varies. --check runs it short and exits 1 when a ratio falls \
            below the smoke thresholds (a slowdown several times over): what CI runs. Build with \
            -c release for real figures.
            """)

    @Option(help: "计划中的任务数。 Tasks in the plan.") var tasks = 2000
    @Option(help: "并发连接数。 Concurrent connections.") var connections = 100
    @Option(help: "wrk 线程数。 wrk threads.") var threads = 2
    @Option(help: "每项测量秒数（--check 时默认 2）。 Seconds per measurement (2 with --check).") var duration: Int?
    @Flag(help: "冒烟检查：比值低于阈值时退出码为 1。 Smoke check: exit 1 when a ratio is below its threshold.") var check = false
    @Flag(help: "打印 wrk 的完整输出。 Print wrk's whole output.") var verbose = false
    @OptionGroup var demoFiles: DemoOptions

    /// The smoke check's floors, as shares of the ceiling of the same run: well under what a
    /// healthy build shows on a loaded 2-core machine (debug and release alike: about 0.5 for the
    /// dashboard and the API against /ping, 1.7–3.9 for the portal against /health), well over
    /// what a five-fold slowdown of the page leaves (0.1; 0.34–0.8).
    static let smokeFloors: [(name: String, floor: Double)] = [
        ("dashboard / ping", 0.2), ("JSON API / ping", 0.2), ("portal / health", 0.6),
    ]
    /// Filings beside the portal keep at least this share of their rate alone: a debug build on a
    /// loaded machine shows 0.19–0.5 (a 2 s window holds only a dozen filings), a release build
    /// 0.7; with the page frame rendered every time again it fell to 0.07.
    static let filingFloor = 0.12

    func validate() throws {
        guard tasks > 0, connections > 0, threads > 0, (duration ?? 1) > 0 else {
            throw ValidationError("参数应为正数。 Counts must be positive.")
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk") else {
            throw ValidationError("需要 wrk：apt-get install wrk。 wrk is needed: apt-get install wrk.")
        }
    }

    func run() async throws {
        let seconds = duration ?? (check ? 2 : 10)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-bench-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var logger = Logger(label: "luoshi.bench")
        logger.logLevel = .critical
        let hasher = PasswordHasher(cost: 4)
        let plan = try await prepare(in: directory, hasher: hasher, logger: logger)

        let (portStream, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = try await WebApplication.build(
            store: plan.store, settings: WebSettings(hasher: hasher, logRequests: false), host: "127.0.0.1", port: 0,
            logger: logger, onServerRunning: { portContinuation.yield($0) })
        var failed: [String] = []
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var ports = portStream.makeAsyncIterator()
            guard let port = await ports.next() else { return }
            let base = "http://127.0.0.1:\(port)"
            print("plan: \(plan.tasks) tasks · \(connections) connections · \(threads) wrk threads · \(seconds) s each")
            let ratios = try measureReads(base, plan, seconds: seconds)
            let (alone, besidePortal) = try await measureFilings(base, plan, seconds: seconds)
            if check {
                for (name, floor) in Self.smokeFloors where ratios[name]! < floor {
                    failed.append(String(format: "%@ is %.3f, under the smoke floor %.2f", name, ratios[name]!, floor))
                }
                if besidePortal.rate < alone.rate * Self.filingFloor {
                    failed.append(
                        String(
                            format: "filings beside the portal %.1f/s, under %.0f%% of %.1f/s alone",
                            besidePortal.rate, Self.filingFloor * 100, alone.rate))
                }
                print(failed.isEmpty ? "smoke check: passed" : "smoke check: FAILED\n  " + failed.joined(separator: "\n  "))
            }
            group.cancelAll()
        }
        await plan.store.close()
        if !failed.isEmpty { throw ExitCode(1) }
    }

    /// The plan the load is measured on, and who reads and files it.
    struct BenchPlan {
        let store: PlanStore
        let tasks: Int
        /// The leader's session cookie, for the pages.
        let cookie: String
        /// The leader's API token, for the JSON API.
        let bearer: String
        /// The public portal's page of the plan.
        let portal: String
        /// A task the department files progress on, and the wrk script that files it.
        let filedTask: Int
        let filing: String
    }

    /// The demo plan grown to the bench's size in a store in `directory`, with a leader's session
    /// and token and a department's token to file with.
    private func prepare(in directory: URL, hasher: PasswordHasher, logger: Logger) async throws -> BenchPlan {
        let demoData = try demoFiles.load()
        let store = try await PlanStore.open(.sqlite(path: directory.appendingPathComponent("bench.sqlite").path), logger: logger)
        let jurisdiction = try await DemoPlan.load(
            into: store, report: demoData.report, departments: demoData.departments, hasher: hasher)
        let count = try await grow(store, jurisdiction: jurisdiction)
        let planYear = try await store.tasks(jurisdiction: jurisdiction).first?.planYear ?? ISODate.today.year

        // The leader: a session cookie for the pages, a token for the API. A department: a token to file with.
        let leader = try await store.credentials(login: "leader")!.user
        let session = APIToken.random()
        try await store.createSession(
            tokenHash: session.hash, userID: leader.id, csrfToken: "bench", expiresAt: "2999-01-01T00:00:00Z")
        let token = APIToken.random()
        try await store.createAPIToken(tokenHash: token.hash, userID: leader.id, name: "bench", actor: "bench")
        let filer = try await store.credentials(login: "zhujian")!.user
        let filerToken = APIToken.random()
        try await store.createAPIToken(tokenHash: filerToken.hash, userID: filer.id, name: "bench", actor: "bench")
        let filedTask = try await store.status(jurisdiction: jurisdiction, planYear: planYear, asOf: .today)
            .first { $0.lead == filer.departmentName && $0.state != .done && $0.state != .dropped }!.taskID
        let filing = directory.appendingPathComponent("file-progress.lua")
        try Self.filingScript(token: filerToken.value).write(to: filing, atomically: true, encoding: .utf8)
        return BenchPlan(
            store: store, tasks: count, cookie: "Cookie: luoshi_session=\(session.value)",
            bearer: "Authorization: Bearer \(token.value)",
            portal: "/portal/\(jurisdiction.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")/\(planYear)",
            filedTask: filedTask, filing: filing.path)
    }

    /// Each page under load, one after the other, and how they compare with the trivial routes
    /// (the ratios the smoke check holds).
    private func measureReads(_ base: String, _ plan: BenchPlan, seconds: Int) throws -> [String: Double] {
        // The first view renders the dashboard of the whole plan; later ones are kept per revision.
        if let cold = try? once(base + "/dashboard", header: plan.cookie) {
            print(String(format: "first dashboard view (nothing kept yet): %.1f ms", cold))
        }
        let targets: [(name: String, path: String, header: String)] = [
            ("/ping (trivial, the ceiling)", "/ping", ""),
            ("/health (asks the store)", "/health", ""),
            ("dashboard (leader)", "/dashboard", plan.cookie),
            ("task list (leader)", "/tasks", plan.cookie),
            // A route that names a record: its scope is checked at the store before the page.
            ("one task's page (leader)", "/tasks/\(plan.filedTask)", plan.cookie),
            ("JSON API /api/v1/tasks", "/api/v1/tasks?per_page=50", plan.bearer),
            ("public portal (anonymous)", plan.portal, ""),
        ]
        var results: [String: Load] = [:]
        print("route".padding(toLength: 32, withPad: " ", startingAt: 0) + "requests/s      p99")
        for target in targets {
            let result = try measure(base + target.path, header: target.header, connections: connections, seconds: seconds)
            results[target.path] = result
            print(Self.row(target.name, result))
        }
        let ping = results["/ping"]!, health = results["/health"]!
        let dashboard = results["/dashboard"]!, api = results["/api/v1/tasks?per_page=50"]!, portalLoad = results[plan.portal]!
        let ratios: [String: Double] = [
            "dashboard / ping": dashboard.rate / ping.rate, "JSON API / ping": api.rate / ping.rate,
            "portal / health": portalLoad.rate / health.rate,
        ]
        print(
            String(
                format: "dashboard at %.0f%% of /ping, p99 %.1f ms (goal ≥ 25%% and < 20 ms: %@)",
                ratios["dashboard / ping"]! * 100, dashboard.p99,
                ratios["dashboard / ping"]! >= 0.25 && dashboard.p99 < 20 ? "met" : "NOT met"))
        print(
            String(
                format: "JSON API at %.0f%% of /ping (goal ≥ 30%%: %@)", ratios["JSON API / ping"]! * 100,
                ratios["JSON API / ping"]! >= 0.3 ? "met" : "NOT met"))
        print(
            String(
                format: "portal at %.0f%% of /health (goal ≥ 10%%: %@)", ratios["portal / health"]! * 100,
                ratios["portal / health"]! >= 0.1 ? "met" : "NOT met"))
        return ratios
    }

    /// Departments file progress (about ten reports a second) alone, then beside the portal's
    /// and the dashboard's load; the filings alone and beside the portal.
    private func measureFilings(_ base: String, _ plan: BenchPlan, seconds: Int) async throws -> (alone: Load, besidePortal: Load)
    {
        let progress = base + "/api/v1/tasks/\(plan.filedTask)/progress"
        let alone = try measure(progress, header: "", connections: 1, seconds: seconds, script: plan.filing)
        print(Self.row("filing progress, alone", alone))
        let (portalBeside, filingBesidePortal) = try await beside(
            base + plan.portal, connections: max(1, connections / 2), seconds: seconds, filing: progress, script: plan.filing)
        print(Self.row("portal, \(max(1, connections / 2)) connections", portalBeside))
        print(Self.row("  filing meanwhile", filingBesidePortal))
        let (dashboardBeside, filingBesideDashboard) = try await beside(
            base + "/dashboard", header: plan.cookie, connections: connections * 2, seconds: seconds, filing: progress,
            script: plan.filing)
        print(Self.row("dashboard, \(connections * 2) connections", dashboardBeside))
        print(Self.row("  filing meanwhile", filingBesideDashboard))
        print(
            String(
                format:
                    "while filing: dashboard p99 %.1f ms at %d connections (goal < 50 ms: %@); filings %.1f/s alone, %.1f/s beside the portal, %.1f/s beside the dashboard",
                dashboardBeside.p99, connections * 2, dashboardBeside.p99 < 50 ? "met" : "NOT met",
                alone.rate, filingBesidePortal.rate, filingBesideDashboard.rate))
        return (alone, filingBesidePortal)
    }

    /// A measurement: requests a second and the 99th percentile latency in ms.
    struct Load {
        var rate: Double
        var p99: Double
    }

    static func row(_ name: String, _ load: Load) -> String {
        name.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: "%10.1f  %7.1f ms", load.rate, load.p99)
    }

    /// wrk's script for filing: a POST of a progress report as the department, every 100 ms a connection.
    static func filingScript(token: String) -> String {
        """
        wrk.method = "POST"
        wrk.body = '{"narrative":"按计划推进（基准测试）","percent":50}'
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["Authorization"] = "Bearer \(token)"
        function delay()
          return 100
        end
        """
    }

    /// `url` under load while progress is filed; both measured over the same seconds. The two wrk
    /// runs are waited for on one thread: the server shares this process's few threads.
    private func beside(
        _ url: String, header: String = "", connections: Int, seconds: Int, filing: String, script: String
    ) async throws -> (Load, Load) {
        let filed = try wrk(filing, header: "", connections: 1, seconds: seconds, script: script)
        let load = try wrk(url, header: header, connections: connections, seconds: seconds)
        return (try load.finish(url), try filed.finish(filing))
    }

    /// Adds copies of the plan's tasks, each with a lead and a progress report, up to `tasks`.
    private func grow(_ store: PlanStore, jurisdiction: String) async throws -> Int {
        let existing = try await store.tasks(jurisdiction: jurisdiction).filter { $0.state == .active }
        guard let year = existing.first?.planYear, existing.count < tasks else { return existing.count }
        let change = Change(actor: "bench", reason: "基准测试 benchmark")
        var inputs: [ProgressInput] = []
        for index in 0..<(tasks - existing.count) {
            let original = existing[index % existing.count]
            let lead = try await store.allocatedTask(original.id).lead ?? "玉泉区人民政府办公室"
            let added = try await store.addTask(
                jurisdiction: jurisdiction, planYear: year, text: original.text + "（第\(index / existing.count + 2)批）",
                section: original.sectionPath, change: change)
            _ = try await store.assign(taskID: added.task.id, lead: lead, change: change)
            inputs.append(
                ProgressInput(
                    taskID: added.task.id, department: lead, reportedOn: "\(year)-\(String(format: "%02d", 1 + index % 10))-15",
                    narrative: "按计划推进", percent: Double(10 + index % 90), actor: "bench"))
        }
        _ = try await store.fileProgress(inputs)
        return try await store.tasks(jurisdiction: jurisdiction).filter { $0.state == .active }.count
    }

    /// Runs wrk (after a short warm-up) and reads requests/s and the 99th percentile latency.
    private func measure(_ url: String, header: String, connections: Int, seconds: Int, script: String? = nil) throws -> Load {
        _ = try wrk(url, header: header, connections: connections, seconds: 1, script: script).finish(url)
        return try wrk(url, header: header, connections: connections, seconds: seconds, script: script).finish(url)
    }

    /// A wrk run started and not yet waited for.
    struct Running {
        let process: Process
        let pipe: Pipe
        let verbose: Bool

        /// Waits for the run and reads requests/s and the 99th percentile latency.
        func finish(_ url: String) throws -> Load {
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if verbose { print(output) }
            if let errors = output.split(separator: "\n").first(where: { $0.contains("Non-2xx") }) {
                throw ValidationError("wrk: \(url): \(errors.trimmingCharacters(in: .whitespaces))")
            }
            let rate =
                output.split(separator: "\n").first { $0.hasPrefix("Requests/sec:") }
                .flatMap { Double($0.split(separator: " ").last ?? "") } ?? 0
            let p99 =
                output.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("99%") }
                .map { WebBench.milliseconds(String($0.split(separator: " ").last ?? "")) } ?? .nan
            return Load(rate: rate, p99: p99)
        }
    }

    /// Starts wrk against `url`.
    private func wrk(_ url: String, header: String, connections: Int, seconds: Int, script: String? = nil) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
        var arguments = ["-t\(min(threads, connections))", "-c\(connections)", "-d\(seconds)s", "--latency", "--timeout", "10s"]
        if !header.isEmpty { arguments += ["-H", header] }
        if let script { arguments += ["-s", script] }
        process.arguments = arguments + [url]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        return Running(process: process, pipe: pipe, verbose: verbose)
    }

    /// The time of one request by curl, in ms.
    private func once(_ url: String, header: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-o", "/dev/null", "-w", "%{time_total}", "-H", header, url]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (Double(output) ?? .nan) * 1000
    }

    /// wrk writes `812.00us`, `12.34ms` or `1.20s`.
    static func milliseconds(_ text: String) -> Double {
        if text.hasSuffix("us") { return (Double(text.dropLast(2)) ?? .nan) / 1000 }
        if text.hasSuffix("ms") { return Double(text.dropLast(2)) ?? .nan }
        if text.hasSuffix("s") { return (Double(text.dropLast(1)) ?? .nan) * 1000 }
        return .nan
    }
}

import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PlanStore
import WebApp

/// `luoshi bench-web`: requests/s and p99 latency of the main pages and the API under load, by wrk.
struct WebBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-web",
        abstract: "用 wrk 测量网页和接口的吞吐量与 p99 延迟。 Measure pages and API under load with wrk.",
        discussion: """
            Fills a temporary SQLite store with the demo plan, adds tasks (with leads and progress) \
            until the plan has --tasks tasks, starts the web application in this process on a free \
            loopback port, and runs wrk (Debian package wrk) against /ping (a trivial route: the \
            ceiling), the dashboard, the task list and a JSON API read, signed in as a leader. \
            Build with -c release for real figures.
            """)

    @Option(help: "计划中的任务数。 Tasks in the plan.") var tasks = 2000
    @Option(help: "并发连接数。 Concurrent connections.") var connections = 100
    @Option(help: "wrk 线程数。 wrk threads.") var threads = 2
    @Option(help: "每项测量秒数。 Seconds per measurement.") var duration = 10
    @Flag(help: "打印 wrk 的完整输出。 Print wrk's whole output.") var verbose = false
    @OptionGroup var demoFiles: DemoOptions

    func validate() throws {
        guard tasks > 0, connections > 0, threads > 0, duration > 0 else { throw ValidationError("参数应为正数。 Counts must be positive.") }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk") else {
            throw ValidationError("需要 wrk：apt-get install wrk。 wrk is needed: apt-get install wrk.")
        }
    }

    func run() async throws {
        let demoData = try demoFiles.load()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-bench-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var logger = Logger(label: "luoshi.bench")
        logger.logLevel = .error
        let store = try await PlanStore.open(.sqlite(path: directory.appendingPathComponent("bench.sqlite").path), logger: logger)
        let hasher = PasswordHasher(cost: 4)
        let jurisdiction = try await DemoPlan.load(into: store, report: demoData.report, departments: demoData.departments, hasher: hasher)
        let count = try await grow(store, jurisdiction: jurisdiction)

        // Sign in as the leader: a session cookie for the pages, a token for the API.
        let leader = try await store.credentials(login: "leader")!.user
        let session = APIToken.random()
        try await store.createSession(tokenHash: session.hash, userID: leader.id, csrfToken: "bench", expiresAt: "2999-01-01T00:00:00Z")
        let token = APIToken.random()
        try await store.createAPIToken(tokenHash: token.hash, userID: leader.id, name: "bench", actor: "bench")

        let (portStream, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = try await WebApplication.build(
            store: store, settings: WebSettings(hasher: hasher, logRequests: false), host: "127.0.0.1", port: 0, logger: logger,
            onServerRunning: { portContinuation.yield($0) })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var ports = portStream.makeAsyncIterator()
            guard let port = await ports.next() else { return }
            let base = "http://127.0.0.1:\(port)"
            print("plan: \(count) tasks · \(connections) connections · \(threads) wrk threads · \(duration) s each")
            // The first view renders the dashboard of the whole plan; later ones are kept per revision.
            if let cold = try? once(base + "/dashboard", header: "Cookie: luoshi_session=\(session.value)") {
                print(String(format: "first dashboard view (nothing kept yet): %.1f ms", cold))
            }
            let targets: [(String, String, String)] = [
                ("trivial route /ping", "/ping", ""),
                ("dashboard", "/dashboard", "Cookie: luoshi_session=\(session.value)"),
                ("task list", "/tasks", "Cookie: luoshi_session=\(session.value)"),
                ("JSON API /api/v1/tasks", "/api/v1/tasks?per_page=50", "Authorization: Bearer \(token.value)"),
            ]
            var results: [String: (rate: Double, p99: Double)] = [:]
            print("route".padding(toLength: 26, withPad: " ", startingAt: 0) + "requests/s      p99")
            for (name, path, header) in targets {
                let result = try measure(base + path, header: header)
                results[name] = result
                print(name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%10.0f  %7.1f ms", result.rate, result.p99))
            }
            let ceiling = results["trivial route /ping"]!.rate
            let api = results["JSON API /api/v1/tasks"]!.rate
            let dashboard = results["dashboard"]!.p99
            print(String(format: "dashboard p99 %.1f ms (goal < 50 ms: %@)", dashboard, dashboard < 50 ? "met" : "NOT met"))
            print(String(format: "JSON API at %.0f%% of the trivial route (goal ≥ 30%%: %@)", api / ceiling * 100, api / ceiling >= 0.3 ? "met" : "NOT met"))
            group.cancelAll()
        }
        await store.close()
    }

    /// Adds copies of the plan's tasks, each with a lead and a progress report, up to `tasks`.
    private func grow(_ store: PlanStore, jurisdiction: String) async throws -> Int {
        let existing = try await store.tasks(jurisdiction: jurisdiction).filter { $0.state == "active" }
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
            inputs.append(ProgressInput(
                taskID: added.task.id, department: lead, reportedOn: "\(year)-\(String(format: "%02d", 1 + index % 10))-15",
                narrative: "按计划推进", percent: Double(10 + index % 90), actor: "bench"))
        }
        _ = try await store.fileProgress(inputs)
        return try await store.tasks(jurisdiction: jurisdiction).filter { $0.state == "active" }.count
    }

    /// Runs wrk once (after a short warm-up) and reads requests/s and the 99th percentile latency.
    private func measure(_ url: String, header: String) throws -> (rate: Double, p99: Double) {
        func wrk(_ seconds: Int) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
            var arguments = ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency", "--timeout", "10s"]
            if !header.isEmpty { arguments += ["-H", header] }
            process.arguments = arguments + [url]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return output
        }
        _ = try wrk(1)
        let output = try wrk(duration)
        if verbose { print(output) }
        if let errors = output.split(separator: "\n").first(where: { $0.contains("Non-2xx") }) {
            throw ValidationError("wrk: \(url): \(errors.trimmingCharacters(in: .whitespaces))")
        }
        let rate = output.split(separator: "\n").first { $0.hasPrefix("Requests/sec:") }
            .flatMap { Double($0.split(separator: " ").last ?? "") } ?? 0
        let p99 = output.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("99%") }
            .map { Self.milliseconds(String($0.split(separator: " ").last ?? "")) } ?? .nan
        return (rate, p99)
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

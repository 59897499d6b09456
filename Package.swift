// swift-tools-version: 6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    // `any` written where a protocol is used as a type; an imported module's members only where it is imported.
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The web application's templates and assets, compiled into the program so that the one
/// `luoshi` binary runs from any directory and any install location (SwiftPM's `embedInCode`).
/// Listed one by one: a new template is added here (a test checks that every file of these
/// folders is listed, and SwiftPM warns of an unlisted one). The demo's texts are `DemoData`'s.
let webAppFiles: [Resource] = [
    // Templates/
    "Templates/admin.mustache", "Templates/allocation.mustache", "Templates/circular-draft.mustache",
    "Templates/circulars.mustache", "Templates/comments.mustache", "Templates/compare.mustache",
    "Templates/dashboard.mustache", "Templates/fulfilment.mustache", "Templates/inbox.mustache",
    "Templates/instruction-list.mustache", "Templates/instructions.mustache", "Templates/layout.mustache",
    "Templates/login.mustache", "Templates/pager.mustache", "Templates/portal-task.mustache",
    "Templates/portal.mustache", "Templates/rankings.mustache", "Templates/reader.mustache",
    "Templates/review.mustache", "Templates/supervision.mustache", "Templates/task-table.mustache",
    "Templates/task.mustache", "Templates/tasks.mustache", "Templates/workspace.mustache",
    // Assets/
    "Assets/app.css", "Assets/openapi.json",
].map { Resource.embedInCode($0) }

let package = Package(
    name: "Luoshi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "luoshi", targets: ["luoshi"]),
        .library(name: "ReportExtraction", targets: ["ReportExtraction"]),
        .library(name: "ReportFiles", targets: ["ReportFiles"]),
        .library(name: "PlanStore", targets: ["PlanStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.30.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.100.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // Text in, records out: normalize → outline → quantities → tasks. Foundation only.
        .target(name: "ReportExtraction", swiftSettings: swiftSettings),
        // libxml2's HTML parser, for saved web pages.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // File in, text out: encodings, web pages (libxml2), PDF (poppler's pdftotext), DOCX.
        .target(
            name: "ReportFiles",
            dependencies: ["CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // The plan as tracked: schema, migrations, import, tasks — on SQLite or PostgreSQL through SQLKit.
        .target(
            name: "PlanStore",
            dependencies: [
                "ReportExtraction",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The demo's report, next year's report and department directory, compiled in.
        .target(
            name: "DemoData",
            resources: ["yuquan-2022.txt", "yuquan-2023-review.txt", "yuquan-departments.csv"].map { .embedInCode($0) },
            swiftSettings: swiftSettings
        ),
        // The plan as documents: workbooks and CSV (分工方案, 年度兑现, 考核), the circular as DOCX and
        // print view, SVG charts, number formats and HTML escaping. The store stays about data.
        .target(
            name: "Documents",
            dependencies: ["ReportExtraction", "PlanStore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // What a signed-in user does, checked once for every caller: role, reach, input, then the store.
        .target(name: "PlanActions", dependencies: ["ReportExtraction", "PlanStore"], swiftSettings: swiftSettings),
        // The web application and JSON API over the store: routes, sessions, pages. Thin: the actions decide.
        .target(
            name: "WebApp",
            dependencies: [
                "ReportExtraction", "ReportFiles", "PlanStore", "PlanActions", "Documents", "DemoData",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: webAppFiles,
            swiftSettings: swiftSettings
        ),
        // The supervision loop's way out: e-mail over SMTP, webhooks (企业微信, 钉钉, signed generic),
        // and the scheduler that runs reminders and retries deliveries. The store decides what is owed.
        .target(
            name: "Messaging",
            dependencies: [
                "PlanStore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The command tree; everything testable lives here, the executable only calls it.
        // Writes the git commit the program is built from into the CLI (`luoshi --version`).
        .plugin(name: "BuildInfoPlugin", capability: .buildTool()),
        .target(
            name: "LuoshiCLI",
            dependencies: [
                "ReportExtraction", "ReportFiles", "PlanStore", "Documents", "DemoData", "WebApp", "Messaging",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["BuildInfoPlugin"]
        ),
        .executableTarget(name: "luoshi", dependencies: ["LuoshiCLI"], swiftSettings: swiftSettings),
        // Test data is read from the repository by path, not bundled.
        .testTarget(
            name: "ReportExtractionTests", dependencies: ["ReportExtraction"], exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ReportFilesTests",
            dependencies: ["ReportFiles", "ReportExtraction", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlanStoreTests",
            dependencies: [
                "PlanStore", "PlanActions", "Documents", "ReportExtraction",
                .product(name: "PostgresKit", package: "postgres-kit"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WebAppTests",
            dependencies: [
                "WebApp", "PlanStore", "Messaging",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LuoshiCLITests",
            dependencies: [
                "luoshi", "LuoshiCLI", "ReportExtraction", .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings
        ),
    ]
)

// swift-tools-version: 6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

let package = Package(
    name: "Luoshi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "luoshi", targets: ["luoshi"]),
        .library(name: "ReportExtraction", targets: ["ReportExtraction"]),
        .library(name: "ReportFiles", targets: ["ReportFiles"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // Text in, records out: normalize → outline → quantities → tasks. Foundation only.
        .target(name: "ReportExtraction", swiftSettings: swiftSettings),
        // File in, text out: encodings, PDF (poppler's pdftotext), DOCX.
        .target(
            name: "ReportFiles",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // The command tree; everything testable lives here, the executable only calls it.
        .target(
            name: "LuoshiCLI",
            dependencies: [
                "ReportExtraction", "ReportFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "luoshi", dependencies: ["LuoshiCLI"], swiftSettings: swiftSettings),
        .testTarget(name: "ReportExtractionTests", dependencies: ["ReportExtraction"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ReportFilesTests",
            dependencies: ["ReportFiles", "ReportExtraction", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "LuoshiCLITests", dependencies: ["luoshi", "ReportExtraction"], swiftSettings: swiftSettings),
    ]
)

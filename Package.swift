// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Switchboard",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "switchboard", targets: ["switchboard"]),
    .executable(name: "switchboard-bench", targets: ["SwitchboardBench"]),
    // For the fuzz package in Fuzz/ (DEVELOPERS.md, "Fuzzing"), which links these with libFuzzer.
    .library(name: "IntentMatching", targets: ["IntentMatching"]),
    .library(name: "Dialogue", targets: ["Dialogue"]),
    .library(name: "Office", targets: ["Office"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
  ],
  targets: [
    // Thin executable: argument parsing and wiring only.
    .executableTarget(
      name: "switchboard",
      dependencies: [
        "Console", "Dialogue", "IntentMatching", "Office", "OfficePostgres",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // REPL loop, line editor, piped reader, rendering, completion.
    .target(name: "Console", dependencies: ["Dialogue", "IntentMatching", "Office", "CEditLine"]),
    // Sessions, turns, dispatch, FAQ answers, back-office handlers, rules, transcripts.
    .target(
      name: "Dialogue",
      dependencies: ["IntentMatching", "Office", .product(name: "Yams", package: "Yams")]
    ),
    // Pure: normalisation, tokenising, intent files, matcher, slot extraction.
    .target(
      name: "IntentMatching",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        // The CSV reader of labelled data (`eval`, `calibrate`, `intents import`).
        .product(name: "CSV", package: "CSV.swift"),
      ]),
    // CRM and back-office records, Store protocol, SQLite implementation.
    .target(
      name: "Office",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's C API, for the one statement that runs for every logged line.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        // The streaming CSV reader of `import`.
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    // The PostgreSQL backend of Office's Store (postgres-nio), wired by the executable.
    .target(
      name: "OfficePostgres",
      dependencies: [
        "Office",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // libedit, wrapped by one Swift type in Console.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // Benchmarks printed by `make bench`.
    .executableTarget(
      name: "SwitchboardBench",
      dependencies: ["Dialogue", "IntentMatching", "Office", "OfficePostgres"]
    ),
    .target(
      name: "TestSupport", dependencies: ["Dialogue", "IntentMatching", "Office"],
      path: "Tests/TestSupport"),
    .testTarget(
      name: "IntentMatchingTests", dependencies: ["IntentMatching", "TestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(name: "OfficeTests", dependencies: ["Office", "OfficePostgres", "TestSupport"]),
    .testTarget(name: "DialogueTests", dependencies: ["Dialogue", "TestSupport"]),
    .testTarget(
      name: "ConsoleTests", dependencies: ["Console", "TestSupport"], exclude: ["Reports/Golden"]),
    .testTarget(name: "EndToEndTests", dependencies: ["Console", "TestSupport"]),
    // The executable's own logic (the console's argument fast path).
    .testTarget(
      name: "SwitchboardTests",
      dependencies: [
        "switchboard", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
  ]
)

// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets, one per reader of hostile text. Kept out of the root package so that its
/// link step (SwiftPM's `--defsym main=`, which collides with libFuzzer's `main`) never touches the
/// main build; see DEVELOPERS.md, "Fuzzing", and `make fuzz`.
let package = Package(
  name: "SwitchboardFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "Switchboard", path: "..")],
  targets: [
    // What every fuzz target shares: input as text, the built-in catalog, fixed days.
    .target(
      name: "FuzzSupport",
      dependencies: [.product(name: "IntentMatching", package: "Switchboard")]),
    fuzzer("FuzzIntentFile", ["IntentMatching"]),
    fuzzer("FuzzRules", ["Dialogue"]),
    fuzzer("FuzzTranscript", ["Dialogue"]),
    fuzzer("FuzzMatcher", ["IntentMatching"]),
    fuzzer("FuzzSlots", ["IntentMatching"]),
    fuzzer("FuzzLabelledData", ["IntentMatching"]),
    fuzzer("FuzzWordVectors", ["IntentMatching"]),
  ]
)

/// A fuzz target: one file defining `LLVMFuzzerTestOneInput`, linked with libFuzzer's `main`.
func fuzzer(_ name: String, _ products: [String]) -> Target {
  .executableTarget(
    name: name,
    dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: "Switchboard") },
    swiftSettings: [.unsafeFlags(["-parse-as-library"])])
}

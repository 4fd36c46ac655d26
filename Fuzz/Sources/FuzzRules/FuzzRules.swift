import Dialogue
import FuzzSupport

/// Loads the built-in catalog (the intents a rule may name) before the first input, so that
/// its cost is not counted against an input.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
  _ = FuzzFixtures.intentNames
  return 0
}

/// One `rules.yml` text through the rules loader, checked against the built-in intents.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  do {
    let rules = try RuleLoader.parse(
      text, path: "intents/rules.yml", knownIntents: FuzzFixtures.intentNames)
    _ = rules.rules.count
  } catch {
    _ = error.description
  }
  return 0
}

import FuzzSupport
import IntentMatching

/// The matcher trained once on the built-in catalog, as the console has it.
let matcher = KeywordMatcher(catalog: FuzzFixtures.builtInCatalog, today: FuzzFixtures.today)

/// Trains the matcher and compiles the slot patterns before the first input, so that their
/// cost is not counted against an input.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
  _ = matcher.classify(FuzzFixtures.warmUpLine)
  _ = matcher.explain(FuzzFixtures.warmUpLine, count: 3)
  return 0
}

/// One typed line through the unsafe-character scan (whose byte loop must agree with a scan of
/// the scalars), normalisation, tokenising, classification and its explanation; a confidence
/// outside 0...1 (or NaN) is a defect and stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMatcher(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  let unsafe = text.unicodeScalars.contains(where: ControlCharacters.isUnsafe)
  precondition(ControlCharacters.containsUnsafe(text) == unsafe, "byte scan disagrees")
  precondition(!ControlCharacters.containsUnsafe(ControlCharacters.visible(text)))
  _ = Tokenizer.tokenize(TextNormalizer.normalize(text))
  let match = matcher.classify(text)
  precondition((0...1).contains(match.confidence), "confidence \(match.confidence)")
  let explanation = matcher.explain(text, count: 3)
  precondition(explanation.match.intent == match.intent, "explain disagrees with classify")
  return 0
}

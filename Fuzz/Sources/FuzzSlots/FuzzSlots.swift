import FuzzSupport
import IntentMatching

/// The built-in slots and the built-in catalog's declared entities.
let extractor = SlotExtractor(
  entities: FuzzFixtures.builtInCatalog.entities, today: FuzzFixtures.today)

/// Builds the extractor (loading the catalog) before the first input, so that its cost is not
/// counted against an input.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
  _ = extractor.extract(FuzzFixtures.warmUpLine)
  return 0
}

/// One typed line through the slot extractor.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSlots(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  for (name, value) in extractor.extract(text) {
    precondition(!name.isEmpty && !value.isEmpty, "empty slot '\(name)' = '\(value)'")
  }
  return 0
}

import FuzzSupport
import IntentMatching

/// One intent file's text through the loader (YAML, the file parser, the catalog checks), then
/// the linter when it loads, or the error's printed form when it does not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIntentFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  do {
    let loaded = try CatalogLoader.load(files: [(path: "intents/fuzz.yml", text: text)])
    for warning in loaded.warnings { _ = String(describing: warning) }
  } catch {
    _ = error.description
  }
  return 0
}

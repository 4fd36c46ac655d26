import FuzzSupport
import IntentMatching

/// One CSV text through the labelled-data reader (`eval`, `calibrate`, `intents import`); rows
/// come back in file order with their lines.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLabelledData(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  do {
    let examples = try LabelledData.parse(text, path: "fuzz.csv")
    var previous = 1
    for example in examples {
      precondition(example.line > previous, "row line \(example.line) after \(previous)")
      previous = example.line
    }
  } catch {
    _ = error.description
  }
  return 0
}

import Dialogue
import FuzzSupport

/// One `*.chat` text through the transcript parser (expectations, settings, regular
/// expressions), or the error's printed form.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = FuzzInput.text(data, size)
  do {
    let transcript = try TranscriptParser.parse(text, path: "fuzz.chat")
    _ = transcript.conversations.count
  } catch {
    _ = error.description
  }
  return 0
}

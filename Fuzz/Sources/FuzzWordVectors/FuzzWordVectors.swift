import Foundation
import FuzzSupport
import IntentMatching

/// Where each input is written: one file per process, rewritten for every input and removed
/// when the process exits.
private let path = FileManager.default.temporaryDirectory
  .appendingPathComponent("fuzz-word-vectors-\(getpid()).vectors").path

/// Registers the file's removal at exit, once.
private let removedAtExit: Void = { _ = atexit { unlink(path) } }()

/// Bytes as a word-vector table (a catalog's `word_vectors:` file): `WordVectors(path:)` either
/// refuses them with an error that names the file, or maps a table whose words are found again
/// and whose vectors have its dimensions.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWordVectors(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  _ = removedAtExit
  let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
  guard FileManager.default.createFile(atPath: path, contents: bytes) else { return 0 }
  do {
    let table = try WordVectors(path: path)
    for index in 0..<Int32(min(table.count, 64)) {
      let word = table.word(at: index)
      // A fuzzed table need not be sorted: a word found is the same word, wherever it is.
      if let found = table.index(of: word) {
        precondition(table.word(at: found) == word, "\(word) found as another word")
      }
      precondition(table.vector(at: index).count == table.dimensions, "vector of \(word)")
    }
    _ = table.index(of: "refund")
    _ = table.index(of: "")
  } catch {
    precondition(error.description.contains(path), "an error without the file: \(error)")
  }
  return 0
}

import Foundation

/// A transcript argument that names nothing to run.
struct TranscriptFilesError: Error, Equatable, CustomStringConvertible {
  /// The argument as given.
  var argument: String
  /// What is wrong with it.
  var problem: String

  /// `ARGUMENT: problem`.
  var description: String { "\(argument): \(problem)" }
}

/// The transcript files of `switchboard test`: files as named, directories as every `*.chat`
/// file under them (sub-folders too, sorted by path).
enum TranscriptFiles {
  /// One file to run: its path as printed and its text.
  struct File: Sendable {
    /// The path, as given or found under a given directory.
    var path: String
    /// The file's text.
    var text: String
  }

  /// The files `arguments` name, read, in the order given.
  static func read(_ arguments: [String]) throws(TranscriptFilesError) -> [File] {
    var files: [File] = []
    for argument in arguments {
      for path in try paths(argument) {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw TranscriptFilesError(argument: path, problem: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
          throw TranscriptFilesError(argument: path, problem: "not UTF-8 text")
        }
        files.append(File(path: path, text: text))
      }
    }
    return files
  }

  /// `argument` itself, or the `*.chat` files under it when it is a directory.
  private static func paths(_ argument: String) throws(TranscriptFilesError) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
      throw TranscriptFilesError(argument: argument, problem: "no such file or directory")
    }
    guard isDirectory.boolValue else { return [argument] }
    guard let enumerator = FileManager.default.enumerator(atPath: argument) else {
      throw TranscriptFilesError(argument: argument, problem: "cannot list the directory")
    }
    let base = argument.hasSuffix("/") ? argument : argument + "/"
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".chat") else { continue }
      var entryIsDirectory: ObjCBool = false
      let path = base + relative
      if FileManager.default.fileExists(atPath: path, isDirectory: &entryIsDirectory),
        !entryIsDirectory.boolValue
      {
        found.append(path)
      }
    }
    guard !found.isEmpty else {
      throw TranscriptFilesError(
        argument: argument, problem: "no transcripts (*.chat) in the directory")
    }
    return found.sorted()
  }
}

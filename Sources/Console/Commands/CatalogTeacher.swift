import Dialogue
import Foundation
import IntentMatching

/// One example added to an intent file by the console, enough to take it out again.
struct TaughtExample: Equatable {
  /// The intent taught, or nil for the out-of-scope examples.
  var intent: String?
  /// The example as typed.
  var text: String
  /// The file edited.
  var path: String
  /// 1-based line of the first added line.
  var line: Int
  /// The lines added, as written.
  var lines: [String]

  /// The intent's name for messages and the audit log (`oos` for out of scope).
  var intentName: String { intent ?? Match.outOfScope }
}

/// Why a teaching failed; the files on disk are then as they were.
enum TeachingError: Error, CustomStringConvertible {
  /// The catalog on disk, or the edited one, does not load.
  case catalog(CatalogError)
  /// The intent is not in the catalog on disk.
  case unknownIntent(String)
  /// The catalog has no out-of-scope list to add to.
  case noOutOfScopeList
  /// The file could not be written.
  case write(path: String, reason: String)
  /// The edited catalog did not retrain; the file was put back.
  case reload(String)

  var description: String {
    switch self {
    case .catalog(let error): return error.description
    case .unknownIntent(let name): return "No intent '\(name)' in the catalog on disk."
    case .noOutOfScopeList:
      return "The catalog has no out_of_scope examples to add to; add the list by hand."
    case .write(let path, let reason): return "\(path): error: cannot write the file: \(reason)"
    case .reload(let message): return message
    }
  }
}

/// Adds and removes examples in the intent files on disk, validates the edited catalog before
/// anything is written, writes the file atomically and retrains the engine in place.
enum CatalogTeacher {
  /// The folder the engine's catalog was read from (the folder of its first intent's file).
  static func directory(of catalog: IntentCatalog) -> String? {
    let path =
      catalog.intents.first?.location.path ?? catalog.outOfScopeExamples.first?.location.path
    guard let path else { return nil }
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  /// Adds `text` as an example of `intent` (nil: out of scope) and retrains.
  static func add(_ text: String, to intent: String?, controller: ConsoleController)
    throws(TeachingError) -> TaughtExample
  {
    let taught = try addAll([text], to: intent, controller: controller)
    guard let first = taught.first else { throw .reload("'\(text)' is already an example.") }
    return first
  }

  /// Adds each of `texts` not already there as an example of `intent` (nil: out of scope), in
  /// one write of the file and one retraining; returns what was added.
  static func addAll(_ texts: [String], to intent: String?, controller: ConsoleController)
    throws(TeachingError) -> [TaughtExample]
  {
    guard let directory = directory(of: controller.engine.catalog) else {
      throw .reload("The catalog's folder is not known (it has no intents); nothing was taught.")
    }
    let files = try read(directory)
    var edited = files
    var catalog = try load(files)
    var taught: [TaughtExample] = []
    var original: (path: String, text: String)?
    for text in texts.map(\.trimmed) where !text.isEmpty {
      let siblings: [Example]
      let path: String
      if let intent {
        guard let definition = catalog.intent(named: intent) else { throw .unknownIntent(intent) }
        siblings = definition.examples
        path = definition.location.path
      } else {
        guard let last = catalog.outOfScopeExamples.last else { throw .noOutOfScopeList }
        siblings = catalog.outOfScopeExamples
        path = last.location.path
      }
      if siblings.contains(where: { $0.text == text }) { continue }
      guard let index = edited.firstIndex(where: { $0.path == path }) else {
        throw .unknownIntent(intent ?? Match.outOfScope)
      }
      let edit: ExampleInserter.Edit
      do {
        edit = try ExampleInserter.inserting(
          text, language: Language.detect(text), after: siblings, text: edited[index].text,
          path: path)
      } catch {
        throw .catalog(error)
      }
      if original == nil { original = files[index] }
      guard original?.path == path else {
        throw .reload("\(path): error: the examples are spread over several files; add by hand")
      }
      edited[index].text = edit.text
      catalog = try load(edited)
      let examples =
        intent.map { catalog.intent(named: $0)?.examples ?? [] } ?? catalog.outOfScopeExamples
      let added = edit.line + edit.lines.count - 1
      guard examples.contains(where: { $0.text == text && $0.location.line == added }) else {
        throw .reload("\(path): error: the edited file does not read back the example as typed")
      }
      taught.append(
        TaughtExample(intent: intent, text: text, path: path, line: edit.line, lines: edit.lines))
    }
    guard let original, let new = edited.first(where: { $0.path == original.path }) else {
      return []
    }
    try replace(original.path, old: original.text, new: new.text, controller: controller)
    return taught
  }

  /// Takes `taught` out of its file again and retrains.
  static func remove(_ taught: TaughtExample, controller: ConsoleController)
    throws(TeachingError)
  {
    let old: String
    do {
      old = try String(contentsOfFile: taught.path, encoding: .utf8)
    } catch {
      throw .write(path: taught.path, reason: "cannot read it")
    }
    let new: String
    do {
      new = try ExampleInserter.removing(
        taught.lines, at: taught.line, from: old, path: taught.path)
    } catch {
      throw .catalog(error)
    }
    if let directory = directory(of: controller.engine.catalog) {
      var files = try read(directory)
      if let index = files.firstIndex(where: { $0.path == taught.path }) {
        files[index].text = new
        _ = try load(files)
      }
    }
    try replace(taught.path, old: old, new: new, controller: controller)
  }

  /// Writes `new` over `path`, retrains; puts `old` back when retraining fails.
  private static func replace(
    _ path: String, old: String, new: String, controller: ConsoleController
  ) throws(TeachingError) {
    try write(new, to: path)
    do {
      let (catalog, classifier) = try controller.reloadCatalog()
      controller.engine.replaceCatalog(catalog, classifier: classifier)
    } catch {
      try write(old, to: path)
      throw .reload("\(error)\nThe file was put back; the previous catalog stays in force.")
    }
  }

  private static func read(_ directory: String) throws(TeachingError)
    -> [(path: String, text: String)]
  {
    do {
      return try CatalogLoader.files(in: directory)
    } catch {
      throw .catalog(error)
    }
  }

  private static func load(_ files: [(path: String, text: String)]) throws(TeachingError)
    -> IntentCatalog
  {
    do {
      return try CatalogLoader.load(files: files).catalog
    } catch {
      throw .catalog(error)
    }
  }

  /// Writes `text` to `path` atomically (a temporary file renamed over it).
  private static func write(_ text: String, to path: String) throws(TeachingError) {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw .write(path: path, reason: error.localizedDescription)
    }
  }
}

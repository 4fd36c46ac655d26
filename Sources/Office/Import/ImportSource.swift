import Foundation

/// One file to import: the entity it holds, where it is and how it is written.
public struct ImportSource: Sendable, Equatable {
  /// The entity the file holds.
  public var entity: ExportEntity
  /// The file.
  public var path: String
  /// CSV or JSON Lines.
  public var format: ExportFormat

  /// A file of `entity` records at `path` in `format`.
  public init(entity: ExportEntity, path: String, format: ExportFormat) {
    self.entity = entity
    self.path = path
    self.format = format
  }

  /// The format a file's extension names (`.csv`, `.jsonl`), if any.
  public static func format(ofPath path: String) -> ExportFormat? {
    ExportFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
  }

  /// The files of `folder` as `export --all` names them (`customers.jsonl`, `orders.csv`, ...),
  /// in dependency order: for each entity the file in `format`, or when `format` is nil the one
  /// of either format that exists (both at once is ambiguous and a problem).
  public static func folder(_ folder: String, format: ExportFormat?) throws(ImportProblem)
    -> [ImportSource]
  {
    var found: [ImportSource] = []
    for entity in ExportEntity.dependencyOrder {
      let formats = format.map { [$0] } ?? ExportFormat.allCases
      let present = formats.filter {
        FileManager.default.fileExists(atPath: folder + "/" + entity.rawValue + "." + $0.rawValue)
      }
      guard let chosen = present.first else { continue }
      if present.count > 1 {
        throw ImportProblem(
          file: folder + "/" + entity.rawValue + ".jsonl", line: 1, column: 1,
          message: "both \(entity.rawValue).jsonl and \(entity.rawValue).csv; choose with --format")
      }
      found.append(
        ImportSource(
          entity: entity, path: folder + "/" + entity.rawValue + "." + chosen.rawValue,
          format: chosen))
    }
    return found
  }
}

/// How far an import is: for the progress bar.
public struct ImportProgress: Sendable {
  /// The file being read.
  public var path: String
  /// About how many of its bytes are read.
  public var bytesRead: Int
  /// Its size.
  public var totalBytes: Int
  /// How many of its records are read.
  public var records: Int
}

/// What an import did: the rows written per entity, or the problems that kept anything from
/// being written.
public struct ImportReport: Sendable {
  /// Rows read and written per entity, in the order imported (nothing is written when there
  /// are problems).
  public var rows: [(entity: ExportEntity, count: Int)] = []
  /// The first problems found, at most ``RecordImporter/problemLimit``.
  public var problems: [ImportProblem] = []
  /// How many problems were found in all.
  public var problemCount = 0

  /// Whether the records were written.
  public var written: Bool { problemCount == 0 }
}

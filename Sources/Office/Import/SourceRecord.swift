/// One record read from an import file, before it is checked.
package struct SourceRecord {
  /// The 1-based line it starts on.
  package var line: Int
  /// The field names: the CSV header (shared by every row) or the JSON object's keys.
  package var names: [String]
  /// The values in the order of `names` (a CSV row may have more or fewer); nil is JSON null.
  package var values: [String?]
}

/// Reads the records of one import file, one at a time, without holding the file.
package protocol RecordReader {
  /// The next record, or nil at the end; a record that cannot be read at all is a problem
  /// (reading goes on with the next one).
  mutating func next() throws(FieldProblem) -> SourceRecord?
  /// The line the last record (or problem) started on.
  var line: Int { get }
  /// How many bytes of the file have been read so far, about.
  var bytesRead: Int { get }
}

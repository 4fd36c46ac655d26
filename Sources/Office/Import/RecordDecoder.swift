/// A decoded value, or what is wrong with it.
package enum Decoded<Value, Problem> {
  /// The value.
  case success(Value)
  /// What is wrong with it.
  case failure(Problem)
}

/// Checks one imported record against its entity's fields and turns it into the values the
/// table stores: types, required fields, enumerations, id shapes, emails, phone numbers, days,
/// amounts. References are checked by ``RecordImporter``, which knows the ids.
package struct RecordDecoder {
  /// The entity read.
  package let entity: ExportEntity
  /// Its fields, in the export's order (the order of the values produced).
  package let fields: [ImportField]
  /// For the names last seen, each field's position among them (nil: missing).
  private var positions: [Int?] = []
  private var names: [String] = []
  private var unknown: [FieldProblem] = []

  /// A decoder of records of `entity`.
  package init(_ entity: ExportEntity) {
    self.entity = entity
    self.fields = entity.importFields
  }

  /// The problems of a CSV header (unknown and missing field names, each at its position), for
  /// line 1 of the file.
  package mutating func headerProblems(_ header: [String]) -> [FieldProblem] {
    map(header)
    return unknown + missing(header)
  }

  /// The stored values of `record`, in the order of ``fields``, or every problem it has.
  /// `csv` decides what an empty field is: NULL where the column takes it, else empty text.
  package mutating func decode(_ record: SourceRecord, csv: Bool) -> Decoded<
    [StoredValue], [FieldProblem]
  > {
    if record.names != names { map(record.names) }
    var problems: [FieldProblem] = []
    if csv, record.values.count != record.names.count {
      return .failure([
        FieldProblem(
          column: min(record.values.count, record.names.count) + 1,
          message: "expected \(record.names.count) fields, found \(record.values.count)")
      ])
    }
    if !csv {
      problems += unknown
      problems += missing(record.names)
    }
    var values: [StoredValue] = []
    values.reserveCapacity(fields.count)
    for (index, field) in fields.enumerated() {
      guard let position = positions[index] else {
        values.append(.null)
        continue
      }
      var text = record.values[position]
      if csv, text?.isEmpty == true, field.nullable { text = nil }
      switch Self.value(text, field) {
      case .success(let value): values.append(value)
      case .failure(let message):
        problems.append(FieldProblem(column: position + 1, message: message))
        values.append(.null)
      }
    }
    return problems.isEmpty ? .success(values) : .failure(problems)
  }

  /// The position of the value of field `name` in the last record decoded.
  package func position(of name: String) -> Int? {
    fields.firstIndex { $0.column.name == name }.flatMap { positions[$0] }
  }

  private mutating func map(_ names: [String]) {
    self.names = names
    var index: [String: Int] = [:]
    unknown = []
    for (position, name) in names.enumerated() {
      if index[name] != nil {
        unknown.append(FieldProblem(column: position + 1, message: "field '\(name)' given twice"))
      } else {
        index[name] = position
      }
      if !fields.contains(where: { $0.column.name == name }) {
        unknown.append(
          FieldProblem(
            column: position + 1, message: "unknown field '\(name)' for \(entity.rawValue)"))
      }
    }
    positions = fields.map { index[$0.column.name] }
  }

  /// Fields the names lack that may not be null.
  private func missing(_ names: [String]) -> [FieldProblem] {
    zip(fields, positions).filter { $0.1 == nil && !$0.0.nullable }.map { field, _ in
      FieldProblem(
        column: names.count + 1, message: "missing field '\(field.column.name)'")
    }
  }

  /// The stored value of one field's text (nil: null), or why it is wrong.
  static func value(_ text: String?, _ field: ImportField) -> Decoded<StoredValue, String> {
    let name = field.column.name
    guard let text else {
      return field.nullable ? .success(.null) : .failure("'\(name)' is required")
    }
    let value: StoredValue
    switch field.column.kind {
    case .text:
      value = .text(text)
    case .id(let prefix):
      if let prefix {
        guard let number = prefix.parse(text), prefix.format(number) == text else {
          return .failure("'\(name)' must be an id like \(prefix.format(1001)), not '\(text)'")
        }
        value = .integer(number)
      } else {
        guard let number = Self.positiveInteger(text) else {
          return .failure("'\(name)' must be a number id like 1001, not '\(text)'")
        }
        value = .integer(number)
      }
    case .cents:
      guard let cents = Self.cents(text) else {
        return .failure("'\(name)' must be an amount like 12.50, not '\(text)'")
      }
      value = .integer(cents)
    case .number:
      if field.real {
        guard let number = Double(text), number.isFinite else {
          return .failure("'\(name)' must be a number, not '\(text)'")
        }
        value = .real(number)
      } else {
        guard let number = Int64(text) else {
          return .failure("'\(name)' must be a whole number, not '\(text)'")
        }
        value = .integer(number)
      }
    case .bool:
      guard text == "true" || text == "false" else {
        return .failure("'\(name)' must be true or false, not '\(text)'")
      }
      value = .integer(text == "true" ? 1 : 0)
    case .moment:
      guard let stored = Self.storedMoment(text) else {
        return .failure(
          "'\(name)' must be a UTC moment like 2026-11-01T09:30:00.000Z, not '\(text)'")
      }
      value = .text(stored)
    case .json:
      guard text.hasPrefix("{"), text.hasSuffix("}") else {
        return .failure("'\(name)' must be a JSON object, not '\(text)'")
      }
      value = .text(text)
    }
    if let problem = check(text, field.rule, name) { return .failure(problem) }
    return .success(value)
  }

  /// Why `text` breaks `rule`, or nil.
  private static func check(_ text: String, _ rule: FieldRule, _ name: String) -> String? {
    switch rule {
    case .any, .reference: return nil
    case .nonEmpty: return text.isEmpty ? "'\(name)' is required" : nil
    case .email:
      return ContactValidation.isValidEmail(text) ? nil : "'\(text)' is not an email address"
    case .phone:
      return text.isEmpty || ContactValidation.isValidPhone(text)
        ? nil : "'\(text)' is not a phone number"
    case .day:
      return DayText.isValid(text) ? nil : "'\(name)' must be a day like 2026-11-01, not '\(text)'"
    case .oneOf(let words):
      return words.contains(text)
        ? nil : "'\(name)' must be one of \(words.joined(separator: ", ")), not '\(text)'"
    }
  }

  /// `1001` → 1001; nil for anything but a positive decimal number without leading zeros.
  static func positiveInteger(_ text: String) -> Int64? {
    guard let number = Int64(text), number > 0, String(number) == text else { return nil }
    return number
  }

  /// `12.50`, `12.5`, `12`, `-3.10` → cents; nil for anything else.
  static func cents(_ text: String) -> Int64? {
    var body = Substring(text)
    let negative = body.first == "-"
    if negative { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let whole = Int64(parts[0])
    else { return nil }
    var fraction: Int64 = 0
    if parts.count == 2 {
      guard (1...2).contains(parts[1].count), let digits = Int64(parts[1]) else { return nil }
      fraction = parts[1].count == 1 ? digits * 10 : digits
    }
    let (scaled, overflow) = whole.multipliedReportingOverflow(by: 100)
    guard !overflow else { return nil }
    return (negative ? -1 : 1) * (scaled + fraction)
  }

  /// `2026-11-01T09:30:00.000Z` → `2026-11-01 09:30:00.000` (as moments are stored).
  static func storedMoment(_ text: String) -> String? {
    let characters = Array(text)
    guard characters.count >= 20, characters.last == "Z", characters[10] == "T",
      DayText.isValid(String(characters[0..<10])), characters[13] == ":", characters[16] == ":"
    else { return nil }
    let time = characters[11..<(characters.count - 1)]
    guard time.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }) else {
      return nil
    }
    return String(characters[0..<10]) + " " + String(time)
  }

}

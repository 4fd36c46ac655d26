/// What any match of a regular expression must contain, read from the pattern's top level: its
/// literal runs and whether it needs a digit. A line without them cannot match, so the expression
/// need not run (a catalog's entity patterns are tried on every line).
///
/// The reading is deliberately small and errs towards requiring nothing: an alternation at the top
/// level, inline flags such as `(?i)` or `(?x)`, quoting (`\Q`) or an escape with a body
/// (`\p{L}`, `\x{41}`) make it give up; groups and
/// character classes are skipped; an atom followed by `?`, `*` or `{0,...}` is optional. Only
/// ASCII literals count, compared exactly (the expressions run case-sensitively unless a flag says
/// otherwise, and flags make the reading give up).
struct PatternRequirements: Equatable, Sendable {
  /// Byte strings that every match contains.
  var literals: [[UInt8]] = []
  /// Whether every match contains a decimal digit (`\d`).
  var needsDigit = false

  /// Nothing required.
  static let none = PatternRequirements()

  /// Reads `pattern`.
  init(pattern: String) {
    guard let found = Self.read(Array(pattern.unicodeScalars)) else { return }
    self = found
  }

  init(literals: [[UInt8]] = [], needsDigit: Bool = false) {
    self.literals = literals
    self.needsDigit = needsDigit
  }

  /// Whether `text` (its UTF-8 bytes) has everything a match needs. A non-ASCII byte may belong
  /// to a non-ASCII decimal digit, which `\d` also matches.
  func mayMatch(_ bytes: [UInt8]) -> Bool {
    if needsDigit, !bytes.contains(where: { ($0 >= 48 && $0 <= 57) || $0 >= 0x80 }) {
      return false
    }
    return literals.allSatisfy { bytes.contains(subsequence: $0) }
  }

  private enum Atom {
    case literal(UInt8)
    case digit
    case other
  }

  private static func read(_ scalars: [Unicode.Scalar]) -> PatternRequirements? {
    var result = PatternRequirements()
    var run: [UInt8] = []
    func endRun() {
      if !run.isEmpty { result.literals.append(run) }
      run = []
    }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      var atom: Atom
      switch scalar {
      case "|":
        return nil
      case "(":
        if index + 1 < scalars.count, scalars[index + 1] == "?",
          index + 2 < scalars.count, scalars[index + 2].properties.isAlphabetic
        {
          return nil  // inline flags
        }
        guard let end = closingParenthesis(scalars, from: index) else { return nil }
        index = end
        atom = .other
      case "[":
        guard let end = closingBracket(scalars, from: index) else { return nil }
        index = end
        atom = .other
      case "\\":
        guard index + 1 < scalars.count else { return nil }
        index += 1
        let escaped = scalars[index]
        // Quoting, and escapes followed by more of themselves (`\p{L}`, `\x{41}`, `\u0041`,
        // `\k<name>`, `\cA`, back-references and octal digits): give up.
        if "QpPxNkuUc0123456789".unicodeScalars.contains(escaped) { return nil }
        if escaped == "d" {
          atom = .digit
        } else if escaped.isASCII, !escaped.properties.isAlphabetic,
          !("0"..."9").contains(escaped)
        {
          atom = .literal(UInt8(escaped.value))
        } else {
          atom = .other
        }
      case ".", "^", "$", ")", "]", "{", "}", "*", "+", "?":
        atom = .other
      default:
        atom = scalar.isASCII ? .literal(UInt8(scalar.value)) : .other
      }
      index += 1
      // The quantifier after the atom, if any.
      var optional = false
      var repeated = false
      if index < scalars.count {
        switch scalars[index] {
        case "?", "*":
          optional = true
          index += 1
        case "+":
          repeated = true
          index += 1
        case "{":
          if let (minimum, end) = braceQuantifier(scalars, from: index) {
            optional = minimum == 0
            repeated = true
            index = end + 1
          }
        default: break
        }
        // Lazy or possessive forms.
        if optional || repeated, index < scalars.count,
          scalars[index] == "?" || scalars[index] == "+"
        {
          index += 1
        }
      }
      switch atom {
      case .literal(let byte) where !optional:
        run.append(byte)
        if repeated { endRun() }
      case .digit where !optional:
        result.needsDigit = true
        endRun()
      default:
        endRun()
      }
    }
    endRun()
    return result
  }

  /// The index of the `)` closing the group opened at `start`.
  private static func closingParenthesis(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var depth = 0
    var index = start
    while index < scalars.count {
      switch scalars[index] {
      case "\\": index += 1
      case "[":
        guard let end = closingBracket(scalars, from: index) else { return nil }
        index = end
      case "(": depth += 1
      case ")":
        depth -= 1
        if depth == 0 { return index }
      default: break
      }
      index += 1
    }
    return nil
  }

  /// The index of the `]` closing the class opened at `start` (a `]` first in the class is a
  /// member).
  private static func closingBracket(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    if index < scalars.count, scalars[index] == "^" { index += 1 }
    if index < scalars.count, scalars[index] == "]" { index += 1 }
    var depth = 1
    while index < scalars.count {
      switch scalars[index] {
      case "\\": index += 1
      case "[": depth += 1
      case "]":
        depth -= 1
        if depth == 0 { return index }
      default: break
      }
      index += 1
    }
    return nil
  }

  /// The minimum of a `{n}`, `{n,}` or `{n,m}` quantifier at `start`, and the index of its `}`.
  private static func braceQuantifier(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
    var index = start + 1
    var digits = ""
    while index < scalars.count, ("0"..."9").contains(scalars[index]) {
      digits.unicodeScalars.append(scalars[index])
      index += 1
    }
    guard let minimum = Int(digits) else { return nil }
    while index < scalars.count, scalars[index] != "}" {
      guard scalars[index] == "," || ("0"..."9").contains(scalars[index]) else { return nil }
      index += 1
    }
    return index < scalars.count ? (minimum, index) : nil
  }
}

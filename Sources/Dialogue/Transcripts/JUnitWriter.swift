import Foundation

/// Writes the result of a transcript run as JUnit XML, the format CI servers read (Jenkins,
/// GitLab, GitHub Actions reporters): one `<testsuite>` per file and one `<testcase>` per
/// check, that is per expectation (`=` or `<` line), so the counts are those of the closing
/// `N passed, N failed` line. A line or conversation that could not run, and a file that does
/// not parse, are one failing case each.
public enum JUnitWriter {
  /// One file's checks.
  public struct Suite: Sendable {
    /// The transcript file.
    public var path: String
    /// Its checks.
    public var report: TranscriptRunner.Report
    /// Seconds it took.
    public var seconds: Double

    /// Creates a suite.
    public init(path: String, report: TranscriptRunner.Report, seconds: Double) {
      self.path = path
      self.report = report
      self.seconds = seconds
    }
  }

  /// The XML document for `suites`, in the order given.
  public static func xml(_ suites: [Suite]) -> String {
    let tests = suites.reduce(0) { $0 + $1.report.cases.count }
    let failures = suites.reduce(0) { $0 + $1.report.failures.count }
    let seconds = suites.reduce(0) { $0 + $1.seconds }
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<testsuites name="switchboard test" tests="\#(tests)" failures="\#(failures)""#
        + #" errors="0" time="\#(time(seconds))">"#,
    ]
    for suite in suites {
      let className = self.className(suite.path)
      lines.append(
        #"  <testsuite name="\#(escape(suite.path))" tests="\#(suite.report.cases.count)""#
          + #" failures="\#(suite.report.failures.count)" errors="0" skipped="0""#
          + #" time="\#(time(suite.seconds))">"#)
      for check in suite.report.cases {
        let opening =
          #"    <testcase classname="\#(escape(className))""#
          + #" name="\#(escape("line \(check.line): \(check.name)"))""#
          + #" file="\#(escape(check.path))" line="\#(check.line)""#
        guard let failure = check.failure else {
          lines.append(opening + "/>")
          continue
        }
        lines.append(opening + ">")
        lines.append(
          #"      <failure message="\#(escape(failure.message))" type="expectation">"#
            + escape(failure.description) + "</failure>")
        lines.append("    </testcase>")
      }
      lines.append("  </testsuite>")
    }
    lines.append("</testsuites>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Tests/Transcripts/faq_en.chat` → `Tests.Transcripts.faq_en`: CI servers split a class
  /// name on dots into package and class.
  static func className(_ path: String) -> String {
    var name = path.hasSuffix(".chat") ? String(path.dropLast(5)) : path
    while name.hasPrefix("./") { name.removeFirst(2) }
    while name.hasPrefix("/") { name.removeFirst() }
    return name.replacingOccurrences(of: ".", with: "_").replacingOccurrences(of: "/", with: ".")
  }

  /// Seconds with three decimals.
  private static func time(_ seconds: Double) -> String {
    String(format: "%.3f", seconds)
  }

  /// `text` escaped for an attribute or element; characters XML 1.0 cannot hold are dropped.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&apos;"
      case "\n": escaped += "&#10;"
      case "\t": escaped += "&#9;"
      case "\r": escaped += "&#13;"
      default:
        let value = scalar.value
        let allowed =
          value >= 0x20 && !(0xD800...0xDFFF).contains(value) && value != 0xFFFE
          && value != 0xFFFF
        if allowed { escaped.unicodeScalars.append(scalar) }
      }
    }
    return escaped
  }
}

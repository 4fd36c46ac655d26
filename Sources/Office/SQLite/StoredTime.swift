import Foundation
import GRDB

/// Moments as stored in the database: `yyyy-MM-dd HH:mm:ss.SSS` in UTC, GRDB's own date format,
/// written and read without `DateFormatter` (which costs more than the insert itself).
package enum StoredTime {
  /// The stored text of `date` (milliseconds truncated).
  package static func text(_ date: Date) -> String {
    let milliseconds = Int((date.timeIntervalSince1970 * 1_000).rounded(.down))
    let days = milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds + 1) / 86_400_000 - 1
    let rest = milliseconds - days * 86_400_000
    let seconds = rest / 1_000
    let (year, month, day) = DemoCalendar.civilParts(days)
    guard (0...9_999).contains(year) else {
      return DemoCalendar.civil(days)
        + String(
          format: " %02d:%02d:%02d.%03d",
          seconds / 3_600, seconds / 60 % 60, seconds % 60, rest % 1_000)
    }
    // Written digit by digit: this runs for every logged line.
    return String(unsafeUninitializedCapacity: 23) { buffer in
      func put(_ value: Int, _ width: Int, at offset: Int) {
        var value = value
        for position in stride(from: offset + width - 1, through: offset, by: -1) {
          buffer[position] = UInt8(48 + value % 10)
          value /= 10
        }
      }
      put(year, 4, at: 0)
      buffer[4] = 45
      put(month, 2, at: 5)
      buffer[7] = 45
      put(day, 2, at: 8)
      buffer[10] = 32
      put(seconds / 3_600, 2, at: 11)
      buffer[13] = 58
      put(seconds / 60 % 60, 2, at: 14)
      buffer[16] = 58
      put(seconds % 60, 2, at: 17)
      buffer[19] = 46
      put(rest % 1_000, 3, at: 20)
      return 23
    }
  }

  /// The moment of a stored text (`yyyy-MM-dd`, `yyyy-MM-dd HH:mm`, `... HH:mm:ss[.SSS]`), or nil.
  package static func date(_ text: String) -> Date? {
    let utf8 = Array(text.utf8)
    func number(_ start: Int, _ count: Int) -> Int? {
      guard start + count <= utf8.count else { return nil }
      var value = 0
      for byte in utf8[start..<(start + count)] {
        guard byte >= 48 && byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard utf8.count >= 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2)
    else {
      return nil
    }
    let hour = number(11, 2) ?? 0
    let minute = number(14, 2) ?? 0
    let second = number(17, 2) ?? 0
    var millis = 0
    if utf8.count > 20, utf8[19] == UInt8(ascii: ".") {
      let digits = min(3, utf8.count - 20)
      millis = (number(20, digits) ?? 0) * [1, 100, 10, 1][digits]
    }
    let days = DemoCalendar.daysFromCivil(year: year, month: month, day: day)
    let total = (days * 86_400 + hour * 3_600 + minute * 60 + second) * 1_000 + millis
    return Date(timeIntervalSince1970: Double(total) / 1_000)
  }
}

extension Row {
  /// The moment in column `column` (nil when NULL or malformed).
  func moment(_ column: String) -> Date? {
    (self[column] as String?).flatMap(StoredTime.date)
  }
}

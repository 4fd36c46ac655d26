import Foundation

/// The demo company's calendar: every date is a number of days from a fixed "today",
/// 2026-11-01, so the data never depends on when it was generated.
public enum DemoCalendar {
  /// Days from 1970-01-01 to 2026-11-01.
  public static let epochDay = daysFromCivil(year: 2026, month: 11, day: 1)

  /// 2026-11-01 00:00 UTC.
  public static let epoch = Date(timeIntervalSince1970: Double(epochDay) * 86_400)

  /// `yyyy-MM-dd` of the day `offset` days after 2026-11-01 (negative: before).
  public static func day(_ offset: Int) -> String {
    if let cached = cache[offset] { return cached }
    return civil(epochDay + offset)
  }

  /// The moment `seconds` after 2026-11-01 00:00 UTC.
  public static func moment(seconds: Int) -> Date {
    Date(timeIntervalSince1970: Double(epochDay * 86_400 + seconds))
  }

  /// The day offset of a `yyyy-MM-dd` text, or nil when malformed.
  public static func offset(of text: String) -> Int? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return daysFromCivil(year: parts[0], month: parts[1], day: parts[2]) - epochDay
  }

  private static let cache: [Int: String] = {
    var cache: [Int: String] = [:]
    for offset in -1_500...400 { cache[offset] = civil(epochDay + offset) }
    return cache
  }()

  /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civil(_ days: Int) -> String {
    let (year, month, day) = civilParts(days)
    return String(year) + "-" + pad(month) + "-" + pad(day)
  }

  /// Year, month and day of a day number (days since 1970-01-01).
  static func civilParts(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  static func pad(_ value: Int) -> String {
    value < 10 ? "0" + String(value) : String(value)
  }
}

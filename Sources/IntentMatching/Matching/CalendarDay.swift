import Foundation

/// A calendar day without time or zone, for resolving relative dates.
public struct CalendarDay: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// Year, month (1...12) and day (1...31).
  public var year: Int, month: Int, day: Int

  /// Creates a day.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    String(format: "%04d-%02d-%02d", year, month, day)
  }

  /// The day `days` after this one (negative: before), in the proleptic Gregorian calendar.
  public func adding(days: Int) -> CalendarDay {
    CalendarDay(julianDay: julianDay + days)
  }

  /// The Julian day number of this day.
  var julianDay: Int {
    let a = (14 - month) / 12
    let y = year + 4800 - a
    let m = month + 12 * a - 3
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
  }

  /// The day with Julian day number `julianDay`.
  init(julianDay: Int) {
    let a = julianDay + 32044
    let b = (4 * a + 3) / 146097
    let c = a - 146097 * b / 4
    let d = (4 * c + 3) / 1461
    let e = c - 1461 * d / 4
    let m = (5 * e + 2) / 153
    self.init(
      year: 100 * b + d - 4800 + m / 10, month: m + 3 - 12 * (m / 10),
      day: e - (153 * m + 2) / 5 + 1)
  }
}

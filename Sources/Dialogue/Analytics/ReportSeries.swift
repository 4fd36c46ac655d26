import Foundation
import Office

/// The report's time axes with nothing left out: every day of the period and every hour of the
/// day, zeros included, so that a quiet day or hour shows as one instead of vanishing.
enum ReportSeries {
  private static let dayLength = 86_400.0

  /// `days` (sorted `yyyy-MM-dd` keys) with the missing days between the first (or the day of
  /// `since`, when earlier) and the last added as zeros.
  static func everyDay(_ days: [ConversationStatistics.Volume], from since: Date?)
    -> [ConversationStatistics.Volume]
  {
    let known = Dictionary(days.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    let firstLogged = days.first.flatMap { dayStart($0.key) }
    let sinceDay = since.map { ($0.timeIntervalSince1970 / dayLength).rounded(.down) * dayLength }
    guard let last = days.last.flatMap({ dayStart($0.key) }),
      var day = [firstLogged, sinceDay].compactMap({ $0 }).min()
    else { return days }
    var result: [ConversationStatistics.Volume] = []
    // A period of ten years at most: a stray date in the log must not make a huge axis.
    while day <= last && result.count < 3_660 {
      let key = dayKey(day)
      result.append(known[key] ?? .init(key: key, conversations: 0, turns: 0))
      day += dayLength
    }
    return result
  }

  /// `hours` (`00`…`23` keys) with the missing hours added as zeros, in hour order.
  static func everyHour(_ hours: [ConversationStatistics.Count]) -> [ConversationStatistics.Count] {
    let known = Dictionary(hours.map { ($0.name, $0.count) }, uniquingKeysWith: +)
    return (0..<24).map { hour in
      let key = hour < 10 ? "0\(hour)" : "\(hour)"
      return .init(name: key, count: known[key] ?? 0)
    }
  }

  /// Seconds since 1970 of the start of the UTC day `key` (`yyyy-MM-dd`).
  static func dayStart(_ key: String) -> Double? {
    let parts = key.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    var components = DateComponents()
    components.year = parts[0]
    components.month = parts[1]
    components.day = parts[2]
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: components)?.timeIntervalSince1970
  }

  /// `yyyy-MM-dd` of the UTC day starting at `seconds`.
  static func dayKey(_ seconds: Double) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents(
      [.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }
}

/// Finds dates: relative words (`today`, `tomorrow`, `yesterday`, `今日`, `明日`, `昨日`), ISO dates
/// (`2026-12-01`), month/day (`12/1`, `12/1/2026`) and Japanese dates (`12月1日`, `2026年12月1日`).
/// Values are `YYYY-MM-DD`; without a reference day a relative word stays as its English word and a
/// date without a year is `MM-DD`.
enum DateSlot {
  static let relative = Pattern(
    #"(?<![A-Za-z])(today|tomorrow|yesterday)(?![A-Za-z])|(今日|本日|明日|昨日)"#,
    caseInsensitive: true)
  static let iso = Pattern(#"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"#)
  static let slash = Pattern(#"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])"#)
  static let japanese = Pattern(#"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"#)

  /// Every date in `text`, whose ``TextTraits`` are `traits`: an expression that needs what the
  /// line lacks (a digit, its separator, a relative word) is not run.
  static func find(
    in text: String, today: CalendarDay?, traits: TextTraits
  ) -> [(value: String, range: Range<String.Index>)] {
    var found: [(value: String, range: Range<String.Index>)] = []
    if traits.mayHaveRelativeWord {
      for match in relative.matches(in: text) {
        let word = (match.groups[0] ?? match.groups[1] ?? "").lowercased()
        let offset: Int
        let name: String
        switch word {
        case "tomorrow", "明日": (offset, name) = (1, "tomorrow")
        case "yesterday", "昨日": (offset, name) = (-1, "yesterday")
        default: (offset, name) = (0, "today")
        }
        found.append((today.map { $0.adding(days: offset).description } ?? name, match.range))
      }
    }
    if traits.digits > 0 {
      // Each expression runs only when its separator is in the line.
      for match in traits.hasHyphen ? iso.matches(in: text) : [] {
        if let value = format(year: match.groups[0], month: match.groups[1], day: match.groups[2]) {
          found.append((value, match.range))
        }
      }
      for match in traits.hasSlash ? slash.matches(in: text) : [] {
        let year = match.groups[2] ?? today.map { String($0.year) }
        if let value = format(year: year, month: match.groups[0], day: match.groups[1]) {
          found.append((value, match.range))
        }
      }
      for match in traits.hasNonASCII && text.containsUTF8("月") ? japanese.matches(in: text) : [] {
        let year = match.groups[0] ?? today.map { String($0.year) }
        if let value = format(year: year, month: match.groups[1], day: match.groups[2]) {
          found.append((value, match.range))
        }
      }
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  private static func format(year: String?, month: String?, day: String?) -> String? {
    guard let month = month.flatMap({ Int($0) }), let day = day.flatMap({ Int($0) }),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let monthDay = (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    guard let year = year.flatMap({ Int($0) }) else { return monthDay }
    return "\(year)-" + monthDay
  }
}

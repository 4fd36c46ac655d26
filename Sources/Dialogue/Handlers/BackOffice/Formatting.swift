import IntentMatching
import Office

/// How back-office figures read in English and Japanese: money, dates, statuses and lists.
public enum Formatting {
  /// `$1,234.50` / `1,234.50ドル`, `¥12,800` / `12,800円`.
  public static func money(_ amount: Money, _ language: Language) -> String {
    let negative = amount.cents < 0
    let absolute = amount.cents.magnitude
    let units = grouped(absolute / 100)
    let fraction = absolute % 100
    let decimals = units + "." + (fraction < 10 ? "0" : "") + String(fraction)
    let sign = negative ? "-" : ""
    switch (amount.currency, language) {
    case ("JPY", .japanese): return sign + units + "円"
    case ("JPY", _): return sign + "¥" + units
    case ("USD", .japanese): return sign + decimals + "ドル"
    case ("USD", _): return sign + "$" + decimals
    case ("EUR", .english): return sign + "€" + decimals
    default: return sign + decimals + " " + amount.currency
    }
  }

  /// `Dec 1, 2026` / `2026年12月1日` for a stored `yyyy-MM-dd` day; other text is returned as is.
  public static func date(_ day: String, _ language: Language) -> String {
    let parts = day.utf8.split(separator: 45).compactMap {
      Int(String(decoding: $0, as: UTF8.self))
    }
    guard parts.count == 3, (1...12).contains(parts[1]) else { return day }
    let (year, month, dayOfMonth) = (parts[0], parts[1], parts[2])
    if language == .japanese { return "\(year)年\(month)月\(dayOfMonth)日" }
    return "\(monthNames[month - 1]) \(dayOfMonth), \(year)"
  }

  /// An order status in the user's language.
  static func status(_ status: Order.Status, _ language: Language) -> String {
    guard language == .japanese else { return status.rawValue }
    switch status {
    case .pending: return "受付済み"
    case .processing: return "処理中"
    case .shipped: return "発送済み"
    case .delivered: return "配達済み"
    case .cancelled: return "キャンセル済み"
    case .returned: return "返品済み"
    }
  }

  /// An invoice status in the user's language.
  static func status(_ status: Invoice.Status, _ language: Language) -> String {
    guard language == .japanese else { return status.rawValue }
    switch status {
    case .paid: return "支払い済み"
    case .unpaid: return "未払い"
    case .overdue: return "支払期限超過"
    case .void: return "取消済み"
    }
  }

  /// A refund status in the user's language.
  static func status(_ status: Refund.Status, _ language: Language) -> String {
    guard language == .japanese else { return status.rawValue }
    switch status {
    case .requested: return "申請中"
    case .approved: return "承認済み（支払い待ち）"
    case .paid: return "返金済み"
    case .rejected: return "却下"
    }
  }

  /// A number with thousands separators (`12,800`).
  static func count(_ value: Int) -> String {
    (value < 0 ? "-" : "") + grouped(UInt64(value.magnitude))
  }

  /// Items joined as a list: `a, b and c` / `a、b、c`.
  static func list(_ items: [String], _ language: Language) -> String {
    if language == .japanese { return items.joined(separator: "、") }
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// Staff role names for a refusal (`finance`, `agent or legal`); admin goes without saying.
  static func roles(_ roles: [Role], _ language: Language) -> String {
    let staff = roles.filter { $0 != .admin && $0 != .customer }
    let names = (staff.isEmpty ? roles.filter { $0 != .admin } : staff).map(\.rawValue)
    let shown = names.isEmpty ? ["admin"] : names
    if language == .japanese { return shown.joined(separator: "・") }
    guard shown.count > 1, let last = shown.last else { return shown[0] }
    return shown.dropLast().joined(separator: ", ") + " or " + last
  }

  private static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  private static func grouped(_ value: UInt64) -> String {
    let digits = Array(String(value))
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }
}

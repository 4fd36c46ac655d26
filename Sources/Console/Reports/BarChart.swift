/// Unicode bars for terminal charts, with eighth-block precision.
public enum BarChart {
  private static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// A bar `width` characters long at most, proportional to `value / maximum`.
  public static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
    guard maximum > 0, value > 0 else { return "" }
    let eighths = Int((Double(value) / Double(maximum) * Double(width * 8)).rounded())
    var bar = String(repeating: "█", count: eighths / 8)
    if eighths % 8 > 0 { bar.append(partials[eighths % 8 - 1]) }
    return bar.isEmpty ? "▏" : bar
  }
}

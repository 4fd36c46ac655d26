/// ANSI styling for the interactive console; a no-op when colour is off.
public struct Style: Sendable {
  /// Whether escapes are written.
  public let enabled: Bool

  /// Creates a style.
  public init(enabled: Bool) { self.enabled = enabled }

  /// Dim text (intent tags).
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Bold text (headings).
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Red text (errors).
  public func error(_ text: String) -> String { wrap(text, "31") }
  /// Cyan text (the prompt's agent).
  public func accent(_ text: String) -> String { wrap(text, "36") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

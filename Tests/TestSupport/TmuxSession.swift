import Foundation

/// Drives a program in a real terminal through tmux: type keys, read the screen.
public final class TmuxSession {
  /// Whether tmux is installed.
  public static var isAvailable: Bool { executableIfInstalled != nil }

  private static let executableIfInstalled = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  private static var executable: String { executableIfInstalled ?? "/usr/bin/tmux" }

  private let name: String

  /// Starts `command` (a shell command line) in a detached session, 120×40 unless told.
  public init(command: String, columns: Int = 120, rows: Int = 40) throws {
    name = "switchboard-test-\(UUID().uuidString.prefix(8))"
    try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
  }

  deinit {
    _ = try? Self.tmux(["kill-session", "-t", name])
  }

  /// Types text literally (no key names).
  public func type(_ text: String) throws {
    try Self.tmux(["send-keys", "-t", name, "-l", text])
  }

  /// Presses keys by tmux name (`Enter`, `Up`, `Tab`, `C-c`, `C-d`, `BSpace`).
  public func press(_ keys: String...) throws {
    try Self.tmux(["send-keys", "-t", name] + keys)
  }

  /// The screen and its scroll-back as text.
  public func screen() throws -> String {
    try Self.tmux(["capture-pane", "-p", "-S", "-200", "-t", name])
  }

  /// The screen and its scroll-back with wrapped lines joined and trailing spaces trimmed, as
  /// the program wrote them.
  public func joinedScreen() throws -> String {
    try Self.tmux(["capture-pane", "-p", "-J", "-S", "-200", "-t", name])
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
      .joined(separator: "\n")
  }

  /// The visible screen (no scroll-back), one string per row, trailing spaces removed.
  public func rows() throws -> [String] {
    try Self.tmux(["capture-pane", "-p", "-t", name]).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map { row in
      var text = String(row)
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
  }

  /// The cursor's column and row on the visible screen, both from 0 (tmux's `#{cursor_x}` and
  /// `#{cursor_y}`).
  public func cursor() throws -> (x: Int, y: Int) {
    let text = try Self.tmux(["display-message", "-p", "-t", name, "#{cursor_x} #{cursor_y}"])
    let numbers = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    guard numbers.count == 2 else { throw TmuxError.unreadableCursor(text) }
    return (numbers[0], numbers[1])
  }

  /// Waits until the screen satisfies `condition`, up to `seconds`; returns the last screen.
  @discardableResult
  public func waitFor(seconds: Double = 30, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var text = try screen()
    while !condition(text) && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.1)
      text = try screen()
    }
    return text
  }

  /// Runs tmux (at most 30 s); its output goes through a file, since a new tmux server keeps
  /// inherited pipes open.
  @discardableResult
  private static func tmux(_ arguments: [String]) throws -> String {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let outputPath = folder.file("tmux-output")
    try ChildProcess.run(
      executable, arguments, output: .file(outputPath), timeout: 30)
    let data = FileManager.default.contents(atPath: outputPath) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}

/// tmux answered something the session cannot read.
public enum TmuxError: Error, CustomStringConvertible {
  /// `display-message` did not give two numbers for the cursor.
  case unreadableCursor(String)

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .unreadableCursor(let text): "tmux gave no cursor position: '\(text)'"
    }
  }
}

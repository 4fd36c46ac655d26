import Foundation

/// Drives a program in a real terminal through tmux: type keys, read the screen.
public final class TmuxSession {
  /// Whether tmux is installed.
  public static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
      || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
  }

  private let name: String

  /// Starts `command` (a shell command line) in a detached 120×40 session.
  public init(command: String) throws {
    name = "switchboard-test-\(UUID().uuidString.prefix(8))"
    try Self.tmux(["new-session", "-d", "-s", name, "-x", "120", "-y", "40", command])
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

  /// Runs tmux; its output goes through a file, since a new tmux server keeps inherited pipes open.
  @discardableResult
  private static func tmux(_ arguments: [String]) throws -> String {
    let outputPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("tmux-\(UUID().uuidString)").path
    _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux"] + arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(forWritingAtPath: outputPath)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let data = FileManager.default.contents(atPath: outputPath) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}

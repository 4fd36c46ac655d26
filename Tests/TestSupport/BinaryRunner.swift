import Foundation

/// What a run of the real `switchboard` binary printed and how it ended.
public struct BinaryResult {
  /// Standard output.
  public var stdout: String
  /// Standard error.
  public var stderr: String
  /// The exit status.
  public var status: Int32

  /// A result read some other way (a child started with ``ChildProcess`` directly).
  public init(stdout: String, stderr: String, status: Int32) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
  }
}

/// Runs the real binary with arguments, standard input bytes and extra environment.
public enum BinaryRunner {
  /// Runs `switchboard ARGUMENTS` with `input` on stdin (not a terminal) and waits for it,
  /// at most `timeout` seconds (then it is killed and ``ChildProcessTimeout`` is thrown).
  public static func run(
    _ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
    timeout: Double = 180
  ) throws -> BinaryResult {
    var merged = ProcessInfo.processInfo.environment
    merged["SWITCHBOARD_DB"] = nil
    merged["SWITCHBOARD_INTENTS"] = nil
    // Trained matchers go to one folder of the test run's, not the user's cache.
    merged["SWITCHBOARD_CACHE"] =
      FileManager.default.temporaryDirectory.appendingPathComponent("switchboard-tests-cache").path
    for (key, value) in environment { merged[key] = value }
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let paths = (
      input: folder.file("stdin"), output: folder.file("stdout"), error: folder.file("stderr")
    )
    _ = FileManager.default.createFile(atPath: paths.input, contents: input)
    let status = try ChildProcess.run(
      RepositoryPaths.binary, arguments, environment: merged, input: .file(paths.input),
      output: .file(paths.output), error: .file(paths.error), timeout: timeout)
    let output = FileManager.default.contents(atPath: paths.output) ?? Data()
    let error = FileManager.default.contents(atPath: paths.error) ?? Data()
    return BinaryResult(
      stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: error, as: UTF8.self), status: status)
  }

  /// Runs with `text` as standard input.
  public static func run(
    _ arguments: [String], stdin text: String, environment: [String: String] = [:]
  ) throws -> BinaryResult {
    try run(arguments, input: Data(text.utf8), environment: environment)
  }
}

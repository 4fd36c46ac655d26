import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process that ran past its deadline and was killed, with everything it belonged to.
public struct ChildProcessTimeout: Error, CustomStringConvertible {
  /// The program that was started.
  public var program: String
  /// Its arguments.
  public var arguments: [String]
  /// How long it was given.
  public var seconds: Double

  public var description: String {
    "\(program) \(arguments.joined(separator: " ")) did not finish within \(seconds) s; killed"
  }
}

/// A child process that could not be started.
public struct ChildProcessSpawnFailure: Error, CustomStringConvertible {
  /// The program.
  public var program: String
  /// The `errno` that `posix_spawn` returned.
  public var code: Int32

  public var description: String {
    "cannot start \(program): \(String(cString: strerror(code)))"
  }
}

/// Runs programs for the tests with `posix_spawn` and polls `waitpid` against a deadline.
///
/// Foundation's `Process.waitUntilExit()` depends on a run loop receiving the child's exit; on a
/// busy test pool it can park a thread forever on a child that has long exited, and a browser can
/// hang after it has written its screenshot. Here nothing waits without a deadline: the child
/// runs in its own process group, which is killed (SIGKILL) when the deadline passes.
public enum ChildProcess {
  /// Where a standard stream of the child goes: a file, or /dev/null.
  public enum Stream {
    /// /dev/null.
    case null
    /// A file that exists; read for standard input, truncated and written for output.
    case file(String)

    fileprivate var path: String {
      switch self {
      case .null: return "/dev/null"
      case .file(let path): return path
      }
    }
  }

  /// Runs `program ARGUMENTS` and returns its exit status (128 + signal when killed by one).
  ///
  /// - Parameters:
  ///   - environment: the whole environment of the child; `nil` inherits the tests' own.
  ///   - timeout: seconds before the child's process group is killed and ``ChildProcessTimeout``
  ///     is thrown.
  ///   - finishedEarly: polled while the child runs; when it returns true the child's work is
  ///     done (a screenshot written, say), and its process group is stopped without an error.
  @discardableResult
  public static func run(
    _ program: String, _ arguments: [String], environment: [String: String]? = nil,
    input: Stream = .null, output: Stream = .null, error: Stream = .null,
    timeout: Double = 120, finishedEarly: (() -> Bool)? = nil
  ) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input.path, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, error.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
    posix_spawnattr_setpgroup(&attributes, 0)
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)

    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let variables =
      (environment ?? ProcessInfo.processInfo.environment)
      .map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { variables.forEach { free($0) } }

    var pid = pid_t()
    let code = posix_spawn(&pid, program, &actions, &attributes, argv, variables)
    guard code == 0 else { throw ChildProcessSpawnFailure(program: program, code: code) }

    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while true {
      let waited = waitpid(pid, &status, WNOHANG)
      if waited == pid { return decode(status) }
      if waited == -1 && errno != EINTR {
        return -1
      }
      if let finishedEarly, finishedEarly() {
        stop(pid)
        return 0
      }
      if Date() >= deadline {
        stop(pid)
        throw ChildProcessTimeout(program: program, arguments: arguments, seconds: timeout)
      }
      usleep(20_000)
    }
  }

  /// Kills the child's process group and reaps the child.
  private static func stop(_ pid: pid_t) {
    kill(-pid, SIGKILL)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  }

  /// The exit code, or 128 + the signal that ended the child.
  private static func decode(_ status: Int32) -> Int32 {
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}

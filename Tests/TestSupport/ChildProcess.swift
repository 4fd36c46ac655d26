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
    /// A file; read for standard input, truncated (or created) and written for output.
    case file(String)
    /// An open descriptor of the tests, such as the read end of a pipe made with
    /// `pipe2(..., O_CLOEXEC)` (so that no other child keeps the write end open).
    case descriptor(Int32)

    /// Makes `target` of the child this stream.
    fileprivate func attach(_ target: Int32, to actions: inout posix_spawn_file_actions_t) {
      let flags = target == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC
      switch self {
      case .null: posix_spawn_file_actions_addopen(&actions, target, "/dev/null", flags, 0o644)
      case .file(let path): posix_spawn_file_actions_addopen(&actions, target, path, flags, 0o644)
      case .descriptor(let descriptor):
        posix_spawn_file_actions_adddup2(&actions, descriptor, target)
      }
    }
  }

  /// A started child, waited for with ``wait(timeout:finishedEarly:)``.
  public struct Running {
    /// The child's process id (also its process group).
    public let pid: pid_t
    let program: String
    let arguments: [String]

    /// Waits for the child's exit status (128 + signal when killed by one), at most `timeout`
    /// seconds; see ``ChildProcess/run(_:_:environment:input:output:error:timeout:finishedEarly:)``.
    @discardableResult
    public func wait(timeout: Double = 120, finishedEarly: (() -> Bool)? = nil) throws -> Int32 {
      let deadline = Date().addingTimeInterval(timeout)
      var status: Int32 = 0
      while true {
        let waited = waitpid(pid, &status, WNOHANG)
        if waited == pid { return ChildProcess.decode(status) }
        if waited == -1 && errno != EINTR { return -1 }
        if let finishedEarly, finishedEarly() {
          ChildProcess.stop(pid)
          return 0
        }
        if Date() >= deadline {
          ChildProcess.stop(pid)
          throw ChildProcessTimeout(program: program, arguments: arguments, seconds: timeout)
        }
        usleep(20_000)
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
    try start(
      program, arguments, environment: environment, input: input, output: output, error: error
    ).wait(timeout: timeout, finishedEarly: finishedEarly)
  }

  /// Starts `program ARGUMENTS` in its own process group without waiting for it.
  public static func start(
    _ program: String, _ arguments: [String], environment: [String: String]? = nil,
    input: Stream = .null, output: Stream = .null, error: Stream = .null
  ) throws -> Running {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    input.attach(0, to: &actions)
    output.attach(1, to: &actions)
    error.attach(2, to: &actions)

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
    return Running(pid: pid, program: program, arguments: arguments)
  }

  /// A pipe whose two ends close on exec (`pipe2` with `O_CLOEXEC`, which the Glibc module does
  /// not declare), so a child started elsewhere meanwhile never holds the write end open.
  public static func closeOnExecPipe() -> (read: Int32, write: Int32) {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2")
    let pipe2 = unsafeBitCast(symbol, to: Pipe2.self)
    var ends: [Int32] = [-1, -1]
    precondition(pipe2(&ends, O_CLOEXEC) == 0, "pipe2 failed")
    return (ends[0], ends[1])
  }

  /// Kills the child's process group and reaps the child.
  static func stop(_ pid: pid_t) {
    kill(-pid, SIGKILL)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  }

  /// The exit code, or 128 + the signal that ended the child.
  static func decode(_ status: Int32) -> Int32 {
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}

import Foundation

/// A PostgreSQL server of a test's own (as `Scripts/with-postgres.sh` starts one): a cluster in a
/// temporary folder on a free loopback port, which the test may stop and start again. Run as
/// the `postgres` user when the tests run as root (the server refuses root).
public final class ThrowawayPostgres {
  /// The folder of the server binaries (`initdb`, `pg_ctl`), if PostgreSQL is installed.
  public static let binaries: String? = {
    let root = "/usr/lib/postgresql"
    let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return versions.compactMap(Int.init).sorted().last.map { "\(root)/\($0)/bin" }
      .flatMap { FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl") ? $0 : nil }
  }()

  /// A problem starting or stopping the server, with its log.
  public struct Failure: Error, CustomStringConvertible {
    /// What failed and the server's log.
    public var description: String
  }

  private let bin: String
  private let folder: TemporaryFolder
  /// The loopback port the server listens on.
  public let port: Int
  /// `postgres://postgres@127.0.0.1:PORT/switchboard`, a database created at start.
  public var url: String { "postgres://postgres@127.0.0.1:\(port)/switchboard" }

  /// Creates the cluster and starts the server; nil when PostgreSQL is not installed.
  public init?() throws {
    guard let bin = Self.binaries else { return nil }
    self.bin = bin
    folder = TemporaryFolder()
    port = Self.freePort()
    chmod(folder.path, 0o755)
    if getuid() == 0 { _ = try Self.run("/bin/chown", ["postgres", folder.path]) }
    try asServer(
      "initdb", ["-D", folder.file("data"), "-A", "trust", "-U", "postgres", "-E", "UTF8"])
    try start()
    try asServer("createdb", ["-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", "switchboard"])
  }

  deinit {
    try? stop()
    folder.remove()
  }

  /// Starts the server (again) on the same port and folder.
  public func start() throws {
    try asServer(
      "pg_ctl",
      [
        "-D", folder.file("data"), "-l", folder.file("server.log"), "-w", "-o",
        "-p \(port) -k \(folder.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start",
      ])
  }

  /// Stops the server at once, as a crash would (`pg_ctl stop -m immediate`).
  public func stop() throws {
    try asServer("pg_ctl", ["-D", folder.file("data"), "-m", "immediate", "-w", "stop"])
  }

  /// Runs one of the server's programs, as the `postgres` user when the tests run as root.
  private func asServer(_ program: String, _ arguments: [String]) throws {
    let path = bin + "/" + program
    let status =
      getuid() == 0
      ? try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", path] + arguments)
      : try Self.run(path, arguments)
    guard status == 0 else {
      let log = (try? String(contentsOfFile: folder.file("server.log"), encoding: .utf8)) ?? ""
      throw Failure(description: "\(program) exited with \(status)\n\(log)")
    }
  }

  private static func run(_ program: String, _ arguments: [String]) throws -> Int32 {
    try ChildProcess.run(program, arguments, timeout: 120)
  }

  /// A loopback port no one listens on now.
  private static func freePort() -> Int {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
        bind(socket, raw, length)
        return getsockname(socket, raw, &length)
      }
    }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}

import Foundation

/// Runs SQL on a PostgreSQL server through `psql`, for tests that look at what the console wrote.
public enum Psql {
  /// psql failed; its error output.
  public struct Failure: Error, CustomStringConvertible {
    /// What psql printed on stderr.
    public var description: String
  }

  /// `sql`'s result on `url` (tab-separated, no headers, trimmed).
  public static func query(_ url: String, _ sql: String) throws -> String {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let output = folder.file("out")
    let status = try ChildProcess.run(
      "/usr/bin/env", ["psql", url, "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-c", sql],
      output: .file(output), error: .file(folder.file("err")), timeout: 60)
    guard status == 0 else {
      throw Failure(
        description: "psql: "
          + ((try? String(contentsOfFile: folder.file("err"), encoding: .utf8)) ?? ""))
    }
    return ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// A new, empty database on the server of `url`; its address.
  public static func newDatabase(on url: String) throws -> String {
    let name = "e2e_" + UUID().uuidString.prefix(8).lowercased()
    _ = try query(url, "CREATE DATABASE \(name)")
    return address(url, database: name)
  }

  /// `url` with `database` in place of its own.
  public static func address(_ url: String, database: String) -> String {
    let base = url.prefix { $0 != "?" }
    guard let slash = base.lastIndex(of: "/") else { return url }
    return String(base[..<slash]) + "/" + database
  }

  /// `url` with `user` in place of its login (and no password).
  public static func address(_ url: String, user: String) -> String {
    guard let scheme = url.range(of: "://"), let at = url.range(of: "@") else { return url }
    return String(url[..<scheme.upperBound]) + user + String(url[at.lowerBound...])
  }
}

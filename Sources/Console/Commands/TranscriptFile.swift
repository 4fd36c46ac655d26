import Foundation

#if canImport(Glibc)
  import Glibc

  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin

  private let systemWrite = Darwin.write
#endif

/// Writes a transcript saved by `/save`: only to a regular file named `*.chat`, never over an
/// existing file unless asked to replace it, and never through a symbolic link, into a FIFO or
/// into a device.
///
/// A new file is created with `O_CREAT | O_EXCL | O_NOFOLLOW`, so nothing that appears at the
/// path in the meantime is opened; a replacement is written to a new file beside it and renamed
/// over the old one, which replaces the directory entry and never writes into what it names.
enum TranscriptFile {
  /// Why a transcript was not written; each prints as one line.
  enum Failure: Error, Equatable, CustomStringConvertible {
    /// The name does not end in `.chat`.
    case notChat(path: String)
    /// Something is at the path already, and replacing was not asked for.
    case exists(path: String)
    /// What is at the path is not a regular file (a link, FIFO, device or folder).
    case notRegular(path: String)
    /// The system refused (a missing folder, no permission, a full disk).
    case cannotWrite(path: String, reason: String)

    var description: String {
      switch self {
      case .notChat(let path):
        return "cannot save to \(path): a transcript's file name ends in .chat"
      case .exists(let path):
        return "cannot save to \(path): it exists; type /save! \(path) to replace it"
      case .notRegular(let path):
        return "cannot save to \(path): not a regular file"
      case .cannotWrite(let path, let reason):
        return "cannot save to \(path): \(reason)"
      }
    }
  }

  /// Writes `text` to `path` (relative paths are resolved against the working directory);
  /// `replacing` allows an existing regular file to be replaced.
  static func write(_ text: String, to path: String, replacing: Bool) throws(Failure) {
    let name = (path as NSString).lastPathComponent
    guard name.hasSuffix(".chat"), name != ".chat", !path.hasSuffix("/") else {
      throw .notChat(path: path)
    }
    var info = stat()
    if lstat(path, &info) == 0 {
      guard replacing else { throw .exists(path: path) }
      guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegular(path: path) }
      try replace(path, with: text)
      return
    }
    guard errno == ENOENT else { throw failure(path) }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      if errno == EEXIST { throw .exists(path: path) }
      throw failure(path)
    }
    do {
      try write(text, to: descriptor, path: path)
    } catch {
      unlink(path)
      throw error
    }
  }

  /// Writes `text` to a new file beside `path` and renames it over `path`.
  private static func replace(_ path: String, with text: String) throws(Failure) {
    let folder = (path as NSString).deletingLastPathComponent
    var template = Array(
      ((folder.isEmpty ? "." : folder) + "/.switchboard-save-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw failure(path) }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    do {
      try write(text, to: descriptor, path: path)
      fchmod(descriptor, 0o644)
    } catch {
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let error = failure(path)
      unlink(temporary)
      throw error
    }
  }

  /// Writes all of `text`, flushes it to the disk and closes `descriptor`.
  private static func write(_ text: String, to descriptor: Int32, path: String) throws(Failure) {
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        systemWrite(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure(path)
      }
      offset += written
    }
    guard fsync(descriptor) == 0 else { throw failure(path) }
  }

  /// The failure of the last system call on `path`.
  private static func failure(_ path: String) -> Failure {
    .cannotWrite(path: path, reason: String(cString: strerror(errno)))
  }
}

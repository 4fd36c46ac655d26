import ArgumentParser
import Foundation

/// One-line reasons for failed file operations, instead of Foundation's
/// `Error Domain=NSCocoaErrorDomain Code=512 ... UserInfo={...}` dumps.
enum FileProblem {
  /// Why a file operation on `path` failed, in a few words (`not a directory`, `permission
  /// denied`): the POSIX cause under a Foundation error when there is one, else the error's first
  /// line; a missing file is explained by its folder when `path` is given.
  static func reason(_ error: any Error, path: String? = nil) -> String {
    let found = cause(error)
    guard found == "no such file or folder" || found == "no such file or directory", let path
    else { return found }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      return isFolder.boolValue ? found : "not a directory: \(folder) is a file"
    }
    return "no such folder \(folder)"
  }

  private static func cause(_ error: any Error) -> String {
    var current: NSError? = error as NSError
    while let nsError = current {
      if nsError.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(nsError.code))).lowercased()
      }
      current = (nsError.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
    }
    let nsError = error as NSError
    if nsError.domain == NSCocoaErrorDomain {
      switch nsError.code {
      case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
      case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
      case NSFileWriteOutOfSpaceError: return "no space left on the device"
      case NSFileWriteVolumeReadOnlyError: return "read-only file system"
      default: return "cannot be written or read (error \(nsError.code))"
      }
    }
    return String(String(describing: error).split(separator: "\n").first ?? "")
  }

  /// The file an error of Foundation names, if any.
  static func path(of error: any Error) -> String? {
    var current: NSError? = error as NSError
    while let nsError = current {
      if let path = nsError.userInfo[NSFilePathErrorKey] as? String { return path }
      if let url = nsError.userInfo[NSURLErrorKey] as? URL { return url.path }
      current = (nsError.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
    }
    return nil
  }

  /// A Foundation file error that escaped a command, printed as one line
  /// (`switchboard: PATH: reason`, naming `TMPDIR` when the file is in it); the exit code 2. Other
  /// errors are returned as they are.
  static func oneLine(_ error: any Error) -> any Error {
    let domain = (error as NSError).domain
    guard domain == NSCocoaErrorDomain || domain == NSPOSIXErrorDomain else { return error }
    var place = path(of: error) ?? "a file"
    if let temporary = ProcessInfo.processInfo.environment["TMPDIR"], !temporary.isEmpty,
      place.hasPrefix(temporary)
    {
      place += " (in TMPDIR, \(temporary))"
    }
    return StandardError.fail("\(place): \(reason(error))", code: 2)
  }
}

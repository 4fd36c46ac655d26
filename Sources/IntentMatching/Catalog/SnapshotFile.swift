import Foundation

/// A cache file opened for reading at given offsets (`pread`), so a snapshot is read in parts
/// into their own buffers instead of being mapped or copied whole.
struct SnapshotFile {
  private let descriptor: Int32
  /// The file's size in bytes.
  let size: Int

  /// Opens the file at `path`; nil when it cannot be opened.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      _ = Foundation.close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    size = Int(status.st_size)
  }

  /// Fills `buffer` from `offset`; false when the file ends first or cannot be read.
  func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
    var done = 0
    while done < buffer.count {
      let count = pread(
        descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      done += count
    }
    return true
  }

  /// Fills `bytes` from `offset`; false when the file ends first or cannot be read.
  func read(into bytes: inout [UInt8], at offset: Int) -> Bool {
    bytes.withUnsafeMutableBytes { read(into: $0, at: offset) }
  }

  /// Fills `value`'s bytes from `offset`; false when the file ends first or cannot be read.
  func read(into value: inout UInt64, at offset: Int) -> Bool {
    withUnsafeMutableBytes(of: &value) { read(into: $0, at: offset) }
  }

  /// The whole file mapped read-only (released with `munmap(_, size)`), or nil with `errno` set
  /// when it cannot be mapped.
  func mapped() -> UnsafeRawPointer? {
    guard size > 0, let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    else { return nil }
    return UnsafeRawPointer(address)
  }

  /// Closes the file.
  func close() { _ = Foundation.close(descriptor) }
}

import Foundation

/// A table of English word vectors (`lexicon/english.vectors`), mapped from its file and read in
/// place: a classification touches only the pages of the words it looks up, so the 9 MB table
/// costs `ask` the few pages it reads, not its size.
///
/// Layout, little-endian (written by `Scripts/lexicon/build_word_vectors.py`): the magic
/// `SBVECT02`; `UInt32` dimensions; `UInt32` count; a `UInt64` identity of the contents; a
/// `Float32` scale; `UInt32` 0; `UInt32` offsets (count + 1) into the words; the words, UTF-8,
/// sorted by their bytes; zero bytes to a multiple of sixteen; `Int8` vectors (count ×
/// dimensions). A word's vector is the scale times its bytes: one scale for every word, so the
/// vectors of a line's words are summed as integers (``sum(_:into:)``).
public final class WordVectors: Sendable, Equatable {
  /// Why a table could not be opened.
  public enum LoadError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened or mapped.
    case unreadable(path: String, reason: String)
    /// The file is not a word-vector table, or is cut short.
    case malformed(path: String, reason: String)

    public var description: String {
      switch self {
      case .unreadable(let path, let reason): "cannot read word vectors '\(path)': \(reason)"
      case .malformed(let path, let reason): "'\(path)' is not a word-vector table: \(reason)"
      }
    }
  }

  /// The file it was read from, as an absolute path (what a catalog's settings and a matcher
  /// snapshot record).
  public let path: String
  /// The length of every vector.
  public let dimensions: Int
  /// The number of words.
  public let count: Int
  /// The identity of the contents stored in the file (a new table has a new one).
  public let identity: UInt64
  /// What one unit of a stored byte stands for.
  let scale: Float

  private nonisolated(unsafe) let base: UnsafeRawPointer
  private let mappedSize: Int
  private nonisolated(unsafe) let offsets: UnsafePointer<UInt32>
  private nonisolated(unsafe) let words: UnsafePointer<UInt8>
  private nonisolated(unsafe) let vectors: UnsafePointer<Int8>

  private static let magic = Array("SBVECT02".utf8)
  private static let headerSize = 32

  /// Maps the table at `path` (relative paths are taken from the current folder), checking its
  /// header and that every part fits in the file.
  public init(path: String) throws(LoadError) {
    let path = URL(fileURLWithPath: path).standardizedFileURL.path
    self.path = path
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw .unreadable(path: path, reason: "not a regular file")
    }
    guard let file = SnapshotFile(path: path) else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { file.close() }
    let size = file.size
    guard size >= Self.headerSize else { throw .malformed(path: path, reason: "too short") }
    guard let raw = file.mapped() else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    func fail(_ reason: String) -> LoadError {
      munmap(UnsafeMutableRawPointer(mutating: raw), size)
      return .malformed(path: path, reason: reason)
    }
    guard Array(UnsafeRawBufferPointer(start: raw, count: 8)) == Self.magic else {
      throw fail("no SBVECT02 magic")
    }
    let dimensions = Int(
      UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
    let count = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
    let offsetsStart = Self.headerSize
    let wordsStart = offsetsStart + (count + 1) * 4
    guard dimensions > 0, dimensions <= 4096, count > 0, wordsStart <= size else {
      throw fail("bad dimensions or count")
    }
    let offsets = (raw + offsetsStart).assumingMemoryBound(to: UInt32.self)
    let wordBytes = Int(UInt32(littleEndian: offsets[count]))
    let vectorsStart = (wordsStart + wordBytes + 15) / 16 * 16
    let scale = Float(
      bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 24, as: UInt32.self)))
    guard scale.isFinite, scale > 0 else { throw fail("bad scale") }
    guard offsets[0] == 0, vectorsStart + count * dimensions == size else {
      throw fail("its parts do not add up to its size (\(size) bytes)")
    }
    for index in 0..<count where offsets[index] > offsets[index + 1] {
      throw fail("word offsets go backwards at word \(index)")
    }
    self.dimensions = dimensions
    self.count = count
    identity = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
    self.scale = scale
    base = raw
    mappedSize = size
    self.offsets = offsets
    words = (raw + wordsStart).assumingMemoryBound(to: UInt8.self)
    vectors = (raw + vectorsStart).assumingMemoryBound(to: Int8.self)
  }

  deinit { munmap(UnsafeMutableRawPointer(mutating: base), mappedSize) }

  /// Tables are the same when they hold the same contents.
  public static func == (left: WordVectors, right: WordVectors) -> Bool {
    left.identity == right.identity && left.dimensions == right.dimensions
      && left.count == right.count
  }

  /// The index of `word` (lowercase UTF-8), by binary search over the sorted words; nil when the
  /// table does not have it.
  public func index(of word: String) -> Int32? {
    var word = word
    return word.withUTF8 { key in
      guard let key = key.baseAddress.map({ UnsafeBufferPointer(start: $0, count: key.count) })
      else { return nil }
      var low = 0
      var high = count
      while low < high {
        let middle = (low + high) / 2
        let start = Int(offsets[middle])
        let length = Int(offsets[middle + 1]) - start
        let common = min(length, key.count)
        var order = memcmp(words + start, key.baseAddress!, common)
        if order == 0 { order = length < key.count ? -1 : (length > key.count ? 1 : 0) }
        if order == 0 { return Int32(middle) }
        if order < 0 { low = middle + 1 } else { high = middle }
      }
      return nil
    }
  }

  /// The word at `index` (`0..<count`).
  public func word(at index: Int32) -> String {
    let start = Int(offsets[Int(index)])
    let end = Int(offsets[Int(index) + 1])
    return String(
      decoding: UnsafeBufferPointer(start: words + start, count: end - start), as: UTF8.self)
  }

  /// The vector of the word at `index` (`0..<count`).
  public func vector(at index: Int32) -> [Float] {
    [Float](unsafeUninitializedCapacity: dimensions) { buffer, initialized in
      sum(CollectionOfOne(index), into: buffer)
      initialized = dimensions
    }
  }

  /// Writes the sum of the vectors of the words at `indices` into `sum` (`dimensions` floats),
  /// exact whatever their order (``ByteRows``).
  func sum(_ indices: some Collection<Int32>, into sum: UnsafeMutableBufferPointer<Float>) {
    ByteRows.sum(indices, rows: vectors, width: dimensions, scale: scale, into: sum)
  }
}

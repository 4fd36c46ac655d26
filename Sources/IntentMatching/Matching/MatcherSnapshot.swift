import Foundation

/// A trained ``KeywordMatcher`` and its catalog, as bytes: restoring it skips parsing the YAML
/// files and training, which is most of the console's start-up.
///
/// Layout (see ``BinaryWriter``): the magic `SBMATCH7`; where the front ends; where the weights
/// start; then the front: the options; the catalog; labels, vocabulary and stems, keyword
/// features; padded to eight bytes, the feature hashes (`UInt64`), their idf and the biases
/// (`Float`); the meaning block's scale, its number of row bytes and the number of weights. After
/// the front, the meaning block's rows (`Int8`, none without a word-vector table), then the
/// weights (`Float`); last, a checksum of all that (``BinaryChecksum``). A
/// snapshot whose checksum differs, or that does not parse in full to its last byte, is refused,
/// never half used.
///
/// The rows and the weights are most of the file and come last, so ``read(path:)`` reads them
/// from the file straight into their arrays: the file is never in memory beside its decoded copy.
struct MatcherSnapshot: Equatable {
  var catalog: IntentCatalog
  var options: MatcherOptions
  var labels: [String]
  var outOfScopeClass: Int?
  var vocabulary: [String: Int]
  var stems: [String: String]
  var keywordFeatures: [[Int32]]
  var featureKeys: [UInt64]
  var idf: [Float]
  /// The weights in blocks of eight classes, as ``SoftmaxModel`` keeps them.
  var weights: [SIMD8<Float>]
  var bias: [Float]
  /// The ``MeaningBlock``'s rows and their scale (empty and 0 when the catalog names no
  /// word-vector table).
  var meaningRows: [Int8] = []
  var meaningScale: Float = 0

  private static let magic = Array("SBMATCH7".utf8)

  /// The snapshot as bytes.
  func encoded() -> Data {
    var writer = BinaryWriter()
    writer.bytes(Self.magic)
    // Where the front ends and where the weights start, written once known.
    writer.int(0)
    writer.int(0)
    options.write(to: &writer)
    catalog.write(to: &writer)
    writer.strings(labels)
    writer.int(outOfScopeClass ?? -1)
    let words = vocabulary.keys.sorted()
    writer.strings(words)
    writer.array(words.map { Int64(vocabulary[$0] ?? 0) })
    let stemmed = stems.keys.sorted()
    writer.strings(stemmed)
    writer.strings(stemmed.map { stems[$0] ?? $0 })
    writer.int(keywordFeatures.count)
    for features in keywordFeatures { writer.array(features) }
    writer.array(featureKeys)
    writer.array(idf)
    writer.array(bias)
    writer.double(Double(meaningScale))
    writer.int(meaningRows.count)
    writer.int(weights.count * 8)
    writer.pad()
    writer.setInt(writer.data.count, at: Self.magic.count)
    writer.raw(meaningRows)
    writer.setInt(writer.data.count, at: Self.magic.count + 8)
    writer.raw(weights)
    return BinaryChecksum.sealed(writer.data)
  }

  /// The snapshot in the file at `path`, or nil when there is none or it is not a complete
  /// snapshot of this format. The front is read into memory, the rows and the weights into
  /// their arrays, and the checksum is taken over all three as they come.
  static func read(path: String) -> MatcherSnapshot? {
    guard let file = SnapshotFile(path: path) else { return nil }
    defer { file.close() }
    let size = file.size
    // The magic, where the front ends and where the weights start.
    var head = [UInt8](repeating: 0, count: magic.count + 16)
    guard size >= head.count + 8, file.read(into: &head, at: 0) else { return nil }
    let (frontEnd, start) = head.withUnsafeBytes { bytes in
      (
        Int(Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: magic.count, as: Int64.self))),
        Int(
          Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: magic.count + 8, as: Int64.self)))
      )
    }
    let weightBytes = size - 8 - start
    guard Array(head.prefix(magic.count)) == magic, frontEnd >= head.count, frontEnd % 8 == 0,
      start >= frontEnd, weightBytes >= 0,
      weightBytes % MemoryLayout<SIMD8<Float>>.stride == 0
    else { return nil }
    var front = [UInt8](repeating: 0, count: frontEnd)
    var stored: UInt64 = 0
    guard file.read(into: &front, at: 0),
      file.read(into: &stored, at: size - 8)
    else { return nil }
    var checksum = BinaryChecksum.Running()
    front.withUnsafeBytes { checksum.add($0) }
    var complete = true
    /// `count` elements read from `offset` straight into their array, checksummed as they come.
    func array<Element>(_ count: Int, at offset: Int) -> [Element] {
      [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
        let raw = UnsafeMutableRawBufferPointer(buffer)
        if !file.read(into: raw, at: offset) {
          complete = false
          raw.initializeMemory(as: UInt8.self, repeating: 0)
        }
        checksum.add(UnsafeRawBufferPointer(raw))
        initialized = count
      }
    }
    let rows: [Int8] = array(start - frontEnd, at: frontEnd)
    let weights: [SIMD8<Float>] = array(
      weightBytes / MemoryLayout<SIMD8<Float>>.stride, at: start)
    guard complete, checksum.value == UInt64(littleEndian: stored) else { return nil }
    return front.withUnsafeBytes { try? parse(front: $0, rows: rows, weights: weights) }
  }

  /// The snapshot whose front is `front`, followed by the meaning block's `rows` and the
  /// `weights`.
  private static func parse(
    front: UnsafeRawBufferPointer, rows: [Int8], weights: [SIMD8<Float>]
  ) throws -> MatcherSnapshot {
    var reader = BinaryReader(front)
    guard Array(try reader.bytes(magic.count)) == magic, try reader.int() == front.count,
      try reader.int() == front.count + rows.count
    else {
      throw BinaryReader.Damaged()
    }
    let options = try MatcherOptions.read(from: &reader)
    let catalog = try IntentCatalog.read(from: &reader)
    let labels = try reader.strings()
    let outOfScope = try reader.int()
    let words = try reader.strings()
    let counts: [Int64] = try reader.array()
    let stemmed = try reader.strings()
    let stemValues = try reader.strings()
    guard counts.count == words.count, stemValues.count == stemmed.count,
      (-1..<labels.count).contains(outOfScope)
    else { throw BinaryReader.Damaged() }
    var keywordFeatures: [[Int32]] = []
    for _ in 0..<(try reader.count()) { keywordFeatures.append(try reader.array()) }
    let keys: [UInt64] = try reader.array()
    let idf: [Float] = try reader.array()
    let bias: [Float] = try reader.array()
    let meaningScale = Float(try reader.double())
    guard try reader.int() == rows.count else { throw BinaryReader.Damaged() }
    let weightCount = try reader.int()
    try reader.pad()
    let blocks = max(1, (labels.count + 7) / 8) * 8
    guard reader.isAtEnd, weightCount == weights.count * 8, idf.count == keys.count,
      bias.count == blocks, weightCount == max(8, keys.count * blocks),
      keywordFeatures.count == labels.count,
      keywordFeatures.allSatisfy({ $0.allSatisfy { $0 >= 0 && Int($0) < keys.count } })
    else { throw BinaryReader.Damaged() }
    if let table = catalog.settings.wordVectors {
      guard meaningScale.isFinite, meaningScale > 0, rows.count == table.count * blocks
      else { throw BinaryReader.Damaged() }
    } else {
      guard meaningScale == 0, rows.isEmpty else {
        throw BinaryReader.Damaged()
      }
    }
    return MatcherSnapshot(
      catalog: catalog, options: options, labels: labels,
      outOfScopeClass: outOfScope < 0 ? nil : outOfScope,
      vocabulary: Dictionary(
        zip(words, counts.map { Int($0) }), uniquingKeysWith: { first, _ in first }),
      stems: Dictionary(zip(stemmed, stemValues), uniquingKeysWith: { first, _ in first }),
      keywordFeatures: keywordFeatures, featureKeys: keys, idf: idf, weights: weights, bias: bias,
      meaningRows: rows, meaningScale: meaningScale)
  }
}

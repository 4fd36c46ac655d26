/// The meaning of a line's words as one block of the matcher's evidence: the mean of their
/// vectors in a ``WordVectors`` table, weighed per intent by trained weights, so a line that says
/// what an intent's examples say in other words ("my notebook crashed" for "my laptop is
/// broken") still leans to that intent.
///
/// In training the block is ``WordVectors/dimensions`` extra features of every sample
/// (``features(of:table:weight:)``). To classify, the trained weights are not read per line:
/// after training, every word of the table is multiplied through them once, and the product (its
/// row: one score per class) is kept as bytes with one scale for all rows, as the table keeps its
/// vectors. A line then adds one row per word the table has, known to the catalog or not, as
/// integers (``ByteRows``), and divides by its word count: the block's score is exactly linear
/// in the words. A mean rather than a unit vector: it needs no pass over every dimension per
/// line, and on CLINC150 val and Banking77 it did as well (DEVELOPERS.md).
struct MeaningBlock: Sendable {
  typealias Block = SIMD8<Float>

  let table: WordVectors
  /// The block's scale against the sparse features (``MatcherOptions/meaningWeight``).
  let weight: Float
  /// Classes rounded up to whole blocks of eight: the length of a row.
  let width: Int
  /// One row per table word, `width` bytes each.
  let rows: [Int8]
  /// What one unit of a row's bytes stands for.
  let scale: Float

  /// The block whose trained weights are `weights` (``WordVectors/dimensions`` × `blockCount`
  /// blocks, row-major as ``SoftmaxModel``'s): every table word's row worked out and stored.
  init(table: WordVectors, weight: Float, blockCount: Int, weights: [Block]) {
    let width = blockCount * 8
    var products = [Block](repeating: Block(), count: table.count * blockCount)
    products.withUnsafeMutableBufferPointer { products in
      for word in 0..<table.count {
        Self.project(
          Int32(word), table: table, weights: weights,
          into: UnsafeMutableBufferPointer(
            rebasing: products[(word * blockCount)..<((word + 1) * blockCount)]))
      }
    }
    let (rows, scale) = products.withUnsafeBufferPointer {
      $0.withMemoryRebound(to: Float.self) { values in
        let largest = values.reduce(0) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 127 : 1
        return (values.map { Int8(($0 / scale).rounded()) }, scale)
      }
    }
    self.init(table: table, weight: weight, width: width, rows: rows, scale: scale)
  }

  /// A block restored as it was stored.
  init(table: WordVectors, weight: Float, width: Int, rows: [Int8], scale: Float) {
    self.table = table
    self.weight = weight
    self.width = width
    self.rows = rows
    self.scale = scale
  }

  /// The training features of a line whose words have table indices `words`: `weight` times
  /// the mean of their vectors; nil when none of them is in the table.
  static func features(of words: [Int32], table: WordVectors, weight: Float) -> [Float]? {
    guard !words.isEmpty else { return nil }
    var sum = [Float](repeating: 0, count: table.dimensions)
    sum.withUnsafeMutableBufferPointer { table.sum(words, into: $0) }
    return sum.map { $0 * (weight / Float(words.count)) }
  }

  /// Adds the block's scores for a line with table indices `words` to `scores` (`width / 8`
  /// blocks): `weight` over the word count times the sum of the words' rows.
  func add(_ words: [Int32], to scores: UnsafeMutableBufferPointer<Block>) {
    guard !words.isEmpty else { return }
    withUnsafeTemporaryAllocation(of: Block.self, capacity: width / 8) { blocks in
      blocks.withMemoryRebound(to: Float.self) { total in
        rows.withUnsafeBufferPointer { rows in
          ByteRows.sum(words, rows: rows.baseAddress!, width: width, scale: scale, into: total)
        }
      }
      let factor = Block(repeating: weight / Float(words.count))
      for block in blocks.indices { scores[block] += factor * blocks[block] }
    }
  }

  /// The block's score for each class of a line with table indices `words` (for explanations).
  func contributions(_ words: [Int32]) -> [Float] {
    var scores = [Block](repeating: Block(), count: width / 8)
    scores.withUnsafeMutableBufferPointer { add(words, to: $0) }
    return scores.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: Float.self) { Array($0) }
    }
  }

  /// The vector of the word at `index` times `weights`, into `row` (as many blocks as `weights`
  /// has per dimension).
  private static func project(
    _ index: Int32, table: WordVectors, weights: [Block],
    into row: UnsafeMutableBufferPointer<Block>
  ) {
    let blockCount = row.count
    withUnsafeTemporaryAllocation(of: Float.self, capacity: table.dimensions) { vector in
      table.sum(CollectionOfOne(index), into: vector)
      // Four blocks at a time stay in registers through every dimension.
      weights.withUnsafeBufferPointer { w in
        let base = w.baseAddress!
        var start = 0
        while start + 4 <= blockCount {
          var (a0, a1, a2, a3) = (Block(), Block(), Block(), Block())
          for dimension in 0..<table.dimensions {
            let value = Block(repeating: vector[dimension])
            let weightRow = base + dimension * blockCount + start
            a0 += value * weightRow[0]
            a1 += value * weightRow[1]
            a2 += value * weightRow[2]
            a3 += value * weightRow[3]
          }
          (row[start], row[start + 1], row[start + 2], row[start + 3]) = (a0, a1, a2, a3)
          start += 4
        }
        for block in start..<blockCount {
          var sum = Block()
          for dimension in 0..<table.dimensions {
            sum += Block(repeating: vector[dimension]) * base[dimension * blockCount + block]
          }
          row[block] = sum
        }
      }
    }
  }
}

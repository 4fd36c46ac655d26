/// Writes rows straight into a store's tables, inside one ``Store/bulkWrite(_:)`` transaction:
/// what `import` and `db copy` write with, after checking every value themselves.
///
/// Rows go in as the database stores them (``StoredValue``), under the tables' own column names;
/// a backend may hold rows back and write them in batches, but always before it answers a read
/// (``integers(_:in:)``) and before the transaction commits.
public protocol TableWriter {
  /// Deletes every row of `table`.
  func empty(_ table: String) throws(StoreError)

  /// Inserts `row` (values in the order of `columns`) into `table`, or, when a row with the
  /// same values in the `key` columns exists, replaces its other columns.
  func upsert(_ row: [StoredValue], into table: String, columns: [String], key: [String])
    throws(StoreError)

  /// Sets the columns of `row` other than the `key` columns on the row of `table` with the same
  /// key values, if there is one.
  func update(_ row: [StoredValue], in table: String, columns: [String], key: [String])
    throws(StoreError)

  /// Every value of the integer `column` of `table`, the rows written in this transaction
  /// included (the ids a reference may name).
  func integers(_ column: String, in table: String) throws(StoreError) -> Set<Int64>
}

extension SQLiteStore {
  /// A new in-memory database holding what this one holds now, made with SQLite's backup API.
  ///
  /// `switchboard test` seeds one template and gives every transcript file a copy of it, so that
  /// each file starts from the same records whatever ran before it.
  public func inMemoryCopy() throws(StoreError) -> SQLiteStore {
    try SQLiteStore(inMemoryCopyOf: self)
  }
}

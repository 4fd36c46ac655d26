import Synchronization

/// Reads remembered while a group of writes is open.
///
/// The open group holds SQLite's write lock (`BEGIN IMMEDIATE`), so no other process can change
/// the file until it commits; only this store can, and every business write
/// (``SQLiteStore/write(_:)``) forgets what was remembered. Log writes
/// (``SQLiteStore/quickWrite(_:)``: messages, audit entries, conversations) never change what is
/// remembered (customers, orders), so they keep it. The commit forgets it all.
final class GroupReadCache: Sendable {
  private let entries = Mutex<[String: any Sendable]>([:])

  /// The value remembered under `key` (which may itself be nil: `T` can be optional), or nil
  /// when nothing is remembered.
  func value<T: Sendable>(_ key: String) -> T? {
    guard let remembered = entries.withLock({ $0[key] }) else { return nil }
    return remembered as? T
  }

  func store(_ value: some Sendable, for key: String) {
    entries.withLock { $0[key] = value }
  }

  func forget() {
    entries.withLock { $0.removeAll(keepingCapacity: true) }
  }
}

extension SQLiteStore {
  /// `load()`, remembered under `key` while the group is open (read again otherwise).
  func groupCached<T: Sendable>(_ key: String, _ load: () throws(StoreError) -> T)
    throws(StoreError) -> T
  {
    guard group.withLock({ $0.isOpen }) else { return try load() }
    if let remembered: T = groupCache.value(key) { return remembered }
    // A read neither opens nor commits the group: it is still open after `load()`.
    let value = try load()
    groupCache.store(value, for: key)
    return value
  }
}

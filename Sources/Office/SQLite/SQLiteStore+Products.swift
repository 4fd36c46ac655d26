import Foundation
import GRDB

extension SQLiteStore {
  func product(id: String) throws(StoreError) -> Product? {
    guard let number = RecordID.product.parse(id) else { return nil }
    return try read { db in
      try db.row("SELECT * FROM products WHERE id = ?", [number]).map(Product.init(row:))
    }
  }

  func products(named name: String, limit: Int) throws(StoreError) -> [Product] {
    let text = SearchText.normalized(name)
    guard !text.isEmpty else { return [] }
    let compact = text.replacingOccurrences(of: " ", with: "")
    return try read { db in
      try db.rows(
        """
        SELECT *, (name_en = ? OR name_ja = ? OR REPLACE(name_ja, ' ', '') = ?) AS exact
        FROM products
        WHERE name_en LIKE ? ESCAPE '\\' OR name_ja LIKE ? ESCAPE '\\'
          OR REPLACE(name_ja, ' ', '') LIKE ? ESCAPE '\\'
        ORDER BY exact DESC,
          CASE WHEN name_en LIKE ? ESCAPE '\\' THEN length(name_en) ELSE length(name_ja) END, id
        LIMIT ?
        """,
        [
          text, text, compact, containsPattern(text), containsPattern(text),
          containsPattern(compact), containsPattern(text), limit,
        ]
      ).map(Product.init(row:))
    }
  }

  func stock(productID: String) throws(StoreError) -> [StockLevel] {
    guard let number = RecordID.product.parse(productID) else { return [] }
    return try read { db in
      try db.rows(
        "SELECT warehouse, quantity FROM stock WHERE product_id = ? ORDER BY warehouse", [number]
      ).map { StockLevel(warehouse: $0[0], quantity: $0[1]) }
    }
  }
}

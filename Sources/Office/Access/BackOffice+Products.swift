extension BackOffice {
  /// The product with that id (`P-1001`) or name (English or Japanese, case-insensitive; exact
  /// names first, then the shortest name containing the text).
  public func product(_ query: String) throws(StoreError) -> OfficeResult<Product> {
    try guardedRead(.products, action: "product.read", target: query, owner: { _ in nil }) {
      () throws(StoreError) in try findProduct(query)
    }
  }

  /// Products matching a name, best first (for lists and completion).
  public func products(matching query: String, limit: Int = 10) throws(StoreError)
    -> OfficeResult<[Product]>
  {
    let action = "products.search"
    if let roles = try refusal(.read, .products, action: action, target: query) {
      return .forbidden(required: roles)
    }
    let found = try store.products(named: query, limit: limit)
    try audit(action, query, allowed: true)
    return found.isEmpty ? .notFound : .found(found)
  }

  /// The product a line names in words (`10 wireless mice`, `ワイヤレスマウスを10個`), with the
  /// number written before an English name; see ``ProductMention/find(in:among:)``.
  public func product(mentionedIn text: String) throws(StoreError) -> OfficeResult<ProductMention> {
    let target = String(text.prefix(60))
    return try guardedRead(.products, action: "product.find", target: target, owner: { _ in nil }) {
      () throws(StoreError) in
      ProductMention.find(in: text, among: try store.fetch(.productCatalog).products)
    }
  }

  /// A product's stock in every warehouse.
  public func stock(product query: String) throws(StoreError) -> OfficeResult<ProductStock> {
    try guardedRead(.stock, action: "stock.read", target: query, owner: { _ in nil }) {
      () throws(StoreError) -> ProductStock? in
      guard let product = try findProduct(query) else { return nil }
      return ProductStock(product: product, levels: try store.stock(productID: product.id))
    }
  }

  private func findProduct(_ query: String) throws(StoreError) -> Product? {
    let text = query.trimmingCharactersInWhitespace()
    if text.uppercased().hasPrefix("P"), RecordID.product.parse(text) != nil,
      let product = try store.product(id: text)
    {
      return product
    }
    return try store.products(named: text, limit: 1).first
  }
}

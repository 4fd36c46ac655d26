import Office

/// Products named in words instead of numbered (`10 wireless mice`, `ワイヤレスマウスを10個`):
/// the missing `product_id` of a stock, price or quote request is the product whose name the
/// line holds, read through the session's back office; a quote's missing `quantity` is the
/// number written before an English name.
enum ProductMentions {
  /// The slots a product named in words gives.
  static let slots: Set<String> = ["product_id", "quantity"]

  static func resolve(_ slot: String, in text: String, _ context: HandlerContext) throws -> String?
  {
    guard slots.contains(slot),
      let mention = try context.office.product(mentionedIn: text).value
    else { return nil }
    return slot == "product_id" ? mention.product.id : mention.quantity.map(String.init)
  }
}

extension StockCheckHandler {
  func resolve(_ slot: String, in text: String, _ context: HandlerContext) throws -> String? {
    try ProductMentions.resolve(slot, in: text, context)
  }

  var slotsFoundInWords: Set<String> { ProductMentions.slots }
}

extension ProductPriceHandler {
  func resolve(_ slot: String, in text: String, _ context: HandlerContext) throws -> String? {
    try ProductMentions.resolve(slot, in: text, context)
  }

  var slotsFoundInWords: Set<String> { ProductMentions.slots }
}

extension SalesQuoteHandler {
  func resolve(_ slot: String, in text: String, _ context: HandlerContext) throws -> String? {
    try ProductMentions.resolve(slot, in: text, context)
  }

  var slotsFoundInWords: Set<String> { ProductMentions.slots }
}

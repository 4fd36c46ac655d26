import IntentMatching
import Office

/// `stock_check`: units on hand per warehouse for a product named by id or name.
struct StockCheckHandler: IntentHandler {
  let name = "stock_check"

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    guard let query = context.slot("product_id") else { return ProductQuery.ask(context) }
    let stock: ProductStock
    switch try context.office.stock(product: query) {
    case .found(let found): stock = found
    case .notFound: return .answer(Replies.notFound(.product(query), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    let language = context.language
    let product = ProductQuery.title(stock.product, language)
    guard stock.total > 0 else {
      return .answer(
        context.text(
          en: "\(product) is out of stock in every warehouse.",
          ja: "\(product)は全倉庫で在庫切れです。"))
    }
    let levels = stock.levels.map { level in
      language == .japanese
        ? "\(level.warehouse) \(Formatting.count(level.quantity))個"
        : "\(level.warehouse) \(Formatting.count(level.quantity))"
    }
    let total = Formatting.count(stock.total)
    return .answer(
      context.text(
        en: "\(product) is in stock: \(total) units (\(Formatting.list(levels, language))).",
        ja: "\(product)の在庫は合計\(total)個です（\(Formatting.list(levels, language))）。"))
  }
}

/// `product_price`: the current unit price of a product.
struct ProductPriceHandler: IntentHandler {
  let name = "product_price"

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    guard let query = context.slot("product_id") else { return ProductQuery.ask(context) }
    switch try context.office.product(query) {
    case .found(let product):
      let title = ProductQuery.title(product, context.language)
      let price = Formatting.money(product.price, context.language)
      return .answer(
        context.text(
          en: "\(title) costs \(price) per unit.", ja: "\(title)の価格は1個あたり\(price)です。"))
    case .notFound: return .answer(Replies.notFound(.product(query), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
  }
}

/// What product handlers share: the product's title and the question for a missing product.
enum ProductQuery {
  /// `Wireless Mouse (P-1001)` / `ワイヤレスマウス（P-1001）`.
  static func title(_ product: Product, _ language: Language) -> String {
    language == .japanese ? "\(product.nameJA)（\(product.id)）" : "\(product.nameEN) (\(product.id))"
  }

  /// Asks for the product with the intent's prompt.
  static func ask(_ context: HandlerContext) -> HandlerOutcome {
    .ask(
      slot: "product_id",
      question: context.intent.prompts["product_id"]?[context.language]
        ?? context.text(
          en: "Which product? Please give me the product number (for example P-1001).",
          ja: "どの商品ですか？商品番号（例：P-1001）を教えてください。"))
  }
}

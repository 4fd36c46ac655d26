import IntentMatching
import Office

/// Sentences every back-office handler shares: missing records, refusals, bad input.
enum Replies {
  /// The kinds of record a reply may name.
  enum Record {
    case order(String), invoice(String), product(String), customer(String), employee(String)
    case account(String)
  }

  /// "I couldn't find order 1003." — the same whether it does not exist or is someone else's.
  static func notFound(_ record: Record, _ context: HandlerContext) -> String {
    switch record {
    case .order(let id):
      return context.text(
        en: "I couldn't find order \(id).", ja: "注文\(id)は見つかりませんでした。")
    case .invoice(let id):
      return context.text(
        en: "I couldn't find invoice \(id).", ja: "請求書\(id)は見つかりませんでした。")
    case .product(let id):
      return context.text(
        en: "I couldn't find product \(id).", ja: "商品「\(id)」は見つかりませんでした。")
    case .customer(let id):
      return context.text(
        en: "I couldn't find customer \(id).", ja: "顧客\(id)は見つかりませんでした。")
    case .employee(let name):
      return context.text(
        en: "I couldn't find an employee called \(name).",
        ja: "「\(name)」という社員は見つかりませんでした。")
    case .account(let name):
      return context.text(
        en: "I couldn't find an account for \(name).",
        ja: "「\(name)」のアカウントは見つかりませんでした。")
    }
  }

  /// "This needs the finance role." with the roles that may.
  static func forbidden(_ roles: [Role], _ context: HandlerContext) -> String {
    let names = Formatting.roles(roles, context.language)
    return context.text(
      en: "Sorry, this needs the \(names) role; your session is \(context.settings.role.rawValue).",
      ja: "申し訳ありません。この操作には\(names)の権限が必要です（現在の権限：\(context.settings.role.rawValue)）。")
  }

  /// Said when the slot's value is not an order number.
  static func badOrderNumber(_ context: HandlerContext) -> String {
    let given = context.slot("order_id") ?? ""
    return context.text(
      en: "\"\(given)\" is not an order number; order numbers look like 1002.",
      ja: "「\(given)」は注文番号ではありません。注文番号は1002のような数字です。")
  }

  /// Said when a customer-scoped request has no customer.
  static func askCustomer(_ context: HandlerContext) -> HandlerOutcome {
    let prompt = context.intent.prompts["customer_id"]?[context.language]
    return .ask(
      slot: "customer_id",
      question: prompt
        ?? context.text(
          en: "Which customer? Please give me the customer number (for example C-1001).",
          ja: "どのお客様ですか？顧客番号（例：C-1001）を教えてください。"))
  }
}

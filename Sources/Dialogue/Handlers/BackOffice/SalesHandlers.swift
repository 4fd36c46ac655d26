import IntentMatching
import Office

/// `contract_renewal`: a customer's contracts with end date, renewal and terms.
struct ContractRenewalHandler: IntentHandler {
  let name = "contract_renewal"
  let access: RecordAccess? = (.read, .contracts)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    guard let customer = context.customerID else { return Replies.askCustomer(context) }
    var contracts: [Contract]
    switch try context.office.contracts(customerID: customer) {
    case .found(let found): contracts = found
    case .notFound: return .answer(Replies.notFound(.customer(customer), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    if let wanted = context.slot("contract_id")?.uppercased() {
      contracts = contracts.filter { $0.id == wanted }
    }
    guard !contracts.isEmpty else {
      if let wanted = context.slot("contract_id")?.uppercased() {
        return .answer(
          context.text(
            en: "I couldn't find contract \(wanted) for \(customer).",
            ja: "\(customer)の契約\(wanted)は見つかりませんでした。"))
      }
      return .answer(
        context.text(
          en: "There is no contract on file for \(customer).",
          ja: "\(customer)の契約は登録されていません。"))
    }
    let language = context.language
    let sentences = contracts.map { contract in
      let end = Formatting.date(contract.endOn, language)
      let start = Formatting.date(contract.startOn, language)
      return contract.autoRenew
        ? context.text(
          en:
            "Contract \(contract.id) (\(contract.title), from \(start)) renews automatically on \(end). \(contract.renewalTerms)",
          ja:
            "契約\(contract.id)（\(contract.title)、\(start)開始）は\(end)に自動更新されます。条件：\(contract.renewalTerms)"
        )
        : context.text(
          en:
            "Contract \(contract.id) (\(contract.title), from \(start)) ends on \(end) and does not renew by itself. \(contract.renewalTerms)",
          ja:
            "契約\(contract.id)（\(contract.title)、\(start)開始）は\(end)に満了し、自動更新されません。条件：\(contract.renewalTerms)"
        )
    }
    return .answer(sentences.joined(separator: language == .japanese ? "" : " "))
  }
}

extension ContractRenewalHandler {
  /// The customer of a contract named by its id (`K-1001`), read through the gate: a customer
  /// session is never asked whose contract it is, and another customer's is not found.
  func resolve(_ slot: String, in text: String, _ context: HandlerContext) throws -> String? {
    guard slot == "customer_id", let id = context.slot("contract_id")?.uppercased() else {
      return nil
    }
    return try context.office.contract(id: id).value?.customerID
  }

  var slotsFoundInWords: Set<String> { ["customer_id"] }
}

/// `sales_quote`: an estimate for a quantity of a product, recorded as a sales lead.
struct SalesQuoteHandler: IntentHandler {
  let name = "sales_quote"
  let access: RecordAccess? = (.write, .leads)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    guard let query = context.slot("product_id") else { return ProductQuery.ask(context) }
    guard let quantity = Self.quantity(context) else {
      return .ask(
        slot: "quantity",
        question: context.intent.prompts["quantity"]?[context.language]
          ?? context.text(en: "How many units do you need?", ja: "数量はいくつですか？"))
    }
    let product: Product
    switch try context.office.product(query) {
    case .found(let found): product = found
    case .notFound: return .answer(Replies.notFound(.product(query), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    let total = Money(
      cents: product.price.cents * Int64(quantity), currency: product.price.currency)
    let note = "Quote: \(quantity) x \(product.id) \(product.nameEN) at \(product.price.formatted)"
    let lead: Lead
    switch try context.office.createLead(
      NewLead(
        customerID: context.settings.customerID, product: product.id, quantity: quantity, note: note
      ))
    {
    case .found(let created): lead = created
    case .notFound:
      return .answer(Replies.notFound(.customer(context.settings.customerID ?? "-"), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    let language = context.language
    let title = ProductQuery.title(product, language)
    let unit = Formatting.money(product.price, language)
    let sum = Formatting.money(total, language)
    let count = Formatting.count(quantity)
    return .answer(
      context.text(
        en:
          "Quote for \(count) × \(title) at \(unit) each: \(sum) before tax. I've recorded it as lead \(lead.id); our sales team will follow up with a formal quote.",
        ja:
          "\(title) \(count)個（単価\(unit)）のお見積もりは税抜\(sum)です。リード\(lead.id)として登録しました。営業担当より正式なお見積書をお送りします。"
      ))
  }

  /// The `quantity` slot as a positive whole number.
  static func quantity(_ context: HandlerContext) -> Int? {
    guard let text = context.slot("quantity") else { return nil }
    let digits = text.filter { $0.isASCII && $0.isNumber }
    guard let value = Int(digits.prefix(9)), value > 0 else { return nil }
    return value
  }
}

extension SalesQuoteHandler {
  /// The quote's total: unit price times quantity.
  func amount(for context: HandlerContext) throws -> Double? {
    guard let query = context.slot("product_id"), let quantity = Self.quantity(context),
      case .found(let product) = try context.office.product(query)
    else { return nil }
    return Double(product.price.cents) * Double(quantity) / 100
  }
}

import IntentMatching
import Office

/// `invoice_status`: whether an invoice is paid, unpaid or overdue, with amount and due date.
struct InvoiceStatusHandler: IntentHandler {
  let name = "invoice_status"
  let access: RecordAccess? = (.read, .invoices)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    guard let id = context.slot("invoice_id")?.uppercased() else {
      return .ask(
        slot: "invoice_id",
        question: context.intent.prompts["invoice_id"]?[context.language]
          ?? context.text(en: "Which invoice?", ja: "どの請求書ですか？"))
    }
    let invoice: Invoice
    switch try context.office.invoice(id: id) {
    case .found(let found): invoice = found
    case .notFound: return .answer(Replies.notFound(.invoice(id), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    let language = context.language
    let amount = Formatting.money(invoice.amount, language)
    let issued = Formatting.date(invoice.issuedOn, language)
    let due = Formatting.date(invoice.dueOn, language)
    let order = invoice.orderID.map { context.text(en: " for order \($0)", ja: "（注文\($0)分）") } ?? ""
    switch invoice.status {
    case .paid:
      return .answer(
        context.text(
          en: "Invoice \(invoice.id)\(order), \(amount) issued \(issued), is paid.",
          ja: "請求書\(invoice.id)\(order)、\(issued)発行の\(amount)はお支払い済みです。"))
    case .unpaid:
      return .answer(
        context.text(
          en:
            "Invoice \(invoice.id)\(order), \(amount) issued \(issued), is unpaid; it is due on \(due).",
          ja: "請求書\(invoice.id)\(order)、\(issued)発行の\(amount)は未払いです。お支払期限は\(due)です。"))
    case .overdue:
      return .answer(
        context.text(
          en:
            "Invoice \(invoice.id)\(order), \(amount) issued \(issued), is overdue: it was due on \(due).",
          ja: "請求書\(invoice.id)\(order)、\(issued)発行の\(amount)は支払期限（\(due)）を過ぎています。"))
    case .void:
      return .answer(
        context.text(
          en:
            "Invoice \(invoice.id)\(order), \(amount) issued \(issued), is void: the order was cancelled and nothing is owed.",
          ja: "請求書\(invoice.id)\(order)、\(issued)発行の\(amount)は、ご注文のキャンセルにより取り消されました。お支払いは不要です。"))
    }
  }
}

/// `account_balance`: the total a customer owes, with the overdue part and the invoices behind it.
struct AccountBalanceHandler: IntentHandler {
  let name = "account_balance"
  let access: RecordAccess? = (.read, .balances)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    guard let customer = context.customerID else { return Replies.askCustomer(context) }
    let balance: AccountBalance
    switch try context.office.balance(customerID: customer) {
    case .found(let found): balance = found
    case .notFound: return .answer(Replies.notFound(.customer(customer), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    let language = context.language
    let id = balance.customerID
    guard balance.totalDue.cents > 0 else {
      return .answer(
        context.text(
          en: "Account \(id) is paid up: nothing is owed.",
          ja: "アカウント\(id)に未払いはありません。"))
    }
    let total = Formatting.money(balance.totalDue, language)
    let ids = Formatting.list(balance.invoices.map(\.id), language)
    let count = balance.invoices.count
    var en = "Account \(id) owes \(total) over \(count) invoice\(count == 1 ? "" : "s") (\(ids))"
    var ja = "アカウント\(id)の未払い残高は\(total)です（請求書\(count)件：\(ids)）"
    if balance.overdue.cents > 0 {
      let overdue = Formatting.money(balance.overdue, language)
      en += "; \(overdue) of it is overdue"
      ja += "。うち\(overdue)は支払期限を過ぎています"
    } else if let next = balance.invoices.first {
      let due = Formatting.date(next.dueOn, language)
      en += "; the next payment is due on \(due)"
      ja += "。次のお支払期限は\(due)です"
    }
    return .answer(context.text(en: en + ".", ja: ja + "。"))
  }
}

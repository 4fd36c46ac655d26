import IntentMatching
import Office

/// `update_contact`: checks a new email or phone number, asks for a yes, then records the change
/// through ``BackOffice/updateContact(customerID:email:phone:)`` (audited).
struct UpdateContactHandler: IntentHandler {
  let name = "update_contact"
  let access: RecordAccess? = (.write, .customers)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    // Refuse before asking anything when the role may not change customers at all.
    guard AccessPolicy.allows(context.settings.role, .write, .customers) else {
      return .answer(Replies.forbidden(AccessPolicy.roles(.write, .customers), context))
    }
    guard let customerID = context.customerID else { return Replies.askCustomer(context) }
    var (email, phone) = (context.slot("email"), context.slot("phone"))
    if email == nil, phone == nil, let free = context.slot("contact") {
      if free.contains("@") {
        email = free
      } else if free.contains(where: \.isNumber) {
        phone = free
      }
    }
    guard email != nil || phone != nil else {
      return .ask(
        slot: "contact",
        question: context.text(
          en:
            "What is the new email address or phone number? (Postal addresses are changed by a colleague: say \"talk to a human\".)",
          ja: "新しいメールアドレスまたは電話番号を教えてください。（ご住所の変更は担当者が承ります。「担当者と話したい」とお伝えください。）"
        ))
    }
    if let email, !ContactValidation.isValidEmail(email) {
      return .answer(
        context.text(
          en: "\"\(email)\" doesn't look like an email address, so nothing was changed.",
          ja: "「\(email)」はメールアドレスの形式ではないため、変更していません。"))
    }
    if let phone, !ContactValidation.isValidPhone(phone) {
      return .answer(
        context.text(
          en: "\"\(phone)\" doesn't look like a phone number, so nothing was changed.",
          ja: "「\(phone)」は電話番号の形式ではないため、変更していません。"))
    }
    let customer: Customer
    switch try context.office.customer(id: customerID) {
    case .found(let found): customer = found
    case .notFound: return .answer(Replies.notFound(.customer(customerID), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    let changes = Self.changes(from: customer, email: email, phone: phone, context)
    let question = context.text(
      en: "Change \(changes) for \(customer.id)? Please answer yes or no.",
      ja: "\(customer.id)の\(changes)に変更しますか？「はい」か「いいえ」でお答えください。")
    let confirmation = Confirmation(
      intent: context.intent.name, slots: context.slots,
      onYes: { context in try Self.update(customer.id, email: email, phone: phone, context) },
      onNo: { context in
        context.text(
          en: "All right, the contact details of \(customer.id) stay as they are.",
          ja: "承知しました。\(customer.id)の連絡先はそのままにしておきます。")
      })
    return .confirm(question: question, confirmation)
  }

  /// Writes the change after the yes.
  static func update(_ id: String, email: String?, phone: String?, _ context: HandlerContext)
    throws -> HandlerOutcome
  {
    switch try context.office.updateContact(customerID: id, email: email, phone: phone) {
    case .found(.updated(let customer)):
      var fields: [String] = []
      if email != nil {
        fields.append(context.text(en: "email \(customer.email)", ja: "メールアドレス \(customer.email)"))
      }
      if phone != nil {
        fields.append(context.text(en: "phone \(customer.phone)", ja: "電話番号 \(customer.phone)"))
      }
      let list = Formatting.list(fields, context.language)
      return .answer(
        context.text(
          en: "Done: \(customer.id) now has \(list).",
          ja: "変更しました。\(customer.id)の登録は\(list)になりました。"))
    case .found(.invalid(let field, let value)):
      return .answer(
        context.text(
          en: "\"\(value)\" is not a valid \(field.rawValue), so nothing was changed.",
          ja: "「\(value)」は正しい形式ではないため、変更していません。"))
    case .found(.taken(let field, let value, let owner)):
      // A customer is not told whose it is, nor that it is anyone's.
      if context.settings.role == .customer {
        return .answer(
          context.text(
            en: "\"\(value)\" can't be used for this account, so nothing was changed.",
            ja: "「\(value)」はこのアカウントには使えないため、変更していません。"))
      }
      return .answer(
        context.text(
          en: "\"\(value)\" is already the \(field.rawValue) of \(owner), so nothing was changed.",
          ja: "「\(value)」はすでに\(owner)の連絡先のため、変更していません。"))
    case .notFound: return .answer(Replies.notFound(.customer(id), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
  }

  /// `the email from a@x.com to b@y.com` / `メールアドレスをa@x.comからb@y.com`.
  private static func changes(
    from customer: Customer, email: String?, phone: String?, _ context: HandlerContext
  ) -> String {
    var parts: [String] = []
    if let email {
      parts.append(
        context.text(
          en: "the email from \(customer.email) to \(email)",
          ja: "メールアドレスを\(customer.email)から\(email)"))
    }
    if let phone {
      parts.append(
        context.text(
          en: "the phone number from \(customer.phone) to \(phone)",
          ja: "電話番号を\(customer.phone)から\(phone)"))
    }
    return Formatting.list(parts, context.language)
  }
}

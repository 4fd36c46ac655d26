import IntentMatching
import Office

/// `leave_balance`: paid leave days left for an employee named by id or name (HR only).
struct LeaveBalanceHandler: IntentHandler {
  let name = "leave_balance"
  let access: RecordAccess? = (.read, .employees)

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    guard let query = context.slot("employee") else {
      return .ask(
        slot: "employee",
        question: context.intent.prompts["employee"]?[context.language]
          ?? context.text(en: "Which employee?", ja: "どの社員ですか？"))
    }
    let employees: [Employee]
    switch try context.office.leaveBalance(employee: query) {
    case .found(let found): employees = found
    case .notFound: return .answer(Replies.notFound(.employee(query), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    let sentences = employees.prefix(5).map { employee in
      let name = context.text(en: employee.nameEN, ja: employee.nameJA)
      return context.text(
        en:
          "\(name) (\(employee.id), \(employee.department)) has \(employee.leaveDaysRemaining) of \(employee.leaveDaysTotal) days of paid leave left (\(employee.leaveDaysUsed) taken).",
        ja:
          "\(name)さん（\(employee.id)、\(employee.department)）の有給休暇の残りは\(employee.leaveDaysTotal)日中\(employee.leaveDaysRemaining)日です（取得済み\(employee.leaveDaysUsed)日）。"
      )
    }
    var reply = sentences.joined(separator: context.language == .japanese ? "" : " ")
    if employees.count > 5 {
      reply += context.text(
        en: " (\(employees.count - 5) more match; please give the employee number.)",
        ja: "（ほか\(employees.count - 5)名が該当します。社員番号で指定してください。）")
    }
    return .answer(reply)
  }
}

/// `password_reset`: opens an IT ticket for a reset. Never shows, asks for or sets a password.
struct PasswordResetHandler: IntentHandler {
  let name = "password_reset"

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    let account = context.settings.role == .customer ? nil : context.slot("account")
    if context.settings.role != .customer, account == nil, context.settings.agent == nil {
      return .ask(
        slot: "account",
        question: context.text(
          en: "Whose account should be reset? Please give the username or the employee's name.",
          ja: "どのアカウントをリセットしますか？ユーザー名または社員名を教えてください。"))
    }
    let ticket: Ticket
    switch try context.office.requestPasswordReset(
      account: account, conversationID: context.conversationID)
    {
    case .found(let found): ticket = found
    case .notFound:
      return .answer(
        Replies.notFound(.account(account ?? context.settings.agent ?? "-"), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
    if context.settings.role == .customer {
      return .answer(
        context.text(
          en:
            "I've opened ticket \(ticket.id) with our IT team: a password reset link will be sent to the email address on your account. We never ask for or show passwords.",
          ja:
            "IT担当にチケット\(ticket.id)を作成しました。ご登録のメールアドレスにパスワード再設定用のリンクが届きます。パスワードをお尋ねしたり表示したりすることはありません。"
        ))
    }
    let urgent = ticket.priority == .high
    return .answer(
      context.text(
        en:
          "I've opened IT ticket \(ticket.id): \(ticket.subject)\(urgent ? " (high priority: the account is locked)" : ""). IT will send a reset link; passwords are never shown here.",
        ja:
          "ITチケット\(ticket.id)を作成しました：\(ticket.subject)\(urgent ? "（アカウントがロックされているため優先度：高）" : "")。IT担当から再設定用のリンクが届きます。パスワードはここでは表示しません。"
      ))
  }
}

import IntentMatching
import Office

/// `human_agent`: opens a support ticket linked to the conversation and escalates it.
struct HumanAgentHandler: IntentHandler {
  let name = "human_agent"
  /// The ticket's priority (rules may raise it).
  var priority: Ticket.Priority = .normal

  func handle(_ context: HandlerContext) throws -> HandlerOutcome {
    try Self.escalate(context, priority: priority, team: "support")
  }

  /// Opens the ticket and words the hand-over; shared with escalation rules.
  static func escalate(_ context: HandlerContext, priority: Ticket.Priority, team: String)
    throws -> HandlerOutcome
  {
    let subject =
      "Conversation \(context.conversationID): \(context.intent.name) asked for a person"
    let request = NewTicket(
      customerID: context.settings.customerID, subject: subject, priority: priority, team: team,
      conversationID: context.conversationID)
    switch try context.office.createTicket(request) {
    case .found(let ticket):
      let high = priority == .high || priority == .urgent
      return .escalate(
        context.text(
          en:
            "I've passed this conversation to a colleague: ticket \(ticket.id)\(high ? " (priority \(priority.rawValue))" : ""). Someone from our \(team) team will get back to you shortly.",
          ja:
            "担当者に引き継ぎました（チケット\(ticket.id)\(high ? "、優先度：\(priority == .urgent ? "緊急" : "高")" : "")）。\(Self.teamJA(team))の担当者から折り返しご連絡いたします。"
        ))
    case .notFound:
      return .answer(Replies.notFound(.customer(context.settings.customerID ?? "-"), context))
    case .forbidden(let roles): return .answer(Replies.forbidden(roles, context))
    }
  }

  /// The team's name in Japanese.
  static func teamJA(_ team: String) -> String {
    switch team {
    case "support": return "サポートチーム"
    case "billing", "finance": return "経理チーム"
    case "it": return "IT担当"
    case "sales": return "営業チーム"
    default: return "\(team)チーム"
    }
  }
}

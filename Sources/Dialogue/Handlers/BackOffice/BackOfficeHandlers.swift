/// The back-office handlers the console registers.
extension HandlerRegistry {
  /// Every back-office handler, by the names intent files use.
  public static var backOffice: HandlerRegistry {
    HandlerRegistry([
      OrderStatusHandler(), TrackShipmentHandler(), CancelOrderHandler(), StockCheckHandler(),
      ProductPriceHandler(), InvoiceStatusHandler(), RefundStatusHandler(),
      AccountBalanceHandler(), UpdateContactHandler(), LeaveBalanceHandler(),
      PasswordResetHandler(), ContractRenewalHandler(), SalesQuoteHandler(), HumanAgentHandler(),
    ])
  }
}

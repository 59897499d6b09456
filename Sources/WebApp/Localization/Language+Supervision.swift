import PlanStore

extension Language {
    /// The word for a kind of message: 催办 or "Urge".
    func word(_ kind: Reminder.Kind) -> String {
        strings["kind_" + kind.rawValue] ?? kind.chinese
    }

    /// The word for a delivery's state: 排队待发 or "Queued".
    func word(_ state: Delivery.State) -> String {
        strings["delivery_" + state.rawValue] ?? state.chinese
    }

    /// The name of a kind of group robot: 企业微信 or "WeCom".
    func word(_ kind: NotificationChannel.WebhookKind) -> String {
        strings["webhook_" + kind.rawValue] ?? kind.chinese
    }
}

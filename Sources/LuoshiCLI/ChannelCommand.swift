import ArgumentParser
import Foundation
import PlanStore

/// `luoshi channel …`: where a department, or the leaders, are told besides the inbox.
struct ChannelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channel",
        abstract: "设置提醒的邮件和 Webhook。 Set where reminders go (e-mail, webhook).",
        subcommands: [Set.self, List.self])

    /// `luoshi channel set`.
    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "设置一个部门（或领导）的邮件和 Webhook；留空则清除。 Set a department's (or the leaders') e-mail and webhook; empty clears.")

        @OptionGroup var common: DepartmentCommand.Common

        @Option(help: "部门名称。 The department.")
        var department: String?

        @Flag(help: "设置领导的渠道（督办升级）。 Set the leaders' channel (escalations).")
        var leaders = false

        @Option(help: "电子邮件地址。 The e-mail address.")
        var email: String?

        @Option(help: "Webhook 地址（须为 https）。 The webhook URL (https).")
        var webhook: String?

        @Option(help: "Webhook 类型：generic、wecom（企业微信）、dingtalk（钉钉）。 The webhook kind: generic, wecom, dingtalk.")
        var webhookKind: String = "generic"

        @Option(help: "从该环境变量读取签名密钥。 Read the signing secret from this environment variable.")
        var webhookSecretEnv: String?

        @Flag(help: "允许 http 的 Webhook（仅供测试）。 Allow an http webhook (testing only).")
        var allowHTTP = false

        func validate() throws {
            guard (department != nil) != leaders else {
                throw ValidationError("请给出 --department 或 --leaders 之一。 Give either --department or --leaders.")
            }
            guard NotificationChannel.WebhookKind(rawValue: webhookKind) != nil else {
                throw ValidationError("Webhook 类型应为 generic、wecom 或 dingtalk。 The webhook kind is generic, wecom or dingtalk.")
            }
        }

        func run() async throws {
            let secret = try webhookSecretEnv.map { name in
                guard let value = ProcessInfo.processInfo.environment[name] else {
                    throw ValidationError("环境变量 \(name) 未设置。 The environment variable \(name) is not set.")
                }
                return value
            }
            let channel = NotificationChannel(
                department: department, email: email, webhookURL: webhook,
                webhookKind: NotificationChannel.WebhookKind(rawValue: webhookKind) ?? .generic, webhookSecret: secret)
            let common = common
            let allowHTTP = allowHTTP
            try await common.store.run { store in
                try await store.setChannel(channel, jurisdiction: common.jurisdiction, actor: common.actor, allowHTTP: allowHTTP)
            }
            StandardError.write("已保存。 Saved.")
        }
    }

    /// `luoshi channel list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "列出各部门的渠道。 List the channels.")

        @OptionGroup var store: StoreOptions

        @Option(help: "行政区名称。 The jurisdiction.")
        var jurisdiction: String

        func run() async throws {
            let jurisdiction = jurisdiction
            let channels = try await store.run { try await $0.channels(jurisdiction: jurisdiction) }
            let rows = channels.map {
                [
                    $0.department ?? "领导", $0.email ?? "", $0.webhookURL ?? "", $0.webhookKind.chinese,
                    $0.webhookSecret == nil ? "" : "已设置",
                ]
            }
            print(TableRenderer.table(["对象", "邮件", "Webhook", "类型", "密钥"], rows), terminator: "")
        }
    }
}

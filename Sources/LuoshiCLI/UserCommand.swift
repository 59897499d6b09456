import ArgumentParser
import Foundation
import PlanStore

/// `luoshi user`: accounts and API tokens.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "用户与接口令牌。 Users and API tokens.",
        subcommands: [Add.self, List.self, Token.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "添加用户（密码从标准输入或 LUOSHI_PASSWORD 读取）。 Add a user (the password from standard input or LUOSHI_PASSWORD).")

        @OptionGroup var store: StoreOptions
        @Option(help: "行政区。 The jurisdiction.") var jurisdiction: String
        @Argument(help: "登录名。 The login.") var login: String
        @Option(help: "姓名。 The name shown.") var name: String
        @Option(help: "角色：office_admin | office_staff | department | leader。 The role.") var role: String
        @Option(help: "所属单位（承办单位用户）。 The department (department users).") var department: String?

        func run() async throws {
            guard let role = User.Role(rawValue: role) else {
                throw ValidationError(
                    "角色应为 office_admin、office_staff、department 或 leader。 The role is office_admin, office_staff, department or leader."
                )
            }
            let password = ProcessInfo.processInfo.environment["LUOSHI_PASSWORD"] ?? readLine(strippingNewline: true) ?? ""
            do {
                try PasswordHasher.validate(password)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
            let hash = try await PasswordHasher().hash(password)
            let user = try await store.run { store in
                try await store.createUser(
                    NewUser(login: login, displayName: name, role: role, department: department, passwordHash: hash),
                    jurisdiction: jurisdiction, actor: "luoshi user add")
            }
            print("已添加用户 \(user.login)（\(user.role.chinese)）。 Added \(user.login) (\(user.role.rawValue)).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "列出用户。 List users.")
        @OptionGroup var store: StoreOptions
        @Option(help: "行政区。 The jurisdiction.") var jurisdiction: String

        func run() async throws {
            let users = try await store.run { try await $0.users(jurisdiction: jurisdiction) }
            for user in users {
                print(
                    [
                        user.login, user.displayName, user.role.rawValue, user.departmentName ?? "",
                        user.disabled ? "disabled" : "",
                    ].joined(separator: "\t"))
            }
        }
    }

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "为脚本生成接口令牌（只显示一次）。 Make an API token for scripts (shown once).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "登录名。 The login.") var login: String
        @Option(help: "用途说明。 What the token is for.") var name = "script"

        func run() async throws {
            let token = APIToken.random()
            try await store.run { store in
                guard let user = try await store.credentials(login: login)?.user else {
                    throw StoreError.notFound(what: "用户 user", id: login)
                }
                try await store.createAPIToken(tokenHash: token.hash, userID: user.id, name: name, actor: "luoshi user token")
            }
            print(token.value)
        }
    }
}

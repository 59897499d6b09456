import Foundation
import Testing

/// `luoshi user` and `luoshi serve --demo`'s refusal of a used store.
@Suite("luoshi user and serve")
struct UserCommandTests {
    @Test("user add takes the password on standard input, refuses a short one, and user token prints a token once")
    func addListToken() throws {
        let db = try StoreCommandTests.database()
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        // act
        let short = try ExtractCommandTests.luoshi(
            ["user", "add", "wang", "--db", db, "--jurisdiction", "玉泉区", "--name", "王主任", "--role", "office_admin"],
            input: Data("short\n".utf8))
        let added = try ExtractCommandTests.luoshi(
            ["user", "add", "wang", "--db", db, "--jurisdiction", "玉泉区", "--name", "王主任", "--role", "office_admin"],
            input: Data("a-long-password\n".utf8))
        let badRole = try ExtractCommandTests.luoshi(
            ["user", "add", "li", "--db", db, "--jurisdiction", "玉泉区", "--name", "李", "--role", "king"],
            input: Data("a-long-password\n".utf8))
        let listed = try ExtractCommandTests.luoshi(["user", "list", "--db", db, "--jurisdiction", "玉泉区"])
        let token = try ExtractCommandTests.luoshi(["user", "token", "wang", "--db", db])
        let nobody = try ExtractCommandTests.luoshi(["user", "token", "nobody", "--db", db])
        // check
        #expect(short.status != 0)
        #expect(short.error.contains("密码至少"))
        #expect(added.status == 0)
        #expect(badRole.status != 0)
        #expect(listed.output.contains("wang\t王主任\toffice_admin"))
        #expect(token.status == 0)
        #expect(token.output.hasPrefix("lst_"))
        #expect(nobody.status == 1)
    }

    @Test("serve --demo refuses a store that already holds a plan, and says why")
    func demoNeedsEmptyStore() throws {
        let db = try StoreCommandTests.database()
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        let result = try ExtractCommandTests.luoshi(["serve", "--demo", "--db", db, "--port", "0"])
        #expect(result.status == 1)
        #expect(result.error.contains("空的数据库"))
    }
}

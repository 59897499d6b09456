import Foundation
import PlanStore

/// The portal's comment form asks a small sum in Chinese numerals (七加五等于几？) instead of an
/// account. The form carries only when it was shown, a nonce and an HMAC of the right answer
/// under the site's secret, so any server can check it without keeping state; the store keeps
/// each signature used, so a challenge takes one comment.
struct CommentChallenge {
    let question: String
    let token: String

    static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// A form older than this has expired.
    static let lifetime: TimeInterval = 2 * 3600

    static func make(taskID: Int, secret: [UInt8], now: Date = .now) -> CommentChallenge {
        let (a, b) = (Int.random(in: 1...9), Int.random(in: 1...9))
        let issued = Int(now.timeIntervalSince1970)
        let nonce = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let mac = signature(taskID: taskID, issued: issued, nonce: nonce, answer: a + b, secret: secret)
        return CommentChallenge(question: "\(digits[a])加\(digits[b])等于几？", token: "\(issued).\(nonce).\(mac)")
    }

    /// What a submitted form's challenge says: which form it was (`nonce`, answered once), whether
    /// the answer is right, and the signature a comment keeps.
    struct Answer {
        let nonce: String
        let signature: String
        let correct: Bool
    }

    /// The form's answer, if the form is genuine, fresh and not sent too quickly; else why not,
    /// in words for the citizen. A wrong answer is returned, not thrown: it still uses the form up.
    static func read(token: String, answer: String, taskID: Int, secret: [UInt8], now: Date = .now, minimumSeconds: TimeInterval)
        throws -> Answer
    {
        let parts = token.split(separator: ".").map(String.init)
        guard parts.count == 3, let issued = Int(parts[0]) else {
            throw AppError.invalid("表单已失效，请刷新页面后再提交。 The form is no longer valid: reload the page.")
        }
        let age = now.timeIntervalSince1970 - Double(issued)
        guard age <= lifetime, age >= -60 else {
            throw AppError.invalid("表单已过期，请刷新页面后再提交。 The form has expired: reload the page.")
        }
        guard age >= minimumSeconds else {
            throw AppError.invalid("提交太快了，请稍候再提交。 That was too quick: wait a moment and send it again.")
        }
        // The nonce is signed with the right answer: a made-up token cannot name a nonce of its own
        // choosing and still be right, and a wrong one only uses up a nonce no form will show again.
        let correct =
            number(answer).map {
                signature(taskID: taskID, issued: issued, nonce: parts[1], answer: $0, secret: secret) == parts[2]
            } ?? false
        return Answer(nonce: parts[1], signature: parts[2], correct: correct)
    }

    static let wrongAnswer = AppError.invalid("验证题答案不对，请回答新的题目。 The answer to the question is wrong: answer the new one.")

    /// `12`, `１２` or `十二` as 12; nil for anything else.
    static func number(_ text: String) -> Int? {
        let trimmed = String(
            text.unicodeScalars.map { scalar -> Character in
                // Full-width digits, as a Chinese input method types them.
                (0xFF10...0xFF19).contains(scalar.value)
                    ? Character(UnicodeScalar(scalar.value - 0xFF10 + 0x30)!) : Character(scalar)
            }
        ).trimmingCharacters(in: .whitespaces)
        if let value = Int(trimmed) { return value }
        let characters = trimmed.map(String.init)
        guard !characters.isEmpty, characters.count <= 3, characters.allSatisfy(digits.contains) else { return nil }
        let values = characters.map { digits.firstIndex(of: $0)! }
        switch values.count {
        case 1: return values[0]
        case 2 where values[0] == 10: return 10 + values[1]  // 十二
        case 2 where values[1] == 10: return values[0] * 10  // 二十
        case 3 where values[1] == 10: return values[0] * 10 + values[2]
        default: return nil
        }
    }

    private static func signature(taskID: Int, issued: Int, nonce: String, answer: Int, secret: [UInt8]) -> String {
        HexDigest.hmacSHA256(key: secret, message: Array("comment|\(taskID)|\(issued)|\(nonce)|\(answer)".utf8))
    }
}

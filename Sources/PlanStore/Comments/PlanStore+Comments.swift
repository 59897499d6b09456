import Foundation
import SQLKit

extension PlanStore {
    /// Takes a citizen's comment or tip on a commitment of a published plan, to wait for the
    /// office. Refused: an empty or overlong text, a task not public, a challenge used before,
    /// and more than a few from one sender in ten minutes (or many in a day).
    public func submitComment(_ new: NewCitizenComment, jurisdiction: String, planYear: Int, now: Date = .now)
        async throws(StoreError) -> CitizenComment
    {
        let body = Self.clean(new.body)
        guard !body.isEmpty else { throw .invalid("请填写留言内容。 Write something first.") }
        guard body.count <= NewCitizenComment.bodyLimit else {
            throw .invalid(
                "留言不超过 \(NewCitizenComment.bodyLimit) 字（现 \(body.count) 字）。 At most \(NewCitizenComment.bodyLimit) characters (this has \(body.count))."
            )
        }
        let name = new.authorName.map(Self.clean).flatMap { $0.isEmpty ? nil : $0 }
        let contact = new.contact.map(Self.clean).flatMap { $0.isEmpty ? nil : $0 }
        guard (name?.count ?? 0) <= 20 else { throw .invalid("称呼不超过 20 字。 The name is 20 characters at most.") }
        guard (contact?.count ?? 0) <= 50 else { throw .invalid("联系方式不超过 50 字。 The contact is 50 characters at most.") }
        let created = Timestamp.text(now)
        return try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database),
                try await Self.isPublished(jurisdictionID, planYear, in: database),
                try await database.select().column("id").from("tasks").where("id", .equal, new.taskID)
                    .where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, planYear)
                    .where("state", .equal, TaskState.active.rawValue).first() != nil
            else { throw StoreError.notFound(what: "公开的任务 public task", id: "\(new.taskID)") }
            if try await database.select().column("id").from("comments").where("challenge", .equal, new.challenge).first() != nil
            {
                throw StoreError.invalid("这道验证题已经用过，请刷新页面后再提交。 This challenge was used already: reload the page.")
            }
            for (limit, seconds, minutes) in [
                (NewCitizenComment.perTenMinutes, 600.0, 10), (NewCitizenComment.perDay, 86_400.0, 24 * 60),
            ] {
                let since = Timestamp.text(now.addingTimeInterval(-seconds))
                let count = try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(
                    "comments"
                )
                .where("client_key", .equal, new.clientKey).where("created_at", .greaterThan, since)
                .first()!.decode(column: "n", as: Int.self)
                if count >= limit { throw StoreError.rateLimited(minutes: minutes) }
            }
            let id = try await database.insert(into: "comments")
                .columns(
                    "jurisdiction_id", "task_id", "kind", "body", "author_name", "contact", "state", "client_key", "challenge",
                    "created_at"
                )
                .values(
                    SQLBind(jurisdictionID), SQLBind(new.taskID), SQLBind(new.kind.rawValue), SQLBind(body), SQLBind(name),
                    SQLBind(contact),
                    SQLBind("pending"), SQLBind(new.clientKey), SQLBind(new.challenge), SQLBind(created)
                )
                .returning("id").first()!.decode(column: "id", as: Int.self)
            return try await Self.comments(in: database, jurisdictionID: jurisdictionID, filter: "c.id = \(bind: id)").first!
        }
    }

    /// Records the one answer a comment form's challenge takes (`nonce`), right or wrong. Refused:
    /// a challenge answered before (a form cannot be used to guess again), and any answer from a
    /// sender who gave too many wrong ones in the last ten minutes (a script guessing).
    public func answerChallenge(nonce: String, clientKey: String, correct: Bool, now: Date = .now) async throws(StoreError) {
        let since = Timestamp.text(now.addingTimeInterval(-600))
        let answered = Timestamp.text(now)
        try await transaction { database in
            let wrong = try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(
                "challenge_answers"
            )
            .where("client_key", .equal, clientKey).where("correct", .equal, false).where("answered_at", .greaterThan, since)
            .first()!.decode(column: "n", as: Int.self)
            if wrong >= NewCitizenComment.wrongAnswersPerTenMinutes { throw StoreError.rateLimited(minutes: 10) }
            let inserted = try await database.insert(into: "challenge_answers")
                .columns("nonce", "client_key", "correct", "answered_at")
                .values(SQLBind(nonce), SQLBind(clientKey), SQLBind(correct), SQLBind(answered))
                .ignoringConflicts(with: ["nonce"]).returning("nonce").first()
            guard inserted != nil else {
                throw StoreError.invalid("这道验证题已经回答过，请用新的题目再提交。 This question was answered already: answer the new one.")
            }
        }
    }

    /// A jurisdiction's comments in one state (all of them when nil), newest first: the office's queue.
    public func comments(jurisdiction: String, state: CitizenComment.State? = nil) async throws(StoreError) -> [CitizenComment] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            let filter: SQLQueryString = state.map { "c.state = \(bind: $0.rawValue)" } ?? "1 = 1"
            return try await Self.comments(in: database, jurisdictionID: jurisdictionID, filter: filter)
        }
    }

    /// The published comments (not tips) of a commitment, oldest first, as the public sees them.
    public func publicComments(taskID: Int) async throws(StoreError) -> [CitizenComment] {
        try await transaction(readOnly: true) { database in
            guard
                let row = try await database.select().column("jurisdiction_id").from("tasks").where("id", .equal, taskID).first()
            else { return [] }
            return try await Self.comments(
                in: database, jurisdictionID: try row.decode(column: "jurisdiction_id", as: Int.self),
                filter: "c.task_id = \(bind: taskID) AND c.state = 'published' AND c.kind = 'comment'"
            ).reversed()
        }
    }

    /// How many published comments each commitment of a plan has.
    public func publicCommentCounts(jurisdiction: String, planYear: Int) async throws(StoreError) -> [Int: Int] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [:] }
            var counts: [Int: Int] = [:]
            for row in try await database.raw(
                """
                SELECT c.task_id, COUNT(*) AS n FROM comments c JOIN tasks t ON t.id = c.task_id
                WHERE c.jurisdiction_id = \(bind: jurisdictionID) AND t.plan_year = \(bind: planYear)
                  AND c.state = 'published' AND c.kind = 'comment'
                GROUP BY c.task_id
                """
            ).all() {
                counts[try row.decode(column: "task_id", as: Int.self)] = try row.decode(column: "n", as: Int.self)
            }
            return counts
        }
    }

    /// The published comments and tips on the tasks a department leads or shares, newest first.
    public func comments(jurisdiction: String, department: String) async throws(StoreError) -> [CitizenComment] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await Self.comments(
                in: database, jurisdictionID: jurisdictionID,
                filter: """
                    c.state = 'published' AND c.task_id IN (SELECT a.task_id FROM assignments a JOIN departments d ON d.id = a.department_id
                      WHERE d.jurisdiction_id = \(bind: jurisdictionID) AND d.name = \(bind: department))
                    """)
        }
    }

    /// The office publishes a comment (a tip: passes it to the department) or declines it, with
    /// an optional note; either can be reversed later, never back to waiting. Audited.
    public func moderateComment(_ id: Int, jurisdiction: String, publish: Bool, note: String?, actor: String)
        async throws(StoreError) -> CitizenComment
    {
        let note = note.map(Self.clean).flatMap { $0.isEmpty ? nil : $0 }
        guard (note?.count ?? 0) <= 200 else { throw .invalid("审核意见不超过 200 字。 The note is 200 characters at most.") }
        return try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database),
                let before = try await Self.comments(in: database, jurisdictionID: jurisdictionID, filter: "c.id = \(bind: id)")
                    .first
            else { throw StoreError.notFound(what: "留言 comment", id: "\(id)") }
            let state: CitizenComment.State = publish ? .published : .rejected
            try await database.update("comments")
                .set("state", to: state.rawValue).set("moderated_by", to: actor).set("moderated_at", to: Timestamp.now())
                .set("moderation_note", to: note)
                .where("id", .equal, id).run()
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "comment", entityID: id, action: state.rawValue,
                before: before.state.rawValue, after: state.rawValue)
            return try await Self.comments(in: database, jurisdictionID: jurisdictionID, filter: "c.id = \(bind: id)").first!
        }
    }

    /// The site's secret for signing, made once and kept in the store (so every server and every
    /// restart agrees).
    public func siteSecret(_ name: String = "comment_challenge") async throws(StoreError) -> [UInt8] {
        // Read first: the portal asks on every page view, and a write would take SQLite's lock.
        let kept = try await transaction(readOnly: true) { database in
            try await database.select().column("value").from("site_secrets").where("name", .equal, name).first()?
                .decode(column: "value", as: String.self)
        }
        if let kept { return Array(kept.utf8) }
        return try await transaction { database in
            var random = SystemRandomNumberGenerator()
            let fresh = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &random)) }.joined()
            // Two servers starting at once: the first one's secret stays.
            try await database.raw(
                "INSERT INTO site_secrets (name, value) VALUES (\(bind: name), \(bind: fresh)) ON CONFLICT (name) DO NOTHING"
            ).run()
            let value = try await database.select().column("value").from("site_secrets").where("name", .equal, name).first()!
                .decode(column: "value", as: String.self)
            return Array(value.utf8)
        }
    }

    private static func comments(in database: any SQLDatabase, jurisdictionID: Int, filter: SQLQueryString) async throws
        -> [CitizenComment]
    {
        try await database.raw(
            """
            SELECT c.id, c.task_id, t.text AS task_text, t.plan_year, c.kind, c.body, c.author_name, c.contact, c.state, c.created_at,
                   c.moderated_by, c.moderated_at, c.moderation_note,
                   (SELECT d.name FROM assignments a JOIN departments d ON d.id = a.department_id
                    WHERE a.task_id = c.task_id AND a.role = 'lead') AS lead
            FROM comments c JOIN tasks t ON t.id = c.task_id
            WHERE c.jurisdiction_id = \(bind: jurisdictionID) AND \(filter)
            ORDER BY c.created_at DESC, c.id DESC
            """
        ).all().map { row in
            CitizenComment(
                id: try row.decode(column: "id", as: Int.self), taskID: try row.decode(column: "task_id", as: Int.self),
                taskText: try row.decode(column: "task_text", as: String.self),
                planYear: try row.decode(column: "plan_year", as: Int.self),
                lead: try row.decode(column: "lead", as: String?.self),
                kind: CitizenComment.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .comment,
                body: try row.decode(column: "body", as: String.self),
                authorName: try row.decode(column: "author_name", as: String?.self),
                contact: try row.decode(column: "contact", as: String?.self),
                state: CitizenComment.State(rawValue: try row.decode(column: "state", as: String.self)) ?? .pending,
                createdAt: try row.decode(column: "created_at", as: String.self),
                moderatedBy: try row.decode(column: "moderated_by", as: String?.self),
                moderatedAt: try row.decode(column: "moderated_at", as: String?.self),
                moderationNote: try row.decode(column: "moderation_note", as: String?.self))
        }
    }

    /// Trimmed, without control characters other than line breaks (a pasted text may carry them).
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 == "\n" || $0.properties.generalCategory != .control }))
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

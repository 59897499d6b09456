import Foundation
import SQLKit

extension PlanStore {
    /// What a directory import did.
    public struct DepartmentImport: Sendable, Equatable {
        public var created: [String]
        public var updated: [String]
        public var unchanged: Int
    }

    /// Imports a department directory: creates new departments, updates the short name, parent
    /// and keywords of known ones. A parent must be in the file or already in the store; on any
    /// problem nothing is changed.
    public func importDepartments(_ entries: [DepartmentEntry], jurisdiction: String, actor: String) async throws(StoreError)
        -> DepartmentImport
    {
        let now = Timestamp.now()
        return try await transaction { database in
            let jurisdictionID = try await Self.jurisdictionID(jurisdiction, level: nil, now: now, in: database)
            var known = Dictionary(
                uniqueKeysWithValues: try await Self.departments(jurisdictionID, in: database).map { ($0.name, $0) })
            let names = Set(entries.map(\.name)).union(known.keys)
            for entry in entries {
                if let parent = entry.parent, !names.contains(parent) {
                    throw StoreError.unknownDepartment(parent)
                }
                if entry.parent == entry.name {
                    throw StoreError.invalid("单位「\(entry.name)」不能是自己的上级。 \(entry.name) cannot be its own parent.")
                }
            }
            var result = DepartmentImport(created: [], updated: [], unchanged: 0)
            // First every department, then the parents, so that order in the file does not matter.
            for entry in entries {
                let keywords = entry.keywords.joined(separator: "、")
                if let existing = known[entry.name] {
                    guard existing.shortName != entry.shortName || existing.keywords != keywords else {
                        result.unchanged += 1
                        continue
                    }
                    var after = existing
                    after.shortName = entry.shortName
                    after.keywords = keywords
                    after.rowVersion += 1
                    after.updatedAt = now
                    try await database.update("departments")
                        .set("short_name", to: SQLBind(entry.shortName)).set("keywords", to: SQLBind(keywords))
                        .set("row_version", to: SQLBind(after.rowVersion)).set("updated_at", to: SQLBind(now))
                        .where("id", .equal, existing.id).run()
                    try await AuditLog.record(
                        database, jurisdictionID: jurisdictionID, actor: actor, entity: "department", entityID: existing.id,
                        action: "update", before: existing, after: after)
                    known[entry.name] = after
                    result.updated.append(entry.name)
                } else {
                    let id = try await database.insert(into: "departments")
                        .columns("jurisdiction_id", "name", "short_name", "keywords", "row_version", "created_at", "updated_at")
                        .values(
                            SQLBind(jurisdictionID), SQLBind(entry.name), SQLBind(entry.shortName), SQLBind(keywords),
                            SQLBind(1), SQLBind(now), SQLBind(now)
                        )
                        .returning("id").first()!.decode(column: "id", as: Int.self)
                    let created = DepartmentRecord(
                        id: id, jurisdictionID: jurisdictionID, name: entry.name, shortName: entry.shortName, parentID: nil,
                        keywords: keywords, rowVersion: 1, createdAt: now, updatedAt: now)
                    try await AuditLog.record(
                        database, jurisdictionID: jurisdictionID, actor: actor, entity: "department", entityID: id,
                        action: "create", before: DepartmentRecord?.none, after: created)
                    known[entry.name] = created
                    result.created.append(entry.name)
                }
            }
            for entry in entries {
                let parentID = entry.parent.flatMap { known[$0]?.id }
                guard let department = known[entry.name], department.parentID != parentID else { continue }
                try await database.update("departments").set("parent_id", to: SQLBind(parentID))
                    .where("id", .equal, department.id).run()
            }
            return result
        }
    }

    /// Creates one department.
    public func createDepartment(_ entry: DepartmentEntry, jurisdiction: String, actor: String) async throws(StoreError)
        -> DepartmentRecord
    {
        let result = try await importDepartments([entry], jurisdiction: jurisdiction, actor: actor)
        guard !result.created.isEmpty else {
            throw .duplicate("单位「\(entry.name)」已存在。 The department \(entry.name) exists already.")
        }
        return try await departments(jurisdiction: jurisdiction).first { $0.name == entry.name }!
    }

    /// Renames a department; `expectedVersion`, when given, must be the version last read.
    public func renameDepartment(
        _ name: String, to newName: String, jurisdiction: String, actor: String, expectedVersion: Int? = nil
    ) async throws(StoreError) -> DepartmentRecord {
        let newName = newName.trimmingCharacters(in: .whitespaces)
        guard !newName.isEmpty else { throw .invalid("新名称不能为空。 The new name is empty.") }
        let now = Timestamp.now()
        return try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database),
                let department = try await Self.departments(jurisdictionID, in: database).first(where: { $0.name == name })
            else { throw StoreError.unknownDepartment(name) }
            if let expectedVersion, expectedVersion != department.rowVersion {
                throw StoreError.conflict(
                    what: "单位 department", id: name, expected: expectedVersion, found: department.rowVersion)
            }
            if try await Self.departments(jurisdictionID, in: database).contains(where: { $0.name == newName }) {
                throw StoreError.duplicate("单位「\(newName)」已存在。 The department \(newName) exists already.")
            }
            var after = department
            after.name = newName
            after.rowVersion += 1
            after.updatedAt = now
            // The version in the WHERE clause makes a concurrent change lose, not overwrite.
            let updated = try await database.update("departments")
                .set("name", to: SQLBind(newName)).set("row_version", to: SQLBind(after.rowVersion))
                .set("updated_at", to: SQLBind(now))
                .where("id", .equal, department.id).where("row_version", .equal, department.rowVersion)
                .returning("id").all()
            guard updated.count == 1 else {
                throw StoreError.conflict(what: "单位 department", id: name, expected: department.rowVersion, found: -1)
            }
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "department", entityID: department.id,
                action: "rename", before: department, after: after)
            return after
        }
    }

    /// Disables a department (merged or abolished: it keeps its tasks and history, takes no new
    /// assignment or instruction) or enables it again.
    @discardableResult
    public func setDepartmentDisabled(_ name: String, disabled: Bool, jurisdiction: String, actor: String)
        async throws(StoreError) -> DepartmentRecord
    {
        try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database),
                let department = try await Self.departments(jurisdictionID, in: database).first(where: { $0.name == name })
            else { throw StoreError.unknownDepartment(name) }
            guard department.disabled != disabled else { return department }
            var after = department
            after.disabled = disabled
            after.rowVersion += 1
            after.updatedAt = Timestamp.now()
            try await database.update("departments")
                .set("disabled", to: SQLBind(disabled)).set("row_version", to: SQLBind(after.rowVersion)).set(
                    "updated_at", to: SQLBind(after.updatedAt)
                )
                .where("id", .equal, department.id).run()
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "department", entityID: department.id,
                action: disabled ? "disable" : "enable", before: department, after: after)
            return after
        }
    }

    /// The departments of a jurisdiction, by name.
    public func departments(jurisdiction: String) async throws(StoreError) -> [DepartmentRecord] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await Self.departments(jurisdictionID, in: database)
        }
    }

    /// The audit log of one entity, oldest first.
    public func auditLog(jurisdiction: String, entity: String, id: Int) async throws(StoreError) -> [AuditEntry] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await database.select()
                .columns("id", "at", "actor", "entity", "entity_id", "action", "before_json", "after_json", "reason")
                .from("audit_log").where("jurisdiction_id", .equal, jurisdictionID)
                .where("entity", .equal, entity).where("entity_id", .equal, id).orderBy("id")
                .all(decoding: AuditEntry.self)
        }
    }

    /// The department a user names: by its full name, or by a short name only it has.
    static func department(named name: String, in departments: [DepartmentRecord]) throws(StoreError) -> DepartmentRecord {
        let name = name.trimmingCharacters(in: .whitespaces)
        if let exact = departments.first(where: { $0.name == name }) { return exact }
        let short = departments.filter { $0.shortName == name }
        if short.count == 1 { return short[0] }
        if short.count > 1 {
            let names = short.map(\.name).joined(separator: "、")
            throw StoreError.invalid(
                "「\(name)」是多个单位的简称（\(names)），请写全称。 \(name) is the short name of several departments (\(names)): give the full name."
            )
        }
        throw StoreError.unknownDepartment(name)
    }

    static func departments(_ jurisdictionID: Int, in database: any SQLDatabase) async throws -> [DepartmentRecord] {
        try await database.select().column("*").from("departments").where("jurisdiction_id", .equal, jurisdictionID)
            .orderBy("name").all(decoding: DepartmentRecord.self)
    }
}

import Hummingbird
import Logging
import PlanActions
import PlanStore

/// The one place that decides whether the acting user may reach a record a route names by id.
///
/// Every route whose path captures a parameter is listed here, with the kind of record its
/// `{id}` names; a route missing from the list answers 404 to everyone (and the route-by-route
/// test fails), so a new route cannot skip the check. A record of another jurisdiction, or of
/// another department for a department user, is answered as not found, before the handler runs.
enum RecordScope {
    /// What a captured route names.
    enum Rule: Sendable {
        /// `{id}` names a record of this kind, reached only within the viewer's scope.
        case record(@Sendable (Int) -> ScopedRecord)
        /// The parameters name nothing private: the public portal's place and year (its handlers
        /// read only published plans of that place), a language code.
        case open
    }

    /// Route pattern (as Hummingbird reports it) → what its parameters name.
    static let rules: [String: Rule] = [
        "/tasks/{id}": .record(ScopedRecord.task),
        "/tasks/{id}/progress": .record(ScopedRecord.task),
        "/tasks/{id}/deadline-request": .record(ScopedRecord.task),
        "/progress/{id}/evidence": .record(ScopedRecord.progressReport),
        "/review/progress/{id}": .record(ScopedRecord.progressReport),
        "/review/deadline/{id}": .record(ScopedRecord.deadlineRequest),
        "/allocation/tasks/{id}": .record(ScopedRecord.task),
        "/fulfilment/verdicts/{id}": .record(ScopedRecord.verdict),
        "/fulfilment/verdicts/{id}/carry": .record(ScopedRecord.verdict),
        "/instructions/{id}/acknowledge": .record(ScopedRecord.instruction),
        "/instructions/{id}/answer": .record(ScopedRecord.instruction),
        "/circulars/{id}": .record(ScopedRecord.circular),
        "/circulars/{id}/docx": .record(ScopedRecord.circular),
        "/admin/users/{id}/disabled": .record(ScopedRecord.user),
        "/admin/users/{id}/password": .record(ScopedRecord.user),
        "/comments/{id}": .record(ScopedRecord.comment),
        "/portal/{jurisdiction}/{year}": .open,
        "/lang/{code}": .open,
        "/portal/{jurisdiction}/{year}/tasks/{id}": .open,
        "/api/v1/tasks/{id}": .record(ScopedRecord.task),
        "/api/v1/tasks/{id}/progress": .record(ScopedRecord.task),
        "/api/v1/tasks/{id}/deadline-requests": .record(ScopedRecord.task),
        "/api/v1/tasks/{id}/assignment": .record(ScopedRecord.task),
        "/api/v1/progress/{id}/review": .record(ScopedRecord.progressReport),
        "/api/v1/verdicts/{id}/decision": .record(ScopedRecord.verdict),
        "/api/v1/verdicts/{id}/carry-over": .record(ScopedRecord.verdict),
    ]
}

/// Applies `RecordScope` to every request on a captured route, before its handler.
struct RecordScopeMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: PlanStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        guard let path = context.endpointPath, path.contains("{") else { return try await next(request, context) }
        switch RecordScope.rules[path] {
        case .open:
            return try await next(request, context)
        case .record(let record):
            let viewer = try context.requireViewer()
            guard let id = context.parameters.get("id").flatMap(Int.init),
                try await store.contains(record(id), in: viewer.acting.scope)
            else { throw AppError.notFound }
            return try await next(request, context)
        case nil:
            // Closed until it is listed: a route that names a record must say which kind.
            context.logger.error("route \(path) names a record but is not listed in RecordScope.rules")
            throw AppError.notFound
        }
    }
}

import PlanStore

/// Sessions and API tokens as last read from the store (`StoreReadCache`): without it every
/// request would wait its turn at the store twice.
struct SessionCache: Sendable {
    enum Credential: Hashable, Sendable {
        case session(String)
        case apiToken(String)
    }

    private let cache: StoreReadCache<Credential, Viewer?>

    init(store: PlanStore, tolerance: Duration = .seconds(1)) {
        cache = StoreReadCache(store: store, tolerance: tolerance)
    }

    /// The viewer a token hash signs in, if any.
    func viewer(_ credential: Credential) async throws -> Viewer? {
        try await cache.value(credential) { store in
            switch credential {
            case .session(let hash):
                return try await store.session(tokenHash: hash).map { Viewer(user: $0.user, csrfToken: $0.csrfToken) }
            case .apiToken(let hash):
                return try await store.user(apiTokenHash: hash).map { Viewer(user: $0, csrfToken: nil) }
            }
        }
    }
}

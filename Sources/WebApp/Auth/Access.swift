import Hummingbird
import PlanActions
import PlanStore

/// What a viewer may read and which links a page offers, by role. What a viewer may do is the
/// actions' to decide (`ActingUser`, `PlanActions`); these ask the same rules. Which records a
/// viewer reaches (its jurisdiction, its department) is decided in one other place,
/// `RecordScope`, before the route runs.
extension Viewer {
    var isOffice: Bool { acting.isOffice }
    var isAdmin: Bool { acting.isAdmin }
    /// Office and leaders read the whole plan; a department user only its own tasks.
    var readsWholePlan: Bool { user.role != .department }
    /// Leaders give instructions (批示); the office records those given on paper or by phone.
    var mayInstruct: Bool { acting.mayInstruct }
    /// Whose reminders this viewer reads: a department its own, a leader the escalations; the
    /// office sends them and follows them on the supervision page instead.
    var inbox: Inbox? {
        switch user.role {
        case .department: return departmentName.map { .department($0) }
        case .leader: return .leaders
        case .officeAdmin, .officeStaff: return nil
        }
    }

    /// Whether this viewer may see a task (assigned to its department, for a department user).
    func mayRead(_ status: TaskStatus) -> Bool {
        readsWholePlan || isAssigned(status)
    }

    /// Which tasks this viewer sees, as a cache key: viewers with the same scope see the same lists.
    var scope: String {
        readsWholePlan ? "all" : "department:" + (departmentName ?? "")
    }

    func isAssigned(_ status: TaskStatus) -> Bool {
        guard let department = departmentName else { return false }
        return status.lead == department || status.coResponsible.contains(department)
    }
}

extension Viewer {
    /// This viewer as the actions take it.
    var acting: ActingUser { ActingUser(user) }
}

extension AppRequestContext {
    /// The signed-in viewer, or a redirect to the sign-in page (401 under `/api`).
    func requireViewer() throws -> Viewer {
        guard let viewer else { throw AppError.unauthorized }
        return viewer
    }

    /// The signed-in viewer if `allowed` says yes; 403 otherwise.
    func requireViewer(_ allowed: (Viewer) -> Bool) throws -> Viewer {
        let viewer = try requireViewer()
        guard allowed(viewer) else { throw AppError.forbidden }
        return viewer
    }
}

extension Viewer {
    /// Whether this viewer's department is assigned to a task (from the task's own assignments,
    /// so a dropped task is judged the same way).
    func isAssigned(_ task: AllocatedTask) -> Bool {
        guard let department = departmentName else { return false }
        return task.assignments.contains { $0.department == department }
    }

    /// Whether this viewer may see a task at all. A task of another jurisdiction, or of another
    /// department for a department user, is answered as not found: its existence is not told.
    func mayRead(_ task: AllocatedTask, jurisdictionID: Int?) -> Bool {
        guard let jurisdictionID, task.task.jurisdictionID == jurisdictionID else { return false }
        return readsWholePlan || isAssigned(task)
    }
}

/// The task named by a route's `:id`, for pages and API alike.
enum ReadableTask {
    /// The task and the viewer's plan, if the viewer may see the task; not found otherwise.
    static func find(_ context: AppRequestContext, viewer: Viewer, store: PlanStore, snapshots: PlanSnapshots) async throws
        -> (AllocatedTask, PlanSnapshot)
    {
        guard let id = context.parameters.get("id").flatMap(Int.init),
            let plan = try await snapshots.snapshot(jurisdiction: viewer.user.jurisdiction)
        else { throw AppError.notFound }
        let task: AllocatedTask
        do {
            task = try await store.allocatedTask(id)
        } catch {
            if case .notFound = error { throw AppError.notFound }
            throw error
        }
        guard viewer.mayRead(task, jurisdictionID: plan.report.jurisdictionID) else { throw AppError.notFound }
        return (task, plan)
    }
}

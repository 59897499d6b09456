/// The templates and assets compiled into the program (SwiftPM's `embedInCode`, see
/// Package.swift), so that one `luoshi` binary serves from any directory with nothing beside it.
enum ShippedFiles {
    /// The Mustache templates by name (the file name without `.mustache`).
    static let templates: [String: [UInt8]] = [
        "admin": PackageResources.admin_mustache,
        "allocation": PackageResources.allocation_mustache,
        "circular-draft": PackageResources.circular_draft_mustache,
        "circulars": PackageResources.circulars_mustache,
        "comments": PackageResources.comments_mustache,
        "compare": PackageResources.compare_mustache,
        "dashboard": PackageResources.dashboard_mustache,
        "fulfilment": PackageResources.fulfilment_mustache,
        "inbox": PackageResources.inbox_mustache,
        "instruction-list": PackageResources.instruction_list_mustache,
        "instructions": PackageResources.instructions_mustache,
        "layout": PackageResources.layout_mustache,
        "login": PackageResources.login_mustache,
        "pager": PackageResources.pager_mustache,
        "portal": PackageResources.portal_mustache,
        "portal-task": PackageResources.portal_task_mustache,
        "rankings": PackageResources.rankings_mustache,
        "reader": PackageResources.reader_mustache,
        "review": PackageResources.review_mustache,
        "supervision": PackageResources.supervision_mustache,
        "task-table": PackageResources.task_table_mustache,
        "task": PackageResources.task_mustache,
        "tasks": PackageResources.tasks_mustache,
        "workspace": PackageResources.workspace_mustache,
    ]

    /// The stylesheet of every page.
    static let stylesheet = PackageResources.app_css

    /// The OpenAPI 3 document of `/api/v1`.
    static let openAPIDocument = PackageResources.openapi_json
}

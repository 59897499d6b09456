/// This program's release and the git commit it was built from (`luoshi --version`).
enum LuoshiVersion {
    /// The release number, raised with each landed issue that changes what users meet.
    static let release = "0.8.0"

    /// `luoshi 0.8.0 (commit 1a2b3c4d5e6f, 2026-12-04)`.
    static var description: String {
        let date = BuildInfo.commitDate.isEmpty ? "" : ", \(BuildInfo.commitDate)"
        return "luoshi \(release) (commit \(BuildInfo.commit)\(date))"
    }
}

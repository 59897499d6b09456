import Mustache

/// A page model as the templates read it: each struct's fields read by reflection once, then
/// looked up by name. Mustache otherwise reflects a value anew for every name it looks up in it
/// (and a name missing from a row is looked up in every value around it), which made rendering a
/// task page with its rows cost milliseconds.
final class TemplateValue: MustacheParent {
    private let fields: [String: Any]

    private init(fields: [String: Any]) {
        self.fields = fields
    }

    func child(named name: String) -> Any? { fields[name] }

    /// `value` with every struct and class in it (in arrays too) turned into a `TemplateValue`;
    /// strings, numbers, Booleans, dictionaries and enumerations stay as they are, and an empty
    /// optional is nil, as Mustache reads them.
    static func wrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return nil }
            return wrap(wrapped)
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let field = wrap(child.value) else { continue }
                fields[label] = field
            }
            return TemplateValue(fields: fields)
        case .collection:
            return mirror.children.compactMap { wrap($0.value) }
        default:
            return value
        }
    }
}

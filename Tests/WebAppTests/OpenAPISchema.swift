import Foundation

/// Checks JSON values against the schemas of an OpenAPI 3.0 document: the subset Luoshi's
/// document uses ($ref, allOf, type, nullable, enum, required, properties,
/// additionalProperties, items, minimum, maximum). Returns what does not fit, with its path.
struct OpenAPISchema {
    let document: [String: Any]

    init(_ data: Data) throws {
        document = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// The schema of a response: `paths[path][method].responses[status]` as JSON.
    func responseSchema(path: String, method: String, status: Int) -> [String: Any]? {
        let paths = document["paths"] as? [String: Any]
        let operation = (paths?[path] as? [String: Any])?[method] as? [String: Any]
        let responses = operation?["responses"] as? [String: Any]
        let response = responses?[String(status)] as? [String: Any]
        let content = (response?["content"] as? [String: Any])?["application/json"] as? [String: Any]
        return content?["schema"] as? [String: Any]
    }

    /// JSONSerialization gives `true` and `1` alike as NSNumber; only the class tells them apart.
    static func isBoolean(_ value: Any) -> Bool {
        String(describing: type(of: value)).contains("Boolean")
    }

    func problems(_ value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        if let reference = schema["$ref"] as? String {
            let name = String(reference.split(separator: "/").last!)
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
            guard let resolved = schemas?[name] as? [String: Any] else { return ["\(path): unknown schema \(reference)"] }
            return problems(value, against: resolved, at: path)
        }
        if value is NSNull {
            return schema["nullable"] as? Bool == true ? [] : ["\(path): null where not nullable"]
        }
        if let all = schema["allOf"] as? [[String: Any]] {
            return all.flatMap { problems(value, against: $0, at: path) }
        }
        var found: [String] = []
        if let options = schema["enum"] as? [Any] {
            let allowed = options.compactMap { $0 as? String }
            if let text = value as? String, !allowed.contains(text) { found.append("\(path): \(text) not in \(allowed)") }
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): not an object"] }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                found.append("\(path).\(name): required but missing")
            }
            for (name, item) in object {
                if let property = properties[name] as? [String: Any] {
                    found += problems(item, against: property, at: "\(path).\(name)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path).\(name): not in the schema")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    found += problems(item, against: additional, at: "\(path).\(name)")
                }
            }
        case "array":
            guard let array = value as? [Any] else { return ["\(path): not an array"] }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { found += problems(item, against: items, at: "\(path)[\(index)]") }
            }
        case "string":
            if !(value is String) { found.append("\(path): not a string") }
        case "integer":
            if let number = value as? NSNumber, !Self.isBoolean(value), number.doubleValue == number.doubleValue.rounded() {
            } else {
                found.append("\(path): not an integer")
            }
        case "number":
            if let number = value as? NSNumber, !Self.isBoolean(value) {
                if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
                    found.append("\(path): below \(minimum)")
                }
                if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum {
                    found.append("\(path): above \(maximum)")
                }
            } else {
                found.append("\(path): not a number")
            }
        case "boolean":
            if !Self.isBoolean(value) { found.append("\(path): not a boolean") }
        default:
            break
        }
        return found
    }
}

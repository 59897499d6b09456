import Foundation
import Hummingbird

/// A submitted form, URL-encoded or multipart: its text fields and uploaded files. Every
/// handler reads its fields from here and checks the form token through it.
struct FormFields: Sendable {
    /// A file uploaded with a multipart form.
    struct Upload: Sendable {
        var filename: String
        var bytes: [UInt8]
    }

    private(set) var values: [String: [String]] = [:]
    private(set) var uploads: [String: Upload] = [:]

    /// Reads the body of `request` (up to the context's upload limit).
    static func read(_ request: Request, context: AppRequestContext) async throws -> FormFields {
        let contentType = request.headers[.contentType] ?? ""
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: context.maxUploadSize)
        } catch {
            throw AppError(
                .contentTooLarge, code: "too_large", message: "提交的内容太大（上限 24 MB）。 The form is too large (24 MB at most).")
        }
        let fields: FormFields
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = Self.boundary(contentType) else { throw AppError.invalid("表单格式有误。 The form is malformed.") }
            fields = try multipart(buffer, boundary: boundary)
        } else {
            fields = urlEncoded(buffer)
        }
        for (name, values) in fields.values {
            for value in values { try TextLimit.check(value, field: name) }
        }
        for (name, upload) in fields.uploads { try TextLimit.check(upload.filename, field: name) }
        return fields
    }

    private static func urlEncoded(_ buffer: ByteBuffer) -> FormFields {
        var fields = FormFields()
        let body = String(buffer: buffer)
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.values[name, default: []].append(value)
        }
        return fields
    }

    init() {}

    /// The field's first value, trimmed; nil when missing or blank.
    subscript(_ name: String) -> String? {
        guard let value = values[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    func upload(_ name: String) -> Upload? {
        guard let upload = uploads[name], !upload.bytes.isEmpty || !upload.filename.isEmpty else { return nil }
        return upload
    }

    /// A required field, or a 422 naming it.
    func required(_ name: String, label: String) throws -> String {
        guard let value = self[name] else { throw AppError.invalid("请填写「\(label)」。 \(label) is required.") }
        return value
    }

    /// An optional number; a 422 if given but not a number.
    func number(_ name: String, label: String) throws -> Double? {
        guard let text = self[name] else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: "")), value.isFinite else {
            throw AppError.invalid("「\(label)」应为数字。 \(label) must be a number.")
        }
        return value
    }

    /// An optional whole number; a 422 if given but not one.
    func integer(_ name: String, label: String) throws -> Int? {
        guard let text = self[name] else { return nil }
        guard let value = Int(text) else { throw AppError.invalid("「\(label)」应为整数。 \(label) must be a whole number.") }
        return value
    }

    /// A required whole number, or a 422 naming it.
    func requiredInteger(_ name: String, label: String) throws -> Int {
        guard let value = try integer(name, label: label) else { throw AppError.invalid("请填写「\(label)」。 \(label) is required.") }
        return value
    }

    /// The form's token must match the session's: a page of another site cannot post here.
    func checkCSRF(_ viewer: Viewer) throws {
        guard let expected = viewer.csrfToken else { return }  // API tokens: not sent by browsers on their own.
        guard let given = self["_csrf"], Self.constantTimeEqual(given, expected) else { throw AppError.badCSRF }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    private static func decode(_ part: Substring) -> String {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
    }

    private static func boundary(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            }
        }
        return nil
    }

    private static func multipart(_ buffer: ByteBuffer, boundary: String) throws -> FormFields {
        let body: MultipartBody
        do {
            body = try MultipartBody(buffer, boundary: boundary)
        } catch {
            throw AppError.invalid("表单格式有误。 The form is malformed.")
        }
        var fields = FormFields()
        for part in body.parts {
            guard let name = part.disposition("name") else { continue }
            if let filename = part.disposition("filename") {
                // Browsers send a path on some systems: keep the last component.
                let base = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? filename
                fields.uploads[name] = Upload(filename: base, bytes: part.body)
            } else {
                fields.values[name, default: []].append(String(decoding: part.body, as: UTF8.self))
            }
        }
        return fields
    }
}

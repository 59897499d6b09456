import Foundation

/// Tells the encoding of plain text by its bytes: a byte-order mark, valid UTF-8, or GB18030.
enum TextEncoding {
    /// GB18030, a superset of GBK and GB2312 (kCFStringEncodingGB_18030_2000 as NSStringEncoding).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ data: Data, path: String) throws(ReportFileError) -> DecodedReport {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else { throw .undecodable(path: path) }
            return DecodedReport(format: "UTF-8", text: text)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            guard let text = String(data: data.dropFirst(2), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian),
                !looksBinary(text)
            else { throw .undecodable(path: path) }
            return DecodedReport(format: littleEndian ? "UTF-16LE" : "UTF-16BE", text: text)
        }
        if isBinary(bytes) { throw .binary(path: path) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedReport(format: "UTF-8", text: text)
        }
        guard let text = String(data: data, encoding: gb18030), !looksBinary(text) else {
            throw .undecodable(path: path)
        }
        return DecodedReport(format: "GB18030", text: text)
    }

    /// NUL bytes, or many control bytes, in the first 64 KB: not a text file.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        var control = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
        }
        return control * 50 > sample.count
    }

    /// Decoded text full of control characters or private-use code points is mis-decoded.
    private static func looksBinary(_ text: String) -> Bool {
        var odd = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(65_536) {
            total += 1
            let value = scalar.value
            if value == 0 || (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D && value != 0x0C)
                || (0xE000...0xF8FF).contains(value)
            {
                odd += 1
            }
        }
        return total > 0 && odd * 50 > total
    }
}

import Foundation

/// Tells the encoding of plain text by its bytes: a byte-order mark, valid UTF-8, or GB18030.
enum TextEncoding {
    /// GB18030, a superset of GBK and GB2312 (kCFStringEncodingGB_18030_2000 as NSStringEncoding).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ data: Data, path: String) throws(ReportFileError) -> DecodedReport {
        // The bytes are looked at where they lie: copying a report costs as much as checking it.
        let utf8 = data.withUnsafeBytes { raw -> Result<String?, ReportFileError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[3...]), as: UTF8.self) else {
                    return .failure(.undecodable(path: path))
                }
                return .success(text)
            }
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .success(nil) }
            if isBinary(bytes) { return .failure(.binary(path: path)) }
            return .success(String(validating: bytes, as: UTF8.self))
        }
        switch utf8 {
        case .failure(let error): throw error
        case .success(let text?): return DecodedReport(format: "UTF-8", text: text)
        case .success(nil): break
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let littleEndian = data.first == 0xFF
            guard let text = String(data: data.dropFirst(2), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian),
                !looksBinary(text)
            else { throw .undecodable(path: path) }
            return DecodedReport(format: littleEndian ? "UTF-16LE" : "UTF-16BE", text: text)
        }
        guard let text = String(data: data, encoding: gb18030), !looksBinary(text) else {
            throw .undecodable(path: path)
        }
        return DecodedReport(format: "GB18030", text: text)
    }

    /// NUL bytes, or many control bytes, in the first 64 KB: not a text file.
    static func isBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(65_536))
        guard let base = sample.baseAddress else { return false }
        if memchr(base, 0, sample.count) != nil { return true }
        // Tab, line feed, form feed and carriage return are text.
        let textControls: UInt32 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D
        var control = 0
        var index = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        while index < sample.count {
            // Eight bytes without one below 0x20 (a bit trick finds it) are passed over at once:
            // a report has a control byte, its line feed, once a line.
            if index + 8 <= sample.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word &- ones &* 0x20) & ~word & (ones &* 0x80) == 0 {
                    index += 8
                    continue
                }
            }
            let end = min(index + 8, sample.count)
            while index < end {
                let byte = sample[index]
                let isControl = byte < 0x20 && textControls & (1 << UInt32(byte & 0x1F)) == 0
                control &+= isControl ? 1 : 0
                index += 1
            }
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

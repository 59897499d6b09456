import Foundation

/// Why a file could not be read as a report. Each message says what to do about it.
public enum ReportFileError: Error, Equatable, LocalizedError, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case isDirectory(path: String)
    case empty(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case binary(path: String)
    case undecodable(path: String)
    case corruptPDF(path: String, detail: String)
    case pdfWithoutText(path: String)
    case corruptDOCX(path: String, detail: String)
    /// A compressed document (DOCX) that inflates past the size limit.
    case inflatesTooLarge(path: String, limit: Int)
    case missingTool(tool: String, package: String)
    case corruptHTML(path: String)

    public var errorDescription: String? {
        switch self {
        case .notFound(let path):
            return "找不到文件：\(path)。请检查路径。 No such file: \(path). Check the path."
        case .unreadable(let path, let reason):
            return "无法读取文件：\(path)（\(reason)）。请检查文件权限。 Cannot read \(path) (\(reason)). Check its permissions."
        case .isDirectory(let path):
            return "\(path) 是一个目录，不是文件。 \(path) is a directory, not a file."
        case .empty(let path):
            return "文件是空的：\(path)。 The file is empty: \(path)."
        case .tooLarge(let path, let bytes, let limit):
            return
                "文件太大：\(path) 有 \(megabytes(bytes)) MB，上限是 \(megabytes(limit)) MB。 The file is too large: \(path) has \(bytes) bytes, the limit is \(limit)."
        case .binary(let path):
            return "\(path) 是二进制文件，既不是文本，也不是 PDF 或 DOCX。 \(path) is a binary file, neither text nor PDF nor DOCX."
        case .undecodable(let path):
            return
                "无法识别 \(path) 的文字编码（支持 UTF-8、UTF-16、GB18030/GBK）。 Cannot decode \(path): it is not UTF-8, UTF-16 or GB18030/GBK text."
        case .corruptPDF(let path, let detail):
            return "PDF 文件已损坏或无法解析：\(path)（\(detail)）。 The PDF is corrupt or unreadable: \(path) (\(detail))."
        case .pdfWithoutText(let path):
            return "PDF 中没有可提取的文字：\(path)（可能是扫描件，需要先做文字识别）。 The PDF has no text layer: \(path) (a scan? run OCR first)."
        case .corruptDOCX(let path, let detail):
            return "DOCX 文件已损坏或不是 Word 文档：\(path)（\(detail)）。 The DOCX is corrupt or not a Word document: \(path) (\(detail))."
        case .inflatesTooLarge(let path, let limit):
            return
                "\(path) 解压后超过 \(megabytes(limit)) MB 上限，不予读取（可能是恶意压缩文件）。可用 --max-size 调整上限。 \(path) inflates to more than the limit of \(megabytes(limit)) MB and was not read (a zip bomb?); --max-size sets the limit."
        case .corruptHTML(let path):
            return "网页无法解析：\(path)。 The web page cannot be parsed: \(path)."
        case .missingTool(let tool, let package):
            return
                "读取 PDF 需要 \(tool)，请安装 Debian 软件包 \(package)（apt-get install \(package)）。 Reading PDF needs \(tool): install the Debian package \(package) (apt-get install \(package))."
        }
    }

    /// Megabytes with one decimal where it matters (20.5 MB; 50 MB).
    private func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value == value.rounded() || value >= 100 ? String(Int(value)) : String(format: "%.1f", value)
    }
}

#if canImport(Glibc)
    import Glibc
#endif

/// How the C allocator is set up for a run that reads report after report.
enum AllocatorTuning {
    /// Keeps freed memory for the next file. glibc gives every block of 128 KB or more (a
    /// report's text as scalars, its JSON) its own mapping and unmaps it when it is freed, so
    /// each file paid again for faulting in and zeroing those pages: about a tenth of the time
    /// of `luoshi extract` over a folder. The peak memory stays that of the largest file.
    static func keepFreedMemoryForReuse() {
        #if canImport(Glibc)
            // `mallopt` is declared in <malloc.h>, which the Glibc module does not import.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
            _ = mallopt(mmapThreshold, 32 << 20)  // the largest glibc accepts
            _ = mallopt(trimThreshold, 64 << 20)
        #endif
    }
}

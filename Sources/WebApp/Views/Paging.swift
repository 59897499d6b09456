/// One page of a list: which page, how many pages, and the items on it.
struct Paging {
    let page: Int
    let pages: Int
    let perPage: Int

    /// `requested` is clamped to the pages there are (a page past the end shows the last one)
    /// unless `clamped` is false, as the API answers a page past the end with no items.
    init(count: Int, perPage: Int, requested: Int, clamped: Bool = true) {
        self.perPage = perPage
        pages = max(1, (count + perPage - 1) / perPage)
        page = clamped ? min(max(1, requested), pages) : requested
    }

    func items<Items: Collection>(_ all: Items) -> Items.SubSequence {
        all.dropFirst((page - 1) * perPage).prefix(perPage)
    }

    var previous: Int? { page > 1 ? page - 1 : nil }
    var next: Int? { page < pages ? page + 1 : nil }
}

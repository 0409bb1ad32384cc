// The search field keeps every key while the driver is behind. SwiftUI reads the field's value
// from its binding and applies the next key to it; the driver publishes each query's view later,
// on the main actor. Three keys typed in one turn of the main actor (the driver has published
// nothing meanwhile): a binding that read the core's `search` (the old app) sent "a", "b", "c"
// — two keys lost; SearchField sends "a", "al", "ali", and the views of the older queries
// arriving afterwards do not change what the field shows.
import Foundation
import MotpCore
import Testing
@testable import MotpKit

@MainActor
@Suite struct SearchFieldTests {
    @Test func everyKeyIsKeptWhileTheDriverIsBehind() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        _ = try await phone.addVectorToken(v)

        // The old binding: the field showed the core's search.
        for key in "abc" {
            let query = (phone.list?.search ?? "") + String(key)
            phone.model.send { .list(.searchChanged(query: query, nowMs: $0)) }
        }
        await phone.model.driver.settled()
        #expect(phone.list?.search == "c", "the core's search as the field's value loses keys")
        await phone.send { .list(.searchChanged(query: "", nowMs: $0)) }

        // The field's own text.
        var field = SearchField(coreSearch: phone.list?.search ?? "")
        let before = phone.shown.count
        for key in "ali" {
            if let query = field.edited(field.text + String(key)) {
                phone.model.send { .list(.searchChanged(query: query, nowMs: $0)) }
            }
        }
        await phone.model.driver.settled()
        #expect(field.text == "ali")
        #expect(phone.list?.search == "ali", "every key reached the core")
        #expect(phone.list?.rows.map(\.account) == ["alice"])
        let published = phone.shown[before...].compactMap { view -> String? in
            if case .list(let l) = view.screen { return l.search } else { return nil }
        }
        #expect(published == ["a", "al", "ali"], "the older queries' views came after the keys")
        #expect(field.edited("ali") == nil, "an unchanged text sends nothing")
        // Drawn anew (back from a token's details): the filter in force.
        #expect(SearchField(coreSearch: phone.list?.search ?? "").text == "ali")
    }
}

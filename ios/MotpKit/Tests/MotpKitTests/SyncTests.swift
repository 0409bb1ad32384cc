// Two iPhones keep one vault through a real WebDAV server (Apache mod_dav on loopback, started by
// scripts/test-ios-kit.sh), every request sent by MotpKit's own URLSession client: A links (the
// folder made with MKCOL, the vault uploaded), B — a copy of A's vault file — links and merges,
// B's new token goes up two seconds after it is saved, and A's pull-down brings it in. An
// unreachable server is said in the user's words, and nothing is lost.
import Foundation
import MotpCore
import Testing
@testable import MotpKit

/// The server the test script started: "URL USER PASSWORD" in the staged test data.
func webDav() throws -> (url: String, user: String, password: String) {
    let line = String(decoding: try testData("webdav.txt"), as: UTF8.self)
    let parts = line.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
    try #require(parts.count == 3, "webdav.txt holds URL USER PASSWORD: \(line)")
    return (parts[0], parts[1], parts[2])
}

extension Phone {
    var sync: SyncView? { if case .settings(let s) = screen { return s.sync } else { return nil } }

    func setUpSync(_ url: String, _ user: String, _ password: String) async {
        await send { .navigate(to: .settings, nowMs: $0) }
        await send { .settings(.setUpSync(url: url, user: user, password: text(password), nowMs: $0)) }
    }

    var accounts: [String] { (list?.rows.map(\.account) ?? []).sorted() }
}

@MainActor
@Suite struct Sync {
    @Test func twoPhonesThroughARealWebDavServer() async throws {
        let server = try webDav()
        let url = "\(server.url)ios-\(UUID().uuidString)/vault.motp"
        let v = try Vector.first()
        let a = try Phone(now: v.atMs)
        await a.createVault()
        _ = try await a.addVectorToken(v)
        await a.setUpSync(url, server.user, server.password)
        let linked = try #require(a.sync)
        #expect(linked.linked)
        #expect(linked.lastResult == "Synced just now.", "A's first sync (MKCOL, PUT): \(String(describing: linked.lastResult))")

        // B: a copy of A's vault file, opened with the password, linked to the same file.
        let dirB = FileManager.default.temporaryDirectory.appendingPathComponent("motpkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dirB, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: a.dir.appendingPathComponent("tokens.motp"),
                                         to: dirB.appendingPathComponent("tokens.motp"))
        let b = try Phone(now: v.atMs, dir: dirB)
        await b.send { .started(nowMs: $0) }
        await b.send { .unlock(.unlockWithPassword(password: text("correct horse battery"), nowMs: $0)) }
        #expect(b.accounts == ["alice"])
        await b.setUpSync(url, server.user, server.password)
        #expect(b.sync?.lastResult == "Synced just now.")

        // B adds a token; its sync runs two seconds later, on the one timer.
        await b.send { .navigate(to: .add, nowMs: $0) }
        await b.send { .add(.uriPasted(uri: text("otpauth://totp/VPN:bob?secret=GEZDGNBVGY3TQOJQ&issuer=VPN"), nowMs: $0)) }
        await b.send { .add(.previewAccepted(nowMs: $0)) }
        await b.send { .add(.confirmAdd(nowMs: $0)) }
        #expect(b.accounts == ["alice", "bob"])
        await b.run(to: b.ticker.nowMs() + 2_000)

        // A's pull-down brings B's token in, and the notice says so.
        await a.send { .back(nowMs: $0) }
        await a.send { .list(.refresh(nowMs: $0)) }
        #expect(a.accounts == ["alice", "bob"])
        let notice = try #require(a.model.view.notice)
        #expect(notice.text.contains("1 added"), "\(notice.text)")

        // An unreachable server: the user's words, nothing lost.
        await a.send { .navigate(to: .settings, nowMs: $0) }
        await a.send { .settings(.turnOffSync(nowMs: $0)) }
        await a.setUpSync("http://127.0.0.1:1/dav/vault.motp", "", "")
        let said = try #require(a.sync?.lastResult)
        #expect(said.contains("The sync server cannot be reached"), "\(said)")
        await a.send { .back(nowMs: $0) }
        #expect(a.accounts == ["alice", "bob"])
    }
}

/// A backup version's file name as the core writes it (`motp_core::vault::backup_name`).
func backupName(_ atMs: Int64) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyyMMdd-HHmmss"
    return "mOTP-Token-backup-" + f.string(from: Date(timeIntervalSince1970: Double(atMs) / 1000)) + ".motp"
}

@MainActor
@Suite struct BackupVersions {
    /// After a backup the folder is listed through Files and the versions past keeping deleted
    /// (12 old ones → the latest 10, the user's own file untouched); "Restore" lists them, each
    /// read through Files for its token count.
    @Test func versionedRotatedAndListedThroughFiles() async throws {
        let v = try Vector.first()
        let phone = try Phone(now: v.atMs)
        await phone.createVault()
        await phone.send { .navigate(to: .backups, nowMs: $0) }
        await phone.send { .backups(.setBackupFolder(folder: "bookmark", nowMs: $0)) }
        let day: Int64 = 86_400_000
        phone.files.saved.with { saved in
            for k in 0..<12 { saved.append((backupName(v.atMs - (40 + Int64(k)) * day), Data([1]))) }
            saved.append(("notes.txt", Data("mine".utf8)))
        }
        _ = try await phone.addVectorToken(v)
        let names = Set(phone.files.saved.get.map(\.name))
        #expect(names.filter { $0.hasPrefix("mOTP-Token-backup-") }.count == 10, "\(names.sorted())")
        #expect(names.contains("notes.txt"), "the user's own file is never touched")
        #expect(names.contains(backupName(v.atMs)), "the new backup is named with its time")

        await phone.send { .navigate(to: .backups, nowMs: $0) }
        await phone.send { .backups(.showBackupVersions(nowMs: $0)) }
        guard case .backups(let b) = phone.screen, let versions = b.versions else {
            Issue.record("no versions: \(phone.screen)")
            return
        }
        #expect(versions.count == 10)
        #expect(versions[0].readable && versions[0].text.hasSuffix("1 token"), "\(versions[0].text)")
        #expect(versions.dropFirst().allSatisfy { !$0.readable })
    }
}

// The app's event loop, off the main actor: events go in one queue, in order, and none is
// dropped; each is dispatched to the Rust core (microseconds), the effects it returns are
// carried out through the Platform protocols, and the view after it is published to the
// @MainActor model. Slow work (AppJob: Argon2id, fsync, imports, NTP) and everything that waits
// for the user (Face ID, file dialogs, the camera's permission prompt) runs in its own task and
// comes back as a later event, so the queue never waits for it (docs/mobile-api.md, threading
// rules 2 and 3).
import Foundation
import MotpCore

public actor AppDriver {
    private enum Input: Sendable {
        /// An event from the user, the lifecycle or the timer.
        case event(AppEvent)
        /// The answer of an effect carried out in its own task (counted in `outstanding`);
        /// nil when there is none to give (a job run twice).
        case answer(AppEvent?)
        /// The answer of a camera start or stop (counted in `outstanding`), handled only if no
        /// camera start or stop was asked for since (`run` is still `cameraRun`).
        case cameraAnswer(run: Int, AppEvent?)
        /// The newest camera frame waits in `frames`.
        case frame
        /// Resumed once everything queued before it has been handled.
        case barrier(CheckedContinuation<Void, Never>)
    }

    private let core: AppCore
    private let platform: Platform
    private let publish: @MainActor @Sendable (AppView, String?) -> Void
    private let inbox: AsyncStream<Input>.Continuation
    private let frames = FrameSlot()
    /// Effects carried out in their own task whose answer has not been handled yet.
    private var outstanding = 0
    /// The last camera start or stop: each runs after the one before, off the queue.
    private var cameraOps: Task<Void, Never>?
    /// Counts camera starts and stops: an answer is about the current run or dropped.
    private var cameraRun = 0
    /// The controls' words of the last view, in the user's language (device-key failures are
    /// said with them).
    private var labels: Labels
    /// Events the core handled, and events it refused (Locked, Busy, NotAvailable).
    public private(set) var handled = 0
    public private(set) var refused = 0

    /// `publish` receives every view, in order, with the sentence of a refused event.
    public init(core: AppCore, platform: Platform, publish: @escaping @MainActor @Sendable (AppView, String?) -> Void) {
        self.core = core
        self.platform = platform
        self.publish = publish
        self.labels = core.view().labels
        let (stream, inbox) = AsyncStream.makeStream(of: Input.self, bufferingPolicy: .unbounded)
        self.inbox = inbox
        Task { await self.run(stream) }
    }

    /// Queues an event; callable from any thread. Events are handled in the order sent.
    public nonisolated func send(_ event: AppEvent) {
        inbox.yield(.event(event))
    }

    /// Offers a camera frame; callable from the camera's queue. Only the newest frame not yet
    /// decoded is kept: a scanner delivers frames faster than they need decoding.
    public nonisolated func offer(_ frame: LumaFrame) {
        if frames.put(frame) { inbox.yield(.frame) }
    }

    /// Returns once every event sent before the call, and every answer of an effect they
    /// started (jobs, prompts, dialogs), has been handled. For tests and the benchmark.
    public func settled() async {
        while true {
            await drained()
            if outstanding == 0 { return }
            try? await Task.sleep(for: .milliseconds(1))
        }
    }

    /// Returns once every event sent before the call has been handled (effects still being
    /// carried out, such as a prompt that is up, are not waited for).
    public func drained() async {
        await withCheckedContinuation { inbox.yield(.barrier($0)) }
    }

    /// Stops the loop (the queue is closed; later events are ignored).
    public nonisolated func shutDown() {
        inbox.finish()
    }

    private func run(_ stream: AsyncStream<Input>) async {
        for await input in stream {
            switch input {
            case .event(let e):
                await handle(e)
            case .answer(let e):
                outstanding -= 1
                if let e { await handle(e) }
            case .cameraAnswer(let run, let e):
                outstanding -= 1
                // A start that failed after the user had stopped that scan and begun another
                // must not end the new one.
                if let e, run == cameraRun { await handle(e) }
            case .frame:
                guard let f = frames.take() else { continue }
                let event = AppEvent.add(.cameraFrame(luma: SensitiveBytes(bytes: f.luma), width: UInt32(f.width),
                                                 height: UInt32(f.height), rowStride: UInt32(f.bytesPerRow),
                                                 nowMs: platform.ticker.nowMs()))
                // A frame that arrives after the scan ended is expected: not a refusal to show.
                await handle(event, quietRefusal: true)
            case .barrier(let c):
                c.resume()
            }
        }
    }

    private func handle(_ event: AppEvent, quietRefusal: Bool = false) async {
        var refusal: String?
        do {
            let effects = try core.dispatch(event: event)
            handled += 1
            for fx in effects { await carryOut(fx) }
        } catch {
            refused += 1
            if quietRefusal { return }
            refusal = (error as? AppCoreError)?.message ?? error.localizedDescription
        }
        let view = core.view()
        labels = view.labels
        await publish(view, refusal)
    }

    /// Runs `work` in its own task and queues the event it answers.
    private func answerLater(_ work: @escaping @Sendable () async -> AppEvent?) {
        outstanding += 1
        let inbox = self.inbox
        Task.detached { let answer = await work(); _ = inbox.yield(.answer(answer)) }
    }

    /// Runs a camera start or stop in its own task, after the one asked for before it. A start
    /// can wait for the user (the camera permission prompt) and must not hold the queue; a
    /// stop asked for meanwhile (the user went back) must still come after it, or the camera
    /// would be left on with nobody scanning. Each begins a new camera run.
    private func cameraLater(_ work: @escaping @Sendable () async -> AppEvent?) {
        outstanding += 1
        cameraRun += 1
        let run = cameraRun
        let inbox = self.inbox
        let previous = cameraOps
        cameraOps = Task.detached {
            await previous?.value
            let answer = await work()
            _ = inbox.yield(.cameraAnswer(run: run, answer))
        }
    }

    private func carryOut(_ fx: AppEffect) async {
        let p = platform
        switch fx {
        case .scheduleTick(let at):
            p.ticker.rearm(atMs: at) { [weak self] in self?.send(.tick(nowMs: p.ticker.nowMs())) }
        case .runJob(let job):
            answerLater {
                do {
                    let outcome = try job.run()
                    return .jobFinished(outcome: outcome, nowMs: p.ticker.nowMs())
                } catch {
                    // Only a job run twice fails (NotAvailable): there is no outcome to hand back.
                    return nil
                }
            }
        case .unwrapWithDeviceKey(let request, let protectorId, let wrapped, let prompt):
            answerLater { [weak self] in
                let answer = await p.deviceKeys.unwrap(protectorId: protectorId, wrapped: wrapped, prompt: prompt)
                if case .done(let key) = answer {
                    return .deviceKeyUnwrapped(request: request, key: SensitiveBytes(bytes: key), nowMs: p.ticker.nowMs())
                }
                return Self.deviceKeyRefusal(request, answer, await self?.labels, p)
            }
        case .wrapWithDeviceKey(let request, let protectorId, let key, let prompt):
            answerLater { [weak self] in
                let answer = await p.deviceKeys.wrap(protectorId: protectorId, key: key.expose(), prompt: prompt)
                if case .done(let wrapped) = answer {
                    return .deviceKeyWrapped(request: request, wrapped: wrapped, nowMs: p.ticker.nowMs())
                }
                return Self.deviceKeyRefusal(request, answer, await self?.labels, p)
            }
        case .deleteDeviceKey(let protectorId):
            await p.deviceKeys.delete(protectorId: protectorId)
        case .startCamera:
            cameraLater { [weak self] in
                guard let problem = await p.camera.start(onFrame: { [weak self] frame in self?.offer(frame) }) else {
                    return nil
                }
                return .add(.cameraUnavailable(problem: problem, nowMs: p.ticker.nowMs()))
            }
        case .stopCamera:
            cameraLater { [frames] in
                await p.camera.stop()
                _ = frames.take()
                return nil
            }
        case .copyToClipboard(let text, let sensitive, let clearAfterMs):
            let expires = clearAfterMs.map { p.ticker.nowMs() + Int64(clamping: $0) }
            await p.clipboard.copy(text.expose(), sensitive: sensitive, expiresAtMs: expires)
        case .saveFile(let request, let name, let mime, let bytes):
            answerLater { Self.fileEvent(request, await p.files.save(suggestedName: name, mimeType: mime, bytes: bytes.expose()), p) }
        case .saveToFolder(let request, let folder, let fileName, let bytes):
            answerLater { Self.fileEvent(request, await p.files.saveToFolder(folder: folder, fileName: fileName, bytes: bytes.expose()), p) }
        case .openFile(let request, let mimeTypes):
            answerLater { Self.fileEvent(request, await p.files.open(mimeTypes: mimeTypes), p) }
        case .listFolder(let request, let folder):
            answerLater {
                do {
                    return .folderListed(request: request, listing: FolderListing(fileNames: try await p.files.listFolder(folder: folder)),
                                         nowMs: p.ticker.nowMs())
                } catch {
                    return .fileFailed(request: request, reason: error.localizedDescription, nowMs: p.ticker.nowMs())
                }
            }
        case .readFromFolder(let request, let folder, let fileName):
            answerLater { Self.fileEvent(request, await p.files.readFromFolder(folder: folder, fileName: fileName), p) }
        case .deleteFromFolder(let folder, let fileNames):
            // No answer: a version left behind goes with the next rotation.
            answerLater {
                await p.files.deleteFromFolder(folder: folder, fileNames: fileNames)
                return nil
            }
        case .askNetworkTime(let request):
            answerLater {
                guard let r = await p.networkTime.reading() else {
                    return .networkTimeUnavailable(request: request, nowMs: p.ticker.nowMs())
                }
                return .networkTimeAnswered(request: request, networkMs: r.networkMs, deviceMs: r.deviceMs,
                                            uncertaintyMs: r.uncertaintyMs, source: r.source)
            }
        case .persistSettings(let settings):
            p.settings.save(settings)
        case .haptic(let kind):
            p.feedback.haptic(kind)
        case .announce(let text):
            p.feedback.announce(text)
        case .sendHttp(let request, let call):
            let out = OutgoingRequest(call)
            answerLater {
                if out.delayMs > 0 { try? await Task.sleep(nanoseconds: out.delayMs * 1_000_000) }
                switch await p.http.send(out) {
                case .answered(let status, let etag, let body):
                    return .httpAnswered(request: request, status: UInt16(clamping: status), etag: etag,
                                         body: SensitiveBytes(bytes: body), nowMs: p.ticker.nowMs())
                case .failed(let failure, let detail):
                    return .httpFailed(request: request, failure: failure, detail: detail, nowMs: p.ticker.nowMs())
                }
            }
        }
    }

    /// The event for a device-key prompt that did not give a key. Lockout, "not interactive" and
    /// "not available" are failures in the core's own words (`labels`, the user's language now),
    /// never the system's text; "not available" is not "invalidated": the key is still there.
    private static func deviceKeyRefusal(_ request: UInt64, _ answer: DeviceKeyAnswer, _ labels: Labels?, _ p: Platform) -> AppEvent {
        let now = p.ticker.nowMs()
        let words: (Labels) -> String
        switch answer {
        case .done, .cancelled: return .deviceKeyCancelled(request: request, nowMs: now)
        case .invalidated: return .deviceKeyInvalidated(request: request, nowMs: now)
        case .failed(let reason): return .deviceKeyFailed(request: request, reason: reason, nowMs: now)
        case .lockedOut: words = { $0.deviceKeyLockedOut }
        case .notInteractive: words = { $0.deviceKeyNotInteractive }
        case .notAvailable: words = { $0.deviceKeyNotAvailable }
        }
        // The driver is gone only when the app is: nobody reads the answer then.
        guard let labels else { return .deviceKeyCancelled(request: request, nowMs: now) }
        return .deviceKeyFailed(request: request, reason: words(labels), nowMs: now)
    }

    private static func fileEvent(_ request: UInt64, _ answer: FileAnswer, _ p: Platform) -> AppEvent {
        let now = p.ticker.nowMs()
        switch answer {
        case .saved: return .fileSaved(request: request, nowMs: now)
        case .opened(let name, let bytes): return .fileOpened(request: request, name: name, bytes: SensitiveBytes(bytes: bytes), nowMs: now)
        case .cancelled: return .fileFailed(request: request, reason: nil, nowMs: now)
        case .failed(let reason): return .fileFailed(request: request, reason: reason, nowMs: now)
        }
    }
}

/// The newest camera frame not yet handed to the core (a one-slot mailbox).
final class FrameSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var frame: LumaFrame?

    /// Stores `f`; true if the slot was empty (a new `.frame` input is needed).
    func put(_ f: LumaFrame) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let wasEmpty = frame == nil
        frame = f
        return wasEmpty
    }

    func take() -> LumaFrame? {
        lock.lock()
        defer { lock.unlock() }
        let f = frame
        frame = nil
        return f
    }
}

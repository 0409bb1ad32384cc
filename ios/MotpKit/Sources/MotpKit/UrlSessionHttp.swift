// Sends the app core's HTTP requests (the WebDAV sync's GET, HEAD, PUT and MKCOL) with
// URLSession — FoundationNetworking on Linux, the system's on the iPhone — so the device's proxy,
// VPN and trusted certificates apply, and the tests here send through the very code the phone
// runs. The core decides what to send and what an answer means; this file only carries bytes
// and says what went wrong on the way. Certificate errors are failures: nothing here trusts
// more than the system does, and no redirect is followed (a redirect would carry the server's
// password elsewhere).
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MotpCore

/// One request, copied out of the core's `HttpCall`. `authorization` is a secret: the
/// description never shows it.
public struct OutgoingRequest: Sendable, CustomStringConvertible {
    public let method: String
    public let url: String
    public let headers: [(name: String, value: String)]
    public let authorization: String?
    public let body: Data
    public let delayMs: UInt64
    public let timeoutMs: UInt64
    public let maxBodyBytes: UInt64

    public init(_ call: HttpCall) {
        method = call.method
        url = call.url
        headers = call.headers.map { ($0.name, $0.value) }
        authorization = call.authorization?.expose()
        body = call.body.expose()
        delayMs = call.delayMs
        timeoutMs = call.timeoutMs
        maxBodyBytes = call.maxBodyBytes
    }

    public var description: String { "OutgoingRequest(\(method) \(url), \(body.count) bytes)" }
}

/// How a request ended: the server's answer (any status), or no answer.
public enum HttpOutcome: Sendable {
    case answered(status: Int, etag: String?, body: Data)
    case failed(HttpFailure, String)
}

/// The phone's HTTP client, for the sync's requests.
public protocol Http: Sendable {
    func send(_ request: OutgoingRequest) async -> HttpOutcome
}

/// URLSession, ephemeral (no cache, no cookies), no redirects.
public struct UrlSessionHttp: Http {
    public init() {}

    public func send(_ request: OutgoingRequest) async -> HttpOutcome {
        guard let url = URL(string: request.url) else { return .failed(.other, "not a web address") }
        var r = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData,
                           timeoutInterval: Double(request.timeoutMs) / 1000)
        r.httpMethod = request.method
        for h in request.headers { r.setValue(h.value, forHTTPHeaderField: h.name) }
        if let a = request.authorization { r.setValue(a, forHTTPHeaderField: "Authorization") }
        if !request.body.isEmpty { r.httpBody = request.body }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let result: (Data?, URLResponse?, Error?) = await withCheckedContinuation { done in
            session.dataTask(with: r) { data, response, error in done.resume(returning: (data, response, error)) }.resume()
        }
        if let error = result.2 { return Self.failure(error) }
        guard let http = result.1 as? HTTPURLResponse else { return .failed(.other, "no HTTP answer") }
        let body = result.0 ?? Data()
        if UInt64(body.count) > request.maxBodyBytes {
            return .failed(.tooLarge, "more than \(request.maxBodyBytes) bytes")
        }
        let etag = http.allHeaderFields.first { ($0.key as? String)?.lowercased() == "etag" }?.value as? String
        return .answered(status: http.statusCode, etag: etag, body: body)
    }

    /// A URLSession error in the core's terms.
    static func failure(_ error: Error) -> HttpOutcome {
        let detail = error.localizedDescription
        guard let e = error as? URLError else { return .failed(.other, detail) }
        switch e.code {
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
             .serverCertificateNotYetValid, .secureConnectionFailed, .clientCertificateRejected,
             .clientCertificateRequired:
            return .failed(.certificate, detail)
        case .timedOut:
            return .failed(.timedOut, detail)
        case .cannotFindHost, .cannotConnectToHost, .notConnectedToInternet, .networkConnectionLost,
             .dnsLookupFailed, .internationalRoamingOff, .dataNotAllowed:
            return .failed(.unreachable, detail)
        default:
            return .failed(.other, detail)
        }
    }
}

/// Refuses every redirect: the answer to the request itself is what the core reads.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

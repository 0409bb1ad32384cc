// Sends the app core's HTTP requests (the WebDAV sync's GET, HEAD, PUT and MKCOL) with
// java.net.HttpURLConnection: the same class on Android (where the system backs it) and on the
// JVM, so the device's proxy, VPN and trusted certificates — a company CA the user installed
// included — apply, and the tests here send through the very code the phone runs. The core
// decides what to send and what an answer means; this file only carries bytes and words what
// went wrong on the way. Certificate errors are failures: nothing here trusts more than the
// platform does.
package app.motp.shell

import app.motp.core.HttpFailure
import java.io.IOException
import java.io.InputStream
import java.net.ConnectException
import java.net.HttpURLConnection
import java.net.NoRouteToHostException
import java.net.ProtocolException
import java.net.SocketTimeoutException
import java.net.URL
import java.net.UnknownHostException
import javax.net.ssl.SSLHandshakeException
import javax.net.ssl.SSLPeerUnverifiedException

/**
 * One request, copied out of the core's `HttpCall` (whose native objects are released as soon as
 * the effect is carried out). [authorization] is a secret: [toString] never shows it.
 */
class OutgoingRequest(
    val method: String,
    val url: String,
    val headers: List<Pair<String, String>>,
    val authorization: String?,
    val body: ByteArray,
    val delayMs: Long,
    val timeoutMs: Long,
    val maxBodyBytes: Long,
) {
    override fun toString() = "OutgoingRequest($method $url, ${body.size} bytes)"
}

/** How a request ended: the server's answer (any status), or no answer. */
sealed interface HttpOutcome {
    class Answered(val status: Int, val etag: String?, val body: ByteArray) : HttpOutcome {
        override fun toString() = "Answered($status, etag=$etag, ${body.size} bytes)"
    }

    data class Failed(val failure: HttpFailure, val detail: String) : HttpOutcome
}

/** Sends one request and waits for its answer (blocking: the shell calls it off the loop). */
fun interface Http {
    fun send(request: OutgoingRequest): HttpOutcome
}

/** The platform's own client. */
class UrlConnectionHttp : Http {
    override fun send(request: OutgoingRequest): HttpOutcome {
        val connection = try {
            URL(request.url).openConnection() as HttpURLConnection
        } catch (e: Exception) {
            return HttpOutcome.Failed(HttpFailure.OTHER, e.message ?: e.javaClass.simpleName)
        }
        return try {
            connection.instanceFollowRedirects = false
            connection.useCaches = false
            connection.connectTimeout = request.timeoutMs.toInt()
            connection.readTimeout = request.timeoutMs.toInt()
            setMethod(connection, request.method)
            for ((name, value) in request.headers) connection.setRequestProperty(name, value)
            request.authorization?.let { connection.setRequestProperty("Authorization", it) }
            if (request.body.isNotEmpty()) {
                connection.doOutput = true
                connection.setFixedLengthStreamingMode(request.body.size)
                connection.outputStream.use { it.write(request.body) }
            }
            val status = connection.responseCode
            val etag = connection.getHeaderField("ETag")
            val stream = if (status >= 400) connection.errorStream else connection.inputStream
            val body = stream?.use { readCapped(it, request.maxBodyBytes) } ?: ByteArray(0)
            HttpOutcome.Answered(status, etag, body)
        } catch (e: TooLarge) {
            HttpOutcome.Failed(HttpFailure.TOO_LARGE, "more than ${request.maxBodyBytes} bytes")
        } catch (e: SSLHandshakeException) {
            HttpOutcome.Failed(HttpFailure.CERTIFICATE, detail(e))
        } catch (e: SSLPeerUnverifiedException) {
            HttpOutcome.Failed(HttpFailure.CERTIFICATE, detail(e))
        } catch (e: SocketTimeoutException) {
            HttpOutcome.Failed(HttpFailure.TIMED_OUT, detail(e))
        } catch (e: UnknownHostException) {
            HttpOutcome.Failed(HttpFailure.UNREACHABLE, detail(e))
        } catch (e: ConnectException) {
            HttpOutcome.Failed(HttpFailure.UNREACHABLE, detail(e))
        } catch (e: NoRouteToHostException) {
            HttpOutcome.Failed(HttpFailure.UNREACHABLE, detail(e))
        } catch (e: IOException) {
            HttpOutcome.Failed(HttpFailure.OTHER, detail(e))
        } finally {
            connection.disconnect()
        }
    }

    private class TooLarge : IOException()

    private fun detail(e: Exception) = e.message?.takeIf { it.isNotBlank() } ?: e.javaClass.simpleName

    private fun readCapped(stream: InputStream, maxBodyBytes: Long): ByteArray {
        val out = java.io.ByteArrayOutputStream()
        val buffer = ByteArray(16 * 1024)
        while (true) {
            val n = stream.read(buffer)
            if (n < 0) return out.toByteArray()
            if (out.size() + n > maxBodyBytes) throw TooLarge()
            out.write(buffer, 0, n)
        }
    }

    /**
     * HttpURLConnection takes only HTTP/1.1's own methods; WebDAV's MKCOL (make a folder, sent
     * only when the vault's folder is missing) goes into its `method` field, which is part of the
     * class's public API (protected) on Android and the JVM — and into the connection an HTTPS
     * connection wraps, where there is one. On the JVM this needs
     * `--add-opens java.base/java.net=ALL-UNNAMED`; where the field cannot be set, the request
     * fails with a sentence saying to make the folder on the server.
     */
    private fun setMethod(connection: HttpURLConnection, method: String) {
        try {
            connection.requestMethod = method
            return
        } catch (_: ProtocolException) {
        }
        try {
            val field = HttpURLConnection::class.java.getDeclaredField("method")
            field.isAccessible = true
            field.set(connection, method)
            delegateOf(connection)?.let { field.set(it, method) }
        } catch (e: Exception) {
            throw ProtocolException("this device's HTTP client cannot send $method: make the vault's folder on the server, then sync again")
        }
    }

    private fun delegateOf(connection: HttpURLConnection): HttpURLConnection? {
        var type: Class<*>? = connection.javaClass
        while (type != null && type != HttpURLConnection::class.java) {
            val field = type.declaredFields.firstOrNull { it.name == "delegate" && HttpURLConnection::class.java.isAssignableFrom(it.type) }
            if (field != null) {
                field.isAccessible = true
                return field.get(connection) as? HttpURLConnection
            }
            type = type.superclass
        }
        return null
    }
}

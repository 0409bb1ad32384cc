package app.motp.android

import android.content.Context
import android.net.Uri
import android.provider.DocumentsContract
import android.provider.OpenableColumns
import app.motp.shell.FileOutcome
import app.motp.shell.Files
import app.motp.shell.OpenedFile
import java.io.IOException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

/**
 * The Storage Access Framework: the save dialog for an export, the open dialog for an import,
 * and the backup folder the user granted once (a persisted tree URI) for automatic backups.
 * Failures are described in the user's language (res/values-…/strings.xml): the core quotes them
 * as the detail of its own sentence. The system's exception messages are quoted as they come.
 */
class SafFiles(private val context: Context, private val host: ActivityHost) : Files {
    override suspend fun save(suggestedName: String, mimeType: String, bytes: ByteArray): FileOutcome {
        val uri = host.createDocument(suggestedName, mimeType) ?: return FileOutcome.Cancelled
        return write(uri, bytes)
    }

    override suspend fun saveToFolder(folder: String, fileName: String, bytes: ByteArray): FileOutcome = withContext(Dispatchers.IO) {
        try {
            val tree = Uri.parse(folder)
            val parent = DocumentsContract.buildDocumentUriUsingTree(tree, DocumentsContract.getTreeDocumentId(tree))
            val doc = DocumentsContract.createDocument(context.contentResolver, parent, "application/octet-stream", fileName)
                ?: return@withContext FileOutcome.Failed(context.getString(R.string.file_folder_refused))
            write(doc, bytes)
        } catch (e: Exception) { // SecurityException when the grant was revoked, IOException, IllegalArgumentException
            FileOutcome.Failed(e.message ?: e.javaClass.simpleName)
        }
    }

    override suspend fun open(mimeTypes: List<String>): OpenedFile? {
        val uri = host.openDocument(mimeTypes.ifEmpty { listOf("*/*") }) ?: return null
        return withContext(Dispatchers.IO) {
            val resolver = context.contentResolver
            val name = resolver.query(uri, arrayOf(OpenableColumns.DISPLAY_NAME), null, null, null)?.use { c ->
                if (c.moveToFirst()) c.getString(0) else null
            } ?: uri.lastPathSegment ?: context.getString(R.string.file_default_name)
            val bytes = readCapped(uri, name)
            OpenedFile(name, bytes)
        }
    }

    /** The backup folder's children: (document id, display name). */
    private fun children(folder: String): List<Pair<String, String>> {
        val tree = Uri.parse(folder)
        val uri = DocumentsContract.buildChildDocumentsUriUsingTree(tree, DocumentsContract.getTreeDocumentId(tree))
        val columns = arrayOf(DocumentsContract.Document.COLUMN_DOCUMENT_ID, DocumentsContract.Document.COLUMN_DISPLAY_NAME)
        val out = mutableListOf<Pair<String, String>>()
        context.contentResolver.query(uri, columns, null, null, null)?.use { c ->
            while (c.moveToNext()) out += c.getString(0) to c.getString(1)
        } ?: throw IOException(context.getString(R.string.file_folder_refused))
        return out
    }

    override suspend fun listFolder(folder: String): List<String> = withContext(Dispatchers.IO) {
        children(folder).map { it.second }
    }

    override suspend fun readFromFolder(folder: String, fileName: String): ByteArray? = withContext(Dispatchers.IO) {
        val tree = Uri.parse(folder)
        val id = children(folder).firstOrNull { it.second == fileName }?.first ?: return@withContext null
        val doc = DocumentsContract.buildDocumentUriUsingTree(tree, id)
        readCapped(doc, fileName)
    }

    /** A document's bytes; backups are kilobytes, so a huge file is refused, not read into memory. */
    private fun readCapped(uri: Uri, name: String): ByteArray =
        context.contentResolver.openInputStream(uri)?.use { input ->
            val out = java.io.ByteArrayOutputStream()
            val buf = ByteArray(64 * 1024)
            while (true) {
                val n = input.read(buf)
                if (n < 0) break
                out.write(buf, 0, n)
                if (out.size() > MAX_IMPORT_BYTES) throw IOException(context.getString(R.string.file_too_large, name, MAX_IMPORT_BYTES / (1024 * 1024)))
            }
            out.toByteArray()
        } ?: throw IOException(context.getString(R.string.file_not_opened, name))

    override suspend fun deleteFromFolder(folder: String, fileNames: List<String>) = withContext(Dispatchers.IO) {
        val tree = Uri.parse(folder)
        for ((id, name) in children(folder)) if (name in fileNames) {
            try {
                DocumentsContract.deleteDocument(context.contentResolver, DocumentsContract.buildDocumentUriUsingTree(tree, id))
            } catch (_: Exception) {
                // Left for the next rotation (a provider that refuses, a revoked grant).
            }
        }
    }

    private suspend fun write(uri: Uri, bytes: ByteArray): FileOutcome = withContext(Dispatchers.IO) {
        try {
            context.contentResolver.openFileDescriptor(uri, "wt")?.use { pfd ->
                java.io.FileOutputStream(pfd.fileDescriptor).use { out ->
                    out.write(bytes)
                    out.fd.sync() // the backup is on disk before the core records it as made
                }
            } ?: return@withContext FileOutcome.Failed(context.getString(R.string.file_not_writable))
            FileOutcome.Done
        } catch (e: IOException) {
            FileOutcome.Failed(e.message ?: context.getString(R.string.file_write_failed))
        }
    }

    private companion object {
        const val MAX_IMPORT_BYTES = 16 * 1024 * 1024
    }
}

package app.motp.android

import android.content.Intent
import android.content.res.Configuration
import android.net.Uri
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.compose.setContent
import androidx.activity.result.contract.ActivityResultContracts
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import app.motp.android.ui.MotpApp
import app.motp.core.AppEvent
import app.motp.core.BackupsEvent
import kotlin.coroutines.resume
import kotlinx.coroutines.CancellableContinuation
import kotlinx.coroutines.suspendCancellableCoroutine

/**
 * The one activity: draws the shell's current view and sends what the user does. A
 * FragmentActivity because BiometricPrompt needs one. FLAG_SECURE keeps codes and secrets out of
 * screenshots, screen recordings and the recent-apps thumbnail (every screen may show one).
 */
class MainActivity : FragmentActivity() {
    private val app get() = application as MotpApplication

    private var pendingCreate: CancellableContinuation<Uri?>? = null
    private var pendingOpen: CancellableContinuation<Uri?>? = null
    private var pendingPermission: ((Boolean) -> Unit)? = null
    private var createMime = "application/octet-stream"

    private val createLauncher = registerForActivityResult(object : ActivityResultContracts.CreateDocument("application/octet-stream") {
        override fun createIntent(context: android.content.Context, input: String) = super.createIntent(context, input).setType(createMime)
    }) { uri -> pendingCreate?.resume(uri); pendingCreate = null }
    private val openLauncher = registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri -> pendingOpen?.resume(uri); pendingOpen = null }
    // The automatic backups' folder: kept across restarts (a persisted grant), handed to the core.
    private val folderLauncher = registerForActivityResult(ActivityResultContracts.OpenDocumentTree()) { tree ->
        if (tree != null) {
            contentResolver.takePersistableUriPermission(tree, Intent.FLAG_GRANT_READ_URI_PERMISSION or Intent.FLAG_GRANT_WRITE_URI_PERMISSION)
            app.shell.send(AppEvent.Backups(BackupsEvent.SetBackupFolder(tree.toString(), app.shell.nowMs())))
        }
    }
    private val permissionLauncher = registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
        pendingPermission?.invoke(granted); pendingPermission = null
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        app.host.attach(this)
        val shell = app.shell
        setContent {
            val view = shell.view.collectAsStateWithLifecycle()
            MotpApp(view.value, shell.rejected, app.camera, send = shell::send, now = shell::nowMs, chooseBackupFolder = ::chooseBackupFolder)
        }
    }

    override fun onDestroy() {
        app.host.detach(this)
        super.onDestroy()
    }

    override fun onConfigurationChanged(newConfig: Configuration) {
        super.onConfigurationChanged(newConfig)
        app.shell.send(AppEvent.LocaleChanged(newConfig.locales[0].toLanguageTag()))
    }

    /** The SAF save dialog; `null` when the user closes it. */
    suspend fun createDocument(name: String, mime: String): Uri? = suspendCancellableCoroutine { cont ->
        runOnUiThread {
            pendingCreate = cont
            createMime = mime
            createLauncher.launch(name)
        }
    }

    /** The SAF open dialog; `null` when the user closes it. */
    suspend fun openDocument(mimeTypes: List<String>): Uri? = suspendCancellableCoroutine { cont ->
        runOnUiThread {
            pendingOpen = cont
            openLauncher.launch(mimeTypes.toTypedArray())
        }
    }

    /** The SAF folder picker for automatic backups (the Backups screen's button). */
    fun chooseBackupFolder() = folderLauncher.launch(null)

    fun requestCameraPermission(answer: (Boolean) -> Unit) {
        pendingPermission = answer
        permissionLauncher.launch(android.Manifest.permission.CAMERA)
    }
}

package app.motp.android

import android.content.Intent
import android.content.res.Configuration
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.result.PickVisualMediaRequest
import androidx.activity.result.contract.ActivityResultContracts
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.lifecycle.lifecycleScope
import app.motp.android.ui.MotpApp
import app.motp.core.AddEvent
import app.motp.core.AppEvent
import app.motp.core.BackupsEvent
import app.motp.core.SensitiveBytes
import app.motp.shell.GreyPlanes
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch

/**
 * The one activity: draws the shell's current view and sends what the user does. A
 * FragmentActivity because BiometricPrompt needs one. FLAG_SECURE keeps codes and secrets out of
 * screenshots, screen recordings and the recent-apps thumbnail (every screen may show one).
 */
class MainActivity : FragmentActivity() {
    private val app get() = application as MotpApplication

    private var createMime = "application/octet-stream"

    // The result callbacks deliver to the application's ActivityHost.answers, not to fields of
    // this activity: a result that arrives after a recreation comes to the new activity's
    // callbacks and still reaches whoever asked.
    private val createLauncher = registerForActivityResult(object : ActivityResultContracts.CreateDocument("application/octet-stream") {
        override fun createIntent(context: android.content.Context, input: String) = super.createIntent(context, input).setType(createMime)
    }) { uri -> app.host.answers.deliver(CREATE, uri) }
    private val openLauncher = registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri -> app.host.answers.deliver(OPEN, uri) }
    // The automatic backups' folder: kept across restarts (a persisted grant), handed to the core.
    private val folderLauncher = registerForActivityResult(ActivityResultContracts.OpenDocumentTree()) { tree ->
        if (tree != null) {
            contentResolver.takePersistableUriPermission(tree, Intent.FLAG_GRANT_READ_URI_PERMISSION or Intent.FLAG_GRANT_WRITE_URI_PERMISSION)
            app.shell.send(AppEvent.Backups(BackupsEvent.SetBackupFolder(tree.toString(), app.shell.nowMs())))
        }
    }
    // "Import from a picture": the system photo picker (no storage permission); the picture is
    // decoded off the main thread, made grey (GreyPlanes, tested on the JVM) and handed to the
    // core, which reads its QR codes. A picture that cannot be decoded sends an empty plane:
    // the core says no QR code was found.
    private val pictureLauncher = registerForActivityResult(ActivityResultContracts.PickVisualMedia()) { uri ->
        if (uri != null) lifecycleScope.launch(Dispatchers.Default) { app.shell.send(pictureEvent(uri)) }
    }
    private val permissionLauncher = registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
        app.host.answers.deliver(CAMERA_PERMISSION, granted)
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        // targetSdk 35 draws behind the system bars anyway: this makes the bars transparent with
        // icons that suit the light or dark theme; MotpApp pads for the bars and the keyboard.
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        app.host.attach(this)
        val shell = app.shell
        setContent {
            val view = shell.view.collectAsStateWithLifecycle()
            MotpApp(view.value, shell.rejected, app.camera, send = shell::send, now = shell::nowMs, chooseBackupFolder = ::chooseBackupFolder, choosePicture = ::choosePicture)
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

    /** Shows the SAF save dialog (ActivityHost.createDocument waits for its answer). */
    fun launchCreate(name: String, mime: String) {
        createMime = mime
        createLauncher.launch(name)
    }

    /** Shows the SAF open dialog (ActivityHost.openDocument waits for its answer). */
    fun launchOpen(mimeTypes: List<String>) = openLauncher.launch(mimeTypes.toTypedArray())

    /** The SAF folder picker for automatic backups (the Backups screen's button). */
    fun chooseBackupFolder() = folderLauncher.launch(null)

    /** The photo picker for "Import from a picture" (the Add screen's button). */
    fun choosePicture() = pictureLauncher.launch(PickVisualMediaRequest(ActivityResultContracts.PickVisualMedia.ImageOnly))

    /** The chosen picture as the core's grey plane, subsampled so neither side exceeds 4096. */
    private fun pictureEvent(uri: android.net.Uri): AppEvent {
        val bounds = android.graphics.BitmapFactory.Options().apply { inJustDecodeBounds = true }
        runCatching { contentResolver.openInputStream(uri)?.use { android.graphics.BitmapFactory.decodeStream(it, null, bounds) } }
        val options = android.graphics.BitmapFactory.Options().apply {
            inSampleSize = GreyPlanes.sampleSize(bounds.outWidth.coerceAtLeast(1), bounds.outHeight.coerceAtLeast(1))
        }
        val bitmap = runCatching { contentResolver.openInputStream(uri)?.use { android.graphics.BitmapFactory.decodeStream(it, null, options) } }.getOrNull()
        val now = app.shell.nowMs()
        if (bitmap == null) return AppEvent.Add(AddEvent.PictureChosen(SensitiveBytes(ByteArray(1) { -1 }), 1u, 1u, 1u, now))
        val pixels = IntArray(bitmap.width * bitmap.height)
        bitmap.getPixels(pixels, 0, bitmap.width, 0, 0, bitmap.width, bitmap.height)
        val plane = GreyPlanes.fromArgb(pixels, bitmap.width, bitmap.height)
        bitmap.recycle()
        pixels.fill(0)
        return AppEvent.Add(AddEvent.PictureChosen(SensitiveBytes(plane.luma), plane.width.toUInt(), plane.height.toUInt(), plane.width.toUInt(), now))
    }

    /** Shows the camera permission prompt (ActivityHost.requestCameraPermission waits for it). */
    fun launchCameraPermission() = permissionLauncher.launch(android.Manifest.permission.CAMERA)

    companion object {
        /** The keys the dialogs' answers are delivered under (ActivityHost.answers). */
        const val CREATE = "create-document"
        const val OPEN = "open-document"
        const val CAMERA_PERMISSION = "camera-permission"
    }
}

package app.motp.android

import android.Manifest
import android.content.pm.PackageManager
import android.util.Size
import androidx.camera.core.CameraSelector
import androidx.camera.core.CameraState
import androidx.camera.core.ImageAnalysis
import androidx.camera.core.Preview
import androidx.camera.core.resolutionselector.AspectRatioStrategy
import androidx.camera.core.resolutionselector.ResolutionSelector
import androidx.camera.core.resolutionselector.ResolutionStrategy
import androidx.camera.lifecycle.ProcessCameraProvider
import androidx.core.content.ContextCompat
import app.motp.core.CameraProblem
import app.motp.shell.Camera
import app.motp.shell.LumaFrame
import app.motp.shell.PreviewSurface
import java.util.concurrent.Executors
import androidx.camera.core.Camera as BoundCamera

/**
 * CameraX for QR scanning: ImageAnalysis hands the Y plane of each YUV_420_888 frame, with its
 * row stride as the camera gives it (rows may be padded), to the core, which decodes it.
 * Only the newest frame is kept while one is being handled. Frames are asked for at 1200×1600
 * (as Aegis does: small QR codes need the pixels; CameraX's default for analysis is 640×480),
 * the closest size the camera has when it has not that one.
 *
 * The preview is drawn into the Add screen's PreviewView *on screen now*: the view reports
 * itself through [previewAttached] and [previewDetached] as Compose creates and releases it,
 * and [preview] (the shell's `PreviewSurface`, tested on the JVM) hands the bound `Preview` the
 * current view's surface provider at binding and whenever the view changes, so a second scan
 * never binds to the first scan's detached view.
 *
 * When the camera cannot be used it says so through `onUnavailable` and shows nothing itself
 * (the shell sends `CameraUnavailable`; the core puts the sentence on the add screen, in the
 * user's language): the CAMERA permission refused (asked with the Activity Result API first) →
 * `PERMISSION_DENIED`; neither a back nor a front camera → `NO_CAMERA`; CameraX failing to
 * initialise or to bind the use cases, or the bound camera closing with a critical error (in use
 * by another app for good, disabled by a device policy → `PERMISSION_DENIED`) → `FAILED`.
 * All CameraX calls run on the main thread.
 */
class CameraXCamera(private val host: ActivityHost) : Camera {
    private val analysisThread = Executors.newSingleThreadExecutor()

    /** One `start`: its callbacks, and whether it is over (stopped, or reported unavailable). */
    private class Run(val onFrame: (LumaFrame) -> Unit, private val onUnavailable: (CameraProblem) -> Unit) {
        @Volatile var ended = false

        fun unavailable(problem: CameraProblem) {
            if (ended) return
            ended = true
            onUnavailable(problem)
        }
    }

    @Volatile private var current: Run? = null

    // Main thread only.
    private var provider: ProcessCameraProvider? = null
    private var bound: BoundCamera? = null

    /** Main thread only: the surface provider of the PreviewView on screen, and the bound preview. */
    private val preview = PreviewSurface<Preview.SurfaceProvider>()

    /** Main thread: the Add screen's PreviewView was created (Compose's AndroidView factory). */
    fun previewAttached(provider: Preview.SurfaceProvider) = preview.attached(provider)

    /** Main thread: that PreviewView was released (AndroidView's onRelease). */
    fun previewDetached(provider: Preview.SurfaceProvider) = preview.detached(provider)

    override fun start(onFrame: (LumaFrame) -> Unit, onUnavailable: (CameraProblem) -> Unit) {
        val run = Run(onFrame, onUnavailable)
        current?.ended = true
        current = run
        // No activity on screen: nothing to show a camera in (the scan was tapped on a screen
        // that is gone by now).
        val activity = host.now() ?: return run.unavailable(CameraProblem.FAILED)
        activity.runOnUiThread { begin(activity, run) }
    }

    private fun begin(activity: MainActivity, run: Run) {
        if (run.ended) return
        if (ContextCompat.checkSelfPermission(activity, Manifest.permission.CAMERA) != PackageManager.PERMISSION_GRANTED) {
            // The answer may come to a recreated activity (ActivityHost.answers): bind to the
            // activity on screen then, never to the one that asked.
            host.requestCameraPermission { granted ->
                val current = host.now()
                when {
                    !granted -> run.unavailable(CameraProblem.PERMISSION_DENIED)
                    current == null -> run.unavailable(CameraProblem.FAILED)
                    else -> current.runOnUiThread { begin(current, run) }
                }
            }
            return
        }
        val future = ProcessCameraProvider.getInstance(activity)
        future.addListener({
            if (run.ended) return@addListener
            try {
                val cameraProvider = future.get().also { provider = it }
                // The back camera faces the QR code; tablets and Chromebooks may only have a front one.
                val selector = listOf(CameraSelector.DEFAULT_BACK_CAMERA, CameraSelector.DEFAULT_FRONT_CAMERA)
                    .firstOrNull { cameraProvider.hasCamera(it) }
                    ?: return@addListener run.unavailable(CameraProblem.NO_CAMERA)
                val analysis = ImageAnalysis.Builder()
                    .setResolutionSelector(ANALYSIS_RESOLUTION)
                    .setBackpressureStrategy(ImageAnalysis.STRATEGY_KEEP_ONLY_LATEST)
                    .setOutputImageFormat(ImageAnalysis.OUTPUT_IMAGE_FORMAT_YUV_420_888)
                    .build()
                analysis.setAnalyzer(analysisThread) { image ->
                    image.use {
                        if (run.ended) return@use
                        val plane = it.planes[0]
                        val buffer = plane.buffer
                        val luma = ByteArray(buffer.remaining()).also { bytes -> buffer.get(bytes) }
                        run.onFrame(LumaFrame(luma, it.width, it.height, plane.rowStride))
                    }
                }
                val previewUseCase = Preview.Builder().build()
                unbind(activity)
                // The view on screen now, and again whenever it changes (null: none yet).
                preview.bound { provider -> previewUseCase.setSurfaceProvider(provider) }
                val camera = cameraProvider.bindToLifecycle(activity, selector, previewUseCase, analysis)
                bound = camera
                camera.cameraInfo.cameraState.observe(activity) { state ->
                    val error = state.error ?: return@observe
                    // Recoverable errors (the camera briefly taken by another app) are retried by
                    // CameraX itself; a critical one ends this run.
                    if (error.type != CameraState.ErrorType.CRITICAL || run.ended) return@observe
                    unbind(activity)
                    run.unavailable(if (error.code == CameraState.ERROR_CAMERA_DISABLED) CameraProblem.PERMISSION_DENIED else CameraProblem.FAILED)
                }
            } catch (e: Exception) {
                // ExecutionException (CameraX did not initialise), CameraInfoUnavailableException
                // (hasCamera), IllegalStateException/IllegalArgumentException (bindToLifecycle: the
                // use cases cannot be combined on this camera, or the activity is destroyed).
                unbind(activity)
                run.unavailable(CameraProblem.FAILED)
            }
        }, ContextCompat.getMainExecutor(activity))
    }

    /** Main thread: releases the camera and stops watching its state. */
    private fun unbind(activity: MainActivity) {
        bound?.cameraInfo?.cameraState?.removeObservers(activity)
        bound = null
        preview.unbound()
        provider?.unbindAll()
    }

    private companion object {
        /**
         * 1200×1600 in portrait, as Aegis asks; ResolutionStrategy's bound size is in the camera
         * sensor's (landscape) orientation, hence 1600×1200. 4:3 like the sensor, so nothing of
         * the picture is cropped away.
         */
        val ANALYSIS_RESOLUTION: ResolutionSelector = ResolutionSelector.Builder()
            .setAspectRatioStrategy(AspectRatioStrategy.RATIO_4_3_FALLBACK_AUTO_STRATEGY)
            .setResolutionStrategy(ResolutionStrategy(Size(1600, 1200), ResolutionStrategy.FALLBACK_RULE_CLOSEST_HIGHER_THEN_LOWER))
            .build()
    }

    override fun stop() {
        current?.ended = true
        current = null
        val activity = host.now() ?: return
        activity.runOnUiThread { unbind(activity) }
    }
}

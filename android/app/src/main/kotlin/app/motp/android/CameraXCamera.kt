package app.motp.android

import android.Manifest
import android.content.pm.PackageManager
import android.widget.Toast
import androidx.camera.core.CameraSelector
import androidx.camera.core.ImageAnalysis
import androidx.camera.core.Preview
import androidx.camera.lifecycle.ProcessCameraProvider
import androidx.core.content.ContextCompat
import app.motp.shell.Camera
import app.motp.shell.LumaFrame
import java.util.concurrent.Executors

/**
 * CameraX for QR scanning: ImageAnalysis hands the Y plane of each YUV_420_888 frame, with its
 * row stride as the camera gives it (rows may be padded), to the core, which decodes it.
 * Only the newest frame is kept while one is being handled. The preview is drawn by the Add
 * screen's PreviewView, which sets [surfaceProvider].
 */
class CameraXCamera(private val host: ActivityHost) : Camera {
    private val analysisThread = Executors.newSingleThreadExecutor()
    private var provider: ProcessCameraProvider? = null

    @Volatile var surfaceProvider: Preview.SurfaceProvider? = null

    override fun start(onFrame: (LumaFrame) -> Unit) {
        val activity = host.now() ?: return
        activity.runOnUiThread {
            if (ContextCompat.checkSelfPermission(activity, Manifest.permission.CAMERA) != PackageManager.PERMISSION_GRANTED) {
                activity.requestCameraPermission { granted ->
                    if (granted) start(onFrame) else Toast.makeText(activity, R.string.camera_permission_denied, Toast.LENGTH_LONG).show()
                }
                return@runOnUiThread
            }
            val future = ProcessCameraProvider.getInstance(activity)
            future.addListener({
                val cameraProvider = future.get().also { provider = it }
                val analysis = ImageAnalysis.Builder()
                    .setBackpressureStrategy(ImageAnalysis.STRATEGY_KEEP_ONLY_LATEST)
                    .setOutputImageFormat(ImageAnalysis.OUTPUT_IMAGE_FORMAT_YUV_420_888)
                    .build()
                analysis.setAnalyzer(analysisThread) { image ->
                    image.use {
                        val plane = it.planes[0]
                        val buffer = plane.buffer
                        val luma = ByteArray(buffer.remaining()).also { bytes -> buffer.get(bytes) }
                        onFrame(LumaFrame(luma, it.width, it.height, plane.rowStride))
                    }
                }
                val preview = Preview.Builder().build().also { p -> surfaceProvider?.let(p::setSurfaceProvider) }
                cameraProvider.unbindAll()
                cameraProvider.bindToLifecycle(activity, CameraSelector.DEFAULT_BACK_CAMERA, preview, analysis)
            }, ContextCompat.getMainExecutor(activity))
        }
    }

    override fun stop() {
        val activity = host.now() ?: return
        activity.runOnUiThread { provider?.unbindAll() }
    }
}

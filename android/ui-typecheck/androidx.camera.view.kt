@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.camera.view

class PreviewView(context: android.content.Context) {
    val surfaceProvider: androidx.camera.core.Preview.SurfaceProvider = TODO()
}

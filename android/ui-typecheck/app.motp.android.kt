package app.motp.android

/** What the screens use of the real CameraXCamera (android/app/.../CameraXCamera.kt). */
class CameraXCamera {
    @Volatile var surfaceProvider: androidx.camera.core.Preview.SurfaceProvider? = null
}

package androidx.camera.core

class Preview {
    interface SurfaceProvider
}

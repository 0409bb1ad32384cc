package app.motp.shell

/**
 * Which preview surface the camera draws into: always the one of the preview on screen *now*,
 * never the one that was on screen when the camera was bound.
 *
 * On Android the Add screen's `PreviewView` is created by Compose when the scan starts and
 * released when the screen leaves; the camera (CameraX's `Preview` use case) is bound later, on
 * the main thread, when `ProcessCameraProvider` is ready. The two happen in either order, and a
 * second scan gets a new `PreviewView`. A camera that read its surface once, from a field set by
 * the first view, bound the second scan's preview to the first, detached view: a black preview
 * and a leaked activity. Here the view on screen is [attached] and [detached] as Compose creates
 * and releases it, the bound preview use case is [bound] with a sink (its `setSurfaceProvider`),
 * and the sink always gets the surface of the view on screen: at binding, when a new view
 * appears after binding, and `null` when the view goes (the preview stops drawing into it).
 *
 * [S] is the platform's surface type (Android: `Preview.SurfaceProvider`), compared by
 * identity. Thread-safe; the sink is called under this object's lock, on the caller's thread
 * (Android: all of these are called on the main thread).
 */
class PreviewSurface<S : Any> {
    private var onScreen: S? = null
    private var sink: ((S?) -> Unit)? = null

    /** The preview view on screen, with its [surface] (it replaces any earlier one). */
    @Synchronized
    fun attached(surface: S) {
        onScreen = surface
        sink?.invoke(surface)
    }

    /** The preview view with [surface] is gone; an older view's late release changes nothing. */
    @Synchronized
    fun detached(surface: S) {
        if (onScreen !== surface) return
        onScreen = null
        sink?.invoke(null)
    }

    /** The camera's preview was bound: [sink] gets the surface on screen now and each later one. */
    @Synchronized
    fun bound(sink: (S?) -> Unit) {
        this.sink = sink
        sink(onScreen)
    }

    /** The camera was unbound: no preview waits for a surface. */
    @Synchronized
    fun unbound() {
        sink = null
    }

    /** The surface of the preview on screen, if any (for diagnostics and tests). */
    @Synchronized
    fun current(): S? = onScreen
}

@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.ui.geometry

class Offset(x: Float, y: Float)
class Size(w: Float, h: Float) { val minDimension: Float = 0f }

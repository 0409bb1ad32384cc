@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.ui.unit

class Dp
val Int.dp: Dp get() = TODO()

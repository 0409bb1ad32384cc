@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.ui.graphics

class Color { companion object { val White = Color(); val Black = Color() } }

@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.ui.text.font

class FontFamily { companion object { val Monospace = FontFamily() } }

@file:Suppress("UNUSED_PARAMETER", "unused")

package android.net

class Uri { companion object { @JvmStatic fun parse(s: String): Uri = TODO() } }

@file:Suppress("UNUSED_PARAMETER", "unused")

package android.provider

object DocumentsContract { @JvmStatic fun getTreeDocumentId(u: android.net.Uri): String = TODO() }

@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.ui

interface Modifier { companion object : Modifier }
interface Alignment { interface Vertical; companion object { val CenterVertically: Vertical = TODO() } }

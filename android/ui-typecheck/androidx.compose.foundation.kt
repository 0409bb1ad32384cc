@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.foundation

import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier

class ScrollState
@Composable fun rememberScrollState(initial: Int = 0): ScrollState = TODO()
fun Modifier.verticalScroll(state: ScrollState): Modifier = this
fun Modifier.horizontalScroll(state: ScrollState): Modifier = this
interface DrawScope { val size: androidx.compose.ui.geometry.Size
  fun drawRect(color: androidx.compose.ui.graphics.Color, topLeft: androidx.compose.ui.geometry.Offset? = null, size: androidx.compose.ui.geometry.Size? = null) }
@Composable fun Canvas(modifier: Modifier, onDraw: DrawScope.() -> Unit) {}
@Composable fun isSystemInDarkTheme(): Boolean = false

@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.foundation.layout

import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.Dp

object Arrangement { interface Horizontal; interface Vertical; val Start: Horizontal = TODO(); val Top: Vertical = TODO(); fun spacedBy(space: Dp): Horizontal = TODO() }
interface ColumnScope
interface RowScope { fun Modifier.weight(w: Float): Modifier = this }
@Composable inline fun Column(modifier: Modifier = Modifier, verticalArrangement: Arrangement.Vertical = Arrangement.Top, content: @Composable ColumnScope.() -> Unit) {}
@Composable inline fun Row(modifier: Modifier = Modifier, horizontalArrangement: Arrangement.Horizontal = Arrangement.Start, verticalAlignment: Alignment.Vertical = Alignment.CenterVertically, content: @Composable RowScope.() -> Unit) {}
fun Modifier.padding(horizontal: Dp = TODO(), vertical: Dp = TODO()): Modifier = this
fun Modifier.padding(all: Dp): Modifier = this
fun Modifier.fillMaxWidth(): Modifier = this
fun Modifier.aspectRatio(r: Float): Modifier = this
fun Modifier.size(s: Dp): Modifier = this
class PaddingValues
interface BoxScope
@Composable inline fun Box(modifier: Modifier = Modifier, content: @Composable BoxScope.() -> Unit) {}
fun Modifier.fillMaxSize(): Modifier = this
fun Modifier.padding(p: PaddingValues): Modifier = this

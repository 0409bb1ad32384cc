@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.foundation.lazy

import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier

interface LazyListScope
interface LazyItemScope
@Composable fun LazyColumn(modifier: Modifier = Modifier, content: LazyListScope.() -> Unit) {}
fun <T> LazyListScope.items(items: List<T>, key: ((T) -> Any)? = null, itemContent: @Composable LazyItemScope.(T) -> Unit) {}

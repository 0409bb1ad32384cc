@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.runtime

@Target(AnnotationTarget.FUNCTION, AnnotationTarget.TYPE, AnnotationTarget.PROPERTY_GETTER, AnnotationTarget.TYPE_PARAMETER)
annotation class Composable
interface State<T> { val value: T }
interface MutableState<T> : State<T> { override var value: T }
fun <T> mutableStateOf(value: T): MutableState<T> = TODO()
inline fun <T> remember(calculation: () -> T): T = calculation()
inline fun <T> remember(key1: Any?, calculation: () -> T): T = calculation()
inline operator fun <T> State<T>.getValue(thisObj: Any?, property: kotlin.reflect.KProperty<*>): T = value
inline operator fun <T> MutableState<T>.setValue(thisObj: Any?, property: kotlin.reflect.KProperty<*>, value: T) { this.value = value }
@Composable fun LaunchedEffect(key1: Any?, block: suspend kotlinx.coroutines.CoroutineScope.() -> Unit) {}
inline fun <T> remember(key1: Any?, key2: Any?, calculation: () -> T): T = calculation()
inline fun <T> remember(key1: Any?, key2: Any?, key3: Any?, calculation: () -> T): T = calculation()
object ComposeVersion { const val version: Int = 12400 }

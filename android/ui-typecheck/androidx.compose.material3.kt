@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.material3

import androidx.compose.foundation.layout.RowScope
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.input.VisualTransformation

class TextStyle
class Typography { val headlineSmall = TextStyle(); val titleMedium = TextStyle(); val titleSmall = TextStyle(); val bodySmall = TextStyle(); val bodyMedium = TextStyle(); val displaySmall = TextStyle(); val labelMedium = TextStyle() }
class ColorScheme { val error = Color(); val tertiary = Color() }
object MaterialTheme { val typography: Typography @Composable get() = TODO(); val colorScheme: ColorScheme @Composable get() = TODO() }
@Composable fun Text(text: String, modifier: Modifier = Modifier, color: Color = Color(), fontFamily: FontFamily? = null, style: TextStyle = TextStyle()) {}
@Composable fun Button(onClick: () -> Unit, modifier: Modifier = Modifier, enabled: Boolean = true, content: @Composable RowScope.() -> Unit) {}
@Composable fun OutlinedButton(onClick: () -> Unit, modifier: Modifier = Modifier, enabled: Boolean = true, content: @Composable RowScope.() -> Unit) {}
@Composable fun TextButton(onClick: () -> Unit, modifier: Modifier = Modifier, enabled: Boolean = true, content: @Composable RowScope.() -> Unit) {}
@Composable fun Card(modifier: Modifier = Modifier, content: @Composable androidx.compose.foundation.layout.ColumnScope.() -> Unit) {}
@Composable fun Checkbox(checked: Boolean, onCheckedChange: ((Boolean) -> Unit)?, modifier: Modifier = Modifier, enabled: Boolean = true) {}
@Composable fun RadioButton(selected: Boolean, onClick: (() -> Unit)?, modifier: Modifier = Modifier, enabled: Boolean = true) {}
@Composable fun FilterChip(selected: Boolean, onClick: () -> Unit, label: @Composable () -> Unit, modifier: Modifier = Modifier, enabled: Boolean = true) {}
@Composable fun LinearProgressIndicator(progress: () -> Float, modifier: Modifier = Modifier) {}
@Composable fun OutlinedTextField(value: String, onValueChange: (String) -> Unit, modifier: Modifier = Modifier, enabled: Boolean = true, readOnly: Boolean = false,
  label: @Composable (() -> Unit)? = null, placeholder: @Composable (() -> Unit)? = null, leadingIcon: @Composable (() -> Unit)? = null,
  supportingText: @Composable (() -> Unit)? = null, isError: Boolean = false, visualTransformation: VisualTransformation = VisualTransformation.None,
  keyboardOptions: KeyboardOptions = KeyboardOptions(), singleLine: Boolean = false) {}
class SnackbarHostState { suspend fun showSnackbar(message: String): Unit = TODO() }
@Composable fun SnackbarHost(hostState: SnackbarHostState, modifier: Modifier = Modifier) {}
@Composable fun Scaffold(modifier: Modifier = Modifier, snackbarHost: @Composable () -> Unit = {}, content: @Composable (androidx.compose.foundation.layout.PaddingValues) -> Unit) {}
@Composable fun AlertDialog(onDismissRequest: () -> Unit, confirmButton: @Composable () -> Unit, modifier: Modifier = Modifier, text: @Composable (() -> Unit)? = null) {}
fun darkColorScheme(): ColorScheme = TODO()
fun lightColorScheme(): ColorScheme = TODO()
@Composable fun MaterialTheme(colorScheme: ColorScheme = TODO(), content: @Composable () -> Unit) {}
@Composable fun LinearProgressIndicator(modifier: Modifier = Modifier) {}

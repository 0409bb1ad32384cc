@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.ui.text.input

interface VisualTransformation { companion object { val None: VisualTransformation = TODO() } }
class PasswordVisualTransformation : VisualTransformation
@JvmInline value class KeyboardType(val v: Int) { companion object { val Text = KeyboardType(1); val Number = KeyboardType(3); val Password = KeyboardType(7); val NumberPassword = KeyboardType(8) } }

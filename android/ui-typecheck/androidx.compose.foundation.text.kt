@file:Suppress("UNUSED_PARAMETER", "unused")

package androidx.compose.foundation.text

import androidx.compose.ui.text.input.KeyboardType

class KeyboardOptions(keyboardType: KeyboardType = KeyboardType.Text)

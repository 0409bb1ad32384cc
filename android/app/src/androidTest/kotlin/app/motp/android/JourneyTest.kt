// The user's first journey on a real device (the CI emulator; this file needs the Android SDK
// and runs only there, as `connectedAndroidTest` in .github/workflows/android.yml): first run →
// add a token by pasting a TOTP link → its code is shown → lock. The app is the real one —
// MainActivity, the Compose screens, the real library and vault (a fresh install has none) —
// and the texts are the core's English catalog (the emulator runs in en-US).
package app.motp.android

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.junit4.createAndroidComposeRule
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.test.ext.junit.runners.AndroidJUnit4
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith

@RunWith(AndroidJUnit4::class)
class JourneyTest {
    @get:Rule
    val compose = createAndroidComposeRule<MainActivity>()

    /** Waits until a node with exactly [text] is on screen (jobs such as Argon2 run meanwhile). */
    private fun waitFor(text: String, timeoutMs: Long = 60_000) =
        compose.waitUntil(timeoutMs) { compose.onAllNodesWithText(text).fetchSemanticsNodes().isNotEmpty() }

    /** A TOTP code as the list shows it, grouped: "123 456". */
    private val aCode = SemanticsMatcher("a grouped six-digit code") { node ->
        node.config.getOrNull(SemanticsProperties.Text).orEmpty().any { Regex("""\d{3} \d{3}""").matches(it.text) }
    }

    @Test
    fun firstRunAddACodeAndLock() {
        // First run: a new vault with a password (the emulator has no biometrics enrolled).
        waitFor("Protect your tokens")
        val password = "correct horse battery staple"
        compose.onNodeWithText("Password").performTextInput(password)
        compose.onNodeWithText("Password again").performTextInput(password)
        compose.onNodeWithText("Create").performScrollTo().performClick()

        // The list, empty; add a token by pasting a link.
        waitFor("Add a token")
        compose.onNodeWithText("Add a token").performClick()
        waitFor("Link (otpauth:// or motp://)")
        compose.onNodeWithText("Link (otpauth:// or motp://)").performScrollTo()
            .performTextInput("otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME")
        compose.onNodeWithText("Add from this link").performScrollTo().performClick()
        waitFor("Continue")
        compose.onNodeWithText("Continue").performScrollTo().performClick()
        waitFor("Add")
        compose.onNodeWithText("Add").performScrollTo().performClick()

        // Back on the list: the token, with its code.
        waitFor("Tokens")
        compose.waitUntil(30_000) { compose.onAllNodes(aCode).fetchSemanticsNodes().isNotEmpty() }
        compose.onNodeWithText("alice@example.com", substring = true).assertExists()

        // Lock: the unlock screen, and no code left on screen.
        compose.onNodeWithText("Lock").performClick()
        waitFor("Unlock your tokens")
        compose.waitUntil(10_000) { compose.onAllNodes(aCode).fetchSemanticsNodes().isEmpty() }
    }
}

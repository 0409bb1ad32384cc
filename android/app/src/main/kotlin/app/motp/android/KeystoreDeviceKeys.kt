package app.motp.android

import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import app.motp.core.DeviceKeyPrompt
import app.motp.shell.DeviceKeyAnswer
import app.motp.shell.DeviceKeys
import java.security.GeneralSecurityException
import java.security.KeyStore
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import kotlin.coroutines.resume
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.suspendCancellableCoroutine
import kotlinx.coroutines.withContext

/**
 * The device key: an AES-256-GCM key in the Android Keystore (StrongBox where the phone has
 * one), usable only after a strong biometric for each operation, and invalidated when a
 * fingerprint or face is enrolled. It wraps the vault key the core hands over (iv ‖ ciphertext)
 * and unwraps it after BiometricPrompt released the key through a CryptoObject. The prompt's
 * title, subtitle and negative button are the core's [DeviceKeyPrompt] words, in the user's
 * language. The failure reasons are Android resources in the user's language (the platform's
 * details, which the core quotes in its "device key failed" sentence).
 */
class KeystoreDeviceKeys(private val context: Context, private val host: ActivityHost) : DeviceKeys {
    private fun keyStore() = KeyStore.getInstance(ANDROID_KEYSTORE).apply { load(null) }

    private fun alias(protectorId: String) = protectorId.substringAfter(':')

    private fun newKey(alias: String): SecretKey {
        fun spec(strongBox: Boolean) = KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setUserAuthenticationRequired(true)
            .setInvalidatedByBiometricEnrollment(true)
            .apply {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
                    setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)
                }
                if (strongBox && Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) setIsStrongBoxBacked(true)
            }
            .build()
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEYSTORE)
        val hasStrongBox = Build.VERSION.SDK_INT >= Build.VERSION_CODES.P &&
            context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)
        if (hasStrongBox) {
            try {
                generator.init(spec(strongBox = true))
                return generator.generateKey()
            } catch (e: StrongBoxUnavailableException) {
                // fall through: the TEE-backed key below
            }
        }
        generator.init(spec(strongBox = false))
        return generator.generateKey()
    }

    override suspend fun wrap(protectorId: String, key: ByteArray, prompt: DeviceKeyPrompt): DeviceKeyAnswer {
        val cipher = try {
            withContext(Dispatchers.IO) {
                val alias = alias(protectorId)
                keyStore().deleteEntry(alias) // a fresh key for each enrolment
                Cipher.getInstance(TRANSFORMATION).apply { init(Cipher.ENCRYPT_MODE, newKey(alias)) }
            }
        } catch (e: GeneralSecurityException) {
            return DeviceKeyAnswer.Failed(context.getString(R.string.device_key_not_created, e.javaClass.simpleName))
        }
        return when (val released = authenticate(cipher, prompt)) {
            is Released -> try {
                DeviceKeyAnswer.Bytes(released.cipher.iv + released.cipher.doFinal(key))
            } catch (e: GeneralSecurityException) {
                DeviceKeyAnswer.Failed(context.getString(R.string.device_key_wrap_failed, e.javaClass.simpleName))
            }
            is NotReleased -> released.answer
        }
    }

    override suspend fun unwrap(protectorId: String, wrapped: ByteArray, prompt: DeviceKeyPrompt): DeviceKeyAnswer {
        if (wrapped.size <= IV_BYTES) return DeviceKeyAnswer.Failed(context.getString(R.string.device_key_too_short))
        val cipher = try {
            withContext(Dispatchers.IO) {
                val key = keyStore().getKey(alias(protectorId), null) as? SecretKey
                    ?: return@withContext null
                Cipher.getInstance(TRANSFORMATION).apply { init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, wrapped, 0, IV_BYTES)) }
            }
        } catch (e: KeyPermanentlyInvalidatedException) {
            return DeviceKeyAnswer.Invalidated
        } catch (e: GeneralSecurityException) {
            return DeviceKeyAnswer.Failed(context.getString(R.string.device_key_unusable, e.javaClass.simpleName))
        } ?: return DeviceKeyAnswer.Invalidated // the key is gone (app data cleared, key deleted)
        return when (val released = authenticate(cipher, prompt)) {
            is Released -> try {
                DeviceKeyAnswer.Bytes(released.cipher.doFinal(wrapped, IV_BYTES, wrapped.size - IV_BYTES))
            } catch (e: GeneralSecurityException) {
                DeviceKeyAnswer.Failed(context.getString(R.string.device_key_unwrap_failed, e.javaClass.simpleName))
            }
            is NotReleased -> released.answer
        }
    }

    override fun delete(protectorId: String) {
        keyStore().deleteEntry(alias(protectorId))
    }

    private sealed interface PromptResult
    private class Released(val cipher: Cipher) : PromptResult
    private class NotReleased(val answer: DeviceKeyAnswer) : PromptResult

    /**
     * Shows BiometricPrompt for [cipher] with the core's words ([words]: title, the reason as the
     * subtitle, the cancel button as the negative button); the Keystore releases the key to the
     * cipher on success.
     */
    private suspend fun authenticate(cipher: Cipher, words: DeviceKeyPrompt): PromptResult {
        val activity = host.await()
        return withContext(Dispatchers.Main) {
            suspendCancellableCoroutine { cont ->
                val callback = object : BiometricPrompt.AuthenticationCallback() {
                    override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                        val released = result.cryptoObject?.cipher
                        cont.resume(if (released != null) Released(released) else NotReleased(DeviceKeyAnswer.Failed(context.getString(R.string.device_key_no_cipher))))
                    }

                    override fun onAuthenticationError(errorCode: Int, errString: CharSequence) {
                        val answer = when (errorCode) {
                            BiometricPrompt.ERROR_USER_CANCELED, BiometricPrompt.ERROR_NEGATIVE_BUTTON, BiometricPrompt.ERROR_CANCELED -> DeviceKeyAnswer.Cancelled
                            BiometricPrompt.ERROR_NO_BIOMETRICS -> DeviceKeyAnswer.Invalidated
                            else -> DeviceKeyAnswer.Failed(errString.toString())
                        }
                        cont.resume(NotReleased(answer))
                    }
                    // onAuthenticationFailed (a finger not recognised) keeps the prompt up.
                }
                val prompt = BiometricPrompt(activity, ContextCompat.getMainExecutor(activity), callback)
                val info = BiometricPrompt.PromptInfo.Builder()
                    .setTitle(words.title)
                    .setSubtitle(words.reason)
                    .setNegativeButtonText(words.cancel)
                    .setAllowedAuthenticators(BIOMETRIC_STRONG)
                    .build()
                prompt.authenticate(info, BiometricPrompt.CryptoObject(cipher))
                cont.invokeOnCancellation { prompt.cancelAuthentication() }
            }
        }
    }

    private companion object {
        const val ANDROID_KEYSTORE = "AndroidKeyStore"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val IV_BYTES = 12
    }
}

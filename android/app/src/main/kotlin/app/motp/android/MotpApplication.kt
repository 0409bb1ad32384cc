package app.motp.android

import android.app.Application
import androidx.biometric.BiometricManager
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.ProcessLifecycleOwner
import app.motp.core.AppCoreConfig
import app.motp.core.AppEvent
import app.motp.core.DeviceKeyInfo
import app.motp.core.KdfCost
import app.motp.core.defaultTimeServer
import app.motp.shell.MotpShell
import app.motp.shell.Platform
import java.util.Locale

/**
 * Owns the one shell for the process (the core outlives activities: rotation, the camera and
 * the biometric prompt come and go) and turns the process lifecycle into the core's
 * background/foreground events, from which it auto-locks.
 */
class MotpApplication : Application() {
    val host = ActivityHost()
    lateinit var camera: CameraXCamera
        private set
    lateinit var shell: MotpShell
        private set

    override fun onCreate() {
        super.onCreate()
        val settings = PrefsSettingsStore(this)
        camera = CameraXCamera(host)
        val platform = Platform(
            deviceKeys = KeystoreDeviceKeys(this, host),
            camera = camera,
            clipboard = AndroidClipboard(this),
            files = SafFiles(this, host),
            networkTime = AndroidNetworkTime(this),
            ticker = WallClockTicker(),
            settings = settings,
            feedback = AndroidFeedback(host),
        )
        val config = AppCoreConfig(
            vaultPath = filesDir.resolve("tokens.motp").path,
            locale = Locale.getDefault().toLanguageTag(),
            // Offered only where it can work: the Keystore key needs strong (class 3) biometrics,
            // which also means a secure screen lock. Without them, the password alone unlocks.
            deviceKey = if (strongBiometricsEnrolled()) {
                DeviceKeyInfo("android-keystore:motp-vault", getString(R.string.device_key_label, android.os.Build.MODEL))
            } else {
                null
            },
            settings = settings.load(),
            kdf = KdfCost.DEFAULT,
            timeServer = defaultTimeServer(),
        )
        shell = MotpShell(config, platform)
        shell.send(AppEvent.Started(shell.nowMs()))
        ProcessLifecycleOwner.get().lifecycle.addObserver(object : DefaultLifecycleObserver {
            override fun onStart(owner: LifecycleOwner) = shell.send(AppEvent.CameToForeground(shell.nowMs()))

            override fun onStop(owner: LifecycleOwner) = shell.send(AppEvent.WentToBackground(shell.nowMs()))
        })
    }

    private fun strongBiometricsEnrolled(): Boolean =
        BiometricManager.from(this).canAuthenticate(BIOMETRIC_STRONG) == BiometricManager.BIOMETRIC_SUCCESS
}

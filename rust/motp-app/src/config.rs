//! What the shell tells the core at start: the vault's path, the locale, the device's key store,
//! the stored settings, the key derivation's cost. Plain data below everything else, so any
//! module can read the configuration without reaching into the model.

use motp_core::vault::KdfParams;

use crate::effect::AppSettings;

/// This device's key store, as the shell describes it at start.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(feature = "uniffi", uniffi(name = "DeviceKeyInfo"))]
pub struct DeviceKeyConfig {
    /// A stable identifier stored in the vault's slot, e.g. `android-keystore:motp-vault`.
    pub protector_id: String,
    /// A human description, e.g. "Pixel 8 (fingerprint)".
    pub label: String,
}

/// How expensive the vault password's key derivation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "KdfCost"))]
pub enum KdfChoice {
    /// Argon2id at the vault format's defaults (64 MiB, 16 passes; about half a second).
    #[default]
    Default,
    /// Argon2id at its cheapest. Tests only: it protects nothing.
    InsecureFastForTests,
}

impl KdfChoice {
    pub(crate) fn params(self) -> KdfParams {
        match self {
            KdfChoice::Default => KdfParams::DEFAULT,
            KdfChoice::InsecureFastForTests => KdfParams::INSECURE_FAST_FOR_TESTS,
        }
    }
}

/// What the shell tells the core at start.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(feature = "uniffi", uniffi(name = "AppCoreConfig"))]
pub struct AppConfig {
    /// The vault file (inside the app's private storage).
    pub vault_path: String,
    /// The user's locale, a BCP 47 tag (`de-AT`).
    pub locale: String,
    /// The device key store, if the device has one (biometrics enrolled).
    pub device_key: Option<DeviceKeyConfig>,
    /// The settings the shell stored (from the last `PersistSettings`).
    pub settings: AppSettings,
    /// Key derivation cost for new passwords.
    pub kdf: KdfChoice,
    /// The NTP server for the clock check when the platform has no network time.
    pub time_server: String,
}

impl AppConfig {
    /// A configuration with the defaults: no device key, default settings and KDF,
    /// `pool.ntp.org`.
    pub fn new(vault_path: &str, locale: &str) -> AppConfig {
        AppConfig {
            vault_path: vault_path.to_owned(),
            locale: locale.to_owned(),
            device_key: None,
            settings: AppSettings::default(),
            kdf: KdfChoice::Default,
            time_server: motp_core::clock::DEFAULT_SERVER.to_owned(),
        }
    }
}

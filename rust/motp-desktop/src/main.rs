//! `motp-desktop`: the mOTP Token window. Opens the same vault as the `motp` command line
//! (`$MOTP_VAULT`, else `tokens.motp` in the OS data directory), speaks the OS language, and
//! offers "remember on this computer" where the session has a keyring.

use std::process::ExitCode;
use std::sync::Arc;

use motp_app::{AppConfig, DeviceKeyConfig};
use motp_desktop::{Desktop, SettingsFile, SystemClock, default_vault_path, os_locale};

/// The keyring entry's name for this vault's wrapping key.
const PROTECTOR_ID: &str = "os-keyring:motp-vault";

fn main() -> ExitCode {
    let (Some(vault), Some(settings)) =
        (default_vault_path(), motp_desktop::default_settings_path())
    else {
        // No home directory: nothing the window could open. Said on the terminal, in the
        // catalog's words for the vault's path.
        eprintln!("motp-desktop: no data directory for this user; set MOTP_VAULT");
        return ExitCode::FAILURE;
    };
    let result = iced::application(
        move || boot(&vault, &settings),
        Desktop::update,
        Desktop::view,
    )
    .title(Desktop::title)
    .subscription(Desktop::subscription)
    .window_size((720.0, 760.0))
    .run();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("motp-desktop: {e}");
            ExitCode::FAILURE
        }
    }
}

fn boot(
    vault: &std::path::Path,
    settings: &std::path::Path,
) -> (Desktop, iced::Task<motp_desktop::Message>) {
    let locale = os_locale();
    let platform = motp_desktop::os::platform();
    let settings = SettingsFile::new(settings);
    let mut config = AppConfig::new(&vault.to_string_lossy(), &locale);
    config.settings = settings.load();
    if platform.keys.is_some() {
        config.device_key = Some(DeviceKeyConfig {
            protector_id: PROTECTOR_ID.to_owned(),
            label: motp_text::Catalog::new(&locale).plain("label-this-computer"),
        });
    }
    if let Some(dir) = vault.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    Desktop::new(config, Arc::new(SystemClock), platform, settings)
}

//! What the window needs to know at start: the vault (the same file as the `motp` command
//! line's), where the settings live, and the user's language.

use std::path::PathBuf;

/// `$MOTP_VAULT`, else `tokens.motp` in the OS data directory — the `motp` command line's
/// default (`rust/motp-cli/src/vault_open.rs`), so both open the same vault.
pub fn default_vault_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MOTP_VAULT").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "motp").map(|d| d.data_dir().join("tokens.motp"))
}

/// The settings file, in the OS configuration directory.
pub fn default_settings_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "motp")
        .map(|d| d.config_dir().join("desktop-settings.conf"))
}

/// The user's language from `LC_ALL`, `LC_MESSAGES` or `LANG` (the first set, as POSIX orders
/// them) as a BCP 47 tag (`de-AT`); `en` when none is set or it is `C`/`POSIX`. The core falls
/// back to English for a language its catalog lacks.
pub fn os_locale() -> String {
    locale_from(|name| std::env::var(name).ok())
}

fn locale_from(var: impl Fn(&str) -> Option<String>) -> String {
    let Some(value) = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|v| !v.is_empty())
    else {
        return "en".into();
    };
    // `de_AT.UTF-8`, `de_AT@euro`: drop the encoding and modifier, `_` becomes `-`.
    let tag = value
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        "en".into()
    } else {
        tag
    }
}

/// Where the window starts from.
#[derive(Debug, Clone)]
pub struct Start {
    /// The vault file.
    pub vault_path: PathBuf,
    /// The settings file.
    pub settings_path: PathBuf,
    /// The language.
    pub locale: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> String {
        locale_from(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn the_first_locale_variable_set_chooses() {
        assert_eq!(env(&[("LANG", "de_AT.UTF-8")]), "de-AT");
        assert_eq!(env(&[("LANG", "fr_FR@euro")]), "fr-FR");
        assert_eq!(env(&[("LANG", "C.UTF-8")]), "en");
        assert_eq!(env(&[]), "en");
        assert_eq!(
            env(&[("LC_ALL", ""), ("LC_MESSAGES", "nl_NL"), ("LANG", "de")]),
            "nl-NL"
        );
    }
}

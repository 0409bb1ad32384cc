//! The app's settings between runs: the core hands them out in `PersistSettings` and takes them
//! back in `AppConfig`. One `name = value` line each, so a person can read the file; a line
//! that does not parse keeps that setting's default (a damaged file never stops the app).

use std::path::{Path, PathBuf};

use motp_app::{AppSettings, TokenSort};

/// Where the settings are kept.
#[derive(Debug, Clone)]
pub struct SettingsFile {
    path: PathBuf,
}

impl SettingsFile {
    /// The file at `path`.
    pub fn new(path: impl Into<PathBuf>) -> SettingsFile {
        SettingsFile { path: path.into() }
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The stored settings, or the defaults for a file that is missing.
    pub fn load(&self) -> AppSettings {
        std::fs::read_to_string(&self.path)
            .map(|text| parse(&text))
            .unwrap_or_default()
    }

    /// Stores them (written beside, then renamed over, so a crash leaves the old file).
    pub fn save(&self, s: &AppSettings) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = self.path.with_extension("tmp");
        std::fs::write(&tmp, render(s))?;
        std::fs::rename(&tmp, &self.path)
    }
}

fn sort_name(s: TokenSort) -> &'static str {
    match s {
        TokenSort::Manual => "manual",
        TokenSort::Name => "name",
        TokenSort::Issuer => "issuer",
        TokenSort::LastUsed => "last-used",
    }
}

fn render(s: &AppSettings) -> String {
    let mut out = String::new();
    let mut line = |k: &str, v: String| out.push_str(&format!("{k} = {v}\n"));
    line(
        "lock_after_background_minutes",
        s.lock_after_background_minutes.to_string(),
    );
    line(
        "lock_after_inactivity_minutes",
        s.lock_after_inactivity_minutes.to_string(),
    );
    line(
        "clipboard_clear_seconds",
        s.clipboard_clear_seconds.to_string(),
    );
    if let Some(f) = &s.backup_folder {
        line("backup_folder", f.clone());
    }
    line(
        "last_backup_generation",
        s.last_backup_generation.to_string(),
    );
    if let Some(ms) = s.last_backup_ms {
        line("last_backup_ms", ms.to_string());
    }
    line("sort", sort_name(s.sort).to_owned());
    line("hide_codes", s.hide_codes.to_string());
    out
}

fn parse(text: &str) -> AppSettings {
    let mut s = AppSettings::default();
    for (k, v) in text
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim(), v.trim()))
    {
        match k {
            "lock_after_background_minutes" => set(&mut s.lock_after_background_minutes, v),
            "lock_after_inactivity_minutes" => set(&mut s.lock_after_inactivity_minutes, v),
            "clipboard_clear_seconds" => set(&mut s.clipboard_clear_seconds, v),
            "backup_folder" if !v.is_empty() => s.backup_folder = Some(v.to_owned()),
            "last_backup_generation" => set(&mut s.last_backup_generation, v),
            "last_backup_ms" => s.last_backup_ms = v.parse().ok(),
            "sort" => {
                s.sort = [
                    TokenSort::Manual,
                    TokenSort::Name,
                    TokenSort::Issuer,
                    TokenSort::LastUsed,
                ]
                .into_iter()
                .find(|o| sort_name(*o) == v)
                .unwrap_or_default();
            }
            "hide_codes" => set(&mut s.hide_codes, v),
            _ => {}
        }
    }
    s
}

fn set<T: std::str::FromStr>(field: &mut T, v: &str) {
    if let Ok(parsed) = v.parse() {
        *field = parsed;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn settings_come_back_as_stored_and_damage_keeps_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let file = SettingsFile::new(dir.path().join("sub/settings.conf"));
        assert_eq!(file.load(), AppSettings::default());
        let s = AppSettings {
            lock_after_background_minutes: 0,
            lock_after_inactivity_minutes: 3,
            clipboard_clear_seconds: 12,
            backup_folder: Some("/home/a b/backups".into()),
            last_backup_generation: 9,
            last_backup_ms: Some(1_700_000_000_000),
            sort: TokenSort::LastUsed,
            hide_codes: true,
        };
        file.save(&s).unwrap();
        assert_eq!(file.load(), s);
        std::fs::write(
            file.path(),
            "hide_codes = maybe\nsort = sideways\n\u{0}garbage",
        )
        .unwrap();
        assert_eq!(file.load(), AppSettings::default());
    }
}

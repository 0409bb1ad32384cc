//! Versioned automatic backups: each automatic backup is a whole vault file named with its
//! time (UTC), so a bad change — or a bad merge — never leaves only one copy to go back to. The
//! folder keeps the last [`KEEP_LATEST`] versions plus the newest of each day for
//! [`KEEP_DAYS`] days; others of ours are removed, files of any other name are never touched.
//!
//! A version goes back in two ways: **merged** (its tokens and edits join the vault as another
//! device's copy would; nothing here is lost) or **restored as it was** (after a confirmation
//! in the app): what the vault holds beyond it goes to the trash (30 days, restorable), its
//! tokens come back from the trash, and their names and settings are set back — as new edits,
//! so every synced device takes them too. An HOTP counter never goes back (a code must never be
//! shown twice).

use super::handle::Vault;
use super::merge::MergeReport;
use super::model::{TokenId, TokenUpdate};
use crate::error::Result;

/// The latest versions always kept.
pub const KEEP_LATEST: usize = 10;
/// Days for which the newest version of each day is kept.
pub const KEEP_DAYS: i64 = 30;

const PREFIX: &str = "mOTP-Token-backup-";
const SUFFIX: &str = ".motp";
const DAY_MS: i64 = 86_400_000;

/// The file name of the version made at `at_ms` (UTC), such as
/// `mOTP-Token-backup-20261205-025200.motp`: sortable, and readable in any file manager.
pub fn backup_name(at_ms: i64) -> String {
    let (y, m, d, hh, mm, ss) = utc_fields(at_ms);
    format!("{PREFIX}{y:04}{m:02}{d:02}-{hh:02}{mm:02}{ss:02}{SUFFIX}")
}

/// The time of the version made at `at_ms` as the apps list it, "2026-12-05 02:52:00 UTC": an
/// ISO date, the same in every language.
pub fn backup_time_text(at_ms: i64) -> String {
    let (y, m, d, hh, mm, ss) = utc_fields(at_ms);
    format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02} UTC")
}

/// Year, month, day, hours, minutes, seconds of `at_ms` (UTC).
fn utc_fields(at_ms: i64) -> (i64, i64, i64, i64, i64, i64) {
    let (days, ms) = (at_ms.div_euclid(DAY_MS), at_ms.rem_euclid(DAY_MS));
    let (y, m, d) = civil_from_days(days);
    let s = ms / 1000;
    (y, m, d, s / 3600, s / 60 % 60, s % 60)
}

/// When the version named `name` was made (Unix ms), if it is one of ours.
pub fn backup_time(name: &str) -> Option<i64> {
    let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (date, time) = stamp.split_once('-')?;
    if date.len() != 8 || time.len() != 6 || !stamp.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        return None;
    }
    let n = |s: &str| s.parse::<i64>().ok();
    let (y, m, d) = (n(&date[..4])?, n(&date[4..6])?, n(&date[6..])?);
    let (hh, mm, ss) = (n(&time[..2])?, n(&time[2..4])?, n(&time[4..])?);
    let days = days_from_civil(y, m, d)?;
    if hh > 23 || mm > 59 || ss > 59 {
        return None;
    }
    Some(days * DAY_MS + (hh * 3600 + mm * 60 + ss) * 1000)
}

// The proleptic Gregorian calendar from and to days since 1970-01-01: Howard Hinnant's
// public-domain algorithms ("chrono-Compatible Low-Level Date Algorithms"), written here rather
// than pulling a date crate into the phones' library for two file-name conversions.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> Option<i64> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d < 1 || d > month_days[(m - 1) as usize] {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Which of `names` (a folder's listing) to remove at `now_ms`: ours beyond the latest
/// [`KEEP_LATEST`], unless it is the newest of its day within [`KEEP_DAYS`] days.
pub fn backups_to_remove(names: &[String], now_ms: i64) -> Vec<String> {
    let mut ours: Vec<(i64, &String)> = names
        .iter()
        .filter_map(|n| backup_time(n).map(|t| (t, n)))
        .collect();
    ours.sort_by(|a, b| b.cmp(a));
    ours.dedup_by(|a, b| a.1 == b.1);
    let mut days_kept: Vec<i64> = Vec::new();
    let mut out = Vec::new();
    for (i, (at, name)) in ours.into_iter().enumerate() {
        let day = at.div_euclid(DAY_MS);
        let recent = now_ms - at <= KEEP_DAYS * DAY_MS;
        let first_of_day = !days_kept.contains(&day);
        if first_of_day {
            days_kept.push(day);
        }
        if i < KEEP_LATEST || (recent && first_of_day) {
            continue;
        }
        out.push(name.clone());
    }
    out
}

impl Vault {
    /// How many tokens a backup of this vault (any copy made with its key) holds.
    pub fn copy_token_count(&self, copy: &[u8]) -> Result<usize> {
        Ok(self.decrypt_copy(copy)?.tokens.len())
    }

    /// Puts the vault back as the backup `copy` holds it (see the module's doc), saved in one
    /// change. A copy of another vault is [`crate::Error::VaultNotThisOne`] and nothing changes.
    pub fn restore_as_backup(&mut self, copy: &[u8], now_ms: i64) -> Result<MergeReport> {
        let backup = self.decrypt_copy(copy)?;
        self.change(|v| {
            let mut report = v.merge_content(&backup);
            let wanted: Vec<TokenId> = backup.tokens.iter().map(|t| t.id).collect();
            let beyond: Vec<TokenId> = v
                .list()
                .into_iter()
                .map(|t| t.id)
                .filter(|id| !wanted.contains(id))
                .collect();
            for id in beyond {
                v.trash(id, now_ms)?;
                report.removed += 1;
            }
            let in_trash: Vec<TokenId> = v.trashed().iter().map(|d| d.token.id).collect();
            for t in &backup.tokens {
                if v.get(t.id).is_err() {
                    if in_trash.contains(&t.id) {
                        v.restore(t.id, now_ms)?;
                        report.added += 1;
                    } else {
                        continue;
                    }
                }
                let now = v.get(t.id)?;
                let update = TokenUpdate {
                    issuer: (now.issuer != t.issuer).then(|| t.issuer.clone()),
                    account: (now.account != t.account).then(|| t.account.clone()),
                    note: (now.note != t.note).then(|| t.note.clone()),
                    tolerance_seconds: (now.tolerance_seconds != t.tolerance_seconds)
                        .then_some(t.tolerance_seconds),
                    group: (now.group != t.group).then(|| t.group.clone()),
                    favourite: (now.favourite != t.favourite).then_some(t.favourite),
                    icon: (now.icon != t.icon).then(|| t.icon.clone()),
                    ..TokenUpdate::default()
                };
                if update != TokenUpdate::default() {
                    v.update(t.id, update, now_ms)?;
                    report.changed += 1;
                }
            }
            Ok(report)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400_000;
    const NOW: i64 = 1_764_900_000_000; // 2025-12-05

    #[test]
    fn the_calendar_round_trips_and_matches_known_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(days_from_civil(2000, 3, 1), Some(11_017));
        assert_eq!(days_from_civil(2023, 2, 29), None);
        for days in (-800_000..2_950_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), Some(days));
        }
    }

    #[test]
    fn names_carry_their_time_and_other_files_are_not_ours() {
        let name = backup_name(1_764_903_120_000);
        assert_eq!(name, "mOTP-Token-backup-20251205-025200.motp");
        assert_eq!(backup_time(&name), Some(1_764_903_120_000));
        assert_eq!(
            backup_time_text(1_764_903_120_000),
            "2025-12-05 02:52:00 UTC"
        );
        for other in [
            "mOTP-Token-backup.motp",
            "vault.motp",
            "mOTP-Token-backup-2025.motp",
            "mOTP-Token-backup-20251305-025200.motp",
            "mOTP-Token-backup-20251205-025200.motp.tmp",
        ] {
            assert_eq!(backup_time(other), None, "{other}");
        }
    }

    #[test]
    fn the_last_ten_and_one_a_day_for_thirty_days_are_kept() {
        // Every hour for 60 days, and a file that is not ours.
        let mut names: Vec<String> = (0..60 * 24)
            .map(|h| backup_name(NOW - h * 3_600_000))
            .collect();
        names.push("notes.txt".into());
        let removed = backup_names_kept(&names);
        let kept: Vec<i64> = removed.iter().filter_map(|n| backup_time(n)).collect();
        // The latest ten, then one a day back to 30 days.
        assert!(
            kept.len() >= KEEP_LATEST + 29 && kept.len() <= KEEP_LATEST + 31,
            "{}",
            kept.len()
        );
        for h in 0..KEEP_LATEST as i64 {
            assert!(kept.contains(&(NOW - h * 3_600_000)));
        }
        for d in 1..30 {
            let day = (NOW - d * DAY).div_euclid(DAY);
            assert!(kept.iter().any(|t| t.div_euclid(DAY) == day), "day {d}");
        }
        assert!(kept.iter().all(|t| NOW - t <= (KEEP_DAYS + 1) * DAY));
        assert!(!backups_to_remove(&names, NOW).contains(&"notes.txt".to_owned()));
        // Keeping is stable: a second pass removes nothing more.
        assert!(backups_to_remove(&removed, NOW).is_empty());
    }

    fn backup_names_kept(names: &[String]) -> Vec<String> {
        let gone = backups_to_remove(names, NOW);
        names
            .iter()
            .filter(|n| !gone.contains(n))
            .cloned()
            .collect()
    }

    #[test]
    fn old_versions_past_the_latest_ten_go() {
        let names: Vec<String> = (0..12).map(|i| backup_name(NOW - (40 + i) * DAY)).collect();
        let gone = backups_to_remove(&names, NOW);
        assert_eq!(gone, names[10..].to_vec());
    }
}

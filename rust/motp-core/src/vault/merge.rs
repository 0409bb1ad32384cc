//! Merging two copies of one vault that were changed apart (two devices, a synced folder's
//! conflict copy, a server's copy): nothing acknowledged on either side is lost.
//!
//! Every token is cut into *parts* that change independently (its issuer, account, note,
//! group, PIN setup, place in the list…), and each part carries the [`Stamp`] of its last
//! change, set when a save finds it changed ([`stamp_changes`]). Merging takes each part from
//! the copy whose stamp is later; the losing version, if it was another value, is kept in the
//! token's history (a few per part) so the apps can offer it back. An HOTP counter is not a
//! part: it merges to the larger, so no code is ever shown twice. A deleted token leaves a
//! [`Tombstone`] naming the latest change the deleting device had seen of it: an edit the
//! deleting device had not seen keeps the token alive (an edit wins over a concurrent
//! deletion), anything older stays deleted.
//!
//! The merge is a join: commutative, associative and idempotent (property tests in
//! `tests/vault_merge.rs` drive random histories on up to five devices), so copies that meet
//! in any order, any number of times, end equal.
//!
//! What is not merged: the vault's settings (the clock correction belongs to the device's
//! clock) and its key slots (a device key is per device; a password change travels with the
//! synced copy, see `docs/vault-format.md` §12). Those stay the local copy's.

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use zeroize::Zeroizing;

use super::content::{Content, Tombstone};
use super::hlc::{Clock, Stamp};
use super::model::{StoredKind, TokenId, TokenRecord};
pub use super::stamps::{FieldVersion, Stamps};
use crate::kind::OtpKind;

/// Versions kept in a token's history for each part.
pub const HISTORY_PER_PART: usize = 3;
/// How long a deletion is remembered: a copy that comes back after longer may bring the token
/// back (the alternative, tombstones kept for ever, grows the vault without bound).
pub const TOMBSTONE_DAYS: i64 = 180;

/// Most deletions remembered: the newest are kept when more pile up within
/// [`TOMBSTONE_DAYS`] (each costs about 130 bytes of every save). A copy that stayed away
/// through more deletions than this may bring an old deleted token back, as after 180 days.
pub const TOMBSTONES_KEPT: usize = 1_000;

/// A token's parts: what changes independently and merges by its own stamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Secret,
    /// The kind and its parameters (an HOTP counter aside).
    Kind,
    Issuer,
    Account,
    /// The PIN policy, the stored PIN and the typo guard: one setup, changed together.
    Pin,
    Tolerance,
    Note,
    Group,
    Favourite,
    Icon,
    Position,
}

impl Part {
    pub(crate) const ALL: [Part; 11] = [
        Part::Secret,
        Part::Kind,
        Part::Issuer,
        Part::Account,
        Part::Pin,
        Part::Tolerance,
        Part::Note,
        Part::Group,
        Part::Favourite,
        Part::Icon,
        Part::Position,
    ];

    /// Its name in `stamps` and `history`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Part::Secret => "secret",
            Part::Kind => "kind",
            Part::Issuer => "issuer",
            Part::Account => "account",
            Part::Pin => "pin",
            Part::Tolerance => "tolerance",
            Part::Note => "note",
            Part::Group => "group",
            Part::Favourite => "favourite",
            Part::Icon => "icon",
            Part::Position => "position",
        }
    }

    /// Reads [`Part::name`] back.
    pub(crate) fn from_name(name: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.name() == name)
    }

    /// Orders two different values of the part that carry the same stamp, so that a merge
    /// picks the same one whichever copy it starts from. (Equal stamps with different values
    /// come only from copies that share a device id: files written before stamps existed, or
    /// one vault file opened by two devices through a synced folder.)
    fn tie_key(self, t: &TokenRecord) -> Zeroizing<Vec<u8>> {
        let mut key = Zeroizing::new(Vec::new());
        match self {
            Part::Secret => key.extend_from_slice(t.secret.expose().as_bytes()),
            Part::Kind => {
                key.extend_from_slice(format!("{:?}", without_counter(&t.kind)).as_bytes())
            }
            Part::Pin => {
                key.extend_from_slice(format!("{:?}", t.pin_policy).as_bytes());
                key.extend_from_slice(&serde_json::to_vec(&t.typo_guard).unwrap_or_default());
                if let Some(pin) = &t.pin {
                    key.extend_from_slice(pin.expose().as_bytes());
                }
            }
            Part::Position => key.extend_from_slice(&t.position.to_be_bytes()),
            _ => key.extend_from_slice(&serde_json::to_vec(&self.value_of(t)).unwrap_or_default()),
        }
        key
    }

    fn same(self, a: &TokenRecord, b: &TokenRecord) -> bool {
        match self {
            Part::Secret => a.secret == b.secret,
            Part::Kind => without_counter(&a.kind) == without_counter(&b.kind),
            Part::Issuer => a.issuer == b.issuer,
            Part::Account => a.account == b.account,
            Part::Pin => {
                a.pin_policy == b.pin_policy && a.pin == b.pin && a.typo_guard == b.typo_guard
            }
            Part::Tolerance => a.tolerance_seconds == b.tolerance_seconds,
            Part::Note => a.note == b.note,
            Part::Group => a.group == b.group,
            Part::Favourite => a.favourite == b.favourite,
            Part::Icon => a.icon == b.icon,
            Part::Position => a.position == b.position,
        }
    }

    fn copy(self, to: &mut TokenRecord, from: &TokenRecord) {
        match self {
            Part::Secret => to.secret = from.secret.clone(),
            Part::Kind => to.kind = from.kind.clone(),
            Part::Issuer => to.issuer = from.issuer.clone(),
            Part::Account => to.account = from.account.clone(),
            Part::Pin => {
                to.pin_policy = from.pin_policy;
                to.pin = from.pin.clone();
                to.typo_guard = from.typo_guard.clone();
            }
            Part::Tolerance => to.tolerance_seconds = from.tolerance_seconds,
            Part::Note => to.note = from.note.clone(),
            Part::Group => to.group = from.group.clone(),
            Part::Favourite => to.favourite = from.favourite,
            Part::Icon => to.icon = from.icon.clone(),
            Part::Position => to.position = from.position,
        }
    }

    /// The part's value as history keeps it (`None` for parts never kept: the secret and the
    /// PIN, which are never kept twice; the kind and the place in the list, which are noise).
    pub(crate) fn value_of(self, t: &TokenRecord) -> Option<Value> {
        let text = |s: &Option<String>| s.clone().map_or(Value::Null, Value::String);
        Some(match self {
            Part::Issuer => text(&t.issuer),
            Part::Account => Value::String(t.account.clone()),
            Part::Tolerance => Value::from(t.tolerance_seconds),
            Part::Note => text(&t.note),
            Part::Group => text(&t.group),
            Part::Favourite => Value::Bool(t.favourite),
            Part::Icon => text(&t.icon),
            Part::Secret | Part::Kind | Part::Pin | Part::Position => return None,
        })
    }
}

/// The kind with an HOTP counter set aside (it merges to the larger, not by stamp).
fn without_counter(kind: &StoredKind) -> StoredKind {
    match kind {
        StoredKind::Known(OtpKind::Hotp(p)) => {
            let mut p = *p;
            p.counter = 0;
            StoredKind::Known(OtpKind::Hotp(p))
        }
        other => other.clone(),
    }
}

fn hotp_counter(kind: &StoredKind) -> Option<u64> {
    match kind {
        StoredKind::Known(OtpKind::Hotp(p)) => Some(p.counter),
        _ => None,
    }
}

/// What a merge changed in the local copy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Tokens that were not in the local copy.
    pub added: usize,
    /// Tokens of the local copy that changed.
    pub changed: usize,
    /// Tokens of the local copy that were deleted elsewhere.
    pub removed: usize,
}

impl std::ops::AddAssign for MergeReport {
    /// Counts another merge's changes in (several copies merged one after another).
    fn add_assign(&mut self, r: MergeReport) {
        self.added += r.added;
        self.changed += r.changed;
        self.removed += r.removed;
    }
}

impl MergeReport {
    /// Whether the local copy changed at all.
    pub fn is_empty(&self) -> bool {
        *self == MergeReport::default()
    }
}

/// `local` and `remote` merged; the settings, generation and header are `local`'s.
///
/// Per token id, every version either copy holds (alive, or kept in a tombstone) is merged
/// part by part, and the deletion that had seen most is kept; the token is alive when an edit
/// is later than what that deletion had seen. Keeping deleted tokens' last versions is what
/// makes this a join: whichever copies meet first, a token that comes back comes back with
/// every part's latest version.
pub(crate) fn merge(local: &Content, remote: &Content) -> (Content, MergeReport) {
    let mut ids: Vec<TokenId> = Vec::new();
    let mut versions: HashMap<TokenId, Vec<&TokenRecord>> = HashMap::new();
    let mut deaths: HashMap<TokenId, &Tombstone> = HashMap::new();
    for content in [local, remote] {
        for t in &content.tokens {
            versions.entry(t.id).or_default().push(t);
            ids.push(t.id);
        }
        for d in &content.deleted {
            if let Some(t) = &d.token {
                versions.entry(d.id).or_default().push(t);
            }
            match deaths.get(&d.id) {
                Some(old) if !d.outranks(old) => {}
                _ => {
                    deaths.insert(d.id, d);
                }
            }
            ids.push(d.id);
        }
    }
    ids.sort();
    ids.dedup();
    let mut tokens = Vec::with_capacity(local.tokens.len());
    let mut deleted = Vec::with_capacity(deaths.len());
    for id in ids {
        let record = match versions.get(&id).map(Vec::as_slice) {
            Some([one]) => Some((*one).clone()),
            Some([a, b]) if a == b => Some((*a).clone()),
            Some([a, rest @ ..]) => Some(rest.iter().fold((*a).clone(), |m, v| merge_token(&m, v))),
            _ => None,
        };
        let death = deaths.get(&id);
        match (record, death) {
            (Some(r), Some(d)) if r.stamps.latest_edit() <= d.seen => deleted.push(Tombstone {
                token: Some(Box::new(r)),
                ..(*d).clone()
            }),
            (Some(r), d) => {
                if let Some(d) = d {
                    // Kept bare: a later merge must still know what that deletion had seen.
                    deleted.push(Tombstone {
                        token: None,
                        ..(*d).clone()
                    });
                }
                tokens.push(r);
            }
            (None, Some(d)) => deleted.push((*d).clone()),
            (None, None) => {}
        }
    }
    tokens.sort_by_key(|t| (t.position, t.id));

    let local_alive: HashMap<TokenId, &TokenRecord> =
        local.tokens.iter().map(|t| (t.id, t)).collect();
    let mut report = MergeReport::default();
    let mut kept = 0;
    for t in &tokens {
        match local_alive.get(&t.id) {
            Some(l) => {
                kept += 1;
                if *l != t {
                    report.changed += 1;
                }
            }
            None => report.added += 1,
        }
    }
    report.removed = local.tokens.len() - kept;
    let merged = Content {
        tokens,
        deleted,
        ..local.clone()
    };
    (merged, report)
}

/// One token's two versions merged part by part.
fn merge_token(a: &TokenRecord, b: &TokenRecord) -> TokenRecord {
    let mut out = a.clone();
    let mut history: Vec<FieldVersion> = a.history.iter().chain(&b.history).cloned().collect();
    for part in Part::ALL {
        let (sa, sb) = (a.stamps.get(part.name()), b.stamps.get(part.name()));
        let b_wins = match sb.cmp(&sa) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => !part.same(a, b) && *part.tie_key(b) > *part.tie_key(a),
        };
        let (winner, loser, stamp, lost) = if b_wins {
            (b, a, sb, sa)
        } else {
            (a, b, sa, sb)
        };
        part.copy(&mut out, winner);
        out.stamps.set(part.name(), stamp.clone());
        if stamp != lost
            && let Some(value) = part.value_of(loser)
        {
            history.push(FieldVersion {
                part: part.name().to_owned(),
                stamp: lost,
                value,
            });
        }
    }
    // A newer app's members: each by its own stamp (unstamped ones keep `a`'s).
    let names: Vec<String> = a.extra.keys().chain(b.extra.keys()).cloned().collect();
    for name in names {
        let (sa, sb) = (a.stamps.get(&name), b.stamps.get(&name));
        if sb > sa {
            match b.extra.get(&name) {
                Some(v) => out.extra.insert(name.clone(), v.clone()),
                None => out.extra.remove(&name),
            };
            out.stamps.set(&name, sb);
        }
    }
    if let (Some(ca), Some(cb), StoredKind::Known(OtpKind::Hotp(p))) =
        (hotp_counter(&a.kind), hotp_counter(&b.kind), &mut out.kind)
    {
        p.counter = ca.max(cb);
    }
    out.created_ms = a.created_ms.min(b.created_ms);
    out.updated_ms = a.updated_ms.max(b.updated_ms);
    out.last_used_ms = a.last_used_ms.max(b.last_used_ms);
    out.history = tidy_history(history, &out.stamps);
    out
}

/// Versions once each, none that is the current one, the newest [`HISTORY_PER_PART`] of each
/// part, in a fixed order (part, newest first) so that equal histories compare equal.
fn tidy_history(mut history: Vec<FieldVersion>, current: &Stamps) -> Vec<FieldVersion> {
    history.retain(|v| current.get(&v.part) != v.stamp);
    history.sort_by(|x, y| x.part.cmp(&y.part).then(y.stamp.cmp(&x.stamp)));
    history.dedup_by(|x, y| x.part == y.part && x.stamp == y.stamp);
    let mut out = Vec::with_capacity(history.len());
    let mut count = 0;
    for v in history {
        count = match out.last() {
            Some(FieldVersion { part, .. }) if *part == v.part => count + 1,
            _ => 1,
        };
        if count <= HISTORY_PER_PART {
            out.push(v);
        }
    }
    out
}

/// Stamps what changed between `saved` (the content as last read or written) and `now` (about
/// to be written) with one new stamp from `clock` at `now_ms`, and records deletions. Also
/// gives every token its place (`position`, increasing along the list) and forgets deletions
/// older than [`TOMBSTONE_DAYS`]. Nothing is stamped when nothing changed.
pub(crate) fn stamp_changes(saved: &Content, now: &mut Content, clock: &mut Clock, now_ms: i64) {
    let mut stamp: Option<Stamp> = None;
    let mut tick = |clock: &mut Clock| stamp.get_or_insert_with(|| clock.tick(now_ms)).clone();
    place(&mut now.tokens);
    let before: HashMap<TokenId, &TokenRecord> = saved.tokens.iter().map(|t| (t.id, t)).collect();
    for t in &mut now.tokens {
        match before.get(&t.id) {
            None => {
                let s = tick(clock);
                for part in Part::ALL {
                    t.stamps.set(part.name(), s.clone());
                }
            }
            Some(old) => {
                for part in Part::ALL {
                    if !part.same(t, old) {
                        let s = tick(clock);
                        t.stamps.set(part.name(), s);
                    }
                }
                let changed: Vec<String> = t
                    .extra
                    .iter()
                    .filter(|(k, v)| old.extra.get(*k) != Some(*v))
                    .map(|(k, _)| k.clone())
                    .chain(
                        old.extra
                            .keys()
                            .filter(|k| !t.extra.contains_key(*k))
                            .cloned(),
                    )
                    .collect();
                for name in changed {
                    let s = tick(clock);
                    t.stamps.set(&name, s);
                }
            }
        }
    }
    let remaining: HashSet<TokenId> = now.tokens.iter().map(|t| t.id).collect();
    let gone: Vec<&TokenRecord> = saved
        .tokens
        .iter()
        .filter(|t| !remaining.contains(&t.id))
        .collect();
    if !gone.is_empty() {
        let s = tick(clock);
        let ids: HashSet<TokenId> = gone.iter().map(|t| t.id).collect();
        now.deleted.retain(|d| !ids.contains(&d.id));
        now.deleted.extend(gone.into_iter().map(|old| Tombstone {
            id: old.id,
            stamp: s.clone(),
            seen: old.stamps.latest_edit(),
            token: Some(Box::new(old.clone())),
        }));
    }
    let horizon = now_ms.saturating_sub(TOMBSTONE_DAYS * 86_400_000);
    now.deleted.retain(|d| d.stamp.wall_ms >= horizon);
    if now.deleted.len() > TOMBSTONES_KEPT {
        now.deleted
            .sort_by(|a, b| b.stamp.cmp(&a.stamp).then(a.id.cmp(&b.id)));
        now.deleted.truncate(TOMBSTONES_KEPT);
        now.deleted.sort_by_key(|d| d.id);
    }
}

/// Gives each token a place such that the list is in `(position, id)` order, changing as few
/// as it can: a new token (unplaced) goes after the one before it when there is room, and only
/// a list out of order (after a move) is renumbered. A merged list is in that order already
/// (equal positions from two devices are ordered by id), so saving a merge renumbers nothing.
fn place(tokens: &mut [TokenRecord]) {
    let unplaced = |p: i64| p == i64::MAX || p == i64::MIN;
    let mut prev: Option<(i64, TokenId)> = None;
    let mut ordered = true;
    for i in 0..tokens.len() {
        if unplaced(tokens[i].position) {
            let want = prev.map_or(0, |(p, _)| p.saturating_add(1));
            let next = tokens[i + 1..]
                .iter()
                .find(|t| !unplaced(t.position))
                .map(|t| (t.position, t.id));
            if next.is_none_or(|n| (want, tokens[i].id) < n) {
                tokens[i].position = want;
            } else {
                ordered = false;
                break;
            }
        }
        let here = (tokens[i].position, tokens[i].id);
        if prev.is_some_and(|p| here <= p) {
            ordered = false;
            break;
        }
        prev = Some(here);
    }
    if !ordered {
        for (i, t) in tokens.iter_mut().enumerate() {
            t.position = i as i64;
        }
    }
}

/// The version of `part` of a token stamped `stamp` in its history, to restore it.
pub(crate) fn restore(t: &mut TokenRecord, part: Part, stamp: &Stamp) -> Option<()> {
    let v = t
        .history
        .iter()
        .find(|v| v.part == part.name() && v.stamp == *stamp)?
        .value
        .clone();
    let text = |v: &Value| match v {
        Value::Null => Some(None),
        Value::String(s) => Some(Some(s.clone())),
        _ => None,
    };
    match part {
        Part::Issuer => t.issuer = text(&v)?,
        Part::Account => t.account = v.as_str()?.to_owned(),
        Part::Tolerance => t.tolerance_seconds = u32::try_from(v.as_u64()?).ok()?,
        Part::Note => t.note = text(&v)?,
        Part::Group => t.group = text(&v)?,
        Part::Favourite => t.favourite = v.as_bool()?,
        Part::Icon => t.icon = text(&v)?,
        Part::Secret | Part::Kind | Part::Pin | Part::Position => return None,
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::Part;
    use crate::vault::stamps::PART_NAMES;

    #[test]
    fn every_part_is_stamped_under_its_own_name() {
        let names: Vec<&str> = Part::ALL.iter().map(|p| p.name()).collect();
        assert_eq!(names, PART_NAMES);
        for p in Part::ALL {
            assert_eq!(Part::from_name(p.name()), Some(p));
        }
    }
}

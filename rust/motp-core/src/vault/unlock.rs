//! Turning file bytes into an unlocked vault: parse, find a slot that opens, decrypt.

use std::fmt;

use super::content::Content;
use super::crypto::{MasterKey, Password};
use super::envelope::VaultFile;
use super::hlc::{Clock, DeviceId};
use super::protector::KeyProtector;
use super::slots::Slot;
use crate::error::{Error, Result};

/// How to unlock a vault.
#[derive(Clone, Copy)]
pub enum Unlock<'a> {
    /// With a password (tries every password slot).
    Password(&'a Password),
    /// With a platform key store (tries the slots with its identifier).
    Protector(&'a dyn KeyProtector),
}

impl fmt::Debug for Unlock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unlock::Password(_) => f.write_str("Unlock::Password(<redacted>)"),
            Unlock::Protector(p) => write!(f, "Unlock::Protector({})", p.id()),
        }
    }
}

/// An unlocked vault in memory.
#[derive(Debug, Clone)]
pub(crate) struct Unlocked {
    pub slots: Vec<Slot>,
    pub key: MasterKey,
    pub content: Content,
    /// The content as last read or written: a save stamps what differs from it.
    pub saved: Content,
    /// This device's clock for the stamps, past every stamp in the content.
    pub clock: Clock,
}

/// The header member naming the device that writes this file (format version 3).
pub(crate) const DEVICE_MEMBER: &str = "device";

impl Unlocked {
    /// `content` as opened (or created), with the device's clock: the header's `device`, or a
    /// new one that the next save writes.
    pub(crate) fn new(slots: Vec<Slot>, key: MasterKey, mut content: Content) -> Result<Unlocked> {
        let device = match content
            .header_extra
            .get(DEVICE_MEMBER)
            .and_then(|v| v.as_str())
            .and_then(DeviceId::parse)
        {
            Some(d) => d,
            None => {
                let d = DeviceId::generate()?;
                content
                    .header_extra
                    .insert(DEVICE_MEMBER.into(), d.as_str().into());
                d
            }
        };
        let latest = content.latest_stamp();
        let clock = Clock::new(device, latest.as_ref());
        Ok(Unlocked {
            slots,
            key,
            saved: content.clone(),
            content,
            clock,
        })
    }
}

/// Password slots are tried one after another, so each slot's bounds (1 GiB, 64 passes) would
/// allow 64 times the worst slot for one file. A vault has one password slot (a password change
/// replaces it): the work of all of them together may not exceed what one slot may ask for,
/// checked before any is derived.
fn check_total_cost(file: &VaultFile) -> Result<()> {
    use super::kdf::{MAX_ITERATIONS, MAX_MEMORY_KIB};
    let max = u64::from(MAX_MEMORY_KIB) * u64::from(MAX_ITERATIONS);
    let (total, slots) = file
        .slots
        .iter()
        .filter_map(|s| match s {
            Slot::Password { kdf, .. } => {
                Some(u64::from(kdf.memory_kib) * u64::from(kdf.iterations))
            }
            _ => None,
        })
        .fold((0u64, 0usize), |(t, n), w| (t.saturating_add(w), n + 1));
    if total > max {
        return Err(Error::VaultKdfParams(format!(
            "this file's {slots} password slots ask for key derivation of {total} KiB × passes \
             in all, more than the {max} one slot may ask for; it was not tried: restore the \
             vault from its .prev copy or a backup"
        )));
    }
    Ok(())
}

/// Finds the master key with `how` and decrypts.
pub(crate) fn unlock(file: &VaultFile, how: Unlock<'_>) -> Result<Unlocked> {
    let key = match how {
        Unlock::Password(pw) => {
            check_total_cost(file)?;
            let mut found = None;
            let mut any = false;
            for slot in &file.slots {
                if let Slot::Password { .. } = slot {
                    any = true;
                    if let Some(k) = slot.unwrap_password(pw)? {
                        found = Some(k);
                        break;
                    }
                }
            }
            if !any {
                let unknown: Vec<String> = file
                    .slots
                    .iter()
                    .filter_map(|s| match s {
                        Slot::Unknown { type_name, .. } => Some(format!("\"{type_name}\"")),
                        _ => None,
                    })
                    .collect();
                return Err(Error::VaultNoSuchSlot(if unknown.is_empty() {
                    "this vault has no password: unlock it with the device it was set up on".into()
                } else {
                    format!(
                        "this vault has no password slot this app knows (it has slots of type \
                         {}): update the app, or unlock it with the device it was set up on",
                        unknown.join(", ")
                    )
                }));
            }
            found.ok_or(Error::VaultWrongPassword)?
        }
        Unlock::Protector(p) => {
            let mut found = None;
            let mut last_err = None;
            for slot in &file.slots {
                match slot.unwrap_platform(p) {
                    Ok(Some(k)) => {
                        found = Some(k);
                        break;
                    }
                    Ok(None) => {}
                    Err(e) => last_err = Some(e),
                }
            }
            match (found, last_err) {
                (Some(k), _) => k,
                (None, Some(e)) => return Err(e),
                (None, None) => {
                    return Err(Error::VaultNoSuchSlot(format!(
                        "this vault has no key for this device's key store ({}): unlock it \
                         with the password",
                        p.id()
                    )));
                }
            }
        }
    };
    let content = file.decrypt(&key)?;
    Unlocked::new(file.slots.clone(), key, content)
}

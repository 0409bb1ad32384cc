//! Turning file bytes into an unlocked vault: parse, find a slot that opens, decrypt.

use std::fmt;

use super::content::Content;
use super::crypto::{MasterKey, Password};
use super::envelope::VaultFile;
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
}

/// Finds the master key with `how` and decrypts.
pub(crate) fn unlock(file: &VaultFile, how: Unlock<'_>) -> Result<Unlocked> {
    let key = match how {
        Unlock::Password(pw) => {
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
    Ok(Unlocked {
        slots: file.slots.clone(),
        key,
        content,
    })
}

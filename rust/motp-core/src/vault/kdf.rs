//! Password key derivation: Argon2id with the parameters stored in each password slot.
//!
//! The parameters travel with the slot, so a vault made on a fast laptop opens on a slow
//! phone (just more slowly) and defaults can be raised later without breaking old files.
//! Because a file's parameters are attacker-controlled, opening refuses values that would
//! exhaust a phone's memory or hang the app ([`KdfParams::check_for_opening`]).

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use super::crypto::{KEY_LEN, Password};
use crate::error::{Error, Result};

/// Length of the random salt of each password slot.
pub const SALT_LEN: usize = 16;

/// Most memory a file may ask for: 1 GiB. Phones with less free memory would be killed.
pub const MAX_MEMORY_KIB: u32 = 1024 * 1024;
/// Most passes a file may ask for.
pub const MAX_ITERATIONS: u32 = 64;
/// Most lanes a file may ask for.
pub const MAX_PARALLELISM: u32 = 16;

/// Most memory one password slot of a *backup being imported* may ask for: 256 MiB. A backup
/// comes from outside, so it gets tighter limits than the vault a user opens.
pub const BACKUP_MAX_MEMORY_KIB: u32 = 256 * 1024;
/// Most Argon2 work a backup being imported may ask for, summed over its password slots
/// (memory in KiB × passes): three times the default's (64 MiB × 16 passes), about 1.5 s on
/// the reference machine. A real backup has one slot at the default.
pub const BACKUP_MAX_WORK: u64 = 3 * 64 * 1024 * 16;

/// Argon2id cost parameters (version 0x13).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KdfParams {
    /// Memory in KiB (Argon2 `m`).
    pub memory_kib: u32,
    /// Passes over memory (Argon2 `t`).
    pub iterations: u32,
    /// Lanes (Argon2 `p`). This crate computes lanes one after another, so more lanes cost the
    /// same time per pass; 1 keeps phones and laptops equal.
    pub parallelism: u32,
}

impl KdfParams {
    /// The defaults for new vaults: 64 MiB, 16 passes, 1 lane. Measured at about 0.5 s on the
    /// project's 2-core x86_64 machine (one pass over 64 MiB takes about 31 ms there); expect
    /// 0.5–1.5 s on phones. docs/vault-format.md has the figures. 64 MiB is the memory OWASP's
    /// Argon2id guidance starts from, and low enough for any phone to allocate.
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 16,
        parallelism: 1,
    };

    /// The cheapest parameters Argon2 allows (8 KiB, 1 pass). **For tests only**: a vault with
    /// these is protected by little more than its password's own entropy.
    pub const INSECURE_FAST_FOR_TESTS: KdfParams = KdfParams {
        memory_kib: 8,
        iterations: 1,
        parallelism: 1,
    };

    /// Checks that Argon2 accepts these values and that they are within what any device can
    /// afford; used both when creating and when opening a slot.
    pub fn check_for_opening(&self) -> Result<()> {
        if self.parallelism == 0 || self.parallelism > MAX_PARALLELISM {
            return Err(Error::VaultKdfParams(format!(
                "the key derivation lanes must be 1 to {MAX_PARALLELISM}, not {}",
                self.parallelism
            )));
        }
        if self.iterations == 0 || self.iterations > MAX_ITERATIONS {
            return Err(Error::VaultKdfParams(format!(
                "the key derivation passes must be 1 to {MAX_ITERATIONS}, not {}",
                self.iterations
            )));
        }
        let min = 8 * self.parallelism;
        if self.memory_kib < min || self.memory_kib > MAX_MEMORY_KIB {
            return Err(Error::VaultKdfParams(format!(
                "the key derivation memory must be {min} KiB to {MAX_MEMORY_KIB} KiB, not {} KiB",
                self.memory_kib
            )));
        }
        Ok(())
    }

    fn argon2(&self) -> Result<Argon2<'static>> {
        self.check_for_opening()?;
        let params = Params::new(
            self.memory_kib,
            self.iterations,
            self.parallelism,
            Some(KEY_LEN),
        )
        .map_err(|e| Error::VaultKdfParams(format!("Argon2 refused the parameters: {e}")))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams::DEFAULT
    }
}

/// Derives the key-encryption key of a password slot.
pub(crate) fn derive(
    password: &Password,
    salt: &[u8],
    params: &KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let argon2 = params.argon2()?;
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon2
        .hash_password_into(password.expose().as_bytes(), salt, &mut out[..])
        .map_err(|e| Error::VaultKdfParams(format!("the key derivation failed: {e}")))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_answer() {
        // Argon2id v0x13, m=8 KiB, t=1, p=1, password "password", salt "somesaltsomesalt":
        // computed independently with Python `cryptography` 48 (kdf.argon2.Argon2id).
        let key = derive(
            &Password::new("password").unwrap(),
            b"somesaltsomesalt",
            &KdfParams::INSECURE_FAST_FOR_TESTS,
        )
        .unwrap();
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "05b6ca8f8038b683887ad4916533858b49cb52040126c134f4c6e9d8711b8c09"
        );
    }

    #[test]
    fn refuses_hostile_parameters() {
        for bad in [
            KdfParams {
                memory_kib: 4,
                ..KdfParams::INSECURE_FAST_FOR_TESTS
            },
            KdfParams {
                memory_kib: u32::MAX,
                ..KdfParams::DEFAULT
            },
            KdfParams {
                iterations: 0,
                ..KdfParams::DEFAULT
            },
            KdfParams {
                iterations: 1000,
                ..KdfParams::DEFAULT
            },
            KdfParams {
                parallelism: 0,
                ..KdfParams::DEFAULT
            },
        ] {
            assert!(matches!(
                bad.check_for_opening(),
                Err(Error::VaultKdfParams(_))
            ));
        }
        KdfParams::DEFAULT.check_for_opening().unwrap();
    }
}

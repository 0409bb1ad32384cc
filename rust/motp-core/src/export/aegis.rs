//! Aegis vault export, plain or encrypted.
//!
//! What current Aegis writes (`VaultFile`, `Vault`, `VaultEntry`, `MotpInfo`, `PasswordSlot`):
//! file version 1, content version 3 (`entries`, `groups`, `icons_optimized`), entries with
//! `type`, `uuid`, `name`, `issuer`, `note`, `favorite`, `icon`, `info`, `groups`, and mOTP
//! info `{secret: Base32 of the secret's bytes, algo: "MD5", digits: 6, period: 10, pin}`.
//! Encrypted vaults get one password slot: scrypt (N = 2^15, r = 8, p = 1 by default, 32-byte
//! salt) wrapping a random master key with AES-256-GCM, and the contents sealed with
//! AES-256-GCM under the master key, exactly as `docs/vault.md` specifies.
//!
//! TOTP and HOTP entries are written as Aegis writes them (`info.secret` Base32, `algo`,
//! `digits`, `period` or `counter`); a TOTP token with a start time T0 other than 0 is left out
//! (Aegis has no T0).
//!
//! Aegis stores an mOTP secret as the bytes its hex encodes and hashes it back as lowercase
//! hex, and it needs the PIN in the vault. So an mOTP token is left out (and reported) when its
//! secret is not hex of even length, has uppercase letters (Aegis would compute different
//! codes), or has no stored PIN.

use serde_json::{Value, json};
use zeroize::Zeroizing;

use super::{Exported, token_label};
use crate::error::{Error, Result};
use crate::import::aegis::{CONTENT_VERSION, FILE_VERSION, SLOT_PASSWORD};
use crate::import::crypto::{self, ScryptParams};
use crate::import::encoding::{base32_encode, base64_encode, hex_decode, hex_lower};
use crate::import::json::Json;
use crate::kind::OtpKind;
use crate::portable::PortableToken;

/// scrypt parameters of an encrypted export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AegisExportParams {
    /// log2(N); Aegis uses 15.
    pub scrypt_log_n: u8,
    /// r; Aegis uses 8.
    pub scrypt_r: u32,
    /// p; Aegis uses 1.
    pub scrypt_p: u32,
}

impl Default for AegisExportParams {
    /// Aegis's own parameters (N = 2^15, r = 8, p = 1: 32 MiB, which phones can afford).
    fn default() -> Self {
        AegisExportParams {
            scrypt_log_n: 15,
            scrypt_r: 8,
            scrypt_p: 1,
        }
    }
}

/// Writes an Aegis vault with the tokens Aegis can represent; `password: Some` encrypts it.
pub fn export_aegis(
    tokens: &[PortableToken],
    password: Option<&str>,
    params: AegisExportParams,
) -> Result<Exported> {
    // Check everything before doing any work, and refuse parameters our own importer (and
    // phones) would refuse.
    let scrypt = match password {
        Some("") => return Err(Error::ExportPasswordEmpty),
        Some(_) => Some(check_params(params)?),
        None => None,
    };
    let mut entries = Vec::with_capacity(tokens.len());
    let mut skipped = Vec::new();
    // Content version 3's groups: each group name once, with a random id the entries list.
    let mut groups: Vec<(String, String)> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        match entry(token) {
            Ok(mut e) => {
                if let Some(name) = &token.group {
                    let id = match groups.iter().find(|(_, n)| n == name) {
                        Some((id, _)) => id.clone(),
                        None => {
                            let id = crypto::uuid_v4()?;
                            groups.push((id.clone(), name.clone()));
                            id
                        }
                    };
                    e["groups"] = json!([id]);
                }
                entries.push(e)
            }
            Err(reason) => skipped.push((token_label(token, i), reason.into())),
        }
    }
    let count = entries.len();
    let groups: Vec<Value> = groups
        .into_iter()
        .map(|(uuid, name)| json!({ "uuid": uuid, "name": name }))
        .collect();
    let content = Json(json!({
        "version": CONTENT_VERSION,
        "entries": entries,
        "groups": groups,
        "icons_optimized": true,
    }));
    let file = match (password, scrypt) {
        (Some(password), Some(scrypt)) => encrypted_file(&content, password, scrypt)?,
        _ => Json(json!({
            "version": FILE_VERSION,
            "header": {"slots": null, "params": null},
            "db": content.0.clone(),
        })),
    };
    Ok(Exported {
        bytes: file.to_pretty_bytes()?,
        skipped,
        count,
    })
}

fn check_params(p: AegisExportParams) -> Result<ScryptParams> {
    let n = 1u64
        .checked_shl(u32::from(p.scrypt_log_n))
        .filter(|_| p.scrypt_log_n < 64)
        .unwrap_or(u64::MAX);
    ScryptParams::check(n, u64::from(p.scrypt_r), u64::from(p.scrypt_p), "Aegis").map_err(|e| {
        Error::InvalidOption(format!(
            "scrypt parameters N = 2^{}, r = {}, p = {} cannot be used for an Aegis export ({e}); \
             use the defaults (N = 2^15, r = 8, p = 1)",
            p.scrypt_log_n, p.scrypt_r, p.scrypt_p
        ))
    })
}

/// The vault entry for a token, or why Aegis cannot hold it.
fn entry(token: &PortableToken) -> std::result::Result<Value, &'static str> {
    let info = match token.kind {
        OtpKind::Motp => motp_info(token)?,
        OtpKind::Totp(p) => {
            if p.t0_seconds != 0 {
                return Err("its TOTP start time T0 is not 0, which Aegis cannot store");
            }
            json!({
                "secret": token.secret.expose(),
                "algo": p.algorithm.name(),
                "digits": p.digits,
                "period": p.period_seconds,
            })
        }
        OtpKind::Hotp(p) => json!({
            "secret": token.secret.expose(),
            "algo": p.algorithm.name(),
            "digits": p.digits,
            "counter": p.counter,
        }),
        // Aegis's `steam` entries carry Steam's fixed parameters in TOTP's members.
        OtpKind::Steam => json!({
            "secret": token.secret.expose(),
            "algo": "SHA1",
            "digits": crate::kind::STEAM_CODE_LENGTH,
            "period": crate::kind::STEAM_TIMING.period_seconds,
        }),
    };
    let uuid = crypto::uuid_v4().map_err(|_| "the system random number generator failed")?;
    Ok(json!({
        "type": token.kind.name(),
        "uuid": uuid,
        "name": token.account,
        "issuer": token.issuer.clone().unwrap_or_default(),
        "note": token.note.clone().unwrap_or_default(),
        "favorite": false,
        "icon": null,
        "info": info,
        "groups": [],
    }))
}

/// mOTP's `info`: the secret as the bytes its hex encodes, and the PIN.
fn motp_info(token: &PortableToken) -> std::result::Result<Value, &'static str> {
    let text = token.secret.expose();
    if !token.secret.is_hex() {
        return Err(
            "the secret is not hexadecimal, and Aegis stores mOTP secrets as the bytes their hex \
             encodes",
        );
    }
    if text.len() % 2 != 0 {
        return Err(
            "the secret has an odd number of hex digits, which Aegis cannot store as bytes",
        );
    }
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        return Err(
            "the secret has uppercase letters; Aegis would turn them lowercase and compute \
             different codes",
        );
    }
    let Some(pin) = &token.pin else {
        return Err("no PIN is stored with it, and Aegis needs the PIN in its vault");
    };
    let bytes = hex_decode(text).ok_or("the secret is not hexadecimal")?;
    Ok(json!({
        "secret": base32_encode(&bytes).as_str(),
        "algo": "MD5",
        "digits": 6,
        "period": 10,
        "pin": pin.expose(),
    }))
}

fn encrypted_file(content: &Json, password: &str, scrypt: ScryptParams) -> Result<Json> {
    let master = Zeroizing::new(crypto::random::<32>()?);
    let salt: [u8; 32] = crypto::random()?;
    let slot_nonce: [u8; 12] = crypto::random()?;
    let db_nonce: [u8; 12] = crypto::random()?;
    let wrapping = scrypt.derive(password.as_bytes(), &salt, "Aegis")?;
    let (wrapped, slot_tag) = crypto::gcm_seal(&wrapping, &slot_nonce, &master[..])?;
    let plaintext = content.to_pretty_bytes()?;
    let (sealed, db_tag) = crypto::gcm_seal(&master, &db_nonce, &plaintext)?;
    Ok(Json(json!({
        "version": FILE_VERSION,
        "header": {
            "slots": [{
                "type": SLOT_PASSWORD,
                "uuid": crypto::uuid_v4()?,
                "key": hex_lower(&wrapped),
                "key_params": {"nonce": hex_lower(&slot_nonce), "tag": hex_lower(&slot_tag)},
                "n": 1u64 << scrypt.log_n,
                "r": scrypt.r,
                "p": scrypt.p,
                "salt": hex_lower(&salt),
                "repaired": true,
                "is_backup": false,
            }],
            "params": {"nonce": hex_lower(&db_nonce), "tag": hex_lower(&db_tag)},
        },
        "db": base64_encode(&sealed),
    })))
}

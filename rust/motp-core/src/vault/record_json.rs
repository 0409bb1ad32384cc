//! A token's JSON in the vault (docs/vault-format.md §7), and its conversion to and from
//! [`TokenRecord`].
//!
//! The kind's parameters are read as raw JSON values first, so a token of a kind this build
//! does not know keeps them untouched (with every other unknown member, in `extra`) and is
//! written back as it was. Version-1 files have no `kind`: their tokens are mOTP.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::model::{PinPolicy, StoredKind, TokenId, TokenRecord, pin_text, secret_text};
use super::stamps::{FieldVersion, Stamps};
use super::typo_guard::TypoGuard;
use crate::kind::{HashAlgorithm, HotpParams, OtpKind, TotpParams};
use crate::pin::Pin;
use crate::secret::Secret;
use crate::time::DEFAULT_TOLERANCE_SECONDS;

/// The members of a kind's parameters; unknown kinds keep theirs in `extra` by name.
const PARAM_NAMES: [&str; 5] = ["algorithm", "digits", "period", "t0", "counter"];

#[derive(Serialize, Deserialize)]
pub(crate) struct TokenJson {
    id: TokenId,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    issuer: Option<String>,
    account: String,
    #[serde(with = "secret_text")]
    secret: Secret,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    algorithm: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    digits: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    period: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    t0: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    counter: Option<Value>,
    #[serde(default)]
    pin_policy: PinPolicy,
    #[serde(default, with = "pin_text")]
    pin: Option<Pin>,
    #[serde(default)]
    typo_guard: Option<TypoGuard>,
    #[serde(default = "default_tolerance")]
    tolerance_seconds: u32,
    #[serde(default)]
    note: Option<String>,
    created_ms: i64,
    updated_ms: i64,
    #[serde(default)]
    last_used_ms: Option<i64>,
    #[serde(default)]
    group: Option<String>,
    #[serde(default)]
    favourite: bool,
    #[serde(default)]
    icon: Option<String>,
    /// Format version 3; older files' tokens take their place in the list.
    #[serde(default)]
    position: Option<i64>,
    /// Format version 3; older files' parts are stamped with the token's `updated_ms`.
    #[serde(default, skip_serializing_if = "Stamps::is_empty")]
    stamps: Stamps,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    history: Vec<FieldVersion>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

fn default_tolerance() -> u32 {
    DEFAULT_TOLERANCE_SECONDS
}

impl TokenJson {
    fn params(&mut self) -> [(&'static str, &mut Option<Value>); 5] {
        [
            (PARAM_NAMES[0], &mut self.algorithm),
            (PARAM_NAMES[1], &mut self.digits),
            (PARAM_NAMES[2], &mut self.period),
            (PARAM_NAMES[3], &mut self.t0),
            (PARAM_NAMES[4], &mut self.counter),
        ]
    }

    fn kind(&self) -> Result<StoredKind, String> {
        let name = self.kind.as_deref().unwrap_or("motp");
        let algorithm = || match &self.algorithm {
            None => Ok(HashAlgorithm::Sha1),
            Some(Value::String(s)) => {
                HashAlgorithm::parse(s).map_err(|_| "a token's algorithm is unknown".to_owned())
            }
            Some(_) => Err("a token's algorithm is not a string".to_owned()),
        };
        let number = |v: &Option<Value>, what: &str| -> Result<Option<i64>, String> {
            match v {
                None => Ok(None),
                Some(v) => v
                    .as_i64()
                    .map(Some)
                    .ok_or_else(|| format!("a token's {what} is not a whole number")),
            }
        };
        let digits = || -> Result<u8, String> {
            let d = number(&self.digits, "digits")?.unwrap_or(6);
            u8::try_from(d).map_err(|_| "a token's digits are out of range".to_owned())
        };
        Ok(match name {
            "motp" => StoredKind::Known(OtpKind::Motp),
            // Steam's parameters are fixed: nothing else is stored (nor read).
            "steam" => StoredKind::Known(OtpKind::Steam),
            "totp" => StoredKind::Known(OtpKind::Totp(TotpParams {
                algorithm: algorithm()?,
                digits: digits()?,
                period_seconds: u32::try_from(number(&self.period, "period")?.unwrap_or(30))
                    .map_err(|_| "a token's period is out of range".to_owned())?,
                t0_seconds: number(&self.t0, "t0")?.unwrap_or(0),
            })),
            "hotp" => StoredKind::Known(OtpKind::Hotp(HotpParams {
                algorithm: algorithm()?,
                digits: digits()?,
                counter: match &self.counter {
                    Some(v) => v
                        .as_u64()
                        .ok_or("an HOTP token's counter is not a whole number")?,
                    None => return Err("an HOTP token has no counter".into()),
                },
            })),
            other => StoredKind::Unknown(other.to_owned()),
        })
    }
}

impl TryFrom<TokenJson> for TokenRecord {
    type Error = String;

    fn try_from(mut j: TokenJson) -> Result<TokenRecord, String> {
        let kind = j.kind()?;
        if let StoredKind::Unknown(_) = kind {
            // Its parameters are not ours to interpret: keep them verbatim.
            let mut kept = Vec::new();
            for (name, value) in j.params() {
                if let Some(v) = value.take() {
                    kept.push((name, v));
                }
            }
            for (name, v) in kept {
                j.extra.insert(name.to_owned(), v);
            }
        }
        Ok(TokenRecord {
            id: j.id,
            kind,
            issuer: j.issuer,
            account: j.account,
            secret: j.secret,
            pin_policy: j.pin_policy,
            pin: j.pin,
            typo_guard: j.typo_guard,
            tolerance_seconds: j.tolerance_seconds,
            note: j.note,
            created_ms: j.created_ms,
            updated_ms: j.updated_ms,
            last_used_ms: j.last_used_ms,
            group: j.group,
            favourite: j.favourite,
            icon: j.icon,
            // An older file's place comes from the list's order (`Content::decode`).
            position: j.position.unwrap_or(i64::MIN),
            stamps: j.stamps.completed(j.updated_ms),
            history: j.history,
            extra: j.extra,
        })
    }
}

impl From<TokenRecord> for TokenJson {
    fn from(t: TokenRecord) -> TokenJson {
        let mut extra = t.extra;
        let mut j = TokenJson {
            id: t.id,
            kind: Some(t.kind.name().to_owned()),
            issuer: t.issuer,
            account: t.account,
            secret: t.secret,
            algorithm: None,
            digits: None,
            period: None,
            t0: None,
            counter: None,
            pin_policy: t.pin_policy,
            pin: t.pin,
            typo_guard: t.typo_guard,
            tolerance_seconds: t.tolerance_seconds,
            note: t.note,
            created_ms: t.created_ms,
            updated_ms: t.updated_ms,
            last_used_ms: t.last_used_ms,
            group: t.group,
            favourite: t.favourite,
            icon: t.icon,
            position: Some(t.position),
            stamps: t.stamps,
            history: t.history,
            extra: Map::new(),
        };
        match t.kind {
            StoredKind::Known(OtpKind::Motp | OtpKind::Steam) => {}
            StoredKind::Known(OtpKind::Totp(p)) => {
                j.algorithm = Some(p.algorithm.name().into());
                j.digits = Some(p.digits.into());
                j.period = Some(p.period_seconds.into());
                j.t0 = Some(p.t0_seconds.into());
            }
            StoredKind::Known(OtpKind::Hotp(p)) => {
                j.algorithm = Some(p.algorithm.name().into());
                j.digits = Some(p.digits.into());
                j.counter = Some(p.counter.into());
            }
            StoredKind::Unknown(_) => {
                for (name, slot) in j.params() {
                    *slot = extra.remove(name);
                }
            }
        }
        j.extra = extra;
        j
    }
}

//! The device key (Android Keystore, iOS Keychain behind biometrics) as effects, not callbacks.
//!
//! motp-core's [`KeyProtector`] is synchronous: the vault calls `wrap`/`unwrap` and waits. A
//! biometric prompt is asynchronous and lives on the main thread, so waiting for it inside a
//! vault call would block a worker (or deadlock the UI thread). The app core splits each call in
//! two around an effect, using two protectors that never wait:
//!
//! - [`Recorder`] takes part in a vault operation only to learn what it would hand the key
//!   store — the wrapped key of this device's slot (unlock) or the vault key (enrolment) — and
//!   then refuses, so the operation stops having changed nothing;
//! - the core sends that to the shell (`UnwrapWithDeviceKey` / `WrapWithDeviceKey`), and when
//!   the answer comes back as an event, [`Answered`] replays it to the same vault operation.
//!
//! Both hold their bytes in zeroizing buffers and print none of them.

use std::fmt;
use std::sync::Mutex;

use motp_core::vault::KeyProtector;
use zeroize::Zeroizing;

use crate::sensitive::SecretBytes;

/// Why the recorder refused (never shown: the operation is only a probe).
const RECORDED: &str = "recorded for the device-key prompt";

/// Records what the vault hands the key store, and refuses.
pub(crate) struct Recorder {
    id: String,
    label: String,
    seen: Mutex<Option<Zeroizing<Vec<u8>>>>,
}

impl Recorder {
    pub(crate) fn new(id: &str, label: &str) -> Recorder {
        Recorder {
            id: id.to_owned(),
            label: label.to_owned(),
            seen: Mutex::new(None),
        }
    }

    /// What was recorded, if the vault got as far as the key store.
    pub(crate) fn take(&self) -> Option<SecretBytes> {
        self.seen
            .lock()
            .ok()
            .and_then(|mut s| s.take())
            .map(SecretBytes::from)
    }

    fn record(&self, bytes: &[u8]) {
        if let Ok(mut s) = self.seen.lock() {
            *s = Some(Zeroizing::new(bytes.to_vec()));
        }
    }
}

impl fmt::Debug for Recorder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Recorder({})", self.id)
    }
}

impl KeyProtector for Recorder {
    fn id(&self) -> String {
        self.id.clone()
    }
    fn label(&self) -> String {
        self.label.clone()
    }
    fn wrap(&self, key: &[u8]) -> Result<Vec<u8>, String> {
        self.record(key);
        Err(RECORDED.into())
    }
    fn unwrap(&self, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, String> {
        self.record(wrapped);
        Err(RECORDED.into())
    }
}

/// Replays the shell's answer: the wrapped key it made (enrolment) or the key it unwrapped
/// (unlock), for exactly the bytes that were recorded.
pub(crate) struct Answered {
    id: String,
    label: String,
    /// What the vault must hand over for the answer to apply.
    asked: SecretBytes,
    /// The shell's answer.
    answer: SecretBytes,
}

impl Answered {
    pub(crate) fn new(id: &str, label: &str, asked: SecretBytes, answer: SecretBytes) -> Answered {
        Answered {
            id: id.to_owned(),
            label: label.to_owned(),
            asked,
            answer,
        }
    }

    fn replay(&self, given: &[u8]) -> Result<&[u8], String> {
        if given == self.asked.expose() {
            Ok(self.answer.expose())
        } else {
            Err("the vault changed while the device key was asked: try again".into())
        }
    }
}

impl fmt::Debug for Answered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Answered({})", self.id)
    }
}

impl KeyProtector for Answered {
    fn id(&self) -> String {
        self.id.clone()
    }
    fn label(&self) -> String {
        self.label.clone()
    }
    fn wrap(&self, key: &[u8]) -> Result<Vec<u8>, String> {
        self.replay(key).map(<[u8]>::to_vec)
    }
    fn unwrap(&self, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, String> {
        self.replay(wrapped).map(|k| Zeroizing::new(k.to_vec()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorder_refuses_and_keeps_what_it_saw() {
        let r = Recorder::new("id", "label");
        assert!(r.unwrap(b"wrapped").is_err());
        assert_eq!(r.take().unwrap().expose(), b"wrapped");
        assert!(r.take().is_none());
        assert!(!format!("{r:?}").contains("wrapped"));
    }

    #[test]
    fn answered_replays_only_for_the_bytes_asked() {
        let a = Answered::new(
            "id",
            "l",
            SecretBytes::new(b"w".to_vec()),
            SecretBytes::new(vec![7; 32]),
        );
        assert_eq!(&**a.unwrap(b"w").unwrap(), &[7; 32]);
        assert!(a.unwrap(b"other").is_err());
    }
}

//! What is typed into the fields, until the button that sends it to the core. A field's text
//! lives here (zeroized when dropped) and is wiped whenever the screen changes, so a password
//! typed on the unlock screen does not outlive it.

use std::collections::HashMap;

use zeroize::Zeroizing;

use motp_app::SecretText;

/// A field of a form. `RowPin` is the PIN box of one token row of the list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldKey {
    /// A password (first run, unlock, reveal, change).
    Password,
    /// Its confirmation.
    Confirmation,
    /// The current password (settings).
    CurrentPassword,
    /// "Also unlock with this computer's keyring" (first run).
    UseDeviceKey,
    /// A pasted link (add).
    Uri,
    /// Issuer (add, detail).
    Issuer,
    /// Account (add, detail).
    Account,
    /// A typed secret (add).
    Secret,
    /// Make a 32-character secret (add).
    LongSecret,
    /// The PIN for a new token's policy (add).
    Pin,
    /// The PIN policy's choice (add): its index in `AddView.pin_policy_labels`.
    PinPolicy,
    /// A token is a favourite (detail).
    Favourite,
    /// A token's note (detail).
    Note,
    /// A token's group (detail).
    Group,
    /// A token's server tolerance in seconds (detail).
    Tolerance,
    /// The backup's password (export, import).
    ExportPassword,
    /// The password of the backup being imported.
    ImportPassword,
    /// Keep the PINs a backup stores.
    KeepPins,
    /// The token the doctor looks at (troubleshooting).
    DoctorToken,
    /// A rejected code (troubleshooting).
    DoctorCode,
    /// The administrator's check code (troubleshooting).
    DoctorCheckCode,
    /// Minutes in the background before locking (settings).
    LockBackground,
    /// Minutes without activity before locking (settings).
    LockInactivity,
    /// Seconds before a copied code is cleared (settings).
    ClipboardClear,
    /// The list's search box.
    Search,
    /// The sync server's address of the vault file (settings, first run's join).
    SyncUrl,
    /// The sync server's user name.
    SyncUser,
    /// The sync server's password.
    SyncPassword,
    /// The vault password, joining from another device (first run).
    JoinVaultPassword,
    /// The vault password another device set (settings, after a sync).
    AdoptPassword,
    /// One token row's PIN (list).
    RowPin(String),
}

impl FieldKey {
    /// The widget id of the field's input, so tests (and focus) can find it. Not shown.
    pub fn id(&self) -> iced::widget::Id {
        match self {
            FieldKey::RowPin(token) => iced::widget::Id::from(format!("row-pin-{token}")),
            other => iced::widget::Id::from(format!("{other:?}")),
        }
    }
}

/// The typed text of every field on screen.
#[derive(Debug, Default)]
pub struct Forms {
    texts: HashMap<FieldKey, Zeroizing<String>>,
    toggles: HashMap<FieldKey, bool>,
}

impl Forms {
    /// The field's text ("" when nothing was typed).
    pub fn text(&self, key: &FieldKey) -> &str {
        self.texts.get(key).map_or("", |t| t.as_str())
    }

    /// The field's text as a secret for the core.
    pub fn secret(&self, key: &FieldKey) -> SecretText {
        SecretText::new(self.text(key))
    }

    /// The field's text, or `None` when empty (the core's optional inputs).
    pub fn optional(&self, key: &FieldKey) -> Option<String> {
        let t = self.text(key).trim();
        (!t.is_empty()).then(|| t.to_owned())
    }

    /// Sets a field's text.
    pub fn set(&mut self, key: FieldKey, text: String) {
        let _ = self.texts.insert(key, Zeroizing::new(text));
    }

    /// A check box's state.
    pub fn toggle(&self, key: &FieldKey) -> bool {
        self.toggles.get(key).copied().unwrap_or(false)
    }

    /// Sets a check box.
    pub fn set_toggle(&mut self, key: FieldKey, on: bool) {
        let _ = self.toggles.insert(key, on);
    }

    /// Whether a check box was ever set (else the screen's own value shows).
    pub fn has_toggle(&self, key: &FieldKey) -> bool {
        self.toggles.contains_key(key)
    }

    /// Forgets everything typed (the screen changed, or the vault locked).
    pub fn clear(&mut self) {
        self.texts.clear();
        self.toggles.clear();
    }

    /// Forgets one field (its text went to the core).
    pub fn forget(&mut self, key: &FieldKey) {
        let _ = self.texts.remove(key);
    }
}

//! The controls' labels ([`Labels`]), read from the catalog once per language.
//!
//! Built when the catalog is (start, `LocaleChanged`) and cloned into every view, so a tick
//! does not look up sixty messages again. One list below declares each label's field and its
//! catalog message: adding a label is one line here and one message in each catalog
//! (`rust/motp-text/locales/*.ftl`); the mobile API gets the field through the record's
//! derive.

use motp_text::Catalog;

/// Declares [`Labels`] and [`Labels::from_catalog`] from one list of fields, each with its
/// catalog message (`back = "label-back"`).
macro_rules! labels {
    ($($(#[$doc:meta])* $name:ident = $id:literal,)*) => {
        /// The labels of the shells' controls, localised. Screens' own sentences (titles, hints,
        /// errors) are in their views; these are the words on buttons, fields and menus that every
        /// screen may draw. Accessibility labels of icon buttons use the same text.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
        pub struct Labels {
            $($(#[$doc])* pub $name: String,)*
        }

        impl Labels {
            /// Every label in the catalog's language.
            pub(crate) fn from_catalog(c: &Catalog) -> Labels {
                Labels { $($name: c.plain($id),)* }
            }

            /// Every label, in declaration order (for the tests).
            #[cfg(test)]
            fn all(&self) -> Vec<&String> {
                vec![$(&self.$name,)*]
            }
        }
    };
}

labels! {
    // ---- everywhere ----
    /// "Back".
    back = "label-back",
    /// "Cancel".
    cancel = "label-cancel",
    /// "Close".
    close = "label-close",
    /// "Dismiss" (the notice).
    dismiss = "label-dismiss",
    /// "Continue" (the next step of a flow).
    next = "label-next",
    /// "Save".
    save = "label-save",
    /// "Delete".
    delete = "label-delete",
    /// "Password" (the vault password, asked again before revealing a secret).
    password = "field-password",
    // ---- the token list ----
    /// "Add a token".
    add_token = "label-add-token",
    /// "Lock".
    lock = "label-lock",
    /// "Backups".
    backups = "backups-title",
    /// "Troubleshooting".
    troubleshooting = "trouble-title",
    /// "Settings".
    settings = "settings-title",
    /// "Search".
    search = "label-search",
    /// "All groups" (the group filter's "no filter" choice).
    all_groups = "label-all-groups",
    /// "Show the code" (after typing a PIN).
    show_code = "label-show-code",
    /// "Sort by" (the sort menu; its choices are `ListView.sort_choices`).
    sort_by = "label-sort-by",
    /// "Tap to reveal" (a hidden code's row: `RevealCode`).
    reveal_code = "label-reveal-code",
    /// "Drag to reorder" (the drag handle of a row, while `ListView.reorder`).
    reorder = "label-reorder",
    /// "Undo" (the banner after a deletion: `UndoDelete`).
    undo = "label-undo",
    /// "Trash" (the way to the trash screen).
    trash = "trash-title",
    /// "Restore" (a deleted token, in the trash).
    restore = "label-restore",
    /// "Delete for good" (a deleted token, in the trash).
    delete_for_good = "label-delete-for-good",
    // ---- adding a token ----
    /// "Scan a QR code".
    scan_qr = "label-scan-qr",
    /// "Point the camera at the QR code." while scanning.
    scanning_hint = "label-scanning-hint",
    /// "Stop scanning".
    stop_scanning = "label-stop-scanning",
    /// "Import from a picture" (the photo picker; its answer is `PictureChosen`).
    choose_picture = "label-choose-picture",
    /// "Link (otpauth:// or motp://)".
    uri = "label-uri",
    /// "Add from this link".
    add_from_uri = "label-add-from-uri",
    /// "Issuer (company or server)".
    issuer = "label-issuer",
    /// "Account (username)".
    account = "label-account",
    /// "Secret".
    secret = "label-secret",
    /// "Add this secret" (typed by hand).
    add_typed_secret = "label-add-typed-secret",
    /// "Make a new secret" (for the administrator to enter on the server).
    generate_secret = "label-generate-secret",
    /// "PIN".
    pin = "label-pin",
    /// "Add" (the final confirmation).
    confirm_add = "label-confirm-add",
    // ---- one token ----
    /// "Note".
    note = "label-note",
    /// "Group".
    group = "label-group",
    /// "Favourite".
    favourite = "label-favourite",
    /// "Server tolerance (seconds)".
    tolerance = "label-tolerance",
    /// "Show the secret and its QR code".
    reveal_secret = "label-reveal-secret",
    /// "Hide the secret".
    hide_secret = "label-hide-secret",
    /// "Check code".
    check_code = "label-check-code",
    // ---- backups ----
    /// "Password for the backup" (encrypted exports).
    export_password = "label-export-password",
    /// "Import a backup…".
    import_file = "label-import-file",
    /// "The backup's password".
    import_password = "label-import-password",
    /// "Open" (the encrypted backup, with its password).
    open_import = "label-open-import",
    /// "Import" (the previewed entries).
    confirm_import = "label-confirm-import",
    /// "Keep the PINs stored in the backup" (`ConfirmImport { keep_pins }`).
    keep_pins = "label-keep-pins",
    /// "Choose a folder for automatic backups".
    choose_backup_folder = "label-choose-backup-folder",
    // ---- icon packs ----
    /// "Import icon pack…" (settings: an Aegis icon pack, a .zip).
    import_icon_pack = "label-import-icon-pack",
    // ---- troubleshooting ----
    /// "Check the clock".
    check_clock = "label-check-clock",
    /// "Apply the correction".
    apply_correction = "label-apply-correction",
    /// "Remove the correction".
    clear_correction = "label-clear-correction",
    /// "Token" (which token the doctor looks at).
    doctor_token = "label-doctor-token",
    /// "PIN, as you type it at login".
    doctor_pin = "label-doctor-pin",
    /// "A code the server rejected".
    doctor_code = "label-doctor-code",
    /// "The server's check code (from your administrator)".
    doctor_admin_check_code = "label-doctor-admin-check-code",
    /// "Find the cause".
    run_doctor = "label-run-doctor",
    /// "Show the check code".
    show_check_code = "label-show-check-code",
    // ---- settings ----
    /// "Current password".
    current_password = "label-current-password",
    /// "New password".
    new_password = "label-new-password",
    /// "New password again".
    new_password_confirmation = "label-new-password-confirmation",
    /// "Change the password".
    change_password = "settings-change-password",
    /// "Hide codes until tapped" (`SetHideCodes`).
    hide_codes = "label-hide-codes",
    // ---- the device key's prompt, why it could not be used (the shells pass one as the
    // detail of `DeviceKeyFailed`, instead of the system's own text) ----
    /// "too many failed attempts; unlock the phone with its passcode first".
    device_key_locked_out = "device-key-locked-out",
    /// "the app was not on screen when it asked".
    device_key_not_interactive = "device-key-not-interactive",
    /// "biometric unlock is turned off for this app or not available right now".
    device_key_not_available = "device-key-not-available",
    // ---- the desktop app (motp-desktop) ----
    /// "mOTP Token" (the window's title).
    app_name = "label-app-name",
    /// "Scan the screen" (add: every QR code the displays show).
    scan_screen = "label-scan-screen",
    /// "Paste a picture" (add: the QR codes of the picture on the clipboard).
    paste_picture = "label-paste-picture",
    /// "this computer's keyring" (the device key's name on a computer).
    this_computer = "label-this-computer",
    /// "The screen could not be captured." (before the system's reason).
    screen_capture_failed = "label-screen-capture-failed",
    /// "32 characters (DrayTek, privacyIDEA)" (add: make a long secret).
    long_secret = "label-long-secret",
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every label has a message in every language (a missing one would show its id), and no
    /// two controls share a label by accident of a copy-paste.
    #[test]
    fn every_label_is_translated_and_distinct() {
        for lang in motp_text::languages() {
            let l = Labels::from_catalog(&Catalog::new(lang));
            let all = l.all();
            assert!(all.len() >= 55, "{lang}: only {} labels", all.len());
            for label in &all {
                assert!(!label.is_empty(), "{lang}: an empty label");
                // A missing message shows its id (`word-word`).
                let looks_like_id = label.contains('-')
                    && label.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                assert!(!looks_like_id, "{lang}: {label} has no message");
            }
            let mut seen = std::collections::HashSet::new();
            for label in all {
                assert!(seen.insert(label), "{lang}: \"{label}\" is used twice");
            }
        }
        let en = Labels::from_catalog(&Catalog::new("en"));
        let de = Labels::from_catalog(&Catalog::new("de"));
        assert_eq!(en.scan_qr, "Scan a QR code");
        assert_ne!(en.scan_qr, de.scan_qr, "German falls back to English");
    }
}

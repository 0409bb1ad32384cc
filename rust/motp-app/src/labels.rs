//! The controls' labels ([`Labels`]), read from the catalog once per language.
//!
//! Built when the catalog is (start, `LocaleChanged`) and cloned into every view, so a tick
//! does not look up sixty messages again.

use crate::view::Labels;
use motp_text::Catalog;

impl Labels {
    /// Every label in the catalog's language.
    pub(crate) fn from_catalog(c: &Catalog) -> Labels {
        let t = |id: &str| c.plain(id);
        Labels {
            back: t("label-back"),
            cancel: t("label-cancel"),
            close: t("label-close"),
            dismiss: t("label-dismiss"),
            next: t("label-next"),
            save: t("label-save"),
            delete: t("label-delete"),
            password: t("field-password"),
            add_token: t("label-add-token"),
            lock: t("label-lock"),
            backups: t("backups-title"),
            troubleshooting: t("trouble-title"),
            settings: t("settings-title"),
            search: t("label-search"),
            all_groups: t("label-all-groups"),
            show_code: t("label-show-code"),
            scan_qr: t("label-scan-qr"),
            scanning_hint: t("label-scanning-hint"),
            stop_scanning: t("label-stop-scanning"),
            uri: t("label-uri"),
            add_from_uri: t("label-add-from-uri"),
            issuer: t("label-issuer"),
            account: t("label-account"),
            secret: t("label-secret"),
            add_typed_secret: t("label-add-typed-secret"),
            generate_secret: t("label-generate-secret"),
            pin: t("label-pin"),
            confirm_add: t("label-confirm-add"),
            note: t("label-note"),
            group: t("label-group"),
            favourite: t("label-favourite"),
            tolerance: t("label-tolerance"),
            reveal_secret: t("label-reveal-secret"),
            hide_secret: t("label-hide-secret"),
            check_code: t("label-check-code"),
            export_password: t("label-export-password"),
            import_file: t("label-import-file"),
            import_password: t("label-import-password"),
            open_import: t("label-open-import"),
            confirm_import: t("label-confirm-import"),
            keep_pins: t("label-keep-pins"),
            choose_backup_folder: t("label-choose-backup-folder"),
            check_clock: t("label-check-clock"),
            apply_correction: t("label-apply-correction"),
            clear_correction: t("label-clear-correction"),
            doctor_token: t("label-doctor-token"),
            doctor_pin: t("label-doctor-pin"),
            doctor_code: t("label-doctor-code"),
            doctor_admin_check_code: t("label-doctor-admin-check-code"),
            run_doctor: t("label-run-doctor"),
            show_check_code: t("label-show-check-code"),
            current_password: t("label-current-password"),
            new_password: t("label-new-password"),
            new_password_confirmation: t("label-new-password-confirmation"),
            change_password: t("settings-change-password"),
        }
    }
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
            let all = [
                &l.back,
                &l.cancel,
                &l.close,
                &l.dismiss,
                &l.next,
                &l.save,
                &l.delete,
                &l.password,
                &l.add_token,
                &l.lock,
                &l.backups,
                &l.troubleshooting,
                &l.settings,
                &l.search,
                &l.all_groups,
                &l.show_code,
                &l.scan_qr,
                &l.scanning_hint,
                &l.stop_scanning,
                &l.uri,
                &l.add_from_uri,
                &l.issuer,
                &l.account,
                &l.secret,
                &l.add_typed_secret,
                &l.generate_secret,
                &l.pin,
                &l.confirm_add,
                &l.note,
                &l.group,
                &l.favourite,
                &l.tolerance,
                &l.reveal_secret,
                &l.hide_secret,
                &l.check_code,
                &l.export_password,
                &l.import_file,
                &l.import_password,
                &l.open_import,
                &l.keep_pins,
                &l.confirm_import,
                &l.choose_backup_folder,
                &l.check_clock,
                &l.apply_correction,
                &l.clear_correction,
                &l.doctor_token,
                &l.doctor_pin,
                &l.doctor_code,
                &l.doctor_admin_check_code,
                &l.run_doctor,
                &l.show_check_code,
                &l.current_password,
                &l.new_password,
                &l.new_password_confirmation,
                &l.change_password,
            ];
            for label in all {
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

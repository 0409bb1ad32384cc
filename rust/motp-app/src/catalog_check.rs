//! A check that every message id the app core's code names exists in the catalog (motp-text):
//! a typo in an id would otherwise show the id itself on a phone's screen.

#[cfg(test)]
mod tests {
    /// Every message id the code names (a quoted `word-word…` in its sources) and every
    /// error code's message exist in English.
    #[test]
    fn every_message_the_code_uses_exists() {
        let sources = [
            include_str!("add.rs"),
            include_str!("app.rs"),
            include_str!("backup_versions.rs"),
            include_str!("base32_text.rs"),
            include_str!("door.rs"),
            include_str!("icon_import.rs"),
            include_str!("import_text.rs"),
            include_str!("join.rs"),
            include_str!("labels.rs"),
            include_str!("list.rs"),
            include_str!("render.rs"),
            include_str!("screens.rs"),
            include_str!("sync.rs"),
            include_str!("trash.rs"),
            include_str!("unlocked.rs"),
        ];
        let en = motp_text::Catalog::new("en");
        let mut checked = 0;
        for src in sources {
            for word in motp_text::english_check::quoted_message_ids(src) {
                assert!(en.has_message(word), "en.ftl lacks {word}");
                checked += 1;
            }
        }
        assert!(checked > 50, "only {checked} ids found: the scan is broken");
        // Ids the code builds from the doctor's step and status names.
        for step in ["clock", "secret", "pin", "code"] {
            assert!(en.has_message(&format!("doctor-step-{step}")));
            assert!(en.has_message(&format!("doctor-cause-{step}")));
            for status in ["ok", "warning", "problem", "skipped"] {
                assert!(
                    en.has_message(&format!("doctor-{step}-{status}")),
                    "{step}-{status}"
                );
            }
        }
        assert!(en.has_message("doctor-cause-none"));
        for code in crate::ErrorCode::ALL {
            assert!(
                en.has_message(&code.message_id()),
                "en.ftl lacks {}",
                code.message_id()
            );
        }
    }
}

//! The language the command line speaks: the user's from `LC_ALL`, `LC_MESSAGES` or `LANG` (the
//! first one set, as POSIX orders them), when the catalog has it.
//!
//! English needs no catalog: it is the engine's own sentences, byte for byte what `motp` always
//! printed (scripts and tests read them). Any other language the catalog speaks (German, French,
//! Spanish, Italian, Dutch, Polish, Portuguese: `motp_text::languages()`) words the same findings
//! from motp-text, the catalog the phone apps use, so the laptop and the phone say the same thing.

use motp_text::Catalog;

/// The catalog for the user's language, or `None` for English (and `C`, `POSIX`, unset, or a
/// language the catalog lacks).
pub fn words() -> Option<Catalog> {
    words_for(|name| std::env::var(name).ok())
}

fn words_for(var: impl Fn(&str) -> Option<String>) -> Option<Catalog> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|v| !v.is_empty())?;
    // `de_DE.UTF-8`, `de_AT@euro`, `de`: the language is what comes before `_`, `.`, `@`, `-`.
    let language = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    (language != "en" && motp_text::languages().contains(&language.as_str()))
        .then(|| Catalog::new(&language))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Option<String> {
        words_for(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
        .map(|c| c.locale().to_owned())
    }

    #[test]
    fn the_first_locale_variable_set_chooses() {
        assert_eq!(env(&[("LANG", "de_DE.UTF-8")]), Some("de".into()));
        assert_eq!(env(&[("LANG", "de_AT@euro")]), Some("de".into()));
        assert_eq!(env(&[("LANG", "C")]), None);
        assert_eq!(env(&[("LANG", "C.UTF-8")]), None);
        assert_eq!(env(&[("LANG", "en_GB.UTF-8")]), None);
        assert_eq!(env(&[("LANG", "fr_FR.UTF-8")]), Some("fr".into()));
        assert_eq!(env(&[("LANG", "ja_JP.UTF-8")]), None, "no Japanese catalog");
        assert_eq!(env(&[]), None);
        // LC_ALL over LC_MESSAGES over LANG; an empty one does not count.
        assert_eq!(env(&[("LC_ALL", "C"), ("LANG", "de_DE")]), None);
        assert_eq!(
            env(&[("LC_MESSAGES", "de_CH"), ("LANG", "C")]),
            Some("de".into())
        );
        assert_eq!(env(&[("LC_ALL", ""), ("LANG", "de_DE")]), Some("de".into()));
    }

    /// Every message id the command line names exists in the catalog.
    #[test]
    fn every_message_the_cli_uses_exists() {
        let en = Catalog::new("en");
        let ids = motp_text::english_check::quoted_message_ids(include_str!("commands/doctor.rs"));
        assert!(ids.len() >= 5, "{ids:?}");
        for id in ids {
            assert!(en.has_message(id), "en.ftl lacks {id}");
        }
    }
}

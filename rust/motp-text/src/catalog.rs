//! The catalog: every sentence the apps and the command line show, from one Fluent source per
//! language (`locales/*.ftl`).
//!
//! English is complete and is the fallback for any message a translation lacks; German proves
//! the path. The shell passes the user's locale (`de-AT`, `de`, `en-GB`…); the closest
//! catalog by language is used. Fluent's Unicode isolation marks are off: the views are plain
//! text fields, not mixed-direction paragraphs, and the marks would break text comparisons in
//! the shells' tests.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The catalogs built in: (language, Fluent source).
const CATALOGS: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en.ftl")),
    ("de", include_str!("../locales/de.ftl")),
];

/// The languages the catalog speaks, English first.
pub fn languages() -> Vec<&'static str> {
    CATALOGS.iter().map(|(l, _)| *l).collect()
}

/// The catalog for one locale, with English behind it.
pub struct Catalog {
    locale: String,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Catalog({})", self.locale)
    }
}

fn bundle(lang: &str, source: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    // The catalogs are compiled in and checked by the tests: a syntax error cannot ship.
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    // Duplicate ids are caught by `every_catalog_parses_cleanly`; keep the first.
    let _ = b.add_resource(resource);
    b
}

impl Catalog {
    /// The catalog for `locale` (`de-AT`, `de_DE`, `en`…): its language's catalog if there is
    /// one, then English.
    pub fn new(locale: &str) -> Catalog {
        let lang = locale
            .split(['-', '_'])
            .next()
            .unwrap_or("en")
            .to_ascii_lowercase();
        let mut bundles = Vec::new();
        if let Some((l, src)) = CATALOGS.iter().find(|(l, _)| *l == lang && *l != "en") {
            bundles.push(bundle(l, src));
        }
        bundles.push(bundle("en", CATALOGS[0].1));
        Catalog {
            locale: if bundles.len() > 1 { lang } else { "en".into() },
            bundles,
        }
    }

    /// The language actually used (`en` or `de`).
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The message `id` with `args`. A message missing everywhere (a bug the tests catch)
    /// shows its id rather than nothing.
    pub fn text(&self, id: &str, args: &[MessageArg]) -> String {
        let mut fargs = FluentArgs::new();
        for a in args {
            // Numbers as numbers, so plural rules apply ("1 token", "2 tokens").
            match a.value.parse::<i64>() {
                Ok(n) => fargs.set(a.name.clone(), FluentValue::from(n)),
                Err(_) => fargs.set(a.name.clone(), FluentValue::from(a.value.clone())),
            }
        }
        self.format(id, &fargs)
    }

    /// The message `id` with typed arguments: text stays text even when it looks like a
    /// number (a username "007"), numbers are numbers (plural rules apply).
    pub fn typed(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Num(n) => fargs.set(name.to_string(), FluentValue::from(*n)),
                Arg::Text(t) => fargs.set(name.to_string(), FluentValue::from(t.clone())),
            }
        }
        self.format(id, &fargs)
    }

    fn format(&self, id: &str, fargs: &FluentArgs<'_>) -> String {
        for b in &self.bundles {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = b.format_pattern(pattern, Some(fargs), &mut errors);
                return text.into_owned();
            }
        }
        id.to_owned()
    }

    /// A message without arguments.
    pub fn plain(&self, id: &str) -> String {
        self.text(id, &[])
    }

    /// Whether `id` exists in the English catalog (which every language falls back to): the
    /// apps' tests check that every message their code names exists.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundles.last().is_some_and(|b| b.has_message(id))
    }
}

/// One named argument of a message (`{ $name }` in the catalog). Never a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageArg {
    /// The argument's name.
    pub name: String,
    /// Its value, as text.
    pub value: String,
}

impl MessageArg {
    /// An argument.
    pub fn new(name: &str, value: impl ToString) -> MessageArg {
        MessageArg {
            name: name.to_owned(),
            value: value.to_string(),
        }
    }
}

/// A typed message argument ([`Catalog::typed`]).
#[derive(Debug, Clone)]
pub enum Arg {
    /// A number: plural rules and numeric variant keys (`[0]`) apply.
    Num(i64),
    /// Text, shown as it is.
    Text(String),
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Arg {
        Arg::Text(t)
    }
}

impl From<&str> for Arg {
    fn from(t: &str) -> Arg {
        Arg::Text(t.to_owned())
    }
}

/// Shorthand for building message arguments.
pub fn args<const N: usize>(pairs: [(&str, String); N]) -> Vec<MessageArg> {
    pairs
        .into_iter()
        .map(|(n, v)| MessageArg::new(n, v))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(source: &str) -> Vec<String> {
        source
            .lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn every_catalog_parses_cleanly() {
        for (lang, src) in CATALOGS {
            let r = FluentResource::try_new((*src).to_owned());
            assert!(
                r.is_ok(),
                "{lang}.ftl has syntax errors: {:?}",
                r.err().map(|e| e.1)
            );
            let mut b = FluentBundle::new_concurrent(vec![lang.parse().unwrap()]);
            assert!(
                b.add_resource(r.unwrap()).is_ok(),
                "{lang}.ftl defines a message twice"
            );
        }
    }

    #[test]
    fn every_translation_is_of_an_english_message() {
        let en = ids(CATALOGS[0].1);
        for (lang, src) in &CATALOGS[1..] {
            for id in ids(src) {
                assert!(en.contains(&id), "{lang}.ftl has {id}, which English lacks");
            }
        }
    }

    #[test]
    fn german_covers_every_english_message() {
        let en = ids(CATALOGS[0].1);
        let de = ids(CATALOGS[1].1);
        let missing: Vec<_> = en.iter().filter(|id| !de.contains(id)).collect();
        assert!(missing.is_empty(), "de.ftl lacks {missing:?}");
    }

    #[test]
    fn locale_picks_the_language_and_falls_back_to_english() {
        assert_eq!(Catalog::new("de-AT").locale(), "de");
        assert_eq!(Catalog::new("de_DE").locale(), "de");
        assert_eq!(Catalog::new("fr-FR").locale(), "en");
        let de = Catalog::new("de");
        assert_eq!(de.plain("settings-title"), "Einstellungen");
        assert_eq!(Catalog::new("fr").plain("settings-title"), "Settings");
    }

    #[test]
    fn numbers_take_plural_forms() {
        let en = Catalog::new("en");
        let one = en.text("import-preview-count", &args([("count", "1".into())]));
        let two = en.text("import-preview-count", &args([("count", "2".into())]));
        assert!(one.contains("1 token") && !one.contains("tokens"), "{one}");
        assert!(two.contains("2 tokens"), "{two}");
    }

    #[test]
    fn the_languages_are_english_then_german_and_unknown_ids_are_missing() {
        assert_eq!(languages(), ["en", "de"]);
        let en = Catalog::new("en");
        assert!(en.has_message("settings-title"));
        assert!(!en.has_message("no-such-message"));
        assert_eq!(
            en.plain("no-such-message"),
            "no-such-message",
            "the id, not nothing"
        );
    }
}

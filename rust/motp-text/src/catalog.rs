//! The catalog: every sentence the apps and the command line show, from one Fluent source per
//! language (`locales/*.ftl`).
//!
//! English is complete and is the fallback for any message a translation lacks. German, French,
//! Spanish, Italian, Dutch, Polish and Portuguese (Brazilian: `pt`, which `pt-PT` also gets)
//! translate every message; the tests prove it. The shell passes the user's locale (`de-AT`,
//! `de`, `en-GB`…); the closest catalog by language is used. Fluent's Unicode isolation marks are off: the views are plain
//! text fields, not mixed-direction paragraphs, and the marks would break text comparisons in
//! the shells' tests.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The catalogs built in: (language, Fluent source deflated by `build.rs`).
const CATALOGS: &[(&str, &[u8])] = &[
    (
        "en",
        include_bytes!(concat!(env!("OUT_DIR"), "/en.ftl.deflate")),
    ),
    (
        "de",
        include_bytes!(concat!(env!("OUT_DIR"), "/de.ftl.deflate")),
    ),
    (
        "fr",
        include_bytes!(concat!(env!("OUT_DIR"), "/fr.ftl.deflate")),
    ),
    (
        "es",
        include_bytes!(concat!(env!("OUT_DIR"), "/es.ftl.deflate")),
    ),
    (
        "it",
        include_bytes!(concat!(env!("OUT_DIR"), "/it.ftl.deflate")),
    ),
    (
        "nl",
        include_bytes!(concat!(env!("OUT_DIR"), "/nl.ftl.deflate")),
    ),
    (
        "pl",
        include_bytes!(concat!(env!("OUT_DIR"), "/pl.ftl.deflate")),
    ),
    (
        "pt",
        include_bytes!(concat!(env!("OUT_DIR"), "/pt.ftl.deflate")),
    ),
];

/// A catalog's Fluent source, inflated. The build script deflated it, so it inflates unless
/// the library itself is damaged; then the catalog is empty and a message shows its id.
fn source(deflated: &[u8]) -> String {
    miniz_oxide::inflate::decompress_to_vec(deflated)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

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

fn bundle(lang: &str, source: String) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    // The catalogs are compiled in and checked by the tests: a syntax error cannot ship.
    let resource = match FluentResource::try_new(source) {
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
        if let Some((l, deflated)) = CATALOGS.iter().find(|(l, _)| *l == lang && *l != "en") {
            bundles.push(bundle(l, source(deflated)));
        }
        bundles.push(bundle("en", source(CATALOGS[0].1)));
        Catalog {
            locale: if bundles.len() > 1 { lang } else { "en".into() },
            bundles,
        }
    }

    /// The language actually used (`en`, `de`, `fr`…).
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
    /// Every catalog's source, inflated once for the tests.
    static SOURCES: std::sync::LazyLock<Vec<(&'static str, String)>> =
        std::sync::LazyLock::new(|| {
            super::CATALOGS
                .iter()
                .map(|(l, deflated)| (*l, super::source(deflated)))
                .collect()
        });

    /// What the library carries is the files, byte for byte, once inflated.
    #[test]
    fn the_deflated_catalogs_are_the_files() {
        let files = [
            include_str!("../locales/en.ftl"),
            include_str!("../locales/de.ftl"),
            include_str!("../locales/fr.ftl"),
            include_str!("../locales/es.ftl"),
            include_str!("../locales/it.ftl"),
            include_str!("../locales/nl.ftl"),
            include_str!("../locales/pl.ftl"),
            include_str!("../locales/pt.ftl"),
        ];
        assert_eq!(SOURCES.len(), files.len());
        for ((lang, inflated), file) in SOURCES.iter().zip(files) {
            assert_eq!(inflated, file, "{lang}");
        }
        let deflated: usize = super::CATALOGS.iter().map(|(_, d)| d.len()).sum();
        let plain: usize = files.iter().map(|f| f.len()).sum();
        assert!(deflated * 2 < plain, "{deflated} of {plain} bytes");
    }

    use super::*;
    use std::collections::{HashMap, HashSet};

    fn ids(source: &str) -> Vec<String> {
        source
            .lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn every_catalog_parses_cleanly() {
        for (lang, src) in SOURCES.iter() {
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
        let en = ids(SOURCES[0].1.as_str());
        for (lang, src) in &SOURCES[1..] {
            for id in ids(src) {
                assert!(en.contains(&id), "{lang}.ftl has {id}, which English lacks");
            }
        }
    }

    /// A message's whole source (its value, variants and attributes), by id, in file order.
    fn messages(source: &str) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut open = false;
        for line in source.lines() {
            let id_line = line
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase())
                .then(|| line.split_once(" ="))
                .flatten();
            if let Some((id, rest)) = id_line {
                out.push((id.trim().to_owned(), rest.trim().to_owned()));
                open = true;
            } else if line.trim().is_empty() || line.starts_with('#') {
                open = false;
            } else if let (true, Some((_, text))) = (open, out.last_mut()) {
                text.push('\n');
                text.push_str(line.trim());
            }
        }
        out
    }

    /// The variables (`$name`) and messages (`{ other-id }`) a message's source refers to.
    fn placeables(text: &str) -> std::collections::BTreeSet<String> {
        text.split('{')
            .skip(1)
            .filter_map(|after| {
                let word: String = after
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || "$_-".contains(*c))
                    .collect();
                (word.starts_with('$') || word.starts_with(|c: char| c.is_ascii_lowercase()))
                    .then_some(word)
            })
            .collect()
    }

    /// The variant keys of a message's selectors (`[one]`, `*[other]`, `[steam]`, `[0]`).
    fn variant_keys(text: &str) -> Vec<String> {
        text.lines()
            .filter_map(|l| l.trim_start_matches('*').strip_prefix('['))
            .filter_map(|l| l.split_once(']').map(|(k, _)| k.to_owned()))
            .collect()
    }

    const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

    /// The CLDR plural categories a language's whole-number counts need.
    fn plural_categories(lang: &str) -> &'static [&'static str] {
        match lang {
            "pl" => &["one", "few", "many", "other"],
            _ => &["one", "other"],
        }
    }

    #[test]
    fn every_language_covers_every_english_message() {
        let en = ids(SOURCES[0].1.as_str());
        for (lang, src) in &SOURCES[1..] {
            let have = ids(src);
            let missing: Vec<_> = en.iter().filter(|id| !have.contains(id)).collect();
            assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        }
    }

    /// Every translation names the same variables and messages as English, keeps each
    /// selector's own keys (`[steam]`, `[after]`, `[0]`…), and gives a count every plural
    /// form its language has (Polish: one, few, many).
    #[test]
    fn every_translation_keeps_the_placeables_and_plural_forms() {
        let en: HashMap<_, _> = messages(SOURCES[0].1.as_str()).into_iter().collect();
        let own_keys = |t: &str| {
            let mut k: Vec<_> = variant_keys(t)
                .into_iter()
                .filter(|k| !PLURAL_CATEGORIES.contains(&k.as_str()))
                .collect();
            k.sort();
            k
        };
        let mut faults = Vec::new();
        for (lang, src) in &SOURCES[1..] {
            for (id, text) in messages(src) {
                let english = &en[&id];
                if placeables(&text) != placeables(english) {
                    faults.push(format!(
                        "{lang}.ftl: {id} has {:?}, English {:?}",
                        placeables(&text),
                        placeables(english)
                    ));
                }
                if own_keys(&text) != own_keys(english) {
                    faults.push(format!("{lang}.ftl: {id} has other variants than English"));
                }
                let keys = variant_keys(&text);
                // A selector on a count: a plural form besides the default `other`.
                let plural = |k: &String| k != "other" && PLURAL_CATEGORIES.contains(&k.as_str());
                if keys.iter().any(plural) {
                    for category in plural_categories(lang) {
                        if !keys.iter().any(|k| k == category) {
                            faults.push(format!("{lang}.ftl: {id} lacks [{category}]"));
                        }
                    }
                }
            }
        }
        assert!(faults.is_empty(), "{faults:#?}");
    }

    /// Messages a translation may word exactly as English does, and why: a name, unit symbols
    /// and the loanword "token". Any other message equal to English is left untranslated.
    const SAME_AS_ENGLISH: &[(&str, &str)] = &[
        ("label-pin", "PIN is the customary name in these languages"),
        ("field-password", "\"Password\" is the Italian word as well"),
        (
            "label-doctor-token",
            "\"Token\": the loanword most languages use",
        ),
        ("list-title", "\"Tokens\": the same loanword, plural"),
        (
            "import-preview-count",
            "\"1 token\", \"2 tokens\": the same loanword",
        ),
        (
            "backup-version-tokens",
            "\"1 token\", \"2 tokens\": the same loanword",
        ),
        (
            "backup-version",
            "a backup's time and its token count, placeables only",
        ),
        (
            "sync-url-placeholder",
            "an example address (a URL is not translated)",
        ),
        ("history-value-no", "\"no\" is Spanish and Italian for no"),
        ("duration", "numbers and the unit symbols min and s only"),
        ("size-ms", "a number and the unit symbol ms only"),
        ("span", "numbers and the unit symbols h, min and s only"),
        (
            "label-app-name",
            "the app's name, \"mOTP Token\", in every language",
        ),
    ];

    #[test]
    fn no_translation_is_left_in_english() {
        let en: HashMap<_, _> = messages(SOURCES[0].1.as_str()).into_iter().collect();
        let mut needed = HashSet::new();
        let mut untranslated = Vec::new();
        for (lang, src) in &SOURCES[1..] {
            for (id, text) in messages(src) {
                if en[&id] == text {
                    if !SAME_AS_ENGLISH.iter().any(|(allowed, _)| *allowed == id) {
                        untranslated.push(format!("{lang}.ftl: {id}"));
                    }
                    needed.insert(id);
                }
            }
        }
        assert!(untranslated.is_empty(), "English text in {untranslated:#?}");
        // The list stays short and true: each entry is the English text in some language.
        for (id, why) in SAME_AS_ENGLISH {
            assert!(
                needed.contains(*id),
                "{id} ({why}) is translated everywhere"
            );
        }
    }

    /// French typography: a no-break space before `:`, `;`, `?`, `!` and inside « », so a
    /// wrapped line never starts with the sign.
    #[test]
    fn french_keeps_its_no_break_spaces() {
        let (_, fr) = SOURCES.iter().find(|(l, _)| *l == "fr").unwrap();
        for (id, text) in messages(fr) {
            for sign in [" :", " ;", " ?", " !", "« ", " »"] {
                assert!(
                    !text.contains(sign),
                    "fr.ftl: {id} has {sign:?}, an ordinary space"
                );
            }
        }
    }

    #[test]
    fn the_checks_read_messages_placeables_and_variants() {
        let src = "# c\na = One { $x }\n    more\nb = { $n ->\n    [one] { c }\n   *[other] { $n }\n}, x\n";
        let m = messages(src);
        assert_eq!(m[0], ("a".to_owned(), "One { $x }\nmore".to_owned()));
        assert_eq!(m[1].0, "b");
        assert_eq!(
            placeables(&m[1].1).into_iter().collect::<Vec<_>>(),
            ["$n", "c"]
        );
        assert_eq!(variant_keys(&m[1].1), ["one", "other"]);
        assert_eq!(
            messages(SOURCES[0].1.as_str()).len(),
            ids(SOURCES[0].1.as_str()).len()
        );
    }

    #[test]
    fn locale_picks_the_language_and_falls_back_to_english() {
        assert_eq!(Catalog::new("de-AT").locale(), "de");
        assert_eq!(Catalog::new("de_DE").locale(), "de");
        assert_eq!(Catalog::new("fr-CA").locale(), "fr");
        assert_eq!(Catalog::new("ja-JP").locale(), "en");
        // Brazilian Portuguese is the one Portuguese catalog.
        assert_eq!(Catalog::new("pt-BR").locale(), "pt");
        assert_eq!(Catalog::new("pt_PT").locale(), "pt");
        assert_eq!(Catalog::new("pl-PL").plain("settings-title"), "Ustawienia");
        let de = Catalog::new("de");
        assert_eq!(de.plain("settings-title"), "Einstellungen");
        assert_eq!(Catalog::new("ja").plain("settings-title"), "Settings");
    }

    #[test]
    fn numbers_take_plural_forms() {
        let en = Catalog::new("en");
        let one = en.text("import-preview-count", &args([("count", "1".into())]));
        let two = en.text("import-preview-count", &args([("count", "2".into())]));
        assert!(one.contains("1 token") && !one.contains("tokens"), "{one}");
        assert!(two.contains("2 tokens"), "{two}");
        // Polish has four forms, French counts 0 as singular: Fluent applies each language's
        // CLDR rules.
        let pl = Catalog::new("pl-PL");
        for (n, form) in [
            (1, "1 token"),
            (2, "2 tokeny"),
            (5, "5 tokenów"),
            (12, "12 tokenów"),
            (22, "22 tokeny"),
            (0, "0 tokenów"),
        ] {
            let text = pl.text("import-preview-count", &args([("count", n.to_string())]));
            assert_eq!(text, form);
        }
        let fr = Catalog::new("fr");
        assert_eq!(
            fr.text("import-preview-count", &args([("count", "0".into())])),
            "0 jeton"
        );
    }

    #[test]
    fn the_languages_are_english_german_then_the_others_and_unknown_ids_are_missing() {
        assert_eq!(
            languages(),
            ["en", "de", "fr", "es", "it", "nl", "pl", "pt"]
        );
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

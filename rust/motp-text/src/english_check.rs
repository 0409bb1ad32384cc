//! For tests of translations, here and in the crates that render from the catalog: English
//! words a German sentence never uses, so one found in a German text is untranslated text; and
//! the message ids a source file names, so a test can check each exists.

/// Words of English that German never uses: one in a German sentence is untranslated text.
const ENGLISH: &[&str] = &[
    "the", "is", "was", "and", "of", "with", "not", "to", "this", "that", "it", "its", "ahead",
    "behind", "when", "or", "for", "by", "from", "are", "has", "no", "check", "clock", "secret",
    "username", "server's", "token's", "right", "wrong", "made", "type", "again", "digits",
    "period", "counter",
];

pub fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

/// The message ids `src` names: every quoted `word-word…` (lowercase, digits, dashes).
pub fn quoted_message_ids(src: &str) -> Vec<&str> {
    let mut ids = Vec::new();
    for (i, _) in src.match_indices('"') {
        let rest = &src[i + 1..];
        let Some(end) = rest.find('"') else { continue };
        let word = &rest[..end];
        let looks_like_id = word.contains('-')
            && word
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && word.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        if looks_like_id {
            ids.push(word);
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_split_at_anything_but_letters_and_apostrophes() {
        assert_eq!(
            english_words("It's the clock, not the PIN."),
            ["the", "clock", "not", "the"]
        );
        assert_eq!(english_words("server's"), ["server's"]);
        assert!(english_words("Die Uhr geht vor.").is_empty());
        assert_eq!(
            quoted_message_ids(r#"x("doctor-step-clock", "Clock", "a-B")"#),
            ["doctor-step-clock"]
        );
    }
}

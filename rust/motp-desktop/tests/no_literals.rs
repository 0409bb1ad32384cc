//! No user-visible word is written in this crate: every text on screen comes from the core's
//! view and its labels. The drawing code (`src/ui/`) holds no string literal at all, and no
//! source file passes a literal to a widget that shows text.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a Rust source without its comments (line and doc comments; the crate uses no
/// block comments), keeping string literals as they are.
fn code_of(src: &str) -> String {
    let mut out = String::new();
    for line in src.lines() {
        let mut in_string = false;
        let mut prev = '\0';
        let mut kept = String::new();
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '"' && prev != '\\' && !(prev == '\'' && chars.get(i + 1) == Some(&'\'')) {
                in_string = !in_string;
            }
            if !in_string && c == '/' && chars.get(i + 1) == Some(&'/') {
                break;
            }
            kept.push(c);
            prev = if prev == '\\' && c == '\\' { '\0' } else { c };
            i += 1;
        }
        out.push_str(&kept);
        out.push('\n');
    }
    out
}

/// Everything before `#[cfg(test)]` (unit tests may write what they like).
fn without_tests(src: &str) -> &str {
    src.split("#[cfg(test)]").next().unwrap_or(src)
}

#[test]
fn the_drawing_code_has_no_string_literal() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut files,
    );
    assert!(files.len() >= 10, "the screens' modules: {files:?}");
    for f in files {
        let code = code_of(without_tests(&std::fs::read_to_string(&f).unwrap()));
        for (n, line) in code.lines().enumerate() {
            assert!(
                !line.contains('"'),
                "{}:{}: a string literal in the drawing code: {line}",
                f.display(),
                n + 1
            );
        }
    }
}

#[test]
fn no_widget_is_given_a_literal_text() {
    let widgets = [
        "text(",
        "button(",
        "text_input(",
        "checkbox(",
        "toggler(",
        "radio(",
        "tooltip(",
        ".label(",
        "title(",
        "para(",
        "action(",
        "link(",
        "field(",
    ];
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut checked = 0;
    for f in files {
        let code = code_of(without_tests(&std::fs::read_to_string(&f).unwrap()));
        let flat: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
        for w in widgets {
            for (at, _) in flat.match_indices(w) {
                // `text(` as a call of its own, not `.field(` of a Debug builder or `context(`.
                let before = flat[..at].chars().next_back().unwrap_or(' ');
                if !w.starts_with('.')
                    && (before.is_alphanumeric() || before == '_' || before == '.')
                {
                    continue;
                }
                checked += 1;
                let after = flat[at + w.len()..].trim_start();
                assert!(
                    !after.starts_with('"') && !after.starts_with("format!"),
                    "{}: {w} is given a literal: {}",
                    f.display(),
                    &after[..after.len().min(60)]
                );
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} widget calls found: the scan is broken"
    );
}

#[test]
fn the_scan_sees_literals_and_skips_comments() {
    assert!(code_of("let a = text(\"Hi\"); // x").contains("\"Hi\""));
    assert!(!code_of("// text(\"Hi\")").contains('"'));
    assert!(!code_of("/// \"doc\"").contains('"'));
}

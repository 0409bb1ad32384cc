//! JSON documents that hold secrets.
//!
//! Backups are parsed into a [`serde_json::Value`] rather than typed structs so that one bad
//! entry becomes one skipped entry, not a failed import. `Value`'s strings are ordinary heap
//! strings, so [`Json`] wipes every string in the tree when dropped (best effort: the parser's
//! own scratch buffers are out of our reach).

use serde_json::{Map, Value};
use zeroize::Zeroize;

use super::skip::{FieldFault, FieldProblem, JsonType};
use crate::error::{Error, Result};

/// A parsed JSON document whose strings are wiped on drop.
#[derive(Debug)]
pub struct Json(pub Value);

impl Json {
    /// Parses UTF-8 JSON. serde_json refuses nesting deeper than 128 levels, so hostile input
    /// cannot overflow the stack here or in the wipe; and a document of more than
    /// [`MAX_JSON_VALUES`] values is refused by a counting pass that allocates nothing, before
    /// any is built (20 million `{}` took 7 GB as a tree).
    pub fn parse(bytes: &[u8]) -> std::result::Result<Json, serde_json::Error> {
        if too_many_values(bytes) {
            return Err(<serde_json::Error as serde::de::Error>::custom(format!(
                "it holds more than {MAX_JSON_VALUES} values, more than any backup: it was not \
                 read"
            )));
        }
        serde_json::from_slice(bytes).map(Json)
    }

    /// Serialises with four-space indentation (as Aegis writes its files) into a wiped buffer
    /// sized exactly, so no reallocation leaves a copy behind.
    pub fn to_pretty_bytes(&self) -> Result<zeroize::Zeroizing<Vec<u8>>> {
        let len = {
            let mut counter = Counter(0);
            self.write_pretty(&mut counter)?;
            counter.0
        };
        let mut out = zeroize::Zeroizing::new(Vec::with_capacity(len + 1));
        self.write_pretty(&mut *out)?;
        out.push(b'\n');
        Ok(out)
    }

    fn write_pretty<W: std::io::Write>(&self, w: W) -> Result<()> {
        use serde::Serialize;
        let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
        let mut ser = serde_json::Serializer::with_formatter(w, fmt);
        self.0
            .serialize(&mut ser)
            .map_err(|e| Error::InvalidOption(format!("could not write JSON ({e})")))
    }
}

/// The document the format sniffer already parsed, else `bytes` parsed now: every JSON importer
/// starts here, so each says "it is not valid JSON (…)" alike.
pub fn document(bytes: &[u8], parsed: Option<Json>, format: &'static str) -> Result<Json> {
    match parsed {
        Some(doc) => Ok(doc),
        None => {
            Json::parse(super::encoding::strip_bom(bytes)).map_err(|e| Error::ImportMalformed {
                format,
                problem: format!("it is not valid JSON ({e})"),
            })
        }
    }
}

/// The document's top-level object (every format but andOTP's and Authenticator Pro's lists
/// is one).
pub fn object<'a>(doc: &'a Json, format: &'static str) -> Result<&'a Map<String, Value>> {
    match &doc.0 {
        Value::Object(top) => Ok(top),
        _ => Err(Error::ImportMalformed {
            format,
            problem: "it is not a JSON object".into(),
        }),
    }
}

/// How a format numbers its files, for [`check_version`].
pub struct Versioning {
    /// The member that holds the number (`version`, `schemaVersion`).
    pub key: &'static str,
    /// What the format calls it, for messages ("file version", "schema version").
    pub noun: &'static str,
    /// The oldest and newest numbers this app reads.
    pub oldest: i64,
    /// See `oldest`.
    pub newest: i64,
    /// The message when the member is missing; `None` when a missing number is fine.
    pub missing: Option<&'static str>,
}

/// Checks a document's format version: a newer one than this app reads is
/// [`Error::ImportUnsupported`] ("update this app"), an impossible one or a missing one (where
/// required) [`Error::ImportMalformed`]. Every versioned format says it alike.
pub fn check_version(top: &Map<String, Value>, v: &Versioning, format: &'static str) -> Result<()> {
    let malformed = |problem: String| Error::ImportMalformed { format, problem };
    match opt_i64(top, v.key).map_err(|p| malformed(p.into()))? {
        Some(n) if (v.oldest..=v.newest).contains(&n) => Ok(()),
        Some(n) if n > v.newest => Err(Error::ImportUnsupported {
            format,
            reason: format!(
                "its {} {n} is newer than the version {} this app reads; update this app",
                v.noun, v.newest
            ),
        }),
        Some(n) => Err(malformed(format!("its {} {n} is not valid", v.noun))),
        None => v.missing.map_or(Ok(()), |m| Err(malformed(m.into()))),
    }
}

/// The most values a JSON document may hold: enough for ten times the entries a vault takes,
/// each with its fields (about 15 values an Aegis entry).
pub const MAX_JSON_VALUES: usize = 1_500_000;

/// Whether a JSON text holds more than [`MAX_JSON_VALUES`] values (see [`count_values`]).
pub fn too_many_values(bytes: &[u8]) -> bool {
    count_values(bytes) > MAX_JSON_VALUES
}

/// An upper bound on the number of values in a JSON text, in one pass without allocating:
/// every value but the first follows a `,` or opens a container (`{`, `[`), outside strings.
fn count_values(bytes: &[u8]) -> usize {
    let (mut count, mut in_string, mut escaped) = (1usize, false, false);
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b',' | b'{' | b'[' => count += 1,
                _ => {}
            }
        }
    }
    count
}

impl Drop for Json {
    fn drop(&mut self) {
        scrub(&mut self.0);
    }
}

fn scrub(v: &mut Value) {
    match v {
        Value::String(s) => s.zeroize(),
        Value::Array(items) => items.iter_mut().for_each(scrub),
        Value::Object(map) => map.values_mut().for_each(scrub),
        _ => {}
    }
}

struct Counter(usize);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A short description of a JSON value's type, for error messages.
pub fn kind(v: &Value) -> &'static str {
    JsonType::of(v).english()
}

fn wrong(key: &str, found: &Value, expected: JsonType) -> FieldProblem {
    FieldProblem::new(
        key,
        FieldFault::WrongType {
            found: JsonType::of(found),
            expected,
        },
    )
}

fn missing(key: &str) -> FieldProblem {
    FieldProblem::new(key, FieldFault::Missing)
}

/// A string field: `Ok(None)` when absent or null, an error naming the field when it has
/// another type.
pub fn opt_str<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
) -> std::result::Result<Option<&'a str>, FieldProblem> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(wrong(key, other, JsonType::Text)),
    }
}

/// Text for a field that apps write as a string but that may arrive as a number (PINs).
pub fn opt_text(
    obj: &Map<String, Value>,
    key: &str,
) -> std::result::Result<Option<zeroize::Zeroizing<String>>, FieldProblem> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(zeroize::Zeroizing::new(s.clone()))),
        Some(Value::Number(n)) => Ok(Some(zeroize::Zeroizing::new(n.to_string()))),
        Some(other) => Err(wrong(key, other, JsonType::Text)),
    }
}

/// An integer field.
pub fn opt_i64(
    obj: &Map<String, Value>,
    key: &str,
) -> std::result::Result<Option<i64>, FieldProblem> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| FieldProblem::new(key, FieldFault::NotWholeNumber)),
        Some(other) => Err(wrong(key, other, JsonType::Number)),
    }
}

/// An unsigned integer field (KDF parameters), required.
pub fn req_u64(obj: &Map<String, Value>, key: &str) -> std::result::Result<u64, FieldProblem> {
    match obj.get(key) {
        Some(Value::Number(n)) => n
            .as_u64()
            .ok_or_else(|| FieldProblem::new(key, FieldFault::Negative)),
        Some(other) => Err(wrong(key, other, JsonType::Number)),
        None => Err(missing(key)),
    }
}

/// A required string field.
pub fn req_str<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
) -> std::result::Result<&'a str, FieldProblem> {
    opt_str(obj, key)?.ok_or_else(|| missing(key))
}

/// A required object field.
pub fn req_obj<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
) -> std::result::Result<&'a Map<String, Value>, FieldProblem> {
    match obj.get(key) {
        Some(Value::Object(m)) => Ok(m),
        Some(other) => Err(wrong(key, other, JsonType::Object)),
        None => Err(missing(key)),
    }
}

/// A required list field.
pub fn req_array<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
) -> std::result::Result<&'a [Value], FieldProblem> {
    match obj.get(key) {
        Some(Value::Array(a)) => Ok(a),
        Some(other) => Err(wrong(key, other, JsonType::List)),
        None => Err(missing(key)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_bytes_are_exact_and_four_space_indented() {
        let j = Json(serde_json::json!({"a": [1, "x"], "b": null}));
        let bytes = j.to_pretty_bytes().unwrap();
        assert_eq!(bytes.len(), bytes.capacity());
        let text = std::str::from_utf8(&bytes).unwrap();
        assert!(text.contains("\n    \"a\": [\n        1,"), "{text}");
    }

    #[test]
    fn field_helpers_name_the_problem() {
        let v = serde_json::json!({"s": "x", "n": 5, "z": null, "o": {}, "l": []});
        let m = v.as_object().unwrap();
        assert_eq!(opt_str(m, "s").unwrap(), Some("x"));
        assert_eq!(opt_str(m, "z").unwrap(), None);
        assert!(
            opt_str(m, "n")
                .unwrap_err()
                .to_string()
                .contains("\"n\" is a number")
        );
        assert_eq!(&*opt_text(m, "n").unwrap().unwrap(), "5");
        assert_eq!(opt_i64(m, "n").unwrap(), Some(5));
        assert_eq!(req_u64(m, "n").unwrap(), 5);
        assert!(
            req_u64(m, "q")
                .unwrap_err()
                .to_string()
                .contains("no \"q\"")
        );
        assert!(req_obj(m, "o").is_ok() && req_array(m, "l").is_ok());
        assert!(req_obj(m, "l").is_err() && req_array(m, "o").is_err());
        assert!(req_str(m, "z").is_err());
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(Json::parse(deep.as_bytes()).is_err());
    }
}

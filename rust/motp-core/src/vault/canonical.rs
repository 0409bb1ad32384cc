//! Canonical JSON: the byte string the header is authenticated as.
//!
//! The file itself may be pretty-printed in any key order; what the AEAD authenticates is this
//! canonical form — keys sorted by code point, no whitespace, serde_json's string escaping —
//! which Python reproduces with `json.dumps(obj, sort_keys=True, separators=(",", ":"),
//! ensure_ascii=False)`. Keys are sorted here explicitly rather than relying on
//! `serde_json::Map` ordering, which changes if any crate in the build enables
//! `preserve_order`.

use serde_json::Value;

/// Appends the canonical form of `v` to `out`.
pub(crate) fn write(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Object(map) => {
            out.push(b'{');
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_scalar(&Value::String(k.clone()), out);
                out.push(b':');
                if let Some(child) = map.get(k) {
                    write(child, out);
                }
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write(item, out);
            }
            out.push(b']');
        }
        scalar => write_scalar(scalar, out),
    }
}

fn write_scalar(v: &Value, out: &mut Vec<u8>) {
    // Writing a scalar Value into a Vec cannot fail; if it ever did, the authentication would
    // fail loudly rather than silently accept anything.
    let _ = serde_json::to_writer(&mut *out, v);
}

/// The canonical form as a new buffer.
pub(crate) fn to_vec(v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    write(v, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_compact_and_escaped_like_python() {
        let v: Value = serde_json::from_str(
            r#"{ "b": [1, {"z": null, "a": true}], "a": "x\"\n\u0001é/", "é": 0 }"#,
        )
        .unwrap();
        // Python: json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert_eq!(
            String::from_utf8(to_vec(&v)).unwrap(),
            r#"{"a":"x\"\n\u0001é/","b":[1,{"a":true,"z":null}],"é":0}"#
        );
    }
}

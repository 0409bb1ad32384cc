//! Base64 (standard alphabet, with padding) for the binary fields of the vault JSON.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Encodes bytes.
pub(crate) fn encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// Decodes, naming the field in the error so a damaged file says where.
pub(crate) fn decode(field: &str, text: &str) -> Result<Vec<u8>, String> {
    STANDARD
        .decode(text)
        .map_err(|_| format!("the field \"{field}\" is not valid base64"))
}

/// Decodes to exactly `N` bytes.
pub(crate) fn decode_array<const N: usize>(field: &str, text: &str) -> Result<[u8; N], String> {
    let v = decode(field, text)?;
    v.try_into().map_err(|v: Vec<u8>| {
        format!(
            "the field \"{field}\" holds {} bytes instead of {N}",
            v.len()
        )
    })
}

/// `#[serde(with = "b64::array")]` for fixed-size byte arrays.
pub(crate) mod array {
    use serde::{Deserialize, Deserializer, Serializer, de::Error as _};

    pub(crate) fn serialize<S: Serializer, const N: usize>(
        bytes: &[u8; N],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::encode(bytes))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>, const N: usize>(
        d: D,
    ) -> Result<[u8; N], D::Error> {
        let text = String::deserialize(d)?;
        super::decode_array("salt", &text).map_err(D::Error::custom)
    }
}

//! Text encodings inside backups: hex (Aegis headers, mOTP secrets), Base32 (Aegis and andOTP
//! secrets), Base64 (Aegis's encrypted contents).
//!
//! Decoders are lenient where the apps are (case, padding, whitespace) and strict about
//! everything else, and decode secrets straight into wiped buffers.

use std::sync::LazyLock;

use base64::Engine;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use data_encoding::{Encoding, Specification};
use zeroize::Zeroizing;

/// RFC 4648 Base32, either case, no padding, whitespace ignored, trailing bits not checked
/// (Aegis's and andOTP's decoders accept such input too).
static BASE32_LENIENT: LazyLock<Option<Encoding>> = LazyLock::new(|| {
    let mut spec = Specification::new();
    spec.symbols.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    spec.translate.from.push_str("abcdefghijklmnopqrstuvwxyz");
    spec.translate.to.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    spec.ignore.push_str(" \t\r\n");
    spec.check_trailing_bits = false;
    spec.encoding().ok()
});

/// Standard Base64 with or without padding.
const BASE64_LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Decodes Base32 into a wiped buffer; `None` if it is not valid Base32.
pub fn base32_decode(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    let encoding = BASE32_LENIENT.as_ref()?;
    let input = text.trim().trim_end_matches('=').as_bytes();
    let len = encoding.decode_len(input.len()).ok()?;
    let mut out = Zeroizing::new(vec![0u8; len]);
    let written = encoding.decode_mut(input, &mut out).ok()?;
    out.truncate(written);
    Some(out)
}

/// Encodes Base32 without padding, uppercase, as Aegis writes secrets.
pub fn base32_encode(bytes: &[u8]) -> Zeroizing<String> {
    let encoding = &data_encoding::BASE32_NOPAD;
    let mut out = Zeroizing::new(String::with_capacity(encoding.encode_len(bytes.len())));
    encoding.encode_append(bytes, &mut out);
    out
}

/// Decodes Base64 (standard alphabet, padding optional).
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    BASE64_LENIENT.decode(text.trim()).ok()
}

/// Encodes Base64 with padding, as Aegis writes its encrypted contents.
pub fn base64_encode(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Lowercase hex.
pub fn hex_lower(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    push_hex(bytes, &mut out);
    out
}

/// Lowercase hex into a wiped string (for secrets).
pub fn hex_lower_secret(bytes: &[u8]) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(bytes.len() * 2));
    push_hex(bytes, &mut out);
    out
}

fn push_hex(bytes: &[u8], out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for b in bytes {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0x0f)] as char);
    }
}

/// Decodes hex of either case into a wiped buffer; `None` for odd lengths or non-hex
/// characters.
pub fn hex_decode(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    let text = text.trim().as_bytes();
    if text.len() % 2 != 0 {
        return None;
    }
    let mut out = Zeroizing::new(Vec::with_capacity(text.len() / 2));
    for pair in text.chunks_exact(2) {
        let hi = hex_value(pair[0])?;
        let lo = hex_value(pair[1])?;
        out.push(hi << 4 | lo);
    }
    Some(out)
}

/// Decodes hex of an exact byte length (nonces, tags, keys).
pub fn hex_array<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes = hex_decode(text)?;
    <[u8; N]>::try_from(&bytes[..]).ok()
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_is_lenient_about_case_padding_and_trailing_bits() {
        // Stratum's Aegis fixture: 14 bytes of 0xaa without padding.
        let b = base32_decode("VKVKVKVKVKVKVKVKVKVKVKQ").unwrap();
        assert_eq!(&b[..], &[0xaa; 14]);
        assert_eq!(
            &base32_decode("vkvkvkvkvkvkvkvkvkvkvkq").unwrap()[..],
            &b[..]
        );
        // andOTP's fixture: the text "AAAAAAAAAAAAAAAA" with padding.
        let t = base32_decode("IFAUCQKBIFAUCQKBIFAUCQKBIE======").unwrap();
        assert_eq!(&t[..], b"AAAAAAAAAAAAAAAA");
        assert_eq!(&base32_decode("JBSW Y3DP").unwrap()[..], b"Hello");
        assert_eq!(&base32_decode("MZ").unwrap()[..], b"f"); // "MY" with a trailing bit set
        assert!(base32_decode("JBSWY3D!").is_none());
        assert!(base32_decode("A").is_none());
        assert_eq!(&base32_encode(&[0xaa; 14])[..], "VKVKVKVKVKVKVKVKVKVKVKQ");
    }

    #[test]
    fn hex_and_base64() {
        assert_eq!(&hex_decode("0aFf").unwrap()[..], &[0x0a, 0xff]);
        assert!(hex_decode("abc").is_none());
        assert!(hex_decode("zz").is_none());
        assert_eq!(hex_array::<2>("0aff"), Some([0x0a, 0xff]));
        assert_eq!(hex_array::<3>("0aff"), None);
        assert_eq!(hex_lower(&[0x0a, 0xff]), "0aff");
        assert_eq!(base64_decode("aGk=").unwrap(), b"hi");
        assert_eq!(base64_decode("aGk").unwrap(), b"hi");
        assert!(base64_decode("a*k=").is_none());
        assert_eq!(base64_encode(b"hi"), "aGk=");
    }
}

//! Text encodings inside backups: hex (Aegis headers, mOTP secrets), Base32 (Aegis and andOTP
//! secrets), Base64 (Aegis's encrypted contents).
//!
//! Decoders are lenient where the apps are (case, padding, whitespace) and strict about
//! everything else, and decode secrets straight into wiped buffers.

use base64::Engine;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use zeroize::{Zeroize, Zeroizing};

/// Standard Base64 with or without padding.
const BASE64_LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// RFC 4648's Base32 alphabet.
const BASE32_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Decodes Base32 into a wiped buffer; `None` if it is not valid Base32: RFC 4648, either case,
/// padding optional, whitespace ignored, unused trailing bits not checked (Aegis's and andOTP's
/// decoders accept such input too), and a length no whole bytes give (1, 3 or 6 characters
/// past a multiple of 8) refused.
///
/// Written here rather than taken from `data-encoding`: its generic engine (every bit width,
/// specifications built at run time) cost 52 KiB of the phone library for these two small
/// functions, and RFC 4648's Base32 is a few lines. Checked against that crate's results in
/// `tests::base32_agrees_with_rfc_4648_vectors` and by every importer test and fuzz target.
pub fn base32_decode(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    let input = text.trim().trim_end_matches('=');
    let mut out = Zeroizing::new(Vec::with_capacity(input.len() * 5 / 8 + 1));
    let (mut acc, mut bits, mut chars) = (0u32, 0u32, 0usize);
    for c in input.bytes() {
        if matches!(c, b' ' | b'\t' | b'\r' | b'\n') {
            continue;
        }
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a',
            b'2'..=b'7' => c - b'2' + 26,
            _ => {
                acc.zeroize();
                return None;
            }
        };
        acc = ((acc << 5) | u32::from(value)) & 0x1fff;
        bits += 5;
        chars += 1;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    // The accumulator held bits of the secret.
    acc.zeroize();
    if matches!(chars % 8, 1 | 3 | 6) {
        return None;
    }
    Some(out)
}

/// Encodes Base32 without padding, uppercase, as Aegis writes secrets.
pub fn base32_encode(bytes: &[u8]) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(bytes.len().div_ceil(5) * 8));
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = ((acc << 8) | u32::from(b)) & 0xfff;
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(BASE32_ALPHABET[((acc >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(BASE32_ALPHABET[((acc << (5 - bits)) & 31) as usize] as char);
    }
    acc.zeroize();
    out
}

/// `bytes` without a UTF-8 byte-order mark (Windows editors add one).
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
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

    /// The hand-written Base32 gives what `data-encoding` (the crate it replaced, kept as a
    /// dev-dependency for this) gives: every length 0–64 of pseudo-random bytes encoded, and
    /// decoded back in upper and lower case, with spaces, padding and set trailing bits; every
    /// length no whole bytes give refused by both.
    #[test]
    fn base32_agrees_with_rfc_4648_vectors() {
        let lenient = {
            let mut spec = data_encoding::Specification::new();
            spec.symbols.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
            spec.translate.from.push_str("abcdefghijklmnopqrstuvwxyz");
            spec.translate.to.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            spec.ignore.push_str(" \t\r\n");
            spec.check_trailing_bits = false;
            spec.encoding().unwrap()
        };
        // RFC 4648 §10.
        for (plain, encoded) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32_encode(plain.as_bytes()).as_str(), encoded);
            assert_eq!(&*base32_decode(encoded).unwrap(), plain.as_bytes());
        }
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for len in 0..=64usize {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            let ours = base32_encode(&bytes);
            assert_eq!(
                ours.as_str(),
                data_encoding::BASE32_NOPAD.encode(&bytes),
                "{len}"
            );
            let spaced: String = ours
                .to_lowercase()
                .chars()
                .enumerate()
                .flat_map(|(i, c)| (i % 4 == 3).then_some(' ').into_iter().chain([c]))
                .collect();
            for text in [ours.to_string(), spaced, format!("{}====", ours.as_str())] {
                assert_eq!(
                    base32_decode(&text).map(|z| z.to_vec()),
                    Some(bytes.clone()),
                    "{text}"
                );
            }
        }
        for text in [
            "A",
            "ABC",
            "ABCDEF",
            "ABCDEFGHI",
            "AB!D",
            "ASKDJKS",
            "JBSWY3DPEHPK3PX1",
        ] {
            let theirs = lenient.decode(text.trim_end_matches('=').as_bytes()).ok();
            assert_eq!(base32_decode(text).map(|z| z.to_vec()), theirs, "{text}");
        }
    }

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

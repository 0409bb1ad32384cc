//! From a picture to a token: decode every QR code, keep the first that holds a token (mOTP,
//! TOTP, HOTP or Steam).

use zeroize::Zeroizing;

#[cfg(feature = "qr-image")]
use super::decode::decode_image;
use super::decode::decode_luma;
use crate::error::{Error, Result};
use crate::uri::ProvisioningUri;

/// The first token in a camera frame's luma plane (arguments as [`decode_luma`]).
///
/// Errors: bad frame geometry; [`Error::QrNotFound`] (the app keeps scanning); or, when codes
/// were found but none holds a token, the most telling reason — a `motp://` or `otpauth://`
/// code that cannot be read over a code of another kind ("a Yandex token…", "a Google
/// Authenticator export…"), either over plain text.
pub fn scan_luma(bytes: &[u8], width: u32, height: u32, stride: u32) -> Result<ProvisioningUri> {
    first_token(decode_luma(bytes, width, height, stride)?)
}

#[cfg(feature = "qr-image")]
/// The first token in a PNG or JPEG image file's bytes; errors as [`scan_luma`].
pub fn scan_image(bytes: &[u8]) -> Result<ProvisioningUri> {
    first_token(decode_image(bytes)?)
}

fn first_token(texts: Vec<Zeroizing<String>>) -> Result<ProvisioningUri> {
    let mut best: Option<Error> = None;
    for text in &texts {
        match ProvisioningUri::parse(text) {
            Ok(token) => return Ok(token),
            Err(e) => {
                if best.as_ref().is_none_or(|b| rank(&e) > rank(b)) {
                    best = Some(e);
                }
            }
        }
    }
    Err(best.unwrap_or(Error::QrNotFound))
}

/// How much an error tells the user: a broken mOTP code beats a code of another kind, which
/// beats a code that holds plain text (a menu, a Wi-Fi password…).
fn rank(e: &Error) -> u8 {
    match e {
        Error::UriNotMotp { what } if what.starts_with("plain text") => 0,
        Error::UriNotMotp { .. } => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(list: &[&str]) -> Vec<Zeroizing<String>> {
        list.iter()
            .map(|t| Zeroizing::new((*t).to_owned()))
            .collect()
    }

    #[test]
    fn first_token_wins() {
        let t = first_token(texts(&[
            "otpauth://yaotp/x?secret=JBSWY3DP",
            "motp://A:b?secret=0123456789abcdef",
            "motp://C:d?secret=fedcba9876543210",
        ]))
        .unwrap();
        assert_eq!(t.account, "b");
    }

    #[test]
    fn best_error() {
        assert_eq!(first_token(vec![]).unwrap_err(), Error::QrNotFound);
        let e = first_token(texts(&["hello", "otpauth://yaotp/x?secret=JBSWY3DP"])).unwrap_err();
        assert!(e.to_string().contains("Yandex"), "{e}");
        let t = first_token(texts(&["hello", "otpauth://steam/x?secret=JBSWY3DP"])).unwrap();
        assert_eq!(t.kind.name(), "steam");
        let t = first_token(texts(&["hello", "otpauth://totp/x?secret=JBSWY3DP"])).unwrap();
        assert_eq!(t.kind.name(), "totp");
        let e = first_token(texts(&[
            "otpauth-migration://offline?data=abc",
            "motp://a:b?issuer=x",
            "hello",
        ]))
        .unwrap_err();
        assert!(e.to_string().contains("no secret"), "{e}");
        let e = first_token(texts(&["hello"])).unwrap_err();
        assert!(e.to_string().contains("plain text"), "{e}");
    }
}

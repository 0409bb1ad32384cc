//! Google Authenticator's export payload (`otpauth-migration://offline?data=BASE64`): the
//! protobuf messages, declared once with prost's derive for the importer that reads them
//! ([`crate::import`]'s Google reader) and the exporter that writes them
//! ([`crate::export::export_google`]). Layout and numbers: `docs/import-export.md`.
//!
//! ```text
//! MigrationPayload { repeated OtpParameters otp_parameters = 1; int32 version = 2;
//!                    int32 batch_size = 3; int32 batch_index = 4; int32 batch_id = 5; }
//! OtpParameters { bytes secret = 1; string name = 2; string issuer = 3;
//!                 Algorithm algorithm = 4;   // 0 unspecified (SHA-1), 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5
//!                 DigitCount digits = 5;     // 0 unspecified (6), 1 six, 2 eight
//!                 OtpType type = 6;          // 0 unspecified (TOTP), 1 HOTP, 2 TOTP
//!                 int64 counter = 7; }
//! ```

use zeroize::Zeroize;

/// `algorithm`: SHA-1.
pub(crate) const ALGORITHM_SHA1: i32 = 1;
/// `algorithm`: SHA-256.
pub(crate) const ALGORITHM_SHA256: i32 = 2;
/// `algorithm`: SHA-512.
pub(crate) const ALGORITHM_SHA512: i32 = 3;
/// `digits`: six.
pub(crate) const DIGITS_SIX: i32 = 1;
/// `digits`: eight.
pub(crate) const DIGITS_EIGHT: i32 = 2;
/// `type`: HOTP.
pub(crate) const TYPE_HOTP: i32 = 1;
/// `type`: TOTP.
pub(crate) const TYPE_TOTP: i32 = 2;
/// The payload version Google Authenticator writes.
pub(crate) const VERSION: i32 = 1;

#[derive(Clone, PartialEq, prost::Message)]
pub(crate) struct MigrationPayload {
    #[prost(message, repeated, tag = "1")]
    pub(crate) otp_parameters: Vec<OtpParameters>,
    #[prost(int32, tag = "2")]
    pub(crate) version: i32,
    #[prost(int32, tag = "3")]
    pub(crate) batch_size: i32,
    #[prost(int32, tag = "4")]
    pub(crate) batch_index: i32,
    #[prost(int32, tag = "5")]
    pub(crate) batch_id: i32,
}

#[derive(Clone, PartialEq, prost::Message)]
pub(crate) struct OtpParameters {
    #[prost(bytes = "vec", tag = "1")]
    pub(crate) secret: Vec<u8>,
    #[prost(string, tag = "2")]
    pub(crate) name: String,
    #[prost(string, tag = "3")]
    pub(crate) issuer: String,
    #[prost(int32, tag = "4")]
    pub(crate) algorithm: i32,
    #[prost(int32, tag = "5")]
    pub(crate) digits: i32,
    #[prost(int32, tag = "6")]
    pub(crate) otp_type: i32,
    #[prost(int64, tag = "7")]
    pub(crate) counter: i64,
}

// The secret's bytes are wiped when the decoded payload goes.
impl Drop for OtpParameters {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

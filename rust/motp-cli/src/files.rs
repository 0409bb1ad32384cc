//! Reading the files a user names (QR code pictures, backups to import, password files) without
//! reading more than any such file can be and without blocking on a special file (regular files
//! only), and writing exports through motp-core's atomic writer.

use std::io::Read;
use std::path::Path;

use motp_core::ProvisioningUri;
use zeroize::Zeroizing;

use crate::failure::Failure;

/// What a file that is not a regular file is, in words.
fn kind_of(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

/// Opens a file the user named (a password file, a file to import, a picture) for reading,
/// refusing anything but a regular file without ever blocking, as the vault's own files are:
/// the type is checked before opening (a device is never opened), the open does not wait (a
/// named pipe with no writer would wait forever), and the opened file is checked again.
/// `noun` names it in messages ("password file", "image").
pub fn open_regular(path: &Path, noun: &str) -> Result<std::fs::File, Failure> {
    let shown = path.display();
    let cannot = |e: std::io::Error| Failure::new(format!("cannot read the {noun} {shown}: {e}"));
    let refuse = |t: &std::fs::FileType| {
        Failure::new(format!(
            "the {noun} {shown} is {}, not a regular file: give the path of a file (nothing was \
             done)",
            kind_of(t)
        ))
    };
    let m = std::fs::metadata(path).map_err(cannot)?;
    if !m.is_file() {
        return Err(refuse(&m.file_type()));
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = opts.open(path).map_err(cannot)?;
    let m = file.metadata().map_err(cannot)?;
    if !m.is_file() {
        return Err(refuse(&m.file_type()));
    }
    Ok(file)
}

/// Reads at most `max` bytes of `path`; a bigger file is refused with `too_big(size)` before
/// it is read (and a file that grows while read is cut at `max + 1`, which the parsers refuse).
/// The bytes are wiped when dropped: they may hold secrets.
fn read_capped(
    path: &Path,
    what: &str,
    max: usize,
    too_big: impl FnOnce(u64) -> Failure,
) -> Result<Zeroizing<Vec<u8>>, Failure> {
    let shown = path.display();
    let cannot = |e: std::io::Error| Failure::new(format!("cannot read the {what} {shown}: {e}"));
    let file = open_regular(path, what)?;
    let size = file.metadata().map_err(cannot)?.len();
    if size > max as u64 {
        return Err(too_big(size));
    }
    let mut bytes = Zeroizing::new(Vec::with_capacity(size as usize));
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    Ok(bytes)
}

/// A PNG or JPEG file (a screenshot or photo of a QR code), whole, refused before it is read
/// when it is larger than any picture of a QR code needs to be.
fn read_image_file(path: &Path) -> Result<Zeroizing<Vec<u8>>, Failure> {
    let max = motp_core::qr::MAX_IMAGE_FILE_BYTES;
    read_capped(path, "image", max, |size| {
        Failure::new(format!(
            "the image {} is {} MB, more than the {} MB a picture of a QR code needs; crop or \
             shrink it",
            path.display(),
            size / (1024 * 1024),
            max / (1024 * 1024)
        ))
    })
}

/// The mOTP token in the QR code of a PNG or JPEG file (a screenshot or photo).
pub fn scan_image_file(path: &Path) -> Result<ProvisioningUri, Failure> {
    let bytes = read_image_file(path)?;
    motp_core::qr::scan_image(&bytes).map_err(|e| Failure::new(format!("{}: {e}", path.display())))
}

/// The texts of every QR code in a PNG or JPEG file (a screenshot of one of Google
/// Authenticator's export codes, a photo of an enrolment page); none found is an error naming
/// the file.
pub fn qr_texts_of_image(path: &Path) -> Result<Vec<Zeroizing<String>>, Failure> {
    let bytes = read_image_file(path)?;
    motp_core::qr::decode_image(&bytes)
        .and_then(|texts| {
            if texts.is_empty() {
                Err(motp_core::Error::QrNotFound)
            } else {
                Ok(texts)
            }
        })
        .map_err(|e| Failure::new(format!("{}: {e}", path.display())))
}

/// A file to import, whole.
pub fn read_import_file(path: &Path) -> Result<Zeroizing<Vec<u8>>, Failure> {
    let max = motp_core::import::MAX_IMPORT_BYTES;
    read_capped(path, "file", max, |size| {
        motp_core::Error::ImportTooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            max,
        }
        .into()
    })
}

/// Writes an export atomically (mode 0600 on Unix), refusing to replace an existing file
/// unless `force`.
pub fn write_export(path: &Path, bytes: &[u8], force: bool) -> Result<(), Failure> {
    motp_core::vault::write_export_file(path, bytes, force).map_err(|e| match e {
        motp_core::Error::ExportFileExists { path } => Failure::new(format!(
            "{path} already exists: choose another file name, or add --force to replace it \
             (nothing was written)"
        )),
        other => other.into(),
    })
}

//! The slow work behind [`Job`](crate::Job): key derivation, file I/O under the vault's lock,
//! decrypting backups, NTP. Each piece of work owns everything it needs — the vault itself
//! moves into a save and comes back in its outcome — so it runs with no lock of the core held
//! and the core goes on answering (and computing codes from its own copy) meanwhile.

use std::path::PathBuf;
use std::time::Duration;

use motp_core::icon_pack;
use motp_core::vault::{ExportTarget, KdfParams, Password, Unlock, Vault, VaultSummary};
use motp_core::{ClockCheckOptions, Error as CoreError};

use crate::device_key::{Answered, Recorder};
use crate::protocol::{Change, Changed, Done, ExportFormat, Job, JobKind, JobOutcome, Work};
use crate::sensitive::{SecretBytes, SecretText};

/// The largest file an import reads (the importers' own cap is the same order).
const MAX_VAULT_BYTES: u64 = motp_core::vault::MAX_FILE_BYTES;

impl Job {
    /// Does the work: key derivation, file I/O under the vault's lock, network. Blocking;
    /// call it on a worker thread.
    pub fn run(self) -> JobOutcome {
        JobOutcome {
            id: self.id,
            done: self.work.run(),
        }
    }
}

impl Work {
    pub(crate) fn kind(&self) -> JobKind {
        match self {
            Work::Inspect { .. } => JobKind::InspectVault,
            Work::Create { .. } => JobKind::CreateVault,
            Work::OpenWithPassword { .. } | Work::OpenWithDeviceKey { .. } => JobKind::Unlock,
            Work::ReadDeviceSlot { .. } => JobKind::ReadDeviceSlot,
            Work::Commit { .. } => JobKind::Save,
            Work::Export { .. } => JobKind::Export,
            Work::ReadImport { .. } => JobKind::ReadImport,
            Work::Reauthenticate { .. } => JobKind::Reauthenticate,
            Work::ClockCheck { .. } => JobKind::ClockCheck,
            Work::DecodeFrame { .. } => JobKind::DecodeFrame,
            Work::DecodePicture { .. } => JobKind::DecodePicture,
            Work::RecordUse { .. } => JobKind::RecordUse,
            Work::ImportIconPack { .. } => JobKind::ImportIconPack,
            Work::LoadIcons { .. } => JobKind::LoadIcons,
            Work::SyncStep { .. } => JobKind::Sync,
            Work::Join { .. } => JobKind::CreateVault,
        }
    }

    pub(crate) fn run(self) -> Done {
        match self {
            Work::Inspect { path } => Done::Inspected(inspect(&path)),
            Work::Create {
                path,
                password,
                kdf,
                record_key_for,
            } => Done::Created(create(&path, &password, kdf, record_key_for)),
            Work::OpenWithPassword { path, password } => {
                Done::Opened(Vault::open(&path, Unlock::Password(&password)).map(Box::new))
            }
            Work::ReadDeviceSlot {
                path,
                protector_id,
                label,
            } => Done::DeviceSlot(read_device_slot(&path, &protector_id, &label)),
            Work::OpenWithDeviceKey {
                path,
                protector_id,
                label,
                wrapped,
                key,
            } => {
                let answered = Answered::new(&protector_id, &label, wrapped, key);
                Done::Opened(Vault::open(&path, Unlock::Protector(&answered)).map(Box::new))
            }
            Work::Commit {
                mut vault,
                change,
                now_ms,
                read_back,
            } => {
                let password_field = match &change {
                    Change::Password { .. } => Some(crate::error::Field::CurrentPassword),
                    Change::AdoptServerPassword(_) => Some(crate::error::Field::Password),
                    _ => None,
                };
                let result = commit(&mut vault, change, now_ms);
                let saved_file = match (&result, read_back) {
                    (Ok(Changed::Key(_)), _) | (Err(_), _) | (_, false) => None,
                    (Ok(_), true) => read_capped(vault.path()).ok().flatten(),
                };
                Done::Committed {
                    vault,
                    result,
                    saved_file,
                    password_field,
                }
            }
            Work::Export {
                vault,
                format,
                password,
                kdf,
            } => {
                let target = match format {
                    ExportFormat::MotpBackup => ExportTarget::MotpBackup,
                    ExportFormat::Aegis => ExportTarget::Aegis,
                    ExportFormat::UriList => ExportTarget::UriList,
                    ExportFormat::GoogleAuthenticator => ExportTarget::GoogleAuthenticator,
                };
                let result = vault.export_file(target, password.as_ref().map(|p| p.expose()), kdf);
                Done::Exported { vault, result }
            }
            Work::ReadImport {
                bytes,
                password,
                existing,
            } => Done::ImportRead(crate::backups::read_preview(
                bytes.expose(),
                password.as_ref().map(|p| p.expose()),
                &existing,
            )),
            Work::Reauthenticate { path, password } => {
                Done::Reauthenticated(Vault::open_with_password(&path, &password).map(|_| ()))
            }
            Work::ClockCheck {
                server,
                window_seconds,
            } => Done::Clock(motp_core::clock::check_clock(&ClockCheckOptions {
                server,
                timeout: Duration::from_secs(3),
                window_seconds,
            })),
            Work::DecodeFrame {
                luma,
                width,
                height,
                row_stride,
            } => Done::Frame(qr_texts(&luma, width, height, row_stride)),
            // Bounded work whatever the picture (motp-core's qr::bounded).
            Work::DecodePicture {
                luma,
                width,
                height,
                row_stride,
            } => Done::Picture(qr_texts(&luma, width, height, row_stride)),
            Work::RecordUse {
                recorder,
                id,
                at_ms,
            } => {
                // Bookkeeping: a record that cannot be written loses a sort hint, nothing more.
                let _ = recorder.record(id, at_ms);
                Done::UseRecorded
            }
            Work::ImportIconPack { bytes, store } => Done::IconPackImported(
                icon_pack::read(bytes.expose()).and_then(|pack| icon_pack::install(&store, &pack)),
            ),
            Work::LoadIcons { store } => Done::IconsLoaded(icon_pack::load(&store)),
            Work::Join {
                path,
                copy,
                password,
                target,
            } => Done::Joined(join(&path, copy.expose(), &password, &target).map(Box::new)),
            Work::SyncStep {
                mut vault,
                mut sync,
                response,
            } => {
                let result = sync.on_response(&mut vault, response);
                Done::SyncStepped {
                    vault,
                    sync,
                    result,
                }
            }
        }
    }
}

/// Every QR code's text in a grey plane (a camera frame or a chosen picture).
fn qr_texts(
    luma: &SecretBytes,
    width: u32,
    height: u32,
    row_stride: u32,
) -> Result<Vec<SecretText>, CoreError> {
    motp_core::qr::decode_luma(luma.expose(), width, height, row_stride)
        .map(|texts| texts.into_iter().map(SecretText::from).collect())
}

/// Reads a file whole if it exists and is small enough to be a vault.
fn read_capped(path: &std::path::Path) -> Result<Option<SecretBytes>, CoreError> {
    let io = |e: std::io::Error| CoreError::VaultIo {
        action: "read".into(),
        path: path.display().to_string(),
        reason: e.to_string(),
        consequence: "nothing was changed; check the storage and try again".into(),
    };
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_VAULT_BYTES => Err(CoreError::VaultTooLarge {
            size: m.len(),
            max: MAX_VAULT_BYTES,
        }),
        Ok(_) => std::fs::read(path)
            .map(|b| Some(SecretBytes::from(b)))
            .map_err(io),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io(e)),
    }
}

/// The vault's header (its slots), or `None` when there is no vault yet. A damaged main file
/// with a good `.prev` is summarised from `.prev` (opening will recover from it).
fn inspect(path: &std::path::Path) -> Result<Option<VaultSummary>, CoreError> {
    let main = read_capped(path)?;
    let mut prev_path = path.as_os_str().to_owned();
    prev_path.push(".prev");
    let prev_path = PathBuf::from(prev_path);
    match main {
        Some(bytes) => match motp_core::vault::inspect(bytes.expose()) {
            Ok(s) => Ok(Some(s)),
            Err(e) => match read_capped(&prev_path)? {
                Some(prev) => motp_core::vault::inspect(prev.expose())
                    .map(Some)
                    .map_err(|_| e),
                None => Err(e),
            },
        },
        None => match read_capped(&prev_path)? {
            // The vault is missing but its previous copy is there: never offer "create" over
            // it (that would orphan the user's tokens); unlocking recovers from the copy.
            Some(prev) => motp_core::vault::inspect(prev.expose()).map(Some),
            None => Ok(None),
        },
    }
}

fn create(
    path: &std::path::Path,
    password: &Password,
    kdf: KdfParams,
    record_key_for: Option<(String, String)>,
) -> Result<(Box<Vault>, Option<SecretBytes>), CoreError> {
    let mut vault = Vault::create(path, password, kdf)?;
    let key = match record_key_for {
        Some((id, label)) => record_key(&mut vault, &id, &label),
        None => None,
    };
    Ok((Box::new(vault), key))
}

/// The vault key, learnt by offering the vault a protector that records it and refuses (so
/// the vault is left unchanged).
fn record_key(vault: &mut Vault, id: &str, label: &str) -> Option<SecretBytes> {
    let recorder = Recorder::new(id, label);
    let _refused = vault.add_platform_slot(&recorder);
    recorder.take()
}

fn read_device_slot(
    path: &std::path::Path,
    protector_id: &str,
    label: &str,
) -> Result<SecretBytes, CoreError> {
    let recorder = Recorder::new(protector_id, label);
    let result = Vault::open(path, Unlock::Protector(&recorder));
    match (recorder.take(), result) {
        (Some(wrapped), _) => Ok(wrapped),
        (None, Err(e)) => Err(e),
        // Cannot happen: opening needs the recorder's answer. Say so plainly if it does.
        (None, Ok(_)) => Err(CoreError::VaultNoSuchSlot(
            "this vault has no key for this device".into(),
        )),
    }
}

/// Applies `change` and saves it in one atomic save.
fn commit(vault: &mut Vault, change: Change, now_ms: i64) -> Result<Changed, CoreError> {
    if let Change::NextHotp(id) = &change {
        // The engine moves the counter and saves before it returns the code.
        let code = vault.next_hotp_code(*id, now_ms)?;
        return Ok(Changed::Hotp(*id, SecretText::new(code.grouped)));
    }
    if let Change::RecordKey {
        protector_id,
        label,
    } = &change
    {
        // Nothing is saved: the vault key is only read, for the key store to wrap.
        return record_key(vault, protector_id, label)
            .map(Changed::Key)
            .ok_or_else(|| CoreError::VaultKeyStore {
                action: "wrap".into(),
                reason: "the vault key could not be read for the device key".into(),
            });
    }
    if let Change::TakeBackup(bytes, restore) = &change {
        // Each saves itself, transactionally (a merge is a change of its own).
        let report = if *restore {
            vault.restore_as_backup(bytes.expose(), now_ms)?
        } else {
            vault.merge_copy(bytes.expose())?
        };
        return Ok(Changed::BackupTaken(report));
    }
    if let Change::Password { current, .. } = &change {
        // Checked once, against the key in memory, before anything is written.
        vault.verify_password(current)?;
    }
    // Transactional: the change is made on a copy and becomes the vault in memory only once
    // it is saved, so a failed save leaves memory equal to the disk; a newer file (another
    // window or device) is re-read with the key held and the change made again on it.
    vault.change(|v| {
        // Every save purges the trash's entries past 30 days.
        v.purge_trash(now_ms);
        apply(v, &change, now_ms)
    })
}

/// Makes `change` in memory. Repeatable (it takes the change by reference), as
/// `Vault::change` may run it twice (again over a newer file).
fn apply(vault: &mut Vault, change: &Change, now_ms: i64) -> Result<Changed, CoreError> {
    Ok(match change {
        Change::Add(token) => {
            vault.add((**token).clone(), now_ms)?;
            Changed::Added
        }
        Change::Update(id, update) => {
            vault.update(*id, (**update).clone(), now_ms)?;
            Changed::Nothing
        }
        Change::Trash(id) => {
            vault.trash(*id, now_ms)?;
            Changed::Trashed(*id)
        }
        Change::Restore(id) => {
            vault.restore(*id, now_ms)?;
            Changed::Restored
        }
        Change::DeleteForGood(id) => {
            vault.delete_for_good(*id)?;
            Changed::Nothing
        }
        Change::PurgeTrash => Changed::Nothing,
        Change::Move(id, to) => {
            vault.move_token(*id, *to)?;
            Changed::Nothing
        }
        Change::Correction(c) => {
            vault.set_clock_correction(*c)?;
            Changed::Nothing
        }
        Change::Password { new, kdf, .. } => {
            vault.change_password(new, *kdf)?;
            Changed::Nothing
        }
        Change::RecordKey { .. } | Change::NextHotp(_) => Changed::Nothing,
        Change::AddDeviceSlot {
            protector_id,
            label,
            key,
            wrapped,
        } => {
            let answered = Answered::new(
                protector_id,
                label,
                key.clone(),
                SecretBytes::new(wrapped.clone()),
            );
            vault.add_platform_slot(&answered)?;
            Changed::Nothing
        }
        Change::RemoveDeviceSlot { protector_id } => {
            let ids: Vec<_> = vault
                .slots()
                .into_iter()
                .filter(|s| {
                    matches!(&s.kind, motp_core::vault::SlotKind::Platform { protector, .. }
                        if protector == protector_id)
                })
                .map(|s| s.id)
                .collect();
            for id in ids {
                vault.remove_slot(id)?;
            }
            Changed::Nothing
        }
        Change::Import {
            bytes,
            password,
            keep_pins,
        } => Changed::Imported(Box::new(vault.import_file(
            bytes.expose(),
            None,
            password.as_ref().map(|p| p.expose()),
            *keep_pins,
            now_ms,
        )?)),
        Change::TakeBackup(..) => Changed::Nothing,
        Change::RestoreVersion(id, part, stamp) => {
            vault.restore_version(*id, part, stamp)?;
            Changed::Nothing
        }
        Change::LinkSync(target) => {
            vault.set_sync_target(target);
            Changed::Nothing
        }
        Change::UnlinkSync => {
            vault.remove_sync_target();
            Changed::Nothing
        }
        Change::AdoptServerPassword(password) => {
            vault.adopt_server_password(password)?;
            Changed::Nothing
        }
    })
}

/// This device's vault from a server's copy (its own device id, only the password slot), linked
/// to the server; the first sync, run next, records the server's version.
fn join(
    path: &std::path::Path,
    copy: &[u8],
    password: &Password,
    target: &motp_core::sync::SyncTarget,
) -> Result<Vault, CoreError> {
    let mut vault = Vault::create_from_copy(path, copy, password)?;
    vault.change(|v| {
        v.set_sync_target(target);
        Ok(())
    })?;
    Ok(vault)
}

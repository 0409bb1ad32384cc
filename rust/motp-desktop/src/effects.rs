//! Each core [`Effect`] carried out as an iced `Task`. Anything that may block (a job, a dialog,
//! the keyring, a file, a capture) runs on its own worker thread and comes back as a message;
//! the loop never waits. The answers the core asks for are stamped with the clock when they
//! are ready.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;
use iced::futures::channel::oneshot;
use motp_app::{CameraProblem, Effect, Event, Labels, SecretBytes};

use crate::clock::Clock;
use crate::device_key::{DeviceKeyError, DeviceKeyStore};
use crate::handoff::Handoff;
use crate::message::Message;
use crate::platform::Platform;
use crate::settings_file::SettingsFile;

/// What the effects reach: the OS services, the clock, the settings file.
#[derive(Debug, Clone)]
pub(crate) struct Services {
    pub platform: Platform,
    pub clock: Arc<dyn Clock>,
    pub settings: SettingsFile,
}

/// Largest file the open dialog reads: a backup of thousands of tokens is a few megabytes.
const MAX_OPEN_BYTES: u64 = 64 * 1024 * 1024;

/// Runs `work` on a new thread; the task yields its result (a thread that panicked yields
/// nothing, so the loop goes on).
pub(crate) fn on_worker<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
    then: impl Fn(T) -> Message + Send + 'static,
) -> Task<Message> {
    let (tx, rx) = oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("motp-worker".into())
        .spawn(move || {
            let _ = tx.send(work());
        });
    if spawned.is_err() {
        return Task::none();
    }
    Task::perform(rx, move |r| r.map_or(Message::Nothing, &then))
}

/// A platform answer to hand to the core.
pub(crate) fn answer(e: Event) -> Message {
    Message::Answer(Box::new(Handoff::new(e)))
}

/// Carries out one effect. `tick_at` is the window's one timer (the subscription reads it).
pub(crate) fn carry_out(
    s: &Services,
    labels: &Labels,
    tick_at: &mut Option<i64>,
    effect: Effect,
) -> Task<Message> {
    let clock = s.clock.clone();
    match effect {
        Effect::ScheduleTick { at_ms } => {
            *tick_at = Some(at_ms);
            Task::none()
        }
        Effect::RunJob { job } => {
            on_worker(move || job.run(), |o| Message::JobDone(Handoff::new(o)))
        }
        Effect::UnwrapWithDeviceKey {
            request,
            protector_id,
            wrapped,
            ..
        } => with_device_key(
            s,
            labels,
            request,
            move |store| store.unwrap(&protector_id, &wrapped),
            move |key, now_ms| Event::DeviceKeyUnwrapped {
                request,
                key,
                now_ms,
            },
        ),
        Effect::WrapWithDeviceKey {
            request,
            protector_id,
            key,
            ..
        } => with_device_key(
            s,
            labels,
            request,
            move |store| store.wrap(&protector_id, &key),
            move |wrapped, now_ms| Event::DeviceKeyWrapped {
                request,
                wrapped,
                now_ms,
            },
        ),
        Effect::DeleteDeviceKey { protector_id } => match s.platform.keys.clone() {
            Some(keys) => on_worker(
                move || DeviceKeyStore::new(keys).delete(&protector_id),
                |_| Message::Nothing,
            ),
            None => Task::none(),
        },
        // A computer has no camera to scan with here: "Scan the screen" and pictures instead.
        Effect::StartCamera => {
            Task::done(answer(Event::Add(motp_app::AddEvent::CameraUnavailable {
                problem: CameraProblem::NoCamera,
                now_ms: clock.now_ms(),
            })))
        }
        Effect::StopCamera => Task::none(),
        Effect::CopyToClipboard {
            text,
            sensitive,
            clear_after_ms,
        } => {
            let clipboard = s.platform.clipboard.clone();
            let copied = clipboard
                .lock()
                .map(|mut c| c.set_text(text.expose(), sensitive).is_ok())
                .unwrap_or(false);
            match clear_after_ms {
                Some(ms) if copied => on_worker(
                    move || {
                        std::thread::sleep(std::time::Duration::from_millis(ms));
                        if let Ok(mut c) = clipboard.lock() {
                            c.clear_if_still(text.expose());
                        }
                    },
                    |()| Message::Nothing,
                ),
                _ => Task::none(),
            }
        }
        Effect::SaveFile {
            request,
            suggested_name,
            bytes,
            ..
        } => {
            let dialogs = s.platform.dialogs.clone();
            on_worker(
                move || {
                    let result = match dialogs.save_file(&suggested_name) {
                        None => Err(None),
                        Some(path) => write_file(&path, &bytes).map_err(Some),
                    };
                    saved(request, result, clock.now_ms())
                },
                answer,
            )
        }
        Effect::SaveToFolder {
            request,
            folder,
            file_name,
            bytes,
        } => on_worker(
            move || {
                let path = PathBuf::from(folder).join(file_name);
                let result = write_file(&path, &bytes).map_err(Some);
                saved(request, result, clock.now_ms())
            },
            answer,
        ),
        Effect::OpenFile { request, .. } => {
            let dialogs = s.platform.dialogs.clone();
            on_worker(
                move || {
                    let Some(path) = dialogs.open_file(&[]) else {
                        return Event::FileFailed {
                            request,
                            reason: None,
                            now_ms: clock.now_ms(),
                        };
                    };
                    match read_file(&path) {
                        Ok(bytes) => Event::FileOpened {
                            request,
                            name: path
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default(),
                            bytes,
                            now_ms: clock.now_ms(),
                        },
                        Err(reason) => Event::FileFailed {
                            request,
                            reason: Some(reason),
                            now_ms: clock.now_ms(),
                        },
                    }
                },
                answer,
            )
        }
        // No platform network time on a computer: the core runs its own NTP exchange.
        Effect::AskNetworkTime { request } => Task::done(answer(Event::NetworkTimeUnavailable {
            request,
            now_ms: clock.now_ms(),
        })),
        Effect::PersistSettings { settings } => {
            let file = s.settings.clone();
            on_worker(move || file.save(&settings), |_| Message::Nothing)
        }
        // The automatic backups' folder (versions kept, rotated): plain files, no dialog.
        Effect::ListFolder { request, folder } => on_worker(
            move || match list_folder(std::path::Path::new(&folder)) {
                Ok(file_names) => Event::FolderListed {
                    request,
                    listing: motp_app::FolderListing { file_names },
                    now_ms: clock.now_ms(),
                },
                Err(reason) => Event::FileFailed {
                    request,
                    reason: Some(reason),
                    now_ms: clock.now_ms(),
                },
            },
            answer,
        ),
        Effect::ReadFromFolder {
            request,
            folder,
            file_name,
        } => on_worker(
            move || {
                let read = plain_name(&file_name)
                    .and_then(|()| read_file(&PathBuf::from(folder).join(&file_name)));
                match read {
                    Ok(bytes) => Event::FileOpened {
                        request,
                        name: file_name,
                        bytes,
                        now_ms: clock.now_ms(),
                    },
                    Err(reason) => Event::FileFailed {
                        request,
                        reason: Some(reason),
                        now_ms: clock.now_ms(),
                    },
                }
            },
            answer,
        ),
        Effect::DeleteFromFolder { folder, file_names } => on_worker(
            move || {
                let folder = PathBuf::from(folder);
                for name in file_names.iter().filter(|n| plain_name(n).is_ok()) {
                    // A file left behind is removed by the next rotation (the core's rule).
                    let _ = std::fs::remove_file(folder.join(name));
                }
            },
            |()| Message::Nothing,
        ),
        Effect::SendHttp { request, call } => on_worker(
            move || crate::http::send(request, call, clock.as_ref()),
            answer,
        ),
        // No vibration on a computer; iced 0.14 has no screen-reader bridge to announce through.
        Effect::Haptic { .. } | Effect::Announce { .. } => Task::none(),
    }
}

/// Runs `work` with the keyring on a worker thread and answers with `done` or the failure; with
/// no keyring on this computer, the core's "not available" at once.
fn with_device_key<T: Send + 'static>(
    s: &Services,
    labels: &Labels,
    request: u64,
    work: impl FnOnce(DeviceKeyStore) -> Result<T, DeviceKeyError> + Send + 'static,
    done: impl FnOnce(T, i64) -> Event + Send + 'static,
) -> Task<Message> {
    let clock = s.clock.clone();
    let Some(keys) = s.platform.keys.clone() else {
        return Task::done(answer(Event::DeviceKeyFailed {
            request,
            reason: labels.device_key_not_available.clone(),
            now_ms: clock.now_ms(),
        }));
    };
    on_worker(
        move || {
            let result = work(DeviceKeyStore::new(keys));
            let now_ms = clock.now_ms();
            match result {
                Ok(v) => done(v, now_ms),
                Err(e) => device_key_failure(request, e, now_ms),
            }
        },
        answer,
    )
}

fn device_key_failure(request: u64, e: DeviceKeyError, now_ms: i64) -> Event {
    match e {
        DeviceKeyError::Cancelled => Event::DeviceKeyCancelled { request, now_ms },
        DeviceKeyError::Invalidated => Event::DeviceKeyInvalidated { request, now_ms },
        DeviceKeyError::Failed(reason) => Event::DeviceKeyFailed {
            request,
            reason,
            now_ms,
        },
    }
}

fn saved(request: u64, result: Result<(), Option<String>>, now_ms: i64) -> Event {
    match result {
        Ok(()) => Event::FileSaved { request, now_ms },
        Err(reason) => Event::FileFailed {
            request,
            reason,
            now_ms,
        },
    }
}

/// Writes beside the target and renames over it, so a failed write leaves no half file.
fn write_file(path: &std::path::Path, bytes: &SecretBytes) -> Result<(), String> {
    let tmp = path.with_extension("part");
    std::fs::write(&tmp, bytes.expose())
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            format!("{}: {e}", path.display())
        })
}

/// A file's bytes, refusing what is too large to be a backup or a picture.
pub(crate) fn read_file(path: &std::path::Path) -> Result<SecretBytes, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    let _ = file
        .take(MAX_OPEN_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if bytes.len() as u64 > MAX_OPEN_BYTES {
        return Err(format!(
            "{}: larger than {} MiB",
            path.display(),
            MAX_OPEN_BYTES / (1024 * 1024)
        ));
    }
    Ok(SecretBytes::new(bytes))
}

/// A file name the core gave for the backups' folder: a name in it, never a path out of it.
fn plain_name(name: &str) -> Result<(), String> {
    let p = std::path::Path::new(name);
    if !name.is_empty() && p.file_name().is_some_and(|f| f == p.as_os_str()) {
        Ok(())
    } else {
        Err(format!(
            "{name:?} is not a file name in the backups' folder"
        ))
    }
}

/// The names of the plain files in `folder`.
fn list_folder(folder: &std::path::Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", folder.display()))?;
        if entry.file_type().is_ok_and(|t| t.is_file())
            && let Ok(name) = entry.file_name().into_string()
        {
            names.push(name);
        }
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_inside_the_folder_are_used() {
        assert!(plain_name("motp-backup-1.motp").is_ok());
        for bad in ["", "..", "../x", "a/b", "/etc/passwd", "."] {
            assert!(plain_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_listing_has_the_files_and_not_the_folders() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("a.motp"), b"x").unwrap_or_else(|e| panic!("{e}"));
        std::fs::create_dir(dir.path().join("sub")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(list_folder(dir.path()), Ok(vec!["a.motp".to_owned()]));
        assert!(list_folder(&dir.path().join("missing")).is_err());
    }
}

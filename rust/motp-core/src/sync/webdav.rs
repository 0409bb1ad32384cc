//! One sync with a WebDAV server, as a sequence of requests the caller sends.
//!
//! 1. `GET` the server's copy, conditional on the ETag last seen (`If-None-Match`): `304` means
//!    nobody changed it since this device last synced.
//! 2. A copy that came back is merged into the local vault and saved there first (so whatever
//!    the network does next, nothing either side acknowledged is lost).
//! 3. If the server's copy lacks anything the local vault has, `PUT` the local copy over the
//!    very version that was merged (`If-Match: ETAG`), or where there is none yet
//!    (`If-None-Match: *`). `412 Precondition Failed` means another device wrote in between:
//!    back to 1 (at most [`MAX_RACES`] times). `409 Conflict` means a folder on the way is
//!    missing: `MKCOL` the missing ones, nearest last, and `PUT` again.
//! 4. The ETag the server gives the new copy (from the `PUT`'s answer, else a `HEAD`) is
//!    recorded with the latest change stamp it holds, so the next sync of an unchanged vault is
//!    one conditional `GET`.

use super::target::{HttpRequest, HttpResponse, SyncTarget};
use crate::error::{Error, Result};
use crate::vault::{MergeReport, Stamp, Vault};

/// How many times another device may win the race to write before this sync gives up (each
/// time it fetches, merges and tries again, waiting a little longer).
pub const MAX_RACES: u32 = 6;

/// What to do next.
#[derive(Debug)]
pub enum SyncStep {
    /// Send this request (after waiting `wait_ms`), then pass its answer to
    /// [`WebDavSync::on_response`].
    Send {
        /// The request.
        request: HttpRequest,
        /// How long to wait first (after another device won the race to write).
        wait_ms: u64,
    },
    /// The sync is over.
    Done(SyncOutcome),
}

/// What a sync did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncOutcome {
    /// What the server's copy changed in this vault.
    pub report: MergeReport,
    /// Whether this vault's copy was written to the server.
    pub uploaded: bool,
    /// Whether the server's copy has another password than this vault: it was changed on
    /// another device (this vault still opened it by the key every copy shares).
    pub password_changed_elsewhere: bool,
}

#[derive(Debug)]
enum Phase {
    Fetch,
    /// Writing the copy sealed when the vault's latest stamp was `latest`: edits made while the
    /// request is out are not in it, so only `latest` counts as synced when it succeeds.
    Put {
        etag: Option<String>,
        latest: Option<Stamp>,
        /// The copy sent (its password slot is what the server then holds).
        body: Vec<u8>,
    },
    Folder {
        etag: Option<String>,
        at: usize,
    },
    Head {
        latest: Option<Stamp>,
        body: Vec<u8>,
    },
}

/// One sync in progress.
#[derive(Debug)]
pub struct WebDavSync {
    target: SyncTarget,
    phase: Phase,
    races: u32,
    outcome: SyncOutcome,
    folders: Vec<String>,
}

fn server_error(action: &str, status: u16) -> Error {
    match status {
        401 | 403 => Error::SyncRefused { status },
        _ => Error::SyncServer {
            action: action.into(),
            status,
        },
    }
}

impl WebDavSync {
    /// Starts a sync of `vault` with the server it is linked to; the first request to send.
    pub fn start(vault: &Vault) -> Result<(WebDavSync, HttpRequest)> {
        let target = vault.sync_target().ok_or(Error::SyncNotSetUp)??;
        let first = target.get(vault.synced_etag().as_deref());
        let folders = target.folders();
        Ok((
            WebDavSync {
                target,
                phase: Phase::Fetch,
                races: 0,
                outcome: SyncOutcome::default(),
                folders,
            },
            first,
        ))
    }

    /// Takes the server's answer to the last request; what to do next. The local vault is
    /// saved whenever the answer changed it (a merge, the ETag recorded).
    pub fn on_response(&mut self, vault: &mut Vault, response: HttpResponse) -> Result<SyncStep> {
        let status = response.status;
        match std::mem::replace(&mut self.phase, Phase::Fetch) {
            Phase::Fetch => match status {
                304 => {
                    let etag = vault.synced_etag();
                    if vault.changed_since_sync() {
                        return self.put(vault, etag);
                    }
                    Ok(SyncStep::Done(self.outcome))
                }
                200 => {
                    let etag = response.etag.ok_or(Error::SyncNoEtag)?;
                    let copy = response.body;
                    let report = vault.merge_copy(&copy).map_err(|e| match e {
                        Error::VaultNotThisOne => Error::SyncOtherVault,
                        e => e,
                    })?;
                    self.outcome.report += report;
                    self.outcome.password_changed_elsewhere |= vault.password_changed_in(&copy)?;
                    if !vault.password_changed_here() && vault.holds_nothing_more_than(&copy)? {
                        let latest = vault.latest_stamp();
                        vault.change(|v| {
                            v.record_synced(Some(etag.clone()), latest.clone(), &copy);
                            Ok(())
                        })?;
                        return Ok(SyncStep::Done(self.outcome));
                    }
                    self.put(vault, Some(etag))
                }
                404 => self.put(vault, None),
                _ => Err(server_error("read the vault from the server", status)),
            },
            Phase::Put { etag, latest, body } => match status {
                200 | 201 | 204 => {
                    self.outcome.uploaded = true;
                    match response.etag {
                        Some(new) => {
                            vault.change(|v| {
                                v.record_synced(Some(new.clone()), latest.clone(), &body);
                                Ok(())
                            })?;
                            Ok(SyncStep::Done(self.outcome))
                        }
                        None => {
                            self.phase = Phase::Head { latest, body };
                            Ok(self.send(self.target.head(), 0))
                        }
                    }
                }
                412 => {
                    self.races += 1;
                    if self.races > MAX_RACES {
                        return Err(Error::SyncRaceLost { tries: MAX_RACES });
                    }
                    self.phase = Phase::Fetch;
                    Ok(self.send(self.target.get(None), 150 * u64::from(self.races)))
                }
                409 if !self.folders.is_empty() => {
                    self.phase = Phase::Folder { etag, at: 0 };
                    Ok(self.send(self.target.mkcol(&self.folders[0]), 0))
                }
                _ => Err(server_error("write the vault to the server", status)),
            },
            Phase::Folder { etag, at } => match status {
                // Made, or there already (405: not allowed to make what exists).
                200 | 201 | 204 | 405 => {
                    if at == 0 {
                        return self.put(vault, etag);
                    }
                    self.phase = Phase::Folder { etag, at: at - 1 };
                    Ok(self.send(self.target.mkcol(&self.folders[at - 1]), 0))
                }
                409 if at + 1 < self.folders.len() => {
                    self.phase = Phase::Folder { etag, at: at + 1 };
                    Ok(self.send(self.target.mkcol(&self.folders[at + 1]), 0))
                }
                _ => Err(server_error(
                    "make the vault's folder on the server",
                    status,
                )),
            },
            Phase::Head { latest, body } => {
                // Without an ETag the next sync reads the whole copy; nothing is lost.
                let etag = (status == 200).then_some(response.etag).flatten();
                vault.change(|v| {
                    v.record_synced(etag.clone(), latest.clone(), &body);
                    Ok(())
                })?;
                Ok(SyncStep::Done(self.outcome))
            }
        }
    }

    fn put(&mut self, vault: &Vault, etag: Option<String>) -> Result<SyncStep> {
        let latest = vault.latest_stamp();
        let body = vault.sync_copy()?;
        let request = self.target.put(body.clone(), etag.as_deref());
        self.phase = Phase::Put { etag, latest, body };
        Ok(self.send(request, 0))
    }

    fn send(&self, request: HttpRequest, wait_ms: u64) -> SyncStep {
        SyncStep::Send { request, wait_ms }
    }
}

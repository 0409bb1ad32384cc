//! Sending one sync's requests (`motp_core::sync::WebDavSync`) to the linked server, for
//! `motp sync` and after every command that changes the vault.

use motp_core::sync::{SyncOutcome, SyncStep, WebDavSync};
use motp_core::vault::Vault;

use crate::failure::Failure;
use crate::vault_open::warn;

/// Runs one sync with the linked server, sending each request the engine plans.
pub fn with_server(vault: &mut Vault) -> Result<SyncOutcome, Failure> {
    let client = crate::http::Client::new();
    let (mut sync, mut request) = WebDavSync::start(vault)?;
    // Bounded: a fetch, a write, folders made and races lost, each a handful at most.
    for _ in 0..100 {
        let response = client.send(&request)?;
        match sync.on_response(vault, response)? {
            SyncStep::Send {
                request: next,
                wait_ms,
            } => {
                std::thread::sleep(std::time::Duration::from_millis(wait_ms));
                request = next;
            }
            SyncStep::Done(outcome) => {
                if outcome.password_changed_elsewhere {
                    warn(
                        "the vault password was changed on another device: this vault still \
                         opens with its old one here; `motp sync password` asks for the new one \
                         once and uses it here too",
                    );
                }
                return Ok(outcome);
            }
        }
    }
    Err(Failure::new(
        "the sync server kept asking for more requests than any sync needs; this device's \
         vault is saved: try again later",
    ))
}

/// After a command changed the vault: sync with the linked server, unless `offline` or none is
/// linked. The change is saved on this device whatever happens; a sync that fails is a warning
/// (the next `motp sync`, or the next change, brings the server up to date).
pub fn after_change(vault: &mut Vault, offline: bool) {
    if offline || vault.sync_target().is_none() {
        return;
    }
    if let Err(e) = with_server(vault) {
        warn(&format!(
            "the change is saved on this device, but the sync server was not brought up to \
             date: {}; `motp sync` tries again",
            e.message()
        ));
    }
}

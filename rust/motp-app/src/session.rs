//! The unlocked state: the vault (when it is not out in a job), the copy of every token the
//! list computes codes from, the PINs typed, and each screen's state.
//!
//! Dropping a `Session` is locking: every field that holds key material, a secret or a PIN is a
//! zeroizing type (`Vault`'s master key, `Secret`, `Pin`, `SecretText`, `SecretBytes`).

use std::collections::HashMap;

use motp_core::vault::ImportFileReport;
use motp_core::vault::{
    SlotKind, TokenId, TokenInfo, TokenVersion, TrashedInfo, TypoGuardCheck, UseRecorder, Vault,
};
use motp_core::{ClockCheck, ClockCorrection, DoctorReport, OtpKind, Pin, Secret};

use crate::backups::Preview;
use crate::config::DeviceKeyConfig;
use crate::error::AppError;
use crate::event::PinPolicyChoice;
use crate::protocol::{ExportFormat, RequestId};
use crate::sensitive::{SecretBytes, SecretText};
use crate::view::AddStep;
use motp_core::sync::{HttpResponse, SyncOutcome, WebDavSync};

/// What the app knows before the vault is unlocked: which ways in its file offers.
#[derive(Debug, Clone, Default)]
pub(crate) struct Doors {
    pub password: bool,
    /// This device's slot (a slot whose protector is ours).
    pub device: bool,
}

impl Doors {
    pub(crate) fn of(slots: &[SlotKind], device: Option<&DeviceKeyConfig>) -> Doors {
        Doors {
            password: slots.iter().any(|s| matches!(s, SlotKind::Password { .. })),
            device: device.is_some_and(|d| {
                slots.iter().any(
                    |s| matches!(s, SlotKind::Platform { protector, .. } if *protector == d.protector_id),
                )
            }),
        }
    }
}

/// One token as the list needs it: what the vault shows plus the secret and stored PIN, so
/// codes come from the model even while the vault is out saving.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub info: TokenInfo,
    pub secret: Secret,
    pub stored_pin: Option<Pin>,
    /// Where two devices disagreed about a part, the version that lost (this device's, replaced
    /// by another device's later change, or another device's, older than this one's).
    pub history: Vec<TokenVersion>,
}

impl Entry {
    pub(crate) fn id(&self) -> TokenId {
        self.info.id
    }

    pub(crate) fn key(&self) -> String {
        self.info.id.to_string()
    }

    /// The kind and its parameters; `None` for a kind made by a newer app.
    pub(crate) fn kind(&self) -> Option<OtpKind> {
        self.info.kind
    }

    /// The group, favourite and icon key the vault stores with the token.
    pub(crate) fn group(&self) -> Option<&str> {
        self.info.group.as_deref()
    }

    pub(crate) fn favourite(&self) -> bool {
        self.info.favourite
    }

    pub(crate) fn icon_key(&self) -> Option<&str> {
        self.info.icon.as_deref()
    }
}

/// A PIN the user typed on the list, and what the typo guard says about it (`None` until the
/// vault is back from a save to check it).
#[derive(Debug, Clone)]
pub(crate) struct TypedPin {
    pub pin: Pin,
    pub guard: Option<TypoGuardCheck>,
}

/// A token about to be added.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub kind: OtpKind,
    pub issuer: Option<String>,
    pub account: String,
    pub secret: Secret,
    /// A PIN the URI carried (non-standard `pin=`).
    pub uri_pin: Option<Pin>,
    /// The user asked us to generate the secret.
    pub generated: bool,
}

/// The add screen.
#[derive(Debug, Clone)]
pub(crate) struct AddState {
    pub step: AddStep,
    pub camera_on: bool,
    /// A frame is being decoded: drop further frames until it is done.
    pub decoding: bool,
    pub candidate: Option<Candidate>,
    pub policy: PinPolicyChoice,
    pub pin: Option<Pin>,
    /// (existing token, its name, reason message id)
    pub duplicates: Vec<(TokenId, String, &'static str)>,
    pub error: Option<AppError>,
    /// The codes of a split Google Authenticator export scanned so far.
    pub export_scan: Option<ExportScan>,
}

impl Default for AddState {
    fn default() -> Self {
        AddState {
            step: AddStep::Choose,
            camera_on: false,
            decoding: false,
            candidate: None,
            policy: PinPolicyChoice::Ask,
            pin: None,
            duplicates: Vec::new(),
            error: None,
            export_scan: None,
        }
    }
}

/// A Google Authenticator export split over several QR codes, being scanned: its codes by
/// place, so they can come in any order and a repeat changes nothing.
#[derive(Debug, Clone)]
pub(crate) struct ExportScan {
    /// The export's id: a code of another export is refused while this one is scanned.
    pub batch_id: i32,
    /// How many codes it has.
    pub parts: i32,
    /// The texts scanned, by place.
    pub codes: std::collections::BTreeMap<i32, SecretText>,
    /// The last code scanned was another export's.
    pub other_export: bool,
}

impl AddState {
    /// Scanning ends: the camera and any frame being decoded are let go together (a decoded
    /// frame that comes back later is dropped). Whether the camera was on, so the caller sends
    /// `StopCamera` when the camera did not stop by itself.
    pub(crate) fn end_scanning(&mut self) -> bool {
        let was_on = self.camera_on;
        self.camera_on = false;
        self.decoding = false;
        was_on
    }
}

/// The detail screen.
#[derive(Debug, Clone)]
pub(crate) struct DetailState {
    pub id: TokenId,
    pub revealed: bool,
    pub confirm_delete: bool,
    pub error: Option<AppError>,
}

/// An import being previewed.
#[derive(Debug, Clone)]
pub(crate) struct ImportState {
    pub file_name: String,
    pub bytes: SecretBytes,
    pub password: Option<SecretText>,
    pub needs_password: bool,
    pub preview: Option<Preview>,
    pub error: Option<AppError>,
}

/// The backups screen.
#[derive(Debug, Clone, Default)]
pub(crate) struct BackupsState {
    pub import: Option<ImportState>,
    pub report: Option<ImportFileReport>,
    pub error: Option<AppError>,
    /// Google Authenticator's export on screen.
    pub google: Option<GoogleExport>,
    /// The automatic backups' versions, newest first, once listed.
    pub versions: Option<Vec<BackupVersion>>,
    /// The version the user asked to restore the vault as, awaiting the confirmation.
    pub confirm_restore: Option<String>,
}

/// One version in the automatic backups' folder.
#[derive(Debug, Clone)]
pub(crate) struct BackupVersion {
    pub file_name: String,
    pub at_ms: i64,
    /// Its tokens, once read (`Err`: it could not be read or is not this vault's).
    pub tokens: Option<std::result::Result<usize, ()>>,
}

/// Google Authenticator's export, shown one QR code at a time.
#[derive(Debug, Clone)]
pub(crate) struct GoogleExport {
    /// The codes' texts (each holds secrets).
    pub codes: Vec<SecretText>,
    /// The names of the tokens left out.
    pub left_out: Vec<String>,
    /// The code on screen, from 0.
    pub page: usize,
}

/// The troubleshooting screen.
#[derive(Debug, Clone, Default)]
pub(crate) struct TroubleState {
    pub doctor: Option<(TokenId, DoctorReport)>,
    pub check_code: Option<TokenId>,
    pub error: Option<AppError>,
}

/// The settings screen.
#[derive(Debug, Clone, Default)]
pub(crate) struct SettingsState {
    pub error: Option<AppError>,
}

/// The trash screen.
#[derive(Debug, Clone, Default)]
pub(crate) struct TrashState {
    pub error: Option<AppError>,
}

/// The last deletion, offered for undoing on the list until `until_ms`.
#[derive(Debug, Clone)]
pub(crate) struct Undo {
    pub id: TokenId,
    /// The token's name as the banner says it.
    pub name: String,
    pub until_ms: i64,
}

/// Which screen, with its state.
#[derive(Debug, Clone)]
pub(crate) enum Page {
    List,
    Add(Box<AddState>),
    Detail(DetailState),
    Backups(Box<BackupsState>),
    Troubleshooting(Box<TroubleState>),
    Settings(SettingsState),
    Trash(TrashState),
}

/// Where the clock check's answer came from, and what it said.
#[derive(Debug, Clone)]
pub(crate) struct ClockResult {
    pub check: ClockCheck,
    /// The platform's name for its network time, or the NTP server.
    pub source: String,
}

/// Requests out with the shell that the session waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FileRequest {
    /// An export being saved (format; the generation it holds).
    Export(ExportFormat, u64),
    /// An automatic backup being written (the generation it holds).
    AutoBackup(u64),
    /// A file to import being opened.
    Import,
    /// An icon pack being opened.
    IconPack,
    /// The backups' folder listed after a backup, to remove versions past keeping.
    RotateBackups,
    /// The backups' folder listed to show its versions.
    ListVersions,
    /// A version read for its token count.
    CountVersion(String),
    /// A version read to merge it in (`false`) or restore the vault as it held it (`true`).
    TakeVersion(String, bool),
}

/// The sync with the vault's server, as this session sees it.
#[derive(Debug, Default)]
pub(crate) struct SyncState {
    /// The sync under way, if any.
    pub run: Option<SyncRun>,
    /// Another sync was asked for while one ran (or while the vault was out in a job): it
    /// runs when that is over, so a change saved meanwhile reaches the server too.
    pub again: bool,
    /// The user asked for the sync that runs `again` (its failure is a notice, as his own).
    pub again_asked: bool,
    /// When the sync after a change is due (changes are gathered for a moment, not sent one
    /// by one).
    pub due_ms: Option<i64>,
    /// How the last sync ended, and when (Unix ms).
    pub last: Option<(i64, Result<SyncOutcome, AppError>)>,
}

/// One sync in progress: the engine's state between the requests the shell sends.
#[derive(Debug)]
pub(crate) struct SyncRun {
    /// The engine's sync (out with the vault while a step runs as a job).
    pub sync: Option<Box<WebDavSync>>,
    /// The request whose answer is awaited.
    pub request: Option<RequestId>,
    /// An answer that came while the vault was out in another job: handed on when it is back.
    pub parked: Option<HttpResponse>,
    /// The user asked for it ("Sync now", a pull-down): a failure is said on top of the
    /// screen, not only in the settings.
    pub asked: bool,
}

/// The unlocked app.
#[derive(Debug)]
pub(crate) struct Session {
    /// The vault, unless a job has it.
    pub vault: Option<Box<Vault>>,
    pub tokens: Vec<Entry>,
    pub correction: ClockCorrection,
    pub generation: u64,
    pub doors: Doors,
    pub pins: HashMap<TokenId, TypedPin>,
    /// The HOTP codes shown since unlocking (each was saved as used before it was shown).
    pub hotp_codes: HashMap<TokenId, String>,
    pub search: String,
    pub group: Option<String>,
    pub page: Page,
    pub device_key_invalidated: bool,
    pub clock: Option<ClockResult>,
    pub clock_request: Option<RequestId>,
    pub files: HashMap<RequestId, FileRequest>,
    /// The deleted tokens (no secrets), as the vault last came back.
    pub trash: Vec<TrashedInfo>,
    /// Uses recorded since unlocking (a code copied or revealed), Unix ms: the list sorts by
    /// them at once, while the side record is written by a job.
    pub used: HashMap<TokenId, i64>,
    /// Codes revealed while "Hide codes" is on, and until when (device clock, Unix ms).
    pub revealed: HashMap<TokenId, i64>,
    /// The last deletion, for "Undo".
    pub undo: Option<Undo>,
    /// Records uses in the vault's side record without the vault (a copy of its key).
    pub recorder: Option<UseRecorder>,
    /// The sync with the vault's server.
    pub sync: SyncState,
    /// The vault is linked to a sync server (as it last came back).
    pub sync_linked: Option<(String, String)>,
    /// The server's copy holds a password set on another device that this vault has not
    /// taken yet (as the vault last came back): the app asks once for it.
    pub password_pending: bool,
}

impl Session {
    /// A session on a vault just opened or created.
    pub(crate) fn new(vault: Box<Vault>, device: Option<&DeviceKeyConfig>) -> Session {
        let mut s = Session {
            vault: None,
            tokens: Vec::new(),
            correction: ClockCorrection::default(),
            generation: 0,
            doors: Doors::default(),
            pins: HashMap::new(),
            hotp_codes: HashMap::new(),
            search: String::new(),
            group: None,
            page: Page::List,
            device_key_invalidated: false,
            clock: None,
            clock_request: None,
            files: HashMap::new(),
            trash: Vec::new(),
            used: HashMap::new(),
            revealed: HashMap::new(),
            undo: None,
            recorder: None,
            sync: SyncState::default(),
            sync_linked: None,
            password_pending: false,
        };
        s.take_back(vault, device);
        s
    }

    /// The vault is back (opened, or home from a job): refresh the copy the views read.
    pub(crate) fn take_back(&mut self, vault: Box<Vault>, device: Option<&DeviceKeyConfig>) {
        self.tokens = vault
            .list()
            .into_iter()
            .filter_map(|info| {
                let secret = vault.reveal_secret(info.id).ok()?;
                let stored_pin = vault.reveal_pin(info.id).ok()?;
                let history = vault.token_conflicts(info.id).unwrap_or_default();
                Some(Entry {
                    info,
                    secret,
                    stored_pin,
                    history,
                })
            })
            .collect();
        self.correction = vault.settings().clock_correction;
        self.generation = vault.generation();
        let kinds: Vec<_> = vault.slots().into_iter().map(|s| s.kind).collect();
        self.doors = Doors::of(&kinds, device);
        self.trash = vault.trashed();
        self.recorder = Some(vault.use_recorder());
        self.sync_linked = vault
            .sync_target()
            .and_then(Result::ok)
            .map(|t| (t.url().to_owned(), t.user().unwrap_or_default().to_owned()));
        self.password_pending = vault.server_password_pending();
        self.pins.retain(|id, _| vault.get(*id).is_ok());
        self.revealed.retain(|id, _| vault.get(*id).is_ok());
        self.hotp_codes.retain(|id, _| vault.get(*id).is_ok());
        for (id, typed) in self.pins.iter_mut() {
            if typed.guard.is_none() {
                typed.guard = vault.check_pin(*id, &typed.pin).ok();
            }
        }
        self.vault = Some(vault);
    }

    pub(crate) fn entry(&self, id: TokenId) -> Option<&Entry> {
        self.tokens.iter().find(|e| e.id() == id)
    }

    /// When `e` was last used: the later of the vault's record and this session's.
    pub(crate) fn last_used(&self, e: &Entry) -> Option<i64> {
        match (e.info.last_used_ms, self.used.get(&e.id()).copied()) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        }
    }
}

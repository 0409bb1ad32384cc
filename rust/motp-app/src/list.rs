//! The token list: codes computed from the model (never through the vault, which may be out
//! saving), PINs typed and kept while unlocked, tap to copy, and the one tick that keeps it
//! current.
//!
//! Everything the list shows changes only on whole seconds of the device clock (the clock
//! correction is whole seconds): the seconds left, the progress (in whole seconds), "use
//! within", the code itself at a step boundary. So the next change is the next whole second —
//! when at least one row shows a code — and the core asks for exactly that tick.

use motp_core::vault::{TokenId, TypoGuardCheck};
use motp_core::{Countdown, OtpKind, Pin, Token};

use crate::app::App;
use crate::effect::{Effect, HapticKind, TokenSort};
use crate::error::{ErrorCode, Field, Result};
use crate::protocol::{Change, Work};
use crate::sensitive::SecretText;
use crate::session::{Entry, Page, Session, TypedPin};
use crate::view::{ListView, SortChoice, TokenKindView, TokenRow, UndoView};
use motp_text::args;

/// "Use within" shows in the last seconds of a step.
const USE_WITHIN_FROM_SECONDS_LEFT: i64 = 5;

/// How long a revealed HOTP code shows ("Hide codes" on): HOTP has no period, so one of TOTP's
/// usual 30 s — long enough to type it, short enough that it does not stay on a desk.
pub(crate) const HOTP_REVEAL_MS: i64 = 30_000;

/// How long the "Undo" banner stays after a deletion: Material's snackbar with an action
/// stays about 10 s; the trash keeps the token 30 days after that anyway.
pub(crate) const UNDO_MS: i64 = 10_000;

/// A code for a row, at an instant.
pub(crate) struct RowCode {
    pub code: motp_core::Code,
    pub countdown: Countdown,
}

impl Session {
    /// The PIN a token's code is made with: the one typed on the list, else the stored one.
    pub(crate) fn pin_for<'a>(&'a self, e: &'a Entry) -> Option<&'a Pin> {
        self.pins
            .get(&e.id())
            .map(|t| &t.pin)
            .or(e.stored_pin.as_ref())
    }

    /// The code of `e` at `now_ms` (device clock): mOTP once its PIN is known, TOTP always.
    /// HOTP codes are not made by time (see `Session::hotp_codes`): the token layer gives them
    /// no countdown, and the list shows none.
    pub(crate) fn code_for(&self, e: &Entry, now_ms: i64) -> Option<RowCode> {
        let c = self
            .token(e)?
            .code_at(now_ms, self.correction, e.info.tolerance_seconds)
            .ok()?;
        Some(RowCode {
            code: c.code,
            countdown: c.countdown?,
        })
    }

    /// Whether the row of `e` counts down (and so changes every second): a code made by time
    /// whose PIN, if it needs one, is known.
    pub(crate) fn counts_down(&self, e: &Entry) -> bool {
        self.token(e)
            .is_some_and(|t| t.counts_down() && (!t.kind.uses_pin() || t.pin.is_some()))
    }

    /// `e` as the engine's token layer sees it (`None` for a kind from a newer app).
    fn token<'a>(&'a self, e: &'a Entry) -> Option<Token<'a>> {
        Some(Token {
            kind: e.info.kind.as_ref()?,
            secret: &e.secret,
            pin: self.pin_for(e),
        })
    }

    /// The rows to show, in order: search and group filter, favourites first, then `sort`
    /// (by hand: the vault's order).
    pub(crate) fn visible(&self, sort: TokenSort) -> Vec<&Entry> {
        let query = self.search.trim().to_lowercase();
        let mut rows: Vec<&Entry> = self
            .tokens
            .iter()
            .filter(|e| {
                query.is_empty()
                    || e.info.account.to_lowercase().contains(&query)
                    || e.info
                        .issuer
                        .as_deref()
                        .is_some_and(|i| i.to_lowercase().contains(&query))
                    || e.group().is_some_and(|g| g.to_lowercase().contains(&query))
            })
            .filter(|e| match &self.group {
                None => true,
                Some(g) => e.group() == Some(g.as_str()),
            })
            .collect();
        // Stable sorts: ties keep the vault's (manual) order.
        let lower = |t: &str| t.to_lowercase();
        match sort {
            TokenSort::Manual => {}
            TokenSort::Name => rows.sort_by_cached_key(|e| {
                (lower(&e.info.account), e.info.issuer.as_deref().map(lower))
            }),
            TokenSort::Issuer => rows.sort_by_cached_key(|e| {
                (
                    e.info.issuer.is_none(),
                    e.info.issuer.as_deref().map(lower),
                    lower(&e.info.account),
                )
            }),
            TokenSort::LastUsed => {
                rows.sort_by_key(|e| std::cmp::Reverse(self.last_used(e)));
            }
        }
        rows.sort_by_key(|e| !e.favourite());
        rows
    }

    /// Whether the code of `e` is hidden at `now_ms` ("Hide codes" on, a kind that shows its
    /// code without a PIN, not revealed or its reveal over). mOTP is never hidden: its code
    /// shows only after the PIN is typed, which is the tap that asks for it.
    pub(crate) fn code_hidden(&self, e: &Entry, hide_codes: bool, now_ms: i64) -> bool {
        hide_codes
            && matches!(
                e.kind(),
                Some(OtpKind::Totp(_) | OtpKind::Hotp(_) | OtpKind::Steam)
            )
            && self
                .revealed
                .get(&e.id())
                .is_none_or(|&until| now_ms >= until)
    }

    /// Until when a code revealed at `now_ms` shows: to the end of its period — the code on
    /// screen then never changes under the user's eyes, and a new code needs a new tap — or
    /// to the end of the next one when fewer than `USE_WITHIN_FROM_SECONDS_LEFT` seconds are
    /// left (so a tap late in a period does not show a code for a second; the list shows the
    /// upcoming code in those seconds anyway). HOTP codes have no period: [`HOTP_REVEAL_MS`].
    pub(crate) fn reveal_until(&self, e: &Entry, now_ms: i64) -> i64 {
        match self.code_for(e, now_ms) {
            Some(c) => {
                let end = c.countdown.step_end_ms - self.correction.0 * 1000;
                if c.countdown.seconds_left() <= USE_WITHIN_FROM_SECONDS_LEFT {
                    let period = i64::from(e.kind().and_then(|k| k.step_seconds()).unwrap_or(0));
                    end + period * 1000
                } else {
                    end
                }
            }
            None => now_ms + HOTP_REVEAL_MS,
        }
    }
}

impl App {
    pub(crate) fn pin_entered(
        &mut self,
        key: &str,
        pin: &SecretText,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        let id = self.token_id(key)?;
        // Any text is a PIN to the algorithm (servers differ); the typo guard judges it.
        if pin.is_empty() {
            let e = self.error(ErrorCode::PinRequired, Some(Field::Pin), Vec::new());
            self.notify_error(&e);
            return Ok(());
        }
        let pin = Pin::raw(pin.expose());
        let Some(s) = self.session_mut() else {
            return Ok(());
        };
        // The guard is checked now if the vault is home, else when it comes back.
        let guard = s.vault.as_ref().and_then(|v| v.check_pin(id, &pin).ok());
        s.pins.insert(id, TypedPin { pin, guard });
        if guard == Some(TypoGuardCheck::Mismatch) {
            fx.push(Effect::Haptic {
                kind: HapticKind::Warning,
            });
            fx.push(Effect::Announce {
                text: self.catalog.plain("list-typo-warning"),
            });
        }
        Ok(())
    }

    pub(crate) fn copy_code(&mut self, key: &str, fx: &mut Vec<Effect>) -> Result<()> {
        let id = self.token_id(key)?;
        let now = self.now_ms;
        let code = self.session().and_then(|s| {
            let e = s.entry(id)?;
            // A code made by time, else the HOTP code shown last (its counter already saved).
            s.code_for(e, now)
                .map(|c| c.code.as_str().to_owned())
                .or_else(|| s.hotp_codes.get(&id).map(|c| c.replace(' ', "")))
        });
        let Some(code) = code else {
            return Err(self.error(ErrorCode::PinRequired, Some(Field::Pin), Vec::new()));
        };
        let clear = self.config.settings.clipboard_clear_seconds;
        fx.push(Effect::CopyToClipboard {
            text: SecretText::new(code),
            sensitive: true,
            clear_after_ms: (clear > 0).then(|| u64::from(clear) * 1000),
        });
        fx.push(Effect::Haptic {
            kind: HapticKind::Success,
        });
        fx.push(Effect::Announce {
            text: self.catalog.plain("list-copied"),
        });
        self.record_use(id, fx);
        Ok(())
    }

    /// A code was used (copied, revealed, HOTP's next): the list sorts by it at once, and a
    /// quiet job writes it to the vault's side record.
    pub(crate) fn record_use(&mut self, id: TokenId, fx: &mut Vec<Effect>) {
        let now = self.now_ms;
        let Some(s) = self.session_mut() else { return };
        s.used.insert(id, now);
        let Some(recorder) = s.recorder.clone() else {
            return;
        };
        self.start_job(
            Work::RecordUse {
                recorder,
                id,
                at_ms: now,
            },
            false,
            fx,
        );
    }

    /// Shows a hidden code until its period ends (`Session::reveal_until`).
    pub(crate) fn reveal_code(&mut self, key: &str, fx: &mut Vec<Effect>) -> Result<()> {
        let id = self.token_id(key)?;
        let now = self.now_ms;
        let Some(s) = self.session_mut() else {
            return Ok(());
        };
        let Some(until) = s.entry(id).map(|e| s.reveal_until(e, now)) else {
            return Ok(());
        };
        s.revealed.insert(id, until);
        self.record_use(id, fx);
        Ok(())
    }

    /// The end of a drag: `to_index` is the place in the rows as shown; the token goes before
    /// the row now at that place in the vault's order (to the end past the last row).
    pub(crate) fn move_token(
        &mut self,
        key: &str,
        to_index: u32,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        let id = self.token_id(key)?;
        let sort = self.config.settings.sort;
        if sort != TokenSort::Manual {
            return Err(self.not_available());
        }
        let Some(s) = self.session() else {
            return Ok(());
        };
        let mut shown: Vec<TokenId> = s.visible(sort).iter().map(|e| e.id()).collect();
        shown.retain(|x| *x != id);
        let to = (to_index as usize).min(shown.len());
        let others: Vec<TokenId> = s
            .tokens
            .iter()
            .map(|e| e.id())
            .filter(|x| *x != id)
            .collect();
        let vault_index = match shown.get(to) {
            Some(next) => others
                .iter()
                .position(|x| x == next)
                .unwrap_or(others.len()),
            None => match to.checked_sub(1).and_then(|i| shown.get(i)) {
                Some(prev) => others
                    .iter()
                    .position(|x| x == prev)
                    .map_or(others.len(), |p| p + 1),
                None => others.len(),
            },
        };
        self.commit(Change::Move(id, vault_index), fx)
    }

    /// The next instant the view changes by itself (not counting auto-lock), if any.
    pub(crate) fn next_view_change(&self, now_ms: i64) -> Option<i64> {
        let s = self.session()?;
        if !matches!(s.page, Page::List) || self.background_since.is_some() {
            return None;
        }
        let visible = s.visible(self.config.settings.sort);
        let shows_a_code = visible.iter().any(|e| s.counts_down(e));
        let second = shows_a_code.then(|| (now_ms.div_euclid(1000) + 1) * 1000);
        // A revealed HOTP code hiding again, the "Undo" banner going: instants of their own.
        let deadlines = visible
            .iter()
            .filter_map(|e| s.revealed.get(&e.id()).copied())
            .chain(s.undo.as_ref().map(|u| u.until_ms))
            .filter(|&t| t > now_ms);
        second.into_iter().chain(deadlines).min()
    }

    /// One row.
    fn row(&self, s: &Session, e: &Entry, now_ms: i64) -> TokenRow {
        let code = s.code_for(e, now_ms);
        let typo = s
            .pins
            .get(&e.id())
            .is_some_and(|t| t.guard == Some(TypoGuardCheck::Mismatch));
        let name = match &e.info.issuer {
            Some(i) => format!("{i} {}", e.info.account),
            None => e.info.account.clone(),
        };
        let period = e.kind().and_then(|k| k.step_seconds()).unwrap_or(0);
        let (code_text, seconds_left, progress, next_change_ms, use_within, upcoming) = match &code
        {
            Some(c) => {
                let left = c.countdown.seconds_left();
                let next_ms = c.countdown.step_end_ms - s.correction.0 * 1000;
                let upcoming = (left <= USE_WITHIN_FROM_SECONDS_LEFT)
                    .then(|| s.code_for(e, next_ms))
                    .flatten()
                    .map(|next| {
                        self.catalog.text(
                            "list-upcoming-code",
                            &args([("code", next.code.grouped().to_string())]),
                        )
                    });
                let use_within = (left <= USE_WITHIN_FROM_SECONDS_LEFT).then(|| {
                    let within = (c.countdown.use_within_ms + 999) / 1000;
                    if within == 0 {
                        self.catalog.plain("list-wait-next")
                    } else {
                        self.catalog
                            .text("list-use-within", &args([("seconds", within.to_string())]))
                    }
                });
                let period = i64::from(period.max(1));
                (
                    Some(c.code.grouped()),
                    left as u32,
                    (period - left) as f32 / period as f32,
                    next_ms,
                    use_within,
                    upcoming,
                )
            }
            None => (s.hotp_codes.get(&e.id()).cloned(), 0, 0.0, 0, None, None),
        };
        let kind = TokenKindView::of(e.kind().as_ref());
        let hidden = s.code_hidden(e, self.config.settings.hide_codes, now_ms);
        // An HOTP code not asked for yet has nothing to hide: "Next code" shows (and reveals) it.
        let hidden = hidden && code_text.is_some();
        let masked_code = code_text.as_ref().filter(|_| hidden).map(|code| {
            code.chars()
                .map(|c| if c == ' ' { ' ' } else { '•' })
                .collect::<String>()
        });
        let (code_text, upcoming) = if hidden {
            (None, None)
        } else {
            (code_text, upcoming)
        };
        TokenRow {
            id: e.key(),
            issuer: e.info.issuer.clone(),
            account: e.info.account.clone(),
            kind,
            period_seconds: period,
            next_code_label: (kind == TokenKindView::Hotp)
                .then(|| self.catalog.plain("list-next-code")),
            unsupported: (kind == TokenKindView::Unsupported).then(|| {
                self.catalog.text(
                    "list-kind-unsupported",
                    &args([("kind", e.info.kind_name.clone())]),
                )
            }),
            group: e.group().map(str::to_owned),
            favourite: e.favourite(),
            icon_key: e.icon_key().map(str::to_owned),
            icon: self.row_icon(e.info.issuer.as_deref(), &e.info.account),
            pin_prompt: (kind == TokenKindView::Motp && code.is_none())
                .then(|| self.catalog.plain("list-enter-pin")),
            copy_label: self
                .catalog
                .text("list-copy-label", &args([("name", name)])),
            code: code_text,
            masked_code,
            seconds_left,
            seconds_left_text: (seconds_left > 0).then(|| {
                self.catalog.text(
                    "list-seconds-left",
                    &args([("seconds", seconds_left.to_string())]),
                )
            }),
            progress,
            next_change_ms,
            use_within,
            upcoming,
            typo_warning: typo.then(|| self.catalog.plain("list-typo-warning")),
        }
    }

    pub(crate) fn list_view(&self, s: &Session, now_ms: i64) -> ListView {
        let sort = self.config.settings.sort;
        let rows: Vec<TokenRow> = s
            .visible(sort)
            .into_iter()
            .map(|e| self.row(s, e, now_ms))
            .collect();
        let mut groups: Vec<String> = s
            .tokens
            .iter()
            .filter_map(|e| e.group().map(str::to_owned))
            .collect();
        groups.sort();
        groups.dedup();
        let empty_text = rows.is_empty().then(|| {
            self.catalog.plain(if s.tokens.is_empty() {
                "list-empty"
            } else {
                "list-no-match"
            })
        });
        ListView {
            title: self.catalog.plain("list-title"),
            rows,
            groups,
            selected_group: s.group.clone(),
            search: s.search.clone(),
            empty_text,
            backup_reminder: self.backup_reminder(s),
            offer_device_key_enrolment: (s.device_key_invalidated
                && self.config.device_key.is_some())
            .then(|| self.catalog.plain("list-offer-reenrol")),
            sort,
            sort_choices: TokenSort::ALL
                .iter()
                .map(|&sort| SortChoice {
                    sort,
                    label: self.catalog.plain(match sort {
                        TokenSort::Manual => "sort-manual",
                        TokenSort::Name => "sort-name",
                        TokenSort::Issuer => "sort-issuer",
                        TokenSort::LastUsed => "sort-last-used",
                    }),
                })
                .collect(),
            reorder: sort == TokenSort::Manual,
            undo: s
                .undo
                .as_ref()
                .filter(|u| now_ms < u.until_ms)
                .map(|u| UndoView {
                    text: self
                        .catalog
                        .text("list-undo-deleted", &args([("name", u.name.clone())])),
                    token_id: u.id.to_string(),
                    until_ms: u.until_ms,
                }),
            trash_link: (!s.trash.is_empty()).then(|| {
                self.catalog.text(
                    "list-trash-link",
                    &args([("count", s.trash.len().to_string())]),
                )
            }),
            syncing: s.sync.run.is_some(),
            password_changed: s
                .password_pending
                .then(|| self.catalog.plain("list-password-changed-elsewhere")),
        }
    }
}

//! The token list: codes computed from the model (never through the vault, which may be out
//! saving), PINs typed and kept while unlocked, tap to copy, and the one tick that keeps it
//! current.
//!
//! Everything the list shows changes only on whole seconds of the device clock (the clock
//! correction is whole seconds): the seconds left, the progress (in whole seconds), "use
//! within", the code itself at a step boundary. So the next change is the next whole second —
//! when at least one row shows a code — and the core asks for exactly that tick.

use motp_core::vault::TypoGuardCheck;
use motp_core::{Countdown, Pin, Token};

use crate::app::App;
use crate::effect::{Effect, HapticKind};
use crate::error::{ErrorCode, Field, Result};
use crate::sensitive::SecretText;
use crate::session::{Entry, Page, Session, TypedPin};
use crate::view::{ListView, TokenKindView, TokenRow};
use motp_text::args;

/// "Use within" shows in the last seconds of a step.
const USE_WITHIN_FROM_SECONDS_LEFT: i64 = 5;

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

    /// The rows to show, in order: search and group filter, favourites first, then the
    /// user's order.
    pub(crate) fn visible(&self) -> Vec<&Entry> {
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
        // Stable: within favourites and the rest, the vault's (manual) order stays.
        rows.sort_by_key(|e| !e.favourite());
        rows
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
        Ok(())
    }

    /// The next instant the view changes by itself (not counting auto-lock), if any.
    pub(crate) fn next_view_change(&self, now_ms: i64) -> Option<i64> {
        let s = self.session()?;
        if !matches!(s.page, Page::List) || self.background_since.is_some() {
            return None;
        }
        let shows_a_code = s.visible().iter().any(|e| s.counts_down(e));
        shows_a_code.then(|| (now_ms.div_euclid(1000) + 1) * 1000)
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
            pin_prompt: (kind == TokenKindView::Motp && code.is_none())
                .then(|| self.catalog.plain("list-enter-pin")),
            copy_label: self
                .catalog
                .text("list-copy-label", &args([("name", name)])),
            code: code_text,
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
        let rows: Vec<TokenRow> = s
            .visible()
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
        }
    }
}

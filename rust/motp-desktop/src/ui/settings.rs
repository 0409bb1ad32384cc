//! Settings: auto-lock, clipboard clearing, hidden codes, this computer's keyring, the
//! password, an icon pack.

use iced::Element;
use iced::widget::{column, row, toggler};
use motp_app::{Event, Labels, SettingsEvent, SettingsView};

use super::common::{action, back, error, field, link, para, send, title};
use crate::forms::{FieldKey, Forms};
use crate::message::Message;

/// A number typed into `key`, or `current` when nothing (or no number) was typed.
fn number(f: &Forms, key: &FieldKey, current: u32) -> u32 {
    f.text(key).trim().parse().unwrap_or(current)
}

/// The settings screen.
pub(crate) fn settings<'a>(
    v: &'a SettingsView,
    l: &'a Labels,
    f: &'a Forms,
    busy: bool,
) -> Element<'a, Message> {
    let background = number(
        f,
        &FieldKey::LockBackground,
        v.lock_after_background_minutes,
    );
    let inactivity = number(
        f,
        &FieldKey::LockInactivity,
        v.lock_after_inactivity_minutes,
    );
    let clear = number(f, &FieldKey::ClipboardClear, v.clipboard_clear_seconds);
    let hide = v.hide_codes;
    let mut c = column![
        row![back(l), title(&v.title)].spacing(12),
        field(
            &v.lock_after_background_label,
            FieldKey::LockBackground,
            f,
            false
        ),
        iced::widget::text(v.lock_after_background_minutes),
        field(
            &v.lock_after_inactivity_label,
            FieldKey::LockInactivity,
            f,
            false
        ),
        iced::widget::text(v.lock_after_inactivity_minutes),
        field(&v.clipboard_clear_label, FieldKey::ClipboardClear, f, false),
        iced::widget::text(v.clipboard_clear_seconds),
        action(
            &l.save,
            send(move |now_ms| {
                Event::Settings(SettingsEvent::SetAutoLock {
                    background_minutes: background,
                    inactivity_minutes: inactivity,
                    now_ms,
                })
            }),
            !busy
        ),
        action(
            &l.save,
            send(move |now_ms| {
                Event::Settings(SettingsEvent::SetClipboardClear {
                    seconds: clear,
                    now_ms,
                })
            }),
            !busy
        ),
        toggler(hide)
            .label(&l.hide_codes)
            .on_toggle(|hide| send(move |now_ms| {
                Event::Settings(SettingsEvent::SetHideCodes { hide, now_ms })
            })),
    ]
    .spacing(10);
    if v.device_key_available {
        let enabled = v.device_key_enabled && !v.device_key_needs_enrolment;
        c = c.push(
            toggler(enabled)
                .label(&v.device_key_label)
                .on_toggle(|enabled| {
                    send(move |now_ms| {
                        Event::Settings(SettingsEvent::SetDeviceKey { enabled, now_ms })
                    })
                }),
        );
    }
    let (current, new, again) = (
        f.secret(&FieldKey::CurrentPassword),
        f.secret(&FieldKey::Password),
        f.secret(&FieldKey::Confirmation),
    );
    c.push(field(
        &l.current_password,
        FieldKey::CurrentPassword,
        f,
        true,
    ))
    .push(field(&l.new_password, FieldKey::Password, f, true))
    .push(field(
        &l.new_password_confirmation,
        FieldKey::Confirmation,
        f,
        true,
    ))
    .push(action(
        &l.change_password,
        send(move |now_ms| {
            Event::Settings(SettingsEvent::ChangePassword {
                current_password: current.clone(),
                new_password: new.clone(),
                confirmation: again.clone(),
                now_ms,
            })
        }),
        !busy,
    ))
    .push(sync(&v.sync, f, busy))
    .push(para(&v.icon_pack))
    .push(link(
        &l.import_icon_pack,
        send(|now_ms| Event::Settings(SettingsEvent::ImportIconPack { now_ms })),
    ))
    .push(error(v.error.as_ref()))
    .into()
}

/// Sync with a WebDAV server: set up, sync now, turn off; a password changed elsewhere.
fn sync<'a>(s: &'a motp_app::SyncView, f: &'a Forms, busy: bool) -> Element<'a, Message> {
    let mut c = column![iced::widget::text(&s.title).size(20), para(&s.explanation)].spacing(10);
    if s.linked {
        c = c.push(para(&s.url)).push(para(&s.user));
        if let Some(last) = &s.last_result {
            c = c.push(para(last));
        }
        c = c.push(
            row![
                action(
                    &s.sync_now_label,
                    send(|now_ms| Event::Settings(SettingsEvent::SyncNow { now_ms })),
                    !busy && !s.running
                ),
                link(
                    &s.turn_off_label,
                    send(|now_ms| Event::Settings(SettingsEvent::TurnOffSync { now_ms }))
                ),
            ]
            .spacing(8),
        );
    } else {
        let url = f.text(&FieldKey::SyncUrl).trim().to_owned();
        let user = f.text(&FieldKey::SyncUser).trim().to_owned();
        let password = f.secret(&FieldKey::SyncPassword);
        c = c
            .push(field(&s.url_label, FieldKey::SyncUrl, f, false))
            .push(field(&s.user_label, FieldKey::SyncUser, f, false))
            .push(field(&s.password_label, FieldKey::SyncPassword, f, true))
            .push(action(
                &s.set_up_label,
                send(move |now_ms| {
                    Event::Settings(SettingsEvent::SetUpSync {
                        url: url.clone(),
                        user: user.clone(),
                        password: password.clone(),
                        now_ms,
                    })
                }),
                !busy && !s.running,
            ));
    }
    if let Some(changed) = &s.password_changed {
        let password = f.secret(&FieldKey::AdoptPassword);
        c = c
            .push(para(changed))
            .push(field(
                &s.new_password_label,
                FieldKey::AdoptPassword,
                f,
                true,
            ))
            .push(action(
                &s.adopt_password_label,
                send(move |now_ms| {
                    Event::Settings(SettingsEvent::AdoptNewPassword {
                        password: password.clone(),
                        now_ms,
                    })
                }),
                !busy,
            ));
    }
    c.padding([16, 0]).into()
}

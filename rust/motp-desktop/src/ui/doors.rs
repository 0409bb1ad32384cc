//! The doors: first run (create the vault) and unlock (password, or this computer's keyring).

use iced::Element;
use iced::widget::column;
use motp_app::{
    Event, FirstRunEvent, FirstRunView, Labels, UnlockEvent, UnlockMethodKind, UnlockView,
};

use super::common::{action, error, field, maybe, para, send, submit_field, tick_box, title};
use crate::forms::{FieldKey, Forms};
use crate::message::Message;

/// First run: a password twice, and "also unlock with this computer's keyring".
pub(crate) fn first_run<'a>(
    v: &'a FirstRunView,
    _l: &'a Labels,
    f: &'a Forms,
    busy: bool,
) -> Element<'a, Message> {
    let password = f.secret(&FieldKey::Password);
    let confirmation = f.secret(&FieldKey::Confirmation);
    let use_device_key = v.device_key_available && f.toggle(&FieldKey::UseDeviceKey);
    let create = send(move |now_ms| {
        Event::FirstRun(FirstRunEvent::CreateVault {
            password: password.clone(),
            confirmation: confirmation.clone(),
            use_device_key,
            now_ms,
        })
    });
    let mut c = column![
        title(&v.title),
        para(&v.explanation),
        field(&v.password_label, FieldKey::Password, f, true),
        para(&v.strength_text),
        field(&v.confirmation_label, FieldKey::Confirmation, f, true),
    ]
    .spacing(10);
    if let (true, Some(label)) = (v.device_key_available, &v.device_key_label) {
        c = c.push(tick_box(label, FieldKey::UseDeviceKey, f, false));
    }
    c.push(error(v.error.as_ref()))
        .push(action(&v.create_label, create, !busy))
        .push(join(&v.join, f, busy))
        .into()
}

/// The other way in: the vault another device keeps on the sync server.
fn join<'a>(j: &'a motp_app::JoinView, f: &'a Forms, busy: bool) -> Element<'a, Message> {
    let url = f.text(&FieldKey::SyncUrl).trim().to_owned();
    let user = f.text(&FieldKey::SyncUser).trim().to_owned();
    let server_password = f.secret(&FieldKey::SyncPassword);
    let vault_password = f.secret(&FieldKey::JoinVaultPassword);
    let go = send(move |now_ms| {
        Event::FirstRun(FirstRunEvent::JoinSync {
            url: url.clone(),
            user: user.clone(),
            server_password: server_password.clone(),
            vault_password: vault_password.clone(),
            now_ms,
        })
    });
    column![
        iced::widget::text(&j.title).size(20),
        para(&j.explanation),
        field(&j.url_label, FieldKey::SyncUrl, f, false),
        field(&j.user_label, FieldKey::SyncUser, f, false),
        field(&j.server_password_label, FieldKey::SyncPassword, f, true),
        field(
            &j.vault_password_label,
            FieldKey::JoinVaultPassword,
            f,
            true
        ),
        action(&j.join_label, go, !busy && !j.joining),
    ]
    .spacing(10)
    .padding([24, 0])
    .into()
}

/// Unlock: the password, and the keyring when the vault has this computer's device slot.
pub(crate) fn unlock<'a>(
    v: &'a UnlockView,
    _l: &'a Labels,
    f: &'a Forms,
    busy: bool,
) -> Element<'a, Message> {
    let password = f.secret(&FieldKey::Password);
    let unlock = send(move |now_ms| {
        Event::Unlock(UnlockEvent::UnlockWithPassword {
            password: password.clone(),
            now_ms,
        })
    });
    let mut c = column![
        title(&v.title),
        maybe(v.hint.as_ref()),
        submit_field(&v.password_label, FieldKey::Password, f, unlock.clone()),
        error(v.error.as_ref()),
        action(&v.unlock_label, unlock, !busy),
    ]
    .spacing(10);
    for m in v
        .methods
        .iter()
        .filter(|m| m.kind == UnlockMethodKind::DeviceKey)
    {
        c = c.push(action(
            &m.label,
            send(|now_ms| Event::Unlock(UnlockEvent::UnlockWithDeviceKey { now_ms })),
            !busy && !v.waiting_for_device_key,
        ));
    }
    c.into()
}

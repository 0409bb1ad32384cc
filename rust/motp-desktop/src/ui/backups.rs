//! Backups: export in a format (with a password where it takes one), import a file with its
//! preview, automatic backups into a folder, Google Authenticator's export QR codes.

use iced::Element;
use iced::widget::{column, row, text};
use motp_app::{BackupsEvent, BackupsView, Event, ImportPreviewView, Labels};

use super::common::{
    action, back, error, field, link, maybe, para, qr, send, send_now, tick_box, title,
};
use crate::forms::{FieldKey, Forms};
use crate::message::Message;

/// The backups screen.
pub(crate) fn backups<'a>(
    v: &'a BackupsView,
    l: &'a Labels,
    f: &'a Forms,
    busy: bool,
) -> Element<'a, Message> {
    let mut c = column![
        row![back(l), title(&v.title)].spacing(12),
        para(&v.last_backup),
        maybe(v.reminder.as_ref()),
        error(v.error.as_ref()),
    ]
    .spacing(10);
    if let Some(g) = &v.google_export {
        c = c
            .push(para(&g.instructions))
            .push(text(&g.warning).style(text::warning));
        if let Some(code) = &g.qr {
            c = c.push(qr(code));
        }
        for t in [&g.progress, &g.left_out, &g.nothing].into_iter().flatten() {
            c = c.push(para(t));
        }
        let mut nav = row![].spacing(8);
        if let Some(prev) = &g.previous_label {
            let page = g.page.saturating_sub(1);
            nav = nav.push(link(
                prev,
                send_now(Event::Backups(BackupsEvent::ShowGoogleCode { page })),
            ));
        }
        if let Some(next) = &g.next_label {
            let page = g.page + 1;
            nav = nav.push(link(
                next,
                send_now(Event::Backups(BackupsEvent::ShowGoogleCode { page })),
            ));
        }
        nav = nav.push(action(
            &g.done_label,
            send_now(Event::Backups(BackupsEvent::CloseGoogleExport)),
            true,
        ));
        return c.push(nav).into();
    }
    // Export: one password field, a button per format (each says its own warning).
    c = c.push(field(&l.export_password, FieldKey::ExportPassword, f, true));
    let typed = f.optional(&FieldKey::ExportPassword);
    for option in &v.export_formats {
        let format = option.format;
        let password = typed.clone().map(motp_app::SecretText::new);
        c = c.push(action(
            &option.label,
            send(move |now_ms| {
                Event::Backups(BackupsEvent::Export {
                    format,
                    password: password.clone(),
                    now_ms,
                })
            }),
            !busy,
        ));
        c = c.push(maybe(option.warning.as_ref()));
    }
    // Import.
    match (&v.import_preview, &v.import_report) {
        (Some(p), _) => c = c.push(preview(p, l, f, busy)),
        (None, Some(r)) => {
            c = c.push(report(r)).push(link(
                &l.close,
                send_now(Event::Backups(BackupsEvent::CloseImport)),
            ));
        }
        (None, None) => {
            c = c.push(action(
                &l.import_file,
                send(|now_ms| Event::Backups(BackupsEvent::ChooseImportFile { now_ms })),
                !busy,
            ));
        }
    }
    // Automatic backups.
    c = c
        .push(maybe(v.backup_folder.as_ref()))
        .push(link(&l.choose_backup_folder, Message::ChooseBackupFolder));
    c.into()
}

fn report(r: &ImportPreviewView) -> Element<'_, Message> {
    let mut c = column![
        text(&r.file_name),
        maybe(r.format.as_ref()),
        para(&r.summary)
    ]
    .spacing(4);
    for e in &r.entries {
        c = c.push(
            row![
                text(&e.name),
                text(&e.status_text).size(13),
                maybe(e.detail.as_ref())
            ]
            .spacing(8),
        );
    }
    c.push(error(r.error.as_ref())).into()
}

fn preview<'a>(
    p: &'a ImportPreviewView,
    l: &'a Labels,
    f: &'a Forms,
    busy: bool,
) -> Element<'a, Message> {
    let mut c = column![report(p)].spacing(8);
    if p.needs_password {
        let password = f.secret(&FieldKey::ImportPassword);
        c = c
            .push(field(&l.import_password, FieldKey::ImportPassword, f, true))
            .push(action(
                &l.open_import,
                send(move |now_ms| {
                    Event::Backups(BackupsEvent::ImportPassword {
                        password: password.clone(),
                        now_ms,
                    })
                }),
                !busy,
            ));
    } else {
        let keep_pins = f.toggle(&FieldKey::KeepPins);
        if p.with_pin > 0 {
            c = c.push(tick_box(&l.keep_pins, FieldKey::KeepPins, f, false));
        }
        c = c.push(action(
            &l.confirm_import,
            send(move |now_ms| Event::Backups(BackupsEvent::ConfirmImport { keep_pins, now_ms })),
            !busy,
        ));
    }
    c.push(link(
        &l.cancel,
        send_now(Event::Backups(BackupsEvent::CloseImport)),
    ))
    .into()
}

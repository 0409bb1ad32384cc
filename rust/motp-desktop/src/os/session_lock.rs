//! Locking the vault when the desktop session locks, where the OS says so over D-Bus (Linux and
//! the BSDs): the screen saver's `ActiveChanged(true)` on the session bus (the freedesktop.org
//! interface that KDE, Xfce and others implement, and GNOME's own), and logind's `Lock` for
//! this process's session on the system bus (`loginctl lock-session`). Best effort: without a
//! bus or those services nothing is watched, and the core's inactivity timer still locks.

use zbus::MatchRule;
use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;

/// The screen-saver interfaces whose `ActiveChanged(true)` means the session locked.
const SCREEN_SAVERS: [&str; 2] = ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"];

/// Calls `on_lock` (from a thread of its own) each time the session locks, for as long as the
/// buses are there. Returns how many of the two sources are watched (0: none could be).
pub fn watch(on_lock: impl Fn() + Send + Sync + Clone + 'static) -> usize {
    let mut watched = 0;
    if let Ok(conn) = Connection::session() {
        let notify = on_lock.clone();
        if spawn(move || screen_saver(&conn, &notify)) {
            watched += 1;
        }
    }
    if let Ok(conn) = Connection::system()
        && let Ok(session) = own_session(&conn)
        && spawn(move || logind(&conn, &session, &on_lock))
    {
        watched += 1;
    }
    watched
}

fn spawn(f: impl FnOnce() + Send + 'static) -> bool {
    std::thread::Builder::new()
        .name("motp-session-lock".into())
        .spawn(f)
        .is_ok()
}

fn screen_saver(conn: &Connection, on_lock: &impl Fn()) {
    let Ok(rule) = MatchRule::builder()
        .msg_type(Type::Signal)
        .member("ActiveChanged")
        .map(|b| b.build())
    else {
        return;
    };
    let Ok(messages) = MessageIterator::for_match_rule(rule, conn, Some(16)) else {
        return;
    };
    for msg in messages.flatten() {
        let header = msg.header();
        let ours = header
            .interface()
            .is_some_and(|i| SCREEN_SAVERS.contains(&i.as_str()));
        if ours && msg.body().deserialize::<bool>().unwrap_or(false) {
            on_lock();
        }
    }
}

/// This process's logind session object path.
fn own_session(conn: &Connection) -> zbus::Result<zbus::zvariant::OwnedObjectPath> {
    let reply = conn.call_method(
        Some("org.freedesktop.login1"),
        "/org/freedesktop/login1",
        Some("org.freedesktop.login1.Manager"),
        "GetSessionByPID",
        &(std::process::id()),
    )?;
    reply.body().deserialize()
}

fn logind(conn: &Connection, session: &zbus::zvariant::OwnedObjectPath, on_lock: &impl Fn()) {
    let Ok(rule) = MatchRule::builder()
        .msg_type(Type::Signal)
        .interface("org.freedesktop.login1.Session")
        .and_then(|b| b.member("Lock"))
        .and_then(|b| b.path(session.as_ref()))
        .map(|b| b.build())
    else {
        return;
    };
    let Ok(messages) = MessageIterator::for_match_rule(rule, conn, Some(16)) else {
        return;
    };
    for _ in messages.flatten() {
        on_lock();
    }
}

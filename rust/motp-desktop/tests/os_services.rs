//! The real OS services, where a desktop session provides them: the Secret Service keyring
//! (gnome-keyring on a private D-Bus session), an X display (Xvfb) to capture and to hold the
//! clipboard. These need that session, so they are `#[ignore]`d in a plain `cargo test` and run
//! by the `desktop` stage of `scripts/test.sh`, which starts it (`scripts/test-desktop-os.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::sync::Arc;

use motp_app::{AddStep, Screen, SecretBytes};
use motp_desktop::os::{OsKeyring, ScreenCapture, SystemClipboard};
use motp_desktop::{Clipboard, DeviceKeyError, DeviceKeyStore, KeyStore};
use support::Harness;
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, CreateGCAux, ImageFormat};
use x11rb::wrapper::ConnectionExt as _;

#[test]
#[ignore = "needs a Secret Service on the session bus (scripts/test-desktop-os.sh)"]
fn the_os_keyring_wraps_and_forgets_the_device_key() {
    let keyring = OsKeyring::open().expect("a Secret Service on this session bus");
    let id = format!("motp-desktop-test-{}", std::process::id());
    let store = DeviceKeyStore::new(Arc::new(keyring));
    let key = SecretBytes::new(vec![42u8; 32]);
    let wrapped = store.wrap(&id, &key).unwrap();
    // The wrapping key is in the keyring, not in the wrapped bytes.
    let kek = keyring.get(&id).unwrap().expect("stored in the keyring");
    assert_eq!(kek.len(), 32);
    assert!(!wrapped.windows(32).any(|w| w == kek.as_slice()));
    assert_eq!(store.unwrap(&id, &wrapped).unwrap(), key);
    // Turned off: the keyring forgets it, and the old wrapped key is invalidated for good.
    store.delete(&id).unwrap();
    assert_eq!(keyring.get(&id).unwrap(), None);
    assert_eq!(
        store.unwrap(&id, &wrapped),
        Err(DeviceKeyError::Invalidated)
    );
}

/// Draws `modules` (a QR code, 1 dark) on the X display's root window, `px` pixels a module,
/// with a white quiet zone, at (x, y). The connection is returned: it must stay open, as an X
/// server resets (and clears its screen) when its last client leaves.
fn show_on_screen(
    size: usize,
    dark: impl Fn(usize, usize) -> bool,
    px: usize,
    at: (i16, i16),
) -> impl Connection {
    let (conn, screen_num) = x11rb::connect(None).expect("an X display ($DISPLAY)");
    let screen = &conn.setup().roots[screen_num];
    let gc = conn.generate_id().unwrap();
    conn.create_gc(gc, screen.root, &CreateGCAux::new())
        .unwrap();
    let side = (size + 8) * px;
    let mut image = vec![0u8; side * side * 4];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / px, y / px);
            let black =
                mx >= 4 && my >= 4 && mx < size + 4 && my < size + 4 && dark(mx - 4, my - 4);
            let v = if black { 0 } else { 255 };
            image[(y * side + x) * 4..][..4].copy_from_slice(&[v, v, v, 0]);
        }
    }
    // In strips, under the core protocol's request size.
    let rows = 32;
    for (i, strip) in image.chunks(side * 4 * rows).enumerate() {
        let h = strip.len() / (side * 4);
        conn.put_image(
            ImageFormat::Z_PIXMAP,
            screen.root,
            gc,
            side as u16,
            h as u16,
            at.0,
            at.1 + (i * rows) as i16,
            0,
            screen.root_depth,
            strip,
        )
        .unwrap();
    }
    conn.sync().unwrap();
    conn
}

#[test]
#[ignore = "needs an X display (scripts/test-desktop-os.sh runs Xvfb)"]
fn scan_the_screen_adds_the_token_a_qr_code_on_the_display_shows() {
    let link = "otpauth://totp/Screen:eve?secret=JBSWY3DPEHPK3PXP";
    let qr = motp_core::qr::encode_text(link).unwrap();
    let size = qr.size() as usize;
    let _shown = show_on_screen(size, |x, y| qr.is_dark(x as u32, y as u32), 5, (300, 200));

    let mut h = Harness::start_with("en", 1_700_000_000_000, Some(Arc::new(ScreenCapture)));
    h.create_vault();
    let l = h.labels();
    h.click(&l.add_token);
    h.click(&l.scan_screen);
    match &h.view().screen {
        Screen::Add { view } => {
            assert_eq!(view.step, AddStep::Preview, "{:?}", view.error);
            let p = view.preview.as_ref().unwrap();
            assert_eq!(
                (p.issuer.as_deref(), p.account.as_str()),
                (Some("Screen"), "eve")
            );
        }
        _ => panic!("the add screen"),
    }
}

#[test]
#[ignore = "needs an X display (scripts/test-desktop-os.sh runs Xvfb)"]
fn the_clipboard_holds_the_code_until_it_is_cleared() {
    let mut ours = SystemClipboard::open();
    ours.set_text("123 456", true).unwrap();
    let mut reader = arboard::Clipboard::new().unwrap();
    assert_eq!(reader.get_text().unwrap(), "123 456");
    // Something copied since is not ours to clear.
    reader.set_text("someone else's").unwrap();
    ours.clear_if_still("123 456");
    assert_eq!(reader.get_text().unwrap(), "someone else's");
    ours.set_text("654 321", true).unwrap();
    ours.clear_if_still("654 321");
    assert!(reader.get_text().map_or(true, |t| t.is_empty()), "cleared");
}

#[test]
#[ignore = "needs a D-Bus session bus (scripts/test-desktop-os.sh)"]
fn the_screen_saver_locking_the_session_is_seen() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let locks = Arc::new(AtomicUsize::new(0));
    let seen = locks.clone();
    let watched = motp_desktop::os::session_lock::watch(move || {
        let _ = seen.fetch_add(1, Ordering::SeqCst);
    });
    assert!(watched >= 1, "the session bus is watched");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let bus = zbus::blocking::Connection::session().unwrap();
    let emit = |iface: &str, active: bool| {
        bus.emit_signal(
            None::<()>,
            "/org/freedesktop/ScreenSaver",
            iface,
            "ActiveChanged",
            &(active),
        )
        .unwrap();
    };
    // The screen saver going away, or another interface's signal, is no lock.
    emit("org.freedesktop.ScreenSaver", false);
    emit("org.example.NotAScreenSaver", true);
    emit("org.freedesktop.ScreenSaver", true);
    emit("org.gnome.ScreenSaver", true);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while locks.load(Ordering::SeqCst) < 2 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert_eq!(
        locks.load(Ordering::SeqCst),
        2,
        "one lock per screen saver activation"
    );
}

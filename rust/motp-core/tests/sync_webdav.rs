#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! The WebDAV exchange as a sequence of requests and answers, the server played by the test:
//! every status a real server gives (docs/vault-format.md §7.3) and the order of what the
//! engine does about it. (The same exchange against a real Apache: motp-cli's sync_cli.rs.)

use motp_core::sync::{HttpResponse, Method, SyncStep, SyncTarget, WebDavSync};
use motp_core::vault::{KdfParams, NewToken, Password, Vault};
use motp_core::{Error, Secret};

fn vault(dir: &std::path::Path) -> Vault {
    let pw = Password::new("sync test").unwrap();
    let mut v =
        Vault::create(&dir.join("v.motp"), &pw, KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    let t = SyncTarget::new(
        "https://cloud.example/remote.php/dav/files/alice/motp/vault.motp",
        Some("alice"),
        Some(zeroize::Zeroizing::new("pw".into())),
    )
    .unwrap();
    v.change(|v| {
        v.set_sync_target(&t);
        v.add(
            NewToken::new(
                Some("VPN"),
                "alice",
                Secret::new("0123456789abcdef").unwrap(),
            ),
            1,
        )
        .map(|_| ())
    })
    .unwrap();
    v
}

fn answer(status: u16, etag: Option<&str>) -> HttpResponse {
    HttpResponse {
        status,
        etag: etag.map(str::to_owned),
        body: Vec::new(),
    }
}

fn sent(step: SyncStep) -> (Method, String, Option<String>, Option<String>, u64) {
    match step {
        SyncStep::Send { request, wait_ms } => (
            request.method,
            request.url,
            request.if_match,
            request.if_none_match,
            wait_ms,
        ),
        SyncStep::Done(o) => panic!("done early: {o:?}"),
    }
}

#[test]
fn a_first_upload_makes_the_missing_folders_and_records_the_etag() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(dir.path());
    let (mut sync, first) = WebDavSync::start(&v).unwrap();
    assert_eq!((first.method, first.if_none_match), (Method::Get, None));
    let base = "https://cloud.example/remote.php/dav/files/alice/";
    // No file: create it where there is none.
    let put = sent(sync.on_response(&mut v, answer(404, None)).unwrap());
    assert_eq!((put.0, put.3.as_deref()), (Method::Put, Some("*")));
    // Its folder is missing, and the one above: made from the top down, then the file.
    let mk = sent(sync.on_response(&mut v, answer(409, None)).unwrap());
    assert_eq!(
        (mk.0, mk.1.as_str()),
        (Method::Mkcol, &*format!("{base}motp/"))
    );
    let mk = sent(sync.on_response(&mut v, answer(409, None)).unwrap());
    assert_eq!(mk.1, base);
    let mk = sent(sync.on_response(&mut v, answer(201, None)).unwrap());
    assert_eq!(mk.1, format!("{base}motp/"));
    let put = sent(sync.on_response(&mut v, answer(201, None)).unwrap());
    assert_eq!((put.0, put.3.as_deref()), (Method::Put, Some("*")));
    // No ETag in the answer: asked for with HEAD.
    let head = sent(sync.on_response(&mut v, answer(201, None)).unwrap());
    assert_eq!(head.0, Method::Head);
    let SyncStep::Done(o) = sync
        .on_response(&mut v, answer(200, Some("\"e1\"")))
        .unwrap()
    else {
        panic!()
    };
    assert!(o.uploaded);
    // The next sync of the unchanged vault: one conditional GET, answered 304, and done.
    let (mut sync, get) = WebDavSync::start(&v).unwrap();
    assert_eq!(get.if_none_match.as_deref(), Some("\"e1\""));
    let SyncStep::Done(o) = sync.on_response(&mut v, answer(304, None)).unwrap() else {
        panic!("an unchanged vault needs no upload")
    };
    assert!(!o.uploaded);
}

#[test]
fn an_edit_made_while_the_upload_is_out_is_uploaded_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(dir.path());
    let (mut sync, _) = WebDavSync::start(&v).unwrap();
    let _put = sent(sync.on_response(&mut v, answer(404, None)).unwrap());
    // The user adds a token while the PUT is on its way: the copy sent lacks it.
    v.change(|v| {
        v.add(
            NewToken::new(Some("VPN"), "bob", Secret::new("fedcba9876543210").unwrap()),
            2,
        )
        .map(|_| ())
    })
    .unwrap();
    let SyncStep::Done(_) = sync
        .on_response(&mut v, answer(201, Some("\"e1\"")))
        .unwrap()
    else {
        panic!()
    };
    let (mut sync, _) = WebDavSync::start(&v).unwrap();
    let put = sent(sync.on_response(&mut v, answer(304, None)).unwrap());
    assert_eq!(
        (put.0, put.2.as_deref()),
        (Method::Put, Some("\"e1\"")),
        "bob is not on the server yet"
    );
}

#[test]
fn another_device_winning_the_race_means_fetch_merge_and_try_again_a_bounded_number_of_times() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(dir.path());
    let (mut sync, _) = WebDavSync::start(&v).unwrap();
    let _ = sent(sync.on_response(&mut v, answer(404, None)).unwrap());
    let mut waits = Vec::new();
    for _ in 0..6 {
        let get = sent(sync.on_response(&mut v, answer(412, None)).unwrap());
        assert_eq!((get.0, get.3), (Method::Get, None), "fetched whole again");
        waits.push(get.4);
        let put = sent(sync.on_response(&mut v, answer(404, None)).unwrap());
        assert_eq!(put.0, Method::Put);
    }
    assert!(waits.windows(2).all(|w| w[0] < w[1]), "{waits:?}");
    let e = sync.on_response(&mut v, answer(412, None)).unwrap_err();
    assert_eq!(e, Error::SyncRaceLost { tries: 6 });
    assert!(e.to_string().contains("sync again"), "{e}");
}

#[test]
fn refusals_and_server_errors_are_sentences_and_the_vault_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(dir.path());
    let before = std::fs::read(dir.path().join("v.motp")).unwrap();
    for (status, words) in [
        (401, "refused the user name or password"),
        (403, "refused the user name or password"),
        (500, "could not read the vault from the server (HTTP 500)"),
    ] {
        let (mut sync, _) = WebDavSync::start(&v).unwrap();
        let e = sync.on_response(&mut v, answer(status, None)).unwrap_err();
        assert!(e.to_string().contains(words), "{status}: {e}");
        assert!(!e.to_string().contains("pw"), "{e}");
    }
    let (mut sync, _) = WebDavSync::start(&v).unwrap();
    let e = sync.on_response(&mut v, answer(200, None)).unwrap_err();
    assert_eq!(e, Error::SyncNoEtag);
    // A file that is another vault is neither merged nor overwritten.
    let other_dir = tempfile::tempdir().unwrap();
    let other = vault(other_dir.path());
    let (mut sync, _) = WebDavSync::start(&v).unwrap();
    let e = sync
        .on_response(
            &mut v,
            HttpResponse {
                status: 200,
                etag: Some("\"x\"".into()),
                body: other.sync_copy().unwrap(),
            },
        )
        .unwrap_err();
    assert_eq!(e, Error::SyncOtherVault);
    assert_eq!(std::fs::read(dir.path().join("v.motp")).unwrap(), before);
}

/// The server's password is this device's: kept inside the encryption, in neither the copy
/// uploaded nor a backup, and never printed.
#[test]
fn the_servers_password_stays_on_this_device() {
    let dir = tempfile::tempdir().unwrap();
    let v = vault(dir.path());
    let pw = Password::new("backup pw").unwrap();
    let backup = v
        .export_backup(&pw, KdfParams::INSECURE_FAST_FOR_TESTS)
        .unwrap();
    let back = dir.path().join("back.motp");
    std::fs::write(&back, &backup).unwrap();
    let restored = Vault::open_with_password(&back, &pw).unwrap().vault;
    assert!(
        restored.sync_target().is_none(),
        "a backup carries no sync link"
    );
    let copy = dir.path().join("copy.motp");
    std::fs::write(&copy, v.sync_copy().unwrap()).unwrap();
    let opened = Vault::open_with_password(&copy, &Password::new("sync test").unwrap())
        .unwrap()
        .vault;
    assert!(
        opened.sync_target().is_none(),
        "the uploaded copy carries no sync link"
    );
    let raw = std::fs::read_to_string(dir.path().join("v.motp")).unwrap();
    assert!(
        !raw.contains("cloud.example"),
        "the link is inside the encryption"
    );
    let target = v.sync_target().unwrap().unwrap();
    assert!(!format!("{target:?}").contains("\"pw\""));
}

//! `motp sync` and `motp init --from`: a vault kept in step through a synced folder, as a
//! teleworker's laptop and desktop share one in Syncthing or Nextcloud.

mod cli_env;

use cli_env::{Env, stderr};

/// The laptop's vault, and a second device set up from a copy of it.
fn two_devices() -> (Env, std::path::PathBuf) {
    let laptop = Env::new();
    laptop.add("VPN:alice", "0123456789abcdef", None);
    let desktop = laptop.path("desktop.motp");
    let out = laptop
        .motp()
        .args(["init", "--from"])
        .arg(laptop.vault())
        .arg("--vault")
        .arg(&desktop)
        .output()
        .expect("motp runs");
    assert!(out.status.success(), "{}", stderr(&out));
    (laptop, desktop)
}

/// `motp ARGS --vault VAULT` with `stdin`, expecting success; its standard output.
fn on_vault(env: &Env, vault: &std::path::Path, args: &[&str], stdin: &str) -> String {
    let out = env
        .motp()
        .args(args)
        .arg("--vault")
        .arg(vault)
        .write_stdin(stdin)
        .output()
        .expect("motp runs");
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn a_device_set_up_from_a_copy_has_the_tokens_and_its_changes_merge_back() {
    let (laptop, desktop) = two_devices();
    let on_desktop = |args: &[&str], stdin: &str| on_vault(&laptop, &desktop, args, stdin);
    assert!(on_desktop(&["list"], "").contains("VPN:alice"));
    on_desktop(&["add", "Mail:bob"], "fedcba9876543210\n");
    laptop.ok(&["rm", "VPN:alice"], "");
    // The laptop takes the desktop's file: bob arrives, alice stays deleted (the desktop had
    // not changed her).
    let summary = laptop.json(&["sync", desktop.to_str().unwrap(), "--json"], "");
    assert_eq!(summary["added"], 1, "{summary}");
    assert_eq!(summary["removed"], 0, "{summary}");
    assert_eq!(summary["uploaded"], false);
    assert_eq!(laptop.names(), vec!["Mail:bob"]);
    // And back: the desktop learns of the deletion.
    let back = laptop.vault();
    on_desktop(&["sync", back.to_str().unwrap()], "");
    assert!(!on_desktop(&["list"], "").contains("VPN:alice"));
    // Again: nothing changes.
    let again = laptop.json(&["sync", desktop.to_str().unwrap(), "--json"], "");
    assert_eq!(
        (again["added"].clone(), again["changed"].clone()),
        (0.into(), 0.into())
    );
}

#[test]
fn conflict_copies_beside_the_vault_are_merged_by_any_command_and_by_sync() {
    let (laptop, desktop) = two_devices();
    let with_desktop = |args: &[&str], stdin: &str| on_vault(&laptop, &desktop, args, stdin);
    with_desktop(&["add", "Mail:bob"], "fedcba9876543210\n");
    // Syncthing left the desktop's version beside the laptop's file.
    let conflict = laptop.path("tokens.sync-conflict-20261204-101530-ABCDEF7.motp");
    std::fs::copy(&desktop, &conflict).unwrap();
    let summary = laptop.json(&["sync", "--json"], "");
    assert_eq!(summary["added"], 1, "{summary}");
    assert_eq!(summary["merged"].as_array().unwrap().len(), 1);
    assert!(!conflict.exists(), "merged, then removed");
    assert_eq!(laptop.names(), vec!["VPN:alice", "Mail:bob"]);

    // iCloud Drive's copy, found by an ordinary command, which says so on stderr.
    with_desktop(&["add", "Bank:carol"], "0011223344556677\n");
    let icloud = laptop.path("tokens 2.motp");
    std::fs::copy(&desktop, &icloud).unwrap();
    let out = laptop.motp().args(["list", "--json"]).output().unwrap();
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(err.contains("merged 1 conflict copy"), "{err}");
    assert!(!icloud.exists());
    assert_eq!(laptop.names(), vec!["VPN:alice", "Mail:bob", "Bank:carol"]);

    // Another vault under a conflict copy's name is left alone, and said so.
    let stranger = Env::named("other.motp");
    let lookalike = laptop.path("tokens (conflicted copy 2026-12-05 090000).motp");
    std::fs::copy(stranger.vault(), &lookalike).unwrap();
    let out = laptop.motp().args(["sync", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        summary["left"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("different vault"),
        "{summary}"
    );
    assert!(lookalike.exists());
}

// ---- with a real WebDAV server (Apache mod_dav on loopback) ----

use motp_testkit::webdav::{self, WebDav};

/// `motp` for the vault at `vault`, with the server's password in the environment.
fn device(env: &Env, vault: &std::path::Path) -> assert_cmd::Command {
    let mut c = env.motp();
    c.env("MOTP_VAULT", vault)
        .env("MOTP_SYNC_PASSWORD", webdav::PASSWORD);
    c
}

fn ok_json(mut c: assert_cmd::Command, args: &[&str]) -> serde_json::Value {
    let out = c.args(args).output().expect("motp runs");
    assert!(out.status.success(), "motp {args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn names(env: &Env, vault: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = ok_json(device(env, vault), &["list", "--json"])
        .as_array()
        .expect("a list")
        .iter()
        .map(|t| t["name"].as_str().expect("a name").to_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_vault_synced_through_webdav_reaches_a_second_device_and_back() {
    let server = WebDav::start();
    let url = server.url("motp/vault.motp");
    let laptop = Env::new();
    laptop.add("VPN:alice", "0123456789abcdef", None);
    // The folder does not exist yet: made on the way (409, MKCOL, PUT).
    let first = ok_json(
        device(&laptop, &laptop.vault()),
        &["sync", "setup", &url, "--user", webdav::USER, "--json"],
    );
    assert_eq!(first["uploaded"], true, "{first}");
    let on_server = std::fs::read(server.root().join("motp/vault.motp")).expect("uploaded");
    let header: serde_json::Value = serde_json::from_slice(&on_server).unwrap();
    assert!(header.get("device").is_none(), "the device id stays home");
    assert!(
        !String::from_utf8_lossy(&on_server).contains(webdav::PASSWORD),
        "the server's password is never uploaded"
    );

    let desktop = laptop.path("desktop.motp");
    let out = device(&laptop, &desktop)
        .args(["init", "--from", &url, "--user", webdav::USER])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(names(&laptop, &desktop), ["VPN:alice"]);

    let out = device(&laptop, &desktop)
        .args(["add", "Mail:bob", "--offline"])
        .write_stdin("fedcba9876543210\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let up = ok_json(device(&laptop, &desktop), &["sync", "--json"]);
    assert_eq!(up["uploaded"], true, "{up}");
    let down = ok_json(device(&laptop, &laptop.vault()), &["sync", "--json"]);
    assert_eq!(
        (down["added"].clone(), down["uploaded"].clone()),
        (1.into(), false.into()),
        "{down}"
    );
    assert_eq!(names(&laptop, &laptop.vault()), ["Mail:bob", "VPN:alice"]);
    // Nothing changed anywhere: one conditional request, nothing uploaded.
    let quiet = ok_json(device(&laptop, &laptop.vault()), &["sync", "--json"]);
    assert_eq!(quiet["uploaded"], false, "{quiet}");
    assert_eq!(quiet["added"], 0);

    // A wrong server password: a sentence, nothing changed.
    let out = device(&laptop, &desktop)
        .env("MOTP_SYNC_PASSWORD", "wrong")
        .args(["sync", "setup", &url, "--user", webdav::USER])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("refused the user name or password"),
        "{}",
        stderr(&out)
    );
    // Plain http to another computer is refused before anything is sent.
    let out = device(&laptop, &desktop)
        .args([
            "sync",
            "setup",
            "http://cloud.example/dav/vault.motp",
            "--user",
            "x",
        ])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("use https"), "{}", stderr(&out));
}

/// Three devices, edits and syncs at random moments in parallel, through a proxy that cuts
/// every fifth connection mid-transfer, while the server is killed and started again every
/// few hundred milliseconds: every edit a device acknowledged (its command succeeded) is on
/// every device after a quiet period, and all three show the same tokens. Edits per device:
/// `MOTP_SYNC_SOAK_EDITS` (8 here; `scripts/soak-sync.sh` runs 50 and more).
#[test]
fn three_devices_editing_and_syncing_at_once_through_a_crashing_server_converge() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};
    let edits: usize = std::env::var("MOTP_SYNC_SOAK_EDITS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let server = Arc::new(Mutex::new(WebDav::start()));
    let addr = server.lock().unwrap().addr();
    let proxy = motp_testkit::cutting_proxy::CuttingProxy::start(addr, 5);
    let url = format!("http://{}/dav/vault.motp", proxy.addr());
    let env = Env::new();
    ok_json(
        device(&env, &env.vault()),
        &["sync", "setup", &url, "--user", webdav::USER, "--json"],
    );
    let vaults: Vec<std::path::PathBuf> = (0..3)
        .map(|i| {
            if i == 0 {
                return env.vault();
            }
            let p = env.path(&format!("device{i}.motp"));
            let out = device(&env, &p)
                .args(["init", "--from", &url, "--user", webdav::USER])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", stderr(&out));
            p
        })
        .collect();
    proxy.set_cutting(true);
    let env = Arc::new(env);
    let added = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = vaults
        .iter()
        .enumerate()
        .map(|(d, vault)| {
            let (env, vault, added) = (env.clone(), vault.clone(), added.clone());
            std::thread::spawn(move || {
                for k in 0..edits {
                    let name = format!("Dev{d}:token{k}");
                    let out = device(&env, &vault)
                        .args(["add", &name])
                        .write_stdin(format!("{:016x}\n", d * 1000 + k))
                        .output()
                        .unwrap();
                    // The add is saved on the device whatever the network does: acknowledged.
                    assert!(out.status.success(), "{}", stderr(&out));
                    added.lock().unwrap().push(name);
                    if k % 3 == d % 3 {
                        // A sync may fail while the server is down or the line is cut.
                        let _ = device(&env, &vault).args(["sync"]).output();
                    }
                }
            })
        })
        .collect();
    let done = Arc::new(AtomicBool::new(false));
    let crasher = {
        let (server, done) = (server.clone(), done.clone());
        std::thread::spawn(move || {
            let mut restarts = 0;
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(300 + 137 * (restarts % 4)));
                if !done.load(Ordering::Relaxed) {
                    server.lock().unwrap().restart();
                    restarts += 1;
                }
            }
            restarts
        })
    };
    for w in workers {
        w.join().unwrap();
    }
    done.store(true, Ordering::Relaxed);
    let restarts = crasher.join().unwrap();
    proxy.set_cutting(false);
    // A quiet period: everyone syncs, twice round.
    for _ in 0..2 {
        for vault in &vaults {
            ok_json(device(&env, vault), &["sync", "--json"]);
        }
    }
    let mut expected = added.lock().unwrap().clone();
    expected.sort();
    assert_eq!(expected.len(), 3 * edits);
    for vault in &vaults {
        assert_eq!(names(&env, vault), expected, "{}", vault.display());
    }
    println!(
        "sync soak: 3 devices × {edits} edits, {restarts} server restarts, {} connections cut",
        proxy.cuts()
    );
    assert!(restarts >= 1 && proxy.cuts() >= 1, "the faults happened");
}

/// A vault linked to the server at `url` (`motp sync setup`), and a second device set up from
/// it (`motp init --from URL`).
fn linked_pair(url: &str) -> (Env, std::path::PathBuf) {
    let env = Env::new();
    ok_json(
        device(&env, &env.vault()),
        &["sync", "setup", url, "--user", webdav::USER, "--json"],
    );
    let other = env.path("other.motp");
    let out = device(&env, &other)
        .args(["init", "--from", url, "--user", webdav::USER])
        .output()
        .expect("motp runs");
    assert!(out.status.success(), "{}", stderr(&out));
    (env, other)
}

/// A vault linked to a server syncs after every change, unless `--offline`; a server that is
/// down leaves the change saved on this device, with a warning.
#[test]
fn a_change_syncs_by_itself_unless_offline_and_survives_a_server_that_is_down() {
    let mut server = WebDav::start();
    let url = server.url("vault.motp");
    let (env, other) = linked_pair(&url);
    let add = |name: &str, extra: &[&str]| {
        let out = device(&env, &env.vault())
            .args(["add", name])
            .args(extra)
            .write_stdin("0123456789abcdef\n")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stderr(&out)
    };
    add("VPN:alice", &[]);
    add("VPN:bob", &["--offline"]);
    let got = ok_json(device(&env, &other), &["sync", "--json"]);
    assert_eq!(
        got["added"], 1,
        "only the change made online reached the server: {got}"
    );
    server.kill();
    let warning = add("VPN:carol", &[]);
    assert!(
        warning.contains("saved on this device") && warning.contains("motp sync"),
        "{warning}"
    );
    assert!(names(&env, &env.vault()).contains(&"VPN:carol".to_owned()));
    server.restart();
    ok_json(device(&env, &env.vault()), &["sync", "--json"]);
    ok_json(device(&env, &other), &["sync", "--json"]);
    assert_eq!(names(&env, &other), ["VPN:alice", "VPN:bob", "VPN:carol"]);
}

/// A password changed on one device: the other still opens its vault with the old one, is told,
/// and `motp sync password` takes the new one once (checked against the server's copy).
#[test]
fn a_password_changed_on_another_device_is_taken_once_here() {
    let server = WebDav::start();
    let url = server.url("vault.motp");
    let (env, other) = linked_pair(&url);
    // The other device changes the password; its change syncs by itself.
    let out = device(&env, &other)
        .env("MOTP_NEW_PASSWORD", "new horse")
        .arg("passwd")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("changed on another device"),
        "the device that changed it is not told it was changed elsewhere: {}",
        stderr(&out)
    );
    let out = device(&env, &env.vault()).args(["sync"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("changed on another device"),
        "{}",
        stderr(&out)
    );
    // A change here before taking the new password uploads this device's tokens, but never its
    // old password over the new one (the adoption below would fail with a wrong password).
    let out = device(&env, &env.vault())
        .args(["add", "VPN:dave"])
        .write_stdin("0123456789abcdef\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // A wrong "new" password changes nothing.
    let out = device(&env, &env.vault())
        .env("MOTP_NEW_PASSWORD", "not it")
        .args(["sync", "password"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = device(&env, &env.vault())
        .env("MOTP_NEW_PASSWORD", "new horse")
        .args(["sync", "password"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // Now the new password opens this device's vault, and the old one does not.
    let out = device(&env, &env.vault())
        .env("MOTP_PASSWORD", "new horse")
        .args(["list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = device(&env, &env.vault()).args(["list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    // And the server no longer reports a different password.
    let out = device(&env, &env.vault())
        .env("MOTP_PASSWORD", "new horse")
        .args(["sync"])
        .output()
        .unwrap();
    assert!(
        !stderr(&out).contains("changed on another device"),
        "{}",
        stderr(&out)
    );
}

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

#[test]
fn a_device_set_up_from_a_copy_has_the_tokens_and_its_changes_merge_back() {
    let (laptop, desktop) = two_devices();
    let on_desktop = |args: &[&str], stdin: &str| {
        let out = laptop
            .motp()
            .args(args)
            .arg("--vault")
            .arg(&desktop)
            .write_stdin(stdin)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
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
    let with_desktop = |args: &[&str], stdin: &str| {
        let out = laptop
            .motp()
            .args(args)
            .arg("--vault")
            .arg(&desktop)
            .write_stdin(stdin)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    };
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

//! Aegis icon packs: a pack shaped like aegis-icons' release, written here with the zip crate,
//! read, installed beside a vault and matched; hostile archives refused with their reason.

use std::io::Write;
use std::time::{Duration, Instant};

use motp_core::Error;
use motp_core::icon_pack::{
    self, IconFormat, IconPackProblem, IconPackProblemKind as K, MAX_ENTRIES, MAX_ICON_BYTES,
    MAX_ICONS, MAX_PACK_BYTES, MAX_PACK_JSON_BYTES, MAX_TOTAL_BYTES,
};
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

const UUID: &str = "4bc8a4c8-8e47-4d3a-9d9b-7f9a2c6a1e55";
const SVG: &[u8] = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#4285F4"/></svg>"##;
const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

/// A ZIP of `files` (name, bytes), deflated.
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in files {
        w.start_file(*name, deflated).expect("start");
        w.write_all(bytes).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

/// `pack.json` in the layout aegis-icons' release uses (a `name` per icon, which Aegis ignores).
fn pack_json(icons: &[(&str, &[&str])]) -> Vec<u8> {
    let icons: Vec<_> = icons
        .iter()
        .map(|(file, issuers)| {
            serde_json::json!({
                "name": file.rsplit('/').next(),
                "filename": file,
                "category": "Primary",
                "issuer": issuers,
            })
        })
        .collect();
    serde_json::to_vec_pretty(&serde_json::json!({
        "uuid": UUID, "name": "Aegis Icons", "version": 20240115, "icons": icons,
    }))
    .expect("json")
}

fn real_shaped() -> Vec<u8> {
    let json = pack_json(&[
        ("icons/1_Primary/Google.svg", &["Google", "Gmail"]),
        ("icons/1_Primary/DrayTek.png", &["DrayTek"]),
        (
            "icons/2_Variations/Google Cloud.svg",
            &["google cloud", "GCP"],
        ),
    ]);
    zip_of(&[
        ("pack.json", &json),
        ("icons/", b""),
        ("icons/1_Primary/Google.svg", SVG),
        ("icons/1_Primary/DrayTek.png", PNG),
        ("icons/2_Variations/Google Cloud.svg", SVG),
        ("README.md", b"not listed, not unpacked"),
    ])
}

/// The refusal of `zip`: its kind, the name it is about and the limit it passed.
fn refused(zip: &[u8]) -> (K, String, u64) {
    match icon_pack::read(zip) {
        Err(Error::IconPack(p)) => (p.kind, p.name, p.limit),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn said(kind: K, name: &str, limit: u64) -> (K, String, u64) {
    (kind, name.to_owned(), limit)
}

#[test]
fn a_real_shaped_pack_is_read_installed_and_matched() {
    let pack = icon_pack::read(&real_shaped()).expect("read");
    assert_eq!(pack.uuid, UUID);
    assert_eq!(pack.name, "Aegis Icons");
    assert_eq!(pack.version, 20240115);
    assert_eq!(pack.icons.len(), 3);
    assert_eq!(pack.icons[1].file_name, "icons/1_Primary/DrayTek.png");
    assert_eq!(pack.icons[1].format, IconFormat::Png);
    assert_eq!(pack.icons[1].bytes, PNG);
    assert_eq!(pack.icons[0].issuers, ["Google", "Gmail"]);

    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join(icon_pack::STORE_DIR);
    assert_eq!(icon_pack::load(&store).expect("nothing yet"), None);
    let index = icon_pack::install(&store, &pack).expect("install");
    assert_eq!(
        icon_pack::load(&store).expect("load").as_ref(),
        Some(&index)
    );
    let mut names: Vec<_> = std::fs::read_dir(&store)
        .expect("list")
        .map(|e| e.expect("entry").file_name().into_string().expect("utf-8"))
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["1-0.svg", "1-1.png", "1-2.svg", "index"],
        "our names, not the pack's"
    );

    let gmail = index.find("GMAIL").expect("gmail");
    assert_eq!(gmail.path, store.join("1-0.svg"));
    assert_eq!(gmail.format, IconFormat::Svg);
    assert_eq!(std::fs::read(&gmail.path).expect("read"), SVG);
    assert_eq!(
        index.find("draytek").map(|i| i.format),
        Some(IconFormat::Png)
    );
    assert_eq!(
        index.find("Google Cloud").map(|i| &i.path),
        Some(&store.join("1-2.svg")),
        "an exact issuer wins over Google's containment"
    );
    assert_eq!(index.find("Nextcloud"), None);

    // A second pack replaces the first; nothing of the staging is left.
    let other = zip_of(&[
        ("pack.json", &pack_json(&[("a.png", &["Nextcloud"])])),
        ("a.png", PNG),
    ]);
    let index = icon_pack::install(&store, &icon_pack::read(&other).expect("read")).expect("again");
    assert_eq!(index.icons.len(), 1);
    assert!(index.find("nextcloud").is_some());
    assert!(index.find("google").is_none());
    let mut left: Vec<_> = std::fs::read_dir(&store)
        .expect("list")
        .map(|e| e.expect("entry").file_name().into_string().expect("utf-8"))
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["2-0.png", "index"],
        "the first pack's files are gone"
    );
    assert_eq!(icon_pack::load(&store).expect("load"), Some(index));
}

#[test]
fn a_damaged_store_is_an_error_not_a_path_outside() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join(icon_pack::STORE_DIR);
    std::fs::create_dir(&store).expect("mkdir");
    std::fs::write(
        store.join("index"),
        "motp-icon-pack 1\n1\nu\t1\tn\n../../etc/passwd.png\tx\n",
    )
    .expect("write");
    let e = icon_pack::load(&store).expect_err("refused");
    assert!(matches!(e, Error::IconStore { .. }), "{e:?}");
    std::fs::write(store.join("index"), b"\xff").expect("write");
    assert!(matches!(
        icon_pack::load(&store),
        Err(Error::IconStore { .. })
    ));
    // A damaged index is replaced by the next import.
    let pack = icon_pack::read(&real_shaped()).expect("read");
    let index = icon_pack::install(&store, &pack).expect("install");
    assert_eq!(index.icons.len(), 3);
}

#[test]
fn traversal_in_a_listed_or_unlisted_name_refuses_the_pack() {
    for bad in [
        "../evil.svg",
        "/abs/evil.svg",
        "icons/../../evil.svg",
        "C:\\evil.svg",
    ] {
        let listed = zip_of(&[("pack.json", &pack_json(&[(bad, &["x"])])), ("ok.svg", SVG)]);
        assert!(refused(&listed) == said(K::UnsafeName, bad, 0), "{bad}");
        let unlisted = zip_of(&[
            ("pack.json", &pack_json(&[("ok.svg", &["x"])])),
            ("ok.svg", SVG),
            (bad, SVG),
        ]);
        assert_eq!(refused(&unlisted).0, K::UnsafeName, "{bad}");
    }
}

#[test]
fn a_missing_pack_json_or_icon_is_said() {
    assert_eq!(
        refused(&zip_of(&[("icons/a.svg", SVG)])),
        said(K::NoPackJson, "", 0)
    );
    assert_eq!(
        refused(&zip_of(&[(
            "sub/pack.json",
            &pack_json(&[("a.svg", &["a"])])
        )])),
        said(K::NoPackJson, "", 0),
        "pack.json must be at the root"
    );
    let missing = zip_of(&[("pack.json", &pack_json(&[("a.svg", &["a"])]))]);
    assert_eq!(refused(&missing), said(K::MissingIcon, "a.svg", 0));
    let empty = zip_of(&[("pack.json", &pack_json(&[]))]);
    assert_eq!(refused(&empty), said(K::NoIcons, "", 0));
}

#[test]
fn pack_json_is_checked() {
    let bad_uuid = br#"{"uuid":"nope","name":"n","version":1,"icons":[]}"#;
    assert_eq!(
        refused(&zip_of(&[("pack.json", bad_uuid)])),
        said(K::PackJsonInvalid, "its uuid is not a UUID", 0)
    );
    let no_issuer = br#"{"uuid":"4bc8a4c8-8e47-4d3a-9d9b-7f9a2c6a1e55","name":"n","version":1,"icons":[{"filename":"a.svg"}]}"#;
    assert_eq!(
        refused(&zip_of(&[("pack.json", no_issuer), ("a.svg", SVG)])),
        said(
            K::PackJsonInvalid,
            "\"issuer\" is missing or not of its type",
            0
        )
    );
    assert_eq!(
        refused(&zip_of(&[("pack.json", b"\xff not json")])),
        said(K::PackJsonInvalid, "it is not JSON text", 0)
    );
    let gif = zip_of(&[
        ("pack.json", &pack_json(&[("a.gif", &["a"])])),
        ("a.gif", b"GIF89a"),
    ]);
    assert_eq!(refused(&gif), said(K::NotAPicture, "a.gif", 0));
    let lying = zip_of(&[
        ("pack.json", &pack_json(&[("a.png", &["a"])])),
        ("a.png", SVG),
    ]);
    assert_eq!(refused(&lying), said(K::NotAPicture, "a.png", 0));
}

#[test]
fn a_huge_pack_json_stops_at_its_limit() {
    // Deflated, 5 MiB of spaces is a few kilobytes; it is refused after the limit's worth.
    let mut json = vec![b' '; usize::try_from(MAX_PACK_JSON_BYTES).expect("fits") + 1024];
    json.extend_from_slice(b"{}");
    let zip = zip_of(&[("pack.json", &json)]);
    assert!(zip.len() < 64 * 1024, "{}", zip.len());
    assert_eq!(
        refused(&zip),
        said(K::PackJsonTooLarge, "", MAX_PACK_JSON_BYTES)
    );
}

#[test]
fn too_many_icons_are_refused_before_any_is_read() {
    let names: Vec<String> = (0..=MAX_ICONS).map(|n| format!("{n}.svg")).collect();
    let icons: Vec<(&str, &[&str])> = names.iter().map(|n| (n.as_str(), &["x"][..])).collect();
    let zip = zip_of(&[("pack.json", &pack_json(&icons))]);
    assert_eq!(refused(&zip), said(K::TooManyIcons, "", MAX_ICONS as u64));
}

#[test]
fn an_icon_bomb_stops_at_the_icon_limit() {
    let mut big = b"<svg xmlns='http://www.w3.org/2000/svg'>".to_vec();
    big.resize(usize::try_from(MAX_ICON_BYTES).expect("fits") * 8, b' ');
    let zip = zip_of(&[
        ("pack.json", &pack_json(&[("big.svg", &["x"])])),
        ("big.svg", &big),
    ]);
    assert_eq!(
        refused(&zip),
        said(K::IconTooLarge, "big.svg", MAX_ICON_BYTES)
    );

    // The same archive with its declared sizes rewritten to 100 bytes: the inflating itself
    // is bounded, whatever the headers say.
    let lying = with_declared_size(zip, "big.svg", 100);
    let started = Instant::now();
    let (kind, name, _) = refused(&lying);
    assert!(matches!(kind, K::IconTooLarge | K::Unreadable), "{kind:?}");
    assert_eq!(name, "big.svg");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn a_pack_bomb_stops_at_the_total_limit() {
    // One icon just under the per-icon limit, listed often enough to pass the total.
    let mut big = b"<svg xmlns='http://www.w3.org/2000/svg'>".to_vec();
    big.resize(usize::try_from(MAX_ICON_BYTES).expect("fits"), b' ');
    let times = usize::try_from(MAX_TOTAL_BYTES / MAX_ICON_BYTES).expect("fits") + 1;
    let icons: Vec<(&str, &[&str])> = (0..times).map(|_| ("big.svg", &["x"][..])).collect();
    let zip = zip_of(&[("pack.json", &pack_json(&icons)), ("big.svg", &big)]);
    assert_eq!(refused(&zip), said(K::TotalTooLarge, "", MAX_TOTAL_BYTES));
}

#[test]
fn too_large_files_and_non_zips_are_refused_unread() {
    let huge = vec![0u8; MAX_PACK_BYTES + 1];
    assert_eq!(refused(&huge), said(K::TooLarge, "", MAX_PACK_BYTES as u64));
    assert_eq!(refused(b""), said(K::NotZip, "", 0));
    assert_eq!(refused(b"{\"uuid\": 1}"), said(K::NotZip, "", 0));
    let mut cut = real_shaped();
    cut.truncate(cut.len() / 2);
    assert_eq!(refused(&cut), said(K::NotZip, "", 0));
}

#[test]
fn a_directory_claiming_too_many_files_is_refused_before_it_is_parsed() {
    let mut zip = real_shaped();
    let end = zip.len() - 22;
    assert_eq!(&zip[end..end + 4], b"PK\x05\x06");
    zip[end + 8..end + 12].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
    assert_eq!(refused(&zip), said(K::TooManyFiles, "", MAX_ENTRIES as u64));
}

#[test]
fn every_problem_reads_as_one_sentence() {
    let e = Error::IconPack(IconPackProblem::new(K::MissingIcon, "a.svg", 0));
    assert_eq!(
        e.to_string(),
        "this icon pack cannot be used: the icon \"a.svg\" is not in the archive; choose an \
         Aegis icon pack (a .zip with pack.json)"
    );
}

/// `zip` with the uncompressed size of `name` set to `size` in its local header and in the
/// central directory.
fn with_declared_size(mut zip: Vec<u8>, name: &str, size: u32) -> Vec<u8> {
    let set = |zip: &mut Vec<u8>, signature: &[u8], size_at: usize, name_at: usize| {
        let mut from = 0;
        while let Some(p) = zip[from..]
            .windows(4)
            .position(|w| w == signature)
            .map(|p| p + from)
        {
            if zip[p + name_at..].starts_with(name.as_bytes()) {
                zip[p + size_at..p + size_at + 4].copy_from_slice(&size.to_le_bytes());
            }
            from = p + 4;
        }
    };
    set(&mut zip, b"PK\x03\x04", 22, 30);
    set(&mut zip, b"PK\x01\x02", 24, 46);
    zip
}

#[test]
fn an_archive_comment_even_one_like_an_end_record_is_no_trouble() {
    let json = pack_json(&[("a.png", &["a"])]);
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    w.start_file("pack.json", deflated).expect("start");
    w.write_all(&json).expect("write");
    w.start_file("a.png", SimpleFileOptions::default())
        .expect("start");
    w.write_all(PNG).expect("write");
    // A comment holding the end record's signature and a plausible record after it.
    w.set_comment(format!("made by hand PK\u{5}\u{6}{}", "\0".repeat(18)));
    let zip = w.finish().expect("finish").into_inner();
    let pack = icon_pack::read(&zip).expect("read");
    assert_eq!(pack.icons[0].bytes, PNG, "stored, not deflated");
}

#[test]
fn a_flipped_byte_in_an_icon_is_caught_by_its_crc() {
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    w.start_file("pack.json", stored).expect("start");
    w.write_all(&pack_json(&[("a.png", &["a"])]))
        .expect("write");
    w.start_file("a.png", stored).expect("start");
    w.write_all(PNG).expect("write");
    let zip = w.finish().expect("finish").into_inner();
    assert_eq!(icon_pack::read(&zip).expect("read").icons[0].bytes, PNG);
    let at = zip.windows(4).rposition(|w| w == b"IHDR").expect("stored");
    let mut flipped = zip.clone();
    flipped[at] ^= 0x20;
    assert_eq!(refused(&flipped), said(K::Unreadable, "a.png", 0));
}

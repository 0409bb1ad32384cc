//! How long opening and writing backups takes: dominated by each format's key derivation.
//!
//!     cargo bench -p motp-core --bench import -- --warm-up-time 1 --measurement-time 3

use criterion::{Criterion, criterion_group, criterion_main};
use motp_core::{
    AegisExportParams, ImportFormat, Pin, PortableToken, Secret, export_aegis, export_uri_list,
    import,
};

const OWN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/import-export/"
);

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{OWN}{name}")).expect("own fixture")
}

fn tokens(n: usize) -> Vec<PortableToken> {
    (0..n)
        .map(|i| PortableToken {
            kind: motp_core::OtpKind::Motp,
            issuer: Some(format!("Issuer {i}")),
            account: format!("user{i}@corp"),
            secret: Secret::new(&format!("{i:032x}")).expect("hex"),
            pin: Some(Pin::raw("1234")),
            note: None,
            group: None,
        })
        .collect()
}

/// A plain 2FAS backup (schema 4) of `n` TOTP services, as 2FAS writes it.
fn two_fas(n: usize) -> Vec<u8> {
    const B32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let services: Vec<String> = (0..n)
        .map(|i| {
            let tail: String = [B32[(i / 1024) % 32], B32[(i / 32) % 32], B32[i % 32]]
                .iter()
                .map(|b| *b as char)
                .collect();
            format!(
                r#"{{"name":"Service {i}","secret":"JBSWY3DPEHPK3{tail}","updatedAt":1700000000000,"otp":{{"label":"Service {i}:user{i}","account":"user{i}","issuer":"Service {i}","digits":6,"period":30,"algorithm":"SHA1","tokenType":"TOTP","source":"Link"}},"order":{{"position":{i}}},"icon":{{"selected":"Label","label":{{"text":"SE","backgroundColor":"Orange"}}}}}}"#
            )
        })
        .collect();
    format!(
        r#"{{"services":[{}],"groups":[],"updatedAt":1700000000000,"schemaVersion":4,"appVersionCode":5000000,"appVersionName":"5.0.0","appOrigin":"android"}}"#,
        services.join(",")
    )
    .into_bytes()
}

/// `n` TOTP tokens Google Authenticator can hold.
fn totp_tokens(n: usize) -> Vec<PortableToken> {
    (0..n)
        .map(|i| PortableToken {
            kind: motp_core::OtpKind::Totp(motp_core::TotpParams::default()),
            issuer: Some(format!("Issuer {i}")),
            account: format!("user{i}@corp"),
            secret: motp_core::oath::secret_from_key(&(i as u64).to_be_bytes().repeat(3))
                .expect("a key"),
            pin: None,
            note: None,
            group: None,
        })
        .collect()
}

fn bench_large(c: &mut Criterion) {
    use motp_core::vault::{KdfParams, Password, Vault};
    let mut g = c.benchmark_group("import-large");
    g.sample_size(10);
    let file = two_fas(10_000);
    g.bench_function("2fas plain, 10,000 services: parse", |b| {
        b.iter(|| import(&file, None, None).expect("import"))
    });
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut n = 0;
    g.bench_function(
        "2fas plain, 10,000 services: into an empty vault, duplicate check, one save",
        |b| {
            b.iter_batched(
                || {
                    n += 1;
                    let path = dir.path().join(format!("v{n}.motp"));
                    let pw = Password::new("pw").expect("a password");
                    Vault::create(&path, &pw, KdfParams::INSECURE_FAST_FOR_TESTS).expect("a vault")
                },
                |mut v| {
                    let r = v
                        .import_file(&file, None, None, false, 1_700_000_000_000)
                        .expect("import");
                    v.save().expect("save");
                    assert_eq!(r.report.imported(), 10_000);
                },
                criterion::BatchSize::PerIteration,
            )
        },
    );
    // Google Authenticator's export of 100 accounts: 10 codes, as pictures.
    let export = motp_core::export::export_google(&totp_tokens(100)).expect("export");
    let lines: Vec<String> = std::str::from_utf8(&export.bytes)
        .expect("text")
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(lines.len(), 10);
    let pngs: Vec<Vec<u8>> = lines
        .iter()
        .map(|l| {
            motp_core::qr::encode_text(l)
                .expect("a code")
                .to_png(6)
                .expect("a PNG")
                .to_vec()
        })
        .collect();
    g.bench_function(
        "google export, one of 10 codes as a PNG: decode the picture",
        |b| b.iter(|| motp_core::qr::decode_image(&pngs[3]).expect("decoded")),
    );
    let text = lines.join("\n");
    g.bench_function("google export, 10 codes' texts (100 accounts): read", |b| {
        b.iter(|| import(text.as_bytes(), None, None).expect("import"))
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    let aegis = export_aegis(&tokens(20), Some("test"), AegisExportParams::default())
        .expect("export")
        .bytes;
    g.bench_function("aegis encrypted, scrypt 2^15/8/1, 20 entries", |b| {
        b.iter(|| import(&aegis, None, Some("test")).expect("import"))
    });
    let plain = export_aegis(&tokens(500), None, AegisExportParams::default())
        .expect("export")
        .bytes;
    g.bench_function("aegis plain, 500 entries", |b| {
        b.iter(|| import(&plain, None, None).expect("import"))
    });
    for (name, file, format) in [
        (
            "authenticator pro strong, Argon2id 64 MiB/3/4",
            "authpro_motp_strong.authpro",
            None,
        ),
        (
            "authenticator pro legacy, PBKDF2-SHA1 64000",
            "authpro_motp_legacy.authpro",
            None,
        ),
        (
            "andotp encrypted, PBKDF2-SHA1 150000",
            "andotp_motp.json.aes",
            None,
        ),
        (
            "andotp old layout, SHA-256",
            "andotp_motp_old.json.aes",
            Some(ImportFormat::AndOtp),
        ),
    ] {
        let bytes = fixture(file);
        g.bench_function(name, |b| {
            b.iter(|| import(&bytes, format, Some("test")).expect("import"))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    let t = tokens(20);
    g.bench_function("aegis encrypted, scrypt 2^15/8/1, 20 entries", |b| {
        b.iter(|| export_aegis(&t, Some("test"), AegisExportParams::default()).expect("export"))
    });
    let t = tokens(500);
    g.bench_function("uri list, 500 entries", |b| b.iter(|| export_uri_list(&t)));
    g.finish();
}

criterion_group!(benches, bench, bench_large);
criterion_main!(benches);

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
        })
        .collect()
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

criterion_group!(benches, bench);
criterion_main!(benches);

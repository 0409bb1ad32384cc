#![allow(clippy::unwrap_used)] // a benchmark with bad fixtures should stop loudly
//! Vault benchmarks on a 1,000-token vault. Targets on the project's 2-core machines: open and
//! decrypt ≤ 10 ms with the key-derivation excluded (a platform key slot opens it), save
//! ≤ 20 ms including fsync. The fsync is also timed alone, and the default Argon2id parameters
//! are timed (they are meant to take about 0.5 s).

use std::fs::{self, File};
use std::hint::black_box;
use std::io::Write;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use motp_core::vault::{KdfParams, NewToken, Password, PinSetup, SoftwareKeyProtector, Vault};
use motp_core::{Pin, Secret};

fn thousand_tokens(path: &std::path::Path, device: &SoftwareKeyProtector) -> Vault {
    let pw = Password::new("bench").unwrap();
    let mut v = Vault::create(path, &pw, KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    for i in 0..1000 {
        let mut t = NewToken::new(
            Some("ACME Corporation VPN"),
            &format!("user.name{i}@example.com"),
            Secret::generate(motp_core::SecretLength::Hex32).unwrap(),
        );
        t.note = Some(format!("office router #{i}"));
        if i % 2 == 0 {
            t.pin = PinSetup::AskWithTypoGuard(Pin::new("4711").unwrap());
        } else {
            t.pin = PinSetup::Remember(Pin::new("123456").unwrap());
        }
        v.add(t, 1_700_000_000_000 + i).unwrap();
    }
    v.add_platform_slot(device).unwrap();
    v.save().unwrap();
    v
}

/// Two devices' copies of a 1,000-token vault, each with 100 notes changed apart (and 10 of
/// them the same tokens), merged in memory: the target is ≤ 5 ms.
fn merge(c: &mut Criterion) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let device = SoftwareKeyProtector::random("bench-keystore", "Bench").unwrap();
    let a_path = dir.path().join("a.motp");
    let mut a = thousand_tokens(&a_path, &device);
    let pw = Password::new("bench").unwrap();
    let mut b =
        Vault::create_from_copy(&dir.path().join("b.motp"), &fs::read(&a_path).unwrap(), &pw)
            .unwrap();
    let ids: Vec<_> = a.list().iter().map(|t| t.id).collect();
    let note = |v: &mut Vault, id, text: String| {
        let change = motp_core::vault::TokenUpdate {
            note: Some(Some(text)),
            ..Default::default()
        };
        v.update(id, change, 1).unwrap();
    };
    for i in 0..100 {
        note(&mut a, ids[i * 7], format!("edited on a {i}"));
        note(
            &mut b,
            ids[i * 7 + 3 - (i % 10 == 0) as usize * 3],
            format!("edited on b {i}"),
        );
    }
    a.save().unwrap();
    b.save().unwrap();
    let r = a.merge_preview(&b);
    println!("merge preview: {r:?}");
    c.bench_function(
        "vault merge of two 1000-token copies, 100 changes each (in memory)",
        |bench| bench.iter(|| black_box(a.merge_preview(black_box(&b)))),
    );
}

fn vault(c: &mut Criterion) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let path = dir.path().join("bench.motp");
    let device = SoftwareKeyProtector::random("bench-keystore", "Bench").unwrap();
    let mut v = thousand_tokens(&path, &device);
    let size = fs::metadata(&path).unwrap().len();
    println!("1,000-token vault: {size} bytes");

    c.bench_function(
        "vault open+decrypt 1000 tokens (platform slot, no KDF)",
        |b| b.iter(|| Vault::open_with_protector(black_box(&path), &device).unwrap()),
    );
    c.bench_function(
        "vault save 1000 tokens (write, fsync, rename, dir fsync)",
        |b| b.iter(|| v.save().unwrap()),
    );
    // A look at a code: the side record only, never the vault file (vault-format.md §11.1).
    let id = v.list()[0].id;
    let mut t = 0;
    c.bench_function(
        "vault mark_used, 1000 tokens (side record, no vault rewrite)",
        |b| {
            b.iter(|| {
                t += 1;
                v.mark_used(id, t).unwrap();
            })
        },
    );
    let pw = Password::new("bench").unwrap();
    c.bench_function("vault serialize+encrypt 1000 tokens (no I/O)", |b| {
        b.iter(|| {
            v.export_backup(&pw, KdfParams::INSECURE_FAST_FOR_TESTS)
                .unwrap()
        })
    });
    let bytes = fs::read(&path).unwrap();
    let scratch = dir.path().join("scratch");
    c.bench_function("write 1000-token file without fsync", |b| {
        b.iter(|| {
            let mut f = File::create(&scratch).unwrap();
            f.write_all(&bytes).unwrap();
        })
    });
    c.bench_function("write 1000-token file with fsync", |b| {
        b.iter(|| {
            let mut f = File::create(&scratch).unwrap();
            f.write_all(&bytes).unwrap();
            f.sync_all().unwrap();
        })
    });

    let real = dir.path().join("real.motp");
    Vault::create(&real, &pw, KdfParams::DEFAULT).unwrap();
    let mut g = c.benchmark_group("kdf");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function(
        "open with password, default Argon2id (64 MiB, t=16, p=1)",
        |b| b.iter(|| Vault::open_with_password(&real, &pw).unwrap()),
    );
    g.finish();
}

criterion_group!(benches, vault, merge);
criterion_main!(benches);

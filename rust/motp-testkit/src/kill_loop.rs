//! What the SIGKILL-loop tests share (`vault_crash.rs`, `hotp_crash.rs`, motp-cli's
//! `vault_safety_cli.rs`): how many kills to run and random pauses before each kill, seeded from
//! the clock so runs differ (the seed is printed, so a failing run can be told apart from the
//! next), and the kill itself.

/// A small deterministic generator (xorshift64).
#[derive(Debug)]
pub struct XorShift(u64);

impl XorShift {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// The number of kills (`env_var`, else `default`) and a clock-seeded generator; prints both
/// under `label`.
pub fn plan(label: &str, env_var: &str, default: usize) -> (usize, XorShift) {
    let kills: usize = std::env::var(env_var)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    println!("{label}: {kills} kills, seed {seed}");
    (kills, XorShift(seed))
}

/// One kill: waits until `child` prints a line containing `READY` (it has opened the vault),
/// lets it work for a random pause below `max_pause_us`, kills it with SIGKILL, and returns
/// every line it printed after `READY` (its last words before the kill).
pub fn kill_after_ready(
    mut child: std::process::Child,
    rng: &mut XorShift,
    max_pause_us: u64,
) -> Vec<String> {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::Duration;

    let stdout = child.stdout.take().expect("the child's stdout is piped");
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    loop {
        let line = rx.recv_timeout(Duration::from_secs(30)).unwrap();
        // libtest may print "test crash_child ... " on the same line first.
        if line.contains("READY") {
            break;
        }
    }
    std::thread::sleep(Duration::from_micros(rng.next_u64() % max_pause_us));
    child.kill().unwrap();
    child.wait().unwrap();
    reader.join().unwrap();
    rx.try_iter().collect()
}

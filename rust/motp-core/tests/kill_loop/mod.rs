//! What the SIGKILL-loop tests (`vault_crash.rs`, `hotp_crash.rs`) share: how many kills to run
//! and random pauses before each kill, seeded from the clock so runs differ (the seed is printed,
//! so a failing run can be told apart from the next).

/// A small deterministic generator (xorshift64).
pub struct XorShift(u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
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

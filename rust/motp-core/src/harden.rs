//! Keeping secrets out of core dumps: the first thing `motp` does, before it parses its
//! arguments and long before any secret, PIN or password is read; the apps' `AppCore` does the
//! same when it is made on desktop Linux. (Android already makes release apps non-dumpable
//! from the zygote, and iOS writes no core files for apps: the platforms' own rules hold
//! there.)
//!
//! A crash (or a SIGABRT sent during `code --watch`) would otherwise write the process's memory
//! — the vault key, the decrypted secrets, the typed PIN — to a `core` file. So the process
//! sets its core-file limit to 0 (soft and hard: it cannot be raised again) and, on Linux,
//! makes itself non-dumpable (`PR_SET_DUMPABLE` 0), which also keeps other processes of the
//! same user from reading its memory and environment through `/proc` or attaching a debugger.
//! Both are best effort: where the system refuses, the process runs as before.

/// Turns off core dumps for this process (see the module documentation).
pub fn no_core_dumps() {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        let _ = setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        );
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use rustix::process::{DumpableBehavior, set_dumpable_behavior};
        let _ = set_dumpable_behavior(DumpableBehavior::NotDumpable);
    }
}

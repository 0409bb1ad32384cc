//! A TCP proxy on loopback that cuts connections: every `n`th connection is closed after a few
//! hundred bytes, in either direction, as a flaky mobile network or a NAT timeout does in the
//! middle of a request or an answer. Put in front of a test server (the WebDAV one) while
//! cutting is on; off, it forwards faithfully.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

/// A running proxy; it stops accepting when dropped.
#[derive(Debug)]
pub struct CuttingProxy {
    addr: SocketAddr,
    cutting: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    /// How many connections were cut.
    cut: Arc<AtomicU64>,
}

impl CuttingProxy {
    /// Forwards 127.0.0.1:PORT (returned by [`CuttingProxy::addr`]) to `target`, cutting every
    /// `every`th connection while cutting is on.
    pub fn start(target: SocketAddr, every: u64) -> CuttingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        listener.set_nonblocking(true).unwrap();
        let cutting = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let cut = Arc::new(AtomicU64::new(0));
        let (c, s, k) = (cutting.clone(), stop.clone(), cut.clone());
        std::thread::spawn(move || {
            let mut n = 0u64;
            while !s.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((client, _)) => {
                        n += 1;
                        let cut_this = c.load(Ordering::Relaxed) && n.is_multiple_of(every.max(1));
                        if cut_this {
                            k.fetch_add(1, Ordering::Relaxed);
                        }
                        // The cut comes after a number of bytes that varies with the connection.
                        let after = cut_this.then_some(64 + (n * 97) % 900);
                        std::thread::spawn(move || forward(client, target, after));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        CuttingProxy {
            addr,
            cutting,
            stop,
            cut,
        }
    }

    /// Where clients connect.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Turns cutting on or off.
    pub fn set_cutting(&self, on: bool) {
        self.cutting.store(on, Ordering::Relaxed);
    }

    /// How many connections were cut so far.
    pub fn cuts(&self) -> u64 {
        self.cut.load(Ordering::Relaxed)
    }
}

impl Drop for CuttingProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn forward(client: TcpStream, target: SocketAddr, cut_after: Option<u64>) {
    let Ok(server) = TcpStream::connect_timeout(&target, Duration::from_secs(5)) else {
        let _ = client.shutdown(Shutdown::Both);
        return;
    };
    let budget = Arc::new(AtomicU64::new(cut_after.unwrap_or(u64::MAX)));
    let pipe = |mut from: TcpStream, mut to: TcpStream, budget: Arc<AtomicU64>| {
        let mut buf = [0u8; 4096];
        while let Ok(n) = from.read(&mut buf) {
            if n == 0 {
                break;
            }
            let left = budget.load(Ordering::Relaxed);
            let n = n.min(usize::try_from(left).unwrap_or(usize::MAX));
            if n == 0 || to.write_all(&buf[..n]).is_err() {
                break;
            }
            budget.fetch_sub(n as u64, Ordering::Relaxed);
        }
        let _ = from.shutdown(Shutdown::Both);
        let _ = to.shutdown(Shutdown::Both);
    };
    let (c2, s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
    let b2 = budget.clone();
    let up = std::thread::spawn(move || pipe(c2, s2, b2));
    pipe(server, client, budget);
    let _ = up.join();
}

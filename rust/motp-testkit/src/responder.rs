//! Test NTP servers on loopback: a UDP socket on 127.0.0.1 and a thread answering each
//! request with whatever the test asks for (a known clock offset, a kiss-o'-death, garbage,
//! silence). Stopped and joined on drop; every loop is bounded by a short read timeout.

use std::net::{SocketAddr, UdpSocket};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::ntp_packet::{ReplySpec, reply_now};

/// What the server sends back for one request; `None` sends nothing.
pub type Answer = Box<dyn Fn(&[u8]) -> Option<Vec<u8>> + Send + Sync>;

/// A running test server.
#[derive(Debug)]
pub struct Responder {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    requests: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

impl Responder {
    /// Starts a server on 127.0.0.1 (a free port) answering with `answer`.
    pub fn start(answer: Answer) -> Responder {
        let socket = UdpSocket::bind("127.0.0.1:0").expect("bind a loopback UDP port");
        socket
            .set_read_timeout(Some(Duration::from_millis(50)))
            .unwrap();
        let addr = socket.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(AtomicUsize::new(0));
        let (stop2, requests2) = (stop.clone(), requests.clone());
        let thread = std::thread::spawn(move || {
            let mut buf = [0u8; 512];
            while !stop2.load(Ordering::Relaxed) {
                let Ok((n, from)) = socket.recv_from(&mut buf) else {
                    continue;
                };
                requests2.fetch_add(1, Ordering::Relaxed);
                if let Some(out) = answer(&buf[..n]) {
                    let _ = socket.send_to(&out, from);
                }
            }
        });
        Responder {
            addr,
            stop,
            requests,
            thread: Some(thread),
        }
    }

    /// A server whose clock runs `offset_ms` ahead of this machine's.
    pub fn with_offset_ms(offset_ms: i64) -> Responder {
        Self::with_spec(ReplySpec::default(), offset_ms)
    }

    /// A server answering with these header fields and clock offset.
    pub fn with_spec(spec: ReplySpec, offset_ms: i64) -> Responder {
        Self::start(Box::new(move |req| {
            Some(reply_now(req, &spec, offset_ms * 1000).to_vec())
        }))
    }

    /// A server that never answers.
    pub fn silent() -> Responder {
        Self::start(Box::new(|_| None))
    }

    /// A server that answers every request with these bytes.
    pub fn fixed(bytes: Vec<u8>) -> Responder {
        Self::start(Box::new(move |_| Some(bytes.clone())))
    }

    /// Its address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `127.0.0.1:PORT`, as a user would type it.
    pub fn server(&self) -> String {
        self.addr.to_string()
    }

    /// How many requests it has received.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }
}

impl Drop for Responder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A loopback port with nothing listening on it (bound, read, released).
pub fn closed_port() -> SocketAddr {
    let s = UdpSocket::bind("127.0.0.1:0").unwrap();
    s.local_addr().unwrap()
}

//! Hybrid logical clock stamps: when and where each part of a token last changed.
//!
//! Two devices edit the same vault without talking to each other; when their copies meet, each
//! field takes the later edit. Wall clocks alone cannot order the edits (a phone's clock may be
//! minutes off, two edits may share a millisecond), counters alone lose "later". A hybrid
//! logical clock (Kulkarni et al., 2014) is both: the wall time in milliseconds, never allowed
//! to go backwards on a device (it moves to the largest stamp seen so far when the clock lags),
//! a counter that orders events within one millisecond, and the device that made it, which
//! breaks the last ties so that every stamp is distinct and every merge is deterministic.
//!
//! Stamps are written as `"WALL.COUNTER.DEVICE"` (`"1733300000000.0.3f9a1c…"`): short, since a
//! vault holds one per field group of every token.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Result;

/// Longest device id accepted from a file (ours are 16 hex digits).
const MAX_DEVICE_CHARS: usize = 64;

/// A device's id in stamps: random, made once per vault file, never synced.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Debug)]
pub struct DeviceId(String);

impl DeviceId {
    /// A fresh random id (64 bits, hex).
    pub(crate) fn generate() -> Result<DeviceId> {
        let bytes = super::crypto::random::<8>()?;
        Ok(DeviceId(crate::import::encoding::hex_lower(&bytes)))
    }

    /// Reads an id written by [`DeviceId::as_str`]; `None` for anything else.
    pub(crate) fn parse(text: &str) -> Option<DeviceId> {
        let ok = !text.is_empty()
            && text.len() <= MAX_DEVICE_CHARS
            && text.bytes().all(|b| b.is_ascii_alphanumeric());
        ok.then(|| DeviceId(text.to_owned()))
    }

    /// The id's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One event's stamp. Ordered by wall time, then counter, then device.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Stamp {
    /// Milliseconds since the Unix epoch, as the stamping device's clock (or a later stamp it
    /// had seen) said.
    pub wall_ms: i64,
    /// Orders stamps of the same millisecond.
    pub counter: u32,
    /// The device that made it (empty for the stamps given to data written before stamps
    /// existed).
    pub device: DeviceId,
}

impl Stamp {
    /// The stamp of data from a file written before format version 3: its edit time, from no
    /// device, so that any real edit of the same millisecond or later wins.
    pub(crate) fn legacy(updated_ms: i64) -> Stamp {
        Stamp {
            wall_ms: updated_ms,
            counter: 0,
            device: DeviceId::default(),
        }
    }
}

impl Ord for Stamp {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.wall_ms, self.counter, &self.device).cmp(&(
            other.wall_ms,
            other.counter,
            &other.device,
        ))
    }
}

impl PartialOrd for Stamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.wall_ms, self.counter, self.device.0)
    }
}

impl fmt::Debug for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Stamp({self})")
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let bad = || serde::de::Error::custom("a change stamp is not WALL.COUNTER.DEVICE");
        let mut parts = text.splitn(3, '.');
        let wall_ms = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let counter = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let device = match parts.next() {
            Some("") => DeviceId::default(),
            Some(d) => DeviceId::parse(d).ok_or_else(bad)?,
            None => return Err(bad()),
        };
        Ok(Stamp {
            wall_ms,
            counter,
            device,
        })
    }
}

/// A device's clock: hands out stamps later than every stamp it has made or seen.
#[derive(Clone, Debug)]
pub(crate) struct Clock {
    last: Stamp,
}

impl Clock {
    /// A clock for `device` that has seen `latest` (the largest stamp in the vault it opened).
    pub(crate) fn new(device: DeviceId, latest: Option<&Stamp>) -> Clock {
        let (wall_ms, counter) = latest.map_or((0, 0), |s| (s.wall_ms, s.counter));
        Clock {
            last: Stamp {
                wall_ms,
                counter,
                device,
            },
        }
    }

    /// The next stamp at wall time `now_ms`: later than anything seen, even when the device's
    /// clock went backwards.
    pub(crate) fn tick(&mut self, now_ms: i64) -> Stamp {
        if now_ms > self.last.wall_ms {
            self.last.wall_ms = now_ms;
            self.last.counter = 0;
        } else {
            self.last.counter = self.last.counter.saturating_add(1);
        }
        self.last.clone()
    }

    /// Moves past a stamp seen in another device's copy.
    pub(crate) fn observe(&mut self, seen: &Stamp) {
        if (seen.wall_ms, seen.counter) > (self.last.wall_ms, self.last.counter) {
            self.last.wall_ms = seen.wall_ms;
            self.last.counter = seen.counter;
        }
    }

    /// The device the stamps name.
    pub(crate) fn device(&self) -> &DeviceId {
        &self.last.device
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn device(s: &str) -> DeviceId {
        DeviceId::parse(s).unwrap()
    }

    #[test]
    fn stamps_never_go_backwards_even_when_the_clock_does() {
        let mut c = Clock::new(device("a1"), None);
        let s1 = c.tick(1_000);
        let s2 = c.tick(900);
        let s3 = c.tick(1_000);
        let s4 = c.tick(1_001);
        assert!(s1 < s2 && s2 < s3 && s3 < s4, "{s1} {s2} {s3} {s4}");
        assert_eq!((s2.wall_ms, s2.counter), (1_000, 1));
        c.observe(&Stamp {
            wall_ms: 5_000,
            counter: 7,
            device: device("b2"),
        });
        let s5 = c.tick(2_000);
        assert_eq!(
            (s5.wall_ms, s5.counter, s5.device.as_str()),
            (5_000, 8, "a1")
        );
    }

    #[test]
    fn stamps_read_back_and_bad_ones_are_refused() {
        let s = Stamp {
            wall_ms: 1_733_300_000_000,
            counter: 3,
            device: device("3f9a1c0d5e6b7a88"),
        };
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(text, "\"1733300000000.3.3f9a1c0d5e6b7a88\"");
        assert_eq!(serde_json::from_str::<Stamp>(&text).unwrap(), s);
        assert_eq!(
            serde_json::from_str::<Stamp>("\"5.0.\"").unwrap(),
            Stamp::legacy(5)
        );
        for bad in ["\"\"", "\"5\"", "\"5.x.a\"", "\"5.0.a b\"", "7"] {
            assert!(serde_json::from_str::<Stamp>(bad).is_err(), "{bad}");
        }
    }
}

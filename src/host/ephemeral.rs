//! The host's port space: dynamic ranges, exclusions, reservations, and the ephemeral allocator.
//!
//! The allocator only *orders* the candidates; which port may be picked at all is the pure rule
//! [`rules::ports::in_ephemeral_pool`](crate::rules::ports::in_ephemeral_pool).

use std::collections::BTreeMap;

use crate::endpoint::Proto;
use crate::era::Era;
use crate::ports::{DynamicRange, EphemeralOrder, Exclusion, PortMap, PortRange};
use crate::rules::ports::in_ephemeral_pool;

/// splitmix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014):
/// a tiny, well-mixed generator, enough to scatter ports and reproducible from its seed. Written
/// out here so the library needs no `rand` and reads no clock (`style.md`, habit 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SplitMix64(u64);

impl SplitMix64 {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Everything the host knows about its ports besides the sockets bound on them.
#[derive(Debug, Clone)]
pub(crate) struct PortSpace {
    /// Dynamic ranges set by `netsh ... set dynamicport` (or a scenario); else the era's.
    dynamic: BTreeMap<Proto, PortRange>,
    /// Excluded port ranges per protocol, in the order they were added.
    excluded: BTreeMap<Proto, Vec<Exclusion>>,
    /// ReservedPorts ranges (TCP and UDP alike), in the order they were added.
    reserved: Vec<PortRange>,
    order: EphemeralOrder,
    /// The next port the sequential order tries, per protocol.
    cursor: BTreeMap<Proto, u16>,
    rng: SplitMix64,
}

impl PortSpace {
    pub(crate) fn new() -> Self {
        Self {
            dynamic: BTreeMap::new(),
            excluded: BTreeMap::new(),
            reserved: Vec::new(),
            order: EphemeralOrder::Sequential,
            cursor: BTreeMap::new(),
            rng: SplitMix64::new(0),
        }
    }

    pub(crate) fn dynamic(&self, era: Era, proto: Proto) -> PortRange {
        self.dynamic.get(&proto).copied().unwrap_or_else(|| {
            let (first, last) = era.profile().dynamic_ports;
            PortRange::new(first, last).expect("every era's dynamic range is a valid range")
        })
    }

    pub(crate) fn set_dynamic(&mut self, proto: Proto, range: PortRange) {
        self.dynamic.insert(proto, range);
        self.cursor.remove(&proto);
    }

    pub(crate) fn excluded(&self, proto: Proto) -> &[Exclusion] {
        self.excluded.get(&proto).map_or(&[], Vec::as_slice)
    }

    pub(crate) fn exclude(&mut self, proto: Proto, exclusion: Exclusion) {
        let list = self.excluded.entry(proto).or_default();
        if !list.contains(&exclusion) {
            list.push(exclusion);
        }
    }

    pub(crate) fn reserved(&self) -> &[PortRange] {
        &self.reserved
    }

    pub(crate) fn reserve(&mut self, range: PortRange) {
        if !self.reserved.contains(&range) {
            self.reserved.push(range);
        }
    }

    pub(crate) fn order(&self) -> EphemeralOrder {
        self.order
    }

    pub(crate) fn set_order(&mut self, order: EphemeralOrder) {
        self.order = order;
        self.cursor.clear();
        self.rng = SplitMix64::new(match order {
            EphemeralOrder::Sequential => 0,
            EphemeralOrder::Random { seed } => seed,
        });
    }

    /// Picks a port of the dynamic range in the pool (see `in_ephemeral_pool`); `bound` says
    /// whether something is bound on a port. `Err` carries the exhausted range.
    pub(crate) fn pick(&mut self, era: Era, proto: Proto, bound: impl Fn(u16) -> bool) -> Result<u16, PortRange> {
        let range = self.dynamic(era, proto);
        let excluded = self.excluded.get(&proto).map_or(&[][..], Vec::as_slice);
        let free = |port: u16| in_ephemeral_pool(port, bound(port), excluded, &self.reserved);
        match self.order {
            EphemeralOrder::Sequential => {
                let start = self.cursor.get(&proto).copied().filter(|c| range.contains(*c)).unwrap_or(range.first());
                let after = (start..=range.last()).chain(range.first()..start);
                let port = after.into_iter().find(|p| free(*p)).ok_or(range)?;
                let next = if port == range.last() { range.first() } else { port + 1 };
                self.cursor.insert(proto, next);
                Ok(port)
            }
            EphemeralOrder::Random { .. } => {
                // Draw a port of the range and draw again while it is not free, as a program
                // trying random ports would; a reserved port costs one extra draw and the rest
                // of the sequence stays the same. Past `len` draws the range is nearly full:
                // take a uniformly chosen free port instead, so the search always ends.
                let len = u64::from(range.len());
                for _ in 0..len {
                    let offset = u16::try_from(self.rng.next_u64() % len).expect("below a range length");
                    let port = range.first() + offset;
                    if free(port) {
                        return Ok(port);
                    }
                }
                let count = range.ports().filter(|p| free(*p)).count();
                if count == 0 {
                    return Err(range);
                }
                let k = usize::try_from(self.rng.next_u64() % count as u64).expect("below a count of u16 ports");
                Ok(range.ports().filter(|p| free(*p)).nth(k).expect("k < the number of free ports"))
            }
        }
    }

    /// The configuration as a [`PortMap`].
    pub(crate) fn map(&self, era: Era) -> PortMap {
        let dynamic = [Proto::Tcp, Proto::Udp]
            .into_iter()
            .map(|proto| {
                let range = self.dynamic(era, proto);
                let available =
                    range.ports().filter(|p| in_ephemeral_pool(*p, false, self.excluded(proto), &self.reserved));
                DynamicRange {
                    proto,
                    range,
                    configured: self.dynamic.contains_key(&proto),
                    available: u32::try_from(available.count()).expect("at most 65535 ports"),
                }
            })
            .collect();
        let mut excluded: Vec<_> =
            self.excluded.iter().flat_map(|(proto, list)| list.iter().map(move |e| (*proto, *e))).collect();
        excluded.sort();
        let mut reserved = self.reserved.clone();
        reserved.sort();
        PortMap { era, dynamic, order: self.order, excluded, reserved }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_matches_the_reference_outputs() {
        // The first outputs of the reference C implementation for seed 0.
        let mut g = SplitMix64::new(0);
        assert_eq!(g.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(g.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(g.next_u64(), 0x06C4_5D18_8009_454F);
    }
}

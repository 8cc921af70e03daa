//! The host's port space: dynamic ranges, exclusions, reservations, and the ephemeral allocator.
//!
//! The allocator only *orders* the candidates; which port may be picked at all is the pure rule
//! [`rules::ports::in_ephemeral_pool`](crate::rules::ports::in_ephemeral_pool).

use crate::endpoint::Proto;
use crate::era::Era;
use crate::ports::{DynamicPorts, DynamicRange, EphemeralOrder, ExcludedRanges, Exclusion, PortMap, PortRange};
use crate::rules::ports::in_ephemeral_pool;

use super::port_index::{proto_index, PortIndex};

/// How many random draws `pick` makes before it takes a uniformly chosen free port: enough that
/// a range with a few percent of its ports free rarely gets there, few enough that a nearly
/// full range costs no more than a short walk of its free ports.
const MAX_DRAWS: u64 = 64;

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

/// The sequential pick every system makes: the first free port of `range` from the cursor (a
/// cursor outside the range starts at its first port), wrapping round once; the cursor then
/// stands after the pick. `first_free(from, to)` is the system's first free port of
/// `from..=to`, by its port index and its policy. `None`: the range is full, the cursor stays.
pub(crate) fn sequential(
    cursor: &mut Option<u16>,
    range: PortRange,
    first_free: impl Fn(u16, u16) -> Option<u16>,
) -> Option<u16> {
    let start = cursor.filter(|c| range.contains(*c)).unwrap_or(range.first());
    let port = first_free(start, range.last()).or_else(|| first_free(range.first(), start.checked_sub(1)?))?;
    *cursor = Some(after(range, port));
    Some(port)
}

/// Where the sequential cursor stands after picking `port` of `range`.
fn after(range: PortRange, port: u16) -> u16 {
    if port == range.last() {
        range.first()
    } else {
        port + 1
    }
}

/// Everything the host knows about its ports besides the sockets bound on them.
#[derive(Debug, Clone)]
pub(crate) struct PortSpace {
    /// Dynamic ranges set by `netsh ... set dynamicport` (or a scenario); else the era's.
    dynamic: [Option<PortRange>; 2],
    /// Excluded port ranges of TCP and UDP (by `proto_index`), in the order they were added.
    excluded: [Vec<Exclusion>; 2],
    /// ReservedPorts ranges (TCP and UDP alike), in the order they were added.
    reserved: Vec<PortRange>,
    order: EphemeralOrder,
    /// The next port the sequential order tries, per protocol.
    cursor: [Option<u16>; 2],
    rng: SplitMix64,
}

impl PortSpace {
    pub(crate) fn new() -> Self {
        Self {
            dynamic: [None; 2],
            excluded: [Vec::new(), Vec::new()],
            reserved: Vec::new(),
            order: EphemeralOrder::Sequential,
            cursor: [None; 2],
            rng: SplitMix64::new(0),
        }
    }

    pub(crate) fn dynamic(&self, era: Era, proto: Proto) -> PortRange {
        self.dynamic[proto_index(proto)].unwrap_or_else(|| {
            let (first, last) = era.profile().dynamic_ports;
            // Every era's range is valid (a test of `era` checks it): not checked on each bind.
            PortRange::valid(first, last)
        })
    }

    pub(crate) fn set_dynamic(&mut self, proto: Proto, range: PortRange) {
        self.dynamic[proto_index(proto)] = Some(range);
        self.cursor[proto_index(proto)] = None;
    }

    pub(crate) fn excluded(&self, proto: Proto) -> &[Exclusion] {
        &self.excluded[proto_index(proto)]
    }

    pub(crate) fn exclude(&mut self, proto: Proto, exclusion: Exclusion) {
        let list = &mut self.excluded[proto_index(proto)];
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
        self.cursor = [None; 2];
        self.rng = SplitMix64::new(match order {
            EphemeralOrder::Sequential => 0,
            EphemeralOrder::Random { seed } => seed,
        });
    }

    /// Picks a port of the dynamic range in the pool (see `in_ephemeral_pool`); `ports` says what
    /// is bound. `Err` carries the exhausted range.
    ///
    /// The cost does not grow with how full the range is: the port index finds the next unused
    /// port in a few word reads, and each excluded or reserved range is stepped over at once.
    pub(crate) fn pick(&mut self, era: Era, proto: Proto, ports: &PortIndex) -> Result<u16, PortRange> {
        let range = self.dynamic(era, proto);
        match self.order {
            EphemeralOrder::Sequential => {
                let i = proto_index(proto);
                // The usual pick, made directly: the cursor's own port is unused and nothing is
                // excluded or reserved, so it is the first free port from the cursor.
                if let Some(c) = self.cursor[i] {
                    if range.contains(c)
                        && self.excluded[i].is_empty()
                        && self.reserved.is_empty()
                        && !ports.is_used(proto, c)
                    {
                        self.cursor[i] = Some(after(range, c));
                        return Ok(c);
                    }
                }
                self.pick_sequential(proto, ports, range)
            }
            EphemeralOrder::Random { .. } => self.pick_random(proto, ports, range),
        }
    }

    /// The sequential order's pick, searching from the cursor. Out of line, as `pick_random`.
    #[inline(never)]
    fn pick_sequential(&mut self, proto: Proto, ports: &PortIndex, range: PortRange) -> Result<u16, PortRange> {
        let mut cursor = self.cursor[proto_index(proto)];
        let port = sequential(&mut cursor, range, |from, to| self.first_free(proto, ports, from, to));
        self.cursor[proto_index(proto)] = cursor;
        port.ok_or(range)
    }

    /// The random order's pick (see `pick`). Out of line: the usual pick, sequential from a free
    /// cursor, keeps a short call with a small frame.
    #[inline(never)]
    fn pick_random(&mut self, proto: Proto, ports: &PortIndex, range: PortRange) -> Result<u16, PortRange> {
        // Draw a port of the range and draw again while it is not free, as a program
        // trying random ports would; a reserved port costs one extra draw and the rest
        // of the sequence stays the same. After MAX_DRAWS misses (or `len`, for a small
        // range) the range is nearly full: take a uniformly chosen free port instead, so
        // the search ends after a bounded number of draws.
        let len = u64::from(range.len());
        {
            let (rng, reserved) = (&mut self.rng, &self.reserved);
            let excluded = &self.excluded[proto_index(proto)];
            for _ in 0..len.min(MAX_DRAWS) {
                let offset = u16::try_from(rng.next_u64() % len).expect("below a range length");
                let port = range.first() + offset;
                if in_ephemeral_pool(port, ports.is_used(proto, port), excluded, reserved) {
                    return Ok(port);
                }
            }
        }
        let count = self.free_ports(proto, ports, range).count();
        if count == 0 {
            return Err(range);
        }
        let k = usize::try_from(self.rng.next_u64() % count as u64).expect("below a count of u16 ports");
        Ok(self.free_ports(proto, ports, range).nth(k).expect("k < the number of free ports"))
    }

    /// The first port of `from..=to` in the ephemeral pool: the next unused port, stepping over
    /// the excluded and reserved ranges that hold it.
    fn first_free(&self, proto: Proto, ports: &PortIndex, from: u16, to: u16) -> Option<u16> {
        let excluded = self.excluded(proto);
        // Nothing excluded or reserved (the common case): the next unused port is free.
        if excluded.is_empty() && self.reserved.is_empty() {
            return ports.next_unused(proto, from, to);
        }
        let mut at = from;
        loop {
            let port = ports.next_unused(proto, at, to)?;
            if in_ephemeral_pool(port, ports.is_used(proto, port), excluded, &self.reserved) {
                return Some(port);
            }
            // Not free although unused: excluded or reserved. Step past every range holding it.
            let end = excluded
                .iter()
                .map(|e| e.range)
                .chain(self.reserved.iter().copied())
                .filter(|r| r.contains(port))
                .map(PortRange::last)
                .max()
                .unwrap_or(port);
            at = end.checked_add(1).filter(|next| *next <= to)?;
        }
    }

    /// The free ports of `range`, in order.
    fn free_ports<'a>(
        &'a self,
        proto: Proto,
        ports: &'a PortIndex,
        range: PortRange,
    ) -> impl Iterator<Item = u16> + 'a {
        let mut at = Some(range.first());
        std::iter::from_fn(move || {
            let port = self.first_free(proto, ports, at?, range.last())?;
            at = port.checked_add(1).filter(|next| *next <= range.last());
            Some(port)
        })
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
                    configured: self.dynamic[proto_index(proto)].is_some(),
                    available: u32::try_from(available.count()).expect("at most 65535 ports"),
                }
            })
            .collect();
        let mut excluded: Vec<_> = [Proto::Tcp, Proto::Udp]
            .into_iter()
            .flat_map(|proto| self.excluded(proto).iter().map(move |e| (proto, *e)))
            .collect();
        excluded.sort();
        let mut reserved = self.reserved.clone();
        reserved.sort();
        PortMap { era, dynamic, order: self.order, excluded, reserved }
    }
}

/// (A) The port space of a [`Host`](super::Host): dynamic ranges, exclusions, reservations and
/// the ephemeral order, as `netsh` sets them.
impl super::Host {
    /// The dynamic (ephemeral) port range of a protocol: the era's (KB 929851:
    /// 1025-5000 up to Server 2003, 49152-65535 from Vista on) unless set.
    pub fn dynamic_ports(&self, proto: Proto) -> PortRange {
        self.own.port_space.dynamic(self.era(), proto)
    }

    /// Sets the dynamic port range of a protocol, as `netsh int ipv4 set dynamicport tcp
    /// start=49152 num=16384` does; TCP and UDP have a range each. Returns the range.
    ///
    /// Windows' netsh insists on at least 255 ports from 1025 up; the model takes any range, so a
    /// test can exhaust a range of three ports.
    ///
    /// # Errors
    /// [`InputError`](crate::InputError) when `count` is 0 or the range goes past 65535.
    pub fn set_dynamic_ports(&mut self, proto: Proto, start: u16, count: u32) -> Result<PortRange, crate::InputError> {
        let range = PortRange::from_start_count(start, count)?;
        self.own.port_space.set_dynamic(proto, range);
        Ok(range)
    }

    /// Sets the dynamic port range of a protocol from a range.
    pub fn set_dynamic_range(&mut self, proto: Proto, range: PortRange) {
        self.own.port_space.set_dynamic(proto, range);
    }

    /// Excludes a port range for a protocol, as `netsh int ipv4 add excludedportrange
    /// protocol=tcp startport=50000 numberofports=60` does (`administered: true`), or Hyper-V,
    /// WinNAT or Docker do (`false`). Port 0 never picks it (`netsh int ipv4 show
    /// excludedportrange`). Every later explicit bind inside a system range fails with
    /// WSAEACCES (rule P2); an administered one refuses none, except a second SO_REUSEADDR bind
    /// on Server 2008 R2 and 2012 (rule P3, KB 3039044). Sockets already bound keep their ports.
    ///
    /// Windows has excluded port ranges from Vista on ([`PortKind::check_era`](crate::ports::PortKind::check_era));
    /// the model applies them in any era.
    pub fn exclude_ports(&mut self, proto: Proto, exclusion: Exclusion) {
        self.own.port_space.exclude(proto, exclusion);
    }

    /// The excluded port ranges of a protocol, in the order they were added.
    pub fn excluded_ports(&self, proto: Proto) -> &[Exclusion] {
        self.own.port_space.excluded(proto)
    }

    /// Adds a range to `ReservedPorts` (the pre-Vista registry value under
    /// `HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters`): port 0 no longer picks
    /// those ports, TCP or UDP, but an explicit bind to them still succeeds (KB 812873: reserving
    /// 1645-1646 keeps the DNS server off the ports IAS needs).
    pub fn reserve_ports(&mut self, range: PortRange) {
        self.own.port_space.reserve(range);
    }

    /// The ReservedPorts ranges, in the order they were added.
    pub fn reserved_ports(&self) -> &[PortRange] {
        self.own.port_space.reserved()
    }

    /// How `bind` to port 0 picks (sequential unless set).
    pub fn ephemeral_order(&self) -> EphemeralOrder {
        self.own.port_space.order()
    }

    /// Sets how `bind` to port 0 picks; restarts the cursor, or the generator from its seed.
    pub fn set_ephemeral_order(&mut self, order: EphemeralOrder) {
        self.own.port_space.set_order(order);
    }

    /// Applies a parsed `netsh ... show excludedportrange` section: every range, with its
    /// administered mark, is excluded for the section's protocol.
    pub fn apply_excluded(&mut self, section: &ExcludedRanges) {
        for e in &section.ranges {
            self.exclude_ports(section.proto, *e);
        }
    }

    /// Applies a parsed `netsh ... show dynamicport` section.
    pub fn apply_dynamic(&mut self, section: &DynamicPorts) {
        self.set_dynamic_range(section.proto, section.range);
    }

    /// The port configuration: dynamic ranges (with how many ports port 0 may pick), the order,
    /// exclusions and reservations. Its `Display` is what `winsock-bind ports` prints.
    pub fn port_map(&self) -> PortMap {
        self.own.port_space.map(self.era())
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

    /// The sequential order as a plain scan: from the cursor up, wrapping, the first port in the
    /// pool. `pick` must answer exactly this, only faster.
    fn scan(space: &PortSpace, range: PortRange, cursor: u16, used: &[bool]) -> Option<u16> {
        let after = (cursor..=range.last()).chain(range.first()..cursor);
        after
            .into_iter()
            .find(|p| in_ephemeral_pool(*p, used[usize::from(*p)], space.excluded(Proto::Tcp), space.reserved()))
    }

    #[test]
    fn the_sequential_pick_is_the_first_free_port_from_the_cursor() {
        use crate::endpoint::Endpoint;
        use crate::host::port_index::Key;
        use crate::id::{SocketId, UserId};
        use crate::options::ReuseMode;

        let mut rng = SplitMix64::new(3);
        let range = PortRange::new(1000, 1300).unwrap();
        let mut space = PortSpace::new();
        space.set_dynamic(Proto::Tcp, range);
        space.exclude(Proto::Tcp, Exclusion { range: PortRange::new(1100, 1163).unwrap(), administered: false });
        space.exclude(Proto::Tcp, Exclusion { range: PortRange::new(1150, 1170).unwrap(), administered: true });
        space.reserve(PortRange::new(1290, 1300).unwrap());
        let mut index = PortIndex::default();
        let mut used = vec![false; 65536];
        let mut bound: Vec<(u16, u64)> = Vec::new();
        for step in 0..3000u64 {
            let cursor = space.cursor[0].unwrap_or(range.first());
            let expected = scan(&space, range, cursor, &used);
            let got = space.pick(Era::Win11, Proto::Tcp, &index);
            assert_eq!(got.ok(), expected, "step {step}");
            let key = |port| Key {
                proto: Proto::Tcp,
                endpoint: Endpoint::new(std::net::Ipv4Addr::LOCALHOST.into(), port),
                mode: ReuseMode::Default,
                v6only: true,
                owner: UserId(1),
            };
            if let Some(port) = expected {
                index.insert(&key(port), (step, SocketId(1)), None);
                used[usize::from(port)] = true;
                bound.push((port, step));
            }
            // Free ports now and then, more often than they are taken once the range is full.
            while !bound.is_empty() && rng.next_u64() % 3 == 0 {
                let i = usize::try_from(rng.next_u64() % bound.len() as u64).unwrap();
                let (port, seq) = bound.swap_remove(i);
                index.remove(&key(port), (seq, SocketId(1)), false);
                used[usize::from(port)] = false;
            }
        }
    }

    #[test]
    fn a_full_range_is_exhausted_and_the_random_order_still_finds_the_last_free_port() {
        use crate::endpoint::Endpoint;
        use crate::host::port_index::Key;
        use crate::id::{SocketId, UserId};
        use crate::options::ReuseMode;

        let range = PortRange::new(40000, 40999).unwrap();
        let mut space = PortSpace::new();
        space.set_dynamic(Proto::Udp, range);
        space.set_order(EphemeralOrder::Random { seed: 5 });
        let mut index = PortIndex::default();
        let key = |port| Key {
            proto: Proto::Udp,
            endpoint: Endpoint::new(std::net::Ipv4Addr::LOCALHOST.into(), port),
            mode: ReuseMode::Default,
            v6only: true,
            owner: UserId(1),
        };
        for port in range.ports().filter(|p| *p != 40777) {
            index.insert(&key(port), (u64::from(port), SocketId(1)), None);
        }
        assert_eq!(space.pick(Era::Win11, Proto::Udp, &index), Ok(40777));
        index.insert(&key(40777), (1, SocketId(1)), None);
        assert_eq!(space.pick(Era::Win11, Proto::Udp, &index), Err(range));
        space.set_order(EphemeralOrder::Sequential);
        assert_eq!(space.pick(Era::Win11, Proto::Udp, &index), Err(range));
    }
}

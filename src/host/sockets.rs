//! The sockets of one machine: plain records addressed by creation number, as smoltcp's
//! `SocketSet` keeps its sockets in reusable slots.
//!
//! A machine that opens and closes sockets for as long as a test runs must not grow by a
//! whole record for each socket it ever made. So a closed socket that nothing refers to any
//! more is *forgotten*: its slot is taken by the next new socket. Its number is never given
//! again (ids only grow), so a stale id still finds nothing and is refused as closed, as
//! before. What stays per socket ever made is one `u32`, its place.

/// A creation number's place when its socket was forgotten.
const FORGOTTEN: u32 = u32::MAX;

/// Socket records in slots, found by creation number (0 for the first socket made).
#[derive(Debug, Clone)]
pub(crate) struct SocketSet<T> {
    /// Per creation number, the slot of its record, or [`FORGOTTEN`].
    places: Vec<u32>,
    /// The records; a forgotten socket's slot keeps its old record until it is reused.
    slots: Vec<T>,
    /// Slots of forgotten sockets, to reuse (the most recently freed first: warm in cache).
    free: Vec<u32>,
}

impl<T> Default for SocketSet<T> {
    fn default() -> Self {
        Self { places: Vec::new(), slots: Vec::new(), free: Vec::new() }
    }
}

impl<T> SocketSet<T> {
    /// How many sockets were ever made: the creation number the next one gets.
    pub(crate) fn made(&self) -> usize {
        self.places.len()
    }

    /// Keeps a new socket's record under the next creation number.
    #[inline]
    pub(crate) fn push(&mut self, socket: T) {
        let slot = match self.free.pop() {
            Some(slot) => {
                self.slots[slot as usize] = socket;
                slot
            }
            None => {
                self.slots.push(socket);
                u32::try_from(self.slots.len() - 1).unwrap_or(FORGOTTEN)
            }
        };
        self.places.push(slot);
    }

    /// The record of socket number `n`, unless it was forgotten or never made.
    #[inline]
    pub(crate) fn get(&self, n: usize) -> Option<&T> {
        self.slots.get(*self.places.get(n)? as usize)
    }

    /// The record of socket number `n`, to change.
    #[inline]
    pub(crate) fn get_mut(&mut self, n: usize) -> Option<&mut T> {
        self.slots.get_mut(*self.places.get(n)? as usize)
    }

    /// Forgets socket number `n`: its slot goes to the next new socket.
    pub(crate) fn forget(&mut self, n: usize) {
        if let Some(place) = self.places.get_mut(n) {
            if *place != FORGOTTEN {
                self.free.push(*place);
                *place = FORGOTTEN;
            }
        }
    }

    /// The records not forgotten, in creation order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        self.places.iter().filter_map(|&slot| self.slots.get(slot as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::SocketSet;

    #[test]
    fn a_forgotten_socket_is_found_no_more_and_its_slot_goes_to_the_next() {
        let mut set = SocketSet::default();
        set.push("a");
        set.push("b");
        set.forget(0);
        set.forget(0); // twice is once
        assert_eq!(set.get(0), None);
        set.push("c");
        assert_eq!(set.made(), 3);
        assert_eq!((set.get(1), set.get(2)), (Some(&"b"), Some(&"c")));
        assert_eq!(set.slots.len(), 2, "c took a's slot");
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), ["b", "c"], "creation order");
        assert_eq!(set.get(3), None);
    }
}

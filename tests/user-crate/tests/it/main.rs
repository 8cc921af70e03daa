//! The outside user's tests, as modules of one test binary (one link instead of five).

mod five_new_api;
mod five_old_api;
mod properties;
mod server;
mod windows_truth;

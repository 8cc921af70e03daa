#[cfg(feature = "Win32_Web_InternetExplorer")]
#[doc = "Required features: `\"Win32_Web_InternetExplorer\"`"]
pub mod InternetExplorer;

#[cfg(feature = "Wdk_Storage_FileSystem")]
#[doc = "Required features: `\"Wdk_Storage_FileSystem\"`"]
pub mod FileSystem;

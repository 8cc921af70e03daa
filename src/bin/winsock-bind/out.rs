//! Files the tool writes (`--emit-attack DIR`, `--keep DIR`): the directory is checked (and
//! made) before any work starts, and each file is created new, never through a symlink and never
//! over an existing file unless `--force` is given.

use std::io::Write as _;
use std::path::{Component, Path, PathBuf};

/// `dir` with `.` and `..` resolved by name, so that `out/../x` makes only `x`.
fn normalised(dir: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in dir.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.components().next_back() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                // Above the root is the root.
                Some(Component::RootDir | Component::Prefix(_)) => {}
                Some(Component::ParentDir | Component::CurDir) | None => out.push(".."),
            },
            Component::Prefix(_) | Component::RootDir | Component::Normal(_) => out.push(c),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// An output directory, checked before the work starts: an existing directory, or one made now
/// (with the parents its normalised path needs). Anything else there is an error naming it.
pub(crate) fn prepare_dir(flag: &str, dir: &Path) -> Result<PathBuf, String> {
    let dir = normalised(dir);
    match std::fs::metadata(&dir) {
        Ok(m) if m.is_dir() => Ok(dir),
        Ok(_) => Err(format!("{flag} {}: not a directory", dir.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(&dir).map_err(|e| format!("{flag} {}: {e}", dir.display()))?;
            Ok(dir)
        }
        Err(e) => Err(format!("{flag} {}: {e}", dir.display())),
    }
}

/// Checks that `name` can be written in `dir`: nothing there, or (with `force`) a file or a
/// symlink that writing replaces. Done for every file before anything is printed or written.
pub(crate) fn check_free(dir: &Path, name: &str, force: bool) -> Result<(), String> {
    let path = dir.join(name);
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{}: {e}", path.display())),
        Ok(m) if m.is_dir() => Err(format!("{}: a directory is in the way", path.display())),
        Ok(_) if force => Ok(()),
        Ok(m) => Err(format!(
            "{}: {} already exists; pass --force to replace it",
            path.display(),
            if m.file_type().is_symlink() { "a symlink" } else { "a file" }
        )),
    }
}

/// Writes `bytes` to a new file `name` in `dir`. With `force`, a file or symlink already there
/// is removed first (a symlink itself, never what it points to); the file is then created with
/// create-new semantics, which does not follow a symlink put there in between.
pub(crate) fn write_new(dir: &Path, name: &str, bytes: &[u8], force: bool) -> Result<(), String> {
    check_free(dir, name, force)?;
    let path = dir.join(name);
    if force {
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("{}: {e}", path.display())),
        }
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    file.write_all(bytes).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::normalised;
    use std::path::Path;

    #[test]
    fn dot_dot_is_resolved_by_name() {
        assert_eq!(normalised(Path::new("out/../x")), Path::new("x"));
        assert_eq!(normalised(Path::new("./a/./b/..")), Path::new("a"));
        assert_eq!(normalised(Path::new("../x")), Path::new("../x"));
        assert_eq!(normalised(Path::new("a/..")), Path::new("."));
        assert_eq!(normalised(Path::new("/a/../b")), Path::new("/b"));
        assert_eq!(normalised(Path::new("../../x")), Path::new("../../x"));
        assert_eq!(normalised(Path::new("/../x")), Path::new("/x"));
    }
}

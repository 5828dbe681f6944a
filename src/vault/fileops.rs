//! The few file operations a save makes, behind a trait so that tests can make any one of them
//! fail and check that nothing already saved is lost.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// File operations on the drafts folder.
pub trait FileOps: Send + Sync {
    /// Creates a file that must not exist yet, readable by its owner only, writes it and makes
    /// it durable.
    fn write_new(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()>;
    /// Renames, replacing any file at `to`.
    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()>;
    /// Makes the folder's entries (renames, removals) durable.
    fn sync_folder(&self, folder: &Path) -> std::io::Result<()>;
    /// Reads a whole file.
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
    /// Removes a file.
    fn remove(&self, path: &Path) -> std::io::Result<()>;
    /// The files in a folder.
    fn list(&self, folder: &Path) -> std::io::Result<Vec<PathBuf>>;
}

/// The real file system.
#[derive(Debug, Default)]
pub struct RealFiles;

impl FileOps for RealFiles {
    fn write_new(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        fs::rename(from, to)
    }

    fn sync_folder(&self, folder: &Path) -> std::io::Result<()> {
        #[cfg(unix)]
        File::open(folder)?.sync_all()?;
        #[cfg(not(unix))]
        let _ = folder;
        Ok(())
    }

    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        fs::read(path)
    }

    fn remove(&self, path: &Path) -> std::io::Result<()> {
        match fs::remove_file(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    fn list(&self, folder: &Path) -> std::io::Result<Vec<PathBuf>> {
        fs::read_dir(folder)?.map(|entry| entry.map(|e| e.path())).collect()
    }
}

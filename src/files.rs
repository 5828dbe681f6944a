//! Writing files so that a crash or a full disk never leaves a half-written file behind: the
//! new bytes go to a temporary file beside the target, reach the disk, and only then replace it.
//! The operations go through [`FileOps`] so the draft store's tests can fail any one of them.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Explain;

/// Why a file could not be written. The io error stays inside: its text can name folders.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FileError {
    /// The disk is full.
    #[error("the disk is full")]
    DiskFull(#[source] std::io::Error),
    /// The folder cannot be written to.
    #[error("the folder cannot be written to")]
    NotAllowed(#[source] std::io::Error),
    /// Any other failure to write.
    #[error("the file could not be written")]
    Other(#[source] std::io::Error),
}

impl From<std::io::Error> for FileError {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::StorageFull => FileError::DiskFull(e),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => FileError::NotAllowed(e),
            _ => FileError::Other(e),
        }
    }
}

impl Explain for FileError {
    fn code(&self) -> &'static str {
        match self {
            FileError::DiskFull(_) => "file.disk-full",
            FileError::NotAllowed(_) => "file.not-allowed",
            FileError::Other(_) => "file.write-failed",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            FileError::DiskFull(_) => "error-file-disk-full",
            FileError::NotAllowed(_) => "error-file-not-allowed",
            FileError::Other(_) => "error-file-write-failed",
        }
    }
}

/// Replaces `path` with `bytes` all at once: readers see the old file or the new one, never a
/// mix, and on any error the old file is untouched and the temporary file is removed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let temp = temp_path(path);
    let result = write_then_rename(&temp, path, bytes);
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

fn write_then_rename(temp: &Path, path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    RealFiles.write_new(temp, bytes)?;
    RealFiles.rename(temp, path)?;
    // Makes the rename itself durable; best effort, as the file is already complete.
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = RealFiles.sync_folder(folder);
    }
    Ok(())
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// The few file operations a save makes, behind a trait so that tests can make any one of them
/// fail and check that nothing already saved is lost.
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

//! Writing files so that a crash or a full disk never leaves a half-written file behind: the
//! new bytes go to a temporary file beside the target, reach the disk, and only then replace it.

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
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    fs::rename(temp, path)?;
    sync_folder(path);
    Ok(())
}

/// Makes the rename itself durable. Windows has no folder handles to sync; there the rename is
/// already written through.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(dir) = File::open(folder) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

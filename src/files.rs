//! Writing files so that a crash or a full disk never leaves a half-written file behind: the
//! new bytes go to a temporary file beside the target, reach the disk, and only then replace it.
//! The operations go through [`FileOps`], one step per call, so the draft store's tests can fail
//! any one of them (the Nth of a save, for every N) and check that what was saved before still opens.

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::{self, Read, Write};
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

/// Reads a regular file of at most `limit` bytes, never reading more than `limit + 1`, so a
/// huge or endless file chosen by mistake cannot exhaust memory; a longer one is an error of
/// kind `FileTooLarge`.
pub fn read_at_most(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let bytes = RealFiles.read(path, limit)?;
    if bytes.len() as u64 > limit {
        return Err(io::ErrorKind::FileTooLarge.into());
    }
    Ok(bytes)
}

fn write_then_rename(temp: &Path, path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    RealFiles.write_new(temp, bytes)?;
    RealFiles.rename(temp, path)?;
    // Makes the rename itself durable; best effort, as the file is already complete.
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = RealFiles.sync_dir(folder);
    }
    Ok(())
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// What is at a path, without following a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileFacts {
    /// A regular file: not a folder, a link, a pipe or a device.
    pub is_file: bool,
    /// Its length in bytes.
    pub size: u64,
    /// When it last changed, if the system says.
    pub modified: Option<std::time::SystemTime>,
}

/// File operations, each one step a test can make fail.
pub trait FileOps: Send + Sync {
    /// What is at `path`, without following a link, so a pipe or a link named like a draft is
    /// never opened.
    fn facts(&self, path: &Path) -> io::Result<FileFacts> {
        let meta = fs::symlink_metadata(path)?;
        Ok(FileFacts { is_file: meta.file_type().is_file(), size: meta.len(), modified: meta.modified().ok() })
    }
    /// Removes a folder and everything in it: only for "delete everything".
    fn remove_tree(&self, dir: &Path) -> io::Result<()> {
        fs::remove_dir_all(dir)
    }
    /// Creates the folder (and its parents) if missing, readable by its owner only.
    fn create_dir(&self, dir: &Path) -> io::Result<()>;
    /// The names of the entries in a folder.
    fn list(&self, dir: &Path) -> io::Result<Vec<OsString>>;
    /// Reads a whole file, but never more than `limit + 1` bytes, so a huge file in the folder
    /// cannot exhaust memory; the caller refuses anything longer than `limit`.
    fn read(&self, path: &Path, limit: u64) -> io::Result<Vec<u8>>;
    /// Creates a file that must not exist yet, readable by its owner only, writes all of
    /// `bytes` and makes them durable (`fsync`) before returning.
    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Renames `from` to `to`, replacing `to` in one step if it exists.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Removes a file; a missing file is an error of kind `NotFound`.
    fn remove(&self, path: &Path) -> io::Result<()>;
    /// Makes the folder's entries (new names, renames, removals) durable.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Whether a file exists.
    fn exists(&self, path: &Path) -> io::Result<bool>;
}

/// The real file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealFiles;

impl FileOps for RealFiles {
    fn create_dir(&self, dir: &Path) -> io::Result<()> {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir)?;
        // A folder that already existed (from an older build, or made by hand) is tightened
        // too. On Windows the per-user profile folder's access list already keeps others out.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if fs::metadata(dir)?.permissions().mode() & 0o077 != 0 {
                fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
            }
        }
        Ok(())
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<OsString>> {
        fs::read_dir(dir)?.map(|entry| entry.map(|e| e.file_name())).collect()
    }

    fn read(&self, path: &Path, limit: u64) -> io::Result<Vec<u8>> {
        let mut options = OpenOptions::new();
        options.read(true);
        // Never follow a link, and never wait on a pipe: a name swapped for either after it was
        // checked still cannot hang the app or lead it outside its folder.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW | libc::O_NONBLOCK);
        let file = options.open(path)?;
        if !file.metadata()?.is_file() {
            return Err(io::Error::from(io::ErrorKind::InvalidInput));
        }
        let mut bytes = Vec::new();
        file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        // The standard library cannot open a folder to sync it on Windows; there a rename is as
        // durable as NTFS's own metadata journal makes it.
        #[cfg(unix)]
        fs::File::open(dir)?.sync_all()?;
        #[cfg(not(unix))]
        let _ = dir;
        Ok(())
    }

    fn exists(&self, path: &Path) -> io::Result<bool> {
        path.try_exists()
    }
}

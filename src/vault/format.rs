//! The bytes of one draft file: a header, then the draft encrypted with XChaCha20-Poly1305.
//!
//! ```text
//! offset  len  field
//!      0    8  magic "FV-DRAFT"
//!      8    2  format version, big-endian (1)
//!     10   24  nonce, random for every save
//!     34    n  ciphertext of the payload (see `draft.rs`)
//!   34+n   16  Poly1305 tag
//! ```
//!
//! The whole header is the AEAD's associated data, so changing any byte of the file (magic,
//! version, nonce, ciphertext or tag) fails authentication. XChaCha's 192-bit nonce is large
//! enough to draw at random on every save with one key for the life of an installation.
//!
//! Migration: a later format bumps [`FORMAT_VERSION`]; [`open`] keeps reading every older
//! version and reports which one it read, `draft.rs` upgrades that payload to the current
//! model, and the next save writes the current version. A file from a newer version is
//! refused untouched.

use chacha20poly1305::{AeadInOut, KeyInit, Tag, XChaCha20Poly1305, XNonce};
use zeroize::{Zeroize, Zeroizing};

use super::secret::{fill_random, DataKey, KEY_LEN};
use super::VaultError;

/// The first bytes of every draft file.
pub const MAGIC: [u8; 8] = *b"FV-DRAFT";
/// The format this version of the app writes.
pub const FORMAT_VERSION: u16 = 1;
/// XChaCha20-Poly1305's nonce length.
pub const NONCE_LEN: usize = 24;
/// Poly1305's tag length.
pub const TAG_LEN: usize = 16;
/// Magic, version and nonce.
pub const HEADER_LEN: usize = MAGIC.len() + 2 + NONCE_LEN;
/// The largest draft file the app writes or reads (64 MiB, sixty times a very long
/// contribution). A larger file is refused before it is read into memory.
pub const MAX_FILE_LEN: u64 = 64 * 1024 * 1024;

/// A decrypted file: the format version it was written in and the payload, wiped when dropped.
pub(crate) struct Opened {
    pub version: u16,
    pub plaintext: Zeroizing<Vec<u8>>,
}

/// Encrypts a payload into the bytes of a draft file of the current version.
pub(crate) fn seal(key: &DataKey, plaintext: &[u8]) -> Result<Vec<u8>, VaultError> {
    let total = HEADER_LEN + plaintext.len() + TAG_LEN;
    if total as u64 > MAX_FILE_LEN {
        return Err(VaultError::TooLarge);
    }
    let mut nonce = [0u8; NONCE_LEN];
    fill_random(&mut nonce)?;
    // Sized once, so the plaintext copied in is never left behind by a reallocation.
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_be_bytes());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(plaintext);
    let (header, body) = out.split_at_mut(HEADER_LEN);
    match seal_detached(key.expose_secret(), &nonce, header, body) {
        Ok(tag) => {
            out.extend_from_slice(&tag);
            Ok(out)
        }
        Err(e) => {
            out.zeroize();
            Err(e)
        }
    }
}

/// Checks the header and decrypts. Foreign files, newer versions and any change to any byte
/// are errors, never panics.
pub(crate) fn open(key: &DataKey, bytes: &[u8]) -> Result<Opened, VaultError> {
    if bytes.len() as u64 > MAX_FILE_LEN {
        return Err(VaultError::TooLarge);
    }
    if bytes.len() < MAGIC.len() {
        // A cut-off draft starts like one; anything else is someone else's file.
        return Err(if MAGIC.starts_with(bytes) { VaultError::Damaged } else { VaultError::Foreign });
    }
    if bytes[..MAGIC.len()] != MAGIC {
        return Err(VaultError::Foreign);
    }
    if bytes.len() < HEADER_LEN + TAG_LEN {
        return Err(VaultError::Damaged);
    }
    let version = u16::from_be_bytes([bytes[MAGIC.len()], bytes[MAGIC.len() + 1]]);
    match version {
        0 => Err(VaultError::Damaged),
        1 => {
            let (header, rest) = bytes.split_at(HEADER_LEN);
            let (ciphertext, tag) = rest.split_at(rest.len() - TAG_LEN);
            let nonce = &header[MAGIC.len() + 2..];
            let mut plaintext = Zeroizing::new(ciphertext.to_vec());
            open_detached(key.expose_secret(), nonce, header, &mut plaintext, tag)?;
            Ok(Opened { version, plaintext })
        }
        _ => Err(VaultError::NewerVersion),
    }
}

/// Encrypts `buf` in place under `key`, returning the tag. Shared with the key file.
pub(crate) fn seal_detached(
    key: &[u8; KEY_LEN],
    nonce: &[u8],
    aad: &[u8],
    buf: &mut [u8],
) -> Result<[u8; TAG_LEN], VaultError> {
    let cipher = XChaCha20Poly1305::new_from_slice(key).map_err(|_| VaultError::Damaged)?;
    let nonce = XNonce::try_from(nonce).map_err(|_| VaultError::Damaged)?;
    let tag = cipher.encrypt_inout_detached(&nonce, aad, buf.into()).map_err(|_| VaultError::TooLarge)?;
    let mut out = [0u8; TAG_LEN];
    out.copy_from_slice(&tag);
    Ok(out)
}

/// Decrypts `buf` in place under `key` if `tag` proves it unchanged; otherwise
/// [`VaultError::Damaged`] and `buf` is wiped. Shared with the key file.
pub(crate) fn open_detached(
    key: &[u8; KEY_LEN],
    nonce: &[u8],
    aad: &[u8],
    buf: &mut [u8],
    tag: &[u8],
) -> Result<(), VaultError> {
    let cipher = XChaCha20Poly1305::new_from_slice(key).map_err(|_| VaultError::Damaged)?;
    let nonce = XNonce::try_from(nonce).map_err(|_| VaultError::Damaged)?;
    let tag = Tag::try_from(tag).map_err(|_| VaultError::Damaged)?;
    cipher.decrypt_inout_detached(&nonce, aad, (&mut *buf).into(), &tag).map_err(|_| {
        buf.zeroize();
        VaultError::Damaged
    })
}

//! The file format of one draft: a header (magic bytes, format version, nonce) and then the
//! draft encrypted with XChaCha20-Poly1305, the header bound in as associated data so that
//! changing any byte of it is caught like changing the ciphertext.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};

use super::key::DataKey;
use super::VaultError;

/// The first bytes of every draft file.
pub const MAGIC: &[u8; 8] = b"FVDRAFT\0";
/// The format this version writes. Version 1 is the only one so far; a later one adds a
/// migration from it in [`open_sealed`].
pub const FORMAT_VERSION: u16 = 1;
const NONCE_LEN: usize = 24;
/// Magic, version (2 bytes, little-endian) and nonce.
pub const HEADER_LEN: usize = MAGIC.len() + 2 + NONCE_LEN;

/// Encrypts a draft's bytes under the data key with a fresh random nonce.
pub fn seal(key: &DataKey, plaintext: &[u8]) -> Result<Vec<u8>, VaultError> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).map_err(|_| VaultError::Io(std::io::ErrorKind::Other))?;
    let mut out = Vec::with_capacity(HEADER_LEN + plaintext.len() + 16);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&nonce);
    let cipher = XChaCha20Poly1305::new(&Key::from(*key.bytes()));
    let sealed = cipher
        .encrypt(&XNonce::from(nonce), Payload { msg: plaintext, aad: &out })
        .map_err(|_| VaultError::Io(std::io::ErrorKind::Other))?;
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Checks the header and decrypts. Foreign files, newer formats and any change to any byte
/// are errors, never panics.
pub fn open_sealed(key: &DataKey, bytes: &[u8]) -> Result<Vec<u8>, VaultError> {
    if bytes.len() < HEADER_LEN || &bytes[..MAGIC.len()] != MAGIC {
        return Err(VaultError::Foreign);
    }
    let version = u16::from_le_bytes([bytes[MAGIC.len()], bytes[MAGIC.len() + 1]]);
    if version > FORMAT_VERSION {
        return Err(VaultError::NewerVersion(version));
    }
    if version == 0 {
        return Err(VaultError::Foreign);
    }
    let (header, ciphertext) = bytes.split_at(HEADER_LEN);
    let nonce: [u8; NONCE_LEN] = header[MAGIC.len() + 2..].try_into().expect("the header has a whole nonce");
    let cipher = XChaCha20Poly1305::new(&Key::from(*key.bytes()));
    cipher.decrypt(&XNonce::from(nonce), Payload { msg: ciphertext, aad: header }).map_err(|_| VaultError::Damaged)
}

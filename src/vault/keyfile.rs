//! The small key file in the drafts folder (`vault.key`). It never holds the data key in the
//! clear. It says where the key is (keychain, passphrase or both), names the keychain entry,
//! proves a key is the right one before anything is decrypted with it, and, in passphrase mode,
//! holds the data key wrapped with a key derived from the passphrase by Argon2id.
//!
//! ```text
//! offset  len  field
//!      0    8  magic "FV-KEYS\0"
//!      8    2  version, big-endian (1)
//!     10   16  installation id: names the keychain entry, so two folders never share one
//!     26    1  flags: 1 = the keychain holds the key, 2 = a passphrase wraps it
//!     27   24  check nonce
//!     51   16  check tag: XChaCha20-Poly1305 of nothing under the data key, bytes 0..27 as
//!              associated data (a wrong key, or a changed flag, fails it)
//! only with flag 2:
//!     67   12  Argon2id memory (KiB), passes, lanes: u32 big-endian each
//!     79   16  salt
//!     95   24  wrap nonce
//!    119   48  the data key encrypted under the passphrase key (+ tag); associated data is
//!              bytes 0..26 and 67..95, so the flags can change without the passphrase
//! only with flag 4 (version 2; a version 1 app then says to update rather than misread it):
//!    167  100  the same again, the key wrapped with the recovery code instead; its associated
//!              data ends with "recovery", so neither wrap can stand in for the other
//! ```

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use super::format::{open_detached, seal_detached, NONCE_LEN, TAG_LEN};
use super::secret::{fill_random, hex, DataKey, Passphrase, RecoveryCode, KEY_LEN};
use super::VaultError;

/// The key file's name in the drafts folder.
pub(crate) const KEY_FILE_NAME: &str = "vault.key";
/// Its second copy, written after the first: one damaged byte in either never costs the drafts.
/// Both carry their own keyed check, so the key itself says which copy is right.
pub(crate) const KEY_COPY_NAME: &str = "vault.key.copy";

const MAGIC: [u8; 8] = *b"FV-KEYS\0";
/// Files without a recovery wrap stay at version 1, so an app from before recovery codes still
/// opens them; a recovery wrap makes the file version 2.
const VERSION: u16 = 1;
const VERSION_WITH_RECOVERY: u16 = 2;
pub(crate) const ID_LEN: usize = 16;
const SALT_LEN: usize = 16;
const FLAG_KEYCHAIN: u8 = 1;
const FLAG_PASSPHRASE: u8 = 2;
const FLAG_RECOVERY: u8 = 4;
/// Ends the recovery wrap's associated data.
const RECOVERY_LABEL: &[u8] = b"recovery";
const FLAGS_AT: usize = MAGIC.len() + 2 + ID_LEN;
const CHECK_AAD_LEN: usize = FLAGS_AT + 1;
const BASE_LEN: usize = CHECK_AAD_LEN + NONCE_LEN + TAG_LEN;
const PARAMS_LEN: usize = 12;
const WRAP_LEN: usize = PARAMS_LEN + SALT_LEN + NONCE_LEN + KEY_LEN + TAG_LEN;

/// Argon2id cost for new passphrases: 64 MiB and 3 passes (RFC 9106's second recommendation,
/// one lane), about a quarter of a second on a modest laptop. Stored in the file, so it can
/// rise later without breaking older files.
const M_COST_KIB: u32 = 64 * 1024;
const T_COST: u32 = 3;
const P_COST: u32 = 1;
/// Bounds on the cost read from a file, so a changed file cannot make unlocking take all the
/// memory or hours.
const MAX_M_COST_KIB: u32 = 1024 * 1024;
const MAX_T_COST: u32 = 16;
const MAX_P_COST: u32 = 8;

/// The data key wrapped by a passphrase.
#[derive(Clone)]
struct Wrap {
    m_cost: u32,
    t_cost: u32,
    p_cost: u32,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
    wrapped: [u8; KEY_LEN + TAG_LEN],
}

/// The parsed key file.
#[derive(Clone)]
pub(crate) struct KeyFile {
    install_id: [u8; ID_LEN],
    in_keychain: bool,
    check_nonce: [u8; NONCE_LEN],
    check_tag: [u8; TAG_LEN],
    wrap: Option<Wrap>,
    /// The key wrapped by the recovery code, with a passphrase only.
    recovery: Option<Wrap>,
}

impl KeyFile {
    /// A key file for a new data key, opened by the keychain, a passphrase (and its recovery
    /// code), or both.
    pub fn new(
        key: &DataKey,
        in_keychain: bool,
        passphrase: Option<&Passphrase>,
        recovery: Option<&RecoveryCode>,
    ) -> Result<Self, VaultError> {
        let mut install_id = [0u8; ID_LEN];
        fill_random(&mut install_id)?;
        let mut file = Self {
            install_id,
            in_keychain,
            check_nonce: [0; NONCE_LEN],
            check_tag: [0; TAG_LEN],
            wrap: None,
            recovery: None,
        };
        match passphrase {
            Some(passphrase) => file.with_passphrase(key, passphrase, recovery),
            None => {
                file.seal_check(key)?;
                Ok(file)
            }
        }
    }

    /// The keychain account that holds this installation's key.
    pub fn account(&self) -> String {
        Self::account_of(&self.install_id)
    }

    /// Whether the keychain is meant to hold the key.
    pub fn in_keychain(&self) -> bool {
        self.in_keychain
    }

    /// Whether a passphrase can open the drafts.
    pub fn has_passphrase(&self) -> bool {
        self.wrap.is_some()
    }

    /// Whether a recovery code can open the drafts.
    pub fn has_recovery(&self) -> bool {
        self.recovery.is_some()
    }

    /// The same file with a new passphrase (replacing any old one) and, if given, a new
    /// recovery code (replacing any old one; without one, an old one is kept). Both wraps bind
    /// the file's version, which a recovery code makes 2, so they are made together.
    pub fn with_passphrase(
        &self,
        key: &DataKey,
        passphrase: &Passphrase,
        recovery: Option<&RecoveryCode>,
    ) -> Result<Self, VaultError> {
        passphrase.check_strength()?;
        let mut file = self.clone();
        if recovery.is_some() && file.recovery.is_none() {
            // Version 2 from here on, before either wrap binds it.
            file.recovery = Some(Wrap::placeholder());
        }
        file.wrap = Some(file.wrap_key(key, passphrase.expose(), false)?);
        if let Some(code) = recovery {
            file.recovery = Some(file.wrap_key(key, code.expose(), true)?);
        }
        file.seal_check(key)?;
        Ok(file)
    }

    /// The same file, now saying the keychain holds the key.
    pub fn with_keychain(&self, key: &DataKey) -> Result<Self, VaultError> {
        let mut file = self.clone();
        file.in_keychain = true;
        file.seal_check(key)?;
        Ok(file)
    }

    /// The same file, now saying only the passphrase opens the drafts (the keychain entry is
    /// forgotten once this is written).
    pub fn without_keychain(&self, key: &DataKey) -> Result<Self, VaultError> {
        let mut file = self.clone();
        file.in_keychain = false;
        file.seal_check(key)?;
        Ok(file)
    }

    /// The same file with its check sealed again under `key`: after the check itself was
    /// damaged and the key was proven another way.
    pub fn resealed(&self, key: &DataKey) -> Result<Self, VaultError> {
        let mut file = self.clone();
        file.seal_check(key)?;
        Ok(file)
    }

    /// Whether `key` is the data key of these drafts.
    pub fn verify(&self, key: &DataKey) -> Result<(), VaultError> {
        let aad = self.check_aad();
        open_detached(key.expose_secret(), &self.check_nonce, &aad, &mut [], &self.check_tag)
    }

    /// The data key, unwrapped with the passphrase. The wrap's own tag proves the passphrase;
    /// the store then proves the key against the check, or against the drafts themselves when
    /// the check was damaged.
    pub fn unwrap_key(&self, passphrase: &Passphrase) -> Result<DataKey, VaultError> {
        let wrap = self.wrap.as_ref().ok_or(VaultError::NoPassphrase)?;
        for form in passphrase.forms() {
            if let Some(key) = self.unwrap_with(wrap, form, false)? {
                return Ok(key);
            }
        }
        Err(VaultError::WrongPassphrase)
    }

    /// The data key, unwrapped with the recovery code.
    pub fn unwrap_recovery(&self, code: &RecoveryCode) -> Result<DataKey, VaultError> {
        let wrap = self.recovery.as_ref().ok_or(VaultError::WrongRecoveryCode)?;
        self.unwrap_with(wrap, code.expose(), true)?.ok_or(VaultError::WrongRecoveryCode)
    }

    /// The key under `wrap`, or `None` if `secret` does not open it.
    fn unwrap_with(&self, wrap: &Wrap, secret: &[u8], recovery: bool) -> Result<Option<DataKey>, VaultError> {
        let (ciphertext, tag) = wrap.wrapped.split_at(KEY_LEN);
        let kek = derive(secret, wrap)?;
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        key.copy_from_slice(ciphertext);
        if open_detached(&kek, &wrap.nonce, &self.wrap_aad(wrap, recovery), &mut key[..], tag).is_ok() {
            return DataKey::from_slice(&key[..]).map(Some).ok_or(VaultError::Damaged);
        }
        Ok(None)
    }

    /// A key file for a key that was proven against the drafts after every copy of this file
    /// was damaged: the same installation (so the same keychain entry), the keychain's word
    /// for where the key is, and a fresh check.
    pub fn rebuilt(install_id: [u8; ID_LEN], key: &DataKey) -> Result<Self, VaultError> {
        let mut file = Self {
            install_id,
            in_keychain: true,
            check_nonce: [0; NONCE_LEN],
            check_tag: [0; TAG_LEN],
            wrap: None,
            recovery: None,
        };
        file.seal_check(key)?;
        Ok(file)
    }

    /// The installation id of a key file too damaged to read, if its start is still whole:
    /// enough to ask the keychain for the key, which the drafts then prove or refute.
    pub fn salvage_install_id(bytes: &[u8]) -> Option<[u8; ID_LEN]> {
        if bytes.get(..MAGIC.len())? != MAGIC {
            return None;
        }
        bytes.get(MAGIC.len() + 2..MAGIC.len() + 2 + ID_LEN)?.try_into().ok()
    }

    /// The keychain account for an installation id.
    pub fn account_of(install_id: &[u8; ID_LEN]) -> String {
        format!("drafts-{}", hex(install_id))
    }

    /// This file's installation id.
    pub fn install_id(&self) -> [u8; ID_LEN] {
        self.install_id
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.check_aad();
        out.extend_from_slice(&self.check_nonce);
        out.extend_from_slice(&self.check_tag);
        for wrap in [&self.wrap, &self.recovery].into_iter().flatten() {
            out.extend_from_slice(&wrap_params(wrap));
            out.extend_from_slice(&wrap.nonce);
            out.extend_from_slice(&wrap.wrapped);
        }
        out
    }

    /// Reads a key file; a file of a newer version or any other shape is an error, never a panic.
    pub fn parse(bytes: &[u8]) -> Result<Self, VaultError> {
        if bytes.len() < MAGIC.len() || bytes[..MAGIC.len()] != MAGIC {
            return Err(VaultError::Damaged);
        }
        if bytes.len() < FLAGS_AT + 1 {
            return Err(VaultError::Damaged);
        }
        let version = u16::from_be_bytes([bytes[8], bytes[9]]);
        match version {
            VERSION | VERSION_WITH_RECOVERY => {}
            0 => return Err(VaultError::Damaged),
            _ => return Err(VaultError::NewerVersion),
        }
        let flags = bytes[FLAGS_AT];
        let has_wrap = flags & FLAG_PASSPHRASE != 0;
        let has_recovery = flags & FLAG_RECOVERY != 0;
        let expected = BASE_LEN + WRAP_LEN * (usize::from(has_wrap) + usize::from(has_recovery));
        if flags == 0
            || flags & !(FLAG_KEYCHAIN | FLAG_PASSPHRASE | FLAG_RECOVERY) != 0
            || (has_recovery && !has_wrap)
            || has_recovery != (version == VERSION_WITH_RECOVERY)
            || bytes.len() != expected
        {
            return Err(VaultError::Damaged);
        }
        let mut reader = Reader { bytes, at: MAGIC.len() + 2 };
        let install_id = reader.array()?;
        reader.at += 1;
        let check_nonce = reader.array()?;
        let check_tag = reader.array()?;
        let wrap = if has_wrap { Some(reader.wrap()?) } else { None };
        let recovery = if has_recovery { Some(reader.wrap()?) } else { None };
        Ok(Self { install_id, in_keychain: flags & FLAG_KEYCHAIN != 0, check_nonce, check_tag, wrap, recovery })
    }

    fn flags(&self) -> u8 {
        let mut flags = 0;
        if self.in_keychain {
            flags |= FLAG_KEYCHAIN;
        }
        if self.wrap.is_some() {
            flags |= FLAG_PASSPHRASE;
        }
        if self.recovery.is_some() {
            flags |= FLAG_RECOVERY;
        }
        flags
    }

    /// Magic, version, installation id and flags: what the check binds.
    fn check_aad(&self) -> Vec<u8> {
        let mut aad = Vec::with_capacity(BASE_LEN + WRAP_LEN + RECOVERY_LABEL.len());
        aad.extend_from_slice(&MAGIC);
        let version = if self.recovery.is_some() { VERSION_WITH_RECOVERY } else { VERSION };
        aad.extend_from_slice(&version.to_be_bytes());
        aad.extend_from_slice(&self.install_id);
        aad.push(self.flags());
        aad
    }

    fn wrap_aad(&self, wrap: &Wrap, recovery: bool) -> Vec<u8> {
        let mut aad = self.check_aad();
        aad.pop();
        aad.extend_from_slice(&wrap_params(wrap));
        if recovery {
            aad.extend_from_slice(RECOVERY_LABEL);
        }
        aad
    }

    fn seal_check(&mut self, key: &DataKey) -> Result<(), VaultError> {
        fill_random(&mut self.check_nonce)?;
        self.check_tag = seal_detached(key.expose_secret(), &self.check_nonce, &self.check_aad(), &mut [])?;
        Ok(())
    }

    /// The key wrapped under `secret` (a passphrase, or with `recovery` the recovery code).
    fn wrap_key(&self, key: &DataKey, secret: &[u8], recovery: bool) -> Result<Wrap, VaultError> {
        let mut wrap = Wrap::placeholder();
        fill_random(&mut wrap.salt)?;
        fill_random(&mut wrap.nonce)?;
        let kek = derive(secret, &wrap)?;
        let mut sealed = Zeroizing::new(*key.expose_secret());
        let tag = seal_detached(&kek, &wrap.nonce, &self.wrap_aad(&wrap, recovery), &mut sealed[..])?;
        wrap.wrapped[..KEY_LEN].copy_from_slice(&sealed[..]);
        wrap.wrapped[KEY_LEN..].copy_from_slice(&tag);
        Ok(wrap)
    }
}

impl Wrap {
    /// A wrap at today's cost, before its salt, nonce and key are filled in.
    fn placeholder() -> Self {
        Self {
            m_cost: M_COST_KIB,
            t_cost: T_COST,
            p_cost: P_COST,
            salt: [0; SALT_LEN],
            nonce: [0; NONCE_LEN],
            wrapped: [0; KEY_LEN + TAG_LEN],
        }
    }
}

/// Cost and salt: the part of the wrap the associated data binds.
fn wrap_params(wrap: &Wrap) -> Vec<u8> {
    let mut out = Vec::with_capacity(PARAMS_LEN + SALT_LEN);
    out.extend_from_slice(&wrap.m_cost.to_be_bytes());
    out.extend_from_slice(&wrap.t_cost.to_be_bytes());
    out.extend_from_slice(&wrap.p_cost.to_be_bytes());
    out.extend_from_slice(&wrap.salt);
    out
}

/// The passphrase key: Argon2id over the passphrase and the file's salt.
fn derive(passphrase: &[u8], wrap: &Wrap) -> Result<Zeroizing<[u8; KEY_LEN]>, VaultError> {
    let params = Params::new(wrap.m_cost, wrap.t_cost, wrap.p_cost, Some(KEY_LEN)).map_err(|_| VaultError::Damaged)?;
    let mut kek = Zeroizing::new([0u8; KEY_LEN]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase, &wrap.salt, &mut kek[..])
        .map_err(|_| VaultError::Damaged)?;
    Ok(kek)
}

/// Reads fixed-size fields one after another; lengths were checked before.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn array<const N: usize>(&mut self) -> Result<[u8; N], VaultError> {
        let field = self.bytes.get(self.at..self.at + N).ok_or(VaultError::Damaged)?;
        self.at += N;
        field.try_into().map_err(|_| VaultError::Damaged)
    }

    /// A wrap, with its cost within the bounds a key file may ask for.
    fn wrap(&mut self) -> Result<Wrap, VaultError> {
        let wrap = Wrap {
            m_cost: u32::from_be_bytes(self.array()?),
            t_cost: u32::from_be_bytes(self.array()?),
            p_cost: u32::from_be_bytes(self.array()?),
            salt: self.array()?,
            nonce: self.array()?,
            wrapped: self.array()?,
        };
        if wrap.m_cost > MAX_M_COST_KIB || wrap.t_cost > MAX_T_COST || wrap.p_cost > MAX_P_COST {
            return Err(VaultError::Damaged);
        }
        Ok(wrap)
    }
}

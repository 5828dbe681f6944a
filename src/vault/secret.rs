//! Key material and passphrases: kept in one place on the heap, wiped when dropped, printed as
//! `<redacted>`, and with no `Serialize` or `Clone`, so they cannot reach a log, the UI or a
//! second copy by accident.

use unicode_normalization::UnicodeNormalization;
use zeroize::{Zeroize, Zeroizing};

use super::VaultError;

/// Length of the data key in bytes (256 bits).
pub const KEY_LEN: usize = 32;

/// The fewest characters a passphrase may have. Argon2id makes each guess slow, but a very
/// short passphrase can still be guessed by someone with the computer for a weekend.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The 256-bit key that encrypts the drafts.
///
/// Boxed so that moving it never leaves copies of the bytes on the stack; wiped on drop.
pub struct DataKey(Box<[u8; KEY_LEN]>);

impl DataKey {
    /// A new key from the operating system's secure random source.
    pub fn generate() -> Result<Self, VaultError> {
        let mut key = Box::new([0u8; KEY_LEN]);
        fill_random(&mut key[..])?;
        Ok(Self(key))
    }

    /// A key from bytes the caller already holds (a test fixture, a fuzz target). The caller's
    /// copy is the caller's to wipe.
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Self(Box::new(bytes))
    }

    /// A key copied from a slice (which the caller wipes); `None` unless it is exactly
    /// [`KEY_LEN`] bytes.
    pub(crate) fn from_slice(bytes: &[u8]) -> Option<Self> {
        let mut key = Box::new([0u8; KEY_LEN]);
        if bytes.len() != KEY_LEN {
            return None;
        }
        key.copy_from_slice(bytes);
        Some(Self(key))
    }

    /// The key's bytes, for the cipher and for a [`Keychain`](super::Keychain) to file them.
    /// Named so that every use stands out in review.
    pub fn expose_secret(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

impl Drop for DataKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

/// A passphrase the family chose, wiped from memory when dropped and never printed.
pub struct Passphrase {
    /// In Unicode's composed form (NFC).
    text: Zeroizing<String>,
    /// As it arrived, where that differs: a passphrase set before the app normalised them was
    /// wrapped with these bytes, and must still open its drafts.
    as_typed: Option<Zeroizing<String>>,
}

impl Passphrase {
    /// Wraps the passphrase as it arrives from the UI, in Unicode's composed form (NFC): the same
    /// words typed on two keyboards (Arabic-script and Indic ones above all) can arrive as
    /// different sequences of code points, and must make the same key. Nothing else changes:
    /// trimming or changing case would make a different key.
    pub fn new(text: String) -> Self {
        let typed = Zeroizing::new(text);
        // Room for the composed form up front, so no copy of it is left behind by growing.
        let mut composed = Zeroizing::new(String::with_capacity(typed.len() * 3));
        composed.extend(typed.nfc());
        let as_typed = (*composed != *typed).then_some(typed);
        Self { text: composed, as_typed }
    }

    /// Whether it is long enough to protect the drafts, counted in characters as a person
    /// counts them, not bytes.
    pub(crate) fn check_strength(&self) -> Result<(), VaultError> {
        if self.text.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(VaultError::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS });
        }
        Ok(())
    }

    /// The bytes a new wrap is made with: the composed form.
    pub(crate) fn expose(&self) -> &[u8] {
        self.text.as_bytes()
    }

    /// The bytes an existing wrap may have been made with: the composed form, then the form as
    /// typed where it differs.
    pub(crate) fn forms(&self) -> impl Iterator<Item = &[u8]> {
        std::iter::once(self.text.as_bytes()).chain(self.as_typed.as_ref().map(|t| t.as_bytes()))
    }
}

impl From<String> for Passphrase {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// The code on the recovery sheet: a second way to unwrap the key, for a family that forgot
/// their passphrase. Twenty symbols of Crockford's base 32 (digits and capitals without I, L, O
/// and U, which are read as 1, 1, 0 and V), so 100 random bits, printed in groups of four.
/// Wiped when dropped and never printed by `Debug`.
pub struct RecoveryCode(Zeroizing<String>);

/// The symbols a recovery code is written in.
const RECOVERY_SYMBOLS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// How many symbols a recovery code has.
pub const RECOVERY_CODE_LEN: usize = 20;

impl RecoveryCode {
    /// A new code from the operating system's secure random source.
    pub fn generate() -> Result<Self, VaultError> {
        let mut bytes = Zeroizing::new([0u8; RECOVERY_CODE_LEN]);
        fill_random(&mut bytes[..])?;
        // 256 is a multiple of 32, so each symbol is uniform.
        let code = bytes.iter().map(|b| char::from(RECOVERY_SYMBOLS[usize::from(b & 31)])).collect();
        Ok(Self(Zeroizing::new(code)))
    }

    /// A code as the family typed it from the sheet: spaces, dashes and case do not matter, and
    /// letters that look like digits are read as the digits (O as 0, I and L as 1). Anything
    /// else, or the wrong length, is [`VaultError::WrongRecoveryCode`].
    pub fn parse(typed: &str) -> Result<Self, VaultError> {
        let mut code = Zeroizing::new(String::with_capacity(RECOVERY_CODE_LEN));
        for c in typed.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '–' | '—')) {
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                'U' => 'V',
                c => c,
            };
            if !c.is_ascii() || !RECOVERY_SYMBOLS.contains(&(c as u8)) || code.len() == RECOVERY_CODE_LEN {
                return Err(VaultError::WrongRecoveryCode);
            }
            code.push(c);
        }
        if code.len() != RECOVERY_CODE_LEN {
            return Err(VaultError::WrongRecoveryCode);
        }
        Ok(Self(code))
    }

    /// The code as the sheet prints it, in groups of four: "7KQ2-…".
    pub fn grouped(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(RECOVERY_CODE_LEN + RECOVERY_CODE_LEN / 4));
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    /// The bytes the key is wrapped with: the twenty symbols, without dashes.
    pub(crate) fn expose(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(<redacted>)")
    }
}

/// Fills `buf` from the operating system's secure random source.
pub(crate) fn fill_random(buf: &mut [u8]) -> Result<(), VaultError> {
    getrandom::fill(buf).map_err(|_| VaultError::RandomUnavailable)
}

/// Random bytes as lowercase hex: draft ids and installation ids.
pub(crate) fn random_hex<const N: usize>() -> Result<String, VaultError> {
    let mut bytes = [0u8; N];
    fill_random(&mut bytes)?;
    Ok(hex(&bytes))
}

/// Lowercase hex of some bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Passphrase, RecoveryCode};

    #[test]
    fn a_recovery_code_reads_back_however_it_was_copied_out() {
        let code = RecoveryCode::generate().unwrap();
        let grouped = code.grouped();
        assert_eq!(grouped.len(), 24);
        assert_eq!(grouped.matches('-').count(), 4);
        for typed in [grouped.to_string(), grouped.to_lowercase(), grouped.replace('-', " ")] {
            assert_eq!(RecoveryCode::parse(&typed).unwrap().expose(), code.expose(), "{typed}");
        }
        assert_eq!(RecoveryCode::parse("oil0-1111-2222-3333-4444").unwrap().expose(), b"01101111222233334444");
        for wrong in
            ["", "ABCD-EFGH", "ABCD-EFGH-JKMN-PQRS-TVWX-Y", "ABCD-EFGH-JKMN-PQRS-TVW!", "ÄBCD-EFGH-JKMN-PQRS-TVWX"]
        {
            assert!(RecoveryCode::parse(wrong).is_err(), "{wrong}");
        }
    }

    /// A wrap made before passphrases were composed used the bytes as typed: unlocking tries the
    /// composed form first and then those, so an older passphrase still opens its drafts.
    #[test]
    fn a_passphrase_offers_its_composed_form_then_the_form_it_was_typed_in() {
        let forms = |typed: &str| Passphrase::new(typed.into()).forms().map(<[u8]>::to_vec).collect::<Vec<_>>();
        let in_pieces = "a\u{627}\u{653} e\u{301}";
        let composed = "a\u{622} \u{e9}";
        assert_eq!(forms(in_pieces), [composed.as_bytes(), in_pieces.as_bytes()]);
        assert_eq!(forms(composed), [composed.as_bytes()]);
    }
}

//! What a draft is: a small record the start screen lists (`meta`) and what the person wrote
//! (`body`), stored together as one JSON payload inside the encrypted file.
//!
//! Payload (format 1):
//! ```json
//! { "meta": { "id": "…", "label": "…", "kind": "parent", "created": "…", "updated": "…" },
//!   "body": { …the parent's Contribution, or the child's journey… } }
//! ```
//! `meta.kind` says how to read `body`, so one store and one file format serve both journeys.
//! A kind this version does not know is reported as written by a newer version, never as damage. The label is inside the encryption too: "Mum — initial
//! conference, 3 December" is itself private.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::format::{self, Opened};
use super::secret::{random_hex, DataKey};
use super::VaultError;
use crate::child::{self, ChildViews};
use crate::contribution::{self, Contribution};

/// Whose draft it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DraftKind {
    /// A parent's or carer's contribution.
    Parent,
    /// A child's or young person's own views.
    Child,
}

/// What the start screen lists about a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DraftMeta {
    /// The draft's id: 32 lowercase hex digits, also its file name. Made by the app, never by
    /// the family, so it can never name another folder.
    pub id: String,
    /// The name the family gave it, e.g. "Mum — initial conference, 3 December".
    pub label: String,
    /// Whose draft it is; always matches the body.
    pub kind: DraftKind,
    /// When it was started.
    pub created: DateTime<Utc>,
    /// When it was last saved.
    pub updated: DateTime<Utc>,
}

/// What the draft holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, reason = "the child's model will be as large; a box would only add a step")]
pub enum DraftBody {
    /// A parent's or carer's contribution.
    Parent(Contribution),
    /// A child's or young person's own views.
    Child(ChildViews),
}

impl DraftBody {
    /// Whose draft this body belongs to.
    pub fn kind(&self) -> DraftKind {
        match self {
            DraftBody::Parent(_) => DraftKind::Parent,
            DraftBody::Child(_) => DraftKind::Child,
        }
    }
}

/// One draft: what is listed about it, and what it holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// What is listed about it.
    pub meta: DraftMeta,
    /// What it holds.
    pub body: DraftBody,
}

/// The payload as it is read, before `meta.kind` says what the body is.
#[derive(Deserialize)]
struct RawPayload {
    meta: RawMeta,
    body: serde_json::Value,
}

/// `meta` with its kind still a string, so an unknown kind can be told from damage.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawMeta {
    id: String,
    label: String,
    kind: String,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
}

/// Whether `id` is one the app could have made. Checked before an id becomes part of a path.
pub fn is_valid_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A new random draft id.
pub(crate) fn new_id() -> Result<String, VaultError> {
    random_hex::<16>()
}

/// Encrypts a draft into the bytes of a draft file (the current format).
pub fn encode_draft(key: &DataKey, draft: &Draft) -> Result<Vec<u8>, VaultError> {
    let plaintext = Zeroizing::new(serde_json::to_vec(draft).map_err(|_| VaultError::Damaged)?);
    format::seal(key, &plaintext)
}

/// Encrypts raw payload bytes into a draft file of the current format without checking that
/// they are a draft: for format tests and the fuzz target, which need files whose inside is
/// wrong. The app itself uses [`encode_draft`].
pub fn seal_payload(key: &DataKey, payload: &[u8]) -> Result<Vec<u8>, VaultError> {
    format::seal(key, payload)
}

/// Decrypts and reads the bytes of a draft file of any version this app knows, upgraded to the
/// current model. This is the draft loader the fuzz target drives: every input is an error or
/// a draft, never a panic.
pub fn decode_draft(key: &DataKey, bytes: &[u8]) -> Result<Draft, VaultError> {
    let Opened { version, plaintext } = format::open(key, bytes)?;
    match version {
        1 => decode_payload_v1(&plaintext),
        _ => Err(VaultError::NewerVersion),
    }
}

fn decode_payload_v1(plaintext: &[u8]) -> Result<Draft, VaultError> {
    let raw: RawPayload = serde_json::from_slice(plaintext).map_err(|_| VaultError::Damaged)?;
    let kind = match raw.meta.kind.as_str() {
        "parent" => DraftKind::Parent,
        "child" => DraftKind::Child,
        _ => return Err(VaultError::NewerVersion),
    };
    if !is_valid_id(&raw.meta.id) {
        return Err(VaultError::Damaged);
    }
    let body = match kind {
        DraftKind::Parent => DraftBody::Parent(parse_contribution(raw.body)?),
        DraftKind::Child => DraftBody::Child(parse_child(raw.body)?),
    };
    let meta = DraftMeta {
        id: raw.meta.id,
        label: raw.meta.label,
        kind,
        created: raw.meta.created,
        updated: raw.meta.updated,
    };
    Ok(Draft { meta, body })
}

/// Like [`parse_contribution`], for a child's views.
fn parse_child(value: serde_json::Value) -> Result<ChildViews, VaultError> {
    let found = value.get("formatVersion").and_then(serde_json::Value::as_u64).ok_or(VaultError::Damaged)?;
    if found > u64::from(child::FORMAT_VERSION) {
        return Err(VaultError::NewerVersion);
    }
    serde_json::from_value(value).map_err(|_| VaultError::Damaged)
}

/// The contribution's own version is checked first, as `Contribution::from_json` does, so a
/// draft from a newer app is reported as such and not as damage.
fn parse_contribution(value: serde_json::Value) -> Result<Contribution, VaultError> {
    let found = value.get("formatVersion").and_then(serde_json::Value::as_u64).ok_or(VaultError::Damaged)?;
    if found > u64::from(contribution::FORMAT_VERSION) {
        return Err(VaultError::NewerVersion);
    }
    serde_json::from_value(value).map_err(|_| VaultError::Damaged)
}

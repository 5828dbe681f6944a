//! The file's last pass, on what printpdf leaves: the day and time it was made (printpdf writes
//! 1 January 1970), none of the empty entries that make readers guess (an empty PDF/X version made
//! some call the file PDF/X), and font subset tags taken from the subset itself, so that two
//! families' PDFs merged into one bundle never share a subset name with different glyphs in it.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};
use lopdf::{Document, Object, ObjectId, StringFormat};
use sha2::{Digest, Sha256};

/// Entries of the document information printpdf always writes, left out when empty.
const EMPTY_UNLESS_SET: [&[u8]; 5] = [b"GTS_PDFXVersion", b"Author", b"Subject", b"Keywords", b"Identifier"];

/// Sets the dates to `made`, drops empty information and gives each font subset its own tag.
pub(super) fn tidy(pdf: &mut Document, made: DateTime<FixedOffset>) {
    if let Ok(info) = pdf.trailer.get(b"Info").and_then(Object::as_reference) {
        if let Ok(Object::Dictionary(info)) = pdf.get_object_mut(info) {
            let stamp = pdf_date(made);
            for key in [&b"CreationDate"[..], b"ModDate"] {
                info.set(key, Object::String(stamp.clone().into_bytes(), StringFormat::Literal));
            }
            for key in EMPTY_UNLESS_SET {
                let empty = match info.get(key) {
                    Ok(Object::String(text, _)) => text.is_empty() || text == b"\xfe\xff",
                    _ => false,
                };
                if empty {
                    info.remove(key);
                }
            }
        }
    }
    retag_subsets(pdf);
}

/// A PDF date: `D:YYYYMMDDHHmmSS+HH'mm'`.
fn pdf_date(made: DateTime<FixedOffset>) -> String {
    let offset = made.offset().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.unsigned_abs();
    format!("D:{}{sign}{:02}'{:02}'", made.format("%Y%m%d%H%M%S"), offset / 3600, offset / 60 % 60)
}

/// Renames every subset `ABCDEF+Family` to a tag made from a hash of its font file: the same
/// glyphs give the same tag, other glyphs another one.
fn retag_subsets(pdf: &mut Document) {
    let mut renamed: HashMap<Vec<u8>, Vec<u8>> = HashMap::new();
    let descriptors: Vec<(Vec<u8>, ObjectId)> = pdf
        .objects
        .values()
        .filter_map(|object| {
            let dict = object.as_dict().ok()?;
            let name = dict.get(b"FontName").and_then(Object::as_name).ok()?;
            let file = dict.get(b"FontFile2").and_then(Object::as_reference).ok()?;
            Some((name.to_vec(), file))
        })
        .collect();
    for (name, file) in descriptors {
        let Some(family) = name.get(7..).filter(|_| name.get(6) == Some(&b'+')) else { continue };
        let Ok(Object::Stream(stream)) = pdf.get_object(file) else { continue };
        let digest = Sha256::digest(&stream.content);
        let mut tagged: Vec<u8> = digest.iter().take(6).map(|b| b'A' + b % 26).collect();
        tagged.push(b'+');
        tagged.extend_from_slice(family);
        renamed.insert(name, tagged);
    }
    for object in pdf.objects.values_mut() {
        let Ok(dict) = object.as_dict_mut() else { continue };
        for key in [&b"FontName"[..], b"BaseFont"] {
            let new = dict.get(key).and_then(Object::as_name).ok().and_then(|name| renamed.get(name)).cloned();
            if let Some(new) = new {
                dict.set(key, Object::Name(new));
            }
        }
    }
}

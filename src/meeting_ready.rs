//! Getting ready for a conference held by video or phone: which checklist items a family sees
//! for the way they join, in their language, and which they have ticked.
//!
//! The checklist shows on the practical page as soon as the family says the meeting is by video,
//! by phone or a mix, right under that choice, because that is the moment they learn they will be
//! joining from home; and it shows again on the guide's page about video and phone meetings,
//! where a family reading about the day looks. Both ask this module, so the items and their
//! ticks are the same in both places. In person, or not sure yet, there is no checklist.

use serde::Serialize;

use crate::contribution::{Contribution, MeetingFormat};
use crate::i18n::Localizer;

/// One thing to get ready, and whether a family joining by video or by phone needs it. Its
/// words are `ready-<id>` in `guide.ftl`.
#[derive(Debug)]
struct Item {
    id: &'static str,
    video: bool,
    phone: bool,
}

/// Every item, in the order a family would do them: the room and things first, the day before,
/// then what to do during the call.
static ITEMS: &[Item] = &[
    Item { id: "private-room", video: true, phone: true },
    Item { id: "headphones", video: true, phone: true },
    Item { id: "device-charged", video: true, phone: false },
    Item { id: "phone-charged", video: false, phone: true },
    Item { id: "link-tested", video: true, phone: false },
    Item { id: "number-tested", video: false, phone: true },
    Item { id: "camera", video: true, phone: false },
    Item { id: "contribution-at-hand", video: true, phone: true },
    Item { id: "call-drops", video: true, phone: true },
    Item { id: "muted", video: true, phone: true },
    Item { id: "break", video: true, phone: true },
    Item { id: "interpreter", video: true, phone: true },
];

/// How the family joins, as far as the checklist cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Joining {
    Video,
    Phone,
}

fn joining(c: &Contribution) -> Option<Joining> {
    match c.about.conference.format? {
        MeetingFormat::Video | MeetingFormat::Mixed => Some(Joining::Video),
        MeetingFormat::Phone => Some(Joining::Phone),
        MeetingFormat::InPerson => None,
    }
}

/// The ids of the items a family joining this way sees, in order; empty when the meeting is in
/// person or the family is not sure yet.
pub fn item_ids(c: &Contribution) -> Vec<&'static str> {
    match joining(c) {
        None => Vec::new(),
        Some(how) => ITEMS
            .iter()
            .filter(|item| match how {
                Joining::Video => item.video,
                Joining::Phone => item.phone,
            })
            .map(|item| item.id)
            .collect(),
    }
}

/// Every item id there is, for the locale test and for checking a saved tick.
pub fn all_item_ids() -> impl Iterator<Item = &'static str> {
    ITEMS.iter().map(|item| item.id)
}

/// The checklist as the screen shows it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Checklist {
    /// The heading: getting ready for a video call, or for a phone call.
    pub title: String,
    /// The words under it.
    pub intro: String,
    /// Each item, in order.
    pub items: Vec<ChecklistItem>,
}

/// One item in words.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItem {
    /// Its stable id, which is what is saved when ticked.
    pub id: &'static str,
    /// What to do.
    pub text: String,
    /// Whether the family has ticked it.
    pub ticked: bool,
}

/// The family's checklist in their language, or `None` when the meeting is in person or they
/// are not sure yet how it will be held.
pub fn checklist(c: &Contribution, loc: &Localizer) -> Option<Checklist> {
    let how = joining(c)?;
    let title = match how {
        Joining::Video => "ready-video-title",
        Joining::Phone => "ready-phone-title",
    };
    Some(Checklist {
        title: loc.msg(title),
        intro: loc.msg("ready-intro"),
        items: item_ids(c)
            .into_iter()
            .map(|id| ChecklistItem { id, text: loc.msg(&format!("ready-{id}")), ticked: c.ready_ticks.contains(id) })
            .collect(),
    })
}

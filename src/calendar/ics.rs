//! The timeline as an iCalendar file (RFC 5545) that a parent can open in the calendar on their
//! phone or computer. Only the words the caller gives go in, so the file says nothing about the
//! family unless the caller asks for a name to be added.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeDelta, Timelike, Utc};

use super::timeline::{Offset, Step, Timeline};

/// The words of one calendar event, already in the family's language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventText {
    /// The event's title, e.g. "You get the reports".
    pub summary: String,
    /// A sentence or two about it.
    pub description: String,
}

/// The zone named on timed events. The app serves families in England, whose conferences are
/// set in UK time; naming the zone keeps the time right on a laptop set to UTC or a phone abroad,
/// which a floating time would not.
const TZID: &str = "Europe/London";

/// UK clock changes since 1996: forward at 01:00 GMT on the last Sunday of March, back at
/// 02:00 BST on the last Sunday of October. Written out so no time zone database is needed.
const LONDON_VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19960331T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19961027T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// The longest a line may be, in octets, before it is folded (RFC 5545 section 3.1).
const FOLD_AT: usize = 75;

/// Writes `timeline` as an iCalendar file, one event per step.
///
/// `text` gives each step's words; they must not name anyone. `private_label` (a child's first
/// name, say) is put before every summary only when the family chooses to. `now` becomes the
/// DTSTAMP, passed in so the output can be tested.
///
/// Steps with a time become timed events in UK time; the chair's meeting ends when the
/// conference starts, and the conference has no end because nobody knows when it will finish.
/// Steps without a time are all-day events marked free, so a deadline does not block the day.
/// Each UID is the step and its date, so importing a fresh file updates events rather than
/// doubling them.
pub fn to_ics(
    timeline: &Timeline,
    text: impl Fn(&Step) -> EventText,
    private_label: Option<&str>,
    now: DateTime<Utc>,
) -> String {
    let mut out = String::new();
    let mut line = |content: &str| push_folded(&mut out, content);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Family Voice//Conference timeline//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    if timeline.steps.iter().any(|s| s.time.is_some()) {
        LONDON_VTIMEZONE.iter().for_each(|l| line(l));
    }
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for step in &timeline.steps {
        let words = text(step);
        let summary = match private_label {
            Some(label) => format!("{label}: {}", words.summary),
            None => words.summary,
        };
        line("BEGIN:VEVENT");
        line(&format!("UID:{}-{}@family-voice.invalid", step.kind.slug(), date_value(step.date)));
        line(&format!("DTSTAMP:{stamp}"));
        match step.date_time() {
            Some(start) => {
                line(&format!("DTSTART;TZID={TZID}:{}", date_time_value(start)));
                if let Some(end) = timed_end(step, start) {
                    line(&format!("DTEND;TZID={TZID}:{}", date_time_value(end)));
                }
            }
            None => {
                line(&format!("DTSTART;VALUE=DATE:{}", date_value(step.date)));
                if let Some(next) = step.date.succ_opt() {
                    line(&format!("DTEND;VALUE=DATE:{}", date_value(next)));
                }
                line("TRANSP:TRANSPARENT");
            }
        }
        line(&format!("SUMMARY:{}", escape_text(&summary)));
        line(&format!("DESCRIPTION:{}", escape_text(&words.description)));
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// The end of a timed step, when it is known: only the chair's meeting, which runs up to the
/// conference.
fn timed_end(step: &Step, start: NaiveDateTime) -> Option<NaiveDateTime> {
    match step.offset {
        Offset::MinutesBefore(minutes) if minutes > 0 => {
            start.checked_add_signed(TimeDelta::minutes(i64::from(minutes)))
        }
        _ => None,
    }
}

fn date_value(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

fn date_time_value(at: NaiveDateTime) -> String {
    format!("{}T{:02}{:02}{:02}", date_value(at.date()), at.hour(), at.minute(), at.second())
}

/// Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and line breaks.
/// Other control characters are not allowed in TEXT at all, so they are dropped.
fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                // A Windows line break is one break, not two.
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no physical line passes 75 octets, and ends it with
/// CRLF. Folds fall between characters, never inside one, so every line stays valid UTF-8.
fn push_folded(out: &mut String, content: &str) {
    let mut room = FOLD_AT;
    let mut used = 0;
    for c in content.chars() {
        let width = c.len_utf8();
        if used + width > room {
            out.push_str("\r\n ");
            // The leading space of a continuation line counts towards its 75 octets.
            room = FOLD_AT - 1;
            used = 0;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
}

//! Working days: Monday to Friday except bank holidays in England and Wales, and counting them
//! forwards and backwards from a date, which is how conference deadlines are written.

use chrono::{Datelike, Days, NaiveDate};

use super::holidays::{bank_holidays, is_bank_holiday, is_weekend};

/// Whether offices are open on `date`: a weekday that is not a bank holiday.
pub fn is_working_day(date: NaiveDate) -> bool {
    !is_weekend(date) && !is_bank_holiday(date)
}

/// The `n`th working day after `date`, or before it when `n` is negative.
///
/// `date` itself is never counted, so "within N working days after D" means this date with
/// `n = N`: a Friday conference's "within 1 working day" is the Monday, or the Tuesday after a
/// bank holiday. "N working days before D" is this date with `n = -N`. `n = 0` returns `date`
/// unchanged, working day or not. `None` only when the answer lies outside chrono's calendar.
pub fn add_working_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    let forward = n > 0;
    let step = |d: NaiveDate| if forward { d.succ_opt() } else { d.pred_opt() };
    let mut left = n.unsigned_abs();
    let calendar_end = if forward { NaiveDate::MAX } else { NaiveDate::MIN };
    let days_to_end = (calendar_end - date).num_days().unsigned_abs();
    if left > days_to_end / 7 * 5 + 5 {
        // More working days than the calendar has left, even with no holidays at all.
        return None;
    }
    let mut day = date;
    while left > 0 {
        let next = step(day)?;
        let year = next.year();
        let edge = if forward { NaiveDate::from_ymd_opt(year, 12, 31)? } else { NaiveDate::from_ymd_opt(year, 1, 1)? };
        let holidays: Vec<NaiveDate> = bank_holidays(year).into_iter().map(|(d, _)| d).collect();
        let open = |d: NaiveDate| !is_weekend(d) && !holidays.contains(&d);
        let (first, last) = if forward { (next, edge) } else { (edge, next) };
        let available = count_in(first, last, &holidays);
        if available < left {
            // Skip the rest of the year in one go, so a huge `n` cannot take minutes.
            left -= available;
            day = edge;
            continue;
        }
        day = next;
        loop {
            if open(day) {
                left -= 1;
                if left == 0 {
                    return Some(day);
                }
            }
            day = step(day)?;
        }
    }
    Some(day)
}

/// How many working days lie from `first` to `last` inclusive, by arithmetic on whole weeks
/// rather than a walk, so skipping a year costs the same as skipping a day.
fn count_in(first: NaiveDate, last: NaiveDate, holidays: &[NaiveDate]) -> u64 {
    let Ok(span) = u64::try_from((last - first).num_days() + 1) else {
        return 0;
    };
    let whole_weeks = span / 7;
    let rest = first
        .checked_add_days(Days::new(whole_weeks * 7))
        .into_iter()
        .flat_map(|d| d.iter_days())
        .take((span % 7) as usize);
    let weekdays = whole_weeks * 5 + rest.filter(|&d| !is_weekend(d)).count() as u64;
    let closed = holidays.iter().filter(|&&d| first <= d && d <= last && !is_weekend(d)).count();
    weekdays - closed as u64
}

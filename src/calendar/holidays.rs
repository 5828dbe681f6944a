//! Bank holidays in England and Wales, worked out by rule for any year, plus the one-off changes
//! the government has made by proclamation. Deadlines count working days, so every date the
//! timeline shows depends on this list being right.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

/// A bank holiday, named the way GOV.UK names it; each has its own Fluent message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Holiday {
    /// 1 January.
    NewYearsDay,
    /// The Monday off when 1 January falls at a weekend.
    NewYearsDaySubstitute,
    /// The Friday before Easter Sunday.
    GoodFriday,
    /// The Monday after Easter Sunday.
    EasterMonday,
    /// The first Monday of May, unless moved.
    EarlyMay,
    /// The last Monday of May, unless moved.
    Spring,
    /// The last Monday of August.
    Summer,
    /// 25 December.
    ChristmasDay,
    /// The weekday off when 25 December falls at a weekend.
    ChristmasDaySubstitute,
    /// 26 December.
    BoxingDay,
    /// The weekday off when 26 December falls at a weekend.
    BoxingDaySubstitute,
    /// 29 July 1981 and 29 April 2011.
    RoyalWedding,
    /// 31 December 1999.
    Millennium,
    /// 3 June 2002.
    GoldenJubilee,
    /// 5 June 2012.
    DiamondJubilee,
    /// 3 June 2022.
    PlatinumJubilee,
    /// 19 September 2022, the State Funeral of Queen Elizabeth II.
    StateFuneral,
    /// 8 May 2023, the coronation of King Charles III.
    Coronation,
}

impl Holiday {
    /// Every holiday, so a test can check each has its message.
    pub const ALL: [Holiday; 18] = [
        Holiday::NewYearsDay,
        Holiday::NewYearsDaySubstitute,
        Holiday::GoodFriday,
        Holiday::EasterMonday,
        Holiday::EarlyMay,
        Holiday::Spring,
        Holiday::Summer,
        Holiday::ChristmasDay,
        Holiday::ChristmasDaySubstitute,
        Holiday::BoxingDay,
        Holiday::BoxingDaySubstitute,
        Holiday::RoyalWedding,
        Holiday::Millennium,
        Holiday::GoldenJubilee,
        Holiday::DiamondJubilee,
        Holiday::PlatinumJubilee,
        Holiday::StateFuneral,
        Holiday::Coronation,
    ];

    /// The Fluent id of the holiday's name, e.g. `holiday-christmas-day`.
    pub fn message_id(self) -> &'static str {
        match self {
            Holiday::NewYearsDay => "holiday-new-years-day",
            Holiday::NewYearsDaySubstitute => "holiday-new-years-day-substitute",
            Holiday::GoodFriday => "holiday-good-friday",
            Holiday::EasterMonday => "holiday-easter-monday",
            Holiday::EarlyMay => "holiday-early-may",
            Holiday::Spring => "holiday-spring",
            Holiday::Summer => "holiday-summer",
            Holiday::ChristmasDay => "holiday-christmas-day",
            Holiday::ChristmasDaySubstitute => "holiday-christmas-day-substitute",
            Holiday::BoxingDay => "holiday-boxing-day",
            Holiday::BoxingDaySubstitute => "holiday-boxing-day-substitute",
            Holiday::RoyalWedding => "holiday-royal-wedding",
            Holiday::Millennium => "holiday-millennium",
            Holiday::GoldenJubilee => "holiday-golden-jubilee",
            Holiday::DiamondJubilee => "holiday-diamond-jubilee",
            Holiday::PlatinumJubilee => "holiday-platinum-jubilee",
            Holiday::StateFuneral => "holiday-state-funeral",
            Holiday::Coronation => "holiday-coronation",
        }
    }
}

/// How a proclamation changed one year's holidays.
#[derive(Clone, Copy)]
enum Change {
    /// The rule's date for this holiday is replaced by the listed one.
    Moved(Holiday),
    /// An extra holiday on the listed date.
    Added(Holiday),
}

/// One-off changes, covering every year from 1978 to 2023 in which the government moved a bank
/// holiday or added one: 1981, 1995, 1999, 2002, 2011, 2012, 2020, 2022 and 2023. No changes
/// had been announced for later years when this was written; add a row when one is.
const ONE_OFF_CHANGES: &[(i32, u32, u32, Change)] = &[
    (1981, 7, 29, Change::Added(Holiday::RoyalWedding)),
    (1995, 5, 8, Change::Moved(Holiday::EarlyMay)),
    (1999, 12, 31, Change::Added(Holiday::Millennium)),
    (2002, 6, 3, Change::Added(Holiday::GoldenJubilee)),
    (2002, 6, 4, Change::Moved(Holiday::Spring)),
    (2011, 4, 29, Change::Added(Holiday::RoyalWedding)),
    (2012, 6, 4, Change::Moved(Holiday::Spring)),
    (2012, 6, 5, Change::Added(Holiday::DiamondJubilee)),
    (2020, 5, 8, Change::Moved(Holiday::EarlyMay)),
    (2022, 6, 2, Change::Moved(Holiday::Spring)),
    (2022, 6, 3, Change::Added(Holiday::PlatinumJubilee)),
    (2022, 9, 19, Change::Added(Holiday::StateFuneral)),
    (2023, 5, 8, Change::Added(Holiday::Coronation)),
];

/// The bank holidays of England and Wales in `year`, in date order.
///
/// The rules are those in force since 1978, when the early May holiday began; earlier years get
/// the same rules, which is not what happened then but does not matter for planning a
/// conference. A year chrono cannot hold gives an empty list.
pub fn bank_holidays(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let mut days = Vec::with_capacity(10);
    add_with_substitute(&mut days, ymd(year, 1, 1), Holiday::NewYearsDay, Holiday::NewYearsDaySubstitute);
    if let Some(easter) = easter_sunday(year) {
        days.extend(easter.checked_sub_days(Days::new(2)).map(|d| (d, Holiday::GoodFriday)));
        days.extend(easter.checked_add_days(Days::new(1)).map(|d| (d, Holiday::EasterMonday)));
    }
    days.extend(first_monday(year, 5).map(|d| (d, Holiday::EarlyMay)));
    days.extend(last_monday(year, 5).map(|d| (d, Holiday::Spring)));
    days.extend(last_monday(year, 8).map(|d| (d, Holiday::Summer)));
    add_christmas(&mut days, year);

    for &(_, month, day, change) in ONE_OFF_CHANGES.iter().filter(|c| c.0 == year) {
        let Some(date) = ymd(year, month, day) else {
            continue;
        };
        match change {
            Change::Moved(holiday) => {
                days.retain(|&(_, h)| h != holiday);
                days.push((date, holiday));
            }
            Change::Added(holiday) => days.push((date, holiday)),
        }
    }
    days.sort_by_key(|&(date, _)| date);
    days
}

/// The bank holidays from `first` to `last` inclusive, in date order.
pub fn bank_holidays_between(first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, Holiday)> {
    (first.year()..=last.year()).flat_map(bank_holidays).filter(|&(d, _)| first <= d && d <= last).collect()
}

/// Whether `date` is a bank holiday in England and Wales.
pub fn is_bank_holiday(date: NaiveDate) -> bool {
    bank_holidays(date.year()).iter().any(|&(d, _)| d == date)
}

/// Easter Sunday in the Gregorian calendar, by the anonymous algorithm published by Meeus.
///
/// Correct for every year since the Gregorian reform of 1582; `None` only when chrono cannot
/// hold the date.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    // Where the year sits in the 19-year cycle of the moon's phases.
    let golden = year.rem_euclid(19);
    let century = year.div_euclid(100);
    let year_of_century = year.rem_euclid(100);
    // Gregorian corrections: leap years skipped at most century ends, and the moon's drift.
    let skipped_leaps = century.div_euclid(4);
    let century_leap_offset = century.rem_euclid(4);
    let moon_drift = (century - (century + 8).div_euclid(25) + 1).div_euclid(3);
    // Days from 21 March to the Paschal full moon.
    let full_moon = (19 * golden + century - skipped_leaps - moon_drift + 15).rem_euclid(30);
    // Days from the full moon to the following Sunday.
    let to_sunday =
        (32 + 2 * century_leap_offset + 2 * (year_of_century / 4) - full_moon - year_of_century % 4).rem_euclid(7);
    // The rare cases where the rule would put Easter after 25 April.
    let late_correction = (golden + 11 * full_moon + 22 * to_sunday) / 451;
    let from_march = full_moon + to_sunday - 7 * late_correction + 114;
    ymd(year, (from_march / 31) as u32, (from_march % 31 + 1) as u32)
}

/// Christmas Day and Boxing Day: each keeps its date on a weekday; a weekend one moves to the
/// next weekday not already off, Christmas choosing first. That gives the published pattern:
/// Saturday Christmas puts Christmas on Monday 27 and Boxing Day on Tuesday 28, and Sunday
/// Christmas leaves Boxing Day on Monday 26 and puts Christmas on Tuesday 27.
fn add_christmas(days: &mut Vec<(NaiveDate, Holiday)>, year: i32) {
    let pairs = [
        (ymd(year, 12, 25), Holiday::ChristmasDay, Holiday::ChristmasDaySubstitute),
        (ymd(year, 12, 26), Holiday::BoxingDay, Holiday::BoxingDaySubstitute),
    ];
    for &(date, holiday, _) in &pairs {
        if let Some(date) = date.filter(|d| !is_weekend(*d)) {
            days.push((date, holiday));
        }
    }
    for &(date, _, substitute) in &pairs {
        if let Some(date) = date.filter(|d| is_weekend(*d)) {
            days.extend(next_free_weekday(date, days).map(|d| (d, substitute)));
        }
    }
}

/// Adds a fixed-date holiday, or its substitute on the next free weekday if it falls at a weekend.
fn add_with_substitute(
    days: &mut Vec<(NaiveDate, Holiday)>,
    date: Option<NaiveDate>,
    holiday: Holiday,
    substitute: Holiday,
) {
    let Some(date) = date else { return };
    if is_weekend(date) {
        days.extend(next_free_weekday(date, days).map(|d| (d, substitute)));
    } else {
        days.push((date, holiday));
    }
}

fn next_free_weekday(after: NaiveDate, taken: &[(NaiveDate, Holiday)]) -> Option<NaiveDate> {
    let mut day = after.succ_opt()?;
    while is_weekend(day) || taken.iter().any(|&(d, _)| d == day) {
        day = day.succ_opt()?;
    }
    Some(day)
}

fn first_monday(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 1)
}

fn last_monday(year: i32, month: u32) -> Option<NaiveDate> {
    let last_day = if month == 12 { ymd(year, 12, 31)? } else { ymd(year, month + 1, 1)?.pred_opt()? };
    let back = last_day.weekday().num_days_from_monday();
    last_day.checked_sub_days(Days::new(back.into()))
}

pub(super) fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

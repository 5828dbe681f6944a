# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = What happens when

# Under the heading on the timeline screen.
timeline-intro = These are the usual steps before and after the conference, and the dates they should happen by.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = Each council does some things its own way, so your dates may be a little different. If you are not sure, ask your social worker. You can also ask the conference chair.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = Working days are Monday to Friday. Weekends and bank holidays are not counted.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = Only if there is a Child Protection Plan

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } is a bank holiday ({ $holiday }), so it is not counted as a working day.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date } at { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, just before the conference starts
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date } at about { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = By { $date } at the latest

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = You get the reports
timeline-reports-body = The social worker and others write reports for the conference. You should get them at least { $count ->
        [one] one working day
       *[other] { $count } working days
    } before it, so you have time to read them and ask someone to help you understand them.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = You meet the chair
timeline-chair-meeting-body = The chair runs the conference and is not your social worker. They usually see parents on their own for a short time before it starts, to explain what will happen and to listen to you.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = The conference
timeline-initial-conference-body = You and the people who work with your child meet to talk about how safe your child is and what help your family needs. Together they decide whether your child needs a Child Protection Plan. You can say what you think, and bring someone to support you.

# The day of a review conference. $count is not used.
timeline-review-conference-title = The review conference
timeline-review-conference-body = You and the people who work with your child meet again to look at how the plan is going and whether your child still needs it. You can say what has changed and what still worries you.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = You are told what was decided
timeline-decisions-body = You should be told what the conference decided, and be given the outline of any plan, within { $count ->
        [one] one working day
       *[other] { $count } working days
    } after it.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = The first core group meeting
timeline-core-group-body = If there is a plan, you meet a smaller group of the people who work with your family, to decide together how to make the plan happen. The first meeting should be within { $count ->
        [one] one working day
       *[other] { $count } working days
    } of the conference.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = You get the written record
timeline-minutes-body = The notes of what was said and decided (the minutes) should reach you within { $count ->
        [one] one working day
       *[other] { $count } working days
    }. Read them, and tell the chair if anything is wrong or missing.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = The first review conference
timeline-first-review-body = If there is a plan, a review conference looks at how it is going. The first one should be within { $count ->
        [one] one month
       *[other] { $count } months
    } of this conference.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = The next review conference
timeline-next-review-body = If the plan carries on, the next review conference should be within { $count ->
        [one] one month
       *[other] { $count } months
    } of this one.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = Then, while the plan lasts
timeline-later-reviews-body = For as long as your child has a plan, there is a review conference at least every { $count ->
        [one] month
       *[other] { $count } months
    }. The plan ends when a conference decides your child no longer needs it.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = This date does not look right. Please check the day, month and year of the conference.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = New Year’s Day
holiday-new-years-day-substitute = New Year’s Day (substitute day)
holiday-good-friday = Good Friday
holiday-easter-monday = Easter Monday
holiday-early-may = Early May bank holiday
holiday-spring = Spring bank holiday
holiday-summer = Summer bank holiday
holiday-christmas-day = Christmas Day
holiday-christmas-day-substitute = Christmas Day (substitute day)
holiday-boxing-day = Boxing Day
holiday-boxing-day-substitute = Boxing Day (substitute day)
holiday-royal-wedding = Royal wedding
holiday-millennium = Millennium celebrations
holiday-golden-jubilee = The Queen’s Golden Jubilee
holiday-diamond-jubilee = The Queen’s Diamond Jubilee
holiday-platinum-jubilee = The Queen’s Platinum Jubilee
holiday-state-funeral = The State Funeral of Queen Elizabeth II
holiday-coronation = The coronation of King Charles III

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = The core group and review dates here are the ones you were given at the conference.

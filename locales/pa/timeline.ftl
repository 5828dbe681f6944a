# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = ਕਦੋਂ ਕੀ ਹੁੰਦਾ ਹੈ

# Under the heading on the timeline screen.
timeline-intro = ਕਾਨਫ਼ਰੰਸ ਤੋਂ ਪਹਿਲਾਂ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਆਮ ਤੌਰ 'ਤੇ ਇਹ ਕਦਮ ਹੁੰਦੇ ਹਨ। ਨਾਲ ਉਹ ਤਾਰੀਖ਼ਾਂ ਹਨ ਜਿਨ੍ਹਾਂ ਤੱਕ ਇਹ ਹੋ ਜਾਣੇ ਚਾਹੀਦੇ ਹਨ।

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = ਹਰ ਕੌਂਸਲ ਕੁਝ ਕੰਮ ਆਪਣੇ ਤਰੀਕੇ ਨਾਲ ਕਰਦੀ ਹੈ, ਇਸ ਲਈ ਤੁਹਾਡੀਆਂ ਤਾਰੀਖ਼ਾਂ ਥੋੜ੍ਹੀਆਂ ਵੱਖਰੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ। ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ, ਤਾਂ ਆਪਣੇ ਸੋਸ਼ਲ ਵਰਕਰ ਤੋਂ ਪੁੱਛੋ। ਤੁਸੀਂ ਕਾਨਫ਼ਰੰਸ ਦੇ ਚੇਅਰ ਤੋਂ ਵੀ ਪੁੱਛ ਸਕਦੇ ਹੋ।

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = ਕੰਮ ਵਾਲੇ ਦਿਨ ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ ਤੱਕ ਹੁੰਦੇ ਹਨ। ਸ਼ਨੀਵਾਰ, ਐਤਵਾਰ ਅਤੇ ਬੈਂਕ ਹੌਲੀਡੇ (ਸਰਕਾਰੀ ਛੁੱਟੀਆਂ) ਗਿਣਤੀ ਵਿੱਚ ਨਹੀਂ ਆਉਂਦੇ।

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = ਸਿਰਫ਼ ਜੇ ਬਾਲ ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਬਣਦੀ ਹੈ

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } ਨੂੰ ਬੈਂਕ ਹੌਲੀਡੇ ({ $holiday }) ਹੈ, ਇਸ ਲਈ ਇਸ ਨੂੰ ਕੰਮ ਵਾਲਾ ਦਿਨ ਨਹੀਂ ਗਿਣਿਆ ਜਾਂਦਾ।

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, ਸਮਾਂ: { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, ਕਾਨਫ਼ਰੰਸ ਸ਼ੁਰੂ ਹੋਣ ਤੋਂ ਠੀਕ ਪਹਿਲਾਂ
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, ਲਗਭਗ { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = ਵੱਧ ਤੋਂ ਵੱਧ { $date } ਤੱਕ

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = ਤੁਹਾਨੂੰ ਰਿਪੋਰਟਾਂ ਮਿਲਦੀਆਂ ਹਨ
timeline-reports-body = ਸੋਸ਼ਲ ਵਰਕਰ ਅਤੇ ਹੋਰ ਲੋਕ ਕਾਨਫ਼ਰੰਸ ਲਈ ਰਿਪੋਰਟਾਂ ਲਿਖਦੇ ਹਨ। ਇਹ ਰਿਪੋਰਟਾਂ ਤੁਹਾਨੂੰ ਕਾਨਫ਼ਰੰਸ ਤੋਂ ਘੱਟੋ-ਘੱਟ { $count ->
        [0] { $count } ਕੰਮ ਵਾਲੇ ਦਿਨ
        [one] { $count } ਕੰਮ ਵਾਲਾ ਦਿਨ
       *[other] { $count } ਕੰਮ ਵਾਲੇ ਦਿਨ
    } ਪਹਿਲਾਂ ਮਿਲ ਜਾਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ। ਇਸ ਤਰ੍ਹਾਂ ਤੁਹਾਡੇ ਕੋਲ ਇਹਨਾਂ ਨੂੰ ਪੜ੍ਹਨ ਦਾ, ਅਤੇ ਸਮਝਣ ਲਈ ਕਿਸੇ ਤੋਂ ਮਦਦ ਮੰਗਣ ਦਾ ਸਮਾਂ ਹੁੰਦਾ ਹੈ।

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = ਤੁਸੀਂ ਚੇਅਰ ਨੂੰ ਮਿਲਦੇ ਹੋ
timeline-chair-meeting-body = ਚੇਅਰ ਕਾਨਫ਼ਰੰਸ ਚਲਾਉਂਦੇ ਹਨ, ਅਤੇ ਉਹ ਤੁਹਾਡੇ ਸੋਸ਼ਲ ਵਰਕਰ ਨਹੀਂ ਹਨ। ਕਾਨਫ਼ਰੰਸ ਸ਼ੁਰੂ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਉਹ ਆਮ ਤੌਰ 'ਤੇ ਮਾਪਿਆਂ ਨੂੰ ਥੋੜ੍ਹੇ ਸਮੇਂ ਲਈ ਇਕੱਲਿਆਂ ਮਿਲਦੇ ਹਨ, ਤਾਂ ਜੋ ਦੱਸ ਸਕਣ ਕਿ ਕੀ ਹੋਵੇਗਾ, ਅਤੇ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣ ਸਕਣ।

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = ਕਾਨਫ਼ਰੰਸ
timeline-initial-conference-body = ਤੁਸੀਂ ਅਤੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੇ ਲੋਕ ਮਿਲ ਕੇ ਗੱਲ ਕਰਦੇ ਹੋ ਕਿ ਤੁਹਾਡਾ ਬੱਚਾ ਕਿੰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ, ਅਤੇ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨੂੰ ਕਿਹੜੀ ਮਦਦ ਦੀ ਲੋੜ ਹੈ। ਉਹ ਮਿਲ ਕੇ ਫ਼ੈਸਲਾ ਕਰਦੇ ਹਨ ਕਿ ਕੀ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਬਾਲ ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਦੀ ਲੋੜ ਹੈ। ਤੁਸੀਂ ਦੱਸ ਸਕਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਕੀ ਸੋਚਦੇ ਹੋ, ਅਤੇ ਸਹਾਰੇ ਲਈ ਕਿਸੇ ਨੂੰ ਨਾਲ ਲਿਆ ਸਕਦੇ ਹੋ।

# The day of a review conference. $count is not used.
timeline-review-conference-title = ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ
timeline-review-conference-body = ਤੁਸੀਂ ਅਤੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੇ ਲੋਕ ਦੁਬਾਰਾ ਮਿਲਦੇ ਹੋ। ਤੁਸੀਂ ਦੇਖਦੇ ਹੋ ਕਿ ਯੋਜਨਾ ਕਿਵੇਂ ਚੱਲ ਰਹੀ ਹੈ, ਅਤੇ ਕੀ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਅਜੇ ਵੀ ਇਸ ਦੀ ਲੋੜ ਹੈ। ਤੁਸੀਂ ਦੱਸ ਸਕਦੇ ਹੋ ਕਿ ਕੀ ਬਦਲਿਆ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ ਅਜੇ ਵੀ ਕਿਸ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ।

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਕੀ ਫ਼ੈਸਲਾ ਹੋਇਆ
timeline-decisions-body = ਕਾਨਫ਼ਰੰਸ ਤੋਂ ਬਾਅਦ { $count ->
        [one] { $count } ਕੰਮ ਵਾਲੇ ਦਿਨ
       *[other] { $count } ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ
    } ਦੇ ਅੰਦਰ ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ ਕਿ ਕਾਨਫ਼ਰੰਸ ਨੇ ਕੀ ਫ਼ੈਸਲਾ ਕੀਤਾ। ਜੇ ਕੋਈ ਯੋਜਨਾ ਬਣੀ ਹੈ, ਤਾਂ ਤੁਹਾਨੂੰ ਉਸ ਦੀ ਮੋਟੀ-ਮੋਟੀ ਰੂਪ-ਰੇਖਾ ਵੀ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ।

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = ਕੋਰ ਗਰੁੱਪ ਦੀ ਪਹਿਲੀ ਮੀਟਿੰਗ
timeline-core-group-body = ਜੇ ਯੋਜਨਾ ਬਣਦੀ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਆਪਣੇ ਪਰਿਵਾਰ ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੇ ਲੋਕਾਂ ਦੇ ਇੱਕ ਛੋਟੇ ਗਰੁੱਪ (ਕੋਰ ਗਰੁੱਪ) ਨੂੰ ਮਿਲਦੇ ਹੋ, ਤਾਂ ਜੋ ਮਿਲ ਕੇ ਫ਼ੈਸਲਾ ਕੀਤਾ ਜਾ ਸਕੇ ਕਿ ਯੋਜਨਾ ਨੂੰ ਅਮਲ ਵਿੱਚ ਕਿਵੇਂ ਲਿਆਉਣਾ ਹੈ। ਪਹਿਲੀ ਮੀਟਿੰਗ ਕਾਨਫ਼ਰੰਸ ਤੋਂ { $count ->
        [one] { $count } ਕੰਮ ਵਾਲੇ ਦਿਨ
       *[other] { $count } ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ
    } ਦੇ ਅੰਦਰ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = ਤੁਹਾਨੂੰ ਲਿਖਤੀ ਰਿਕਾਰਡ ਮਿਲਦਾ ਹੈ
timeline-minutes-body = ਜੋ ਕੁਝ ਕਿਹਾ ਗਿਆ ਅਤੇ ਜੋ ਫ਼ੈਸਲੇ ਹੋਏ, ਉਹਨਾਂ ਦੇ ਨੋਟਸ ਨੂੰ ਮੀਟਿੰਗ ਦਾ ਲਿਖਤੀ ਰਿਕਾਰਡ (minutes) ਕਹਿੰਦੇ ਹਨ। ਇਹ ਕਾਨਫ਼ਰੰਸ ਤੋਂ ਬਾਅਦ { $count ->
        [one] { $count } ਕੰਮ ਵਾਲੇ ਦਿਨ
       *[other] { $count } ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ
    } ਦੇ ਅੰਦਰ ਤੁਹਾਡੇ ਕੋਲ ਪਹੁੰਚ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ। ਇਸ ਨੂੰ ਪੜ੍ਹੋ, ਅਤੇ ਜੇ ਕੁਝ ਗਲਤ ਹੈ ਜਾਂ ਕੁਝ ਰਹਿ ਗਿਆ ਹੈ, ਤਾਂ ਚੇਅਰ ਨੂੰ ਦੱਸੋ।

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = ਪਹਿਲੀ ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ
timeline-first-review-body = ਜੇ ਯੋਜਨਾ ਬਣਦੀ ਹੈ, ਤਾਂ ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ ਵਿੱਚ ਦੇਖਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਯੋਜਨਾ ਕਿਵੇਂ ਚੱਲ ਰਹੀ ਹੈ। ਪਹਿਲੀ ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ ਇਸ ਕਾਨਫ਼ਰੰਸ ਤੋਂ { $count ->
        [one] { $count } ਮਹੀਨੇ
       *[other] { $count } ਮਹੀਨਿਆਂ
    } ਦੇ ਅੰਦਰ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = ਅਗਲੀ ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ
timeline-next-review-body = ਜੇ ਯੋਜਨਾ ਜਾਰੀ ਰਹਿੰਦੀ ਹੈ, ਤਾਂ ਅਗਲੀ ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ ਇਸ ਕਾਨਫ਼ਰੰਸ ਤੋਂ { $count ->
        [one] { $count } ਮਹੀਨੇ
       *[other] { $count } ਮਹੀਨਿਆਂ
    } ਦੇ ਅੰਦਰ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = ਫਿਰ, ਜਿੰਨਾ ਚਿਰ ਯੋਜਨਾ ਚੱਲਦੀ ਹੈ
timeline-later-reviews-body = ਜਿੰਨਾ ਚਿਰ ਤੁਹਾਡੇ ਬੱਚੇ ਲਈ ਯੋਜਨਾ ਚੱਲਦੀ ਹੈ, { $count ->
        [one] ਹਰ ਮਹੀਨੇ
       *[other] ਹਰ { $count } ਮਹੀਨਿਆਂ ਵਿੱਚ
    } ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਾਰ ਸਮੀਖਿਆ ਕਾਨਫ਼ਰੰਸ ਹੁੰਦੀ ਹੈ। ਯੋਜਨਾ ਉਦੋਂ ਖ਼ਤਮ ਹੁੰਦੀ ਹੈ, ਜਦੋਂ ਕੋਈ ਕਾਨਫ਼ਰੰਸ ਇਹ ਫ਼ੈਸਲਾ ਕਰਦੀ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਹੁਣ ਇਸ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ।

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = ਇਹ ਤਾਰੀਖ਼ ਠੀਕ ਨਹੀਂ ਲੱਗਦੀ। ਕਿਰਪਾ ਕਰਕੇ ਕਾਨਫ਼ਰੰਸ ਦਾ ਦਿਨ, ਮਹੀਨਾ ਅਤੇ ਸਾਲ ਦੁਬਾਰਾ ਦੇਖੋ।

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = ਨਵੇਂ ਸਾਲ ਦਾ ਦਿਨ
holiday-new-years-day-substitute = ਨਵੇਂ ਸਾਲ ਦਾ ਦਿਨ (ਬਦਲਵੀਂ ਛੁੱਟੀ)
holiday-good-friday = ਗੁੱਡ ਫ਼ਰਾਈਡੇ
holiday-easter-monday = ਈਸਟਰ ਸੋਮਵਾਰ
holiday-early-may = ਮਈ ਦੇ ਸ਼ੁਰੂ ਦੀ ਬੈਂਕ ਹੌਲੀਡੇ
holiday-spring = ਬਸੰਤ ਦੀ ਬੈਂਕ ਹੌਲੀਡੇ
holiday-summer = ਗਰਮੀਆਂ ਦੀ ਬੈਂਕ ਹੌਲੀਡੇ
holiday-christmas-day = ਕ੍ਰਿਸਮਸ ਦਾ ਦਿਨ
holiday-christmas-day-substitute = ਕ੍ਰਿਸਮਸ ਦਾ ਦਿਨ (ਬਦਲਵੀਂ ਛੁੱਟੀ)
holiday-boxing-day = ਬਾਕਸਿੰਗ ਡੇ
holiday-boxing-day-substitute = ਬਾਕਸਿੰਗ ਡੇ (ਬਦਲਵੀਂ ਛੁੱਟੀ)
holiday-royal-wedding = ਸ਼ਾਹੀ ਵਿਆਹ
holiday-millennium = ਮਿਲੇਨੀਅਮ (ਸਾਲ 2000) ਦੇ ਜਸ਼ਨ
holiday-golden-jubilee = ਮਹਾਰਾਣੀ ਦੀ ਗੋਲਡਨ ਜੁਬਲੀ
holiday-diamond-jubilee = ਮਹਾਰਾਣੀ ਦੀ ਡਾਇਮੰਡ ਜੁਬਲੀ
holiday-platinum-jubilee = ਮਹਾਰਾਣੀ ਦੀ ਪਲੈਟੀਨਮ ਜੁਬਲੀ
holiday-state-funeral = ਮਹਾਰਾਣੀ ਐਲਿਜ਼ਾਬੈਥ II ਦਾ ਸਰਕਾਰੀ ਅੰਤਿਮ ਸੰਸਕਾਰ
holiday-coronation = ਰਾਜਾ ਚਾਰਲਸ III ਦੀ ਤਾਜਪੋਸ਼ੀ

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = ਇੱਥੇ ਕੋਰ ਗਰੁੱਪ ਅਤੇ ਸਮੀਖਿਆ ਦੀਆਂ ਤਾਰੀਖਾਂ ਉਹੀ ਹਨ ਜੋ ਤੁਹਾਨੂੰ ਕਾਨਫਰੰਸ ਵਿੱਚ ਦਿੱਤੀਆਂ ਗਈਆਂ ਸਨ।
